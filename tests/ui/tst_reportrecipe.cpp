#include "common/preferences.h"
#include "main/mainwindow.h"
#include "report/producttablemodel.h"
#include "report/reportlineorder.h"
#include "report/reportrecipe.h"
#include "report/usagepage.h"
#include "reportwindow.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::test;

Q_DECLARE_METATYPE(cs::ReportRecipe)

namespace {

// The time every export of these tests says it was generated at (SOURCE_DATE_EPOCH).
const QByteArray s_epoch = "1790000000";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ReportRecipe octoberRecipe(ReportScope scope, const QString &code)
{
    ReportRecipe recipe;
    recipe.scope = scope;
    recipe.code = code;
    recipe.range = RangePreset::Custom;
    recipe.from = QDate(2026, 10, 1);
    recipe.to = QDate(2026, 10, 31);
    return recipe;
}

// The product lines the table shows, in its order, as "code/currency".
QStringList tableLines(UsagePage *page)
{
    QStringList lines;
    const ProductSortProxy *proxy = page->productProxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const int source = proxy->mapToSource(proxy->index(row, 0)).row();
        if (!page->productModel()->isSubtotal(source))
            lines.append(page->productModel()->line(source).productCode + u'/'
                         + page->productModel()->line(source).currency);
    }
    return lines;
}

QStringList coreLines(const ReportResult &result, const ReportRecipe &recipe)
{
    QStringList lines;
    for (const qsizetype i : ReportLines::shown(result, false, recipe.filter, recipe.order))
        lines.append(result.productLines.at(i).productCode + u'/'
                     + result.productLines.at(i).currency);
    return lines;
}

} // namespace

