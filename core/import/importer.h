#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cs {

class Connection;

// What an import wrote, per file name ("usage.csv" -> rows read).
struct ImportSummary
{
    QMap<QString, qint64> rowsPerFile;
    // The memberships that changed, one line each:
    // "GLOBALNET-JP: billing group GLOBALNET -> SAKURA from 2026-02-15".
    QStringList membershipChanges;
    qint64 totalRows() const;
};

// Imports a folder in the dataset format of the documentation (billing_groups.csv,
// channels.csv, accounts.csv, channel_memberships.csv, account_memberships.csv, products.csv,
// rates.csv, usage.csv, statements.csv, invoices.csv, invoice_items.csv, payments.csv,
// payment_failures.csv; each optional).
//
// All or nothing: everything happens in one transaction. On the first bad row nothing is
// written and the error names the file, line, column and reason, for example
// "usage.csv line 12, column quantity: negative quantity \"-1\"". Re-importing a record with the
// same id (or a rate with the same product, currency, channel and effective_from) updates it;
// nothing is duplicated. References resolve against the same folder or the database. The usage
// rollups (report/usagerollup.h) are updated in the same transaction.
//
// A fresh SQLite usage import reads and validates on a helper thread while the calling thread
// writes; the Connection is only ever used by the calling thread.
class Importer
{
    // Every message of core/import has this one context, whichever file it comes from:
    // Importer::tr().
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Connection &connection);

    // Called about every 50,000 rows, on the thread that called importDirectory(), with the
    // number of rows imported so far.
    void setProgressHandler(std::function<void(qint64 rows)> handler);
    // Asked on the importing thread whenever progress is reported: true stops the import,
    // which then fails with canceledMessage() and writes nothing.
    void setCancelCheck(std::function<bool()> canceled);
    // The instant whose business date is "today" for memberships changed by the current columns
    // of channels.csv and accounts.csv (UTC ms); the clock's by default.
    void setNow(qint64 nowMs);
    static QString canceledMessage();

    Result<ImportSummary> importDirectory(const QString &directory);

private:
    Connection &m_connection;
    std::function<void(qint64)> m_progress;
    std::function<bool()> m_canceled;
    std::optional<qint64> m_nowMs;
};

} // namespace cs
