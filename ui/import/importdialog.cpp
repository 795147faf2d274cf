#include "importdialog.h"

#include "common/filedialogs.h"
#include "common/localeformat.h"
#include "common/messagebanner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cs {

namespace {

enum Column { FileColumn, RowsColumn, SizeColumn, ImportedColumn };

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportDialog::ImportDialog(DatabaseUrl database, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_folder(new QLineEdit(this))
    , m_files(new QTableWidget(0, 4, this))
    , m_ignored(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new MessageBanner(this, MessageBanner::Look::Line))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import Dataset"));
    auto *intro = new QLabel(
        tr("Imports a folder of CSV files in the dataset format into %1. All or nothing: a bad "
           "row imports nothing. A record whose id is in the database already is updated.")
            .arg(m_database.toDisplayString()),
        this);
    intro->setWordWrap(true);

    auto *choose = new QPushButton(tr("C&hoose\u2026"), this);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_folder->setPlaceholderText(tr("A folder with channels.csv, accounts.csv, usage.csv, ..."));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    m_files->setHorizontalHeaderLabels({ tr("File"), tr("Rows"), tr("Size"), tr("Imported") });
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionMode(QAbstractItemView::NoSelection);
    m_files->setFocusPolicy(Qt::NoFocus);
    m_files->verticalHeader()->hide();
    // one line per file: the eleven files and their total fit without scrolling
    m_files->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_files->setColumnHidden(ImportedColumn, true);
    m_ignored->setWordWrap(true);
    m_ignored->hide();
    m_progress->setRange(0, 100);
    m_progress->hide();
    // room for an error that names file, line, column and reason: the dialog's layout does not
    // grow a wrapped line beside the stretching table
    m_status->setMinimumHeight(3 * fontMetrics().lineSpacing());

    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_ignored);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(640, 560);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_folder, &QLineEdit::editingFinished, this, [this] {
        if (!m_importing && (!m_preview || m_preview->directory != m_folder->text()))
            setFolder(m_folder->text());
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog()
{
    // QDialog's destructor hides the dialog, which takes the focus from the folder field; its
    // editingFinished must not reach a dialog that is no longer an ImportDialog.
    m_folder->disconnect(this);
    // An import still running stops at its next check and writes nothing.
    if (m_canceled)
        m_canceled->store(true);
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Dataset"),
        m_folder->text().isEmpty() ? FileDialogs::startFolder() : m_folder->text());
    if (folder.isEmpty())
        return;
    FileDialogs::rememberFolderOf(QDir(folder).filePath(QStringLiteral("x")));
    setFolder(folder);
}

void ImportDialog::setFolder(const QString &directory)
{
    m_folder->setText(directory);
    m_preview.reset();
    m_files->setRowCount(0);
    m_files->setColumnHidden(ImportedColumn, true);
    m_ignored->hide();
    m_importButton->setEnabled(false);
    if (directory.isEmpty()) {
        m_status->clearMessage();
        return;
    }
    m_status->showMessage(MessageBanner::Kind::Info,
                          tr("Reading %1\u2026").arg(QDir::toNativeSeparators(directory)));
    m_previewResult.start(QtConcurrent::run([directory] { return previewImport(directory); }), this,
                          [this](const Result<ImportPreview> &preview) { showPreview(preview); });
}

void ImportDialog::showPreview(const Result<ImportPreview> &preview)
{
    if (!preview) {
        m_status->showMessage(MessageBanner::Kind::Error, preview.errorString());
        Q_EMIT previewFinished(false);
        return;
    }
    m_preview = *preview;
    const QLocale locale;
    m_files->setRowCount(int(preview->files.size()) + 1);
    int row = 0;
    qint64 bytes = 0;
    for (const ImportPreviewFile &file : preview->files) {
        m_files->setItem(row, FileColumn, new QTableWidgetItem(file.name));
        m_files->setItem(row, RowsColumn, numberItem(locale.toString(file.rows)));
        m_files->setItem(row, SizeColumn, numberItem(locale.formattedDataSize(file.bytes)));
        bytes += file.bytes;
        ++row;
    }
    auto *total = new QTableWidgetItem(tr("Total"));
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
    m_files->setItem(row, FileColumn, total);
    m_files->setItem(row, RowsColumn, numberItem(locale.toString(preview->totalRows())));
    m_files->setItem(row, SizeColumn, numberItem(locale.formattedDataSize(bytes)));
    for (int column : { RowsColumn, SizeColumn })
        m_files->item(row, column)->setFont(bold);
    if (!preview->ignored.isEmpty()) {
        m_ignored->setText(tr("Not in the dataset format, not imported: %1")
                               .arg(preview->ignored.join(QStringLiteral(", "))));
        m_ignored->show();
    }
    m_status->showMessage(
        MessageBanner::Kind::Info,
        tr("%n file(s) with %1 rows, ready to import.", nullptr, int(preview->files.size()))
            .arg(locale.toString(preview->totalRows())));
    m_importButton->setEnabled(true);
    m_importButton->setDefault(true);
    Q_EMIT previewFinished(true);
}

void ImportDialog::startImport()
{
    if (!m_preview || m_importing)
        return;
    m_canceled = std::make_shared<std::atomic<bool>>(false);
    setImporting(true);
    m_progress->setValue(0);
    m_status->showMessage(
        MessageBanner::Kind::Info,
        tr("Importing %1 rows\u2026").arg(QLocale().toString(m_preview->totalRows())));
    m_importResult.start(
        importInBackground(m_database, m_preview->directory, m_preview->totalRows(), m_canceled),
        this, [this](const Result<ImportSummary> &summary) { showImported(summary); },
        [this](int percent, const QString &rows) {
            m_progress->setValue(percent);
            if (!rows.isEmpty() && !m_canceled->load())
                m_status->showMessage(MessageBanner::Kind::Info,
                                      tr("Importing: %1 of %2 rows read\u2026")
                                          .arg(QLocale().toString(rows.toLongLong()),
                                               QLocale().toString(m_preview->totalRows())));
        });
}

void ImportDialog::showImported(const Result<ImportSummary> &summary)
{
    setImporting(false);
    if (!summary) {
        const bool canceled = summary.errorString() == Importer::canceledMessage();
        m_status->showMessage(
            canceled ? MessageBanner::Kind::Warning : MessageBanner::Kind::Error,
            canceled ? tr("Import canceled. Nothing was imported; the database is unchanged.")
                     : tr("Nothing was imported; the database is unchanged. %1")
                           .arg(summary.errorString()));
        Q_EMIT importFinished(false);
        return;
    }
    m_progress->setValue(100);
    const QLocale locale;
    m_files->setColumnHidden(ImportedColumn, false);
    for (int row = 0; row < m_files->rowCount() - 1; ++row) {
        const QString name = m_files->item(row, FileColumn)->text();
        m_files->setItem(row, ImportedColumn,
                         numberItem(locale.toString(summary->rowsPerFile.value(name))));
    }
    m_files->setItem(m_files->rowCount() - 1, ImportedColumn,
                     numberItem(locale.toString(summary->totalRows())));
    QString message
        = tr("Imported %1 rows from %n file(s).", nullptr, int(summary->rowsPerFile.size()))
              .arg(locale.toString(summary->totalRows()));
    if (!summary->membershipChanges.isEmpty())
        message += u' '
            + tr("Memberships changed: %1.")
                  .arg(summary->membershipChanges.join(QStringLiteral("; ")));
    m_status->showMessage(MessageBanner::Kind::Good, message);
    m_importButton->setEnabled(false);
    Q_EMIT importFinished(true);
}

void ImportDialog::setImporting(bool importing)
{
    m_importing = importing;
    m_progress->setVisible(importing || m_progress->value() > 0);
    m_folder->setEnabled(!importing);
    m_importButton->setEnabled(!importing);
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::InvalidRole)
            button->setEnabled(!importing); // Choose...
    }
    m_buttons->button(QDialogButtonBox::Close)
        ->setText(importing ? tr("&Cancel Import") : tr("&Close"));
}

void ImportDialog::reject()
{
    if (m_importing) {
        m_canceled->store(true);
        m_status->showMessage(MessageBanner::Kind::Warning,
                              tr("Canceling: the import stops at its next check and writes "
                                 "nothing\u2026"));
        return;
    }
    QDialog::reject();
}

} // namespace cs
