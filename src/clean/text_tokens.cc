#include "clean/text_tokens.h"

#include <cstddef>

namespace sitrep::clean {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

constexpr std::uint64_t Mix(std::uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }
constexpr std::uint64_t NonZero(std::uint64_t h) { return h == 0 ? 1 : h; }

constexpr bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAlnum(unsigned char c) { return IsDigit(c) || IsUpper(c) || IsLower(c); }

// What a byte is to the word scanner, one table look-up instead of three
// range tests per byte of a word (bytes >= 0x80 are none of these).
enum ByteClass : std::uint8_t { kAlnumByte = 1, kLowerByte = 2, kUpperByte = 4 };
// A byte's count in a word's case tally: capitals in the low 32 bits, small
// letters in the high 32 (a line is shorter than 4 GiB, so neither field
// carries into the other), digits nothing.
constexpr std::uint64_t kOneUpper = 1;
constexpr std::uint64_t kOneLower = std::uint64_t{1} << 32;
struct ByteTables {
  std::uint8_t cls[256];
  // ASCII letters and digits folded (capitals lowered); 0 for every other
  // byte, which ends a run of them.
  unsigned char word_fold[256];
  std::uint64_t tally[256];
};
constexpr ByteTables kBytes = [] {
  ByteTables t{};
  for (int c = 0; c < 256; ++c) {
    auto b = static_cast<unsigned char>(c);
    t.word_fold[c] = IsUpper(b) ? static_cast<unsigned char>(b | 0x20) : IsAlnum(b) ? b : 0;
    t.tally[c] = IsUpper(b) ? kOneUpper : IsLower(b) ? kOneLower : 0;
    t.cls[c] = IsLower(b)   ? kAlnumByte | kLowerByte
               : IsUpper(b) ? kAlnumByte | kUpperByte
               : IsDigit(b) ? kAlnumByte
                            : 0;
  }
  return t;
}();

constexpr std::uint64_t HashOf(std::string_view folded) {
  std::uint64_t h = kFnvOffset;
  for (char c : folded) h = Mix(h, static_cast<unsigned char>(c));
  return NonZero(h);
}
// Every run of digits alone hashes as "#" (see the header).
constexpr std::uint64_t kNumberHash = HashOf("#");
// The symbol tokens.
constexpr std::uint64_t kSlashHash = HashOf("/");
constexpr std::uint64_t kColonHash = HashOf(":");
constexpr std::uint64_t kBarHash = HashOf("|");
constexpr std::uint64_t kAtHash = HashOf("@");
constexpr std::uint64_t kCopyrightHash = HashOf("\xC2\xA9");

class Scanner {
 public:
  Scanner(std::string_view line, LineScan* out)
      : out_(out), last_byte_ends_run_(line.empty() || kBytes.word_fold[static_cast<unsigned char>(line.back())] == 0) {}

  // Consumes the run of ASCII letters and digits starting at line[i] (which
  // must be one) and returns the index after it; continues the current
  // word, or starts one.
  std::size_t AsciiRun(std::string_view line, std::size_t i) {
    if (!in_word_) return AsciiWord(line, i);
    std::uint64_t tally = 0;
    i = HashRun(line, i, &hash_, &tally);
    upper_ += static_cast<std::uint32_t>(tally);
    if (tally >> 32) lower_ = true;
    if (tally != 0) digits_only_ = false;
    return i;
  }

  // A non-ASCII letter byte: part of the word, no case information.
  void OtherLetterByte(unsigned char c) {
    Begin();
    digits_only_ = false;
    lower_ = true;
    hash_ = Mix(hash_, c);
  }
  void Apostrophe() {
    hash_ = Mix(hash_, '\'');
    digits_only_ = false;
  }
  bool InWord() const { return in_word_; }

  // Inline everywhere: it runs once per token, and the call cost as much as
  // its body.
  [[gnu::always_inline]] void End() {
    if (!in_word_) return;
    in_word_ = false;
    EmitWord(hash_, digits_only_, first_upper_, upper_, lower_);
  }

  void Symbol(std::uint64_t hash) {
    End();
    LineToken t;
    t.hash = hash;
    t.flags = quoted_ ? kQuoted : 0;
    out_->tokens.push_back(t);
  }

