// ReadInputs end to end over real files: the walk, format choice, gzip and
// the reporting contract (one report per problem, FileDone per file).
#include "ingest/reader.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>

#include "ingest_test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Collector;
using testing::Gzip;
using testing::RecordingReporter;
using testing::TempDir;

TEST(ReadInputsTest, DirectoryIsWalkedInSortedOrderWithMixedFormats) {
  TempDir tmp;
  tmp.Write("corpus/b.txt", "Text b.");
  tmp.Write("corpus/a.html", "<p>Page a.</p>");
  tmp.Write("corpus/sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"C one.\"}\n{\"id\":\"c2\",\"text\":\"C two.\"}\n");
  tmp.Write("corpus/d.jsonl.gz", Gzip("{\"id\":\"d1\",\"text\":\"D.\"}\n"));
  tmp.Write("corpus/e.jpg", "\xFF\xD8\xFF\xE0 not really");
  tmp.Write("corpus/.hidden.txt", "secret");
  Collector out;
  RecordingReporter reporter;
  std::uint64_t n = ReadInputs({tmp.Path("corpus")}, {}, reporter, out.sink());
  EXPECT_EQ(n, 5u);
  std::vector<std::string> ids;
  for (const RawDocument& d : out.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{tmp.Path("corpus/a.html"), tmp.Path("corpus/b.txt"), "d1", "c1", "c2"}));
  EXPECT_EQ(out.docs[0].format, ContentFormat::kHtml);
  EXPECT_TRUE(reporter.errors.empty());
  ASSERT_EQ(reporter.warnings.size(), 2u);
  EXPECT_EQ(reporter.warnings[0].source, tmp.Path("corpus/.hidden.txt"));
  EXPECT_EQ(reporter.warnings[0].what, "skipped: hidden file");
  EXPECT_EQ(reporter.warnings[1].source, tmp.Path("corpus/e.jpg"));
  EXPECT_EQ(reporter.warnings[1].what, "skipped: unsupported file type");
  EXPECT_EQ(reporter.done.size(), 5u);  // every file but the hidden one
}

TEST(ReadInputsTest, ExplicitProblemsAreErrorsAndOthersStillRead) {
  TempDir tmp;
  std::string good = tmp.Write("good.txt", "Fine text.");
  std::string jpg = tmp.Write("photo.jpg", "whatever");
  std::string notgz = tmp.Write("fake.txt.gz", "not compressed at all");
  std::string empty = tmp.Write("empty.txt", "");
  std::string missing = tmp.Path("missing.txt");
  Collector out;
  RecordingReporter reporter;
  ReadInputs({missing, jpg, notgz, empty, good}, {}, reporter, out.sink());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].source, good);
  ASSERT_EQ(reporter.errors.size(), 4u);
  EXPECT_EQ(reporter.errors[0].what, "no such file or directory");
  EXPECT_EQ(reporter.errors[1].what, "unsupported file type");
  EXPECT_EQ(reporter.errors[2].what, "not gzip data");
  EXPECT_EQ(reporter.errors[3].what, "empty file");
  for (const auto& e : reporter.errors) EXPECT_EQ(e.line, 0u);
}

TEST(ReadInputsTest, UnopenableEntryInADirectoryIsReported) {
  TempDir tmp;
  tmp.Write("dir/ok.txt", "Readable.");
  std::filesystem::create_symlink(tmp.Path("dir/nowhere.txt"), tmp.Path("dir/dangling.txt"));
  bool chmod_blocks = geteuid() != 0;
  if (chmod_blocks) {
    tmp.Write("dir/locked.txt", "Locked.");
    std::filesystem::permissions(tmp.Path("dir/locked.txt"), std::filesystem::perms::none);
  }
  Collector out;
  RecordingReporter reporter;
  ReadInputs({tmp.Path("dir")}, {}, reporter, out.sink());
  ASSERT_EQ(out.docs.size(), 1u);
  ASSERT_EQ(reporter.errors.size(), chmod_blocks ? 2u : 1u);
  EXPECT_EQ(reporter.errors[0].source, tmp.Path("dir/dangling.txt"));
  EXPECT_EQ(reporter.errors[0].what, "no such file or directory");
  if (chmod_blocks) {
    EXPECT_EQ(reporter.errors[1].what, "permission denied");
  }
}

TEST(ReadInputsTest, TruncatedGzipKeepsCompleteLines) {
  TempDir tmp;
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"Report number " + std::to_string(i * 7919) + ".\"}\n";
  std::string gz = Gzip(lines);
  std::string path = tmp.Write("cut.jsonl.gz", gz.substr(0, gz.size() * 2 / 3));
  Collector out;
  RecordingReporter reporter;
  ReadInputs({path}, {}, reporter, out.sink());
  EXPECT_GT(out.docs.size(), 100u);
  EXPECT_LT(out.docs.size(), 2000u);
  ASSERT_EQ(reporter.errors.size(), 1u);
  EXPECT_EQ(reporter.errors[0].what, "truncated gzip stream");
  EXPECT_EQ(reporter.errors[0].line, 0u);
  for (std::size_t i = 0; i < out.docs.size(); ++i) EXPECT_EQ(out.docs[i].id, std::to_string(i));
}

TEST(ReadInputsTest, TotalInputBytesSumsRegularFiles) {
  TempDir tmp;
  tmp.Write("d/a.txt", std::string(100, 'a'));
  tmp.Write("d/b/c.txt", std::string(50, 'c'));
  std::string one = tmp.Write("one.html", std::string(7, 'h'));
  EXPECT_EQ(TotalInputBytes({tmp.Path("d"), one, "-", tmp.Path("missing")}), 157u);
}

TEST(ReadInputsTest, DeepDirectoriesDoNotRecurse) {
  TempDir tmp;
  std::string rel;
  for (int i = 0; i < 60; ++i) rel += "d/";
  tmp.Write(rel + "deep.txt", "Deep text.");
  Collector out;
  RecordingReporter reporter;
  ReadInputs({tmp.Path("d")}, {}, reporter, out.sink());
  EXPECT_EQ(out.docs.size(), 1u);
}

}  // namespace
}  // namespace sitrep::ingest
