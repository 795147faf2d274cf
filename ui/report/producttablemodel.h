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
        ColumnCount
    };

    explicit ProductTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProductTableModel)

    void setLines(const QList<ReportLine> &lines);
    const QList<ReportLine> &lines() const { return rows(); }
    const ReportLine &line(int row) const { return rows().at(row); }

private:
    QHash<QString, Decimal> m_totals; // spend per currency, for the share column
};

} // namespace cs
