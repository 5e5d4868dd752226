#include "extract/frame_roles.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/data.h"
#include "core/hash.h"

namespace sitrep::extract {

// Comparisons of std::string words and fields with literals are written
// against string_view literals: a length test and a memcmp, where
// std::string == const char* calls strlen and compare() every time.
using namespace std::string_view_literals;
namespace {

constexpr std::uint32_t kCueReach = 4;      // words from a cue to its actor ("by suspected Taliban militants")
constexpr std::uint32_t kModifierReach = 3; // words from a modifier to its noun ("Taliban mortar attack")
constexpr std::uint32_t kObjectReach = 6;   // words from a verb to its object

// A clause break in words [from, to), where a short bracketed aside right
// after a name is not one: "the Allied Democratic Forces (ADF) killed ...".
bool BreakBetween(const EventSentence& view, std::uint32_t from, std::uint32_t to) {
  constexpr std::uint32_t kAside = 6;  // words inside the brackets at most
  for (std::uint32_t k = from; k < to && k < view.size(); ++k) {
    if (!view.IsClauseBreak(k)) continue;
    if (k == from && view.words[k] == ")"sv) continue;  // the name itself stood in brackets
    if (view.words[k] == "("sv) {
      std::uint32_t close = k + 1;
      while (close < to && close <= k + kAside && view.words[close] != ")"sv && !view.IsClauseBreak(close)) ++close;
      if (close < to && view.words[close] == ")"sv) {
        k = close;
        continue;
      }
    }
    return true;
  }
  return false;
}

// A verb of speech in words [from, to) that reports what follows it ("X
// said five people were killed": a "bare" form of speech_verbs.tsv, or a
// "that" form followed by "that"): the actor before it is the speaker, not a
// party to what is reported.
bool ReportsBetween(const EventSentence& view, std::uint32_t from, std::uint32_t to, const EventTables& tables) {
  for (std::uint32_t k = from; k < to && k < view.size(); ++k) {
    auto it = tables.speech_verbs.find(view.words[k]);
    if (it == tables.speech_verbs.end()) continue;
    if (it->second || (k + 1 < to && view.words[k + 1] == "that"sv)) return true;
  }
  return false;
}

// A state named as a place ("in Herat city, Afghanistan", "near Kabul") is
// where the event happened, not who took part.
bool UsedAsPlace(const EventSentence& view, const MentionSpan& s) {
  for (std::uint32_t w = s.begin; w < s.end; ++w) {
    if (!view.in_place[w]) return false;
  }
  // "Nigeria's northwestern Zamfara State": a state whose possessive leads to
  // a place inside it locates that place.
  if (s.end < view.size() && (view.words[s.end] == "'s"sv || view.words[s.end] == "s"sv)) {
    for (std::uint32_t w = s.end + 1; w < s.end + 3 && w < view.size(); ++w) {
      if (view.in_place[w]) return true;
    }
  }
  if (s.begin == 0) return false;
  std::string_view before = view.words[s.begin - 1];
  // "Herat city, Afghanistan" — but not "Under the plan, Israel will ...".
  if (before == ","sv) return s.begin >= 2 && view.in_place[s.begin - 2];
  // "At" before a country is what was aimed at ("fired missiles at
  // Israel"), not where: news does not write "an attack at Pakistan".
  if (before == "at"sv) return view.in_place[s.begin] != EventSentence::kInCountry;
  return before == "in"sv || before == "near"sv || before == "across"sv;
}

// Whether an actor mention of the view begins at word w.
bool StartsActor(const EventSentence& view, std::uint32_t w) {
  return std::any_of(view.actors.begin(), view.actors.end(), [w](const MentionSpan& a) { return a.begin == w; });
}

// The first actor starting within `reach` words after `w`, in the same clause.

std::int32_t ActorAfter(const EventSentence& view, std::uint32_t w, std::uint32_t reach) {
  for (std::size_t a = 0; a < view.actors.size(); ++a) {
    const MentionSpan& s = view.actors[a];
    if (s.begin < w || UsedAsPlace(view, s)) continue;
    if (s.begin > w + reach) break;
    if (BreakBetween(view, w, s.begin)) return -1;
    return static_cast<std::int32_t>(a);
  }
  return -1;
}

// An actor naming whose post or vehicle was hit ("attacked a military base",
// "a police checkpoint") is the target, never the subject of what follows.
// The post's noun may follow the actor's words ("a police checkpoint") or
// be a phrase that begins with them ("an army vehicle").
bool UsedAsFacility(const EventSentence& view, const MentionSpan& s, const EventTables* tables) {
  if (tables == nullptr || s.end >= view.size()) return false;
  std::uint32_t id = 0;
  if (tables->target_nouns.Longest(view.words, view.WordHash(s.end), s.end, &id) > 0) return true;
  return tables->target_nouns.Longest(view.words, view.WordHash(s.begin), s.begin, &id) > s.end - s.begin;
}

// Whether the actor at `s` is named in an aside that lists who suffered
// ("killed 7 people, among them two police officers, and injured 11";
// "including four soldiers"): a count may stand between.
// The openers are data/extract/victim_list_openers.txt.
// (A handful of words, each with its HashBytes: the sentence's words come
// with theirs, so a word is turned away by comparing two integers, where a
// set hashed it again.)
bool InListOfVictims(const EventSentence& view, const MentionSpan& s) {
  static const auto* openers = [] {
    auto* list = new std::vector<std::pair<std::uint64_t, std::string>>();
    for (std::string_view line : DataLines(EmbeddedData("extract/victim_list_openers.txt"))) {
      if (std::none_of(list->begin(), list->end(), [&](const auto& o) { return o.second == line; })) {
        list->emplace_back(HashBytes(line), std::string(line));
      }
    }
    return list;
  }();
  for (std::uint32_t k = s.begin; k-- > 0 && k + 3 >= s.begin;) {
    const std::uint64_t hash = view.WordHash(k);
    for (const auto& [opener_hash, opener] : *openers) {
      if (opener_hash == hash && opener == view.words[k]) return true;
    }
  }
  return false;
}

// The last actor ending within `reach` words before `w`, in the same clause.
std::int32_t ActorBefore(const EventSentence& view, std::uint32_t w, std::uint32_t reach,
                         const EventTables* tables = nullptr) {
  for (std::size_t i = view.actors.size(); i-- > 0;) {
    const MentionSpan& s = view.actors[i];
    if (s.end > w || UsedAsPlace(view, s) || UsedAsFacility(view, s, tables)) continue;
    if (s.end + reach < w) return -1;
    if (BreakBetween(view, s.end, w)) return -1;
    if (InListOfVictims(view, s)) continue;
    return static_cast<std::int32_t>(i);
  }
  return -1;
}

// The actor whose words include the trigger's first word, or -1.
std::int32_t ActorAround(const EventSentence& view, const PhraseHit& trigger) {
  for (std::size_t a = 0; a < view.actors.size(); ++a) {
    const MentionSpan& s = view.actors[a];
    if (s.begin <= trigger.begin && trigger.begin < s.end) return static_cast<std::int32_t>(a);
  }
  return -1;
}

// A number starting at word `w` or the next: the object of a transitive
// casualty verb ("killed 4 people", "killing at least two").
bool CountFollows(const EventSentence& view, std::uint32_t w) {
  for (const MentionSpan& n : view.numbers) {
    if (n.begin == w || n.begin == w + 1) return true;
  }
  return false;
}

// A casualty phrase at words [begin, end) with a count after or inside it
// ("killed 5", "killed at least 23": the phrase takes in "at least").
bool CasualtyHasCount(const EventSentence& view, std::uint32_t begin, std::uint32_t end) {
  for (const MentionSpan& n : view.numbers) {
    if (n.begin > begin && n.begin <= end + 1) return true;
  }
  return false;
}

// "pressuring", "fighting": an -ing form, which no auxiliary makes passive.
bool IsIngForm(std::string_view word) { return word.size() > 4 && word.ends_with("ing"); }

// A modifier of a noun trigger stands in its noun phrase: "a Taliban mortar
// attack", not "soldiers died in the blast" (a preposition or a verb between
// them ends the phrase).
bool ModifiesNoun(const EventSentence& view, const MentionSpan& actor, std::uint32_t noun,
                  const EventTables& tables) {
  for (std::uint32_t w = actor.end; w < noun && w < view.size(); ++w) {
    if (tables.noun_phrase_breaks.contains(view.words[w])) return false;
  }
  return true;
}

// A casualty word or a passive auxiliary in words [from, to): what comes
// before it is a victim ("soldiers were killed in the blast", "died in").
// A casualty verb with a count after it is transitive ("killed 23
// civilians"): its subject acted.
bool SufferedBefore(const EventSentence& view, std::uint32_t from, std::uint32_t to, const EventTables& tables) {
  for (std::uint32_t w = from; w < to && w < view.size(); ++w) {
    std::uint32_t row = 0;
    const std::size_t n = tables.casualties.Longest(view.words, view.WordHash(w), w, &row);
    if (n > 0 && !CasualtyHasCount(view, w, static_cast<std::uint32_t>(w + n))) return true;
    if (tables.cues.Longest(view.words, view.WordHash(w), w, &row) > 0 && tables.cue_rows[row] == CueRole::kPassive) {
      return true;
    }
  }
  return false;
}

// The counted object of a casualty verb: "killed [at least 23] civilians".
// A word or two may stand between the count and the actor ("killed 15
// suspected ELN guerrillas", "two alleged Maoist cadres").
bool IsCasualtyObject(const EventSentence& view, const MentionSpan& actor, const EventTables& tables) {
  std::uint32_t w = actor.begin;
  for (const MentionSpan& n : view.numbers) {
    if (n.end > w || n.end + 2 < w) continue;
    bool joined = true;
    for (std::uint32_t k = n.end; k < w && joined; ++k) {
      joined = !view.IsPunct(k) && !view.IsClauseBreak(k) && !tables.noun_phrase_breaks.contains(view.words[k]);
    }
    if (joined) {
      w = n.begin;
      break;
    }
  }
  for (std::uint32_t k = w >= 3 ? w - 3 : 0; k < w; ++k) {
    std::uint32_t row = 0;
    if (tables.casualties.Longest(view.words, view.WordHash(k), k, &row) >= w - k) return true;
  }
  return false;
}

// Who did what a noun trigger names when no modifier says: the nearest
// actor before it in the clause that neither suffered ("soldiers died in the
// blast") nor is the counted object of a casualty verb.
std::int32_t AgentBefore(const EventSentence& view, std::uint32_t w, const EventTables& tables) {
  constexpr std::uint32_t kReach = 24;
  for (std::size_t i = view.actors.size(); i-- > 0;) {
    const MentionSpan& s = view.actors[i];
    if (s.end > w || UsedAsPlace(view, s) || UsedAsFacility(view, s, &tables)) continue;
    if (s.end + kReach < w) return -1;
    if (BreakBetween(view, s.end, w)) return -1;
    if (IsCasualtyObject(view, s, tables)) continue;
    if (SufferedBefore(view, s.end, w, tables)) return -1;
    return static_cast<std::int32_t>(i);
  }
  return -1;
}

// The subject of a verb at `w`: the nearest actor before it in the clause.
std::int32_t Subject(const EventSentence& view, std::uint32_t w, const EventTables& tables) {
  return ActorBefore(view, w, 24, &tables);
}

}  // namespace

FrameRoles AssignRoles(const EventSentence& view, const PhraseHit& trigger, const TriggerRow& row,
                       const std::vector<PhraseHit>& cues, const Casualties& casualties, const EventTables& tables) {
  FrameRoles roles;
  auto set1 = [&](std::int32_t a, RoleStrength s) {
    if (a >= 0 && s > roles.strength1 && a != roles.actor2) {
      roles.actor1 = a;
      roles.strength1 = s;
    }
  };
  auto set2 = [&](std::int32_t a, RoleStrength s) {
    if (a >= 0 && s > roles.strength2 && a != roles.actor1) {
      roles.actor2 = a;
      roles.strength2 = s;
    }
  };

  // Passive voice: an auxiliary right before the trigger ("were attacked",
  // "was reportedly abducted"). Before an -ing form the same auxiliary makes
  // the progressive ("have been pressuring", "were fighting"): still active.
  if (!IsIngForm(view.words[trigger.begin])) {
    for (const PhraseHit& cue : cues) {
      if (tables.cue_rows[cue.row] != CueRole::kPassive) continue;
      if (cue.end <= trigger.begin && trigger.begin - cue.end <= 1) roles.passive = true;
    }
  }
  const bool verbal_row = row.event_type.empty() && !row.decide_by_actors;
  // A verb trigger written as a noun after an article ("killed in an
  // ambush", "during the raid") has a noun's frame: its subject is no
  // agent ("two soldiers were killed in an ambush" were ambushed).
  // (One word only: a phrase such as "operation against" holds its own
  // preposition, which the verb frame reads.)
  Frame frame = row.frame;
  if (frame == Frame::kVerb && trigger.begin > 0 && trigger.end == trigger.begin + 1) {
    const std::string_view before = view.words[trigger.begin - 1];
    if (before == "a"sv || before == "an"sv || before == "the"sv) frame = Frame::kNoun;
  }
  const bool active_verb = !roles.passive && (frame == Frame::kVerb || frame == Frame::kSelf ||
                                              frame == Frame::kWith);
  const std::int32_t verb_subject = active_verb ? Subject(view, trigger.begin, tables) : -1;

  // Claims and attributions anywhere in the sentence.
  for (const PhraseHit& cue : cues) {
    CueRole role = tables.cue_rows[cue.row];
    if (role == CueRole::kUnclaimed) roles.unclaimed = true;
    if (role == CueRole::kClaim) {
      bool negated = cue.begin >= 1 && (view.words[cue.begin - 1] == "no"sv || view.words[cue.begin - 1] == "not"sv);
      // (Not for what the claimed attack answered: "claimed responsibility
      // and said it was in response to an Israeli airstrike".)
      const bool for_a_cause = cue.end <= trigger.begin && ToldAsCause(view, trigger.begin, tables);
      if (!negated && !for_a_cause) set1(Subject(view, cue.begin, tables), RoleStrength::kClaim);
    }
    if (role == CueRole::kAttribution) set1(ActorAfter(view, cue.end, kCueReach), RoleStrength::kClaim);
  }

  // Agents: "by X", "as a result of actions of X" — the first after the trigger, else any.
  // After an active verb of speech or diplomacy with a subject, a "by"
  // further on belongs to the verb's object ("the US rejected calls by Kofi
  // Annan", "condemned the attack by"), not to the verb. In reports of
  // violence "by" names the perpetrator ("killed following an ambush by X").
  for (const PhraseHit& cue : cues) {
    if (tables.cue_rows[cue.row] != CueRole::kAgent) continue;
    if (cue.begin < trigger.begin && cue.end + kCueReach < trigger.begin) continue;
    if (verbal_row && verb_subject >= 0 && cue.begin > trigger.end) continue;
    set1(ActorAfter(view, cue.end, kCueReach), RoleStrength::kStructure);
  }

  switch (frame) {
    case Frame::kNoun: {
      const std::int32_t modifier = ActorBefore(view, trigger.begin, kModifierReach);
      if (modifier >= 0 && ModifiesNoun(view, view.actors[modifier], trigger.begin, tables)) {
        set1(modifier, RoleStrength::kStructure);
      }
      // The trigger inside an actor's own name is that actor's act
      // ("Israeli warplanes", "coalition airstrikes").
      set1(ActorAround(view, trigger), RoleStrength::kStructure);
      for (const PhraseHit& cue : cues) {
        if (tables.cue_rows[cue.row] == CueRole::kTarget && cue.begin >= trigger.end && cue.begin <= trigger.end + 1) {
          set2(ActorAfter(view, cue.end, kCueReach), RoleStrength::kStructure);
        }
      }
      // "Taliban militants attacked ..." written with a verb form of a noun trigger.
      // Also "Afghan forces conducted operations with air support", but not
      // "five soldiers died in the blast" (a subject that suffered) nor the
      // counted victims of "ADF fighters killed 23 civilians in an attack".
      if (roles.actor1 < 0 && !roles.passive) set1(AgentBefore(view, trigger.begin, tables), RoleStrength::kStructure);
      break;
    }
    case Frame::kVerb:
    case Frame::kSelf:
    case Frame::kWith: {
      std::int32_t subject = roles.passive ? Subject(view, trigger.begin, tables) : verb_subject;
      if (roles.passive) {
        set2(subject, RoleStrength::kStructure);
      } else {
        set1(subject, RoleStrength::kStructure);
        if (frame == Frame::kVerb) {
          // A split verb phrase holds its object in the gap: "took 20
          // villagers hostage", "set the party office on fire".
          const std::int32_t in_gap =
              trigger.gap.empty() ? -1 : ActorAfter(view, trigger.gap.begin, trigger.gap.end - trigger.gap.begin - 1);
          set2(in_gap >= 0 ? in_gap : ActorAfter(view, trigger.end, kObjectReach), RoleStrength::kStructure);
        }
      }
      if (row.frame == Frame::kWith) {
        for (const PhraseHit& cue : cues) {
          if (tables.cue_rows[cue.row] != CueRole::kPartner) continue;
          if (view.words[cue.begin] == "with"sv && cue.begin >= trigger.begin) {
            set2(ActorAfter(view, cue.end, kCueReach), RoleStrength::kStructure);
          }
          // "X and Y clashed": the second of two joined subjects.
          if (view.words[cue.begin] == "and"sv && cue.end <= trigger.begin && roles.actor1 >= 0) {
            std::int32_t other = ActorAfter(view, cue.end, 2);
            if (other >= 0 && view.actors[other].end <= trigger.begin) {
              std::int32_t first = ActorBefore(view, cue.begin, 1);
              if (first >= 0) {
                roles.actor1 = first;
                set2(other, RoleStrength::kStructure);
              }
            }
          }
        }
        // "Clashes between X and Y", "firing between Indian and Pakistani
        // troops": the two sides, in the order written (the trigger may end
        // in "between" or be followed by it: "clashes erupted between", "a
        // clash broke out between", "a clash took place between").
        if (roles.actor1 < 0) {
          constexpr std::uint32_t kBetweenReach = 3;  // words after the trigger
          for (std::uint32_t w = trigger.end - 1; w <= trigger.end + kBetweenReach && w < view.size(); ++w) {
            if (view.words[w] != "between"sv) continue;
            const std::int32_t first = ActorAfter(view, w + 1, 3);
            if (first < 0) break;
            // The first side may end in a word the actor does not cover
            // ("Rapid Action Battalion members and ...").
            constexpr std::uint32_t kHeadReach = 2;
            for (std::uint32_t after = view.actors[first].end;
                 after < view.size() && after <= view.actors[first].end + kHeadReach; ++after) {
              const std::string_view word = view.words[after];
              if (view.IsClauseBreak(after) || StartsActor(view, after)) break;
              if (word != "and"sv) continue;
              set1(first, RoleStrength::kStructure);
              set2(ActorAfter(view, after + 1, 2), RoleStrength::kStructure);
              break;
            }
            break;
          }
        }
        // "met Y", "spoke to Y", "discussed ... with Y" — else the first actor after.
        if (roles.actor2 < 0) set2(ActorAfter(view, trigger.end, kObjectReach), RoleStrength::kVictim);
      }
      break;
    }
    case Frame::kVictim: {
      // The counted victims ("34 Taliban members ... were killed") before the
      // nearest actor, which may sit inside an "including ..." aside.
      if (casualties.victim_actor >= 0) set2(casualties.victim_actor, RoleStrength::kStructure);
      std::int32_t subject = Subject(view, trigger.begin, tables);
      // ", killing two children" after "struck a vehicle carrying
      // civilians": an actor right after a participle is its object, not the
      // subject of the clause the casualty verb goes on.
      while (subject >= 0) {
        const MentionSpan& s = view.actors[static_cast<std::size_t>(subject)];
        std::uint32_t before = s.begin;
        for (const MentionSpan& number : view.numbers) {
          if (number.end == before) before = number.begin;  // "carrying 30 pilgrims"
        }
        if (before == 0 || !IsIngForm(view.words[before - 1])) break;
        subject = ActorBefore(view, s.begin, 24, &tables);
      }
      if (roles.passive || view.words[trigger.begin] == "was"sv || view.words[trigger.begin] == "were"sv) {
        // ("Israel said five people were killed": the speaker is no victim.)
        if (subject >= 0 && ReportsBetween(view, view.actors[static_cast<std::size_t>(subject)].end, trigger.begin, tables)) {
          subject = -1;
        }
        set2(subject, RoleStrength::kStructure);
      } else {
        std::int32_t object = ActorAfter(view, trigger.end, 3);
        if (object >= 0) {
          set2(object, RoleStrength::kStructure);
          set1(subject, RoleStrength::kStructure);
        } else if (CountFollows(view, trigger.end) ||
                   (casualties.victim_word >= static_cast<std::int32_t>(trigger.end) &&
                    casualties.victim_word <= static_cast<std::int32_t>(trigger.end) + 2)) {
          // "aircraft killed 4 Iraqis", "gunmen killed a shopkeeper": the
          // victims counted right after the verb are its object.
          set1(subject, RoleStrength::kStructure);
        } else {
          set2(subject, RoleStrength::kVictim);  // "5 soldiers died"
        }
      }
      break;
    }
  }
  if (casualties.victim_actor >= 0) set2(casualties.victim_actor, RoleStrength::kVictim);
  // "Protesters clashed with police": a phrase that names whom its subject
  // met ("clashed with police") holds the second actor.
  if (row.frame == Frame::kSelf && roles.actor2 < 0) {
    for (std::size_t a = 0; a < view.actors.size(); ++a) {
      const MentionSpan& span = view.actors[a];
      if (span.begin > trigger.begin && span.end <= trigger.end && static_cast<std::int32_t>(a) != roles.actor1) {
        set2(static_cast<std::int32_t>(a), RoleStrength::kStructure);
        break;
      }
    }
  }
  // "An IED hit an Afghan military patrol", "attacked a police post": whose
  // post, base or vehicle was hit is the target when nothing else is.
  // (Only violence: a protest "at the party headquarters" has no target.)
  if (roles.actor2 < 0 && !verbal_row && row.event_type != "Protests"sv && row.event_type != "Riots"sv) {
    for (std::size_t a = 0; a < view.actors.size(); ++a) {
      const MentionSpan& span = view.actors[a];
      if (span.begin < trigger.end || static_cast<std::int32_t>(a) == roles.actor1) continue;
      if (UsedAsFacility(view, span, &tables)) {
        set2(static_cast<std::int32_t>(a), RoleStrength::kVictim);
        break;
      }
    }
  }
  return roles;
}

bool ToldAsCause(const EventSentence& view, std::uint32_t trigger, const EventTables& tables) {
  // "in response to an overnight Israeli airstrike that killed at least 41
  // Palestinians in Gaza and police brutality against demonstrators": the
  // rest of the clause tells causes.
  constexpr std::uint32_t kCauseReach = 24;
  const std::uint32_t from = trigger > kCauseReach ? trigger - kCauseReach : 0;
  std::uint32_t id = 0;
  for (std::uint32_t w = trigger; w-- > from;) {
    if (view.IsClauseBreak(w)) return false;
    const std::size_t n = tables.cause_markers.Longest(view.words, view.WordHash(w), w, &id);
    if (n != 0 && w + n <= trigger) return true;
  }
  return false;
}

std::int32_t SubjectOf(const EventSentence& view, std::uint32_t w, const EventTables& tables) {
  return Subject(view, w, tables);
}

std::int32_t ClaimedActor(const EventSentence& view, const std::vector<PhraseHit>& cues, const EventTables& tables) {
  for (const PhraseHit& cue : cues) {
    CueRole role = tables.cue_rows[cue.row];
    if (role == CueRole::kClaim) {
      bool negated = cue.begin >= 1 && (view.words[cue.begin - 1] == "no"sv || view.words[cue.begin - 1] == "not"sv);
      std::int32_t a = negated ? -1 : Subject(view, cue.begin, tables);
      if (a >= 0) return a;
    }
    if (role == CueRole::kAttribution) {
      std::int32_t a = ActorAfter(view, cue.end, kCueReach);
      if (a >= 0) return a;
    }
  }
  return -1;
}

}  // namespace sitrep::extract
