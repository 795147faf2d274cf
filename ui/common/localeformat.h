#pragma once

#include "numeric/decimal.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace cs {

// Locale formatting of exact numbers for the widgets. Decimals never pass through double: the
// digits of Decimal::toString() are kept and only the separators and the sign come from the
// locale. CSV files do not use these (they stay locale-independent).
namespace LocaleFormat {

// "-1234567.50" as "-1,234,567.50" (en) or "-1.234.567,50" (de). With grouping false the group
// separators are left out (for the clipboard, where spreadsheets parse the text back).
QString decimal(const Decimal &value, const QLocale &locale = QLocale(), bool grouping = true);

// An amount with its currency code ("1,234.50 USD"); an empty amount (no rate) is an em dash.
QString money(const std::optional<Decimal> &amount, const QString &currency,
              const QLocale &locale = QLocale());

// `part` as a percentage of `whole` with one decimal, rounded half to even ("12.5 %"); empty
// when whole is zero.
QString percent(const Decimal &part, const Decimal &whole, const QLocale &locale = QLocale());
// The percentage of percent() as a Decimal with one decimal; nullopt when whole is zero.
std::optional<Decimal> percentValue(const Decimal &part, const Decimal &whole);

// A date in the locale's short format, always with a four-digit year ("01.10.2026", not
// "01.10.26": a two-digit year is ambiguous in a report that spans decades of data).
QString date(const QDate &date, const QLocale &locale = QLocale());
// The format date() uses, for QDateEdit::setDisplayFormat().
QString dateFormat(const QLocale &locale = QLocale());
// A date and time in the locale's short formats, with a four-digit year.
QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

// Usage as people read it. Bytes ("Bytes", "B") are scaled in powers of 1000 (SI: 1 KB =
// 1000 B, 1 MB = 1000 KB, up to TB), so scaling only moves the decimal point and stays exact;
// every other unit is shown as it is. Values are rounded half to even to `decimals`
// (usageDecimals() unless given) with trailing zeros dropped, but a value that is not zero never
// shows as 0: it keeps decimals up to its first significant digit.
struct UsageUnit
{
    int exponent = 0; // the value is shown divided by 10^exponent
    QString unit; // "KB", or the product's unit as stored
};
// The unit `magnitude` (the largest value that will be shown in it) is shown in.
UsageUnit usageUnit(const Decimal &magnitude, const QString &uom);
// The number in a chosen unit, without the unit ("128.58").
QString usageNumber(const Decimal &value, const UsageUnit &unit, const QLocale &locale = QLocale(),
                    int decimals = -1);
// The number and its unit ("128.58 TB", "119,659,546.33 count").
QString usage(const Decimal &value, const QString &uom, const QLocale &locale = QLocale(),
              int decimals = -1);
// The exact value with its stored unit and group separators, without trailing zeros
// ("128,584,265,026,183 Bytes"), for tooltips.
QString exactUsage(const Decimal &value, const QString &uom, const QLocale &locale = QLocale());
// value / 10^exponent rounded half to even to `decimals`, computed on the 128-bit mantissa.
Decimal scaledDown(const Decimal &value, int exponent, int decimals);
// True for a unit that usageUnit() scales ("Bytes").
bool isBytes(const QString &uom);
// The decimals shown for usage: Preferences::usageDecimals, within [0, 6].
int usageDecimals();

} // namespace LocaleFormat

} // namespace cs
