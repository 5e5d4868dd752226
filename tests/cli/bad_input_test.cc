// End-to-end: what `sitrep extract` does with bad input. For each kind of bad
// input: exactly one line on stderr naming the path ("sitrep: PATH: ..." or
// "sitrep: PATH:LINE: ..."), the other inputs of the same run still on
// stdout, and the exit code (0 all good, 1 some inputs failed, 2 usage).
#include <sys/resource.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/run_command.h"
#include "ingest/ingest_test_util.h"

namespace sitrep {
namespace {

using ingest::testing::Gzip;
using ingest::testing::RandomBytes;
using testing::CommandResult;
using testing::RunSitrep;
using testing::TempDir;

constexpr char kGoodText[] =
    "Clashes near the river crossing\n\n"
    "Two soldiers were wounded on Sunday when their patrol came under fire near a river crossing, "
    "the army said in a statement.\n";

std::string Quote(const std::string& path) { return "'" + path + "'"; }

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Number of documents on stdout (extract prints one JSON object per line).
std::size_t Documents(const CommandResult& r) { return Lines(r.out).size(); }

// The run's stderr is exactly `line` (plus its newline).
void ExpectOneStderrLine(const CommandResult& r, const std::string& line) {
  EXPECT_EQ(r.err, line + "\n") << "stdout had " << Documents(r) << " documents";
}

class BadInputTest : public ::testing::Test {
 protected:
  // Runs extract over `bad` followed by a good article.
  CommandResult RunWithGood(const std::string& bad, const std::string& flags = "") {
    return RunSitrep("extract " + flags + " " + Quote(bad) + " " + Quote(good_));
  }
  TempDir tmp_;
  std::string good_ = tmp_.Write("good.txt", kGoodText);
};

TEST_F(BadInputTest, RandomBytes) {
  std::string path = tmp_.Write("noise.txt", RandomBytes(100000));
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ": binary data, not text");
  EXPECT_EQ(Documents(r), 1u);
  EXPECT_EQ(r.exit_code, 1);
  // The same without an extension (read as text, refused as binary).
  std::string blob = tmp_.Write("blob", RandomBytes(5000, 11));
  ExpectOneStderrLine(RunWithGood(blob), "sitrep: " + blob + ": binary data, not text");
}

TEST_F(BadInputTest, InvalidUtf8IsRepairedWithAWarning) {
  std::string path = tmp_.Write("latin1.txt", "Shelling in the caf\xE9 district of the capital. Nobody was hurt.\n");
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ": warning: 1 invalid UTF-8 sequence replaced");
  EXPECT_EQ(Documents(r), 2u);
  EXPECT_NE(r.out.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD reached the output
  EXPECT_EQ(r.exit_code, 0);
}

TEST_F(BadInputTest, EmptyFile) {
  std::string path = tmp_.Write("empty.txt", "");
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ": empty file");
  EXPECT_EQ(Documents(r), 1u);
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(BadInputTest, GzipNameButNotGzip) {
  std::string path = tmp_.Write("story.txt.gz", kGoodText);
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ": not gzip data");
  EXPECT_EQ(Documents(r), 1u);
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(BadInputTest, TruncatedGzipKeepsCompleteDocuments) {
  std::string lines;
  for (int i = 0; i < 3000; ++i) {
    lines += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"Report " + std::to_string(i * 104729) +
             ": a checkpoint was attacked.\"}\n";
  }
  std::string gz = Gzip(lines);
  std::string path = tmp_.Write("reports.jsonl.gz", gz.substr(0, gz.size() / 2));
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ": truncated gzip stream");
  EXPECT_GT(Documents(r), 100u);   // the lines before the cut
  EXPECT_LT(Documents(r), 3001u);
  EXPECT_NE(r.out.find("\"id\":\"n0\""), std::string::npos);
  EXPECT_NE(r.out.find("Clashes near the river crossing"), std::string::npos);
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(BadInputTest, JsonLineThatDoesNotParse) {
  std::string path = tmp_.Write("docs.jsonl",
                                "{\"id\":\"a\",\"text\":\"Militants attacked a convoy.\"}\n"
                                "{\"id\":\"b\",\"text\":\"unterminated\n"
                                "{\"id\":\"c\",\"text\":\"Police said three people died.\"}\n");
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ":2: invalid JSON: unclosed string");
  EXPECT_EQ(Documents(r), 3u);
  EXPECT_EQ(r.exit_code, 1);
}

std::string SixtyMegabytesOnOneLine() {
  std::string words;
  const char* kWords[] = {"the ", "convoy ", "was ", "shelled ", "near ", "town ", "again ", "today, "};
  for (int i = 0; words.size() < (60u << 20); ++i) words += kWords[i % 8];
  return words;
}

TEST_F(BadInputTest, SixtyMegabyteSingleLineTextIsCut) {
  std::string path = tmp_.Write("huge.txt", SixtyMegabytesOnOneLine());
  CommandResult r = RunWithGood(path, "--max-mb 1");
  ExpectOneStderrLine(r, "sitrep: " + path + ": warning: cut to 1048576 bytes");
  EXPECT_EQ(Documents(r), 2u);
  EXPECT_EQ(r.exit_code, 0);
  // Holding the file would take at least 60 MiB; sanitizer builds run larger.
  EXPECT_LT(r.peak_rss_mib, 200) << "the reader must stream, not slurp";
}

