#include "numeric/decimal.h"
#include "report/reportcsv.h"
#include "report/reportprofiles.h"
#include "report/reportsheet.h"
#include "report/reportxlsx.h"
#include "reportfixture.h"
#include "sheetsample.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::CliRun;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The cells of a CSV line with separator `separator` (quotes as RFC 4180).
QStringList cells(const QString &line, QChar separator)
{
    QStringList result;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            cell += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == separator && !quoted) {
            result.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    result.append(cell);
    return result;
}

} // namespace

// The export profiles: the sheet they share, "CSV for Excel" in two locales, the workbook, and
// the CLI's --format on SQLite and PostgreSQL.
class TestReportProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void significantDigits_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<bool>("fits");
        QTest::newRow("small") << u"22.500000"_qs << true;
        QTest::newRow("15 digits") << u"123456789.012345"_qs << true;
        QTest::newRow("16 digits") << u"1234567890.123456"_qs << false;
        QTest::newRow("10^15 bytes") << u"1000000000000000.000000"_qs << true;
        QTest::newRow("10^19 whole") << u"10000000000000000000"_qs << true;
        QTest::newRow("2^53+1") << u"9007199254740993"_qs << false;
        QTest::newRow("millionth") << u"-0.000001"_qs << true;
    }
    void significantDigits()
    {
        QFETCH(QString, decimal);
        QFETCH(bool, fits);
        QCOMPARE(ReportSheets::fitsSpreadsheet(decimal), fits);
    }

    void sheetScalesWhatASpreadsheetCannotHold()
    {
        const ReportResult result = test::sheetSample();
        const ReportSheet sheet = ReportSheets::build(result, {}, QDateTime::currentDateTimeUtc());
        qsizetype usage = -1;
        for (qsizetype i = 0; i < sheet.columns.size(); ++i)
            if (sheet.columns.at(i).id == SheetColumn::Usage && !sheet.columns.at(i).exact)
                usage = i;
        QVERIFY(usage >= 0);
        QVERIFY(sheet.columns.at(usage + 1).exact);
        const QList<SheetCell> &bytes = sheet.rows.at(0);
        QCOMPARE(bytes.at(usage).scaleUnit, u"EB"_qs);
        QCOMPARE(bytes.at(usage).text, u"1.23456789012346"_qs);
        QCOMPARE(bytes.at(usage + 1).text, u"1234567890123456789.123456 Bytes"_qs);
        // a row that fits: the number unscaled, the exact column empty
        QCOMPARE(sheet.rows.at(2).at(usage).text, u"22.500000"_qs);
        QVERIFY(sheet.rows.at(2).at(usage).scaleUnit.isEmpty());
        QVERIFY(sheet.rows.at(2).at(usage + 1).isEmpty());
        QCOMPARE(sheet.totals.size(), 3); // BHD, EUR, JPY
    }

    void excelCsvFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("usage");
        QTest::newRow("en_US") << QLocale(u"en_US"_qs) << u","_qs << u"22.500000"_qs;
        QTest::newRow("de_DE") << QLocale(u"de_DE"_qs) << u";"_qs << u"22,500000"_qs;
    }
    void excelCsvFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, separator);
        QFETCH(QString, usage);
        const ReportSheet sheet
            = ReportSheets::build(test::sheetSample(), {}, QDateTime::currentDateTimeUtc());
        const QByteArray bytes = ReportProfiles::excelCsv(sheet, locale);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!bytes.contains("sep="));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_qs);
        QCOMPARE(cells(lines.at(0), separator.front()).size(), sheet.columns.size());
        const QStringList vm = cells(lines.at(3), separator.front());
        QCOMPARE(vm.size(), sheet.columns.size());
        QVERIFY2(vm.contains(usage), qPrintable(lines.at(3)));
        QVERIFY(vm.contains(u"Running VM \"large\"; x, y"_qs));
        QVERIFY(vm.contains(u"2026-03-01"_qs));
        // formula guards on text only; a negative change stays a number
        const QStringList eq = cells(lines.at(2), separator.front());
        QVERIFY(eq.contains(u"'=SUM(A1:A2)"_qs));
        QVERIFY(eq.contains(separator == u";" ? u"-1,500000"_qs : u"-1.500000"_qs));
        QVERIFY(lines.at(4).contains(u"'-minus and @at"_qs));
    }

    void xlsxWritesAtomically()
    {
        const ReportSheet sheet
            = ReportSheets::build(test::sheetSample(), {}, QDateTime::currentDateTimeUtc());
        const QString path = m_dir.filePath(u"sample.xlsx"_qs);
        const Status written = ReportXlsx::write(path, sheet);
        QVERIFY2(written, qPrintable(written ? QString() : written.errorString()));
        QVERIFY(readAll(path).startsWith("PK\x03\x04"));
        // a folder that does not exist: the error names the file, nothing is left behind
        const QString missing = m_dir.filePath(u"no/such/dir/x.xlsx"_qs);
        const Status failed = ReportXlsx::write(missing, sheet);
        QVERIFY(!failed);
        QVERIFY2(failed.errorString().contains(missing), qPrintable(failed.errorString()));
        QVERIFY(!QFile::exists(missing));
        // an unwritable folder: the old file stays, no temporary file is left
        const QString locked = m_dir.filePath(u"locked"_qs);
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(locked).isWritable())
            return; // root ignores the permissions; the missing folder above still ran
        QVERIFY(!ReportXlsx::write(locked + u"/x.xlsx"_qs, sheet));
        QVERIFY(QDir(locked).isEmpty());
    }

    void cliFormats_data() { test::addDatabaseRows(); }
    void cliFormats()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 42));
        const QString url = test::lastDatabaseUrl().toDisplayString();
        const QStringList args { u"report"_qs,          u"--db"_qs, url,
                                 u"--billing-group"_qs, u"BG1"_qs,  u"--from"_qs,
                                 u"2026-03-01"_qs,      u"--to"_qs, u"2026-03-31"_qs };
        const CliRun machine = test::runCliInProcess(args);
        QCOMPARE(machine.exitCode, 0);
        const QStringList machineLines = machine.out.split(u"\r\n"_qs, Qt::SkipEmptyParts);

        const QString german = m_dir.filePath(test::currentDatabaseKind() + u"-de.csv"_qs);
        const CliRun excel
            = test::runCliInProcess(args
                                    + QStringList { u"--format"_qs, u"excel-csv"_qs, u"--locale"_qs,
                                                    u"de_DE"_qs, u"-o"_qs, german });
        QCOMPARE(excel.exitCode, 0);
        const QByteArray bytes = readAll(german);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_qs);
        // the same lines in the same order; the usage and spend with a decimal comma (the
        // exact column, where one is, holds the usage that a spreadsheet cannot)
        const QStringList header = cells(lines.at(0), u';');
        const qsizetype name = header.indexOf(u"Billing Group Name"_qs);
        const qsizetype code = header.indexOf(u"Product Code"_qs);
        const qsizetype usage = header.indexOf(u"Usage"_qs);
        const qsizetype exact = header.indexOf(u"Usage (exact)"_qs);
        const qsizetype spend = header.indexOf(u"Spend"_qs);
        const qsizetype exactSpend = header.indexOf(u"Spend (exact)"_qs);
        // the spend as exact text: from the exact column where the number is scaled
        const auto spendOf = [&](const QStringList &row) {
            const QString exactText = exactSpend >= 0 ? row.value(exactSpend) : QString();
            return exactText.isEmpty() ? QString(row.value(spend)).replace(u',', u'.')
                                       : exactText.section(u' ', 0, 0);
        };
        QVERIFY(name >= 0 && code >= 0 && usage >= 0 && spend >= 0);
        std::map<QString, Decimal> totals;
        for (qsizetype row = 1; row < machineLines.size(); ++row) {
            const QStringList expected = cells(machineLines.at(row), u',');
            const QStringList got = cells(lines.at(row), u';');
            QCOMPARE(got.value(name), expected.value(2)); // '=Two keeps its guard
            QCOMPARE(got.value(code), expected.value(5));
            const QString exactUsage = exact >= 0 ? got.value(exact) : QString();
            if (exactUsage.isEmpty())
                QCOMPARE(got.value(usage), QString(expected.value(8)).replace(u'.', u','));
            else
                QCOMPARE(exactUsage.section(u' ', 0, 0), expected.value(8));
            QCOMPARE(spendOf(got), expected.value(9));
            if (!expected.value(9).isEmpty())
                totals[expected.value(10)]
                    = totals[expected.value(10)].plus(*Decimal::parse(expected.value(9))).value();
        }
        QVERIFY(!totals.empty());
        // a totals row per currency with the sum of the machine CSV's spend
        qsizetype row = machineLines.size();
        for (const auto &[currency, total] : totals) {
            const QStringList got = cells(lines.at(row++), u';');
            QVERIFY2(got.value(0).startsWith(u"Total "_qs + currency), qPrintable(got.value(0)));
            QCOMPARE(*Decimal::parse(spendOf(got)), total);
        }

        const QString workbook = m_dir.filePath(test::currentDatabaseKind() + u".xlsx"_qs);
        const CliRun xlsx = test::runCliInProcess(
            args + QStringList { u"--format"_qs, u"xlsx"_qs, u"-o"_qs, workbook });
        QCOMPARE(xlsx.exitCode, 0);
        QVERIFY(readAll(workbook).startsWith("PK\x03\x04"));
        const QString missing = m_dir.filePath(u"missing/x.xlsx"_qs);
        const CliRun failed = test::runCliInProcess(
            args + QStringList { u"--format"_qs, u"xlsx"_qs, u"-o"_qs, missing });
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(missing), qPrintable(failed.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void cliUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << QStringList { u"--format"_qs, u"ods"_qs }
                                << u"is not csv, excel-csv or xlsx"_qs;
        QTest::newRow("xlsx to stdout")
            << QStringList { u"--format"_qs, u"xlsx"_qs } << u"the xlsx format needs -o FILE"_qs;
        QTest::newRow("locale") << QStringList { u"--locale"_qs, u"xx_QQ"_qs }
                                << u"is not a known locale"_qs;
    }
    void cliUsageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const CliRun run = test::runCliInProcess(
            QStringList { u"report"_qs, u"--db"_qs, m_dir.filePath(u"none.sqlite"_qs),
                          u"--channel"_qs, u"C1"_qs, u"--from"_qs, u"2026-03-01"_qs, u"--to"_qs,
                          u"2026-03-31"_qs }
            + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestReportProfiles)
#include "tst_reportprofiles.moc"
