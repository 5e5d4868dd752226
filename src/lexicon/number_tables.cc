#include "lexicon/number_tables.h"

#include <charconv>
#include <string>

#include "core/data.h"
#include "core/split.h"

namespace sitrep::lexicon {
namespace {

Status Bad(std::string_view file, std::string_view line) {
  return Status::Corruption("lexicon/" + std::string(file) + ": bad line: " + std::string(line));
}

std::string_view File(std::string_view name) { return EmbeddedData("lexicon/" + std::string(name)); }

}  // namespace

Result<std::unique_ptr<NumberTables>> NumberTables::Load() {
  auto t = std::make_unique<NumberTables>();
  Vocabulary& v = t->vocab;
  for (std::string_view name :
       {"number_words.tsv", "number_qualifiers.tsv", "vague_amounts.tsv", "number_contexts.tsv", "range_connectors.tsv"}) {
    if (File(name).empty()) return Status::NotFound("lexicon/" + std::string(name) + " is not embedded");
  }
  Status s = t->numbers.Load(File("number_words.tsv"), v);
  if (!s.ok()) return s;

  static constexpr std::pair<std::string_view, NumberQualifier> kQualifiers[] = {
      {"at_least", NumberQualifier::kAtLeast}, {"more_than", NumberQualifier::kMoreThan},
      {"up_to", NumberQualifier::kUpTo},       {"about", NumberQualifier::kAbout}};
  for (std::string_view line : DataLines(File("number_qualifiers.tsv"))) {
    auto f = SplitFields(line);
    bool known = false;
    for (const auto& [name, q] : kQualifiers) {
      if (f.size() >= 2 && f[1] == name) {
        t->qualifiers.Add(InternPhrase(f[0], v), static_cast<int>(q));
        known = true;
      }
    }
    if (!known) return Bad("number_qualifiers.tsv", line);
  }
  for (std::string_view line : DataLines(File("vague_amounts.tsv"))) {
    auto f = SplitFields(line);
    std::int64_t value = 0;
    if (f.size() < 2 || std::from_chars(f[1].data(), f[1].data() + f[1].size(), value).ec != std::errc() ||
        value < 0) {
      return Bad("vague_amounts.tsv", line);
    }
    t->vague.Add(InternPhrase(f[0], v), static_cast<int>(t->vague_values.size()));
    t->vague_values.push_back(value);
  }
  for (std::string_view line : DataLines(File("number_contexts.tsv"))) {
    auto f = SplitFields(line);
    if (f.size() < 2 || f[1].empty()) return Bad("number_contexts.tsv", line);
    const int capital = f[1][0] >= 'A' && f[1][0] <= 'Z' ? 1 : 0;
    std::vector<int> ids = InternPhrase(f[1], v);
    if (f[0] == "before") t->before.Add(ids, capital);
    else if (f[0] == "after") t->after.Add(ids, capital);
    else if (f[0] == "starts") t->starts.Add(ids, capital);
    else return Bad("number_contexts.tsv", line);
  }
  std::vector<std::pair<int, bool>> joins;  // (id, after "between" only)
  for (std::string_view line : DataLines(File("range_connectors.tsv"))) {
    auto f = SplitFields(line);
    if (f.size() < 2) return Bad("range_connectors.tsv", line);
    if (f[1] == "numbers" || f[1] == "both") joins.emplace_back(v.Intern(f[0]), false);
    else if (f[1] == "between") joins.emplace_back(v.Intern(f[0]), true);
  }
  t->id_between = v.Intern("between");
  t->id_from = v.Intern("from");
  t->id_hyphen = v.Intern("-");
  t->connector.assign(v.size(), 0);
  t->between_and.assign(v.size(), 0);
  for (const auto& [id, between_only] : joins) (between_only ? t->between_and : t->connector)[id] = 1;
  return t;
}

}  // namespace sitrep::lexicon
