// One catch-up rule for both front ends (ExportCatchUp): channelscope-cli export --catch-up and
// the export page's "Run Missed Days" export the missed days oldest first, one run each, and stop
// at the first date that ends ERRORED or whose run cannot start; the later dates are not run.
// The command line once went on after such a date while the page stopped. Four missed days, the
// second of them failing, on two databases alike: one caught up by the command line (a process,
// as the timer runs it), one by the page.
#include "export/exportcatchup.h"
#include "export/exporthistory.h"
#include "export/exportlock.h"
#include "export/exportpage.h"
#include "export/exportstream.h"
#include "export/exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"
#include "time/businesscalendar.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::CliRun;
using cs::test::ExportData;
using cs::test::runCli;

namespace {

constexpr int TimeoutMs = 120'000;

QDate yesterday()
{
    return BusinessCalendar(QTimeZone::utc()).yesterday(QDateTime::currentMSecsSinceEpoch());
}

// The four missed days, oldest first; the second one fails.
QList<QDate> missedDays()
{
    const QDate last = yesterday();
    return { last.addDays(-3), last.addDays(-2), last.addDays(-1), last };
}

QDate failingDay()
{
    return missedDays().at(1);
}

// One channel with a payment on each missed day; the export folder is `directory`.
bool seed(Connection &db, const QString &directory)
{
    ExportData d(db);
    const qint64 account = d.account(QStringLiteral("ACC-1"), d.channel(QStringLiteral("CH1")));
    for (const QDate &day : missedDays())
        d.payment(QStringLiteral("PA-") + day.toString(Qt::ISODate), account,
                  QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch(), 100);
    return d.setSetting(QStringLiteral("export.directory"), directory);
}

// A folder (not empty) where the failing day's payment file must go: its rename fails and the
// run of that day ends ERRORED; the other days are not affected.
bool blockFailingDay(const QString &directory)
{
    const QString path = directory + u'/'
        + ExportStreams::folderName(ExportStream::PaymentAndCredit) + QStringLiteral("/target/CH1/")
        + ExportStreams::filePrefix(ExportStream::PaymentAndCredit) + u'_'
        + failingDay().toString(Qt::ISODate) + QStringLiteral("_1.xml");
    QFile inside(path + QStringLiteral("/keep"));
    return QDir().mkpath(path) && inside.open(QIODevice::WriteOnly);
}

// Date and status of each recorded run, oldest first.
QStringList recordedRuns(Connection &db)
{
    QStringList runs;
    const auto history = ExportHistory::runs(db);
    if (!history)
        return { history.errorString() };
    for (const ExportRunInfo &run : *history)
        runs.prepend(run.date.toString(Qt::ISODate) + u' ' + ExportStatuses::toString(run.status));
    return runs;
}

// The page on `url`, Run Missed Days clicked once its state is read; waits until the catch-up
// is over.
bool catchUpInPage(const DatabaseUrl &url, QList<ExportRunResult> *finished, QString *errorText)
{
    ExportPage page;
    QSignalSpy loaded(&page, &ExportPage::stateLoaded);
    page.setDatabase(url);
    if (!loaded.wait(TimeoutMs) || !loaded.first().first().toBool()
        || page.missedDays() != missedDays())
        return false;
    QSignalSpy runs(&page, &ExportPage::runFinished);
    QSignalSpy done(&page, &ExportPage::runsDone);
    page.runMissedDays();
    if (!done.wait(TimeoutMs))
        return false;
    for (const QList<QVariant> &run : std::as_const(runs))
        finished->append(run.first().value<ExportRunResult>());
    *errorText = page.errorText();
    return true;
}

} // namespace

class TestCatchUpRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(qEnvironmentVariable("CHANNELSCOPE_CLI")),
                 "CHANNELSCOPE_CLI must name channelscope-cli");
    }

    // "errored": the second day's run ends ERRORED; "refused": another run holds the second
    // day's lock, so its run cannot start (nothing recorded).
    void cliAndPageStopAtTheSameDate_data()
    {
        QTest::addColumn<bool>("locked");
        for (const char *database : { "sqlite", "postgresql" }) {
            QTest::addRow("%s-errored", database) << false;
            QTest::addRow("%s-refused", database) << true;
        }
    }

    void cliAndPageStopAtTheSameDate()
    {
        QFETCH(bool, locked);
        QTemporaryDir cliFolder;
        QTemporaryDir pageFolder;
        CS_FRESH_DATABASE(cliDb);
        const DatabaseUrl cliUrl = test::lastDatabaseUrl();
        CS_FRESH_DATABASE(pageDb);
        const DatabaseUrl pageUrl = test::lastDatabaseUrl();
        QVERIFY(seed(*cliDb, cliFolder.path()));
        QVERIFY(seed(*pageDb, pageFolder.path()));
        std::unique_ptr<ExportLock> cliLock, pageLock;
        if (locked) {
            auto lock = ExportLock::acquire(*cliDb, failingDay());
            QVERIFY2(lock, qPrintable(lock ? QString() : lock.errorString()));
            cliLock = std::move(*lock);
            lock = ExportLock::acquire(*pageDb, failingDay());
            QVERIFY2(lock, qPrintable(lock ? QString() : lock.errorString()));
            pageLock = std::move(*lock);
        } else {
            QVERIFY(blockFailingDay(cliFolder.path()));
            QVERIFY(blockFailingDay(pageFolder.path()));
        }
        const QString first = missedDays().first().toString(Qt::ISODate);
        const QString failing = failingDay().toString(Qt::ISODate);
        const QStringList expected = locked ? QStringList { first + QStringLiteral(" COMPLETED") }
                                            : QStringList { first + QStringLiteral(" COMPLETED"),
                                                            failing + QStringLiteral(" ERRORED") };

        const CliRun cli = runCli({ QStringLiteral("export"), QStringLiteral("--db"),
                                    cliUrl.toDisplayString(), QStringLiteral("--catch-up") });
        QCOMPARE(recordedRuns(*cliDb), expected);
        QCOMPARE(cli.exitCode, 1);
        QCOMPARE(cli.out.count(u'\n'), expected.size());
        QVERIFY2(cli.err.endsWith(QStringLiteral("channelscope-cli export: catch-up stopped at "
                                                 "%1; not run: %2 to %3\n")
                                      .arg(failing, missedDays().at(2).toString(Qt::ISODate),
                                           missedDays().last().toString(Qt::ISODate))),
                 qPrintable(cli.err));

        QList<ExportRunResult> finished;
        QString errorText;
        QVERIFY(catchUpInPage(pageUrl, &finished, &errorText));
        QCOMPARE(recordedRuns(*pageDb), expected);
        QCOMPARE(finished.size(), expected.size());
        QCOMPARE(finished.last().date, locked ? missedDays().first() : failingDay());
        if (locked)
            QVERIFY2(errorText.contains(QStringLiteral("already running")), qPrintable(errorText));

        // Both leave the same dates missed.
        for (Connection *db : { cliDb.get(), pageDb.get() }) {
            const auto missed
                = findMissedDays(*db, std::nullopt, QDateTime::currentMSecsSinceEpoch());
            QVERIFY(missed);
            QCOMPARE(missed->dates, missedDays().mid(1));
        }
    }
};

QTEST_MAIN(TestCatchUpRule)
#include "tst_catchuprule.moc"
