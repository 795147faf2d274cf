#include "commands.h"

#include "configcommand.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "reportcommand.h"

namespace cs {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ConfigCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace cs
