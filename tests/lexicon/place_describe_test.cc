// PlaceRecognizer::Describe remembers per thread whether a unit's seat bears
// the unit's name (place_recognizer.cc): its answers must not depend on what
// was described before, on this thread or by another recogniser.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "lexicon/place_recognizer.h"
#include "place_test_util.h"

namespace sitrep::lexicon {
namespace {

using testing::BuiltinPlaces;

// The districts and provinces of the built-in gazetteer that have a seat,
// at most `limit` of them.
std::vector<std::uint32_t> UnitsWithSeats(const PlaceRecognizer& r, std::size_t limit) {
  std::vector<std::uint32_t> units;
  const Gazetteer& g = r.gazetteer();
  for (std::uint32_t i = g.country_count(); i < g.entity_count() && units.size() < limit; ++i) {
    const gazetteer_format::Kind k = g.entity(i).kind;
    if (k != gazetteer_format::Kind::kDistrict && k != gazetteer_format::Kind::kProvince) continue;
    if (r.Describe(i).has_seat) units.push_back(i);
  }
  return units;
}

std::vector<std::string> Seats(const PlaceRecognizer& r, const std::vector<std::uint32_t>& units) {
  std::vector<std::string> seats;
  for (std::uint32_t u : units) seats.push_back(r.Describe(u).seat);
  return seats;
}

TEST(PlaceDescribe, SeatDoesNotDependOnEarlierCalls) {
  const PlaceRecognizer& r = BuiltinPlaces();
  // More units than the per-thread memory has slots, so that they collide.
  const std::vector<std::uint32_t> units = UnitsWithSeats(r, 5000);
  ASSERT_GT(units.size(), 100u);
  std::vector<std::string> fresh;
  std::thread([&] { fresh = Seats(r, units); }).join();
  std::size_t named_differently = 0, named_alike = 0;
  for (const std::string& s : fresh) (s.empty() ? named_alike : named_differently)++;
  // Both answers occur (a seat named like its unit is left out).
  EXPECT_GT(named_differently, 0u);
  EXPECT_GT(named_alike, 0u);
  EXPECT_EQ(Seats(r, units), fresh);
  std::vector<std::uint32_t> reversed(units.rbegin(), units.rend());
  std::vector<std::string> reversed_seats = Seats(r, reversed);
  EXPECT_EQ(std::vector<std::string>(reversed_seats.rbegin(), reversed_seats.rend()), fresh);
  EXPECT_EQ(Seats(r, units), fresh);
}

TEST(PlaceDescribe, TwoRecognizersTakeTurnsOnOneThread) {
  const PlaceRecognizer& builtin = BuiltinPlaces();
  auto other = PlaceRecognizer::Load(LexiconOptions{});
  ASSERT_TRUE(other.ok());
  const std::vector<std::uint32_t> units = UnitsWithSeats(builtin, 300);
  const std::vector<std::string> fresh = Seats(builtin, units);
  for (std::size_t k = 0; k < units.size(); ++k) {
    EXPECT_EQ(other.value()->Describe(units[k]).seat, fresh[k]) << units[k];
    EXPECT_EQ(builtin.Describe(units[k]).seat, fresh[k]) << units[k];
  }
}

}  // namespace
}  // namespace sitrep::lexicon
