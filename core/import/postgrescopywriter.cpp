#include "postgrescopywriter.h"

#include "csvreader.h"
#include "db/connection.h"
#include "importcontext.h"
#include "importer.h"
#include "report/usagerollup.h"
#include "usagesource.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <cstdio>
#include <libpq-fe.h>

namespace cs {

namespace {

constexpr qsizetype s_bufferSize = 1 << 20;

void addToRollups(UsageRollupBuilder &rollups, const QSqlQuery &query, bool subtract)
{
    const auto at = [&query](int column) { return query.value(column).toLongLong(); };
    if (subtract)
        rollups.subtract(at(0), at(1), at(2), at(3), at(4), at(5), { at(6), at(7) });
    else
        rollups.add(at(0), at(1), at(2), at(3), at(4), at(5), { at(6), at(7) });
}

} // namespace

PostgresCopyWriter::PostgresCopyWriter(ImportContext &context, qint64 maxIdBefore)
    : m_context(context)
    , m_maxIdBefore(maxIdBefore)
{ }

Status PostgresCopyWriter::write(UsageSource &source)
{
    if (const Status created = createTable(); !created)
        return created;
    if (const Status started = startCopy(source); !started)
        return started;
    if (const Status copied = copyRows(source); !copied)
        return copied;
    if (m_maxIdBefore > 0) {
        if (const Status subtracted = subtractReplaced(); !subtracted)
            return subtracted;
    }
    return upsert();
}

Status PostgresCopyWriter::createTable()
{
    // DDL cannot be a prepared statement on PostgreSQL: run it directly.
    QSqlQuery created = m_context.connection().query();
    if (!created.exec(QStringLiteral(
            "CREATE TEMPORARY TABLE cs_import_usage (line BIGINT NOT NULL, external_id TEXT NOT "
            "NULL, account_id BIGINT NOT NULL, channel_id BIGINT NOT NULL, product_id BIGINT NOT "
            "NULL, start_at BIGINT NOT NULL, end_at BIGINT NOT NULL, quantity_whole BIGINT NOT "
            "NULL, quantity_micros BIGINT NOT NULL) ON COMMIT DROP")))
        return Error {
            Importer::tr("cannot prepare the import: %1").arg(Connection::describe(created))
        };
    return success();
}

Status PostgresCopyWriter::startCopy(const UsageSource &source)
{
    const QVariant handle = m_context.connection().database().driver()->handle();
    m_pg = *static_cast<PGconn *const *>(handle.constData());
    PGresult *started = PQexec(m_pg, "COPY cs_import_usage FROM STDIN");
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return copyError(source.csv().displayName());
    return success();
}

Status PostgresCopyWriter::copyRows(UsageSource &source)
{
    CsvReader &csv = source.csv();
    m_buffer.reserve(s_bufferSize);
    ImportKeySet seen;
    UsageRow row;
    while (csv.next()) {
        if (Status parsed = source.parse(row); !parsed) {
            finishCopy("invalid row");
            return parsed;
        }
        if (!seen.emplace(importView(row.id)).second) {
            finishCopy("invalid row");
            return source.duplicateIdError();
        }
        appendRow(csv.line(), row);
        if (m_buffer.size() > s_bufferSize - 4096 && !send()) {
            finishCopy("send failed");
            return copyError(csv.location());
        }
        if (const Status done = m_context.rowsDone(); !done) {
            finishCopy("canceled");
            return done;
        }
    }
    if (csv.hasError()) {
        finishCopy("invalid file");
        return csv.error();
    }
    if (!m_buffer.isEmpty() && !send()) {
        finishCopy("send failed");
        return copyError(csv.displayName());
    }
    if (!finishCopy(nullptr))
        return copyError(csv.displayName());
    return success();
}

// One line of COPY's text format: tab-separated, the id's backslashes and line breaks escaped.
void PostgresCopyWriter::appendRow(qint64 line, const UsageRow &row)
{
    appendNumber(line);
    m_buffer.append('\t');
    for (const char ch : row.id) {
        switch (ch) {
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        default:
            m_buffer.append(ch);
        }
    }
    for (const qint64 value : { row.account->id, row.account->parent, row.productId, row.startMs,
                                row.endMs, row.quantity.whole, row.quantity.micros }) {
        m_buffer.append('\t');
        appendNumber(value);
    }
    m_buffer.append('\n');
}

void PostgresCopyWriter::appendNumber(qint64 value)
{
    char digits[24];
    const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(value));
    m_buffer.append(digits, length);
}

bool PostgresCopyWriter::send()
{
    if (PQputCopyData(m_pg, m_buffer.constData(), int(m_buffer.size())) != 1)
        return false;
    m_buffer.clear();
    return true;
}

bool PostgresCopyWriter::finishCopy(const char *abortReason)
{
    bool ok = PQputCopyEnd(m_pg, abortReason) == 1;
    while (PGresult *result = PQgetResult(m_pg)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    return ok;
}

Error PostgresCopyWriter::copyError(const QString &where) const
{
    return Error { where % QStringLiteral(": ")
                   % QString::fromUtf8(PQerrorMessage(m_pg)).simplified() };
}

Status PostgresCopyWriter::subtractReplaced()
{
    CS_IMPORT_TRY(old,
                  m_context.connection().exec(QStringLiteral(
                      "SELECT u.id, a.channel_id, u.account_id, u.product_id, u.start_at, "
                      "u.end_at, u.quantity_whole, u.quantity_micros FROM cs_import_usage t "
                      "JOIN usage_record u ON u.external_id = t.external_id JOIN account a ON "
                      "a.id = u.account_id")));
    while (old->next())
        addToRollups(*m_context.rollups, *old, true);
    return success();
}

Status PostgresCopyWriter::upsert()
{
    Connection &connection = m_context.connection();
    CS_IMPORT_TRY(upserted,
                  connection.exec(QStringLiteral(
                      "INSERT INTO usage_record (external_id, account_id, product_id, start_at, "
                      "end_at, quantity_whole, quantity_micros) SELECT external_id, account_id, "
                      "product_id, start_at, end_at, quantity_whole, quantity_micros FROM "
                      "cs_import_usage ORDER BY line ON CONFLICT (external_id) DO UPDATE SET "
                      "account_id = excluded.account_id, product_id = excluded.product_id, "
                      "start_at = excluded.start_at, end_at = excluded.end_at, quantity_whole = "
                      "excluded.quantity_whole, quantity_micros = excluded.quantity_micros")));
    upserted->finish();
    CS_IMPORT_TRY(added,
                  connection.exec(QStringLiteral(
                      "SELECT u.id, t.channel_id, t.account_id, t.product_id, t.start_at, "
                      "t.end_at, t.quantity_whole, t.quantity_micros FROM cs_import_usage t JOIN "
                      "usage_record u ON u.external_id = t.external_id")));
    while (added->next())
        addToRollups(*m_context.rollups, *added, false);
    return success();
}

} // namespace cs
