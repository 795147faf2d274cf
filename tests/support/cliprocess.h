#pragma once

#include <QStringList>

class QElapsedTimer;
class QProcess;

namespace cs::test {

// What a run of channelscope-cli printed and how it ended.
struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
    qint64 ms = 0; // from the start to the end of a process that ended
};

// Starts channelscope-cli (named by CHANNELSCOPE_CLI) with `arguments`, its standard input the
// null device (never a terminal), with `environment` ("NAME=value") added to this process's.
void startCli(QProcess &process, const QStringList &arguments, const QStringList &environment = {});

// Waits up to `timeoutMs` for a process started by startCli to end; ms counts from `started`.
CliRun finishCli(QProcess &process, const QElapsedTimer &started, int timeoutMs = 120'000);

// Runs channelscope-cli with `arguments` and waits up to `timeoutMs` for it to end.
CliRun runCli(const QStringList &arguments, int timeoutMs = 120'000);
CliRun runCli(const QStringList &arguments, const QStringList &environment,
              int timeoutMs = 120'000);

// Runs the command line (runCommandLine) with `arguments` in this process.
CliRun runCliInProcess(const QStringList &arguments);

} // namespace cs::test
