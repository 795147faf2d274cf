#pragma once

#include "report/reportresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>

namespace cs {

// The channels of a billing-group report, one row per channel and currency, summed from
// ReportResult::channelLines.
class ChannelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Currency, Spend, Share, Products, Accounts, ColumnCount };

    struct Row
    {
        QString code;
        QString name;
        QString currency;
        Decimal spend; // sum of the lines that have a spend
        bool incomplete = false; // some line has usage without a rate
        qint64 products = 0; // report lines of the channel
        qint64 accounts = 0; // distinct accounts of the channel with usage
    };

    explicit ChannelTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChannelTableModel)

    // channelLines and accounts as in ReportResult::channelLines and ::channelAccounts.
    void setLines(const QList<ReportLine> &channelLines, const QMap<QString, qint64> &accounts);
    const QList<Row> &rows() const { return m_rows; }

    // The rows of setLines(), in channel-code order.
    static QList<Row> summarize(const QList<ReportLine> &channelLines,
                                const QMap<QString, qint64> &accounts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QHash<QString, Decimal> m_totals;
};

} // namespace cs
