#include "exportsource.h"

#include "db/connection.h"
#include "numeric/currency.h"
#include "numeric/decimal.h"
#include "report/membership.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace cs {

namespace {

bool byAccountThenId(const ExportRecord &a, const ExportRecord &b)
{
    const int c = QString::compare(a.account, b.account, Qt::CaseSensitive);
    return c != 0 ? c < 0 : QString::compare(a.id, b.id, Qt::CaseSensitive) < 0;
}

// CROSS JOIN keeps SQLite from scanning the whole day per channel: it walks the channel's
// accounts first and then the (account_id, instant) index of the document table. %1 selects the
// accounts: those of a channel (then the moved ones are dropped while reading) or one account
// that moved (the channel it had on the date is known from MembershipHistory). The account's id
// is the last column.
const QString s_byChannel = QStringLiteral("a.channel_id = ?");
const QString s_byAccount = QStringLiteral("a.id = ?");
const QString s_statementSql = QStringLiteral(
    "SELECT s.external_id, a.code, s.period_start, s.period_end, s.posted_at, "
    "s.balance_forward, s.payments, s.credits, s.new_charges, s.net_balance, s.currency, a.id "
    "FROM account a CROSS JOIN account_statement s "
    "WHERE s.account_id = a.id AND %1 AND s.posted_at >= ? AND s.posted_at < ?");
const QString s_invoiceSql = QStringLiteral(
    "SELECT i.id, i.external_id, a.code, i.number, i.posted_at, i.service_start, i.service_end, "
    "i.subtotal, i.discount, i.tax, i.total, i.currency, a.id "
    "FROM account a CROSS JOIN invoice i "
    "WHERE i.account_id = a.id AND %1 AND i.posted_at >= ? AND i.posted_at < ?");
const QString s_itemSql = QStringLiteral(
    "SELECT it.invoice_id, it.external_id, it.amount, it.description, it.unit_price, "
    "it.chargeable_usage, a.id "
    "FROM account a CROSS JOIN invoice i CROSS JOIN invoice_item it "
    "WHERE i.account_id = a.id AND it.invoice_id = i.id AND %1 "
    "AND i.posted_at >= ? AND i.posted_at < ?");
const QString s_paymentSql = QStringLiteral(
    "SELECT p.external_id, a.code, p.type, p.created_at, p.amount, p.currency, p.reference, "
    "p.memo, a.id FROM account a CROSS JOIN payment p "
    "WHERE p.account_id = a.id AND %1 AND p.created_at >= ? AND p.created_at < ?");
const QString s_failureSql = QStringLiteral(
    "SELECT f.external_id, a.code, f.created_at, f.amount, f.currency, f.status_code, f.memo, "
    "a.id FROM account a CROSS JOIN payment_failure f "
    "WHERE f.account_id = a.id AND %1 AND f.created_at >= ? AND f.created_at < ?");

const QString &sqlOf(ExportStream stream)
{
    switch (stream) {
    case ExportStream::AccountStatement:
        return s_statementSql;
    case ExportStream::Invoice:
        return s_invoiceSql;
    case ExportStream::PaymentAndCredit:
        return s_paymentSql;
    case ExportStream::PaymentFailure:
        break;
    }
    return s_failureSql;
}

} // namespace

ExportSource::ExportSource(Connection &connection, const BusinessCalendar &calendar, QDate date)
    : m_connection(connection)
    , m_day(BusinessCalendar::dayNumber(date))
    , m_fromMs(calendar.dayStart(date))
    , m_toMs(calendar.dayStart(date.addDays(1)))
{ }

Status ExportSource::loadMemberships()
{
    if (m_membershipsLoaded)
        return success();
    MembershipHistory history;
    if (const Status loaded = history.load(m_connection); !loaded)
        return Error { tr("cannot read the export data: %1").arg(loaded.errorString()) };
    // movedAccountChannels() lists every channel a moved account ever had; its channel on the
    // date needs the current one only for an account that never moved, so 0 does.
    for (const auto &[account, channel] : history.movedAccountChannels()) {
        if (m_movedAccounts.contains(account))
            continue;
        m_movedAccounts.insert(account);
        m_movedInto[history.channelOn(account, m_day, 0)].append(account);
    }
    m_membershipsLoaded = true;
    return success();
}

