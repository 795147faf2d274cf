// Export guards: a business date that has not ended yet (today or later in the business time
// zone) is refused, because its documents are not complete; --force exports it as a test run,
// which is recorded as such and never counts as exported. Both databases, through the command
// line as a server runs it.
#include "config/configuration.h"
#include "export/exporthistory.h"
#include "exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"
#include "time/businesscalendar.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::CliRun;
using cs::test::ExportData;
using cs::test::runCli;

namespace {

// UTC+14: its "today" is a day ahead of UTC's for ten hours a day, so a guard that used UTC
// would let the business zone's today through then.
const QString Zone = QStringLiteral("Pacific/Kiritimati");

QDate yesterdayInZone()
{
    return BusinessCalendar(QTimeZone(Zone.toUtf8()))
        .yesterday(QDateTime::currentMSecsSinceEpoch());
}

// One channel with a payment on the business zone's yesterday and today.
bool seed(Connection &db)
{
    ExportData d(db);
    const qint64 account = d.account(QStringLiteral("ACC-1"), d.channel(QStringLiteral("CH1")));
    const BusinessCalendar calendar(QTimeZone(Zone.toUtf8()));
    for (int day = 0; day < 2; ++day) {
        const QDate date = yesterdayInZone().addDays(day);
        d.payment(QStringLiteral("PA-%1").arg(day), account, calendar.dayStart(date) + 3'600'000,
                  100 + day);
    }
    return d.setSetting(Configuration::BusinessTimeZone, Zone);
}

QStringList exportArguments(const QString &date, const QString &directory)
{
    return { QStringLiteral("export"),
             QStringLiteral("--db"),
             cs::test::lastDatabaseUrl().toDisplayString(),
             QStringLiteral("--date"),
             date,
             QStringLiteral("--directory"),
             directory };
}

} // namespace

class TestExportGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CHANNELSCOPE_CLI")),
                 "CHANNELSCOPE_CLI must name channelscope-cli");
    }

    void dateNotEndedIsRefused_data()
    {
        // The tag starts with the database kind, as cs::test::currentDatabaseKind() reads it.
        QTest::addColumn<QString>("database");
        QTest::addColumn<int>("daysAfterYesterday");
        for (const char *database : { "sqlite", "postgresql" }) {
            QTest::addRow("%s today", database) << QString::fromLatin1(database) << 1;
            QTest::addRow("%s in 90 days", database) << QString::fromLatin1(database) << 90;
        }
    }

    void dateNotEndedIsRefused()
    {
        QFETCH(int, daysAfterYesterday);
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir folder;
        const QString date = yesterdayInZone().addDays(daysAfterYesterday).toString(Qt::ISODate);

        const CliRun refused = runCli(exportArguments(date, folder.path()));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("%1 has not ended yet in the business time "
                                                     "zone %2")
                                          .arg(date, Zone))
                     && refused.err.contains(QStringLiteral("--force")),
                 qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        const auto runs = ExportHistory::runs(*db);
        QVERIFY2(runs, qPrintable(runs ? QString() : runs.errorString()));
        QVERIFY(runs->isEmpty());
        QVERIFY(QDir(folder.path()).isEmpty());
    }

    void forcedRunIsATestRun_data() { cs::test::addDatabaseRows(); }

    void forcedRunIsATestRun()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir folder;
        const QDate yesterday = yesterdayInZone();
        const QString today = yesterday.addDays(1).toString(Qt::ISODate);

        QStringList arguments = exportArguments(today, folder.path());
        const CliRun forced = runCli(arguments << QStringLiteral("--force"));
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(forced.out.startsWith(today + QStringLiteral(" COMPLETED"))
                     && forced.out.contains(QStringLiteral("a test run, not counted as exported")),
                 qPrintable(forced.out + forced.err));
        QVERIFY(!QDir(folder.path()).isEmpty());

        // A forced run of an ended date is a test run too: the date stays missed.
        arguments = exportArguments(yesterday.toString(Qt::ISODate), folder.path());
        QCOMPARE(runCli(QStringList(arguments) << QStringLiteral("--force")).exitCode, 0);
        auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 2);
        for (const ExportRunInfo &run : *runs)
            QCOMPARE(run.trigger, ExportTrigger::Test);
        auto missed = ExportHistory::missedDays(*db, yesterday, yesterday);
        QVERIFY(missed);
        QCOMPARE(*missed, QList<QDate> { yesterday });
        auto last = ExportHistory::lastExportedDate(*db);
        QVERIFY(last);
        QVERIFY(!last->has_value());

        // The real run counts.
        const CliRun real = runCli(arguments);
        QCOMPARE(real.exitCode, 0);
        QVERIFY(!real.out.contains(QStringLiteral("test run")));
        missed = ExportHistory::missedDays(*db, yesterday, yesterday);
        QVERIFY(missed);
        QVERIFY(missed->isEmpty());
    }

    void forceIsOnlyForOneDate_data() { cs::test::addDatabaseRows(); }

    void forceIsOnlyForOneDate()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        for (const QString &other : { QStringLiteral("--catch-up"), QStringLiteral("--missed") }) {
            const CliRun refused = runCli({ QStringLiteral("export"), QStringLiteral("--db"),
                                            cs::test::lastDatabaseUrl().toDisplayString(), other,
                                            QStringLiteral("--force") });
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QStringLiteral("--force is for a test run of one "
                                                         "--date")),
                     qPrintable(refused.err));
        }
        const auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QVERIFY(runs->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportGuards)
#include "tst_exportguards.moc"
