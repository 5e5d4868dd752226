// PlaceRecognizer: finds place names in a document's body sentences and
// resolves each to one gazetteer entry (core/mentions.h PlaceMention).
//
// Recognition (linear in the text): the words of each sentence are folded
// (lexicon/place_normalize.h) and, from every capitalised word, token n-grams
// up to the longest name are looked up in the gazetteer's name table, longest
// match first; a following type word ("district", "Province", "upazila")
// joins the mention and says what kind of unit it names.
//
// Resolution scores each candidate entity with
//  - its feature (capitals and admin seats first; data/places/feature_weights.tsv)
//    and population;
//  - the announced kind ("X district" prefers districts); a type word only
//    one country uses ("upazila", data/places/type_words.tsv) rules out the
//    districts and towns of other countries;
//  - agreement with the places named around it ("X district of Y", "in X, Y",
//    "Y's X"): candidates inside a neighbouring province or country, or
//    containing a neighbouring place, win;
//  - the document's countries and provinces (country names, demonyms such as
//    "Afghan", country cue words in doc.country_cues such as "upazila", and
//    the provinces of the other places it mentions).
// Capitalised common words (data/places/common_words.txt), sentence-initial
// words, words inside longer proper names and small places right after a
// sentence's first word when the word lists do not know that word ("Boko
// Haram ...") need supporting evidence to count as places; so do towns written before an organisation's head noun
// ("Juba League") or a person's title ("Law Minister"). A spelling-skeleton
// reading never displaces an exact name (own or alternate) without local
// evidence, and is never taken for an inflected English word ("Talking").
// A district or province abroad needs a neighbour's support when the
// document is about another country and the name is shared, or placed
// elsewhere by the units named around it; a town or district of another
// country than the place written as its container ("X area of Y", "X in
// Y", "X, Y" ending a list) is never read. A town's familiar name that
// GeoNames keeps only as an alternate (Poipet for "Paoy Paet") counts
// without context when no other place bears it, the town has 20,000+
// people and the name has the main name's consonants. Demonyms are never
// places. A reference to a capital that does not name it ("in the capital",
// "the Afghan capital", "the capital of Helmand province";
// capital_phrases.h) is a mention of the city when the nationality, the
// unit or the country the document is about says which.
//
// Thread-safety: immutable after Load; Annotate may run on many threads. Each
// thread keeps its own working state between documents (a thread_local in
// place_recognizer.cc), so a thread that has annotated a long document holds
// some memory until its next document (at most ~64k words' worth is kept);
// Annotate(doc) also keeps a DocumentWords per thread for the same reason,
// and Describe remembers per thread (16 KB) whether recently described
// units' seats bear their names.
#ifndef SITREP_LEXICON_PLACE_RECOGNIZER_H_
#define SITREP_LEXICON_PLACE_RECOGNIZER_H_

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/hash.h"
#include "core/document.h"
#include "core/result.h"
#include "lexicon/capital_phrases.h"
#include "lexicon/document_words.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "lexicon/place_normalize.h"
#include "lexicon/place_type_words.h"
#include "lexicon/place_word_table.h"

namespace sitrep::lexicon {

class PlaceRecognizer {
 public:
  // The built-in gazetteer, or the GeoNames dump in options.gazetteer_dir
  // compiled at load time (seconds for a country file, minutes for
  // allCountries.txt).
  static Result<std::unique_ptr<PlaceRecognizer>> Load(const LexiconOptions& options);
  // A recognizer over an already opened gazetteer.
  static std::unique_ptr<PlaceRecognizer> FromGazetteer(Gazetteer gazetteer);

  // REQUIRES: doc has been segmented (text::Segment). Replaces doc.places
  // with the places of its sentences, in text order.
  void Annotate(Document& doc) const;
  // The same, reading the words of doc's sentences from `words`.
  // REQUIRES: words.Build(doc, NameNormalizer::Default()) since doc's text
  // and sentences last changed.
  void Annotate(Document& doc, const DocumentWords& words) const;

  // Whether `words` hold a reference to a capital city that does not name
  // it ("in the capital", "the Afghan capital"; capital_phrases.h), which
  // Annotate reads as the capital of the country the document is about
  // when that country leads its votes.
  bool RefersToCapital(const DocumentWords& words) const;

