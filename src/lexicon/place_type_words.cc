#include "lexicon/place_type_words.h"

#include "core/data.h"
#include "lexicon/place_normalize.h"

namespace sitrep::lexicon {

PlaceTypeWords::PlaceTypeWords(std::string_view tsv) {
  using gazetteer_format::Kind;
  for (std::string_view line : DataLines(tsv)) {
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view word = line.substr(0, tab);
    std::string_view kind = line.substr(tab + 1);
    while (!kind.empty() && (kind.front() == '\t' || kind.front() == ' ')) kind.remove_prefix(1);
    Kind k;
    if (kind == "town") k = Kind::kTown;
    else if (kind == "district") k = Kind::kDistrict;
    else if (kind == "province") k = Kind::kProvince;
    else continue;
    words_[FoldWord(word)] = k;
  }
}

const PlaceTypeWords& PlaceTypeWords::Default() {
  static const PlaceTypeWords* words = new PlaceTypeWords(EmbeddedData("places/type_words.tsv"));
  return *words;
}

}  // namespace sitrep::lexicon
