#include "settingsdialog.h"

#include "common/localeformat.h"
#include "common/messagebanner.h"
#include "common/preferences.h"
#include "config/configuration.h"
#include "connection/passwordstore.h"
#include "db/databasetask.h"
#include "export/exportcredentials.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cs {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    MessageBanner::colorLine(label, MessageBanner::Kind::Error);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const DatabaseUrl &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_timeZone(new QComboBox(this))
    , m_directory(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_extension(new QComboBox(this))
    , m_credentialsFile(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_usageDecimals(new QSpinBox(this))
    , m_passwords(new PasswordStore(this))
    , m_status(new MessageBanner(this, MessageBanner::Look::Line))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Billing Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItems(zones);
    m_timeZone->setMaxVisibleItems(20);
    auto *completer = new QCompleter(zones, m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);
    m_timeZone->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Berlin"));

    m_directory->setObjectName(QStringLiteral("exportDirectory"));
    m_directory->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDirectory);
    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(browse);

    m_url->setObjectName(QStringLiteral("exportUrl"));
    m_url->setPlaceholderText(tr("sftp://user@host/path, or empty for no upload"));
    m_url->setClearButtonEnabled(true);

    m_password->setObjectName(QStringLiteral("exportPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to keep the stored password"));
    m_credentialsFile->setObjectName(QStringLiteral("exportCredentialsFile"));
    m_credentialsFile->setClearButtonEnabled(true);
    connect(m_passwords, &PasswordStore::finished, this, &SettingsDialog::passwordStored);

    m_extension->setObjectName(QStringLiteral("exportFileExtension"));
    m_extension->addItem(tr("XML (.xml)"), QStringLiteral("xml"));
    m_extension->addItem(tr("CSV (.csv)"), QStringLiteral("csv"));

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &key, const QString &label, QWidget *field,
                                     QLayout *fieldLayout) {
        QLabel *error = errorLabel(this);
        error->setObjectName(key + QStringLiteral(".error"));
        m_errors.insert(key, error);
        auto *hint = new QLabel(
            key == PasswordKey ? passwordHint() : Configuration::description(key), this);
        hint->setWordWrap(true);
        QFont small = hint->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        hint->setFont(small);
        hint->setForegroundRole(QPalette::PlaceholderText);
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        if (fieldLayout)
            column->addLayout(fieldLayout);
        else
            column->addWidget(field);
        column->addWidget(hint);
        column->addWidget(error);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, column);
    };
    addRow(Configuration::BusinessTimeZone, tr("Business &time zone:"), m_timeZone, nullptr);
    addRow(Configuration::ExportDirectory, tr("Export &directory:"), m_directory, directoryRow);
    addRow(Configuration::ExportUrl, tr("Export &URL:"), m_url, nullptr);
    addRow(PasswordKey, tr("Export pass&word:"), m_password, nullptr);
    addRow(Configuration::ExportFileExtension, tr("Export file &format:"), m_extension, nullptr);
    addRow(Configuration::ExportCredentialsFile, tr("&Credentials file:"), m_credentialsFile,
           nullptr);

    connect(m_timeZone, &QComboBox::editTextChanged, this,
            [this] { validateField(Configuration::BusinessTimeZone); });
    connect(m_directory, &QLineEdit::textChanged, this,
            [this] { validateField(Configuration::ExportDirectory); });
    connect(m_url, &QLineEdit::textChanged, this,
            [this] { validateField(Configuration::ExportUrl); });
    connect(m_credentialsFile, &QLineEdit::textChanged, this,
            [this] { validateField(Configuration::ExportCredentialsFile); });

    auto *intro = new QLabel(tr("These settings are stored in the database %1 and shared with "
                                "channelscope-cli and the daily billing export.")
                                 .arg(m_database.toDisplayString()),
                             this);
    intro->setWordWrap(true);
    m_status->label()->setObjectName(QStringLiteral("status"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(createDisplayGroup());
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(620, 460);

    load();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createDisplayGroup()
{
    auto *group = new QGroupBox(tr("Display on this computer"), this);
    m_usageDecimals->setObjectName(QStringLiteral("usageDecimals"));
    m_usageDecimals->setRange(0, 6);
    m_usageDecimals->setValue(LocaleFormat::usageDecimals());
    auto *hint = new QLabel(tr("Usage is rounded to this many decimals on screen, without "
                               "trailing zeros; bytes show as KB, MB, GB and TB of 1000 each. "
                               "Tooltips, copies and CSV files keep the exact value."),
                            group);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(group);
    auto *caption = new QLabel(tr("Usage &decimals:"), group);
    caption->setBuddy(m_usageDecimals);
    form->addRow(caption, m_usageDecimals);
    form->addRow(hint);
    // a preference of this computer, not a database setting: stored when the dialog is saved
    connect(this, &QDialog::accepted, this,
            [this] { Preferences::usageDecimals.set(m_usageDecimals->value()); });
    return group;
}

QString SettingsDialog::fieldValue(const QString &key) const
{
    if (key == Configuration::BusinessTimeZone)
        return m_timeZone->currentText().trimmed();
    if (key == Configuration::ExportDirectory)
        return m_directory->text().trimmed();
    if (key == Configuration::ExportUrl)
        return m_url->text().trimmed();
    if (key == Configuration::ExportCredentialsFile)
        return m_credentialsFile->text().trimmed();
    if (key == Configuration::ExportFileExtension)
        return m_extension->currentData().toString();
    return {};
}

void SettingsDialog::setFieldValue(const QString &key, const QString &value)
{
    if (key == Configuration::BusinessTimeZone) {
        m_timeZone->setEditText(value);
    } else if (key == Configuration::ExportDirectory) {
        m_directory->setText(value);
    } else if (key == Configuration::ExportUrl) {
        m_url->setText(value);
    } else if (key == Configuration::ExportCredentialsFile) {
        m_credentialsFile->setText(value);
    } else if (key == Configuration::ExportFileExtension) {
        const int index = m_extension->findData(value.toLower());
        if (index >= 0)
            m_extension->setCurrentIndex(index);
    }
    validateField(key);
}

QString SettingsDialog::fieldError(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsDialog::validateField(const QString &key)
{
    QLabel *label = m_errors.value(key);
    if (!label)
        return;
    const auto valid = Configuration::validate(key, fieldValue(key));
    label->setText(valid ? QString() : valid.errorString());
    label->setVisible(!valid);
}

bool SettingsDialog::validateAll()
{
    bool ok = true;
    for (const QString &key : Configuration::keys()) {
        validateField(key);
        ok = ok && fieldError(key).isEmpty();
    }
    return ok;
}

void SettingsDialog::showValues(const QMap<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        setFieldValue(it.key(), it.value());
}

void SettingsDialog::load()
{
    setBusy(true, tr("Loading the settings..."));
    const auto read = [](Connection &connection) -> Result<Loaded> {
        Loaded result;
        result.warnings = Configuration::removeStoredPasswords(connection);
        auto values = Configuration::values(connection);
        if (!values)
            return values.error();
        result.values = std::move(*values);
        return result;
    };
    m_load.start(runOnDatabase(m_database, read, Connection::OpenMode::CreateIfMissing), this,
                 [this](const Result<Loaded> &result) { loadFinished(result); });
}

void SettingsDialog::loadFinished(const Result<Loaded> &result)
{
    if (!result) {
        setBusy(false, {});
        showError(tr("The settings could not be loaded: %1").arg(result.errorString()));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        Q_EMIT loaded(false, result.errorString());
        return;
    }
    m_loaded = result->values;
    m_loadedOk = true;
    showValues(result->values);
    setBusy(false, result->warnings.join(u'\n'));
    Q_EMIT loaded(true, {});
}

void SettingsDialog::accept()
{
    if (m_load.isRunning() || m_save.isRunning())
        return;
    if (!m_loadedOk) {
        const QString message = tr("The settings were not loaded, so nothing can be saved.");
        showError(message);
        Q_EMIT saved(false, message);
        return;
    }
    if (!validateAll()) {
        const QString message = tr("Correct the marked values first.");
        showError(message);
        Q_EMIT saved(false, message);
        return;
    }
    QMap<QString, QString> changed;
    for (const QString &key : Configuration::keys()) {
        const QString value = fieldValue(key);
        if (value != m_loaded.value(key))
            changed.insert(key, value);
    }
    if (changed.isEmpty()) {
        storePasswordOrClose();
        return;
    }
    setBusy(true, tr("Saving..."));
    const auto store = [changed](Connection &connection) -> Result<Refusal> {
        Refusal refusal;
        if (const Status stored = Configuration::setValues(connection, changed, &refusal.key);
            !stored)
            refusal.error = stored.errorString();
        return refusal;
    };
    m_save.start(
        runOnDatabase(m_database, store, Connection::OpenMode::CreateIfMissing), this,
        [this, changed](const Result<Refusal> &refusal) { saveFinished(refusal, changed); });
}

void SettingsDialog::saveFinished(const Result<Refusal> &refusal,
                                  const QMap<QString, QString> &changed)
{
    setBusy(false, {});
    const QString error = refusal ? refusal->error : refusal.errorString();
    if (!error.isEmpty()) {
        if (QLabel *label = refusal ? m_errors.value(refusal->key) : nullptr) {
            label->setText(error);
            label->show();
        }
        showError(tr("Nothing was saved: %1").arg(error));
        Q_EMIT saved(false, error);
        return;
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        m_loaded.insert(it.key(), it.value());
    storePasswordOrClose();
}

QString SettingsDialog::passwordHint()
{
    return tr("Kept in the system keychain for this server and user, never in the database. "
              "channelscope-cli and the export service read CHANNELSCOPE_EXPORT_PASSWORD or "
              "the credentials file instead.");
}

void SettingsDialog::storePasswordOrClose()
{
    const QString password = m_password->text();
    const QString url = fieldValue(Configuration::ExportUrl);
    if (password.isEmpty() || url.isEmpty()) {
        Q_EMIT saved(true, {});
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Storing the password in the system keychain..."));
    m_passwordKey = ExportCredentials::keychainKey(url);
    m_passwords->write(m_passwordKey, password);
}

void SettingsDialog::passwordStored(PasswordStore::Operation operation, const QString &key,
                                    PasswordStore::Outcome outcome, const QString &,
                                    const QString &message)
{
    if (operation != PasswordStore::Operation::Write || key != m_passwordKey)
        return;
    setBusy(false, {});
    if (outcome == PasswordStore::Outcome::Ok) {
        m_password->clear();
        Q_EMIT saved(true, {});
        QDialog::accept();
        return;
    }
    const QString error
        = tr("The settings were saved, but the password was not: the system keychain refused "
             "it (%1). It is never written to the database; for exports set "
             "CHANNELSCOPE_EXPORT_PASSWORD or a credentials file (mode 0600) instead.")
              .arg(message);
    QLabel *label = m_errors.value(PasswordKey);
    label->setText(error);
    label->show();
    showError(error);
    Q_EMIT saved(false, error);
}

void SettingsDialog::setBusy(bool busy, const QString &message)
{
    for (QWidget *field :
         { static_cast<QWidget *>(m_timeZone), static_cast<QWidget *>(m_directory),
           static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_extension),
           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_credentialsFile) })
        field->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_status->showMessage(MessageBanner::Kind::Info, message);
}

void SettingsDialog::showError(const QString &message)
{
    m_status->showMessage(MessageBanner::Kind::Error, message);
}

void SettingsDialog::browseDirectory()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Export Directory"), m_directory->text());
    if (!folder.isEmpty())
        m_directory->setText(folder);
}

} // namespace cs
