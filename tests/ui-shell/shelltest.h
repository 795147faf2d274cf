#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace cs::test {

// Points QSettings and QStandardPaths at the test locations (~/.qttest/...) under names of the
// suite's own, so no test reads or overwrites a user's preferences, and starts from empty.
inline void isolatePreferences()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelScopeTest"));
    QSettings().clear();
    QVERIFY2(QSettings().fileName().contains(u".qttest"), qPrintable(QSettings().fileName()));
}

} // namespace cs::test

// QVERIFY2 evaluates its message even on success, and errorString() is only valid on failure.
#define CS_VERIFY_OK(result)                                                                       \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).errorString()))
