#pragma once

#include <Qt>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace cs {

// What differs between the tables of the pages; the rest (row selection, alternating rows,
// one line per row, no row numbers) is the same everywhere.
struct TableStyle
{
    bool sortable = false; // a click on a header sorts (by ReportRoles::SortRole via a proxy)
    bool movableColumns = false;
    bool stretchLastColumn = false;
    Qt::TextElideMode elide = Qt::ElideRight;
};

// A table view on `model` in the look every page shares.
QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const TableStyle &style = {});

} // namespace cs
