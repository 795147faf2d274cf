// Open Connection as a new analyst meets it: a mistyped SQLite path is not silently created, a
// pasted postgresql:// URL fills the fields, errors speak of the server, the keychain note says
// what to install, and the file dialog starts in the folder used last.
#include "common/preferences.h"
#include "connection/connectiondialog.h"
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

namespace {

constexpr int ConnectTimeoutMs = 30'000;

// Calls `act` with the first modal widget of type W that shows up within 10 s.
template<typename W, typename Act> void whenModal(Act act)
{
    auto *timer = new QTimer(qApp);
    auto *waited = new int(0);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, act] {
        if (auto *widget = qobject_cast<W *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete waited;
            act(widget);
        } else if (++*waited > 500) {
            timer->stop();
            timer->deleteLater();
            delete waited;
        }
    });
    timer->start(20);
}

// Clicks Open and waits until the dialog closes or reports a failed connection.
bool clickOpen(ConnectionDialog &dialog)
{
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openButton")),
                      Qt::LeftButton);
    QElapsedTimer timer;
    timer.start();
    while (accepted.isEmpty() && timer.elapsed() < ConnectTimeoutMs) {
        if (!tested.isEmpty() && !tested.first().at(0).toBool())
            return false;
        accepted.wait(100);
    }
    return !accepted.isEmpty();
}

QString statusText(ConnectionDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
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
};

QTEST_MAIN(TestConnectionOpen)
#include "tst_connectionopen.moc"
