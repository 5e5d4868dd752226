// The seed articles of ../shared/corpus/seeds: the events gold.json lists
// (five in article 000, three in article 003) are found with their types,
// date, place and casualty figures. The body is marked from the gold
// boundaries so that the test exercises the extractor, not the cleaner.
// Skips when ../shared is absent.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/event_extractor.h"
#include "lexicon/lexicon.h"
#include "text/segmenter.h"

namespace sitrep::extract {
namespace {

const std::string kSeedDir = std::string(SITREP_SOURCE_DIR) + "/../shared/corpus/seeds/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Document SeedDocument(const std::string& text, std::string_view first, std::string_view last,
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
    if (line.find(first.substr(0, 60)) != std::string_view::npos) in_body = true;
    if (end > start) {
      doc.blocks.push_back(Block{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                                 in_body ? BlockKind::kBody : BlockKind::kBoilerplate});
    }
    if (in_body && line.find(last.substr(0, 60)) != std::string_view::npos) in_body = false;
    start = end + 1;
  }
  return doc;
}

std::string Str(simdjson::ondemand::value v) {
  if (v.is_null()) return "";
  std::string_view s;
  if (v.get_string().get(s)) return "";
  return std::string(s);
}

std::optional<int> Int(simdjson::ondemand::value v) {
  if (v.is_null()) return std::nullopt;
  int64_t n = 0;
  if (v.get_int64().get(n)) return std::nullopt;
  return static_cast<int>(n);
}

TEST(EventSeeds, GoldEventsAreFound) {
  const std::string gold_path = kSeedDir + "gold.json";
  if (!std::filesystem::exists(gold_path)) GTEST_SKIP() << "../shared/corpus/seeds is absent; seed tests skipped";
  auto lexicon = lexicon::Lexicon::Load({});
  ASSERT_TRUE(lexicon.ok());
  auto extractor = EventExtractor::Load();
  ASSERT_TRUE(extractor.ok());

  simdjson::padded_string json = simdjson::padded_string::load(gold_path);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document gold = parser.iterate(json);
  int articles = 0;
  for (simdjson::ondemand::object article : gold["documents"].get_array()) {
    std::string file = Str(article["file"].value());
    std::string published = Str(article["published"].value());
    simdjson::ondemand::object body = article["body"].get_object();
    std::string first = Str(body["first"].value());
    std::string last = Str(body["last"].value());
    Document doc = SeedDocument(ReadFile(kSeedDir + file), first, last, published);
    text::Segment(doc);
    lexicon.value()->Annotate(doc);
    extractor.value()->Annotate(doc);
    ++articles;
    int found = 0, expected = 0;
    for (simdjson::ondemand::object gold_event : article["events"].get_array()) {
      ++expected;
      std::string evidence = Str(gold_event["evidence"].value());
      std::string date = Str(gold_event["date"].value());
      std::string plover = Str(gold_event["plover"].value());
      std::string type = Str(gold_event["acled_event_type"].value());
      std::string sub = Str(gold_event["acled_sub_event_type"].value());
      std::string admin1 = Str(gold_event["admin1"].value());
      std::string actor1 = Str(gold_event["actor1"].value());
      std::optional<int> fatalities = Int(gold_event["fatalities"].value());
      std::optional<int> wounded = Int(gold_event["wounded"].value());
      std::size_t at = doc.text.find(evidence.substr(0, 60));
      ASSERT_NE(at, std::string::npos) << file;
      const Event* match = nullptr;
      for (const Event& e : doc.events) {
        if (e.evidence_start <= at && at < e.evidence_end && (match == nullptr || e.confidence > match->confidence)) {
          match = &e;
        }
      }
      SCOPED_TRACE(file + ": " + evidence.substr(0, 80));
      ASSERT_NE(match, nullptr);
      ++found;
      EXPECT_EQ(match->plover, plover);
      EXPECT_EQ(match->event_type, type);
      EXPECT_EQ(match->sub_event_type, sub);
      EXPECT_EQ(match->date, date);
      EXPECT_EQ(match->fatalities, fatalities);
      EXPECT_EQ(match->wounded, wounded);
      if (!admin1.empty() && match->location) {
        EXPECT_EQ(match->location->admin1, admin1);
      }
      // Conflict events: the perpetrator as ACLED names it ("Islamic State
      // (Khorasan Province)" starts with the recognised "Islamic State").
      if (!type.empty()) {
        ASSERT_TRUE(match->actor1.has_value());
        EXPECT_EQ(actor1.rfind(match->actor1->name, 0), 0u) << actor1 << " vs " << match->actor1->name;
      }
    }
    EXPECT_EQ(found, expected) << file;
  }
  EXPECT_EQ(articles, 2);
}

}  // namespace
}  // namespace sitrep::extract
