#include "lexicon/date_number_scan.h"

#include <algorithm>
#include <utility>

namespace sitrep::lexicon {
namespace {

// kNonAscii: a byte from 0x80, whose class its code point decides
// (NonAsciiClass); only the byte table below gives it.
enum class CharClass : std::uint8_t { kSpace, kLetter, kDigit, kPunct, kNonAscii };

// ASCII classes by byte; bytes >= 0x80 are decided per code point below.
constexpr CharClass AsciiClassOf(unsigned char c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
  if (c < 0x20 || c == 0x7F) return CharClass::kSpace;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  return CharClass::kPunct;
}

// The same as a table: the scanner asks once per byte.
struct AsciiClassTable {
  CharClass cls[256];
  constexpr AsciiClassTable() : cls() {
    for (int c = 0; c < 128; ++c) cls[c] = AsciiClassOf(static_cast<unsigned char>(c));
    for (int c = 128; c < 256; ++c) cls[c] = CharClass::kNonAscii;
  }
};
constexpr AsciiClassTable kAsciiClasses;

// The class of an ASCII byte; kNonAscii for any other.
inline CharClass AsciiClass(unsigned char c) { return kAsciiClasses.cls[c]; }

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

// out.push_back(tok), with the common case inline: GCC kept push_back an
// out-of-line call from the scanner (about 22 instructions a token).
[[gnu::always_inline]] inline void Append(std::vector<ScanToken>& out, const ScanToken& tok) {
  if (out.size() == out.capacity()) out.reserve(out.capacity() < 64 ? 64 : 2 * out.capacity());
  out.emplace_back(tok);
}

// The scanner proper; lookup(key, &token) sets the token's ids.
template <typename Lookup>
void ScanWith(std::string_view text, std::uint32_t begin, std::uint32_t end, const Lookup& lookup,
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
      if (j - i <= 3) lookup(text.substr(i, j - i), &tok);
      i = j;
    } else if (cls == CharClass::kLetter) {
      std::size_t j = i + len;
      bool ascii = c < 0x80;
      while (j < end) {
        const CharClass byte_class = AsciiClass(static_cast<unsigned char>(text[j]));
        if (byte_class == CharClass::kLetter) {  // the common case: one ASCII letter
          ++j;
          continue;
        }
        if (byte_class != CharClass::kNonAscii) break;
        std::size_t l = 1;
        if (NonAsciiClass(text, j, end, &l) != CharClass::kLetter) break;
        ascii = false;
        j += l;
      }
      tok.kind = ScanKind::kWord;
      tok.end = static_cast<std::uint32_t>(j);
      tok.upper_initial = c >= 'A' && c <= 'Z';
      if (ascii) lookup(text.substr(i, j - i), &tok);
      i = j;
    } else {
      tok.kind = ScanKind::kPunct;
      tok.end = static_cast<std::uint32_t>(i + len);
      lookup(text.substr(i, len), &tok);
      i += len;
    }
    Append(out, tok);
  }
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
  ScanWith(text, begin, end, [&vocab](std::string_view key, ScanToken* tok) { tok->id = vocab.Find(key); }, out);
}

ScanVocabulary::ScanVocabulary(const Vocabulary& first, const Vocabulary* second)
    : first_source_(&first), second_source_(second) {
  const std::size_t keys = static_cast<std::size_t>(first.size()) + (second ? second->size() : 0);
  std::size_t capacity = 16;
  while (capacity < 2 * keys) capacity *= 2;
  slots_.resize(capacity);
  mask_ = capacity - 1;
  short_slots_.resize(capacity);
  short_mask_ = capacity - 1;
  first.ForEach([this](std::string_view key, int id) { Insert(key, false, id); });
  if (second) second->ForEach([this](std::string_view key, int id) { Insert(key, true, id); });
}

namespace {
inline unsigned char LowerAscii(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 'A' && u <= 'Z' ? static_cast<unsigned char>(u + ('a' - 'A')) : u;
}

// Eight bytes with those in 'A'..'Z' lower-cased; bytes >= 0x80 are left
// alone. Each byte's low seven bits plus 0x3F (0x25) carries into its top
// bit iff they are >= 'A' (> 'Z'); nothing carries across bytes.
[[gnu::always_inline]] inline std::uint64_t LowerBytes(std::uint64_t v) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full, kTop = 0x8080808080808080ull;
  const std::uint64_t low7 = v & kLow7;
  const std::uint64_t upper = (low7 + 0x3F3F3F3F3F3F3F3Full) & ~(low7 + 0x2525252525252525ull) & ~v & kTop;
  return v | (upper >> 2);
}

}  // namespace

[[gnu::always_inline]] inline ScanVocabulary::PackedKey ScanVocabulary::PackLowercase(std::string_view key) {
  PackedKey k;
  k.size = key.size();
  const char* p = key.data();
  std::size_t n = key.size();
  for (int w = 0; n > 0; ++w) {
    const std::size_t take = n < 8 ? n : 8;
    k.w[w] = LowerBytes(hash_internal::Load(p, take));
    p += take;
    n -= take;
  }
  return k;
}

[[gnu::always_inline]] inline std::uint64_t ScanVocabulary::ShortHash(std::uint64_t key, std::uint64_t size) {
  return hash_internal::Mix(key ^ 0xa0761d6478bd642full, 0xe7037ed1a0b428dbull ^ size);
}

[[gnu::always_inline]] inline std::uint64_t ScanVocabulary::Hash(const PackedKey& k) {
  constexpr std::uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull;
  const std::uint64_t h = hash_internal::Mix(k.w[0] ^ kP0, k.w[1] ^ kP1);
  return hash_internal::Mix(h ^ k.w[2], kP1 ^ k.size);
}

