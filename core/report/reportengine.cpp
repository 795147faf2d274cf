#include "reportengine.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "import/fieldparser.h"
#include "localdays.h"
#include "membership.h"
#include "numeric/currency.h"
#include "numeric/exactrational.h"
#include "numeric/quantity.h"
#include "usagerollup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

namespace cs {

namespace {

constexpr int s_usageScale = 6;

// An exact sum: a 128-bit Decimal while the parts are Decimals that fit, an unbounded Rational
// for prorated parts and on overflow. Never rounds.
class ExactSum
{
public:
    void add(const Decimal &value)
    {
        if (const auto sum = m_fast.plus(value))
            m_fast = *sum;
        else
            add(toRational(value));
    }
    void add(const Rational &value)
    {
        if (m_slow)
            *m_slow += value;
        else
            m_slow = value;
    }
    void add(const ExactSum &other)
    {
        add(other.m_fast);
        if (other.m_slow)
            add(*other.m_slow);
    }
    ExactSum times(const Decimal &factor) const
    {
        ExactSum product;
        if (const auto fast = m_fast.times(factor))
            product.m_fast = *fast;
        else
            product.add(toRational(m_fast) * toRational(factor));
        if (m_slow)
            product.add(*m_slow * toRational(factor));
        return product;
    }
    std::optional<Decimal> rounded(int scale) const
    {
        if (!m_slow)
            return m_fast.withScale(scale);
        return roundHalfEven(toRational(m_fast) + *m_slow, scale);
    }

private:
    Decimal m_fast;
    std::optional<Rational> m_slow;
};

struct ChannelInfo
{
    qint64 id = 0;
    qint64 groupId = 0; // current; 0: none
    QString code;
    QString name;
    QString groupCode;
    QString groupName;
    QString currency;
    int minorUnits = 2;
};

struct ProductInfo
{
    QString code;
    QString name;
    QString category;
    QString uom;
};

// A record that crosses a business-day boundary (or the range boundary), fetched on its own.
struct SpanningRecord
{
    qint64 owner = 0; // channel or account id, by what the report groups
    qint64 productId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    Decimal quantity;
};

// Usage per owner (channel or account) and product, per local day number.
using DaySums = std::map<qint64, ExactSum>;
using OwnerProduct = std::pair<qint64, qint64>;
using Collected = std::map<OwnerProduct, DaySums>;

// Distinct accounts with usage overlapping the range: per channel and product, and per channel
// over all products (an account that uses several products counts once there).
struct AccountCounts
{
    std::map<OwnerProduct, qint64> perLine;
    std::map<qint64, qint64> perChannel;
};

// The effective-dated rates, read once per report (a few rows).
class RateBook
{
    Q_DECLARE_TR_FUNCTIONS(cs::RateBook)
public:
    Status load(Connection &connection)
    {
        auto q
            = connection.exec(QStringLiteral("SELECT product_id, currency, rate, "
                                             "effective_from, channel_id FROM rate ORDER BY id"));
        if (!q)
            return q.error();
        while (q->next()) {
            const QString rateText = q->value(2).toString();
            const QString fromText = q->value(3).toString();
            const auto rate = Decimal::parse(rateText);
            const QDate from = QDate::fromString(fromText, Qt::ISODate);
            if (!rate || !from.isValid())
                return Error { tr("the rate table holds an invalid rate \"%1\" from \"%2\"")
                                   .arg(rateText, fromText) };
            const qint64 channel = q->value(4).isNull() ? 0 : q->value(4).toLongLong();
            m_rates[{ q->value(0).toLongLong(), q->value(1).toString(), channel }].push_back(
                { BusinessCalendar::dayNumber(from), *rate });
        }
        q->finish();
        for (auto &[key, rows] : m_rates)
            std::stable_sort(rows.begin(), rows.end(),
                             [](const Row &a, const Row &b) { return a.day < b.day; });
        return success();
    }

    // The rate of a product for a channel on a local day: the channel's own rate with the
    // latest effective_from on or before the day, else the default card's; nullptr if none.
    const Decimal *find(qint64 productId, const QString &currency, qint64 channelId,
                        qint64 day) const
    {
        if (const Decimal *own = latest(productId, currency, channelId, day))
            return own;
        return latest(productId, currency, 0, day);
    }

private:
    struct Row
    {
        qint64 day;
        Decimal rate;
    };
    const Decimal *latest(qint64 productId, const QString &currency, qint64 channelId,
                          qint64 day) const
    {
        const auto it = m_rates.find({ productId, currency, channelId });
        if (it == m_rates.end())
            return nullptr;
        const auto &rows = it->second;
        auto after = std::upper_bound(rows.begin(), rows.end(), day,
                                      [](qint64 d, const Row &row) { return d < row.day; });
        return after == rows.begin() ? nullptr : &(after - 1)->rate;
    }

