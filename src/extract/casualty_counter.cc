#include "extract/casualty_counter.h"

#include <algorithm>
#include <limits>

namespace sitrep::extract {
namespace {

constexpr std::uint32_t kPersonLookahead = 4;  // words between a count and its noun ("Afghan security personnel")
constexpr std::uint32_t kTollReach = 6;  // words between "death toll" and its count ("rose to", "from the blast")
constexpr std::int64_t kMaxCount = 1000000;

bool IsAux(const std::string& w) {
  return w == "were" || w == "was" || w == "are" || w == "is" || w == "had" || w == "have" || w == "has" ||
         w == "been" || w == "reportedly" || w == "also" || w == "all";
}

bool IsArticleOne(const std::string& w) { return w == "a" || w == "an" || w == "one" || w == "another"; }

struct Scan {
  const Document& doc;
  const EventSentence& view;
  const EventTables& tables;
  std::vector<std::int32_t> number_at;  // word -> index into view.numbers of the number starting there, -1
  std::vector<std::int32_t> actor_at;   // word -> index into view.actors covering it, -1
  std::vector<std::uint8_t> used;       // word already counted
  std::vector<std::int32_t> casualty_at;  // word -> index into casualty hits starting there, -1
  std::vector<PhraseHit> hits;

  // Words [w, ...) after a count: is a person named within reach? Sets *row
  // to the person noun found (nullptr for actor/verb), *actor to the actor.
  bool PersonAfter(std::uint32_t w, std::uint32_t limit, const PersonNounRow** row, std::int32_t* actor) const {
    *row = nullptr;
    *actor = -1;
    for (std::uint32_t k = w; k < limit && k < w + kPersonLookahead; ++k) {
      if (view.IsClauseBreak(k) || view.words[k] == ",") return false;
      if (number_at[k] >= 0 && k != w) return false;
      std::uint32_t id = 0;
      if (tables.person_nouns.Longest(view.words, k, &id) > 0) {
        *row = &tables.person_rows[id];
        if (actor_at[k] >= 0) *actor = actor_at[k];
        return true;
      }
      if (actor_at[k] >= 0) {
        *actor = actor_at[k];
        // An actor that is itself people ("Taliban", "protesters") counts;
        // keep looking for a noun right after it ("Taliban members").
        std::uint32_t after = k;
        while (after < view.size() && actor_at[after] == actor_at[k]) ++after;
        if (after < limit && tables.person_nouns.Longest(view.words, after, &id) > 0) *row = &tables.person_rows[id];
        return true;
      }
      if (casualty_at[k] >= 0 || IsAux(view.words[k])) return k == w || k == w + 1;
    }
    return false;
  }
};

}  // namespace

Casualties CountCasualties(const Document& doc, const EventSentence& view, const EventTables& tables) {
  Casualties out;
  const std::uint32_t n = static_cast<std::uint32_t>(view.size());
  Scan scan{doc, view, tables, std::vector<std::int32_t>(n, -1), std::vector<std::int32_t>(n, -1),
            std::vector<std::uint8_t>(n, 0), std::vector<std::int32_t>(n, -1), {}};
  for (std::size_t i = 0; i < view.numbers.size(); ++i) {
    if (view.numbers[i].begin < n) scan.number_at[view.numbers[i].begin] = static_cast<std::int32_t>(i);
  }
  for (std::size_t i = 0; i < view.actors.size(); ++i) {
    for (std::uint32_t w = view.actors[i].begin; w < view.actors[i].end && w < n; ++w) {
      scan.actor_at[w] = static_cast<std::int32_t>(i);
    }
  }
  scan.hits = FindPhrases(tables.casualties, view);
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
    if (kind == CasualtyKind::kSubset || kind == CasualtyKind::kOthers) continue;
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
    bool passive_form = IsAux(view.words[hit.begin]) || (hit.begin >= 1 && IsAux(view.words[hit.begin - 1]));
    bool toll_kind = kind == CasualtyKind::kDeathToll || kind == CasualtyKind::kWoundToll;
    if (((kind == CasualtyKind::kDeath || kind == CasualtyKind::kWound) && !passive_form) || toll_kind) {
      // The count follows the verb directly ("killing 5", "killed at least
      // 3"); a toll may put a few words between ("rose to 12").
      std::uint32_t reach = toll_kind ? kTollReach : 1;
      for (std::uint32_t k = hit.end; k < n && k < hit.end + reach; ++k) {
        if (view.IsClauseBreak(k)) break;
        if (scan.number_at[k] < 0) continue;
        const PersonNounRow* row = nullptr;
        std::int32_t actor = -1;
        std::uint32_t after = number_end(scan.number_at[k]);
        bool toll = kind == CasualtyKind::kDeathToll || kind == CasualtyKind::kWoundToll;
        // After an active casualty verb a bare count means people ("wounding
        // 15.", "killed 3 in the raid").
        bool bare = after >= n || view.IsClauseBreak(after) || view.words[after] == "," ||
                    view.words[after] == "and" || view.words[after] == "in" || view.words[after] == "on" ||
                    view.words[after] == "at" || view.words[after] == "near" || view.words[after] == "during";
        if (!toll && !bare && !scan.PersonAfter(after, n, &row, &actor)) break;
        sum += value_of(scan.number_at[k]);
        found = true;
        note_victims(after, row, actor);
        for (std::uint32_t u = k; u < after; ++u) scan.used[u] = 1;
        // "killing two soldiers and a civilian"
        std::uint32_t j = after;
        while (j < n && j < after + kPersonLookahead + 2 && !view.IsClauseBreak(j) && scan.casualty_at[j] < 0) {
          if (view.words[j] == "and" && j + 1 < n) {
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
    }

    // Passive/intransitive or noun: counts before the word in its segment.
    if (!found && kind != CasualtyKind::kDeathToll && kind != CasualtyKind::kWoundToll) {
      bool subset = false;
      std::uint32_t from = segment_start;
      for (std::uint32_t k = from; k < hit.begin; ++k) {
        if (scan.casualty_at[k] >= 0 && tables.casualty_rows[scan.hits[scan.casualty_at[k]].row] == CasualtyKind::kSubset) {
          subset = true;
        }
        if (view.words[k] == ";") subset = false;
        if (subset || scan.used[k]) continue;
        if (scan.number_at[k] >= 0) {
          std::uint32_t after = number_end(scan.number_at[k]);
          const PersonNounRow* row = nullptr;
          std::int32_t actor = -1;
          bool direct = after == hit.begin || (after < hit.begin && IsAux(view.words[after]) &&
                                               (after + 1 == hit.begin || IsAux(view.words[after + 1])));
          if (direct || scan.PersonAfter(after, hit.begin + 1, &row, &actor)) {
            sum += value_of(scan.number_at[k]);
            found = true;
            note_victims(after, row, actor);
            for (std::uint32_t u = k; u < after; ++u) scan.used[u] = 1;
          }
          k = after - 1;
          continue;
        }
        if (IsArticleOne(view.words[k]) && kind != CasualtyKind::kDeathNoun) {
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
        if (hit.begin > segment_start && hit.begin >= 1 && view.words[hit.begin - 1] == "was") {
          sum = 1;
          found = true;
        } else if (view.words[hit.begin] == "was") {  // phrase "was killed"
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
