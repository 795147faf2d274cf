#pragma once

#include "exportrecord.h"
#include "exportstream.h"
#include "time/businesscalendar.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

#include <map>

namespace cs {

class Connection;

// Reads the documents of one business date from the database, channel by channel. "On D" means
// within [dayStart(D), dayStart(D+1)) in the business time zone, so a 23- or 25-hour day is
// covered exactly.
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
    // A statement whose net balance is not balance forward - (payments + credits) + new charges
    // is returned all the same, and a sentence describing it is appended to *warnings. Fails on
    // a database error or an amount in an unknown currency.
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
    // Executes a prepared query with the channel and the date's bounds.
    Result<QSqlQuery *> run(const QString &key, const QString &sql, qint64 channelId);
    // One record of the current row of each stream's query.
    Result<ExportRecord> statement(const QSqlQuery &q, QStringList *warnings);
    Result<ExportRecord> invoice(const QSqlQuery &q);
    Result<ExportRecord> payment(const QSqlQuery &q);
    Result<ExportRecord> failure(const QSqlQuery &q);
    // The items of the invoices at `index` (invoice id -> position in *records), sorted by id.
    Status addInvoiceItems(qint64 channelId, const QHash<qint64, qsizetype> &index,
                           QList<ExportRecord> *records);

    Connection &m_connection;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    std::map<QString, QSqlQuery> m_queries;
    QHash<QString, int> m_minorUnits;
};

} // namespace cs
