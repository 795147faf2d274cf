#include "accountdaysdialog.h"

#include "common/localeformat.h"
#include "common/messagebanner.h"
#include "db/databasetask.h"
#include "report/reportengine.h"
#include "reportsortproxy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

AccountDayTableModel::AccountDayTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using Col = TableColumn<DailyPoint>;
    setColumns({
        Col(tr("Day")).value(field(&DailyPoint::date)),
        Col(tr("Usage"))
            .headerToolTip(tr("The usage counted on this business day"))
            .right()
            .value(field(&DailyPoint::usage)),
        Col(tr("Spend")).right().value(field(&DailyPoint::spend)).format(CellText::orDash),
        Col(tr("Currency")).value(field(&DailyPoint::currency)),
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

AccountDaysDialog::AccountDaysDialog(const DatabaseUrl &database,
                                     const AccountBreakdownRequest &request,
                                     const AccountLine &account, QWidget *parent)
    : QDialog(parent)
    , m_model(new AccountDayTableModel(this))
    , m_view(new QTableView(this))
    , m_status(new MessageBanner(this, MessageBanner::Look::Line))
{
    setWindowTitle(tr("Daily usage of %1").arg(account.accountCode));
    auto *heading = new QLabel(
        tr("<b>%1</b> (%2), %3 in %4, %5 \u2013 %6")
            .arg(account.accountCode.toHtmlEscaped(), account.accountName.toHtmlEscaped(),
                 request.productCode.toHtmlEscaped(), account.currency.toHtmlEscaped(),
                 LocaleFormat::date(request.report.from), LocaleFormat::date(request.report.to)),
        this);
    auto *proxy = new ReportSortProxy(this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountDayTableModel::Date, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(520, 440);

    m_status->showMessage(MessageBanner::Kind::Info, tr("Reading the days\u2026"));
    const QString code = account.accountCode;
    m_days.start(runOnDatabase(database,
                               [request, code](Connection &connection) {
                                   return ReportEngine(connection).accountDays(request, code);
                               }),
                 this, [this](const Result<QList<DailyPoint>> &days) { showDays(days); });
}

void AccountDaysDialog::showDays(const Result<QList<DailyPoint>> &days)
{
    if (!days) {
        m_status->showMessage(MessageBanner::Kind::Error,
                              tr("Cannot read the days: %1").arg(days.errorString()));
        Q_EMIT finished(false, days.errorString());
        return;
    }
    m_model->setPoints(*days);
    m_view->resizeColumnsToContents();
    m_status->showMessage(MessageBanner::Kind::Info,
                          tr("%n day(s) with usage", nullptr, int(days->size())));
    Q_EMIT finished(true, QString());
}

} // namespace cs
