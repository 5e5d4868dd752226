// Place compatibility for dedup, by ACLED geo precision (1 town, 2 district,
// 3 province, 4 or 0 country/unknown):
//  - different countries (both known) never match;
//  - names (admin1, admin2, towns) compare with SameName below;
//  - two towns with coordinates match within Tunables().town_radius_km (the
//    distance decides even inside one district: two named towns 40 km apart
//    are two places);
//  - a district and a town/district match when their admin2 is the same, or,
//    when either admin2 is unknown, when the points are within
//    district_radius_km;
//  - towns or districts in different provinces (both admin1 known) never
//    match, unless two towns lie within same_spot_km (a border town);
//  - a province-level place matches anything in the same admin1, but never
//    "specifically": the match rule then demands strong type/actor agreement;
//  - "exact" only for the same town (within same_spot_km, or the same name
//    when coordinates are missing): widely different tolls need it;
//  - no location (or country only) is compatible and vague likewise.
#ifndef SITREP_STORE_DEDUP_PLACE_H_
#define SITREP_STORE_DEDUP_PLACE_H_

#include <optional>
#include <string_view>

#include "core/events.h"
#include "store/dedup_agreement.h"

namespace sitrep::store {

// Great-circle distance in km (mean Earth radius 6371 km).
double HaversineKm(double lat1, double lon1, double lat2, double lon2);

// True when the location carries usable coordinates (finite, in range, not the
// 0,0 "unset" default).
bool HasCoordinates(const EventLocation& place);

// Equality of non-empty names ignoring case, accents and surrounding spaces
// ("Achīn" == "achin"); empty never equals anything. Bytes that are not
// valid UTF-8 compare only byte-for-byte (ASCII case-insensitively).
bool SameName(std::string_view a, std::string_view b);

Agreement ComparePlaces(const std::optional<EventLocation>& a, const std::optional<EventLocation>& b);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DEDUP_PLACE_H_
