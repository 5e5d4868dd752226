// The plain-text cleaner. How a unit (line or paragraph) gets its label:
//
//  1. Local evidence (text_features.h): cue phrases from data/clean/text_*.txt
//     mark furniture, captions, bylines, comment headers and link lists; shape
//     marks bare links, separator lines and date-only stamps.
//  2. The article body is the densest run of prose: a maximum-sum segment
//     where sentence-shaped lines score their word count and furniture,
//     fragments and headline-like lines score negative. An explicit comment
//     header ("Leave a Reply", "12 Comments") after some prose closes the
//     search, since comments can outweigh a short article.
//  3. Reader comments that follow the article with no header are found by the
//     change of voice: each unit gets a comment-vs-report score (first and
//     second person, questions, opinion words and insults against attribution
//     verbs, numbers and dates; a bare link, comment furniture or an agency
//     dateline in mid-text count for comments), and the split is the point
//     that maximises the score after it, if the text before it reads as
//     reporting and the text after it clearly does not. Everything after the
//     split is comment, including news stories readers pasted.
//  4. The headline is a headline-shaped line before the body (a repeated one
//     first, else the longest); every repetition of it is labelled kTitle.
#include "clean/text_cleaner.h"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "clean/line_splitter.h"
#include "clean/text_cues.h"
#include "clean/text_features.h"

