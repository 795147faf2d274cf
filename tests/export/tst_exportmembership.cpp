// The export follows the account's channel on the business date: an account that moves to
// another channel keeps its documents of the days before the move in the old channel's files,
// a re-run of an exported date gives the same bytes, and a retroactive move lists the dates it
// changes as "changed since export" so that they are re-sent. Both databases, through the real
// command line (import and export), as a server runs them.
#include "export/exportpreview.h"
#include "exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"
#include "time/businesscalendar.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::CliRun;
using cs::test::runCli;

namespace {

using Dataset = cs::test::DatasetFiles;

// D: the date exported first, far enough back for D+5 to be exportable too.
QDate dateD()
{
    return BusinessCalendar(QTimeZone::utc())
        .yesterday(QDateTime::currentMSecsSinceEpoch())
        .addDays(-10);
}

// %D% is D, %D+N% / %D-N% the dates N days after or before it.
QString expand(QString text)
{
    for (int n = 9; n >= 1; --n) {
        text.replace(QStringLiteral("%D+%1%").arg(n), dateD().addDays(n).toString(Qt::ISODate));
        text.replace(QStringLiteral("%D-%1%").arg(n), dateD().addDays(-n).toString(Qt::ISODate));
    }
    return text.replace(QStringLiteral("%D%"), dateD().toString(Qt::ISODate));
}

// CH1 has A1, CH2 has A2. A1 has one document of each stream on D and a payment on D+5; A2 has
// a payment on D.
Dataset baseData()
{
    return {
        { QStringLiteral("channels.csv"),
          QStringLiteral("code,name,billing_group,currency\nCH1,Channel One,,USD\n"
                         "CH2,Channel Two,,USD\n") },
        { QStringLiteral("accounts.csv"),
          QStringLiteral("code,name,channel\nA1,Account One,CH1\nA2,Account Two,CH2\n") },
        { QStringLiteral("statements.csv"),
          QStringLiteral("id,account,period_start,period_end,posted_at,balance_forward,payments,"
                         "credits,new_charges,net_balance,currency\nST-1,A1,%D-9%,%D%,"
                         "%D%T08:00:00Z,10.00,10.00,0.00,110.00,110.00,USD\n") },
        { QStringLiteral("invoices.csv"),
          QStringLiteral("id,account,number,posted_at,service_start,service_end,subtotal,"
                         "discount,tax,total,currency\nINV-1,A1,N-1,%D%T09:00:00Z,%D%,%D%,"
                         "100.00,0.00,10.00,110.00,USD\n") },
        { QStringLiteral("invoice_items.csv"),
          QStringLiteral("id,invoice,description,amount,unit_price,chargeable_usage\n"
                         "IT-1,INV-1,Compute,100.00,0.5,200\n") },
        { QStringLiteral("payments.csv"),
          QStringLiteral("id,account,type,created_at,amount,currency,reference,memo\n"
                         "PA-1,A1,PAYMENT,%D%T10:00:00Z,25.00,USD,R1,thanks\n"
                         "PA-2,A2,PAYMENT,%D%T11:00:00Z,30.00,USD,R2,thanks\n"
                         "PA-5,A1,PAYMENT,%D+5%T10:00:00Z,5.00,USD,R5,later\n") },
        { QStringLiteral("payment_failures.csv"),
          QStringLiteral("id,account,created_at,amount,currency,status_code,memo\n"
                         "PF-1,A1,%D%T12:00:00Z,7.00,USD,402,declined\n") },
    };
}

Dataset moveA1To(const QString &channel, const QString &from)
{
    return { { QStringLiteral("account_memberships.csv"),
               QStringLiteral("account,channel,effective_from\nA1,%1,%2\n").arg(channel, from) } };
}

bool writeDataset(const QString &folder, const Dataset &files)
{
    return cs::test::writeDatasetFiles(folder, files, expand);
}

QString databaseUrl()
{
    return cs::test::lastDatabaseUrl().toDisplayString();
}

// Writes the dataset into a new folder of `work` and imports it; the CLI's error otherwise.
QString importDataset(const QTemporaryDir &work, const QString &name, const Dataset &files)
{
    const QString folder = work.filePath(name);
    if (!writeDataset(folder, files))
        return QStringLiteral("cannot write ") + folder;
    const CliRun run
        = runCli({ QStringLiteral("import"), QStringLiteral("--db"), databaseUrl(), folder });
    return run.exitCode == 0 ? QString() : run.err;
}

// export --date DATE [--channel CODE] into `directory`; the CLI's output on failure.
QString exportDate(const QString &date, const QString &directory, const QString &channel = {})
{
    QStringList arguments { QStringLiteral("export"),
                            QStringLiteral("--db"),
                            databaseUrl(),
                            QStringLiteral("--date"),
                            expand(date),
                            QStringLiteral("--directory"),
                            directory };
    if (!channel.isEmpty())
        arguments << QStringLiteral("--channel") << channel;
    const CliRun run = runCli(arguments);
    return run.exitCode == 0 ? QString() : run.out + run.err;
}

// The line of export --missed for the date, empty when it is not listed.
QString missedLine(const QString &date)
{
    const CliRun run = runCli({ QStringLiteral("export"), QStringLiteral("--db"), databaseUrl(),
                                QStringLiteral("--missed") });
    if (run.exitCode != 0)
        return QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
    const QString prefix = QStringLiteral("missed: ") + expand(date);
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line == prefix || line.startsWith(prefix + u' '))
            return line;
    }
    return {};
}

