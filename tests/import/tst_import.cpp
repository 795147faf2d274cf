// The dataset import on SQLite and PostgreSQL: exact values, idempotent re-import, every kind of
// bad input (each leaving the database exactly as it was), the CSV details and the CLI.

#include "db/connection.h"
#include "import/importer.h"
#include "numeric/quantity.h"
#include "report/usagerollup.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cs;
using cs::test::CliRun;

namespace {

const QStringList s_tables = { QStringLiteral("billing_group"),
                               QStringLiteral("channel"),
                               QStringLiteral("account"),
                               QStringLiteral("product"),
                               QStringLiteral("rate"),
                               QStringLiteral("usage_record"),
                               QStringLiteral("account_statement"),
                               QStringLiteral("invoice"),
                               QStringLiteral("invoice_item"),
                               QStringLiteral("payment"),
                               QStringLiteral("payment_failure"),
                               QStringLiteral("usage_daily"),
                               QStringLiteral("usage_spanning"),
                               QStringLiteral("usage_activity") };

QString dataDir(const QString &name)
{
    return QStringLiteral(CHANNELSCOPE_IMPORT_TEST_DATA "/") + name;
}

qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Every row of the given tables as text, sorted: equal snapshots mean equal contents.
QStringList snapshot(Connection &db, const QStringList &tables = s_tables)
{
    QStringList rows;
    for (const QString &table : tables) {
        const QString where
            = table == u"usage_daily" ? QStringLiteral(" WHERE records <> 0") : QString();
        auto query = db.exec(QStringLiteral("SELECT * FROM ") + table + where);
        if (!query) {
            rows.append(QStringLiteral("error: ") + query.errorString());
            continue;
        }
        while (query->next()) {
            QStringList fields { table };
            for (int i = 0; i < query->record().count(); ++i)
                fields.append(query->value(i).isNull() ? QStringLiteral("NULL")
                                                       : query->value(i).toString());
            rows.append(fields.join(u'|'));
        }
    }
    rows.sort();
    return rows;
}

qint64 count(Connection &db, const QString &table)
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QVariantList row(Connection &db, const QString &sql, const QVariantList &bindings = {})
{
    QVariantList values;
    auto query = db.exec(sql, bindings);
    if (!query) {
        values.append(query.errorString());
        return values;
    }
    if (!query->next())
        return values;
    for (int i = 0; i < query->record().count(); ++i)
        values.append(query->value(i));
    return values;
}

bool copyFolder(const QString &from, const QString &to, const QStringList &skip = {})
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (skip.contains(name))
            continue;
        QFile::remove(to + u'/' + name);
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

// The incremental rollups equal a rebuild from the raw records.
void verifyRollups(Connection &db)
{
    const QStringList tables = { QStringLiteral("usage_daily"), QStringLiteral("usage_spanning"),
                                 QStringLiteral("usage_activity") };
    const QStringList incremental = snapshot(db, tables);
    Transaction transaction(db);
    QVERIFY(transaction.begin().ok());
    const Status rebuilt = UsageRollup::rebuild(db);
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.errorString()));
    QCOMPARE(snapshot(db, tables), incremental);
}

CliRun cli(const QStringList &arguments)
{
    return test::runCliInProcess(QStringList { QStringLiteral("import") } + arguments);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_folders = 0;

    QString newFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("folder-%1").arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }

    static Result<ImportSummary> import(Connection &db, const QString &folder)
    {
        Importer importer(db);
        return importer.importDirectory(folder);
    }

