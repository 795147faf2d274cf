#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSaveFile>
#include <QStringBuilder>

namespace cs {

// Writes one CSV file (RFC 4180, UTF-8, "\n" line ends) through a QSaveFile: rows are appended
// to an in-memory buffer that is written in large blocks, and the file appears under its final
// name only when commit() succeeds. Fields are appended raw; quote() adds the quoting that free
// text needs.
class CsvFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(cs::CsvFileWriter)
public:
    CsvFileWriter(const QString &path, QByteArrayView header);
    Q_DISABLE_COPY_MOVE(CsvFileWriter)

    // The row buffer: append fields with the helpers below, end each row with endRow().
    QByteArray &buffer() { return m_buffer; }

    void field(QByteArrayView text) { m_buffer.append(text); }
    template<typename A, typename B> void field(const QStringBuilder<A, B> &text)
    {
        m_buffer.append(QByteArray(text));
    }
    void quoted(QByteArrayView text);
    template<typename A, typename B> void quoted(const QStringBuilder<A, B> &text)
    {
        quoted(QByteArrayView(QByteArray(text)));
    }
    void unsignedNumber(quint64 value);
    void number(qint64 value);
    // value / 10^decimals with exactly `decimals` decimals ("-12.30", "7" for 0 decimals).
    void fixedPoint(qint64 value, int decimals);
    // A quantity of whole units and millionths, without trailing zeros ("24", "0.032258").
    void quantity(quint64 whole, quint32 micros);
    void comma() { m_buffer.append(','); }
    void endRow();

    qint64 rows() const { return m_rows; }

    // Writes what is buffered and renames the file into place; the error names the file.
    Status commit();

private:
    void flush();

    QSaveFile m_file;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_failed = false;
};

} // namespace cs
