#include "command.h"

#include "commands.h"
#include "config/configuration.h"
#include "util/savefile.h"

#include <QCoreApplication>

namespace cs {

namespace {

// The translation context of this file's texts, the one lupdate records for Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::CommandLine)
};

constexpr auto s_program = "channelscope-cli";

QString mainHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString help = Tr::tr("Usage: %1 COMMAND [OPTIONS]\n\n"
                          "Channel usage and spend reports and the daily billing export.\n\n"
                          "Commands:\n")
                       .arg(QLatin1StringView(s_program));
    for (const auto &command : commands)
        help += QStringLiteral("  %1  %2\n")
                    .arg(command->name().leftJustified(8), command->summary());
    help += Tr::tr("\nRun \"%1 COMMAND --help\" for the options of a command.\n"
                   "Exit codes: 0 success, 1 runtime error, 2 usage error.\n")
                .arg(QLatin1StringView(s_program));
    return help;
}

} // namespace

CommandContext::CommandContext(QString commandName, QTextStream &out, QTextStream &err)
    : m_commandName(std::move(commandName))
    , m_out(out)
    , m_err(err)
{ }

int CommandContext::usageError(const QString &message)
{
    m_err << QLatin1StringView(s_program) << u' ' << m_commandName << QStringLiteral(": ")
          << message << Qt::endl;
    return ExitUsageError;
}

int CommandContext::runtimeError(const QString &message)
{
    m_err << QLatin1StringView(s_program) << u' ' << m_commandName << QStringLiteral(": ")
          << message << Qt::endl;
    return ExitRuntimeError;
}

void CommandContext::warning(const QString &message)
{
    m_err << QLatin1StringView(s_program) << u' ' << m_commandName << QStringLiteral(": ")
          << Tr::tr("warning: ") << message << Qt::endl;
}

void CommandContext::addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("db"),
          Tr::tr("The database: a file path, sqlite:///path, or postgresql://user@host:port/dbname"
                 "?sslmode=MODE (password from PGPASSWORD)."),
          Tr::tr("URL") });
}

std::unique_ptr<Connection> CommandContext::openDatabase(const QCommandLineParser &parser,
                                                         int *exitCode, Connection::OpenMode mode)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        *exitCode = usageError(Tr::tr("--db is required"));
        return nullptr;
    }
    const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!url) {
        *exitCode = usageError(url.errorString());
        return nullptr;
    }
    auto connection = Connection::open(*url, mode);
    if (!connection) {
        *exitCode = runtimeError(connection.errorString());
        return nullptr;
    }
    // A password that an older version stored goes at the first open.
    for (const QString &warning : Configuration::removeStoredPasswords(**connection))
        this->warning(warning);
    *exitCode = ExitSuccess;
    return std::move(connection).value();
}

namespace {

int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto commands = allCommands();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"help") {
        (first.isEmpty() ? err : out) << mainHelp(commands);
        return first.isEmpty() ? ExitUsageError : ExitSuccess;
    }
    if (first == u"--version" || first == u"-v") {
        out << QLatin1StringView(s_program) << u' ' << QLatin1StringView(CHANNELSCOPE_VERSION)
            << Qt::endl;
        return ExitSuccess;
    }
    const auto it = std::find_if(commands.begin(), commands.end(),
                                 [&](const auto &command) { return command->name() == first; });
    if (it == commands.end()) {
        err << QLatin1StringView(s_program) << QStringLiteral(": ")
            << Tr::tr("unknown command \"%1\"; run \"%2 --help\" for the list")
                   .arg(first, QLatin1StringView(s_program))
            << Qt::endl;
        return ExitUsageError;
    }
    const Command &command = **it;
    CommandContext context(command.name(), out, err);

    QCommandLineParser parser;
    parser.setApplicationDescription(command.details().isEmpty()
                                         ? command.summary()
                                         : command.summary() + u"\n\n" + command.details());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    command.configure(parser);

    QStringList commandArguments = arguments.mid(1);
    commandArguments[0] = QLatin1StringView(s_program) + u' ' + command.name();
    if (!parser.parse(commandArguments))
        return context.usageError(parser.errorText());
    if (parser.isSet(help)) {
        // Qt names the program by its path as started; the usage line names the command.
        QString text = parser.helpText();
        const QString started = QCoreApplication::arguments().value(0);
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
        if (at >= 0 && at < firstLineEnd)
            text.replace(at, started.size(), commandArguments[0]);
        out << text;
        return ExitSuccess;
    }
    return command.run(parser, context);
}

// "channelscope-cli report" for a known command, else "channelscope-cli".
QString programAndCommand(const QStringList &arguments)
{
    QString prefix = QLatin1StringView(s_program);
    const auto commands = allCommands();
    for (const auto &command : commands)
        if (command->name() == arguments.value(1))
            prefix += u' ' + command->name();
    return prefix;
}

} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const int exitCode = runCommand(arguments, out, err);
    // Output that did not reach its file (a full disk, /dev/full) is a failure, not a success.
    const Status flushed = flushStream(out, Tr::tr("standard output"));
    if (flushed || exitCode != ExitSuccess)
        return exitCode;
    err << programAndCommand(arguments) << QStringLiteral(": ") << flushed.errorString()
        << Qt::endl;
    return ExitRuntimeError;
}

} // namespace cs
