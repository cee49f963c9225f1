// annalist/engine/interval.hpp — when an event happened, as an uncertain interval.
//
// A text rarely says exactly when something happened: "in December 2012" is a month,
// "by the end of 2014" is any time up to 2014-12-31, "since 2012" started some time in 2012 and
// still goes on. An Interval keeps the outer bounds of what the text allows, plus how precise the
// text was (Granularity) and how the bounds are to be read (Bound).
#pragma once

#include <date/date.h>

#include <optional>
#include <string_view>

namespace annalist {

// How precise the time expression was. Ordered from finest to coarsest.
enum class Granularity { day, week, month, quarter, season, half, year, decade, century };

// How the interval's bounds are to be read.
//   on      the event lies within [start, end]                  "in December 2012"
//   before  the event ends before start of the named time       "before March"
//   after   the event starts after the named time               "post-2014"
//   by      the event happens no later than end                 "by the end of 2014"
//   since   the event started within the named time, goes on    "since 2012"
//   until   the event goes on up to end                         "until 2015"
//   approx  roughly the named time                              "around 2010"
enum class Bound { on, before, after, by, since, until, approx };

// Invariant: start <= end. Both are inclusive days. Open ends ("since 2012", "after 2014") are
// closed at the document's creation time or at a horizon chosen by the producer; `bound` keeps the
// fact that the end was open.
struct Interval {
  date::sys_days start;  // earliest day the event may start
  date::sys_days end;    // latest day the event may end (inclusive)
  Granularity granularity = Granularity::day;
  Bound bound = Bound::on;

  friend bool operator==(const Interval&, const Interval&) = default;
};

// Names used in JSON and on the command line ("day", "month", ..., "on", "by", ...).
std::string_view to_string(Granularity g);
std::string_view to_string(Bound b);
std::optional<Granularity> granularity_from_string(std::string_view s);
std::optional<Bound> bound_from_string(std::string_view s);

}  // namespace annalist
