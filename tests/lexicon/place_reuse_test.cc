// PlaceRecognizer keeps its working state per thread and reuses it between
// documents (and caches readings' priors): what it finds in a document must
// not depend on what the thread annotated before, with this recogniser or
// another one over another gazetteer. Texts and the small gazetteer are
// written for these tests; the place names are invented.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "lexicon/gazetteer_builder.h"
#include "lexicon/gazetteer_source.h"
#include "lexicon/place_recognizer.h"
#include "place_test_util.h"

namespace sitrep::lexicon::testing {
namespace {

// Everything a mention says, as one string, so that two runs compare exactly.
std::string Describe(const Document& doc) {
  std::string out;
  for (const PlaceMention& m : doc.places) {
    out += std::to_string(m.start) + "-" + std::to_string(m.end) + " " + m.place.name + "/" + m.place.admin1 + "/" +
           m.place.country + "/" + std::to_string(m.place.geoname_id) + " " + std::to_string(m.confidence);
    for (const PlaceRef& a : m.alternatives) out += " alt:" + a.name + "/" + std::to_string(a.geoname_id);
    out += "\n";
  }
  return out;
}

// The same text annotated on a thread that has annotated nothing before.
std::string OnFreshThread(const std::string& text, const PlaceRecognizer& r) {
  std::string out;
  std::thread([&] { out = Describe(Places(text, r)); }).join();
  return out;
}

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = {
      "Two civilians were killed when a mortar round hit a house in Almar district of Faryab province.",
      "Police said the convoy was ambushed near Kandahar airport; the Taliban claimed the attack in Kandahar.",
      "In Kabul, Afghanistan, protesters marched to the parliament. Later, clashes spread to Herat and Mazar-i-Sharif.",
      "Rebels shelled Aleppo and Idlib, Syria, while Iraqi forces advanced on Mosul in Nineveh province.",
      "No places here, only Jake Sullivan and the University Grants Commission.",
      "A bomb in Peshawar, Khyber Pakhtunkhwa, wounded six; another in Quetta killed two.",
  };
  return texts;
}

TEST(PlaceReuse, ResultsDoNotDependOnEarlierDocuments) {
  const PlaceRecognizer& r = BuiltinPlaces();
  std::vector<std::string> fresh;
  for (const std::string& t : Texts()) fresh.push_back(OnFreshThread(t, r));
  // Forwards, backwards and twice over on this thread.
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < Texts().size(); ++i) EXPECT_EQ(Describe(Places(Texts()[i], r)), fresh[i]) << i;
    for (std::size_t i = Texts().size(); i-- > 0;) EXPECT_EQ(Describe(Places(Texts()[i], r)), fresh[i]) << i;
  }
}

TEST(PlaceReuse, ALongDocumentThenShortOnes) {
  const PlaceRecognizer& r = BuiltinPlaces();
  std::string fresh = OnFreshThread(Texts()[0], r);
  // Far more words than the per-thread state keeps between documents.
  std::string long_text;
  while (long_text.size() < 800000) long_text += Texts()[2] + " ";
  Document long_doc = Places(long_text, r);
  EXPECT_FALSE(long_doc.places.empty());
  EXPECT_EQ(Describe(Places(Texts()[0], r)), fresh);
}

// A second gazetteer whose entity numbers mean other places than the
// built-in one's.
std::unique_ptr<PlaceRecognizer> TinyRecognizer() {
  GazetteerSources s;
  ReadCountries("ZQ\tZQA\tZedland\tRepublic of Zedland\t10\t20\t\tZedlander\n", s.countries, &s.skipped_lines);
  ReadAdminCodes("ZQ.01\tNorth Province\tNorth Province\t0\nZQ.02\tSouth Hills\tSouth Hills\t0\n", s.admin1,
                 &s.skipped_lines);
  ReadAdminCodes("", s.admin2, &s.skipped_lines);
  // Two towns named Barrow: the reading, and its confidence, rest on their
  // priors (feature and population).
  ReadGeoNamesPlaces(
      "900001\tZedford\tZedford\t\t10.5\t20.5\tP\tPPLC\tZQ\t\t01\t\t\t\t500000\t\t\t\t\n"
      "900002\tBarrow\tBarrow\t\t12\t22\tP\tPPL\tZQ\t\t01\t\t\t\t50000\t\t\t\t\n"
      "900003\tBarrow\tBarrow\t\t12.5\t22.5\tP\tPPL\tZQ\t\t02\t\t\t\t800\t\t\t\t\n",
      s);
  auto bytes = BuildGazetteer(s, GazetteerBuildConfig::Default());
  EXPECT_TRUE(bytes.ok());
  auto g = Gazetteer::Open(std::move(bytes).value());
  EXPECT_TRUE(g.ok());
  return PlaceRecognizer::FromGazetteer(std::move(g).value());
}

TEST(PlaceReuse, TwoRecognizersTakeTurnsOnOneThread) {
  const PlaceRecognizer& builtin = BuiltinPlaces();
  std::unique_ptr<PlaceRecognizer> tiny = TinyRecognizer();
  const std::string zed = "Troops left Zedford for Barrow, Zedland, on Monday.";
  // Countries come first among the built-in entities: naming many of them
  // puts the built-in readings of the lowest entity numbers, which are the
  // tiny gazetteer's towns, in this thread's caches.
  const std::string afghan =
      "Envoys of Andorra, the United Arab Emirates, Afghanistan, Albania, Armenia, Angola, Argentina, Austria, "
      "Australia, Azerbaijan, Bangladesh, Belgium, Bahrain, Burundi, Benin, Bolivia, Brazil and Bhutan met in Kabul.";
  std::string zed_fresh = OnFreshThread(zed, *tiny);
  std::string afghan_fresh = OnFreshThread(afghan, builtin);
  EXPECT_NE(zed_fresh.find("Zedford"), std::string::npos);
  {
    // The two readings of Barrow compete: its confidence rests on their priors.
    Document d;
    std::thread([&] { d = Places(zed, *tiny); }).join();
    const PlaceMention* barrow = FindMention(d, "Barrow");
    ASSERT_NE(barrow, nullptr);
    EXPECT_LT(barrow->confidence, 0.99f);
  }
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(Describe(Places(afghan, builtin)), afghan_fresh);
    EXPECT_EQ(Describe(Places(zed, *tiny)), zed_fresh);
  }
  // A recogniser made later (perhaps at a freed one's address) starts clean.
  tiny.reset();
  std::unique_ptr<PlaceRecognizer> again = TinyRecognizer();
  EXPECT_EQ(Describe(Places(zed, *again)), zed_fresh);
  EXPECT_EQ(Describe(Places(afghan, builtin)), afghan_fresh);
}

}  // namespace
}  // namespace sitrep::lexicon::testing
