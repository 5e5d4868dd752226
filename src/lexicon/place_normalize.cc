#include "lexicon/place_normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>

#include "core/data.h"
#include "lexicon/ascii_case.h"
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

// What a byte is when it is an ASCII letter or digit (0 for anything else,
// including every byte of a multi-byte sequence): one table load instead of
// three range tests, for the bytes of nearly every word.
constexpr std::uint8_t kUpperBit = 1, kLowerBit = 2, kDigitBit = 4;
constexpr std::array<std::uint8_t, 256> kAsciiWordBits = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpperBit;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLowerBit;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitBit;
  return t;
}();

// How many of the bytes from text[pos] on (before `end`) are ASCII
// lower-case letters in a row, read up to eight bytes at a time. Exact:
// the same count as testing each byte. REQUIRES: pos <= end <= text.size().
inline std::size_t LeadingLowerCase(std::string_view text, std::size_t pos, std::size_t end) {
  static_assert(std::endian::native == std::endian::little, "the first byte read is the lowest");
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x80 * kOnes;
  const std::size_t start = pos;
  while (end - pos >= 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + pos, 8);
    // Per byte b (no carries: every byte of y is below 0x80): b >= 'a' sets
    // the high bit of y + 0x1F, b > 'z' that of y + 0x05; bytes of 0x80 and
    // up are no letters.
    const std::uint64_t y = x & ~kHigh;
    const std::uint64_t lower = (y + 0x1F * kOnes) & ~(y + 0x05 * kOnes) & ~x & kHigh;
    const std::uint64_t other = lower ^ kHigh;  // high bit of each byte that is no lower-case letter
    if (other != 0) return pos - start + static_cast<std::size_t>(__builtin_ctzll(other) / 8);  // little-endian
    pos += 8;
  }
  while (pos < end && text[pos] >= 'a' && text[pos] <= 'z') ++pos;
  return pos - start;
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

// Fills `w` from a word that is not plain ASCII (non-ASCII letters, inner
// apostrophes, dotted acronyms, possessives) and appends its folded form to
// `buffer`, which may come out empty.
void FillWord(std::string_view raw, FoldedWord& w, std::string& buffer) {
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
  std::string folded = acronym.empty() ? FoldWord(body) : acronym;
  // A final "ah" after a consonant is the same ending as "a" in
  // transliteration (Raqqah/Raqqa, Chorah/Chora, Hamah/Hama).
  if (acronym.empty() && folded.size() >= 4 && folded.ends_with("ah")) folded.pop_back();
  w.folded_in_buffer = true;
  w.folded_begin = static_cast<std::uint32_t>(buffer.size());
  w.folded_size = static_cast<std::uint32_t>(folded.size());
  buffer += folded;
}

// Fills `w` from a plain word: p[0, n) are ASCII letters and digits, with
// `uppers` capitals and `digits` digits among them. What FillWord works out
// for any word, without decoding, a possessive to strip (it needs an
// apostrophe) or, for a lower-case word, a copy: its folded form is its own
// bytes (`start` is its offset in the text).
// REQUIRES: n >= 1.
void FillPlainWord(const char* p, std::size_t n, std::uint32_t start, std::size_t uppers, std::size_t digits,
                   FoldedWord& w, std::string& buffer) {
  std::size_t first_letter = 0;  // (a word without digits starts with a letter)
  while (digits != 0 && first_letter < n && (kAsciiWordBits[static_cast<unsigned char>(p[first_letter])] & kDigitBit)) {
    ++first_letter;
  }
  w.capitalized = first_letter < n && (kAsciiWordBits[static_cast<unsigned char>(p[first_letter])] & kUpperBit);
  w.has_digit = digits != 0;
  const std::size_t letters = n - digits;
  w.all_caps = letters >= 2 && uppers == letters;
  if (uppers == n && n >= 2 && n <= 3) {
    // An acronym (AcronymToken): case-exact, marked.
    w.folded_in_buffer = true;
    w.folded_begin = static_cast<std::uint32_t>(buffer.size());
    w.folded_size = static_cast<std::uint32_t>(n + 1);
    buffer.push_back(kAcronymMark);
    buffer.append(p, n);
    return;
  }
  const char* folded = p;
  if (uppers != 0) {
    w.folded_in_buffer = true;
    w.folded_begin = static_cast<std::uint32_t>(buffer.size());
    buffer.append(p, n);  // one call, no zero fill
    char* o = buffer.data() + w.folded_begin;
    SetAsciiCaseBit(o, n);  // lower case (ascii_case.h)
    folded = o;
  } else {
    w.folded_begin = start;
  }
  // The final "ah" rule of FillWord.
  w.folded_size = static_cast<std::uint32_t>(n >= 4 && folded[n - 2] == 'a' && folded[n - 1] == 'h' ? n - 1 : n);
  if (w.folded_in_buffer && w.folded_size != n) buffer.resize(w.folded_begin + w.folded_size);
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
  for (const std::string& a : articles_) {
    max_article_size_ = std::max(max_article_size_, a.size());
    if (!a.empty()) article_initial_[static_cast<unsigned char>(a[0])] = true;
  }
}

