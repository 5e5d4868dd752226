// ReaderPool: store Readers shared by the server's worker threads.
//
// A store::Reader is one-per-thread, and opening one costs a file open and a
// schema check, so the server keeps the Readers it opened and lends each to
// one request at a time. Readers are opened lazily, by the factory, so a
// database that appears (or recovers) after start-up is picked up.
//
// Thread-safety: Acquire and the Lease destructor may be called from any
// thread.
#ifndef SITREP_SERVER_READER_POOL_H_
#define SITREP_SERVER_READER_POOL_H_

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.h"
#include "store/store.h"

namespace sitrep::server {

using ReaderFactory = std::function<Result<std::unique_ptr<store::Reader>>()>;

class ReaderPool {
 public:
  // Keeps at most `max_idle` Readers between requests.
  ReaderPool(ReaderFactory factory, std::size_t max_idle);

  // A Reader for the duration of one request; back to the pool when the
  // lease ends. A Reader whose request failed is dropped, not reused (its
  // connection may be in a bad state).
  class Lease {
   public:
    Lease(ReaderPool* pool, std::unique_ptr<store::Reader> reader) : pool_(pool), reader_(std::move(reader)) {}
    Lease(Lease&&) = default;
    ~Lease();
    store::Reader& operator*() { return *reader_; }
    store::Reader* operator->() { return reader_.get(); }
    void Discard() { reader_.reset(); }

   private:
    ReaderPool* pool_;
    std::unique_ptr<store::Reader> reader_;
  };

  Result<Lease> Acquire();

 private:
  void Release(std::unique_ptr<store::Reader> reader);

  ReaderFactory factory_;
  std::size_t max_idle_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Reader>> idle_;  // guarded by mu_
};

}  // namespace sitrep::server

#endif  // SITREP_SERVER_READER_POOL_H_
