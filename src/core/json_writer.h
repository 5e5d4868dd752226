// JsonWriter: appends compact JSON to a string. No DOM, no allocation beyond
// the output buffer; the caller is responsible for well-formed nesting (checked
// by assert in debug builds).
//
//   JsonWriter w(&out);
//   w.BeginObject(); w.Key("id"); w.String("a"); w.Key("n"); w.Int(3); w.EndObject();
//
// Output is gathered in a small buffer inside the writer and reaches `*out`
// whenever a top-level value is complete (the EndObject or EndArray that
// closes the outermost container, or a scalar written outside any), at
// Flush() and when the writer is destroyed. So `*out` may be read, or
// appended to directly, between top-level values, but not in the middle of
// one. (A key and its value cost a few moves into the buffer instead of an
// out-of-line std::string::append each, which was most of writing an event.)
//
// Thread-safety: a JsonWriter is used by one thread at a time.
#ifndef SITREP_CORE_JSON_WRITER_H_
#define SITREP_CORE_JSON_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}
  ~JsonWriter() { Flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Moves what is buffered to `*out`. Needed only to read `*out` in the
  // middle of a top-level value.
  void Flush() {
    if (used_ == 0) return;
    out_->append(buffer_, used_);
    used_ = 0;
  }

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  // A key given as a string literal (w.Key("name")), as nearly all are:
  // inline, so that its length and its bytes are known where it is called
  // and it is one append of [','] '"' key '":'. Keys of more than 32 bytes,
  // and any with a NUL or a byte JSON must escape, go through
  // Key(std::string_view) (which reads up to the first NUL).
  template <std::size_t N>
  [[gnu::always_inline]] void Key(const char (&key)[N]) {
    constexpr std::size_t kLength = N - 1;  // a literal's bytes before its final NUL
    constexpr std::size_t kMaxInline = 32;
    if constexpr (N == 0 || kLength > kMaxInline) {
      Key(std::string_view(key));
    } else {
      // Every byte tested by its own term of a fold expression, not by a
      // loop: for a literal each term reads a constant, and GCC at -O2
      // folds the whole test away (a loop over the bytes, or eight bytes at
      // a time through a buffer, it kept, ~20 instructions a key).
      if (!IsPlainKey(key, std::make_index_sequence<kLength>{})) {
        Key(std::string_view(key));
        return;
      }
      // Written with copies of constant size (a few moves, where a length
      // that depends on the comma would be a call to memcpy): the comma is
      // stored, then overwritten by the key's quote when there is none.
      const std::size_t comma = NeedsComma() ? 1 : 0;
      char* p = Reserve(kLength + 4);
      p[0] = ',';
      char* q = p + comma;
      q[0] = '"';
      std::memcpy(q + 1, key, kLength);
      q[kLength + 1] = '"';
      q[kLength + 2] = ':';
      used_ += comma + kLength + 3;
      after_key_ = true;
    }
  }
  // A key given as a literal and its value at once: w.KeyString("name", v)
  // writes exactly what w.Key("name"); w.String(v) writes, and so on. A
  // value that follows its key at once inside an object needs neither the
  // key-then-value handshake nor the test for a completed top-level value,
  // about a tenth of writing a short value. REQUIRES: inside an object.
  template <std::size_t N>
  [[gnu::always_inline]] void KeyString(const char (&key)[N], std::string_view value) {
    Key(key);
    after_key_ = false;
    StringBody(value);
  }
  template <std::size_t N>
  [[gnu::always_inline]] void KeyStringOrNull(const char (&key)[N], std::string_view value) {
    Key(key);
    after_key_ = false;
    if (value.empty()) {
      Put("null", 4);
    } else {
      StringBody(value);
    }
  }
  template <std::size_t N>
  [[gnu::always_inline]] void KeyInt(const char (&key)[N], std::int64_t value) {
    Key(key);
    after_key_ = false;
    IntBody(value);
  }
  // REQUIRES: value is valid UTF-8 (every Document string is).
  void String(std::string_view value);
  // An empty string is written as null.
  void StringOrNull(std::string_view value) {
    if (value.empty()) {
      Null();
    } else {
      String(value);
    }
  }
  void Int(std::int64_t value);
  void Double(double value, int decimals = 4);
  void Bool(bool value);
  void Null();

 private:
  // True when none of key[0, sizeof...(I)) is a NUL, a control byte, '"'
  // or '\\' (see Key above).
  template <std::size_t N, std::size_t... I>
  [[gnu::always_inline]] static bool IsPlainKey(const char (&key)[N], std::index_sequence<I...>) {
    return !(IsKeyEscape(key[I]) || ...);
  }
  static constexpr bool IsKeyEscape(char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
  }
  // Whether the next value or key needs a comma before it, and notes that
  // its container now has an element. Inline: it runs before every value.
  bool NeedsComma() {
    if (after_key_) {
      after_key_ = false;
      return false;
    }
    if (depth_ == 0) return false;
    std::uint8_t& first = FirstOfInnermost();
    const bool comma = !first;
    first = 0;
    return comma;
  }
  // The comma before a value or key, unless it is the first of its
  // container or follows a key.
  void Separate() {
    if (NeedsComma()) PutChar(',');
  }
  // Appends bytes to the buffer; inline while they fit.
  void Put(const char* data, std::size_t n) {
    if (n <= kBufferSize - used_) {
      std::memcpy(buffer_ + used_, data, n);
      used_ += n;
    } else {
      PutLong(data, n);
    }
  }
  void PutChar(char c) {
    if (used_ == kBufferSize) Flush();
    buffer_[used_++] = c;
  }
  // Room for `n` bytes at buffer_ + used_ (n <= kBufferSize), flushing first
  // if needed; the caller writes them and adds to used_.
  char* Reserve(std::size_t n) {
    if (n > kBufferSize - used_) Flush();
    return buffer_ + used_;
  }
  void PutLong(const char* data, std::size_t n);
  // String and Int without the separator before the value and the
  // top-level test after it.
  void StringBody(std::string_view value);
  void IntBody(std::int64_t value);
  // A value was written: at the top level it completes the output.
  void EndValue() {
    if (depth_ == 0) Flush();
  }

  static constexpr std::size_t kBufferSize = 2048;
  std::string* out_;
  std::size_t used_ = 0;
  char buffer_[kBufferSize];
  // Per open container: 1 while no element has been written yet. (Bytes,
  // not std::vector<bool>, whose bit access cost more than the comma.) The
  // first kInlineDepth levels, all any document has, are held in the
  // writer itself: a vector for them cost an allocation per writer, that
  // is per document written.
  static constexpr std::size_t kInlineDepth = 32;
  std::uint8_t& FirstOfInnermost() {
    return depth_ <= kInlineDepth ? first_inline_[depth_ - 1] : first_deeper_[depth_ - kInlineDepth - 1];
  }
  void OpenContainer() {
    if (depth_ < kInlineDepth) {
      first_inline_[depth_] = 1;
    } else {
      first_deeper_.push_back(1);
    }
    ++depth_;
  }
  void CloseContainer() {
    --depth_;
    if (depth_ >= kInlineDepth) first_deeper_.pop_back();
  }
  std::size_t depth_ = 0;  // containers open
  std::uint8_t first_inline_[kInlineDepth];
  std::vector<std::uint8_t> first_deeper_;
  bool after_key_ = false;
};

// Appends `value` as a JSON string literal (with quotes) to `out`.
void AppendJsonString(std::string_view value, std::string& out);

}  // namespace sitrep

#endif  // SITREP_CORE_JSON_WRITER_H_
