#include "importpreview.h"

#include "csvreader.h"
#include "db/connection.h"
#include "importfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace cs {

namespace {

constexpr qint64 RowsBetweenCancelChecks = 4096;

Result<qint64> countRows(const QString &path, const QString &name,
                         const std::function<bool()> &canceled)
{
    CsvReader reader(path, name);
    if (const Status opened = reader.open(); !opened)
        return opened.error();
    while (reader.next()) {
        if (canceled && reader.records() % RowsBetweenCancelChecks == 0 && canceled())
            return Error { Importer::canceledMessage() };
    }
    if (reader.hasError())
        return reader.error();
    return reader.records();
}

} // namespace

qint64 ImportPreview::totalRows() const
{
    qint64 total = 0;
    for (const ImportPreviewFile &file : files)
        total += file.rows;
    return total;
}

Result<ImportPreview> previewImport(const QString &directory, const std::function<bool()> &canceled)
{
    const QFileInfo folder(directory);
    if (!folder.isDir())
        return Error {
            Importer::tr("%1 is not a directory").arg(QDir::toNativeSeparators(directory))
        };
    const QDir dir(directory);
    ImportPreview preview;
    preview.directory = directory;
    QStringList known;
    for (const ImportFiles::Spec &spec : ImportFiles::specs()) {
        const QString name = QLatin1StringView(spec.name);
        known.append(name);
        const QFileInfo file(dir.filePath(name));
        if (!file.isFile())
            continue;
        const auto rows = countRows(file.filePath(), name, canceled);
        if (!rows)
            return rows.error();
        preview.files.append({ name, file.size(), *rows });
    }
    const QStringList csvFiles
        = dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
    for (const QString &name : csvFiles) {
        if (!known.contains(name))
            preview.ignored.append(name);
    }
    if (preview.files.isEmpty())
        return Error { Importer::tr(
                           "%1 contains none of the dataset files (billing_groups.csv, "
                           "channels.csv, accounts.csv, products.csv, rates.csv, usage.csv, ...)")
                           .arg(QDir::toNativeSeparators(directory)) };
    return preview;
}

QFuture<Result<ImportSummary>> importInBackground(const DatabaseUrl &url, const QString &directory,
                                                  qint64 expectedRows,
                                                  std::shared_ptr<std::atomic<bool>> canceled)
{
    return QtConcurrent::run(
        [url, directory, expectedRows, canceled](QPromise<Result<ImportSummary>> &promise) {
            promise.setProgressRange(0, 100);
            auto connection = Connection::open(url, Connection::OpenMode::Existing);
            if (!connection) {
                promise.addResult(Result<ImportSummary>(connection.error()));
                return;
            }
            Importer importer(**connection);
            importer.setProgressHandler([&promise, expectedRows](qint64 rows) {
                const qint64 percent
                    = expectedRows > 0 ? std::min<qint64>(99, rows * 100 / expectedRows) : 0;
                promise.setProgressValueAndText(int(percent), QString::number(rows));
            });
            importer.setCancelCheck(
                [&promise, &canceled] { return canceled->load() || promise.isCanceled(); });
            promise.addResult(importer.importDirectory(directory));
        });
}

} // namespace cs
