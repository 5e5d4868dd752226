#include "lexicon/actor_recognizer.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/data.h"
#include "lexicon/actor_words.h"
#include "lexicon/person_names.h"

namespace sitrep::lexicon {
namespace {

// Comparisons with literals as "..."sv: std::string == const char* calls
// strlen and compare each time.
using namespace std::string_view_literals;

// The hits of every item of a document live in one per-thread pool (an
// item's own vector was one allocation per matched phrase): while matching,
// an item knows them by position in the pool; once the document's matching
// is done, by a span (the pool no longer grows).
using HitRef = std::reference_wrapper<const PhraseHit>;

// A dictionary match in one sentence: words [first, last], the hits that
// survived the case and home-country checks, and the one chosen.
struct Item {
  std::size_t first = 0, last = 0;
  std::uint32_t hits_begin = 0, hits_count = 0;  // in the pool, while matching
  std::span<HitRef> hits;  // into the pool, after matching; into the dictionary
  const PhraseHit* hit = nullptr;  // the chosen reading
};

struct SentenceMatches {
  std::uint32_t sentence = 0;
  std::vector<ActorWord> words;
  std::vector<Item> items;
};

// Per-mention facts the coreference steps need that ActorMention does not carry.
struct MentionInfo {
  std::string person_id;  // people.tsv id ("" for a name the dictionary lacks)
  std::string org_id;     // organisation id, or "state:XX" for a state's government/forces
  bool head = false;      // the person's role heads the organisation
  char gender = 0;
};

// Coreference looks back at most this many mentions, which keeps Annotate
// linear on very long documents; an antecedent further back is rare.
constexpr std::size_t kLookBack = 256;

std::size_t LookBackStart(std::size_t size) { return size > kLookBack ? size - kLookBack : 0; }

// Words after a state name that make it say where someone or something comes
// from ("the Chinese embassy", "a Japanese-owned factory"), as phrases of
// normalised actor words; data/actors/origin_words.txt.
class OriginWords {
 public:
  static const OriginWords& Default() {
    static const OriginWords* words = new OriginWords(EmbeddedData("actors/origin_words.txt"));
    return *words;
  }

  explicit OriginWords(std::string_view file) {
    for (std::string_view line : DataLines(file)) {
      std::vector<ActorWord> words = SplitActorWords(line);
      if (words.empty()) continue;
      std::string key;
      for (const ActorWord& w : words) {
        if (!key.empty()) key.push_back(' ');
        key += w.norm;
      }
      max_words_ = std::max(max_words_, words.size());
      phrases_.insert(std::move(key));
    }
  }

  // True if words[i...] start with a listed phrase.
  bool StartsAt(const std::vector<ActorWord>& words, std::size_t i) const {
    std::string key;
    for (std::size_t n = 0; n < max_words_ && i + n < words.size(); ++n) {
      if (n > 0) key.push_back(' ');
      key += words[i + n].norm;
      if (phrases_.count(key) > 0) return true;
    }
    return false;
  }

 private:
  std::unordered_set<std::string> phrases_;
  std::size_t max_words_ = 0;
};

int PublishedYear(const Document& doc) {
  const std::string& p = doc.meta.published;
  if (p.size() < 4) return 0;
  int year = 0;
  for (int i = 0; i < 4; ++i) {
    if (p[static_cast<std::size_t>(i)] < '0' || p[static_cast<std::size_t>(i)] > '9') return 0;
    year = year * 10 + (p[static_cast<std::size_t>(i)] - '0');
  }
  return year;
}

bool InPost(const PersonEntry& p, int year) {
  return year == 0 || ((p.from == 0 || p.from <= year) && (p.to == 0 || year <= p.to));
}

// Lower rank wins when one phrase has several readings.
int KindRank(const PhraseHit& h) {
  switch (h.kind) {
    case ActorKind::kPerson: return h.full_name ? 0 : 7;
    case ActorKind::kOrganization: return 1;
    case ActorKind::kState: return 2;
    case ActorKind::kDemonym: return 3;
    case ActorKind::kRole: return 4;
    case ActorKind::kSector: return 5;
    case ActorKind::kDescriptor: return 6;
    case ActorKind::kCapital: return 8;
  }
  return 9;
}

class Annotator {
 public:
  Annotator(const ActorDictionary& dict, Document& doc)
      : dict_(dict),
        doc_(doc),
        year_(PublishedYear(doc)),
        sentences_(Scratch().sentences),
        key_(Scratch().key),
        longest_(Scratch().longest),
        blocked_(Scratch().blocked),
        info_(Scratch().info) {
    sentences_.clear();  // (emptied by the last Annotator already)
    info_.clear();
    // A long document's buffers are not kept for the next one.
    if (key_.capacity() > kKeptKeyCapacity) std::string().swap(key_);
    if (longest_.capacity() > kKeptWordCapacity) std::vector<Item>().swap(longest_);
    if (blocked_.capacity() > kKeptKeyCapacity) std::vector<bool>().swap(blocked_);
  }
  // Hands the sentences' word and item vectors back to this thread's spares.
  ~Annotator() {
    std::vector<std::vector<ActorWord>>& spare = SpareWordVectors();
    std::vector<std::vector<Item>>& spare_items = Scratch().spare_items;
    for (SentenceMatches& s : sentences_) {
      if (spare.size() < kKeptWordVectors && s.words.capacity() <= kKeptWordCapacity) {
        spare.push_back(std::move(s.words));
      }
      if (spare_items.size() < kKeptWordVectors && s.items.capacity() != 0 &&
          s.items.capacity() <= kKeptWordCapacity) {
        s.items.clear();
        spare_items.push_back(std::move(s.items));
      }
    }
    sentences_.clear();
    info_.clear();
    if (sentences_.capacity() > kKeptWordCapacity) std::vector<SentenceMatches>().swap(sentences_);
    if (info_.capacity() > kKeptWordCapacity) std::vector<MentionInfo>().swap(info_);
  }

  void Run() {
    Match();
    const std::string main = ComputeMainCountry();
    main_state_ = dict_.StateIndex(main);
    doc_.main_country.clear();
    doc_.main_country_name.clear();
    if (main_state_ >= 0) {
      doc_.main_country = main;
      doc_.main_country_name = dict_.states()[static_cast<std::size_t>(main_state_)].name;
    }
    // Each item yields at most one mention and each sentence at most one
    // pronoun: reserved once, the mentions are never moved by regrowth.
    std::size_t bound = sentences_.size();
    for (const SentenceMatches& s : sentences_) bound += s.items.size();
    doc_.actors.reserve(bound);
    info_.reserve(bound);
    for (SentenceMatches& s : sentences_) {
      Filter(s);
      Compose(s);
    }
  }

