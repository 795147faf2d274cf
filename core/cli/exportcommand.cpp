#include "exportcommand.h"

#include "config/configuration.h"
#include "export/exportcatchup.h"
#include "export/exporthistory.h"
#include "export/exportjob.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace cs {

namespace {

// Runs listed by --history without --last, and the most --last accepts.
constexpr int DefaultHistoryRuns = 20;
constexpr int MaxHistoryRuns = 100000;

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

// Asks on the terminal before a catch-up of many dates; a script passes --yes, and the schedule
// (the systemd timer, --schedule) was set up to catch up. Returns ExitSuccess to go on, else the
// exit code to end with.
int confirmCatchUp(const QList<QDate> &dates, bool yes, CommandContext &context)
{
    const qsizetype runs = dates.size();
    if (yes || runs <= CatchUpRunsWithoutAsking)
        return ExitSuccess;
    const QString first = dates.first().toString(Qt::ISODate);
    const QString last = dates.last().toString(Qt::ISODate);
    if (!isatty(STDIN_FILENO) || !isatty(STDERR_FILENO))
        return context.usageError(
            ExportCommand::tr("--catch-up would start %1 runs, one per date from %2 to %3; "
                              "pass --yes to run them without a terminal")
                .arg(runs)
                .arg(first, last));
    context.err() << ExportCommand::tr("Export %1 dates from %2 to %3, one run each? [y/N] ")
                         .arg(runs)
                         .arg(first, last)
                  << Qt::flush;
    char answer[16] = {};
    // "y" in English, "j" in German.
    if (!std::fgets(answer, sizeof answer, stdin) || !std::strchr("yYjJ", answer[0])
        || answer[0] == '\0')
        return context.usageError(ExportCommand::tr("catch-up not confirmed: nothing exported"));
    return ExitSuccess;
}
} // namespace

QString ExportCommand::summary() const
{
    return tr("Run the daily billing export for a date, or catch up on missed dates.");
}

void ExportCommand::configure(QCommandLineParser &parser) const
{
    CommandContext::addDatabaseOption(parser);
    parser.addOptions({
        { QStringLiteral("date"),
          tr("The business date to export (YYYY-MM-DD); default: yesterday in the business "
             "time zone."),
          tr("D") },
        { QStringLiteral("catch-up"),
          tr("Export every date not exported yet or changed since its export (documents "
             "imported or corrected later), up to yesterday, oldest first, each as its "
             "own run; stops at the first date that ends ERRORED or INTERRUPTED or cannot "
             "start. Starts at --since, else at the date of the earliest document (never "
             "before 2000-01-01). More than %1 dates ask first on a terminal; without one they "
             "need --yes or --schedule.")
              .arg(CatchUpRunsWithoutAsking) },
        { QStringLiteral("yes"),
          tr("With --catch-up: run every missed date without asking (for scripts).") },
        { QStringLiteral("since"), tr("With --catch-up: the first date to consider."), tr("D") },
        { QStringLiteral("channel"), tr("Export (or re-send) only this channel; may be repeated."),
          tr("CODE") },
        { QStringLiteral("directory"), tr("Overrides export.directory."), tr("DIR") },
        { QStringLiteral("url"),
          tr("Overrides export.URL (\"\" for no upload). Never with a password: it comes from "
             "CHANNELSCOPE_EXPORT_PASSWORD or the file named by export.credentialsFile."),
          tr("URL") },
        { QStringLiteral("format"), tr("Overrides export.fileExtension: xml or csv."),
          tr("FORMAT") },
        { QStringLiteral("schedule"),
          tr("Record the run as started by the schedule (the systemd timer) rather than a "
             "person.") },
        { QStringLiteral("retries"), tr("Upload attempts per file (default 4)."), tr("N") },
        { QStringLiteral("retry-delay"),
          tr("Milliseconds before the first retry, doubled each time (default 2000)."), tr("MS") },
        { QStringLiteral("force"),
          tr("With --date: export a date that has not ended yet in the business time zone "
             "(today or later) as a test run. Its files are written and sent as usual, but "
             "the run is recorded as a test and never counts as exported: the date is exported "
             "again once it has ended.") },
        { QStringLiteral("hold-on-warnings"),
          tr("Do not send a channel that has warnings (an invoice or statement that does not "
             "tie out): its files are written, the channel ends PARTIAL_ERROR (\"held: ...\"), "
             "the command exits 1 and the date stays missed until it is run again without this "
             "option.") },
        { QStringLiteral("missed"),
          tr("Only list the dates that are not exported (from --since or the earliest "
             "document up to yesterday), those whose documents changed since their export "
             "(\"changed since export: 2 added, 1 changed\") and the last exported date; export "
             "nothing.") },
        { QStringLiteral("history"),
          tr("Only list the recorded runs, newest first (with --date: the runs of that date); "
             "export nothing.") },
        { QStringLiteral("last"),
          tr("With --history: list at most N runs (default %1).").arg(DefaultHistoryRuns),
          tr("N") },
        { QStringLiteral("show"),
          tr("Only show one recorded run: its channels with status, reason, warnings, files "
             "and delivery; export nothing."),
          tr("RUN") },
    });
}

