#include "server/reader_pool.h"

namespace sitrep::server {

ReaderPool::ReaderPool(ReaderFactory factory, std::size_t max_idle)
    : factory_(std::move(factory)), max_idle_(max_idle) {}

ReaderPool::Lease::~Lease() {
  if (pool_ != nullptr && reader_) pool_->Release(std::move(reader_));
}

Result<ReaderPool::Lease> ReaderPool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<store::Reader> reader = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(reader));
    }
  }
  // Opened outside the lock: a slow open must not hold up other requests.
  Result<std::unique_ptr<store::Reader>> opened = factory_();
  if (!opened.ok()) return opened.status();
  if (!opened.value()) return Status::IOError("no reader");
  return Lease(this, std::move(opened).value());
}

void ReaderPool::Release(std::unique_ptr<store::Reader> reader) {
  std::lock_guard<std::mutex> lock(mu_);
  if (idle_.size() < max_idle_) idle_.push_back(std::move(reader));
}

}  // namespace sitrep::server
