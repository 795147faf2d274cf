#include "exporttask.h"

#include "exportjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cs {

ExportTask::ExportTask(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<cs::ExportRunResult>();
    qRegisterMetaType<cs::ExportChannelProgress>();
}

ExportTask::~ExportTask()
{
    cancel();
    m_future.waitForFinished();
}

bool ExportTask::start(const DatabaseUrl &database, const ExportOptions &options)
{
    QMutexLocker locker(&m_mutex);
    if (m_future.isRunning())
        return false;
    auto job = std::make_shared<ExportJob>(database, options);
    m_job = job;
    // The signals are emitted from the worker thread; Qt queues them to the receivers' threads.
    job->setProgressHandler(
        [this](const ExportChannelProgress &progress) { Q_EMIT channelProgress(progress); });
    job->setRunStartedHandler([this](qint64 runId, QDate date) { Q_EMIT runStarted(runId, date); });
    m_future = QtConcurrent::run([this, job] {
        auto result = job->run();
        if (result)
            Q_EMIT finished(*result);
        else
            Q_EMIT failed(result.errorString());
    });
    return true;
}

void ExportTask::cancel()
{
    QMutexLocker locker(&m_mutex);
    if (m_job)
        m_job->cancel();
}

bool ExportTask::isRunning() const
{
    QMutexLocker locker(&m_mutex);
    return m_future.isRunning();
}

} // namespace cs
