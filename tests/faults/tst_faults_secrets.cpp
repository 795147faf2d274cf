// No secret at rest and none in output: export credentials never reach the setting table,
// `config` never prints a password (not even one an older version stored), every URL in a
// message is redacted, and the credentials file of unattended runs is checked before use.
#include "config/configuration.h"
#include "db/databaseurl.h"
#include "export/exporthistory.h"
#include "export/exportjob.h"
#include "export/exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::CliRun;

namespace {

const QDate s_day(2026, 2, 10);

CliRun cli(const QStringList &arguments)
{
    return test::runCliInProcess(arguments);
}

QString databaseArgument()
{
    const DatabaseUrl url = test::lastDatabaseUrl();
    return url.kind == DatabaseKind::Sqlite ? url.path : url.toDisplayString();
}

// Everything in the setting table, one line per row.
QString settingTable(Connection &db)
{
    QString text;
    auto q = db.exec(QStringLiteral("SELECT key, value FROM setting ORDER BY key"));
    if (!q)
        return q.errorString();
    while (q->next())
        text += q->value(0).toString() + u'=' + q->value(1).toString() + u'\n';
    return text;
}

// Export URLs with a password, written in the ways a user might: plain, percent-encoded, with
// characters that should have been encoded.
QStringList urlsWithPassword()
{
    return { QStringLiteral("sftp://user:S3cretQz9PW@host/x"),
             QStringLiteral("ftps://billing:S3cret%40Qz9PW@127.0.0.1:2121/incoming"),
             QStringLiteral("https://cs:S3cret@Qz9PW@example.com/in"),
             QStringLiteral("ftp://cs:12/S3cretQz9PW@host/x"),
             QStringLiteral("ftp://cs:S3cretQz9PW#x@host/x"),
             QStringLiteral("http://:S3cretQz9PW@host/x") };
}

void verifyNoSecret(const QString &text)
{
    for (const QString &piece : { QStringLiteral("S3cret"), QStringLiteral("Qz9PW") })
        QVERIFY2(!text.contains(piece), qPrintable(text));
}

void verifyOneLine(const QString &text)
{
    QVERIFY2(text.endsWith(u'\n') && text.count(u'\n') == 1, qPrintable(text));
}

int port(const char *name)
{
    return qEnvironmentVariableIntValue(name);
}

} // namespace

class TestFaultsSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    int m_counter = 0;

