#include "exportrunchannelmodel.h"

#include "exportstatusview.h"

#include <QFileInfo>

namespace cs {

namespace {

// The error first, then the warnings.
QStringList issues(const ExportRunChannelInfo &channel)
{
    QStringList lines;
    if (!channel.error.isEmpty())
        lines << channel.error;
    lines << channel.warnings;
    return lines;
}

} // namespace

ExportRunChannelModel::ExportRunChannelModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using Info = ExportRunChannelInfo;
    const QString changeTip = tr("Records added or removed against the previous run of this date");
    using Col = TableColumn<Info>;
    setColumns({
        Col(tr("Channel")).value(field(&Info::code)),
        Col(tr("Status"))
            .text(
                [](const Info &channel, CellUse) { return ExportStatusView::text(channel.status); })
            .foreground([](const Info &channel) {
                return QVariant(ExportStatusView::color(channel.status));
            })
            .decoration([](const Info &channel) {
                return QVariant(ExportStatusView::icon(channel.status));
            }),
        Col(tr("Records")).right().value(field(&Info::records)),
        Col(tr("Added")).headerToolTip(changeTip).right().value(field(&Info::added)),
        Col(tr("Removed")).headerToolTip(changeTip).right().value(field(&Info::removed)),
        Col(tr("Delivered")).text([this](const Info &channel, CellUse) {
            if (!m_uploads)
                return tr("no upload");
            return channel.delivered ? tr("yes") : tr("no");
        }),
        Col(tr("Files"))
            .headerToolTip(tr("The files the run wrote for the channel"))
            .value([](const Info &channel) { return QVariant(int(channel.files.size())); })
            .text([](const Info &channel, CellUse) {
                QStringList names;
                for (const ExportFileResult &file : channel.files)
                    names << QFileInfo(file.relativePath).fileName();
                return names.join(QStringLiteral(", "));
            })
            .toolTip([](const Info &channel) -> QVariant {
                if (channel.files.isEmpty())
                    return {};
                QStringList files;
                for (const ExportFileResult &file : channel.files)
                    files << tr("%1 (%n record(s))", nullptr, int(file.records))
                                 .arg(file.relativePath);
                return files.join(u'\n');
            }),
        Col(tr("Errors and warnings"))
            .text([](const Info &channel, CellUse) {
                return issues(channel).join(QStringLiteral("; "));
            })
            .toolTip([](const Info &channel) -> QVariant {
                const QStringList lines = issues(channel);
                return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
            })
            .foreground([](const Info &channel) -> QVariant {
                if (!channel.error.isEmpty())
                    return ExportStatusView::color(ExportStatus::Errored);
                if (!channel.warnings.isEmpty())
                    return ExportStatusView::color(ExportStatus::PartialError);
                return {};
            }),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

void ExportRunChannelModel::setChannels(const QList<ExportRunChannelInfo> &channels, bool uploads)
{
    m_uploads = uploads;
    setRows(channels);
}

QVariant ExportRunChannelModel::extraData(const ExportRunChannelInfo &channel, int column,
                                          int role) const
{
    Q_UNUSED(column)
    return role == StatusRole ? QVariant(int(channel.status)) : QVariant();
}

} // namespace cs
