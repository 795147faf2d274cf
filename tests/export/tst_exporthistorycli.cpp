// The run history from the command line, as an auditor on a server without a GUI reads it:
// export --history [--date D] [--last N] lists the runs newest first, export --show RUN the
// channels of one run; unknown runs and options that make no sense with them are refused. Both
// databases, through channelscope-cli.
#include "config/configuration.h"
#include "export/exporthistory.h"
#include "exporttestdata.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cs;
using cs::test::CliRun;
using cs::test::ExportData;
using cs::test::runCli;

namespace {

const QDate s_day(2026, 2, 10);
const QDate s_testDay(2026, 2, 11);
const QString Zone = QStringLiteral("Europe/Berlin");

// What --history printed: its caption line, the header and the rows, cells split at spaces.
struct Listing
{
    QString caption;
    QStringList header;
    QList<QStringList> rows;
};

Listing parseListing(const QString &out)
{
    Listing listing;
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return listing;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    listing.caption = lines.takeFirst();
    listing.header = lines.takeFirst().split(spaces, Qt::SkipEmptyParts);
    for (const QString &line : std::as_const(lines))
        listing.rows << line.split(spaces, Qt::SkipEmptyParts);
    return listing;
}

// ALPHA: a statement whose net balance does not add up (one warning), an invoice and two
// payments on s_day, one payment on s_testDay; BETA: one payment on s_day. Business time in Berlin.
bool seed(Connection &db)
{
    ExportData d(db);
    const qint64 alpha = d.account(QStringLiteral("ALPHA-1"), d.channel(QStringLiteral("ALPHA")));
    const qint64 beta = d.account(QStringLiteral("BETA-1"), d.channel(QStringLiteral("BETA")));
    const qint64 noon = ExportData::ms(QStringLiteral("2026-02-10T12:00:00Z"));
    d.statement(QStringLiteral("ALPHA-ST"), alpha, noon, 100, 0, 0, 50, 999);
    d.invoiceItem(QStringLiteral("ALPHA-IT"),
                  d.invoice(QStringLiteral("ALPHA-IN"), alpha, noon, 50, 0, 0), 50);
    d.payment(QStringLiteral("ALPHA-PA"), alpha, noon, 25);
    d.payment(QStringLiteral("ALPHA-PB"), alpha, noon, 30);
    d.payment(QStringLiteral("ALPHA-NEXT"), alpha,
              ExportData::ms(QStringLiteral("2026-02-11T12:00:00Z")), 40);
    d.payment(QStringLiteral("BETA-PA"), beta, noon, 10);
    return d.setSetting(Configuration::BusinessTimeZone, Zone);
}

QStringList withDatabase(QStringList arguments)
{
    arguments.prepend(cs::test::lastDatabaseUrl().toDisplayString());
    arguments.prepend(QStringLiteral("--db"));
    arguments.prepend(QStringLiteral("export"));
    return arguments;
}

QStringList exportArguments(QDate date, const QString &directory, const QString &destination)
{
    return withDatabase({ QStringLiteral("--date"), date.toString(Qt::ISODate),
                          QStringLiteral("--directory"), directory, QStringLiteral("--url"),
                          QStringLiteral("file://") + destination, QStringLiteral("--retries"),
                          QStringLiteral("1"), QStringLiteral("--retry-delay"),
                          QStringLiteral("0") });
}

// "a b c" as { "a", "b", "c" }.
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

QString isoInZone(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(QTimeZone(Zone.toUtf8())).toString(Qt::ISODate)
                         : QStringLiteral("-");
}

} // namespace

class TestExportHistoryCli : public QObject
{
    Q_OBJECT

