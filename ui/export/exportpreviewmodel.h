#pragma once

#include "common/columntablemodel.h"
#include "export/exportpreview.h"

#include <QHash>
#include <QSet>

#include <array>
#include <optional>

namespace cs {

// A channel of an export preview (a row of ExportPreviewModel).
struct ExportPreviewRow
{
    QString channel;
    std::array<qint64, 4> records {}; // by ExportStream
    std::array<CurrencySums, 4> amounts;
};

// What the export of a date will contain (previewExport()), one row per channel: per stream the
// record count and the amount sums per currency. The channel column is checkable (which channels
// a run exports; all are checked at first), and the last column shows the progress of the run.
class ExportPreviewModel : public ColumnTableModel<ExportPreviewRow>
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

    using Row = ExportPreviewRow;

    explicit ExportPreviewModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportPreviewModel)

    // Shows a preview; the check marks of channels listed before are kept, new channels are
    // checked. The progress column is kept as well (a run may report before its preview lands).
    void setPreview(const ExportPreview &preview);
    void clear();
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

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // "1,234.50 USD, 3,000 JPY"; empty for no amounts.
    static QString amountsText(const CurrencySums &amounts);
    // "Writing", "Done", "Failed: reason", ...
    static QString phaseText(const ExportChannelProgress &progress);

Q_SIGNALS:
    void checkedChanged();

protected:
    QVariant extraData(const Row &row, int column, int role) const override;

private:
    static TableColumn<Row> recordsColumn(int stream, const QString &header);
    static TableColumn<Row> amountsColumn(int stream, const QString &header,
                                          const QString &toolTip);
    TableColumn<Row> progressColumn() const;
    const ExportChannelProgress *progressOf(const Row &row) const;

    QDate m_date;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_unchecked;
    QHash<QString, ExportChannelProgress> m_progress;
};

} // namespace cs
