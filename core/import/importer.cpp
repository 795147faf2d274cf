#include "importer.h"

#include "csvreader.h"
#include "db/connection.h"
#include "fieldparser.h"
#include "importlock.h"
#include "numeric/currency.h"
#include "report/usagerollup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <libpq-fe.h>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cs {

qint64 ImportSummary::totalRows() const
{
    qint64 total = 0;
    for (const qint64 rows : rowsPerFile)
        total += rows;
    return total;
}

namespace {

constexpr qint64 s_progressInterval = 50'000;

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

// What a code or id resolves to: the row id, and the parent (an account's channel) or the
// currency (of a channel or an invoice).
struct Reference
{
    qint64 id = 0;
    qint64 parent = 0;
    QString currency;
};
using ReferenceMap = std::unordered_map<std::string, Reference, StringHash, std::equal_to<>>;
using KeySet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

std::string_view view(QByteArrayView bytes)
{
    return std::string_view(bytes.data(), size_t(bytes.size()));
}

// A field value for an error message: quoted, shortened, and decoded leniently.
QString shown(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes.first(qMin<qsizetype>(bytes.size(), 80)));
    if (bytes.size() > 80)
        text += QStringLiteral("...");
    return u'"' + text + u'"';
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

struct SqliteStatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using SqliteStatement = std::unique_ptr<sqlite3_stmt, SqliteStatementDeleter>;

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

// The rows order[begin, end) of a chunk, handed to one INSERT ... SELECT through the virtual table
// below, so that SQLite inserts a whole batch in one statement: no bind, step and reset calls
// (each taking the connection's mutex) per row.
struct UsageFeed
{
    static constexpr const char *s_type = "cs_usage_feed";
    const UsageChunk *chunk = nullptr;
    size_t begin = 0;
    size_t end = 0;
    size_t current = 0; // the row SQLite read last, for an error message
};

// An eponymous-only table-valued function cs_usage_feed(pointer) over a UsageFeed, with the
// columns of usage_record; the pointer is bound with sqlite3_bind_pointer().
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

// One file of the format: its name, the columns it must have, and how its rows are imported.
class ImportRun;
using FileHandler = Status (ImportRun::*)(CsvReader &csv, const QList<int> &columns);

struct FileSpec
{
    const char *name;
    std::initializer_list<const char *> columns;
    FileHandler handler;
};

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(cs::ImportRun)
public:
    ImportRun(Connection &connection, const std::function<void(qint64)> &progress)
        : m_connection(connection)
        , m_progress(progress)
    { }

    Result<ImportSummary> run(const QString &directory);

    // The handlers of s_files.
    Status importBillingGroups(CsvReader &csv, const QList<int> &columns);
    Status importChannels(CsvReader &csv, const QList<int> &columns);
    Status importAccounts(CsvReader &csv, const QList<int> &columns);
    Status importProducts(CsvReader &csv, const QList<int> &columns);
    Status importRates(CsvReader &csv, const QList<int> &columns);
    Status importUsage(CsvReader &csv, const QList<int> &columns);
    Status importUsageSqlite(CsvReader &csv, const QList<int> &columns, qint64 maxIdBefore);
    Status importUsagePostgresql(CsvReader &csv, const QList<int> &columns, qint64 maxIdBefore);
    Status importStatements(CsvReader &csv, const QList<int> &columns);
    Status importInvoices(CsvReader &csv, const QList<int> &columns);
    Status importInvoiceItems(CsvReader &csv, const QList<int> &columns);
    Status importPayments(CsvReader &csv, const QList<int> &columns);
    Status importPaymentFailures(CsvReader &csv, const QList<int> &columns);

private:
    struct UsageRow
    {
        QByteArrayView id;
        const Reference *account = nullptr;
        qint64 productId = 0;
        qint64 startMs = 0;
        qint64 endMs = 0;
        StoredQuantity quantity;
    };
    Status parseUsageRow(CsvReader &csv, const QList<int> &columns, UsageRow &row);
    Status insertUsageSorted(CsvReader &csv, const QList<int> &columns, sqlite3 *db,
                             sqlite3_stmt *insert, sqlite3_stmt *find);

    Error fieldError(const CsvReader &csv, int column, const QString &reason) const;
    Error valueError(const CsvReader &csv, int column, const QString &reason) const;
    Result<QString> code(const CsvReader &csv, int column, KeySet &seen) const;
    Result<QString> externalId(const CsvReader &csv, int column, KeySet &seen) const;
    Result<QString> text(const CsvReader &csv, int column, bool required) const;
    Result<const Reference *> reference(const CsvReader &csv, int column, const ReferenceMap &map,
                                        const QString &what) const;
    Result<Currency> currency(const CsvReader &csv, int column) const;
    Result<qint64> timestamp(const CsvReader &csv, int column) const;
    Result<qint64> date(const CsvReader &csv, int column) const;
    Result<qint64> money(const CsvReader &csv, int column, const Currency &currency) const;
    Result<Decimal> decimal(const CsvReader &csv, int column) const;

    Result<QSqlQuery> prepare(const QString &sql);
    Status execute(QSqlQuery &query, const CsvReader &csv);
    Status loadReferences(ReferenceMap &map, const QString &sql);
    void rowDone();

    Connection &m_connection;
    const std::function<void(qint64)> &m_progress;
    std::unique_ptr<UsageRollupBuilder> m_rollups;
    bool m_rebuildRollups = false;
    qint64 m_rows = 0;
    qint64 m_nextProgress = s_progressInterval;
    ReferenceMap m_billingGroups;
    ReferenceMap m_channels;
    ReferenceMap m_accounts;
    ReferenceMap m_products;
    ReferenceMap m_invoices;
    bool m_invoicesLoaded = false;
    std::string m_lastAccount;
    std::string m_lastProduct;
};

// In dependency order: every file refers only to files above it.
const FileSpec s_files[] = {
    { "billing_groups.csv", { "code", "name" }, &ImportRun::importBillingGroups },
    { "channels.csv", { "code", "name", "billing_group", "currency" }, &ImportRun::importChannels },
    { "accounts.csv", { "code", "name", "channel" }, &ImportRun::importAccounts },
    { "products.csv", { "code", "name", "category", "uom" }, &ImportRun::importProducts },
    { "rates.csv",
      { "product", "currency", "rate", "effective_from", "channel" },
      &ImportRun::importRates },
    { "usage.csv",
      { "id", "account", "product", "start", "end", "quantity" },
      &ImportRun::importUsage },
    { "statements.csv",
      { "id", "account", "period_start", "period_end", "posted_at", "balance_forward", "payments",
        "credits", "new_charges", "net_balance", "currency" },
      &ImportRun::importStatements },
    { "invoices.csv",
      { "id", "account", "number", "posted_at", "service_start", "service_end", "subtotal",
        "discount", "tax", "total", "currency" },
      &ImportRun::importInvoices },
    { "invoice_items.csv",
      { "id", "invoice", "description", "amount", "unit_price", "chargeable_usage" },
      &ImportRun::importInvoiceItems },
    { "payments.csv",
      { "id", "account", "type", "created_at", "amount", "currency", "reference", "memo" },
      &ImportRun::importPayments },
    { "payment_failures.csv",
      { "id", "account", "created_at", "amount", "currency", "status_code", "memo" },
      &ImportRun::importPaymentFailures },
};

