#include "lexicon/actor_words.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>


namespace sitrep::lexicon {
namespace {

// Decodes one code point; invalid bytes decode as U+FFFD with length 1.
// ASCII, nearly all of an English news text, is decoded inline: this runs
// once or more per byte of every sentence.
inline char32_t Decode(std::string_view text, std::size_t pos, std::size_t* length) {
  const unsigned char byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    *length = 1;
    return byte;
  }
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                        static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) {
    *length = 1;
    return 0xFFFD;
  }
  *length = static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

inline bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp == 0xFFFD) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

// What an ASCII byte is to the splitter, one table look-up per byte (the
// splitter reads every byte of every body sentence). Bytes from 0x80 are
// only kNoStopByte.
enum : unsigned char {
  kWordByte = 1,   // letter or digit: IsWordChar
  kSpaceByte = 2,  // IsSpace
  kJoinByte = 4,   // may join a word's parts: apostrophe, backquote, period, "&"
  kUpperByte = 8,  // an ASCII capital (also a kWordByte)
  kNoStopByte = 16,  // cannot end a plain word: a kJoinByte, or any byte from 0x80
};

constexpr std::array<unsigned char, 256> MakeAsciiClasses() {
  std::array<unsigned char, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[static_cast<std::size_t>(c)] = kWordByte;
  for (int c = 'A'; c <= 'Z'; ++c) classes[static_cast<std::size_t>(c)] = kWordByte | kUpperByte;
  for (int c = '0'; c <= '9'; ++c) classes[static_cast<std::size_t>(c)] = kWordByte;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) classes[static_cast<unsigned char>(c)] = kSpaceByte;
  for (char c : {'\'', '`', '.', '&'}) classes[static_cast<unsigned char>(c)] = kJoinByte | kNoStopByte;
  for (int c = 0x80; c < 256; ++c) classes[static_cast<std::size_t>(c)] = kNoStopByte;
  return classes;
}
constexpr std::array<unsigned char, 256> kAsciiClasses = MakeAsciiClasses();

inline unsigned char AsciiClass(char byte) { return kAsciiClasses[static_cast<unsigned char>(byte)]; }

// IsWordChar for one byte below 0x80 (false for every other byte).
inline bool IsAsciiWordByte(char byte) { return (AsciiClass(byte) & kWordByte) != 0; }

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LT;
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018 || cp == '`'; }
bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x200B;
}

