// The statement extractor on sentences written for each rule.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "extract/statement_test_util.h"

namespace sitrep::extract {
namespace {

using testing::Describe;
using testing::Statements;

TEST(StatementQuoteTest, CurlyQuoteThenTitleNameAndOutlet) {
  auto s = Statements({"\u201CWe will not leave before the job is done,\u201D army spokesman Ali Reza told the BBC."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Ali Reza");
  EXPECT_EQ(s[0].role, "army spokesman");
  EXPECT_EQ(s[0].via, "BBC");
  EXPECT_EQ(s[0].quote, "We will not leave before the job is done");
}

// A long organisation's name after a role keeps the small words that join
// its parts; a lower-case word that does not go on into the name ends it.
TEST(StatementQuoteTest, LongOrganisationNamesKeepTheirJoiningWords) {
  auto s = Statements({"\u201CAid is blocked at the border,\u201D said Jens Larsen, a spokesman for the Office for the "
                       "Coordination of Humanitarian Affairs."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Jens Larsen");
  EXPECT_EQ(s[0].organization, "Office for the Coordination of Humanitarian Affairs");
  s = Statements({"\u201CWe will respond,\u201D said a spokesman for the Ministry of Foreign Affairs in Kabul."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].organization, "Ministry of Foreign Affairs");
  // Capitalised words holding an organisation's noun are no person's name,
  // and they name the organisation rather than a topic before the title.
  s = Statements({"\u201CThe shelling did not stop,\u201D said Adam Rejal, a spokesman for the Sudan Doctors Network."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Adam Rejal");
  EXPECT_EQ(s[0].organization, "Sudan Doctors Network");
  s = Statements({"\u201CHe wants a bigger deal,\u201D said Dora Pell, a China scholar with the Atlantic Policy Institute."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].role, "China scholar");
  EXPECT_EQ(s[0].organization, "Atlantic Policy Institute");
}

TEST(StatementQuoteTest, OffsetsPointAtTheQuoteWithoutMarks) {
  Document doc = testing::BodyDoc({"Fighting went on. \u201CThe roads are closed for now,\u201D the governor said."});
  testing::Extractor().Annotate(doc);
  ASSERT_EQ(doc.statements.size(), 1u) << Describe(doc.statements);
  const Statement& s = doc.statements[0];
  EXPECT_EQ(doc.Slice(s.start, s.end), s.quote);
  EXPECT_EQ(s.quote, "The roads are closed for now");
  EXPECT_EQ(s.role, "governor");
}

TEST(StatementQuoteTest, VerbBeforeNameWithApposition) {
  auto s = Statements({"\"The ceasefire is holding for now,\" said Maria Gonzalez, a UN envoy."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Maria Gonzalez");
  EXPECT_EQ(s[0].role, "UN envoy");
  EXPECT_EQ(s[0].organization, "UN");
}

TEST(StatementQuoteTest, AttributionBeforeTheQuoteWithColon) {
  auto s = Statements({"Governor Omar Haidari said: \"The roads are closed until further notice.\""});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Omar Haidari");
  EXPECT_EQ(s[0].role, "Governor");
  EXPECT_EQ(s[0].quote, "The roads are closed until further notice.");
}

// A lone capitalised word is an institution ("Moscow said"), unless it is a
// well-known person's name (people.tsv): "Netanyahu told reporters".
TEST(StatementQuoteTest, ALoneWellKnownSurnameIsAPerson) {
  auto s = Statements({"Netanyahu told reporters that the offensive would go on for weeks."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Netanyahu");
  EXPECT_EQ(s[0].organization, "");
  auto m = Statements({"Moscow said the talks had failed to produce any result."});
  ASSERT_EQ(m.size(), 1u) << Describe(m);
  EXPECT_EQ(m[0].speaker, "");
  EXPECT_EQ(m[0].organization, "Moscow");
}

// "X called for a ceasefire, saying ...": the participle's speaker is the
// clause's subject; a sentence that opens with an adverbial has none.
TEST(StatementQuoteTest, ParticipleOfSpeechAfterAnotherVerb) {
  auto s = Statements({"Envoy Maria Gonzalez called for a ceasefire, saying \"civilians are paying the highest price.\""});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Maria Gonzalez");
  EXPECT_EQ(s[0].quote, "civilians are paying the highest price.");
  auto none = Statements({"Over the weekend, the talks stalled, saying \"nothing at all about anything here.\""});
  for (const auto& st : none) EXPECT_NE(st.organization, "Over") << Describe(none);
}

TEST(StatementQuoteTest, GuillemetsLowQuotesAndSingleQuotes) {
  auto a = Statements({"\u00ABNous ne partirons pas avant la fin,\u00BB said the mayor."});
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].role, "mayor");
  auto b = Statements({"\u201EWir bleiben hier bis Mai,\u201C the minister told reporters."});
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].role, "minister");
  EXPECT_EQ(b[0].via, "");
  auto c = Statements({"\u2018We are ready to talk again,\u2019 a senior commander said."});
  ASSERT_EQ(c.size(), 1u) << Describe(c);
  EXPECT_EQ(c[0].role, "senior commander");
  EXPECT_EQ(c[0].quote, "We are ready to talk again");
}

TEST(StatementQuoteTest, ApostrophesDoNotCloseSingleQuotes) {
  auto s = Statements({"\u2018We\u2019re not leaving the villagers\u2019 homes,\u2019 the officer said."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].quote, "We\u2019re not leaving the villagers\u2019 homes");
}

TEST(StatementQuoteTest, QuoteGoesOnInTheNextParagraph) {
  Document doc = testing::BodyDoc({
      "Colonel Jane Doe, a military spokeswoman, said: \u201CThe convoy came under fire near the bridge.",
      "\u201CTwo vehicles were destroyed and the crew withdrew.\u201D",
      "Nothing more was said about it.",
  });
  testing::Extractor().Annotate(doc);
  ASSERT_EQ(doc.statements.size(), 1u) << Describe(doc.statements);
  const Statement& s = doc.statements[0];
  EXPECT_EQ(s.speaker, "Jane Doe");
  EXPECT_EQ(s.role, "military spokeswoman");
  EXPECT_EQ(s.quote, "The convoy came under fire near the bridge. Two vehicles were destroyed and the crew withdrew.");
  EXPECT_EQ(doc.Slice(s.start, s.start + 8), "The conv");
  EXPECT_EQ(doc.Slice(s.end - 8, s.end), "ithdrew.");
}

TEST(StatementQuoteTest, QuoteAroundTheAttributionIsOneStatement) {
  auto s = Statements({"\u201CWe saw the smoke first,\u201D the witness said. \u201CThen the sirens started.\u201D"});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].quote, "We saw the smoke first, Then the sirens started.");
}

TEST(StatementQuoteTest, NextParagraphQuoteWithoutAttributionContinuesTheSpeaker) {
  auto s = Statements({"\u201CWe saw the smoke first,\u201D the witness said.", "\u201CThen the sirens started.\u201D"});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].quote, "We saw the smoke first, Then the sirens started.");
}

TEST(StatementQuoteTest, ScareQuotesAreNoStatements) {
  auto s = Statements({"The group called the deal a \u201Csurrender\u201D and walked out of the \u201Cpeace\u201D talks."});
  EXPECT_TRUE(s.empty()) << Describe(s);
}

TEST(StatementQuoteTest, UnattributedQuoteIsDropped) {
  auto s = Statements({"\u201CThe war is far from over for the people of the valley.\u201D"});
  EXPECT_TRUE(s.empty()) << Describe(s);
}

TEST(StatementQuoteTest, ReaderCommentsAreNotStatements) {
  Document doc = testing::ParagraphDoc({
      {"The talks resumed on Monday.", BlockKind::kBody},
      {"\u201CThis is all a big lie,\u201D the reader John Smith said.", BlockKind::kComment},
  });
  testing::Extractor().Annotate(doc);
  EXPECT_TRUE(doc.statements.empty()) << Describe(doc.statements);
}

TEST(StatementSpeakerTest, PronounTakesTheLastNamedPerson) {
  auto s = Statements({"Foreign Minister Sara Lind arrived in Kabul on Monday.",
                       "\u201CWe expect more delays in the talks,\u201D she said."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Sara Lind");
  EXPECT_EQ(s[0].role, "Foreign Minister");
}

TEST(StatementSpeakerTest, SurnameTakesTheFullNameAndRole) {
  auto s = Statements({"UN envoy Karl Brandt said the talks would resume soon.",
                       "\u201CBoth sides have agreed to meet again,\u201D Brandt said."});
  ASSERT_EQ(s.size(), 2u) << Describe(s);
  EXPECT_EQ(s[1].speaker, "Karl Brandt");
  EXPECT_EQ(s[1].role, "UN envoy");
  EXPECT_EQ(s[1].organization, "UN");
}

TEST(StatementSpeakerTest, GenericHeadRefersToTheOrganisationsPerson) {
  auto s = Statements({"UN Secretary-General Ana Ruiz said the aid convoys had been stopped.",
                       "\u201CThis cannot go on for another week,\u201D the UN chief said."});
  ASSERT_EQ(s.size(), 2u) << Describe(s);
  EXPECT_EQ(s[1].speaker, "Ana Ruiz");
  EXPECT_EQ(s[1].role, "UN Secretary-General");
  EXPECT_EQ(s[1].organization, "UN");
}

TEST(StatementSpeakerTest, DefiniteRoleTakesTheEarlierSourceAndItsOutlet) {
  auto s = Statements({"A senior police official told AFP that two suspects had been arrested.",
                       "\u201CWe are questioning them now,\u201D the official said."});
  ASSERT_EQ(s.size(), 2u) << Describe(s);
  EXPECT_EQ(s[0].role, "senior police official");
  EXPECT_EQ(s[0].via, "AFP");
  EXPECT_EQ(s[0].quote, "two suspects had been arrested");
  EXPECT_EQ(s[1].speaker, "");
  EXPECT_EQ(s[1].role, "senior police official");
  EXPECT_EQ(s[1].via, "AFP");
}

TEST(StatementSpeakerTest, TitleIsNeverTurnedIntoAName) {
  auto s = Statements({"\u201CThe border stays closed this week,\u201D the spokesman said."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "");
  EXPECT_EQ(s[0].role, "spokesman");
}

TEST(StatementSpeakerTest, PossessorIsNotTheSpeaker) {
  auto s = Statements({"Two days ago, the Prime Minister\u2019s chief of staff, Lena Marsh, said the cabinet would "
                       "meet again on Friday."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Lena Marsh");
  EXPECT_EQ(s[0].role, "chief of staff");
  EXPECT_EQ(s[0].quote, "the cabinet would meet again on Friday");
}

TEST(StatementViaTest, MediaCues) {
  auto a = Statements({"\u201CThe city is calm tonight,\u201D the mayor wrote on Telegram."});
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].via, "Telegram");
  auto b = Statements({"The Interior Ministry said in a statement that the curfew would be lifted."});
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].organization, "Interior Ministry");
  EXPECT_EQ(b[0].via, "statement");
  auto c = Statements({"\u201CThe attack was repelled,\u201D a spokesman said in an interview with Al Jazeera."});
  ASSERT_EQ(c.size(), 1u) << Describe(c);
  EXPECT_EQ(c[0].via, "Al Jazeera");
  auto d = Statements({"\u201CNo one was hurt,\u201D the official said on Monday."});
  ASSERT_EQ(d.size(), 1u) << Describe(d);
  EXPECT_EQ(d[0].via, "");
}

TEST(StatementViaTest, ReadoutSpeaksForItsPrincipal) {
  auto s = Statements({"Foreign Secretary Tom Hale spoke with his Pakistani counterpart on Tuesday.",
                       "\u201CThe Secretary underlined the need for a lasting ceasefire,\u201D a readout of the call "
                       "on the Foreign Office\u2019s website says."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "");
  EXPECT_EQ(s[0].role, "Foreign Secretary");
  EXPECT_EQ(s[0].organization, "Foreign Office");
  EXPECT_EQ(s[0].via, "Foreign Office website");
}

TEST(StatementReportedTest, SaidThatAndSaidClause) {
  auto a = Statements({"The army chief said that the offensive would continue."});
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].role, "army chief");
  EXPECT_EQ(a[0].quote, "the offensive would continue");
  auto b = Statements({"Rebel commander Musa Idris warned that more attacks would follow."});
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].speaker, "Musa Idris");
  EXPECT_EQ(b[0].role, "Rebel commander");
}

// "Speaking to AFP, an official said ...": the opener says where it was
// said. "said Amina, 41, a nurse": the age after a name marks a person, and
// the apposition after it is her role.
TEST(StatementReportedTest, OutletInAnOpenerAndAnAgeAfterTheName) {
  auto s = Statements({"Speaking to AFP, a senior police officer said the convoy had been ambushed near the bridge."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].via, "AFP");
  s = Statements({"\u201CThe clinic has no power,\u201D said Amina, 41, a nurse at the district hospital."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Amina");
  EXPECT_EQ(s[0].role, "nurse");
}

// A word that opens titles ("Foreign Minister") is part of the title only
// before a title word: "Foreign ministry spokesman" is a ministry's
// spokesman, and "Chile's defence ministry" speaks for Chile.
TEST(StatementReportedTest, TitleOpenersBeforeAnOrganisationsNoun) {
  auto s = Statements({"Foreign ministry spokesman Ana Duarte said Lisbon would reply to the note within a week."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Ana Duarte");
  EXPECT_EQ(s[0].role, "Foreign ministry spokesman");
  s = Statements({"Interior Minister Ana Duarte said the border crossings would reopen on Monday."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].role, "Interior Minister");
  s = Statements({"Chile's defence ministry said the exercise had ended without incident."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].role, "defence ministry");
  EXPECT_NE(s[0].organization.find("Chile"), std::string::npos) << s[0].organization;
}

TEST(StatementReportedTest, AttributionAtTheEnd) {
  auto a = Statements({"Three soldiers were wounded in the clash, the provincial governor said."});
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].role, "provincial governor");
  EXPECT_EQ(a[0].quote, "Three soldiers were wounded in the clash");
  auto b = Statements({"The bridge was destroyed overnight, said a local elder."});
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].role, "local elder");
}

TEST(StatementReportedTest, AccordingTo) {
  auto a = Statements({"According to a hospital doctor, twelve people were brought in overnight."});
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].role, "hospital doctor");
  EXPECT_EQ(a[0].quote, "twelve people were brought in overnight");
  auto b = Statements({"Twelve people were brought in overnight, according to the health ministry."});
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].organization, "health ministry");
}

