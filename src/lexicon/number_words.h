// Cardinal numbers written in digits or words, over ScanTokens
// (lexicon/date_number_scan.h). Shared by the number recogniser (counts) and
// the date recogniser ("two days ago").
//
//   digits   "5", "5,000", "3.5", "1.200.000", "1.2 million", "5 lakh"
//   words    "fourteen", "twenty-three", "two hundred and fifty",
//            "a hundred", "two dozen", "one thousand five hundred"
//
// Not cardinals: ordinals ("second", "twenty-first"; "5th" is the caller's
// business since "5" and "th" are separate tokens), clock times and dates
// ("10:30", "01/04/2021": numerals with ':' or '/'), malformed groupings
// ("1,20"). Values are capped at kMaxValue; larger figures are not numbers.
//
// Thread-safety: immutable after Load; share freely.
#ifndef SITREP_LEXICON_NUMBER_WORDS_H_
#define SITREP_LEXICON_NUMBER_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "lexicon/date_number_scan.h"

namespace sitrep::lexicon {

enum class NumberWordKind : std::uint8_t {
  kNone, kUnit, kTens, kHundred, kScale, kDozen, kArticle, kJoiner, kOrdinal
};

struct NumberWord {
  NumberWordKind kind = NumberWordKind::kNone;
  std::int64_t value = 0;
};

// The value of a numeral token's text: digits with "," thousands groups, one
// "." decimal point (or "." thousands groups when there are several).
struct Numeral {
  std::int64_t whole = 0;     // the integer part
  std::int64_t fraction = 0;  // digits after the decimal point, as an integer
  int fraction_digits = 0;
  int digits = 0;             // digits of the integer part
  bool leading_zero = false;  // "07", "0093": codes, not counts
  bool grouped = false;       // written with thousands separators
};
// False for anything that is not a plain number (":" or "/" inside, a bad
// grouping, more than 18 digits).
bool ParseNumeral(std::string_view text, Numeral* out);

struct ParsedCardinal {
  std::size_t tokens = 0;    // tokens consumed; 0 when there is no cardinal
  std::int64_t value = 0;
  bool digits = false;       // written (at least partly) in digits
  bool ordinal = false;      // the tokens form an ordinal ("twenty-first"): not a cardinal
};

class NumberWords {
 public:
  static constexpr std::int64_t kMaxValue = 1'000'000'000'000'000;  // 10^15

  // Reads the number_words.tsv format (word, value, kind) and interns the words.
  Status Load(std::string_view file, Vocabulary& vocab);

  // The entry of a vocabulary id; kind kNone when it is not a number word.
  NumberWord Lookup(int id) const {
    return id >= 0 && static_cast<std::size_t>(id) < words_.size() ? words_[id] : NumberWord{};
  }

  // Reads the cardinal starting at tokens[i]. `text` is what the tokens'
  // offsets point into.
  ParsedCardinal Parse(std::string_view text, std::span<const ScanToken> tokens, std::size_t i) const;

 private:
  ParsedCardinal ParseWords(std::span<const ScanToken> tokens, std::size_t i) const;
  std::vector<NumberWord> words_;  // by vocabulary id
  int hyphen_id_ = -1;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_NUMBER_WORDS_H_
