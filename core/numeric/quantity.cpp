#include "quantity.h"

namespace cs {

std::optional<StoredQuantity> StoredQuantity::fromDecimal(const Decimal &quantity)
{
    if (quantity.isNegative() || quantity.scale() > Scale)
        return std::nullopt;
    const auto scaled = quantity.withScale(Scale);
    if (!scaled)
        return std::nullopt;
    const int128 micros = scaled->units();
    if (micros > int128(MaxWhole) * 1'000'000)
        return std::nullopt;
    return StoredQuantity { qint64(micros / 1'000'000), qint64(micros % 1'000'000) };
}

Decimal StoredQuantity::toDecimal() const
{
    return Decimal::fromUnits(int128(whole) * 1'000'000 + micros, Scale);
}

} // namespace cs
