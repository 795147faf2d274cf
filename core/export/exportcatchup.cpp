#include "exportcatchup.h"

#include "config/configuration.h"
#include "db/connection.h"
#include "exportchanges.h"
#include "exporthistory.h"
#include "exportjob.h"
#include "import/fieldparser.h"
#include "time/businesscalendar.h"

#include <QMutexLocker>
#include <QSet>

namespace cs {

Result<ExportMissedDays> findMissedDays(Connection &connection, std::optional<QDate> since,
                                        qint64 nowMs)
{
    ExportMissedDays missed;
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return zone.error();
    missed.zone = *zone;
    const BusinessCalendar calendar(*zone);
    missed.to = calendar.yesterday(nowMs);
    missed.from = missed.to;
    if (since) {
        missed.from = *since;
    } else {
        const auto earliest = ExportHistory::earliestDocumentDate(connection, calendar);
        if (!earliest)
            return earliest.error();
        if (*earliest)
            missed.from = std::min(**earliest, missed.to);
    }
    // An invalid date (a document in year 0) is before the floor too.
    const QDate floor(FieldParser::FirstAcceptedYear, 1, 1);
    if (!missed.from.isValid() || missed.from < floor)
        missed.from = floor;
    auto exported = ExportHistory::exportedDates(connection, missed.from, missed.to);
    if (!exported)
        return exported.error();
    auto changed = changedSinceExport(connection, calendar, *exported);
    if (!changed)
        return changed.error();
    missed.changed = *changed;
    const QSet<QDate> done(exported->cbegin(), exported->cend());
    for (QDate d = missed.from; d.isValid() && d <= missed.to; d = d.addDays(1)) {
        if (!done.contains(d) || missed.changed.contains(d))
            missed.dates.append(d);
    }
    auto last = ExportHistory::lastExportedDate(connection);
    if (!last)
        return last.error();
    missed.lastExported = *last;
    return missed;
}

bool ExportCatchUpResult::succeeded() const
{
    if (!refusal.isEmpty() || !notRun.isEmpty())
        return false;
    for (const ExportRunResult &run : runs) {
        if (run.status != ExportStatus::Completed)
            return false;
    }
    return true;
}

ExportCatchUp::ExportCatchUp(DatabaseUrl database, QList<QDate> dates, ExportOptions options,
                             Handlers handlers)
    : m_database(std::move(database))
    , m_dates(std::move(dates))
    , m_options(std::move(options))
    , m_handlers(std::move(handlers))
{ }

bool ExportCatchUp::stopsAt(ExportStatus status)
{
    return status == ExportStatus::Errored || status == ExportStatus::Interrupted;
}

void ExportCatchUp::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

ExportCatchUpResult ExportCatchUp::run()
{
    ExportCatchUpResult outcome;
    const int total = int(m_dates.size());
    for (int index = 0; index < total; ++index) {
        const QDate date = m_dates.at(index);
        if (m_handlers.dateStarted)
            m_handlers.dateStarted(date, index, total);
        const Result<ExportRunResult> run = runDate(date);
        bool stop = false;
        if (!run) {
            outcome.refusedDate = date;
            outcome.refusal = run.errorString();
            if (m_handlers.runRefused)
                m_handlers.runRefused(date, outcome.refusal);
            stop = true;
        } else {
            outcome.runs.append(*run);
            if (m_handlers.runFinished)
                m_handlers.runFinished(*run);
            stop = stopsAt(run->status);
        }
        if (stop) {
            outcome.notRun = m_dates.mid(index + 1);
            break;
        }
    }
    return outcome;
}

Result<ExportRunResult> ExportCatchUp::runDate(QDate date)
{
    ExportOptions options = m_options;
    options.date = date;
    ExportJob job(m_database, options);
    if (m_handlers.channelProgress)
        job.setProgressHandler(m_handlers.channelProgress);
    if (m_handlers.runStarted)
        job.setRunStartedHandler(m_handlers.runStarted);
    {
        QMutexLocker locker(&m_mutex);
        m_job = &job;
        if (m_cancelled)
            job.cancel(); // recorded INTERRUPTED, so the history shows where the catch-up stopped
    }
    auto result = job.run();
    QMutexLocker locker(&m_mutex);
    m_job = nullptr;
    return result;
}

} // namespace cs
