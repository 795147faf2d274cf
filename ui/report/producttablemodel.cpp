#include "producttablemodel.h"

#include "changecolumns.h"
#include "common/localeformat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <map>

namespace cs {

namespace {

// A column value that a subtotal row leaves empty (usage of different units, distinct counts).
TableColumn<ReportLine>::RowValue unlessSubtotal(TableColumn<ReportLine>::RowValue get)
{
    return [get = std::move(get)](const ReportLine &line) {
        return ProductTableModel::isSubtotal(line) ? QVariant() : get(line);
    };
}

} // namespace

ProductTableModel::ProductTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const auto productTip = [](const ReportLine &line) -> QVariant {
        return tr("%1 (%2), %3; double-click for the accounts")
            .arg(line.productName, line.productCode, line.productCategory);
    };
    const QString noSpendTip = tr("No rate applies to some of this usage, so there is no spend.");
    const QString subtotalTip
        = tr("Total spend in this currency; some usage in it has no rate and is not included.");
    const auto code = [this](const ReportLine &line) -> QVariant {
        return isSubtotal(line) ? tr("Total %1").arg(line.currency) : line.productCode;
    };
    const auto share = [this](const ReportLine &line) -> QVariant {
        const auto percent = line.spend
            ? LocaleFormat::percentValue(*line.spend, m_totals.value(line.currency))
            : std::nullopt;
        return percent ? QVariant::fromValue(*percent) : QVariant();
    };
    using Col = TableColumn<ReportLine>;
    QList<Col> columns {
        Col(tr("Product")).value(code).toolTip(unlessSubtotal(productTip)),
        Col(tr("Name")).value(field(&ReportLine::productName)).toolTip(unlessSubtotal(productTip)),
        Col(tr("Category")).value(field(&ReportLine::productCategory)),
        Col(tr("Unit")).value(field(&ReportLine::uom)),
        Col(tr("Usage"))
            .headerToolTip(usageHeaderTip())
            .right()
            .value(unlessSubtotal(field(&ReportLine::usage)))
            .text([text = usageText(&ReportLine::usage, &ReportLine::uom)](const ReportLine &line,
                                                                           CellUse use) {
                return isSubtotal(line) ? QString() : text(line, use);
            })
            .toolTip(unlessSubtotal(usageToolTip(&ReportLine::usage, &ReportLine::uom))),
        Col(tr("Spend"))
            .right()
            .value(field(&ReportLine::spend))
            .format(CellText::orDash)
            .toolTip([this, noSpendTip, subtotalTip](const ReportLine &line) {
                if (isSubtotal(line))
                    return m_unpriced.value(line.currency) ? QVariant(subtotalTip) : QVariant();
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
            .value(unlessSubtotal(field(&ReportLine::accounts))),
    };
    columns
        += changeColumns<ReportLine>([this](const ReportLine &line) { return changeOf(line); },
                                     [this] { return ChangeCells::notComparedTip(m_comparison); },
                                     [](const ReportLine &line) { return line.uom; });
    setColumns(std::move(columns));
    Q_ASSERT(columnCount() == ColumnCount);
}

namespace {

QString changeKey(const ReportLine &line)
{
    return line.channelCode + u'\x1f' + line.productCode + u'\x1f' + line.currency;
}

} // namespace

Change ProductTableModel::change(int row) const
{
    return changeOf(rows().at(row));
}

Change ProductTableModel::changeOf(const ReportLine &line) const
{
    if (isSubtotal(line))
        return m_comparison.currencyTotal(line.currency);
    return m_changes.value(changeKey(line));
}

void ProductTableModel::setComparison(const ReportResult &result)
{
    m_comparison = result.comparison;
    m_changes.clear();
    for (qsizetype row = 0; row < result.productLines.size(); ++row)
        m_changes.insert(changeKey(result.productLines.at(row)),
                         result.comparison.productChange(row));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ProductTableModel::setLines(const QList<ReportLine> &lines)
{
    m_lines = lines;
    m_comparison = {};
    m_changes.clear();
    m_totals.clear();
    m_unpriced.clear();
    std::map<QString, QList<ReportLine>> groups; // by currency code
    for (const ReportLine &line : lines) {
        groups[line.currency].append(line);
        Decimal &total = m_totals[line.currency];
        if (line.spend)
            total = total.plus(*line.spend).value_or(total);
        else
            m_unpriced[line.currency] = true;
    }
    QList<ReportLine> rows;
    rows.reserve(lines.size() + qsizetype(groups.size()));
    for (const auto &[currency, group] : groups) {
        rows.append(group);
        ReportLine subtotal;
        subtotal.currency = currency;
        subtotal.spend = m_totals.value(currency);
        rows.append(subtotal);
    }
    setRows(std::move(rows));
}

std::optional<SheetColumn> ProductTableModel::sheetColumn(int productColumn)
{
    using P = ProductTableModel;
    switch (productColumn) {
    case P::Code:
        return SheetColumn::ProductCode;
    case P::Name:
        return SheetColumn::ProductName;
    case P::Category:
        return SheetColumn::ProductCategory;
    case P::Unit:
        return SheetColumn::Uom;
    case P::Usage:
        return SheetColumn::Usage;
    case P::Spend:
        return SheetColumn::Spend;
    case P::Currency:
        return SheetColumn::Currency;
    case P::Share:
        return SheetColumn::Share;
    case P::Accounts:
        return SheetColumn::Accounts;
    case P::UsageChange:
        return SheetColumn::UsageChange;
    case P::SpendChange:
        return SheetColumn::SpendChange;
    case P::ChangePercent:
        return SheetColumn::ChangePercent;
    }
    return std::nullopt;
}

std::optional<int> ProductTableModel::columnOf(SheetColumn column)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (sheetColumn(c) == column)
            return c;
    return std::nullopt;
}

QVariant ProductTableModel::extraData(const ReportLine &line, int column, int role) const
{
    Q_UNUSED(column)
    switch (role) {
    case ReportRoles::GroupRole:
        return line.currency;
    case ReportRoles::SubtotalRole:
        return isSubtotal(line);
    case Qt::FontRole:
        if (isSubtotal(line)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

} // namespace cs
