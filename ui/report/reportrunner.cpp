#include "reportrunner.h"

#include "report/reporttask.h"

#include <QFutureWatcher>
#include <QThread>

namespace cs {

ReportRunner::ReportRunner(QObject *parent)
    : QObject(parent)
{ }

ReportRunner::~ReportRunner()
{
    ++m_generation;
    if (m_watcher)
        m_watcher->disconnect(this);
    // ReportTask's destructor cancels and waits for its worker.
    m_task.reset();
}

void ReportRunner::setDatabase(const DatabaseUrl &url)
{
    const bool wasRunning = m_running;
    stopCurrent();
    m_task = std::make_unique<ReportTask>(url);
    if (wasRunning)
        Q_EMIT canceled();
}

void ReportRunner::run(const ReportRequest &request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    stopCurrent();
    if (!m_task) {
        Q_EMIT failed(tr("No database is open."));
        return;
    }
    setRunning(true);
    Q_EMIT started(request);
    Q_EMIT progressChanged(0);
    start(request, false);
}

void ReportRunner::cancel()
{
    const bool wasRunning = m_running;
    stopCurrent();
    if (wasRunning)
        Q_EMIT canceled();
}

void ReportRunner::stopCurrent()
{
    ++m_generation;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (m_task)
            m_task->cancel();
    }
    m_comparing = false;
    setRunning(false);
}

void ReportRunner::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void ReportRunner::start(const ReportRequest &request, bool comparison)
{
    using Watcher = QFutureWatcher<Result<ReportResult>>;
    const quint64 generation = m_generation;
    auto *watcher = new Watcher(this);
    m_watcher = watcher;
    m_comparing = comparison;
    if (!comparison) {
        connect(watcher, &Watcher::progressValueChanged, this, [this, generation](int value) {
            if (generation == m_generation)
                Q_EMIT progressChanged(value);
        });
    }
    connect(watcher, &Watcher::finished, this, [this, watcher, generation, comparison] {
        watcher->deleteLater();
        if (m_watcher == watcher)
            m_watcher = nullptr;
        if (generation != m_generation)
            return; // a newer run or a cancel made this one stale
        const QFuture<Result<ReportResult>> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0) {
            m_comparing = false;
            if (!comparison) {
                setRunning(false);
                Q_EMIT canceled();
            }
            return;
        }
        const Result<ReportResult> result = future.result();
        if (comparison) {
            m_comparing = false;
            if (result)
                Q_EMIT comparisonFinished(*result);
            else
                Q_EMIT comparisonFailed(result.errorString());
            return;
        }
        setRunning(false);
        if (!result) {
            Q_EMIT failed(result.errorString());
            return;
        }
        Q_EMIT progressChanged(100);
        Q_EMIT finished(*result);
        if (generation == m_generation) // a slot may have started another run
            start(previousPeriod(result->request), true);
    });
    watcher->setFuture(m_task->start(request));
}

ReportRequest ReportRunner::previousPeriod(const ReportRequest &request)
{
    ReportRequest previous = request;
    const QDate from = request.from;
    const QDate to = request.to;
    if (from.day() == 1 && to.addDays(1).day() == 1) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        previous.from = from.addMonths(-months);
        previous.to = from.addDays(-1);
    } else {
        const qint64 days = from.daysTo(to) + 1;
        previous.to = from.addDays(-1);
        previous.from = previous.to.addDays(-(days - 1));
    }
    return previous;
}

} // namespace cs
