// sitrep stats: a summary of the store: totals, events and fatalities per
// week or month, by type, actor and province, and days since the last event
// of each type in each province.
#include <string>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/events_options.h"
#include "cli/messages.h"
#include "cli/output.h"
#include "store/stats.h"

namespace sitrep::cli {
namespace {

struct StatsCommandOptions {
  EventFilterOptions query;
  std::string by = "week";
  std::string as_of;
  int top = 15;
  std::string format = "table";
};

std::string CountTable(const char* title, const std::vector<store::CountRow>& rows, bool with_country) {
  std::vector<TextTable::Column> columns = {{title, 60}};
  if (with_country) columns.push_back({"COUNTRY", 7});
  columns.push_back({"EVENTS", 9, true});
  columns.push_back({"FATALITIES", 10, true});
  TextTable table(std::move(columns));
  for (const store::CountRow& row : rows) {
    std::vector<std::string> cells = {row.key.empty() ? "(unknown)" : row.key};
    if (with_country) cells.push_back(row.country);
    cells.push_back(std::to_string(row.events));
    cells.push_back(std::to_string(row.fatalities));
    table.AddRow(std::move(cells));
  }
  return table.Render();
}

// For reading, a run of three or more empty periods becomes one line
// ("2017-01-02 … 2024-05-27 (386 empty weeks)"); the JSON keeps every period.
std::vector<store::CountRow> CollapseQuiet(const std::vector<store::CountRow>& rows, store::Period period) {
  std::vector<store::CountRow> out;
  std::size_t i = 0;
  while (i < rows.size()) {
    std::size_t j = i;
    while (j < rows.size() && rows[j].events == 0) ++j;
    if (j - i >= 3) {
      out.push_back({fmt::format("{} … {} ({} empty {}s)", rows[i].key, rows[j - 1].key, j - i,
                                 store::PeriodName(period)),
                     "", 0, 0});
      i = j;
    } else {
      out.push_back(rows[i++]);
    }
  }
  return out;
}

std::string Render(const store::EventStats& s, const store::StoreCounts& counts) {
  std::string out = fmt::format(
      "{} events, {} fatalities", s.events, s.fatalities);
  if (!s.first_date.empty()) out += fmt::format(", {} to {}", s.first_date, s.last_date);
  if (s.undated_events > 0) out += fmt::format(" ({} undated)", s.undated_events);
  out += fmt::format("\nstore: {} documents ({} retired versions), {} mentions, {} statements, schema v{}\n\n",
                     counts.documents, counts.retired_documents, counts.mentions, counts.statements,
                     counts.schema_version);
  out += CountTable(s.period == store::Period::kWeek ? "WEEK" : "MONTH", CollapseQuiet(s.by_period, s.period), false);
  out += '\n' + CountTable("EVENT TYPE", s.by_type, false);
  out += '\n' + CountTable("ACTOR", s.by_actor, false);
  out += '\n' + CountTable("PROVINCE", s.by_admin1, true);
  if (!s.days_since.empty()) {
    out += fmt::format("\ndays since the last event, as of {}\n", s.as_of);
    TextTable table({{"COUNTRY", 7}, {"PROVINCE", 40}, {"EVENT TYPE", 40}, {"LAST", 10}, {"DAYS", 7, true}});
    for (const store::QuietRow& q : s.days_since) {
      table.AddRow({q.country, q.admin1, q.event_type, q.last_date, std::to_string(q.days_since)});
    }
    out += table.Render();
  }
  return out;
}

int Run(StatsCommandOptions& options) {
  Messages messages(options.query.quiet);
  PrepareStdout();
  if (!FinishEventFilter(options.query, messages)) return kExitUsage;
  store::StatsOptions stats_options;
  stats_options.filter = options.query.filter;
  store::ParsePeriod(options.by, &stats_options.period);  // checked by CLI11
  stats_options.as_of = options.as_of;
  stats_options.top = options.top;
  std::unique_ptr<store::Reader> reader = OpenStoreOrSay(options.query.db, messages);
  if (!reader) return kExitUsage;
  Result<store::EventStats> stats = store::ComputeStats(*reader, stats_options);
  if (!stats.ok()) {
    messages.Fatal(stats.status().message());
    return stats.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitSomeFailed;
  }
  std::string out;
  if (options.format == "json") {
    store::AppendStatsJson(stats.value(), out);
    out += '\n';
  } else {
    Result<store::StoreCounts> counts = reader->Counts();
    if (!counts.ok()) {
      messages.Fatal(counts.status().message());
      return kExitSomeFailed;
    }
    out = Render(stats.value(), counts.value());
  }
  WriteStdout(out);
  FlushStdout();
  return kExitOk;
}

}  // namespace

void AddStatsCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<StatsCommandOptions>();
  CLI::App* command = app.add_subcommand("stats", "Summarise the store: events and fatalities by period, type, actor, place");
  AddEventFilterOptions(*command, &options->query);
  command->add_option("--by", options->by, "Period: week (default) or month")->check(CLI::IsMember({"week", "month"}));
  command->add_option("--as-of", options->as_of, "Count \"days since\" to this date (default: the newest event)");
  command->add_option("--top", options->top, "Rows in the actor and province lists (default 15)")
      ->check(CLI::Range(1, 100000));
  command->add_option("--format", options->format, "table (default) or json")->check(CLI::IsMember({"table", "json"}));
  command->callback([options, run] { *run = [options] { return Run(*options); }; });
}

}  // namespace sitrep::cli
