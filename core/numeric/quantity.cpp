#include "quantity.h"

#include <QMetaType>

#include <limits>

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

namespace {
constexpr qint64 s_million = 1'000'000;
constexpr qint64 s_trillion = 1'000'000'000'000;

// A part read from SQL, or nullopt if it is not an exact integer within 64 bits (a REAL).
std::optional<qint64> integerOf(const QVariant &value)
{
    bool ok = false;
    qint64 result = 0;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        result = value.toLongLong(&ok);
        break;
    case QMetaType::ULongLong: // QPSQL hands a non-negative bigint over as unsigned
        ok = value.toULongLong() <= quint64(std::numeric_limits<qint64>::max());
        result = qint64(value.toULongLong());
        break;
    case QMetaType::QString:
        result = value.toString().toLongLong(&ok);
        break;
    default:
        break;
    }
    return ok ? std::optional(result) : std::nullopt;
}

} // namespace

QuantityParts QuantityParts::of(const StoredQuantity &quantity)
{
    return { { quantity.whole / s_trillion, quantity.whole / s_million % s_million,
               quantity.whole % s_million, quantity.micros } };
}

QString QuantityParts::sql(const QString &whole, const QString &micros, const QString &wrapper)
{
    const QString parts[Count] = {
        QStringLiteral("(%1 / %2)").arg(whole).arg(s_trillion),
        QStringLiteral("(%1 / %2 % %2)").arg(whole).arg(s_million),
        QStringLiteral("(%1 % %2)").arg(whole).arg(s_million),
        micros,
    };
    QStringList out;
    for (const QString &part : parts)
        out << wrapper.arg(part);
    return out.join(QStringLiteral(", "));
}

std::optional<QuantityParts> QuantityParts::fromValues(const QVariant (&values)[Count])
{
    QuantityParts sum;
    for (int i = 0; i < Count; ++i) {
        const auto part = integerOf(values[i]);
        if (!part)
            return std::nullopt;
        sum.parts[i] = *part;
    }
    return sum;
}

QuantityParts &QuantityParts::operator+=(const QuantityParts &other)
{
    for (int i = 0; i < Count; ++i)
        parts[i] += other.parts[i];
    return *this;
}

QuantityParts &QuantityParts::operator-=(const QuantityParts &other)
{
    for (int i = 0; i < Count; ++i)
        parts[i] -= other.parts[i];
    return *this;
}

bool QuantityParts::isZero() const
{
    for (const qint64 part : parts) {
        if (part != 0)
            return false;
    }
    return true;
}

std::optional<Decimal> QuantityParts::toDecimal() const
{
    int128 micros = 0;
    for (const qint64 part : parts) {
        if (part < 0)
            return std::nullopt;
        micros = micros * s_million + part;
    }
    // At most 2^63 x (10^18 + 10^12 + 10^6 + 1) < 10^38: always a valid Decimal.
    return Decimal::fromUnits(micros, StoredQuantity::Scale);
}

} // namespace cs
