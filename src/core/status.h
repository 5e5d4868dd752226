// Status: the outcome of an operation that can fail, without exceptions.
//
// An OK status carries nothing; an error carries a code from a closed set and
// a message meant for a person ("not gzip data", "line 12: unclosed string").
// Functions that return a value on success return Result<T> (core/result.h).
// Thread-safety: a Status is a value; copies are independent.
#ifndef SITREP_CORE_STATUS_H_
#define SITREP_CORE_STATUS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep {

class Status {
 public:
  // Stable codes: tools and tests may switch on them.
  enum class Code : std::uint8_t {
    kOk = 0,
    kNotFound = 1,         // a path, record or key that does not exist
    kInvalidArgument = 2,  // the caller asked for something malformed
    kCorruption = 3,       // the input is not what its name or header says
    kIOError = 4,          // the operating system refused a read or write
    kTooLarge = 5,         // a size cap was hit (the input was cut or refused)
    kUnsupported = 6,      // a format or feature sitrep does not handle
  };

  Status() = default;  // OK
  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status InvalidArgument(std::string_view msg) { return Status(Code::kInvalidArgument, msg); }
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status TooLarge(std::string_view msg) { return Status(Code::kTooLarge, msg); }
  static Status Unsupported(std::string_view msg) { return Status(Code::kUnsupported, msg); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message alone, e.g. "not gzip data"; empty for OK.
  const std::string& message() const { return message_; }
  // "OK" or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}
  Code code_ = Code::kOk;
  std::string message_;
};

std::string_view CodeName(Status::Code code);

}  // namespace sitrep

#endif  // SITREP_CORE_STATUS_H_
