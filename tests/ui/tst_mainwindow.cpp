#include "common/localeformat.h"
#include "db/connection.h"
#include "main/mainwindow.h"
#include "report/accounttablemodel.h"
#include "report/breakdowndialog.h"
#include "report/channeltablemodel.h"
#include "report/chartdata.h"
#include "report/daterangeselector.h"
#include "report/headlinewidget.h"
#include "report/producttablemodel.h"
#include "report/reportcsv.h"
#include "report/reportengine.h"
#include "report/reportexport.h"
#include "report/reportroles.h"
#include "report/reportrunner.h"
#include "report/reportsortproxy.h"
#include "report/scopetreemodel.h"
#include "report/trendchartwidget.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLegend>
#include <QLegendMarker>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cs;

namespace {

using test::ReportTimeoutMs;

ReportRequest request(ReportScope scope, const QString &code)
{
    ReportRequest r;
    r.scope = scope;
    r.code = code;
    r.from = QDate(2026, 10, 1);
    r.to = QDate(2026, 10, 31);
    return r;
}

ReportResult engineResult(const ReportRequest &r)
{
    auto connection = Connection::open(test::lastDatabaseUrl());
    if (!connection)
        qFatal("cannot open: %s", qPrintable(connection.errorString()));
    ReportEngine engine(**connection);
    auto result = engine.run(r);
    if (!result)
        qFatal("report failed: %s", qPrintable(result.errorString()));
    return *result;
}

// Distinct accounts per channel code of a billing group with a usage record overlapping
// from..to (UTC days, the test database's business zone), counted by SQL straight from the raw
// records, independently of the report engine.
QMap<QString, qint64> accountsBySql(const QString &group, QDate from, QDate to)
{
    auto connection = Connection::open(test::lastDatabaseUrl());
    if (!connection)
        qFatal("cannot open: %s", qPrintable(connection.errorString()));
    auto q
        = (*connection)
              ->exec(QStringLiteral(
                         "SELECT c.code, COUNT(DISTINCT u.account_id) FROM usage_record u JOIN "
                         "account a ON a.id = u.account_id JOIN channel c ON c.id = a.channel_id "
                         "JOIN billing_group g ON g.id = c.billing_group_id WHERE g.code = ? AND "
                         "u.start_at < ? AND u.end_at > ? GROUP BY c.code"),
                     { group,
                       QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
                       QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() });
    if (!q)
        qFatal("cannot count: %s", qPrintable(q.errorString()));
    QMap<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    return counts;
}

qint64 sum(const QMap<QString, qint64> &counts)
{
    qint64 total = 0;
    for (const qint64 count : counts)
        total += count;
    return total;
}

// Shows the window with October 2026 selected, on the fresh test database.
struct Window : test::ReportWindow
{
    QAbstractItemModelTester scopeTester { window.scopeModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest };
    QAbstractItemModelTester scopeProxyTester {
        window.scopeProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest
    };
    QAbstractItemModelTester productTester {
        window.productModel(), QAbstractItemModelTester::FailureReportingMode::QtTest
    };
    QAbstractItemModelTester productProxyTester {
        window.productProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest
    };
    QAbstractItemModelTester channelTester {
        window.channelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest
    };
    QAbstractItemModelTester channelProxyTester {
        window.channelProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest
    };
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void channelReportMatchesCore_data() { test::addDatabaseRows(); }
    void channelReportMatchesCore();
    void billingGroupShowsChannels_data() { test::addDatabaseRows(); }
    void billingGroupShowsChannels();
    void staleResultIsDropped_data() { test::addDatabaseRows(); }
    void staleResultIsDropped();
    void runnerDropsStaleResults_data() { test::addDatabaseRows(); }
    void runnerDropsStaleResults();
    void cancelStopsTheReport_data() { test::addDatabaseRows(); }
    void cancelStopsTheReport();
    void progressStartsAtZero_data() { test::addDatabaseRows(); }
    void progressStartsAtZero();
    void exportWritesTheCoreCsv_data() { test::addDatabaseRows(); }
    void exportWritesTheCoreCsv();
    void copyGivesSelectedRows_data() { test::addDatabaseRows(); }
    void copyGivesSelectedRows();
    void comparisonWithPreviousPeriod_data() { test::addDatabaseRows(); }
    void comparisonWithPreviousPeriod();
    void drillDownMatchesCore_data() { test::addDatabaseRows(); }
    void drillDownMatchesCore();
    void errorsShowInTheWindow_data() { test::addDatabaseRows(); }
    void errorsShowInTheWindow();
    void remembersScopeAndRange_data() { test::addDatabaseRows(); }
    void remembersScopeAndRange();
    void scopeSearchKeepsChannelsOfMatchingGroup_data() { test::addDatabaseRows(); }
    void scopeSearchKeepsChannelsOfMatchingGroup();
    void saveChartWritesThePng_data() { test::addDatabaseRows(); }
    void saveChartWritesThePng();
    void trendTooltipShowsDayAndValues_data() { test::addDatabaseRows(); }
    void trendTooltipShowsDayAndValues();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::channelReportMatchesCore()
{
    CS_SEEDED_DATABASE(db);

    Window w;
    QVERIFY(w.open());
    QSignalSpy shown(&w.window, &MainWindow::reportShown);
    QVERIFY(w.window.selectScope(ReportScope::Channel, QStringLiteral("CH-B")));
    QVERIFY(shown.wait(ReportTimeoutMs));

    const ReportResult expected
        = engineResult(request(ReportScope::Channel, QStringLiteral("CH-B")));
    QVERIFY(w.window.currentResult());
    QCOMPARE(w.window.currentResult()->request.code, QStringLiteral("CH-B"));
    ProductTableModel *model = w.window.productModel();
    // the lines, then the total of their one currency
    QCOMPARE(model->rowCount(), int(expected.productLines.size()) + 1);
    QVERIFY(model->isSubtotal(model->rowCount() - 1));
    QVERIFY(!expected.productLines.isEmpty());
    for (int row = 0; row < int(expected.productLines.size()); ++row) {
        const ReportLine &want = expected.productLines.at(row);
        const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(ProductTableModel::Code), want.productCode);
        QCOMPARE(cell(ProductTableModel::Usage), LocaleFormat::usage(want.usage, want.uom));
        QCOMPARE(cell(ProductTableModel::Spend),
                 want.spend ? LocaleFormat::decimal(*want.spend) : QStringLiteral("\u2014"));
        QCOMPARE(cell(ProductTableModel::Currency), want.currency);
        QCOMPARE(
            model->index(row, ProductTableModel::Accounts).data(ReportRoles::SortRole).toLongLong(),
            want.accounts);
    }
    // BACKUP has no EUR rate: no spend, and the window says so
    QVERIFY(!expected.warnings.isEmpty());
    QVERIFY2(w.window.bannerText().contains(QStringLiteral("BACKUP")),
             qPrintable(w.window.bannerText()));