  void OpenQuote() { End(); quoted_ = true; }
  void CloseQuote() { End(); quoted_ = false; }
  void ToggleQuote() { End(); quoted_ = !quoted_; }
  bool Quoted() const { return quoted_; }

 private:
  // The hot loop of the scanner: hashes the run of ASCII letters and
  // digits from line[i] into *hash and adds its bytes to *tally; returns
  // the index after the run. Per byte one look-up that both folds the byte
  // and ends the run (word_fold), the hash step, and one addition to the
  // case tally (kBytes.tally), whose two halves give the word's case facts
  // after the loop. (A class look-up, an OR and a shifted count per byte
  // cost three instructions a byte more.)
  [[gnu::always_inline]] std::size_t HashRun(std::string_view line, std::size_t i, std::uint64_t* hash,
                                             std::uint64_t* tally) const {
    std::uint64_t h = *hash;
    std::uint64_t t = 0;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(line.data());
    if (last_byte_ends_run_) {
      // No run goes past the line's last byte, so none needs a bounds test:
      // four bytes a round with no index step between them (most lines end
      // in punctuation).
      for (;; i += 4) {
        if (!RunByte(p[i], &h, &t)) return Done(i, h, t, hash, tally);
        if (!RunByte(p[i + 1], &h, &t)) return Done(i + 1, h, t, hash, tally);
        if (!RunByte(p[i + 2], &h, &t)) return Done(i + 2, h, t, hash, tally);
        if (!RunByte(p[i + 3], &h, &t)) return Done(i + 3, h, t, hash, tally);
      }
    }
    const std::size_t n = line.size();
    for (; i < n; ++i) {
      if (!RunByte(p[i], &h, &t)) break;
    }
    return Done(i, h, t, hash, tally);
  }
  // One byte of a run: false when `c` ends it instead.
  [[gnu::always_inline]] static bool RunByte(unsigned char c, std::uint64_t* h, std::uint64_t* t) {
    const unsigned char folded = kBytes.word_fold[c];
    if (folded == 0) return false;
    *t += kBytes.tally[c];
    *h = Mix(*h, folded);
    return true;
  }
  // Stores a run's hash and tally; returns `i`, the index after it.
  [[gnu::always_inline]] static std::size_t Done(std::size_t i, std::uint64_t h, std::uint64_t t, std::uint64_t* hash,
                                                 std::uint64_t* tally) {
    *hash = h;
    *tally = t;
    return i;
  }

  // A word that starts with the ASCII run at line[i]. Nearly every word is
  // that run alone, ended by a space or ASCII punctuation: its token is
  // written at once from the run's hash and tally, without the state a word
  // that goes on (over an apostrophe or a non-ASCII letter) keeps for End().
  // Returns the index after the run (and after a space that follows it).
  std::size_t AsciiWord(std::string_view line, std::size_t i) {
    const bool first_upper = IsUpper(static_cast<unsigned char>(line[i]));
    std::uint64_t h = kFnvOffset;
    std::uint64_t tally = 0;
    i = HashRun(line, i, &h, &tally);
    const auto upper = static_cast<std::uint32_t>(tally);
    const bool lower = (tally >> 32) != 0;
    // Every ASCII byte but the apostrophe ends a word (see ScanLine); the
    // end of the line reads as a NUL, which does too.
    const unsigned char stop = i < line.size() ? static_cast<unsigned char>(line[i]) : 0;
    if (stop < 0x80 && stop != '\'') {
      EmitWord(h, tally == 0, first_upper, upper, lower);
      // A space after it would only end the word: passed over here.
      if (stop == ' ') ++i;
      return i;
    }
    in_word_ = true;
    hash_ = h;
    upper_ = upper;
    first_upper_ = first_upper;
    lower_ = lower;
    digits_only_ = tally == 0;
    return i;
  }

  // Starts a word at a non-ASCII letter, unless one is under way.
  void Begin() {
    if (in_word_) return;
    in_word_ = true;
    hash_ = kFnvOffset;
    upper_ = 0;
    first_upper_ = false;
    lower_ = false;
    digits_only_ = true;
  }

