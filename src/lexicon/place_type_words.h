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
  // `tsv`: "word<TAB>town|district|province" lines; the word is folded as in
  // place_normalize.h and may be plural ("districts").
  explicit PlaceTypeWords(std::string_view tsv);
  static const PlaceTypeWords& Default();

  // The kind a folded word announces, or nullptr.
  const gazetteer_format::Kind* Find(std::string_view folded) const {
    auto it = words_.find(folded);
    return it == words_.end() ? nullptr : &it->second;
  }
  std::size_t size() const { return words_.size(); }
  // Every folded type word with its kind.
  const std::unordered_map<std::string, gazetteer_format::Kind, StringHash, std::equal_to<>>& words() const {
    return words_;
  }

 private:
  std::unordered_map<std::string, gazetteer_format::Kind, StringHash, std::equal_to<>> words_;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_PLACE_TYPE_WORDS_H_
