#include "csvreader.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

#include <cstring>

namespace cs {

CsvReader::CsvReader(const QString &path, QString displayName)
    : m_ownedFile(std::make_unique<QFile>(path))
    , m_device(m_ownedFile.get())
    , m_displayName(std::move(displayName))
{ }

CsvReader::CsvReader(QIODevice *device, QString displayName)
    : m_device(device)
    , m_displayName(std::move(displayName))
{ }

QString CsvReader::location() const
{
    return tr("%1 line %2").arg(m_displayName).arg(m_recordLine);
}

QString CsvReader::location(qsizetype column) const
{
    if (column < 0 || column >= m_header.size())
        return location();
    return tr("%1 line %2, column %3").arg(m_displayName).arg(m_recordLine).arg(m_header[column]);
}

void CsvReader::setError(const QString &where, const QString &reason)
{
    m_error = where % QStringLiteral(": ") % reason;
}

Status CsvReader::open()
{
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        setError(m_displayName, tr("cannot read the file: %1").arg(m_device->errorString()));
        return error();
    }
    m_buffer.resize(m_blockSize);
    // At least three bytes, or the whole file, to recognise a byte order mark.
    do {
        if (!fill())
            return error();
    } while (m_end < 3 && !m_eof);
    if (m_end == 0 && m_eof) {
        setError(m_displayName, tr("the file is empty; it needs at least a header row"));
        return error();
    }
    if (m_end >= 3 && std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    m_readingHeader = true;
    const bool read = next();
    m_readingHeader = false;
    if (!read) {
        if (!hasError())
            setError(m_displayName, tr("the file is empty; it needs at least a header row"));
        return error();
    }
    return readHeaderNames();
}

Status CsvReader::readHeaderNames()
{
    QSet<QString> names;
    names.reserve(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString name = QString::fromUtf8(field(i)).trimmed();
        if (name.isEmpty()) {
            setError(location(), tr("empty column name in the header (column %1)").arg(i + 1));
            return error();
        }
        if (names.contains(name)) {
            setError(location(), tr("column \"%1\" appears twice in the header").arg(name));
            return error();
        }
        names.insert(name);
        m_header.append(name);
    }
    m_records = 0;
    return success();
}

bool CsvReader::fill()
{
    if (m_eof)
        return true;
    // Keep the unread tail (a partial record) and read the next block after it.
    if (m_pos > 0) {
        const qsizetype tail = m_end - m_pos;
        if (tail > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(tail));
        m_end = tail;
        m_pos = 0;
    }
    if (m_buffer.size() - m_end <= m_blockSize / 2)
        m_buffer.resize(m_buffer.size() + m_blockSize);
    const qint64 read = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (read < 0) {
        setError(m_displayName, tr("cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    if (read == 0)
        m_eof = true;
    m_end += read;
    return true;
}

bool CsvReader::next()
{
    if (hasError())
        return false;
    for (;;) {
        switch (parseRecord()) {
        case Parse::Complete:
            if (m_nonAscii && !validateUtf8())
                return false;
            if (!m_readingHeader) {
                if (m_fields.size() != m_header.size()) {
                    setError(location(),
                             tr("the row has %1 fields, the header has %2")
                                 .arg(m_fields.size())
                                 .arg(m_header.size()));
                    return false;
                }
                ++m_records;
            }
            return true;
        case Parse::NeedMore:
            if (m_eof) {
                // parseRecord() never asks for more after the end; a guard against a hang.
                setError(location(), tr("unexpected end of the file"));
                return false;
            }
            if (m_end - m_pos > MaxRecordBytes) {
                setError(location(),
                         tr("a record longer than %1 MiB (is a quote not closed?)")
                             .arg(MaxRecordBytes / (1024 * 1024)));
                return false;
            }
            if (!fill())
                return false;
            break;
        case Parse::Failed:
        case Parse::End:
            return false;
        }
    }
}

// Skips the empty lines before a record (they count as lines); Complete if a record starts at
// at.p.
Q_ALWAYS_INLINE CsvReader::Parse CsvReader::skipEmptyLines(Cursor &at)
{
    const char *data = at.data;
    qsizetype &p = at.p;
    for (;;) {
        if (p < at.end && data[p] == '\n') {
            ++p;
            ++m_line;
            m_pos = p;
        } else if (p + 1 < at.end && data[p] == '\r' && data[p + 1] == '\n') {
            p += 2;
            ++m_line;
            m_pos = p;
        } else {
            break;
        }
    }
    if (p >= at.end)
        return m_eof ? Parse::End : Parse::NeedMore;
    if (p + 1 == at.end && data[p] == '\r' && !m_eof)
        return Parse::NeedMore;
    return Parse::Complete;
}

// A field in quotes, at.p on its opening quote. Doubled quotes are unescaped into m_scratch.
Q_ALWAYS_INLINE CsvReader::Parse CsvReader::parseQuotedField(Cursor &at)
{
    const char *data = at.data;
    const qsizetype end = at.end;
    qsizetype &p = at.p;
    ++p;
    qsizetype segment = p;
    bool scratch = false;
    qsizetype scratchStart = 0;
    for (;;) {
        while (p < end && data[p] != '"') {
            const auto c = static_cast<unsigned char>(data[p]);
            at.bits |= c;
            if (c < 0x20) {
                if (c == '\n')
                    ++at.newlines;
                else if (c != '\t' && c != '\r')
                    return refuseControlCharacter(c);
            }
            ++p;
        }
        if (p >= end) {
            if (!m_eof)
                return Parse::NeedMore;
            setError(location(), tr("a quoted field is not closed"));
            return Parse::Failed;
        }
        // data[p] == '"': an escaped quote or the end of the field.
        if (p + 1 >= end && !m_eof)
            return Parse::NeedMore;
        if (p + 1 < end && data[p + 1] == '"') {
            if (!scratch) {
                scratch = true;
                scratchStart = m_scratch.size();
            }
            m_scratch.append(data + segment, p + 1 - segment);
            p += 2;
            segment = p;
            continue;
        }
        if (scratch) {
            m_scratch.append(data + segment, p - segment);
            m_fields.append({ scratchStart, m_scratch.size() - scratchStart, true });
        } else {
            m_fields.append({ segment, p - segment, false });
        }
        ++p;
        break;
    }
    if (p < end && data[p] != ',' && data[p] != '\n' && data[p] != '\r') {
        setError(location(), tr("unexpected character after a closing quote"));
        return Parse::Failed;
    }
    return Parse::Complete;
}

Q_ALWAYS_INLINE CsvReader::Parse CsvReader::parseUnquotedField(Cursor &at)
{
    const char *data = at.data;
    const qsizetype end = at.end;
    qsizetype p = at.p;
    const qsizetype start = p;
    unsigned char bits = at.bits;
    while (p < end) {
        const auto c = static_cast<unsigned char>(data[p]);
        // Letters and digits sort above ',', so they take one comparison.
        if (c <= ',') {
            if (c == ',' || c == '\n' || c == '\r')
                break;
            if (c == '"') {
                setError(location(), tr("a quote inside an unquoted field"));
                return Parse::Failed;
            }
            if (c < 0x20 && c != '\t')
                return refuseControlCharacter(c);
        }
        bits |= c;
        ++p;
    }
    at.p = p;
    at.bits = bits;
    if (p >= end && !m_eof)
        return Parse::NeedMore;
    m_fields.append({ start, p - start, false });
    return Parse::Complete;
}

// What follows a field: Complete after a separator (another field follows), End after the line
// end or at the end of the file (the record is complete), NeedMore or Failed.
Q_ALWAYS_INLINE CsvReader::Parse CsvReader::endField(Cursor &at)
{
    const char *data = at.data;
    const qsizetype end = at.end;
    qsizetype &p = at.p;
    if (p >= end)
        return m_eof ? Parse::End : Parse::NeedMore;
    if (data[p] == ',') {
        if (m_fields.size() >= MaxColumns) {
            setError(location(),
                     m_readingHeader ? tr("more than %1 columns in the header").arg(MaxColumns)
                                     : tr("the row has more than %1 fields, the header has %2")
                                           .arg(MaxColumns)
                                           .arg(m_header.size()));
            return Parse::Failed;
        }
        ++p;
        return Parse::Complete;
    }
    if (data[p] == '\r') {
        if (p + 1 >= end && !m_eof)
            return Parse::NeedMore;
        if (p + 1 >= end || data[p + 1] != '\n') {
            setError(location(), tr("a carriage return that does not end a line"));
            return Parse::Failed;
        }
        ++p;
    }
    // data[p] == '\n'
    ++p;
    ++at.newlines;
    return Parse::End;
}

// Parses one record starting at m_pos. Only a complete record moves m_pos and m_line, so after
// NeedMore the same record is parsed again from its start once more data is in the buffer.
CsvReader::Parse CsvReader::parseRecord()
{
    Cursor at { m_buffer.constData(), m_end, m_pos, 0, 0 };
    if (const Parse skipped = skipEmptyLines(at); skipped != Parse::Complete)
        return skipped;

    m_fields.clear();
    m_scratch.clear();
    m_recordLine = m_line;
    for (;;) {
        const Parse field
            = at.p < at.end && at.data[at.p] == '"' ? parseQuotedField(at) : parseUnquotedField(at);
        if (field != Parse::Complete)
            return field;
        // After a field: a separator, a line end or the end of the file.
        const Parse after = endField(at);
        if (after == Parse::NeedMore || after == Parse::Failed)
            return after;
        if (after == Parse::End)
            break; // the record is complete
    }
    m_pos = at.p;
    m_line += at.newlines;
    m_nonAscii = (at.bits & 0x80) != 0;
    return Parse::Complete;
}

CsvReader::Parse CsvReader::refuseControlCharacter(unsigned char character)
{
    const QString code = QString::number(character, 16).toUpper().rightJustified(4, u'0');
    const qsizetype column = m_fields.size(); // the field being read
    setError(m_readingHeader ? location() : location(column),
             tr("control character U+%1 is not allowed").arg(code));
    return Parse::Failed;
}

bool CsvReader::validateUtf8()
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QByteArrayView bytes = field(i);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            setError(m_readingHeader ? location() : location(i), tr("not valid UTF-8"));
            return false;
        }
    }
    return true;
}

} // namespace cs
