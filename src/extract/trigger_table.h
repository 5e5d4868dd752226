// TriggerTable and the other phrase tables of data/extract/ that the event
// extractor reads: triggers (event_triggers.tsv), frame cues
// (frame_cues.tsv), filter cues (event_filters.tsv), casualty words
// (casualty_words.tsv), person nouns (casualty_nouns.tsv) and attack targets
// (target_nouns.tsv). The formats
// are documented at the top of each file.
//
// Thread-safety: immutable after Load.
#ifndef SITREP_EXTRACT_TRIGGER_TABLE_H_
#define SITREP_EXTRACT_TRIGGER_TABLE_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/hash.h"
#include "core/result.h"
#include "extract/event_sentence.h"
#include "extract/trigger_phrases.h"

namespace sitrep::extract {

enum class Frame : std::uint8_t { kVerb, kNoun, kWith, kVictim, kSelf };

struct TriggerRow {
  std::string plover, mode;
  std::string event_type, sub_event_type;  // empty: no ACLED event
  bool decide_by_actors = false;           // "*attack": Battles or Violence against civilians
  int priority = 0;
  Frame frame = Frame::kVerb;
  bool future_ok = false;
  // event_type is one of the violent types (Battles, Explosions/Remote
  // violence, Violence against civilians): set at load, as the extractor
  // asks it of every trigger it weighs.
  bool violent_type = false;
};

enum class CueRole : std::uint8_t { kAgent, kTarget, kPartner, kClaim, kAttribution, kUnclaimed, kPassive, kResponse };
// kNotDiplomacy: a diplomacy word that names no event of diplomacy: a
// standing practice ("continue to consult"; protests and violence that
// continue are events each day) or another sense ("met the conditions").
enum class FilterKind : std::uint8_t {
  kNegation, kHypothetical, kFuture, kGeneric, kDomain, kHistorical, kNewIncident, kSport, kIntent, kNotDiplomacy,
  kUnarmedCraft, kCasualtyNegation, kWeaponsTest, kFigurativeObject
};
enum class CasualtyKind : std::uint8_t {
  kDeath, kWound, kDeathNoun, kDeathToll, kWoundToll, kBoth, kSelfDeath, kSubset, kOthers, kUnknown
};

struct FilterRow {
  FilterKind kind = FilterKind::kNegation;
  int reach = 0;  // words before the trigger; 0 = anywhere in the sentence; < 0: words after it
};

struct PersonNounRow {
  std::string group;     // "civilians", "police", "military", "militants", ...
  std::string sector;
  int inter = 0;
  std::string name_template;  // "Civilians ({country})"
};

// A phrase found in a sentence: words [begin, end) and the row it names.
// For a gap pattern ("took * hostage") [begin, end) covers the whole phrase
// and `gap` the words the "*" took — the verb's object ("took 20 workers
// hostage"), which a role search starting at `end` would miss.
struct PhraseHit {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t row = 0;
  PhraseGap gap;
};

struct EventTables {
  PhraseIndex triggers;
  std::vector<TriggerRow> trigger_rows;
  PhraseIndex cues;
  std::vector<CueRole> cue_rows;
  PhraseIndex filters;
  std::vector<FilterRow> filter_rows;
  PhraseIndex casualties;
  std::vector<CasualtyKind> casualty_rows;
  PhraseIndex person_nouns;
  std::vector<PersonNounRow> person_rows;
  // target_nouns.tsv: places and things an attack hits, with the victim
  // group they stand for ("check post" -> military).
  PhraseIndex target_nouns;
  std::vector<std::string> target_groups;
  // noun_phrase_breaks.txt: words that end the noun phrase before a noun
  // trigger ("in", "was", "died"); a modifier never reaches across them.
  std::unordered_set<std::string, StringHash, std::equal_to<>> noun_phrase_breaks;
  // collective_nouns.txt: nouns that count groups, not people ("two groups
  // of villagers"); a casualty count before one is no count of people.
  std::unordered_set<std::string, StringHash, std::equal_to<>> collective_nouns;
  // toll_verbs.txt: words that lead from a death toll to a count written
  // far after it ("the death toll ... has risen to 63").
  std::unordered_set<std::string, StringHash, std::equal_to<>> toll_verbs;
  // speech_verbs.tsv (extract/speech_verbs.h, shared with the statement
  // extractor): each form, and whether it reports words without "that"
  // ("said" yes, "warned" only in "warned that"). The speaker before one is
  // no party to what it reports.
  std::unordered_map<std::string, bool, StringHash, std::equal_to<>> speech_verbs;
  // data/actors/states.tsv: a state's name after "Forces of" where it
  // differs from its ACLED name, by ISO alpha-2 ("US" -> "the United States
  // of America"), as the actor recogniser writes it.
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> forces_of_names;
  // cause_markers.txt: one- or two-word phrases that introduce an earlier
  // event as the cause of the sentence's own ("in response to an airstrike
  // that killed ...").
  // (A PhraseIndex: asked of up to 24 words before most triggers, where a
  // miss is one probe of the sentence's precomputed word hash.)
  PhraseIndex cause_markers;

