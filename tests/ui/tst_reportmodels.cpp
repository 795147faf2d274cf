#include "common/localeformat.h"
#include "export/exportrunchannelmodel.h"
#include "export/exportrunmodel.h"
#include "report/accounttablemodel.h"
#include "report/channeltablemodel.h"
#include "report/chartdata.h"
#include "report/daterangeselector.h"
#include "report/producttablemodel.h"
#include "report/reportexport.h"
#include "report/reportroles.h"
#include "report/reportrunner.h"
#include "report/reportsortproxy.h"
#include "report/reportsummary.h"
#include "report/trendchartwidget.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>

using namespace cs;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

ReportLine line(const char *product, const char *usage, std::optional<Decimal> spend,
                const char *currency, qint64 accounts, const char *channel = "")
{
    ReportLine l;
    l.productCode = QString::fromLatin1(product);
    l.productName = l.productCode.toLower();
    l.productCategory = QStringLiteral("Cat");
    l.uom = QStringLiteral("Hours");
    l.usage = dec(usage);
    l.spend = spend;
    l.currency = QString::fromLatin1(currency);
    l.accounts = accounts;
    l.channelCode = QString::fromLatin1(channel);
    return l;
}

ReportResult sample()
{
    ReportResult r;
    r.request = { ReportScope::BillingGroup, QStringLiteral("G"), QDate(2026, 10, 1),
                  QDate(2026, 10, 3), QStringLiteral("UTC") };
    r.productLines = {
        line("A", "10.000000", dec("100000000000000000.01"), "USD", 3),
        line("B", "2.500000", dec("100000000000000000.02"), "USD", 1),
        line("C", "7.000000", std::nullopt, "EUR", 2),
        line("D", "1.000000", dec("9.50"), "EUR", 5),
    };
    r.channelLines = {
        line("A", "10.000000", dec("5.00"), "USD", 3, "CH1"),
        line("B", "2.500000", dec("7.25"), "USD", 1, "CH1"),
        line("C", "7.000000", std::nullopt, "EUR", 2, "CH2"),
        line("D", "1.000000", dec("9.50"), "EUR", 5, "CH2"),
    };
    // an account of CH1 uses both A and B; CH2's five D accounts include C's two
    r.channelAccounts = { { QStringLiteral("CH1"), 3 }, { QStringLiteral("CH2"), 5 } };
    r.accounts = 8;
    for (int day = 0; day < 3; ++day) {
        r.daily.append({ QDate(2026, 10, 1 + day), QStringLiteral("A"), QStringLiteral("USD"),
                         dec("1.5"), dec("2.25") });
        r.daily.append({ QDate(2026, 10, 1 + day), QStringLiteral("B"), QStringLiteral("USD"),
                         dec("1"), dec("1.10") });
    }
    return r;
}

} // namespace

class TestReportModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsDecimalsWithLocaleSeparators_data();
    void formatsDecimalsWithLocaleSeparators();
    void percentIsExact();
    void sortsDecimalsExactly();
    void productModelAndProxy();
    void channelModelSumsPerChannelAndCurrency();
    void accountModel();
    void presets_data();
    void presets();
    void previousPeriod_data();
    void previousPeriod();
    void chartDataKeepsTheTotals();
    void tsvOfRows();
    void exportTablesCopyNumbersWithoutGroupSeparators_data();
    void exportTablesCopyNumbersWithoutGroupSeparators();
    void summary();
    void trendChartOf40ProductsIsFast();
};

void TestReportModels::formatsDecimalsWithLocaleSeparators_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("grouping");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en_US"
                        << "-1234567.50" << true << "-1,234,567.50";
    QTest::newRow("de") << "de_DE"
                        << "-1234567.50" << true << "-1.234.567,50";
    QTest::newRow("de no grouping") << "de_DE"
                                    << "1234567.50" << false << "1234567,50";
    // the C locale omits group separators by default (QLocale::OmitGroupSeparator)
    QTest::newRow("C") << "C"
                       << "1234.5" << true << "1234.5";
    QTest::newRow("small") << "en_US"
                           << "0.000001" << true << "0.000001";
    QTest::newRow("three digits") << "en_US"
                                  << "999" << true << "999";
    // beyond double precision: every digit stays
    QTest::newRow("huge") << "en_US"
                          << "1000000000000000000.000001" << true
                          << "1,000,000,000,000,000,000.000001";
}

