#include "time/businesscalendar.h"

#include <QTest>

using namespace cs;

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayLengths_data();
    void dayLengths();
    void offsetSpansGiveLocalDays();
    void yesterdayIsInTheBusinessZone();
};

void TestBusinessCalendar::dayLengths_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("hours");
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 3, 29) << 24;
    QTest::newRow("Berlin spring") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 23;
    QTest::newRow("Berlin autumn") << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << 25;
    QTest::newRow("New York spring") << QByteArray("America/New_York") << QDate(2026, 3, 8) << 23;
    QTest::newRow("New York autumn") << QByteArray("America/New_York") << QDate(2026, 11, 1) << 25;
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << QDate(2026, 3, 29) << 24;
}

void TestBusinessCalendar::dayLengths()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, hours);
    const BusinessCalendar calendar { QTimeZone(zone) };
    const qint64 length = calendar.dayStart(date.addDays(1)) - calendar.dayStart(date);
    QCOMPARE(length, qint64(hours) * 3'600'000);
    QCOMPARE(calendar.dateAt(calendar.dayStart(date)), date);
    QCOMPARE(calendar.dateAt(calendar.dayStart(date.addDays(1)) - 1), date);
}

void TestBusinessCalendar::offsetSpansGiveLocalDays()
{
    const BusinessCalendar calendar { QTimeZone("Europe/Berlin") };
    const qint64 from = calendar.dayStart(QDate(2026, 1, 1));
    const qint64 to = calendar.dayStart(QDate(2027, 1, 1));
    const auto spans = calendar.offsetSpans(from, to);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.first().offsetMs, 3'600'000);
    QCOMPARE(spans.at(1).offsetMs, 7'200'000);
    // Every hour of the year lands in the local day that QDateTime gives it.
    for (qint64 t = from; t < to; t += 3'600'000) {
        const auto span = std::find_if(spans.begin(), spans.end(),
                                       [t](const auto &s) { return t >= s.fromMs && t < s.toMs; });
        QVERIFY(span != spans.end());
        const qint64 day = (t + span->offsetMs) / 86'400'000;
        QCOMPARE(BusinessCalendar::dateOfDayNumber(day), calendar.dateAt(t));
    }
}

void TestBusinessCalendar::yesterdayIsInTheBusinessZone()
{
    // 2026-03-10 02:00 UTC is still 2026-03-09 in New York: yesterday there is the 8th.
    const qint64 now
        = QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(BusinessCalendar(QTimeZone("America/New_York")).yesterday(now), QDate(2026, 3, 8));
    QCOMPARE(BusinessCalendar(QTimeZone::utc()).yesterday(now), QDate(2026, 3, 9));
    QCOMPARE(BusinessCalendar(QTimeZone("Asia/Tokyo")).yesterday(now), QDate(2026, 3, 9));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