TEST(StatementReportedTest, NoClearSourceNoStatement) {
  EXPECT_TRUE(Statements({"The president announced a new plan for the region."}).empty());
  EXPECT_TRUE(Statements({"While the talks stalled, the president announced a new plan for the region."}).empty());
  EXPECT_TRUE(Statements({"He said the talks had failed."}).empty());  // nobody named before
  EXPECT_TRUE(Statements({"Reuters reported that the talks had failed."}).empty());
}

TEST(StatementQuoteTest, ShortQuoteStandingAsASentence) {
  auto s = Statements({"\u201CNo,\u201D the commander said. \u201CWe will not retreat from the town.\u201D"});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].quote, "No, We will not retreat from the town.");
  EXPECT_TRUE(Statements({"\u201CPose\u201D star Billy Porter said nothing more about the show."}).size() <= 1);
  for (const Statement& st : Statements({"\u201CPose\u201D star Billy Porter said nothing more about the show."})) {
    EXPECT_NE(st.quote, "Pose");
  }
}

TEST(StatementQuoteTest, AttributionAfterAnExclamationSplit) {
  auto s = Statements({"\"Stop the car now! Get out!\" an officer shouted and then said nothing."});
  EXPECT_TRUE(s.empty()) << Describe(s);  // "shouted" is no speech verb in the list
  auto t = Statements({"\"Stop the car now! Get out!\" an officer said."});
  ASSERT_EQ(t.size(), 1u) << Describe(t);
  EXPECT_EQ(t[0].role, "officer");
}

