#pragma once

#include "db/databaseurl.h"
#include "exportrun.h"
#include "util/result.h"

#include <QAtomicInteger>
#include <QCoreApplication>

#include <functional>

namespace cs {

class BusinessCalendar;
class Connection;

// One run of the daily billing export for one business date (issue 5):
//   1. for each channel, the four streams of the date are read, rendered (XML or CSV), staged as
//      <export.directory>/<Stream>/tmp/<channel>@<file> (StagedFiles) and renamed into
//      <export.directory>/<Stream>/target/<channel>/<prefix>_<D>_1.<ext> (a file whose content
//      is unchanged is left alone, so a re-run is byte-identical and keeps the file times);
//   2. if export.URL is set, each channel's files are uploaded (see ExportUploader) to
//      <URL path>/<Stream>/<channel>/<file>;
//   3. each channel's manifest is written (ExportManifest), and every step is recorded in
//      export_run, export_run_channel and export_run_file.
//
// The phases are ExportRunner's (exportrunner.h), the statements on export_run* ExportHistory's.
// The run holds the date's ExportLock throughout. Status: COMPLETED when every channel
// succeeded, PARTIAL_ERROR when some failed, ERRORED when all failed or the export directory is
// unusable (not writable, disk full: the run stops, no partial file is left under a final name),
// INTERRUPTED when cancelled (or, seen later, when the process died).
//
// A channel whose code could not be a single folder name refuses the whole run before anything
// is created or written below the export directory (ERRORED; the message names the codes); a
// run of other channels (--channel) is not affected. A statement that does not balance is
// exported and reported as a warning.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportJob)
public:
    ExportJob(DatabaseUrl database, ExportOptions options);
    Q_DISABLE_COPY_MOVE(ExportJob)

    // Called from the running thread.
    void setProgressHandler(std::function<void(const ExportChannelProgress &)> handler);
    void setRunStartedHandler(std::function<void(qint64 runId, QDate date)> handler);

    // Thread-safe: stops the run at the next channel or upload step; the run ends INTERRUPTED.
    void cancel() { m_cancelled.storeRelaxed(1); }
    bool isCancelled() const { return m_cancelled.loadRelaxed() != 0; }

    // Runs in the calling thread on its own database connection. An Error means no run was
    // recorded: the database cannot be opened, a channel code is unknown, or the date is locked
    // by another run (the message names its holder). Everything else is a recorded run, whose
    // status says how it went.
    Result<ExportRunResult> run();

private:
    DatabaseUrl m_database;
    ExportOptions m_options;
    QAtomicInteger<int> m_cancelled;
    std::function<void(const ExportChannelProgress &)> m_progress;
    std::function<void(qint64, QDate)> m_runStarted;
};

// Checks that `date` has ended in the business time zone of `calendar` at `nowMs`: today and
// later dates are refused (their documents are not complete), unless the run is a test run.
Status validateExportDate(QDate date, const BusinessCalendar &calendar, qint64 nowMs);

// Checks that a channel code can be used as one folder name below the export directory
// ([A-Za-z0-9_.-]{1,64}, not "." or ".."; a leading dot is allowed, as the importer allows it);
// the error shows the code as printableChannelCode() does.
Status validateChannelFolder(const QString &code);

// The code in double quotes for a one-line message: quotes and backslashes escaped, control and
// other unprintable characters as \uXXXX, cut after 80 characters ("...").
QString printableChannelCode(const QString &code);

} // namespace cs
