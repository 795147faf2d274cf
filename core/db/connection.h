#pragma once

#include "databaseurl.h"
#include "dialect.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct sqlite3;
struct pg_cancel;

namespace cs {

// One open database connection, owned by the thread that opened it. Qt Sql connections must not
// cross threads, so every worker opens its own Connection under a unique name and the destructor
// closes it and removes the name again.
//
// open() checks the schema read-only first and migrates only when needed (serialised between
// processes), so every Connection sees the current schema. It never changes what is not an empty
// or ChannelScope database: a database written by a newer ChannelScope, or an SQLite file with
// another application's tables, is refused with a clear message and left byte-identical.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(cs::Connection)
public:
    // Whether open() may create a new SQLite file (a PostgreSQL database is never created).
    enum class OpenMode { CreateIfMissing, Existing };

    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    // Existing: a missing SQLite file is refused with "no such database: PATH".
    static Result<std::unique_ptr<Connection>> open(const DatabaseUrl &url,
                                                    OpenMode mode = OpenMode::CreateIfMissing);

    // How long a statement waits for another process's lock before it fails: 10 s, or
    // CHANNELSCOPE_BUSY_TIMEOUT_MS. SQLite's busy timeout; on PostgreSQL the wait for the
    // migration and import locks.
    static int busyTimeoutMs();

    QSqlDatabase &database() { return m_database; }
    const DatabaseUrl &url() const { return m_url; }
    const Dialect &dialect() const { return m_dialect; }
    bool isSqlite() const { return m_dialect.isSqlite(); }

    // A query on this connection.
    QSqlQuery query() const { return QSqlQuery(m_database); }

    // Prepares and runs `sql` with positional bindings; on failure the error names the
    // statement's first words and the database's reason.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});

    // The raw SQLite handle (nullptr on PostgreSQL) for bulk paths that bypass Qt Sql: the
    // importer and the usage rollups. Only for the thread that owns this Connection; the handle
    // stays owned by the Qt driver.
    sqlite3 *sqliteHandle() const { return m_sqliteHandle; }

    // Interrupts the statement running on this connection from any thread (SQLite's interrupt,
    // PostgreSQL's cancel request). The interrupted statement fails; the connection stays usable.
    void interrupt();

    // The error of a failed query, as one readable line; never empty (on a lost PostgreSQL
    // connection, the server's or libpq's reason).
    static QString describe(const QSqlQuery &query);
    // A message of the database server or driver, framed for a sentence of this program:
    // "the database reports “no such table: x”" (quoted in the locale's marks).
    static QString serverMessage(const QString &text);

    // True if the last failure was another process holding a lock (SQLite's SQLITE_BUSY,
    // PostgreSQL's lock_not_available) after the busy timeout.
    bool lastErrorWasBusy() const { return m_lastErrorBusy; }

    // True when the connection to the PostgreSQL server is lost (never on SQLite).
    bool isBroken() const;

private:
    Connection(const DatabaseUrl &url, const QString &name);
    Status applySessionSettings();
    Status prepareSchema();
    Status switchToWal();
    QString lostConnectionReason() const;
    static bool isBusy(const QSqlError &error);
    static QString openFailure(const DatabaseUrl &url, const QSqlError &error);

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_name;
    QSqlDatabase m_database;
    // Taken at open, in the owning thread, so that interrupt() never touches the QSqlDatabase.
    sqlite3 *m_sqliteHandle = nullptr;
    pg_cancel *m_pgCancel = nullptr;
    bool m_lastErrorBusy = false;
    QString m_lastError; // the server's reason of the last failure, kept for a lost connection
};

// A write transaction that rolls back unless commit() succeeded, so an early return or an error
// never leaves half an import behind. On SQLite it starts as BEGIN IMMEDIATE: the write lock is
// taken (waiting up to the busy timeout) before anything is read, so a transaction never fails
// half-way because another process wrote meanwhile.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(cs::Transaction)
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begin();
    Status commit();
    // True if begin() failed because another process held the database for the busy timeout.
    bool wasBusy() const { return m_busy; }

private:
    Connection &m_connection;
    bool m_open = false;
    bool m_busy = false;
};

} // namespace cs
