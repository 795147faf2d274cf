#include "sqliteusagefeed.h"

#include <cstring>
#include <sqlite3.h>

namespace cs {

namespace {

namespace usageFeedModule {

enum Column { Id, ExternalId, AccountId, ProductId, StartAt, EndAt, Whole, Micros, Feed };

struct Cursor
{
    sqlite3_vtab_cursor base;
    UsageFeed *feed;
    size_t position;
};

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int declared = sqlite3_declare_vtab(
        db,
        "CREATE TABLE x(id, external_id, account_id, product_id, start_at, end_at, "
        "quantity_whole, quantity_micros, feed HIDDEN)");
    if (declared != SQLITE_OK)
        return declared;
    *table = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    std::memset(*table, 0, sizeof(sqlite3_vtab));
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &constraint = info->aConstraint[i];
        if (constraint.iColumn == Feed && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ
            && constraint.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT; // only usable with its argument
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    auto *opened = static_cast<Cursor *>(sqlite3_malloc(sizeof(Cursor)));
    if (!opened)
        return SQLITE_NOMEM;
    std::memset(opened, 0, sizeof(Cursor));
    *cursor = &opened->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    sqlite3_free(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *base, int, const char *, int argc, sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    cursor->feed = argc > 0
        ? static_cast<UsageFeed *>(sqlite3_value_pointer(argv[0], UsageFeed::s_type))
        : nullptr;
    cursor->position = cursor->feed ? cursor->feed->begin : 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *base)
{
    ++reinterpret_cast<Cursor *>(base)->position;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *base)
{
    const auto *cursor = reinterpret_cast<Cursor *>(base);
    return !cursor->feed || cursor->position >= cursor->feed->end;
}

int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int column)
{
    const auto *cursor = reinterpret_cast<Cursor *>(base);
    UsageFeed &feed = *cursor->feed;
    feed.current = cursor->position;
    const PendingUsage &row = feed.chunk->rows[feed.chunk->order[cursor->position]];
    switch (column) {
    case Id:
        sqlite3_result_int64(context, feed.chunk->firstId + qint64(cursor->position));
        break;
    case ExternalId: {
        const std::string_view id = feed.chunk->idOf(row);
        sqlite3_result_text(context, id.data(), int(id.size()), SQLITE_STATIC);
        break;
    }
    case AccountId:
        sqlite3_result_int64(context, row.accountId);
        break;
    case ProductId:
        sqlite3_result_int64(context, row.productId);
        break;
    case StartAt:
        sqlite3_result_int64(context, row.startMs);
        break;
    case EndAt:
        sqlite3_result_int64(context, row.endMs);
        break;
    case Whole:
        sqlite3_result_int64(context, row.quantity.whole);
        break;
    case Micros:
        sqlite3_result_int64(context, row.quantity.micros);
        break;
    default:
        sqlite3_result_null(context);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid)
{
    *rowid = sqlite3_int64(reinterpret_cast<Cursor *>(base)->position);
    return SQLITE_OK;
}

const sqlite3_module s_module = {
    0,       nullptr, connect, bestIndex, disconnect, nullptr, open,    close,
    filter,  next,    eof,     column,    rowid,      nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr,   nullptr,    nullptr, nullptr, nullptr,
};

} // namespace usageFeedModule

} // namespace

int registerUsageFeed(sqlite3 *db)
{
    return sqlite3_create_module_v2(db, "cs_usage_feed", &usageFeedModule::s_module, nullptr,
                                    nullptr);
}

} // namespace cs
