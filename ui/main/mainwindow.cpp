#include "mainwindow.h"

#include "db/connection.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

namespace cs {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_channels(new QTreeWidget(this))
{
    setWindowTitle(tr("ChannelScope"));
    m_channels->setHeaderLabels({ tr("Code"), tr("Name"), tr("Currency") });
    setCentralWidget(m_channels);
    resize(900, 600);
}

void MainWindow::openDatabase(const QString &databaseUrl)
{
    const auto url = DatabaseUrl::parse(databaseUrl);
    if (!url) {
        QMessageBox::warning(this, tr("Cannot open database"), url.errorString());
        return;
    }
    const auto connection = Connection::open(*url);
    if (!connection) {
        QMessageBox::warning(this, tr("Cannot open database"), connection.errorString());
        return;
    }
    m_channels->clear();
    auto q = (*connection)->exec(QStringLiteral(
        "SELECT COALESCE(g.code, ''), COALESCE(g.name, ''), c.code, c.name, c.currency "
        "FROM channel c LEFT JOIN billing_group g ON g.id = c.billing_group_id "
        "ORDER BY g.code IS NULL, g.code, c.code"));
    if (!q) {
        QMessageBox::warning(this, tr("Cannot read channels"), q.errorString());
        return;
    }
    QHash<QString, QTreeWidgetItem *> groups;
    while (q->next()) {
        const QString groupCode = q->value(0).toString();
        QTreeWidgetItem *&group = groups[groupCode];
        if (!group) {
            group = new QTreeWidgetItem(m_channels,
                { groupCode.isEmpty() ? tr("(no billing group)") : groupCode,
                    q->value(1).toString() });
            group->setExpanded(true);
        }
        new QTreeWidgetItem(group,
            { q->value(2).toString(), q->value(3).toString(), q->value(4).toString() });
    }
    setWindowTitle(tr("%1 - ChannelScope").arg(url->toDisplayString()));
    statusBar()->showMessage(tr("%n channel(s)", nullptr, m_channels->topLevelItemCount()));
}

} // namespace cs
