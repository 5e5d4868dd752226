#include "extract/event_sentence.h"

#include <string_view>
#include <algorithm>

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

}  // namespace

bool EventSentence::IsClauseBreak(std::size_t w) const {
  if (w >= words.size()) return true;
  if (kinds[w] == TokenKind::kQuote) return true;
  if (kinds[w] != TokenKind::kPunctuation) return false;
  std::string_view p = words[w];
  return p == ";"sv || p == ":"sv || p == "("sv || p == ")"sv || p == "."sv || p == "?"sv || p == "!"sv;
}

std::vector<EventSentence> BuildEventSentences(const Document& doc) {
  std::vector<EventSentence> views;
  // At most one view per sentence: reserved, so that no view is moved (a
  // view is a dozen vectors) while they are built.
  views.reserve(doc.sentences.size());
  std::vector<std::int32_t> view_of_sentence(doc.sentences.size(), -1);
  // What a date's words read, and their hashes (computed once).
  static const std::uint64_t kDateHash = HashBytes("#date"sv);
  static const std::uint64_t kYearHash = HashBytes("#year"sv);
  // The text lower-cased once; each word is a view of it, or, when it holds
  // a curly apostrophe's lead byte, folded on its own (LoweredText).
  auto folded_text = std::make_shared<FoldedDocumentText>();
  folded_text->lowered.Assign(doc.text);
  const std::string_view lowered(folded_text->lowered.lowered);
  LoweredText::Cursor curly(folded_text->lowered);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.block < doc.blocks.size() && doc.blocks[sentence.block].kind != BlockKind::kBody) continue;
    if (static_cast<std::size_t>(sentence.first_token) + sentence.token_count > doc.tokens.size()) continue;
    EventSentence& view = views.emplace_back();
    view.folded_text = folded_text;
    view.sentence = s;
    view.block = sentence.block;
    view.start = sentence.start;
    view.end = sentence.end;
    view.words.reserve(sentence.token_count);
    view.token.reserve(sentence.token_count);
    view.kinds.reserve(sentence.token_count);
    view.hashes.reserve(sentence.token_count);
    for (std::uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      const Token& token = doc.tokens[t];
      if (token.end > doc.text.size() || token.start > token.end) continue;
      if (curly.HasE2(token.start, token.end)) {
        view.words.push_back(folded_text->curly.emplace_front(FoldWord(doc.Slice(token.start, token.end))));
      } else {
        view.words.push_back(lowered.substr(token.start, token.end - token.start));
      }
      view.hashes.push_back(HashBytes(view.words.back()));
      view.token.push_back(t);
      view.kinds.push_back(token.kind);
    }
    view.in_place.assign(view.words.size(), 0);
    view.in_org.assign(view.words.size(), 0);
    if (!view.token.empty()) {
      view.dateline = text::AfterDateline(doc, view.token.front(), view.token.back() + 1) - view.token.front();
    }
    view_of_sentence[s] = static_cast<std::int32_t>(views.size() - 1);
  }
  AddSpans(doc, doc.actors, views, view_of_sentence, &EventSentence::actors);
  AddSpans(doc, doc.places, views, view_of_sentence, &EventSentence::places);
  AddSpans(doc, doc.dates, views, view_of_sentence, &EventSentence::dates);
  AddSpans(doc, doc.numbers, views, view_of_sentence, &EventSentence::numbers);
  for (EventSentence& view : views) {
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
      for (std::uint32_t w = p.begin; w < p.end; ++w) view.in_place[w] = 1;
    }
    for (const MentionSpan& a : view.actors) {
      // Organisations have plain dictionary ids; states, sectors and people
      // have "state:", "sector:", "person:" ones.
      const std::string& id = doc.actors[a.index].id;
      if (id.empty() || id.find(':') != std::string::npos) continue;
      for (std::uint32_t w = a.begin; w < a.end && w < view.in_org.size(); ++w) view.in_org[w] = 1;
    }
  }
  return views;
}

}  // namespace sitrep::extract
