#include "csvfilewriter.h"

#include "util/savefile.h"

#include <QCoreApplication>

namespace cs {

namespace {

constexpr qsizetype s_flushSize = 4 << 20;

} // namespace

CsvFileWriter::CsvFileWriter(const QString &path, QByteArrayView header)
    : m_file(path)
{
    m_buffer.reserve(s_flushSize + 4096);
    if (!m_file.open(QIODevice::WriteOnly))
        m_failed = true;
    m_buffer.append(header);
    m_buffer.append('\n');
}

void CsvFileWriter::quoted(QByteArrayView text)
{
    bool needsQuotes = false;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        m_buffer.append(text);
        return;
    }
    m_buffer.append('"');
    for (const char c : text) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvFileWriter::unsignedNumber(quint64 value)
{
    char digits[20];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        m_buffer.append(digits[--n]);
}

void CsvFileWriter::number(qint64 value)
{
    if (value < 0) {
        m_buffer.append('-');
        unsignedNumber(quint64(0) - quint64(value));
    } else {
        unsignedNumber(quint64(value));
    }
}

void CsvFileWriter::fixedPoint(qint64 value, int decimals)
{
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    if (value < 0)
        m_buffer.append('-');
    quint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    unsignedNumber(magnitude / divisor);
    if (decimals == 0)
        return;
    m_buffer.append('.');
    quint64 fraction = magnitude % divisor;
    for (quint64 d = divisor / 10; d > 0; d /= 10) {
        m_buffer.append(char('0' + fraction / d));
        fraction %= d;
    }
}

void CsvFileWriter::quantity(quint64 whole, quint32 micros)
{
    unsignedNumber(whole);
    if (micros == 0)
        return;
    char fraction[6];
    for (int i = 5; i >= 0; --i) {
        fraction[i] = char('0' + micros % 10);
        micros /= 10;
    }
    int length = 6;
    while (fraction[length - 1] == '0')
        --length;
    m_buffer.append('.');
    m_buffer.append(fraction, length);
}

void CsvFileWriter::endRow()
{
    m_buffer.append('\n');
    ++m_rows;
    if (m_buffer.size() >= s_flushSize)
        flush();
}

void CsvFileWriter::flush()
{
    if (!m_failed && !m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
}

Status CsvFileWriter::commit()
{
    flush();
    if (!m_failed)
        return commitSaveFile(m_file);
    const QString reason = m_file.errorString();
    m_file.cancelWriting();
    (void)m_file.commit(); // removes the temporary file
    return Error { tr("cannot write %1: %2").arg(m_file.fileName(), reason) };
}

} // namespace cs
