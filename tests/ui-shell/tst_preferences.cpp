#include "common/preferences.h"
#include "shelltest.h"

#include <QFile>
#include <QTest>

using namespace cs;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolatePreferences(); }
    void init() { QSettings().clear(); }

    void defaultsWhenNothingIsStored()
    {
        QCOMPARE(Preferences::windowGeometry.get(), QByteArray());
        QCOMPARE(Preferences::lastScopeKind.get(), QString());
        QCOMPARE(Preferences::lastRangePreset.get(), QStringLiteral("last-month"));
        QVERIFY(!Preferences::lastRangeFrom.get().isValid());
        QCOMPARE(Preferences::recentConnections.get(), QStringList());
        QCOMPARE(Preferences::firstStartDone.get(), false);
        QVERIFY(!Preferences::firstStartDone.isStored());
    }

    void roundTripThroughTheFile()
    {
        const QByteArray geometry("\x01\x00\xff geometry", 12);
        Preferences::windowGeometry.set(geometry);
        Preferences::windowState.set(QByteArray("state"));
        Preferences::lastScopeKind.set(ScopeKindBillingGroup);
        Preferences::lastScopeCode.set(QStringLiteral("BG-ÄÖ-1"));
        Preferences::lastRangePreset.set(QStringLiteral("custom"));
        Preferences::lastRangeFrom.set(QDate(2025, 12, 1));
        Preferences::lastRangeTo.set(QDate(2026, 2, 28));
        Preferences::firstStartDone.set(true);
        QSettings().sync();
        QVERIFY(QFile::exists(QSettings().fileName()));

        // A second QSettings object on the same file, as in the next run of the program.
        QSettings reread(QSettings().fileName(), QSettings::NativeFormat);
        QCOMPARE(reread.value(Preferences::lastScopeCode.key()).toString(),
                 QStringLiteral("BG-ÄÖ-1"));
        QCOMPARE(Preferences::windowGeometry.get(), geometry);
        QCOMPARE(Preferences::windowState.get(), QByteArray("state"));
        QCOMPARE(Preferences::lastScopeKind.get(), QStringLiteral("billing-group"));
        QCOMPARE(Preferences::lastScopeCode.get(), QStringLiteral("BG-ÄÖ-1"));
        QCOMPARE(Preferences::lastRangePreset.get(), QStringLiteral("custom"));
        QCOMPARE(Preferences::lastRangeFrom.get(), QDate(2025, 12, 1));
        QCOMPARE(Preferences::lastRangeTo.get(), QDate(2026, 2, 28));
        QCOMPARE(Preferences::firstStartDone.get(), true);

        Preferences::lastScopeCode.remove();
        QCOMPARE(Preferences::lastScopeCode.get(), QString());
    }

    void recentConnectionsNewestFirstWithoutDuplicates()
    {
        QVERIFY(Preferences::addRecentConnection(QStringLiteral("/data/a.sqlite")));
        QVERIFY(Preferences::addRecentConnection(
            QStringLiteral("postgresql://analyst@db.example:5432/billing")));
        QVERIFY(Preferences::addRecentConnection(QStringLiteral("/data/a.sqlite")));
        QCOMPARE(Preferences::recentConnections.get(),
                 QStringList({ QStringLiteral("/data/a.sqlite"),
                               QStringLiteral("postgresql://analyst@db.example:5432/billing") }));
        QCOMPARE(Preferences::lastConnection.get(), QStringLiteral("/data/a.sqlite"));

        // One entry only: an INI list of one must still read back as a list.
        QSettings().clear();
        QVERIFY(Preferences::addRecentConnection(QStringLiteral("/data/only.sqlite")));
        QSettings().sync();
        QCOMPARE(Preferences::recentConnections.get(),
                 QStringList { QStringLiteral("/data/only.sqlite") });
    }

    void recentConnectionsKeepTheNewestTen()
    {
        for (int i = 1; i <= 13; ++i)
            QVERIFY(Preferences::addRecentConnection(QStringLiteral("/data/%1.sqlite").arg(i)));
        const QStringList recent = Preferences::recentConnections.get();
        QCOMPARE(recent.size(), Preferences::MaxRecentConnections);
        QCOMPARE(recent.first(), QStringLiteral("/data/13.sqlite"));
        QCOMPARE(recent.last(), QStringLiteral("/data/4.sqlite"));

        Preferences::removeRecentConnection(QStringLiteral("/data/13.sqlite"));
        QCOMPARE(Preferences::recentConnections.get().size(), 9);
        QCOMPARE(Preferences::lastConnection.get(), QString());
    }

    void recentConnectionsRefusePasswords()
    {
        QVERIFY(!Preferences::addRecentConnection(
            QStringLiteral("postgresql://analyst:s3cret@db.example:5432/billing")));
        QVERIFY(!Preferences::addRecentConnection(QString()));
        QCOMPARE(Preferences::recentConnections.get(), QStringList());
        QSettings().sync();
        QFile file(QSettings().fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
