#include "connection.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace cs {

namespace {

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

int Connection::busyTimeoutMs()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("CHANNELSCOPE_BUSY_TIMEOUT_MS", &ok);
    return ok && configured >= 0 ? configured : 10000;
}

// Why a database did not open, in the words of the server or the file, without the Qt driver's
// own text ("QPSQL: Unable to connect").
QString Connection::openFailure(const DatabaseUrl &url, const QSqlError &error)
{
    QString reason = error.databaseText().simplified();
    if (reason.isEmpty())
        reason = error.driverText().simplified();
    reason.remove(QRegularExpression(QStringLiteral("^Q[A-Z]+: ")));
    reason = reason.isEmpty() ? tr("no reason given") : serverMessage(reason);
    if (url.kind == DatabaseKind::Postgresql)
        return tr("cannot connect to the PostgreSQL server at %1:%2 (database %3): %4")
            .arg(url.host, QString::number(url.port), url.database, reason);
    return tr("cannot open the database file %1: %2").arg(url.path, reason);
}

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseUrl &url, OpenMode mode)
{
    if (url.kind == DatabaseKind::Sqlite && mode == OpenMode::Existing && url.path != u":memory:"
        && !QFileInfo::exists(url.path))
        return Error { tr("no such database: %1").arg(url.toDisplayString()) };
    const QString name = nextConnectionName();
    std::unique_ptr<Connection> connection(new Connection(url, name));
    QSqlDatabase &db = connection->m_database;
    if (url.kind == DatabaseKind::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
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
        return Error { openFailure(url, db.lastError()) };
    if (const Status set = connection->applySessionSettings(); !set)
        return Error {
            tr("cannot open database %1: %2").arg(url.toDisplayString(), set.errorString())
        };

    const QVariant handle = db.driver()->handle();
    if (url.kind == DatabaseKind::Sqlite)
        connection->m_sqliteHandle = *static_cast<sqlite3 *const *>(handle.constData());
    else if (auto *pg = *static_cast<PGconn *const *>(handle.constData()))
        connection->m_pgCancel = PQgetCancel(pg);

    if (const Status ready = connection->prepareSchema(); !ready)
        return Error { tr("database %1: %2").arg(url.toDisplayString(), ready.errorString()) };
    return connection;
}

Status Connection::applySessionSettings()
{
    // Only settings of this connection here: nothing that writes to the database before the
    // schema check has accepted it.
    const QStringList statements = isSqlite()
        ? QStringList { QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA synchronous = NORMAL"),
                        QStringLiteral("PRAGMA cache_size = -65536"),
                        QStringLiteral("PRAGMA temp_store = MEMORY") }
        : QStringList { QStringLiteral("SET TIME ZONE 'UTC'"),
                        QStringLiteral("SET client_min_messages = WARNING") };
    for (const QString &statement : statements) {
        QSqlQuery q(m_database);
        if (!q.exec(statement))
            return Error { describe(q) };
    }
    return success();
}

Status Connection::prepareSchema()
{
    const auto version = Schema::check(*this);
    if (!version)
        return version.error();
    if (isSqlite()) {
        if (const Status wal = switchToWal(); !wal)
            return wal;
    }
    if (*version < Schema::latestVersion())
        return Schema::migrate(*this);
    return success();
}

Status Connection::switchToWal()
{
    // WAL only for a database that is ours (or empty), and only if it is not WAL yet: the switch
    // writes to the file. When several processes open the same new file at once, SQLite refuses
    // the switch at once instead of waiting the busy timeout (two readers both wanting to write
    // would deadlock), so wait here, up to the same timeout, for the other one to finish it.
    const QDeadlineTimer deadline(busyTimeoutMs());
    for (;;) {
        auto mode = exec(QStringLiteral("PRAGMA journal_mode"));
        if (!mode)
            return mode.error();
        const QString current = mode->next() ? mode->value(0).toString() : QString();
        mode->finish();
        if (current == u"wal" || current == u"memory")
            return success();
        auto switched = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (switched)
            return success();
        if (!m_lastErrorBusy || deadline.hasExpired())
            return switched.error();
        QThread::msleep(10);
    }
}

Result<QSqlQuery> Connection::exec(const QString &sql, const QVariantList &bindings)
{
    m_lastErrorBusy = false;
    // A lost server connection fails every statement with the same reason, without asking Qt
    // (whose PostgreSQL driver warns on stderr for each statement on a dead connection).
    if (isBroken())
        return Error { tr("%1: %2").arg(firstWords(sql), lostConnectionReason()) };
    QSqlQuery q(m_database);
    // Qt streams forward-only PostgreSQL results row by row, and any other statement on the
    // connection discards the rest; buffered results there let callers nest queries freely.
    q.setForwardOnly(isSqlite());
    const auto failed = [&] {
        m_lastErrorBusy = isBusy(q.lastError());
        m_lastError = describe(q);
        return Error { tr("%1: %2").arg(firstWords(sql), m_lastError) };
    };
    // PostgreSQL cannot PREPARE DDL, so statements without parameters run directly.
    if (bindings.isEmpty()) {
        if (!q.exec(sql))
            return failed();
        return q;
    }
    if (!q.prepare(sql))
        return failed();
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return failed();
    return q;
}

bool Connection::isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool isNumber = false;
    const int sqliteCode = code.toInt(&isNumber);
    if (isNumber)
        return (sqliteCode & 0xff) == SQLITE_BUSY || (sqliteCode & 0xff) == SQLITE_LOCKED;
    return code == u"55P03"; // lock_not_available
}

bool Connection::isBroken() const
{
    if (isSqlite())
        return false;
    // Qt's driver closes itself when it notices the server is gone.
    if (!m_database.isOpen())
        return true;
    const QVariant handle = m_database.driver()->handle();
    auto *pg = *static_cast<PGconn *const *>(handle.constData());
    return !pg || PQstatus(pg) == CONNECTION_BAD;
}

QString Connection::lostConnectionReason() const
{
    return m_lastError.isEmpty()
        ? tr("the connection to the database server was lost")
        : tr("the connection to the database server was lost: %1").arg(m_lastError);
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

QString Connection::serverMessage(const QString &text)
{
    // The server's words stay in its language; a translated sentence frames and quotes them.
    return tr("the database reports %1").arg(QLocale().quoteString(text));
}

QString Connection::describe(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().simplified();
    if (text.isEmpty())
        text = error.text().simplified();
    if (text.isEmpty() && query.driver()
        && query.driver()->handle().typeName() == QByteArray("PGconn*")) {
        if (auto *pg = *static_cast<PGconn *const *>(query.driver()->handle().constData()))
            text = QString::fromUtf8(PQerrorMessage(pg)).simplified();
    }
    if (text.isEmpty())
        return tr("the database gave no reason");
    return serverMessage(text);
}

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
{ }

Transaction::~Transaction()
{
    if (m_open)
        (void)m_connection.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::begin()
{
    m_busy = false;
    auto begun = m_connection.exec(m_connection.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE")
                                                           : QStringLiteral("BEGIN"));
    if (!begun) {
        m_busy = m_connection.lastErrorWasBusy();
        return Error { tr("cannot start a transaction: %1").arg(begun.errorString()) };
    }
    m_open = true;
    return success();
}

Status Transaction::commit()
{
    Q_ASSERT(m_open);
    auto committed = m_connection.exec(QStringLiteral("COMMIT"));
    if (!committed)
        return Error { tr("cannot commit: %1").arg(committed.errorString()) };
    m_open = false;
    return success();
}

} // namespace cs
