// Coverage of place recognition on the dev gold files (/work/shared/gold):
// how often the gold country, province (admin1) and location are among the
// places recognised in each row's text. Prints figures for the first half
// (development) and second half (check) of each file separately; asserts
// nothing about them (they are measurements, not contracts).
#include <gtest/gtest.h>
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "lexicon/gazetteer_format.h"
#include "lexicon/place_normalize.h"
#include "lexicon/place_type_words.h"
#include "place_test_util.h"

namespace sitrep::lexicon::testing {
namespace {

namespace fs = std::filesystem;
namespace gf = gazetteer_format;

const fs::path kGoldDir = fs::path(SITREP_SOURCE_DIR) / ".." / "shared" / "gold";

struct Tally {
  std::size_t rows = 0;
  std::size_t country_n = 0, country_hit = 0;
  std::size_t admin1_n = 0, admin1_hit = 0, admin1_strict_hit = 0;
  std::size_t location_n = 0, location_hit = 0;
  std::size_t location_known = 0, location_known_hit = 0;
  // Mentions in a country other than the gold one: a proxy for false places
  // (some are real: neighbouring countries, capitals of other parties).
  std::size_t mentions = 0, foreign_mentions = 0;  // gold locations the gazetteer has a name for
};

// A name's key without a trailing type word ("Nangarhar Province" -> "nangarhar").
std::string BareKey(std::string_view name) {
  const NameNormalizer& norm = NameNormalizer::Default();
  std::vector<std::string> tokens = norm.Tokens(name);
  while (tokens.size() > 1 && PlaceTypeWords::Default().Find(tokens.back()) != nullptr) tokens.pop_back();
  return norm.JoinKey(tokens, 0, tokens.size());
}

// Keys of every gazetteer entity of `kind` the gold name may denote (through
// the name table, so curated aliases count), plus the name's own key.
std::set<std::string> Equivalents(std::string_view gold, Gazetteer::Kind kind) {
  const PlaceRecognizer& r = BuiltinPlaces();
  std::set<std::string> keys{BareKey(gold)};
  for (std::string_view variant : {gold}) {
    for (const std::string& key : {NameNormalizer::Default().Key(variant), BareKey(variant)}) {
      for (std::uint32_t p : r.gazetteer().Lookup(key)) {
        std::uint32_t e = p & gf::kPostingEntityMask;
        if ((p & gf::kPostingDemonym) || e >= r.gazetteer().entity_count()) continue;
        if (r.gazetteer().entity(e).kind == kind) keys.insert(BareKey(r.gazetteer().Name(e)));
      }
    }
  }
  return keys;
}

std::string Field(simdjson::dom::element obj, const char* name) {
  std::string_view s;
  if (obj[name].get_string().get(s)) return {};
  return std::string(s);
}

// PLACE_COVERAGE_MISSES=1 prints the misses of the first half (the
// development half); =2 those of the second.
bool ShowMiss(std::size_t row, std::size_t rows) {
  const char* v = std::getenv("PLACE_COVERAGE_MISSES");
  if (v == nullptr) return false;
  return (row < rows / 2) == (v[0] == '1');
}

void Measure(const fs::path& path, Tally halves[2]) {
  std::vector<std::string> lines;
  {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return;
    std::string line;
    int c;
    while ((c = std::fgetc(f)) != EOF) {
      if (c == '\n') { lines.push_back(std::move(line)); line.clear(); } else line.push_back(static_cast<char>(c));
    }
    if (!line.empty()) lines.push_back(line);
    std::fclose(f);
  }
  simdjson::dom::parser parser;
  const PlaceRecognizer& r = BuiltinPlaces();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Tally& t = halves[i < lines.size() / 2 ? 0 : 1];
    simdjson::dom::element row;
    if (parser.parse(lines[i]).get(row)) continue;
    std::string text = Field(row, "text");
    simdjson::dom::element gold;
    if (row["gold"].get(gold)) continue;
    std::string country = Field(gold, "country"), admin1 = Field(gold, "admin1"), location = Field(gold, "location");
    if (text.empty()) continue;
    ++t.rows;
    Document doc = Places(text, r);
    std::set<std::string> countries, admin1s, strict_admin1s, locations;
    for (const PlaceMention& m : doc.places) {
      countries.insert(BareKey(m.place.country_name));
      if (!m.place.admin1.empty()) admin1s.insert(BareKey(m.place.admin1));
      // Some coders' "admin1" is GeoNames' admin2 (Philippine provinces
      // under GeoNames regions): counted, and said so in the report.
      if (!m.place.admin2.empty()) admin1s.insert(BareKey(m.place.admin2));
      if (m.place.kind == "province") admin1s.insert(BareKey(m.place.name));
      if (!m.place.admin1.empty()) strict_admin1s.insert(BareKey(m.place.admin1));
      if (m.place.kind == "province") strict_admin1s.insert(BareKey(m.place.name));
      locations.insert(BareKey(m.place.name));
      if (!m.place.admin2.empty()) locations.insert(BareKey(m.place.admin2));
      locations.insert(BareKey(doc.Slice(m.start, m.end)));
    }
    auto hit = [](const std::set<std::string>& want, const std::set<std::string>& have) {
      for (const std::string& k : want) if (have.count(k)) return true;
      return false;
    };
    if (!country.empty()) {
      std::set<std::string> want = Equivalents(country, Gazetteer::Kind::kCountry);
      for (const PlaceMention& m : doc.places) {
        ++t.mentions;
        if (!want.count(BareKey(m.place.country_name))) {
          ++t.foreign_mentions;
          if (std::getenv("PLACE_COVERAGE_FOREIGN") && i < lines.size() / 2) {
            std::printf("FOREIGN %s -> %s (%s) | gold %s\n", std::string(doc.Slice(m.start, m.end)).c_str(),
                        m.place.name.c_str(), m.place.country.c_str(), country.c_str());
          }
        }
      }
      ++t.country_n;
      if (hit(Equivalents(country, Gazetteer::Kind::kCountry), countries)) ++t.country_hit;
      else if (ShowMiss(i, lines.size())) {
        std::string found;
        for (const PlaceMention& m : doc.places) found += std::string(doc.Slice(m.start, m.end)) + "=" + m.place.country + " ";
        std::printf("MISS country %s [%s] || %s\n", country.c_str(), found.c_str(), text.substr(0, 250).c_str());
      }
    }
    if (!admin1.empty()) {
      ++t.admin1_n;
      std::set<std::string> want = Equivalents(admin1, Gazetteer::Kind::kProvince);
      for (const std::string& k : Equivalents(admin1, Gazetteer::Kind::kDistrict)) want.insert(k);
      bool ok = hit(want, admin1s);
      if (hit(Equivalents(admin1, Gazetteer::Kind::kProvince), strict_admin1s)) ++t.admin1_strict_hit;
      if (ok) ++t.admin1_hit;
      else if (ShowMiss(i, lines.size())) std::printf("MISS admin1 %s | %s\n", admin1.c_str(), country.c_str());
    }
    if (!location.empty()) {
      ++t.location_n;
      bool found = hit({BareKey(location)}, locations);
      bool known = !BuiltinPlaces().gazetteer().Lookup(BareKey(location)).empty() ||
                   !BuiltinPlaces().gazetteer().Lookup(NameNormalizer::Default().Key(location)).empty();
      if (known) ++t.location_known;
      if (known && found) ++t.location_known_hit;
      if (found) ++t.location_hit;
      else if (known && ShowMiss(i, lines.size())) std::printf("MISS known location %s | %s | %s || %s\n", location.c_str(), admin1.c_str(), country.c_str(), text.substr(0, 300).c_str());
      else if (ShowMiss(i, lines.size())) std::printf("MISS location %s | %s | %s\n", location.c_str(), admin1.c_str(), country.c_str());
    }
  }
}

double Rate(std::size_t hit, std::size_t n) { return n == 0 ? 0 : static_cast<double>(hit) / static_cast<double>(n); }

TEST(PlaceCoverage, DevGoldFiles) {
  if (!fs::is_directory(kGoldDir)) GTEST_SKIP() << "no gold files at " << kGoldDir << " (../shared is absent)";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kGoldDir)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 10 && name.substr(name.size() - 10) == ".dev.jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (const char* only = std::getenv("PLACE_COVERAGE_FILE")) {
    std::erase_if(files, [&](const fs::path& p) { return p.filename().string().find(only) == std::string::npos; });
  }
  for (const fs::path& path : files) {
    Tally halves[2];
    auto t0 = std::chrono::steady_clock::now();
    Measure(path, halves);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (halves[0].country_n + halves[0].admin1_n + halves[0].location_n == 0) {
      std::printf("coverage %-26s no place fields in the gold\n", path.filename().c_str());
      continue;
    }
    for (int h = 0; h < 2; ++h) {
      const Tally& t = halves[h];
      std::printf("coverage %-26s %s rows %5zu  country %.3f (%zu)  admin1 %.3f strict %.3f (%zu)  location %.3f (%zu) of known %.3f (%zu)  foreign %.3f of %zu\n",
                  path.filename().c_str(), h == 0 ? "half1" : "half2", t.rows, Rate(t.country_hit, t.country_n),
                  t.country_n, Rate(t.admin1_hit, t.admin1_n), Rate(t.admin1_strict_hit, t.admin1_n), t.admin1_n,
                  Rate(t.location_hit, t.location_n), t.location_n, Rate(t.location_known_hit, t.location_known),
                  t.location_known, Rate(t.foreign_mentions, t.mentions), t.mentions);
    }
    std::printf("coverage %-28s %.2f s\n", path.filename().c_str(), secs);
  }
}

}  // namespace
}  // namespace sitrep::lexicon::testing
