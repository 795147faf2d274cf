#include "usagerollup.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "localdays.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>
#include <tuple>

namespace cs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UsageRollup", text);
}

struct Key
{
    qint64 a;
    qint64 b;
    qint64 c;
    friend bool operator==(const Key &, const Key &) = default;
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.a, key.b, key.c);
}

struct DailyDelta
{
    qint64 whole = 0;
    qint64 micros = 0;
    qint64 records = 0;
};

struct SpanningRow
{
    qint64 channelId;
    qint64 accountId;
    qint64 productId;
    qint64 startMs;
    qint64 endMs;
    StoredQuantity quantity;
};

struct Activity
{
    qint64 channelId = 0;
    qint64 bits = 0;
};

class SqlUsageRollupBuilder final : public UsageRollupBuilder
{
public:
    SqlUsageRollupBuilder(Connection &connection, const QTimeZone &zone)
        : m_connection(connection)
        , m_days(BusinessCalendar(zone))
    { }

    void add(qint64 usageId, qint64 channelId, qint64 accountId, qint64 productId, qint64 startMs,
             qint64 endMs, const StoredQuantity &quantity) override
    {
        const qint64 first = m_days.dayOf(startMs);
        const qint64 last = m_days.dayOf(endMs - 1);
        if (first == last) {
            DailyDelta &delta = m_daily[{ channelId, productId, first }];
            delta.whole += quantity.whole;
            delta.micros += quantity.micros;
            ++delta.records;
        } else {
            m_spanningAdded.insert(usageId,
                                   { channelId, accountId, productId, startMs, endMs, quantity });
        }
        for (qint64 day = first; day <= last; ++day) {
            const qint64 month = LocalDays::monthOf(day);
            Activity &activity = m_activity[{ accountId, productId, month }];
            activity.channelId = channelId;
            activity.bits |= qint64(1) << (day - LocalDays::firstDayOfMonth(month));
        }
    }

    void subtract(qint64 usageId, qint64 channelId, qint64 accountId, qint64 productId,
                  qint64 startMs, qint64 endMs, const StoredQuantity &quantity) override
    {
        const qint64 first = m_days.dayOf(startMs);
        const qint64 last = m_days.dayOf(endMs - 1);
        if (first == last) {
            DailyDelta &delta = m_daily[{ channelId, productId, first }];
            delta.whole -= quantity.whole;
            delta.micros -= quantity.micros;
            --delta.records;
        } else {
            m_spanningAdded.remove(usageId);
            m_spanningRemoved.insert(usageId);
        }
        // Bits cannot be subtracted: the affected months are recomputed from usage_record.
        for (qint64 month = LocalDays::monthOf(first); month <= LocalDays::monthOf(last); ++month)
            m_recompute.insert({ accountId, productId, month });
    }

    Status apply() override;

private:
    Status recomputeActivity(const Key &key);

    Connection &m_connection;
    LocalDays m_days;
    QHash<Key, DailyDelta> m_daily;
    QHash<qint64, SpanningRow> m_spanningAdded;
    QSet<qint64> m_spanningRemoved;
    QHash<Key, Activity> m_activity;
    QSet<Key> m_recompute;
};

Status failed(const QSqlQuery &query)
{
    return Error { tr("cannot update the usage rollups: %1").arg(Connection::describe(query)) };
}

