// annalist/engine/interval.hpp — when an event happened, as an uncertain interval.
//
// A text rarely says exactly when something happened: "in December 2012" is a month,
// "by the end of 2014" is any time up to 2014-12-31, "since 2012" started some time in 2012 and
// still goes on. An Interval keeps the outer bounds of what the text allows, plus how precise the
// text was (Granularity) and how the bounds are to be read (Bound).
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
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

// Invariant: start <= end. Both are inclusive days. Open ends ("since 2012", "until 2015") are
// closed at the document's creation time by the producer; `bound` keeps the fact that the end was
// open. "before" and "after" hold the named time itself ("before March": March 1-31), and the
// bound says the event lies on that side of it.
//
// [start, end] is everything the text allows, so the engine reasons on it alone:
//   "by the end of 2014"  DCT .. 2014-12-31, bound by      — no later than 2014-12-31
//   "since 2012"          2012-01-01 .. DCT, bound since   — began in 2012, ongoing at the DCT
//   "2014-2020"           2014-01-01 .. 2020-12-31, year   — spans both years
// Two intervals overlap when they share a day (the events may have been simultaneous); one
// precedes another when it ends before the other starts (certainly earlier). Timelines order
// events by start, then end (see docs/engine.md).
struct Interval {
  date::sys_days start;  // earliest day the event may start
  date::sys_days end;    // latest day the event may end (inclusive)
  Granularity granularity = Granularity::day;
  Bound bound = Bound::on;

  friend bool operator==(const Interval&, const Interval&) = default;
};

// True when the intervals share at least one day.
constexpr bool overlaps(const Interval& a, const Interval& b) { return a.start <= b.end && b.start <= a.end; }
// True when [start, end] shares at least one day with the inclusive range [from, to].
constexpr bool overlaps(const Interval& a, date::sys_days from, date::sys_days to) {
  return a.start <= to && from <= a.end;
}
// True when `a` certainly happened before `b`: it ended before `b` could start.
constexpr bool precedes(const Interval& a, const Interval& b) { return a.end < b.start; }
// The timeline order: by start, then by end (a day before the month that contains it).
constexpr bool timeline_less(const Interval& a, const Interval& b) {
  return a.start != b.start ? a.start < b.start : a.end < b.end;
}

// The interval as people read it, to its granularity: "2014-01-29", "2014-W05", "2014-01", "2014-Q1", "2014",
// "2010s", "2014..2020", "by 2014-12", "since 2012", "~2010". Used in tables and tooltips.
std::string describe(const Interval& interval);

// Names used in JSON and on the command line ("day", "month", ..., "on", "by", ...).
std::string_view to_string(Granularity g);
std::string_view to_string(Bound b);
std::optional<Granularity> granularity_from_string(std::string_view s);
std::optional<Bound> bound_from_string(std::string_view s);

}  // namespace annalist
