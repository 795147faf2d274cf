// libFuzzer target for the import's CSV reader and field parser. Each input is read twice, in
// blocks of 64 KiB and in blocks of 1 to 16 bytes, and both readings must agree record by
// record (fields, lines, the error); every field goes through each parser of FieldParser, and
// what they accept must round-trip. ASan and UBSan watch the rest.

#include "import/csvreader.h"
#include "import/fieldparser.h"
#include "numeric/quantity.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <cstdint>

using namespace cs;

namespace {

struct Reading
{
    QList<QByteArray> records; // the header, then per record its line and its fields
    QString error;
    qint64 count = 0;

    bool operator==(const Reading &other) const = default;
};

void checkDate(QByteArrayView text)
{
    const auto day = FieldParser::parseDate(text, nullptr);
    if (!day)
        return;
    const QString written = QDate(1970, 1, 1).addDays(*day).toString(Qt::ISODate);
    if (written.toLatin1() != text)
        qFatal("parseDate(%s) gave day %lld, which is %s", text.toByteArray().constData(),
               static_cast<long long>(*day), qPrintable(written));
}

void checkTimestamp(QByteArrayView text)
{
    const auto ms = FieldParser::parseTimestamp(text, nullptr);
    if (!ms || text.size() != 20 || !text.endsWith('Z'))
        return;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc());
    const QString written = utc.date().toString(Qt::ISODate) + u'T'
        + utc.time().toString(QStringLiteral("HH:mm:ss")) + u'Z';
    if (written.toLatin1() != text)
        qFatal("parseTimestamp(%s) gave %lld ms, which is %s", text.toByteArray().constData(),
               static_cast<long long>(*ms), qPrintable(written));
}

void checkQuantity(QByteArrayView text)
{
    const auto quantity = FieldParser::parseQuantity(text, nullptr);
    if (!quantity || text.startsWith('+') || text.startsWith('-'))
        return;
    const auto decimal = FieldParser::parseDecimal(text, nullptr);
    const auto split = decimal ? StoredQuantity::fromDecimal(*decimal) : std::nullopt;
    if (!split || split->whole != quantity->whole || split->micros != quantity->micros)
        qFatal("parseQuantity(%s) disagrees with parseDecimal", text.toByteArray().constData());
}

void parseField(QByteArrayView text)
{
    QString reason;
    FieldParser::isValidCode(text, &reason);
    checkDate(text);
    checkTimestamp(text);
    checkQuantity(text);
    for (int minorUnits = 0; minorUnits <= 3; ++minorUnits)
        FieldParser::parseMoney(text, minorUnits, &reason);
}

Reading read(const QByteArray &input, qsizetype blockSize, bool parseFields)
{
    QBuffer buffer;
    buffer.setData(input);
    CsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
    reader.setBlockSize(blockSize);
    Reading reading;
    if (const Status opened = reader.open(); !opened) {
        reading.error = opened.errorString();
        return reading;
    }
    reading.records.append(reader.header().join(u'\x1f').toUtf8());
    while (reader.next()) {
        QByteArray record = QByteArray::number(reader.line());
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            const QByteArrayView field = reader.field(i);
            record += '\x1e' + QByteArray::number(field.size()) + ':' + field.toByteArray();
            if (parseFields)
                parseField(field);
        }
        reading.records.append(record);
    }
    reading.error = reader.hasError() ? reader.error().message : QString();
    reading.count = reader.records();
    return reading;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Reading whole = read(input, 64 * 1024, true);
    const qsizetype smallBlock = 1 + qsizetype(size % 16);
    const Reading blocks = read(input, smallBlock, false);
    if (!(whole == blocks))
        qFatal("reading in blocks of %lld bytes differs: %d vs %d records, error \"%s\" vs \"%s\"",
               static_cast<long long>(smallBlock), int(whole.records.size()),
               int(blocks.records.size()), qPrintable(whole.error), qPrintable(blocks.error));
    return 0;
}
