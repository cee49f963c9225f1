#include <annalist/engine/file_io.hpp>
#include <annalist/parser/tempeval.hpp>

#include <algorithm>

namespace annalist {

TempevalCounts& TempevalCounts::operator+=(const TempevalCounts& other) {
  documents += other.documents;
  gold += other.gold;
  system += other.system;
  strict += other.strict;
  relaxed += other.relaxed;
  type_correct += other.type_correct;
  value_scored += other.value_scored;
  value_correct += other.value_correct;
  return *this;
}

namespace {

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

PrecisionRecall scores(std::size_t matches, const TempevalCounts& c) {
  PrecisionRecall s;
  s.precision = ratio(matches, c.system);
  s.recall = ratio(matches, c.gold);
  s.f1 = s.precision + s.recall == 0 ? 0.0 : 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

// A decade is spelled both "199" and "199X" (TBAQ has both): compare them as one value.
std::string_view without_decade_x(std::string_view value) {
  const auto digits = value.substr(value.starts_with("BC") ? 2 : 0);
  if (digits.size() == 4 && digits[3] == 'X' &&
      std::all_of(digits.begin(), digits.begin() + 3, [](char c) { return c >= '0' && c <= '9'; }))
    value.remove_suffix(1);
  return value;
}

bool same_value(std::string_view a, std::string_view b) { return without_decade_x(a) == without_decade_x(b); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A text seen without its whitespace: offsets count non-whitespace bytes.
class SquashedText {
 public:
  explicit SquashedText(std::string_view text) : text_(text), before_(text.size() + 1) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      before_[i] = count;
      if (!is_space(text[i])) ++count;
    }
    before_[text.size()] = count;
  }
  // Non-whitespace bytes before byte `offset` (clamped to the text).
  std::size_t operator[](std::size_t offset) const { return before_[std::min(offset, text_.size())]; }
  std::string_view text() const { return text_; }

  // Byte offset of the first difference between the two texts' non-whitespace bytes (in `a`), or
  // nullopt when they are equal.
  static std::optional<std::size_t> first_difference(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (true) {
      while (i < a.size() && is_space(a[i])) ++i;
      while (j < b.size() && is_space(b[j])) ++j;
      if (i == a.size() || j == b.size()) return i == a.size() && j == b.size() ? std::nullopt : std::optional(i);
      if (a[i] != b[j]) return i;
      ++i;
      ++j;
    }
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> before_;
};

struct Span {
  std::size_t begin = 0;  // squashed offsets
  std::size_t end = 0;
  std::size_t raw_begin = 0;  // byte offsets into the document text
  std::size_t raw_end = 0;
  std::string_view type;
  std::string_view value;
  bool paired = false;
};

Span span_of(const SquashedText& text, std::size_t begin, std::size_t end, std::string_view type,
             std::string_view value) {
  return Span{text[begin], text[end], begin, end, type, value, false};
}

TimexMention mention(const SquashedText& text, const Span& s) {
  return TimexMention{std::string(text.text().substr(s.raw_begin, s.raw_end - s.raw_begin)), std::string(s.type),
                      std::string(s.value)};
}

std::size_t line_of(std::string_view text, std::size_t offset) {
  return static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) +
         1;
}

TempevalCounts score_spans(const SquashedText& gold_text, std::vector<Span> gold, const SquashedText& system_text,
                           std::vector<Span> system, std::vector<TimexDifference>* differences) {
  const auto empty = [](const Span& s) { return s.begin >= s.end; };  // whitespace only: not a markable
  gold.erase(std::remove_if(gold.begin(), gold.end(), empty), gold.end());
  system.erase(std::remove_if(system.begin(), system.end(), empty), system.end());

  TempevalCounts c;
  c.documents = 1;
  c.gold = gold.size();
  c.system = system.size();
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (gold index, system index)
  // Same-span pairs first, so that an overlapping neighbour cannot take a strict match away.
  for (std::size_t g = 0; g < gold.size(); ++g) {
    for (std::size_t s = 0; s < system.size(); ++s) {
      if (!system[s].paired && system[s].begin == gold[g].begin && system[s].end == gold[g].end) {
        gold[g].paired = system[s].paired = true;
        pairs.emplace_back(g, s);
        break;
      }
    }
  }
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (gold[g].paired) continue;
    std::optional<std::size_t> best;
    std::size_t best_overlap = 0;
    for (std::size_t s = 0; s < system.size(); ++s) {
      if (system[s].paired) continue;
      const auto lo = std::max(gold[g].begin, system[s].begin);
      const auto hi = std::min(gold[g].end, system[s].end);
      if (hi > lo && hi - lo > best_overlap) {
        best = s;
        best_overlap = hi - lo;
      }
    }
    if (best) {
      gold[g].paired = system[*best].paired = true;
      pairs.emplace_back(g, *best);
    }
  }
  std::sort(pairs.begin(), pairs.end());

