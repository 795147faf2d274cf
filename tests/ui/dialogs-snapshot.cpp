// Saves pictures of the report's save dialog with its export profiles, the recent report
// recipes in the File menu, the accounts dialog, an
// account's daily usage, the billing export page's states and the import dialog (a dataset folder
// read, imported, and with a bad row), for looking at what the analyst sees (not a test):
//   dialogs-snapshot OUTDIR SQLITE-FILE GROUP FROM TO [CURRENCY [DATASET-DIR]]
// The database is changed (export folder setting, export runs): pass a copy. The pictures show
// folders made in OUTDIR (Reports, DATASET-resent) and the database's path: put both where an
// analyst would keep them.
#include "config/configuration.h"
#include "db/connection.h"
#include "export/exportpage.h"
#include "export/exportpreviewmodel.h"
#include "i18n/translations.h"
#include "import/importdialog.h"
#include "main/mainwindow.h"
#include "report/accountdaysdialog.h"
#include "report/breakdowndialog.h"
#include "report/daterangeselector.h"
#include "report/headlinewidget.h"
#include "report/producttablemodel.h"
#include "report/reportexport.h"
#include "report/reportsortproxy.h"
#include "report/usagepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace cs;

namespace {

void save(QWidget *widget, const QDir &out, const QString &name)
{
    QApplication::processEvents();
    const QString path = out.filePath(name);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot save %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

bool waitFor(const std::function<bool()> &done, int ms = 600'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(50);
    }
    return true;
}

// Opens the accounts of the first product line in `currency` (any with an empty one).
BreakdownDialog *openAccounts(MainWindow &window, const QString &currency)
{
    ReportSortProxy *proxy = window.productProxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (!currency.isEmpty()
            && proxy->index(row, ProductTableModel::Currency).data().toString() != currency)
            continue;
        window.productView()->setCurrentIndex(proxy->index(row, 0));
        for (QAction *action : window.usagePage()->reportActions()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D))
                action->trigger();
        }
        auto *dialog = window.findChild<BreakdownDialog *>();
        QSignalSpy finished(dialog, &BreakdownDialog::finished);
        return finished.wait(600'000) ? dialog : nullptr;
    }
    return nullptr;
}

