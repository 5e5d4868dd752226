// Input walker: expands the command line's inputs into the files to read.
//
//   "-"          standard input
//   a directory  every entry under it, recursively, each directory's entries
//                in byte-wise sorted name order (reproducible runs); hidden
//                entries (".name"), symbolic links to directories (they may
//                loop) and special files (FIFOs, sockets, devices) are
//                skipped, each with a warning through the reporter
//   anything else  passed on as given, even if it does not exist: opening it
//                is where "no such file or directory" is reported
//
// Uses only the error_code overloads of std::filesystem; an unreadable
// directory is reported through the ErrorReporter and the walk goes on. The
// walk keeps an explicit stack, so directory depth costs no native stack.
//
// Thread-safety: a call is single-threaded.
#ifndef SITREP_INGEST_INPUT_WALKER_H_
#define SITREP_INGEST_INPUT_WALKER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ingest/reader.h"

namespace sitrep::ingest {

struct InputFile {
  std::string path;               // as given, or "<dir>/<name>" below a directory
  bool is_stdin = false;          // "-"
  bool from_directory = false;    // found by walking, not named by the user
  bool is_regular = false;        // a regular file (its size is known)
  std::uint64_t size = 0;         // bytes on disk for regular files, else 0
};

using InputVisitor = std::function<void(const InputFile&)>;

// Calls `visit` for each file, in order. Problems with directories go to
// `reporter` (Error for a directory that cannot be listed, Warning for a
// skipped entry).
void WalkInputs(const std::vector<std::string>& inputs, ErrorReporter& reporter, const InputVisitor& visit);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_INPUT_WALKER_H_
