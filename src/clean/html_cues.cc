#include "clean/html_cues.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "core/data.h"

namespace sitrep::clean {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// One cue list: "word", "word*", "*word*".
class CueList {
 public:
  explicit CueList(std::string_view file) {
    for (std::string_view entry : DataLines(EmbeddedData(file))) {
      std::string e(entry);
      for (char& c : e) c = Lower(c);
      const bool lead = !e.empty() && e.front() == '*';
      const bool trail = !e.empty() && e.back() == '*';
      if (lead) e.erase(0, 1);
      if (trail && !e.empty()) e.pop_back();
      if (e.empty()) continue;
      if (lead) {
        substrings_.push_back(std::move(e));
      } else if (trail) {
        prefixes_.push_back(std::move(e));
      } else {
        exact_.insert(std::move(e));
      }
    }
  }

  // `word` is one lowercased token or token part.
  bool MatchesWord(std::string_view word) const {
    if (exact_.count(std::string(word)) > 0) return true;
    for (const std::string& p : prefixes_) {
      if (word.size() >= p.size() && word.compare(0, p.size(), p) == 0) return true;
    }
    return false;
  }
  bool MatchesToken(std::string_view token) const {
    for (const std::string& s : substrings_) {
      if (token.find(s) != std::string_view::npos) return true;
    }
    return false;
  }

 private:
  std::unordered_set<std::string> exact_;
  std::vector<std::string> prefixes_;
  std::vector<std::string> substrings_;
};

struct CueTables {
  CueList positive{"clean/html_positive_cues.txt"};
  CueList boilerplate{"clean/html_boilerplate_cues.txt"};
  CueList comment{"clean/html_comment_cues.txt"};
  CueList caption{"clean/html_caption_cues.txt"};
  CueList meta{"clean/html_meta_cues.txt"};
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

std::uint8_t MatchWord(const CueTables& t, std::string_view word) {
  std::uint8_t bits = 0;
  if (t.positive.MatchesWord(word)) bits |= kCuePositive;
  if (t.boilerplate.MatchesWord(word)) bits |= kCueBoilerplate;
  if (t.comment.MatchesWord(word)) bits |= kCueComment;
  if (t.caption.MatchesWord(word)) bits |= kCueCaption;
  if (t.meta.MatchesWord(word)) bits |= kCueMeta;
  return bits;
}

std::uint8_t MatchToken(const CueTables& t, std::string_view token) {
  std::uint8_t bits = MatchWord(t, token);
  if (t.positive.MatchesToken(token)) bits |= kCuePositive;
  if (t.boilerplate.MatchesToken(token)) bits |= kCueBoilerplate;
  if (t.comment.MatchesToken(token)) bits |= kCueComment;
  if (t.caption.MatchesToken(token)) bits |= kCueCaption;
  if (t.meta.MatchesToken(token)) bits |= kCueMeta;
  // The parts of a hyphenated token: "post-comments" -> "post", "comments".
  std::size_t start = 0;
  bool split = false;
  for (std::size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || token[i] == '-' || token[i] == '_') {
      if (i < token.size()) split = true;
      if (split && i > start) bits |= MatchWord(t, token.substr(start, i - start));
      start = i + 1;
    }
  }
  return bits;
}

std::uint8_t ClassifyAttribute(const CueTables& t, std::string_view value) {
  std::uint8_t bits = 0;
  std::string token;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ' ';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      // Very long tokens are generated ids or CSS-in-JS hashes: no cue.
      if (!token.empty() && token.size() <= 64) bits |= MatchToken(t, token);
      token.clear();
    } else {
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
