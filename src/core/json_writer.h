// JsonWriter: appends compact JSON to a string. No DOM, no allocation beyond
// the output buffer; the caller is responsible for well-formed nesting (checked
// by assert in debug builds).
//
//   JsonWriter w(&out);
//   w.BeginObject(); w.Key("id"); w.String("a"); w.Key("n"); w.Int(3); w.EndObject();
#ifndef SITREP_CORE_JSON_WRITER_H_
#define SITREP_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  // REQUIRES: value is valid UTF-8 (every Document string is).
  void String(std::string_view value);
  // An empty string is written as null.
  void StringOrNull(std::string_view value);
  void Int(std::int64_t value);
  void Double(double value, int decimals = 4);
  void Bool(bool value);
  void Null();

 private:
  void Separate();
  std::string* out_;
  // Per open container: 1 while no element has been written yet. (Bytes,
  // not std::vector<bool>, whose bit access cost more than the comma.)
  std::vector<std::uint8_t> first_;
  bool after_key_ = false;
};

// Appends `value` as a JSON string literal (with quotes) to `out`.
void AppendJsonString(std::string_view value, std::string& out);

}  // namespace sitrep

#endif  // SITREP_CORE_JSON_WRITER_H_
