// ReadInputs: walks the inputs, picks a reader for each file, stacks the
// byte sources (file, then gzip if any, then a buffer) and reports what each
// reader returns. The readers themselves live in *_reader.cc.
#include "ingest/reader.h"

#include <memory>
#include <utility>

#include "ingest/buffered_input.h"
#include "ingest/byte_source.h"
#include "ingest/format_sniffer.h"
#include "ingest/gzip_stream.h"
#include "ingest/html_reader.h"
#include "ingest/input_walker.h"
#include "ingest/jsonl_reader.h"
#include "ingest/read_context.h"
#include "ingest/single_document.h"
#include "ingest/text_reader.h"
#include "ingest/warc_reader.h"

namespace sitrep::ingest {
namespace {

using ReadFunction = Status (*)(BufferedInput& in, ReadContext& context);

ReadFunction ReaderFor(InputFormat format) {
  switch (format) {
    case InputFormat::kText: return [](BufferedInput& in, ReadContext& c) { return ReadTextDocument(in, c); };
    case InputFormat::kHtml: return [](BufferedInput& in, ReadContext& c) { return ReadHtmlDocument(in, c); };
    case InputFormat::kJsonLines: return [](BufferedInput& in, ReadContext& c) { return ReadJsonLines(in, c); };
    case InputFormat::kWarc: return [](BufferedInput& in, ReadContext& c) { return ReadWarc(in, c); };
    case InputFormat::kUnsupported: return nullptr;
  }
  return nullptr;
}

// The stack of sources for one input, kept alive while it is read.
struct SourceStack {
  std::unique_ptr<FileSource> file;
  std::unique_ptr<BufferedInput> probe;  // only when sniffing
  std::unique_ptr<GzipSource> gzip;
  std::unique_ptr<BufferedInput> input;  // what the reader reads
};

// Reads one file. Returns the number of documents delivered.
std::uint64_t ReadOneFile(const InputFile& file, const ReadOptions& options, ErrorReporter& reporter,
                          const DocumentSink& sink) {
  // Pipes and standard input have no name to go by; regular files and
  // directory entries are judged by their names.
  const bool sniff = file.is_stdin || (!file.is_regular && !file.from_directory);
  PathFormat by_name = FormatFromPath(file.path);
  if (!sniff && by_name.format == InputFormat::kUnsupported) {
    if (file.from_directory) {
      reporter.Warning(file.path, 0, "skipped: unsupported file type");
    } else {
      reporter.Error(file.path, 0, Status::Unsupported("unsupported file type"));
    }
    reporter.FileDone(file.path, file.size);
    return 0;
  }

  SourceStack stack;
  if (file.is_stdin) {
    stack.file = std::make_unique<FileSource>(0, /*owned=*/false);
  } else {
    Result<std::unique_ptr<FileSource>> opened = OpenFileSource(file.path);
    if (!opened.ok()) {
      reporter.Error(file.path, 0, opened.status());
      reporter.FileDone(file.path, file.size);
      return 0;
    }
    stack.file = std::move(opened).value();
  }

  InputFormat format = by_name.format;
  if (sniff) {
    stack.probe = std::make_unique<BufferedInput>(stack.file.get());
    if (HasGzipMagic(stack.probe->Peek(2))) {
      stack.gzip = std::make_unique<GzipSource>(stack.probe.get());
      stack.input = std::make_unique<BufferedInput>(stack.gzip.get());
    } else {
      stack.input = std::move(stack.probe);
    }
    format = SniffFormat(stack.input->Peek(kBinaryProbeBytes));
  } else if (by_name.gzipped) {
    stack.gzip = std::make_unique<GzipSource>(stack.file.get());
    stack.input = std::make_unique<BufferedInput>(stack.gzip.get());
  } else {
    stack.input = std::make_unique<BufferedInput>(stack.file.get());
  }

  ReadContext context(file.path, options, reporter, sink);
  Status status = ReaderFor(format)(*stack.input, context);
  if (!status.ok()) reporter.Error(file.path, 0, status);
  reporter.FileDone(file.path, file.is_regular ? file.size : stack.file->bytes_read());
  return context.delivered();
}

// Swallows what the walk reports: TotalInputBytes only sums sizes.
class SilentReporter : public ErrorReporter {
 public:
  void Error(std::string_view, std::uint64_t, const Status&) override {}
};

}  // namespace

std::uint64_t ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                         ErrorReporter& reporter, const DocumentSink& sink) {
  std::uint64_t delivered = 0;
  WalkInputs(inputs, reporter, [&](const InputFile& file) {
    delivered += ReadOneFile(file, options, reporter, sink);
  });
  return delivered;
}

std::uint64_t TotalInputBytes(const std::vector<std::string>& inputs) {
  SilentReporter silent;
  std::uint64_t total = 0;
  WalkInputs(inputs, silent, [&](const InputFile& file) { total += file.size; });
  return total;
}

}  // namespace sitrep::ingest
