// Delivery of the export to real servers on 127.0.0.1 (started by the ctest fixtures): SFTP
// with a throwaway key, FTP, FTPS (implicit and explicit TLS, a throwaway CA), HTTP and HTTPS
// PUT, file://; the server down or refusing the login; untrusted certificates; a failed channel
// re-sent alone; credentials never in results, history or manifests.
#include "export/exportdestination.h"
#include "export/exporthistory.h"
#include "export/exportjob.h"
#include "export/exportmanifest.h"
#include "exporttestdata.h"
#include "util/redaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace cs;
using cs::test::ExportData;

namespace {

const QDate s_day(2026, 2, 10);

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

int port(const char *name)
{
    return qEnvironmentVariableIntValue(name);
}

QString serverRoot(const char *dirVariable)
{
    return env(dirVariable) + QStringLiteral("/root");
}

QString ftpsUrl(const QString &userInfo, const QString &remoteDir, const QString &query = {})
{
    return QStringLiteral("ftps://%1@127.0.0.1:%2/%3%4")
        .arg(userInfo)
        .arg(port("CHANNELSCOPE_TEST_FTPS_PORT"))
        .arg(remoteDir, query);
}

// A file of the FTPS server's state folder: ca.pem (the throwaway CA that signed its
// certificate), other-ca.pem (an unrelated CA), ftp.log.
QString ftpsFile(const char *name)
{
    return env("CHANNELSCOPE_TEST_FTPS_DIR") + u'/' + QLatin1StringView(name);
}

QByteArray ftpsLogSince(qint64 offset)
{
    QFile log(ftpsFile("ftp.log"));
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
        return {};
    return log.readAll();
}

qint64 ftpsLogSize()
{
    return QFileInfo(ftpsFile("ftp.log")).size();
}

// The pyftpdlib log lines of one command ("STOR", "RNTO") with their file path.
QStringList loggedPaths(const QByteArray &log, const QString &command)
{
    QStringList paths;
    const QRegularExpression line(QStringLiteral("\\] ") + command + QStringLiteral(" (\\S+) "));
    auto it = line.globalMatch(QString::fromUtf8(log));
    while (it.hasNext())
        paths << it.next().captured(1);
    return paths;
}

} // namespace

