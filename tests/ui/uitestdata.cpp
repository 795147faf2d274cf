#include "uitestdata.h"

#include "db/connection.h"
#include "report/usagerollup.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace cs::test {

Status seedReportData(Connection &db, int extraDays)
{
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QStringList statements {
        QStringLiteral("INSERT INTO billing_group (code, name) VALUES "
                       "('G-NORTH', 'North Distribution'), ('G-SOUTH', 'South Distribution')"),
        QStringLiteral("INSERT INTO channel (code, name, billing_group_id, currency) VALUES "
                       "('CH-A', 'Alpha Cloud', (SELECT id FROM billing_group WHERE code = "
                       "'G-NORTH'), 'USD'), "
                       "('CH-B', 'Beta Hosting', (SELECT id FROM billing_group WHERE code = "
                       "'G-NORTH'), 'EUR'), "
                       "('CH-C', 'Gamma Systems', (SELECT id FROM billing_group WHERE code = "
                       "'G-SOUTH'), 'USD'), "
                       "('CH-SOLO', 'Solo Reseller', NULL, 'JPY')"),
        QStringLiteral("INSERT INTO product (code, name, category, uom) VALUES "
                       "('RUNNING_VM', 'Running VM', 'Compute', 'Compute-Hours'), "
                       "('VOLUME', 'Volume', 'Storage', 'GB-Months'), "
                       "('IP_ADDRESS', 'Public IP address', 'Network', 'IP-Month'), "
                       "('BACKUP', 'Backup', 'Storage', 'GB-Months')"),
    };
    for (const QString &sql : statements) {
        if (auto q = db.exec(sql); !q)
            return q.error();
    }
    struct Rate
    {
        const char *product;
        const char *currency;
        const char *rate;
    };
    const Rate rates[] = { { "RUNNING_VM", "USD", "0.05" }, { "RUNNING_VM", "EUR", "0.045" },
                           { "RUNNING_VM", "JPY", "7" },    { "VOLUME", "USD", "0.1" },
                           { "VOLUME", "EUR", "0.09" },     { "VOLUME", "JPY", "15" },
                           { "IP_ADDRESS", "USD", "3.5" },  { "IP_ADDRESS", "EUR", "3.2" },
                           { "IP_ADDRESS", "JPY", "400" },  { "BACKUP", "USD", "0.025" } };
    for (const Rate &rate : rates) {
        auto q = db.exec(QStringLiteral("INSERT INTO rate (product_id, currency, rate, "
                                        "effective_from, channel_id) VALUES ((SELECT id FROM "
                                        "product WHERE code = ?), ?, ?, '2020-01-01', NULL)"),
                         { QString::fromLatin1(rate.product), QString::fromLatin1(rate.currency),
                           QString::fromLatin1(rate.rate) });
        if (!q)
            return q.error();
    }
    const QStringList channels { QStringLiteral("CH-A"), QStringLiteral("CH-B"),
                                 QStringLiteral("CH-C"), QStringLiteral("CH-SOLO") };
    for (const QString &channel : channels) {
        for (int a = 1; a <= 4; ++a) {
            auto q = db.exec(QStringLiteral("INSERT INTO account (code, name, channel_id) VALUES "
                                            "(?, ?, (SELECT id FROM channel WHERE code = ?))"),
                             { QStringLiteral("%1-ACC%2").arg(channel).arg(a),
                               QStringLiteral("Customer %1 of %2").arg(a).arg(channel), channel });
            if (!q)
                return q.error();
        }
    }
    const QStringList products { QStringLiteral("RUNNING_VM"), QStringLiteral("VOLUME"),
                                 QStringLiteral("IP_ADDRESS"), QStringLiteral("BACKUP") };
    const QDate first = seedFirstDay(extraDays);
    const QDate last(2026, 10, 31);
    qint64 id = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const qint64 start = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 end = start + 86'400'000;
        QStringList values;
        for (int c = 0; c < channels.size(); ++c) {
            for (int a = 1; a <= 3; ++a) {
                for (int p = 0; p < products.size(); ++p) {
                    // no product is used by every account: account 1 uses no IP_ADDRESS,
                    // 2 no VOLUME, 3 no RUNNING_VM and no BACKUP
                    if ((a + p) % 3 == 0)
                        continue;
                    const qint64 whole = (c * 13 + a * 7 + p * 5 + day.day() * 3) % 47 + p * 10;
                    const qint64 micros = (a * 250'000 + day.day() * 1'234) % 1'000'000;
                    values.append(QStringLiteral("('U%1', (SELECT id FROM account WHERE code = "
                                                 "'%2-ACC%3'), (SELECT id FROM product WHERE "
                                                 "code = '%4'), %5, %6, %7, %8)")
                                      .arg(++id)
                                      .arg(channels.at(c))
                                      .arg(a)
                                      .arg(products.at(p))
                                      .arg(start)
                                      .arg(end)
                                      .arg(whole)
                                      .arg(micros));
                }
            }
            if (day == QDate(2026, 9, 15)) // account 4 is active on this day only
                values.append(QStringLiteral("('U%1', (SELECT id FROM account WHERE code = "
                                             "'%2-ACC4'), (SELECT id FROM product WHERE code = "
                                             "'VOLUME'), %3, %4, 1, 0)")
                                  .arg(++id)
                                  .arg(channels.at(c))
                                  .arg(start)
                                  .arg(end));
        }
        auto q = db.exec(QStringLiteral("INSERT INTO usage_record (external_id, account_id, "
                                        "product_id, start_at, end_at, quantity_whole, "
                                        "quantity_micros) VALUES ")
                         + values.join(QStringLiteral(", ")));
        if (!q)
            return q.error();
    }
    if (auto rebuilt = UsageRollup::rebuild(db); !rebuilt)
        return rebuilt;
    return transaction.commit();
}

} // namespace cs::test
