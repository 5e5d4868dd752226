#include "ingest/byte_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace sitrep::ingest {

Status MemorySource::Read(char* buf, std::size_t n, std::size_t* read) {
  *read = std::min(n, bytes_.size());
  std::memcpy(buf, bytes_.data(), *read);
  bytes_.remove_prefix(*read);
  return Status::OK();
}

FileSource::~FileSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

Status FileSource::Read(char* buf, std::size_t n, std::size_t* read) {
  *read = 0;
  if (!error_.ok()) return error_;
  for (;;) {
    ssize_t got = ::read(fd_, buf, n);
    if (got >= 0) {
      *read = static_cast<std::size_t>(got);
      bytes_read_ += *read;
      return Status::OK();
    }
    if (errno == EINTR) continue;
    error_ = Status::IOError(ErrnoMessage(errno));
    return error_;
  }
}

std::string ErrnoMessage(int errno_value) {
  std::string message = std::generic_category().message(errno_value);
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return message;
}

Result<std::unique_ptr<FileSource>> OpenFileSource(const std::string& path) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT) return Status::NotFound(ErrnoMessage(err));
    return Status::IOError(ErrnoMessage(err));
  }
#ifdef POSIX_FADV_SEQUENTIAL
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  return std::make_unique<FileSource>(fd, /*owned=*/true);
}

}  // namespace sitrep::ingest
