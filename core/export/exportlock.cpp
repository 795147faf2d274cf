#include "exportlock.h"

#include "db/connection.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace cs {

namespace {

QString bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().trimmed());
}

// Field 22 of /proc/PID/stat: the start time in clock ticks after boot.
QString startTicks(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After "pid (comm) ", field 3 (state) is index 0, so field 22 is index 19.
    return fields.size() > 19 ? QString::fromLatin1(fields[19]) : QString();
}

QString processStart(qint64 pid)
{
    const QString ticks = startTicks(pid);
    return ticks.isEmpty() ? QString() : bootId() + u':' + ticks;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

ExportProcess ExportProcess::current()
{
    ExportProcess p;
    p.host = QSysInfo::machineHostName();
    p.pid = qint64(::getpid());
    p.start = processStart(p.pid);
    if (p.start.isNull())
        p.start = QStringLiteral(""); // bound as '' rather than NULL
    if (const passwd *pw = ::getpwuid(::geteuid()))
        p.user = QString::fromLocal8Bit(pw->pw_name);
    else
        p.user = QString::number(::geteuid());
    return p;
}

bool ExportProcess::isAlive() const
{
    if (host != QSysInfo::machineHostName())
        return true;
    const QString now = processStart(pid);
    return !now.isEmpty() && now == start;
}

qint64 ExportLock::advisoryClass()
{
    return 0x43534558;
} // "CSEX"

qint64 ExportLock::advisoryObject(QDate date)
{
    return BusinessCalendar::dayNumber(date);
}

ExportLock::ExportLock(Connection &connection, QDate date)
    : m_connection(connection)
    , m_date(date)
    , m_process(ExportProcess::current())
{ }

ExportLock::~ExportLock()
{
    if (!m_held)
        return;
    Connection &db = m_lockConnection ? *m_lockConnection : m_connection;
    (void)db.exec(QStringLiteral("DELETE FROM export_lock WHERE business_date = ? AND host = ? AND "
                                 "pid = ? AND process_start = ?"),
                  { m_date.toString(Qt::ISODate), m_process.host, m_process.pid, m_process.start });
    if (m_lockConnection)
        (void)m_lockConnection->exec(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"),
                                     { advisoryClass(), advisoryObject(m_date) });
}

Result<QString> ExportLock::describeHolder(Connection &connection, QDate date)
{
    auto q = connection.exec(QStringLiteral("SELECT run_id, host, pid, user_name, since FROM "
                                            "export_lock WHERE business_date = ?"),
                             { date.toString(Qt::ISODate) });
    if (!q)
        return q.error();
    if (!q->next())
        return tr("the export of %1 is already running in another process")
            .arg(date.toString(Qt::ISODate));
    const QString run
        = q->value(0).isNull() ? QString() : tr("run %1 ").arg(q->value(0).toLongLong());
    return tr("the export of %1 is already running: %2by %3 on %4 (pid %5) since %6")
        .arg(date.toString(Qt::ISODate), run, q->value(3).toString(), q->value(1).toString())
        .arg(q->value(2).toLongLong())
        .arg(iso(q->value(4).toLongLong()));
}

Result<std::unique_ptr<ExportLock>> ExportLock::acquire(Connection &connection, QDate date)
{
    std::unique_ptr<ExportLock> lock(new ExportLock(connection, date));
    const ExportProcess &me = lock->m_process;
    const QString day = date.toString(Qt::ISODate);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (connection.dialect().isPostgresql()) {
        auto opened = Connection::open(connection.url(), Connection::OpenMode::Existing);
        if (!opened)
            return opened.error();
        lock->m_lockConnection = std::move(opened).value();
        Connection &db = *lock->m_lockConnection;
        auto tried = db.exec(QStringLiteral("SELECT pg_try_advisory_lock(?, ?), pg_backend_pid()"),
                             { advisoryClass(), advisoryObject(date) });
        if (!tried)
            return tried.error();
        if (!tried->next())
            return Error { tr("cannot lock the export of %1").arg(day) };
        if (!tried->value(0).toBool()) {
            auto holder = describeHolder(db, date);
            return Error { holder ? *holder : holder.errorString() };
        }
        lock->m_session = tried->value(1).toLongLong();
        // We hold the advisory lock, so any row left for this date is stale.
        auto replaced = db.exec(
            QStringLiteral(
                "INSERT INTO export_lock (business_date, run_id, host, pid, process_start, "
                "user_name, since) VALUES (?, NULL, ?, ?, ?, ?, ?) ON CONFLICT (business_date) DO "
                "UPDATE SET run_id = NULL, host = excluded.host, pid = excluded.pid, "
                "process_start = excluded.process_start, user_name = excluded.user_name, "
                "since = excluded.since"),
            { day, me.host, me.pid, me.start, me.user, now });
        if (!replaced)
            return replaced.error();
        lock->m_held = true;
        return lock;
    }

    for (int attempt = 0; attempt < 3; ++attempt) {
        auto inserted = connection.exec(
            QStringLiteral("INSERT INTO export_lock (business_date, run_id, host, pid, "
                           "process_start, user_name, since) VALUES (?, NULL, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (business_date) DO NOTHING"),
            { day, me.host, me.pid, me.start, me.user, now });
        if (!inserted)
            return inserted.error();
        if (inserted->numRowsAffected() == 1) {
            lock->m_held = true;
            return lock;
        }
        auto q = connection.exec(QStringLiteral("SELECT host, pid, process_start FROM export_lock "
                                                "WHERE business_date = ?"),
                                 { day });
        if (!q)
            return q.error();
        if (!q->next())
            continue; // released meanwhile
        ExportProcess holder;
        holder.host = q->value(0).toString();
        holder.pid = q->value(1).toLongLong();
        holder.start = q->value(2).toString();
        q->finish();
        if (holder.isAlive()) {
            auto described = describeHolder(connection, date);
            return Error { described ? *described : described.errorString() };
        }
        // Left behind by a process that died: take it over (only that exact row).
        auto removed = connection.exec(QStringLiteral("DELETE FROM export_lock WHERE "
                                                      "business_date = ? AND host = ? AND pid = ? "
                                                      "AND process_start = ?"),
                                       { day, holder.host, holder.pid, holder.start });
        if (!removed)
            return removed.error();
    }
    return Error { tr("cannot lock the export of %1").arg(day) };
}

Status ExportLock::attachRun(qint64 runId)
{
    Connection &db = m_lockConnection ? *m_lockConnection : m_connection;
    auto q = db.exec(
        QStringLiteral("UPDATE export_lock SET run_id = ? WHERE business_date = ? AND pid = ? "
                       "AND host = ?"),
        { runId, m_date.toString(Qt::ISODate), m_process.pid, m_process.host });
    if (!q)
        return q.error();
    return success();
}

} // namespace cs
