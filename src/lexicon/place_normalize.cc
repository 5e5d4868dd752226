#include "lexicon/place_normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "core/data.h"
#include "text/char_class.h"

namespace sitrep::lexicon {
namespace {

using text::CharClass;

// Letters that Unicode decomposition leaves alone but readers treat as plain
// Latin letters (Łódź, Đồng, Ørsted, Diyarbakır).
char32_t PlainLatin(char32_t cp) {
  switch (cp) {
    case U'ø': case U'Ø': return U'o';
    case U'ł': case U'Ł': return U'l';
    case U'đ': case U'Đ': case U'ð': case U'Ð': return U'd';
    case U'ı': return U'i';
    case U'ħ': case U'Ħ': return U'h';
    default: return cp;
  }
}

// Characters that are apostrophes or transliterated ayn/hamza when they sit
// inside a word: dropped from keys.
bool IsApostropheLike(char32_t cp) {
  switch (cp) {
    case U'\'': case U'\u2019': case U'\u2018': case U'\u02BC': case U'\u02BB':
    case U'\u02BF': case U'\u02BE': case U'`': case U'\u00B4': case U'\u02B9':
      return true;
    default:
      return false;
  }
}

bool IsHyphen(char32_t cp) { return cp == U'-' || cp == U'\u2010' || cp == U'\u2011'; }

bool IsWordChar(CharClass c) { return text::IsWordClass(c); }

// An ASCII letter or digit: a word character (IsWordChar) read without
// decoding. False for every byte of a multi-byte sequence.
inline bool IsAsciiWordByte(char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9');
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

// "US", "UAE", "U.S.", "U.S.A." -> "\x01US" ...; empty if not an acronym.
std::string AcronymToken(std::string_view word) {
  // Both forms start with a capital A-Z and are at most 8 bytes ("U.S.A.").
  // Checked first: nearly every word fails here, before any search or string.
  if (word.empty() || word.size() > 8 || word[0] < 'A' || word[0] > 'Z') return {};
  std::string letters;
  bool dotted = word.find('.') != std::string_view::npos;
  if (dotted) {
    // Single capital letters each followed by a period (the last may lack it).
    for (std::size_t i = 0; i < word.size();) {
      char c = word[i];
      if (c < 'A' || c > 'Z') return {};
      letters.push_back(c);
      ++i;
      if (i < word.size()) {
        if (word[i] != '.') return {};
        ++i;
      }
    }
    if (letters.size() < 2 || letters.size() > 4) return {};
  } else {
    if (word.size() < 2 || word.size() > 3) return {};
    for (char c : word) {
      if (c < 'A' || c > 'Z') return {};
    }
    letters = std::string(word);
  }
  return std::string(1, kAcronymMark) + letters;
}

}  // namespace

std::string FoldWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool ascii = true;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
  }
  if (ascii) {
    // Written through a pointer (the result is never longer than the word):
    // this runs for every word of every sentence.
    out.resize(word.size());
    char* o = out.data();
    for (char c : word) {
      if (c >= 'A' && c <= 'Z') *o++ = static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) *o++ = c;
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                    static_cast<utf8proc_ssize_t>(word.size()), &mapped,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                                   UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
                                                                   UTF8PROC_COMPAT));
  if (n < 0 || mapped == nullptr) {
    // Invalid UTF-8: keep only the ASCII letters and digits.
    for (char c : word) {
      if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    }
    std::free(mapped);
    return out;
  }
  utf8proc_ssize_t i = 0;
  while (i < n) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(mapped + i, n - i, &cp);
    if (len <= 0) { ++i; continue; }
    i += len;
    char32_t c = PlainLatin(static_cast<char32_t>(cp));
    if (c < 0x80) {
      char a = static_cast<char>(c);
      if (a >= 'A' && a <= 'Z') out.push_back(static_cast<char>(a - 'A' + 'a'));
      else if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) out.push_back(a);
      continue;
    }
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    bool keep = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO && cat != UTF8PROC_CATEGORY_LM) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (keep) {
      char buf[4];
      utf8proc_ssize_t m = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), reinterpret_cast<utf8proc_uint8_t*>(buf));
      out.append(buf, static_cast<std::size_t>(m));
    }
  }
  std::free(mapped);
  return out;
}

NameNormalizer::NameNormalizer(std::string_view articles) {
  for (std::string_view line : DataLines(articles)) articles_.insert(FoldWord(line));
}

const NameNormalizer& NameNormalizer::Default() {
  static const NameNormalizer* normalizer = new NameNormalizer(EmbeddedData("places/articles.txt"));
  return *normalizer;
}

