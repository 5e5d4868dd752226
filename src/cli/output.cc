#include "cli/output.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace sitrep::cli {
namespace {

void ExitOnWriteError() {
  if (errno == EPIPE) std::_Exit(0);
  std::perror("sitrep: standard output");
  std::_Exit(1);
}

}  // namespace

void PrepareStdout() { std::signal(SIGPIPE, SIG_IGN); }

void WriteStdout(std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) ExitOnWriteError();
}

void FlushStdout() {
  if (std::fflush(stdout) != 0) ExitOnWriteError();
}

}  // namespace sitrep::cli
