#pragma once

#include <QDate>
#include <QString>

namespace cs {

enum class ReportScope { Channel, BillingGroup };

// What a report is compared with: nothing, the period of equal length just before it, or the
// same days one year earlier (rules in core/report/RULES.md, "Comparisons").
enum class ComparisonKind { None, PreviousPeriod, SamePeriodLastYear };

// What to report: a channel or a billing group and an inclusive range of business days.
struct ReportRequest
{
    ReportScope scope = ReportScope::Channel;
    QString code; // channel or billing group code
    QDate from; // first business day, inclusive
    QDate to; // last business day, inclusive
    // IANA zone in which the days start; empty means the database's business.timezone.
    QString timeZoneId;
    // The comparison computed with the report (ReportResult::comparison).
    ComparisonKind compare = ComparisonKind::None;
};

// The per-account breakdown of one product in a report (the drill-down).
struct AccountBreakdownRequest
{
    ReportRequest report;
    QString productCode;
    // Only the accounts of channels in this currency (a product line's currency); empty for
    // every currency.
    QString currency;
};

} // namespace cs
