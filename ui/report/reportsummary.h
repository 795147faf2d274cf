#pragma once

#include "report/reportresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace cs {

// The headline figures of a report, summed exactly from its product lines.
struct ReportSummary
{
    struct CurrencyTotal
    {
        QString currency;
        Decimal spend; // sum of the lines that have a spend
        bool incomplete = false; // some line of this currency has usage without a rate
    };

    QList<CurrencyTotal> spend; // sorted by currency code
    qint64 lines = 0; // usage lines (product lines of the report)
    qint64 products = 0; // distinct products
    qint64 channels = 0; // distinct channels with usage
    qint64 accounts = 0; // distinct accounts with usage (ReportResult::accounts)

    static ReportSummary of(const ReportResult &result);

    // The total in `currency`, if the report has one.
    std::optional<CurrencyTotal> total(const QString &currency) const;
};

} // namespace cs
