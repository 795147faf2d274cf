#include "reportlineorder.h"

#include <algorithm>

namespace cs {

namespace {

// A change % of a line new in the period: above every percentage a report can have.
QVariant percentKey(const Change &change)
{
    if (!change.compared)
        return {};
    if (change.isNew)
        return QVariant::fromValue(Decimal::fromUnits(decimal::powerOfTen(37), 0));
    return change.percent ? QVariant::fromValue(*change.percent) : QVariant();
}

QVariant optionalKey(const std::optional<Decimal> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

bool ReportLines::matchesFilter(const ReportLine &line, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    for (const QString *text : { &line.productCode, &line.productName, &line.productCategory,
                                 &line.uom, &line.currency, &line.channelCode, &line.channelName })
        if (text->contains(filter, Qt::CaseInsensitive))
            return true;
    return false;
}

bool ReportLines::lineBefore(const QVariant &leftKey, qsizetype leftIndex, const QVariant &rightKey,
                             qsizetype rightIndex, Qt::SortOrder order)
{
    if (order == Qt::DescendingOrder)
        return lineBefore(rightKey, rightIndex, leftKey, leftIndex, Qt::AscendingOrder);
    if (sortKeyLess(leftKey, rightKey))
        return true;
    if (sortKeyLess(rightKey, leftKey))
        return false;
    return leftIndex < rightIndex;
}

QVariant ReportLines::sortKey(const ReportLine &line, const Change &change, SheetColumn column)
{
    using C = SheetColumn;
    switch (column) {
    case C::ChannelCode:
        return line.channelCode;
    case C::ChannelName:
        return line.channelName;
    case C::ProductCode:
        return line.productCode;
    case C::ProductName:
        return line.productName;
    case C::ProductCategory:
        return line.productCategory;
    case C::Uom:
        return line.uom;
    case C::Currency:
        return line.currency;
    case C::Usage:
        return QVariant::fromValue(line.usage);
    case C::Spend:
    case C::Share:
        return optionalKey(line.spend);
    case C::Accounts:
        return line.accounts;
    case C::UsageChange:
        return change.compared ? optionalKey(change.usage) : QVariant();
    case C::SpendChange:
        return change.compared ? optionalKey(change.spend) : QVariant();
    case C::ChangePercent:
        return percentKey(change);
    case C::BillingGroupName:
    case C::BillingGroupCode:
    case C::StartDate:
    case C::EndDate:
    case C::ComparisonNote:
        break;
    }
    return {};
}

bool ReportLines::sortKeyLess(const QVariant &left, const QVariant &right)
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

QList<qsizetype> ReportLines::shown(const ReportResult &result, bool byChannel,
                                    const QString &filter, const ReportLineOrder &order)
{
    const QList<ReportLine> &lines = byChannel ? result.channelLines : result.productLines;
    struct Entry
    {
        qsizetype index;
        QString group;
        QVariant key;
    };
    QList<Entry> entries;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ReportLine &line = lines.at(i);
        if (!matchesFilter(line, filter))
            continue;
        const Change change
            = byChannel ? result.comparison.channelChange(i) : result.comparison.productChange(i);
        entries.append({ i, byChannel ? line.channelCode + u'\n' + line.currency : line.currency,
                         order.column ? sortKey(line, change, *order.column) : QVariant() });
    }
    const Qt::SortOrder direction = order.column ? order.order : Qt::AscendingOrder;
    std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        if (a.group != b.group)
            return a.group < b.group;
        return lineBefore(a.key, a.index, b.key, b.index, direction);
    });
    QList<qsizetype> indices;
    indices.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        indices.append(entry.index);
    return indices;
}

} // namespace cs
