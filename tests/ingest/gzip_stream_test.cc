#include "ingest/gzip_stream.h"

#include <gtest/gtest.h>

#include "ingest/buffered_input.h"
#include "ingest/byte_source.h"
#include "ingest_test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Gzip;
using testing::RandomBytes;
using testing::Zlib;

// Inflates all of `compressed` through GzipSource with small reads.
Status InflateAll(std::string_view compressed, std::string* out, std::size_t read_size = 7) {
  MemorySource memory(compressed);
  GzipSource gz(&memory);
  out->clear();
  std::string buf(read_size, '\0');
  for (;;) {
    std::size_t got = 0;
    Status s = gz.Read(buf.data(), buf.size(), &got);
    out->append(buf.data(), got);
    if (!s.ok()) return s;
    if (got == 0) return Status::OK();
  }
}

TEST(GzipSourceTest, InflatesOneMember) {
  std::string text = "The convoy was attacked near the border crossing.\n";
  std::string out;
  ASSERT_TRUE(InflateAll(Gzip(text), &out).ok());
  EXPECT_EQ(out, text);
}

TEST(GzipSourceTest, InflatesLargeInputInStreamingChunks) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + " of a long report\n";
  std::string out;
  ASSERT_TRUE(InflateAll(Gzip(text), &out, 4096).ok());
  EXPECT_EQ(out, text);
}

TEST(GzipSourceTest, ConcatenatedMembersReadAsOneStream) {
  std::string out;
  ASSERT_TRUE(InflateAll(Gzip("first part, ") + Gzip("") + Gzip("second part"), &out).ok());
  EXPECT_EQ(out, "first part, second part");
}

TEST(GzipSourceTest, EmptyInputIsEmptyOutput) {
  std::string out;
  EXPECT_TRUE(InflateAll("", &out).ok());
  EXPECT_TRUE(out.empty());
}

TEST(GzipSourceTest, NotGzipData) {
  std::string out;
  Status s = InflateAll("plain text, not compressed", &out);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_EQ(s.message(), "not gzip data");
  EXPECT_EQ(InflateAll("x", &out).message(), "not gzip data");
}

TEST(GzipSourceTest, TruncatedStreamDeliversWhatCameBefore) {
  std::string text = RandomBytes(1000, 3) + std::string(20000, 'a');
  std::string gz = Gzip(text);
  std::string out;
  Status s = InflateAll(gz.substr(0, gz.size() - 10), &out, 512);
  EXPECT_EQ(s.message(), "truncated gzip stream");
  EXPECT_GT(out.size(), 1000u);
  EXPECT_EQ(out, text.substr(0, out.size()));
  // Cut inside the header, too.
  EXPECT_EQ(InflateAll(gz.substr(0, 5), &out).message(), "truncated gzip stream");
}

TEST(GzipSourceTest, CorruptDataIsReported) {
  std::string gz = Gzip(std::string(5000, 'z') + RandomBytes(5000));
  for (std::size_t i = 20; i < gz.size() - 8; i += 7) gz[i] = static_cast<char>(gz[i] ^ 0x5A);
  std::string out;
  Status s = InflateAll(gz, &out);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
}

TEST(GzipSourceTest, TrailingGarbageIsReportedButZeroPaddingIsNot) {
  std::string out;
  EXPECT_TRUE(InflateAll(Gzip("abc") + std::string(16, '\0'), &out).ok());
  EXPECT_EQ(out, "abc");
  Status s = InflateAll(Gzip("abc") + "garbage", &out);
  EXPECT_EQ(s.message(), "trailing garbage after gzip data");
  EXPECT_EQ(out, "abc");
}

TEST(InflateBufferTest, GzipZlibAndRawDeflate) {
  std::string out;
  bool cut = false;
  ASSERT_TRUE(InflateBuffer(Gzip("hello gzip"), 100, &out, &cut).ok());
  EXPECT_EQ(out, "hello gzip");
  ASSERT_TRUE(InflateBuffer(Zlib("hello zlib"), 100, &out, &cut).ok());
  EXPECT_EQ(out, "hello zlib");
  // Raw deflate: strip the zlib header and trailer.
  std::string z = Zlib("hello raw");
  ASSERT_TRUE(InflateBuffer(z.substr(2, z.size() - 6), 100, &out, &cut).ok());
  EXPECT_EQ(out, "hello raw");
}

TEST(InflateBufferTest, StopsAtTheOutputLimit) {
  std::string out;
  bool cut = false;
  ASSERT_TRUE(InflateBuffer(Gzip(std::string(1 << 20, 'q')), 1000, &out, &cut).ok());
  EXPECT_TRUE(cut);
  EXPECT_EQ(out.size(), 1000u);
}

TEST(InflateBufferTest, GarbageFails) {
  std::string out;
  bool cut = false;
  EXPECT_FALSE(InflateBuffer(RandomBytes(300), 1000, &out, &cut).ok());
}

}  // namespace
}  // namespace sitrep::ingest
