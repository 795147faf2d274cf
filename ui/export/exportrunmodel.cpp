#include "exportrunmodel.h"

#include "exportstatusview.h"
#include "report/reportroles.h"

#include <QLocale>

namespace cs {

ExportRunModel::ExportRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ExportRunModel::setRuns(const QList<ExportRunInfo> &runs, const QTimeZone &zone)
{
    beginResetModel();
    m_runs = runs;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

int ExportRunModel::rowOf(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).runId == runId)
            return row;
    }
    return -1;
}

int ExportRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ExportRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportRunModel::time(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QString();
    return QLocale().toString(utc.toTimeZone(m_zone), QLocale::ShortFormat);
}

QString ExportRunModel::triggerText(const ExportRunInfo &run)
{
    if (run.trigger == ExportTrigger::Schedule)
        return tr("Timer");
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
    else if (run.failedChannels == 0)
        outcome = tr("%1 of %n completed", nullptr, run.channels).arg(run.channels);
    else
        outcome = tr("%1 of %n failed", nullptr, run.channels).arg(run.failedChannels);
    return scope.isEmpty() ? outcome : tr("%1; %2").arg(outcome, scope);
}

QVariant ExportRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportRunInfo &run = m_runs.at(index.row());
    const QLocale locale;
    switch (role) {
    case RunIdRole:
        return run.runId;
    case StatusRole:
        return int(run.status);
    case Qt::DisplayRole:
    case ReportRoles::ClipboardRole:
        switch (index.column()) {
        case Date:
            return locale.toString(run.date, QLocale::ShortFormat);
        case Status:
            return ExportStatusView::text(run.status);
        case Trigger:
            return triggerText(run);
        case Started:
            return time(run.startedAt);
        case Ended:
            if (run.status == ExportStatus::Running)
                return tr("running\u2026");
            if (!run.finishedAt.isValid())
                return tr("\u2014");
            // the time alone when the run ended on the day it started
            if (run.finishedAt.toTimeZone(m_zone).date() == run.startedAt.toTimeZone(m_zone).date())
                return QLocale().toString(run.finishedAt.toTimeZone(m_zone).time(),
                                          QLocale::ShortFormat);
            return time(run.finishedAt);
        case Channels:
            return channelSummary(run);
        case Records:
            return locale.toString(run.records);
        case Changes:
            if (run.added == 0 && run.removed == 0)
                return QString();
            return tr("+%1 / \u2212%2")
                .arg(locale.toString(run.added), locale.toString(run.removed));
        case Warnings:
            return run.warnings == 0 ? QString() : locale.toString(run.warnings);
        case Error:
            return QString(run.error).replace(u'\n', u' ');
        default:
            return {};
        }
    case ReportRoles::SortRole:
        switch (index.column()) {
        case Date:
            return run.date;
        case Started:
            return run.startedAt;
        case Ended:
            return run.finishedAt;
        case Records:
            return run.records;
        case Changes:
            return run.added + run.removed;
        case Warnings:
            return run.warnings;
        case Status:
            return int(run.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == Status)
            return ExportStatusView::icon(run.status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return ExportStatusView::color(run.status);
        if (index.column() == Error && !run.error.isEmpty())
            return ExportStatusView::color(ExportStatus::Errored);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Records || index.column() == Changes || index.column() == Warnings)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Status:
            return tr("Run %1: %2").arg(run.runId).arg(ExportStatuses::toString(run.status));
        case Ended:
            return run.finishedAt.isValid() ? QVariant(time(run.finishedAt)) : QVariant();
        case Changes:
            return tr("Records added and removed against the previous run of this date");
        case Error:
            return run.error.isEmpty() ? QVariant() : QVariant(run.error);
        case Channels:
            return run.channelScope.isEmpty() ? tr("All channels")
                                              : run.channelScope.join(QStringLiteral(", "));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ExportRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == Records || section == Changes || section == Warnings)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == Started)
        return tr("Times in the business time zone");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Status:
        return tr("Status");
    case Trigger:
        return tr("Trigger");
    case Started:
        return tr("Started");
    case Ended:
        return tr("Ended");
    case Channels:
        return tr("Channels");
    case Records:
        return tr("Records");
    case Changes:
        return tr("Changes");
    case Warnings:
        return tr("Warnings");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace cs
