#include "lexicon/date_number_scan.h"

#include <algorithm>

namespace sitrep::lexicon {
namespace {

enum class CharClass : std::uint8_t { kSpace, kLetter, kDigit, kPunct };

// ASCII classes by byte; bytes >= 0x80 are decided per code point below.
constexpr CharClass AsciiClass(unsigned char c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
  if (c < 0x20 || c == 0x7F) return CharClass::kSpace;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  return CharClass::kPunct;
}

// Length of the UTF-8 sequence starting with lead byte c (1 for stray bytes).
std::size_t SequenceLength(unsigned char c) {
  if (c >= 0xF0 && c <= 0xF4) return 4;
  if (c >= 0xE0) return c <= 0xEF ? 3 : 1;
  if (c >= 0xC2) return 2;
  return 1;
}

// Class of a non-ASCII code point: the spaces, dashes, quotes and symbols that
// news text puts around dates and numbers; every other code point is a letter.
CharClass NonAsciiClass(std::string_view text, std::size_t pos, std::size_t end, std::size_t* length) {
  const unsigned char c0 = static_cast<unsigned char>(text[pos]);
  std::size_t n = SequenceLength(c0);
  if (pos + n > end) n = 1;
  for (std::size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(text[pos + k]) & 0xC0) != 0x80) { n = 1; break; }
  }
  *length = n;
  if (n == 1) return CharClass::kLetter;  // stray byte: keep it inside words, harmless
  char32_t cp = 0;
  if (n == 2) cp = ((c0 & 0x1F) << 6) | (text[pos + 1] & 0x3F);
  if (n == 3) cp = ((c0 & 0x0F) << 12) | ((text[pos + 1] & 0x3F) << 6) | (text[pos + 2] & 0x3F);
  if (n == 4) {
    cp = ((c0 & 0x07) << 18) | ((text[pos + 1] & 0x3F) << 12) | ((text[pos + 2] & 0x3F) << 6) |
         (text[pos + 3] & 0x3F);
  }
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
      cp == 0xFEFF || cp == 0x2028 || cp == 0x2029) {
    return CharClass::kSpace;
  }
  if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0xA1 && cp <= 0xBF) ||
      cp == 0xD7 || cp == 0xF7 || (cp >= 0x20A0 && cp <= 0x20CF) || cp == 0x2212 || cp == 0xFFFD) {
    return CharClass::kPunct;
  }
  return CharClass::kLetter;
}

}  // namespace

int Vocabulary::Intern(std::string_view key) {
  std::string lower(key);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  auto it = ids_.find(std::string_view(lower));
  if (it != ids_.end()) return it->second;
  int id = static_cast<int>(ids_.size());
  ids_.emplace(std::move(lower), id);
  return id;
}

int Vocabulary::Find(std::string_view key) const {
  if (key.empty() || key.size() > kMaxKeyBytes) return -1;
  char buf[kMaxKeyBytes];
  for (std::size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  auto it = ids_.find(std::string_view(buf, key.size()));
  return it == ids_.end() ? -1 : it->second;
}

void ScanText(std::string_view text, std::uint32_t begin, std::uint32_t end, const Vocabulary& vocab,
              std::vector<ScanToken>& out) {
  std::size_t i = begin;
  bool space = true;
  while (i < end) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    CharClass cls = c < 0x80 ? AsciiClass(c) : NonAsciiClass(text, i, end, &len);
    if (cls == CharClass::kSpace) {
      space = true;
      i += len;
      continue;
    }
    ScanToken tok;
    tok.start = static_cast<std::uint32_t>(i);
    tok.space_before = space;
    space = false;
    if (cls == CharClass::kDigit) {
      // Digits with inner , . : / each followed by a digit.
      std::size_t j = i + 1;
      while (j < end) {
        char d = text[j];
        if (d >= '0' && d <= '9') {
          ++j;
        } else if ((d == ',' || d == '.' || d == ':' || d == '/') && j + 1 < end && text[j + 1] >= '0' &&
                   text[j + 1] <= '9') {
          j += 2;
        } else {
          break;
        }
      }
      tok.kind = ScanKind::kNumeral;
      tok.end = static_cast<std::uint32_t>(j);
      // Short numerals may be part of a listed phrase ("the past 24 hours").
      if (j - i <= 3) tok.id = vocab.Find(text.substr(i, j - i));
      i = j;
    } else if (cls == CharClass::kLetter) {
      std::size_t j = i + len;
      bool ascii = c < 0x80;
      while (j < end) {
        const unsigned char d = static_cast<unsigned char>(text[j]);
        std::size_t l = 1;
        CharClass k = d < 0x80 ? AsciiClass(d) : NonAsciiClass(text, j, end, &l);
        if (k != CharClass::kLetter) break;
        if (d >= 0x80) ascii = false;
        j += l;
      }
      tok.kind = ScanKind::kWord;
      tok.end = static_cast<std::uint32_t>(j);
      tok.upper_initial = c >= 'A' && c <= 'Z';
      if (ascii) tok.id = vocab.Find(text.substr(i, j - i));
      i = j;
    } else {
      tok.kind = ScanKind::kPunct;
      tok.end = static_cast<std::uint32_t>(i + len);
      tok.id = vocab.Find(text.substr(i, len));
      i += len;
    }
    out.push_back(tok);
  }
}

