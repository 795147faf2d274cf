#pragma once

#include "reportresult.h"
#include "reportsheet.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace cs {

// The order and filter of the lines a report shows, defined once: the Products table sorts and
// filters with it, and the exports of the window and of a report recipe take their lines from
// it, so that the CLI writes exactly what the window shows.
struct ReportLineOrder
{
    std::optional<SheetColumn> column = SheetColumn::Spend; // nullopt: the result's order
    Qt::SortOrder order = Qt::DescendingOrder;

    // Without a column the order means nothing.
    bool operator==(const ReportLineOrder &other) const
    {
        return column == other.column && (!column || order == other.order);
    }
};

namespace ReportLines {

// Whether `filter` (case-insensitive, anywhere) is in the line's product code, name, category,
// unit, currency, channel code or channel name. An empty filter matches every line.
bool matchesFilter(const ReportLine &line, const QString &filter);

// Compares two lines of one currency group by `order`, with the index as the last key.
bool lineBefore(const QVariant &leftKey, qsizetype leftIndex, const QVariant &rightKey,
                qsizetype rightIndex, Qt::SortOrder order);
// The value the line sorts by in `column`: a Decimal, a string or a count; invalid when the
// line has none (a missing spend), which sorts below every value. Share sorts by the spend (the
// same order within a currency, exact); change % puts "new" above every percentage.
QVariant sortKey(const ReportLine &line, const Change &change, SheetColumn column);
// The order of two sort keys: Decimals by value, texts by the locale's collation.
bool sortKeyLess(const QVariant &left, const QVariant &right);

// The indices of the lines shown, in their order: the product lines (the channel lines for
// `byChannel`, channel by channel in code order) that match `filter`, currency by currency (in
// currency code order), each sorted by `order`; equal keys keep the result's order (reversed for
// a descending sort, as the table's stable sort does).
QList<qsizetype> shown(const ReportResult &result, bool byChannel, const QString &filter,
                       const ReportLineOrder &order);

} // namespace ReportLines

} // namespace cs
