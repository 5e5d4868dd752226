#include "text/dateline.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace sitrep::text {
namespace {

// Words an outlet's brackets may hold: "(AP)", "(Agence France-Presse)".
constexpr std::uint32_t kMaxOutletWords = 4;

std::string_view TokenText(const Document& doc, std::uint32_t i) {
  return doc.Slice(doc.tokens[i].start, doc.tokens[i].end);
}

bool IsPunct(const Document& doc, std::uint32_t i, std::string_view what) {
  return doc.tokens[i].kind == TokenKind::kPunctuation && TokenText(doc, i) == what;
}

bool IsDash(const Document& doc, std::uint32_t i) {
  if (doc.tokens[i].kind != TokenKind::kPunctuation) return false;
  // Every dash starts with '-' or the lead byte of U+2013/U+2014: the other
  // punctuation of a sentence's opening (commas, periods, brackets) is
  // refused on that byte.
  if (const std::uint32_t start = doc.tokens[i].start; start < doc.text.size()) {
    const auto lead = static_cast<unsigned char>(doc.text[start]);
    if (lead != '-' && lead != 0xE2) return false;
  }
  std::string_view t = TokenText(doc, i);
  return t == "-" || t == "--" || t == "\u2013" || t == "\u2014";
}

// A word starting with an ASCII capital: place names, month abbreviations,
// outlets. (Datelines in other scripts are not recognised.)
bool IsCapitalisedWord(const Document& doc, std::uint32_t i) {
  if (doc.tokens[i].kind != TokenKind::kWord) return false;
  std::string_view t = TokenText(doc, i);
  return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
}

// A number as a dateline writes one: a day, a year, "01/04/2021"; not "5,000".
bool IsDatelineNumber(const Document& doc, std::uint32_t i) {
  if (doc.tokens[i].kind != TokenKind::kNumber) return false;
  std::string_view t = TokenText(doc, i);
  return t.size() <= 10 && t.find(',') == std::string_view::npos;
}

}  // namespace

std::uint32_t AfterDateline(const Document& doc, std::uint32_t first, std::uint32_t end) {
  if (end > doc.tokens.size() || end < first + 3) return first;
  // Several stages ask this of every sentence, and nearly all have no
  // dash near their start: the scan reads token kinds only, and the rest is
  // looked at for the first punctuation mark that is a dash.
  const Token* tokens = doc.tokens.data();
  // k + 1 < end and k < first + kMaxDatelineTokens, as one bound.
  const std::uint32_t limit = std::min<std::uint64_t>(end - 1, std::uint64_t{first} + kMaxDatelineTokens);
  for (std::uint32_t k = first + 1; k < limit; ++k) {
    if (tokens[k].kind != TokenKind::kPunctuation || !IsDash(doc, k)) continue;
    const bool after_outlet = tokens[k - 1].kind == TokenKind::kPunctuation && TokenText(doc, k - 1) == ")";
    if (after_outlet) return k + 1;
    // The dateline's place is written in capitals ("KYIV", "KABUL, Afghanistan").
    const std::string_view head = TokenText(doc, first);
    bool caps = tokens[first].kind == TokenKind::kWord && head.size() >= 2;
    for (char c : head) caps = caps && !(c >= 'a' && c <= 'z');
    return caps ? k + 1 : first;
  }
  return first;
}

std::uint32_t DatelineEnd(const Document& doc, std::uint32_t first, std::uint32_t end) {
  if (end > doc.tokens.size() || first >= end) return first;
  if (const std::uint32_t after = AfterDateline(doc, first, end); after != first) return after;
  const std::uint32_t limit = end < first + kMaxDatelineTokens ? end : first + kMaxDatelineTokens;
  bool numbers_or_comma = false, outlet_seen = false;
  std::uint32_t head_tokens = 0;
  for (std::uint32_t k = first; k < limit; ++k) {
    if (IsCapitalisedWord(doc, k) || IsPunct(doc, k, ".")) {
      ++head_tokens;
      continue;
    }
    if (IsDatelineNumber(doc, k) || IsPunct(doc, k, ",")) {
      numbers_or_comma = true;
      ++head_tokens;
      continue;
    }
    if (IsPunct(doc, k, ":")) {
      // "Jan 08, Colombo:"; the body must follow.
      return head_tokens > 0 && numbers_or_comma && k + 1 < end ? k + 1 : first;
    }
    if (IsDash(doc, k)) {
      // A dash after a head AfterDateline refused (lowercase place, no
      // outlet): "Jan. 29 --", "Mar. 1 --" need a number to be datelines.
      return head_tokens > 0 && numbers_or_comma && k + 1 < end ? k + 1 : first;
    }
    if (IsPunct(doc, k, "(") && !outlet_seen && head_tokens > 0) {
      std::uint32_t j = k + 1;
      while (j < limit && j < k + 1 + kMaxOutletWords && IsCapitalisedWord(doc, j)) ++j;
      if (j == k + 1 || j >= limit || !IsPunct(doc, j, ")")) return first;
      outlet_seen = true;
      // The body may follow the outlet directly, or after a dash or colon
      // (next iteration).
      if (j + 1 < end && !IsDash(doc, j + 1) && !IsPunct(doc, j + 1, ":")) {
        return numbers_or_comma ? j + 1 : first;
      }
      k = j;
      continue;
    }
    return first;
  }
  return first;
}

}  // namespace sitrep::text
