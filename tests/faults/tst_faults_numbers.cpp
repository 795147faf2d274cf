// Faults in numbers and ranges, on SQLite and PostgreSQL: usage sums beyond 64 bits stay exact
// in every report (checked against an oracle that computes with unbounded rationals here, not
// with the engine), the import refuses dates outside its window and overlong records, a report
// over an absurd range stays small, and a catch-up starts at a sane floor and asks before many
// runs.

#include "config/configuration.h"
#include "db/connection.h"
#include "import/importer.h"
#include "report/reportengine.h"
#include "support/cliprocess.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <boost/multiprecision/cpp_int.hpp>
#include <map>

using namespace cs;
using BigRational = boost::multiprecision::cpp_rational;
using BigInteger = boost::multiprecision::cpp_int;

namespace {

const QByteArray s_units15 = "1000000000000000"; // 10^15, the largest quantity of a record

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

// Two USD channels in billing group G and one JPY channel in it; two accounts per channel; two
// products. Rates: default 0.5 USD and 3 JPY, 0.25 USD from 2026-03-03, channel U2's own 1.5
// from 2026-03-02.
bool writeReferenceFiles(const QString &dir)
{
    return writeFile(dir + QStringLiteral("/billing_groups.csv"), "code,name\nG,Group\n")
        && writeFile(dir + QStringLiteral("/channels.csv"),
                     "code,name,billing_group,currency\nU1,Dollar one,G,USD\nU2,Dollar two,G,"
                     "USD\nJ1,Yen,G,JPY\n")
        && writeFile(dir + QStringLiteral("/accounts.csv"),
                     "code,name,channel\nA1,a,U1\nA2,b,U1\nA3,c,U2\nA4,d,U2\nA5,e,J1\nA6,f,J1\n")
        && writeFile(dir + QStringLiteral("/products.csv"),
                     "code,name,category,uom\nBYTES,Bytes,Network,Bytes\nVM,VM,Compute,Hours\n")
        && writeFile(dir + QStringLiteral("/rates.csv"),
                     "product,currency,rate,effective_from,channel\n"
                     "BYTES,USD,0.5,2020-01-01,\nVM,USD,0.5,2020-01-01,\n"
                     "BYTES,JPY,3,2020-01-01,\nVM,JPY,3,2020-01-01,\n"
                     "BYTES,USD,0.25,2026-03-03,\nBYTES,USD,1.5,2026-03-02,U2\n");
}

Status importFolder(Connection &db, const QString &dir)
{
    auto imported = Importer(db).importDirectory(dir);
    return imported ? success() : Status(imported.error());
}

qint64 utcMs(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

// ---- the oracle ---------------------------------------------------------------------------

struct Record
{
    QString account;
    QString product;
    qint64 startMs = 0;
    qint64 endMs = 0;
    BigRational quantity;
};

const std::map<QString, QString> s_channelOfAccount = {
    { QStringLiteral("A1"), QStringLiteral("U1") }, { QStringLiteral("A2"), QStringLiteral("U1") },
    { QStringLiteral("A3"), QStringLiteral("U2") }, { QStringLiteral("A4"), QStringLiteral("U2") },
    { QStringLiteral("A5"), QStringLiteral("J1") }, { QStringLiteral("A6"), QStringLiteral("J1") },
};

QString currencyOf(const QString &channel)
{
    return channel == u"J1" ? QStringLiteral("JPY") : QStringLiteral("USD");
}

// The rates of writeReferenceFiles(), by hand.
BigRational rateOf(const QString &channel, const QString &product, QDate day)
{
    if (channel == u"J1")
        return 3;
    if (product == u"BYTES" && channel == u"U2" && day >= QDate(2026, 3, 2))
        return BigRational(3, 2);
    if (product == u"BYTES" && day >= QDate(2026, 3, 3))
        return BigRational(1, 4);
    return BigRational(1, 2);
}

BigRational parseDecimal(const QByteArray &text)
{
    const qsizetype dot = text.indexOf('.');
    if (dot < 0)
        return BigRational(BigInteger(text.constData()));
    const QByteArray digits = text.left(dot) + text.mid(dot + 1);
    return BigRational(BigInteger(digits.constData()),
                       pow(BigInteger(10), int(text.size() - dot - 1)));
}

// Half to even, with exactly `scale` decimals: what the report prints.
QString roundHalfEven(const BigRational &value, int scale)
{
    const BigInteger factor = pow(BigInteger(10), scale);
    const BigRational scaled = value * factor;
    BigInteger quotient = numerator(scaled) / denominator(scaled);
    const BigInteger twiceRemainder = 2 * (numerator(scaled) % denominator(scaled));
    if (twiceRemainder > denominator(scaled)
        || (twiceRemainder == denominator(scaled) && quotient % 2 != 0))
        ++quotient;
    QString digits = QString::fromStdString(quotient.str()).rightJustified(scale + 1, u'0');
    if (scale > 0)
        digits.insert(digits.size() - scale, u'.');
    return digits;
}

struct Expected
{
    BigRational usage;
    BigRational spend;
};

// Usage and spend of every (channel, product, local day) in a zone, exactly: each record spread
// evenly over its time, each day at its own rate.
using DayKey = std::tuple<QString, QString, QDate>;
std::map<DayKey, Expected> exactDays(const QList<Record> &records, const QTimeZone &zone)
{
    std::map<DayKey, Expected> days;
    const auto dayStart
        = [&zone](QDate day) { return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch(); };
    for (const Record &record : records) {
        const QString channel = s_channelOfAccount.at(record.account);
        QDate day = QDateTime::fromMSecsSinceEpoch(record.startMs, zone).date();
        for (; dayStart(day) < record.endMs; day = day.addDays(1)) {
            const qint64 overlap = std::min(record.endMs, dayStart(day.addDays(1)))
                - std::max(record.startMs, dayStart(day));
            const BigRational usage
                = record.quantity * BigRational(overlap, record.endMs - record.startMs);
            Expected &sum = days[{ channel, record.product, day }];
            sum.usage += usage;
            sum.spend += usage * rateOf(channel, record.product, day);
        }
    }
    return days;
}

// The lines of a report from the exact days: per channel and product, or for the billing group
// per currency and product.
std::map<std::pair<QString, QString>, Expected> oracle(const std::map<DayKey, Expected> &days,
                                                       const ReportRequest &request)
{
    const bool group = request.scope == ReportScope::BillingGroup;
    std::map<std::pair<QString, QString>, Expected> lines;
    for (const auto &[key, sum] : days) {
        const auto &[channel, product, day] = key;
        if (day < request.from || day > request.to || (!group && channel != request.code))
            continue;
        Expected &line = lines[{ group ? currencyOf(channel) : channel, product }];
        line.usage += sum.usage;
        line.spend += sum.spend;
    }
    return lines;
}

// Compares every line of a report with the oracle; returns a description of the first difference.
QString compareReport(const ReportResult &result, const std::map<DayKey, Expected> &days,
                      const ReportRequest &request)
{
    const bool group = request.scope == ReportScope::BillingGroup;
    const auto expected = oracle(days, request);
    const QList<ReportLine> &lines = result.productLines;
    if (size_t(lines.size()) != expected.size())
        return QStringLiteral("%1 lines, expected %2").arg(lines.size()).arg(expected.size());
    for (const ReportLine &line : lines) {
        const QString owner = group ? line.currency : line.channelCode;
        const auto it = expected.find({ owner, line.productCode });
        if (it == expected.end())
            return QStringLiteral("unexpected line %1 %2").arg(owner, line.productCode);
        const int minorUnits = line.currency == u"JPY" ? 0 : 2;
        const QString usage = roundHalfEven(it->second.usage, 6);
        const QString spend = roundHalfEven(it->second.spend, minorUnits);
        if (line.usage.toString() != usage || !line.spend || line.spend->toString() != spend)
            return QStringLiteral("%1 %2: usage %3 spend %4, expected %5 and %6")
                .arg(owner, line.productCode, line.usage.toString(),
                     line.spend ? line.spend->toString() : QStringLiteral("(none)"), usage, spend);
    }
    return {};
}

QByteArray usageFile(const QList<std::pair<QByteArray, Record>> &rows,
                     const QList<QByteArray> &quantities)
{
    QByteArray csv = "id,account,product,start,end,quantity\n";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Record &r = rows[i].second;
        csv += rows[i].first + ',' + r.account.toLatin1() + ',' + r.product.toLatin1() + ','
            + QDateTime::fromMSecsSinceEpoch(r.startMs, QTimeZone::utc())
                  .toString(Qt::ISODateWithMs)
                  .toLatin1()
            + ','
            + QDateTime::fromMSecsSinceEpoch(r.endMs, QTimeZone::utc())
                  .toString(Qt::ISODateWithMs)
                  .toLatin1()
            + ',' + quantities[i] + '\n';
    }
    return csv;
}

// A random quantity from the extremes: 10^15, just below it, a random 6-decimal value, 0.
QByteArray extremeQuantity(QRandomGenerator &random)
{
    switch (random.bounded(6)) {
    case 0:
    case 1:
    case 2:
        return s_units15;
    case 3:
        return "999999999999999.999999";
    case 4:
        return QByteArray::number(random.bounded(Q_INT64_C(1'000'000'000'000'000))) + '.'
            + QByteArray::number(random.bounded(1'000'000)).rightJustified(6, '0');
    default:
        return "0";
    }
}

// ---- the process ---------------------------------------------------------------------------

using cs::test::CliRun;
using cs::test::runCli; // its standard input is never a terminal

// The peak resident memory of this process since the last reset, in kB.
qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class TestFaultsNumbers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

    QString folder(const QString &name)
    {
        const QString path = m_work.filePath(name + QString::number(m_folders++));
        QDir().mkpath(path);
        return path;
    }
    int m_folders = 0;

    // Rows "<database> <name>" for each database kind (the tag starts with the kind).
    template<typename Fill> static void addRows(const char *name, Fill fill)
    {
        for (const char *kind : { "sqlite", "postgresql" })
            fill(QTest::addRow("%s %s", kind, name));
    }

    static QString describe(const Status &status)
    {
        return status.ok() ? QString() : status.errorString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    // 10,000 records of 10^15 units in one hour of one day: 10^19 units, beyond 64 bits,
    // imported as one file or as two halves (each below 2^63, their sum above), reported on the
    // rollups, on the raw records, in another zone, per billing group, per channel and account.
    void overflowingDay_data()
    {
        QTest::addColumn<bool>("twoHalves");
        addRows("one file", [](QTestData &row) { row << false; });
        addRows("two halves", [](QTestData &row) { row << true; });
    }

    void overflowingDay()
    {
        QFETCH(bool, twoHalves);
        CS_FRESH_DATABASE(db);
        const QString refs = folder(QStringLiteral("refs"));
        QVERIFY(writeReferenceFiles(refs));
        QVERIFY(importFolder(*db, refs).ok());
        const int files = twoHalves ? 2 : 1;
        for (int file = 0; file < files; ++file) {
            const QString dir = folder(QStringLiteral("usage"));
            QByteArray csv = "id,account,product,start,end,quantity\n";
            for (int i = file * 10000 / files; i < (file + 1) * 10000 / files; ++i)
                csv += "r" + QByteArray::number(i) + (i % 2 ? ",A1" : ",A2")
                    + ",BYTES,2026-03-01T10:00:00Z,2026-03-01T11:00:00Z," + s_units15 + '\n';
            QVERIFY(writeFile(dir + QStringLiteral("/usage.csv"), csv));
            const Status imported = importFolder(*db, dir);
            QVERIFY2(imported.ok(), qPrintable(describe(imported)));
        }

        const QString usage = QStringLiteral("10000000000000000000.000000");
        const QString spend = QStringLiteral("5000000000000000000.00");
        ReportEngine engine(*db);
        for (const auto source : { ReportEngine::Source::Automatic, ReportEngine::Source::Raw }) {
            for (const QString &zone : { QString(), QStringLiteral("Asia/Kolkata") }) {
                for (const ReportScope scope :
                     { ReportScope::Channel, ReportScope::BillingGroup }) {
                    engine.setSource(source);
                    const ReportRequest request { scope,
                                                  scope == ReportScope::Channel
                                                      ? QStringLiteral("U1")
                                                      : QStringLiteral("G"),
                                                  QDate(2026, 3, 1), QDate(2026, 3, 31), zone };
                    const auto result = engine.run(request);
                    QVERIFY2(result, qPrintable(result ? QString() : result.errorString()));
                    QCOMPARE(result->productLines.size(), 1);
                    QCOMPARE(result->productLines[0].usage.toString(), usage);
                    QVERIFY(result->productLines[0].spend);
                    QCOMPARE(result->productLines[0].spend->toString(), spend);
                    QCOMPARE(result->daily.size(), 1);
                    QCOMPARE(result->daily[0].usage.toString(), usage);
                }
            }
        }
        const auto accounts = engine.breakdown({ { ReportScope::Channel,
                                                   QStringLiteral("U1"),
                                                   QDate(2026, 3, 1),
                                                   QDate(2026, 3, 1),
                                                   {} },
                                                 QStringLiteral("BYTES"),
                                                 {} });
        QVERIFY2(accounts, qPrintable(accounts ? QString() : accounts.errorString()));
        QCOMPARE(accounts->size(), 2);
        for (const AccountLine &line : *accounts)
            QCOMPARE(line.usage.toString(), QStringLiteral("5000000000000000000.000000"));
    }

    // The property: random extreme quantities, piled onto few days (sums far beyond 64 bits),
    // some records across day boundaries and a daylight-saving change, a second import that
    // replaces some; every report (rollups, raw, another zone, channel, billing group, partial
    // ranges) equals the oracle.
    void randomExtremes_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : { 1u, 2u, 3u })
            addRows(qPrintable(QStringLiteral("seed %1").arg(seed)),
                    [seed](QTestData &row) { row << seed; });
    }

    void randomExtremes()
    {
        QFETCH(quint32, seed);
        CS_FRESH_DATABASE(db);
        QVERIFY(Configuration::setValue(*db, Configuration::BusinessTimeZone,
                                        QStringLiteral("Europe/Berlin"))
                    .ok());
        const QString refs = folder(QStringLiteral("refs"));
        QVERIFY(writeReferenceFiles(refs));
        QVERIFY(importFolder(*db, refs).ok());

        QRandomGenerator random(seed);
        const QStringList accounts
            = { QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
                QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("A6") };
        // 2026-03-28 .. 2026-04-01 in Berlin: the clocks go forward on 2026-03-29.
        const qint64 first = utcMs(QStringLiteral("2026-03-27T23:00:00Z"));
        const qint64 hour = 3'600'000;
        const qint64 hotDay = utcMs(QStringLiteral("2026-03-28T23:00:00Z"));
        QList<std::pair<QByteArray, Record>> rows;
        QList<QByteArray> quantities;
        for (int i = 0; i < 24000; ++i) {
            Record r;
            // Most records on few days and one product, so that sums pass 2^63 several times.
            // Seven in ten on the hot day (the change to summer time) of channel U1 and BYTES.
            const bool hot = random.bounded(10) < 7;
            r.account = hot ? accounts[random.bounded(2)]
                            : accounts[random.bounded(int(accounts.size()))];
            r.product
                = !hot && random.bounded(4) == 0 ? QStringLiteral("VM") : QStringLiteral("BYTES");
            r.startMs
                = hot ? hotDay + random.bounded(22) * hour : first + random.bounded(5 * 24) * hour;
            r.endMs = r.startMs + (random.bounded(20) == 0 ? random.bounded(1, 60) : 1) * hour;
            quantities << extremeQuantity(random);
            r.quantity = parseDecimal(quantities.last());
            rows.append({ "r" + QByteArray::number(i), r });
        }
        const QList<std::pair<QByteArray, Record>> original = rows;
        // The second import replaces every seventh record with new extremes, moved an hour.
        QList<std::pair<QByteArray, Record>> replaced;
        QList<QByteArray> replacedQuantities;
        for (qsizetype i = 0; i < rows.size(); i += 7) {
            Record r = rows[i].second;
            r.startMs += hour;
            r.endMs += hour;
            replacedQuantities << extremeQuantity(random);
            r.quantity = parseDecimal(replacedQuantities.last());
            replaced.append({ rows[i].first, r });
            rows[i].second = r;
        }
        const QString firstDir = folder(QStringLiteral("usage"));
        QVERIFY(
            writeFile(firstDir + QStringLiteral("/usage.csv"), usageFile(original, quantities)));
        const Status firstImport = importFolder(*db, firstDir);
        QVERIFY2(firstImport.ok(), qPrintable(describe(firstImport)));
        const QString secondDir = folder(QStringLiteral("usage"));
        QVERIFY(writeFile(secondDir + QStringLiteral("/usage.csv"),
                          usageFile(replaced, replacedQuantities)));
        const Status secondImport = importFolder(*db, secondDir);
        QVERIFY2(secondImport.ok(), qPrintable(describe(secondImport)));

        QList<Record> records;
        for (const auto &row : std::as_const(rows))
            records << row.second;
        const std::map<QString, std::map<DayKey, Expected>> exact
            = { { QString(), exactDays(records, QTimeZone("Europe/Berlin")) },
                { QStringLiteral("America/New_York"),
                  exactDays(records, QTimeZone("America/New_York")) } };
        ReportEngine engine(*db);
        const QList<std::pair<QDate, QDate>> ranges
            = { { QDate(2026, 3, 27), QDate(2026, 4, 30) },
                { QDate(2026, 3, 29), QDate(2026, 3, 29) },
                { QDate(2026, 3, 28), QDate(2026, 3, 30) } };
        for (const auto &[from, to] : ranges) {
            for (const QString &zoneId : { QString(), QStringLiteral("America/New_York") }) {
                for (const auto source :
                     { ReportEngine::Source::Automatic, ReportEngine::Source::Raw }) {
                    for (const auto &[scope, code] :
                         { std::pair(ReportScope::Channel, QStringLiteral("U1")),
                           std::pair(ReportScope::Channel, QStringLiteral("U2")),
                           std::pair(ReportScope::Channel, QStringLiteral("J1")),
                           std::pair(ReportScope::BillingGroup, QStringLiteral("G")) }) {
                        engine.setSource(source);
                        const ReportRequest request { scope, code, from, to, zoneId };
                        const auto result = engine.run(request);
                        QVERIFY2(result, qPrintable(result ? QString() : result.errorString()));
                        const QString difference
                            = compareReport(*result, exact.at(zoneId), request);
                        QVERIFY2(
                            difference.isEmpty(),
                            qPrintable(QStringLiteral("%1 %2..%3 %4: %5")
                                           .arg(code, from.toString(Qt::ISODate),
                                                to.toString(Qt::ISODate), zoneId, difference)));
                    }
                }
            }
        }
    }

    // Every date and timestamp field of the import refuses values outside 2000-01-01 to
    // 2199-12-31, naming file, line, column and the window; usage records longer than 366 days
    // are refused. The database stays as it was.
    void importWindow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        const QByteArray usage = "id,account,product,start,end,quantity\n";
        const QString timestampWindow
            = QStringLiteral("outside the accepted window 2000-01-01T00:00:00Z to "
                             "2199-12-31T23:59:59Z");
        const QString dateWindow
            = QStringLiteral("outside the accepted window 2000-01-01 to 2199-12-31");
        const auto add = [](const char *name, const char *file, const QByteArray &content,
                            const QString &error) {
            addRows(name,
                    [=](QTestData &row) { row << QString::fromLatin1(file) << content << error; });
        };
        add("usage from year 1 to 9999", "usage.csv",
            usage + "u1,A1,VM,0001-01-01T00:00:00Z,9999-12-31T00:00:00Z,1\n",
            QStringLiteral("usage.csv line 2, column start: timestamp ") + timestampWindow);
        add("usage in UTC year 0", "usage.csv",
            usage + "u1,A1,VM,0001-01-01T00:00:00+18:00,2026-01-01T00:00:00Z,1\n",
            QStringLiteral("usage.csv line 2, column start: timestamp ") + timestampWindow);
        add("usage ending in 2200", "usage.csv",
            usage + "u1,A1,VM,2199-12-31T00:00:00Z,2200-01-01T00:00:00.001Z,1\n",
            QStringLiteral("usage.csv line 2, column end: timestamp ") + timestampWindow);
        add("usage before 2000 by its offset", "usage.csv",
            usage + "u1,A1,VM,2000-01-01T00:30:00+01:00,2000-01-02T00:00:00Z,1\n",
            QStringLiteral("usage.csv line 2, column start: timestamp ") + timestampWindow);
        add("usage longer than 366 days", "usage.csv",
            usage + "u1,A1,VM,2024-01-01T00:00:00Z,2025-01-01T00:00:00.001Z,1\n",
            QStringLiteral("usage.csv line 2, column end: a usage record may span at most 366 "
                           "days"));
        add("rate effective in 1999", "rates.csv",
            "product,currency,rate,effective_from,channel\nVM,USD,1,1999-12-31,\n",
            QStringLiteral("rates.csv line 2, column effective_from: date ") + dateWindow);
        add("statement period in 9999", "statements.csv",
            "id,account,period_start,period_end,posted_at,balance_forward,payments,credits,"
            "new_charges,net_balance,currency\ns1,A1,2026-01-01,9999-12-31,2026-02-01T00:00:00Z,"
            "0,0,0,0,0,USD\n",
            QStringLiteral("statements.csv line 2, column period_end: date ") + dateWindow);
        add("invoice posted in year 1", "invoices.csv",
            "id,account,number,posted_at,service_start,service_end,subtotal,discount,tax,total,"
            "currency\ni1,A1,N1,0001-01-01T00:00:00Z,2026-01-01,2026-01-31,0,0,0,0,USD\n",
            QStringLiteral("invoices.csv line 2, column posted_at: timestamp ") + timestampWindow);
        add("invoice service from 1970", "invoices.csv",
            "id,account,number,posted_at,service_start,service_end,subtotal,discount,tax,total,"
            "currency\ni1,A1,N1,2026-02-01T00:00:00Z,1970-01-01,2026-01-31,0,0,0,0,USD\n",
            QStringLiteral("invoices.csv line 2, column service_start: date ") + dateWindow);
        add("payment in UTC year 0", "payments.csv",
            "id,account,type,created_at,amount,currency,reference,memo\n"
            "p1,A1,PAYMENT,0001-01-01T00:00:00+18:00,1.00,USD,r,m\n",
            QStringLiteral("payments.csv line 2, column created_at: timestamp ") + timestampWindow);
        add("payment failure in 2200", "payment_failures.csv",
            "id,account,created_at,amount,currency,status_code,memo\n"
            "f1,A1,2200-01-01T00:00:00Z,1.00,USD,51,m\n",
            QStringLiteral("payment_failures.csv line 2, column created_at: timestamp ")
                + timestampWindow);
    }

    void importWindow()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        CS_FRESH_DATABASE(db);
        const QString refs = folder(QStringLiteral("refs"));
        QVERIFY(writeReferenceFiles(refs));
        QVERIFY(importFolder(*db, refs).ok());
        auto before = db->exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM usage_record) + (SELECT COUNT(*) FROM rate) + (SELECT "
            "COUNT(*) FROM account_statement) + (SELECT COUNT(*) FROM invoice) + (SELECT "
            "COUNT(*) FROM payment) + (SELECT COUNT(*) FROM payment_failure)"));
        QVERIFY(before && before->next());
        const qint64 rowsBefore = before->value(0).toLongLong();
        before->finish();

        const QString dir = folder(QStringLiteral("bad"));
        QVERIFY(writeFile(dir + u'/' + file, content));
        const Status imported = importFolder(*db, dir);
        QVERIFY2(!imported.ok(), "the import accepted a value outside the window");
        QVERIFY2(imported.errorString().startsWith(error), qPrintable(imported.errorString()));

        auto after = db->exec(before->lastQuery());
        QVERIFY(after && after->next());
        QCOMPARE(after->value(0).toLongLong(), rowsBefore);
    }

    // A report over 0001-01-01..9999-12-31 (and over the whole window) on a record of the longest
    // span: exact, fast, and with the memory of a short report.
    void longRangeReport_data()
    {
        QTest::addColumn<QString>("zone");
        addRows("UTC", [](QTestData &row) { row << QString(); });
        addRows("Berlin", [](QTestData &row) { row << QStringLiteral("Europe/Berlin"); });
    }

    void longRangeReport()
    {
        QFETCH(QString, zone);
        CS_FRESH_DATABASE(db);
        const QString dir = folder(QStringLiteral("long"));
        QVERIFY(writeReferenceFiles(dir));
        QVERIFY(writeFile(dir + QStringLiteral("/usage.csv"),
                          "id,account,product,start,end,quantity\n"
                          "u1,A1,VM,2024-01-01T00:00:00Z,2025-01-01T00:00:00Z,"
                              + s_units15
                              + "\nu2,A1,VM,2000-01-01T00:00:00Z,2000-01-01T01:00:00Z,1\n"
                                "u3,A1,VM,2199-12-31T23:00:00Z,2199-12-31T23:59:59Z,1\n"));
        const Status imported = importFolder(*db, dir);
        QVERIFY2(imported.ok(), qPrintable(describe(imported)));

        ReportEngine engine(*db);
        for (const auto source : { ReportEngine::Source::Automatic, ReportEngine::Source::Raw }) {
            engine.setSource(source);
            QVERIFY(resetPeakMemory());
            const qint64 baseKb = peakMemoryKb();
            QElapsedTimer timer;
            timer.start();
            const auto result = engine.run({ ReportScope::Channel, QStringLiteral("U1"),
                                             QDate(1, 1, 1), QDate(9999, 12, 31), zone });
            const qint64 elapsedMs = timer.elapsed();
            const qint64 grownKb = peakMemoryKb() - baseKb;
            QVERIFY2(result, qPrintable(result ? QString() : result.errorString()));
            QCOMPARE(result->productLines.size(), 1);
            QCOMPARE(result->productLines[0].usage.toString(),
                     QStringLiteral("1000000000000002.000000"));
            QVERIFY2(grownKb < 64 * 1024, qPrintable(QStringLiteral("%1 kB").arg(grownKb)));
            QVERIFY2(elapsedMs < 10000, qPrintable(QStringLiteral("%1 ms").arg(elapsedMs)));
        }
    }

    // A document from before the window (a database written before it existed): --missed lists
    // no empty date, a catch-up starts at 2000-01-01 at the earliest, and from the command line
    // it asks before more than 7 runs: without a terminal it refuses unless --yes is given.
    void catchUpFloor_data() { cs::test::addDatabaseRows(); }

    void catchUpFloor()
    {
        CS_FRESH_DATABASE(db);
        const QString refs = folder(QStringLiteral("refs"));
        QVERIFY(writeReferenceFiles(refs));
        QVERIFY(importFolder(*db, refs).ok());
        const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
        const QString dbArgument = cs::test::lastDatabaseUrl().toDisplayString();
        const QString directory = folder(QStringLiteral("export"));
        // 0001-01-01T00:00:00+18:00 as the old importer stored it.
        const qint64 yearZero = utcMs(QStringLiteral("0001-01-01T00:00:00Z")) - 18 * 3'600'000;
        QVERIFY(db->exec(QStringLiteral("INSERT INTO payment (external_id, account_id, type, "
                                        "created_at, amount, currency, reference, memo) SELECT "
                                        "'old', id, 'PAYMENT', ?, 100, 'USD', '', '' FROM "
                                        "account WHERE code = 'A1'"),
                         { yearZero }));

        const CliRun missed = runCli({ QStringLiteral("export"), QStringLiteral("--db"), dbArgument,
                                       QStringLiteral("--missed") });
        QCOMPARE(missed.exitCode, 0);
        QVERIFY2(!missed.out.contains(QStringLiteral("missed: \n")), qPrintable(missed.out));
        QVERIFY2(missed.out.contains(QStringLiteral("\nmissed: 2000-01-01\n")),
                 qPrintable(missed.out.left(200)));
        const qsizetype missedDates = missed.out.count(QStringLiteral("\nmissed: "));
        QCOMPARE(missedDates, QDate(2000, 1, 1).daysTo(yesterday) + 1);

        // No terminal, no --yes: refused, nothing exported.
        const CliRun refused
            = runCli({ QStringLiteral("export"), QStringLiteral("--db"), dbArgument,
                       QStringLiteral("--catch-up"), QStringLiteral("--directory"), directory });
        QCOMPARE(refused.exitCode, 2);
        const QString runs = QString::number(missedDates);
        // (PostgreSQL may print a NOTICE before it.)
        const QString reason
            = QStringLiteral("channelscope-cli export: --catch-up would start %1 runs, one per "
                             "date from 2000-01-01 to %2; pass --yes to run them without a "
                             "terminal\n")
                  .arg(runs, yesterday.toString(Qt::ISODate));
        QVERIFY2(refused.err.endsWith(reason), qPrintable(refused.err));
        QCOMPARE(refused.out, QString());
        QVERIFY(QDir(directory).isEmpty());

        // A few dates with --yes: every one exported, oldest first.
        const QDate since = yesterday.addDays(-8);
        const CliRun confirmed = runCli(
            { QStringLiteral("export"), QStringLiteral("--db"), dbArgument,
              QStringLiteral("--catch-up"), QStringLiteral("--since"), since.toString(Qt::ISODate),
              QStringLiteral("--directory"), directory, QStringLiteral("--yes") });
        QCOMPARE(confirmed.exitCode, 0);
        const QStringList lines = confirmed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9);
        QVERIFY2(lines.first().startsWith(since.toString(Qt::ISODate)), qPrintable(lines.first()));
        // The same without --yes would have asked: 9 > 7.
        const CliRun again = runCli({ QStringLiteral("export"), QStringLiteral("--db"), dbArgument,
                                      QStringLiteral("--catch-up"), QStringLiteral("--since"),
                                      since.addDays(-9).toString(Qt::ISODate),
                                      QStringLiteral("--directory"), directory });
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("would start 9 runs")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestFaultsNumbers)
#include "tst_faults_numbers.moc"
