#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <utility>

namespace cs {

// A report range relative to today (in the business time zone), or Custom: fixed dates.
enum class RangePreset {
    LastMonth,
    ThisMonth,
    Last7Days,
    LastQuarter, // the previous whole quarter
    YearToDate,
    Last12Months, // the twelve whole months before this one
    PreviousYear,
    Custom
};

namespace RangePresets {

// Every preset, in the order the range selector lists them.
constexpr RangePreset all[] { RangePreset::LastMonth,    RangePreset::ThisMonth,
                              RangePreset::Last7Days,    RangePreset::LastQuarter,
                              RangePreset::YearToDate,   RangePreset::Last12Months,
                              RangePreset::PreviousYear, RangePreset::Custom };

// The first and last day of a preset when today is `today`; Custom gives an invalid pair.
std::pair<QDate, QDate> range(RangePreset preset, QDate today);
// Stable ids for the settings and report recipes ("last-month", ..., "custom").
QString id(RangePreset preset);
std::optional<RangePreset> fromId(const QString &id);

} // namespace RangePresets

} // namespace cs
