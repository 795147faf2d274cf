#pragma once

#include "numeric/quantity.h"
#include "util/result.h"

#include <QtGlobal>

#include <memory>

namespace cs {

class Connection;

// Keeps the report's pre-aggregated tables in step with usage_record. The importer feeds every
// usage record it inserts (add) and the old version of every record it replaces (subtract),
// then calls apply() inside its own transaction, so that rollups and raw records always commit
// together. Reports built from the rollups equal reports built from the raw records.
class UsageRollupBuilder
{
public:
    // Reads the business time zone of the database; the rollups are per business day.
    static Result<std::unique_ptr<UsageRollupBuilder>> create(Connection &connection);
    virtual ~UsageRollupBuilder() = default;

    virtual void add(qint64 usageId, qint64 channelId, qint64 accountId, qint64 productId,
                     qint64 startMs, qint64 endMs, const StoredQuantity &quantity)
        = 0;
    virtual void subtract(qint64 usageId, qint64 channelId, qint64 accountId, qint64 productId,
                          qint64 startMs, qint64 endMs, const StoredQuantity &quantity)
        = 0;
    // Writes the accumulated changes. Call inside the caller's transaction.
    virtual Status apply() = 0;
    // Reads the membership history again (after the importer changed it): what is added or
    // subtracted from now on follows the new history.
    virtual Status reloadMemberships() = 0;
};

namespace UsageRollup {
// Recomputes every rollup from usage_record (after the business time zone changed, or to
// repair). Runs in the caller's transaction.
Status rebuild(Connection &connection);
// True when usage_record has rows but the rollups are empty (a database from before migration
// 0002, or 0005 emptied them): reports read the raw records, the next import rebuilds them.
Result<bool> isMissing(Connection &connection);
} // namespace UsageRollup

} // namespace cs
