// Database faults (issue 10): files that are not ours or too new stay byte-identical, missing
// files are not created by commands that only read, least-privilege PostgreSQL roles work,
// concurrent processes wait instead of failing, and a lost PostgreSQL connection during an export
// is recorded with the server's reason. The processes are the real channelscope-cli.
#include "db/schema.h"
#include "export/exportjob.h"
#include "export/exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cs;
using cs::test::CliRun;
using cs::test::ExportData;

namespace {

QString cli()
{
    return qEnvironmentVariable("CHANNELSCOPE_CLI");
}

constexpr int CliTimeoutMs = 180'000;

CliRun finish(QProcess &process, const QElapsedTimer &timer)
{
    return cs::test::finishCli(process, timer, CliTimeoutMs);
}

CliRun runCli(const QStringList &arguments, const QStringList &environment = {})
{
    return cs::test::runCli(arguments, environment, CliTimeoutMs);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Bytes 18 and 19 of an SQLite header: 1 for a rollback journal, 2 for WAL.
QByteArray journalBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(20).mid(18, 2);
}

// Runs SQL on a plain Qt SQLite connection, outside ChannelScope's Connection.
bool rawSqlite(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

DatabaseUrl adminUrl()
{
    return *DatabaseUrl::parse(qEnvironmentVariable("CHANNELSCOPE_TEST_PG_URL"));
}

QString pgUrl(const QString &database, const QString &user = QStringLiteral("channelscope"))
{
    const DatabaseUrl admin = adminUrl();
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user, admin.host)
        .arg(admin.port)
        .arg(database);
}

// A new PostgreSQL database that nothing has opened yet (no schema at all).
QString emptyPgDatabase(const QString &name)
{
    auto admin = Connection::open(adminUrl());
    if (!admin)
        return {};
    (void)(*admin)->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    if (!(*admin)->exec(QStringLiteral("CREATE DATABASE ") + name))
        return {};
    return name;
}

// Runs SQL through psql as the cluster's owner (roles need a superuser to be created).
QString asClusterOwner(const QString &sql)
{
    const QString state = qEnvironmentVariable("CHANNELSCOPE_TEST_PG_STATE");
    QFile socketFile(state + QStringLiteral("/socket_dir"));
    if (!socketFile.open(QIODevice::ReadOnly))
        return QStringLiteral("no socket_dir in ") + state;
    const QString socketDir = QString::fromUtf8(socketFile.readAll().trimmed());
    QStringList bins
        = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(bins.begin(), bins.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    if (bins.isEmpty())
        return QStringLiteral("no PostgreSQL in /usr/lib/postgresql");
    const QString psql = QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(bins.last());
    const QStringList psqlArguments { QStringLiteral("-X"), QStringLiteral("-q"),
                                      QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                      QStringLiteral("-h"), socketDir,
                                      QStringLiteral("-p"), QString::number(adminUrl().port),
                                      QStringLiteral("-d"), QStringLiteral("postgres"),
                                      QStringLiteral("-c"), sql };
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/"));
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                    QStringLiteral("--"), psql }
                          + psqlArguments);
    else
        process.start(psql, psqlArguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("psql failed: ") + QString::fromUtf8(process.readAllStandardError());
    return {};
}

// The test dataset plus `usageRows` usage records of one account.
bool writeDataset(const QString &directory, int usageRows)
{
    const QDir base(qEnvironmentVariable("CHANNELSCOPE_TEST_DATA")
                    + QStringLiteral("/import/base"));
    QDir().mkpath(directory);
    for (const QString &name : base.entryList({ QStringLiteral("*.csv") }, QDir::Files)) {
        QFile::remove(directory + u'/' + name);
        if (!QFile::copy(base.filePath(name), directory + u'/' + name))
            return false;
    }
    if (usageRows == 0)
        return true;
    QFile usage(directory + QStringLiteral("/usage.csv"));
    if (!usage.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray data = "id,account,product,start,end,quantity\n";
    for (int i = 0; i < usageRows; ++i)
        data += "X-" + QByteArray::number(i)
            + ",ACC-1,RUNNING_VM,2026-02-01T00:00:00Z,2026-02-01T01:00:00Z,1\n";
    return usage.write(data) == data.size();
}

QtMessageHandler s_previousHandler = nullptr;
QStringList s_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        s_warnings << message;
    else
        s_previousHandler(type, context, message);
}

} // namespace

class TestFaultsDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    int m_counter = 0;
    QString m_dataset;

    QString newPath(const QString &stem)
    {
        return m_work.filePath(QStringLiteral("%1-%2").arg(stem).arg(++m_counter));
    }

    // A database URL for the CLI: a new SQLite path or a new, empty PostgreSQL database.
    QString newDatabase()
    {
        if (cs::test::currentDatabaseKind() == u"sqlite")
            return newPath(QStringLiteral("db")) + QStringLiteral(".sqlite");
        return pgUrl(emptyPgDatabase(QStringLiteral("cs_faults_%1_%2")
                                         .arg(QCoreApplication::applicationPid())
                                         .arg(++m_counter)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cli()), "CHANNELSCOPE_CLI must name channelscope-cli");
        m_dataset = m_work.filePath(QStringLiteral("dataset"));
        QVERIFY(writeDataset(m_dataset, 0));
    }

    // Another application's SQLite file: every command refuses it and leaves it byte-identical.
    void foreignFileUnchanged_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("report") << QStringList {
            QStringLiteral("report"),     QStringLiteral("--billing-group"),
            QStringLiteral("DIST-EU"),    QStringLiteral("--from"),
            QStringLiteral("2026-02-01"), QStringLiteral("--to"),
            QStringLiteral("2026-02-02")
        };
        QTest::newRow("export") << QStringList {
            QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-02-01"),
            QStringLiteral("--directory"), m_work.filePath(QStringLiteral("foreign-export"))
        };
        QTest::newRow("import") << QStringList { QStringLiteral("import"), m_dataset };
        QTest::newRow("config") << QStringList { QStringLiteral("config") };
        QTest::newRow("demo") << QStringList { QStringLiteral("demo") };
    }
    void foreignFileUnchanged()
    {
        QFETCH(QStringList, arguments);
        const QString path = newPath(QStringLiteral("foreign")) + QStringLiteral(".sqlite");
        QVERIFY(rawSqlite(path,
                          { QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)"),
                            QStringLiteral("INSERT INTO note (text) VALUES ('keep me')") }));
        const QByteArray before = sha256(path);
        QCOMPARE(journalBytes(path), QByteArray("\x01\x01", 2));
        arguments.insert(1, QStringLiteral("--db"));
        arguments.insert(2, path);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not a ChannelScope database")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    // A database of a newer ChannelScope in rollback-journal mode is refused before any pragma
    // that writes: it stays in that mode, byte for byte.
    void newerDatabaseKeepsJournalMode()
    {
        const QString path = newPath(QStringLiteral("newer")) + QStringLiteral(".sqlite");
        {
            auto db = Connection::open(DatabaseUrl::sqlite(path));
            QVERIFY2(db, qPrintable(db ? QString() : db.errorString()));
            QVERIFY((*db)->exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        QVERIFY(rawSqlite(path, { QStringLiteral("PRAGMA journal_mode = DELETE") }));
        QCOMPARE(journalBytes(path), QByteArray("\x01\x01", 2));
        const QByteArray before = sha256(path);
        for (const QString &command : { QStringLiteral("config"), QStringLiteral("import") }) {
            QStringList arguments { command, QStringLiteral("--db"), path };
            if (command == u"import")
                arguments << m_dataset;
            const CliRun run = runCli(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("schema version 999")), qPrintable(run.err));
            QCOMPARE(journalBytes(path), QByteArray("\x01\x01", 2));
            QCOMPARE(sha256(path), before);
        }
        QVERIFY(!Connection::open(DatabaseUrl::sqlite(path)));
        QCOMPARE(sha256(path), before);
    }

    // Commands that only read never create a database; those that may write create a new one.
    void missingFile()
    {
        const QString path = newPath(QStringLiteral("missing")) + QStringLiteral(".sqlite");
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("report"), QStringLiteral("--db"), path,
                             QStringLiteral("--billing-group"), QStringLiteral("DIST-EU"),
                             QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-02-02") },
               QStringList { QStringLiteral("export"), QStringLiteral("--db"), path,
                             QStringLiteral("--date"), QStringLiteral("2026-02-01"),
                             QStringLiteral("--directory"),
                             m_work.filePath(QStringLiteral("missing-export")) } }) {
            const CliRun run = runCli(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("no such database")), qPrintable(run.err));
            QVERIFY(!QFile::exists(path));
        }
        QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("--db"), path }).exitCode, 0);
        QVERIFY(QFile::exists(path));
    }

    // Six processes open the same new database at once, a few rounds: every one succeeds, and no
    // NOTICE reaches stderr.
    void concurrentFirstOpen_data() { cs::test::addDatabaseRows(); }
    void concurrentFirstOpen()
    {
        int failures = 0;
        QStringList errors;
        for (int round = 0; round < 4; ++round) {
            const QString db = newDatabase();
            QVERIFY(!db.endsWith(u'/'));
            std::vector<std::unique_ptr<QProcess>> processes;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 6; ++i) {
                processes.push_back(std::make_unique<QProcess>());
                cs::test::startCli(*processes.back(),
                                   { QStringLiteral("config"), QStringLiteral("--db"), db });
            }
            for (auto &process : processes) {
                const CliRun run = finish(*process, timer);
                if (run.exitCode != 0 || !run.err.isEmpty()) {
                    ++failures;
                    errors << run.err.trimmed();
                }
            }
        }
        QVERIFY2(
            failures == 0,
            qPrintable(QStringLiteral("%1 of 24 failed: %2").arg(failures).arg(errors.join(u'|'))));
    }

    // A second import while another runs waits for it (the busy timeout) and succeeds; with a
    // short timeout it fails, naming the import that holds the database, not a line of a file.
    void concurrentImports_data() { cs::test::addDatabaseRows(); }
    void concurrentImports()
    {
        const QString db = newDatabase();
        const QString big = newPath(QStringLiteral("big"));
        // Large enough that the first import still runs well after its first progress line.
        const bool sqlite = cs::test::currentDatabaseKind() == u"sqlite";
        QVERIFY(writeDataset(big, sqlite ? 600'000 : 250'000));
        QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("--db"), db }).exitCode, 0);
        for (const bool shortTimeout : { false, true, false }) {
            QProcess holder;
            QElapsedTimer timer;
            timer.start();
            cs::test::startCli(holder,
                               { QStringLiteral("import"), QStringLiteral("--db"), db, big });
            // The first progress line comes from inside the import's transaction.
            while (!holder.readAllStandardError().contains("rows read")
                   && holder.state() == QProcess::Running && timer.elapsed() < 60000)
                holder.waitForReadyRead(50);
            QVERIFY2(holder.state() == QProcess::Running, "the first import ended too early");
            const qint64 holderPid = holder.processId();
            const CliRun second
                = runCli({ QStringLiteral("import"), QStringLiteral("--db"), db, m_dataset },
                         { QStringLiteral("CHANNELSCOPE_BUSY_TIMEOUT_MS=%1")
                               .arg(shortTimeout ? 300 : 300000) });
            const CliRun first = finish(holder, timer);
            QVERIFY2(first.exitCode == 0, qPrintable(first.err));
            if (!shortTimeout) {
                QVERIFY2(second.exitCode == 0, qPrintable(second.err));
                continue;
            }
            QCOMPARE(second.exitCode, 1);
            QVERIFY2(second.err.contains(QStringLiteral("another import is running since")),
                     qPrintable(second.err));
            QVERIFY2(second.err.contains(QStringLiteral("(pid %1)").arg(holderPid)),
                     qPrintable(second.err));
            QVERIFY2(!second.err.contains(QStringLiteral(".csv line")), qPrintable(second.err));
        }
    }

    // Least privilege on PostgreSQL: an owner migrates, a writer imports and exports, a reader
    // reports; a reader that imports and a role that cannot migrate get a clear message.
    void leastPrivilegeRoles()
    {
        if (qEnvironmentVariableIsEmpty("CHANNELSCOPE_TEST_PG_URL")) {
            cs::test::cannotRun(QStringLiteral("CHANNELSCOPE_TEST_PG_URL is not set"));
            return;
        }
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString writer = QStringLiteral("cs_writer_") + suffix;
        const QString reader = QStringLiteral("cs_reader_") + suffix;
        const QString created = asClusterOwner(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'writer-pw'; CREATE ROLE %2 LOGIN "
                           "PASSWORD 'reader-pw'")
                .arg(writer, reader));
        QVERIFY2(created.isEmpty(), qPrintable(created));
        const QStringList asWriter { QStringLiteral("PGPASSWORD=writer-pw") };
        const QStringList asReader { QStringLiteral("PGPASSWORD=reader-pw") };

        // A database that needs migration: the writer may not create tables.
        const QString empty = emptyPgDatabase(QStringLiteral("cs_faults_empty_") + suffix);
        CliRun run = runCli(
            { QStringLiteral("config"), QStringLiteral("--db"), pgUrl(empty, writer) }, asWriter);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("CREATE privilege on schema public")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);

        // The owner migrates and grants as README (Databases) says.
        const QString name = emptyPgDatabase(QStringLiteral("cs_faults_roles_") + suffix);
        run = runCli({ QStringLiteral("config"), QStringLiteral("--db"), pgUrl(name) });
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err));
        run = runCli({ QStringLiteral("config"), QStringLiteral("--db"), pgUrl(name) });
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err)); // no NOTICE
        {
            DatabaseUrl url = adminUrl();
            url.database = name;
            auto owner = Connection::open(url);
            QVERIFY(owner);
            for (const QString &grant :
                 { QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(writer, reader),
                   QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                                  "public TO %1")
                       .arg(writer),
                   QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1")
                       .arg(writer),
                   QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")
                       .arg(reader) }) {
                auto done = (*owner)->exec(grant);
                QVERIFY2(done, qPrintable(done ? QString() : done.errorString()));
            }
        }
        run = runCli(
            { QStringLiteral("import"), QStringLiteral("--db"), pgUrl(name, writer), m_dataset },
            asWriter);
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err));
        run = runCli({ QStringLiteral("export"), QStringLiteral("--db"), pgUrl(name, writer),
                       QStringLiteral("--date"), QStringLiteral("2026-02-01"),
                       QStringLiteral("--directory"),
                       m_work.filePath(QStringLiteral("writer-export")) },
                     asWriter);
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err + run.out));
        run = runCli({ QStringLiteral("report"), QStringLiteral("--db"), pgUrl(name, reader),
                       QStringLiteral("--billing-group"), QStringLiteral("DIST-EU"),
                       QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                       QStringLiteral("--to"), QStringLiteral("2026-02-03") },
                     asReader);
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("RUNNING_VM")), qPrintable(run.out));
        run = runCli(
            { QStringLiteral("import"), QStringLiteral("--db"), pgUrl(name, reader), m_dataset },
            asReader);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("role %1 may not write").arg(reader)),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    // The export's connections die in the middle of a run (as in a server restart): the run is
    // recorded as failed with the server's reason, and no Qt warning is printed.
    void exportLosesConnection()
    {
        if (qEnvironmentVariableIsEmpty("CHANNELSCOPE_TEST_PG_URL")) {
            cs::test::cannotRun(QStringLiteral("CHANNELSCOPE_TEST_PG_URL is not set"));
            return;
        }
        const QDate day(2026, 2, 10);
        DatabaseUrl url = adminUrl();
        url.database = emptyPgDatabase(
            QStringLiteral("cs_faults_export_%1").arg(QCoreApplication::applicationPid()));
        auto db = Connection::open(url);
        QVERIFY2(db, qPrintable(db ? QString() : db.errorString()));
        Connection &killer = **db;
        ExportData d(killer);
        const qint64 account = d.account(QStringLiteral("ONE-1"), d.channel(QStringLiteral("ONE")));
        d.payment(QStringLiteral("P1"), account,
                  ExportData::ms(QStringLiteral("2026-02-10T09:00:00Z")), 100);
        ExportOptions options;
        options.date = day;
        options.directory = newPath(QStringLiteral("lost-export"));
        options.url = QString();
        ExportJob job(killer.url(), options);
        job.setRunStartedHandler([&killer](qint64, QDate) {
            (void)killer.exec(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                               "datname = current_database() AND pid <> pg_backend_pid()"));
        });
        s_warnings.clear();
        s_previousHandler = qInstallMessageHandler(collectWarnings);
        const auto result = job.run();
        qInstallMessageHandler(s_previousHandler);
        QVERIFY2(s_warnings.isEmpty(), qPrintable(s_warnings.join(u'\n')));
        const QString error = result ? result->error : result.errorString();
        QVERIFY2(!error.trimmed().endsWith(u':'), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("terminat")), qPrintable(error));
        auto q = killer.exec(QStringLiteral("SELECT status, error FROM export_run"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("ERRORED"));
        QVERIFY2(q->value(1).toString().contains(QStringLiteral("terminat")),
                 qPrintable(q->value(1).toString()));
    }

    // An export folder that cannot be created: the message says why.
    void exportFolderReason_data() { cs::test::addDatabaseRows(); }
    void exportFolderReason()
    {
        CS_FRESH_DATABASE(db);
        ExportData d(*db);
        const qint64 account = d.account(QStringLiteral("ONE-1"), d.channel(QStringLiteral("ONE")));
        d.payment(QStringLiteral("P1"), account,
                  ExportData::ms(QStringLiteral("2026-02-10T09:00:00Z")), 100);
        const QString blocker = newPath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ExportOptions options;
        options.date = QDate(2026, 2, 10);
        options.directory = blocker + QStringLiteral("/export");
        options.url = QString();
        ExportJob job(cs::test::lastDatabaseUrl(), options);
        const auto result = job.run();
        QVERIFY2(result, qPrintable(result ? QString() : result.errorString()));
        QCOMPARE(result->status, ExportStatus::Errored);
        QVERIFY2(result->error.contains(QStringLiteral("cannot create the export folder")),
                 qPrintable(result->error));
        QVERIFY2(result->error.contains(QStringLiteral("Not a directory")),
                 qPrintable(result->error));
    }
};

QTEST_GUILESS_MAIN(TestFaultsDatabase)
#include "tst_faults_database.moc"
