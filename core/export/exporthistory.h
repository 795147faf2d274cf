#pragma once

#include "exportrun.h"
#include "time/businesscalendar.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace cs {

class Connection;

// A run as the history shows it.
struct ExportRunInfo
{
    qint64 runId = 0;
    QDate date;
    ExportTrigger trigger = ExportTrigger::Person;
    QString triggeredBy;
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC; invalid while running or when interrupted
    ExportStatus status = ExportStatus::Running;
    QString error;
    QStringList channelScope; // empty: every channel
    QString host;
    qint64 pid = 0;
    QString directory;
    QString destination; // without credentials
    QString format;
    int channels = 0;
    int failedChannels = 0; // neither completed nor held
    int heldChannels = 0; // PARTIAL_ERROR: written, not sent because of their warnings
    qint64 records = 0;
    qint64 added = 0;
    qint64 removed = 0;
    qint64 warnings = 0;
};

// One channel of a run, with its files.
struct ExportRunChannelInfo
{
    QString code;
    ExportStatus status = ExportStatus::Running;
    QString error;
    qint64 records = 0;
    qint64 added = 0;
    qint64 removed = 0;
    bool delivered = false;
    QStringList warnings;
    QList<ExportFileResult> files;
};

// The run history, the missed days and the repair of interrupted runs. Plain functions on a
// connection of the calling thread.
namespace ExportHistory {

// Marks every RUNNING run whose process is gone as INTERRUPTED (and its running channels). On
// PostgreSQL a run is alive while its advisory lock is held; on SQLite while its process (same
// host, pid and start time) lives. Called by the job before each run and by runs().
Status recoverInterrupted(Connection &connection);

// Marks the other RUNNING runs of `date` INTERRUPTED with `reason`, and their running channels:
// the caller holds the date's ExportLock, so none of them can still be alive. The same rule as
// recoverInterrupted(), for runs that it could not prove dead (another host on SQLite).
Status interruptOtherRuns(Connection &connection, QDate date, qint64 runId, const QString &reason);

// What the export job records of a run and its channels (export_run, export_run_channel,
// export_run_file); the job owns the transactions around them.
struct RunStart
{
    QDate date;
    ExportTrigger trigger = ExportTrigger::Person;
    QString triggeredBy;
    qint64 startedAtMs = 0;
    QString scope; // "ALL" or the channel codes, comma-separated
    QString host;
    qint64 pid = 0;
    QString processStart;
    qint64 lockSession = 0;
    QString directory;
    QString destination; // without credentials
    QString format; // file extension
};

// Records a new RUNNING run; its id.
Result<qint64> startRun(Connection &connection, const RunStart &run);

// Records a channel of the run with its first status (RUNNING, or ERRORED with the reason).
Status addRunChannel(Connection &connection, qint64 runId, qint64 channelId,
                     const ExportChannelResult &channel);

// Records the files of a written channel and its record, added, removed and warning counts.
Status recordChannelFiles(Connection &connection, qint64 runId, qint64 channelId,
                          const ExportChannelResult &channel);

// Records a channel's final status, error and delivery.
Status finishRunChannel(Connection &connection, qint64 runId, qint64 channelId,
                        const ExportChannelResult &channel);

// Records the run's final status and error, and when it finished.
Status finishRun(Connection &connection, const ExportRunResult &run, qint64 finishedAtMs);

// Ends a run that stopped half-way as ERRORED with `error`, and its unfinished channels with
// `channelError` (a run or channel already finished keeps its outcome).
Status recordRunFailure(Connection &connection, qint64 runId, const QString &error,
                        const QString &channelError, qint64 finishedAtMs);

// The runs of dates within [from, to] (either may be invalid: open), newest first, at most
// `limit`. Repairs interrupted runs first.
Result<QList<ExportRunInfo>> runs(Connection &connection, QDate from = {}, QDate to = {},
                                  int limit = 500);

// One run as runs() shows it; nullopt when no run has that id. Repairs interrupted runs first.
Result<std::optional<ExportRunInfo>> run(Connection &connection, qint64 runId);

// The channels of a run, ordered by code.
Result<QList<ExportRunChannelInfo>> channels(Connection &connection, qint64 runId);

// Whether a date counts as exported: some run of it for every channel ended COMPLETED or
// PARTIAL_ERROR, and each channel that failed in it completed in a later run of that date (a
// re-send with --channel). Test runs (--force) never count.
Result<QList<QDate>> exportedDates(Connection &connection, QDate from, QDate to);

// The latest exported date, if any.
Result<std::optional<QDate>> lastExportedDate(Connection &connection);

// The dates in [from, to] that are not exported, oldest first.
Result<QList<QDate>> missedDays(Connection &connection, QDate from, QDate to);

// The business date of the earliest statement, invoice, payment or payment failure (where
// findMissedDays() counts from when not told); nullopt when there are no documents at all.
Result<std::optional<QDate>> earliestDocumentDate(Connection &connection,
                                                  const BusinessCalendar &calendar);

} // namespace ExportHistory

} // namespace cs
