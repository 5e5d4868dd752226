#include "extract/event_where_when.h"

#include <string>
#include <utility>

#include <gtest/gtest.h>

namespace sitrep::extract {
namespace {

PlaceRef Place(std::string kind, double lat, double lon) {
  PlaceRef p;
  p.name = "Unit";
  p.kind = std::move(kind);
  p.lat = lat;
  p.lon = lon;
  return p;
}

// LocationCoordinates answers what ToLocation would put in lat and lon, for
// every kind of place: a town's own, a seat's for a district or province
// that has one, the unit's own without, none for a country.
TEST(LocationCoordinates, AreToLocationsCoordinates) {
  PlaceRef district_with_seat = Place("district", 31.5, 64.3);
  district_with_seat.has_seat = true;
  district_with_seat.seat = "Girishk";
  district_with_seat.seat_lat = 31.8;
  district_with_seat.seat_lon = 64.6;
  PlaceRef province_with_namesake_seat = Place("province", 36.7, 67.1);
  province_with_namesake_seat.has_seat = true;
  province_with_namesake_seat.seat_lat = 36.9;
  province_with_namesake_seat.seat_lon = 66.9;
  const PlaceRef places[] = {Place("town", 34.5, 69.2), district_with_seat, Place("district", 32.1, 65.0),
                             province_with_namesake_seat, Place("province", 35.0, 70.0),
                             Place("country", 33.0, 65.0), Place("", 1.0, 2.0)};
  for (const PlaceRef& p : places) {
    SCOPED_TRACE(p.kind);
    const EventLocation loc = ToLocation(p);
    const auto [lat, lon] = LocationCoordinates(p);
    EXPECT_EQ(lat, loc.lat);
    EXPECT_EQ(lon, loc.lon);
  }
  EXPECT_EQ(LocationCoordinates(district_with_seat), std::make_pair(31.8, 64.6));
  EXPECT_EQ(LocationCoordinates(Place("country", 33.0, 65.0)), std::make_pair(0.0, 0.0));
}

}  // namespace
}  // namespace sitrep::extract