    // the proxy sorts by spend, largest first, exactly; the empty spend comes last, then the total
    ReportSortProxy *proxy = w.window.productProxy();
    for (int row = 1; row < proxy->rowCount() - 1; ++row) {
        const QVariant before
            = proxy->index(row - 1, ProductTableModel::Spend).data(ReportRoles::SortRole);
        const QVariant after
            = proxy->index(row, ProductTableModel::Spend).data(ReportRoles::SortRole);
        QVERIFY(!ReportSortProxy::valueLessThan(before, after));
    }
    // the filter applies after the pause
    proxy->setFilterTextDebounced(QStringLiteral("volume"));
    QCOMPARE(proxy->rowCount(), model->rowCount());
    QTRY_COMPARE(proxy->rowCount(), 2); // and its currency's total
    QCOMPARE(proxy->index(0, ProductTableModel::Code).data().toString(), QStringLiteral("VOLUME"));

    // the trend chart draws the same numbers: the days of its series sum to the table's spend
    TrendChartWidget *trend = w.window.trendChart();
    QVERIFY(trend->trend().days.isEmpty()); // drawn when its tab is shown
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    QCOMPARE(trend->trend().days.size(), 31);
    Decimal charted;
    for (const auto &series : trend->trend().series) {
        for (const Decimal &value : series.values)
            charted = *charted.plus(value);
    }
    Decimal tabled;
    for (const ReportLine &line : expected.productLines)
        tabled = *tabled.plus(line.spend.value_or(Decimal()));
    // daily points are rounded per day: at most half a cent apart per product and day
    const Decimal difference = *charted.minus(tabled);
    const Decimal bound
        = *Decimal::fromUnits(5, 3).times(Decimal::fromInteger(expected.daily.size()));
    QVERIFY2((difference.isNegative() ? difference.negated() : difference) <= bound,
             qPrintable(charted.toString() + QStringLiteral(" vs ") + tabled.toString()));
    QVERIFY(!charted.isZero());
}

void TestMainWindow::billingGroupShowsChannels()
{
    CS_SEEDED_DATABASE(db);

    Window w;
    QVERIFY(w.open());
    // nothing remembered: the first billing group is shown
    QCOMPARE(w.window.currentResult()->request.code, QStringLiteral("G-NORTH"));
    const ReportResult expected
        = engineResult(request(ReportScope::BillingGroup, QStringLiteral("G-NORTH")));
    QCOMPARE(w.window.productModel()->lines().size(), expected.productLines.size());
    ChannelTableModel *channels = w.window.channelModel();
    // grouped by currency, each with its total: CH-B (EUR), total, CH-A (USD), total
    QCOMPARE(channels->rowCount(), 4);
    const auto rows = ChannelTableModel::summarize(expected.channelLines, expected.channelAccounts);
    QCOMPARE(rows.size(), 2);
    for (const auto &[row, summarized] : { std::pair(2, 0), std::pair(0, 1) }) {
        QCOMPARE(channels->rows().at(row).code, rows.at(summarized).code);
        QCOMPARE(channels->rows().at(row).currency, rows.at(summarized).currency);
        QVERIFY(channels->rows().at(row).spend.isIdenticalTo(rows.at(summarized).spend));
        QVERIFY(channels->rows().at(row + 1).subtotal);
        QVERIFY(channels->rows().at(row + 1).spend.isIdenticalTo(rows.at(summarized).spend));
    }
    QCOMPARE(channels->rows().at(2).code, QStringLiteral("CH-A"));
    QCOMPARE(channels->rows().at(0).code, QStringLiteral("CH-B"));
    QVERIFY(channels->rows().at(0).incomplete); // BACKUP in EUR has no rate
    QVERIFY(w.window.resultTabs()->isTabEnabled(UsagePage::ChannelsTab));

    // Accounts: distinct per channel and over the group, as SQL counts them from the raw
    // records; no product has every account, so a line's count would be too low, and account 4
    // (active in September only) must not count.
    const QMap<QString, qint64> distinct
        = accountsBySql(QStringLiteral("G-NORTH"), QDate(2026, 10, 1), QDate(2026, 10, 31));
    QCOMPARE(distinct.size(), 2);
    QCOMPARE(expected.channelAccounts, distinct);
    qint64 largestLine = 0;
    for (const ReportLine &line : expected.productLines)
        largestLine = std::max(largestLine, line.accounts);
    QVERIFY(sum(distinct) > largestLine);
    for (const int row : { 0, 2 }) {
        const QString code = channels->rows().at(row).code;
        const QModelIndex cell = channels->index(row, ChannelTableModel::Accounts);
        QCOMPARE(cell.data(ReportRoles::SortRole).toLongLong(), distinct.value(code));
        QCOMPARE(cell.data().toString(), QLocale().toString(distinct.value(code)));
    }
    const QString headline = w.window.headline()->plainText();
    QVERIFY2(headline.contains(QLocale().toString(sum(distinct)) + QStringLiteral(" accounts")),
             qPrintable(headline));
    QVERIFY2(!headline.contains(QStringLiteral("largest")), qPrintable(headline));
}

void TestMainWindow::staleResultIsDropped()
{
    CS_FRESH_DATABASE(db);
    const Status seeded = test::seedReportData(*db, 120);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.errorString()));

    Window w;
    QVERIFY(w.open());
    QSignalSpy shown(&w.window, &MainWindow::reportShown);
    // a channel starts, and before its result can arrive the user picks a billing group
    QVERIFY(w.window.selectScope(ReportScope::Channel, QStringLiteral("CH-SOLO")));
    QVERIFY(w.window.isReportRunning());
    QTest::qWait(5);
    QVERIFY(w.window.selectScope(ReportScope::BillingGroup, QStringLiteral("G-SOUTH")));
    QVERIFY(shown.wait(ReportTimeoutMs));
    QTest::qWait(300); // a late stale result would show up now
    QCOMPARE(shown.size(), 1);
    QCOMPARE(w.window.currentResult()->request.code, QStringLiteral("G-SOUTH"));
    for (const ReportLine &line : w.window.productModel()->lines())
        QCOMPARE(line.currency, QStringLiteral("USD")); // CH-SOLO bills in JPY
}

