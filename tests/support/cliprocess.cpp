#include "cliprocess.h"

#include <QProcess>

namespace cs::test {

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(qEnvironmentVariable("CHANNELSCOPE_CLI"), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace cs::test
