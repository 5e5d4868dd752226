#include "lexicon/actor_words.h"

#include <utf8proc.h>

#include <cstdlib>

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

// IsWordChar for one byte below 0x80 (false for every other byte).
inline bool IsAsciiWordByte(char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9');
}

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

// Case-folds and strips marks from one word's letters into `out`.
void Fold(std::string_view letters, std::string& out) {
  bool ascii = true;
  for (unsigned char c : letters) ascii &= c < 0x80;
  out.assign(letters);
  if (ascii) {
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return;
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(letters.data()),
                                    static_cast<utf8proc_ssize_t>(letters.size()), &mapped,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                   UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  if (n >= 0 && mapped != nullptr) out.assign(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n));
  std::free(mapped);
}

}  // namespace

std::vector<ActorWord> SplitActorWords(std::string_view text, std::uint32_t base) {
  std::vector<ActorWord> words;
  words.reserve(text.size() / 6 + 2);  // about one word per six bytes of news text
  std::string letters;                 // reused: one buffer per call, not per word
  std::size_t pos = 0;
  char32_t gap = 0;
  bool hyphen = false;
  while (pos < text.size()) {
    std::size_t len = 0;
    char32_t cp = Decode(text, pos, &len);
    if (!IsWordChar(cp)) {
      if (IsHyphen(cp)) {
        hyphen = true;
      } else if (!IsSpace(cp) && gap == 0) {
        gap = cp;
      }
      pos += len;
      continue;
    }
    // Built in place: moving a finished word (two strings) into the vector
    // cost as much as filling it.
    ActorWord& word = words.emplace_back();
    word.start = base + static_cast<std::uint32_t>(pos);
    word.gap_before = words.size() == 1 ? 0 : gap;
    word.hyphen_before = hyphen;
    word.upper_initial = IsUpper(cp);
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
    word.shape = letters;
    Fold(letters, word.norm);
    pos = end;
    gap = 0;
    hyphen = false;
  }
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