void TestMainWindow::runnerDropsStaleResults()
{
    CS_SEEDED_DATABASE(db);

    ReportRunner runner;
    runner.setDatabase(test::lastDatabaseUrl());
    QSignalSpy finished(&runner, &ReportRunner::finished);
    QSignalSpy compared(&runner, &ReportRunner::comparisonFinished);
    runner.run(request(ReportScope::Channel, QStringLiteral("CH-A")));
    runner.run(request(ReportScope::Channel, QStringLiteral("CH-C")));
    QVERIFY(compared.wait(ReportTimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ReportResult>().request.code, QStringLiteral("CH-C"));
    const ReportResult withComparison = compared.first().first().value<ReportResult>();
    QCOMPARE(withComparison.request.code, QStringLiteral("CH-C"));
    QCOMPARE(withComparison.comparison.from, QDate(2026, 9, 1));
    QCOMPARE(withComparison.comparison.to, QDate(2026, 9, 30));
    QVERIFY(!runner.isRunning());
}

void TestMainWindow::cancelStopsTheReport()
{
    CS_FRESH_DATABASE(db);
    const Status seeded = test::seedReportData(*db, 120);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.errorString()));

    Window w;
    QVERIFY(w.open());
    QSignalSpy shown(&w.window, &MainWindow::reportShown);
    QSignalSpy failed(&w.window, &MainWindow::reportFailed);
    QVERIFY(w.window.selectScope(ReportScope::BillingGroup, QStringLiteral("G-SOUTH")));
    QTRY_VERIFY(w.window.runner()->isRunning());
    QVERIFY(w.window.cancelAction()->isEnabled());
    w.window.cancelAction()->trigger(); // Esc
    QVERIFY(!w.window.isReportRunning());
    QCOMPARE(failed.size(), 1);
    QTest::qWait(500);
    QCOMPARE(shown.size(), 0);
    QCOMPARE(w.window.currentResult()->request.code, QStringLiteral("G-NORTH"));
    QVERIFY(!w.window.cancelAction()->isEnabled());

    // and the next report works
    w.window.refresh();
    QVERIFY(shown.wait(ReportTimeoutMs));
    QCOMPARE(w.window.currentResult()->request.code, QStringLiteral("G-SOUTH"));
}

