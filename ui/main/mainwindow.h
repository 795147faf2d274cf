#pragma once

#include <QMainWindow>

class QTreeWidget;

namespace cs {

// The main window: for now the database's billing groups and channels.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens the database named like channelscope-cli's --db; errors show in the window.
    void openDatabase(const QString &databaseUrl);

private:
    QTreeWidget *m_channels;
};

} // namespace cs
