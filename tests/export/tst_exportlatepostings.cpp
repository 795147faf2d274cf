// Late postings: a document imported (or corrected) after its business date was exported makes
// the date "changed since export"; export --missed lists it beside the dates never exported,
// --catch-up re-sends it, and afterwards it is no longer listed. An identical re-import changes
// nothing. Both databases, through the real command line (import and export), as a server runs
// them.
#include "export/exportcatchup.h"
#include "exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"
#include "time/businesscalendar.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::CliRun;
using cs::test::runCli;

namespace {

// One import: file name -> CSV text. %D% is replaced by the date exported first, %Y% by
// yesterday (the second exported date), %E% by a date three days before %D% (never exported).
using Dataset = cs::test::DatasetFiles;

QDate yesterday()
{
    return BusinessCalendar(QTimeZone::utc()).yesterday(QDateTime::currentMSecsSinceEpoch());
}

QDate firstDate()
{
    return yesterday().addDays(-1);
}

QString expand(QString text)
{
    return text.replace(QStringLiteral("%D%"), firstDate().toString(Qt::ISODate))
        .replace(QStringLiteral("%Y%"), yesterday().toString(Qt::ISODate))
        .replace(QStringLiteral("%E%"), firstDate().addDays(-3).toString(Qt::ISODate));
}

const QString PaymentsHeader
    = QStringLiteral("id,account,type,created_at,amount,currency,reference,memo\n");
const QString InvoicesHeader = QStringLiteral("id,account,number,posted_at,service_start,"
                                              "service_end,subtotal,discount,tax,total,currency\n");
const QString Payment1 = QStringLiteral("PA-1,A1,PAYMENT,%D%T10:00:00Z,25.00,USD,R1,thanks\n");
const QString Payment2 = QStringLiteral("PA-2,A2,PAYMENT,%Y%T11:00:00Z,30.00,USD,R2,thanks\n");
const QString Invoice1
    = QStringLiteral("INV-1,A1,N-1,%D%T09:00:00Z,%D%,%D%,100.00,0.00,10.00,110.00,USD\n");

Dataset baseData()
{
    return { { QStringLiteral("channels.csv"),
               QStringLiteral("code,name,billing_group,currency\nCH1,Channel One,,USD\n"
                              "CH2,Channel Two,,USD\n") },
             { QStringLiteral("accounts.csv"),
               QStringLiteral("code,name,channel\nA1,Account One,CH1\nA2,Account Two,CH2\n") },
             { QStringLiteral("invoices.csv"), InvoicesHeader + Invoice1 },
             { QStringLiteral("payments.csv"), PaymentsHeader + Payment1 + Payment2 } };
}

QString databaseUrl()
{
    return cs::test::lastDatabaseUrl().toDisplayString();
}

bool writeDataset(const QString &folder, const Dataset &files)
{
    return cs::test::writeDatasetFiles(folder, files, expand);
}

CliRun import(const QString &folder)
{
    return runCli({ QStringLiteral("import"), QStringLiteral("--db"), databaseUrl(), folder });
}

CliRun exportCommand(const QString &what, const QString &directory)
{
    QStringList arguments { QStringLiteral("export"), QStringLiteral("--db"), databaseUrl(), what };
    if (what == u"--catch-up")
        arguments << QStringLiteral("--yes") << QStringLiteral("--directory") << directory;
    return runCli(arguments);
}

// The lines of export --missed after "last exported date: ...".
QStringList missedLines(const CliRun &run)
{
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty() && lines.first().startsWith(QStringLiteral("last exported date")))
        lines.removeFirst();
    return lines;
}

QString paymentFile(const QString &directory, const QString &channel, QDate date)
{
    return directory + QStringLiteral("/DailyPaymentAndCreditStream/target/") + channel
        + QStringLiteral("/cpbm_payment_credit_") + date.toString(Qt::ISODate)
        + QStringLiteral("_1.xml");
}

} // namespace

Q_DECLARE_METATYPE(Dataset)

