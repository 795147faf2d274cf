#pragma once

#include "db/databaseurl.h"
#include "report/usagepage.h"
#include "util/result.h"

#include <QMainWindow>

#include <optional>

class QTabWidget;

namespace cs {

class ExportPage;
class ImportDialog;

// The main window: the menus, the toolbar, the status bar and the pages of its central widget,
// "Usage and spend" (UsagePage) and "Billing export" (ExportPage); more can be added with
// addPage(). It opens the database (the connection dialog, the demo database, the settings) and
// hands it to every page. The accessors of the usage page are forwarded, for the tests and
// channelscope's --screenshot drive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Adds a page (the billing export, for example); the page bar shows once there are two.
    int addPage(QWidget *page, const QString &title);

    // Opens a database on every page: the usage page reads its scope tree in the background,
    // then reselects the last scope and runs the report. Errors show in the usage page's banner.
    void openDatabase(const DatabaseUrl &url);
    // Same with channelscope-cli's --db syntax.
    void openDatabase(const QString &databaseUrl);
    std::optional<DatabaseUrl> database() const { return m_database; }

    // The "Usage and spend" and "Billing export" pages, and the tab widget that holds the pages.
    UsagePage *usagePage() const { return m_usagePage; }
    ExportPage *exportPage() const { return m_exportPage; }
    QTabWidget *pages() const { return m_pages; }
    QAction *importAction() const { return m_importAction; }

    // Forwarded to the usage page.
    bool selectScope(ReportScope scope, const QString &code)
    {
        return m_usagePage->selectScope(scope, code);
    }
    DateRangeSelector *rangeSelector() const { return m_usagePage->rangeSelector(); }
    const std::optional<ReportResult> &currentResult() const
    {
        return m_usagePage->currentResult();
    }
    QString bannerText() const { return m_usagePage->bannerText(); }
    bool isReportRunning() const { return m_usagePage->isReportRunning(); }
    ReportRunner *runner() const { return m_usagePage->runner(); }
    ScopeTreeModel *scopeModel() const { return m_usagePage->scopeModel(); }
    ScopeFilterProxy *scopeProxy() const { return m_usagePage->scopeProxy(); }
    ProductTableModel *productModel() const { return m_usagePage->productModel(); }
    ProductSortProxy *productProxy() const { return m_usagePage->productProxy(); }
    ChannelTableModel *channelModel() const { return m_usagePage->channelModel(); }
    ReportSortProxy *channelProxy() const { return m_usagePage->channelProxy(); }
    QTableView *productView() const { return m_usagePage->productView(); }
    TrendChartWidget *trendChart() const { return m_usagePage->trendChart(); }
    HeadlineWidget *headline() const { return m_usagePage->headline(); }
    QTabWidget *resultTabs() const { return m_usagePage->resultTabs(); }
    QAction *cancelAction() const { return m_usagePage->cancelAction(); }
    Status exportCsv(const QString &path, bool byChannel) const
    {
        return m_usagePage->exportCsv(path, byChannel);
    }
    Status saveChart(const QString &path) { return m_usagePage->saveChart(path); }
    QString selectedRowsText(QTableView *view) const { return m_usagePage->selectedRowsText(view); }

public Q_SLOTS:
    void refresh();
    // Creates the demo database (unless it exists) and opens it; the usage page's status line
    // shows the progress.
    void openDemoDatabase();
    // File > Import Dataset...: the import dialog over the open database (modal); the report
    // and the channels are read again after an import.
    ImportDialog *openImportDialog();

Q_SIGNALS:
    // Forwarded from the usage page.
    void catalogLoaded(bool ok);
    // A result was put on screen (tables, charts and headline).
    void reportShown();
    // A report failed or was canceled; the banner says why.
    void reportFailed(const QString &message);
    void comparisonShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectUsagePage();
    void createActions();
    void createPageMenu(QMenu *help);
    void updateActions();
    void openConnectionDialog();
    void openSettingsDialog();

    std::optional<DatabaseUrl> m_database;

    QTabWidget *m_pages;
    UsagePage *m_usagePage;
    ExportPage *m_exportPage;

    QAction *m_openAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace cs
