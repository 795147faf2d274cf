#pragma once

#include "membershipimport.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace cs {

class Connection;
class CsvReader;
class Decimal;
class UsageRollupBuilder;
struct Currency;

struct ImportStringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

// What a code or id resolves to: the row id, and the parent (an account's channel) or the
// currency (of a channel or an invoice).
struct ImportReference
{
    qint64 id = 0;
    qint64 parent = 0;
    QString currency;
};
using ImportReferenceMap
    = std::unordered_map<std::string, ImportReference, ImportStringHash, std::equal_to<>>;
using ImportKeySet = std::unordered_set<std::string, ImportStringHash, std::equal_to<>>;

inline std::string_view importView(QByteArrayView bytes)
{
    return std::string_view(bytes.data(), size_t(bytes.size()));
}

// A field value for an error message: quoted, shortened, and decoded leniently.
QString shownField(QByteArrayView bytes);

// "usage.csv line 12, column quantity: reason"
Error importFieldError(const CsvReader &csv, int column, const QString &reason);
// The same followed by the field's value: "...: negative quantity \"-1\""
Error importValueError(const CsvReader &csv, int column, const QString &reason);

// What the files of one import share: the connection (used on the importing thread only), what
// the codes of the files read so far resolve to, the usage rollups being built, and the count
// of imported rows that drives the progress handler.
class ImportContext
{
public:
    static constexpr qint64 ProgressInterval = 50'000;

    ImportContext(Connection &connection, const std::function<void(qint64)> &progress,
                  const std::function<bool()> &canceled);
    Q_DISABLE_COPY_MOVE(ImportContext)
    ~ImportContext();

    Connection &connection() const { return m_connection; }

    // Counts rows as imported and calls the progress handler when another ProgressInterval
    // rows are done; then also fails if the import was canceled.
    [[nodiscard]] Status rowsDone(qint64 count = 1);
    // How many rows may still be imported before progress is due (at least 1).
    qint64 rowsUntilProgress() const;

    // Replaces map with the rows of sql: code, id, and a parent id or a currency (or NULL).
    Status loadReferences(ImportReferenceMap &map, const QString &sql);

    ImportReferenceMap billingGroups;
    ImportReferenceMap channels;
    ImportReferenceMap accounts;
    ImportReferenceMap products;
    ImportReferenceMap invoices;
    bool invoicesLoaded = false;
    std::unique_ptr<UsageRollupBuilder> rollups;
    // Rollups emptied by a migration, or an account that moved to another channel: the rollups
    // are rebuilt after the import instead of being completed by it.
    bool rebuildRollups = false;
    // Memberships asked for by the files, written before usage.csv.
    MembershipImport memberships;

private:
    Connection &m_connection;
    const std::function<void(qint64)> &m_progress;
    const std::function<bool()> &m_canceled;
    qint64 m_rows = 0;
    qint64 m_nextProgress = ProgressInterval;
};

} // namespace cs

// Returns the error of a failed Result from the enclosing function, or declares var with it.
#define CS_IMPORT_TRY(var, expression)                                                             \
    auto var = (expression);                                                                       \
    if (!var)                                                                                      \
        return var.error();
