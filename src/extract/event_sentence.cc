#include "extract/event_sentence.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/fold_word.h"
#include "text/dateline.h"

namespace sitrep::extract {

// Comparisons of std::string words and fields with literals are written
// against string_view literals: a length test and a memcmp, where
// std::string == const char* calls strlen and compare() every time.
using namespace std::string_view_literals;
namespace {

// Word span of the byte range [start, end) among the sentence's tokens.
template <typename Mention>
void AddSpans(const Document& doc, const std::vector<Mention>& mentions, std::vector<EventSentence>& views,
              const std::vector<std::int32_t>& view_of_sentence, std::vector<MentionSpan> EventSentence::*field) {
  for (std::uint32_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = mentions[m];
    if (mention.sentence >= view_of_sentence.size()) continue;
    std::int32_t v = view_of_sentence[mention.sentence];
    if (v < 0) continue;
    EventSentence& view = views[static_cast<std::size_t>(v)];
    MentionSpan span;
    span.index = m;
    // Tokens are in text order: binary search keeps this linear-logarithmic
    // however many mentions a long sentence holds.
    auto first = std::partition_point(view.token.begin(), view.token.end(),
                                      [&](std::uint32_t t) { return doc.tokens[t].end <= mention.start; });
    std::uint32_t w = static_cast<std::uint32_t>(first - view.token.begin());
    span.begin = w;
    while (w < view.token.size() && doc.tokens[view.token[w]].start < mention.end) ++w;
    span.end = w;
    if (span.end > span.begin) (view.*field).push_back(span);
  }
}

// Fills views[0, n) with the views of doc's body sentences and returns n.
// Views already in `views` (a buffer's, from an earlier document) are
// overwritten in place, keeping their vectors' capacity; new ones are added
// at the end. Their words point into `folded`; `owner` (null for a buffer)
// is what each view keeps alive.
std::size_t BuildInto(const Document& doc, FoldedDocumentText& folded,
                      const std::shared_ptr<const FoldedDocumentText>& owner, std::vector<EventSentence>& views,
                      std::vector<std::int32_t>& view_of_sentence) {
  std::size_t count = 0;
  view_of_sentence.assign(doc.sentences.size(), -1);
  // At most one view per sentence: room for them all up front, so that no
  // view is moved (a view is a dozen vectors) while they are built.
  views.reserve(doc.sentences.size());
  // What a date's words read, and their hashes (computed once).
  static const std::uint64_t kDateHash = HashBytes("#date"sv);
  static const std::uint64_t kYearHash = HashBytes("#year"sv);
  // The hash of every one-byte word, computed once: punctuation and "a"
  // are a fifth of all tokens, and a table lookup costs a tenth of the hash.
  static const std::array<std::uint64_t, 256> kByteHash = [] {
    std::array<std::uint64_t, 256> table{};
    for (int c = 0; c < 256; ++c) {
      const char byte = static_cast<char>(c);
      table[static_cast<std::size_t>(c)] = HashBytes(std::string_view(&byte, 1));
    }
    return table;
  }();
  // The text lower-cased once; each word is a view of it, or, when it holds
  // a curly apostrophe's lead byte, folded on its own (LoweredText).
  folded.curly.clear();
  folded.lowered.Assign(doc.text);
  const std::string_view lowered(folded.lowered.lowered);
  LoweredText::Cursor curly(folded.lowered);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.block < doc.blocks.size() && doc.blocks[sentence.block].kind != BlockKind::kBody) continue;
    if (static_cast<std::size_t>(sentence.first_token) + sentence.token_count > doc.tokens.size()) continue;
    if (count == views.size()) views.emplace_back();
    EventSentence& view = views[count];
    view.folded_text = owner;
    view.sentence = s;
    view.block = sentence.block;
    view.start = sentence.start;
    view.end = sentence.end;
    view.dateline = 0;
    view.actors.clear();
    view.places.clear();
    view.dates.clear();
    view.numbers.clear();
    // Sized for every token and written through plain pointers, then cut
    // to the words kept: four push_backs a word each reloaded their
    // vector's pointers after every byte stored (a store through a byte
    // type may alias anything).
    view.words.resize(sentence.token_count);
    view.token.resize(sentence.token_count);
    view.kinds.resize(sentence.token_count);
    view.hashes.resize(sentence.token_count);
    std::string_view* words = view.words.data();
    std::uint64_t* hashes = view.hashes.data();
    std::uint32_t* tokens = view.token.data();
    TokenKind* kinds = view.kinds.data();
    std::size_t n = 0;
    const Token* token_data = doc.tokens.data();
    const std::size_t text_size = doc.text.size();
    for (std::uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      const Token& token = token_data[t];
      if (token.end > text_size || token.start > token.end) continue;
      std::string_view word;
      if (curly.HasE2(token.start, token.end)) {
        word = folded.curly.emplace_front(FoldWord(doc.Slice(token.start, token.end)));
      } else {
        word = std::string_view(lowered.data() + token.start, token.end - token.start);
      }
      words[n] = word;
      hashes[n] = word.size() == 1 ? kByteHash[static_cast<unsigned char>(word[0])] : HashBytes(word);
      tokens[n] = t;
      kinds[n] = token.kind;
      ++n;
    }
    view.words.resize(n);
    view.token.resize(n);
    view.kinds.resize(n);
    view.hashes.resize(n);
    view.in_place.assign(view.words.size(), 0);
    view.in_org.assign(view.words.size(), 0);
    if (!view.token.empty()) {
      view.dateline = text::AfterDateline(doc, view.token.front(), view.token.back() + 1) - view.token.front();
    }
    view_of_sentence[s] = static_cast<std::int32_t>(count);
    ++count;
  }
  AddSpans(doc, doc.actors, views, view_of_sentence, &EventSentence::actors);
  AddSpans(doc, doc.places, views, view_of_sentence, &EventSentence::places);
  AddSpans(doc, doc.dates, views, view_of_sentence, &EventSentence::dates);
  AddSpans(doc, doc.numbers, views, view_of_sentence, &EventSentence::numbers);
  for (std::size_t v = 0; v < count; ++v) {
    EventSentence& view = views[v];
    for (const MentionSpan& d : view.dates) {
      // A year alone ("since 2001") is history; a day ("since Tuesday") is
      // the start of what is still going on.
      const bool year = doc.dates[d.index].precision == DatePrecision::kYear;
      for (std::uint32_t w = d.begin; w < d.end; ++w) {
        view.words[w] = year ? "#year"sv : "#date"sv;
        view.hashes[w] = year ? kYearHash : kDateHash;
      }
    }
    for (const MentionSpan& p : view.places) {
      const std::uint8_t mark = doc.places[p.index].place.kind == "country"sv ? EventSentence::kInCountry : EventSentence::kInPlace;
      for (std::uint32_t w = p.begin; w < p.end; ++w) view.in_place[w] = mark;
    }
    for (const MentionSpan& a : view.actors) {
      // Organisations have plain dictionary ids; states, sectors and people
      // have "state:", "sector:", "person:" ones.
      const std::string& id = doc.actors[a.index].id;
      if (id.empty() || id.find(':') != std::string::npos) continue;
      for (std::uint32_t w = a.begin; w < a.end && w < view.in_org.size(); ++w) view.in_org[w] = 1;
    }
  }
  return count;
}

