#include "sqlitebulkwriter.h"

#include "csvreader.h"
#include "db/connection.h"
#include "importcontext.h"
#include "importer.h"
#include "importpipeline.h"
#include "report/usagerollup.h"
#include "sqliteusagefeed.h"
#include "usagesource.h"

#include <QStringBuilder>

#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace cs {

namespace {

// The pragmas of a usage import, restored when it ends. A page cache that holds the unique index
// of the ids: inserting ids in file order touches pages all over it; the connection's own size
// comes back afterwards. threads lets CREATE INDEX sort with a helper thread.
class ImportPragmas
{
public:
    explicit ImportPragmas(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_exec(
            db, "PRAGMA cache_size",
            [](void *target, int, char **values, char **) {
                *static_cast<QByteArray *>(target) = values[0];
                return 0;
            },
            &m_previousCacheSize, nullptr);
        sqlite3_exec(db, "PRAGMA cache_size = -524288", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "PRAGMA threads = 2", nullptr, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(ImportPragmas)
    ~ImportPragmas()
    {
        if (!m_previousCacheSize.isEmpty())
            sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = " + m_previousCacheSize).constData(),
                         nullptr, nullptr, nullptr);
        sqlite3_exec(m_db, "PRAGMA threads = 0", nullptr, nullptr, nullptr);
        sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db;
    QByteArray m_previousCacheSize;
};

void bindValues(sqlite3_stmt *statement, const UsageRow &row)
{
    sqlite3_bind_int64(statement, 2, row.account->id);
    sqlite3_bind_int64(statement, 3, row.productId);
    sqlite3_bind_int64(statement, 4, row.startMs);
    sqlite3_bind_int64(statement, 5, row.endMs);
    sqlite3_bind_int64(statement, 6, row.quantity.whole);
    sqlite3_bind_int64(statement, 7, row.quantity.micros);
}

} // namespace

void SqliteBulkWriter::StatementDeleter::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

SqliteBulkWriter::SqliteBulkWriter(ImportContext &context, qint64 maxIdBefore)
    : m_context(context)
    , m_db(context.connection().sqliteHandle())
    , m_maxIdBefore(maxIdBefore)
{ }

SqliteBulkWriter::~SqliteBulkWriter() = default;

Status SqliteBulkWriter::write(UsageSource &source)
{
    if (const Status prepared = prepareStatements(); !prepared)
        return prepared;
    const ImportPragmas pragmas(m_db);
    // A fresh import builds the secondary indexes once at the end: sorting all keys is much
    // cheaper than inserting them one by one in random order. Both steps are part of the
    // transaction, so a failed import leaves the indexes as they were.
    const bool fresh = m_maxIdBefore == 0;
    if (fresh) {
        // UsageSource::parse() has checked both CHECK constraints of usage_record (end after
        // start, quantity parts in range) for every row.
        sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
        if (const Status dropped = dropSecondaryIndexes(); !dropped)
            return dropped;
    }
    if (const Status written = fresh ? insertSorted(source) : upsertRows(source); !written)
        return written;
    if (source.csv().hasError())
        return source.csv().error();
    return fresh ? buildSecondaryIndexes() : success();
}

Result<SqliteBulkWriter::Statement> SqliteBulkWriter::prepare(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK)
        return prepareError();
    return Statement(statement);
}

Error SqliteBulkWriter::prepareError() const
{
    return Error {
        Importer::tr("cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))
    };
}

Error SqliteBulkWriter::rowError(const CsvReader &csv) const
{
    return Error { csv.location() % QStringLiteral(": ")
                   % QString::fromUtf8(sqlite3_errmsg(m_db)) };
}

Status SqliteBulkWriter::prepareStatements()
{
    CS_IMPORT_TRY(insert,
                  prepare("INSERT INTO usage_record (external_id, account_id, product_id, "
                          "start_at, end_at, quantity_whole, quantity_micros) VALUES (?1, "
                          "?2, ?3, ?4, ?5, ?6, ?7)"));
    CS_IMPORT_TRY(find,
                  prepare("SELECT u.id, a.channel_id, u.account_id, u.product_id, u.start_at, "
                          "u.end_at, u.quantity_whole, u.quantity_micros FROM usage_record u "
                          "JOIN account a ON a.id = u.account_id WHERE u.external_id = ?1"));
    CS_IMPORT_TRY(update,
                  prepare("UPDATE usage_record SET account_id = ?2, product_id = ?3, "
                          "start_at = ?4, end_at = ?5, quantity_whole = ?6, quantity_micros "
                          "= ?7 WHERE id = ?1"));
    m_insert = std::move(*insert);
    m_find = std::move(*find);
    m_update = std::move(*update);
    return success();
}

// The secondary indexes as the migrations defined them (the unique index on external_id has no
// SQL and stays), dropped before a fresh import and built again at its end.
Status SqliteBulkWriter::dropSecondaryIndexes()
{
    const int read = sqlite3_exec(
        m_db,
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'usage_record' AND sql IS NOT NULL",
        [](void *target, int, char **values, char **) {
            static_cast<QList<std::pair<QByteArray, QByteArray>> *>(target)->append(
                std::pair(QByteArray(values[0]), QByteArray(values[1])));
            return 0;
        },
        &m_secondaryIndexes, nullptr);
    if (read != SQLITE_OK)
        return prepareError();
    for (const auto &index : std::as_const(m_secondaryIndexes)) {
        const QByteArray drop = "DROP INDEX " + index.first;
        if (sqlite3_exec(m_db, drop.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return prepareError();
    }
    return success();
}

Status SqliteBulkWriter::buildSecondaryIndexes()
{
    for (const auto &index : std::as_const(m_secondaryIndexes)) {
        if (sqlite3_exec(m_db, index.second.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error { Importer::tr("cannot index the usage records: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(m_db))) };
    }
    return success();
}

// The chunks come sorted by id, so that the unique index on external_id grows at a few places
// instead of all over (inserting ids in file order was the largest cost of the import).
// Duplicates within a chunk are neighbours after sorting; a duplicate of an earlier chunk fails
// the unique index. Either way the error names the earliest bad line, also when a parse error
// comes later in the same chunk.
Status SqliteBulkWriter::insertSorted(UsageSource &source)
{
    if (registerUsageFeed(m_db) != SQLITE_OK)
        return prepareError();
    // OR FAIL: a failing row ends the statement without a statement journal to undo its earlier
    // rows; any failure fails the whole import anyway.
    CS_IMPORT_TRY(bulkInsert,
                  prepare("INSERT OR FAIL INTO usage_record (id, external_id, account_id, "
                          "product_id, start_at, end_at, quantity_whole, quantity_micros) SELECT "
                          "id, external_id, account_id, product_id, start_at, end_at, "
                          "quantity_whole, quantity_micros FROM cs_usage_feed(?1)"));
    m_bulkInsert = std::move(*bulkInsert);

    UsagePipeline pipeline(source, *m_context.rollups);
    for (;;) {
        std::unique_ptr<UsageChunk> chunk = pipeline.takeReady();
        if (chunk->error)
            return chunkError(source, *chunk);
        if (chunk->duplicateLine != 0)
            return duplicateError(source, *chunk, chunk->duplicateLine);
        if (const Status inserted = insertChunk(source, *chunk); !inserted)
            return inserted;
        if (pipeline.recycle(std::move(chunk)))
            return success();
    }
}

// In batches that end where progress is due, so that it is reported as for other rows.
Status SqliteBulkWriter::insertChunk(const UsageSource &source, const UsageChunk &chunk)
{
    for (size_t begin = 0, end = 0; begin < chunk.order.size(); begin = end) {
        end = std::min(chunk.order.size(), begin + size_t(m_context.rowsUntilProgress()));
        UsageFeed feed { &chunk, begin, end, begin };
        sqlite3_stmt *statement = m_bulkInsert.get();
        sqlite3_bind_pointer(statement, 1, &feed, UsageFeed::s_type, nullptr);
        const int stepped = sqlite3_step(statement);
        const bool duplicate = sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE;
        const QString message
            = stepped == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (stepped != SQLITE_DONE && !duplicate) {
            const qint64 line = chunk.rows[chunk.order[feed.current]].line;
            return Error { Importer::tr("%1 line %2: %3")
                               .arg(source.csv().displayName())
                               .arg(line)
                               .arg(message) };
        }
        // An id of an earlier chunk: report the earliest line of this chunk that repeats one
        // (rows of this chunk already inserted have ids from firstId on).
        if (stepped != SQLITE_DONE)
            return duplicateError(source, chunk, earliestStoredLine(chunk, 0, chunk.firstId));
        if (const Status done = m_context.rowsDone(qint64(end - begin)); !done)
            return done;
    }
    return success();
}

// A parse error: a duplicate on an earlier line of this chunk comes first.
Error SqliteBulkWriter::chunkError(const UsageSource &source, const UsageChunk &chunk)
{
    const qint64 line
        = earliestStoredLine(chunk, chunk.duplicateLine, std::numeric_limits<qint64>::max());
    if (line != 0 && line < chunk.errorLine)
        return duplicateError(source, chunk, line);
    return *chunk.error;
}

// The earliest line of the chunk, or earliest if that is before it, whose id is stored with a
// usage_record.id below belowId; 0 if none.
qint64 SqliteBulkWriter::earliestStoredLine(const UsageChunk &chunk, qint64 earliest,
                                            qint64 belowId)
{
    sqlite3_stmt *find = m_find.get();
    for (const PendingUsage &p : chunk.rows) {
        const std::string_view id = chunk.idOf(p);
        sqlite3_bind_text(find, 1, id.data(), int(id.size()), SQLITE_STATIC);
        if (sqlite3_step(find) == SQLITE_ROW && sqlite3_column_int64(find, 0) < belowId
            && (earliest == 0 || p.line < earliest))
            earliest = p.line;
        sqlite3_reset(find);
    }
    return earliest;
}

Error SqliteBulkWriter::duplicateError(const UsageSource &source, const UsageChunk &chunk,
                                       qint64 line) const
{
    const CsvReader &csv = source.csv();
    for (const PendingUsage &p : chunk.rows) {
        if (p.line == line)
            return Error { Importer::tr("%1 line %2, column %3: duplicate id in the file %4")
                               .arg(csv.displayName())
                               .arg(line)
                               .arg(csv.header()[source.idColumn()],
                                    shownField(QByteArrayView(chunk.idOf(p)))) };
    }
    return Error {
        Importer::tr("%1 line %2: duplicate id in the file").arg(csv.displayName()).arg(line)
    };
}

Status SqliteBulkWriter::upsertRows(UsageSource &source)
{
    CsvReader &csv = source.csv();
    UsageRow row;
    while (csv.next()) {
        if (const Status parsed = source.parse(row); !parsed)
            return parsed;
        if (m_maxIdBefore > 0) {
            CS_IMPORT_TRY(replaced, replaceStored(source, row));
            if (*replaced) {
                if (const Status done = m_context.rowsDone(); !done)
                    return done;
                continue;
            }
        }
        if (const Status inserted = insertRow(source, row); !inserted)
            return inserted;
        if (const Status done = m_context.rowsDone(); !done)
            return done;
    }
    return success();
}

// Replaces the stored record with the row's id, if there is one (false if not). A record that
// this import inserted or replaced already is a duplicate in the file.
Result<bool> SqliteBulkWriter::replaceStored(const UsageSource &source, const UsageRow &row)
{
    sqlite3_stmt *lookup = m_find.get();
    sqlite3_bind_text(lookup, 1, row.id.data(), int(row.id.size()), SQLITE_STATIC);
    const int found = sqlite3_step(lookup);
    if (found != SQLITE_ROW) {
        sqlite3_reset(lookup);
        if (found != SQLITE_DONE)
            return rowError(source.csv());
        return false;
    }
    const qint64 id = sqlite3_column_int64(lookup, 0);
    if (id > m_maxIdBefore || m_replaced.contains(id)) {
        sqlite3_reset(lookup);
        return source.duplicateIdError();
    }
    m_context.rollups->subtract(
        id, sqlite3_column_int64(lookup, 1), sqlite3_column_int64(lookup, 2),
        sqlite3_column_int64(lookup, 3), sqlite3_column_int64(lookup, 4),
        sqlite3_column_int64(lookup, 5),
        { sqlite3_column_int64(lookup, 6), sqlite3_column_int64(lookup, 7) });
    sqlite3_reset(lookup);
    sqlite3_stmt *statement = m_update.get();
    sqlite3_bind_int64(statement, 1, id);
    bindValues(statement, row);
    if (sqlite3_step(statement) != SQLITE_DONE) {
        const Error error = rowError(source.csv());
        sqlite3_reset(statement);
        return error;
    }
    sqlite3_reset(statement);
    m_replaced.insert(id);
    m_context.rollups->add(id, row.account->parent, row.account->id, row.productId, row.startMs,
                           row.endMs, row.quantity);
    return true;
}

Status SqliteBulkWriter::insertRow(const UsageSource &source, const UsageRow &row)
{
    sqlite3_stmt *statement = m_insert.get();
    sqlite3_bind_text(statement, 1, row.id.data(), int(row.id.size()), SQLITE_STATIC);
    bindValues(statement, row);
    if (sqlite3_step(statement) != SQLITE_DONE) {
        const bool duplicate = sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE;
        const Error error = duplicate ? source.duplicateIdError() : rowError(source.csv());
        sqlite3_reset(statement);
        return error;
    }
    sqlite3_reset(statement);
    m_context.rollups->add(sqlite3_last_insert_rowid(m_db), row.account->parent, row.account->id,
                           row.productId, row.startMs, row.endMs, row.quantity);
    return success();
}

} // namespace cs