const QStringList s_streamFiles {
    QStringLiteral("DailyAccountStatementStream/target/%1/cpbm_account_stmt_%2_1.xml"),
    QStringLiteral("DailyInvoiceStream/target/%1/cpbm_invoice_%2_1.xml"),
    QStringLiteral("DailyPaymentAndCreditStream/target/%1/cpbm_payment_credit_%2_1.xml"),
    QStringLiteral("DailyPaymentFailureStream/target/%1/payment_failure_%2_1.xml"),
};

// The four data files of the channel on the date, concatenated in stream order.
QByteArray channelFiles(const QString &directory, const QString &channel, const QString &date)
{
    QByteArray all;
    for (const QString &pattern : s_streamFiles) {
        QFile file(directory + u'/' + pattern.arg(channel, expand(date)));
        if (!file.open(QIODevice::ReadOnly))
            return "missing: " + file.fileName().toUtf8();
        all += file.readAll();
    }
    return all;
}

// The documents of A1 on D, as their ids appear in the files.
const QList<QByteArray> s_a1OnD { "<uuid>ST-1</uuid>", "<uuid>INV-1</uuid>", "<uuid>IT-1</uuid>",
                                  "<uuid>PA-1</uuid>", "<uuid>PF-1</uuid>" };

bool holdsAll(const QByteArray &files, const QList<QByteArray> &ids)
{
    return std::all_of(ids.cbegin(), ids.cend(),
                       [&](const QByteArray &id) { return files.count(id) == 1; });
}

bool holdsNone(const QByteArray &files, const QList<QByteArray> &ids)
{
    return std::none_of(ids.cbegin(), ids.cend(),
                        [&](const QByteArray &id) { return files.contains(id); });
}

// "CHANNEL stream records" per line of the preview of the date, without empty lines.
QStringList previewLines(Connection &db, QDate date)
{
    const auto preview = previewExport(db, date);
    if (!preview)
        return { preview.errorString() };
    QStringList lines;
    for (const ExportPreviewLine &line : preview->lines) {
        if (line.records > 0)
            lines << QStringLiteral("%1 %2 %3")
                         .arg(line.channel, ExportStreams::key(line.stream))
                         .arg(line.records);
    }
    return lines;
}

} // namespace

