#include "usagerollup.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "localdays.h"
#include "membership.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <sqlite3.h>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cs {

namespace {

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
    QuantityParts quantity;
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

// The days of one account, product and month with usage, per channel (two or more channels
// only in a month in which the account moved).
struct Activity
{
    qint64 channelId = 0;
    qint64 bits = 0;
    std::vector<std::pair<qint64, qint64>> others; // (channel, bits)

    void mark(qint64 channel, qint64 bit)
    {
        if (bits == 0 || channel == channelId) {
            channelId = channel;
            bits |= bit;
            return;
        }
        for (auto &[otherChannel, otherBits] : others) {
            if (otherChannel == channel) {
                otherBits |= bit;
                return;
            }
        }
        others.emplace_back(channel, bit);
    }
};

// Dense indexes 0, 1, 2, ... for the database ids of one kind, in the order they first appear.
// Ids are small row ids in practice, so a direct table answers in O(1) without hashing.
class DenseIds
{
public:
    int indexOf(qint64 id)
    {
        if (id >= 0 && id < s_directLimit) {
            if (size_t(id) >= m_direct.size())
                m_direct.resize(std::max(size_t(id) + 1, m_direct.size() * 2), -1);
            int &index = m_direct[size_t(id)];
            if (index < 0) {
                index = int(m_ids.size());
                m_ids.push_back(id);
            }
            return index;
        }
        const auto [it, inserted] = m_other.try_emplace(id, int(m_ids.size()));
        if (inserted)
            m_ids.push_back(id);
        return it->second;
    }
    qint64 idOf(int index) const { return m_ids[size_t(index)]; }
    int size() const { return int(m_ids.size()); }

private:
    static constexpr qint64 s_directLimit = 1 << 22;
    std::vector<int> m_direct;
    std::unordered_map<qint64, int> m_other;
    std::vector<qint64> m_ids;
};

// Values per pair of dense indexes and a consecutive number (a day or a month), stored in one
// vector per pair that grows at either end: add() is O(1) without hashing, and apply() walks the
// values in key order.
template<typename Value> class PairSeries
{
public:
    struct Series
    {
        int first = 0; // dense index of the first member of the pair
        int second = 0;
        qint64 base = 0; // the number of values[0]
        std::vector<Value> values;
    };

    Value &at(int first, int second, qint64 number)
    {
        Series &series = seriesOf(first, second);
        if (series.values.empty()) {
            series.base = number;
            series.values.resize(1);
        } else if (number < series.base) {
            series.values.insert(series.values.begin(), size_t(series.base - number), Value {});
            series.base = number;
        } else if (number - series.base >= qint64(series.values.size())) {
            series.values.resize(size_t(number - series.base + 1));
        }
        return series.values[size_t(number - series.base)];
    }
    const std::vector<Series> &series() const { return m_series; }
    void clear()
    {
        m_slots.clear();
        m_series.clear();
        m_stride = 0;
    }

private:
    Series &seriesOf(int first, int second)
    {
        if (second >= m_stride) {
            // Re-lay the table of slots out with a wider row.
            const int stride = std::max(16, std::max(second + 1, m_stride * 2));
            std::vector<int> slots(m_slots.size() / size_t(std::max(1, m_stride)) * size_t(stride),
                                   -1);
            for (size_t i = 0; m_stride > 0 && i < m_slots.size(); ++i)
                slots[i / size_t(m_stride) * size_t(stride) + i % size_t(m_stride)] = m_slots[i];
            m_slots = std::move(slots);
            m_stride = stride;
        }
        const size_t index = size_t(first) * size_t(m_stride) + size_t(second);
        if (index >= m_slots.size())
            m_slots.resize((size_t(first) + 1) * size_t(m_stride) * 2, -1);
        int &slot = m_slots[index];
        if (slot < 0) {
            slot = int(m_series.size());
            m_series.push_back({ first, second, 0, {} });
        }
        return m_series[size_t(slot)];
    }

    std::vector<int> m_slots; // [first * m_stride + second] -> index in m_series, or -1
    int m_stride = 0;
    std::vector<Series> m_series;
};

// One prepared statement of apply(): the raw SQLite API where the connection is SQLite (apply()
// writes hundreds of thousands of rows after a large import), QSqlQuery on PostgreSQL.
class Upsert
{
    Q_DECLARE_TR_FUNCTIONS(cs::Upsert)
public:
    Upsert(Connection &connection, sqlite3 *db)
        : m_query(connection.query())
        , m_db(db)
    { }
    ~Upsert()
    {
        if (m_statement)
            sqlite3_finalize(m_statement);
    }
    Q_DISABLE_COPY_MOVE(Upsert)

