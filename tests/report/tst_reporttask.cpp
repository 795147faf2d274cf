#include "report/reportengine.h"
#include "report/reporttask.h"
#include "reportfixture.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace cs;

namespace {

ReportRequest request(const QString &code, QDate from, QDate to, const QString &zone = {})
{
    ReportRequest r;
    r.scope = ReportScope::Channel;
    r.code = code;
    r.from = from;
    r.to = to;
    r.timeZoneId = zone;
    return r;
}

// A report that keeps the database busy for seconds: a million records over ten years, reported
// in another zone than the business zone (the raw path, with a CASE branch per DST change).
ReportRequest longRequest()
{
    return request(u"C1"_qs, QDate(2016, 1, 1), QDate(2026, 12, 31), u"America/New_York"_qs);
}

bool addManyRecords(Connection &db)
{
    const qint64 start = QDate(2016, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    // Records of five minutes' spacing from 2016 on, for the channel C1 (accounts 1 to 3), with
    // explicit ids: the fixture's explicit ids did not advance PostgreSQL's identity sequence.
    const QString first = QString::number(start);
    auto inserted
        = db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                 "i + 1 FROM n WHERE i < 1000000) "
                                 "INSERT INTO usage_record (id, external_id, account_id, "
                                 "product_id, start_at, end_at, quantity_whole, "
                                 "quantity_micros) SELECT (SELECT MAX(id) FROM usage_record) + i, "
                                 "'bulk' || i, 1 + i % 3, "
                                 "1 + i % 6, ")
                  + first + QStringLiteral(" + CAST(i AS BIGINT) * 300000, ") + first
                  + QStringLiteral(" + CAST(i AS BIGINT) * 300000 + 3600000, i % 1000, i % 999999 "
                                   "FROM n"));
    if (!inserted)
        qWarning() << inserted.errorString();
    return bool(inserted);
}

} // namespace

class TestReportTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportAndProgress_data() { test::addDatabaseRows(); }
    void reportAndProgress()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 5));
        const ReportRequest r = request(u"C2"_qs, QDate(2026, 3, 1), QDate(2026, 3, 31));
        ReportTask task(test::lastDatabaseUrl());
        QFutureWatcher<Result<ReportResult>> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(task.start(r));
        QVERIFY(finished.wait(30000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(watcher.progressValue(), 100);
        const Result<ReportResult> result = watcher.result();
        QVERIFY(result);
        // The same as the synchronous engine on this thread's connection.
        ReportEngine engine(*db);
        const auto direct = engine.run(r);
        QVERIFY(direct);
        QCOMPARE(result->productLines.size(), direct->productLines.size());
        QVERIFY(!result->productLines.isEmpty());
        for (qsizetype i = 0; i < direct->productLines.size(); ++i) {
            QCOMPARE(result->productLines[i].usage, direct->productLines[i].usage);
            QCOMPARE(result->productLines[i].spend, direct->productLines[i].spend);
        }

        AccountBreakdownRequest drill;
        drill.report = r;
        drill.productCode = direct->productLines.first().productCode;
        auto accounts = task.startBreakdown(drill);
        accounts.waitForFinished();
        QVERIFY(accounts.result());
        QCOMPARE(accounts.result()->size(), direct->productLines.first().accounts);
    }

    // cancel() interrupts the running statement within 200 ms, and the next report works.
    void cancelTask_data() { test::addDatabaseRows(); }
    void cancelTask()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 6));
        QVERIFY(addManyRecords(*db));
        ReportTask task(test::lastDatabaseUrl());
        for (int round = 0; round < 2; ++round) {
            QFuture<Result<ReportResult>> future = task.start(longRequest());
            QThread::msleep(400);
            QVERIFY2(!future.isFinished(), "the long report finished before it was canceled");
            QElapsedTimer timer;
            timer.start();
            task.cancel();
            future.waitForFinished();
            const qint64 elapsed = timer.elapsed();
            qInfo() << "canceled after" << elapsed << "ms";
            QVERIFY2(elapsed < 200, qPrintable(QString::number(elapsed)));
            QVERIFY(future.isCanceled());
        }
        auto next = task.start(request(u"C1"_qs, QDate(2026, 3, 1), QDate(2026, 3, 2)));
        next.waitForFinished();
        QVERIFY(!next.isCanceled());
        QVERIFY(next.result());
        QVERIFY(!next.result()->productLines.isEmpty());
    }

    // The engine on one connection: another thread interrupts it, the report fails with
    // "canceled" within 200 ms, and the next report on the same connection works.
    void cancelEngine_data() { test::addDatabaseRows(); }
    void cancelEngine()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 6));
        QVERIFY(addManyRecords(*db));
        std::atomic<bool> canceled { false };
        std::atomic<qint64> canceledAt { 0 };
        QElapsedTimer clock;
        clock.start();
        ReportEngine engine(*db);
        engine.setCancelCheck([&] { return canceled.load(); });
        std::thread canceler([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            canceledAt = clock.elapsed();
            canceled = true;
            db->interrupt();
        });
        const auto result = engine.run(longRequest());
        const qint64 returnedAt = clock.elapsed();
        canceler.join();
        QVERIFY(!result);
        QCOMPARE(result.errorString(), ReportEngine::canceledMessage());
        qInfo() << "returned" << returnedAt - canceledAt << "ms after the interrupt";
        QVERIFY(returnedAt - canceledAt < 200);

        engine.setCancelCheck({});
        const auto next = engine.run(request(u"C1"_qs, QDate(2026, 3, 1), QDate(2026, 3, 2)));
        QVERIFY(next);
        QVERIFY(!next->productLines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportTask)
#include "tst_reporttask.moc"
