#include "lexicon/gazetteer_builder.h"

#include <cctype>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "core/data.h"
#include "core/split.h"
#include "lexicon/gazetteer_format.h"
#include "lexicon/place_normalize.h"
#include "lexicon/place_type_words.h"

namespace sitrep::lexicon {
namespace {

namespace gf = gazetteer_format;
using gf::Entity;
using gf::Feature;
using gf::Kind;

// Names longer than this (in tokens) are not indexed: news never writes them
// out, and the matcher's window stays short.
constexpr std::size_t kMaxKeyTokens = 8;

Feature FeatureFromCode(std::string_view code) {
  if (code == "PPLC") return Feature::kPPLC;
  if (code == "PPLA") return Feature::kPPLA;
  if (code == "PPLA2") return Feature::kPPLA2;
  if (code == "PPLA3") return Feature::kPPLA3;
  if (code == "PPLA4") return Feature::kPPLA4;
  if (code == "PPLX") return Feature::kPPLX;
  if (code.substr(0, 3) == "PPL") return Feature::kPPL;
  return Feature::kOther;
}

// True if an alternate name is worth indexing: Latin script, written as a
// name (has a lower-case letter: excludes codes like "KBL"), no digits, not
// a link.
bool UsableAlternate(std::string_view s) {
  if (s.size() < 3 || s.size() > 80) return false;
  bool lower = false;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= '0' && c <= '9') return false;
      if (c >= 'a' && c <= 'z') lower = true;
      if (c == '/' || c == ':' || c == '@') return false;
      ++i;
      continue;
    }
    // Latin-1 supplement, Latin Extended-A/B, IPA/modifier letters,
    // combining marks and Latin Extended Additional only.
    std::size_t len = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) { cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu); len = 2; }
    else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu); len = 3;
    } else {
      return false;
    }
    bool latin = (cp >= 0xC0 && cp < 0x370) || (cp >= 0x1E00 && cp < 0x1F00) || (cp >= 0x2018 && cp <= 0x2019);
    if (!latin) return false;
    if (cp >= 0xDF && cp < 0x250) lower = true;
    i += len;
  }
  return lower;
}

// Removes a trailing type word from a written name: "Maidan Wardak Province"
// -> "Maidan Wardak"; or a leading district word: "Amphoe Thepha" -> "Thepha". Returns the name unchanged when there is none or when
// nothing would remain.
std::string StripTypeWord(const std::string& name, const PlaceTypeWords& types) {
  // "Province of Bukidnon", "State of Mexico".
  if (std::size_t of = name.find(" of "); of != std::string::npos && name.find(' ') == of) {
    const Kind* k = types.Find(FoldWord(std::string_view(name).substr(0, of)));
    if (k != nullptr && *k != Kind::kTown && of + 4 < name.size()) return name.substr(of + 4);
  }
  // "Amphoe Pa Daet", "Srok Thma Pok": Thai and Cambodian district names
  // carry their unit first.
  if (std::size_t space = name.find(' '); space != std::string::npos && space + 1 < name.size()) {
    const Kind* k = types.Find(FoldWord(std::string_view(name).substr(0, space)));
    const unsigned char next = static_cast<unsigned char>(name[space + 1]);
    const bool named = std::isalpha(next) || next >= 0x80;  // not "District 9"
    if (k != nullptr && *k == Kind::kDistrict && named &&
        types.Find(FoldWord(std::string_view(name).substr(space + 1))) == nullptr) {
      return name.substr(space + 1);
    }
  }
  std::size_t cut = name.find_last_of(" -");
  if (cut == std::string::npos || cut == 0) return name;
  const Kind* k = types.Find(FoldWord(std::string_view(name).substr(cut + 1)));
  if (k == nullptr || *k == Kind::kTown) return name;
  std::size_t end = cut;
  while (end > 0 && (name[end - 1] == ' ' || name[end - 1] == '-' || name[end - 1] == ',')) --end;
  return end == 0 ? name : name.substr(0, end);
}

