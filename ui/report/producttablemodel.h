#pragma once

#include "report/reportresult.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cs {

// The products of a report: one row per product and currency (ReportResult::productLines).
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Category,
        Unit,
        Usage,
        Spend,
        Currency,
        Share,
        Accounts,
        ColumnCount
    };

    explicit ProductTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProductTableModel)

    void setLines(const QList<ReportLine> &lines);
    const QList<ReportLine> &lines() const { return m_lines; }
    const ReportLine &line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReportLine> m_lines;
    QHash<QString, Decimal> m_totals; // spend per currency, for the share column
};

} // namespace cs