class TestExportDelivery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    int m_counter = 0;

    // A fresh SQLite database with two channels of documents on s_day and one without.
    std::unique_ptr<Connection> freshDatabase()
    {
        const DatabaseUrl url
            = DatabaseUrl::sqlite(m_work.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)));
        auto db = Connection::open(url);
        if (!db) {
            QTest::qFail(qPrintable(db.errorString()), __FILE__, __LINE__);
            return nullptr;
        }
        ExportData d(**db);
        const qint64 noon = ExportData::ms(QStringLiteral("2026-02-10T12:00:00Z"));
        for (const char *code : { "ALPHA", "BETA", "GAMMA" }) {
            const QString channel = QString::fromLatin1(code);
            const qint64 ch = d.channel(channel);
            if (channel == u"GAMMA")
                continue;
            const qint64 acc = d.account(channel + QStringLiteral("-1"), ch);
            d.statement(channel + QStringLiteral("-ST"), acc, noon, 100, 0, 0, 50, 150);
            const qint64 inv = d.invoice(channel + QStringLiteral("-IN"), acc, noon, 50, 0, 0);
            d.invoiceItem(channel + QStringLiteral("-IT"), inv, 50);
            d.payment(channel + QStringLiteral("-PA"), acc, noon, 25);
        }
        return std::move(db).value();
    }

    ExportOptions options(const QString &url)
    {
        ExportOptions o;
        o.date = s_day;
        o.directory = m_work.filePath(QStringLiteral("export-%1").arg(m_counter));
        o.url = url;
        o.retry.attempts = 3;
        o.retry.retryDelayMs = 50;
        o.retry.connectTimeoutMs = 5000;
        return o;
    }

    // The delivered tree equals the local target tree: <Stream>/<channel>/<file>, same bytes,
    // plus each channel's manifest, and nothing else (no temporary names).
    void verifyDelivered(const QString &localDirectory, const QString &remoteDirectory)
    {
        const auto local = cs::test::filesBelow(localDirectory);
        const auto remote = cs::test::filesBelow(remoteDirectory);
        QMap<QString, QByteArray> expected;
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            if (it.key().contains(QStringLiteral("/target/")))
                expected.insert(
                    QString(it.key()).replace(QStringLiteral("/target/"), QStringLiteral("/")),
                    it.value());
        }
        QCOMPARE(expected.size(), 12);
        QCOMPARE(dataFiles(remote).keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(remote.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(remote.size(), 12 + 3);
        for (const char *channel : { "ALPHA", "BETA", "GAMMA" })
            verifySentManifest(remoteDirectory, QString::fromLatin1(channel));
    }

    static QMap<QString, QByteArray> dataFiles(QMap<QString, QByteArray> files)
    {
        for (auto it = files.begin(); it != files.end();)
            it = it.key().startsWith(u"manifest/") ? files.erase(it) : std::next(it);
        return files;
    }

    // The channel's manifest at the receiver: it names the four files as the receiver has them
    // (path, size, SHA-256), says they are delivered, and arrived after all of them.
    void verifySentManifest(const QString &remoteDirectory, const QString &channel,
                            qint64 runId = 0)
    {
        const QString path = remoteDirectory + u'/' + ExportManifest::relativePath(s_day, channel);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const auto manifest = ExportManifest::fromJson(file.readAll());
        QVERIFY2(manifest, qPrintable(path));
        QCOMPARE(manifest->channel, channel);
        QCOMPARE(manifest->date, s_day);
        QCOMPARE(manifest->channelStatus, ExportStatus::Completed);
        QCOMPARE(manifest->runStatus, ExportStatus::Running);
        QVERIFY(manifest->delivered);
        QVERIFY(manifest->error.isEmpty());
        if (runId != 0)
            QCOMPARE(manifest->runId, runId);
        QCOMPARE(manifest->files.size(), 4);
        const QDateTime manifestTime = QFileInfo(path).lastModified();
        for (const ExportFileResult &f : manifest->files) {
            QVERIFY2(f.relativePath.startsWith(ExportStreams::folderName(f.stream) + u'/' + channel
                                               + u'/'),
                     qPrintable(f.relativePath));
            QFile data(remoteDirectory + u'/' + f.relativePath);
            QVERIFY2(data.open(QIODevice::ReadOnly), qPrintable(f.relativePath));
            const QByteArray bytes = data.readAll();
            QCOMPARE(qint64(bytes.size()), f.size);
            QCOMPARE(f.sha256,
                     QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            QVERIFY2(QFileInfo(data).lastModified() <= manifestTime, qPrintable(f.relativePath));
        }
    }

    void verifyNoSecret(Connection &db, const ExportRunResult &result, const QString &secret)
    {
        QVERIFY(!result.error.contains(secret));
        QVERIFY(!result.destination.contains(secret));
        QVERIFY(!result.summary().contains(secret));
        for (const ExportChannelResult &c : result.channels)
            QVERIFY2(!c.error.contains(secret), qPrintable(c.error));
        for (const char *sql : { "SELECT error || destination || triggered_by FROM export_run",
                                 "SELECT error || warnings FROM export_run_channel" }) {
            auto q = db.exec(QString::fromLatin1(sql));
            QVERIFY(q);
            while (q->next())
                QVERIFY2(!q->value(0).toString().contains(secret),
                         qPrintable(q->value(0).toString()));
        }
        const auto files = cs::test::filesBelow(result.directory);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY2(!it.value().contains(secret.toUtf8()), qPrintable(it.key()));
    }

    void deliverTwice(const QString &url, const QString &remoteDirectory, const QString &secret)
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const ExportOptions o = options(url);
        auto result = ExportJob((*db).url(), o).run();
        QVERIFY2(result, qPrintable(result ? QString() : result.errorString()));
        QVERIFY2(result->status == ExportStatus::Completed, qPrintable(result->summary()));
        for (const ExportChannelResult &c : result->channels)
            QVERIFY(c.delivered);
        verifyDelivered(o.directory, remoteDirectory);
        if (!secret.isEmpty())
            verifyNoSecret(*db, *result, secret);

        // Again, with unchanged data: the same files under the same names, nothing extra; the
        // manifests are the new run's.
        const auto before = cs::test::filesBelow(remoteDirectory);
        auto again = ExportJob((*db).url(), o).run();
        QVERIFY(again);
        QCOMPARE(again->status, ExportStatus::Completed);
        const auto after = cs::test::filesBelow(remoteDirectory);
        QCOMPARE(after.keys(), before.keys());
        QCOMPARE(dataFiles(after), dataFiles(before));
        for (const char *channel : { "ALPHA", "BETA", "GAMMA" })
            verifySentManifest(remoteDirectory, QString::fromLatin1(channel), again->runId);

        // A late payment: the changed file replaces the old one at the destination.
        ExportData d(*db);
        auto q = db->exec(QStringLiteral("SELECT id FROM account WHERE code = 'ALPHA-1'"));
        QVERIFY(q && q->next());
        d.payment(QStringLiteral("ALPHA-LATE"), q->value(0).toLongLong(),
                  ExportData::ms(QStringLiteral("2026-02-10T20:00:00Z")), 99);
        auto changed = ExportJob((*db).url(), o).run();
        QVERIFY(changed);
        QCOMPARE(changed->status, ExportStatus::Completed);
        verifyDelivered(o.directory, remoteDirectory);
        const QByteArray payments
            = cs::test::filesBelow(remoteDirectory)
                  .value(QStringLiteral("DailyPaymentAndCreditStream/ALPHA/"
                                        "cpbm_payment_credit_2026-02-10_1.xml"));
        QVERIFY(payments.contains("ALPHA-LATE"));
    }

    // Where each destination of the tests below keeps its files, and its URL.
    void addDestinationRows()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("remote");
        const QString ftpRoot = serverRoot("CHANNELSCOPE_TEST_FTP_DIR");
        const QString sftpRoot = serverRoot("CHANNELSCOPE_TEST_SFTP_DIR");
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        QTest::newRow("ftp") << QStringLiteral("ftp://cs:secret@127.0.0.1:%1/%2")
                                    .arg(port("CHANNELSCOPE_TEST_FTP_PORT"))
                                    .arg(name)
                             << ftpRoot + u'/' + name;
        QTest::newRow("sftp") << test::sftpUrl(sftpRoot + u'/' + name) << sftpRoot + u'/' + name;
        const QString local = m_work.filePath(name);
        QTest::newRow("file") << QStringLiteral("file://") + local << local;
    }

    bool destinationReachable(const QString &url)
    {
        const int serverPort = QUrl(url).port();
        return serverPort <= 0 || cs::test::requireServer("destination", serverPort);
    }

    // A plain file where a folder of the destination must go, so that uploads into it fail.
    static bool block(const QString &folder)
    {
        QFile blocker(folder);
        return QDir().mkpath(QFileInfo(folder).absolutePath())
            && blocker.open(QIODevice::WriteOnly);
    }