    std::map<std::tuple<qint64, QString, qint64>, std::vector<Row>> m_rates;
};

QString idList(const QList<ChannelInfo> &channels)
{
    QStringList ids;
    for (const ChannelInfo &channel : channels)
        ids << QString::number(channel.id);
    return ids.join(u',');
}

// The quantity of the QuantityParts in columns first .. first + 3 of the current row.
std::optional<Decimal> quantityOfParts(const QSqlQuery &q, int first)
{
    const QVariant values[QuantityParts::Count]
        = { q.value(first), q.value(first + 1), q.value(first + 2), q.value(first + 3) };
    const auto parts = QuantityParts::fromValues(values);
    return parts ? parts->toDecimal() : std::nullopt;
}

QString dayList(const QList<qint64> &days)
{
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
            ++j;
        const QString first = BusinessCalendar::dateOfDayNumber(days[i]).toString(Qt::ISODate);
        parts << (i == j ? first
                         : first + QStringLiteral("..")
                          + BusinessCalendar::dateOfDayNumber(days[j]).toString(Qt::ISODate));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

// Everything one report run needs, so the engine's public methods stay short.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(cs::Run)
public:
    Run(Connection &connection, const std::function<void(int)> &progress,
        const std::function<bool()> &canceled)
        : m_connection(connection)
        , m_progress(progress)
        , m_canceled(canceled)
    { }

    Status prepare(const ReportRequest &request, ReportEngine::Source source);
    Status loadChannels(const ReportRequest &request);
    Status collect(Collected &collected, AccountCounts &accounts);
    void attributeMoved(Collected &collected, AccountCounts *accounts, bool ownerIsAccount);
    Status restrictToGroup(Collected &collected, AccountCounts &accounts);
    Status collectRaw(const QString &ownerColumn, qint64 productId, Collected &collected,
                      AccountCounts *accounts);
    Status collectRollups(Collected &collected, AccountCounts &accounts);
    Result<ReportResult> buildReport(const Collected &collected, const AccountCounts &accounts);

    bool canceled() const { return m_canceled && m_canceled(); }
    void progress(int value) const
    {
        if (m_progress)
            m_progress(value);
    }

    Connection &m_connection;
    const std::function<void(int)> &m_progress;
    const std::function<bool()> &m_canceled;

    ReportRequest m_request;
    QString m_scopeName;
    QList<ChannelInfo> m_channels;
    QHash<qint64, ProductInfo> m_products;
    RateBook m_rates;
    MembershipHistory m_history;
    qint64 m_groupId = 0; // the billing group of the scope (of a channel: on the last day)
    QString m_movedAccounts; // id list of the moved accounts of the scope's channels
    ReportEngine::Source m_source = ReportEngine::Source::Automatic;
    std::optional<LocalDays> m_days;
    bool m_useRollups = false;
    QDate m_from; // the requested range within the import window
    QDate m_to;
    bool m_emptyRange = false; // the requested range lies outside the window
    qint64 m_fromMs = 0; // R0
    qint64 m_toMs = 0; // R1, exclusive
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;

private:
    void prorate(const SpanningRecord &record, DaySums &target);
    Status readSpanning(QSqlQuery &q, Collected &collected);
};

Status Run::prepare(const ReportRequest &request, ReportEngine::Source source)
{
    m_request = request;
    m_source = source;
    if (request.code.isEmpty())
        return Error { request.scope == ReportScope::Channel ? tr("no channel code given")
                                                             : tr("no billing group code given") };
    if (!request.from.isValid() || !request.to.isValid())
        return Error { tr("the report range needs a valid first and last date") };
    if (request.from > request.to)
        return Error { tr("the first date %1 is after the last date %2")
                           .arg(request.from.toString(Qt::ISODate),
                                request.to.toString(Qt::ISODate)) };

    const auto businessZoneId = Configuration::value(m_connection, Configuration::BusinessTimeZone);
    if (!businessZoneId)
        return businessZoneId.error();
    if (m_request.timeZoneId.isEmpty())
        m_request.timeZoneId = *businessZoneId;
    const auto zone = Configuration::timeZoneFromId(m_request.timeZoneId);
    if (!zone)
        return zone.error();
    const bool businessZone = m_request.timeZoneId == *businessZoneId;
    if (source == ReportEngine::Source::Rollups && !businessZone)
        return Error { tr("the usage rollups are kept in the business time zone %1, not in %2")
                           .arg(*businessZoneId, m_request.timeZoneId) };
    m_useRollups = source == ReportEngine::Source::Rollups
        || (source == ReportEngine::Source::Automatic && businessZone);
    if (m_useRollups && source == ReportEngine::Source::Automatic) {
        // Empty rollups over existing records (migrations 0002 and 0005) until the next
        // rebuild: read the raw records rather than report nothing.
        const auto missing = UsageRollup::isMissing(m_connection);
        if (!missing)
            return missing.error();
        m_useRollups = !*missing;
    }

    m_days.emplace(BusinessCalendar(*zone));
    // Usage lies within the import window (a day of margin for the zone's offset): a longer
    // range costs no more memory or time than the window.
    m_from = std::max(request.from, QDate(FieldParser::FirstAcceptedYear, 1, 1).addDays(-1));
    m_to = std::min(request.to, QDate(FieldParser::LastAcceptedYear, 12, 31).addDays(1));
    m_emptyRange = m_from > m_to;
    if (m_emptyRange)
        m_to = m_from;
    m_fromMs = m_days->calendar().dayStart(m_from);
    m_toMs = m_days->calendar().dayStart(m_to.addDays(1));
    m_firstDay = BusinessCalendar::dayNumber(m_from);
    m_lastDay = BusinessCalendar::dayNumber(m_to);

    if (const Status loaded = m_history.load(m_connection); !loaded)
        return loaded;
    if (const Status loaded = loadChannels(request); !loaded)
        return loaded;

    auto products
        = m_connection.exec(QStringLiteral("SELECT id, code, name, category, uom FROM product"));
    if (!products)
        return products.error();
    while (products->next())
        m_products.insert(products->value(0).toLongLong(),
                          { products->value(1).toString(), products->value(2).toString(),
                            products->value(3).toString(), products->value(4).toString() });
    products->finish();
    return m_rates.load(m_connection);
}

// The channels of the scope: the channel, or every channel that belonged to the billing group
// at some time (days outside its membership are dropped after collecting, restrictToGroup()).
// The billing group of a line is the group of the scope, or for a channel report the channel's
// group on the range's last day. Also the moved accounts that belonged to one of the channels.
Status Run::loadChannels(const ReportRequest &request)
{
    const QString channelColumns
        = QStringLiteral("SELECT c.id, c.code, c.name, COALESCE(g.code, ''), COALESCE(g.name, ''), "
                         "c.currency, c.billing_group_id FROM channel c LEFT JOIN billing_group g "
                         "ON g.id = ");
    Result<QSqlQuery> q = Error {};
    if (request.scope == ReportScope::Channel) {
        const QVariant channelId = [&]() -> QVariant {
            auto found = m_connection.exec(QStringLiteral("SELECT id, billing_group_id FROM "
                                                          "channel WHERE code = ?"),
                                           { request.code });
            if (!found || !found->next())
                return {};
            const qint64 id = found->value(0).toLongLong();
            const qint64 current = found->value(1).isNull() ? 0 : found->value(1).toLongLong();
            found->finish();
            m_groupId = m_history.groupOn(id, m_lastDay, current);
            return id;
        }();
        if (!channelId.isValid())
            return Error { tr("unknown channel \"%1\"").arg(request.code) };
        q = m_connection.exec(channelColumns + QStringLiteral("? WHERE c.id = ?"),
                              { m_groupId, channelId });
    } else {
        auto group = m_connection.exec(
            QStringLiteral("SELECT id, name FROM billing_group WHERE code = ?"), { request.code });
        if (!group)
            return group.error();
        if (!group->next())
            return Error { tr("unknown billing group \"%1\"").arg(request.code) };
        m_scopeName = group->value(1).toString();
        m_groupId = group->value(0).toLongLong();
        // On PostgreSQL a forward-only query streams its rows: finish it before the next one.
        group->finish();
        q = m_connection.exec(channelColumns
                                  + QStringLiteral("? WHERE c.billing_group_id = ? OR c.id IN "
                                                   "(SELECT channel_id FROM channel_membership "
                                                   "WHERE billing_group_id = ?) ORDER BY c.code"),
                              { m_groupId, m_groupId, m_groupId });
    }
    if (!q)
        return q.error();
    std::set<qint64> channelIds;
    while (q->next()) {
        ChannelInfo channel {
            q->value(0).toLongLong(), q->value(6).isNull() ? 0 : q->value(6).toLongLong(),
            q->value(1).toString(),   q->value(2).toString(),
            q->value(3).toString(),   q->value(4).toString(),
            q->value(5).toString()
        };
        channel.minorUnits = Currency::find(channel.currency).value_or(Currency {}).minorUnits;
        channelIds.insert(channel.id);
        m_channels << channel;
    }
    q->finish();
    if (request.scope == ReportScope::Channel)
        m_scopeName = m_channels.isEmpty() ? QString() : m_channels.first().name;
    QStringList moved;
    for (const auto &[account, channel] : m_history.movedAccountChannels()) {
        if (channelIds.contains(channel)
            && (moved.isEmpty() || moved.last() != QString::number(account)))
            moved << QString::number(account);
    }
    m_movedAccounts = moved.join(u',');
    return success();
}

void Run::prorate(const SpanningRecord &record, DaySums &target)
{
    const qint64 first = std::max(m_firstDay, m_days->dayOf(record.startMs));
    const qint64 last = std::min(m_lastDay, m_days->dayOf(record.endMs - 1));
    const BigInt units = toBigInt(record.quantity.units());
    const BigInt denominator = BigInt(record.endMs - record.startMs)
        * toBigInt(decimal::powerOfTen(record.quantity.scale()));
    qint64 dayStart = m_days->startOf(first);
    for (qint64 day = first; day <= last; ++day) {
        const qint64 nextStart = m_days->startOf(day + 1);
        const qint64 overlap
            = std::min(record.endMs, nextStart) - std::max(record.startMs, dayStart);
        if (overlap > 0)
            target[day].add(Rational(units * overlap, denominator));
        dayStart = nextStart;
    }
}

Status Run::readSpanning(QSqlQuery &q, Collected &collected)
{
    qint64 rows = 0;
    while (q.next()) {
        if (++rows % 1024 == 0 && canceled())
            return Error { ReportEngine::canceledMessage() };
        const StoredQuantity stored { q.value(4).toLongLong(), q.value(5).toLongLong() };
        const SpanningRecord record { q.value(0).toLongLong(), q.value(1).toLongLong(),
                                      q.value(2).toLongLong(), q.value(3).toLongLong(),
                                      stored.toDecimal() };
        prorate(record, collected[{ record.owner, record.productId }]);
    }
    q.finish();
    return success();
}

// Groups the raw usage records in SQL. ownerColumn is a.channel_id (report) or u.account_id
// (breakdown); productId 0 means every product.
Status Run::collectRaw(const QString &ownerColumn, qint64 productId, Collected &collected,
                       AccountCounts *accounts)
{
    const QString startDay = m_days->sql(QStringLiteral("u.start_at"), m_fromMs, m_toMs);
    const QString endDay = m_days->sql(QStringLiteral("(u.end_at - 1)"), m_fromMs, m_toMs);
    const QString from = QString::number(m_fromMs);
    const QString to = QString::number(m_toMs);
    const QString singleDay = QStringLiteral("u.start_at >= ") + from
        + QStringLiteral(" AND u.end_at <= ") + to + QStringLiteral(" AND ") + startDay
        + QStringLiteral(" = ") + endDay;
    // Moved accounts are collected under -account id and attributed per day afterwards.
    QString filter = QStringLiteral(" FROM usage_record u JOIN account a ON a.id = u.account_id "
                                    "WHERE (a.channel_id IN (")
        + idList(m_channels) + u')';
    QString owner = ownerColumn;
    QString stableOnly;
    if (!m_movedAccounts.isEmpty()) {
        const QString moved = QStringLiteral("u.account_id IN (") + m_movedAccounts + u')';
        filter += QStringLiteral(" OR ") + moved;
        owner = QStringLiteral("CASE WHEN ") + moved + QStringLiteral(" THEN -u.account_id ELSE ")
            + ownerColumn + QStringLiteral(" END");
        stableOnly = QStringLiteral(" AND NOT ") + moved;
    }
    filter += u')';
    if (productId != 0)
        filter += QStringLiteral(" AND u.product_id = ") + QString::number(productId);

    auto daily = m_connection.exec(
        QStringLiteral("SELECT ") + owner + QStringLiteral(", u.product_id, ") + startDay
        + QStringLiteral(", ")
        + QuantityParts::sql(QStringLiteral("u.quantity_whole"),
                             QStringLiteral("u.quantity_micros"),
                             QStringLiteral("CAST(SUM(%1) AS TEXT)"))
        + filter + QStringLiteral(" AND ") + singleDay + QStringLiteral(" GROUP BY 1, 2, 3"));
    if (!daily)
        return canceled() ? Status(Error { ReportEngine::canceledMessage() }) : daily.error();
    while (daily->next()) {
        const auto quantity = quantityOfParts(*daily, 3);
        if (!quantity)
            return Error { tr("usage sum out of range") };
        collected[{ daily->value(0).toLongLong(), daily->value(1).toLongLong() }]
                 [daily->value(2).toLongLong()]
                     .add(*quantity);
    }
    daily->finish();
    if (canceled())
        return Error { ReportEngine::canceledMessage() };
    progress(50);

    auto spanning = m_connection.exec(
        QStringLiteral("SELECT ") + owner
        + QStringLiteral(", u.product_id, u.start_at, u.end_at, u.quantity_whole, "
                         "u.quantity_micros")
        + filter + QStringLiteral(" AND u.start_at < ") + to + QStringLiteral(" AND u.end_at > ")
        + from + QStringLiteral(" AND NOT (") + singleDay + u')');
    if (!spanning)
        return canceled() ? Status(Error { ReportEngine::canceledMessage() }) : spanning.error();
    if (const Status read = readSpanning(*spanning, collected); !read)
        return read;
    if (canceled())
        return Error { ReportEngine::canceledMessage() };
    progress(70);

    if (accounts) {
        // The distinct (channel, product, account) triples, counted here both per line and per
        // channel: one pass over the records instead of two.
        auto active = m_connection.exec(
            QStringLiteral("SELECT DISTINCT a.channel_id, u.product_id, u.account_id") + filter
            + stableOnly + QStringLiteral(" AND u.start_at < ") + to
            + QStringLiteral(" AND u.end_at > ") + from);
        if (!active)
            return canceled() ? Status(Error { ReportEngine::canceledMessage() }) : active.error();
        std::set<OwnerProduct> channelAccounts; // (channel, account)
        while (active->next()) {
            const qint64 channel = active->value(0).toLongLong();
            ++accounts->perLine[{ channel, active->value(1).toLongLong() }];
            channelAccounts.insert({ channel, active->value(2).toLongLong() });
        }
        active->finish();
        for (const auto &[channel, account] : channelAccounts)
            ++accounts->perChannel[channel];
    }
    if (canceled())
        return Error { ReportEngine::canceledMessage() };
    progress(90);
    attributeMoved(collected, accounts, ownerColumn == QStringLiteral("u.account_id"));
    return success();
}

// Usage of the scope's channels, attributed to the channel of each day, per channel and
// product; accounts counted per line and per channel.
Status Run::collect(Collected &collected, AccountCounts &accounts)
{
    if (m_channels.isEmpty() || m_emptyRange)
        return success();
    const Status collectedOk = m_useRollups
        ? collectRollups(collected, accounts)
        : collectRaw(QStringLiteral("a.channel_id"), 0, collected, &accounts);
    if (!collectedOk)
        return collectedOk;
    return restrictToGroup(collected, accounts);
}

// Moves the usage collected under -account id (moved accounts) to the channel of each day, or
// back to the account for a breakdown; only days on which the account belonged to a channel of
// the scope count. Counts those accounts per line and per channel.
void Run::attributeMoved(Collected &collected, AccountCounts *accounts, bool ownerIsAccount)
{
    std::set<qint64> scope;
    for (const ChannelInfo &channel : std::as_const(m_channels))
        scope.insert(channel.id);
    std::set<std::tuple<qint64, qint64, qint64>> lineAccounts; // channel, product, account
    std::set<OwnerProduct> channelAccounts; // channel, account
    for (auto it = collected.begin(); it != collected.end() && it->first.first < 0;) {
        const qint64 account = -it->first.first;
        const qint64 product = it->first.second;
        const DaySums days = std::move(it->second);
        it = collected.erase(it);
        for (const auto &[day, sum] : days) {
            const qint64 channel = m_history.channelOn(account, day, 0);
            if (!scope.contains(channel))
                continue;
            collected[{ ownerIsAccount ? account : channel, product }][day].add(sum);
            lineAccounts.insert({ channel, product, account });
            channelAccounts.insert({ channel, account });
        }
    }
    if (!accounts)
        return;
    for (const auto &[channel, product, account] : lineAccounts)
        ++accounts->perLine[{ channel, product }];
    for (const auto &[channel, account] : channelAccounts)
        ++accounts->perChannel[channel];
}

// In a billing-group report, a channel that moved counts only on the days it belonged to the
// group; its accounts are those with usage between its first and last such day of the range.
Status Run::restrictToGroup(Collected &collected, AccountCounts &accounts)
{
    if (m_request.scope != ReportScope::BillingGroup)
        return success();
    for (const ChannelInfo &channel : std::as_const(m_channels)) {
        if (!m_history.channelMoved(channel.id))
            continue;
        const auto runs = m_history.daysInGroup(channel.id, m_groupId, m_firstDay, m_lastDay);
        if (runs.size() == 1 && runs.front() == std::pair(m_firstDay, m_lastDay))
            continue;
        const auto inGroup = [&runs](qint64 day) {
            return std::any_of(runs.begin(), runs.end(), [day](const auto &run) {
                return day >= run.first && day <= run.second;
            });
        };
        auto it = collected.lower_bound({ channel.id, std::numeric_limits<qint64>::min() });
        while (it != collected.end() && it->first.first == channel.id) {
            std::erase_if(it->second, [&](const auto &day) { return !inGroup(day.first); });
            it = it->second.empty() ? collected.erase(it) : std::next(it);
        }
        std::erase_if(accounts.perLine,
                      [&](const auto &line) { return line.first.first == channel.id; });
        accounts.perChannel.erase(channel.id);
        if (runs.empty())
            continue;
        ReportRequest member = m_request;
        member.scope = ReportScope::Channel;
        member.code = channel.code;
        member.from = BusinessCalendar::dateOfDayNumber(runs.front().first);
        member.to = BusinessCalendar::dateOfDayNumber(runs.back().second);
        member.compare = ComparisonKind::None;
        static const std::function<void(int)> noProgress;
        Run run(m_connection, noProgress, m_canceled);
        Collected unused;
        AccountCounts counted;
        if (const Status prepared = run.prepare(member, m_source); !prepared)
            return prepared;
        if (const Status done = run.collect(unused, counted); !done)
            return done;
        for (const auto &[line, count] : counted.perLine)
            accounts.perLine[line] = count;
        for (const auto &[id, count] : counted.perChannel)
            accounts.perChannel[id] = count;
    }
    return success();
}

Status Run::collectRollups(Collected &collected, AccountCounts &accounts)
{
    const QString channels = idList(m_channels);
    auto daily = m_connection.exec(
        QStringLiteral("SELECT channel_id, product_id, day, quantity_e12, quantity_e6, "
                       "quantity_e0, quantity_micros FROM usage_daily WHERE channel_id IN (")
        + channels + QStringLiteral(") AND day >= ") + QString::number(m_firstDay)
        + QStringLiteral(" AND day <= ") + QString::number(m_lastDay));
    if (!daily)
        return canceled() ? Status(Error { ReportEngine::canceledMessage() }) : daily.error();
    OwnerProduct lastKey { -1, -1 };
    DaySums *sums = nullptr;
    while (daily->next()) {
        const OwnerProduct key { daily->value(0).toLongLong(), daily->value(1).toLongLong() };
        if (key != lastKey) {
            sums = &collected[key];
            lastKey = key;
        }
        const auto quantity = quantityOfParts(*daily, 3);
        if (!quantity)
            return Error { tr("usage sum out of range") };
        (*sums)[daily->value(2).toLongLong()].add(*quantity);
    }
    daily->finish();
    if (canceled())
        return Error { ReportEngine::canceledMessage() };
    progress(50);

    // A record that crosses a day boundary of a moved account is attributed per day.
    const QString moved = QStringLiteral("account_id IN (") + m_movedAccounts + u')';
    auto spanning = m_connection.exec(
        QStringLiteral("SELECT ")
        + (m_movedAccounts.isEmpty() ? QStringLiteral("channel_id")
                                     : QStringLiteral("CASE WHEN ") + moved
                   + QStringLiteral(" THEN -account_id ELSE channel_id END"))
        + QStringLiteral(", product_id, start_at, end_at, quantity_whole, quantity_micros FROM "
                         "usage_spanning WHERE (channel_id IN (")
        + channels + u')' + (m_movedAccounts.isEmpty() ? QString() : QStringLiteral(" OR ") + moved)
        + QStringLiteral(") AND start_at < ") + QString::number(m_toMs)
        + QStringLiteral(" AND end_at > ") + QString::number(m_fromMs));
    if (!spanning)
        return canceled() ? Status(Error { ReportEngine::canceledMessage() }) : spanning.error();
    if (const Status read = readSpanning(*spanning, collected); !read)
        return read;
    attributeMoved(collected, nullptr, false);
    progress(70);

    // Distinct accounts: a bit per day of the month, masked at the first and last month.
    const QDate from = m_from;
    const QDate to = m_to;
    const qint64 firstMonth = qint64(from.year()) * 12 + from.month() - 1;
    const qint64 lastMonth = qint64(to.year()) * 12 + to.month() - 1;
    auto bitsFrom = [](int day) { return (qint64(1) << 31) - (qint64(1) << (day - 1)); };
    auto bitsTo = [](int day) { return (qint64(1) << day) - 1; };
    qint64 firstMask = bitsFrom(from.day());
    const qint64 lastMask = bitsTo(to.day());
    if (firstMonth == lastMonth)
        firstMask &= lastMask;
    // The activity rows of alias x that have a day in the range.
    const auto activeIn = [&](const QString &x) -> QString {
        return x + QStringLiteral(".month >= ") + QString::number(firstMonth)
            + QStringLiteral(" AND ") + x + QStringLiteral(".month <= ")
            + QString::number(lastMonth)
            + QStringLiteral(" AND (CASE WHEN %5.month = %1 THEN %5.day_bits & %2 WHEN %5.month = "
                             "%3 THEN %5.day_bits & %4 ELSE %5.day_bits END) <> 0")
                  .arg(firstMonth)
                  .arg(firstMask)
                  .arg(lastMonth)
                  .arg(lastMask)
                  .arg(x);
    };
    auto counted = m_connection.exec(
        QStringLiteral("SELECT x.channel_id, x.product_id, COUNT(DISTINCT x.account_id) "
                       "FROM usage_activity x WHERE x.channel_id IN (")
        + channels + QStringLiteral(") AND ") + activeIn(QStringLiteral("x"))
        + QStringLiteral(" GROUP BY 1, 2"));
    if (!counted)
        return canceled() ? Status(Error { ReportEngine::canceledMessage() }) : counted.error();
    while (counted->next())
        accounts.perLine[{ counted->value(0).toLongLong(), counted->value(1).toLongLong() }]
            = counted->value(2).toLongLong();
    counted->finish();
    if (canceled())
        return Error { ReportEngine::canceledMessage() };

    // Per channel over all products: one probe per account of the scope on the primary key
    // (account_id, ...), a few ms, where COUNT(DISTINCT) over the channel index sorts every
    // activity row of the range. "+x.channel_id" keeps SQLite's planner off that index.
    // The members are the accounts of the channels now and, for those that moved, then.
    auto perChannel = m_connection.exec(
        QStringLiteral("SELECT m.channel_id, COUNT(*) FROM (SELECT a.id AS account_id, "
                       "a.channel_id FROM account a WHERE a.channel_id IN (")
        + channels
        + QStringLiteral(") UNION SELECT account_id, channel_id FROM account_membership WHERE "
                         "channel_id IN (")
        + channels
        + QStringLiteral(")) m WHERE EXISTS (SELECT 1 FROM usage_activity x WHERE x.account_id = "
                         "m.account_id AND +x.channel_id = m.channel_id AND ")
        + activeIn(QStringLiteral("x")) + QStringLiteral(") GROUP BY 1"));
    if (!perChannel)
        return canceled() ? Status(Error { ReportEngine::canceledMessage() }) : perChannel.error();
    while (perChannel->next())
        accounts.perChannel[perChannel->value(0).toLongLong()] = perChannel->value(1).toLongLong();
    perChannel->finish();
    if (canceled())
        return Error { ReportEngine::canceledMessage() };
    progress(90);
    return success();
}

struct Merged
{
    ExactSum usage;
    ExactSum spend;
    bool missingRate = false;
    qint64 accounts = 0;
};

// Turns the collected exact sums into the report's lines: per channel and product, per product
// (over the billing group's channels) and per day. Every amount is rounded once, at the end.
class ReportAssembly
{
    Q_DECLARE_TR_FUNCTIONS(cs::Run)
public:
    explicit ReportAssembly(const Run &run)
        : m_run(run)
    {
        m_result.request = run.m_request;
        m_result.scopeName = run.m_scopeName;
        for (const ChannelInfo &channel : std::as_const(run.m_channels)) {
            m_channels.insert(channel.id, &channel);
            if (!m_currencies.contains(channel.currency))
                m_currencies << channel.currency;
        }
    }

