#include "demodatabase.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "import/importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace cs {

namespace {

// Writing the CSV files takes about a fifth of the time, importing them the rest.
constexpr int WritePercent = 20;

qint64 rowsOf(const DemoSummary &s)
{
    return qMax<qint64>(1,
                        s.billingGroups + s.channels + s.accounts + s.products + s.rates
                            + s.usageRecords + s.statements + s.invoices + s.invoiceItems
                            + s.payments + s.paymentFailures);
}

// An SQLite file and the files SQLite keeps beside it while it is open.
bool removeDatabaseFiles(const QString &path)
{
    bool removed = true;
    for (const QString &suffix : { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                   QStringLiteral("-shm") }) {
        if (QFileInfo::exists(path + suffix))
            removed = QFile::remove(path + suffix) && removed;
    }
    return removed;
}

// Removes the part file of a creation unless it was renamed into place.
class PartFile
{
public:
    explicit PartFile(QString path)
        : m_path(std::move(path))
    { }
    Q_DISABLE_COPY_MOVE(PartFile)
    ~PartFile()
    {
        if (!m_kept)
            removeDatabaseFiles(m_path);
    }
    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

} // namespace

QString DemoDatabase::canceledMessage()
{
    return tr("creating the demo data was canceled");
}

Result<DemoImport> DemoDatabase::fill(Connection &connection, DemoOptions options,
                                      const ProgressHandler &progress, const CancelCheck &canceled)
{
    const auto report = [&progress](int percent, const QString &step) {
        if (progress)
            progress(percent, step);
    };
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return zone.error();
    options.zone = *zone;
    QTemporaryDir dataset;
    if (!dataset.isValid())
        return Error { tr("cannot create a temporary folder: %1").arg(dataset.errorString()) };

    QElapsedTimer timer;
    timer.start();
    DemoImport result;
    report(0, tr("Generating the demo data..."));
    DemoGenerator generator(options);
    generator.setCancelCheck(canceled);
    auto written = generator.writeDataset(dataset.path());
    if (!written)
        return canceled && canceled() ? Error { canceledMessage() } : written.error();
    result.summary = *written;
    result.writeMs = timer.elapsed();

    const qint64 total = rowsOf(result.summary);
    report(WritePercent, tr("Importing the demo data..."));
    Importer importer(connection);
    int lastPercent = WritePercent;
    importer.setProgressHandler([&report, &lastPercent, total](qint64 rows) {
        const int percent
            = int(WritePercent + (100 - WritePercent - 1) * qMin(rows, total) / total);
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        report(percent, tr("Importing the demo data..."));
    });
    importer.setCancelCheck(canceled);
    const auto imported = importer.importDirectory(dataset.path());
    if (!imported)
        return canceled && canceled()
            ? Error { canceledMessage() }
            : Error { tr("the demo data was not imported: %1").arg(imported.errorString()) };
    result.importMs = timer.elapsed() - result.writeMs;
    return result;
}

Result<DemoSummary> DemoDatabase::create(const QString &path, const DemoOptions &options,
                                         const ProgressHandler &progress,
                                         const CancelCheck &canceled)
{
    if (QFileInfo::exists(path))
        return Error { tr("%1 exists already").arg(path) };
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error { tr("cannot create the folder %1").arg(folder) };
    const QString partPath = path + QStringLiteral(".part");
    if (!removeDatabaseFiles(partPath))
        return Error { tr("cannot remove the unfinished %1").arg(partPath) };

    PartFile part(partPath);
    Result<DemoImport> filled = Error {};
    {
        auto connection = Connection::open(DatabaseUrl::sqlite(partPath));
        if (!connection)
            return connection.error();
        filled = fill(**connection, options, progress, canceled);
    } // closed before the rename: nothing is left in its journal
    if (!filled)
        return filled.error();
    if (canceled && canceled())
        return Error { canceledMessage() };
    if (!QFile::rename(partPath, path))
        return Error { tr("cannot rename %1 to %2").arg(partPath, path) };
    part.keep();
    if (progress)
        progress(100, tr("Done."));
    return filled->summary;
}

QFuture<Result<DemoSummary>>
DemoDatabase::createInBackground(const QString &path, const DemoOptions &options,
                                 std::shared_ptr<std::atomic<bool>> canceled)
{
    return QtConcurrent::run([path, options, canceled](QPromise<Result<DemoSummary>> &promise) {
        promise.setProgressRange(0, 100);
        const auto progress = [&promise](int percent, const QString &step) {
            promise.setProgressValueAndText(percent, step);
        };
        const auto isCanceled
            = [&promise, &canceled] { return canceled->load() || promise.isCanceled(); };
        promise.addResult(create(path, options, progress, isCanceled));
    });
}

} // namespace cs
