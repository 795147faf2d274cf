#include "numeric/decimal.h"
#include "report/reportcsv.h"
#include "reportfixture.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using cs::test::CliRun;

// The report command as a user runs it: arguments in, CSV on stdout, warnings and errors on
// stderr, exit codes.
class TestReportCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_db;
    QString m_dbPath;
    QTemporaryDir m_dir;

    static CliRun cli(const QStringList &arguments)
    {
        return test::runCliInProcess(QStringList { u"report"_qs } + arguments);
    }
    QStringList withDb(const QStringList &arguments)
    {
        return QStringList { u"--db"_qs, m_dbPath } + arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::freshDatabase();
        QVERIFY(m_db);
        m_dbPath = test::lastDatabaseUrl().path;
        QVERIFY(test::generateReportData(*m_db, 42));
    }

    void channelReport()
    {
        const CliRun run = cli(withDb({ u"--channel"_qs, u"C1"_qs, u"--from"_qs, u"2026-03-01"_qs,
                                        u"--to"_qs, u"2026-03-31"_qs }));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.endsWith(u"\r\n"));
        const QStringList lines = run.out.split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(
            lines.first(),
            u"Channel Name,Channel Code,Billing Group Name,Billing Group Code,Product Name,"
            "Product Code,Product Category,UOM,Usage,Spend,Currency,Accounts,Start Date,End Date"_qs);
        QVERIFY(lines.size() > 3);
        for (const QString &line : lines.mid(1)) {
            // RFC 4180: the billing group name has a comma and quotes.
            QVERIFY2(line.startsWith(u"Euro channel,C1,\"Distributor, \"\"One\"\"\",BG1,"),
                     qPrintable(line));
            QVERIFY(line.endsWith(u",2026-03-01,2026-03-31"));
            const QStringList cells = line.mid(line.indexOf(u"BG1,") + 4).split(u',');
            // Product Name, Code, Category, UOM, Usage, Spend, Currency, Accounts, dates.
            QCOMPARE(cells.size(), 10);
            QVERIFY(Decimal::parse(cells[4]));
            QCOMPARE(Decimal::parse(cells[4])->scale(), 6);
            QVERIFY(cells[5].isEmpty() || Decimal::parse(cells[5])->scale() == 2);
            QCOMPARE(cells[6], u"EUR"_qs);
            if (cells[1] == u"VPN_USERS") {
                // Formula neutralised; no rate: empty spend.
                QCOMPARE(cells[0], u"'+VPN users"_qs);
                QVERIFY(cells[5].isEmpty());
            }
        }
        QVERIFY(run.err.contains(
            u"warning: no EUR rate for product +VPN users (VPN_USERS) in channel Euro channel (C1)"_qs));
        QCOMPARE(run.err.count(u'\n'), run.err.count(u"warning: "));
    }

    void billingGroupReport()
    {
        const QStringList args = withDb({ u"--billing-group"_qs, u"BG2"_qs, u"--from"_qs,
                                          u"2026-10-24"_qs, u"--to"_qs, u"2026-10-26"_qs });
        const CliRun merged = cli(args);
        QCOMPARE(merged.exitCode, 0);
        const QStringList lines = merged.out.split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.startsWith(u",,'=Two,BG2,"), qPrintable(line)); // channel columns empty

        const CliRun byChannel = cli(args + QStringList { u"--by-channel"_qs });
        QCOMPARE(byChannel.exitCode, 0);
        for (const QString &line : byChannel.out.split(u"\r\n"_qs, Qt::SkipEmptyParts).mid(1))
            QVERIFY2(line.startsWith(u"Second euro,C4,'=Two,BG2,"), qPrintable(line));

        // -o writes the same bytes atomically.
        const QString path = m_dir.filePath(u"report.csv"_qs);
        const CliRun toFile = cli(args + QStringList { u"-o"_qs, path });
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), merged.out);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList range { u"--from"_qs, u"2026-03-01"_qs, u"--to"_qs, u"2026-03-31"_qs };
        QTest::newRow("unknown channel") << (QStringList { u"--channel"_qs, u"NOPE"_qs } + range)
                                         << u"unknown channel \"NOPE\""_qs;
        QTest::newRow("unknown group") << (QStringList { u"--billing-group"_qs, u"C1"_qs } + range)
                                       << u"unknown billing group \"C1\""_qs;
        QTest::newRow("both")
            << (QStringList { u"--channel"_qs, u"C1"_qs, u"--billing-group"_qs, u"BG1"_qs } + range)
            << u"exactly one of"_qs;
        QTest::newRow("neither") << range << u"exactly one of"_qs;
        QTest::newRow("no from") << QStringList { u"--channel"_qs, u"C1"_qs, u"--to"_qs,
                                                  u"2026-03-31"_qs }
                                 << u"--from YYYY-MM-DD is required"_qs;
        QTest::newRow("no to") << QStringList { u"--channel"_qs, u"C1"_qs, u"--from"_qs,
                                                u"2026-03-31"_qs }
                               << u"--to YYYY-MM-DD is required"_qs;
        QTest::newRow("bad month") << QStringList { u"--channel"_qs,  u"C1"_qs,   u"--from"_qs,
                                                    u"2026-13-01"_qs, u"--to"_qs, u"2026-12-31"_qs }
                                   << u"\"2026-13-01\" is not a date"_qs;
        QTest::newRow("short date") << QStringList { u"--channel"_qs, u"C1"_qs,   u"--from"_qs,
                                                     u"2026-3-1"_qs,  u"--to"_qs, u"2026-12-31"_qs }
                                    << u"\"2026-3-1\" is not a date"_qs;
        QTest::newRow("us date") << QStringList { u"--channel"_qs,  u"C1"_qs,   u"--from"_qs,
                                                  u"2026-03-01"_qs, u"--to"_qs, u"03/31/2026"_qs }
                                 << u"\"03/31/2026\" is not a date"_qs;
        QTest::newRow("from after to")
            << QStringList { u"--channel"_qs,  u"C1"_qs,   u"--from"_qs,
                             u"2026-04-01"_qs, u"--to"_qs, u"2026-03-31"_qs }
            << u"--from 2026-04-01 is after --to 2026-03-31"_qs;
        QTest::newRow("unknown zone")
            << (QStringList { u"--channel"_qs, u"C1"_qs, u"--tz"_qs, u"Mars/Olympus"_qs } + range)
            << u"unknown time zone \"Mars/Olympus\""_qs;
        QTest::newRow("utc lowercase")
            << (QStringList { u"--channel"_qs, u"C1"_qs, u"--tz"_qs, u"utc"_qs } + range)
            << u"unknown time zone \"utc\""_qs;
        QTest::newRow("extra argument")
            << (QStringList { u"--channel"_qs, u"C1"_qs, u"extra"_qs } + range)
            << u"unexpected argument"_qs;
        QTest::newRow("unknown option")
            << (QStringList { u"--channel"_qs, u"C1"_qs, u"--color"_qs } + range) << u"color"_qs;
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = cli(withDb(arguments));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"channelscope-cli report: "), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void missingDatabase()
    {
        const CliRun run = cli({ u"--channel"_qs, u"C1"_qs, u"--from"_qs, u"2026-03-01"_qs,
                                 u"--to"_qs, u"2026-03-31"_qs });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--db"));
    }

    void textCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"Compute"_qs << u"Compute"_qs;
        QTest::newRow("equals") << u"=HYPERLINK(1)"_qs << u"'=HYPERLINK(1)"_qs;
        QTest::newRow("plus") << u"+1"_qs << u"'+1"_qs;
        QTest::newRow("minus") << u"-1"_qs << u"'-1"_qs;
        QTest::newRow("at") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("tab") << u"\tx"_qs << u"'\tx"_qs;
        QTest::newRow("cr") << u"\rx"_qs << u"\"'\rx\""_qs;
        QTest::newRow("comma formula") << u"=1,2"_qs << u"\"'=1,2\""_qs;
        QTest::newRow("quote") << u"a \"b\""_qs << u"\"a \"\"b\"\"\""_qs;
        QTest::newRow("newline") << u"a\nb"_qs << u"\"a\nb\""_qs;
        QTest::newRow("inner equals") << u"a=b"_qs << u"a=b"_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void textCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(ReportCsv::textCell(text), cell);
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
