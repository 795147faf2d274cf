#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>

#include <unordered_map>
#include <vector>

namespace cs {

class Connection;

// Effective-dated membership (migration 0007): the channel of an account and the billing group
// of a channel per business day. A membership applies from its effective_from day until the
// next one; before the first one, the first one applies. Accounts and channels with at most one
// membership row never moved: their current column (account.channel_id,
// channel.billing_group_id) is their membership on every day, and they are not loaded.
class MembershipHistory
{
public:
    // effective_from of a membership "from the beginning".
    static QString beginning() { return QStringLiteral("0001-01-01"); }
    // The local day number of an effective_from text; false for an invalid date.
    static bool dayOf(const QString &effectiveFrom, qint64 &day);

    // Reads the memberships of every account and channel that has more than one.
    Status load(Connection &connection);

    bool accountMoved(qint64 accountId) const { return m_accounts.contains(accountId); }
    bool channelMoved(qint64 channelId) const { return m_channels.contains(channelId); }
    // The channel of the account on the local day; `current` for an account that never moved.
    qint64 channelOn(qint64 accountId, qint64 day, qint64 current) const
    {
        return valueOn(m_accounts, accountId, day, current);
    }
    // The billing group (0: none) of the channel on the day; `current` if it never moved.
    qint64 groupOn(qint64 channelId, qint64 day, qint64 current) const
    {
        return valueOn(m_channels, channelId, day, current);
    }
    // The accounts that moved, with every channel they ever belonged to.
    std::vector<std::pair<qint64, qint64>> movedAccountChannels() const;
    // The days [first, last] of the range on which the moved channel is in the billing group,
    // as maximal runs.
    std::vector<std::pair<qint64, qint64>> daysInGroup(qint64 channelId, qint64 groupId,
                                                       qint64 first, qint64 last) const;

private:
    struct Step
    {
        qint64 day;
        qint64 value;
    };
    using Timelines = std::unordered_map<qint64, std::vector<Step>>;
    static qint64 valueOn(const Timelines &timelines, qint64 id, qint64 day, qint64 current);
    static Status loadTimelines(Connection &connection, const QString &sql, Timelines &timelines);

    Timelines m_accounts; // account id -> channel id per day
    Timelines m_channels; // channel id -> billing group id (0: none) per day
};

} // namespace cs
