#pragma once

#include "report/reportlineorder.h"
#include "reportsortproxy.h"

namespace cs {

class ProductTableModel;

// The Products table's proxy: it sorts and filters with the core's ReportLines, so that the
// table shows the lines in exactly the order and selection that the exports (and the CLI, from
// a report recipe) write.
class ProductSortProxy : public ReportSortProxy
{
    Q_OBJECT

public:
    explicit ProductSortProxy(ProductTableModel *model, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProductSortProxy)

    // The sort shown now (nullopt column when the table is not sorted).
    ReportLineOrder lineOrder() const;

protected:
    bool rowLessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool rowMatches(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ProductTableModel *m_model;
};

} // namespace cs
