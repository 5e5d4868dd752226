#include "extract/casualty_counter.h"

#include <string_view>
#include <algorithm>
#include <limits>

namespace sitrep::extract {

// Comparisons of std::string words and fields with literals are written
// against string_view literals: a length test and a memcmp, where
// std::string == const char* calls strlen and compare() every time.
using namespace std::string_view_literals;
namespace {

constexpr std::uint32_t kPersonLookahead = 4;  // words between a count and its noun ("Afghan security personnel")
constexpr std::uint32_t kTollReach = 6;  // words between "death toll" and its count ("rose to", "from the blast")
// Further on, only a count the toll's verb leads to (toll_verbs.txt): "the death toll from
// Friday's suicide bombing at a mosque in Peshawar has risen to 63".
constexpr std::uint32_t kTollFarReach = 18;

constexpr std::int64_t kMaxCount = 1000000;
constexpr std::uint32_t kNamedVictimReach = 10;  // "killing the Taliban district governor and 3 other militants"

bool IsAux(std::string_view w) {
  return w == "were"sv || w == "was"sv || w == "are"sv || w == "is"sv || w == "had"sv || w == "have"sv ||
         w == "has"sv ||
         w == "been"sv || w == "reportedly"sv || w == "also"sv || w == "all"sv;
}

bool IsArticleOne(std::string_view w) { return w == "a"sv || w == "an"sv || w == "one"sv || w == "another"sv; }

// A form of "be" (or a word that sits between it and the participle) before a
// casualty word makes it passive: "were killed", "was reportedly wounded".
// "have killed 26" is active: the perfect takes its count after the verb.
bool IsPassiveMarker(std::string_view w) {
  return w == "were"sv || w == "was"sv || w == "are"sv || w == "is"sv || w == "been"sv || w == "be"sv ||
         w == "being"sv ||
         w == "reportedly"sv || w == "also"sv || w == "all"sv || w == "got"sv;
}

struct Scan {
  const Document& doc;
  const EventSentence& view;
  const EventTables& tables;
  // Per word (all five in one per-thread buffer, `per_word`):
  std::int32_t* number_at;    // index into view.numbers of the number starting there, -1
  std::int32_t* number_over;  // index into view.numbers of the number covering it, -1
  std::int32_t* actor_at;     // index into view.actors covering it, -1
  std::int32_t* casualty_at;  // index into casualty hits starting there, -1
  std::int32_t* used;         // 1 when the word was already counted, else 0
  std::vector<PhraseHit>& hits;  // the casualty words: a per-thread buffer

  // The count at words [k, after) reads "and N other(s)" / "along with N
  // other(s)" with something named before it since `from`: the named one is
  // a further victim.
  bool NamedBeforeOthers(std::uint32_t k, std::uint32_t after, std::uint32_t from) const {
    if (k < from + 2 || after >= view.size()) return false;
    std::string_view next = view.words[after];
    if (next != "other"sv && next != "others"sv) return false;
    std::string_view joiner = view.words[k - 1];
    if (joiner != "and"sv && !(joiner == "with"sv && view.words[k - 2] == "along"sv)) return false;
    bool named = false;
    for (std::uint32_t w = from; w + 1 < k; ++w) {
      if (number_at[w] >= 0 || view.IsClauseBreak(w)) return false;
      named = named || !view.IsPunct(w);
    }
    return named;
  }