Result<QList<ExportChannel>> ExportSource::channels(Connection &connection,
                                                    const QStringList &codes)
{
    auto q = connection.exec(
        QStringLiteral("SELECT id, code, name, currency FROM channel ORDER BY code"));
    if (!q)
        return q.error();
    QList<ExportChannel> all;
    while (q->next())
        all.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString() });
    std::sort(all.begin(), all.end(), [](const ExportChannel &a, const ExportChannel &b) {
        return QString::compare(a.code, b.code, Qt::CaseSensitive) < 0;
    });
    if (codes.isEmpty())
        return all;
    QList<ExportChannel> selected;
    for (const ExportChannel &channel : std::as_const(all)) {
        if (codes.contains(channel.code))
            selected.append(channel);
    }
    for (const QString &code : codes) {
        if (std::none_of(selected.cbegin(), selected.cend(),
                         [&](const ExportChannel &c) { return c.code == code; }))
            return Error { tr("unknown channel \"%1\"").arg(code) };
    }
    return selected;
}

std::optional<QString> ExportSource::formatAmount(qint64 minorUnits, const QString &currency)
{
    const auto found = Currency::find(currency);
    if (!found)
        return std::nullopt;
    return Decimal::fromUnits(minorUnits, found->minorUnits).toString();
}

QString ExportSource::formatInstant(qint64 ms)
{
    // By hand: QDateTime would write "+00:00" for some UTC zones, and this runs per record.
    constexpr qint64 dayMs = 86'400'000;
    qint64 days = ms / dayMs;
    qint64 inDay = ms % dayMs;
    if (inDay < 0) {
        inDay += dayMs;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + 2440588);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
                  date.month(), date.day(), int(inDay / 3'600'000), int(inDay / 60'000 % 60),
                  int(inDay / 1000 % 60), int(inDay % 1000));
    return QString::fromLatin1(buffer);
}

Result<QString> ExportSource::amount(qint64 minorUnits, const QString &currency, const QString &id)
{
    auto it = m_minorUnits.constFind(currency);
    if (it == m_minorUnits.cend()) {
        const auto found = Currency::find(currency);
        if (!found)
            return Error { tr("record %1 has an unknown currency \"%2\"").arg(id, currency) };
        it = m_minorUnits.insert(currency, found->minorUnits);
    }
    return Decimal::fromUnits(minorUnits, *it).toString();
}

Result<QSqlQuery *> ExportSource::prepared(const QString &key, const QString &sql)
{
    // Qt's driver warns for every statement on a lost connection; fail with the reason instead.
    if (m_connection.isBroken())
        return Error { tr("cannot read the export data: %1")
                           .arg(m_connection.exec(QStringLiteral("SELECT 1")).errorString()) };
    auto it = m_queries.find(key);
    if (it == m_queries.end()) {
        QSqlQuery q = m_connection.query();
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return Error { tr("cannot read the export data: %1").arg(Connection::describe(q)) };
        it = m_queries.emplace(key, std::move(q)).first;
    }
    return &it->second;
}

Result<QList<ExportRecord>> ExportSource::records(ExportStream stream, qint64 channelId,
                                                  QStringList *warnings)
{
    if (const Status loaded = loadMemberships(); !loaded)
        return loaded.error();
    Rows rows;
    if (const Status read = readRows(stream, false, channelId, warnings, &rows); !read)
        return read.error();
    for (const qint64 account : m_movedInto.value(channelId)) {
        if (const Status read = readRows(stream, true, account, warnings, &rows); !read)
            return read.error();
    }
    QList<ExportRecord> &records = rows.records;
    if (stream == ExportStream::Invoice && !records.isEmpty()) {
        if (const Status added = addInvoiceItems(channelId, &rows); !added)
            return added.error();
        warnings->append(invoiceTieOuts(records, rows.invoiceAmounts));
    }
    std::sort(records.begin(), records.end(), byAccountThenId);
    return std::move(records);
}