Result<ImportSummary> ImportRun::run(const QString &directory)
{
    const QFileInfo folder(directory);
    if (!folder.exists())
        return Error { tr("%1 does not exist").arg(QDir::toNativeSeparators(directory)) };
    if (!folder.isDir())
        return Error { tr("%1 is not a directory").arg(QDir::toNativeSeparators(directory)) };

    // Open every file and check its header first, so that a missing column fails at once rather
    // than after a long usage file.
    struct OpenFile
    {
        const FileSpec *spec;
        std::unique_ptr<CsvReader> reader;
        QList<int> columns;
    };
    std::vector<OpenFile> files;
    const QDir dir(directory);
    for (const FileSpec &spec : s_files) {
        const QString name = QLatin1StringView(spec.name);
        const QString path = dir.filePath(name);
        if (!QFileInfo(path).isFile())
            continue;
        auto reader = std::make_unique<CsvReader>(path, name);
        if (const Status opened = reader->open(); !opened)
            return opened.error();
        QList<int> columns;
        for (const char *column : spec.columns) {
            const int index = reader->columnIndex(QString::fromLatin1(column));
            if (index < 0)
                return Error { tr("%1 line 1: missing column \"%2\" in the header")
                                   .arg(name, QLatin1StringView(column)) };
            columns.append(index);
        }
        files.push_back({ &spec, std::move(reader), columns });
    }
    if (files.empty())
        return Error { tr("%1 contains none of the dataset files (billing_groups.csv, "
                          "channels.csv, accounts.csv, products.csv, rates.csv, usage.csv, ...)")
                           .arg(QDir::toNativeSeparators(directory)) };

    // One import at a time: a second one waits up to the busy timeout, then names the first.
    auto lock = ImportLock::acquire(m_connection);
    if (!lock)
        return lock.error();

    // Every reference is resolved by the importer itself, against rows of the same transaction,
    // so SQLite's per-row foreign key checks only cost time. The pragma cannot change inside a
    // transaction; it is set around it and restored afterwards.
    struct ForeignKeys
    {
        Connection &connection;
        bool restore = false;
        ~ForeignKeys()
        {
            if (restore)
                connection.exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok();
        }
    } foreignKeys { m_connection };
    if (m_connection.isSqlite()) {
        auto enabled = m_connection.exec(QStringLiteral("PRAGMA foreign_keys"));
        if (enabled && enabled->next() && enabled->value(0).toInt() == 1) {
            enabled->finish();
            foreignKeys.restore
                = m_connection.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
        }
    }

    Transaction transaction(m_connection);
    if (const Status begun = transaction.begin(); !begun)
        return transaction.wasBusy() ? (*lock)->busyError() : begun.error();
    auto rollups = UsageRollupBuilder::create(m_connection);
    if (!rollups)
        return rollups.error();
    m_rollups = std::move(*rollups);
    // Rollups emptied by a migration are rebuilt after this import, not completed by it.
    const auto rollupsMissing = UsageRollup::isMissing(m_connection);
    if (!rollupsMissing)
        return rollupsMissing.error();
    m_rebuildRollups = *rollupsMissing;

    for (const auto &[name, map, sql] :
         { std::tuple { "billing_group", &m_billingGroups,
                        "SELECT code, id, NULL FROM billing_group" },
           std::tuple { "channel", &m_channels, "SELECT code, id, currency FROM channel" },
           std::tuple { "account", &m_accounts, "SELECT code, id, channel_id FROM account" },
           std::tuple { "product", &m_products, "SELECT code, id, NULL FROM product" } }) {
        Q_UNUSED(name);
        if (const Status loaded = loadReferences(*map, QLatin1StringView(sql)); !loaded)
            return loaded.error();
    }

    ImportSummary summary;
    for (OpenFile &file : files) {
        if (const Status imported = (this->*file.spec->handler)(*file.reader, file.columns);
            !imported)
            return imported.error();
        if (file.reader->hasError())
            return file.reader->error();
        summary.rowsPerFile.insert(QLatin1StringView(file.spec->name), file.reader->records());
    }

    if (const Status applied = m_rollups->apply(); !applied)
        return applied.error();
    // An account that moved to another channel moves its usage in the per-channel rollups.
    if (m_rebuildRollups) {
        if (const Status rebuilt = UsageRollup::rebuild(m_connection); !rebuilt)
            return rebuilt.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

void ImportRun::rowDone()
{
    if (++m_rows >= m_nextProgress) {
        m_nextProgress += s_progressInterval;
        if (m_progress)
            m_progress(m_rows);
    }
}

Error ImportRun::fieldError(const CsvReader &csv, int column, const QString &reason) const
{
    return Error { csv.location(column) % QStringLiteral(": ") % reason };
}

Error ImportRun::valueError(const CsvReader &csv, int column, const QString &reason) const
{
    return Error { csv.location(column) % QStringLiteral(": ") % reason % u' '
                   % shown(csv.field(column)) };
}

Result<QString> ImportRun::code(const CsvReader &csv, int column, KeySet &seen) const
{
    const QByteArrayView bytes = csv.field(column);
    QString reason;
    if (!FieldParser::isValidCode(bytes, &reason))
        return valueError(csv, column, reason);
    if (!seen.emplace(view(bytes)).second)
        return valueError(csv, column, tr("duplicate code in the file"));
    return QString::fromLatin1(bytes);
}

Result<QString> ImportRun::externalId(const CsvReader &csv, int column, KeySet &seen) const
{
    const QByteArrayView bytes = csv.field(column);
    if (bytes.isEmpty())
        return fieldError(csv, column, tr("empty id"));
    if (!seen.emplace(view(bytes)).second)
        return valueError(csv, column, tr("duplicate id in the file"));
    return QString::fromUtf8(bytes);
}

Result<QString> ImportRun::text(const CsvReader &csv, int column, bool required) const
{
    const QByteArrayView bytes = csv.field(column);
    if (required && bytes.trimmed().isEmpty())
        return fieldError(csv, column, tr("empty value"));
    return QString::fromUtf8(bytes);
}

Result<const Reference *> ImportRun::reference(const CsvReader &csv, int column,
                                               const ReferenceMap &map, const QString &what) const
{
    const QByteArrayView bytes = csv.field(column);
    const auto found = map.find(view(bytes));
    if (found == map.end())
        return valueError(csv, column, tr("unknown %1").arg(what));
    return &found->second;
}

Result<Currency> ImportRun::currency(const CsvReader &csv, int column) const
{
    const QByteArrayView bytes = csv.field(column);
    if (bytes.size() == 3) {
        if (const auto found = Currency::find(QString::fromLatin1(bytes)))
            return *found;
    }
    return valueError(csv, column, tr("unknown currency code"));
}

Result<qint64> ImportRun::timestamp(const CsvReader &csv, int column) const
{
    QString reason;
    if (const auto value = FieldParser::parseTimestamp(csv.field(column), &reason))
        return *value;
    return valueError(csv, column, reason);
}

Result<qint64> ImportRun::date(const CsvReader &csv, int column) const
{
    QString reason;
    if (const auto value = FieldParser::parseDate(csv.field(column), &reason))
        return *value;
    return valueError(csv, column, reason);
}

Result<qint64> ImportRun::money(const CsvReader &csv, int column, const Currency &currency) const
{
    QString reason;
    if (const auto value = FieldParser::parseMoney(csv.field(column), currency.minorUnits, &reason))
        return *value;
    return valueError(csv, column, reason);
}

Result<Decimal> ImportRun::decimal(const CsvReader &csv, int column) const
{
    QString reason;
    if (const auto value = FieldParser::parseDecimal(csv.field(column), &reason))
        return *value;
    return valueError(csv, column, reason);
}

Result<QSqlQuery> ImportRun::prepare(const QString &sql)
{
    QSqlQuery query = m_connection.query();
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error { tr("cannot prepare the import: %1").arg(Connection::describe(query)) };
    return query;
}

Status ImportRun::execute(QSqlQuery &query, const CsvReader &csv)
{
    if (!query.exec())
        return Error { csv.location() % QStringLiteral(": ") % Connection::describe(query) };
    rowDone();
    return success();
}

Status ImportRun::loadReferences(ReferenceMap &map, const QString &sql)
{
    auto query = m_connection.exec(sql);
    if (!query)
        return query.error();
    map.clear();
    while (query->next()) {
        Reference reference;
        reference.id = query->value(1).toLongLong();
        const QVariant extra = query->value(2);
        if (extra.metaType().id() == QMetaType::QString)
            reference.currency = extra.toString();
        else if (!extra.isNull())
            reference.parent = extra.toLongLong();
        map.emplace(query->value(0).toString().toStdString(), std::move(reference));
    }
    return success();
}

#define CS_TRY(var, expression)                                                                    \
    auto var = (expression);                                                                       \
    if (!var)                                                                                      \
        return var.error();

Status ImportRun::importBillingGroups(CsvReader &csv, const QList<int> &c)
{
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO billing_group (code, name) VALUES (?, ?) ON CONFLICT (code) "
               "DO UPDATE SET name = excluded.name")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(groupCode, code(csv, c[0], seen));
        CS_TRY(name, text(csv, c[1], true));
        query->bindValue(0, *groupCode);
        query->bindValue(1, *name);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return loadReferences(m_billingGroups,
                          QStringLiteral("SELECT code, id, NULL FROM billing_group"));
}

Status ImportRun::importChannels(CsvReader &csv, const QList<int> &c)
{
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO channel (code, name, billing_group_id, currency) VALUES (?, ?, "
               "?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
               "billing_group_id = excluded.billing_group_id, currency = excluded.currency")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(channelCode, code(csv, c[0], seen));
        CS_TRY(name, text(csv, c[1], true));
        QVariant group = nullInteger();
        if (!csv.field(c[2]).isEmpty()) {
            CS_TRY(found, reference(csv, c[2], m_billingGroups, tr("billing group")));
            group = (*found)->id;
        }
        CS_TRY(channelCurrency, currency(csv, c[3]));
        query->bindValue(0, *channelCode);
        query->bindValue(1, *name);
        query->bindValue(2, group);
        query->bindValue(3, channelCurrency->code);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return loadReferences(m_channels, QStringLiteral("SELECT code, id, currency FROM channel"));
}

Status ImportRun::importAccounts(CsvReader &csv, const QList<int> &c)
{
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO account (code, name, channel_id) VALUES (?, ?, ?) ON CONFLICT "
               "(code) DO UPDATE SET name = excluded.name, channel_id = excluded.channel_id")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(accountCode, code(csv, c[0], seen));
        CS_TRY(name, text(csv, c[1], true));
        CS_TRY(channel, reference(csv, c[2], m_channels, tr("channel")));
        const auto existing = m_accounts.find(view(csv.field(c[0])));
        if (existing != m_accounts.end() && existing->second.parent != (*channel)->id)
            m_rebuildRollups = true;
        query->bindValue(0, *accountCode);
        query->bindValue(1, *name);
        query->bindValue(2, (*channel)->id);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return loadReferences(m_accounts, QStringLiteral("SELECT code, id, channel_id FROM account"));
}

