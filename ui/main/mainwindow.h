#pragma once

#include "common/latestresult.h"
#include "db/databaseurl.h"
#include "report/reportresult.h"
#include "report/scopecatalog.h"
#include "util/result.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class QAction;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace cs {

class ChannelTableModel;
class DateRangeSelector;
class ExportPage;
class HeadlineWidget;
class MessageBanner;
class MixChartWidget;
class ProductTableModel;
class ReportRunner;
class ReportSortProxy;
class ScopeFilterProxy;
class ScopeTreeModel;
class TrendChartWidget;

// The main window. Its central widget holds pages ("Usage and spend" now; more can be added
// with addPage()). The usage page: a searchable tree of billing groups and channels on the left,
// the range, the headline and the Products, Channels, Trend and Mix tabs on the right, all shown
// from one ReportResult. Reports run in the background through ReportRunner; picking another
// scope or range cancels the running one and its result is dropped.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum ResultTab { ProductsTab, ChannelsTab, TrendTab, MixTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Adds a page (the billing export, for example); the page bar shows once there are two.
    int addPage(QWidget *page, const QString &title);

    // Opens a database: reads its scope tree in the background, then reselects the last scope
    // and runs the report. Errors show in the window's banner.
    void openDatabase(const DatabaseUrl &url);
    // Same with channelscope-cli's --db syntax.
    void openDatabase(const QString &databaseUrl);
    std::optional<DatabaseUrl> database() const { return m_database; }

    // Selects a channel or billing group in the tree (which starts its report); false if the
    // tree has no such node.
    bool selectScope(ReportScope scope, const QString &code);
    DateRangeSelector *rangeSelector() const { return m_range; }

    // The result shown now (nullopt while there is none).
    const std::optional<ReportResult> &currentResult() const { return m_result; }
    // The text of the banner (errors and warnings); empty when hidden.
    QString bannerText() const;
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
    // The "Billing export" page, and the tab widget that holds the pages.
    ExportPage *exportPage() const { return m_exportPage; }
    QTabWidget *pages() const { return m_pages; }

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
    void refresh();
    void cancelReport();

Q_SIGNALS:
    void catalogLoaded(bool ok);
    // A result was put on screen (tables, charts and headline).
    void reportShown();
    // A report failed or was canceled; the banner says why.
    void reportFailed(const QString &message);
    void comparisonShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createUsagePage();
    void createActions();
    void scopeSelectionChanged();
    void scheduleRun(int delayMs);
    void runNow();
    void showResult(const ReportResult &result);
    void updateVisibleChart();
    void showError(const QString &message);
    void showBanner(const QString &text, bool error);
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
    void openConnectionDialog();
    void openSettingsDialog();
    void openDemoDatabase();

    std::optional<DatabaseUrl> m_database;
    std::optional<ReportRequest> m_scope; // the selected scope; dates filled when it runs
    std::optional<ReportResult> m_result;
    bool m_trendStale = false; // m_result is not drawn in the trend chart yet
    bool m_mixStale = false;

    ReportRunner *m_runner;
    LatestResult<Result<ScopeCatalog>> m_catalog;
    QTimer m_runTimer;

    QTabWidget *m_pages;
    ScopeTreeModel *m_scopeModel;
    ScopeFilterProxy *m_scopeProxy;
    QTreeView *m_scopeView;
    QLineEdit *m_scopeFilter;
    DateRangeSelector *m_range;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    MessageBanner *m_banner;
    HeadlineWidget *m_headline;
    QTabWidget *m_tabs;
    ProductTableModel *m_productModel;
    ReportSortProxy *m_productProxy;
    QTableView *m_productView;
    QLineEdit *m_productFilter;
    ChannelTableModel *m_channelModel;
    ReportSortProxy *m_channelProxy;
    QTableView *m_channelView;
    TrendChartWidget *m_trend;
    MixChartWidget *m_mix;
    ExportPage *m_exportPage;

    QAction *m_openAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportByChannelAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_saveChartAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_drillDownAction = nullptr;
};

} // namespace cs