struct PendingPosition {
  double wlat = 0, wlon = 0, weight = 0;  // population-weighted sums of the places inside
  std::uint32_t seat = gf::kNone;         // PPLA / PPLA2 entity
  bool surveyed = false;                   // an ADM row gave the position
};

class Builder {
 public:
  Builder(const GazetteerSources& s, const GazetteerBuildConfig& c, GazetteerBuildReport& r)
      : src_(s), cfg_(c), report_(r), types_(c.type_words_tsv), norm_(NameNormalizer::Default()) {}

  Result<std::string> Run() {
    if (src_.countries.empty()) return Status::InvalidArgument("gazetteer sources have no countries");
    if (src_.countries.size() >= gf::kNoCountry) return Status::InvalidArgument("too many countries");
    AddCountries();
    AddAdmins();
    AddPlaces();
    FinishPositions();
    IndexNames();
    AddCitySections();
    AddAliases();
    return Serialize();
  }

 private:
  std::uint32_t AddString(std::string_view s) {
    std::uint32_t off = static_cast<std::uint32_t>(strings_.size());
    strings_.append(s.data(), s.size());
    strings_.push_back('\0');
    return off;
  }

  std::uint32_t NewEntity(std::string_view name, Kind kind, Feature feature, std::uint16_t country) {
    Entity e{};
    e.name = AddString(name);
    e.kind = kind;
    e.feature = static_cast<std::uint8_t>(feature);
    e.country = country;
    e.admin1 = gf::kNone;
    e.admin2 = gf::kNone;
    entities_.push_back(e);
    pending_.emplace_back();
    return static_cast<std::uint32_t>(entities_.size() - 1);
  }

  void AddCountries() {
    for (const CountrySource& c : src_.countries) {
      if (country_index_.count(c.iso2)) continue;
      std::uint32_t idx = NewEntity(c.name, Kind::kCountry, Feature::kCountry, 0);
      AddString(c.iso2);  // CountryCode() reads it right after the name
      entities_[idx].country = static_cast<std::uint16_t>(idx);
      entities_[idx].lat = static_cast<float>(c.lat);
      entities_[idx].lon = static_cast<float>(c.lon);
      pending_[idx].surveyed = true;
      country_index_[c.iso2] = idx;
      country_sources_.push_back(&c);
    }
    country_count_ = static_cast<std::uint32_t>(entities_.size());
  }

  std::uint16_t CountryOf(std::string_view iso2) {
    auto it = country_index_.find(std::string(iso2));
    return it == country_index_.end() ? gf::kNoCountry : static_cast<std::uint16_t>(it->second);
  }

  void AddAdmin(const AdminSource& a, bool level2) {
    if (excluded_units_.count(a.code)) return;
    std::string_view code = a.code;
    std::uint16_t country = CountryOf(code.substr(0, code.find('.')));
    if (country == gf::kNoCountry) { ++unknown_country_; return; }
    std::string display = StripTypeWord(a.name, types_);
    std::uint32_t idx = NewEntity(display, level2 ? Kind::kDistrict : Kind::kProvince,
                                  level2 ? Feature::kPPLA2 : Feature::kPPLA, country);
    entities_[idx].feature = static_cast<std::uint8_t>(level2 ? Feature::kADM2 : Feature::kADM1);
    entities_[idx].geoname_id = a.geoname_id;
    if (level2) {
      std::size_t dot = code.rfind('.');
      auto parent = admin_index_.find(std::string(code.substr(0, dot)));
      if (parent != admin_index_.end()) entities_[idx].admin1 = parent->second;
      entities_[idx].admin2 = idx;
    } else {
      entities_[idx].admin1 = idx;
    }
    admin_index_[a.code] = idx;
    admin_names_.push_back({idx, {a.name, a.ascii_name}});
  }