namespace {

// The options shared by every run of the command; ExitSuccess, else the exit code to end with.
int parseOptions(const QCommandLineParser &parser, CommandContext &context, ExportOptions *options)
{
    options->channels = parser.values(QStringLiteral("channel"));
    if (parser.isSet(QStringLiteral("directory"))) {
        auto valid = Configuration::validate(Configuration::ExportDirectory,
                                             parser.value(QStringLiteral("directory")));
        if (!valid)
            return context.usageError(valid.errorString());
        options->directory = *valid;
    }
    if (parser.isSet(QStringLiteral("url"))) {
        auto valid = Configuration::validate(Configuration::ExportUrl,
                                             parser.value(QStringLiteral("url")));
        if (!valid)
            return context.usageError(valid.errorString());
        options->url = *valid;
    }
    if (parser.isSet(QStringLiteral("format"))) {
        auto valid = Configuration::validate(Configuration::ExportFileExtension,
                                             parser.value(QStringLiteral("format")));
        if (!valid)
            return context.usageError(valid.errorString());
        options->format = *valid == u"csv" ? ExportFormat::Csv : ExportFormat::Xml;
    }
    if (parser.isSet(QStringLiteral("schedule")))
        options->trigger = ExportTrigger::Schedule;
    if (parser.isSet(QStringLiteral("force")))
        options->trigger = ExportTrigger::Test;
    options->holdOnWarnings = parser.isSet(QStringLiteral("hold-on-warnings"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("retries"))) {
        options->retry.attempts = parser.value(QStringLiteral("retries")).toInt(&ok);
        if (!ok || options->retry.attempts < 1 || options->retry.attempts > 20)
            return context.usageError(ExportCommand::tr("--retries must be 1 to 20"));
    }
    if (parser.isSet(QStringLiteral("retry-delay"))) {
        options->retry.retryDelayMs = parser.value(QStringLiteral("retry-delay")).toInt(&ok);
        if (!ok || options->retry.retryDelayMs < 0 || options->retry.retryDelayMs > 600000)
            return context.usageError(
                ExportCommand::tr("--retry-delay must be 0 to 600000 milliseconds"));
    }
    return ExitSuccess;
}

// --date and --since; ExitSuccess, else the exit code to end with.
int parseDates(const QCommandLineParser &parser, CommandContext &context, QDate *date,
               std::optional<QDate> *since)
{
    if (parser.isSet(QStringLiteral("date"))) {
        const auto parsed = parseDate(parser.value(QStringLiteral("date")));
        if (!parsed)
            return context.usageError(
                ExportCommand::tr("--date must be a date YYYY-MM-DD, not \"%1\"")
                    .arg(parser.value(QStringLiteral("date"))));
        *date = *parsed;
    }
    if (parser.isSet(QStringLiteral("since"))) {
        *since = parseDate(parser.value(QStringLiteral("since")));
        if (!*since)
            return context.usageError(ExportCommand::tr("--since must be a date YYYY-MM-DD"));
    }
    return ExitSuccess;
}

// A date that has not ended in the business time zone is a usage error (exit 2) unless the run
// is a test run (--force). ExitSuccess, else the exit code to end with.
int checkDateHasEnded(Connection &connection, const ExportOptions &options, CommandContext &context)
{
    if (!options.date.isValid() || options.trigger == ExportTrigger::Test)
        return ExitSuccess;
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return context.runtimeError(zone.errorString());
    const Status ended = validateExportDate(options.date, BusinessCalendar(*zone),
                                            QDateTime::currentMSecsSinceEpoch());
    if (!ended)
        return context.usageError(
            ExportCommand::tr("%1; pass --force for a test run that is not counted as exported")
                .arg(ended.errorString()));
    return ExitSuccess;
}

int listMissed(const ExportMissedDays &missed, CommandContext &context)
{
    context.out() << ExportCommand::tr("last exported date: %1")
                         .arg(missed.lastExported ? missed.lastExported->toString(Qt::ISODate)
                                                  : ExportCommand::tr("none"))
                  << Qt::endl;
    for (const QDate &date : missed.dates) {
        const QString listed = ExportCommand::tr("missed: %1").arg(date.toString(Qt::ISODate));
        const auto changed = missed.changed.constFind(date);
        context.out() << (changed == missed.changed.cend()
                              ? listed
                              : listed + QStringLiteral("  ") + changed->text())
                      << Qt::endl;
    }
    return ExitSuccess;
}

// The summary line of a run, a line on stderr per failed channel, and its warnings.
void printRun(const ExportRunResult &result, CommandContext &context)
{
    context.out() << result.summary() << Qt::endl;
    for (const ExportChannelResult &channel : result.channels) {
        // A code refused as a folder name may hold line breaks: shown escaped.
        const QString code = validateChannelFolder(channel.code)
            ? channel.code
            : printableChannelCode(channel.code);
        if (channel.status != ExportStatus::Completed)
            context.err() << ExportCommand::tr("channelscope-cli export: channel %1 %2: %3")
                                 .arg(code, ExportStatuses::toString(channel.status), channel.error)
                          << Qt::endl;
        for (const QString &warning : channel.warnings)
            context.warning(ExportCommand::tr("channel %1: %2").arg(code, warning));
    }
}

// Runs the dates as ExportCatchUp does (oldest first, stopping at the first ERRORED or
// INTERRUPTED date or a run that cannot start) and says which dates it did not run.
int runDates(const DatabaseUrl &url, const QList<QDate> &dates, const ExportOptions &options,
             CommandContext &context)
{
    ExportCatchUp::Handlers handlers;
    handlers.runFinished = [&context](const ExportRunResult &result) { printRun(result, context); };
    handlers.runRefused = [&context](QDate, const QString &error) { context.runtimeError(error); };
    ExportCatchUp catchUp(url, dates, options, std::move(handlers));
    const ExportCatchUpResult outcome = catchUp.run();
    if (!outcome.notRun.isEmpty()) {
        const QDate stoppedAt
            = outcome.refusal.isEmpty() ? outcome.runs.last().date : outcome.refusedDate;
        const QString first = outcome.notRun.first().toString(Qt::ISODate);
        const QString last = outcome.notRun.last().toString(Qt::ISODate);
        context.runtimeError(
            ExportCommand::tr("catch-up stopped at %1; not run: %2")
                .arg(stoppedAt.toString(Qt::ISODate),
                     first == last ? first : ExportCommand::tr("%1 to %2").arg(first, last)));
    }
    return outcome.succeeded() ? ExitSuccess : ExitRuntimeError;
}

// A table for people: each column as wide as its widest cell, numbers right-aligned, two spaces
// between columns. The first row is the header.
void printTable(QTextStream &out, const QList<QStringList> &rows, const QList<bool> &rightAligned,
                const QString &indent = {})
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            if (rightAligned.value(c))
                line += row[c].rightJustified(widths[c]);
            else
                line += c + 1 == row.size() ? row[c] : row[c].leftJustified(widths[c]);
        }
        out << line << Qt::endl;
    }
}

