// GazetteerBuilder: compiles gazetteer sources (lexicon/gazetteer_source.h)
// into the binary index Gazetteer reads (lexicon/gazetteer_format.h).
//
// Used twice with the same code: at build time by tools/gazetteer/
// compile_gazetteer (GeoNames cities500 + world-countries, embedded into the
// binary) and at run time for `--gazetteer DIR` (a user's GeoNames dump).
//
// What it does:
//  - one entity per country, province (admin1), district (admin2) and
//    populated place; provinces and districts written with a type word
//    ("Maidan Wardak Province", "Kandahar District") are listed without it;
//  - provinces and districts that have no surveyed position (no ADM1/ADM2
//    row) take their seat's (PPLA / PPLA2, the most populous if several),
//    else that of a town of the same name in the same province, else the
//    population-weighted centroid of the places inside them, else their
//    province's (districts), else their country's; such positions are
//    flagged kDerivedPosition;
//  - a name table from normalised keys to entities: names, ASCII names,
//    Latin-script alternate names of towns, country names, official names
//    and spellings, demonyms (flagged: evidence, not places), names with
//    their type word removed, and the curated aliases of
//    data/places/aliases.tsv.
//
// Thread-safety: a pure function of its inputs.
#ifndef SITREP_LEXICON_GAZETTEER_BUILDER_H_
#define SITREP_LEXICON_GAZETTEER_BUILDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "lexicon/gazetteer_source.h"

namespace sitrep::lexicon {

struct GazetteerBuildConfig {
  // Contents of data/places/aliases.tsv and data/places/type_words.tsv
  // (formats in the files' headers). Default: the embedded files.
  std::string_view aliases_tsv;
  std::string_view type_words_tsv;
  // Contents of data/places/city_sections.tsv: quarters of large cities that
  // GeoNames' cities500 lacks ("Gulshan", Dhaka), added as towns (feature
  // PPLX) unless a town of their country already bears the name.
  std::string_view city_sections_tsv;
  // Contents of data/places/excluded_units.tsv: GeoNames admin codes
  // ("IL.01.7870269") of units left out of the index, because news means
  // another place by their name. Their towns keep no district.
  std::string_view excluded_units_tsv;
  static GazetteerBuildConfig Default();
};

struct GazetteerBuildReport {
  std::size_t entities = 0, keys = 0, postings = 0;
  std::size_t derived_positions = 0;
  std::vector<std::string> warnings;  // aliases that found no target, places with unknown countries ...
};

// Compiles `sources` into index bytes. InvalidArgument if there are no
// countries or the index would exceed the format's limits.
Result<std::string> BuildGazetteer(const GazetteerSources& sources, const GazetteerBuildConfig& config,
                                   GazetteerBuildReport* report = nullptr);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_GAZETTEER_BUILDER_H_
