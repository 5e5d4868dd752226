#include "extract/dateline.h"

#include <string_view>

namespace sitrep::extract {
namespace {

constexpr std::uint32_t kMaxDatelineTokens = 16;

std::string_view TokenText(const Document& doc, std::uint32_t i) {
  return doc.Slice(doc.tokens[i].start, doc.tokens[i].end);
}

bool IsDash(const Document& doc, std::uint32_t i) {
  if (doc.tokens[i].kind != TokenKind::kPunctuation) return false;
  std::string_view t = TokenText(doc, i);
  return t == "-" || t == "--" || t == "\u2013" || t == "\u2014";
}

}  // namespace

std::uint32_t AfterDateline(const Document& doc, std::uint32_t first, std::uint32_t end) {
  if (end > doc.tokens.size() || end < first + 3) return first;
  // The dateline's place is written in capitals ("KYIV", "KABUL, Afghanistan").
  std::string_view head = TokenText(doc, first);
  bool caps = doc.tokens[first].kind == TokenKind::kWord && head.size() >= 2;
  for (char c : head) caps = caps && !(c >= 'a' && c <= 'z');
  for (std::uint32_t k = first + 1; k + 1 < end && k < first + kMaxDatelineTokens; ++k) {
    if (!IsDash(doc, k)) continue;
    const bool after_outlet = doc.tokens[k - 1].kind == TokenKind::kPunctuation && TokenText(doc, k - 1) == ")";
    return after_outlet || caps ? k + 1 : first;
  }
  return first;
}

}  // namespace sitrep::extract
