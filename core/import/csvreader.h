#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cs {

// A streaming RFC 4180 reader for one CSV file of the import format. It reads the file in large
// blocks and hands out each record's fields as views into its buffer (valid until the next call
// of next()), so reading allocates nothing per row.
//
// It is strict: the file must be UTF-8 (a leading BOM is skipped), start with a header row, and
// every record must have as many fields as the header. Line numbers count physical lines, so a
// quoted field with line breaks moves the next record's line on. Lines without any character are
// skipped. "\r\n" and "\n" both end a record.
//
// Control characters (U+0000 to U+001F) are refused anywhere in the file, in ignored columns and
// the header too, except tab, and line breaks inside a quoted field: no NUL or escape sequence
// reaches the database, a report or an export file.
//
// Its memory is bounded: a header has at most MaxColumns columns, and a record (with the empty
// lines before it) at most MaxRecordBytes bytes, so a file without line ends or with an unclosed
// quote fails early instead of being read whole.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(cs::CsvReader)
public:
    // The widest file of the format has 11 columns; unknown columns are allowed but ignored.
    static constexpr qsizetype MaxColumns = 1000;
    static constexpr qsizetype MaxRecordBytes = 16 * 1024 * 1024;
    static constexpr qsizetype DefaultBlockSize = 4 * 1024 * 1024;

    // displayName is how errors name the file ("usage.csv").
    CsvReader(const QString &path, QString displayName);
    // Reads from a device the caller owns and keeps alive (a QBuffer, for example); open() opens
    // it for reading if it is not open yet.
    CsvReader(QIODevice *device, QString displayName);
    Q_DISABLE_COPY_MOVE(CsvReader)

    // How many bytes are read at once (at least 1; call before open()). Small sizes make every
    // record cross block boundaries, which is what the fuzzer checks.
    void setBlockSize(qsizetype bytes) { m_blockSize = qMax<qsizetype>(1, bytes); }

    // Opens the file and reads the header. Fails for an unreadable or 0-byte file, a header that
    // is not UTF-8, an empty or repeated column name, more than MaxColumns columns.
    Status open();

    const QStringList &header() const { return m_header; }
    // The index of a header column, or -1.
    int columnIndex(const QString &name) const { return int(m_header.indexOf(name)); }

    // Reads the next record. Returns false at the end of the file or on an error; hasError()
    // tells which, error() names the file, line and reason.
    bool next();
    bool hasError() const { return !m_error.isEmpty(); }
    Error error() const { return Error { m_error }; }

    // The line on which the current record starts (the header is line 1).
    qint64 line() const { return m_recordLine; }
    // The records read so far, without the header.
    qint64 records() const { return m_records; }
    qsizetype fieldCount() const { return m_fields.size(); }
    QByteArrayView field(qsizetype index) const
    {
        const Field &f = m_fields[index];
        return QByteArrayView(
            (f.inScratch ? m_scratch.constData() : m_buffer.constData()) + f.offset, f.length);
    }

    // "usage.csv line 12, column quantity" for a column of the current record.
    QString location(qsizetype column) const;
    // "usage.csv line 12"
    QString location() const;
    const QString &displayName() const { return m_displayName; }

private:
    struct Field
    {
        qsizetype offset;
        qsizetype length;
        bool inScratch;
    };
    enum class Parse { Complete, NeedMore, Failed, End };
    // Where parseRecord() is in the buffer, and what the record has shown so far.
    struct Cursor
    {
        const char *data;
        qsizetype end;
        qsizetype p;
        qint64 newlines;
        unsigned char bits; // the OR of the record's bytes: 0x80 set if any is not ASCII
    };

    Parse parseRecord();
    Parse skipEmptyLines(Cursor &at);
    Parse parseQuotedField(Cursor &at);
    Parse parseUnquotedField(Cursor &at);
    Parse endField(Cursor &at);
    bool fill();
    Parse refuseControlCharacter(unsigned char character);
    bool validateUtf8();
    Status readHeaderNames();
    void setError(const QString &where, const QString &reason);

    std::unique_ptr<QFile> m_ownedFile;
    QIODevice *m_device;
    qsizetype m_blockSize = DefaultBlockSize;
    QString m_displayName;
    QStringList m_header;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // the first unread byte in m_buffer
    qsizetype m_end = 0; // the end of the data in m_buffer
    bool m_eof = false;
    QByteArray m_scratch; // unescaped quoted fields of the current record
    QList<Field> m_fields;
    qint64 m_line = 1; // the line of the next record
    qint64 m_recordLine = 0;
    qint64 m_records = 0;
    bool m_nonAscii = false;
    bool m_readingHeader = false;
    QString m_error;
};

} // namespace cs
