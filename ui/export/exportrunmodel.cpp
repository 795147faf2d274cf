#include "exportrunmodel.h"

#include "common/localeformat.h"
#include "exportstatusview.h"

#include <QLocale>

namespace cs {

ExportRunModel::ExportRunModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using Run = ExportRunInfo;
    const QString changesTip
        = tr("Records added and removed against the previous run of this date");
    using Col = TableColumn<Run>;
    setColumns({
        Col(tr("Date")).value(field(&Run::date)),
        Col(tr("Status"))
            .value([](const Run &run) { return QVariant(int(run.status)); })
            .format([](const QVariant &status, CellUse) {
                return ExportStatusView::text(ExportStatus(status.toInt()));
            })
            .toolTip([](const Run &run) -> QVariant {
                return tr("Run %1: %2").arg(run.runId).arg(ExportStatuses::toString(run.status));
            })
            .foreground(
                [](const Run &run) { return QVariant(ExportStatusView::color(run.status)); })
            .decoration(
                [](const Run &run) { return QVariant(ExportStatusView::icon(run.status)); }),
        Col(tr("Trigger")).text([](const Run &run, CellUse) { return triggerText(run); }),
        Col(tr("Started"))
            .headerToolTip(tr("Times in the business time zone"))
            .value(field(&Run::startedAt))
            .format([this](const QVariant &utc, CellUse) { return time(utc.toDateTime()); }),
        Col(tr("Ended"))
            .value(field(&Run::finishedAt))
            .text([this](const Run &run, CellUse) { return endedText(run); })
            .toolTip([this](const Run &run) {
                return run.finishedAt.isValid() ? QVariant(time(run.finishedAt)) : QVariant();
            }),
        Col(tr("Channels"))
            .text([](const Run &run, CellUse) { return channelSummary(run); })
            .toolTip([](const Run &run) -> QVariant {
                return run.channelScope.isEmpty() ? tr("All channels")
                                                  : run.channelScope.join(QStringLiteral(", "));
            }),
        Col(tr("Records")).right().value(field(&Run::records)),
        Col(tr("Changes"))
            .right()
            .value([](const Run &run) { return QVariant(run.added + run.removed); })
            .text([](const Run &run, CellUse use) {
                if (run.added == 0 && run.removed == 0)
                    return QString();
                return tr("+%1 / \u2212%2")
                    .arg(CellText::of(run.added, use), CellText::of(run.removed, use));
            })
            .toolTip([changesTip](const Run &) { return QVariant(changesTip); }),
        Col(tr("Warnings"))
            .right()
            .value(field(&Run::warnings))
            .format([](const QVariant &warnings, CellUse use) {
                return warnings.toLongLong() == 0 ? QString() : CellText::of(warnings, use);
            }),
        Col(tr("Error"))
            .text([](const Run &run, CellUse) { return QString(run.error).replace(u'\n', u' '); })
            .toolTip([](const Run &run) {
                return run.error.isEmpty() ? QVariant() : QVariant(run.error);
            })
            .foreground([](const Run &run) {
                return run.error.isEmpty()
                    ? QVariant()
                    : QVariant(ExportStatusView::color(ExportStatus::Errored));
            }),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

void ExportRunModel::setRuns(const QList<ExportRunInfo> &runs, const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    setRows(runs);
}

int ExportRunModel::rowOf(qint64 runId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).runId == runId)
            return row;
    }
    return -1;
}

QString ExportRunModel::time(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QString();
    return LocaleFormat::dateTime(utc.toTimeZone(m_zone));
}

QString ExportRunModel::triggerText(const ExportRunInfo &run)
{
    if (run.trigger == ExportTrigger::Schedule)
        return tr("Timer");
    if (run.trigger == ExportTrigger::Test)
        return tr("Test run (not counted as exported)");
    if (run.triggeredBy.isEmpty())
        return tr("By hand");
    return tr("%1 (by hand)").arg(run.triggeredBy);
}

QString ExportRunModel::channelSummary(const ExportRunInfo &run)
{
    QString scope;
    if (!run.channelScope.isEmpty()) {
        scope = run.channelScope.size() <= 3
            ? tr("only %1").arg(run.channelScope.join(QStringLiteral(", ")))
            : tr("only %n channel(s)", nullptr, int(run.channelScope.size()));
    }
    QString outcome;
    if (run.status == ExportStatus::Running)
        outcome = tr("%n channel(s)", nullptr, run.channels);
    else if (run.failedChannels == 0 && run.heldChannels == 0)
        outcome = tr("%1 of %n completed", nullptr, run.channels).arg(run.channels);
    else if (run.heldChannels == 0)
        outcome = tr("%1 of %n failed", nullptr, run.channels).arg(run.failedChannels);
    else if (run.failedChannels == 0)
        outcome = tr("%1 of %n held", nullptr, run.channels).arg(run.heldChannels);
    else
        outcome = tr("%1 of %n failed, %2 held", nullptr, run.channels)
                      .arg(run.failedChannels)
                      .arg(run.heldChannels);
    return scope.isEmpty() ? outcome : tr("%1; %2").arg(outcome, scope);
}

QString ExportRunModel::endedText(const ExportRunInfo &run) const
{
    if (run.status == ExportStatus::Running)
        return tr("running\u2026");
    if (!run.finishedAt.isValid())
        return tr("\u2014");
    // the time alone when the run ended on the day it started
    if (run.finishedAt.toTimeZone(m_zone).date() == run.startedAt.toTimeZone(m_zone).date())
        return QLocale().toString(run.finishedAt.toTimeZone(m_zone).time(), QLocale::ShortFormat);
    return time(run.finishedAt);
}

QVariant ExportRunModel::extraData(const ExportRunInfo &run, int column, int role) const
{
    Q_UNUSED(column)
    switch (role) {
    case RunIdRole:
        return run.runId;
    case StatusRole:
        return int(run.status);
    default:
        return {};
    }
}

} // namespace cs
