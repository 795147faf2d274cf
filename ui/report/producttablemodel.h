#pragma once

#include "common/columntablemodel.h"
#include "report/reportresult.h"
#include "report/reportsheet.h"

#include <QHash>

namespace cs {

// The products of a report: one row per product and currency (ReportResult::productLines),
// grouped by currency, each currency followed by a subtotal row (its spend; the share of every
// row is within its currency). ReportSortProxy keeps the groups together.
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
    // The report lines as set, without subtotals.
    const QList<ReportLine> &lines() const { return m_lines; }
    // The row's line; a subtotal row's has no product code, its currency and the spend total.
    const ReportLine &line(int row) const { return rows().at(row); }
    bool isSubtotal(int row) const { return isSubtotal(rows().at(row)); }
    static bool isSubtotal(const ReportLine &line) { return line.productCode.isEmpty(); }

    // The row's change against the comparison period.
    Change change(int row) const;
    // The spreadsheet column of a table column and back (nullopt: none).
    static std::optional<SheetColumn> sheetColumn(int column);
    static std::optional<int> columnOf(SheetColumn column);

    // The change columns from result.comparison (empty cells when it has none).
    void setComparison(const ReportResult &result);
    const ReportComparison &comparison() const { return m_comparison; }

protected:
    QVariant extraData(const ReportLine &line, int column, int role) const override;

private:
    Change changeOf(const ReportLine &line) const;

    QList<ReportLine> m_lines;
    ReportComparison m_comparison;
    QHash<QString, Change> m_changes; // by channel, product and currency
    QHash<QString, Decimal> m_totals; // spend per currency, for the share column
    QHash<QString, bool> m_unpriced; // currencies with usage that has no spend
};

} // namespace cs
