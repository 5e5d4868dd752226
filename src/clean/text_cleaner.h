// Plain-text cleaner: finds the article body in a scraped page that has already
// lost its markup, and labels everything else (headline, site furniture,
// captions, bylines, reader comments).
//
// Contract:
//  - Input: valid UTF-8 text. Output: blocks in text order, non-overlapping,
//    covering every non-blank line (nothing is dropped, only labelled).
//  - Deterministic and stateless; thread-safe.
#ifndef SITREP_CLEAN_TEXT_CLEANER_H_
#define SITREP_CLEAN_TEXT_CLEANER_H_

#include <string>
#include <string_view>
#include <vector>

#include "clean/options.h"
#include "core/document.h"

namespace sitrep::clean {

struct TextCleanResult {
  std::vector<Block> blocks;
  std::string title;  // the headline when the text carries one, else empty
};

TextCleanResult CleanPlainText(std::string_view text, const CleanOptions& options = {});

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_TEXT_CLEANER_H_
