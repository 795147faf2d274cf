#pragma once

#include "usagewriter.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <memory>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace cs {

class CsvReader;
class ImportContext;
struct UsageChunk;
struct UsageRow;

// The SQLite usage writer, on the connection's raw handle (prepared statements, no per-row
// allocation), with a page cache of 512 MiB during the import.
//
// Into an empty usage_record (maxIdBefore 0) it inserts in bulk: the rows come sorted by id in
// chunks from a UsagePipeline (read and validated on a worker thread meanwhile), each batch one
// INSERT ... SELECT from the cs_usage_feed virtual table; the CHECK constraints are skipped
// (UsageSource::parse() has checked them), the secondary indexes are dropped and built once at
// the end, inside the transaction. Into a table with rows it looks each row's id up first and
// replaces the record it finds.
class SqliteBulkWriter final : public UsageWriter
{
public:
    SqliteBulkWriter(ImportContext &context, qint64 maxIdBefore);
    Q_DISABLE_COPY_MOVE(SqliteBulkWriter)
    ~SqliteBulkWriter() override;

    Status write(UsageSource &source) override;

private:
    struct StatementDeleter
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

    Result<Statement> prepare(const char *sql) const;
    Error prepareError() const;
    Error rowError(const CsvReader &csv) const;
    Status prepareStatements();
    Status dropSecondaryIndexes();
    Status buildSecondaryIndexes();

    // Into an empty table.
    Status insertSorted(UsageSource &source);
    Status insertChunk(const UsageSource &source, const UsageChunk &chunk);
    Error chunkError(const UsageSource &source, const UsageChunk &chunk);
    qint64 earliestStoredLine(const UsageChunk &chunk, qint64 earliest, qint64 belowId);
    Error duplicateError(const UsageSource &source, const UsageChunk &chunk, qint64 line) const;

    // Into a table with rows.
    Status upsertRows(UsageSource &source);
    Result<bool> replaceStored(const UsageSource &source, const UsageRow &row);
    Status insertRow(const UsageSource &source, const UsageRow &row);

    ImportContext &m_context;
    sqlite3 *m_db;
    const qint64 m_maxIdBefore;
    Statement m_insert;
    Statement m_find;
    Statement m_update;
    Statement m_bulkInsert; // INSERT ... SELECT FROM cs_usage_feed, for an empty table
    QList<std::pair<QByteArray, QByteArray>> m_secondaryIndexes; // name, CREATE statement
    QSet<qint64> m_replaced;
};

} // namespace cs
