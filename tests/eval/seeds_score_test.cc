// Seeds scoring on a hand-built article and Document, and (when ../shared is
// present) on the real seeds with the real pipeline.
#include "eval/seeds_score.h"

#include <filesystem>

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

constexpr char kBody[] =
    "Rebels shelled the market of Eastville on Monday, killing four traders.\n"
    "The mayor said: \"We will rebuild the market before the rains.\"\n"
    "Aid groups asked for calm.";
constexpr char kComment[] = "Reader42: this is all propaganda.";

Document MakeDocument() {
  Document doc;
  doc.text = std::string(kBody) + "\n\n" + kComment;
  const auto body_end = static_cast<std::uint32_t>(std::string(kBody).size());
  doc.blocks.push_back({0, body_end, BlockKind::kBody});
  doc.blocks.push_back({body_end + 2, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kComment});
  return doc;
}

SeedDocument MakeGold() {
  SeedDocument gold;
  gold.file = "a.txt";
  gold.published = "2022-05-04";
  gold.body_first = "Rebels shelled the market of Eastville on Monday, killing four traders.";
  gold.body_last = "Aid groups asked for calm.";
  gold.not_body = {"Reader42: this is all propaganda."};
  Result<GoldRow> event = ParseGoldLine(
      R"J({"id": "a.txt#e1", "text": "Rebels shelled the market of Eastville on Monday, killing four traders.",)J"
      R"J( "published": "2022-05-04", "gold": {"date": "2022-05-02", "plover": "ASSAULT",)J"
      R"J( "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",)J"
      R"J( "actor1": "Rebels (Eastland)", "actor2": "Civilians (Eastland)", "country": null, "admin1": null,)J"
      R"J( "admin2": null, "location": "Eastville", "fatalities": 4, "wounded": null}})J");
  EXPECT_TRUE(event.ok());
  gold.events.push_back(event.value());
  SeedStatement statement;
  statement.speaker = std::nullopt;
  statement.role = "mayor of Eastville";
  statement.org = "Eastville (city council)";
  statement.quote_starts = "We will rebuild the market";
  gold.statements.push_back(statement);
  return gold;
}

TEST(SeedsScoreTest, BodyEventsAndStatements) {
  Document doc = MakeDocument();
  Event e;
  e.date = "2022-05-02";
  e.plover = "ASSAULT";
  e.event_type = "Explosions/Remote violence";
  e.sub_event_type = "Shelling/artillery/missile attack";
  e.fatalities = 4;
  e.evidence_start = 10;  // inside the first sentence
  e.evidence_end = 40;
  EventLocation location;
  location.name = "Eastville";
  e.location = location;
  doc.events.push_back(e);
  Event comment_event = e;  // from the reader comment: spurious
  comment_event.evidence_start = static_cast<std::uint32_t>(doc.text.size() - 10);
  comment_event.evidence_end = static_cast<std::uint32_t>(doc.text.size());
  doc.events.push_back(comment_event);
  Statement s;
  s.role = "mayor";
  s.quote = "\u201cWe will rebuild the market before the rains.\u201d";
  doc.statements.push_back(s);

  GoldScorer scorer("seeds");
  scorer.set_collect_disagreements(true);
  ScoreSeedDocument(MakeGold(), doc, scorer);
  const ScoreTable& t = scorer.table();
  EXPECT_EQ(t.rows, 1u);
  EXPECT_EQ(t.Find("body_first")->agreed(), 1u);
  EXPECT_EQ(t.Find("body_last")->agreed(), 1u);
  EXPECT_EQ(t.Find("not_body_absent")->agreed(), 1u);
  EXPECT_EQ(t.Find("event_found")->agreed(), 1u);
  EXPECT_EQ(t.Find("event_precision")->n(), 2u);
  EXPECT_EQ(t.Find("event_precision")->agreed(), 1u);
  EXPECT_EQ(t.Find("date")->agreed(), 1u);
  EXPECT_EQ(t.Find("fatalities")->agreed(), 1u);
  EXPECT_EQ(t.Find("wounded")->agreed(), 1u);      // null = no figure, and none predicted
  EXPECT_EQ(t.Find("country")->agreed(), 1u);      // null = no country, and none predicted
  EXPECT_EQ(t.Find("location")->agreed(), 1u);
  EXPECT_EQ(t.Find("admin1")->n(), 0u);            // null place: not scored
  EXPECT_EQ(t.Find("actor1")->agreed(), 0u);       // no actor predicted
  EXPECT_EQ(t.Find("statement_found")->agreed(), 1u);
  EXPECT_EQ(t.Find("speaker")->agreed(), 1u);      // null speaker, none predicted
  EXPECT_EQ(t.Find("role")->agreed(), 1u);         // "mayor" within "mayor of Eastville"
  EXPECT_EQ(t.Find("org")->agreed(), 0u);
  EXPECT_EQ(t.Find("via")->agreed(), 1u);
}

