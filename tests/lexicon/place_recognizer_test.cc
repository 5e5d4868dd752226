// Place recognition on sentences written for these tests, in the styles of
// wire reports, ACLED/GTD notes and local news, across many countries.
#include "lexicon/place_recognizer.h"

#include <gtest/gtest.h>

#include <random>

#include "place_test_util.h"

namespace sitrep::lexicon::testing {
namespace {

const PlaceMention& Expect(const Document& doc, std::string_view surface) {
  const PlaceMention* m = FindMention(doc, surface);
  if (m == nullptr) {
    std::string found;
    for (const PlaceMention& p : doc.places) found += "[" + std::string(doc.Slice(p.start, p.end)) + "] ";
    ADD_FAILURE() << "no place \"" << surface << "\"; found " << found;
    static const PlaceMention empty;
    return empty;
  }
  return *m;
}

TEST(PlaceRecognizer, DistrictOfProvince) {
  Document doc = Places("Two civilians were killed when a mortar round hit a house in Almar district of Faryab province.");
  const PlaceMention& almar = Expect(doc, "Almar district");
  EXPECT_EQ(almar.place.kind, "district");
  EXPECT_EQ(almar.place.precision, 2);
  EXPECT_EQ(almar.place.admin1, "Faryab");
  EXPECT_EQ(almar.place.country, "AF");
  const PlaceMention& faryab = Expect(doc, "Faryab province");
  EXPECT_EQ(faryab.place.kind, "province");
  EXPECT_EQ(faryab.place.precision, 3);
}

// "The district of X" tells X's kind; "Y town of X" does not: Y is the
// town, and X is what holds it, read as it would be alone.
TEST(PlaceRecognizer, TypeWordOfAfterANameIsNoHint) {
  Document doc = Places("Hundreds protested in Handwara town of Kashmir on Friday.");
  const PlaceMention& kashmir = Expect(doc, "Kashmir");
  EXPECT_EQ(kashmir.place.country, "IN");
  EXPECT_EQ(kashmir.place.kind, "province");
  doc = Places("Villagers blocked the road in Darshpora village of North Kashmir on Friday.");
  for (const PlaceMention& m : doc.places) {
    EXPECT_NE(doc.Slice(m.start, m.end), "North") << "-> " << m.place.name << " (" << m.place.country << ")";
  }
  doc = Places("Two policemen were killed in the district of Nawa in Helmand province.");
  EXPECT_EQ(Expect(doc, "Nawa").place.kind, "district");
}

// A name may go on past a possessive where the gazetteer has it ("Cox's
// Bazar"); a possessive that says where a place lies still ends the name.
TEST(PlaceRecognizer, NamesWithAPossessiveInside) {
  Document doc = Places("Rohingya refugees protested in Cox's Bazar on Monday.");
  const PlaceMention& cox = Expect(doc, "Cox's Bazar");
  EXPECT_EQ(cox.place.country, "BD");
  doc = Places("Troops clashed with militants in Kashmir's Kupwara district on Monday.");
  EXPECT_EQ(Expect(doc, "Kupwara district").place.kind, "district");
}

// A first word that is some place's exact name does not hide a district
// named by two words in another spelling ("Khas Urozgan district", GeoNames
// "Khāş Urōzgān"; "Khas" alone is a town); with no type word after it,
// two-word spelling variants are not tried.
TEST(PlaceRecognizer, ATwoWordDistrictInAnotherSpellingBehindAnExactWord) {
  Document doc = Places("Fighting was reported in Khas Urozgan district of Urozgan province on Monday.");
  const PlaceMention& khas = Expect(doc, "Khas Urozgan district");
  EXPECT_EQ(khas.place.kind, "district");
  EXPECT_EQ(khas.place.country, "AF");
}

// Myanmar townships and Thai districts ("Amphoe X" in GeoNames, "X
// district" in the news) are district-level units under their own names.
TEST(PlaceRecognizer, TownshipsAndAmphoeAreDistricts) {
  Document doc = Places("Soldiers detained four farmers in Thandwe Township after the rally.");
  const PlaceMention& thandwe = Expect(doc, "Thandwe Township");
  EXPECT_EQ(thandwe.place.country, "MM");
  EXPECT_EQ(thandwe.place.kind, "district");
  doc = Places("A roadside bomb wounded two rangers in Thepha district on Sunday.");
  const PlaceMention& thepha = Expect(doc, "Thepha district");
  EXPECT_EQ(thepha.place.country, "TH");
  EXPECT_EQ(thepha.place.kind, "district");
  EXPECT_EQ(thepha.place.name, "Thepha");
}

TEST(PlaceRecognizer, CuratedAliasWithContext) {
  Document doc = Places("Security forces cleared three villages in Nawa district of Helmand after a week of fighting.");
  const PlaceMention& nawa = Expect(doc, "Nawa district");
  EXPECT_EQ(nawa.place.admin1, "Helmand");
  EXPECT_EQ(nawa.place.country, "AF");
  EXPECT_EQ(nawa.place.kind, "district");
}

// South Asian districts under the names news gives them, where GeoNames
// keeps another spelling: found, and not read as a namesake abroad.
TEST(PlaceRecognizer, DistrictsUnderTheirNewsNames) {
  struct Case {
    const char* sentence;
    const char* surface;
    const char* admin1;
    const char* country;
  };
  for (const Case& c : {
           Case{"Villagers blocked the highway in Keonjhar district on Monday.", "Keonjhar district", "Odisha", "IN"},
           Case{"A landslide cut the road in Kullu district.", "Kullu district", "Himachal Pradesh", "IN"},
           Case{"Police dispersed the crowd in Ahmedabad district.", "Ahmedabad district", "Gujarat", "IN"},
           Case{"Two militants were killed in Baramulla district.", "Baramulla district", "Jammu and Kashmir", "IN"},
           Case{"A bomb exploded in Killa Abdullah district on Friday.", "Killa Abdullah district", "Balochistan", "PK"},
           Case{"Pickets torched a bus in Jashore district.", "Jashore district", "Khulna", "BD"},
       }) {
    Document doc = Places(c.sentence);
    const PlaceMention& m = Expect(doc, c.surface);
    EXPECT_EQ(m.place.kind, "district") << c.sentence;
    EXPECT_EQ(m.place.admin1, c.admin1) << c.sentence;
    EXPECT_EQ(m.place.country, c.country) << c.sentence;
  }
}

// Dhaka's quarters (data/places/city_sections.tsv) are places of the city.
TEST(PlaceRecognizer, CityQuartersAreTownsOfTheirCity) {
  Document doc = Places("Pickets torched a bus at Jatrabari on Monday and hurled crude bombs in Karwan Bazar.");
  for (const char* quarter : {"Jatrabari", "Karwan Bazar"}) {
    const PlaceMention& m = Expect(doc, quarter);
    EXPECT_EQ(m.place.country, "BD") << quarter;
    EXPECT_EQ(m.place.admin2, "Dhaka") << quarter;
    EXPECT_EQ(m.place.kind, "town") << quarter;
  }
}

TEST(PlaceRecognizer, CapitalsAreTheDefaultReading) {
  Document doc = Places("A car bomb exploded near a checkpoint in Kabul on Sunday, officials said.");
  const PlaceMention& kabul = Expect(doc, "Kabul");
  EXPECT_EQ(kabul.place.kind, "town");
  EXPECT_EQ(kabul.place.country, "AF");
  EXPECT_NEAR(kabul.place.lat, 34.5, 0.2);
  Document province = Places("Fighting spread to three districts of Kabul province overnight.");
  EXPECT_EQ(Expect(province, "Kabul province").place.kind, "province");
}

TEST(PlaceRecognizer, TownCommaProvinceCommaCountry) {
  Document doc = Places("Gunmen attacked a police post in Sopore, Jammu and Kashmir, India, late on Friday.");
  const PlaceMention& sopore = Expect(doc, "Sopore");
  EXPECT_EQ(sopore.place.country, "IN");
  EXPECT_EQ(sopore.place.admin1, "Jammu and Kashmir");
  EXPECT_EQ(Expect(doc, "Jammu and Kashmir").place.kind, "province");
  EXPECT_EQ(Expect(doc, "India").place.kind, "country");
}

TEST(PlaceRecognizer, ProvinceContextChoosesBetweenNamesakes) {
  // Arghandab is a district of both Kandahar and Zabul.
  Document kandahar = Places("Clashes were reported in Arghandab district, Kandahar, on Tuesday.");
  EXPECT_EQ(Expect(kandahar, "Arghandab district").place.admin1, "Kandahar");
  Document zabul = Places("Clashes were reported in Arghandab district, Zabul, on Tuesday.");
  EXPECT_EQ(Expect(zabul, "Arghandab district").place.admin1, "Zabul");
  // Without a province the reading stays ambiguous and says so.
  Document bare = Places("Afghan forces pushed into Arghandab district on Tuesday.");
  const PlaceMention& m = Expect(bare, "Arghandab district");
  EXPECT_EQ(m.place.country, "AF");
  ASSERT_FALSE(m.alternatives.empty());
  EXPECT_NE(m.alternatives[0].admin1, m.place.admin1);
  EXPECT_LT(m.confidence, 0.8f);
}

TEST(PlaceRecognizer, CountriesAndAcronyms) {
  Document doc = Places("The US and the UK said the talks in Doha would resume, while Iraq and Syria stayed away.");
  EXPECT_EQ(Expect(doc, "US").place.country, "US");
  EXPECT_EQ(Expect(doc, "UK").place.country, "GB");
  EXPECT_EQ(Expect(doc, "Doha").place.country, "QA");
  EXPECT_EQ(Expect(doc, "Iraq").place.country, "IQ");
  EXPECT_EQ(Expect(doc, "Syria").place.precision, 4);
  // The pronoun is not the country.
  Document pronoun = Places("They told us nothing about it.");
  EXPECT_TRUE(pronoun.places.empty());
}

TEST(PlaceRecognizer, DemonymsAreEvidenceNotPlaces) {
  Document doc = Places("An Afghan soldier and two Iraqi officers were wounded near Herat.");
  EXPECT_EQ(FindMention(doc, "Afghan"), nullptr);
  EXPECT_EQ(FindMention(doc, "Iraqi"), nullptr);
  EXPECT_EQ(Expect(doc, "Herat").place.country, "AF");
}

TEST(PlaceRecognizer, PossessivesAndArticles) {
  Document helmand = Places("Militants stormed a bank in Helmand’s capital.");
  EXPECT_EQ(Expect(helmand, "Helmand’s").place.admin1, "Helmand");
  Document doc = Places("Troops entered al-Qaim and Ar Ramadi in Anbar province.");
  EXPECT_EQ(Expect(doc, "al-Qaim").place.country, "IQ");
  EXPECT_EQ(Expect(doc, "Ar Ramadi").place.country, "IQ");
  EXPECT_EQ(Expect(doc, "Anbar province").place.kind, "province");
}

TEST(PlaceRecognizer, ManyCountries) {
  struct Case { const char* text; const char* surface; const char* country; };
  const Case cases[] = {
      {"Boko Haram fighters raided a village near Maiduguri, Borno State, on Monday.", "Maiduguri", "NG"},
      {"Al-Shabaab claimed a mortar attack on a base in Mogadishu.", "Mogadishu", "SO"},
      {"Protesters gathered outside the parliament in Kathmandu on Friday.", "Kathmandu", "NP"},
      {"Police fired tear gas at demonstrators in Dhaka, the capital.", "Dhaka", "BD"},
      {"A drone strike hit a convoy outside Marib, Yemen.", "Marib", "YE"},
      {"Shelling damaged homes in Kharkiv, Ukraine, overnight.", "Kharkiv", "UA"},
      {"Gunmen kidnapped 20 students in Kaduna, Nigeria.", "Kaduna", "NG"},
      {"Clashes broke out in Khan Younis in the southern Gaza Strip.", "Khan Younis", "PS"},
      {"An explosion was reported in Erbil, in the Kurdistan Region of Iraq.", "Erbil", "IQ"},
      {"Fighting continued in Tigray, Ethiopia, according to aid workers.", "Tigray", "ET"},
      {"Troops were deployed in Mandalay after the protests, Myanmar state media said.", "Mandalay", "MM"},
      {"Unidentified assailants attacked a patrol near Gao, Mali.", "Gao", "ML"},
      {"Residents fled Beni in North Kivu after an attack, the Democratic Republic of Congo army said.", "Beni", "CD"},
      {"A grenade was thrown at a market in Cotabato City, Philippines.", "Cotabato City", "PH"},
      {"Officials said the blast in Quetta, Balochistan, killed four people.", "Quetta", "PK"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = Places(c.text);
    EXPECT_EQ(Expect(doc, c.surface).place.country, c.country);
  }
}

TEST(PlaceRecognizer, CommonWordsAndPersonNamesAreNotTowns) {
  Document doc = Places(
      "Police said the Union would meet in March. Defense Secretary Lloyd Austin spoke to reporters. "
      "Austin said troops would stay. Hope is fading, said President Joe Biden.");
  for (const PlaceMention& m : doc.places) {
    ADD_FAILURE() << "unexpected place " << doc.Slice(m.start, m.end) << " -> " << m.place.name << " ("
                  << m.place.country << ")";
  }
}

// A town's name inside an organisation's name (between a capitalised word and
// a head noun such as Commission) is not a place the text mentions; the same
// town named as a place still is, and a capital in front of a name is kept.
TEST(PlaceRecognizer, TownInsideAnOrganisationNameIsNotAPlace) {
  Document inside = Places("Teachers rallied outside the offices of the Federal Grants Commission on Monday.");
  for (const PlaceMention& m : inside.places) {
    ADD_FAILURE() << "unexpected place " << inside.Slice(m.start, m.end) << " -> " << m.place.name;
  }
  Document capital = Places("Students of Kabul University marched on Monday.");
  EXPECT_EQ(Expect(capital, "Kabul").place.country, "AF");
}

// A town opening a body's name ("the Nagpur Municipal Corporation") is not
// read as a person's name for the rest of the document: the town named on its
// own later is still a place.
TEST(PlaceRecognizer, TownOpeningABodysNameIsStillAPlaceLater) {
  Document doc = Places("Sweepers of the Nagpur Municipal Corporation went on strike over unpaid wages, leaving "
                        "garbage uncollected in Nagpur for a week.");
  const std::size_t later = doc.text.find("in Nagpur") + 3;
  const PlaceMention* found = nullptr;
  for (const PlaceMention& m : doc.places) {
    if (m.start == later) found = &m;
  }
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->place.country, "IN");
}

TEST(PlaceRecognizer, AllCapsDateline) {
  Document doc = Places("KABUL (Reuters) - Taliban fighters attacked a checkpoint overnight, officials said.");
  EXPECT_EQ(Expect(doc, "KABUL").place.country, "AF");
}

TEST(PlaceRecognizer, SpellingVariants) {
  // Transliterations that differ from GeoNames in vowels and spacing.
  Document doc = Places("Taliban attacked checkpoints in Dawlat Abad and Qaramqol districts of Faryab.");
  EXPECT_EQ(Expect(doc, "Dawlat Abad").place.admin1, "Faryab");
  EXPECT_EQ(Expect(doc, "Qaramqol districts").place.admin1, "Faryab");
}

TEST(PlaceRecognizer, OffsetsAndSentencesAreConsistent) {
  Document doc = Places("Rockets hit Kandahar. Later, gunmen attacked a post in Herat province.");
  ASSERT_EQ(doc.places.size(), 2u);
  EXPECT_EQ(doc.places[0].sentence, 0u);
  EXPECT_EQ(doc.places[1].sentence, 1u);
  for (const PlaceMention& m : doc.places) {
    EXPECT_LT(m.start, m.end);
    EXPECT_LE(m.end, doc.text.size());
    EXPECT_GT(m.confidence, 0.0f);
    EXPECT_LE(m.confidence, 1.0f);
  }
}

TEST(PlaceRecognizer, GarbageDoesNotCrash) {
  std::mt19937 rng(11);
  for (int round = 0; round < 100; ++round) {
    std::string junk(static_cast<std::size_t>(rng() % 2000), '\0');
    for (char& c : junk) c = static_cast<char>(rng() % 4 == 0 ? 'A' + rng() % 26 : rng());
    Document doc = BodyDocument(junk);
    BuiltinPlaces().Annotate(doc);
    for (const PlaceMention& m : doc.places) EXPECT_LE(m.end, doc.text.size());
  }
  // A long run of capitalised words stays linear.
  std::string names;
  for (int i = 0; i < 20000; ++i) names += "Kabul Kandahar Herat ";
  Document doc = Places(names);
  EXPECT_FALSE(doc.places.empty());
  // Names shared by hundreds of places, densely packed, stay bounded too.
  std::string shared;
  for (int i = 0; i < 5000; ++i) shared += "San Jose, Santa Maria and San Antonio. ";
  Document many = Places(shared);
  EXPECT_FALSE(many.places.empty());
}

}  // namespace
}  // namespace sitrep::lexicon::testing
