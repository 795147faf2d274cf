#pragma once

#include "report/reportresult.h"

#include <QAbstractTableModel>

namespace cs {

// The per-account drill-down of one product (ReportTask::startBreakdown).
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Channel, Usage, Spend, Currency, ColumnCount };

    explicit AccountTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountTableModel)

    void setLines(const QList<AccountLine> &lines);
    const QList<AccountLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AccountLine> m_lines;
};

} // namespace cs