    // Three runs: (1) s_day with BETA's destination folder blocked (PARTIAL_ERROR), (2) s_day
    // again after a late payment and a deleted one (COMPLETED, 1 added, 1 removed), (3) s_testDay
    // forced (a test run). Their ids, oldest first.
    QList<qint64> runThreeExports(Connection &db, const QString &folder)
    {
        const QString directory = folder + QStringLiteral("/export");
        const QString destination = folder + QStringLiteral("/drop");
        QList<qint64> ids;
        QFile blocker(destination + QStringLiteral("/DailyAccountStatementStream/BETA"));
        if (!QDir().mkpath(QFileInfo(blocker).absolutePath())
            || !blocker.open(QIODevice::WriteOnly)) {
            QTest::qFail("cannot block BETA's folder", __FILE__, __LINE__);
            return ids;
        }
        blocker.close();
        const CliRun partial = runCli(exportArguments(s_day, directory, destination));
        if (partial.exitCode != 1)
            QTest::qFail(qPrintable(partial.out + partial.err), __FILE__, __LINE__);
        blocker.remove();

        ExportData d(db);
        const qint64 noon = ExportData::ms(QStringLiteral("2026-02-10T18:00:00Z"));
        qint64 account = 0;
        {
            // Finished before the writes: an open SQLite statement would hold its snapshot.
            auto q = db.exec(QStringLiteral("SELECT id FROM account WHERE code = 'ALPHA-1'"));
            if (!q || !q->next())
                return ids;
            account = q->value(0).toLongLong();
        }
        d.payment(QStringLiteral("ALPHA-LATE"), account, noon, 5);
        d.exec(QStringLiteral("DELETE FROM payment WHERE external_id = 'ALPHA-PB'"));
        const CliRun again = runCli(exportArguments(s_day, directory, destination));
        if (again.exitCode != 0)
            QTest::qFail(qPrintable(again.out + again.err), __FILE__, __LINE__);

        // s_testDay has ended long ago: --force makes it a test run all the same.
        const CliRun forced = runCli(exportArguments(s_testDay, directory, destination)
                                     << QStringLiteral("--force"));
        if (forced.exitCode != 0)
            QTest::qFail(qPrintable(forced.out + forced.err), __FILE__, __LINE__);
        const auto runs = ExportHistory::runs(db);
        if (runs) {
            for (const ExportRunInfo &run : *runs)
                ids.prepend(run.runId);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CHANNELSCOPE_CLI")),
                 "CHANNELSCOPE_CLI must name channelscope-cli");
    }

