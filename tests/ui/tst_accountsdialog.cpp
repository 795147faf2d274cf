// The accounts dialog (BreakdownDialog) opened from the Products table of the real MainWindow:
// only the product line's currency, a total and a share column, CSV export, refreshed or closed
// with the report, and the daily usage of one account.
#include "common/localeformat.h"
#include "db/connection.h"
#include "main/mainwindow.h"
#include "report/accountdaysdialog.h"
#include "report/accounttablemodel.h"
#include "report/breakdowndialog.h"
#include "report/daterangeselector.h"
#include "report/producttablemodel.h"
#include "report/reportengine.h"
#include "report/reportroles.h"
#include "report/reportsortproxy.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

constexpr int TimeoutMs = test::ReportTimeoutMs;

struct Window : test::ReportWindow
{
    // Opens the database and shows the report of the billing group.
    bool showGroup(const QString &group)
    {
        if (!open())
            return false;
        const auto &result = window.currentResult();
        if (result && result->request.scope == ReportScope::BillingGroup
            && result->request.code == group)
            return true; // the first report is of that group already
        return show(ReportScope::BillingGroup, group);
    }

    // Opens the accounts of the product line (product, currency) through Report > Accounts of
    // Product and waits for them.
    BreakdownDialog *openAccounts(const QString &product, const QString &currency)
    {
        ReportSortProxy *proxy = window.productProxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, ProductTableModel::Code).data().toString() != product
                || proxy->index(row, ProductTableModel::Currency).data().toString() != currency)
                continue;
            window.productView()->setCurrentIndex(proxy->index(row, 0));
            for (QAction *action : window.usagePage()->reportActions()) {
                if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D))
                    action->trigger();
            }
            const auto dialogs = window.findChildren<BreakdownDialog *>();
            if (dialogs.size() != 1)
                return nullptr;
            QSignalSpy finished(dialogs.first(), &BreakdownDialog::finished);
            if (!finished.wait(TimeoutMs) || !finished.first().first().toBool())
                return nullptr;
            return dialogs.first();
        }
        return nullptr;
    }
};

int columnNamed(const QAbstractItemModel *model, const QString &title)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

QList<AccountLine> engineBreakdown(const AccountBreakdownRequest &request)
{
    auto connection = Connection::open(test::lastDatabaseUrl());
    if (!connection)
        qFatal("cannot open: %s", qPrintable(connection.errorString()));
    ReportEngine engine(**connection);
    auto lines = engine.breakdown(request);
    if (!lines)
        qFatal("breakdown failed: %s", qPrintable(lines.errorString()));
    return *lines;
}

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void showsOnlyTheLineCurrency_data() { test::addDatabaseRows(); }
    void showsOnlyTheLineCurrency();
    void totalAndShareAreExact_data() { test::addDatabaseRows(); }
    void totalAndShareAreExact();
    void exportWritesTheShownAccounts_data() { test::addDatabaseRows(); }
    void exportWritesTheShownAccounts();
    void followsTheReport_data() { test::addDatabaseRows(); }
    void followsTheReport();
    void dailyUsageOfAnAccount_data() { test::addDatabaseRows(); }
    void dailyUsageOfAnAccount();
};

void TestAccountsDialog::showsOnlyTheLineCurrency()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.showGroup(QStringLiteral("G-NORTH"))); // CH-A in USD, CH-B in EUR
    BreakdownDialog *dialog = w.openAccounts(QStringLiteral("VOLUME"), QStringLiteral("EUR"));
    QVERIFY(dialog);
    QVERIFY(dialog->model()->rowCount() > 0);
    for (const AccountLine &line : dialog->model()->lines())
        QCOMPARE(line.currency, QStringLiteral("EUR"));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("EUR")));
}

void TestAccountsDialog::totalAndShareAreExact()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.showGroup(QStringLiteral("G-NORTH")));
    BreakdownDialog *dialog = w.openAccounts(QStringLiteral("VOLUME"), QStringLiteral("USD"));
    QVERIFY(dialog);
    const QAbstractItemModel *model = dialog->view()->model();
    const int share = columnNamed(model, QStringLiteral("Share %"));
    QVERIFY2(share >= 0, "no Share % column");
    const int spend = columnNamed(model, QStringLiteral("Spend"));
    Decimal total;
    for (int row = 0; row < model->rowCount(); ++row)
        total = *total.plus(model->index(row, spend).data(ReportRoles::SortRole).value<Decimal>());
    for (int row = 0; row < model->rowCount(); ++row) {
        const Decimal part = model->index(row, spend).data(ReportRoles::SortRole).value<Decimal>();
        const Decimal shown = model->index(row, share).data(ReportRoles::SortRole).value<Decimal>();
        // part / total * 100 to one decimal, half to even: |shown * total - part * 100| small
        QVERIFY(shown.scale() == 1);
        const Decimal exact = *part.times(Decimal::fromInteger(100));
        const Decimal scaled = *shown.times(total);
        const Decimal gap = *scaled.minus(exact);
        QVERIFY((gap.isNegative() ? gap.negated() : gap) <= *total.times(Decimal::fromUnits(5, 2)));
    }
    QVERIFY(!total.isZero());
    auto *totals = dialog->findChild<QLabel *>(QStringLiteral("accountTotals"));
    QVERIFY2(totals, "no total line");
    QVERIFY2(totals->text().contains(LocaleFormat::decimal(total)), qPrintable(totals->text()));
    QVERIFY2(dialog->totalSpend() == total, qPrintable(dialog->totalSpend().toString()));
}

