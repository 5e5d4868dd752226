// Article benchmark: runs the pipeline over a directory laid out like the
// public article-extraction benchmark and scores the extracted bodies.
//
//   DIR/html/<key>.html.gz   the pages (gzip; plain .html is accepted too)
//   DIR/ground-truth.json    {"<key>": {"articleBody": "..."}, ...}
//
// Each page goes through sitrep::Pipeline as ContentFormat::kHtml; its
// Document::BodyText() is scored with ScoreBody and the pages are combined
// with Aggregate (body_score.h). Only Pipeline::Process is timed.
//
// Thread-compatible; reads the files once.
#ifndef SITREP_EVAL_ARTICLE_BENCH_H_
#define SITREP_EVAL_ARTICLE_BENCH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "eval/body_score.h"
#include "pipeline/pipeline.h"

namespace sitrep::eval {

struct ArticleBenchPage {
  std::string key;
  ShingleCounts counts;
  double precision = 0, recall = 0, f1 = 0;  // of this page alone
  std::uint64_t html_bytes = 0;
};

struct ArticleBenchReport {
  BodyScore score;
  std::vector<ArticleBenchPage> pages;  // in key order
  std::uint64_t html_bytes = 0;         // decompressed HTML of all pages
  double seconds = 0;                   // CPU time spent in Pipeline::Process (one thread)
  std::vector<std::string> problems;    // pages that could not be read (skipped)

  double PagesPerSecond() const { return seconds > 0 ? pages.size() / seconds : 0; }
  double MegabytesPerSecond() const { return seconds > 0 ? html_bytes / 1e6 / seconds : 0; }
};

struct ArticleBenchOptions {
  // Keep only pages whose key passes this test: with `parts` > 1, page i of
  // the sorted keys is kept if i % parts == part (for developing on one part
  // and checking on another).
  int parts = 1;
  int part = 0;
};

// Fails (NotFound / Corruption) if the ground truth cannot be read; pages that
// are missing or unreadable are listed in `problems` and skipped.
Result<ArticleBenchReport> RunArticleBench(const std::string& dir, const Pipeline& pipeline,
                                           const ArticleBenchOptions& options = {});

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_ARTICLE_BENCH_H_
