#include "channeltablemodel.h"

#include "common/localeformat.h"
#include "reportroles.h"

#include <QApplication>
#include <QStyle>

#include <map>

namespace cs {

ChannelTableModel::ChannelTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QList<ChannelTableModel::Row> ChannelTableModel::summarize(const QList<ReportLine> &channelLines,
                                                           const QMap<QString, qint64> &accounts)
{
    std::map<std::pair<QString, QString>, Row> rows;
    for (const ReportLine &line : channelLines) {
        Row &row = rows[{ line.channelCode, line.currency }];
        if (row.code.isEmpty()) {
            row.code = line.channelCode;
            row.name = line.channelName;
            row.currency = line.currency;
            row.accounts = accounts.value(line.channelCode);
        }
        ++row.products;
        if (line.spend)
            row.spend = row.spend.plus(*line.spend).value_or(row.spend);
        else
            row.incomplete = true;
    }
    QList<Row> out;
    out.reserve(qsizetype(rows.size()));
    for (auto &entry : rows)
        out.append(std::move(entry.second));
    return out;
}

void ChannelTableModel::setLines(const QList<ReportLine> &channelLines,
                                 const QMap<QString, qint64> &accounts)
{
    beginResetModel();
    m_rows = summarize(channelLines, accounts);
    m_totals.clear();
    for (const Row &row : std::as_const(m_rows)) {
        Decimal &total = m_totals[row.currency];
        total = total.plus(row.spend).value_or(total);
    }
    endResetModel();
}

int ChannelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case ReportRoles::ClipboardRole: {
        const bool clipboard = role == ReportRoles::ClipboardRole;
        const QLocale locale;
        switch (column) {
        case Code:
            return row.code;
        case Name:
            return row.name;
        case Currency:
            return row.currency;
        case Spend:
            return LocaleFormat::decimal(row.spend, locale, !clipboard);
        case Share: {
            const auto share = LocaleFormat::percentValue(row.spend, m_totals.value(row.currency));
            return share ? LocaleFormat::decimal(*share, locale, !clipboard) : QString();
        }
        case Products:
            return clipboard ? QString::number(row.products) : locale.toString(row.products);
        case Accounts:
            return clipboard ? QString::number(row.accounts) : locale.toString(row.accounts);
        }
        break;
    }
    case ReportRoles::SortRole:
        switch (column) {
        case Code:
            return row.code;
        case Name:
            return row.name;
        case Currency:
            return row.currency;
        case Spend:
            return QVariant::fromValue(row.spend);
        case Share: {
            const auto share = LocaleFormat::percentValue(row.spend, m_totals.value(row.currency));
            return share ? QVariant::fromValue(*share) : QVariant();
        }
        case Products:
            return row.products;
        case Accounts:
            return row.accounts;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column >= Spend)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == Spend && row.incomplete)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (column == Spend && row.incomplete)
            return tr("Incomplete: some products of this channel have usage without a rate.");
        break;
    default:
        break;
    }
    return {};
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant((section >= Spend ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Share:
            return tr("Share of the billing group's spend in the same currency");
        case Products:
            return tr("Products with usage in the range");
        case Accounts:
            return tr("Accounts of the channel with usage in the range (an account that uses "
                      "several products counts once)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Channel");
    case Name:
        return tr("Name");
    case Currency:
        return tr("Currency");
    case Spend:
        return tr("Spend");
    case Share:
        return tr("Share %");
    case Products:
        return tr("Products");
    case Accounts:
        return tr("Accounts");
    }
    return {};
}

} // namespace cs
