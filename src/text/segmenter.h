// Segmenter: the text layer. Splits the body blocks of a Document into
// sentences and tokens, keeping byte offsets into Document::text.
//
// Contract:
//  - Reads Document::text and Document::blocks; writes Document::sentences and
//    Document::tokens (replacing what was there). Only kBody blocks are segmented.
//  - A sentence never crosses a block boundary; tokens never cross a sentence.
//    Sentences cover their block's tokens in order, each sentence spanning
//    exactly from its first token's start to its last token's end (no leading
//    or trailing whitespace).
//  - UTF-8 safe: offsets always fall on code point boundaries. Block offsets
//    past the text are clamped, and a block edge inside a multi-byte
//    character is moved inside the block. Invalid UTF-8 does not crash (each
//    bad byte reads as a symbol), though callers should RepairUtf8 first.
//  - What a token is: text/tokenizer.h (note: the clitic "'s" is split off,
//    "Taliban's" -> "Taliban" + "'s"). Where sentences end:
//    text/sentence_splitter.h. Word lists: data/text/*.txt.
//  - Linear time in the text size; allocates only doc.tokens, doc.sentences
//    and a per-thread scratch vector reused across calls.
//  - Thread-safety: no shared mutable state; call from any number of threads
//    on different documents.
#ifndef SITREP_TEXT_SEGMENTER_H_
#define SITREP_TEXT_SEGMENTER_H_

#include "core/document.h"

namespace sitrep::text {

void Segment(Document& doc);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_SEGMENTER_H_
