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
#include "main/mainwindow.h"
#include "report/daterangeselector.h"
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
using cs::test::ExportData;

namespace {

constexpr int TimeoutMs = 60'000;

// Yesterday in the business time zone (UTC here), as the page computes it.
QDate yesterday()
{
    return BusinessCalendar(QTimeZone::utc()).yesterday(QDateTime::currentMSecsSinceEpoch());
}

qint64 noon(QDate date, int minute = 0)
{
    return QDateTime(date, QTime(12, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Three channels (USD, EUR, JPY) with documents of every stream on the three days up to
// yesterday, amounts differing per day; the export folder is `directory`.
bool seed(Connection &db, const QString &directory)
{
    ExportData d(db);
    const qint64 ch1 = d.channel(QStringLiteral("CH1"));
    const qint64 ch2 = d.channel(QStringLiteral("CH2"), QStringLiteral("EUR"));
    const qint64 ch3 = d.channel(QStringLiteral("CH3"), QStringLiteral("JPY"));
    const qint64 a1 = d.account(QStringLiteral("ACC-1"), ch1);
    const qint64 a2 = d.account(QStringLiteral("ACC-2"), ch1);
    const qint64 b1 = d.account(QStringLiteral("EU-1"), ch2);
    const qint64 c1 = d.account(QStringLiteral("JP-1"), ch3);
    const QDate last = yesterday();
    for (int back = 0; back < 3; ++back) {
        const QDate day = last.addDays(-back);
        const QString tag = day.toString(QStringLiteral("MMdd"));
        const qint64 k = back + 1;
        d.statement(QStringLiteral("ST-A-") + tag, a1, noon(day), 1000 * k, 0, 0, 250 * k,
                    1000 * k + 250 * k);
        d.statement(QStringLiteral("ST-B-") + tag, a2, noon(day, 1), 0, 0, 0, 99 * k, 99 * k);
        const qint64 invoice
            = d.invoice(QStringLiteral("IN-A-") + tag, a1, noon(day), 1000 * k, 100, 90 * k);
        d.invoiceItem(QStringLiteral("IT-A-") + tag, invoice, 1000 * k);
        d.invoice(QStringLiteral("IN-E-") + tag, b1, noon(day), 777 * k, 0, 0,
                  QStringLiteral("EUR"));
        d.payment(QStringLiteral("PA-A-") + tag, a1, noon(day), 500 * k);
        d.payment(QStringLiteral("CR-E-") + tag, b1, noon(day), 40 * k, QStringLiteral("CREDIT"),
                  QStringLiteral("EUR"));
        d.failure(QStringLiteral("FA-J-") + tag, c1, noon(day), 3000 * k, QStringLiteral("JPY"));
    }
    return d.setSetting(QStringLiteral("export.directory"), directory);
}

struct Window
{
    MainWindow window;
    ExportPage *page = window.exportPage();

    Window()
    {
        window.resize(1280, 900);
        window.show();
        window.pages()->setCurrentWidget(page);
    }

    bool open()
    {
        window.openDatabase(test::lastDatabaseUrl());
        return waitForPreview(yesterday());
    }

    bool waitForPreview(QDate date)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < TimeoutMs) {
            if (page->state() && page->previewModel()->date() == date
                && page->previewView()->isEnabled())
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    bool runAndWait(const std::function<void()> &start)
    {
        QSignalSpy loaded(page, &ExportPage::stateLoaded);
        qsizetype loadedBefore = -1;
        const QMetaObject::Connection done = QObject::connect(
            page, &ExportPage::runsDone, page, [&] { loadedBefore = loaded.size(); });
        const auto disconnect = qScopeGuard([done] { QObject::disconnect(done); });
        start();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < TimeoutMs) {
            if (loadedBefore >= 0 && loaded.size() > loadedBefore)
                return !page->isRunning();
            QTest::qWait(20);
        }
        return false;
    }

    // The texts of every label of the page (the date's status among them).
    QString labels() const
    {
        QStringList texts;
        for (const QLabel *label : page->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    }
};

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
        CS_FRESH_DATABASE(db);
        QTemporaryDir dir;
        QVERIFY(seed(*db, dir.path()));
        Window w;
        QVERIFY(w.open());
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
        CS_FRESH_DATABASE(db);
        QTemporaryDir dir;
        QVERIFY(seed(*db, dir.path()));
        Window w;
        QVERIFY(w.open());
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
        CS_FRESH_DATABASE(db);
        QTemporaryDir dir;
        QVERIFY(seed(*db, dir.path()));
        Window w;
        QVERIFY(w.open());
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
        CS_FRESH_DATABASE(db);
        QTemporaryDir dir;
        QVERIFY(seed(*db, dir.path()));
        Window w;
        QVERIFY(w.open());
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
        CS_FRESH_DATABASE(db);
        QVERIFY(test::seedReportData(*db));
        MainWindow window;
        window.rangeSelector()->setCustomRange(QDate(2026, 10, 1), QDate(2026, 10, 31));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
        QSignalSpy shown(&window, &MainWindow::reportShown);
        window.openDatabase(test::lastDatabaseUrl());
        QVERIFY(loaded.wait(TimeoutMs));
        QVERIFY(shown.wait(TimeoutMs));
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
