#include "reportsummary.h"

#include <QSet>

#include <map>

namespace cs {

ReportSummary ReportSummary::of(const ReportResult &result)
{
    ReportSummary summary;
    std::map<QString, CurrencyTotal> totals;
    QSet<QString> products;
    for (const ReportLine &line : result.productLines) {
        CurrencyTotal &total = totals[line.currency];
        total.currency = line.currency;
        if (line.spend)
            total.spend = total.spend.plus(*line.spend).value_or(total.spend);
        else
            total.incomplete = true;
        products.insert(line.productCode);
    }
    QSet<QString> channels;
    for (const ReportLine &line : result.channelLines)
        channels.insert(line.channelCode);
    for (auto &entry : totals)
        summary.spend.append(entry.second);
    summary.lines = result.productLines.size();
    summary.products = products.size();
    summary.channels = channels.size();
    summary.accounts = result.accounts;
    return summary;
}

std::optional<ReportSummary::CurrencyTotal> ReportSummary::total(const QString &currency) const
{
    for (const CurrencyTotal &t : spend) {
        if (t.currency == currency)
            return t;
    }
    return std::nullopt;
}

} // namespace cs
