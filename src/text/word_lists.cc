#include "text/word_lists.h"

#include <algorithm>
#include <vector>

#include "core/data.h"

namespace sitrep::text {
namespace {

AbbreviationKind ParseFlag(std::string_view flag) {
  if (flag == "end") return AbbreviationKind::kMayEnd;
  if (flag == "num") return AbbreviationKind::kBeforeNumber;
  return AbbreviationKind::kNeverEnds;  // "title", empty or unknown
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

const WordLists& WordLists::Default() {
  static const WordLists* const kWordLists = new WordLists(EmbeddedData("text/abbreviations.txt"),
                                                     EmbeddedData("text/sentence_starters.txt"),
                                                     EmbeddedData("text/line_continuations.txt"));
  return *kWordLists;
}

WordLists::WordLists(std::string_view abbreviations, std::string_view sentence_starters,
                 std::string_view line_continuations) {
  for (std::string_view line : DataLines(abbreviations)) {
    std::size_t tab = line.find('\t');
    std::string_view word = Trim(line.substr(0, tab));
    std::string_view flag = tab == std::string_view::npos ? std::string_view() : Trim(line.substr(tab + 1));
    if (word.empty()) continue;
    abbreviations_.emplace(word, ParseFlag(flag));
    longest_abbreviation_ = std::max(longest_abbreviation_, word.size());
  }
  for (std::string_view line : DataLines(sentence_starters)) starters_.insert(line);
  for (std::string_view line : DataLines(line_continuations)) continuations_.insert(line);
}

AbbreviationKind WordLists::FindAbbreviation(std::string_view word) const {
  if (word.empty() || word.size() > longest_abbreviation_) return AbbreviationKind::kNone;
  if (auto it = abbreviations_.find(word); it != abbreviations_.end()) return it->second;
  // "Etc." at the start of a sentence matches the entry "etc.".
  char first = word.front();
  if (first >= 'A' && first <= 'Z') {
    char buffer[64];
    if (word.size() > sizeof(buffer)) return AbbreviationKind::kNone;
    std::copy(word.begin(), word.end(), buffer);
    buffer[0] = static_cast<char>(first - 'A' + 'a');
    if (auto it = abbreviations_.find(std::string_view(buffer, word.size())); it != abbreviations_.end()) {
      return it->second;
    }
  }
  return AbbreviationKind::kNone;
}

bool WordLists::IsSentenceStarter(std::string_view word) const { return starters_.contains(word); }

bool WordLists::IsLineContinuation(std::string_view word) const { return continuations_.contains(word); }

}  // namespace sitrep::text
