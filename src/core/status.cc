#include "core/status.h"

namespace sitrep {

std::string_view CodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "OK";
    case Status::Code::kNotFound: return "not found";
    case Status::Code::kInvalidArgument: return "invalid argument";
    case Status::Code::kCorruption: return "corrupt input";
    case Status::Code::kIOError: return "I/O error";
    case Status::Code::kTooLarge: return "too large";
    case Status::Code::kUnsupported: return "unsupported";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out(CodeName(code_));
  out += ": ";
  out += message_;
  return out;
}

}  // namespace sitrep
