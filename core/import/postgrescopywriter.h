#pragma once

#include "usagewriter.h"

#include <QByteArray>
#include <QString>

typedef struct pg_conn PGconn;

namespace cs {

class ImportContext;
struct UsageRow;

// The PostgreSQL usage writer: the validated rows are streamed with COPY (libpq, text format)
// into a temporary table that is dropped at the commit, then upserted into usage_record in one
// statement, in the order of the file; the rollups subtract the old versions of replaced records
// and add the new ones, read back with their ids.
class PostgresCopyWriter final : public UsageWriter
{
public:
    PostgresCopyWriter(ImportContext &context, qint64 maxIdBefore);
    Q_DISABLE_COPY_MOVE(PostgresCopyWriter)

    Status write(UsageSource &source) override;

private:
    Status createTable();
    Status startCopy(const UsageSource &source);
    Status copyRows(UsageSource &source);
    void appendRow(qint64 line, const UsageRow &row);
    void appendNumber(qint64 value);
    bool send();
    // Ends the COPY; with a reason it aborts it (the transaction is rolled back anyway).
    bool finishCopy(const char *abortReason);
    Error copyError(const QString &where) const;
    Status subtractReplaced();
    Status upsert();

    ImportContext &m_context;
    const qint64 m_maxIdBefore;
    PGconn *m_pg = nullptr;
    QByteArray m_buffer;
};

} // namespace cs
