#include "text/tokenizer.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/char_class.h"

namespace sitrep::text {
namespace {

using C = CharClass;
using F = TokenTraits::Flag;

bool IsSpaceClass(C c) { return c == C::kSpace || c == C::kNewline || c == C::kEnd; }

// "st", "nd", "rd", "th" (2nd, 21st) and "s" (1990s) stay on a number.
bool IsNumberSuffix(std::string_view s) {
  if (s.size() == 1) return s[0] == 's' || s[0] == 'S';
  if (s.size() != 2) return false;
  char a = static_cast<char>(s[0] | 0x20), b = static_cast<char>(s[1] | 0x20);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

// The end of the run of IsAsciiWordByte bytes that starts at text[pos],
// at most `end`. With SSE2 sixteen bytes are classified at once (letters,
// digits and '_' by range tests on the whole vector): words average five
// or six bytes, and a table look-up, a test and a bounds test per byte was
// the largest part of tokenising.
inline std::uint32_t AsciiWordRunEnd(std::string_view text, std::uint32_t pos, std::uint32_t end) {
#if defined(__SSE2__)
  const char* data = text.data();
  while (end - pos >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
    // x is in [lo, lo + n) when (x - lo) wraps to at most n - 1, that is
    // when min(x - lo, n - 1) == x - lo (unsigned).
    const auto in_range = [](__m128i x, char lo, char span) {
      const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8(lo));
      return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(span)), d);
    };
    const __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 25);
    const __m128i digit = in_range(v, '0', 9);
    const __m128i underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
    const unsigned word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), underscore)));
    if (word != 0xFFFF) return pos + static_cast<std::uint32_t>(__builtin_ctz(~word));
    pos += 16;
  }
#endif
  while (pos < end && IsAsciiWordByte(text[pos])) ++pos;
  return pos;
}

