#include "connectiondialog.h"

#include "common/filedialogs.h"
#include "common/messagebanner.h"
#include "common/preferences.h"
#include "db/databasetask.h"
#include "passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cs {

namespace {

enum Tab { SqliteTab, PostgresqlTab };

const QString SqliteFilter = QStringLiteral("*.sqlite *.sqlite3 *.db");

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_sqlitePath(new QLineEdit(this))
    , m_pgUrl(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_rememberPassword(new QCheckBox(tr("&Remember password in the system keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_openButton(nullptr)
    , m_status(new MessageBanner(this, MessageBanner::Look::Line))
    , m_passwords(new PasswordStore(this))
{
    setWindowTitle(tr("Open Connection"));
    setObjectName(QStringLiteral("connectionDialog"));

    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_recent->setToolTip(tr("Double-click a connection to open it."));
    connect(m_recent, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { recentActivated(item, false); });
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { recentActivated(item, true); });
    auto *recentBox = new QGroupBox(tr("Recent connections"), this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);

    m_tabs->setObjectName(QStringLiteral("kindTabs"));
    m_tabs->addTab(createSqlitePage(), tr("&SQLite file"));
    m_tabs->addTab(createPostgresqlPage(), tr("&PostgreSQL server"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { showStatus({}, false); });

    m_testButton->setObjectName(QStringLiteral("testButton"));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    m_status->label()->setObjectName(QStringLiteral("status"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_status, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_openButton = buttons->button(QDialogButtonBox::Open);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(m_tabs);
    right->addLayout(testRow);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(recentBox, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_passwords, &PasswordStore::finished, this,
            [this](PasswordStore::Operation operation, const QString &key,
                   PasswordStore::Outcome outcome, const QString &password,
                   const QString &message) {
                onPassword(int(operation), key, int(outcome), password, message);
            });

    reloadRecent();
    const QString last = Preferences::lastConnection.get();
    if (const auto url = DatabaseUrl::parse(last); !last.isEmpty() && url)
        setDatabaseUrl(*url);

    // Asks the keychain for a key that is never written: "not found" means it works.
    m_rememberPassword->setEnabled(false);
    m_keychainNote->setText(tr("Checking the system keychain..."));
    m_probeKey = QStringLiteral("channelscope-keychain-probe");
    m_passwords->read(m_probeKey);
    resize(760, 420);
}

// A running check holds only copies; it finishes on its own, its result is dropped.
ConnectionDialog::~ConnectionDialog() = default;

QWidget *ConnectionDialog::createSqlitePage()
{
    auto *page = new QWidget(this);
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    m_sqlitePath->setPlaceholderText(tr("Path of a .sqlite file"));
    m_sqlitePath->setClearButtonEnabled(true);
    auto *openFile = new QPushButton(tr("Open &File..."), page);
    connect(openFile, &QPushButton::clicked, this, [this] { browseSqliteFile(false); });
    auto *newFile = new QPushButton(tr("&New File..."), page);
    connect(newFile, &QPushButton::clicked, this, [this] { browseSqliteFile(true); });

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_sqlitePath, 1);
    fileRow->addWidget(openFile);
    fileRow->addWidget(newFile);
    auto *hint = new QLabel(tr("Open asks before it creates a new, empty ChannelScope database "
                               "for a file that does not exist yet."),
                            page);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("Database &file:"), page);
    label->setBuddy(m_sqlitePath);
    layout->addWidget(label);
    layout->addLayout(fileRow);
    layout->addWidget(hint);
    layout->addStretch();
    return page;
}

QWidget *ConnectionDialog::createPostgresqlPage()
{
    auto *page = new QWidget(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setText(QStringLiteral("127.0.0.1"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("Default (prefer)"), QString());
    const QList<std::pair<QString, QString>> modes {
        { QStringLiteral("disable"), tr("Disable: never use SSL") },
        { QStringLiteral("allow"), tr("Allow: SSL if the server insists") },
        { QStringLiteral("prefer"), tr("Prefer: SSL if the server offers it") },
        { QStringLiteral("require"), tr("Require: always SSL, no certificate check") },
        { QStringLiteral("verify-ca"), tr("Verify CA: SSL with a trusted certificate") },
        { QStringLiteral("verify-full"), tr("Verify full: SSL, trusted certificate, host name") },
    };
    for (const auto &[mode, text] : modes)
        m_sslMode->addItem(text, mode);
    m_rememberPassword->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);

    m_pgUrl->setObjectName(QStringLiteral("postgresqlUrl"));
    m_pgUrl->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/dbname"));
    m_pgUrl->setToolTip(tr("Paste a postgresql:// URL to fill in the fields below."));
    m_pgUrl->setClearButtonEnabled(true);
    connect(m_pgUrl, &QLineEdit::textChanged, this, &ConnectionDialog::fillFromPostgresqlUrl);
    connect(m_host, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (isPostgresqlUrl(text))
            fillFromPostgresqlUrl(text);
    });

    auto *form = new QFormLayout(page);
    form->addRow(tr("&URL:"), m_pgUrl);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("SSL &mode:"), m_sslMode);
    form->addRow(QString(), m_rememberPassword);
    form->addRow(QString(), m_keychainNote);
    return page;
}

void ConnectionDialog::reloadRecent()
{
    m_recent->clear();
    for (const QString &entry : Preferences::recentConnections.get()) {
        auto *item = new QListWidgetItem(entry, m_recent);
        item->setToolTip(entry);
        if (const auto url = DatabaseUrl::parse(entry); url && url->kind == DatabaseKind::Sqlite)
            item->setText(QFileInfo(url->path).fileName() + u"  \u2014  " + url->path);
        item->setData(Qt::UserRole, entry);
    }
}

void ConnectionDialog::setDatabaseUrl(const DatabaseUrl &url)
{
    if (url.kind == DatabaseKind::Sqlite) {
        m_tabs->setCurrentIndex(SqliteTab);
        m_sqlitePath->setText(url.path);
        return;
    }
    m_tabs->setCurrentIndex(PostgresqlTab);
    m_host->setText(url.host);
    m_port->setValue(url.port);
    m_database->setText(url.database);
    m_user->setText(url.user);
    m_password->setText(url.password);
    const int ssl = m_sslMode->findData(url.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_passwords->read(url.toDisplayString());
}

Result<DatabaseUrl> ConnectionDialog::urlFromFields() const
{
    if (m_tabs->currentIndex() == SqliteTab) {
        const QString path = m_sqlitePath->text().trimmed();
        if (path.isEmpty())
            return Error { tr("Choose a database file.") };
        if (path == u":memory:")
            return DatabaseUrl::sqlite(path);
        return DatabaseUrl::sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    }
    DatabaseUrl url;
    url.kind = DatabaseKind::Postgresql;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    url.sslMode = m_sslMode->currentData().toString();
    if (url.host.isEmpty())
        return Error { tr("Enter the host name or address of the PostgreSQL server.") };
    if (url.database.isEmpty())
        return Error { tr("Enter the name of the database.") };
    if (url.user.isEmpty())
        return Error { tr("Enter the user name.") };
    return url;
}

void ConnectionDialog::testConnection()
{
    startCheck(Purpose::Test);
}

void ConnectionDialog::accept()
{
    startCheck(Purpose::Open);
}

void ConnectionDialog::startCheck(Purpose purpose)
{
    if (m_check.isRunning())
        return;
    const auto url = urlFromFields();
    if (!url) {
        showStatus(url.errorString(), true);
        Q_EMIT connectionTested(false, url.errorString());
        return;
    }
    if (purpose == Purpose::Open && !confirmNewSqliteFile(*url)) {
        const QString message
            = tr("Not opened: %1 does not exist. Check the path, or choose New File to create a "
                 "database.")
                  .arg(QDir::toNativeSeparators(url->path));
        showStatus(message, true);
        Q_EMIT connectionTested(false, message);
        return;
    }
    m_checkPurpose = purpose;
    m_checkedUrl = *url;
    showStatus(tr("Connecting to %1...").arg(url->toDisplayString()), false);
    setBusy(true);
    // A test must not create a file that the user only meant to look at.
    if (const auto answer = checkSqliteFile(*url, purpose == Purpose::Open)) {
        QMetaObject::invokeMethod(
            this, [this, answer = *answer] { checkFinished(answer.first, answer.second); },
            Qt::QueuedConnection);
        return;
    }
    m_check.start(
        runOnDatabase(
            *url, [](Connection &) { return success(); }, Connection::OpenMode::CreateIfMissing),
        this, [this](const Status &opened) {
            checkFinished(opened.ok(), opened ? tr("The connection works.") : opened.errorString());
        });
}

std::optional<std::pair<bool, QString>> ConnectionDialog::checkSqliteFile(const DatabaseUrl &url,
                                                                          bool mayCreate)
{
    if (url.kind != DatabaseKind::Sqlite || url.path == u":memory:")
        return std::nullopt;
    const QFileInfo file(url.path);
    if (file.isDir())
        return std::pair { false, tr("%1 is a folder, not a database file.").arg(url.path) };
    if (file.exists())
        return std::nullopt;
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return std::pair { false, tr("The folder %1 does not exist.").arg(folder.filePath()) };
    if (!folder.isWritable())
        return std::pair { false,
                           tr("The folder %1 is not writable: a new database cannot be created "
                              "there.")
                               .arg(folder.filePath()) };
    if (!mayCreate)
        return std::pair { true,
                           tr("The file does not exist yet: Open creates a new, empty database "
                              "there.") };
    return std::nullopt;
}

bool ConnectionDialog::confirmNewSqliteFile(const DatabaseUrl &url)
{
    if (url.kind != DatabaseKind::Sqlite || url.path == u":memory:" || QFileInfo::exists(url.path)
        || url.path == m_newFilePath || checkSqliteFile(url, true))
        return true;
    QMessageBox box(QMessageBox::Question, tr("Create a New Database?"),
                    tr("%1 does not exist.").arg(QDir::toNativeSeparators(url.path)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmNewDatabase"));
    box.setInformativeText(tr("Create a new, empty ChannelScope database there? If you meant an "
                              "existing database, check the path."));
    QPushButton *create = box.addButton(tr("&Create Database"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == create;
}

bool ConnectionDialog::isPostgresqlUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://");
}

// A pasted postgresql://user:password@host:port/dbname?sslmode=... fills the fields; the
// password goes to its field only, never into a stored URL.
void ConnectionDialog::fillFromPostgresqlUrl(const QString &text)
{
    if (!isPostgresqlUrl(text))
        return;
    QUrl pasted(text.trimmed());
    const QString password = pasted.password();
    pasted.setPassword(QString());
    const auto url = DatabaseUrl::parse(pasted.toString());
    if (!url) {
        showStatus(tr("This URL cannot be used: %1").arg(url.errorString()), true);
        return;
    }
    m_tabs->setCurrentIndex(PostgresqlTab);
    const QSignalBlocker urlBlocker(m_pgUrl);
    const QSignalBlocker hostBlocker(m_host);
    m_pgUrl->setText(url->toDisplayString());
    m_host->setText(url->host);
    m_port->setValue(url->port);
    m_database->setText(url->database);
    m_user->setText(url->user);
    if (!password.isEmpty())
        m_password->setText(password);
    const int ssl = m_sslMode->findData(url->sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    showStatus(tr("Filled in from the URL."), false);
}

void ConnectionDialog::checkFinished(bool ok, const QString &message)
{
    setBusy(false);
    showStatus(message, !ok);
    Q_EMIT connectionTested(ok, message);
    if (!ok || m_checkPurpose != Purpose::Open)
        return;
    finishOpen(m_checkedUrl);
}

void ConnectionDialog::finishOpen(const DatabaseUrl &url)
{
    m_result = url;
    const QString key = url.toDisplayString();
    Preferences::addRecentConnection(key);
    if (url.kind != DatabaseKind::Postgresql || !m_keychainAvailable) {
        Q_EMIT passwordStored(false,
                              url.kind == DatabaseKind::Postgresql
                                      && m_rememberPassword->isChecked()
                                  ? m_keychainNote->text()
                                  : QString());
        QDialog::accept();
        return;
    }
    m_openAfterPassword = true;
    setBusy(true);
    if (m_rememberPassword->isChecked() && !url.password.isEmpty())
        m_passwords->write(key, url.password);
    else
        m_passwords->remove(key);
}

void ConnectionDialog::onPassword(int operation, const QString &key, int outcome,
                                  const QString &password, const QString &message)
{
    const auto op = PasswordStore::Operation(operation);
    const auto result = PasswordStore::Outcome(outcome);
    if (op == PasswordStore::Operation::Read && key == m_probeKey) {
        m_keychainAvailable
            = result == PasswordStore::Outcome::Ok || result == PasswordStore::Outcome::NotFound;
        m_rememberPassword->setEnabled(m_keychainAvailable);
        if (!m_keychainAvailable)
            m_rememberPassword->setChecked(false);
        m_keychainNote->setText(
            m_keychainAvailable
                ? tr("The password is kept in the system keychain, never in a file.")
                : tr("No system keychain is available, so the password is not stored: it is "
                     "kept only until ChannelScope quits. To remember it, install and start "
                     "gnome-keyring or another Secret Service provider (such as KWallet or "
                     "KeePassXC)."));
        m_keychainNote->setToolTip(m_keychainAvailable ? QString() : message);
        Q_EMIT keychainChecked(m_keychainAvailable);
        return;
    }
    if (op == PasswordStore::Operation::Read) {
        // Only for the connection still shown: the user may have picked another meanwhile.
        const auto shown = urlFromFields();
        if (result == PasswordStore::Outcome::Ok && shown && shown->toDisplayString() == key) {
            m_password->setText(password);
            m_rememberPassword->setChecked(true);
        }
        if (key == m_openAfterReadKey) {
            m_openAfterReadKey.clear();
            accept();
        }
        return;
    }
    if (!m_openAfterPassword)
        return;
    m_openAfterPassword = false;
    setBusy(false);
    const bool stored
        = op == PasswordStore::Operation::Write && result == PasswordStore::Outcome::Ok;
    if (op == PasswordStore::Operation::Write && !stored)
        QMessageBox::warning(
            this, tr("Password not remembered"),
            tr("The connection was opened, but its password could not be stored in the system "
               "keychain: %1")
                .arg(message));
    Q_EMIT passwordStored(stored, stored ? QString() : message);
    QDialog::accept();
}

void ConnectionDialog::showStatus(const QString &text, bool error)
{
    m_status->showMessage(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Info, text);
    m_status->label()->setProperty("error", error);
}

void ConnectionDialog::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_openButton->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
    m_recent->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ConnectionDialog::browseSqliteFile(bool create)
{
    const QString filter = tr("SQLite databases (%1);;All files (*)").arg(SqliteFilter);
    const QString path = create
        ? FileDialogs::saveFileName(this, tr("New Database"), QString(), filter)
        : FileDialogs::openFileName(this, tr("Open Database"), filter);
    if (path.isEmpty())
        return;
    if (create)
        m_newFilePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (create && QFileInfo::exists(path)) {
        showStatus(tr("%1 exists already: it is opened as it is, not replaced.").arg(path), false);
    }
    m_sqlitePath->setText(path);
}

void ConnectionDialog::recentActivated(QListWidgetItem *item, bool open)
{
    const QString entry = item->data(Qt::UserRole).toString();
    const auto url = DatabaseUrl::parse(entry);
    if (!url) {
        showStatus(url.errorString(), true);
        return;
    }
    setDatabaseUrl(*url);
    if (!open)
        return;
    if (url->kind == DatabaseKind::Postgresql && m_password->text().isEmpty()
        && m_keychainAvailable) {
        // The keychain answers asynchronously: open once it has.
        m_openAfterReadKey = url->toDisplayString();
        return;
    }
    accept();
}

} // namespace cs