// The progress bar of a new run starts empty, never at the last run's 100 %.
void TestMainWindow::progressStartsAtZero()
{
    CS_FRESH_DATABASE(db);
    const Status seeded = test::seedReportData(*db);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.errorString()));

    Window w;
    QVERIFY(w.open());
    auto *progress = w.window.usagePage()->findChild<QProgressBar *>();
    QVERIFY(progress);
    QList<int> atStart;
    connect(w.window.runner(), &ReportRunner::runningChanged, progress, [&](bool running) {
        if (running)
            atStart.append(progress->value());
    });
    QSignalSpy shown(&w.window, &MainWindow::reportShown);
    QVERIFY(w.window.selectScope(ReportScope::BillingGroup, QStringLiteral("G-SOUTH")));
    QVERIFY(shown.wait(ReportTimeoutMs));
    w.window.refresh();
    QVERIFY(shown.wait(ReportTimeoutMs));
    QCOMPARE(atStart, QList<int>({ 0, 0 }));
}

void TestMainWindow::exportWritesTheCoreCsv()
{
    CS_SEEDED_DATABASE(db);

    Window w;
    QSignalSpy compared(&w.window, &MainWindow::comparisonShown);
    QVERIFY(w.open());
    QVERIFY(compared.size() == 1 || compared.wait(ReportTimeoutMs));
    const ReportResult &shown = *w.window.currentResult();
    QCOMPARE(ReportExport::defaultCsvFileName(shown, false),
             QStringLiteral("G-NORTH_2026-10-01_2026-10-31.csv"));
    QCOMPARE(ReportExport::defaultCsvFileName(shown, true),
             QStringLiteral("G-NORTH_2026-10-01_2026-10-31_by-channel.csv"));

    QTemporaryDir dir;
    // with the comparison the window shows (the previous period by default)
    ReportRequest withComparison = request(ReportScope::BillingGroup, QStringLiteral("G-NORTH"));
    withComparison.compare = ComparisonKind::PreviousPeriod;
    const ReportResult expected = engineResult(withComparison);
    for (bool byChannel : { false, true }) {
        const QString path = dir.filePath(ReportExport::defaultCsvFileName(shown, byChannel));
        const Status written = w.window.exportCsv(path, byChannel);
        QVERIFY2(written, qPrintable(written ? QString() : written.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content, ReportCsv::toCsv(expected, byChannel));
        QVERIFY(content.contains("RUNNING_VM"));
    }
    // a folder that does not exist: a readable error, no file
    const Status failed
        = w.window.exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), false);
    QVERIFY(!failed);
    QVERIFY(!failed.errorString().isEmpty());
}

