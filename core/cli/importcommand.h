#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cs {

// channelscope-cli import --db URL DIR: imports a dataset folder in one transaction and prints
// the rows per file. Exit 1 for bad data (nothing is written), 2 for a missing or wrong DIR.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cs::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace cs