  std::string ComputeMainCountry() const {
    // iso2 -> (count, first seen order). A document names a handful of
    // countries: a small vector searched linearly, not a map of allocated
    // nodes. (The choice below does not depend on the entries' order: the
    // first seen orders are distinct.)
    // (Both vectors below are this thread's, kept between documents.)
    std::vector<std::pair<std::string_view, std::pair<int, std::size_t>>>& votes = Scratch().votes;
    votes.clear();
    const auto vote_for = [&votes](std::string_view country) -> std::pair<int, std::size_t>& {
      for (auto& [c, v] : votes) {
        if (c == country) return v;
      }
      return votes.emplace_back(country, std::pair<int, std::size_t>{0, 0}).second;
    };
    std::size_t order = 0;
    // Byte spans of the actor words that vote below and also contain a
    // country's name: an organisation's ("the US military", "Bangladesh
    // Television") or a state name modifying the sector word after it
    // ("US troops"). Such a word votes once, here; the place recogniser's
    // reading of it as a country must not vote again. (A state name standing
    // alone, "fighting in Libya", votes both as a place and as an actor.)
    std::vector<std::pair<std::uint32_t, std::uint32_t>>& modifiers = Scratch().modifiers;
    modifiers.clear();
    if (modifiers.capacity() > kKeptWordCapacity) std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(modifiers);
    for (const SentenceMatches& s : sentences_) {
      for (std::size_t k = 0; k < s.items.size(); ++k) {
        const Item& item = s.items[k];
        std::string_view country;  // into the dictionary, as are the votes' keys
        for (const PhraseHit& h : item.hits) {
          if (h.kind == ActorKind::kState || h.kind == ActorKind::kDemonym) {
            // "protest outside the Chinese embassy", "a South Korean firm":
            // the state is where the embassy or firm comes from, not where
            // the event is; neither it nor its place reading votes.
            if (OriginWords::Default().StartsAt(s.words, item.last + 1)) {
              modifiers.emplace_back(Start(s, item.first), End(s, item.last));
              break;
            }
            country = dict_.states()[h.index].iso2;
            if (k + 1 < s.items.size() && s.items[k + 1].first == item.last + 1) {
              for (const PhraseHit& next : s.items[k + 1].hits) {
                if (next.kind == ActorKind::kSector) {
                  modifiers.emplace_back(Start(s, item.first), End(s, item.last));
                  break;
                }
              }
            }
            break;
          }
          if (h.kind == ActorKind::kOrganization && !h.home_only) {
            country = dict_.organizations()[h.index].country;
            modifiers.emplace_back(Start(s, item.first), End(s, item.last));
            break;
          }
        }
        if (country.empty()) continue;
        auto& v = vote_for(country);
        if (v.first == 0) v.second = order++;
        ++v.first;
      }
    }
    // Words only one country's press uses ("upazila", "gram panchayat").
    for (const auto& [country, n] : doc_.country_cues) {
      auto& v = vote_for(country);
      if (v.first == 0) v.second = order++;
      v.first += n;
    }
    // Places the gazetteer resolved (when the lexicon ran it first) vote too:
    // an article about Dinajpur is about Bangladesh even if it never says so.
    std::sort(modifiers.begin(), modifiers.end());
    for (const PlaceMention& place : doc_.places) {
      if (place.place.country.empty()) continue;
      auto it = std::upper_bound(modifiers.begin(), modifiers.end(),
                                 std::make_pair(place.start, std::numeric_limits<std::uint32_t>::max()));
      if (it != modifiers.begin() && std::prev(it)->first <= place.start && place.end <= std::prev(it)->second) {
        continue;
      }
      auto& v = vote_for(place.place.country);
      if (v.first == 0) v.second = order++;
      ++v.first;
    }
    std::string best;
    std::pair<int, std::size_t> best_vote{0, 0};
    for (const auto& [country, vote] : votes) {
      if (vote.first > best_vote.first || (vote.first == best_vote.first && vote.second < best_vote.second)) {
        best = country;
        best_vote = vote;
      }
    }
    // Nothing in the text tells a country: the outlet's, when its URL or
    // name tells one ("the press club" in a Karachi daily). Never against
    // the text: one vote of the text outweighs it.
    if (votes.empty()) best = doc_.outlet_country;
    return best;
  }

 private:
  // ---- 1. Dictionary matching --------------------------------------------
  // Each sentence's words go into a vector this thread kept from an earlier
  // document (with its storage), not a new one: a vector of words per
  // sentence was one allocation per sentence. Bounded in number and size so
  // that one long document does not pin its memory to the thread.
  static constexpr std::size_t kKeptWordVectors = 128;
  static constexpr std::size_t kKeptWordCapacity = 256;
  static std::vector<std::vector<ActorWord>>& SpareWordVectors() {
    thread_local std::vector<std::vector<ActorWord>> spare;
    return spare;
  }
  static std::vector<ActorWord> TakeWordVector() {
    std::vector<std::vector<ActorWord>>& spare = SpareWordVectors();
    if (spare.empty()) return {};
    std::vector<ActorWord> words = std::move(spare.back());
    spare.pop_back();
    return words;
  }
  // The rest of the matcher's per-thread storage, kept between documents
  // for the same reason: LongestAt's phrase key, MatchSentence's longest
  // phrase per word, Compose's blocked words, the sentences' matches and
  // the mentions' facts (both emptied after each document), and spare item
  // vectors (empty; bounded as the word vectors are).
  static constexpr std::size_t kKeptKeyCapacity = 1024;
  struct MatchScratch {
    std::string key;
    std::vector<Item> longest;
    std::vector<bool> blocked;
    std::vector<SentenceMatches> sentences;
    std::vector<MentionInfo> info;
    std::vector<std::pair<std::string_view, std::pair<int, std::size_t>>> votes;  // ComputeMainCountry's
    std::vector<std::pair<std::uint32_t, std::uint32_t>> modifiers;               // ComputeMainCountry's
    std::vector<std::vector<Item>> spare_items;
  };
  static MatchScratch& Scratch() {
    thread_local MatchScratch scratch;
    return scratch;
  }
  static std::vector<Item> TakeItemVector() {
    std::vector<std::vector<Item>>& spare = Scratch().spare_items;
    if (spare.empty()) return {};
    std::vector<Item> items = std::move(spare.back());
    spare.pop_back();
    return items;
  }

  // The hit pool: per thread, emptied per document, its storage kept unless
  // a long document grew it beyond kKeptHits.
  static constexpr std::size_t kKeptHits = 1 << 14;
  static std::vector<HitRef>& HitPool() {
    thread_local std::vector<HitRef> pool;
    return pool;
  }