// An instant of the history in the business time zone, ISO 8601 with its offset; "-" for none.
QString timeText(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(Qt::ISODate) : QStringLiteral("-");
}

// The same keywords in every language, like the statuses, so that scripts can read them.
QString triggerKeyword(ExportTrigger trigger)
{
    switch (trigger) {
    case ExportTrigger::Schedule:
        return QStringLiteral("schedule");
    case ExportTrigger::Test:
        return QStringLiteral("test");
    case ExportTrigger::Person:
        break;
    }
    return QStringLiteral("manual");
}

// A code refused as a folder name may hold line breaks: shown escaped.
QString shownCode(const QString &code)
{
    return validateChannelFolder(code) ? code : printableChannelCode(code);
}

QStringList historyRow(const ExportRunInfo &run, const QTimeZone &zone)
{
    return { QString::number(run.runId),
             run.date.toString(Qt::ISODate),
             triggerKeyword(run.trigger),
             run.triggeredBy.isEmpty() ? QStringLiteral("-") : run.triggeredBy,
             timeText(run.startedAt, zone),
             timeText(run.finishedAt, zone),
             ExportStatuses::toString(run.status),
             QString::number(run.channels),
             QString::number(run.failedChannels),
             QString::number(run.records),
             QString::number(run.warnings),
             QString::number(run.added),
             QString::number(run.removed) };
}