    Result<ReportResult> build(const Collected &collected, const AccountCounts &accounts)
    {
        countAccounts(accounts);
        for (const auto &[key, days] : collected) {
            if (const Status added = addChannelLine(key, days, accounts); !added)
                return added.error();
        }
        std::sort(m_result.channelLines.begin(), m_result.channelLines.end(),
                  [](const ReportLine &a, const ReportLine &b) {
                      return std::tie(a.channelCode, a.productCode, a.currency)
                          < std::tie(b.channelCode, b.productCode, b.currency);
                  });
        if (m_run.m_request.scope == ReportScope::Channel) {
            m_result.productLines = m_result.channelLines;
        } else if (const Status added = addProductLines(); !added) {
            return added.error();
        }
        if (const Status added = addDailyPoints(); !added)
            return added.error();
        return std::move(m_result);
    }

private:
    // Rounds a line's exact sums, once: usage to 6 decimals, spend (unless some usage had no
    // rate) to the currency's minor unit.
    static Status round(const Merged &sum, int minorUnits, Decimal &usage,
                        std::optional<Decimal> &spend)
    {
        const auto roundedUsage = sum.usage.rounded(s_usageScale);
        const auto roundedSpend = sum.spend.rounded(minorUnits);
        if (!roundedUsage || (!sum.missingRate && !roundedSpend))
            return Error { tr("a report amount is beyond 38 digits") };
        usage = *roundedUsage;
        if (!sum.missingRate)
            spend = *roundedSpend;
        return success();
    }

