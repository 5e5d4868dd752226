#include "lexicon/gazetteer_source.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

namespace sitrep::lexicon {
namespace {

// Splits `line` on tabs into at most `max` fields (the rest stays in the last).
std::size_t SplitTabs(std::string_view line, std::string_view* fields, std::size_t max) {
  std::size_t n = 0;
  while (n + 1 < max) {
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) break;
    fields[n++] = line.substr(0, tab);
    line.remove_prefix(tab + 1);
  }
  fields[n++] = line;
  return n;
}

template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(i, end - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line);
    i = end + 1;
  }
}

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty() || s.size() > 40) return false;
  std::string buf(s);
  char* end = nullptr;
  double v = std::strtod(buf.c_str(), &end);
  if (end != buf.c_str() + buf.size()) return false;
  if (!(v >= -1e6 && v <= 1e6)) return false;
  *out = v;
  return true;
}

template <typename T>
bool ParseUnsigned(std::string_view s, T* out) {
  if (s.empty()) { *out = 0; return true; }
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool ParsePlaceLine(std::string_view line, PlaceSource& p) {
  std::string_view f[19];
  if (SplitTabs(line, f, 19) < 15) return false;
  if (!ParseUnsigned(f[0], &p.geoname_id) || p.geoname_id == 0) return false;
  if (!ParseDouble(f[4], &p.lat) || !ParseDouble(f[5], &p.lon)) return false;
  if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180) return false;
  if (f[1].empty() || f[6].size() != 1) return false;
  p.name = f[1];
  p.ascii_name = f[2];
  p.alternate_names = f[3];
  p.feature_class = f[6][0];
  p.feature_code = f[7];
  p.country = f[8];
  p.admin1 = f[10];
  p.admin2 = f[11];
  if (!ParseUnsigned(f[14], &p.population)) p.population = 0;
  return true;
}

void SplitList(std::string_view s, char sep, std::vector<std::string>& out) {
  while (!s.empty()) {
    std::size_t at = s.find(sep);
    std::string_view item = s.substr(0, at);
    if (!item.empty()) out.emplace_back(item);
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
}

// Reads a text file line by line so that dumps larger than memory-friendly
// sizes (allCountries.txt is >1 GB) are never held whole.
Status ReadLines(const std::filesystem::path& path, const std::function<void(std::string_view)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open " + path.string());
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    fn(line);
  }
  if (in.bad()) return Status::IOError("read error in " + path.string());
  return Status::OK();
}

}  // namespace

void ReadGeoNamesPlaces(std::string_view tsv, GazetteerSources& out) {
  ForEachLine(tsv, [&](std::string_view line) {
    if (line.empty() || line[0] == '#') return;
    PlaceSource p;
    if (!ParsePlaceLine(line, p)) { ++out.skipped_lines; return; }
    bool admin = p.feature_class == 'A' && (p.feature_code == "ADM1" || p.feature_code == "ADM2");
    if (p.feature_class != 'P' && !admin) return;
    out.places.push_back(std::move(p));
  });
}

void ReadAdminCodes(std::string_view tsv, std::vector<AdminSource>& out, std::size_t* skipped) {
  ForEachLine(tsv, [&](std::string_view line) {
    if (line.empty() || line[0] == '#') return;
    std::string_view f[4];
    std::size_t n = SplitTabs(line, f, 4);
    if (n < 2 || f[0].find('.') == std::string_view::npos || f[1].empty()) {
      if (skipped != nullptr) ++*skipped;
      return;
    }
    AdminSource a;
    a.code = f[0];
    a.name = f[1];
    if (n > 2) a.ascii_name = f[2];
    if (n > 3 && !ParseUnsigned(f[3], &a.geoname_id)) a.geoname_id = 0;
    out.push_back(std::move(a));
  });
}

void ReadCountries(std::string_view tsv, std::vector<CountrySource>& out, std::size_t* skipped) {
  ForEachLine(tsv, [&](std::string_view line) {
    if (line.empty() || line[0] == '#') return;
    std::string_view f[8];
    std::size_t n = SplitTabs(line, f, 8);
    CountrySource c;
    if (n < 6 || f[0].size() != 2 || f[2].empty() || !ParseDouble(f[4], &c.lat) || !ParseDouble(f[5], &c.lon)) {
      if (skipped != nullptr) ++*skipped;
      return;
    }
    c.iso2 = f[0];
    c.iso3 = f[1];
    c.name = f[2];
    c.official = f[3];
    if (n > 6) SplitList(f[6], '|', c.aliases);
    if (n > 7) SplitList(f[7], '|', c.demonyms);
    out.push_back(std::move(c));
  });
}

std::string WriteCountries(const std::vector<CountrySource>& countries) {
  std::string out = "# ISO2\tISO3\tname\tofficial\tlat\tlon\taliases\tdemonyms\n";
  auto clean = [](std::string_view s) {
    std::string r(s);
    std::replace_if(r.begin(), r.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r' || c == '|'; }, ' ');
    return r;
  };
  for (const CountrySource& c : countries) {
    out += clean(c.iso2) + "\t" + clean(c.iso3) + "\t" + clean(c.name) + "\t" + clean(c.official) + "\t" +
           std::to_string(c.lat) + "\t" + std::to_string(c.lon) + "\t";
    for (std::size_t i = 0; i < c.aliases.size(); ++i) out += (i ? "|" : "") + clean(c.aliases[i]);
    out += "\t";
    for (std::size_t i = 0; i < c.demonyms.size(); ++i) out += (i ? "|" : "") + clean(c.demonyms[i]);
    out += "\n";
  }
  return out;
}

Result<GazetteerSources> ReadGeoNamesDirectory(const std::string& dir, std::string_view countries_tsv) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound("gazetteer directory not found: " + dir);
  std::vector<fs::path> place_files;
  fs::path all = fs::path(dir) / "allCountries.txt";
  if (fs::exists(all, ec)) {
    place_files.push_back(all);
  } else {
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      std::string name = entry.path().filename().string();
      bool country_file = name.size() == 6 && name.substr(2) == ".txt" && std::isupper(static_cast<unsigned char>(name[0])) &&
                          std::isupper(static_cast<unsigned char>(name[1]));
      bool cities_file = name.rfind("cities", 0) == 0 && name.size() > 10 && name.substr(name.size() - 4) == ".txt";
      if (country_file || cities_file) place_files.push_back(entry.path());
    }
    std::sort(place_files.begin(), place_files.end());
  }
  if (place_files.empty()) {
    return Status::NotFound("no GeoNames place file (allCountries.txt, XX.txt or cities*.txt) in " + dir);
  }
  GazetteerSources sources;
  ReadCountries(countries_tsv, sources.countries, &sources.skipped_lines);
  for (const fs::path& path : place_files) {
    Status s = ReadLines(path, [&](std::string_view line) {
      ReadGeoNamesPlaces(line, sources);
    });
    if (!s.ok()) return s;
  }
  auto read_admin = [&](const char* file, std::vector<AdminSource>& out) -> Status {
    fs::path path = fs::path(dir) / file;
    if (!fs::exists(path, ec)) return Status::OK();
    return ReadLines(path, [&](std::string_view line) { ReadAdminCodes(line, out, &sources.skipped_lines); });
  };
  Status s = read_admin("admin1CodesASCII.txt", sources.admin1);
  if (!s.ok()) return s;
  s = read_admin("admin2Codes.txt", sources.admin2);
  if (!s.ok()) return s;
  return sources;
}

}  // namespace sitrep::lexicon
