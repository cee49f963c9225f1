// annalist/parser/time_expression.hpp — temporal expressions found in text, as TIMEX3.
#pragma once

#include <date/date.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

enum class TimexType { date, time, duration, set };
std::string_view to_string(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

// One temporal expression. Offsets are bytes into the UTF-8 input, end exclusive;
// text == input.substr(begin, end - begin).
struct TimeExpression {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
  TimexType type = TimexType::date;
  std::string value;  // TIMEX3 value: "2014-01-29", "2014-W05", "P3Y", "PRESENT_REF", ...
  std::string mod;    // TIMEX3 mod ("BEFORE", "START", ...) or empty
  // For ranges ("2014-2020", "from May to July"): both ends; value is the begin.
  std::optional<std::string> range_begin;
  std::optional<std::string> range_end;
  friend bool operator==(const TimeExpression&, const TimeExpression&) = default;
};

// How to read numeric dates such as 05/02/2014 when the fields allow both orders.
enum class DateOrder { automatic, month_first, day_first };

struct ParseContext {
  // Document creation time: relative expressions ("last month") resolve against it.
  date::local_seconds dct = date::local_days{date::year{2000} / 1 / 1};
  DateOrder date_order = DateOrder::automatic;
  // Narrative text (history): resolve relative expressions against the last mentioned date
  // rather than the DCT.
  bool track_reference_time = true;
};

// Every temporal expression in `text`, in order of position, non-overlapping.
std::vector<TimeExpression> find_time_expressions(std::string_view text, const ParseContext& context);

}  // namespace annalist
