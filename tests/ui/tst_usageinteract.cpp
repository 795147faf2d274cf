// Date entry, shortcuts and focus, the scope search and the status line of the usage page, driven
// through the keyboard and the mouse on a real MainWindow.
#include "connection/firststart.h"
#include "main/mainwindow.h"
#include "report/breakdowndialog.h"
#include "report/daterangeselector.h"
#include "report/headlinewidget.h"
#include "report/reportrunner.h"
#include "report/scopetreemodel.h"
#include "reportwindow.h"
#include "support/testdatabase.h"
#include "uitestdata.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace cs;

namespace {

using test::ReportTimeoutMs;

// The window on the seeded test database, October 2026, the active window.
struct Window : test::ReportWindow
{
    Window() { QApplication::setActiveWindow(&window); }

    // The edit of the first (0) or last (1) day of the range.
    QDateEdit *dateEdit(int which) const
    {
        const auto edits = window.rangeSelector()->findChildren<QDateEdit *>();
        return edits.at(which);
    }

    QTreeView *scopeView() const
    {
        const auto views = window.usagePage()->findChildren<QTreeView *>();
        for (QTreeView *view : views) {
            if (view->model() == window.scopeProxy())
                return view;
        }
        return nullptr;
    }

    QLineEdit *lineEdit(const QString &placeholderStart) const
    {
        const auto edits = window.usagePage()->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->placeholderText().startsWith(placeholderStart))
                return edit;
        }
        return nullptr;
    }

    QAction *action(const QKeySequence &shortcut) const
    {
        const auto actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcut() == shortcut)
                return action;
        }
        return nullptr;
    }

    // The page's status line (the one label that says what the page does now).
    QLabel *statusLine() const
    {
        return window.usagePage()->findChild<QLabel *>(QStringLiteral("usageStatus"));
    }

    QString codeShown() const
    {
        return window.currentResult() ? window.currentResult()->request.code : QString();
    }
};

// Rejects the next modal dialog once it shows (the file dialog of Export CSV).
void rejectNextModal()
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            dialog->reject();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

void typeDate(QDateEdit *edit, QDate date)
{
    // as an analyst types a date: from its first section on, the separators included
    edit->setFocus(Qt::TabFocusReason);
    edit->setSelectedSection(edit->sectionAt(0));
    QTest::keyClicks(edit, edit->locale().toString(date, edit->displayFormat()));
}

} // namespace

class TestUsageInteract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // item 5: date entry
    void typedDateAppliesWhenEditingFinishes_data() { test::addDatabaseRows(); }
    void typedDateAppliesWhenEditingFinishes();
    void startAfterEndIsRefusedVisibly_data() { test::addDatabaseRows(); }
    void startAfterEndIsRefusedVisibly();
    void datesAreBoundToTheData_data() { test::addDatabaseRows(); }
    void datesAreBoundToTheData();
    void newPresetsGiveWholePeriods();
    // item 6: shortcuts and focus
    void shortcutsWorkFromEveryWidget_data() { test::addDatabaseRows(); }
    void shortcutsWorkFromEveryWidget();
    void enterOnProductOpensItsAccounts_data() { test::addDatabaseRows(); }
    void enterOnProductOpensItsAccounts();
    // item 7: the search filters the tree only
    void searchDoesNotRunReports_data() { test::addDatabaseRows(); }
    void searchDoesNotRunReports();
    // item 8: one status line from the state
    void statusFollowsTheReport_data() { test::addDatabaseRows(); }
    void statusFollowsTheReport();
    void statusDuringFirstStartImport();
};

void TestUsageInteract::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsageInteract::init()
{
    QSettings().clear();
}

