#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "lexicon/gazetteer_builder.h"
#include "lexicon/gazetteer_embedded.h"
#include "lexicon/gazetteer_source.h"
#include "lexicon/lexicon.h"
#include "lexicon/place_normalize.h"
#include "place_test_util.h"

namespace sitrep::lexicon {
namespace {

namespace gf = gazetteer_format;

// A tiny GeoNames world written for these tests: two countries, three
// provinces, districts with and without towns, one ADM1 row with a surveyed
// position. Names are invented.
constexpr char kCountries[] =
    "ZQ\tZQA\tZedland\tRepublic of Zedland\t10\t20\tZed Republic\tZedlander\n"
    "XV\tXVA\tExvania\tKingdom of Exvania\t-5\t30\t\tExvanian\n";
constexpr char kAdmin1[] =
    "ZQ.01\tNorth Province\tNorth Province\t0\n"
    "ZQ.02\tSouth Hills\tSouth Hills\t0\n"
    "XV.01\tCoast Region\tCoast Region\t0\n";
constexpr char kAdmin2[] =
    "ZQ.01.11\tBarrow District\tBarrow District\t0\n"
    "ZQ.01.12\tEmptyvale\tEmptyvale\t0\n"
    "ZQ.02.21\tBarrow\tBarrow\t0\n";
// geonameid name ascii alternates lat lon class code cc cc2 a1 a2 a3 a4 pop ...
constexpr char kPlaces[] =
    "900001\tZedford\tZedford\tZeddy,Zedforde\t10.5\t20.5\tP\tPPLC\tZQ\t\t01\t11\t\t\t500000\t\t\t\t\n"
    "900002\tBarrow Town\tBarrow Town\t\t11\t21\tP\tPPLA2\tZQ\t\t01\t11\t\t\t20000\t\t\t\t\n"
    "900003\tLittleham\tLittleham\t\t12\t22\tP\tPPL\tZQ\t\t02\t21\t\t\t3000\t\t\t\t\n"
    "900004\tBigham\tBigham\t\t14\t24\tP\tPPL\tZQ\t\t02\t21\t\t\t9000\t\t\t\t\n"
    "900005\tPortex\tPortex\t\t-5.5\t30.5\tP\tPPLA\tXV\t\t01\t\t\t\t80000\t\t\t\t\n"
    "900006\tCoast Region\tCoast Region\t\t-6\t31\tA\tADM1\tXV\t\t01\t\t\t\t0\t\t\t\t\n"
    "900007\tBad line without fields\n";

GazetteerSources TinySources() {
  GazetteerSources s;
  ReadCountries(kCountries, s.countries, &s.skipped_lines);
  ReadAdminCodes(kAdmin1, s.admin1, &s.skipped_lines);
  ReadAdminCodes(kAdmin2, s.admin2, &s.skipped_lines);
  ReadGeoNamesPlaces(kPlaces, s);
  return s;
}

Gazetteer BuildTiny(GazetteerBuildReport* report = nullptr) {
  GazetteerBuildConfig config = GazetteerBuildConfig::Default();
  config.aliases_tsv = "Zed City\ttown\tZQ\t-\tZedford\nBarrowville\tdistrict\tZQ\tSouth Hills\tBarrow\n";
  // A quarter of Zedford that the dump lacks, and one it has (Bigham).
  config.city_sections_tsv =
      "Oldgate\tZQ\tNorth Province\tBarrow District\t10.6\t20.6\t40000\tOld Gate,Oldgait\n"
      "Bigham\tZQ\tSouth Hills\t-\t14\t24\t9000\t-\n";
  auto bytes = BuildGazetteer(TinySources(), config, report);
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  auto g = Gazetteer::Open(std::move(bytes).value());
  EXPECT_TRUE(g.ok()) << g.status().ToString();
  return std::move(g).value();
}

std::vector<std::uint32_t> Entities(const Gazetteer& g, std::string_view name) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t p : g.Lookup(NameNormalizer::Default().Key(name))) {
    if ((p & gf::kPostingDemonym) == 0) out.push_back(p & gf::kPostingEntityMask);
  }
  return out;
}

