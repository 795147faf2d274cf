#pragma once

#include "common/columntablemodel.h"
#include "export/exporthistory.h"

namespace cs {

// The channels of one run (ExportHistory::channels()): status, records, what changed against
// the previous run of the date (records added and removed), delivery, warnings and error.
class ExportRunChannelModel : public ColumnTableModel<ExportRunChannelInfo>
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
    const QList<ExportRunChannelInfo> &channels() const { return rows(); }

protected:
    QVariant extraData(const ExportRunChannelInfo &channel, int column, int role) const override;

private:
    bool m_uploads = false;
};

} // namespace cs
