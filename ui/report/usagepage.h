#pragma once

#include "common/latestresult.h"
#include "db/databaseurl.h"
#include "report/productsortproxy.h"
#include "report/reportdocument.h"
#include "report/reportprofiles.h"
#include "report/reportrecipe.h"
#include "report/reportresult.h"
#include "report/scopecatalog.h"
#include "util/result.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPagedPaintDevice;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace cs {

class BreakdownDialog;
class ChannelTableModel;
class ColumnFitter;
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
    // What the page does now, which its status line says.
    enum class State {
        NoDatabase,
        Importing,
        Opening,
        NoChannels,
        Idle,
        Computing,
        Showing,
        Failed,
        Canceled
    };

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
    // The status line: one sentence from the state; while a new report computes, the shown
    // result is greyed and the line says it is being updated.
    State state() const { return m_state; }
    QString statusText() const;
    bool isResultStale() const { return m_resultStale; }
    // For the main window: no database yet, or the demo database being created.
    void showNoDatabase();
    void showImportProgress(int percent);
    // The import ended without a database to open: the status from before it.
    void endImport();

    ReportRunner *runner() const { return m_runner; }
    ScopeTreeModel *scopeModel() const { return m_scopeModel; }
    ScopeFilterProxy *scopeProxy() const { return m_scopeProxy; }
    ProductTableModel *productModel() const { return m_productModel; }
    ProductSortProxy *productProxy() const { return m_productProxy; }
    ChannelTableModel *channelModel() const { return m_channelModel; }
    ReportSortProxy *channelProxy() const { return m_channelProxy; }
    QTableView *productView() const { return m_productView; }
    QTableView *channelView() const { return m_channelView; }
    TrendChartWidget *trendChart() const { return m_trend; }
    MixChartWidget *mixChart() const { return m_mix; }
    HeadlineWidget *headline() const { return m_headline; }
    QTabWidget *resultTabs() const { return m_tabs; }
    QLineEdit *productFilter() const { return m_productFilter; }
    // The comparison choice (items carry ComparisonKind as int data).
    QComboBox *comparisonBox() const { return m_compareBox; }
    QLineEdit *scopeFilter() const { return m_scopeFilter; }
    QTreeView *scopeView() const { return m_scopeView; }
    QAction *cancelAction() const { return m_cancelAction; }

    // For the main window's menus and toolbar (the file and toolbar lists hold a separator).
    QList<QAction *> fileActions() const;
    QList<QAction *> editActions() const;
    QList<QAction *> reportActions() const;
    QList<QAction *> toolBarActions() const;

    // Whether the page is the one shown: File > Export CSV and Save Chart act on it only then.
    void setPageActive(bool active);

    // What File > Export CSV writes after its dialog: the shown result, through the core's CSV
    // writer. Fails when no result is shown or the file cannot be written.
    Status exportCsv(const QString &path, bool byChannel) const;
    // What the export dialog writes for a profile: the machine CSV as exportCsv(); the
    // spreadsheet profiles with what the window shows (shownView()) and the UI's separators.
    Status exportReport(const QString &path, ExportProfile profile, bool byChannel) const;
    // The products table as shown (its filter, sort and visible columns), or for `byChannel`
    // the channel lines in the order of the Channels table.
    ReportSheetView shownView(bool byChannel) const;
    // What File > Save Chart as PNG writes after its dialog: a picture of the Mix chart when
    // that tab is shown, else of the Trend chart (drawn first if it is stale), written
    // atomically. Fails when no result is shown or the file cannot be written.
    Status saveChart(const QString &path);
    // The lines above a saved chart: what it shows, the scope, the range and time zone, units.
    QStringList chartCaption() const;
    // What File > Export PDF and Print put on paper: the headline, the facts of the report, the
    // Products (and for a billing group the Channels) table as shown, with every row, and the
    // Trend and Mix charts (drawn first when stale).
    ReportDocumentContent documentContent();
    // Writes documentContent() as a PDF of `pageSize`, atomically.
    Status exportPdf(const QString &path, QPageSize::PageSizeId pageSize);
    // Prints documentContent() on `device` (what Print does after its dialog).
    Status printReport(QPagedPaintDevice &device);
    // The report shown as a recipe: scope, range (rule or fixed days), comparison, tab (the
    // Channels tab: one line per channel), the Products table's filter and sort, and the export
    // profile chosen last.
    ReportRecipe currentRecipe() const;
    // Shows the recipe's report: selects its scope and sets its range, comparison, filter, sort,
    // tab and export profile; fails when the database has no such scope.
    Status applyRecipe(const ReportRecipe &recipe);
    // Reads and applies a recipe file and lists it in the recent recipes; an error shows in the
    // banner too.
    Status openRecipe(const QString &path);
    Status saveRecipe(const QString &path) const;
    // File > Recent Recipes.
    QMenu *recentRecipesMenu() const { return m_recentRecipesMenu; }
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createScopePanel(QWidget *parent);
    QWidget *createResults(QWidget *parent);
    QTabWidget *createResultTabs(QWidget *parent);
    void createActions();
    void createEditActions();
    void connectRunner();
    void restoreRange();
    void scopeSelectionChanged();
    void filterScopes(const QString &text);
    void restoreExpansion();
    void reselectReportedScope();
    void setState(State state, const QString &text);
    void setResultStale(bool stale);
    QString shownDescription() const;
    void scheduleRun(int delayMs);
    void runNow();
    void showResult(const ReportResult &result);
    void showComparison(const ReportResult &compared);
    QComboBox *createComparisonBox(QWidget *parent);
    void comparisonKindChanged();
    void setChangeColumnsVisible(bool visible);
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
    QStringList chartCaptionOf(ResultTab chart, const TrendChartWidget &trendChart,
                               const MixChartWidget &mixChart) const;
    void exportPdfInteractive();
    void printInteractive();
    static QString recipeFilter();
    void createRecipeActions();
    void fillRecentRecipes();
    void openRecipeInteractive();
    void saveRecipeInteractive();
    void openDrillDown(const QModelIndex &proxyIndex);
    void updateBreakdowns();

    std::optional<DatabaseUrl> m_database;
    std::optional<ReportRequest> m_scope; // the selected scope; dates filled when it runs
    std::optional<ReportResult> m_result;
    QList<QPointer<BreakdownDialog>> m_breakdowns; // the open accounts dialogs
    bool m_pageActive = true;
    bool m_trendStale = false; // m_result is not drawn in the trend chart yet
    bool m_mixStale = false;
    State m_state = State::NoDatabase;
    std::pair<State, QString> m_beforeImport;
    bool m_resultStale = false; // m_result is shown greyed: a newer one is computing or failed
    bool m_filteringScopes = false; // selection changes of the search are no picks
    QString m_scopeSearch;
    QStringList m_expandedBeforeSearch; // node keys, restored when the search is cleared

    ReportRunner *m_runner;
    LatestResult<Result<ScopeCatalog>> m_catalog;
    QTimer m_runTimer;

    ScopeTreeModel *m_scopeModel;
    ScopeFilterProxy *m_scopeProxy;
    QTreeView *m_scopeView = nullptr;
    ColumnFitter *m_scopeFitter = nullptr;
    QLineEdit *m_scopeFilter = nullptr;
    QLabel *m_status = nullptr;
    DateRangeSelector *m_range = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QComboBox *m_compareBox = nullptr;
    MessageBanner *m_banner = nullptr;
    HeadlineWidget *m_headline = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProductTableModel *m_productModel;
    ProductSortProxy *m_productProxy;
    QTableView *m_productView = nullptr;
    ColumnFitter *m_productFitter = nullptr;
    QLineEdit *m_productFilter = nullptr;
    ChannelTableModel *m_channelModel;
    ReportSortProxy *m_channelProxy;
    QTableView *m_channelView = nullptr;
    ColumnFitter *m_channelFitter = nullptr;
    TrendChartWidget *m_trend = nullptr;
    MixChartWidget *m_mix = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_drillDownAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportByChannelAction = nullptr;
    QAction *m_saveChartAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_recipeSeparator = nullptr;
    QAction *m_openRecipeAction = nullptr;
    QAction *m_saveRecipeAction = nullptr;
    QMenu *m_recentRecipesMenu = nullptr;
    int m_recipeTab = -1; // the tab of the recipe opened last, until its result is shown
    QAction *m_copyAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_findScopeAction = nullptr;
    QAction *m_toolBarSeparator = nullptr;
};

} // namespace cs
