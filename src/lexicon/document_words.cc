#include "lexicon/document_words.h"

namespace sitrep::lexicon {

void DocumentWords::Clear() {
  if (words_.words.capacity() > kKeptWords) {
    *this = DocumentWords();
    return;
  }
  words_.Clear();
  sentence_of_.clear();
  first_word_.assign(1, 0);
}

void DocumentWords::Build(const Document& doc, const NameNormalizer& normalizer) {
  Clear();
  // About one word per token (a hint, not a bound): reserving once spares
  // the reallocations of growing by one.
  words_.words.reserve(doc.tokens.size());
  sentence_of_.reserve(doc.tokens.size());
  first_word_.reserve(doc.sentences.size() + 1);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    normalizer.AppendWords(doc.text, sentence.start, sentence.end, words_);
    sentence_of_.resize(words_.words.size(), s);
    first_word_.push_back(static_cast<std::uint32_t>(words_.words.size()));
  }
  words_.Seal();
}

}  // namespace sitrep::lexicon
