#pragma once

#include "exportrun.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace cs {

class Connection;

// What the export of a date will contain, per channel and stream, without writing anything: the
// record counts and the sums per currency of the same amounts the manifest sums (statement net
// balance, invoice final amount, payment/credit amount, failed amount).
struct ExportPreviewLine
{
    QString channel;
    ExportStream stream = ExportStream::AccountStatement;
    qint64 records = 0;
    CurrencySums amounts;
};

struct ExportPreview
{
    QDate date;
    qint64 fromMs = 0; // the business day [fromMs, toMs) in UTC milliseconds
    qint64 toMs = 0;
    // Every channel (or those asked for) x the four streams, ordered by channel code and stream;
    // a channel without documents has lines with 0 records (it still gets empty files).
    QList<ExportPreviewLine> lines;
};

// Reads the preview of `date` in the business time zone of the database. Fails on a database
// error or an unknown channel code. Use a connection of the calling thread (e.g. inside
// QtConcurrent::run, opened there).
Result<ExportPreview> previewExport(Connection &connection, QDate date,
                                    const QStringList &channels = {});

} // namespace cs
