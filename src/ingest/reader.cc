// PLACEHOLDER: reads each path as one plain-text document. Replaced by the
// real readers (directories, gzip, HTML, JSON lines, WARC).
#include "ingest/reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace sitrep::ingest {

std::uint64_t ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                         ErrorReporter& reporter, const DocumentSink& sink) {
  std::uint64_t count = 0;
  for (const std::string& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      reporter.Error(path, 0, Status::NotFound("no such file"));
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    RawDocument doc;
    doc.id = path;
    doc.source = path;
    doc.content = ss.str();
    doc.meta = options.defaults;
    RepairUtf8(doc.content);
    sink(std::move(doc));
    ++count;
  }
  return count;
}

std::uint64_t TotalInputBytes(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const std::string& path : inputs) {
    auto size = std::filesystem::file_size(path, ec);
    if (!ec) total += size;
  }
  return total;
}

}  // namespace sitrep::ingest
