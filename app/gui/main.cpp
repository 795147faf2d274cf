#include "applicationicon.h"
#include "common/preferences.h"
#include "connection/connectiondialog.h"
#include "connection/firststart.h"
#include "i18n/translations.h"
#include "main/mainwindow.h"
#include "report/daterangeselector.h"
#include "util/savefile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <string_view>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "channelscope: %s\n", qPrintable(message));
}

// What --scope, --from, --to, --tab and --screenshot ask for: select a scope, run its report,
// show a tab, save the window as PNG and quit (the screenshot script and reviews use this).
struct Drive
{
    std::optional<cs::ReportScope> scope;
    QString code;
    QDate from;
    QDate to;
    int tab = -1;
    QString screenshot;
    QSize size;
};

// Parses the driving options; an error message for the first bad one.
std::optional<QString> parseDrive(const QCommandLineParser &parser, Drive &drive)
{
    if (parser.isSet(QStringLiteral("scope"))) {
        const QString value = parser.value(QStringLiteral("scope"));
        const QString kind = value.section(u':', 0, 0);
        drive.code = value.section(u':', 1);
        if (kind == cs::ScopeKindChannel)
            drive.scope = cs::ReportScope::Channel;
        else if (kind == cs::ScopeKindBillingGroup)
            drive.scope = cs::ReportScope::BillingGroup;
        if (!drive.scope || drive.code.isEmpty())
            return QApplication::translate(
                       "main", "--scope must be channel:CODE or billing-group:CODE, not \"%1\"")
                .arg(value);
    }
    for (auto [option, date] : { std::pair { QStringLiteral("from"), &drive.from },
                                 std::pair { QStringLiteral("to"), &drive.to } }) {
        if (!parser.isSet(option))
            continue;
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date->isValid())
            return QApplication::translate("main", "--%1 must be a date YYYY-MM-DD, not \"%2\"")
                .arg(option, parser.value(option));
    }
    if (drive.from.isValid() != drive.to.isValid())
        return QApplication::translate("main", "--from and --to go together");
    if (drive.from.isValid() && drive.from > drive.to)
        return QApplication::translate("main", "--from is after --to");
    if (parser.isSet(QStringLiteral("tab"))) {
        const QStringList tabs { QStringLiteral("products"), QStringLiteral("channels"),
                                 QStringLiteral("trend"), QStringLiteral("mix") };
        drive.tab = int(tabs.indexOf(parser.value(QStringLiteral("tab"))));
        if (drive.tab < 0)
            return QApplication::translate("main", "--tab must be one of %1")
                .arg(tabs.join(QStringLiteral(", ")));
    }
    drive.screenshot = parser.value(QStringLiteral("screenshot"));
    if (!drive.screenshot.isEmpty() && (!drive.scope || !parser.isSet(QStringLiteral("db"))))
        return QApplication::translate("main", "--screenshot needs --db and --scope");
    if (parser.isSet(QStringLiteral("size"))) {
        const QString value = parser.value(QStringLiteral("size"));
        bool okWidth = false, okHeight = false;
        drive.size = QSize(value.section(u'x', 0, 0).toInt(&okWidth),
                           value.section(u'x', 1, 1).toInt(&okHeight));
        if (!okWidth || !okHeight || drive.size.width() < 200 || drive.size.height() < 200)
            return QApplication::translate("main",
                                           "--size must be WIDTHxHEIGHT, for example 1280x800");
    }
    return std::nullopt;
}

// Saves the window as a PNG through QSaveFile; false with a message on stderr.
bool saveScreenshot(QWidget &window, const QString &path)
{
    const QPixmap pixmap = window.grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG")) {
        fail(QApplication::translate("main", "cannot write the screenshot %1: %2")
                 .arg(path, file.errorString()));
        return false;
    }
    if (const cs::Status committed = cs::commitSaveFile(file); !committed) {
        fail(committed.errorString());
        return false;
    }
    std::printf("%s\n",
                qPrintable(QApplication::translate("main", "screenshot %1 (%2x%3)")
                               .arg(path)
                               .arg(pixmap.width())
                               .arg(pixmap.height())));
    return true;
}

