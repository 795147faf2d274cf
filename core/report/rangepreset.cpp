#include "rangepreset.h"

namespace cs {

std::pair<QDate, QDate> RangePresets::range(RangePreset preset, QDate today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case RangePreset::LastMonth:
        return { monthStart.addMonths(-1), monthStart.addDays(-1) };
    case RangePreset::ThisMonth:
        return { monthStart, today };
    case RangePreset::Last7Days:
        return { today.addDays(-7), today.addDays(-1) };
    case RangePreset::LastQuarter: {
        const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return { quarterStart.addMonths(-3), quarterStart.addDays(-1) };
    }
    case RangePreset::YearToDate:
        return { QDate(today.year(), 1, 1), today };
    case RangePreset::Last12Months:
        return { monthStart.addMonths(-12), monthStart.addDays(-1) };
    case RangePreset::PreviousYear:
        return { QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31) };
    case RangePreset::Custom:
        break;
    }
    return {};
}

QString RangePresets::id(RangePreset preset)
{
    switch (preset) {
    case RangePreset::LastMonth:
        return QStringLiteral("last-month");
    case RangePreset::ThisMonth:
        return QStringLiteral("this-month");
    case RangePreset::Last7Days:
        return QStringLiteral("last-7-days");
    case RangePreset::LastQuarter:
        return QStringLiteral("last-quarter");
    case RangePreset::YearToDate:
        return QStringLiteral("year-to-date");
    case RangePreset::Last12Months:
        return QStringLiteral("last-12-months");
    case RangePreset::PreviousYear:
        return QStringLiteral("previous-year");
    case RangePreset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<RangePreset> RangePresets::fromId(const QString &id)
{
    for (RangePreset preset : all) {
        if (RangePresets::id(preset) == id)
            return preset;
    }
    return std::nullopt;
}

} // namespace cs
