#pragma once

#include "numeric/decimal.h"
#include "report/reportroles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace cs {

// Whether a cell's text is for the screen or for the clipboard (ReportRoles::ClipboardRole).
enum class CellUse { Screen, Clipboard };

// The text of a cell value; every table formats its values here.
namespace CellText {

// Decimals and integers in the UI locale, with group separators on the screen only (a
// spreadsheet reads the clipboard's numbers back); dates in the short format; text as it is; an
// invalid value (no amount) is empty.
QString of(const QVariant &value, CellUse use);
// As of(), but an empty amount shows as an em dash on the screen.
QString orDash(const QVariant &value, CellUse use);

// Usage with its unit as people read it (LocaleFormat::usage) on the screen, the exact value
// without group separators on the clipboard.
QString usage(const Decimal &value, const QString &uom, CellUse use);
// The exact usage and its unit, for a tooltip.
QString usageToolTip(const Decimal &value, const QString &uom);
// The header tooltip of a usage column: how usage is rounded and bytes are scaled.
QString usageHeaderTip();

} // namespace CellText

template<typename Row> class ColumnTableModel;
template<typename Row> class TableColumn;

// One column of a ColumnTableModel, described once: what it shows, how it sorts and looks.
// Built in a chain: TableColumn<Row>(tr("Spend")).right().value(...).toolTip(...).
template<typename Row> class TableColumn
{
public:
    using RowValue = std::function<QVariant(const Row &)>;
    using ValueText = std::function<QString(const QVariant &, CellUse)>;
    using RowText = std::function<QString(const Row &, CellUse)>;

    explicit TableColumn(QString header)
        : m_header(std::move(header))
    { }

    TableColumn &headerToolTip(QString text)
    {
        m_headerToolTip = std::move(text);
        return *this;
    }
    // Aligned right, as numbers are (text is left); always vertically centred.
    TableColumn &right()
    {
        m_alignment = Qt::AlignRight;
        return *this;
    }
    // The exact value the column sorts by (ReportRoles::SortRole) and shows: a Decimal, a
    // number, a date or text; invalid for an empty amount. Without it the column sorts by its
    // text.
    TableColumn &value(RowValue get)
    {
        m_value = std::move(get);
        return *this;
    }
    // The cell's text from the value; CellText::of unless set.
    TableColumn &format(ValueText format)
    {
        m_format = std::move(format);
        return *this;
    }
    // The cell's text where it is more than the value (several fields, the model's state);
    // used instead of the value and format.
    TableColumn &text(RowText text)
    {
        m_text = std::move(text);
        return *this;
    }
    TableColumn &toolTip(RowValue get)
    {
        m_toolTip = std::move(get);
        return *this;
    }
    TableColumn &foreground(RowValue get)
    {
        m_foreground = std::move(get);
        return *this;
    }
    TableColumn &decoration(RowValue get)
    {
        m_decoration = std::move(get);
        return *this;
    }

private:
    friend class ColumnTableModel<Row>;

    QString m_header;
    QString m_headerToolTip;
    Qt::Alignment m_alignment = Qt::AlignLeft;
    RowValue m_value;
    ValueText m_format;
    RowText m_text;
    RowValue m_toolTip;
    RowValue m_foreground;
    RowValue m_decoration;
};

// A field of a row as a cell value: a std::optional without value is an invalid QVariant.
template<typename Row, typename T> typename TableColumn<Row>::RowValue field(T Row::*member)
{
    return [member](const Row &row) {
        if constexpr (requires { (row.*member).has_value(); })
            return (row.*member) ? QVariant::fromValue(*(row.*member)) : QVariant();
        else
            return QVariant::fromValue(row.*member);
    };
}

// The text of a usage column: the Decimal `usage` in the unit of measure `uom` of a row.
template<typename Row>
std::function<QString(const Row &, CellUse)> usageText(Decimal Row::*usage, QString Row::*uom)
{
    return [usage, uom](const Row &row, CellUse use) {
        return CellText::usage(row.*usage, row.*uom, use);
    };
}
template<typename Row>
std::function<QVariant(const Row &)> usageToolTip(Decimal Row::*usage, QString Row::*uom)
{
    return [usage, uom](const Row &row) {
        return QVariant(CellText::usageToolTip(row.*usage, row.*uom));
    };
}
inline QString usageHeaderTip()
{
    return CellText::usageHeaderTip();
}

// A table model that owns its rows and describes its columns once (TableColumn): row and column
// counts, resets, headers, alignment, the display, clipboard and sort roles come from here.
// Subclasses set their columns in the constructor and add roles of their own in extraData().
template<typename Row> class ColumnTableModel : public QAbstractTableModel
{
public:
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!isCell(index))
            return {};
        const Row &row = m_rows.at(index.row());
        const TableColumn<Row> &column = m_columns.at(index.column());
        const auto call = [&row](const typename TableColumn<Row>::RowValue &f) {
            return f ? f(row) : QVariant();
        };
        switch (role) {
        case Qt::DisplayRole:
            return text(row, column, CellUse::Screen);
        case ReportRoles::ClipboardRole:
            return text(row, column, CellUse::Clipboard);
        case ReportRoles::SortRole:
            return column.m_value ? column.m_value(row)
                                  : QVariant(text(row, column, CellUse::Screen));
        case Qt::TextAlignmentRole:
            return alignment(column);
        case Qt::ToolTipRole:
            return call(column.m_toolTip);
        case Qt::ForegroundRole:
            return call(column.m_foreground);
        case Qt::DecorationRole:
            return call(column.m_decoration);
        default:
            return extraData(row, index.column(), role);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        const TableColumn<Row> &column = m_columns.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return column.m_header;
        case Qt::ToolTipRole:
            return column.m_headerToolTip.isEmpty() ? QVariant() : QVariant(column.m_headerToolTip);
        case Qt::TextAlignmentRole:
            return alignment(column);
        default:
            return {};
        }
    }

protected:
    explicit ColumnTableModel(QObject *parent)
        : QAbstractTableModel(parent)
    { }

    // Called once, by the subclass's constructor (where tr() translates the headers).
    void setColumns(QList<TableColumn<Row>> columns) { m_columns = std::move(columns); }
    // Replaces every row (a model reset).
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid()
            && checkIndex(index,
                          CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }
    // The roles the columns do not describe (check marks, ids); an invalid QVariant for none.
    virtual QVariant extraData(const Row &row, int column, int role) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(role)
        return {};
    }

private:
    static QString text(const Row &row, const TableColumn<Row> &column, CellUse use)
    {
        if (column.m_text)
            return column.m_text(row, use);
        const QVariant value = column.m_value ? column.m_value(row) : QVariant();
        return column.m_format ? column.m_format(value, use) : CellText::of(value, use);
    }
    static QVariant alignment(const TableColumn<Row> &column)
    {
        return QVariant(column.m_alignment | Qt::AlignVCenter);
    }

    QList<TableColumn<Row>> m_columns;
    QList<Row> m_rows;
};

} // namespace cs
