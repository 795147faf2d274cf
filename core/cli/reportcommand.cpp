#include "reportcommand.h"

#include "config/configuration.h"
#include "report/reportcsv.h"
#include "report/reportengine.h"
#include "report/reportprofiles.h"
#include "report/reportrecipe.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cs {

namespace {

const QString s_channel = QStringLiteral("channel");
const QString s_billingGroup = QStringLiteral("billing-group");
const QString s_from = QStringLiteral("from");
const QString s_to = QStringLiteral("to");
const QString s_byChannel = QStringLiteral("by-channel");
const QString s_tz = QStringLiteral("tz");
const QString s_compare = QStringLiteral("compare");
const QString s_output = QStringLiteral("o");
const QString s_format = QStringLiteral("format");
const QString s_locale = QStringLiteral("locale");
const QString s_recipe = QStringLiteral("recipe");

} // namespace

// What to report and how to write it, from the options or a recipe.
struct ReportJob
{
    ReportRequest request;
    std::optional<ReportRecipe> recipe;
    ExportProfile profile = ExportProfile::MachineCsv;
    bool byChannel = false;
    QLocale locale;
};

QString ReportCommand::summary() const
{
    return tr("Write the usage and spend report of a channel or billing group as CSV or as an "
              "Excel workbook.");
}

void ReportCommand::configure(QCommandLineParser &parser) const
{
    CommandContext::addDatabaseOption(parser);
    parser.addOption({ s_channel, tr("Report on the channel with this code."), tr("CODE") });
    parser.addOption(
        { s_billingGroup, tr("Report on the billing group with this code."), tr("CODE") });
    parser.addOption({ s_from, tr("First business day, inclusive."), tr("YYYY-MM-DD") });
    parser.addOption({ s_to, tr("Last business day, inclusive."), tr("YYYY-MM-DD") });
    parser.addOption(
        { s_byChannel,
          tr("For a billing group: one line per channel and product instead of merged lines.") });
    parser.addOption(
        { s_tz,
          tr("IANA time zone in which the days start (default: the business.timezone setting)."),
          tr("ZONE") });
    parser.addOption(
        { s_compare,
          tr("Compare with the previous period of equal length (previous), the same days one "
             "year earlier (year) or nothing (none, the default). Adds the columns Comparison "
             "Start Date, Comparison End Date, Usage Change, Spend Change, Change % and "
             "Comparison Note; a period that starts before the first day with usage gives no "
             "changes but the note \"no data before DATE\"."),
          tr("previous|year|none") });
    parser.addOption({ { s_output, QStringLiteral("output") },
                       tr("Write the report to this file (atomically) instead of standard "
                          "output (required for xlsx)."),
                       tr("FILE") });
    parser.addOption(
        { s_format,
          tr("csv: RFC 4180 for programs, the stable format (the default); excel-csv: for a "
             "spreadsheet, with a byte order mark, the locale's list separator and decimal mark, "
             "totals per currency and the report's details below; xlsx: an Excel workbook with "
             "real number and date cells, totals and a sheet with the details."),
          tr("csv|excel-csv|xlsx") });
    parser.addOption(
        { s_recipe,
          tr("Write the report of a saved report recipe (a JSON file that the window saves with "
             "File > Save Report Recipe): its scope, range rule, comparison, grouping, filter, "
             "sort and export profile, exactly as the window exports it. Not with --channel, "
             "--billing-group, --from, --to, --tz, --compare, --by-channel or --format."),
          tr("FILE") });
    parser.addOption({ s_locale,
                       tr("The locale whose separators excel-csv uses, for example de_DE "
                          "(default: the system's)."),
                       tr("LOCALE") });
}

int ReportCommand::readScope(const QCommandLineParser &parser, CommandContext &context,
                             ReportRequest &request)
{
    const bool channel = parser.isSet(s_channel);
    if (channel == parser.isSet(s_billingGroup))
        return context.usageError(tr("give exactly one of --channel CODE or --billing-group CODE, "
                                     "or --recipe FILE"));
    request.scope = channel ? ReportScope::Channel : ReportScope::BillingGroup;
    request.code = parser.value(channel ? s_channel : s_billingGroup);
    if (request.code.isEmpty())
        return context.usageError(
            tr("--%1 needs a code").arg(channel ? s_channel : s_billingGroup));
    for (const QString &option : { s_from, s_to }) {
        if (!parser.isSet(option))
            return context.usageError(tr("--%1 YYYY-MM-DD is required").arg(option));
        const QDate date = BusinessCalendar::parseDate(parser.value(option));
        if (!date.isValid())
            return context.usageError(
                tr("--%1: \"%2\" is not a date YYYY-MM-DD").arg(option, parser.value(option)));
        (option == s_from ? request.from : request.to) = date;
    }
    if (request.from > request.to)
        return context.usageError(
            tr("--from %1 is after --to %2").arg(parser.value(s_from), parser.value(s_to)));
    if (parser.isSet(s_tz)) {
        request.timeZoneId = parser.value(s_tz);
        if (const auto zone = Configuration::timeZoneFromId(request.timeZoneId); !zone)
            return context.usageError(zone.errorString());
    }
    if (parser.isSet(s_compare)) {
        const auto kind = Comparison::kindFromId(parser.value(s_compare));
        if (!kind)
            return context.usageError(
                tr("--compare: \"%1\" is not previous, year or none").arg(parser.value(s_compare)));
        request.compare = *kind;
    }
    return ExitSuccess;
}

