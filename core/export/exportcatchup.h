#pragma once

#include "db/databaseurl.h"
#include "exportchanges.h"
#include "exportrun.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QMutex>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace cs {

class Connection;
class ExportJob;

// The dates not exported yet, as channelscope-cli export --missed lists them, --catch-up runs
// them and the export page shows them: from `since`, else from the business date of the earliest
// statement, invoice, payment or payment failure, up to yesterday in the business time zone.
// Also the exported dates whose documents changed since their export (late postings,
// corrections: changedSinceExport()), which are exported again like a missed date.
// Never before the import window's first date (2000-01-01): documents can only be older in a
// database written before the window existed, and a catch-up from there would start thousands of
// runs.
struct ExportMissedDays
{
    QTimeZone zone; // business.timezone
    QDate from;
    QDate to; // yesterday
    QList<QDate> dates; // oldest first: never exported, or changed since export
    QMap<QDate, ExportDateChanges> changed; // those of `dates` that were exported before
    std::optional<QDate> lastExported;
};

// Reads the window on a connection of the calling thread; `nowMs` decides what yesterday is.
Result<ExportMissedDays> findMissedDays(Connection &connection, std::optional<QDate> since,
                                        qint64 nowMs);

// A catch-up of more dates than this asks first, in the export page and on the command line
// (where --yes answers for scripts, and a run started by the schedule counts as confirmed).
inline constexpr int CatchUpRunsWithoutAsking = 7;

// What a catch-up did: the runs it made, oldest first, and where it stopped.
struct ExportCatchUpResult
{
    QList<ExportRunResult> runs;
    // A date whose run could not start (nothing recorded: the database cannot be opened, the
    // date is locked by another run, a channel code is unknown), and why.
    QDate refusedDate;
    QString refusal;
    // The dates after the one the catch-up stopped at, never run.
    QList<QDate> notRun;

    // Every date ran and COMPLETED.
    bool succeeded() const;
};

// The one catch-up rule of the CLI (export --catch-up, and a single --date as a catch-up of one
// date) and the export page (Run, Run Missed Days): the dates are exported oldest first, one run
// for each, and the catch-up stops at the first date that ends ERRORED or INTERRUPTED or whose
// run cannot start at all; the later dates are not run, since their files would otherwise be
// delivered over a gap. A PARTIAL_ERROR date does not stop it: its failed channels are re-sent
// alone (--channel) and the date stays missed until they are.
//
// run() works in the calling thread (the CLI's, or the pool thread of ExportTask); the handlers
// are called from there. cancel() is thread-safe: the run in progress, or the next one if none
// is, ends INTERRUPTED, which stops the catch-up.
class ExportCatchUp
{
public:
    struct Handlers
    {
        // Before each date: its 0-based position among `total` dates.
        std::function<void(QDate date, int index, int total)> dateStarted;
        std::function<void(qint64 runId, QDate date)> runStarted;
        std::function<void(const ExportChannelProgress &)> channelProgress;
        // A recorded run ended (any status).
        std::function<void(const ExportRunResult &)> runFinished;
        // A date's run could not start; the catch-up stops.
        std::function<void(QDate date, const QString &error)> runRefused;
    };

    // `dates` oldest first; an invalid date means yesterday (a single run of the CLI).
    // `options` applies to every date (its own date is ignored).
    ExportCatchUp(DatabaseUrl database, QList<QDate> dates, ExportOptions options,
                  Handlers handlers = {});
    Q_DISABLE_COPY_MOVE(ExportCatchUp)

    // Whether a run that ended with `status` stops the catch-up.
    static bool stopsAt(ExportStatus status);

    ExportCatchUpResult run();
    void cancel();

private:
    Result<ExportRunResult> runDate(QDate date);

    DatabaseUrl m_database;
    QList<QDate> m_dates;
    ExportOptions m_options;
    Handlers m_handlers;
    QMutex m_mutex; // guards the two below
    ExportJob *m_job = nullptr;
    bool m_cancelled = false;
};

} // namespace cs
