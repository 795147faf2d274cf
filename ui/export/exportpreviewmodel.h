#pragma once

#include "export/exportpreview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <array>
#include <optional>

namespace cs {

// What the export of a date will contain (previewExport()), one row per channel: per stream the
// record count and the amount sums per currency. The channel column is checkable (which channels
// a run exports; all are checked at first), and the last column shows the progress of the run.
class ExportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Channel,
        Statements,
        StatementAmounts,
        Invoices,
        InvoiceAmounts,
        Payments,
        PaymentAmounts,
        Failures,
        FailureAmounts,
        Progress,
        ColumnCount
    };
    enum Role {
        // Records (qint64) of a count column, CurrencySums of an amount column.
        ValueRole = Qt::UserRole + 16, // after ReportRoles
        // The ExportChannelProgress::Phase (int) of the channel, invalid before a run.
        PhaseRole,
    };

    struct Row
    {
        QString channel;
        std::array<qint64, 4> records {}; // by ExportStream
        std::array<CurrencySums, 4> amounts;
    };

    explicit ExportPreviewModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportPreviewModel)

    // Shows a preview; the check marks of channels listed before are kept, new channels are
    // checked. The progress column is kept as well (a run may report before its preview lands).
    void setPreview(const ExportPreview &preview);
    void clear();
    const QList<Row> &rows() const { return m_rows; }
    QDate date() const { return m_date; }

    // The column of a stream's record count; its amounts are in the next column.
    static int countColumn(ExportStream stream);

    // The channels checked, in row order; allChecked() when none is unchecked.
    QStringList checkedChannels() const;
    bool allChecked() const;
    void setAllChecked(bool checked);
    bool setChecked(const QString &channel, bool checked);

    // Totals of the checked channels: records, and amounts per stream and currency.
    qint64 checkedRecords() const;

    // Progress of a running export.
    void clearProgress();
    void setProgress(const ExportChannelProgress &progress);
    std::optional<ExportChannelProgress> progress(const QString &channel) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1,234.50 USD, 3,000 JPY"; empty for no amounts.
    static QString amountsText(const CurrencySums &amounts);
    // "Writing", "Done", "Failed: reason", ...
    static QString phaseText(const ExportChannelProgress &progress);

Q_SIGNALS:
    void checkedChanged();

private:
    QDate m_date;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_unchecked;
    QHash<QString, ExportChannelProgress> m_progress;
};

} // namespace cs