TEST(Gazetteer, BuiltinIndexOpensQuicklyAndHasTheWorld) {
  auto t0 = std::chrono::steady_clock::now();
  auto g = Gazetteer::Open(EmbeddedGazetteer());
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::printf("built-in gazetteer: %u entities, %u countries, %u keys, %zu bytes, opened in %.3f ms\n",
              g.value().entity_count(), g.value().country_count(), g.value().key_count(), g.value().byte_size(), ms);
  EXPECT_GT(g.value().entity_count(), 200000u);
  EXPECT_GE(g.value().country_count(), 240u);
  bool found_af = false;
  for (std::uint32_t e : Entities(g.value(), "Afghanistan")) {
    if (e < g.value().country_count() && g.value().CountryCode(e) == "AF") found_af = true;
  }
  EXPECT_TRUE(found_af);
}

TEST(Gazetteer, WholeRecognizerLoadTimeIsPrinted) {
  auto t0 = std::chrono::steady_clock::now();
  auto r = PlaceRecognizer::Load(LexiconOptions{});
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::printf("place recognizer load: %.2f ms\n", ms);
}

TEST(Gazetteer, RejectsCorruptBytes) {
  EXPECT_FALSE(Gazetteer::Open(std::string_view("short")).ok());
  EXPECT_FALSE(Gazetteer::Open(std::string(4096, 'x')).ok());
  std::string copy(EmbeddedGazetteer().substr(0, 4096));
  EXPECT_FALSE(Gazetteer::Open(std::move(copy)).ok());  // truncated: size mismatch
}

TEST(Gazetteer, BuildsFromATinyDump) {
  GazetteerBuildReport report;
  Gazetteer g = BuildTiny(&report);
  EXPECT_EQ(g.country_count(), 2u);
  // Countries, provinces (3, one from its ADM1 row too), districts, towns,
  // one city section (the other is a town of the dump already).
  EXPECT_EQ(g.entity_count(), 2u + 3u + 3u + 5u + 1u);
  EXPECT_TRUE(report.warnings.empty()) << report.warnings.front();

  // Type words are stripped from unit names, and the unit answers to both.
  auto barrow_district = Entities(g, "Barrow District");
  ASSERT_FALSE(barrow_district.empty());
  EXPECT_EQ(g.Name(barrow_district[0]), "Barrow");
  EXPECT_EQ(Entities(g, "Barrow").size(), 2u);  // the districts of North Province and South Hills

  // Alternate names and curated aliases.
  auto zeddy = g.Lookup(NameNormalizer::Default().Key("Zeddy"));
  ASSERT_EQ(zeddy.size(), 1u);
  EXPECT_TRUE(zeddy[0] & gf::kPostingAlternate);
  auto zed_city = g.Lookup(NameNormalizer::Default().Key("Zed City"));
  ASSERT_EQ(zed_city.size(), 1u);
  EXPECT_TRUE(zed_city[0] & gf::kPostingAlias);
  EXPECT_EQ(g.Name(zed_city[0] & gf::kPostingEntityMask), "Zedford");
  auto barrowville = Entities(g, "Barrowville");
  ASSERT_EQ(barrowville.size(), 1u);
  EXPECT_EQ(g.Name(g.entity(barrowville[0]).admin1), "South Hills");

  // Demonyms are flagged as evidence.
  auto demonym = g.Lookup(NameNormalizer::Default().Key("Zedlanders"));
  ASSERT_EQ(demonym.size(), 1u);
  EXPECT_TRUE(demonym[0] & gf::kPostingDemonym);

  // Prefixes of multi-word names keep the matcher extending.
  EXPECT_TRUE(g.IsPrefix("barrow"));
  EXPECT_FALSE(g.IsPrefix("zedford"));
}

TEST(Gazetteer, DerivesUnitPositions) {
  Gazetteer g = BuildTiny();
  auto position = [&](std::string_view name, gf::Kind kind) -> const gf::Entity* {
    for (std::uint32_t e : Entities(g, name)) {
      if (g.entity(e).kind == kind) return &g.entity(e);
    }
    return nullptr;
  };
  // North Province / Barrow District: no PPLA; the district's seat is Barrow Town (PPLA2).
  const gf::Entity* north_barrow = nullptr;
  for (std::uint32_t e : Entities(g, "Barrow")) {
    if (g.Name(g.entity(e).admin1) == "North") north_barrow = &g.entity(e);
  }
  ASSERT_NE(north_barrow, nullptr);
  EXPECT_FLOAT_EQ(north_barrow->lat, 11);
  EXPECT_TRUE(north_barrow->feature & gf::kDerivedPosition);
  // South Hills/Barrow: population-weighted centroid of Littleham and Bigham.
  const gf::Entity* south = position("South Hills", gf::Kind::kProvince);
  ASSERT_NE(south, nullptr);
  EXPECT_NEAR(south->lat, (3001.0 * 12 + 9001.0 * 14) / 12002.0, 1e-3);
  // Emptyvale has no towns: its province's position.
  const gf::Entity* empty = position("Emptyvale", gf::Kind::kDistrict);
  const gf::Entity* north = position("North Province", gf::Kind::kProvince);
  ASSERT_NE(empty, nullptr);
  ASSERT_NE(north, nullptr);
  EXPECT_FLOAT_EQ(empty->lat, north->lat);
  // Coast Region has an ADM1 row: surveyed, not derived.
  const gf::Entity* coast = position("Coast Region", gf::Kind::kProvince);
  ASSERT_NE(coast, nullptr);
  EXPECT_FLOAT_EQ(coast->lat, -6);
  EXPECT_FALSE(coast->feature & gf::kDerivedPosition);
}