// Report recipes: the window opens one and shows its report; what the window then exports is
// byte for byte what `channelscope-cli report --recipe` writes (real CLI, both databases).
class TestReportRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SOURCE_DATE_EPOCH", s_epoch);
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().clear(); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void windowExportEqualsCli_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<ReportRecipe>("recipe");
        QTest::addColumn<QString>("locale");
        const QList<std::pair<QString, ReportRecipe>> recipes = [] {
            QList<std::pair<QString, ReportRecipe>> list;
            ReportRecipe a = octoberRecipe(ReportScope::BillingGroup, u"G-NORTH"_qs);
            a.compare = ComparisonKind::PreviousPeriod;
            a.filter = u"o"_qs;
            a.order = { SheetColumn::Usage, Qt::AscendingOrder };
            a.profile = ExportProfile::ExcelCsv;
            list.append({ u"group excel-csv filter usage ascending"_qs, a });
            ReportRecipe b = a;
            b.profile = ExportProfile::Xlsx;
            b.filter.clear();
            b.order = { SheetColumn::ChangePercent, Qt::DescendingOrder };
            list.append({ u"group xlsx change % descending"_qs, b });
            ReportRecipe c = octoberRecipe(ReportScope::BillingGroup, u"G-NORTH"_qs);
            c.byChannel = true;
            c.tab = ReportRecipe::Tab::Channels;
            c.order = { SheetColumn::ProductName, Qt::DescendingOrder };
            c.profile = ExportProfile::ExcelCsv;
            list.append({ u"by channel"_qs, c });
            ReportRecipe d = octoberRecipe(ReportScope::Channel, u"CH-A"_qs);
            d.filter = u"vol"_qs;
            d.profile = ExportProfile::MachineCsv;
            list.append({ u"machine csv"_qs, d });
            ReportRecipe e = octoberRecipe(ReportScope::Channel, u"CH-B"_qs);
            e.order = { SheetColumn::Share, Qt::AscendingOrder };
            e.tab = ReportRecipe::Tab::Trend;
            e.profile = ExportProfile::ExcelCsv;
            list.append({ u"share ascending"_qs, e });
            return list;
        }();
        for (const QString &kind : { u"sqlite"_qs, u"postgresql"_qs }) {
            for (const auto &[name, recipe] : recipes) {
                QTest::addRow("%s: %s", qPrintable(kind), qPrintable(name))
                    << kind << recipe << (name.contains(u"excel") ? u"de_DE"_qs : u"en_US"_qs);
            }
        }
    }
    void windowExportEqualsCli()
    {
        QFETCH(ReportRecipe, recipe);
        QFETCH(QString, locale);
        CS_SEEDED_DATABASE(db);
        QLocale::setDefault(QLocale(locale));
        const QString recipePath = m_dir.filePath(u"recipe.json"_qs);
        QVERIFY(ReportRecipes::write(recipePath, recipe));

        ReportWindow w;
        QVERIFY(w.open());
        UsagePage *page = w.window.usagePage();
        QVERIFY(page->openRecipe(recipePath));
        QTRY_VERIFY_WITH_TIMEOUT(page->currentResult() && !page->isReportRunning()
                                     && page->currentResult()->request.code == recipe.code
                                     && page->currentResult()->request.from == recipe.from
                                     && page->currentResult()->request.to == recipe.to
                                     && (recipe.compare == ComparisonKind::None
                                         || page->currentResult()->comparison.isActive()),
                                 ReportTimeoutMs);
        // the window shows the recipe: reading it back gives the same recipe
        QCOMPARE(page->currentRecipe(), recipe);
        QCOMPARE(page->resultTabs()->currentIndex(), int(recipe.tab));
        if (!recipe.byChannel)
            QCOMPARE(tableLines(page), coreLines(*page->currentResult(), recipe));

        const QString suffix = ReportProfiles::suffix(recipe.profile);
        const QString fromWindow = m_dir.filePath(u"window."_qs + suffix);
        const Status written = page->exportReport(fromWindow, recipe.profile, recipe.byChannel);
        QVERIFY2(written, qPrintable(written ? QString() : written.errorString()));
        const QString fromCli = m_dir.filePath(u"cli."_qs + suffix);
        const CliRun run
            = runCli({ u"report"_qs, u"--db"_qs, lastDatabaseUrl().toDisplayString(),
                       u"--recipe"_qs, recipePath, u"--locale"_qs, locale, u"-o"_qs, fromCli },
                     { u"SOURCE_DATE_EPOCH="_qs + QString::fromLatin1(s_epoch) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray cli = readAll(fromCli);
        QVERIFY(cli.size() > 100);
        QCOMPARE(readAll(fromWindow), cli);
    }

    void savedRecipeReopens_data() { addDatabaseRows(); }
    void savedRecipeReopens()
    {
        CS_SEEDED_DATABASE(db);
        ReportWindow w;
        QVERIFY(w.open());
        QVERIFY(w.show(ReportScope::Channel, u"CH-SOLO"_qs));
        QVERIFY(w.show(ReportScope::BillingGroup, u"G-NORTH"_qs));
        UsagePage *page = w.window.usagePage();
        page->productFilter()->setText(u"VOLUME"_qs);
        page->productProxy()->applyPendingFilter();
        page->productView()->sortByColumn(ProductTableModel::Accounts, Qt::AscendingOrder);
        page->resultTabs()->setCurrentIndex(UsagePage::MixTab);
        const ReportRecipe shown = page->currentRecipe();
        QCOMPARE(shown.code, u"G-NORTH"_qs);
        QCOMPARE(shown.range, RangePreset::Custom);
        QCOMPARE(shown.order.column, SheetColumn::Accounts);

        const QString path = m_dir.filePath(u"saved.json"_qs);
        QVERIFY(page->saveRecipe(path));
        const auto read = ReportRecipes::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.errorString()));
        QCOMPARE(*read, shown);
        QCOMPARE(Preferences::recentRecipes.get(), QStringList { path });

        // another scope and filter, then the recipe brings the saved report back
        QVERIFY(w.show(ReportScope::Channel, u"CH-SOLO"_qs));
        page->productFilter()->clear();
        page->productProxy()->applyPendingFilter();
        QVERIFY(page->openRecipe(path));
        QTRY_VERIFY_WITH_TIMEOUT(page->currentResult() && !page->isReportRunning()
                                     && page->currentResult()->request.code == u"G-NORTH"_qs,
                                 ReportTimeoutMs);
        QCOMPARE(page->currentRecipe(), shown);
        QCOMPARE(page->resultTabs()->currentIndex(), int(UsagePage::MixTab));
    }

    void badRecipeChangesNothing_data() { addDatabaseRows(); }
    void badRecipeChangesNothing()
    {
        CS_SEEDED_DATABASE(db);
        ReportWindow w;
        QVERIFY(w.open());
        UsagePage *page = w.window.usagePage();
        const ReportRecipe before = page->currentRecipe();
        ReportRecipe unknown = octoberRecipe(ReportScope::BillingGroup, u"NO-SUCH"_qs);
        const QString path = m_dir.filePath(u"unknown.json"_qs);
        QVERIFY(ReportRecipes::write(path, unknown));
        QVERIFY(!page->openRecipe(path));
        QVERIFY2(page->bannerText().contains(u"no billing group \"NO-SUCH\""_qs),
                 qPrintable(page->bannerText()));
        QCOMPARE(page->currentRecipe(), before);
        QVERIFY(Preferences::recentRecipes.get().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportRecipe)
#include "tst_reportrecipe.moc"
