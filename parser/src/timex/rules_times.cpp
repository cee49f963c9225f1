// Rule family: clock times.
//   "3 p.m.", "10:35 a.m.", "14:30 GMT", "noon", "midnight", "5 o'clock",
//   "10 a.m. EST Tuesday", "noon Saturday", "Friday at 3 p.m.", "yesterday at noon".
// Time zones are recognised so that they stay inside the expression; the value is the wall-clock
// time as written (TIMEX3 does not convert zones).
#include "grammar.hpp"

namespace annalist::timex {
namespace {

using F = CalendarFields;

const family_parser calendar_sub{parse_calendar};
const family_parser relative_sub{parse_relative};

const symbols<int> zone({{"gmt", 0},
                         {"utc", 0},
                         {"est", 0},
                         {"edt", 0},
                         {"cst", 0},
                         {"cdt", 0},
                         {"mst", 0},
                         {"mdt", 0},
                         {"pst", 0},
                         {"pdt", 0},
                         {"bst", 0},
                         {"cet", 0},
                         {"cest", 0},
                         {"msk", 0}},
                        "time zone");

const auto minutes = (x3::lit(':') | x3::lit('.')) >> number<0, 59, 2, 2>[to_point<&F::minute>];
const auto am = (x3::no_case[x3::lit("a.m.") | x3::lit("a.m") | x3::lit("am")] >> word_end)[act([](Meaning& m) {
  if (m.point.hour == 12) m.point.hour = 0;
})];
const auto pm = (x3::no_case[x3::lit("p.m.") | x3::lit("p.m") | x3::lit("pm")] >> word_end)[act([](Meaning& m) {
  if (m.point.hour < 12) m.point.hour += 12;
})];
const auto twelve_hour = number<1, 12, 1, 2>[to_point<&F::hour>] >> -minutes >> -ws >> (am | pm);
const auto twenty_four_hour = number<0, 23, 2, 2>[to_point<&F::hour>] >>
                              x3::lit(':') >> number<0, 59, 2, 2>[to_point<&F::minute>] >> word_end;
const auto oclock =
    number<1, 12, 1, 2>[to_point<&F::hour>] >> ws >> x3::no_case[x3::lit("o'clock") | x3::lit("o\xE2\x80\x99"
                                                                                              "clock")];
const auto named_time = word("noon")[act([](Meaning& m) { m.point.hour = 12; })] |
                        word("midday")[act([](Meaning& m) { m.point.hour = 12; })] |
                        word("midnight")[act([](Meaning& m) { m.point.hour = 0; })];
const auto clock = (twelve_hour | twenty_four_hour | oclock | named_time) >> -(ws >> x3::no_case[zone] >> word_end);

// The day a clock time is on, written after it ("noon Saturday") or before it ("Friday at 3 p.m.").
bool names_a_day(const Meaning& day) {
  if (day.has_range_end || day.point.hour != unset) return false;
  if (day.kind == Kind::relative) return day.unit == Unit::day;
  return day.kind == Kind::calendar && (day.point.day != unset || day.point.weekday != unset);
}
// The clock fields already parsed are added to the day's meaning.
const auto clock_then_day = [](auto& ctx) {
  Meaning& m = said(ctx);
  Meaning day = x3::_attr(ctx);
  if (!names_a_day(day)) {
    x3::_pass(ctx) = false;
    return;
  }
  day.point.hour = m.point.hour;
  day.point.minute = m.point.minute;
  day.point.part_of_day = unset;
  day.bare_year = day.needs_evidence = false;
  m = day;
};
// The day becomes the expression; the clock rules then add their fields.
const auto day_then_clock = [](auto& ctx) {
  Meaning day = x3::_attr(ctx);
  if (!names_a_day(day)) {
    x3::_pass(ctx) = false;
    return;
  }
  day.point.part_of_day = unset;
  day.bare_year = day.needs_evidence = false;
  said(ctx) = day;
};
const auto time_then_day = clock >> -(ws >> -(word("on") >> ws) >>
                                      (calendar_sub[clock_then_day] | relative_sub[clock_then_day]));
const auto day_then_time = (calendar_sub[day_then_clock] | relative_sub[day_then_clock]) >> ws >> word("at") >> ws
                           >> clock;

const auto time_expression = (fresh >> day_then_time) | (fresh >> time_then_day);

}  // namespace

const char* parse_times(const Span& span, Meaning& meaning) { return run(time_expression, span, meaning); }

}  // namespace annalist::timex
