// Effective-dated membership on SQLite and PostgreSQL: a channel that moves to another billing
// group and an account that moves to another channel keep their past usage where it was. The
// reports of a closed month are byte-identical before and after a move, the month of the move
// splits at the change day, rollups and raw records agree, and the membership files fail with
// file, line and column.

#include "config/configuration.h"
#include "db/connection.h"
#include "import/importer.h"
#include "report/reportcsv.h"
#include "report/reportengine.h"
#include "report/usagerollup.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cs;
using cs::test::CliRun;

namespace {

const QTimeZone s_berlin("Europe/Berlin");

template<typename T> QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.errorString();
}

QString utc(QDate date, int hour)
{
    return QDateTime(date, QTime(hour, 0), s_berlin).toUTC().toString(Qt::ISODate);
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(text.toUtf8()) == text.toUtf8().size();
}

// GLOBALNET: channels GN-JP (accounts A1 and A2) and GN-US (A4); SAKURA: SK-JP (A3). Every
// Berlin day of January and February 2026, account An uses n hours of VM; A2 also has one record
// of 96 GB that spans 2026-02-08 12:00 to 2026-02-12 12:00 (24 per full day). VM costs 2 EUR,
// 5 EUR in GN-US; STORAGE 1 EUR.
bool writeBase(const QString &dir)
{
    QString usage = u"id,account,product,start,end,quantity\n"_qs;
    int id = 0;
    for (QDate day(2026, 1, 1); day <= QDate(2026, 2, 28); day = day.addDays(1)) {
        for (int account = 1; account <= 4; ++account)
            usage += u"U%1,A%2,VM,%3,%4,%2\n"_qs.arg(++id).arg(account).arg(utc(day, 0),
                                                                            utc(day.addDays(1), 0));
    }
    usage += u"S1,A2,STORAGE,%1,%2,96\n"_qs.arg(utc(QDate(2026, 2, 8), 12),
                                                utc(QDate(2026, 2, 12), 12));
    return writeFile(dir + u"/billing_groups.csv"_qs,
                     u"code,name\nGLOBALNET,GlobalNet\nSAKURA,Sakura\n"_qs)
        && writeFile(dir + u"/channels.csv"_qs,
                     u"code,name,billing_group,currency\nGN-JP,GlobalNet Japan,GLOBALNET,EUR\n"
                     "GN-US,GlobalNet US,GLOBALNET,EUR\nSK-JP,Sakura Japan,SAKURA,EUR\n"_qs)
        && writeFile(dir + u"/accounts.csv"_qs,
                     u"code,name,channel\nA1,One,GN-JP\nA2,Two,GN-JP\nA3,Three,SK-JP\n"
                     "A4,Four,GN-US\n"_qs)
        && writeFile(dir + u"/products.csv"_qs,
                     u"code,name,category,uom\nVM,VM,Compute,Hours\nSTORAGE,Storage,Storage,"
                     "GB\n"_qs)
        && writeFile(dir + u"/rates.csv"_qs,
                     u"product,currency,rate,effective_from,channel\nVM,EUR,2,2020-01-01,\n"
                     "VM,EUR,5,2020-01-01,GN-US\nSTORAGE,EUR,1,2020-01-01,\n"_qs)
        && writeFile(dir + u"/usage.csv"_qs, usage);
}

QString dbArgument()
{
    const DatabaseUrl url = test::lastDatabaseUrl();
    return url.kind == DatabaseKind::Sqlite ? url.path : url.toDisplayString();
}

// The CSV the CLI prints for a report: one scope and range, by channel for a billing group.
QString cliReport(const QString &scope, const QString &code, const QString &from, const QString &to)
{
    QStringList arguments {
        u"report"_qs, u"--db"_qs, dbArgument(), u"--"_qs + scope, code, u"--from"_qs, from,
        u"--to"_qs,   to
    };
    if (scope == u"billing-group")
        arguments << u"--by-channel"_qs;
    const CliRun run = test::runCliInProcess(arguments);
    return run.exitCode == 0 ? run.out : u"exit %1: %2"_qs.arg(run.exitCode).arg(run.err);
}