class TestExportLatePostings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CHANNELSCOPE_CLI")),
                 "CHANNELSCOPE_CLI must name channelscope-cli");
    }

    void changesAfterExportAreListedAndResent_data()
    {
        // The tag starts with the database kind, as cs::test::currentDatabaseKind() reads it.
        QTest::addColumn<QString>("database");
        QTest::addColumn<QList<Dataset>>("imports"); // after both dates were exported
        QTest::addColumn<QStringList>("expected"); // the lines of export --missed
        const QString d = QStringLiteral("missed: %D%");
        const QString y = QStringLiteral("missed: %Y%");
        const QString added = QStringLiteral("  changed since export: %1 added, %2 changed");
        const auto payments = [](const QString &rows) {
            return Dataset { { QStringLiteral("payments.csv"), PaymentsHeader + rows } };
        };
        for (const char *database : { "sqlite", "postgresql" }) {
            const QString kind = QString::fromLatin1(database);
            QTest::addRow("%s late payment", database)
                << kind
                << QList<Dataset> { payments(
                       Payment1 + QStringLiteral("PA-3,A1,CREDIT,%D%T23:59:59Z,5.00,USD,R3,x\n")) }
                << QStringList { d + added.arg(1).arg(0) };
            QTest::addRow("%s corrected invoice", database)
                << kind
                << QList<Dataset> { { { QStringLiteral("invoices.csv"),
                                        InvoicesHeader
                                            + QStringLiteral("INV-1,A1,N-1,%D%T09:00:00Z,%D%,%D%,"
                                                             "100.00,0.00,10.00,110.01,USD\n") } } }
                << QStringList { d + added.arg(0).arg(1) };
            QTest::addRow("%s identical re-import", database)
                << kind << QList<Dataset> { baseData() } << QStringList {};
            QTest::addRow("%s new item of an exported invoice", database)
                << kind
                << QList<Dataset> { { { QStringLiteral("invoice_items.csv"),
                                        QStringLiteral("id,invoice,description,amount,unit_price,"
                                                       "chargeable_usage\nIT-1,INV-1,Compute,"
                                                       "100.00,0.5,200\n") } } }
                << QStringList { d + added.arg(0).arg(1) };
            QTest::addRow("%s added, then corrected", database)
                << kind
                << QList<Dataset> { payments(QStringLiteral(
                                        "PA-3,A2,PAYMENT,%D%T12:00:00Z,5.00,USD,R3,x\n")),
                                    payments(QStringLiteral(
                                        "PA-3,A2,PAYMENT,%D%T12:00:00Z,6.00,USD,R3,x\n")) }
                << QStringList { d + added.arg(1).arg(0) };
            QTest::addRow("%s moved to the next date", database)
                << kind
                << QList<Dataset> { payments(
                       QStringLiteral("PA-1,A1,PAYMENT,%Y%T10:00:00Z,25.00,USD,R1,thanks\n")) }
                << QStringList { d + added.arg(0).arg(1), y + added.arg(0).arg(1) };
            QTest::addRow("%s never exported date", database)
                << kind
                << QList<Dataset> { payments(
                       QStringLiteral("PA-0,A1,PAYMENT,%E%T10:00:00Z,5.00,USD,R0,x\n")) }
                << QStringList {
                       QStringLiteral("missed: %E%"),
                       QStringLiteral("missed: ") + firstDate().addDays(-2).toString(Qt::ISODate),
                       QStringLiteral("missed: ") + firstDate().addDays(-1).toString(Qt::ISODate)
                   };
        }
    }

    void changesAfterExportAreListedAndResent()
    {
        QFETCH(QList<Dataset>, imports);
        QFETCH(QStringList, expected);
        CS_FRESH_DATABASE(db);
        QTemporaryDir work;
        const QString exported = work.filePath(QStringLiteral("export"));
        QVERIFY(writeDataset(work.filePath(QStringLiteral("base")), baseData()));
        CliRun run = import(work.filePath(QStringLiteral("base")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = exportCommand(QStringLiteral("--catch-up"), exported);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        run = exportCommand(QStringLiteral("--missed"), exported);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(missedLines(run), QStringList());

        for (qsizetype i = 0; i < imports.size(); ++i) {
            const QString folder = work.filePath(QStringLiteral("late%1").arg(i));
            QVERIFY(writeDataset(folder, imports.at(i)));
            run = import(folder);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        for (QString &line : expected)
            line = expand(line);
        run = exportCommand(QStringLiteral("--missed"), exported);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(missedLines(run), expected);

        // The core gives the command line's answer to the export page too.
        auto missed = findMissedDays(*db, std::nullopt, QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(missed, qPrintable(missed ? QString() : missed.errorString()));
        QCOMPARE(missed->dates.size(), expected.size());

        // The catch-up re-sends each listed date once, oldest first; then nothing is listed.
        run = exportCommand(QStringLiteral("--catch-up"), exported);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QStringList runDates;
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(QStringLiteral("nothing to catch up")))
                runDates << line.section(u' ', 0, 0);
        }
        QStringList listedDates;
        for (const QString &line : std::as_const(expected))
            listedDates << line.section(u' ', 1, 1);
        QCOMPARE(runDates, listedDates);
        run = exportCommand(QStringLiteral("--missed"), exported);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(missedLines(run), QStringList());
    }

    // The late payment reaches the receiver: the re-sent file of its date holds it.
    void latePaymentIsInTheResentFile_data() { cs::test::addDatabaseRows(); }

    void latePaymentIsInTheResentFile()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir work;
        const QString exported = work.filePath(QStringLiteral("export"));
        QVERIFY(writeDataset(work.filePath(QStringLiteral("base")), baseData()));
        QCOMPARE(import(work.filePath(QStringLiteral("base"))).exitCode, 0);
        QCOMPARE(exportCommand(QStringLiteral("--catch-up"), exported).exitCode, 0);
        QFile before(paymentFile(exported, QStringLiteral("CH1"), firstDate()));
        QVERIFY(before.open(QIODevice::ReadOnly));
        QVERIFY(!before.readAll().contains("PA-3"));
        before.close();

        QVERIFY(writeDataset(
            work.filePath(QStringLiteral("late")),
            { { QStringLiteral("payments.csv"),
                PaymentsHeader
                    + QStringLiteral("PA-3,A1,CREDIT,%D%T23:59:59Z,5.00,USD,R3,late\n") } }));
        QCOMPARE(import(work.filePath(QStringLiteral("late"))).exitCode, 0);
        const CliRun resent = exportCommand(QStringLiteral("--catch-up"), exported);
        QVERIFY2(resent.exitCode == 0, qPrintable(resent.out + resent.err));
        QVERIFY2(
            resent.out.startsWith(firstDate().toString(Qt::ISODate) + QStringLiteral(" COMPLETED"))
                && resent.out.count(u'\n') == 1,
            qPrintable(resent.out));
        QFile after(paymentFile(exported, QStringLiteral("CH1"), firstDate()));
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QByteArray xml = after.readAll();
        QCOMPARE(xml.count("<uuid>PA-3</uuid>"), 1);
        QCOMPARE(xml.count("<uuid>PA-1</uuid>"), 1);
    }
};

QTEST_GUILESS_MAIN(TestExportLatePostings)
#include "tst_exportlatepostings.moc"
