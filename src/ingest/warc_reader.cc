#include "ingest/warc_reader.h"

#include <charconv>
#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "ingest/http_payload.h"

namespace sitrep::ingest {
namespace {

constexpr std::size_t kHeaderLineCap = 64u << 10;
constexpr std::size_t kMaxHeaderLines = 1000;
// How much of a response block is looked at to decide whether it holds a page.
constexpr std::size_t kHttpProbeBytes = 64u << 10;

struct WarcHeader {
  std::string type;          // lower case
  std::string media_type;    // of the block
  std::string record_id;
  std::string target_uri;
  std::string date;
  std::uint64_t content_length = 0;
};

std::string StripAngles(std::string_view s) {
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

bool IsBlankLine(std::string_view line) { return line.empty() || line == "\r"; }

// Skips lines until the next one that starts with "WARC/" (left unread).
void Resync(BufferedInput& in) {
  for (;;) {
    std::string_view head = in.Peek(5);
    if (head.size() < 5 || head == "WARC/") return;
    std::string_view line;
    if (in.ReadLine(kHeaderLineCap, &line) == BufferedInput::LineKind::kEnd) return;
  }
}

enum class HeaderOutcome { kOk, kMalformed, kEnd };

// Reads the named fields up to the blank line ending the header. On
// kMalformed, *why says what was wrong.
HeaderOutcome ReadWarcFields(BufferedInput& in, WarcHeader* header, std::string* why) {
  bool have_length = false;
  std::string last_name;
  for (std::size_t count = 0;; ++count) {
    std::string_view line;
    BufferedInput::LineKind kind = in.ReadLine(kHeaderLineCap, &line);
    if (kind == BufferedInput::LineKind::kEnd) {
      *why = "header ends with the file";
      return HeaderOutcome::kEnd;
    }
    if (kind == BufferedInput::LineKind::kTooLong) {
      *why = "header line too long";
      return HeaderOutcome::kMalformed;
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if (count >= kMaxHeaderLines) {
      *why = "too many header lines";
      return HeaderOutcome::kMalformed;
    }
    if (line.front() == ' ' || line.front() == '\t') continue;  // folded continuation of a field we ignore
    std::string_view name, value;
    if (!SplitHeaderLine(line, &name, &value)) {
      *why = "header line without \"Name: value\"";
      return HeaderOutcome::kMalformed;
    }
    if (EqualsIgnoreCase(name, "WARC-Type")) {
      header->type = MediaType(value);  // lower-cased token
    } else if (EqualsIgnoreCase(name, "Content-Length")) {
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), header->content_length);
      if (ec != std::errc() || end != value.data() + value.size()) {
        *why = "bad Content-Length";
        return HeaderOutcome::kMalformed;
      }
      have_length = true;
    } else if (EqualsIgnoreCase(name, "Content-Type")) {
      header->media_type = MediaType(value);
    } else if (EqualsIgnoreCase(name, "WARC-Record-ID")) {
      header->record_id = StripAngles(value);
    } else if (EqualsIgnoreCase(name, "WARC-Target-URI")) {
      header->target_uri = StripAngles(value);
    } else if (EqualsIgnoreCase(name, "WARC-Date")) {
      header->date = std::string(value);
    }
  }
  if (!have_length) {
    *why = "no Content-Length";
    return HeaderOutcome::kMalformed;
  }
  if (header->type.empty()) {
    *why = "no WARC-Type";
    return HeaderOutcome::kMalformed;
  }
  return HeaderOutcome::kOk;
}

bool IsHtmlMediaType(std::string_view type) {
  return type == "text/html" || type == "application/xhtml+xml";
}

class WarcRecordReader {
 public:
  WarcRecordReader(BufferedInput& in, ReadContext& context)
      : in_(in), context_(context),
        block_cap_(context.options().max_document_bytes + kUtf8Slack + kHttpHeaderAllowance) {}

  Status Run() {
    std::uint64_t record = 0;
    bool any_content = false;
    for (;;) {
      // Records end with two CRLFs; tolerate any number of blank lines.
      std::string_view head = in_.Peek(5);
      if (head.empty()) break;
      if (head[0] == '\n' || head[0] == '\r') {
        std::string_view line;
        in_.ReadLine(kHeaderLineCap, &line);
        if (IsBlankLine(line)) continue;
        head = {};  // a line that is neither blank nor a version line
      }
      any_content = true;
      ++record;
      if (head != "WARC/") {
        if (record == 1) {
          if (!in_.status().ok()) return in_.status();
          return Status::Corruption("not a WARC file (no \"WARC/\" version line)");
        }
        if (!head.empty()) {
          std::string_view line;
          in_.ReadLine(kHeaderLineCap, &line);
        }
        if (!Malformed(record, "expected a \"WARC/\" version line")) return ReadContext::TooManyErrors();
        continue;
      }
      std::string_view version;
      in_.ReadLine(kHeaderLineCap, &version);
      WarcHeader header;
      std::string why;
      HeaderOutcome outcome = ReadWarcFields(in_, &header, &why);
      if (outcome == HeaderOutcome::kEnd) {
        if (!in_.status().ok()) return in_.status();
        context_.RecordError(record, Status::Corruption("truncated WARC record header"));
        break;
      }
      if (outcome == HeaderOutcome::kMalformed) {
        if (!Malformed(record, why)) return ReadContext::TooManyErrors();
        continue;
      }
      Status s = ReadBlock(header, record);
      if (!in_.status().ok()) return in_.status();
      if (!s.ok()) {
        if (s.code() == Status::Code::kCorruption && s.message().starts_with("truncated WARC record")) {
          context_.RecordError(record, s);
          break;  // nothing follows a record cut by the end of the file
        }
        if (!context_.RecordError(record, s)) return ReadContext::TooManyErrors();
      }
    }
    if (!in_.status().ok()) return in_.status();
    if (!any_content) return Status::Corruption("empty file");
    return Status::OK();
  }