void TestMainWindow::copyGivesSelectedRows()
{
    CS_SEEDED_DATABASE(db);

    Window w;
    QVERIFY(w.open());
    QTableView *view = w.window.productView();
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = w.window.selectedRowsText(view).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Product\tName\t")));
    for (int i : { 1, 2 }) {
        const int row = i == 1 ? 0 : 2;
        const QStringList cells = lines.at(i).split(u'\t');
        QCOMPARE(cells.size(), ProductTableModel::ColumnCount);
        QCOMPARE(cells.at(ProductTableModel::Code),
                 view->model()->index(row, ProductTableModel::Code).data().toString());
        const QModelIndex source
            = w.window.productProxy()->mapToSource(view->model()->index(row, 0));
        const ReportLine &line = w.window.productModel()->line(source.row());
        QCOMPARE(cells.at(ProductTableModel::Usage),
                 LocaleFormat::decimal(line.usage, QLocale(), false));
    }
}

void TestMainWindow::comparisonWithPreviousPeriod()
{
    CS_SEEDED_DATABASE(db);

    Window w;
    QSignalSpy compared(&w.window, &MainWindow::comparisonShown);
    QVERIFY(w.open());
    QVERIFY(compared.size() == 1 || compared.wait(ReportTimeoutMs));
    const QString text = w.window.headline()->plainText();
    const ReportResult previous = engineResult({ ReportScope::BillingGroup,
                                                 QStringLiteral("G-NORTH"),
                                                 QDate(2026, 9, 1),
                                                 QDate(2026, 9, 30),
                                                 {} });
    Decimal usd;
    for (const ReportLine &line : previous.productLines) {
        if (line.currency == QStringLiteral("USD"))
            usd = *usd.plus(line.spend.value_or(Decimal()));
    }
    // the plain text turns non-breaking spaces into spaces
    const QString money = LocaleFormat::money(usd, QStringLiteral("USD")).replace(u'\u00a0', u' ');
    QVERIFY2(text.contains(money), qPrintable(text));
    QVERIFY2(text.contains(LocaleFormat::date(QDate(2026, 9, 1))), qPrintable(text));
    // September has account 4 of each channel too: the comparison names its own count
    const qint64 before
        = sum(accountsBySql(QStringLiteral("G-NORTH"), QDate(2026, 9, 1), QDate(2026, 9, 30)));
    const qint64 now
        = sum(accountsBySql(QStringLiteral("G-NORTH"), QDate(2026, 10, 1), QDate(2026, 10, 31)));
    QCOMPARE(previous.accounts, before);
    QVERIFY(before > now);
    QVERIFY2(text.contains(u"; "_qs + QLocale().toString(before) + u" accounts"_qs),
             qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(now) + u" accounts \u25bc "_qs
                           + QLocale().toString(before - now)),
             qPrintable(text));
}

