// annalist/parser/tempeval.hpp — TempEval-3 Task A scoring of temporal expressions.
//
// The rules of the official TempEval-3 scorer, restated:
//   * spans are compared on the decoded TEXT with whitespace ignored (offsets count
//     non-whitespace bytes), so line-ending or spacing differences between files do not matter;
//   * gold and system timexes are paired one to one: first the pairs with the same span, then
//     the remaining ones that overlap (largest overlap first);
//   * strict P/R/F1 count same-span pairs, relaxed P/R/F1 all pairs, micro-averaged over documents;
//   * type and value accuracy are over relaxed pairs; type F1 = type accuracy x relaxed F1, value
//     F1 = value accuracy x relaxed F1 (the official ranking measure). Gold timexes without a value
//     (67 TIMEX2 tags in WikiWars) are left out of the value accuracy. Values compare as strings,
//     except that a decade may be spelled "199" or "199X" (the gold corpora use both).
//
//   annalist::TempevalCounts total;
//   total += annalist::score_document(gold_doc, system_doc);
//   double f1 = annalist::value_f1(total);
#pragma once

#include <annalist/parser/time_expression.hpp>
#include <annalist/parser/timeml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// Counts from which every score is computed; add documents up with +=.
// Invariant: strict <= relaxed <= min(gold, system); type_correct <= relaxed;
// value_correct <= value_scored <= relaxed.
struct TempevalCounts {
  std::size_t documents = 0;
  std::size_t gold = 0;           // gold timexes
  std::size_t system = 0;         // system timexes
  std::size_t strict = 0;         // pairs with exactly the same span
  std::size_t relaxed = 0;        // pairs with overlapping spans (strict ones included)
  std::size_t type_correct = 0;   // relaxed pairs with the same type
  std::size_t value_scored = 0;   // relaxed pairs whose gold timex has a value
  std::size_t value_correct = 0;  // ... and the system's value equals it

  TempevalCounts& operator+=(const TempevalCounts& other);
};

struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

PrecisionRecall strict_scores(const TempevalCounts& c);
PrecisionRecall relaxed_scores(const TempevalCounts& c);
double type_accuracy(const TempevalCounts& c);   // 0 when there is no relaxed pair
double value_accuracy(const TempevalCounts& c);  // 0 when no pair is scored
double type_f1(const TempevalCounts& c);         // type accuracy x relaxed F1
double value_f1(const TempevalCounts& c);        // value accuracy x relaxed F1

// One timex as a difference report shows it.
struct TimexMention {
  std::string text;
  std::string type;
  std::string value;
};

// Where system and gold disagree: a missed gold timex (no system), a spurious system timex (no
// gold), or a pair whose span, type or value differ.
struct TimexDifference {
  std::size_t line = 0;  // 1-based line of the timex in the gold TEXT
  std::optional<TimexMention> gold;
  std::optional<TimexMention> system;
  bool span_differs = false;
  bool type_differs = false;
  bool value_differs = false;
};

// Scores one system document against its gold version, appending the disagreements to
// `differences` when given. Throws InputError (naming the system file) when the two TEXTs differ
// in anything but whitespace: the spans could not be compared.
TempevalCounts score_document(const TimemlDocument& gold, const TimemlDocument& system,
                              std::vector<TimexDifference>* differences = nullptr);

// The same for expressions found directly in gold.text() (offsets into it), without writing TimeML.
TempevalCounts score_document(const TimemlDocument& gold, const std::vector<TimeExpression>& system,
                              std::vector<TimexDifference>* differences = nullptr);

}  // namespace annalist
