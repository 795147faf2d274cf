// Saves pictures of the main window's tabs, for looking at what the analyst sees:
//   ui-snapshot OUTDIR [DB-URL [channel|group CODE [FROM TO]]]
// Without a database it seeds a small one in a temporary folder. Not a test.
#include "db/connection.h"
#include "main/mainwindow.h"
#include "report/daterangeselector.h"
#include "report/usagepage.h"
#include "uitestdata.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using namespace cs;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: ui-snapshot OUTDIR [DB-URL [channel|group CODE [FROM TO]]]\n");
        return 2;
    }
    const QDir out(args.at(1));
    QTemporaryDir temp;
    DatabaseUrl url = DatabaseUrl::sqlite(temp.filePath(QStringLiteral("seed.sqlite")));
    if (args.size() > 2) {
        auto parsed = DatabaseUrl::parse(args.at(2));
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.errorString()));
            return 1;
        }
        url = *parsed;
    } else {
        auto db = Connection::open(url);
        if (!db || !test::seedReportData(**db)) {
            std::fprintf(stderr, "cannot seed\n");
            return 1;
        }
    }
    MainWindow window;
    window.resize(1400, 860);
    if (args.size() > 6)
        window.rangeSelector()->setCustomRange(QDate::fromString(args.at(5), Qt::ISODate),
                                               QDate::fromString(args.at(6), Qt::ISODate));
    else if (args.size() <= 2)
        window.rangeSelector()->setCustomRange(QDate(2026, 10, 1), QDate(2026, 10, 31));
    window.show();
    QSignalSpy shown(&window, &MainWindow::reportShown);
    QSignalSpy compared(&window, &MainWindow::comparisonShown);
    window.openDatabase(url);
    if (!shown.wait(600'000)) {
        std::fprintf(stderr, "no report: %s\n", qPrintable(window.bannerText()));
        return 1;
    }
    if (args.size() > 4) {
        shown.clear();
        window.selectScope(args.at(3) == QLatin1StringView("group") ? ReportScope::BillingGroup
                                                                    : ReportScope::Channel,
                           args.at(4));
        if (!window.isReportRunning()) // it was selected already
            window.refresh();
        if (!shown.wait(600'000)) {
            std::fprintf(stderr, "no report: %s\n", qPrintable(window.bannerText()));
            return 1;
        }
    }
    compared.wait(60'000);
    const char *names[] = { "products", "channels", "trend", "mix" };
    for (int tab = 0; tab < 4; ++tab) {
        window.resultTabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        window.grab().save(out.filePath(QLatin1StringView(names[tab]) + QStringLiteral(".png")));
    }
    // what Save Chart as PNG writes, caption included
    for (const int tab : { int(UsagePage::TrendTab), int(UsagePage::MixTab) }) {
        window.resultTabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const Status saved = window.saveChart(
            out.filePath(QLatin1StringView(names[tab]) + QStringLiteral("-saved.png")));
        if (!saved)
            std::fprintf(stderr, "%s\n", qPrintable(saved.errorString()));
    }
    return 0;
}
