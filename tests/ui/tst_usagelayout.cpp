#include "db/connection.h"
#include "i18n/translations.h"
#include "main/mainwindow.h"
#include "report/channeltablemodel.h"
#include "report/daterangeselector.h"
#include "report/mixchartwidget.h"
#include "report/producttablemodel.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
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

// Many products with long codes, each used on one day by CH-A (USD): more bars than a small
// window has room for, and labels wider than the chart gives them.
Status addLongProducts(Connection &db)
{
    const qint64 start
        = QDateTime(QDate(2026, 10, 10), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int p = 1; p <= 14; ++p) {
        const QString code
            = QStringLiteral("NETWORK_BYTES_SENT_TO_REGION_%1").arg(p, 2, 10, QLatin1Char('0'));
        const QStringList statements {
            QStringLiteral("INSERT INTO product (code, name, category, uom) VALUES "
                           "('%1', 'Bytes sent', 'Network', 'GB')")
                .arg(code),
            QStringLiteral("INSERT INTO rate (product_id, currency, rate, effective_from, "
                           "channel_id) VALUES ((SELECT id FROM product WHERE code = '%1'), "
                           "'USD', '1.25', '2020-01-01', NULL)")
                .arg(code),
            QStringLiteral("INSERT INTO usage_record (external_id, account_id, product_id, "
                           "start_at, end_at, quantity_whole, quantity_micros) VALUES ('L%1', "
                           "(SELECT id FROM account WHERE code = 'CH-A-ACC1'), (SELECT id FROM "
                           "product WHERE code = '%2'), %3, %4, %5, 0)")
                .arg(p)
                .arg(code)
                .arg(start)
                .arg(start + 86'400'000)
                .arg(1000 + p * 37),
        };
        for (const QString &sql : statements) {
            if (auto q = db.exec(sql); !q)
                return q.error();
        }
    }
    return success();
}

// The labels the chart drew: none cut by the chart ("NETWORK_BYTES_SENT_TO_REGION_01 (1..." or
// "..." where a label had no room), each with its whole amount.
void checkMixLabels(QChartView *view, int bars, const QString &where)
{
    int labels = 0;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString plain = text->toPlainText();
        QVERIFY2(!plain.endsWith(QStringLiteral("...")) && !plain.endsWith(u'\u2026'),
                 qPrintable(where + QStringLiteral(": label \"%1\"").arg(plain)));
        if (plain.endsWith(u')'))
            ++labels;
    }
    QVERIFY2(labels >= bars, qPrintable(where + QStringLiteral(": %1 labels").arg(labels)));
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

// The scope tree fits; its names are readable (ten characters at least), or, where the tree is
// too narrow for both, hidden so that the codes get the whole width (the tooltips name both).
void checkTree(const QTreeView *tree, const QString &where)
{
    checkFits(tree, tree->header(), { 0, 1 }, where + QStringLiteral(" tree"), { 1 });
    if (QTest::currentTestFailed())
        return;
    const QString state = where + u' ' + describe(tree->header(), tree);
    if (tree->header()->isSectionHidden(1))
        QVERIFY2(tree->header()->sectionSize(0) >= tree->viewport()->width() - 2,
                 qPrintable(state));
    else
        QVERIFY2(tree->header()->sectionSize(1) >= 10 * tree->fontMetrics().averageCharWidth(),
                 qPrintable(state));
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
    void germanFitsASmallScreen_data() { test::addDatabaseRows(); }
    void germanFitsASmallScreen();
    void mixLabelsShowTheirAmounts_data() { test::addDatabaseRows(); }
    void mixLabelsShowTheirAmounts();
    void cleanup();
};

void TestUsageLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsageLayout::init()
{
    QSettings().clear();
}

void TestUsageLayout::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
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
        checkTree(tree, where);
        if (QTest::currentTestFailed())
            return;
    }
    // a cut name shows whole in its tooltip
    const QModelIndex name = products->model()->index(0, ProductTableModel::Name);
    QVERIFY(!name.data(Qt::ToolTipRole).toString().isEmpty());
}

// German labels are longer ("Geschäftstage in UTC", "Vergleichen mit:"): the window must still
// fit a 1024 px screen, with the tree's codes whole and the numbers of the tables whole.
void TestUsageLayout::germanFitsASmallScreen()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!Translations::install(*qApp, QLocale()).isEmpty());
    CS_SEEDED_DATABASE(db);
    test::ReportWindow w(QDate(2026, 10, 1), QDate(2026, 10, 31), QSize(1024, 700));
    MainWindow &window = w.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(w.open());
    QTest::qWait(50);

    QVERIFY2(window.minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QCOMPARE(window.width(), 1024);
    auto *tree = window.usagePage()->findChild<QTreeView *>();
    QVERIFY(tree);
    checkTree(tree, QStringLiteral("German 1024x700"));
    QTableView *products = window.productView();
    checkFits(products, products->horizontalHeader(),
              { ProductTableModel::Code, ProductTableModel::Name, ProductTableModel::Category },
              QStringLiteral("German 1024x700 products"),
              { ProductTableModel::Category, ProductTableModel::UsageChange },
              ProductTableModel::Unit);
}

void TestUsageLayout::mixLabelsShowTheirAmounts()
{
    CS_SEEDED_DATABASE(db);
    const Status added = addLongProducts(*db);
    QVERIFY2(added, qPrintable(added ? QString() : added.errorString()));
    test::ReportWindow w(QDate(2026, 10, 1), QDate(2026, 10, 31), QSize(1024, 700));
    MainWindow &window = w.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(w.open());
    window.resultTabs()->setCurrentIndex(UsagePage::MixTab);
    MixChartWidget *mix = window.usagePage()->mixChart();
    mix->currencyBox()->setCurrentText(QStringLiteral("USD"));
    for (const QSize size : { QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080) }) {
        window.resize(size);
        QTest::qWait(50);
        const QString where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        checkMixLabels(mix->productView(), MixChartWidget::MinimumBars,
                       where + QStringLiteral(" products"));
        if (QTest::currentTestFailed())
            return;
        checkMixLabels(mix->channelView(), 1, where + QStringLiteral(" channels"));
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_MAIN(TestUsageLayout)
#include "tst_usagelayout.moc"
