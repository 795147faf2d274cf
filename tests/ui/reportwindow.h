#pragma once

#include "main/mainwindow.h"
#include "report/reportrequest.h"

#include <QDate>
#include <QSize>

// The usage page in the real main window, as its widget tests set it up.
namespace cs::test {

constexpr int ReportTimeoutMs = 60'000;

// The main window with the range from..to (October 2026 unless told) selected, resized to
// `size` (when valid) and shown.
struct ReportWindow
{
    MainWindow window;

    explicit ReportWindow(QDate from = QDate(2026, 10, 1), QDate to = QDate(2026, 10, 31),
                          QSize size = QSize());

    // Opens the fresh test database and waits for the catalog and the first (automatic) report.
    bool open();
    // Selects the scope and waits for its report.
    bool show(ReportScope scope, const QString &code);
    // Selects the range and waits for its report.
    bool setRange(QDate from, QDate to);
};

} // namespace cs::test
