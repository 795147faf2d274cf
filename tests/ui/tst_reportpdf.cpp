// File > Export PDF and Print of the real MainWindow: the document holds the headline, the facts,
// every row of the tables as shown, the two charts; A4 or Letter; tables repeat their header on
// each page; the German UI gives a German document. Read back with poppler's pdftotext, pdfinfo
// and pdfimages.

#include "i18n/translations.h"
#include "main/mainwindow.h"
#include "report/headlinewidget.h"
#include "report/producttablemodel.h"
#include "report/reportdocument.h"
#include "report/reportsortproxy.h"
#include "report/usagepage.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cs;

namespace {

// What a poppler tool prints for `pdf` (its arguments before the file), or a failure text.
QString popplerOutput(const QString &tool, QStringList arguments, const QString &pdf)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return QStringLiteral("FAILED: %1 is not installed (Debian package poppler-utils)")
            .arg(tool);
    QProcess process;
    arguments << pdf;
    if (tool == u"pdftotext")
        arguments << QStringLiteral("-");
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return QStringLiteral("FAILED: %1 %2: %3")
            .arg(tool, arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments { QStringLiteral("-layout") };
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    // ligatures such as "fi" as their letters
    return popplerOutput(QStringLiteral("pdftotext"), arguments, pdf)
        .normalized(QString::NormalizationForm_KC);
}

// The "Page size:" and "Pages:" lines of pdfinfo.
QString pdfInfo(const QString &pdf, const QString &field)
{
    const QStringList lines = popplerOutput(QStringLiteral("pdfinfo"), {}, pdf).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return QStringLiteral("no %1 in pdfinfo").arg(field);
}

// The page of each picture in the PDF.
QList<int> pdfImagePages(const QString &pdf)
{
    const QStringList lines
        = popplerOutput(QStringLiteral("pdfimages"), { QStringLiteral("-list") }, pdf)
              .split(u'\n', Qt::SkipEmptyParts);
    QList<int> pages;
    for (const QString &line : lines.mid(2)) // two header lines
        pages.append(line.simplified().section(u' ', 0, 0).toInt());
    return pages;
}

// Words in `text` separated by any run of spaces (pdftotext's layout pads columns).
bool containsWords(const QString &text, const QString &words)
{
    QString pattern;
    for (const QString &word : words.split(u' '))
        pattern += (pattern.isEmpty() ? QString() : QStringLiteral("\\s+"))
            + QRegularExpression::escape(word);
    return text.contains(QRegularExpression(pattern));
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup();

    void documentHoldsTheReport_data() { test::addDatabaseRows(); }
    void documentHoldsTheReport();
    void paperSizes();
    void longTablesRepeatTheirHeader();
    void printGivesTheSameDocument_data() { test::addDatabaseRows(); }
    void printGivesTheSameDocument();
    void germanUiGivesAGermanDocument_data() { test::addDatabaseRows(); }
    void germanUiGivesAGermanDocument();
    void unwritableFileIsAnError();
};

void TestReportPdf::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestReportPdf::documentHoldsTheReport()
{
    CS_SEEDED_DATABASE(db);
    test::ReportWindow w;
    QVERIFY(w.open());
    if (w.window.currentResult()->request.code != u"G-NORTH") // else the first report is of it
        QVERIFY(w.show(ReportScope::BillingGroup, QStringLiteral("G-NORTH")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.window.headline()->plainText().contains(u"comparing"),
                             test::ReportTimeoutMs);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("north.pdf"));
    const Status written = w.window.usagePage()->exportPdf(pdf, QPageSize::A4);
    QVERIFY2(written, qPrintable(written ? QString() : written.errorString()));

    const QString text = pdfText(pdf);
    QVERIFY2(!text.startsWith(u"FAILED"), qPrintable(text));
    QVERIFY2(containsWords(text, QStringLiteral("Usage and spend: G-NORTH")), qPrintable(text));
    // the headline's figures, the facts and every row of both tables as the tables show them
    const QStringList headline = w.window.headline()->plainText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!headline.isEmpty());
    for (const QString &line : headline)
        QVERIFY2(containsWords(text, line.simplified()), qPrintable(line + u"\n" + text));
    QVERIFY2(containsWords(text, QStringLiteral("Business time zone UTC")), qPrintable(text));
    const ReportSortProxy *products = w.window.productProxy();
    QVERIFY(products->rowCount() >= 4);
    for (int row = 0; row < products->rowCount(); ++row) {
        const QString code = products->index(row, ProductTableModel::Code).data().toString();
        const QString spend = products->index(row, ProductTableModel::Spend).data().toString();
        QVERIFY2(text.contains(code) && text.contains(spend), qPrintable(code + u' ' + spend));
    }
    QVERIFY2(containsWords(text, QStringLiteral("CH-A")) && text.contains(u"CH-B"),
             qPrintable(text));
    // the trend and the mix of each currency, each on a page of its own with its caption
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QCOMPARE(pdfImagePages(pdf), QList<int>({ pages - 2, pages - 1, pages }));
    QVERIFY2(containsWords(pdfText(pdf, pages - 2), QStringLiteral("Trend: Spend per product")),
             qPrintable(pdfText(pdf, pages - 2)));
    QVERIFY2(containsWords(pdfText(pdf, pages - 1), QStringLiteral("Mix: spend by product")),
             qPrintable(pdfText(pdf, pages - 1)));
    const QString lastMix = pdfText(pdf, pages - 1) + pdfText(pdf, pages);
    QVERIFY2(lastMix.contains(u"channel in EUR") && lastMix.contains(u"channel in USD"),
             qPrintable(lastMix));
}

