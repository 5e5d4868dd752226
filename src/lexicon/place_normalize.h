// Place-name normalisation: the one function that turns a written name into
// the key the gazetteer's name table is indexed by, used both when the index
// is compiled (on GeoNames names, aliases) and when text is matched (on the
// words of a sentence), so that the two always agree.
//
// A key is a sequence of tokens joined by one space:
//  - case folded, accents and other combining marks removed (Kōhistān ->
//    kohistan), compatibility forms unfolded (ligatures, full-width letters);
//  - apostrophes and ayn/hamza letters dropped (Ma'rib, Mūsá Qal‘ah -> marib,
//    musa qalah); a final possessive 's is dropped (Helmand's -> helmand);
//  - a final "ah" is written "a" (Raqqah -> raqqa, Chōrah -> chora);
//  - hyphens, periods, commas and other punctuation separate tokens
//    (Nawa-i-Barakzayi -> nawa i barakzayi);
//  - a leading article listed in data/places/articles.txt (al, el) is dropped
//    when more tokens follow (Al Anbar, al-Anbar -> anbar);
//  - acronyms (2-3 capital letters, or letters separated by periods: US, UAE,
//    U.S.) become one case-exact token marked with kAcronymMark, so that "US"
//    never matches the pronoun "us".
//
// Thread-safety: pure functions; NameNormalizer is immutable after construction.
#ifndef SITREP_LEXICON_PLACE_NORMALIZE_H_
#define SITREP_LEXICON_PLACE_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/hash.h"

namespace sitrep::lexicon {

// First byte of an acronym token ("\x01US"): cannot occur in folded text.
inline constexpr char kAcronymMark = '\x01';

// One word of running text, cut and folded for matching.
struct PlaceWord {
  std::uint32_t start = 0;  // byte span in the text it came from
  std::uint32_t end = 0;
  std::string folded;       // normalised token (see above); may be empty (pure punctuation)
  bool capitalized = false;  // first letter is upper/title case
  bool all_caps = false;     // every letter is upper case (and there are >= 2)
  bool break_before = false; // punctuation other than - ' separates it from the previous word
  bool possessive = false;   // a final 's / ’s was removed
  bool has_digit = false;
  bool hyphen_before = false; // joined to the previous word by a hyphen (al-Anbar)
  // Left false by SplitWords; the place recogniser sets them once per word so
  // that its many tests of each word cost no further set lookups.
  bool common = false;        // an English word (data/places/common_words.txt)
  bool article = false;       // an article of place names (NameNormalizer::IsArticle)
};

class NameNormalizer {
 public:
  // `articles`: contents of data/places/articles.txt (one article per line).
  explicit NameNormalizer(std::string_view articles);
  // The normaliser built from the embedded data file.
  static const NameNormalizer& Default();

  // The key of a whole name ("Nāwah-ye Bārakzaī" -> "nawah ye barakzai").
  // Empty if the name has no letters or digits.
  std::string Key(std::string_view name) const;
  // Folded tokens of a name (before joining); articles not yet removed.
  std::vector<std::string> Tokens(std::string_view name) const;
  // Joins tokens[begin, end) into a key, dropping a leading article when
  // more tokens follow. This is how both sides build keys.
  std::string JoinKey(const std::vector<std::string>& tokens, std::size_t begin, std::size_t end) const;
  bool IsArticle(std::string_view token) const { return articles_.find(token) != articles_.end(); }

  // Cuts text[begin, end) into words for matching. Linear in the length;
  // accepts any bytes (invalid UTF-8 reads as separators).
  void SplitWords(std::string_view text, std::uint32_t begin, std::uint32_t end,
                  std::vector<PlaceWord>& out) const;

 private:
  std::unordered_set<std::string, StringHash, std::equal_to<>> articles_;
};

// The spelling skeleton of a key, for transliteration variants that differ
// in vowels, spacing, doubled letters and ezafe joints (Dawlat Abad /
// Dowlatabad, Bal Chiragh / Bilchiragh, Nahri Saraj / Nahr-e Saraj): spaces
// and vowels (a e i o u y) dropped, "w" after a vowel and a final "h" after a
// vowel dropped, runs of one consonant collapsed, prefixed with '~' so that it
// never equals a key. Empty when the skeleton is shorter than four letters
// (too many names share those).
std::string SpellingSkeleton(std::string_view key);

// Folds one word (no separators inside) to lower case without marks;
// ASCII fast path. Exposed for tests.
std::string FoldWord(std::string_view word);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_PLACE_NORMALIZE_H_
