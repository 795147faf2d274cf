#include "reportrunner.h"

#include "report/reporttask.h"

#include <QThread>

#include <utility>

namespace cs {

ReportRunner::ReportRunner(QObject *parent)
    : QObject(parent)
{ }

ReportRunner::~ReportRunner()
{
    m_latest.discard();
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
    m_comparisonDue = false;
    if (m_latest.isRunning()) {
        m_latest.discard();
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
    m_comparing = comparison;
    if (comparison) {
        m_latest.start(m_task->start(request), this,
                       [this](const Result<ReportResult> &result) { comparisonDone(result); });
        return;
    }
    m_latest.start(
        m_task->start(request), this,
        [this](const Result<ReportResult> &result) { reportDone(result); },
        [this](int value, const QString &) { Q_EMIT progressChanged(value); });
}

void ReportRunner::reportDone(const Result<ReportResult> &result)
{
    m_comparing = false;
    setRunning(false);
    if (!result) {
        Q_EMIT failed(result.errorString());
        return;
    }
    m_comparisonDue = true;
    Q_EMIT progressChanged(100);
    Q_EMIT finished(*result);
    if (std::exchange(m_comparisonDue, false))
        start(previousPeriod(result->request), true);
}

void ReportRunner::comparisonDone(const Result<ReportResult> &result)
{
    m_comparing = false;
    if (result)
        Q_EMIT comparisonFinished(*result);
    else
        Q_EMIT comparisonFailed(result.errorString());
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