  void Match() {
    std::vector<HitRef>& pool = HitPool();
    if (pool.capacity() > kKeptHits) std::vector<HitRef>().swap(pool);
    pool.clear();
    sentences_.reserve(doc_.sentences.size());
    for (std::uint32_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& sentence = doc_.sentences[si];
      if (sentence.block < doc_.blocks.size() && doc_.blocks[sentence.block].kind != BlockKind::kBody) continue;
      if (sentence.start >= sentence.end || sentence.end > doc_.text.size()) continue;
      SentenceMatches s;
      s.sentence = si;
      s.words = TakeWordVector();
      SplitActorWords(doc_.Slice(sentence.start, sentence.end), sentence.start, s.words);
      MatchSentence(s);
      sentences_.push_back(std::move(s));
    }
    for (SentenceMatches& s : sentences_) {
      for (Item& item : s.items) item.hits = std::span<HitRef>(pool.data() + item.hits_begin, item.hits_count);
    }
  }

  bool HitFits(const PhraseHit& h, const std::vector<ActorWord>& words, std::size_t first, std::size_t last) const {
    if (!h.word_shapes.empty()) {
      if (h.word_shapes.size() != last - first + 1) return false;
      for (std::size_t i = first; i <= last; ++i) {
        const std::string& shape = h.word_shapes[i - first];
        if (!shape.empty() && shape != words[i].shape) return false;
      }
    }
    if (h.kind == ActorKind::kPerson) {  // names are written capitalised (particles aside)
      if (!words[first].upper_initial || !words[last].upper_initial) return false;
    }
    return true;
  }

  // Whether `b` follows `a` in the document's text with one space between
  // (both non-empty views of the text): then "a b" is that stretch of it.
  bool SpaceJoined(std::string_view a, std::string_view b) const {
    if (a.empty() || b.empty()) return false;
    const auto in_text = [this](std::string_view v) {
      const std::less_equal<const char*> le;
      return le(doc_.text.data(), v.data()) && le(v.data() + v.size(), doc_.text.data() + doc_.text.size());
    };
    if (!in_text(a) || !in_text(b)) return false;
    return a.data() + a.size() + 1 == b.data() && a.data()[a.size()] == ' ';
  }

  // The longest dictionary phrase starting at word i (hits that fit), or an
  // item with no hits.
  // Written into `best` (an element of longest_, reset here as far as it is
  // read), not returned: this runs for every word.
  void LongestAt(const std::vector<ActorWord>& words, std::size_t i, Item& best) {
    // Most words start no phrase: the first look-up would be of the word
    // alone and find nothing (and nothing longer), so it is not made. Such
    // a word's item is only asked whether it has hits (MatchSentence): the
    // rest of it is not reset.
    if (!dict_.MayBeWordKey(words[i].norm)) {
      best.hits_count = 0;
      return;
    }
    best = Item();
    std::string& key = key_;  // reused: one buffer per thread, not per word
    key.clear();
    // While the key would be one word's norm it is looked up as that norm,
    // not copied (`single`); while it would be a stretch of the text (plain
    // lower-case words, each norm a view of the text, one space apart) it is
    // looked up as that stretch (`as_view`); otherwise it is built in `key`.
    bool single = false;
    std::string_view first_norm;
    bool as_view = false;
    std::string_view view;
    std::size_t skipped = 0;  // parenthesised acronyms inside the phrase
    // (The bounds read once: size() divides by the word's size.)
    const std::size_t word_count = words.size();
    const std::size_t max_phrase_words = dict_.max_phrase_words();
    for (std::size_t n = 1; n <= max_phrase_words + skipped && i + n <= word_count; ++n) {
      const ActorWord& w = words[i + n - 1];
      if (n > 1 && w.gap_before != 0) {
        // "Revolutionary Armed Forces of Colombia (FARC) dissidents": the
        // bracketed acronym is left out and the phrase goes on after it.
        int capitals = 0;
        for (char c : w.shape) capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
        bool bracketed = w.gap_before == '(' && capitals >= 2 && i + n < word_count && words[i + n].gap_before == ')';
        bool after_bracket = w.gap_before == ')' && n >= 2 && words[i + n - 2].gap_before == '(';
        if (bracketed) {
          ++skipped;
          continue;
        }
        // A bracket that is part of the name ("CPI (M)", "JD (U)") is a
        // gap the dictionary's aliases share: go on while they do.
        const bool name_bracket = w.gap_before == '(' || w.gap_before == ')';
        if (!after_bracket && !name_bracket) break;
      }
      std::string_view lookup;
      if (!single && !as_view && key.empty()) {
        single = true;
        first_norm = w.norm;
        lookup = w.norm;
      } else if ((single || as_view) && SpaceJoined(single ? first_norm : view, w.norm)) {
        // The same bytes as first_norm (or view) + ' ' + w.norm, uncopied.
        const std::string_view before = single ? first_norm : view;
        view = std::string_view(before.data(), before.size() + 1 + w.norm.size());
        single = false;
        as_view = true;
        lookup = view;
      } else {
        if (single) {
          key.assign(first_norm);
          single = false;
        } else if (as_view) {
          key.assign(view);
          as_view = false;
        }
        if (!key.empty()) key.push_back(' ');
        key += w.norm;
        lookup = key;
      }
      bool longer = false;
      const std::vector<PhraseHit>* hits = dict_.Find(lookup, &longer);
      if (hits == nullptr) {
        if (!longer) break;
        continue;
      }
      // Most phrases that fit replace a shorter one: `best` is refilled in
      // place (its hit list keeps its storage) once some reading fits.
      const std::size_t last = i + n - 1;
      bool fits = false;
      for (const PhraseHit& h : *hits) {
        if (HitFits(h, words, i, last)) {
          fits = true;
          break;
        }
      }
      if (fits) {
        // A longer phrase's hits replace the shorter one's, the last in the pool.
        std::vector<HitRef>& pool = HitPool();
        if (best.hits_count == 0) {
          best.hits_begin = static_cast<std::uint32_t>(pool.size());
        } else {
          pool.erase(pool.begin() + best.hits_begin, pool.end());
        }
        best.first = i;
        best.last = last;
        for (const PhraseHit& h : *hits) {
          if (HitFits(h, words, i, last)) pool.emplace_back(h);
        }
        best.hits_count = static_cast<std::uint32_t>(pool.size()) - best.hits_begin;
      }
      if (!longer) break;
    }
  }

  // Left to right, longest phrase first; a phrase gives way to a longer one
  // that starts inside it and reaches further ("local People's Defence Force":
  // not "local people" but "People's Defence Force").
  void MatchSentence(SentenceMatches& s) {
    const std::vector<ActorWord>& words = s.words;
    std::vector<Item>& longest = longest_;  // reused between sentences
    const std::size_t word_count = words.size();  // (read once: size() divides)
    longest.resize(word_count);  // each element is reset by LongestAt
    std::size_t found = 0;  // at most this many items: one allocation for them
    for (std::size_t i = 0; i < word_count; ++i) {
      LongestAt(words, i, longest[i]);
      found += longest[i].hits_count == 0 ? 0 : 1;
    }
    if (found == 0) return;  // (no spare vector taken for a sentence without items)
    s.items = TakeItemVector();
    s.items.reserve(found);
    std::size_t i = 0;
    while (i < word_count) {
      if (longest[i].hits_count == 0) {
        ++i;
        continue;
      }
      std::size_t length = longest[i].last - i + 1;
      std::size_t better = i;
      for (std::size_t k = i + 1; k <= longest[i].last; ++k) {
        if (longest[k].hits_count != 0 && longest[k].last > longest[i].last && longest[k].last - k + 1 > length) {
          better = k;
          break;
        }
      }
      if (better != i) {
        i = better;
        continue;
      }
      i = longest[i].last + 1;
      s.items.push_back(std::move(longest[i - length]));
    }
  }

