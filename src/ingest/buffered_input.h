// BufferedInput: the readers' view of a ByteSource: look ahead, read lines
// with a length cap, read or skip a counted number of bytes.
//
// Memory is bounded by the largest Peek or line cap asked for, never by the
// input: an over-long line is skipped in chunks without being held.
// A read error from the source ends the input: the bytes delivered before it
// stay valid, an unfinished line is dropped (it may be cut short), and
// status() then holds the error.
//
// It is itself a ByteSource, so a decompressor can be stacked on top after
// sniffing the first bytes.
//
// Thread-safety: one thread at a time.
#ifndef SITREP_INGEST_BUFFERED_INPUT_H_
#define SITREP_INGEST_BUFFERED_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/byte_source.h"

namespace sitrep::ingest {

class BufferedInput : public ByteSource {
 public:
  // `source` must outlive this object.
  explicit BufferedInput(ByteSource* source, std::size_t chunk_bytes = 256 << 10);

  // Makes up to `n` bytes available without consuming them; fewer only at the
  // end of the input. The view is valid until the next non-const call.
  std::string_view Peek(std::size_t n);

  enum class LineKind { kLine, kTooLong, kEnd };
  // Reads the next line into *line (without its '\n'; a '\r' before it is
  // kept). kTooLong: the line was longer than `max_bytes`; it has been
  // skipped whole and *line is empty. kEnd: nothing left (or a read error).
  // `*length` (optional) gets the line's full length in bytes.
  LineKind ReadLine(std::size_t max_bytes, std::string_view* line, std::uint64_t* length = nullptr);

  // Appends up to `n` bytes to *out; returns how many (fewer only at the end).
  std::size_t ReadInto(std::size_t n, std::string* out);
  // Discards up to `n` bytes; returns how many.
  std::uint64_t Skip(std::uint64_t n);

  // ByteSource: reads buffered bytes first, then from the source.
  Status Read(char* buf, std::size_t n, std::size_t* read) override;

  // True when no byte is left (may read ahead to find out).
  bool AtEnd() { return Peek(1).empty(); }
  // Bytes consumed so far.
  std::uint64_t position() const { return position_; }
  // The source's first error; OK if none.
  const Status& status() const { return status_; }

 private:
  std::size_t buffered() const { return end_ - begin_; }
  // Reads once more from the source, growing the buffer so that it can hold
  // at least `want` unconsumed bytes. False at the end or on error.
  bool Fill(std::size_t want);

  ByteSource* source_;
  std::size_t chunk_;
  std::string buf_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::uint64_t position_ = 0;
  Status status_;
};

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_BUFFERED_INPUT_H_
