#include "reportxlsx.h"

#include "util/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ReportXlsx)
};

// The first error libxlsxwriter reports while a workbook is written (every call is checked;
// the workbook is not saved after one).
struct XlsxErrors
{
    QString first;
    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && first.isEmpty())
            first = QString::fromUtf8(lxw_strerror(error));
    }
    void fail(const QString &reason)
    {
        if (first.isEmpty())
            first = reason;
    }
};

// One worksheet being written: formats are made once per number format.
class SheetWriter
{
public:
    SheetWriter(lxw_workbook *workbook, lxw_worksheet *worksheet, XlsxErrors &errors)
        : m_workbook(workbook)
        , m_sheet(worksheet)
        , m_errors(errors)
    {
        m_bold = workbook_add_format(workbook);
        format_set_bold(m_bold);
        m_date = workbook_add_format(workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_boldDate = workbook_add_format(workbook);
        format_set_num_format(m_boldDate, "yyyy-mm-dd");
        format_set_bold(m_boldDate);
    }

    void write(int row, int column, const SheetCell &cell, bool bold = false);
    void text(int row, int column, const QString &text, bool bold = false)
    {
        write(row, column, SheetCell::textCell(text), bold);
    }
    void fitColumns()
    {
        for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it)
            check(worksheet_set_column(m_sheet, lxw_col_t(it.key()), lxw_col_t(it.key()),
                                       qBound(8, it.value() + 2, 60), nullptr));
    }
    lxw_worksheet *sheet() const { return m_sheet; }

private:
    lxw_format *numberFormat(const SheetCell &cell, bool bold);
    void measure(int column, qsizetype width)
    {
        m_widths[column] = qMax(m_widths.value(column), int(width));
    }

    void check(lxw_error error) { m_errors.check(error); }

    lxw_workbook *m_workbook;
    lxw_worksheet *m_sheet;
    XlsxErrors &m_errors;
    lxw_format *m_bold;
    lxw_format *m_date;
    lxw_format *m_boldDate;
    QHash<QString, lxw_format *> m_formats;
    QHash<int, int> m_widths;
};

// "#,##0.00", and the scale's unit in quotes after it ("#,##0.000 \"TB\"").
lxw_format *SheetWriter::numberFormat(const SheetCell &cell, bool bold)
{
    QString pattern = QStringLiteral("#,##0");
    if (cell.decimals > 0)
        pattern += u'.' + QString(cell.decimals, u'0');
    if (!cell.scaleUnit.isEmpty())
        pattern += QStringLiteral(" \"") + QString(cell.scaleUnit).remove(u'"') + u'"';
    const QString key = pattern + (bold ? QStringLiteral("|b") : QString());
    lxw_format *&format = m_formats[key];
    if (!format) {
        format = workbook_add_format(m_workbook);
        format_set_num_format(format, pattern.toUtf8().constData());
        if (bold)
            format_set_bold(format);
    }
    return format;
}

void SheetWriter::write(int row, int column, const SheetCell &cell, bool bold)
{
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(column);
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
        return;
    case SheetCell::Kind::Text:
        measure(column, cell.text.size());
        check(worksheet_write_string(m_sheet, r, c, cell.text.toUtf8().constData(),
                                     bold ? m_bold : nullptr));
        return;
    case SheetCell::Kind::Number:
        // The sheet gives only numbers with at most 15 significant digits here: the double
        // nearest to the exact text is read back as the same decimal.
        measure(column, cell.text.size() + cell.text.size() / 3 + cell.scaleUnit.size() + 1);
        check(
            worksheet_write_number(m_sheet, r, c, cell.text.toDouble(), numberFormat(cell, bold)));
        return;
    case SheetCell::Kind::Date: {
        measure(column, 10);
        lxw_datetime date { cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0 };
        check(worksheet_write_datetime(m_sheet, r, c, &date, bold ? m_boldDate : m_date));
        return;
    }
    }
}

void writeReportSheet(lxw_workbook *workbook, const ReportSheet &sheet, XlsxErrors &errors)
{
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.title.toUtf8().constData());
    if (!worksheet)
        return errors.fail(Tr::tr("cannot add the sheet %1").arg(sheet.title));
    SheetWriter writer(workbook, worksheet, errors);
    for (qsizetype column = 0; column < sheet.columns.size(); ++column)
        writer.text(0, int(column), sheet.columns.at(column).title, true);
    int row = 1;
    for (const QList<SheetCell> &cells : sheet.rows) {
        for (qsizetype column = 0; column < cells.size(); ++column)
            writer.write(row, int(column), cells.at(column));
        ++row;
    }
    const int lastDataRow = row - 1;
    for (const QList<SheetCell> &cells : sheet.totals) {
        for (qsizetype column = 0; column < cells.size(); ++column)
            writer.write(row, int(column), cells.at(column), true);
        ++row;
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    if (!sheet.columns.isEmpty())
        errors.check(worksheet_autofilter(worksheet, 0, 0, lxw_row_t(lastDataRow),
                                          lxw_col_t(sheet.columns.size() - 1)));
    writer.fitColumns();
}

void writeMetadataSheet(lxw_workbook *workbook, const ReportSheet &sheet, XlsxErrors &errors)
{
    const QString title = Tr::tr("About");
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, title.toUtf8().constData());
    if (!worksheet)
        return errors.fail(Tr::tr("cannot add the sheet %1").arg(title));
    SheetWriter writer(workbook, worksheet, errors);
    int row = 0;
    for (const auto &[label, value] : sheet.metadata) {
        writer.text(row, 0, label, true);
        writer.write(row, 1, value);
        ++row;
    }
    writer.fitColumns();
}

} // namespace

Result<QByteArray> ReportXlsx::toXlsx(const ReportSheet &sheet)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error { Tr::tr("cannot create a temporary folder: %1").arg(folder.errorString()) };
    const QByteArray path = QFile::encodeName(folder.filePath(QStringLiteral("report.xlsx")));
    lxw_workbook *workbook = workbook_new(path.constData());
    if (!workbook)
        return Error { Tr::tr("cannot create the workbook") };
    XlsxErrors errors;
    // a fixed creation time (the report's) makes the same report the same bytes
    lxw_doc_properties properties {};
    properties.created = time_t(sheet.generatedAt.toSecsSinceEpoch());
    errors.check(workbook_set_properties(workbook, &properties));
    writeReportSheet(workbook, sheet, errors);
    writeMetadataSheet(workbook, sheet, errors);
    if (!errors.first.isEmpty()) {
        (void)workbook_close(workbook); // frees it; the folder goes with the partial file
        return Error { errors.first };
    }
    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR)
        return Error { QString::fromUtf8(lxw_strerror(closed)) };
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error { file.errorString() };
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { file.errorString() };
    return bytes;
}

Status ReportXlsx::write(const QString &path, const ReportSheet &sheet)
{
    const auto bytes = toXlsx(sheet);
    if (!bytes)
        return Error { Tr::tr("cannot write %1: %2").arg(path, bytes.errorString()) };
    return writeFileAtomically(path, *bytes);
}

} // namespace cs
