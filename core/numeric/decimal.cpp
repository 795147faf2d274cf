#include "decimal.h"

#include <QCoreApplication>

#include <array>

namespace cs {

namespace {

constexpr std::array<int128, 39> makePowers()
{
    std::array<int128, 39> powers {};
    powers[0] = 1;
    for (size_t i = 1; i < powers.size(); ++i)
        powers[i] = powers[i - 1] * 10;
    return powers;
}

constexpr std::array<int128, 39> s_powers = makePowers();
constexpr int128 s_limit = s_powers[38]; // exclusive bound of |units|

int128 absolute(int128 v)
{
    return v < 0 ? -v : v;
}

} // namespace

namespace decimal {

int128 powerOfTen(int n)
{
    Q_ASSERT(n >= 0 && n <= 38);
    return s_powers[size_t(n)];
}

bool inRange(int128 v)
{
    return v > -s_limit && v < s_limit;
}

int128 divideHalfEven(int128 numerator, int128 denominator)
{
    Q_ASSERT(denominator > 0);
    int128 quotient = numerator / denominator;
    int128 remainder = numerator % denominator; // same sign as numerator
    if (remainder == 0)
        return quotient;
    const int128 twice = absolute(remainder) * 2; // < 2 * denominator, no overflow below 10^38
    const bool awayFromZero = twice > denominator || (twice == denominator && (quotient % 2) != 0);
    if (awayFromZero)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

QString toDigits(int128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    char buffer[48];
    int pos = int(sizeof buffer);
    const bool negative = v < 0;
    // Work on the negative side so that the minimum value needs no special case.
    int128 n = negative ? v : -v;
    while (n != 0) {
        buffer[--pos] = char('0' - int(n % 10));
        n /= 10;
    }
    if (negative)
        buffer[--pos] = '-';
    return QString::fromLatin1(buffer + pos, int(sizeof buffer) - pos);
}

} // namespace decimal

Decimal Decimal::fromUnits(int128 units, int scale)
{
    Q_ASSERT(scale >= 0 && scale <= MaxScale);
    Q_ASSERT(decimal::inRange(units));
    Decimal d;
    d.m_units = units;
    d.m_scale = scale;
    return d;
}

std::optional<Decimal> Decimal::parse(QStringView text, QString *error)
{
    auto fail = [error](const char *reason) -> std::optional<Decimal> {
        if (error)
            *error = QCoreApplication::translate("Decimal", reason);
        return std::nullopt;
    };
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    int128 units = 0;
    int digits = 0;
    int significant = 0;
    int scale = 0;
    bool seenPoint = false;
    int digitsBeforePoint = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint || digits == 0)
                return fail(QT_TRANSLATE_NOOP("Decimal", "not a decimal number"));
            seenPoint = true;
            digitsBeforePoint = digits;
            continue;
        }
        if (c < u'0' || c > u'9')
            return fail(QT_TRANSLATE_NOOP("Decimal", "not a decimal number"));
        ++digits;
        if (seenPoint && ++scale > MaxScale)
            return fail(QT_TRANSLATE_NOOP("Decimal", "more than 18 decimals"));
        if (units != 0 || c != u'0')
            ++significant;
        if (significant > MaxDigits)
            return fail(QT_TRANSLATE_NOOP("Decimal", "too many digits"));
        units = units * 10 + (c.unicode() - u'0');
    }
    if (digits == 0 || (seenPoint && digits == digitsBeforePoint))
        return fail(QT_TRANSLATE_NOOP("Decimal", "not a decimal number"));
    return fromUnits(negative ? -units : units, scale);
}

std::optional<Decimal> Decimal::withScale(int scale) const
{
    Q_ASSERT(scale >= 0 && scale <= MaxScale);
    if (scale <= m_scale)
        return rounded(scale);
    const int128 factor = s_powers[size_t(scale - m_scale)];
    if (absolute(m_units) >= s_limit / factor)
        return std::nullopt;
    return fromUnits(m_units * factor, scale);
}

Decimal Decimal::rounded(int scale) const
{
    Q_ASSERT(scale >= 0);
    if (scale >= m_scale)
        return *this;
    const int128 divisor = s_powers[size_t(m_scale - scale)];
    return fromUnits(decimal::divideHalfEven(m_units, divisor), scale);
}

std::optional<Decimal> Decimal::plus(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const auto a = withScale(scale);
    const auto b = other.withScale(scale);
    if (!a || !b)
        return std::nullopt;
    const int128 sum = a->m_units + b->m_units; // both below 10^38: no 128-bit overflow
    if (!decimal::inRange(sum))
        return std::nullopt;
    return fromUnits(sum, scale);
}

std::optional<Decimal> Decimal::minus(const Decimal &other) const
{
    return plus(other.negated());
}

std::optional<Decimal> Decimal::times(const Decimal &other) const
{
    int scale = m_scale + other.m_scale;
    int128 product;
    if (__builtin_mul_overflow(m_units, other.m_units, &product) || !decimal::inRange(product))
        return std::nullopt;
    Decimal result;
    result.m_units = product;
    result.m_scale = scale;
    if (scale > MaxScale) {
        // Only trailing zeros may be dropped here: anything else would lose digits.
        const int128 divisor = s_powers[size_t(scale - MaxScale)];
        if (product % divisor != 0)
            return std::nullopt;
        result.m_units = product / divisor;
        result.m_scale = MaxScale;
    }
    return result;
}

int Decimal::compare(const Decimal &other) const
{
    if (m_scale == other.m_scale)
        return m_units < other.m_units ? -1 : (m_units > other.m_units ? 1 : 0);
    if (signum() != other.signum())
        return signum() < other.signum() ? -1 : 1;
    // Same sign: compare integer parts first, then the fractions at a common scale.
    const int128 pa = s_powers[size_t(m_scale)];
    const int128 pb = s_powers[size_t(other.m_scale)];
    const int128 ia = m_units / pa, ib = other.m_units / pb;
    if (ia != ib)
        return ia < ib ? -1 : 1;
    const int scale = std::max(m_scale, other.m_scale);
    const int128 fa = (m_units % pa) * s_powers[size_t(scale - m_scale)];
    const int128 fb = (other.m_units % pb) * s_powers[size_t(scale - other.m_scale)];
    return fa < fb ? -1 : (fa > fb ? 1 : 0);
}

QString Decimal::toString() const
{
    QString digits = decimal::toDigits(absolute(m_units));
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_units < 0)
        digits.prepend(u'-');
    return digits;
}

QString Decimal::toCompactString() const
{
    QString s = toString();
    if (m_scale == 0)
        return s;
    qsizetype end = s.size();
    while (s[end - 1] == u'0')
        --end;
    if (s[end - 1] == u'.')
        --end;
    s.truncate(end);
    return s;
}

} // namespace cs
