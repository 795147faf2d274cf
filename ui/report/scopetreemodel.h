#pragma once

#include "report/scopecatalog.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace cs {

// The scope panel's tree: billing groups with their channels, then the channels in no group
// under a node of their own. Two columns: code and name.
class ScopeTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        CodeRole, // the channel or billing group code
    };
    enum Kind { GroupNode, ChannelNode, UngroupedNode };

    explicit ScopeTreeModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScopeTreeModel)

    void setCatalog(const ScopeCatalog &catalog);
    const ScopeCatalog &catalog() const { return m_catalog; }

    // The code-column index of a channel or billing group, or an invalid index.
    QModelIndex find(Kind kind, const QString &code) const;

private:
    ScopeCatalog m_catalog;
};

// Filters the scope tree by code or name: a matching node keeps its ancestors and descendants
// visible, so typing a billing group's name still shows its channels.
class ScopeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScopeFilterProxy(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScopeFilterProxy)

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(int sourceRow, const QModelIndex &sourceParent) const;
};

} // namespace cs
