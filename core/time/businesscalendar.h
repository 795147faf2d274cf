#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace cs {

// Business days in the business time zone. Day D covers [start of D, start of D+1): 24 hours
// on most days, 23 or 25 around a daylight-saving change. Instants are UTC milliseconds since
// the epoch, as stored in the database.
class BusinessCalendar
{
public:
    explicit BusinessCalendar(QTimeZone zone = QTimeZone::utc());

    const QTimeZone &zone() const { return m_zone; }

    // The first instant of the day (00:00, or the first valid time where 00:00 is skipped).
    qint64 dayStart(QDate date) const;
    // The business day that contains the instant.
    QDate dateAt(qint64 instantMs) const;
    // The business day before the one containing `now` (the export job's default date).
    QDate yesterday(qint64 nowMs) const;

    // A stretch of time with one UTC offset. Within it, the local day number of an instant t is
    // floor((t + offsetMs) / 86'400'000), which lets SQL group by business day with plain
    // integer arithmetic, one CASE branch per daylight-saving change.
    struct OffsetSpan
    {
        qint64 fromMs; // inclusive
        qint64 toMs; // exclusive
        qint64 offsetMs;
    };
    // The spans that cover [fromMs, toMs), in order.
    QList<OffsetSpan> offsetSpans(qint64 fromMs, qint64 toMs) const;

    // Days since 1970-01-01 of a date, and back: the local day numbers of offsetSpans().
    static qint64 dayNumber(QDate date);
    static QDate dateOfDayNumber(qint64 dayNumber);
    // A business date written strictly as YYYY-MM-DD; invalid otherwise (QDate alone accepts
    // other forms).
    static QDate parseDate(const QString &text);

private:
    QTimeZone m_zone;
};

} // namespace cs
