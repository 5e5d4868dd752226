// What the plain-text cleaner knows about one unit (line or paragraph) before
// it looks at the neighbours: its shape, its cue matches and its voice.
//
// Thread-safety: stateless; the scratch LineScan belongs to the caller.
#ifndef SITREP_CLEAN_TEXT_FEATURES_H_
#define SITREP_CLEAN_TEXT_FEATURES_H_

#include <cstdint>
#include <string_view>

#include "clean/text_cues.h"
#include "clean/text_tokens.h"

namespace sitrep::clean {

struct LineFeatures {
  std::uint32_t words = 0;
  std::uint32_t capitalized = 0;  // words starting with a capital
  std::uint32_t numbers = 0;      // words made of digits
  std::uint32_t questions = 0;    // '?' outside quotations
  std::uint32_t exclamations = 0; // '!' outside quotations
  std::uint8_t cues = 0;          // CueBit()s
  // Voice counts, outside quotations.
  std::uint16_t first_person = 0, second_person = 0, opinion = 0, insult = 0, attribution = 0, calendar = 0,
                first_person_plural = 0;
  bool ends_sentence = false;  // . ! ? … : ; after closing quotes/brackets
  bool ends_question_or_exclamation = false;
  bool ends_with_colon = false;
  bool list_item = false;      // starts with a list marker
  bool bare_url = false;       // the whole line is one link
  bool agency_dateline = false;  // "(Reuters) –", "CITY (AP) —"
  bool starts_with_symbol = false;  // first token is a symbol (©, /, |)
  bool speaker_label = false;  // "Q:", "A:", "Smith:" — a transcript or interview turn
  std::uint64_t fingerprint = 0;  // hash of the case-folded word sequence; 0 if no words

  bool Has(CueKind k) const { return (cues & CueBit(k)) != 0; }
};

LineFeatures AnalyzeLine(std::string_view line, const TextCues& cues, LineScan* scratch);

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_TEXT_FEATURES_H_