  void AddAdmins() {
    for (std::string_view line : DataLines(cfg_.excluded_units_tsv)) {
      excluded_units_.emplace(line.substr(0, line.find('\t')));
    }
    for (const AdminSource& a : src_.admin1) {
      if (!admin_index_.count(a.code)) AddAdmin(a, false);
    }
    for (const AdminSource& a : src_.admin2) {
      if (!admin_index_.count(a.code)) AddAdmin(a, true);
    }
  }

  void AddPlaces() {
    // ADM rows first: they may create provinces/districts missing from the
    // code files and give surveyed positions.
    for (int pass = 1; pass <= 2; ++pass) {
      for (const PlaceSource& p : src_.places) {
        if (p.feature_class != 'A' || p.feature_code != (pass == 1 ? "ADM1" : "ADM2")) continue;
        std::string code = p.country + "." + p.admin1 + (pass == 2 ? "." + p.admin2 : "");
        auto it = admin_index_.find(code);
        if (it == admin_index_.end()) {
          AddAdmin(AdminSource{code, p.name, p.ascii_name, p.geoname_id}, pass == 2);
          it = admin_index_.find(code);
          if (it == admin_index_.end()) continue;
        }
        Entity& e = entities_[it->second];
        e.lat = static_cast<float>(p.lat);
        e.lon = static_cast<float>(p.lon);
        e.geoname_id = p.geoname_id;
        e.population = static_cast<std::uint32_t>(std::min<std::uint64_t>(p.population, 0xFFFFFFFFu));
        pending_[it->second].surveyed = true;
        admin_alternates_.push_back({it->second, &p});
      }
    }
    for (const PlaceSource& p : src_.places) {
      if (p.feature_class != 'P') continue;
      std::uint16_t country = CountryOf(p.country);
      if (country == gf::kNoCountry) { ++unknown_country_; continue; }
      Feature f = FeatureFromCode(p.feature_code);
      std::uint32_t idx = NewEntity(p.name, Kind::kTown, f, country);
      Entity& e = entities_[idx];
      e.geoname_id = p.geoname_id;
      e.lat = static_cast<float>(p.lat);
      e.lon = static_cast<float>(p.lon);
      e.population = static_cast<std::uint32_t>(std::min<std::uint64_t>(p.population, 0xFFFFFFFFu));
      auto a1 = admin_index_.find(p.country + "." + p.admin1);
      if (!p.admin1.empty() && a1 != admin_index_.end()) e.admin1 = a1->second;
      auto a2 = admin_index_.find(p.country + "." + p.admin1 + "." + p.admin2);
      if (!p.admin2.empty() && a2 != admin_index_.end()) e.admin2 = a2->second;
      towns_.push_back({idx, &p});
      // Position evidence for the units it lies in.
      double w = static_cast<double>(e.population) + 1.0;
      for (std::uint32_t unit : {e.admin1, e.admin2}) {
        if (unit == gf::kNone) continue;
        PendingPosition& pp = pending_[unit];
        pp.wlat += w * p.lat;
        pp.wlon += w * p.lon;
        pp.weight += w;
        bool is_seat = (unit == e.admin1 && (f == Feature::kPPLA || (f == Feature::kPPLC && pp.seat == gf::kNone))) ||
                       (unit == e.admin2 && f == Feature::kPPLA2);
        if (is_seat && (pp.seat == gf::kNone || entities_[pp.seat].population < e.population)) pp.seat = idx;
      }
    }
  }

