#pragma once

#include <QStringList>

namespace cs::test {

// What a run of channelscope-cli (named by CHANNELSCOPE_CLI) printed and how it ended.
struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

// Runs channelscope-cli with `arguments` and waits up to `timeoutMs` for it to end.
CliRun runCli(const QStringList &arguments, int timeoutMs = 120'000);

} // namespace cs::test
