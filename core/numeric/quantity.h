#pragma once

#include "decimal.h"

#include <QtGlobal>

#include <optional>

namespace cs {

// How a usage quantity is stored: a whole part and millionths, both non-negative integers in
// columns that SUM() adds exactly on SQLite and PostgreSQL. A record holds up to 10^15 units
// with 6 decimals (10^21 millionths, beyond 64 bits), and the whole parts of 10^18 in a sum
// still fit a 64-bit SUM. Use Decimal for every computation; these parts are only storage.
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

} // namespace cs
