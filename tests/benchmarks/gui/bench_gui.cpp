// GUI responsiveness while a report runs, and the time to build the trend chart.
//   bench_gui DB-URL [GROUP-CODE [FROM TO]]
// Runs the real main window (offscreen unless QT_QPA_PLATFORM says otherwise), starts the report
// of a billing group (the first one unless given) over FROM..TO (default: the year up to
// 2026-06-30, where tests/benchmarks/make-demo-db.sh ends its data) and measures the event loop
// with a 10 ms timer: the largest gap between ticks while the report computes, and the time the
// GUI thread takes to put the result on screen. Then it times a full-year daily trend chart of
// 40 products (with day-to-day noise) built from a result in memory and drawn once.
#include "main/mainwindow.h"
#include "report/daterangeselector.h"
#include "report/reportrunner.h"
#include "report/scopetreemodel.h"
#include "report/trendchartwidget.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace cs;

namespace {

// With BENCH_GUI_VERBOSE: names every event that kept the GUI thread busy for over 10 ms, and
// every paint (also inside another event) over 2 ms.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_verbose || (m_depth > 0 && event->type() != QEvent::Paint))
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const int type = event->type();
        const QByteArray name = receiver->metaObject()->className();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 us = timer.nsecsElapsed() / 1000;
        --m_depth;
        if (us > 10'000 || (type == QEvent::Paint && us > 2'000))
            std::printf("  %sevent %d to %s took %.1f ms\n", m_depth > 0 ? "  nested " : "", type,
                        name.constData(), double(us) / 1000);
        return handled;
    }

private:
    const bool m_verbose = qEnvironmentVariableIsSet("BENCH_GUI_VERBOSE");
    int m_depth = 0;
};

