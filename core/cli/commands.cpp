#include "commands.h"

#include "configcommand.h"

namespace cs {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ConfigCommand>());
    return commands;
}

} // namespace cs
