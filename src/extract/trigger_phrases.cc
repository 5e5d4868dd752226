#include "extract/trigger_phrases.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/data.h"

namespace sitrep::extract {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

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

void PhraseIndex::Add(std::string_view phrase, std::uint32_t id) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    std::size_t end = phrase.find(' ', pos);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > pos) words.emplace_back(phrase.substr(pos, end - pos));
    pos = end + 1;
  }
  if (words.empty()) return;
  const std::uint64_t hash = HashBytes(words[0]);
  const First* found = Find(words[0], hash);
  std::uint32_t index = 0;
  if (found != nullptr) {
    index = static_cast<std::uint32_t>(found - firsts_.data());
  } else {
    index = static_cast<std::uint32_t>(firsts_.size());
    firsts_.push_back(First{words[0], {}});
    if (4 * firsts_.size() > slots_.size()) {
      // Grow to keep the table at most a quarter full (a miss then ends at
      // the first or second slot); re-place every word.
      slots_.assign(std::max<std::size_t>(16, 2 * slots_.size()), Slot{});
      for (std::uint32_t f = 0; f < firsts_.size(); ++f) InsertSlot(HashBytes(firsts_[f].word), f);
    } else {
      InsertSlot(hash, index);
    }
  }
  std::vector<Entry>& entries = firsts_[index].entries;
  Entry entry;
  entry.rest.assign(words.begin() + 1, words.end());
  entry.id = id;
  for (const Entry& e : entries) {
    if (e.rest == entry.rest) return;
  }
  auto at = std::find_if(entries.begin(), entries.end(),
                         [&](const Entry& e) { return e.rest.size() < entry.rest.size(); });
  entries.insert(at, std::move(entry));
}

std::size_t PhraseIndex::LongestAt(const std::vector<std::string_view>& words, std::uint64_t first_hash, std::size_t i,
                                   std::uint32_t* id) const {
  if (i >= words.size()) return 0;
  const First* first = Find(words[i], first_hash);
  if (first == nullptr) return 0;
  for (const Entry& e : first->entries) {
    if (i + 1 + e.rest.size() > words.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < e.rest.size() && same; ++k) same = words[i + 1 + k] == e.rest[k];
    if (same) {
      *id = e.id;
      return 1 + e.rest.size();
    }
  }
  return 0;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t pos = 0;
  while (true) {
    std::size_t end = line.find('\t', pos);
    if (end == std::string_view::npos) {
      fields.push_back(Trim(line.substr(pos)));
      break;
    }
    fields.push_back(Trim(line.substr(pos, end - pos)));
    pos = end + 1;
  }
  return fields;
}

std::vector<std::string_view> SplitBars(std::string_view field) {
  std::vector<std::string_view> parts;
  std::size_t pos = 0;
  while (pos <= field.size()) {
    std::size_t end = field.find('|', pos);
    if (end == std::string_view::npos) end = field.size();
    std::string_view part = Trim(field.substr(pos, end - pos));
    if (!part.empty()) parts.push_back(part);
    pos = end + 1;
  }
  return parts;
}

Status ForEachPhraseRow(std::string_view path, std::size_t min_fields,
                        const std::function<void(std::string_view, const std::vector<std::string_view>&,
                                                 std::size_t)>& add) {
  std::string_view file = EmbeddedData(path);
  if (file.empty()) return Status::NotFound(fmt::format("data/{} is not embedded", path));
  std::vector<std::string_view> lines = DataLines(file);
  std::size_t row = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {  // lines[0] is the header
    std::vector<std::string_view> fields = SplitTabs(lines[i]);
    if (fields.size() < min_fields) {
      return Status::Corruption(fmt::format("data/{}: row {} has {} fields, want {}", path, i, fields.size(), min_fields));
    }
    for (std::string_view phrase : SplitBars(fields[0])) add(phrase, fields, row);
    ++row;
  }
  return Status::OK();
}

}  // namespace sitrep::extract
