#include "ingest/buffered_input.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/byte_source.h"

namespace sitrep::ingest {
namespace {

// A source that hands out at most `step` bytes per read, then fails if asked.
class TrickleSource : public ByteSource {
 public:
  TrickleSource(std::string data, std::size_t step, bool fail_at_end = false)
      : data_(std::move(data)), step_(step), fail_at_end_(fail_at_end) {}
  Status Read(char* buf, std::size_t n, std::size_t* read) override {
    *read = std::min({n, step_, data_.size() - pos_});
    std::copy_n(data_.data() + pos_, *read, buf);
    pos_ += *read;
    if (*read == 0 && fail_at_end_) return Status::Corruption("truncated gzip stream");
    return Status::OK();
  }

 private:
  std::string data_;
  std::size_t step_;
  bool fail_at_end_;
  std::size_t pos_ = 0;
};

std::vector<std::string> AllLines(BufferedInput& in, std::size_t cap, int* too_long) {
  std::vector<std::string> lines;
  *too_long = 0;
  for (;;) {
    std::string_view line;
    auto kind = in.ReadLine(cap, &line);
    if (kind == BufferedInput::LineKind::kEnd) break;
    if (kind == BufferedInput::LineKind::kTooLong) {
      ++*too_long;
      lines.push_back("<too long>");
    } else {
      lines.emplace_back(line);
    }
  }
  return lines;
}

TEST(BufferedInputTest, ReadsLinesAcrossChunkBoundaries) {
  TrickleSource source("alpha\nbeta\r\n\ngamma", 3);
  BufferedInput in(&source, 64);
  int too_long = 0;
  std::vector<std::string> lines = AllLines(in, 100, &too_long);
  EXPECT_EQ(lines, (std::vector<std::string>{"alpha", "beta\r", "", "gamma"}));
  EXPECT_EQ(in.position(), 18u);
}

TEST(BufferedInputTest, OverlongLineIsSkippedWithoutBreakingTheNext) {
  std::string data = "short\n" + std::string(10000, 'x') + "\nafter\n" + std::string(500, 'y');
  TrickleSource source(data, 97);
  BufferedInput in(&source, 64);
  int too_long = 0;
  std::vector<std::string> lines = AllLines(in, 200, &too_long);
  EXPECT_EQ(lines, (std::vector<std::string>{"short", "<too long>", "after", "<too long>"}));
}

TEST(BufferedInputTest, TooLongReportsFullLength) {
  TrickleSource source(std::string(5000, 'x') + "\nok\n", 1000);
  BufferedInput in(&source, 256);
  std::string_view line;
  std::uint64_t length = 0;
  EXPECT_EQ(in.ReadLine(100, &line, &length), BufferedInput::LineKind::kTooLong);
  EXPECT_EQ(length, 5000u);
  EXPECT_EQ(in.ReadLine(100, &line, &length), BufferedInput::LineKind::kLine);
  EXPECT_EQ(line, "ok");
}

TEST(BufferedInputTest, UnfinishedLineBeforeAReadErrorIsDropped) {
  TrickleSource source("complete\nincompl", 4, /*fail_at_end=*/true);
  BufferedInput in(&source, 64);
  int too_long = 0;
  std::vector<std::string> lines = AllLines(in, 100, &too_long);
  EXPECT_EQ(lines, (std::vector<std::string>{"complete"}));
  EXPECT_EQ(in.status().message(), "truncated gzip stream");
}

TEST(BufferedInputTest, PeekReadIntoAndSkip) {
  std::string data;
  for (int i = 0; i < 1000; ++i) data += static_cast<char>('a' + i % 26);
  TrickleSource source(data, 10);
  BufferedInput in(&source, 64);
  EXPECT_EQ(in.Peek(5), "abcde");
  EXPECT_EQ(in.Peek(100), data.substr(0, 100));
  EXPECT_EQ(in.Skip(3), 3u);
  std::string out;
  EXPECT_EQ(in.ReadInto(500, &out), 500u);
  EXPECT_EQ(out, data.substr(3, 500));
  EXPECT_EQ(in.Skip(10000), 497u);
  EXPECT_TRUE(in.AtEnd());
  EXPECT_TRUE(in.status().ok());
}

TEST(BufferedInputTest, ActsAsAByteSource) {
  TrickleSource source("0123456789", 3);
  BufferedInput in(&source, 64);
  EXPECT_EQ(in.Peek(2), "01");
  std::string all;
  char buf[4];
  for (;;) {
    std::size_t got = 0;
    ASSERT_TRUE(in.Read(buf, sizeof(buf), &got).ok());
    if (got == 0) break;
    all.append(buf, got);
  }
  EXPECT_EQ(all, "0123456789");
}

}  // namespace
}  // namespace sitrep::ingest
