// sitrep alerts: provinces whose events or fatalities this week rose
// significantly above their own recent baseline (docs/ALERTS.md).
#include <string>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/events_options.h"
#include "cli/messages.h"
#include "cli/output.h"
#include "store/alerts.h"

namespace sitrep::cli {
namespace {

struct AlertsCommandOptions {
  EventFilterOptions query;
  int weeks = 8;
  std::string as_of;
  bool all = false;
  std::string format = "table";
};

std::string PValue(double p) { return p < 0.0001 ? "<0.0001" : fmt::format("{:.4f}", p); }

std::string Render(const store::AlertReport& r, bool all) {
  if (r.as_of.empty()) return "no dated events: nothing to compare\n";
  std::string out = fmt::format("week {} to {} against the {} weeks from {}\n", r.week_start, r.as_of,
                                r.baseline_weeks, r.baseline_start);
  if (r.provinces.empty()) {
    out += all ? "no events in that period\n" : "no significant rise in any province\n";
    return out;
  }
  TextTable table({{"COUNTRY", 7},
                   {"PROVINCE", 40},
                   {"EVENTS", 6, true},
                   {"BASELINE", 8, true},
                   {"P", 8, true},
                   {"FATAL", 6, true},
                   {"BASELINE", 8, true},
                   {"P", 8, true},
                   {"ALERT", 18}});
  for (const store::ProvinceWeek& p : r.provinces) {
    std::string alert;
    if (p.events_alert) alert = "events";
    if (p.fatalities_alert) alert += alert.empty() ? "fatalities" : "+fatalities";
    table.AddRow({p.country, p.admin1, std::to_string(p.events), fmt::format("{:.1f}", p.baseline_events),
                  PValue(p.p_events), std::to_string(p.fatalities), fmt::format("{:.1f}", p.baseline_fatalities),
                  PValue(p.p_fatalities), alert});
  }
  return out + table.Render();
}

int Run(AlertsCommandOptions& options) {
  Messages messages(options.query.quiet);
  PrepareStdout();
  if (!FinishEventFilter(options.query, messages)) return kExitUsage;
  store::AlertOptions alert_options;
  alert_options.filter = options.query.filter;
  alert_options.baseline_weeks = options.weeks;
  alert_options.as_of = options.as_of;
  alert_options.flagged_only = !options.all;
  std::unique_ptr<store::Reader> reader = OpenStoreOrSay(options.query.db, messages);
  if (!reader) return kExitUsage;
  Result<store::AlertReport> report = store::ComputeAlerts(*reader, alert_options);
  if (!report.ok()) {
    messages.Fatal(report.status().message());
    return report.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitSomeFailed;
  }
  std::string out;
  if (options.format == "json") {
    store::AppendAlertsJson(report.value(), out);
    out += '\n';
  } else {
    out = Render(report.value(), options.all);
  }
  WriteStdout(out);
  FlushStdout();
  return kExitOk;
}

}  // namespace

void AddAlertsCommand(CLI::App& app, CommandRun* run) {
  auto options = std::make_shared<AlertsCommandOptions>();
  CLI::App* command = app.add_subcommand("alerts", "Provinces whose weekly events or fatalities rose above their baseline");
  AddEventFilterOptions(*command, &options->query, /*with_dates=*/false);
  command->add_option("--weeks", options->weeks, "Baseline length in weeks (2-52, default 8)")->check(CLI::Range(2, 52));
  command->add_option("--as-of", options->as_of, "Last day of the week to test (default: the newest event)");
  command->add_flag("--all", options->all, "List every province active in the period, not only alerts");
  command->add_option("--format", options->format, "table (default) or json")->check(CLI::IsMember({"table", "json"}));
  command->callback([options, run] { *run = [options] { return Run(*options); }; });
}

}  // namespace sitrep::cli
