#pragma once

#include "common/latestresult.h"
#include "db/databaseurl.h"
#include "util/result.h"

#include <QDialog>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace cs {

class MessageBanner;
class PasswordStore;

// File > Open Connection: open or create a SQLite file, or connect to a PostgreSQL server, with
// a "Test Connection" button and the recent connections (Preferences::recentConnections).
//
// Open first tries the connection off the GUI thread (runOnDatabase(), which also applies the
// migrations); only a connection that works closes the dialog. It is then added to the recent
// connections, and a PostgreSQL password is written to the system keychain if "Remember
// password" is checked (or removed from it if not). The password never goes to the settings
// file; without a keychain the checkbox is disabled and the dialog says why.
//
// Usage: `ConnectionDialog dialog(this); if (dialog.exec() == QDialog::Accepted)
// open(dialog.databaseUrl());`
class ConnectionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The chosen connection after the dialog was accepted; for PostgreSQL with its password.
    DatabaseUrl databaseUrl() const { return m_result; }

    // Fills the fields from a URL (a recent connection, or the current one). For PostgreSQL
    // the stored password, if any, is read from the keychain.
    void setDatabaseUrl(const DatabaseUrl &url);

    // The URL the fields describe now, or why they describe none ("Enter a host name.").
    Result<DatabaseUrl> urlFromFields() const;

    // Whether the last keychain check found a working keychain (false until it answered).
    bool isKeychainAvailable() const { return m_keychainAvailable; }

public Q_SLOTS:
    // Tries the connection in the background; the result shows under the button and is emitted
    // as connectionTested().
    void testConnection();
    // Tests the connection and, if it works, stores it and accepts the dialog.
    void accept() override;

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);
    // The keychain check at construction answered.
    void keychainChecked(bool available);
    // After a successful Open, once the keychain has answered (or was not asked).
    void passwordStored(bool stored, const QString &message);

private:
    enum class Purpose { Test, Open };

    QWidget *createSqlitePage();
    QWidget *createPostgresqlPage();
    void reloadRecent();
    void startCheck(Purpose purpose);
    // The SQLite file's problem, or the answer of a Test that needs no connection; nothing
    // when the database is to be opened.
    static std::optional<std::pair<bool, QString>> checkSqliteFile(const DatabaseUrl &url,
                                                                   bool mayCreate);
    void checkFinished(bool ok, const QString &message);
    // Asks before Open creates a SQLite file that does not exist (unless New File chose it);
    // true to go on.
    bool confirmNewSqliteFile(const DatabaseUrl &url);
    static bool isPostgresqlUrl(const QString &text);
    void fillFromPostgresqlUrl(const QString &text);
    void finishOpen(const DatabaseUrl &url);
    void showStatus(const QString &text, bool error);
    void setBusy(bool busy);
    void browseSqliteFile(bool create);
    void recentActivated(QListWidgetItem *item, bool open);
    void onPassword(int operation, const QString &key, int outcome, const QString &password,
                    const QString &message);

    QListWidget *m_recent;
    QTabWidget *m_tabs;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_pgUrl;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QCheckBox *m_rememberPassword;
    QLabel *m_keychainNote;
    QPushButton *m_testButton;
    QPushButton *m_openButton;
    MessageBanner *m_status;

    PasswordStore *m_passwords;
    bool m_keychainAvailable = false;
    QString m_probeKey;

    LatestResult<Status> m_check;
    Purpose m_checkPurpose = Purpose::Test;
    DatabaseUrl m_checkedUrl;
    bool m_openAfterPassword = false;
    QString m_openAfterReadKey;
    DatabaseUrl m_result;
    QString m_newFilePath; // the file chosen with New File: Open creates it without asking
};

} // namespace cs
