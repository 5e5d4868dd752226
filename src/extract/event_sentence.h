// EventSentence: one body sentence as the extractor reads it — its tokens'
// normalised words and, for every lexicon mention inside it, the word span it
// covers. Built once per sentence; every later step (triggers, filters,
// casualties, roles, place and date) works on word indices.
#ifndef SITREP_EXTRACT_EVENT_SENTENCE_H_
#define SITREP_EXTRACT_EVENT_SENTENCE_H_

#include <cstdint>
#include <forward_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/hash.h"
#include "extract/fold_word.h"

namespace sitrep::extract {

// A mention of one lexicon layer inside the sentence: its index in the
// Document's vector and the words [begin, end) it covers.
struct MentionSpan {
  std::uint32_t index = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// The folded words of a document (FoldWordTo's folding): views into its
// lower-cased text, or into `curly` for a word holding a curly apostrophe's
// lead byte (a list: its strings never move once added, and it allocates
// nothing while empty).
struct FoldedDocumentText {
  LoweredText lowered;
  std::forward_list<std::string> curly;
};

struct EventSentence {
  std::uint32_t sentence = 0;  // index into Document::sentences
  std::uint32_t block = 0;
  std::uint32_t start = 0, end = 0;  // byte offsets
  // One entry per token: lower-cased (ASCII letters; curly apostrophes made
  // straight). Tokens inside a date read "#date" ("#year" for a year alone)
  // so that "March" is never a protest march. The words are views into
  // `folded_text` (or of those two literals): valid while any copy of the
  // sentence lives (an EventSentenceBuffer's: while the buffer holds them).
  std::vector<std::string_view> words;
  // What `words` point into, shared by the document's sentences: its text
  // lower-cased once, and the few words folded on their own. Null in the
  // views of an EventSentenceBuffer, whose words point into the buffer.
  std::shared_ptr<const FoldedDocumentText> folded_text;
  // HashBytes (core/hash.h) of each word, "#date" included: every phrase
  // index of the extractor looks words up by it (PhraseIndex::Longest).
  std::vector<std::uint64_t> hashes;
  std::vector<std::uint32_t> token;   // Document::tokens index per word
  // Non-zero when the word is inside a place mention: kInCountry when the
  // place is a country, kInPlace for any other.
  static constexpr std::uint8_t kInPlace = 1, kInCountry = 2;
  std::vector<std::uint8_t> in_place;
  // 1 when the word is inside an organisation's name ("Awami League",
  // "Bharatiya Kisan Union"): no trigger, filter cue or domain word there.
  std::vector<std::uint8_t> in_org;
  std::vector<MentionSpan> actors, places, dates, numbers;
  // Words [0, dateline) are a wire dateline opening the sentence ("KABUL,
  // Afghanistan (AP) —", text/dateline.h AfterDateline): where and when the
  // report was filed. 0 when there is none. Found once here for the several
  // rules that ask.
  std::uint32_t dateline = 0;

  std::size_t size() const { return words.size(); }
  // hashes[w], or the hash computed now for a view built without them; 0
  // past the last word (where no phrase starts).
  std::uint64_t WordHash(std::size_t w) const {
    if (w < hashes.size()) return hashes[w];
    return w < words.size() ? HashBytes(words[w]) : 0;
  }
  bool IsPunct(std::size_t w) const { return w < words.size() && kinds[w] == TokenKind::kPunctuation; }
  // ; : ( ) . ? ! — or a quote, or past the last word. (Inline: the
  // backward and forward walks over a clause ask it of every word.)
  bool IsClauseBreak(std::size_t w) const {
    if (w >= words.size()) return true;
    const TokenKind kind = kinds[w];
    if (kind == TokenKind::kQuote) return true;
    if (kind != TokenKind::kPunctuation) return false;
    const std::string_view p = words[w];
    if (p.size() != 1) return false;
    switch (p[0]) {
      case ';': case ':': case '(': case ')': case '.': case '?': case '!': return true;
      default: return false;
    }
  }
  std::vector<TokenKind> kinds;
};

// Builds the views of all body sentences of `doc`, in text order.
// Mentions are assigned by their `sentence` field; their word spans from the
// token offsets.
std::vector<EventSentence> BuildEventSentences(const Document& doc);

// The same views, built into storage reused from one document to the next:
// a view is a dozen vectors, and allocating them afresh for every sentence
// of every document cost more than filling them (a worker keeps one buffer,
// so after the first documents a sentence's view allocates nothing).
//
// Thread-safety: none; one buffer per thread.
class EventSentenceBuffer {
 public:
  // The views of `doc`, equal to BuildEventSentences(doc) except that
  // `folded_text` is null: their words point into this buffer. Valid until
  // the next Build, Trim or the buffer's destruction.
  std::span<const EventSentence> Build(const Document& doc);

  // Frees what a long document left behind (its lower-cased text, thousands
  // of views), so that a worker's buffer stays the size of an ordinary
  // document. Invalidates the views.
  void Trim();

 private:
  std::vector<EventSentence> views_;  // [0, size_) are the current document's
  std::size_t size_ = 0;
  FoldedDocumentText folded_text_;
  std::vector<std::int32_t> view_of_sentence_;
};

// The views of each paragraph. A document's views are in text order, so a
// paragraph's are normally one run; built once per document, it makes "the
// other sentences of this paragraph" cost the paragraph's length rather
// than the document's (a 10 MB document holds tens of thousands). Views are
// ordered by block, ties in view order, whatever order the blocks come in.
//
// An index may be rebuilt in place for the next document (Assign), which
// keeps its vectors' memory: a worker keeps one, as it keeps one
// EventSentenceBuffer.
//
// Thread-safety: immutable between Assigns; none while one runs.
class ParagraphIndex {
 public:
  explicit ParagraphIndex(std::span<const EventSentence> views) { Assign(views); }
  // Rebuilds the index for `views`, as the constructor would.
  void Assign(std::span<const EventSentence> views);
  // Frees what a long document left behind (as EventSentenceBuffer::Trim);
  // the index is then empty until the next Assign.
  void Trim();
  // Indices into `views` of the sentences of `block`, in view order.
  std::span<const std::uint32_t> Of(std::uint32_t block) const;

 private:
  // Sorted by (block, view): views_[i] is a view of paragraph blocks_[i].
  std::vector<std::uint32_t> blocks_;
  std::vector<std::uint32_t> views_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EVENT_SENTENCE_H_
