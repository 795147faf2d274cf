#include "config/configuration.h"
#include "report/reportcsv.h"
#include "report/reportengine.h"
#include "report/usagerollup.h"
#include "reportfixture.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace cs;

namespace {

// QVERIFY2 evaluates its message even when the check passes.
template<typename T> QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.errorString();
}

ReportRequest request(ReportScope scope, const QString &code, QDate from, QDate to,
                      const QString &zone = {})
{
    ReportRequest r;
    r.scope = scope;
    r.code = code;
    r.from = from;
    r.to = to;
    r.timeZoneId = zone;
    return r;
}

// Every scope of the generated data and ranges around the DST changes and rate changes.
QList<ReportRequest> requests()
{
    const QList<std::pair<QDate, QDate>> ranges {
        { QDate(2026, 3, 1), QDate(2026, 3, 31) }, // 23 h day, rate changes, boundary crossings
        { QDate(2026, 10, 24), QDate(2026, 10, 26) }, // 25 h day, rate change on it
        { QDate(2026, 3, 29), QDate(2026, 3, 29) }, // the 23 h day alone
        { QDate(2026, 2, 20), QDate(2026, 11, 5) }, // everything
    };
    QList<ReportRequest> all;
    for (const auto &[from, to] : ranges) {
        for (const char *channel : { "C1", "C2", "C3", "C4", "C5" })
            all << request(ReportScope::Channel, QString::fromLatin1(channel), from, to);
        all << request(ReportScope::BillingGroup, QStringLiteral("BG1"), from, to);
        all << request(ReportScope::BillingGroup, QStringLiteral("BG2"), from, to);
    }
    return all;
}

QString dump(const ReportResult &result)
{
    QString text = QString::fromUtf8(ReportCsv::toCsv(result, false))
        + QString::fromUtf8(ReportCsv::toCsv(result, true));
    for (const DailyPoint &point : result.daily)
        text += point.date.toString(Qt::ISODate) + u' ' + point.productCode + u' ' + point.currency
            + u' ' + point.usage.toString() + u' '
            + (point.spend ? point.spend->toString() : QStringLiteral("-")) + u'\n';
    text += QStringLiteral("accounts %1\n").arg(result.accounts);
    for (auto it = result.channelAccounts.cbegin(); it != result.channelAccounts.cend(); ++it)
        text += QStringLiteral("accounts %1 %2\n").arg(it.key()).arg(it.value());
    return text + result.warnings.join(u'\n');
}

qint64 berlin(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
}