  // ---- 2. Home-country filter and choice of reading ----------------------
  std::string HitCountry(const PhraseHit& h) const {
    switch (h.kind) {
      case ActorKind::kOrganization: return dict_.organizations()[h.index].country;
      case ActorKind::kState:
      case ActorKind::kDemonym:
      case ActorKind::kCapital: return dict_.states()[h.index].iso2;
      case ActorKind::kPerson: return dict_.people()[h.index].country;
      default: return "";
    }
  }

  void Filter(SentenceMatches& s) const {
    const std::string main = main_state_ >= 0 ? dict_.states()[static_cast<std::size_t>(main_state_)].iso2 : "";
    // Filtered in place, hits and items alike (order kept): no new vectors.
    std::size_t kept = 0;
    for (std::size_t k = 0; k < s.items.size(); ++k) {
      Item& item = s.items[k];
      std::span<HitRef>& hits = item.hits;
      std::size_t kept_hits = 0;
      for (std::size_t i = 0; i < hits.size(); ++i) {
        const PhraseHit& h = hits[i];
        if (h.home_only && HitCountry(h) != main) continue;
        if (h.kind == ActorKind::kCapital && !CapitalActs(s, item)) continue;
        hits[kept_hits++] = hits[i];
      }
      hits = hits.first(kept_hits);
      if (hits.empty()) continue;
      if (hits.size() > 1) {  // (stable_sort allocates a buffer even for one element)
        std::stable_sort(hits.begin(), hits.end(), [&](const PhraseHit& a, const PhraseHit& b) {
          int ra = KindRank(a), rb = KindRank(b);
          if (ra != rb) return ra < rb;
          // Same kind: the main country's entry first.
          return (HitCountry(a) == main && !main.empty()) > (HitCountry(b) == main && !main.empty());
        });
      }
      item.hit = &hits.front().get();
      if (kept != k) s.items[kept] = std::move(item);
      ++kept;
    }
    s.items.erase(s.items.begin() + static_cast<std::ptrdiff_t>(kept), s.items.end());
  }

  // A capital stands for its government when it opens a clause and a verb
  // of speech or policy follows ("Beirut again rejected", "Moscow has
  // warned"), not in "in Kabul" or "Kabul police" (capital_context.tsv).
  bool CapitalActs(const SentenceMatches& s, const Item& item) const {
    if (item.first > 0 && s.words[item.first].gap_before == 0) {
      // Only after punctuation or a joining word ("and Tokyo summoned"): not
      // "in Kabul", "the Kabul government", "officials from Moscow".
      if (dict_.CapitalContextOf(s.words[item.first - 1].norm) != CapitalContext::kJoin) return false;
    }
    constexpr std::size_t kMaxSkipped = 4;
    std::size_t skipped = 0;
    for (std::size_t w = item.last + 1; w < s.words.size(); ++w) {
      const ActorWord& word = s.words[w];
      if (word.gap_before != 0) return false;
      switch (dict_.CapitalContextOf(word.norm)) {
        case CapitalContext::kVerb: return true;
        case CapitalContext::kSkip:
          if (++skipped > kMaxSkipped) return false;
          continue;
        default: return false;
      }
    }
    return false;
  }

  // ---- 3. Composition ----------------------------------------------------
  // What a title's organisation resolves to.
  struct Anchor {
    bool valid = false;
    std::string name, short_name, country, sector, org_id;
    int inter = 0;
    int mention = -1;  // when the anchor is an earlier mention (possessive person, descriptor)
  };

  Anchor StateAnchor(int state, std::string_view org_kind) const {
    Anchor a;
    a.valid = true;
    const StateEntry& st = dict_.states()[static_cast<std::size_t>(state)];
    a.country = st.iso2;
    a.org_id = st.org_id;
    a.inter = 1;
    if (org_kind == "police"sv) {
      a.name = dict_.FillTemplate("Police Forces of {country}", state);
      a.sector = "police";
    } else if (org_kind == "military"sv) {
      a.name = dict_.FillTemplate("Military Forces of {country}", state);
      a.sector = "military";
    } else {
      a.name = dict_.FillTemplate("Government of {country}", state);
      a.sector = "government";
    }
    a.short_name = a.name;
    return a;
  }

  Anchor OrgAnchor(std::size_t org) const {
    const OrganizationEntry& o = dict_.organizations()[org];
    Anchor a;
    a.valid = true;
    a.name = o.name;
    a.short_name = o.short_name;
    a.country = o.country;
    a.sector = o.sector;
    a.inter = o.inter;
    a.org_id = o.id;
    return a;
  }

  Anchor MentionAnchor(int index) const {
    Anchor a;
    const ActorMention& m = doc_.actors[static_cast<std::size_t>(index)];
    if (m.name.empty()) return a;
    a.valid = true;
    a.name = m.name;
    a.short_name = m.organization.empty() ? m.name : m.organization;
    a.country = m.country;
    a.sector = m.sector;
    a.inter = m.inter;
    a.org_id = info_[static_cast<std::size_t>(index)].org_id;
    a.mention = index;
    return a;
  }

  // The latest earlier mention a descriptor ("the alliance", "the group") stands for.
  int DescriptorTarget(const DescriptorEntry& d) const {
    for (std::size_t i = doc_.actors.size(); i-- > LookBackStart(doc_.actors.size());) {
      const ActorMention& m = doc_.actors[i];
      const std::string& org = info_[i].org_id;
      if (org.empty() || org.rfind("state:", 0) == 0) continue;
      if (std::find(d.org_ids.begin(), d.org_ids.end(), org) != d.org_ids.end()) return static_cast<int>(i);
      if (std::find(d.inters.begin(), d.inters.end(), m.inter) != d.inters.end()) return static_cast<int>(i);
    }
    return -1;
  }

  // Anchor from an item (state, demonym, organisation, or "the" + descriptor).
  Anchor ItemAnchor(const SentenceMatches& s, const Item& item, std::string_view org_kind) const {
    switch (item.hit->kind) {
      case ActorKind::kState:
      case ActorKind::kDemonym: return StateAnchor(static_cast<int>(item.hit->index), org_kind);
      case ActorKind::kOrganization: return OrgAnchor(item.hit->index);
      case ActorKind::kDescriptor: {
        if (item.first == 0 || s.words[item.first - 1].norm != "the"sv) return {};
        int target = DescriptorTarget(dict_.descriptors()[item.hit->index]);
        return target >= 0 ? MentionAnchor(target) : Anchor{};
      }
      default: return {};
    }
  }

