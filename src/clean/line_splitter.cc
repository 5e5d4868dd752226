#include "clean/line_splitter.h"

#include <algorithm>
#include <cstddef>

#include "clean/line_shape.h"

namespace sitrep::clean {
namespace {

struct Line {
  std::uint32_t start, end;  // trimmed
  std::uint32_t chars;       // code points (set only where wrapping is looked for)
  bool blank_before;
};

// Widest line a wrapping tool would produce; anything wider means the text
// was written one paragraph per line.
constexpr std::uint32_t kMaxWrapWidth = 120;
constexpr std::uint32_t kMinWrapWidth = 30;

std::uint32_t FirstWordChars(std::string_view line) {
  std::size_t space = line.find(' ');
  return static_cast<std::uint32_t>(CodePointCount(line.substr(0, space)));
}

// The break between a and b was forced by a width limit: b's first word would
// not have fit on a, a does not end a sentence (unless b continues one), and
// b is not a list item.
bool ForcedBreak(std::string_view text, const Line& a, const Line& b, std::uint32_t width) {
  if (b.blank_before) return false;
  std::string_view la = text.substr(a.start, a.end - a.start);
  std::string_view lb = text.substr(b.start, b.end - b.start);
  if (a.chars * 2 < width) return false;
  if (a.chars + 1 + FirstWordChars(lb) + 2 <= width) return false;
  if (StartsWithListMarker(lb)) return false;
  if (EndsSentence(la) && !StartsLowercase(lb)) return false;
  return true;
}

// Line scratch kept between texts is capped so one huge text does not pin memory.
constexpr std::size_t kMaxRetainedLines = 1 << 16;

}  // namespace

std::vector<TextUnit> SplitTextUnits(std::string_view text) {
  std::vector<TextUnit> units;
  SplitTextUnits(text, &units);
  return units;
}

void SplitTextUnits(std::string_view text, std::vector<TextUnit>* units_out) {
  // The lines, per thread: their room is kept from text to text instead of
  // allocated for each (most texts are a line or two).
  thread_local std::vector<Line> lines;
  if (lines.capacity() > kMaxRetainedLines) std::vector<Line>().swap(lines);
  lines.clear();
  bool blank = true;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(i, nl - i);
    std::string_view t = TrimLine(raw);
    if (t.empty()) {
      blank = true;
    } else {
      auto start = static_cast<std::uint32_t>(t.data() - text.data());
      lines.push_back(Line{start, static_cast<std::uint32_t>(start + t.size()), 0, blank});
      blank = false;
    }
    i = nl + 1;
  }

  // Wrap width: the 98th percentile of line lengths (a few over-long lines,
  // URLs or tables, should not hide the wrapping of the rest).
  bool wrapped = false;
  std::uint32_t width = 0;
  if (lines.size() >= 4) {
    // Code points only matter for wrap detection, counted only when it runs
    // (most notes are a line or two); very long lines are not counted.
    for (Line& l : lines) {
      const std::string_view t = text.substr(l.start, l.end - l.start);
      l.chars = t.size() > 4 * kMaxWrapWidth ? static_cast<std::uint32_t>(t.size())
                                             : static_cast<std::uint32_t>(CodePointCount(t));
    }
    std::vector<std::uint32_t> lengths;
    lengths.reserve(lines.size());
    for (const Line& l : lines) lengths.push_back(l.chars);
    std::size_t k = lengths.size() * 98 / 100;
    if (k >= lengths.size()) k = lengths.size() - 1;
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(k), lengths.end());
    width = lengths[k];
    if (width >= kMinWrapWidth && width <= kMaxWrapWidth) {
      std::size_t adjacent = 0, forced = 0;
      for (std::size_t j = 1; j < lines.size(); ++j) {
        if (lines[j].blank_before) continue;
        ++adjacent;
        forced += ForcedBreak(text, lines[j - 1], lines[j], width);
      }
      wrapped = forced >= 3 && forced * 10 >= adjacent * 3;
    }
  }

  std::vector<TextUnit>& units = *units_out;
  units.clear();
  units.reserve(lines.size());
  for (std::size_t j = 0; j < lines.size(); ++j) {
    if (wrapped && j > 0 && !units.empty() && ForcedBreak(text, lines[j - 1], lines[j], width)) {
      units.back().end = lines[j].end;
      ++units.back().lines;
      continue;
    }
    units.push_back(TextUnit{lines[j].start, lines[j].end, 1, lines[j].blank_before});
  }
}

}  // namespace sitrep::clean