int ReportCommand::readJob(const QCommandLineParser &parser, CommandContext &context,
                           ReportJob &job)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(s_recipe)) {
        for (const QString &option :
             { s_channel, s_billingGroup, s_from, s_to, s_tz, s_compare, s_byChannel, s_format })
            if (parser.isSet(option))
                return context.usageError(tr("--recipe and --%1 do not go together: the recipe "
                                             "says what to report")
                                              .arg(option));
        auto recipe = ReportRecipes::read(parser.value(s_recipe));
        if (!recipe)
            return context.usageError(recipe.errorString());
        job.recipe = *recipe;
        job.profile = recipe->profile;
        job.byChannel = recipe->byChannel;
    } else {
        if (const int code = readScope(parser, context, job.request); code != ExitSuccess)
            return code;
        job.byChannel = parser.isSet(s_byChannel);
        if (parser.isSet(s_format)) {
            const auto chosen = ReportProfiles::fromId(parser.value(s_format));
            if (!chosen)
                return context.usageError(tr("--format: \"%1\" is not csv, excel-csv or xlsx")
                                              .arg(parser.value(s_format)));
            job.profile = *chosen;
        }
    }
    if (job.profile == ExportProfile::Xlsx && !parser.isSet(s_output))
        return context.usageError(tr("the xlsx format needs -o FILE"));
    if (parser.isSet(s_locale)) {
        job.locale = QLocale(parser.value(s_locale));
        if (job.locale.language() == QLocale::C)
            return context.usageError(
                tr("--locale: \"%1\" is not a known locale").arg(parser.value(s_locale)));
    }
    return ExitSuccess;
}

int ReportCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    ReportJob job;
    if (const int code = readJob(parser, context, job); code != ExitSuccess)
        return code;
    int exitCode = ExitSuccess;
    const auto connection = context.openDatabase(parser, &exitCode);
    if (!connection)
        return exitCode;
    if (job.recipe) {
        // the recipe's range rule counts from today in the business time zone
        const auto zone = Configuration::businessTimeZone(*connection);
        if (!zone)
            return context.runtimeError(zone.errorString());
        job.request = job.recipe->request(QDateTime::currentDateTime().toTimeZone(*zone).date());
    }
    const ReportRequest &request = job.request;
    const bool channel = request.scope == ReportScope::Channel;
    // Unknown codes are usage errors (exit 2); everything else is a runtime error.
    const QString table = channel ? QStringLiteral("channel") : QStringLiteral("billing_group");
    auto known = connection->exec(QStringLiteral("SELECT 1 FROM ") + table
                                      + QStringLiteral(" WHERE code = ?"),
                                  { request.code });
    if (!known)
        return context.runtimeError(known.errorString());
    if (!known->next())
        return context.usageError(channel ? tr("unknown channel \"%1\"").arg(request.code)
                                          : tr("unknown billing group \"%1\"").arg(request.code));

    ReportEngine engine(*connection);
    const auto result = engine.run(request);
    if (!result)
        return context.runtimeError(result.errorString());
    warnAbout(*result, context);
    return write(parser, job, *result, context);
}

void ReportCommand::warnAbout(const ReportResult &result, CommandContext &context)
{
    for (const QString &warning : result.warnings)
        context.warning(warning);
    if (const ReportComparison &comparison = result.comparison;
        comparison.isActive() && !comparison.covered)
        context.warning(tr("the comparison period %1..%2 starts before the data (no data before "
                           "%3): no changes given")
                            .arg(comparison.from.toString(Qt::ISODate),
                                 comparison.to.toString(Qt::ISODate),
                                 comparison.dataStart.toString(Qt::ISODate)));
}

int ReportCommand::write(const QCommandLineParser &parser, const ReportJob &job,
                         const ReportResult &result, CommandContext &context)
{
    ReportSheetView view;
    view.byChannel = job.byChannel;
    if (job.recipe)
        view = job.recipe->sheetView(result);
    if (parser.isSet(s_output)) {
        if (const Status written
            = ReportProfiles::write(parser.value(s_output), job.profile, result, view, job.locale);
            !written)
            return context.runtimeError(written.errorString());
        return ExitSuccess;
    }
    if (job.profile == ExportProfile::MachineCsv)
        context.out() << QString::fromUtf8(ReportCsv::toCsv(result, view.byChannel));
    else
        context.out() << QString::fromUtf8(ReportProfiles::excelCsv(
            ReportSheets::build(result, view, ReportProfiles::generationTime()), job.locale));
    context.out().flush();
    return ExitSuccess;
}

} // namespace cs
