#pragma once

#include "command.h"
#include "demo/demogenerator.h"

#include <QCoreApplication>

namespace cs {

// channelscope-cli demo --db URL [--scale N] [--seed S] [--out DIR] [--until YYYY-MM-DD]:
// generates the deterministic demo dataset and imports it, or with --out only writes the folder.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cs::DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;

private:
    static QString summaryLine(const DemoSummary &summary);
    int writeFolder(const QCommandLineParser &parser, CommandContext &context,
                    DemoOptions options) const;
};

} // namespace cs
