#pragma once

#include "report/reportprofiles.h"
#include "report/reportresult.h"
#include "util/result.h"

#include <QModelIndexList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QImage;
class QPixmap;
class QWidget;

namespace cs {

class AccountTableModel;

// What File > Export and Edit > Copy do, without dialogs, so the tests run the same code.
namespace ReportExport {

// "<scope code>_<from>_<to>.csv" (ISO dates); "_by-channel" before ".csv" for the channel lines.
QString defaultCsvFileName(const ReportResult &result, bool byChannel);
// defaultCsvFileName() with the profile's suffix (".xlsx" for the workbook).
QString defaultFileName(const ReportResult &result, bool byChannel, ExportProfile profile);
// The save dialog's filter of a profile: "CSV for Excel (*.csv)".
QString profileFilter(ExportProfile profile);
// The same stem for a picture of a chart: "<scope code>_<from>_<to>_<what>.png".
QString defaultPngFileName(const ReportResult &result, const QString &what);

// Writes the report CSV through the core's writer (the CLI's content), atomically.
Status writeCsv(const QString &path, const ReportResult &result, bool byChannel);

// The accounts of a product line as CSV (RFC 4180, UTF-8, CRLF, plain decimals with '.', ISO
// dates, as the report CSV): Account Code, Account Name, Channel Code, Product Code, Usage,
// Spend, Currency, Share % (of the spend in the currency, one decimal), Start Date, End Date.
QByteArray accountsCsv(const AccountBreakdownRequest &request, const AccountTableModel &model);
// Writes accountsCsv() atomically; the error names the file and the reason.
Status writeAccountsCsv(const QString &path, const AccountBreakdownRequest &request,
                        const AccountTableModel &model);

// The given rows of `model` (any column of a row selects the row) as tab-separated text, one
// line per row in the order given, with a header line of the column titles when `header` is
// true. Cells come from ReportRoles::ClipboardRole where the model has it (numbers in the UI
// locale without group separators), else from the display text; tabs and line breaks inside a
// cell become spaces.
QString rowsAsTsv(const QAbstractItemModel *model, const QList<int> &rows, bool header);

// A picture of `widget` as PNG, written atomically, below the lines of `caption` (the first
// in bold: the title; then scope, range, zone and units), so a saved chart says what it shows.
Status savePng(QWidget *widget, const QString &path, const QStringList &caption = {});
// The picture savePng() writes: `chart` below the caption, as wide as the chart.
QImage captioned(const QPixmap &chart, const QStringList &caption);

} // namespace ReportExport

} // namespace cs
