#include "config/configuration.h"
#include "connection/passwordstore.h"
#include "export/exportcredentials.h"
#include "settings/settingsdialog.h"
#include "shelltest.h"
#include "support/testdatabase.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace cs;

namespace {

constexpr int TimeoutMs = 30'000;

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    static bool waitLoaded(SettingsDialog &dialog, QSignalSpy &loaded)
    {
        dialog.show();
        if (loaded.isEmpty() && !loaded.wait(TimeoutMs))
            return false;
        return loaded.first().at(0).toBool();
    }

    // Saves and returns (ok, message).
    static std::pair<bool, QString> save(SettingsDialog &dialog)
    {
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.accept();
        if (saved.isEmpty() && !saved.wait(TimeoutMs))
            return { false, QStringLiteral("no answer") };
        return { saved.first().at(0).toBool(), saved.first().at(1).toString() };
    }

    static void verifyNoSecretStored(Connection &db, const QString &secret)
    {
        auto q = db.exec(QStringLiteral("SELECT value FROM setting"));
        QVERIFY(q);
        while (q->next())
            QVERIFY2(!q->value(0).toString().contains(secret), qPrintable(q->value(0).toString()));
    }

    // What a new connection, as the CLI would open, reads.
    static QString stored(const QString &key)
    {
        auto connection = Connection::open(test::lastDatabaseUrl());
        if (!connection)
            return QStringLiteral("(cannot open: %1)").arg(connection.errorString());
        const auto value = Configuration::value(**connection, key);
        return value ? *value : QStringLiteral("(error: %1)").arg(value.errorString());
    }

private Q_SLOTS:
    void initTestCase() { test::isolatePreferences(); }

    void loadsTheStoredValues_data() { test::addDatabaseRows(); }
    void loadsTheStoredValues()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(Configuration::setValue(*db, Configuration::BusinessTimeZone,
                                        QStringLiteral("Asia/Tokyo"))
                    .ok());
        QVERIFY(
            Configuration::setValue(*db, Configuration::ExportFileExtension, QStringLiteral("csv"))
                .ok());
        SettingsDialog dialog(test::lastDatabaseUrl());
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(waitLoaded(dialog, loaded));
        QCOMPARE(dialog.fieldValue(Configuration::BusinessTimeZone), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(dialog.fieldValue(Configuration::ExportFileExtension), QStringLiteral("csv"));
        QCOMPARE(dialog.fieldValue(Configuration::ExportDirectory),
                 Configuration::defaultValue(Configuration::ExportDirectory));
        QCOMPARE(dialog.fieldValue(Configuration::ExportUrl), QString());
        for (const QString &key : Configuration::keys())
            QCOMPARE(dialog.fieldError(key), QString());
    }

