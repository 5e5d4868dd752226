#include "eval/body_score.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include <utf8proc.h>

namespace sitrep::eval {
namespace {

// Python's \w: letters, digits (all numeric categories) and underscore.
bool IsWordChar(utf8proc_int32_t cp) {
  if (cp == '_') return true;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  const auto* s = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t i = 0, start = 0;
  bool in_word = false;
  while (i < text.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(s + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) { n = 1; cp = -1; }
    bool word = cp >= 0 && IsWordChar(cp);
    if (word && !in_word) start = i;
    if (!word && in_word) words.push_back(text.substr(start, i - start));
    in_word = word;
    i += static_cast<std::size_t>(n);
  }
  if (in_word) words.push_back(text.substr(start));
  return words;
}

std::unordered_map<std::string, int> Shingles(std::string_view text, int n) {
  std::vector<std::string_view> words = Words(text);
  std::unordered_map<std::string, int> counts;
  // Texts shorter than n words still count as one (shorter) shingle.
  std::size_t size = static_cast<std::size_t>(n);
  std::size_t last = words.size() >= size ? words.size() - size + 1 : (words.empty() ? 0 : 1);
  for (std::size_t i = 0; i < last; ++i) {
    std::string key;
    for (std::size_t k = i; k < std::min(words.size(), i + size); ++k) {
      key.append(words[k]);
      key += '\x1f';
    }
    ++counts[key];
  }
  return counts;
}

}  // namespace

ShingleCounts ScoreBody(std::string_view gold, std::string_view predicted, int shingle_words) {
  auto truth = Shingles(gold, shingle_words);
  auto pred = Shingles(predicted, shingle_words);
  ShingleCounts c;
  for (const auto& [key, t] : truth) {
    auto it = pred.find(key);
    int p = it == pred.end() ? 0 : it->second;
    c.tp += std::min(t, p);
    c.fn += std::max(0, t - p);
  }
  for (const auto& [key, p] : pred) {
    auto it = truth.find(key);
    int t = it == truth.end() ? 0 : it->second;
    c.fp += std::max(0, p - t);
  }
  double sum = c.tp + c.fp + c.fn;
  if (sum > 0) {
    c.tp /= sum;
    c.fp /= sum;
    c.fn /= sum;
  }
  return c;
}

BodyScore Aggregate(const std::vector<ShingleCounts>& pages) {
  BodyScore score;
  score.pages = pages.size();
  double tp = 0, fp = 0, fn = 0;
  for (const ShingleCounts& c : pages) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  score.precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  score.recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  double pr = score.precision + score.recall;
  score.f1 = pr > 0 ? 2 * score.precision * score.recall / pr : 0;
  return score;
}

}  // namespace sitrep::eval
