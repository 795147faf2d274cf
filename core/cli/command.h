#pragma once

#include "db/connection.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace cs {

// Exit codes of channelscope-cli.
enum ExitCode { ExitSuccess = 0, ExitRuntimeError = 1, ExitUsageError = 2 };

// What a command writes to and how it fails: errors are one line on stderr,
// "channelscope-cli <command>: <reason>".
class CommandContext
{
public:
    CommandContext(QString commandName, QTextStream &out, QTextStream &err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    int usageError(const QString &message);
    int runtimeError(const QString &message);
    void warning(const QString &message);

    // Opens the database named by the --db option (added by addDatabaseOption). Sets *exitCode
    // to 2 when --db is missing or malformed, 1 when the database cannot be opened. Only
    // commands that write (import, demo, config) pass CreateIfMissing to create a new file.
    std::unique_ptr<Connection> openDatabase(const QCommandLineParser &parser, int *exitCode,
                                             Connection::OpenMode mode
                                             = Connection::OpenMode::Existing);

    static void addDatabaseOption(QCommandLineParser &parser);

private:
    QString m_commandName;
    QTextStream &m_out;
    QTextStream &m_err;
};

// One subcommand of channelscope-cli.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // More text for --help below the summary (and in the manual page); none by default.
    virtual QString details() const { return {}; }
    // Adds options and positional arguments; --help is added by the runner.
    virtual void configure(QCommandLineParser &parser) const = 0;
    // Runs with parsed arguments and returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, CommandContext &context) const = 0;
};

// Runs channelscope-cli with its arguments (arguments[0] is the program name). Flushes `out` at
// the end: output that could not be written (a full disk, /dev/full) turns success into exit 1
// with one line on `err` naming the reason.
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cs
