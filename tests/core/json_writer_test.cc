#include "core/json_writer.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(JsonWriterTest, NestedContainersAndSeparators) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a"); w.Int(1);
  w.Key("b"); w.BeginArray(); w.String("x"); w.Null(); w.Bool(true); w.EndArray();
  w.Key("c"); w.BeginObject(); w.EndObject();
  w.Key("d"); w.StringOrNull("");
  w.Key("e"); w.Double(1.5, 2);
  w.EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":["x",null,true],"c":{},"d":null,"e":1.50})");
}

TEST(JsonWriterTest, EscapesControlsQuotesAndBackslashes) {
  std::string out;
  AppendJsonString("a\"b\\c\nd\x01 “e”", out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001 “e”\"");
}

TEST(JsonWriterTest, NonFiniteDoubleIsNull) {
  std::string out;
  JsonWriter w(&out);
  w.Double(1.0 / 0.0);
  EXPECT_EQ(out, "null");
}

}  // namespace
}  // namespace sitrep
