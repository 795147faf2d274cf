#pragma once

#include "numeric/decimal.h"

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

// A date in the locale's short format.
QString date(const QDate &date, const QLocale &locale = QLocale());

} // namespace LocaleFormat

} // namespace cs
