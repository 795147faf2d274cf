#include "breakdowndialog.h"

#include "accountdaysdialog.h"
#include "accounttablemodel.h"
#include "common/filedialogs.h"
#include "common/localeformat.h"
#include "common/messagebanner.h"
#include "report/reporttask.h"
#include "reportexport.h"
#include "reportsortproxy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

BreakdownDialog::BreakdownDialog(const DatabaseUrl &database,
                                 const AccountBreakdownRequest &request,
                                 const QString &productTitle, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_request(request)
    , m_productTitle(productTitle)
    , m_task(std::make_unique<ReportTask>(database))
    , m_model(new AccountTableModel(this))
    , m_proxy(new ReportSortProxy(this))
    , m_view(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new MessageBanner(this, MessageBanner::Look::Line))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountTableModel::Spend, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AccountTableModel::Name, QHeaderView::Stretch);
    m_totals->setObjectName(QStringLiteral("accountTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setPlaceholderText(tr("Filter accounts"));
    m_filter->setClearButtonEnabled(true);
    m_progress->setRange(0, 0);

    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, &BreakdownDialog::copySelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export CSV\u2026"), QDialogButtonBox::ActionRole);
    m_daysButton = buttons->addButton(tr("&Daily Usage\u2026"), QDialogButtonBox::ActionRole);
    m_daysButton->setToolTip(tr("The counted usage and spend of the selected account per day"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &BreakdownDialog::exportCsvInteractive);
    connect(m_daysButton, &QPushButton::clicked, this, &BreakdownDialog::openSelectedDays);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &BreakdownDialog::openSelectedDays);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_daysButton->setEnabled(m_view->selectionModel()->hasSelection()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ReportSortProxy::setFilterTextDebounced);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BreakdownDialog::breakdownFinished);
    start();
}

BreakdownDialog::~BreakdownDialog()
{
    m_watcher.disconnect(this);
    m_task->cancel();
}

void BreakdownDialog::setRequest(const AccountBreakdownRequest &request)
{
    m_request = request;
    start();
}

void BreakdownDialog::start()
{
    updateHeading();
    m_model->setLines({});
    updateTotals();
    m_progress->show();
    m_status->showMessage(MessageBanner::Kind::Info, tr("Computing the accounts\u2026"));
    m_watcher.setFuture(m_task->startBreakdown(m_request));
}

void BreakdownDialog::updateHeading()
{
    const ReportRequest &report = m_request.report;
    setWindowTitle(tr("Accounts of %1 in %2").arg(m_request.productCode, m_request.currency));
    m_heading->setText(tr("<b>%1</b> in %2, %3 \u2013 %4, spend in %5")
                           .arg(m_productTitle.toHtmlEscaped(), report.code.toHtmlEscaped(),
                                LocaleFormat::date(report.from), LocaleFormat::date(report.to),
                                m_request.currency.toHtmlEscaped()));
}

void BreakdownDialog::breakdownFinished()
{
    m_progress->hide();
    const auto future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return; // a newer start() replaced it, or the dialog closes
    const auto result = future.result();
    if (!result) {
        m_status->showMessage(MessageBanner::Kind::Error,
                              tr("Cannot compute the accounts: %1").arg(result.errorString()));
        Q_EMIT finished(false, result.errorString());
        return;
    }
    m_model->setLines(*result);
    m_view->resizeColumnsToContents();
    updateTotals();
    m_status->showMessage(MessageBanner::Kind::Info,
                          tr("%n account(s)", nullptr, int(result->size())));
    Q_EMIT finished(true, QString());
}

Decimal BreakdownDialog::totalSpend() const
{
    return m_model->spendTotals().value(m_request.currency);
}

QString BreakdownDialog::totalText() const
{
    const QList<AccountLine> &lines = m_model->lines();
    Decimal usage;
    bool missingSpend = false;
    for (const AccountLine &line : lines) {
        usage = usage.plus(line.usage).value_or(usage);
        missingSpend = missingSpend || !line.spend;
    }
    const QString spend = missingSpend
        ? tr("spend incomplete (no rate for some usage)")
        : tr("spend %1 %2").arg(LocaleFormat::decimal(totalSpend()), m_request.currency);
    return tr("Total of %n account(s): usage %1, %2", nullptr, int(lines.size()))
        .arg(LocaleFormat::decimal(usage), spend);
}

void BreakdownDialog::updateTotals()
{
    const bool any = m_model->rowCount() > 0;
    m_totals->setText(any ? totalText() : QString());
    m_exportButton->setEnabled(any);
    m_daysButton->setEnabled(any && m_view->selectionModel()->hasSelection());
}

Status BreakdownDialog::exportCsv(const QString &path) const
{
    if (m_model->rowCount() == 0)
        return Error { tr("There are no accounts to export.") };
    return ReportExport::writeAccountsCsv(path, m_request, *m_model);
}

void BreakdownDialog::exportCsvInteractive()
{
    const QString name = QStringLiteral("%1_%2_%3_%4_%5_accounts.csv")
                             .arg(m_request.report.code, m_request.productCode, m_request.currency,
                                  m_request.report.from.toString(Qt::ISODate),
                                  m_request.report.to.toString(Qt::ISODate));
    const QString path = FileDialogs::saveFileName(this, tr("Export Accounts as CSV"), name,
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status written = exportCsv(path);
    if (!written)
        m_status->showMessage(MessageBanner::Kind::Error,
                              tr("The CSV was not saved: %1").arg(written.errorString()));
    else
        m_status->showMessage(MessageBanner::Kind::Info,
                              tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

AccountDaysDialog *BreakdownDialog::openDays(const QString &accountCode)
{
    for (const AccountLine &line : m_model->lines()) {
        if (line.accountCode != accountCode)
            continue;
        auto *dialog = new AccountDaysDialog(m_database, m_request, line, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    return nullptr;
}

void BreakdownDialog::openSelectedDays()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    openDays(m_model->lines().at(source.row()).accountCode);
}

void BreakdownDialog::copySelection()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QList<int> rows;
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(ReportExport::rowsAsTsv(m_proxy, rows, true));
}

} // namespace cs
