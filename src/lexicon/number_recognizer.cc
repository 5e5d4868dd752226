#include "lexicon/number_recognizer.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace sitrep::lexicon {
namespace {

constexpr int kMaxUndividedDigits = 6;  // 7+ digits without separators: phone numbers, ids

struct Amount {
  std::size_t end = 0;  // one past the last token; 0 = none
  std::int64_t value = 0;
  bool vague = false;
  bool digits = false;
};

// Reads the counts of one sentence's scan tokens.
class SentenceReader {
 public:
  SentenceReader(const NumberTables& t, std::string_view text, std::span<const ScanToken> tok,
                 std::span<const std::uint8_t> in_date)
      : t_(t), text_(text), tok_(tok), n_(tok.size()), in_date_(in_date) {}

  void Run(std::uint32_t sentence, std::vector<NumberMention>& out) {
    std::size_t i = 0;
    while (i < n_) {
      const ScanToken& tk = tok_[i];
      if (in_date_[i] || tk.kind == ScanKind::kPunct || (tk.kind == ScanKind::kWord && tk.id < 0)) {
        ++i;
        continue;
      }
      NumberMention m;
      std::size_t end = Read(i, &m);
      if (end > i) {
        m.sentence = sentence;
        out.push_back(m);
        i = end;
      } else {
        ++i;
      }
    }
  }

 private:
  // A qualified amount or range starting at i; returns one past its end, 0 if none.
  std::size_t Read(std::size_t i, NumberMention* m) {
    NumberQualifier q = NumberQualifier::kExact;
    std::size_t j = i;
    int payload = 0;
    const bool between = tok_[i].id == t_.id_between;
    const bool from = tok_[i].id == t_.id_from;
    if (between || from) {
      j = i + 1;
    } else if (std::size_t len = t_.qualifiers.Match(tok_, i, &payload)) {
      q = static_cast<NumberQualifier>(payload);
      j = i + len;
    }
    Amount a = ReadAmount(j);
    if (a.end == 0) return 0;
    if (Blocked(j, a.end)) return 0;
    std::size_t end = a.end;
    std::int64_t value_max = a.value;
    // A range: "10-15", "10 to 15", "two or three", "between 10 and 15".
    if (end < n_ && !a.vague &&
        (t_.IsConnector(tok_[end].id) || (between && t_.IsBetweenAnd(tok_[end].id)))) {
      Amount b = ReadAmount(end + 1);
      const bool hyphen = tok_[end].id == t_.id_hyphen;
      if (b.end != 0 && !b.vague && b.value > a.value && (!hyphen || (a.digits && b.digits)) &&
          !Blocked(end + 1, b.end)) {
        value_max = b.value;
        end = b.end;
      }
    }
    if ((between || from) && value_max == a.value) i = j;  // no range: the opener is just a preposition
    m->start = tok_[i].start;
    m->end = tok_[end - 1].end;
    m->value = a.value;
    m->value_max = value_max;
    m->qualifier = a.vague ? NumberQualifier::kVague : q;
    return end;
  }

  // A bare amount: digits, number words or a vague amount.
  Amount ReadAmount(std::size_t j) const {
    Amount out;
    if (j >= n_ || in_date_[j]) return out;
    int vague_index = 0;
    std::size_t vague_len = t_.vague.Match(tok_, j, &vague_index);
    ParsedCardinal p = t_.numbers.Parse(text_, tok_, j);
    if (p.ordinal) return out;
    if (p.tokens > 0 && p.tokens >= vague_len) {
      for (std::size_t k = j; k < j + p.tokens; ++k) {
        if (in_date_[k]) return out;
      }
      if (p.digits && !DigitsAreACount(j)) return out;
      if (Compound(j + p.tokens)) return out;
      out.end = j + p.tokens;
      out.value = p.value;
      out.digits = p.digits;
      return out;
    }
    if (vague_len > 0) {
      out.end = j + vague_len;
      out.value = t_.vague_values[vague_index];
      out.vague = true;
    }
    return out;
  }

  bool InsideWord(std::size_t k) const {
    if (k == 0 || tok_[k].space_before) return false;
    if (tok_[k - 1].kind == ScanKind::kWord) return true;
    return tok_[k - 1].id == t_.id_hyphen && k >= 2 && !tok_[k - 1].space_before &&
           tok_[k - 2].kind == ScanKind::kWord;
  }

  // Shape checks of a numeral at k: not glued to letters on either side, no
  // leading zero, not a long undivided digit string.
  bool DigitsAreACount(std::size_t k) const {
    if (InsideWord(k)) return false;
    if (k + 1 < n_ && !tok_[k + 1].space_before && tok_[k + 1].kind == ScanKind::kWord) return false;  // 5th, 5km
    Numeral num;
    if (!ParseNumeral(text_.substr(tok_[k].start, tok_[k].end - tok_[k].start), &num)) return false;
    if (num.leading_zero) return false;
    if (!num.grouped && num.digits > kMaxUndividedDigits) return false;
    return true;
  }

