#include "lexicon/place_recognizer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/data.h"
#include "core/split.h"
#include "lexicon/gazetteer_builder.h"
#include "lexicon/gazetteer_embedded.h"
#include "lexicon/gazetteer_source.h"

namespace sitrep::lexicon {
namespace {

namespace gf = gazetteer_format;
using gf::Kind;

// Evidence weights, in the same units as data/places/feature_weights.tsv.
// They are relative: a feature weight step (town -> province seat) is ~3.
constexpr float kPopulationWeight = 0.5f;     // per decade of population
constexpr float kAlternatePenalty = -3.0f;    // matched only through an alternate name
constexpr float kAliasBonus = 1.0f;           // matched through a curated alias
constexpr float kFuzzyPenalty = -2.0f;        // matched only through the spelling skeleton
constexpr float kHintMatch = 4.0f;            // "X district" and X is a district
constexpr float kHintMismatch = -2.0f;        // "X district" and X is a town/province
constexpr float kNeighbourContains = 5.0f;    // "X, Y": Y contains X, or X contains Y
constexpr float kNeighbourCountry = 2.0f;     // "X, Y": Y is X's country (weaker: countries are big)
constexpr float kNeighbourSibling = 2.0f;     // "X, Z": X and Z in the same province
constexpr float kDocCountry = 3.0f;           // times the country's share of document votes
constexpr float kForeignCountry = -1.5f;      // the document names countries, not this one
constexpr float kDocProvince = 2.0f;          // the document names this province elsewhere
constexpr float kDemonymVote = 0.5f;          // "Afghan" counts half a mention of Afghanistan
constexpr float kPlaceCountryVote = 0.5f;     // so does each place resolved inside it
constexpr float kCueVote = 0.5f;              // and each country cue word ("upazila": Bangladesh)
// The outlet's country (Document::outlet_country) weighs less than any word
// of the text: it only decides between readings the text leaves level
// ("Kotwali", a thana name in both Bangladesh and India, in a Dhaka daily).
constexpr float kOutletVote = 0.25f;
constexpr float kAlternativeMargin = 1.0f;    // alternatives: readings within this of the best

// Countries kept as the document's leaders when discounting a span's own votes.
constexpr std::size_t kTopCountries = 4;
// Readings considered per mention: the most likely by feature and population.
constexpr std::size_t kMaxCandidates = 64;

// Words between two place names that still tie them together ("X, Y",
// "X district of Y", "X in Y province").
constexpr std::uint32_t kNeighbourGap = 3;

// A town this large is a known place even without supporting context.
constexpr std::uint32_t kLargeTown = 100000;
// Towns this large may be named in a report about another country.
constexpr std::uint32_t kWorldCity = 1000000;
// A spelling skeleton this long ("~" + 5 consonants) is specific enough to
// stand without evidence from the rest of the document.
constexpr std::size_t kLongSkeleton = 6;
// Towns this large are worth a spelling-variant match with little evidence.
constexpr std::uint32_t kNotableTown = 20000;
// Below this population a town needs supporting context.
constexpr std::uint32_t kSmallTown = 1000;

// The consonants of a folded key, as a listener would tell them apart:
// vowels, "y", "w", "h", spaces and doubled letters dropped ("Poipet" and
// "Paoy Paet" both give "ppt").
std::string Consonants(std::string_view key) {
  std::string out;
  char previous = 0;
  for (char c : key) {
    const bool doubled = c == previous;
    previous = c;
    if (c < 'a' || c > 'z' || doubled) continue;
    if (std::string_view("aeiouywh").find(c) != std::string_view::npos) continue;
    out.push_back(c);
  }
  return out;
}

// Whether `written` is a spelling of `name` (both folded keys): the same
// consonants, at least three of them (short names are too often surnames
// and words: "Dar"). Not a prefix: "Abdullah" is no spelling of Abdulino.
constexpr std::size_t kMinSpelledConsonants = 3;
bool SpellsSameName(std::string_view written, std::string_view name) {
  const std::string a = Consonants(written);
  return a.size() >= kMinSpelledConsonants && a == Consonants(name);
}

// PlaceWordTable::Find, kept out of line for FindSpans' facts (above).
[[gnu::noinline]] PlaceWordFacts FindWordFacts(const PlaceWordTable& table, std::string_view folded) {
  return table.Find(folded);
}

std::string_view KindName(Kind k) {
  switch (k) {
    case Kind::kTown: return "town";
    case Kind::kDistrict: return "district";
    case Kind::kProvince: return "province";
    case Kind::kCountry: return "country";
  }
  return "town";
}

std::uint8_t Precision(Kind k) {
  switch (k) {
    case Kind::kTown: return 1;
    case Kind::kDistrict: return 2;
    case Kind::kProvince: return 3;
    case Kind::kCountry: return 4;
  }
  return 1;
}

}  // namespace

struct PlaceRecognizer::Span {
  struct Candidate {
    std::uint32_t entity = 0;
    std::uint32_t flags = 0;
    float prior = 0;  // feature weight + population term: the score before evidence (Prior)
    float score = 0;
    bool neighbour_support = false;  // a neighbouring place contains it or lies in it
    bool neighbour_admin = false;    // ... through a province or district, not just a country
    bool neighbour_sibling = false;  // a neighbouring place lies in the same province
    // Set with the score, read again by Resolve's acceptance test:
    bool in_doc_country = false;     // the rest of the document votes for its country
    bool in_doc_province = false;    // ... names its province
  };
  std::uint32_t first_word = 0, last_word = 0;  // inclusive, type word included
  std::uint32_t sentence = 0;
  // The matched key (or skeleton): Context::keys[key_begin, +key_size).
  std::uint32_t key_begin = 0, key_size = 0;
  std::optional<Kind> hint;
  // The countries whose units the hint's type word names ("" for any;
  // PlaceTypeWords::Countries).
  std::string_view hint_countries;
  bool demonym = false;
  bool force_modifier = false;    // names an armed force's nationality ("US troops", "Saudi-led"): force_heads_
  bool fuzzy = false;             // matched by spelling skeleton, not by key
  bool common = false;            // one common English word (or a bare acronym)
  bool sentence_initial = false;
  bool in_proper_noun = false;    // part of a longer capitalised name ("Jake Sullivan")
  bool speaker_position = false;  // one word next to a verb of speech ("said Fatima, 34"): speech_verbs_
  // After a sentence's first word that the word lists do not know ("Boko
  // Haram ...", but also "Former Chennai Mayor"): maybe part of a name.
  bool after_opener = false;
  bool near_units = false;        // districts, provinces or countries may be named within kNeighbourGap words (set by Resolve)
  bool near_subunits = false;     // ... districts or provinces (set by Resolve)
  bool after_proper = false;      // a capitalised word, not a head noun, precedes it ("Lok Sabha")
  bool after_span = false;        // ... and that word ends the previous span ("Adampur Haryana")
  bool before_name_head = false;  // an organisation's head noun or a title follows it ("Juba League", "Law Minister")
  // The longer name it opens ends in an organisation's head noun ("Jaipur
  // Municipal Corporation"): the name of a body, not of a person.
  bool opens_organisation = false;
  // Its last word is an inflected English word ("Talking"). Only asked (and
  // set) when some candidate is a spelling-skeleton reading.
  bool english_word = false;
  // The readings: Context::candidates[cand_begin, cand_end).
  std::uint32_t cand_begin = 0, cand_end = 0;
  int best = -1;
  bool accepted = false;
  float self_country_vote = 0;    // what this span added to the document votes
  std::uint32_t voted_admin1 = gf::kNone;
  std::uint32_t voted_country = gf::kNone;
};

// One document's working state. Annotate keeps one per thread and reuses it
// (Clear), so that the vectors, strings and hash tables below keep their
// storage from one document to the next instead of being allocated and freed
// for every document, span and word.
struct PlaceRecognizer::Context {
  // A candidate of a neighbouring span, as Resolve compares it.
  struct NeighbourEntity {
    std::uint32_t entity = 0;
    std::uint32_t admin1 = 0, admin2 = 0, country = 0;
  };
  // What FindSpans knows of each word besides the word itself.
  // (Its sentence, and whether it starts it, are in DocumentWords.)
  struct WordInfo {
    bool facts_known = false;  // `facts` has been looked up
    PlaceWordFacts facts;      // from the word lists (PlaceWordTable)
  };
  // The document's words (DocumentWords, built by the caller or Annotate).
  const DocumentWords* words = nullptr;
  std::string_view text;  // the document's text
  // The text between two byte offsets without its spaces at either end
  // (empty when out of range).
  std::string_view Between(std::uint32_t from, std::uint32_t to) const {
    if (from > to || to > text.size()) return {};
    std::string_view between = text.substr(from, to - from);
    while (!between.empty() && (between.front() == ' ' || between.front() == '\t')) between.remove_prefix(1);
    while (!between.empty() && (between.back() == ' ' || between.back() == '\t')) between.remove_suffix(1);
    return between;
  }
  std::vector<WordInfo> info;  // parallel to words->words()
  std::vector<Span> spans;
  std::vector<Span::Candidate> candidates;  // every span's, in span order
  std::string keys;                         // every span's key, in span order
  std::span<Span::Candidate> Candidates(const Span& s) {
    return {candidates.data() + s.cand_begin, s.cand_end - s.cand_begin};
  }
  std::span<const Span::Candidate> Candidates(const Span& s) const {
    return {candidates.data() + s.cand_begin, s.cand_end - s.cand_begin};
  }
  std::string_view Key(const Span& s) const { return std::string_view(keys).substr(s.key_begin, s.key_size); }
  std::vector<float> country_votes;
  // The part of country_votes that names an armed force's nationality
  // ("Israeli airstrikes"): it ranks readings like any vote, but does not
  // make the places of other countries foreign (the force strikes abroad).
  std::vector<float> force_votes;
  std::vector<std::uint32_t> voted_countries;  // every country Vote() was called for (repeats allowed)
  // REQUIRES: country < country_votes.size(); amount > 0.
  void Vote(std::uint32_t country, float amount) {
    country_votes[country] += amount;
    voted_countries.push_back(country);
  }
  std::unordered_map<std::uint32_t, float> admin1_votes;
  std::vector<std::uint32_t> top_countries;  // the countries with the most votes, best first
  // Keys seen as part of a person-like name.
  std::unordered_set<std::string, StringHash, std::equal_to<>> person_keys;
  std::vector<std::uint32_t> own_countries;      // Resolve's scratch: one span's country candidates
  std::vector<const Span*> neighbours;           // Resolve's scratch: one span's neighbours
  std::vector<NeighbourEntity> neighbour_entities;  // Resolve's scratch: its neighbours' candidates
  std::vector<const Span::Candidate*> close;     // Annotate's scratch: one mention's alternatives
  bool candidates_erased = false;                // Resolve's first pass erased some candidates
  std::string best_key;                          // FindSpans' scratch key
  SpellingSkeletonBuilder skeleton;

