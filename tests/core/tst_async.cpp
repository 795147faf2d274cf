#include "common/latestresult.h"
#include "db/databasetask.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace cs;

class TestAsync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The work runs in a pool thread, on a connection of its own, and its result comes back.
    void runOnDatabaseAnswers_data() { test::addDatabaseRows(); }
    void runOnDatabaseAnswers()
    {
        CS_FRESH_DATABASE(db);
        const DatabaseUrl url = test::lastDatabaseUrl();
        QThread *caller = QThread::currentThread();
        QFuture<Result<qint64>> future
            = runOnDatabase(url, [caller](Connection &connection) -> Result<qint64> {
                  if (QThread::currentThread() == caller)
                      return Error { QStringLiteral("ran in the calling thread") };
                  auto q = connection.exec(QStringLiteral("SELECT 6 * 7"));
                  if (!q)
                      return q.error();
                  q->next();
                  return q->value(0).toLongLong();
              });
        // result() would run a task that has not started yet in this thread: wait without it
        QTRY_VERIFY(future.isFinished());
        const Result<qint64> answer = future.result();
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.errorString()));
        QCOMPARE(*answer, 42);
    }

    // A database that cannot be opened is the result's error; the work never runs.
    void runOnDatabaseMissing()
    {
        const QString path = QDir::temp().filePath(QStringLiteral("tst_async-missing.sqlite"));
        QFile::remove(path);
        bool ran = false;
        const auto result = runOnDatabase(DatabaseUrl::sqlite(path), [&ran](Connection &) {
                                ran = true;
                                return Result<int>(1);
                            }).result();
        QVERIFY(!result);
        QVERIFY2(result.errorString().contains(QStringLiteral("no such database")),
                 qPrintable(result.errorString()));
        QVERIFY(!ran);
        QVERIFY(!QFile::exists(path));
    }

    // A second start overtakes the first: the first finishes later and is dropped.
    void latestResultDropsOvertaken()
    {
        QObject receiver;
        LatestResult<int> latest;
        QList<int> delivered;
        QPromise<int> slow;
        QPromise<int> quick;
        latest.start(slow.future(), &receiver, [&](int value) { delivered << value; });
        QVERIFY(latest.isRunning());
        latest.start(quick.future(), &receiver, [&](int value) { delivered << value; });
        slow.start();
        quick.start();
        quick.addResult(2);
        quick.finish();
        QTRY_COMPARE(delivered, QList<int> { 2 });
        QVERIFY(!latest.isRunning());
        slow.addResult(1);
        slow.finish();
        QTest::qWait(50);
        QCOMPARE(delivered, QList<int> { 2 });
    }

    // discard() drops the running one; a receiver that is gone gets nothing.
    void latestResultDiscardAndReceiverGone()
    {
        QList<int> delivered;
        LatestResult<int> latest;
        QPromise<int> discarded;
        auto receiver = std::make_unique<QObject>();
        latest.start(discarded.future(), receiver.get(), [&](int value) { delivered << value; });
        latest.discard();
        QVERIFY(!latest.isRunning());
        discarded.start();
        discarded.addResult(1);
        discarded.finish();

        QPromise<int> orphaned;
        latest.start(orphaned.future(), receiver.get(), [&](int value) { delivered << value; });
        receiver.reset();
        QVERIFY(!latest.isRunning());
        orphaned.start();
        orphaned.addResult(3);
        orphaned.finish();
        QTest::qWait(50);
        QVERIFY(delivered.isEmpty());
    }

    // The progress of the latest start reaches its handler, that of an overtaken one does not.
    void latestResultReportsProgress()
    {
        QObject receiver;
        LatestResult<int> latest;
        QList<std::pair<int, QString>> progress;
        int delivered = 0;
        const auto onProgress = [&](int value, const QString &text) {
            progress.append({ value, text });
        };
        QPromise<int> overtaken;
        QPromise<int> current;
        latest.start(
            overtaken.future(), &receiver, [&](int value) { delivered = value; }, onProgress);
        latest.start(
            current.future(), &receiver, [&](int value) { delivered = value; }, onProgress);
        overtaken.start();
        current.start();
        overtaken.setProgressRange(0, 100);
        current.setProgressRange(0, 100);
        overtaken.setProgressValueAndText(10, QStringLiteral("old"));
        current.setProgressValueAndText(40, QStringLiteral("half"));
        QTRY_VERIFY(!progress.isEmpty());
        current.addResult(7);
        current.finish();
        QTRY_COMPARE(delivered, 7);
        for (const auto &[value, text] : std::as_const(progress)) {
            QCOMPARE(value, 40);
            QCOMPARE(text, QStringLiteral("half"));
        }
        overtaken.finish();
    }
};

QTEST_GUILESS_MAIN(TestAsync)
#include "tst_async.moc"
