// ByteSource: a forward-only stream of bytes (a file, standard input, a buffer
// in memory, or a decompressor over another source). Readers pull from it a
// chunk at a time, so no input is ever held whole in memory.
//
// Thread-safety: a ByteSource is used by one thread at a time.
#ifndef SITREP_INGEST_BYTE_SOURCE_H_
#define SITREP_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/status.h"

namespace sitrep::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf` and stores how many in *read. *read == 0
  // with an OK status means the end of the input. After an error every later
  // call returns the same error.
  // REQUIRES: n > 0.
  virtual Status Read(char* buf, std::size_t n, std::size_t* read) = 0;
};

// Reads a buffer the caller keeps alive for the source's lifetime.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  Status Read(char* buf, std::size_t n, std::size_t* read) override;

 private:
  std::string_view bytes_;
};

// Reads a file descriptor with read(2); closes it on destruction if owned.
class FileSource : public ByteSource {
 public:
  FileSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  Status Read(char* buf, std::size_t n, std::size_t* read) override;
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  int fd_;
  bool owned_;
  std::uint64_t bytes_read_ = 0;
  Status error_;
};

// Opens `path` for reading. Errors carry the system's reason in lower case,
// e.g. "no such file or directory", "permission denied".
Result<std::unique_ptr<FileSource>> OpenFileSource(const std::string& path);

// The system's message for `errno_value`, starting lower case.
std::string ErrnoMessage(int errno_value);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_BYTE_SOURCE_H_
