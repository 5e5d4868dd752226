// Plain-text cleaner: finds the article body in a scraped page that has already
// lost its markup, and labels everything else (headline, site furniture,
// captions, bylines, reader comments).
//
// Contract:
//  - Input: valid UTF-8 text (U+FFFD and stray bytes are tolerated). Output:
//    blocks in text order, non-overlapping, covering every non-blank line
//    (nothing is dropped, only labelled). A block is one line, or one
//    paragraph when the text was hard-wrapped (see clean/line_splitter.h);
//    its offsets exclude surrounding blanks, so CRLF input works as is.
//  - Labels: kBody is one contiguous run (with captions, furniture and link
//    lists inside it labelled as such); kTitle the headline and its repeats;
//    kComment everything from the first reader comment on (found by a comment
//    header or by the change of voice), including stories pasted into
//    comments, except comment-form furniture (kBoilerplate).
//  - `title` is the headline's text when one precedes the body, else empty.
//  - CleanOptions::keep_comments has no effect here: plain text is never
//    rewritten, so comments always stay in the text, labelled kComment.
//  - Texts of 4 GiB or more are labelled up to the 32-bit offset limit only.
//  - Linear time and memory in the size of the text. Cue lists come from
//    data/clean/text_*.txt (see clean/text_cues.h).
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