    bool prepare(const char *sql)
    {
        if (m_db)
            return sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
        return m_query.prepare(QString::fromLatin1(sql));
    }
    // Binds values from `index` on.
    void bindParts(int index, const QuantityParts &parts)
    {
        for (int i = 0; i < QuantityParts::Count; ++i)
            bind(index + i, parts.parts[i]);
    }
    void bind(int index, qint64 value)
    {
        if (m_statement)
            sqlite3_bind_int64(m_statement, index + 1, value);
        else
            m_query.bindValue(index, value);
    }
    bool exec()
    {
        if (!m_statement)
            return m_query.exec();
        const bool done = sqlite3_step(m_statement) == SQLITE_DONE;
        sqlite3_reset(m_statement);
        return done;
    }
    Status failed() const
    {
        return Error { tr("cannot update the usage rollups: %1")
                           .arg(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                     : Connection::describe(m_query)) };
    }

private:
    QSqlQuery m_query;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

class SqlUsageRollupBuilder final : public UsageRollupBuilder
{
public:
    SqlUsageRollupBuilder(Connection &connection, const QTimeZone &zone)
        : m_connection(connection)
        , m_days(BusinessCalendar(zone))
    { }

    Status reloadMemberships() override { return m_history.load(m_connection); }

    void add(qint64 usageId, qint64 currentChannelId, qint64 accountId, qint64 productId,
             qint64 startMs, qint64 endMs, const StoredQuantity &quantity) override
    {
        const qint64 first = m_days.dayOf(startMs);
        const qint64 last = m_days.dayOf(endMs - 1);
        const qint64 channelId = m_history.channelOn(accountId, first, currentChannelId);
        const int channel = m_channels.indexOf(channelId);
        const int product = m_products.indexOf(productId);
        if (first == last) {
            DailyDelta &delta = m_daily.at(channel, product, first);
            delta.quantity += QuantityParts::of(quantity);
            ++delta.records;
        } else {
            m_spanningAdded.insert(usageId,
                                   { channelId, accountId, productId, startMs, endMs, quantity });
        }
        const int account = m_accounts.indexOf(accountId);
        for (qint64 day = first; day <= last; ++day) {
            if (day < m_monthFirstDay || day >= m_nextMonthFirstDay) {
                m_month = LocalDays::monthOf(day);
                m_monthFirstDay = LocalDays::firstDayOfMonth(m_month);
                m_nextMonthFirstDay = LocalDays::firstDayOfMonth(m_month + 1);
            }
            m_activity.at(account, product, m_month)
                .mark(m_history.channelOn(accountId, day, currentChannelId),
                      qint64(1) << (day - m_monthFirstDay));
        }
    }