private Q_SLOTS:
    void sftp()
    {
        if (!cs::test::requireServer("SFTP", port("CHANNELSCOPE_TEST_SFTP_PORT")))
            return;
        const QString remote
            = serverRoot("CHANNELSCOPE_TEST_SFTP_DIR") + QStringLiteral("/sftp-test");
        deliverTwice(test::sftpUrl(remote), remote, {});
    }

    void sftpUnknownHostKeyIsRefused()
    {
        if (!cs::test::requireServer("SFTP", port("CHANNELSCOPE_TEST_SFTP_PORT")))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        QTemporaryDir other;
        QFile knownHosts(other.filePath(QStringLiteral("known_hosts")));
        QVERIFY(knownHosts.open(QIODevice::WriteOnly));
        knownHosts.close(); // empty: the server's key is not known
        QString url = test::sftpUrl(QStringLiteral("/tmp/never"));
        url = url.left(url.indexOf(QStringLiteral("&known_hosts=")))
            + QStringLiteral("&known_hosts=") + knownHosts.fileName();
        auto result = ExportJob((*db).url(), options(url)).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        QVERIFY2(result->channels.first().error.contains(QStringLiteral("SSH remote key")),
                 qPrintable(result->channels.first().error));
    }

    void ftp()
    {
        if (!cs::test::requireServer("FTP", port("CHANNELSCOPE_TEST_FTP_PORT")))
            return;
        deliverTwice(QStringLiteral("ftp://cs:secret@127.0.0.1:%1/ftp-test")
                         .arg(port("CHANNELSCOPE_TEST_FTP_PORT")),
                     serverRoot("CHANNELSCOPE_TEST_FTP_DIR") + QStringLiteral("/ftp-test"),
                     QStringLiteral("secret"));
    }

    void ftps()
    {
        if (!cs::test::requireServer("FTPS", port("CHANNELSCOPE_TEST_FTPS_PORT")))
            return;
        const qint64 logStart = ftpsLogSize();
        deliverTwice(ftpsUrl(QStringLiteral("cs:secret"), QStringLiteral("ftps-test"),
                             QStringLiteral("?cacert=") + ftpsFile("ca.pem")),
                     serverRoot("CHANNELSCOPE_TEST_FTPS_DIR") + QStringLiteral("/ftps-test"),
                     QStringLiteral("secret"));
        // Every file went up under a temporary name and was renamed to its final one: three runs
        // of 12 files and 3 manifests, no retries.
        const QByteArray log = ftpsLogSince(logStart);
        const QStringList stored = loggedPaths(log, QStringLiteral("STOR"));
        const QStringList renamedFrom = loggedPaths(log, QStringLiteral("RNFR"));
        const QStringList renamedTo = loggedPaths(log, QStringLiteral("RNTO"));
        QCOMPARE(stored.size(), 45);
        QCOMPARE(renamedFrom, stored);
        QCOMPARE(renamedTo.size(), 45);
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const QFileInfo temporary(stored[i]), final(renamedTo[i]);
            QCOMPARE(temporary.absolutePath(), final.absolutePath());
            QCOMPARE(temporary.fileName(), u'.' + final.fileName() + QStringLiteral(".part"));
        }
        // Per channel its four files, then its manifest: the manifest is in place only once all
        // of them are.
        for (qsizetype i = 0; i < renamedTo.size(); i += 5) {
            const QString manifest = renamedTo[i + 4];
            QVERIFY2(manifest.contains(QStringLiteral("/manifest/")), qPrintable(manifest));
            const QString channel = QFileInfo(manifest).dir().dirName();
            for (qsizetype f = i; f < i + 4; ++f)
                QVERIFY2(renamedTo[f].contains(u'/' + channel + u'/')
                             && !renamedTo[f].contains(QStringLiteral("/manifest/")),
                         qPrintable(renamedTo[f] + QStringLiteral(" before ") + manifest));
        }
        // The data connections were encrypted too (the server requires PROT P).
        QVERIFY(!log.contains("SSL handshake failed"));
    }

    void ftpsExplicitTlsWithCaFromEnvironment()
    {
        const int explicitPort = port("CHANNELSCOPE_TEST_FTPS_PORT") + 21;
        if (!cs::test::requireServer("FTPS (AUTH TLS)", explicitPort))
            return;
        qputenv("CHANNELSCOPE_CA_FILE", ftpsFile("ca.pem").toLocal8Bit());
        qputenv("CHANNELSCOPE_EXPORT_PASSWORD", "secret");
        deliverTwice(
            QStringLiteral("ftp://cs@127.0.0.1:%1/ftps-explicit?tls=required").arg(explicitPort),
            serverRoot("CHANNELSCOPE_TEST_FTPS_DIR") + QStringLiteral("/ftps-explicit"),
            QStringLiteral("secret"));
        qunsetenv("CHANNELSCOPE_CA_FILE");
        qunsetenv("CHANNELSCOPE_EXPORT_PASSWORD");
    }

    void ftpsBadPassword()
    {
        if (!cs::test::requireServer("FTPS", port("CHANNELSCOPE_TEST_FTPS_PORT")))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 logStart = ftpsLogSize();
        const ExportOptions o
            = options(ftpsUrl(QStringLiteral("cs:Wr0ng-Pa55"), QStringLiteral("ftps-denied"),
                              QStringLiteral("?cacert=") + ftpsFile("ca.pem")));
        auto result = ExportJob((*db).url(), o).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        for (int c = 0; c < 2; ++c) {
            const QString error = result->channels[c].error;
            QVERIFY2(error.contains(QStringLiteral("Login denied"))
                         && error.contains(QStringLiteral("after 3 attempts"))
                         && error.contains(QStringLiteral("ftps://127.0.0.1:")),
                     qPrintable(error));
        }
        // Two channels used their attempts, then the login was taken as broken for the rest.
        QVERIFY2(result->channels[2].error.contains(QStringLiteral("unreachable")),
                 qPrintable(result->channels[2].error));
        QCOMPARE(ftpsLogSince(logStart).count("USER 'cs' failed login."), 6);
        verifyNoSecret(*db, *result, QStringLiteral("Wr0ng-Pa55"));
        QVERIFY(!QFileInfo::exists(serverRoot("CHANNELSCOPE_TEST_FTPS_DIR")
                                   + QStringLiteral("/ftps-denied")));
        // The local files are complete; the date counts as not exported.
        QCOMPARE(cs::test::filesBelow(o.directory).size(), 12 + 3);
        QCOMPARE(ExportHistory::missedDays(*db, s_day, s_day)->size(), 1);
    }

    void ftpsUntrustedCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        // Only the system's CAs, which never signed the throwaway one.
        QTest::newRow("system CAs") << ftpsUrl(QStringLiteral("cs:secret"), QStringLiteral("never"))
                                    << QStringLiteral("certificate");
        QTest::newRow("another CA")
            << ftpsUrl(QStringLiteral("cs:secret"), QStringLiteral("never"),
                       QStringLiteral("?cacert=") + ftpsFile("other-ca.pem"))
            << QStringLiteral("certificate");
        // The right CA, but the certificate is for 127.0.0.1, not for "localhost".
        QTest::newRow("wrong host name")
            << QStringLiteral("ftps://cs:secret@localhost:%1/never?cacert=%2")
                   .arg(port("CHANNELSCOPE_TEST_FTPS_PORT"))
                   .arg(ftpsFile("ca.pem"))
            << QStringLiteral("localhost");
        QTest::newRow("explicit TLS")
            << QStringLiteral("ftp://cs:secret@127.0.0.1:%1/never?tls=required")
                   .arg(port("CHANNELSCOPE_TEST_FTPS_PORT") + 21)
            << QStringLiteral("certificate");
    }
    void ftpsUntrustedCertificateIsRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        if (!cs::test::requireServer("FTPS", port("CHANNELSCOPE_TEST_FTPS_PORT")))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        auto result = ExportJob((*db).url(), options(url)).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        QVERIFY2(result->channels[0].error.contains(reason), qPrintable(result->channels[0].error));
        QVERIFY2(result->channels[0].error.contains(QStringLiteral("SSL")),
                 qPrintable(result->channels[0].error));
        for (const ExportChannelResult &c : result->channels)
            QVERIFY(!c.delivered);
        QVERIFY(!QFileInfo::exists(serverRoot("CHANNELSCOPE_TEST_FTPS_DIR")
                                   + QStringLiteral("/never")));
        verifyNoSecret(*db, *result, QStringLiteral("secret"));
    }

    void tlsRequiredButServerHasNone()
    {
        if (!cs::test::requireServer("FTP", port("CHANNELSCOPE_TEST_FTP_PORT")))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        QFile log(env("CHANNELSCOPE_TEST_FTP_DIR") + QStringLiteral("/ftp.log"));
        const qint64 logStart = QFileInfo(log.fileName()).size();
        // The plain FTP server knows no AUTH TLS: nothing may go up, and the password must not
        // be sent in the clear.
        auto result = ExportJob((*db).url(),
                                options(QStringLiteral("ftp://cs:secret@127.0.0.1:%1/clear"
                                                       "?tls=required")
                                            .arg(port("CHANNELSCOPE_TEST_FTP_PORT"))))
                          .run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        QVERIFY2(result->channels[0].error.contains(QStringLiteral("SSL")),
                 qPrintable(result->channels[0].error));
        QVERIFY2(result->channels[2].error.contains(QStringLiteral("unreachable")),
                 qPrintable(result->channels[2].error));
        QVERIFY(log.open(QIODevice::ReadOnly) && log.seek(logStart));
        const QByteArray lines = log.readAll();
        QVERIFY2(!lines.contains("USER 'cs'"), lines.constData());
        QVERIFY(
            !QFileInfo::exists(serverRoot("CHANNELSCOPE_TEST_FTP_DIR") + QStringLiteral("/clear")));
    }

    void unreadableCaFileIsRefused()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const QString missing = m_work.filePath(QStringLiteral("no-such-ca.pem"));
        auto result
            = ExportJob((*db).url(),
                        options(ftpsUrl(QStringLiteral("cs:secret"), QStringLiteral("never"),
                                        QStringLiteral("?cacert=") + missing)))
                  .run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        QVERIFY2(result->error.contains(QStringLiteral("cannot read the CA file %1").arg(missing)),
                 qPrintable(result->error));
        verifyNoSecret(*db, *result, QStringLiteral("secret"));
    }

    void http()
    {
        if (!cs::test::requireServer("HTTP", port("CHANNELSCOPE_TEST_HTTP_PORT")))
            return;
        deliverTwice(QStringLiteral("http://cs:secret@127.0.0.1:%1/http-test")
                         .arg(port("CHANNELSCOPE_TEST_HTTP_PORT")),
                     serverRoot("CHANNELSCOPE_TEST_HTTP_DIR") + QStringLiteral("/http-test"),
                     QStringLiteral("secret"));
    }

    void https()
    {
        if (!cs::test::requireServer("HTTPS", port("CHANNELSCOPE_TEST_HTTPS_PORT")))
            return;
        qputenv("CHANNELSCOPE_EXPORT_PASSWORD", "secret");
        deliverTwice(QStringLiteral("https://cs@127.0.0.1:%1/https-test?cacert=%2/cert.pem")
                         .arg(port("CHANNELSCOPE_TEST_HTTPS_PORT"))
                         .arg(env("CHANNELSCOPE_TEST_HTTPS_DIR")),
                     serverRoot("CHANNELSCOPE_TEST_HTTPS_DIR") + QStringLiteral("/https-test"),
                     QStringLiteral("secret"));
        qunsetenv("CHANNELSCOPE_EXPORT_PASSWORD");
    }

    void httpsUntrustedCertificateIsRefused()
    {
        if (!cs::test::requireServer("HTTPS", port("CHANNELSCOPE_TEST_HTTPS_PORT")))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        auto result = ExportJob((*db).url(),
                                options(QStringLiteral("https://cs:secret@127.0.0.1:%1/never")
                                            .arg(port("CHANNELSCOPE_TEST_HTTPS_PORT"))))
                          .run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        QVERIFY2(result->error.contains(QStringLiteral("certificate")), qPrintable(result->error));
        verifyNoSecret(*db, *result, QStringLiteral("secret"));
    }

    void file()
    {
        QTemporaryDir destination;
        deliverTwice(QStringLiteral("file://") + destination.path() + QStringLiteral("/drop"),
                     destination.path() + QStringLiteral("/drop"), {});
    }

    void serverDownThenLaterRunDelivers()
    {
        if (!cs::test::requireServer("FTP", port("CHANNELSCOPE_TEST_FTP_PORT")))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        // Nothing listens on the port below the FTP server's passive range.
        ExportOptions down = options(QStringLiteral("ftp://cs:secret@127.0.0.1:%1/late")
                                         .arg(port("CHANNELSCOPE_TEST_FTP_PORT") + 25));
        QElapsedTimer timer;
        timer.start();
        auto failed = ExportJob((*db).url(), down).run();
        QVERIFY(failed);
        QCOMPARE(failed->status, ExportStatus::Errored);
        QVERIFY2(failed->error.contains(QStringLiteral("Couldn't connect")),
                 qPrintable(failed->error));
        QVERIFY2(failed->error.contains(QStringLiteral("after 3 attempts")),
                 qPrintable(failed->error));
        // Two channels used their retries (50 + 100 ms waits each); the third was not tried.
        QVERIFY(timer.elapsed() >= 300);
        QVERIFY2(failed->channels[2].error.contains(QStringLiteral("unreachable")),
                 qPrintable(failed->channels[2].error));
        verifyNoSecret(*db, *failed, QStringLiteral("secret"));
        // The local files are complete all the same.
        const auto local = cs::test::filesBelow(down.directory);
        QCOMPARE(local.size(), 12 + 3);
        const auto manifest = ExportManifest::fromJson(
            local.value(QStringLiteral("manifest/ALPHA/manifest_2026-02-10.json")));
        QVERIFY(manifest);
        QVERIFY(!manifest->delivered);
        QCOMPARE(manifest->runStatus, ExportStatus::Errored);

        auto missed = ExportHistory::missedDays(*db, s_day, s_day);
        QCOMPARE(missed->size(), 1);

        ExportOptions up = down;
        up.url = QStringLiteral("ftp://cs:secret@127.0.0.1:%1/late")
                     .arg(port("CHANNELSCOPE_TEST_FTP_PORT"));
        auto delivered = ExportJob((*db).url(), up).run();
        QVERIFY(delivered);
        QCOMPARE(delivered->status, ExportStatus::Completed);
        verifyDelivered(up.directory,
                        serverRoot("CHANNELSCOPE_TEST_FTP_DIR") + QStringLiteral("/late"));
        missed = ExportHistory::missedDays(*db, s_day, s_day);
        QCOMPARE(missed->size(), 0);
    }

    void loginRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ftp") << QStringLiteral("ftp://cs:wrong-pw@127.0.0.1:%1/x")
                                    .arg(port("CHANNELSCOPE_TEST_FTP_PORT"))
                             << QStringLiteral("Login denied");
        QTest::newRow("http") << QStringLiteral("http://cs:wrong-pw@127.0.0.1:%1/x")
                                     .arg(port("CHANNELSCOPE_TEST_HTTP_PORT"))
                              << QStringLiteral("HTTP 401");
    }
    void loginRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        if (!cs::test::requireServer("login", QUrl(url).port()))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        auto result = ExportJob((*db).url(), options(url)).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        QVERIFY2(result->channels[0].error.contains(reason), qPrintable(result->channels[0].error));
        QVERIFY2(result->channels[0].error.contains(QStringLiteral("after 3 attempts")),
                 qPrintable(result->channels[0].error));
        verifyNoSecret(*db, *result, QStringLiteral("wrong-pw"));
    }

    void malformedUrlNeverShowsThePassword_data()
    {
        QTest::addColumn<QString>("url");
        // Passwords a user might paste without percent-encoding; the pieces around the odd
        // character must not show either.
        QTest::newRow("slash") << QStringLiteral("ftp://cs:Pw1x/Pw2y@127.0.0.1:1/x");
        QTest::newRow("at") << QStringLiteral("ftp://cs:Pw1x@Pw2y@127.0.0.1:1/x");
        QTest::newRow("space") << QStringLiteral("ftp://cs:Pw1x Pw2y@127.0.0.1:1/x");
        QTest::newRow("hash") << QStringLiteral("ftp://cs:Pw1x#Pw2y@127.0.0.1:1/x");
        QTest::newRow("question") << QStringLiteral("https://cs:Pw1x?Pw2y@127.0.0.1:1/x");
        QTest::newRow("bad port") << QStringLiteral("ftp://cs:Pw1xPw2y@127.0.0.1:port/x");
        QTest::newRow("no host") << QStringLiteral("ftp://cs:Pw1xPw2y@/x");
        QTest::newRow("scheme") << QStringLiteral("gopher://cs:Pw1xPw2y@127.0.0.1/x");
        QTest::newRow("no scheme") << QStringLiteral("cs:Pw1xPw2y@127.0.0.1/x");
        QTest::newRow("percent") << QStringLiteral("ftp://cs:Pw1x%zzPw2y@127.0.0.1/x");
        // Valid URLs, but of host "cs", port 1234 and a path or fragment with the rest.
        QTest::newRow("digits slash") << QStringLiteral("ftp://cs:1234/5678@127.0.0.1:1/x");
        QTest::newRow("digits hash") << QStringLiteral("ftp://cs:1234#5678@127.0.0.1:1/x");
    }
    void malformedUrlNeverShowsThePassword()
    {
        QFETCH(QString, url);
        auto db = freshDatabase();
        QVERIFY(db);
        ExportOptions o = options(url);
        o.retry.attempts = 1;
        auto result = ExportJob((*db).url(), o).run();
        QVERIFY(result);
        QVERIFY(result->status != ExportStatus::Completed);
        QVERIFY(!result->error.isEmpty());
        for (const QString &piece : { QStringLiteral("Pw1x"), QStringLiteral("Pw2y"),
                                      QStringLiteral("1234"), QStringLiteral("5678") }) {
            verifyNoSecret(*db, *result, piece);
            QVERIFY2(!redactUrl(url).contains(piece), qPrintable(redactUrl(url)));
        }
    }

    void serverQuotingTheCredentials_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << QStringLiteral("http://cs:secret@127.0.0.1:%1/echo-request/x")
                                     .arg(port("CHANNELSCOPE_TEST_HTTP_PORT"));
        QTest::newRow("https") << QStringLiteral("https://cs:secret@127.0.0.1:%1/echo-request/x"
                                                 "?cacert=%2/cert.pem")
                                      .arg(port("CHANNELSCOPE_TEST_HTTPS_PORT"))
                                      .arg(env("CHANNELSCOPE_TEST_HTTPS_DIR"));
    }
    void serverQuotingTheCredentials()
    {
        QFETCH(QString, url);
        if (!cs::test::requireServer("HTTP", QUrl(url).port()))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        auto result = ExportJob((*db).url(), options(url)).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        const QString error = result->channels[0].error;
        // The server's answer is there (so the check below means something), the credentials
        // are not, in no form.
        QVERIFY2(error.contains(QStringLiteral("HTTP 400 bad request: Authorization: Basic ***")),
                 qPrintable(error));
        verifyNoSecret(*db, *result, QStringLiteral("secret"));
        verifyNoSecret(*db, *result, QString::fromLatin1(QByteArray("cs:secret").toBase64()));
    }

    void failedChannelIsResentAlone()
    {
        if (!cs::test::requireServer("FTP", port("CHANNELSCOPE_TEST_FTP_PORT")))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        const QString remote = serverRoot("CHANNELSCOPE_TEST_FTP_DIR") + QStringLiteral("/resend");
        // A plain file where BETA's folder must go: only BETA's upload fails.
        QVERIFY(QDir().mkpath(remote + QStringLiteral("/DailyAccountStatementStream")));
        QFile blocker(remote + QStringLiteral("/DailyAccountStatementStream/BETA"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ExportOptions o = options(QStringLiteral("ftp://cs:secret@127.0.0.1:%1/resend")
                                      .arg(port("CHANNELSCOPE_TEST_FTP_PORT")));
        auto partial = ExportJob((*db).url(), o).run();
        QVERIFY(partial);
        QCOMPARE(partial->status, ExportStatus::PartialError);
        QCOMPARE(partial->channels[0].status, ExportStatus::Completed);
        QCOMPARE(partial->channels[1].code, QStringLiteral("BETA"));
        QCOMPARE(partial->channels[1].status, ExportStatus::Errored);
        QCOMPARE(partial->channels[2].status, ExportStatus::Completed);
        QVERIFY(ExportHistory::missedDays(*db, s_day, s_day)->contains(s_day));
        // The receiver gets the manifests of the complete channels only.
        verifySentManifest(remote, QStringLiteral("ALPHA"), partial->runId);
        verifySentManifest(remote, QStringLiteral("GAMMA"), partial->runId);
        QVERIFY(!QFileInfo::exists(remote + QStringLiteral("/manifest/BETA")));

        QVERIFY(QFile::remove(blocker.fileName()));
        ExportOptions resend = o;
        resend.channels = { QStringLiteral("BETA") };
        auto resent = ExportJob((*db).url(), resend).run();
        QVERIFY(resent);
        QCOMPARE(resent->status, ExportStatus::Completed);
        QCOMPARE(resent->channels.size(), 1);
        verifyDelivered(o.directory, remote);
        QVERIFY(ExportHistory::missedDays(*db, s_day, s_day)->isEmpty());
        auto runs = ExportHistory::runs(*db);
        QCOMPARE(runs->first().channelScope, QStringList({ QStringLiteral("BETA") }));
    }

    void manifestNotSentAfterAFailedFile_data() { addDestinationRows(); }

    // The last of BETA's four files cannot be stored: the three before it arrive, its manifest
    // never does, so the receiver never sees a manifest for incomplete files.
    void manifestNotSentAfterAFailedFile()
    {
        QFETCH(QString, url);
        QFETCH(QString, remote);
        if (!destinationReachable(url))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        QVERIFY(block(remote + QStringLiteral("/DailyPaymentFailureStream/BETA")));
        ExportOptions o = options(url);
        o.retry.attempts = 1;
        auto result = ExportJob((*db).url(), o).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::PartialError);
        QCOMPARE(result->channels[1].status, ExportStatus::Errored);
        QVERIFY(!result->channels[1].delivered);
        QVERIFY2(result->channels[1].error.contains(QStringLiteral("DailyPaymentFailureStream")),
                 qPrintable(result->channels[1].error));
        const auto files = cs::test::filesBelow(remote);
        QStringList beta;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key().contains(QStringLiteral("/BETA/")))
                beta << it.key();
        }
        QCOMPARE(beta.size(), 3);
        QVERIFY(!QFileInfo::exists(remote + u'/'
                                   + ExportManifest::relativePath(s_day, QStringLiteral("BETA"))));
        verifySentManifest(remote, QStringLiteral("ALPHA"), result->runId);
        verifySentManifest(remote, QStringLiteral("GAMMA"), result->runId);
    }

    void manifestThatCannotBeSentFailsItsChannel_data() { addDestinationRows(); }

    // BETA's files arrive but its manifest cannot be stored: BETA is not delivered (the receiver
    // takes files without a manifest as incomplete) and is re-sent alone later.
    void manifestThatCannotBeSentFailsItsChannel()
    {
        QFETCH(QString, url);
        QFETCH(QString, remote);
        if (!destinationReachable(url))
            return;
        auto db = freshDatabase();
        QVERIFY(db);
        const QString blocked = remote + QStringLiteral("/manifest/BETA");
        QVERIFY(block(blocked));
        ExportOptions o = options(url);
        o.retry.attempts = 1;
        auto result = ExportJob((*db).url(), o).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::PartialError);
        const ExportChannelResult &beta = result->channels[1];
        QCOMPARE(beta.status, ExportStatus::Errored);
        QVERIFY(!beta.delivered);
        QVERIFY2(beta.error.startsWith(QStringLiteral("the files were sent, but not their "
                                                      "manifest: upload of manifest/BETA/")),
                 qPrintable(beta.error));
        QCOMPARE(dataFiles(cs::test::filesBelow(remote)).size(), 12);
        verifySentManifest(remote, QStringLiteral("ALPHA"), result->runId);
        verifySentManifest(remote, QStringLiteral("GAMMA"), result->runId);
        // The local manifest keeps the final word.
        QFile local(o.directory + u'/'
                    + ExportManifest::relativePath(s_day, QStringLiteral("BETA")));
        QVERIFY(local.open(QIODevice::ReadOnly));
        const auto manifest = ExportManifest::fromJson(local.readAll());
        QVERIFY(manifest);
        QCOMPARE(manifest->channelStatus, ExportStatus::Errored);
        QCOMPARE(manifest->runStatus, ExportStatus::PartialError);
        QVERIFY(!manifest->delivered);

        QVERIFY(QFile::remove(blocked));
        ExportOptions resend = o;
        resend.channels = { QStringLiteral("BETA") };
        auto resent = ExportJob((*db).url(), resend).run();
        QVERIFY(resent);
        QCOMPARE(resent->status, ExportStatus::Completed);
        verifySentManifest(remote, QStringLiteral("BETA"), resent->runId);
        verifyDelivered(o.directory, remote);
    }
};

QTEST_GUILESS_MAIN(TestExportDelivery)
#include "tst_exportdelivery.moc"