namespace sitrep::clean {
namespace {

// Local evidence for one unit, before position is considered.
enum class Local : std::uint8_t {
  kNone,
  kNoWords,  // separators: "***", "|", a lone symbol
  kUrl,
  kBoilerplate,
  kCommentSection,
  kLinkList,
  kCaption,
  kMeta,
  kCommentFurniture,
};

struct Unit {
  TextUnit span;
  LineFeatures f;
  Local local = Local::kNone;
  bool headline_shape = false;
  bool prose = false;
  bool repeated = false;  // a short line that occurs more than once
  double voice = 0;  // > 0 reads like a reader comment, < 0 like reporting
};

// Scratch tokens kept between documents (16 bytes each).
constexpr std::size_t kMaxRetainedTokens = 1 << 16;
// Scratch units (and their spans) kept between documents.
constexpr std::size_t kMaxRetainedUnits = 1 << 14;

// Words in a headline; longer lines are paragraphs, shorter ones labels.
constexpr std::uint32_t kMinHeadlineWords = 3;
constexpr std::uint32_t kMaxHeadlineWords = 30;
constexpr std::size_t kMaxHeadlineBytes = 300;
// Prose needed before a comment header counts as one (a "Comments" link in
// the navigation above the article does not).
constexpr std::uint32_t kMinProseWordsBeforeComments = 40;
// Change of voice: the body before the split must hold this much prose, and
// the comments after it this much evidence.
constexpr std::uint32_t kMinBodyUnitsBeforeVoiceSplit = 2;
constexpr std::uint32_t kMinBodyWordsBeforeVoiceSplit = 60;
constexpr double kMinCommentEvidence = 3.0;
constexpr std::uint32_t kMinCommentUnits = 2;
constexpr double kMaxReportVoice = 0.25;  // mean voice before the split
constexpr double kMinVoiceContrast = 0.75;
// A line shorter than this before a pasted story introduces it ("Here is what
// the agency wrote:").
constexpr std::uint32_t kMaxIntroWords = 25;
// A line this short, without a sentence end, just before the first comment is
// the commenter's name.
constexpr std::uint32_t kMaxHandleWords = 4;

// A time stamp or a dateline without a sentence: mostly calendar words and
// numbers, or a full date (a month or day name and two numbers) in a short line.
bool IsDateLine(const LineFeatures& f) {
  std::uint32_t stamp = f.calendar + f.numbers;
  if (f.words == 0 || f.words > 10) return false;
  return (stamp >= 1 && stamp * 10 >= f.words * 6) || (f.calendar >= 1 && f.numbers >= 2);
}

Local LocalEvidence(const LineFeatures& f) {
  if (f.words == 0) return Local::kNoWords;
  if (f.bare_url) return Local::kUrl;
  if (f.Has(CueKind::kCommentSection)) return Local::kCommentSection;
  if (f.Has(CueKind::kBoilerplate)) return Local::kBoilerplate;
  if (f.Has(CueKind::kLinkList)) return Local::kLinkList;
  if (f.Has(CueKind::kCaption)) return Local::kCaption;
  // A byline or stamp is not a sentence; "By Monday, 30 people had died." is.
  bool sentence = f.ends_sentence && f.words > 5;
  if (!sentence && (f.Has(CueKind::kMeta) || IsDateLine(f))) return Local::kMeta;
  if (f.Has(CueKind::kCommentFurniture)) return Local::kCommentFurniture;
  return Local::kNone;
}

// Contribution of a unit to the body segment: sentences add their words;
// headline-length lines without a sentence end, repeated lines and furniture
// subtract; a long line without a final period is a paragraph that lost it.
double BodyScore(const Unit& u) {
  switch (u.local) {
    case Local::kNone: break;
    case Local::kCaption:
    case Local::kCommentFurniture: return -4;
    case Local::kMeta: return -3;
    default: return -6;
  }
  const LineFeatures& f = u.f;
  if (u.repeated) return -4;
  if (f.ends_sentence && f.words >= 3) return f.words;
  if (f.words > kMaxHeadlineWords) return f.words / 2.0;
  if (f.words >= 8) return -1;
  return -3;
}

// Comment-vs-report voice of a unit (see the file comment, step 3).
double Voice(const Unit& u, std::uint32_t previous_words, bool after_body_start) {
  switch (u.local) {
    case Local::kNone: break;
    case Local::kCommentFurniture: return 2;
    case Local::kUrl: return 1.5;
    default: return 0;
  }
  const LineFeatures& f = u.f;
  if (f.agency_dateline && after_body_start) return 2;  // a story pasted below the article
  if (f.speaker_label) return 0;  // an interview or transcript turn: the article's own voices
  auto cap = [](std::uint32_t v, std::uint32_t m) { return static_cast<double>(std::min(v, m)); };
  double comment = cap(f.first_person, 3) + cap(f.second_person, 3) + 0.5 * cap(f.first_person_plural, 3) +
                   cap(f.questions, 2) +
                   0.5 * cap(f.exclamations, 2) + 0.6 * cap(f.opinion, 3) + 1.5 * cap(f.insult, 2);
  if (f.words < 12 && previous_words >= 40) comment += 0.5;  // a retort after a long paragraph
  double report = cap(f.attribution, 3) + 0.25 * cap(f.numbers, 4) + 0.5 * cap(f.calendar, 2);
  return std::clamp(comment - report, -2.0, 2.0);
}

BlockKind OutsideKind(Local local) {
  switch (local) {
    case Local::kCaption: return BlockKind::kCaption;
    case Local::kMeta: return BlockKind::kMeta;
    default: return BlockKind::kBoilerplate;
  }
}

BlockKind BodyKind(const Unit& u) {
  switch (u.local) {
    case Local::kNone: return BlockKind::kBody;
    case Local::kCommentFurniture: return u.f.words <= 3 ? BlockKind::kBoilerplate : BlockKind::kBody;
    default: return OutsideKind(u.local);
  }
}

// The maximum-sum run [*first, *last] of BodyScore over units [0, end).
// Returns false if no run has a positive sum.
bool DensestRun(const std::vector<Unit>& units, std::size_t end, std::size_t* first, std::size_t* last) {
  double best = 0, run = 0;
  std::size_t run_start = 0;
  bool found = false;
  for (std::size_t i = 0; i < end; ++i) {
    if (run <= 0) {
      run = 0;
      run_start = i;
    }
    run += BodyScore(units[i]);
    if (run > best) {
      best = run;
      *first = run_start;
      *last = i;
      found = true;
    }
  }
  return found;
}

// The first unit of reader comments that follow the body with no header, or
// `end` if the voice never changes (step 3). Also sets Unit::voice.
std::size_t CommentStartByVoice(std::vector<Unit>& units, std::size_t body_first, std::size_t end) {
  if (end <= body_first + 1) return end;
  std::uint32_t previous_words = 0;
  for (std::size_t i = body_first; i < end; ++i) {
    Unit& u = units[i];
    u.voice = Voice(u, previous_words, i > body_first);
    if (u.local == Local::kNone) previous_words = u.f.words;
  }
  // Prefix statistics over content units (no local evidence) from body_first.
  const std::size_t n = end - body_first;
  std::vector<double> prefix_voice(n + 1, 0);
  std::vector<std::uint32_t> prefix_units(n + 1, 0), prefix_prose(n + 1, 0), prefix_words(n + 1, 0);
  for (std::size_t j = 0; j < n; ++j) {
    const Unit& u = units[body_first + j];
    bool content = u.local == Local::kNone;
    prefix_voice[j + 1] = prefix_voice[j] + (content ? u.voice : 0);
    prefix_units[j + 1] = prefix_units[j] + content;
    prefix_prose[j + 1] = prefix_prose[j] + (content && u.prose);
    prefix_words[j + 1] = prefix_words[j] + (content && u.prose ? u.f.words : 0);
  }
  double suffix = 0, best = -1;
  std::uint32_t suffix_positive = 0, suffix_units = 0;
  std::size_t split = end;
  for (std::size_t j = n; j-- > 0;) {
    const Unit& u = units[body_first + j];
    suffix += u.voice;
    suffix_positive += u.voice > 0;
    suffix_units += u.local == Local::kNone || u.voice != 0;
    if (u.voice <= 0 || suffix < kMinCommentEvidence || suffix_positive < kMinCommentUnits) continue;
    if (prefix_prose[j] < kMinBodyUnitsBeforeVoiceSplit || prefix_words[j] < kMinBodyWordsBeforeVoiceSplit) continue;
    double before = prefix_units[j] ? prefix_voice[j] / prefix_units[j] : 0;
    double after = suffix / std::max<std::uint32_t>(suffix_units, 1);
    if (before > kMaxReportVoice || after - before < kMinVoiceContrast) continue;
    if (suffix > best) {  // strict: among equal sums the later split keeps more body
      best = suffix;
      split = body_first + j;
    }
  }

  // An agency dateline after the article has run for a while, straight after
  // a paragraph (not after a headline, as in a digest of stories), opens a
  // story someone pasted below it. The short line introducing it goes with it.
  for (std::size_t j = 1; j < n && body_first + j < split; ++j) {
    const Unit& u = units[body_first + j];
    if (!u.f.agency_dateline || u.local != Local::kNone) continue;
    if (prefix_prose[j] < kMinBodyUnitsBeforeVoiceSplit || prefix_words[j] < kMinBodyWordsBeforeVoiceSplit) continue;
    const Unit& before = units[body_first + j - 1];
    if (before.local != Local::kNone || !before.prose || before.repeated) continue;
    bool introduces = before.f.words < kMaxIntroWords && (before.voice > 0 || before.f.ends_with_colon) && j >= 2 &&
                      prefix_prose[j - 1] >= kMinBodyUnitsBeforeVoiceSplit;
    split = body_first + (introduces ? j - 1 : j);
    break;
  }

  // A commenter's name or handle on its own line goes with the comment.
  if (split < end && split > body_first + 1) {
    const Unit& u = units[split - 1];
    if (u.local == Local::kNone && !u.f.ends_sentence && u.f.words <= kMaxHandleWords) --split;
  }
  return split;
}

// How many of a document's short lines (1 to kMaxHeadlineWords words) have
// each fingerprint: the fingerprints sorted, counted by binary search. (A
// document has a handful of lines; a hash map cost a node allocation per
// line.) Kept per thread with its room, which is capped.
class Repeats {
 public:
  void Reset() {
    if (prints_.capacity() > kMaxRetainedPrints) std::vector<std::uint64_t>().swap(prints_);
    prints_.clear();
  }
  void Add(std::uint64_t print) { prints_.push_back(print); }
  void Seal() { std::sort(prints_.begin(), prints_.end()); }
  std::size_t Count(std::uint64_t print) const {
    const auto range = std::equal_range(prints_.begin(), prints_.end(), print);
    return static_cast<std::size_t>(range.second - range.first);
  }

