// Gazetteer sources: the records a gazetteer index is compiled from, and
// readers for the GeoNames dump formats.
//
//   places     GeoNames "geoname" TSV (allCountries.txt, XX.txt, cities500.txt):
//              geonameid, name, asciiname, alternatenames, lat, lon, feature
//              class, feature code, country, cc2, admin1, admin2, admin3,
//              admin4, population, elevation, dem, timezone, modified.
//              Populated places (class P) become towns; ADM1/ADM2 rows (class A)
//              give provinces and districts their surveyed positions.
//   admin1     admin1CodesASCII.txt: "AF.01<TAB>name<TAB>asciiname<TAB>geonameid"
//   admin2     admin2Codes.txt:      "AF.01.1109<TAB>name<TAB>asciiname<TAB>geonameid"
//   countries  sitrep's country TSV (built from world-countries at build time,
//              and kept inside every index): "ISO2<TAB>ISO3<TAB>name<TAB>
//              official<TAB>lat<TAB>lon<TAB>alias|alias...<TAB>demonym|demonym..."
//
// Readers skip malformed lines (counting them) instead of failing: a dump with
// a few bad rows still gives a usable gazetteer.
#ifndef SITREP_LEXICON_GAZETTEER_SOURCE_H_
#define SITREP_LEXICON_GAZETTEER_SOURCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sitrep::lexicon {

struct PlaceSource {
  std::uint32_t geoname_id = 0;
  std::string name;
  std::string ascii_name;
  std::string alternate_names;  // comma-separated, as in the dump
  double lat = 0, lon = 0;
  char feature_class = 0;
  std::string feature_code;
  std::string country;          // ISO2
  std::string admin1;           // admin1 code within the country ("13")
  std::string admin2;           // admin2 code within admin1
  std::uint64_t population = 0;
};

struct AdminSource {
  std::string code;  // "AF.13" or "AF.13.1301"
  std::string name;
  std::string ascii_name;
  std::uint32_t geoname_id = 0;
};

struct CountrySource {
  std::string iso2, iso3, name, official;
  double lat = 0, lon = 0;
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;
};

struct GazetteerSources {
  std::vector<CountrySource> countries;
  std::vector<AdminSource> admin1;
  std::vector<AdminSource> admin2;
  std::vector<PlaceSource> places;  // towns and ADM1/ADM2 features
  std::size_t skipped_lines = 0;
};

// Appends the usable rows of a GeoNames dump to `out` (class P, and class A
// with code ADM1/ADM2; everything else is skipped).
void ReadGeoNamesPlaces(std::string_view tsv, GazetteerSources& out);
// Appends admin1CodesASCII.txt / admin2Codes.txt rows to `out`.
void ReadAdminCodes(std::string_view tsv, std::vector<AdminSource>& out, std::size_t* skipped);
// Parses the countries TSV (format above).
void ReadCountries(std::string_view tsv, std::vector<CountrySource>& out, std::size_t* skipped);
// Writes countries in the TSV format ReadCountries reads.
std::string WriteCountries(const std::vector<CountrySource>& countries);

// Reads a GeoNames directory: allCountries.txt, or every XX.txt (two capital
// letters), cities*.txt otherwise; admin1CodesASCII.txt and admin2Codes.txt
// when present. `countries_tsv` supplies the country table (GeoNames dumps
// carry none in these files). NotFound if the directory has no place file.
Result<GazetteerSources> ReadGeoNamesDirectory(const std::string& dir, std::string_view countries_tsv);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_GAZETTEER_SOURCE_H_
