#include "core/data.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace sitrep {
namespace {

TEST(DataLinesTest, SkipsCommentsAndBlankLinesAndTrims) {
  auto lines = DataLines("# header\n\n  alpha \r\nbeta\t\n#gamma\ndelta");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "alpha");
  EXPECT_EQ(lines[1], "beta");
  EXPECT_EQ(lines[2], "delta");
}

TEST(EmbeddedDataTest, UnknownPathIsEmpty) { EXPECT_TRUE(EmbeddedData("no/such/file.txt").empty()); }

// The embedded bytes are exactly the bytes of the file in the source tree.
TEST(EmbeddedDataTest, EveryEmbeddedFileMatchesTheSourceTree) {
  for (std::string_view path : EmbeddedDataFiles()) {
    std::ifstream in(std::string(SITREP_DATA_DIR) + "/" + std::string(path), std::ios::binary);
    ASSERT_TRUE(in) << path;
    std::stringstream contents;
    contents << in.rdbuf();
    EXPECT_EQ(EmbeddedData(path), contents.str()) << path;
  }
}

TEST(EmbeddedDataTest, ProbeFileIsEmbedded) {
  auto lines = DataLines(EmbeddedData("core/embed_probe.txt"));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[2], "three");
}

}  // namespace
}  // namespace sitrep
