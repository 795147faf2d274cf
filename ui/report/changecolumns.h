#pragma once

#include "common/columntablemodel.h"
#include "report/reportcomparison.h"

#include <QCoreApplication>

#include <functional>

namespace cs {

// The change columns of the Products and Channels tables (usage change, spend change, change
// %), shown from the core's ReportComparison. Deltas sort by their exact value, change % by
// its value with "new" (a change against zero) above every increase; cells of a comparison
// that is not covered by data stay empty with the reason in the tooltip.
class ChangeCells
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeCells)
public:
    // The sort value of change %: the percentage, "new" above all, invalid when not compared.
    static QVariant percentValue(const Change &change);
    static QString percentText(const Change &change, CellUse use);
    // A delta with its sign ("+12.50", "-3"); empty when there is none.
    static QString deltaText(const QVariant &value, CellUse use);
    // A usage delta with its sign, in the unit as the usage column shows it ("+1.2 TB"); exact
    // for copies.
    static QString usageDeltaText(const std::optional<Decimal> &delta, const QString &uom,
                                  CellUse use);
    // "Exactly +14,804,821,152,860 Bytes"
    static QString usageDeltaToolTip(const Decimal &delta, const QString &uom);
    // Green for an increase, red for a decrease, nothing otherwise.
    static QVariant foreground(const std::optional<Decimal> &delta);
    // Why a cell is empty ("No data before 30 Nov 2025"), or empty when compared.
    static QString notComparedTip(const ReportComparison &comparison);

    // Short headers ("Δ" is "change of"), so that the changes fit beside the figures; the
    // header tooltips say it in words.
    static QString usageHeader() { return tr("Δ Usage"); }
    static QString spendHeader() { return tr("Δ Spend"); }
    static QString percentHeader() { return tr("Δ %"); }
    static QString percentHeaderTip()
    {
        return tr("Change of the spend against the comparison period (of the usage where a "
                  "spend is missing); \"new\" where the comparison period had none");
    }
};

// The columns in table order: usage change (with unitOf: the row's unit, in which the change
// shows as the usage does), spend change, change %.
template<typename Row>
QList<TableColumn<Row>> changeColumns(std::function<Change(const Row &)> changeOf,
                                      std::function<QString()> tip,
                                      std::function<QString(const Row &)> unitOf = {})
{
    using Col = TableColumn<Row>;
    const auto toolTip = [tip](const Row &) -> QVariant {
        const QString text = tip();
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    const auto delta = [changeOf](std::optional<Decimal> Change::*member) {
        return [changeOf, member](const Row &row) -> QVariant {
            const Change change = changeOf(row);
            const std::optional<Decimal> &value = change.*member;
            return value ? QVariant::fromValue(*value) : QVariant();
        };
    };
    const auto colour = [changeOf](std::optional<Decimal> Change::*member) {
        return [changeOf, member](const Row &row) {
            return ChangeCells::foreground(changeOf(row).*member);
        };
    };
    QList<Col> columns;
    if (unitOf)
        columns.append(
            Col(ChangeCells::usageHeader())
                .headerToolTip(ChangeCells::tr("Usage change: usage minus the comparison period's"))
                .right()
                .value(delta(&Change::usage))
                .text([changeOf, unitOf](const Row &row, CellUse use) {
                    return ChangeCells::usageDeltaText(changeOf(row).usage, unitOf(row), use);
                })
                .foreground(colour(&Change::usage))
                .toolTip([changeOf, unitOf, toolTip](const Row &row) -> QVariant {
                    const std::optional<Decimal> usage = changeOf(row).usage;
                    if (!usage)
                        return toolTip(row);
                    return ChangeCells::usageDeltaToolTip(*usage, unitOf(row));
                }));
    columns.append(
        Col(ChangeCells::spendHeader())
            .headerToolTip(ChangeCells::tr("Spend change: spend minus the comparison period's"))
            .right()
            .value(delta(&Change::spend))
            .format(&ChangeCells::deltaText)
            .foreground(colour(&Change::spend))
            .toolTip(toolTip));
    columns.append(
        Col(ChangeCells::percentHeader())
            .headerToolTip(ChangeCells::percentHeaderTip())
            .right()
            .value([changeOf](const Row &row) { return ChangeCells::percentValue(changeOf(row)); })
            .text([changeOf](const Row &row, CellUse use) {
                return ChangeCells::percentText(changeOf(row), use);
            })
            .foreground([changeOf](const Row &row) {
                const Change change = changeOf(row);
                return ChangeCells::foreground(change.isNew ? Decimal::fromInteger(1)
                                                            : change.percent);
            })
            .toolTip(toolTip));
    return columns;
}

} // namespace cs
