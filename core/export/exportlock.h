#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace cs {

class Connection;

// The process that runs an export: enough to tell later whether it still lives.
struct ExportProcess
{
    QString host;
    qint64 pid = 0;
    QString start; // "<boot id>:<start time in clock ticks>", so a reused pid is not mistaken
    QString user;

    static ExportProcess current();
    // True if this process still runs: same host and a process with that pid and start time.
    // A process on another host cannot be checked and counts as alive.
    bool isAlive() const;
};

// Keeps two runs of one business date apart, across processes and, on PostgreSQL, across
// machines. Released by the destructor (and by the database when the process dies).
//
// SQLite: a row in export_lock whose primary key is the date; a row left by a dead process (same
// host, pid gone or reused) is taken over. PostgreSQL: pg_try_advisory_lock(key, day) held on a
// dedicated connection for the whole run, plus the same row to say who holds it.
//
// Lives in one thread (it may own a connection).
class ExportLock
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportLock)
public:
    ~ExportLock();
    Q_DISABLE_COPY_MOVE(ExportLock)

    // Takes the lock of `date` or fails with a sentence naming the holder: "the export of
    // 2026-11-23 is already running: run 12 by alice on host1 (pid 4242) since
    // 2026-11-24T04:00:00Z".
    static Result<std::unique_ptr<ExportLock>> acquire(Connection &connection, QDate date);

    // Records the run id in the lock row (for the "who holds it" message).
    Status attachRun(qint64 runId);

    // The PostgreSQL backend pid holding the advisory lock; 0 on SQLite.
    qint64 session() const { return m_session; }

    // The advisory lock key pair of a date on PostgreSQL (classid, objid in pg_locks).
    static qint64 advisoryClass();
    static qint64 advisoryObject(QDate date);

private:
    ExportLock(Connection &connection, QDate date);
    static Result<QString> describeHolder(Connection &connection, QDate date);

    Connection &m_connection;
    std::unique_ptr<Connection> m_lockConnection; // PostgreSQL only
    QDate m_date;
    ExportProcess m_process;
    qint64 m_session = 0;
    bool m_held = false;
};

} // namespace cs
