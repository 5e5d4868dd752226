// Place type words: the nouns news writes after a place name to say what kind
// of unit it is ("Nawa district", "Helmand Province", "Parbatipur upazila",
// "Kandahar city"), read from data/places/type_words.tsv.
//
// Thread-safety: immutable after construction.
#ifndef SITREP_LEXICON_PLACE_TYPE_WORDS_H_
#define SITREP_LEXICON_PLACE_TYPE_WORDS_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/hash.h"
#include "lexicon/gazetteer_format.h"

namespace sitrep::lexicon {

class PlaceTypeWords {
 public:
  // `tsv`: "word<TAB>town|district|province[<TAB>XX,YY]" lines; the word is
  // folded as in place_normalize.h and may be plural ("districts"); the
  // optional third column lists the only countries whose units the word
  // names ("upazila": BD).
  explicit PlaceTypeWords(std::string_view tsv);
  static const PlaceTypeWords& Default();

  // The kind a folded word announces, or nullptr.
  const gazetteer_format::Kind* Find(std::string_view folded) const {
    auto it = words_.find(folded);
    return it == words_.end() ? nullptr : &it->second;
  }
  // The countries (ISO2 codes, comma-separated) whose units a folded type
  // word names, or "" when the word is used of any country's units. The view
  // lives as long as this object.
  std::string_view Countries(std::string_view folded) const {
    auto it = countries_.find(folded);
    return it == countries_.end() ? std::string_view() : std::string_view(it->second);
  }
  // True when a type word with `countries` (as returned by Countries) may
  // name a unit of the country with ISO2 code `iso2`.
  static bool CountryMatches(std::string_view countries, std::string_view iso2);
  std::size_t size() const { return words_.size(); }
  // Every folded type word with its kind.
  const std::unordered_map<std::string, gazetteer_format::Kind, StringHash, std::equal_to<>>& words() const {
    return words_;
  }

 private:
  std::unordered_map<std::string, gazetteer_format::Kind, StringHash, std::equal_to<>> words_;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> countries_;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_PLACE_TYPE_WORDS_H_
