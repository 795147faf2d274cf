#pragma once

#include "db/databaseurl.h"
#include "exportcatchup.h"
#include "exportrun.h"

#include <QFuture>
#include <QMutex>
#include <QObject>

#include <memory>

namespace cs {

// Runs an ExportCatchUp (one date, or the missed days oldest first, stopping at the first
// ERRORED or INTERRUPTED date or a run that cannot start) off the calling thread (QtConcurrent)
// for the GUI: the date being exported, progress per channel, Cancel, and each run's result, all
// as queued signals in the thread that owns the task. One catch-up at a time; the destructor
// cancels a running one and waits for it.
//
//   auto *task = new ExportTask(this);
//   connect(task, &ExportTask::channelProgress, model, &ProgressModel::update);
//   connect(task, &ExportTask::finished, this, &Page::showResult);
//   connect(task, &ExportTask::failed, this, &Page::showError); // no run recorded
//   connect(task, &ExportTask::done, this, &Page::readHistoryAgain);
//   task->start(databaseUrl, dates, options);  ...  task->cancel();
class ExportTask : public QObject
{
    Q_OBJECT
public:
    explicit ExportTask(QObject *parent = nullptr);
    ~ExportTask() override;
    Q_DISABLE_COPY_MOVE(ExportTask)

    // Starts a run of options.date; false (and nothing happens) while a run is going on.
    bool start(const DatabaseUrl &database, const ExportOptions &options);
    // Starts one run per date, oldest first, as ExportCatchUp does; false while one is going on.
    bool start(const DatabaseUrl &database, const QList<QDate> &dates,
               const ExportOptions &options);
    // Stops the run in progress at its next step; it then finishes with status INTERRUPTED and
    // no further date is run.
    void cancel();
    bool isRunning() const;
    // Completes when the catch-up is over (for tests and shutdown).
    QFuture<void> future() const { return m_future; }

Q_SIGNALS:
    // Before each date: its 0-based position among `total` dates.
    void dateStarted(QDate date, int index, int total);
    void runStarted(qint64 runId, QDate date);
    void channelProgress(const cs::ExportChannelProgress &progress);
    // A run ended (any status, see result.status).
    void finished(const cs::ExportRunResult &result);
    // No run was recorded: the database could not be opened, the date is locked by another run
    // (the message names the holder), or a channel code is unknown.
    void failed(const QString &error);
    // The last date ran, or the catch-up stopped; after every finished() and failed().
    void done(const cs::ExportCatchUpResult &result);

private:
    mutable QMutex m_mutex;
    std::shared_ptr<ExportCatchUp> m_catchUp;
    QFuture<void> m_future;
};

} // namespace cs

Q_DECLARE_METATYPE(cs::ExportCatchUpResult)
