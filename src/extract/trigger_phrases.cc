#include "extract/trigger_phrases.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/data.h"
#include "core/split.h"

namespace sitrep::extract {

const PhraseIndex::First* PhraseIndex::Find(std::string_view word, std::uint64_t hash) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = static_cast<std::size_t>(hash) & mask;; k = (k + 1) & mask) {
    const Slot& slot = slots_[k];
    if (slot.first == kNoFirst) return nullptr;
    if (slot.hash == hash && firsts_[slot.first].word == word) return &firsts_[slot.first];
  }
}

void PhraseIndex::InsertSlot(std::uint64_t hash, std::uint32_t first) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t k = static_cast<std::size_t>(hash) & mask;
  while (slots_[k].first != kNoFirst) k = (k + 1) & mask;
  slots_[k] = Slot{hash, first};
}

bool PhraseIndex::GapMayTake(std::string_view word) {
  for (char c : word) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  }
  return false;
}

bool PhraseIndex::Add(std::string_view phrase, std::uint32_t id) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    std::size_t end = phrase.find(' ', pos);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > pos) words.emplace_back(phrase.substr(pos, end - pos));
    pos = end + 1;
  }
  if (words.empty()) return true;
  // A gap pattern: one "*", with words on both sides (the first word is the
  // hash key; a trailing gap would match nothing more than the phrase).
  std::uint32_t gap_at = kNoGap;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k] != kGapWord) continue;
    if (k == 0 || k + 1 == words.size() || gap_at != kNoGap) return false;
    gap_at = static_cast<std::uint32_t>(k - 1);  // index in `rest`, after the "*" is dropped
  }
  if (gap_at != kNoGap) words.erase(words.begin() + 1 + gap_at);
  const std::uint64_t hash = HashBytes(words[0]);
  const First* found = Find(words[0], hash);
  std::uint32_t index = 0;
  if (found != nullptr) {
    index = static_cast<std::uint32_t>(found - firsts_.data());
  } else {
    index = static_cast<std::uint32_t>(firsts_.size());
    firsts_.push_back(First{words[0], {}, false});
    if (4 * firsts_.size() > slots_.size()) {
      // Grow to keep the table at most a quarter full (a miss then ends at
      // the first or second slot); re-place every word.
      slots_.assign(std::max<std::size_t>(16, 2 * slots_.size()), Slot{});
      mask_ = slots_.size() - 1;
      for (std::uint32_t f = 0; f < firsts_.size(); ++f) InsertSlot(HashBytes(firsts_[f].word), f);
      for (std::uint32_t f = 0; f < firsts_.size(); ++f) UpdateFilter(f);
    } else {
      InsertSlot(hash, index);
    }
  }
  First& first = firsts_[index];
  std::vector<Entry>& entries = first.entries;
  Entry entry;
  entry.rest.assign(words.begin() + 1, words.end());
  entry.id = id;
  entry.gap_at = gap_at;
  if (!entry.rest.empty()) entry.next_key = PrefixKey(entry.rest[0]);
  for (const Entry& e : entries) {
    if (e.rest == entry.rest && e.gap_at == entry.gap_at) return true;
  }
  if (gap_at != kNoGap) first.has_gap = true;
  if (!entry.rest.empty()) first.next_words |= NextWordBit(entry.rest[0]);
  auto at = std::find_if(entries.begin(), entries.end(),
                         [&](const Entry& e) { return e.rest.size() < entry.rest.size(); });
  entries.insert(at, std::move(entry));
  UpdateFilter(index);
  return true;
}

void PhraseIndex::UpdateFilter(std::uint32_t f) {
  const First& first = firsts_[f];
  const std::uint64_t hash = HashBytes(first.word);
  const bool alone = first.has_gap || first.entries.empty() || first.entries.back().rest.empty();
  const std::size_t mask = slots_.size() - 1;
  std::size_t own = slots_.size(), same_hash = 0;
  for (std::size_t k = static_cast<std::size_t>(hash) & mask; slots_[k].first != kNoFirst; k = (k + 1) & mask) {
    if (slots_[k].hash != hash) continue;
    ++same_hash;
    if (slots_[k].first == f) own = k;
  }
  if (own == slots_.size()) return;
  if (same_hash > 1) {
    // Two first words with one hash: Longest cannot tell from the slot which
    // it met, so neither answers inline.
    for (std::size_t k = static_cast<std::size_t>(hash) & mask; slots_[k].first != kNoFirst; k = (k + 1) & mask) {
      if (slots_[k].hash == hash) slots_[k].next_filter = ~std::uint64_t{0};
    }
    return;
  }
  slots_[own].next_filter = alone ? ~std::uint64_t{0} : first.next_words;
}

