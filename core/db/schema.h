#pragma once

#include "util/result.h"

namespace cs {

class Connection;

// The versioned schema. Migrations are the numbered scripts in core/db/migrations/, applied in
// order, each in its own transaction, and recorded in schema_version.
namespace Schema {

// The version this build writes.
int latestVersion();
// The version of the open database (0 when it is empty).
Result<int> currentVersion(Connection &connection);
// Brings the database up to latestVersion(). Refuses a database whose version is newer than
// this build knows, so that an old program never writes to a newer schema.
Status migrate(Connection &connection);

} // namespace Schema

} // namespace cs
