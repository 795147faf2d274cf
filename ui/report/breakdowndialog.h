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
class QTableView;

namespace cs {

class AccountTableModel;
class MessageBanner;
class ReportSortProxy;
class ReportTask;

// The drill-down of one product: its accounts with usage and spend in the report's range,
// computed in the background (ReportTask::startBreakdown) on a task of its own; closing the
// dialog cancels it.
class BreakdownDialog : public QDialog
{
    Q_OBJECT

public:
    BreakdownDialog(const DatabaseUrl &database, const AccountBreakdownRequest &request,
                    const QString &productTitle, QWidget *parent = nullptr);
    ~BreakdownDialog() override;
    Q_DISABLE_COPY_MOVE(BreakdownDialog)

    AccountTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // The breakdown arrived (ok) or failed (the message shows in the dialog too).
    void finished(bool ok, const QString &message);

private:
    void copySelection();

    std::unique_ptr<ReportTask> m_task;
    QFutureWatcher<Result<QList<AccountLine>>> m_watcher;
    AccountTableModel *m_model;
    ReportSortProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QProgressBar *m_progress;
    MessageBanner *m_status;
};

} // namespace cs
