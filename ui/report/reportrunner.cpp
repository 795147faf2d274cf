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
    start(request);
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

void ReportRunner::startComparison(const ReportResult &current)
{
    m_comparing = true;
    m_latest.start(m_task->startComparison(current, m_kind), this,
                   [this](const Result<ReportResult> &result) { comparisonDone(result); });
}

void ReportRunner::start(const ReportRequest &request)
{
    m_comparing = false;
    m_latest.start(
        m_task->start(request), this,
        [this](const Result<ReportResult> &result) { reportDone(result); },
        [this](int value, const QString &) { Q_EMIT progressChanged(value); });
}

void ReportRunner::reportDone(const Result<ReportResult> &result)
{
    m_comparing = false;
    if (result)
        Q_EMIT progressChanged(100);
    setRunning(false);
    if (!result) {
        Q_EMIT failed(result.errorString());
        return;
    }
    m_comparisonDue = true;
    Q_EMIT finished(*result);
    if (std::exchange(m_comparisonDue, false) && m_kind != ComparisonKind::None)
        startComparison(*result);
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
    return Comparison::period(request, ComparisonKind::PreviousPeriod);
}

} // namespace cs
