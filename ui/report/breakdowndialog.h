#pragma once

#include "db/databaseurl.h"
#include "report/reportrequest.h"
#include "report/reportresult.h"
#include "util/result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace cs {

class AccountDaysDialog;
class AccountTableModel;
class MessageBanner;
class ReportSortProxy;
class ReportTask;

// The drill-down of one product line: its accounts (only those in the line's currency) with
// usage, spend and share of the spend in the report's range, and a total; computed in the
// background (ReportTask::startBreakdown) on a task of its own; closing the dialog cancels it.
// setRequest() follows a new report range or scope; Export CSV writes the accounts; a row opens
// the account's daily usage (AccountDaysDialog).
class BreakdownDialog : public QDialog
{
    Q_OBJECT

public:
    BreakdownDialog(const DatabaseUrl &database, const AccountBreakdownRequest &request,
                    const QString &productTitle, QWidget *parent = nullptr);
    ~BreakdownDialog() override;
    Q_DISABLE_COPY_MOVE(BreakdownDialog)

    // Computes the accounts again for another range or scope of the same product line.
    void setRequest(const AccountBreakdownRequest &request);
    const AccountBreakdownRequest &request() const { return m_request; }

    AccountTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The exact sum of the shown accounts' spend and the text of the total line.
    Decimal totalSpend() const;
    QString totalText() const;

    // Writes the accounts as CSV (atomically); fails when none are shown or the file cannot
    // be written.
    Status exportCsv(const QString &path) const;
    // Opens the daily usage of one of the shown accounts; nullptr when it is not shown.
    AccountDaysDialog *openDays(const QString &accountCode);

Q_SIGNALS:
    // The breakdown arrived (ok) or failed (the message shows in the dialog too).
    void finished(bool ok, const QString &message);

private:
    void start();
    void breakdownFinished();
    void updateHeading();
    void updateTotals();
    void copySelection();
    void exportCsvInteractive();
    void openSelectedDays();

    DatabaseUrl m_database;
    AccountBreakdownRequest m_request;
    QString m_productTitle;
    std::unique_ptr<ReportTask> m_task;
    QFutureWatcher<Result<QList<AccountLine>>> m_watcher;
    AccountTableModel *m_model;
    ReportSortProxy *m_proxy;
    QTableView *m_view;
    QLabel *m_heading;
    QLabel *m_totals;
    QLineEdit *m_filter;
    QProgressBar *m_progress;
    MessageBanner *m_status;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_daysButton = nullptr;
};

} // namespace cs
