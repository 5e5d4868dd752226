#include "ingest/warc_reader.h"

#include <gtest/gtest.h>

#include "ingest/buffered_input.h"
#include "ingest/byte_source.h"
#include "ingest/gzip_stream.h"
#include "ingest/http_payload.h"
#include "ingest_test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Collector;
using testing::Gzip;
using testing::RecordingReporter;

std::string Record(std::string_view type, std::string_view id, std::string_view extra_headers,
                   std::string_view block) {
  std::string r = "WARC/1.1\r\nWARC-Type: ";
  r += type;
  r += "\r\nWARC-Record-ID: <urn:uuid:";
  r += id;
  r += ">\r\n";
  r += extra_headers;
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

std::string Http(int status, std::string_view content_type, std::string_view body,
                 std::string_view extra_headers = "") {
  std::string h = "HTTP/1.1 " + std::to_string(status) + " Whatever\r\n";
  if (!content_type.empty()) h += "Content-Type: " + std::string(content_type) + "\r\n";
  h += extra_headers;
  h += "\r\n";
  h += body;
  return h;
}

std::string Chunked(std::string_view body, std::size_t chunk) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); i += chunk) {
    std::string_view part = body.substr(i, chunk);
    char size[32];
    std::snprintf(size, sizeof(size), "%zx;ext=1\r\n", part.size());
    out += size;
    out += part;
    out += "\r\n";
  }
  out += "0\r\n\r\n";
  return out;
}

const char kPage[] = "<html><head><title>Report</title></head><body><p>Artillery struck the depot.</p></body></html>";

