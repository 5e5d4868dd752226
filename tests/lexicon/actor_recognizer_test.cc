#include "lexicon/actor_recognizer.h"

#include <gtest/gtest.h>

#include <random>

#include "lexicon/actor_test_util.h"

namespace sitrep::lexicon {
namespace {

using testing::Describe;
using testing::FindActorMention;
using testing::MakeDocument;
using testing::Recognizer;

TEST(ActorRecognizerTest, Loads) { ASSERT_TRUE(ActorRecognizer::Load().ok()); }

TEST(ActorRecognizerTest, DemonymPlusSectorIsTheStatesForces) {
  Document doc = MakeDocument(
      "Afghan forces repelled the assault while Afghan security forces searched the area.\n"
      "Pakistani police arrested two men near the border.\n"
      "Nigerian troops and the Malian army were also deployed.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  const ActorMention* m = FindActorMention(doc, "Afghan forces");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Military Forces of Afghanistan");
  EXPECT_EQ(m->sector, "military");
  EXPECT_EQ(m->inter, 1);
  EXPECT_EQ(m->country, "AF");
  m = FindActorMention(doc, "Afghan security forces");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Military Forces of Afghanistan");
  m = FindActorMention(doc, "Pakistani police");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Police Forces of Pakistan");
  EXPECT_EQ(m->sector, "police");
  m = FindActorMention(doc, "Nigerian troops");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Military Forces of Nigeria");
  m = FindActorMention(doc, "Malian army");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Military Forces of Mali");
}

// A phrase of plain lower-case words is looked up as the text itself when
// its words are one space apart, and as a built key otherwise: the two
// spellings must read the same.
// A nationality's plural with no agent noun after it names the country's
// civilians ("nationals.tsv"); "ethnic Albanians" are a people, not
// Albania's citizens.
TEST(ActorRecognizerTest, NationalsArePeopleOfTheirCountry) {
  Document doc = MakeDocument(
      "Soldiers detained 40 Syrians at the crossing.\n"
      "Gunmen kidnapped two Kenyans and a Somali driver.\n"
      "The clashes involved ethnic Albanians near the border.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  const ActorMention* m = FindActorMention(doc, "Syrians");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Civilians (Syria)");
  EXPECT_EQ(m->sector, "civilians");
  m = FindActorMention(doc, "Kenyans");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->country, "KE");
  EXPECT_EQ(FindActorMention(doc, "Albanians"), nullptr);
}

TEST(ActorRecognizerTest, PhraseReadsTheSameWhateverTheSpacesBetweenItsWords) {
  for (const char* text : {"Pakistani security forces arrived at dawn.", "Pakistani security  forces arrived at dawn.",
                           "Pakistani security\tforces arrived at dawn.", "Pakistani  security forces arrived at dawn."}) {
    Document doc = MakeDocument(text);
    Recognizer().Annotate(doc);
    SCOPED_TRACE(Describe(doc));
    ASSERT_EQ(doc.actors.size(), 1u);
    EXPECT_EQ(doc.actors[0].name, "Military Forces of Pakistan");
    EXPECT_EQ(doc.actors[0].start, 0u);
    EXPECT_EQ(doc.text.substr(doc.actors[0].end - 6, 6), "forces");
  }
}

// "Indian and Pakistani troops": the first nationality shares the head noun.
TEST(ActorRecognizerTest, CoordinatedNationalitiesShareTheirHeadNoun) {
  Document doc = MakeDocument("Firing between Indian and Pakistani troops resumed. Afghan and US forces raided a "
                              "compound. Indian and the Pakistani delegations met.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  const ActorMention* m = FindActorMention(doc, "Indian");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Military Forces of India");
  m = FindActorMention(doc, "Pakistani troops");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Military Forces of Pakistan");
  m = FindActorMention(doc, "Afghan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Military Forces of Afghanistan");
  m = FindActorMention(doc, "US forces");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->country, "US");
}

