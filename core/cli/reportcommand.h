#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cs {

// channelscope-cli report: the usage and spend report of a channel or billing group as CSV.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cs::ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;
};

} // namespace cs
