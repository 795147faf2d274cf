#pragma once

#include <QList>
#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace cs {

// Keeps the columns of a table or tree within the width of its view, so that it never scrolls
// sideways when it need not: every column gets the width of its contents; when they do not all
// fit, the text columns named as elastic give up width, the widest first and not below a few
// characters (their cells elide; the tooltips show the whole text), while the other columns
// (numbers, currencies) keep theirs; space to spare goes to the stretch column. Follows the
// view's size; refit() after the contents change.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QAbstractItemView *view, QHeaderView *header, QList<int> elasticColumns,
                 int stretchColumn);
    Q_DISABLE_COPY_MOVE(ColumnFitter)

    // Measures the contents again and fits them.
    void refit();
    // Columns to hide, first to last, while the elastic columns would be narrower than a short
    // word or the numbers alone would not fit (a category the tooltips also name, a change the
    // CSV also holds), so that the numbers and names keep their room.
    void setOptionalColumns(QList<int> columns) { m_optional = std::move(columns); }
    // Hides or shows a column for the page's own reasons (not for room); a hidden column takes
    // no room and is never shown by the fitter.
    void setColumnHidden(int column, bool hidden);
    // Whether the fitter hides the column only for want of room (it is part of the table).
    bool isHiddenForRoom(int column) const { return m_hiddenByFitter.contains(column); }

    // The widths of columns with content widths `content` in `available` pixels: `elastic`
    // columns shrink (widest first, not below `minimum`) when the sum does not fit; the
    // `stretch` column takes what is left over. Public for the tests.
    static QList<int> fit(const QList<int> &content, const QList<int> &elastic, int stretch,
                          int available, int minimum);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    QAbstractItemView *m_view;
    QObject *m_viewport = nullptr;
    QHeaderView *m_header;
    QList<int> m_elastic;
    int m_stretch;
    QList<int> m_optional;
    QList<int> m_hiddenByFitter;
    QList<int> m_hiddenByPage;
    QList<int> m_content;
    bool m_applying = false;
};

} // namespace cs
