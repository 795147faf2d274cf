#include "reportsortproxy.h"

#include "numeric/decimal.h"
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
    if (filterRegularExpression().pattern() != QRegularExpression::escape(m_pendingFilter))
        setFilterFixedString(m_pendingFilter);
}

bool ReportSortProxy::valueLessThan(const QVariant &left, const QVariant &right)
{
    if (!left.isValid() || !right.isValid())
        return !left.isValid() && right.isValid();
    const int decimalType = qMetaTypeId<Decimal>();
    if (left.userType() == decimalType && right.userType() == decimalType)
        return left.value<Decimal>() < right.value<Decimal>();
    if (left.typeId() == QMetaType::QString || right.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(left.toString(), right.toString()) < 0;
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

bool ReportSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
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
