#include "cli/messages.h"

#include <cstdio>

#include <fmt/format.h>

namespace sitrep::cli {

void Messages::Write(std::string_view source, std::uint64_t line, std::string_view what) {
  if (before_write_) before_write_();
  std::string out = "sitrep: ";
  if (!source.empty()) {
    out += source;
    if (line > 0) fmt::format_to(std::back_inserter(out), ":{}", line);
    out += ": ";
  }
  out += what;
  out += '\n';
  std::fwrite(out.data(), 1, out.size(), stderr);
}

void Messages::Error(std::string_view source, std::uint64_t line, const Status& status) {
  std::lock_guard<std::mutex> lock(mu_);
  failed_ = true;
  ++errors_;
  Write(source, line, status.message().empty() ? status.ToString() : status.message());
}

void Messages::Warning(std::string_view source, std::uint64_t line, std::string_view what) {
  std::lock_guard<std::mutex> lock(mu_);
  if (quiet_) return;
  Write(source, line, fmt::format("warning: {}", what));
}

void Messages::Fatal(std::string_view what) {
  std::lock_guard<std::mutex> lock(mu_);
  failed_ = true;
  Write("", 0, what);
}

}  // namespace sitrep::cli
