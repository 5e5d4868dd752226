#include "ingest/text_reader.h"

#include <gtest/gtest.h>

#include "core/utf8.h"
#include "ingest/html_reader.h"
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

void ReadText(std::string_view bytes, ReadRun& run, ReadOptions options = {}) {
  run.status = ReadTextDocument(bytes, "story.txt", options, run.reporter, run.out.sink());
}

TEST(TextReaderTest, OneDocumentWithPathId) {
  ReadOptions options;
  ReadRun run;
  ReadText("Clashes were reported overnight.\n", run, options);
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.out.docs.size(), 1u);
  const RawDocument& doc = run.out.docs[0];
  EXPECT_EQ(doc.id, "story.txt");
  EXPECT_EQ(doc.source, "story.txt");
  EXPECT_EQ(doc.line, 0u);
  EXPECT_EQ(doc.format, ContentFormat::kText);
  EXPECT_EQ(doc.content, "Clashes were reported overnight.\n");
  EXPECT_EQ(doc.meta.published, "");
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(TextReaderTest, ByteOrderMarkIsDropped) {
  ReadRun run;
  ReadText("\xEF\xBB\xBFHello", run);
  ASSERT_EQ(run.out.docs.size(), 1u);
  EXPECT_EQ(run.out.docs[0].content, "Hello");
}

TEST(TextReaderTest, InvalidUtf8IsReplacedWithAWarning) {
  ReadRun run;
  ReadText("caf\xE9 au lait \xFF\xFE done", run);
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.out.docs.size(), 1u);
  const RawDocument& doc = run.out.docs[0];
  EXPECT_TRUE(IsValidUtf8(doc.content));
  EXPECT_NE(doc.content.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "3 invalid UTF-8 sequences replaced");  // E9, FF, FE
  EXPECT_TRUE(run.reporter.errors.empty());
}

TEST(TextReaderTest, LongDocumentIsCutAtAUtf8Boundary) {
  ReadOptions options;
  options.max_document_bytes = 100;
  std::string text;
  while (text.size() < 5000) text += "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 ";  // "Київ "
  ReadRun run;
  ReadText(text, run, options);
  ASSERT_EQ(run.out.docs.size(), 1u);
  const RawDocument& doc = run.out.docs[0];
  EXPECT_LE(doc.content.size(), 100u);
  EXPECT_GE(doc.content.size(), 97u);
  EXPECT_TRUE(IsValidUtf8(doc.content));
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "cut to 100 bytes");
}

TEST(TextReaderTest, CutDoesNotCountTheSplitSequenceAsInvalid) {
  ReadOptions options;
  options.max_document_bytes = 10;
  ReadRun run;
  ReadText("abcdefghi\xE2\x82\xAC and more", run, options);  // "€" straddles the cap
  ASSERT_EQ(run.out.docs.size(), 1u);
  EXPECT_EQ(run.out.docs[0].content, "abcdefghi");
  EXPECT_EQ(run.out.docs[0].warnings, std::vector<std::string>{"cut to 10 bytes"});
}

TEST(TextReaderTest, EmptyAndBlankFilesFail) {
  for (std::string_view bytes : {std::string_view(""), std::string_view(" \n\t\r\n")}) {
    ReadRun run;
    ReadText(bytes, run);
    EXPECT_EQ(run.status.message(), "empty file");
    EXPECT_TRUE(run.out.docs.empty());
  }
}

TEST(TextReaderTest, BinaryDataIsRefused) {
  ReadRun run;
  ReadText(testing::RandomBytes(4096), run);
  EXPECT_EQ(run.status.message(), "binary data, not text");
  EXPECT_TRUE(run.out.docs.empty());
}

TEST(HtmlReaderTest, PassesMarkupOnUntouched) {
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i) html += "<div>";  // deep and never closed
  html += "text";
  Collector out;
  RecordingReporter reporter;
  Status s = ReadHtmlDocument(html, "page.html", {}, reporter, out.sink());
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].format, ContentFormat::kHtml);
  EXPECT_EQ(out.docs[0].content, html);
}

TEST(HtmlReaderTest, HtmlBytesAreNotRepairedHere) {
  // The HTML extractor knows about charsets; the reader leaves bytes alone.
  Collector out;
  RecordingReporter reporter;
  ASSERT_TRUE(ReadHtmlDocument("<p>caf\xE9</p>", "p.html", {}, reporter, out.sink()).ok());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].content, "<p>caf\xE9</p>");
}

}  // namespace
}  // namespace sitrep::ingest
