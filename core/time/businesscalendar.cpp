#include "businesscalendar.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cs {

namespace {
constexpr qint64 s_unixEpochJulianDay = 2440588;
}

BusinessCalendar::BusinessCalendar(QTimeZone zone)
    : m_zone(std::move(zone))
{ }

qint64 BusinessCalendar::dayStart(QDate date) const
{
    return date.startOfDay(m_zone).toMSecsSinceEpoch();
}

QDate BusinessCalendar::dateAt(qint64 instantMs) const
{
    return QDateTime::fromMSecsSinceEpoch(instantMs, m_zone).date();
}

QDate BusinessCalendar::yesterday(qint64 nowMs) const
{
    return dateAt(nowMs).addDays(-1);
}

QList<BusinessCalendar::OffsetSpan> BusinessCalendar::offsetSpans(qint64 fromMs, qint64 toMs) const
{
    QList<OffsetSpan> spans;
    if (fromMs >= toMs)
        return spans;
    auto offsetAt = [this](qint64 ms) {
        return qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())))
            * 1000;
    };
    qint64 spanStart = fromMs;
    qint64 offset = offsetAt(fromMs);
    if (m_zone.hasTransitions()) {
        const auto transitions
            = m_zone.transitions(QDateTime::fromMSecsSinceEpoch(fromMs + 1, QTimeZone::utc()),
                                 QDateTime::fromMSecsSinceEpoch(toMs - 1, QTimeZone::utc()));
        for (const QTimeZone::OffsetData &transition : transitions) {
            const qint64 at = transition.atUtc.toMSecsSinceEpoch();
            const qint64 newOffset = qint64(transition.offsetFromUtc) * 1000;
            if (at <= spanStart || at >= toMs || newOffset == offset)
                continue;
            spans.append({ spanStart, at, offset });
            spanStart = at;
            offset = newOffset;
        }
    }
    spans.append({ spanStart, toMs, offset });
    return spans;
}

qint64 BusinessCalendar::dayNumber(QDate date)
{
    return date.toJulianDay() - s_unixEpochJulianDay;
}

QDate BusinessCalendar::dateOfDayNumber(qint64 dayNumber)
{
    return QDate::fromJulianDay(dayNumber + s_unixEpochJulianDay);
}

QDate BusinessCalendar::parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace cs