void TestReportModels::formatsDecimalsWithLocaleSeparators()
{
    QFETCH(QString, locale);
    QFETCH(QString, value);
    QFETCH(bool, grouping);
    QFETCH(QString, expected);
    QLocale l(locale);
    QString got = LocaleFormat::decimal(*Decimal::parse(value), l, grouping);
    // some locales use a non-breaking or narrow space or a special minus; compare their shape
    got.replace(l.negativeSign(), QStringLiteral("-"));
    QCOMPARE(got, expected);
}

void TestReportModels::percentIsExact()
{
    QCOMPARE(LocaleFormat::percentValue(dec("1"), dec("3"))->toString(), QStringLiteral("33.3"));
    QCOMPARE(LocaleFormat::percentValue(dec("1"), dec("8"))->toString(), QStringLiteral("12.5"));
    QCOMPARE(LocaleFormat::percentValue(dec("0.0005"), dec("1"))->toString(),
             QStringLiteral("0.0"));
    QCOMPARE(LocaleFormat::percentValue(dec("-5"), dec("4"))->toString(), QStringLiteral("-125.0"));
    QVERIFY(!LocaleFormat::percentValue(dec("1"), dec("0")));
}

void TestReportModels::sortsDecimalsExactly()
{
    // equal as doubles, different as decimals
    const QVariant a = QVariant::fromValue(dec("100000000000000000.01"));
    const QVariant b = QVariant::fromValue(dec("100000000000000000.02"));
    QVERIFY(ReportSortProxy::valueLessThan(a, b));
    QVERIFY(!ReportSortProxy::valueLessThan(b, a));
    QVERIFY(ReportSortProxy::valueLessThan(QVariant(), a));
    QVERIFY(!ReportSortProxy::valueLessThan(a, QVariant()));
    QVERIFY(ReportSortProxy::valueLessThan(QVariant::fromValue(dec("-1")),
                                           QVariant::fromValue(dec("0.5"))));
    QVERIFY(ReportSortProxy::valueLessThan(QVariant(qint64(9)), QVariant(qint64(10))));
}

