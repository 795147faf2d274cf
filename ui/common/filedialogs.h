#pragma once

#include <QString>

class QWidget;

namespace cs {

// File dialogs that start in the folder used last (Preferences::lastFileFolder, else the
// documents folder) and remember the folder of the file picked.
namespace FileDialogs {

// The folder a file dialog starts in.
QString startFolder();
// Remembers the folder of `path` for the next dialog.
void rememberFolderOf(const QString &path);

// QFileDialog::getSaveFileName with `fileName` in the start folder; empty when canceled.
// `selectedFilter`, when given, picks the filter shown first and returns the one chosen.
QString saveFileName(QWidget *parent, const QString &caption, const QString &fileName,
                     const QString &filter, QString *selectedFilter = nullptr);
// QFileDialog::getOpenFileName in the start folder; empty when canceled.
QString openFileName(QWidget *parent, const QString &caption, const QString &filter);

} // namespace FileDialogs

} // namespace cs