  static bool IsAnchorKind(ActorKind k) {
    return k == ActorKind::kState || k == ActorKind::kDemonym || k == ActorKind::kOrganization ||
           k == ActorKind::kDescriptor;
  }

  static bool Adjacent(const SentenceMatches& s, const Item& a, const Item& b) {
    return b.first == a.last + 1 && s.words[b.first].gap_before == 0;
  }

  std::uint32_t Start(const SentenceMatches& s, std::size_t word) const { return s.words[word].start; }
  std::uint32_t End(const SentenceMatches& s, std::size_t word) const { return s.words[word].end; }

  // Takes the mention by rvalue reference: a by-value parameter cost one
  // more move (and destruction) of every mention's strings.
  int Emit(ActorMention&& m, MentionInfo&& info) {
    if (!m.person.empty()) {
      first_mention_.emplace(m.person, static_cast<int>(doc_.actors.size()));
      if (!info.person_id.empty()) first_mention_.emplace(info.person_id, static_cast<int>(doc_.actors.size()));
    }
    doc_.actors.push_back(std::move(m));
    info_.push_back(std::move(info));
    return static_cast<int>(doc_.actors.size()) - 1;
  }

  // Index of the first earlier mention of the same person, -1 if none.
  int FirstMentionOf(const std::string& person_id, const std::string& person) const {
    const std::string& key = person_id.empty() ? person : person_id;
    auto it = first_mention_.find(key);
    return it == first_mention_.end() ? -1 : it->second;
  }

  // Earlier mention of a person with a name the people list knows under `name`.
  int FirstMentionOfName(const std::string& name) const { return FirstMentionOf("", name); }

  // Copies a person's fields from an earlier mention.
  void CopyPerson(ActorMention& m, MentionInfo& info, int from) const {
    const ActorMention& a = doc_.actors[static_cast<std::size_t>(from)];
    int root = a.antecedent >= 0 ? a.antecedent : from;
    m.id = a.id;
    m.name = a.name;
    m.country = a.country;
    m.sector = a.sector;
    m.inter = a.inter;
    m.person = a.person;
    m.role = a.role;
    m.organization = a.organization;
    m.antecedent = root;
    info = info_[static_cast<std::size_t>(from)];
  }

  // Chooses the people.tsv row for a person item; -1 if the alias is short and
  // nothing in the text supports it.
  int ChoosePerson(const Item& item, const Anchor& anchor, const RoleEntry* role) const {
    int fallback = -1;
    for (const PhraseHit& h : item.hits) {
      if (h.kind != ActorKind::kPerson) continue;
      const PersonEntry& p = dict_.people()[h.index];
      bool consistent = false;
      if (anchor.valid) {
        consistent = anchor.org_id == p.organization || anchor.country == p.country;
      }
      if (role != nullptr && role->role == p.role) consistent = true;
      bool supported = h.full_name || consistent || FirstMentionOfName(p.name) >= 0;
      if (!supported) continue;
      if (InPost(p, year_) && (consistent || !anchor.valid)) return static_cast<int>(h.index);
      if (fallback < 0) fallback = static_cast<int>(h.index);
    }
    return fallback;
  }

  // Fills a mention's organisation fields from a people.tsv row.
  void FillFromPerson(ActorMention& m, MentionInfo& info, const PersonEntry& p) const {
    m.person = p.name;
    m.id = "person:" + p.id;
    info.person_id = p.name;  // rows of one person share the name
    info.gender = p.gender;
    if (!InPost(p, year_)) return;
    m.role = p.role;
    const RoleEntry* r = dict_.RoleByName(p.role);
    info.head = r != nullptr && r->head;
    Anchor a;
    if (p.organization == "government"sv || p.organization == "military"sv || p.organization == "police"sv) {
      int st = dict_.StateIndex(p.country);
      if (st >= 0) a = StateAnchor(st, p.organization);
    } else {
      int org = dict_.OrganizationIndex(p.organization);
      if (org >= 0) a = OrgAnchor(static_cast<std::size_t>(org));
    }
    if (a.valid) ApplyAnchor(m, info, a);
  }

  static void ApplyAnchor(ActorMention& m, MentionInfo& info, const Anchor& a) {
    m.name = a.name;
    m.organization = a.short_name;
    m.country = a.country;
    m.sector = a.sector;
    m.inter = a.inter;
    info.org_id = a.org_id;
  }

  // "of the Taliban", "of NATO" right after a title: index of the anchor item, -1 if none.
  int OfAnchor(const SentenceMatches& s, std::size_t next_item, std::size_t after_word) const {
    std::size_t w = after_word + 1;
    if (w >= s.words.size() || s.words[w].norm != "of"sv || s.words[w].gap_before != 0) return -1;
    if (next_item >= s.items.size()) return -1;
    const Item& cand = s.items[next_item];
    if (!IsAnchorKind(cand.hit->kind)) return -1;
    if (cand.first == w + 1 && s.words[cand.first].gap_before == 0) return static_cast<int>(next_item);
    if (cand.first == w + 2 && s.words[w + 1].norm == "the"sv && s.words[cand.first].gap_before == 0) {
      return static_cast<int>(next_item);
    }
    return -1;
  }

