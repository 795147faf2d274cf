#pragma once

#include "export/exporthistory.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace cs {

// The run history of the billing export (ExportHistory::runs()), newest first. Times are shown
// in the business time zone, the status as icon, colour and word.
class ExportRunModel : public QAbstractTableModel
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
    const QList<ExportRunInfo> &runs() const { return m_runs; }
    const ExportRunInfo &run(int row) const { return m_runs.at(row); }
    // The row of a run, -1 if it is not listed.
    int rowOf(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Timer" or "alice (by hand)".
    static QString triggerText(const ExportRunInfo &run);
    // "12 of 12 completed", "2 of 12 failed", "1 channel: CH-A".
    static QString channelSummary(const ExportRunInfo &run);

private:
    QString time(const QDateTime &utc) const;

    QList<ExportRunInfo> m_runs;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace cs
