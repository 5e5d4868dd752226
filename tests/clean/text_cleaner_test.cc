// The plain-text cleaner on articles written for these tests, one per page
// style, plus edge cases. Fixtures are invented; names and places are generic.
#include "clean/text_cleaner.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "clean/line_shape.h"

namespace sitrep::clean {
namespace {

std::string_view Text(std::string_view text, const Block& b) { return text.substr(b.start, b.end - b.start); }

// The label of the (only) block containing `needle`; fails the test if absent.
BlockKind KindOf(std::string_view text, const TextCleanResult& r, std::string_view needle) {
  for (const Block& b : r.blocks) {
    if (Text(text, b).find(needle) != std::string_view::npos) return b.kind;
  }
  ADD_FAILURE() << "no block contains: " << needle;
  return BlockKind::kBoilerplate;
}

std::string Dump(std::string_view text, const TextCleanResult& r) {
  std::string out;
  for (const Block& b : r.blocks) {
    out += std::string(BlockKindName(b.kind)) + "\t" + std::string(Text(text, b).substr(0, 70)) + "\n";
  }
  return out;
}

// Blocks are ordered, non-overlapping, trimmed, inside the text, and every
// non-blank line lies inside one.
void ExpectWellFormed(std::string_view text, const TextCleanResult& r) {
  std::uint32_t prev_end = 0;
  for (const Block& b : r.blocks) {
    ASSERT_LT(b.start, b.end);
    ASSERT_LE(b.end, text.size());
    ASSERT_GE(b.start, prev_end);
    prev_end = b.end;
  }
  std::size_t i = 0, k = 0;
  while (i < text.size()) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = TrimLine(text.substr(i, nl - i));
    if (!line.empty()) {
      auto s = static_cast<std::uint32_t>(line.data() - text.data());
      while (k < r.blocks.size() && r.blocks[k].end <= s) ++k;
      ASSERT_LT(k, r.blocks.size()) << "line not covered: " << line;
      EXPECT_LE(r.blocks[k].start, s);
      EXPECT_GE(r.blocks[k].end, s + line.size());
    }
    i = nl + 1;
  }
}

TextCleanResult Clean(std::string_view text) {
  TextCleanResult r = CleanPlainText(text);
  ExpectWellFormed(text, r);
  return r;
}

#define EXPECT_KIND(needle, kind) EXPECT_EQ(KindOf(text, r, needle), kind) << Dump(text, r)

constexpr auto kBody = BlockKind::kBody;
constexpr auto kTitle = BlockKind::kTitle;
constexpr auto kBoilerplate = BlockKind::kBoilerplate;
constexpr auto kCaption = BlockKind::kCaption;
constexpr auto kComment = BlockKind::kComment;
constexpr auto kMeta = BlockKind::kMeta;

TEST(TextCleaner, WireStoryWithDatelineBylineAndCredits) {
  const std::string text =
      "Rebels seize border crossing after two days of fighting\n\n"
      "By Jane Roe and Omar Fadl\n\n"
      "Updated 10:42 GMT, March 3, 2022\n\n"
      "NORTHTOWN, Eastland (AP) — Rebel fighters took control of the main border crossing with Westland on "
      "Thursday after two days of clashes that killed at least 14 soldiers, a military spokesman said.\n\n"
      "The spokesman, Colonel Amir Sato, told reporters that government troops had withdrawn to the provincial "
      "capital, 40 kilometres to the south, to avoid civilian casualties.\n\n"
      "\"We did not want a battle inside the market town,\" Sato said.\n\n"
      "The rebels said in a statement that they had captured three armoured vehicles. The claim could not be "
      "independently verified.\n\n"
      "Aid agencies said about 3,000 people had crossed into Westland since Tuesday.\n\n"
      "(Reporting by Jane Roe; Editing by Tom Black)\n";
  TextCleanResult r = Clean(text);
  EXPECT_EQ(r.title, "Rebels seize border crossing after two days of fighting");
  EXPECT_KIND("Rebels seize border", kTitle);
  EXPECT_KIND("By Jane Roe and", kMeta);
  EXPECT_KIND("Updated 10:42", kMeta);
  EXPECT_KIND("NORTHTOWN, Eastland (AP)", kBody);
  EXPECT_KIND("We did not want a battle", kBody);
  EXPECT_KIND("Aid agencies said", kBody);
  EXPECT_KIND("(Reporting by", kMeta);
}

TEST(TextCleaner, BlogWithCommentSectionAndPastedStory) {
  const std::string text =
      "Drone strikes hit fuel depots in the north\n\n"
      "Posted on 12 May 2023 by admin\n\n"
      "Several drones struck two fuel depots outside the northern city of Karsk overnight, local officials said on "
      "Friday, setting off fires that burned for hours.\n\n"
      "The regional governor said no one was killed but that four workers were treated for burns. Firefighters "
      "brought the blaze under control by morning, according to the emergency service.\n\n"
      "The depots supply the rail network that carries military cargo to the front, analysts said.\n\n"
      "Share this:\n"
      "Facebook\n"
      "Twitter\n\n"
      "3 Comments\n\n"
      "Peter K. says:\n"
      "May 12, 2023 at 9:15 am\n"
      "Good. They should hit more of them.\n"
      "Reply\n"
      "Mara says:\n"
      "May 12, 2023 at 10:02 am\n"
      "Here is what the agencies wrote yesterday:\n"
      "PORTVILLE (Reuters) - Fighters attacked a police post in the port city on Thursday, killing three "
      "officers, police said.\n"
      "The attack was the third this month, a police spokesman told reporters.\n"
      "Reply\n"
      "Sam says:\n"
      "May 13, 2023 at 8:40 pm\n"
      "Thank you for the coverage.\n";
  TextCleanResult r = Clean(text);
  EXPECT_EQ(r.title, "Drone strikes hit fuel depots in the north");
  EXPECT_KIND("Posted on 12 May", kMeta);
  EXPECT_KIND("Several drones struck", kBody);
  EXPECT_KIND("The depots supply", kBody);
  EXPECT_KIND("Share this:", kBoilerplate);
  EXPECT_KIND("3 Comments", kBoilerplate);
  EXPECT_KIND("Good. They should hit", kComment);
  EXPECT_KIND("PORTVILLE (Reuters)", kComment);
  EXPECT_KIND("The attack was the third", kComment);
  EXPECT_KIND("Thank you for the coverage", kComment);
  for (const Block& b : r.blocks) {
    if (b.start > text.find("3 Comments")) {
      EXPECT_NE(b.kind, kBody) << Text(text, b);
    }
  }
}

TEST(TextCleaner, CommentsWithoutHeaderAreFoundByTheChangeOfVoice) {
  const std::string text =
      "The defence ministry said on Tuesday that its forces had repelled an attack on an outpost near the "
      "southern border, killing 11 militants.\n"
      "Two soldiers were wounded in the fighting, which lasted about three hours, the ministry said in a "
      "statement. It did not say which group carried out the attack.\n"
      "Local officials told the state news agency that the area had been calm since the last clashes in March.\n"
      "The government has deployed about 2,000 additional troops to the border region this year, according to "
      "figures published by the interior ministry.\n"
      "Eleven militants? I bet they were shepherds.\n"
      "You people will believe anything the ministry tells you.\n"
      "Why does nobody ever ask the villagers what happened?\n"
      "Agreed with the last comment, this is pure propaganda lol\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("The defence ministry said", kBody);
  EXPECT_KIND("The government has deployed", kBody);
  EXPECT_KIND("Eleven militants?", kComment);
  EXPECT_KIND("You people will believe", kComment);
  EXPECT_KIND("Why does nobody", kComment);
  EXPECT_KIND("pure propaganda", kComment);
  EXPECT_EQ(r.title, "");
}

TEST(TextCleaner, StoryPastedAsFirstCommentWithoutHeader) {
  const std::string text =
      "Officials in the northern province said on Monday that an air strike had hit a convoy of fighters near "
      "the border town of Amra, killing at least nine people.\n"
      "A provincial spokesman told reporters that the convoy had been carrying weapons. The claim could not be "
      "independently verified, and no group commented on the strike.\n"
      "The province has seen repeated clashes since the collapse of a truce in January, according to a "
      "monitoring group.\n"
      "Here is what the wire services reported last week:\n"
      "AMRA (Reuters) - Armed men attacked a market in the border town on Thursday, killing four traders, "
      "police said.\n"
      "Police said the attackers fled towards the mountains and that an investigation had been opened.\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("Officials in the northern province", kBody);
  EXPECT_KIND("The province has seen", kBody);
  EXPECT_KIND("Here is what the wire services", kComment);
  EXPECT_KIND("AMRA (Reuters)", kComment);
  EXPECT_KIND("Police said the attackers", kComment);
}

TEST(TextCleaner, DigestOfWireStoriesKeepsEveryStory) {
  const std::string text =
      "News in brief\n\n"
      "Gunmen kill three at checkpoint\n\n"
      "EASTPORT (AP) — Gunmen killed three police officers at a checkpoint outside the port city on Sunday, "
      "officials said. The attackers escaped on motorcycles, according to a police statement.\n\n"
      "Police said they had set up roadblocks on the main roads out of the city.\n\n"
      "Rebels release 20 hostages\n\n"
      "HILLTOWN (AP) — Rebels freed 20 hostages seized from a bus last month, a local official told reporters "
      "on Monday. The official said the release followed talks mediated by elders.\n\n"
      "The hostages were taken to a hospital for checks, the official said.\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("EASTPORT (AP)", kBody);
  EXPECT_KIND("Police said they had set up", kBody);
  EXPECT_KIND("HILLTOWN (AP)", kBody);
  EXPECT_KIND("The hostages were taken", kBody);
}

TEST(TextCleaner, InterviewAndRhetoricalQuestionsStayBody) {
  const std::string text =
      "Talks on prisoner exchange resume\n\n"
      "Delegations from the two governments resumed talks on a prisoner exchange in the neutral capital on "
      "Wednesday, the foreign ministry said in a statement.\n\n"
      "The ministry said about 200 prisoners could be released in the first phase, but gave no date. Previous "
      "rounds collapsed in 2022 and 2023 over lists of names.\n\n"
      "What happens next?\n\n"
      "Diplomats said a deal could be signed within weeks. Should the talks fail again, fighting is likely to "
      "intensify in the spring.\n\n"
      "Will the truce hold? Analysts are divided.\n\n"
      "Q: Why did the earlier rounds fail?\n\n"
      "A: I think both sides wanted more than they could deliver. You cannot promise families something you do "
      "not control.\n\n"
      "Q: What would you do differently?\n\n"
      "A: I would keep the lists secret until the last day.\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("Will the truce hold?", kBody);
  EXPECT_KIND("Q: Why did", kBody);
  EXPECT_KIND("A: I think both", kBody);
  EXPECT_KIND("A: I would keep", kBody);
}

TEST(TextCleaner, HeaderlessCommentsWithHandlesAndTimestamps) {
  const std::string text =
      "Army says it recaptured hilltop villages\n\n"
      "By Staff Writer\n"
      "March 2, 2024\n\n"
      "The army said on Saturday that it had recaptured three hilltop villages from rebel forces after a week of "
      "fighting, and that dozens of rebels had been killed.\n\n"
      "Advertisement\n\n"
      "A military spokesman told the state broadcaster that soldiers were clearing mines left in the area. "
      "Residents who fled last month have not yet been allowed to return, local officials said.\n\n"
      "Humanitarian situation\n\n"
      "Aid groups said food prices in the district had tripled since the fighting began in February.\n\n"
      "About the author: Sam Doe is a freelance journalist based in the region.\n\n"
      "johnny_b\n"
      "2 hours ago\n"
      "Another victory that will be reversed next week. Wake up people.\n"
      "Reply\n"
      "Lina M.\n"
      "1 hour ago\n"
      "Do you have any evidence for that? My cousin lives there and says it is calm now.\n"
      "Reply\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("By Staff Writer", kMeta);
  EXPECT_KIND("March 2, 2024", kMeta);
  EXPECT_KIND("The army said on Saturday", kBody);
  EXPECT_KIND("Advertisement", kBoilerplate);
  EXPECT_KIND("Humanitarian situation", kBody);
  EXPECT_KIND("Aid groups said", kBody);
  EXPECT_KIND("About the author", kBoilerplate);
  EXPECT_KIND("johnny_b", kComment);
  EXPECT_KIND("Another victory", kComment);
  EXPECT_KIND("Lina M.", kComment);
  EXPECT_KIND("Do you have any evidence", kComment);
}

TEST(TextCleaner, ReadMoreAndRelatedLinksInterleaved) {
  const std::string text =
      "Ceasefire talks stall as shelling resumes\n\n"
      "Negotiators from both sides left the talks in the capital on Sunday without agreement, a mediator said, as "
      "shelling resumed along the eastern front line.\n\n"
      "Read more: Who are the armed groups in the east?\n\n"
      "The mediator, speaking on condition of anonymity, said the two delegations disagreed over the withdrawal "
      "of heavy weapons from the front.\n\n"
      "Related:\n"
      "Thousands flee as fighting nears the river towns\n"
      "Explainer: the long road to the 2019 truce\n\n"
      "Residents of the river towns reported artillery fire throughout the night, and the health ministry said "
      "five civilians were wounded.\n\n"
      "RELATED STORIES\n\n"
      "Aid convoy reaches besieged city\n";
  TextCleanResult r = Clean(text);
  EXPECT_EQ(r.title, "Ceasefire talks stall as shelling resumes");
  EXPECT_KIND("Negotiators from both sides", kBody);
  EXPECT_KIND("Read more: Who are", kBoilerplate);
  EXPECT_KIND("The mediator, speaking", kBody);
  EXPECT_KIND("Related:", kBoilerplate);
  EXPECT_KIND("Thousands flee as fighting", kBoilerplate);
  EXPECT_KIND("Explainer: the long road", kBoilerplate);
  EXPECT_KIND("Residents of the river towns", kBody);
  EXPECT_KIND("RELATED STORIES", kBoilerplate);
  EXPECT_KIND("Aid convoy reaches", kBoilerplate);
}

TEST(TextCleaner, BulletedRoundupIsBody) {
  const std::string text =
      "Weekly security roundup: attacks in three provinces\n\n"
      "Security incidents reported across the country over the past week included the following:\n\n"
      "- On Monday, gunmen killed two police officers at a checkpoint in the northern province.\n"
      "- On Tuesday, a roadside bomb wounded four soldiers near the provincial capital.\n"
      "- On Thursday, the army said it had killed 17 fighters in air strikes on their camps.\n"
      "- On Saturday, unidentified attackers set fire to a school in the east.\n\n"
      "The number of incidents rose for the third week in a row, a monitoring group said.\n";
  TextCleanResult r = Clean(text);
  EXPECT_EQ(r.title, "Weekly security roundup: attacks in three provinces");
  EXPECT_KIND("Security incidents reported", kBody);
  EXPECT_KIND("On Monday, gunmen", kBody);
  EXPECT_KIND("On Tuesday, a roadside", kBody);
  EXPECT_KIND("On Thursday, the army", kBody);
  EXPECT_KIND("On Saturday, unidentified", kBody);
  EXPECT_KIND("The number of incidents", kBody);
}

TEST(TextCleaner, PhotoCaptionsInTheMiddle) {
  const std::string text =
      "Floods and fighting displace thousands in the south\n\n"
      "Heavy rains flooded camps for displaced people in the south this week, the United Nations said on "
      "Wednesday, while fighting between rival factions blocked aid deliveries.\n\n"
      "Displaced families wade through a flooded camp on the outskirts of the city. Photo: Lena Hart/Reuters\n\n"
      "About 40,000 people have been affected by the floods, the UN humanitarian office said, adding that many "
      "had already fled their homes twice this year.\n\n"
      "A boy carries water past damaged tents, October 4, 2022. REUTERS/Sami Nour\n\n"
      "Aid workers said the main road to the camps had been closed by armed men since Sunday.\n\n"
      "A woman sits outside a shelter. (AFP via Getty Images)\n\n"
      "The rainy season is expected to last until the end of the month, forecasters said.\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("Heavy rains flooded", kBody);
  EXPECT_KIND("Displaced families wade", kCaption);
  EXPECT_KIND("About 40,000 people", kBody);
  EXPECT_KIND("A boy carries water", kCaption);
  EXPECT_KIND("Aid workers said", kBody);
  EXPECT_KIND("A woman sits outside", kCaption);
  EXPECT_KIND("The rainy season", kBody);
}

TEST(TextCleaner, CookieBannerAndNewsletterBox) {
  const std::string text =
      "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of "
      "cookies. Read our privacy policy.\n"
      "Accept\n"
      "Skip to content\n"
      "Menu\n"
      "Troops deployed to protect polling stations\n"
      "Soldiers were deployed to polling stations in the capital on Saturday ahead of Sunday's election, after "
      "a week of clashes between supporters of the two main candidates, police said.\n"
      "Sign up for our newsletter\n"
      "Get the latest news delivered to your inbox every morning.\n"
      "Enter your email address\n"
      "Subscribe\n"
      "The electoral commission said 1,200 polling stations would open at 7 a.m. and that results were expected "
      "within three days.\n"
      "Observers from the regional bloc arrived on Friday, according to a statement from the bloc.\n"
      "© 2023 Example Media. All rights reserved.\n"
      "Privacy Policy | Terms of Use\n";
  TextCleanResult r = Clean(text);
  EXPECT_EQ(r.title, "Troops deployed to protect polling stations");
  EXPECT_KIND("We use cookies", kBoilerplate);
  EXPECT_KIND("Accept", kBoilerplate);
  EXPECT_KIND("Skip to content", kBoilerplate);
  EXPECT_KIND("Soldiers were deployed", kBody);
  EXPECT_KIND("Sign up for our newsletter", kBoilerplate);
  EXPECT_KIND("Get the latest news", kBoilerplate);
  EXPECT_KIND("Enter your email", kBoilerplate);
  EXPECT_KIND("Subscribe", kBoilerplate);
  EXPECT_KIND("The electoral commission", kBody);
  EXPECT_KIND("Observers from the regional bloc", kBody);
  EXPECT_KIND("All rights reserved", kBoilerplate);
  EXPECT_KIND("Privacy Policy | Terms", kBoilerplate);
}

TEST(TextCleaner, ShortLastParagraphStaysBody) {
  const std::string text =
      "Explosion at arms depot\n\n"
      "A large explosion hit an arms depot near the western town of Belo on Monday evening, shaking buildings "
      "several kilometres away, residents said.\n\n"
      "The army said the cause of the blast was under investigation and that there were no immediate reports "
      "of casualties among soldiers or civilians.\n\n"
      "An investigation is under way.\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("An investigation is under way.", kBody);
  EXPECT_KIND("A large explosion", kBody);
  EXPECT_EQ(r.title, "Explosion at arms depot");
}

TEST(TextCleaner, FirstPersonOpinionPieceIsNotCutAsComments) {
  const std::string text =
      "Why I stopped believing in the peace process\n\n"
      "I have covered this conflict for twelve years, and I have never seen the two sides further apart. You "
      "could feel it in the room when the delegations met last week.\n\n"
      "My colleagues in the capital tell me the mood is the same there. Should we be surprised? I do not think "
      "so, and you should not be either.\n\n"
      "What would it take to change course? I think it would take leaders willing to pay a price at home.\n\n"
      "Until then, I will keep reporting what I see.\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("I have covered this conflict", kBody);
  EXPECT_KIND("My colleagues in the capital", kBody);
  EXPECT_KIND("What would it take", kBody);
  EXPECT_KIND("Until then, I will keep", kBody);
}

TEST(TextCleaner, HardWrappedParagraphsBecomeOneBlockEach) {
  const std::string text =
      "Militia clashes close the airport road\n"
      "\n"
      "Fighting between two rival militias closed the road to the city's\n"
      "airport for most of Wednesday, witnesses said, and flights were\n"
      "diverted to a military airfield in the south of the country.\n"
      "\n"
      "The interior ministry said a truce was agreed in the evening and that\n"
      "police units had taken over the checkpoints held by the two groups,\n"
      "which have fought over control of the road since last year.\n";
  TextCleanResult r = Clean(text);
  ASSERT_EQ(r.blocks.size(), 3u) << Dump(text, r);
  EXPECT_EQ(r.blocks[0].kind, kTitle);
  EXPECT_EQ(r.blocks[1].kind, kBody);
  EXPECT_EQ(r.blocks[2].kind, kBody);
  EXPECT_EQ(Text(text, r.blocks[1]).substr(0, 8), "Fighting");
  EXPECT_EQ(Text(text, r.blocks[1]).back(), '.');
}

TEST(TextCleaner, EmptyAndBlankInput) {
  EXPECT_TRUE(CleanPlainText("").blocks.empty());
  EXPECT_TRUE(CleanPlainText("\n\n  \r\n\t\n").blocks.empty());
  EXPECT_EQ(CleanPlainText("").title, "");
}

TEST(TextCleaner, SingleLine) {
  const std::string text = "Government forces retook the town on Sunday, the army said.";
  TextCleanResult r = Clean(text);
  ASSERT_EQ(r.blocks.size(), 1u);
  EXPECT_EQ(r.blocks[0].kind, kBody);
  EXPECT_EQ(r.blocks[0].start, 0u);
  EXPECT_EQ(r.blocks[0].end, text.size());
}

TEST(TextCleaner, OnlyBoilerplateHasNoBody) {
  const std::string text = "Home\nSubscribe\nShare on Facebook\nLeave a Reply\nPrivacy Policy\n";
  TextCleanResult r = Clean(text);
  ASSERT_EQ(r.blocks.size(), 5u);
  for (const Block& b : r.blocks) EXPECT_NE(b.kind, kBody) << Text(text, b);
}

TEST(TextCleaner, CrlfLineEndings) {
  const std::string text =
      "Curfew imposed after riots\r\n\r\n"
      "Authorities imposed a night curfew on the city on Friday after two nights of rioting in which three people "
      "were killed, police said.\r\n\r\n"
      "Share this\r\n";
  TextCleanResult r = Clean(text);
  ASSERT_EQ(r.blocks.size(), 3u) << Dump(text, r);
  EXPECT_EQ(r.title, "Curfew imposed after riots");
  EXPECT_EQ(r.blocks[1].kind, kBody);
  EXPECT_EQ(Text(text, r.blocks[1]).back(), '.');
  EXPECT_EQ(r.blocks[2].kind, kBoilerplate);
}

TEST(TextCleaner, ReplacementCharactersAndOddBytes) {
  std::string text =
      "Clashes in the \xEF\xBF\xBD valley\n\n"
      "Fighters clashed with troops in the \xEF\xBF\xBD valley on Monday, killing six, officials said.\n\n"
      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\n\n";
  text += std::string("\x01\x02\xff\xfe\x80 garbage \xC2", 16);
  text += "\n\xE2\x80\xA2\n\xF0\x9F\x98\x80\n";
  TextCleanResult r = Clean(text);
  EXPECT_KIND("Fighters clashed", kBody);
}

TEST(TextCleaner, RandomPiecesNeverBreakTheContract) {
  // Deterministic pseudo-random texts made of pieces that exercise every rule,
  // plus truncated UTF-8 sequences and stray bytes.
  const std::string_view pieces[] = {
      "\n", "\n\n", "\r\n", " ", "word ", "Said ", "you ", "I ", "? ", "! ", ". ", "\xE2\x80\x9C", "\xE2\x80\x9D",
      "\"", "(Reuters) \xE2\x80\x93 ", "KABUL (AP) - ", "Comments\n", "Leave a Reply\n", "Read more: ",
      "\xC2\xA9 ", "Photo: ", "By Ann Lee\n", "https://x.org/y\n", "- ", "\xE2\x80\xA2 ", "12) ", "\xE2\x80",
      "\xC2", "\xF0\x9F", "\xEF\xBF\xBD", "\xC2\xA0", "'", "\xE2\x80\x99s ", "Share this\n", "3 hours ago\n",
      "The army said 40 people were killed on Monday. ", "What a joke, you idiots!\n"};
  std::uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(state >> 33);
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int len = static_cast<int>(next() % 200);
    for (int k = 0; k < len; ++k) {
      if (next() % 50 == 0) {
        text += static_cast<char>(next() & 0xFF);
      } else {
        text += pieces[next() % std::size(pieces)];
      }
    }
    TextCleanResult r = CleanPlainText(text);
    ExpectWellFormed(text, r);
    if (HasFailure()) {
      ADD_FAILURE() << "round " << round;
      return;
    }
  }
}

