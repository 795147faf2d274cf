#pragma once

#include "numeric/decimal.h"
#include "reportcomparison.h"
#include "reportrequest.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

// One line of a usage and spend report. Usage is rounded half to even to 6 decimals, spend to
// the currency's minor unit, each once, from the exact sum of the line's records. spend is
// empty when no rate applies to some of the line's usage (a warning says which).
struct ReportLine
{
    QString channelCode; // empty on billing-group lines merged over channels
    QString channelName;
    QString billingGroupCode; // empty for a channel in no billing group
    QString billingGroupName;
    QString productCode;
    QString productName;
    QString productCategory;
    QString uom;
    Decimal usage;
    std::optional<Decimal> spend;
    QString currency;
    qint64 accounts = 0; // distinct accounts with usage overlapping the range
};

// Usage and spend of one product (in one currency) on one business day.
struct DailyPoint
{
    QDate date;
    QString productCode;
    QString currency;
    Decimal usage;
    std::optional<Decimal> spend;
};

// One account's usage and spend of the drill-down product.
struct AccountLine
{
    QString accountCode;
    QString accountName;
    QString channelCode;
    Decimal usage;
    std::optional<Decimal> spend;
    QString currency;
};

// The result of a report: every view of the GUI and every CSV comes from one of these, so
// tables, charts and files cannot disagree.
struct ReportResult
{
    ReportRequest request; // with timeZoneId resolved
    QString scopeName; // the channel's or billing group's name

    // One line per product and currency: for a channel its own lines, for a billing group the
    // lines merged over its channels (channel columns empty). Sorted by product code, currency.
    QList<ReportLine> productLines;
    // One line per channel and product (CPBM's billing-group layout; --by-channel). For a
    // channel report the same lines as productLines. Sorted by channel code, product code.
    QList<ReportLine> channelLines;
    // Per product, currency and business day, over the whole scope; days without usage are left
    // out. Sorted by date, product code, currency.
    QList<DailyPoint> daily;
    // Distinct accounts with usage overlapping the range, over the whole scope: an account that
    // uses several products counts once. An account belongs to one channel, so this is the sum
    // of channelAccounts.
    qint64 accounts = 0;
    // Channel code -> distinct accounts of that channel with usage overlapping the range, over
    // all its products; channels without usage in the range are left out.
    QMap<QString, qint64> channelAccounts;
    // Human-readable warnings, for example a product with usage but no rate.
    QStringList warnings;
    // Against request.compare's period; kind None when no comparison was asked for.
    ReportComparison comparison;
};

} // namespace cs