TEST_F(BadInputTest, SixtyMegabyteJsonLineIsSkippedNotHeld) {
  std::string huge_line = "{\"text\":\"" + SixtyMegabytesOnOneLine() + "\"}";
  std::string path = tmp_.Write("huge.jsonl", huge_line + "\n{\"id\":\"after\",\"text\":\"A short report after it.\"}\n");
  CommandResult r = RunWithGood(path, "--max-mb 1");
  ASSERT_EQ(Lines(r.err).size(), 1u) << r.err;
  EXPECT_TRUE(r.err.starts_with("sitrep: " + path + ":1: line of " + std::to_string(huge_line.size()) +
                                " bytes is longer than the limit of "))
      << r.err;
  EXPECT_EQ(Documents(r), 2u);
  EXPECT_NE(r.out.find("\"id\":\"after\""), std::string::npos);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_LT(r.peak_rss_mib, 200) << "the reader must skip the line, not hold it";
}

TEST_F(BadInputTest, DeeplyNestedUnclosedHtmlIsPassedOn) {
  std::string html = "<html><body><p>Fighting resumed in the east of the country on Friday.</p>";
  for (int i = 0; i < 100000; ++i) html += "<div><span>";
  std::string path = tmp_.Write("nested.html", html);
  CommandResult r = RunWithGood(path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Documents(r), 2u);
  EXPECT_LE(Lines(r.err).size(), 1u) << r.err;  // at most the extractor's own note
}

TEST_F(BadInputTest, MissingPath) {
  std::string path = (tmp_.path() / "no-such-article.txt").string();
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ": no such file or directory");
  EXPECT_EQ(Documents(r), 1u);
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(BadInputTest, UnreadableFileInADirectory) {
  std::string dir = (tmp_.path() / "dir").string();
  tmp_.Write("dir/a.txt", kGoodText);
  std::filesystem::create_symlink(tmp_.path() / "dir" / "gone.txt", tmp_.path() / "dir" / "b.txt");
  std::string expected = "sitrep: " + dir + "/b.txt: no such file or directory\n";
  if (geteuid() != 0) {  // root reads through chmod 000, so only check it as a user
    tmp_.Write("dir/c.txt", kGoodText);
    std::filesystem::permissions(tmp_.path() / "dir" / "c.txt", std::filesystem::perms::none);
    expected += "sitrep: " + dir + "/c.txt: permission denied\n";
  }
  CommandResult r = RunSitrep("extract " + Quote(dir));
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(Documents(r), 1u);
  EXPECT_EQ(r.exit_code, 1);
}

std::string WarcRecord(std::string_view type, std::string_view block) {
  return "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\nWARC-Record-ID: <urn:uuid:" +
         std::to_string(block.size()) + ">\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" +
         std::string(block) + "\r\n\r\n";
}

std::string HtmlResponse(std::string_view body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + std::string(body);
}

TEST_F(BadInputTest, DirectoryWithMixedFormats) {
  tmp_.Write("mixed/1.txt", kGoodText);
  tmp_.Write("mixed/2.html", "<html><body><p>An airstrike hit a market, witnesses said.</p></body></html>");
  tmp_.Write("mixed/3.jsonl", "{\"text\":\"Rebels took the airport.\"}\n{\"text\":\"The army denied it.\"}\n");
  tmp_.Write("mixed/4.warc.gz", Gzip(WarcRecord("warcinfo", "software: test\r\n")) +
                                    Gzip(WarcRecord("response", HtmlResponse("<p>Protesters marched downtown.</p>"))));
  tmp_.Write("mixed/5.txt.gz", Gzip(kGoodText));
  std::string jpg = tmp_.Write("mixed/6.jpg", "\xFF\xD8\xFF\xE0");
  CommandResult r = RunSitrep("extract " + Quote((tmp_.path() / "mixed").string()));
  ExpectOneStderrLine(r, "sitrep: " + jpg + ": warning: skipped: unsupported file type");
  EXPECT_EQ(Documents(r), 6u);
  EXPECT_EQ(r.exit_code, 0);
}

TEST_F(BadInputTest, UnsupportedFileTypeNamedExplicitly) {
  std::string path = tmp_.Write("paper.pdf", "%PDF-1.4 not really");
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ": unsupported file type");
  EXPECT_EQ(Documents(r), 1u);
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(BadInputTest, MalformedWarcRecord) {
  std::string path = tmp_.Write("crawl.warc", WarcRecord("response", HtmlResponse("<p>First page.</p>")) +
                                                  "WARC/1.0\r\nnonsense without a colon\r\n\r\n" +
                                                  WarcRecord("response", HtmlResponse("<p>Third page.</p>")));
  CommandResult r = RunWithGood(path);
  ExpectOneStderrLine(r, "sitrep: " + path + ":2: malformed WARC record header: header line without \"Name: value\"");
  EXPECT_EQ(Documents(r), 3u);
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(BadInputTest, StandardInput) {
  std::string jsonl = tmp_.Write("stdin.jsonl", "{\"text\":\"Gunmen attacked a bus.\"}\n{\"text\":\"Two died.\"}\n");
  CommandResult r = RunSitrep("extract - " + Quote(good_), jsonl);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(Documents(r), 3u);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("\"source\":\"-\""), std::string::npos);
  // Compressed standard input is recognised by its content.
  std::string gz = tmp_.Write("stdin.gz", Gzip("{\"text\":\"Gunmen attacked a bus.\"}\n"));
  CommandResult z = RunSitrep("extract -", gz);
  EXPECT_EQ(z.err, "");
  EXPECT_EQ(Documents(z), 1u);
  // Random bytes on standard input.
  std::string noise = tmp_.Write("noise.bin", RandomBytes(3000));
  ExpectOneStderrLine(RunSitrep("extract -", noise), "sitrep: -: binary data, not text");
}

TEST_F(BadInputTest, UsageErrorExitsTwo) {
  CommandResult r = RunSitrep("extract");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace sitrep