  [[gnu::always_inline]] void EmitWord(std::uint64_t hash, bool digits_only, bool first_upper, std::uint32_t upper,
                                       bool lower) {
    LineToken t;
    t.flags = kWordToken;
    if (digits_only) {
      t.hash = kNumberHash;
      t.flags |= kNumberToken;
      ++out_->numbers;
    } else {
      t.hash = NonZero(hash);
    }
    if (first_upper) {
      t.flags |= kCapitalized;
      ++out_->capitalized;
    }
    if (upper >= 2 && !lower) t.flags |= kAllCaps;
    if (quoted_) t.flags |= kQuoted;
    ++out_->words;
    // Combined here, while the hash is in hand, instead of in a second pass
    // over the tokens.
    out_->word_print = (out_->word_print ^ t.hash) * 0x100000001B3ull + 0x9E3779B97F4A7C15ull;
    out_->tokens.push_back(t);
  }

  LineScan* out_;
  // Whether the line's last byte is one that ends a run, so that HashRun
  // needs no bounds test.
  const bool last_byte_ends_run_;
  bool in_word_ = false;
  bool quoted_ = false;
  std::uint64_t hash_ = kFnvOffset;
  std::uint32_t upper_ = 0;
  bool first_upper_ = false;
  bool lower_ = false;
  bool digits_only_ = true;
};

inline unsigned char At(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

}  // namespace

std::uint64_t TokenHash(std::string_view folded) { return HashOf(folded); }

void ScanLine(std::string_view line, LineScan* out) {
  out->tokens.clear();
  out->words = out->capitalized = out->numbers = out->questions = out->exclamations = 0;
  out->word_print = 0;
  Scanner sc(line, out);
  std::size_t i = 0;
  const std::size_t n = line.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c < 0x80) {
      if (kBytes.cls[c] != 0) {
        i = sc.AsciiRun(line, i);
        continue;
      } else if (c == ' ') {
        sc.End();  // the commonest byte after a word: no apostrophe test, no switch
      } else if (c == '\'' && sc.InWord() && IsAlnum(At(line, i + 1))) {
        sc.Apostrophe();
      } else {
        switch (c) {
          case '"': sc.ToggleQuote(); break;
          case '?': sc.End(); out->questions += !sc.Quoted(); break;
          case '!': sc.End(); out->exclamations += !sc.Quoted(); break;
          case '/': sc.Symbol(kSlashHash); break;
          case ':': sc.Symbol(kColonHash); break;
          case '|': sc.Symbol(kBarHash); break;
          case '@': sc.Symbol(kAtHash); break;
          default: sc.End(); break;
        }
      }
      ++i;
      continue;
    }
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > n) len = n - i;
    unsigned char b1 = At(line, i + 1), b2 = At(line, i + 2);
    if (c == 0xE2 && b1 == 0x80) {
      if (b2 == 0x99 && sc.InWord() && IsAlnum(At(line, i + 3))) {
        sc.Apostrophe();  // ’ inside a word
      } else if (b2 == 0x9C || b2 == 0x9E) {
        sc.OpenQuote();  // “ „
      } else if (b2 == 0x9D) {
        sc.CloseQuote();  // ”
      } else {
        sc.End();  // dashes, bullets, ellipsis, single quotes, spaces
      }
    } else if (c == 0xC2) {
      if (b1 == 0xAB) {
        sc.OpenQuote();  // «
      } else if (b1 == 0xBB) {
        sc.CloseQuote();  // »
      } else if (b1 == 0xA9) {
        sc.Symbol(kCopyrightHash);  // ©
      } else {
        sc.End();  // NBSP and Latin-1 punctuation
      }
    } else if ((c == 0xE2 && (b1 == 0x81 || (b1 >= 0x86 && b1 <= 0x9F))) || (c == 0xE3 && b1 == 0x80) ||
               (c == 0xEF && b1 == 0xBB && b2 == 0xBF) || (c == 0xEF && b1 == 0xBF && b2 == 0xBD) || len == 1) {
      sc.End();  // punctuation, arrows, shapes, CJK punctuation, BOM, U+FFFD, stray bytes
    } else if (c == 0xF0) {
      sc.End();  // emoji and other astral symbols separate words
    } else {
      for (std::size_t k = 0; k < len; ++k) sc.OtherLetterByte(static_cast<unsigned char>(line[i + k]));
    }
    i += len;
  }
  sc.End();
}

}  // namespace sitrep::clean
