#pragma once

#include "db/databaseurl.h"
#include "exportrun.h"

#include <QFuture>
#include <QMutex>
#include <QObject>

#include <memory>

namespace cs {

class ExportJob;

// Runs an ExportJob off the calling thread (QtConcurrent) for the GUI: progress per channel,
// Cancel, and the result, all as queued signals in the thread that owns the task. One run at a
// time; the destructor cancels a running job and waits for it.
//
//   auto *task = new ExportTask(this);
//   connect(task, &ExportTask::channelProgress, model, &ProgressModel::update);
//   connect(task, &ExportTask::finished, this, &Page::showResult);
//   connect(task, &ExportTask::failed, this, &Page::showError); // no run recorded
//   task->start(databaseUrl, options);  ...  task->cancel();
class ExportTask : public QObject
{
    Q_OBJECT
public:
    explicit ExportTask(QObject *parent = nullptr);
    ~ExportTask() override;
    Q_DISABLE_COPY_MOVE(ExportTask)

    // Starts a run; false (and nothing happens) while one is running.
    bool start(const DatabaseUrl &database, const ExportOptions &options);
    // Stops the run at its next step; it then finishes with status INTERRUPTED.
    void cancel();
    bool isRunning() const;
    // Completes when the run is over (for tests and shutdown).
    QFuture<void> future() const { return m_future; }

Q_SIGNALS:
    void runStarted(qint64 runId, QDate date);
    void channelProgress(const cs::ExportChannelProgress &progress);
    // The run ended (any status, see result.status).
    void finished(const cs::ExportRunResult &result);
    // No run was recorded: the database could not be opened, the date is locked by another run
    // (the message names the holder), or a channel code is unknown.
    void failed(const QString &error);

private:
    mutable QMutex m_mutex;
    std::shared_ptr<ExportJob> m_job;
    QFuture<void> m_future;
};

} // namespace cs
