#pragma once

#include "common/columntablemodel.h"
#include "report/reportresult.h"

namespace cs {

// The per-account drill-down of one product (ReportTask::startBreakdown).
class AccountTableModel : public ColumnTableModel<AccountLine>
{
    Q_OBJECT

public:
    enum Column { Code, Name, Channel, Usage, Spend, Currency, ColumnCount };

    explicit AccountTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountTableModel)

    void setLines(const QList<AccountLine> &lines) { setRows(lines); }
    const QList<AccountLine> &lines() const { return rows(); }
    // The product's unit of measure: usage shows in it, scaled as the product table does.
    void setUnit(const QString &uom);

private:
    QString m_unit;
};

} // namespace cs
