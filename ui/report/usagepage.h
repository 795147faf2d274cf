#pragma once

#include "common/latestresult.h"
#include "db/databaseurl.h"
#include "report/reportresult.h"
#include "report/scopecatalog.h"
#include "util/result.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace cs {

class BreakdownDialog;
class ChannelTableModel;
class DateRangeSelector;
class HeadlineWidget;
class MessageBanner;
class MixChartWidget;
class ProductTableModel;
class ReportRunner;
class ReportSortProxy;
class ScopeFilterProxy;
class ScopeTreeModel;
class TrendChartWidget;

// The "Usage and spend" page of the main window: a searchable tree of billing groups and
// channels on the left, the range, the headline and the Products, Channels, Trend and Mix tabs on
// the right, all shown from one ReportResult. Reports run in the background through
// ReportRunner; picking another scope or range cancels the running one and its result is dropped.
// Its actions go into the main window's menus and toolbar; its status messages to the window's
// status bar (statusMessage).
class UsagePage : public QWidget
{
    Q_OBJECT

public:
    enum ResultTab { ProductsTab, ChannelsTab, TrendTab, MixTab };

    explicit UsagePage(QWidget *parent = nullptr);
    ~UsagePage() override;
    Q_DISABLE_COPY_MOVE(UsagePage)

    // Reads `url`'s scope tree in the background, then reselects the last scope and runs the
    // report. Errors show in the page's banner.
    void setDatabase(const DatabaseUrl &url);
    std::optional<DatabaseUrl> database() const { return m_database; }

    // Selects a channel or billing group in the tree (which starts its report); false if the
    // tree has no such node.
    bool selectScope(ReportScope scope, const QString &code);
    DateRangeSelector *rangeSelector() const { return m_range; }

    // The result shown now (nullopt while there is none).
    const std::optional<ReportResult> &currentResult() const { return m_result; }
    // The text of the banner (errors and warnings); empty when hidden.
    QString bannerText() const;
    void showBanner(const QString &text, bool error);
    bool isReportRunning() const;

    ReportRunner *runner() const { return m_runner; }
    ScopeTreeModel *scopeModel() const { return m_scopeModel; }
    ScopeFilterProxy *scopeProxy() const { return m_scopeProxy; }
    ProductTableModel *productModel() const { return m_productModel; }
    ReportSortProxy *productProxy() const { return m_productProxy; }
    ChannelTableModel *channelModel() const { return m_channelModel; }
    ReportSortProxy *channelProxy() const { return m_channelProxy; }
    QTableView *productView() const { return m_productView; }
    QTableView *channelView() const { return m_channelView; }
    TrendChartWidget *trendChart() const { return m_trend; }
    MixChartWidget *mixChart() const { return m_mix; }
    HeadlineWidget *headline() const { return m_headline; }
    QTabWidget *resultTabs() const { return m_tabs; }
    QLineEdit *productFilter() const { return m_productFilter; }
    QAction *cancelAction() const { return m_cancelAction; }

    // For the main window's menus and toolbar (the toolbar's list holds a separator).
    QList<QAction *> fileActions() const;
    QList<QAction *> editActions() const;
    QList<QAction *> reportActions() const;
    QList<QAction *> toolBarActions() const;

    // Whether the page is the one shown: File > Export CSV and Save Chart act on it only then.
    void setPageActive(bool active);

    // What File > Export CSV writes after its dialog: the shown result, through the core's CSV
    // writer. Fails when no result is shown or the file cannot be written.
    Status exportCsv(const QString &path, bool byChannel) const;
    // What File > Save Chart as PNG writes after its dialog: a picture of the Mix chart when
    // that tab is shown, else of the Trend chart (drawn first if it is stale), written
    // atomically. Fails when no result is shown or the file cannot be written.
    Status saveChart(const QString &path);
    // What Edit > Copy puts on the clipboard for a table view: its selected rows as TSV.
    QString selectedRowsText(QTableView *view) const;

public Q_SLOTS:
    // Runs the report again; without a database or a scope asks for one (databaseRequested).
    void refresh();
    void cancelReport();

Q_SIGNALS:
    void catalogLoaded(bool ok);
    // A result was put on screen (tables, charts and headline).
    void reportShown();
    // A report failed or was canceled; the banner says why.
    void reportFailed(const QString &message);
    void comparisonShown();
    // For the window's status bar; timeoutMs 0 keeps it until the next one.
    void statusMessage(const QString &text, int timeoutMs);
    // Refresh found no scope to run: the window opens its database again, or asks for one.
    void databaseRequested();

private:
    QWidget *createScopePanel(QWidget *parent);
    QWidget *createResults(QWidget *parent);
    QTabWidget *createResultTabs(QWidget *parent);
    void createActions();
    void createEditActions();
    void connectRunner();
    void restoreRange();
    void scopeSelectionChanged();
    void scheduleRun(int delayMs);
    void runNow();
    void showResult(const ReportResult &result);
    void fitColumns();
    void updateVisibleChart();
    void showError(const QString &message);
    void hideBanner();
    void setRunningUi(bool running);
    void updateActions();
    void catalogFinished(const Result<ScopeCatalog> &catalog);
    void restoreScope();
    void saveRange();
    void exportCsvInteractive(bool byChannel);
    void copySelection();
    void saveChartInteractive();
    void openDrillDown(const QModelIndex &proxyIndex);
    void updateBreakdowns();

    std::optional<DatabaseUrl> m_database;
    std::optional<ReportRequest> m_scope; // the selected scope; dates filled when it runs
    std::optional<ReportResult> m_result;
    QList<QPointer<BreakdownDialog>> m_breakdowns; // the open accounts dialogs
    bool m_pageActive = true;
    bool m_trendStale = false; // m_result is not drawn in the trend chart yet
    bool m_mixStale = false;

    ReportRunner *m_runner;
    LatestResult<Result<ScopeCatalog>> m_catalog;
    QTimer m_runTimer;

    ScopeTreeModel *m_scopeModel;
    ScopeFilterProxy *m_scopeProxy;
    QTreeView *m_scopeView = nullptr;
    QLineEdit *m_scopeFilter = nullptr;
    DateRangeSelector *m_range = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    MessageBanner *m_banner = nullptr;
    HeadlineWidget *m_headline = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProductTableModel *m_productModel;
    ReportSortProxy *m_productProxy;
    QTableView *m_productView = nullptr;
    QLineEdit *m_productFilter = nullptr;
    ChannelTableModel *m_channelModel;
    ReportSortProxy *m_channelProxy;
    QTableView *m_channelView = nullptr;
    TrendChartWidget *m_trend = nullptr;
    MixChartWidget *m_mix = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_drillDownAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportByChannelAction = nullptr;
    QAction *m_saveChartAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_findScopeAction = nullptr;
    QAction *m_toolBarSeparator = nullptr;
};

} // namespace cs