// export --history: the runs, newest first, at most `last` (of `date` when valid).
int listHistory(Connection &connection, QDate date, int last, CommandContext &context)
{
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return context.runtimeError(zone.errorString());
    // One more than asked, to say whether older runs were left out.
    const auto runs = ExportHistory::runs(connection, date, date, last + 1);
    if (!runs)
        return context.runtimeError(runs.errorString());
    if (runs->isEmpty()) {
        context.out() << (date.isValid() ? ExportCommand::tr("no export runs recorded for %1")
                                               .arg(date.toString(Qt::ISODate))
                                         : ExportCommand::tr("no export runs recorded"))
                      << Qt::endl;
        return ExitSuccess;
    }
    const QString zoneId = QString::fromUtf8(zone->id());
    context.out() << (runs->size() > last
                          ? ExportCommand::tr("export runs, newest first, only the newest %1 "
                                              "(--last N shows more); times in the business "
                                              "time zone %2")
                                .arg(last)
                                .arg(zoneId)
                          : ExportCommand::tr("export runs, newest first; times in the business "
                                              "time zone %1")
                                .arg(zoneId))
                  << Qt::endl;
    QList<QStringList> rows {
        { ExportCommand::tr("RUN"), ExportCommand::tr("DATE"), ExportCommand::tr("TRIGGER"),
          ExportCommand::tr("BY"), ExportCommand::tr("STARTED"), ExportCommand::tr("ENDED"),
          ExportCommand::tr("STATUS"), ExportCommand::tr("CHANNELS"), ExportCommand::tr("FAILED"),
          ExportCommand::tr("RECORDS"), ExportCommand::tr("WARNINGS"), ExportCommand::tr("ADDED"),
          ExportCommand::tr("REMOVED") }
    };
    for (qsizetype i = 0; i < runs->size() && i < last; ++i)
        rows << historyRow(runs->at(i), *zone);
    printTable(
        context.out(), rows,
        { true, false, false, false, false, false, false, true, true, true, true, true, true });
    return ExitSuccess;
}

// The lines above the channels of export --show: date, status, who, when, where, why.
void printRunHeader(const ExportRunInfo &run, const QTimeZone &zone, QTextStream &out)
{
    out << ExportCommand::tr("run %1: %2 %3, %4 by %5 on %6")
               .arg(run.runId)
               .arg(run.date.toString(Qt::ISODate), ExportStatuses::toString(run.status),
                    triggerKeyword(run.trigger), run.triggeredBy, run.host)
        << Qt::endl;
    out << ExportCommand::tr("started %1, ended %2 (business time zone %3)")
               .arg(timeText(run.startedAt, zone), timeText(run.finishedAt, zone),
                    QString::fromUtf8(zone.id()))
        << Qt::endl;
    out << ExportCommand::tr("channels: %1")
               .arg(run.channelScope.isEmpty() ? ExportCommand::tr("all")
                                               : run.channelScope.join(QStringLiteral(", ")))
        << Qt::endl;
    out << ExportCommand::tr("directory: %1").arg(run.directory) << Qt::endl;
    out << ExportCommand::tr("destination: %1")
               .arg(run.destination.isEmpty() ? ExportCommand::tr("none (files written only)")
                                              : run.destination)
        << Qt::endl;
    if (!run.error.isEmpty())
        out << ExportCommand::tr("reason: %1").arg(run.error) << Qt::endl;
}

