// Invoice tie-outs and the hold on warnings, on SQLite and PostgreSQL: an invoice whose total is
// not subtotal - discount + tax, or whose items do not add up to its subtotal, is a warning that
// names it and the difference (in the result, the manifest and the run history); with the hold
// its channel is written but not delivered (PARTIAL_ERROR, the date stays missed) until a run
// without the hold sends it. Through ExportJob and through the command line.
#include "export/exporthistory.h"
#include "export/exportjob.h"
#include "export/exportmanifest.h"
#include "exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::CliRun;
using cs::test::ExportData;
using cs::test::runCli;

namespace {

const QDate s_day(2026, 2, 10);
const QString s_invoiceFile = QStringLiteral("cpbm_invoice_2026-02-10_1.xml");

const QString s_offWarning
    = QStringLiteral("invoice INV-OFF (id OFF, account A1): total 539.01 USD is not subtotal "
                     "500.00 - discount 10.00 + tax 49.00 = 539.00 (difference 0.01 USD)");
const QString s_itemsWarning
    = QStringLiteral("invoice INV-ITEMS (id ITEMS, account A1): items add up to 9.99 USD, not "
                     "to the subtotal 10.00 USD (difference -0.01 USD)");
const QString s_yenWarning
    = QStringLiteral("invoice INV-YEN (id YEN, account J1): total 1649 JPY is not subtotal 1500 - "
                     "discount 0 + tax 150 = 1650 (difference -1 JPY)");

qint64 noon()
{
    return ExportData::ms(QStringLiteral("2026-02-10T12:00:00Z"));
}

// CH (USD): a correct invoice with items, one whose total is 0.01 too high and one whose items
// are 0.01 short of its subtotal. OK (USD): a correct invoice. JP (JPY): a total 1 yen short.
void seedAll(Connection &db)
{
    ExportData d(db);
    const qint64 a1 = d.account(QStringLiteral("A1"), d.channel(QStringLiteral("CH")));
    const qint64 good = d.invoice(QStringLiteral("GOOD"), a1, noon(), 50000, 500, 0);
    d.invoiceItem(QStringLiteral("GOOD-1"), good, 30000);
    d.invoiceItem(QStringLiteral("GOOD-2"), good, 20000);
    d.invoice(QStringLiteral("OFF"), a1, noon(), 50000, 1000, 4900, QStringLiteral("USD"), 53901);
    const qint64 items = d.invoice(QStringLiteral("ITEMS"), a1, noon(), 1000, 0, 0);
    d.invoiceItem(QStringLiteral("ITEMS-1"), items, 600);
    d.invoiceItem(QStringLiteral("ITEMS-2"), items, 399);
    const qint64 ok = d.account(QStringLiteral("B1"), d.channel(QStringLiteral("OK")));
    const qint64 fine = d.invoice(QStringLiteral("FINE"), ok, noon(), 2000, 0, 380);
    d.invoiceItem(QStringLiteral("FINE-1"), fine, 2000);
    const qint64 j1
        = d.account(QStringLiteral("J1"), d.channel(QStringLiteral("JP"), QStringLiteral("JPY")));
    d.invoice(QStringLiteral("YEN"), j1, noon(), 1500, 0, 150, QStringLiteral("JPY"), 1649);
}

// CH: only the invoice 0.01 too high; OK: a correct invoice.
void seedOneOff(Connection &db)
{
    ExportData d(db);
    const qint64 a1 = d.account(QStringLiteral("A1"), d.channel(QStringLiteral("CH")));
    d.invoice(QStringLiteral("OFF"), a1, noon(), 50000, 1000, 4900, QStringLiteral("USD"), 53901);
    const qint64 ok = d.account(QStringLiteral("B1"), d.channel(QStringLiteral("OK")));
    d.invoice(QStringLiteral("FINE"), ok, noon(), 2000, 0, 380);
}

ExportOptions options(const QString &directory, const QString &destination, bool hold)
{
    ExportOptions o;
    o.date = s_day;
    o.directory = directory;
    o.url = QStringLiteral("file://") + destination;
    o.retry.attempts = 1;
    o.holdOnWarnings = hold;
    return o;
}

QString delivered(const QString &destination, const QString &channel)
{
    return destination + QStringLiteral("/DailyInvoiceStream/") + channel + u'/' + s_invoiceFile;
}

QString written(const QString &directory, const QString &channel)
{
    return directory + QStringLiteral("/DailyInvoiceStream/target/") + channel + u'/'
        + s_invoiceFile;
}

std::optional<ExportManifest> manifest(const QString &directory, const QString &channel)
{
    QFile file(directory + u'/' + ExportManifest::relativePath(s_day, channel));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return ExportManifest::fromJson(file.readAll());
}

const ExportChannelResult *channelOf(const ExportRunResult &run, const QString &code)
{
    for (const ExportChannelResult &channel : run.channels) {
        if (channel.code == code)
            return &channel;
    }
    return nullptr;
}

QStringList cliArguments(const QString &directory, const QString &destination)
{
    return { QStringLiteral("export"),
             QStringLiteral("--db"),
             cs::test::lastDatabaseUrl().toDisplayString(),
             QStringLiteral("--date"),
             s_day.toString(Qt::ISODate),
             QStringLiteral("--directory"),
             directory,
             QStringLiteral("--url"),
             QStringLiteral("file://") + destination,
             QStringLiteral("--retries"),
             QStringLiteral("1") };
}

} // namespace

class TestExportTieOuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invoicesThatDoNotTieOutAreWarned_data() { cs::test::addDatabaseRows(); }
    void invoicesThatDoNotTieOutAreWarned()
    {
        CS_FRESH_DATABASE(db);
        seedAll(*db);
        QTemporaryDir dir, destination;
        auto result = ExportJob(db->url(), options(dir.path(), destination.path(), false)).run();
        QVERIFY2(result, qPrintable(result ? QString() : result.errorString()));
        // Without the hold warnings do not stop the delivery.
        QCOMPARE(result->status, ExportStatus::Completed);
        QCOMPARE(result->warningCount(), 3);
        QCOMPARE(channelOf(*result, QStringLiteral("CH"))->warnings,
                 QStringList({ s_itemsWarning, s_offWarning }));
        QCOMPARE(channelOf(*result, QStringLiteral("JP"))->warnings, QStringList({ s_yenWarning }));
        QCOMPARE(channelOf(*result, QStringLiteral("OK"))->warnings, QStringList());
        QVERIFY(QFile::exists(delivered(destination.path(), QStringLiteral("CH"))));
        QVERIFY2(result->summary().contains(QStringLiteral("3 warnings")),
                 qPrintable(result->summary()));

        const auto chManifest = manifest(dir.path(), QStringLiteral("CH"));
        QVERIFY(chManifest);
        QCOMPARE(chManifest->warnings, QStringList({ s_itemsWarning, s_offWarning }));
        QVERIFY(chManifest->delivered);
        QCOMPARE(manifest(dir.path(), QStringLiteral("OK"))->warnings, QStringList());

        auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QCOMPARE(runs->first().warnings, 3);
        auto channels = ExportHistory::channels(*db, result->runId);
        QVERIFY(channels);
        for (const ExportRunChannelInfo &channel : *channels) {
            if (channel.code == u"JP")
                QCOMPARE(channel.warnings, QStringList({ s_yenWarning }));
            else if (channel.code == u"CH")
                QCOMPARE(channel.warnings, QStringList({ s_itemsWarning, s_offWarning }));
            else
                QCOMPARE(channel.warnings, QStringList());
        }
    }

    void heldChannelIsSentByARunWithoutTheHold_data() { cs::test::addDatabaseRows(); }
    void heldChannelIsSentByARunWithoutTheHold()
    {
        CS_FRESH_DATABASE(db);
        seedOneOff(*db);
        QTemporaryDir dir, destination;
        auto held = ExportJob(db->url(), options(dir.path(), destination.path(), true)).run();
        QVERIFY2(held, qPrintable(held ? QString() : held.errorString()));
        QCOMPARE(held->status, ExportStatus::PartialError);
        const ExportChannelResult *ch = channelOf(*held, QStringLiteral("CH"));
        QCOMPARE(ch->status, ExportStatus::PartialError);
        QVERIFY2(ch->error.startsWith(QStringLiteral("held: 1 warning;")), qPrintable(ch->error));
        QCOMPARE(ch->warnings, QStringList({ s_offWarning }));
        QVERIFY(!ch->delivered);
        QCOMPARE(channelOf(*held, QStringLiteral("OK"))->status, ExportStatus::Completed);
        QVERIFY(channelOf(*held, QStringLiteral("OK"))->delivered);
        QVERIFY2(held->error.contains(QStringLiteral("1 of 2 channels held; CH: held")),
                 qPrintable(held->error));
        QVERIFY2(held->summary().contains(QStringLiteral("0 failed"))
                     && held->summary().contains(QStringLiteral("1 channels held (not sent)")),
                 qPrintable(held->summary()));
        // Written locally, not delivered; the other channel is.
        QVERIFY(QFile::exists(written(dir.path(), QStringLiteral("CH"))));
        QVERIFY(!QDir(destination.filePath(QStringLiteral("DailyInvoiceStream/CH"))).exists());
        QVERIFY(QFile::exists(delivered(destination.path(), QStringLiteral("OK"))));

        const auto heldManifest = manifest(dir.path(), QStringLiteral("CH"));
        QVERIFY(heldManifest);
        QVERIFY(!heldManifest->delivered);
        QCOMPARE(heldManifest->channelStatus, ExportStatus::PartialError);
        QCOMPARE(heldManifest->error, ch->error);
        QCOMPARE(heldManifest->warnings, QStringList({ s_offWarning }));

        auto channels = ExportHistory::channels(*db, held->runId);
        QVERIFY(channels);
        for (const ExportRunChannelInfo &channel : *channels) {
            QCOMPARE(channel.delivered, channel.code == u"OK");
            if (channel.code == u"CH") {
                QCOMPARE(channel.status, ExportStatus::PartialError);
                QCOMPARE(channel.error, ch->error);
                QCOMPARE(channel.warnings, QStringList({ s_offWarning }));
            }
        }
        auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QCOMPARE(runs->first().heldChannels, 1);
        QCOMPARE(runs->first().failedChannels, 0);
        QCOMPARE(runs->first().warnings, 1);
        // A held channel is not delivered: the date stays missed.
        auto missed = ExportHistory::missedDays(*db, s_day, s_day);
        QVERIFY(missed);
        QCOMPARE(*missed, QList<QDate>({ s_day }));

        // A run of the held channel alone, held again, is PARTIAL_ERROR (not ERRORED: nothing
        // failed, so a catch-up goes on).
        ExportOptions alone = options(dir.path(), destination.path(), true);
        alone.channels = { QStringLiteral("CH") };
        auto heldAgain = ExportJob(db->url(), alone).run();
        QVERIFY(heldAgain);
        QCOMPARE(heldAgain->status, ExportStatus::PartialError);
        QVERIFY(!QDir(destination.filePath(QStringLiteral("DailyInvoiceStream/CH"))).exists());

        // Run again without the hold: delivered with its warning, and the date is exported.
        auto sent = ExportJob(db->url(), options(dir.path(), destination.path(), false)).run();
        QVERIFY(sent);
        QCOMPARE(sent->status, ExportStatus::Completed);
        QVERIFY(channelOf(*sent, QStringLiteral("CH"))->delivered);
        QCOMPARE(channelOf(*sent, QStringLiteral("CH"))->warnings, QStringList({ s_offWarning }));
        QVERIFY(QFile::exists(delivered(destination.path(), QStringLiteral("CH"))));
        QVERIFY(manifest(dir.path(), QStringLiteral("CH"))->delivered);
        missed = ExportHistory::missedDays(*db, s_day, s_day);
        QVERIFY(missed);
        QVERIFY(missed->isEmpty());
    }

    void holdWithoutWarningsDelivers_data() { cs::test::addDatabaseRows(); }
    void holdWithoutWarningsDelivers()
    {
        CS_FRESH_DATABASE(db);
        seedOneOff(*db);
        QTemporaryDir dir, destination;
        ExportOptions o = options(dir.path(), destination.path(), true);
        o.channels = { QStringLiteral("OK") };
        auto result = ExportJob(db->url(), o).run();
        QVERIFY(result);
        QCOMPARE(result->status, ExportStatus::Completed);
        QCOMPARE(result->warningCount(), 0);
        QVERIFY(QFile::exists(delivered(destination.path(), QStringLiteral("OK"))));
    }

    void commandLineHold_data() { cs::test::addDatabaseRows(); }
    void commandLineHold()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CHANNELSCOPE_CLI")),
                 "CHANNELSCOPE_CLI must name channelscope-cli");
        CS_FRESH_DATABASE(db);
        seedOneOff(*db);
        QTemporaryDir dir, destination;
        const QStringList arguments = cliArguments(dir.path(), destination.path());

        // A held channel: exit 1, its status and reason on stderr with the warning.
        const CliRun held = runCli(QStringList(arguments) << QStringLiteral("--hold-on-warnings"));
        QCOMPARE(held.exitCode, 1);
        QVERIFY2(held.out.startsWith(QStringLiteral("2026-02-10 PARTIAL_ERROR"))
                     && held.out.contains(QStringLiteral("1 warnings"))
                     && held.out.contains(QStringLiteral("1 channels held (not sent)")),
                 qPrintable(held.out + held.err));
        QVERIFY2(held.err.contains(QStringLiteral("channel CH PARTIAL_ERROR: held: 1 warning;")),
                 qPrintable(held.err));
        QVERIFY2(held.err.contains(QStringLiteral("channel CH: ") + s_offWarning),
                 qPrintable(held.err));
        QVERIFY(!QDir(destination.filePath(QStringLiteral("DailyInvoiceStream/CH"))).exists());
        QVERIFY(QFile::exists(delivered(destination.path(), QStringLiteral("OK"))));

        // Without the hold: delivered, exit 0, the warning still printed.
        const CliRun sent = runCli(arguments);
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(sent.out.startsWith(QStringLiteral("2026-02-10 COMPLETED")),
                 qPrintable(sent.out + sent.err));
        QVERIFY2(sent.err.contains(QStringLiteral("channel CH: ") + s_offWarning),
                 qPrintable(sent.err));
        QVERIFY(QFile::exists(delivered(destination.path(), QStringLiteral("CH"))));
        auto missed = ExportHistory::missedDays(*db, s_day, s_day);
        QVERIFY(missed);
        QVERIFY(missed->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportTieOuts)
#include "tst_exporttieouts.moc"
