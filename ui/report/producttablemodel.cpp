#include "producttablemodel.h"

#include "common/localeformat.h"
#include "reportroles.h"

#include <QApplication>
#include <QPalette>

namespace cs {

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProductTableModel::setLines(const QList<ReportLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_totals.clear();
    for (const ReportLine &line : std::as_const(m_lines)) {
        if (!line.spend)
            continue;
        Decimal &total = m_totals[line.currency];
        total = total.plus(*line.spend).value_or(total);
    }
    endResetModel();
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportLine &line = m_lines.at(index.row());
    const int column = index.column();
    const auto share = [&]() -> std::optional<Decimal> {
        if (!line.spend)
            return std::nullopt;
        return LocaleFormat::percentValue(*line.spend, m_totals.value(line.currency));
    };

    switch (role) {
    case Qt::DisplayRole:
    case ReportRoles::ClipboardRole: {
        const bool clipboard = role == ReportRoles::ClipboardRole;
        const QLocale locale;
        const auto number
            = [&](const Decimal &d) { return LocaleFormat::decimal(d, locale, !clipboard); };
        switch (column) {
        case Code:
            return line.productCode;
        case Name:
            return line.productName;
        case Category:
            return line.productCategory;
        case Unit:
            return line.uom;
        case Usage:
            return number(line.usage);
        case Spend:
            return line.spend ? number(*line.spend)
                              : (clipboard ? QString() : QStringLiteral("\u2014"));
        case Currency:
            return line.currency;
        case Share: {
            const auto s = share();
            return s ? number(*s) : QString();
        }
        case Accounts:
            return clipboard ? QString::number(line.accounts) : locale.toString(line.accounts);
        }
        break;
    }
    case ReportRoles::SortRole:
        switch (column) {
        case Code:
            return line.productCode;
        case Name:
            return line.productName;
        case Category:
            return line.productCategory;
        case Unit:
            return line.uom;
        case Usage:
            return QVariant::fromValue(line.usage);
        case Spend:
            return line.spend ? QVariant::fromValue(*line.spend) : QVariant();
        case Currency:
            return line.currency;
        case Share: {
            const auto s = share();
            return s ? QVariant::fromValue(*s) : QVariant();
        }
        case Accounts:
            return line.accounts;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Usage || column == Spend || column == Share || column == Accounts)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Spend && !line.spend)
            return tr("No rate applies to some of this usage, so there is no spend.");
        if (column == Name || column == Code)
            return tr("%1 (%2), %3; double-click for the accounts")
                .arg(line.productName, line.productCode, line.productCategory);
        break;
    case Qt::ForegroundRole:
        if (column == Spend && !line.spend)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == Usage || section == Spend || section == Share || section == Accounts)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Usage:
            return tr("Usage in the product's unit, to 6 decimals");
        case Share:
            return tr("Share of the spend in the same currency");
        case Accounts:
            return tr("Accounts with usage of the product in the range");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Product");
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Unit:
        return tr("Unit");
    case Usage:
        return tr("Usage");
    case Spend:
        return tr("Spend");
    case Currency:
        return tr("Currency");
    case Share:
        return tr("Share %");
    case Accounts:
        return tr("Accounts");
    }
    return {};
}

} // namespace cs
