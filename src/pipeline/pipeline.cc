#include "pipeline/pipeline.h"

#include <utility>

#include <fmt/format.h>

#include "clean/html_extractor.h"
#include "clean/text_cleaner.h"
#include "core/utf8.h"
#include "text/segmenter.h"

namespace sitrep {
namespace {

// Fills the fields of `meta` that are still empty from `fallback`. Metadata
// is merged in order of trust: the container (JSON line fields, WARC
// headers), then the page itself, then the command line's defaults, and last
// the fetch time for `published`.
void FillEmpty(const DocumentMeta& fallback, DocumentMeta& meta) {
  if (meta.title.empty()) meta.title = fallback.title;
  if (meta.published.empty()) meta.published = fallback.published;
  if (meta.url.empty()) meta.url = fallback.url;
  if (meta.outlet.empty()) meta.outlet = fallback.outlet;
  if (meta.retrieved.empty()) meta.retrieved = fallback.retrieved;
}

// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence.
bool CutAtBoundary(std::string& text, std::size_t limit) {
  if (text.size() <= limit) return false;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return true;
}

}  // namespace

Pipeline::Pipeline(PipelineOptions options) : options_(std::move(options)) {
  auto lexicon = lexicon::Lexicon::Load(options_.lexicon);
  if (!lexicon.ok()) {
    status_ = lexicon.status();
    return;
  }
  lexicon_ = std::move(lexicon).value();
  auto events = extract::EventExtractor::Load();
  if (!events.ok()) {
    status_ = events.status();
    return;
  }
  events_ = std::move(events).value();
  auto statements = extract::StatementExtractor::Load();
  if (!statements.ok()) {
    status_ = statements.status();
    return;
  }
  statements_ = std::move(statements).value();
}

Pipeline::~Pipeline() = default;

Document Pipeline::Process(RawDocument raw) const {
  Document doc;
  doc.id = std::move(raw.id);
  doc.source = std::move(raw.source);
  doc.line = raw.line;
  doc.meta = std::move(raw.meta);
  doc.warnings = std::move(raw.warnings);

  if (raw.format == ContentFormat::kHtml) {
    clean::HtmlExtraction page = clean::ExtractHtml(raw.content, options_.clean);
    doc.text = std::move(page.text);
    doc.blocks = std::move(page.blocks);
    FillEmpty(page.meta, doc.meta);
    for (std::string& w : page.warnings) doc.warnings.push_back(std::move(w));
    if (CutAtBoundary(doc.text, options_.max_text_bytes)) {
      doc.warnings.push_back(fmt::format("text cut to {} bytes", options_.max_text_bytes));
      std::erase_if(doc.blocks, [&](const Block& b) { return b.start >= doc.text.size(); });
      if (!doc.blocks.empty() && doc.blocks.back().end > doc.text.size()) {
        doc.blocks.back().end = static_cast<std::uint32_t>(doc.text.size());
      }
    }
  } else {
    doc.text = std::move(raw.content);
    if (std::size_t n = RepairUtf8(doc.text)) {
      doc.warnings.push_back(fmt::format("{} invalid UTF-8 sequences replaced", n));
    }
    if (CutAtBoundary(doc.text, options_.max_text_bytes)) {
      doc.warnings.push_back(fmt::format("text cut to {} bytes", options_.max_text_bytes));
    }
    clean::TextCleanResult cleaned = clean::CleanPlainText(doc.text, options_.clean);
    doc.blocks = std::move(cleaned.blocks);
    if (doc.meta.title.empty()) doc.meta.title = std::move(cleaned.title);
  }

  FillEmpty(options_.defaults, doc.meta);
  if (doc.meta.published.empty()) doc.meta.published = doc.meta.retrieved;
  if (options_.last_stage < Stage::kText) return doc;
  text::Segment(doc);
  if (options_.last_stage < Stage::kLexicon) return doc;
  lexicon_->Annotate(doc);
  if (options_.last_stage < Stage::kExtract) return doc;
  events_->Annotate(doc);
  statements_->Annotate(doc);
  return doc;
}

}  // namespace sitrep
