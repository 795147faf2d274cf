#include "reportcomparison.h"

#include "reportresult.h"

#include <map>
#include <tuple>

namespace cs {

namespace {

using LineKey = std::tuple<QString, QString, QString>; // channel, product, currency
using TotalKey = std::pair<QString, QString>; // channel (empty for the report), currency

LineKey keyOf(const ReportLine &line)
{
    return { line.channelCode, line.productCode, line.currency };
}

std::optional<Decimal> difference(const std::optional<Decimal> &current,
                                  const std::optional<Decimal> &previous)
{
    if (!current || !previous)
        return std::nullopt;
    return current->minus(*previous);
}

// The change of a figure from `previous` (nullopt: absent then, counts as zero) to `current`.
Change lineChange(const ReportLine &current, const ReportLine *previous)
{
    Change change;
    change.compared = true;
    const Decimal previousUsage = previous ? previous->usage : Decimal();
    const std::optional<Decimal> previousSpend = previous ? previous->spend : Decimal();
    change.usage = current.usage.minus(previousUsage);
    change.spend = difference(current.spend, previousSpend);
    const bool bySpend = current.spend && previousSpend;
    const Decimal &now = bySpend ? *current.spend : current.usage;
    const Decimal &then = bySpend ? *previousSpend : previousUsage;
    change.isNew = then.isZero() && !now.isZero();
    change.percent = Comparison::changePercent(now, then);
    return change;
}

Change spendChange(const Decimal &current, const Decimal &previous)
{
    Change change;
    change.compared = true;
    change.spend = current.minus(previous);
    change.isNew = previous.isZero() && !current.isZero();
    change.percent = Comparison::changePercent(current, previous);
    return change;
}

// Spend per (channel, currency) and per currency (channel empty) of `lines`.
void addTotals(std::map<TotalKey, SpendComparison> &totals, const QList<ReportLine> &lines,
               bool previous, bool perChannel)
{
    for (const ReportLine &line : lines) {
        SpendComparison &total
            = totals[{ perChannel ? line.channelCode : QString(), line.currency }];
        total.channelCode = perChannel ? line.channelCode : QString();
        total.currency = line.currency;
        Decimal &sum = previous ? total.previous : total.current;
        if (line.spend)
            sum = sum.plus(*line.spend).value_or(sum);
        else
            total.incomplete = true;
    }
}

QList<SpendComparison> spendComparisons(const QList<ReportLine> &current,
                                        const QList<ReportLine> &previous, bool perChannel)
{
    std::map<TotalKey, SpendComparison> totals;
    addTotals(totals, current, false, perChannel);
    addTotals(totals, previous, true, perChannel);
    QList<SpendComparison> out;
    for (auto &entry : totals) {
        entry.second.change = spendChange(entry.second.current, entry.second.previous);
        out.append(entry.second);
    }
    return out;
}

QList<Change> lineChanges(const QList<ReportLine> &current, const QList<ReportLine> &previous)
{
    std::map<LineKey, const ReportLine *> before;
    for (const ReportLine &line : previous)
        before[keyOf(line)] = &line;
    QList<Change> changes;
    changes.reserve(current.size());
    for (const ReportLine &line : current) {
        const auto found = before.find(keyOf(line));
        changes.append(lineChange(line, found == before.end() ? nullptr : found->second));
    }
    return changes;
}

} // namespace

std::optional<SpendComparison> ReportComparison::channelTotal(const QString &channelCode,
                                                              const QString &currency) const
{
    for (const SpendComparison &total : channelTotals) {
        if (total.channelCode == channelCode && total.currency == currency)
            return total;
    }
    return std::nullopt;
}

Change ReportComparison::currencyTotal(const QString &currency) const
{
    for (const SpendComparison &total : totals) {
        if (total.currency == currency)
            return total.change;
    }
    return {};
}

QString Comparison::kindId(ComparisonKind kind)
{
    switch (kind) {
    case ComparisonKind::PreviousPeriod:
        return QStringLiteral("previous");
    case ComparisonKind::SamePeriodLastYear:
        return QStringLiteral("year");
    case ComparisonKind::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<ComparisonKind> Comparison::kindFromId(const QString &id)
{
    for (const ComparisonKind kind : { ComparisonKind::None, ComparisonKind::PreviousPeriod,
                                       ComparisonKind::SamePeriodLastYear }) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

ReportRequest Comparison::period(const ReportRequest &request, ComparisonKind kind)
{
    ReportRequest previous = request;
    previous.compare = ComparisonKind::None;
    const QDate from = request.from;
    const QDate to = request.to;
    if (kind == ComparisonKind::SamePeriodLastYear) {
        previous.from = from.addYears(-1);
        previous.to = to.addYears(-1);
    } else if (from.day() == 1 && to.addDays(1).day() == 1) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        previous.from = from.addMonths(-months);
        previous.to = from.addDays(-1);
    } else {
        const qint64 days = from.daysTo(to) + 1;
        previous.to = from.addDays(-1);
        previous.from = previous.to.addDays(-(days - 1));
    }
    return previous;
}

std::optional<Decimal> Comparison::changePercent(const Decimal &current, const Decimal &previous)
{
    if (previous.isZero())
        return current.isZero() ? std::optional<Decimal>(Decimal::fromUnits(0, 1)) : std::nullopt;
    const int scale = std::max(current.scale(), previous.scale());
    const auto now = current.withScale(scale);
    const auto then = previous.withScale(scale);
    if (!now || !then)
        return std::nullopt;
    int128 numerator = now->units() - then->units();
    int128 denominator = then->units();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    // percent with one decimal: x 100 x 10
    const int128 limit = decimal::powerOfTen(34);
    if (numerator > limit || numerator < -limit)
        return std::nullopt;
    return Decimal::fromUnits(decimal::divideHalfEven(numerator * 1000, denominator), 1);
}

ReportComparison Comparison::uncovered(const ReportRequest &request, ComparisonKind kind,
                                       const QDate &dataStart)
{
    ReportComparison comparison;
    comparison.kind = kind;
    if (kind == ComparisonKind::None)
        return comparison;
    const ReportRequest then = period(request, kind);
    comparison.from = then.from;
    comparison.to = then.to;
    comparison.dataStart = dataStart;
    comparison.covered = false;
    return comparison;
}

ReportComparison Comparison::compare(const ReportResult &current, const ReportResult &previous,
                                     ComparisonKind kind, const QDate &dataStart)
{
    ReportComparison comparison = uncovered(current.request, kind, dataStart);
    if (kind == ComparisonKind::None)
        return comparison;
    comparison.covered = true;
    comparison.totals = spendComparisons(current.productLines, previous.productLines, false);
    comparison.channelTotals = spendComparisons(current.channelLines, previous.channelLines, true);
    comparison.productChanges = lineChanges(current.productLines, previous.productLines);
    comparison.channelChanges = lineChanges(current.channelLines, previous.channelLines);
    comparison.previousAccounts = previous.accounts;
    return comparison;
}

} // namespace cs