// The import dialog on `dataset` (imported into the window's database), then on a copy whose
// usage.csv has a bad third line.
int snapshotImport(MainWindow &window, const QDir &out, const QString &dataset)
{
    window.pages()->setCurrentWidget(window.usagePage());
    ImportDialog *dialog = window.openImportDialog();
    dialog->show();
    QSignalSpy previewed(dialog, &ImportDialog::previewFinished);
    dialog->setFolder(dataset);
    previewed.wait(600'000);
    save(dialog, out, QStringLiteral("import-preview.png"));
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    dialog->importButton()->click();
    QTest::qWait(400);
    save(dialog, out, QStringLiteral("import-running.png"));
    finished.wait(600'000);
    save(dialog, out, QStringLiteral("import-done.png"));

    // a second delivery of the dataset, beside the pictures (a folder name an analyst would use)
    const QDir bad(out.filePath(QDir(dataset).dirName() + QStringLiteral("-resent")));
    if (!bad.mkpath(QStringLiteral(".")))
        return 1;
    const QDir source(dataset);
    for (const QString &name : source.entryList({ QStringLiteral("*.csv") }, QDir::Files)) {
        QFile::remove(bad.filePath(name));
        QFile::copy(source.filePath(name), bad.filePath(name));
    }
    QFile usage(bad.filePath(QStringLiteral("usage.csv")));
    QByteArray lines = usage.open(QIODevice::ReadOnly) ? usage.readAll() : QByteArray();
    usage.close();
    QList<QByteArray> rows = lines.split('\n');
    if (rows.size() > 2)
        rows[2] = rows[2].left(rows[2].lastIndexOf(',')) + ",-5";
    if (!usage.open(QIODevice::WriteOnly | QIODevice::Truncate) || usage.write(rows.join('\n')) < 0
        || !usage.flush())
        return 1;
    usage.close();
    previewed.clear();
    dialog->setFolder(bad.path());
    previewed.wait(600'000);
    finished.clear();
    dialog->importButton()->click();
    finished.wait(600'000);
    save(dialog, out, QStringLiteral("import-bad-row.png"));
    return 0;
}

// File > Export Report's dialog with "CSV for Excel" picked among the profiles.
void snapshotSaveDialog(MainWindow &window, const QDir &out)
{
    QTimer::singleShot(0, &window, [out] {
        QFileDialog *dialog = nullptr;
        waitFor(
            [&dialog] {
                dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                return dialog != nullptr;
            },
            30'000);
        if (!dialog)
            return;
        // a folder of earlier exports beside the pictures, not wherever the tool runs
        const QDir reports(out.filePath(QStringLiteral("Reports")));
        reports.mkpath(QStringLiteral("."));
        for (const char *name :
             { "NIMBUS_2026-08-01_2026-08-31.csv", "NIMBUS_2026-09-01_2026-09-30.csv",
               "NIMBUS_2026-09-01_2026-09-30.xlsx" }) {
            QFile file(reports.filePath(QString::fromLatin1(name)));
            (void)file.open(QIODevice::WriteOnly);
        }
        dialog->setDirectory(reports);
        dialog->resize(860, 480);
        QTest::qWait(500); // the folder is listed in the background
        dialog->selectNameFilter(ReportExport::profileFilter(ExportProfile::ExcelCsv));
        save(dialog, out, QStringLiteral("export-profiles.png"));
        dialog->reject();
    });
    QAction *exportReport = window.usagePage()->fileActions().first(); // Export Report
    waitFor([exportReport] { return exportReport->isEnabled(); }, 60'000);
    exportReport->trigger();
}

// The File menu with the recent report recipes open, over the window, after the report was
// saved as a recipe in OUTDIR/Reports and opened again.
bool snapshotRecipes(MainWindow &window, const QDir &out)
{
    UsagePage *page = window.usagePage();
    const QDir reports(out.filePath(QStringLiteral("Reports")));
    reports.mkpath(QStringLiteral("."));
    const ReportRecipe recipe = page->currentRecipe();
    const QString path = reports.filePath(recipe.code + QStringLiteral("_quarter.json"));
    if (!page->saveRecipe(path) || !page->openRecipe(path))
        return false;
    QTest::qWait(500);
    QMenu *file = window.menuBar()->actions().first()->menu();
    file->popup(window.mapToGlobal(window.menuBar()->geometry().bottomLeft()));
    QMenu *recent = page->recentRecipesMenu();
    file->setActiveAction(recent->menuAction());
    const QRect item = file->actionGeometry(recent->menuAction());
    recent->popup(file->mapToGlobal(item.topRight()));
    QTest::qWait(300);
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    for (QMenu *menu : { file, recent })
        painter.drawPixmap(window.mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))), menu->grab());
    painter.end();
    recent->close();
    file->close();
    const QString target = out.filePath(QStringLiteral("report-recipes.png"));
    if (!picture.save(target))
        return false;
    std::printf("%s\n", qPrintable(target));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelScopeSnapshot"));
    Translations::install(app);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: dialogs-snapshot OUTDIR SQLITE-FILE GROUP FROM TO [CUR]\n");
        return 2;
    }
    const QDir out(args.at(1));
    const DatabaseUrl url = DatabaseUrl::sqlite(args.at(2));
    QTemporaryDir exportDir;
    {
        auto db = Connection::open(url);
        if (!db
            || !Configuration::setValue(**db, Configuration::ExportDirectory, exportDir.path())) {
            std::fprintf(stderr, "cannot set the export folder\n");
            return 1;
        }
    }
    MainWindow window;
    window.resize(1280, 800);
    window.rangeSelector()->setCustomRange(QDate::fromString(args.at(4), Qt::ISODate),
                                           QDate::fromString(args.at(5), Qt::ISODate));
    window.show();
    QSignalSpy shown(&window, &MainWindow::reportShown);
    window.openDatabase(url);
    if (!shown.wait(600'000))
        return 1;
    const auto &firstResult = window.currentResult();
    if (!firstResult || firstResult->request.code != args.at(3)) {
        shown.clear();
        window.selectScope(ReportScope::BillingGroup, args.at(3));
        if (!shown.wait(600'000))
            return 1;
    }
    snapshotSaveDialog(window, out);
    // the headline says "comparing…" until the comparison is in
    if (!QTest::qWaitFor([&] { return !window.headline()->plainText().contains(u'\u2026'); },
                         600'000))
        return 1;
    if (!window.usagePage()->exportPdf(out.filePath(QStringLiteral("report.pdf")), QPageSize::A4))
        return 1;
    if (!snapshotRecipes(window, out))
        return 1;
    BreakdownDialog *accounts = openAccounts(window, args.value(6));
    if (!accounts)
        return 1;
    accounts->view()->selectRow(0);
    save(accounts, out, QStringLiteral("accounts.png"));
    const QString code = accounts->view()->model()->index(0, 0).data().toString();
    AccountDaysDialog *days = accounts->openDays(code);
    QSignalSpy daysDone(days, &AccountDaysDialog::finished);
    daysDone.wait(600'000);
    save(days, out, QStringLiteral("account-days.png"));
    days->close();
    accounts->close();

    // the billing export page: missed days, then a run for one checked channel
    window.pages()->setCurrentWidget(window.exportPage());
    ExportPage *page = window.exportPage();
    waitFor([page] { return page->state() && page->previewView()->isEnabled(); });
    save(&window, out, QStringLiteral("export-missed.png"));
    page->previewModel()->setAllChecked(false);
    const QString first = page->previewModel()->index(0, 0).data().toString();
    page->previewModel()->setChecked(first, true);
    QSignalSpy done(page, &ExportPage::runsDone);
    page->runExport();
    done.wait(600'000);
    QSignalSpy loadedAgain(page, &ExportPage::stateLoaded);
    loadedAgain.wait(60'000);
    save(&window, out, QStringLiteral("export-partial.png"));

    // a catch-up cancelled at its first day
    page->previewModel()->setAllChecked(true);
    done.clear();
    page->runMissedDays();
    QTest::qWait(300);
    page->cancelExport();
    done.wait(600'000);
    loadedAgain.wait(60'000);
    save(&window, out, QStringLiteral("export-cancelled.png"));
    return args.size() > 7 ? snapshotImport(window, out, args.at(7)) : 0;
}
