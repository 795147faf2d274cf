#include "cliprocess.h"

#include "cli/command.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

namespace cs::test {

void startCli(QProcess &process, const QStringList &arguments, const QStringList &environment)
{
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(env);
    }
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(qEnvironmentVariable("CHANNELSCOPE_CLI"), arguments);
    process.waitForStarted();
}

CliRun finishCli(QProcess &process, const QElapsedTimer &started, int timeoutMs)
{
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.ms = started.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    return runCli(arguments, {}, timeoutMs);
}

CliRun runCli(const QStringList &arguments, const QStringList &environment, int timeoutMs)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    startCli(process, arguments, environment);
    return finishCli(process, timer, timeoutMs);
}

CliRun runCliInProcess(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QElapsedTimer timer;
    timer.start();
    run.exitCode
        = runCommandLine(QStringList { QStringLiteral("channelscope-cli") } + arguments, out, err);
    run.ms = timer.elapsed();
    out.flush();
    err.flush();
    return run;
}

} // namespace cs::test