  // Tries "anchor? title (of anchor)? name?" at item j; returns the next item
  // index when it produced a mention, 0 otherwise.
  std::size_t TryTitle(SentenceMatches& s, std::size_t j, const std::vector<bool>& blocked, int possessive_mention) {
    std::vector<Item>& items = s.items;
    int anchor_item = -1;
    std::size_t role_item = j;
    if (IsAnchorKind(items[j].hit->kind) && j + 1 < items.size() && items[j + 1].hit->kind == ActorKind::kRole &&
        Adjacent(s, items[j], items[j + 1])) {
      anchor_item = static_cast<int>(j);
      role_item = j + 1;
    } else if (items[j].hit->kind != ActorKind::kRole) {
      return 0;
    }
    Anchor anchor;  // (after the early return: most items are no title)
    const RoleEntry& role = dict_.roles()[items[role_item].hit->index];
    std::size_t first_word = items[j].first;
    std::size_t end_word = items[role_item].last;
    std::size_t next = role_item + 1;
    if (anchor_item >= 0) {
      anchor = ItemAnchor(s, items[static_cast<std::size_t>(anchor_item)], role.org_kind);
      if (!anchor.valid) return 0;  // an unresolved descriptor: leave it to the other rules
    } else if (possessive_mention >= 0) {
      anchor = MentionAnchor(possessive_mention);  // "President Joe Biden's national security adviser"
    }
    if (int of = OfAnchor(s, next, end_word); of >= 0 && !anchor.valid) {
      Anchor a = ItemAnchor(s, items[static_cast<std::size_t>(of)], role.org_kind);
      if (a.valid) {
        anchor = a;
        end_word = items[static_cast<std::size_t>(of)].last;
        next = static_cast<std::size_t>(of) + 1;
      }
    }
    // The name: a known person, or capitalised words, right after the title or after a comma.
    std::size_t name_word = end_word + 1;
    int person_row = -1;
    std::size_t name_len = 0;
    bool known_item = false;
    if (name_word < s.words.size() && (s.words[name_word].gap_before == 0 || s.words[name_word].gap_before == ',')) {
      if (next < items.size() && items[next].first == name_word && items[next].hit->kind == ActorKind::kPerson) {
        person_row = ChoosePerson(items[next], anchor, &role);
        name_len = items[next].last - items[next].first + 1;
        known_item = true;
      } else {
        name_len = PersonNameLength(s.words, name_word, blocked, dict_);
      }
      if (s.words[name_word].gap_before == ',' && name_len > 0) {
        // An appositive name is closed by punctuation or the sentence end.
        std::size_t after = name_word + name_len;
        if (after < s.words.size() && s.words[after].gap_before == 0 && !s.words[after - 1].possessive) name_len = 0;
      }
    }
    bool has_name = name_len > 0;
    if (!has_name && !anchor.valid) return 0;

    ActorMention m;
    MentionInfo info;
    m.sentence = s.sentence;
    m.start = Start(s, first_word);
    m.role = role.role;
    info.head = role.head;
    info.gender = role.gender;
    if (anchor.valid) {
      ApplyAnchor(m, info, anchor);
    }
    std::size_t last_word = end_word;
    if (has_name) {
      last_word = name_word + name_len - 1;
      if (person_row >= 0) {
        const PersonEntry& p = dict_.people()[static_cast<std::size_t>(person_row)];
        std::string text_role = m.role;
        Anchor keep = anchor;
        FillFromPerson(m, info, p);
        if (keep.valid) ApplyAnchor(m, info, keep);  // the text's organisation wins
        // A generic title ("chief", "official") yields to the dictionary's precise one.
        if (!(role.org_kind == "any"sv && InPost(p, year_))) m.role = text_role;
        if (m.role.empty()) m.role = text_role;
      } else {
        const ActorWord& a = s.words[name_word];
        m.person = std::string(doc_.Slice(a.start, s.words[last_word].end));
        info.person_id.clear();
      }
      if (!anchor.valid && m.organization.empty()) {
        // No organisation written: the title's default country, or for a
        // state post the document's country ("Governor Abdul Sattar").
        int st = dict_.StateIndex(role.default_country);
        if (st < 0 && role.org_kind != "any"sv && role.org_kind != "organization"sv) st = main_state_;
        if (st >= 0) ApplyAnchor(m, info, StateAnchor(st, role.org_kind));
      }
      int first = FirstMentionOf(info.person_id, m.person);
      if (first >= 0) m.antecedent = first;
    } else {
      // A title with its organisation but no name: "the NATO chief", "a NATO official".
      int ante = TitleAntecedent(role, info.org_id);
      if (ante >= 0) CopyPerson(m, info, ante);
    }
    m.end = s.words[last_word].end;
    Emit(std::move(m), std::move(info));
    return (has_name ? (person_row >= 0 || known_item ? next + 1 : NextItemAfter(s, last_word)) : next);
  }

  static std::size_t NextItemAfter(const SentenceMatches& s, std::size_t word) {
    std::size_t k = 0;
    while (k < s.items.size() && s.items[k].first <= word) ++k;
    return k;
  }

  // The earlier person a bare title refers to: same organisation and the same
  // role, or a head-of-organisation title ("chief") for the holder of a head role.
  int TitleAntecedent(const RoleEntry& role, const std::string& org_id) const {
    if (org_id.empty()) return -1;
    for (std::size_t i = doc_.actors.size(); i-- > LookBackStart(doc_.actors.size());) {
      const ActorMention& m = doc_.actors[i];
      if (m.person.empty() || info_[i].org_id != org_id) continue;
      if (m.role == role.role || (role.head && info_[i].head && role.org_kind == "any"sv)) return static_cast<int>(i);
    }
    return -1;
  }

  // The state of the first town, district or province named in sentence
  // `si`; -1 if none, or if any of them lies in the document's main country
  // (other readings are then doubtful ones of names that place was read as).
  // Places are in text order, hence sorted by sentence: a binary search finds
  // the sentence's run, so a long document with many civilian mentions costs
  // O(log places) per mention rather than a scan of every place.
  int SentencePlaceState(std::uint32_t si) const {
    int first = -1;
    auto it = std::partition_point(doc_.places.begin(), doc_.places.end(),
                                   [si](const PlaceMention& p) { return p.sentence < si; });
    for (; it != doc_.places.end() && it->sentence == si; ++it) {
      const PlaceMention& p = *it;
      if (p.place.country.empty() || p.place.kind == "country"sv) continue;
      const int state = dict_.StateIndex(p.place.country);
      if (state == main_state_) return -1;
      if (first < 0) first = state;
    }
    return first;
  }

  // `implied`: `state` is the document's main country, not a word of the
  // mention ("civilians", not "Afghan civilians").
  void EmitSector(const SentenceMatches& s, std::size_t first_word, std::size_t last_word, const SectorEntry& sector,
                  int state, bool implied = false) {
    // Civilians, protesters and rioters are people of the place where the
    // sentence puts them: "Russian forces shelled Kharkiv, killing three
    // civilians" are Ukraine's civilians though the document's actors are
    // mostly Russian.
    // ("Doctors from two American aid groups" say where they come from.)
    const bool origin_follows = last_word + 1 < s.words.size() &&
                                (s.words[last_word + 1].norm == "from"sv || s.words[last_word + 1].norm == "of"sv);
    if (implied && !origin_follows && (sector.inter == 5 || sector.inter == 6 || sector.inter == 7)) {
      if (int local = SentencePlaceState(s.sentence); local >= 0) state = local;
    }
    // Built in place (a sector mention names no person, so Emit would only
    // have moved it in): most mentions are sectors.
    ActorMention& m = doc_.actors.emplace_back();
    MentionInfo& info = info_.emplace_back();
    m.sentence = s.sentence;
    m.start = Start(s, first_word);
    m.end = End(s, last_word);
    m.name = dict_.FillTemplate(sector.name_template, state);
    m.sector = sector.sector;
    m.inter = sector.inter;
    if (state >= 0) {
      const StateEntry& st = dict_.states()[static_cast<std::size_t>(state)];
      m.country = st.iso2;
      // Appended into one string, not built from temporaries.
      m.id.reserve(st.org_id.size() + 1 + sector.sector.size());
      m.id.append(st.org_id).append(":").append(sector.sector);
      info.org_id = st.org_id;
    } else {
      m.id = "sector:" + sector.sector;
    }
  }

