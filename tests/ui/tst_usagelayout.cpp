#include "db/connection.h"
#include "main/mainwindow.h"
#include "report/channeltablemodel.h"
#include "report/daterangeselector.h"
#include "report/producttablemodel.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace cs;

namespace {

// Names as long as real ones get: they must elide, not push the numbers out of sight.
Status lengthenNames(Connection &db)
{
    const auto product = db.exec(QStringLiteral(
        "UPDATE product SET name = 'Running virtual machine, general purpose, billed per "
        "vCPU hour in every region' WHERE code = 'RUNNING_VM'"));
    if (!product)
        return product.error();
    const auto channel = db.exec(QStringLiteral(
        "UPDATE channel SET name = 'Alpha Cloud Services International Reseller Network' "
        "WHERE code = 'CH-A'"));
    if (!channel)
        return channel.error();
    return success();
}

QString describe(const QHeaderView *header, const QAbstractItemView *view)
{
    QString text = QStringLiteral("viewport %1:").arg(view->viewport()->width());
    for (int column = 0; column < header->count(); ++column)
        text += QStringLiteral(" %1=%2/%3")
                    .arg(column)
                    .arg(header->sectionSize(column))
                    .arg(view->sizeHintForColumn(column));
    return text;
}

// No sideways scrolling; every column not in `elastic` shows its whole content; an elastic
// column is cut only when the table uses its whole width. Only the `optional` columns give way,
// and only then; `unitColumn` (>= 0) is always hidden (the usage cells name their unit).
void checkFits(const QAbstractItemView *view, const QHeaderView *header, const QList<int> &elastic,
               const QString &where, const QList<int> &optional = {}, int unitColumn = -1)
{
    const QString state = where + u' ' + describe(header, view);
    QVERIFY2(header->length() <= view->viewport()->width(), qPrintable(state));
    const bool full = header->length() >= view->viewport()->width() - 2;
    for (int column = 0; column < header->count(); ++column) {
        if (column == unitColumn) {
            QVERIFY2(header->isSectionHidden(column), qPrintable(state));
            continue;
        }
        if (header->isSectionHidden(column)) {
            // only the optional columns give way, and only when the table uses its whole width
            QVERIFY2(optional.contains(column) && full, qPrintable(state));
            continue;
        }
        const int needed = std::max(view->sizeHintForColumn(column), 1);
        if (header->sectionSize(column) >= needed)
            continue;
        QVERIFY2(elastic.contains(column),
                 qPrintable(state + QStringLiteral(": column %1 cut").arg(column)));
        QVERIFY2(
            full,
            qPrintable(state + QStringLiteral(": column %1 cut beside free space").arg(column)));
        // readable: at least a few characters
        QVERIFY2(header->sectionSize(column) >= 5 * view->fontMetrics().averageCharWidth(),
                 qPrintable(state + QStringLiteral(": column %1 unreadable").arg(column)));
    }
}

} // namespace

class TestUsageLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void columnsFitTheWindow_data() { test::addDatabaseRows(); }
    void columnsFitTheWindow();
};

void TestUsageLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsageLayout::init()
{
    QSettings().clear();
}

void TestUsageLayout::columnsFitTheWindow()
{
    CS_SEEDED_DATABASE(db);
    const Status lengthened = lengthenNames(*db);
    QVERIFY2(lengthened, qPrintable(lengthened ? QString() : lengthened.errorString()));

    test::ReportWindow w(QDate(2026, 10, 1), QDate(2026, 10, 31), QSize(1024, 700));
    MainWindow &window = w.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(w.open());
    QCOMPARE(window.currentResult()->request.code, QStringLiteral("G-NORTH"));

    auto *tree = window.usagePage()->findChild<QTreeView *>();
    QVERIFY(tree);
    QTableView *products = window.productView();
    QTableView *channels = window.usagePage()->channelView();
    for (const QSize size :
         { QSize(1024, 700), QSize(1280, 800), QSize(1600, 1000), QSize(1920, 1080) }) {
        window.resize(size);
        QTest::qWait(50);
        const QString where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        window.resultTabs()->setCurrentIndex(UsagePage::ProductsTab);
        QTest::qWait(20);
        checkFits(products, products->horizontalHeader(),
                  { ProductTableModel::Code, ProductTableModel::Name, ProductTableModel::Category },
                  where + QStringLiteral(" products"),
                  { ProductTableModel::Category, ProductTableModel::UsageChange },
                  ProductTableModel::Unit);
        if (QTest::currentTestFailed())
            return;
        window.resultTabs()->setCurrentIndex(UsagePage::ChannelsTab);
        QTest::qWait(20);
        checkFits(channels, channels->horizontalHeader(),
                  { ChannelTableModel::Code, ChannelTableModel::Name },
                  where + QStringLiteral(" channels"));
        if (QTest::currentTestFailed())
            return;
        checkFits(tree, tree->header(), { 0, 1 }, where + QStringLiteral(" tree"));
        if (QTest::currentTestFailed())
            return;
        // the tree's names are readable: at least ten characters
        QVERIFY2(tree->header()->sectionSize(1) >= 10 * tree->fontMetrics().averageCharWidth(),
                 qPrintable(where + u' ' + describe(tree->header(), tree)));
    }
    // a cut name shows whole in its tooltip
    const QModelIndex name = products->model()->index(0, ProductTableModel::Name);
    QVERIFY(!name.data(Qt::ToolTipRole).toString().isEmpty());
}

QTEST_MAIN(TestUsageLayout)
#include "tst_usagelayout.moc"