QString amountsText(const CurrencySums &amounts)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts << it.key() + u' ' + it.value().toString();
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

// A channel's reason, warnings and files below the channel table of export --show.
void printChannelDetails(const ExportRunChannelInfo &channel, QTextStream &out)
{
    out << Qt::endl << shownCode(channel.code) << Qt::endl;
    if (!channel.error.isEmpty())
        out << QStringLiteral("  ") << ExportCommand::tr("reason: %1").arg(channel.error)
            << Qt::endl;
    for (const QString &warning : channel.warnings)
        out << QStringLiteral("  ") << ExportCommand::tr("warning: %1").arg(warning) << Qt::endl;
    if (channel.files.isEmpty()) {
        out << QStringLiteral("  ") << ExportCommand::tr("no files written") << Qt::endl;
        return;
    }
    QList<QStringList> rows { { ExportCommand::tr("FILE"), ExportCommand::tr("RECORDS"),
                                ExportCommand::tr("ADDED"), ExportCommand::tr("REMOVED"),
                                ExportCommand::tr("AMOUNTS") } };
    for (const ExportFileResult &file : channel.files)
        rows << QStringList { file.relativePath, QString::number(file.records),
                              QString::number(file.added), QString::number(file.removed),
                              amountsText(file.amounts) };
    printTable(out, rows, { false, true, true, true, false }, QStringLiteral("  "));
}

// export --show RUN: the run and its channels.
int showRun(Connection &connection, qint64 runId, CommandContext &context)
{
    const auto zone = Configuration::businessTimeZone(connection);
    if (!zone)
        return context.runtimeError(zone.errorString());
    const auto run = ExportHistory::run(connection, runId);
    if (!run)
        return context.runtimeError(run.errorString());
    if (!*run)
        return context.runtimeError(
            ExportCommand::tr("no export run %1 is recorded; export --history lists the runs")
                .arg(runId));
    const auto channels = ExportHistory::channels(connection, runId);
    if (!channels)
        return context.runtimeError(channels.errorString());
    printRunHeader(**run, *zone, context.out());
    const bool sent = !(*run)->destination.isEmpty();
    QList<QStringList> rows { { ExportCommand::tr("CHANNEL"), ExportCommand::tr("STATUS"),
                                ExportCommand::tr("DELIVERED"), ExportCommand::tr("RECORDS"),
                                ExportCommand::tr("ADDED"), ExportCommand::tr("REMOVED"),
                                ExportCommand::tr("WARNINGS") } };
    for (const ExportRunChannelInfo &c : *channels)
        rows << QStringList { shownCode(c.code),
                              ExportStatuses::toString(c.status),
                              !sent             ? QStringLiteral("-")
                                  : c.delivered ? ExportCommand::tr("yes")
                                                : ExportCommand::tr("no"),
                              QString::number(c.records),
                              QString::number(c.added),
                              QString::number(c.removed),
                              QString::number(c.warnings.size()) };
    context.out() << Qt::endl;
    printTable(context.out(), rows, { false, false, false, true, true, true, true });
    for (const ExportRunChannelInfo &c : *channels)
        printChannelDetails(c, context.out());
    return ExitSuccess;
}

// --history, --last and --show read the history and export nothing; ExitSuccess, else the exit
// code to end with.
int checkHistoryOptions(const QCommandLineParser &parser, CommandContext &context)
{
    static const QStringList exportOnly {
        QStringLiteral("catch-up"),  QStringLiteral("force"),   QStringLiteral("missed"),
        QStringLiteral("yes"),       QStringLiteral("since"),   QStringLiteral("channel"),
        QStringLiteral("directory"), QStringLiteral("url"),     QStringLiteral("format"),
        QStringLiteral("schedule"),  QStringLiteral("retries"), QStringLiteral("retry-delay")
    };
    for (const QString &option : exportOnly) {
        if (parser.isSet(option))
            return context.usageError(ExportCommand::tr("--history and --show only read the "
                                                        "recorded runs; they take no --%1")
                                          .arg(option));
    }
    const bool show = parser.isSet(QStringLiteral("show"));
    if (!show && !parser.isSet(QStringLiteral("history")))
        return context.usageError(ExportCommand::tr("--last is for --history"));
    if (show && (parser.isSet(QStringLiteral("date")) || parser.isSet(QStringLiteral("last"))))
        return context.usageError(
            ExportCommand::tr("--show prints one run; it takes no --date or --last"));
    return ExitSuccess;
}

