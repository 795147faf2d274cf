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
    bool subtotal = false; // the spend of every channel in the currency (no code)
};

// The channels of a billing-group report, one row per channel and currency, summed from
// ReportResult::channelLines, grouped by currency with a subtotal row after each currency (the
// share of every row is within its currency). ReportSortProxy keeps the groups together.
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
    // reportTotals: the report's spend per currency as the headline shows it (rounded once per
    // product over all channels); a currency's total row says so where the channel rows, each
    // rounded on its own, add up to a different amount.
    void setLines(const QList<ReportLine> &channelLines, const QMap<QString, qint64> &accounts,
                  const QHash<QString, Decimal> &reportTotals = {});

    // The channel rows of setLines() (without subtotals), in channel-code order.
    static QList<Row> summarize(const QList<ReportLine> &channelLines,
                                const QMap<QString, qint64> &accounts);

    // The change columns from result.comparison (a channel's products have different units:
    // no usage change here).
    void setComparison(const ReportResult &result);

protected:
    QVariant extraData(const Row &row, int column, int role) const override;

private:
    QString roundingTip(const Row &subtotal) const;

    QHash<QString, Decimal> m_totals;
    QHash<QString, Decimal> m_reportTotals;
    ReportComparison m_comparison;
};

} // namespace cs
