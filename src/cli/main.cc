// sitrep: news articles in, conflict event data out. See README.md.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/messages.h"

int main(int argc, char** argv) {
  using namespace sitrep::cli;
  CLI::App app{"sitrep: turns news articles into structured, geolocated conflict event data"};
  app.set_version_flag("-V,--version", "sitrep " SITREP_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);

  CommandRun run;
  AddExtractCommand(app, &run);
  AddEvalCommand(app, &run);
  AddIngestCommand(app, &run);
  AddEventsCommand(app, &run);
  AddExportCommand(app, &run);
  AddStatementsCommand(app, &run);
  AddStatsCommand(app, &run);
  AddAlertsCommand(app, &run);
  AddBenchCommand(app, &run);
  AddServeCommand(app, &run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);  // prints the message and a hint to --help
    return kExitUsage;
  }
  return run ? run() : kExitUsage;
}
