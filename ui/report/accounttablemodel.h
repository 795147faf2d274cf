#pragma once

#include "common/columntablemodel.h"
#include "report/reportresult.h"

#include <QHash>

namespace cs {

// The per-account drill-down of one product (ReportTask::startBreakdown), with each account's
// share of the spend in its currency.
class AccountTableModel : public ColumnTableModel<AccountLine>
{
    Q_OBJECT

public:
    enum Column { Code, Name, Channel, Usage, Spend, Currency, Share, ColumnCount };

    explicit AccountTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountTableModel)

    void setLines(const QList<AccountLine> &lines);
    const QList<AccountLine> &lines() const { return rows(); }
    // The product's unit of measure: usage shows in it, scaled as the product table does.
    void setUnit(const QString &uom);

    // The exact sum of the spend per currency (lines without spend left out).
    const QHash<QString, Decimal> &spendTotals() const { return m_totals; }
    // The spend of `line` as a percentage of its currency's total, one decimal, half to even;
    // nullopt without spend or total.
    std::optional<Decimal> share(const AccountLine &line) const;

private:
    QString m_unit;
    QHash<QString, Decimal> m_totals;
};

} // namespace cs