Status SqlUsageRollupBuilder::apply()
{
    bool subtracted = false;
    QSqlQuery upsertDaily = m_connection.query();
    if (!upsertDaily.prepare(QStringLiteral(
            "INSERT INTO usage_daily (channel_id, product_id, day, quantity_whole, "
            "quantity_micros, records) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel_id, "
            "product_id, day) DO UPDATE SET quantity_whole = usage_daily.quantity_whole + "
            "excluded.quantity_whole, quantity_micros = usage_daily.quantity_micros + "
            "excluded.quantity_micros, records = usage_daily.records + excluded.records")))
        return failed(upsertDaily);
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it) {
        if (it->records == 0 && it->whole == 0 && it->micros == 0)
            continue;
        subtracted = subtracted || it->records < 0;
        upsertDaily.bindValue(0, it.key().a);
        upsertDaily.bindValue(1, it.key().b);
        upsertDaily.bindValue(2, it.key().c);
        upsertDaily.bindValue(3, it->whole);
        upsertDaily.bindValue(4, it->micros);
        upsertDaily.bindValue(5, it->records);
        if (!upsertDaily.exec())
            return failed(upsertDaily);
    }
    if (subtracted) {
        if (auto removed
            = m_connection.exec(QStringLiteral("DELETE FROM usage_daily WHERE records <= 0"));
            !removed)
            return removed.error();
    }

    QSqlQuery removeSpanning = m_connection.query();
    if (!removeSpanning.prepare(QStringLiteral("DELETE FROM usage_spanning WHERE usage_id = ?")))
        return failed(removeSpanning);
    for (const qint64 usageId : std::as_const(m_spanningRemoved)) {
        removeSpanning.bindValue(0, usageId);
        if (!removeSpanning.exec())
            return failed(removeSpanning);
    }
    QSqlQuery insertSpanning = m_connection.query();
    if (!insertSpanning.prepare(QStringLiteral(
            "INSERT INTO usage_spanning (usage_id, channel_id, account_id, product_id, start_at, "
            "end_at, quantity_whole, quantity_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (usage_id) DO UPDATE SET channel_id = excluded.channel_id, "
            "account_id = excluded.account_id, product_id = excluded.product_id, "
            "start_at = excluded.start_at, end_at = excluded.end_at, "
            "quantity_whole = excluded.quantity_whole, quantity_micros = "
            "excluded.quantity_micros")))
        return failed(insertSpanning);
    for (auto it = m_spanningAdded.cbegin(); it != m_spanningAdded.cend(); ++it) {
        const QVariantList values { it.key(),           it->channelId,      it->accountId,
                                    it->productId,      it->startMs,        it->endMs,
                                    it->quantity.whole, it->quantity.micros };
        for (int i = 0; i < values.size(); ++i)
            insertSpanning.bindValue(i, values[i]);
        if (!insertSpanning.exec())
            return failed(insertSpanning);
    }

    QSqlQuery orActivity = m_connection.query();
    if (!orActivity.prepare(QStringLiteral(
            "INSERT INTO usage_activity (account_id, product_id, month, channel_id, day_bits) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, product_id, month) DO UPDATE SET "
            "channel_id = excluded.channel_id, "
            "day_bits = usage_activity.day_bits | excluded.day_bits")))
        return failed(orActivity);
    for (auto it = m_activity.cbegin(); it != m_activity.cend(); ++it) {
        if (m_recompute.contains(it.key()))
            continue;
        orActivity.bindValue(0, it.key().a);
        orActivity.bindValue(1, it.key().b);
        orActivity.bindValue(2, it.key().c);
        orActivity.bindValue(3, it->channelId);
        orActivity.bindValue(4, it->bits);
        if (!orActivity.exec())
            return failed(orActivity);
    }
    for (const Key &key : std::as_const(m_recompute)) {
        if (const Status done = recomputeActivity(key); !done)
            return done;
    }

    m_daily.clear();
    m_spanningAdded.clear();
    m_spanningRemoved.clear();
    m_activity.clear();
    m_recompute.clear();
    return success();
}

// The activity bits of one account, product and month, from the records as they are now.
Status SqlUsageRollupBuilder::recomputeActivity(const Key &key)
{
    const qint64 firstDay = LocalDays::firstDayOfMonth(key.c);
    const qint64 nextFirstDay = LocalDays::firstDayOfMonth(key.c + 1);
    const qint64 fromMs = m_days.startOf(firstDay);
    const qint64 toMs = m_days.startOf(nextFirstDay);
    auto q = m_connection.exec(
        QStringLiteral("SELECT u.start_at, u.end_at, a.channel_id FROM usage_record u JOIN "
                       "account a ON a.id = u.account_id WHERE u.account_id = ? AND "
                       "u.product_id = ? AND u.start_at < ? AND u.end_at > ?"),
        { key.a, key.b, toMs, fromMs });
    if (!q)
        return q.error();
    qint64 bits = 0;
    qint64 channelId = 0;
    while (q->next()) {
        const qint64 first = std::max(firstDay, m_days.dayOf(q->value(0).toLongLong()));
        const qint64 last = std::min(nextFirstDay - 1, m_days.dayOf(q->value(1).toLongLong() - 1));
        for (qint64 day = first; day <= last; ++day)
            bits |= qint64(1) << (day - firstDay);
        channelId = q->value(2).toLongLong();
    }
    // On PostgreSQL a forward-only query streams its rows: finish it before the next one.
    q->finish();
    if (bits == 0) {
        auto removed = m_connection.exec(QStringLiteral("DELETE FROM usage_activity WHERE "
                                                        "account_id = ? AND product_id = ? AND "
                                                        "month = ?"),
                                         { key.a, key.b, key.c });
        return removed ? success() : Status(removed.error());
    }
    auto stored = m_connection.exec(
        QStringLiteral("INSERT INTO usage_activity (account_id, product_id, month, channel_id, "
                       "day_bits) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, product_id, "
                       "month) DO UPDATE SET channel_id = excluded.channel_id, "
                       "day_bits = excluded.day_bits"),
        { key.a, key.b, key.c, channelId, bits });
    return stored ? success() : Status(stored.error());
}

} // namespace

