#include "exportchanges.h"

#include "db/connection.h"
#include "report/membership.h"
#include "time/businesscalendar.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace cs {

namespace {

// Per exported date: the watermark of each channel's last COMPLETED run, and the lowest of them
// (for a channel without a run of its own: it had no row when the date was exported).
struct DateWatermarks
{
    QHash<qint64, qint64> byChannel;
    qint64 lowest = std::numeric_limits<qint64>::max();

    qint64 of(qint64 channelId) const { return byChannel.value(channelId, lowest); }
};

Result<QMap<QDate, DateWatermarks>> readWatermarks(Connection &connection,
                                                   const QList<QDate> &exported)
{
    auto q = connection.exec(
        QStringLiteral("SELECT r.business_date, c.channel_id, MAX(r.change_watermark) FROM "
                       "export_run r JOIN export_run_channel c ON c.run_id = r.id WHERE c.status "
                       "= 'COMPLETED' AND r.status <> 'RUNNING' AND r.run_trigger <> 'test' AND "
                       "r.business_date >= ? AND r.business_date <= ? GROUP BY r.business_date, "
                       "c.channel_id"),
        { exported.first().toString(Qt::ISODate), exported.last().toString(Qt::ISODate) });
    if (!q)
        return q.error();
    const QSet<QDate> wanted(exported.cbegin(), exported.cend());
    QMap<QDate, DateWatermarks> result;
    while (q->next()) {
        const QDate date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        if (!wanted.contains(date))
            continue;
        DateWatermarks &marks = result[date];
        const qint64 watermark = q->value(2).toLongLong();
        marks.byChannel.insert(q->value(1).toLongLong(), watermark);
        marks.lowest = std::min(marks.lowest, watermark);
    }
    return result;
}

struct ChangedDocuments
{
    QHash<QString, bool> added; // stream + external id -> added after the export
};

// Which channels must have re-sent a logged document's date: the channel its account had on the
// date exports it now; for an account that moved, any other channel it ever had may still hold it
// in files sent before the move was imported (a retroactive move), so those count too. The log
// does not say which channel had the document when it was sent; a date re-sent in full covers
// them all.
class ExportingChannels
{
public:
    Status load(Connection &connection)
    {
        if (const Status loaded = m_history.load(connection); !loaded)
            return loaded;
        for (const auto &[account, channel] : m_history.movedAccountChannels())
            m_everHad[account].append(channel);
        return success();
    }

    // Whether a run of the date for each of those channels has delivered the log row.
    bool delivered(qint64 rowId, qint64 accountId, qint64 currentChannel, QDate date,
                   const DateWatermarks &marks) const
    {
        const qint64 owner
            = m_history.channelOn(accountId, BusinessCalendar::dayNumber(date), currentChannel);
        if (rowId > marks.of(owner))
            return false;
        const QList<qint64> others = m_everHad.value(accountId);
        return std::all_of(others.cbegin(), others.cend(),
                           [&](qint64 channel) { return rowId <= marks.of(channel); });
    }

private:
    MembershipHistory m_history;
    QHash<qint64, QList<qint64>> m_everHad; // moved account -> every channel it had
};

} // namespace

QString ExportDateChanges::text() const
{
    return tr("changed since export: %1 added, %2 changed").arg(added).arg(changed);
}

Result<QMap<QDate, ExportDateChanges>> changedSinceExport(Connection &connection,
                                                          const BusinessCalendar &calendar,
                                                          const QList<QDate> &exported)
{
    QMap<QDate, ExportDateChanges> result;
    if (exported.isEmpty())
        return result;
    auto watermarks = readWatermarks(connection, exported);
    if (!watermarks)
        return watermarks.error();
    if (watermarks->isEmpty())
        return result;
    qint64 lowest = std::numeric_limits<qint64>::max();
    for (const DateWatermarks &marks : std::as_const(*watermarks))
        lowest = std::min(lowest, marks.lowest);
    ExportingChannels channels;
    if (const Status loaded = channels.load(connection); !loaded)
        return loaded.error();
    auto q = connection.exec(
        QStringLiteral("SELECT d.id, d.posted_at, a.channel_id, d.kind, d.stream, d.external_id, "
                       "d.account_id FROM document_change d JOIN account a ON a.id = "
                       "d.account_id WHERE "
                       "d.posted_at >= ? AND d.posted_at < ? AND d.id > ?"),
        { calendar.dayStart(watermarks->firstKey()),
          calendar.dayStart(watermarks->lastKey().addDays(1)), lowest });
    if (!q)
        return q.error();
    QMap<QDate, ChangedDocuments> changed;
    while (q->next()) {
        const QDate date = calendar.dateAt(q->value(1).toLongLong());
        const auto marks = watermarks->constFind(date);
        if (marks == watermarks->cend()
            || channels.delivered(q->value(0).toLongLong(), q->value(6).toLongLong(),
                                  q->value(2).toLongLong(), date, *marks))
            continue;
        bool &added = changed[date].added[q->value(4).toString() + u'\n' + q->value(5).toString()];
        added = added || q->value(3).toString() == u"added";
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        ExportDateChanges &counts = result[it.key()];
        for (const bool added : it->added)
            ++(added ? counts.added : counts.changed);
    }
    return result;
}

} // namespace cs
