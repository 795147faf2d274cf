#include "exportrun.h"

#include <QCoreApplication>

namespace cs {

QString ExportStatuses::toString(ExportStatus status)
{
    switch (status) {
    case ExportStatus::Running:
        return QStringLiteral("RUNNING");
    case ExportStatus::Completed:
        return QStringLiteral("COMPLETED");
    case ExportStatus::PartialError:
        return QStringLiteral("PARTIAL_ERROR");
    case ExportStatus::Errored:
        return QStringLiteral("ERRORED");
    case ExportStatus::Interrupted:
        return QStringLiteral("INTERRUPTED");
    }
    return {};
}

ExportStatus ExportStatuses::fromString(const QString &text)
{
    if (text == u"RUNNING")
        return ExportStatus::Running;
    if (text == u"COMPLETED")
        return ExportStatus::Completed;
    if (text == u"PARTIAL_ERROR")
        return ExportStatus::PartialError;
    if (text == u"INTERRUPTED")
        return ExportStatus::Interrupted;
    return ExportStatus::Errored;
}

qint64 ExportRunResult::records() const
{
    qint64 n = 0;
    for (const ExportChannelResult &channel : channels) {
        for (const ExportFileResult &file : channel.files)
            n += file.records;
    }
    return n;
}

qint64 ExportRunResult::warningCount() const
{
    qint64 n = 0;
    for (const ExportChannelResult &channel : channels)
        n += channel.warnings.size();
    return n;
}

int ExportRunResult::failedChannels() const
{
    int n = 0;
    for (const ExportChannelResult &channel : channels)
        n += channel.status != ExportStatus::Completed
                && channel.status != ExportStatus::PartialError
            ? 1
            : 0;
    return n;
}

int ExportRunResult::heldChannels() const
{
    int n = 0;
    for (const ExportChannelResult &channel : channels)
        n += channel.status == ExportStatus::PartialError ? 1 : 0;
    return n;
}

QString ExportRunResult::summary() const
{
    QString line
        = QCoreApplication::translate(
              "ExportRunResult", "%1 %2 run %3: %4 channels, %5 failed, %6 records, %7 warnings")
              .arg(date.toString(Qt::ISODate), ExportStatuses::toString(status))
              .arg(runId)
              .arg(channels.size())
              .arg(failedChannels())
              .arg(records())
              .arg(warningCount());
    if (const int held = heldChannels(); held > 0)
        line += QCoreApplication::translate("ExportRunResult", ", %1 channels held (not sent)")
                    .arg(held);
    qint64 added = 0, removed = 0;
    for (const ExportChannelResult &channel : channels) {
        for (const ExportFileResult &file : channel.files) {
            added += file.added;
            removed += file.removed;
        }
    }
    line += QCoreApplication::translate("ExportRunResult",
                                        ", %1 added, %2 removed since the last "
                                        "run of the date")
                .arg(added)
                .arg(removed);
    if (!destination.isEmpty())
        line += QCoreApplication::translate("ExportRunResult", ", sent to %1").arg(destination);
    if (trigger == ExportTrigger::Test)
        line += QCoreApplication::translate("ExportRunResult",
                                            "; a test run, not counted as exported");
    if (!error.isEmpty())
        line += QStringLiteral(" (") + error + u')';
    return line;
}

} // namespace cs
