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
        Col(tr("Usage")).right().value(field(&AccountLine::usage)),
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

} // namespace cs
