#pragma once

#include "numeric/decimal.h"
#include "reportresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

// The columns a spreadsheet export can have (the report window's columns and the CSV's).
enum class SheetColumn {
    ChannelName,
    ChannelCode,
    BillingGroupName,
    BillingGroupCode,
    ProductName,
    ProductCode,
    ProductCategory,
    Uom,
    Usage,
    Spend,
    Currency,
    Share,
    Accounts,
    StartDate,
    EndDate,
    UsageChange,
    SpendChange,
    ChangePercent,
    ComparisonNote,
};

// One typed cell. A number is kept as exact decimal text and written as a number only when a
// spreadsheet holds it exactly (at most 15 significant digits); a longer one is scaled by a
// power of 1000 (`scaleUnit` says to what: "TB", "million") and its exact text goes into the
// column beside it (ReportSheet::exactColumns).
struct SheetCell
{
    enum class Kind { Empty, Text, Number, Date };
    Kind kind = Kind::Empty;
    QString text; // Text: the text; Number: the exact decimal ("1234.500000")
    int decimals = 0; // Number: the digits after the point to show
    QString scaleUnit; // Number: non-empty when the number is scaled (the exact text is beside)
    QDate date;

    // An empty text is an empty cell.
    static SheetCell textCell(const QString &text)
    {
        return { text.isEmpty() ? Kind::Empty : Kind::Text, text, 0, {}, {} };
    }
    static SheetCell dateCell(const QDate &date) { return { Kind::Date, {}, 0, {}, date }; }
    static SheetCell number(const Decimal &value);
    static SheetCell number(const std::optional<Decimal> &value);
    bool isEmpty() const { return kind == Kind::Empty; }
};

// What the report window shows, which the spreadsheet profiles export: the lines in the order
// and filter of the table (indices into the result's lines) and the visible columns in their
// order. The defaults (the CLI's) are every line in the result's order and the CSV's columns.
struct ReportSheetView
{
    bool byChannel = false;
    std::optional<QList<qsizetype>> lines; // nullopt: every line, in the result's order
    QList<SheetColumn> columns; // empty: defaultColumns()
    QString filterText; // the table's filter, named in the metadata
};

// A report as a table of typed cells for the spreadsheet profiles ("CSV for Excel" and the
// workbook): a header, the rows shown, a totals row per currency and a metadata block (label,
// value). Titles and labels are in the program's language.
struct ReportSheet
{
    struct Column
    {
        SheetColumn id;
        QString title;
        bool exact = false; // the exact text of the number column before it
    };
    QList<Column> columns;
    QList<QList<SheetCell>> rows;
    QList<QList<SheetCell>> totals; // one per currency, in currency order
    QList<std::pair<QString, SheetCell>> metadata;
    QString title; // the sheet's name: "Report"
    QDateTime generatedAt; // UTC, also the workbook's creation time
};

namespace ReportSheets {

// The CSV's columns, and the comparison's after them when the result has one.
QList<SheetColumn> defaultColumns(const ReportResult &result, bool byChannel);
// The Products table's columns in their default order (the currency first), as a sheet writes
// them (see
// withCompanions), with the change columns when the result has a comparison.
QList<SheetColumn> tableColumns(const ReportResult &result);
// A table's columns with the ones a sheet adds: the unit after the usage (the table shows it in
// the usage cells) and the comparison note after the changes.
QList<SheetColumn> withCompanions(QList<SheetColumn> columns);
QString columnTitle(SheetColumn column);
// Builds the sheet; `generatedAt` goes into the metadata (UTC).
ReportSheet build(const ReportResult &result, const ReportSheetView &view,
                  const QDateTime &generatedAt);
// True when a spreadsheet (IEEE double) holds `decimal` exactly as written: at most 15
// significant digits.
bool fitsSpreadsheet(const QString &decimal);

} // namespace ReportSheets

} // namespace cs
