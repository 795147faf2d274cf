#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cs {

// channelscope-cli config --db URL [KEY [VALUE]]: lists, reads or writes the shared settings.
class ConfigCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cs::ConfigCommand)
public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    QString details() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace cs
