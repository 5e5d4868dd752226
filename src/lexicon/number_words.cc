#include "lexicon/number_words.h"

#include <charconv>
#include <string>

#include "core/data.h"
#include "core/split.h"

namespace sitrep::lexicon {
namespace {

bool ParseKind(std::string_view s, NumberWordKind* kind) {
  static constexpr std::pair<std::string_view, NumberWordKind> kKinds[] = {
      {"unit", NumberWordKind::kUnit},       {"tens", NumberWordKind::kTens},
      {"hundred", NumberWordKind::kHundred}, {"scale", NumberWordKind::kScale},
      {"dozen", NumberWordKind::kDozen},     {"article", NumberWordKind::kArticle},
      {"joiner", NumberWordKind::kJoiner},   {"ordinal", NumberWordKind::kOrdinal},
  };
  for (const auto& [name, k] : kKinds) {
    if (s == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

// value * multiplier, or -1 when it would pass the cap.
std::int64_t CappedProduct(std::int64_t value, std::int64_t multiplier) {
  if (value < 0 || multiplier <= 0) return -1;
  if (value > NumberWords::kMaxValue / multiplier) return -1;
  return value * multiplier;
}

}  // namespace

bool ParseNumeral(std::string_view text, Numeral* out) {
  *out = Numeral{};
  if (text.empty() || text[0] < '0' || text[0] > '9') return false;
  int commas = 0, dots = 0;
  for (char c : text) {
    if (c == ':' || c == '/') return false;
    if (c == ',') ++commas;
    if (c == '.') ++dots;
  }
  // Split into digit groups and check the grouping.
  std::vector<std::string_view> groups;
  std::string_view decimal;
  std::size_t start = 0;
  const bool dot_groups = dots > 1 && commas == 0;  // "1.200.000"
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ',' || text[i] == '.') {
      std::string_view g = text.substr(start, i - start);
      if (i < text.size() && text[i] == '.' && !dot_groups) {
        groups.push_back(g);
        decimal = text.substr(i + 1);
        if (decimal.find_first_of(",.") != std::string_view::npos) return false;
        break;
      }
      groups.push_back(g);
      start = i + 1;
    }
  }
  if (groups.size() > 1) {
    if (groups[0].empty() || groups[0].size() > 3) return false;
    for (std::size_t k = 1; k < groups.size(); ++k) {
      if (groups[k].size() != 3) return false;
    }
    out->grouped = true;
  }
  std::int64_t whole = 0;
  int digits = 0;
  for (std::string_view g : groups) {
    for (char c : g) {
      if (++digits > 18) return false;
      whole = whole * 10 + (c - '0');
    }
  }
  out->whole = whole;
  out->digits = digits;
  out->leading_zero = digits > 1 && text[0] == '0';
  if (!decimal.empty()) {
    if (decimal.size() > 9) decimal = decimal.substr(0, 9);
    std::int64_t f = 0;
    for (char c : decimal) f = f * 10 + (c - '0');
    out->fraction = f;
    out->fraction_digits = static_cast<int>(decimal.size());
  }
  return whole <= NumberWords::kMaxValue;
}

Status NumberWords::Load(std::string_view file, Vocabulary& vocab) {
  hyphen_id_ = vocab.Intern("-");
  for (std::string_view line : DataLines(file)) {
    std::vector<std::string_view> f = SplitFields(line);
    NumberWordKind kind;
    std::int64_t value = 0;
    if (f.size() < 3 || !ParseKind(f[2], &kind) ||
        std::from_chars(f[1].data(), f[1].data() + f[1].size(), value).ec != std::errc()) {
      return Status::Corruption("number_words: bad line: " + std::string(line));
    }
    int id = vocab.Intern(f[0]);
    if (static_cast<std::size_t>(id) >= words_.size()) words_.resize(id + 1);
    words_[id] = NumberWord{kind, value};
  }
  return Status::OK();
}

ParsedCardinal NumberWords::Parse(std::string_view text, std::span<const ScanToken> tokens,
                                  std::size_t i) const {
  ParsedCardinal out;
  if (i >= tokens.size()) return out;
  const ScanToken& t = tokens[i];
  if (t.kind == ScanKind::kWord) return ParseWords(tokens, i);
  if (t.kind != ScanKind::kNumeral) return out;
  Numeral n;
  if (!ParseNumeral(text.substr(t.start, t.end - t.start), &n)) return out;
  out.tokens = 1;
  out.digits = true;
  out.value = n.whole;
  // "1.2 million", "5 thousand", "3 lakh": a scale word right after.
  if (i + 1 < tokens.size() && tokens[i + 1].kind == ScanKind::kWord && tokens[i + 1].space_before) {
    NumberWord w = Lookup(tokens[i + 1].id);
    if (w.kind == NumberWordKind::kScale || w.kind == NumberWordKind::kHundred) {
      std::int64_t whole = CappedProduct(n.whole, w.value);
      std::int64_t pow10 = 1;
      for (int k = 0; k < n.fraction_digits; ++k) pow10 *= 10;
      std::int64_t frac = CappedProduct(n.fraction, w.value);
      if (whole >= 0 && frac >= 0) {
        out.value = whole + frac / pow10;
        out.tokens = 2;
      }
    }
  }
  return out;
}

ParsedCardinal NumberWords::ParseWords(std::span<const ScanToken> tokens, std::size_t i) const {
  ParsedCardinal out;
  std::int64_t total = 0, group = 0;
  NumberWordKind last = NumberWordKind::kNone;
  bool group_has_unit = false;  // a unit after the tens ("twenty-three") closes the tens slot
  std::size_t pos = i, end = i;  // end: one past the last token of a complete number
  auto next_kind = [&](std::size_t p) {
    return p < tokens.size() ? Lookup(tokens[p].id).kind : NumberWordKind::kNone;
  };
  while (pos < tokens.size()) {
    const ScanToken& t = tokens[pos];
    if (t.kind == ScanKind::kPunct) {
      // "twenty-three": a hyphen glued between tens and a unit (or an ordinal).
      if (t.id == hyphen_id_ && last == NumberWordKind::kTens && !t.space_before && pos + 1 < tokens.size() &&
          !tokens[pos + 1].space_before) {
        NumberWordKind k = next_kind(pos + 1);
        if (k == NumberWordKind::kOrdinal) {
          out.ordinal = true;
          out.tokens = 0;
          return out;
        }
        if (k == NumberWordKind::kUnit && Lookup(tokens[pos + 1].id).value < 10) {
          ++pos;
          continue;
        }
      }
      break;
    }
    if (t.kind != ScanKind::kWord) break;
    NumberWord w = Lookup(t.id);
    bool ok = false;
    switch (w.kind) {
      case NumberWordKind::kUnit:
        if (last == NumberWordKind::kNone || last == NumberWordKind::kHundred || last == NumberWordKind::kScale ||
            last == NumberWordKind::kJoiner) {
          ok = true;
        } else if (last == NumberWordKind::kTens && !group_has_unit && w.value < 10 && w.value > 0) {
          ok = true;
          group_has_unit = true;
        }
        if (ok) group += w.value;
        break;
      case NumberWordKind::kTens:
        ok = last == NumberWordKind::kNone || last == NumberWordKind::kHundred ||
             last == NumberWordKind::kScale || last == NumberWordKind::kJoiner;
        if (ok) {
          group += w.value;
          group_has_unit = false;
        }
        break;
      case NumberWordKind::kHundred:
        ok = (last == NumberWordKind::kUnit || last == NumberWordKind::kArticle) && group > 0 && group < 100;
        if (ok) group *= w.value;
        break;
      case NumberWordKind::kScale:
        ok = last == NumberWordKind::kUnit || last == NumberWordKind::kTens || last == NumberWordKind::kHundred ||
             last == NumberWordKind::kArticle;
        if (ok) {
          std::int64_t v = CappedProduct(group, w.value);
          ok = v >= 0 && total + v <= kMaxValue;
          if (ok) {
            total += v;
            group = 0;
          }
        }
        break;
      case NumberWordKind::kDozen:
        ok = (last == NumberWordKind::kUnit || last == NumberWordKind::kTens || last == NumberWordKind::kArticle) &&
             total == 0;
        if (ok) group *= w.value;
        break;
      case NumberWordKind::kArticle: {
        // Only "a hundred", "a thousand", "a dozen".
        NumberWordKind k = next_kind(pos + 1);
        ok = last == NumberWordKind::kNone &&
             (k == NumberWordKind::kHundred || k == NumberWordKind::kScale || k == NumberWordKind::kDozen);
        if (ok) group = 1;
        break;
      }
      case NumberWordKind::kJoiner: {
        NumberWordKind k = next_kind(pos + 1);
        ok = (last == NumberWordKind::kHundred || last == NumberWordKind::kScale) &&
             (k == NumberWordKind::kUnit || k == NumberWordKind::kTens);
        break;
      }
      case NumberWordKind::kOrdinal:
        // "twenty first", "one hundred and first": the whole is an ordinal.
        if (last != NumberWordKind::kNone) {
          out.ordinal = true;
          out.tokens = 0;
          return out;
        }
        out.ordinal = true;
        return out;
      case NumberWordKind::kNone:
        break;
    }
    if (!ok) break;
    last = w.kind;
    ++pos;
    if (last != NumberWordKind::kArticle && last != NumberWordKind::kJoiner) end = pos;
    if (last == NumberWordKind::kDozen) break;
  }
  if (end == i) return out;
  // A following ordinal word ("one hundred first") makes the whole an ordinal.
  if (end < tokens.size() && next_kind(end) == NumberWordKind::kOrdinal && tokens[end].space_before) {
    out.ordinal = true;
    return out;
  }
  out.tokens = end - i;
  out.value = total + group;
  return out;
}

}  // namespace sitrep::lexicon
