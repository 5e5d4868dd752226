// Coverage of the actor recogniser on the shared gold files: how often the
// gold perpetrator (GTD `perpetrator`) or first actor (ACLED `actor1`) is among
// the actors recognised in the row's text. Reads ../shared at run time and
// skips when it is absent. Development uses the first half of each file; both
// halves are printed.
//
// Name comparison (docs/ACTORS.md, "Coverage"): a gold name matches a
// recognised actor when, after normalisation (case, diacritics and
// punctuation folded; a year range "(2014-)" and everything after it dropped;
// a trailing " Militia" dropped), it equals the actor's name, or when the gold
// name (whole, after an "ACRONYM: " prefix, before or inside its final
// parentheses) is an alias of the same dictionary entry. "X and/or Y" matches
// when either does.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lexicon/actor_test_util.h"
#include "lexicon/actor_words.h"

namespace sitrep::lexicon {
namespace {

const std::string kGoldDir = std::string(SITREP_SOURCE_DIR) + "/../shared/gold/";

std::string StripDecorations(std::string name) {
  // "(2014-)" / "(2014-2021)" and anything after it (ACLED sub-units).
  for (std::size_t p = name.find('('); p != std::string::npos; p = name.find('(', p + 1)) {
    if (p + 5 < name.size() && isdigit(static_cast<unsigned char>(name[p + 1])) &&
        isdigit(static_cast<unsigned char>(name[p + 4])) && name[p + 5] == '-') {
      name.resize(p);
      break;
    }
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  const std::string militia = " Militia";
  if (name.size() > militia.size() && name.compare(name.size() - militia.size(), militia.size(), militia) == 0) {
    name.resize(name.size() - militia.size());
  }
  return name;
}

// Dictionary entry ids ("org:<id>" or "state:XX") the gold name may stand for.
std::set<std::string> ResolveIds(const ActorDictionary& d, const std::string& name) {
  std::vector<std::string> forms = {name};
  std::size_t colon = name.find(": ");
  if (colon != std::string::npos) forms.push_back(name.substr(colon + 2));
  std::size_t open = name.rfind(" (");
  if (open != std::string::npos && name.back() == ')') {
    forms.push_back(name.substr(0, open));
    forms.push_back(name.substr(open + 2, name.size() - open - 3));
  }
  std::set<std::string> ids;
  for (const std::string& form : forms) {
    const std::vector<PhraseHit>* hits = d.Find(NormalizePhrase(form));
    if (hits == nullptr) continue;
    for (const PhraseHit& h : *hits) {
      if (h.kind == ActorKind::kOrganization) ids.insert(d.organizations()[h.index].id);
    }
  }
  return ids;
}

bool Matches(const ActorDictionary& d, const std::string& gold, const Document& doc) {
  std::size_t either = gold.find(" and/or ");
  if (either != std::string::npos) {
    std::string left = gold.substr(0, either);
    std::string right = gold.substr(either + 8);
    // "Taliban and/or Islamic State (Afghanistan)": the country belongs to both.
    std::size_t paren = right.rfind(" (");
    return Matches(d, left, doc) || Matches(d, right, doc) ||
           (paren != std::string::npos && Matches(d, left + right.substr(paren), doc));
  }
  std::string stripped = StripDecorations(gold);
  std::string key = NormalizePhrase(stripped);
  std::set<std::string> ids = ResolveIds(d, stripped);
  for (const ActorMention& m : doc.actors) {
    if (NormalizePhrase(StripDecorations(m.name)) == key) return true;
    if (!m.id.empty() && ids.count(m.id) != 0) return true;
  }
  return false;
}

struct Tally {
  int rows = 0, hits = 0;
  long distinct_actors = 0;  // distinct recognised names, summed over rows: how generous "among" is
  std::map<std::string, int> misses;
};

// ISO2 of a gold country name, "" if the dictionary does not know it.
std::string CountryCode(const ActorDictionary& d, const std::string& name) {
  const std::vector<PhraseHit>* hits = d.Find(NormalizePhrase(name));
  if (hits == nullptr) return "";
  for (const PhraseHit& h : *hits) {
    if (h.kind == ActorKind::kState) return d.states()[h.index].iso2;
  }
  return "";
}

// with_country: the row's gold country is given to the recogniser as a
// resolved place, standing in for what the gazetteer finds in the text.
void Measure(const std::string& file, const char* field, bool with_country, Tally halves[2]) {
  simdjson::ondemand::parser parser;
  simdjson::padded_string json = simdjson::padded_string::load(kGoldDir + file).value();
  struct Row {
    std::string text, actor, country;
  };
  std::vector<Row> rows;
  simdjson::ondemand::document_stream stream = parser.iterate_many(json).value();
  for (auto doc_result : stream) {
    simdjson::ondemand::document_reference row = doc_result.value();
    std::string text(std::string_view(row["text"].get_string().value()));
    simdjson::ondemand::value gold = row["gold"].value();
    std::string actor;
    simdjson::ondemand::value a;
    if (gold[field].get(a) == simdjson::SUCCESS && !a.is_null()) actor = std::string(std::string_view(a.get_string().value()));
    std::string country;
    simdjson::ondemand::value c;
    if (gold["country"].get(c) == simdjson::SUCCESS && !c.is_null()) country = std::string(std::string_view(c.get_string().value()));
    rows.push_back({std::move(text), std::move(actor), std::move(country)});
  }
  const ActorRecognizer& r = testing::Recognizer();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].actor.empty()) continue;
    Tally& t = halves[i < rows.size() / 2 ? 0 : 1];
    Document doc = testing::MakeDocument(rows[i].text);
    if (with_country) {
      PlaceMention place;
      place.place.country = CountryCode(r.dictionary(), rows[i].country);
      doc.places.push_back(place);
    }
    r.Annotate(doc);
    ++t.rows;
    std::set<std::string> names;
    for (const ActorMention& m : doc.actors) names.insert(m.name);
    t.distinct_actors += static_cast<long>(names.size());
    if (Matches(r.dictionary(), rows[i].actor, doc)) {
      ++t.hits;
    } else {
      ++t.misses[rows[i].actor];
    }
  }
}

