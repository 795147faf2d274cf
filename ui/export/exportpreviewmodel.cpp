#include "exportpreviewmodel.h"

#include "common/localeformat.h"
#include "exportstatusview.h"

#include <QLocale>

namespace cs {

namespace {

constexpr int StreamCount = 4;

// The stream of a count or amount column; -1 for the channel and progress columns.
int streamOf(int column)
{
    if (column < ExportPreviewModel::Statements || column > ExportPreviewModel::FailureAmounts)
        return -1;
    return (column - ExportPreviewModel::Statements) / 2;
}

bool isCount(int column)
{
    return streamOf(column) >= 0 && (column - ExportPreviewModel::Statements) % 2 == 0;
}

} // namespace

ExportPreviewModel::ExportPreviewModel(QObject *parent)
    : ColumnTableModel(parent)
{
    const QString checkTip = tr("Uncheck to leave this channel out of the run");
    setColumns({
        TableColumn<Row>(tr("Channel"))
            .value(field(&Row::channel))
            .toolTip([checkTip](const Row &) { return QVariant(checkTip); }),
        recordsColumn(0, tr("Statements")),
        amountsColumn(0, tr("Net balance"),
                      tr("Sum of the statements' net balance (FinalCharges)")),
        recordsColumn(1, tr("Invoices")),
        amountsColumn(1, tr("Invoiced"), tr("Sum of the invoices' final amount")),
        recordsColumn(2, tr("Payments & credits")),
        amountsColumn(2, tr("Paid / credited"), tr("Sum of the payments and credits")),
        recordsColumn(3, tr("Failures")),
        amountsColumn(3, tr("Failed amount"), tr("Sum of the failed payments")),
        progressColumn(),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

TableColumn<ExportPreviewModel::Row> ExportPreviewModel::recordsColumn(int stream,
                                                                       const QString &header)
{
    return TableColumn<Row>(header)
        .right()
        .value([stream](const Row &row) { return QVariant(row.records[stream]); })
        .foreground([stream](const Row &row) {
            return row.records[stream] == 0 ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
        });
}

TableColumn<ExportPreviewModel::Row>
ExportPreviewModel::amountsColumn(int stream, const QString &header, const QString &toolTip)
{
    return TableColumn<Row>(header)
        .headerToolTip(toolTip)
        .right()
        .text([stream](const Row &row, CellUse) { return amountsText(row.amounts[stream]); })
        // one currency per line when there are several
        .toolTip([stream](const Row &row) -> QVariant {
            if (row.amounts[stream].size() <= 1)
                return {};
            return amountsText(row.amounts[stream])
                .replace(QStringLiteral(", "), QStringLiteral("\n"));
        });
}

TableColumn<ExportPreviewModel::Row> ExportPreviewModel::progressColumn() const
{
    using Phase = ExportChannelProgress::Phase;
    return TableColumn<Row>(tr("Progress"))
        .text([this](const Row &row, CellUse) {
            const ExportChannelProgress *progress = progressOf(row);
            return progress ? phaseText(*progress) : QString();
        })
        .toolTip([this](const Row &row) {
            const ExportChannelProgress *progress = progressOf(row);
            return progress ? QVariant(phaseText(*progress)) : QVariant();
        })
        .foreground([this](const Row &row) -> QVariant {
            const ExportChannelProgress *progress = progressOf(row);
            if (progress && progress->phase == Phase::Done)
                return ExportStatusView::color(ExportStatus::Completed);
            if (progress && progress->phase == Phase::Failed)
                return ExportStatusView::color(ExportStatus::Errored);
            if (progress && progress->phase == Phase::Held)
                return ExportStatusView::color(ExportStatus::PartialError);
            return {};
        })
        .decoration([this](const Row &row) -> QVariant {
            const ExportChannelProgress *progress = progressOf(row);
            if (!progress || progress->phase == Phase::Pending)
                return {};
            if (progress->phase == Phase::Done)
                return ExportStatusView::icon(ExportStatus::Completed);
            if (progress->phase == Phase::Failed)
                return ExportStatusView::icon(ExportStatus::Errored);
            if (progress->phase == Phase::Held)
                return ExportStatusView::icon(ExportStatus::PartialError);
            return ExportStatusView::icon(ExportStatus::Running);
        });
}

const ExportChannelProgress *ExportPreviewModel::progressOf(const Row &row) const
{
    const auto at = m_progress.constFind(row.channel);
    return at == m_progress.cend() ? nullptr : &*at;
}

int ExportPreviewModel::countColumn(ExportStream stream)
{
    return Statements + 2 * int(stream);
}

void ExportPreviewModel::setPreview(const ExportPreview &preview)
{
    QList<Row> rows;
    m_rowOf.clear();
    for (const ExportPreviewLine &line : preview.lines) {
        auto at = m_rowOf.constFind(line.channel);
        int row = 0;
        if (at == m_rowOf.cend()) {
            row = int(rows.size());
            m_rowOf.insert(line.channel, row);
            rows.append(Row { line.channel, {}, {} });
        } else {
            row = *at;
        }
        const int stream = int(line.stream);
        if (stream < 0 || stream >= StreamCount)
            continue;
        rows[row].records[stream] += line.records;
        rows[row].amounts[stream] = line.amounts;
    }
    m_date = preview.date;
    setRows(std::move(rows));
    Q_EMIT checkedChanged();
}

void ExportPreviewModel::clear()
{
    m_date = QDate();
    m_rowOf.clear();
    setRows({});
    Q_EMIT checkedChanged();
}

QStringList ExportPreviewModel::checkedChannels() const
{
    QStringList codes;
    for (const Row &row : rows()) {
        if (!m_unchecked.contains(row.channel))
            codes << row.channel;
    }
    return codes;
}

bool ExportPreviewModel::allChecked() const
{
    for (const Row &row : rows()) {
        if (m_unchecked.contains(row.channel))
            return false;
    }
    return true;
}

void ExportPreviewModel::setAllChecked(bool checked)
{
    if (checked) {
        m_unchecked.clear();
    } else {
        for (const Row &row : std::as_const(rows()))
            m_unchecked.insert(row.channel);
    }
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, Channel), index(int(rows().size()) - 1, Channel),
                           { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
}

bool ExportPreviewModel::setChecked(const QString &channel, bool checked)
{
    const auto at = m_rowOf.constFind(channel);
    if (at == m_rowOf.cend())
        return false;
    return setData(index(*at, Channel), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

qint64 ExportPreviewModel::checkedRecords() const
{
    qint64 total = 0;
    for (const Row &row : rows()) {
        if (m_unchecked.contains(row.channel))
            continue;
        for (const qint64 records : row.records)
            total += records;
    }
    return total;
}

void ExportPreviewModel::clearProgress()
{
    m_progress.clear();
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, Progress), index(int(rows().size()) - 1, Progress));
}

void ExportPreviewModel::setProgress(const ExportChannelProgress &progress)
{
    m_progress.insert(progress.code, progress);
    const auto at = m_rowOf.constFind(progress.code);
    if (at != m_rowOf.cend())
        Q_EMIT dataChanged(index(*at, Progress), index(*at, Progress));
}

std::optional<ExportChannelProgress> ExportPreviewModel::progress(const QString &channel) const
{
    const auto at = m_progress.constFind(channel);
    if (at == m_progress.cend())
        return std::nullopt;
    return *at;
}

QString ExportPreviewModel::amountsText(const CurrencySums &amounts)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts << LocaleFormat::money(it.value(), it.key());
    return parts.join(QStringLiteral(", "));
}

QString ExportPreviewModel::phaseText(const ExportChannelProgress &progress)
{
    using Phase = ExportChannelProgress::Phase;
    switch (progress.phase) {
    case Phase::Pending:
        return tr("Waiting");
    case Phase::Writing:
        return tr("Writing files\u2026");
    case Phase::Written:
        return tr("Files written");
    case Phase::Uploading:
        return tr("Uploading\u2026");
    case Phase::Done:
        return tr("Done");
    case Phase::Failed:
        return progress.message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(progress.message);
    case Phase::Held:
        return tr("Not sent: %1").arg(progress.message);
    }
    return QString();
}

QVariant ExportPreviewModel::extraData(const Row &row, int column, int role) const
{
    const int stream = streamOf(column);
    switch (role) {
    case ValueRole:
        if (isCount(column))
            return row.records[stream];
        if (stream >= 0)
            return QVariant::fromValue(row.amounts[stream]);
        return {};
    case PhaseRole: {
        const ExportChannelProgress *progress = progressOf(row);
        return progress ? QVariant(int(progress->phase)) : QVariant();
    }
    case Qt::CheckStateRole:
        if (column == Channel)
            return m_unchecked.contains(row.channel) ? Qt::Unchecked : Qt::Checked;
        return {};
    default:
        return {};
    }
}

bool ExportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isCell(index) || index.column() != Channel || role != Qt::CheckStateRole)
        return false;
    const QString &channel = rows().at(index.row()).channel;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked
        || (value.typeId() == QMetaType::Int && value.toInt() == Qt::Checked);
    const bool wasChecked = !m_unchecked.contains(channel);
    if (checked == wasChecked)
        return true;
    if (checked)
        m_unchecked.remove(channel);
    else
        m_unchecked.insert(channel);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ExportPreviewModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Channel)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace cs