  void EmitOrg(const SentenceMatches& s, std::size_t first_word, std::size_t last_word, std::size_t org) {
    const OrganizationEntry& o = dict_.organizations()[org];
    ActorMention& m = doc_.actors.emplace_back();  // in place: names no person (EmitSector)
    MentionInfo& info = info_.emplace_back();
    m.sentence = s.sentence;
    m.start = Start(s, first_word);
    m.end = End(s, last_word);
    m.id = o.id;
    m.name = o.name;
    m.country = o.country;
    m.sector = o.sector;
    m.inter = o.inter;
    info.org_id = o.id;
  }

  void EmitState(const SentenceMatches& s, const Item& item) {
    const StateEntry& st = dict_.states()[item.hit->index];
    ActorMention& m = doc_.actors.emplace_back();  // in place: names no person (EmitSector)
    MentionInfo& info = info_.emplace_back();
    m.sentence = s.sentence;
    m.start = Start(s, item.first);
    m.end = End(s, item.last);
    m.id = st.org_id;
    m.name = st.name;
    m.country = st.iso2;
    m.sector = "state";
    m.inter = 1;
    info.org_id = st.org_id;
  }

  // "Beirut rejected": the government of the capital's state.
  void EmitCapital(const SentenceMatches& s, const Item& item) {
    const Anchor a = StateAnchor(static_cast<int>(item.hit->index), "government");
    ActorMention& m = doc_.actors.emplace_back();  // in place: names no person (EmitSector)
    MentionInfo& info = info_.emplace_back();
    m.sentence = s.sentence;
    m.start = Start(s, item.first);
    m.end = End(s, item.last);
    m.id = a.org_id;
    m.name = a.name;
    m.country = a.country;
    m.sector = a.sector;
    m.inter = a.inter;
    info.org_id = a.org_id;
  }

  // "he"/"she" among the first words of a sentence whose previous sentence
  // began with a person: that person.
  void Pronouns(const SentenceMatches& s) {
    if (prev_sentence_first_mention_ < 0) return;
    // The previous sentence's first person stands in for its subject.
    int subject_index = -1;
    for (std::size_t i = static_cast<std::size_t>(prev_sentence_first_mention_); i < doc_.actors.size(); ++i) {
      if (!doc_.actors[i].person.empty()) {
        subject_index = static_cast<int>(i);
        break;
      }
    }
    if (subject_index < 0) return;
    for (std::size_t w = 0; w < s.words.size() && w < 3; ++w) {
      char gender = 0;
      if (!dict_.IsPronoun(s.words[w].norm, &gender)) continue;
      char subject_gender = info_[static_cast<std::size_t>(subject_index)].gender;
      if (gender != 0 && subject_gender != 0 && gender != subject_gender) return;
      bool covered = false;
      for (const Item& item : s.items) covered |= item.first <= w && w <= item.last;
      if (covered) return;
      ActorMention m;
      MentionInfo info;
      CopyPerson(m, info, subject_index);
      m.sentence = s.sentence;
      m.start = s.words[w].start;
      m.end = s.words[w].end;
      pending_pronoun_ = std::make_pair(std::move(m), std::move(info));
      return;
    }
  }

  void Compose(SentenceMatches& s) {
    std::size_t first_mention = doc_.actors.size();
    pending_pronoun_.reset();
    Pronouns(s);
    std::vector<bool>& blocked = blocked_;  // reused between sentences
    blocked.assign(s.words.size(), false);
    for (const Item& item : s.items) {
      if (item.hit->kind == ActorKind::kPerson) continue;
      for (std::size_t w = item.first; w <= item.last; ++w) blocked[w] = true;
    }
    auto flush_pronoun = [&](std::uint32_t before) {
      if (pending_pronoun_ && pending_pronoun_->first.start < before) {
        Emit(std::move(pending_pronoun_->first), std::move(pending_pronoun_->second));
        pending_pronoun_.reset();
      }
    };
    std::vector<Item>& items = s.items;
    int possessive_mention = -1;
    std::size_t j = 0;
    while (j < items.size()) {
      const Item& item = items[j];
      flush_pronoun(Start(s, item.first));
      std::size_t before = doc_.actors.size();
      int carried = -1;
      if (possessive_mention >= 0 && item.hit->kind == ActorKind::kRole &&
          doc_.actors[static_cast<std::size_t>(possessive_mention)].end <= Start(s, item.first) &&
          item.first > 0 && s.words[item.first - 1].possessive && s.words[item.first].gap_before == 0) {
        carried = possessive_mention;
      }
      possessive_mention = -1;
      std::size_t next = TryTitle(s, j, blocked, carried);
      if (next == 0) next = ComposeOther(s, j);
      if (doc_.actors.size() > before) {
        // A name that ended possessive: its holder anchors a following title.
        const ActorMention& last = doc_.actors.back();
        auto w = std::lower_bound(s.words.begin(), s.words.end(), last.end,
                                  [](const ActorWord& word, std::uint32_t end) { return word.end < end; });
        if (w != s.words.end() && w->end == last.end && w->possessive) {
          possessive_mention = static_cast<int>(doc_.actors.size()) - 1;
        }
      }
      j = std::max(next, j + 1);
    }
    flush_pronoun(UINT32_MAX);
    prev_sentence_first_mention_ = doc_.actors.size() > first_mention ? static_cast<int>(first_mention) : -1;
  }

