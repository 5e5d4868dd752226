// Country cues: words and phrases one country's press uses and others'
// hardly ever do ("upazila", "gram panchayat", "Village Development
// Committee", "hluttaw"), from data/actors/country_cues.tsv.
//
// They tell which country a document is about when it names no place the
// gazetteer knows and no national actor: "Anganwadi workers staged a dharna
// outside the collectorate" is Indian news. The actor recogniser adds their
// votes to those of places and actors: the lexicon runs Annotate before the
// place recogniser, which reads Document::country_cues as it reads country
// names, and the actor recogniser counts them for Document::main_country.
//
// Thread-safety: immutable after construction; share freely.
#ifndef SITREP_LEXICON_COUNTRY_CUES_H_
#define SITREP_LEXICON_COUNTRY_CUES_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "core/hash.h"
#include "lexicon/actor_words.h"

namespace sitrep::lexicon {

class CountryCues {
 public:
  // `tsv`: "phrase<TAB>ISO2" lines after a header; phrases are normalised
  // like actor aliases (actor_words.h). Malformed lines are skipped.
  explicit CountryCues(std::string_view tsv);
  // The embedded data/actors/country_cues.tsv.
  static const CountryCues& Default();

  // Adds one vote to (*votes)[iso2] per cue found in `words` (the longest
  // cue at each position; matches do not overlap). Linear in words.size().
  void Vote(const std::vector<ActorWord>& words, std::map<std::string, int>* votes) const;

  // REQUIRES: doc segmented. Sets doc.country_cues from the body sentences.
  void Annotate(Document& doc) const;

  std::size_t size() const { return cues_; }  // cues loaded

 private:
  // Adds the votes of the cues found in `words` (longest at each position,
  // no overlaps); `key` is scratch. `starts` holds, in increasing order, the
  // indexes of the words for which MayStartCue holds (the only words a cue
  // can start at), so that the scan neither tests nor hashes the others
  // again. Vote() and Annotate() both scan here.
  void ScanViews(const std::vector<std::string_view>& words, const std::vector<std::uint32_t>& starts,
                 std::string& key, std::map<std::string, int>* votes) const;

  // Phrase key ("gram panchayat") -> ISO2; every proper prefix of a key maps
  // to "" so that a scan knows when to go on.
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> phrases_;
  // The first words of phrases_, as two sets of bits: by shape (first,
  // middle and last byte and length, mixed by one multiply) modulo
  // kFirstWordBits, then by HashBytes of the word modulo kFirstWordBits. A
  // word with either bit clear starts no cue, which is nearly every word,
  // and is passed over without building a key or a map look-up; most fail
  // the first test, without hashing.
  static constexpr std::size_t kFirstWordBits = 1 << 15;
  std::vector<std::uint64_t> first_shapes_ = std::vector<std::uint64_t>(kFirstWordBits / 64);
  std::vector<std::uint64_t> first_words_ = std::vector<std::uint64_t>(kFirstWordBits / 64);
  void NoteFirstWord(std::string_view word);
  static std::size_t ShapeBit(std::string_view word) {  // REQUIRES: !word.empty()
    const auto* u = reinterpret_cast<const unsigned char*>(word.data());
    const std::size_t n = word.size();
    const std::uint64_t shape = std::uint64_t{u[0]} | (std::uint64_t{u[n / 2]} << 8) |
                                (std::uint64_t{u[n - 1]} << 16) | (static_cast<std::uint64_t>(n) << 24);
    return static_cast<std::size_t>((shape * 0x9E3779B97F4A7C15ull) >> 49);  // 15 bits
  }
  // (Inline: it runs for every word, and GCC made it an out-of-line call.)
  [[gnu::always_inline]] bool MayStartCue(std::string_view word) const {
    if (word.empty()) return false;
    const std::size_t shape = ShapeBit(word);
    if (((first_shapes_[shape / 64] >> (shape % 64)) & 1) == 0) return false;
    const std::size_t bit = HashBytes(word) & (kFirstWordBits - 1);
    return (first_words_[bit / 64] >> (bit % 64)) & 1;
  }
  std::size_t max_words_ = 0;
  std::size_t cues_ = 0;
};

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_COUNTRY_CUES_H_
