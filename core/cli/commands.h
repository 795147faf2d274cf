#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace cs {

// Every subcommand of channelscope-cli, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace cs
