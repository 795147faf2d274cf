#include "scopetreemodel.h"

namespace cs {

namespace {

QList<QStandardItem *> makeRow(const QString &code, const QString &name, ScopeTreeModel::Kind kind,
                               const QString &tooltip)
{
    auto *codeItem = new QStandardItem(code);
    auto *nameItem = new QStandardItem(name);
    for (QStandardItem *item : { codeItem, nameItem }) {
        item->setEditable(false);
        item->setData(kind, ScopeTreeModel::KindRole);
        item->setData(kind == ScopeTreeModel::UngroupedNode ? QString() : code,
                      ScopeTreeModel::CodeRole);
        item->setToolTip(tooltip);
    }
    if (kind != ScopeTreeModel::ChannelNode) {
        QFont font = codeItem->font();
        font.setBold(true);
        codeItem->setFont(font);
    }
    if (kind == ScopeTreeModel::UngroupedNode) {
        codeItem->setSelectable(false);
        nameItem->setSelectable(false);
    }
    return { codeItem, nameItem };
}

} // namespace

ScopeTreeModel::ScopeTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({ tr("Code"), tr("Name") });
}

void ScopeTreeModel::setCatalog(const ScopeCatalog &catalog)
{
    m_catalog = catalog;
    removeRows(0, rowCount());
    const auto addChannels = [this](QStandardItem *parent, const QList<ScopeChannel> &channels) {
        for (const ScopeChannel &channel : channels) {
            parent->appendRow(makeRow(channel.code, channel.name, ChannelNode,
                                      tr("Channel %1 (%2), billed in %3")
                                          .arg(channel.code, channel.name, channel.currency)));
        }
    };
    for (const ScopeGroup &group : catalog.groups) {
        const QList<QStandardItem *> row = makeRow(
            group.code, group.name, GroupNode,
            tr("Billing group %1 (%2): %n channel(s)", nullptr, int(group.channels.size()))
                .arg(group.code, group.name));
        appendRow(row);
        addChannels(row.first(), group.channels);
    }
    if (!catalog.ungrouped.isEmpty()) {
        const QList<QStandardItem *> row = makeRow(
            tr("(no billing group)"), QString(), UngroupedNode, tr("Channels in no billing group"));
        appendRow(row);
        addChannels(row.first(), catalog.ungrouped);
    }
}

QModelIndex ScopeTreeModel::find(Kind kind, const QString &code) const
{
    for (int top = 0; top < rowCount(); ++top) {
        const QModelIndex parent = index(top, 0);
        if (kind == GroupNode && parent.data(KindRole).toInt() == GroupNode
            && parent.data(CodeRole).toString() == code)
            return parent;
        if (kind != ChannelNode)
            continue;
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (child.data(CodeRole).toString() == code)
                return child;
        }
    }
    return {};
}

ScopeFilterProxy::ScopeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

bool ScopeFilterProxy::matches(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(filterRegularExpression()))
            return true;
    }
    return false;
}

bool ScopeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (filterRegularExpression().pattern().isEmpty() || matches(sourceRow, sourceParent))
        return true;
    for (QModelIndex ancestor = sourceParent; ancestor.isValid(); ancestor = ancestor.parent()) {
        if (matches(ancestor.row(), ancestor.parent()))
            return true;
    }
    const QModelIndex self = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int row = 0; row < sourceModel()->rowCount(self); ++row) {
        if (matches(row, self))
            return true;
    }
    return false;
}

} // namespace cs
