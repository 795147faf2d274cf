#include "exportrunchannelmodel.h"

#include "exportstatusview.h"
#include "report/reportroles.h"

#include <QLocale>

namespace cs {

namespace {

bool numeric(int column)
{
    return column == ExportRunChannelModel::Records || column == ExportRunChannelModel::Added
        || column == ExportRunChannelModel::Removed || column == ExportRunChannelModel::Files;
}

} // namespace

ExportRunChannelModel::ExportRunChannelModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ExportRunChannelModel::setChannels(const QList<ExportRunChannelInfo> &channels, bool uploads)
{
    beginResetModel();
    m_channels = channels;
    m_uploads = uploads;
    endResetModel();
}

int ExportRunChannelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ExportRunChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExportRunChannelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportRunChannelInfo &channel = m_channels.at(index.row());
    const QLocale locale;
    const auto issues = [&channel] {
        QStringList lines;
        if (!channel.error.isEmpty())
            lines << channel.error;
        lines << channel.warnings;
        return lines;
    };
    switch (role) {
    case StatusRole:
        return int(channel.status);
    case Qt::DisplayRole:
    case ReportRoles::ClipboardRole:
        switch (index.column()) {
        case Channel:
            return channel.code;
        case Status:
            return ExportStatusView::text(channel.status);
        case Records:
            return locale.toString(channel.records);
        case Added:
            return locale.toString(channel.added);
        case Removed:
            return locale.toString(channel.removed);
        case Delivered:
            if (!m_uploads)
                return tr("no upload");
            return channel.delivered ? tr("yes") : tr("no");
        case Files:
            return locale.toString(channel.files.size());
        case Issues:
            return issues().join(QStringLiteral("; "));
        default:
            return {};
        }
    case ReportRoles::SortRole:
        switch (index.column()) {
        case Records:
            return channel.records;
        case Added:
            return channel.added;
        case Removed:
            return channel.removed;
        case Files:
            return int(channel.files.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == Status)
            return ExportStatusView::icon(channel.status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return ExportStatusView::color(channel.status);
        if (index.column() == Issues && !channel.error.isEmpty())
            return ExportStatusView::color(ExportStatus::Errored);
        if (index.column() == Issues && !channel.warnings.isEmpty())
            return ExportStatusView::color(ExportStatus::PartialError);
        return {};
    case Qt::TextAlignmentRole:
        if (numeric(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Issues && !issues().isEmpty())
            return issues().join(u'\n');
        if (index.column() == Files && !channel.files.isEmpty()) {
            QStringList files;
            for (const ExportFileResult &file : channel.files)
                files << tr("%1 (%n record(s))", nullptr, int(file.records)).arg(file.relativePath);
            return files.join(u'\n');
        }
        return {};
    default:
        return {};
    }
}

QVariant ExportRunChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (numeric(section))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (section == Added || section == Removed)
            return tr("Records added or removed against the previous run of this date");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case Status:
        return tr("Status");
    case Records:
        return tr("Records");
    case Added:
        return tr("Added");
    case Removed:
        return tr("Removed");
    case Delivered:
        return tr("Delivered");
    case Files:
        return tr("Files");
    case Issues:
        return tr("Errors and warnings");
    default:
        return {};
    }
}

} // namespace cs
