// Progress meter for long runs: one line on stderr, redrawn at most every
// 200 ms: documents, documents/s, MB/s and an ETA when the total is known.
// Silent unless stderr is a terminal and the user did not ask for --quiet, so
// pipes and logs stay clean.
#ifndef SITREP_CLI_PROGRESS_H_
#define SITREP_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace sitrep::cli {

class Progress {
 public:
  // total_bytes: size on disk of all inputs, 0 if unknown (stdin).
  Progress(bool enabled, std::uint64_t total_bytes);
  ~Progress();

  static bool StderrIsTerminal();

  void AddDocument() { ++documents_; Tick(); }
  void AddInputBytes(std::uint64_t bytes) { bytes_ += bytes; Tick(); }
  // Erases the line so that a message can be printed cleanly.
  void Clear();
  void Finish();

 private:
  void Tick();
  void Draw();
  bool enabled_;
  bool drawn_ = false;
  std::uint64_t total_bytes_;
  std::uint64_t documents_ = 0;
  std::uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace sitrep::cli

#endif  // SITREP_CLI_PROGRESS_H_
