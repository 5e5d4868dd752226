// WordLists: the word lists the tokenizer and sentence splitter consult, loaded
// once from the embedded data files
//   text/abbreviations.txt       abbreviations and whether they can end a sentence
//   text/sentence_starters.txt   words that open sentences
//   text/line_continuations.txt  words after which a line break is not a boundary
// Lookups are exact byte comparisons on views into the embedded data: no
// allocation per lookup.
//
// Thread-safety: Default() is built once (thread-safe static); the object is
// immutable afterwards.
#ifndef SITREP_TEXT_WORD_LISTS_H_
#define SITREP_TEXT_WORD_LISTS_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace sitrep::text {

enum class AbbreviationKind : std::uint8_t {
  kNone = 0,      // not an abbreviation
  kNeverEnds,     // titles and the like: "Gen.", "Mr.", "vs."
  kMayEnd,        // ends a sentence only before a sentence opener or a new line
  kBeforeNumber,  // an abbreviation only when a number follows: "No. 5"
};

class WordLists {
 public:
  // The word lists built from the embedded data files.
  static const WordLists& Default();

  // Builds the word lists from the contents of the three files (formats as in the
  // files' headers). The views must outlive the WordLists.
  WordLists(std::string_view abbreviations, std::string_view sentence_starters,
          std::string_view line_continuations);

  // `word` includes its final period ("Gen."). An entry starting with a
  // lowercase ASCII letter also matches with that letter capitalised.
  AbbreviationKind FindAbbreviation(std::string_view word) const;
  bool IsSentenceStarter(std::string_view word) const;
  bool IsLineContinuation(std::string_view word) const;

  std::size_t abbreviation_count() const { return abbreviations_.size(); }
  std::size_t sentence_starter_count() const { return starters_.size(); }

 private:
  std::unordered_map<std::string_view, AbbreviationKind> abbreviations_;
  std::unordered_set<std::string_view> starters_;
  std::unordered_set<std::string_view> continuations_;
  std::size_t longest_abbreviation_ = 0;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_WORD_LISTS_H_
