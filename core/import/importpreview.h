#pragma once

#include "db/databaseurl.h"
#include "importer.h"
#include "util/result.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace cs {

// A file of the dataset format found in a folder, before it is imported.
struct ImportPreviewFile
{
    QString name; // "usage.csv"
    qint64 bytes = 0;
    qint64 rows = 0; // records after the header, as the import counts them
};

// What a folder holds for an import: the files of the format in the order they are imported,
// and the other .csv files, which the import ignores.
struct ImportPreview
{
    QString directory;
    QList<ImportPreviewFile> files;
    QStringList ignored;

    qint64 totalRows() const;
};

// Reads the folder as the import will: which of its files are in the format and how many rows
// each has, counted by the import's CSV parser (a quoted line break stays inside its row). A
// folder without any file of the format, or a file the parser refuses, is an error naming the
// file, line and reason. `canceled` is asked every few thousand rows; a canceled preview fails
// with Importer::canceledMessage().
Result<ImportPreview> previewImport(const QString &directory,
                                    const std::function<bool()> &canceled = {});

// Imports `directory` into the database at `url` on the global thread pool (Importer, all or
// nothing). The future's progress is the percentage of `expectedRows` read so far (at most 99
// until the import ends), its text the number of rows. Setting `canceled` stops the import,
// which then writes nothing and fails with Importer::canceledMessage().
QFuture<Result<ImportSummary>> importInBackground(const DatabaseUrl &url, const QString &directory,
                                                  qint64 expectedRows,
                                                  std::shared_ptr<std::atomic<bool>> canceled);

} // namespace cs
