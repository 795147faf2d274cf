#include "numeric/decimal.h"
#include "report/reportcsv.h"
#include "report/reportprofiles.h"
#include "report/reportsheet.h"
#include "sheetsample.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cs;

namespace {

// A cell as LibreOffice Calc holds it after opening a file: its type ("float", "string",
// "date", "" for empty) and value (office:value, office:date-value or the text).
struct CalcCell
{
    QString type;
    QString value;
};
using CalcGrid = QList<QList<CalcCell>>;

QString cellText(QXmlStreamReader &xml)
{
    QStringList paragraphs;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"p")
            paragraphs.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        else
            xml.skipCurrentElement();
    }
    return paragraphs.join(u'\n');
}

// The first (or `sheet`-th) table of a flat ODF spreadsheet, with repeated cells expanded.
CalcGrid readFods(const QString &path, int sheet = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    CalcGrid grid;
    int table = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"table" && xml.prefix() == u"table")
            ++table;
        if (table != sheet)
            continue;
        if (xml.name() == u"table-row") {
            grid.append(QList<CalcCell>());
        } else if (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell") {
            const auto attributes = xml.attributes();
            const int repeat
                = qMin(64, qMax(1, attributes.value(u"table:number-columns-repeated"_qs).toInt()));
            CalcCell cell;
            cell.type = attributes.value(u"office:value-type"_qs).toString();
            if (cell.type == u"date")
                cell.value = attributes.value(u"office:date-value"_qs).toString().left(10);
            else if (cell.type == u"string")
                cell.value = cellText(xml);
            else
                cell.value = attributes.value(u"office:value"_qs).toString();
            for (int i = 0; i < repeat; ++i)
                grid.last().append(cell);
        }
    }
    return grid;
}

// Whether Calc's number is the exact decimal: equal as decimals, or equal after rounding Calc's
// value (a double printed with up to 17 digits) to the 15 significant digits of `exact`.
bool sameNumber(const QString &calc, const QString &exact)
{
    const auto a = Decimal::parse(calc);
    const auto b = Decimal::parse(exact);
    if (!a || !b)
        return false;
    if (*a == *b)
        return true;
    const qsizetype whole = b->rounded(0).toString().remove(u'-').size();
    const int decimals = int(qMax<qsizetype>(0, 15 - whole));
    return a->rounded(qMin(decimals, Decimal::MaxScale)) == b->rounded(decimals);
}

// The text a CSV profile leaves in a spreadsheet for a text cell: the formula guard stays
// visible (a leading ' before = + - @).
QString guarded(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) ? u'\'' + text : text;
}

} // namespace

// Every profile opened by LibreOffice Calc (headless, converted to flat ODF) under an English
// and a German locale: numbers arrive as the same numbers, names as the same text, totals as
// the report's.
class TestSpreadsheetRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_soffice;
    ReportResult m_result = test::sheetSample();
    ReportSheet m_sheet;

    // Converts `files` (in m_dir) to .fods with a private profile whose locale is `locale`
    // ("en-US", "de-DE"); CSV files are read with the separator `separator`.
    bool convert(const QStringList &files, const QString &locale, QChar separator);

private Q_SLOTS:
    void initTestCase();
    void machineCsv();
    void excelCsv_data();
    void excelCsv();
    void xlsx_data();
    void xlsx();

private:
    void compareSheet(const CalcGrid &grid, bool csv);
};