std::size_t PhraseIndex::MatchGap(const Entry& e, const std::vector<std::string_view>& words, std::size_t i,
                                  PhraseGap* gap) {
  // The words before the gap, then the gap grown one word at a time (each a
  // word, not punctuation) until the words after it match.
  const std::size_t before = e.gap_at;
  const std::size_t after = e.rest.size() - before;
  if (i + 1 + before + 1 + after > words.size()) return 0;
  for (std::size_t k = 0; k < before; ++k) {
    if (words[i + 1 + k] != e.rest[k]) return 0;
  }
  const std::size_t gap_begin = i + 1 + before;
  for (std::size_t g = 1; g <= kMaxGap && gap_begin + g + after <= words.size(); ++g) {
    if (!GapMayTake(words[gap_begin + g - 1])) return 0;
    bool same = true;
    for (std::size_t k = 0; k < after && same; ++k) same = words[gap_begin + g + k] == e.rest[before + k];
    if (same) {
      *gap = PhraseGap{static_cast<std::uint32_t>(gap_begin), static_cast<std::uint32_t>(gap_begin + g)};
      return 1 + e.rest.size() + g;
    }
  }
  return 0;
}

std::size_t PhraseIndex::LongestAt(const std::vector<std::string_view>& words, std::uint64_t first_hash, std::size_t i,
                                   std::uint32_t* id, PhraseGap* gap) const {
  if (i >= words.size()) return 0;
  // Find, with the words compared inline.
  const First* first = nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = static_cast<std::size_t>(first_hash) & mask; slots_[k].first != kNoFirst; k = (k + 1) & mask) {
    if (slots_[k].hash == first_hash && SameWord(firsts_[slots_[k].first].word, words[i])) {
      first = &firsts_[slots_[k].first];
      break;
    }
  }
  if (first == nullptr) return 0;
  // When no entry of two or more words can match (the next word's bit is
  // clear, or there is none) only the one-word entry, listed last, may.
  // (Not asked with gap patterns: a gap's first word may be anything.)
  if (!first->has_gap && (i + 1 >= words.size() || (first->next_words & NextWordBit(words[i + 1])) == 0)) {
    const Entry& last = first->entries.back();
    if (!last.rest.empty()) return 0;
    *id = last.id;
    if (gap != nullptr) *gap = PhraseGap{};
    return 1;
  }
  // Entries are longest first. Without gap patterns the first match is the
  // longest. With them, gap matches wait: a contiguous phrase of two or more
  // words still wins (the words after the verb are then that phrase, not its
  // object), and only the one-word entry, listed last, yields to a gap.
  std::size_t best_gap = 0;
  PhraseGap best_gap_words;
  std::uint32_t best_gap_id = 0;
  const std::uint64_t next_key = i + 1 < words.size() ? PrefixKey(words[i + 1]) : 0;
  for (const Entry& e : first->entries) {
    if (e.gap_at == kNoGap && !e.rest.empty() && e.next_key != next_key) continue;
    if (e.gap_at != kNoGap) {
      PhraseGap this_gap;
      if (std::size_t n = MatchGap(e, words, i, &this_gap); n > best_gap) {
        best_gap = n;
        best_gap_words = this_gap;
        best_gap_id = e.id;
      }
      continue;
    }
    if (!e.rest.empty() || best_gap == 0) {
      if (i + 1 + e.rest.size() > words.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < e.rest.size() && same; ++k) same = SameWord(words[i + 1 + k], e.rest[k]);
      if (!same) continue;
      *id = e.id;
      if (gap != nullptr) *gap = PhraseGap{};
      return 1 + e.rest.size();
    }
  }
  if (best_gap > 0) {
    *id = best_gap_id;
    if (gap != nullptr) *gap = best_gap_words;
  }
  return best_gap;
}

Status ForEachPhraseRow(std::string_view path, std::size_t min_fields,
                        const std::function<void(std::string_view, const std::vector<std::string_view>&,
                                                 std::size_t)>& add) {
  std::string_view file = EmbeddedData(path);
  if (file.empty()) return Status::NotFound(fmt::format("data/{} is not embedded", path));
  std::vector<std::string_view> lines = DataLines(file);
  std::size_t row = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {  // lines[0] is the header
    std::vector<std::string_view> fields = SplitFields(lines[i]);
    if (fields.size() < min_fields) {
      return Status::Corruption(fmt::format("data/{}: row {} has {} fields, want {}", path, i, fields.size(), min_fields));
    }
    for (std::string_view phrase : SplitList(fields[0], '|')) add(phrase, fields, row);
    ++row;
  }
  return Status::OK();
}

}  // namespace sitrep::extract