  // Prior(entity), remembered across documents in a small direct-mapped
  // cache: the same few thousand places recur, and each miss calls log10.
  template <typename Compute>
  float CachedPrior(std::uint32_t entity, Compute compute) {
    PriorSlot& slot = prior_cache[entity % kPriorCacheSize];
    if (slot.entity != entity) slot = {entity, compute()};
    return slot.prior;
  }
  struct PriorSlot {
    std::uint32_t entity = gf::kNone;  // never a candidate's entity
    float prior = 0;
  };
  static constexpr std::size_t kPriorCacheSize = 4096;
  std::vector<PriorSlot> prior_cache = std::vector<PriorSlot>(kPriorCacheSize);
  // The recogniser (PlaceRecognizer::id_) prior_cache belongs to: another
  // recogniser on the same thread may have another gazetteer.
  std::uint64_t prior_owner = 0;

  // Forgets the previous document, keeping the storage (and prior_cache).
  void Clear() {
    words = nullptr;
    text = {};
    info.clear();
    spans.clear();
    candidates.clear();
    keys.clear();
    country_votes.clear();
    force_votes.clear();
    voted_countries.clear();
    admin1_votes.clear();
    top_countries.clear();
    person_keys.clear();
    candidates_erased = false;
  }
  // True when a long document left more storage behind than is worth keeping.
  bool Oversized() const {
    return info.capacity() > kKeptWords || candidates.capacity() > kKeptCandidates;
  }
  static constexpr std::size_t kKeptWords = 1 << 16;
  static constexpr std::size_t kKeptCandidates = 1 << 16;
};

PlaceRecognizer::PlaceRecognizer(Gazetteer gazetteer)
    : gazetteer_(std::move(gazetteer)),
      normalizer_(NameNormalizer::Default()),
      type_words_(PlaceTypeWords::Default()),
      capital_phrases_(CapitalPhrases::Default()),
      key_initial_(new std::atomic<std::uint16_t>[gazetteer_.entity_count()]()),
      id_(NextId()) {
  for (std::uint32_t c = 0; c < gazetteer_.country_count(); ++c) {
    country_by_code_.emplace(std::string(gazetteer_.CountryCode(c)), c);
  }
  // "IL<TAB>EG,JO,LB,PS,SY" after a header line; codes the gazetteer lacks
  // are skipped.
  neighbours_.resize(gazetteer_.country_count());
  bool header = true;
  for (std::string_view line : DataLines(EmbeddedData("places/borders.tsv"))) {
    if (std::exchange(header, false)) continue;
    const std::vector<std::string_view> fields = SplitFields(line);
    if (fields.size() < 2) continue;
    auto country = country_by_code_.find(fields[0]);
    if (country == country_by_code_.end()) continue;
    for (std::string_view code : SplitList(fields[1], ',')) {
      auto neighbour = country_by_code_.find(code);
      if (neighbour != country_by_code_.end()) neighbours_[country->second].push_back(neighbour->second);
    }
  }
  // Seats: a district's PPLA2 town, else a province capital (PPLA, PPLC)
  // inside it; a province's PPLA (else PPLC) town. Where GeoNames lists
  // several, the most populous. (One pass over the entities with flat
  // vectors: it runs at every start.)
  {
    const std::uint32_t n = gazetteer_.entity_count();
    seat_of_.assign(n, gf::kNone);
    capital_of_.assign(gazetteer_.country_count(), gf::kNone);
    std::vector<std::uint64_t> best(n, 0);  // rank << 32 | population of the seat so far
    // The seat features as bits (one test per entity: this reads them all).
    constexpr std::uint32_t kSeatFeatures = 1u << static_cast<int>(gf::Feature::kPPLA2) |
                                            1u << static_cast<int>(gf::Feature::kPPLA) |
                                            1u << static_cast<int>(gf::Feature::kPPLC);
    static_assert(gf::kFeatureMask < 32);
    for (std::uint32_t i = gazetteer_.country_count(); i < n; ++i) {
      const gf::Entity& e = gazetteer_.entity(i);
      const gf::Feature f = static_cast<gf::Feature>(e.feature & gf::kFeatureMask);
      if (((kSeatFeatures >> static_cast<int>(f)) & 1) == 0 || e.kind != Kind::kTown) continue;
      const std::uint64_t district_rank = f == gf::Feature::kPPLA2 ? 2 : 1;
      const std::uint64_t province_rank = f == gf::Feature::kPPLA ? 2 : f == gf::Feature::kPPLC ? 1 : 0;
      auto offer = [&](std::uint32_t unit, std::uint64_t rank) {
        if (unit >= n || rank == 0) return;
        const std::uint64_t score = rank << 32 | e.population;
        if (score > best[unit]) {
          best[unit] = score;
          seat_of_[unit] = i;
        }
      };
      offer(e.admin2, district_rank);
      offer(e.admin1, province_rank);
      if (f == gf::Feature::kPPLC && e.country < capital_of_.size()) {
        std::uint32_t& capital = capital_of_[e.country];
        if (capital == gf::kNone || e.population > gazetteer_.entity(capital).population) capital = i;
      }
    }
  }
  PlaceWordFacts common{PlaceWordFacts::kCommon}, article{PlaceWordFacts::kArticle}, head{PlaceWordFacts::kNameHead};
  for (std::string_view w : DataLines(EmbeddedData("places/common_words.txt"))) word_table_.Add(FoldWord(w), common);
  for (std::string_view w : DataLines(EmbeddedData("places/name_heads.txt"))) word_table_.Add(FoldWord(w), head);
  PlaceWordFacts title{PlaceWordFacts::kTitle};
  for (std::string_view w : DataLines(EmbeddedData("places/title_words.txt"))) word_table_.Add(FoldWord(w), title);
  for (std::string_view w : DataLines(EmbeddedData("places/english_suffixes.txt"))) {
    english_suffixes_.push_back(FoldWord(w));
    const std::string& suffix = english_suffixes_.back();
    if (suffix.empty()) english_suffix_last_.fill(true);  // ends every word
    else english_suffix_last_[static_cast<unsigned char>(suffix.back())] = true;
  }
  for (std::string_view line : DataLines(EmbeddedData("places/force_heads.txt"))) {
    // "-led": only after a hyphen ("Saudi-led"); otherwise the next word.
    if (line.starts_with("-")) force_hyphen_heads_.insert(FoldWord(line.substr(1)));
    else force_heads_.insert(FoldWord(line));
  }
  for (std::string_view w : DataLines(EmbeddedData("places/route_words.txt"))) route_words_.insert(FoldWord(w));
  for (std::string_view w : DataLines(EmbeddedData("places/speech_verbs.txt"))) speech_verbs_.insert(FoldWord(w));
  for (const std::string& a : normalizer_.articles()) {
    word_table_.Add(a, article);
    if (a.empty()) continue;  // (never found: words are not empty)
    article_initial_[static_cast<unsigned char>(a[0])] = true;
    max_article_size_ = std::max(max_article_size_, a.size());
  }
  for (const auto& [word, kind] : type_words_.words()) word_table_.Add(word, {PlaceWordFacts::kTypeWord, kind});
  // feature<TAB>weight
  for (std::string_view line : DataLines(EmbeddedData("places/feature_weights.tsv"))) {
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view name = line.substr(0, tab);
    float w = std::strtof(std::string(line.substr(tab + 1)).c_str(), nullptr);
    for (int f = 0; f < gf::kFeatureCount; ++f) {
      if (gf::kFeatureNames[f] == name) feature_weight_[f] = w;
    }
  }
}

Result<std::unique_ptr<PlaceRecognizer>> PlaceRecognizer::Load(const LexiconOptions& options) {
  auto builtin = Gazetteer::Open(EmbeddedGazetteer());
  if (!builtin.ok()) return builtin.status();
  if (options.gazetteer_dir.empty()) return FromGazetteer(std::move(builtin).value());
  auto sources = ReadGeoNamesDirectory(options.gazetteer_dir, builtin.value().CountriesTsv());
  if (!sources.ok()) return sources.status();
  auto bytes = BuildGazetteer(sources.value(), GazetteerBuildConfig::Default());
  if (!bytes.ok()) return bytes.status();
  auto gaz = Gazetteer::Open(std::move(bytes).value());
  if (!gaz.ok()) return gaz.status();
  return FromGazetteer(std::move(gaz).value());
}

std::unique_ptr<PlaceRecognizer> PlaceRecognizer::FromGazetteer(Gazetteer gazetteer) {
  return std::unique_ptr<PlaceRecognizer>(new PlaceRecognizer(std::move(gazetteer)));
}

PlaceRef PlaceRecognizer::Describe(std::uint32_t index) const {
  PlaceRef ref;
  DescribeInto(index, ref);
  return ref;
}

void PlaceRecognizer::DescribeInto(std::uint32_t index, PlaceRef& ref) const {
  if (index >= gazetteer_.entity_count()) return;
  const gf::Entity& e = gazetteer_.entity(index);
  ref.name.assign(gazetteer_.Name(e));
  if (e.admin2 != gf::kNone && e.admin2 < gazetteer_.entity_count()) ref.admin2.assign(gazetteer_.Name(e.admin2));
  if (e.admin1 != gf::kNone && e.admin1 < gazetteer_.entity_count()) ref.admin1.assign(gazetteer_.Name(e.admin1));
  if (e.country < gazetteer_.country_count()) {
    ref.country.assign(gazetteer_.CountryCode(e.country));
    ref.country_name.assign(gazetteer_.Name(e.country));
  }
  ref.lat = e.lat;
  ref.lon = e.lon;
  ref.kind.assign(KindName(e.kind));
  ref.precision = Precision(e.kind);
  ref.geoname_id = e.geoname_id;
  if (e.kind == Kind::kDistrict || e.kind == Kind::kProvince) {
    if (index < seat_of_.size() && seat_of_[index] != gf::kNone) {
      const gf::Entity& seat = gazetteer_.entity(seat_of_[index]);
      ref.has_seat = true;
      ref.seat_lat = seat.lat;
      ref.seat_lon = seat.lon;
      // A seat that bears the unit's name, however spelt ("Jizan" of Jazan,
      // "Taiz" of Taizz): comparing a unit with its own seat, two
      // consonants suffice. Folding both names costs thousands of
      // instructions and the same units recur from document to document,
      // so the answer is remembered per thread in a small direct-mapped
      // cache, by recogniser (id_, never reused) and unit.
      struct SeatNameSlot {
        std::uint64_t owner = 0;  // no recogniser's id
        std::uint32_t unit = gf::kNone;
        bool same_name = false;
      };
      static constexpr std::size_t kSeatNameSlots = 1024;
      thread_local std::array<SeatNameSlot, kSeatNameSlots> seat_names;
      SeatNameSlot& slot = seat_names[index % kSeatNameSlots];
      if (slot.owner != id_ || slot.unit != index) {
        const std::string own = Consonants(normalizer_.Key(ref.name));
        slot = {id_, index, !own.empty() && own == Consonants(normalizer_.Key(gazetteer_.Name(seat)))};
      }
      if (!slot.same_name) ref.seat.assign(gazetteer_.Name(seat));
    }
  }
}

std::uint64_t PlaceRecognizer::NextId() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

bool PlaceRecognizer::IsEnglishInflection(std::string_view folded) const {
  // Most words end in a byte no suffix ends in: no suffix compared.
  if (folded.empty() || !english_suffix_last_[static_cast<unsigned char>(folded.back())]) return false;
  for (const std::string& suffix : english_suffixes_) {
    // The stem must be a word of its own: "Sing" or "Kers" are names.
    if (folded.size() >= suffix.size() + 3 && folded.ends_with(suffix)) return true;
  }
  return false;
}

float PlaceRecognizer::Prior(std::uint32_t entity) const {
  const gf::Entity& e = gazetteer_.entity(entity);
  return feature_weight_[e.feature & gf::kFeatureMask] +
         kPopulationWeight * std::log10(static_cast<float>(e.population) + 1.0f);
}

int PlaceRecognizer::KeyInitial(std::uint32_t entity) const {
  constexpr std::uint16_t kKnown = 0x100, kEmpty = 0x200;
  std::atomic<std::uint16_t>& slot = key_initial_[entity];
  std::uint16_t v = slot.load(std::memory_order_relaxed);
  if (v == 0) {
    int initial = normalizer_.KeyInitial(gazetteer_.Name(entity));
    v = initial < 0 ? kEmpty : static_cast<std::uint16_t>(kKnown | initial);
    slot.store(v, std::memory_order_relaxed);
  }
  return v == kEmpty ? -1 : (v & 0xFF);
}

void PlaceRecognizer::FindSpans(const Document& doc, const DocumentWords& dw, Context& ctx) const {
  ctx.words = &dw;
  ctx.text = doc.text;
  const std::vector<FoldedWord>& w = dw.words();
  std::vector<Context::WordInfo>& info = ctx.info;
  info.assign(w.size(), Context::WordInfo{});
  // A word's facts, looked up on first use: most words (lower case, not
  // before a capitalised word) are never asked about.
  // (The look-up itself stays out of line, so that this test inlines: most
  // calls ask again about a word already looked up. GCC left the test out
  // of line too, a call for each of ~150,000 questions, unless told.)
  auto facts = [&](std::size_t k) __attribute__((always_inline)) -> const PlaceWordFacts& {
    Context::WordInfo& in = info[k];
    if (!in.facts_known) {
      in.facts = FindWordFacts(word_table_, w[k].folded);
      in.facts_known = true;
    }
    return in.facts;
  };
  auto type_kind = [&](std::size_t k) __attribute__((always_inline)) { return facts(k).type_kind(); };
  const std::size_t n = w.size();
  const std::size_t max_tokens = std::max<std::uint32_t>(1, gazetteer_.max_key_tokens());
  std::string& best_key = ctx.best_key;
  SpellingSkeletonBuilder& skeleton = ctx.skeleton;
  std::size_t i = 0;
  while (i < n) {
    // A lower-case article starts a name only before a capitalised word, and
    // an article that is also an English word ("at", "as") only when joined
    // by a hyphen ("as-Suwayda").
    // (Most words before a capitalised word, "in", "of", "the", cannot be
    // articles by their first byte or length: no look-up for them.)
    bool article = i + 1 < n && w[i + 1].capitalized && !w[i + 1].break_before &&
                   dw.sentence(i + 1) == dw.sentence(i) && MayBeArticle(w[i].folded) && facts(i).article();
    if (!w[i].capitalized && !article) { ++i; continue; }  // cannot start (below), without a look-up
    bool english = facts(i).common();
    bool starts = (w[i].capitalized && (!english || !facts(i).article() || article)) ||
                  (article && (!english || w[i + 1].hyphen_before));
    if (!starts) { ++i; continue; }
    // Longest match from i: extend while some name continues the tokens.
    std::size_t best_end = 0;
    std::span<const std::uint32_t> best_postings;
    best_key.clear();
    // The key of words i..j is what JoinKey gives for them (words joined by
    // spaces, a leading article dropped once there is more than one word).
    // Its fingerprint is grown one word at a time (gazetteer_format.h), and
    // asked of the gazetteer twice (a name? the start of a longer one?); the
    // key itself is written out only for a name found.
    std::uint64_t fnv = gf::kFingerprintSeed;
    // A possessive word read as part of the name ("Cox's Bazar", whose
    // GeoNames key is "cox bazar": keys drop a possessive too); n when none.
    std::size_t kept_possessive = n;
    for (std::size_t j = i; j < n && j - i < max_tokens; ++j) {
      if (j > i && (w[j].break_before || dw.sentence(j) != dw.sentence(i))) break;
      const bool drop_article = j > i && facts(i).article();
      if (j == i || (drop_article && j == i + 1)) {
        fnv = gf::FingerprintAppend(gf::kFingerprintSeed, w[j].folded);  // the key is this word
      } else {
        fnv = gf::FingerprintAppend(gf::FingerprintAppend(fnv, " "), w[j].folded);
      }
      const std::uint64_t fingerprint = gf::FingerprintFinish(fnv);
      bool last_ok = w[j].capitalized || w[j].has_digit || type_kind(j) != nullptr;
      if (last_ok) {
        auto postings = gazetteer_.LookupFingerprint(fingerprint);
        if (!postings.empty()) {
          best_end = j + 1;
          best_postings = postings;
          best_key.clear();
          for (std::size_t k = drop_article ? i + 1 : i; k <= j; ++k) {
            if (!best_key.empty()) best_key.push_back(' ');
            best_key += w[k].folded;
          }
        }
      }
      if (w[j].possessive) {
        // The name goes on past one possessive, to a capitalised word,
        // only where some name does ("Cox's Bazar"; not "Helmand's Nad Ali").
        if (kept_possessive != n || j + 1 >= n || !w[j + 1].capitalized || w[j + 1].break_before ||
            !gazetteer_.IsPrefixFingerprint(fingerprint)) {
          break;
        }
        kept_possessive = j;
        continue;
      }
      if (!gazetteer_.IsPrefixFingerprint(fingerprint)) break;
    }
    bool fuzzy = false;
    std::span<const std::uint32_t> variant_postings;  // skeleton readings of an exact match
    if (best_end != 0 && !(best_end - i == 1 && facts(i).common())) {
      // The key of the match is JoinKey of its words, so its skeleton is
      // the skeleton of best_key.
      skeleton.Reset();
      skeleton.Append(best_key);
      if (!skeleton.skeleton().empty()) variant_postings = gazetteer_.Lookup(skeleton.skeleton());
      // "Bala Bulak district": one word that is some place's exact name does
      // not hide a longer unit name spelt another way, read by its skeleton
      // ("Bālā Bulūk"), when a capitalised word and a type word follow.
      // (Without the type word, two-word skeletons find far too many
      // foreign places: "Sang Bur", "Ahmad Abad".)
      const std::size_t next = i + 1;
      if (best_end == next && next + 1 < n && w[next].capitalized && !w[next].break_before && !w[i].possessive &&
          dw.sentence(next) == dw.sentence(i) && type_kind(next) == nullptr && !facts(next).common() &&
          !w[next + 1].break_before && dw.sentence(next + 1) == dw.sentence(i) && type_kind(next + 1) != nullptr) {
        // (The builder is free again: the variants found above are postings
        // of the gazetteer, not views into it.)
        skeleton.Reset();
        skeleton.Append(best_key);
        skeleton.Append(w[next].folded);
        if (!skeleton.skeleton().empty()) {
          auto postings = gazetteer_.Lookup(skeleton.skeleton());
          if (!postings.empty()) {
            best_end = next + 1;
            best_postings = postings;
            best_key.assign(skeleton.skeleton());
            variant_postings = {};
            fuzzy = true;
          }
        }
      }
    } else if (!facts(i).common()) {
      // Spelling variants: the skeleton of up to three capitalised words
      // (never starting with a common word: "In Noakhali" is not "Inkhil").
      // Only reached without an exact match (best_end == 0).
      // The skeleton grows with the key, JoinKey of words i..j (which drops
      // a leading article once a second word follows).
      for (std::size_t j = i; j < n && j - i < 3; ++j) {
        if (j > i && (w[j].break_before || dw.sentence(j) != dw.sentence(i) || !w[j].capitalized)) break;
        if (j == i || (j == i + 1 && facts(i).article())) skeleton.Reset();
        skeleton.Append(w[j].folded);
        std::string_view key = skeleton.skeleton();
        if (key.empty()) continue;
        auto postings = gazetteer_.Lookup(key);
        if (!postings.empty()) {
          best_end = j + 1;
          best_postings = postings;
          best_key.assign(key);
          fuzzy = true;
        }
        if (w[j].possessive) break;
      }
    }
    if (best_end == 0) { ++i; continue; }
    Span span;
    span.fuzzy = fuzzy;
    span.first_word = static_cast<std::uint32_t>(i);
    span.last_word = static_cast<std::uint32_t>(best_end - 1);
    span.sentence = dw.sentence(i);
    span.key_begin = static_cast<std::uint32_t>(ctx.keys.size());
    span.key_size = static_cast<std::uint32_t>(best_key.size());
    ctx.keys += best_key;
    span.sentence_initial = dw.sentence_initial(i);
    // "At Kandahar airport", "As Kabul ...": an English article-like word
    // at a sentence start is not part of the name.
    if (facts(i).article() && best_end - i > 1 && !w[i + 1].hyphen_before &&
        (span.sentence_initial || facts(i).common())) {
      span.first_word = static_cast<std::uint32_t>(i + 1);
      span.sentence_initial = false;
    }
    // The type word may be part of the name ("Kandahar District") or follow it.
    if (const Kind* k = type_kind(best_end - 1); k != nullptr && best_end - 1 > i) {
      span.hint = *k;
      span.hint_countries = type_words_.Countries(w[best_end - 1].folded);
    }
    if (best_end < n && !w[best_end].break_before && dw.sentence(best_end) == span.sentence &&
        !w[best_end - 1].possessive) {
      // A common word before a capitalised type word that also heads
      // organisations' names ("the Forest Department", "Police Division") is
      // an office, not a unit named after a place.
      const bool office = best_end - i == 1 && facts(i).common() && w[best_end].capitalized &&
                          facts(best_end).name_head();
      if (const Kind* k = type_kind(best_end); k != nullptr && !office) {
        span.hint = *k;
        span.hint_countries = type_words_.Countries(w[best_end].folded);
        span.last_word = static_cast<std::uint32_t>(best_end);
      }
    }
    // "the district of X", "Province of X"; not "Handwara town of Kashmir",
    // where the type word has its own name before it and X is what holds it.
    const auto named_unit = [&](std::size_t t) {
      return t >= 1 && !w[t].break_before && dw.sentence(t - 1) == span.sentence && w[t - 1].capitalized &&
             !dw.sentence_initial(t - 1) && !facts(t - 1).common() && !facts(t - 1).article();
    };
    if (!span.hint && i >= 2 && w[i - 1].folded == "of" && !w[i].break_before && !w[i - 1].break_before &&
        dw.sentence(i - 2) == span.sentence && !named_unit(i - 2)) {
      if (const Kind* k = type_kind(i - 2)) {
        span.hint = *k;
        span.hint_countries = type_words_.Countries(w[i - 2].folded);
      }
    }
    // The candidates go straight into the shared pool; a span that ends up
    // with none (and is no demonym) takes them and its key back off.
    std::vector<Span::Candidate>& pool = ctx.candidates;
    span.cand_begin = static_cast<std::uint32_t>(pool.size());
    auto already = [&](std::uint32_t entity) {
      for (std::size_t k = span.cand_begin; k < pool.size(); ++k) if (pool[k].entity == entity) return true;
      return false;
    };
    // A name that ends in a type word ("Poonch District", one country's
    // district) does not hide the places named without it (another
    // country's district of the same name, under an alias): they are exact
    // readings too.
    std::span<const std::uint32_t> untyped_postings;
    if (!fuzzy && best_end - i >= 2 && type_kind(best_end - 1) != nullptr) {
      std::string_view last = w[best_end - 1].folded;
      std::string_view key = best_key;
      if (key.size() > last.size() + 1 && key.ends_with(last)) {
        key.remove_suffix(last.size() + 1);
        untyped_postings = gazetteer_.Lookup(key);
      }
    }
    for (int pass = 0; pass < 3; ++pass) {
    for (std::uint32_t p : pass == 0 ? best_postings : pass == 1 ? untyped_postings : variant_postings) {
      if (p & gf::kPostingDemonym) {
        if (pass == 0) span.demonym = true;
        continue;
      }
      std::uint32_t entity = p & gf::kPostingEntityMask;
      if (entity >= gazetteer_.entity_count()) continue;
      if (pass > 0 && already(entity)) continue;
      if (fuzzy || pass == 2) {
        // A skeleton match must at least start like the name it stands for.
        int own = KeyInitial(entity);
        std::string_view first = w[span.first_word].folded;
        if (own < 0 || first.empty() || own != static_cast<unsigned char>(first[0])) continue;
      }
      pool.push_back({entity, p, ctx.CachedPrior(entity, [&] { return Prior(entity); }), 0, false});
    }
    }
    if (span.demonym && span.hint) span.demonym = false;
    if (pool.size() - span.cand_begin > kMaxCandidates) {
      // Keep resolution linear on names that hundreds of villages share.
      std::partial_sort(pool.begin() + span.cand_begin, pool.begin() + span.cand_begin + kMaxCandidates, pool.end(),
                        [&](const auto& a, const auto& b) { return a.prior > b.prior; });
      pool.resize(span.cand_begin + kMaxCandidates);
    }
    span.cand_end = static_cast<std::uint32_t>(pool.size());
    span.common = best_end - i == 1 &&
                  (facts(i).common() || w[i].folded[0] == kAcronymMark);
    if (span.common && w[i].folded[0] == kAcronymMark) {
      // Country acronyms (US, UAE) are names; other acronyms are usually not.
      bool country = false;
      for (const auto& c : ctx.Candidates(span)) country |= c.entity < gazetteer_.country_count();
      if (country) span.common = false;
    }
    // Part of a longer capitalised name: a capitalised neighbour word that is
    // not a place, a type word or the sentence's first word.
    auto proper_word = [&](std::size_t k) {
      return w[k].capitalized && !w[k].all_caps && type_kind(k) == nullptr && !facts(k).common();
    };
    std::size_t first = span.first_word;
    // A sentence's first word is capitalised whatever it is, so it may make
    // the place part of a longer name only when the word lists know it for
    // no English word ("In", "Police", "Northern") or article: "Boko Haram"
    // opening a sentence is the group, not a district of Norway. (Resolve
    // excuses the place when that word is a place or nationality read as
    // such: "Kunduz Kandahar", "Afghan Kandahar".)
    const bool prev_joined = first > 0 && !w[first].break_before && dw.sentence(first - 1) == span.sentence &&
                             proper_word(first - 1) && !w[first - 1].possessive;
    bool prev_proper = prev_joined && !dw.sentence_initial(first - 1);
    const bool after_opener = prev_joined && dw.sentence_initial(first - 1) && !facts(first - 1).article();
    std::size_t after = span.last_word + 1;
    bool next_proper = after < n && !w[after].break_before && dw.sentence(after) == span.sentence &&
                       proper_word(after) && !w[span.last_word].possessive;
    // Between a capitalised word and an organisation's head noun ("the
    // University Grants Commission"): inside that organisation's name, even
    // when the neighbours are common words.
    bool inside_name = first > 0 && after < n && !w[first].break_before && !w[after].break_before &&
                       dw.sentence(first - 1) == span.sentence && !dw.sentence_initial(first - 1) &&
                       dw.sentence(after) == span.sentence && w[first - 1].capitalized &&
                       w[after].capitalized && facts(after).name_head();
    // "The Jammu-Srinagar highway": hyphen-joined names before a route word
    // are the route's ends, each a place of its own.
    if ((prev_proper && w[first].hyphen_before) || (next_proper && w[after].hyphen_before)) {
      std::size_t end = after;
      while (end < n && w[end].hyphen_before && w[end].capitalized && dw.sentence(end) == span.sentence) ++end;
      if (end < n && !w[end].break_before && dw.sentence(end) == span.sentence &&
          route_words_.contains(w[end].folded)) {
        if (w[first].hyphen_before) prev_proper = false;
        if (w[after].hyphen_before) next_proper = false;
      }
    }
    span.in_proper_noun = prev_proper || next_proper || inside_name;
    span.after_opener = after_opener && !span.in_proper_noun;
    // "said Fatima, 34, a mother of four", "\"...,\" Florence said": one
    // word right after a verb of speech and before a comma or the end, or
    // opening a clause right before one, is the speaker's name.
    if (span.first_word == span.last_word) {
      const bool after_speech = first > 0 && !w[first].break_before && dw.sentence(first - 1) == span.sentence &&
                                speech_verbs_.contains(w[first - 1].folded) &&
                                (after >= n || dw.sentence(after) != span.sentence || w[after].break_before);
      const bool before_speech = after < n && !w[after].break_before && dw.sentence(after) == span.sentence &&
                                 speech_verbs_.contains(w[after].folded) &&
                                 (dw.sentence_initial(first) || w[first].break_before);
      span.speaker_position = after_speech || before_speech;
    }
    // After a capitalised word that is not an organisation's head noun
    // ("... Sangh Haryana", a union of that province): the place may be the
    // last word of another name ("Lok Sabha"). Resolve excuses it when that
    // word is itself a place of the same country ("Adampur Haryana").
    span.after_proper = prev_proper && !facts(first - 1).name_head();
    span.after_span = !ctx.spans.empty() && ctx.spans.back().last_word + 1 == first;
    // Directly before an organisation's head noun ("Juba League", "Kabul
    // Bank"): the place names the organisation, which may be based anywhere.
    // Not after a type word ("Allahabad District Court" is that district's).
    // A title after it is the portfolio's ("Law Minister", "Shipping
    // Secretary"), not a place's.
    const bool joined_next = after < n && !w[after].break_before && dw.sentence(after) == span.sentence &&
                             !w[span.last_word].possessive;
    span.before_name_head = !span.hint && joined_next && w[after].capitalized &&
                            (facts(after).name_head() || facts(after).title());
    if (next_proper) {
      constexpr std::size_t kNameReach = 3;  // words of the longer name looked at
      for (std::size_t k = after; k < n && k < after + kNameReach && dw.sentence(k) == span.sentence; ++k) {
        if ((k > after && w[k].break_before) || !w[k].capitalized) break;
        if (facts(k).name_head()) {
          span.opens_organisation = true;
          break;
        }
      }
    }
    // Read only of spelling-skeleton readings (Resolve), so asked only when
    // there are some: most spans have none.
    bool any_fuzzy = false;
    for (const Span::Candidate& c : ctx.Candidates(span)) any_fuzzy |= (c.flags & gf::kPostingFuzzy) != 0;
    span.english_word = any_fuzzy && IsEnglishInflection(w[span.last_word].folded);
    if (after < n && dw.sentence(after) == span.sentence && !w[span.last_word].possessive) {
      std::string_view next = w[after].folded;
      span.force_modifier = w[after].hyphen_before ? force_hyphen_heads_.contains(next)
                                                   : !w[after].break_before && force_heads_.contains(next);
    }
    // "(NISA)": a one-word capitals abbreviation in parentheses names the
    // organisation before it (4+ letters: "(US)" stays a country).
    if (span.first_word == span.last_word && w[first].all_caps && w[first].folded.size() >= 4) {
      const FoldedWord& fw = w[first];
      if (fw.start > 0 && fw.end < doc.text.size() && doc.text[fw.start - 1] == '(' && doc.text[fw.end] == ')') {
        span.common = true;
      }
    }
    if (span.cand_end > span.cand_begin || span.demonym) {
      ctx.spans.push_back(span);
    } else {
      pool.resize(span.cand_begin);
      ctx.keys.resize(span.key_begin);
    }
    i = ctx.spans.empty() ? i + 1 : std::max<std::size_t>(i + 1, ctx.spans.back().last_word + 1);
  }
}

void PlaceRecognizer::Resolve(Context& ctx, bool final_pass) const {
  ctx.top_countries.clear();
  // Only the countries that received votes can lead, visited in index order
  // as a scan of all of them would (the sort below is not stable). Scanning
  // all ~250 countries twice per document was a quarter of Resolve.
  std::sort(ctx.voted_countries.begin(), ctx.voted_countries.end());
  ctx.voted_countries.erase(std::unique(ctx.voted_countries.begin(), ctx.voted_countries.end()),
                            ctx.voted_countries.end());
  for (std::uint32_t c : ctx.voted_countries) {
    if (ctx.country_votes[c] <= 0) continue;
    ctx.top_countries.push_back(c);
    std::sort(ctx.top_countries.begin(), ctx.top_countries.end(),
              [&](std::uint32_t a, std::uint32_t b) { return ctx.country_votes[a] > ctx.country_votes[b]; });
    if (ctx.top_countries.size() > kTopCountries) ctx.top_countries.pop_back();
  }
  for (std::size_t si = 0; si < ctx.spans.size(); ++si) {
    Span& span = ctx.spans[si];
    if (span.demonym || span.cand_end == span.cand_begin) continue;
    std::span<Span::Candidate> candidates = ctx.Candidates(span);
    // The span's candidates that are countries (entity indices below
    // country_count; usually none): other_votes looks a country up among
    // them instead of among all candidates, once per candidate.
    // Says too whether one of them is read through its own name (not an
    // alternate or a skeleton): country_by_name below.
    // (country_votes holds one slot per country of the gazetteer.)
    std::vector<std::uint32_t>& own_countries = ctx.own_countries;
    auto note_own_countries = [&] {
      own_countries.clear();
      bool by_name = false;
      for (const auto& c : candidates) {
        if (c.entity < ctx.country_votes.size()) {
          own_countries.push_back(c.entity);
          by_name |= (c.flags & (gf::kPostingAlternate | gf::kPostingFuzzy)) == 0;
        }
      }
      return by_name;
    };
    const bool country_by_name = note_own_countries();
    // Votes of the rest of the document: this span's own are taken out, so
    // that a lone place is not its own evidence.
    auto other_votes = [&](std::uint32_t country) {
      if (country >= ctx.country_votes.size()) return 0.0f;
      float v = ctx.country_votes[country];
      if (span.voted_country == country) v -= kPlaceCountryVote;
      for (std::uint32_t c : own_countries) {
        if (c == country) { v -= span.self_country_vote; break; }
      }
      return v;
    };
    // The span's own votes touch at most a few countries, so the largest
    // of the document's leading countries, recounted, is the maximum.
    float max_vote = 0;
    for (std::uint32_t c : ctx.top_countries) max_vote = std::max(max_vote, other_votes(c));
    // The same without the votes of armed forces' nationalities: what makes
    // a place "foreign" (below).
    float max_place_vote = 0;
    for (std::uint32_t c : ctx.top_countries) {
      max_place_vote = std::max(max_place_vote, other_votes(c) - ctx.force_votes[c]);
    }
    // Neighbouring spans in the same sentence. The comparisons with their
    // candidates depend only on the candidates, so the final pass reuses the
    // first pass's answers unless that pass erased some candidates (below),
    // after some spans had been compared with them.
    const bool reuse_neighbours = final_pass && !ctx.candidates_erased;
    std::vector<const Span*>& neighbours = ctx.neighbours;
    neighbours.clear();
    for (std::size_t k = si; !reuse_neighbours && k-- > 0;) {
      const Span& o = ctx.spans[k];
      if (o.sentence != span.sentence || span.first_word - o.last_word - 1 > kNeighbourGap) break;
      neighbours.push_back(&o);
    }
    for (std::size_t k = si + 1; !reuse_neighbours && k < ctx.spans.size(); ++k) {
      const Span& o = ctx.spans[k];
      if (o.sentence != span.sentence || o.first_word - span.last_word - 1 > kNeighbourGap) break;
      neighbours.push_back(&o);
    }
    // The neighbours' candidates with the fields the comparisons below read,
    // copied once per span instead of looked up in the gazetteer once per
    // pair of candidates.
    std::vector<Context::NeighbourEntity>& neighbour_entities = ctx.neighbour_entities;
    neighbour_entities.clear();
    if (!reuse_neighbours) span.near_units = span.near_subunits = false;
    // Whether another span of the sentence names a province, and none of
    // them `admin1` ("the Chato area of Deh Rahwod district, Urozgan" puts
    // Chato in Urozgan, not in Tanzania). Bounded, so that a sentence listing
    // hundreds of places stays linear; asked only of districts abroad.
    auto other_province_in_sentence = [&](std::uint32_t admin1, std::uint32_t country) {
      constexpr std::size_t kSentenceScan = 16;
      bool other = false;
      // Only spans already read as provinces count (the first pass has
      // decided every span): junk readings of common words do not.
      auto visit = [&](const Span& o) {
        // A name that some province of the candidate's own country also
        // bears ("Punjab") does not count against it.
        if (o.demonym || !o.accepted || o.best < 0) return true;
        const std::uint32_t d = ctx.Candidates(o)[static_cast<std::size_t>(o.best)].entity;
        if (gazetteer_.entity(d).kind != Kind::kProvince) return true;
        if (d == admin1) return false;
        for (const Span::Candidate& alt : ctx.Candidates(o)) {
          const gf::Entity& ae = gazetteer_.entity(alt.entity);
          if (ae.kind == Kind::kProvince && ae.country == country) return false;
        }
        other = true;
        return true;
      };
      for (std::size_t k = si, n = 0; k-- > 0 && n < kSentenceScan && ctx.spans[k].sentence == span.sentence; ++n) {
        if (!visit(ctx.spans[k])) return false;
      }
      for (std::size_t k = si + 1, n = 0;
           k < ctx.spans.size() && n < kSentenceScan && ctx.spans[k].sentence == span.sentence; ++k, ++n) {
        if (!visit(ctx.spans[k])) return false;
      }
      return other;
    };
    for (const Span* o : neighbours) {
      if (o->demonym) continue;
      for (const Span::Candidate& d : ctx.Candidates(*o)) {
        const gf::Entity& de = gazetteer_.entity(d.entity);
        if (de.kind != Kind::kTown) span.near_units = true;
        if (de.kind == Kind::kProvince || de.kind == Kind::kDistrict) span.near_subunits = true;
        neighbour_entities.push_back({d.entity, de.admin1, de.admin2, de.country});
      }
    }
    // A country written by its name is that country, not a town that lists
    // the name among its alternates (Iraq is also an old name of Arak).
    if (country_by_name && !span.hint) {
      // Erased in place (as std::erase_if would), leaving a gap in the pool.
      auto kept = std::remove_if(candidates.begin(), candidates.end(), [&](const Span::Candidate& c) {
        return (c.flags & (gf::kPostingAlternate | gf::kPostingFuzzy)) != 0;
      });
      if (kept != candidates.end()) ctx.candidates_erased = true;
      span.cand_end = span.cand_begin + static_cast<std::uint32_t>(kept - candidates.begin());
      candidates = ctx.Candidates(span);
      note_own_countries();
    }
    // When the name is some place's own name, readings through other
    // places' alternate names (often old or foreign spellings) fall back.
    // (A curated alias is not an own name here: "Kalaburagi", the district's
    // alias, is also the town's GeoNames alternate, and neither outranks the
    // other by that alone.)
    bool has_own_name = false;
    // Some place bears the name as written, as its own name or an alternate:
    // a spelling-skeleton reading of another place is then only a guess
    // that the writer misspelt it, and must not outrank the exact reading
    // without evidence of its own (an alternate name of a large Indian city
    // is not a Texas county whose consonants it shares).
    // (The readings not through the skeleton are counted here for below:
    // the candidates stay the same from here on.)
    std::size_t exact_readings = 0;
    for (const Span::Candidate& c : candidates) {
      if ((c.flags & (gf::kPostingAlternate | gf::kPostingFuzzy | gf::kPostingAlias)) == 0) has_own_name = true;
      exact_readings += (c.flags & gf::kPostingFuzzy) == 0;
    }
    const bool has_exact = exact_readings != 0;
    for (Span::Candidate& c : candidates) {
      const gf::Entity& e = gazetteer_.entity(c.entity);
      float score = c.prior;
      if (c.flags & gf::kPostingAlternate) score += has_own_name ? 2 * kAlternatePenalty : kAlternatePenalty;
      if (c.flags & gf::kPostingAlias) score += kAliasBonus;
      if (c.flags & gf::kPostingFuzzy) score += has_exact ? 2 * kFuzzyPenalty : kFuzzyPenalty;
      // A type word one country uses ("upazila") names none of another's units.
      const bool hint_country_ok =
          span.hint_countries.empty() ||
          PlaceTypeWords::CountryMatches(span.hint_countries, gazetteer_.CountryCode(e.country));
      if (span.hint) score += (*span.hint == e.kind && hint_country_ok) ? kHintMatch : kHintMismatch;
      if (!reuse_neighbours) {
      c.neighbour_support = false;
      c.neighbour_admin = false;
      bool sibling = false;
      const std::uint32_t country_count = gazetteer_.country_count();
      for (const Context::NeighbourEntity& d : neighbour_entities) {
        // d contains c, or c contains d: c or d is the other's province,
        // district or (when it is a country) country; never itself.
        bool d_contains_c = d.entity != c.entity && (e.admin1 == d.entity || e.admin2 == d.entity ||
                                                     (d.entity < country_count && e.country == d.entity));
        bool c_contains_d = c.entity != d.entity && (d.admin1 == c.entity || d.admin2 == c.entity ||
                                                     (c.entity < country_count && d.country == c.entity));
        if (d_contains_c || c_contains_d) {
          c.neighbour_support = true;
          bool via_country = d.entity < country_count || c.entity < country_count;
          if (!via_country) c.neighbour_admin = true;
        }
        if (d.admin1 != gf::kNone && d.admin1 == e.admin1 && d.entity != c.entity) sibling = true;
      }
      c.neighbour_sibling = sibling;
      }
      if (c.neighbour_admin) score += kNeighbourContains;
      else if (c.neighbour_support) score += kNeighbourCountry;
      else if (c.neighbour_sibling) score += kNeighbourSibling;
      c.in_doc_country = false;
      if (max_vote > 0) {
        float vote = other_votes(e.country);
        c.in_doc_country = vote > 0;
        if (vote > 0) score += kDocCountry * std::min(1.0f, vote / max_vote);
        else if (e.kind != Kind::kCountry) score += kForeignCountry;
      }
      c.in_doc_province = false;
      if (e.admin1 != gf::kNone && !ctx.admin1_votes.empty()) {
        auto it = ctx.admin1_votes.find(e.admin1);
        float v = it == ctx.admin1_votes.end() ? 0 : it->second;
        if (span.voted_admin1 == e.admin1) v -= 1;
        c.in_doc_province = v > 0;
        if (v > 0) score += kDocProvince;
      }
      c.score = score;
    }
    // Does the evidence carry a reading? The best-scoring candidate that
    // passes wins; if none does, the span is not a place.
    bool single = span.first_word == span.last_word || (span.hint && span.last_word == span.first_word + 1);
    // A one-word name seen earlier as part of a person-like name (the set
    // grows only after this span's candidates are decided).
    const bool known_person = single && !ctx.person_keys.empty() && ctx.person_keys.count(ctx.Key(span)) != 0;
    // Places of more than one country bear the name as their own: the name
    // alone does not say where (alternate and spelling-skeleton readings do
    // not count: most names have some).
    bool several_countries = false;
    std::uint32_t first_country = gf::kNone;
    for (const Span::Candidate& c : candidates) {
      if (c.flags & (gf::kPostingFuzzy | gf::kPostingAlternate)) continue;
      std::uint32_t country = gazetteer_.entity(c.entity).country;
      if (first_country == gf::kNone) first_country = country;
      if (country != first_country) {
        several_countries = true;
        break;
      }
    }
    // Across a border of a country the document is about
    // (data/places/borders.tsv): news about Israel names Gaza's towns, news
    // about India those of Pakistani Kashmir. A town or province there is
    // not held to a world city's size when no place of the document's
    // countries bears the name and no unit is named beside it.
    bool local_reading = false;
    for (const Span::Candidate& c : candidates) {
      if (other_votes(gazetteer_.entity(c.entity).country) > 0) {
        local_reading = true;
        break;
      }
    }
    auto across_border = [&](std::uint32_t country) {
      // (Not beside units: "Wazirabad, Baghlan, Afghanistan" is no town of
      // Pakistan even if the gazetteer does not know Baghlan's.)
      if (local_reading || span.near_subunits) return false;
      for (std::uint32_t top : ctx.top_countries) {
        if (other_votes(top) > 0 && Borders(top, country)) return true;
      }
      return false;
    };
    // "X area of Y", "X in Y", "X, Y.": the place named right after X
    // through "of" or "in", or after a comma when it ends the list (no
    // "and", comma or place follows it: "Lahore, Delhi and Dhaka" are
    // three places), says where X lies. Its country, once its reading is
    // known (the first pass has decided every span), or kNone.
    std::uint32_t container_country = gf::kNone;
    // The container's province (itself when it is one), or kNone.
    std::uint32_t container_admin1 = gf::kNone;
    if (si + 1 < ctx.spans.size()) {
      const Span& o = ctx.spans[si + 1];
      const std::vector<FoldedWord>& w = ctx.words->words();
      if (o.sentence == span.sentence && !o.demonym && o.accepted && o.best >= 0 &&
          o.first_word - span.last_word - 1 <= kNeighbourGap) {
        bool through = false;
        for (std::uint32_t k = span.last_word + 1; k < o.first_word; ++k) {
          std::string_view between = w[k].folded;
          if (between == "and" || between == "or") {
            through = false;
            break;
          }
          through |= between == "of" || between == "in";
        }
        if (o.first_word == span.last_word + 1 && w[o.first_word].break_before &&
            ctx.Between(w[span.last_word].end, w[o.first_word].start) == ",") {
          // A list goes on after Y, or X itself follows a place.
          const std::size_t after = o.last_word + 1;
          const bool list_goes_on =
              (after < w.size() && ctx.words->sentence(after) == o.sentence &&
               (w[after].folded == "and" || w[after].folded == "or" ||
                ctx.Between(w[o.last_word].end, w[after].start) == ",")) ||
              (si + 2 < ctx.spans.size() && ctx.spans[si + 2].sentence == o.sentence &&
               ctx.spans[si + 2].first_word - o.last_word - 1 <= 1);
          const bool after_place = si > 0 && ctx.spans[si - 1].sentence == span.sentence &&
                                   span.first_word - ctx.spans[si - 1].last_word - 1 <= 1;
          through = !list_goes_on && !after_place;
        }
        if (through) {
          const std::uint32_t container = ctx.Candidates(o)[static_cast<std::size_t>(o.best)].entity;
          const gf::Entity& ce = gazetteer_.entity(container);
          container_country = ce.country;
          container_admin1 = ce.kind == Kind::kProvince ? container : ce.admin1;
        }
      }
    }
    // The sentence's first word, before an after_opener span, was read as a
    // place or a nationality (spans are resolved in text order).
    bool opener_is_place = false;
    if (span.after_opener && si > 0) {
      const Span& o = ctx.spans[si - 1];
      opener_is_place = o.last_word + 1 == span.first_word && (o.demonym || o.accepted);
    }
    // Only one place bears the name as written (own or alternate name).
    const bool sole_exact_reading = exact_readings == 1;
    // Set below, once the exact readings have been judged.
    bool exact_acceptable = false;
    auto acceptable = [&](const Span::Candidate& c) {
      const gf::Entity& e = gazetteer_.entity(c.entity);
      // "Mirpur upazila" is no district or town of Pakistan. (A province
      // before such a word is not the unit it names: "Punjab Khet Mazdoor
      // Union" is a union of Indian Punjab's farm workers.)
      if (!span.hint_countries.empty() && e.kind != Kind::kProvince && e.kind != Kind::kCountry &&
          !c.neighbour_admin &&
          !PlaceTypeWords::CountryMatches(span.hint_countries, gazetteer_.CountryCode(e.country))) {
        return false;
      }
      bool hinted = span.hint && *span.hint == e.kind;
      bool in_doc_country = c.in_doc_country;
      bool foreign = max_place_vote > 0 && !in_doc_country && e.kind != Kind::kCountry;
      bool in_doc_province = c.in_doc_province;
      // Local evidence: a type word, or a province/district named next to
      // it. A country next to it is too weak ("Jake Sullivan said the US").
      bool local = hinted || c.neighbour_admin;
      if (span.common) return local;
      if (known_person) return local;
      // (Worked out only past the two answers above, which need none of it.)
      bool support = local || in_doc_province || in_doc_country;
      gf::Feature f = static_cast<gf::Feature>(e.feature & gf::kFeatureMask);
      bool strong = e.kind == Kind::kCountry || e.kind == Kind::kProvince || f == gf::Feature::kPPLC ||
                    e.population >= kLargeTown;
      // Evidence from elsewhere does not make a foreign place strong: "Lok
      // Sabha" is not Sabha in Libya, "Juba League" not South Sudan's capital.
      bool strong_here = strong && !foreign;
      // Next to another capitalised name ("Lloyd Austin", "Boko Haram"), a
      // town is most often part of a person's or group's name.
      bool unit = e.kind == Kind::kCountry || e.kind == Kind::kProvince;
      if (span.in_proper_noun && !local && !(unit || (f == gf::Feature::kPPLC && !foreign))) return false;
      if (span.speaker_position && (e.kind == Kind::kTown || e.kind == Kind::kDistrict) && !local &&
          f != gf::Feature::kPPLC &&
          f != gf::Feature::kPPLA && e.population < kLargeTown) {
        return false;
      }
      // After an unknown word opening the sentence, which may be a name's
      // first word or any English word the lists lack, only a place known
      // without context (a unit, a large town of the document's countries)
      // or one with local evidence stands. (Not the document's provinces:
      // the same name said again elsewhere would vouch for itself.)
      if (span.after_opener && !opener_is_place && !local && !strong_here) return false;
      // Before an organisation's head noun, only a town the document is
      // about counts: "Juba League" (a party's youth wing) in a report
      // naming no Sudanese place is not South Sudan's capital. (A province
      // or country is where its "Congress" or "Party" branch works.)
      if (span.before_name_head && !unit && !local && !in_doc_country && !in_doc_province) return false;
      // A province as the last word of a longer name ("Lok Sabha", a
      // farmers' "Sangha") needs the document's support: provinces abroad
      // share their names with common nouns of other languages.
      // After a name that may be a place of the same country ("Adampur
      // Haryana"), the province is that place's.
      // (The previous span's readings are read only when the rest holds.)
      if (span.after_proper && unit && e.kind == Kind::kProvince && !local && !in_doc_country && !in_doc_province) {
        bool after_place = false;
        if (span.after_span && si > 0) {
          for (const Span::Candidate& d : ctx.Candidates(ctx.spans[si - 1])) {
            if (gazetteer_.entity(d.entity).country == e.country) {
              after_place = true;
              break;
            }
          }
        }
        if (!after_place) return false;
      }
      if (span.sentence_initial && single && !strong_here && !support) return false;
      // A province of a country the document does not name needs a
      // neighbouring place that agrees, when other places of the document
      // do agree with each other ("Kurdistan" in a report on Iraq is not
      // Iran's province).
      // So does a district abroad when units named next to it, or provinces
      // named in its sentence, do not contain it ("Jabin, Laghman,
      // Afghanistan" is not a district of Yemen); when places of several
      // countries bear its name (abroad, such names also belong to farms,
      // estates and villages at home: "Santa Ana" in a report on Chile); or
      // when the document is settled on another country, named and agreed
      // with by its places ("Elizabeth Pascal" in a report on Nigeria is no
      // district of Saint Lucia). A lone district of a neighbouring country
      // stays ("clashes in Srinagar" in a report that also names Pakistan).
      constexpr float kSettledCountry = 2.0f;
      bool district_abroad = e.kind == Kind::kDistrict && !c.neighbour_sibling && foreign &&
                             (several_countries || span.near_units || max_place_vote >= kSettledCountry ||
                              other_province_in_sentence(e.admin1, e.country));
      if ((e.kind == Kind::kProvince || district_abroad) && foreign && !c.neighbour_support && !hinted &&
          max_place_vote >= 1) {
        return false;
      }
      // A town or district of another country than the place that contains
      // it ("Mirpur area of Dhaka city" is no district of Pakistan) is a
      // namesake, unless a neighbour does contain it.
      if ((e.kind == Kind::kTown || e.kind == Kind::kDistrict) && container_country != gf::kNone &&
          container_country != e.country && !c.neighbour_support && !hinted) {
        return false;
      }
      // Nor is a town or district of another province than its container
      // ("Anandpur in Odisha's Keonjhar district" is not the Punjab town),
      // unless a province or district named next to it contains it.
      if ((e.kind == Kind::kTown || e.kind == Kind::kDistrict) && container_admin1 != gf::kNone &&
          e.admin1 != gf::kNone && container_admin1 != e.admin1 && !c.neighbour_admin && !hinted) {
        return false;
      }
      if (e.kind == Kind::kTown) {
        bool world_city = f == gf::Feature::kPPLC || e.population >= kWorldCity;
        if (foreign && !c.neighbour_support && !world_city &&
            !(e.population >= kLargeTown && across_border(e.country))) {
          return false;
        }
        if (!strong && e.population < kSmallTown && !support) return false;
      }
      if (c.flags & gf::kPostingAlternate) {
        // News writes well-known towns by their familiar names, which
        // GeoNames often keeps as alternates of a transliterated main name
        // (Poipet for Paoy Paet): when no other place answers to the name
        // and the town is of some size, the name alone says where.
        // (Only a spelling of the main name: an alternate that does not
        // sound like it is another language's name, a surname or a word.)
        // (Folding the main name costs; asked only when nothing else helps.)
        if (!strong && !support &&
            !(sole_exact_reading && e.kind == Kind::kTown && e.population >= kNotableTown &&
              SpellsSameName(ctx.Key(span), normalizer_.Key(gazetteer_.Name(c.entity))))) {
          return false;
        }
        if (foreign && !local) return false;
        // An alternate that does not even start like the name is another
        // language's name or an old one (Bombay): only for well-known places.
        int own = KeyInitial(c.entity);
        std::string_view written = ctx.words->words()[span.first_word].folded;
        if (own >= 0 && !written.empty() && own != static_cast<unsigned char>(written[0]) && !strong_here && !local) {
          return false;
        }
      }
      if (c.flags & gf::kPostingFuzzy) {
        if (span.in_proper_noun || (foreign && !c.neighbour_support)) return false;
        // A misspelling is guessed only for a word that is no inflected
        // English word ("Talking", "Farmers").
        if (!local && span.english_word) return false;
        // A spelling variant of another place does not displace a place
        // that bears the name itself, without evidence for it.
        if (has_own_name && !local && !in_doc_country) return false;
        // Nor where an exact reading (own or alternate name) is acceptable,
        // unless local evidence or the document's provinces carry it: the
        // document's countries are no evidence here, as their votes may come
        // from skeleton readings of the same word elsewhere.
        if (exact_acceptable && !local && !in_doc_province) return false;
        const bool notable = strong || e.kind == Kind::kDistrict || f == gf::Feature::kPPLA ||
                             f == gf::Feature::kPPLA2 || e.population >= kNotableTown;
        if (!local && !(in_doc_country && notable) && !(notable && span.key_size >= kLongSkeleton)) return false;
      }
      return true;
    };
    // exact_acceptable is read only of spelling-skeleton readings: most
    // spans have none, and need not judge their readings twice.
    const bool any_fuzzy = exact_readings != candidates.size();
    for (std::size_t k = 0; any_fuzzy && k < candidates.size(); ++k) {
      if ((candidates[k].flags & gf::kPostingFuzzy) == 0 && acceptable(candidates[k])) {
        exact_acceptable = true;
        break;
      }
    }
    span.best = -1;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      const auto& a = candidates[k];
      if (span.best >= 0) {
        const auto& b = candidates[static_cast<std::size_t>(span.best)];
        if (a.score < b.score || (a.score == b.score && a.entity >= b.entity)) continue;
      }
      if (acceptable(a)) span.best = static_cast<int>(k);
    }
    bool ok = span.best >= 0;
    span.accepted = ok;
    // (A town opening a body's name, "Jaipur Municipal Corporation", is no
    // person's name: "in Jaipur" later stands on its own.)
    if (final_pass && !ok && (span.in_proper_noun || span.after_opener) && single && !span.opens_organisation) {
      ctx.person_keys.emplace(ctx.Key(span));
    }
  }
}

