// Country codes for the read side: ISO alpha-3 codes for ACLED's
// event_id_cnty, ACLED country names, and resolving what a user typed as a
// country filter ("AF", "AFG", "afghanistan", an alias) to the ISO alpha-2
// code the store keeps. The table is data/actors/states.tsv (embedded), the
// same one the actor coder uses, so names agree across the project.
//
// Thread-safety: all functions are safe to call from any thread.
#ifndef SITREP_STORE_EXPORT_COUNTRIES_H_
#define SITREP_STORE_EXPORT_COUNTRIES_H_

#include <string>
#include <string_view>

namespace sitrep::store {

struct CountryCodes {
  std::string iso2, iso3;
  std::string name;  // ACLED's country name
};

// The entry for an ISO alpha-2 code (any case); nullptr when unknown.
const CountryCodes* CountryByIso2(std::string_view iso2);

// ISO alpha-2 code for an alpha-2 or alpha-3 code, a name or an alias, case
// insensitive; "" when nothing matches.
std::string ResolveCountry(std::string_view text);

}  // namespace sitrep::store

#endif  // SITREP_STORE_EXPORT_COUNTRIES_H_
