// The billing export page says what happened: progress of another date is not shown, a run for
// some channels says which (and the date is "partly exported", not "not exported"), Run Missed
// Days says it runs all channels, a cancelled catch-up says "cancelled after N of M", the files
// of a run show by name, and the usage page's file actions are off while this page is shown.
#include "db/connection.h"
#include "export/exportpage.h"
#include "export/exportpreviewmodel.h"
#include "export/exportrunchannelmodel.h"
#include "export/exportrunmodel.h"
#include "export/exporttask.h"
#include "export/exporttestdata.h"
#include "exportpagefixture.h"
#include "main/mainwindow.h"
#include "report/daterangeselector.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "time/businesscalendar.h"
#include "uitestdata.h"

#include <QAction>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::yesterday;

namespace {

constexpr int TimeoutMs = test::ExportPageTimeoutMs;

using Window = test::ExportPageWindow;

QStringList progressTexts(const ExportPreviewModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, ExportPreviewModel::Progress).data().toString();
    return texts;
}

} // namespace

class TestExportClarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { QSettings().clear(); }

    void progressIsOfTheDateShown_data() { test::addDatabaseRows(); }
    void progressIsOfTheDateShown()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        QVERIFY(w.runAndWait([&] { w.page->runExport(); }));
        QVERIFY2(progressTexts(w.page->previewModel()).contains(QStringLiteral("Done")),
                 qPrintable(progressTexts(w.page->previewModel()).join(u',')));
        w.page->setDate(yesterday().addDays(-1));
        QVERIFY(w.waitForPreview(yesterday().addDays(-1)));
        for (const QString &text : progressTexts(w.page->previewModel()))
            QVERIFY2(text.isEmpty(), qPrintable(text));
    }

    void runForSomeChannelsSaysWhich_data() { test::addDatabaseRows(); }
    void runForSomeChannelsSaysWhich()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        ExportPreviewModel *model = w.page->previewModel();
        model->setAllChecked(false);
        QVERIFY(model->setChecked(QStringLiteral("CH2"), true));
        // Run Missed Days runs every channel, whatever is checked: its button says so
        QVERIFY2(w.page->missedButton()->text().contains(QStringLiteral("All Channels")),
                 qPrintable(w.page->missedButton()->text()));
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->runButton(), Qt::LeftButton); }));
        const QString result = w.page->resultText();
        QVERIFY2(result.contains(QStringLiteral("for 1 of 3 channel(s) only: CH2")),
                 qPrintable(result));
        // the date is still missed (not every channel has it), but not "not exported"
        QVERIFY(w.page->missedDays().contains(yesterday()));
        const QString labels = w.labels();
        QVERIFY2(!labels.contains(QStringLiteral("<b>not exported</b>")), qPrintable(labels));
        QVERIFY2(labels.contains(QStringLiteral("<b>partly exported</b></span>: only CH2")),
                 qPrintable(labels));
    }

    void runShowsItsFiles_data() { test::addDatabaseRows(); }
    void runShowsItsFiles()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        QSignalSpy finished(w.page, &ExportPage::runFinished);
        QSignalSpy details(w.page, &ExportPage::detailsShown);
        QVERIFY(w.runAndWait([&] { w.page->runExport(); }));
        const auto run = finished.first().first().value<ExportRunResult>();
        QStringList files;
        for (const ExportChannelResult &channel : run.channels) {
            for (const ExportFileResult &file : channel.files)
                files << file.relativePath;
        }
        QVERIFY(files.size() >= 4);
        const QString result = w.page->resultText();
        for (const QString &file : files.mid(0, 8))
            QVERIFY2(result.contains(file), qPrintable(result));
        // the channels of the run name their files in the table, not only in a tooltip
        QVERIFY(details.wait(TimeoutMs) || !details.isEmpty());
        ExportRunChannelModel *channels = w.page->runChannelModel();
        QVERIFY(channels->rowCount() > 0);
        const QString shown = channels->index(0, ExportRunChannelModel::Files).data().toString();
        const bool named = std::any_of(files.cbegin(), files.cend(), [&shown](const QString &file) {
            return shown.contains(QFileInfo(file).fileName());
        });
        QVERIFY2(named, qPrintable(shown));
    }

    void cancelledCatchUpSaysSo_data() { test::addDatabaseRows(); }
    void cancelledCatchUpSaysSo()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        QCOMPARE(w.page->missedDays().size(), 3);
        QSemaphore cancelled;
        connect(
            w.page->task(), &ExportTask::runStarted, w.page->task(),
            [&cancelled] { cancelled.acquire(); }, Qt::DirectConnection);
        QVERIFY(w.runAndWait([&] {
            const auto release = qScopeGuard([&cancelled] { cancelled.release(10); });
            QTest::mouseClick(w.page->missedButton(), Qt::LeftButton);
            QTRY_VERIFY(w.page->cancelButton()->isVisible());
            QTest::mouseClick(w.page->cancelButton(), Qt::LeftButton);
        }));
        const QString result = w.page->resultText();
        QVERIFY2(result.contains(QStringLiteral("cancelled after 1 of 3 days")),
                 qPrintable(result));
        QVERIFY2(!result.startsWith(QStringLiteral("<b>%1").arg(
                     QLocale().toString(yesterday().addDays(-2), QLocale::LongFormat))),
                 qPrintable(result));
    }

    void usageFileActionsAreOffOnThisPage_data() { test::addDatabaseRows(); }
    void usageFileActionsAreOffOnThisPage()
    {
        CS_SEEDED_DATABASE(db);
        test::ReportWindow w;
        QVERIFY(w.open());
        MainWindow &window = w.window;
        window.resultTabs()->setCurrentIndex(UsagePage::TrendTab);
        const QList<QAction *> actions = window.usagePage()->fileActions();
        QAction *exportCsv = actions.at(0);
        QAction *saveChart = actions.at(2);
        QVERIFY(exportCsv->isEnabled());
        QVERIFY(saveChart->isEnabled());
        window.pages()->setCurrentWidget(window.exportPage());
        QVERIFY(!exportCsv->isEnabled());
        QVERIFY(!saveChart->isEnabled());
        window.pages()->setCurrentWidget(window.usagePage());
        QVERIFY(exportCsv->isEnabled());
        QVERIFY(saveChart->isEnabled());
    }
};

QTEST_MAIN(TestExportClarity)
#include "tst_exportclarity.moc"