  // Provinces first, then districts (which may fall back on their province).
  // Order of preference: the unit's seat; a town of the same name in the
  // same province; the population-weighted centroid of its towns; its
  // province's position; its country's.
  void FinishPositions() {
    for (const auto& [idx, p] : towns_) towns_by_key_[norm_.Key(p->name)].push_back(idx);
    const auto& towns_by_key = towns_by_key_;
    for (Kind level : {Kind::kProvince, Kind::kDistrict}) {
      for (std::uint32_t i = country_count_; i < entities_.size(); ++i) {
        Entity& e = entities_[i];
        if (e.kind != level || pending_[i].surveyed) continue;
        const PendingPosition& pp = pending_[i];
        std::uint32_t namesake = gf::kNone;
        if (pp.seat == gf::kNone) {
          std::string_view name = std::string_view(strings_).substr(e.name);
          auto it = towns_by_key.find(norm_.Key(name.substr(0, name.find('\0'))));
          if (it != towns_by_key.end()) {
            for (std::uint32_t t : it->second) {
              const Entity& town = entities_[t];
              bool inside = level == Kind::kProvince ? town.admin1 == i : (town.admin1 == e.admin1 && town.country == e.country);
              if (inside && (namesake == gf::kNone || town.population > entities_[namesake].population)) namesake = t;
            }
          }
        }
        std::uint32_t source = pp.seat != gf::kNone ? pp.seat : namesake;
        if (source != gf::kNone) {
          e.lat = entities_[source].lat;
          e.lon = entities_[source].lon;
        } else if (pp.weight > 0) {
          e.lat = static_cast<float>(pp.wlat / pp.weight);
          e.lon = static_cast<float>(pp.wlon / pp.weight);
        } else if (level == Kind::kDistrict && e.admin1 != gf::kNone) {
          e.lat = entities_[e.admin1].lat;
          e.lon = entities_[e.admin1].lon;
        } else {
          e.lat = entities_[e.country].lat;
          e.lon = entities_[e.country].lon;
        }
        e.feature |= gf::kDerivedPosition;
        ++report_.derived_positions;
      }
    }
  }

  // Adds `name` (and the keys of its token prefixes) for `entity`.
  void AddName(std::string_view name, std::uint32_t entity, std::uint32_t flags) {
    std::vector<std::string> tokens = norm_.Tokens(name);
    if (tokens.empty() || tokens.size() > kMaxKeyTokens) return;
    std::string key = norm_.JoinKey(tokens, 0, tokens.size());
    if (key.empty()) return;
    keys_.push_back({gf::Fingerprint(key), entity | flags});
    max_tokens_ = std::max(max_tokens_, tokens.size());
    for (std::size_t p = 1; p < tokens.size(); ++p) {
      prefix_keys_.push_back(gf::Fingerprint(norm_.JoinKey(tokens, 0, p)) ^ gf::kPrefixSalt);
    }
  }

  void AddNameAndStripped(const std::string& name, std::uint32_t entity, std::uint32_t flags) {
    if (name.empty()) return;
    AddName(name, entity, flags);
    AddSkeleton(name, entity);
    std::string stripped = StripTypeWord(name, types_);
    if (stripped != name) {
      AddName(stripped, entity, flags);
      AddSkeleton(stripped, entity);
    }
  }

  // Spelling skeletons only for the places reports name most (units and
  // seats, larger towns): for villages they would collide too often.
  void AddSkeleton(std::string_view name, std::uint32_t entity) {
    std::string skeleton = SpellingSkeleton(norm_.Key(name));
    if (skeleton.empty()) return;
    keys_.push_back({gf::Fingerprint(skeleton), entity | gf::kPostingFuzzy});
  }

  static bool WantsSkeleton(const Entity& e) {
    Feature f = static_cast<Feature>(e.feature & gf::kFeatureMask);
    return f == Feature::kPPLC || f == Feature::kPPLA || f == Feature::kPPLA2 || e.population >= 20000;
  }

