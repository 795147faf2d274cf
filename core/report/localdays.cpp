#include "localdays.h"

#include <algorithm>

namespace cs {

namespace {
constexpr qint64 s_dayMs = 86'400'000;
constexpr qint64 s_cacheMarginMs = 400 * s_dayMs;
} // namespace

LocalDays::LocalDays(BusinessCalendar calendar)
    : m_calendar(std::move(calendar))
{ }

qint64 LocalDays::dayOf(qint64 instantMs)
{
    auto contains = [instantMs](const BusinessCalendar::OffsetSpan &span) {
        return span.fromMs <= instantMs && instantMs < span.toMs;
    };
    auto it = std::upper_bound(
        m_spans.cbegin(), m_spans.cend(), instantMs,
        [](qint64 t, const BusinessCalendar::OffsetSpan &span) { return t < span.fromMs; });
    if (it == m_spans.cbegin() || !contains(*(it - 1))) {
        m_spans = m_calendar.offsetSpans(instantMs - s_cacheMarginMs, instantMs + s_cacheMarginMs);
        it = std::upper_bound(
            m_spans.cbegin(), m_spans.cend(), instantMs,
            [](qint64 t, const BusinessCalendar::OffsetSpan &span) { return t < span.fromMs; });
    }
    const qint64 local = instantMs + (it - 1)->offsetMs;
    // Floor division, so that the C++ side is right even before 1970.
    return local >= 0 ? local / s_dayMs : -((-local + s_dayMs - 1) / s_dayMs);
}

qint64 LocalDays::startOf(qint64 dayNumber) const
{
    return m_calendar.dayStart(BusinessCalendar::dateOfDayNumber(dayNumber));
}

qint64 LocalDays::monthOf(qint64 dayNumber)
{
    const QDate date = BusinessCalendar::dateOfDayNumber(dayNumber);
    return qint64(date.year()) * 12 + date.month() - 1;
}

qint64 LocalDays::firstDayOfMonth(qint64 monthIndex)
{
    const int year = int(monthIndex / 12);
    const int month = int(monthIndex % 12) + 1;
    return BusinessCalendar::dayNumber(QDate(year, month, 1));
}

QString LocalDays::sql(const QString &column, qint64 fromMs, qint64 toMs) const
{
    const auto spans = m_calendar.offsetSpans(fromMs, std::max(toMs, fromMs + 1));
    auto branch = [&column](qint64 offsetMs) {
        return QStringLiteral("((%1 + %2) / %3)").arg(column).arg(offsetMs).arg(s_dayMs);
    };
    if (spans.size() == 1)
        return branch(spans.first().offsetMs);
    QString expression = QStringLiteral("(CASE");
    for (qsizetype i = 0; i + 1 < spans.size(); ++i)
        expression += QStringLiteral(" WHEN %1 < %2 THEN %3")
                          .arg(column)
                          .arg(spans[i].toMs)
                          .arg(branch(spans[i].offsetMs));
    expression += QStringLiteral(" ELSE %1 END)").arg(branch(spans.last().offsetMs));
    return expression;
}

} // namespace cs
