#include "membership.h"

#include "db/connection.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace cs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::MembershipHistory)
};

} // namespace

bool MembershipHistory::dayOf(const QString &effectiveFrom, qint64 &day)
{
    const QDate date = QDate::fromString(effectiveFrom, Qt::ISODate);
    if (!date.isValid())
        return false;
    day = BusinessCalendar::dayNumber(date);
    return true;
}

Status MembershipHistory::loadTimelines(Connection &connection, const QString &sql,
                                        Timelines &timelines)
{
    timelines.clear();
    auto q = connection.exec(sql);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString from = q->value(2).toString();
        qint64 day = 0;
        if (!dayOf(from, day))
            return Error { Tr::tr("the membership table holds an invalid date \"%1\"").arg(from) };
        timelines[q->value(0).toLongLong()].push_back(
            { day, q->value(1).isNull() ? 0 : q->value(1).toLongLong() });
    }
    q->finish();
    return success();
}

Status MembershipHistory::load(Connection &connection)
{
    if (const Status accounts = loadTimelines(
            connection,
            QStringLiteral("SELECT account_id, channel_id, effective_from FROM account_membership "
                           "WHERE account_id IN (SELECT account_id FROM account_membership GROUP "
                           "BY account_id HAVING COUNT(*) > 1) ORDER BY account_id, "
                           "effective_from"),
            m_accounts);
        !accounts)
        return accounts;
    return loadTimelines(connection,
                         QStringLiteral("SELECT channel_id, billing_group_id, effective_from FROM "
                                        "channel_membership WHERE channel_id IN (SELECT "
                                        "channel_id FROM channel_membership GROUP BY channel_id "
                                        "HAVING COUNT(*) > 1) ORDER BY channel_id, effective_from"),
                         m_channels);
}

qint64 MembershipHistory::valueOn(const Timelines &timelines, qint64 id, qint64 day, qint64 current)
{
    const auto found = timelines.find(id);
    if (found == timelines.end())
        return current;
    const std::vector<Step> &steps = found->second;
    const auto after = std::upper_bound(steps.begin(), steps.end(), day,
                                        [](qint64 d, const Step &step) { return d < step.day; });
    return after == steps.begin() ? steps.front().value : (after - 1)->value;
}

std::vector<std::pair<qint64, qint64>> MembershipHistory::movedAccountChannels() const
{
    std::vector<std::pair<qint64, qint64>> pairs;
    for (const auto &[account, steps] : m_accounts) {
        for (const Step &step : steps)
            pairs.emplace_back(account, step.value);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

std::vector<std::pair<qint64, qint64>>
MembershipHistory::daysInGroup(qint64 channelId, qint64 groupId, qint64 first, qint64 last) const
{
    std::vector<std::pair<qint64, qint64>> runs;
    const auto found = m_channels.find(channelId);
    if (found == m_channels.end())
        return runs;
    const std::vector<Step> &steps = found->second;
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].value != groupId)
            continue;
        // The first step also covers the days before it.
        const qint64 from = std::max(first, i == 0 ? first : steps[i].day);
        const qint64 to = std::min(last, i + 1 < steps.size() ? steps[i + 1].day - 1 : last);
        if (from > to)
            continue;
        if (!runs.empty() && runs.back().second + 1 == from)
            runs.back().second = to;
        else
            runs.emplace_back(from, to);
    }
    return runs;
}

} // namespace cs