// Case-folds and strips marks from the `letters` bytes at the front of
// `storage`, appending the result; returns its size.
std::size_t AppendFolded(std::string& storage, std::size_t letters) {
  bool ascii = true;
  for (std::size_t i = 0; i < letters; ++i) ascii &= static_cast<unsigned char>(storage[i]) < 0x80;
  if (ascii) {
    storage.resize(2 * letters);
    char* const bytes = storage.data();
    for (std::size_t i = 0; i < letters; ++i) {
      const char c = bytes[i];
      bytes[letters + i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return letters;
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(storage.data()),
                                    static_cast<utf8proc_ssize_t>(letters), &mapped,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                   UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  std::size_t folded = letters;
  if (n >= 0 && mapped != nullptr) {
    folded = static_cast<std::size_t>(n);
    storage.append(reinterpret_cast<char*>(mapped), folded);
  } else {
    storage.resize(2 * letters);  // unchanged: the letters again
    std::copy(storage.data(), storage.data() + letters, storage.data() + letters);
  }
  std::free(mapped);
  return folded;
}

// Copies the n bytes at src (ASCII letters and digits) to dst, lower-cased
// as SetAsciiCaseBit does (ascii_case.h), in overlapping fixed-size blocks:
// a memcpy of variable length is an out-of-line call.
inline void CopyLowered(char* dst, const char* src, std::size_t n) {
  const auto block = [&](auto zero, std::size_t at) __attribute__((always_inline)) {
    decltype(zero) b;
    std::memcpy(&b, src + at, sizeof(b));
    b |= static_cast<decltype(zero)>(0x2020202020202020ull);
    std::memcpy(dst + at, &b, sizeof(b));
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) block(std::uint64_t{0}, i);
    block(std::uint64_t{0}, n - 8);
  } else if (n >= 4) {
    block(std::uint32_t{0}, 0);
    block(std::uint32_t{0}, n - 4);
  } else if (n >= 2) {
    block(std::uint16_t{0}, 0);
    block(std::uint16_t{0}, n - 2);
  } else if (n == 1) {
    dst[0] = static_cast<char>(src[0] | 0x20);
  }
}

// A reused word whose storage grew beyond this gives it up when it next
// writes its storage, so that a vector kept between sentences does not keep
// growing a long token's memory.
constexpr std::size_t kKeptStringCapacity = 64;

}  // namespace

void ActorWord::PointIntoStorage() {
  if (stored_ & kShapeStored) shape = std::string_view(storage_.data(), shape.size());
  if (stored_ & kNormStored) norm = std::string_view(storage_.data() + storage_.size() - norm.size(), norm.size());
}

void ActorWord::CopyFields(const ActorWord& other) {
  start = other.start;
  end = other.end;
  span_end = other.span_end;
  norm = other.norm;
  shape = other.shape;
  upper_initial = other.upper_initial;
  possessive = other.possessive;
  gap_before = other.gap_before;
  hyphen_before = other.hyphen_before;
  stored_ = other.stored_;
}

ActorWord& ActorWord::operator=(const ActorWord& other) {
  if (this == &other) return *this;
  CopyFields(other);
  if (stored_ != 0) {
    storage_ = other.storage_;
    PointIntoStorage();
  }
  return *this;
}

ActorWord& ActorWord::operator=(ActorWord&& other) noexcept {
  if (this == &other) return *this;
  CopyFields(other);
  if (stored_ != 0) {
    // Swapped, not moved: `other` keeps this word's storage for reuse. A
    // short string's bytes move with it, so the views are set again.
    storage_.swap(other.storage_);
    PointIntoStorage();
    other.stored_ = 0;
    other.norm = {};
    other.shape = {};
  }
  return *this;
}

void SplitActorWords(std::string_view text, std::uint32_t base, std::vector<ActorWord>& words) {
  // The words `words` already holds are overwritten in place (their strings
  // keep their storage) and the surplus dropped at the end: cheaper than
  // destroying them all and constructing new ones.
  std::size_t count = 0;
  words.reserve(text.size() / 6 + 2);  // about one word per six bytes of news text
  std::size_t held = words.size();  // (kept here: size() divides by the word's size)
  std::size_t pos = 0;
  char32_t gap = 0;
  bool hyphen = false;
  while (pos < text.size()) {
    // Between words: an ASCII byte (nearly all of them) is classified here
    // without decoding; anything else goes through Decode and utf8proc.
    std::size_t len = 1;
    char32_t cp = static_cast<unsigned char>(text[pos]);
    if (cp < 0x80) {
      const unsigned char byte_class = AsciiClass(text[pos]);
      if ((byte_class & kWordByte) == 0) {
        if (cp == '-') {
          hyphen = true;
        } else if ((byte_class & kSpaceByte) == 0 && gap == 0) {
          gap = cp;
        }
        ++pos;
        continue;
      }
    } else {
      cp = Decode(text, pos, &len);
      if (!IsWordChar(cp)) {
        if (IsHyphen(cp)) {
          hyphen = true;
        } else if (!IsSpace(cp) && gap == 0) {
          gap = cp;
        }
        pos += len;
        continue;
      }
    }
    // Built in place: moving a finished word into the vector cost as much as
    // filling it.
    if (count == held) {
      words.emplace_back();
      ++held;
    }
    ActorWord& word = words[count++];
    word.possessive = false;  // the other fields are all set below
    word.stored_ = 0;
    word.start = base + static_cast<std::uint32_t>(pos);
    word.gap_before = count == 1 ? 0 : gap;
    word.hyphen_before = hyphen;
    word.upper_initial = IsUpper(cp);
    gap = 0;
    hyphen = false;
    // The common word: a run of ASCII letters and digits ended by an ASCII
    // byte that cannot join word parts (not an apostrophe, period or "&"),
    // or by the end of the text. Its shape is a view of the written bytes,
    // and so is its norm unless it has a capital (then the lower case is
    // copied into the word's storage); no general loop below. Most words of
    // a news text copy nothing.
    if (cp < 0x80) {
      std::size_t run_end = pos + 1;
      unsigned char classes = AsciiClass(text[pos]);  // or-ed: whether the run has a capital
      while (run_end < text.size()) {
        const unsigned char byte_class = AsciiClass(text[run_end]);
        if ((byte_class & kWordByte) == 0) break;
        classes |= byte_class;
        ++run_end;
      }
      const char stop = run_end < text.size() ? text[run_end] : ' ';
      if ((AsciiClass(stop) & kNoStopByte) == 0) {  // one test for "ASCII and no kJoinByte"
        const std::size_t n = run_end - pos;
        word.end = base + static_cast<std::uint32_t>(run_end);
        word.span_end = word.end;
        const std::string_view written = text.substr(pos, n);
        word.shape = written;
        if ((classes & kUpperByte) == 0) {
          word.norm = written;
        } else {
          // The lower case at the back of the word's storage (where a
          // stored norm lives, PointIntoStorage), which keeps its size
          // between sentences: most words are no longer than the storage
          // already is, and need no string call.
          std::string& lowered = word.storage_;
          // A long word's storage is not kept for the next (tested only
          // where the storage is written: a lower-case word leaves it be).
          if (lowered.capacity() > kKeptStringCapacity) std::string().swap(lowered);
          if (lowered.size() < n) lowered.resize(n);
          char* const norm = lowered.data() + lowered.size() - n;
          CopyLowered(norm, written.data(), n);  // letters and digits only
          word.norm = std::string_view(norm, n);
          word.stored_ = ActorWord::kNormStored;
        }
        pos = run_end;
        continue;
      }
    }
    std::string& letters = word.storage_;  // the letters and digits as written
    if (letters.capacity() > kKeptStringCapacity) std::string().swap(letters);  // as above
    letters.clear();
    std::size_t segment_letters = 0;  // letters since the word start or the last inner period
    std::size_t end = pos;
    bool ended = false;
    while (end < text.size()) {
      // A run of ASCII letters and digits, the bulk of every word, is taken
      // whole: one append instead of a decode and a push_back per byte.
      if (IsAsciiWordByte(text[end])) {
        std::size_t run_end = end + 1;
        while (run_end < text.size() && IsAsciiWordByte(text[run_end])) ++run_end;
        letters.append(text.data() + end, run_end - end);
        segment_letters += run_end - end;
        end = run_end;
        continue;
      }
      // Any other ASCII byte ends the word, except the few that may join
      // its parts (apostrophes, periods, "&"), which the code below reads.
      if (const char b = text[end];
          static_cast<unsigned char>(b) < 0x80 && b != '\'' && b != '`' && b != '.' && b != '&') {
        break;
      }
      std::size_t l = 0;
      char32_t c = Decode(text, end, &l);
      if (IsWordChar(c)) {
        if (l == 1) {
          letters.push_back(text[end]);
        } else {
          letters.append(text.substr(end, l));
        }
        ++segment_letters;
        end += l;
        continue;
      }
      std::size_t l2 = 0;
      char32_t next = end + l < text.size() ? Decode(text, end + l, &l2) : 0;
      if (IsApostrophe(c) && IsWordChar(next)) {
        // "'s" followed by a non-letter is a possessive suffix, not part of the word.
        bool s_suffix = (next == 's' || next == 'S');
        std::size_t l3 = 0;
        bool after_s_is_letter = end + l + l2 < text.size() && IsWordChar(Decode(text, end + l + l2, &l3));
        if (s_suffix && !after_s_is_letter) {
          word.possessive = true;
          ended = true;
          word.end = base + static_cast<std::uint32_t>(end);
          end += l + l2;
          word.span_end = base + static_cast<std::uint32_t>(end);
          break;
        }
        end += l;  // inner apostrophe: dropped
        continue;
      }
      if (IsApostrophe(c) && !letters.empty() && (letters.back() == 's' || letters.back() == 'S')) {
        word.possessive = true;  // "Workers'"
        ended = true;
        word.end = base + static_cast<std::uint32_t>(end);
        end += l;
        word.span_end = base + static_cast<std::uint32_t>(end);
        break;
      }
      if (c == '.' && segment_letters == 1) {
        if (IsWordChar(next)) {  // "U.S" inside an abbreviation
          segment_letters = 0;
          end += l;
          continue;
        }
        // Final period of a dotted abbreviation ("U.S."): part of the word's span.
        if (end >= pos + 2 && text[end - 2] == '.') {
          ended = true;
          end += l;
          word.end = base + static_cast<std::uint32_t>(end);
          word.span_end = word.end;
          break;
        }
      }
      if (c == '&' && IsWordChar(next) && !letters.empty()) {
        letters.push_back('&');
        end += l;
        continue;
      }
      break;
    }
    if (!ended) {
      word.end = base + static_cast<std::uint32_t>(end);
      word.span_end = word.end;
    }
    const std::size_t shape_size = letters.size();
    const std::size_t norm_size = AppendFolded(letters, shape_size);
    word.shape = std::string_view(letters.data(), shape_size);
    word.norm = std::string_view(letters.data() + letters.size() - norm_size, norm_size);
    word.stored_ = ActorWord::kShapeStored | ActorWord::kNormStored;
    pos = end;
  }
  words.erase(words.begin() + static_cast<std::ptrdiff_t>(count), words.end());
}

std::vector<ActorWord> SplitActorWords(std::string_view text, std::uint32_t base) {
  std::vector<ActorWord> words;
  SplitActorWords(text, base, words);
  return words;
}

std::string PhraseKey(const std::vector<ActorWord>& words, std::size_t begin, std::size_t end) {
  std::string key;
  for (std::size_t i = begin; i < end && i < words.size(); ++i) {
    if (!key.empty()) key.push_back(' ');
    key += words[i].norm;
  }
  return key;
}

void DropBracketedWords(std::vector<ActorWord>& words, std::string_view text) {
  for (std::size_t k = 1; k < words.size(); ++k) {
    bool closes = k + 1 < words.size() ? words[k + 1].gap_before == ')' : (!text.empty() && text.back() == ')');
    int capitals = 0;
    for (char c : words[k].shape) capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
    if (words[k].gap_before == '(' && closes && capitals >= 2) {
      if (k + 1 < words.size()) words[k + 1].gap_before = 0;
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
    }
  }
}

std::string NormalizePhrase(std::string_view phrase) {
  std::vector<ActorWord> words = SplitActorWords(phrase);
  DropBracketedWords(words, phrase);
  return PhraseKey(words, 0, words.size());
}

}  // namespace sitrep::lexicon