// Typing a date runs no report per keystroke; Enter applies the typed date as typed.
void TestUsageInteract::typedDateAppliesWhenEditingFinishes()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.open());
    QSignalSpy changed(w.window.rangeSelector(), &DateRangeSelector::rangeChanged);
    QDateEdit *from = w.dateEdit(0);
    typeDate(from, QDate(2026, 10, 28));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(w.window.isReportRunning(), false);
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w.window.rangeSelector()->from(), QDate(2026, 10, 28));
    QCOMPARE(w.window.rangeSelector()->to(), QDate(2026, 10, 31));
    QSignalSpy shown(&w.window, &MainWindow::reportShown);
    QVERIFY(shown.wait(ReportTimeoutMs));
    QCOMPARE(w.window.currentResult()->request.from, QDate(2026, 10, 28));

    // focus out applies too
    QDateEdit *to = w.dateEdit(1);
    typeDate(to, QDate(2026, 10, 30));
    QCOMPARE(changed.count(), 1);
    from->setFocus(Qt::TabFocusReason);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(w.window.rangeSelector()->to(), QDate(2026, 10, 30));
}

// Stepping the start past the end neither moves the end nor applies: the selector says why.
void TestUsageInteract::startAfterEndIsRefusedVisibly()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.open());
    QSignalSpy changed(w.window.rangeSelector(), &DateRangeSelector::rangeChanged);
    QDateEdit *from = w.dateEdit(0);
    from->setFocus(Qt::TabFocusReason);
    from->setCurrentSection(QDateTimeEdit::YearSection);
    for (int step = 0; step < 3; ++step)
        QTest::keyClick(from, Qt::Key_Up);
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(w.window.rangeSelector()->to(), QDate(2026, 10, 31));
    QVERIFY(w.window.rangeSelector()->from() <= w.window.rangeSelector()->to());
    QCOMPARE(w.window.rangeSelector()->from(), QDate(2026, 10, 1));
    QCOMPARE(changed.count(), 0);
    auto *hint = w.window.rangeSelector()->findChild<QLabel *>(QStringLiteral("rangeHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("after")), qPrintable(hint->text()));
    // a valid range clears the hint
    typeDate(from, QDate(2026, 10, 2));
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!hint->isVisible());
}

// The edits accept the data's days plus a year either side (and up to a year after today).
void TestUsageInteract::datesAreBoundToTheData()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.open());
    // whole years: from the year before the data (or before today) to the year after it
    const QDate today = w.window.rangeSelector()->today();
    const QDate minimum(std::min(test::seedFirstDay(), today).year() - 1, 1, 1);
    const QDate maximum(std::max(QDate(2026, 10, 31), today).year() + 1, 12, 31);
    for (int which : { 0, 1 }) {
        QCOMPARE(w.dateEdit(which)->minimumDate(), minimum);
        QCOMPARE(w.dateEdit(which)->maximumDate(), maximum);
    }
    // a typed day before the bound is not taken
    QDateEdit *from = w.dateEdit(0);
    typeDate(from, minimum.addYears(-3));
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(w.window.rangeSelector()->from() >= minimum);
    // a preset (previous year) always lies inside the bounds
    w.window.rangeSelector()->setPreset(RangePreset::PreviousYear);
    QCOMPARE(w.window.rangeSelector()->from(), QDate(today.year() - 1, 1, 1));
}

void TestUsageInteract::newPresetsGiveWholePeriods()
{
    DateRangeSelector selector;
    selector.setToday(QDate(2026, 5, 14));
    auto *combo = selector.findChild<QComboBox *>();
    QVERIFY(combo);
    const auto pick = [&](const QString &text) {
        const int index = combo->findText(text);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        return true;
    };
    QVERIFY(pick(QStringLiteral("Last 12 months")));
    QCOMPARE(selector.from(), QDate(2025, 5, 1));
    QCOMPARE(selector.to(), QDate(2026, 4, 30));
    QVERIFY(pick(QStringLiteral("Previous year")));
    QCOMPARE(selector.from(), QDate(2025, 1, 1));
    QCOMPARE(selector.to(), QDate(2025, 12, 31));
    QVERIFY(pick(QStringLiteral("Previous quarter")));
    QCOMPARE(selector.from(), QDate(2026, 1, 1));
    QCOMPARE(selector.to(), QDate(2026, 3, 31));
}