Status ExportSource::readRows(ExportStream stream, bool oneAccount, qint64 id,
                              QStringList *warnings, Rows *rows)
{
    auto query = run(ExportStreams::key(stream), sqlOf(stream), oneAccount, id);
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    const int accountColumn = q.record().count() - 1;
    while (q.next()) {
        if (!oneAccount && m_movedAccounts.contains(q.value(accountColumn).toLongLong()))
            continue; // read with the channel it had on the date
        Result<ExportRecord> r = Error {};
        switch (stream) {
        case ExportStream::AccountStatement:
            r = statement(q, warnings);
            break;
        case ExportStream::Invoice:
            rows->invoiceIndex.insert(q.value(0).toLongLong(), rows->records.size());
            r = invoice(q, &rows->invoiceAmounts.emplace_back());
            break;
        case ExportStream::PaymentAndCredit:
            r = payment(q);
            break;
        case ExportStream::PaymentFailure:
            r = failure(q);
            break;
        }
        if (!r)
            return r.error();
        rows->records.append(std::move(r).value());
    }
    q.finish();
    return success();
}

Result<QSqlQuery *> ExportSource::run(const QString &key, const QString &sql, bool oneAccount,
                                      qint64 id)
{
    auto query = oneAccount ? prepared(key + QStringLiteral("@account"), sql.arg(s_byAccount))
                            : prepared(key, sql.arg(s_byChannel));
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    q.bindValue(0, id);
    q.bindValue(1, m_fromMs);
    q.bindValue(2, m_toMs);
    if (!q.exec())
        return Error { tr("cannot read the export data: %1").arg(Connection::describe(q)) };
    return &q;
}

Result<ExportRecord> ExportSource::statement(const QSqlQuery &q, QStringList *warnings)
{
    ExportRecord r;
    r.id = q.value(0).toString();
    r.account = q.value(1).toString();
    r.currency = q.value(10).toString();
    const qint64 forward = q.value(5).toLongLong();
    const qint64 payments = q.value(6).toLongLong();
    const qint64 credits = q.value(7).toLongLong();
    const qint64 charges = q.value(8).toLongLong();
    const qint64 net = q.value(9).toLongLong();
    r.amountMinor = net;
    QStringList amounts;
    for (const qint64 v : { forward, charges, credits, net, payments }) {
        auto text = amount(v, r.currency, r.id);
        if (!text)
            return text.error();
        amounts << *text;
    }
    r.values = { QStringLiteral("POSTED"),
                 q.value(2).toString(),
                 q.value(3).toString(),
                 formatInstant(q.value(4).toLongLong()),
                 amounts[0],
                 amounts[1],
                 amounts[2],
                 QString(),
                 QString(),
                 amounts[3],
                 amounts[4],
                 r.currency };
    const int128 expected = int128(forward) - (int128(payments) + credits) + charges;
    if (expected != net) {
        const QString expectedText
            = Decimal::fromUnits(expected, m_minorUnits.value(r.currency)).toString();
        warnings->append(tr("statement %1 (account %2): net balance %3 %4 is not balance "
                            "forward %5 - (payments %6 + credits %7) + new charges %8 = "
                            "%9")
                             .arg(r.id, r.account, amounts[3], r.currency, amounts[0], amounts[4],
                                  amounts[2], amounts[1], expectedText));
    }
    return r;
}

Result<ExportRecord> ExportSource::invoice(const QSqlQuery &q, InvoiceAmounts *tieOut)
{
    ExportRecord r;
    r.id = q.value(1).toString();
    r.account = q.value(2).toString();
    r.currency = q.value(11).toString();
    const qint64 subtotal = q.value(7).toLongLong();
    const qint64 discount = q.value(8).toLongLong();
    const qint64 tax = q.value(9).toLongLong();
    const qint64 total = q.value(10).toLongLong();
    r.amountMinor = total;
    QStringList amounts;
    for (const qint64 v : { subtotal, discount, subtotal - discount, tax, total }) {
        auto text = amount(v, r.currency, r.id);
        if (!text)
            return text.error();
        amounts << *text;
    }
    r.values = { formatInstant(q.value(4).toLongLong()),
                 q.value(5).toString(),
                 q.value(6).toString(),
                 QStringLiteral("POSTED"),
                 amounts[0],
                 amounts[1],
                 amounts[2],
                 amounts[3],
                 amounts[4],
                 q.value(3).toString(),
                 r.currency };
    tieOut->number = q.value(3).toString();
    tieOut->subtotal = subtotal;
    tieOut->discount = discount;
    tieOut->tax = tax;
    tieOut->total = total;
    return r;
}

QString ExportSource::money(int128 minorUnits, const QString &currency) const
{
    return Decimal::fromUnits(minorUnits, m_minorUnits.value(currency)).toString();
}

