#pragma once

#include "numeric/decimal.h"
#include "numeric/quantity.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace cs {

// Parses the values of the dataset import format (README, "Dataset import format") from the raw
// UTF-8 bytes of a CSV field, strictly and without allocating on success. Each function returns
// nullopt on failure and sets *reason to a short lower-case reason without the value ("malformed
// timestamp").
namespace FieldParser {

// The window of dates and instants the import accepts: 2000-01-01 to 2199-12-31, instants from
// 2000-01-01T00:00:00Z up to (not including) 2200-01-01T00:00:00Z. Local day numbers of every
// business zone stay positive in it (SQL divides them with truncation), and a report, a rollup
// or a catch-up never walks an absurd number of days.
inline constexpr int FirstAcceptedYear = 2000;
inline constexpr int LastAcceptedYear = 2199;
// The longest usage record the import accepts (end - start): 366 days.
inline constexpr qint64 MaxUsageSpanMs = 366LL * 86'400'000;
// The window as day numbers since 1970-01-01, and as UTC milliseconds [first, end).
qint64 firstAcceptedDay();
qint64 lastAcceptedDay();
qint64 firstAcceptedInstant();
qint64 endOfAcceptedInstants();

// A code of a billing group, channel, account or product: [A-Za-z0-9_.-]{1,64}, not "." or "..".
bool isValidCode(QByteArrayView text, QString *reason);

// An ISO 8601 instant "YYYY-MM-DDTHH:MM:SS[.f{1,3}]" followed by "Z" or an offset "+HH:MM" /
// "-HH:MM" (or "+HHMM"), as UTC milliseconds since the epoch; only within the accepted window.
std::optional<qint64> parseTimestamp(QByteArrayView text, QString *reason);

// A calendar date "YYYY-MM-DD" within the accepted window; returns the day number since
// 1970-01-01.
std::optional<qint64> parseDate(QByteArrayView text, QString *reason);

// A usage quantity: non-negative, at most 6 decimals and at most 10^15.
std::optional<StoredQuantity> parseQuantity(QByteArrayView text, QString *reason);

// A decimal number "[-]digits[.digits]".
std::optional<Decimal> parseDecimal(QByteArrayView text, QString *reason);

// An amount of money with at most `minorUnits` decimals, in minor units.
std::optional<qint64> parseMoney(QByteArrayView text, int minorUnits, QString *reason);

// Days since 1970-01-01 of a proleptic Gregorian date (no validation).
qint64 daysFromCivil(int year, int month, int day);

} // namespace FieldParser

} // namespace cs
