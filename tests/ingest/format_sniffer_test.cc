#include "ingest/format_sniffer.h"

#include <gtest/gtest.h>

namespace sitrep::ingest {
namespace {

TEST(FormatFromPathTest, Extensions) {
  EXPECT_EQ(FormatFromPath("a/b/story.txt").format, InputFormat::kText);
  EXPECT_EQ(FormatFromPath("story.TEXT").format, InputFormat::kText);
  EXPECT_EQ(FormatFromPath("dir.v2/README").format, InputFormat::kText);
  EXPECT_EQ(FormatFromPath("page.html").format, InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("page.HTM").format, InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("page.xhtml").format, InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("docs.jsonl").format, InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromPath("docs.ndjson").format, InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromPath("crawl.warc").format, InputFormat::kWarc);
  EXPECT_EQ(FormatFromPath("photo.jpg").format, InputFormat::kUnsupported);
  EXPECT_EQ(FormatFromPath("paper.pdf").format, InputFormat::kUnsupported);
  EXPECT_EQ(FormatFromPath("bundle.zip").format, InputFormat::kUnsupported);
}

TEST(FormatFromPathTest, GzipSuffixIsStrippedFirst) {
  PathFormat f = FormatFromPath("crawl.warc.gz");
  EXPECT_EQ(f.format, InputFormat::kWarc);
  EXPECT_TRUE(f.gzipped);
  EXPECT_EQ(FormatFromPath("docs.jsonl.GZ").format, InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromPath("notes.gz").format, InputFormat::kText);
  EXPECT_EQ(FormatFromPath("photo.jpg.gz").format, InputFormat::kUnsupported);
  EXPECT_FALSE(FormatFromPath("story.txt").gzipped);
}

TEST(SniffFormatTest, Content) {
  EXPECT_EQ(SniffFormat("WARC/1.1\r\nWARC-Type: warcinfo\r\n"), InputFormat::kWarc);
  EXPECT_EQ(SniffFormat("  \n{\"text\": \"x\"}\n"), InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF<!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("<HTML><body>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("<p>Hello</p>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("<3 this is prose"), InputFormat::kText);
  EXPECT_EQ(SniffFormat("Plain news text."), InputFormat::kText);
  EXPECT_EQ(SniffFormat(""), InputFormat::kText);
}

}  // namespace
}  // namespace sitrep::ingest