// A small crawl: the kinds of records a WARC holds, in a realistic order.
std::vector<std::string> SampleRecords() {
  const std::string target = "WARC-Target-URI: <https://news.example/a>\r\nWARC-Date: 2023-06-01T10:00:00Z\r\n";
  return {
      Record("warcinfo", "0", "Content-Type: application/warc-fields\r\n", "software: test\r\nformat: WARC\r\n"),
      Record("request", "1", target + "Content-Type: application/http; msgtype=request\r\n",
             "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
      Record("response", "2", target + "Content-Type: application/http; msgtype=response\r\n",
             Http(200, "text/html; charset=UTF-8", kPage)),
      Record("response", "3", "WARC-Target-URI: https://news.example/logo.png\r\n",
             Http(200, "image/png", "\x89PNG\r\n\x1a\n\0\0\0binary")),
      Record("response", "4", "WARC-Target-URI: https://news.example/gone\r\n", Http(404, "text/html", "<p>Not found</p>")),
      Record("response", "5", "WARC-Target-URI: https://news.example/b\r\n",
             Http(200, "text/html", Chunked(kPage, 10), "Transfer-Encoding: chunked\r\n")),
      Record("response", "6", "WARC-Target-URI: https://news.example/c\r\n",
             Http(200, "application/xhtml+xml", Gzip(kPage), "Content-Encoding: gzip\r\n")),
      Record("response", "7", "", Http(200, "text/html", Chunked(Gzip(kPage), 7),
                                       "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")),
      Record("metadata", "8", "Content-Type: application/warc-fields\r\n", "outlinks: x\r\n"),
      Record("resource", "9", "Content-Type: text/plain\r\nWARC-Target-URI: file:///notes.txt\r\n",
             "Plain notes about shelling."),
      Record("conversion", "10", "Content-Type: text/html\r\n", kPage),
      Record("resource", "11", "Content-Type: image/jpeg\r\n", "\xFF\xD8\xFF"),
  };
}

struct ReadRun {
  Status status;
  Collector out;
  RecordingReporter reporter;
};

void Read(std::string_view bytes, ReadRun& run, ReadOptions options = {}) {
  run.status = ReadWarc(bytes, "crawl.warc", options, run.reporter, run.out.sink());
}

void ExpectSampleDocuments(const ReadRun& run) {
  ASSERT_TRUE(run.status.ok()) << run.status.ToString();
  EXPECT_TRUE(run.reporter.errors.empty()) << run.reporter.errors[0].what;
  ASSERT_EQ(run.out.docs.size(), 6u);
  const RawDocument& first = run.out.docs[0];
  EXPECT_EQ(first.id, "urn:uuid:2");
  EXPECT_EQ(first.line, 3u);
  EXPECT_EQ(first.format, ContentFormat::kHtml);
  EXPECT_EQ(first.content, kPage);
  EXPECT_EQ(first.meta.url, "https://news.example/a");
  EXPECT_EQ(first.meta.retrieved, "2023-06-01T10:00:00Z");  // WARC-Date is the crawl time
  EXPECT_EQ(first.meta.published, "");
  for (int i : {1, 2, 3}) EXPECT_EQ(run.out.docs[i].content, kPage) << "document " << i;
  EXPECT_EQ(run.out.docs[1].id, "urn:uuid:5");
  EXPECT_EQ(run.out.docs[2].id, "urn:uuid:6");
  EXPECT_EQ(run.out.docs[3].id, "urn:uuid:7");
  EXPECT_EQ(run.out.docs[4].format, ContentFormat::kText);
  EXPECT_EQ(run.out.docs[4].content, "Plain notes about shelling.");
  EXPECT_EQ(run.out.docs[4].meta.url, "file:///notes.txt");
  EXPECT_EQ(run.out.docs[5].id, "urn:uuid:10");
  EXPECT_EQ(run.out.docs[5].format, ContentFormat::kHtml);
}

TEST(WarcReaderTest, TakesPagesAndSkipsTheRest) {
  std::string warc;
  for (const std::string& r : SampleRecords()) warc += r;
  ReadRun run;
  Read(warc, run);
  ExpectSampleDocuments(run);
}

// Reads `compressed` as a .warc.gz file would be read.
ReadRun ReadGzipped(std::string_view compressed) {
  ReadRun run;
  MemorySource memory(compressed);
  GzipSource gz(&memory);
  BufferedInput in(&gz, 4096);
  ReadContext context("crawl.warc.gz", ReadOptions{}, run.reporter, run.out.sink());
  run.status = ReadWarc(in, context);
  return run;
}

TEST(WarcReaderTest, GzipPerRecordAndGzipOverAll) {
  std::string per_record, whole;
  for (const std::string& r : SampleRecords()) {
    per_record += Gzip(r);
    whole += r;
  }
  ExpectSampleDocuments(ReadGzipped(per_record));
  ExpectSampleDocuments(ReadGzipped(Gzip(whole)));
}

TEST(WarcReaderTest, TruncatedGzipKeepsTheRecordsBefore) {
  std::vector<std::string> records = SampleRecords();
  std::string compressed;
  for (std::size_t i = 0; i < 6; ++i) compressed += Gzip(records[i]);  // up to record 6
  std::string last = Gzip(records[6]);
  compressed += last.substr(0, last.size() / 2);
  ReadRun run = ReadGzipped(compressed);
  EXPECT_EQ(run.status.message(), "truncated gzip stream");
  EXPECT_EQ(run.out.docs.size(), 2u);  // records 3 and 6
  EXPECT_TRUE(run.reporter.errors.empty());  // the caller reports the status, once
}

TEST(WarcReaderTest, MalformedHeaderIsReportedAndTheReaderResyncs) {
  std::vector<std::string> records = SampleRecords();
  std::string warc = records[2];
  warc += "WARC/1.0\r\nWARC-Type: response\r\nthis is not a header\r\nContent-Length: 12\r\n\r\nHTTP/1.1 ...\r\n\r\n";
  warc += "WARC/1.0\r\nWARC-Type: response\r\n\r\n<html>no length</html>\r\n\r\n";
  warc += records[5];
  ReadRun run;
  Read(warc, run);
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.out.docs.size(), 2u);
  EXPECT_EQ(run.out.docs[1].line, 4u);
  ASSERT_EQ(run.reporter.errors.size(), 2u);
  EXPECT_EQ(run.reporter.errors[0].line, 2u);
  EXPECT_EQ(run.reporter.errors[0].what, "malformed WARC record header: header line without \"Name: value\"");
  EXPECT_EQ(run.reporter.errors[1].line, 3u);
  EXPECT_EQ(run.reporter.errors[1].what, "malformed WARC record header: no Content-Length");
}

