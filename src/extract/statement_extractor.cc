// PLACEHOLDER: finds no statements. Replaced by the quote attributor.
#include "extract/statement_extractor.h"

namespace sitrep::extract {

struct StatementExtractor::Tables {};

StatementExtractor::StatementExtractor() : tables_(std::make_unique<Tables>()) {}
StatementExtractor::~StatementExtractor() = default;

Result<std::unique_ptr<StatementExtractor>> StatementExtractor::Load() {
  return std::unique_ptr<StatementExtractor>(new StatementExtractor());
}

void StatementExtractor::Annotate(Document& doc) const { doc.statements.clear(); }

}  // namespace sitrep::extract
