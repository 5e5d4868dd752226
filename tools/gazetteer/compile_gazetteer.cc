// compile_gazetteer: the build-time gazetteer compiler. Reads the npm data
// packages (GeoNames cities500 dump, GeoNames admin1/admin2 names as JSON,
// world-countries) and writes the binary index that cmake/gazetteer.cmake
// embeds into sitrep (format: src/lexicon/gazetteer_format.h).
//
//   compile_gazetteer --cities cities500.txt --admin1 admin1.json
//       --admin2 admin2.json --countries countries.json --out gazetteer.bin
//
// The aliases and type words come from the embedded data files
// (data/places/), so the index and the running program agree on them.
#include <simdjson.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lexicon/gazetteer_builder.h"
#include "lexicon/gazetteer_source.h"

namespace {

using sitrep::lexicon::AdminSource;
using sitrep::lexicon::CountrySource;
using sitrep::lexicon::GazetteerSources;

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string Str(simdjson::dom::element e) {
  std::string_view s;
  if (e.get_string().get(s)) return {};
  return std::string(s);
}

// [{"code":"AF.28","name":"Zabul"}, ...]
bool ReadAdminJson(simdjson::dom::parser& parser, const std::string& path, std::vector<AdminSource>& out) {
  simdjson::dom::element doc;
  if (parser.load(path).get(doc)) return false;
  simdjson::dom::array rows;
  if (doc.get_array().get(rows)) return false;
  for (simdjson::dom::element row : rows) {
    AdminSource a;
    a.code = Str(row["code"]);
    a.name = Str(row["name"]);
    if (a.code.empty() || a.name.empty()) continue;
    out.push_back(std::move(a));
  }
  return true;
}

// world-countries: name.common/official, altSpellings, cca2/cca3, latlng,
// demonyms.eng.m/f.
bool ReadCountriesJson(simdjson::dom::parser& parser, const std::string& path, std::vector<CountrySource>& out) {
  simdjson::dom::element doc;
  if (parser.load(path).get(doc)) return false;
  simdjson::dom::array rows;
  if (doc.get_array().get(rows)) return false;
  for (simdjson::dom::element row : rows) {
    CountrySource c;
    c.iso2 = Str(row["cca2"]);
    c.iso3 = Str(row["cca3"]);
    c.name = Str(row["name"]["common"]);
    c.official = Str(row["name"]["official"]);
    if (c.iso2.size() != 2 || c.name.empty()) continue;
    simdjson::dom::array latlng;
    if (!row["latlng"].get_array().get(latlng) && latlng.size() == 2) {
      double v = 0;
      if (!latlng.at(0).get_double().get(v)) c.lat = v;
      if (!latlng.at(1).get_double().get(v)) c.lon = v;
    }
    simdjson::dom::array alts;
    if (!row["altSpellings"].get_array().get(alts)) {
      for (simdjson::dom::element a : alts) {
        std::string s = Str(a);
        if (!s.empty()) c.aliases.push_back(s);
      }
    }
    for (const char* g : {"m", "f"}) {
      std::string d = Str(row["demonyms"]["eng"][g]);
      if (!d.empty() && (c.demonyms.empty() || c.demonyms.back() != d)) c.demonyms.push_back(d);
    }
    out.push_back(std::move(c));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cities, admin1, admin2, countries, out;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    std::string value = argv[i + 1];
    if (flag == "--cities") cities = value;
    else if (flag == "--admin1") admin1 = value;
    else if (flag == "--admin2") admin2 = value;
    else if (flag == "--countries") countries = value;
    else if (flag == "--out") out = value;
    else { std::cerr << "compile_gazetteer: unknown flag " << flag << "\n"; return 2; }
  }
  if (cities.empty() || admin1.empty() || admin2.empty() || countries.empty() || out.empty()) {
    std::cerr << "usage: compile_gazetteer --cities F --admin1 F --admin2 F --countries F --out F\n";
    return 2;
  }
  GazetteerSources sources;
  simdjson::dom::parser parser;
  if (!ReadCountriesJson(parser, countries, sources.countries)) {
    std::cerr << "compile_gazetteer: cannot read " << countries << "\n";
    return 1;
  }
  if (!ReadAdminJson(parser, admin1, sources.admin1) || !ReadAdminJson(parser, admin2, sources.admin2)) {
    std::cerr << "compile_gazetteer: cannot read " << admin1 << " or " << admin2 << "\n";
    return 1;
  }
  std::string dump;
  if (!ReadFile(cities, &dump)) {
    std::cerr << "compile_gazetteer: cannot read " << cities << "\n";
    return 1;
  }
  sitrep::lexicon::ReadGeoNamesPlaces(dump, sources);
  dump.clear();
  dump.shrink_to_fit();

  sitrep::lexicon::GazetteerBuildReport report;
  auto index = sitrep::lexicon::BuildGazetteer(sources, sitrep::lexicon::GazetteerBuildConfig::Default(), &report);
  if (!index.ok()) {
    std::cerr << "compile_gazetteer: " << index.status().ToString() << "\n";
    return 1;
  }
  for (const std::string& w : report.warnings) std::cerr << "compile_gazetteer: warning: " << w << "\n";
  std::string tmp = out + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(index.value().data(), static_cast<std::streamsize>(index.value().size()));
    if (!f) {
      std::cerr << "compile_gazetteer: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), out.c_str()) != 0) {
    std::cerr << "compile_gazetteer: cannot rename " << tmp << "\n";
    return 1;
  }
  std::cout << "compile_gazetteer: " << report.entities << " places, " << report.keys << " keys, "
            << report.postings << " postings, " << report.derived_positions << " derived positions, "
            << index.value().size() << " bytes, " << sources.skipped_lines << " lines skipped\n";
  return 0;
}
