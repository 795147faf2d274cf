#include "accounttablemodel.h"

#include "common/localeformat.h"

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
        Col(tr("Share %"))
            .headerToolTip(tr("The account's share of the product's spend in this currency"))
            .right()
            .value([this](const AccountLine &line) -> QVariant {
                const auto percent = share(line);
                return percent ? QVariant::fromValue(*percent) : QVariant();
            }),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

void AccountTableModel::setUnit(const QString &uom)
{
    beginResetModel();
    m_unit = uom;
    endResetModel();
}

void AccountTableModel::setLines(const QList<AccountLine> &lines)
{
    m_totals.clear();
    for (const AccountLine &line : lines) {
        if (!line.spend)
            continue;
        Decimal &total = m_totals[line.currency];
        total = total.plus(*line.spend).value_or(total);
    }
    setRows(lines);
}

std::optional<Decimal> AccountTableModel::share(const AccountLine &line) const
{
    if (!line.spend || !m_totals.contains(line.currency))
        return std::nullopt;
    return LocaleFormat::percentValue(*line.spend, m_totals.value(line.currency));
}

} // namespace cs