private Q_SLOTS:
    void cleanup() { qunsetenv("CHANNELSCOPE_EXPORT_PASSWORD"); }

    // `config export.URL` with a password refuses and says where the password goes.
    void configRefusesPasswordInUrl_data() { test::addDatabaseRows(); }
    void configRefusesPasswordInUrl()
    {
        CS_FRESH_DATABASE(db);
        for (const QString &url : urlsWithPassword()) {
            const CliRun run = cli({ QStringLiteral("config"), QStringLiteral("--db"),
                                     databaseArgument(), QStringLiteral("export.URL"), url });
            QCOMPARE(run.exitCode, 2);
            verifyOneLine(run.err);
            verifyNoSecret(run.err);
            QVERIFY2(run.err.contains(u"CHANNELSCOPE_EXPORT_PASSWORD")
                         && run.err.contains(u"export.credentialsFile"),
                     qPrintable(run.err));
            verifyNoSecret(settingTable(*db));
            QVERIFY(!Configuration::setValue(*db, Configuration::ExportUrl, url));
            verifyNoSecret(settingTable(*db));

            const CliRun exported
                = cli({ QStringLiteral("export"), QStringLiteral("--db"), databaseArgument(),
                        QStringLiteral("--directory"), m_work.filePath(QStringLiteral("unused")),
                        QStringLiteral("--url"), url });
            QCOMPARE(exported.exitCode, 2);
            verifyOneLine(exported.err);
            verifyNoSecret(exported.err);
        }
        // Without a password the URL is stored as given.
        const CliRun stored
            = cli({ QStringLiteral("config"), QStringLiteral("--db"), databaseArgument(),
                    QStringLiteral("export.URL"), QStringLiteral("sftp://user@host/x") });
        QCOMPARE(stored.exitCode, 0);
        QCOMPARE(*Configuration::value(*db, Configuration::ExportUrl),
                 QStringLiteral("sftp://user@host/x"));
    }

    // A password that an older version stored is removed on the first open and never printed.
    void storedPasswordIsRemoved_data() { test::addDatabaseRows(); }
    void storedPasswordIsRemoved()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::ExportData(*db).setSetting(
            QStringLiteral("export.URL"),
            QStringLiteral("ftps://billing:S3cretQz9PW@127.0.0.1:2121/incoming")));
        QVERIFY(settingTable(*db).contains(u"S3cretQz9PW"));
        QVERIFY(Configuration::value(*db, Configuration::ExportUrl));
        verifyNoSecret(*Configuration::value(*db, Configuration::ExportUrl));

        const CliRun listing
            = cli({ QStringLiteral("config"), QStringLiteral("--db"), databaseArgument() });
        QCOMPARE(listing.exitCode, 0);
        verifyNoSecret(listing.out);
        QVERIFY2(listing.out.contains(u"export.URL=ftps://billing@127.0.0.1:2121/incoming\n"),
                 qPrintable(listing.out));
        verifyOneLine(listing.err);
        verifyNoSecret(listing.err);
        QVERIFY2(listing.err.contains(u"removed"), qPrintable(listing.err));
        verifyNoSecret(settingTable(*db));

        const CliRun one = cli({ QStringLiteral("config"), QStringLiteral("--db"),
                                 databaseArgument(), QStringLiteral("export.URL") });
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, QStringLiteral("ftps://billing@127.0.0.1:2121/incoming\n"));
        QCOMPARE(one.err, QString());
    }

    // The export job itself removes a stored password before it uses the URL.
    void exportJobRemovesStoredPassword_data() { test::addDatabaseRows(); }
    void exportJobRemovesStoredPassword()
    {
        CS_FRESH_DATABASE(db);
        test::ExportData d(*db);
        QVERIFY(d.channel(QStringLiteral("ALPHA")) > 0);
        QVERIFY(d.setSetting(QStringLiteral("export.URL"),
                             QStringLiteral("ftp://cs:S3cretQz9PW@127.0.0.1:1/x")));
        ExportOptions options;
        options.date = s_day;
        options.directory = m_work.filePath(QStringLiteral("job-%1").arg(++m_counter));
        options.retry.attempts = 1;
        options.retry.retryDelayMs = 0;
        const auto result = ExportJob(test::lastDatabaseUrl(), options).run();
        QVERIFY(result);
        verifyNoSecret(settingTable(*db));
        verifyNoSecret(result->summary() + result->error + result->destination);
        for (const ExportChannelResult &channel : result->channels)
            verifyNoSecret(channel.error + channel.warnings.join(u' '));
    }

    // A PostgreSQL URL with a password, however written, is refused without echoing it.
    void databaseUrlErrorsAreRedacted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("at") << QStringLiteral("postgresql://cs:S3cret@Qz9PW@127.0.0.1/db");
        QTest::newRow("slash") << QStringLiteral("postgresql://cs:S3cret/Qz9PW@127.0.0.1/db");
        QTest::newRow("hash") << QStringLiteral("postgresql://cs:S3cret#Qz9PW@127.0.0.1/db");
        QTest::newRow("question") << QStringLiteral("postgresql://cs:S3cret?Qz9PW@127.0.0.1/db");
        QTest::newRow("space") << QStringLiteral("postgresql://cs:S3cret Qz9PW@127.0.0.1/db");
        QTest::newRow("digits") << QStringLiteral("postgresql://cs:1234/S3cretQz9PW@127.0.0.1/db");
        QTest::newRow("plain") << QStringLiteral("postgresql://cs:S3cretQz9PW@127.0.0.1/db");
        QTest::newRow("bad query")
            << QStringLiteral("postgresql://cs:S3cretQz9PW@127.0.0.1/db?x=S3cretQz9PW");
    }
    void databaseUrlErrorsAreRedacted()
    {
        QFETCH(QString, url);
        const auto parsed = DatabaseUrl::parse(url);
        QVERIFY(!parsed);
        verifyNoSecret(parsed.errorString());
        const CliRun run = cli({ QStringLiteral("config"), QStringLiteral("--db"), url });
        QCOMPARE(run.exitCode, 2);
        verifyOneLine(run.err);
        verifyNoSecret(run.err);
    }

    // The credentials file of unattended runs: refused when others can read it, used when not;
    // `config` shows its name, never its content.
    void credentialsFile_data() { test::addDatabaseRows(); }
    void credentialsFile()
    {
        if (!test::requireServer("HTTP", port("CHANNELSCOPE_TEST_HTTP_PORT")))
            return;
        CS_FRESH_DATABASE(db);
        test::ExportData d(*db);
        const qint64 channel = d.channel(QStringLiteral("ALPHA"));
        const qint64 account = d.account(QStringLiteral("ALPHA-1"), channel);
        QVERIFY(d.payment(QStringLiteral("P1"), account,
                          test::ExportData::ms(QStringLiteral("2026-02-10T10:00:00Z")), 1250)
                > 0);
        const QString credentials
            = m_work.filePath(QStringLiteral("credentials-%1").arg(++m_counter));
        {
            QFile file(credentials);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("secret\n") == 7);
        }
        QVERIFY(QFile::setPermissions(credentials,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                          | QFile::ReadOther));
        const QString url = QStringLiteral("http://cs@127.0.0.1:%1/credentials-%2")
                                .arg(port("CHANNELSCOPE_TEST_HTTP_PORT"))
                                .arg(m_counter);
        for (const auto &[key, value] :
             { std::pair { QStringLiteral("export.URL"), url },
               std::pair { QStringLiteral("export.credentialsFile"), credentials } }) {
            const CliRun set = cli({ QStringLiteral("config"), QStringLiteral("--db"),
                                     databaseArgument(), key, value });
            QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        }
        const CliRun listing
            = cli({ QStringLiteral("config"), QStringLiteral("--db"), databaseArgument() });
        QVERIFY(listing.out.contains(QStringLiteral("export.credentialsFile=") + credentials));
        // (The file's path has "secrets" in it: the password shows as a value or a line.)
        QVERIFY2(!listing.out.contains(u"=secret\n") && !listing.out.contains(u"\nsecret\n"),
                 qPrintable(listing.out));

        ExportOptions options;
        options.date = s_day;
        options.directory = m_work.filePath(QStringLiteral("export-%1").arg(m_counter));
        options.retry.attempts = 1;
        options.retry.retryDelayMs = 0;
        auto refused = ExportJob(test::lastDatabaseUrl(), options).run();
        QVERIFY(refused);
        QCOMPARE(refused->status, ExportStatus::Errored);
        QVERIFY2(refused->error.contains(credentials) && refused->error.contains(u"chmod 600"),
                 qPrintable(refused->error));

        QVERIFY(QFile::setPermissions(credentials, QFile::ReadOwner | QFile::WriteOwner));
        auto delivered = ExportJob(test::lastDatabaseUrl(), options).run();
        QVERIFY(delivered);
        QVERIFY2(delivered->status == ExportStatus::Completed, qPrintable(delivered->summary()));
        QVERIFY(delivered->channels.first().delivered);

        // The environment comes first.
        qputenv("CHANNELSCOPE_EXPORT_PASSWORD", "wrong-password");
        auto wrong = ExportJob(test::lastDatabaseUrl(), options).run();
        QVERIFY(wrong);
        QCOMPARE(wrong->status, ExportStatus::Errored);
        verifyNoSecret(settingTable(*db));
    }
};

QTEST_GUILESS_MAIN(TestFaultsSecrets)
#include "tst_faults_secrets.moc"
