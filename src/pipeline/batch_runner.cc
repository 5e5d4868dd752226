// RunPipeline with one thread runs everything on the caller's thread. With N
// threads it is a small ordered pipeline:
//
//   reader thread ──> window (deque of chunks, input order) ──> N workers (Process)
//                         │
//                         └──> calling thread: delivers the front chunk to
//                              the sink/reporter as soon as it is done
//
// The window holds every chunk (a run of consecutive documents) that has been
// read but not yet delivered: waiting for a worker, being processed, or
// finished and waiting for an earlier one. Its length and the raw bytes in it
// are capped, and the reader blocks while it is full (back-pressure), so the
// memory in use does not depend on the size of the input.
//
// The reader's reports (errors, warnings, file done) enter the same chunks as
// entries of their own and reach the caller's ErrorReporter on the calling
// thread, in input order between the documents around them. So the reporter
// and anything it drives (the CLI's progress meter) need no locking, and the
// messages come out exactly as they do with one thread.
#include "pipeline/batch_runner.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace sitrep {
namespace {

// Documents are handed to workers in chunks: short notes take tens of
// microseconds each, and a lock, a wake-up and a context switch per document
// cost the parallel run more than 10% extra CPU. A chunk is closed at
// kChunkDocuments documents or kChunkBytes of content, or at once when the
// workers have nothing else to do (so a slow stream is not held back).
constexpr std::size_t kChunkDocuments = 32;
constexpr std::size_t kChunkBytes = 256u << 10;
// Reports count too: a directory of a million skipped files must not pile up
// a million warnings in one chunk.
constexpr std::size_t kChunkEntries = 128;
// Chunks per worker allowed in the window: enough that a worker rarely waits
// for the reader or for a slow chunk ahead of it.
constexpr std::size_t kChunksPerWorker = 4;
// Raw bytes allowed in the window. A single chunk larger than this (one huge
// document) is still admitted, but only into an empty window.
constexpr std::size_t kMaxWindowBytes = 32u << 20;

// One entry of the ordered stream: a document, or something the reader told
// the reporter.
struct Entry {
  enum class Kind : std::uint8_t { kDocument, kError, kWarning, kFileDone };
  Kind kind = Kind::kDocument;
  RawDocument raw;     // kDocument, until a worker processes it
  Document doc;        // kDocument, once processed
  std::string rendered;  // kDocument: what the renderer wrote for it
  std::string source;  // reports
  std::uint64_t line = 0;
  std::uint64_t bytes = 0;  // kFileDone
  Status status;            // kError
  std::string what;         // kWarning
};

// Consecutive entries, processed by one worker and delivered together.
struct Chunk {
  std::vector<Entry> entries;
  std::size_t documents = 0;
  std::size_t cost = 0;  // raw bytes, charged against kMaxWindowBytes
  bool ready = false;    // every document in it has been processed
  int worker = -1;       // the worker that processed it (-1: reports only)
};

// Thrown inside the reader's sink to unwind ReadInputs when the run fails.
struct ReadCancelled {};

class ParallelBatch {
 public:
  ParallelBatch(const Pipeline& pipeline, int workers, ingest::ErrorReporter& reporter,
                const DocumentRenderer& render, const RenderedDocumentSink& sink)
      : pipeline_(pipeline),
        workers_(workers),
        max_chunks_(kChunksPerWorker * static_cast<std::size_t>(workers)),
        reporter_(reporter),
        render_(render),
        sink_(sink),
        spent_(static_cast<std::size_t>(workers)) {}

  std::uint64_t Run(const std::vector<std::string>& inputs, const ingest::ReadOptions& options) {
    std::uint64_t documents = 0;
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(workers_) + 1);
    threads.emplace_back([&] { documents = Read(inputs, options); });
    for (int i = 0; i < workers_; ++i) threads.emplace_back([this, i] { Work(i); });
    DeliverAll();
    for (std::thread& t : threads) t.join();
    if (failure_) std::rethrow_exception(failure_);
    return documents;
  }

