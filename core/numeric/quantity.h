#pragma once

#include "decimal.h"

#include <QStringList>
#include <QVariant>
#include <QtGlobal>

#include <optional>

namespace cs {

// How a usage quantity is stored: a whole part and millionths, both non-negative integers. A
// record holds up to 10^15 units with 6 decimals (10^21 millionths, beyond 64 bits). Sums of
// records are not added in these two columns (10^4 records of 10^15 already pass 64 bits) but in
// QuantityParts. Use Decimal for every computation; these parts are only storage.
struct StoredQuantity
{
    static constexpr int Scale = 6;
    static constexpr qint64 MaxWhole = 1'000'000'000'000'000; // 10^15

    qint64 whole = 0;
    qint64 micros = 0; // [0, 999999] in a record; sums may exceed it

    // Splits a non-negative quantity with at most 6 decimals and at most 10^15 units.
    static std::optional<StoredQuantity> fromDecimal(const Decimal &quantity);
    // whole + micros / 10^6 as a Decimal with scale 6; also for sums of parts.
    Decimal toDecimal() const;
};

// A sum of stored quantities in four 64-bit integers that SQL adds exactly on SQLite and
// PostgreSQL: whole / 10^12 (at most 1000 per record), whole / 10^6 mod 10^6, whole mod 10^6 and
// the millionths (each below 10^6 per record). A part can pass 2^63 only after 9.2 x 10^12
// records in one sum, more rows than a SQLite file (281 TB) or a PostgreSQL table (32 TB) holds;
// should it happen anyway, SQLite stops with "integer overflow" and PostgreSQL sums as numeric,
// and toDecimal() refuses what is not an exact non-negative integer. Never a wrapped figure.
struct QuantityParts
{
    static constexpr int Count = 4;
    qint64 parts[Count] = {};

    static QuantityParts of(const StoredQuantity &quantity);
    // The four parts of one record as SQL expressions of its integer columns, comma-separated,
    // each put into `wrapper` at %1 ("SUM(%1)").
    static QString sql(const QString &whole, const QString &micros,
                       const QString &wrapper = QStringLiteral("%1"));
    // Parts read from SQL: 64-bit integers or their decimal text (a SUM cast to TEXT); nullopt
    // for anything else (a floating-point value, an empty or overlong text).
    static std::optional<QuantityParts> fromValues(const QVariant (&values)[Count]);

    QuantityParts &operator+=(const QuantityParts &other);
    QuantityParts &operator-=(const QuantityParts &other);
    bool isZero() const;
    // The exact sum with scale 6; nullopt if a part is negative.
    std::optional<Decimal> toDecimal() const;
};

} // namespace cs
