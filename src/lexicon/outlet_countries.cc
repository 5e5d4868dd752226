#include "lexicon/outlet_countries.h"

#include "core/ascii.h"
#include "core/data.h"

namespace sitrep::lexicon {

OutletCountries::OutletCountries(std::string_view tsv) {
  bool header = true;
  for (std::string_view line : DataLines(tsv)) {
    if (header) {  // "key<TAB>country"
      header = false;
      continue;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) continue;
    std::string_view key = line.substr(0, tab);
    std::string_view country = line.substr(tab + 1);
    while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
    while (!country.empty() && (country.front() == ' ' || country.front() == '\t')) country.remove_prefix(1);
    if (country == "-") {
      country = {};
    } else if (country.size() != 2 || !IsAsciiLetter(country[0]) || !IsAsciiLetter(country[1])) {
      continue;
    }
    // A domain has a dot and no space ("dawn.com", ".uk"); anything else is a
    // name ("The Kathmandu Post", "Radio Free Europe/Radio Liberty").
    const bool domain = key.find('.') != std::string_view::npos && key.find(' ') == std::string_view::npos;
    (domain ? domains_ : names_).emplace(AsciiLower(key), std::string(country));
  }
}

const OutletCountries& OutletCountries::Default() {
  static const OutletCountries* table = new OutletCountries(EmbeddedData("actors/outlet_countries.tsv"));
  return *table;
}

std::string OutletCountries::HostOf(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  const std::size_t at = url.rfind('@');  // user:password@host
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  while (!url.empty() && url.back() == '.') url.remove_suffix(1);
  std::string host = AsciiLower(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  // A host is letters, digits, dots and hyphens; anything else ("not a url")
  // is not one.
  for (char c : host) {
    if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-') return {};
  }
  if (host.find('.') == std::string::npos) return {};
  return host;
}

std::string OutletCountries::CountryOf(std::string_view url, std::string_view outlet) const {
  const std::string host = url.empty() ? std::string() : HostOf(url);
  // 1. The host or a parent domain: "edition.dawn.com" -> "dawn.com".
  for (std::size_t from = 0; !host.empty() && from < host.size();) {
    const std::string_view suffix = std::string_view(host).substr(from);
    const std::size_t dot = suffix.find('.');
    if (dot == std::string_view::npos) break;  // a bare TLD is step 3's
    if (auto it = domains_.find(suffix); it != domains_.end()) return it->second;
    from += dot + 1;
  }
  // 2. The outlet's name.
  if (!outlet.empty()) {
    std::string_view name = outlet;
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (auto it = names_.find(AsciiLower(name)); it != names_.end()) return it->second;
  }
  // 3. The top-level domain.
  if (host.empty()) return {};
  const std::string_view tld = std::string_view(host).substr(host.rfind('.'));  // ".pk"
  if (auto it = domains_.find(tld); it != domains_.end()) return it->second;
  if (tld.size() != 3 || !IsAsciiLetter(tld[1]) || !IsAsciiLetter(tld[2])) return {};
  return AsciiUpper(tld.substr(1));
}

}  // namespace sitrep::lexicon
