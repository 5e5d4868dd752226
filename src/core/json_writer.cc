#include "core/json_writer.h"

#include <cassert>
#include <cmath>

#include <fmt/format.h>

namespace sitrep {

void AppendJsonString(std::string_view value, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the pending run of bytes that need no escape
  for (std::size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(value, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(value, run, value.size() - run);
  out += '"';
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) *out_ += ',';
    first_.back() = false;
  }
}

void JsonWriter::BeginObject() { Separate(); *out_ += '{'; first_.push_back(true); }
void JsonWriter::EndObject() { assert(!first_.empty()); first_.pop_back(); *out_ += '}'; }
void JsonWriter::BeginArray() { Separate(); *out_ += '['; first_.push_back(true); }
void JsonWriter::EndArray() { assert(!first_.empty()); first_.pop_back(); *out_ += ']'; }

void JsonWriter::Key(std::string_view key) {
  Separate();
  AppendJsonString(key, *out_);
  *out_ += ':';
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) { Separate(); AppendJsonString(value, *out_); }

void JsonWriter::StringOrNull(std::string_view value) {
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

void JsonWriter::Int(std::int64_t value) { Separate(); fmt::format_to(std::back_inserter(*out_), "{}", value); }

void JsonWriter::Double(double value, int decimals) {
  Separate();
  if (!std::isfinite(value)) {
    *out_ += "null";
    return;
  }
  fmt::format_to(std::back_inserter(*out_), "{:.{}f}", value, decimals);
}

void JsonWriter::Bool(bool value) { Separate(); *out_ += value ? "true" : "false"; }
void JsonWriter::Null() { Separate(); *out_ += "null"; }

}  // namespace sitrep
