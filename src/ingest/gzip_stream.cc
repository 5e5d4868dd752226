#include "ingest/gzip_stream.h"

#include <algorithm>
#include <cstring>

namespace sitrep::ingest {
namespace {

constexpr std::size_t kInputChunk = 256 << 10;
constexpr int kGzipOnly = 15 + 16;      // windowBits for gzip framing
constexpr int kGzipOrZlib = 15 + 32;    // automatic header detection
constexpr int kRawDeflate = -15;

}  // namespace

bool HasGzipMagic(std::string_view prefix) {
  return prefix.size() >= 2 && static_cast<unsigned char>(prefix[0]) == 0x1f &&
         static_cast<unsigned char>(prefix[1]) == 0x8b;
}

GzipSource::GzipSource(ByteSource* compressed) : compressed_(compressed) {
  in_.resize(kInputChunk);
  zs_.next_in = nullptr;
  zs_.avail_in = 0;
  initialized_ = inflateInit2(&zs_, kGzipOnly) == Z_OK;
}

GzipSource::~GzipSource() {
  if (initialized_) inflateEnd(&zs_);
}

Status GzipSource::Fail(Status status) {
  error_ = std::move(status);
  return error_;
}

bool GzipSource::Refill() {
  // Keep any unread bytes (at most one: the magic check may peek).
  std::size_t keep = zs_.avail_in;
  if (keep > 0 && zs_.next_in != reinterpret_cast<Bytef*>(in_.data())) {
    std::memmove(in_.data(), zs_.next_in, keep);
  }
  std::size_t got = 0;
  Status s = compressed_->Read(in_.data() + keep, in_.size() - keep, &got);
  if (!s.ok()) {
    error_ = s;
    return false;
  }
  zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
  zs_.avail_in = static_cast<uInt>(keep + got);
  return got > 0;
}

Status GzipSource::Read(char* buf, std::size_t n, std::size_t* read) {
  *read = 0;
  if (!error_.ok()) return error_;
  if (!initialized_) return Fail(Status::IOError("zlib could not be initialized"));
  if (finished_) return Status::OK();

  while (*read == 0) {
    if (!in_member_) {
      // Between members: need at least two bytes to decide.
      while (zs_.avail_in < 2) {
        if (!Refill()) {
          if (!error_.ok()) return error_;
          if (zs_.avail_in == 0) {
            finished_ = true;  // clean end (or an empty file)
            return Status::OK();
          }
          // One lone byte left.
          return Fail(Status::Corruption(started_ ? "trailing garbage after gzip data" : "not gzip data"));
        }
      }
      std::string_view head(reinterpret_cast<const char*>(zs_.next_in), zs_.avail_in);
      if (!HasGzipMagic(head)) {
        if (!started_) return Fail(Status::Corruption("not gzip data"));
        // Some writers pad with zeros after the last member; tolerate that.
        if (std::all_of(head.begin(), head.end(), [](char c) { return c == 0; })) {
          zs_.avail_in = 0;
          continue;
        }
        return Fail(Status::Corruption("trailing garbage after gzip data"));
      }
      if (started_) inflateReset(&zs_);
      started_ = true;
      in_member_ = true;
    }

    if (zs_.avail_in == 0 && !Refill()) {
      if (!error_.ok()) return error_;
      return Fail(Status::Corruption("truncated gzip stream"));
    }
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
    int rc = inflate(&zs_, Z_NO_FLUSH);
    *read = static_cast<std::size_t>(reinterpret_cast<char*>(zs_.next_out) - buf);
    if (rc == Z_STREAM_END) {
      in_member_ = false;
    } else if (rc == Z_BUF_ERROR) {
      // No progress possible without more input: handled by the refill above.
    } else if (rc != Z_OK) {
      std::string what = "corrupt gzip data";
      if (zs_.msg != nullptr) {
        what += ": ";
        what += zs_.msg;
      }
      // Deliver what was inflated; the error comes with the next call.
      error_ = Status::Corruption(what);
      if (*read == 0) return error_;
    }
  }
  return Status::OK();
}

Status InflateBuffer(std::string_view compressed, std::size_t max_output, std::string* out,
                     bool* cut) {
  *cut = false;
  Status result;
  for (int window : {kGzipOrZlib, kRawDeflate}) {
    out->clear();
    z_stream zs{};
    if (inflateInit2(&zs, window) != Z_OK) return Status::IOError("zlib could not be initialized");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = static_cast<uInt>(std::min<std::size_t>(compressed.size(), 1u << 30));
    int rc = Z_OK;
    char chunk[64 << 10];
    while (rc == Z_OK) {
      zs.next_out = reinterpret_cast<Bytef*>(chunk);
      zs.avail_out = sizeof(chunk);
      rc = inflate(&zs, Z_NO_FLUSH);
      std::size_t produced = sizeof(chunk) - zs.avail_out;
      std::size_t room = max_output - std::min(max_output, out->size());
      out->append(chunk, std::min(produced, room));
      if (produced > room) {
        *cut = true;
        break;
      }
      if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
    }
    inflateEnd(&zs);
    if (*cut || rc == Z_STREAM_END) return Status::OK();
    if (rc == Z_OK || rc == Z_BUF_ERROR) return Status::Corruption("truncated compressed body");
    // A header zlib did not recognise: servers that send "deflate" often mean
    // raw deflate; try that once before giving up.
    if (window == kGzipOrZlib && out->empty()) continue;
    result = Status::Corruption("corrupt compressed body");
    break;
  }
  return result;
}

}  // namespace sitrep::ingest