  // A hyphen compound right after the number ("68-year-old", "two-day", "5,000-strong").
  bool Compound(std::size_t e) const {
    return e + 1 < n_ && tok_[e].id == t_.id_hyphen && !tok_[e].space_before && !tok_[e + 1].space_before &&
           tok_[e + 1].kind == ScanKind::kWord && t_.numbers.Lookup(tok_[e + 1].id).kind == NumberWordKind::kNone;
  }

  // Not-a-count contexts around the amount tokens [j, e).
  bool Blocked(std::size_t j, std::size_t e) const {
    int capital = 0;
    if (j > 0) {
      if (std::size_t len = t_.before.MatchEndingAt(tok_, j - 1, &capital)) {
        if (!capital || tok_[j - len].upper_initial) return true;
      }
    }
    if (t_.after.Match(tok_, e, &capital) > 0) return true;
    if (t_.starts.Match(tok_, j, &capital) > 0) return true;
    return false;
  }

  const NumberTables& t_;
  std::string_view text_;
  std::span<const ScanToken> tok_;
  std::size_t n_;
  std::span<const std::uint8_t> in_date_;  // per token: 1 inside a date mention
};

}  // namespace

NumberRecognizer::NumberRecognizer(std::unique_ptr<NumberTables> tables, std::unique_ptr<DateRecognizer> dates)
    : tables_(std::move(tables)), dates_(std::move(dates)), scan_vocab_(tables_->vocab) {}
NumberRecognizer::~NumberRecognizer() = default;

Result<std::unique_ptr<NumberRecognizer>> NumberRecognizer::Load() {
  auto tables = NumberTables::Load();
  if (!tables.ok()) return tables.status();
  auto dates = DateRecognizer::Load();
  if (!dates.ok()) return dates.status();
  return std::unique_ptr<NumberRecognizer>(
      new NumberRecognizer(std::move(tables).value(), std::move(dates).value()));
}

void NumberRecognizer::Annotate(Document& doc) const {
  std::vector<NumberMention> numbers;
  if (doc.dates.empty()) {
    std::vector<DateMention> dates;
    dates_->Find(doc, dates);
    Find(doc, dates, numbers);
  } else {
    Find(doc, doc.dates, numbers);
  }
  doc.numbers = std::move(numbers);
}

void NumberRecognizer::Find(const Document& doc, const std::vector<DateMention>& dates,
                            std::vector<NumberMention>& out) const {
  DocumentScan scan;
  scan.Scan(doc, scan_vocab_);
  FindInScan(doc, scan, dates, out);
}

void NumberRecognizer::Find(const Document& doc, const DocumentScan& scan, const std::vector<DateMention>& dates,
                            std::vector<NumberMention>& out) const {
  if (scan.Covers(doc, tables_->vocab)) {
    FindInScan(doc, scan, dates, out);
  } else {
    Find(doc, dates, out);
  }
}

void NumberRecognizer::FindInScan(const Document& doc, const DocumentScan& scan,
                                  const std::vector<DateMention>& dates, std::vector<NumberMention>& out) const {
  out.clear();
  // One byte per token, not std::vector<bool>: the reader tests it at every
  // token, and a byte load is cheaper than the bit arithmetic. This
  // thread's, kept between documents (dropped after a sentence of more than
  // kKeptMarks tokens), grown to the longest sentence and filled per sentence.
  thread_local std::vector<std::uint8_t> in_date;
  constexpr std::size_t kKeptMarks = 1 << 16;
  if (in_date.capacity() > kKeptMarks) std::vector<std::uint8_t>().swap(in_date);
  std::size_t d = 0;  // first date that may overlap the current sentence
  const std::size_t date_count = dates.size();  // (read once: size() divides by the mention's size)
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (sent.start >= sent.end || sent.end > doc.text.size()) continue;
    const std::span<const ScanToken> tokens = scan.Sentence(s);
    if (in_date.size() < tokens.size()) in_date.resize(tokens.size());
    while (d < date_count && dates[d].end <= sent.start) ++d;
    std::size_t dd = d;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      while (dd < date_count && dates[dd].end <= tokens[k].start) ++dd;
      in_date[k] = dd < date_count && dates[dd].start < tokens[k].end;
    }
    SentenceReader(*tables_, doc.text, tokens, std::span<const std::uint8_t>(in_date.data(), tokens.size()))
        .Run(static_cast<std::uint32_t>(s), out);
  }
}

}  // namespace sitrep::lexicon