std::vector<int> InternPhrase(std::string_view phrase, Vocabulary& vocab) {
  // Scan with an empty vocabulary to get the token boundaries, then intern.
  static const Vocabulary kEmpty;
  std::vector<ScanToken> tokens;
  ScanText(phrase, 0, static_cast<std::uint32_t>(phrase.size()), kEmpty, tokens);
  std::vector<int> ids;
  ids.reserve(tokens.size());
  for (const ScanToken& t : tokens) ids.push_back(vocab.Intern(phrase.substr(t.start, t.end - t.start)));
  return ids;
}

void PhraseTable::Add(const std::vector<int>& ids, int payload) {
  if (ids.empty()) return;
  auto insert = [&](std::vector<std::vector<Entry>>& index, int key) {
    if (static_cast<std::size_t>(key) >= index.size()) index.resize(key + 1);
    auto& list = index[key];
    for (const Entry& e : list) {
      if (e.ids == ids) return false;
    }
    list.push_back(Entry{ids, payload});
    std::stable_sort(list.begin(), list.end(),
                     [](const Entry& a, const Entry& b) { return a.ids.size() > b.ids.size(); });
    return true;
  };
  if (insert(by_first_, ids.front())) {
    insert(by_last_, ids.back());
    ++count_;
  }
}

std::size_t PhraseTable::Match(std::span<const ScanToken> tokens, std::size_t i, int* payload) const {
  if (i >= tokens.size()) return 0;
  const int first = tokens[i].id;
  if (first < 0 || static_cast<std::size_t>(first) >= by_first_.size()) return 0;
  for (const Entry& e : by_first_[first]) {
    if (i + e.ids.size() > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < e.ids.size() && ok; ++k) ok = tokens[i + k].id == e.ids[k];
    if (ok) {
      *payload = e.payload;
      return e.ids.size();
    }
  }
  return 0;
}

std::size_t PhraseTable::MatchEndingAt(std::span<const ScanToken> tokens, std::size_t i, int* payload) const {
  if (i >= tokens.size()) return 0;
  const int last = tokens[i].id;
  if (last < 0 || static_cast<std::size_t>(last) >= by_last_.size()) return 0;
  for (const Entry& e : by_last_[last]) {
    if (e.ids.size() > i + 1) continue;
    const std::size_t from = i + 1 - e.ids.size();
    bool ok = true;
    for (std::size_t k = 0; k + 1 < e.ids.size() && ok; ++k) ok = tokens[from + k].id == e.ids[k];
    if (ok) {
      *payload = e.payload;
      return e.ids.size();
    }
  }
  return 0;
}

std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t pos = 0;
  while (true) {
    std::size_t tab = line.find('\t', pos);
    std::string_view f = line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos);
    while (!f.empty() && (f.front() == ' ' || f.front() == '\r')) f.remove_prefix(1);
    while (!f.empty() && (f.back() == ' ' || f.back() == '\r')) f.remove_suffix(1);
    fields.push_back(f);
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return fields;
}

}  // namespace sitrep::lexicon
