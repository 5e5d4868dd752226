// Cue lists for the plain-text cleaner, loaded from data/clean/text_*.txt.
//
// Two kinds of knowledge live in the data files, not in code:
//  - Cue phrases that mark a line as site furniture, a caption, a byline, the
//    start of a comment section, comment furniture or a link list. One phrase
//    per line, matched on case-folded word tokens (see text_tokens.h):
//        phrase        anywhere in the line
//        ^phrase       at the start of the line
//        phrase$       at the end of the line (trailing symbols ignored)
//        =phrase       the whole line (trailing symbols ignored)
//    optionally followed by a TAB and the longest line, in words, the cue may
//    label (a cue word inside a long paragraph says nothing about it).
//  - Word classes for the voice of a line (text_voice_words.txt):
//    "word<TAB>class", class one of first_person, first_person_plural,
//    second_person, opinion, insult, attribution, calendar.
//
// Thread-safety: a TextCues is immutable after construction; Default() is
// built once (thread-safe static) and may be shared by all threads.
#ifndef SITREP_CLEAN_TEXT_CUES_H_
#define SITREP_CLEAN_TEXT_CUES_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/text_tokens.h"

namespace sitrep::clean {

enum class CueKind : std::uint8_t {
  kBoilerplate = 0,       // donate/subscribe/share/cookie/navigation/form lines
  kCaption = 1,           // photo captions and credits
  kMeta = 2,              // bylines, time stamps, tags
  kCommentSection = 3,    // "Leave a Reply", "42 Comments": reader comments follow
  kCommentFurniture = 4,  // "Reply", "says:", "3 hours ago": parts of a comment
  kLinkList = 5,          // "Related:", "Read more": links to other articles
};
inline constexpr int kCueKindCount = 6;
inline constexpr std::uint8_t CueBit(CueKind k) { return static_cast<std::uint8_t>(1u << static_cast<int>(k)); }

enum WordClass : std::uint8_t {
  kFirstPerson = 1 << 0,   // I, me, my
  kSecondPerson = 1 << 1,  // you, your
  kOpinion = 1 << 2,       // should, obviously, nonsense: the commenter's voice
  kInsult = 1 << 3,        // idiot, clown
  kAttribution = 1 << 4,   // said, told, according: the reporter's voice
  kCalendar = 1 << 5,      // month and day names, am/pm, time zones
  kFirstPersonPlural = 1 << 6,  // we, us, our
};
inline constexpr int kWordClassCount = 7;

// What TextCues found in one line.
struct CueHits {
  std::uint8_t kinds = 0;  // CueBit()s of the cue kinds that matched
  // Tokens outside quotations and not in capitals, per WordClass bit index
  // (0 = kFirstPerson ...).
  std::array<std::uint16_t, kWordClassCount> classes{};
};

class TextCues {
 public:
  // data/clean/text_{boilerplate,captions,meta,comment_sections,
  // comment_furniture,link_lists,voice_words}.txt as embedded at build time.
  static const TextCues& Default();

  // Builds from file contents, indexed by CueKind; `voice_words` as above.
  TextCues(const std::array<std::string_view, kCueKindCount>& cue_files, std::string_view voice_words);

  // Matches the cues against a scanned line.
  CueHits Match(const LineScan& scan) const;

 private:
  enum class Anchor : std::uint8_t { kAnywhere, kStart, kEnd, kWhole };
  struct Phrase {
    std::uint32_t first_token;  // index into phrase_tokens_
    std::uint16_t token_count;
    std::uint16_t max_words;
    CueKind kind;
    Anchor anchor;
  };
  struct Slot {
    std::uint64_t hash = 0;  // 0: empty
    std::uint8_t classes = 0;
    std::uint32_t first_phrase = 0;  // index into phrase_index_
    std::uint32_t phrase_count = 0;
    // The largest max_words of its phrases: a longer line (a paragraph,
    // as most are) can match none of them, and is not tried phrase by phrase.
    std::uint16_t max_words = 0;
  };

  void AddPhrase(std::string_view entry, CueKind kind);
  Slot& Insert(std::uint64_t hash);
  const Slot* Find(std::uint64_t hash) const;
  bool PhraseMatches(const Phrase& p, const LineScan& scan, std::size_t at) const;

  // One bit per (hash >> kFilterShift) % kFilterBits: most words of a line are
  // in no list, and this small bitmap (L1-resident) rules them out.
  static constexpr int kFilterShift = 40;
  static constexpr std::size_t kFilterBits = 1 << 16;
  bool MayContain(std::uint64_t hash) const {
    std::size_t bit = (hash >> kFilterShift) & (kFilterBits - 1);
    return (filter_[bit / 64] >> (bit % 64)) & 1;
  }

  std::vector<std::uint64_t> filter_;
  std::vector<Slot> slots_;  // open addressing, size a power of two
  std::vector<std::uint64_t> phrase_tokens_;
  std::vector<Phrase> phrases_;
  std::vector<std::uint32_t> phrase_index_;  // phrase ids grouped by first token
};

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_TEXT_CUES_H_