void TestMainWindow::drillDownMatchesCore()
{
    CS_SEEDED_DATABASE(db);

    const AccountBreakdownRequest breakdown {
        request(ReportScope::BillingGroup, QStringLiteral("G-NORTH")), QStringLiteral("VOLUME"), {}
    };
    BreakdownDialog dialog(test::lastDatabaseUrl(), breakdown, QStringLiteral("VOLUME"));
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(dialog.view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&dialog, &BreakdownDialog::finished);
    dialog.show();
    QVERIFY(finished.wait(ReportTimeoutMs));
    QVERIFY(finished.first().first().toBool());

    auto connection = Connection::open(test::lastDatabaseUrl());
    QVERIFY(connection);
    ReportEngine engine(**connection);
    const auto expected = engine.breakdown(breakdown);
    QVERIFY(expected);
    QCOMPARE(dialog.model()->rowCount(), int(expected->size()));
    QCOMPARE(expected->size(), 4); // accounts 1 and 3 of CH-A and CH-B (4 only in September)
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        QCOMPARE(dialog.model()->lines().at(row).accountCode, expected->at(row).accountCode);
        QVERIFY(dialog.model()->lines().at(row).usage.isIdenticalTo(expected->at(row).usage));
    }
}

void TestMainWindow::errorsShowInTheWindow()
{
    CS_FRESH_DATABASE(db);
    Window w;
    QSignalSpy loaded(&w.window, &MainWindow::catalogLoaded);
    DatabaseUrl broken = test::lastDatabaseUrl();
    if (broken.kind == DatabaseKind::Sqlite)
        broken.path = QStringLiteral("/nonexistent-dir/sub/x.sqlite");
    else
        broken.database = QStringLiteral("no_such_database_here");
    w.window.openDatabase(broken);
    QVERIFY(loaded.wait(ReportTimeoutMs));
    QCOMPARE(loaded.first().first().toBool(), false);
    QVERIFY(!w.window.bannerText().isEmpty());
    QVERIFY(w.window.isVisible());

    // a report that fails (unknown scope) shows its reason in the banner
    QSignalSpy failed(&w.window, &MainWindow::reportFailed);
    w.window.runner()->setDatabase(test::lastDatabaseUrl());
    w.window.runner()->run(request(ReportScope::Channel, QStringLiteral("NO-SUCH-CHANNEL")));
    QVERIFY(failed.wait(ReportTimeoutMs));
    QVERIFY2(w.window.bannerText().contains(QStringLiteral("NO-SUCH-CHANNEL")),
             qPrintable(w.window.bannerText()));
}

