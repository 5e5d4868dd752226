#include "eval/province_spellings.h"

#include <algorithm>

#include "lexicon/gazetteer_embedded.h"
#include "lexicon/gazetteer_format.h"
#include "lexicon/place_normalize.h"

namespace sitrep::eval {

namespace gf = lexicon::gazetteer_format;

const ProvinceSpellings& ProvinceSpellings::Default() {
  static const ProvinceSpellings* spellings = [] {
    auto opened = lexicon::Gazetteer::Open(lexicon::EmbeddedGazetteer());
    const lexicon::Gazetteer* gazetteer =
        opened.ok() ? new lexicon::Gazetteer(std::move(opened).value()) : nullptr;
    return new ProvinceSpellings(gazetteer);
  }();
  return *spellings;
}

std::vector<std::string> ProvinceSpellings::Names(std::string_view gold_name, std::string_view iso2) const {
  std::vector<std::string> out;
  if (gazetteer_ == nullptr || gold_name.empty()) return out;
  const std::string key = lexicon::NameNormalizer::Default().Key(gold_name);
  if (key.empty()) return out;
  for (std::uint32_t posting : gazetteer_->Lookup(key)) {
    if ((posting & (gf::kPostingFuzzy | gf::kPostingDemonym)) != 0) continue;
    const std::uint32_t index = posting & gf::kPostingEntityMask;
    if (index >= gazetteer_->entity_count()) continue;
    const gf::Entity& e = gazetteer_->entity(index);
    if (e.kind != gf::Kind::kProvince) continue;
    if (!iso2.empty() && (e.country == gf::kNoCountry || gazetteer_->CountryCode(e.country) != iso2)) continue;
    std::string name(gazetteer_->Name(e));
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

}  // namespace sitrep::eval