    void emptyHistory_data() { cs::test::addDatabaseRows(); }
    void emptyHistory()
    {
        CS_FRESH_DATABASE(db);
        const CliRun none = runCli(withDatabase({ QStringLiteral("--history") }));
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QStringLiteral("no export runs recorded\n"));
        QVERIFY2(none.err.isEmpty(), qPrintable(none.err));
        const CliRun ofDate
            = runCli(withDatabase({ QStringLiteral("--history"), QStringLiteral("--date"),
                                    s_day.toString(Qt::ISODate) }));
        QCOMPARE(ofDate.exitCode, 0);
        QCOMPARE(ofDate.out, QStringLiteral("no export runs recorded for 2026-02-10\n"));
    }

    void listsRunsNewestFirst_data() { cs::test::addDatabaseRows(); }
    void listsRunsNewestFirst()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir folder;
        const QList<qint64> ids = runThreeExports(*db, folder.path());
        QCOMPARE(ids.size(), 3);
        const auto recorded = ExportHistory::runs(*db);
        QVERIFY(recorded);

        const CliRun listed = runCli(withDatabase({ QStringLiteral("--history") }));
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.isEmpty(), qPrintable(listed.err));
        const Listing listing = parseListing(listed.out);
        QCOMPARE(listing.caption,
                 QStringLiteral("export runs, newest first; times in the business time zone ")
                     + Zone);
        QCOMPARE(listing.header,
                 words("RUN DATE TRIGGER BY STARTED ENDED STATUS CHANNELS FAILED RECORDS WARNINGS "
                       "ADDED REMOVED"));
        QCOMPARE(listing.rows.size(), 3);
        // RUN DATE TRIGGER (BY STARTED ENDED) STATUS CHANNELS FAILED RECORDS WARNINGS ADDED
        // REMOVED: s_day had 2 + 1 + 2 + 1 records (statement, invoice, payments); the second
        // run lost ALPHA-PB and gained ALPHA-LATE; the test run exported ALPHA-NEXT.
        const QList<QStringList> expected {
            QStringList { QString::number(ids[2]) }
                + words("2026-02-11 test COMPLETED 2 0 1 0 1 0"),
            QStringList { QString::number(ids[1]) }
                + words("2026-02-10 manual COMPLETED 2 0 5 1 1 1"),
            QStringList { QString::number(ids[0]) }
                + words("2026-02-10 manual PARTIAL_ERROR 2 1 5 1 5 0"),
        };
        for (int row = 0; row < 3; ++row) {
            const QStringList &cells = listing.rows[row];
            QCOMPARE(cells.size(), 13);
            const ExportRunInfo &run = recorded->at(row);
            QStringList shown = cells.mid(0, 3) + cells.mid(6);
            QCOMPARE(shown, expected[row]);
            QCOMPARE(cells[3], run.triggeredBy.isEmpty() ? QStringLiteral("-") : run.triggeredBy);
            // Times in the business time zone with their offset.
            QCOMPARE(cells[4], isoInZone(run.startedAt));
            QCOMPARE(cells[5], isoInZone(run.finishedAt));
            QVERIFY2(cells[4].contains(QRegularExpression(QStringLiteral(
                         "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"))),
                     qPrintable(cells[4]));
        }
        // Aligned: the last column is right-aligned, so every line of the table ends in the same
        // column as the header.
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts).mid(1);
        for (const QString &line : lines)
            QCOMPARE(line.size(), lines.first().size());
    }

    void filtersByDateAndLast_data() { cs::test::addDatabaseRows(); }
    void filtersByDateAndLast()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir folder;
        const QList<qint64> ids = runThreeExports(*db, folder.path());
        QCOMPARE(ids.size(), 3);

        const CliRun ofDay
            = runCli(withDatabase({ QStringLiteral("--history"), QStringLiteral("--date"),
                                    s_day.toString(Qt::ISODate) }));
        QCOMPARE(ofDay.exitCode, 0);
        Listing listing = parseListing(ofDay.out);
        QCOMPARE(listing.rows.size(), 2);
        QCOMPARE(listing.rows[0].first(), QString::number(ids[1]));
        QCOMPARE(listing.rows[1].first(), QString::number(ids[0]));

        const CliRun newest = runCli(withDatabase(
            { QStringLiteral("--history"), QStringLiteral("--last"), QStringLiteral("2") }));
        QCOMPARE(newest.exitCode, 0);
        listing = parseListing(newest.out);
        QCOMPARE(listing.rows.size(), 2);
        QCOMPARE(listing.rows[0].first(), QString::number(ids[2]));
        QCOMPARE(listing.rows[1].first(), QString::number(ids[1]));
        QVERIFY2(listing.caption.contains(QStringLiteral("--last N")), qPrintable(listing.caption));

        const CliRun all = runCli(withDatabase(
            { QStringLiteral("--history"), QStringLiteral("--last"), QStringLiteral("3") }));
        listing = parseListing(all.out);
        QCOMPARE(listing.rows.size(), 3);
        QVERIFY2(!listing.caption.contains(QStringLiteral("--last")), qPrintable(listing.caption));

        const CliRun lastOfDay = runCli(withDatabase(
            { QStringLiteral("--history"), QStringLiteral("--date"), s_day.toString(Qt::ISODate),
              QStringLiteral("--last"), QStringLiteral("1") }));
        listing = parseListing(lastOfDay.out);
        QCOMPARE(listing.rows.size(), 1);
        QCOMPARE(listing.rows[0].first(), QString::number(ids[1]));
    }

    void showsOneRun_data() { cs::test::addDatabaseRows(); }
    void showsOneRun()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        QTemporaryDir folder;
        const QList<qint64> ids = runThreeExports(*db, folder.path());
        QCOMPARE(ids.size(), 3);

        const CliRun shown
            = runCli(withDatabase({ QStringLiteral("--show"), QString::number(ids[0]) }));
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.err.isEmpty(), qPrintable(shown.err));
        const QStringList lines = shown.out.split(u'\n');
        QVERIFY2(lines[0].startsWith(
                     QStringLiteral("run %1: 2026-02-10 PARTIAL_ERROR, manual by ").arg(ids[0])),
                 qPrintable(shown.out));
        QVERIFY2(lines[1].endsWith(QStringLiteral("(business time zone Europe/Berlin)")),
                 qPrintable(lines[1]));
        QCOMPARE(lines[2], QStringLiteral("channels: all"));
        QCOMPARE(lines[4],
                 QStringLiteral("destination: file://") + folder.path() + QStringLiteral("/drop"));
        QVERIFY2(lines[5].startsWith(QStringLiteral("reason: 1 of 2 channels failed; BETA: ")),
                 qPrintable(lines[5]));

        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        const auto row = [&lines](const QString &first) {
            for (const QString &line : lines) {
                const QStringList cells = line.split(spaces, Qt::SkipEmptyParts);
                if (!cells.isEmpty() && cells.first() == first)
                    return cells;
            }
            return QStringList();
        };
        QCOMPARE(row(QStringLiteral("CHANNEL")),
                 words("CHANNEL STATUS DELIVERED RECORDS ADDED REMOVED WARNINGS"));
        QCOMPARE(row(QStringLiteral("ALPHA")), words("ALPHA COMPLETED yes 4 4 0 1"));
        QCOMPARE(row(QStringLiteral("BETA")), words("BETA ERRORED no 1 1 0 0"));
        // The details: the warning's text, BETA's reason, every file with its counts.
        QVERIFY2(shown.out.contains(QStringLiteral("  warning: statement ALPHA-ST (account "
                                                   "ALPHA-1): net balance 9.99 USD is not")),
                 qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("  reason: upload of "
                                                   "DailyAccountStatementStream/BETA/")),
                 qPrintable(shown.out));
        QCOMPARE(
            row(QStringLiteral("DailyPaymentAndCreditStream/target/ALPHA/"
                               "cpbm_payment_credit_2026-02-10_1.xml")),
            words("DailyPaymentAndCreditStream/target/ALPHA/cpbm_payment_credit_2026-02-10_1.xml "
                  "2 2 0 USD 0.55"));
        QCOMPARE(row(QStringLiteral("DailyPaymentFailureStream/target/BETA/"
                                    "payment_failure_2026-02-10_1.xml")),
                 words("DailyPaymentFailureStream/target/BETA/payment_failure_2026-02-10_1.xml "
                       "0 0 0 -"));
        QCOMPARE(shown.out.count(QStringLiteral("/target/")), 8);

        // The second run: ALPHA gained ALPHA-LATE and lost ALPHA-PB, BETA is delivered now.
        const CliRun second
            = runCli(withDatabase({ QStringLiteral("--show"), QString::number(ids[1]) }));
        QCOMPARE(second.exitCode, 0);
        const QStringList secondLines = second.out.split(u'\n');
        const auto secondRow = [&secondLines](const QString &first) {
            for (const QString &line : secondLines) {
                const QStringList cells = line.split(spaces, Qt::SkipEmptyParts);
                if (!cells.isEmpty() && cells.first() == first)
                    return cells;
            }
            return QStringList();
        };
        QCOMPARE(secondRow(QStringLiteral("ALPHA")), words("ALPHA COMPLETED yes 4 1 1 1"));
        QCOMPARE(secondRow(QStringLiteral("BETA")), words("BETA COMPLETED yes 1 0 0 0"));
        QVERIFY2(!second.out.contains(QStringLiteral("reason:")), qPrintable(second.out));
    }

    void unknownRun_data() { cs::test::addDatabaseRows(); }
    void unknownRun()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        const CliRun unknown
            = runCli(withDatabase({ QStringLiteral("--show"), QStringLiteral("4711") }));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(unknown.err,
                 QStringLiteral("channelscope-cli export: no export run 4711 is "
                                "recorded; export --history lists the runs\n"));
        const CliRun notANumber
            = runCli(withDatabase({ QStringLiteral("--show"), QStringLiteral("last") }));
        QCOMPARE(notANumber.exitCode, 2);
        QVERIFY2(notANumber.err.contains(QStringLiteral("--show needs a run number")),
                 qPrintable(notANumber.err));
    }

    void optionsThatMakeNoSense_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        for (const char *database : { "sqlite", "postgresql" }) {
            const QString kind = QString::fromLatin1(database);
            QTest::addRow("%s catch-up", database) << kind << words("--history --catch-up")
                                                   << QStringLiteral("they take no --catch-up");
            QTest::addRow("%s force", database)
                << kind << words("--history --force") << QStringLiteral("they take no --force");
            QTest::addRow("%s show with url", database)
                << kind << words("--show 1 --url file:///tmp/x")
                << QStringLiteral("they take no --url");
            QTest::addRow("%s show with date", database)
                << kind << words("--show 1 --date 2026-02-10")
                << QStringLiteral("--show prints one run");
            QTest::addRow("%s last alone", database)
                << kind << words("--last 5") << QStringLiteral("--last is for --history");
            QTest::addRow("%s last zero", database)
                << kind << words("--history --last 0")
                << QStringLiteral("--last must be a number of runs from 1 to 100000, not \"0\"");
            QTest::addRow("%s bad date", database)
                << kind << words("--history --date 10.02.2026")
                << QStringLiteral("--date must be a date YYYY-MM-DD");
        }
    }
    void optionsThatMakeNoSense()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        const CliRun refused = runCli(withDatabase(arguments));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        // Nothing was exported.
        const auto runs = ExportHistory::runs(*db);
        QVERIFY(runs);
        QVERIFY(runs->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportHistoryCli)
#include "tst_exporthistorycli.moc"