qint64 utc(QDate date, int hour)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oracle_data() { test::addDatabaseRows(); }
    void oracle()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 20261025));
        const QTimeZone berlin("Europe/Berlin");
        ReportEngine engine(*db);
        for (const ReportRequest &r : requests()) {
            const test::OracleReport expected = test::oracle(*db, r, berlin);
            for (const auto source : { ReportEngine::Source::Raw, ReportEngine::Source::Rollups }) {
                engine.setSource(source);
                const auto result = engine.run(r);
                QVERIFY2(result, qPrintable(errorOf(result)));
                QCOMPARE(result->request.timeZoneId, QStringLiteral("Europe/Berlin"));
                test::compareWithOracle(*result, expected);
                if (QTest::currentTestFailed())
                    qWarning() << r.code << r.from << r.to << int(source);
            }
        }
        // Another zone than the business zone: the raw path, days of New York (DST 2026-03-08).
        engine.setSource(ReportEngine::Source::Automatic);
        for (const auto &[from, to] : { std::pair { QDate(2026, 3, 1), QDate(2026, 3, 31) },
                                        std::pair { QDate(2026, 3, 8), QDate(2026, 3, 8) } }) {
            for (const auto &[scope, code] :
                 { std::pair { ReportScope::BillingGroup, QStringLiteral("BG1") },
                   std::pair { ReportScope::Channel, QStringLiteral("C5") } }) {
                const ReportRequest r = request(scope, code, from, to, u"America/New_York"_qs);
                const auto result = engine.run(r);
                QVERIFY2(result, qPrintable(errorOf(result)));
                test::compareWithOracle(*result,
                                        test::oracle(*db, r, QTimeZone("America/New_York")));
            }
        }
        engine.setSource(ReportEngine::Source::Rollups);
        QVERIFY(!engine.run(request(ReportScope::Channel, u"C1"_qs, QDate(2026, 3, 1),
                                    QDate(2026, 3, 2), u"America/New_York"_qs)));
    }

    // The rollups give the same report as the raw records after re-imports that move, change
    // and delete records, after a full rebuild, and after the business zone changed.
    void rollupsEqualRaw_data() { test::addDatabaseRows(); }
    void rollupsEqualRaw()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 7));
        QVERIFY(test::reimportSome(*db, 8));
        QVERIFY(test::reimportSome(*db, 9));
        ReportEngine raw(*db);
        raw.setSource(ReportEngine::Source::Raw);
        ReportEngine rollups(*db);
        rollups.setSource(ReportEngine::Source::Rollups);
        auto compareAll = [&](const QList<ReportRequest> &all) {
            for (const ReportRequest &r : all) {
                const auto a = raw.run(r);
                const auto b = rollups.run(r);
                QVERIFY2(a && b, qPrintable(errorOf(a) + errorOf(b)));
                QCOMPARE(dump(*b), dump(*a));
            }
        };
        QList<ReportRequest> all = requests();
        all << request(ReportScope::BillingGroup, u"BG1"_qs, QDate(2026, 3, 17), QDate(2026, 4, 2))
            << request(ReportScope::Channel, u"C3"_qs, QDate(2026, 2, 28), QDate(2026, 3, 1));
        compareAll(all);
        if (QTest::currentTestFailed())
            return;
        test::compareWithOracle(*rollups.run(all.first()),
                                test::oracle(*db, all.first(), QTimeZone("Europe/Berlin")));

        {
            Transaction transaction(*db);
            QVERIFY(transaction.begin());
            QVERIFY(UsageRollup::rebuild(*db));
            QVERIFY(transaction.commit());
        }
        compareAll(all);

        QVERIFY(Configuration::setValue(*db, Configuration::BusinessTimeZone,
                                        QStringLiteral("America/New_York")));
        QList<ReportRequest> newYork;
        for (ReportRequest r : std::as_const(all)) {
            r.timeZoneId = u"America/New_York"_qs;
            newYork << r;
        }
        compareAll(newYork);
        test::compareWithOracle(*rollups.run(newYork.first()),
                                test::oracle(*db, newYork.first(), QTimeZone("America/New_York")));
    }

    // 10^18 units with 6 decimals stay exact on both paths and both databases.
    void hugeSums_data() { test::addDatabaseRows(); }
    void hugeSums()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(db->exec(u"INSERT INTO channel (id, code, name, currency) VALUES (1, 'C', 'C', "
                         "'JPY')"_qs));
        QVERIFY(db->exec(
            u"INSERT INTO account (id, code, name, channel_id) VALUES (1, 'A', 'A', 1)"_qs));
        QVERIFY(db->exec(u"INSERT INTO product (id, code, name, category, uom) VALUES (1, 'P', "
                         "'P', 'X', 'Bytes')"_qs));
        QVERIFY(db->exec(u"INSERT INTO rate (product_id, currency, rate, effective_from) VALUES "
                         "(1, 'JPY', '0.000003', '2020-01-01')"_qs));
        auto builder = UsageRollupBuilder::create(*db);
        QVERIFY(builder);
        const qint64 day = QDate(2026, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        Transaction transaction(*db);
        QVERIFY(transaction.begin());
        for (qint64 id = 1; id <= 1000; ++id) {
            // 999 single-day records and one over two days, each 10^15 - 1 + 0.999999 units.
            const qint64 end = id == 1000 ? day + 2 * 86'400'000 : day + 86'400'000;
            QVERIFY(db->exec(u"INSERT INTO usage_record (id, external_id, account_id, product_id, "
                             "start_at, end_at, quantity_whole, quantity_micros) VALUES (?, ?, 1, "
                             "1, ?, ?, 999999999999999, 999999)"_qs,
                             { id, QString::number(id), day, end }));
            (*builder)->add(id, 1, 1, 1, day, end, { 999'999'999'999'999, 999'999 });
        }
        QVERIFY((*builder)->apply());
        QVERIFY(transaction.commit());
        ReportEngine engine(*db);
        for (const auto source : { ReportEngine::Source::Raw, ReportEngine::Source::Rollups }) {
            engine.setSource(source);
            const auto result = engine.run(
                request(ReportScope::Channel, u"C"_qs, QDate(2026, 1, 1), QDate(2026, 1, 2)));
            QVERIFY2(result, qPrintable(errorOf(result)));
            QCOMPARE(result->productLines.size(), 1);
            // 1000 x (10^15 - 0.000001)
            QCOMPARE(result->productLines[0].usage.toString(), u"999999999999999999.999000"_qs);
            // x 0.000003 = 2999999999999.999999997 -> JPY 3000000000000
            QCOMPARE(result->productLines[0].spend->toString(), u"3000000000000"_qs);
            QCOMPARE(result->daily.size(), 2);
            // Day 1: 999 x q + q / 2 = ...999.9990005, day 2: q / 2 = ...999.9999995 (half to
            // even).
            QCOMPARE(result->daily[0].usage.toString(), u"999499999999999999.999000"_qs);
            QCOMPARE(result->daily[1].usage.toString(), u"500000000000000.000000"_qs);
            const auto oneDay = engine.run(
                request(ReportScope::Channel, u"C"_qs, QDate(2026, 1, 2), QDate(2026, 1, 2)));
            QVERIFY(oneDay);
            QCOMPARE(oneDay->productLines[0].usage.toString(), u"500000000000000.000000"_qs);
            QCOMPARE(oneDay->productLines[0].accounts, 1);
            QCOMPARE(oneDay->accounts, 1);
            QCOMPARE(oneDay->channelAccounts.value(u"C"_qs), 1);
        }
    }

    // Distinct accounts of a scope and of each channel, on hand-made records around the 23-hour
    // day of Europe/Berlin (2026-03-29): an account with two products counts once, accounts
    // active only next to the range do not count, and day boundaries are Berlin's (or New
    // York's with another zone), not UTC's. Expected counts are worked out from the records.
    void distinctAccounts_data() { test::addDatabaseRows(); }
    void distinctAccounts()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(Configuration::setValue(*db, Configuration::BusinessTimeZone, u"Europe/Berlin"_qs));
        QVERIFY(db->exec(u"INSERT INTO billing_group (id, code, name) VALUES (1, 'G', 'G')"_qs));
        QVERIFY(db->exec(u"INSERT INTO channel (id, code, name, billing_group_id, currency) VALUES "
                         "(1, 'C1', 'One', 1, 'EUR'), (2, 'C2', 'Two', 1, 'USD'), "
                         "(3, 'C3', 'Idle', 1, 'EUR')"_qs));
        QVERIFY(db->exec(u"INSERT INTO account (id, code, name, channel_id) VALUES (1, 'A1', 'A1', "
                         "1), (2, 'A2', 'A2', 1), (3, 'A3', 'A3', 1), (4, 'A4', 'A4', 1), (5, "
                         "'A5', 'A5', 1), (6, 'B1', 'B1', 2), (7, 'I1', 'I1', 3)"_qs));
        QVERIFY(db->exec(u"INSERT INTO product (id, code, name, category, uom) VALUES (1, 'P1', "
                         "'P1', 'X', 'h'), (2, 'P2', 'P2', 'X', 'h')"_qs));
        const QDate dst(2026, 3, 29); // 23 hours in Berlin: 02:00 CET becomes 03:00 CEST
        struct Record
        {
            qint64 account;
            qint64 channel;
            qint64 product;
            qint64 start;
            qint64 end;
        };
        const QList<Record> records {
            { 1, 1, 1, berlin(dst, 0), berlin(dst.addDays(1), 0) }, // A1: two products on
            { 1, 1, 2, berlin(dst, 0), berlin(dst.addDays(1), 0) }, //     the DST day
            { 2, 1, 1, berlin(dst.addDays(-1), 0), berlin(dst, 0) }, // A2: the day before
            { 3, 1, 1, utc(dst, 22), utc(dst, 23) }, // A3: 00:00-01:00 CEST on 03-30
            { 4, 1, 2, utc(dst, 21), utc(dst, 22) }, // A4: 23:00-24:00 CEST on 03-29
            { 5, 1, 1, berlin(dst.addDays(-1), 23), berlin(dst, 0) }, // A5: ends at 03-29 00:00
            { 6, 2, 1, berlin(dst.addDays(-2), 12), berlin(dst, 1) }, // B1: 03-27 12:00 on
            { 6, 2, 2, berlin(QDate(2026, 4, 1), 0), berlin(QDate(2026, 4, 2), 0) }, // B1: 04-01
            { 7, 3, 1, berlin(QDate(2026, 2, 1), 0), berlin(QDate(2026, 2, 2), 0) }, // I1: Feb
        };
        auto builder = UsageRollupBuilder::create(*db);
        QVERIFY(builder);
        {
            Transaction transaction(*db);
            QVERIFY(transaction.begin());
            qint64 id = 0;
            for (const Record &r : records) {
                ++id;
                QVERIFY(
                    db->exec(u"INSERT INTO usage_record (id, external_id, account_id, "
                             "product_id, start_at, end_at, quantity_whole, quantity_micros) "
                             "VALUES (?, ?, ?, ?, ?, ?, 1, 0)"_qs,
                             { id, QString::number(id), r.account, r.product, r.start, r.end }));
                (*builder)->add(id, r.channel, r.account, r.product, r.start, r.end, { 1, 0 });
            }
            QVERIFY((*builder)->apply());
            QVERIFY(transaction.commit());
        }

        struct Case
        {
            QDate from;
            QDate to;
            QString zone;
            qint64 scope;
            QMap<QString, qint64> channels;
            // (channel, product) -> accounts of the line
            QMap<QString, qint64> lines;
        };
        const QList<Case> cases {
            // A1 (twice), A4, B1; not A2, A3, A5, I1
            { dst,
              dst,
              {},
              3,
              { { u"C1"_qs, 2 }, { u"C2"_qs, 1 } },
              { { u"C1 P1"_qs, 1 }, { u"C1 P2"_qs, 2 }, { u"C2 P1"_qs, 1 } } },
            // everyone but I1, across the first-month mask
            { QDate(2026, 3, 28),
              QDate(2026, 3, 31),
              {},
              6,
              { { u"C1"_qs, 5 }, { u"C2"_qs, 1 } },
              { { u"C1 P1"_qs, 4 }, { u"C1 P2"_qs, 2 }, { u"C2 P1"_qs, 1 } } },
            // A3 on 03-30, B1 on 04-01: across a month boundary
            { QDate(2026, 3, 30),
              QDate(2026, 4, 1),
              {},
              2,
              { { u"C1"_qs, 1 }, { u"C2"_qs, 1 } },
              { { u"C1 P1"_qs, 1 }, { u"C2 P2"_qs, 1 } } },
            // a range without usage
            { QDate(2026, 3, 2), QDate(2026, 3, 26), {}, 0, {}, {} },
            // New York's 03-29 is 04:00 UTC to 04:00 UTC: A1, A3, A4; B1 ended at 00:00 UTC
            { dst,
              dst,
              u"America/New_York"_qs,
              3,
              { { u"C1"_qs, 3 } },
              { { u"C1 P1"_qs, 2 }, { u"C1 P2"_qs, 2 } } },
        };
        ReportEngine engine(*db);
        for (const Case &c : cases) {
            const QList<ReportEngine::Source> sources = c.zone.isEmpty()
                ? QList { ReportEngine::Source::Raw, ReportEngine::Source::Rollups }
                : QList { ReportEngine::Source::Automatic };
            for (const auto source : sources) {
                engine.setSource(source);
                const QString where = c.from.toString(Qt::ISODate) + u' ' + c.zone + u' '
                    + QString::number(int(source));
                const auto group
                    = engine.run(request(ReportScope::BillingGroup, u"G"_qs, c.from, c.to, c.zone));
                QVERIFY2(group, qPrintable(errorOf(group)));
                QCOMPARE(QString::number(group->accounts) + u' ' + where,
                         QString::number(c.scope) + u' ' + where);
                QCOMPARE(group->channelAccounts, c.channels);
                QMap<QString, qint64> lines;
                for (const ReportLine &line : group->channelLines)
                    lines.insert(line.channelCode + u' ' + line.productCode, line.accounts);
                QCOMPARE(lines, c.lines);
                for (const QString &channel : { u"C1"_qs, u"C2"_qs, u"C3"_qs }) {
                    const auto one
                        = engine.run(request(ReportScope::Channel, channel, c.from, c.to, c.zone));
                    QVERIFY2(one, qPrintable(errorOf(one)));
                    QCOMPARE(one->accounts, c.channels.value(channel));
                    QCOMPARE(one->channelAccounts.value(channel), c.channels.value(channel));
                }
            }
        }
    }

    void breakdown_data() { test::addDatabaseRows(); }
    void breakdown()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 11));
        ReportEngine engine(*db);
        const ReportRequest r
            = request(ReportScope::BillingGroup, u"BG1"_qs, QDate(2026, 3, 1), QDate(2026, 3, 31));
        const auto report = engine.run(r);
        QVERIFY(report);
        for (const ReportLine &line : report->channelLines) {
            AccountBreakdownRequest drill;
            drill.report = r;
            drill.report.scope = ReportScope::Channel;
            drill.report.code = line.channelCode;
            drill.productCode = line.productCode;
            const auto accounts = engine.breakdown(drill);
            QVERIFY2(accounts, qPrintable(errorOf(accounts)));
            QCOMPARE(accounts->size(), line.accounts);
            // Each account line is its own channel report restricted to one account: the sum of
            // the unrounded account amounts is the channel line, so rounded they differ by at
            // most half a unit per account.
            Decimal usage;
            for (const AccountLine &account : *accounts) {
                QCOMPARE(account.channelCode, line.channelCode);
                QCOMPARE(account.currency, line.currency);
                QCOMPARE(account.spend.has_value(), line.spend.has_value());
                usage = *usage.plus(account.usage);
            }
            const Decimal difference = *usage.minus(line.usage);
            QVERIFY(difference.units() <= accounts->size()
                    && -difference.units() <= accounts->size());
        }
        AccountBreakdownRequest unknown;
        unknown.report = r;
        unknown.productCode = u"NOPE"_qs;
        QVERIFY(!engine.breakdown(unknown));
    }

    void badRequests_data() { test::addDatabaseRows(); }
    void badRequests()
    {
        CS_FRESH_DATABASE(db);
        QVERIFY(test::generateReportData(*db, 3));
        ReportEngine engine(*db);
        QVERIFY(!engine.run(
            request(ReportScope::Channel, u"NOPE"_qs, QDate(2026, 1, 1), QDate(2026, 1, 2))));
        QVERIFY(!engine.run(
            request(ReportScope::BillingGroup, u"C1"_qs, QDate(2026, 1, 1), QDate(2026, 1, 2))));
        QVERIFY(!engine.run(
            request(ReportScope::Channel, u"C1"_qs, QDate(2026, 1, 2), QDate(2026, 1, 1))));
        QVERIFY(!engine.run(request(ReportScope::Channel, u"C1"_qs, QDate(2026, 1, 1),
                                    QDate(2026, 1, 2), u"Mars/Base"_qs)));
        // A range without usage is an empty report, not an error.
        const auto empty = engine.run(
            request(ReportScope::Channel, u"C1"_qs, QDate(2020, 1, 1), QDate(2020, 1, 2)));
        QVERIFY(empty);
        QVERIFY(empty->productLines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