void ScanVocabulary::NoteEnds(std::string_view key) {
  const std::uint32_t size_bit = std::uint32_t{1} << key.size();
  const auto front = static_cast<unsigned char>(key.front()), back = static_cast<unsigned char>(key.back());
  first_[front] |= size_bit;
  last_[back] |= size_bit;
  if (front >= 'a' && front <= 'z') first_[front - 'a' + 'A'] |= size_bit;
  if (back >= 'a' && back <= 'z') last_[back - 'a' + 'A'] |= size_bit;
}

void ScanVocabulary::Insert(std::string_view key, bool second, int id) {
  // Longer keys are never looked up (Vocabulary::Find), nor is the empty one.
  if (key.empty() || key.size() > Vocabulary::kMaxKeyBytes) return;
  if (key.size() <= 8) {
    const std::uint64_t word = LowerBytes(hash_internal::Load(key.data(), key.size()));
    for (std::uint64_t h = ShortHash(word, key.size());; ++h) {
      ShortSlot& slot = short_slots_[h & short_mask_];
      if (slot.size == 0) {
        slot.key = word;
        slot.size = key.size();
        max_key_size_ = std::max(max_key_size_, key.size());
        NoteEnds(key);
      } else if (slot.key != word || slot.size != key.size()) {
        continue;
      }
      (second ? slot.ids.second : slot.ids.first) = id;
      return;
    }
  }
  const PackedKey packed = PackLowercase(key);  // Vocabulary keys are lowercase already
  for (std::uint64_t h = Hash(packed);; ++h) {
    Slot& slot = slots_[h & mask_];
    if (slot.key.size == 0) {
      slot.key = packed;
      max_key_size_ = std::max(max_key_size_, key.size());
      NoteEnds(key);
    } else if (!(slot.key == packed)) {
      continue;
    }
    (second ? slot.ids.second : slot.ids.first) = id;
    return;
  }
}

[[gnu::always_inline]] inline ScanVocabulary::Ids ScanVocabulary::FindInline(std::string_view key) const {
  // max_key_size_ is 0 when empty; longer words are common and never keys.
  if (key.empty() || key.size() > max_key_size_) return Ids{};
  const std::uint32_t size_bit = std::uint32_t{1} << key.size();
  if (!(first_[static_cast<unsigned char>(key.front())] & last_[static_cast<unsigned char>(key.back())] & size_bit)) {
    return Ids{};
  }
  if (key.size() <= 8) {
    const std::uint64_t word = LowerBytes(hash_internal::Load(key.data(), key.size()));
    for (std::uint64_t h = ShortHash(word, key.size());; ++h) {
      const ShortSlot& slot = short_slots_[h & short_mask_];
      if (slot.key == word && slot.size == key.size()) return slot.ids;
      if (slot.size == 0) return Ids{};
    }
  }
  const PackedKey packed = PackLowercase(key);
  for (std::uint64_t h = Hash(packed);; ++h) {
    const Slot& slot = slots_[h & mask_];
    if (slot.key == packed) return slot.ids;
    if (slot.key.size == 0) return Ids{};
  }
}

ScanVocabulary::Ids ScanVocabulary::Find(std::string_view key) const { return FindInline(key); }

void ScanText(std::string_view text, std::uint32_t begin, std::uint32_t end, const ScanVocabulary& vocab,
              std::vector<ScanToken>& out) {
  // Inlined into the scanner: GCC kept the look-up an out-of-line call,
  // about a tenth of the scan's instructions on news text.
  ScanWith(
      text, begin, end,
      [&vocab](std::string_view key, ScanToken* tok) __attribute__((always_inline)) {
        const ScanVocabulary::Ids ids = vocab.FindInline(key);
        tok->id = ids.first;
        tok->second_id = ids.second;
      },
      out);
}

void DocumentScan::Scan(const Document& doc, const ScanVocabulary& vocab) {
  vocab_ = &vocab;
  doc_ = &doc;
  text_ = doc.text.data();
  text_size_ = doc.text.size();
  swapped_ = false;
  tokens_.clear();
  sentence_begin_.clear();
  sentence_begin_.reserve(doc.sentences.size() + 1);
  sentence_begin_.push_back(0);
  for (const sitrep::Sentence& sent : doc.sentences) {
    if (sent.start < sent.end && sent.end <= doc.text.size()) ScanText(doc.text, sent.start, sent.end, vocab, tokens_);
    sentence_begin_.push_back(static_cast<std::uint32_t>(tokens_.size()));
  }
}

void DocumentScan::Release() {
  vocab_ = nullptr;
  doc_ = nullptr;
  text_ = nullptr;
  text_size_ = 0;
  swapped_ = false;
  tokens_.clear();
  sentence_begin_.clear();
  if (tokens_.capacity() > kKeptTokens) std::vector<ScanToken>().swap(tokens_);
  if (sentence_begin_.capacity() > kKeptTokens) std::vector<std::uint32_t>().swap(sentence_begin_);
}

void DocumentScan::SwapIds() {
  for (ScanToken& t : tokens_) std::swap(t.id, t.second_id);
  swapped_ = !swapped_;
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
    const auto first = static_cast<std::size_t>(ids.front());
    if (ids.size() == 1) {
      if (first >= single_by_first_.size()) single_by_first_.resize(first + 1, 0);
      single_by_first_[first] = 1;
    } else {
      const std::size_t bit = PairBit(ids[0], ids[1]);
      pair_bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }
}

std::size_t PhraseTable::MatchEntries(std::span<const ScanToken> tokens, std::size_t i, int* payload) const {
  const int first = tokens[i].id;
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

}  // namespace sitrep::lexicon