bool StartsWith(std::string_view text, std::uint32_t pos, std::uint32_t end, std::string_view prefix) {
  return end - pos >= prefix.size() && text.compare(pos, prefix.size(), prefix) == 0;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::uint32_t end, const WordLists& words, std::vector<Token>& tokens,
          std::vector<TokenTraits>& traits)
      : text_(text), end_(end), words_(words), tokens_(tokens), traits_(traits) {}

  void Run(std::uint32_t pos) {
    while (pos < end_) {
      if (text_[pos] == ' ') {  // the commonest byte between tokens
        space_before_ = true;
        ++pos;
        continue;
      }
      CodePoint c = At(pos);
      switch (c.cls) {
        case C::kSpace:
        case C::kJoiner:  // a format character outside a token is invisible
          space_before_ = true;
          pos += c.length;
          break;
        case C::kNewline:
          // "\r\n" is one line break: the '\r' is skipped, the '\n' counts.
          if (!(c.value == '\r' && pos + 1 < end_ && text_[pos + 1] == '\n')) {
            newlines_ = static_cast<std::uint8_t>(std::min(newlines_ + 1, 2));
          }
          space_before_ = true;
          pos += c.length;
          break;
        default:
          pos = ScanToken(pos, c);
          break;
      }
    }
    FlushBatch();
  }

 private:
  CodePoint At(std::uint32_t pos) const { return ReadCodePoint(text_, pos, end_); }

  // Tokens and their traits are gathered in small arrays and appended to
  // the vectors a batch at a time (FlushBatch, out of line): two push_backs
  // per token, each with its capacity test and an inlined regrowth path
  // that made Emit save and restore six registers, cost ~40 instructions a
  // token.
  std::uint32_t Emit(std::uint32_t start, std::uint32_t end, TokenKind kind, std::uint16_t flags) {
    if (space_before_) flags |= F::kSpaceBefore;
    batch_tokens_[batched_] = Token{start, end, kind};
    batch_traits_[batched_] = TokenTraits{flags, newlines_};
    last_flags_ = flags;
    if (++batched_ == kBatch) FlushBatch();
    space_before_ = false;
    newlines_ = 0;
    return end;
  }

  [[gnu::noinline]] void FlushBatch() {
    tokens_.insert(tokens_.end(), batch_tokens_, batch_tokens_ + batched_);
    traits_.insert(traits_.end(), batch_traits_, batch_traits_ + batched_);
    batched_ = 0;
  }

  // The traits of the last token emitted. REQUIRES: one was.
  TokenTraits LastTraits() const { return TokenTraits{last_flags_, 0}; }

  // Scans one token starting with `c` at `pos`; returns where it ends.
  std::uint32_t ScanToken(std::uint32_t pos, CodePoint c) {
    switch (c.cls) {
      case C::kUpper:
      case C::kLower:
      case C::kLetter:
      case C::kMark:
      case C::kConnector:
        return ScanWordToken(pos, c);
      case C::kDigit:
      case C::kNumeric:
        return ScanNumberToken(pos);
      case C::kPeriod: {
        std::uint32_t end = RunOf(pos, C::kPeriod);
        return Emit(pos, end, TokenKind::kPunctuation, end - pos >= 3 ? F::kEllipsis : F::kFullStop);
      }
      case C::kEllipsis:
        return Emit(pos, RunOf(pos, C::kEllipsis), TokenKind::kPunctuation, F::kEllipsis);
      case C::kTerminal:
        return Emit(pos, RunOf(pos, C::kTerminal), TokenKind::kPunctuation, F::kStrongTerminal);
      case C::kComma:
      case C::kSemicolon:
        return Emit(pos, pos + c.length, TokenKind::kPunctuation, F::kContinuation);
      case C::kHyphen:
      case C::kDash: {
        std::uint32_t end = RunOfSame(pos, c);
        return Emit(pos, end, TokenKind::kPunctuation, F::kContinuation | BulletIfSpaced(end));
      }
      case C::kOpenBracket:
        return Emit(pos, pos + c.length, TokenKind::kPunctuation, F::kOpening);
      case C::kCloseBracket:
        return Emit(pos, pos + c.length, TokenKind::kPunctuation, F::kClosing);
      case C::kOpenQuote:
        return Emit(pos, pos + c.length, TokenKind::kQuote, F::kOpening);
      case C::kCloseQuote:
        return Emit(pos, pos + c.length, TokenKind::kQuote, F::kClosing);
      case C::kApostrophe:
      case C::kRightSingle:
        if (std::uint32_t end = MatchClitic(pos, c); end != 0) {
          return Emit(pos, end, TokenKind::kWord, F::kAlnum | F::kLowerInitial);
        }
        [[fallthrough]];
      case C::kStraightQuote:
        return Emit(pos, pos + c.length, TokenKind::kQuote, QuoteDirection());
      case C::kBullet:
        return Emit(pos, pos + c.length, TokenKind::kPunctuation, F::kBulletLike);
      case C::kSymbol:
        return Emit(pos, ScanSymbol(pos, c), TokenKind::kSymbol, 0);
      case C::kPunct:
        return Emit(pos, pos + c.length, TokenKind::kPunctuation, c.value == '*' ? BulletIfSpaced(pos + 1) : 0);
      default:  // kColon, kSlash; whitespace classes never reach here
        return Emit(pos, pos + c.length, TokenKind::kPunctuation, 0);
    }
  }

  std::uint32_t RunOf(std::uint32_t pos, C cls) const {
    CodePoint c = At(pos);
    while (c.cls == cls) {
      pos += c.length;
      c = At(pos);
    }
    return pos;
  }

  std::uint32_t RunOfSame(std::uint32_t pos, CodePoint first) const {
    CodePoint c = first;
    while (c.value == first.value && c.length == first.length) {
      pos += c.length;
      c = At(pos);
    }
    return pos;
  }

  // A dash, hyphen or asterisk followed by a space reads as a bullet when it
  // opens a line ("- item", "* item", "– item").
  std::uint16_t BulletIfSpaced(std::uint32_t end) const {
    return At(end).cls == C::kSpace ? F::kBulletLike : 0;
  }

  // A straight quote (or a quote-like apostrophe) opens after whitespace, at
  // the start of the range, or right after an opening bracket/quote or dash;
  // anywhere else it closes.
  std::uint16_t QuoteDirection() const {
    if (space_before_) return F::kOpening;
    const TokenTraits prev = LastTraits();  // there is one: space_before_ is set at the range start
    if (prev.Has(F::kOpening) || (prev.Has(F::kContinuation) && !prev.Has(F::kAlnum))) return F::kOpening;
    return F::kClosing;
  }

  // "'s" right after a word or number (Taliban's, it's, 1990's) is split off
  // as its own token. Returns its end, or 0.
  std::uint32_t MatchClitic(std::uint32_t pos, CodePoint apostrophe) const {
    if (space_before_ || !LastTraits().Has(F::kAlnum)) return 0;
    std::uint32_t s = pos + apostrophe.length;
    CodePoint next = At(s);
    if (next.value != 's' && next.value != 'S') return 0;
    if (IsWordClass(At(s + 1).cls)) return 0;
    return s + 1;
  }

  // A byte after a word's ASCII letters and digits that ends it with
  // nothing more to look at: ASCII, and none of '.' ':' '\'' '-' (see
  // ScanWordToken).
  static bool EndsPlainWord(char c) { return kEndsPlainWord[static_cast<unsigned char>(c)]; }
  static constexpr std::array<bool, 256> kEndsPlainWord = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x80; ++c) t[c] = c != '.' && c != ':' && c != '\'' && c != '-';
    return t;
  }();

  // A byte after a word's ASCII letters and digits that ends it: ASCII, and
  // neither the apostrophe nor the hyphen ScanWordBody may continue over.
  static bool EndsAsciiWord(char c) {
    return static_cast<unsigned char>(c) < 0x80 && c != '\'' && c != '-';
  }

  // Continues a word from `pos`: word characters, plus an apostrophe or
  // hyphen that has a letter (or, for hyphens, a digit) right after it.
  std::uint32_t ScanWordBody(std::uint32_t pos) const {
    for (;;) {
      // The ASCII letters and digits of a word, nearly all of its bytes, are
      // passed over without decoding them.
      pos = AsciiWordRunEnd(text_, pos, end_);
      CodePoint c = At(pos);
      if (IsWordClass(c.cls)) {
        pos += c.length;
      } else if (c.cls == C::kApostrophe || c.cls == C::kRightSingle) {
        CodePoint next = At(pos + c.length);
        if (!IsLetterClass(next.cls)) break;
        // Stop before a final "'s" so that it becomes its own token.
        if ((next.value == 's' || next.value == 'S') && !IsWordClass(At(pos + c.length + 1).cls)) break;
        pos += c.length + next.length;
      } else if (c.cls == C::kHyphen) {
        CodePoint next = At(pos + c.length);
        if (!IsLetterClass(next.cls) && !IsDigitClass(next.cls)) break;
        pos += c.length + next.length;
      } else {
        break;
      }
    }
    return pos;
  }

  // A quick answer for most words, from their first bytes when ASCII: a
  // third letter, or anything but a period after one or two letters, rules
  // out a dotted acronym. False means "look closer", not "it is one".
  bool NotDottedAcronym(std::uint32_t pos) const {
    if (end_ - pos < 3 || !IsAsciiLetterByte(text_[pos])) return false;
    const unsigned char b1 = static_cast<unsigned char>(text_[pos + 1]);
    if (b1 >= 0x80 || b1 == '.') return false;
    if (!IsAsciiLetterByte(static_cast<char>(b1))) return true;
    const unsigned char b2 = static_cast<unsigned char>(text_[pos + 2]);
    return b2 < 0x80 && b2 != '.';
  }

  // Dotted acronyms: two or more segments of one or two letters, each with
  // its period (U.S., a.m., Ph.D., e.g.). Returns the end, or 0.
  std::uint32_t MatchDottedAcronym(std::uint32_t pos) const {
    if (NotDottedAcronym(pos)) return 0;
    int segments = 0;
    std::uint32_t end = 0;
    for (;;) {
      int letters = 0;
      CodePoint c = At(pos);
      while (IsLetterClass(c.cls) && letters <= 2) {
        ++letters;
        pos += c.length;
        c = At(pos);
      }
      if (letters == 0 || letters > 2 || c.cls != C::kPeriod) break;
      ++segments;
      pos += 1;
      end = pos;
    }
    // Once two segments matched, the acronym stands even if a word follows
    // without a space ("U.S.Army"): rescanning from the start instead would
    // make runs like "a.b.c.d..." quadratic.
    return segments >= 2 ? end : 0;
  }

  // Whether MatchUrl(pos) can match, from where the word's ASCII run that
  // starts at pos ends (`run_end`): "http" and "https" stop at the ':',
  // "www" at the '.'. A necessary condition only.
  bool MayBeUrl(std::uint32_t pos, std::uint32_t run_end) const {
    if (run_end >= end_ || (text_[pos] != 'h' && text_[pos] != 'w')) return false;
    const std::uint32_t length = run_end - pos;
    const char stop = text_[run_end];
    return ((length == 4 || length == 5) && stop == ':') || (length == 3 && stop == '.');
  }

  // Whether MatchDottedAcronym(pos) can match a word that starts with
  // `first`, from where its ASCII run ends (`run_end`): the first segment's
  // one or two letters end at a period, or, after one ASCII letter, at a
  // non-ASCII letter. A word that opens with a non-ASCII letter is always
  // looked at; one that opens with no letter never matches. A necessary
  // condition only.
  bool MayBeDottedAcronym(std::uint32_t pos, std::uint32_t run_end, CodePoint first) const {
    if (first.length != 1) return true;
    if (!IsLetterClass(first.cls) || run_end >= end_) return false;
    const std::uint32_t length = run_end - pos;
    const auto stop = static_cast<unsigned char>(text_[run_end]);
    return (length <= 2 && stop == '.') || (length == 1 && stop >= 0x80);
  }

  // "http://", "https://" and "www." start a URL that runs to the next space;
  // trailing sentence punctuation is given back.
  std::uint32_t MatchUrl(std::uint32_t pos) const {
    if ((text_[pos] != 'h' && text_[pos] != 'w') ||
        (!StartsWith(text_, pos, end_, "http://") && !StartsWith(text_, pos, end_, "https://") &&
         !StartsWith(text_, pos, end_, "www."))) {
      return 0;
    }
    std::uint32_t end = pos;
    for (CodePoint c = At(end); !IsSpaceClass(c.cls) && c.cls != C::kStraightQuote && c.cls != C::kOpenQuote &&
                                c.cls != C::kCloseQuote && c.cls != C::kRightSingle;
         c = At(end)) {
      end += c.length;
    }
    while (end > pos + 4) {
      char last = text_[end - 1];
      if (last != '.' && last != ',' && last != ';' && last != ':' && last != '!' && last != '?' && last != ')' &&
          last != ']' && last != '\'') {
        break;
      }
      --end;
    }
    return end;
  }

  std::uint32_t ScanWordToken(std::uint32_t pos, CodePoint first) {
    std::uint16_t flags = F::kAlnum;
    if (first.cls == C::kUpper) flags |= F::kUpperInitial;
    if (first.cls == C::kLower) flags |= F::kLowerInitial;
    // Most words are ASCII letters up to a space or punctuation: their end
    // is found first, and only a word that goes on past an apostrophe, a
    // hyphen or a non-ASCII byte takes the general (decoding) loop. Where
    // that ASCII run stops also rules out a URL and a dotted acronym for
    // nearly every word, before their prefixes are compared.
    std::uint32_t end = AsciiWordRunEnd(text_, pos + first.length, end_);
    // Nearly every word stops at a space or at punctuation that none of
    // the cases below looks at: a URL and a dotted acronym need ':' or '.'
    // there, the word's body goes on only over an apostrophe, a hyphen or a
    // non-ASCII byte, and only a '.' may join it. One look-up settles it.
    // (The range's end reads as a NUL, which ends a word the same way.)
    const char stop = end < end_ ? text_[end] : '\0';
    if (EndsPlainWord(stop)) {
      Emit(pos, end, TokenKind::kWord, flags);
      // The space that mostly follows is passed over here, as Run would.
      if (stop == ' ') {
        space_before_ = true;
        ++end;
      }
      return end;
    }
    if (MayBeUrl(pos, end)) {
      if (std::uint32_t url_end = MatchUrl(pos); url_end != 0) {
        return Emit(pos, url_end, TokenKind::kWord, flags);
      }
    }
    if (MayBeDottedAcronym(pos, end, first)) {
      if (std::uint32_t acronym_end = MatchDottedAcronym(pos); acronym_end != 0) {
        AbbreviationKind kind = words_.FindAbbreviation(text_.substr(pos, acronym_end - pos));
        flags |= kind == AbbreviationKind::kNeverEnds ? F::kAbbrevNeverEnds : F::kAbbrevMayEnd;
        return Emit(pos, acronym_end, TokenKind::kWord, flags);
      }
    }
    if (end < end_ && !EndsAsciiWord(text_[end])) end = ScanWordBody(end);
    // Does the period after the word belong to it?
    if (At(end).cls == C::kPeriod && At(end + 1).cls != C::kPeriod) {
      if (end - pos == first.length && first.cls == C::kUpper) {  // an initial: "J. R. R. Tolkien"
        return Emit(pos, end + 1, TokenKind::kWord, flags | F::kAbbrevMayEnd);
      }
      switch (words_.FindAbbreviation(text_.substr(pos, end + 1 - pos))) {
        case AbbreviationKind::kNeverEnds:
          return Emit(pos, end + 1, TokenKind::kWord, flags | F::kAbbrevNeverEnds);
        case AbbreviationKind::kMayEnd:
          return Emit(pos, end + 1, TokenKind::kWord, flags | F::kAbbrevMayEnd);
        case AbbreviationKind::kBeforeNumber:
          if (NumberFollows(end + 1)) return Emit(pos, end + 1, TokenKind::kWord, flags | F::kAbbrevNeverEnds);
          break;
        case AbbreviationKind::kNone:
          break;
      }
    }
    return Emit(pos, end, TokenKind::kWord, flags);
  }

  bool NumberFollows(std::uint32_t pos) const {
    CodePoint c = At(pos);
    while (c.cls == C::kSpace) {
      pos += c.length;
      c = At(pos);
    }
    return IsDigitClass(c.cls);
  }

  bool AsciiDigitAt(std::uint32_t pos) const {
    return pos < end_ && text_[pos] >= '0' && text_[pos] <= '9';
  }

  std::uint32_t ScanNumberToken(std::uint32_t pos) {
    std::uint32_t end = pos;
    for (;;) {
      CodePoint c = At(end);
      if (IsDigitClass(c.cls) || c.cls == C::kMark) {
        end += c.length;
      } else if (c.value == ',' && AsciiDigitAt(end + 1) && AsciiDigitAt(end + 2) && AsciiDigitAt(end + 3) &&
                 !IsDigitClass(At(end + 4).cls)) {
        end += 4;  // thousands: 5,000
      } else if ((c.value == '.' || c.value == ':' || c.value == '/') && IsDigitClass(At(end + 1).cls)) {
        end += 1;  // 3.5  12:30  01/04/2021
      } else {
        break;
      }
    }
    CodePoint next = At(end);
    if (IsLetterClass(next.cls)) {
      std::uint32_t suffix_end = end;
      for (CodePoint c = next; IsLetterClass(c.cls); c = At(suffix_end)) suffix_end += c.length;
      if (!IsWordClass(At(suffix_end).cls) && IsNumberSuffix(text_.substr(end, suffix_end - end))) {
        end = suffix_end;
      }
    } else if (next.cls == C::kHyphen && IsLetterClass(At(end + next.length).cls)) {
      // 18-year-old, 5,000-strong: one word.
      return Emit(pos, ScanWordBody(end), TokenKind::kWord, F::kAlnum);
    }
    return Emit(pos, end, TokenKind::kNumber, F::kAlnum);
  }

  // A symbol with what renders as part of it: combining marks, variation
  // selectors, emoji skin tones, ZWJ sequences, and flag pairs.
  std::uint32_t ScanSymbol(std::uint32_t pos, CodePoint first) const {
    std::uint32_t end = pos + first.length;
    const auto is_regional = [](char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; };
    if (is_regional(first.value)) {
      CodePoint second = At(end);
      if (is_regional(second.value)) end += second.length;
    }
    for (;;) {
      CodePoint c = At(end);
      if (c.cls == C::kMark || (c.value >= 0x1F3FB && c.value <= 0x1F3FF)) {
        end += c.length;
      } else if (c.value == 0x200D && At(end + c.length).cls == C::kSymbol) {
        end += c.length + At(end + c.length).length;
      } else {
        break;
      }
    }
    return end;
  }

  std::string_view text_;
  std::uint32_t end_;
  const WordLists& words_;
  std::vector<Token>& tokens_;
  std::vector<TokenTraits>& traits_;
  static constexpr unsigned kBatch = 32;
  Token batch_tokens_[kBatch];
  TokenTraits batch_traits_[kBatch];
  unsigned batched_ = 0;
  std::uint16_t last_flags_ = 0;  // of the last token emitted
  bool space_before_ = true;
  std::uint8_t newlines_ = 0;
};

}  // namespace

void Tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end, const WordLists& words,
              std::vector<Token>& tokens, std::vector<TokenTraits>& traits) {
  end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(std::min<std::size_t>(text.size(), UINT32_MAX)));
  if (begin >= end) return;
  Scanner(text, end, words, tokens, traits).Run(begin);
}

}  // namespace sitrep::text
