// The export job on local files, on SQLite and PostgreSQL: layout, formats, idempotence, DST
// days, manifests, history, lock, missed days, bad channel codes, unbalanced statements,
// unusable export folders, preview.
#include "export/exportcatchup.h"
#include "export/exporthistory.h"
#include "export/exportjob.h"
#include "export/exportlock.h"
#include "export/exportmanifest.h"
#include "export/exportpreview.h"
#include "export/exporttask.h"
#include "exporttestdata.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cs;
using cs::test::ExportData;

namespace {

const QDate s_day(2026, 2, 10);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Two channels with documents on s_day (and some the day before and after), a third without any.
struct Fixture
{
    qint64 ch1 = 0, ch2 = 0, ch3 = 0, a1 = 0, a2 = 0, b1 = 0;
    void build(Connection &db)
    {
        ExportData d(db);
        ch1 = d.channel(QStringLiteral("CH1"));
        ch2 = d.channel(QStringLiteral("CH2"), QStringLiteral("JPY"));
        ch3 = d.channel(QStringLiteral("CH3"));
        // Account codes out of insertion order, to see the sort.
        a2 = d.account(QStringLiteral("ACC-B"), ch1);
        a1 = d.account(QStringLiteral("ACC-A"), ch1);
        b1 = d.account(QStringLiteral("JP-1"), ch2);
        const qint64 noon = ExportData::ms(QStringLiteral("2026-02-10T12:00:00Z"));
        d.statement(QStringLiteral("ST-2"), a2, noon, 10000, 2000, 500, 4000, 11500);
        d.statement(QStringLiteral("ST-1"), a1, noon, 0, 0, 0, 1234, 1234);
        d.statement(QStringLiteral("ST-OLD"), a1, noon - 86400000, 0, 0, 0, 1, 1);
        const qint64 inv = d.invoice(QStringLiteral("IN-1"), a1, noon, 1000, 100, 90);
        d.invoiceItem(QStringLiteral("IT-2"), inv, 400, QStringLiteral("Storage <GB> & \"more\""));
        d.invoiceItem(QStringLiteral("IT-1"), inv, 600);
        d.invoice(QStringLiteral("IN-JP"), b1, noon, 1500, 0, 150, QStringLiteral("JPY"));
        d.payment(QStringLiteral("PA-1"), a1, noon, 2000);
        d.payment(QStringLiteral("CR-1"), a1, noon + 1, 500, QStringLiteral("CREDIT"),
                  QStringLiteral("USD"), QStringLiteral("goodwill, \"sorry\""));
        d.payment(QStringLiteral("PA-NEXT"), a1, noon + 86400000, 7);
        d.failure(QStringLiteral("FA-1"), b1, noon, 3000, QStringLiteral("JPY"));
    }
};

ExportOptions options(const QString &directory, QDate date = s_day)
{
    ExportOptions o;
    o.date = date;
    o.directory = directory;
    o.url = QString();
    return o;
}

QString target(const QString &dir, const QString &stream, const QString &channel,
               const QString &name)
{
    return dir + u'/' + stream + QStringLiteral("/target/") + channel + u'/' + name;
}

QStringList xmlValues(const QByteArray &xml, const QString &element)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            values << reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (reader.hasError())
        values << QStringLiteral("XML ERROR: ") + reader.errorString();
    return values;
}

// A RUNNING run of `date` by the process (pid, start) on this host, with one RUNNING channel per
// id and a COMPLETED one after them when there are two or more.
qint64 insertRun(Connection &db, QDate date, qint64 pid, const QString &start,
                 const QList<qint64> &channels)
{
    ExportData d(db);
    const bool inserted = d.exec(
        QStringLiteral("INSERT INTO export_run (business_date, run_trigger, triggered_by, "
                       "started_at, status, host, pid, process_start, lock_session) VALUES (?, "
                       "'schedule', 'timer', 1, 'RUNNING', ?, ?, ?, 0)"),
        { date.toString(Qt::ISODate), ExportProcess::current().host, pid, start });
    auto id = db.exec(QStringLiteral("SELECT MAX(id) FROM export_run"));
    if (!inserted || !id || !id->next())
        return 0;
    const qint64 runId = id->value(0).toLongLong();
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const bool last = channels.size() > 1 && i == channels.size() - 1;
        d.exec(
            QStringLiteral("INSERT INTO export_run_channel (run_id, channel_id, status, error) "
                           "VALUES (?, ?, ?, '')"),
            { runId, channels[i], last ? QStringLiteral("COMPLETED") : QStringLiteral("RUNNING") });
    }
    return runId;
}

