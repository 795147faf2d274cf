#include "importer.h"

// The orchestration of an import. The parts live in files of their own: importfiles.* validate
// and write each file of the format, usagesource.* validates a usage row, usagewriter.h writes
// the usage rows per dialect (sqlitebulkwriter.* with importpipeline.* and sqliteusagefeed.* on
// SQLite, postgrescopywriter.* on PostgreSQL), importcontext.* holds what the files share.

#include "config/configuration.h"
#include "csvreader.h"
#include "db/connection.h"
#include "importcontext.h"
#include "importfiles.h"
#include "importlock.h"
#include "report/usagerollup.h"
#include "time/businesscalendar.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <memory>
#include <tuple>
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

// A file of the folder, opened, with the indexes of its spec's columns.
struct OpenFile
{
    const ImportFiles::Spec *spec;
    std::unique_ptr<CsvReader> reader;
    QList<int> columns;
};

// Every reference is resolved by the importer itself, against rows of the same transaction, so
// SQLite's per-row foreign key checks only cost time. The pragma cannot change inside a
// transaction; it is turned off around it and restored afterwards.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Connection &connection)
        : m_connection(connection)
    {
        if (!connection.isSqlite())
            return;
        auto enabled = connection.exec(QStringLiteral("PRAGMA foreign_keys"));
        if (enabled && enabled->next() && enabled->value(0).toInt() == 1) {
            enabled->finish();
            m_restore = connection.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
        }
    }
    Q_DISABLE_COPY_MOVE(ForeignKeysOff)
    ~ForeignKeysOff()
    {
        if (m_restore)
            m_connection.exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok();
    }

private:
    Connection &m_connection;
    bool m_restore = false;
};

// One import of a folder: its files checked and opened, the lock, the transaction, the files
// imported in dependency order by ImportFiles, the rollups applied, the commit.
class ImportRun
{
public:
    ImportRun(Connection &connection, const std::function<void(qint64)> &progress,
              const std::function<bool()> &canceled, qint64 nowMs)
        : m_connection(connection)
        , m_context(connection, progress, canceled)
        , m_nowMs(nowMs)
    { }

    Result<ImportSummary> run(const QString &directory);

private:
    Result<std::vector<OpenFile>> openFiles(const QString &directory) const;
    Status prepareContext();
    Status loadMembershipsBefore();
    Result<ImportSummary> importFiles(std::vector<OpenFile> &files);
    Status finishRollups();

    Connection &m_connection;
    ImportContext m_context;
    qint64 m_nowMs;
};

Result<ImportSummary> ImportRun::run(const QString &directory)
{
    auto files = openFiles(directory);
    if (!files)
        return files.error();

    // One import at a time: a second one waits up to the busy timeout, then names the first.
    auto lock = ImportLock::acquire(m_connection);
    if (!lock)
        return lock.error();
    const ForeignKeysOff foreignKeys(m_connection);

    Transaction transaction(m_connection);
    if (const Status begun = transaction.begin(); !begun)
        return transaction.wasBusy() ? (*lock)->busyError() : begun.error();
    if (const Status prepared = prepareContext(); !prepared)
        return prepared.error();
    auto summary = importFiles(*files);
    if (!summary)
        return summary.error();
    if (const Status finished = finishRollups(); !finished)
        return finished.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

// Opens every file and checks its header first, so that a missing column fails at once rather
// than after a long usage file.
Result<std::vector<OpenFile>> ImportRun::openFiles(const QString &directory) const
{
    const QFileInfo folder(directory);
    if (!folder.exists())
        return Error { Importer::tr("%1 does not exist").arg(QDir::toNativeSeparators(directory)) };
    if (!folder.isDir())
        return Error {
            Importer::tr("%1 is not a directory").arg(QDir::toNativeSeparators(directory))
        };

    std::vector<OpenFile> files;
    const QDir dir(directory);
    for (const ImportFiles::Spec &spec : ImportFiles::specs()) {
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
                return Error { Importer::tr("%1 line 1: missing column \"%2\" in the header")
                                   .arg(name, QLatin1StringView(column)) };
            columns.append(index);
        }
        files.push_back({ &spec, std::move(reader), columns });
    }
    if (files.empty())
        return Error { Importer::tr(
                           "%1 contains none of the dataset files (billing_groups.csv, "
                           "channels.csv, accounts.csv, products.csv, rates.csv, usage.csv, ...)")
                           .arg(QDir::toNativeSeparators(directory)) };
    return files;
}

