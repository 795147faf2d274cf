#include "config/configuration.h"
#include "report/reportrecipe.h"
#include "reportfixture.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

const QByteArray s_head = R"("format": "channelscope-report-recipe", "version": 1, )";

QByteArray recipeJson(const QByteArray &members)
{
    return "{" + s_head + members + "}";
}

} // namespace

// Report recipe files: what a valid one means, and a clear error (file, key or line and column)
// for every way a file can be wrong; the CLI's --recipe.
class TestReportRecipeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        ReportRecipe recipe;
        recipe.scope = ReportScope::BillingGroup;
        recipe.code = u"GLOBALNET"_qs;
        recipe.range = RangePreset::LastQuarter;
        recipe.compare = ComparisonKind::SamePeriodLastYear;
        recipe.byChannel = true;
        recipe.tab = ReportRecipe::Tab::Mix;
        recipe.filter = u"Ünïcode \"quoted\" =SUM(A1)"_qs;
        recipe.order = { SheetColumn::ChangePercent, Qt::AscendingOrder };
        recipe.profile = ExportProfile::Xlsx;
        const auto read = ReportRecipes::parse(ReportRecipes::toJson(recipe), u"r.json"_qs);
        QVERIFY2(read, qPrintable(read ? QString() : read.errorString()));
        QCOMPARE(*read, recipe);

        recipe.range = RangePreset::Custom;
        recipe.from = QDate(2026, 2, 1);
        recipe.to = QDate(2026, 2, 28);
        recipe.order.column = std::nullopt;
        const QString path = m_dir.filePath(u"fixed.json"_qs);
        QVERIFY(ReportRecipes::write(path, recipe));
        const auto file = ReportRecipes::read(path);
        QVERIFY2(file, qPrintable(file ? QString() : file.errorString()));
        QCOMPARE(ReportRecipes::toJson(*file), ReportRecipes::toJson(recipe));
        QCOMPARE(*file, recipe);
    }

    void defaults()
    {
        const auto read = ReportRecipes::parse(
            recipeJson(R"("scope": "channel", "code": "CH-A", "range": {"rule": "last-month"})"),
            u"r.json"_qs);
        QVERIFY2(read, qPrintable(read ? QString() : read.errorString()));
        QCOMPARE(read->compare, ComparisonKind::None);
        QCOMPARE(read->byChannel, false);
        QCOMPARE(read->tab, ReportRecipe::Tab::Products);
        QCOMPARE(read->order, ReportLineOrder());
        QCOMPARE(read->profile, ExportProfile::MachineCsv);
    }

    void rangeRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QDate today(2026, 12, 1);
        QTest::newRow("last month")
            << u"last-month"_qs << today << QDate(2026, 11, 1) << QDate(2026, 11, 30);
        QTest::newRow("last month in January")
            << u"last-month"_qs << QDate(2027, 1, 3) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
        QTest::newRow("last quarter")
            << u"last-quarter"_qs << today << QDate(2026, 7, 1) << QDate(2026, 9, 30);
        QTest::newRow("previous year")
            << u"previous-year"_qs << today << QDate(2025, 1, 1) << QDate(2025, 12, 31);
        QTest::newRow("last 12 months")
            << u"last-12-months"_qs << today << QDate(2025, 12, 1) << QDate(2026, 11, 30);
    }
    void rangeRules()
    {
        QFETCH(QString, rule);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const auto read = ReportRecipes::parse(
            recipeJson(R"("scope": "channel", "code": "CH-A", "range": {"rule": ")" + rule.toUtf8()
                       + R"("}, "comparison": "previous")"),
            u"r.json"_qs);
        QVERIFY2(read, qPrintable(read ? QString() : read.errorString()));
        const ReportRequest request = read->request(today);
        QCOMPARE(request.from, from);
        QCOMPARE(request.to, to);
        QCOMPARE(request.code, u"CH-A"_qs);
        QCOMPARE(request.compare, ComparisonKind::PreviousPeriod);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray scope = R"("scope": "channel", "code": "CH-A", )";
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"channelscope-report-recipe\",\n  "
                                              "\"version\": 1,,\n}")
                                << u"r.json: line 3, column 17: "_qs;
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << u"r.json: a report recipe is a JSON object"_qs;
        QTest::newRow("other file")
            << QByteArray(R"({"name": "x"})")
            << u"r.json: \"format\": must be \"channelscope-report-recipe\""_qs;
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "channelscope-report-recipe", "version": 2})")
            << u"r.json: recipe version 2 was written by a newer ChannelScope; this one reads "
               "version 1"_qs;
        QTest::newRow("version text")
            << QByteArray(R"({"format": "channelscope-report-recipe", "version": "1"})")
            << u"r.json: \"version\": must be a whole number from 1"_qs;
        QTest::newRow("unknown key")
            << recipeJson(scope + R"("range": {"rule": "last-month"}, "colour": 1)")
            << u"r.json: \"colour\": unknown key"_qs;
        QTest::newRow("no scope") << recipeJson(R"("code": "X", "range": {"rule": "last-month"})")
                                  << u"r.json: \"scope\": is missing"_qs;
        QTest::newRow("bad scope")
            << recipeJson(R"("scope": "reseller", "code": "X", "range": {"rule": "last-month"})")
            << u"r.json: \"scope\": \"reseller\" is not one of channel, billing-group"_qs;
        QTest::newRow("empty code")
            << recipeJson(R"("scope": "channel", "code": "", "range": {"rule": "last-month"})")
            << u"r.json: \"code\": must not be empty"_qs;
        QTest::newRow("no range") << recipeJson(R"("scope": "channel", "code": "X")")
                                  << u"r.json: \"range\": is missing"_qs;
        QTest::newRow("bad rule") << recipeJson(scope + R"("range": {"rule": "last-fortnight"})")
                                  << u"r.json: \"range.rule\": \"last-fortnight\" is not one of "
                                     "last-month, this-month, last-7-days, last-quarter, "
                                     "year-to-date, last-12-months, previous-year, fixed"_qs;
        QTest::newRow("fixed without to")
            << recipeJson(scope + R"("range": {"rule": "fixed", "from": "2026-01-01"})")
            << u"r.json: \"range.to\": is missing"_qs;
        QTest::newRow("bad date")
            << recipeJson(
                   scope
                   + R"("range": {"rule": "fixed", "from": "2026-02-30", "to": "2026-03-01"})")
            << u"r.json: \"range.from\": \"2026-02-30\" is not a date YYYY-MM-DD"_qs;
        QTest::newRow("from after to")
            << recipeJson(
                   scope
                   + R"("range": {"rule": "fixed", "from": "2026-03-02", "to": "2026-03-01"})")
            << u"r.json: \"range\": \"from\" 2026-03-02 is after \"to\" 2026-03-01"_qs;
        QTest::newRow("dates with a rule")
            << recipeJson(scope + R"("range": {"rule": "last-month", "from": "2026-03-02"})")
            << u"r.json: \"range\": \"from\" and \"to\" belong to the rule \"fixed\" only"_qs;
        QTest::newRow("bad comparison")
            << recipeJson(scope + R"("range": {"rule": "last-month"}, "comparison": "quarter")")
            << u"r.json: \"comparison\": \"quarter\" is not one of none, previous, year"_qs;
        QTest::newRow("bad sort column")
            << recipeJson(scope + R"("range": {"rule": "last-month"}, "sort": {"column": "price"})")
            << u"r.json: \"sort.column\": \"price\" is not one of product-code"_qs;
        QTest::newRow("bad sort order")
            << recipeJson(
                   scope
                   + R"("range": {"rule": "last-month"}, "sort": {"column": "spend", "order": "up"})")
            << u"r.json: \"sort.order\": \"up\" is not one of ascending, descending"_qs;
        QTest::newRow("bad profile")
            << recipeJson(scope + R"("range": {"rule": "last-month"}, "profile": "pdf")")
            << u"r.json: \"profile\": \"pdf\" is not one of csv, excel-csv, xlsx"_qs;
        QTest::newRow("filter number")
            << recipeJson(scope + R"("range": {"rule": "last-month"}, "filter": 5)")
            << u"r.json: \"filter\": must be a text"_qs;
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto read = ReportRecipes::parse(json, u"r.json"_qs);
        QVERIFY(!read);
        QVERIFY2(read.errorString().startsWith(error), qPrintable(read.errorString()));
    }

    void missingFile()
    {
        const auto read = ReportRecipes::read(m_dir.filePath(u"none.json"_qs));
        QVERIFY(!read);
        QVERIFY2(read.errorString().contains(u"none.json: cannot read"_qs),
                 qPrintable(read.errorString()));
    }

    // The CLI: usage errors (exit 2) name the file or the clash; a relative rule counts from
    // today in the business time zone.
    void cliRecipe_data() { test::addDatabaseRows(); }
    void cliRecipe()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 7));
        const QString url = test::lastDatabaseUrl().toDisplayString();
        const QString path = m_dir.filePath(u"cli.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(recipeJson(R"("scope": "billing-group", "code": "BG1", "range": {"rule": )"
                              R"("last-month"}, "profile": "csv")"));
        file.close();

        const auto zone = Configuration::businessTimeZone(*db);
        QVERIFY(zone);
        const QDate today = QDateTime::currentDateTime().toTimeZone(*zone).date();
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        const test::CliRun byRecipe
            = test::runCliInProcess({ u"report"_qs, u"--db"_qs, url, u"--recipe"_qs, path });
        QVERIFY2(byRecipe.exitCode == 0, qPrintable(byRecipe.err));
        const test::CliRun byOptions = test::runCliInProcess(
            { u"report"_qs, u"--db"_qs, url, u"--billing-group"_qs, u"BG1"_qs, u"--from"_qs,
              first.toString(Qt::ISODate), u"--to"_qs,
              first.addMonths(1).addDays(-1).toString(Qt::ISODate) });
        QCOMPARE(byOptions.exitCode, 0);
        QCOMPARE(byRecipe.out, byOptions.out);

        const test::CliRun clash = test::runCliInProcess(
            { u"report"_qs, u"--db"_qs, url, u"--recipe"_qs, path, u"--channel"_qs, u"X"_qs });
        QCOMPARE(clash.exitCode, 2);
        QVERIFY2(clash.err.contains(u"--recipe and --channel do not go together"_qs),
                 qPrintable(clash.err));
        const test::CliRun missing = test::runCliInProcess(
            { u"report"_qs, u"--db"_qs, url, u"--recipe"_qs, m_dir.filePath(u"none.json"_qs) });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"none.json: cannot read"_qs), qPrintable(missing.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportRecipeFile)
#include "tst_reportrecipefile.moc"