void TestReportPdf::paperSizes()
{
    ReportDocumentContent content;
    content.title = QStringLiteral("Paper");
    QTemporaryDir dir;
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(ReportDocument::writePdf(a4, content, QPageSize::A4));
    QVERIFY(ReportDocument::writePdf(letter, content, QPageSize::Letter));
    QVERIFY2(pdfInfo(a4, QStringLiteral("Page size")).contains(u"(A4)"),
             qPrintable(pdfInfo(a4, QStringLiteral("Page size"))));
    QVERIFY2(pdfInfo(letter, QStringLiteral("Page size")).contains(u"(letter)"),
             qPrintable(pdfInfo(letter, QStringLiteral("Page size"))));
    QCOMPARE(ReportDocument::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)),
             QPageSize::Letter);
    QCOMPARE(ReportDocument::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)),
             QPageSize::A4);
}

void TestReportPdf::longTablesRepeatTheirHeader()
{
    ReportDocumentContent content;
    content.title = QStringLiteral("Many rows");
    ReportDocumentTable table;
    table.title = QStringLiteral("Products");
    table.headers = { QStringLiteral("Product code"), QStringLiteral("Spend") };
    table.alignments = { Qt::AlignLeft, Qt::AlignRight };
    for (int row = 0; row < 300; ++row)
        table.rows.append({ QStringLiteral("P%1").arg(row, 3, 10, QLatin1Char('0')),
                            QStringLiteral("%1.00").arg(row) });
    content.tables.append(table);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(ReportDocument::writePdf(pdf, content, QPageSize::A4));
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        QVERIFY2(containsWords(text, QStringLiteral("Product code Spend")),
                 qPrintable(QStringLiteral("page %1:\n%2").arg(page).arg(text)));
    }
    const QString all = pdfText(pdf);
    for (const QString &code :
         { QStringLiteral("P000"), QStringLiteral("P150"), QStringLiteral("P299") })
        QVERIFY2(all.contains(code), qPrintable(code));
}

void TestReportPdf::printGivesTheSameDocument()
{
    CS_SEEDED_DATABASE(db);
    test::ReportWindow w;
    QVERIFY(w.open());
    QVERIFY(w.show(ReportScope::Channel, QStringLiteral("CH-A")));
    w.window.usagePage()->productFilter()->setText(QStringLiteral("VOLUME"));
    QTRY_VERIFY(w.window.productProxy()->rowCount() <= 2); // VOLUME and its currency's total
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageLayout(ReportDocument::pageLayout(QPageSize::Letter));
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    QVERIFY(w.window.usagePage()->printReport(printer));
    const QString text = pdfText(pdf);
    QVERIFY2(containsWords(text, QStringLiteral("Usage and spend: CH-A")), qPrintable(text));
    // what is shown: the filtered table, the filter named among the facts
    QVERIFY2(containsWords(text, QStringLiteral("Product filter VOLUME")), qPrintable(text));
    QVERIFY2(text.contains(u"VOLUME") && !text.contains(u"RUNNING_VM"), qPrintable(text));
    QVERIFY2(pdfInfo(pdf, QStringLiteral("Page size")).contains(u"(letter)"),
             qPrintable(pdfInfo(pdf, QStringLiteral("Page size"))));
}

void TestReportPdf::germanUiGivesAGermanDocument()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!Translations::install(*qApp, QLocale()).isEmpty());
    CS_SEEDED_DATABASE(db);
    test::ReportWindow w;
    QVERIFY(w.open());
    QVERIFY(w.show(ReportScope::Channel, QStringLiteral("CH-A")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("de.pdf"));
    QVERIFY(w.window.usagePage()->exportPdf(pdf, QPageSize::A4));
    const QString text = pdfText(pdf);
    QVERIFY2(containsWords(text, QStringLiteral("Nutzung und Kosten: CH-A")), qPrintable(text));
    QVERIFY2(containsWords(text, QStringLiteral("Geschäftszeitzone UTC")), qPrintable(text));
    QVERIFY2(text.contains(u"01.10.2026") && text.contains(u"31.10.2026"), qPrintable(text));
    const QString spend
        = w.window.productProxy()->index(0, ProductTableModel::Spend).data().toString();
    QVERIFY2(spend.contains(u','), qPrintable(spend)); // a German decimal comma
    QVERIFY2(text.contains(spend), qPrintable(spend + u"\n" + text));
}

void TestReportPdf::unwritableFileIsAnError()
{
    ReportDocumentContent content;
    content.title = QStringLiteral("Nowhere");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("missing-folder/report.pdf"));
    const Status written = ReportDocument::writePdf(pdf, content, QPageSize::A4);
    QVERIFY(!written);
    QVERIFY2(written.errorString().contains(u"report.pdf"), qPrintable(written.errorString()));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