const NameNormalizer& NameNormalizer::Default() {
  static const NameNormalizer* normalizer = new NameNormalizer(EmbeddedData("places/articles.txt"));
  return *normalizer;
}

void FoldedWords::Seal() {
  // Words folded to their own bytes already point into the text (AppendWords).
  const std::string_view folded = buffer;
  for (FoldedWord& w : words) {
    if (w.folded_in_buffer) w.folded = folded.substr(w.folded_begin, w.folded_size);
  }
}

void NameNormalizer::SplitWords(std::string_view text, std::uint32_t begin, std::uint32_t end,
                                std::vector<PlaceWord>& out) const {
  FoldedWords words;
  // A placeholder word stands for the words already in `out`, so that the
  // first new word may have break_before exactly when `out` is not empty.
  if (!out.empty()) words.words.emplace_back();
  const std::size_t skip = words.words.size();
  AppendWords(text, begin, end, words);
  words.Seal();
  for (std::size_t i = skip; i < words.words.size(); ++i) {
    const FoldedWord& f = words.words[i];
    PlaceWord& w = out.emplace_back();
    w.start = f.start;
    w.end = f.end;
    w.folded = std::string(f.folded);
    w.capitalized = f.capitalized;
    w.all_caps = f.all_caps;
    w.break_before = f.break_before;
    w.possessive = f.possessive;
    w.has_digit = f.has_digit;
    w.hyphen_before = f.hyphen_before;
  }
}

