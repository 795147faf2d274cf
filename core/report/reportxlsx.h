#pragma once

#include "reportsheet.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace cs {

// The "Excel workbook (.xlsx)" profile, written with libxlsxwriter: a sheet with the report's
// rows as real cells (numbers with a number format by their decimals and scale, dates as dates,
// text as text: no formula guards are needed, a text cell is never a formula), the totals per
// currency in bold, a frozen header row, an autofilter over the rows and fitted column widths;
// a second sheet with the metadata.
namespace ReportXlsx {

// The workbook's bytes; the error says why libxlsxwriter failed.
Result<QByteArray> toXlsx(const ReportSheet &sheet);
// Writes toXlsx() to `path` atomically (QSaveFile): the whole file or, on any failure, the old
// file untouched and no partial file. The error names the file and the reason.
Status write(const QString &path, const ReportSheet &sheet);

} // namespace ReportXlsx

} // namespace cs
