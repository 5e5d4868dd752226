#include "eval/gold_run.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <utility>

#include "eval/gold_row.h"
#include "eval/gold_score.h"

namespace sitrep::eval {

std::vector<std::size_t> SelectRows(std::size_t total, const RowSelection& selection) {
  const std::size_t parts = static_cast<std::size_t>(std::max(1, selection.parts));
  const std::size_t part = static_cast<std::size_t>(std::clamp(selection.part, 0, static_cast<int>(parts) - 1));
  std::vector<std::size_t> rows;
  if (selection.contiguous) {
    const std::size_t begin = total * part / parts;
    const std::size_t end = total * (part + 1) / parts;
    for (std::size_t i = begin; i < end; ++i) rows.push_back(i);
  } else {
    for (std::size_t i = part; i < total; i += parts) rows.push_back(i);
  }
  if (selection.limit > 0 && rows.size() > selection.limit) rows.resize(selection.limit);
  return rows;
}

Result<GoldRunReport> RunGoldFile(const std::string& path, const Pipeline& pipeline, const GoldRunOptions& options,
                                  const ScoringTables& tables) {
  Result<GoldFile> file = ReadGoldFile(path);
  if (!file.ok()) return file.status();
  GoldFile& gold = file.value();

  std::string name = !gold.rows.empty() && !gold.rows.front().dataset.empty()
                         ? gold.rows.front().dataset
                         : std::filesystem::path(path).filename().string();
  GoldScorer scorer(name, tables);
  scorer.set_collect_disagreements(options.collect_disagreements);
  double seconds = 0;
  for (std::size_t index : SelectRows(gold.rows.size(), options.selection)) {
    const GoldRow& row = gold.rows[index];
    RawDocument raw;
    raw.id = row.id;
    raw.source = path;
    raw.line = row.line;
    raw.format = ContentFormat::kText;
    raw.content = row.text;
    raw.meta.published = row.published;
    if (options.outlet_from_gold) {
      if (std::optional<std::string_view> outlet = row.String("source")) raw.meta.outlet = std::string(*outlet);
    }
    auto start = std::chrono::steady_clock::now();
    Document doc = pipeline.Process(std::move(raw));
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    scorer.Add(row, doc.events);
  }

  GoldRunReport report;
  report.table = std::move(scorer.table());
  report.table.source = path;
  report.table.seconds = seconds;
  report.disagreements = std::move(scorer.disagreements());
  report.problems = std::move(gold.problems);
  return report;
}

}  // namespace sitrep::eval