TEST(Gazetteer, LoadsAUserDirectory) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("sitrep_gazetteer_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // The country table comes from the built-in index, so the dump is moved
  // into a real country (AF) for this test.
  auto to_af = [](std::string s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
      s.replace(at, from.size(), to);
    }
    return s;
  };
  std::ofstream(dir / "AF.txt") << to_af(kPlaces, "\tZQ\t", "\tAF\t");
  std::ofstream(dir / "admin1CodesASCII.txt") << to_af(kAdmin1, "ZQ.", "AF.");
  std::ofstream(dir / "admin2Codes.txt") << to_af(kAdmin2, "ZQ.", "AF.");

  LexiconOptions options;
  options.gazetteer_dir = dir.string();
  auto r = PlaceRecognizer::Load(options);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  Document doc = testing::Places("Fighting was reported in Zedford, Afghanistan, on Monday.", *r.value());
  const PlaceMention* m = testing::FindMention(doc, "Zedford");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->place.country, "AF");
  EXPECT_EQ(m->place.geoname_id, 900001u);

  options.gazetteer_dir = (dir / "missing").string();
  EXPECT_FALSE(PlaceRecognizer::Load(options).ok());
  fs::remove_all(dir);
}

// City sections (data/places/city_sections.tsv) are towns of their
// province and district under each of their spellings; one whose name a
// town of its country already bears is not added again; a line naming no
// known province is reported.
TEST(Gazetteer, CitySectionsAreTownsOfTheirUnits) {
  Gazetteer g = BuildTiny();
  for (std::string_view name : {"Oldgate", "Old Gate", "Oldgait"}) {
    auto found = Entities(g, name);
    ASSERT_EQ(found.size(), 1u) << name;
    const gf::Entity& e = g.entity(found[0]);
    EXPECT_EQ(e.kind, gf::Kind::kTown);
    EXPECT_EQ(g.Name(e.admin1), "North");  // type words are stripped from unit names
    EXPECT_EQ(g.Name(e.admin2), "Barrow");
    EXPECT_NEAR(e.lat, 10.6, 1e-4);
  }
  EXPECT_EQ(Entities(g, "Bigham").size(), 1u);

  GazetteerBuildConfig config = GazetteerBuildConfig::Default();
  config.aliases_tsv = "";
  config.city_sections_tsv = "Nowhere\tZQ\tNo Such Province\t-\t1\t1\t10\t-\nShort\tZQ\n";
  GazetteerBuildReport report;
  ASSERT_TRUE(BuildGazetteer(TinySources(), config, &report).ok());
  EXPECT_EQ(report.warnings.size(), 2u);
}

// A unit named in excluded_units.tsv is left out of the index; its towns
// stay, without a district.
TEST(Gazetteer, ExcludedUnitsAreLeftOut) {
  GazetteerBuildConfig config = GazetteerBuildConfig::Default();
  config.excluded_units_tsv = "# code, name, reason\nZQ.02.21\tBarrow\tnews means the other Barrow\n";
  auto bytes = BuildGazetteer(TinySources(), config);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  auto g = Gazetteer::Open(std::move(bytes).value());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto barrow = Entities(g.value(), "Barrow");
  ASSERT_EQ(barrow.size(), 1u);  // South Hills' Barrow is gone, North Province's stays
  EXPECT_EQ(g.value().Name(g.value().entity(barrow[0]).admin1), "North");
  auto littleham = Entities(g.value(), "Littleham");
  ASSERT_EQ(littleham.size(), 1u);
  EXPECT_EQ(g.value().entity(littleham[0]).admin2, gf::kNone);
  EXPECT_EQ(g.value().Name(g.value().entity(littleham[0]).admin1), "South Hills");
}

}  // namespace
}  // namespace sitrep::lexicon
