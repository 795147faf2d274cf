#pragma once

#include "reportresult.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace cs {

// The report as CSV, for the CLI and the GUI's export: UTF-8 without a byte order mark, RFC 4180
// (fields with a comma, quote, CR or LF are quoted, quotes doubled), CRLF line ends as the RFC
// says. Numbers are plain decimals with '.', dates ISO YYYY-MM-DD. A text cell that a
// spreadsheet would run as a formula (first character = + - @ tab or CR) gets a leading single
// quote; numeric cells are never changed. Spend is empty where no rate applied.
namespace ReportCsv {

// The header row's cells, in order.
QStringList header();
// The cells added after header()'s when the result has a comparison (ReportRequest::compare).
QStringList comparisonHeader();
// The productLines, or with byChannel the channelLines (one line per channel and product); with
// the comparison columns only when result.comparison is active.
QByteArray toCsv(const ReportResult &result, bool byChannel);
// Writes toCsv() to `path` atomically (QSaveFile): the file is either complete or untouched.
// The error names the file and the reason.
Status write(const QString &path, const ReportResult &result, bool byChannel);

// One text cell, neutralised and quoted as above (exposed for the tests).
QString textCell(const QString &text);

} // namespace ReportCsv

} // namespace cs
