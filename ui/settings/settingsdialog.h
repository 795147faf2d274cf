#pragma once

#include "common/latestresult.h"
#include "connection/passwordstore.h"
#include "db/databaseurl.h"
#include "util/result.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cs {

class MessageBanner;

// Settings > Billing: the settings shared with the CLI and the export job (business time zone,
// export directory, export URL, export file format), stored in the open database through
// cs::Configuration, like CPBM's Configuration > Portal > Billing.
//
// Values are loaded and saved off the GUI thread on a connection of the worker's own. Every
// field is checked with Configuration::validate() as it is edited and the reason shows under it;
// Save stores all values or none (a new time zone, which regroups the usage rollups in a
// transaction of its own, is set back if the others fail), and the dialog stays open on an error.
// The export URL never holds a password (Configuration::validate() refuses one and says where it
// goes): the password field stores it in the system keychain (PasswordStore) after the other
// values are saved; where no keychain is available the dialog says so and stores it nowhere.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `database` is the open database, with its password for PostgreSQL.
    explicit SettingsDialog(const DatabaseUrl &database, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The key of the password field's inline message (fieldError()); not a setting.
    static inline const QString PasswordKey = QStringLiteral("export.password");

    // The value a key's field holds now.
    QString fieldValue(const QString &key) const;
    // Sets a field as if typed.
    void setFieldValue(const QString &key, const QString &value);
    // The inline validation message of a key's field; empty when the value is valid.
    QString fieldError(const QString &key) const;

public Q_SLOTS:
    // Validates and saves; closes the dialog once the values are stored.
    void accept() override;

Q_SIGNALS:
    // The values were loaded (ok) or could not be (message says why).
    void loaded(bool ok, const QString &message);
    // A save ended: stored (ok) or refused (message says why; per-field reasons show inline).
    void saved(bool ok, const QString &message);

private:
    struct Loaded
    {
        QMap<QString, QString> values;
        QStringList warnings;
    };
    // Why a save stored nothing (error empty: it stored everything).
    struct Refusal
    {
        QString key;
        QString error;
    };

    void load();
    QWidget *createDisplayGroup();
    void loadFinished(const Result<Loaded> &result);
    void saveFinished(const Result<Refusal> &refusal, const QMap<QString, QString> &changed);
    void validateField(const QString &key);
    bool validateAll();
    void showValues(const QMap<QString, QString> &values);
    void setBusy(bool busy, const QString &message);
    void showError(const QString &message);
    void browseDirectory();
    static QString passwordHint();
    // Writes a typed password to the keychain, then closes; without one, closes at once.
    void storePasswordOrClose();
    void passwordStored(PasswordStore::Operation operation, const QString &key,
                        PasswordStore::Outcome outcome, const QString &password,
                        const QString &message);

    DatabaseUrl m_database;
    QComboBox *m_timeZone;
    QLineEdit *m_directory;
    QLineEdit *m_url;
    QComboBox *m_extension;
    QLineEdit *m_credentialsFile;
    QLineEdit *m_password;
    QSpinBox *m_usageDecimals; // a preference of this computer (Preferences::usageDecimals)
    PasswordStore *m_passwords;
    QString m_passwordKey;
    QMap<QString, QLabel *> m_errors;
    MessageBanner *m_status;
    QDialogButtonBox *m_buttons;
    QMap<QString, QString> m_loaded;
    bool m_loadedOk = false;
    LatestResult<Result<Loaded>> m_load;
    LatestResult<Result<Refusal>> m_save;
};

} // namespace cs
