#pragma once

#include "connection/connectiondialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <utility>

// What the suites of the connection dialog do with it: click its buttons and wait for the answer.
namespace cs::test {

constexpr int ConnectTimeoutMs = 30'000;

// Clicks "Test Connection" and returns (ok, message).
inline std::pair<bool, QString> clickTest(ConnectionDialog &dialog)
{
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")),
                      Qt::LeftButton);
    if (tested.isEmpty() && !tested.wait(ConnectTimeoutMs))
        return { false, QStringLiteral("no answer") };
    return { tested.first().at(0).toBool(), tested.first().at(1).toString() };
}

// Clicks Open and waits until the dialog closes or reports a failed connection.
inline bool clickOpen(ConnectionDialog &dialog)
{
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openButton")),
                      Qt::LeftButton);
    QElapsedTimer timer;
    timer.start();
    while (accepted.isEmpty() && timer.elapsed() < ConnectTimeoutMs) {
        if (!tested.isEmpty() && !tested.first().at(0).toBool())
            return false;
        accepted.wait(100);
    }
    return !accepted.isEmpty();
}

inline QString statusText(ConnectionDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
}

// Calls `act` with the first modal widget of type W that shows up within 10 s.
template<typename W, typename Act> void whenModal(Act act)
{
    auto *timer = new QTimer(qApp);
    auto *waited = new int(0);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, act] {
        if (auto *widget = qobject_cast<W *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete waited;
            act(widget);
        } else if (++*waited > 500) {
            timer->stop();
            timer->deleteLater();
            delete waited;
        }
    });
    timer->start(20);
}

} // namespace cs::test
