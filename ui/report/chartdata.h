#pragma once

#include "report/reportresult.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cs {

// The numbers behind the charts, still exact: the charts are drawn from these, and their
// tooltips show these, so a chart can never disagree with the tables of the same result.
namespace ChartData {

struct Series
{
    QString key; // product code, channel code, or empty for "Other"
    QString label;
    QList<Decimal> values; // one per day of Trend::days, or one per bar
    bool incomplete = false; // some of its usage has no rate, so its spend is too low
};

struct Trend
{
    QList<QDate> days; // every day of the range, days without usage included
    QList<Series> series; // largest first; "Other" last
    QString unit; // currency code or unit of measure
};

// Daily spend in `currency` of the `top` products with the most spend in the range, and the
// remaining products summed as "Other". Usage without a rate counts as no spend here.
Trend spendTrend(const ReportResult &result, const QString &currency, int top);
// Daily usage of one product, summed over currencies (usage does not depend on the currency).
Trend usageTrend(const ReportResult &result, const QString &productCode);

// Spend in `currency` per product (or per channel) over the range, largest first: the `top`
// largest and the rest as "Other" (values hold one number each).
QList<Series> spendByProduct(const ReportResult &result, const QString &currency, int top);
QList<Series> spendByChannel(const ReportResult &result, const QString &currency, int top);

// The currencies of the report's lines, sorted.
QStringList currencies(const ReportResult &result);

// For plotting only: the nearest double of a Decimal.
double toDouble(const Decimal &value);

} // namespace ChartData

} // namespace cs