// Ctrl+E (Export CSV) and Ctrl+L (find a scope) work whichever widget of the page has the
// focus; a line edit does not take them, and nothing is typed into it.
void TestUsageInteract::shortcutsWorkFromEveryWidget()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.open());
    QAction *exportCsv = w.action(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *findScope = w.action(QKeySequence(Qt::CTRL | Qt::Key_L));
    QVERIFY(exportCsv && findScope);
    QLineEdit *productFilter = w.lineEdit(QStringLiteral("Filter products"));
    QLineEdit *scopeFilter = w.lineEdit(QStringLiteral("Search channels"));
    QVERIFY(productFilter && scopeFilter);
    const QList<QWidget *> widgets { productFilter,
                                     scopeFilter,
                                     w.dateEdit(0),
                                     w.dateEdit(1),
                                     w.window.rangeSelector()->findChild<QComboBox *>(),
                                     w.scopeView(),
                                     w.window.productView() };
    const auto focus = [&w](QWidget *widget) {
        QApplication::setActiveWindow(&w.window);
        widget->setFocus(Qt::TabFocusReason);
        return widget->hasFocus();
    };
    for (QWidget *widget : widgets) {
        QVERIFY(widget);
        const char *name = widget->metaObject()->className();
        QVERIFY2(focus(widget), name);
        QSignalSpy exported(exportCsv, &QAction::triggered);
        rejectNextModal();
        QTest::keyClick(widget, Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(exported.count() == 1, name);
        QVERIFY2(focus(widget), name);
        QSignalSpy found(findScope, &QAction::triggered);
        QTest::keyClick(widget, Qt::Key_L, Qt::ControlModifier);
        QVERIFY2(found.count() == 1, name);
        QVERIFY(scopeFilter->hasFocus());
    }
    QCOMPARE(productFilter->text(), QString());
    QCOMPARE(scopeFilter->text(), QString());
}

void TestUsageInteract::enterOnProductOpensItsAccounts()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.open());
    QTableView *view = w.window.productView();
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(1, 0));
    const QString product = view->model()->index(1, 0).data().toString();
    QTest::keyClick(view, Qt::Key_Return);
    const auto dialogs = w.window.findChildren<BreakdownDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY2(dialogs.first()->windowTitle().contains(product),
             qPrintable(dialogs.first()->windowTitle()));
}

// Typing in the search filters the tree and runs nothing; clearing it shows the tree as before;
// a click on a row runs its report.
void TestUsageInteract::searchDoesNotRunReports()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QVERIFY(w.open());
    QSignalSpy shown(&w.window, &MainWindow::reportShown);
    QVERIFY(w.window.selectScope(ReportScope::Channel, QStringLiteral("CH-C")));
    QVERIFY(shown.wait(ReportTimeoutMs));
    QTreeView *tree = w.scopeView();
    QLineEdit *search = w.lineEdit(QStringLiteral("Search channels"));
    QVERIFY(tree && search);
    tree->collapse(tree->model()->index(2, 0)); // "no billing group", collapsed by the analyst
    QSignalSpy started(w.window.runner(), &ReportRunner::started);
    search->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(search, QStringLiteral("solo"));
    QTest::qWait(600);
    QCOMPARE(started.count(), 0);
    QCOMPARE(w.codeShown(), QStringLiteral("CH-C"));
    QCOMPARE(w.window.scopeProxy()->rowCount(), 1);
    const QModelIndex solo = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QCOMPARE(solo.data().toString(), QStringLiteral("CH-SOLO"));
    QVERIFY(tree->isExpanded(solo.parent()));

    // clearing: the expansion as before the search, the reported channel selected and no run
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::qWait(600);
    QCOMPARE(started.count(), 0);
    QCOMPARE(tree->model()->rowCount(), 3);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    QVERIFY(tree->isExpanded(tree->model()->index(1, 0)));
    QVERIFY(!tree->isExpanded(tree->model()->index(2, 0)));
    const QModelIndexList selected = tree->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("CH-C"));

    // a pick runs the report
    QTest::keyClicks(search, QStringLiteral("solo"));
    const QModelIndex row = tree->model()->index(0, 0, tree->model()->index(0, 0));
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QVERIFY(shown.wait(ReportTimeoutMs));
    QCOMPARE(w.codeShown(), QStringLiteral("CH-SOLO"));
}