  void IndexNames() {
    for (std::uint32_t i = 0; i < country_count_; ++i) {
      const CountrySource& c = *country_sources_[i];
      AddName(c.name, i, 0);
      if (!c.official.empty()) AddName(c.official, i, 0);
      for (const std::string& a : c.aliases) {
        // Spellings written as names; codes ("AF", "AFG") stay out: they
        // collide with ordinary capitalised words and acronyms.
        if (UsableAlternate(a) || a.find(' ') != std::string::npos) AddName(a, i, gf::kPostingAlternate);
      }
      for (const std::string& d : c.demonyms) {
        AddName(d, i, gf::kPostingDemonym);
        // Plural nouns of nationality ("Afghans", "Iraqis"); not "Frenchs".
        char last = d.empty() ? 's' : d.back();
        if (last != 's' && last != 'h') AddName(d + "s", i, gf::kPostingDemonym);
      }
    }
    for (const auto& [idx, names] : admin_names_) {
      AddNameAndStripped(names.first, idx, 0);
      if (names.second != names.first) AddNameAndStripped(names.second, idx, 0);
    }
    for (const auto& [idx, p] : admin_alternates_) {
      AddNameAndStripped(p->name, idx, 0);
      AddAlternates(p->alternate_names, idx);
    }
    for (const auto& [idx, p] : towns_) {
      AddName(p->name, idx, 0);
      if (p->ascii_name != p->name) AddName(p->ascii_name, idx, 0);
      AddAlternates(p->alternate_names, idx);
      if (WantsSkeleton(entities_[idx])) AddSkeleton(p->name, idx);
    }
  }

  void AddAlternates(std::string_view list, std::uint32_t idx) {
    while (!list.empty()) {
      std::size_t comma = list.find(',');
      std::string_view alt = list.substr(0, comma);
      if (UsableAlternate(alt)) AddName(alt, idx, gf::kPostingAlternate);
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
  }

  // The keys an entity answers to for alias resolution: its name with and
  // without type word.
  bool NameMatches(std::uint32_t idx, const std::string& key) {
    std::string_view name = std::string_view(strings_).substr(entities_[idx].name);
    name = name.substr(0, name.find('\0'));
    std::string own = norm_.Key(name);
    return own == key;
  }

  // The entity of the province (kind kProvince) or district named `name`
  // in `country`, within `province` for a district; kNone if none.
  std::uint32_t FindUnit(std::uint16_t country, Kind kind, std::string_view name, std::uint32_t province) {
    const std::string key = norm_.Key(StripTypeWord(std::string(name), types_));
    for (std::uint32_t i = country_count_; i < entities_.size(); ++i) {
      const Entity& e = entities_[i];
      if (e.kind != kind || e.country != country) continue;
      if (kind == Kind::kDistrict && province != gf::kNone && e.admin1 != province) continue;
      if (NameMatches(i, key)) return i;
    }
    return gf::kNone;
  }

  void AddCitySections() {
    // name<TAB>country<TAB>province<TAB>district<TAB>lat<TAB>lon<TAB>population<TAB>other names
    for (std::string_view line : DataLines(cfg_.city_sections_tsv)) {
      const std::vector<std::string_view> f = SplitFields(line);
      if (f.size() < 7) { report_.warnings.push_back("city section line has too few fields: " + std::string(line)); continue; }
      const std::uint16_t country = CountryOf(f[1]);
      if (country == gf::kNoCountry) { report_.warnings.push_back("city section has unknown country: " + std::string(line)); continue; }
      const std::uint32_t province = FindUnit(country, Kind::kProvince, f[2], gf::kNone);
      if (province == gf::kNone) { report_.warnings.push_back("city section's province not found: " + std::string(line)); continue; }
      std::uint32_t district = gf::kNone;
      if (f[3] != "-") {
        district = FindUnit(country, Kind::kDistrict, f[3], province);
        if (district == gf::kNone) { report_.warnings.push_back("city section's district not found: " + std::string(line)); continue; }
      }
      char* end = nullptr;
      const double lat = std::strtod(std::string(f[4]).c_str(), &end);
      const double lon = std::strtod(std::string(f[5]).c_str(), &end);
      const unsigned long population = std::strtoul(std::string(f[6]).c_str(), &end, 10);
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || (lat == 0 && lon == 0)) {
        report_.warnings.push_back("city section has no usable position: " + std::string(line));
        continue;
      }
      // A town of the country that bears the name (a fuller GeoNames dump
      // given with --gazetteer has the quarters) keeps it alone.
      bool known = false;
      if (auto it = towns_by_key_.find(norm_.Key(f[0])); it != towns_by_key_.end()) {
        for (std::uint32_t t : it->second) known |= entities_[t].country == country;
      }
      if (known) continue;
      const std::uint32_t idx = NewEntity(f[0], Kind::kTown, Feature::kPPLX, country);
      Entity& e = entities_[idx];
      e.lat = static_cast<float>(lat);
      e.lon = static_cast<float>(lon);
      e.population = static_cast<std::uint32_t>(std::min<unsigned long>(population, 0xFFFFFFFFu));
      e.admin1 = province;
      e.admin2 = district;
      AddName(f[0], idx, 0);
      // The other spellings are as much the section's own as the first.
      if (f.size() > 7 && f[7] != "-") {
        for (std::string_view other : SplitList(f[7], ',')) AddName(other, idx, 0);
      }
    }
  }