TEST(WarcReaderTest, RecordCutByTheEndOfTheFileIsReported) {
  std::vector<std::string> records = SampleRecords();
  std::string warc = records[2] + records[5].substr(0, records[5].size() - 40);
  ReadRun run;
  Read(warc, run);
  ASSERT_EQ(run.out.docs.size(), 1u);
  ASSERT_EQ(run.reporter.errors.size(), 1u);
  EXPECT_EQ(run.reporter.errors[0].line, 2u);
  EXPECT_NE(run.reporter.errors[0].what.find("truncated WARC record"), std::string::npos);
}

TEST(WarcReaderTest, NotAWarcEmptyAndOnlyBlankLines) {
  ReadRun garbage;
  Read("<html>this is not a WARC</html>", garbage);
  EXPECT_EQ(garbage.status.message(), "not a WARC file (no \"WARC/\" version line)");
  ReadRun empty;
  Read("", empty);
  EXPECT_EQ(empty.status.message(), "empty file");
  ReadRun blank;
  Read("\r\n\r\n", blank);
  EXPECT_EQ(blank.status.message(), "empty file");
}

TEST(WarcReaderTest, BigRecordIsCutNotHeld) {
  ReadOptions options;
  options.max_document_bytes = 1000;
  std::string body = "<html><body>" + std::string(5u << 20, 'x') + "</body></html>";
  std::vector<std::string> records = SampleRecords();
  std::string warc = Record("response", "big", "", Http(200, "text/html", body)) + records[2];
  ReadRun run;
  Read(warc, run, options);
  ASSERT_TRUE(run.status.ok());
  ASSERT_EQ(run.out.docs.size(), 2u);
  EXPECT_EQ(run.out.docs[0].content.size(), 1000u);
  EXPECT_EQ(run.out.docs[0].warnings, std::vector<std::string>{"cut to 1000 bytes"});
  EXPECT_EQ(run.out.docs[1].content, kPage);
}

TEST(WarcReaderTest, UnsupportedContentEncodingIsReported) {
  ReadRun run;
  Read(Record("response", "br", "", Http(200, "text/html", "\x0b\x02\x80", "Content-Encoding: br\r\n")), run);
  ASSERT_EQ(run.reporter.errors.size(), 1u);
  EXPECT_EQ(run.reporter.errors[0].what, "unsupported Content-Encoding \"br\"");
}

TEST(HttpPayloadTest, ChunkedStoredAlreadyDecodedIsKept) {
  std::string out;
  DecodeChunked("<html>already decoded</html>", &out);
  EXPECT_EQ(out, "<html>already decoded</html>");
  DecodeChunked("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", &out);
  EXPECT_EQ(out, "hello world");
  DecodeChunked("5\r\nhel", &out);  // cut short
  EXPECT_EQ(out, "hel");
}

TEST(HttpPayloadTest, ParsesStatusAndHeaders) {
  Result<HttpResponse> r = ParseHttpResponse(
      "HTTP/2 200\r\ncontent-type: Text/HTML ; charset=utf-8\r\ncontent-encoding: GZIP\r\n\r\nbody");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().status, 200);
  EXPECT_EQ(r.value().media_type, "text/html");
  EXPECT_EQ(r.value().content_encoding, "gzip");
  EXPECT_EQ(r.value().body, "body");
  EXPECT_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n").ok());
  EXPECT_FALSE(ParseHttpResponse("HTTP/1.1 200 OK\r\nno end").ok());
}

}  // namespace
}  // namespace sitrep::ingest
