#pragma once

#include "reportresult.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace cs {

class Connection;

// Computes usage and spend reports synchronously on the calling thread's connection (the CLI,
// the tests and ReportTask's worker use it). The database does the grouping: per channel,
// product and business day for usage within one day, and only the few records that cross a
// business-day boundary are fetched one by one and prorated exactly. Every amount stays exact
// until a line is output; then usage is rounded half to even to 6 decimals and spend to the
// currency's minor unit, once per line (rules in core/report/RULES.md).
//
// Fails with a readable Error for an unknown channel, billing group, product or zone, a range
// whose end is before its start, a database error, or when the cancel check returned true
// ("canceled").
class ReportEngine
{
    Q_DECLARE_TR_FUNCTIONS(cs::ReportEngine)
public:
    // Where usage comes from. Automatic uses the rollups (usage_daily, usage_spanning,
    // usage_activity) when the report's zone is the business time zone, the raw records
    // otherwise. Rollups with another zone is an error.
    enum class Source { Automatic, Raw, Rollups };

    explicit ReportEngine(Connection &connection);
    Q_DISABLE_COPY_MOVE(ReportEngine)

    void setSource(Source source) { m_source = source; }
    // Called with 0..100 as the report advances.
    void setProgressHandler(std::function<void(int)> handler) { m_progress = std::move(handler); }
    // Polled between statements; when it returns true the report stops with "canceled".
    void setCancelCheck(std::function<bool()> check) { m_canceled = std::move(check); }

    // With request.compare set, also the report of the comparison period and the comparison
    // (ReportResult::comparison); see compare().
    Result<ReportResult> run(const ReportRequest &request);
    // `current` (a result of run()) compared per `kind`: the comparison period's report is run
    // only when the period starts on or after the first business day with usage in the
    // database; otherwise the comparison says so and gives no changes.
    Result<ReportComparison> compare(const ReportResult &current, ComparisonKind kind);
    // The first business day with usage in the database, in the zone `zoneId`; an invalid date
    // when there is no usage.
    Result<QDate> firstUsageDay(const QString &zoneId);
    // One line per account with usage of the product overlapping the range, sorted by account
    // code; always computed from the raw records.
    Result<QList<AccountLine>> breakdown(const AccountBreakdownRequest &request);
    // The days of one account of the breakdown: per business day with usage of the product in
    // the range, the usage and spend of that day, each rounded once (as the daily series).
    Result<QList<DailyPoint>> accountDays(const AccountBreakdownRequest &request,
                                          const QString &accountCode);

    // The error message of a canceled report.
    static QString canceledMessage();

private:
    Connection &m_connection;
    Source m_source = Source::Automatic;
    std::function<void(int)> m_progress;
    std::function<bool()> m_canceled;
};

} // namespace cs
