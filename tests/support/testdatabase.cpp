#include "testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace cs::test {

namespace {

DatabaseUrl s_lastUrl;

QTemporaryDir &temporaryDir()
{
    static QTemporaryDir dir;
    return dir;
}

void postgresqlUnavailable(const QString &why)
{
    cannotRun(QStringLiteral("PostgreSQL tests cannot run: %1").arg(why));
}

} // namespace

void cannotRun(const QString &why)
{
    if (!qEnvironmentVariableIsEmpty("CI")) {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return;
    }
    qWarning("*** %s ***", qPrintable(why));
    QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
}

void addDatabaseRows()
{
    QTest::addColumn<QString>("database");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString currentDatabaseKind()
{
    // The data tag is the kind: addDatabaseRows() names the rows so.
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    return tag.startsWith(u"postgresql") ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

std::unique_ptr<Connection> freshDatabase()
{
    static QAtomicInteger<int> counter;
    const int n = counter.fetchAndAddRelaxed(1);
    if (currentDatabaseKind() == u"sqlite") {
        s_lastUrl
            = DatabaseUrl::sqlite(temporaryDir().filePath(QStringLiteral("test-%1.sqlite").arg(n)));
    } else {
        const QString adminUrl = qEnvironmentVariable("CHANNELSCOPE_TEST_PG_URL");
        if (adminUrl.isEmpty()) {
            postgresqlUnavailable(QStringLiteral("CHANNELSCOPE_TEST_PG_URL is not set"));
            return nullptr;
        }
        auto url = DatabaseUrl::parse(adminUrl);
        if (!url) {
            postgresqlUnavailable(url.errorString());
            return nullptr;
        }
        // A database per test, named after the process and a counter.
        const QString name
            = QStringLiteral("cs_%1_%2_%3")
                  .arg(QCoreApplication::applicationName().toLower().replace(
                      QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_")))
                  .arg(QCoreApplication::applicationPid())
                  .arg(n);
        {
            auto admin = Connection::open(*url);
            if (!admin) {
                postgresqlUnavailable(admin.errorString());
                return nullptr;
            }
            auto dropped = (*admin)->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
            auto created = (*admin)->exec(QStringLiteral("CREATE DATABASE ") + name);
            if (!dropped || !created) {
                QTest::qFail(qPrintable(created ? dropped.errorString() : created.errorString()),
                             __FILE__, __LINE__);
                return nullptr;
            }
        }
        url->database = name;
        s_lastUrl = *url;
    }
    auto connection = Connection::open(s_lastUrl);
    if (!connection) {
        QTest::qFail(qPrintable(connection.errorString()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(connection).value();
}

DatabaseUrl lastDatabaseUrl()
{
    return s_lastUrl;
}

} // namespace cs::test
