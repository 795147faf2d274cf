#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace cs {

class BusinessCalendar;
class Connection;

// What changed on an exported date since it was exported: documents added (a late posting) and
// documents changed (a correction, an invoice's items, a document that moved to or away from
// the date). A document counts once per date: added when it was added after the export, even if
// it was changed afterwards too.
struct ExportDateChanges
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportChanges)
public:
    qint64 added = 0;
    qint64 changed = 0;

    // "changed since export: 2 added, 1 changed", as the command line and the export page say it.
    QString text() const;
    friend bool operator==(const ExportDateChanges &, const ExportDateChanges &) = default;
};

// The dates among `exported` whose documents changed since they were exported. A date changed
// for a channel when document_change (the importer's log) has a row newer than the change
// watermark of the channel's last COMPLETED run of that date, for a document of an account that
// belonged to the channel on that date (effective-dated membership) whose instant falls on it; for
// an account that moved, also for every other channel it ever had (files sent before a
// retroactive move may still hold the document). Test runs never count. Reads the log's rows newer
// than the lowest of those watermarks within the dates' span, through the index on (posted_at, id):
// no document is read or exported to find out.
Result<QMap<QDate, ExportDateChanges>> changedSinceExport(Connection &connection,
                                                          const BusinessCalendar &calendar,
                                                          const QList<QDate> &exported);

} // namespace cs