  static Result<std::unique_ptr<EventTables>> Load();
};

// Scans `view` left to right, taking the longest phrase of `index` at each
// word and continuing after it. Words for which skip(w) is true start no
// phrase. The words a gap pattern's "*" took are scanned too, their hits
// following the gap hit's: "opened artillery fire on" is both "opened * fire
// on" and "artillery fire", and precedence, not the gap, picks the type.
// Hits come in the order of their first words. Linear in the sentence length
// (a word is looked at most twice).
//
// FindPhrasesInto writes the hits into `hits` (cleared first), so that a
// caller scanning sentence after sentence reuses one vector's memory.
template <typename Skip>
void FindPhrasesInto(const PhraseIndex& index, const EventSentence& view, Skip skip, std::vector<PhraseHit>& hits) {
  hits.clear();
  std::size_t w = 0;
  // Written by Longest when it matches and read only then: declared once,
  // not reset for every word.
  std::uint32_t row = 0;
  PhraseGap gap;
  // The sentence does not change while it is scanned: its length, and its
  // words' hashes when it has them all (EventSentenceBuffer's views do),
  // are read once rather than for every word.
  const std::size_t size = view.size();
  const std::uint64_t* const hashes = view.hashes.size() == size ? view.hashes.data() : nullptr;
  while (w < size) {
    // The index first: most words start no phrase, which it answers inline
    // for less than skip() costs; a match at a skipped word is dropped.
    std::size_t n = index.Longest(view.words, hashes != nullptr ? hashes[w] : view.WordHash(w), w, &row, &gap);
    if (n != 0 && skip(w)) n = 0;
    if (n == 0) {
      ++w;
      continue;
    }
    hits.push_back({static_cast<std::uint32_t>(w), static_cast<std::uint32_t>(w + n), row, gap});
    std::size_t next = w + n;
    // Inside a gap: plain longest matches (a gap found there is kept but
    // not entered again), which may reach past the gap into the phrase's tail.
    for (std::size_t g = gap.begin; g < gap.end;) {
      PhraseGap inner;
      std::size_t m = index.Longest(view.words, view.WordHash(g), g, &row, &inner);
      if (m != 0 && skip(g)) m = 0;
      if (m == 0) {
        ++g;
        continue;
      }
      hits.push_back({static_cast<std::uint32_t>(g), static_cast<std::uint32_t>(g + m), row, inner});
      g += m;
      next = std::max(next, g);
    }
    w = next;
  }
}

template <typename Skip>
std::vector<PhraseHit> FindPhrases(const PhraseIndex& index, const EventSentence& view, Skip skip) {
  std::vector<PhraseHit> hits;
  FindPhrasesInto(index, view, skip, hits);
  return hits;
}

inline void FindPhrasesInto(const PhraseIndex& index, const EventSentence& view, std::vector<PhraseHit>& hits) {
  FindPhrasesInto(index, view, [](std::size_t) { return false; }, hits);
}

inline std::vector<PhraseHit> FindPhrases(const PhraseIndex& index, const EventSentence& view) {
  return FindPhrases(index, view, [](std::size_t) { return false; });
}

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_TRIGGER_TABLE_H_
