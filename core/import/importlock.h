#pragma once

#include "export/exportlock.h"
#include "util/result.h"

#include <QCoreApplication>

#include <memory>

namespace cs {

class Connection;

// Keeps two imports into one database apart and names the one that runs. Each import records
// itself in import_lock (committed before its transaction starts, so that a waiting import can
// read it); on PostgreSQL it also holds an advisory lock for the whole import, on SQLite the
// import's BEGIN IMMEDIATE is the lock. Both wait up to Connection::busyTimeoutMs().
//
// Lives in the thread of its connection; released by the destructor (and by the database when
// the process dies: a row of a dead process is ignored and replaced).
class ImportLock
{
    Q_DECLARE_TR_FUNCTIONS(cs::ImportLock)
public:
    ~ImportLock();
    Q_DISABLE_COPY_MOVE(ImportLock)

    // Records this import and, on PostgreSQL, waits for the lock. Fails with busyError() when
    // another import holds it longer than the busy timeout, and on PostgreSQL with a sentence
    // naming the role when it may not write to the tables.
    static Result<std::unique_ptr<ImportLock>> acquire(Connection &connection);

    // Why an import could not start: "another import is running since 2026-11-24T04:00:00Z:
    // by alice on host1 (pid 4242)...", or another process writing.
    Error busyError() const;

    // The PostgreSQL advisory lock key of imports.
    static qint64 advisoryKey();

private:
    explicit ImportLock(Connection &connection);

    Connection &m_connection;
    ExportProcess m_process;
    bool m_recorded = false;
    bool m_advisory = false;
};

} // namespace cs
