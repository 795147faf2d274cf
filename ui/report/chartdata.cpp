#include "chartdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cs::ChartData {

namespace {

QString otherLabel()
{
    return QCoreApplication::translate("ChartData", "Other");
}

void add(Decimal &sum, const Decimal &value)
{
    sum = sum.plus(value).value_or(sum);
}

// Keeps the `top` largest of `ranked` (key -> total) and returns their keys, largest first.
QStringList topKeys(const QHash<QString, Decimal> &totals, int top)
{
    QStringList keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const Decimal &x = totals[a];
        const Decimal &y = totals[b];
        return x != y ? x > y : a < b;
    });
    if (keys.size() > top && top > 0)
        keys.resize(top);
    return keys;
}

QList<Series> ranked(const QHash<QString, Decimal> &totals, const QHash<QString, QString> &labels,
                     int top, const QSet<QString> &incomplete)
{
    const QStringList keys = topKeys(totals, top);
    QList<Series> out;
    Decimal rest;
    bool hasRest = false;
    for (const QString &key : keys)
        out.append({ key, labels.value(key, key), { totals[key] }, incomplete.contains(key) });
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (!keys.contains(it.key())) {
            add(rest, it.value());
            hasRest = true;
        }
    }
    if (hasRest)
        out.append({ QString(), otherLabel(), { rest }, false });
    return out;
}

} // namespace

static QList<QDate> daysOf(const ReportRequest &request)
{
    QList<QDate> days;
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        return days;
    days.reserve(request.from.daysTo(request.to) + 1);
    for (QDate d = request.from; d <= request.to; d = d.addDays(1))
        days.append(d);
    return days;
}

Trend spendTrend(const ReportResult &result, const QString &currency, int top)
{
    Trend trend;
    trend.days = daysOf(result.request);
    trend.unit = currency;
    const QDate first = result.request.from;
    QHash<QString, Decimal> totals;
    QHash<QString, QString> names;
    for (const ReportLine &line : result.productLines) {
        if (line.currency == currency) {
            add(totals[line.productCode], line.spend.value_or(Decimal()));
            names.insert(line.productCode, line.productCode);
        }
    }
    const QStringList keys = topKeys(totals, top);
    QHash<QString, qsizetype> index;
    for (const QString &key : keys) {
        index.insert(key, trend.series.size());
        trend.series.append({ key, names.value(key), QList<Decimal>(trend.days.size()) });
    }
    const bool hasOther = totals.size() > keys.size();
    if (hasOther)
        trend.series.append({ QString(), otherLabel(), QList<Decimal>(trend.days.size()) });
    for (const DailyPoint &point : result.daily) {
        if (point.currency != currency || !point.spend)
            continue;
        const qint64 day = first.daysTo(point.date);
        if (day < 0 || day >= trend.days.size())
            continue;
        const auto it = index.constFind(point.productCode);
        const qsizetype s = it != index.cend() ? *it : (hasOther ? trend.series.size() - 1 : -1);
        if (s >= 0)
            add(trend.series[s].values[day], *point.spend);
    }
    return trend;
}

Trend usageTrend(const ReportResult &result, const QString &productCode)
{
    Trend trend;
    trend.days = daysOf(result.request);
    const QDate first = result.request.from;
    QString label = productCode;
    for (const ReportLine &line : result.productLines) {
        if (line.productCode == productCode) {
            trend.unit = line.uom;
            label = line.productName.isEmpty() ? productCode : line.productName;
            break;
        }
    }
    Series series { productCode, label, QList<Decimal>(trend.days.size()) };
    for (const DailyPoint &point : result.daily) {
        if (point.productCode != productCode)
            continue;
        const qint64 day = first.daysTo(point.date);
        if (day >= 0 && day < series.values.size())
            add(series.values[day], point.usage);
    }
    trend.series.append(std::move(series));
    return trend;
}

QList<Series> spendByProduct(const ReportResult &result, const QString &currency, int top)
{
    QHash<QString, Decimal> totals;
    QHash<QString, QString> labels;
    QSet<QString> incomplete;
    for (const ReportLine &line : result.productLines) {
        if (line.currency != currency)
            continue;
        add(totals[line.productCode], line.spend.value_or(Decimal()));
        labels.insert(line.productCode, line.productCode);
        if (!line.spend)
            incomplete.insert(line.productCode);
    }
    return ranked(totals, labels, top, incomplete);
}

QList<Series> spendByChannel(const ReportResult &result, const QString &currency, int top)
{
    QHash<QString, Decimal> totals;
    QHash<QString, QString> labels;
    QSet<QString> incomplete;
    for (const ReportLine &line : result.channelLines) {
        if (line.currency != currency)
            continue;
        add(totals[line.channelCode], line.spend.value_or(Decimal()));
        labels.insert(line.channelCode, line.channelCode);
        if (!line.spend)
            incomplete.insert(line.channelCode);
    }
    return ranked(totals, labels, top, incomplete);
}

QStringList currencies(const ReportResult &result)
{
    QSet<QString> set;
    for (const ReportLine &line : result.productLines)
        set.insert(line.currency);
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

double toDouble(const Decimal &value)
{
    return double(value.units()) / std::pow(10.0, value.scale());
}

} // namespace cs::ChartData