class TestExportMembership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CHANNELSCOPE_CLI")),
                 "CHANNELSCOPE_CLI must name channelscope-cli");
    }

    // A move from D+5 leaves D as it was exported: a re-run of D gives both channels the same
    // bytes, and D+5 goes to the new channel.
    void laterMoveKeepsExportedDate_data() { cs::test::addDatabaseRows(); }

    void laterMoveKeepsExportedDate()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir work;
        const QString out = work.filePath(QStringLiteral("export"));
        QCOMPARE(importDataset(work, QStringLiteral("base"), baseData()), QString());
        QCOMPARE(exportDate(QStringLiteral("%D%"), out), QString());
        const QByteArray ch1 = channelFiles(out, QStringLiteral("CH1"), QStringLiteral("%D%"));
        const QByteArray ch2 = channelFiles(out, QStringLiteral("CH2"), QStringLiteral("%D%"));
        QVERIFY2(holdsAll(ch1, s_a1OnD), ch1.constData());
        QVERIFY2(holdsNone(ch2, s_a1OnD), ch2.constData());
        const QStringList preview = previewLines(*db, dateD());
        QCOMPARE(preview,
                 QStringList({ QStringLiteral("CH1 statement 1"), QStringLiteral("CH1 invoice 1"),
                               QStringLiteral("CH1 payment 1"), QStringLiteral("CH1 failure 1"),
                               QStringLiteral("CH2 payment 1") }));

        QCOMPARE(importDataset(work, QStringLiteral("move"),
                               moveA1To(QStringLiteral("CH2"), QStringLiteral("%D+5%"))),
                 QString());
        QCOMPARE(missedLine(QStringLiteral("%D%")), QString());
        QCOMPARE(exportDate(QStringLiteral("%D%"), out), QString());
        QCOMPARE(channelFiles(out, QStringLiteral("CH1"), QStringLiteral("%D%")), ch1);
        QCOMPARE(channelFiles(out, QStringLiteral("CH2"), QStringLiteral("%D%")), ch2);
        QCOMPARE(previewLines(*db, dateD()), preview);
        QCOMPARE(previewLines(*db, dateD().addDays(5)),
                 QStringList { QStringLiteral("CH2 payment 1") });

        QCOMPARE(exportDate(QStringLiteral("%D+5%"), out), QString());
        const QByteArray later = channelFiles(out, QStringLiteral("CH2"), QStringLiteral("%D+5%"));
        QCOMPARE(later.count("<uuid>PA-5</uuid>"), 1);
        QVERIFY(
            !channelFiles(out, QStringLiteral("CH1"), QStringLiteral("%D+5%")).contains("PA-5"));
    }

    // A late payment of D for an account that has moved since belongs to the channel it had on
    // D: re-sending only the current channel does not deliver it, so D stays listed.
    void latePostingCountsForTheChannelOfItsDate_data() { cs::test::addDatabaseRows(); }

    void latePostingCountsForTheChannelOfItsDate()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir work;
        const QString out = work.filePath(QStringLiteral("export"));
        QCOMPARE(importDataset(work, QStringLiteral("base"), baseData()), QString());
        QCOMPARE(exportDate(QStringLiteral("%D%"), out), QString());
        QCOMPARE(importDataset(work, QStringLiteral("move"),
                               moveA1To(QStringLiteral("CH2"), QStringLiteral("%D+5%"))),
                 QString());
        QCOMPARE(importDataset(work, QStringLiteral("late"),
                               { { QStringLiteral("payments.csv"),
                                   QStringLiteral("id,account,type,created_at,amount,currency,"
                                                  "reference,memo\nPA-3,A1,CREDIT,"
                                                  "%D%T23:00:00Z,5.00,USD,R3,late\n") } }),
                 QString());
        const QString changed
            = expand(QStringLiteral("missed: %D%  changed since export: 1 added, 0 changed"));
        QCOMPARE(missedLine(QStringLiteral("%D%")), changed);
        QCOMPARE(exportDate(QStringLiteral("%D%"), out, QStringLiteral("CH2")), QString());
        QCOMPARE(missedLine(QStringLiteral("%D%")), changed);
        QCOMPARE(exportDate(QStringLiteral("%D%"), out, QStringLiteral("CH1")), QString());
        QCOMPARE(missedLine(QStringLiteral("%D%")), QString());
        const QByteArray ch1 = channelFiles(out, QStringLiteral("CH1"), QStringLiteral("%D%"));
        QVERIFY2(ch1.count("<uuid>PA-3</uuid>") == 1, ch1.constData());
    }

    // A move from D-1 changes what D's files should hold: D is listed as changed (A1's five
    // documents of D: the item counts with its invoice) and its re-run moves them to CH2.
    void retroactiveMoveListsAndResendsDate_data() { cs::test::addDatabaseRows(); }

    void retroactiveMoveListsAndResendsDate()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir work;
        const QString out = work.filePath(QStringLiteral("export"));
        QCOMPARE(importDataset(work, QStringLiteral("base"), baseData()), QString());
        QCOMPARE(exportDate(QStringLiteral("%D%"), out), QString());
        QCOMPARE(exportDate(QStringLiteral("%D+1%"), out), QString());
        QCOMPARE(importDataset(work, QStringLiteral("move"),
                               moveA1To(QStringLiteral("CH2"), QStringLiteral("%D-1%"))),
                 QString());
        QCOMPARE(missedLine(QStringLiteral("%D%")),
                 expand(QStringLiteral("missed: %D%  changed since export: 0 added, 4 changed")));
        // D+1 has no document of A1: nothing to re-send.
        QCOMPARE(missedLine(QStringLiteral("%D+1%")), QString());
        QCOMPARE(previewLines(*db, dateD()),
                 QStringList({ QStringLiteral("CH2 statement 1"), QStringLiteral("CH2 invoice 1"),
                               QStringLiteral("CH2 payment 2"), QStringLiteral("CH2 failure 1") }));

        QCOMPARE(exportDate(QStringLiteral("%D%"), out), QString());
        QCOMPARE(missedLine(QStringLiteral("%D%")), QString());
        const QByteArray ch1 = channelFiles(out, QStringLiteral("CH1"), QStringLiteral("%D%"));
        const QByteArray ch2 = channelFiles(out, QStringLiteral("CH2"), QStringLiteral("%D%"));
        QVERIFY2(holdsNone(ch1, s_a1OnD), ch1.constData());
        QVERIFY2(holdsAll(ch2, s_a1OnD), ch2.constData());
        QCOMPARE(ch2.count("<uuid>PA-2</uuid>"), 1);
        // An identical re-import of the move changes no day's channel: nothing is listed.
        QCOMPARE(importDataset(work, QStringLiteral("again"),
                               moveA1To(QStringLiteral("CH2"), QStringLiteral("%D-1%"))),
                 QString());
        QCOMPARE(missedLine(QStringLiteral("%D%")), QString());

        // Moving it back from D+1 changes neither D nor D+1 (no document of A1): neither is
        // listed.
        QCOMPARE(importDataset(work, QStringLiteral("back"),
                               moveA1To(QStringLiteral("CH1"), QStringLiteral("%D+1%"))),
                 QString());
        QCOMPARE(missedLine(QStringLiteral("%D%")), QString());
        QCOMPARE(missedLine(QStringLiteral("%D+1%")), QString());
    }

    // After a retroactive move the old channel's files of D are wrong as well: re-sending only
    // the new channel leaves D listed until the old one is re-sent too.
    void retroactiveMoveNeedsBothChannels_data() { cs::test::addDatabaseRows(); }

    void retroactiveMoveNeedsBothChannels()
    {
        CS_FRESH_DATABASE(db);
        QTemporaryDir work;
        const QString out = work.filePath(QStringLiteral("export"));
        QCOMPARE(importDataset(work, QStringLiteral("base"), baseData()), QString());
        QCOMPARE(exportDate(QStringLiteral("%D%"), out), QString());
        QCOMPARE(importDataset(work, QStringLiteral("move"),
                               moveA1To(QStringLiteral("CH2"), QStringLiteral("%D-1%"))),
                 QString());
        const QString changed
            = expand(QStringLiteral("missed: %D%  changed since export: 0 added, 4 changed"));
        QCOMPARE(exportDate(QStringLiteral("%D%"), out, QStringLiteral("CH2")), QString());
        QVERIFY(holdsAll(channelFiles(out, QStringLiteral("CH2"), QStringLiteral("%D%")), s_a1OnD));
        QCOMPARE(missedLine(QStringLiteral("%D%")), changed);
        QCOMPARE(exportDate(QStringLiteral("%D%"), out, QStringLiteral("CH1")), QString());
        QVERIFY(
            holdsNone(channelFiles(out, QStringLiteral("CH1"), QStringLiteral("%D%")), s_a1OnD));
        QCOMPARE(missedLine(QStringLiteral("%D%")), QString());
    }
};

QTEST_GUILESS_MAIN(TestExportMembership)
#include "tst_exportmembership.moc"