    void subtract(qint64 usageId, qint64 currentChannelId, qint64 accountId, qint64 productId,
                  qint64 startMs, qint64 endMs, const StoredQuantity &quantity) override
    {
        const qint64 first = m_days.dayOf(startMs);
        const qint64 last = m_days.dayOf(endMs - 1);
        if (first == last) {
            const qint64 channelId = m_history.channelOn(accountId, first, currentChannelId);
            DailyDelta &delta
                = m_daily.at(m_channels.indexOf(channelId), m_products.indexOf(productId), first);
            delta.quantity -= QuantityParts::of(quantity);
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
    Status applyDaily(sqlite3 *db);
    Status applySpanning(sqlite3 *db);
    Status applyActivity(sqlite3 *db);
    Status recomputeActivity(const Key &key);

    Connection &m_connection;
    LocalDays m_days;
    MembershipHistory m_history;
    DenseIds m_channels;
    DenseIds m_products;
    DenseIds m_accounts;
    PairSeries<DailyDelta> m_daily; // channel, product, day
    PairSeries<Activity> m_activity; // account, product, month
    qint64 m_month = 0; // the month of the last day add() saw, and its day range
    qint64 m_monthFirstDay = 0;
    qint64 m_nextMonthFirstDay = 0;
    QHash<qint64, SpanningRow> m_spanningAdded;
    QSet<qint64> m_spanningRemoved;
    QSet<Key> m_recompute;
};

// In key order, so that the primary keys of the rollup tables grow at few places.
template<typename Series>
auto inKeyOrder(const Series &all, const DenseIds &firsts, const DenseIds &seconds)
{
    std::vector<const typename Series::value_type *> sorted;
    sorted.reserve(all.size());
    for (const auto &series : all)
        sorted.push_back(&series);
    std::sort(sorted.begin(), sorted.end(), [&](const auto *x, const auto *y) {
        return std::pair(firsts.idOf(x->first), seconds.idOf(x->second))
            < std::pair(firsts.idOf(y->first), seconds.idOf(y->second));
    });
    return sorted;
}

Status SqlUsageRollupBuilder::apply()
{
    sqlite3 *db = m_connection.sqliteHandle();
    if (const Status daily = applyDaily(db); !daily)
        return daily;
    if (const Status spanning = applySpanning(db); !spanning)
        return spanning;
    if (const Status activity = applyActivity(db); !activity)
        return activity;
    m_daily.clear();
    m_spanningAdded.clear();
    m_spanningRemoved.clear();
    m_activity.clear();
    m_recompute.clear();
    return success();
}

Status SqlUsageRollupBuilder::applyDaily(sqlite3 *db)
{
    bool subtracted = false;
    {
        Upsert upsertDaily(m_connection, db);
        if (!upsertDaily.prepare(
                "INSERT INTO usage_daily (channel_id, product_id, day, quantity_e12, quantity_e6, "
                "quantity_e0, quantity_micros, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON "
                "CONFLICT (channel_id, product_id, day) DO UPDATE SET quantity_e12 = "
                "usage_daily.quantity_e12 + excluded.quantity_e12, quantity_e6 = "
                "usage_daily.quantity_e6 + excluded.quantity_e6, quantity_e0 = "
                "usage_daily.quantity_e0 + excluded.quantity_e0, quantity_micros = "
                "usage_daily.quantity_micros + excluded.quantity_micros, records = "
                "usage_daily.records + excluded.records"))
            return upsertDaily.failed();
        for (const auto *daily : inKeyOrder(m_daily.series(), m_channels, m_products)) {
            const auto &series = *daily;
            for (size_t i = 0; i < series.values.size(); ++i) {
                const DailyDelta &delta = series.values[i];
                if (delta.records == 0 && delta.quantity.isZero())
                    continue;
                subtracted = subtracted || delta.records < 0;
                upsertDaily.bind(0, m_channels.idOf(series.first));
                upsertDaily.bind(1, m_products.idOf(series.second));
                upsertDaily.bind(2, series.base + qint64(i));
                upsertDaily.bindParts(3, delta.quantity);
                upsertDaily.bind(7, delta.records);
                if (!upsertDaily.exec())
                    return upsertDaily.failed();
            }
        }
    }
    if (subtracted) {
        if (auto removed
            = m_connection.exec(QStringLiteral("DELETE FROM usage_daily WHERE records <= 0"));
            !removed)
            return removed.error();
    }
    return success();
}

Status SqlUsageRollupBuilder::applySpanning(sqlite3 *db)
{
    {
        Upsert removeSpanning(m_connection, db);
        if (!removeSpanning.prepare("DELETE FROM usage_spanning WHERE usage_id = ?"))
            return removeSpanning.failed();
        for (const qint64 usageId : std::as_const(m_spanningRemoved)) {
            removeSpanning.bind(0, usageId);
            if (!removeSpanning.exec())
                return removeSpanning.failed();
        }
    }
    {
        Upsert insertSpanning(m_connection, db);
        if (!insertSpanning.prepare(
                "INSERT INTO usage_spanning (usage_id, channel_id, account_id, product_id, "
                "start_at, end_at, quantity_whole, quantity_micros) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?) ON CONFLICT (usage_id) DO UPDATE SET channel_id = excluded.channel_id, "
                "account_id = excluded.account_id, product_id = excluded.product_id, "
                "start_at = excluded.start_at, end_at = excluded.end_at, "
                "quantity_whole = excluded.quantity_whole, quantity_micros = "
                "excluded.quantity_micros"))
            return insertSpanning.failed();
        for (auto it = m_spanningAdded.cbegin(); it != m_spanningAdded.cend(); ++it) {
            const qint64 values[]
                = { it.key(),    it->channelId, it->accountId,      it->productId,
                    it->startMs, it->endMs,     it->quantity.whole, it->quantity.micros };
            for (int i = 0; i < 8; ++i)
                insertSpanning.bind(i, values[i]);
            if (!insertSpanning.exec())
                return insertSpanning.failed();
        }
    }
    return success();
}

Status SqlUsageRollupBuilder::applyActivity(sqlite3 *db)
{
    {
        Upsert orActivity(m_connection, db);
        if (!orActivity.prepare(
                "INSERT INTO usage_activity (account_id, product_id, month, channel_id, "
                "day_bits) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, product_id, month, "
                "channel_id) DO UPDATE SET day_bits = usage_activity.day_bits | excluded.day_bits"))
            return orActivity.failed();
        for (const auto *activity : inKeyOrder(m_activity.series(), m_accounts, m_products)) {
            const auto &series = *activity;
            const qint64 accountId = m_accounts.idOf(series.first);
            const qint64 productId = m_products.idOf(series.second);
            for (size_t i = 0; i < series.values.size(); ++i) {
                const Activity &value = series.values[i];
                const qint64 month = series.base + qint64(i);
                if (value.bits == 0 || m_recompute.contains({ accountId, productId, month }))
                    continue;
                const auto upsert = [&](qint64 channelId, qint64 bits) {
                    orActivity.bind(0, accountId);
                    orActivity.bind(1, productId);
                    orActivity.bind(2, month);
                    orActivity.bind(3, channelId);
                    orActivity.bind(4, bits);
                    return orActivity.exec();
                };
                if (!upsert(value.channelId, value.bits))
                    return orActivity.failed();
                for (const auto &[channelId, bits] : value.others) {
                    if (!upsert(channelId, bits))
                        return orActivity.failed();
                }
            }
        }
    }
    for (const Key &key : std::as_const(m_recompute)) {
        if (const Status done = recomputeActivity(key); !done)
            return done;
    }
    return success();
}

// The activity bits of one account, product and month, from the records as they are now, per
// channel of the day.
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
    Activity activity;
    while (q->next()) {
        const qint64 first = std::max(firstDay, m_days.dayOf(q->value(0).toLongLong()));
        const qint64 last = std::min(nextFirstDay - 1, m_days.dayOf(q->value(1).toLongLong() - 1));
        const qint64 current = q->value(2).toLongLong();
        for (qint64 day = first; day <= last; ++day)
            activity.mark(m_history.channelOn(key.a, day, current), qint64(1) << (day - firstDay));
    }
    // On PostgreSQL a forward-only query streams its rows: finish it before the next one.
    q->finish();
    auto removed = m_connection.exec(QStringLiteral("DELETE FROM usage_activity WHERE "
                                                    "account_id = ? AND product_id = ? AND "
                                                    "month = ?"),
                                     { key.a, key.b, key.c });
    if (!removed)
        return removed.error();
    if (activity.bits == 0)
        return success();
    activity.others.emplace_back(activity.channelId, activity.bits);
    for (const auto &[channelId, bits] : activity.others) {
        auto stored = m_connection.exec(
            QStringLiteral("INSERT INTO usage_activity (account_id, product_id, month, "
                           "channel_id, day_bits) VALUES (?, ?, ?, ?, ?)"),
            { key.a, key.b, key.c, channelId, bits });
        if (!stored)
            return stored.error();
    }
    return success();
}

} // namespace

Result<std::unique_ptr<UsageRollupBuilder>> UsageRollupBuilder::create(Connection &connection)
{
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return zone.error();
    auto builder = std::make_unique<SqlUsageRollupBuilder>(connection, *zone);
    if (const Status loaded = builder->reloadMemberships(); !loaded)
        return loaded.error();
    return std::unique_ptr<UsageRollupBuilder>(std::move(builder));
}

Result<bool> UsageRollup::isMissing(Connection &connection)
{
    // Constant subqueries only: a WHERE on usage_record would scan it.
    auto q = connection.exec(
        QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM usage_daily) OR EXISTS (SELECT 1 "
                       "FROM usage_spanning) THEN 0 WHEN EXISTS (SELECT 1 FROM usage_record) "
                       "THEN 1 ELSE 0 END"));
    if (!q)
        return q.error();
    const bool missing = q->next() && q->value(0).toInt() == 1;
    q->finish();
    return missing;
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
    // The accounts that moved go through the builder, which knows their channel of each day.
    const QString moved = QStringLiteral("u.account_id IN (SELECT account_id FROM "
                                         "account_membership GROUP BY account_id HAVING "
                                         "COUNT(*) > 1)");

