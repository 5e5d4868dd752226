// GzipSource: inflates a gzip stream read from another ByteSource, a chunk at
// a time (memory stays at two fixed buffers whatever the input size).
//
// Handles multi-member files (`cat a.gz b.gz`, and .warc.gz files that gzip
// each record separately) as one continuous stream. Errors, each reported
// once by Read() and then repeated:
//   "not gzip data"                 the input does not start with the gzip magic
//   "truncated gzip stream"         the input ends inside a member
//   "corrupt gzip data: ..."        zlib refused the data (bad CRC, bad codes)
//   "trailing garbage after gzip data"
// Bytes inflated before an error are delivered first, so a reader can keep
// whatever was complete before a truncation.
//
// Thread-safety: one thread at a time.
#ifndef SITREP_INGEST_GZIP_STREAM_H_
#define SITREP_INGEST_GZIP_STREAM_H_

#include <zlib.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/byte_source.h"

namespace sitrep::ingest {

// True if `prefix` starts with the two gzip magic bytes 1f 8b.
bool HasGzipMagic(std::string_view prefix);

class GzipSource : public ByteSource {
 public:
  // `compressed` must outlive this source.
  explicit GzipSource(ByteSource* compressed);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  Status Read(char* buf, std::size_t n, std::size_t* read) override;

 private:
  // Refills the input buffer; false at the end of the compressed input.
  bool Refill();
  Status Fail(Status status);

  ByteSource* compressed_;
  z_stream zs_{};
  bool initialized_ = false;
  bool started_ = false;     // first bytes checked for the magic
  bool in_member_ = false;   // inside a member (between its header and its trailer)
  bool finished_ = false;    // clean end of input
  std::string in_;
  Status error_;
};

// Inflates a whole gzip or zlib buffer in memory (HTTP Content-Encoding
// gzip/x-gzip/deflate), stopping once `max_output` bytes are produced.
// *cut is set when output was left over. A stream that ends early yields what
// was inflated so far plus a Corruption status.
Status InflateBuffer(std::string_view compressed, std::size_t max_output, std::string* out,
                     bool* cut);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_GZIP_STREAM_H_
