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
  auto& entries = by_first_[words[0]];
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

std::size_t PhraseIndex::Longest(const std::vector<std::string>& words, std::size_t i, std::uint32_t* id) const {
  if (i >= words.size()) return 0;
  auto it = by_first_.find(std::string_view(words[i]));
  if (it == by_first_.end()) return 0;
  for (const Entry& e : it->second) {
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