// export --history [--date D] [--last N] and export --show RUN.
int runHistory(const QCommandLineParser &parser, CommandContext &context)
{
    if (const int checked = checkHistoryOptions(parser, context); checked != ExitSuccess)
        return checked;
    QDate date;
    std::optional<QDate> since;
    if (const int parsed = parseDates(parser, context, &date, &since); parsed != ExitSuccess)
        return parsed;
    int last = DefaultHistoryRuns;
    bool ok = true;
    if (parser.isSet(QStringLiteral("last"))) {
        last = parser.value(QStringLiteral("last")).toInt(&ok);
        if (!ok || last < 1 || last > MaxHistoryRuns)
            return context.usageError(
                ExportCommand::tr("--last must be a number of runs from 1 to %1, not \"%2\"")
                    .arg(MaxHistoryRuns)
                    .arg(parser.value(QStringLiteral("last"))));
    }
    qint64 runId = 0;
    if (parser.isSet(QStringLiteral("show"))) {
        runId = parser.value(QStringLiteral("show")).toLongLong(&ok);
        if (!ok || runId < 1)
            return context.usageError(ExportCommand::tr("--show needs a run number, not \"%1\"")
                                          .arg(parser.value(QStringLiteral("show"))));
    }
    int exitCode = ExitSuccess;
    const auto connection = context.openDatabase(parser, &exitCode);
    if (!connection)
        return exitCode;
    return runId > 0 ? showRun(*connection, runId, context)
                     : listHistory(*connection, date, last, context);
}

} // namespace

int ExportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(QStringLiteral("history")) || parser.isSet(QStringLiteral("show"))
        || parser.isSet(QStringLiteral("last")))
        return runHistory(parser, context);
    const bool catchUp = parser.isSet(QStringLiteral("catch-up"));
    const bool missedOnly = parser.isSet(QStringLiteral("missed"));
    if (catchUp && parser.isSet(QStringLiteral("date")))
        return context.usageError(tr("--date and --catch-up exclude each other"));
    if (catchUp && parser.isSet(QStringLiteral("channel")))
        return context.usageError(tr("--catch-up exports whole dates; it takes no --channel"));
    if (parser.isSet(QStringLiteral("force"))
        && (catchUp || missedOnly || parser.isSet(QStringLiteral("schedule"))))
        return context.usageError(
            tr("--force is for a test run of one --date; not with --catch-up, --missed or "
               "--schedule"));
    ExportOptions options;
    std::optional<QDate> since;
    if (const int parsed = parseDates(parser, context, &options.date, &since);
        parsed != ExitSuccess)
        return parsed;
    if (const int parsed = parseOptions(parser, context, &options); parsed != ExitSuccess)
        return parsed;

    int exitCode = ExitSuccess;
    const auto connection = context.openDatabase(parser, &exitCode);
    if (!connection)
        return exitCode;
    if (!catchUp && !missedOnly) {
        if (const int ended = checkDateHasEnded(*connection, options, context);
            ended != ExitSuccess)
            return ended;
        return runDates(connection->url(), { options.date }, options,
                        context); // invalid: yesterday
    }

    const auto missed = findMissedDays(*connection, since, QDateTime::currentMSecsSinceEpoch());
    if (!missed)
        return context.runtimeError(missed.errorString());
    if (missedOnly)
        return listMissed(*missed, context);
    if (missed->dates.isEmpty()) {
        context.out() << tr("nothing to catch up: every date from %1 to %2 is exported")
                             .arg(missed->from.toString(Qt::ISODate),
                                  missed->to.toString(Qt::ISODate))
                      << Qt::endl;
        return ExitSuccess;
    }
    const bool confirmed
        = parser.isSet(QStringLiteral("yes")) || options.trigger == ExportTrigger::Schedule;
    if (const int asked = confirmCatchUp(missed->dates, confirmed, context); asked != ExitSuccess)
        return asked;
    return runDates(connection->url(), missed->dates, options, context);
}

} // namespace cs
