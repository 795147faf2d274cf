#include "filedialogs.h"

#include "preferences.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace cs::FileDialogs {

QString startFolder()
{
    const QString last = Preferences::lastFileFolder.get();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolderOf(const QString &path)
{
    if (!path.isEmpty())
        Preferences::lastFileFolder.set(QFileInfo(path).absolutePath());
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &fileName,
                     const QString &filter, QString *selectedFilter)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, caption, QDir(startFolder()).filePath(fileName), filter, selectedFilter);
    rememberFolderOf(path);
    return path;
}

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, startFolder(), filter);
    rememberFolderOf(path);
    return path;
}

} // namespace cs::FileDialogs
