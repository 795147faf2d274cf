#include "common/localeformat.h"
#include "db/connection.h"
#include "main/mainwindow.h"
#include "report/channeltablemodel.h"
#include "report/daterangeselector.h"
#include "report/producttablemodel.h"
#include "report/reportroles.h"
#include "report/reportsortproxy.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cs;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

ReportLine line(const char *code, const char *usage, std::optional<Decimal> spend,
                const char *currency, const char *channel = "")
{
    ReportLine l;
    l.productCode = QString::fromLatin1(code);
    l.productName = l.productCode + QStringLiteral(" name");
    l.uom = QStringLiteral("Hours");
    l.usage = dec(usage);
    l.spend = spend;
    l.currency = QString::fromLatin1(currency);
    l.accounts = 1;
    l.channelCode = QString::fromLatin1(channel);
    l.channelName = l.channelCode + QStringLiteral(" name");
    return l;
}

// A GLOBALNET-like quarter: yen amounts that are large numbers, dollar amounts that are small
// ones, in interleaved order (as the engine gives them, by product code).
QList<ReportLine> mixedLines()
{
    return {
        line("A", "10", dec("1398.55"), "USD", "CH-US"),
        line("B", "20", dec("56408"), "JPY", "CH-JP"),
        line("C", "30", dec("12.40"), "USD", "CH-US"),
        line("D", "40", dec("700"), "JPY", "CH-JP2"),
        line("E", "50", std::nullopt, "USD", "CH-US2"),
        line("F", "60", dec("0.05"), "EUR", "CH-EU"),
        line("G", "70", dec("99999"), "JPY", "CH-JP"),
    };
}

bool equal(const Decimal &a, const Decimal &b)
{
    return !(a < b) && !(b < a);
}

// The rows of `model` (as sorted) form one block per currency, each block of a currency that
// never comes back, ending with the currency's subtotal row (code "Total CUR", the exact sum of
// the block's spend) and with the shares of the block's rows taken of that subtotal.
void checkCurrencyBlocks(const QAbstractItemModel *model, int codeColumn, int currencyColumn,
                         int spendColumn, int shareColumn, const QString &where)
{
    QStringList seen;
    int row = 0;
    while (row < model->rowCount()) {
        const QString currency = model->index(row, currencyColumn).data().toString();
        QVERIFY2(
            !seen.contains(currency),
            qPrintable(where
                       + QStringLiteral(": %1 rows interleaved at row %2").arg(currency).arg(row)));
        seen.append(currency);
        Decimal sum;
        QList<int> members;
        while (row < model->rowCount()
               && model->index(row, currencyColumn).data().toString() == currency
               && model->index(row, codeColumn).data().toString()
                   != QStringLiteral("Total %1").arg(currency)) {
            const QVariant spend = model->index(row, spendColumn).data(ReportRoles::SortRole);
            if (spend.isValid())
                sum = *sum.plus(spend.value<Decimal>());
            members.append(row);
            ++row;
        }
        QVERIFY2(!members.isEmpty(), qPrintable(where + u' ' + currency));
        QVERIFY2(row < model->rowCount(),
                 qPrintable(where + QStringLiteral(": no subtotal row for ") + currency));
        QCOMPARE(model->index(row, codeColumn).data().toString(),
                 QStringLiteral("Total %1").arg(currency));
        QCOMPARE(model->index(row, currencyColumn).data().toString(), currency);
        const QVariant total = model->index(row, spendColumn).data(ReportRoles::SortRole);
        QVERIFY2(total.isValid() && equal(total.value<Decimal>(), sum),
                 qPrintable(where + u' ' + currency + QStringLiteral(" subtotal ")
                            + model->index(row, spendColumn).data().toString()));
        for (const int member : std::as_const(members)) {
            const QVariant spend = model->index(member, spendColumn).data(ReportRoles::SortRole);
            const QVariant share = model->index(member, shareColumn).data(ReportRoles::SortRole);
            if (!spend.isValid())
                continue;
            QVERIFY2(share.isValid(), qPrintable(where));
            QVERIFY(equal(share.value<Decimal>(),
                          *LocaleFormat::percentValue(spend.value<Decimal>(), sum)));
        }
        ++row;
    }
}

// Every column, both ways: the blocks stay.
void checkEverySort(QTableView *view, int codeColumn, int currencyColumn, int spendColumn,
                    int shareColumn, const QString &where)
{
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            view->sortByColumn(column, order);
            checkCurrencyBlocks(view->model(), codeColumn, currencyColumn, spendColumn, shareColumn,
                                where
                                    + QStringLiteral(" sorted by column %1 %2")
                                          .arg(column)
                                          .arg(order == Qt::AscendingOrder
                                                   ? QStringLiteral("up")
                                                   : QStringLiteral("down")));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace

class TestUsageCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void productTableKeepsCurrenciesApart();
    void channelTableKeepsCurrenciesApart();
    void subtotalFollowsTheFilter();
    void windowKeepsCurrenciesApart_data() { test::addDatabaseRows(); }
    void windowKeepsCurrenciesApart();
};

void TestUsageCurrency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsageCurrency::init()
{
    QSettings().clear();
}