 private:
  static constexpr std::size_t kMaxRetainedPrints = 1 << 16;
  std::vector<std::uint64_t> prints_;
};

// Picks the headline among units [0, end): a repeated headline-shaped line,
// else the longest headline-shaped line. Returns kNoTitle if there is none.
constexpr std::size_t kNoTitle = static_cast<std::size_t>(-1);
std::size_t FindTitle(const std::vector<Unit>& units, std::size_t end, const Repeats& repeats) {
  std::size_t longest = kNoTitle;
  for (std::size_t i = 0; i < end; ++i) {
    const Unit& u = units[i];
    if (!u.headline_shape) continue;
    if (repeats.Count(u.f.fingerprint) >= 2) return i;
    if (longest == kNoTitle || u.f.words >= units[longest].f.words) longest = i;
  }
  return longest;
}

}  // namespace

TextCleanResult CleanPlainText(std::string_view text, const CleanOptions& options) {
  TextCleanResult result;
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<std::uint32_t>::max());  // offsets are 32-bit
  }
  const TextCues& cues = TextCues::Default();
  // The units, their spans and the repeat counts live per thread and keep
  // their room from document to document (capped), instead of three or more
  // allocations per document.
  thread_local std::vector<TextUnit> spans;
  thread_local std::vector<Unit> units;
  thread_local Repeats repeats;
  if (spans.capacity() > kMaxRetainedUnits) std::vector<TextUnit>().swap(spans);
  if (units.capacity() > kMaxRetainedUnits) std::vector<Unit>().swap(units);
  SplitTextUnits(text, &spans);
  if (spans.empty()) return result;

  units.assign(spans.size(), Unit{});
  repeats.Reset();
  // One scratch per thread: its token vector keeps its capacity from
  // document to document instead of regrowing for each (a very long line
  // leaves it large only until the next document).
  thread_local LineScan scratch;
  if (scratch.tokens.capacity() > kMaxRetainedTokens) std::vector<LineToken>().swap(scratch.tokens);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    Unit& u = units[i];
    u.span = spans[i];
    std::string_view line = text.substr(u.span.start, u.span.end - u.span.start);
    u.f = AnalyzeLine(line, cues, &scratch);
    u.local = LocalEvidence(u.f);
    u.prose = u.local == Local::kNone && ((u.f.ends_sentence && u.f.words >= 3) || u.f.words > kMaxHeadlineWords);
    u.headline_shape = u.local == Local::kNone && !u.f.list_item && u.f.words >= kMinHeadlineWords &&
                       u.f.words <= kMaxHeadlineWords && line.size() <= kMaxHeadlineBytes &&
                       (!u.f.ends_sentence || u.f.ends_question_or_exclamation);
    if (u.f.words > 0 && u.f.words <= kMaxHeadlineWords) repeats.Add(u.f.fingerprint);
  }
  repeats.Seal();
  const std::size_t n = units.size();
  for (Unit& u : units) {
    u.repeated = u.f.words > 0 && u.f.words <= kMaxHeadlineWords && repeats.Count(u.f.fingerprint) >= 2;
  }

  // An explicit comment header after some prose closes the article.
  std::size_t zone = n;
  std::uint32_t prose_words = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (units[i].local == Local::kCommentSection && prose_words >= kMinProseWordsBeforeComments) {
      zone = i;
      break;
    }
    if (units[i].prose) prose_words += units[i].f.words;
  }

  std::size_t body_first = n, body_last = n;
  bool has_body = DensestRun(units, zone, &body_first, &body_last);
  std::size_t comments = zone;
  if (has_body) {
    std::size_t by_voice = CommentStartByVoice(units, body_first, zone);
    if (by_voice < comments) comments = by_voice;
    if (comments <= body_last) body_last = comments - 1;
  } else {
    body_first = body_last = n;
  }

  std::size_t title = FindTitle(units, has_body ? body_first : std::min(zone, n), repeats);
  std::uint64_t title_print = title != kNoTitle ? units[title].f.fingerprint : 0;
  if (title != kNoTitle) {
    const TextUnit& s = units[title].span;
    result.title.assign(text.substr(s.start, s.end - s.start));
  }

  result.blocks.reserve(n);
  bool in_link_list = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Unit& u = units[i];
    BlockKind kind;
    bool is_title = title_print != 0 && u.f.fingerprint == title_print && u.f.words <= kMaxHeadlineWords &&
                    u.local == Local::kNone;
    if (i >= comments) {
      bool furniture = u.local == Local::kBoilerplate || u.local == Local::kCommentSection ||
                       u.local == Local::kNoWords;
      kind = furniture ? BlockKind::kBoilerplate : BlockKind::kComment;
    } else if (is_title) {
      kind = BlockKind::kTitle;
    } else if (has_body && i >= body_first && i <= body_last) {
      kind = BodyKind(u);
      // Headline-like lines after "Related:" / "Read more" are links.
      if (u.local == Local::kLinkList) {
        in_link_list = true;
      } else if (in_link_list && u.local == Local::kNone && !u.f.ends_sentence && u.f.words <= kMaxHeadlineWords) {
        kind = BlockKind::kBoilerplate;
      } else if (u.local == Local::kNone) {
        in_link_list = false;
      }
    } else {
      kind = OutsideKind(u.local);
    }
    result.blocks.push_back(Block{u.span.start, u.span.end, kind});
  }

  // A text with no run of prose at all — a one-line note, a wire flash, a
  // bulletin without full stops — is its own body: every line that no cue
  // marks as furniture, caption or meta is body, the headline-shaped one too.
  // (Otherwise a short report would lose all its content to the title.)
  if (!has_body && comments == n) {
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (units[i].local != Local::kNone) continue;
      result.blocks[i].kind = BlockKind::kBody;
      any = true;
    }
    if (any) result.title.clear();
  }
  (void)options;  // keep_comments: plain text is never rewritten, comments stay labelled kComment
  return result;
}

}  // namespace sitrep::clean
