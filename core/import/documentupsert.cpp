#include "documentupsert.h"

#include "csvreader.h"
#include "db/connection.h"
#include "importer.h"

#include <QStringBuilder>

namespace cs {

namespace {

Result<QSqlQuery> prepared(Connection &connection, const QString &sql)
{
    QSqlQuery query = connection.query();
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error {
            Importer::tr("cannot prepare the import: %1").arg(Connection::describe(query))
        };
    return query;
}

Status run(QSqlQuery &query, const CsvReader &csv)
{
    if (!query.exec())
        return Error { csv.location() % QStringLiteral(": ") % Connection::describe(query) };
    return success();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<DocumentUpsert> DocumentUpsert::prepare(Connection &connection, const Table &table)
{
    DocumentUpsert upsert;
    upsert.m_table = table;
    const QString columns = table.columns.join(QStringLiteral(", "));
    auto insert = prepared(
        connection,
        QStringLiteral("INSERT INTO ") % table.name % QStringLiteral(" (external_id, ") % columns
            % QStringLiteral(") VALUES (") % placeholders(table.columns.size() + 1)
            % QStringLiteral(") ON CONFLICT (external_id) DO NOTHING"));
    if (!insert)
        return insert.error();
    auto differs = prepared(
        connection,
        QStringLiteral("SELECT id, ") % table.placeColumns.join(QStringLiteral(", "))
            % QStringLiteral(" FROM ") % table.name % QStringLiteral(" WHERE external_id = ? AND (")
            % columns % QStringLiteral(") <> (") % placeholders(table.columns.size()) % u')');
    if (!differs)
        return differs.error();
    auto update = prepared(connection,
                           QStringLiteral("UPDATE ") % table.name % QStringLiteral(" SET ")
                               % table.columns.join(QStringLiteral(" = ?, "))
                               % QStringLiteral(" = ? WHERE id = ?"));
    if (!update)
        return update.error();
    upsert.m_insert = std::move(*insert);
    upsert.m_differs = std::move(*differs);
    upsert.m_update = std::move(*update);
    return upsert;
}

Result<DocumentUpsert::Outcome> DocumentUpsert::write(const CsvReader &csv,
                                                      const QVariantList &values)
{
    Outcome outcome;
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values.at(i));
    if (const Status inserted = run(m_insert, csv); !inserted)
        return inserted.error();
    if (m_insert.numRowsAffected() == 1) {
        outcome.kind = Outcome::Added;
        return outcome;
    }
    for (int i = 0; i < values.size(); ++i)
        m_differs.bindValue(i, values.at(i));
    if (const Status read = run(m_differs, csv); !read)
        return read.error();
    if (!m_differs.next()) {
        m_differs.finish();
        return outcome; // equal to the stored row
    }
    outcome.kind = Outcome::Changed;
    outcome.id = m_differs.value(0).toLongLong();
    for (int i = 0; i < m_table.placeColumns.size(); ++i)
        outcome.oldPlace << m_differs.value(i + 1);
    m_differs.finish();
    for (int i = 1; i < values.size(); ++i)
        m_update.bindValue(i - 1, values.at(i));
    m_update.bindValue(int(values.size()) - 1, outcome.id);
    if (const Status updated = run(m_update, csv); !updated)
        return updated.error();
    return outcome;
}

Result<DocumentChangeLog> DocumentChangeLog::prepare(Connection &connection)
{
    DocumentChangeLog log(connection);
    auto single = prepared(connection,
                           QStringLiteral("INSERT INTO document_change (stream, external_id, "
                                          "account_id, posted_at, kind) VALUES (?, ?, ?, ?, ?)"));
    if (!single)
        return single.error();
    auto invoice = prepared(connection,
                            QStringLiteral("INSERT INTO document_change (stream, external_id, "
                                           "account_id, posted_at, kind) SELECT 'invoice', "
                                           "external_id, account_id, posted_at, 'changed' FROM "
                                           "invoice WHERE id = ?"));
    if (!invoice)
        return invoice.error();
    log.m_log = std::move(*single);
    log.m_logInvoice = std::move(*invoice);
    return log;
}

Status DocumentChangeLog::log(const CsvReader &csv, const QString &stream,
                              const QVariant &externalId, const QVariant &accountId,
                              const QVariant &postedAt, bool added)
{
    m_log.bindValue(0, stream);
    m_log.bindValue(1, externalId);
    m_log.bindValue(2, accountId);
    m_log.bindValue(3, postedAt);
    m_log.bindValue(4, added ? QStringLiteral("added") : QStringLiteral("changed"));
    return run(m_log, csv);
}

Status DocumentChangeLog::logAdded(const QString &stream, const QString &table,
                                   const QString &dateColumn, qint64 maxIdBefore)
{
    auto logged = m_connection->exec(
        QStringLiteral("INSERT INTO document_change (stream, external_id, account_id, posted_at, "
                       "kind) SELECT ?, external_id, account_id, ")
            % dateColumn % QStringLiteral(", 'added' FROM ") % table
            % QStringLiteral(" WHERE id > ? ORDER BY id"),
        { stream, maxIdBefore });
    return logged ? success() : Status(logged.error());
}

Status DocumentChangeLog::logAccountDays(Connection &connection, qint64 accountId, qint64 fromMs,
                                         qint64 toMs)
{
    struct Source
    {
        const char *stream;
        const char *table;
        const char *instant;
    };
    const Source sources[] = { { "statement", "account_statement", "posted_at" },
                               { "invoice", "invoice", "posted_at" },
                               { "payment", "payment", "created_at" },
                               { "payment_failure", "payment_failure", "created_at" } };
    for (const Source &source : sources) {
        // The (account_id, instant) index of each table (migration 0003) bounds the read.
        auto logged = connection.exec(
            QStringLiteral("INSERT INTO document_change (stream, external_id, account_id, "
                           "posted_at, kind) SELECT '%1', external_id, account_id, %3, 'changed' "
                           "FROM %2 WHERE account_id = ? AND %3 >= ? AND %3 < ? ORDER BY %3, id")
                .arg(QLatin1StringView(source.stream), QLatin1StringView(source.table),
                     QLatin1StringView(source.instant)),
            { accountId, fromMs, toMs });
        if (!logged)
            return logged.error();
    }
    return success();
}

Status DocumentChangeLog::logInvoice(const CsvReader &csv, qint64 invoiceId)
{
    m_logInvoice.bindValue(0, invoiceId);
    return run(m_logInvoice, csv);
}

} // namespace cs
