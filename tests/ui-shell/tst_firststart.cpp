#include "common/preferences.h"
#include "connection/firststart.h"
#include "db/connection.h"
#include "shelltest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

qint64 count(Connection &connection, const QString &table)
{
    auto q = connection.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

DemoOptions smallDemo()
{
    DemoOptions options;
    options.until = QDate(2026, 1, 31);
    options.days = 7;
    return options;
}

} // namespace

class TestFirstStart : public QObject
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

    void buildsAnImportedDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/demo.sqlite"));
        QList<int> percents;
        const auto built = FirstStart::buildDemoDatabase(
            path, smallDemo(),
            [&percents](int percent, const QString &) { percents.append(percent); });
        CS_VERIFY_OK(built);
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".part"));
        QVERIFY(percents.size() >= 3);
        QCOMPARE(percents.first(), 0);
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));

        auto connection = Connection::open(DatabaseUrl::sqlite(path));
        CS_VERIFY_OK(connection);
        QCOMPARE(count(**connection, QStringLiteral("channel")), built->channels);
        QCOMPARE(count(**connection, QStringLiteral("account")), built->accounts);
        QCOMPARE(count(**connection, QStringLiteral("usage_record")), built->usageRecords);
        QVERIFY(built->usageRecords > 0);
        QCOMPARE(built->until, QDate(2026, 1, 31));
    }

    void refusesToReplaceAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const auto built = FirstStart::buildDemoDatabase(path, smallDemo());
        QVERIFY(!built);
        QVERIFY2(built.errorString().contains(path), qPrintable(built.errorString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void createDemoDatabaseOpensAnExistingDemo()
    {
        // The full-size demo is built by the screenshot script; here the demo file exists
        // already (an earlier first start was interrupted after building it).
        const QString path = FirstStart::demoDatabasePath();
        QFile::remove(path);
        const auto built = FirstStart::buildDemoDatabase(path, smallDemo());
        CS_VERIFY_OK(built);
        const auto url = FirstStart::createDemoDatabase(nullptr);
        CS_VERIFY_OK(url);
        QCOMPARE(url->path, path);
        QVERIFY(Preferences::firstStartDone.get());
        QCOMPARE(Preferences::lastConnection.get(), path);
        QVERIFY(!FirstStart::isNeeded());
        QFile::remove(path);
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