bool PlaceRecognizer::IsStrikeForceWord(std::string_view written) const {
  return force_heads_.contains(FoldWord(written));
}

void PlaceRecognizer::Annotate(Document& doc) const {
  doc.places.clear();
  if (doc.sentences.empty()) return;
  // Kept per thread as Context is (below), apart from the lexicon's.
  thread_local DocumentWords words;
  words.Build(doc, normalizer_);
  Annotate(doc, words);
}

void PlaceRecognizer::Annotate(Document& doc, const DocumentWords& words) const {
  doc.places.clear();
  if (doc.sentences.empty()) return;
  // One per thread, reused: Annotate is const and runs on many threads at
  // once, and is never re-entered on one thread.
  thread_local Context ctx;
  if (ctx.Oversized()) ctx = Context();
  ctx.Clear();
  if (ctx.prior_owner != id_) {
    std::fill(ctx.prior_cache.begin(), ctx.prior_cache.end(), Context::PriorSlot{});
    ctx.prior_owner = id_;
  }
  FindSpans(doc, words, ctx);
  // With no place named, only a reference to "the capital" of the country
  // the document's cue words name can still be one.
  if (ctx.spans.empty() && doc.country_cues.empty()) return;

  // Document countries: country names and demonyms.
  // (clear + resize: the new floats are value-initialised with one memset,
  // where assign fills them one by one.)
  ctx.country_votes.clear();
  ctx.country_votes.resize(gazetteer_.country_count());
  ctx.force_votes.clear();
  ctx.force_votes.resize(gazetteer_.country_count());
  for (Span& span : ctx.spans) {
    if (span.demonym) {
      for (std::uint32_t p : gazetteer_.Lookup(ctx.Key(span))) {
        if ((p & gf::kPostingDemonym) == 0) continue;
        std::uint32_t c = p & gf::kPostingEntityMask;
        if (c >= ctx.country_votes.size()) continue;
        ctx.Vote(c, kDemonymVote);
        if (span.force_modifier) ctx.force_votes[c] += kDemonymVote;
      }
      continue;
    }
    for (const auto& c : ctx.Candidates(span)) {
      if (c.entity >= gazetteer_.country_count()) continue;
      // A country inside an organisation's name ("Bangladesh Television",
      // "the Communist Party of India") is not a place of the story, but
      // says which country the story is about as a demonym would.
      const float vote = span.in_proper_noun || span.force_modifier ? kDemonymVote : 1.0f;
      ctx.Vote(c.entity, vote);
      if (span.force_modifier) ctx.force_votes[c.entity] += vote;
      span.self_country_vote = vote;
    }
  }
  // Words only one country's press uses (doc.country_cues, set by the lexicon).
  for (const auto& [iso2, n] : doc.country_cues) {
    auto it = country_by_code_.find(iso2);
    if (it != country_by_code_.end() && n > 0) ctx.Vote(it->second, kCueVote * static_cast<float>(n));
  }
  if (!doc.outlet_country.empty()) {
    auto it = country_by_code_.find(doc.outlet_country);
    if (it != country_by_code_.end()) ctx.Vote(it->second, kOutletVote);
  }
  Resolve(ctx, false);

  // Provinces and countries of the places read so far vote too (a country
  // named only through its places still counts: "in Kunduz, Helmand ...").
  for (Span& span : ctx.spans) {
    if (span.demonym || !span.accepted || span.best < 0) continue;
    const gf::Entity& e = gazetteer_.entity(ctx.Candidates(span)[static_cast<std::size_t>(span.best)].entity);
    if (e.admin1 != gf::kNone) {
      ctx.admin1_votes[e.admin1] += 1;
      span.voted_admin1 = e.admin1;
    }
    if (e.kind != Kind::kCountry && e.country < ctx.country_votes.size()) {
      ctx.Vote(e.country, kPlaceCountryVote);
      span.voted_country = e.country;
    }
  }
  Resolve(ctx, true);

  // One allocation for the mentions (each is large: growing the vector
  // moved every one made so far).
  std::size_t mentions = 0;
  for (const Span& span : ctx.spans) mentions += !span.demonym && span.accepted && span.best >= 0;
  doc.places.reserve(mentions);
  for (Span& span : ctx.spans) {
    if (span.demonym || !span.accepted || span.best < 0) continue;
    std::span<const Span::Candidate> candidates = ctx.Candidates(span);
    const auto& best = candidates[static_cast<std::size_t>(span.best)];
    // Built where it stays (the storage is reserved above), each PlaceRef
    // written in place: moving a mention and its strings cost as much as
    // describing it.
    PlaceMention& m = doc.places.emplace_back();
    m.start = ctx.words->words()[span.first_word].start;
    m.end = ctx.words->words()[span.last_word].end;
    m.sentence = span.sentence;
    DescribeInto(best.entity, m.place);
    // Confidence: the best reading's share of the candidates' soft-max mass.
    double total = 0;
    for (const auto& c : candidates) total += std::exp(static_cast<double>(c.score - best.score));
    m.confidence = static_cast<float>(1.0 / total);
    std::vector<const Span::Candidate*>& close = ctx.close;
    close.clear();
    for (const auto& c : candidates) {
      if (&c != &best && c.score >= best.score - kAlternativeMargin) close.push_back(&c);
    }
    std::sort(close.begin(), close.end(), [](auto* a, auto* b) { return a->score > b->score; });
    if (!close.empty()) m.alternatives.reserve(std::min<std::size_t>(close.size(), 4));
    for (std::size_t k = 0; k < close.size() && k < 4; ++k) DescribeInto(close[k]->entity, m.alternatives.emplace_back());
  }
  AddCapitalMentions(doc, ctx);
}