 private:
  // Reports a malformed record header and resynchronises. False when the file
  // has had too many bad records.
  bool Malformed(std::uint64_t record, std::string_view why) {
    bool go_on = context_.RecordError(record, Status::Corruption(fmt::format("malformed WARC record header: {}", why)));
    Resync(in_);
    return go_on;
  }

  // Skips `n` bytes of the block; fails if the file ends first.
  Status SkipBlock(std::uint64_t n) {
    std::uint64_t skipped = in_.Skip(n);
    if (skipped < n) return Truncated(n, skipped);
    return Status::OK();
  }

  static Status Truncated(std::uint64_t wanted, std::uint64_t got) {
    return Status::Corruption(
        fmt::format("truncated WARC record: Content-Length {} but only {} bytes left", wanted, got));
  }

  // Reads (or skips) the record's block and delivers its page, if any.
  Status ReadBlock(const WarcHeader& header, std::uint64_t record) {
    const std::uint64_t length = header.content_length;
    ContentFormat format = ContentFormat::kHtml;
    if (header.type == "response") {
      // Decide from the HTTP header whether this is a page before holding it.
      std::string_view probe = in_.Peek(static_cast<std::size_t>(std::min<std::uint64_t>(length, kHttpProbeBytes)));
      Result<HttpResponse> http = ParseHttpResponse(probe);
      if (http.ok() && !(http.value().status >= 200 && http.value().status < 300 &&
                         IsHtmlMediaType(http.value().media_type))) {
        return SkipBlock(length);
      }
      if (!http.ok() && probe.size() < length && probe.size() == kHttpProbeBytes) {
        // Headers longer than the probe: read the block and parse again below.
      } else if (!http.ok()) {
        Status skip = SkipBlock(length);
        return skip.ok() ? http.status() : skip;
      }
    } else if (header.type == "resource" || header.type == "conversion") {
      if (header.media_type == "text/plain") {
        format = ContentFormat::kText;
      } else if (!IsHtmlMediaType(header.media_type)) {
        return SkipBlock(length);
      }
    } else {
      return SkipBlock(length);
    }

    std::string block;
    std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(length, block_cap_));
    std::size_t got = in_.ReadInto(want, &block);
    if (got < want) return Truncated(length, got);
    if (length > want) {
      std::uint64_t skipped = in_.Skip(length - want);
      if (skipped < length - want) return Truncated(length, want + skipped);
    }

    RawDocument doc = context_.NewDocument(format, record);
    if (!header.record_id.empty()) doc.id = header.record_id;
    if (!header.target_uri.empty()) doc.meta.url = header.target_uri;
    // WARC-Date is the crawl time, not the publication date: the page's own
    // date (read by the HTML extractor) wins, this is the fallback.
    if (!header.date.empty()) doc.meta.retrieved = header.date;
    const std::size_t max_content = context_.options().max_document_bytes + kUtf8Slack;
    if (header.type == "response") {
      Result<HttpResponse> parsed = ParseHttpResponse(block);
      if (!parsed.ok()) return parsed.status();
      const HttpResponse& http = parsed.value();
      if (!(http.status >= 200 && http.status < 300 && IsHtmlMediaType(http.media_type))) {
        return Status::OK();
      }
      std::string_view body = http.body;
      std::string dechunked;
      if (http.chunked) {
        DecodeChunked(body, &dechunked);
        body = dechunked;
      }
      bool cut = false;
      Status decoded = DecodeContent(http.content_encoding, body, max_content, &doc.content, &cut);
      if (!decoded.ok()) return decoded;
    } else {
      doc.content = std::move(block);
      if (doc.content.size() > max_content) doc.content.resize(max_content);
    }
    if (IsBlank(doc.content)) return Status::OK();  // an empty page: nothing to read
    context_.Deliver(std::move(doc));
    return Status::OK();
  }

  BufferedInput& in_;
  ReadContext& context_;
  const std::uint64_t block_cap_;
};

}  // namespace

Status ReadWarc(BufferedInput& in, ReadContext& context) {
  return WarcRecordReader(in, context).Run();
}

Status ReadWarc(std::string_view bytes, std::string_view source, const ReadOptions& options,
                ErrorReporter& reporter, const DocumentSink& sink) {
  return ReadFromMemory(bytes, source, options, reporter, sink,
                        [](BufferedInput& in, ReadContext& context) { return ReadWarc(in, context); });
}

}  // namespace sitrep::ingest
