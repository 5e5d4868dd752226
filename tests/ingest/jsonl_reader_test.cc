#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.h"
#include "ingest_test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Collector;
using testing::RecordingReporter;

struct ReadRun {
  Status status;
  Collector out;
  RecordingReporter reporter;
};

void Read(std::string_view bytes, ReadRun& run, ReadOptions options = {}) {
  run.status = ReadJsonLines(bytes, "in.jsonl", options, run.reporter, run.out.sink());
}

TEST(JsonLinesReaderTest, ReadsFields) {
  ReadOptions options;
  ReadRun run;
  Read(R"({"id":"a1","text":"Rebels seized the town.","published":"2021-05-04","url":"https://example.org/a","title":"Town seized"}
{"text":"Second story.","outlet":"The Daily","published":null}
)",
       run, options);
  ASSERT_TRUE(run.status.ok()) << run.status.ToString();
  ASSERT_EQ(run.out.docs.size(), 2u);
  const RawDocument& a = run.out.docs[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.line, 1u);
  EXPECT_EQ(a.source, "in.jsonl");
  EXPECT_EQ(a.format, ContentFormat::kText);
  EXPECT_EQ(a.content, "Rebels seized the town.");
  EXPECT_EQ(a.meta.published, "2021-05-04");
  EXPECT_EQ(a.meta.url, "https://example.org/a");
  EXPECT_EQ(a.meta.title, "Town seized");
  EXPECT_EQ(a.meta.outlet, "");
  const RawDocument& b = run.out.docs[1];
  EXPECT_EQ(b.id, "in.jsonl:2");
  EXPECT_EQ(b.meta.outlet, "The Daily");
  EXPECT_EQ(b.meta.published, "");  // null: the pipeline may fill it from --published
}

TEST(JsonLinesReaderTest, HtmlFieldAndNumericIdAndUnknownFields) {
  ReadRun run;
  Read(R"({"dataset":"x","id":12345,"html":"<p>Hi</p>","gold":{"nested":[1,2,{"a":null}]}})"
       "\n",
       run);
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.out.docs.size(), 1u);
  EXPECT_EQ(run.out.docs[0].id, "12345");
  EXPECT_EQ(run.out.docs[0].format, ContentFormat::kHtml);
  EXPECT_EQ(run.out.docs[0].content, "<p>Hi</p>");
}

TEST(JsonLinesReaderTest, BadLinesAreReportedWithLineNumbersAndOthersGoOn) {
  ReadRun run;
  Read("{\"text\":\"one\"}\n"
       "{\"text\": \"unclosed\n"
       "\n"
       "   \n"
       "[1,2,3]\n"
       "{\"title\":\"no body\"}\n"
       "{\"text\":42}\n"
       "{\"text\":\"six\"} trailing\n"
       "{\"text\":\"last\"}",  // no final newline
       run);
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.out.docs.size(), 2u);
  EXPECT_EQ(run.out.docs[0].content, "one");
  EXPECT_EQ(run.out.docs[1].content, "last");
  EXPECT_EQ(run.out.docs[1].line, 9u);
  ASSERT_EQ(run.reporter.errors.size(), 5u);
  std::vector<std::uint64_t> lines;
  for (const auto& e : run.reporter.errors) lines.push_back(e.line);
  EXPECT_EQ(lines, (std::vector<std::uint64_t>{2, 5, 6, 7, 8}));
  EXPECT_EQ(run.reporter.errors[1].what, "not a JSON object");
  EXPECT_EQ(run.reporter.errors[2].what, "no \"text\" or \"html\" field with content");
}

TEST(JsonLinesReaderTest, CrLfAndByteOrderMark) {
  ReadRun run;
  Read("\xEF\xBB\xBF{\"text\":\"a\"}\r\n{\"text\":\"b\"}\r\n", run);
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.out.docs.size(), 2u);
  EXPECT_TRUE(run.reporter.errors.empty());
}

TEST(JsonLinesReaderTest, InvalidUtf8IsRepairedNotRejected) {
  ReadRun run;
  Read("{\"text\":\"caf\xE9 bombing\"}\n", run);
  ASSERT_EQ(run.out.docs.size(), 1u);
  EXPECT_TRUE(IsValidUtf8(run.out.docs[0].content));
  EXPECT_EQ(run.out.docs[0].warnings, std::vector<std::string>{"1 invalid UTF-8 sequence replaced"});
}

TEST(JsonLinesReaderTest, OverlongLineIsSkippedAndReported) {
  ReadOptions options;
  options.max_document_bytes = 1000;
  std::string huge = "{\"text\":\"" + std::string(JsonLineCap(options) + 10, 'x') + "\"}";
  ReadRun run;
  Read("{\"text\":\"before\"}\n" + huge + "\n{\"text\":\"after\"}\n", run, options);
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.out.docs.size(), 2u);
  ASSERT_EQ(run.reporter.errors.size(), 1u);
  EXPECT_EQ(run.reporter.errors[0].line, 2u);
  EXPECT_NE(run.reporter.errors[0].what.find("longer than the limit"), std::string::npos);
}

TEST(JsonLinesReaderTest, LongTextUnderTheLineCapIsCut) {
  ReadOptions options;
  options.max_document_bytes = 1000;
  ReadRun run;
  Read("{\"text\":\"" + std::string(1500, 'y') + "\"}\n", run, options);
  ASSERT_EQ(run.out.docs.size(), 1u);
  EXPECT_EQ(run.out.docs[0].content.size(), 1000u);
  EXPECT_EQ(run.out.docs[0].warnings, std::vector<std::string>{"cut to 1000 bytes"});
}

TEST(JsonLinesReaderTest, EmptyBinaryAndTooManyErrors) {
  ReadRun empty;
  Read("\n\n  \n", empty);
  EXPECT_EQ(empty.status.message(), "empty file");
  ReadRun binary;
  Read(testing::RandomBytes(5000), binary);
  EXPECT_EQ(binary.status.message(), "binary data, not text");
  ReadRun junk;
  std::string lines;
  for (int i = 0; i < 500; ++i) lines += "not json at all\n";
  Read(lines, junk);
  EXPECT_EQ(junk.reporter.errors.size(), kMaxRecordErrorsPerFile);
  EXPECT_FALSE(junk.status.ok());
}

// The evaluation's gold files read as they are (read at run time, never copied).
TEST(JsonLinesReaderTest, SharedGoldFilesReadCleanly) {
  std::filesystem::path gold = std::filesystem::path(SITREP_SOURCE_DIR) / ".." / "shared" / "gold";
  std::error_code ec;
  if (!std::filesystem::is_directory(gold, ec)) GTEST_SKIP() << "no gold files at " << gold;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(gold, ec)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    ReadRun run;
    Read(ss.str(), run);
    EXPECT_TRUE(run.status.ok()) << entry.path();
    EXPECT_TRUE(run.reporter.errors.empty()) << entry.path() << ": " << run.reporter.errors[0].what;
    EXPECT_GT(run.out.docs.size(), 0u);
    for (const RawDocument& doc : run.out.docs) EXPECT_FALSE(doc.id.empty());
    ++files;
  }
  if (files == 0) GTEST_SKIP() << "no .jsonl files in " << gold;
}

}  // namespace
}  // namespace sitrep::ingest
