#include "mainwindow.h"

#include "common/preferences.h"
#include "connection/connectiondialog.h"
#include "connection/firststart.h"
#include "export/exportpage.h"
#include "import/importdialog.h"
#include "report/reportrunner.h"
#include "settings/settingsdialog.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>

namespace cs {

namespace {

// The page shown last ("usage" or "billing-export"), shown again at the next start.
const Preference<QString> lastPage { QStringLiteral("window/page"), QStringLiteral("usage") };
const QString BillingExportPageId = QStringLiteral("billing-export");

// Line edits and date edits take Ctrl+E (end of line), Ctrl+D (delete) and other keys of the
// window's shortcuts in a ShortcutOverride: this filter lets those go to the window's actions,
// leaving the text keys (copy, cut, paste, undo, redo, select all) to the edit.
class WindowShortcutKeeper : public QObject
{
public:
    explicit WindowShortcutKeeper(QMainWindow *window)
        : QObject(window)
        , m_window(window)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != m_window
            || !(qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)))
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) || isTextKey(key))
            return false;
        const QKeySequence pressed(key->keyCombination());
        const auto actions = m_window->findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->isEnabled() && action->shortcuts().contains(pressed))
                return true; // not accepted: the shortcut runs
        }
        return false;
    }

private:
    static bool isTextKey(const QKeyEvent *key)
    {
        for (QKeySequence::StandardKey text :
             { QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
               QKeySequence::Redo, QKeySequence::SelectAll }) {
            if (key->matches(text))
                return true;
        }
        return false;
    }

    QMainWindow *m_window;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QTabWidget(this))
{
    setWindowTitle(tr("ChannelScope"));
    m_pages->setTabBarAutoHide(true);
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    m_usagePage = new UsagePage(m_pages);
    addPage(m_usagePage, tr("Usage and spend"));
    m_exportPage = new ExportPage(m_pages);
    addPage(m_exportPage, tr("Billing export"));
    connectUsagePage();
    createActions();
    if (lastPage.get() == BillingExportPageId)
        m_pages->setCurrentWidget(m_exportPage);
    m_usagePage->setPageActive(m_pages->currentWidget() == m_usagePage);
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        m_usagePage->setPageActive(m_pages->currentWidget() == m_usagePage);
        lastPage.set(m_pages->currentWidget() == m_exportPage ? BillingExportPageId
                                                              : QStringLiteral("usage"));
    });

    resize(1280, 800);
    restoreGeometry(Preferences::windowGeometry.get());
    restoreState(Preferences::windowState.get());
    updateActions();
    // The shortcuts of the window's menus work in its line edits and date edits too.
    qApp->installEventFilter(new WindowShortcutKeeper(this));
}

MainWindow::~MainWindow()
{
    m_usagePage->disconnect(this);
}

int MainWindow::addPage(QWidget *page, const QString &title)
{
    return m_pages->addTab(page, title);
}

