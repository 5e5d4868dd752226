// DocumentWords: the words of every sentence of a document, cut and folded
// once (NameNormalizer::AppendWords, place_normalize.h). The lexicon builds
// it once per document for the recognisers that match folded words, instead
// of each cutting and folding every word of every sentence itself. Today
// the place recogniser reads it, on both of its passes (the second, after
// the actors, reads the same words again).
//
//   thread_local DocumentWords words;
//   words.Build(doc, NameNormalizer::Default());   // after text::Segment
//   for (std::uint32_t s = 0; s < words.sentence_count(); ++s)
//     for (std::uint32_t k = words.first_word(s); k < words.end_word(s); ++k)
//       ... words.word(k).folded ...
//
// A word's `folded` is a view into the document's text (a lower-case ASCII
// word, the common case) or into this object's buffer: it is valid while
// both live and until the next Build or Clear.
//
// Other readers, and why they do not read it yet:
//  - The country cues (country_cues.h) match the tokeniser's word tokens,
//    whose cut differs from these words where punctuation is glued on (a
//    dotted abbreviation run into the next word, as in generated garbage),
//    and a number between two words is no word token ("gram 5 panchayat"
//    holds the cue "gram panchayat"). Read from these words, the cues
//    changed on such text (one of 300 generated garbage documents), so they
//    keep their own cheap pass over the tokens.
//  - The actor recogniser (actor_words.h) cuts words from the same
//    sentence bytes by nearly the same rules. For a plain ASCII word its
//    norm is the written bytes lower-cased, which is `folded` except for a
//    final "ah" (written "a" here) and 2-3 capitals acronyms ("\x01US" here;
//    FoldedWord::folded_in_buffer says which words were rewritten). Reading
//    this layer it would fold only the words that are not plain, and could
//    take its gap_before / hyphen_before from break_before / hyphen_before
//    (which would need the punctuation character kept here); its look-ups
//    would want each word's hash, which this layer would then compute once
//    for all readers. (Measured: hashing every word here, for the place
//    recogniser alone, cost more than its lazy look-ups save.)
//
// Thread-safety: a DocumentWords is not shared; keep one per thread.
#ifndef SITREP_LEXICON_DOCUMENT_WORDS_H_
#define SITREP_LEXICON_DOCUMENT_WORDS_H_

#include <cstdint>
#include <vector>

#include "core/document.h"
#include "lexicon/place_normalize.h"

namespace sitrep::lexicon {

class DocumentWords {
 public:
  // Cuts and folds the words of every sentence of `doc` (the body's and the
  // others'), sentence by sentence, exactly as the place recogniser reads
  // them: one FoldedWords, AppendWords once per sentence, then sealed.
  // Replaces what was held. Linear in the text; accepts any bytes.
  // REQUIRES: doc segmented; doc outlives the use of the words.
  void Build(const Document& doc, const NameNormalizer& normalizer);
  // Forgets the words; drops the storage too when a long document left more
  // than is worth keeping between documents.
  void Clear();

  const std::vector<FoldedWord>& words() const { return words_.words; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(words_.words.size()); }
  const FoldedWord& word(std::size_t k) const { return words_.words[k]; }
  // The index in doc.sentences of word k's sentence.
  std::uint32_t sentence(std::size_t k) const { return sentence_of_[k]; }
  // Sentence s's words are [first_word(s), end_word(s)).
  // REQUIRES: s < sentence_count().
  std::uint32_t sentence_count() const { return static_cast<std::uint32_t>(first_word_.size()) - 1; }
  std::uint32_t first_word(std::uint32_t s) const { return first_word_[s]; }
  std::uint32_t end_word(std::uint32_t s) const { return first_word_[s + 1]; }
  bool sentence_initial(std::size_t k) const { return first_word_[sentence_of_[k]] == k; }

 private:
  static constexpr std::size_t kKeptWords = 1 << 16;
  FoldedWords words_;
  std::vector<std::uint32_t> sentence_of_;   // parallel to words_.words
  std::vector<std::uint32_t> first_word_{0};  // per sentence, and one past the last
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_DOCUMENT_WORDS_H_
