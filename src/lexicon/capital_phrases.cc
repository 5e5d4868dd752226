#include "lexicon/capital_phrases.h"

#include "core/data.h"
#include "lexicon/place_normalize.h"

namespace sitrep::lexicon {

CapitalPhrases::CapitalPhrases(std::string_view tsv) {
  for (std::string_view line : DataLines(tsv)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string_view where = line.substr(0, tab);
    std::string word = FoldWord(line.substr(tab + 1));
    if (word.empty()) continue;
    if (where == "before") not_before_.insert(std::move(word));
    else if (where == "after") not_after_.insert(std::move(word));
  }
}

const CapitalPhrases& CapitalPhrases::Default() {
  static const CapitalPhrases* phrases = new CapitalPhrases(EmbeddedData("places/capital_phrases.tsv"));
  return *phrases;
}

void CapitalPhrases::Find(const DocumentWords& words, std::vector<Reference>& out) const {
  const std::vector<FoldedWord>& w = words.words();
  const std::uint32_t n = words.size();  // (read once: size() divides by the word's size)
  for (std::uint32_t k = 0; k < n; ++k) {
    // Cheapest test first: the word is rare.
    if (w[k].folded != "capital" || w[k].capitalized || w[k].break_before || words.sentence_initial(k)) continue;
    const std::uint32_t sentence = words.sentence(k);
    const std::uint32_t first = words.first_word(sentence);
    const std::uint32_t end = words.end_word(sentence);
    const std::uint32_t p = k - 1;  // the word before "capital"
    if (not_before_.count(w[p].folded) != 0 || w[p].hyphen_before) continue;
    Reference ref;
    ref.last_word = k;
    if (w[p].folded == "the") {
      ref.first_word = p;
    } else if (p > first && w[p - 1].folded == "the" && !w[p].break_before) {
      // "the country's capital", "the nation's capital", "the Afghan capital".
      const bool own_country = w[p].possessive && (w[p].folded == "country" || w[p].folded == "nation");
      if (!own_country && !w[p].capitalized) continue;
      if (!own_country) ref.nationality_word = static_cast<std::int32_t>(p);
      ref.first_word = p - 1;
    } else {
      continue;
    }
    if (k + 1 < end && !w[k + 1].break_before && !w[k].possessive) {
      const std::string_view next = w[k + 1].folded;
      if (not_after_.count(next) != 0) continue;
      if (next == "city") {
        ref.last_word = k + 1;
      } else if (next == "of" && k + 2 < end && !w[k + 2].break_before) {
        // "the capital of X" (or "of the X"): X is read by the caller.
        std::uint32_t x = k + 2;
        if (w[x].folded == "the" && x + 1 < end) ++x;
        ref.of_word = static_cast<std::int32_t>(x);
      }
    }
    out.push_back(ref);
  }
}

}  // namespace sitrep::lexicon
