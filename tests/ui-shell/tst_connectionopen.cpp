// Open Connection as a new analyst meets it: a mistyped SQLite path is not silently created, a
// pasted postgresql:// URL fills the fields, errors speak of the server, the keychain note says
// what to install, and the file dialog starts in the folder used last.
#include "common/filedialogs.h"
#include "common/preferences.h"
#include "connection/connectiondialog.h"
#include "connectiontest.h"
#include "shelltest.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace cs;
using namespace cs::test;

namespace {

// While alive, hands every file dialog that opens to `act` (which should close it), and closes any
// dialog still open after 20 s, so a modal file dialog can never hold the suite until it times
// out. Looks at the top-level widgets rather than the active modal widget, which a platform
// without a window manager need not report.
class FileDialogGuard
{
public:
    template<typename Act> explicit FileDialogGuard(Act act)
    {
        m_waited.start();
        QObject::connect(&m_timer, &QTimer::timeout, [this, act] {
            const bool late = m_waited.elapsed() > 20'000;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *picker = qobject_cast<QFileDialog *>(widget);
                if (!picker || !picker->isVisible())
                    continue;
                m_timedOut = m_timedOut || late;
                if (late)
                    static_cast<QDialog *>(picker)->reject();
                else
                    act(picker);
            }
        });
        m_timer.start(20);
    }
    ~FileDialogGuard() { m_timer.stop(); }
    bool timedOut() const { return m_timedOut; }

private:
    QTimer m_timer;
    QElapsedTimer m_waited;
    bool m_timedOut = false;
};

// Types `path` into the dialog's file name field and accepts, as a person would. selectFile()
// leaves the field alone while it has the focus, which it has once the application is active
// (after an earlier test showed a window), and the dialog then stays open with nothing picked.
void pick(QFileDialog *picker, const QString &path)
{
    auto *name = picker->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    if (name)
        name->setText(path);
    else
        picker->selectFile(path);
    static_cast<QDialog *>(picker)->accept(); // QFileDialog::accept is protected
}

} // namespace

