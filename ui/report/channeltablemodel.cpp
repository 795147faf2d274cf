#include "channeltablemodel.h"

#include "changecolumns.h"
#include "common/localeformat.h"

#include <QApplication>
#include <QStyle>

#include <map>

namespace cs {

ChannelTableModel::ChannelTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const QString incompleteTip
        = tr("Incomplete: some products of this channel have usage without a rate.");
    const auto share = [this](const Row &row) -> QVariant {
        const auto percent = LocaleFormat::percentValue(row.spend, m_totals.value(row.currency));
        return percent ? QVariant::fromValue(*percent) : QVariant();
    };
    using Col = TableColumn<Row>;
    QList<Col> columns {
        Col(tr("Channel")).value(field(&Row::code)),
        Col(tr("Name")).value(field(&Row::name)),
        Col(tr("Currency")).value(field(&Row::currency)),
        Col(tr("Spend"))
            .right()
            .value(field(&Row::spend))
            .toolTip([incompleteTip](const Row &row) {
                return row.incomplete ? QVariant(incompleteTip) : QVariant();
            })
            .decoration([](const Row &row) -> QVariant {
                if (!row.incomplete)
                    return {};
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            }),
        Col(tr("Share %"))
            .headerToolTip(tr("Share of the billing group's spend in the same currency"))
            .right()
            .value(share),
        Col(tr("Products"))
            .headerToolTip(tr("Products with usage in the range"))
            .right()
            .value(field(&Row::products)),
        Col(tr("Accounts"))
            .headerToolTip(tr("Accounts of the channel with usage in the range (an account that "
                              "uses several products counts once)"))
            .right()
            .value(field(&Row::accounts)),
    };
    columns += changeColumns<Row>(
        [this](const Row &row) {
            const auto total = m_comparison.channelTotal(row.code, row.currency);
            return total ? total->change : Change();
        },
        [this] { return ChangeCells::notComparedTip(m_comparison); }, false);
    setColumns(std::move(columns));
    Q_ASSERT(columnCount() == ColumnCount);
}

void ChannelTableModel::setComparison(const ReportResult &result)
{
    m_comparison = result.comparison;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QList<ChannelTableModel::Row> ChannelTableModel::summarize(const QList<ReportLine> &channelLines,
                                                           const QMap<QString, qint64> &accounts)
{
    std::map<std::pair<QString, QString>, Row> rows;
    for (const ReportLine &line : channelLines) {
        Row &row = rows[{ line.channelCode, line.currency }];
        if (row.code.isEmpty()) {
            row.code = line.channelCode;
            row.name = line.channelName;
            row.currency = line.currency;
            row.accounts = accounts.value(line.channelCode);
        }
        ++row.products;
        if (line.spend)
            row.spend = row.spend.plus(*line.spend).value_or(row.spend);
        else
            row.incomplete = true;
    }
    QList<Row> out;
    out.reserve(qsizetype(rows.size()));
    for (auto &entry : rows)
        out.append(std::move(entry.second));
    return out;
}

void ChannelTableModel::setLines(const QList<ReportLine> &channelLines,
                                 const QMap<QString, qint64> &accounts)
{
    QList<Row> rows = summarize(channelLines, accounts);
    m_comparison = {};
    m_totals.clear();
    for (const Row &row : std::as_const(rows)) {
        Decimal &total = m_totals[row.currency];
        total = total.plus(row.spend).value_or(total);
    }
    setRows(std::move(rows));
}

} // namespace cs
