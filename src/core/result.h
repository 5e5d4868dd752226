// Result<T>: a value or the Status that explains why there is none.
//
//   Result<std::string> r = ReadFile(path);
//   if (!r.ok()) return r.status();
//   Use(r.value());
#ifndef SITREP_CORE_RESULT_H_
#define SITREP_CORE_RESULT_H_

#include <cassert>
#include <optional>
#include <utility>

#include "core/status.h"

namespace sitrep {

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok()
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace sitrep

#endif  // SITREP_CORE_RESULT_H_