    void savesValidValues_data() { test::addDatabaseRows(); }
    void savesValidValues()
    {
        CS_FRESH_DATABASE(db);
        SettingsDialog dialog(test::lastDatabaseUrl());
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(waitLoaded(dialog, loaded));
        dialog.setFieldValue(Configuration::BusinessTimeZone, QStringLiteral("Europe/Berlin"));
        dialog.setFieldValue(Configuration::ExportDirectory, QStringLiteral("/srv/export"));
        dialog.setFieldValue(Configuration::ExportUrl,
                             QStringLiteral("sftp://billing@127.0.0.1/in"));
        dialog.setFieldValue(Configuration::ExportFileExtension, QStringLiteral("csv"));
        const auto [ok, message] = save(dialog);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stored(Configuration::BusinessTimeZone), QStringLiteral("Europe/Berlin"));
        QCOMPARE(stored(Configuration::ExportDirectory), QStringLiteral("/srv/export"));
        QCOMPARE(stored(Configuration::ExportUrl), QStringLiteral("sftp://billing@127.0.0.1/in"));
        QCOMPARE(stored(Configuration::ExportFileExtension), QStringLiteral("csv"));
    }

    void refusesInvalidValues_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        const QList<std::tuple<QString, QString, QString, QString>> cases {
            { QStringLiteral("zone"), Configuration::BusinessTimeZone,
              QStringLiteral("Mars/Olympus"), QStringLiteral("unknown time zone") },
            { QStringLiteral("utc-lowercase"), Configuration::BusinessTimeZone,
              QStringLiteral("utc"), QStringLiteral("unknown time zone") },
            { QStringLiteral("relative-directory"), Configuration::ExportDirectory,
              QStringLiteral("export/here"), QStringLiteral("absolute path") },
            { QStringLiteral("url-scheme"), Configuration::ExportUrl,
              QStringLiteral("gopher://host/x"), QStringLiteral("must be an sftp://") },
            { QStringLiteral("url-no-host"), Configuration::ExportUrl, QStringLiteral("sftp:///x"),
              QStringLiteral("names no host") },
        };
        for (const QString &database : { QStringLiteral("sqlite"), QStringLiteral("postgresql") })
            for (const auto &[name, key, value, reason] : cases)
                QTest::addRow("%s-%s", qPrintable(database), qPrintable(name))
                    << database << key << value << reason;
    }
    void refusesInvalidValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        CS_FRESH_DATABASE(db);
        SettingsDialog dialog(test::lastDatabaseUrl());
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(waitLoaded(dialog, loaded));
        // A valid change elsewhere must not be stored either: all or nothing.
        dialog.setFieldValue(Configuration::ExportFileExtension, QStringLiteral("csv"));
        dialog.setFieldValue(key, value);
        QVERIFY2(dialog.fieldError(key).contains(reason), qPrintable(dialog.fieldError(key)));
        auto *label = dialog.findChild<QLabel *>(key + QStringLiteral(".error"));
        QVERIFY(label && label->isVisible());
        const auto [ok, message] = save(dialog);
        QVERIFY(!ok);
        QVERIFY(dialog.isVisible());
        QCOMPARE(stored(Configuration::ExportFileExtension), QStringLiteral("xml"));
        QCOMPARE(stored(key), Configuration::defaultValue(key));

        // Correcting the value clears the message.
        dialog.setFieldValue(key,
                             Configuration::defaultValue(key).isEmpty()
                                 ? QString()
                                 : Configuration::defaultValue(key));
        QCOMPARE(dialog.fieldError(key), QString());
    }

    // The URL field refuses a password and says where it goes; nothing reaches the database.
    void exportUrlWithPasswordIsRefused_data() { test::addDatabaseRows(); }
    void exportUrlWithPasswordIsRefused()
    {
        CS_FRESH_DATABASE(db);
        SettingsDialog dialog(test::lastDatabaseUrl());
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(waitLoaded(dialog, loaded));
        dialog.setFieldValue(Configuration::ExportUrl,
                             QStringLiteral("ftps://billing:T0p-s3cret@127.0.0.1:2121/incoming"));
        const QString error = dialog.fieldError(Configuration::ExportUrl);
        QVERIFY2(error.contains(u"CHANNELSCOPE_EXPORT_PASSWORD") && error.contains(u"keychain"),
                 qPrintable(error));
        QVERIFY(!error.contains(u"T0p-s3cret"));
        const auto [ok, message] = save(dialog);
        QVERIFY(!ok);
        QVERIFY(!message.contains(u"T0p-s3cret"));
        QCOMPARE(stored(Configuration::ExportUrl), QString());
        verifyNoSecretStored(*db, QStringLiteral("T0p-s3cret"));
    }

    // A password stored by an older version is removed when the dialog loads, and said so.
    void storedPasswordIsRemovedOnLoad_data() { test::addDatabaseRows(); }
    void storedPasswordIsRemovedOnLoad()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                         { Configuration::ExportUrl,
                           QStringLiteral("ftps://billing:T0p-s3cret@127.0.0.1:2121/incoming") }));
        SettingsDialog dialog(test::lastDatabaseUrl());
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(waitLoaded(dialog, loaded));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("exportUrl"))->text(),
                 QStringLiteral("ftps://billing@127.0.0.1:2121/incoming"));
        const QString status = dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
        QVERIFY2(status.contains(u"removed"), qPrintable(status));
        verifyNoSecretStored(*db, QStringLiteral("T0p-s3cret"));
    }

    // The password field goes to the system keychain, never to the database. Where no keychain
    // runs (a machine without a Secret Service), the dialog says so and stays open. ctest runs
    // this suite both ways (the _keychain entry with a real GNOME Keyring).
    void passwordGoesToTheKeychain_data() { test::addDatabaseRows(); }
    void passwordGoesToTheKeychain()
    {
        CS_FRESH_DATABASE(db);
        SettingsDialog dialog(test::lastDatabaseUrl());
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(waitLoaded(dialog, loaded));
        const QString url = QStringLiteral("ftps://billing@127.0.0.1:2121/incoming");
        dialog.setFieldValue(Configuration::ExportUrl, url);
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("exportPassword"));
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(QStringLiteral("T0p-s3cret"));
        const auto [ok, message] = save(dialog);
        QCOMPARE(stored(Configuration::ExportUrl), url);
        verifyNoSecretStored(*db, QStringLiteral("T0p-s3cret"));
        QVERIFY(!message.contains(u"T0p-s3cret"));
        QVERIFY2(ok == test::keychainExpected(), qPrintable(message));
        if (ok) {
            QVERIFY(!dialog.isVisible());
            PasswordStore store;
            QSignalSpy done(&store, &PasswordStore::finished);
            store.read(ExportCredentials::keychainKey(url));
            QVERIFY(done.wait(TimeoutMs));
            QCOMPARE(done.first().at(2).value<PasswordStore::Outcome>(),
                     PasswordStore::Outcome::Ok);
            QCOMPARE(done.first().at(3).toString(), QStringLiteral("T0p-s3cret"));
            store.remove(ExportCredentials::keychainKey(url));
            QVERIFY(done.wait(TimeoutMs));
            QCOMPARE(done.last().at(2).value<PasswordStore::Outcome>(), PasswordStore::Outcome::Ok);
            return;
        }
        QVERIFY(dialog.isVisible());
        QVERIFY2(message.contains(u"keychain") && message.contains(u"CHANNELSCOPE_EXPORT_PASSWORD"),
                 qPrintable(message));
        QCOMPARE(dialog.fieldError(SettingsDialog::PasswordKey), message);
    }

    void timeZonesAreSearchable()
    {
        SettingsDialog dialog(DatabaseUrl::sqlite(QStringLiteral(":memory:")));
        auto *zones = dialog.findChild<QComboBox *>(QStringLiteral("timeZone"));
        QVERIFY(zones->count() > 100);
        QVERIFY(zones->findText(QStringLiteral("Europe/Berlin")) >= 0);
        QCompleter *completer = zones->completer();
        completer->setCompletionPrefix(QStringLiteral("berl"));
        QStringList matches;
        for (int row = 0; completer->setCurrentRow(row); ++row)
            matches << completer->currentCompletion();
        QVERIFY2(matches.contains(QStringLiteral("Europe/Berlin")), qPrintable(matches.join(u',')));
    }

    void databaseThatCannotBeOpened()
    {
        SettingsDialog dialog(DatabaseUrl::sqlite(QStringLiteral("/nonexistent-folder/x.sqlite")));
        QSignalSpy loaded(&dialog, &SettingsDialog::loaded);
        QVERIFY(!waitLoaded(dialog, loaded));
        QVERIFY(!loaded.first().at(1).toString().isEmpty());
        const auto [ok, message] = save(dialog);
        QVERIFY(!ok);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
