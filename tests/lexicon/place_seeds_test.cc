// Place recognition on the two seed articles in ../shared/corpus/seeds (read
// at run time, never copied): the places their hand annotation names.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "place_test_util.h"

namespace sitrep::lexicon::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(SITREP_SOURCE_DIR) / ".." / "shared" / "corpus" / "seeds";

std::string ReadSeed(const char* name) {
  std::ifstream in(kSeeds / name, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The first mention whose text starts with `surface`.
const PlaceMention* Find(const Document& doc, std::string_view surface) {
  return FindMentionStarting(doc, surface);
}

TEST(PlaceSeeds, AfghanistanArticle) {
  if (!fs::exists(kSeeds / "000_8de762e02162ff9c.txt")) GTEST_SKIP() << "seed articles absent (../shared)";
  Document doc = Places(ReadSeed("000_8de762e02162ff9c.txt"));
  const PlaceMention* almar = Find(doc, "Almar");
  ASSERT_NE(almar, nullptr);
  EXPECT_EQ(almar->place.admin1, "Faryab");
  EXPECT_EQ(almar->place.country, "AF");
  const PlaceMention* nawa = Find(doc, "Nawa");
  ASSERT_NE(nawa, nullptr);
  EXPECT_EQ(nawa->place.admin1, "Helmand");
  EXPECT_EQ(nawa->place.kind, "district");
  EXPECT_EQ(nawa->place.name, "Nāwah-ye Bārakzaī");
  const PlaceMention* kabul = Find(doc, "Kabul");
  ASSERT_NE(kabul, nullptr);
  EXPECT_EQ(kabul->place.name, "Kabul");
  EXPECT_EQ(kabul->place.country, "AF");
}

TEST(PlaceSeeds, IraqArticle) {
  if (!fs::exists(kSeeds / "003_c6e0f989c721d3de.txt")) GTEST_SKIP() << "seed articles absent (../shared)";
  Document doc = Places(ReadSeed("003_c6e0f989c721d3de.txt"));
  const PlaceMention* iraq = Find(doc, "Iraq");
  ASSERT_NE(iraq, nullptr);
  EXPECT_EQ(iraq->place.country, "IQ");
  EXPECT_EQ(iraq->place.kind, "country");
  for (const PlaceMention& m : doc.places) {
    if (doc.Slice(m.start, m.end).starts_with("Iraq")) {
      EXPECT_EQ(m.place.country, "IQ");
    }
  }
}

}  // namespace
}  // namespace sitrep::lexicon::testing