TEST(ActorRecognizerTest, StateNamesAndShortForms) {
  Document doc = MakeDocument(
      "The U.S. and Britain urged the DRC and Ivory Coast to act; US troops stayed.\n"
      "Officials in the UK said Myanmar's military had not replied.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  ASSERT_NE(FindActorMention(doc, "U.S."), nullptr);
  EXPECT_EQ(FindActorMention(doc, "U.S.")->country, "US");
  ASSERT_NE(FindActorMention(doc, "Britain"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Britain")->country, "GB");
  ASSERT_NE(FindActorMention(doc, "DRC"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "DRC")->name, "Democratic Republic of Congo");
  ASSERT_NE(FindActorMention(doc, "Ivory Coast"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Ivory Coast")->country, "CI");
  ASSERT_NE(FindActorMention(doc, "US troops"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "US troops")->name, "Military Forces of the United States of America");
  ASSERT_NE(FindActorMention(doc, "Myanmar's military"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Myanmar's military")->name, "Military Forces of Myanmar");
}

TEST(ActorRecognizerTest, AcronymsNeedTheirCapitals) {
  Document doc = MakeDocument("Let us see whether the is group or an aa battery is meant; it is a pdf file.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  for (const ActorMention& m : doc.actors) {
    EXPECT_NE(m.country, "US");
    EXPECT_NE(m.id, "let");
    EXPECT_NE(m.id, "islamic_state");
    EXPECT_NE(m.id, "arakan_army");
    EXPECT_NE(m.id, "pdf_myanmar");
  }
}

TEST(ActorRecognizerTest, ArmedGroupsAcrossCountries) {
  struct Case {
    const char* sentence;
    const char* surface;
    const char* id;
  };
  const Case cases[] = {
      {"ISWAP fighters overran a base in Borno.", "ISWAP fighters", "iswap"},
      {"Al-Shabaab militants attacked a hotel in Mogadishu.", "Al-Shabaab militants", "al_shabaab"},
      {"The Houthis fired a missile at Marib.", "Houthis", "houthis"},
      {"Fighters of the Tehreek-e-Taliban Pakistan ambushed a convoy.", "Tehreek-e-Taliban Pakistan", "ttp"},
      {"JNIM claimed the attack near Djibo.", "JNIM", "jnim"},
      {"M23 rebels seized the town of Bunagana.", "M23 rebels", "m23"},
      {"Suspected ADF rebels killed ten villagers near Beni.", "ADF rebels", "adf"},
      {"CODECO militiamen raided a displacement camp in Ituri.", "CODECO militiamen", "codeco"},
      {"The Arakan Army captured an outpost in Rakhine.", "Arakan Army", "arakan_army"},
      {"Members of a local People's Defence Force ambushed junta troops.", "People's Defence Force", "pdf_myanmar"},
      {"NPA guerrillas burned a crane in Mindanao.", "NPA guerrillas", "npa"},
      {"The ELN bombed a pipeline in Arauca.", "ELN", "eln"},
      {"Gunmen of the Sinaloa Cartel clashed with police in Culiacan.", "Sinaloa Cartel", "sinaloa_cartel"},
      {"Hezbollah launched drones at northern Israel.", "Hezbollah", "hezbollah"},
      {"The Qassam Brigades said it fired rockets.", "Qassam Brigades", "hamas"},
      {"PKK militants attacked a Turkish outpost.", "PKK militants", "pkk"},
      {"Islamic State Khorasan Province claimed the bombing in Kabul.", "Islamic State Khorasan Province", "iskp"},
      {"IS-K said it carried out the attack.", "IS-K", "iskp"},
      {"Jaish-e-Mohammed operatives were arrested in Pulwama.", "Jaish-e-Mohammed", "jem_kashmir"},
      {"The Haqqani network was blamed for the truck bomb.", "Haqqani network", "haqqani"},
      {"Boko Haram insurgents abducted students in Chibok.", "Boko Haram insurgents", "boko_haram"},
  };
  for (const Case& c : cases) {
    Document doc = MakeDocument(c.sentence);
    Recognizer().Annotate(doc);
    SCOPED_TRACE(std::string(c.sentence) + "\n" + Describe(doc));
    const ActorMention* m = FindActorMention(doc, c.surface);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->id, c.id);
  }
}

TEST(ActorRecognizerTest, ProvinceOfTheIslamicStateHasItsParentInTheData) {
  const ActorDictionary& d = Recognizer().dictionary();
  int iswap = d.OrganizationIndex("iswap");
  ASSERT_GE(iswap, 0);
  EXPECT_EQ(d.organizations()[static_cast<std::size_t>(iswap)].parent, "islamic_state");
}

TEST(ActorRecognizerTest, BareSectorsTakeTheDocumentsCountry) {
  Document doc = MakeDocument(
      "Gunmen killed five villagers in Zamfara state, Nigeria, on Sunday.\n"
      "Nigerian authorities said police were deployed and protesters blocked the highway.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  EXPECT_EQ(Recognizer().MainCountry(doc), "NG");
  ASSERT_NE(FindActorMention(doc, "villagers"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "villagers")->name, "Civilians (Nigeria)");
  EXPECT_EQ(FindActorMention(doc, "villagers")->inter, 7);
  ASSERT_NE(FindActorMention(doc, "Gunmen"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Gunmen")->name, "Unidentified Armed Group (Nigeria)");
  ASSERT_NE(FindActorMention(doc, "Nigerian authorities"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Nigerian authorities")->name, "Government of Nigeria");
  ASSERT_NE(FindActorMention(doc, "protesters"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "protesters")->name, "Protesters (Nigeria)");
  EXPECT_EQ(FindActorMention(doc, "protesters")->inter, 6);
}

TEST(ActorRecognizerTest, BareSectorWithoutACountryHasNoCountry) {
  Document doc = MakeDocument("Rioters set fire to shops.");
  Recognizer().Annotate(doc);
  ASSERT_NE(FindActorMention(doc, "Rioters"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Rioters")->name, "Rioters");
  EXPECT_EQ(FindActorMention(doc, "Rioters")->country, "");
}

TEST(ActorRecognizerTest, AmbiguousAliasOnlyInItsHomeCountry) {
  Document india = MakeDocument("Congress workers clashed with BJP supporters in Kolkata, India.");
  Recognizer().Annotate(india);
  SCOPED_TRACE(Describe(india));
  ASSERT_NE(FindActorMention(india, "Congress workers"), nullptr);
  EXPECT_EQ(FindActorMention(india, "Congress workers")->id, "inc");
  Document nepal = MakeDocument("Maoists called a general strike across Nepal.");
  Recognizer().Annotate(nepal);
  SCOPED_TRACE(Describe(nepal));
  ASSERT_NE(FindActorMention(nepal, "Maoists"), nullptr);
  EXPECT_EQ(FindActorMention(nepal, "Maoists")->country, "NP");
  Document us = MakeDocument("Congress passed the bill, the United States said.");
  Recognizer().Annotate(us);
  EXPECT_EQ(FindActorMention(us, "Congress"), nullptr);
}

TEST(ActorRecognizerTest, TitlesNamesAndOrganisations) {
  Document doc = MakeDocument(
      "NATO Secretary-General Jens Stoltenberg met US Secretary of State Antony Blinken.\n"
      "The deputy leader of the Taliban Mullah Baradar met Iranian FM Zarif in Tehran.\n"
      "NATO spokeswoman Oana Lungescu said a NATO official would travel.\n"
      "President Joe Biden's national security adviser, Jake Sullivan, said the review continues.",
      "2021-02-10");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  const ActorMention* m = FindActorMention(doc, "NATO Secretary-General Jens Stoltenberg");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Jens Stoltenberg");
  EXPECT_EQ(m->role, "Secretary-General");
  EXPECT_EQ(m->organization, "NATO");
  m = FindActorMention(doc, "US Secretary of State Antony Blinken");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Antony Blinken");
  EXPECT_EQ(m->role, "Secretary of State");
  EXPECT_EQ(m->country, "US");
  m = FindActorMention(doc, "deputy leader of the Taliban Mullah Baradar");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Abdul Ghani Baradar");
  EXPECT_EQ(m->role, "deputy leader");
  EXPECT_EQ(m->organization, "Taliban");
  m = FindActorMention(doc, "Iranian FM Zarif");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Mohammad Javad Zarif");
  EXPECT_EQ(m->role, "Foreign Minister");
  EXPECT_EQ(m->organization, "Government of Iran");
  EXPECT_EQ(m->country, "IR");
  m = FindActorMention(doc, "NATO spokeswoman Oana Lungescu");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Oana Lungescu");
  EXPECT_EQ(m->role, "spokeswoman");
  EXPECT_EQ(m->organization, "NATO");
  m = FindActorMention(doc, "NATO official");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->role, "official");
  EXPECT_EQ(m->organization, "NATO");
  EXPECT_EQ(m->person, "");
  m = FindActorMention(doc, "national security adviser, Jake Sullivan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Jake Sullivan");
  EXPECT_EQ(m->role, "national security adviser");
  EXPECT_EQ(m->country, "US");
  EXPECT_EQ(m->name, "Government of the United States of America");
}

TEST(ActorRecognizerTest, UnknownNameAfterATitleIsKeptAsWritten) {
  Document doc = MakeDocument(
      "Taliban fighters attacked checkpoints in Kunduz, Afghanistan.\n"
      "Provincial governor Abdul Sattar Mirzakwal said the attack was repelled.\n"
      "Taliban spokesman Zabihullah Mujahid denied it.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  const ActorMention* m = FindActorMention(doc, "Provincial governor Abdul Sattar Mirzakwal");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Abdul Sattar Mirzakwal");
  EXPECT_EQ(m->role, "governor");
  EXPECT_EQ(m->name, "Government of Afghanistan");
  EXPECT_EQ(m->id, "");
  m = FindActorMention(doc, "Taliban spokesman Zabihullah Mujahid");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Zabihullah Mujahid");
  EXPECT_EQ(m->organization, "Taliban");
  ASSERT_NE(FindActorMention(doc, "Taliban fighters"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Taliban fighters")->id, "taliban");
}

TEST(ActorRecognizerTest, CoreferenceInsideTheDocument) {
  Document doc = MakeDocument(
      "NATO Secretary-General Jens Stoltenberg said no decision had been made.\n"
      "Stoltenberg added that allies would consult.\n"
      "\"We risk more violence,\" the NATO chief said.\n"
      "He said the alliance would decide later.\n"
      "The alliance's secretary general spoke again on Friday.",
      "2021-02-18");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  ASSERT_GE(doc.actors.size(), 4u);
  EXPECT_EQ(doc.actors[0].person, "Jens Stoltenberg");
  const ActorMention* surname = FindActorMention(doc, "Stoltenberg");
  ASSERT_NE(surname, nullptr);
  EXPECT_EQ(surname->antecedent, 0);
  EXPECT_EQ(surname->role, "Secretary-General");
  const ActorMention* chief = FindActorMention(doc, "NATO chief");
  ASSERT_NE(chief, nullptr);
  EXPECT_EQ(chief->antecedent, 0);
  EXPECT_EQ(chief->person, "Jens Stoltenberg");
  const ActorMention* he = FindActorMention(doc, "He");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->antecedent, 0);
  EXPECT_EQ(he->organization, "NATO");
  const ActorMention* sg = FindActorMention(doc, "alliance's secretary general");
  ASSERT_NE(sg, nullptr);
  EXPECT_EQ(sg->person, "Jens Stoltenberg");
  EXPECT_EQ(sg->antecedent, 0);
}

TEST(ActorRecognizerTest, LeaderNamePlusSectorIsTheLeadersState) {
  Document doc = MakeDocument("The Taliban met in Doha, Qatar, while the Biden administration reviewed the deal.",
                              "2021-02-18");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  const ActorMention* m = FindActorMention(doc, "Biden administration");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Government of the United States of America");
  EXPECT_EQ(m->person, "");
}

TEST(ActorRecognizerTest, NeverInventsAPersonFromATitle) {
  Document doc = MakeDocument("The NATO chief said allies would stay. Austin was mentioned as a city.", "2021-02-18");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  for (const ActorMention& m : doc.actors) EXPECT_EQ(m.person, "");
  ASSERT_NE(FindActorMention(doc, "NATO chief"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "NATO chief")->role, "chief");
}

TEST(ActorRecognizerTest, PostsHaveYears) {
  Document doc = MakeDocument("Jens Stoltenberg spoke in Oslo.", "2026-03-01");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  const ActorMention* m = FindActorMention(doc, "Jens Stoltenberg");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->person, "Jens Stoltenberg");
  EXPECT_EQ(m->role, "");  // no longer NATO's Secretary-General in 2026
  Document old = MakeDocument("Jens Stoltenberg spoke in Brussels.", "2019-03-01");
  Recognizer().Annotate(old);
  ASSERT_NE(FindActorMention(old, "Jens Stoltenberg"), nullptr);
  EXPECT_EQ(FindActorMention(old, "Jens Stoltenberg")->organization, "NATO");
}

TEST(ActorRecognizerTest, MentionsAreInTextOrderAndInsideTheirSentence) {
  Document doc = MakeDocument(
      "Afghan forces and Taliban fighters clashed; NATO spokeswoman Oana Lungescu said civilians fled.\n"
      "He said police arrived.");
  Recognizer().Annotate(doc);
  for (std::size_t i = 0; i < doc.actors.size(); ++i) {
    const ActorMention& m = doc.actors[i];
    ASSERT_LT(m.sentence, doc.sentences.size());
    EXPECT_GE(m.start, doc.sentences[m.sentence].start);
    EXPECT_LE(m.end, doc.sentences[m.sentence].end);
    EXPECT_LT(m.antecedent, static_cast<std::int32_t>(i));
    if (i > 0) {
      EXPECT_GE(m.start, doc.actors[i - 1].end);
    }
  }
}

// One huge sentence (the placeholder segmenter makes one per block) stays fast.
TEST(ActorRecognizerTest, LongDocumentIsLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "NATO spokeswoman Oana Lungescu said Afghan forces and the Taliban clashed; the NATO chief said he would act. ";
  }
  Document doc = MakeDocument(text, "2021-02-01");
  Recognizer().Annotate(doc);
  ASSERT_EQ(doc.actors.size(), 80000u);
  EXPECT_EQ(doc.actors[doc.actors.size() - 4].person, "Oana Lungescu");
  EXPECT_EQ(doc.actors[doc.actors.size() - 4].antecedent, 0);
}

TEST(ActorRecognizerTest, GarbageNeverCrashes) {
  std::mt19937 rng(11);
  const char* pieces[] = {"NATO", " chief", "'s", " ", ",", "Afghan", " forces", " he", "\n", "\xff", "\xe2\x80",
                          "President", " Joe", " of", " the", " Taliban", "U.S.", "-", "Stoltenberg", "."};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) text += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    Document doc = MakeDocument(text);
    Recognizer().Annotate(doc);
    for (const ActorMention& m : doc.actors) {
      EXPECT_LE(m.start, m.end);
      EXPECT_LE(m.end, doc.text.size());
    }
  }
  Document empty;
  Recognizer().Annotate(empty);
  EXPECT_TRUE(empty.actors.empty());
}

// A bracket inside a party's name ("CPI (M)") does not end the name, and the
// document's country follows its national parties when no place names one.
TEST(ActorRecognizerTest, BracketInsideANameAndTheCountryOfParties) {
  Document doc = MakeDocument("CPI (M) activists and BJP workers clashed outside the municipal office.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  ASSERT_FALSE(doc.actors.empty());
  EXPECT_EQ(doc.actors[0].name, "CPI(M): Communist Party of India (Marxist)");
  EXPECT_EQ(doc.actors[0].country, "IN");
  EXPECT_EQ(doc.main_country, "IN");
  EXPECT_EQ(doc.main_country_name, "India");
  doc = MakeDocument("Residents held a meeting outside the municipal office.");
  Recognizer().Annotate(doc);
  EXPECT_EQ(doc.main_country, "");
}

// A capital is its government only as the subject of a verb of speech or
// policy; everywhere else it is a place (the place recogniser's business).
TEST(ActorRecognizerTest, ACapitalThatActsIsItsGovernment) {
  Document doc = MakeDocument(
      "Ankara again rejected the proposal on Monday. Officials in Ankara said talks would go on.\n"
      "Seoul has repeatedly warned of retaliation, and Tokyo on Tuesday summoned the ambassador.\n"
      "Three people were hurt in Nairobi. Nairobi residents protested. Lima is the capital.");
  Recognizer().Annotate(doc);
  SCOPED_TRACE(Describe(doc));
  const ActorMention* ankara = FindActorMention(doc, "Ankara");
  ASSERT_NE(ankara, nullptr);
  EXPECT_EQ(ankara->country, "TR");
  EXPECT_EQ(ankara->sector, "government");
  ASSERT_NE(FindActorMention(doc, "Seoul"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Seoul")->country, "KR");
  ASSERT_NE(FindActorMention(doc, "Tokyo"), nullptr);
  EXPECT_EQ(FindActorMention(doc, "Tokyo")->country, "JP");
  int ankara_mentions = 0, places_as_actors = 0;
  for (const ActorMention& m : doc.actors) {
    std::string_view text = doc.Slice(m.start, m.end);
    if (text == "Ankara") ++ankara_mentions;
    if (text == "Nairobi" || text == "Lima") ++places_as_actors;
  }
  EXPECT_EQ(ankara_mentions, 1);  // "in Ankara" is a place
  EXPECT_EQ(places_as_actors, 0);
}

}  // namespace
}  // namespace sitrep::lexicon