class TestConnectionOpen : public QObject
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
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void mistypedSqlitePathAsksFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("mistyped.sqlite"));
        ConnectionDialog dialog;
        dialog.show();
        dialog.setDatabaseUrl(DatabaseUrl::sqlite(path));

        bool asked = false;
        whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!clickOpen(dialog));
        QVERIFY2(asked, "Open did not ask before creating the file");
        QVERIFY2(!QFile::exists(path), "the mistyped file was created");
        QVERIFY(dialog.isVisible());
        QVERIFY2(statusText(dialog).contains(u"Not opened"), qPrintable(statusText(dialog)));
        QCOMPARE(Preferences::recentConnections.get(), QStringList());

        // Saying yes creates it
        whenModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QVERIFY(clickOpen(dialog));
        QVERIFY(QFile::exists(path));
    }

    void pastedPostgresqlUrlFillsTheFields()
    {
        ConnectionDialog dialog;
        dialog.show();
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("postgresqlUrl"));
        QVERIFY2(url, "no URL field on the PostgreSQL tab");
        url->setText(QStringLiteral("postgresql://analyst:s3cret@db.example.com:6543/billing"
                                    "?sslmode=require"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text(),
                 QStringLiteral("db.example.com"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 6543);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("database"))->text(),
                 QStringLiteral("billing"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("user"))->text(),
                 QStringLiteral("analyst"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text(),
                 QStringLiteral("s3cret"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("sslMode"))->currentData(),
                 QVariant(QStringLiteral("require")));
        QVERIFY(!url->text().contains(u"s3cret")); // the password shows only in its field
        const auto fields = dialog.urlFromFields();
        QVERIFY(fields);
        QCOMPARE(
            fields->toDisplayString(),
            QStringLiteral("postgresql://analyst@db.example.com:6543/billing?sslmode=require"));

        // pasted into the host field, the same
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        host->setText(QStringLiteral("postgres://other@10.0.0.5/sales"));
        QCOMPARE(host->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("database"))->text(),
                 QStringLiteral("sales"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 5432);
    }

    void errorsSpeakOfTheServer_data() { test::addDatabaseRows(); }
    void errorsSpeakOfTheServer()
    {
        CS_FRESH_DATABASE(db);
        DatabaseUrl url = test::lastDatabaseUrl();
        if (url.kind == DatabaseKind::Sqlite) {
            url.path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
            QFile file(url.path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        } else {
            url.password = QStringLiteral("wrong-Pa55word");
        }
        ConnectionDialog dialog;
        dialog.show();
        dialog.setDatabaseUrl(url);
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")),
                          Qt::LeftButton);
        QVERIFY(tested.wait(ConnectTimeoutMs));
        QVERIFY(!tested.first().at(0).toBool());
        const QString message = tested.first().at(1).toString();
        for (const char *driverWord : { "QPSQL", "QSQLITE", "Unable to connect" })
            QVERIFY2(!message.contains(QLatin1String(driverWord)), qPrintable(message));
        if (url.kind == DatabaseKind::Postgresql)
            QVERIFY2(message.contains(u"PostgreSQL server at " + url.host), qPrintable(message));
        else
            QVERIFY2(message.contains(u"not a database"), qPrintable(message));
    }

    void keychainNoteSaysWhatToDo()
    {
        ConnectionDialog dialog;
        QSignalSpy checked(&dialog, &ConnectionDialog::keychainChecked);
        dialog.show();
        QVERIFY(checked.wait(ConnectTimeoutMs));
        const QString note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"))->text();
        QCOMPARE(checked.first().at(0).toBool(), test::keychainExpected());
        if (checked.first().at(0).toBool()) {
            QVERIFY2(note.contains(u"system keychain"), qPrintable(note));
            return;
        }
        QVERIFY2(note.contains(u"gnome-keyring") && note.contains(u"Secret Service"),
                 qPrintable(note));
        QVERIFY2(note.contains(u"until ChannelScope quits"), qPrintable(note));
        QVERIFY2(!note.contains(u"Unknown error"), qPrintable(note));
    }

    void fileDialogStartsInTheLastFolder()
    {
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        const QString folder = QDir(m_dir.filePath(QStringLiteral("databases"))).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(QStringLiteral("sales.sqlite"));
        QFile created(file);
        QVERIFY(created.open(QIODevice::WriteOnly));
        created.close();
        Preferences::lastFileFolder.set(folder);
        QCOMPARE(FileDialogs::startFolder(), folder);

        // Open File of the connection dialog starts there and takes the file picked
        ConnectionDialog dialog;
        dialog.show();
        QString startedIn;
        {
            FileDialogGuard guard([&startedIn, file](QFileDialog *picker) {
                startedIn = picker->directory().absolutePath();
                pick(picker, file);
            });
            clickButtonStartingWith(dialog, QStringLiteral("Open &File"));
            QVERIFY2(!guard.timedOut(), "the file dialog did not close");
        }
        QCOMPARE(startedIn, folder);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("sqlitePath"))->text(), file);

        // a save dialog starts there too, and the next one starts where this one picked
        const QString other = QDir(m_dir.filePath(QStringLiteral("other"))).absolutePath();
        QVERIFY(QDir().mkpath(other));
        startedIn.clear();
        {
            FileDialogGuard guard([&startedIn, other](QFileDialog *picker) {
                startedIn = picker->directory().absolutePath();
                pick(picker, QDir(other).filePath(QStringLiteral("new.sqlite")));
            });
            const QString picked = FileDialogs::saveFileName(
                &dialog, QStringLiteral("New"), QStringLiteral("new.sqlite"), QString());
            QVERIFY2(!guard.timedOut(), "the file dialog did not close");
            QCOMPARE(picked, QDir(other).filePath(QStringLiteral("new.sqlite")));
        }
        QCOMPARE(startedIn, folder);
        QCOMPARE(Preferences::lastFileFolder.get(), other);
        QCOMPARE(FileDialogs::startFolder(), other);
    }

private:
    static void clickButtonStartingWith(QWidget &parent, const QString &text)
    {
        for (QPushButton *button : parent.findChildren<QPushButton *>()) {
            if (button->text().startsWith(text)) {
                button->click();
                return;
            }
        }
        QFAIL(qPrintable(u"no button " + text));
    }
};

QTEST_MAIN(TestConnectionOpen)
#include "tst_connectionopen.moc"