void MainWindow::connectUsagePage()
{
    connect(m_usagePage, &UsagePage::catalogLoaded, this, &MainWindow::catalogLoaded);
    connect(m_usagePage, &UsagePage::reportShown, this, &MainWindow::reportShown);
    connect(m_usagePage, &UsagePage::reportFailed, this, &MainWindow::reportFailed);
    connect(m_usagePage, &UsagePage::comparisonShown, this, &MainWindow::comparisonShown);
    connect(m_usagePage, &UsagePage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_usagePage, &UsagePage::databaseRequested, this, [this] {
        if (m_database)
            openDatabase(*m_database);
        else
            openConnectionDialog();
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QMenu *report = menuBar()->addMenu(tr("&Report"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_openAction
        = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
                          tr("&Open Connection\u2026"), this, &MainWindow::openConnectionDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &Demo Database"), this, &MainWindow::openDemoDatabase);
    m_importAction = file->addAction(tr("&Import Dataset\u2026"), this, [this] {
        if (ImportDialog *dialog = openImportDialog())
            dialog->open();
    });
    m_settingsAction
        = file->addAction(tr("&Settings\u2026"), this, &MainWindow::openSettingsDialog);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addActions(m_usagePage->fileActions());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    edit->addActions(m_usagePage->editActions());
    report->addActions(m_usagePage->reportActions());
    createPageMenu(help);

    help->addAction(tr("&About ChannelScope"), this, [this] {
        QMessageBox::about(this, tr("About ChannelScope"),
                           tr("<b>ChannelScope %1</b><p>Channel usage and spend reports.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    toolBar->addAction(m_openAction);
    toolBar->addActions(m_usagePage->toolBarActions());
}

// The "Billing Export" menu, before Help: switches the pages and holds the export page's actions.
void MainWindow::createPageMenu(QMenu *help)
{
    QMenu *billingExport = menuBar()->addMenu(tr("&Billing Export"));
    menuBar()->insertMenu(help->menuAction(), billingExport);
    QAction *showUsage = billingExport->addAction(
        tr("Show &Usage and Spend"), this, [this] { m_pages->setCurrentWidget(m_usagePage); });
    showUsage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *showExport = billingExport->addAction(
        tr("Show &Billing Export"), this, [this] { m_pages->setCurrentWidget(m_exportPage); });
    showExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    billingExport->addSeparator();
    for (QAction *action : m_exportPage->menuActions()) {
        billingExport->addAction(action);
        // the shortcuts work on every page: show what they do
        connect(action, &QAction::triggered, this,
                [this] { m_pages->setCurrentWidget(m_exportPage); });
    }
}

void MainWindow::openDatabase(const QString &databaseUrl)
{
    const auto url = DatabaseUrl::parse(databaseUrl);
    if (!url) {
        m_usagePage->showBanner(tr("Cannot open %1: %2").arg(databaseUrl, url.errorString()), true);
        return;
    }
    openDatabase(*url);
}

void MainWindow::openDatabase(const DatabaseUrl &url)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_database = url;
    m_exportPage->setDatabase(url);
    setWindowTitle(tr("%1 \u2013 ChannelScope").arg(url.toDisplayString()));
    m_usagePage->setDatabase(url);
    updateActions();
}

void MainWindow::refresh()
{
    m_usagePage->refresh();
}

void MainWindow::updateActions()
{
    m_settingsAction->setEnabled(m_database.has_value());
    m_importAction->setEnabled(m_database.has_value());
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog dialog(this);
    if (m_database)
        dialog.setDatabaseUrl(*m_database);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.databaseUrl());
}

void MainWindow::openSettingsDialog()
{
    if (!m_database)
        return;
    SettingsDialog dialog(*m_database, this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(*m_database); // the business time zone may have changed
}

ImportDialog *MainWindow::openImportDialog()
{
    if (!m_database)
        return nullptr;
    auto *dialog = new ImportDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this](bool imported) {
        if (imported && m_database)
            openDatabase(*m_database); // new channels, products and days
    });
    return dialog;
}

void MainWindow::openDemoDatabase()
{
    m_usagePage->showImportProgress(0);
    QProgressDialog *progress = FirstStart::createDemoDatabase(
        this,
        [this](const Result<DatabaseUrl> &url) {
            if (!url) {
                m_usagePage->showBanner(
                    tr("The demo database could not be created: %1").arg(url.errorString()), true);
                m_usagePage->endImport();
                return;
            }
            openDatabase(*url);
        },
        {}, [this](int percent) { m_usagePage->showImportProgress(percent); });
    if (progress) {
        // canceled or gone without a database: the page is back to what it was
        connect(progress, &QProgressDialog::canceled, m_usagePage, &UsagePage::endImport);
        connect(progress, &QObject::destroyed, m_usagePage, &UsagePage::endImport);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Preferences::windowGeometry.set(saveGeometry());
    Preferences::windowState.set(saveState());
    m_usagePage->runner()->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace cs