  void AddAliases() {
    // alias<TAB>kind<TAB>country<TAB>province<TAB>name
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_key;  // lazily: name key -> entities
    bool built = false;
    for (std::string_view line : DataLines(cfg_.aliases_tsv)) {
      std::vector<std::string_view> f = SplitFields(line);
      if (f.size() < 3) { report_.warnings.push_back("alias line has too few fields: " + std::string(line)); continue; }
      while (f.size() < 5) f.emplace_back("-");
      Kind kind;
      if (f[1] == "town") kind = Kind::kTown;
      else if (f[1] == "district") kind = Kind::kDistrict;
      else if (f[1] == "province") kind = Kind::kProvince;
      else if (f[1] == "country") kind = Kind::kCountry;
      else { report_.warnings.push_back("alias has unknown kind: " + std::string(line)); continue; }
      std::uint16_t country = CountryOf(f[2]);
      if (country == gf::kNoCountry) { report_.warnings.push_back("alias has unknown country: " + std::string(line)); continue; }
      std::vector<std::uint32_t> targets;
      if (kind == Kind::kCountry) {
        targets.push_back(country);
      } else {
        if (!built) {
          for (std::uint32_t i = country_count_; i < entities_.size(); ++i) {
            std::string_view name = std::string_view(strings_).substr(entities_[i].name);
            by_key[norm_.Key(name.substr(0, name.find('\0')))].push_back(i);
          }
          built = true;
        }
        // Entities carry display names without type words: compare likewise.
        std::string province_key = f[3] == "-" ? "" : norm_.Key(StripTypeWord(std::string(f[3]), types_));
        std::string target_key = norm_.Key(StripTypeWord(std::string(f[4] == "-" ? f[3] : f[4]), types_));
        auto it = by_key.find(target_key);
        if (it != by_key.end()) {
          for (std::uint32_t i : it->second) {
            const Entity& e = entities_[i];
            if (e.kind != kind || e.country != country) continue;
            if (!province_key.empty() && kind != Kind::kProvince) {
              if (e.admin1 == gf::kNone || !NameMatches(e.admin1, province_key)) continue;
            }
            targets.push_back(i);
          }
        }
        // A town may be given as the most populous of its name.
        if (kind == Kind::kTown && targets.size() > 1) {
          std::uint32_t best = targets[0];
          for (std::uint32_t t : targets) if (entities_[t].population > entities_[best].population) best = t;
          targets = {best};
        }
      }
      if (targets.empty()) { report_.warnings.push_back("alias target not found: " + std::string(line)); continue; }
      for (std::uint32_t t : targets) AddName(f[0], t, gf::kPostingAlias);
    }
  }

  static void AlignTo8(std::string& out) {
    while (out.size() % 8 != 0) out.push_back('\0');
  }
  template <typename T>
  static std::uint32_t AppendArray(std::string& out, const T* data, std::size_t count) {
    AlignTo8(out);
    std::uint32_t off = static_cast<std::uint32_t>(out.size());
    out.append(reinterpret_cast<const char*>(data), count * sizeof(T));
    return off;
  }

