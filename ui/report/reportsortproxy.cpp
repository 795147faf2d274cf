#include "reportsortproxy.h"

#include "report/reportlineorder.h"
#include "reportroles.h"

namespace cs {

ReportSortProxy::ReportSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReportRoles::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortLocaleAware(true);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &ReportSortProxy::applyPendingFilter);
}

void ReportSortProxy::setFilterTextDebounced(const QString &text)
{
    m_pendingFilter = text;
    m_filterTimer.start();
}

void ReportSortProxy::applyPendingFilter()
{
    m_filterTimer.stop();
    if (m_appliedFilter == m_pendingFilter
        && filterRegularExpression().pattern() == QRegularExpression::escape(m_pendingFilter))
        return;
    m_appliedFilter = m_pendingFilter;
    setFilterFixedString(m_pendingFilter);
}

bool ReportSortProxy::valueLessThan(const QVariant &left, const QVariant &right)
{
    return ReportLines::sortKeyLess(left, right);
}

std::optional<bool> ReportSortProxy::groupBefore(const QModelIndex &left,
                                                 const QModelIndex &right) const
{
    const QString leftGroup = left.data(ReportRoles::GroupRole).toString();
    const QString rightGroup = right.data(ReportRoles::GroupRole).toString();
    if (leftGroup != rightGroup)
        return leftGroup < rightGroup;
    const bool leftSubtotal = left.data(ReportRoles::SubtotalRole).toBool();
    const bool rightSubtotal = right.data(ReportRoles::SubtotalRole).toBool();
    if (leftSubtotal != rightSubtotal)
        return rightSubtotal;
    return std::nullopt;
}

bool ReportSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // A descending sort asks lessThan(right, left): invert the group order so that it stays
    // ascending, with the subtotal last.
    if (const auto before = groupBefore(left, right))
        return *before != (sortOrder() == Qt::DescendingOrder);
    return rowLessThan(left, right);
}

bool ReportSortProxy::rowLessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (valueLessThan(a, b))
        return true;
    if (valueLessThan(b, a))
        return false;
    return left.row() < right.row(); // stable: equal keys keep the model's order
}

} // namespace cs

namespace cs {

bool ReportSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex row = model->index(sourceRow, 0, sourceParent);
    if (!row.data(ReportRoles::SubtotalRole).toBool())
        return rowMatches(sourceRow, sourceParent);
    if (filterRegularExpression().pattern().isEmpty())
        return true;
    const QString group = row.data(ReportRoles::GroupRole).toString();
    for (int other = 0; other < model->rowCount(sourceParent); ++other) {
        const QModelIndex index = model->index(other, 0, sourceParent);
        if (!index.data(ReportRoles::SubtotalRole).toBool()
            && index.data(ReportRoles::GroupRole).toString() == group
            && rowMatches(other, sourceParent))
            return true;
    }
    return false;
}

bool ReportSortProxy::rowMatches(int sourceRow, const QModelIndex &sourceParent) const
{
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cs
