#pragma once

#include "db/databaseurl.h"
#include "exportdestination.h"
#include "exportmanifest.h"
#include "exportrun.h"
#include "exportsource.h"
#include "exportuploader.h"
#include "stagedfiles.h"
#include "time/businesscalendar.h"
#include "util/result.h"

#include <functional>
#include <memory>
#include <optional>

namespace cs {

class Connection;
class ExportLock;

// One run of ExportJob, one method per phase, called in this order by ExportJob::run(). Until
// recordStart() nothing is recorded and a failure is returned as an Error; after it, the phases
// record every outcome, and a failure of the database ends the run through recordFailure().
class ExportRunner
{
public:
    struct Hooks
    {
        std::function<void(const ExportChannelProgress &)> progress;
        std::function<void(qint64, QDate)> runStarted;
        std::function<bool()> cancelled;
    };

    ExportRunner(DatabaseUrl database, ExportOptions options, Hooks hooks);
    ~ExportRunner();
    Q_DISABLE_COPY_MOVE(ExportRunner)

    // Before the run is recorded.
    Status openDatabase(); // and marks runs whose process is gone INTERRUPTED
    Status readSettings(); // date, directory, URL, format, channels
    Status lockDate();
    void prepareDestination(); // a URL that cannot be used ends the recorded run as ERRORED
    Status recordStart();

    // The recorded run.
    Status recordChannels();
    void refuseUnusableCodes();
    void makeFolders();
    void removeStagingLeftovers();
    void stageDataFiles();
    void placeDataFiles();
    void recordFiles();
    void holdChannelsWithWarnings(); // with ExportOptions::holdOnWarnings
    void deliver();
    void settleOutcome();
    void writeManifests();
    Status recordOutcome();

    // Ends the recorded run as ERRORED with the reason, reconnecting once if the database
    // connection was lost.
    ExportRunResult recordFailure(const Error &error);
    const ExportRunResult &result() const { return m_result; }

private:
    struct ChannelWork
    {
        ExportChannel channel;
        ExportChannelResult result;
        bool refused = false; // code not usable as a folder
        bool staged = false; // files rendered, changed ones staged
        bool written = false; // files in place
        bool held = false; // written, not delivered because of its warnings
        QStringList localFiles; // absolute paths, stream order
        QStringList remotePaths;
        QMap<ExportStream, QStringList> ids;
    };

    Result<QString> exportPassword();
    void report(int index, ExportChannelProgress::Phase phase);
    void stop(const QString &error); // the run cannot go on: fatal for every channel left
    void fail(int index, const QString &error);
    // "N of M channels failed; CODE: reason" for the channels that failed, and the same for
    // those held; empty when every channel completed.
    QString channelsOutcome() const;
    bool cancelled() const { return m_hooks.cancelled && m_hooks.cancelled(); }
    Status stageChannel(int index); // an Error: the export directory is unusable
    QString datePart() const;
    static ExportFileResult describeFile(ExportStream stream, const QString &code,
                                         const QString &name, const QByteArray &data,
                                         const QList<ExportRecord> &records,
                                         const std::optional<ExportManifest> &previous,
                                         QStringList *ids);
    bool deliverChannel(int index, ExportUploader &uploader, int *unreachableInARow,
                        QString *unreachableReason);
    ExportManifest manifestOf(const ChannelWork &work) const;
    QByteArray sentManifestOf(const ChannelWork &work) const;
    void manifestFailed(ChannelWork &work, const QString &error);

    DatabaseUrl m_database;
    ExportOptions m_options;
    Hooks m_hooks;

    std::unique_ptr<Connection> m_db;
    std::optional<BusinessCalendar> m_calendar;
    QDate m_date;
    QString m_directory;
    QString m_urlText;
    ExportFormat m_format = ExportFormat::Xml;
    QString m_extension;
    QList<ExportChannel> m_channels;
    std::unique_ptr<ExportLock> m_lock;
    std::optional<ExportDestination> m_destination;
    QString m_destinationText;

    ExportRunResult m_result;
    QList<ChannelWork> m_work;
    QStringList m_refusedCodes;
    QString m_runError;
    bool m_fatal = false;
    std::unique_ptr<ExportSource> m_source;
    std::unique_ptr<StagedFiles> m_dataFiles;
};

} // namespace cs
