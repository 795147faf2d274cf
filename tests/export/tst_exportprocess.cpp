// The export as a process: the CLI's summary lines and exit codes, catch-up, a second run of the
// same date refused with its holder named, the process killed in the middle of a run, and an
// export folder on a full or read-only file system (a private tmpfs mounted with unshare).
#include "export/exporthistory.h"
#include "export/exportjob.h"
#include "export/exportlock.h"
#include "exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace cs;
using cs::test::CliRun;
using cs::test::ExportData;
using cs::test::runCli;

namespace {

const QDate s_day(2026, 2, 10);

QString cli()
{
    return qEnvironmentVariable("CHANNELSCOPE_CLI");
}

// True if the file is a complete export file: XML that parses to its end, with as many records
// as its root says, or CSV that ends with a line break.
bool completeExportFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray data = file.readAll();
    if (path.endsWith(u".json"))
        return data.trimmed().endsWith('}');
    QXmlStreamReader reader(data);
    int declared = -1;
    int records = 0;
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth == 0)
                declared = reader.attributes().value(QStringLiteral("records")).toInt();
            else if (depth == 1)
                ++records;
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (reader.hasError()) {
        *why = reader.errorString();
        return false;
    }
    if (declared != records) {
        *why = QStringLiteral("%1 records declared, %2 found").arg(declared).arg(records);
        return false;
    }
    return true;
}

} // namespace

class TestExportProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    int m_counter = 0;

    DatabaseUrl smallDatabase()
    {
        const DatabaseUrl url
            = DatabaseUrl::sqlite(m_work.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)));
        auto db = Connection::open(url);
        if (!db) {
            QTest::qFail(qPrintable(db.errorString()), __FILE__, __LINE__);
            return url;
        }
        ExportData d(**db);
        const qint64 ch = d.channel(QStringLiteral("ONE"));
        const qint64 acc = d.account(QStringLiteral("ONE-1"), ch);
        // Documents on three consecutive days, the first of them s_day - 2.
        for (int day = 0; day < 3; ++day) {
            const qint64 at = ExportData::ms(s_day.addDays(day - 2).toString(Qt::ISODate)
                                             + QStringLiteral("T09:00:00Z"));
            d.payment(QStringLiteral("P%1").arg(day), acc, at, 100 + day);
        }
        return url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cli()), "CHANNELSCOPE_CLI must name channelscope-cli");
    }

    void summaryLineAndExitCodes()
    {
        const DatabaseUrl url = smallDatabase();
        const QString dir = m_work.filePath(QStringLiteral("summary"));
        CliRun ok = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                             QStringLiteral("--date"), s_day.toString(Qt::ISODate),
                             QStringLiteral("--directory"), dir, QStringLiteral("--format"),
                             QStringLiteral("csv") });
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.err, QString());
        const QStringList lines = ok.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].startsWith(QStringLiteral("2026-02-10 COMPLETED run ")),
                 qPrintable(lines[0]));
        QVERIFY(lines[0].contains(QStringLiteral("1 channels, 0 failed, 1 records")));
        QVERIFY(QFile::exists(dir
                              + QStringLiteral("/DailyPaymentAndCreditStream/target/ONE/"
                                               "cpbm_payment_credit_2026-02-10_1.csv")));

        // Upload to a port where nothing listens: exit 1, the summary and one line per channel.
        // The password comes from the environment (a URL with one is refused).
        qputenv("CHANNELSCOPE_EXPORT_PASSWORD", "topsecret");
        CliRun failed = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                                 QStringLiteral("--date"), s_day.toString(Qt::ISODate),
                                 QStringLiteral("--directory"), dir, QStringLiteral("--url"),
                                 QStringLiteral("ftp://u@127.0.0.1:1/x"),
                                 QStringLiteral("--retries"), QStringLiteral("2"),
                                 QStringLiteral("--retry-delay"), QStringLiteral("10") });
        qunsetenv("CHANNELSCOPE_EXPORT_PASSWORD");
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.startsWith(QStringLiteral("2026-02-10 ERRORED run ")),
                 qPrintable(failed.out));
        QVERIFY2(failed.err.contains(
                     QStringLiteral("channelscope-cli export: channel ONE ERRORED: upload of")),
                 qPrintable(failed.err));
        QVERIFY(!failed.out.contains(QStringLiteral("topsecret")));
        QVERIFY(!failed.err.contains(QStringLiteral("topsecret")));

        // Usage errors exit 2.
        QCOMPARE(runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                          QStringLiteral("--date"), QStringLiteral("10.02.2026") })
                     .exitCode,
                 2);
        QCOMPARE(runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                          QStringLiteral("--catch-up"), QStringLiteral("--date"),
                          QStringLiteral("2026-02-10") })
                     .exitCode,
                 2);
        CliRun unknown = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                                  QStringLiteral("--channel"), QStringLiteral("NOPE"),
                                  QStringLiteral("--directory"), dir });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown channel \"NOPE\"")));
    }

    void catchUp()
    {
        const DatabaseUrl url = smallDatabase();
        const QString dir = m_work.filePath(QStringLiteral("catchup"));
        // Export the middle date first; catch-up then does the first one and every date from the
        // third up to yesterday, oldest first, one run each.
        QCOMPARE(runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                          QStringLiteral("--date"), s_day.addDays(-1).toString(Qt::ISODate),
                          QStringLiteral("--directory"), dir })
                     .exitCode,
                 0);
        const QDate yesterday = QDate::currentDate().addDays(-1); // the zone is UTC
        const QDate since = yesterday.addDays(-3);
        // Only the last few days, to keep the test short: --since bounds the catch-up.
        CliRun missed = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                                 QStringLiteral("--missed") });
        QCOMPARE(missed.exitCode, 0);
        QVERIFY2(missed.out.startsWith(QStringLiteral("last exported date: 2026-02-09\n")),
                 qPrintable(missed.out));
        QVERIFY(missed.out.contains(QStringLiteral("missed: 2026-02-08\n")));
        QVERIFY(!missed.out.contains(QStringLiteral("missed: 2026-02-09\n")));

        CliRun run = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                              QStringLiteral("--catch-up"), QStringLiteral("--since"),
                              since.toString(Qt::ISODate), QStringLiteral("--directory"), dir,
                              QStringLiteral("--schedule") });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(lines[i].startsWith(since.addDays(i).toString(Qt::ISODate)
                                         + QStringLiteral(" COMPLETED")),
                     qPrintable(lines[i]));
        CliRun nothing
            = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                       QStringLiteral("--catch-up"), QStringLiteral("--since"),
                       since.toString(Qt::ISODate), QStringLiteral("--directory"), dir });
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.startsWith(QStringLiteral("nothing to catch up")));

        // Without --since, catch-up starts at the earliest document (s_day - 2).
        auto db = Connection::open(url);
        QVERIFY(db);
        auto days = ExportHistory::missedDays(**db, s_day.addDays(-2), yesterday);
        QVERIFY(days);
        QCOMPARE(days->first(), s_day.addDays(-2));
        auto runs = ExportHistory::runs(**db);
        QCOMPARE(runs->first().trigger, ExportTrigger::Schedule);
    }

    void secondRunOfTheDateIsRefused()
    {
        const DatabaseUrl url = smallDatabase();
        auto db = Connection::open(url);
        QVERIFY(db);
        auto lock = ExportLock::acquire(**db, s_day);
        QVERIFY(lock);
        QVERIFY((*lock)->attachRun(77));
        CliRun refused
            = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                       QStringLiteral("--date"), s_day.toString(Qt::ISODate),
                       QStringLiteral("--directory"), m_work.filePath(QStringLiteral("refused")) });
        QCOMPARE(refused.exitCode, 1);
        const ExportProcess me = ExportProcess::current();
        QVERIFY2(refused.err.contains(QStringLiteral("the export of 2026-02-10 is already running: "
                                                     "run 77 by %1 on %2 (pid %3) since")
                                          .arg(me.user, me.host)
                                          .arg(me.pid)),
                 qPrintable(refused.err));
        QCOMPARE(refused.out, QString());
        QVERIFY(!QDir(m_work.filePath(QStringLiteral("refused"))).exists());
    }

    void badChannelCodeRefusesTheRun()
    {
        const DatabaseUrl url = smallDatabase();
        {
            auto db = Connection::open(url);
            QVERIFY(db);
            ExportData d(**db);
            // Past the importer: a code that climbs out and carries a line break.
            const qint64 ch = d.channel(QStringLiteral("../out\nside"));
            d.payment(QStringLiteral("BAD-P"), d.account(QStringLiteral("BAD-1"), ch),
                      ExportData::ms(QStringLiteral("2026-02-10T09:00:00Z")), 5);
        }
        const QString dir = m_work.filePath(QStringLiteral("badcode/export"));
        CliRun refused = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                                  QStringLiteral("--date"), s_day.toString(Qt::ISODate),
                                  QStringLiteral("--directory"), dir });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.startsWith(QStringLiteral("2026-02-10 ERRORED run ")),
                 qPrintable(refused.out));
        QCOMPARE(refused.out.count(u'\n'), 1);
        // One line per failed channel, the bad code escaped.
        const QStringList lines = refused.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(
            lines.contains(QStringLiteral("channelscope-cli export: channel \"../out\\u000aside\" "
                                          "ERRORED: channel code \"../out\\u000aside\" (11 "
                                          "characters) cannot be used as a folder name: it must "
                                          "match [A-Za-z0-9_.-]{1,64} and not be . or ..")),
            qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("channel ONE ERRORED: not written: the run "
                                                     "stopped: refused before writing anything")),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(m_work.filePath(QStringLiteral("badcode"))));

        // The good channel alone runs.
        CliRun one = runCli({ QStringLiteral("export"), QStringLiteral("--db"), url.path,
                              QStringLiteral("--date"), s_day.toString(Qt::ISODate),
                              QStringLiteral("--directory"), dir, QStringLiteral("--channel"),
                              QStringLiteral("ONE") });
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(cs::test::filesBelow(m_work.filePath(QStringLiteral("badcode"))).size(), 5);
    }

    void killedInTheMiddle_data()
    {
        QTest::addColumn<QString>("waitFor");
        // While staging (nothing renamed yet) and while renaming into place; on SQLite (the
        // run's process is checked by pid) and on PostgreSQL (the server drops the dead
        // process's advisory lock).
        for (const char *kind : { "sqlite", "postgresql" }) {
            const QString k = QString::fromLatin1(kind);
            QTest::newRow(qPrintable(k + QStringLiteral(" staging")))
                << QStringLiteral("DailyAccountStatementStream/tmp");
            QTest::newRow(qPrintable(k + QStringLiteral(" renaming")))
                << QStringLiteral("DailyPaymentFailureStream/target");
        }
    }
    void killedInTheMiddle()
    {
        QFETCH(QString, waitFor);
        DatabaseUrl url;
        {
            auto db = cs::test::freshDatabase(); // of the row's kind
            if (!db)
                return;
            url = db->url();
            QVERIFY(cs::test::generateBusyDay(*db, s_day, 300, 60000));
        }
        ++m_counter;
        const QString dir = m_work.filePath(QStringLiteral("killed-%1").arg(m_counter));
        QProcess process;
        process.start(cli(),
                      { QStringLiteral("export"), QStringLiteral("--db"), url.toDisplayString(),
                        QStringLiteral("--date"), s_day.toString(Qt::ISODate),
                        QStringLiteral("--directory"), dir });
        QVERIFY(process.waitForStarted());
        // Kill it as soon as the first file appears in that folder.
        const QString staging = dir + u'/' + waitFor;
        QElapsedTimer timer;
        timer.start();
        while (
            process.state() == QProcess::Running && timer.elapsed() < 60000
            && QDir(staging).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
            QTest::qWait(2);
        QVERIFY2(process.state() == QProcess::Running,
                 "the export finished before it could be killed: make the day bigger");
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // No partial file under any final name.
        const auto files = cs::test::filesBelow(dir);
        int finals = 0;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key().contains(QStringLiteral("/tmp/")))
                continue; // staging may hold anything
            ++finals;
            QString why;
            QVERIFY2(completeExportFile(dir + u'/' + it.key(), &why),
                     qPrintable(it.key() + u' ' + why));
        }
        qInfo("killed after %lld ms with %d files under final names", timer.elapsed(), finals);

        auto db = Connection::open(url);
        QVERIFY(db);
        // PostgreSQL ends the dead client's sessions (and its lock) as soon as it notices the
        // closed connections: allow it a moment.
        Result<QList<ExportRunInfo>> runs = ExportHistory::runs(**db);
        QElapsedTimer wait;
        wait.start();
        while (runs && !runs->isEmpty() && runs->first().status != ExportStatus::Interrupted
               && !wait.hasExpired(10000)) {
            QTest::qWait(100);
            runs = ExportHistory::runs(**db);
        }
        qInfo("INTERRUPTED seen after %lld ms", wait.elapsed());
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().status, ExportStatus::Interrupted);

        // A re-run takes the lock over and completes; every file is complete and tmp is empty.
        ExportOptions o;
        o.date = s_day;
        o.directory = dir;
        o.url = QString();
        auto rerun = ExportJob(url, o).run();
        QVERIFY2(rerun, qPrintable(rerun ? QString() : rerun.errorString()));
        QCOMPARE(rerun->status, ExportStatus::Completed);
        QCOMPARE(rerun->records(), 60000);
        const auto after = cs::test::filesBelow(dir);
        QCOMPARE(after.size(), 300 * 5);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY2(!it.key().contains(QStringLiteral("/tmp/")), qPrintable(it.key()));
            QString why;
            QVERIFY2(completeExportFile(dir + u'/' + it.key(), &why),
                     qPrintable(it.key() + u' ' + why));
        }
    }

    void fullOrReadOnlyFileSystem_data()
    {
        QTest::addColumn<QString>("mountOptions");
        QTest::addColumn<QString>("reason");
        QTest::newRow("disk full")
            << QStringLiteral("size=256k") << QStringLiteral("No space left on device");
        QTest::newRow("read-only")
            << QStringLiteral("ro,size=256k") << QStringLiteral("cannot create the export folder");
    }
    void fullOrReadOnlyFileSystem()
    {
        QFETCH(QString, mountOptions);
        QFETCH(QString, reason);
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty()) {
            cs::test::cannotRun(QStringLiteral(
                "unshare (util-linux) is not installed: cannot mount a private tmpfs"));
            return;
        }
        const DatabaseUrl url = DatabaseUrl::sqlite(
            m_work.filePath(QStringLiteral("full-%1.sqlite").arg(++m_counter)));
        {
            auto db = Connection::open(url);
            QVERIFY(db);
            QVERIFY(cs::test::generateBusyDay(**db, s_day, 20, 4000));
        }
        QTemporaryDir mountPoint;
        QTemporaryDir copy;
        // A private mount namespace: the tiny tmpfs exists only for this shell and the CLI, which
        // copies what the CLI left there to `copy` before the namespace goes away. Root needs no
        // user namespace (and gets none inside a chroot).
        QProcess process;
        process.start(unshare,
                      { geteuid() == 0 ? QStringLiteral("-m") : QStringLiteral("-rm"),
                        QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral(
                            "mount -t tmpfs -o \"$1\" tmpfs \"$2\" || exit 99; "
                            "\"$3\" export --db \"$4\" --date 2026-02-10 --directory \"$2/export\" "
                            "--url '' >\"$5/out\" 2>\"$5/err\"; echo $? >\"$5/rc\"; "
                            "cp -a \"$2/.\" \"$5/tree\" 2>/dev/null; mkdir -p \"$5/tree\"; exit 0"),
                        QStringLiteral("sh"), mountOptions, mountPoint.path(), cli(), url.path,
                        copy.path() });
        QVERIFY(process.waitForFinished(120000));
        if (process.exitCode() == 99 || process.exitStatus() != QProcess::NormalExit
            || (process.exitCode() != 0 && !QFile::exists(copy.filePath(QStringLiteral("rc"))))) {
            cs::test::cannotRun(
                QStringLiteral("cannot mount a private tmpfs here (unshare): %1")
                    .arg(QString::fromUtf8(process.readAllStandardError()).simplified()));
            return;
        }
        QFile rc(copy.filePath(QStringLiteral("rc")));
        QVERIFY(rc.open(QIODevice::ReadOnly));
        QCOMPARE(rc.readAll().trimmed(), QByteArray("1"));
        QFile err(copy.filePath(QStringLiteral("err")));
        QVERIFY(err.open(QIODevice::ReadOnly));
        const QString errors = QString::fromUtf8(err.readAll());
        QFile out(copy.filePath(QStringLiteral("out")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString summary = QString::fromUtf8(out.readAll());
        QVERIFY2(summary.startsWith(QStringLiteral("2026-02-10 ERRORED")),
                 qPrintable(summary + errors));
        QVERIFY2(summary.contains(reason), qPrintable(summary));

        // No partial file anywhere, not even in the staging folders.
        const auto files = cs::test::filesBelow(copy.filePath(QStringLiteral("tree")));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY2(!it.key().contains(QStringLiteral("/tmp/")), qPrintable(it.key()));
            QString why;
            QVERIFY2(completeExportFile(copy.filePath(QStringLiteral("tree/")) + it.key(), &why),
                     qPrintable(it.key() + u' ' + why));
        }
        auto db = Connection::open(url);
        QVERIFY(db);
        auto runs = ExportHistory::runs(**db);
        QCOMPARE(runs->first().status, ExportStatus::Errored);
        QVERIFY(runs->first().error.contains(reason));
    }
};

QTEST_GUILESS_MAIN(TestExportProcess)
#include "tst_exportprocess.moc"
