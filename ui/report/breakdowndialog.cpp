#include "breakdowndialog.h"

#include "accounttablemodel.h"
#include "common/localeformat.h"
#include "common/messagebanner.h"
#include "report/reporttask.h"
#include "reportexport.h"
#include "reportsortproxy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
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
    , m_task(std::make_unique<ReportTask>(database))
    , m_model(new AccountTableModel(this))
    , m_proxy(new ReportSortProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new MessageBanner(this, MessageBanner::Look::Line))
{
    setWindowTitle(tr("Accounts of %1").arg(request.productCode));
    auto *heading = new QLabel(
        tr("<b>%1</b> in %2, %3 \u2013 %4")
            .arg(productTitle.toHtmlEscaped(), request.report.code.toHtmlEscaped(),
                 LocaleFormat::date(request.report.from), LocaleFormat::date(request.report.to)),
        this);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountTableModel::Spend, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AccountTableModel::Name, QHeaderView::Stretch);
    m_filter->setPlaceholderText(tr("Filter accounts"));
    m_filter->setClearButtonEnabled(true);
    m_progress->setRange(0, 0);

    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, &BreakdownDialog::copySelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ReportSortProxy::setFilterTextDebounced);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_progress->hide();
        const auto future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0) {
            m_status->showMessage(MessageBanner::Kind::Info, tr("Canceled."));
            Q_EMIT finished(false, m_status->text());
            return;
        }
        const auto result = future.result();
        if (!result) {
            m_status->showMessage(MessageBanner::Kind::Error,
                                  tr("Cannot compute the accounts: %1").arg(result.errorString()));
            Q_EMIT finished(false, result.errorString());
            return;
        }
        m_model->setLines(*result);
        m_view->resizeColumnsToContents();
        m_status->showMessage(MessageBanner::Kind::Info,
                              tr("%n account(s)", nullptr, int(result->size())));
        Q_EMIT finished(true, QString());
    });
    m_status->showMessage(MessageBanner::Kind::Info, tr("Computing the accounts\u2026"));
    m_watcher.setFuture(m_task->startBreakdown(request));
}

BreakdownDialog::~BreakdownDialog()
{
    m_watcher.disconnect(this);
    m_task->cancel();
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