Status ImportRun::importProducts(CsvReader &csv, const QList<int> &c)
{
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO product (code, name, category, uom) VALUES (?, ?, ?, ?) ON "
               "CONFLICT (code) DO UPDATE SET name = excluded.name, category = "
               "excluded.category, uom = excluded.uom")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(productCode, code(csv, c[0], seen));
        CS_TRY(name, text(csv, c[1], true));
        CS_TRY(category, text(csv, c[2], false));
        CS_TRY(uom, text(csv, c[3], false));
        query->bindValue(0, *productCode);
        query->bindValue(1, *name);
        query->bindValue(2, *category);
        query->bindValue(3, *uom);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    return loadReferences(m_products, QStringLiteral("SELECT code, id, NULL FROM product"));
}

Status ImportRun::importRates(CsvReader &csv, const QList<int> &c)
{
    // Rates have no id: (product, currency, effective_from, channel) is their key.
    CS_TRY(find,
           prepare(QStringLiteral("SELECT id FROM rate WHERE product_id = ? AND currency = ? "
                                  "AND effective_from = ? AND ")
                   + m_connection.dialect().nullSafeEquals(QStringLiteral("channel_id"),
                                                           QStringLiteral("?"))));
    CS_TRY(update, prepare(QStringLiteral("UPDATE rate SET rate = ? WHERE id = ?")));
    CS_TRY(insert,
           prepare(QStringLiteral("INSERT INTO rate (product_id, currency, rate, "
                                  "effective_from, channel_id) VALUES (?, ?, ?, ?, ?)")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(product, reference(csv, c[0], m_products, tr("product")));
        CS_TRY(rateCurrency, currency(csv, c[1]));
        CS_TRY(rate, decimal(csv, c[2]));
        if (rate->isNegative())
            return valueError(csv, c[2], tr("negative rate"));
        CS_TRY(from, date(csv, c[3]));
        Q_UNUSED(*from);
        QVariant channelId = nullInteger();
        if (!csv.field(c[4]).isEmpty()) {
            CS_TRY(channel, reference(csv, c[4], m_channels, tr("channel")));
            if ((*channel)->currency != rateCurrency->code)
                return fieldError(
                    csv, c[1],
                    tr("the rate is in %1 but channel %2 bills in %3")
                        .arg(rateCurrency->code, shown(csv.field(c[4])), (*channel)->currency));
            channelId = (*channel)->id;
        }
        const std::string key = std::string(view(csv.field(c[0]))) + '\n'
            + std::string(view(csv.field(c[1]))) + '\n' + std::string(view(csv.field(c[3]))) + '\n'
            + std::string(view(csv.field(c[4])));
        if (!seen.insert(key).second)
            return fieldError(csv, c[3],
                              tr("duplicate rate for this product, currency, effective_from "
                                 "and channel"));
        const QString effectiveFrom = QString::fromLatin1(csv.field(c[3]));
        find->bindValue(0, (*product)->id);
        find->bindValue(1, rateCurrency->code);
        find->bindValue(2, effectiveFrom);
        find->bindValue(3, channelId);
        if (!find->exec())
            return Error { csv.location() % QStringLiteral(": ") % Connection::describe(*find) };
        const QString rateText = rate->toCompactString();
        if (find->next()) {
            const qint64 id = find->value(0).toLongLong();
            find->finish();
            update->bindValue(0, rateText);
            update->bindValue(1, id);
            if (const Status done = execute(*update, csv); !done)
                return done;
        } else {
            find->finish();
            insert->bindValue(0, (*product)->id);
            insert->bindValue(1, rateCurrency->code);
            insert->bindValue(2, rateText);
            insert->bindValue(3, effectiveFrom);
            insert->bindValue(4, channelId);
            if (const Status done = execute(*insert, csv); !done)
                return done;
        }
    }
    return csv.hasError() ? Status(csv.error()) : success();
}

Status ImportRun::parseUsageRow(CsvReader &csv, const QList<int> &c, UsageRow &row)
{
    row.id = csv.field(c[0]);
    if (row.id.isEmpty())
        return fieldError(csv, c[0], tr("empty id"));
    const QByteArrayView account = csv.field(c[1]);
    // Usage files come grouped by account and product: look up only when the code changes.
    if (!row.account || view(account) != view(m_lastAccount)) {
        const auto found = m_accounts.find(view(account));
        if (found == m_accounts.end())
            return valueError(csv, c[1], tr("unknown account"));
        row.account = &found->second;
        m_lastAccount.assign(account.data(), size_t(account.size()));
    }
    const QByteArrayView product = csv.field(c[2]);
    if (!row.productId || view(product) != view(m_lastProduct)) {
        const auto found = m_products.find(view(product));
        if (found == m_products.end())
            return valueError(csv, c[2], tr("unknown product"));
        row.productId = found->second.id;
        m_lastProduct.assign(product.data(), size_t(product.size()));
    }
    QString reason;
    const auto start = FieldParser::parseTimestamp(csv.field(c[3]), &reason);
    if (!start)
        return valueError(csv, c[3], reason);
    const auto end = FieldParser::parseTimestamp(csv.field(c[4]), &reason);
    if (!end)
        return valueError(csv, c[4], reason);
    if (*end <= *start)
        return valueError(csv, c[4], tr("end is not after start %1").arg(shown(csv.field(c[3]))));
    if (*end - *start > FieldParser::MaxUsageSpanMs)
        return valueError(csv, c[4],
                          tr("a usage record may span at most 366 days; start is %1")
                              .arg(shown(csv.field(c[3]))));
    const auto quantity = FieldParser::parseQuantity(csv.field(c[5]), &reason);
    if (!quantity)
        return valueError(csv, c[5], reason);
    row.startMs = *start;
    row.endMs = *end;
    row.quantity = *quantity;
    return success();
}

Status ImportRun::importUsage(CsvReader &csv, const QList<int> &columns)
{
    CS_TRY(max, m_connection.exec(QStringLiteral("SELECT MAX(id) FROM usage_record")));
    const qint64 maxIdBefore = max->next() ? max->value(0).toLongLong() : 0;
    max->finish();
    m_lastAccount.clear();
    m_lastProduct.clear();
    if (m_connection.isSqlite())
        return importUsageSqlite(csv, columns, maxIdBefore);
    return importUsagePostgresql(csv, columns, maxIdBefore);
}

// A fresh SQLite import (the table was empty): a worker thread reads, validates and sorts the rows
// in chunks while this thread inserts the previous chunk, in the order of the ids, so that the
// unique index on external_id grows at a few places instead of all over (inserting ids in file
// order was the largest cost of the import). The ids of the new records are assigned here, in
// that order, so the worker can also feed the rollups. Each batch of a chunk is one INSERT ...
// SELECT from the cs_usage_feed virtual table. Duplicates within a chunk are neighbours after
// sorting; a duplicate of an earlier chunk fails the unique index. Either way the error names the
// earliest bad line, also when a parse error comes later in the same chunk.
Status ImportRun::insertUsageSorted(CsvReader &csv, const QList<int> &c, sqlite3 *db,
                                    sqlite3_stmt *, sqlite3_stmt *find)
{
    constexpr size_t chunkRows = 1 << 18;

    if (sqlite3_create_module_v2(db, "cs_usage_feed", &usageFeedModule::s_module, nullptr, nullptr)
        != SQLITE_OK)
        return Error {
            tr("cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))
        };
    // OR FAIL: a failing row ends the statement without a statement journal to undo its earlier
    // rows; any failure fails the whole import anyway.
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v3(db,
                           "INSERT OR FAIL INTO usage_record (id, external_id, account_id, "
                           "product_id, start_at, end_at, quantity_whole, quantity_micros) SELECT "
                           "id, external_id, account_id, product_id, start_at, end_at, "
                           "quantity_whole, quantity_micros FROM cs_usage_feed(?1)",
                           -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr)
        != SQLITE_OK)
        return Error {
            tr("cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))
        };
    const SqliteStatement insert(raw);

    // Two chunks in flight: one being filled by the worker, one being inserted here.
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::unique_ptr<UsageChunk>> ready;
    std::vector<std::unique_ptr<UsageChunk>> spare;
    bool stop = false; // set by this thread on an error
    bool finished = false; // set by the worker after its last chunk

    const auto worker = [&] {
        qint64 nextId = 1;
        UsageRow row;
        const auto take = [&]() -> std::unique_ptr<UsageChunk> {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return stop || !spare.empty() || ready.size() < 2; });
            if (stop)
                return nullptr;
            if (spare.empty())
                return std::make_unique<UsageChunk>();
            auto chunk = std::move(spare.back());
            spare.pop_back();
            return chunk;
        };
        const auto publish = [&](std::unique_ptr<UsageChunk> chunk, bool last) {
            std::lock_guard lock(mutex);
            ready.push_back(std::move(chunk));
            finished = last;
            changed.notify_all();
        };
        const auto sortChunk = [](UsageChunk &chunk) {
            chunk.order.resize(chunk.rows.size());
            for (quint32 i = 0; i < chunk.order.size(); ++i)
                chunk.order[i] = i;
            std::sort(chunk.order.begin(), chunk.order.end(), [&chunk](quint32 a, quint32 b) {
                const int compared = chunk.idOf(chunk.rows[a]).compare(chunk.idOf(chunk.rows[b]));
                return compared < 0 || (compared == 0 && a < b);
            });
            chunk.duplicateLine = 0;
            for (size_t i = 1; i < chunk.order.size(); ++i) {
                const PendingUsage &p = chunk.rows[chunk.order[i]];
                if (chunk.idOf(chunk.rows[chunk.order[i - 1]]) == chunk.idOf(p)
                    && (chunk.duplicateLine == 0 || p.line < chunk.duplicateLine))
                    chunk.duplicateLine = p.line;
            }
        };
        for (;;) {
            std::unique_ptr<UsageChunk> chunk = take();
            if (!chunk)
                return;
            chunk->rows.clear();
            chunk->ids.resize(0);
            chunk->error.reset();
            while (chunk->rows.size() < chunkRows && csv.next()) {
                if (const Status parsed = parseUsageRow(csv, c, row); !parsed) {
                    chunk->error = parsed.error();
                    chunk->errorLine = csv.line();
                    break;
                }
                chunk->rows.push_back({ csv.line(), row.account->id, row.account->parent,
                                        row.productId, row.startMs, row.endMs, row.quantity,
                                        chunk->ids.size(), row.id.size() });
                chunk->ids.append(row.id.data(), row.id.size());
            }
            if (!chunk->error && csv.hasError()) {
                chunk->error = csv.error();
                chunk->errorLine = csv.line();
            }
            sortChunk(*chunk);
            const bool last = chunk->error || chunk->rows.size() < chunkRows;
            if (!chunk->error && chunk->duplicateLine == 0) {
                chunk->firstId = nextId;
                for (const quint32 index : chunk->order) {
                    const PendingUsage &p = chunk->rows[index];
                    m_rollups->add(nextId++, p.channelId, p.accountId, p.productId, p.startMs,
                                   p.endMs, p.quantity);
                }
            }
            publish(std::move(chunk), last);
            if (last)
                return;
        }
    };
    std::thread thread(worker);
    const auto finish = [&](Status status) {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        thread.join();
        return status;
    };
    const auto duplicateError = [&](const UsageChunk &chunk, qint64 line) {
        for (const PendingUsage &p : chunk.rows) {
            if (p.line == line)
                return Error { tr("%1 line %2, column %3: duplicate id in the file %4")
                                   .arg(csv.displayName())
                                   .arg(line)
                                   .arg(csv.header()[c[0]], shown(QByteArrayView(chunk.idOf(p)))) };
        }
        return Error {
            tr("%1 line %2: duplicate id in the file").arg(csv.displayName()).arg(line)
        };
    };

    for (;;) {
        std::unique_ptr<UsageChunk> chunk;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !ready.empty(); });
            chunk = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        if (chunk->error) {
            // A parse error: a duplicate on an earlier line of this chunk comes first.
            qint64 line = chunk->duplicateLine;
            for (const PendingUsage &p : chunk->rows) {
                const std::string_view id = chunk->idOf(p);
                sqlite3_bind_text(find, 1, id.data(), int(id.size()), SQLITE_STATIC);
                if (sqlite3_step(find) == SQLITE_ROW && (line == 0 || p.line < line))
                    line = p.line;
                sqlite3_reset(find);
            }
            if (line != 0 && line < chunk->errorLine)
                return finish(duplicateError(*chunk, line));
            return finish(*chunk->error);
        }
        if (chunk->duplicateLine != 0)
            return finish(duplicateError(*chunk, chunk->duplicateLine));
        // In batches that end where progress is due, so that it is reported as for other rows.
        for (size_t begin = 0, end = 0; begin < chunk->order.size(); begin = end) {
            end = std::min(chunk->order.size(),
                           begin + size_t(std::max<qint64>(1, m_nextProgress - m_rows)));
            UsageFeed feed { chunk.get(), begin, end, begin };
            sqlite3_stmt *statement = insert.get();
            sqlite3_bind_pointer(statement, 1, &feed, UsageFeed::s_type, nullptr);
            const int stepped = sqlite3_step(statement);
            const bool duplicate = sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_UNIQUE;
            const QString message
                = stepped == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
            if (stepped != SQLITE_DONE && !duplicate) {
                const qint64 line = chunk->rows[chunk->order[feed.current]].line;
                return finish(
                    Error { tr("%1 line %2: %3").arg(csv.displayName()).arg(line).arg(message) });
            }
            if (stepped != SQLITE_DONE) {
                // An id of an earlier chunk: report the earliest line of this chunk that repeats
                // one (rows of this chunk already inserted have ids from firstId on).
                qint64 failedLine = 0;
                for (const PendingUsage &p : chunk->rows) {
                    const std::string_view id = chunk->idOf(p);
                    sqlite3_bind_text(find, 1, id.data(), int(id.size()), SQLITE_STATIC);
                    if (sqlite3_step(find) == SQLITE_ROW
                        && sqlite3_column_int64(find, 0) < chunk->firstId
                        && (failedLine == 0 || p.line < failedLine))
                        failedLine = p.line;
                    sqlite3_reset(find);
                }
                return finish(duplicateError(*chunk, failedLine));
            }
            m_rows += qint64(end - begin);
            if (m_rows >= m_nextProgress) {
                m_nextProgress += s_progressInterval;
                if (m_progress)
                    m_progress(m_rows);
            }
        }
        bool done = false;
        {
            std::lock_guard lock(mutex);
            done = finished && ready.empty();
            spare.push_back(std::move(chunk));
            changed.notify_all();
        }
        if (done)
            return finish(success());
    }
}

