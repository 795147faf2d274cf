#include "configcommand.h"

#include "config/configuration.h"

#include <QCoreApplication>

#include <algorithm>

namespace cs {

QString ConfigCommand::summary() const
{
    return tr("Show or change the settings shared by the GUI, the CLI and the export job.");
}

QString ConfigCommand::details() const
{
    const QStringList keys = Configuration::keys();
    qsizetype width = 0;
    for (const QString &key : keys)
        width = std::max(width, key.size());
    QString text = tr("Settings:");
    for (const QString &key : keys)
        text += QStringLiteral("\n  %1  %2")
                    .arg(key.leftJustified(width), Configuration::description(key));
    return text;
}

void ConfigCommand::configure(QCommandLineParser &parser) const
{
    CommandContext::addDatabaseOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("KEY"),
        tr("The setting to show or change; without it, all settings are listed."),
        QStringLiteral("[KEY"));
    parser.addPositionalArgument(QStringLiteral("VALUE"), tr("The new value."),
                                 QStringLiteral("[VALUE]]"));
}

int ConfigCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() > 2)
        return context.usageError(tr("too many arguments; expected [KEY [VALUE]]"));
    if (!arguments.isEmpty() && !Configuration::isKnownKey(arguments.first()))
        return context.usageError(Configuration::validate(arguments.first(), {}).errorString());
    if (arguments.size() == 2) {
        if (auto valid = Configuration::validate(arguments[0], arguments[1]); !valid)
            return context.usageError(valid.errorString());
    }

    int exitCode = ExitSuccess;
    const auto connection
        = context.openDatabase(parser, &exitCode, Connection::OpenMode::CreateIfMissing);
    if (!connection)
        return exitCode;

    if (arguments.size() == 2) {
        if (const Status stored
            = Configuration::setValues(*connection, { { arguments[0], arguments[1] } });
            !stored)
            return context.runtimeError(stored.errorString());
        return ExitSuccess;
    }
    const QStringList keys = arguments.isEmpty() ? Configuration::keys() : arguments;
    for (const QString &key : keys) {
        const auto value = Configuration::value(*connection, key);
        if (!value)
            return context.runtimeError(value.errorString());
        if (arguments.isEmpty())
            context.out() << key << u'=' << *value << Qt::endl;
        else
            context.out() << *value << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace cs
