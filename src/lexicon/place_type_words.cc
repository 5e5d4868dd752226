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
    std::string_view countries;
    if (std::size_t end = kind.find_first_of("\t "); end != std::string_view::npos) {
      countries = kind.substr(end);
      kind = kind.substr(0, end);
      while (!countries.empty() && (countries.front() == '\t' || countries.front() == ' ')) countries.remove_prefix(1);
      while (!countries.empty() && (countries.back() == '\t' || countries.back() == ' ')) countries.remove_suffix(1);
    }
    Kind k;
    if (kind == "town") k = Kind::kTown;
    else if (kind == "district") k = Kind::kDistrict;
    else if (kind == "province") k = Kind::kProvince;
    else continue;
    std::string folded = FoldWord(word);
    if (!countries.empty()) countries_[folded] = std::string(countries);
    words_[std::move(folded)] = k;
  }
}

bool PlaceTypeWords::CountryMatches(std::string_view countries, std::string_view iso2) {
  if (countries.empty()) return true;
  while (!countries.empty()) {
    std::size_t comma = countries.find(',');
    std::string_view code = countries.substr(0, comma);
    while (!code.empty() && code.front() == ' ') code.remove_prefix(1);
    while (!code.empty() && code.back() == ' ') code.remove_suffix(1);
    if (!iso2.empty() && code == iso2) return true;
    if (comma == std::string_view::npos) break;
    countries.remove_prefix(comma + 1);
  }
  return false;
}

const PlaceTypeWords& PlaceTypeWords::Default() {
  static const PlaceTypeWords* words = new PlaceTypeWords(EmbeddedData("places/type_words.tsv"));
  return *words;
}

}  // namespace sitrep::lexicon