// The run and its running channel (CH1) are INTERRUPTED; the completed one (CH2) is not.
void checkInterrupted(Connection &db, qint64 runId)
{
    QVERIFY(runId > 0);
    auto runs = ExportHistory::runs(db);
    QVERIFY(runs);
    const auto run = std::find_if(runs->cbegin(), runs->cend(),
                                  [runId](const ExportRunInfo &r) { return r.runId == runId; });
    QVERIFY(run != runs->cend());
    QCOMPARE(run->status, ExportStatus::Interrupted);
    QVERIFY2(run->error.contains(QStringLiteral("interrupted")), qPrintable(run->error));
    auto channels = ExportHistory::channels(db, runId);
    QVERIFY(channels);
    QCOMPARE(channels->size(), 2);
    QCOMPARE(channels->at(0).code, QStringLiteral("CH1"));
    QCOMPARE(channels->at(0).status, ExportStatus::Interrupted);
    QCOMPARE(channels->at(1).code, QStringLiteral("CH2"));
    QCOMPARE(channels->at(1).status, ExportStatus::Completed);
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesAndContent_data() { cs::test::addDatabaseRows(); }
    void filesAndContent()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        QTemporaryDir dir;
        ExportJob job(db->url(), options(dir.path()));
        auto result = job.run();
        QVERIFY2(result, qPrintable(result ? QString() : result.errorString()));
        QCOMPARE(result->status, ExportStatus::Completed);
        QCOMPARE(result->channels.size(), 3);

        const auto files = cs::test::filesBelow(dir.path());
        QStringList names = files.keys();
        QStringList expected;
        for (const QString &channel :
             { QStringLiteral("CH1"), QStringLiteral("CH2"), QStringLiteral("CH3") }) {
            expected << QStringLiteral("DailyAccountStatementStream/target/%1/"
                                       "cpbm_account_stmt_2026-02-10_1.xml")
                            .arg(channel)
                     << QStringLiteral("DailyInvoiceStream/target/%1/cpbm_invoice_2026-02-10_1.xml")
                            .arg(channel)
                     << QStringLiteral("DailyPaymentAndCreditStream/target/%1/"
                                       "cpbm_payment_credit_2026-02-10_1.xml")
                            .arg(channel)
                     << QStringLiteral("DailyPaymentFailureStream/target/%1/"
                                       "payment_failure_2026-02-10_1.xml")
                            .arg(channel)
                     << QStringLiteral("manifest/%1/manifest_2026-02-10.json").arg(channel);
        }
        expected.sort();
        QCOMPARE(names, expected);

        const QByteArray statements = files.value(QStringLiteral(
            "DailyAccountStatementStream/target/CH1/cpbm_account_stmt_2026-02-10_1.xml"));
        // Ordered by account code: ACC-A's ST-1 before ACC-B's ST-2; ST-OLD is the day before.
        QCOMPARE(xmlValues(statements, QStringLiteral("uuid")),
                 QStringList({ QStringLiteral("ST-1"), QStringLiteral("ST-2") }));
        QCOMPARE(xmlValues(statements, QStringLiteral("BalanceForward")),
                 QStringList({ QStringLiteral("0.00"), QStringLiteral("100.00") }));
        QCOMPARE(xmlValues(statements, QStringLiteral("FinalCharges")),
                 QStringList({ QStringLiteral("12.34"), QStringLiteral("115.00") }));
        QCOMPARE(xmlValues(statements, QStringLiteral("PostedAt")).value(0),
                 QStringLiteral("2026-02-10T12:00:00.000Z"));

        const QByteArray invoices = files.value(
            QStringLiteral("DailyInvoiceStream/target/CH1/cpbm_invoice_2026-02-10_1.xml"));
        QCOMPARE(xmlValues(invoices, QStringLiteral("FinalAmount")),
                 QStringList({ QStringLiteral("9.90") }));
        // Items nested and ordered by id; markup in a description is escaped, not interpreted.
        QCOMPARE(xmlValues(invoices, QStringLiteral("description")),
                 QStringList({ QStringLiteral("Compute hours"),
                               QStringLiteral("Storage <GB> & \"more\"") }));
        const QByteArray jpy = files.value(
            QStringLiteral("DailyInvoiceStream/target/CH2/cpbm_invoice_2026-02-10_1.xml"));
        QCOMPARE(xmlValues(jpy, QStringLiteral("FinalAmount")),
                 QStringList({ QStringLiteral("1650") }));

        // The channel without documents still has its four (empty) files.
        const QByteArray empty = files.value(QStringLiteral(
            "DailyPaymentFailureStream/target/CH3/payment_failure_2026-02-10_1.xml"));
        QVERIFY(empty.contains("records=\"0\""));
        QCOMPARE(xmlValues(empty, QStringLiteral("uuid")), QStringList());

        // The manifest matches the files byte for byte.
        const auto manifest = ExportManifest::fromJson(
            files.value(QStringLiteral("manifest/CH1/manifest_2026-02-10.json")));
        QVERIFY(manifest);
        QCOMPARE(manifest->runStatus, ExportStatus::Completed);
        QCOMPARE(manifest->files.size(), 4);
        for (const ExportFileResult &file : manifest->files) {
            const QByteArray data = files.value(file.relativePath);
            QVERIFY2(!data.isEmpty(), qPrintable(file.relativePath));
            QCOMPARE(file.size, data.size());
            QCOMPARE(file.sha256,
                     QString::fromLatin1(
                         QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        }
        const ExportFileResult &payments = manifest->files[2];
        QCOMPARE(payments.stream, ExportStream::PaymentAndCredit);
        QCOMPARE(payments.records, 2);
        QCOMPARE(payments.amounts.value(QStringLiteral("USD")).toString(), QStringLiteral("25.00"));

        // History.
        auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().status, ExportStatus::Completed);
        QCOMPARE(runs->first().records, 7);
        auto channels = ExportHistory::channels(*db, runs->first().runId);
        QVERIFY(channels);
        QCOMPARE(channels->size(), 3);
        QCOMPARE(channels->first().files.size(), 4);
        QCOMPARE(channels->first().files[2].amounts.value(QStringLiteral("USD")).toString(),
                 QStringLiteral("25.00"));
        // Nothing left in the staging folders.
        for (const QString &name : names)
            QVERIFY(!name.contains(QStringLiteral("/tmp/")));
    }

    void csv_data() { cs::test::addDatabaseRows(); }
    void csv()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        QVERIFY(ExportData(*db).setSetting(QStringLiteral("export.fileExtension"),
                                           QStringLiteral("csv")));
        QTemporaryDir dir;
        ExportOptions o = options(dir.path());
        auto result = ExportJob(db->url(), o).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Completed);
        const QByteArray payments = readFile(
            target(dir.path(), QStringLiteral("DailyPaymentAndCreditStream"), QStringLiteral("CH1"),
                   QStringLiteral("cpbm_payment_credit_2026-02-10_1.csv")));
        QCOMPARE(
            payments,
            QByteArray(
                "uuid,Tenant,type,TransactionAmount,memo,transactionTime,reference,"
                "Currency\r\n"
                "CR-1,ACC-A,CREDIT,5.00,\"goodwill, \"\"sorry\"\"\",2026-02-10T12:00:00.001Z,"
                "REF-CR-1,USD\r\n"
                "PA-1,ACC-A,PAYMENT,20.00,thank you,2026-02-10T12:00:00.000Z,REF-PA-1,USD\r\n"));
        const QByteArray invoices = readFile(
            target(dir.path(), QStringLiteral("DailyInvoiceStream"), QStringLiteral("CH1"),
                   QStringLiteral("cpbm_invoice_2026-02-10_1.csv")));
        const QList<QByteArray> lines = invoices.split('\n');
        QVERIFY(lines[0].startsWith("uuid,Tenant,PostedAt,"));
        QVERIFY(lines[0].contains(",InvoiceItem.uuid,InvoiceItem.amount,"));
        QCOMPARE(lines.size(), 4); // header, two item rows, "" after the last CRLF
        QVERIFY(lines[1].startsWith("IN-1,ACC-A,"));
        QVERIFY(lines[1].contains(",IT-1,6.00,Compute hours,0.125,10.000001\r"));
        QVERIFY(lines[2].contains(",IT-2,4.00,\"Storage <GB> & \"\"more\"\"\",0.125,"));
    }

    void idempotentRerunAndChanges_data() { cs::test::addDatabaseRows(); }
    void idempotentRerunAndChanges()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        QTemporaryDir dir;
        QVERIFY(ExportJob(db->url(), options(dir.path())).run());
        const auto first = cs::test::filesBelow(dir.path());
        auto again = ExportJob(db->url(), options(dir.path())).run();
        QVERIFY(again);
        QCOMPARE(again->status, ExportStatus::Completed);
        auto second = cs::test::filesBelow(dir.path());
        // Data files byte-identical; manifests differ only by run id.
        QCOMPARE(second.keys(), first.keys());
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            if (!it.key().startsWith(u"manifest/"))
                QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        for (const ExportChannelResult &c : again->channels) {
            for (const ExportFileResult &file : c.files) {
                QCOMPARE(file.added, 0);
                QCOMPARE(file.removed, 0);
                QVERIFY(!file.changed);
            }
        }

        // A late posting and a withdrawn payment: the files are replaced and the history says so.
        ExportData d(*db);
        d.payment(QStringLiteral("PA-LATE"), f.a2,
                  ExportData::ms(QStringLiteral("2026-02-10T23:59:59Z")), 100);
        QVERIFY(d.exec(QStringLiteral("DELETE FROM payment WHERE external_id = 'PA-1'")));
        auto changed = ExportJob(db->url(), options(dir.path())).run();
        QVERIFY(changed);
        const auto third = cs::test::filesBelow(dir.path());
        QCOMPARE(third.keys(), first.keys());
        const QString paymentsFile = QStringLiteral(
            "DailyPaymentAndCreditStream/target/CH1/cpbm_payment_credit_2026-02-10_1.xml");
        QVERIFY(third.value(paymentsFile) != first.value(paymentsFile));
        QCOMPARE(xmlValues(third.value(paymentsFile), QStringLiteral("uuid")),
                 QStringList({ QStringLiteral("CR-1"), QStringLiteral("PA-LATE") }));
        auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QCOMPARE(runs->first().runId, changed->runId);
        QCOMPARE(runs->first().added, 1);
        QCOMPARE(runs->first().removed, 1);
        auto channels = ExportHistory::channels(*db, changed->runId);
        QVERIFY(channels);
        const ExportRunChannelInfo &ch1 = channels->first();
        QCOMPARE(ch1.code, QStringLiteral("CH1"));
        QCOMPARE(ch1.added, 1);
        QCOMPARE(ch1.removed, 1);
        QCOMPARE(ch1.files[2].stream, ExportStream::PaymentAndCredit);
        QCOMPARE(ch1.files[2].added, 1);
        QCOMPARE(ch1.files[2].removed, 1);
        QCOMPARE(ch1.files[0].added, 0);
    }

    void dstDays_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("dayStartUtc");
        QTest::addColumn<QString>("nextDayStartUtc");
        // Europe/Berlin: 23 hours on 2026-03-29, 25 hours on 2026-10-25.
        for (const char *kind : { "sqlite", "postgresql" }) {
            QTest::newRow(qPrintable(QStringLiteral("%1 spring").arg(QLatin1StringView(kind))))
                << QString::fromLatin1(kind) << QDate(2026, 3, 29)
                << QStringLiteral("2026-03-28T23:00:00Z") << QStringLiteral("2026-03-29T22:00:00Z");
            QTest::newRow(qPrintable(QStringLiteral("%1 autumn").arg(QLatin1StringView(kind))))
                << QString::fromLatin1(kind) << QDate(2026, 10, 25)
                << QStringLiteral("2026-10-24T22:00:00Z") << QStringLiteral("2026-10-25T23:00:00Z");
        }
    }
    void dstDays()
    {
        QFETCH(QDate, date);
        QFETCH(QString, dayStartUtc);
        QFETCH(QString, nextDayStartUtc);
        CS_FRESH_DATABASE(db);
        ExportData d(*db);
        QVERIFY(d.setSetting(QStringLiteral("business.timezone"), QStringLiteral("Europe/Berlin")));
        const qint64 ch = d.channel(QStringLiteral("DE"), QStringLiteral("EUR"));
        const qint64 acc = d.account(QStringLiteral("DE-1"), ch);
        const qint64 start = ExportData::ms(dayStartUtc);
        const qint64 end = ExportData::ms(nextDayStartUtc);
        d.payment(QStringLiteral("before"), acc, start - 1, 1, QStringLiteral("PAYMENT"),
                  QStringLiteral("EUR"));
        d.payment(QStringLiteral("first"), acc, start, 1, QStringLiteral("PAYMENT"),
                  QStringLiteral("EUR"));
        d.payment(QStringLiteral("last"), acc, end - 1, 1, QStringLiteral("PAYMENT"),
                  QStringLiteral("EUR"));
        d.payment(QStringLiteral("after"), acc, end, 1, QStringLiteral("PAYMENT"),
                  QStringLiteral("EUR"));
        // 01:30 UTC on the spring day is 03:30 CEST; on the autumn day 02:30 CET (second pass).
        d.payment(QStringLiteral("middle"), acc, start + 150 * 60000, 1, QStringLiteral("PAYMENT"),
                  QStringLiteral("EUR"));
        QTemporaryDir dir;
        auto result = ExportJob(db->url(), options(dir.path(), date)).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Completed);
        const QByteArray xml = readFile(
            target(dir.path(), QStringLiteral("DailyPaymentAndCreditStream"), QStringLiteral("DE"),
                   QStringLiteral("cpbm_payment_credit_%1_1.xml").arg(date.toString(Qt::ISODate))));
        QCOMPARE(xmlValues(xml, QStringLiteral("uuid")),
                 QStringList({ QStringLiteral("first"), QStringLiteral("last"),
                               QStringLiteral("middle") }));
        auto preview = previewExport(*db, date);
        QVERIFY(preview);
        QCOMPARE(preview->toMs - preview->fromMs, end - start);
        QCOMPARE(preview->lines[2].records, 3);
    }

    void lockHeldByAnotherRun_data() { cs::test::addDatabaseRows(); }
    void lockHeldByAnotherRun()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        auto other = Connection::open(db->url());
        QVERIFY(other);
        auto held = ExportLock::acquire(**other, s_day);
        QVERIFY2(held, qPrintable(held ? QString() : held.errorString()));
        QVERIFY((*held)->attachRun(4711));
        QTemporaryDir dir;
        auto refused = ExportJob(db->url(), options(dir.path())).run();
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("already running: run 4711 by")),
                 qPrintable(refused.errorString()));
        QVERIFY2(refused.errorString().contains(
                     QStringLiteral("(pid %1)").arg(QCoreApplication::applicationPid())),
                 qPrintable(refused.errorString()));
        QVERIFY(cs::test::filesBelow(dir.path()).isEmpty());
        // Another date is not blocked.
        auto otherDay = ExportJob(db->url(), options(dir.path(), s_day.addDays(1))).run();
        QVERIFY(otherDay);
        held->reset();
        auto afterwards = ExportJob(db->url(), options(dir.path())).run();
        QVERIFY2(afterwards, qPrintable(afterwards ? QString() : afterwards.errorString()));
        QCOMPARE(afterwards->status, ExportStatus::Completed);
    }

    void interruptedRunIsRecognised_data() { cs::test::addDatabaseRows(); }
    void interruptedRunIsRecognised()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        // A process that has ended: its pid no longer runs with the recorded start time.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        const ExportProcess me = ExportProcess::current();
        ExportData d(*db);
        QVERIFY(d.exec(QStringLiteral("INSERT INTO export_run (business_date, run_trigger, "
                                      "triggered_by, started_at, status, host, pid, "
                                      "process_start, lock_session) VALUES ('2026-02-10', "
                                      "'schedule', 'timer', 1, 'RUNNING', ?, ?, 'x:1', 0)"),
                       { me.host, deadPid }));
        // A lock row it left behind must not block the next run either.
        QVERIFY(d.exec(QStringLiteral("INSERT INTO export_lock (business_date, run_id, host, pid, "
                                      "process_start, user_name, since) VALUES ('2026-02-10', 1, "
                                      "?, ?, 'x:1', 'timer', 1)"),
                       { me.host, deadPid }));
        auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().status, ExportStatus::Interrupted);
        QVERIFY(runs->first().error.contains(QStringLiteral("interrupted")));
        QTemporaryDir dir;
        auto rerun = ExportJob(db->url(), options(dir.path())).run();
        QVERIFY2(rerun, qPrintable(rerun ? QString() : rerun.errorString()));
        QCOMPARE(rerun->status, ExportStatus::Completed);
    }

    // A run that is still RUNNING but cannot be alive ends INTERRUPTED together with its running
    // channels (a channel that finished keeps its outcome), whichever rule finds it: the job's
    // (it holds the date's lock) or the history's (the run's process is gone).
    void staleRunIsInterruptedWithItsChannels_data() { cs::test::addDatabaseRows(); }
    void staleRunIsInterruptedWithItsChannels()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        const ExportProcess me = ExportProcess::current();
        // On SQLite a run of this very process counts as alive until the job takes the date's
        // lock; on PostgreSQL (lock_session 0 holds no lock) the history finds it dead first.
        const qint64 stale = insertRun(*db, s_day, me.pid, me.start, { f.ch1, f.ch2 });
        QTemporaryDir dir;
        auto rerun = ExportJob(db->url(), options(dir.path())).run();
        QVERIFY2(rerun, qPrintable(rerun ? QString() : rerun.errorString()));
        QCOMPARE(rerun->status, ExportStatus::Completed);
        checkInterrupted(*db, stale);
        if (QTest::currentTestFailed())
            return;

        // The process is gone: runs() marks the run and its channels.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        const qint64 dead
            = insertRun(*db, s_day.addDays(1), deadPid, QStringLiteral("x:1"), { f.ch1, f.ch2 });
        QVERIFY(ExportHistory::runs(*db));
        checkInterrupted(*db, dead);
        if (QTest::currentTestFailed())
            return;
    }

    void interruptOtherRunsKeepsTheCallersRun_data() { cs::test::addDatabaseRows(); }
    void interruptOtherRunsKeepsTheCallersRun()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        const ExportProcess me = ExportProcess::current();
        const qint64 stale = insertRun(*db, s_day, me.pid, me.start, { f.ch1, f.ch2 });
        const qint64 own = insertRun(*db, s_day, me.pid, me.start, { f.ch1 });
        const qint64 otherDay = insertRun(*db, s_day.addDays(1), me.pid, me.start, { f.ch1 });
        QVERIFY(ExportHistory::interruptOtherRuns(*db, s_day, own, QStringLiteral("interrupted")));
        // Before runs(), whose own repair finds these dead on PostgreSQL (they hold no lock).
        for (const qint64 running : { own, otherDay }) {
            auto channels = ExportHistory::channels(*db, running);
            QVERIFY(channels);
            QCOMPARE(channels->size(), 1);
            QCOMPARE(channels->first().status, ExportStatus::Running);
        }
        checkInterrupted(*db, stale);
    }

    void missedDaysAndResend_data() { cs::test::addDatabaseRows(); }
    void missedDaysAndResend()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        QTemporaryDir dir;
        const QDate d1 = s_day.addDays(-2), d3 = s_day;
        auto earliest = ExportHistory::earliestDocumentDate(*db, BusinessCalendar());
        QVERIFY(earliest);
        QCOMPARE(**earliest, s_day.addDays(-1)); // ST-OLD
        QVERIFY(ExportJob(db->url(), options(dir.path(), d1)).run());
        QVERIFY(ExportJob(db->url(), options(dir.path(), d3)).run());
        auto missed = ExportHistory::missedDays(*db, d1, d3.addDays(1));
        QVERIFY(missed);
        QCOMPARE(*missed, QList<QDate>({ s_day.addDays(-1), s_day.addDays(1) }));
        auto last = ExportHistory::lastExportedDate(*db);
        QVERIFY(last);
        QCOMPARE(**last, d3);

        // A run of one channel alone does not make a date exported...
        ExportOptions one = options(dir.path(), s_day.addDays(1));
        one.channels = { QStringLiteral("CH2") };
        auto single = ExportJob(db->url(), one).run();
        QVERIFY(single);
        QCOMPARE(single->channels.size(), 1);
        missed = ExportHistory::missedDays(*db, d1, d3.addDays(1));
        QCOMPARE(missed->size(), 2);
        auto runs = ExportHistory::runs(*db);
        QCOMPARE(runs->first().channelScope, QStringList({ QStringLiteral("CH2") }));

        // ...but re-sending the failed channel of a PARTIAL_ERROR run does. CH2 fails to be
        // delivered: a plain file stands where its folder must go.
        QTemporaryDir destination;
        QVERIFY(QDir().mkpath(destination.filePath(QStringLiteral("DailyAccountStatementStream"))));
        QFile blocker(destination.filePath(QStringLiteral("DailyAccountStatementStream/CH2")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ExportOptions delivered = options(dir.path(), s_day.addDays(-1));
        delivered.url = QStringLiteral("file://") + destination.path();
        delivered.retry.attempts = 1;
        auto partial = ExportJob(db->url(), delivered).run();
        QVERIFY(partial);
        QCOMPARE(partial->status, ExportStatus::PartialError);
        QCOMPARE(partial->channels[1].status, ExportStatus::Errored);
        missed = ExportHistory::missedDays(*db, d1, d3);
        QCOMPARE(*missed, QList<QDate>({ s_day.addDays(-1) }));
        QVERIFY(blocker.remove());
        ExportOptions resend = delivered;
        resend.channels = { QStringLiteral("CH2") };
        auto resent = ExportJob(db->url(), resend).run();
        QVERIFY(resent);
        QCOMPARE(resent->status, ExportStatus::Completed);
        missed = ExportHistory::missedDays(*db, d1, d3);
        QCOMPARE(*missed, QList<QDate>());
    }

    void escapingChannelCodeIsRefused_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QStringList>("shown"); // how the messages show each code
        const QString longCode(65, u'A');
        const QString veryLong = QStringLiteral("../") + QString(300, u'x');
        // Written past the importer, which would refuse these codes. A code with a NUL only on
        // SQLite: PostgreSQL text cannot hold one.
        const QStringList codes { QStringLiteral(".."),
                                  QStringLiteral("."),
                                  QStringLiteral("../../escape"),
                                  QStringLiteral("a/b"),
                                  QStringLiteral("/abs"),
                                  QStringLiteral("a\\b"),
                                  QStringLiteral("..\\..\\up"),
                                  QString(QStringLiteral("")),
                                  QStringLiteral("CH\n"),
                                  QStringLiteral("A\tB"),
                                  QStringLiteral("\x01"),
                                  QStringLiteral("sp ace"),
                                  QStringLiteral("\u00e9t\u00e9"),
                                  longCode,
                                  veryLong };
        const QStringList shown { QStringLiteral("\"..\""),
                                  QStringLiteral("\".\""),
                                  QStringLiteral("\"../../escape\""),
                                  QStringLiteral("\"a/b\""),
                                  QStringLiteral("\"/abs\""),
                                  QStringLiteral("\"a\\\\b\""),
                                  QStringLiteral("\"..\\\\..\\\\up\""),
                                  QStringLiteral("\"\""),
                                  QStringLiteral("\"CH\\u000a\""),
                                  QStringLiteral("\"A\\u0009B\""),
                                  QStringLiteral("\"\\u0001\""),
                                  QStringLiteral("\"sp ace\""),
                                  QStringLiteral("\"\u00e9t\u00e9\""),
                                  u'"' + longCode + u'"',
                                  u'"' + veryLong.left(80) + QStringLiteral("...\"") };
        for (const char *kind : { "sqlite", "postgresql" }) {
            QStringList c = codes, w = shown;
            if (QLatin1StringView(kind) == u"sqlite") {
                c << QStringLiteral("A") + QChar(u'\0') + QStringLiteral("B");
                w << QStringLiteral("\"A\\u0000B\"");
            }
            QTest::newRow(kind) << QString::fromLatin1(kind) << c << w;
        }
    }
    void escapingChannelCodeIsRefused()
    {
        QFETCH(QStringList, codes);
        QFETCH(QStringList, shown);
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        ExportData d(*db);
        const qint64 evil = d.channel(QStringLiteral("EVIL"));
        const qint64 acc = d.account(QStringLiteral("EVIL-1"), evil);
        d.payment(QStringLiteral("EVIL-PAY"), acc,
                  ExportData::ms(QStringLiteral("2026-02-10T10:00:00Z")), 1);
        QTemporaryDir outer;
        const QString dir = outer.path() + QStringLiteral("/export/inner");
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QString &code = codes[i];
            QVERIFY(
                d.exec(QStringLiteral("UPDATE channel SET code = ? WHERE id = ?"), { code, evil }));
            auto stored
                = db->exec(QStringLiteral("SELECT code FROM channel WHERE id = ?"), { evil });
            QVERIFY(stored && stored->next());
            QCOMPARE(stored->value(0).toString(), code); // the database kept it as it is
            stored->finish(); // an open read would keep this connection on an old snapshot

            QVERIFY2(!validateChannelFolder(code), qPrintable(shown[i]));
            auto result = ExportJob(db->url(), options(dir)).run();
            QVERIFY(result);
            // The whole run is refused: nothing written for any channel, not even a folder.
            QCOMPARE(result->status, ExportStatus::Errored);
            QVERIFY2(result->error.startsWith(QStringLiteral("refused before writing anything: "
                                                             "channel code %1 cannot be used")
                                                  .arg(shown[i])),
                     qPrintable(result->error));
            QVERIFY2(!result->error.contains(u'\n'), qPrintable(result->error));
            QCOMPARE(result->channels.size(), 4);
            for (const ExportChannelResult &c : result->channels) {
                QCOMPARE(c.status, ExportStatus::Errored);
                QVERIFY(c.files.isEmpty());
                if (c.code == code)
                    QVERIFY2(c.error.startsWith(QStringLiteral("channel code %1 (%2 characters)")
                                                    .arg(shown[i])
                                                    .arg(code.size())),
                             qPrintable(c.error));
            }
            QVERIFY2(!QFileInfo::exists(outer.path() + QStringLiteral("/export")),
                     qPrintable(code));
            QVERIFY(cs::test::filesBelow(outer.path()).isEmpty());
            auto runs = ExportHistory::runs(*db);
            QVERIFY(runs);
            QCOMPARE(runs->first().status, ExportStatus::Errored);
            QCOMPARE(runs->first().error, result->error);
        }
        auto missed = ExportHistory::missedDays(*db, s_day, s_day);
        QCOMPARE(*missed, QList<QDate>({ s_day }));

        // A re-send of the good channels alone is not blocked by the bad one.
        ExportOptions good = options(dir);
        good.channels = { QStringLiteral("CH1"), QStringLiteral("CH2"), QStringLiteral("CH3") };
        auto resent = ExportJob(db->url(), good).run();
        QVERIFY(resent);
        QCOMPARE(resent->status, ExportStatus::Completed);

        // A leading dot is a valid code (README, "Dataset import format"): a hidden folder, but
        // inside the directory.
        QVERIFY(
            d.exec(QStringLiteral("UPDATE channel SET code = '.hidden' WHERE id = ?"), { evil }));
        auto hidden = ExportJob(db->url(), options(dir)).run();
        QVERIFY(hidden);
        QCOMPARE(hidden->status, ExportStatus::Completed);
        const auto everything = cs::test::filesBelow(outer.path());
        for (auto it = everything.cbegin(); it != everything.cend(); ++it)
            QVERIFY2(it.key().startsWith(u"export/inner/"), qPrintable(it.key()));
        QCOMPARE(everything.size(), 4 * 5);
        QVERIFY(everything
                    .value(QStringLiteral("export/inner/DailyPaymentAndCreditStream/target/"
                                          ".hidden/cpbm_payment_credit_2026-02-10_1.xml"))
                    .contains("EVIL-PAY"));
    }

    void unbalancedStatementIsAWarning_data() { cs::test::addDatabaseRows(); }
    void unbalancedStatementIsAWarning()
    {
        CS_FRESH_DATABASE(db);
        ExportData d(*db);
        const qint64 ch = d.channel(QStringLiteral("CH"));
        const qint64 acc = d.account(QStringLiteral("A"), ch);
        const qint64 at = ExportData::ms(QStringLiteral("2026-02-10T08:00:00Z"));
        d.statement(QStringLiteral("GOOD"), acc, at, 10000, 3000, 1000, 500, 6500);
        d.statement(QStringLiteral("BAD"), acc, at, 10000, 3000, 1000, 500, 6600);
        QTemporaryDir dir;
        auto result = ExportJob(db->url(), options(dir.path())).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Completed);
        QCOMPARE(result->warningCount(), 1);
        const QString warning = result->channels.first().warnings.first();
        QVERIFY2(warning.contains(QStringLiteral("statement BAD")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("66.00"))
                     && warning.contains(QStringLiteral("65.00")),
                 qPrintable(warning));
        const QByteArray xml = readFile(
            target(dir.path(), QStringLiteral("DailyAccountStatementStream"), QStringLiteral("CH"),
                   QStringLiteral("cpbm_account_stmt_2026-02-10_1.xml")));
        QCOMPARE(xmlValues(xml, QStringLiteral("uuid")),
                 QStringList({ QStringLiteral("BAD"), QStringLiteral("GOOD") }));
        auto runs = ExportHistory::runs(*db);
        QCOMPARE(runs->first().warnings, 1);
        auto channels = ExportHistory::channels(*db, result->runId);
        QCOMPARE(channels->first().warnings, QStringList({ warning }));
        QVERIFY(result->summary().contains(QStringLiteral("1 warnings")));
    }

    void unusableDirectoryIsErrored_data() { cs::test::addDatabaseRows(); }
    void unusableDirectoryIsErrored()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        // Root ignores permissions, so make mkdir fail for certain: a path below a regular file.
        QTemporaryDir outer;
        QFile blocker(outer.path() + QStringLiteral("/not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto result
            = ExportJob(db->url(), options(blocker.fileName() + QStringLiteral("/export"))).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Errored);
        QVERIFY2(result->error.contains(QStringLiteral("cannot create the export folder")),
                 qPrintable(result->error));
        for (const ExportChannelResult &c : result->channels)
            QCOMPARE(c.status, ExportStatus::Errored);
        QCOMPARE(cs::test::filesBelow(outer.path()).keys(),
                 QStringList({ QStringLiteral("not-a-folder") }));
        auto runs = ExportHistory::runs(*db);
        QCOMPARE(runs->first().status, ExportStatus::Errored);
        QCOMPARE(runs->first().failedChannels, 3);
    }

    void preview_data() { cs::test::addDatabaseRows(); }
    void preview()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        auto preview = previewExport(*db, s_day);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.errorString()));
        QCOMPARE(preview->lines.size(), 12);
        const ExportPreviewLine &statements = preview->lines[0];
        QCOMPARE(statements.channel, QStringLiteral("CH1"));
        QCOMPARE(statements.records, 2);
        QCOMPARE(statements.amounts.value(QStringLiteral("USD")).toString(),
                 QStringLiteral("127.34"));
        QCOMPARE(preview->lines[5].channel, QStringLiteral("CH2"));
        QCOMPARE(preview->lines[5].stream, ExportStream::Invoice);
        QCOMPARE(preview->lines[5].amounts.value(QStringLiteral("JPY")).toString(),
                 QStringLiteral("1650"));
        QCOMPARE(preview->lines[11].records, 0);
        // The preview agrees with what the run then writes.
        QTemporaryDir dir;
        auto result = ExportJob(db->url(), options(dir.path())).run();
        QVERIFY(result);
        for (int c = 0; c < 3; ++c) {
            for (int s = 0; s < 4; ++s) {
                const ExportPreviewLine &line = preview->lines[c * 4 + s];
                const ExportFileResult &file = result->channels[c].files[s];
                QCOMPARE(file.records, line.records);
                QCOMPARE(file.amounts, line.amounts);
            }
        }
    }

    // ExportCatchUp's rule: a PARTIAL_ERROR date does not stop the catch-up (its failed channel
    // is re-sent alone later); a cancel ends the next run INTERRUPTED and stops it there. (A
    // date that ends ERRORED or cannot start: tests/ui-export/tst_catchuprule.cpp, for the
    // command line and the page.)
    void catchUpGoesOnAfterPartialErrorAndStopsWhenCancelled_data() { cs::test::addDatabaseRows(); }
    void catchUpGoesOnAfterPartialErrorAndStopsWhenCancelled()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        QTemporaryDir dir;
        QTemporaryDir destination;
        // CH2's upload fails on every date: a plain file stands where its folder must go.
        QVERIFY(QDir().mkpath(destination.filePath(QStringLiteral("DailyAccountStatementStream"))));
        QFile blocker(destination.filePath(QStringLiteral("DailyAccountStatementStream/CH2")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ExportOptions o = options(dir.path());
        o.url = QStringLiteral("file://") + destination.path();
        o.retry.attempts = 1;
        const QList<QDate> dates { s_day.addDays(-1), s_day, s_day.addDays(1) };
        QStringList events;
        ExportCatchUp::Handlers handlers;
        handlers.dateStarted = [&](QDate date, int index, int total) {
            events
                << QStringLiteral("%1 %2/%3").arg(date.toString(Qt::ISODate)).arg(index).arg(total);
        };
        handlers.runFinished
            = [&](const ExportRunResult &run) { events << ExportStatuses::toString(run.status); };
        const ExportCatchUpResult partial = ExportCatchUp(db->url(), dates, o, handlers).run();
        QCOMPARE(
            events,
            QStringList({ QStringLiteral("2026-02-09 0/3"), QStringLiteral("PARTIAL_ERROR"),
                          QStringLiteral("2026-02-10 1/3"), QStringLiteral("PARTIAL_ERROR"),
                          QStringLiteral("2026-02-11 2/3"), QStringLiteral("PARTIAL_ERROR") }));
        QCOMPARE(partial.runs.size(), 3);
        QVERIFY(partial.notRun.isEmpty());
        QVERIFY(partial.refusal.isEmpty());
        QVERIFY(!partial.succeeded());

        events.clear();
        QVERIFY(blocker.remove());
        ExportCatchUp cancelled(db->url(), dates, o, handlers);
        cancelled.cancel();
        const ExportCatchUpResult stopped = cancelled.run();
        QCOMPARE(events,
                 QStringList({ QStringLiteral("2026-02-09 0/3"), QStringLiteral("INTERRUPTED") }));
        QCOMPARE(stopped.notRun, dates.mid(1));
        QVERIFY(!stopped.succeeded());
        auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 4);
        QCOMPARE(runs->first().date, s_day.addDays(-1));
        QCOMPARE(runs->first().status, ExportStatus::Interrupted);
    }

    void asyncTaskProgressAndCancel_data() { cs::test::addDatabaseRows(); }
    void asyncTaskProgressAndCancel()
    {
        CS_FRESH_DATABASE(db);
        Fixture f;
        f.build(*db);
        QTemporaryDir dir;
        ExportTask task;
        QSignalSpy progress(&task, &ExportTask::channelProgress);
        QSignalSpy finished(&task, &ExportTask::finished);
        QSignalSpy started(&task, &ExportTask::runStarted);
        QVERIFY(task.start(db->url(), options(dir.path())));
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<ExportRunResult>();
        QCOMPARE(result.status, ExportStatus::Completed);
        QCOMPARE(started.size(), 1);
        QStringList done;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const auto p = args.first().value<ExportChannelProgress>();
            QCOMPARE(p.total, 3);
            if (p.phase == ExportChannelProgress::Phase::Done)
                done << p.code;
        }
        QCOMPARE(
            done,
            QStringList({ QStringLiteral("CH1"), QStringLiteral("CH2"), QStringLiteral("CH3") }));

        // Cancelled before the first channel: INTERRUPTED, and the history says so.
        ExportTask cancelled;
        QSignalSpy cancelledFinished(&cancelled, &ExportTask::finished);
        connect(
            &cancelled, &ExportTask::runStarted, &cancelled, [&] {}, Qt::DirectConnection);
        ExportOptions o = options(dir.path(), s_day.addDays(1));
        QVERIFY(cancelled.start(db->url(), o));
        cancelled.cancel();
        QVERIFY(cancelledFinished.wait(30000));
        const auto stopped = cancelledFinished.first().first().value<ExportRunResult>();
        QCOMPARE(stopped.status, ExportStatus::Interrupted);
        auto runs = ExportHistory::runs(*db);
        QCOMPARE(runs->first().status, ExportStatus::Interrupted);
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
