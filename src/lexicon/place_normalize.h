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

#include <array>
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
};

// The words of a text cut and folded exactly as SplitWords cuts and folds
// them, without a std::string per word: a folded form is a view into the
// text itself when it equals the written bytes (a lower-case ASCII word, the
// most common case), else into one buffer shared by all the words. This is
// what the place recogniser reads for every sentence.
//
//   FoldedWords words;
//   normalizer.AppendWords(text, s.start, s.end, words);  // for each sentence
//   words.Seal();
//   for (const FoldedWord& w : words.words) ... w.folded ...
struct FoldedWord {
  std::uint32_t start = 0;  // byte span in the text it came from
  std::uint32_t end = 0;
  // Valid once the FoldedWords holding it is sealed; never empty.
  std::string_view folded;
  bool capitalized = false;  // as in PlaceWord
  bool all_caps = false;
  bool break_before = false;
  bool possessive = false;
  bool has_digit = false;
  bool hyphen_before = false;
  bool folded_in_buffer = false;  // folded_begin indexes FoldedWords::buffer, not the text
  std::uint32_t folded_begin = 0, folded_size = 0;
};

struct FoldedWords {
  std::vector<FoldedWord> words;
  std::string buffer;  // folded forms that differ from the written bytes

  // Forgets the words, keeping the storage.
  void Clear() {
    words.clear();
    buffer.clear();
  }
  // Points every word's `folded` at its bytes. Call after the last
  // AppendWords (the buffer may move while it grows) and before reading.
  void Seal();
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
  // The folded articles (data/places/articles.txt).
  const std::unordered_set<std::string, StringHash, std::equal_to<>>& articles() const { return articles_; }
  // The first byte of Key(name), or -1 when that key is empty. Reads only
  // the name's first two words, so it is cheap on long names.
  int KeyInitial(std::string_view name) const;

  // Cuts text[begin, end) into words for matching. Linear in the length;
  // accepts any bytes (invalid UTF-8 reads as separators).
  void SplitWords(std::string_view text, std::uint32_t begin, std::uint32_t end,
                  std::vector<PlaceWord>& out) const;
  // The same words, appended to `out` (see FoldedWords), at most
  // `max_words` of them. The first word appended has no break_before
  // unless `out` already holds words, as SplitWords does with its vector.
  void AppendWords(std::string_view text, std::uint32_t begin, std::uint32_t end, FoldedWords& out,
                   std::size_t max_words = static_cast<std::size_t>(-1)) const;

 private:
  std::unordered_set<std::string, StringHash, std::equal_to<>> articles_;
  std::size_t max_article_size_ = 0;  // bytes of the longest folded article (KeyInitial)
  std::array<bool, 256> article_initial_{};  // by byte: some folded article starts with it (KeyInitial)
};

// The spelling skeleton of a key, for transliteration variants that differ
// in vowels, spacing, doubled letters and ezafe joints (Dawlat Abad /
// Dowlatabad, Bal Chiragh / Bilchiragh, Nahri Saraj / Nahr-e Saraj): spaces
// and vowels (a e i o u y) dropped, "w" after a vowel and a final "h" after a
// vowel dropped, runs of one consonant collapsed, prefixed with '~' so that it
// never equals a key. Empty when the skeleton is shorter than four letters
// (too many names share those).
std::string SpellingSkeleton(std::string_view key);

// SpellingSkeleton of a key fed to it a token at a time, for a caller that
// tries "a", "a b", "a b c" in turn: each token is read once, and nothing is
// allocated once the builder has grown. A new builder holds an empty key.
// (SpellingSkeleton is this builder fed the whole key.)
class SpellingSkeletonBuilder {
 public:
  // Starts an empty key.
  void Reset() {
    // out_ holds '~' and what was appended (unless moved from): cut back
    // to it without the out-of-line assign.
    if (out_.empty()) out_.push_back('~');
    else out_.resize(1);
    after_vowel_ = false;
    acronym_ = false;
  }
  // Appends `tokens` to the key: one or more tokens separated by single
  // spaces, after a space when the key already has tokens.
  void Append(std::string_view tokens);
  // SpellingSkeleton(key so far): empty when too short or an acronym.
  // Valid until the next Append or Reset.
  std::string_view skeleton() const {
    return acronym_ || out_.size() < kMinSkeletonSize ? std::string_view() : std::string_view(out_);
  }

 private:
  static constexpr std::size_t kMinSkeletonSize = 5;  // '~' and four letters
  std::string out_ = "~";
  bool after_vowel_ = false;  // the last non-space byte read was a vowel
  bool acronym_ = false;      // an acronym token was read: no skeleton
};

// Folds one word (no separators inside) to lower case without marks;
// ASCII fast path. Exposed for tests.
std::string FoldWord(std::string_view word);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_PLACE_NORMALIZE_H_
