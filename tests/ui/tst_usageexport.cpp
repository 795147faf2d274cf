#include "main/mainwindow.h"
#include "report/producttablemodel.h"
#include "report/reportcsv.h"
#include "report/reportprofiles.h"
#include "report/reportsortproxy.h"
#include "report/usagepage.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::test;

namespace {

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return QString::fromUtf8(bytes).split(u"\r\n"_qs);
}

} // namespace

// The report's save dialog profiles from the window: the spreadsheet profiles write what the
// Products table shows (filter, sort, visible columns); the machine CSV stays the core's.
class TestUsageExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void spreadsheetExportsWhatIsShown_data() { addDatabaseRows(); }
    void spreadsheetExportsWhatIsShown()
    {
        CS_SEEDED_DATABASE(db);
        ReportWindow w;
        QVERIFY(w.open());
        UsagePage *page = w.window.usagePage();
        ReportSortProxy *proxy = page->productProxy();
        const int allLines = int(page->currentResult()->productLines.size());
        QVERIFY(allLines > 2);

        // filter to one product, sort by code descending, hide the share; in a narrow window
        // the category is hidden for room only and stays in the file
        w.window.resize(700, 600);
        page->productFilter()->setText(u"VOLUME"_qs);
        QTRY_VERIFY(proxy->rowCount() < page->productModel()->rowCount());
        page->productView()->sortByColumn(ProductTableModel::Code, Qt::DescendingOrder);
        page->productView()->horizontalHeader()->hideSection(ProductTableModel::Share);
        QStringList shownCodes;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
            if (!page->productModel()->isSubtotal(source.row()))
                shownCodes.append(page->productModel()->line(source.row()).productCode + u'/'
                                  + page->productModel()->line(source.row()).currency);
        }
        QVERIFY(!shownCodes.isEmpty());
        QVERIFY(shownCodes.size() < allLines);

        QTemporaryDir dir;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString path = dir.filePath(u"shown.csv"_qs);
        const Status written = page->exportReport(path, ExportProfile::ExcelCsv, false);
        QVERIFY2(written, qPrintable(written ? QString() : written.errorString()));
        const QStringList lines = csvLines(path);
        const QStringList header = lines.at(0).split(u';');
        QVERIFY2(!header.contains(u"Share %"_qs), qPrintable(lines.at(0)));
        QVERIFY(
            page->productView()->horizontalHeader()->isSectionHidden(ProductTableModel::Category));
        QVERIFY2(header.contains(u"Product Category"_qs), qPrintable(lines.at(0)));
        const qsizetype code = header.indexOf(u"Product Code"_qs);
        const qsizetype currency = header.indexOf(u"Currency"_qs);
        QVERIFY(code >= 0 && currency >= 0);
        QStringList exported;
        for (qsizetype i = 1; i <= shownCodes.size(); ++i) {
            const QStringList cells = lines.at(i).split(u';');
            exported.append(cells.value(code) + u'/' + cells.value(currency));
        }
        QCOMPARE(exported, shownCodes);
        QVERIFY2(lines.at(shownCodes.size() + 1).contains(u";Total "_qs),
                 qPrintable(lines.at(shownCodes.size() + 1)));
        QVERIFY(lines.join(u'\n').contains(u"Filter;VOLUME"_qs));

        // the workbook from the same view; the machine CSV is the core's, whole and unchanged
        QVERIFY(page->exportReport(dir.filePath(u"shown.xlsx"_qs), ExportProfile::Xlsx, false));
        const QString machine = dir.filePath(u"machine.csv"_qs);
        QVERIFY(page->exportReport(machine, ExportProfile::MachineCsv, false));
        QFile file(machine);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ReportCsv::toCsv(*page->currentResult(), false));
    }
};

QTEST_MAIN(TestUsageExport)
#include "tst_usageexport.moc"
