#pragma once

#include "db/connection.h"
#include "numeric/exactrational.h"
#include "report/reportresult.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <map>
#include <optional>
#include <tuple>

namespace cs::test {

// Generated report data: billing groups, channels in EUR, JPY, USD and BHD, products with and
// without rates, effective-dated rates with changes inside the test ranges and channel
// overrides, and usage records around the 2026 daylight-saving changes of Europe/Berlin (the
// business zone): daily records aligned to Berlin days, records aligned to UTC days (which
// cross Berlin day boundaries), multi-day records and quantities of 10^15. Usage goes into
// usage_record and through UsageRollupBuilder, as the importer does. Returns false after a
// QTest failure.
bool generateReportData(Connection &db, quint64 seed);

// Moves, changes and deletes some records (a re-import), keeping the rollups in step.
bool reimportSome(Connection &db, quint64 seed);

// The report computed by brute force from usage_record with exact rationals, independently of
// the engine: every record is spread over the days it overlaps, every day looks up its rate.
struct OracleReport
{
    // (channel code, product code) -> rounded usage, spend (empty: no rate), accounts
    std::map<std::pair<QString, QString>, std::tuple<QString, QString, qint64>> channelLines;
    // (product code, currency) over the scope
    std::map<std::pair<QString, QString>, std::tuple<QString, QString, qint64>> productLines;
    // (date, product code, currency) -> usage, spend
    std::map<std::tuple<QDate, QString, QString>, std::pair<QString, QString>> daily;
    // distinct accounts with usage in the range: over the scope, and per channel code
    qint64 accounts = 0;
    std::map<QString, qint64> channelAccounts;
    qsizetype warnings = 0;
};
OracleReport oracle(Connection &db, const ReportRequest &request, const QTimeZone &zone);

// Compares an engine result with the oracle line by line (QCOMPARE inside).
void compareWithOracle(const ReportResult &result, const OracleReport &expected);

} // namespace cs::test
