// GoldScorer on synthetic rows and predicted events.
#include "eval/gold_score.h"

#include <gtest/gtest.h>

#include "eval/gold_run.h"

namespace sitrep::eval {
namespace {

GoldRow Row(const std::string& json) {
  Result<GoldRow> row = ParseGoldLine(json);
  EXPECT_TRUE(row.ok()) << row.status().ToString();
  return row.ok() ? row.value() : GoldRow();
}

Event Acled(std::string type, double confidence, std::optional<int> fatalities = std::nullopt) {
  Event e;
  e.event_type = std::move(type);
  e.confidence = confidence;
  e.fatalities = fatalities;
  return e;
}

const FieldTally& Field(const GoldScorer& scorer, std::string_view name) {
  const FieldTally* tally = scorer.table().Find(name);
  EXPECT_NE(tally, nullptr) << name;
  static const FieldTally kEmpty;
  return tally ? *tally : kEmpty;
}

TEST(SelectEventTest, HighestConfidenceFirstOnTies) {
  std::vector<Event> events = {Acled("", 0.9), Acled("Battles", 0.5), Acled("Riots", 0.7), Acled("Protests", 0.7)};
  EXPECT_EQ(SelectEvent(events, true)->event_type, "Riots");
  EXPECT_EQ(SelectEvent(events, false)->event_type, "");
  EXPECT_EQ(SelectEvent({}, false), nullptr);
  EXPECT_EQ(SelectEvent({Acled("", 1)}, true), nullptr);
}

TEST(GoldScorerTest, ScoresOnlyTheFieldsTheGoldHas) {
  GoldScorer scorer("demo");
  GoldRow row = Row(R"({"id": "1", "text": "On March 3 2021, two were killed.", "published": null,)"
                    R"( "gold": {"date": "2021-03-03", "event_type": "Battles", "fatalities": 2, "admin2": null}})");
  Event e = Acled("Battles", 0.8, 2);
  e.date = "2021-03-04";
  scorer.Add(row, {e});
  EXPECT_EQ(scorer.table().rows, 1u);
  EXPECT_EQ(Field(scorer, "date").n(), 1u);
  EXPECT_EQ(Field(scorer, "date").agreed(), 0u);
  EXPECT_EQ(Field(scorer, "date_pm1").agreed(), 1u);
  EXPECT_EQ(Field(scorer, "event_type").agreed(), 1u);
  EXPECT_EQ(Field(scorer, "fatalities").agreed(), 1u);
  EXPECT_EQ(Field(scorer, "admin2").n(), 0u);  // present but null: listed, never scored
  EXPECT_EQ(scorer.table().Find("plover"), nullptr);
  EXPECT_EQ(scorer.table().Find("country"), nullptr);
}

TEST(GoldScorerTest, DateScoredOnlyWhenTheTextWritesADate) {
  GoldScorer scorer;
  Event e = Acled("Protests", 1);
  e.date = "2015-01-02";
  scorer.Add(Row(R"({"text": "Hundreds marched on Friday.", "gold": {"date": "2015-01-02"}})"), {e});
  EXPECT_EQ(Field(scorer, "date").n(), 0u);
  scorer.Add(Row(R"({"text": "Dhaka, Jan 3 (UNB) Hundreds marched on Friday.", "gold": {"date": "2015-01-02"}})"), {e});
  EXPECT_EQ(Field(scorer, "date").n(), 1u);
  EXPECT_EQ(Field(scorer, "date").agreed(), 1u);
  // A publication date makes every row's date scorable.
  scorer.Add(Row(R"({"text": "Hundreds marched on Friday.", "published": "2015-01-03", "gold": {"date": "2015-01-02"}})"),
             {e});
  EXPECT_EQ(Field(scorer, "date").n(), 2u);
}

TEST(GoldScorerTest, NoEventMissesEveryFieldAndBaselineStillCounts) {
  GoldScorer scorer;
  scorer.set_collect_disagreements(true);
  for (int i = 0; i < 3; ++i) {
    scorer.Add(Row(R"({"id": "r", "text": "t", "gold": {"country": "Afghanistan", "perpetrator": null}})"), {});
  }
  scorer.Add(Row(R"({"id": "s", "text": "t", "gold": {"country": "Iraq", "perpetrator": "Taliban"}})"), {});
  EXPECT_EQ(Field(scorer, "country").n(), 4u);
  EXPECT_EQ(Field(scorer, "country").agreed(), 0u);
  EXPECT_DOUBLE_EQ(Field(scorer, "country").Baseline(), 0.75);
  EXPECT_EQ(Field(scorer, "country").BaselineAnswer(), "AF");
  EXPECT_EQ(Field(scorer, "perpetrator").BaselineAnswer(), "unidentified");
  EXPECT_EQ(scorer.disagreements().size(), 8u);
  EXPECT_EQ(scorer.disagreements()[0].predicted, kNoEvent);
}

TEST(GoldScorerTest, PloverRowsUseAnyEventOthersNeedAnAcledType) {
  Event consult;
  consult.plover = "CONSULT";
  consult.confidence = 0.9;
  EventActor us;
  us.name = "Government of United States";
  us.country = "US";
  consult.actor1 = us;
  GoldScorer plover;
  plover.Add(Row(R"({"text": "t", "gold": {"plover": "CONSULT", "source_codes": ["USA"], "target_codes": ["IGO"]}})"),
             {consult});
  EXPECT_EQ(Field(plover, "plover").agreed(), 1u);
  EXPECT_EQ(Field(plover, "source_country").agreed(), 1u);
  EXPECT_EQ(Field(plover, "target_country").n(), 0u);  // IGO names no country

  GoldScorer acled;
  acled.Add(Row(R"({"text": "t", "gold": {"event_type": "Battles", "plover": "ASSAULT"}})"), {consult});
  EXPECT_EQ(Field(acled, "plover").agreed(), 0u);  // the PLOVER-only event is not an ACLED event
}

TEST(SelectRowsTest, InterleavedContiguousAndLimit) {
  EXPECT_EQ(SelectRows(7, {}), (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6}));
  RowSelection interleaved;
  interleaved.parts = 3;
  interleaved.part = 1;
  EXPECT_EQ(SelectRows(7, interleaved), (std::vector<std::size_t>{1, 4}));
  RowSelection contiguous = interleaved;
  contiguous.contiguous = true;
  EXPECT_EQ(SelectRows(7, contiguous), (std::vector<std::size_t>{2, 3}));
  contiguous.part = 2;
  EXPECT_EQ(SelectRows(7, contiguous), (std::vector<std::size_t>{4, 5, 6}));
  RowSelection limited;
  limited.limit = 2;
  EXPECT_EQ(SelectRows(7, limited), (std::vector<std::size_t>{0, 1}));
  EXPECT_TRUE(SelectRows(0, interleaved).empty());
}

}  // namespace
}  // namespace sitrep::eval
