// PLACEHOLDER: one sentence per block, whitespace tokens. Replaced by the real
// splitter and tokenizer.
#include "text/segmenter.h"

namespace sitrep::text {

void Segment(Document& doc) {
  doc.sentences.clear();
  doc.tokens.clear();
  for (std::uint32_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind != BlockKind::kBody) continue;
    Sentence s{block.start, block.end, static_cast<std::uint32_t>(doc.tokens.size()), 0, b};
    std::uint32_t i = block.start;
    while (i < block.end) {
      while (i < block.end && (doc.text[i] == ' ' || doc.text[i] == '\n')) ++i;
      std::uint32_t start = i;
      while (i < block.end && doc.text[i] != ' ' && doc.text[i] != '\n') ++i;
      if (i > start) doc.tokens.push_back(Token{start, i, TokenKind::kWord});
    }
    s.token_count = static_cast<std::uint32_t>(doc.tokens.size()) - s.first_token;
    doc.sentences.push_back(s);
  }
}

}  // namespace sitrep::text