TEST(SeedsScoreTest, BodyLeakAndMissedEvent) {
  Document doc = MakeDocument();
  doc.blocks[1].kind = BlockKind::kBody;  // the comment leaks into the body
  GoldScorer scorer("seeds");
  ScoreSeedDocument(MakeGold(), doc, scorer);
  const ScoreTable& t = scorer.table();
  EXPECT_EQ(t.Find("body_first")->agreed(), 1u);
  EXPECT_EQ(t.Find("body_last")->agreed(), 0u);
  EXPECT_EQ(t.Find("not_body_absent")->agreed(), 0u);
  EXPECT_EQ(t.Find("event_found")->agreed(), 0u);
  EXPECT_EQ(t.Find("date")->n(), 1u);  // an unfound event misses every field
  EXPECT_EQ(t.Find("date")->agreed(), 0u);
  EXPECT_EQ(t.Find("statement_found")->agreed(), 0u);
  EXPECT_EQ(t.Find("via")->agreed(), 0u);
  EXPECT_EQ(t.Find("event_precision"), nullptr);  // no predicted events
}

TEST(SeedsScoreTest, StatementFieldRules) {
  const ScoringTables& tables = ScoringTables::Default();
  EXPECT_TRUE(SpeakerAgrees(std::string("Ana Ruiz"), "ana ruiz"));
  EXPECT_TRUE(SpeakerAgrees(std::nullopt, ""));
  EXPECT_FALSE(SpeakerAgrees(std::nullopt, "Ana Ruiz"));
  EXPECT_TRUE(RoleAgrees(std::string("Foreign Minister (statement)"), "foreign minister"));
  EXPECT_FALSE(RoleAgrees(std::string("Foreign Minister"), "minister of finance"));
  EXPECT_TRUE(OrgAgrees(std::string("Chile (government)"), "Government of Chile", tables));
  EXPECT_FALSE(OrgAgrees(std::string("Chile (government)"), "Government of Peru", tables));
  EXPECT_TRUE(OrgAgrees(std::nullopt, "", tables));
  EXPECT_TRUE(ViaAgrees(std::string("Ministry website"), "ministry website"));
  EXPECT_TRUE(ViaAgrees(std::nullopt, ""));
  EXPECT_FALSE(ViaAgrees(std::string("AFP"), ""));
}

TEST(SeedsScoreTest, RunsOnTheSharedSeeds) {
  const std::string dir = SITREP_SOURCE_DIR "/../shared/corpus/seeds";
  if (!std::filesystem::exists(dir + "/gold.json")) {
    GTEST_SKIP() << "seeds not found at " << dir << " (the shared reference data is absent)";
  }
  Pipeline pipeline;
  Result<SeedsReport> report = RunSeeds(dir, pipeline, true);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  const ScoreTable& t = report.value().table;
  EXPECT_TRUE(report.value().problems.empty());
  EXPECT_EQ(t.rows, 2u);
  ASSERT_NE(t.Find("body_first"), nullptr);
  EXPECT_EQ(t.Find("body_first")->n(), 2u);
  ASSERT_NE(t.Find("event_found"), nullptr);
  EXPECT_GE(t.Find("event_found")->n(), 1u);
  ASSERT_NE(t.Find("statement_found"), nullptr);
  EXPECT_GE(t.Find("statement_found")->n(), 1u);
  EXPECT_FALSE(RunSeeds("/nonexistent/seeds", pipeline).ok());
}

}  // namespace
}  // namespace sitrep::eval
