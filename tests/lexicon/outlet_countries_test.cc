// Outlet countries: the table's three kinds of key, their precedence, and the
// prior they give Document::main_country only when the text names no
// country. Sentences and URLs written for these tests.
#include "lexicon/outlet_countries.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "core/data.h"
#include "lexicon/actor_test_util.h"
#include "lexicon/country_cues.h"

namespace sitrep::lexicon {
namespace {

using testing::MakeDocument;
using testing::Recognizer;

const char kTable[] =
    "# comment\n"
    "key\tcountry\n"
    ".uk\tGB\n"
    ".tv\t-\n"
    "wire.example.com\t-\n"
    "dawn.com\tPK\n"
    "geo.tv\tPK\n"
    "The Kathmandu Post\tNP\n"
    "Global Wire\t-\n"
    "no tab\n"
    "bad.example\tPAK\n";

std::string CountryOf(const OutletCountries& table, std::string_view url, std::string_view outlet = {}) {
  return table.CountryOf(url, outlet);
}

TEST(OutletCountriesTest, MalformedLinesAreSkipped) {
  const OutletCountries table(kTable);
  EXPECT_EQ(table.size(), 7u);
  EXPECT_EQ(CountryOf(table, "https://bad.example/x"), "");
}

TEST(OutletCountriesTest, HostIsReadFromAnyFormOfUrl) {
  EXPECT_EQ(OutletCountries::HostOf("https://www.Dawn.com:443/news/1?x=2#top"), "dawn.com");
  EXPECT_EQ(OutletCountries::HostOf("http://user:pw@edition.dawn.com./path"), "edition.dawn.com");
  EXPECT_EQ(OutletCountries::HostOf("dawn.com/news/1"), "dawn.com");
  EXPECT_EQ(OutletCountries::HostOf("file.txt"), "file.txt");
  EXPECT_EQ(OutletCountries::HostOf("not a url"), "");
  EXPECT_EQ(OutletCountries::HostOf("localhost"), "");
  EXPECT_EQ(OutletCountries::HostOf(""), "");
}

TEST(OutletCountriesTest, DomainThenNameThenTopLevelDomain) {
  const OutletCountries table(kTable);
  // A listed domain and its subdomains.
  EXPECT_EQ(CountryOf(table, "https://www.dawn.com/news/1"), "PK");
  EXPECT_EQ(CountryOf(table, "https://epaper.dawn.com/"), "PK");
  EXPECT_EQ(CountryOf(table, "https://geo.tv/latest/2"), "PK");  // before ".tv" is generic
  // Not a suffix that merely ends alike.
  EXPECT_EQ(CountryOf(table, "https://notdawn.com/"), "");
  // An international outlet tells no country, whatever its name field says.
  EXPECT_EQ(CountryOf(table, "https://wire.example.com/a", "The Kathmandu Post"), "");
  // The outlet's name, whole and ignoring case, when the URL's host is not listed.
  EXPECT_EQ(CountryOf(table, "", "the kathmandu post "), "NP");
  EXPECT_EQ(CountryOf(table, "https://kathmandupost.example.org/", "The Kathmandu Post"), "NP");
  EXPECT_EQ(CountryOf(table, "", "Kathmandu"), "");
  EXPECT_EQ(CountryOf(table, "", "Global Wire"), "");
  // A listed international name ends the search: its URL's top-level
  // domain is not read.
  EXPECT_EQ(CountryOf(table, "https://news.example.pk/story", "Global Wire"), "");
  EXPECT_EQ(CountryOf(table, "https://news.example.pk/story", "Some Local Paper"), "PK");
  // A two-letter top-level domain is its country unless the table says otherwise.
  EXPECT_EQ(CountryOf(table, "https://www.example.com.pk/story"), "PK");
  EXPECT_EQ(CountryOf(table, "https://news.example.co.uk/story"), "GB");
  EXPECT_EQ(CountryOf(table, "https://news.example.tv/story"), "");
  EXPECT_EQ(CountryOf(table, "https://news.example.com/story"), "");
  EXPECT_EQ(CountryOf(table, "https://news.example.c0/story"), "");
}

// A few states.tsv rows (iso2, iso3, name, of_name, aliases, demonyms),
// written for these tests.
const char kStates[] =
    "iso2\tiso3\tname\tof_name\taliases\tdemonyms\n"
    "MT\tMLT\tMalta\tMalta\tRepublic of Malta\tMaltese\n"
    "JP\tJPN\tJapan\tJapan\tNippon\tJapanese\n"
    "IE\tIRL\tIreland\tIreland\tRepublic of Ireland\tIrish\n"
    "LB\tLBN\tLebanon\tLebanon\t\tLebanese\n"
    "IN\tIND\tIndia\tIndia\tRepublic of India\tIndian\n"
    "PK\tPAK\tPakistan\tPakistan\t\tPakistani\n"
    "US\tUSA\tUnited States\tthe United States of America\tUSA|U.S.|America\tAmerican|US\n"
    "AE\tARE\tUnited Arab Emirates\tthe United Arab Emirates\tUAE|Emirates\tEmirati\n"
    "DO\tDOM\tDominican Republic\tthe Dominican Republic\t\tDominican\n"
    "DM\tDMA\tDominica\tDominica\t\tDominican\n";

const char kNamedTable[] =
    "key\tcountry\n"
    "dawn.com\tPK\n"
    "The Kathmandu Post\tNP\n"
    "France 24\t-\n"
    "Emirates Wire\t-\n";

TEST(OutletCountriesTest, NamesMatchIgnoringSpacingAndALeadingThe) {
  const OutletCountries table(kNamedTable, kStates);
  EXPECT_EQ(CountryOf(table, "", "Kathmandu Post"), "NP");
  EXPECT_EQ(CountryOf(table, "", "  THE   Kathmandu\xC2\xA0Post "), "NP");  // a no-break space
  EXPECT_EQ(CountryOf(table, "", "The Kathmandu Post (KP)"), "NP");        // a bracket that is no country
  EXPECT_EQ(CountryOf(table, "", "Theatre Kathmandu Post"), "");
}

TEST(OutletCountriesTest, TheCountryANameNames) {
  const OutletCountries table(kNamedTable, kStates);
  // By its name, several words of it, its demonym; "'s" and punctuation aside.
  EXPECT_EQ(CountryOf(table, "", "Times of Malta"), "MT");
  EXPECT_EQ(CountryOf(table, "", "The Japan Times"), "JP");
  EXPECT_EQ(CountryOf(table, "", "Irish Examiner"), "IE");
  EXPECT_EQ(CountryOf(table, "", "United Arab Emirates Daily"), "AE");
  EXPECT_EQ(CountryOf(table, "", "Pakistan's Daily Mail"), "PK");
  // A bracket at the end names it, before any other word.
  EXPECT_EQ(CountryOf(table, "", "The Daily Star (Lebanon)"), "LB");
  EXPECT_EQ(CountryOf(table, "", "The Japan Mail (Ireland)"), "IE");
  // Two countries named, or a name two states share: none.
  EXPECT_EQ(CountryOf(table, "", "India-Pakistan Review"), "");
  EXPECT_EQ(CountryOf(table, "", "Dominican Today"), "");
  // Short names and codes are words of other names ("Us Weekly").
  EXPECT_EQ(CountryOf(table, "", "Us Weekly"), "");
  EXPECT_EQ(CountryOf(table, "", "USA Daily"), "");
  EXPECT_EQ(CountryOf(table, "", "Voice of America"), "US");
  // A listed name wins over the country it names ("France 24" reports for
  // the world), and so does a listed international one.
  EXPECT_EQ(CountryOf(table, "", "France 24"), "");
  EXPECT_EQ(CountryOf(table, "", "Emirates Wire"), "");
  // A name that is a domain reads as one.
  EXPECT_EQ(CountryOf(table, "", "Dawn.com"), "PK");
  EXPECT_EQ(CountryOf(table, "", "News.com.pk"), "PK");
  EXPECT_EQ(CountryOf(table, "", "Daily.example.com"), "");
  // The URL's listed domain comes first; the top-level domain last.
  EXPECT_EQ(CountryOf(table, "https://www.dawn.com/x", "Times of Malta"), "PK");
  EXPECT_EQ(CountryOf(table, "https://news.example.ie/x", "Times of Malta"), "MT");
  // Without the states' names no name is read as a country.
  EXPECT_EQ(CountryOf(OutletCountries(kNamedTable), "", "Times of Malta"), "");
}

// Every country in the embedded table is a state the actor dictionary knows:
// a code it does not know would be dropped as no country without a word.
TEST(OutletCountriesTest, EmbeddedTableNamesKnownStates) {
  const OutletCountries& table = OutletCountries::Default();
  EXPECT_GT(table.size(), 100u);
  bool header = true;
  int rows = 0;
  for (std::string_view line : DataLines(EmbeddedData("actors/outlet_countries.tsv"))) {
    if (std::exchange(header, false)) continue;
    const std::size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string_view::npos) << line;
    const std::string_view country = line.substr(tab + 1);
    if (country != "-") {
      EXPECT_GE(Recognizer().dictionary().StateIndex(country), 0) << line;
    }
    ++rows;
  }
  EXPECT_EQ(static_cast<std::size_t>(rows), table.size()) << "a row was skipped or a key repeated";
}

std::string MainCountry(std::string_view text, std::string url, std::string outlet = "") {
  Document doc = MakeDocument(text);
  doc.meta.url = std::move(url);
  doc.meta.outlet = std::move(outlet);
  CountryCues::Default().Annotate(doc);
  doc.outlet_country = OutletCountries::Default().CountryOf(doc.meta.url, doc.meta.outlet);  // as the lexicon does
  Recognizer().Annotate(doc);
  return doc.main_country;
}

// The outlet is a prior: it speaks only when nothing in the text does.
TEST(OutletCountriesTest, OutletCountryOnlyWhenTheTextNamesNone) {
  const char kNoCountry[] = "Police dispersed protesters outside the press club on Tuesday.";
  EXPECT_EQ(MainCountry(kNoCountry, "https://www.dawn.com/news/1"), "PK");
  EXPECT_EQ(MainCountry(kNoCountry, "", "The Kathmandu Post"), "NP");
  EXPECT_EQ(MainCountry(kNoCountry, "", "Times of Malta"), "MT");  // the embedded states' names
  EXPECT_EQ(MainCountry(kNoCountry, "https://www.reuters.com/world/"), "");
  EXPECT_EQ(MainCountry(kNoCountry, ""), "");
  // One word of the text outweighs the outlet: an actor bound to a country,
  // a country cue.
  EXPECT_EQ(MainCountry("Afghan forces dispersed protesters on Tuesday.", "https://www.dawn.com/news/1"), "AF");
  EXPECT_EQ(MainCountry("Villagers gheraoed the office of the Upazila Nirbahi Officer.", "https://www.dawn.com/x"),
            "BD");
}

}  // namespace
}  // namespace sitrep::lexicon