QStringList ExportSource::invoiceTieOuts(const QList<ExportRecord> &records,
                                         const QList<InvoiceAmounts> &amounts) const
{
    QList<qsizetype> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return byAccountThenId(records[a], records[b]); });
    QStringList warnings;
    for (const qsizetype i : std::as_const(order)) {
        const ExportRecord &r = records[i];
        const InvoiceAmounts &a = amounts[i];
        const QString c = r.currency;
        const int128 expected = int128(a.subtotal) - a.discount + a.tax;
        if (a.total != expected)
            warnings << tr("invoice %1 (id %2, account %3): total %4 %5 is not subtotal %6 - "
                           "discount %7 + tax %8 = %9 (difference %10 %5)")
                            .arg(a.number, r.id, r.account, money(a.total, c), c,
                                 money(a.subtotal, c), money(a.discount, c), money(a.tax, c),
                                 money(expected, c), money(a.total - expected, c));
        if (a.itemCount > 0 && a.items != a.subtotal)
            warnings << tr("invoice %1 (id %2, account %3): items add up to %4 %5, not to the "
                           "subtotal %6 %5 (difference %7 %5)")
                            .arg(a.number, r.id, r.account, money(a.items, c), c,
                                 money(a.subtotal, c), money(a.items - a.subtotal, c));
    }
    return warnings;
}

Result<ExportRecord> ExportSource::payment(const QSqlQuery &q)
{
    ExportRecord r;
    r.id = q.value(0).toString();
    r.account = q.value(1).toString();
    r.currency = q.value(5).toString();
    r.amountMinor = q.value(4).toLongLong();
    auto text = amount(r.amountMinor, r.currency, r.id);
    if (!text)
        return text.error();
    r.values = { q.value(2).toString(), *text,
                 q.value(7).toString(), formatInstant(q.value(3).toLongLong()),
                 q.value(6).toString(), r.currency };
    return r;
}

Result<ExportRecord> ExportSource::failure(const QSqlQuery &q)
{
    ExportRecord r;
    r.id = q.value(0).toString();
    r.account = q.value(1).toString();
    r.currency = q.value(4).toString();
    r.amountMinor = q.value(3).toLongLong();
    auto text = amount(r.amountMinor, r.currency, r.id);
    if (!text)
        return text.error();
    r.values = { QStringLiteral("PAYMENT"),
                 *text,
                 q.value(5).toString(),
                 q.value(6).toString(),
                 formatInstant(q.value(2).toLongLong()),
                 r.currency };
    return r;
}

Status ExportSource::addInvoiceItems(qint64 channelId, Rows *rows)
{
    if (const Status added = addItems(false, channelId, rows); !added)
        return added;
    for (const qint64 account : m_movedInto.value(channelId)) {
        if (const Status added = addItems(true, account, rows); !added)
            return added;
    }
    for (ExportRecord &invoice : rows->records)
        std::sort(invoice.items.begin(), invoice.items.end(),
                  [](const QStringList &a, const QStringList &b) {
                      return QString::compare(a[0], b[0], Qt::CaseSensitive) < 0;
                  });
    return success();
}

Status ExportSource::addItems(bool oneAccount, qint64 id, Rows *rows)
{
    auto items = run(QStringLiteral("item"), s_itemSql, oneAccount, id);
    if (!items)
        return items.error();
    QSqlQuery &iq = **items;
    while (iq.next()) {
        if (!oneAccount && m_movedAccounts.contains(iq.value(6).toLongLong()))
            continue; // read with the channel it had on the date
        const auto at = rows->invoiceIndex.constFind(iq.value(0).toLongLong());
        if (at == rows->invoiceIndex.cend())
            continue;
        ExportRecord &invoice = rows->records[*at];
        InvoiceAmounts &tieOut = rows->invoiceAmounts[*at];
        tieOut.items += iq.value(2).toLongLong();
        ++tieOut.itemCount;
        auto text = amount(iq.value(2).toLongLong(), invoice.currency, invoice.id);
        if (!text)
            return text.error();
        invoice.items.append({ iq.value(1).toString(), *text, iq.value(3).toString(),
                               iq.value(4).toString(), iq.value(5).toString() });
    }
    iq.finish();
    return success();
}

} // namespace cs