ReportResult fortyProducts()
{
    ReportResult r;
    r.request = { ReportScope::BillingGroup, QStringLiteral("G"), QDate(2025, 7, 1),
                  QDate(2026, 6, 30), QStringLiteral("UTC") };
    for (int p = 0; p < 40; ++p) {
        ReportLine line;
        line.productCode = QStringLiteral("P%1").arg(p, 2, 10, QLatin1Char('0'));
        line.productName = line.productCode;
        line.uom = QStringLiteral("Hours");
        line.currency = QStringLiteral("USD");
        line.usage = Decimal::fromInteger(365);
        line.spend = Decimal::fromUnits(365 * (p + 1) * 137, 2);
        r.productLines.append(line);
        for (QDate d = r.request.from; d <= r.request.to; d = d.addDays(1)) {
            // day-to-day noise like real usage (a smooth series is cheaper to draw)
            const qint64 noise = (qint64(d.toJulianDay()) * 7919 + p * 104729) % 211;
            r.daily.append({ d, line.productCode, line.currency, Decimal::fromInteger(1),
                             Decimal::fromUnits((p + 1) * (100 + noise), 2) });
        }
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_gui DB-URL [GROUP-CODE [FROM TO]]\n");
        return 2;
    }
    const QDate from
        = args.size() > 4 ? QDate::fromString(args.at(3), Qt::ISODate) : QDate(2025, 7, 1);
    const QDate to
        = args.size() > 4 ? QDate::fromString(args.at(4), Qt::ISODate) : QDate(2026, 6, 30);

    MainWindow window;
    window.resize(1400, 860);
    window.rangeSelector()->setCustomRange(from, to);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    QSignalSpy shown(&window, &MainWindow::reportShown);
    window.openDatabase(args.at(1));
    if (!loaded.wait(60'000) || !loaded.first().first().toBool()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(window.bannerText()));
        return 1;
    }
    // the window starts a report of the remembered or first scope at once: let it finish
    window.runner()->cancel();
    shown.clear();

    QString group = args.size() > 2 ? args.at(2) : QString();
    if (group.isEmpty() && !window.scopeModel()->catalog().groups.isEmpty())
        group = window.scopeModel()->catalog().groups.first().code;

    // the event-loop probe
    QElapsedTimer clock;
    QList<qint64> tickAt; // microseconds since start
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] { tickAt.append(clock.nsecsElapsed() / 1000); });
    qint64 resultArrivedUs = -1;
    qint64 resultShownUs = -1;
    QObject::connect(window.runner(), &ReportRunner::progressChanged, [&](int value) {
        if (value == 100 && resultArrivedUs < 0)
            resultArrivedUs = clock.nsecsElapsed() / 1000;
    });
    QObject::connect(&window, &MainWindow::reportShown,
                     [&] { resultShownUs = clock.nsecsElapsed() / 1000; });

    window.resultTabs()->setCurrentIndex(
        qEnvironmentVariableIntValue("BENCH_GUI_TAB")); // drawn on arrival
    clock.start();
    probe.start();
    tickAt.append(0);
    if (!window.selectScope(ReportScope::BillingGroup, group)) {
        std::fprintf(stderr, "no billing group %s\n", qPrintable(group));
        return 1;
    }
    if (!window.isReportRunning()) // it was selected already
        window.refresh();
    if (!shown.wait(1'800'000)) {
        std::fprintf(stderr, "no report: %s\n", qPrintable(window.bannerText()));
        return 1;
    }
    QSignalSpy compared(&window, &MainWindow::comparisonShown);
    compared.wait(600'000);
    QCoreApplication::processEvents();
    probe.stop();

    qint64 maxComputing = 0;
    qint64 maxOverall = 0;
    QList<qint64> gaps;
    for (qsizetype i = 1; i < tickAt.size(); ++i) {
        const qint64 gap = tickAt.at(i) - tickAt.at(i - 1);
        gaps.append(gap);
        maxOverall = std::max(maxOverall, gap);
        if (tickAt.at(i) <= resultArrivedUs)
            maxComputing = std::max(maxComputing, gap);
    }
    if (qEnvironmentVariableIsSet("BENCH_GUI_VERBOSE")) {
        for (qsizetype i = 1; i < tickAt.size(); ++i) {
            const qint64 gap = tickAt.at(i) - tickAt.at(i - 1);
            if (gap > 30'000)
                std::printf(
                    "  gap %.1f ms ending at %.1f ms (result arrived at %.1f, shown at %.1f)\n",
                    double(gap) / 1000, double(tickAt.at(i)) / 1000, double(resultArrivedUs) / 1000,
                    double(resultShownUs) / 1000);
        }
    }
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
    const auto &result = *window.currentResult();
    std::printf("billing group %s, %s..%s: %lld product lines, %lld channel lines, %lld daily "
                "points\n",
                qPrintable(group), qPrintable(from.toString(Qt::ISODate)),
                qPrintable(to.toString(Qt::ISODate)), qint64(result.productLines.size()),
                qint64(result.channelLines.size()), qint64(result.daily.size()));
    std::printf("report computed in the background: %.0f ms\n", double(resultArrivedUs) / 1000);
    std::printf("event loop while computing: %lld ticks, max gap %.1f ms, p99 gap %.1f ms\n",
                qint64(gaps.size()), double(maxComputing) / 1000, double(p99) / 1000);
    std::printf("putting the result on screen (tables, headline, trend and mix charts): %.1f ms\n",
                double(resultShownUs - resultArrivedUs) / 1000);
    std::printf("max gap overall, including that and the previous-period comparison: %.1f ms\n",
                double(maxOverall) / 1000);

    // a full-year daily chart of 40 products, from a result in memory
    const ReportResult forty = fortyProducts();
    TrendChartWidget chart;
    chart.resize(1100, 650);
    chart.show();
    QList<qint64> runs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        chart.setResult(forty);
        const qint64 built = t.nsecsElapsed();
        chart.chartView()->grab();
        if (qEnvironmentVariableIsSet("BENCH_GUI_VERBOSE"))
            std::printf("  run %d: built %.1f ms, drawn %.1f ms\n", run, double(built) / 1e6,
                        double(t.nsecsElapsed() - built) / 1e6);
        runs.append(t.nsecsElapsed() / 1000);
    }
    std::sort(runs.begin(), runs.end());
    std::printf("full-year daily trend chart of 40 products, built and drawn: median %.1f ms, "
                "max %.1f ms (5 runs)\n",
                double(runs.at(2)) / 1000, double(runs.last()) / 1000);
    return 0;
}
