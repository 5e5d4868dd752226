#include "clean/html_cues.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/data.h"

namespace sitrep::clean {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Which ASCII letters and digits a string holds, one bit per symbol (other
// bytes share bit 63): a listed substring or prefix can only occur in a word
// that holds all of its symbols, which rules out nearly every pair before
// any comparison.
std::uint64_t SymbolMask(std::string_view s) {
  std::uint64_t mask = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') {
      mask |= std::uint64_t{1} << (c - 'a');
    } else if (c >= '0' && c <= '9') {
      mask |= std::uint64_t{1} << (26 + c - '0');
    } else {
      mask |= std::uint64_t{1} << 63;
    }
  }
  return mask;
}

// A listed string with its SymbolMask.
struct Listed {
  std::string text;
  std::uint64_t mask = 0;
};

// One cue list: "word", "word*", "*word*". The exact words of all lists
// live in CueTables::exact (one look-up per word for all five lists).
class CueList {
 public:
  // Adds the list's exact words to `exact` with `bit`.
  CueList(std::string_view file, std::uint8_t bit, std::unordered_map<std::string, std::uint8_t>& exact) {
    for (std::string_view entry : DataLines(EmbeddedData(file))) {
      std::string e(entry);
      for (char& c : e) c = Lower(c);
      const bool lead = !e.empty() && e.front() == '*';
      const bool trail = !e.empty() && e.back() == '*';
      if (lead) e.erase(0, 1);
      if (trail && !e.empty()) e.pop_back();
      if (e.empty()) continue;
      const std::uint64_t mask = SymbolMask(e);
      if (lead) {
        substrings_.push_back(Listed{std::move(e), mask});
      } else if (trail) {
        prefixes_.push_back(Listed{std::move(e), mask});
      } else {
        exact[std::move(e)] |= bit;
      }
    }
  }

  // `word` is one lowercased token or token part; `mask` its SymbolMask.
  bool MatchesPrefix(std::string_view word, std::uint64_t mask) const {
    for (const Listed& p : prefixes_) {
      if ((p.mask & ~mask) != 0) continue;
      if (word.size() >= p.text.size() && word.compare(0, p.text.size(), p.text) == 0) return true;
    }
    return false;
  }
  bool MatchesToken(std::string_view token, std::uint64_t mask) const {
    for (const Listed& s : substrings_) {
      if ((s.mask & ~mask) != 0) continue;
      if (token.find(s.text) != std::string_view::npos) return true;
    }
    return false;
  }

 private:
  std::vector<Listed> prefixes_;
  std::vector<Listed> substrings_;
};

struct CueTables {
  // Exact words of all five lists, with the CueBits of the lists they are in.
  // Declared first: the lists fill it as they are built.
  std::unordered_map<std::string, std::uint8_t> exact;
  CueList positive{"clean/html_positive_cues.txt", kCuePositive, exact};
  CueList boilerplate{"clean/html_boilerplate_cues.txt", kCueBoilerplate, exact};
  CueList comment{"clean/html_comment_cues.txt", kCueComment, exact};
  CueList caption{"clean/html_caption_cues.txt", kCueCaption, exact};
  CueList meta{"clean/html_meta_cues.txt", kCueMeta, exact};
  std::unordered_set<std::string> lines;

  CueTables() {
    for (std::string_view line : DataLines(EmbeddedData("clean/html_boilerplate_lines.txt"))) {
      std::string l(line);
      for (char& c : l) c = Lower(c);
      lines.insert(std::move(l));
    }
  }
};

const CueTables& Tables() {
  static const CueTables* tables = new CueTables();
  return *tables;
}

// `word` (lowercased) in scratch form: the look-up key is built in a reused
// string, as the map's keys are std::string.
std::uint8_t MatchWord(const CueTables& t, std::string_view word, std::string& key) {
  key.assign(word);
  std::uint8_t bits = 0;
  if (auto it = t.exact.find(key); it != t.exact.end()) bits = it->second;
  const std::uint64_t mask = SymbolMask(word);
  if (t.positive.MatchesPrefix(word, mask)) bits |= kCuePositive;
  if (t.boilerplate.MatchesPrefix(word, mask)) bits |= kCueBoilerplate;
  if (t.comment.MatchesPrefix(word, mask)) bits |= kCueComment;
  if (t.caption.MatchesPrefix(word, mask)) bits |= kCueCaption;
  if (t.meta.MatchesPrefix(word, mask)) bits |= kCueMeta;
  return bits;
}

std::uint8_t MatchToken(const CueTables& t, const std::string& token, std::string& key) {
  std::uint8_t bits = MatchWord(t, token, key);
  const std::uint64_t mask = SymbolMask(token);
  if (t.positive.MatchesToken(token, mask)) bits |= kCuePositive;
  if (t.boilerplate.MatchesToken(token, mask)) bits |= kCueBoilerplate;
  if (t.comment.MatchesToken(token, mask)) bits |= kCueComment;
  if (t.caption.MatchesToken(token, mask)) bits |= kCueCaption;
  if (t.meta.MatchesToken(token, mask)) bits |= kCueMeta;
  // The parts of a hyphenated token: "post-comments" -> "post", "comments".
  std::size_t start = 0;
  bool split = false;
  for (std::size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || token[i] == '-' || token[i] == '_') {
      if (i < token.size()) split = true;
      if (split && i > start) bits |= MatchWord(t, std::string_view(token).substr(start, i - start), key);
      start = i + 1;
    }
  }
  return bits;
}

// Longest class or id token looked at; longer ones are generated ids or
// CSS-in-JS hashes.
constexpr std::size_t kMaxCueToken = 64;

std::uint8_t ClassifyAttribute(const CueTables& t, std::string_view value) {
  std::uint8_t bits = 0;
  // Reused per thread: class values are many, and their tokens often longer
  // than a string holds without allocating.
  thread_local std::string token, key;
  token.clear();
  for (std::size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ' ';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      // Very long tokens are generated ids or CSS-in-JS hashes: no cue.
      if (!token.empty() && token.size() <= kMaxCueToken) bits |= MatchToken(t, token, key);
      token.clear();
    } else if (token.size() <= kMaxCueToken) {  // a longer token stops growing: it is skipped anyway
      token += Lower(c);
    }
  }
  return bits;
}

}  // namespace

std::uint8_t ClassifyClassAndId(std::string_view class_attr, std::string_view id_attr) {
  const CueTables& t = Tables();
  return static_cast<std::uint8_t>(ClassifyAttribute(t, class_attr) | ClassifyAttribute(t, id_attr));
}

bool IsBoilerplateLine(std::string_view block_text) {
  if (block_text.size() > 64) return false;
  std::string norm;
  bool space = false;
  for (char c : block_text) {
    if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80 || c == '.' || c == ':') {
      if (space && !norm.empty()) norm += ' ';
      space = false;
      norm += Lower(c);
    } else {
      space = true;
    }
  }
  while (!norm.empty() && (norm.back() == '.' || norm.back() == ':')) norm.pop_back();
  return !norm.empty() && Tables().lines.count(norm) > 0;
}

}  // namespace sitrep::clean
