// Helpers shared by the ingest tests: a reporter that records what it is
// told, a sink that keeps documents, gzip compression and a temp directory.
#ifndef SITREP_TESTS_INGEST_INGEST_TEST_UTIL_H_
#define SITREP_TESTS_INGEST_INGEST_TEST_UTIL_H_

#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "ingest/reader.h"

namespace sitrep::ingest::testing {

struct Reported {
  std::string source;
  std::uint64_t line;
  std::string what;
};

class RecordingReporter : public ErrorReporter {
 public:
  void Error(std::string_view source, std::uint64_t line, const Status& status) override {
    errors.push_back({std::string(source), line, status.message()});
  }
  void Warning(std::string_view source, std::uint64_t line, std::string_view what) override {
    warnings.push_back({std::string(source), line, std::string(what)});
  }
  void FileDone(std::string_view source, std::uint64_t bytes) override {
    done.push_back({std::string(source), bytes, ""});
  }
  std::vector<Reported> errors;
  std::vector<Reported> warnings;
  std::vector<Reported> done;
};

struct Collector {
  std::vector<RawDocument> docs;
  DocumentSink sink() {
    return [this](RawDocument&& doc) { docs.push_back(std::move(doc)); };
  }
};

// One gzip member holding `data`.
inline std::string Gzip(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// A zlib-wrapped (RFC 1950) stream, what HTTP calls "deflate".
inline std::string Zlib(std::string_view data) {
  uLongf size = compressBound(data.size());
  std::string out(size, '\0');
  compress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()), data.size());
  out.resize(size);
  return out;
}

inline std::string RandomBytes(std::size_t n, unsigned seed = 7) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("sitrep_ingest_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path_, ec);
  }
  std::string Path(std::string_view name) const { return (path_ / name).string(); }
  std::string Write(std::string_view name, std::string_view bytes) const {
    std::string p = Path(name);
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace sitrep::ingest::testing

#endif  // SITREP_TESTS_INGEST_INGEST_TEST_UTIL_H_
