#pragma once

#include "db/connection.h"

#include <QString>

#include <memory>

namespace cs::test {

// Reports a test that cannot run on this machine (a missing tool, no permission): a failure
// when CI is set, a loud skip elsewhere. Return from the test right after it.
void cannotRun(const QString &why);

// True when the suite runs under tests/support/with-keyring.sh, with a real system keychain that
// must work; otherwise ctest runs it without a session bus, where no keychain can be reached.
inline bool keychainExpected()
{
    return qEnvironmentVariableIsSet("CHANNELSCOPE_TEST_KEYCHAIN");
}

// Database suites run every test on SQLite and on PostgreSQL. In a test's _data() function call
// addDatabaseRows() (it adds the column "database"); in the test, freshDatabase() opens an empty,
// migrated database of that kind.
//
// PostgreSQL comes from CHANNELSCOPE_TEST_PG_URL (set by ctest to the throwaway cluster). If it
// is not set or not reachable, the PostgreSQL rows fail when CI is set and skip loudly otherwise.
void addDatabaseRows();

// The database kind of the current data row ("sqlite" or "postgresql").
QString currentDatabaseKind();

// A new empty database of the current row's kind: a temporary SQLite file, or a freshly created
// PostgreSQL database. Returns nullptr after QFAIL/QSKIP; use QVERIFY(db) or the macro below.
std::unique_ptr<Connection> freshDatabase();
// The URL of the last database freshDatabase() created (to open more connections to it).
DatabaseUrl lastDatabaseUrl();

} // namespace cs::test

#define CS_FRESH_DATABASE(var)                                                                     \
    auto var = cs::test::freshDatabase();                                                          \
    if (!var)                                                                                      \
        return;
