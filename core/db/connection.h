#pragma once

#include "databaseurl.h"
#include "dialect.h"
#include "util/result.h"

#include <QSqlDatabase>
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
// open() applies the schema migrations, so every Connection sees the current schema; a database
// written by a newer ChannelScope is refused with a clear message.
class Connection
{
public:
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    static Result<std::unique_ptr<Connection>> open(const DatabaseUrl &url);

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

    // The error of a failed query, as one readable line.
    static QString describe(const QSqlQuery &query);

private:
    Connection(const DatabaseUrl &url, const QString &name);

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_name;
    QSqlDatabase m_database;
    // Taken at open, in the owning thread, so that interrupt() never touches the QSqlDatabase.
    sqlite3 *m_sqliteHandle = nullptr;
    pg_cancel *m_pgCancel = nullptr;
};

// A transaction that rolls back unless commit() succeeded, so an early return or an error
// never leaves half an import behind.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begin();
    Status commit();

private:
    Connection &m_connection;
    bool m_open = false;
};

} // namespace cs
