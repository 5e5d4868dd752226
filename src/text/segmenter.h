// Segmenter: the text layer. Splits the body blocks of a Document into
// sentences and tokens, keeping byte offsets into Document::text.
//
// Contract:
//  - Reads Document::text and Document::blocks; writes Document::sentences and
//    Document::tokens (replacing what was there). Only kBody blocks are segmented.
//  - A sentence never crosses a block boundary; tokens never cross a sentence.
//  - UTF-8 safe: offsets always fall on code point boundaries.
//  - Thread-safety: stateless; call from any number of threads.
#ifndef SITREP_TEXT_SEGMENTER_H_
#define SITREP_TEXT_SEGMENTER_H_

#include "core/document.h"

namespace sitrep::text {

void Segment(Document& doc);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_SEGMENTER_H_
