#pragma once

#include "command.h"
#include "report/reportrequest.h"

#include <QCoreApplication>

namespace cs {

struct ReportJob;
struct ReportResult;

// channelscope-cli report: the usage and spend report of a channel or billing group as CSV.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cs::ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandContext &context) const override;

private:
    static int readJob(const QCommandLineParser &parser, CommandContext &context, ReportJob &job);
    static int readScope(const QCommandLineParser &parser, CommandContext &context,
                         ReportRequest &request);
    static void warnAbout(const ReportResult &result, CommandContext &context);
    static int write(const QCommandLineParser &parser, const ReportJob &job,
                     const ReportResult &result, CommandContext &context);
};

} // namespace cs
