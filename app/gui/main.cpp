#include "common/preferences.h"
#include "connection/firststart.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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
    parser.addOption(
        { QStringLiteral("db"),
          QApplication::translate("main",
                                  "The database to open: a file path, sqlite:///path or "
                                  "postgresql://user@host:port/dbname."),
          QStringLiteral("URL") });
    parser.process(app);

    cs::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("db"))) {
        window.openDatabase(parser.value(QStringLiteral("db")));
    } else if (cs::FirstStart::isNeeded()) {
        // first start: a demo database, so that the program shows something useful at once
        const auto demo = cs::FirstStart::createDemoDatabase(&window);
        if (demo)
            window.openDatabase(*demo);
        else
            QMessageBox::warning(
                &window, QApplication::translate("main", "No demo database"),
                QApplication::translate("main", "The demo database could not be created: %1")
                    .arg(demo.errorString()));
    } else if (const QString last = cs::Preferences::lastConnection.get(); !last.isEmpty()) {
        window.openDatabase(last);
    }
    return app.exec();
}
