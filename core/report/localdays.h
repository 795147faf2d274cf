#pragma once

#include "time/businesscalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cs {

// Maps instants to local day numbers of one business time zone (days since 1970-01-01, as in
// BusinessCalendar::dayNumber), in C++ and as SQL, for the report and its rollups. Instants are
// assumed to lie after 1970 (integer division truncates towards zero in SQL).
class LocalDays
{
public:
    explicit LocalDays(BusinessCalendar calendar);

    const BusinessCalendar &calendar() const { return m_calendar; }

    // The local day number of an instant; caches the offset spans around it.
    qint64 dayOf(qint64 instantMs);
    // The first instant of a local day number.
    qint64 startOf(qint64 dayNumber) const;

    // A month index year * 12 + month - 1 of a local day, and its first day number.
    static qint64 monthOf(qint64 dayNumber);
    static qint64 firstDayOfMonth(qint64 monthIndex);

    // An SQL expression giving the local day number of the integer expression `column`, exact
    // for instants within [fromMs, toMs): one CASE branch per UTC offset span.
    QString sql(const QString &column, qint64 fromMs, qint64 toMs) const;

private:
    BusinessCalendar m_calendar;
    QList<BusinessCalendar::OffsetSpan> m_spans;
};

} // namespace cs
