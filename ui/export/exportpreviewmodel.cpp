#include "exportpreviewmodel.h"

#include "common/localeformat.h"
#include "exportstatusview.h"
#include "report/reportroles.h"

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
    : QAbstractTableModel(parent)
{ }

int ExportPreviewModel::countColumn(ExportStream stream)
{
    return Statements + 2 * int(stream);
}

void ExportPreviewModel::setPreview(const ExportPreview &preview)
{
    beginResetModel();
    m_date = preview.date;
    m_rows.clear();
    m_rowOf.clear();
    for (const ExportPreviewLine &line : preview.lines) {
        auto at = m_rowOf.constFind(line.channel);
        int row = 0;
        if (at == m_rowOf.cend()) {
            row = int(m_rows.size());
            m_rowOf.insert(line.channel, row);
            m_rows.append(Row { line.channel, {}, {} });
        } else {
            row = *at;
        }
        const int stream = int(line.stream);
        if (stream < 0 || stream >= StreamCount)
            continue;
        m_rows[row].records[stream] += line.records;
        m_rows[row].amounts[stream] = line.amounts;
    }
    endResetModel();
    Q_EMIT checkedChanged();
}

void ExportPreviewModel::clear()
{
    beginResetModel();
    m_date = QDate();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
    Q_EMIT checkedChanged();
}

QStringList ExportPreviewModel::checkedChannels() const
{
    QStringList codes;
    for (const Row &row : m_rows) {
        if (!m_unchecked.contains(row.channel))
            codes << row.channel;
    }
    return codes;
}

bool ExportPreviewModel::allChecked() const
{
    for (const Row &row : m_rows) {
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
        for (const Row &row : std::as_const(m_rows))
            m_unchecked.insert(row.channel);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Channel), index(int(m_rows.size()) - 1, Channel),
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
    for (const Row &row : m_rows) {
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
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Progress), index(int(m_rows.size()) - 1, Progress));
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

int ExportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
    }
    return QString();
}

QVariant ExportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const int stream = streamOf(column);
    const auto progress = m_progress.constFind(row.channel);
    const bool hasProgress = progress != m_progress.cend();
    using Phase = ExportChannelProgress::Phase;

    switch (role) {
    case Qt::DisplayRole:
    case ReportRoles::ClipboardRole:
        if (column == Channel)
            return row.channel;
        if (column == Progress)
            return hasProgress ? phaseText(*progress) : QString();
        if (isCount(column))
            return role == Qt::DisplayRole ? QLocale().toString(row.records[stream])
                                           : QString::number(row.records[stream]);
        return amountsText(row.amounts[stream]);
    case ValueRole:
        if (isCount(column))
            return row.records[stream];
        if (stream >= 0)
            return QVariant::fromValue(row.amounts[stream]);
        return {};
    case ReportRoles::SortRole:
        if (isCount(column))
            return row.records[stream];
        return data(index, Qt::DisplayRole);
    case PhaseRole:
        return hasProgress ? QVariant(int(progress->phase)) : QVariant();
    case Qt::CheckStateRole:
        if (column == Channel)
            return m_unchecked.contains(row.channel) ? Qt::Unchecked : Qt::Checked;
        return {};
    case Qt::DecorationRole:
        if (column == Progress && hasProgress) {
            if (progress->phase == Phase::Done)
                return ExportStatusView::icon(ExportStatus::Completed);
            if (progress->phase == Phase::Failed)
                return ExportStatusView::icon(ExportStatus::Errored);
            if (progress->phase != Phase::Pending)
                return ExportStatusView::icon(ExportStatus::Running);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Progress && hasProgress) {
            if (progress->phase == Phase::Done)
                return ExportStatusView::color(ExportStatus::Completed);
            if (progress->phase == Phase::Failed)
                return ExportStatusView::color(ExportStatus::Errored);
        }
        if (isCount(column) && row.records[stream] == 0)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::TextAlignmentRole:
        if (stream >= 0)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Progress && hasProgress)
            return phaseText(*progress);
        if (stream >= 0 && !isCount(column) && row.amounts[stream].size() > 1)
            return amountsText(row.amounts[stream])
                .replace(QStringLiteral(", "), QStringLiteral("\n"));
        if (column == Channel)
            return tr("Uncheck to leave this channel out of the run");
        return {};
    default:
        return {};
    }
}

bool ExportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Channel || role != Qt::CheckStateRole)
        return false;
    const QString &channel = m_rows.at(index.row()).channel;
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
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Channel)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ExportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (streamOf(section) >= 0)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatementAmounts:
            return tr("Sum of the statements' net balance (FinalCharges)");
        case InvoiceAmounts:
            return tr("Sum of the invoices' final amount");
        case PaymentAmounts:
            return tr("Sum of the payments and credits");
        case FailureAmounts:
            return tr("Sum of the failed payments");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case Statements:
        return tr("Statements");
    case StatementAmounts:
        return tr("Net balance");
    case Invoices:
        return tr("Invoices");
    case InvoiceAmounts:
        return tr("Invoiced");
    case Payments:
        return tr("Payments & credits");
    case PaymentAmounts:
        return tr("Paid / credited");
    case Failures:
        return tr("Failures");
    case FailureAmounts:
        return tr("Failed amount");
    case Progress:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace cs
