#pragma once

#include "common/columntablemodel.h"
#include "report/reportresult.h"

#include <QHash>
#include <QMap>

namespace cs {

// A channel of a billing-group report in one currency (a row of ChannelTableModel).
struct ChannelSpendRow
{
    QString code;
    QString name;
    QString currency;
    Decimal spend; // sum of the lines that have a spend
    bool incomplete = false; // some line has usage without a rate
    qint64 products = 0; // report lines of the channel
    qint64 accounts = 0; // distinct accounts of the channel with usage
};

// The channels of a billing-group report, one row per channel and currency, summed from
// ReportResult::channelLines.
class ChannelTableModel : public ColumnTableModel<ChannelSpendRow>
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Currency,
        Spend,
        Share,
        Products,
        Accounts,
        SpendChange,
        ChangePercent,
        ColumnCount
    };
    using Row = ChannelSpendRow;

    explicit ChannelTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChannelTableModel)

    // channelLines and accounts as in ReportResult::channelLines and ::channelAccounts.
    void setLines(const QList<ReportLine> &channelLines, const QMap<QString, qint64> &accounts);

    // The rows of setLines(), in channel-code order.
    static QList<Row> summarize(const QList<ReportLine> &channelLines,
                                const QMap<QString, qint64> &accounts);

    // The change columns from result.comparison (a channel's products have different units:
    // no usage change here).
    void setComparison(const ReportResult &result);

private:
    QHash<QString, Decimal> m_totals;
    ReportComparison m_comparison;
};

} // namespace cs
