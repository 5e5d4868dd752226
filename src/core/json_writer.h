// JsonWriter: appends compact JSON to a string. No DOM, no allocation beyond
// the output buffer; the caller is responsible for well-formed nesting (checked
// by assert in debug builds).
//
//   JsonWriter w(&out);
//   w.BeginObject(); w.Key("id"); w.String("a"); w.Key("n"); w.Int(3); w.EndObject();
#ifndef SITREP_CORE_JSON_WRITER_H_
#define SITREP_CORE_JSON_WRITER_H_

#include <cstddef>
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
  // A key given as a string literal (w.Key("name")), as nearly all are:
  // inline, so that its length and its bytes are known where it is called
  // and it is one append of '"' key '":' with no scan for escapes. Keys of
  // more than 32 bytes, and any with a byte JSON must escape, go through
  // Key(std::string_view).
  template <std::size_t N>
  [[gnu::always_inline]] void Key(const char (&key)[N]) {
    const std::string_view k(key);  // up to the first NUL, as the string_view overload reads it
    constexpr std::size_t kMaxInline = 32;
    if (k.size() > kMaxInline || !IsPlainKey(k)) {
      Key(k);
      return;
    }
    Separate();
    char buf[kMaxInline + 3];
    buf[0] = '"';
    for (std::size_t i = 0; i < k.size(); ++i) buf[i + 1] = k[i];
    buf[k.size() + 1] = '"';
    buf[k.size() + 2] = ':';
    out_->append(buf, k.size() + 3);
    after_key_ = true;
  }
  // REQUIRES: value is valid UTF-8 (every Document string is).
  void String(std::string_view value);
  // An empty string is written as null.
  void StringOrNull(std::string_view value);
  void Int(std::int64_t value);
  void Double(double value, int decimals = 4);
  void Bool(bool value);
  void Null();

 private:
  // True when no byte of `key` needs an escape (folded away for literals).
  static constexpr bool IsPlainKey(std::string_view key) {
    for (char c : key) {
      if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') return false;
    }
    return true;
  }
  // The comma before a value or key, unless it is the first of its
  // container or follows a key. Inline: it runs before every value.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) *out_ += ',';
      first_.back() = false;
    }
  }
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
