#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace cs {

using int128 = __int128;

// An exact decimal number: units() x 10^-scale(). The mantissa is a signed 128-bit integer whose
// magnitude stays below 10^38, so 10^18 with 18 decimals still fits. There is no floating point
// anywhere: quantities and money are Decimals from parsing to printing.
//
// Arithmetic that would leave that range returns std::nullopt instead of wrapping. Results keep
// the larger scale of the operands (plus) or the sum of the scales (times); rounded() is the only
// operation that loses digits, and it rounds half to even.
class Decimal
{
public:
    static constexpr int MaxScale = 18;
    static constexpr int MaxDigits = 38;

    constexpr Decimal() = default;

    // units x 10^-scale; scale must be within [0, MaxScale] and |units| < 10^38.
    static Decimal fromUnits(int128 units, int scale);
    static Decimal fromInteger(qint64 value) { return fromUnits(value, 0); }

    // Accepts "[-]digits[.digits]" (a leading '+' too), at most MaxScale decimals, nothing else:
    // no exponent, no grouping, no spaces. The scale of the result is the number of decimals
    // written, so "1.50" has scale 2. On failure returns nullopt and, if given, sets *error to a
    // short reason ("not a decimal number", "more than 18 decimals", "too many digits").
    static std::optional<Decimal> parse(QStringView text, QString *error = nullptr);

    int128 units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    int signum() const { return m_units < 0 ? -1 : (m_units > 0 ? 1 : 0); }

    std::optional<Decimal> plus(const Decimal &other) const;
    std::optional<Decimal> minus(const Decimal &other) const;
    std::optional<Decimal> times(const Decimal &other) const;
    Decimal negated() const { return fromUnits(-m_units, m_scale); }

    // The same value with exactly `scale` decimals: exact when it grows the scale (nullopt if
    // that overflows), rounded half to even when it shrinks it.
    std::optional<Decimal> withScale(int scale) const;
    // Rounds half to even to at most `scale` decimals; never overflows.
    Decimal rounded(int scale) const;

    // Plain decimal notation with exactly scale() decimals: "-12.340", "7", "0.000001".
    QString toString() const;
    // Plain notation without trailing zeros in the fraction: "12.34", "7".
    QString toCompactString() const;

    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
    {
        const int c = a.compare(b);
        return c < 0 ? std::strong_ordering::less
                     : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }

    // True when both have the same value and the same scale ("1.0" is not identical to "1.00").
    bool isIdenticalTo(const Decimal &other) const
    {
        return m_units == other.m_units && m_scale == other.m_scale;
    }

private:
    int compare(const Decimal &other) const;

    int128 m_units = 0;
    int m_scale = 0;
};

namespace decimal {
// 10^n for n in [0, 38].
int128 powerOfTen(int n);
// |v| < 10^38
bool inRange(int128 v);
// numerator / denominator rounded half to even; denominator must be positive.
int128 divideHalfEven(int128 numerator, int128 denominator);
// Decimal digits of a 128-bit integer, with a leading '-' when negative.
QString toDigits(int128 v);
} // namespace decimal

} // namespace cs

Q_DECLARE_METATYPE(cs::Decimal)
