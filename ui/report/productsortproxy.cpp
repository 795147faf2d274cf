#include "productsortproxy.h"

#include "producttablemodel.h"

namespace cs {

ProductSortProxy::ProductSortProxy(ProductTableModel *model, QObject *parent)
    : ReportSortProxy(parent)
    , m_model(model)
{
    setSourceModel(model);
}

ReportLineOrder ProductSortProxy::lineOrder() const
{
    return { ProductTableModel::sheetColumn(sortColumn()), sortOrder() };
}

bool ProductSortProxy::rowLessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto column = ProductTableModel::sheetColumn(left.column());
    if (!column)
        return ReportSortProxy::rowLessThan(left, right);
    const int a = left.row();
    const int b = right.row();
    return ReportLines::lineBefore(
        ReportLines::sortKey(m_model->line(a), m_model->change(a), *column), a,
        ReportLines::sortKey(m_model->line(b), m_model->change(b), *column), b, Qt::AscendingOrder);
}

bool ProductSortProxy::rowMatches(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return ReportLines::matchesFilter(m_model->line(sourceRow), filterText());
}

} // namespace cs
