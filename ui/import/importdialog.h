#pragma once

#include "common/latestresult.h"
#include "db/databaseurl.h"
#include "import/importpreview.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cs {

class MessageBanner;

// File > Import Dataset...: picks a folder, shows which files of the dataset format it holds
// and their rows, and imports it off the GUI thread with progress and Cancel. All or nothing:
// a bad row shows its file, line, column and reason, and the database is unchanged.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(DatabaseUrl database, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportDialog)
    ~ImportDialog() override;

    // Reads the folder's files in the background and lists them (as picking it does).
    void setFolder(const QString &directory);

    QPushButton *importButton() const { return m_importButton; }
    QTableWidget *fileTable() const { return m_files; }
    QProgressBar *progressBar() const { return m_progress; }
    MessageBanner *statusLine() const { return m_status; }
    bool isImporting() const { return m_importing; }

Q_SIGNALS:
    // The folder was read (the table is filled) or could not be.
    void previewFinished(bool ok);
    // The import ended: committed (the caller refreshes what it shows) or not.
    void importFinished(bool imported);

public Q_SLOTS:
    // While importing: cancels the import (the dialog stays until it has stopped).
    void reject() override;

private:
    void chooseFolder();
    void showPreview(const Result<ImportPreview> &preview);
    void startImport();
    void showImported(const Result<ImportSummary> &summary);
    void setImporting(bool importing);

    DatabaseUrl m_database;
    QLineEdit *m_folder;
    QTableWidget *m_files;
    QLabel *m_ignored;
    QProgressBar *m_progress;
    MessageBanner *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    std::optional<ImportPreview> m_preview;
    LatestResult<Result<ImportPreview>> m_previewResult;
    LatestResult<Result<ImportSummary>> m_importResult;
    std::shared_ptr<std::atomic<bool>> m_canceled;
    bool m_importing = false;
};

} // namespace cs