  Result<std::string> Serialize() {
    // Postings: strongest reading per (key, entity, demonym?): name > alias > alternate.
    auto strength = [](std::uint32_t p) {
      return (p & gf::kPostingFuzzy) ? 3 : (p & gf::kPostingAlternate) ? 2 : (p & gf::kPostingAlias) ? 1 : 0;
    };
    std::sort(keys_.begin(), keys_.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      std::uint32_t ea = a.second & (gf::kPostingEntityMask | gf::kPostingDemonym);
      std::uint32_t eb = b.second & (gf::kPostingEntityMask | gf::kPostingDemonym);
      if (ea != eb) return ea < eb;
      return strength(a.second) < strength(b.second);
    });
    std::sort(prefix_keys_.begin(), prefix_keys_.end());
    prefix_keys_.erase(std::unique(prefix_keys_.begin(), prefix_keys_.end()), prefix_keys_.end());

    std::vector<std::uint64_t> fingerprints;
    std::vector<std::uint32_t> starts, postings;
    std::size_t pi = 0;
    auto emit_prefixes_below = [&](std::uint64_t limit) {
      while (pi < prefix_keys_.size() && prefix_keys_[pi] < limit) {
        if (fingerprints.empty() || fingerprints.back() != prefix_keys_[pi]) {
          fingerprints.push_back(prefix_keys_[pi]);
          starts.push_back(static_cast<std::uint32_t>(postings.size()));
        }
        ++pi;
      }
    };
    for (std::size_t i = 0; i < keys_.size();) {
      std::uint64_t fp = keys_[i].first;
      emit_prefixes_below(fp);
      if (pi < prefix_keys_.size() && prefix_keys_[pi] == fp) ++pi;  // 2^-64 coincidence: the name wins
      fingerprints.push_back(fp);
      starts.push_back(static_cast<std::uint32_t>(postings.size()));
      std::uint32_t last = gf::kNone;
      for (; i < keys_.size() && keys_[i].first == fp; ++i) {
        std::uint32_t id = keys_[i].second & (gf::kPostingEntityMask | gf::kPostingDemonym);
        if (id == last) continue;  // weaker duplicate
        postings.push_back(keys_[i].second);
        last = id;
      }
    }
    emit_prefixes_below(~0ull);
    if (pi < prefix_keys_.size()) {  // a prefix fingerprint of exactly 2^64-1
      fingerprints.push_back(prefix_keys_.back());
      starts.push_back(static_cast<std::uint32_t>(postings.size()));
    }
    starts.push_back(static_cast<std::uint32_t>(postings.size()));

    std::uint32_t bucket_bits = 0;
    while ((std::size_t{1} << bucket_bits) * 8 < fingerprints.size() && bucket_bits < 24) ++bucket_bits;
    std::vector<std::uint32_t> buckets((std::size_t{1} << bucket_bits) + 1);
    {
      std::size_t k = 0;
      for (std::size_t b = 0; b < buckets.size() - 1; ++b) {
        while (k < fingerprints.size() && bucket_bits > 0 && (fingerprints[k] >> (64 - bucket_bits)) < b) ++k;
        buckets[b] = static_cast<std::uint32_t>(bucket_bits == 0 ? 0 : k);
      }
      buckets.back() = static_cast<std::uint32_t>(fingerprints.size());
    }

    std::vector<CountrySource> countries;
    for (const CountrySource* c : country_sources_) countries.push_back(*c);
    std::string countries_tsv = WriteCountries(countries);

