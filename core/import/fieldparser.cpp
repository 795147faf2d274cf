#include "fieldparser.h"

#include <QCoreApplication>

namespace cs::FieldParser {

namespace {

// The context of the QT_TRANSLATE_NOOP texts below, which fail() translates.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

template<typename T> std::optional<T> fail(QString *reason, const char *text)
{
    if (reason)
        *reason = Tr::tr(text);
    return std::nullopt;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `count` digits at `pos`; -1 if any is not a digit.
int digitsAt(QByteArrayView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Parses "YYYY-MM-DD" at the start of text; day number or nullopt.
std::optional<qint64> dateAt(QByteArrayView text)
{
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    if (year < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return daysFromCivil(year, month, day);
}

} // namespace

qint64 firstAcceptedDay()
{
    return daysFromCivil(FirstAcceptedYear, 1, 1);
}

qint64 lastAcceptedDay()
{
    return daysFromCivil(LastAcceptedYear, 12, 31);
}

qint64 firstAcceptedInstant()
{
    return firstAcceptedDay() * 86'400'000;
}

qint64 endOfAcceptedInstants()
{
    return (lastAcceptedDay() + 1) * 86'400'000;
}

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isValidCode(QByteArrayView text, QString *reason)
{
    if (text.isEmpty()) {
        fail<bool>(reason, QT_TRANSLATE_NOOP("Importer", "empty code"));
        return false;
    }
    if (text.size() > 64) {
        fail<bool>(reason, QT_TRANSLATE_NOOP("Importer", "code longer than 64 characters"));
        return false;
    }
    if (text == ".." || text == ".") {
        fail<bool>(reason, QT_TRANSLATE_NOOP("Importer", "code may not be \".\" or \"..\""));
        return false;
    }
    for (const char c : text) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c)
            || c == '_' || c == '.' || c == '-';
        if (!allowed) {
            fail<bool>(reason,
                       QT_TRANSLATE_NOOP("Importer", "code may only contain A-Z, a-z, 0-9, _ . -"));
            return false;
        }
    }
    return true;
}

std::optional<qint64> parseDate(QByteArrayView text, QString *reason)
{
    const auto day = text.size() == 10 ? dateAt(text) : std::nullopt;
    if (!day)
        return fail<qint64>(reason, QT_TRANSLATE_NOOP("Importer", "malformed date (YYYY-MM-DD)"));
    if (*day < firstAcceptedDay() || *day > lastAcceptedDay())
        return fail<qint64>(reason,
                            QT_TRANSLATE_NOOP("Importer",
                                              "date outside the accepted window 2000-01-01 to "
                                              "2199-12-31"));
    return day;
}

std::optional<qint64> parseTimestamp(QByteArrayView text, QString *reason)
{
    const auto malformed = [reason] {
        return fail<qint64>(reason, QT_TRANSLATE_NOOP("Importer", "malformed timestamp"));
    };
    if (text.size() < 20)
        return malformed();
    const auto day = dateAt(text);
    if (!day || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return malformed();
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return malformed();
    qsizetype pos = 19;
    int millis = 0;
    if (text[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < text.size() && isDigit(text[pos])) {
            if (++digits > 3)
                return fail<qint64>(
                    reason,
                    QT_TRANSLATE_NOOP("Importer", "timestamp more precise than milliseconds"));
            millis = millis * 10 + (text[pos] - '0');
            ++pos;
        }
        if (digits == 0)
            return malformed();
        for (int i = digits; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= text.size())
        return malformed();
    qint64 offsetMinutes = 0;
    if (text[pos] == 'Z') {
        if (pos + 1 != text.size())
            return malformed();
    } else if (text[pos] == '+' || text[pos] == '-') {
        const int sign = text[pos] == '-' ? -1 : 1;
        const int offsetHours = digitsAt(text, pos + 1, 2);
        int offsetMins = -1;
        if (text.size() == pos + 6 && text[pos + 3] == ':')
            offsetMins = digitsAt(text, pos + 4, 2);
        else if (text.size() == pos + 5)
            offsetMins = digitsAt(text, pos + 3, 2);
        if (offsetHours < 0 || offsetHours > 18 || offsetMins < 0 || offsetMins > 59)
            return malformed();
        offsetMinutes = sign * (offsetHours * 60 + offsetMins);
    } else {
        return malformed();
    }
    const qint64 seconds = *day * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    const qint64 instant = seconds * 1000 + millis;
    if (instant < firstAcceptedInstant() || instant >= endOfAcceptedInstants())
        return fail<qint64>(reason,
                            QT_TRANSLATE_NOOP("Importer",
                                              "timestamp outside the accepted window "
                                              "2000-01-01T00:00:00Z to 2199-12-31T23:59:59Z"));
    return instant;
}

std::optional<StoredQuantity> parseQuantity(QByteArrayView text, QString *reason)
{
    qsizetype pos = 0;
    const qsizetype size = text.size();
    bool negative = false;
    if (pos < size && (text[pos] == '+' || text[pos] == '-')) {
        negative = text[pos] == '-';
        ++pos;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    bool tooLarge = false;
    for (; pos < size && isDigit(text[pos]); ++pos) {
        if (whole > StoredQuantity::MaxWhole)
            tooLarge = true;
        else
            whole = whole * 10 + (text[pos] - '0');
        ++wholeDigits;
    }
    qint64 micros = 0;
    int fractionDigits = 0;
    if (pos < size && text[pos] == '.') {
        ++pos;
        for (; pos < size && isDigit(text[pos]); ++pos) {
            if (++fractionDigits <= StoredQuantity::Scale)
                micros = micros * 10 + (text[pos] - '0');
        }
        if (fractionDigits == 0)
            return fail<StoredQuantity>(reason, QT_TRANSLATE_NOOP("Importer", "malformed decimal"));
    }
    if (pos != size || wholeDigits == 0)
        return fail<StoredQuantity>(reason, QT_TRANSLATE_NOOP("Importer", "malformed decimal"));
    if (fractionDigits > StoredQuantity::Scale)
        return fail<StoredQuantity>(reason, QT_TRANSLATE_NOOP("Importer", "more than 6 decimals"));
    for (int i = fractionDigits; i < StoredQuantity::Scale; ++i)
        micros *= 10;
    if (negative && (whole != 0 || micros != 0))
        return fail<StoredQuantity>(reason, QT_TRANSLATE_NOOP("Importer", "negative quantity"));
    if (tooLarge || whole > StoredQuantity::MaxWhole
        || (whole == StoredQuantity::MaxWhole && micros != 0))
        return fail<StoredQuantity>(reason, QT_TRANSLATE_NOOP("Importer", "quantity above 10^15"));
    return StoredQuantity { whole, micros };
}

std::optional<Decimal> parseDecimal(QByteArrayView text, QString *reason)
{
    QString why;
    const auto value = Decimal::parse(QString::fromLatin1(text), &why);
    if (!value) {
        if (reason)
            *reason = why == QCoreApplication::translate("Decimal", "not a decimal number")
                ? Tr::tr(QT_TRANSLATE_NOOP("Importer", "malformed decimal"))
                : why;
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> parseMoney(QByteArrayView text, int minorUnits, QString *reason)
{
    const auto value = parseDecimal(text, reason);
    if (!value)
        return std::nullopt;
    if (value->scale() > minorUnits) {
        if (reason)
            *reason
                = Tr::tr(QT_TRANSLATE_NOOP("Importer", "more decimals than the currency has (%1)"))
                      .arg(minorUnits);
        return std::nullopt;
    }
    const auto scaled = value->withScale(minorUnits);
    if (!scaled || scaled->units() > std::numeric_limits<qint64>::max()
        || scaled->units() < std::numeric_limits<qint64>::min())
        return fail<qint64>(reason, QT_TRANSLATE_NOOP("Importer", "amount out of range"));
    return qint64(scaled->units());
}

} // namespace cs::FieldParser
