#include "producttablemodel.h"

#include "common/localeformat.h"

#include <QApplication>
#include <QPalette>

namespace cs {

ProductTableModel::ProductTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto productTip = [](const ReportLine &line) -> QVariant {
        return tr("%1 (%2), %3; double-click for the accounts")
            .arg(line.productName, line.productCode, line.productCategory);
    };
    const QString noSpendTip = tr("No rate applies to some of this usage, so there is no spend.");
    const auto share = [this](const ReportLine &line) -> QVariant {
        const auto percent = line.spend
            ? LocaleFormat::percentValue(*line.spend, m_totals.value(line.currency))
            : std::nullopt;
        return percent ? QVariant::fromValue(*percent) : QVariant();
    };
    using Col = TableColumn<ReportLine>;
    setColumns({
        Col(tr("Product")).value(field(&ReportLine::productCode)).toolTip(productTip),
        Col(tr("Name")).value(field(&ReportLine::productName)).toolTip(productTip),
        Col(tr("Category")).value(field(&ReportLine::productCategory)),
        Col(tr("Unit")).value(field(&ReportLine::uom)),
        Col(tr("Usage"))
            .headerToolTip(usageHeaderTip())
            .right()
            .value(field(&ReportLine::usage))
            .text(usageText(&ReportLine::usage, &ReportLine::uom))
            .toolTip(usageToolTip(&ReportLine::usage, &ReportLine::uom)),
        Col(tr("Spend"))
            .right()
            .value(field(&ReportLine::spend))
            .format(CellText::orDash)
            .toolTip([noSpendTip](const ReportLine &line) {
                return line.spend ? QVariant() : QVariant(noSpendTip);
            })
            .foreground([](const ReportLine &line) -> QVariant {
                if (line.spend)
                    return {};
                return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            }),
        Col(tr("Currency")).value(field(&ReportLine::currency)),
        Col(tr("Share %"))
            .headerToolTip(tr("Share of the spend in the same currency"))
            .right()
            .value(share),
        Col(tr("Accounts"))
            .headerToolTip(tr("Accounts with usage of the product in the range"))
            .right()
            .value(field(&ReportLine::accounts)),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

void ProductTableModel::setLines(const QList<ReportLine> &lines)
{
    m_totals.clear();
    for (const ReportLine &line : lines) {
        if (!line.spend)
            continue;
        Decimal &total = m_totals[line.currency];
        total = total.plus(*line.spend).value_or(total);
    }
    setRows(lines);
}

} // namespace cs
