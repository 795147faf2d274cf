#pragma once

#include "reportresult.h"
#include "reportsheet.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace cs {

// How a report is saved. MachineCsv is the stable contract for programs (ReportCsv: RFC 4180,
// ',' and '.', no BOM, every line in the result's order); the other two are for people who open
// the file in a spreadsheet and export what the window shows (ReportSheet).
enum class ExportProfile { MachineCsv, ExcelCsv, Xlsx };

namespace ReportProfiles {

// "csv", "excel-csv", "xlsx" (the CLI's --format) and back.
QString id(ExportProfile profile);
std::optional<ExportProfile> fromId(const QString &id);
// "csv" or "xlsx".
QString suffix(ExportProfile profile);
// "CSV for machines", "CSV for Excel", "Excel workbook (.xlsx)" in the program's language.
QString displayName(ExportProfile profile);

// The list separator a spreadsheet in `locale` expects: ';' where the decimal mark is a comma
// (German, French...), else ','.
QChar listSeparator(const QLocale &locale);

// "CSV for Excel": UTF-8 with a byte order mark, the locale's list separator and decimal mark
// (no group separators), ISO dates, CRLF, no "sep=" line. Text cells are quoted where they hold
// the separator, a quote or a line break, and a text cell a spreadsheet would run as a formula
// (= + - @ tab CR first) gets a leading '; numbers are never changed. The header, the rows, the
// totals, an empty line and the metadata (label, value) follow each other.
QByteArray excelCsv(const ReportSheet &sheet, const QLocale &locale);

// The time a report file says it was generated at: now (UTC), or SOURCE_DATE_EPOCH (seconds since
// 1970, the reproducible-builds convention) when that is set, so that two runs give the same
// bytes.
QDateTime generationTime();

// Writes `result` in `profile` to `path` atomically; `view` and `locale` apply to the
// spreadsheet profiles only. The error names the file and the reason.
Status write(const QString &path, ExportProfile profile, const ReportResult &result,
             const ReportSheetView &view, const QLocale &locale,
             const QDateTime &generatedAt = generationTime());

} // namespace ReportProfiles

} // namespace cs
