// Checks the plain-text cleaner against the hand-annotated sample articles in
// the shared corpus (read at run time, never copied into the project).
#include <simdjson.h>

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace sitrep::clean {
namespace {

const std::string kSeedDir = SITREP_SOURCE_DIR "/../shared/corpus/seeds/";

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string_view BlockText(std::string_view text, const Block& b) { return text.substr(b.start, b.end - b.start); }

TEST(TextCleanerSeeds, MatchesGoldBodyBoundsAndNotBodyLines) {
  std::string gold_json;
  if (!ReadFile(kSeedDir + "gold.json", &gold_json)) {
    GTEST_SKIP() << "shared corpus not found at " << kSeedDir << " (gold.json); skipping the seed check";
  }
  simdjson::dom::parser parser;
  simdjson::dom::element gold;
  ASSERT_EQ(parser.parse(gold_json).get(gold), simdjson::SUCCESS);
  simdjson::dom::array docs;
  ASSERT_EQ(gold["documents"].get_array().get(docs), simdjson::SUCCESS);
  int checked = 0;
  for (simdjson::dom::element doc : docs) {
    std::string_view file, first, last;
    ASSERT_EQ(doc["file"].get_string().get(file), simdjson::SUCCESS);
    ASSERT_EQ(doc["body"]["first"].get_string().get(first), simdjson::SUCCESS);
    ASSERT_EQ(doc["body"]["last"].get_string().get(last), simdjson::SUCCESS);
    std::string text;
    ASSERT_TRUE(ReadFile(kSeedDir + std::string(file), &text)) << file;
    SCOPED_TRACE(std::string(file));
    TextCleanResult r = CleanPlainText(text);

    const Block* first_body = nullptr;
    const Block* last_body = nullptr;
    for (const Block& b : r.blocks) {
      if (b.kind != BlockKind::kBody) continue;
      if (first_body == nullptr) first_body = &b;
      last_body = &b;
    }
    ASSERT_NE(first_body, nullptr);
    EXPECT_NE(BlockText(text, *first_body).find(first), std::string_view::npos)
        << "first body block: " << BlockText(text, *first_body);
    EXPECT_NE(BlockText(text, *last_body).find(last), std::string_view::npos)
        << "last body block: " << BlockText(text, *last_body);

    simdjson::dom::array not_body;
    ASSERT_EQ(doc["not_body"].get_array().get(not_body), simdjson::SUCCESS);
    for (simdjson::dom::element line : not_body) {
      std::string_view s;
      ASSERT_EQ(line.get_string().get(s), simdjson::SUCCESS);
      int found = 0;
      for (const Block& b : r.blocks) {
        if (BlockText(text, b).find(s) == std::string_view::npos) continue;
        ++found;
        EXPECT_NE(b.kind, BlockKind::kBody) << "labelled body: " << s;
      }
      EXPECT_GT(found, 0) << "not found in any block: " << s;
    }

    // The title, where the annotators give one.
    std::string_view title;
    if (doc["title"].get_string().get(title) == simdjson::SUCCESS) {
      EXPECT_EQ(r.title, title);
    } else {
      EXPECT_EQ(r.title, "");
    }
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace sitrep::clean
