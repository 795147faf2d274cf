// Saves pictures of the main window's tabs, for looking at what the analyst sees:
//   ui-snapshot OUTDIR [DB-URL [channel|group CODE [FROM TO]]]
// then, at 1280x800, the window while the report of the last 12 months computes over the shown
// one (stale.png) and with the range presets open (presets.png). In the language of the locale.
// Without a database it seeds a small one in a temporary folder. Not a test.
#include "db/connection.h"
#include "i18n/translations.h"
#include "main/mainwindow.h"
#include "report/daterangeselector.h"
#include "report/reportrunner.h"
#include "report/usagepage.h"
#include "uitestdata.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using namespace cs;

namespace {

void saveInteractionPictures(MainWindow &window, const QDir &out)
{
    window.resize(1280, 800);
    window.resultTabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    QObject::connect(
        window.runner(), &ReportRunner::started, &window,
        [&window, &out] { window.grab().save(out.filePath(QStringLiteral("stale.png"))); },
        Qt::SingleShotConnection);
    QSignalSpy shown(&window, &MainWindow::reportShown);
    window.rangeSelector()->setPreset(RangePreset::Last12Months);
    shown.wait(600'000);
    auto *presets = window.rangeSelector()->findChild<QComboBox *>();
    presets->showPopup();
    QCoreApplication::processEvents();
    QImage picture = window.grab().toImage();
    QWidget *popup = presets->view()->window();
    QPainter painter(&picture);
    painter.drawPixmap(window.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    painter.end();
    picture.save(out.filePath(QStringLiteral("presets.png")));
    presets->hidePopup();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(app);
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
    saveInteractionPictures(window, out);
    return 0;
}
