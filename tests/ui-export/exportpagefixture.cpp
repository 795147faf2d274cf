#include "exportpagefixture.h"

#include "db/connection.h"
#include "export/exportpreviewmodel.h"
#include "export/exportrunmodel.h"
#include "export/exporttestdata.h"
#include "support/testdatabase.h"
#include "time/businesscalendar.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

namespace cs::test {

QDate yesterday()
{
    return BusinessCalendar(QTimeZone::utc()).yesterday(QDateTime::currentMSecsSinceEpoch());
}

qint64 noon(QDate date, int minute)
{
    return QDateTime(date, QTime(12, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

bool seedThreeChannels(Connection &db, const QString &directory)
{
    ExportData d(db);
    const qint64 ch1 = d.channel(QStringLiteral("CH1"));
    const qint64 ch2 = d.channel(QStringLiteral("CH2"), QStringLiteral("EUR"));
    const qint64 ch3 = d.channel(QStringLiteral("CH3"), QStringLiteral("JPY"));
    const qint64 a1 = d.account(QStringLiteral("ACC-1"), ch1);
    const qint64 a2 = d.account(QStringLiteral("ACC-2"), ch1);
    const qint64 b1 = d.account(QStringLiteral("EU-1"), ch2);
    const qint64 c1 = d.account(QStringLiteral("JP-1"), ch3);
    const QDate last = yesterday();
    for (int back = 0; back < 3; ++back) {
        const QDate day = last.addDays(-back);
        const QString tag = day.toString(QStringLiteral("MMdd"));
        const qint64 k = back + 1;
        d.statement(QStringLiteral("ST-A-") + tag, a1, noon(day), 1000 * k, 0, 0, 250 * k,
                    1000 * k + 250 * k);
        d.statement(QStringLiteral("ST-B-") + tag, a2, noon(day, 1), 0, 0, 0, 99 * k, 99 * k);
        const qint64 invoice
            = d.invoice(QStringLiteral("IN-A-") + tag, a1, noon(day), 1000 * k, 100, 90 * k);
        d.invoiceItem(QStringLiteral("IT-A-") + tag, invoice, 1000 * k);
        d.invoice(QStringLiteral("IN-E-") + tag, b1, noon(day), 777 * k, 0, 0,
                  QStringLiteral("EUR"));
        d.payment(QStringLiteral("PA-A-") + tag, a1, noon(day), 500 * k);
        d.payment(QStringLiteral("CR-E-") + tag, b1, noon(day), 40 * k, QStringLiteral("CREDIT"),
                  QStringLiteral("EUR"));
        d.failure(QStringLiteral("FA-J-") + tag, c1, noon(day), 3000 * k, QStringLiteral("JPY"));
    }
    return d.setSetting(QStringLiteral("export.directory"), directory);
}

ExportPageWindow::ExportPageWindow()
{
    window.resize(1280, 900);
    window.show();
    window.pages()->setCurrentWidget(page);
}

bool ExportPageWindow::open()
{
    window.openDatabase(lastDatabaseUrl());
    return waitForPreview(yesterday());
}

bool ExportPageWindow::waitForPreview(QDate date)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ExportPageTimeoutMs) {
        if (page->state() && page->previewModel()->date() == date
            && page->previewView()->isEnabled())
            return true;
        QTest::qWait(20);
    }
    return false;
}

bool ExportPageWindow::runAndWait(const std::function<void()> &start)
{
    QSignalSpy loaded(page, &ExportPage::stateLoaded);
    qsizetype loadedBefore = -1; // reads that started before the last run ended
    const QMetaObject::Connection done = QObject::connect(page, &ExportPage::runsDone, page,
                                                          [&] { loadedBefore = loaded.size(); });
    const auto disconnect = qScopeGuard([done] { QObject::disconnect(done); });
    start();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ExportPageTimeoutMs) {
        if (loadedBefore >= 0 && loaded.size() > loadedBefore)
            return !page->isRunning();
        QTest::qWait(20);
    }
    return false;
}

ExportStatus ExportPageWindow::latestStatus() const
{
    return ExportStatus(page->runModel()->index(0, 0).data(ExportRunModel::StatusRole).toInt());
}

QString ExportPageWindow::labels() const
{
    QStringList texts;
    for (const QLabel *label : page->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace cs::test
