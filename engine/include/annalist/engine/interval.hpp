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
// open. "before" and "after" hold the named time itself ("before March 2014": 2014-03-01..31), so
// that JSON and describe() keep what the text said, and the bound says the event lies on that
// side of it.
//
// The engine reasons on possible_days() alone — overlap, precedence, timeline order, range
// queries, period comparison, duplicates: the days the event may lie on. For most bounds that is
// [start, end], everything the text allows:
//   "by the end of 2014"  DCT .. 2014-12-31, bound by      — no later than 2014-12-31
//   "since 2012"          2012-01-01 .. DCT, bound since   — began in 2012, ongoing at the DCT
//   "2014-2020"           2014-01-01 .. 2020-12-31, year   — spans both years
// "before" and "after" are open on the far side and exclude the named time: "before March 2014"
// may lie on any day up to 2014-02-28 (so it may overlap 2013 and January 2014, never March
// 2014), "after 2012" on any day from 2013-01-01 (never in 2012 or 2011). Nothing says how far
// the open side reaches, so it reaches the first or last day a timeline can hold.
// Two intervals overlap when they may share a day (the events may have been simultaneous); one
// precedes another when it ends before the other can start (certainly earlier). Timelines order
// events by the first possible day, then the last (see docs/engine.md): "before March 2014"
// comes before everything that may not have happened so early.
struct Interval {
  date::sys_days start;  // earliest day of the named time
  date::sys_days end;    // latest day of the named time (inclusive)
  Granularity granularity = Granularity::day;
  Bound bound = Bound::on;

  friend bool operator==(const Interval&, const Interval&) = default;
};

// The first and last day a timeline can hold (years 1..9999, as JSON dates): where the open side
// of "before" and "after" reaches.
inline constexpr date::sys_days earliest_day{date::year{1} / 1 / 1};
inline constexpr date::sys_days latest_day{date::year{9999} / 12 / 31};

// The inclusive days an event with this interval may lie on (first <= last).
struct PossibleDays {
  date::sys_days first;
  date::sys_days last;
};
constexpr PossibleDays possible_days(const Interval& i) {
  switch (i.bound) {
    case Bound::before:
      return {earliest_day, i.start == earliest_day ? i.start : i.start - date::days{1}};
    case Bound::after:
      return {i.end == latest_day ? i.end : i.end + date::days{1}, latest_day};
    default:
      return {i.start, i.end};
  }
}

// True when the intervals may share a day.
constexpr bool overlaps(const Interval& a, const Interval& b) {
  const PossibleDays x = possible_days(a), y = possible_days(b);
  return x.first <= y.last && y.first <= x.last;
}
// True when the interval may share a day with the inclusive range [from, to].
constexpr bool overlaps(const Interval& a, date::sys_days from, date::sys_days to) {
  const PossibleDays x = possible_days(a);
  return x.first <= to && from <= x.last;
}
// True when `a` certainly happened before `b`: it ended before `b` could start.
constexpr bool precedes(const Interval& a, const Interval& b) { return possible_days(a).last < possible_days(b).first; }
// The timeline order: by first possible day, then last (a day before the month that contains it).
constexpr bool timeline_less(const Interval& a, const Interval& b) {
  const PossibleDays x = possible_days(a), y = possible_days(b);
  return x.first != y.first ? x.first < y.first : x.last < y.last;
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
