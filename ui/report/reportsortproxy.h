#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

#include <optional>

namespace cs {

// Sorts report tables by ReportRoles::SortRole: Decimals compare exactly (never through double),
// numbers as numbers, text by the locale, empty amounts first. Rows of one currency
// (ReportRoles::GroupRole) stay together in currency order whichever way a column sorts, and a
// group's subtotal (ReportRoles::SubtotalRole) stays at its end, so amounts of different
// currencies are never ranked against each other. The text filter matches any column and is
// applied after a short pause in typing, so a large table does not re-filter on every key press;
// a subtotal stays while a row of its currency does.
class ReportSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportSortProxy(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReportSortProxy)

    static constexpr int FilterDelayMs = 200;

    // Applies `text` as a case-insensitive fixed-string filter after FilterDelayMs.
    void setFilterTextDebounced(const QString &text);
    // Applies a pending filter now.
    void applyPendingFilter();

    // The filter applied now (what the table shows).
    QString filterText() const { return m_appliedFilter; }

    // The ordering of lessThan() for two SortRole values; public for the tests.
    static bool valueLessThan(const QVariant &left, const QVariant &right);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The order of two ordinary rows of one group (the SortRole values, then the source rows).
    virtual bool rowLessThan(const QModelIndex &left, const QModelIndex &right) const;
    // Whether an ordinary row passes the filter (any column's text holds it).
    virtual bool rowMatches(int sourceRow, const QModelIndex &sourceParent) const;

private:
    // Whether `left` comes before `right` by currency group and subtotal alone; nullopt when
    // both are ordinary rows of one group. Independent of the sort order.
    std::optional<bool> groupBefore(const QModelIndex &left, const QModelIndex &right) const;

    QTimer m_filterTimer;
    QString m_pendingFilter;
    QString m_appliedFilter;
};

} // namespace cs
