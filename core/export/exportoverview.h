#pragma once

#include "exportcatchup.h"
#include "exporthistory.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace cs {

class Connection;

// What the export page shows of a database's export: the export settings (the URL without
// credentials), the run history and the days not exported yet.
struct ExportOverview
{
    QTimeZone zone;
    QDate yesterday; // in the business time zone
    QString directory;
    QString url; // export.URL as stored (never with a password); empty: no upload
    QString destination; // export.URL without user info and query; empty: no upload
    QString format; // "xml" or "csv"
    QList<ExportRunInfo> runs; // newest first, at most the limit asked for
    std::optional<QDate> lastExported;
    // Where the missed days are counted from (as channelscope-cli export --missed).
    QDate missedFrom;
    QList<QDate> missed; // oldest first: never exported, or changed since export
    QMap<QDate, ExportDateChanges> changed; // those of `missed` that were exported before
};

// Reads the overview on a connection of the calling thread (repairing runs whose process is
// gone, as ExportHistory::runs() does); `nowMs` decides what yesterday is.
Result<ExportOverview> readExportOverview(Connection &connection, qint64 nowMs,
                                          int historyLimit = 500);

} // namespace cs