void TestUsageCurrency::productTableKeepsCurrenciesApart()
{
    ProductTableModel model;
    ReportSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    model.setLines(mixedLines());
    QCOMPARE(model.lines().size(), mixedLines().size());
    checkEverySort(&view, ProductTableModel::Code, ProductTableModel::Currency,
                   ProductTableModel::Spend, ProductTableModel::Share, QStringLiteral("products"));
    if (QTest::currentTestFailed())
        return;
    // 56,408 JPY is not ranked against 1,398.55 USD: currencies in order, largest spend first
    view.sortByColumn(ProductTableModel::Spend, Qt::DescendingOrder);
    QStringList codes;
    for (int row = 0; row < proxy.rowCount(); ++row)
        codes.append(proxy.index(row, ProductTableModel::Code).data().toString());
    QCOMPARE(codes, QStringLiteral("F,Total EUR,G,B,D,Total JPY,A,C,E,Total USD").split(u','));
    // a subtotal has no usage (units differ) and no account count, and its share is the whole
    const int total = int(codes.indexOf(QStringLiteral("Total JPY")));
    QVERIFY(proxy.index(total, ProductTableModel::Usage).data().toString().isEmpty());
    QVERIFY(proxy.index(total, ProductTableModel::Accounts).data().toString().isEmpty());
    QCOMPARE(proxy.index(total, ProductTableModel::Share)
                 .data(ReportRoles::SortRole)
                 .value<Decimal>()
                 .toString(),
             QStringLiteral("100.0"));
    QVERIFY(proxy.index(total, ProductTableModel::Code).data(Qt::FontRole).value<QFont>().bold());
    // the USD subtotal leaves out E, which has no rate, and says so
    const int usd = int(codes.indexOf(QStringLiteral("Total USD")));
    QCOMPARE(proxy.index(usd, ProductTableModel::Spend)
                 .data(ReportRoles::SortRole)
                 .value<Decimal>()
                 .toString(),
             QStringLiteral("1410.95"));
    QVERIFY(!proxy.index(usd, ProductTableModel::Spend).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestUsageCurrency::channelTableKeepsCurrenciesApart()
{
    ChannelTableModel model;
    ReportSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    model.setLines(mixedLines(), { { QStringLiteral("CH-JP"), 3 } });
    checkEverySort(&view, ChannelTableModel::Code, ChannelTableModel::Currency,
                   ChannelTableModel::Spend, ChannelTableModel::Share, QStringLiteral("channels"));
    if (QTest::currentTestFailed())
        return;
    view.sortByColumn(ChannelTableModel::Spend, Qt::DescendingOrder);
    QStringList codes;
    for (int row = 0; row < proxy.rowCount(); ++row)
        codes.append(proxy.index(row, ChannelTableModel::Code).data().toString());
    QCOMPARE(codes,
             QStringLiteral("CH-EU,Total EUR,CH-JP,CH-JP2,Total JPY,CH-US,CH-US2,Total USD")
                 .split(u','));
    QVERIFY(proxy.index(4, ChannelTableModel::Products).data().toString().isEmpty());
    // the USD total is incomplete: CH-US2 has usage without a rate
    QVERIFY(!proxy.index(7, ChannelTableModel::Spend).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestUsageCurrency::subtotalFollowsTheFilter()
{
    ProductTableModel model;
    ReportSortProxy proxy;
    proxy.setSourceModel(&model);
    model.setLines(mixedLines());
    proxy.sort(ProductTableModel::Spend, Qt::DescendingOrder);
    proxy.setFilterTextDebounced(QStringLiteral("B name"));
    proxy.applyPendingFilter();
    // the matching row and its currency's total, not the other currencies' totals
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, ProductTableModel::Code).data().toString(), QStringLiteral("B"));
    QCOMPARE(proxy.index(1, ProductTableModel::Code).data().toString(),
             QStringLiteral("Total JPY"));
}

// On the real window: a billing group with a USD and a EUR channel.
void TestUsageCurrency::windowKeepsCurrenciesApart()
{
    CS_SEEDED_DATABASE(db);

    test::ReportWindow w;
    QVERIFY(w.open());
    MainWindow &window = w.window;
    QCOMPARE(window.currentResult()->request.code, QStringLiteral("G-NORTH"));

    QTableView *products = window.productView();
    // the currency leads the table, as the rows are grouped by it
    QCOMPARE(products->horizontalHeader()->visualIndex(ProductTableModel::Currency), 0);
    checkEverySort(products, ProductTableModel::Code, ProductTableModel::Currency,
                   ProductTableModel::Spend, ProductTableModel::Share,
                   QStringLiteral("window products"));
    if (QTest::currentTestFailed())
        return;
    // both currencies are there, each with its total
    const int totals = int(window.productModel()->lines().size());
    QCOMPARE(products->model()->rowCount(), totals + 2);

    auto *channels = window.usagePage()->channelView();
    window.resultTabs()->setCurrentIndex(UsagePage::ChannelsTab);
    QCOMPARE(channels->horizontalHeader()->visualIndex(ChannelTableModel::Currency), 0);
    checkEverySort(channels, ChannelTableModel::Code, ChannelTableModel::Currency,
                   ChannelTableModel::Spend, ChannelTableModel::Share,
                   QStringLiteral("window channels"));
    QCOMPARE(channels->model()->rowCount(), 4); // two channels, one total per currency
}

QTEST_MAIN(TestUsageCurrency)
#include "tst_usagecurrency.moc"
