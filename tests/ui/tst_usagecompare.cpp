#include "common/localeformat.h"
#include "db/connection.h"
#include "main/mainwindow.h"
#include "report/changecolumns.h"
#include "report/daterangeselector.h"
#include "report/headlinewidget.h"
#include "report/producttablemodel.h"
#include "report/reportengine.h"
#include "report/reportroles.h"
#include "report/reportsortproxy.h"
#include "report/usagepage.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cs;

namespace {

using test::ReportTimeoutMs;

// The main window on the fresh test database with `from`..`to` selected, after its first
// report and comparison.
struct Window : test::ReportWindow
{
    Window(QDate from, QDate to)
        : ReportWindow(from, to, QSize(1280, 800))
    { }

    // Opens the database and waits for the catalog and the first comparison.
    bool open()
    {
        QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
        QSignalSpy compared(&window, &MainWindow::comparisonShown);
        window.openDatabase(test::lastDatabaseUrl());
        if (!loaded.wait(ReportTimeoutMs) || !loaded.first().first().toBool())
            return false;
        return compared.wait(ReportTimeoutMs);
    }
};

// The column of `model` whose header is `title`, or -1.
int column(const QAbstractItemModel *model, const QString &title)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    return -1;
}

std::optional<Decimal> decimalOf(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.value<Decimal>();
}

// The rows of `view`'s model in shown order are sorted by `c` (descending), by value.
bool isSubtotal(const QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(ReportRoles::SubtotalRole).toBool();
}

// The report lines shown, without the currencies' total rows.
int lineCount(const QAbstractItemModel *model)
{
    int lines = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        lines += isSubtotal(model, row) ? 0 : 1;
    return lines;
}

// Sorted within each currency (the groups stay together, their totals last).
bool sortedDescending(const QAbstractItemModel *model, int c)
{
    for (int row = 1; row < model->rowCount(); ++row) {
        if (isSubtotal(model, row) || isSubtotal(model, row - 1)
            || model->index(row, 0).data(ReportRoles::GroupRole)
                != model->index(row - 1, 0).data(ReportRoles::GroupRole))
            continue;
        const auto above = decimalOf(model->index(row - 1, c).data(ReportRoles::SortRole));
        const auto below = decimalOf(model->index(row, c).data(ReportRoles::SortRole));
        if (below && (!above || *above < *below))
            return false;
    }
    return true;
}

} // namespace

