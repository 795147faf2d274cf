#pragma once

#include "util/result.h"

namespace cs {

class Connection;

// The versioned schema. Migrations are the numbered scripts in core/db/migrations/, applied in
// order, each in its own transaction, and recorded in schema_version.
namespace Schema {

// The version this build writes.
int latestVersion();
// The version of the open database (0 when it has no schema yet), read without writing.
Result<int> currentVersion(Connection &connection);
// The version, read without writing; refuses (with a sentence) a database whose version is newer
// than this build knows, and an SQLite file that holds another application's tables.
Result<int> check(Connection &connection);
// Brings the database up to latestVersion(), one transaction per migration, serialised between
// processes (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite). Refuses a newer
// database. On PostgreSQL a role that may not create tables (or alter the existing ones) gets a
// message naming the missing privilege before anything is tried.
Status migrate(Connection &connection);

} // namespace Schema

} // namespace cs
