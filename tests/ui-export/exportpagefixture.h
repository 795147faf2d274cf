#pragma once

#include "export/exportpage.h"
#include "export/exportrun.h"
#include "main/mainwindow.h"
#include "support/testdatabase.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace cs {
class Connection;
}

// The billing export page in the real main window, as its widget tests set it up.
namespace cs::test {

constexpr int ExportPageTimeoutMs = 60'000;

// Yesterday in the business time zone (UTC here), as the page computes it.
QDate yesterday();

// UTC milliseconds of `date` at 12:`minute`.
qint64 noon(QDate date, int minute = 0);

// Three channels (CH1 in USD, CH2 in EUR, CH3 in JPY) with documents of every stream on the
// three days up to yesterday, amounts differing per day; the export folder is `directory`.
bool seedThreeChannels(Connection &db, const QString &directory);

// The main window at 1280x900, shown, on its billing export page.
struct ExportPageWindow
{
    MainWindow window;
    ExportPage *page = window.exportPage();

    ExportPageWindow();

    // Opens the fresh test database and waits until the history and the preview of yesterday
    // are shown.
    bool open();
    bool waitForPreview(QDate date);
    // Runs what `start` starts and waits until the page has run it and read the history again.
    bool runAndWait(const std::function<void()> &start);
    ExportStatus latestStatus() const;
    // The texts of every label of the page (the date's status among them).
    QString labels() const;
};

} // namespace cs::test

// A fresh test database `db` seeded by seedThreeChannels() with the export folder `dir` (a new
// QTemporaryDir), and the window `w` of type `Window` (an ExportPageWindow) open on it.
#define CS_OPEN_EXPORT_PAGE(Window, w, db, dir)                                                    \
    CS_FRESH_DATABASE(db);                                                                         \
    QTemporaryDir dir;                                                                             \
    QVERIFY(cs::test::seedThreeChannels(*db, dir.path()));                                         \
    Window w;                                                                                      \
    QVERIFY(w.open())
