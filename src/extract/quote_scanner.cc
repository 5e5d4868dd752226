#include "extract/quote_scanner.h"

#include <algorithm>
#include <string_view>

#include "core/utf8.h"

namespace sitrep::extract {
namespace {

enum class Family : std::uint8_t { kNone, kDouble, kSingle };

struct Mark {
  Family family = Family::kNone;
  bool can_open = false;
  bool can_close = false;
};

bool IsSpaceOrOpenerBefore(std::string_view text, std::uint32_t pos) {
  if (pos == 0) return true;
  unsigned char c = static_cast<unsigned char>(text[pos - 1]);
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '(' || c == '[' || c == '{' || c == '-' ||
      c == '/' || c == ':') {
    return true;
  }
  // U+00A0 (C2 A0), dashes U+2013/U+2014 (E2 80 93/94).
  if (pos >= 2 && c == 0xA0 && static_cast<unsigned char>(text[pos - 2]) == 0xC2) return true;
  if (pos >= 3 && static_cast<unsigned char>(text[pos - 3]) == 0xE2 &&
      static_cast<unsigned char>(text[pos - 2]) == 0x80 && (c == 0x93 || c == 0x94)) {
    return true;
  }
  return false;
}

bool IsSpaceOrEndAfter(std::string_view text, std::uint32_t pos) {
  if (pos >= text.size()) return true;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

bool LetterAfter(std::string_view text, std::uint32_t pos) {
  if (pos >= text.size()) return false;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

// Classifies the quote mark token [start, end).
Mark Classify(std::string_view text, std::uint32_t start, std::uint32_t end) {
  std::size_t len = 0;
  char32_t cp = DecodeUtf8(text, start, &len);
  bool open_pos = IsSpaceOrOpenerBefore(text, start);
  bool close_pos = !open_pos || IsSpaceOrEndAfter(text, end);
  switch (cp) {
    case U'\u201C':  // “ opens; closes „ and (German) “ ... “ typos at a paragraph's end
      return {Family::kDouble, true, !open_pos};
    case U'\u201D':  // ”
      return {Family::kDouble, open_pos && !IsSpaceOrEndAfter(text, end), true};
    case U'\u201E':  // „
    case U'\u00AB':  // «
      return {Family::kDouble, true, cp == U'\u00AB' && !open_pos};
    case U'\u00BB':  // » closes «, or opens a »…« quote
      return {Family::kDouble, open_pos && !IsSpaceOrEndAfter(text, end), true};
    case U'"':
      return {Family::kDouble, open_pos, close_pos};
    case U'\u2018':  // ‘
    case U'\u201A':  // ‚
      return {Family::kSingle, true, !open_pos && !LetterAfter(text, end)};
    case U'\u2019':  // ’ closes unless it is an apostrophe inside a word
    case U'\'':
      if (!open_pos && LetterAfter(text, end)) return {};
      // "the villagers’ homes": after a plural -s and before a lower-case
      // word it is a possessive, not the end of the quote.
      if (!open_pos && start > 0 && text[start - 1] == 's' && end + 1 < text.size() && text[end] == ' ' &&
          text[end + 1] >= 'a' && text[end + 1] <= 'z') {
        return {};
      }
      return {Family::kSingle, open_pos, !open_pos};
    default:
      return {};
  }
}

class Scanner {
 public:
  explicit Scanner(const Document& doc) : doc_(doc), text_(doc.text) {}

  std::vector<QuoteGroup> Run() {
    for (const Sentence& s : doc_.sentences) {
      if (s.block != block_) EndBlock(s.block);
      std::uint32_t end = s.first_token + s.token_count;
      for (std::uint32_t i = s.first_token; i < end && i < doc_.tokens.size(); ++i) Step(i);
    }
    EndBlock(kNoToken);
    return std::move(groups_);
  }

 private:
  void Step(std::uint32_t i) {
    const Token& t = doc_.tokens[i];
    bool first_in_block = !seen_token_in_block_;
    seen_token_in_block_ = true;
    last_token_end_ = t.end;
    if (t.kind == TokenKind::kWord && open_ != Family::kNone) ++words_;
    if (t.kind != TokenKind::kQuote) return;
    Mark m = Classify(text_, t.start, t.end);
    if (m.family == Family::kNone) return;
    if (open_ == Family::kNone) {
      if (!m.can_open) return;
      bool continues = first_in_block && pending_continuation_ == m.family;
      Open(i, m.family, continues);
      return;
    }
    if (m.family != open_) return;  // a quote inside the quote
    if (m.can_close) {
      Close(t.start, i);
    }
  }

  void Open(std::uint32_t token, Family family, bool continues) {
    if (!continues || groups_.empty()) groups_.emplace_back();
    pending_continuation_ = Family::kNone;
    open_ = family;
    open_token_ = token;
    words_ = 0;
  }

  void Close(std::uint32_t end, std::uint32_t close_token) {
    QuoteFragment f;
    f.open_token = open_token_;
    f.close_token = close_token;
    f.start = doc_.tokens[open_token_].end;
    f.end = end;
    while (f.start < f.end && IsSpace(text_[f.start])) ++f.start;
    while (f.end > f.start && IsSpace(text_[f.end - 1])) --f.end;
    f.block = block_;
    f.words = words_;
    if (f.end > f.start) {
      groups_.back().fragments.push_back(f);
    }
    if (groups_.back().fragments.empty()) groups_.pop_back();
    open_ = Family::kNone;
  }

  // Moves to block `next`; an unclosed quote ends with the block and may go
  // on in the next one.
  void EndBlock(std::uint32_t next) {
    pending_continuation_ = Family::kNone;
    if (open_ != Family::kNone) {
      Family family = open_;
      Close(last_token_end_, kNoToken);
      // Only paragraphs that follow each other carry a quote on.
      if (next != kNoToken && next == NextBodyBlock(block_)) pending_continuation_ = family;
    }
    block_ = next;
    seen_token_in_block_ = false;
  }

  std::uint32_t NextBodyBlock(std::uint32_t b) const {
    for (std::uint32_t i = b + 1; i < doc_.blocks.size(); ++i) {
      if (doc_.blocks[i].kind == BlockKind::kBody) return i;
    }
    return kNoToken;
  }

  static bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

  const Document& doc_;
  std::string_view text_;
  std::vector<QuoteGroup> groups_;
  std::uint32_t block_ = kNoToken;
  bool seen_token_in_block_ = false;
  std::uint32_t last_token_end_ = 0;
  Family open_ = Family::kNone;
  Family pending_continuation_ = Family::kNone;
  std::uint32_t open_token_ = 0;
  std::uint32_t words_ = 0;
};

}  // namespace

std::vector<QuoteGroup> ScanQuotes(const Document& doc) {
  // Only a quote mark opens a quotation: a document without one (most short
  // reports) has none, and one comparison per token answers that.
  const bool any_mark = std::any_of(doc.tokens.begin(), doc.tokens.end(),
                                    [](const Token& t) { return t.kind == TokenKind::kQuote; });
  if (!any_mark) return {};
  return Scanner(doc).Run();
}

}  // namespace sitrep::extract