  // The PlaceRef of a gazetteer entity (names, codes, position, kind).
  PlaceRef Describe(std::uint32_t entity) const;
  // Whether `written` (one word as written in the text: any case, accents,
  // apostrophes) after a nationality names a force that strikes from afar
  // ("airstrikes", "Warplanes"; data/places/force_heads.txt without its
  // hyphen-joined words). The word is folded as the recogniser folds words
  // (FoldWord, place_normalize.h) before the look-up.
  bool IsStrikeForceWord(std::string_view written) const;
  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  explicit PlaceRecognizer(Gazetteer gazetteer);
  struct Span;
  struct Context;
  void FindSpans(const Document& doc, const DocumentWords& words, Context& ctx) const;
  void Resolve(Context& ctx, bool final_pass) const;
  // Describe(entity) written into `ref`, so that a mention's PlaceRef is
  // filled where it stays. REQUIRES: ref is a new (default) PlaceRef.
  void DescribeInto(std::uint32_t entity, PlaceRef& ref) const;
  // The first byte of normalizer_.Key(gazetteer name of `entity`), or -1 when
  // that key is empty. A spelling-skeleton match is checked against the key
  // of every candidate it brings; building the key costs thousands of
  // instructions, so each entity's answer is remembered on first use.
  // REQUIRES: entity < gazetteer_.entity_count().
  int KeyInitial(std::uint32_t entity) const;
  // A candidate's score before any evidence: its feature's weight plus the
  // population term. Computed once per candidate (it calls log10).
  float Prior(std::uint32_t entity) const;

  Gazetteer gazetteer_;
  // Entity index of each district's and province's seat (PlaceRef::seat) by
  // the unit's entity index, gazetteer_format::kNone where there is none;
  // found once at load.
  std::vector<std::uint32_t> seat_of_;
  // Entity index of each country's capital (its most populous PPLC town) by
  // the country's index, gazetteer_format::kNone where there is none.
  std::vector<std::uint32_t> capital_of_;
  // Each country's land neighbours (data/places/borders.tsv), as country
  // indexes by the country's index. News about a country names towns across
  // its borders (cross-border fire, the occupied territories).
  std::vector<std::vector<std::uint32_t>> neighbours_;
  bool Borders(std::uint32_t a, std::uint32_t b) const {
    return a < neighbours_.size() && std::find(neighbours_[a].begin(), neighbours_[a].end(), b) != neighbours_[a].end();
  }
  // Adds to doc.places a mention of the capital city for each reference to
  // it that does not name it ("in the capital", "the Afghan capital", "the
  // capital of Helmand province"; capital_phrases.h), where the nationality
  // before it, the unit after it or the country the document is about says
  // which; none where the city is named beside it ("Kabul, the capital").
  // Keeps doc.places in text order. REQUIRES: ctx resolved (final pass).
  void AddCapitalMentions(Document& doc, const Context& ctx) const;
  const NameNormalizer& normalizer_;
  const PlaceTypeWords& type_words_;
  const CapitalPhrases& capital_phrases_;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> country_by_code_;  // ISO2 -> index
  // Common words, articles, organisation head nouns and type words, by folded word.
  PlaceWordTable word_table_;
  std::array<float, gazetteer_format::kFeatureCount> feature_weight_{};
  // Endings of inflected English words ("-ing", "-ers"; folded, from
  // data/places/english_suffixes.txt): a word ending so is not taken for a
  // misspelt place name (IsEnglishInflection).
  std::vector<std::string> english_suffixes_;
  std::array<bool, 256> english_suffix_last_{};  // by byte: some suffix ends in it
  // The articles' first bytes and greatest length: a folded word that
  // starts otherwise, or is longer, is no article without a look-up.
  std::array<bool, 256> article_initial_{};
  std::size_t max_article_size_ = 0;
  bool MayBeArticle(std::string_view folded) const {
    return !folded.empty() && folded.size() <= max_article_size_ && article_initial_[static_cast<unsigned char>(folded[0])];
  }
  bool IsEnglishInflection(std::string_view folded) const;
  // Words after a country name or demonym that make it an armed force's
  // nationality ("Israeli airstrikes", "US troops"; "Saudi-led" after a
  // hyphen), from data/places/force_heads.txt: whose force it is says
  // little about where it struck.
  ShapedWordSet force_heads_, force_hyphen_heads_;
  // route_words.txt: "highway", "road": after "X-Y", X and Y are its ends.
  ShapedWordSet route_words_;
  // speech_verbs.txt: "said", "told": a name next to one is the speaker's.
  ShapedWordSet speech_verbs_;
  // KeyInitial's memory, one slot per entity: 0 not yet known, 0x100 | byte,
  // or 0x200 for an empty key. Filled lazily by any thread: every thread
  // computes the same value for a slot, so relaxed atomics suffice.
  std::unique_ptr<std::atomic<std::uint16_t>[]> key_initial_;
  // Distinct for every recogniser ever made in the process (never reused, as
  // an address may be): names the owner of per-thread caches.
  const std::uint64_t id_;
  static std::uint64_t NextId();
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_PLACE_RECOGNIZER_H_
