#include "text/segmenter.h"

#include <algorithm>
#include <span>
#include <vector>

#include "text/char_class.h"
#include "text/word_lists.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace sitrep::text {
namespace {

// Scratch space for token traits, reused across calls on the same thread so
// that segmenting allocates nothing per token beyond doc.tokens itself.
std::vector<TokenTraits>& TraitsScratch() {
  thread_local std::vector<TokenTraits> traits;
  return traits;
}

// News text runs about 5-6 bytes per token and 100-150 bytes per sentence;
// reserving from the body size avoids regrowing the vectors.
constexpr std::size_t kBytesPerTokenEstimate = 5;
constexpr std::size_t kBytesPerSentenceEstimate = 100;
// Scratch kept between calls is capped so one huge document does not pin memory.
constexpr std::size_t kMaxRetainedScratch = 1 << 20;

}  // namespace

void Segment(Document& doc) {
  doc.sentences.clear();
  doc.tokens.clear();
  const std::string_view text = doc.text;
  const std::uint32_t size = static_cast<std::uint32_t>(std::min<std::size_t>(text.size(), UINT32_MAX));

  std::size_t body_bytes = 0;
  for (const Block& block : doc.blocks) {
    if (block.kind == BlockKind::kBody && block.start < block.end) {
      body_bytes += std::min(block.end, size) - std::min(block.start, size);
    }
  }
  if (body_bytes == 0) return;
  doc.tokens.reserve(body_bytes / kBytesPerTokenEstimate + 8);
  doc.sentences.reserve(body_bytes / kBytesPerSentenceEstimate + 2);

  const WordLists& words = WordLists::Default();
  std::vector<TokenTraits>& traits = TraitsScratch();
  for (std::uint32_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind != BlockKind::kBody) continue;
    std::uint32_t start = std::min(block.start, size);
    std::uint32_t end = std::min(block.end, size);
    // Blocks should sit on code point boundaries; if one does not, shrink it
    // to the boundaries inside so that no offset splits a character.
    while (start < end && IsContinuationByte(text[start])) ++start;
    while (end > start && end < size && IsContinuationByte(text[end])) --end;
    if (start >= end) continue;

    traits.clear();
    const std::uint32_t first = static_cast<std::uint32_t>(doc.tokens.size());
    Tokenize(text, start, end, words, doc.tokens, traits);
    SplitSentences(text, words, doc.tokens, first, std::span<const TokenTraits>(traits), b, doc.sentences);
  }
  if (traits.capacity() > kMaxRetainedScratch) std::vector<TokenTraits>().swap(traits);
}

}  // namespace sitrep::text