void TestMainWindow::remembersScopeAndRange()
{
    CS_SEEDED_DATABASE(db);
    {
        Window w;
        QVERIFY(w.open());
        QSignalSpy shown(&w.window, &MainWindow::reportShown);
        QVERIFY(w.window.selectScope(ReportScope::Channel, QStringLiteral("CH-C")));
        QVERIFY(shown.wait(ReportTimeoutMs));
        w.window.rangeSelector()->setCustomRange(QDate(2026, 10, 3), QDate(2026, 10, 9));
        QVERIFY(shown.wait(ReportTimeoutMs));
        w.window.close();
    }
    MainWindow fresh;
    QCOMPARE(fresh.rangeSelector()->preset(), RangePreset::Custom);
    QCOMPARE(fresh.rangeSelector()->from(), QDate(2026, 10, 3));
    QCOMPARE(fresh.rangeSelector()->to(), QDate(2026, 10, 9));
    QSignalSpy loaded(&fresh, &MainWindow::catalogLoaded);
    QSignalSpy shown(&fresh, &MainWindow::reportShown);
    fresh.openDatabase(test::lastDatabaseUrl());
    QVERIFY(shown.wait(ReportTimeoutMs));
    QCOMPARE(fresh.currentResult()->request.code, QStringLiteral("CH-C"));
    QCOMPARE(fresh.currentResult()->request.from, QDate(2026, 10, 3));
}

void TestMainWindow::scopeSearchKeepsChannelsOfMatchingGroup()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.open());
    ScopeFilterProxy *proxy = w.window.scopeProxy();
    QCOMPARE(proxy->rowCount(), 3); // two groups and "no billing group"
    proxy->setFilterFixedString(QStringLiteral("north distribution"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 2);
    proxy->setFilterFixedString(QStringLiteral("solo"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0, proxy->index(0, 0)).data().toString(), QStringLiteral("CH-SOLO"));
}

// The point of `trend` inside band `series` on `day`: half way up the band, in the viewport of
// the chart view; `hidden` series are not stacked.
QPoint bandPoint(TrendChartWidget *trend, int series, qsizetype day, const QSet<int> &hidden = {})
{
    double below = 0;
    for (int s = 0; s < series; ++s) {
        if (!hidden.contains(s))
            below += ChartData::toDouble(trend->trend().series.at(s).values.at(day));
    }
    const double value = ChartData::toDouble(trend->trend().series.at(series).values.at(day));
    return trend->chartView()->mapFromScene(trend->positionOf(day, below + value / 2));
}

// The day (not the first or last, which lie on the plot's edges) on which `series` is thickest.
qsizetype thickestDay(TrendChartWidget *trend, int series)
{
    const QList<Decimal> &values = trend->trend().series.at(series).values;
    qsizetype best = 1;
    for (qsizetype day = 1; day + 1 < values.size(); ++day) {
        if (values.at(day) > values.at(best))
            best = day;
    }
    return best;
}

void TestMainWindow::saveChartWritesThePng()
{
    CS_SEEDED_DATABASE(db);

    Window w;
    QVERIFY(w.open());
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    TrendChartWidget *trend = w.window.trendChart();
    QVERIFY(trend->trend().series.size() >= 2);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("trend.png"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100'000, 'x')); // longer than the picture: must not remain
    }
    const Status saved = w.window.saveChart(path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(!bytes.contains(QByteArray(64, 'x')));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList { QStringLiteral("trend.png") }); // no temporary file left behind

    // the picture is the chart: inside the first band it has that band's colour
    QImage image;
    QVERIFY(image.loadFromData(bytes, "PNG"));
    // the chart under its caption (title, scope, range, zone, units), as wide as the chart
    QCOMPARE(image.width(), trend->chartView()->width());
    const int caption = image.height() - trend->chartView()->height();
    QVERIFY(caption > 0);
    const QString label = trend->trend().series.at(0).label;
    QColor colour;
    const auto series = trend->chartView()->chart()->series();
    for (QAbstractSeries *s : series) {
        if (s->name() == label)
            colour = qobject_cast<QAreaSeries *>(s)->color();
    }
    QVERIFY(colour.isValid());
    const qsizetype day = thickestDay(trend, 0);
    const QPoint point = bandPoint(trend, 0, day) + QPoint(0, caption);
    // far enough from the band's edges (white separators, antialiasing)
    const QList<Decimal> &values = trend->trend().series.at(0).values;
    const double value = ChartData::toDouble(values.at(day));
    QVERIFY(trend->positionOf(day, 0).y() - trend->positionOf(day, value).y() > 8);
    QVERIFY(image.rect().contains(point));
    QCOMPARE(image.pixelColor(point).rgb(), colour.rgb());
    QVERIFY(image.pixelColor(point).rgb() != QColor(Qt::white).rgb());

    // a path that cannot be written fails with its name and leaves nothing
    const QString bad = dir.filePath(QStringLiteral("missing/trend.png"));
    const Status failed = w.window.saveChart(bad);
    QVERIFY(!failed);
    QVERIFY2(failed.errorString().contains(QStringLiteral("trend.png")),
             qPrintable(failed.errorString()));
    QVERIFY(!QFile::exists(bad));
    QVERIFY(!w.window.saveChart(dir.path())); // a directory
}

