// The two seed articles of ../shared/corpus/seeds: the people that gold.json
// names (statement speakers, and event actors written "Org (Name, role)")
// must be recognised with the gold role and organisation. Skips when
// ../shared is absent.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "lexicon/actor_test_util.h"
#include "lexicon/actor_words.h"

namespace sitrep::lexicon {
namespace {

const std::string kSeedDir = std::string(SITREP_SOURCE_DIR) + "/../shared/corpus/seeds/";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The article with only the lines from the gold body's first to last sentence marked body.
Document SeedDocument(const std::string& text, const std::string& first, const std::string& last,
                      const std::string& published) {
  Document doc;
  doc.text = text;
  doc.meta.published = published;
  bool in_body = false;
  std::size_t start = 0;
  while (start < doc.text.size()) {
    std::size_t end = doc.text.find('\n', start);
    if (end == std::string::npos) end = doc.text.size();
    std::string_view line = doc.Slice(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end));
    bool starts = !first.empty() && line.find(first.substr(0, 60)) != std::string_view::npos;
    if (starts) in_body = true;
    if (end > start) {
      doc.blocks.push_back(Block{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                                 in_body ? BlockKind::kBody : BlockKind::kBoilerplate});
    }
    if (in_body && !last.empty() && line.find(last.substr(0, 60)) != std::string_view::npos) in_body = false;
    start = end + 1;
  }
  text::Segment(doc);
  return doc;
}

// Does some mention name `person` with `role` (case-insensitive, contained
// in the gold role) and an organisation matching `org`?
::testing::AssertionResult HasPerson(const Document& doc, const std::string& person, const std::string& role,
                                     const std::string& org) {
  const ActorDictionary& d = testing::Recognizer().dictionary();
  for (const ActorMention& m : doc.actors) {
    if (m.person != person) continue;
    if (m.role.empty() || Lower(role).find(Lower(m.role)) == std::string::npos) continue;
    // "United States (government)", "Iran", "NATO", "Taliban": the organisation
    // named, or the state the mention belongs to.
    std::string org_head = org.substr(0, org.find(" ("));
    bool org_ok = Lower(m.organization).find(Lower(org_head)) != std::string::npos;
    if (!org_ok && !m.country.empty()) {
      const std::vector<PhraseHit>* hits = d.Find(NormalizePhrase(org_head));
      if (hits != nullptr) {
        for (const PhraseHit& h : *hits) {
          org_ok |= h.kind == ActorKind::kState && d.states()[h.index].iso2 == m.country;
        }
      }
    }
    if (org_ok) return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no mention of " << person << " as " << role << " of " << org << "\n"
                                       << testing::Describe(doc);
}

TEST(ActorSeedsTest, GoldPeopleHaveRolesAndOrganisations) {
  if (!std::filesystem::exists(kSeedDir + "gold.json")) {
    GTEST_SKIP() << "no seed articles at " << kSeedDir << " (../shared is absent)";
  }
  simdjson::ondemand::parser parser;
  simdjson::padded_string json = simdjson::padded_string::load(kSeedDir + "gold.json").value();
  simdjson::ondemand::document gold = parser.iterate(json).value();
  int checked = 0;
  simdjson::ondemand::array documents = gold["documents"].get_array().value();
  for (auto entry : documents) {
    simdjson::ondemand::object d = entry.get_object().value();
    std::string file(std::string_view(d["file"].get_string().value()));
    std::string published(std::string_view(d["published"].get_string().value()));
    simdjson::ondemand::object body = d["body"].get_object().value();
    std::string first(std::string_view(body["first"].get_string().value()));
    std::string last(std::string_view(body["last"].get_string().value()));
    std::ifstream in(kSeedDir + file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    Document doc = SeedDocument(text.str(), first, last, published);
    testing::Recognizer().Annotate(doc);
    SCOPED_TRACE(file);
    // Event actors written "Organisation (Full Name, role)".
    simdjson::ondemand::array events = d["events"].get_array().value();
    for (auto event : events) {
      for (const char* field : {"actor1", "actor2"}) {
        simdjson::ondemand::value v;
        if (event[field].get(v) != simdjson::SUCCESS || v.is_null()) continue;
        std::string actor(std::string_view(v.get_string().value()));
        std::size_t open = actor.find(" (");
        std::size_t comma = actor.find(", ", open == std::string::npos ? 0 : open);
        if (open == std::string::npos || comma == std::string::npos || actor.back() != ')') continue;
        std::string org = actor.substr(0, open);
        std::string person = actor.substr(open + 2, comma - open - 2);
        std::string role = actor.substr(comma + 2, actor.size() - comma - 3);
        EXPECT_TRUE(HasPerson(doc, person, role, org));
        ++checked;
      }
    }
    // Statement speakers.
    simdjson::ondemand::array statements = d["statements"].get_array().value();
    for (auto statement : statements) {
      simdjson::ondemand::value speaker;
      if (statement["speaker"].get(speaker) != simdjson::SUCCESS || speaker.is_null()) continue;
      std::string person(std::string_view(speaker.get_string().value()));
      std::string role(std::string_view(statement["role"].get_string().value()));
      std::string org(std::string_view(statement["org"].get_string().value()));
      EXPECT_TRUE(HasPerson(doc, person, role, org));
      ++checked;
    }
  }
  EXPECT_GE(checked, 6);
}

}  // namespace
}  // namespace sitrep::lexicon