// Every report of a month that an analyst would have saved.
QStringList monthReports(const QString &from, const QString &to)
{
    QStringList reports;
    for (const QString &group : { u"GLOBALNET"_qs, u"SAKURA"_qs })
        reports << cliReport(u"billing-group"_qs, group, from, to);
    for (const QString &channel : { u"GN-JP"_qs, u"GN-US"_qs, u"SK-JP"_qs })
        reports << cliReport(u"channel"_qs, channel, from, to);
    return reports;
}

ReportRequest request(ReportScope scope, const QString &code, QDate from, QDate to)
{
    ReportRequest r;
    r.scope = scope;
    r.code = code;
    r.from = from;
    r.to = to;
    return r;
}

// "CHANNEL PRODUCT usage spend accounts" per channel line.
QStringList lines(Connection &db, const ReportRequest &r,
                  ReportEngine::Source source = ReportEngine::Source::Automatic)
{
    ReportEngine engine(db);
    engine.setSource(source);
    const auto result = engine.run(r);
    if (!result)
        return { result.errorString() };
    QStringList out;
    for (const ReportLine &line : result->channelLines)
        out << u"%1 %2 %3 %4 %5"_qs
                   .arg(line.channelCode, line.productCode, line.usage.toString(),
                        line.spend ? line.spend->toString() : u"-"_qs)
                   .arg(line.accounts);
    out << u"accounts %1"_qs.arg(result->accounts);
    return out;
}

QStringList rollupRows(Connection &db)
{
    QStringList rows;
    for (const QString &table : { u"usage_daily"_qs, u"usage_spanning"_qs, u"usage_activity"_qs }) {
        auto q = db.exec(u"SELECT * FROM "_qs + table);
        while (q && q->next()) {
            QStringList fields { table };
            for (int i = 0; i < q->record().count(); ++i)
                fields << q->value(i).toString();
            rows << fields.join(u'|');
        }
    }
    rows.sort();
    return rows;
}

} // namespace