TEST(ActorCoverageTest, GoldActorsAreRecognised) {
  if (!std::filesystem::exists(kGoldDir)) GTEST_SKIP() << "no gold data at " << kGoldDir << " (../shared is absent)";
  struct File {
    const char* name;
    const char* field;
    double floor;  // first-half coverage must not fall below this
  };
  const File files[] = {{"gtd-2021h1.dev.jsonl", "perpetrator", 0.80},
                        {"acled-afg-2019.dev.jsonl", "actor1", 0.80},
                        {"acled-afg-2019.dev.jsonl", "actor2", 0.0},
                        {"acled-asia-2015.dev.jsonl", "actor1", 0.20},
                        {"acled-asia-2015.dev.jsonl", "actor2", 0.0}};
  for (const File& f : files) {
    if (!std::filesystem::exists(kGoldDir + f.name)) continue;
    for (bool with_country : {false, true}) {
      Tally halves[2];
      Measure(f.name, f.field, with_country, halves);
      for (int h = 0; h < 2; ++h) {
        std::printf("coverage %-26s %-11s %-13s %s half: %5d/%5d = %.3f  (%.1f distinct actors/row)\n", f.name,
                    f.field, with_country ? "+country" : "text only", h == 0 ? "first " : "second", halves[h].hits,
                    halves[h].rows, halves[h].rows ? 1.0 * halves[h].hits / halves[h].rows : 0.0,
                    halves[h].rows ? 1.0 * halves[h].distinct_actors / halves[h].rows : 0.0);
      }
      std::vector<std::pair<int, std::string>> misses;
      for (const auto& [name, n] : halves[0].misses) misses.emplace_back(n, name);
      if (std::getenv("SITREP_COVERAGE_SECOND_HALF") != nullptr) {
        misses.clear();
        for (const auto& [name, n] : halves[1].misses) misses.emplace_back(n, name);
      }
      std::sort(misses.rbegin(), misses.rend());
      for (std::size_t i = 0; i < misses.size() && i < 8; ++i) {
        std::printf("    missed %4d  %s\n", misses[i].first, misses[i].second.c_str());
      }
      if (!with_country && halves[0].rows > 0) {
        EXPECT_GE(1.0 * halves[0].hits / halves[0].rows, f.floor) << f.name << " " << f.field;
      }
    }
  }
}

}  // namespace
}  // namespace sitrep::lexicon
