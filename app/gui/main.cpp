#include "main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ChannelScope"));
    QApplication::setOrganizationName(QStringLiteral("ChannelScope"));
    QApplication::setApplicationVersion(QStringLiteral(CHANNELSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Channel usage and spend reports"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"),
        QApplication::translate("main", "The database to open: a file path, sqlite:///path or "
                                        "postgresql://user@host:port/dbname."),
        QStringLiteral("URL") });
    parser.process(app);

    cs::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("db")))
        window.openDatabase(parser.value(QStringLiteral("db")));
    return app.exec();
}
