#pragma once

#include "numeric/quantity.h"
#include "util/result.h"

#include <QByteArray>

#include <optional>
#include <string_view>
#include <vector>

struct sqlite3;

namespace cs {

// A validated usage row of the fresh SQLite import, waiting in a chunk; its id text lies in
// the chunk's id buffer.
struct PendingUsage
{
    qint64 line;
    qint64 accountId;
    qint64 channelId;
    qint64 productId;
    qint64 startMs;
    qint64 endMs;
    StoredQuantity quantity;
    qsizetype idOffset;
    qsizetype idLength;
};

struct UsageChunk
{
    std::vector<PendingUsage> rows;
    QByteArray ids;
    std::vector<quint32> order; // the rows in the order of their ids
    qint64 firstId = 0; // usage_record.id of rows[order[0]]; the others follow
    qint64 duplicateLine = 0; // the earliest duplicate within the chunk, 0 if none
    std::optional<Error> error; // a parse error after the rows of this (last) chunk
    qint64 errorLine = 0;
    std::string_view idOf(const PendingUsage &p) const
    {
        return std::string_view(ids.constData() + p.idOffset, size_t(p.idLength));
    }
};

// The rows order[begin, end) of a chunk, handed to one INSERT ... SELECT through the virtual
// table cs_usage_feed, so that SQLite inserts a whole batch in one statement: no bind, step and
// reset calls (each taking the connection's mutex) per row.
struct UsageFeed
{
    static constexpr const char *s_type = "cs_usage_feed";
    const UsageChunk *chunk = nullptr;
    size_t begin = 0;
    size_t end = 0;
    size_t current = 0; // the row SQLite read last, for an error message
};

// Registers the eponymous-only table-valued function cs_usage_feed(pointer) over a UsageFeed,
// with the columns of usage_record, on db; the pointer is bound with sqlite3_bind_pointer() and
// the type UsageFeed::s_type. Returns an SQLite result code.
int registerUsageFeed(sqlite3 *db);

} // namespace cs