TEST(StatementSpeakerTest, DescriptionBeforeAFullName) {
  auto s = Statements({"\u201CThe water levels are rising fast,\u201D regional hydrologist Priya Nair said."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Priya Nair");
  EXPECT_EQ(s[0].role, "regional hydrologist");
}

TEST(StatementSpeakerTest, AsidesAuxiliariesAndRelativeClauses) {
  auto a = Statements({"Defence Minister Omar Said Khan, however, said the ceasefire was holding."});
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].speaker, "Omar Said Khan");
  auto b = Statements({"Rebel leader Tom Ayo had said that the road would be reopened."});
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].speaker, "Tom Ayo");
  auto c = Statements({"\u201CWe have no fuel left for the generators,\u201D Mayor Lina Petrova, who was elected "
                       "last year, said."});
  ASSERT_EQ(c.size(), 1u) << Describe(c);
  EXPECT_EQ(c[0].speaker, "Lina Petrova");
  EXPECT_EQ(c[0].role, "Mayor");
}

TEST(StatementSpeakerTest, SurnameOfAPersonNamedOutsideAnAttribution) {
  auto s = Statements({"The report was written by aid worker Jonas Eklund after a visit to the camp.",
                       "\u201CThe children have no school and no clinic,\u201D Eklund said."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Jonas Eklund");
  EXPECT_EQ(s[0].role, "worker");
}

TEST(StatementReportedTest, OutletAndAdverbialAfterTheSpeaker) {
  auto s = Statements({"Half of the fighters have handed in their weapons since the accord, rebel commanders told "
                       "AFP by phone on Sunday."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].role, "rebel commanders");
  EXPECT_EQ(s[0].via, "AFP");
  EXPECT_EQ(s[0].quote, "Half of the fighters have handed in their weapons since the accord");
}

TEST(StatementReportedTest, HyphenatedAdjectiveIsNoOrganisation) {
  auto s = Statements({"\u201CThe harvest will be late this year,\u201D Geneva-based analyst Mark Ode said."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "Mark Ode");
  EXPECT_EQ(s[0].organization, "");
}

TEST(StatementReportedTest, UnknownSingleWordIsAnInstitution) {
  auto s = Statements({"Moscow said the strikes would continue until the spring."});
  ASSERT_EQ(s.size(), 1u) << Describe(s);
  EXPECT_EQ(s[0].speaker, "");
  EXPECT_EQ(s[0].organization, "Moscow");
}

TEST(StatementSpeakerTest, TitleComplements) {
  auto a = Statements({"Ahmad Wali, the commander of Kandahar South district, said: \u201CThe road is open again.\u201D"});
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].speaker, "Ahmad Wali");
  EXPECT_EQ(a[0].role, "commander of Kandahar South district");
  auto b = Statements({"Norway\u2019s ambassador to Kenya Ola Berg said that the aid would arrive next week."});
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].speaker, "Ola Berg");
  EXPECT_EQ(b[0].role, "ambassador to Kenya");
  auto c = Statements({"Swiss-born investor Hans Keller had said, \"Markets never forgive a weak harvest.\""});
  ASSERT_EQ(c.size(), 1u) << Describe(c);
  EXPECT_EQ(c[0].speaker, "Hans Keller");
  EXPECT_EQ(c[0].role, "Swiss-born investor");
}

