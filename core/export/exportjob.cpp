#include "exportjob.h"

#include "exportrunner.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cs {

QString printableChannelCode(const QString &code)
{
    // Control characters, quotes and backslashes escaped, so that a message stays one line and
    // shows what is really there; very long codes shortened.
    constexpr qsizetype shown = 80;
    QString out;
    for (const QChar c : QStringView(code).left(shown)) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || !c.isPrint())
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (code.size() > shown)
        out += QStringLiteral("...");
    return u'"' + out + u'"';
}

Status validateExportDate(QDate date, const BusinessCalendar &calendar, qint64 nowMs)
{
    if (date <= calendar.yesterday(nowMs))
        return success();
    const QDateTime ends
        = QDateTime::fromMSecsSinceEpoch(calendar.dayStart(date.addDays(1)), calendar.zone());
    return Error { ExportJob::tr("%1 has not ended yet in the business time zone %2: its "
                                 "documents are not complete before %3")
                       .arg(date.toString(Qt::ISODate), QString::fromUtf8(calendar.zone().id()),
                            ends.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) };
}

Status validateChannelFolder(const QString &code)
{
    static const QRegularExpression valid(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]{1,64}")));
    if (code == u"." || code == u".." || !valid.match(code).hasMatch())
        return Error { ExportJob::tr(
                           "channel code %1 (%2 characters) cannot be used as a folder name: it "
                           "must match [A-Za-z0-9_.-]{1,64} and not be . or ..")
                           .arg(printableChannelCode(code))
                           .arg(code.size()) };
    return success();
}

ExportJob::ExportJob(DatabaseUrl database, ExportOptions options)
    : m_database(std::move(database))
    , m_options(std::move(options))
{ }

void ExportJob::setProgressHandler(std::function<void(const ExportChannelProgress &)> handler)
{
    m_progress = std::move(handler);
}

void ExportJob::setRunStartedHandler(std::function<void(qint64, QDate)> handler)
{
    m_runStarted = std::move(handler);
}

Result<ExportRunResult> ExportJob::run()
{
    ExportRunner run(m_database, m_options,
                     { m_progress, m_runStarted, [this] { return isCancelled(); } });
    for (const auto phase :
         { &ExportRunner::openDatabase, &ExportRunner::readSettings, &ExportRunner::lockDate }) {
        if (const Status done = (run.*phase)(); !done)
            return done.error();
    }
    run.prepareDestination();
    if (const Status recorded = run.recordStart(); !recorded)
        return recorded.error();

    // Past this point the run is recorded: whatever fails (a lost server connection too) ends it
    // as ERRORED with the reason, never leaves it RUNNING.
    const Status done = [&run]() -> Status {
        if (const Status recorded = run.recordChannels(); !recorded)
            return recorded;
        run.refuseUnusableCodes();
        run.makeFolders();
        run.removeStagingLeftovers();
        run.stageDataFiles();
        run.placeDataFiles();
        run.recordFiles();
        run.holdChannelsWithWarnings();
        run.deliver();
        run.settleOutcome();
        run.writeManifests();
        return run.recordOutcome();
    }();
    if (!done)
        return run.recordFailure(done.error());
    return run.result();
}

} // namespace cs
