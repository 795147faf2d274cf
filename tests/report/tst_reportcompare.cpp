#include "cli/command.h"
#include "config/configuration.h"
#include "db/connection.h"
#include "report/reportcsv.h"
#include "report/reportengine.h"
#include "report/usagerollup.h"
#include "support/testdatabase.h"

#include <QTest>
#include <QTimeZone>

using namespace cs;

namespace {

template<typename T> QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.errorString();
}

qint64 berlin(QDate date, int hour)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
}

// Billing group G: C1 bills in EUR, C2 in USD. P1 has a rate in both, P2 in EUR, P3 none.
// Usage starts at 2026-02-01 00:00 in Berlin (still 2026-01-31 in UTC):
//   February: C1 P1 10, C1 P3 1, C2 P1 4
//   March:    C1 P1 15, C1 P2 5 (new), C1 P3 3, C2 P1 2
bool seed(Connection &db)
{
    const auto ok = [](const auto &result) { return bool(result); };
    if (!Configuration::setValue(db, Configuration::BusinessTimeZone, u"Europe/Berlin"_qs))
        return false;
    if (!ok(db.exec(u"INSERT INTO billing_group (id, code, name) VALUES (1, 'G', 'Group')"_qs))
        || !ok(db.exec(u"INSERT INTO channel (id, code, name, billing_group_id, currency) VALUES "
                       "(1, 'C1', 'Euro', 1, 'EUR'), (2, 'C2', 'Dollar', 1, 'USD')"_qs))
        || !ok(db.exec(u"INSERT INTO account (id, code, name, channel_id) VALUES "
                       "(1, 'A1', 'A1', 1), (2, 'A2', 'A2', 2)"_qs))
        || !ok(db.exec(u"INSERT INTO product (id, code, name, category, uom) VALUES "
                       "(1, 'P1', 'P1', 'X', 'h'), (2, 'P2', 'P2', 'X', 'h'), "
                       "(3, 'P3', 'P3', 'X', 'h')"_qs))
        || !ok(db.exec(u"INSERT INTO rate (product_id, currency, rate, effective_from) VALUES "
                       "(1, 'EUR', '2', '2020-01-01'), (1, 'USD', '3', '2020-01-01'), "
                       "(2, 'EUR', '1.5', '2020-01-01')"_qs)))
        return false;
    struct Record
    {
        qint64 account;
        qint64 channel;
        qint64 product;
        QDate day;
        qint64 quantity;
    };
    const QList<Record> records {
        { 1, 1, 1, QDate(2026, 2, 1), 10 }, { 1, 1, 3, QDate(2026, 2, 10), 1 },
        { 2, 2, 1, QDate(2026, 2, 10), 4 }, { 1, 1, 1, QDate(2026, 3, 10), 15 },
        { 1, 1, 2, QDate(2026, 3, 10), 5 }, { 1, 1, 3, QDate(2026, 3, 10), 3 },
        { 2, 2, 1, QDate(2026, 3, 10), 2 },
    };
    auto builder = UsageRollupBuilder::create(db);
    if (!builder)
        return false;
    Transaction transaction(db);
    if (!transaction.begin())
        return false;
    qint64 id = 0;
    for (const Record &r : records) {
        ++id;
        const qint64 start = berlin(r.day, 0);
        const qint64 end = berlin(r.day.addDays(1), 0);
        if (!db.exec(u"INSERT INTO usage_record (id, external_id, account_id, product_id, "
                     "start_at, end_at, quantity_whole, quantity_micros) VALUES (?, ?, ?, ?, ?, "
                     "?, ?, 0)"_qs,
                     { id, QString::number(id), r.account, r.product, start, end, r.quantity }))
            return false;
        (*builder)->add(id, r.channel, r.account, r.product, start, end, { r.quantity, 0 });
    }
    return bool((*builder)->apply()) && bool(transaction.commit());
}