TEST(StatementSpeakerTest, DescriptionNameAndOrganisation) {
  auto a = Statements({"\u201CThe samples show clear traces of water ice,\u201D planetary geologist Rosa Lind of "
                       "the Mars Science Institute said."});
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].speaker, "Rosa Lind");
  EXPECT_EQ(a[0].role, "planetary geologist");
  EXPECT_EQ(a[0].organization, "Mars Science Institute");
  auto b = Statements({"\u201COur lander will be ready in two years,\u201D said Ian Holt, chief executive of Lunar "
                       "Robotics."});
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].speaker, "Ian Holt");
  EXPECT_EQ(b[0].role, "chief executive of Lunar Robotics");
  EXPECT_EQ(b[0].organization, "Lunar Robotics");
  auto c = Statements({"\u201CWe will hire again next year,\u201D the recently appointed director said."});
  ASSERT_EQ(c.size(), 1u) << Describe(c);
  EXPECT_EQ(c[0].role, "appointed director");
}

TEST(StatementSpeakerTest, ItTakesTheLastOrganisation) {
  auto s = Statements({"The Defence Ministry said that two drones had been shot down overnight.",
                       "It added that the air defences had been reinforced around the capital."});
  ASSERT_EQ(s.size(), 2u) << Describe(s);
  EXPECT_EQ(s[1].organization, "Defence Ministry");
  EXPECT_EQ(s[1].quote, "the air defences had been reinforced around the capital");
  EXPECT_TRUE(Statements({"It said that the talks had failed."}).empty());
}

