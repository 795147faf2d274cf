#include "tableview.h"

#include <QHeaderView>
#include <QTableView>

namespace cs {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const TableStyle &style)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(style.sortable);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(style.elide);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionsMovable(style.movableColumns);
    view->horizontalHeader()->setStretchLastSection(style.stretchLastColumn);
    return view;
}

} // namespace cs
