// The billing export page in the real main window: the preview equals previewExport(), Run
// writes the files and the history shows the run, a run for checked channels writes only
// theirs, missed days are marked and go away once run, Cancel interrupts, and errors (an
// unusable export folder, a date locked by another run, a database that cannot be opened) show
// in the page. End to end: yesterday shown as missed, run through the Run button, delivered to
// the real SFTP server of the ctest fixture export_sftp, and a second run adds nothing there.
// "Hold channels with warnings" keeps a channel with an invoice that does not tie out from
// being sent until the day is run with it unchecked.
#include "common/localeformat.h"
#include "db/connection.h"
#include "export/exportlock.h"
#include "export/exportpage.h"
#include "export/exportpreview.h"
#include "export/exportpreviewmodel.h"
#include "export/exportrunchannelmodel.h"
#include "export/exportrunmodel.h"
#include "export/exportstream.h"
#include "export/exporttask.h"
#include "export/exporttestdata.h"
#include "exportpagefixture.h"
#include "import/importer.h"
#include "main/mainwindow.h"
#include "support/testdatabase.h"
#include "time/businesscalendar.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
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
#include <QTextCharFormat>

using namespace cs;
using cs::test::ExportData;
using cs::test::yesterday;

namespace {

constexpr int TimeoutMs = test::ExportPageTimeoutMs;

const QStringList s_channels { QStringLiteral("CH1"), QStringLiteral("CH2"),
                               QStringLiteral("CH3") };

// The page with a model tester on each of its models.
struct Window : test::ExportPageWindow
{
    QAbstractItemModelTester previewTester {
        page->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest
    };
    QAbstractItemModelTester runTester { page->runModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest };
    QAbstractItemModelTester channelTester {
        page->runChannelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest
    };
};

QStringList fileNames(const QString &root)
{
    return test::filesBelow(root).keys();
}

// The missed days as the banner lists them.
QString listed(const QList<QDate> &dates)
{
    QStringList names;
    for (const QDate &date : dates)
        names << LocaleFormat::date(date);
    return names.join(QStringLiteral(", "));
}

} // namespace

class TestExportPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { QSettings().clear(); }

    void previewMatchesCore_data() { test::addDatabaseRows(); }
    void previewMatchesCore()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        QCOMPARE(w.page->date(), yesterday());

        // a date picked and at once replaced: only the second one's preview is shown
        const QDate day = yesterday().addDays(-1);
        w.page->setDate(yesterday().addDays(-2));
        QTest::qWait(250); // the first preview is being read now
        w.page->setDate(day);
        QVERIFY(w.waitForPreview(day));
        QTest::qWait(500);
        QCOMPARE(w.page->previewModel()->date(), day);

        const auto expected = previewExport(*db, day);
        QVERIFY2(expected, qPrintable(expected ? QString() : expected.errorString()));
        ExportPreviewModel *model = w.page->previewModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(expected->lines.size(), 12);
        qint64 records = 0;
        for (const ExportPreviewLine &line : expected->lines) {
            const int row = int(s_channels.indexOf(line.channel));
            QVERIFY(row >= 0);
            QCOMPARE(model->index(row, ExportPreviewModel::Channel).data().toString(),
                     line.channel);
            const QModelIndex count
                = model->index(row, ExportPreviewModel::countColumn(line.stream));
            QCOMPARE(count.data(ExportPreviewModel::ValueRole).toLongLong(), line.records);
            QCOMPARE(count.data().toString(), QLocale().toString(line.records));
            const QModelIndex amounts = count.siblingAtColumn(count.column() + 1);
            const auto shown = amounts.data(ExportPreviewModel::ValueRole).value<CurrencySums>();
            QCOMPARE(shown.keys(), line.amounts.keys());
            for (auto it = line.amounts.cbegin(); it != line.amounts.cend(); ++it)
                QCOMPARE(shown.value(it.key()).toString(), it.value().toString());
            records += line.records;
        }
        // the seed's second day: CH1 has two statements, an invoice and a payment, CH2 an
        // invoice and a credit, CH3 a failure
        QCOMPARE(records, 7);
        QCOMPARE(model->index(0, ExportPreviewModel::StatementAmounts).data().toString(),
                 QStringLiteral("26.98\u00a0USD"));
        QCOMPARE(model->index(2, ExportPreviewModel::FailureAmounts).data().toString(),
                 QStringLiteral("6,000\u00a0JPY"));
        QCOMPARE(model->checkedRecords(), 7);
    }

    void runWritesFilesAndHistory_data() { test::addDatabaseRows(); }
    void runWritesFilesAndHistory()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        QCOMPARE(w.page->exportFolder(), dir.path());
        QCOMPARE(w.page->runModel()->rowCount(), 0);
        QSignalSpy finished(w.page, &ExportPage::runFinished);
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->runButton(), Qt::LeftButton); }));
        QCOMPARE(finished.size(), 1);

        const QString day = yesterday().toString(Qt::ISODate);
        QStringList expected;
        for (const QString &channel : s_channels) {
            for (const ExportStream stream : ExportStreams::all())
                expected << QStringLiteral("%1/target/%2/%3_%4_1.xml")
                                .arg(ExportStreams::folderName(stream), channel,
                                     ExportStreams::filePrefix(stream), day);
            expected << QStringLiteral("manifest/%1/manifest_%2.json").arg(channel, day);
        }
        expected.sort();
        QCOMPARE(fileNames(dir.path()), expected);

        QCOMPARE(w.page->runModel()->rowCount(), 1);
        QCOMPARE(w.latestStatus(), ExportStatus::Completed);
        QCOMPARE(w.page->runModel()->run(0).date, yesterday());
        QVERIFY(w.page->runModel()->run(0).channelScope.isEmpty());
        QCOMPARE(w.page->runModel()->index(0, ExportRunModel::Status).data().toString(),
                 QStringLiteral("Completed"));
        QVERIFY(w.page->resultText().contains(QStringLiteral("Completed")));
        for (const QString &channel : s_channels) {
            const auto progress = w.page->previewModel()->progress(channel);
            QVERIFY(progress);
            QCOMPARE(progress->phase, ExportChannelProgress::Phase::Done);
        }
        QCOMPARE(w.page->progressBar()->value(), 3);
        QVERIFY(!w.page->missedDays().contains(yesterday()));

        // the details pane shows the run's channels
        // (read once more when the run has ended: it was shown while running too)
        ExportRunChannelModel *details = w.page->runChannelModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            details->rowCount() == 3 && details->channels().first().records == 4
                && details->channels().first().status == ExportStatus::Completed,
            TimeoutMs);
        QCOMPARE(details->channels().first().code, QStringLiteral("CH1"));
        QCOMPARE(details->index(0, ExportRunChannelModel::Status).data().toString(),
                 QStringLiteral("Completed"));
        QCOMPARE(details->index(0, ExportRunChannelModel::Added).data().toString(),
                 QStringLiteral("4"));
    }

    void holdChannelsWithWarnings_data() { test::addDatabaseRows(); }
    void holdChannelsWithWarnings()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir dir, destination;
        QVERIFY(test::seedThreeChannels(*db, dir.path()));
        ExportData d(*db);
        auto ch1 = db->exec(QStringLiteral("SELECT id FROM channel WHERE code = 'CH1'"));
        QVERIFY(ch1 && ch1->next());
        const qint64 account = d.account(QStringLiteral("ACC-OFF"), ch1->value(0).toLongLong());
        d.invoice(QStringLiteral("OFF"), account, test::noon(test::yesterday(), 2), 50000, 0, 0,
                  QStringLiteral("USD"), 50001);
        QVERIFY(d.setSetting(QStringLiteral("export.URL"),
                             QStringLiteral("file://") + destination.path()));
        Window w;
        QVERIFY(w.open());
        QCheckBox *hold = w.page->holdCheck();
        QVERIFY(hold->isEnabled());
        QVERIFY(!hold->isChecked());
        QVERIFY(hold->toolTip().contains(QStringLiteral("not sent")));
        hold->setChecked(true);
        QSignalSpy finished(w.page, &ExportPage::runFinished);
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->runButton(), Qt::LeftButton); }));
        QCOMPARE(finished.size(), 1);
        const auto held = finished.first().first().value<ExportRunResult>();
        QCOMPARE(held.status, ExportStatus::PartialError);
        QCOMPARE(held.heldChannels(), 1);
        const QString text = w.page->resultText();
        QVERIFY2(text.contains(QStringLiteral("1 held for warnings"))
                     && text.contains(QStringLiteral("Channel CH1: held: 1 warning;"))
                     && text.contains(QStringLiteral("invoice INV-OFF (id OFF, account ACC-OFF): "
                                                     "total 500.01 USD")),
                 qPrintable(text));
        const auto progress = w.page->previewModel()->progress(QStringLiteral("CH1"));
        QVERIFY(progress);
        QCOMPARE(progress->phase, ExportChannelProgress::Phase::Held);
        QVERIFY(!QDir(destination.filePath(QStringLiteral("DailyInvoiceStream/CH1"))).exists());
        QVERIFY(QDir(destination.filePath(QStringLiteral("DailyInvoiceStream/CH2"))).exists());
        QVERIFY(w.page->missedDays().contains(test::yesterday()));
        QCOMPARE(w.page->runModel()->index(0, ExportRunModel::Channels).data().toString(),
                 QStringLiteral("1 of 3 held"));

        // unchecked: the held channel is sent and the day is exported
        hold->setChecked(false);
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->runButton(), Qt::LeftButton); }));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().value<ExportRunResult>().status, ExportStatus::Completed);
        QVERIFY(QDir(destination.filePath(QStringLiteral("DailyInvoiceStream/CH1"))).exists());
        QVERIFY(!w.page->missedDays().contains(test::yesterday()));
    }

    void runForCheckedChannels_data() { test::addDatabaseRows(); }
    void runForCheckedChannels()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        ExportPreviewModel *model = w.page->previewModel();
        model->setAllChecked(false);
        QVERIFY(!w.page->runButton()->isEnabled());
        QVERIFY(model->setChecked(QStringLiteral("CH2"), true));
        QVERIFY(w.page->runButton()->isEnabled());
        QCOMPARE(w.page->runButton()->text(), QStringLiteral("&Run for 1 of 3 Channels"));
        QCOMPARE(model->checkedRecords(), 2);

        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->runButton(), Qt::LeftButton); }));
        const QStringList files = fileNames(dir.path());
        QCOMPARE(files.size(), 5);
        for (const QString &file : files)
            QVERIFY2(file.contains(QStringLiteral("/CH2/")), qPrintable(file));
        QCOMPARE(w.latestStatus(), ExportStatus::Completed);
        QCOMPARE(w.page->runModel()->run(0).channelScope, QStringList { QStringLiteral("CH2") });
        // a run for some channels does not count as the date's export
        QVERIFY(w.page->missedDays().contains(yesterday()));
    }

    void missedDaysAreMarkedAndRun_data() { test::addDatabaseRows(); }
    void missedDaysAreMarkedAndRun()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        const QDate last = yesterday();
        const QList<QDate> missed { last.addDays(-2), last.addDays(-1), last };
        QCOMPARE(w.page->missedDays(), missed);
        QVERIFY2(w.page->missedText().contains(QStringLiteral("<b>Days not exported: 3</b>")),
                 qPrintable(w.page->missedText()));
        QCalendarWidget *calendar = w.page->dateEdit()->calendarWidget();
        for (const QDate &date : missed)
            QCOMPARE(calendar->dateTextFormat(date).background().style(), Qt::SolidPattern);
        QCOMPARE(calendar->dateTextFormat(last.addDays(-3)).background().style(), Qt::NoBrush);
        QVERIFY(w.page->missedButton()->isVisible());
        QVERIFY(w.page->missedButton()->isEnabled());

        QSignalSpy finished(w.page, &ExportPage::runFinished);
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->missedButton(), Qt::LeftButton); }));
        QCOMPARE(finished.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto result = finished.at(i).first().value<ExportRunResult>();
            QCOMPARE(result.date, missed.at(i)); // oldest first, each its own run
            QCOMPARE(result.status, ExportStatus::Completed);
        }
        QVERIFY(w.page->missedDays().isEmpty());
        for (const QDate &date : missed)
            QCOMPARE(calendar->dateTextFormat(date).background().style(), Qt::NoBrush);
        QVERIFY2(w.page->missedText().startsWith(QStringLiteral("Every day up to")),
                 qPrintable(w.page->missedText()));
        QVERIFY(w.page->missedButton()->isHidden());
        QCOMPARE(w.page->runModel()->rowCount(), 3);
        QCOMPARE(w.page->runModel()->run(0).date, last); // newest first
    }

    // A payment imported after its date was exported (through the real importer): the banner and
    // the date's status say "changed since export: 1 added, 0 changed", Run Missed Days re-sends
    // that date alone, and then it is no longer listed.
    void latePaymentIsListedAndRun_data() { test::addDatabaseRows(); }
    void latePaymentIsListedAndRun()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->missedButton(), Qt::LeftButton); }));
        QVERIFY(w.page->missedDays().isEmpty());

        const QDate late = yesterday().addDays(-1);
        QTemporaryDir dataset;
        QFile payments(dataset.filePath(QStringLiteral("payments.csv")));
        QVERIFY(payments.open(QIODevice::WriteOnly));
        payments.write("id,account,type,created_at,amount,currency,reference,memo\n"
                       "PA-LATE,ACC-1,PAYMENT,"
                       + late.toString(Qt::ISODate).toLatin1() + "T15:00:00Z,1.00,USD,R,late\n");
        payments.close();
        const auto imported = Importer(*db).importDirectory(dataset.path());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.errorString()));

        QSignalSpy loaded(w.page, &ExportPage::stateLoaded);
        w.page->reload();
        QVERIFY(loaded.wait(TimeoutMs));
        QCOMPARE(w.page->missedDays(), QList<QDate> { late });
        const QString changed = QStringLiteral("changed since export: 1 added, 0 changed");
        QVERIFY2(
            w.page->missedText().contains(listed({ late }) + QStringLiteral(" (") + changed + u')'),
            qPrintable(w.page->missedText()));
        w.page->dateEdit()->setDate(late);
        QVERIFY2(w.labels().contains(changed), qPrintable(w.labels()));
        QCOMPARE(w.page->dateEdit()->calendarWidget()->dateTextFormat(late).toolTip(), changed);

        QSignalSpy finished(w.page, &ExportPage::runFinished);
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->missedButton(), Qt::LeftButton); }));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).first().value<ExportRunResult>().date, late);
        QVERIFY(w.page->missedDays().isEmpty());
    }

    // The "done when": the analyst sees that yesterday was not exported, runs it with the
    // Run button, and the SFTP folder then holds exactly the files of the local export (same
    // names, same bytes, no temporary names); a second run adds nothing there.
    void missedDayDeliveredToSftp_data() { test::addDatabaseRows(); }
    void missedDayDeliveredToSftp()
    {
        if (!test::requireServer("SFTP", test::sftpPort()))
            return;
        CS_FRESH_DATABASE(db);
        QTemporaryDir dir;
        QVERIFY(test::seedThreeChannels(*db, dir.path()));
        // a remote folder of this test and database row alone, empty to begin with
        QDir remote(test::sftpState() + QStringLiteral("/root/exportpage-")
                    + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(remote.removeRecursively());
        const auto removeRemote = qScopeGuard([&remote] { remote.removeRecursively(); });
        QVERIFY(
            ExportData(*db).setSetting(QStringLiteral("export.URL"), test::sftpUrl(remote.path())));

        Window w;
        QVERIFY(w.open());
        QVERIFY2(w.page->state()->destination.startsWith(
                     QStringLiteral("sftp://127.0.0.1:%1/").arg(test::sftpPort())),
                 qPrintable(w.page->state()->destination));
        const QDate last = yesterday();
        QCOMPARE(w.page->date(), last);
        const QList<QDate> missed { last.addDays(-2), last.addDays(-1), last };
        QCOMPARE(w.page->missedDays(), missed);
        QVERIFY2(w.page->missedText().contains(
                     QStringLiteral("<b>Days not exported: 3</b> (%1)").arg(listed(missed))),
                 qPrintable(w.page->missedText()));

        QSignalSpy finished(w.page, &ExportPage::runFinished);
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->runButton(), Qt::LeftButton); }));
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<ExportRunResult>();
        QVERIFY2(result.status == ExportStatus::Completed, qPrintable(result.summary()));
        QCOMPARE(result.date, last);
        QCOMPARE(result.channels.size(), 3);
        for (const ExportChannelResult &channel : result.channels)
            QVERIFY2(channel.delivered, qPrintable(channel.code + u' ' + channel.error));

        // the history and the banner
        QCOMPARE(w.page->runModel()->rowCount(), 1);
        QCOMPARE(w.latestStatus(), ExportStatus::Completed);
        QCOMPARE(w.page->runModel()->run(0).date, last);
        QCOMPARE(w.page->runModel()->index(0, ExportRunModel::Status).data().toString(),
                 QStringLiteral("Completed"));
        const QList<QDate> stillMissed { last.addDays(-2), last.addDays(-1) };
        QCOMPARE(w.page->missedDays(), stillMissed);
        QVERIFY2(w.page->missedText().contains(
                     QStringLiteral("<b>Days not exported: 2</b> (%1)").arg(listed(stillMissed))),
                 qPrintable(w.page->missedText()));

        // The SFTP folder: <Stream>/<channel>/<file> for every file of the local
        // <Stream>/target/<channel>/, byte for byte, and nothing else (no .part or .tmp left).
        const QString day = last.toString(Qt::ISODate);
        QStringList names;
        for (const QString &channel : s_channels) {
            for (const ExportStream stream : ExportStreams::all())
                names << QStringLiteral("%1/%2/%3_%4_1.xml")
                             .arg(ExportStreams::folderName(stream), channel,
                                  ExportStreams::filePrefix(stream), day);
        }
        names.sort();
        const auto local = test::filesBelow(dir.path());
        QMap<QString, QByteArray> expected;
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            if (it.key().contains(QStringLiteral("/target/")))
                expected.insert(
                    QString(it.key()).replace(QStringLiteral("/target/"), QStringLiteral("/")),
                    it.value());
        }
        QCOMPARE(expected.keys(), names);
        // The data files, and after them each channel's manifest.
        auto delivered = test::filesBelow(remote.path());
        for (const QString &channel : s_channels)
            QVERIFY(
                delivered.remove(QStringLiteral("manifest/%1/manifest_%2.json").arg(channel, day))
                == 1);
        QCOMPARE(delivered.keys(), names);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(delivered.value(it.key()) == it.value(), qPrintable(it.key()));
        // what arrived is what the run recorded in its manifest (size and SHA-256)
        int recorded = 0;
        for (const ExportChannelResult &channel : result.channels) {
            for (const ExportFileResult &file : channel.files) {
                const QString name = QString(file.relativePath)
                                         .replace(QStringLiteral("/target/"), QStringLiteral("/"));
                const QByteArray bytes = delivered.value(name);
                QCOMPARE(bytes.size(), file.size);
                QCOMPARE(QString::fromLatin1(
                             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                         file.sha256);
                ++recorded;
            }
        }
        QCOMPARE(recorded, 12);
        // yesterday's records, not those of the day before
        const QString tag = last.toString(QStringLiteral("MMdd"));
        const QByteArray payments = delivered.value(
            QStringLiteral("%1/CH1/%2_%3_1.xml")
                .arg(ExportStreams::folderName(ExportStream::PaymentAndCredit),
                     ExportStreams::filePrefix(ExportStream::PaymentAndCredit), day));
        QVERIFY(payments.contains((QStringLiteral("PA-A-") + tag).toUtf8()));
        QVERIFY(!payments.contains(
            (QStringLiteral("PA-A-") + last.addDays(-1).toString(QStringLiteral("MMdd")))
                .toUtf8()));

        // Run again with unchanged data: completed, nothing new or changed at the destination.
        QVERIFY(w.page->runButton()->isEnabled());
        QVERIFY(w.runAndWait([&] { QTest::mouseClick(w.page->runButton(), Qt::LeftButton); }));
        QCOMPARE(finished.size(), 2);
        const auto again = finished.last().first().value<ExportRunResult>();
        QVERIFY2(again.status == ExportStatus::Completed, qPrintable(again.summary()));
        QCOMPARE(w.page->runModel()->rowCount(), 2);
        QCOMPARE(w.latestStatus(), ExportStatus::Completed);
        // The data files as they were; the manifests are the new run's.
        auto afterwards = test::filesBelow(remote.path());
        for (const QString &channel : s_channels)
            QVERIFY(
                afterwards.remove(QStringLiteral("manifest/%1/manifest_%2.json").arg(channel, day))
                == 1);
        QCOMPARE(afterwards, delivered);
    }

    void cancelInterrupts_data() { test::addDatabaseRows(); }
    void cancelInterrupts()
    {
        CS_OPEN_EXPORT_PAGE(Window, w, db, dir);
        QSignalSpy finished(w.page, &ExportPage::runFinished);
        // The run is held at its start (recorded, no channel written yet) until Cancel has been
        // clicked, so a quick run cannot finish first.
        QSemaphore cancelled;
        connect(
            w.page->task(), &ExportTask::runStarted, w.page->task(),
            [&cancelled] { cancelled.acquire(); }, Qt::DirectConnection);
        QVERIFY(w.runAndWait([&] {
            const auto release = qScopeGuard([&cancelled] { cancelled.release(); });
            w.page->runExport();
            QVERIFY(w.page->cancelButton()->isVisible());
            QTest::mouseClick(w.page->cancelButton(), Qt::LeftButton);
        }));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ExportRunResult>().status,
                 ExportStatus::Interrupted);
        QCOMPARE(w.latestStatus(), ExportStatus::Interrupted);
        QVERIFY(w.page->resultText().contains(QStringLiteral("Interrupted")));
        QVERIFY(w.page->missedDays().contains(yesterday()));
        QVERIFY(w.page->runButton()->isEnabled());
        QVERIFY(!w.page->cancelButton()->isVisible());
    }

    void errorsShowInThePage_data() { test::addDatabaseRows(); }
    void errorsShowInThePage()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir dir;
        // a file where the export folder's parent should be: the folder cannot be made (also
        // for root, who may write anywhere)
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(test::seedThreeChannels(*db, dir.filePath(QStringLiteral("blocker/export"))));
        Window w;
        QVERIFY(w.open());

        // an unusable export folder: the run is recorded ERRORED and says why
        QVERIFY(w.runAndWait([&] { w.page->runExport(); }));
        QCOMPARE(w.latestStatus(), ExportStatus::Errored);
        QVERIFY2(w.page->resultText().contains(QStringLiteral("Errored")),
                 qPrintable(w.page->resultText()));
        QVERIFY(!w.page->runModel()->run(0).error.isEmpty());
        QCOMPARE(fileNames(dir.path()), QStringList { QStringLiteral("blocker") });

        // the date locked by another run: nothing recorded, the message names the holder
        {
            auto lock = ExportLock::acquire(*db, yesterday());
            QVERIFY2(lock, qPrintable(lock ? QString() : lock.errorString()));
            QSignalSpy refused(w.page, &ExportPage::runFailed);
            QVERIFY(w.runAndWait([&] { w.page->runExport(); }));
            QCOMPARE(refused.size(), 1);
            QVERIFY2(w.page->errorText().contains(QStringLiteral("already running")),
                     qPrintable(w.page->errorText()));
            QVERIFY2(w.page->errorText().contains(QStringLiteral("pid")),
                     qPrintable(w.page->errorText()));
            QCOMPARE(w.page->runModel()->rowCount(), 1);
        }

        // a database that cannot be opened
        QSignalSpy loaded(w.page, &ExportPage::stateLoaded);
        w.window.openDatabase(dir.filePath(QStringLiteral("blocker/gone.sqlite")));
        QVERIFY(loaded.wait(TimeoutMs));
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY2(w.page->errorText().contains(QStringLiteral("cannot be read")),
                 qPrintable(w.page->errorText()));
        QVERIFY(!w.page->runButton()->isEnabled());
    }
};

QTEST_MAIN(TestExportPage)
#include "tst_exportpage.moc"
