#include "localeformat.h"

#include "preferences.h"

#include <QDate>

#include <algorithm>

namespace cs::LocaleFormat {

QString decimal(const Decimal &value, const QLocale &locale, bool grouping)
{
    const QString plain = value.toString();
    QStringView digits(plain);
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits = digits.mid(1);
    const qsizetype point = digits.indexOf(u'.');
    const QStringView whole = point < 0 ? digits : digits.left(point);
    const QStringView fraction = point < 0 ? QStringView() : digits.mid(point + 1);

    const bool group = grouping && !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    const QString separator = locale.groupSeparator();
    QString out;
    out.reserve(plain.size() + plain.size() / 3 + 4);
    if (negative)
        out += locale.negativeSign();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (group && i > 0 && (whole.size() - i) % 3 == 0)
            out += separator;
        out += whole.at(i);
    }
    if (!fraction.isEmpty()) {
        out += locale.decimalPoint();
        out += fraction;
    }
    return out;
}

QString money(const std::optional<Decimal> &amount, const QString &currency, const QLocale &locale)
{
    if (!amount)
        return QStringLiteral("\u2014");
    return decimal(*amount, locale) + u'\u00a0' + currency;
}

std::optional<Decimal> percentValue(const Decimal &part, const Decimal &whole)
{
    if (whole.isZero())
        return std::nullopt;
    const int scale = std::max(part.scale(), whole.scale());
    const auto a = part.withScale(scale);
    const auto b = whole.withScale(scale);
    if (!a || !b)
        return std::nullopt;
    int128 numerator = a->units();
    int128 denominator = b->units();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    // per mille with one more digit: 100 * 10 = 1000
    if (numerator > decimal::powerOfTen(34) || numerator < -decimal::powerOfTen(34))
        return std::nullopt;
    return Decimal::fromUnits(decimal::divideHalfEven(numerator * 1000, denominator), 1);
}

QString percent(const Decimal &part, const Decimal &whole, const QLocale &locale)
{
    const auto value = percentValue(part, whole);
    if (!value)
        return QString();
    return decimal(*value, locale) + u'\u00a0' + locale.percent();
}

namespace {

// "dd.MM.yy" -> "dd.MM.yyyy", "M/d/yy" -> "M/d/yyyy"; a format with yyyy stays as it is.
QString withFourDigitYear(QString format)
{
    qsizetype i = 0;
    while ((i = format.indexOf(u'y', i)) >= 0) {
        qsizetype end = i;
        while (end < format.size() && format.at(end) == u'y')
            ++end;
        if (end - i == 2) {
            format.replace(i, 2, QStringLiteral("yyyy"));
            end += 2;
        }
        i = end;
    }
    return format;
}

constexpr int MaxUsageDecimals = 6;

} // namespace

QString dateFormat(const QLocale &locale)
{
    return withFourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString date(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, dateFormat(locale));
}

QString dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return locale.toString(dateTime,
                           withFourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

int usageDecimals()
{
    return std::clamp(Preferences::usageDecimals.get(), 0, MaxUsageDecimals);
}

bool isBytes(const QString &uom)
{
    return uom.compare(QLatin1StringView("Bytes"), Qt::CaseInsensitive) == 0
        || uom.compare(QLatin1StringView("Byte"), Qt::CaseInsensitive) == 0
        || uom == QLatin1StringView("B");
}

UsageUnit usageUnit(const Decimal &magnitude, const QString &uom)
{
    if (!isBytes(uom))
        return { 0, uom };
    static const char *const names[] = { "B", "KB", "MB", "GB", "TB" };
    const Decimal size = magnitude.isNegative() ? magnitude.negated() : magnitude;
    int step = 0;
    while (step < 4 && size >= Decimal::fromUnits(decimal::powerOfTen(3 * (step + 1)), 0))
        ++step;
    return { 3 * step, QString::fromLatin1(names[step]) };
}

Decimal scaledDown(const Decimal &value, int exponent, int decimals)
{
    const int scale = value.scale() + exponent;
    if (scale <= decimals)
        return Decimal::fromUnits(value.units(), scale);
    if (scale <= Decimal::MaxScale)
        return Decimal::fromUnits(value.units(), scale).rounded(decimals);
    return Decimal::fromUnits(
        decimal::divideHalfEven(value.units(), decimal::powerOfTen(scale - decimals)), decimals);
}

QString usageNumber(const Decimal &value, const UsageUnit &unit, const QLocale &locale,
                    int decimals)
{
    if (decimals < 0)
        decimals = usageDecimals();
    Decimal shown = scaledDown(value, unit.exponent, decimals);
    // a value that is not zero keeps decimals up to its first significant digit
    for (int more = decimals + 1; shown.isZero() && !value.isZero() && more <= Decimal::MaxScale;
         ++more)
        shown = scaledDown(value, unit.exponent, more);
    const auto compact = Decimal::parse(shown.toCompactString());
    return decimal(compact.value_or(shown), locale);
}

QString usage(const Decimal &value, const QString &uom, const QLocale &locale, int decimals)
{
    const UsageUnit unit = usageUnit(value, uom);
    const QString number = usageNumber(value, unit, locale, decimals);
    return unit.unit.isEmpty() ? number : QString(number + u'\u00a0' + unit.unit);
}

QString exactUsage(const Decimal &value, const QString &uom, const QLocale &locale)
{
    const auto compact = Decimal::parse(value.toCompactString());
    const QString number = decimal(compact.value_or(value), locale);
    return uom.isEmpty() ? number : QString(number + u'\u00a0' + uom);
}

} // namespace cs::LocaleFormat
