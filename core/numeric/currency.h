#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cs {

// An ISO 4217 currency: its three-letter code and the number of decimals of its minor unit
// (JPY 0, USD 2, BHD 3). Amounts in a currency are stored and printed with exactly that many
// decimals.
struct Currency
{
    QString code;
    int minorUnits = 2;

    // The ISO 4217 currency with this code (upper case), or nullopt if the code is unknown.
    static std::optional<Currency> find(QStringView code);

    friend bool operator==(const Currency &, const Currency &) = default;
};

} // namespace cs
