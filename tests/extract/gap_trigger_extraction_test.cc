// Gap triggers of data/extract/event_triggers.tsv through the whole event
// extractor: verb phrases split around their object ("set two buses on
// fire", "held three engineers captive") code an event, and a gap never
// reaches across punctuation. Texts written for these tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/event_extractor.h"
#include "lexicon/lexicon.h"
#include "text/segmenter.h"

namespace sitrep::extract {
namespace {

Document ExtractEvents(const std::string& text) {
  static const auto* lex = [] {
    auto loaded = lexicon::Lexicon::Load({});
    EXPECT_TRUE(loaded.ok());
    return std::move(loaded).value().release();
  }();
  static const auto* extractor = [] {
    auto loaded = EventExtractor::Load();
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return std::move(loaded).value().release();
  }();
  Document doc;
  doc.text = text;
  doc.meta.published = "2021-03-01";
  doc.blocks.push_back(Block{0, static_cast<std::uint32_t>(text.size()), BlockKind::kBody});
  text::Segment(doc);
  lex->Annotate(doc);
  extractor->Annotate(doc);
  return doc;
}

TEST(GapTriggers, ArsonAroundItsObjectIsARiot) {
  const std::string text = "Angry villagers set a police jeep and two buses on fire near the district office on Tuesday.";
  Document doc = ExtractEvents(text);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Riots");
  EXPECT_EQ(doc.events[0].sub_event_type, "Violent demonstration");
  EXPECT_EQ(doc.events[0].plover, "PROTEST");
  // The evidence is the sentence that holds the whole phrase.
  EXPECT_LE(doc.events[0].evidence_start, text.find("set a police"));
  EXPECT_GE(doc.events[0].evidence_end, text.find("on fire") + 7);
}

TEST(GapTriggers, HeldCaptiveIsAnAbduction) {
  Document doc = ExtractEvents("Gunmen held three road engineers captive for a week in the hills.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Violence against civilians");
  EXPECT_EQ(doc.events[0].sub_event_type, "Abduction/forced disappearance");
}

TEST(GapTriggers, OpenedHeavyFireIsAShooting) {
  Document doc = ExtractEvents("Unknown gunmen opened heavy fire on a passenger van on the highway on Sunday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].plover, "ASSAULT");
  EXPECT_EQ(doc.events[0].plover_mode, "firearms");
}

TEST(GapTriggers, AWeaponInsideTheGapSetsTheType) {
  Document doc = ExtractEvents("Troops opened artillery fire on the rebel positions on Sunday.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Explosions/Remote violence");
  EXPECT_EQ(doc.events[0].sub_event_type, "Shelling/artillery/missile attack");
}

TEST(GapTriggers, NoGapAcrossPunctuation) {
  // Without the commas both would read as one phrase ("set * on fire",
  // "opened * fire on").
  EXPECT_TRUE(ExtractEvents("Workers set the stalls up, on fire brigade advice.").events.empty());
  EXPECT_TRUE(ExtractEvents("The minister opened the new bridge, and fire on the hills was put out.").events.empty());
}

TEST(GapTriggers, NoGapBeyondItsLength) {
  EXPECT_TRUE(ExtractEvents("Rising prices have held the families of the valley and their farms captive to debt.")
                  .events.empty());
}

}  // namespace
}  // namespace sitrep::extract
