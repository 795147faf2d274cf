#include "reportwindow.h"

#include "report/daterangeselector.h"
#include "support/testdatabase.h"

#include <QSignalSpy>

namespace cs::test {

ReportWindow::ReportWindow(QDate from, QDate to, QSize size)
{
    window.rangeSelector()->setCustomRange(from, to);
    if (size.isValid())
        window.resize(size);
    window.show();
}

bool ReportWindow::open()
{
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    QSignalSpy shown(&window, &MainWindow::reportShown);
    window.openDatabase(lastDatabaseUrl());
    if (!loaded.wait(ReportTimeoutMs) || !loaded.first().first().toBool())
        return false;
    return shown.wait(ReportTimeoutMs);
}

bool ReportWindow::show(ReportScope scope, const QString &code)
{
    QSignalSpy shown(&window, &MainWindow::reportShown);
    if (!window.selectScope(scope, code))
        return false;
    return shown.wait(ReportTimeoutMs);
}

bool ReportWindow::setRange(QDate from, QDate to)
{
    QSignalSpy shown(&window, &MainWindow::reportShown);
    window.rangeSelector()->setCustomRange(from, to);
    return shown.wait(ReportTimeoutMs);
}

} // namespace cs::test
