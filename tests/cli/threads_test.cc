// `extract --threads N`: the output does not depend on the number of threads,
// byte for byte, messages on stderr included.
#include <gtest/gtest.h>

#include <string>

#include "cli/run_command.h"

namespace sitrep {
namespace {

using testing::RunSitrep;
using testing::TempDir;

const std::string kCorpus = std::string(SITREP_SOURCE_DIR) + "/examples/corpus";

TEST(ThreadsTest, SampleCorpusOutputIsIdenticalWithOneAndTwoThreads) {
  for (const char* format : {"--format jsonl --layers", "--format json", "--format text"}) {
    auto one = RunSitrep(std::string("extract --threads 1 ") + format + " " + kCorpus);
    auto two = RunSitrep(std::string("extract --threads 2 ") + format + " " + kCorpus);
    ASSERT_EQ(one.exit_code, 0) << one.err;
    EXPECT_EQ(two.exit_code, one.exit_code) << format;
    EXPECT_GT(one.out.size(), 10000u) << format;
    EXPECT_TRUE(one.out == two.out) << format << ": outputs differ";
    EXPECT_EQ(two.err, one.err) << format;
  }
}

TEST(ThreadsTest, ManyThreadsWithBadInputsGiveTheSameOutputAndMessages) {
  TempDir dir;
  dir.Write("mixed/a.txt", "Clashes in Kandahar\n\nFighting broke out in Kandahar on Monday, police said.\n");
  dir.Write("mixed/b.jsonl",
            "{\"id\":\"b1\",\"text\":\"Two soldiers were killed in Helmand.\"}\n"
            "this line is not JSON\n"
            "{\"id\":\"b2\",\"text\":\"Protesters marched in Dhaka on Friday.\"}\n");
  dir.Write("mixed/c.txt", "   \n");
  dir.Write("mixed/d.bin", std::string("\x00\x01\x02\x03", 4));
  dir.Write("mixed/e.html", "<html><body><p>Rebels shelled the town of Idlib, residents said.</p></body></html>");
  const std::string input = (dir.path() / "mixed").string();
  auto one = RunSitrep("extract --threads 1 " + input + " " + kCorpus);
  auto four = RunSitrep("extract --threads 4 " + input + " " + kCorpus);
  auto all = RunSitrep("extract " + input + " " + kCorpus);  // default: every core
  EXPECT_EQ(one.exit_code, 1) << one.err;  // the bad JSON line and the empty file
  EXPECT_NE(one.err.find("b.jsonl:2:"), std::string::npos) << one.err;
  for (const auto* other : {&four, &all}) {
    EXPECT_EQ(other->exit_code, one.exit_code);
    EXPECT_TRUE(other->out == one.out) << "outputs differ";
    EXPECT_EQ(other->err, one.err);
  }
}

TEST(ThreadsTest, ThreadsMustBeANumber) {
  EXPECT_EQ(RunSitrep("extract --threads many x.txt").exit_code, 2);
  EXPECT_EQ(RunSitrep("extract --threads -1 x.txt").exit_code, 2);
}

}  // namespace
}  // namespace sitrep
