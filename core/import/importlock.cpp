#include "importlock.h"

#include "db/connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace cs {

namespace {

// On PostgreSQL: may this role write the tables an import writes? Checked before anything is
// tried, so that a read-only role gets a sentence instead of the first failing INSERT.
Status checkWritePrivileges(Connection &connection)
{
    if (connection.isSqlite())
        return success();
    auto q = connection.exec(QStringLiteral(
        "SELECT current_user, has_table_privilege('usage_record', 'INSERT') AND "
        "has_table_privilege('usage_record', 'UPDATE') AND has_table_privilege('usage_record', "
        "'DELETE') AND has_table_privilege('import_lock', 'INSERT') AND "
        "has_table_privilege('import_lock', 'DELETE')"));
    if (!q)
        return q.error();
    if (q->next() && !q->value(1).toBool())
        return Error { ImportLock::tr(
                           "role %1 may not write to this database: it lacks INSERT, UPDATE or "
                           "DELETE on its tables; imports need a writer role (see README, "
                           "Databases)")
                           .arg(q->value(0).toString()) };
    return success();
}

} // namespace

ImportLock::ImportLock(Connection &connection)
    : m_connection(connection)
    , m_process(ExportProcess::current())
{ }

ImportLock::~ImportLock()
{
    if (m_advisory)
        (void)m_connection.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(advisoryKey()));
    if (m_recorded)
        (void)m_connection.exec(QStringLiteral("DELETE FROM import_lock WHERE host = ? AND pid = ? "
                                               "AND process_start = ?"),
                                { m_process.host, m_process.pid, m_process.start });
}

qint64 ImportLock::advisoryKey()
{
    return 0x43534950; // "CSIP"
}

Result<std::unique_ptr<ImportLock>> ImportLock::acquire(Connection &connection)
{
    if (const Status allowed = checkWritePrivileges(connection); !allowed)
        return allowed.error();
    std::unique_ptr<ImportLock> lock(new ImportLock(connection));
    const ExportProcess &me = lock->m_process;
    // On SQLite this waits while another import holds the database.
    auto recorded = connection.exec(
        QStringLiteral("INSERT INTO import_lock (host, pid, process_start, user_name, since) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (host, pid, process_start) DO UPDATE "
                       "SET since = excluded.since"),
        { me.host, me.pid, me.start, me.user, QDateTime::currentMSecsSinceEpoch() });
    if (!recorded)
        return connection.lastErrorWasBusy() ? lock->busyError() : recorded.error();
    lock->m_recorded = true;
    if (connection.isSqlite())
        return lock;

    if (auto set
        = connection.exec(QStringLiteral("SET lock_timeout = %1").arg(Connection::busyTimeoutMs()));
        !set)
        return set.error();
    auto locked = connection.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(advisoryKey()));
    const bool busy = !locked && connection.lastErrorWasBusy();
    (void)connection.exec(QStringLiteral("RESET lock_timeout"));
    if (!locked)
        return busy ? lock->busyError() : locked.error();
    lock->m_advisory = true;
    return lock;
}

Error ImportLock::busyError() const
{
    const int seconds = (Connection::busyTimeoutMs() + 999) / 1000;
    auto q = m_connection.exec(QStringLiteral("SELECT host, pid, process_start, user_name, since "
                                              "FROM import_lock ORDER BY since"));
    while (q && q->next()) {
        ExportProcess holder;
        holder.host = q->value(0).toString();
        holder.pid = q->value(1).toLongLong();
        holder.start = q->value(2).toString();
        const bool self = holder.host == m_process.host && holder.pid == m_process.pid;
        if (self || !holder.isAlive())
            continue;
        const QString since
            = QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), QTimeZone::utc())
                  .toString(Qt::ISODate);
        return Error { tr("another import is running since %1: by %2 on %3 (pid %4); waited %5 "
                          "s, try again when it has finished")
                           .arg(since, q->value(3).toString(), holder.host)
                           .arg(holder.pid)
                           .arg(seconds) };
    }
    return Error { tr("another process has been writing to the database for more than %1 s; "
                      "try again when it has finished")
                       .arg(seconds) };
}

} // namespace cs
