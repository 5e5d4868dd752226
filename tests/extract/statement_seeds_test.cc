// The six statements of the seed articles (../shared/corpus/seeds/gold.json):
// each must be found with the annotated speaker, role, organisation and
// outlet, compared as `sitrep eval --seeds` does (folded; role and outlet may
// contain one another on word boundaries). Run twice: with the lexicon's actor
// layer, and without it (the extractor's own reading of the attribution), where
// an organisation the text does not write ("United States" for a president's
// adviser) is not required. Skips when ../shared is absent.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/statement_test_util.h"
#include "lexicon/lexicon.h"

namespace sitrep::extract {
namespace {

const std::string kSeedDir = std::string(SITREP_SOURCE_DIR) + "/../shared/corpus/seeds/";

// Lower case, apostrophes dropped, every other run of non-alphanumerics one space.
std::string Fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\'' ) continue;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      i += 2;
      continue;
    }
    if (std::isalnum(c) || c >= 0x80) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(std::tolower(c));
    } else {
      space = true;
    }
  }
  return out;
}

bool ContainsWords(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return false;
  return (" " + hay + " ").find(" " + needle + " ") != std::string::npos;
}

bool Lenient(const std::string& gold, const std::string& predicted) {
  std::string g = Fold(gold), p = Fold(predicted);
  return g == p || ContainsWords(g, p) || ContainsWords(p, g);
}

std::string DropRemark(std::string role) {
  std::size_t open = role.find(" (");
  return open == std::string::npos ? role : role.substr(0, open);
}

// Organisation names agree when a part of one ("X (Y)" gives X and Y) is
// written in the other.
bool OrgAgrees(const std::string& gold, const std::string& predicted) {
  std::vector<std::string> keys{gold};
  std::size_t open = gold.find(" (");
  if (open != std::string::npos && gold.back() == ')') {
    keys.push_back(gold.substr(0, open));
    keys.push_back(gold.substr(open + 2, gold.size() - open - 3));
  }
  for (const std::string& k : keys) {
    if (Lenient(k, predicted)) return true;
  }
  return false;
}

std::string Field(simdjson::ondemand::object& o, const char* name) {
  simdjson::ondemand::value v;
  if (o[name].get(v) != simdjson::SUCCESS || v.is_null()) return "";
  return std::string(std::string_view(v.get_string().value()));
}

Document SeedDocument(const std::string& text, const std::string& first, const std::string& last) {
  std::vector<std::pair<std::string, BlockKind>> lines;
  bool in_body = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (line.find(first.substr(0, 60)) != std::string::npos) in_body = true;
    if (!line.empty()) lines.emplace_back(line, in_body ? BlockKind::kBody : BlockKind::kBoilerplate);
    if (in_body && line.find(last.substr(0, 60)) != std::string::npos) in_body = false;
    start = end + 1;
  }
  return testing::ParagraphDoc(lines);
}

void CheckSeeds(bool with_actors) {
  if (!std::filesystem::exists(kSeedDir + "gold.json")) {
    GTEST_SKIP() << "no seed articles at " << kSeedDir << " (../shared is absent)";
  }
  std::unique_ptr<lexicon::Lexicon> lex;
  if (with_actors) {
    auto loaded = lexicon::Lexicon::Load({});
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    lex = std::move(loaded).value();
  }
  simdjson::ondemand::parser parser;
  simdjson::padded_string json = simdjson::padded_string::load(kSeedDir + "gold.json").value();
  simdjson::ondemand::document gold = parser.iterate(json).value();
  int checked = 0;
  simdjson::ondemand::array documents = gold["documents"].get_array().value();
  for (auto entry : documents) {
    simdjson::ondemand::object d = entry.get_object().value();
    std::string file = Field(d, "file");
    std::string published = Field(d, "published");
    simdjson::ondemand::object body = d["body"].get_object().value();
    std::string first = Field(body, "first");
    std::string last = Field(body, "last");
    std::ifstream in(kSeedDir + file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    Document doc = SeedDocument(text.str(), first, last);
    doc.meta.published = published;
    if (lex) lex->Annotate(doc);
    testing::Extractor().Annotate(doc);
    SCOPED_TRACE(file);
    simdjson::ondemand::array statements = d["statements"].get_array().value();
    for (auto entry2 : statements) {
      simdjson::ondemand::object g = entry2.get_object().value();
      std::string starts = Fold(Field(g, "quote_starts"));
      const Statement* found = nullptr;
      for (const Statement& s : doc.statements) {
        if (Fold(s.quote).rfind(starts, 0) == 0) {
          found = &s;
          break;
        }
      }
      ++checked;
      ASSERT_NE(found, nullptr) << "no statement starting " << starts << "\n" << testing::Describe(doc.statements);
      SCOPED_TRACE(found->quote);
      EXPECT_EQ(Fold(found->speaker), Fold(Field(g, "speaker")));
      EXPECT_TRUE(Lenient(DropRemark(Field(g, "role")), found->role)) << found->role;
      std::string via = Field(g, "via");
      EXPECT_TRUE(via.empty() ? found->via.empty() : Lenient(via, found->via)) << found->via;
      if (with_actors || !found->organization.empty()) {
        EXPECT_TRUE(OrgAgrees(Field(g, "org"), found->organization)) << found->organization;
      }
    }
  }
  EXPECT_EQ(checked, 6);
}

TEST(StatementSeedsTest, WithTheActorLayer) { CheckSeeds(true); }
TEST(StatementSeedsTest, FromTheAttributionAlone) { CheckSeeds(false); }

}  // namespace
}  // namespace sitrep::extract
