#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>

namespace cs {

// Sorts report tables by ReportRoles::SortRole: Decimals compare exactly (never through double),
// numbers as numbers, text by the locale, empty amounts first. The text filter matches any
// column and is applied after a short pause in typing, so a large table does not re-filter on
// every key press.
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

    // The ordering of lessThan() for two SortRole values; public for the tests.
    static bool valueLessThan(const QVariant &left, const QVariant &right);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QTimer m_filterTimer;
    QString m_pendingFilter;
};

} // namespace cs
