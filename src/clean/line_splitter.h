// Line splitter for the plain-text cleaner: cuts a text into the units the
// cleaner labels, one per non-blank line, or one per paragraph when the text
// was hard-wrapped at a fixed width (e-mail, Usenet, `fmt`-style exports).
//
// Contract:
//  - Units are in text order, non-overlapping, and together cover every
//    non-blank line. Each unit is trimmed of surrounding whitespace (ASCII
//    blanks, CR, NBSP, zero-width space, BOM), so CRLF input works as is.
//  - A hard-wrapped paragraph is one unit spanning several lines. Lines are
//    joined only when the document as a whole shows a wrap width and the break
//    looks forced (the next word would not have fit, the line does not end a
//    sentence, the next line does not start a list item); a document written
//    one paragraph per line is never joined.
//  - Linear time apart from one nth_element over the line lengths.
//  - Thread-safety: stateless.
#ifndef SITREP_CLEAN_LINE_SPLITTER_H_
#define SITREP_CLEAN_LINE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace sitrep::clean {

struct TextUnit {
  std::uint32_t start = 0;  // byte offset of the first non-blank byte
  std::uint32_t end = 0;    // one past the last non-blank byte
  std::uint32_t lines = 1;  // physical lines joined into this unit
  bool blank_before = false;  // a blank line (or the start of text) precedes it
};

// REQUIRES: text.size() < 2^32 (callers cut longer texts first).
std::vector<TextUnit> SplitTextUnits(std::string_view text);
// The same, written into *units (cleared first; its storage is reused): a
// caller that splits many texts on one thread allocates nothing per text.
void SplitTextUnits(std::string_view text, std::vector<TextUnit>* units);

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_LINE_SPLITTER_H_