// The rollup builder and the codes already stored, inside the transaction.
Status ImportRun::prepareContext()
{
    auto rollups = UsageRollupBuilder::create(m_connection);
    if (!rollups)
        return rollups.error();
    m_context.rollups = std::move(*rollups);
    // Rollups emptied by a migration are rebuilt after this import, not completed by it.
    const auto rollupsMissing = UsageRollup::isMissing(m_connection);
    if (!rollupsMissing)
        return rollupsMissing.error();
    m_context.rebuildRollups = *rollupsMissing;

    for (const auto &[map, sql] :
         { std::tuple { &m_context.billingGroups, "SELECT code, id, NULL FROM billing_group" },
           std::tuple { &m_context.channels, "SELECT code, id, currency FROM channel" },
           std::tuple { &m_context.accounts, "SELECT code, id, channel_id FROM account" },
           std::tuple { &m_context.products, "SELECT code, id, NULL FROM product" } }) {
        if (const Status loaded = m_context.loadReferences(*map, QLatin1StringView(sql)); !loaded)
            return loaded;
    }
    return loadMembershipsBefore();
}

// The current memberships before the files change them, and today's business date.
Status ImportRun::loadMembershipsBefore()
{
    MembershipImport &memberships = m_context.memberships;
    for (const auto &[code, account] : m_context.accounts)
        memberships.accountChannelsBefore.insert(account.id, account.parent);
    auto groups = m_connection.exec(QStringLiteral("SELECT id, billing_group_id FROM channel"));
    if (!groups)
        return groups.error();
    while (groups->next())
        memberships.channelGroupsBefore.insert(
            groups->value(0).toLongLong(),
            groups->value(1).isNull() ? 0 : groups->value(1).toLongLong());
    groups->finish();
    const auto zone = Configuration::businessTimeZone(m_connection);
    if (!zone)
        return zone.error();
    memberships.today = BusinessCalendar(*zone).dateAt(m_nowMs).toString(Qt::ISODate);
    return success();
}

// The files that can change memberships come first (ImportFiles::specs()); the memberships are
// written before the first file after them, so that usage.csv follows the new history.
bool changesMemberships(const ImportFiles::Spec &spec)
{
    for (const char *name : { "billing_groups.csv", "channels.csv", "accounts.csv",
                              "channel_memberships.csv", "account_memberships.csv" }) {
        if (qstrcmp(spec.name, name) == 0)
            return true;
    }
    return false;
}

Result<ImportSummary> ImportRun::importFiles(std::vector<OpenFile> &files)
{
    ImportFiles importer(m_context);
    ImportSummary summary;
    for (OpenFile &file : files) {
        if (!changesMemberships(*file.spec)) {
            if (const Status applied = m_context.memberships.apply(m_context); !applied)
                return applied.error();
        }
        if (const Status imported = importer.import(*file.spec, *file.reader, file.columns);
            !imported)
            return imported.error();
        if (file.reader->hasError())
            return file.reader->error();
        summary.rowsPerFile.insert(QLatin1StringView(file.spec->name), file.reader->records());
    }
    if (const Status applied = m_context.memberships.apply(m_context); !applied)
        return applied.error();
    summary.membershipChanges = m_context.memberships.changes;
    return summary;
}

Status ImportRun::finishRollups()
{
    if (const Status applied = m_context.rollups->apply(); !applied)
        return applied;
    if (m_context.rebuildRollups)
        return UsageRollup::rebuild(m_connection);
    return success();
}

} // namespace

Importer::Importer(Connection &connection)
    : m_connection(connection)
{ }

void Importer::setProgressHandler(std::function<void(qint64 rows)> handler)
{
    m_progress = std::move(handler);
}

void Importer::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
}

void Importer::setCancelCheck(std::function<bool()> canceled)
{
    m_canceled = std::move(canceled);
}

QString Importer::canceledMessage()
{
    return tr("the import was canceled");
}

Result<ImportSummary> Importer::importDirectory(const QString &directory)
{
    ImportRun run(m_connection, m_progress, m_canceled,
                  m_nowMs ? *m_nowMs : QDateTime::currentMSecsSinceEpoch());
    return run.run(directory);
}

} // namespace cs