void NameNormalizer::AppendWords(std::string_view text, std::uint32_t begin, std::uint32_t end, FoldedWords& out,
                                 std::size_t max_words) const {
  if (end > text.size()) end = static_cast<std::uint32_t>(text.size());
  std::vector<FoldedWord>& words = out.words;
  constexpr std::size_t kNoLimit = static_cast<std::size_t>(-1);
  const std::size_t limit = max_words > kNoLimit - words.size() ? kNoLimit : words.size() + max_words;
  bool pending_break = false;  // punctuation seen since the last word
  bool next_joined = false;    // the previous word ended in a joining hyphen
  std::size_t pos = begin;
  while (pos < end) {
    if (text[pos] == ' ') {  // the usual separator: no break, nothing to decode
      ++pos;
      continue;
    }
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
    bool plain = true;  // only ASCII letters and digits so far (FillPlainWord)
    std::size_t uppers = 0, digits = 0;  // counted over the runs below: all of a plain word
    while (pos < end) {
      // A run of ASCII letters and digits (word characters) is skipped
      // whole, without decoding each byte.
      if (std::uint8_t bits = kAsciiWordBits[static_cast<unsigned char>(text[pos])]; bits != 0) {
        do {
          uppers += bits & kUpperBit;
          digits += bits >> 2;  // kDigitBit
          ++pos;
          // Lower-case letters, most of a word's bytes, count as neither:
          // they are skipped eight at a time.
          pos += LeadingLowerCase(text, pos, end);
        } while (pos < end && (bits = kAsciiWordBits[static_cast<unsigned char>(text[pos])]) != 0);
        last_end = pos;
        // A space, the usual end of a word, ends it as the code below
        // would, without decoding it.
        if (pos == end || text[pos] == ' ') break;
        continue;
      }
      text::CodePoint c = text::ReadCodePoint(text, pos, end);
      if (IsWordChar(c.cls)) {
        plain = false;
        pos += c.length;
        last_end = pos;
        continue;
      }
      if (IsApostropheLike(c.value) || c.value == '.') {
        text::CodePoint next = text::ReadCodePoint(text, pos + c.length, end);
        if (text::IsLetterClass(next.cls)) {
          if (c.value != '.') { plain = false; pos += c.length; continue; }
          // A period joins only single letters: U.S.A.
          bool single = last_end - start == 1 ||
                        (last_end - start >= 2 && text[last_end - 2] == '.');
          if (single) { plain = false; pos += c.length; continue; }
        } else if (c.value == '.') {
          // Final period of a dotted acronym (U.S.): part of the word.
          if (last_end - start >= 3 && text[last_end - 2] == '.') {
            plain = false;
            pos += c.length;
            last_end = pos;
          }
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
    // Built in place (and dropped again below if it folds to nothing).
    const bool first_word = words.empty();
    FoldedWord& w = words.emplace_back();
    w.start = static_cast<std::uint32_t>(start);
    w.end = static_cast<std::uint32_t>(last_end);
    w.break_before = pending_break && !first_word;
    w.hyphen_before = joined;
    pending_break = false;
    if (plain) {
      FillPlainWord(raw.data(), raw.size(), w.start, uppers, digits, w, out.buffer);
      if (!w.folded_in_buffer) w.folded = raw.substr(0, w.folded_size);
    } else {
      FillWord(raw, w, out.buffer);
      if (w.folded_size == 0) words.pop_back();
    }
    // (Only a caller that set max_words pays for counting: this runs per word.)
    if (limit != kNoLimit && words.size() >= limit) return;
    if (hyphen_after) {
      // Skip the hyphen: the next part continues the same compound.
      text::CodePoint h = text::ReadCodePoint(text, pos, end);
      pos += h.length;
      next_joined = true;
    }
  }
}

void SpellingSkeletonBuilder::Append(std::string_view key) {
  if (acronym_) return;
  // One table load per byte says which rule applies (most bytes are
  // consonants; the vowels, y among them, are dropped); the last byte written is kept in a register. This runs for
  // every capitalised word without an exact gazetteer match.
  enum : std::uint8_t { kConsonant = 0, kSpace, kVowel, kMark, kW, kH };
  static constexpr std::array<std::uint8_t, 256> kRule = [] {
    std::array<std::uint8_t, 256> t{};
    t[' '] = kSpace;
    for (char v : {'a', 'e', 'i', 'o', 'u', 'y'}) t[static_cast<unsigned char>(v)] = kVowel;
    t[static_cast<unsigned char>(kAcronymMark)] = kMark;
    t['w'] = kW;
    t['h'] = kH;
    return t;
  }();
  bool after_vowel = after_vowel_;
  int last = out_.size() > 1 ? static_cast<unsigned char>(out_.back()) : -1;  // never a byte when only '~'
  const std::size_t n = key.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = key[i];
    switch (kRule[static_cast<unsigned char>(c)]) {
      case kSpace:
        continue;
      case kVowel:
        after_vowel = true;
        continue;
      case kMark:
        acronym_ = true;
        after_vowel_ = after_vowel;
        return;
      case kW:
        if (after_vowel) {
          after_vowel = false;
          continue;
        }
        break;
      case kH:
        // A final "h" (of the key or of a token: the next byte is a space or
        // the next token's separator).
        if (after_vowel && (i + 1 == n || key[i + 1] == ' ')) {
          after_vowel = false;
          continue;
        }
        break;
      default:
        break;
    }
    after_vowel = false;
    if (last == static_cast<unsigned char>(c)) continue;
    out_.push_back(c);
    last = static_cast<unsigned char>(c);
  }
  after_vowel_ = after_vowel;
}

std::string SpellingSkeleton(std::string_view key) {
  SpellingSkeletonBuilder builder;
  builder.Append(key);
  return std::string(builder.skeleton());
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

int NameNormalizer::KeyInitial(std::string_view name) const {
  // Key() joins the folded words, dropping a leading article when more words
  // follow: its first byte is that of the first or the second word.
  // Most names open with a few ASCII letters and digits, the first a
  // letter. The first word then starts with them whatever follows, and
  // folding keeps them, lower-cased, whatever else it drops or changes
  // further on (a final "h", a possessive, accents): its first byte is the
  // name's lower-cased. With four or more of them it is no acronym (those
  // have at most three letters, or a period second), and with two more
  // than the longest article has it is no article either (folding takes
  // one byte at most off them). Answered here without cutting the name.
  if (!name.empty() && (kAsciiWordBits[static_cast<unsigned char>(name[0])] & (kUpperBit | kLowerBit)) != 0) {
    const std::size_t needed = std::max<std::size_t>(4, max_article_size_ + 2);
    std::size_t n = 1;
    while (n < name.size() && n < needed && kAsciiWordBits[static_cast<unsigned char>(name[n])] != 0) ++n;
    if (n >= needed) return static_cast<unsigned char>(name[0] | 0x20);
    // Shorter, the first word still starts the key with that byte when it
    // is no acronym and no article. An acronym's bytes are all capitals or
    // periods, so a word whose second byte is a lower-case letter or not
    // ASCII (a letter then continues it, or it is one letter long) is none;
    // an article would start with the same folded byte, which no article
    // may do. (Names such as "Srīnagar" or "Kot Addu": the cut and the
    // folding of a word with non-ASCII letters cost thousands.)
    const unsigned char second = name.size() >= 2 ? static_cast<unsigned char>(name[1]) : 0;
    const unsigned char initial = static_cast<unsigned char>(name[0] | 0x20);
    if (((second >= 'a' && second <= 'z') || second >= 0x80) && !article_initial_[initial]) return initial;
  }
  // Kept per thread: this runs once per gazetteer entity a document brings
  // up, and allocating the two buffers was half its cost.
  thread_local FoldedWords words;
  words.Clear();
  AppendWords(name, 0, static_cast<std::uint32_t>(std::min<std::size_t>(name.size(), 0xFFFFFFFFu)), words, 2);
  if (words.words.empty()) return -1;
  words.Seal();
  const std::vector<FoldedWord>& w = words.words;
  std::string_view first = w.size() > 1 && IsArticle(w[0].folded) ? w[1].folded : w[0].folded;
  return static_cast<unsigned char>(first[0]);
}

std::string NameNormalizer::Key(std::string_view name) const {
  std::vector<std::string> tokens = Tokens(name);
  return JoinKey(tokens, 0, tokens.size());
}

}  // namespace sitrep::lexicon