// Opening, computing over an old result (marked stale) and showing: the status line says each.
void TestUsageInteract::statusFollowsTheReport()
{
    CS_SEEDED_DATABASE(db);
    Window w;
    QLabel *status = w.statusLine();
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("No database is open")),
             qPrintable(status->text()));
    QSignalSpy loaded(&w.window, &MainWindow::catalogLoaded);
    QSignalSpy shown(&w.window, &MainWindow::reportShown);
    w.window.openDatabase(test::lastDatabaseUrl());
    QVERIFY2(status->text().startsWith(QStringLiteral("Opening")), qPrintable(status->text()));
    QVERIFY(!w.window.bannerText().contains(QStringLiteral("No database")));
    QVERIFY(shown.wait(ReportTimeoutMs));
    QVERIFY2(status->text().startsWith(QStringLiteral("Showing G-NORTH")),
             qPrintable(status->text()));

    QString statusWhileComputing;
    QString headlineWhileComputing;
    bool greyedWhileComputing = false;
    QTableView *view = w.window.productView();
    const QColor normalText = view->palette().color(QPalette::Text);
    connect(w.window.runner(), &ReportRunner::started, this, [&] {
        statusWhileComputing = status->text();
        headlineWhileComputing = w.window.headline()->plainText();
        greyedWhileComputing = view->palette().color(QPalette::Text) != normalText;
    });
    QVERIFY(w.window.selectScope(ReportScope::Channel, QStringLiteral("CH-C")));
    QVERIFY(shown.wait(ReportTimeoutMs));
    QVERIFY2(statusWhileComputing.startsWith(QStringLiteral("Computing CH-C")),
             qPrintable(statusWhileComputing));
    QVERIFY2(statusWhileComputing.contains(QStringLiteral("G-NORTH")),
             qPrintable(statusWhileComputing));
    QVERIFY2(!headlineWhileComputing.contains(QStringLiteral("Pick a channel")),
             qPrintable(headlineWhileComputing));
    QVERIFY(greyedWhileComputing);
    QVERIFY2(status->text().startsWith(QStringLiteral("Showing CH-C")), qPrintable(status->text()));
    QCOMPARE(view->palette().color(QPalette::Text), normalText);
}

// While the demo database is created, the page says so (not "No database is open").
void TestUsageInteract::statusDuringFirstStartImport()
{
    QFile::remove(FirstStart::demoDatabasePath());
    MainWindow window;
    window.show();
    QAction *demo = nullptr;
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QStringLiteral("Open the &Demo Database"))
            demo = action;
    }
    QVERIFY(demo);
    demo->trigger();
    QProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = window.findChild<QProgressDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, ReportTimeoutMs);
    QVERIFY2(!window.bannerText().contains(QStringLiteral("No database is open")),
             qPrintable(window.bannerText()));
    auto *status = window.usagePage()->findChild<QLabel *>(QStringLiteral("usageStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(QStringLiteral("Creating the demo database")),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral(" %")), qPrintable(status->text()));
    // the analyst cancels: no database, and the page says so again
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("No database is open")),
                             ReportTimeoutMs);
}

QTEST_MAIN(TestUsageInteract)
#include "tst_usageinteract.moc"
