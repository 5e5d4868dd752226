#include "core/result.h"
#include "core/status.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, ErrorsCarryCodeAndMessage) {
  Status s = Status::Corruption("not gzip data");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_EQ(s.message(), "not gzip data");
  EXPECT_EQ(s.ToString(), "corrupt input: not gzip data");
}

TEST(ResultTest, ValueOrStatus) {
  Result<std::string> good(std::string("x"));
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), "x");
  Result<std::string> bad(Status::NotFound("no such file"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace sitrep
