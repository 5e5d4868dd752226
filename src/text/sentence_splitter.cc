#include "text/sentence_splitter.h"

namespace sitrep::text {
namespace {

using F = TokenTraits::Flag;

class Splitter {
 public:
  Splitter(std::string_view text, const WordLists& words, const std::vector<Token>& tokens, std::uint32_t first,
           std::span<const TokenTraits> traits)
      : text_(text), words_(words), tokens_(tokens), first_(first), traits_(traits) {}

  // Calls emit(first_index, last_index) (inclusive, relative to `traits`) for
  // each sentence in order.
  template <typename Emit>
  void Run(Emit emit) {
    const std::uint32_t count = static_cast<std::uint32_t>(traits_.size());
    std::uint32_t start = 0;
    bool has_content = false;
    // End of the last run of closers scanned: every terminal inside a run
    // shares its end, so glued runs like ".).).)" are scanned once.
    std::uint32_t closers_end = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
      if (traits_[i].Has(F::kAlnum)) has_content = true;
      std::uint32_t last = i;
      bool boundary = false;
      if (IsTerminal(traits_[i]) && !IsListMarker(start, i)) {
        std::uint32_t next = i + 1 < closers_end ? closers_end : SkipClosers(i + 1);
        closers_end = next;
        if (next < count && has_content && EndsBefore(i, next)) {
          boundary = true;
          last = next - 1;
        }
      }
      if (!boundary && i + 1 < count && traits_[i + 1].newlines_before > 0 && LineBreakEnds(i, start)) {
        boundary = true;
      }
      if (!boundary && i + 1 < count && i + 1 - start >= kMaxSentenceTokens) boundary = true;
      if (boundary) {
        emit(start, last);
        start = last + 1;
        i = last;
        has_content = false;
      }
    }
    if (start < count) emit(start, count - 1);
  }

 private:
  static bool IsTerminal(const TokenTraits& t) {
    return t.Has(F::kFullStop) || t.Has(F::kStrongTerminal) || t.Has(F::kEllipsis) || t.Has(F::kAbbrevMayEnd);
  }
  static bool IsPunctuationTerminal(const TokenTraits& t) {
    return t.Has(F::kFullStop) || t.Has(F::kStrongTerminal) || t.Has(F::kEllipsis);
  }

  // "1." or "12." opening a line: a numbered list item, not a sentence.
  bool IsListMarker(std::uint32_t start, std::uint32_t i) const {
    return i == start + 1 && KindOf(start) == TokenKind::kNumber && traits_[i].Has(F::kFullStop) &&
           !traits_[i].Has(F::kSpaceBefore) && (start == 0 || traits_[start].newlines_before > 0);
  }

  // Word lists hold short words; longer tokens are not hashed at all.
  static constexpr std::size_t kMaxListedWordBytes = 32;
  bool IsSentenceStarter(std::uint32_t i) const {
    std::string_view word = TextOf(i);
    return word.size() <= kMaxListedWordBytes && words_.IsSentenceStarter(word);
  }
  bool IsLineContinuation(std::uint32_t i) const {
    std::string_view word = TextOf(i);
    return word.size() <= kMaxListedWordBytes && words_.IsLineContinuation(word);
  }

  std::string_view TextOf(std::uint32_t i) const {
    const Token& t = tokens_[first_ + i];
    return text_.substr(t.start, t.end - t.start);
  }
  TokenKind KindOf(std::uint32_t i) const { return tokens_[first_ + i].kind; }

  // Closing quotes and brackets (and further terminals glued on, as in
  // `?".` or `.)`) that belong to the sentence a terminal ends. Never crosses
  // a line break. Returns the first index after them.
  std::uint32_t SkipClosers(std::uint32_t j) const {
    while (j < traits_.size() && traits_[j].newlines_before == 0 &&
           (traits_[j].Has(F::kClosing) || (IsPunctuationTerminal(traits_[j]) && !traits_[j].Has(F::kSpaceBefore)))) {
      ++j;
    }
    return j;
  }

  // Can token j open a sentence?
  bool OpensSentence(std::uint32_t j) const {
    const TokenTraits& t = traits_[j];
    if (t.Has(F::kUpperInitial) || t.Has(F::kOpening)) return true;
    if (t.Has(F::kAlnum)) return !t.Has(F::kLowerInitial);  // uncased scripts, numbers
    if (t.Has(F::kBulletLike)) return t.newlines_before > 0;
    return KindOf(j) == TokenKind::kSymbol;  // "$5 million ..."
  }

  // Does the terminal token i end a sentence, given that token `next` follows
  // it (after any closers)?
  bool EndsBefore(std::uint32_t i, std::uint32_t next) const {
    const TokenTraits& t = traits_[i];
    if (t.Has(F::kAbbrevMayEnd)) {
      if (next != i + 1) return OpensSentence(next);  // "(in the U.S.) The"
      return traits_[next].Has(F::kUpperInitial) && IsSentenceStarter(next);
    }
    if (t.Has(F::kEllipsis) && KindOf(next) == TokenKind::kNumber) return false;
    return OpensSentence(next);
  }

  // Looking back from i over closing quotes/brackets: is there a terminal?
  bool EndsWithTerminal(std::uint32_t i, std::uint32_t start) const {
    for (int steps = 0; steps < 4; ++steps) {
      const TokenTraits& t = traits_[i];
      if (IsTerminal(t)) return true;
      if (!t.Has(F::kClosing) || i == start) return false;
      --i;
    }
    return false;
  }

  // Token i ends a line (token i + 1 starts the next one). Is that a boundary?
  bool LineBreakEnds(std::uint32_t i, std::uint32_t start) const {
    const std::uint32_t j = i + 1;
    const TokenTraits& next = traits_[j];
    if (next.newlines_before >= 2) return true;  // blank line
    if (next.Has(F::kBulletLike)) return true;   // bullet opening a line
    const TokenTraits& prev = traits_[i];
    if (prev.Has(F::kAbbrevNeverEnds)) return false;  // "Gen.\nJohn Smith"
    if (EndsWithTerminal(i, start)) return OpensSentence(j);
    if (prev.Has(F::kContinuation) || prev.Has(F::kOpening)) return false;
    if (prev.Has(F::kLowerInitial) && IsLineContinuation(i)) return false;
    return OpensSentence(j);
  }

  std::string_view text_;
  const WordLists& words_;
  const std::vector<Token>& tokens_;
  std::uint32_t first_;
  std::span<const TokenTraits> traits_;
};

}  // namespace

void SplitSentences(std::string_view text, const WordLists& words, const std::vector<Token>& tokens,
                    std::uint32_t first, std::span<const TokenTraits> traits, std::uint32_t block,
                    std::vector<Sentence>& sentences) {
  Splitter(text, words, tokens, first, traits).Run([&](std::uint32_t a, std::uint32_t b) {
    sentences.push_back(Sentence{tokens[first + a].start, tokens[first + b].end, first + a, b - a + 1, block});
  });
}

}  // namespace sitrep::text