    void countAccounts(const AccountCounts &accounts)
    {
        for (const auto &[channelId, count] : accounts.perChannel) {
            const ChannelInfo *channel = m_channels.value(channelId);
            if (!channel || count == 0)
                continue;
            m_result.channelAccounts.insert(channel->code, count);
            m_result.accounts += count;
        }
    }

    // Sums one channel's product over its days (and into the per-product and daily totals).
    Merged sumDays(const ChannelInfo &channel, const OwnerProduct &key, const DaySums &days,
                   int currencyIndex)
    {
        Merged line;
        QList<qint64> missingDays;
        for (const auto &[day, quantity] : days) {
            line.usage.add(quantity);
            Merged &point = m_daily[{ day, key.second, currencyIndex }];
            point.usage.add(quantity);
            const Decimal *rate = m_run.m_rates.find(key.second, channel.currency, channel.id, day);
            if (!rate) {
                missingDays << day;
                point.missingRate = true;
                continue;
            }
            const ExactSum spend = quantity.times(*rate);
            line.spend.add(spend);
            point.spend.add(spend);
        }
        line.missingRate = !missingDays.isEmpty();
        if (line.missingRate) {
            const ProductInfo product = m_run.m_products.value(key.second);
            m_result.warnings << tr("no %1 rate for product %2 (%3) in channel %4 (%5) on %6: "
                                    "its spend is left empty")
                                     .arg(channel.currency, product.name, product.code,
                                          channel.name, channel.code, dayList(missingDays));
        }
        return line;
    }