ReportRequest march(ComparisonKind kind)
{
    ReportRequest r;
    r.scope = ReportScope::BillingGroup;
    r.code = u"G"_qs;
    r.from = QDate(2026, 3, 1);
    r.to = QDate(2026, 3, 31);
    r.compare = kind;
    return r;
}

QString text(const std::optional<Decimal> &value)
{
    return value ? value->toString() : u"-"_qs;
}

// "usage spend percent new" of a change, for compact comparisons.
QString describe(const Change &change)
{
    return text(change.usage) + u' ' + text(change.spend) + u' ' + text(change.percent)
        + (change.isNew ? u" new"_qs : QString());
}

} // namespace

// Comparisons computed by the core with the report: the period, the coverage rule (no changes
// for a period that starts before the first day with usage), exact per-line deltas and "new".
class TestReportCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periods_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("thenFrom");
        QTest::addColumn<QDate>("thenTo");
        const int previous = int(ComparisonKind::PreviousPeriod);
        const int year = int(ComparisonKind::SamePeriodLastYear);
        QTest::newRow("month") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << previous
                               << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("year to date") << QDate(2026, 1, 1) << QDate(2026, 11, 29) << previous
                                      << QDate(2025, 2, 2) << QDate(2025, 12, 31);
        QTest::newRow("last year") << QDate(2026, 1, 1) << QDate(2026, 11, 29) << year
                                   << QDate(2025, 1, 1) << QDate(2025, 11, 29);
        QTest::newRow("leap day") << QDate(2028, 2, 29) << QDate(2028, 3, 1) << year
                                  << QDate(2027, 2, 28) << QDate(2027, 3, 1);
    }
    void periods()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, kind);
        ReportRequest request;
        request.from = from;
        request.to = to;
        const ReportRequest then = Comparison::period(request, ComparisonKind(kind));
        QFETCH(QDate, thenFrom);
        QFETCH(QDate, thenTo);
        QCOMPARE(then.from, thenFrom);
        QCOMPARE(then.to, thenTo);
        QCOMPARE(then.compare, ComparisonKind::None);
    }

    void changePercent_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("percent"); // "-" for none (new)
        QTest::newRow("up") << u"30.00"_qs << u"20.00"_qs << u"50.0"_qs;
        QTest::newRow("down") << u"6"_qs << u"12"_qs << u"-50.0"_qs;
        QTest::newRow("half even") << u"1.0005"_qs << u"1"_qs << u"0.0"_qs;
        QTest::newRow("third") << u"1"_qs << u"3"_qs << u"-66.7"_qs;
        QTest::newRow("both zero") << u"0"_qs << u"0.00"_qs << u"0.0"_qs;
        QTest::newRow("new") << u"5"_qs << u"0"_qs << u"-"_qs;
        QTest::newRow("huge") << u"75738.1"_qs << u"100"_qs << u"75638.1"_qs;
    }
    void changePercent()
    {
        QFETCH(QString, current);
        QFETCH(QString, previous);
        QFETCH(QString, percent);
        QCOMPARE(
            text(Comparison::changePercent(*Decimal::parse(current), *Decimal::parse(previous))),
            percent);
    }

    void coveredDeltas_data() { test::addDatabaseRows(); }
    void coveredDeltas()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        ReportEngine engine(*db);
        const auto result = engine.run(march(ComparisonKind::PreviousPeriod));
        QVERIFY2(result, qPrintable(errorOf(result)));
        const ReportComparison &c = result->comparison;
        QCOMPARE(c.kind, ComparisonKind::PreviousPeriod);
        QCOMPARE(c.from, QDate(2026, 2, 1));
        QCOMPARE(c.to, QDate(2026, 2, 28));
        // the first record starts at 2026-01-31 23:00 UTC, a day in Berlin later
        QCOMPARE(c.dataStart, QDate(2026, 2, 1));
        QVERIFY(c.covered);

        QStringList products;
        QCOMPARE(c.productChanges.size(), result->productLines.size());
        for (qsizetype i = 0; i < result->productLines.size(); ++i)
            products << result->productLines.at(i).productCode + u' '
                    + result->productLines.at(i).currency + u": " + describe(c.productChange(i));
        QCOMPARE(
            products,
            QStringList({ u"P1 EUR: 5.000000 10.00 50.0"_qs, u"P1 USD: -2.000000 -6.00 -50.0"_qs,
                          u"P2 EUR: 5.000000 7.50 - new"_qs,
                          // no rate: no spend change, the percentage of the usage
                          u"P3 EUR: 2.000000 - 200.0"_qs }));

        QStringList channels;
        for (qsizetype i = 0; i < result->channelLines.size(); ++i)
            channels << result->channelLines.at(i).channelCode + u' '
                    + result->channelLines.at(i).productCode + u": " + describe(c.channelChange(i));
        QCOMPARE(
            channels,
            QStringList({ u"C1 P1: 5.000000 10.00 50.0"_qs, u"C1 P2: 5.000000 7.50 - new"_qs,
                          u"C1 P3: 2.000000 - 200.0"_qs, u"C2 P1: -2.000000 -6.00 -50.0"_qs }));

        QStringList totals;
        for (const SpendComparison &t : c.totals)
            totals << t.currency + u' ' + t.current.toString() + u' ' + t.previous.toString() + u' '
                    + describe(t.change) + (t.incomplete ? u" incomplete"_qs : QString());
        QCOMPARE(totals,
                 QStringList({ u"EUR 37.50 20.00 - 17.50 87.5 incomplete"_qs,
                               u"USD 6.00 12.00 - -6.00 -50.0"_qs }));
        const auto c2 = c.channelTotal(u"C2"_qs, u"USD"_qs);
        QVERIFY(c2);
        QCOMPARE(describe(c2->change), u"- -6.00 -50.0"_qs);
        QCOMPARE(c.previousAccounts, 2);
    }

    void uncoveredPeriod_data() { test::addDatabaseRows(); }
    void uncoveredPeriod()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        ReportEngine engine(*db);
        // March 2025 and January 2026 lie before the first day with usage
        for (const auto kind :
             { ComparisonKind::SamePeriodLastYear, ComparisonKind::PreviousPeriod }) {
            ReportRequest request = march(kind);
            if (kind == ComparisonKind::PreviousPeriod)
                request.from = request.to = QDate(2026, 2, 1); // compared with 2026-01-31
            const auto result = engine.run(request);
            QVERIFY2(result, qPrintable(errorOf(result)));
            const ReportComparison &c = result->comparison;
            QCOMPARE(c.kind, kind);
            QVERIFY(!c.covered);
            QCOMPARE(c.dataStart, QDate(2026, 2, 1));
            QVERIFY(c.totals.isEmpty());
            QVERIFY(!c.productChange(0).compared);
            QVERIFY(!c.productChange(0).percent);
            const QStringList csv = QString::fromUtf8(ReportCsv::toCsv(*result, false))
                                        .split(u"\r\n"_qs, Qt::SkipEmptyParts);
            QVERIFY(csv.first().endsWith(
                u",End Date,Comparison Start Date,Comparison End Date,Usage Change,Spend Change,"
                "Change %,Comparison Note"_qs));
            QVERIFY2(csv.at(1).endsWith(u",,,,no data before 2026-02-01"_qs),
                     qPrintable(csv.at(1)));
        }
    }

    void noComparison_data() { test::addDatabaseRows(); }
    void noComparison()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        ReportEngine engine(*db);
        const auto result = engine.run(march(ComparisonKind::None));
        QVERIFY2(result, qPrintable(errorOf(result)));
        QVERIFY(!result->comparison.isActive());
        // the machine format stays as it is without a comparison
        const QString csv = QString::fromUtf8(ReportCsv::toCsv(*result, true));
        QVERIFY(csv.startsWith(ReportCsv::header().join(u',') + u"\r\n"));
        QVERIFY(!csv.contains(u"Comparison"_qs));
        // covered: the CSV carries the changes and "new"
        const auto compared = engine.run(march(ComparisonKind::PreviousPeriod));
        QVERIFY2(compared, qPrintable(errorOf(compared)));
        const QStringList lines = QString::fromUtf8(ReportCsv::toCsv(*compared, true))
                                      .split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(2).endsWith(u",2026-02-01,2026-02-28,5.000000,7.50,,new"_qs),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(4).endsWith(u",2026-02-01,2026-02-28,-2.000000,-6.00,-50.0,"_qs),
                 qPrintable(lines.at(4)));
    }

    // channelscope-cli report --compare: the columns only when asked for, the coverage note on
    // stderr, a usage error for an unknown kind.
    void cli_data() { test::addDatabaseRows(); }
    void cli()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        const QStringList base { u"channelscope-cli"_qs,
                                 u"report"_qs,
                                 u"--db"_qs,
                                 test::lastDatabaseUrl().toDisplayString(),
                                 u"--billing-group"_qs,
                                 u"G"_qs,
                                 u"--from"_qs,
                                 u"2026-03-01"_qs,
                                 u"--to"_qs,
                                 u"2026-03-31"_qs };
        const auto run = [&](const QStringList &extra, QString *err = nullptr) {
            QString out;
            QString errors;
            QTextStream outStream(&out);
            QTextStream errStream(&errors);
            const int code = runCommandLine(base + extra, outStream, errStream);
            outStream.flush();
            errStream.flush();
            if (err)
                *err = errors;
            return std::make_pair(code, out.split(u"\r\n"_qs, Qt::SkipEmptyParts));
        };
        const auto plain = run({});
        QCOMPARE(plain.first, 0);
        QCOMPARE(plain.second.first(), ReportCsv::header().join(u','));
        QCOMPARE(run({ u"--compare"_qs, u"none"_qs }).second, plain.second);

        const auto previous = run({ u"--compare"_qs, u"previous"_qs });
        QCOMPARE(previous.first, 0);
        QCOMPARE(previous.second.first(),
                 (ReportCsv::header() + ReportCsv::comparisonHeader()).join(u','));
        QCOMPARE(previous.second.size(), 5);
        QVERIFY2(previous.second.at(1).endsWith(u",2026-02-01,2026-02-28,5.000000,10.00,50.0,"_qs),
                 qPrintable(previous.second.at(1)));

        QString err;
        const auto year = run({ u"--compare"_qs, u"year"_qs }, &err);
        QCOMPARE(year.first, 0);
        QVERIFY2(
            year.second.at(1).endsWith(u",2025-03-01,2025-03-31,,,,no data before 2026-02-01"_qs),
            qPrintable(year.second.at(1)));
        QVERIFY2(err.contains(u"no data before 2026-02-01"_qs), qPrintable(err));

        const auto bad = run({ u"--compare"_qs, u"quarter"_qs }, &err);
        QCOMPARE(bad.first, 2);
        QVERIFY(bad.second.isEmpty());
        QVERIFY2(err.contains(u"--compare: \"quarter\" is not previous, year or none"_qs),
                 qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
    }

    void emptyDatabase_data() { test::addDatabaseRows(); }
    void emptyDatabase()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(seed(*db));
        QVERIFY(db->exec(u"DELETE FROM usage_record"_qs));
        ReportEngine engine(*db);
        engine.setSource(ReportEngine::Source::Raw);
        const auto result = engine.run(march(ComparisonKind::PreviousPeriod));
        QVERIFY2(result, qPrintable(errorOf(result)));
        QVERIFY(!result->comparison.covered);
        QVERIFY(!result->comparison.dataStart.isValid());
    }
};

QTEST_GUILESS_MAIN(TestReportCompare)
#include "tst_reportcompare.moc"
