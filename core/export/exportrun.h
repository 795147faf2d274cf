#pragma once

#include "exportstream.h"
#include "exportwriter.h"
#include "numeric/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cs {

// The state of a run and of a channel within a run, as stored in export_run(_channel).status.
enum class ExportStatus { Running, Completed, PartialError, Errored, Interrupted };

namespace ExportStatuses {
QString toString(ExportStatus status); // "RUNNING", "COMPLETED", ...
ExportStatus fromString(const QString &text); // unknown text: Errored
} // namespace ExportStatuses

// Who started a run: the timer (schedule) or a person (CLI by hand, GUI). A test run (--force)
// may export a date that has not ended yet; it is never counted as exported.
enum class ExportTrigger { Schedule, Person, Test };

// How uploads are retried: `attempts` tries in all, waiting retryDelayMs, then twice that, ...
struct ExportRetryPolicy
{
    int attempts = 4;
    int retryDelayMs = 2000;
    int maxDelayMs = 30000;
    int connectTimeoutMs = 15000;
    // Curl aborts a transfer slower than 1 byte/s for this long.
    int stallTimeoutMs = 60000;
};

// What to export and where. Empty directory/url/format mean "from the configuration".
struct ExportOptions
{
    QDate date; // invalid: yesterday in the business time zone
    QStringList channels; // empty: every channel
    QString directory;
    std::optional<QString> url; // set (even empty) overrides export.URL; empty: no upload
    // The password of the URL from the system keychain (the GUI); empty:
    // CHANNELSCOPE_EXPORT_PASSWORD, else the file named by export.credentialsFile.
    QString password;
    std::optional<ExportFormat> format;
    ExportTrigger trigger = ExportTrigger::Person;
    QString triggeredBy; // empty: the user running the process
    ExportRetryPolicy retry;
    // A channel with warnings (a document that does not tie out) has its files written but not
    // delivered: PARTIAL_ERROR, "held: ...", and the date stays missed until a run without it.
    bool holdOnWarnings = false;
};

// Amount sums of a file or a preview line per currency code.
using CurrencySums = QMap<QString, Decimal>;

// One file of a channel in a run (a line of the manifest).
struct ExportFileResult
{
    ExportStream stream = ExportStream::AccountStatement;
    QString relativePath; // below the export directory, with '/'
    qint64 size = 0;
    QString sha256; // lower-case hex
    qint64 records = 0;
    CurrencySums amounts;
    qint64 added = 0; // records not in the previous manifest of this date and channel
    qint64 removed = 0; // records of the previous manifest that are gone
    bool changed = false; // content differs from the previous manifest's file
};

// What a run did for one channel.
struct ExportChannelResult
{
    QString code;
    ExportStatus status = ExportStatus::Running;
    QString error; // empty when completed
    QStringList warnings;
    QList<ExportFileResult> files;
    bool delivered = false; // uploaded to export.URL (false also when there is no URL)
};

// The outcome of one run.
struct ExportRunResult
{
    qint64 runId = 0;
    QDate date;
    ExportTrigger trigger = ExportTrigger::Person;
    ExportStatus status = ExportStatus::Running;
    QString error; // the run's reason when not completed
    QString directory;
    QString destination; // export.URL without credentials; empty: no upload
    QList<ExportChannelResult> channels;

    qint64 records() const;
    qint64 warningCount() const;
    int failedChannels() const; // not completed and not held
    int heldChannels() const; // written, but not delivered because of their warnings
    // One line: "2026-11-23 COMPLETED run 12: 500 channels, 0 failed, 100000 records,
    // 0 warnings"; a test run says that it is not counted as exported.
    QString summary() const;
};

// Progress of a channel during a run, for the GUI.
struct ExportChannelProgress
{
    // Held: written, not sent because of its warnings (ExportOptions::holdOnWarnings).
    enum class Phase { Pending, Writing, Written, Uploading, Done, Failed, Held };
    QString code;
    Phase phase = Phase::Pending;
    int index = 0; // 0-based position in the run
    int total = 0; // channels in the run
    QString message; // the error for Failed, the reason for Held
};

} // namespace cs

Q_DECLARE_METATYPE(cs::ExportRunResult)
Q_DECLARE_METATYPE(cs::ExportChannelProgress)
