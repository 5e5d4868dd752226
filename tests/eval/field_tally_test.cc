// Tallies, the majority baseline, table output and --min bars.
#include "eval/field_tally.h"

#include <gtest/gtest.h>

#include "eval/table_bars.h"
#include "eval/table_format.h"

namespace sitrep::eval {
namespace {

FieldCheck Check(bool agree, std::vector<std::string> keys) {
  FieldCheck c;
  c.scored = true;
  c.agree = agree;
  c.gold_keys = std::move(keys);
  c.gold = c.gold_keys.empty() ? "" : c.gold_keys.front();
  c.predicted = "p";
  return c;
}

TEST(FieldTallyTest, AgreementAndMajorityBaseline) {
  FieldTally t;
  t.Add(Check(true, {"battles"}));
  t.Add(Check(false, {"battles"}));
  t.Add(Check(false, {"protests"}));
  t.Add(Check(false, {"battles"}));
  FieldCheck unscored;
  t.Add(unscored);  // ignored
  EXPECT_EQ(t.n(), 4u);
  EXPECT_EQ(t.agreed(), 1u);
  EXPECT_DOUBLE_EQ(t.Agreement(), 0.25);
  ASSERT_TRUE(t.has_baseline());
  EXPECT_DOUBLE_EQ(t.Baseline(), 0.75);
  EXPECT_EQ(t.BaselineAnswer(), "battles");
}

TEST(FieldTallyTest, LenientGoldGivesTheBaselineTheSameLeniency) {
  // Old "Riots/Protests" agrees with either type: the best constant answer
  // ("protests") agrees with three rows of four.
  FieldTally t;
  t.Add(Check(false, {"protests", "riots"}));
  t.Add(Check(false, {"protests", "riots"}));
  t.Add(Check(false, {"protests"}));
  t.Add(Check(false, {"battles"}));
  EXPECT_DOUBLE_EQ(t.Baseline(), 0.75);
  EXPECT_EQ(t.BaselineAnswer(), "protests");
  // A key repeated within one row counts once.
  FieldTally d;
  d.Add(Check(false, {"x", "x"}));
  EXPECT_DOUBLE_EQ(d.Baseline(), 1.0);
}

TEST(FieldTallyTest, EmptyAndOutcomeOnly) {
  FieldTally t;
  EXPECT_EQ(t.Agreement(), 0);
  EXPECT_EQ(t.Baseline(), 0);
  t.AddOutcome(true);
  t.AddOutcome(false);
  EXPECT_DOUBLE_EQ(t.Agreement(), 0.5);
  EXPECT_FALSE(t.has_baseline());
}

TEST(ScoreTableTest, KeepsFieldOrderAndCollectsDisagreements) {
  ScoreTable table("demo");
  std::vector<Disagreement> out;
  table.Add("date", Check(false, {"2021-01-01"}), "row1", "text one", &out);
  table.Add("country", Check(true, {"AF"}), "row1", "text one", &out);
  table.Add("date", Check(true, {"2021-01-02"}), "row2", "text two", &out);
  ASSERT_EQ(table.fields().size(), 2u);
  EXPECT_EQ(table.fields()[0].first, "date");
  EXPECT_EQ(table.fields()[1].first, "country");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].id, "row1");
  EXPECT_EQ(out[0].field, "date");
  EXPECT_EQ(out[0].gold, "2021-01-01");
}

TEST(TableFormatTest, TextJsonAndDisagreementLines) {
  ScoreTable table("gtd");
  table.source = "gtd.jsonl";
  table.rows = 2;
  table.Add("date", Check(true, {"a"}));
  table.Add("date", Check(false, {"a"}));
  table.Field("body_first").AddOutcome(true);
  std::string text = FormatTable(table);
  EXPECT_NE(text.find("gtd: gtd.jsonl (2 rows"), std::string::npos);
  EXPECT_NE(text.find("date"), std::string::npos);
  EXPECT_NE(text.find("0.5000"), std::string::npos);
  std::string json = FormatTablesJson({&table});
  EXPECT_NE(json.find("\"name\":\"gtd\""), std::string::npos);
  EXPECT_NE(json.find("\"field\":\"date\",\"n\":2,\"agreed\":1,\"agreement\":0.5"), std::string::npos);
  EXPECT_NE(json.find("\"baseline\":null"), std::string::npos);  // body_first has none
  std::string lines = FormatDisagreements("gtd", {{"id1", "date", "2021-01-01", "(no event)", "x\xff"}});
  EXPECT_EQ(lines.back(), '\n');
  EXPECT_NE(lines.find("\"id\":\"id1\""), std::string::npos);
  EXPECT_NE(lines.find("\"predicted\":\"(no event)\""), std::string::npos);
}

TEST(TableMetricsTest, NamesPerTableAndPlainForOneTable) {
  ScoreTable a("gtd"), b("acled");
  a.Add("date", Check(true, {"x"}));
  a.Field("admin2");  // scored on no row: no metric
  b.Add("date", Check(false, {"x"}));
  Metrics one = TableMetrics({&a});
  EXPECT_EQ(one.at("date"), 1.0);
  EXPECT_EQ(one.at("gtd:date"), 1.0);
  EXPECT_EQ(one.count("gtd:admin2"), 0u);
  Metrics two = TableMetrics({&a, &b});
  EXPECT_EQ(two.count("date"), 0u);
  EXPECT_EQ(two.at("acled:date"), 0.0);
}

TEST(TableBarsTest, ParseAndCheck) {
  Result<Bars> bars = ParseBars({"f1=0.95", "gtd-2021h1:date=0.5"});
  ASSERT_TRUE(bars.ok());
  EXPECT_EQ(bars.value().at("f1"), 0.95);
  EXPECT_EQ(bars.value().at("gtd-2021h1:date"), 0.5);
  EXPECT_FALSE(ParseBars({"f1"}).ok());
  EXPECT_FALSE(ParseBars({"=0.5"}).ok());
  EXPECT_FALSE(ParseBars({"f1=abc"}).ok());
  EXPECT_FALSE(ParseBars({"f1=0.5x"}).ok());
  EXPECT_FALSE(ParseBars({"f1="}).ok());

  Metrics metrics = {{"f1", 0.96}, {"gtd-2021h1:date", 0.4}};
  BarCheck met = CheckBars({{"f1", 0.95}}, metrics);
  EXPECT_TRUE(met.ok());
  BarCheck below = CheckBars(bars.value(), metrics);
  EXPECT_FALSE(below.ok());
  ASSERT_EQ(below.failed.size(), 1u);
  EXPECT_NE(below.failed[0].find("gtd-2021h1:date"), std::string::npos);
  BarCheck unknown = CheckBars({{"recall", 0.1}}, metrics);
  ASSERT_EQ(unknown.unknown.size(), 1u);
  EXPECT_EQ(unknown.unknown[0], "recall");
}

TEST(ExcerptTest, CutsAtUtf8Boundary) {
  EXPECT_EQ(Excerpt("short", 10), "short");
  std::string cut = Excerpt("aé", 2);  // 'é' is two bytes: cut before it
  EXPECT_EQ(cut, "a...");
}

}  // namespace
}  // namespace sitrep::eval
