#include "ingest/buffered_input.h"

#include <algorithm>
#include <cstring>

namespace sitrep::ingest {

BufferedInput::BufferedInput(ByteSource* source, std::size_t chunk_bytes)
    : source_(source), chunk_(std::max<std::size_t>(chunk_bytes, 64)) {}

bool BufferedInput::Fill(std::size_t want) {
  if (eof_) return false;
  std::size_t need = std::max(want, buffered() + chunk_);
  if (buf_.size() - begin_ < need) {
    // Move the unconsumed bytes to the front, and grow if that is not enough.
    if (begin_ > 0) {
      std::memmove(buf_.data(), buf_.data() + begin_, buffered());
      end_ -= begin_;
      begin_ = 0;
    }
    if (buf_.size() < need) buf_.resize(need);  // std::string grows its capacity geometrically
  }
  std::size_t room = buf_.size() - end_;
  std::size_t got = 0;
  Status s = source_->Read(buf_.data() + end_, room, &got);
  if (!s.ok()) {
    status_ = s;
    eof_ = true;
    return false;
  }
  if (got == 0) {
    eof_ = true;
    return false;
  }
  end_ += got;
  return true;
}

std::string_view BufferedInput::Peek(std::size_t n) {
  while (buffered() < n && Fill(n)) {
  }
  return std::string_view(buf_.data() + begin_, std::min(n, buffered()));
}

BufferedInput::LineKind BufferedInput::ReadLine(std::size_t max_bytes, std::string_view* line,
                                                std::uint64_t* length) {
  *line = {};
  std::size_t scanned = 0;  // bytes already searched for '\n'
  for (;;) {
    const char* start = buf_.data() + begin_;
    const void* nl = std::memchr(start + scanned, '\n', buffered() - scanned);
    if (nl != nullptr) {
      std::size_t len = static_cast<std::size_t>(static_cast<const char*>(nl) - start);
      if (len > max_bytes) {
        // Found in the buffer, but over the cap: skip it like any long line.
        begin_ += len + 1;
        position_ += len + 1;
        if (length != nullptr) *length = len;
        return LineKind::kTooLong;
      }
      *line = std::string_view(start, len);
      begin_ += len + 1;
      position_ += len + 1;
      if (length != nullptr) *length = len;
      return LineKind::kLine;
    }
    scanned = buffered();
    if (scanned > max_bytes) break;  // over the cap: stop holding it
    if (!Fill(std::min(max_bytes + 1, buffered() + chunk_))) {
      if (!status_.ok() || buffered() == 0) {
        // A line cut by a read error is dropped: it may be incomplete.
        position_ += buffered();
        begin_ = end_ = 0;
        return LineKind::kEnd;
      }
      // Last line without a final newline.
      std::size_t len = buffered();
      *line = std::string_view(buf_.data() + begin_, len);
      begin_ = end_;
      position_ += len;
      if (length != nullptr) *length = len;
      return LineKind::kLine;
    }
  }

  // Skip the rest of an over-long line without keeping it.
  std::uint64_t total = buffered();
  position_ += buffered();
  begin_ = end_ = 0;
  for (;;) {
    if (!Fill(chunk_)) break;
    const void* nl = std::memchr(buf_.data() + begin_, '\n', buffered());
    if (nl != nullptr) {
      std::size_t len = static_cast<std::size_t>(static_cast<const char*>(nl) - (buf_.data() + begin_));
      total += len;
      begin_ += len + 1;
      position_ += len + 1;
      break;
    }
    total += buffered();
    position_ += buffered();
    begin_ = end_ = 0;
  }
  if (length != nullptr) *length = total;
  if (!status_.ok()) return LineKind::kEnd;
  return LineKind::kTooLong;
}

std::size_t BufferedInput::ReadInto(std::size_t n, std::string* out) {
  std::size_t done = std::min(n, buffered());
  out->append(buf_.data() + begin_, done);
  begin_ += done;
  position_ += done;
  // Large remainders go straight from the source into `out`.
  while (done < n && !eof_) {
    std::size_t old = out->size();
    // Grow with what has been read so far: few calls for big documents,
    // little untouched memory for small ones.
    std::size_t want = std::min(n - done, std::max(chunk_, out->size()));
    out->resize(old + want);
    std::size_t got = 0;
    Status s = source_->Read(out->data() + old, want, &got);
    out->resize(old + got);
    if (!s.ok()) {
      status_ = s;
      eof_ = true;
    } else if (got == 0) {
      eof_ = true;
    }
    done += got;
    position_ += got;
  }
  return done;
}

std::uint64_t BufferedInput::Skip(std::uint64_t n) {
  std::uint64_t done = std::min<std::uint64_t>(n, buffered());
  begin_ += static_cast<std::size_t>(done);
  position_ += done;
  while (done < n) {
    begin_ = end_ = 0;
    if (!Fill(chunk_)) break;
    std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(n - done, buffered()));
    begin_ += take;
    position_ += take;
    done += take;
  }
  return done;
}

Status BufferedInput::Read(char* buf, std::size_t n, std::size_t* read) {
  *read = 0;
  if (buffered() == 0) {
    if (!status_.ok()) return status_;
    if (eof_) return Status::OK();
    if (!Fill(chunk_)) return status_;
  }
  *read = std::min(n, buffered());
  std::memcpy(buf, buf_.data() + begin_, *read);
  begin_ += *read;
  position_ += *read;
  return Status::OK();
}

}  // namespace sitrep::ingest
