// Outlet countries: the country a news outlet reports from, read from the
// document's URL or outlet name (data/actors/outlet_countries.tsv).
//
// A local outlet's report often names no country at all: "Protesters
// blocked the highway outside the press club" in a Karachi daily, "BNP
// activists clashed with police in the capital" in a Dhaka one. The actor
// recogniser uses the outlet's country for Document::main_country only when
// nothing in the text votes for one, so the text always wins over the
// outlet; an international wire or broadcaster gives no country.
//
// How a document's outlet is read, first answer wins:
//   1. its URL's host or a parent domain of it listed in the file
//      ("www.dawn.com" -> "dawn.com");
//   2. its outlet name listed in the file, whole, ignoring ASCII case;
//   3. its URL's top-level domain: a listed one (".uk" -> GB, ".tv" none),
//      else a two-letter one read as the ISO code (".pk" -> PK).
//
// Thread-safety: immutable after construction; share freely.
#ifndef SITREP_LEXICON_OUTLET_COUNTRIES_H_
#define SITREP_LEXICON_OUTLET_COUNTRIES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/hash.h"

namespace sitrep::lexicon {

class OutletCountries {
 public:
  // `tsv`: "key<TAB>ISO2" lines after a header (the file's comment says
  // which keys are domains, top-level domains and names); "-" for no
  // country. Malformed lines are skipped.
  explicit OutletCountries(std::string_view tsv);
  // The embedded data/actors/outlet_countries.tsv.
  static const OutletCountries& Default();

  // ISO alpha-2 of the country of the outlet at `url` (any form: with or
  // without scheme, port, path) or named `outlet`; "" when neither tells
  // one or the outlet is international.
  std::string CountryOf(std::string_view url, std::string_view outlet) const;

  // The URL's host, lower-cased, without "www." and a trailing dot; "" if
  // there is none ("https://www.Dawn.com:443/news/1" -> "dawn.com").
  static std::string HostOf(std::string_view url);

  std::size_t size() const { return domains_.size() + names_.size(); }

 private:
  // "dawn.com" -> "PK", ".uk" -> "GB", "reuters.com" -> "" (international).
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> domains_;
  // Lower-cased outlet name -> ISO2 or "".
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> names_;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_OUTLET_COUNTRIES_H_
