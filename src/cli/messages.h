// Messages on stderr, ripgrep-style: "sitrep: PATH: what is wrong" (or
// "sitrep: PATH:LINE: ..."), one line each, and an exit code that remembers
// whether anything failed.
//
// Exit codes (the CLI's contract, see README):
//   0  every input was read and processed
//   1  some inputs (or records) failed; the rest were processed
//   2  usage error (bad flags), nothing was done
#ifndef SITREP_CLI_MESSAGES_H_
#define SITREP_CLI_MESSAGES_H_

#include <cstdint>
#include <functional>
#include <mutex>
#include <string_view>

#include "ingest/reader.h"

namespace sitrep::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

class Messages : public ingest::ErrorReporter {
 public:
  explicit Messages(bool quiet) : quiet_(quiet) {}

  void Error(std::string_view source, std::uint64_t line, const Status& status) override;
  // Warnings do not change the exit code; --quiet silences them.
  void Warning(std::string_view source, std::uint64_t line, std::string_view what) override;
  // A usage or set-up problem not tied to an input.
  void Fatal(std::string_view what);

  // Hook called before any line is written (the progress meter clears itself).
  void set_before_write(std::function<void()> hook) { before_write_ = std::move(hook); }

  bool any_failed() const { return failed_; }
  std::uint64_t error_count() const { return errors_; }
  int exit_code() const { return failed_ ? kExitSomeFailed : kExitOk; }

 private:
  void Write(std::string_view source, std::uint64_t line, std::string_view what);
  bool quiet_;
  bool failed_ = false;
  std::uint64_t errors_ = 0;
  std::function<void()> before_write_;
  std::mutex mu_;
};

}  // namespace sitrep::cli

#endif  // SITREP_CLI_MESSAGES_H_
