#include "localeformat.h"

#include <QDate>

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

QString date(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::ShortFormat);
}

} // namespace cs::LocaleFormat
