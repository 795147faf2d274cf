#pragma once

#include "numeric/decimal.h"
#include "reportrequest.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

struct ReportResult;

// The change of one figure (a report line or a total) against the comparison period. All
// amounts are exact: the deltas are differences of the rounded figures shown, the percentage is
// rounded half to even to one decimal.
struct Change
{
    bool compared = false; // false where the comparison period is not covered by data
    std::optional<Decimal> usage; // current minus previous usage (lines only)
    std::optional<Decimal> spend; // current minus previous spend; empty when a spend is missing
    // The change in percent of the previous spend (of the previous usage when a spend is
    // missing); empty when the previous figure is zero and the current one is not (isNew).
    std::optional<Decimal> percent;
    bool isNew = false; // the comparison period had none of it: a change against zero
};

// The spend of the report's scope (or of one channel) in one currency, now and then.
struct SpendComparison
{
    QString channelCode; // empty for a total of the whole report
    QString currency;
    Decimal current; // sum of the lines that have a spend
    Decimal previous;
    bool incomplete = false; // some line, now or then, has usage without a rate
    Change change;
};

// A report compared with another period: computed by the core with the report
// (ReportRequest::compare), shown by the GUI, written by the CSV and the CLI.
struct ReportComparison
{
    ComparisonKind kind = ComparisonKind::None;
    QDate from; // the comparison period, inclusive
    QDate to;
    // The first business day with usage in the database (in the report's zone); invalid when
    // the database has no usage.
    QDate dataStart;
    // The comparison period starts on or after dataStart: only then are changes given.
    bool covered = false;
    QList<SpendComparison> totals; // per currency, sorted by currency (when covered)
    QList<SpendComparison> channelTotals; // per channel and currency (when covered)
    QList<Change> productChanges; // one per ReportResult::productLines entry, same order
    QList<Change> channelChanges; // one per ReportResult::channelLines entry, same order
    qint64 previousAccounts = 0; // distinct accounts in the comparison period

    bool isActive() const { return kind != ComparisonKind::None; }
    // The change of productLines[row] / channelLines[row]; an empty Change when not compared.
    Change productChange(qsizetype row) const { return productChanges.value(row); }
    Change channelChange(qsizetype row) const { return channelChanges.value(row); }
    // The change of the whole scope's spend in a currency; an empty Change when not compared.
    Change currencyTotal(const QString &currency) const;
    // The spend comparison of a channel in a currency, if compared.
    std::optional<SpendComparison> channelTotal(const QString &channelCode,
                                                const QString &currency) const;
};

namespace Comparison {

// "previous", "year", "none" (the CLI's and the preferences' words) and back.
QString kindId(ComparisonKind kind);
std::optional<ComparisonKind> kindFromId(const QString &id);

// The comparison period of `request`. PreviousPeriod: for whole calendar months the same number
// of months just before, otherwise the same number of days just before. SamePeriodLastYear:
// the same dates one year earlier (29 February becomes 28 February).
ReportRequest period(const ReportRequest &request, ComparisonKind kind);

// (current - previous) / previous in percent, one decimal, half to even; 0 when both are zero;
// nullopt when only previous is zero (a new figure) or beyond 38 digits.
std::optional<Decimal> changePercent(const Decimal &current, const Decimal &previous);

// A comparison whose period starts before the data: no changes, only the period and dataStart.
ReportComparison uncovered(const ReportRequest &request, ComparisonKind kind,
                           const QDate &dataStart);
// `current` compared with `previous` (the report of period(current.request, kind)); lines are
// matched by channel, product and currency. A line missing then counts as zero (new).
ReportComparison compare(const ReportResult &current, const ReportResult &previous,
                         ComparisonKind kind, const QDate &dataStart);

} // namespace Comparison

} // namespace cs
