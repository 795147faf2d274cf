#include "reporttask.h"

#include "db/connection.h"
#include "reportengine.h"

#include <QMutex>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace cs {

namespace {

// One run: the worker publishes its connection here so that cancel() can interrupt the
// statement that is running on it.
struct Job
{
    QMutex mutex;
    Connection *connection = nullptr; // guarded by mutex
    std::atomic<bool> canceled { false };

    void cancel()
    {
        canceled = true;
        QMutexLocker lock(&mutex);
        if (connection)
            connection->interrupt();
    }
};

template<typename T, typename Compute>
QFuture<Result<T>> launch(const DatabaseUrl &url, const std::shared_ptr<Job> &job, Compute compute)
{
    return QtConcurrent::run([url, job, compute](QPromise<Result<T>> &promise) {
        promise.setProgressRange(0, 100);
        auto isCanceled = [&] { return job->canceled.load() || promise.isCanceled(); };
        auto opened = Connection::open(url, Connection::OpenMode::Existing);
        if (!opened) {
            promise.addResult(Result<T>(opened.error()));
            return;
        }
        std::unique_ptr<Connection> connection = std::move(opened).value();
        {
            QMutexLocker lock(&job->mutex);
            job->connection = connection.get();
        }
        ReportEngine engine(*connection);
        engine.setProgressHandler([&](int value) { promise.setProgressValue(value); });
        engine.setCancelCheck(isCanceled);
        Result<T> result
            = isCanceled() ? Result<T>(Error { ReportEngine::canceledMessage() }) : compute(engine);
        {
            QMutexLocker lock(&job->mutex);
            job->connection = nullptr;
        }
        connection.reset(); // closed in the thread that opened it
        if (!result.ok() && isCanceled())
            result = Error { ReportEngine::canceledMessage() };
        promise.addResult(std::move(result));
    });
}

} // namespace

struct ReportTask::Private
{
    DatabaseUrl url;
    // A new start() cancels the previous run of the same kind; a report and a breakdown can
    // run side by side.
    std::shared_ptr<Job> reportJob;
    std::shared_ptr<Job> breakdownJob;
    QFuture<Result<ReportResult>> report;
    QFuture<Result<QList<AccountLine>>> breakdown;

    static std::shared_ptr<Job> next(std::shared_ptr<Job> &job)
    {
        if (job)
            job->cancel();
        job = std::make_shared<Job>();
        return job;
    }
};

ReportTask::ReportTask(DatabaseUrl url)
    : d(std::make_unique<Private>())
{
    d->url = std::move(url);
}

ReportTask::~ReportTask()
{
    cancel();
    d->report.waitForFinished();
    d->breakdown.waitForFinished();
}

QFuture<Result<ReportResult>> ReportTask::start(const ReportRequest &request)
{
    d->report.cancel();
    d->report
        = launch<ReportResult>(d->url, Private::next(d->reportJob),
                               [request](ReportEngine &engine) { return engine.run(request); });
    return d->report;
}

QFuture<Result<ReportResult>> ReportTask::startComparison(const ReportResult &current,
                                                          ComparisonKind kind)
{
    d->report.cancel();
    d->report = launch<ReportResult>(d->url, Private::next(d->reportJob),
                                     [current, kind](ReportEngine &engine) -> Result<ReportResult> {
                                         auto comparison = engine.compare(current, kind);
                                         if (!comparison)
                                             return comparison.error();
                                         ReportResult compared = current;
                                         compared.request.compare = kind;
                                         compared.comparison = std::move(comparison).value();
                                         return compared;
                                     });
    return d->report;
}

QFuture<Result<QList<AccountLine>>>
ReportTask::startBreakdown(const AccountBreakdownRequest &request)
{
    d->breakdown.cancel();
    d->breakdown = launch<QList<AccountLine>>(
        d->url, Private::next(d->breakdownJob),
        [request](ReportEngine &engine) { return engine.breakdown(request); });
    return d->breakdown;
}

void ReportTask::cancel()
{
    for (const auto &job : { d->reportJob, d->breakdownJob }) {
        if (job)
            job->cancel();
    }
    d->report.cancel();
    d->breakdown.cancel();
}

} // namespace cs