// A buffer keeps at most this many views, and a lower-cased text of at most
// this many bytes, from one document to the next (Trim).
constexpr std::size_t kKeptViews = 512;
constexpr std::size_t kKeptTextBytes = 256 << 10;

}  // namespace

std::vector<EventSentence> BuildEventSentences(const Document& doc) {
  std::vector<EventSentence> views;
  std::vector<std::int32_t> view_of_sentence;
  auto folded_text = std::make_shared<FoldedDocumentText>();
  const std::size_t count = BuildInto(doc, *folded_text, folded_text, views, view_of_sentence);
  views.resize(count);
  return views;
}

std::span<const EventSentence> EventSentenceBuffer::Build(const Document& doc) {
  size_ = BuildInto(doc, folded_text_, nullptr, views_, view_of_sentence_);
  return std::span<const EventSentence>(views_.data(), size_);
}

void EventSentenceBuffer::Trim() {
  size_ = 0;
  folded_text_.curly.clear();
  // A view's vectors are as long as the longest sentence it held, and only
  // a long text has long sentences: after one, everything goes.
  if (views_.size() > kKeptViews || view_of_sentence_.capacity() > kKeptViews ||
      folded_text_.lowered.lowered.capacity() > kKeptTextBytes) {
    views_ = std::vector<EventSentence>();
    view_of_sentence_ = std::vector<std::int32_t>();
    folded_text_.lowered.lowered = std::string();
    folded_text_.lowered.e2 = std::vector<std::uint32_t>();
  }
}

void ParagraphIndex::Assign(std::span<const EventSentence> views) {
  blocks_.clear();
  views_.clear();
  blocks_.reserve(views.size());
  views_.reserve(views.size());
  bool sorted = true;
  for (std::uint32_t v = 0; v < views.size(); ++v) {
    if (!blocks_.empty() && views[v].block < blocks_.back()) sorted = false;
    blocks_.push_back(views[v].block);
    views_.push_back(v);
  }
  if (sorted) return;
  // Blocks out of text order (not from the segmenter, but possible in a
  // Document built by hand): a stable sort keeps each paragraph's views in
  // view order.
  std::stable_sort(views_.begin(), views_.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return views[a].block < views[b].block; });
  for (std::size_t i = 0; i < views_.size(); ++i) blocks_[i] = views[views_[i]].block;
}

void ParagraphIndex::Trim() {
  blocks_.clear();
  views_.clear();
  if (blocks_.capacity() > kKeptViews) {
    blocks_ = std::vector<std::uint32_t>();
    views_ = std::vector<std::uint32_t>();
  }
}

std::span<const std::uint32_t> ParagraphIndex::Of(std::uint32_t block) const {
  const auto [first, last] = std::equal_range(blocks_.begin(), blocks_.end(), block);
  return std::span<const std::uint32_t>(views_.data() + (first - blocks_.begin()), static_cast<std::size_t>(last - first));
}

}  // namespace sitrep::extract
