#include "accounttablemodel.h"

#include "common/localeformat.h"
#include "reportroles.h"

namespace cs {

AccountTableModel::AccountTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccountTableModel::setLines(const QList<AccountLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountLine &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case ReportRoles::ClipboardRole: {
        const bool clipboard = role == ReportRoles::ClipboardRole;
        switch (column) {
        case Code:
            return line.accountCode;
        case Name:
            return line.accountName;
        case Channel:
            return line.channelCode;
        case Usage:
            return LocaleFormat::decimal(line.usage, QLocale(), !clipboard);
        case Spend:
            if (!line.spend)
                return clipboard ? QString() : QStringLiteral("\u2014");
            return LocaleFormat::decimal(*line.spend, QLocale(), !clipboard);
        case Currency:
            return line.currency;
        }
        break;
    }
    case ReportRoles::SortRole:
        switch (column) {
        case Code:
            return line.accountCode;
        case Name:
            return line.accountName;
        case Channel:
            return line.channelCode;
        case Usage:
            return QVariant::fromValue(line.usage);
        case Spend:
            return line.spend ? QVariant::fromValue(*line.spend) : QVariant();
        case Currency:
            return line.currency;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Usage || column == Spend)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Spend && !line.spend)
            return tr("No rate applies to some of this usage, so there is no spend.");
        break;
    default:
        break;
    }
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant(((section == Usage || section == Spend) ? Qt::AlignRight : Qt::AlignLeft)
                        | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Account");
    case Name:
        return tr("Name");
    case Channel:
        return tr("Channel");
    case Usage:
        return tr("Usage");
    case Spend:
        return tr("Spend");
    case Currency:
        return tr("Currency");
    }
    return {};
}

} // namespace cs
