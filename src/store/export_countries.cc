#include "store/export_countries.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "core/ascii.h"
#include "core/data.h"
#include "core/split.h"

namespace sitrep::store {
namespace {

struct CountryTable {
  std::vector<CountryCodes> entries;
  std::unordered_map<std::string, std::size_t> by_iso2;  // lower-case key
  std::unordered_map<std::string, std::size_t> by_any;   // lower-case iso2, iso3, names, aliases
};

const CountryTable& Table() {
  static const CountryTable* table = [] {
    auto* t = new CountryTable;
    for (std::string_view line : DataLines(EmbeddedData("actors/states.tsv"))) {
      std::vector<std::string_view> cols = SplitFields(line);
      if (cols.size() < 3 || cols[0] == "iso2" || cols[0].size() != 2 || cols[1].size() != 3) continue;
      const std::size_t index = t->entries.size();
      t->entries.push_back({std::string(cols[0]), std::string(cols[1]), std::string(cols[2])});
      t->by_iso2.emplace(AsciiLower(cols[0]), index);
      // The first entry to claim a key keeps it: codes are unique, and an
      // alias shared by two states stays with the one listed first.
      t->by_any.emplace(AsciiLower(cols[0]), index);
      t->by_any.emplace(AsciiLower(cols[1]), index);
      t->by_any.emplace(AsciiLower(cols[2]), index);
      if (cols.size() > 3 && !cols[3].empty()) t->by_any.emplace(AsciiLower(cols[3]), index);
      if (cols.size() > 4) {
        for (std::string_view alias : SplitList(cols[4], '|')) t->by_any.emplace(AsciiLower(alias), index);
      }
    }
    return t;
  }();
  return *table;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

const CountryCodes* CountryByIso2(std::string_view iso2) {
  const CountryTable& t = Table();
  auto it = t.by_iso2.find(AsciiLower(iso2));
  return it == t.by_iso2.end() ? nullptr : &t.entries[it->second];
}

std::string ResolveCountry(std::string_view text) {
  const CountryTable& t = Table();
  std::string key = AsciiLower(Trim(text));
  if (key.size() > 4 && key.compare(0, 4, "the ") == 0) key.erase(0, 4);
  auto it = t.by_any.find(key);
  return it == t.by_any.end() ? std::string() : t.entries[it->second].iso2;
}

}  // namespace sitrep::store