void TestMainWindow::trendTooltipShowsDayAndValues()
{
    CS_SEEDED_DATABASE(db);

    Window w;
    QVERIFY(w.open());
    w.window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
    TrendChartWidget *trend = w.window.trendChart();
    QVERIFY(trend->trend().series.size() >= 3);
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QWidget *viewport = trend->chartView()->viewport();

    // Hovers the middle of a band, as the mouse does, and checks the tooltip: the day, the
    // series' exact value, the total of the shown series.
    const ChartData::Trend &data = trend->trend();
    const auto checkHover = [&](int series, qsizetype day, const QSet<int> &hidden) {
        double below = 0;
        for (int s = 0; s < series; ++s) {
            if (!hidden.contains(s))
                below += ChartData::toDouble(data.series.at(s).values.at(day));
        }
        const double value = ChartData::toDouble(data.series.at(series).values.at(day));
        // thick enough that a pixel of rounding cannot land in the next band
        QVERIFY(trend->positionOf(day, below).y() - trend->positionOf(day, below + value).y() >= 8);
        QTest::mouseMove(viewport, QPoint(2, 2)); // outside the plot: no band
        QTRY_VERIFY2(trend->shownTooltip().isEmpty(), qPrintable(trend->shownTooltip()));
        QTest::mouseMove(viewport, bandPoint(trend, series, day, hidden));
        QTRY_VERIFY(!trend->shownTooltip().isEmpty());
        const QString text = trend->shownTooltip();
        const QString where = QStringLiteral(" (series %1, day %2): ").arg(series).arg(day) + text;
        QVERIFY2(text.contains(QLocale().toString(data.days.at(day), QLocale::LongFormat)),
                 qPrintable(where));
        QVERIFY2(text.contains(data.series.at(series).label.toHtmlEscaped() + u": "_qs
                               + LocaleFormat::decimal(data.series.at(series).values.at(day)) + u' '
                               + data.unit),
                 qPrintable(where));
        Decimal total;
        for (int s = 0; s < data.series.size(); ++s) {
            if (!hidden.contains(s))
                total = *total.plus(data.series.at(s).values.at(day));
        }
        QVERIFY2(text.contains(LocaleFormat::decimal(total) + u' ' + data.unit), qPrintable(where));
    };
    checkHover(0, 4, {});
    if (QTest::currentTestFailed())
        return;
    checkHover(0, 20, {});
    if (QTest::currentTestFailed())
        return;

    // a hidden series keeps its legend entry (to be clicked again), is no longer stacked, and is
    // left out of the day's total; the others now fill the scale
    trend->setSeriesHidden(0, true);
    int entries = 0;
    const auto markers = trend->chartView()->chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->label() == data.series.at(0).label) {
            QVERIFY(marker->isVisible());
            ++entries;
        }
    }
    QCOMPARE(entries, 1);
    checkHover(1, 20, { 0 });
    if (QTest::currentTestFailed())
        return;
    checkHover(2, 20, { 0 });
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
