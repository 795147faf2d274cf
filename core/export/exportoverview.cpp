#include "exportoverview.h"

#include "config/configuration.h"
#include "exportdestination.h"
#include "util/redaction.h"

namespace cs {

namespace {

Status readSettings(Connection &connection, ExportOverview *overview)
{
    const auto directory = Configuration::value(connection, Configuration::ExportDirectory);
    if (!directory)
        return directory.error();
    overview->directory = *directory;
    const auto url = Configuration::value(connection, Configuration::ExportUrl);
    if (!url)
        return url.error();
    overview->url = *url;
    if (!url->isEmpty()) {
        const auto parsed = ExportDestination::parse(*url);
        overview->destination = parsed ? parsed->displayString() : redactUrl(*url);
    }
    const auto format = Configuration::value(connection, Configuration::ExportFileExtension);
    if (!format)
        return format.error();
    overview->format = *format;
    return success();
}

} // namespace

Result<ExportOverview> readExportOverview(Connection &connection, qint64 nowMs, int historyLimit)
{
    ExportOverview overview;
    if (const Status settings = readSettings(connection, &overview); !settings)
        return settings.error();
    auto runs = ExportHistory::runs(connection, {}, {}, historyLimit);
    if (!runs)
        return runs.error();
    overview.runs = *runs;
    const auto missed = findMissedDays(connection, std::nullopt, nowMs);
    if (!missed)
        return missed.error();
    overview.zone = missed->zone;
    overview.yesterday = missed->to;
    overview.lastExported = missed->lastExported;
    overview.missedFrom = missed->from;
    overview.missed = missed->dates;
    overview.changed = missed->changed;
    return overview;
}

} // namespace cs
