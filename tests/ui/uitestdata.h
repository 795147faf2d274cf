#pragma once

#include "support/testdatabase.h"
#include "util/result.h"

#include <QDate>
#include <QTest>

namespace cs {
class Connection;
}

namespace cs::test {

// A small report dataset written with plain SQL (then the usage rollups are rebuilt):
// billing groups G-NORTH (channels CH-A in USD, CH-B in EUR) and G-SOUTH (CH-C in USD), the
// channel CH-SOLO (JPY) in no group, products RUNNING_VM, VOLUME, IP_ADDRESS and BACKUP (BACKUP
// has a rate in USD only, so EUR and JPY usage of it has no spend), four accounts per channel:
// accounts 1 to 3 with one daily record per product they use from 2026-09-01 to 2026-10-31 (UTC
// days; each account leaves out one or two products, so that no product has every account),
// with quantities that vary by account, product and day, plus `extraDays` more days before that
// (to make reports slower); account 4 with one VOLUME record on 2026-09-15 only.
Status seedReportData(Connection &db, int extraDays = 0);

inline QDate seedFirstDay(int extraDays = 0)
{
    return QDate(2026, 9, 1).addDays(-extraDays);
}

} // namespace cs::test

// A fresh test database (CS_FRESH_DATABASE) named `var`, with seedReportData() in it.
#define CS_SEEDED_DATABASE(var)                                                                    \
    CS_FRESH_DATABASE(var);                                                                        \
    {                                                                                              \
        const cs::Status seeded = cs::test::seedReportData(*var);                                  \
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.errorString()));                   \
    }
