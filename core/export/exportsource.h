#pragma once

#include "exportrecord.h"
#include "exportstream.h"
#include "numeric/decimal.h"
#include "time/businesscalendar.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace cs {

class Connection;

// Reads the documents of one business date from the database, channel by channel. "On D" means
// within [dayStart(D), dayStart(D+1)) in the business time zone, so a 23- or 25-hour day is
// covered exactly. A channel gets the documents of the accounts it had on D (effective-dated
// membership, core/report/membership.h): its current accounts that never moved, and the moved
// accounts whose channel on D it is (read once per source, at the first records()).
//
// Lives in the thread that owns the connection; the queries are prepared once and reused for
// every channel.
class ExportSource
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportSource)
public:
    ExportSource(Connection &connection, const BusinessCalendar &calendar, QDate date);
    Q_DISABLE_COPY_MOVE(ExportSource)

    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

    // The channels to export, ordered by code: all of them when `codes` is empty, else exactly
    // those; an unknown code is an error that names it.
    static Result<QList<ExportChannel>> channels(Connection &connection, const QStringList &codes);

    // The records of one stream of one channel on the date, ordered by account code, then id.
    // A document that does not tie out is returned all the same, and a sentence naming it and
    // the difference is appended to *warnings: a statement whose net balance is not balance
    // forward - (payments + credits) + new charges, an invoice whose total is not subtotal -
    // discount + tax, an invoice with items that do not add up to its subtotal. Fails on a
    // database error or an amount in an unknown currency.
    Result<QList<ExportRecord>> records(ExportStream stream, qint64 channelId,
                                        QStringList *warnings);

    // An amount in minor units as an exact decimal ("12.30", "1200" for JPY); nullopt for an
    // unknown currency code.
    static std::optional<QString> formatAmount(qint64 minorUnits, const QString &currency);
    // An instant as ISO 8601 UTC with milliseconds and Z: "2026-03-29T01:00:00.000Z".
    static QString formatInstant(qint64 ms);

private:
    Result<QSqlQuery *> prepared(const QString &key, const QString &sql);
    Result<QString> amount(qint64 minorUnits, const QString &currency, const QString &id);
    // The moved accounts and the channel each had on the date, once.
    Status loadMemberships();
    // The records and invoice tie-outs read so far for one channel.
    struct Rows;
    // Appends the rows of a stream's query, for a channel (without its moved accounts) or for
    // one moved account.
    Status readRows(ExportStream stream, bool oneAccount, qint64 id, QStringList *warnings,
                    Rows *rows);
    // Executes a prepared query with the channel or account and the date's bounds.
    Result<QSqlQuery *> run(const QString &key, const QString &sql, bool oneAccount, qint64 id);
    // One record of the current row of each stream's query.
    Result<ExportRecord> statement(const QSqlQuery &q, QStringList *warnings);
    // An invoice's amounts in minor units, for its tie-outs.
    struct InvoiceAmounts
    {
        QString number;
        qint64 subtotal = 0;
        qint64 discount = 0;
        qint64 tax = 0;
        qint64 total = 0;
        int128 items = 0;
        qsizetype itemCount = 0;
    };
    Result<ExportRecord> invoice(const QSqlQuery &q, InvoiceAmounts *amounts);
    QString money(int128 minorUnits, const QString &currency) const;
    // The warnings of invoices that do not tie out, in the records' order.
    QStringList invoiceTieOuts(const QList<ExportRecord> &records,
                               const QList<InvoiceAmounts> &amounts) const;
    Result<ExportRecord> payment(const QSqlQuery &q);
    Result<ExportRecord> failure(const QSqlQuery &q);
    struct Rows
    {
        QList<ExportRecord> records;
        QHash<qint64, qsizetype> invoiceIndex; // invoice id -> position in records
        QList<InvoiceAmounts> invoiceAmounts;
    };
    // The items of the invoices read, of the channel's accounts on the date, sorted by id.
    Status addInvoiceItems(qint64 channelId, Rows *rows);
    Status addItems(bool oneAccount, qint64 id, Rows *rows);

    Connection &m_connection;
    qint64 m_day = 0; // the date's day number
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    std::map<QString, QSqlQuery> m_queries;
    QHash<QString, int> m_minorUnits;
    bool m_membershipsLoaded = false;
    QSet<qint64> m_movedAccounts;
    QHash<qint64, QList<qint64>> m_movedInto; // channel -> moved accounts it had on the date
};

} // namespace cs
