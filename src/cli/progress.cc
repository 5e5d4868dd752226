#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace sitrep::cli {

using Clock = std::chrono::steady_clock;

Progress::Progress(bool enabled, std::uint64_t total_bytes)
    : enabled_(enabled), total_bytes_(total_bytes), start_(Clock::now()), last_draw_(start_) {}

Progress::~Progress() { Finish(); }

bool Progress::StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

void Progress::Tick() {
  if (!enabled_) return;
  auto now = Clock::now();
  // The first draw waits a little: short runs finish without any meter.
  auto since_start = now - start_;
  if (since_start < std::chrono::milliseconds(500)) return;
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  if (seconds <= 0) return;
  double mb = static_cast<double>(bytes_) / 1e6;
  std::string line = fmt::format("\r\x1b[K{} documents  {:.0f} docs/s  {:.1f} MB/s", documents_,
                                 static_cast<double>(documents_) / seconds, mb / seconds);
  if (total_bytes_ > 0 && bytes_ > 0 && bytes_ <= total_bytes_) {
    double rate = static_cast<double>(bytes_) / seconds;
    double eta = static_cast<double>(total_bytes_ - bytes_) / rate;
    line += fmt::format("  {:.0f}%  ETA {}:{:02}", 100.0 * static_cast<double>(bytes_) / static_cast<double>(total_bytes_),
                        static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  }
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Clear() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  drawn_ = false;
}

void Progress::Finish() {
  Clear();
  enabled_ = false;
}

}  // namespace sitrep::cli