class TestMembership : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_db;
    QTemporaryDir m_dir;

    bool importBase()
    {
        if (!Configuration::setValue(*m_db, Configuration::BusinessTimeZone, u"Europe/Berlin"_qs))
            return false;
        const QString base = m_dir.filePath(u"base"_qs);
        if (!QDir().mkpath(base) || !writeBase(base))
            return false;
        const CliRun run = test::runCliInProcess(
            { u"import"_qs, u"--db"_qs, dbArgument(), u"--quiet"_qs, base });
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.exitCode == 0;
    }

    QString folder(const QString &name, const QMap<QString, QString> &files)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writeFile(dir + u'/' + it.key(), it.value());
        return dir;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::freshDatabase();
        QVERIFY(m_db);
        QVERIFY(importBase());
    }

    // Re-importing channels.csv and accounts.csv with other parents moves them from today on:
    // January and February, invoiced before, report exactly as before.
    void closedPeriodUnchanged_data() { test::addDatabaseRows(); }
    void closedPeriodUnchanged()
    {
        const QStringList january = monthReports(u"2026-01-01"_qs, u"2026-01-31"_qs);
        const QStringList february = monthReports(u"2026-02-01"_qs, u"2026-02-28"_qs);
        QVERIFY2(january.first().contains(u"GN-JP"), qPrintable(january.first()));
        const QString moved = folder(
            u"moved"_qs,
            { { u"channels.csv"_qs,
                u"code,name,billing_group,currency\nGN-JP,GlobalNet Japan,SAKURA,EUR\n"_qs },
              { u"accounts.csv"_qs, u"code,name,channel\nA2,Two,GN-US\n"_qs } });
        const CliRun run = test::runCliInProcess(
            { u"import"_qs, u"--db"_qs, dbArgument(), u"--quiet"_qs, moved });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"membership changed: GN-JP: billing group GLOBALNET -> SAKURA "
                                  "from 20"_qs),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"membership changed: A2: channel GN-JP -> GN-US from 20"_qs),
                 qPrintable(run.out));
        QCOMPARE(monthReports(u"2026-01-01"_qs, u"2026-01-31"_qs), january);
        QCOMPARE(monthReports(u"2026-02-01"_qs, u"2026-02-28"_qs), february);
        // The tree shows the current membership.
        auto current = m_db->exec(u"SELECT g.code, a.channel_id = c2.id FROM channel c JOIN "
                                  "billing_group g ON g.id = c.billing_group_id, account a, "
                                  "channel c2 WHERE c.code = 'GN-JP' AND a.code = 'A2' AND "
                                  "c2.code = 'GN-US'"_qs);
        QVERIFY(current && current->next());
        QCOMPARE(current->value(0).toString(), u"SAKURA"_qs);
        QCOMPARE(current->value(1).toInt(), 1);
    }

    // A channel moved to SAKURA from 2026-02-15 and an account moved to GN-US from 2026-02-10:
    // January is unchanged, February splits at the change days exactly.
    void midMonthMove_data() { test::addDatabaseRows(); }
    void midMonthMove()
    {
        const QStringList january = monthReports(u"2026-01-01"_qs, u"2026-01-31"_qs);
        const QDate feb1(2026, 2, 1);
        const QDate feb28(2026, 2, 28);
        QCOMPARE(
            lines(*m_db, request(ReportScope::BillingGroup, u"GLOBALNET"_qs, feb1, feb28)),
            (QStringList { u"GN-JP STORAGE 96.000000 96.00 1"_qs, u"GN-JP VM 84.000000 168.00 2"_qs,
                           u"GN-US VM 112.000000 560.00 1"_qs, u"accounts 3"_qs }));

        Importer importer(*m_db);
        const QString dir
            = folder(u"memberships"_qs,
                     { { u"channel_memberships.csv"_qs,
                         u"channel,billing_group,effective_from\nGN-JP,SAKURA,2026-02-15\n"_qs },
                       { u"account_memberships.csv"_qs,
                         u"account,channel,effective_from\nA2,GN-US,2026-02-10\n"_qs } });
        const auto summary = importer.importDirectory(dir);
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->membershipChanges,
                 (QStringList { u"GN-JP: billing group GLOBALNET -> SAKURA from 2026-02-15"_qs,
                                u"A2: channel GN-JP -> GN-US from 2026-02-10"_qs }));

        QCOMPARE(monthReports(u"2026-01-01"_qs, u"2026-01-31"_qs), january);
        // A2: 9 days of 2 and 36 of STORAGE in GN-JP, 19 days of 2 and 60 in GN-US (its rate).
        const QStringList globalnet { u"GN-JP STORAGE 36.000000 36.00 1"_qs,
                                      u"GN-JP VM 32.000000 64.00 2"_qs,
                                      u"GN-US STORAGE 60.000000 60.00 1"_qs,
                                      u"GN-US VM 150.000000 750.00 2"_qs, u"accounts 4"_qs };
        const QStringList sakura { u"GN-JP VM 14.000000 28.00 1"_qs,
                                   u"SK-JP VM 84.000000 168.00 1"_qs, u"accounts 2"_qs };
        const QStringList channel { u"GN-JP STORAGE 36.000000 36.00 1"_qs,
                                    u"GN-JP VM 46.000000 92.00 2"_qs, u"accounts 2"_qs };
        for (const auto source : { ReportEngine::Source::Rollups, ReportEngine::Source::Raw }) {
            QCOMPARE(lines(*m_db, request(ReportScope::BillingGroup, u"GLOBALNET"_qs, feb1, feb28),
                           source),
                     globalnet);
            QCOMPARE(
                lines(*m_db, request(ReportScope::BillingGroup, u"SAKURA"_qs, feb1, feb28), source),
                sakura);
            QCOMPARE(lines(*m_db, request(ReportScope::Channel, u"GN-JP"_qs, feb1, feb28), source),
                     channel);
            // SAKURA has GN-JP only from the change day on.
            QCOMPARE(
                lines(*m_db,
                      request(ReportScope::BillingGroup, u"SAKURA"_qs, feb1, QDate(2026, 2, 14)),
                      source),
                (QStringList { u"SK-JP VM 42.000000 84.00 1"_qs, u"accounts 1"_qs }));
        }
        // The moved account's rollups were updated in place: the same as a full rebuild.
        const QStringList incremental = rollupRows(*m_db);
        Transaction transaction(*m_db);
        QVERIFY(transaction.begin());
        QVERIFY(UsageRollup::rebuild(*m_db));
        QVERIFY(transaction.commit());
        QCOMPARE(rollupRows(*m_db), incremental);
    }

    // channels.csv's current column for a change means from today in the business zone.
    void fromToday_data() { test::addDatabaseRows(); }
    void fromToday()
    {
        Importer importer(*m_db);
        importer.setNow(QDateTime(QDate(2026, 2, 15), QTime(0, 30), s_berlin).toMSecsSinceEpoch());
        const auto summary = importer.importDirectory(
            folder(u"today"_qs,
                   { { u"channels.csv"_qs,
                       u"code,name,billing_group,currency\nGN-JP,GlobalNet "
                       "Japan,SAKURA,EUR\nGN-US,GlobalNet US,GLOBALNET,EUR\n"_qs } }));
        QVERIFY2(summary, qPrintable(errorOf(summary)));
        QCOMPARE(summary->membershipChanges,
                 QStringList { u"GN-JP: billing group GLOBALNET -> SAKURA from 2026-02-15"_qs });
        QCOMPARE(lines(*m_db,
                       request(ReportScope::BillingGroup, u"SAKURA"_qs, QDate(2026, 2, 1),
                               QDate(2026, 2, 28))),
                 (QStringList { u"GN-JP VM 42.000000 84.00 2"_qs, u"SK-JP VM 84.000000 168.00 1"_qs,
                                u"accounts 3"_qs }));
    }

    void importErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("error");
        const QList<std::tuple<const char *, QString, QString, QString>> rows {
            { "unknown channel", u"channel_memberships.csv"_qs,
              u"channel,billing_group,effective_from\nGN-JP,SAKURA,2026-02-15\nNOPE,SAKURA,"
              "2026-02-15\n"_qs,
              u"channel_memberships.csv line 3, column channel: unknown channel \"NOPE\""_qs },
            { "unknown account channel", u"account_memberships.csv"_qs,
              u"account,channel,effective_from\nA1,NOPE,2026-02-15\n"_qs,
              u"account_memberships.csv line 2, column channel: unknown channel \"NOPE\""_qs },
            { "bad date", u"account_memberships.csv"_qs,
              u"account,channel,effective_from\nA1,GN-US,15.02.2026\n"_qs,
              u"account_memberships.csv line 2, column effective_from: malformed date "
              "(YYYY-MM-DD) \"15.02.2026\""_qs },
            { "duplicate effective_from", u"account_memberships.csv"_qs,
              u"account,channel,effective_from\nA1,GN-US,2026-02-15\nA1,SK-JP,2026-02-15\n"_qs,
              u"account_memberships.csv line 3, column effective_from: duplicate effective_from "
              "for this account \"2026-02-15\""_qs },
        };
        for (const auto &[name, file, content, error] : rows) {
            for (const QString &kind : { u"sqlite"_qs, u"postgresql"_qs }) {
                QTest::addRow("%s %s", qPrintable(kind), name) << file << content << error;
            }
        }
    }
    void importErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, error);
        const QStringList before = rollupRows(*m_db);
        Importer importer(*m_db);
        const auto summary = importer.importDirectory(
            folder(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'),
                   { { file, content } }));
        QVERIFY(!summary);
        QCOMPARE(summary.errorString(), error);
        auto rows = m_db->exec(u"SELECT COUNT(*) FROM account_membership"_qs);
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 4);
        QCOMPARE(rollupRows(*m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestMembership)
#include "tst_membership.moc"
