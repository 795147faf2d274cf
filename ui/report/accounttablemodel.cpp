#include "accounttablemodel.h"

namespace cs {

AccountTableModel::AccountTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const QString noSpendTip = tr("No rate applies to some of this usage, so there is no spend.");
    using Col = TableColumn<AccountLine>;
    setColumns({
        Col(tr("Account")).value(field(&AccountLine::accountCode)),
        Col(tr("Name")).value(field(&AccountLine::accountName)),
        Col(tr("Channel")).value(field(&AccountLine::channelCode)),
        Col(tr("Usage"))
            .headerToolTip(usageHeaderTip())
            .right()
            .value(field(&AccountLine::usage))
            .text([this](const AccountLine &line, CellUse use) {
                return CellText::usage(line.usage, m_unit, use);
            })
            .toolTip([this](const AccountLine &line) {
                return QVariant(CellText::usageToolTip(line.usage, m_unit));
            }),
        Col(tr("Spend"))
            .right()
            .value(field(&AccountLine::spend))
            .format(CellText::orDash)
            .toolTip([noSpendTip](const AccountLine &line) {
                return line.spend ? QVariant() : QVariant(noSpendTip);
            }),
        Col(tr("Currency")).value(field(&AccountLine::currency)),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

void AccountTableModel::setUnit(const QString &uom)
{
    beginResetModel();
    m_unit = uom;
    endResetModel();
}

} // namespace cs
