#include "common/preferences.h"
#include "connection/connectiondialog.h"
#include "connection/passwordstore.h"
#include "connectiontest.h"
#include "shelltest.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace cs;
using namespace cs::test;

namespace {

QString settingsFileContents()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolatePreferences();
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().clear(); }
    // A dialog drops a connection check still running when it closes; the check ends on its own.
    // Wait for it, or its PostgreSQL connection is still open when the program exits.
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void testConnectionWorks_data() { test::addDatabaseRows(); }
    void testConnectionWorks()
    {
        CS_FRESH_DATABASE(db);
        const DatabaseUrl url = test::lastDatabaseUrl();
        ConnectionDialog dialog;
        dialog.show();
        dialog.setDatabaseUrl(url);
        QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(),
                 url.kind == DatabaseKind::Sqlite ? 0 : 1);
        const auto [ok, message] = clickTest(dialog);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(message, QStringLiteral("The connection works."));
        QCOMPARE(statusText(dialog), message);
        QVERIFY(dialog.isVisible()); // a test does not close the dialog
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void testConnectionShowsTheError_data() { test::addDatabaseRows(); }
    void testConnectionShowsTheError()
    {
        CS_FRESH_DATABASE(db);
        DatabaseUrl url = test::lastDatabaseUrl();
        const QString wrongPassword = QStringLiteral("wrong-Pa55word");
        if (url.kind == DatabaseKind::Sqlite) {
            url.path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
            QFile file(url.path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        } else {
            url.password = wrongPassword;
        }
        ConnectionDialog dialog;
        dialog.show();
        dialog.setDatabaseUrl(url);
        const auto [ok, message] = clickTest(dialog);
        QVERIFY(!ok);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(wrongPassword), qPrintable(message));
        QCOMPARE(statusText(dialog), message);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))->property("error").toBool());

        // Open refuses the same connection and keeps the dialog open.
        QVERIFY(!clickOpen(dialog));
        QVERIFY(dialog.isVisible());
        QCOMPARE(Preferences::recentConnections.get(), QStringList());
    }

    void openAcceptsAndRemembersWithoutPassword_data() { test::addDatabaseRows(); }
    void openAcceptsAndRemembersWithoutPassword()
    {
        CS_FRESH_DATABASE(db);
        const DatabaseUrl url = test::lastDatabaseUrl();
        ConnectionDialog dialog;
        QSignalSpy keychain(&dialog, &ConnectionDialog::keychainChecked);
        dialog.show();
        dialog.setDatabaseUrl(url);
        if (keychain.isEmpty())
            QVERIFY(keychain.wait(ConnectTimeoutMs));
        QVERIFY(clickOpen(dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const DatabaseUrl chosen = dialog.databaseUrl();
        QCOMPARE(chosen.toDisplayString(), url.toDisplayString());
        QCOMPARE(chosen.password, url.password); // the caller gets the password ...
        QCOMPARE(Preferences::recentConnections.get(), QStringList { url.toDisplayString() });
        QCOMPARE(Preferences::lastConnection.get(), url.toDisplayString());
        // ... the settings file never does (the test cluster's user has the password as its
        // name, so the display URL, checked above, is taken out first).
        if (!url.password.isEmpty()) {
            QString contents = settingsFileContents();
            contents.remove(url.toDisplayString());
            QVERIFY2(!contents.contains(url.password), qPrintable(contents));
        }
    }

    void sqliteTestDoesNotCreateButOpenDoes()
    {
        const QString path = m_dir.filePath(QStringLiteral("new-database.sqlite"));
        QFile::remove(path);
        ConnectionDialog dialog;
        dialog.show();
        dialog.setDatabaseUrl(DatabaseUrl::sqlite(path));
        const auto [ok, message] = clickTest(dialog);
        QVERIFY(ok);
        QVERIFY2(message.contains(u"does not exist yet"), qPrintable(message));
        QVERIFY(!QFile::exists(path));

        // Open asks first (tst_connectionopen); yes creates it
        QTimer::singleShot(0, &dialog, [] {
            QTimer::singleShot(200, [] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::AcceptRole)
                        button->click();
                }
            });
        });
        QVERIFY(clickOpen(dialog));
        QVERIFY(QFile::exists(path));
        auto opened = Connection::open(DatabaseUrl::sqlite(path));
        CS_VERIFY_OK(opened);
        QVERIFY((*opened)->exec(QStringLiteral("SELECT count(*) FROM setting")).ok());
    }

    void sqliteFolderThatDoesNotExist()
    {
        ConnectionDialog dialog;
        dialog.show();
        dialog.setDatabaseUrl(
            DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))));
        const auto [ok, message] = clickTest(dialog);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"does not exist"), qPrintable(message));
    }

    void missingFieldsAreNamedInline_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host") << QStringLiteral("host") << QStringLiteral("host name");
        QTest::newRow("database") << QStringLiteral("database")
                                  << QStringLiteral("name of the database");
        QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("user name");
    }
    void missingFieldsAreNamedInline()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        ConnectionDialog dialog;
        dialog.show();
        DatabaseUrl url;
        url.kind = DatabaseKind::Postgresql;
        url.database = QStringLiteral("db");
        url.user = QStringLiteral("someone");
        dialog.setDatabaseUrl(url);
        dialog.findChild<QLineEdit *>(field)->clear();
        const auto [ok, message] = clickTest(dialog);
        QVERIFY(!ok);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(statusText(dialog), message);
    }

    void recentConnectionsDoubleClickOpens()
    {
        const QString first = m_dir.filePath(QStringLiteral("recent-1.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("recent-2.sqlite"));
        // existing files: Open asks before it creates one (tst_connectionopen)
        for (const QString &path : { first, second }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Preferences::addRecentConnection(first);
        Preferences::addRecentConnection(second);
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("recentConnections"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), second);
        // The last connection is preselected.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("sqlitePath"))->text(), second);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        const QRect rect = list->visualItemRect(list->item(1));
        // A double click as a mouse sends it: press, release, press-as-double-click, release.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(accepted.wait(ConnectTimeoutMs));
        QCOMPARE(dialog.databaseUrl().path, first);
        QCOMPARE(Preferences::recentConnections.get(), QStringList({ first, second }));
    }

    void keychainStateIsShown()
    {
        ConnectionDialog dialog;
        QSignalSpy checked(&dialog, &ConnectionDialog::keychainChecked);
        dialog.show();
        QVERIFY(checked.wait(ConnectTimeoutMs));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        const QString note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"))->text();
        QCOMPARE(checked.first().at(0).toBool(), test::keychainExpected());
        if (checked.first().at(0).toBool()) {
            QVERIFY(remember->isEnabled());
            QVERIFY2(note.contains(u"keychain"), qPrintable(note));
        } else {
            // Headless: no Secret Service. Say so, and offer nothing to remember.
            QVERIFY(!remember->isEnabled());
            QVERIFY(!remember->isChecked());
            QVERIFY2(note.contains(u"not stored"), qPrintable(note));
        }
        QVERIFY(dialog.isKeychainAvailable() == checked.first().at(0).toBool());
    }

    // With a keychain: Open with "Remember password" stores the password under the display URL
    // (never in the settings file), the next dialog for that connection fills it in, and Open
    // with the box unchecked removes it again.
    // Without a keychain, Open still works and nothing is remembered.
    void rememberedPasswordComesBack_data()
    {
        // Only PostgreSQL connections have a password.
        QTest::addColumn<QString>("database");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void rememberedPasswordComesBack()
    {
        CS_FRESH_DATABASE(db);
        DatabaseUrl url = test::lastDatabaseUrl();
        if (url.password.isEmpty())
            url.password = qEnvironmentVariable("PGPASSWORD");
        QVERIFY(!url.password.isEmpty());
        const QString key = url.toDisplayString();

        ConnectionDialog first;
        QSignalSpy checked(&first, &ConnectionDialog::keychainChecked);
        first.show();
        QVERIFY(checked.wait(ConnectTimeoutMs));
        first.setDatabaseUrl(url);
        auto *firstRemember = first.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        QCOMPARE(firstRemember->isEnabled(), test::keychainExpected());
        firstRemember->setChecked(true);
        QSignalSpy stored(&first, &ConnectionDialog::passwordStored);
        QVERIFY(clickOpen(first));
        QCOMPARE(stored.count(), 1);
        if (!test::keychainExpected()) {
            QVERIFY(!stored.first().at(0).toBool());
            QVERIFY(!settingsFileContents().remove(key).contains(url.password));
            return;
        }
        QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));
        QVERIFY(!settingsFileContents().remove(key).contains(url.password));

        DatabaseUrl withoutPassword = url;
        withoutPassword.password.clear();
        ConnectionDialog second;
        QSignalSpy secondChecked(&second, &ConnectionDialog::keychainChecked);
        second.show();
        QVERIFY(secondChecked.wait(ConnectTimeoutMs));
        second.setDatabaseUrl(withoutPassword);
        auto *password = second.findChild<QLineEdit *>(QStringLiteral("password"));
        auto *remember = second.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        QTRY_COMPARE_WITH_TIMEOUT(password->text(), url.password, ConnectTimeoutMs);
        QVERIFY(remember->isChecked());

        remember->setChecked(false);
        QSignalSpy removed(&second, &ConnectionDialog::passwordStored);
        QVERIFY(clickOpen(second));
        QCOMPARE(removed.count(), 1);
        PasswordStore store;
        QSignalSpy done(&store, &PasswordStore::finished);
        store.read(key);
        QVERIFY(done.wait(ConnectTimeoutMs));
        QCOMPARE(done.first().at(2).value<PasswordStore::Outcome>(),
                 PasswordStore::Outcome::NotFound);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
