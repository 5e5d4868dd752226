// Scoring an extracted article body against a human-extracted one, by the
// method of the public article-extraction benchmark: split both texts into
// word tokens (\w+ in the Unicode sense), count 4-word shingles as multisets,
// and take per page the true positives, false positives and false negatives
// normalised by their sum. Over many pages the normalised counts are averaged
// and precision, recall and F1 computed from the averages.
#ifndef SITREP_EVAL_BODY_SCORE_H_
#define SITREP_EVAL_BODY_SCORE_H_

#include <string_view>
#include <vector>

namespace sitrep::eval {

struct ShingleCounts {
  double tp = 0, fp = 0, fn = 0;  // normalised: tp + fp + fn == 1 (or all 0 when both are empty)
};

ShingleCounts ScoreBody(std::string_view gold, std::string_view predicted, int shingle_words = 4);

struct BodyScore {
  double precision = 0, recall = 0, f1 = 0;
  std::size_t pages = 0;
};

BodyScore Aggregate(const std::vector<ShingleCounts>& pages);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_BODY_SCORE_H_
