#include "cli/command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channelscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELSCOPE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int exitCode = cs::runCommandLine(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return exitCode;
}
