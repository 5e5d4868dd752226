#include "eval/table_format.h"

#include <fmt/format.h>

#include "core/json_writer.h"
#include "core/utf8.h"

namespace sitrep::eval {
namespace {

// Strings from gold files and documents are valid UTF-8, but excerpts of
// arbitrary input are repaired before they go into JSON.
std::string Valid(const std::string& text) {
  std::string copy = text;
  RepairUtf8(copy);
  return copy;
}

}  // namespace

std::string FormatTable(const ScoreTable& table) {
  std::string out = fmt::format("{}: {} ({} rows, {:.2f} s in the pipeline)\n", table.name(), table.source,
                                table.rows, table.seconds);
  out += fmt::format("  {:<18} {:>6} {:>9} {:>9}  {}\n", "field", "n", "agreement", "baseline", "baseline answer");
  for (const auto& [field, tally] : table.fields()) {
    std::string baseline = tally.has_baseline() ? fmt::format("{:.4f}", tally.Baseline()) : "-";
    std::string answer = tally.has_baseline() ? tally.BaselineAnswer() : "";
    if (answer.size() > 40) answer = answer.substr(0, 40) + "...";
    out += fmt::format("  {:<18} {:>6} {:>9.4f} {:>9}  {}\n", field, tally.n(), tally.Agreement(), baseline, answer);
  }
  return out;
}

std::string FormatTablesJson(const std::vector<const ScoreTable*>& tables) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("tables");
  w.BeginArray();
  for (const ScoreTable* table : tables) {
    w.BeginObject();
    w.Key("name");
    w.String(Valid(table->name()));
    w.Key("source");
    w.String(Valid(table->source));
    w.Key("rows");
    w.Int(static_cast<std::int64_t>(table->rows));
    w.Key("seconds");
    w.Double(table->seconds, 3);
    w.Key("fields");
    w.BeginArray();
    for (const auto& [field, tally] : table->fields()) {
      w.BeginObject();
      w.Key("field");
      w.String(field);
      w.Key("n");
      w.Int(static_cast<std::int64_t>(tally.n()));
      w.Key("agreed");
      w.Int(static_cast<std::int64_t>(tally.agreed()));
      w.Key("agreement");
      w.Double(tally.Agreement());
      w.Key("baseline");
      if (tally.has_baseline()) {
        w.Double(tally.Baseline());
      } else {
        w.Null();
      }
      w.Key("baseline_answer");
      w.StringOrNull(Valid(tally.has_baseline() ? tally.BaselineAnswer() : std::string()));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out += '\n';
  return out;
}

std::string FormatDisagreements(const std::string& table_name, const std::vector<Disagreement>& disagreements) {
  std::string out;
  for (const Disagreement& d : disagreements) {
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("table");
    w.String(Valid(table_name));
    w.Key("id");
    w.String(Valid(d.id));
    w.Key("field");
    w.String(Valid(d.field));
    w.Key("gold");
    w.String(Valid(d.gold));
    w.Key("predicted");
    w.String(Valid(d.predicted));
    w.Key("text");
    w.String(Valid(d.excerpt));
    w.EndObject();
    out += '\n';
  }
  return out;
}

std::map<std::string, double> TableMetrics(const std::vector<const ScoreTable*>& tables) {
  std::map<std::string, double> metrics;
  for (const ScoreTable* table : tables) {
    for (const auto& [field, tally] : table->fields()) {
      if (tally.n() == 0) continue;
      metrics[table->name() + ":" + field] = tally.Agreement();
      if (tables.size() == 1) metrics[field] = tally.Agreement();
    }
  }
  return metrics;
}

}  // namespace sitrep::eval
