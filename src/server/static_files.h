// Static files of the web app, served only from one directory.
//
// A request path is mapped to a file only when every segment is an ordinary
// name: no "..", ".", empty segment, backslash, NUL or control byte, and the
// file found is a regular file whose real path (symlinks resolved) is still
// inside the directory. The path given here is already percent-decoded (by
// the HTTP layer), so "%2e%2e" arrives as ".." and is refused like it.
//
// Thread-safety: a StaticFiles is immutable after construction; Resolve and
// Read may be called from any number of threads.
#ifndef SITREP_SERVER_STATIC_FILES_H_
#define SITREP_SERVER_STATIC_FILES_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"

namespace sitrep::server {

// Larger files are refused: the web app's bundle is well under this.
inline constexpr std::uintmax_t kMaxStaticFileBytes = 64ull << 20;

class StaticFiles {
 public:
  // `root` may not exist (then every lookup is NotFound).
  explicit StaticFiles(std::filesystem::path root);

  bool available() const { return !root_.empty(); }
  const std::filesystem::path& root() const { return root_; }

  // The file for a request path ("/" means "/index.html"). NotFound for
  // anything unsafe or absent; never a path outside root.
  Result<std::filesystem::path> Resolve(std::string_view request_path) const;

  // Resolve, then the file's bytes.
  Result<std::string> Read(std::string_view request_path) const;

 private:
  std::filesystem::path root_;  // canonical, or empty when unusable
};

// The Content-Type for a file name, by extension; application/octet-stream
// when unknown.
std::string_view ContentTypeFor(std::string_view file_name);

// True when a request path is made only of safe segments (see above).
bool IsSafeRequestPath(std::string_view request_path);

}  // namespace sitrep::server

#endif  // SITREP_SERVER_STATIC_FILES_H_
