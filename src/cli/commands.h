// Subcommands. Each lives in its own file and adds itself to the CLI11 app;
// after parsing, main() runs the callback of the subcommand the user chose.
// A callback returns the process exit code (cli/messages.h).
#ifndef SITREP_CLI_COMMANDS_H_
#define SITREP_CLI_COMMANDS_H_

#include <functional>

#include <CLI/CLI.hpp>

namespace sitrep::cli {

using CommandRun = std::function<int()>;

// Each Add*Command registers one subcommand on `app` and stores in *run what
// to do if the user picks it.
void AddExtractCommand(CLI::App& app, CommandRun* run);
void AddEvalCommand(CLI::App& app, CommandRun* run);
void AddIngestCommand(CLI::App& app, CommandRun* run);
void AddEventsCommand(CLI::App& app, CommandRun* run);
void AddExportCommand(CLI::App& app, CommandRun* run);
void AddStatementsCommand(CLI::App& app, CommandRun* run);
void AddStatsCommand(CLI::App& app, CommandRun* run);
void AddAlertsCommand(CLI::App& app, CommandRun* run);
void AddBenchCommand(CLI::App& app, CommandRun* run);
void AddServeCommand(CLI::App& app, CommandRun* run);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_COMMANDS_H_
