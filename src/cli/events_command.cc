// sitrep events: list stored events, filtered, as a table or in an export
// format. The table is for reading (cells cut, at most kTableRows rows unless
// --limit says otherwise); csv, jsonl and geojson are for programs.
#include <string>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/events_options.h"
#include "cli/messages.h"
#include "cli/output.h"
#include "store/export_format.h"

namespace sitrep::cli {
namespace {

constexpr std::int64_t kTableRows = 1000;

struct EventsOptions {
  EventFilterOptions query;
  std::int64_t limit = -1;
  std::int64_t offset = 0;
  std::string format = "table";
};

std::string Actors(const Event& e) {
  std::string out = e.actor1 ? e.actor1->name : "";
  if (e.actor2 && !e.actor2->name.empty()) out += (out.empty() ? "" : " vs ") + e.actor2->name;
  return out;
}

std::string Place(const Event& e) {
  if (!e.location) return "";
  std::string out;
  for (const std::string* part : {&e.location->name, &e.location->admin1, &e.location->country}) {
    if (part->empty() || out.find(*part) != std::string::npos) continue;
    out += (out.empty() ? "" : ", ") + *part;
  }
  return out;
}

std::string Type(const Event& e) {
  if (e.event_type.empty()) return e.plover;
  return e.sub_event_type.empty() ? e.event_type : e.event_type + " / " + e.sub_event_type;
}

int PrintTable(store::Reader& reader, store::EventFilter filter, bool quiet, Messages& messages) {
  const bool capped = filter.limit < 0;
  if (capped) filter.limit = kTableRows;
  TextTable table({{"ID", 10, true},
                   {"DATE", 10},
                   {"TYPE", 40},
                   {"ACTORS", 48},
                   {"PLACE", 36},
                   {"FATAL", 6, true},
                   {"SOURCES", 30}});
  Status s = reader.ForEachEvent(filter, [&table](const store::StoredEvent& e) {
    table.AddRow({std::to_string(e.id), e.event.date, Type(e.event), Actors(e.event), Place(e.event),
                  e.event.fatalities ? std::to_string(*e.event.fatalities) : "", e.sources});
    return true;
  });
  if (!s.ok()) {
    messages.Fatal(s.message());
    return kExitSomeFailed;
  }
  table.FitTo(TerminalWidth());
  WriteStdout(table.Render());
  FlushStdout();
  if (capped && !quiet) {
    store::EventFilter all = filter;
    all.limit = -1;
    Result<std::int64_t> total = reader.CountEvents(all);
    if (total.ok() && total.value() > filter.offset + kTableRows) {
      messages.Warning("", 0,
                       fmt::format("showing the newest {} of {} events; use --limit N or --format csv for all",
                                   kTableRows, total.value() - filter.offset));
    }
  }
  return kExitOk;
}

int Run(EventsOptions& options) {
  Messages messages(options.query.quiet);
  PrepareStdout();
  if (!FinishEventFilter(options.query, messages)) return kExitUsage;
  options.query.filter.limit = options.limit;
  options.query.filter.offset = options.offset;
  std::unique_ptr<store::Reader> reader = OpenStoreOrSay(options.query.db, messages);
  if (!reader) return kExitUsage;
  if (options.format == "table") return PrintTable(*reader, options.query.filter, options.query.quiet, messages);

  store::ExportFormat format;
  store::ParseExportFormat(options.format, &format);  // checked by CLI11
  auto exporter = store::MakeExporter(format);
  std::string out;
  exporter->Begin(out);
  Status s = reader->ForEachEvent(options.query.filter, [&](const store::StoredEvent& e) {
    exporter->Add(e, out);
    if (out.size() > (1 << 16)) {
      WriteStdout(out);
      out.clear();
    }
    return true;
  });
  exporter->End(out);
  WriteStdout(out);
  FlushStdout();
  if (!s.ok()) {
    messages.Fatal(s.message());
    return kExitSomeFailed;
  }
  return kExitOk;
}

}  // namespace

void AddEventsCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<EventsOptions>();
  CLI::App* command = app.add_subcommand("events", "List stored events, newest first (docs/QUERY.md)");
  AddEventFilterOptions(*command, &options->query);
  command->add_option("--limit", options->limit, "At most N events (table: 1000 unless given)")
      ->check(CLI::NonNegativeNumber);
  command->add_option("--offset", options->offset, "Skip the first N events")->check(CLI::NonNegativeNumber);
  command->add_option("--format", options->format, "table (default), csv (ACLED columns), jsonl or geojson")
      ->check(CLI::IsMember({"table", "csv", "jsonl", "geojson"}));
  command->callback([options, run] { *run = [options] { return Run(*options); }; });
}

}  // namespace sitrep::cli