  // Words [w, ...) after a count: is a person named within reach? Sets *row
  // to the person noun found (nullptr for actor/verb), *actor to the actor.
  bool PersonAfter(std::uint32_t w, std::uint32_t limit, const PersonNounRow** row, std::int32_t* actor) const {
    *row = nullptr;
    *actor = -1;
    std::uint32_t reach = w + kPersonLookahead;
    for (std::uint32_t k = w; k < limit && k < reach; ++k) {
      // Scare quotes around the noun ("3 'Arbakis' were killed") are no break.
      if (view.kinds[k] == TokenKind::kQuote) {
        ++reach;
        continue;
      }
      if (view.IsClauseBreak(k) || view.words[k] == ","sv) return false;
      if (number_at[k] >= 0 && k != w) return false;
      // "two groups of villagers": the count is of groups, not of people.
      if (tables.collective_nouns.contains(view.words[k])) return false;
      std::uint32_t id = 0;
      if (const std::uint32_t len = tables.person_nouns.Longest(view.words, view.WordHash(k), k, &id); len > 0) {
        // "two militant groups": the noun modifies a count of groups.
        if (k + len < limit && tables.collective_nouns.contains(view.words[k + len])) return false;
        *row = &tables.person_rows[id];
        *actor = actor_at[k];
        // "three members of the SDF", "four fighters of al-Shabaab": the
        // people are the actor named after "of" (the noun alone may be an
        // unidentified group's mention).
        const std::uint32_t of = k + len;
        if (of + 1 < view.size() && view.words[of] == "of"sv) {
          std::uint32_t named = of + 1;
          if (named + 1 < view.size() && view.words[named] == "the"sv) ++named;
          if (actor_at[named] >= 0) *actor = actor_at[named];
        }
        return true;
      }
      if (actor_at[k] >= 0) {
        *actor = actor_at[k];
        // An actor that is itself people ("Taliban", "protesters") counts;
        // keep looking for a noun right after it ("Taliban members").
        std::uint32_t after = k;
        while (after < view.size() && actor_at[after] == actor_at[k]) ++after;
        // "two rival clans", "two militant groups": an actor named by a
        // collective noun, or one before it, counts groups. (Not a name that
        // ends in one: "a Special Operations Group SPO", "a Bharatiya Janata
        // Party worker".)
        const std::uint32_t last = after - 1;
        const Token& last_token = doc.tokens[view.token[last]];
        const bool name = last_token.end > last_token.start && doc.text[last_token.start] >= 'A' &&
                          doc.text[last_token.start] <= 'Z';
        if (!name && tables.collective_nouns.contains(view.words[last])) return false;
        if (after < limit && tables.collective_nouns.contains(view.words[after])) return false;
        // "a military base", "two police vehicles": the actor owns a thing.
        if (after < view.size() && tables.target_nouns.Longest(view.words, view.WordHash(after), after, &id) > 0) return false;
        if (after < limit && tables.person_nouns.Longest(view.words, view.WordHash(after), after, &id) > 0) *row = &tables.person_rows[id];
        return true;
      }
      if (casualty_at[k] >= 0 || IsAux(view.words[k])) return k == w || k == w + 1;
    }
    return false;
  }
};

}  // namespace

// CountCasualties keeps its per-word buffer between calls up to this size.
constexpr std::size_t kKeptWords = 1 << 16;

Casualties CountCasualties(const Document& doc, const EventSentence& view, const EventTables& tables) {
  Casualties out;
  const std::uint32_t n = static_cast<std::uint32_t>(view.size());
  // Kept per thread: asked of most sentences with a trigger, and two
  // allocations a sentence cost more than filling them. Every call fills
  // all of it afresh (-1, and 0 for `used`) before reading it.
  thread_local std::vector<std::int32_t> per_word;
  thread_local std::vector<PhraseHit> casualty_hits;
  // A sentence of a million words leaves no 20 MB buffer behind.
  struct ReleaseIfLarge {
    ~ReleaseIfLarge() {
      if (per_word.capacity() > kKeptWords) std::vector<std::int32_t>().swap(per_word);
      if (casualty_hits.capacity() > kKeptWords) std::vector<PhraseHit>().swap(casualty_hits);
    }
  } release_if_large;
  // (Sized once and filled with std::fill_n: assign then resize went through
  // two out-of-line fills.)
  per_word.resize(5 * static_cast<std::size_t>(n));
  std::fill_n(per_word.data(), 4 * static_cast<std::size_t>(n), -1);
  std::fill_n(per_word.data() + 4 * static_cast<std::size_t>(n), n, 0);
  Scan scan{doc,
            view,
            tables,
            per_word.data(),
            per_word.data() + n,
            per_word.data() + 2 * static_cast<std::size_t>(n),
            per_word.data() + 3 * static_cast<std::size_t>(n),
            per_word.data() + 4 * static_cast<std::size_t>(n),
            casualty_hits};
  for (std::size_t i = 0; i < view.numbers.size(); ++i) {
    if (view.numbers[i].begin < n) scan.number_at[view.numbers[i].begin] = static_cast<std::int32_t>(i);
    for (std::uint32_t w = view.numbers[i].begin; w < view.numbers[i].end && w < n; ++w) {
      scan.number_over[w] = static_cast<std::int32_t>(i);
    }
  }
  for (std::size_t i = 0; i < view.actors.size(); ++i) {
    for (std::uint32_t w = view.actors[i].begin; w < view.actors[i].end && w < n; ++w) {
      scan.actor_at[w] = static_cast<std::int32_t>(i);
    }
  }
  FindPhrasesInto(tables.casualties, view, scan.hits);
  for (std::size_t i = 0; i < scan.hits.size(); ++i) scan.casualty_at[scan.hits[i].begin] = static_cast<std::int32_t>(i);

  auto value_of = [&](std::int32_t number) -> std::int64_t {
    const NumberMention& m = doc.numbers[view.numbers[static_cast<std::size_t>(number)].index];
    return std::clamp<std::int64_t>(m.value, 0, kMaxCount);
  };
  auto number_end = [&](std::int32_t number) { return view.numbers[static_cast<std::size_t>(number)].end; };

  std::int64_t dead = 0, hurt = 0;
  bool have_dead = false, have_hurt = false;
  auto note_victims = [&](std::uint32_t word, const PersonNounRow* row, std::int32_t actor) {
    if (out.victim_word >= 0) return;
    out.victim_word = static_cast<std::int32_t>(word);
    out.victim_row = row;
    out.victim_actor = actor;
    if (row != nullptr) out.victim_group = row->group;
  };

  std::uint32_t segment_start = 0;  // counts before a casualty word start here
  for (std::size_t h = 0; h < scan.hits.size(); ++h) {
    const PhraseHit& hit = scan.hits[h];
    CasualtyKind kind = tables.casualty_rows[hit.row];
    if (kind == CasualtyKind::kSubset || kind == CasualtyKind::kOthers || kind == CasualtyKind::kUnknown) continue;
    out.any = true;
    bool is_death = kind == CasualtyKind::kDeath || kind == CasualtyKind::kDeathNoun ||
                    kind == CasualtyKind::kDeathToll || kind == CasualtyKind::kSelfDeath;
    bool is_wound = kind == CasualtyKind::kWound || kind == CasualtyKind::kWoundToll;
    std::int64_t sum = 0;
    bool found = false;

    if (kind == CasualtyKind::kSelfDeath) {
      dead += 1;
      have_dead = true;
      segment_start = hit.end;
      continue;
    }

    // Active use or toll: a count right after the word ("killing 5 people",
    // "the death toll rose to 12"), parts joined by "and" summed.
    // A passive form ("were killed", "was wounded") takes no count after it.
    bool passive_form =
        IsPassiveMarker(view.words[hit.begin]) || (hit.begin >= 1 && IsPassiveMarker(view.words[hit.begin - 1]));
    bool toll_kind = kind == CasualtyKind::kDeathToll || kind == CasualtyKind::kWoundToll;
    if (((kind == CasualtyKind::kDeath || kind == CasualtyKind::kWound) && !passive_form) || toll_kind) {
      // The count follows the verb directly ("killing 5", "killed at least
      // 3"); a toll may put a few words between ("rose to 12").
      std::uint32_t reach = toll_kind ? kTollFarReach : 1;
      // "23 wounded people": a toll noun phrase with its count before it.
      if (toll_kind && hit.begin >= 1 && scan.number_over[hit.begin - 1] >= 0 &&
          number_end(scan.number_over[hit.begin - 1]) == hit.begin) {
        sum = value_of(scan.number_over[hit.begin - 1]);
        found = true;
        reach = 0;
      }
      for (std::uint32_t k = hit.end; k < n && k < hit.end + reach; ++k) {
        if (view.IsClauseBreak(k)) break;
        // The next casualty word owns the counts after it.
        if (k > hit.end && scan.casualty_at[k] >= 0 &&
            tables.casualty_rows[scan.hits[scan.casualty_at[k]].row] != CasualtyKind::kOthers) {
          break;
        }
        // "killing at least 12": the phrase may end inside the count.
        std::int32_t number = scan.number_at[k];
        if (number < 0 && k == hit.end && scan.number_over[k] >= 0) number = scan.number_over[k];
        if (number < 0) continue;
        if (k >= hit.end + kTollReach && !tables.toll_verbs.contains(view.words[k - 1])) continue;
        const PersonNounRow* row = nullptr;
        std::int32_t actor = -1;
        std::uint32_t after = number_end(number);
        bool toll = kind == CasualtyKind::kDeathToll || kind == CasualtyKind::kWoundToll;
        // After an active casualty verb a bare count means people ("wounding
        // 15.", "killed 3 in the raid").
        bool bare = after >= n || view.IsClauseBreak(after) || view.words[after] == ","sv ||
                    view.words[after] == "and"sv || view.words[after] == "in"sv || view.words[after] == "on"sv ||
                    view.words[after] == "at"sv || view.words[after] == "near"sv || view.words[after] == "during"sv;
        // A count of groups or places ("the attack on 3 villages") is no toll.
        if (toll && after < n && tables.collective_nouns.contains(view.words[after])) continue;
        // A toll ("killing at least 12 people") needs no noun, but one
        // after it still says who the victims were.
        if (!bare && !scan.PersonAfter(after, n, &row, &actor) && !toll) break;
        sum += value_of(number);
        found = true;
        note_victims(after, row, actor);
        for (std::uint32_t u = k; u < after; ++u) scan.used[u] = 1;
        // "killing two soldiers and a civilian"
        std::uint32_t j = after;
        while (j < n && j < after + kPersonLookahead + 2 && !view.IsClauseBreak(j) && scan.casualty_at[j] < 0) {
          if (view.words[j] == "and"sv && j + 1 < n) {
            if (scan.number_at[j + 1] >= 0 && scan.PersonAfter(number_end(scan.number_at[j + 1]), n, &row, &actor)) {
              sum += value_of(scan.number_at[j + 1]);
              after = number_end(scan.number_at[j + 1]);
              for (std::uint32_t u = j + 1; u < after; ++u) scan.used[u] = 1;
              j = after;
              continue;
            }
            if (IsArticleOne(view.words[j + 1]) && scan.PersonAfter(j + 2, n, &row, &actor)) {
              sum += 1;
              j += 2;
              continue;
            }
          }
          ++j;
        }
        break;
      }
      // "killing the district governor and 3 other militants": N + 1.
      // The object must start right after the verb ("killing the ...", not
      // "died while ... with 30 others").
      const bool object_follows =
          hit.end < n && (scan.actor_at[hit.end] >= 0 || view.words[hit.end] == "the"sv ||
                          view.words[hit.end] == "his"sv ||
                          view.words[hit.end] == "her"sv || view.words[hit.end] == "their"sv);
      if (!found && !toll_kind && object_follows) {
        for (std::uint32_t k = hit.end + 1; k < n && k < hit.end + kNamedVictimReach; ++k) {
          if (view.IsClauseBreak(k)) break;
          const std::int32_t other_hit = scan.casualty_at[k];
          if (other_hit >= 0 && tables.casualty_rows[scan.hits[other_hit].row] != CasualtyKind::kOthers) break;
          if (scan.number_at[k] < 0) continue;
          std::uint32_t after = number_end(scan.number_at[k]);
          if (scan.NamedBeforeOthers(k, after, hit.end)) {
            sum = value_of(scan.number_at[k]) + 1;
            found = true;
            for (std::uint32_t u = k; u < after; ++u) scan.used[u] = 1;
          }
          break;
        }
      }
      // "killed a civilian", "wounding one policeman": one person.
      if (!found && !toll_kind && hit.end + 1 < n && IsArticleOne(view.words[hit.end]) && scan.number_at[hit.end] < 0) {
        const PersonNounRow* row = nullptr;
        std::int32_t actor = -1;
        if (scan.PersonAfter(hit.end + 1, n, &row, &actor) && (row != nullptr || actor >= 0)) {
          sum = 1;
          found = true;
          note_victims(hit.end + 1, row, actor);
          scan.used[hit.end] = 1;
        }
      }
    }

    // Passive/intransitive or noun: counts before the word in its segment.
    if (!found && kind != CasualtyKind::kDeathToll && kind != CasualtyKind::kWoundToll) {
      bool subset = false;
      std::uint32_t from = segment_start;
      for (std::uint32_t k = from; k < hit.begin; ++k) {
        if (scan.casualty_at[k] >= 0 && tables.casualty_rows[scan.hits[scan.casualty_at[k]].row] == CasualtyKind::kSubset) {
          subset = true;
        }
        if (view.words[k] == ";"sv) subset = false;
        if (subset || scan.used[k]) continue;
        if (scan.number_at[k] >= 0) {
          std::uint32_t after = number_end(scan.number_at[k]);
          const PersonNounRow* row = nullptr;
          std::int32_t actor = -1;
          bool direct = after == hit.begin || (after < hit.begin && IsAux(view.words[after]) &&
                                               (after + 1 == hit.begin || IsAux(view.words[after + 1])));
          // "40 people were arrested and two were shot dead": a count with
          // a passive verb of its own, coordinated with the casualty word's
          // own count ("were V-ed and M ..."), is that verb's, not a
          // casualty figure.
          bool own_verb = false;
          for (std::uint32_t u = after; u + 3 < hit.begin && !own_verb; ++u) {
            own_verb = (view.words[u] == "were"sv || view.words[u] == "was"sv) && !IsAux(view.words[u + 1]) &&
                       scan.casualty_at[u + 1] < 0 && view.words[u + 2] == "and"sv && scan.number_at[u + 3] >= 0;
          }
          if (own_verb) {
            k = after - 1;
            continue;
          }
          if (direct || scan.PersonAfter(after, hit.begin + 1, &row, &actor)) {
            // "The commander and 5 other militants were killed": the one
            // named before "and N others" is one more.
            // Only in the sentence's first casualty segment: after "were
            // killed, and 3 others were injured" the others are not a name.
            if (!found && segment_start == 0 && scan.NamedBeforeOthers(k, after, 0)) sum += 1;
            sum += value_of(scan.number_at[k]);
            found = true;
            note_victims(after, row, actor);
            for (std::uint32_t u = k; u < after; ++u) scan.used[u] = 1;
          }
          k = after - 1;
          continue;
        }
        if (scan.casualty_at[k] >= 0 &&
            tables.casualty_rows[scan.hits[scan.casualty_at[k]].row] == CasualtyKind::kUnknown) {
          k = scan.hits[scan.casualty_at[k]].end - 1;  // "an unknown number of militants": no figure
          continue;
        }
        // ("members of a family": an article after "of" counts no one.)
        if (IsArticleOne(view.words[k]) && kind != CasualtyKind::kDeathNoun && !(k > 0 && view.words[k - 1] == "of"sv)) {
          const PersonNounRow* row = nullptr;
          std::int32_t actor = -1;
          if (scan.PersonAfter(k + 1, hit.begin + 1, &row, &actor) && (row != nullptr || actor >= 0)) {
            sum += 1;
            found = true;
            note_victims(k + 1, row, actor);
            scan.used[k] = 1;
          }
        }
      }
      // "Head Constable X was killed", "the attacker was killed": one.
      if (!found && (kind == CasualtyKind::kDeath || kind == CasualtyKind::kWound)) {
        if (hit.begin > segment_start && hit.begin >= 1 && view.words[hit.begin - 1] == "was"sv) {
          sum = 1;
          found = true;
        } else if (view.words[hit.begin] == "was"sv) {  // phrase "was killed"
          sum = 1;
          found = true;
        }
      }
    }
    segment_start = hit.end;
    if (kind == CasualtyKind::kBoth || !found) continue;
    if (is_death) {
      dead += sum;
      have_dead = true;
    } else if (is_wound) {
      hurt += sum;
      have_hurt = true;
    }
  }
  if (have_dead) out.fatalities = static_cast<int>(std::min<std::int64_t>(dead, kMaxCount));
  if (have_hurt) out.wounded = static_cast<int>(std::min<std::int64_t>(hurt, kMaxCount));
  return out;
}

}  // namespace sitrep::extract
