#include "columnfitter.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>

#include <algorithm>
#include <limits>

namespace cs {

namespace {

constexpr int CellPadding = 8; // beside the style's margins, so that digits never touch
constexpr int MinimumCharacters = 6;
constexpr int ReadableCharacters = 14;

// The widths of the elastic columns when none is wider than `cap` (and none below its minimum).
int cappedSum(const QList<int> &content, const QList<int> &elastic, int cap, int minimum)
{
    int sum = 0;
    for (const int column : elastic)
        sum += std::min(content.at(column), std::max(cap, minimum));
    return sum;
}

} // namespace

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header, QList<int> elasticColumns,
                           int stretchColumn)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_elastic(std::move(elasticColumns))
    , m_stretch(stretchColumn)
{
    m_header->setStretchLastSection(false);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
}

QList<int> ColumnFitter::fit(const QList<int> &content, const QList<int> &elastic, int stretch,
                             int available, int minimum)
{
    QList<int> widths = content;
    int fixed = 0;
    for (int column = 0; column < content.size(); ++column) {
        if (!elastic.contains(column))
            fixed += content.at(column);
    }
    const int room = std::max(0, available - fixed);
    int elasticSum = cappedSum(content, elastic, std::numeric_limits<int>::max(), 0);
    if (elasticSum > room) {
        // the largest cap at which the elastic columns fit (binary search on the cap)
        int low = 0;
        int high = *std::max_element(content.cbegin(), content.cend());
        while (low < high) {
            const int middle = low + (high - low + 1) / 2;
            if (cappedSum(content, elastic, middle, minimum) <= room)
                low = middle;
            else
                high = middle - 1;
        }
        for (const int column : elastic)
            widths[column] = std::min(content.at(column), std::max(low, minimum));
        elasticSum = cappedSum(content, elastic, low, minimum);
    }
    if (stretch >= 0 && stretch < widths.size() && elasticSum < room)
        widths[stretch] += room - elasticSum;
    return widths;
}

void ColumnFitter::refit()
{
    m_content.clear();
    for (int column = 0; column < m_header->count(); ++column) {
        const int cells = m_view->sizeHintForColumn(column);
        const int title = m_header->sectionSizeHint(column);
        m_content.append(std::max(cells, title) + CellPadding);
    }
    apply();
}

void ColumnFitter::setColumnHidden(int column, bool hidden)
{
    m_hiddenByPage.removeAll(column);
    if (hidden)
        m_hiddenByPage.append(column);
    m_header->setSectionHidden(column, hidden);
    apply();
}

void ColumnFitter::apply()
{
    if (m_content.size() != m_header->count() || m_applying)
        return;
    m_applying = true;
    const int minimum = m_view->fontMetrics().averageCharWidth() * MinimumCharacters;
    const int readable = m_view->fontMetrics().averageCharWidth() * ReadableCharacters;
    const int available = m_view->viewport()->width();
    // Columns hidden by others (a unit the cells name, changes without a comparison) take no room.
    QList<int> content = m_content;
    QList<int> elastic = m_elastic;
    for (int column = 0; column < content.size(); ++column) {
        if (m_hiddenByPage.contains(column)) {
            content[column] = 0;
            elastic.removeAll(column);
        }
    }
    QList<int> widths = fit(content, elastic, m_stretch, available, minimum);
    const auto cramped = [&] {
        int total = 0;
        for (const int width : std::as_const(widths))
            total += width;
        bool narrow = total > available;
        for (const int column : std::as_const(elastic))
            narrow = narrow || widths.at(column) < std::min(readable, content.at(column));
        return narrow;
    };
    QList<int> hidden;
    for (const int optional : std::as_const(m_optional)) {
        if (optional < 0 || optional >= content.size() || content.at(optional) == 0)
            continue;
        if (!cramped())
            break;
        hidden.append(optional);
        content[optional] = 0;
        elastic.removeAll(optional);
        widths = fit(content, elastic, m_stretch, available, minimum);
    }
    for (const int optional : std::as_const(m_optional)) {
        if (optional >= 0 && optional < content.size() && !m_hiddenByPage.contains(optional))
            m_header->setSectionHidden(optional, hidden.contains(optional));
    }
    m_hiddenByFitter = hidden;
    for (int column = 0; column < widths.size(); ++column) {
        if (!m_header->isSectionHidden(column))
            m_header->resizeSection(column, widths.at(column));
    }
    m_applying = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // the viewport as it was installed on: the view may be half destroyed when its last events come
    if (watched == m_viewport && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace cs