    Status addChannelLine(const OwnerProduct &key, const DaySums &days,
                          const AccountCounts &accounts)
    {
        const ChannelInfo *channel = m_channels.value(key.first);
        if (!channel)
            return success();
        const ProductInfo product = m_run.m_products.value(key.second);
        m_minorUnits.insert(channel->currency, channel->minorUnits);
        Merged line = sumDays(*channel, key, days, int(m_currencies.indexOf(channel->currency)));
        const auto counted = accounts.perLine.find(key);
        line.accounts = counted != accounts.perLine.end() ? counted->second : 0;

        ReportLine out;
        out.channelCode = channel->code;
        out.channelName = channel->name;
        out.billingGroupCode = channel->groupCode;
        out.billingGroupName = channel->groupName;
        out.productCode = product.code;
        out.productName = product.name;
        out.productCategory = product.category;
        out.uom = product.uom;
        out.currency = channel->currency;
        out.accounts = line.accounts;
        if (const Status rounded = round(line, channel->minorUnits, out.usage, out.spend); !rounded)
            return rounded;
        m_result.channelLines << out;

        Merged &total = m_merged[{ product.code, channel->currency }];
        total.usage.add(line.usage);
        total.spend.add(line.spend);
        total.missingRate = total.missingRate || line.missingRate;
        total.accounts += line.accounts;
        return success();
    }