bool TestSpreadsheetRoundTrip::convert(const QStringList &files, const QString &locale,
                                       QChar separator)
{
    const QString profile = m_dir.filePath(QStringLiteral("profile-") + locale);
    QDir().mkpath(profile + QStringLiteral("/user"));
    QFile settings(profile + QStringLiteral("/user/registrymodifications.xcu"));
    // the profile's locale decides the decimal mark Calc reads (fresh Debian roots generate no
    // de_DE locale for LANG; LibreOffice has its own locale data)
    if (!settings.exists()) {
        if (!settings.open(QIODevice::WriteOnly))
            return false;
        settings.write(
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items "
                           "xmlns:oor=\"http://openoffice.org/2001/registry\" "
                           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                           "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop "
                           "oor:name=\"ooSetupSystemLocale\" oor:op=\"fuse\"><value>%1</value>"
                           "</prop></item>\n<item oor:path=\"/org.openoffice.Setup/L10N\"><prop "
                           "oor:name=\"ooLocale\" oor:op=\"fuse\"><value>%1</value></prop></item>\n"
                           // no "upgrade": LibreOffice would run its graphics render tests at
                           // every start of a headless profile (30 s)
                           "<item oor:path=\"/org.openoffice.Setup/Product\"><prop "
                           "oor:name=\"ooSetupLastVersion\" oor:op=\"fuse\"><value>99.0</value>"
                           "</prop></item>\n"
                           "</oor:items>\n")
                .arg(locale)
                .toUtf8());
        settings.close();
    }
    QStringList arguments { u"-env:UserInstallation="_qs + QUrl::fromLocalFile(profile).toString(),
                            u"--headless"_qs, u"--norestore"_qs };
    if (files.first().endsWith(u".csv"))
        // separator, quote, UTF-8, from line 1, default columns, the locale's language, quoted
        // fields not forced to text, detect special numbers (dates) as a spreadsheet user's
        // double-click does
        arguments.append(u"--infilter=Text - txt - csv (StarCalc):"_qs
                         + QString::number(separator.unicode()) + u",34,76,1,,,false,true"_qs);
    arguments
        += { u"--convert-to"_qs, u"fods"_qs, u"--outdir"_qs, m_dir.filePath(u"out-"_qs + locale) };
    for (const QString &file : files)
        arguments.append(m_dir.filePath(file));
    QProcess soffice;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString posix = locale == u"de-DE" ? u"de_DE.UTF-8"_qs : u"en_US.UTF-8"_qs;
    environment.insert(u"LANG"_qs, posix);
    environment.insert(u"LC_ALL"_qs, posix);
    soffice.setProcessEnvironment(environment);
    soffice.start(m_soffice, arguments);
    if (!soffice.waitForFinished(150'000)) {
        soffice.kill();
        soffice.waitForFinished();
        qWarning("soffice timed out");
        return false;
    }
    if (soffice.exitCode() != 0)
        qWarning("soffice: %s", soffice.readAllStandardError().constData());
    return soffice.exitStatus() == QProcess::NormalExit && soffice.exitCode() == 0;
}

void TestSpreadsheetRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_soffice = QStandardPaths::findExecutable(u"soffice"_qs);
    if (m_soffice.isEmpty())
        return test::cannotRun(u"LibreOffice (soffice) is not installed: apt-get install "
                               "libreoffice-calc-nogui"_qs);
    const QDateTime at(QDate(2026, 4, 1), QTime(8, 30), QTimeZone::utc());
    m_sheet = ReportSheets::build(m_result, {}, at);
    const auto write = [&](const QString &name, ExportProfile profile, const QLocale &locale) {
        const Status written
            = ReportProfiles::write(m_dir.filePath(name), profile, m_result, {}, locale, at);
        QVERIFY2(written, qPrintable(written ? QString() : written.errorString()));
    };
    write(u"machine.csv"_qs, ExportProfile::MachineCsv, QLocale::c());
    write(u"excel-en.csv"_qs, ExportProfile::ExcelCsv,
          QLocale(QLocale::English, QLocale::UnitedStates));
    write(u"excel-de.csv"_qs, ExportProfile::ExcelCsv, QLocale(QLocale::German, QLocale::Germany));
    write(u"report.xlsx"_qs, ExportProfile::Xlsx, QLocale::c());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(convert({ u"machine.csv"_qs, u"excel-en.csv"_qs }, u"en-US"_qs, u','));
    QVERIFY(convert({ u"report.xlsx"_qs }, u"en-US"_qs, u','));
    QVERIFY(convert({ u"excel-de.csv"_qs }, u"de-DE"_qs, u';'));
    QVERIFY(convert({ u"report.xlsx"_qs }, u"de-DE"_qs, u';'));
    qInfo("LibreOffice converted the profiles in %lld ms", timer.elapsed());
}

void TestSpreadsheetRoundTrip::machineCsv()
{
    const CalcGrid grid = readFods(m_dir.filePath(u"out-en-US/machine.fods"_qs));
    const QStringList header = ReportCsv::header() + ReportCsv::comparisonHeader();
    QVERIFY(grid.size() > m_result.productLines.size());
    for (qsizetype column = 0; column < header.size(); ++column)
        QCOMPARE(grid.at(0).value(column).value, header.at(column));
    for (qsizetype row = 0; row < m_result.productLines.size(); ++row) {
        const ReportLine &line = m_result.productLines.at(row);
        const QList<CalcCell> &cells = grid.at(row + 1);
        QCOMPARE(cells.value(2).value, guarded(line.billingGroupName));
        QCOMPARE(cells.value(4).value, guarded(line.productName));
        QCOMPARE(cells.value(8).type, u"float"_qs);
        if (ReportSheets::fitsSpreadsheet(line.usage.toString()))
            QVERIFY2(sameNumber(cells.value(8).value, line.usage.toString()),
                     qPrintable(cells.value(8).value));
        if (line.spend)
            QVERIFY(sameNumber(cells.value(9).value, line.spend->toString()));
        QCOMPARE(cells.value(12).type, u"date"_qs);
        QCOMPARE(cells.value(12).value, u"2026-03-01"_qs);
    }
}