// SQLite: prepared statements on the raw handle, no per-row allocation. A fresh import inserts
// only; when the table had rows, each row first looks up the record it replaces.
Status ImportRun::importUsageSqlite(CsvReader &csv, const QList<int> &c, qint64 maxIdBefore)
{
    sqlite3 *db = m_connection.sqliteHandle();
    const auto prepareRaw = [db](const char *sql) -> Result<SqliteStatement> {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
            != SQLITE_OK)
            return Error {
                tr("cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))
            };
        return SqliteStatement(statement);
    };
    CS_TRY(insert,
           prepareRaw("INSERT INTO usage_record (external_id, account_id, product_id, "
                      "start_at, end_at, quantity_whole, quantity_micros) VALUES (?1, "
                      "?2, ?3, ?4, ?5, ?6, ?7)"));
    CS_TRY(find,
           prepareRaw("SELECT u.id, a.channel_id, u.account_id, u.product_id, u.start_at, "
                      "u.end_at, u.quantity_whole, u.quantity_micros FROM usage_record u "
                      "JOIN account a ON a.id = u.account_id WHERE u.external_id = ?1"));
    CS_TRY(update,
           prepareRaw("UPDATE usage_record SET account_id = ?2, product_id = ?3, "
                      "start_at = ?4, end_at = ?5, quantity_whole = ?6, quantity_micros "
                      "= ?7 WHERE id = ?1"));
    const auto sqliteError = [&csv, db]() {
        return Error { csv.location() % QStringLiteral(": ")
                       % QString::fromUtf8(sqlite3_errmsg(db)) };
    };
    const auto bindValues = [](sqlite3_stmt *statement, const UsageRow &row) {
        sqlite3_bind_int64(statement, 2, row.account->id);
        sqlite3_bind_int64(statement, 3, row.productId);
        sqlite3_bind_int64(statement, 4, row.startMs);
        sqlite3_bind_int64(statement, 5, row.endMs);
        sqlite3_bind_int64(statement, 6, row.quantity.whole);
        sqlite3_bind_int64(statement, 7, row.quantity.micros);
    };

    // A fresh import builds the secondary indexes once at the end: sorting all keys is much
    // cheaper than inserting them one by one in random order. Both steps are part of the
    // transaction, so a failed import leaves the indexes as they were.
    const bool fresh = maxIdBefore == 0;
    QList<std::pair<QByteArray, QByteArray>> secondaryIndexes; // name, CREATE statement
    // A page cache that holds the unique index of the ids: inserting ids in file order touches
    // pages all over it. The connection's own size comes back afterwards.
    struct CacheSize
    {
        sqlite3 *db;
        QByteArray previous;
        ~CacheSize()
        {
            if (!previous.isEmpty())
                sqlite3_exec(db, QByteArray("PRAGMA cache_size = " + previous).constData(), nullptr,
                             nullptr, nullptr);
            sqlite3_exec(db, "PRAGMA threads = 0", nullptr, nullptr, nullptr);
            sqlite3_exec(db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
        }
    } cacheSize { db, {} };
    sqlite3_exec(
        db, "PRAGMA cache_size",
        [](void *target, int, char **values, char **) {
            *static_cast<QByteArray *>(target) = values[0];
            return 0;
        },
        &cacheSize.previous, nullptr);
    sqlite3_exec(db, "PRAGMA cache_size = -524288", nullptr, nullptr, nullptr);
    // Lets CREATE INDEX sort with a helper thread.
    sqlite3_exec(db, "PRAGMA threads = 2", nullptr, nullptr, nullptr);
    if (fresh) {
        // parseUsageRow() has checked both CHECK constraints of usage_record (end after start,
        // quantity parts in range) for every row.
        sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
        // The secondary indexes as the migrations defined them (the unique index on external_id
        // has no SQL and stays), dropped now and built again at the end.
        const int read = sqlite3_exec(
            db,
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'usage_record' AND sql IS NOT NULL",
            [](void *target, int, char **values, char **) {
                static_cast<QList<std::pair<QByteArray, QByteArray>> *>(target)->append(
                    std::pair(QByteArray(values[0]), QByteArray(values[1])));
                return 0;
            },
            &secondaryIndexes, nullptr);
        if (read != SQLITE_OK)
            return Error {
                tr("cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))
            };
        for (const auto &index : std::as_const(secondaryIndexes)) {
            const QByteArray drop = "DROP INDEX " + index.first;
            if (sqlite3_exec(db, drop.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return Error {
                    tr("cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))
                };
        }
    }

    UsageRow row;
    if (fresh) {
        if (const Status inserted = insertUsageSorted(csv, c, db, insert->get(), find->get());
            !inserted)
            return inserted;
    }

    QSet<qint64> replaced;
    while (!fresh && csv.next()) {
        if (const Status parsed = parseUsageRow(csv, c, row); !parsed)
            return parsed;
        if (maxIdBefore > 0) {
            sqlite3_stmt *lookup = find->get();
            sqlite3_bind_text(lookup, 1, row.id.data(), int(row.id.size()), SQLITE_STATIC);
            const int found = sqlite3_step(lookup);
            if (found == SQLITE_ROW) {
                const qint64 id = sqlite3_column_int64(lookup, 0);
                if (id > maxIdBefore || replaced.contains(id)) {
                    sqlite3_reset(lookup);
                    return valueError(csv, c[0], tr("duplicate id in the file"));
                }
                m_rollups->subtract(
                    id, sqlite3_column_int64(lookup, 1), sqlite3_column_int64(lookup, 2),
                    sqlite3_column_int64(lookup, 3), sqlite3_column_int64(lookup, 4),
                    sqlite3_column_int64(lookup, 5),
                    { sqlite3_column_int64(lookup, 6), sqlite3_column_int64(lookup, 7) });
                sqlite3_reset(lookup);
                sqlite3_stmt *statement = update->get();
                sqlite3_bind_int64(statement, 1, id);
                bindValues(statement, row);
                if (sqlite3_step(statement) != SQLITE_DONE) {
                    const Error error = sqliteError();
                    sqlite3_reset(statement);
                    return error;
                }
                sqlite3_reset(statement);
                replaced.insert(id);
                m_rollups->add(id, row.account->parent, row.account->id, row.productId, row.startMs,
                               row.endMs, row.quantity);
                rowDone();
                continue;
            }
            sqlite3_reset(lookup);
            if (found != SQLITE_DONE)
                return sqliteError();
        }
        sqlite3_stmt *statement = insert->get();
        sqlite3_bind_text(statement, 1, row.id.data(), int(row.id.size()), SQLITE_STATIC);
        bindValues(statement, row);
        if (sqlite3_step(statement) != SQLITE_DONE) {
            const bool duplicate = sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_UNIQUE;
            const Error error
                = duplicate ? valueError(csv, c[0], tr("duplicate id in the file")) : sqliteError();
            sqlite3_reset(statement);
            return error;
        }
        sqlite3_reset(statement);
        m_rollups->add(sqlite3_last_insert_rowid(db), row.account->parent, row.account->id,
                       row.productId, row.startMs, row.endMs, row.quantity);
        rowDone();
    }
    if (csv.hasError())
        return csv.error();
    if (fresh) {
        for (const auto &index : std::as_const(secondaryIndexes)) {
            if (sqlite3_exec(db, index.second.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return Error { tr("cannot index the usage records: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db))) };
        }
    }
    return success();
}

// PostgreSQL: COPY the validated rows into a temporary table, then one set-based upsert.
Status ImportRun::importUsagePostgresql(CsvReader &csv, const QList<int> &c, qint64 maxIdBefore)
{
    // DDL cannot be a prepared statement on PostgreSQL: run it directly.
    QSqlQuery created = m_connection.query();
    if (!created.exec(QStringLiteral(
            "CREATE TEMPORARY TABLE cs_import_usage (line BIGINT NOT NULL, external_id TEXT NOT "
            "NULL, account_id BIGINT NOT NULL, channel_id BIGINT NOT NULL, product_id BIGINT NOT "
            "NULL, start_at BIGINT NOT NULL, end_at BIGINT NOT NULL, quantity_whole BIGINT NOT "
            "NULL, quantity_micros BIGINT NOT NULL) ON COMMIT DROP")))
        return Error { tr("cannot prepare the import: %1").arg(Connection::describe(created)) };

    const QVariant handle = m_connection.database().driver()->handle();
    PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
    const auto pgError = [pg](const QString &where) {
        return Error { where % QStringLiteral(": ")
                       % QString::fromUtf8(PQerrorMessage(pg)).simplified() };
    };
    {
        PGresult *started = PQexec(pg, "COPY cs_import_usage FROM STDIN");
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying)
            return pgError(csv.displayName());
    }
    // Ends the COPY; with a reason it aborts it (the transaction is rolled back anyway).
    const auto finishCopy = [pg](const char *abortReason) {
        bool ok = PQputCopyEnd(pg, abortReason) == 1;
        while (PGresult *result = PQgetResult(pg)) {
            ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
            PQclear(result);
        }
        return ok;
    };

    QByteArray buffer;
    buffer.reserve(1 << 20);
    const auto appendNumber = [&buffer](qint64 value) {
        char digits[24];
        const int length
            = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(value));
        buffer.append(digits, length);
    };
    KeySet seen;
    UsageRow row;
    while (csv.next()) {
        if (Status parsed = parseUsageRow(csv, c, row); !parsed) {
            finishCopy("invalid row");
            return parsed;
        }
        if (!seen.emplace(view(row.id)).second) {
            finishCopy("invalid row");
            return valueError(csv, c[0], tr("duplicate id in the file"));
        }
        appendNumber(csv.line());
        buffer.append('\t');
        for (const char ch : row.id) {
            switch (ch) {
            case '\\':
                buffer.append("\\\\");
                break;
            case '\t':
                buffer.append("\\t");
                break;
            case '\n':
                buffer.append("\\n");
                break;
            case '\r':
                buffer.append("\\r");
                break;
            default:
                buffer.append(ch);
            }
        }
        for (const qint64 value :
             { row.account->id, row.account->parent, row.productId, row.startMs, row.endMs,
               row.quantity.whole, row.quantity.micros }) {
            buffer.append('\t');
            appendNumber(value);
        }
        buffer.append('\n');
        if (buffer.size() > (1 << 20) - 4096) {
            if (PQputCopyData(pg, buffer.constData(), int(buffer.size())) != 1) {
                finishCopy("send failed");
                return pgError(csv.location());
            }
            buffer.clear();
        }
        rowDone();
    }
    if (csv.hasError()) {
        finishCopy("invalid file");
        return csv.error();
    }
    if (!buffer.isEmpty() && PQputCopyData(pg, buffer.constData(), int(buffer.size())) != 1) {
        finishCopy("send failed");
        return pgError(csv.displayName());
    }
    if (!finishCopy(nullptr))
        return pgError(csv.displayName());

    if (maxIdBefore > 0) {
        CS_TRY(old,
               m_connection.exec(QStringLiteral(
                   "SELECT u.id, a.channel_id, u.account_id, u.product_id, u.start_at, "
                   "u.end_at, u.quantity_whole, u.quantity_micros FROM cs_import_usage t "
                   "JOIN usage_record u ON u.external_id = t.external_id JOIN account a ON "
                   "a.id = u.account_id")));
        while (old->next())
            m_rollups->subtract(old->value(0).toLongLong(), old->value(1).toLongLong(),
                                old->value(2).toLongLong(), old->value(3).toLongLong(),
                                old->value(4).toLongLong(), old->value(5).toLongLong(),
                                { old->value(6).toLongLong(), old->value(7).toLongLong() });
    }
    CS_TRY(upserted,
           m_connection.exec(QStringLiteral(
               "INSERT INTO usage_record (external_id, account_id, product_id, start_at, end_at, "
               "quantity_whole, quantity_micros) SELECT external_id, account_id, product_id, "
               "start_at, end_at, quantity_whole, quantity_micros FROM cs_import_usage ORDER BY "
               "line ON CONFLICT (external_id) DO UPDATE SET account_id = excluded.account_id, "
               "product_id = excluded.product_id, start_at = excluded.start_at, end_at = "
               "excluded.end_at, quantity_whole = excluded.quantity_whole, quantity_micros = "
               "excluded.quantity_micros")));
    upserted->finish();
    CS_TRY(added,
           m_connection.exec(QStringLiteral(
               "SELECT u.id, t.channel_id, t.account_id, t.product_id, t.start_at, "
               "t.end_at, t.quantity_whole, t.quantity_micros FROM cs_import_usage t JOIN "
               "usage_record u ON u.external_id = t.external_id")));
    while (added->next())
        m_rollups->add(added->value(0).toLongLong(), added->value(1).toLongLong(),
                       added->value(2).toLongLong(), added->value(3).toLongLong(),
                       added->value(4).toLongLong(), added->value(5).toLongLong(),
                       { added->value(6).toLongLong(), added->value(7).toLongLong() });
    return success();
}

Status ImportRun::importStatements(CsvReader &csv, const QList<int> &c)
{
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO account_statement (external_id, account_id, period_start, "
               "period_end, posted_at, balance_forward, payments, credits, new_charges, "
               "net_balance, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
               "CONFLICT (external_id) DO UPDATE SET account_id = excluded.account_id, "
               "period_start = excluded.period_start, period_end = excluded.period_end, "
               "posted_at = excluded.posted_at, balance_forward = excluded.balance_forward, "
               "payments = excluded.payments, credits = excluded.credits, new_charges = "
               "excluded.new_charges, net_balance = excluded.net_balance, currency = "
               "excluded.currency")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(id, externalId(csv, c[0], seen));
        CS_TRY(account, reference(csv, c[1], m_accounts, tr("account")));
        CS_TRY(periodStart, date(csv, c[2]));
        CS_TRY(periodEnd, date(csv, c[3]));
        if (*periodEnd < *periodStart)
            return valueError(csv, c[3], tr("period_end before period_start"));
        CS_TRY(posted, timestamp(csv, c[4]));
        CS_TRY(statementCurrency, currency(csv, c[10]));
        query->bindValue(0, *id);
        query->bindValue(1, (*account)->id);
        query->bindValue(2, QString::fromLatin1(csv.field(c[2])));
        query->bindValue(3, QString::fromLatin1(csv.field(c[3])));
        query->bindValue(4, *posted);
        for (int i = 5; i <= 9; ++i) {
            CS_TRY(amount, money(csv, c[i], *statementCurrency));
            query->bindValue(i, *amount);
        }
        query->bindValue(10, statementCurrency->code);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    return csv.hasError() ? Status(csv.error()) : success();
}

Status ImportRun::importInvoices(CsvReader &csv, const QList<int> &c)
{
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO invoice (external_id, account_id, number, posted_at, "
               "service_start, service_end, subtotal, discount, tax, total, currency) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (external_id) DO "
               "UPDATE SET account_id = excluded.account_id, number = excluded.number, "
               "posted_at = excluded.posted_at, service_start = excluded.service_start, "
               "service_end = excluded.service_end, subtotal = excluded.subtotal, discount "
               "= excluded.discount, tax = excluded.tax, total = excluded.total, currency "
               "= excluded.currency")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(id, externalId(csv, c[0], seen));
        CS_TRY(account, reference(csv, c[1], m_accounts, tr("account")));
        CS_TRY(number, text(csv, c[2], true));
        CS_TRY(posted, timestamp(csv, c[3]));
        CS_TRY(serviceStart, date(csv, c[4]));
        CS_TRY(serviceEnd, date(csv, c[5]));
        if (*serviceEnd < *serviceStart)
            return valueError(csv, c[5], tr("service_end before service_start"));
        CS_TRY(invoiceCurrency, currency(csv, c[10]));
        query->bindValue(0, *id);
        query->bindValue(1, (*account)->id);
        query->bindValue(2, *number);
        query->bindValue(3, *posted);
        query->bindValue(4, QString::fromLatin1(csv.field(c[4])));
        query->bindValue(5, QString::fromLatin1(csv.field(c[5])));
        for (int i = 6; i <= 9; ++i) {
            CS_TRY(amount, money(csv, c[i], *invoiceCurrency));
            query->bindValue(i, *amount);
        }
        query->bindValue(10, invoiceCurrency->code);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    if (csv.hasError())
        return csv.error();
    m_invoicesLoaded = false;
    return success();
}

Status ImportRun::importInvoiceItems(CsvReader &csv, const QList<int> &c)
{
    if (!m_invoicesLoaded) {
        if (const Status loaded = loadReferences(
                m_invoices, QStringLiteral("SELECT external_id, id, currency FROM invoice"));
            !loaded)
            return loaded;
        m_invoicesLoaded = true;
    }
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO invoice_item (external_id, invoice_id, description, amount, "
               "unit_price, chargeable_usage) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
               "(external_id) DO UPDATE SET invoice_id = excluded.invoice_id, description "
               "= excluded.description, amount = excluded.amount, unit_price = "
               "excluded.unit_price, chargeable_usage = excluded.chargeable_usage")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(id, externalId(csv, c[0], seen));
        CS_TRY(invoice, reference(csv, c[1], m_invoices, tr("invoice")));
        CS_TRY(description, text(csv, c[2], false));
        const auto invoiceCurrency = Currency::find((*invoice)->currency);
        if (!invoiceCurrency)
            return fieldError(csv, c[1], tr("the invoice has an unknown currency"));
        CS_TRY(amount, money(csv, c[3], *invoiceCurrency));
        CS_TRY(unitPrice, decimal(csv, c[4]));
        CS_TRY(usage, decimal(csv, c[5]));
        query->bindValue(0, *id);
        query->bindValue(1, (*invoice)->id);
        query->bindValue(2, *description);
        query->bindValue(3, *amount);
        query->bindValue(4, unitPrice->toCompactString());
        query->bindValue(5, usage->toCompactString());
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    return csv.hasError() ? Status(csv.error()) : success();
}

Status ImportRun::importPayments(CsvReader &csv, const QList<int> &c)
{
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO payment (external_id, account_id, type, created_at, amount, "
               "currency, reference, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
               "(external_id) DO UPDATE SET account_id = excluded.account_id, type = "
               "excluded.type, created_at = excluded.created_at, amount = "
               "excluded.amount, currency = excluded.currency, reference = "
               "excluded.reference, memo = excluded.memo")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(id, externalId(csv, c[0], seen));
        CS_TRY(account, reference(csv, c[1], m_accounts, tr("account")));
        const QByteArrayView type = csv.field(c[2]);
        if (type != "PAYMENT" && type != "CREDIT")
            return valueError(csv, c[2], tr("type must be PAYMENT or CREDIT, not"));
        CS_TRY(created, timestamp(csv, c[3]));
        CS_TRY(paymentCurrency, currency(csv, c[5]));
        CS_TRY(amount, money(csv, c[4], *paymentCurrency));
        CS_TRY(referenceText, text(csv, c[6], false));
        CS_TRY(memo, text(csv, c[7], false));
        query->bindValue(0, *id);
        query->bindValue(1, (*account)->id);
        query->bindValue(2, QString::fromLatin1(type));
        query->bindValue(3, *created);
        query->bindValue(4, *amount);
        query->bindValue(5, paymentCurrency->code);
        query->bindValue(6, *referenceText);
        query->bindValue(7, *memo);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    return csv.hasError() ? Status(csv.error()) : success();
}

Status ImportRun::importPaymentFailures(CsvReader &csv, const QList<int> &c)
{
    CS_TRY(query,
           prepare(QStringLiteral(
               "INSERT INTO payment_failure (external_id, account_id, created_at, amount, "
               "currency, status_code, memo) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
               "(external_id) DO UPDATE SET account_id = excluded.account_id, created_at "
               "= excluded.created_at, amount = excluded.amount, currency = "
               "excluded.currency, status_code = excluded.status_code, memo = "
               "excluded.memo")));
    KeySet seen;
    while (csv.next()) {
        CS_TRY(id, externalId(csv, c[0], seen));
        CS_TRY(account, reference(csv, c[1], m_accounts, tr("account")));
        CS_TRY(created, timestamp(csv, c[2]));
        CS_TRY(failureCurrency, currency(csv, c[4]));
        CS_TRY(amount, money(csv, c[3], *failureCurrency));
        CS_TRY(statusCode, text(csv, c[5], false));
        CS_TRY(memo, text(csv, c[6], false));
        query->bindValue(0, *id);
        query->bindValue(1, (*account)->id);
        query->bindValue(2, *created);
        query->bindValue(3, *amount);
        query->bindValue(4, failureCurrency->code);
        query->bindValue(5, *statusCode);
        query->bindValue(6, *memo);
        if (const Status done = execute(*query, csv); !done)
            return done;
    }
    return csv.hasError() ? Status(csv.error()) : success();
}

#undef CS_TRY

} // namespace

Importer::Importer(Connection &connection)
    : m_connection(connection)
{ }

void Importer::setProgressHandler(std::function<void(qint64 rows)> handler)
{
    m_progress = std::move(handler);
}

Result<ImportSummary> Importer::importDirectory(const QString &directory)
{
    ImportRun run(m_connection, m_progress);
    return run.run(directory);
}

} // namespace cs
