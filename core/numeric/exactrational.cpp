#include "exactrational.h"

namespace cs {

BigInt toBigInt(int128 value)
{
    const bool negative = value < 0;
    unsigned __int128 magnitude
        = negative ? -static_cast<unsigned __int128>(value) : static_cast<unsigned __int128>(value);
    BigInt result = BigInt(static_cast<unsigned long long>(magnitude >> 64)) << 64;
    result += static_cast<unsigned long long>(magnitude);
    return negative ? BigInt(-result) : result;
}

Rational toRational(const Decimal &value)
{
    return Rational(toBigInt(value.units()), toBigInt(decimal::powerOfTen(value.scale())));
}

std::optional<Decimal> roundHalfEven(const Rational &value, int scale)
{
    Q_ASSERT(scale >= 0 && scale <= Decimal::MaxScale);
    const BigInt scaledNumerator
        = boost::multiprecision::numerator(value) * toBigInt(decimal::powerOfTen(scale));
    const BigInt denominator = boost::multiprecision::denominator(value); // always positive
    BigInt quotient, remainder;
    boost::multiprecision::divide_qr(scaledNumerator, denominator, quotient, remainder);
    if (remainder != 0) {
        const BigInt twice = abs(remainder) * 2;
        if (twice > denominator || (twice == denominator && (quotient & 1) != 0))
            quotient += scaledNumerator < 0 ? -1 : 1;
    }
    static const BigInt limit = toBigInt(decimal::powerOfTen(Decimal::MaxDigits));
    if (abs(quotient) >= limit)
        return std::nullopt;
    const bool negative = quotient < 0;
    const BigInt magnitude = abs(quotient);
    const auto high = static_cast<unsigned long long>(magnitude >> 64);
    const auto low = static_cast<unsigned long long>(magnitude & BigInt(~0ULL));
    const int128 units = (int128(high) << 64) | int128(low);
    return Decimal::fromUnits(negative ? -units : units, scale);
}

} // namespace cs
