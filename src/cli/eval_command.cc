// sitrep eval: score sitrep's output against gold annotations.
// PLACEHOLDER until the body scorer lands.
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/messages.h"

namespace sitrep::cli {

void AddEvalCommand(CLI::App& app, CommandRun* run) {
  CLI::App* command = app.add_subcommand("eval", "Score sitrep against gold annotations and print a table");
  command->callback([run] { *run = [] { return kExitUsage; }; });
}

}  // namespace sitrep::cli
