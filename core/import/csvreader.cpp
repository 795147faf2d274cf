#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace cs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

constexpr qsizetype s_blockSize = 4 * 1024 * 1024;

} // namespace

CsvReader::CsvReader(const QString &path, QString displayName)
    : m_file(path)
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
    if (!m_file.open(QIODevice::ReadOnly)) {
        setError(m_displayName, tr("cannot read the file: %1").arg(m_file.errorString()));
        return error();
    }
    m_buffer.resize(s_blockSize);
    if (!fill())
        return error();
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
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString name = QString::fromUtf8(field(i)).trimmed();
        if (name.isEmpty()) {
            setError(location(), tr("empty column name in the header (column %1)").arg(i + 1));
            return error();
        }
        if (m_header.contains(name)) {
            setError(location(), tr("column \"%1\" appears twice in the header").arg(name));
            return error();
        }
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
    if (m_buffer.size() - m_end < s_blockSize / 2)
        m_buffer.resize(m_buffer.size() + s_blockSize);
    const qint64 read = m_file.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (read < 0) {
        setError(m_displayName, tr("cannot read the file: %1").arg(m_file.errorString()));
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
            if (!fill())
                return false;
            break;
        case Parse::Failed:
        case Parse::End:
            return false;
        }
    }
}

// Parses one record starting at m_pos. Only a complete record moves m_pos and m_line, so after
// NeedMore the same record is parsed again from its start once more data is in the buffer.
CsvReader::Parse CsvReader::parseRecord()
{
    const char *data = m_buffer.constData();
    const qsizetype end = m_end;
    qsizetype p = m_pos;
    qint64 newlines = 0;
    unsigned char bits = 0;

    // Skip empty lines between records.
    for (;;) {
        if (p < end && data[p] == '\n') {
            ++p;
            ++m_line;
            m_pos = p;
        } else if (p + 1 < end && data[p] == '\r' && data[p + 1] == '\n') {
            p += 2;
            ++m_line;
            m_pos = p;
        } else {
            break;
        }
    }
    if (p >= end || (p + 1 == end && data[p] == '\r'))
        return m_eof && p >= end ? Parse::End : Parse::NeedMore;

    m_fields.clear();
    m_scratch.clear();
    m_recordLine = m_line;
    for (;;) {
        // One field starts at p.
        if (p < end && data[p] == '"') {
            ++p;
            qsizetype segment = p;
            bool scratch = false;
            qsizetype scratchStart = 0;
            for (;;) {
                while (p < end && data[p] != '"') {
                    bits |= static_cast<unsigned char>(data[p]);
                    if (data[p] == '\n')
                        ++newlines;
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
        } else {
            const qsizetype start = p;
            while (p < end) {
                const char c = data[p];
                if (c == ',' || c == '\n' || c == '\r')
                    break;
                if (c == '"') {
                    setError(location(), tr("a quote inside an unquoted field"));
                    return Parse::Failed;
                }
                bits |= static_cast<unsigned char>(c);
                ++p;
            }
            if (p >= end && !m_eof)
                return Parse::NeedMore;
            m_fields.append({ start, p - start, false });
        }
        // After a field: a separator, a line end or the end of the file.
        if (p >= end) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (data[p] == ',') {
            ++p;
            continue;
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
        ++newlines;
        break;
    }
    m_pos = p;
    m_line += newlines;
    m_nonAscii = (bits & 0x80) != 0;
    return Parse::Complete;
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
