// Outlet countries: the country a news outlet reports from, read from the
// document's URL or outlet name (data/actors/outlet_countries.tsv).
//
// A local outlet's report often names no country at all: "Protesters
// blocked the highway outside the press club" in a Karachi daily, "BNP
// activists clashed with police in the capital" in a Dhaka one. The lexicon
// sets Document::outlet_country from it; the actor recogniser uses it for
// Document::main_country only when nothing in the text votes for one, and
// the place recogniser counts it as a vote weaker than any word of the text
// (a Karachi daily's "Hyderabad" is the one in Sindh). The text always wins
// over the outlet; an international wire or broadcaster gives no country.
//
// How a document's outlet is read, first answer wins:
//   1. its URL's host or a parent domain of it listed in the file
//      ("www.dawn.com" -> "dawn.com");
//   2. its outlet name listed in the file, whole, ignoring ASCII case, runs
//      of spaces and a leading "The" ("Kathmandu Post" = "The Kathmandu
//      Post"); then the same without a bracket at its end ("The Kathmandu
//      Post (KP)");
//   3. the country a bracket at the name's end names ("The Daily Star
//      (Lebanon)"): outlets of several countries sharing a name are told
//      apart this way;
//   4. a name that is a domain ("Dawn.com") read as a URL's host (steps 1
//      and 6);
//   5. the one country the name names, by its name, another name of it or
//      its demonym ("Times of Malta", "The Japan Times", "Irish Examiner");
//      none when it names two. Outlets named after a country that report
//      from elsewhere or for the world are listed in the file ("-");
//   6. its URL's top-level domain: a listed one (".uk" -> GB, ".tv" none),
//      else a two-letter one read as the ISO code (".pk" -> PK).
//
// Thread-safety: immutable after construction; share freely.
#ifndef SITREP_LEXICON_OUTLET_COUNTRIES_H_
#define SITREP_LEXICON_OUTLET_COUNTRIES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/hash.h"

namespace sitrep::lexicon {

class OutletCountries {
 public:
  // `tsv`: "key<TAB>ISO2" lines after a header (the file's comment says
  // which keys are domains, top-level domains and names); "-" for no
  // country. `states_tsv` (data/actors/states.tsv's columns: iso2, iso3,
  // name, of_name, aliases, demonyms) gives the country names of steps 3
  // and 5; without it those steps find nothing. Malformed lines are skipped.
  explicit OutletCountries(std::string_view tsv, std::string_view states_tsv = {});
  // The embedded data/actors/outlet_countries.tsv and states.tsv.
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
  // The country of a listed domain `host` is under ("" for an international
  // one); nullopt when none is listed.
  std::optional<std::string> CountryOfHost(std::string_view host) const;
  // Step 6: the country of `host`'s top-level domain, "" if none.
  std::string CountryOfTopLevelDomain(std::string_view host) const;
  // Steps 2 to 5 of the class comment: the country ("" for a listed
  // international outlet); nullopt when the name tells nothing.
  std::optional<std::string> CountryOfName(std::string_view outlet) const;
  // The one country named by words of `name` (lower-cased), "" if none or two.
  std::string CountryNamedIn(std::string_view name) const;

  // "dawn.com" -> "PK", ".uk" -> "GB", "reuters.com" -> "" (international).
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> domains_;
  // Outlet name in NameKey form -> ISO2 or "".
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> names_;
  // Lower-cased country name, alias or demonym -> ISO2 ("japan", "irish").
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> country_words_;
  std::size_t longest_country_words_ = 0;  // in words
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_OUTLET_COUNTRIES_H_