    Status addProductLines()
    {
        QHash<QString, const ProductInfo *> productsByCode;
        for (const ProductInfo &product : std::as_const(m_run.m_products))
            productsByCode.insert(product.code, &product);
        for (const auto &[key, total] : m_merged) {
            const ProductInfo *product = productsByCode.value(key.first);
            ReportLine out;
            out.billingGroupCode = m_run.m_request.code;
            out.billingGroupName = m_run.m_scopeName;
            out.productCode = key.first;
            if (product) {
                out.productName = product->name;
                out.productCategory = product->category;
                out.uom = product->uom;
            }
            out.currency = key.second;
            out.accounts = total.accounts;
            if (const Status rounded
                = round(total, m_minorUnits.value(key.second, 2), out.usage, out.spend);
                !rounded)
                return rounded;
            m_result.productLines << out;
        }
        return success();
    }

    Status addDailyPoints()
    {
        for (const auto &[key, point] : m_daily) {
            DailyPoint out;
            out.date = BusinessCalendar::dateOfDayNumber(std::get<0>(key));
            out.productCode = m_run.m_products.value(std::get<1>(key)).code;
            out.currency = m_currencies.at(std::get<2>(key));
            if (const Status rounded
                = round(point, m_minorUnits.value(out.currency, 2), out.usage, out.spend);
                !rounded)
                return rounded;
            m_result.daily << out;
        }
        std::sort(m_result.daily.begin(), m_result.daily.end(),
                  [](const DailyPoint &a, const DailyPoint &b) {
                      return std::tie(a.date, a.productCode, a.currency)
                          < std::tie(b.date, b.productCode, b.currency);
                  });
        return success();
    }

