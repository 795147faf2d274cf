#pragma once

#include "common/columntablemodel.h"
#include "common/latestresult.h"
#include "db/databaseurl.h"
#include "report/reportrequest.h"
#include "report/reportresult.h"
#include "util/result.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace cs {

class MessageBanner;

// The days of one account in the accounts dialog: date, counted usage, spend and currency.
class AccountDayTableModel : public ColumnTableModel<DailyPoint>
{
    Q_OBJECT

public:
    enum Column { Date, Usage, Spend, Currency, ColumnCount };

    explicit AccountDayTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountDayTableModel)

    void setPoints(const QList<DailyPoint> &points) { setRows(points); }
    const QList<DailyPoint> &points() const { return rows(); }
};

// The daily usage and spend of one account of a product in the report's range
// (ReportEngine::accountDays), read off the GUI thread through runOnDatabase.
class AccountDaysDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDaysDialog(const DatabaseUrl &database, const AccountBreakdownRequest &request,
                      const AccountLine &account, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountDaysDialog)
    ~AccountDaysDialog() override = default;

    AccountDayTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void showDays(const Result<QList<DailyPoint>> &days);

    AccountDayTableModel *m_model;
    QTableView *m_view;
    MessageBanner *m_status;
    LatestResult<Result<QList<DailyPoint>>> m_days;
};

} // namespace cs