void TestSpreadsheetRoundTrip::compareSheet(const CalcGrid &grid, bool csv)
{
    QVERIFY(grid.size() >= 1 + m_sheet.rows.size() + m_sheet.totals.size());
    for (qsizetype column = 0; column < m_sheet.columns.size(); ++column)
        QCOMPARE(grid.at(0).value(column).value, m_sheet.columns.at(column).title);
    const QList<QList<SheetCell>> rows = m_sheet.rows + m_sheet.totals;
    int numbers = 0;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        for (qsizetype column = 0; column < rows.at(row).size(); ++column) {
            const SheetCell &expected = rows.at(row).at(column);
            const CalcCell calc = grid.at(row + 1).value(column);
            const QString where = u"row %1 column %2: "_qs.arg(row + 1).arg(column + 1);
            switch (expected.kind) {
            case SheetCell::Kind::Empty:
                QVERIFY2(calc.type.isEmpty(), qPrintable(where + calc.value));
                break;
            case SheetCell::Kind::Text:
                QVERIFY2(calc.type == u"string", qPrintable(where + calc.type + u' ' + calc.value));
                QCOMPARE(calc.value, csv ? guarded(expected.text) : expected.text);
                break;
            case SheetCell::Kind::Number:
                QVERIFY2(calc.type == u"float" || calc.type == u"percentage",
                         qPrintable(where + calc.type));
                QVERIFY2(sameNumber(calc.value, expected.text),
                         qPrintable(where + calc.value + u" != "_qs + expected.text));
                ++numbers;
                break;
            case SheetCell::Kind::Date:
                QCOMPARE(calc.type, u"date"_qs);
                QCOMPARE(calc.value, expected.date.toString(Qt::ISODate));
                break;
            }
        }
    }
    QVERIFY(numbers > 20);
    // the totals are the report's: the spend of each currency's lines
    const qsizetype spend = [&] {
        for (qsizetype i = 0; i < m_sheet.columns.size(); ++i)
            if (m_sheet.columns.at(i).id == SheetColumn::Spend && !m_sheet.columns.at(i).exact)
                return i;
        return qsizetype(-1);
    }();
    QVERIFY(spend >= 0);
    const QMap<QString, QString> totals { { u"BHD"_qs, u"1.125"_qs },
                                          { u"EUR"_qs, u"1234719.75"_qs },
                                          { u"JPY"_qs, u"70000"_qs } };
    for (qsizetype t = 0; t < m_sheet.totals.size(); ++t) {
        const QList<CalcCell> &cells = grid.at(1 + m_sheet.rows.size() + t);
        const QString currency = totals.keys().at(t);
        QVERIFY2(cells.value(0).value.contains(currency), qPrintable(cells.value(0).value));
        QVERIFY2(sameNumber(cells.value(spend).value, totals.value(currency)),
                 qPrintable(cells.value(spend).value));
    }
}

void TestSpreadsheetRoundTrip::excelCsv_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("English") << u"out-en-US/excel-en.fods"_qs;
    QTest::newRow("German") << u"out-de-DE/excel-de.fods"_qs;
}

void TestSpreadsheetRoundTrip::excelCsv()
{
    QFETCH(QString, file);
    const CalcGrid grid = readFods(m_dir.filePath(file));
    compareSheet(grid, true);
    // the metadata below the table, after an empty line
    const qsizetype first = 1 + m_sheet.rows.size() + m_sheet.totals.size() + 1;
    QVERIFY(grid.size() >= first + m_sheet.metadata.size());
    for (qsizetype i = 0; i < m_sheet.metadata.size(); ++i)
        QCOMPARE(grid.at(first + i).value(0).value, m_sheet.metadata.at(i).first);
}

void TestSpreadsheetRoundTrip::xlsx_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("English") << u"out-en-US/report.fods"_qs;
    QTest::newRow("German") << u"out-de-DE/report.fods"_qs;
}

void TestSpreadsheetRoundTrip::xlsx()
{
    QFETCH(QString, file);
    compareSheet(readFods(m_dir.filePath(file)), false);
    const CalcGrid about = readFods(m_dir.filePath(file), 1);
    QVERIFY(about.size() >= m_sheet.metadata.size());
    for (qsizetype i = 0; i < m_sheet.metadata.size(); ++i) {
        QCOMPARE(about.at(i).value(0).value, m_sheet.metadata.at(i).first);
        const SheetCell &value = m_sheet.metadata.at(i).second;
        if (value.kind == SheetCell::Kind::Text)
            QCOMPARE(about.at(i).value(1).value, value.text);
        else if (value.kind == SheetCell::Kind::Date)
            QCOMPARE(about.at(i).value(1).value, value.date.toString(Qt::ISODate));
    }
}

QTEST_GUILESS_MAIN(TestSpreadsheetRoundTrip)
#include "tst_spreadsheetroundtrip.moc"