Result<std::unique_ptr<UsageRollupBuilder>> UsageRollupBuilder::create(Connection &connection)
{
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return zone.error();
    return std::unique_ptr<UsageRollupBuilder>(new SqlUsageRollupBuilder(connection, *zone));
}

Status UsageRollup::rebuild(Connection &connection)
{
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return zone.error();
    for (const char *table : { "usage_daily", "usage_spanning", "usage_activity" }) {
        if (auto cleared
            = connection.exec(QStringLiteral("DELETE FROM ") + QLatin1StringView(table));
            !cleared)
            return cleared.error();
    }
    auto range
        = connection.exec(QStringLiteral("SELECT MIN(start_at), MAX(end_at) FROM usage_record"));
    if (!range)
        return range.error();
    if (!range->next() || range->value(0).isNull())
        return success();
    const qint64 minStart = range->value(0).toLongLong();
    const qint64 maxEnd = range->value(1).toLongLong();
    range->finish();

    LocalDays days { BusinessCalendar(*zone) };
    const QString startDay = days.sql(QStringLiteral("u.start_at"), minStart, maxEnd);
    const QString endDay = days.sql(QStringLiteral("(u.end_at - 1)"), minStart, maxEnd);
    const QString singleDay = startDay + QStringLiteral(" = ") + endDay;
    const QString source = QStringLiteral(" FROM usage_record u JOIN account a ON a.id = "
                                          "u.account_id WHERE ");

    if (auto daily = connection.exec(
            QStringLiteral("INSERT INTO usage_daily (channel_id, "
                           "product_id, day, quantity_whole, "
                           "quantity_micros, records) SELECT "
                           "a.channel_id, u.product_id, ")
            + startDay + QStringLiteral(", SUM(u.quantity_whole), SUM(u.quantity_micros), COUNT(*)")
            + source + singleDay + QStringLiteral(" GROUP BY 1, 2, 3"));
        !daily)
        return daily.error();

    // Activity of the single-day records, month by month: a sum of distinct powers of two is
    // their bitwise or, on both databases.
    const qint64 firstMonth = LocalDays::monthOf(days.dayOf(minStart));
    const qint64 lastMonth = LocalDays::monthOf(days.dayOf(maxEnd - 1));
    for (qint64 month = firstMonth; month <= lastMonth; ++month) {
        const qint64 firstDay = LocalDays::firstDayOfMonth(month);
        const qint64 fromMs = days.startOf(firstDay);
        const qint64 toMs = days.startOf(LocalDays::firstDayOfMonth(month + 1));
        const QString monthStartDay = days.sql(QStringLiteral("u.start_at"), fromMs, toMs);
        const QString monthEndDay = days.sql(QStringLiteral("(u.end_at - 1)"), fromMs, toMs);
        auto activity = connection.exec(
            QStringLiteral("INSERT INTO usage_activity (account_id, product_id, month, "
                           "channel_id, day_bits) SELECT account_id, product_id, %1, "
                           "MIN(channel_id), SUM(CAST(1 AS BIGINT) << CAST(d - %2 AS INTEGER)) "
                           "FROM (SELECT DISTINCT u.account_id, u.product_id, a.channel_id, ")
                .arg(month)
                .arg(firstDay)
            + monthStartDay + QStringLiteral(" AS d") + source + QStringLiteral("u.start_at >= ")
            + QString::number(fromMs) + QStringLiteral(" AND u.start_at < ") + QString::number(toMs)
            + QStringLiteral(" AND ") + monthStartDay + QStringLiteral(" = ") + monthEndDay
            + QStringLiteral(") days GROUP BY account_id, product_id"));
        if (!activity)
            return activity.error();
    }

    // The few records that cross a day boundary go through the builder.
    auto builder = UsageRollupBuilder::create(connection);
    if (!builder)
        return builder.error();
    auto spanning = connection.exec(QStringLiteral("SELECT u.id, a.channel_id, u.account_id, "
                                                   "u.product_id, u.start_at, u.end_at, "
                                                   "u.quantity_whole, u.quantity_micros")
                                    + source + QStringLiteral("NOT (") + singleDay + u')');
    if (!spanning)
        return spanning.error();
    while (spanning->next())
        (*builder)->add(spanning->value(0).toLongLong(), spanning->value(1).toLongLong(),
                        spanning->value(2).toLongLong(), spanning->value(3).toLongLong(),
                        spanning->value(4).toLongLong(), spanning->value(5).toLongLong(),
                        { spanning->value(6).toLongLong(), spanning->value(7).toLongLong() });
    spanning->finish();
    return (*builder)->apply();
}

} // namespace cs
