#include "common/preferences.h"
#include "connection/firststart.h"
#include "demo/demodatabase.h"
#include "shelltest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>

using namespace cs;

namespace {

DemoOptions smallDemo()
{
    DemoOptions options;
    options.until = QDate(2026, 1, 31);
    options.days = 7;
    return options;
}

// Long enough that the import reports progress (every 50,000 rows) a few times.
DemoOptions importingDemo()
{
    DemoOptions options = smallDemo();
    options.days = 120;
    return options;
}

// The files in the demo database's folder whose names start with "demo.sqlite".
QStringList demoFiles()
{
    const QFileInfo demo(FirstStart::demoDatabasePath());
    return QDir(demo.absolutePath()).entryList({ demo.fileName() + u'*' }, QDir::Files);
}

} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolatePreferences(); }
    void init()
    {
        QSettings().clear();
        for (const QString &name : demoFiles())
            QFile::remove(QFileInfo(FirstStart::demoDatabasePath()).absoluteDir().filePath(name));
    }

    void neededOnlyOnTheFirstStartWithoutConnection()
    {
        QVERIFY(FirstStart::isNeeded());
        Preferences::addRecentConnection(QStringLiteral("/data/mine.sqlite"));
        QVERIFY(!FirstStart::isNeeded());
        QSettings().clear();
        Preferences::firstStartDone.set(true);
        QVERIFY(!FirstStart::isNeeded());
    }

    void demoDatabaseLivesInTheDataFolder()
    {
        const QString path = FirstStart::demoDatabasePath();
        QVERIFY(path.endsWith(u"/demo.sqlite"));
        QVERIFY2(path.contains(u".qttest"), qPrintable(path)); // test mode: not the user's
    }

    void createDemoDatabaseOpensAnExistingDemo()
    {
        // The demo file exists already (an earlier first start was interrupted after building
        // it): no dialog, the answer comes at once.
        const QString path = FirstStart::demoDatabasePath();
        const auto built = DemoDatabase::create(path, smallDemo());
        CS_VERIFY_OK(built);
        std::optional<Result<DatabaseUrl>> answer;
        QProgressDialog *dialog = FirstStart::createDemoDatabase(
            nullptr, [&answer](const Result<DatabaseUrl> &url) { answer = url; });
        QVERIFY(!dialog);
        QVERIFY(answer);
        CS_VERIFY_OK(*answer);
        QCOMPARE((*answer)->path, path);
        QVERIFY(Preferences::firstStartDone.get());
        QCOMPARE(Preferences::lastConnection.get(), path);
        QVERIFY(!FirstStart::isNeeded());
    }

    // The creation runs in the background behind a progress dialog; its end brings the URL.
    void createsTheDemoInTheBackground()
    {
        std::optional<Result<DatabaseUrl>> answer;
        QPointer<QProgressDialog> dialog = FirstStart::createDemoDatabase(
            nullptr, [&answer](const Result<DatabaseUrl> &url) { answer = url; }, smallDemo());
        QVERIFY(dialog);
        QVERIFY(!answer);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 60'000);
        CS_VERIFY_OK(*answer);
        QCOMPARE((*answer)->path, FirstStart::demoDatabasePath());
        QCOMPARE(demoFiles(), QStringList { QStringLiteral("demo.sqlite") });
        QCOMPARE(Preferences::lastConnection.get(), FirstStart::demoDatabasePath());
        QTRY_VERIFY(dialog.isNull());
    }

    // The dialog does not block: while the demo data is imported, Cancel stops the creation,
    // which leaves no file behind, never answers and leaves the first start to do.
    void cancelLeavesNothingBehind()
    {
        bool answered = false;
        QPointer<QProgressDialog> dialog = FirstStart::createDemoDatabase(
            nullptr, [&answered](const Result<DatabaseUrl> &) { answered = true; },
            importingDemo());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->value() > 20, 120'000); // importing
        QVERIFY(dialog->isVisible());
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), FirstStart::tr("Cancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 120'000);
        QTest::qWait(50);
        QVERIFY(!answered);
        QCOMPARE(demoFiles(), QStringList());
        QVERIFY(FirstStart::isNeeded());
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