  for (const auto& [g, s] : pairs) {
    const auto& a = gold[g];
    const auto& b = system[s];
    const bool same_span = a.begin == b.begin && a.end == b.end;
    const bool same_type = a.type == b.type;
    const bool value_scored = !a.value.empty();
    const bool value_matches = same_value(a.value, b.value);
    ++c.relaxed;
    c.strict += same_span;
    c.type_correct += same_type;
    c.value_scored += value_scored;
    c.value_correct += value_scored && value_matches;
    if (differences && (!same_span || !same_type || (value_scored && !value_matches))) {
      TimexDifference d;
      d.line = line_of(gold_text.text(), a.raw_begin);
      d.gold = mention(gold_text, a);
      d.system = mention(system_text, b);
      d.span_differs = !same_span;
      d.type_differs = !same_type;
      d.value_differs = value_scored && !value_matches;
      differences->push_back(std::move(d));
    }
  }
  if (differences) {
    for (const auto& a : gold)
      if (!a.paired)
        differences->push_back(TimexDifference{line_of(gold_text.text(), a.raw_begin), mention(gold_text, a),
                                               std::nullopt, false, false, false});
    for (const auto& b : system)
      if (!b.paired)
        differences->push_back(TimexDifference{line_of(system_text.text(), b.raw_begin), std::nullopt,
                                               mention(system_text, b), false, false, false});
  }
  return c;
}

std::vector<Span> spans_of(const SquashedText& text, const std::vector<AnnotatedTimex>& timexes) {
  std::vector<Span> spans;
  for (const auto& t : timexes) spans.push_back(span_of(text, t.begin, t.end, t.type, t.value));
  return spans;
}

}  // namespace

PrecisionRecall strict_scores(const TempevalCounts& c) { return scores(c.strict, c); }
PrecisionRecall relaxed_scores(const TempevalCounts& c) { return scores(c.relaxed, c); }
double type_accuracy(const TempevalCounts& c) { return ratio(c.type_correct, c.relaxed); }
double value_accuracy(const TempevalCounts& c) { return ratio(c.value_correct, c.value_scored); }
double type_f1(const TempevalCounts& c) { return type_accuracy(c) * relaxed_scores(c).f1; }
double value_f1(const TempevalCounts& c) { return value_accuracy(c) * relaxed_scores(c).f1; }

TempevalCounts score_document(const TimemlDocument& gold, const TimemlDocument& system,
                              std::vector<TimexDifference>* differences) {
  if (const auto at = SquashedText::first_difference(system.text(), gold.text())) {
    const auto pos = position_of(system.text(), *at);
    throw InputError(system.path(), 0, 0,
                     "its TEXT differs from the gold document " + gold.path() + " at TEXT line " +
                         std::to_string(pos.line) + ", column " + std::to_string(pos.column) +
                         " (spans cannot be compared)");
  }
  const SquashedText gold_text(gold.text());
  const SquashedText system_text(system.text());
  return score_spans(gold_text, spans_of(gold_text, gold.timexes()), system_text,
                     spans_of(system_text, system.timexes()), differences);
}

TempevalCounts score_document(const TimemlDocument& gold, const std::vector<TimeExpression>& system,
                              std::vector<TimexDifference>* differences) {
  const SquashedText text(gold.text());
  std::vector<Span> spans;
  for (const auto& e : system) spans.push_back(span_of(text, e.begin, e.end, to_string(e.type), e.value));
  return score_spans(text, spans_of(text, gold.timexes()), text, std::move(spans), differences);
}

}  // namespace annalist
