#pragma once

#include "common/latestresult.h"
#include "db/databaseurl.h"
#include "export/exporthistory.h"
#include "export/exportoverview.h"
#include "export/exportpreview.h"
#include "export/exportrun.h"
#include "util/result.h"

#include <QDate>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace cs {

class ExportPreviewModel;
class ExportRunChannelModel;
class ExportRunModel;
class ExportTask;
class MessageBanner;
class PasswordStore;

// The "Billing export" page of the main window: the export settings, the days not
// exported yet (banner, marked in the calendar, one click to run them oldest first), a date
// picker with the preview of what that date will export per channel and stream, Run for all or
// the checked channels with per-channel and overall progress and Cancel, the result of the run,
// and the run history with the channels of the selected run.
//
// Everything that touches the database runs off the GUI thread through the core's services: the
// overview (readExportOverview), the preview and the run details through runOnDatabase, each
// received by a LatestResult (a result that is no longer wanted, such as the preview of a date
// no longer picked, is dropped), the runs through ExportTask, which runs ExportCatchUp, the
// catch-up rule channelscope-cli export follows too. Errors show in the page.
class ExportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPage(QWidget *parent = nullptr);
    ~ExportPage() override;
    Q_DISABLE_COPY_MOVE(ExportPage)

    // Shows `url`'s export (cancels nothing: a running export keeps running on its database).
    void setDatabase(const DatabaseUrl &url);
    std::optional<DatabaseUrl> database() const { return m_database; }

    // The date whose preview is shown and which Run exports.
    QDate date() const;
    void setDate(QDate date);

    bool isRunning() const;
    // The state last read (nullopt before the first one).
    const std::optional<ExportOverview> &state() const { return m_state; }
    QList<QDate> missedDays() const;
    // The texts shown now: the missed-days banner, the error banner, the result of the last run
    // (empty when hidden).
    QString missedText() const;
    QString errorText() const;
    QString resultText() const;
    // The folder "Open folder" opens.
    QString exportFolder() const;

    ExportPreviewModel *previewModel() const { return m_previewModel; }
    ExportRunModel *runModel() const { return m_runModel; }
    ExportRunChannelModel *runChannelModel() const { return m_runChannelModel; }
    QDateEdit *dateEdit() const { return m_date; }
    QTableView *previewView() const { return m_previewView; }
    QTableView *historyView() const { return m_historyView; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *missedButton() const { return m_missedButton; }
    QCheckBox *holdCheck() const { return m_holdCheck; }
    // The task that runs the exports (tests hold a run at its start through its signals).
    ExportTask *task() const { return m_task; }

    // For the main window's menu: run, run missed days, cancel, open folder, refresh.
    QList<QAction *> menuActions() const;

public Q_SLOTS:
    // Re-reads the settings, the history and the missed days (the preview when its date
    // changed).
    void refresh();
    // Re-reads all of it, the preview too (Reload).
    void reload();
    // Exports date() for the checked channels (all of them: a run for every channel).
    void runExport();
    // Exports every missed day, oldest first, each as its own run for every channel (whatever
    // is checked; the button says so); stops at
    // the first date that ends ERRORED or INTERRUPTED or cannot start (ExportCatchUp's rule).
    void runMissedDays();
    // Asks before running more than a few missed days.
    void runMissedDaysInteractive();
    void cancelExport();
    void openExportFolder();
    // Shows the channels of a run in the details table.
    void showRunDetails(qint64 runId);

Q_SIGNALS:
    void stateLoaded(bool ok);
    void previewShown();
    void previewFailed(const QString &message);
    void runStarted(qint64 runId, QDate date);
    // One run ended (any status).
    void runFinished(const cs::ExportRunResult &result);
    // A run could not start (lock held, database error); nothing was recorded.
    void runFailed(const QString &message);
    // The last of the queued runs ended, and the history is being reread.
    void runsDone();
    void detailsShown(qint64 runId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void connectTask();
    void schedulePreview();
    void loadPreview();
    void showPreview(const Result<ExportPreview> &preview);
    void showRunChannels(qint64 runId, bool uploads,
                         const Result<QList<ExportRunChannelInfo>> &channels);
    void applyState(const ExportOverview &state);
    void showMissed();
    void updateDateStatus();
    void updateRunUi();
    void startQueue(const QList<QDate> &dates, const QStringList &channels);
    void startTask();
    void showDateStarted(QDate date, int index, int total);
    void runEnded(const ExportRunResult &result);
    void runRefused(const QString &message);
    void finishQueue();
    // Reads the export password from the system keychain (FTP, FTPS, HTTP(S) URLs), then starts
    // the queue; without one the job takes CHANNELSCOPE_EXPORT_PASSWORD or the credentials file.
    void readPasswordThenStart();
    void showResult(const ExportRunResult &result);
    QString catchUpSummary() const;
    QString runSummary(const ExportRunResult &result) const;
    QString runFiles(const ExportRunResult &result) const;
    QStringList partlyExportedChannels(QDate date) const;
    void showError(const QString &text);
    void hideError();
    void fitColumns(QTableView *view, const QList<int> &elided);
    void historySelectionChanged();

    std::optional<DatabaseUrl> m_database;
    std::optional<ExportOverview> m_state;
    LatestResult<Result<ExportOverview>> m_stateRead;
    LatestResult<Result<ExportPreview>> m_previewRead;
    LatestResult<Result<QList<ExportRunChannelInfo>>> m_detailsRead;
    bool m_stateError = false; // the error banner shows a failed read of the state
    QTimer m_previewTimer;

    ExportTask *m_task;
    PasswordStore *m_passwords;
    QString m_passwordKey; // of the keychain read in flight
    QString m_exportPassword; // for the queue being run
    QList<QDate> m_queue; // the dates of the catch-up about to start (after the keychain read)
    QStringList m_queueChannels;
    int m_queueTotal = 0;
    int m_queueChannelCount = 0; // the channels of the preview when the queue started
    QList<ExportRunResult> m_results; // of the current catch-up
    bool m_cancelled = false;
    bool m_taskBusy = false;
    qint64 m_currentRun = 0;
    qint64 m_selectRun = 0; // the run to select in the history once it is read
    QSet<QString> m_finishedChannels;

    ExportPreviewModel *m_previewModel;
    ExportRunModel *m_runModel;
    ExportRunChannelModel *m_runChannelModel;

    QLabel *m_settingsLabel;
    QPushButton *m_openFolderButton;
    QPushButton *m_refreshButton;
    MessageBanner *m_missedFrame;
    QPushButton *m_missedButton;
    MessageBanner *m_errorBanner;
    QDateEdit *m_date;
    QLabel *m_dateStatus;
    QLabel *m_previewSummary;
    QPushButton *m_checkAllButton;
    QPushButton *m_checkNoneButton;
    QCheckBox *m_holdCheck; // ExportOptions::holdOnWarnings for the runs it starts
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QTableView *m_previewView;
    MessageBanner *m_resultFrame;
    QTableView *m_historyView;
    QLabel *m_detailsLabel;
    QTableView *m_detailsView;

    QAction *m_runAction = nullptr;
    QAction *m_missedAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_refreshAction = nullptr;
};

} // namespace cs
