#include "server/query_params.h"

#include <gtest/gtest.h>

namespace sitrep::server {
namespace {

TEST(QueryParamsTest, CalendarDatesOnly) {
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_FALSE(IsIsoDate("2024-13-01"));
  EXPECT_FALSE(IsIsoDate("2024-1-01"));
  EXPECT_FALSE(IsIsoDate("2024-01-01T00"));
  EXPECT_FALSE(IsIsoDate(""));
  EXPECT_FALSE(IsIsoDate("abcd-ef-gh"));
}

TEST(QueryParamsTest, IntegersAreStrict) {
  EXPECT_EQ(ParseBoundedInt("n", "42", 0, 100).value(), 42);
  for (const char* bad : {"", " 4", "4 ", "+4", "0x10", "4.0", "1e3", "99999999999999999999999", "-1"}) {
    EXPECT_FALSE(ParseBoundedInt("n", bad, 0, 100).ok()) << bad;
  }
  EXPECT_FALSE(ParseBoundedInt("n", "101", 0, 100).ok());
}

TEST(QueryParamsTest, EventFilterReadsEveryField) {
  QueryParams p = {{"since", "2024-01-01"}, {"until", "2024-02-01"}, {"country", "AF"}, {"admin1", "Kabul"},
                   {"type", "Battles"},     {"actor", "Taliban"},    {"q", "market"},   {"min_fatalities", "3"},
                   {"limit", "20"},         {"offset", "40"}};
  auto f = ParseEventFilter(p, true);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f.value().since, "2024-01-01");
  EXPECT_EQ(f.value().until, "2024-02-01");
  EXPECT_EQ(f.value().country, "AF");
  EXPECT_EQ(f.value().admin1, "Kabul");
  EXPECT_EQ(f.value().event_type, "Battles");
  EXPECT_EQ(f.value().actor, "Taliban");
  EXPECT_EQ(f.value().text, "market");
  EXPECT_EQ(f.value().min_fatalities, 3);
  EXPECT_EQ(f.value().limit, 20);
  EXPECT_EQ(f.value().offset, 40);
}

TEST(QueryParamsTest, PageSizeIsCappedNotRefused) {
  auto f = ParseEventFilter({{"limit", "100000"}}, true);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f.value().limit, kMaxPageSize);
  EXPECT_EQ(ParseEventFilter({}, true).value().limit, kDefaultPageSize);
}

TEST(QueryParamsTest, RefusesWhatIsNotAFilter) {
  const QueryParams bad[] = {
      {{"since", "yesterday"}},
      {{"until", "2024-02-30"}},
      {{"since", "2024-03-01"}, {"until", "2024-02-01"}},
      {{"limit", "0"}},
      {{"limit", "-5"}},
      {{"offset", "-1"}},
      {{"min_fatalities", "many"}},
      {{"colour", "red"}},
      {{"country", "AF"}, {"country", "NG"}},
      {{"q", std::string(kMaxParamBytes + 1, 'a')}},
      {{"q", "\xff\xfe"}},
      {{"q", std::string("a\0b", 3)}},
  };
  for (const QueryParams& p : bad) {
    auto f = ParseEventFilter(p, true);
    EXPECT_FALSE(f.ok()) << p[0].first << "=" << p[0].second;
    if (!f.ok()) {
      EXPECT_EQ(f.status().code(), Status::Code::kInvalidArgument);
    }
  }
  // Paging belongs to the paged endpoints only.
  EXPECT_FALSE(ParseEventFilter({{"limit", "5"}}, false).ok());
}

TEST(QueryParamsTest, EventIds) {
  EXPECT_EQ(ParseEventId("17").value(), 17);
  for (const char* bad : {"", "0", "-1", "1a", "12345678901234567", " 1", "%31"}) {
    EXPECT_FALSE(ParseEventId(bad).ok()) << bad;
  }
}

TEST(QueryParamsTest, StatementFilter) {
  auto f = ParseStatementFilter({{"speaker", "Yusuf"}, {"org", "UN"}, {"since", "2024-01-01"}});
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f.value().speaker, "Yusuf");
  EXPECT_EQ(f.value().organization, "UN");
  EXPECT_FALSE(ParseStatementFilter({{"country", "AF"}}).ok());
}

}  // namespace
}  // namespace sitrep::server