void TestAccountsDialog::exportWritesTheShownAccounts()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.showGroup(QStringLiteral("G-NORTH")));
    BreakdownDialog *dialog = w.openAccounts(QStringLiteral("VOLUME"), QStringLiteral("USD"));
    QVERIFY(dialog);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.csv"));
    const Status written = dialog->exportCsv(path);
    QVERIFY2(written, qPrintable(written ? QString() : written.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().split('\n');
    QCOMPARE(rows.first().trimmed(),
             QByteArray("Account Code,Account Name,Channel Code,Product Code,Usage,Spend,"
                        "Currency,Share %,Start Date,End Date"));
    const QList<AccountLine> expected = engineBreakdown(
        { w.window.currentResult()->request, QStringLiteral("VOLUME"), QStringLiteral("USD") });
    QCOMPARE(rows.size() - 2, int(expected.size())); // header, lines, empty after the last CRLF
    for (int i = 0; i < expected.size(); ++i) {
        const QList<QByteArray> cells = rows.at(i + 1).trimmed().split(',');
        QCOMPARE(QString::fromUtf8(cells.at(0)), expected.at(i).accountCode);
        QCOMPARE(QString::fromUtf8(cells.at(4)), expected.at(i).usage.toString());
        QCOMPARE(QString::fromUtf8(cells.at(5)), expected.at(i).spend->toString());
        QCOMPARE(cells.at(6), QByteArray("USD"));
        QCOMPARE(cells.at(8), QByteArray("2026-10-01"));
    }
    // a file that cannot be written is an error, not a silent success
    QVERIFY(!dialog->exportCsv(dir.filePath(QStringLiteral("missing/accounts.csv"))));
}

void TestAccountsDialog::followsTheReport()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.showGroup(QStringLiteral("G-NORTH")));
    QPointer<BreakdownDialog> dialog
        = w.openAccounts(QStringLiteral("VOLUME"), QStringLiteral("USD"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const int october = dialog->model()->rowCount();
    QCOMPARE(october, 2); // accounts 1 and 3 of CH-A

    // September: account 4 used VOLUME on 2026-09-15; the dialog follows the new range
    QSignalSpy shown(&w.window, &MainWindow::reportShown);
    QSignalSpy finished(dialog.data(), &BreakdownDialog::finished);
    w.window.rangeSelector()->setCustomRange(QDate(2026, 9, 1), QDate(2026, 9, 30));
    QVERIFY(shown.wait(TimeoutMs));
    QVERIFY2(finished.wait(TimeoutMs), "the accounts were not computed again");
    QVERIFY(dialog && dialog->isVisible());
    const QList<AccountLine> expected = engineBreakdown(
        { w.window.currentResult()->request, QStringLiteral("VOLUME"), QStringLiteral("USD") });
    QCOMPARE(dialog->model()->rowCount(), int(expected.size()));
    QCOMPARE(dialog->model()->rowCount(), 3);

    // a scope without that product line closes it
    shown.clear();
    QVERIFY(w.window.selectScope(ReportScope::Channel, QStringLiteral("CH-SOLO"))); // JPY
    QVERIFY(shown.wait(TimeoutMs));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestAccountsDialog::dailyUsageOfAnAccount()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.showGroup(QStringLiteral("G-NORTH")));
    BreakdownDialog *dialog = w.openAccounts(QStringLiteral("VOLUME"), QStringLiteral("USD"));
    QVERIFY(dialog);
    const AccountLine account = dialog->model()->lines().first();
    AccountDaysDialog *days = dialog->openDays(account.accountCode);
    QVERIFY(days);
    QSignalSpy finished(days, &AccountDaysDialog::finished);
    QVERIFY(finished.wait(TimeoutMs));
    QVERIFY(finished.first().first().toBool());
    const QAbstractItemModel *model = days->view()->model();
    QCOMPARE(model->rowCount(), 31); // one record a day in October
    Decimal usage;
    Decimal spend;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(ReportRoles::SortRole).toDate(),
                 QDate(2026, 10, 1).addDays(row));
        usage = *usage.plus(model->index(row, 1).data(ReportRoles::SortRole).value<Decimal>());
        spend = *spend.plus(model->index(row, 2).data(ReportRoles::SortRole).value<Decimal>());
    }
    // records within one day: the days' usage adds up to the account's line exactly
    QVERIFY2(usage == account.usage, qPrintable(usage.toString()));
    // spend is rounded per day (as the daily series): at most half a cent a day from the line
    const Decimal gap = *spend.minus(*account.spend);
    QVERIFY2((gap.isNegative() ? gap.negated() : gap)
                 <= *Decimal::fromUnits(5, 3).times(Decimal::fromInteger(model->rowCount())),
             qPrintable(spend.toString() + QStringLiteral(" vs ") + account.spend->toString()));
    QVERIFY(!spend.isZero());
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
