#pragma once

#include "export/exporthistory.h"

#include <QAbstractTableModel>

namespace cs {

// The channels of one run (ExportHistory::channels()): status, records, what changed against
// the previous run of the date (records added and removed), delivery, warnings and error.
class ExportRunChannelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Channel, Status, Records, Added, Removed, Delivered, Files, Issues, ColumnCount };
    enum Role {
        // The ExportStatus of the channel as int.
        StatusRole = Qt::UserRole + 16, // after ReportRoles
    };

    explicit ExportRunChannelModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportRunChannelModel)

    // `uploads`: whether the run had an export.URL (else "Delivered" shows "no upload").
    void setChannels(const QList<ExportRunChannelInfo> &channels, bool uploads);
    const QList<ExportRunChannelInfo> &channels() const { return m_channels; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ExportRunChannelInfo> m_channels;
    bool m_uploads = false;
};

} // namespace cs
