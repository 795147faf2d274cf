#pragma once

#include "db/databaseurl.h"
#include "reportresult.h"
#include "util/result.h"

#include <QFuture>

#include <memory>

namespace cs {

// Runs reports off the calling thread, on a connection of its own (named per thread), with
// progress and cancellation for the GUI:
//
//   ReportTask task(url);
//   QFuture<Result<ReportResult>> future = task.start(request);
//   future.then(this, [](const Result<ReportResult> &r) { ... });
//   task.cancel(); // interrupts the running SQL statement itself
//
// cancel() interrupts the statement running on the worker's connection (SQLite's interrupt,
// PostgreSQL's cancel request) and cancels the future; the worker's connection is closed
// cleanly and a later start() works. Destroying the task cancels and waits for the worker.
// Progress goes through the future (QFutureWatcher::progressValueChanged, 0..100).
class ReportTask
{
public:
    explicit ReportTask(DatabaseUrl url);
    ~ReportTask();
    Q_DISABLE_COPY_MOVE(ReportTask)

    QFuture<Result<ReportResult>> start(const ReportRequest &request);
    // `current` with its comparison filled in (ReportEngine::compare); runs in the report's
    // slot, so a later start() cancels it.
    QFuture<Result<ReportResult>> startComparison(const ReportResult &current, ComparisonKind kind);
    QFuture<Result<QList<AccountLine>>> startBreakdown(const AccountBreakdownRequest &request);
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs
