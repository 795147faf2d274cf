#pragma once

#include "common/latestresult.h"
#include "db/databaseurl.h"
#include "report/reportresult.h"
#include "util/result.h"

#include <QObject>

#include <memory>

namespace cs {

class ReportTask;

// Runs the reports of the main window through the core's ReportTask, one at a time: the asked
// report first, then the previous period of the same length for the comparison in the headline.
// A new run() or cancel() cancels the task and drops whatever the older run still delivers
// (LatestResult), so a stale result can never reach the window. All signals are emitted on the
// GUI thread.
class ReportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ReportRunner(QObject *parent = nullptr);
    ~ReportRunner() override;
    Q_DISABLE_COPY_MOVE(ReportRunner)

    // Cancels a running report and reports on `url` from now on.
    void setDatabase(const DatabaseUrl &url);
    bool hasDatabase() const { return m_task != nullptr; }

    void run(const ReportRequest &request);
    // Cancels the running report (and its comparison); emits canceled() if one was running.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isComparing() const { return m_comparing; }

    // The period the headline compares with: for whole calendar months the same number of
    // months just before, otherwise the same number of days just before.
    static ReportRequest previousPeriod(const ReportRequest &request);

Q_SIGNALS:
    void started(const cs::ReportRequest &request);
    void progressChanged(int percent);
    void finished(const cs::ReportResult &result);
    void failed(const QString &message);
    void canceled();
    void runningChanged(bool running);
    // The previous period's result, after finished(); comparisonFailed() if it could not be run.
    void comparisonFinished(const cs::ReportResult &previous);
    void comparisonFailed(const QString &message);

private:
    void start(const ReportRequest &request, bool comparison);
    void reportDone(const Result<ReportResult> &result);
    void comparisonDone(const Result<ReportResult> &result);
    void setRunning(bool running);
    void stopCurrent();

    std::unique_ptr<ReportTask> m_task;
    LatestResult<Result<ReportResult>> m_latest;
    bool m_running = false;
    bool m_comparing = false;
    bool m_comparisonDue = false; // until a slot of finished() starts or cancels another run
};

} // namespace cs
