// PLACEHOLDER: finds no events. Replaced by the trigger-based extractor.
#include "extract/event_extractor.h"

namespace sitrep::extract {

struct EventExtractor::Tables {};

EventExtractor::EventExtractor() : tables_(std::make_unique<Tables>()) {}
EventExtractor::~EventExtractor() = default;

Result<std::unique_ptr<EventExtractor>> EventExtractor::Load() {
  return std::unique_ptr<EventExtractor>(new EventExtractor());
}

void EventExtractor::Annotate(Document& doc) const { doc.events.clear(); }

}  // namespace sitrep::extract