// Drives the window once the database's scopes are loaded. Returns at once; the steps follow
// the window's signals.
void startDrive(cs::MainWindow &window, const Drive &drive)
{
    constexpr int TimeoutMs = 300'000;
    const bool screenshot = !drive.screenshot.isEmpty();
    auto *context = new QObject(&window);
    if (screenshot) {
        QTimer::singleShot(TimeoutMs, context, [] {
            fail(QApplication::translate("main", "no report within %1 s").arg(TimeoutMs / 1000));
            QCoreApplication::exit(1);
        });
    }
    QObject::connect(&window, &cs::MainWindow::catalogLoaded, context,
                     [&window, drive, screenshot](bool ok) {
                         if (!ok) {
                             fail(window.bannerText());
                             if (screenshot)
                                 QCoreApplication::exit(1);
                             return;
                         }
                         if (drive.from.isValid())
                             window.rangeSelector()->setCustomRange(drive.from, drive.to);
                         if (drive.scope && !window.selectScope(*drive.scope, drive.code)) {
                             fail(QApplication::translate("main", "the database has no %1 \"%2\"")
                                      .arg(*drive.scope == cs::ReportScope::Channel
                                               ? QApplication::translate("main", "channel")
                                               : QApplication::translate("main", "billing group"),
                                           drive.code));
                             if (screenshot)
                                 QCoreApplication::exit(1);
                         }
                     });
    QObject::connect(&window, &cs::MainWindow::reportShown, context, [&window, drive, screenshot] {
        const auto &result = window.currentResult();
        // A report of the previous scope or range may finish first: wait for the asked one.
        if (!result || (drive.scope && result->request.code != drive.code)
            || (drive.from.isValid()
                && (result->request.from != drive.from || result->request.to != drive.to)))
            return;
        if (drive.tab >= 0)
            window.resultTabs()->setCurrentIndex(drive.tab);
        if (!screenshot)
            return;
        // After the comparison (the headline's second line and the change columns), let the
        // charts lay out and finish their first paint before the grab.
        auto *comparison = new QObject(&window);
        QObject::connect(&window, &cs::MainWindow::comparisonShown, comparison,
                         [&window, comparison, path = drive.screenshot] {
                             comparison->deleteLater();
                             QTimer::singleShot(1000, &window, [&window, path] {
                                 QCoreApplication::exit(saveScreenshot(window, path) ? 0 : 1);
                             });
                         });
    });
    if (screenshot) {
        QObject::connect(&window, &cs::MainWindow::reportFailed, context,
                         [](const QString &message) {
                             fail(message);
                             QCoreApplication::exit(1);
                         });
    }
}

// --help and --version only print: they must work where no display is, as in a terminal on a
// server or when the manual pages are generated.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv))
        qputenv("QT_QPA_PLATFORM", "minimal");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ChannelScope"));
    QApplication::setOrganizationName(QStringLiteral("ChannelScope"));
    QApplication::setApplicationVersion(QStringLiteral(CHANNELSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.channelscope.ChannelScope"));
    QApplication::setWindowIcon(cs::applicationIcon());
    cs::Translations::install(app);

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
    parser.addOption({ QStringLiteral("scope"),
                       QApplication::translate(
                           "main",
                           "Select a channel or billing group and run its report: channel:CODE or "
                           "billing-group:CODE."),
                       QApplication::translate("main", "KIND:CODE") });
    parser.addOption({ QStringLiteral("from"),
                       QApplication::translate(
                           "main", "First business day of the range (YYYY-MM-DD), with --to."),
                       QApplication::translate("main", "DATE") });
    parser.addOption({ QStringLiteral("to"),
                       QApplication::translate(
                           "main", "Last business day of the range (YYYY-MM-DD), with --from."),
                       QApplication::translate("main", "DATE") });
    parser.addOption({ QStringLiteral("tab"),
                       QApplication::translate(
                           "main", "The result tab to show: products, channels, trend or mix."),
                       QApplication::translate("main", "TAB") });
    parser.addOption(
        { QStringLiteral("screenshot"),
          QApplication::translate(
              "main",
              "Save the window as a PNG file once the report of --scope is shown, then quit "
              "(exit code 1 if the report fails)."),
          QApplication::translate("main", "FILE") });
    parser.addOption({ QStringLiteral("size"),
                       QApplication::translate("main", "The window size, for example 1280x800."),
                       QApplication::translate("main", "WIDTHxHEIGHT") });
    parser.process(app);

    Drive drive;
    if (const auto error = parseDrive(parser, drive)) {
        fail(*error);
        return 2;
    }

    cs::MainWindow window;
    if (drive.size.isValid())
        window.resize(drive.size);
    window.show();
    startDrive(window, drive);

    if (parser.isSet(QStringLiteral("db"))) {
        window.openDatabase(parser.value(QStringLiteral("db")));
    } else if (cs::FirstStart::isNeeded()) {
        // First start: a demo database, so that the program shows something useful at once.
        window.openDemoDatabase();
    } else if (const QString last = cs::Preferences::lastConnection.get(); !last.isEmpty()) {
        const auto url = cs::DatabaseUrl::parse(last);
        if (url && url->kind == cs::DatabaseKind::Postgresql && url->password.isEmpty()) {
            // The password is in the keychain (or nowhere): the dialog asks for it.
            cs::ConnectionDialog dialog(&window);
            if (dialog.exec() == QDialog::Accepted)
                window.openDatabase(dialog.databaseUrl());
        } else {
            window.openDatabase(last);
        }
    }
    return app.exec();
}