TEST(TextCleaner, VeryLongLine) {
  std::string text = "Headline about the long report\n\n";
  for (int i = 0; i < 100000; ++i) text += "The monitors said the shelling continued. ";
  text += "\n";
  TextCleanResult r = Clean(text);
  ASSERT_EQ(r.blocks.size(), 2u);
  EXPECT_EQ(r.blocks[1].kind, kBody);
}

// Five megabytes of alternating prose and furniture: every line still gets
// exactly one block and the furniture keeps its labels. (Speed and linearity
// are measured by bench/text_bench.cc, never by a timed assertion here.)
TEST(TextCleaner, FiveMegabytesKeepTheContract) {
  const std::string furniture = "Share this\n\n";
  std::string big;
  std::size_t paragraphs = 0, furniture_lines = 0;
  while (big.size() < 5'000'000) {
    // Distinct paragraphs (a repeated line is furniture by design): each
    // names a different made-up town.
    std::string town(1, 'K');
    for (std::size_t n = paragraphs; n > 0; n /= 26) town += static_cast<char>('a' + n % 26);
    big += "Security forces in " + town +
           " said they had arrested suspects after the attack on the market, which killed four people on "
           "Tuesday, according to the provincial police chief.\n\n";
    ++paragraphs;
    if (paragraphs % 7 == 0) {
      big += furniture;
      ++furniture_lines;
    }
  }
  TextCleanResult r = CleanPlainText(big);
  ASSERT_EQ(r.blocks.size(), paragraphs + furniture_lines);
  std::size_t body = 0, boilerplate = 0;
  for (const Block& b : r.blocks) {
    body += b.kind == kBody;
    boilerplate += b.kind == BlockKind::kBoilerplate;
  }
  EXPECT_EQ(body, paragraphs);
  EXPECT_EQ(boilerplate, furniture_lines);
}

// A short note without a full stop (how event notes, flashes and bulletins
// often come) is body, not a title: there is nothing else to be the body.
TEST(TextCleaner, OneLineNoteWithoutFullStopIsBody) {
  std::string note = "Police fired tear gas at protesters demanding the release of detained students in the town";
  TextCleanResult r = CleanPlainText(note);
  ASSERT_EQ(r.blocks.size(), 1u);
  EXPECT_EQ(r.blocks[0].kind, kBody);
  EXPECT_EQ(r.title, "");

  TextCleanResult flash = CleanPlainText("BREAKING: Blast hits market in Quetta\nShare this\n");
  ASSERT_EQ(flash.blocks.size(), 2u);
  EXPECT_EQ(flash.blocks[0].kind, kBody);
  EXPECT_EQ(flash.blocks[1].kind, BlockKind::kBoilerplate);
}

}  // namespace
}  // namespace sitrep::clean
