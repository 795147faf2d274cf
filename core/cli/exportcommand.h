#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cs {

// channelscope-cli export: runs the daily billing export for one date (default yesterday in the
// business time zone) or, with --catch-up, for every date not yet exported, oldest first, each
// as its own run, stopping at the first date that ends ERRORED or INTERRUPTED or cannot start
// (ExportCatchUp, the rule the GUI follows too). Prints one summary line per run; exits 0 only
// when every date ran and every channel of every run succeeded. --history and --show RUN only
// print the recorded runs (ExportHistory) and export nothing.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace cs
