#include "eval/table_mappings.h"

#include <cctype>

#include "core/data.h"
#include "core/split.h"
#include "eval/field_normalize.h"

namespace sitrep::eval {
namespace {

// The rows of a TSV data file, its header row skipped.
std::vector<std::vector<std::string_view>> TsvRows(std::string_view path) {
  std::vector<std::vector<std::string_view>> rows;
  bool header = true;
  for (std::string_view line : DataLines(EmbeddedData(path))) {
    if (header) {
      header = false;
      continue;
    }
    rows.push_back(SplitFields(line));
  }
  return rows;
}

std::vector<std::string> FoldedList(std::string_view bar_separated) {
  std::vector<std::string> out;
  for (std::string_view part : SplitList(bar_separated, '|')) {
    std::string folded = FoldText(part);
    if (!folded.empty()) out.push_back(std::move(folded));
  }
  return out;
}

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

ScoringTables::ScoringTables() {
  for (const auto& row : TsvRows("eval/countries.tsv")) {
    if (row.size() < 3 || row[0].size() != 2) continue;
    const std::string iso2 = Upper(row[0]);
    const std::string iso3 = Upper(row[1]);
    iso3_by_iso2_[iso2] = iso3;
    iso3_codes_.insert(iso3);
    country_by_name_[FoldText(iso2)] = iso2;
    country_by_name_[FoldText(iso3)] = iso2;
    for (std::string& name : FoldedList(row[2])) country_by_name_.emplace(std::move(name), iso2);
  }
  for (const auto& row : TsvRows("eval/gold_code_aliases.tsv")) {
    if (row.size() >= 2) gold_code_iso3_[Upper(row[0])] = Upper(row[1]);
  }
  for (const auto& row : TsvRows("eval/acled_event_types.tsv")) {
    if (row.size() < 2) continue;
    const std::string gold = FoldText(row[0]);
    event_types_[gold] = FoldedList(row[1]);
    if (row.size() >= 3) implied_sub_types_[gold] = FoldedList(row[2]);
  }
  for (const auto& row : TsvRows("eval/gtd_attack_types.tsv")) {
    if (row.size() >= 2) gtd_attack_types_[FoldText(row[0])] = FoldedList(row[1]);
  }
  for (const auto& row : TsvRows("eval/actor_aliases.tsv")) {
    if (row.size() < 2) continue;
    const std::string canonical = FoldText(row[0]);
    for (std::string& alias : FoldedList(row[1])) actor_alias_.emplace(std::move(alias), canonical);
  }
  // The actor dictionary's organisations: every name of one organisation
  // keys to it. (An alias may name two organisations, "Maoists"; the first
  // listed keeps it, as in the dictionary's own matching order.)
  for (const auto& row : TsvRows("actors/organizations.tsv")) {
    if (row.size() < 3 || row[0] == "id") continue;
    const std::string key = "org:" + std::string(row[0]);
    organization_key_.emplace(FoldText(row[1]), key);
    for (std::string_view alias : SplitList(row[2], '|')) {
      if (alias.starts_with("~")) alias.remove_prefix(1);
      if (!alias.empty()) organization_key_.emplace(FoldText(alias), key);
    }
  }
  for (std::string_view line : DataLines(EmbeddedData("eval/place_suffixes.txt"))) {
    place_suffixes_.insert(FoldText(line));
  }
  for (auto [path, map] : {std::pair{"eval/admin1_equivalents.tsv", &admin1_equivalents_},
                            std::pair{"eval/admin2_equivalents.tsv", &admin2_equivalents_}}) {
    for (const auto& row : TsvRows(path)) {
      if (row.size() < 3) continue;
      std::vector<std::string>& current = (*map)[FoldText(row[1])];
      for (std::string_view name : SplitList(row[2], '|')) current.emplace_back(name);
    }
  }
  for (const auto& row : TsvRows("eval/months.tsv")) {
    if (row.size() < 2) continue;
    const int month = std::atoi(std::string(row[0]).c_str());
    if (month < 1 || month > 12) continue;
    for (std::string& name : FoldedList(row[1])) months_[std::move(name)] = month;
  }
}

const ScoringTables& ScoringTables::Default() {
  static const ScoringTables* const tables = new ScoringTables();
  return *tables;
}

std::string ScoringTables::CountryIso2(std::string_view name_or_code) const {
  auto it = country_by_name_.find(FoldText(name_or_code));
  return it == country_by_name_.end() ? std::string() : it->second;
}

std::string ScoringTables::Iso3(std::string_view iso2) const {
  auto it = iso3_by_iso2_.find(Upper(iso2));
  return it == iso3_by_iso2_.end() ? std::string() : it->second;
}

std::string ScoringTables::GoldCodeIso3(std::string_view code) const {
  std::string upper = Upper(code);
  if (auto it = gold_code_iso3_.find(upper); it != gold_code_iso3_.end()) return it->second;
  return iso3_codes_.count(upper) ? upper : std::string();
}

std::vector<std::string> ScoringTables::AcceptedEventTypes(std::string_view gold_event_type) const {
  std::string folded = FoldText(gold_event_type);
  auto it = event_types_.find(folded);
  if (it == event_types_.end() || it->second.empty()) return {folded};
  return it->second;
}

std::vector<std::string> ScoringTables::ImpliedSubEventTypes(std::string_view gold_event_type) const {
  auto it = implied_sub_types_.find(FoldText(gold_event_type));
  return it == implied_sub_types_.end() ? std::vector<std::string>() : it->second;
}

std::vector<std::string> ScoringTables::GtdAttackTypes(std::string_view acled_sub_event_type) const {
  auto it = gtd_attack_types_.find(FoldText(acled_sub_event_type));
  return it == gtd_attack_types_.end() ? std::vector<std::string>() : it->second;
}

std::string ScoringTables::CanonicalActor(std::string_view folded_name) const {
  auto it = actor_alias_.find(std::string(folded_name));
  std::string name = it == actor_alias_.end() ? std::string(folded_name) : it->second;
  auto org = organization_key_.find(name);
  return org == organization_key_.end() ? name : org->second;
}

const std::vector<std::string>& ScoringTables::Admin1Equivalents(std::string_view folded_gold) const {
  static const std::vector<std::string> kNone;
  auto it = admin1_equivalents_.find(std::string(folded_gold));
  return it == admin1_equivalents_.end() ? kNone : it->second;
}

const std::vector<std::string>& ScoringTables::Admin2Equivalents(std::string_view folded_gold) const {
  static const std::vector<std::string> kNone;
  auto it = admin2_equivalents_.find(std::string(folded_gold));
  return it == admin2_equivalents_.end() ? kNone : it->second;
}

bool ScoringTables::IsPlaceSuffix(std::string_view folded_word) const {
  return place_suffixes_.count(std::string(folded_word)) > 0;
}

int ScoringTables::MonthNumber(std::string_view folded_word) const {
  auto it = months_.find(std::string(folded_word));
  return it == months_.end() ? 0 : it->second;
}

}  // namespace sitrep::eval
