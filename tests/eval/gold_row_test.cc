#include "eval/gold_row.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

TEST(GoldRowTest, ParsesEveryValueKind) {
  Result<GoldRow> row = ParseGoldLine(
      R"({"dataset": "demo", "id": "r1", "text": "On May 2 2020, ...", "published": null,)"
      R"( "gold": {"date": "2020-05-02", "admin2": null, "fatalities": 3, "latitude": 34.5,)"
      R"( "suicide": false, "source_codes": ["USA", "IGO", 7], "empty": ""}})");
  ASSERT_TRUE(row.ok()) << row.status().ToString();
  const GoldRow& r = row.value();
  EXPECT_EQ(r.dataset, "demo");
  EXPECT_EQ(r.id, "r1");
  EXPECT_EQ(r.published, "");
  EXPECT_EQ(r.String("date").value(), "2020-05-02");
  EXPECT_TRUE(r.Has("admin2"));
  EXPECT_FALSE(r.String("admin2"));
  EXPECT_FALSE(r.Has("admin1"));
  EXPECT_EQ(r.Integer("fatalities").value(), 3);
  EXPECT_DOUBLE_EQ(r.Number("latitude").value(), 34.5);
  EXPECT_FALSE(r.Integer("date"));
  EXPECT_EQ(r.List("source_codes"), (std::vector<std::string>{"USA", "IGO"}));
  EXPECT_FALSE(r.String("empty"));  // an empty string reads as null
  EXPECT_EQ(r.gold.at("suicide").kind, GoldValue::Kind::kBool);
}

TEST(GoldRowTest, RejectsMalformedLines) {
  EXPECT_FALSE(ParseGoldLine("").ok());
  EXPECT_FALSE(ParseGoldLine("[1, 2]").ok());
  EXPECT_FALSE(ParseGoldLine(R"({"text": "x"})").ok());
  EXPECT_FALSE(ParseGoldLine(R"({"gold": {}})").ok());
  EXPECT_FALSE(ParseGoldLine(R"({"text": 3, "gold": {}})").ok());
  EXPECT_FALSE(ParseGoldLine("{\"text\": \"\xff\", \"gold\": {}}").ok());
  EXPECT_FALSE(ParseGoldLine(std::string(1000, '{')).ok());
}

TEST(GoldRowTest, ReadsAFileSkippingBadLines) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "sitrep_gold_row_test.jsonl";
  {
    std::ofstream out(path);
    out << R"({"dataset": "d", "id": "a", "text": "one", "published": "2021-02-01", "gold": {"plover": "AID"}})"
        << "\n\nnot json\n"
        << R"({"text": "two", "gold": {}})" << "\n";
  }
  Result<GoldFile> file = ReadGoldFile(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file.value().rows.size(), 2u);
  EXPECT_EQ(file.value().rows[0].published, "2021-02-01");
  EXPECT_EQ(file.value().rows[0].line, 1u);
  EXPECT_EQ(file.value().rows[1].id, "line4");  // no id: named after its line
  ASSERT_EQ(file.value().problems.size(), 1u);
  EXPECT_NE(file.value().problems[0].find(":3:"), std::string::npos);
  EXPECT_FALSE(ReadGoldFile("/nonexistent/gold.jsonl").ok());
}

}  // namespace
}  // namespace sitrep::eval
