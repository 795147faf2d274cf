#pragma once

#include "util/result.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cs {

class Connection;
class CsvReader;

// Writes the rows of one table keyed by external_id (statements, invoices, invoice items,
// payments, payment failures) so that the caller learns whether each row was new, really changed
// or equal to the stored one. An equal row is not written at all.
//
// Per row: one INSERT ... ON CONFLICT DO NOTHING for a new row (new rows get ids above every
// older one, so the caller can log them all at once); for a known one a SELECT that
// finds it only when a column differs (returning where it was: `placeColumns`), and then its
// UPDATE. The same SQL on SQLite and PostgreSQL (every column is NOT NULL, so <> is exact).
class DocumentUpsert
{
public:
    struct Table
    {
        QString name;
        QStringList columns; // after external_id
        QStringList placeColumns; // returned as they were before a change
    };

    struct Outcome
    {
        enum Kind { Unchanged, Added, Changed } kind = Unchanged;
        qint64 id = 0; // for Changed
        QVariantList oldPlace; // for Changed: the placeColumns before the update
    };

    static Result<DocumentUpsert> prepare(Connection &connection, const Table &table);

    // `values`: the external id, then one value per column of the table, in its order.
    Result<Outcome> write(const CsvReader &csv, const QVariantList &values);

private:
    DocumentUpsert() = default;

    Table m_table;
    QSqlQuery m_insert;
    QSqlQuery m_differs;
    QSqlQuery m_update;
};

// document_change, the importer's log of the billing documents it added or changed, which the
// export reads to find dates changed since they were exported (core/export/exportchanges.h).
class DocumentChangeLog
{
public:
    static Result<DocumentChangeLog> prepare(Connection &connection);

    // stream: statement, invoice, payment or payment_failure; postedAt: the instant that decides
    // the document's business date.
    Status log(const CsvReader &csv, const QString &stream, const QVariant &externalId,
               const QVariant &accountId, const QVariant &postedAt, bool added);
    // Every row of `table` with an id above `maxIdBefore` (the rows a file added), as added.
    Status logAdded(const QString &stream, const QString &table, const QString &dateColumn,
                    qint64 maxIdBefore);
    // A change of an invoice's items, logged as a change of the invoice at its current place.
    Status logInvoice(const CsvReader &csv, qint64 invoiceId);
    // Every document of the account with its instant in [fromMs, toMs), as changed: the account
    // moved to another channel on those days, so another channel exports them.
    static Status logAccountDays(Connection &connection, qint64 accountId, qint64 fromMs,
                                 qint64 toMs);

private:
    DocumentChangeLog(Connection &connection)
        : m_connection(&connection)
    { }
    Connection *m_connection;
    QSqlQuery m_log;
    QSqlQuery m_logInvoice;
};

} // namespace cs
