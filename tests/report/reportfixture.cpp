#include "reportfixture.h"

#include "config/configuration.h"
#include "numeric/currency.h"
#include "numeric/quantity.h"
#include "report/usagerollup.h"

#include <QSet>
#include <QTest>

#include <random>

namespace cs::test {

namespace {

const QTimeZone s_berlin("Europe/Berlin");

qint64 startOfDay(QDate date)
{
    return date.startOfDay(s_berlin).toMSecsSinceEpoch();
}

bool exec(Connection &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.exec(sql, bindings);
    if (!q) {
        QTest::qFail(qPrintable(q.errorString()), __FILE__, __LINE__);
        return false;
    }
    return true;
}

struct Usage
{
    qint64 id;
    qint64 account;
    qint64 product;
    qint64 start;
    qint64 end;
    StoredQuantity quantity;
};

qint64 channelOfAccount(qint64 account)
{
    return (account - 1) / 3 + 1;
}

bool insertUsage(Connection &db, UsageRollupBuilder &builder, const Usage &u)
{
    if (!exec(db,
              QStringLiteral("INSERT INTO usage_record (id, external_id, account_id, product_id, "
                             "start_at, end_at, quantity_whole, quantity_micros) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?)"),
              { u.id, QStringLiteral("u%1").arg(u.id), u.account, u.product, u.start, u.end,
                u.quantity.whole, u.quantity.micros }))
        return false;
    builder.add(u.id, channelOfAccount(u.account), u.account, u.product, u.start, u.end,
                u.quantity);
    return true;
}

} // namespace

bool generateReportData(Connection &db, quint64 seed)
{
    if (const Status set = Configuration::setValue(db, Configuration::BusinessTimeZone,
                                                   QStringLiteral("Europe/Berlin"));
        !set) {
        QTest::qFail(qPrintable(set.errorString()), __FILE__, __LINE__);
        return false;
    }
    Transaction transaction(db);
    if (!transaction.begin())
        return false;
    bool ok = exec(db,
                   QStringLiteral("INSERT INTO billing_group (id, code, name) VALUES (1, 'BG1', "
                                  "'Distributor, \"One\"'), (2, 'BG2', '=Two')"))
        && exec(db,
                QStringLiteral(
                    "INSERT INTO channel (id, code, name, billing_group_id, currency) "
                    "VALUES (1, 'C1', 'Euro channel', 1, 'EUR'), (2, 'C2', 'Yen channel', "
                    "1, 'JPY'), (3, 'C3', 'Dollar channel', 1, 'USD'), (4, 'C4', 'Second "
                    "euro', 2, 'EUR'), (5, 'C5', 'Dinar alone', NULL, 'BHD')"));
    for (int account = 1; ok && account <= 15; ++account)
        ok = exec(
            db,
            QStringLiteral("INSERT INTO account (id, code, name, channel_id) VALUES (?, ?, ?, ?)"),
            { account, QStringLiteral("A%1").arg(account, 2, 10, QLatin1Char('0')),
              QStringLiteral("Account %1").arg(account), channelOfAccount(account) });
    ok = ok
        && exec(db,
                QStringLiteral("INSERT INTO product (id, code, name, category, uom) VALUES "
                               "(1, 'RUNNING_VM', 'Running VM', 'Compute', 'Compute-Hours'), "
                               "(2, 'VOLUME', 'Volume', 'Storage', 'GB-Months'), "
                               "(3, 'NETWORK_BYTES_SENT', 'Bytes sent', 'Network', 'Bytes'), "
                               "(4, 'IP_ADDRESS', 'IP address', 'Network', 'IP-Month'), "
                               "(5, 'VPN_USERS', '+VPN users', 'Network', 'count'), "
                               "(6, 'BACKUP', 'Backup', 'Storage', 'GB-Months')"));
    // product, currency, rate, effective_from, channel (0: the default rate card)
    struct RateRow
    {
        int product;
        const char *currency;
        const char *rate;
        const char *from;
        int channel;
    };
    const RateRow rates[] {
        { 1, "EUR", "0.05", "2025-01-01", 0 },
        { 1, "EUR", "0.07", "2026-03-20", 0 },
        { 1, "EUR", "0.0815", "2026-10-25", 0 },
        { 1, "JPY", "7", "2025-01-01", 0 },
        { 1, "USD", "0.061", "2025-01-01", 0 },
        { 1, "BHD", "0.0195", "2025-01-01", 0 },
        { 1, "GBP", "99", "2025-01-01", 0 },
        { 2, "EUR", "1.5", "2025-01-01", 0 },
        { 2, "EUR", "1.2", "2026-03-15", 1 },
        { 2, "JPY", "201.5", "2025-01-01", 0 },
        { 2, "USD", "1.75", "2025-01-01", 0 },
        { 2, "BHD", "0.5555", "2025-01-01", 0 },
        { 3, "EUR", "0.000000000123", "2025-01-01", 0 },
        { 3, "JPY", "0.5", "2025-01-01", 0 },
        { 3, "JPY", "0.4", "2025-01-01", 2 },
        { 3, "JPY", "0.45", "2026-10-26", 2 },
        { 3, "BHD", "0.00000001", "2025-01-01", 0 },
        { 4, "EUR", "3", "2025-01-01", 0 },
        { 4, "JPY", "400", "2025-01-01", 0 },
        { 4, "USD", "3.5", "2026-03-10", 0 },
        { 4, "BHD", "1.125", "2025-01-01", 0 },
        { 4, "EUR", "2.5", "2026-03-29", 4 },
        { 6, "EUR", "0.33", "2025-01-01", 0 },
        { 6, "USD", "0.35", "2025-01-01", 0 },
        // VPN_USERS (5) has no rate at all; BACKUP has none in JPY and BHD; GBP is no
        // channel's currency.
    };
    for (const RateRow &rate : rates)
        ok = ok
            && exec(db,
                    QStringLiteral("INSERT INTO rate (product_id, currency, rate, effective_from, "
                                   "channel_id) VALUES (?, ?, ?, ?, ?)"),
                    { rate.product, QString::fromLatin1(rate.currency),
                      QString::fromLatin1(rate.rate), QString::fromLatin1(rate.from),
                      rate.channel ? QVariant(rate.channel)
                                   : QVariant(QMetaType::fromType<qint64>()) });
    if (!ok)
        return false;

    auto builder = UsageRollupBuilder::create(db);
    if (!builder) {
        QTest::qFail(qPrintable(builder.errorString()), __FILE__, __LINE__);
        return false;
    }
    std::mt19937_64 random(seed);
    auto uniform = [&random](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(random);
    };
    auto quantity = [&](qint64 maxWhole) {
        return StoredQuantity { uniform(0, maxWhole), uniform(0, 999'999) };
    };
    constexpr qint64 hourMs = 3'600'000;
    qint64 id = 0;
    const QList<std::pair<QDate, QDate>> windows { { QDate(2026, 2, 24), QDate(2026, 4, 4) },
                                                   { QDate(2026, 10, 20), QDate(2026, 11, 2) } };
    for (qint64 account = 1; ok && account <= 15; ++account) {
        for (qint64 product = 1; ok && product <= 6; ++product) {
            if ((account + product) % 5 == 0)
                continue; // not every account uses every product
            for (const auto &[first, last] : windows) {
                for (QDate day = first; ok && day <= last; day = day.addDays(1)) {
                    if (uniform(0, 9) == 0)
                        continue;
                    // The normal CloudStack record: one business day.
                    const qint64 maxWhole = product == 3 ? 999'999'999'999'999 : 10'000;
                    ok = insertUsage(db, **builder,
                                     { ++id, account, product, startOfDay(day),
                                       startOfDay(day.addDays(1)), quantity(maxWhole) });
                    if (ok && uniform(0, 3) == 0) {
                        // A record aligned to UTC days: crosses the Berlin day boundary.
                        const qint64 utcStart
                            = day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
                        ok = insertUsage(db, **builder,
                                         { ++id, account, product, utcStart, utcStart + 24 * hourMs,
                                           quantity(maxWhole) });
                    }
                    if (ok && uniform(0, 6) == 0) {
                        // A multi-day network record at an odd instant.
                        const qint64 start = startOfDay(day) + uniform(0, 23 * hourMs) + 7;
                        ok = insertUsage(db, **builder,
                                         { ++id, account, product, start,
                                           start + uniform(25 * hourMs, 6 * 24 * hourMs),
                                           quantity(1'000'000) });
                    }
                    if (ok && uniform(0, 8) == 0) {
                        // A short record within one day, and a record of 10^15 units.
                        const qint64 start = startOfDay(day) + uniform(0, 20 * hourMs);
                        ok = insertUsage(
                            db, **builder,
                            { ++id, account, product, start, start + uniform(1, 3 * hourMs),
                              uniform(0, 1) ? StoredQuantity { StoredQuantity::MaxWhole, 0 }
                                            : quantity(100) });
                    }
                }
            }
        }
    }
    if (!ok)
        return false;
    if (const Status applied = (*builder)->apply(); !applied) {
        QTest::qFail(qPrintable(applied.errorString()), __FILE__, __LINE__);
        return false;
    }
    return bool(transaction.commit());
}

bool reimportSome(Connection &db, quint64 seed)
{
    Transaction transaction(db);
    if (!transaction.begin())
        return false;
    auto builder = UsageRollupBuilder::create(db);
    if (!builder)
        return false;
    auto q
        = db.exec(QStringLiteral("SELECT id, account_id, product_id, start_at, end_at, "
                                 "quantity_whole, quantity_micros FROM usage_record ORDER BY id"));
    if (!q)
        return false;
    QList<Usage> all;
    while (q->next())
        all.append({ q->value(0).toLongLong(),
                     q->value(1).toLongLong(),
                     q->value(2).toLongLong(),
                     q->value(3).toLongLong(),
                     q->value(4).toLongLong(),
                     { q->value(5).toLongLong(), q->value(6).toLongLong() } });
    q->finish();
    std::mt19937_64 random(seed);
    auto uniform = [&random](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(random);
    };
    for (const Usage &old : std::as_const(all)) {
        const qint64 what = uniform(0, 19);
        if (what > 2)
            continue;
        builder->get()->subtract(old.id, channelOfAccount(old.account), old.account, old.product,
                                 old.start, old.end, old.quantity);
        if (what == 0) {
            if (!exec(db, QStringLiteral("DELETE FROM usage_record WHERE id = ?"), { old.id }))
                return false;
            continue;
        }
        // Moved by whole days or by some hours (into or out of one day), maybe to another
        // account of another channel, with a new quantity.
        Usage moved = old;
        moved.account = uniform(1, 15);
        const qint64 shift = what == 1 ? uniform(-3, 3) * 86'400'000 : uniform(-30, 30) * 3'600'000;
        moved.start += shift;
        moved.end += shift;
        moved.quantity = { uniform(0, 50'000), uniform(0, 999'999) };
        if (!exec(
                db,
                QStringLiteral("UPDATE usage_record SET account_id = ?, start_at = ?, end_at = ?, "
                               "quantity_whole = ?, quantity_micros = ? WHERE id = ?"),
                { moved.account, moved.start, moved.end, moved.quantity.whole,
                  moved.quantity.micros, moved.id }))
            return false;
        builder->get()->add(moved.id, channelOfAccount(moved.account), moved.account, moved.product,
                            moved.start, moved.end, moved.quantity);
    }
    if (const Status applied = (*builder)->apply(); !applied) {
        QTest::qFail(qPrintable(applied.errorString()), __FILE__, __LINE__);
        return false;
    }
    return bool(transaction.commit());
}

namespace {

struct OracleRate
{
    qint64 product;
    QString currency;
    qint64 channel;
    QDate from;
    Rational rate;
};

// The rate in effect on a day, written without the engine's data structures: scan all rates.
const OracleRate *rateOn(const QList<OracleRate> &rates, qint64 product, const QString &currency,
                         qint64 channel, QDate day)
{
    for (const qint64 wanted : { channel, qint64(0) }) {
        const OracleRate *best = nullptr;
        for (const OracleRate &rate : rates) {
            if (rate.product == product && rate.currency == currency && rate.channel == wanted
                && rate.from <= day && (!best || rate.from >= best->from))
                best = &rate;
        }
        if (best)
            return best;
    }
    return nullptr;
}

struct Sums
{
    Rational usage;
    Rational spend;
    bool missing = false;
    QSet<qint64> accounts;
    qint64 accountCount = 0;
};

QString roundedText(const Rational &value, int scale)
{
    const auto rounded = roundHalfEven(value, scale);
    return rounded ? rounded->toString() : QStringLiteral("overflow");
}

} // namespace

namespace {

// The oracle reads with buffered (not forward-only) queries of its own, independent of the
// engine's way of reading.
Result<QSqlQuery> select(Connection &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery q(db.database());
    if (!q.prepare(sql))
        return Error { Connection::describe(q) };
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return Error { Connection::describe(q) };
    return q;
}

} // namespace

OracleReport oracle(Connection &db, const ReportRequest &request, const QTimeZone &zone)
{
    OracleReport report;
    struct Channel
    {
        QString code;
        QString currency;
    };
    QHash<qint64, Channel> channels;
    auto q = select(
        db,
        request.scope == ReportScope::Channel
            ? QStringLiteral("SELECT id, code, currency FROM channel WHERE code = ?")
            : QStringLiteral("SELECT c.id, c.code, c.currency FROM channel c JOIN billing_group g "
                             "ON g.id = c.billing_group_id WHERE g.code = ?"),
        { request.code });
    while (q->next())
        channels.insert(q->value(0).toLongLong(),
                        { q->value(1).toString(), q->value(2).toString() });

    QHash<qint64, QString> products;
    q->finish(); // PostgreSQL streams forward-only rows: one query at a time
    q = select(db, QStringLiteral("SELECT id, code FROM product"));
    while (q->next())
        products.insert(q->value(0).toLongLong(), q->value(1).toString());

    QList<OracleRate> rates;
    q->finish();
    q = select(db,
               QStringLiteral("SELECT product_id, currency, rate, effective_from, channel_id "
                              "FROM rate ORDER BY id"));
    while (q->next())
        rates.append({ q->value(0).toLongLong(), q->value(1).toString(),
                       q->value(4).isNull() ? 0 : q->value(4).toLongLong(),
                       QDate::fromString(q->value(3).toString(), Qt::ISODate),
                       toRational(*Decimal::parse(q->value(2).toString())) });

    QList<QDate> dates;
    QList<qint64> starts;
    for (QDate day = request.from; day <= request.to.addDays(1); day = day.addDays(1)) {
        dates << day;
        starts << day.startOfDay(zone).toMSecsSinceEpoch();
    }

    std::map<std::pair<QString, QString>, Sums> lines;
    std::map<std::tuple<QDate, QString, QString>, Sums> daily;
    QSet<qint64> scopeAccounts;
    std::map<QString, QSet<qint64>> channelAccounts;
    q->finish();
    q = select(db,
               QStringLiteral("SELECT u.account_id, a.channel_id, u.product_id, u.start_at, "
                              "u.end_at, u.quantity_whole, u.quantity_micros FROM usage_record "
                              "u JOIN account a ON a.id = u.account_id"));
    while (q->next()) {
        const qint64 channelId = q->value(1).toLongLong();
        if (!channels.contains(channelId))
            continue;
        const Channel channel = channels.value(channelId);
        const qint64 product = q->value(2).toLongLong();
        const qint64 start = q->value(3).toLongLong();
        const qint64 end = q->value(4).toLongLong();
        const Rational quantity = Rational(BigInt(q->value(5).toLongLong()))
            + Rational(BigInt(q->value(6).toLongLong()), BigInt(1'000'000));
        Sums &line = lines[{ channel.code, products.value(product) }];
        for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
            const qint64 overlap = std::min(end, starts[i + 1]) - std::max(start, starts[i]);
            if (overlap <= 0)
                continue;
            const Rational part = quantity * Rational(BigInt(overlap), BigInt(end - start));
            line.usage += part;
            line.accounts.insert(q->value(0).toLongLong());
            scopeAccounts.insert(q->value(0).toLongLong());
            channelAccounts[channel.code].insert(q->value(0).toLongLong());
            Sums &point = daily[{ dates[i], products.value(product), channel.currency }];
            point.usage += part;
            if (const OracleRate *rate
                = rateOn(rates, product, channel.currency, channelId, dates[i])) {
                line.spend += part * rate->rate;
                point.spend += part * rate->rate;
            } else {
                line.missing = point.missing = true;
            }
        }
    }

    QHash<QString, QString> currencyOfChannel;
    for (const Channel &channel : std::as_const(channels))
        currencyOfChannel.insert(channel.code, channel.currency);
    std::map<std::pair<QString, QString>, Sums> merged;
    for (const auto &[key, line] : lines) {
        if (line.accounts.isEmpty())
            continue;
        const QString currency = currencyOfChannel.value(key.first);
        const int minor = Currency::find(currency)->minorUnits;
        report.channelLines[key]
            = { roundedText(line.usage, 6),
                line.missing ? QString() : roundedText(line.spend, minor), line.accounts.size() };
        report.warnings += line.missing ? 1 : 0;
        Sums &total = merged[{ key.second, currency }];
        total.usage += line.usage;
        total.spend += line.spend;
        total.missing = total.missing || line.missing;
        total.accountCount += line.accounts.size();
    }
    report.accounts = scopeAccounts.size();
    for (const auto &[code, accounts] : channelAccounts)
        report.channelAccounts[code] = accounts.size();
    for (const auto &[key, total] : merged)
        report.productLines[key]
            = { roundedText(total.usage, 6),
                total.missing ? QString()
                              : roundedText(total.spend, Currency::find(key.second)->minorUnits),
                total.accountCount };
    for (const auto &[key, point] : daily)
        report.daily[key]
            = { roundedText(point.usage, 6),
                point.missing
                    ? QString()
                    : roundedText(point.spend, Currency::find(std::get<2>(key))->minorUnits) };
    return report;
}

void compareWithOracle(const ReportResult &result, const OracleReport &expected)
{
    const bool channelScope = result.request.scope == ReportScope::Channel;
    QCOMPARE(result.channelLines.size(), qsizetype(expected.channelLines.size()));
    for (const ReportLine &line : result.channelLines) {
        const auto it = expected.channelLines.find({ line.channelCode, line.productCode });
        QVERIFY2(it != expected.channelLines.end(),
                 qPrintable(line.channelCode + u' ' + line.productCode));
        const auto &[usage, spend, accounts] = it->second;
        const QString where = line.channelCode + u' ' + line.productCode;
        QCOMPARE(line.usage.toString() + u' ' + where, usage + u' ' + where);
        QCOMPARE((line.spend ? line.spend->toString() : QString()) + u' ' + where,
                 spend + u' ' + where);
        QCOMPARE(line.accounts, accounts);
    }
    if (channelScope) {
        QCOMPARE(result.productLines.size(), result.channelLines.size());
    } else {
        QCOMPARE(result.productLines.size(), qsizetype(expected.productLines.size()));
        for (const ReportLine &line : result.productLines) {
            QVERIFY(line.channelCode.isEmpty());
            const auto it = expected.productLines.find({ line.productCode, line.currency });
            QVERIFY(it != expected.productLines.end());
            const auto &[usage, spend, accounts] = it->second;
            const QString where = line.productCode + u' ' + line.currency;
            QCOMPARE(line.usage.toString() + u' ' + where, usage + u' ' + where);
            QCOMPARE((line.spend ? line.spend->toString() : QString()) + u' ' + where,
                     spend + u' ' + where);
            QCOMPARE(line.accounts, accounts);
        }
    }
    QCOMPARE(result.daily.size(), qsizetype(expected.daily.size()));
    for (const DailyPoint &point : result.daily) {
        const auto it = expected.daily.find({ point.date, point.productCode, point.currency });
        QVERIFY(it != expected.daily.end());
        const QString where = point.date.toString(Qt::ISODate) + u' ' + point.productCode;
        QCOMPARE(point.usage.toString() + u' ' + where, it->second.first + u' ' + where);
        QCOMPARE((point.spend ? point.spend->toString() : QString()) + u' ' + where,
                 it->second.second + u' ' + where);
    }
    QCOMPARE(result.warnings.size(), expected.warnings);
    QCOMPARE(result.accounts, expected.accounts);
    QCOMPARE(result.channelAccounts.size(), qsizetype(expected.channelAccounts.size()));
    for (const auto &[code, accounts] : expected.channelAccounts)
        QCOMPARE(result.channelAccounts.value(code, -1), accounts);
}

} // namespace cs::test
