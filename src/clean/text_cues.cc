#include "clean/text_cues.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <unordered_map>

#include "core/data.h"

namespace sitrep::clean {
namespace {

// Longest line, in words, a cue labels unless its entry says otherwise.
constexpr std::uint16_t kDefaultMaxWords[kCueKindCount] = {
    12,  // boilerplate: furniture lines are short
    60,  // captions can be full sentences
    12,  // bylines and stamps
    6,   // comment section headers
    10,  // comment furniture
    25,  // "Read more: <a headline>"
};

constexpr std::string_view kCueFiles[kCueKindCount] = {
    "clean/text_boilerplate.txt",      "clean/text_captions.txt",         "clean/text_meta.txt",
    "clean/text_comment_sections.txt", "clean/text_comment_furniture.txt", "clean/text_link_lists.txt",
};

std::uint8_t ParseWordClass(std::string_view name) {
  if (name == "first_person") return kFirstPerson;
  if (name == "second_person") return kSecondPerson;
  if (name == "opinion") return kOpinion;
  if (name == "insult") return kInsult;
  if (name == "attribution") return kAttribution;
  if (name == "calendar") return kCalendar;
  if (name == "first_person_plural") return kFirstPersonPlural;
  return 0;
}

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

const TextCues& TextCues::Default() {
  static const TextCues* const kCues = [] {
    std::array<std::string_view, kCueKindCount> files;
    for (int k = 0; k < kCueKindCount; ++k) files[k] = EmbeddedData(kCueFiles[k]);
    return new TextCues(files, EmbeddedData("clean/text_voice_words.txt"));
  }();
  return *kCues;
}

TextCues::TextCues(const std::array<std::string_view, kCueKindCount>& cue_files, std::string_view voice_words) {
  filter_.assign(kFilterBits / 64, 0);
  slots_.resize(16);
  // Word classes first: Insert() is used for both, Finish() rebuilds the table.
  std::unordered_map<std::uint64_t, std::uint8_t> classes;
  LineScan scan;
  for (std::string_view entry : DataLines(voice_words)) {
    std::size_t tab = entry.find_first_of("\t ");
    if (tab == std::string_view::npos) continue;
    std::uint8_t cls = ParseWordClass(TrimBlanks(entry.substr(tab + 1)));
    ScanLine(entry.substr(0, tab), &scan);
    if (cls == 0 || scan.tokens.size() != 1) continue;
    classes[scan.tokens[0].hash] |= cls;
  }
  for (int k = 0; k < kCueKindCount; ++k) {
    for (std::string_view entry : DataLines(cue_files[k])) AddPhrase(entry, static_cast<CueKind>(k));
  }

  // Group phrases by first token and build the open-addressing table.
  std::vector<std::uint32_t> order(phrases_.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return phrase_tokens_[phrases_[a].first_token] < phrase_tokens_[phrases_[b].first_token];
  });
  std::size_t keys = classes.size() + phrases_.size();
  std::size_t size = 16;
  while (size < keys * 2 + 16) size *= 2;
  slots_.assign(size, Slot{});
  for (const auto& [hash, cls] : classes) Insert(hash).classes |= cls;
  phrase_index_ = order;
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    Slot& s = Insert(phrase_tokens_[phrases_[order[i]].first_token]);
    if (s.phrase_count == 0) s.first_phrase = i;
    ++s.phrase_count;
    s.max_words = std::max(s.max_words, phrases_[order[i]].max_words);
  }
}

void TextCues::AddPhrase(std::string_view entry, CueKind kind) {
  std::uint16_t max_words = kDefaultMaxWords[static_cast<int>(kind)];
  std::size_t tab = entry.find('\t');
  if (tab != std::string_view::npos) {
    std::string_view num = TrimBlanks(entry.substr(tab + 1));
    unsigned value = 0;
    auto [ptr, ec] = std::from_chars(num.data(), num.data() + num.size(), value);
    if (ec == std::errc() && value > 0 && value < 65535) max_words = static_cast<std::uint16_t>(value);
    entry = TrimBlanks(entry.substr(0, tab));
  }
  Anchor anchor = Anchor::kAnywhere;
  if (!entry.empty() && entry.front() == '=') {
    anchor = Anchor::kWhole;
    entry.remove_prefix(1);
  } else if (!entry.empty() && entry.front() == '^') {
    anchor = Anchor::kStart;
    entry.remove_prefix(1);
  } else if (!entry.empty() && entry.back() == '$') {
    anchor = Anchor::kEnd;
    entry.remove_suffix(1);
  }
  LineScan scan;
  ScanLine(entry, &scan);
  if (scan.tokens.empty() || scan.tokens.size() > 65535) return;
  Phrase p;
  p.first_token = static_cast<std::uint32_t>(phrase_tokens_.size());
  p.token_count = static_cast<std::uint16_t>(scan.tokens.size());
  p.max_words = max_words;
  p.kind = kind;
  p.anchor = anchor;
  for (const LineToken& t : scan.tokens) phrase_tokens_.push_back(t.hash);
  phrases_.push_back(p);
}

TextCues::Slot& TextCues::Insert(std::uint64_t hash) {
  std::size_t bit = (hash >> kFilterShift) & (kFilterBits - 1);
  filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i].hash == hash) return slots_[i];
    if (slots_[i].hash == 0) {
      slots_[i].hash = hash;
      return slots_[i];
    }
  }
}

const TextCues::Slot* TextCues::Find(std::uint64_t hash) const {
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i].hash == hash) return &slots_[i];
    if (slots_[i].hash == 0) return nullptr;
  }
}

bool TextCues::PhraseMatches(const Phrase& p, const LineScan& scan, std::size_t at) const {
  if (scan.words > p.max_words) return false;
  if ((p.anchor == Anchor::kStart || p.anchor == Anchor::kWhole) && at != 0) return false;
  if (at + p.token_count > scan.tokens.size()) return false;
  for (std::size_t k = 1; k < p.token_count; ++k) {
    if (scan.tokens[at + k].hash != phrase_tokens_[p.first_token + k]) return false;
  }
  if (p.anchor == Anchor::kEnd || p.anchor == Anchor::kWhole) {
    for (std::size_t k = at + p.token_count; k < scan.tokens.size(); ++k) {
      if (scan.tokens[k].flags & kWordToken) return false;
    }
  }
  return true;
}

CueHits TextCues::Match(const LineScan& scan) const {
  CueHits hits;
  for (std::size_t i = 0; i < scan.tokens.size(); ++i) {
    const LineToken& t = scan.tokens[i];
    if (!MayContain(t.hash)) continue;  // most words: one L1 load
    const Slot* s = Find(t.hash);
    if (s == nullptr) continue;
    // Quoted words are someone else's voice; all-capital words are acronyms (US, AM).
    if (s->classes != 0 && !(t.flags & (kQuoted | kAllCaps))) {
      for (unsigned bits = s->classes; bits != 0; bits &= bits - 1) ++hits.classes[std::countr_zero(bits)];
    }
    if (scan.words > s->max_words) continue;  // PhraseMatches would refuse every phrase
    for (std::uint32_t j = 0; j < s->phrase_count; ++j) {
      const Phrase& p = phrases_[phrase_index_[s->first_phrase + j]];
      if ((hits.kinds & CueBit(p.kind)) == 0 && PhraseMatches(p, scan, i)) hits.kinds |= CueBit(p.kind);
    }
  }
  return hits;
}

}  // namespace sitrep::clean
