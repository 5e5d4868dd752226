#include "store/dedup_place.h"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "store/dedup_tunables.h"

namespace sitrep::store {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool HasNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Case-folded, accents stripped, compatibility forms unfolded: gazetteer
// names come with diacritics ("Achīn") where reports and other fields do not.
// Empty when the bytes are not valid UTF-8.
std::string Folded(std::string_view s) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK));
  std::string out;
  if (n > 0 && mapped != nullptr) out.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  std::free(mapped);
  return out;
}

// 1 town, 2 district, 3 province; anything else (0 unknown, 4 country) is 4.
int Level(const EventLocation& p) { return p.precision >= 1 && p.precision <= 3 ? p.precision : 4; }

}  // namespace

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

bool HasCoordinates(const EventLocation& p) {
  if (!std::isfinite(p.lat) || !std::isfinite(p.lon)) return false;
  if (std::fabs(p.lat) > 90 || std::fabs(p.lon) > 180) return false;
  return !(p.lat == 0 && p.lon == 0);
}

bool SameName(std::string_view a, std::string_view b) {
  a = Trim(a);
  b = Trim(b);
  if (a.empty() || b.empty()) return false;
  if (a.size() == b.size()) {
    bool equal = true;
    for (std::size_t i = 0; i < a.size() && equal; ++i) equal = Lower(a[i]) == Lower(b[i]);
    if (equal) return true;
  }
  // Slow path only for non-ASCII names, which are rare in the fields compared.
  if (!HasNonAscii(a) && !HasNonAscii(b)) return false;
  std::string fa = Folded(a);
  return !fa.empty() && fa == Folded(b);
}

Agreement ComparePlaces(const std::optional<EventLocation>& oa, const std::optional<EventLocation>& ob) {
  if (!oa || !ob) return Agrees(0.1, false);
  const EventLocation& a = *oa;
  const EventLocation& b = *ob;
  if (!a.country.empty() && !b.country.empty() && !SameName(a.country, b.country)) return Contradicts();
  const DedupTunables& t = Tunables();
  const int la = Level(a), lb = Level(b);
  const bool coords = HasCoordinates(a) && HasCoordinates(b);
  const double km = coords ? HaversineKm(a.lat, a.lon, b.lat, b.lon) : -1;

  if (la == 4 || lb == 4) return Agrees(0.1, false);  // country at best: no evidence either way
  if (la == 3 || lb == 3) {
    // Province level: only the admin1 can be checked. A province mention's
    // own name is its admin1 when the gazetteer left admin1 empty.
    std::string_view a1 = a.admin1.empty() && la == 3 ? std::string_view(a.name) : std::string_view(a.admin1);
    std::string_view b1 = b.admin1.empty() && lb == 3 ? std::string_view(b.name) : std::string_view(b.admin1);
    if (a1.empty() || b1.empty()) return Agrees(0.1, false);
    return SameName(a1, b1) ? Agrees(0.3, false) : Contradicts();
  }
  // Both town or district. Different provinces (both known) never match.
  if (!a.admin1.empty() && !b.admin1.empty() && !SameName(a.admin1, b.admin1)) {
    // Unless the points are genuinely close: a town on a provincial border.
    if (!(la == 1 && lb == 1 && km >= 0 && km <= t.same_spot_km)) return Contradicts();
  }
  if (la == 1 && lb == 1) {
    if (km >= 0) {
      if (km <= t.same_spot_km) return Agrees(1.0, true);
      if (km > t.town_radius_km) return Contradicts();
      // Linear from 0.9 at the same spot to 0.5 at the radius.
      return AgreesSpecificNotExact(0.9 - 0.4 * (km / std::max(t.town_radius_km, 1e-9)));
    }
    // No coordinates on one side: fall back on names.
    if (SameName(a.name, b.name) && (a.admin2.empty() || b.admin2.empty() || SameName(a.admin2, b.admin2)))
      return Agrees(0.9, true);
    if (!a.admin2.empty() && !b.admin2.empty())
      return SameName(a.admin2, b.admin2) ? AgreesSpecificNotExact(0.5) : Contradicts();
    return Agrees(0.2, false);  // two differently named towns we cannot place
  }
  // At least one district.
  if (!a.admin2.empty() && !b.admin2.empty()) {
    return SameName(a.admin2, b.admin2) ? AgreesSpecificNotExact(0.7) : Contradicts();
  }
  // A district's own name stands for its admin2 when the field is empty.
  std::string_view a2 = a.admin2.empty() && la == 2 ? std::string_view(a.name) : std::string_view(a.admin2);
  std::string_view b2 = b.admin2.empty() && lb == 2 ? std::string_view(b.name) : std::string_view(b.admin2);
  if (!a2.empty() && !b2.empty() && SameName(a2, b2)) return AgreesSpecificNotExact(0.7);
  if (km >= 0) return km <= t.district_radius_km ? AgreesSpecificNotExact(0.5) : Contradicts();
  if (!a2.empty() && !b2.empty()) return Contradicts();
  return Agrees(0.2, false);
}

}  // namespace sitrep::store
