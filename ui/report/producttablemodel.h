#pragma once

#include "common/columntablemodel.h"
#include "report/reportresult.h"

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

protected:
    QVariant extraData(const ReportLine &line, int column, int role) const override;

private:
    QList<ReportLine> m_lines;
    QHash<QString, Decimal> m_totals; // spend per currency, for the share column
    QHash<QString, bool> m_unpriced; // currencies with usage that has no spend
};

} // namespace cs