    if (auto daily = connection.exec(
            QStringLiteral("INSERT INTO usage_daily (channel_id, product_id, day, quantity_e12, "
                           "quantity_e6, quantity_e0, quantity_micros, records) SELECT "
                           "a.channel_id, u.product_id, ")
            + startDay + QStringLiteral(", ")
            + QuantityParts::sql(QStringLiteral("u.quantity_whole"),
                                 QStringLiteral("u.quantity_micros"), QStringLiteral("SUM(%1)"))
            + QStringLiteral(", COUNT(*)") + source + singleDay + QStringLiteral(" AND NOT ")
            + moved + QStringLiteral(" GROUP BY 1, 2, 3"));
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
            + QStringLiteral(" AND NOT ") + moved
            + QStringLiteral(") days GROUP BY account_id, product_id"));
        if (!activity)
            return activity.error();
    }

    // The few records that cross a day boundary, and those of moved accounts, go through the
    // builder.
    auto builder = UsageRollupBuilder::create(connection);
    if (!builder)
        return builder.error();
    auto spanning = connection.exec(QStringLiteral("SELECT u.id, a.channel_id, u.account_id, "
                                                   "u.product_id, u.start_at, u.end_at, "
                                                   "u.quantity_whole, u.quantity_micros")
                                    + source + QStringLiteral("(NOT (") + singleDay
                                    + QStringLiteral(") OR ") + moved + u')');
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
