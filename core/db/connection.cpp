#include "connection.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace cs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Connection", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("channelscope-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString firstWords(const QString &sql)
{
    const QString simplified = sql.simplified();
    return simplified.size() <= 60 ? simplified : simplified.left(57) + QStringLiteral("...");
}

} // namespace

Connection::Connection(const DatabaseUrl &url, const QString &name)
    : m_url(url)
    , m_dialect(url.kind)
    , m_name(name)
{ }

Connection::~Connection()
{
    if (m_pgCancel)
        PQfreeCancel(m_pgCancel);
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseUrl &url)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Connection> connection(new Connection(url, name));
    QSqlDatabase &db = connection->m_database;
    if (url.kind == DatabaseKind::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setPassword(url.password);
        QString options = QStringLiteral("connect_timeout=10;application_name=ChannelScope");
        if (!url.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + url.sslMode;
        db.setConnectOptions(options);
    }
    if (!db.isValid())
        return Error { tr("the Qt %1 driver is not installed")
                           .arg(url.kind == DatabaseKind::Sqlite ? QStringLiteral("SQLite")
                                                                 : QStringLiteral("PostgreSQL")) };
    if (!db.open())
        return Error { tr("cannot open database %1: %2")
                           .arg(url.toDisplayString(), db.lastError().text().simplified()) };

    if (url.kind == DatabaseKind::Sqlite) {
        for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                    "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -65536",
                                    "PRAGMA temp_store = MEMORY" }) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma)))
                return Error {
                    tr("cannot open database %1: %2").arg(url.toDisplayString(), describe(q))
                };
        }
    } else {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
            return Error {
                tr("cannot open database %1: %2").arg(url.toDisplayString(), describe(q))
            };
    }

    const QVariant handle = db.driver()->handle();
    if (url.kind == DatabaseKind::Sqlite)
        connection->m_sqliteHandle = *static_cast<sqlite3 *const *>(handle.constData());
    else if (auto *pg = *static_cast<PGconn *const *>(handle.constData()))
        connection->m_pgCancel = PQgetCancel(pg);

    if (const Status migrated = Schema::migrate(*connection); !migrated)
        return Error { tr("database %1: %2").arg(url.toDisplayString(), migrated.errorString()) };
    return connection;
}

Result<QSqlQuery> Connection::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_database);
    // Qt streams forward-only PostgreSQL results row by row, and any other statement on the
    // connection discards the rest; buffered results there let callers nest queries freely.
    q.setForwardOnly(isSqlite());
    // PostgreSQL cannot PREPARE DDL, so statements without parameters run directly.
    if (bindings.isEmpty()) {
        if (!q.exec(sql))
            return Error { tr("%1: %2").arg(firstWords(sql), describe(q)) };
        return q;
    }
    if (!q.prepare(sql))
        return Error { tr("%1: %2").arg(firstWords(sql), describe(q)) };
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return Error { tr("%1: %2").arg(firstWords(sql), describe(q)) };
    return q;
}

void Connection::interrupt()
{
    if (m_sqliteHandle)
        sqlite3_interrupt(m_sqliteHandle);
    if (m_pgCancel) {
        char reason[256];
        PQcancel(m_pgCancel, reason, int(sizeof reason));
    }
}

QString Connection::describe(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().simplified();
    if (text.isEmpty())
        text = error.text().simplified();
    return text;
}

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
{ }

Transaction::~Transaction()
{
    if (m_open)
        m_connection.database().rollback();
}

Status Transaction::begin()
{
    if (!m_connection.database().transaction())
        return Error { tr("cannot start a transaction: %1")
                           .arg(m_connection.database().lastError().text().simplified()) };
    m_open = true;
    return success();
}

Status Transaction::commit()
{
    Q_ASSERT(m_open);
    if (!m_connection.database().commit())
        return Error {
            tr("cannot commit: %1").arg(m_connection.database().lastError().text().simplified())
        };
    m_open = false;
    return success();
}

} // namespace cs