    if (entities_.size() > gf::kPostingEntityMask) return Status::InvalidArgument("too many places for the index format");
    std::string out(sizeof(gf::Header), '\0');
    gf::Header h{};
    std::memcpy(h.magic, gf::kMagic, sizeof(h.magic));
    h.version = gf::kVersion;
    h.byte_order = gf::kByteOrder;
    h.entity_count = static_cast<std::uint32_t>(entities_.size());
    h.country_count = country_count_;
    h.key_count = static_cast<std::uint32_t>(fingerprints.size());
    h.posting_count = static_cast<std::uint32_t>(postings.size());
    h.string_bytes = static_cast<std::uint32_t>(strings_.size());
    h.countries_tsv_bytes = static_cast<std::uint32_t>(countries_tsv.size());
    h.bucket_bits = bucket_bits;
    h.max_key_tokens = static_cast<std::uint32_t>(max_tokens_);
    h.entities_offset = AppendArray(out, entities_.data(), entities_.size());
    h.buckets_offset = AppendArray(out, buckets.data(), buckets.size());
    h.fingerprints_offset = AppendArray(out, fingerprints.data(), fingerprints.size());
    h.posting_starts_offset = AppendArray(out, starts.data(), starts.size());
    h.postings_offset = AppendArray(out, postings.data(), postings.size());
    h.strings_offset = AppendArray(out, strings_.data(), strings_.size());
    h.countries_tsv_offset = AppendArray(out, countries_tsv.data(), countries_tsv.size());
    AlignTo8(out);
    if (out.size() > 0xFFFFFFF0u) return Status::TooLarge("gazetteer index over 4 GiB");
    h.total_bytes = static_cast<std::uint32_t>(out.size());
    std::memcpy(out.data(), &h, sizeof(h));

    report_.entities = entities_.size();
    report_.keys = fingerprints.size();
    report_.postings = postings.size();
    if (unknown_country_ > 0) {
      report_.warnings.push_back(std::to_string(unknown_country_) + " rows skipped: country not in the country table");
    }
    return out;
  }

  const GazetteerSources& src_;
  const GazetteerBuildConfig& cfg_;
  GazetteerBuildReport& report_;
  PlaceTypeWords types_;
  const NameNormalizer& norm_;

  std::vector<Entity> entities_;
  std::vector<PendingPosition> pending_;
  std::string strings_;
  std::uint32_t country_count_ = 0;
  std::unordered_map<std::string, std::uint32_t> country_index_;
  std::vector<const CountrySource*> country_sources_;
  std::unordered_map<std::string, std::uint32_t> admin_index_;  // "AF.13" / "AF.13.1301" -> entity
  std::unordered_set<std::string> excluded_units_;  // excluded_units.tsv's codes
  std::vector<std::pair<std::uint32_t, std::pair<std::string, std::string>>> admin_names_;
  std::vector<std::pair<std::uint32_t, const PlaceSource*>> admin_alternates_;
  std::vector<std::pair<std::uint32_t, const PlaceSource*>> towns_;
  // The dump's towns by name key (FinishPositions fills it; AddCitySections
  // reads it to skip quarters the dump already has).
  std::unordered_map<std::string, std::vector<std::uint32_t>> towns_by_key_;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys_;
  std::vector<std::uint64_t> prefix_keys_;
  std::size_t max_tokens_ = 1;
  std::size_t unknown_country_ = 0;
};

}  // namespace

GazetteerBuildConfig GazetteerBuildConfig::Default() {
  GazetteerBuildConfig c;
  c.aliases_tsv = EmbeddedData("places/aliases.tsv");
  c.city_sections_tsv = EmbeddedData("places/city_sections.tsv");
  c.excluded_units_tsv = EmbeddedData("places/excluded_units.tsv");
  c.type_words_tsv = EmbeddedData("places/type_words.tsv");
  return c;
}

Result<std::string> BuildGazetteer(const GazetteerSources& sources, const GazetteerBuildConfig& config,
                                   GazetteerBuildReport* report) {
  GazetteerBuildReport local;
  Builder builder(sources, config, report != nullptr ? *report : local);
  return builder.Run();
}

}  // namespace sitrep::lexicon
