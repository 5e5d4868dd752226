// CapitalPhrases: where a text refers to a capital city without naming it:
// "in the capital", "the Afghan capital", "the country's capital city", "the
// capital of Helmand province". The place recogniser turns each reference
// into a mention of the city once it knows which country (a nationality
// before the word, else the country the document is about) or which unit
// ("the capital of X") is meant.
//
// Only lower-case "capital" after "the" counts ("Capital Territory" is a
// name), and not after a modifier that names another capital or no city
// ("the provincial capital", "the commercial capital", "political
// capital") nor before a noun that makes it money or law ("the capital
// markets", "capital punishment"); both word lists are in
// data/places/capital_phrases.tsv.
//
// Thread-safety: immutable after construction.
#ifndef SITREP_LEXICON_CAPITAL_PHRASES_H_
#define SITREP_LEXICON_CAPITAL_PHRASES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/hash.h"
#include "lexicon/document_words.h"

namespace sitrep::lexicon {

class CapitalPhrases {
 public:
  // One reference, as word indexes into the DocumentWords it was found in.
  struct Reference {
    std::uint32_t first_word = 0;  // "the"
    std::uint32_t last_word = 0;   // "capital", or "city" after it
    // The capitalised word between "the" and "capital" ("the Afghan
    // capital"), which may be a nationality, or -1.
    std::int32_t nationality_word = -1;
    // "the capital of X": the first word of X, or -1.
    std::int32_t of_word = -1;
  };

  // `tsv`: "before|after<TAB>word" lines (data/places/capital_phrases.tsv).
  explicit CapitalPhrases(std::string_view tsv);
  static const CapitalPhrases& Default();

  // Appends to `out` the references among `words`, in text order. Linear in
  // the words; any text.
  void Find(const DocumentWords& words, std::vector<Reference>& out) const;

 private:
  std::unordered_set<std::string, StringHash, std::equal_to<>> not_before_;  // "provincial"
  std::unordered_set<std::string, StringHash, std::equal_to<>> not_after_;   // "markets"
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_CAPITAL_PHRASES_H_