 private:
  // Forwards the reader's reports into the stream, in order.
  class StreamReporter : public ingest::ErrorReporter {
   public:
    explicit StreamReporter(ParallelBatch* batch) : batch_(batch) {}
    void Error(std::string_view source, std::uint64_t line, const Status& status) override {
      Entry& e = batch_->Append(Entry::Kind::kError);
      e.source = source;
      e.line = line;
      e.status = status;
      batch_->CloseIfFull();
    }
    void Warning(std::string_view source, std::uint64_t line, std::string_view what) override {
      Entry& e = batch_->Append(Entry::Kind::kWarning);
      e.source = source;
      e.line = line;
      e.what = what;
      batch_->CloseIfFull();
    }
    void FileDone(std::string_view source, std::uint64_t bytes) override {
      Entry& e = batch_->Append(Entry::Kind::kFileDone);
      e.source = source;
      e.bytes = bytes;
      batch_->CloseIfFull();
    }

   private:
    ParallelBatch* batch_;
  };

  // Reader thread.
  std::uint64_t Read(const std::vector<std::string>& inputs, const ingest::ReadOptions& options) {
    std::uint64_t documents = 0;
    StreamReporter reports(this);
    try {
      documents = ingest::ReadInputs(inputs, options, reports, [this](RawDocument&& raw) {
        pending_.cost += raw.content.size();
        ++pending_.documents;
        Append(Entry::Kind::kDocument).raw = std::move(raw);
        CloseIfFull();
      });
      if (!pending_.entries.empty()) Admit();
    } catch (const ReadCancelled&) {
      // The run failed elsewhere; nothing more to read.
    } catch (...) {
      Fail(std::current_exception());
    }
    std::lock_guard<std::mutex> lock(mu_);
    reading_done_ = true;
    work_.notify_all();
    ready_.notify_one();
    return documents;
  }

  // Adds an entry to the chunk the reader is filling. Reader thread only.
  Entry& Append(Entry::Kind kind) {
    pending_.entries.emplace_back();
    pending_.entries.back().kind = kind;
    return pending_.entries.back();
  }

  // Closes the pending chunk when it is full, or at once when a worker is
  // idle. Reader thread only.
  void CloseIfFull() {
    if (pending_.documents >= kChunkDocuments || pending_.cost >= kChunkBytes ||
        pending_.entries.size() >= kChunkEntries || idle_.load()) {
      Admit();
    }
  }

  // Moves the pending chunk into the window once there is room. Reader
  // thread only.
  void Admit() {
    std::unique_lock<std::mutex> lock(mu_);
    room_.wait(lock, [&] {
      if (failure_) return true;
      if (window_.empty()) return true;
      return window_.size() < max_chunks_ && window_bytes_ + pending_.cost <= kMaxWindowBytes;
    });
    if (failure_) throw ReadCancelled{};
    Chunk& chunk = window_.emplace_back(std::move(pending_));
    pending_ = Chunk();
    window_bytes_ += chunk.cost;
    idle_.store(false);
    // References to deque elements survive emplace_back and pop_front of others.
    if (chunk.documents > 0) {
      todo_.push_back(&chunk);
      work_.notify_one();
    } else {
      chunk.ready = true;  // reports only
      if (window_.size() == 1) ready_.notify_one();
    }
  }

  // Worker thread: processes chunks in the order they were read.
  void Work(int id) {
    std::string scratch;  // rendering buffer, reused: its capacity survives
    for (;;) {
      Chunk* chunk = nullptr;
      std::vector<Chunk> spent;
      {
        std::unique_lock<std::mutex> lock(mu_);
        if (todo_.empty()) idle_.store(true);
        work_.wait(lock, [&] { return failure_ || !todo_.empty() || reading_done_; });
        spent.swap(spent_[static_cast<std::size_t>(id)]);
        if (failure_ || todo_.empty()) return;
        chunk = todo_.front();
        todo_.pop_front();
      }
      // This worker's delivered chunks are freed here, by the thread that
      // allocated most of their memory: freed on the delivering thread, every
      // block went back to this thread's malloc arena under its lock, and
      // this thread's own allocations then missed its caches.
      spent.clear();
      chunk->worker = id;
      // The chunk stays in the window (it is not ready), so `chunk` is valid
      // without the lock; no other thread touches its entries meanwhile.
      try {
        for (Entry& e : chunk->entries) {
          if (e.kind != Entry::Kind::kDocument) continue;
          e.doc = pipeline_.Process(std::move(e.raw));
          if (render_) {
            // Rendered into the reused buffer, then copied at its final
            // size: one allocation instead of one per doubling.
            scratch.clear();
            render_(e.doc, scratch);
            e.rendered.assign(scratch);
          }
        }
      } catch (...) {
        Fail(std::current_exception());
        return;
      }
      std::lock_guard<std::mutex> lock(mu_);
      chunk->ready = true;
      if (chunk == &window_.front()) ready_.notify_one();
    }
  }

