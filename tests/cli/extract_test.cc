// End-to-end tests of `sitrep extract`: flags, formats, exit codes.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "cli/run_command.h"

namespace sitrep {
namespace {

using testing::RunSitrep;
using testing::TempDir;

constexpr char kArticle[] =
    "Ministers meet in Geneva over ceasefire\n\n"
    "GENEVA — Foreign ministers from four countries met on Tuesday to discuss a ceasefire, officials said.\n\n"
    "The talks will continue next week, according to a statement from the host government.\n";

std::vector<simdjson::dom::element> ParseLines(simdjson::dom::parser& parser, const std::string& out,
                                               std::vector<simdjson::padded_string>& keep) {
  std::vector<simdjson::dom::element> docs;
  std::size_t i = 0;
  while (i < out.size()) {
    std::size_t end = out.find('\n', i);
    if (end == std::string::npos) end = out.size();
    keep.emplace_back(out.substr(i, end - i));
    i = end + 1;
  }
  for (auto& line : keep) {
    simdjson::dom::element e;
    EXPECT_EQ(parser.parse(line).get(e), simdjson::SUCCESS) << std::string_view(line);
    docs.push_back(e);
  }
  return docs;
}

TEST(ExtractCommandTest, VersionAndHelpExitZero) {
  auto version = RunSitrep("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("sitrep "), std::string::npos);
  for (const char* sub : {"--help", "extract --help", "eval --help"}) {
    auto help = RunSitrep(sub);
    EXPECT_EQ(help.exit_code, 0) << sub;
    EXPECT_NE(help.out.find("Usage"), std::string::npos) << sub;
  }
}

TEST(ExtractCommandTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunSitrep("").exit_code, 2);
  EXPECT_EQ(RunSitrep("extract").exit_code, 2);  // no INPUT
  EXPECT_EQ(RunSitrep("extract --format xml x.txt").exit_code, 2);
  EXPECT_EQ(RunSitrep("extract --published 2021-02-30 x.txt").exit_code, 2);
  EXPECT_EQ(RunSitrep("nosuchcommand").exit_code, 2);
}

TEST(ExtractCommandTest, JsonLinesCarryMetadataFromFlags) {
  TempDir dir;
  std::string path = dir.Write("a.txt", kArticle);
  auto r = RunSitrep("extract --published 2024-03-05 --outlet 'Test Wire' --url https://example.org/a " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  simdjson::dom::parser parser;
  std::vector<simdjson::padded_string> keep;
  auto docs = ParseLines(parser, r.out, keep);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(std::string_view(docs[0]["id"]), path);
  EXPECT_EQ(std::string_view(docs[0]["published"]), "2024-03-05");
  EXPECT_EQ(std::string_view(docs[0]["outlet"]), "Test Wire");
  EXPECT_EQ(std::string_view(docs[0]["url"]), "https://example.org/a");
  std::string_view body = docs[0]["body_text"];
  EXPECT_NE(body.find("met on Tuesday"), std::string_view::npos);
  EXPECT_TRUE(docs[0]["events"].is_array());
  EXPECT_TRUE(docs[0]["statements"].is_array());
  EXPECT_TRUE(docs[0]["warnings"].is_array());
}

// A local outlet's report that names no country is placed in the outlet's
// country (data/actors/outlet_countries.tsv); a wire's is not placed at all.
TEST(ExtractCommandTest, OutletCountryPlacesReportsThatNameNoCountry) {
  TempDir dir;
  const std::string text = "Gunmen shot dead two traders at the vegetable market on Monday, police said.";
  // The first event's location of a one-line input from `url`, as JSON.
  auto location = [&](const std::string& url, const std::string& outlet = "", const std::string& body = "") {
    std::string path = dir.Write("a.jsonl", "{\"id\":\"a\",\"url\":\"" + url + "\",\"outlet\":\"" + outlet +
                                                "\",\"text\":\"" + (body.empty() ? text : body) + "\"}\n");
    auto r = RunSitrep("extract " + path);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    simdjson::dom::parser parser;
    std::vector<simdjson::padded_string> keep;
    auto docs = ParseLines(parser, r.out, keep);
    if (docs.size() != 1 || docs[0]["events"].get_array().size() == 0) return std::string("no event: ") + r.out;
    return simdjson::to_string(docs[0]["events"].at(0)["location"]);
  };
  EXPECT_NE(location("https://www.dawn.com/news/1").find("\"country\":\"PK\""), std::string::npos);
  EXPECT_EQ(location("https://www.reuters.com/world/1"), "null");
  // The outlet's name alone tells it too, when it names its country.
  EXPECT_NE(location("", "Times of Malta").find("\"country\":\"MT\""), std::string::npos);
  // And it tips a place name two countries share: Hyderabad is India's
  // larger city, but a Karachi daily's Hyderabad is the one in Sindh.
  const std::string hyderabad = "Traders protested in Hyderabad on Monday against new taxes.";
  EXPECT_NE(location("", "", hyderabad).find("\"country\":\"IN\""), std::string::npos);
  EXPECT_NE(location("https://www.dawn.com/news/2", "", hyderabad).find("\"country\":\"PK\""), std::string::npos);
}

TEST(ExtractCommandTest, JsonFormatIsOneArrayInInputOrder) {
  TempDir dir;
  std::string a = dir.Write("d/a.txt", kArticle);
  std::string b = dir.Write("d/b.txt", kArticle);
  auto r = RunSitrep("extract --format json " + (dir.path() / "d").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::padded_string json(r.out);
  simdjson::dom::array docs;
  ASSERT_EQ(parser.parse(json).get(docs), simdjson::SUCCESS) << r.out;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(std::string_view(docs.at(0)["source"]), a);
  EXPECT_EQ(std::string_view(docs.at(1)["source"]), b);
}

TEST(ExtractCommandTest, LayersGiveOffsetsIntoTheText) {
  TempDir dir;
  std::string path = dir.Write("a.txt", kArticle);
  auto r = RunSitrep("extract --layers " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  simdjson::dom::parser parser;
  std::vector<simdjson::padded_string> keep;
  auto docs = ParseLines(parser, r.out, keep);
  ASSERT_EQ(docs.size(), 1u);
  std::string text = kArticle;
  for (auto block : docs[0]["blocks"].get_array()) {
    std::uint64_t start = block["start"], end = block["end"];
    EXPECT_EQ(text.substr(start, end - start), std::string_view(block["text"]));
  }
  for (auto sentence : docs[0]["sentences"].get_array()) {
    std::uint64_t start = sentence["start"], end = sentence["end"];
    EXPECT_EQ(text.substr(start, end - start), std::string_view(sentence["text"]));
  }
}

TEST(ExtractCommandTest, TextFormatPrintsBodies) {
  TempDir dir;
  std::string path = dir.Write("a.txt", kArticle);
  auto r = RunSitrep("extract --format text " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# " + path), std::string::npos);
  EXPECT_NE(r.out.find("Foreign ministers from four countries"), std::string::npos);
}

TEST(ExtractCommandTest, StandardInputIsRead) {
  TempDir dir;
  std::string path = dir.Write("in.txt", kArticle);
  auto r = RunSitrep("extract -", path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Foreign ministers"), std::string::npos);
}

TEST(ExtractCommandTest, PipesGetNoProgressLine) {
  TempDir dir;
  std::string path = dir.Write("a.txt", kArticle);
  auto r = RunSitrep("extract " + path);
  EXPECT_EQ(r.err, "");  // stderr is a file here, not a terminal
}

// On a terminal a run longer than half a second shows a progress line on
// stderr. `script` (util-linux) gives the command a terminal; the input is a
// pipe that delivers a second document after a second.
TEST(ExtractCommandTest, TerminalGetsProgressLineUnlessQuiet) {
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "script(1) is not installed";
  TempDir dir;
  std::string log = (dir.path() / "typescript").string();
  auto run = [&](const std::string& flags) {
    std::string script = dir.Write("run.sh", "(printf '{\"text\":\"One report.\"}\\n'; sleep 1; "
                                             "printf '{\"text\":\"Two reports.\"}\\n') | " +
                                                 std::string(SITREP_BINARY) + " extract " + flags + " - >/dev/null\n");
    std::string command = "script -q -e -c 'sh " + script + "' " + log + " >/dev/null 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return testing::ReadWholeFile(log);
  };
  std::string shown = run("");
  EXPECT_NE(shown.find("docs/s"), std::string::npos) << shown;
  EXPECT_NE(shown.find("MB/s"), std::string::npos) << shown;
  std::string quiet = run("--quiet");
  EXPECT_EQ(quiet.find("docs/s"), std::string::npos) << quiet;
}

TEST(ExtractCommandTest, SummaryReportsTotals) {
  TempDir dir;
  std::string path = dir.Write("a.txt", kArticle);
  auto r = RunSitrep("extract --summary " + path);
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("sitrep: 1 documents"), std::string::npos) << r.err;
}

TEST(ExtractCommandTest, ClosedPipeEndsQuietly) {
  TempDir dir;
  std::string content;
  for (int i = 0; i < 2000; ++i) content += kArticle;
  std::string big = dir.Write("big.txt", content);
  std::string command = "{ " + std::string(SITREP_BINARY) + " extract";
  for (int i = 0; i < 20; ++i) command += " " + big;
  std::string status_file = (dir.path() / "status").string();
  std::string err_file = (dir.path() / "err").string();
  command += " 2>" + err_file + "; echo $? >" + status_file + "; } | head -c 10 >/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  EXPECT_EQ(testing::ReadWholeFile(status_file), "0\n");
  EXPECT_EQ(testing::ReadWholeFile(err_file), "");
}

}  // namespace
}  // namespace sitrep
