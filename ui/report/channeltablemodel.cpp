#include "channeltablemodel.h"

#include "changecolumns.h"
#include "common/localeformat.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

#include <map>

namespace cs {

ChannelTableModel::ChannelTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const QString incompleteTip
        = tr("Incomplete: some products of this channel have usage without a rate.");
    const QString incompleteTotalTip
        = tr("Total spend in this currency; some usage in it has no rate and is not included.");
    const auto share = [this](const Row &row) -> QVariant {
        const auto percent = LocaleFormat::percentValue(row.spend, m_totals.value(row.currency));
        return percent ? QVariant::fromValue(*percent) : QVariant();
    };
    const auto code = [](const Row &row) -> QVariant {
        return row.subtotal ? tr("Total %1").arg(row.currency) : row.code;
    };
    const auto count = [](qint64 Row::*member) {
        return [member](const Row &row) {
            return row.subtotal ? QVariant() : QVariant::fromValue(row.*member);
        };
    };
    using Col = TableColumn<Row>;
    QList<Col> columns {
        Col(tr("Channel")).value(code),
        Col(tr("Name")).value(field(&Row::name)),
        Col(tr("Currency")).value(field(&Row::currency)),
        Col(tr("Spend"))
            .right()
            .value(field(&Row::spend))
            .toolTip([this, incompleteTip, incompleteTotalTip](const Row &row) {
                QStringList tips;
                if (row.incomplete)
                    tips << (row.subtotal ? incompleteTotalTip : incompleteTip);
                if (row.subtotal)
                    tips << roundingTip(row);
                tips.removeAll(QString());
                return tips.isEmpty() ? QVariant() : QVariant(tips.join(u'\n'));
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
            .value(count(&Row::products)),
        Col(tr("Accounts"))
            .headerToolTip(tr("Accounts of the channel with usage in the range (an account that "
                              "uses several products counts once)"))
            .right()
            .value(count(&Row::accounts)),
    };
    columns += changeColumns<Row>(
        [this](const Row &row) {
            if (row.subtotal)
                return m_comparison.currencyTotal(row.currency);
            const auto total = m_comparison.channelTotal(row.code, row.currency);
            return total ? total->change : Change();
        },
        [this] { return ChangeCells::notComparedTip(m_comparison); });
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

QString ChannelTableModel::roundingTip(const Row &subtotal) const
{
    const auto report = m_reportTotals.constFind(subtotal.currency);
    if (report == m_reportTotals.cend() || *report == subtotal.spend)
        return QString();
    return tr("The channels' spends, each rounded on its own, add up to %1 %3; the report's "
              "total, rounded once per product over all channels (as the headline shows it), is "
              "%2 %3.")
        .arg(LocaleFormat::decimal(subtotal.spend), LocaleFormat::decimal(*report),
             subtotal.currency);
}

void ChannelTableModel::setLines(const QList<ReportLine> &channelLines,
                                 const QMap<QString, qint64> &accounts,
                                 const QHash<QString, Decimal> &reportTotals)
{
    m_reportTotals = reportTotals;
    std::map<QString, QList<Row>> groups; // by currency code
    for (Row &row : summarize(channelLines, accounts))
        groups[row.currency].append(std::move(row));
    m_comparison = {};
    m_totals.clear();
    QList<Row> rows;
    for (const auto &[currency, group] : groups) {
        Row subtotal;
        subtotal.currency = currency;
        subtotal.subtotal = true;
        for (const Row &row : group) {
            subtotal.spend = subtotal.spend.plus(row.spend).value_or(subtotal.spend);
            subtotal.incomplete = subtotal.incomplete || row.incomplete;
        }
        m_totals.insert(currency, subtotal.spend);
        rows.append(group);
        rows.append(std::move(subtotal));
    }
    setRows(std::move(rows));
}

QVariant ChannelTableModel::extraData(const Row &row, int column, int role) const
{
    Q_UNUSED(column)
    switch (role) {
    case ReportRoles::GroupRole:
        return row.currency;
    case ReportRoles::SubtotalRole:
        return row.subtotal;
    case Qt::FontRole:
        if (row.subtotal) {
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