  // Calling thread: hands finished entries to the sink and reporter in order.
  void DeliverAll() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      ready_.wait(lock, [&] {
        return failure_ || (!window_.empty() && window_.front().ready) || (reading_done_ && window_.empty());
      });
      if (failure_ || window_.empty()) return;
      Chunk chunk = std::move(window_.front());
      window_.pop_front();
      window_bytes_ -= chunk.cost;
      room_.notify_one();
      lock.unlock();
      try {
        for (Entry& e : chunk.entries) Deliver(e);
      } catch (...) {
        Fail(std::current_exception());
        return;
      }
      lock.lock();
      // Handed back to its worker to be freed (see Work); a chunk of reports
      // only is freed here.
      if (chunk.worker >= 0) spent_[static_cast<std::size_t>(chunk.worker)].push_back(std::move(chunk));
    }
  }

  void Deliver(Entry& e) {
    switch (e.kind) {
      case Entry::Kind::kDocument: sink_(std::move(e.doc), std::move(e.rendered)); break;
      case Entry::Kind::kError: reporter_.Error(e.source, e.line, e.status); break;
      case Entry::Kind::kWarning: reporter_.Warning(e.source, e.line, e.what); break;
      case Entry::Kind::kFileDone: reporter_.FileDone(e.source, e.bytes); break;
    }
  }

  // Records the first failure and wakes every thread so that all of them stop.
  void Fail(std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!failure_) failure_ = std::move(error);
    room_.notify_all();
    work_.notify_all();
    ready_.notify_all();
  }

  const Pipeline& pipeline_;
  const int workers_;
  const std::size_t max_chunks_;
  ingest::ErrorReporter& reporter_;
  const DocumentRenderer& render_;  // may be empty
  const RenderedDocumentSink& sink_;

  Chunk pending_;  // reader thread only: the chunk being filled
  // Set by a worker that found no chunk to take: the reader then closes its
  // chunk after every document instead of filling it (a slow input).
  std::atomic<bool> idle_{true};

  std::mutex mu_;
  std::condition_variable room_;   // the reader waits for room in the window
  std::condition_variable work_;   // workers wait for chunks
  std::condition_variable ready_;  // the calling thread waits for the front chunk
  std::deque<Chunk> window_;       // read, not yet delivered; in input order
  std::size_t window_bytes_ = 0;
  std::deque<Chunk*> todo_;        // chunks in the window no worker has taken
  // Per worker: chunks it processed that have been delivered, waiting for it
  // to free them when it next takes work. (At most the chunks it processed
  // since then; whatever is left at the end is freed with the batch.)
  std::vector<std::vector<Chunk>> spent_;
  bool reading_done_ = false;
  std::exception_ptr failure_;
};

}  // namespace

int ResolveThreadCount(int requested) {
  if (requested > 0) return requested;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

std::uint64_t RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                          const BatchOptions& options, ingest::ErrorReporter& reporter,
                          const FinishedDocumentSink& sink) {
  const int threads = ResolveThreadCount(options.threads);
  if (threads == 1) {
    return ingest::ReadInputs(inputs, options.read, reporter,
                              [&](RawDocument&& raw) { sink(pipeline.Process(std::move(raw))); });
  }
  const DocumentRenderer no_render;
  const RenderedDocumentSink forward = [&](Document&& doc, std::string&&) { sink(std::move(doc)); };
  ParallelBatch batch(pipeline, threads, reporter, no_render, forward);
  return batch.Run(inputs, options.read);
}

std::uint64_t RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                          const BatchOptions& options, ingest::ErrorReporter& reporter,
                          const DocumentRenderer& render, const RenderedDocumentSink& sink) {
  const int threads = ResolveThreadCount(options.threads);
  if (threads == 1) {
    std::string rendered;
    return ingest::ReadInputs(inputs, options.read, reporter, [&](RawDocument&& raw) {
      Document doc = pipeline.Process(std::move(raw));
      rendered.clear();
      if (render) render(doc, rendered);
      sink(std::move(doc), std::move(rendered));
    });
  }
  ParallelBatch batch(pipeline, threads, reporter, render, sink);
  return batch.Run(inputs, options.read);
}

}  // namespace sitrep