  // Everything that is not a title: compounds, organisations, states, sectors,
  // people, descriptors. Returns the next item index.
  std::size_t ComposeOther(SentenceMatches& s, std::size_t j) {
    std::vector<Item>& items = s.items;
    const Item& item = items[j];
    bool has_next = j + 1 < items.size() && Adjacent(s, item, items[j + 1]);
    switch (item.hit->kind) {
      case ActorKind::kState:
      case ActorKind::kDemonym: {
        const int civilians = dict_.civilians_sector();
        // "Bosnian Serbs", "Iraqi Kurds": a people named within another
        // country are that country's civilians.
        if (has_next && civilians >= 0 && items[j + 1].hit->nationals && !item.hit->nationals) {
          EmitSector(s, item.first, items[j + 1].last, dict_.sectors()[static_cast<std::size_t>(civilians)],
                     static_cast<int>(item.hit->index));
          return j + 2;
        }
        if (has_next && items[j + 1].hit->kind == ActorKind::kSector) {
          EmitSector(s, item.first, items[j + 1].last, dict_.sectors()[items[j + 1].hit->index],
                     static_cast<int>(item.hit->index));
          return j + 2;
        }
        // "Indian and Pakistani troops", "Afghan and US forces": the first
        // nationality (or state) shares the head noun of the second.
        const auto national = [](ActorKind k) { return k == ActorKind::kDemonym || k == ActorKind::kState; };
        if (j + 2 < items.size() && national(items[j + 1].hit->kind) && items[j + 2].hit->kind == ActorKind::kSector &&
            Adjacent(s, items[j + 1], items[j + 2]) && items[j + 1].first == item.last + 2 &&
            s.words[item.last + 1].norm == "and"sv) {
          EmitSector(s, item.first, item.last, dict_.sectors()[items[j + 2].hit->index],
                     static_cast<int>(item.hit->index));
          return j + 1;
        }
        // "arrested more than 100 Palestinians": a nationality's plural with
        // no agent noun after it is that country's civilians.
        // ("Ethnic Albanians" are a people, not the country's citizens.)
        if (item.hit->nationals && civilians >= 0 && !(item.first > 0 && s.words[item.first - 1].norm == "ethnic"sv)) {
          EmitSector(s, item.first, item.last, dict_.sectors()[static_cast<std::size_t>(civilians)],
                     static_cast<int>(item.hit->index));
          return j + 1;
        }
        if (item.hit->kind == ActorKind::kState) EmitState(s, item);
        return j + 1;
      }
      case ActorKind::kCapital: {
        EmitCapital(s, item);
        return j + 1;
      }
      case ActorKind::kOrganization: {
        std::size_t last = item.last;
        std::size_t next = j + 1;
        if (has_next && items[j + 1].hit->kind == ActorKind::kSector &&
            dict_.sectors()[items[j + 1].hit->index].org_member) {
          last = items[j + 1].last;
          next = j + 2;
        }
        EmitOrg(s, item.first, last, item.hit->index);
        return next;
      }
      case ActorKind::kSector: {
        const SectorEntry& sector = dict_.sectors()[item.hit->index];
        if (!sector.modifier_only) EmitSector(s, item.first, item.last, sector, main_state_, /*implied=*/true);
        return j + 1;
      }
      case ActorKind::kPerson: {
        if (has_next && items[j + 1].hit->kind == ActorKind::kSector) {
          // "the Biden administration", "Modi government": the leader's state.
          int state = -1;
          for (const PhraseHit& h : item.hits) {
            if (h.kind != ActorKind::kPerson) continue;
            const PersonEntry& p = dict_.people()[h.index];
            if (p.organization != "government"sv && p.organization != "military"sv) continue;
            if (state < 0 || InPost(p, year_)) state = dict_.StateIndex(p.country);
          }
          if (state >= 0) {
            EmitSector(s, item.first, items[j + 1].last, dict_.sectors()[items[j + 1].hit->index], state);
            return j + 2;
          }
        }
        int row = ChoosePerson(item, Anchor{}, nullptr);
        if (row < 0) return j + 1;  // a bare surname nothing supports
        ActorMention m;
        MentionInfo info;
        m.sentence = s.sentence;
        m.start = Start(s, item.first);
        m.end = End(s, item.last);
        const PersonEntry& p = dict_.people()[static_cast<std::size_t>(row)];
        int first = FirstMentionOf(p.name, p.name);
        if (first >= 0) {
          CopyPerson(m, info, first);
          m.start = Start(s, item.first);
          m.end = End(s, item.last);
        } else {
          FillFromPerson(m, info, p);
        }
        m.sentence = s.sentence;
        Emit(std::move(m), std::move(info));
        return j + 1;
      }
      case ActorKind::kDescriptor: {
        if (item.first == 0 || s.words[item.first - 1].norm != "the"sv) return j + 1;
        int target = DescriptorTarget(dict_.descriptors()[item.hit->index]);
        if (target < 0) {
          // "the militants": not a back-reference; read it as a sector if it is one.
          for (const PhraseHit& h : item.hits) {
            if (h.kind == ActorKind::kSector && !dict_.sectors()[h.index].modifier_only) {
              EmitSector(s, item.first, item.last, dict_.sectors()[h.index], main_state_, /*implied=*/true);
              break;
            }
          }
          return j + 1;
        }
        // The organisation, not the person an earlier mention may have named.
        const ActorMention& t = doc_.actors[static_cast<std::size_t>(target)];
        ActorMention m;
        MentionInfo info;
        ApplyAnchor(m, info, MentionAnchor(target));
        m.organization.clear();
        m.id = t.person.empty() ? t.id : info.org_id;
        m.sentence = s.sentence;
        m.start = Start(s, item.first);
        m.end = End(s, item.last);
        if (t.person.empty()) m.antecedent = t.antecedent >= 0 ? t.antecedent : target;
        Emit(std::move(m), std::move(info));
        return j + 1;
      }
      case ActorKind::kRole: {
        // "the official", "the spokesman": the latest earlier mention with that title.
        if (item.first == 0 || s.words[item.first - 1].norm != "the"sv) return j + 1;
        const RoleEntry& role = dict_.roles()[item.hit->index];
        for (std::size_t i = doc_.actors.size(); i-- > LookBackStart(doc_.actors.size());) {
          if (doc_.actors[i].role != role.role) continue;
          ActorMention m;
          MentionInfo info;
          const ActorMention& t = doc_.actors[i];
          m = t;
          info = info_[i];
          m.antecedent = t.antecedent >= 0 ? t.antecedent : static_cast<std::int32_t>(i);
          m.sentence = s.sentence;
          m.start = Start(s, item.first);
          m.end = End(s, item.last);
          Emit(std::move(m), std::move(info));
          break;
        }
        return j + 1;
      }
    }
    return j + 1;
  }

  const ActorDictionary& dict_;
  Document& doc_;
  int year_ = 0;
  int main_state_ = -1;
  std::vector<SentenceMatches>& sentences_;  // this thread's scratch, emptied after the document
  std::string& key_;            // LongestAt's phrase key (this thread's scratch)
  std::vector<Item>& longest_;  // MatchSentence's longest phrase per word (this thread's scratch)
  std::vector<bool>& blocked_;  // Compose's words inside a non-person item (this thread's scratch)
  std::vector<MentionInfo>& info_;  // parallel to doc_.actors (this thread's scratch, emptied after the document)
  std::unordered_map<std::string, int> first_mention_;  // person name or id -> first mention
  int prev_sentence_first_mention_ = -1;
  std::optional<std::pair<ActorMention, MentionInfo>> pending_pronoun_;
};

}  // namespace

ActorRecognizer::ActorRecognizer(std::unique_ptr<ActorDictionary> dictionary) : dictionary_(std::move(dictionary)) {}
ActorRecognizer::~ActorRecognizer() = default;

Result<std::unique_ptr<ActorRecognizer>> ActorRecognizer::Load() {
  Result<std::unique_ptr<ActorDictionary>> dictionary = ActorDictionary::Load();
  if (!dictionary.ok()) return dictionary.status();
  return std::make_unique<ActorRecognizer>(std::move(dictionary).value());
}

void ActorRecognizer::Annotate(Document& doc) const {
  doc.actors.clear();
  Annotator(*dictionary_, doc).Run();
}

std::string ActorRecognizer::MainCountry(const Document& doc) const {
  Document copy;
  copy.text = doc.text;
  copy.blocks = doc.blocks;
  copy.sentences = doc.sentences;
  copy.meta = doc.meta;
  copy.places = doc.places;
  Annotate(copy);
  return copy.main_country;
}

}  // namespace sitrep::lexicon