void NameNormalizer::SplitWords(std::string_view text, std::uint32_t begin, std::uint32_t end,
                                std::vector<PlaceWord>& out) const {
  if (end > text.size()) end = static_cast<std::uint32_t>(text.size());
  bool pending_break = false;  // punctuation seen since the last word
  bool next_joined = false;    // the previous word ended in a joining hyphen
  std::size_t pos = begin;
  while (pos < end) {
    text::CodePoint cp = text::ReadCodePoint(text, pos, end);
    if (!IsWordChar(cp.cls)) {
      if (cp.cls != CharClass::kSpace && cp.cls != CharClass::kNewline && cp.cls != CharClass::kJoiner) {
        pending_break = true;
      }
      if (cp.cls == CharClass::kNewline) pending_break = true;
      pos += cp.length;
      continue;
    }
    // A word: word characters, joined by inner apostrophes and by periods
    // that follow a single letter (U.S.). Hyphens end the word but not the
    // compound: the next part starts without a break.
    std::size_t start = pos;
    std::size_t last_end = pos;
    bool hyphen_after = false;
    bool joined = next_joined;
    next_joined = false;
    while (pos < end) {
      // A run of ASCII letters and digits (word characters) is skipped
      // whole, without decoding each byte.
      if (IsAsciiWordByte(text[pos])) {
        ++pos;
        while (pos < end && IsAsciiWordByte(text[pos])) ++pos;
        last_end = pos;
        continue;
      }
      text::CodePoint c = text::ReadCodePoint(text, pos, end);
      if (IsWordChar(c.cls)) {
        pos += c.length;
        last_end = pos;
        continue;
      }
      if (IsApostropheLike(c.value) || c.value == '.') {
        text::CodePoint next = text::ReadCodePoint(text, pos + c.length, end);
        if (text::IsLetterClass(next.cls)) {
          if (c.value != '.') { pos += c.length; continue; }
          // A period joins only single letters: U.S.A.
          bool single = last_end - start == 1 ||
                        (last_end - start >= 2 && text[last_end - 2] == '.');
          if (single) { pos += c.length; continue; }
        } else if (c.value == '.') {
          // Final period of a dotted acronym (U.S.): part of the word.
          if (last_end - start >= 3 && text[last_end - 2] == '.') { pos += c.length; last_end = pos; }
        }
        break;
      }
      if (IsHyphen(c.value)) {
        text::CodePoint next = text::ReadCodePoint(text, pos + c.length, end);
        if (IsWordChar(next.cls)) hyphen_after = true;
      }
      break;
    }
    pos = last_end;
    std::string_view raw = text.substr(start, last_end - start);
    // Built in place (and dropped again below if it folds to nothing):
    // moving a finished word into the vector cost as much as filling it.
    const bool first_word = out.empty();
    PlaceWord& w = out.emplace_back();
    w.start = static_cast<std::uint32_t>(start);
    w.end = static_cast<std::uint32_t>(last_end);
    w.break_before = pending_break && !first_word;
    w.hyphen_before = joined;
    pending_break = false;
    // Possessive: "Helmand's", "Helmand’s".
    std::string_view body = raw;
    if (body.size() >= 3 && (body.back() == 's' || body.back() == 'S')) {
      std::string_view head = body.substr(0, body.size() - 1);
      if (head.back() == '\'') { body = head.substr(0, head.size() - 1); w.possessive = true; }
      else if (head.size() >= 3 && head.substr(head.size() - 3) == "\xE2\x80\x99") {
        body = head.substr(0, head.size() - 3); w.possessive = true;
      }
    }
    // Case facts from the first letter and all letters.
    std::size_t letters = 0, uppers = 0;
    bool first_seen = false;
    for (std::size_t i = 0; i < body.size();) {
      text::CodePoint c = text::ReadCodePoint(body, i, body.size());
      i += c.length;
      if (c.cls == CharClass::kDigit) w.has_digit = true;
      if (!text::IsLetterClass(c.cls)) continue;
      ++letters;
      bool up = IsUpper(c.value);
      if (up) ++uppers;
      if (!first_seen) { w.capitalized = up; first_seen = true; }
    }
    w.all_caps = letters >= 2 && uppers == letters;
    std::string acronym = AcronymToken(body);
    w.folded = acronym.empty() ? FoldWord(body) : acronym;
    // A final "ah" after a consonant is the same ending as "a" in
    // transliteration (Raqqah/Raqqa, Chorah/Chora, Hamah/Hama).
    if (acronym.empty() && w.folded.size() >= 4 && w.folded.ends_with("ah")) w.folded.pop_back();
    if (w.folded.empty()) out.pop_back();
    if (hyphen_after) {
      // Skip the hyphen: the next part continues the same compound.
      text::CodePoint h = text::ReadCodePoint(text, pos, end);
      pos += h.length;
      next_joined = true;
    }
  }
}

std::string SpellingSkeleton(std::string_view key) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  std::string out = "~";
  char prev_raw = 0;
  for (std::size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    if (c == ' ') continue;
    if (c == kAcronymMark) return {};
    bool after_vowel = vowel(prev_raw);
    prev_raw = c;
    if (vowel(c)) continue;
    if (c == 'w' && after_vowel) continue;
    if (c == 'h' && after_vowel && (i + 1 == key.size() || key[i + 1] == ' ')) continue;
    if (out.size() > 1 && out.back() == c) continue;
    out.push_back(c);
  }
  if (out.size() < 5) return {};
  return out;
}

std::vector<std::string> NameNormalizer::Tokens(std::string_view name) const {
  std::vector<PlaceWord> words;
  SplitWords(name, 0, static_cast<std::uint32_t>(std::min<std::size_t>(name.size(), 0xFFFFFFFFu)), words);
  std::vector<std::string> tokens;
  tokens.reserve(words.size());
  for (PlaceWord& w : words) tokens.push_back(std::move(w.folded));
  return tokens;
}

std::string NameNormalizer::JoinKey(const std::vector<std::string>& tokens, std::size_t begin,
                                    std::size_t end) const {
  if (end > tokens.size()) end = tokens.size();
  if (end > begin + 1 && IsArticle(tokens[begin])) ++begin;
  std::string key;
  for (std::size_t i = begin; i < end; ++i) {
    if (!key.empty()) key.push_back(' ');
    key += tokens[i];
  }
  return key;
}

std::string NameNormalizer::Key(std::string_view name) const {
  std::vector<std::string> tokens = Tokens(name);
  return JoinKey(tokens, 0, tokens.size());
}

}  // namespace sitrep::lexicon
