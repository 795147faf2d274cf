#include "exporttask.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cs {

ExportTask::ExportTask(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<cs::ExportRunResult>();
    qRegisterMetaType<cs::ExportChannelProgress>();
    qRegisterMetaType<cs::ExportCatchUpResult>();
}

ExportTask::~ExportTask()
{
    cancel();
    m_future.waitForFinished();
}

bool ExportTask::start(const DatabaseUrl &database, const ExportOptions &options)
{
    return start(database, { options.date }, options);
}

bool ExportTask::start(const DatabaseUrl &database, const QList<QDate> &dates,
                       const ExportOptions &options)
{
    QMutexLocker locker(&m_mutex);
    if (m_future.isRunning())
        return false;
    // The handlers run in the worker thread; Qt queues the signals to the receivers' threads.
    ExportCatchUp::Handlers handlers;
    handlers.dateStarted
        = [this](QDate date, int index, int total) { Q_EMIT dateStarted(date, index, total); };
    handlers.runStarted = [this](qint64 runId, QDate date) { Q_EMIT runStarted(runId, date); };
    handlers.channelProgress
        = [this](const ExportChannelProgress &progress) { Q_EMIT channelProgress(progress); };
    handlers.runFinished = [this](const ExportRunResult &result) { Q_EMIT finished(result); };
    handlers.runRefused = [this](QDate, const QString &error) { Q_EMIT failed(error); };
    auto catchUp = std::make_shared<ExportCatchUp>(database, dates, options, std::move(handlers));
    m_catchUp = catchUp;
    m_future = QtConcurrent::run([this, catchUp] { Q_EMIT done(catchUp->run()); });
    return true;
}

void ExportTask::cancel()
{
    QMutexLocker locker(&m_mutex);
    if (m_catchUp)
        m_catchUp->cancel();
}

bool ExportTask::isRunning() const
{
    QMutexLocker locker(&m_mutex);
    return m_future.isRunning();
}

} // namespace cs