private Q_SLOTS:
    void happyPath_data() { test::addDatabaseRows(); }
    void happyPath()
    {
        CS_FRESH_DATABASE(db);
        const auto summary = import(*db, dataDir(QStringLiteral("base")));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.errorString()));
        QCOMPARE(summary->rowsPerFile.value(QStringLiteral("usage.csv")), 6);
        QCOMPARE(summary->rowsPerFile.value(QStringLiteral("rates.csv")), 8);
        QCOMPARE(summary->rowsPerFile.size(), 11);
        QCOMPARE(summary->totalRows(), 2 + 4 + 4 + 3 + 8 + 6 + 3 + 2 + 3 + 3 + 1);

        QCOMPARE(count(*db, QStringLiteral("usage_record")), 6);
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT c.name, c.currency, g.code FROM channel c JOIN "
                                    "billing_group g ON g.id = c.billing_group_id WHERE "
                                    "c.code = 'RES-JP'")),
                 (QVariantList { QStringLiteral("Reseller 日本"), QStringLiteral("JPY"),
                                 QStringLiteral("DIST-JP") }));
        QVERIFY(row(*db,
                    QStringLiteral("SELECT billing_group_id FROM channel WHERE code = "
                                   "'RES-BH'"))
                    .value(0)
                    .isNull());
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT a.name, c.code FROM account a JOIN channel c ON "
                                    "c.id = a.channel_id WHERE a.code = 'ACC-2'")),
                 (QVariantList { QStringLiteral("Müller GmbH"), QStringLiteral("RES-DE") }));

        // Usage: instants in UTC milliseconds, quantities as whole + millionths.
        const QString usage = QStringLiteral(
            "SELECT a.code, p.code, u.start_at, u.end_at, u.quantity_whole, u.quantity_micros FROM "
            "usage_record u JOIN account a ON a.id = u.account_id JOIN product p ON p.id = "
            "u.product_id WHERE u.external_id = ?");
        QCOMPARE(row(*db, usage, { QStringLiteral("U-2") }),
                 (QVariantList { QStringLiteral("ACC-1"), QStringLiteral("NETWORK_BYTES_SENT"),
                                 utcMs(2026, 2, 1), utcMs(2026, 2, 4), 12345678901234LL, 0 }));
        QCOMPARE(row(*db, usage, { QStringLiteral("U-3") }),
                 (QVariantList { QStringLiteral("ACC-2"), QStringLiteral("RUNNING_VM"),
                                 utcMs(2026, 1, 31, 23), utcMs(2026, 2, 1, 23), 23, 500000 }));
        QCOMPARE(row(*db, usage, { QStringLiteral("U-4") }),
                 (QVariantList { QStringLiteral("ACC-3"), QStringLiteral("RUNNING_VM"),
                                 utcMs(2026, 2, 1, 0, 0, 0, 250), utcMs(2026, 2, 1, 12, 0, 0, 500),
                                 12, 1 }));
        QCOMPARE(row(*db, usage, { QStringLiteral("U-6") }).mid(4), (QVariantList { 0, 33333 }));

        // Rates: canonical decimal text, channel override, no duplicates.
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT r.rate, r.effective_from, c.code FROM rate r JOIN "
                                    "channel c ON c.id = r.channel_id")),
                 (QVariantList { QStringLiteral("6.5"), QStringLiteral("2026-01-01"),
                                 QStringLiteral("RES-JP") }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT r.rate FROM rate r JOIN product p ON p.id = "
                                    "r.product_id WHERE p.code = 'NETWORK_BYTES_SENT'")),
                 (QVariantList { QStringLiteral("0.00000000009") }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT rate FROM rate WHERE currency = 'USD' AND "
                                    "effective_from = '2026-01-01' AND product_id = (SELECT "
                                    "id FROM product WHERE code = 'RUNNING_VM')")),
                 (QVariantList { QStringLiteral("0.05") }));

        // Money in minor units of each currency.
        const QString statement = QStringLiteral(
            "SELECT period_start, period_end, posted_at, balance_forward, payments, credits, "
            "new_charges, net_balance, currency FROM account_statement WHERE external_id = ?");
        QCOMPARE(row(*db, statement, { QStringLiteral("S-1") }),
                 (QVariantList { QStringLiteral("2026-01-01"), QStringLiteral("2026-01-31"),
                                 utcMs(2026, 2, 1, 2), 10000, 5000, 1000, 20055, 24055,
                                 QStringLiteral("USD") }));
        QCOMPARE(row(*db, statement, { QStringLiteral("S-2") }).mid(2),
                 (QVariantList { utcMs(2026, 1, 31, 17), 1000, 500, 0, 2500, 3000,
                                 QStringLiteral("JPY") }));
        QCOMPARE(row(*db, statement, { QStringLiteral("S-3") }).mid(3),
                 (QVariantList { 1000, 500, 125, 2375, 2750, QStringLiteral("BHD") }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT number, service_start, service_end, subtotal, "
                                    "discount, tax, total FROM invoice WHERE external_id = "
                                    "'I-1'")),
                 (QVariantList { QStringLiteral("INV-2026-0001"), QStringLiteral("2026-01-01"),
                                 QStringLiteral("2026-01-31"), 19000, 945, 2000, 20055 }));
        QCOMPARE(
            row(*db,
                QStringLiteral("SELECT i.external_id, t.description, t.amount, "
                               "t.unit_price, t.chargeable_usage FROM invoice_item t "
                               "JOIN invoice i ON i.id = t.invoice_id WHERE "
                               "t.external_id = 'II-1'")),
            (QVariantList { QStringLiteral("I-1"),
                            QStringLiteral("Running VM (RUNNING_VM), 2026-01-01 to 2026-01-31"),
                            15000, QStringLiteral("0.05"), QStringLiteral("3000") }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT amount, chargeable_usage FROM invoice_item WHERE "
                                    "external_id = 'II-3'")),
                 (QVariantList { 2400, QStringLiteral("369.230769") }));
        QCOMPARE(
            row(*db,
                QStringLiteral("SELECT type, created_at, amount, currency, reference, "
                               "memo FROM payment WHERE external_id = 'P-2'")),
            (QVariantList { QStringLiteral("CREDIT"), utcMs(2026, 1, 20, 10), 1000,
                            QStringLiteral("USD"), QString(), QStringLiteral("goodwill credit") }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT amount, currency FROM payment WHERE external_id "
                                    "= 'P-3'")),
                 (QVariantList { 500, QStringLiteral("BHD") }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT created_at, amount, currency, status_code, memo "
                                    "FROM payment_failure")),
                 (QVariantList { utcMs(2026, 1, 16, 8), 1234, QStringLiteral("EUR"),
                                 QStringLiteral("card_declined"),
                                 QStringLiteral("Insufficient funds") }));

        // The rollups got every record: one-day records per day, U-2 (3 days) and U-3 (a day
        // that crosses midnight UTC) spanning.
        QCOMPARE(count(*db, QStringLiteral("usage_spanning")), 2);
        verifyRollups(*db);
    }

    void reimport_data() { test::addDatabaseRows(); }
    void reimport()
    {
        CS_FRESH_DATABASE(db);
        const QString base = dataDir(QStringLiteral("base"));
        QVERIFY(import(*db, base).ok());
        const QStringList first = snapshot(*db);
        const auto again = import(*db, base);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.errorString()));
        QCOMPARE(snapshot(*db), first);

        // Changed rows are updated in place; an account moves to another channel.
        const QString changed = newFolder();
        QVERIFY(copyFolder(base, changed));
        QVERIFY(writeFile(changed + QStringLiteral("/usage.csv"),
                          "id,account,product,start,end,quantity\n"
                          "U-1,ACC-1,RUNNING_VM,2026-02-01T00:00:00Z,2026-02-02T00:00:00Z,30.25\n"
                          "U-3,ACC-2,RUNNING_VM,2026-02-05T00:00:00Z,2026-02-07T00:00:00Z,48\n"
                          "U-7,ACC-2,VOLUME,2026-02-05T00:00:00Z,2026-02-06T00:00:00Z,1\n"));
        QVERIFY(writeFile(changed + QStringLiteral("/accounts.csv"),
                          "code,name,channel\nACC-2,Müller AG,RES-US\n"));
        QVERIFY(writeFile(changed + QStringLiteral("/payments.csv"),
                          "id,account,type,created_at,amount,currency,reference,memo\n"
                          "P-1,ACC-1,PAYMENT,2026-01-15T09:30:00Z,55.5,USD,TX-1,card\n"));
        QVERIFY(writeFile(changed + QStringLiteral("/rates.csv"),
                          "product,currency,rate,effective_from,channel\n"
                          "RUNNING_VM,JPY,6,2026-01-01,RES-JP\n"
                          "RUNNING_VM,USD,0.05,2026-01-01,\n"));
        const auto updated = import(*db, changed);
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.errorString()));
        QCOMPARE(count(*db, QStringLiteral("usage_record")), 7);
        QCOMPARE(count(*db, QStringLiteral("account")), 4);
        QCOMPARE(count(*db, QStringLiteral("rate")), 8);
        QCOMPARE(count(*db, QStringLiteral("payment")), 3);
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT quantity_whole, quantity_micros FROM "
                                    "usage_record WHERE external_id = 'U-1'")),
                 (QVariantList { 30, 250000 }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT start_at, quantity_whole FROM usage_record "
                                    "WHERE external_id = 'U-3'")),
                 (QVariantList { utcMs(2026, 2, 5), 48 }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT a.name, c.code FROM account a JOIN channel c ON "
                                    "c.id = a.channel_id WHERE a.code = 'ACC-2'")),
                 (QVariantList { QStringLiteral("Müller AG"), QStringLiteral("RES-US") }));
        QCOMPARE(row(*db, QStringLiteral("SELECT amount FROM payment WHERE external_id = 'P-1'")),
                 (QVariantList { 5550 }));
        QCOMPARE(row(*db, QStringLiteral("SELECT rate FROM rate WHERE channel_id IS NOT NULL")),
                 (QVariantList { QStringLiteral("6") }));
        verifyRollups(*db);

        // And importing the changed folder again changes nothing.
        const QStringList second = snapshot(*db);
        QVERIFY(import(*db, changed).ok());
        QCOMPARE(snapshot(*db), second);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("freshUsage"); // the base has no usage records yet

        const QByteArray usageHeader = "id,account,product,start,end,quantity\n";
        const QByteArray good
            = "N-1,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,1\n";
        struct Case
        {
            const char *name;
            const char *file;
            QByteArray content;
            const char *expected;
            bool freshUsage = false;
        };
        const QList<Case> cases = {
            { "missing header column", "usage.csv",
              "id,account,product,start,end\nN-1,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,"
              "2026-03-02T00:00:00Z\n",
              "usage.csv line 1: missing column \"quantity\"" },
            { "unknown account", "usage.csv",
              usageHeader + good
                  + "N-2,ACC-404,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,1\n",
              "usage.csv line 3, column account: unknown account \"ACC-404\"" },
            { "unknown product", "usage.csv",
              usageHeader + "N-2,ACC-1,NOPE,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,1\n",
              "usage.csv line 2, column product: unknown product \"NOPE\"" },
            { "unknown channel", "accounts.csv", "code,name,channel\nACC-9,Nine,RES-XX\n",
              "accounts.csv line 2, column channel: unknown channel \"RES-XX\"" },
            { "unknown invoice", "invoice_items.csv",
              "id,invoice,description,amount,unit_price,chargeable_usage\nII-9,I-404,x,1,1,1\n",
              "invoice_items.csv line 2, column invoice: unknown invoice \"I-404\"" },
            { "end equals start", "usage.csv",
              usageHeader + "N-2,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-01T00:00:00Z,1\n",
              "usage.csv line 2, column end: end is not after start" },
            { "end before start", "usage.csv",
              usageHeader + good
                  + "N-2,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-01T00:00:00+01:00,1\n",
              "usage.csv line 3, column end: end is not after start" },
            { "period end before start", "statements.csv",
              "id,account,period_start,period_end,posted_at,balance_forward,payments,credits,"
              "new_charges,net_balance,currency\nS-9,ACC-1,2026-02-01,2026-01-31,"
              "2026-02-01T00:00:00Z,0,0,0,0,0,USD\n",
              "statements.csv line 2, column period_end: period_end before period_start" },
            { "negative quantity", "usage.csv",
              usageHeader + good + QByteArray(good).replace("N-1", "N-2")
                  + "N-3,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,-1\n",
              "usage.csv line 4, column quantity: negative quantity \"-1\"" },
            { "malformed decimal", "usage.csv",
              usageHeader
                  + "N-2,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,1.2.3\n",
              "usage.csv line 2, column quantity: malformed decimal \"1.2.3\"" },
            { "decimal with comma", "usage.csv",
              usageHeader
                  + "N-2,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,\"1,5\"\n",
              "usage.csv line 2, column quantity: malformed decimal \"1,5\"" },
            { "seven decimals", "usage.csv",
              usageHeader
                  + "N-2,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,0.0000001\n",
              "usage.csv line 2, column quantity: more than 6 decimals" },
            { "quantity above 10^15", "usage.csv",
              usageHeader
                  + "N-2,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,"
                    "1000000000000000.000001\n",
              "usage.csv line 2, column quantity: quantity above 10^15" },
            { "malformed rate", "rates.csv",
              "product,currency,rate,effective_from,channel\nVOLUME,USD,abc,2026-01-01,\n",
              "rates.csv line 2, column rate: malformed decimal \"abc\"" },
            { "too many decimals for JPY", "payments.csv",
              "id,account,type,created_at,amount,currency,reference,memo\n"
              "P-9,ACC-3,PAYMENT,2026-01-15T09:30:00Z,10.5,JPY,,\n",
              "payments.csv line 2, column amount: more decimals than the currency has (0)" },
            { "malformed timestamp", "usage.csv",
              usageHeader + "N-2,ACC-1,RUNNING_VM,2026-03-01 00:00:00,2026-03-02T00:00:00Z,1\n",
              "usage.csv line 2, column start: malformed timestamp \"2026-03-01 00:00:00\"" },
            { "timestamp without zone", "payments.csv",
              "id,account,type,created_at,amount,currency,reference,memo\n"
              "P-9,ACC-1,PAYMENT,2026-01-15T09:30:00,1,USD,,\n",
              "payments.csv line 2, column created_at: malformed timestamp" },
            { "impossible date", "usage.csv",
              usageHeader + "N-2,ACC-1,RUNNING_VM,2026-02-29T00:00:00Z,2026-03-02T00:00:00Z,1\n",
              "usage.csv line 2, column start: malformed timestamp" },
            { "malformed date", "invoices.csv",
              "id,account,number,posted_at,service_start,service_end,subtotal,discount,tax,total,"
              "currency\nI-9,ACC-1,N,2026-02-01T03:00:00Z,2026-1-01,2026-01-31,1,0,0,1,USD\n",
              "invoices.csv line 2, column service_start: malformed date" },
            { "unknown currency", "channels.csv",
              "code,name,billing_group,currency\nRES-XX,X,,XYZ\n",
              "channels.csv line 2, column currency: unknown currency code \"XYZ\"" },
            { "unknown rate currency", "rates.csv",
              "product,currency,rate,effective_from,channel\nVOLUME,usd,1,2026-01-01,\n",
              "rates.csv line 2, column currency: unknown currency code \"usd\"" },
            { "override in another currency", "rates.csv",
              "product,currency,rate,effective_from,channel\nVOLUME,USD,1,2026-01-01,RES-JP\n",
              "rates.csv line 2, column currency: the rate is in USD but channel \"RES-JP\" "
              "bills in JPY" },
            { "duplicate usage id", "usage.csv", usageHeader + good + good,
              "usage.csv line 3, column id: duplicate id in the file \"N-1\"" },
            { "duplicate existing usage id", "usage.csv",
              usageHeader + QByteArray(good).replace("N-1", "U-1")
                  + QByteArray(good).replace("N-1", "U-1"),
              "usage.csv line 3, column id: duplicate id in the file \"U-1\"" },
            { "duplicate usage id, fresh table", "usage.csv", usageHeader + good + good,
              "usage.csv line 3, column id: duplicate id in the file \"N-1\"", true },
            { "duplicate payment id", "payments.csv",
              "id,account,type,created_at,amount,currency,reference,memo\n"
              "P-1,ACC-1,PAYMENT,2026-01-15T09:30:00Z,1,USD,,\n"
              "P-1,ACC-1,PAYMENT,2026-01-15T09:30:00Z,1,USD,,\n",
              "payments.csv line 3, column id: duplicate id in the file \"P-1\"" },
            { "duplicate code", "products.csv", "code,name,category,uom\nX1,X,C,U\nX1,Y,C,U\n",
              "products.csv line 3, column code: duplicate code in the file \"X1\"" },
            { "code with slash", "accounts.csv", "code,name,channel\na/b,Slash,RES-US\n",
              "accounts.csv line 2, column code: code may only contain" },
            { "code dot", "channels.csv", "code,name,billing_group,currency\n.,Dot,,USD\n",
              "channels.csv line 2, column code: code may not be \".\" or \"..\"" },
            { "code dot dot", "channels.csv", "code,name,billing_group,currency\n..,Dots,,USD\n",
              "channels.csv line 2, column code: code may not be \".\" or \"..\"" },
            { "code with space", "billing_groups.csv", "code,name\nA B,Space\n",
              "billing_groups.csv line 2, column code: code may only contain" },
            { "code too long", "products.csv",
              "code,name,category,uom\n" + QByteArray(65, 'P') + ",Long,C,U\n",
              "products.csv line 2, column code: code longer than 64 characters" },
            { "empty code", "accounts.csv", "code,name,channel\n,Empty,RES-US\n",
              "accounts.csv line 2, column code: empty code" },
            { "not UTF-8", "accounts.csv", "code,name,channel\nACC-9,Bad \xff\xfe name,RES-US\n",
              "accounts.csv line 2, column name: not valid UTF-8" },
            { "truncated UTF-8", "accounts.csv",
              "code,name,channel\nACC-8,Fine,RES-US\nACC-9,M\xc3,RES-US\n",
              "accounts.csv line 3, column name: not valid UTF-8" },
            { "Latin-1 in a header", "payments.csv",
              "id,account,type,created_at,amount,"
              "currency,reference,m\xe9mo\n",
              "payments.csv line 1: not valid UTF-8" },
            { "empty file", "usage.csv", "", "usage.csv: the file is empty" },
            { "ragged row, too few", "usage.csv",
              usageHeader + good + "N-2,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,1\n",
              "usage.csv line 3: the row has 5 fields, the header has 6" },
            { "ragged row, too many", "usage.csv",
              usageHeader + QByteArray(good).replace("\n", ",x\n"),
              "usage.csv line 2: the row has 7 fields, the header has 6" },
            { "unclosed quote", "accounts.csv", "code,name,channel\nACC-9,\"Open,RES-US\n",
              "accounts.csv line 2: a quoted field is not closed" },
            { "line numbers count quoted line breaks", "usage.csv",
              "id,account,product,start,end,quantity,note\n"
              "N-1,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,1,\"two\nlines\"\n"
              "N-2,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,-2,\n",
              "usage.csv line 4, column quantity: negative quantity \"-2\"" },
            { "bad payment type", "payments.csv",
              "id,account,type,created_at,amount,currency,reference,memo\n"
              "P-9,ACC-1,REFUND,2026-01-15T09:30:00Z,1,USD,,\n",
              "payments.csv line 2, column type: type must be PAYMENT or CREDIT" },
            { "bad row after good files", "payment_failures.csv",
              "id,account,created_at,amount,currency,status_code,memo\n"
              "F-9,ACC-1,2026-01-16T08:00:00Z,1,EUR,x,y\nF-10,ACC-1,2026-01-16T08:00:00Z,1,EUR,x\n",
              "payment_failures.csv line 3: the row has 6 fields, the header has 7" },
        };
        for (const char *database : { "sqlite", "postgresql" }) {
            for (const Case &c : cases) {
                QTest::addRow("%s: %s", database, c.name)
                    << QString::fromLatin1(database) << QString::fromLatin1(c.file) << c.content
                    << QString::fromUtf8(c.expected) << c.freshUsage;
            }
        }
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QFETCH(bool, freshUsage);
        CS_FRESH_DATABASE(db);

        // A base dataset first, so that "unchanged" means something.
        const QString base = newFolder();
        QVERIFY(
            copyFolder(dataDir(QStringLiteral("base")), base,
                       freshUsage ? QStringList { QStringLiteral("usage.csv") } : QStringList {}));
        const auto imported = import(*db, base);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.errorString()));
        const QStringList before = snapshot(*db);

        // The bad file together with good files (which must not be written either).
        const QString bad = newFolder();
        QVERIFY(copyFolder(dataDir(QStringLiteral("base")), bad));
        QVERIFY(writeFile(bad + u'/' + file, content));
        const auto result = import(*db, bad);
        QVERIFY(!result.ok());
        const QString message = result.errorString();
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QCOMPARE(snapshot(*db), before);
    }

    void csvDetails_data() { test::addDatabaseRows(); }
    void csvDetails()
    {
        // BOM, CRLF, quoted commas, quotes and line breaks, columns in any order, unknown
        // columns, an empty line, no final line break; references into the database.
        CS_FRESH_DATABASE(db);
        QVERIFY(import(*db, dataDir(QStringLiteral("base"))).ok());
        const auto summary = import(*db, dataDir(QStringLiteral("format")));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.errorString()));
        QCOMPARE(summary->rowsPerFile.value(QStringLiteral("accounts.csv")), 2);
        QCOMPARE(summary->rowsPerFile.value(QStringLiteral("usage.csv")), 2);
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT a.name, c.code FROM account a JOIN channel c ON "
                                    "c.id = a.channel_id WHERE a.code = 'ACC-9'")),
                 (QVariantList { QStringLiteral("Beta, \"Inc.\"\r\nSecond line"),
                                 QStringLiteral("RES-US") }));
        QCOMPARE(row(*db,
                     QStringLiteral("SELECT a.code, u.start_at, u.quantity_whole, "
                                    "u.quantity_micros FROM usage_record u JOIN account a ON "
                                    "a.id = u.account_id WHERE u.external_id = 'UF-2'")),
                 (QVariantList { QStringLiteral("ACC-8"), utcMs(2026, 2, 1, 1), 7, 500000 }));
        verifyRollups(*db);
    }

    void headerOnlyFile_data() { test::addDatabaseRows(); }
    void headerOnlyFile()
    {
        CS_FRESH_DATABASE(db);
        const QString folder = newFolder();
        QVERIFY(writeFile(folder + QStringLiteral("/usage.csv"),
                          "\xef\xbb\xbfid,account,product,start,end,quantity\r\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/billing_groups.csv"), "code,name\nG,Group\n"));
        const auto summary = import(*db, folder);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.errorString()));
        QCOMPARE(summary->rowsPerFile.value(QStringLiteral("usage.csv"), -1), 0);
        QCOMPARE(count(*db, QStringLiteral("billing_group")), 1);
    }

    void largeQuantities_data() { test::addDatabaseRows(); }
    void largeQuantities()
    {
        CS_FRESH_DATABASE(db);
        const QString folder = newFolder();
        QVERIFY(copyFolder(dataDir(QStringLiteral("base")), folder));
        const QStringList quantities
            = { QStringLiteral("1000000000000000"), QStringLiteral("999999999999999.999999"),
                QStringLiteral("123456789012345.678901"), QStringLiteral("0.000001") };
        QByteArray usage = "id,account,product,start,end,quantity\n";
        for (int i = 0; i < quantities.size(); ++i)
            usage += "Q-" + QByteArray::number(i)
                + ",ACC-1,NETWORK_BYTES_SENT,2026-02-01T00:00:00Z,2026-02-02T00:00:00Z,"
                + quantities[i].toLatin1() + '\n';
        QVERIFY(writeFile(folder + QStringLiteral("/usage.csv"), usage));
        const auto summary = import(*db, folder);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.errorString()));
        for (int i = 0; i < quantities.size(); ++i) {
            const QVariantList parts = row(
                *db,
                QStringLiteral("SELECT quantity_whole, quantity_micros FROM usage_record WHERE "
                               "external_id = ?"),
                { QStringLiteral("Q-%1").arg(i) });
            QCOMPARE(parts.size(), 2);
            const StoredQuantity stored { parts[0].toLongLong(), parts[1].toLongLong() };
            QCOMPARE(stored.toDecimal(), *Decimal::parse(quantities[i]));
            QCOMPARE(stored.toDecimal().toCompactString(), quantities[i]);
        }
        // The day's sum of 10^15-sized records stays exact in the rollups.
        verifyRollups(*db);
    }

    void progress_data() { test::addDatabaseRows(); }
    void progress()
    {
        CS_FRESH_DATABASE(db);
        const QString folder = newFolder();
        QVERIFY(
            copyFolder(dataDir(QStringLiteral("base")), folder, { QStringLiteral("usage.csv") }));
        QByteArray usage = "id,account,product,start,end,quantity\n";
        const int rows = 120'000;
        for (int i = 0; i < rows; ++i)
            usage += "G-" + QByteArray::number(i) + ",ACC-" + QByteArray::number(1 + i % 4)
                + ",RUNNING_VM,2026-02-" + QByteArray::number(10 + i % 10) + "T00:00:00Z,2026-02-"
                + QByteArray::number(11 + i % 10) + "T00:00:00Z," + QByteArray::number(i % 1000)
                + ".5\n";
        QVERIFY(writeFile(folder + QStringLiteral("/usage.csv"), usage));
        Importer importer(*db);
        QList<qint64> reported;
        importer.setProgressHandler([&reported](qint64 done) { reported.append(done); });
        const auto summary = importer.importDirectory(folder);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.errorString()));
        QCOMPARE(summary->rowsPerFile.value(QStringLiteral("usage.csv")), rows);
        QCOMPARE(reported, (QList<qint64> { 50'000, 100'000 }));
        QCOMPARE(count(*db, QStringLiteral("usage_record")), rows);
        auto sum = db->exec(QStringLiteral("SELECT SUM(quantity_whole), SUM(quantity_micros) "
                                           "FROM usage_record"));
        QVERIFY(sum && sum->next());
        qint64 whole = 0;
        for (int i = 0; i < rows; ++i)
            whole += i % 1000;
        QCOMPARE(sum->value(0).toLongLong(), whole);
        QCOMPARE(sum->value(1).toLongLong(), qint64(rows) * 500000);
        verifyRollups(*db);
    }

    // Usage files larger than one chunk of the fresh SQLite import (262,144 rows, sorted by id
    // and inserted in batches): duplicates across chunks and batches and a bad row in the last
    // chunk name the earliest bad line and leave the database unchanged; a good file imports
    // exactly. PostgreSQL gives the same answers.
    void chunkBoundaries_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QList<int>>("duplicateOf"); // pairs: data row, the row whose id it repeats
        QTest::addColumn<int>("negativeRow"); // a row with a negative quantity, or -1
        QTest::addColumn<QString>("expected"); // the start of the error, empty for success
        struct Case
        {
            const char *name;
            QList<int> duplicateOf;
            int negativeRow;
            const char *expected;
        };
        // Data row i is on line i + 2 and has the id "G-<i>".
        const QList<Case> cases = {
            { "good", {}, -1, "" },
            { "duplicate of the first chunk in the second",
              { 270'000, 5 },
              -1,
              "usage.csv line 270002, column id: duplicate id in the file \"G-5\"" },
            // "G-0" sorts before "G-1", so SQLite meets the later line first.
            { "earliest of two duplicates",
              { 270'000, 1, 275'000, 0 },
              -1,
              "usage.csv line 270002, column id: duplicate id in the file \"G-1\"" },
            { "bad row in the last chunk",
              {},
              279'000,
              "usage.csv line 279002, column quantity: negative quantity \"-1\"" },
            { "duplicate before a bad row in the last chunk",
              { 270'000, 5 },
              279'000,
              "usage.csv line 270002, column id: duplicate id in the file \"G-5\"" },
            { "bad row before a duplicate in the last chunk",
              { 279'000, 5 },
              270'000,
              "usage.csv line 270002, column quantity: negative quantity \"-1\"" },
        };
        for (const char *database : { "sqlite", "postgresql" }) {
            for (const Case &c : cases)
                QTest::addRow("%s: %s", database, c.name)
                    << QString::fromLatin1(database) << c.duplicateOf << c.negativeRow
                    << QString::fromUtf8(c.expected);
        }
    }
    void chunkBoundaries()
    {
        QFETCH(QList<int>, duplicateOf);
        QFETCH(int, negativeRow);
        QFETCH(QString, expected);
        CS_FRESH_DATABASE(db);
        const QString folder = newFolder();
        QVERIFY(
            copyFolder(dataDir(QStringLiteral("base")), folder, { QStringLiteral("usage.csv") }));
        QVERIFY(import(*db, folder).ok());
        const QStringList before = snapshot(*db);

        const int rows = 280'000;
        QByteArray usage = "id,account,product,start,end,quantity\n";
        usage.reserve(rows * 100);
        for (int i = 0; i < rows; ++i) {
            int idRow = i;
            for (qsizetype d = 0; d + 1 < duplicateOf.size(); d += 2) {
                if (duplicateOf[d] == i)
                    idRow = duplicateOf[d + 1];
            }
            usage += "G-" + QByteArray::number(idRow) + ",ACC-" + QByteArray::number(1 + i % 4)
                + ",RUNNING_VM,2026-02-" + QByteArray::number(10 + i % 10) + "T00:00:00Z,2026-02-"
                + QByteArray::number(11 + i % 10) + "T00:00:00Z,"
                + (i == negativeRow ? QByteArray("-1") : QByteArray::number(i % 1000) + ".5")
                + '\n';
        }
        QVERIFY(writeFile(folder + QStringLiteral("/usage.csv"), usage));
        const auto summary = import(*db, folder);
        if (!expected.isEmpty()) {
            QVERIFY(!summary.ok());
            QVERIFY2(summary.errorString().startsWith(expected), qPrintable(summary.errorString()));
            QCOMPARE(snapshot(*db), before);
            // The same connection imports a good file afterwards (again on the fresh path).
            QVERIFY(
                writeFile(folder + QStringLiteral("/usage.csv"),
                          "id,account,product,start,end,quantity\n"
                          "A-2,ACC-1,RUNNING_VM,2026-02-01T00:00:00Z,2026-02-02T00:00:00Z,2\n"
                          "A-1,ACC-2,RUNNING_VM,2026-02-01T00:00:00Z,2026-02-02T00:00:00Z,1\n"));
            const auto again = import(*db, folder);
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.errorString()));
            QCOMPARE(count(*db, QStringLiteral("usage_record")), 2);
            verifyRollups(*db);
            return;
        }
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.errorString()));
        QCOMPARE(count(*db, QStringLiteral("usage_record")), rows);
        for (const int i : { 0, 262'143, 262'144, rows - 1 }) {
            QCOMPARE(row(*db,
                         QStringLiteral("SELECT a.code, u.start_at, u.quantity_whole, "
                                        "u.quantity_micros FROM usage_record u JOIN account a ON "
                                        "a.id = u.account_id WHERE u.external_id = ?"),
                         { QStringLiteral("G-%1").arg(i) }),
                     (QVariantList { QStringLiteral("ACC-%1").arg(1 + i % 4),
                                     utcMs(2026, 2, 10 + i % 10), i % 1000, 500000 }));
        }
        auto ids = db->exec(QStringLiteral("SELECT COUNT(DISTINCT id), MIN(id), MAX(id) FROM "
                                           "usage_record"));
        QVERIFY(ids && ids->next());
        QCOMPARE(ids->value(0).toLongLong(), rows);
        ids->finish();
        verifyRollups(*db);
        // The secondary indexes are back.
        if (db->isSqlite()) {
            QCOMPARE(count(*db,
                           QStringLiteral("sqlite_master WHERE type = 'index' AND name IN "
                                          "('usage_record_start', 'usage_record_account')")),
                     2);
        }
    }

    void commandLine_data() { test::addDatabaseRows(); }
    void commandLine()
    {
        CS_FRESH_DATABASE(db);
        const QString url = test::lastDatabaseUrl().toDisplayString();
        const QString base = dataDir(QStringLiteral("base"));

        const CliRun ok = cli({ QStringLiteral("--quiet"), QStringLiteral("--db"), url, base });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("usage.csv")), qPrintable(ok.out));
        QVERIFY2(ok.out.contains(QStringLiteral("39 rows imported")), qPrintable(ok.out));
        QVERIFY2(ok.out.contains(QStringLiteral("rows/s")), qPrintable(ok.out));

        const CliRun missing = cli({ QStringLiteral("--db"), url });
        QCOMPARE(missing.exitCode, 2);
        const CliRun absent
            = cli({ QStringLiteral("--db"), url, m_dir.filePath(QStringLiteral("nope")) });
        QCOMPARE(absent.exitCode, 2);
        QVERIFY2(absent.err.contains(QStringLiteral("does not exist")), qPrintable(absent.err));
        const CliRun notDir
            = cli({ QStringLiteral("--db"), url, base + QStringLiteral("/usage.csv") });
        QCOMPARE(notDir.exitCode, 2);
        QVERIFY2(notDir.err.contains(QStringLiteral("not a directory")), qPrintable(notDir.err));

        const QStringList before = snapshot(*db);
        const QString bad = newFolder();
        QVERIFY(writeFile(bad + QStringLiteral("/usage.csv"),
                          "id,account,product,start,end,quantity\n"
                          "N-1,ACC-1,RUNNING_VM,2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,-1\n"));
        const CliRun failed = cli({ QStringLiteral("--quiet"), QStringLiteral("--db"), url, bad });
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.err,
                 QStringLiteral("channelscope-cli import: usage.csv line 2, column quantity: "
                                "negative quantity \"-1\"\n"));
        QCOMPARE(snapshot(*db), before);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