bool PlaceRecognizer::RefersToCapital(const DocumentWords& words) const {
  thread_local std::vector<CapitalPhrases::Reference> refs;
  refs.clear();
  capital_phrases_.Find(words, refs);
  return !refs.empty();
}

void PlaceRecognizer::AddCapitalMentions(Document& doc, const Context& ctx) const {
  thread_local std::vector<CapitalPhrases::Reference> refs;
  refs.clear();
  capital_phrases_.Find(*ctx.words, refs);
  if (refs.empty()) return;
  // The country the document is about: a whole vote ahead of any other,
  // counting what was finally read (places, nationalities, cue
  // words; the passes' votes also hold readings that were dropped later).
  thread_local std::vector<float> votes;
  votes.clear();
  votes.resize(gazetteer_.country_count());
  auto vote = [&](std::string_view iso2, float amount) {
    auto it = country_by_code_.find(iso2);
    if (it != country_by_code_.end()) votes[it->second] += amount;
  };
  // A place counts by its confidence: one doubtful reading ("New Market",
  // a district of Jamaica, in a report on Dhaka) does not make the document
  // about its country.
  for (const PlaceMention& m : doc.places) vote(m.place.country, m.confidence);
  for (const auto& [iso2, n] : doc.country_cues) vote(iso2, static_cast<float>(n));
  for (const Span& s : ctx.spans) {
    if (!s.demonym) continue;
    for (std::uint32_t p : gazetteer_.Lookup(ctx.Key(s))) {
      const std::uint32_t c = p & gf::kPostingEntityMask;
      if ((p & gf::kPostingDemonym) != 0 && c < votes.size()) votes[c] += 1;
    }
  }
  std::uint32_t lead = gf::kNone;
  float top = 0, second = 0;
  for (std::uint32_t c = 0; c < votes.size(); ++c) {
    if (votes[c] > top) {
      second = top;
      top = votes[c];
      lead = c;
    } else if (votes[c] > second) {
      second = votes[c];
    }
  }
  const bool lead_clear = lead != gf::kNone && top >= second + 1;
  // The span whose first (or last) word is k, when it was read as a place
  // (or, for `demonym`, when it is a nationality).
  auto span_at = [&](std::uint32_t k, bool by_last, bool demonym) -> const Span* {
    for (const Span& s : ctx.spans) {
      if ((by_last ? s.last_word : s.first_word) != k) continue;
      if (demonym ? s.demonym : (!s.demonym && s.accepted && s.best >= 0)) return &s;
    }
    return nullptr;
  };
  auto reading = [&](const Span& s) { return ctx.Candidates(s)[static_cast<std::size_t>(s.best)].entity; };
  const std::size_t named = doc.places.size();
  for (const CapitalPhrases::Reference& ref : refs) {
    std::uint32_t capital = gf::kNone;
    float confidence = 0.9f;
    if (ref.of_word >= 0) {
      // "the capital of Helmand province": the unit's seat.
      const Span* unit = span_at(static_cast<std::uint32_t>(ref.of_word), false, false);
      if (unit == nullptr) continue;
      const std::uint32_t e = reading(*unit);
      const gf::Entity& ue = gazetteer_.entity(e);
      if (ue.kind == Kind::kCountry) capital = e < capital_of_.size() ? capital_of_[e] : gf::kNone;
      else if (ue.kind == Kind::kProvince) capital = seat_of_[e];
    } else if (ref.nationality_word >= 0) {
      // "the Afghan capital": the nationality's country.
      const Span* nationality = span_at(static_cast<std::uint32_t>(ref.nationality_word), true, true);
      if (nationality == nullptr) continue;
      for (std::uint32_t p : gazetteer_.Lookup(ctx.Key(*nationality))) {
        if ((p & gf::kPostingDemonym) == 0) continue;
        const std::uint32_t c = p & gf::kPostingEntityMask;
        if (c < capital_of_.size()) capital = capital_of_[c];
        break;
      }
    } else {
      // "in the capital": the country the document is about.
      if (!lead_clear) continue;
      capital = capital_of_[lead];
      confidence = 0.7f;
    }
    if (capital == gf::kNone) continue;
    // Named beside it ("Kabul, the capital", "the capital Dhaka"): that
    // mention already places it.
    bool named_beside = false;
    for (const Span& s : ctx.spans) {
      if (s.demonym || !s.accepted || s.best < 0) continue;
      if (ref.of_word >= 0 && s.first_word == static_cast<std::uint32_t>(ref.of_word)) continue;
      if ((s.last_word < ref.first_word && s.last_word + 2 >= ref.first_word) ||
          (s.first_word > ref.last_word && s.first_word <= ref.last_word + 2)) {
        named_beside = true;
        break;
      }
    }
    if (named_beside) continue;
    const std::vector<FoldedWord>& w = ctx.words->words();
    PlaceMention m;
    m.start = w[ref.first_word].start;
    m.end = w[ref.last_word].end;
    m.sentence = ctx.words->sentence(ref.last_word);
    m.place = Describe(capital);
    m.confidence = confidence;
    doc.places.push_back(std::move(m));
  }
  if (doc.places.size() > named) {
    std::stable_sort(doc.places.begin(), doc.places.end(),
                     [](const PlaceMention& a, const PlaceMention& b) { return a.start < b.start; });
  }
}

}  // namespace sitrep::lexicon
