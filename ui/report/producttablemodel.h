#pragma once

#include "common/columntablemodel.h"
#include "report/reportresult.h"

#include <QHash>

namespace cs {

// The products of a report: one row per product and currency (ReportResult::productLines).
class ProductTableModel : public ColumnTableModel<ReportLine>
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Category,
        Unit,
        Usage,
        Spend,
        Currency,
        Share,
        Accounts,
        UsageChange,
        SpendChange,
        ChangePercent,
        ColumnCount
    };

    explicit ProductTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProductTableModel)

    void setLines(const QList<ReportLine> &lines);
    const QList<ReportLine> &lines() const { return rows(); }
    const ReportLine &line(int row) const { return rows().at(row); }
    // The change columns from result.comparison (empty cells when it has none).
    void setComparison(const ReportResult &result);
    const ReportComparison &comparison() const { return m_comparison; }

private:
    Change changeOf(const ReportLine &line) const;

    ReportComparison m_comparison;
    QHash<QString, Change> m_changes; // by channel, product and currency
    QHash<QString, Decimal> m_totals; // spend per currency, for the share column
};

} // namespace cs
