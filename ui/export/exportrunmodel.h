#pragma once

#include "common/columntablemodel.h"
#include "export/exporthistory.h"

#include <QTimeZone>

namespace cs {

// The run history of the billing export (ExportHistory::runs()), newest first. Times are shown
// in the business time zone, the status as icon, colour and word.
class ExportRunModel : public ColumnTableModel<ExportRunInfo>
{
    Q_OBJECT

public:
    enum Column {
        Date,
        Status,
        Trigger,
        Started,
        Ended,
        Channels,
        Records,
        Changes,
        Warnings,
        Error,
        ColumnCount
    };
    enum Role {
        // The run id (qint64) of a row, in every column.
        RunIdRole = Qt::UserRole + 16, // after ReportRoles
        // The ExportStatus of the run as int.
        StatusRole,
    };

    explicit ExportRunModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportRunModel)

    void setRuns(const QList<ExportRunInfo> &runs, const QTimeZone &zone);
    const QList<ExportRunInfo> &runs() const { return rows(); }
    const ExportRunInfo &run(int row) const { return rows().at(row); }
    // The row of a run, -1 if it is not listed.
    int rowOf(qint64 runId) const;

    // "Timer" or "alice (by hand)".
    static QString triggerText(const ExportRunInfo &run);
    // "12 of 12 completed", "2 of 12 failed", "1 channel: CH-A".
    static QString channelSummary(const ExportRunInfo &run);

protected:
    QVariant extraData(const ExportRunInfo &run, int column, int role) const override;

private:
    QString time(const QDateTime &utc) const;
    QString endedText(const ExportRunInfo &run) const;

    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace cs