void TestReportModels::productModelAndProxy()
{
    ProductTableModel model;
    ReportSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ReportResult r = sample();
    model.setLines(r.productLines);
    QCOMPARE(model.rowCount(), 6); // and a total per currency
    // by currency (EUR, then USD), by spend within it, each currency's total last
    proxy.sort(ProductTableModel::Spend, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("D"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("C")); // no spend: last
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Total EUR"));
    QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("B"));
    QCOMPARE(proxy.index(4, 0).data().toString(), QStringLiteral("A"));
    QCOMPARE(proxy.index(5, 0).data().toString(), QStringLiteral("Total USD"));
    QCOMPARE(proxy.index(1, ProductTableModel::Spend).data().toString(), QStringLiteral("\u2014"));
    QVERIFY(!proxy.index(1, ProductTableModel::Spend).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(proxy.index(1, ProductTableModel::Spend).data(ReportRoles::ClipboardRole).toString(),
             QString());
    // share within the currency: D is all of the EUR spend
    QCOMPARE(proxy.index(0, ProductTableModel::Share).data(ReportRoles::ClipboardRole).toString(),
             LocaleFormat::decimal(dec("100.0"), QLocale(), false));
    proxy.sort(ProductTableModel::Usage, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("D"));
    QCOMPARE(proxy.index(4, 0).data().toString(), QStringLiteral("A"));
    QCOMPARE(proxy.index(0, ProductTableModel::Usage).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    proxy.setFilterTextDebounced(QStringLiteral("eur"));
    QCOMPARE(proxy.rowCount(), 6);
    proxy.applyPendingFilter();
    QCOMPARE(proxy.rowCount(), 3); // C, D and the EUR total
    proxy.setFilterTextDebounced(QString());
    QTRY_COMPARE(proxy.rowCount(), 6);
    model.setLines({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestReportModels::channelModelSumsPerChannelAndCurrency()
{
    ChannelTableModel model;
    ReportSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines(sample().channelLines, { { QStringLiteral("CH1"), 4 } });
    // by currency, each with its total: CH2 (EUR), total, CH1 (USD), total
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rows().at(2).code, QStringLiteral("CH1"));
    QVERIFY(model.rows().at(2).spend.isIdenticalTo(dec("12.25")));
    QCOMPARE(model.rows().at(2).products, 2);
    // the channel's own distinct count, not a sum or maximum of its lines
    QCOMPARE(model.rows().at(2).accounts, 4);
    QCOMPARE(model.index(2, ChannelTableModel::Accounts).data(ReportRoles::SortRole).toLongLong(),
             4);
    QCOMPARE(model.rows().at(0).accounts, 0); // not in the map
    QVERIFY(!model.rows().at(2).incomplete);
    QVERIFY(model.rows().at(0).incomplete);
    QVERIFY(model.rows().at(0).spend.isIdenticalTo(dec("9.50")));
    QVERIFY(model.rows().at(1).subtotal);
    QVERIFY(model.rows().at(3).subtotal);
    QVERIFY(model.rows().at(3).spend.isIdenticalTo(dec("12.25")));
    proxy.sort(ChannelTableModel::Spend, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("CH2"));

    // the channels' rounded spends add up to 12.25 USD, the report's total (rounded once per
    // product) is 12.24: the total row says which is which; EUR agrees and says nothing more
    model.setLines(
        sample().channelLines, {},
        { { QStringLiteral("USD"), dec("12.24") }, { QStringLiteral("EUR"), dec("9.50") } });
    const QString usd = model.index(3, ChannelTableModel::Spend).data(Qt::ToolTipRole).toString();
    QVERIFY2(usd.contains(QStringLiteral("add up to 12.25 USD"))
                 && usd.contains(QStringLiteral("is 12.24 USD")),
             qPrintable(usd));
    const QString eur = model.index(1, ChannelTableModel::Spend).data(Qt::ToolTipRole).toString();
    QVERIFY2(!eur.contains(QStringLiteral("add up to")), qPrintable(eur));
}

void TestReportModels::accountModel()
{
    AccountTableModel model;
    ReportSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({ { QStringLiteral("ACC1"), QStringLiteral("One"), QStringLiteral("CH1"),
                       dec("3.000000"), dec("1.50"), QStringLiteral("USD") },
                     { QStringLiteral("ACC2"), QStringLiteral("Two"), QStringLiteral("CH1"),
                       dec("1.000000"), std::nullopt, QStringLiteral("USD") } });
    proxy.sort(AccountTableModel::Spend, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("ACC1"));
    QCOMPARE(proxy.index(1, AccountTableModel::Spend).data().toString(), QStringLiteral("\u2014"));
}

void TestReportModels::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate today(2026, 11, 24);
    QTest::newRow("last month") << int(RangePreset::LastMonth) << today << QDate(2026, 10, 1)
                                << QDate(2026, 10, 31);
    QTest::newRow("last month in January") << int(RangePreset::LastMonth) << QDate(2026, 1, 5)
                                           << QDate(2025, 12, 1) << QDate(2025, 12, 31);
    QTest::newRow("this month") << int(RangePreset::ThisMonth) << today << QDate(2026, 11, 1)
                                << today;
    QTest::newRow("last 7 days") << int(RangePreset::Last7Days) << today << QDate(2026, 11, 17)
                                 << QDate(2026, 11, 23);
    QTest::newRow("last quarter") << int(RangePreset::LastQuarter) << today << QDate(2026, 7, 1)
                                  << QDate(2026, 9, 30);
    QTest::newRow("last quarter in Q1") << int(RangePreset::LastQuarter) << QDate(2026, 2, 10)
                                        << QDate(2025, 10, 1) << QDate(2025, 12, 31);
    QTest::newRow("year to date") << int(RangePreset::YearToDate) << today << QDate(2026, 1, 1)
                                  << today;
}

void TestReportModels::presets()
{
    QFETCH(int, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto range = RangePresets::range(RangePreset(preset), today);
    QCOMPARE(range.first, from);
    QCOMPARE(range.second, to);
    QCOMPARE(RangePresets::fromId(RangePresets::id(RangePreset(preset))), RangePreset(preset));

    DateRangeSelector selector;
    selector.setToday(today);
    selector.setPreset(RangePreset(preset));
    QCOMPARE(selector.from(), from);
    QCOMPARE(selector.to(), to);
}

void TestReportModels::previousPeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addColumn<QDate>("previousTo");
    QTest::newRow("month") << QDate(2026, 10, 1) << QDate(2026, 10, 31) << QDate(2026, 9, 1)
                           << QDate(2026, 9, 30);
    QTest::newRow("march") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << QDate(2026, 2, 1)
                           << QDate(2026, 2, 28);
    QTest::newRow("quarter") << QDate(2026, 7, 1) << QDate(2026, 9, 30) << QDate(2026, 4, 1)
                             << QDate(2026, 6, 30);
    QTest::newRow("7 days") << QDate(2026, 11, 17) << QDate(2026, 11, 23) << QDate(2026, 11, 10)
                            << QDate(2026, 11, 16);
    QTest::newRow("part of a month")
        << QDate(2026, 11, 1) << QDate(2026, 11, 24) << QDate(2026, 10, 8) << QDate(2026, 10, 31);
}

void TestReportModels::previousPeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, previousFrom);
    QFETCH(QDate, previousTo);
    const ReportRequest previous
        = ReportRunner::previousPeriod({ ReportScope::Channel, QStringLiteral("C"), from, to, {} });
    QCOMPARE(previous.from, previousFrom);
    QCOMPARE(previous.to, previousTo);
    QCOMPARE(previous.code, QStringLiteral("C"));
}

void TestReportModels::chartDataKeepsTheTotals()
{
    const ReportResult r = sample();
    const ChartData::Trend one = ChartData::spendTrend(r, QStringLiteral("USD"), 1);
    QCOMPARE(one.days.size(), 3);
    QCOMPARE(one.series.size(), 2);
    QCOMPARE(one.series.at(1).label, QStringLiteral("Other"));
    for (int day = 0; day < 3; ++day) {
        QVERIFY(one.series.at(0).values.at(day).isIdenticalTo(dec("1.10"))); // B has more spend
        QVERIFY(one.series.at(1).values.at(day).isIdenticalTo(dec("2.25")));
    }
    const ChartData::Trend usage = ChartData::usageTrend(r, QStringLiteral("A"));
    QCOMPARE(usage.unit, QStringLiteral("Hours"));
    QCOMPARE(usage.series.size(), 1);
    QVERIFY(usage.series.at(0).values.at(2).isIdenticalTo(dec("1.5")));
    const auto bars = ChartData::spendByChannel(r, QStringLiteral("EUR"), 10);
    QCOMPARE(bars.size(), 1);
    QVERIFY(bars.at(0).values.at(0).isIdenticalTo(dec("9.50")));
    QCOMPARE(ChartData::currencies(r),
             QStringList({ QStringLiteral("EUR"), QStringLiteral("USD") }));
    QCOMPARE(ChartData::toDouble(dec("-12.5")), -12.5);
}

void TestReportModels::tsvOfRows()
{
    ProductTableModel model;
    model.setLines(sample().productLines);
    // grouped by currency: C, D, the EUR total, then the USD rows
    QString tsv = ReportExport::rowsAsTsv(&model, { 1 }, false);
    // only the line end: the change cells at the end are empty without a comparison
    while (tsv.endsWith(u'\n') || tsv.endsWith(u'\r'))
        tsv.chop(1);
    const QStringList cells = tsv.split(u'\t');
    QCOMPARE(cells.size(), ProductTableModel::ColumnCount);
    QCOMPARE(cells.at(ProductTableModel::Code), QStringLiteral("D"));
    QCOMPARE(cells.at(ProductTableModel::Spend),
             LocaleFormat::decimal(dec("9.50"), QLocale(), false));
    QCOMPARE(cells.at(ProductTableModel::Accounts), QStringLiteral("5"));
}

void TestReportModels::exportTablesCopyNumbersWithoutGroupSeparators_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("de_DE") << QStringLiteral("de_DE");
}

