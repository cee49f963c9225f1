// Helpers for the temporal-expression tests: tag a text against a DCT and look up expressions.
#pragma once

#include <annalist/parser/time_expression.hpp>

#include <date/date.h>

#include <charconv>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::test {

// `dct` is "YYYY-MM-DD". (Read by hand: date::parse inlined here trips GCC 12's
// -Wmaybe-uninitialized inside date.h.)
inline ParseContext context_at(std::string_view dct) {
  const auto field = [dct](std::size_t at, std::size_t width) {
    unsigned value = 0;
    std::from_chars(dct.data() + at, dct.data() + at + width, value);
    return value;
  };
  ParseContext context;
  context.dct =
      date::local_days{date::year{static_cast<int>(field(0, 4))} / date::month{field(5, 2)} / date::day{field(8, 2)}};
  return context;
}

inline std::vector<TimeExpression> tag(std::string_view text, std::string_view dct = "2014-02-05") {
  return find_time_expressions(text, context_at(dct));
}

// The expression whose text is exactly `phrase`, if the tagger found one.
inline std::optional<TimeExpression> expression(const std::vector<TimeExpression>& found, std::string_view phrase) {
  for (const auto& t : found)
    if (t.text == phrase) return t;
  return std::nullopt;
}

// True when no expression overlaps the first occurrence of `phrase` in `text`.
inline bool untagged(std::string_view text, const std::vector<TimeExpression>& found, std::string_view phrase) {
  const std::size_t at = text.find(phrase);
  if (at == std::string_view::npos) return false;
  for (const auto& t : found)
    if (t.begin < at + phrase.size() && at < t.end) return false;
  return true;
}

}  // namespace annalist::test
