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
// report first, then its comparison (ReportEngine::compare, the kind set here) for the headline
// and the change columns.
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

    // What finished() results are compared with; None runs no comparison.
    void setComparisonKind(ComparisonKind kind) { m_kind = kind; }
    ComparisonKind comparisonKind() const { return m_kind; }

    bool isRunning() const { return m_running; }
    bool isComparing() const { return m_comparing; }

    // The previous period of equal length (Comparison::period).
    static ReportRequest previousPeriod(const ReportRequest &request);

Q_SIGNALS:
    void started(const cs::ReportRequest &request);
    void progressChanged(int percent);
    void finished(const cs::ReportResult &result);
    void failed(const QString &message);
    void canceled();
    void runningChanged(bool running);
    // After finished(), unless the kind is None: the same result with its comparison filled in
    // (ReportResult::comparison); comparisonFailed() if it could not be computed.
    void comparisonFinished(const cs::ReportResult &compared);
    void comparisonFailed(const QString &message);

private:
    void start(const ReportRequest &request);
    void startComparison(const ReportResult &current);
    void reportDone(const Result<ReportResult> &result);
    void comparisonDone(const Result<ReportResult> &result);
    void setRunning(bool running);
    void stopCurrent();

    std::unique_ptr<ReportTask> m_task;
    LatestResult<Result<ReportResult>> m_latest;
    bool m_running = false;
    bool m_comparing = false;
    ComparisonKind m_kind = ComparisonKind::PreviousPeriod;
    bool m_comparisonDue = false; // until a slot of finished() starts or cancels another run
};

} // namespace cs
