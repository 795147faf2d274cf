#include "membershipimport.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "documentupsert.h"
#include "importcontext.h"
#include "importer.h"
#include "report/membership.h"
#include "report/usagerollup.h"
#include "time/businesscalendar.h"

#include <QVariant>

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace cs {

namespace {

// What differs between the memberships of channels and of accounts.
struct Kind
{
    const char *table;
    const char *idColumn;
    const char *valueColumn;
    const char *currentTable;
};
constexpr Kind s_channelKind { "channel_membership", "channel_id", "billing_group_id", "channel" };
constexpr Kind s_accountKind { "account_membership", "account_id", "channel_id", "account" };

using Timeline = std::map<QString, qint64>; // effective_from -> value (0: none)

qint64 valueOn(const Timeline &timeline, const QString &date)
{
    if (timeline.empty())
        return 0;
    const auto after = timeline.upper_bound(date);
    return after == timeline.begin() ? after->second : std::prev(after)->second;
}

// The stretches [from, to) of days on which the two timelines differ, as effective_from texts;
// an empty text is the open end (before the first date, after the last).
std::vector<std::pair<QString, QString>> differingDays(const Timeline &before,
                                                       const Timeline &after)
{
    std::vector<QString> starts { QString() };
    for (const Timeline *timeline : { &before, &after }) {
        for (const auto &[from, value] : *timeline)
            starts.push_back(from);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::vector<std::pair<QString, QString>> stretches;
    for (size_t i = 0; i < starts.size(); ++i) {
        const QString end = i + 1 < starts.size() ? starts[i + 1] : QString();
        if (valueOn(before, starts[i]) == valueOn(after, starts[i]))
            continue;
        if (!stretches.empty() && stretches.back().second == starts[i])
            stretches.back().second = end;
        else
            stretches.emplace_back(starts[i], end);
    }
    return stretches;
}

QVariant valueVariant(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

// One channel's or account's memberships: as stored, as in effect before the import (the
// current column where nothing is stored) and after it.
struct Member
{
    qint64 id = 0;
    QString code;
    Timeline stored;
    Timeline before;
    Timeline after;
    QString firstChange; // the earliest effective_from whose membership changed; empty: none
};

// A usage record of a moved account, re-attributed to the channels of its days.
struct MovedRecord
{
    qint64 id;
    qint64 productId;
    qint64 startMs;
    qint64 endMs;
    StoredQuantity quantity;
};

class Applier
{
public:
    Applier(ImportContext &context, MembershipImport &memberships)
        : m_context(context)
        , m_memberships(memberships)
    { }

    Status run();

private:
    Result<std::map<QString, Member>> collect(const std::vector<PendingMembership> &pending,
                                              const Kind &kind, const ImportReferenceMap &ids,
                                              const QHash<qint64, qint64> &before);
    Status write(const Kind &kind, const Member &member);
    void describe(const Member &member, bool channel);
    Result<std::vector<MovedRecord>> recordsFrom(const Member &account);
    Status feed(const Member &account, const std::vector<MovedRecord> &records, bool add);
    Status logMovedDocuments(const Member &account);
    QString codeOf(const ImportReferenceMap &map, qint64 id) const;

    ImportContext &m_context;
    MembershipImport &m_memberships;
    std::optional<BusinessCalendar> m_calendar;
};

// Every stored membership of the kind, per id: one query, not one per row of the file.
Result<std::unordered_map<qint64, Timeline>> loadStored(Connection &db, const Kind &kind)
{
    auto q = db.exec(QStringLiteral("SELECT %1, effective_from, %2 FROM %3")
                         .arg(QLatin1StringView(kind.idColumn), QLatin1StringView(kind.valueColumn),
                              QLatin1StringView(kind.table)));
    if (!q)
        return q.error();
    std::unordered_map<qint64, Timeline> stored;
    while (q->next())
        stored[q->value(0).toLongLong()][q->value(1).toString()]
            = q->value(2).isNull() ? 0 : q->value(2).toLongLong();
    q->finish();
    return stored;
}

Result<std::map<QString, Member>> Applier::collect(const std::vector<PendingMembership> &pending,
                                                   const Kind &kind, const ImportReferenceMap &ids,
                                                   const QHash<qint64, qint64> &before)
{
    std::map<QString, Member> members;
    if (pending.empty())
        return members;
    CS_IMPORT_TRY(stored, loadStored(m_context.connection(), kind));
    for (const PendingMembership &wanted : pending) {
        const auto found = ids.find(wanted.code.toStdString());
        if (found == ids.end())
            continue; // the files resolved every code already
        Member &member = members[wanted.code];
        if (member.id == 0) {
            member.id = found->second.id;
            member.code = wanted.code;
            if (const auto rows = stored->find(member.id); rows != stored->end())
                member.stored = rows->second;
            member.before = member.stored;
            if (member.before.empty() && before.contains(member.id))
                member.before[MembershipHistory::beginning()] = before.value(member.id);
            member.after = member.before;
        }
        if (!wanted.implied)
            member.after[wanted.effectiveFrom] = wanted.value;
        else if (member.before.empty())
            member.after[MembershipHistory::beginning()] = wanted.value; // a new code
        else if (valueOn(member.after, m_memberships.today) != wanted.value)
            member.after[m_memberships.today] = wanted.value;
    }
    for (auto &[code, member] : members) {
        for (const auto &[from, value] : member.after) {
            const auto same = member.before.find(from);
            if (same != member.before.end() && same->second == value)
                continue;
            if (!member.before.empty()
                && (member.firstChange.isEmpty() || from < member.firstChange))
                member.firstChange = from;
        }
    }
    return members;
}

Status Applier::write(const Kind &kind, const Member &member)
{
    Connection &db = m_context.connection();
    const QString upsert = QStringLiteral("INSERT INTO %1 (%2, effective_from, %3) VALUES (?, ?, "
                                          "?) ON CONFLICT (%2, effective_from) DO UPDATE SET %3 "
                                          "= excluded.%3")
                               .arg(QLatin1StringView(kind.table), QLatin1StringView(kind.idColumn),
                                    QLatin1StringView(kind.valueColumn));
    for (const auto &[from, value] : member.after) {
        const auto stored = member.stored.find(from);
        if (stored != member.stored.end() && stored->second == value)
            continue;
        if (auto done = db.exec(upsert, { member.id, from, valueVariant(value) }); !done)
            return done.error();
    }
    auto current = db.exec(
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
            .arg(QLatin1StringView(kind.currentTable), QLatin1StringView(kind.valueColumn)),
        { valueVariant(valueOn(member.after, m_memberships.today)), member.id });
    return current ? success() : Status(current.error());
}

QString Applier::codeOf(const ImportReferenceMap &map, qint64 id) const
{
    if (id == 0)
        return Importer::tr("(none)");
    for (const auto &[code, reference] : map) {
        if (reference.id == id)
            return QString::fromStdString(code);
    }
    return QString::number(id);
}

// "CODE: billing group OLD -> NEW from DATE" for every membership of an existing code that
// changed.
void Applier::describe(const Member &member, bool channel)
{
    if (member.before.empty())
        return;
    const ImportReferenceMap &names = channel ? m_context.billingGroups : m_context.channels;
    for (const auto &[from, value] : member.after) {
        const qint64 old = valueOn(member.before, from);
        const auto same = member.before.find(from);
        if (old == value && (same == member.before.end() || same->second == value))
            continue;
        const QString when = from == MembershipHistory::beginning()
            ? Importer::tr("from the beginning")
            : Importer::tr("from %1").arg(from);
        m_memberships.changes << (channel ? Importer::tr("%1: billing group %2 -> %3 %4")
                                          : Importer::tr("%1: channel %2 -> %3 %4"))
                                     .arg(member.code, codeOf(names, old), codeOf(names, value),
                                          when);
    }
}

Result<std::vector<MovedRecord>> Applier::recordsFrom(const Member &account)
{
    qint64 fromMs = std::numeric_limits<qint64>::min();
    if (account.firstChange != MembershipHistory::beginning())
        fromMs = m_calendar->dayStart(QDate::fromString(account.firstChange, Qt::ISODate));
    auto q = m_context.connection().exec(
        QStringLiteral("SELECT id, product_id, start_at, end_at, quantity_whole, quantity_micros "
                       "FROM usage_record WHERE account_id = ? AND end_at > ?"),
        { account.id, fromMs });
    if (!q)
        return q.error();
    std::vector<MovedRecord> records;
    while (q->next())
        records.push_back({ q->value(0).toLongLong(),
                            q->value(1).toLongLong(),
                            q->value(2).toLongLong(),
                            q->value(3).toLongLong(),
                            { q->value(4).toLongLong(), q->value(5).toLongLong() } });
    q->finish();
    return records;
}

Status Applier::feed(const Member &account, const std::vector<MovedRecord> &records, bool add)
{
    const Timeline &timeline = add ? account.after : account.before;
    const qint64 current = valueOn(timeline, m_memberships.today);
    UsageRollupBuilder &rollups = *m_context.rollups;
    for (const MovedRecord &r : records) {
        if (add)
            rollups.add(r.id, current, account.id, r.productId, r.startMs, r.endMs, r.quantity);
        else
            rollups.subtract(r.id, current, account.id, r.productId, r.startMs, r.endMs,
                             r.quantity);
    }
    return success();
}

// The export reads document_change to find exported dates whose files changed: the moved
// account's documents on the days whose channel changed now go to another channel.
Status Applier::logMovedDocuments(const Member &account)
{
    constexpr qint64 first = std::numeric_limits<qint64>::min();
    const auto instant = [this](const QString &date, qint64 open) {
        if (date.isEmpty())
            return open;
        if (date == MembershipHistory::beginning())
            return first;
        return m_calendar->dayStart(QDate::fromString(date, Qt::ISODate));
    };
    for (const auto &[from, to] : differingDays(account.before, account.after)) {
        if (const Status logged = DocumentChangeLog::logAccountDays(
                m_context.connection(), account.id, instant(from, first),
                instant(to, std::numeric_limits<qint64>::max()));
            !logged)
            return logged;
    }
    return success();
}

Status Applier::run()
{
    const auto zone = Configuration::businessTimeZone(m_context.connection());
    if (!zone)
        return zone.error();
    m_calendar.emplace(*zone);

    CS_IMPORT_TRY(channels,
                  collect(m_memberships.channels, s_channelKind, m_context.channels,
                          m_memberships.channelGroupsBefore));
    for (const auto &[code, channel] : *channels) {
        describe(channel, true);
        if (const Status written = write(s_channelKind, channel); !written)
            return written;
    }
    CS_IMPORT_TRY(accounts,
                  collect(m_memberships.accounts, s_accountKind, m_context.accounts,
                          m_memberships.accountChannelsBefore));
    // Usage of the moved accounts leaves the rollups under the old history ...
    const bool reattribute = !m_context.rebuildRollups;
    std::map<qint64, std::vector<MovedRecord>> moved;
    for (const auto &[code, account] : *accounts) {
        describe(account, false);
        if (!reattribute || account.firstChange.isEmpty())
            continue;
        CS_IMPORT_TRY(records, recordsFrom(account));
        if (const Status fed = feed(account, *records, false); !fed)
            return fed;
        moved[account.id] = std::move(*records);
    }
    for (const auto &[code, account] : *accounts) {
        if (const Status written = write(s_accountKind, account); !written)
            return written;
        if (account.firstChange.isEmpty())
            continue;
        if (const Status logged = logMovedDocuments(account); !logged)
            return logged;
    }
    // ... and comes back under the new one.
    if (const Status reloaded = m_context.rollups->reloadMemberships(); !reloaded)
        return reloaded;
    for (const auto &[code, account] : *accounts) {
        if (const auto records = moved.find(account.id); records != moved.end()) {
            if (const Status fed = feed(account, records->second, true); !fed)
                return fed;
        }
    }
    return m_context.loadReferences(m_context.accounts,
                                    QStringLiteral("SELECT code, id, channel_id FROM account"));
}

} // namespace

Status MembershipImport::apply(ImportContext &context)
{
    if (isEmpty())
        return success();
    Applier applier(context, *this);
    const Status applied = applier.run();
    channels.clear();
    accounts.clear();
    return applied;
}

} // namespace cs
