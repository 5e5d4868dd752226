#include "core/split.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace sitrep {
namespace {

using Views = std::vector<std::string_view>;

TEST(SplitFieldsTest, SplitsOnTabsByDefault) {
  EXPECT_EQ(SplitFields("IL\tEG,JO\tx"), (Views{"IL", "EG,JO", "x"}));
}

TEST(SplitFieldsTest, KeepsEmptyFieldsSoColumnsStayInPlace) {
  EXPECT_EQ(SplitFields("a\t\tb"), (Views{"a", "", "b"}));
  EXPECT_EQ(SplitFields("a\t"), (Views{"a", ""}));
  EXPECT_EQ(SplitFields(""), (Views{""}));
}

TEST(SplitFieldsTest, TrimsBlanksAndCarriageReturns) {
  EXPECT_EQ(SplitFields(" a \t b\r"), (Views{"a", "b"}));
  EXPECT_EQ(SplitFields(" a , b ", ','), (Views{"a", "b"}));
}

TEST(SplitFieldsTest, ViewsPointIntoTheRow) {
  const std::string_view row = "key\tvalue";
  const Views fields = SplitFields(row);
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields[1].data(), row.data() + 4);
}

TEST(SplitListTest, DropsEmptyItemsAndTrims) {
  EXPECT_EQ(SplitList("a| b||c|", '|'), (Views{"a", "b", "c"}));
  EXPECT_EQ(SplitList("EG,JO,LB", ','), (Views{"EG", "JO", "LB"}));
}

TEST(SplitListTest, EmptyOrBlankListHasNoItems) {
  EXPECT_TRUE(SplitList("", ',').empty());
  EXPECT_TRUE(SplitList(" , ,", ',').empty());
}

}  // namespace
}  // namespace sitrep