// The usage page's comparisons, in the real main window: the headline says when the data does
// not cover the comparison period instead of a giant percentage, and the Products and Channels
// tables have change columns that show the core's changes, coloured and sorted by value.
class TestUsageCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void coverageNoteInsteadOfPercentage_data() { test::addDatabaseRows(); }
    void coverageNoteInsteadOfPercentage()
    {
        CS_FRESH_DATABASE(db);
        const Status seeded = test::seedReportData(*db);
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.errorString()));
        // the previous 47 days start on 2026-07-30; usage starts on 2026-09-01
        Window w(QDate(2026, 9, 15), QDate(2026, 10, 31));
        QVERIFY(w.open());
        const QString text = w.window.headline()->plainText();
        QVERIFY2(text.contains(u"no data before "_qs + LocaleFormat::date(QDate(2026, 9, 1))),
                 qPrintable(text));
        QVERIFY2(!text.contains(u'\u25b2') && !text.contains(u'\u25bc'), qPrintable(text));
        QVERIFY2(!text.contains(QLocale().percent()), qPrintable(text));
        // the change cells stay empty, the tooltip says why
        const QAbstractItemModel *products = w.window.productProxy();
        const int percent = column(products, ChangeCells::percentHeader());
        QVERIFY(percent >= 0);
        QVERIFY(products->rowCount() > 0);
        for (int row = 0; row < products->rowCount(); ++row) {
            QVERIFY(products->index(row, percent).data().toString().isEmpty());
            QVERIFY(products->index(row, percent)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"no data before"_qs));
        }
    }

    void changeColumnsShowTheCore_data() { test::addDatabaseRows(); }
    void changeColumnsShowTheCore()
    {
        CS_FRESH_DATABASE(db);
        const Status seeded = test::seedReportData(*db);
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.errorString()));
        Window w(QDate(2026, 10, 1), QDate(2026, 10, 31)); // compared with September
        QVERIFY(w.open());
        const ReportResult shown = *w.window.currentResult();
        ReportRequest request = shown.request;
        request.compare = ComparisonKind::PreviousPeriod;
        ReportEngine engine(*db);
        const auto expected = engine.run(request);
        QVERIFY2(expected, qPrintable(expected ? QString() : expected.errorString()));
        QVERIFY(expected->comparison.covered);

        QSortFilterProxyModel *products = w.window.productProxy();
        const int usage = column(products, ChangeCells::usageHeader());
        const int spend = column(products, ChangeCells::spendHeader());
        const int percent = column(products, ChangeCells::percentHeader());
        QVERIFY(usage >= 0 && spend >= 0 && percent >= 0);
        QCOMPARE(lineCount(products), expected->productLines.size());
        int coloured = 0;
        for (qsizetype i = 0; i < expected->productLines.size(); ++i) {
            const ReportLine &line = expected->productLines.at(i);
            const Change change = expected->comparison.productChange(i);
            int row = 0;
            while (row < products->rowCount()
                   && !(products->index(row, 0).data().toString() == line.productCode
                        && products->index(row, column(products, u"Currency"_qs)).data().toString()
                            == line.currency))
                ++row;
            QVERIFY(row < products->rowCount());
            QCOMPARE(decimalOf(products->index(row, usage).data(ReportRoles::SortRole)),
                     change.usage);
            QCOMPARE(decimalOf(products->index(row, spend).data(ReportRoles::SortRole)),
                     change.spend);
            const QString percentText = products->index(row, percent).data().toString();
            if (change.percent && change.percent->signum() > 0)
                QVERIFY2(percentText.startsWith(u'\u25b2'), qPrintable(percentText));
            if (change.percent && change.percent->signum() < 0)
                QVERIFY2(percentText.startsWith(u'\u25bc'), qPrintable(percentText));
            if (products->index(row, percent).data(Qt::ForegroundRole).isValid())
                ++coloured;
        }
        QVERIFY(coloured > 0);

        for (const int c : { usage, spend, percent }) {
            products->sort(c, Qt::DescendingOrder);
            QVERIFY2(sortedDescending(products, c), qPrintable(QString::number(c)));
        }

        // the first scope is the billing group G-NORTH: its Channels table has the spend change
        // and change % too
        QCOMPARE(shown.request.code, u"G-NORTH"_qs);
        QSortFilterProxyModel *channels = w.window.channelProxy();
        const int channelPercent = column(channels, ChangeCells::percentHeader());
        QVERIFY(channelPercent >= 0 && column(channels, ChangeCells::spendHeader()) >= 0);
        QVERIFY(channels->rowCount() > 1);
        channels->sort(channelPercent, Qt::DescendingOrder);
        QVERIFY(sortedDescending(channels, channelPercent));
        QVERIFY(!channels->index(0, channelPercent).data().toString().isEmpty());
    }

    void choiceIsKept_data() { test::addDatabaseRows(); }
    void choiceIsKept()
    {
        CS_FRESH_DATABASE(db);
        const Status seeded = test::seedReportData(*db);
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.errorString()));
        {
            Window w(QDate(2026, 10, 1), QDate(2026, 10, 31));
            QVERIFY(w.open());
            auto *box = w.window.findChild<QComboBox *>(u"comparisonBox"_qs);
            QVERIFY(box);
            QSignalSpy compared(&w.window, &MainWindow::comparisonShown);
            box->setCurrentIndex(box->findData(int(ComparisonKind::SamePeriodLastYear)));
            QVERIFY(compared.wait(ReportTimeoutMs));
            const QString text = w.window.headline()->plainText();
            QVERIFY2(text.contains(LocaleFormat::date(QDate(2025, 10, 1))), qPrintable(text));
            QVERIFY2(text.contains(u"no data before"_qs), qPrintable(text));
            compared.clear();
            box->setCurrentIndex(box->findData(int(ComparisonKind::None)));
            QVERIFY(compared.wait(ReportTimeoutMs));
            const int percent = column(w.window.productProxy(), ChangeCells::percentHeader());
            QVERIFY(w.window.productView()->isColumnHidden(percent));
        }
        Window again(QDate(2026, 10, 1), QDate(2026, 10, 31));
        auto *box = again.window.findChild<QComboBox *>(u"comparisonBox"_qs);
        QVERIFY(box);
        QCOMPARE(box->currentData().toInt(), int(ComparisonKind::None));
    }
};

QTEST_MAIN(TestUsageCompare)
#include "tst_usagecompare.moc"