// The run history and a run's channels put numbers on the clipboard as the report tables do
// (ReportRoles::ClipboardRole: no group separators); the screen keeps them.
void TestReportModels::exportTablesCopyNumbersWithoutGroupSeparators()
{
    QFETCH(QString, locale);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    const auto copied = [](const QModelIndex &index) {
        return index.data(ReportRoles::ClipboardRole).toString();
    };

    ExportRunInfo run;
    run.runId = 1;
    run.date = QDate(2026, 11, 2);
    run.status = ExportStatus::Completed;
    run.records = 1234567;
    run.added = 1234;
    run.removed = 5;
    run.warnings = 1200;
    ExportRunModel runs;
    QAbstractItemModelTester runsTester(&runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    runs.setRuns({ run }, QTimeZone::utc());
    QCOMPARE(runs.index(0, ExportRunModel::Records).data().toString(),
             QLocale().toString(qint64(1234567)));
    QCOMPARE(copied(runs.index(0, ExportRunModel::Records)), QStringLiteral("1234567"));
    QCOMPARE(copied(runs.index(0, ExportRunModel::Changes)), QStringLiteral("+1234 / \u22125"));
    QCOMPARE(copied(runs.index(0, ExportRunModel::Warnings)), QStringLiteral("1200"));

    ExportRunChannelInfo channel;
    channel.code = QStringLiteral("CH-A");
    channel.status = ExportStatus::Completed;
    channel.records = 98765;
    channel.added = 1000;
    ExportRunChannelModel channels;
    QAbstractItemModelTester channelsTester(&channels,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    channels.setChannels({ channel }, true);
    QCOMPARE(channels.index(0, ExportRunChannelModel::Records).data().toString(),
             QLocale().toString(qint64(98765)));
    QCOMPARE(copied(channels.index(0, ExportRunChannelModel::Records)), QStringLiteral("98765"));
    QCOMPARE(copied(channels.index(0, ExportRunChannelModel::Added)), QStringLiteral("1000"));
}

void TestReportModels::summary()
{
    const ReportSummary s = ReportSummary::of(sample());
    QCOMPARE(s.spend.size(), 2);
    QCOMPARE(s.spend.at(0).currency, QStringLiteral("EUR"));
    QVERIFY(s.spend.at(0).incomplete);
    QVERIFY(s.spend.at(1).spend.isIdenticalTo(dec("200000000000000000.03")));
    QCOMPARE(s.lines, 4);
    QCOMPARE(s.products, 4);
    QCOMPARE(s.channels, 2);
    QCOMPARE(s.accounts, 8);
}

void TestReportModels::trendChartOf40ProductsIsFast()
{
    // a full year of daily spend of 40 products, as a billing-group report would give
    ReportResult r;
    r.request = { ReportScope::BillingGroup, QStringLiteral("G"), QDate(2025, 1, 1),
                  QDate(2025, 12, 31), QStringLiteral("UTC") };
    for (int p = 0; p < 40; ++p) {
        const QString code = QStringLiteral("P%1").arg(p, 2, 10, QLatin1Char('0'));
        ReportLine l = line("X", "1", dec("1"), "USD", 1);
        l.productCode = code;
        l.spend = Decimal::fromUnits(365 * (p + 1) * 100, 2);
        r.productLines.append(l);
        for (QDate d = r.request.from; d <= r.request.to; d = d.addDays(1))
            r.daily.append(
                { d, code, QStringLiteral("USD"), dec("1"), Decimal::fromUnits((p + 1) * 100, 2) });
    }
    TrendChartWidget chart;
    chart.resize(1000, 600);
    chart.show();
    QElapsedTimer timer;
    timer.start();
    chart.setResult(r);
    chart.chartView()->grab(); // draw it once
    const qint64 ms = timer.elapsed();
    qInfo("full-year trend of 40 products built and drawn in %lld ms", ms);
    QCOMPARE(chart.trend().series.size(), TrendChartWidget::TopProducts + 1);
    QCOMPARE(chart.trend().days.size(), 365);
    QVERIFY2(ms < 1000, "far too slow"); // the benchmark records the real figure
}

QTEST_MAIN(TestReportModels)
#include "tst_reportmodels.moc"