    const Run &m_run;
    ReportResult m_result;
    QHash<qint64, const ChannelInfo *> m_channels;
    QStringList m_currencies;
    QHash<QString, int> m_minorUnits;
    std::map<std::pair<QString, QString>, Merged> m_merged; // (product code, currency)
    // (day, product id, currency index): integer keys, sorted by code at the end.
    std::map<std::tuple<qint64, qint64, int>, Merged> m_daily;
};

Result<ReportResult> Run::buildReport(const Collected &collected, const AccountCounts &accounts)
{
    return ReportAssembly(*this).build(collected, accounts);
}

} // namespace

ReportEngine::ReportEngine(Connection &connection)
    : m_connection(connection)
{ }

QString ReportEngine::canceledMessage()
{
    return tr("canceled");
}

Result<ReportResult> ReportEngine::run(const ReportRequest &request)
{
    Run run(m_connection, m_progress, m_canceled);
    run.progress(0);
    if (const Status prepared = run.prepare(request, m_source); !prepared)
        return prepared.error();
    if (run.canceled())
        return Error { canceledMessage() };
    run.progress(10);

    Collected collected;
    AccountCounts accounts;
    if (const Status collectedOk = run.collect(collected, accounts); !collectedOk)
        return collectedOk.error();
    auto result = run.buildReport(collected, accounts);
    if (result && request.compare != ComparisonKind::None) {
        auto comparison = compare(*result, request.compare);
        if (!comparison)
            return comparison.error();
        result->comparison = std::move(comparison).value();
    }
    run.progress(100);
    return result;
}

Result<ReportComparison> ReportEngine::compare(const ReportResult &current, ComparisonKind kind)
{
    if (kind == ComparisonKind::None)
        return ReportComparison();
    const auto dataStart = firstUsageDay(current.request.timeZoneId);
    if (!dataStart)
        return dataStart.error();
    const ReportRequest period = Comparison::period(current.request, kind);
    if (!dataStart->isValid() || period.from < *dataStart)
        return Comparison::uncovered(current.request, kind, *dataStart);
    auto previous = run(period);
    if (!previous)
        return previous.error();
    return Comparison::compare(current, *previous, kind, *dataStart);
}

Result<QDate> ReportEngine::firstUsageDay(const QString &zoneId)
{
    QString id = zoneId;
    if (id.isEmpty()) {
        const auto business = Configuration::value(m_connection, Configuration::BusinessTimeZone);
        if (!business)
            return business.error();
        id = *business;
    }
    const auto zone = Configuration::timeZoneFromId(id);
    if (!zone)
        return zone.error();
    auto q = m_connection.exec(QStringLiteral("SELECT MIN(start_at) FROM usage_record"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QDate();
    return QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), *zone).date();
}

namespace {

// The account rows of a breakdown: code, name and channel per account id.
struct AccountInfo
{
    QString code;
    QString name;
    qint64 channelId = 0;
};

// The raw usage of one product per account and business day, with what is needed to price it.
struct AccountUsage
{
    qint64 productId = 0;
    Collected collected; // (account id, product id) -> day -> usage
    QHash<qint64, AccountInfo> accounts;
    QHash<qint64, const ChannelInfo *> channels;
};

Result<QHash<qint64, AccountInfo>> readAccounts(Connection &connection,
                                                const QList<ChannelInfo> &channels,
                                                const QString &movedAccounts)
{
    auto q = connection.exec(
        QStringLiteral("SELECT id, code, name, channel_id FROM account WHERE channel_id IN (")
        + idList(channels) + u')'
        + (movedAccounts.isEmpty() ? QString()
                                   : QStringLiteral(" OR id IN (") + movedAccounts + u')'));
    if (!q)
        return q.error();
    QHash<qint64, AccountInfo> accounts;
    while (q->next())
        accounts.insert(
            q->value(0).toLongLong(),
            { q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong() });
    q->finish();
    return accounts;
}

// Prepares `run` for the breakdown's range and collects the product's usage per account; an
// empty scope or range leaves `usage.collected` empty.
Status collectAccountUsage(Run &run, Connection &connection, const AccountBreakdownRequest &request,
                           AccountUsage &usage)
{
    if (const Status prepared = run.prepare(request.report, ReportEngine::Source::Raw); !prepared)
        return prepared;
    for (auto it = run.m_products.cbegin(); it != run.m_products.cend(); ++it) {
        if (it->code == request.productCode)
            usage.productId = it.key();
    }
    if (usage.productId == 0)
        return Error { ReportEngine::tr("unknown product \"%1\"").arg(request.productCode) };
    if (run.m_channels.isEmpty() || run.m_emptyRange)
        return success();
    if (const Status ok
        = run.collectRaw(QStringLiteral("u.account_id"), usage.productId, usage.collected, nullptr);
        !ok)
        return ok;
    for (const ChannelInfo &channel : std::as_const(run.m_channels))
        usage.channels.insert(channel.id, &channel);
    auto accounts = readAccounts(connection, run.m_channels, run.m_movedAccounts);
    if (!accounts)
        return accounts.error();
    usage.accounts = std::move(*accounts);
    return success();
}

// Rounds the exact usage and spend of one line: usage to 6 decimals, spend to the currency's
// minor unit, spend empty when some day had no rate.
Status roundLine(const ExactSum &usage, const ExactSum &spend, bool missingRate, int minorUnits,
                 Decimal &usageOut, std::optional<Decimal> &spendOut)
{
    const auto roundedUsage = usage.rounded(s_usageScale);
    if (!roundedUsage)
        return Error { ReportEngine::tr("a report amount is beyond 38 digits") };
    usageOut = *roundedUsage;
    spendOut.reset();
    if (!missingRate) {
        const auto roundedSpend = spend.rounded(minorUnits);
        if (!roundedSpend)
            return Error { ReportEngine::tr("a report amount is beyond 38 digits") };
        spendOut = *roundedSpend;
    }
    return success();
}

} // namespace

Result<QList<AccountLine>> ReportEngine::breakdown(const AccountBreakdownRequest &request)
{
    Run run(m_connection, m_progress, m_canceled);
    run.progress(0);
    AccountUsage usage;
    if (const Status collected = collectAccountUsage(run, m_connection, request, usage); !collected)
        return collected.error();
    QList<AccountLine> lines;
    for (const auto &[key, days] : usage.collected) {
        const AccountInfo account = usage.accounts.value(key.first);
        // A moved account shows with its channel of the range's last day with usage.
        const ChannelInfo *channel = days.empty()
            ? nullptr
            : usage.channels.value(
                run.m_history.channelOn(key.first, days.rbegin()->first, account.channelId));
        if (!channel || (!request.currency.isEmpty() && channel->currency != request.currency))
            continue;
        ExactSum usageSum;
        ExactSum spend;
        bool missingRate = false;
        for (const auto &[day, quantity] : days) {
            usageSum.add(quantity);
            const ChannelInfo *dayChannel
                = usage.channels.value(run.m_history.channelOn(key.first, day, account.channelId));
            if (!dayChannel)
                dayChannel = channel;
            if (const Decimal *rate
                = run.m_rates.find(usage.productId, dayChannel->currency, dayChannel->id, day))
                spend.add(quantity.times(*rate));
            else
                missingRate = true;
        }
        AccountLine line;
        line.accountCode = account.code;
        line.accountName = account.name;
        line.channelCode = channel->code;
        line.currency = channel->currency;
        if (const Status rounded
            = roundLine(usageSum, spend, missingRate, channel->minorUnits, line.usage, line.spend);
            !rounded)
            return rounded.error();
        lines << line;
    }
    std::sort(lines.begin(), lines.end(), [](const AccountLine &a, const AccountLine &b) {
        return a.accountCode < b.accountCode;
    });
    run.progress(100);
    return lines;
}

Result<QList<DailyPoint>> ReportEngine::accountDays(const AccountBreakdownRequest &request,
                                                    const QString &accountCode)
{
    Run run(m_connection, m_progress, m_canceled);
    run.progress(0);
    AccountUsage usage;
    if (const Status collected = collectAccountUsage(run, m_connection, request, usage); !collected)
        return collected.error();
    QList<DailyPoint> points;
    for (const auto &[key, days] : usage.collected) {
        const AccountInfo account = usage.accounts.value(key.first);
        if (account.code != accountCode)
            continue;
        for (const auto &[day, quantity] : days) {
            const ChannelInfo *channel
                = usage.channels.value(run.m_history.channelOn(key.first, day, account.channelId));
            if (!channel)
                continue;
            DailyPoint point;
            point.date = BusinessCalendar::dateOfDayNumber(day);
            point.productCode = request.productCode;
            point.currency = channel->currency;
            const Decimal *rate
                = run.m_rates.find(usage.productId, channel->currency, channel->id, day);
            if (const Status rounded
                = roundLine(quantity, rate ? quantity.times(*rate) : ExactSum(), !rate,
                            channel->minorUnits, point.usage, point.spend);
                !rounded)
                return rounded.error();
            points << point;
        }
    }
    std::sort(points.begin(), points.end(),
              [](const DailyPoint &a, const DailyPoint &b) { return a.date < b.date; });
    run.progress(100);
    return points;
}

} // namespace cs