// "He" after one person known only by title is that person; after a group
// ("officials") it is nobody the text names.
TEST(StatementSpeakerTest, HeAfterATitledPersonWithoutAName) {
  auto s = Statements({"The UN envoy told reporters that the ceasefire was holding.",
                       "\"Both sides have kept their word so far,\" he said."});
  ASSERT_EQ(s.size(), 2u) << Describe(s);
  EXPECT_EQ(s[1].role, s[0].role);
  EXPECT_EQ(s[1].organization, s[0].organization);
  EXPECT_EQ(s[1].quote, "Both sides have kept their word so far");
  auto group = Statements({"Officials said that the border crossing would reopen.",
                           "\"The lorries are waiting,\" he said."});
  for (const auto& st : group) EXPECT_NE(st.quote, "The lorries are waiting") << Describe(group);
}

// A wire dateline before the speaker is no part of the speaker.
TEST(StatementReportedTest, AfterAWireDateline) {
  for (const char* line : {"NAIROBI, June 3 (Reuters) - Health Minister Jane Wanjiru said that the clinics would reopen.",
                           "NAIROBI \u2014 Health Minister Jane Wanjiru said that the clinics would reopen."}) {
    auto s = Statements({line});
    ASSERT_EQ(s.size(), 1u) << line << Describe(s);
    EXPECT_EQ(s[0].speaker, "Jane Wanjiru");
    EXPECT_EQ(s[0].quote, "the clinics would reopen");
  }
}

TEST(StatementRobustnessTest, GarbageAndUnbalancedMarks) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"\u201C", "\u201D", "\"", "'", "\u2019", "\u00AB", "\u00BB", " said ", " he ", ",",
                                ".", " the official ", "Sullivan", "\n\n", "according to ", " told Reuters ", "\xff"};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    Document doc = testing::BodyDoc({text});
    testing::Extractor().Annotate(doc);
    for (const Statement& s : doc.statements) {
      ASSERT_LE(s.start, s.end);
      ASSERT_LE(s.end, doc.text.size());
    }
  }
}

TEST(StatementRobustnessTest, LongUnclosedQuoteIsLinear) {
  std::string text = "\u201C";
  for (int i = 0; i < 20000; ++i) text += "word, said the official ";
  Document doc = testing::BodyDoc({text, "\u201C" + text});
  testing::Extractor().Annotate(doc);
  SUCCEED();
}

}  // namespace
}  // namespace sitrep::extract
