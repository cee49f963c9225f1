// annalist/engine/compare.hpp — how periods of a timeline, or two timelines, differ.
//
// A comparison has columns: one per period (compare_periods) or one per timeline over one period
// (compare_timelines). An event belongs to a column when its interval overlaps the period.
// Duplicates (Event::duplicate_of set) are not counted: each happening counts once. Actors are
// compared as actors (actors.hpp): a row per actor under its display name, an event counted once
// per actor; two timelines have their names grouped together, so a name is one actor on both sides.
#pragma once

#include <annalist/engine/timeline.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// One compared value (a type, an actor, a status, a year) with its count in each column.
struct ComparisonRow {
  std::string key;
  std::vector<std::size_t> counts;  // one per column
  friend bool operator==(const ComparisonRow&, const ComparisonRow&) = default;
};

// What is in one column and in no other.
struct OnlyIn {
  // Indices into events() of the column's timeline, in timeline order. Indices rather than ids:
  // a comparison of millions of events then touches no event it does not count (event_ids()).
  std::vector<std::size_t> events;
  std::vector<std::string> types;   // sorted
  std::vector<std::string> actors;  // sorted
  friend bool operator==(const OnlyIn&, const OnlyIn&) = default;
};

enum class DensityUnit { year, month };

// How the second report of a happening dates it, against the first.
enum class TimeChange {
  same,          // the same interval
  more_precise,  // inside the first's ("2023-10" then "2023-10-30")
  less_precise,  // around the first's
  moved,         // overlapping it, neither inside the other (a revised date)
};
std::string_view to_string(TimeChange change);

// A happening both compared timelines report (compare_timelines): an event of the first and the
// event of the second that is its duplicate (is_duplicate, ignoring documents), and what differs.
struct ReportedByBoth {
  std::size_t first = 0;   // index into the first timeline's events()
  std::size_t second = 0;  // index into the second timeline's events()
  TimeChange time = TimeChange::same;
  bool status_changed = false;  // "planned" then "occurred": a plan that happened, or was dropped
  bool changed() const { return time != TimeChange::same || status_changed; }
  friend bool operator==(const ReportedByBoth&, const ReportedByBoth&) = default;
};

struct PeriodComparison {
  struct Column {
    std::string label;  // the period's name, or "A.json" when timelines are compared
    Period period;
    std::size_t source = 0;  // the timeline counted: 0, or 1 for the second of compare_timelines
    std::size_t events = 0;  // distinct events overlapping the period
    OnlyIn only;
  };
  std::vector<Column> columns;
  // Rows sorted by total count (descending), then key; every row has one count per column.
  std::vector<ComparisonRow> types, actors;
  std::vector<ComparisonRow> statuses;  // always three rows: occurred, ongoing, planned
  // Events per year (or month, when no period is longer than 24 months), counted at the first day
  // of the event inside the column's period, so each column's density sums to its event count.
  // Rows are consecutive years/months ("2014" / "2014-03") covering all periods.
  DensityUnit density_unit = DensityUnit::year;
  std::vector<ComparisonRow> density;
  // compare_timelines only: each event of the first timeline (in the period, in timeline order)
  // that the second also reports, with its counterpart — the one dated alike if any, else the
  // first in timeline order. Empty for compare_periods.
  std::vector<ReportedByBoth> both;
  std::string summary;  // a few sentences in English, for people
};

// Compares two or more periods of one timeline. Throws std::invalid_argument for fewer than two.
PeriodComparison compare_periods(const Timeline& timeline, const std::vector<Period>& periods);
inline PeriodComparison compare_periods(const Timeline& timeline, const Period& a, const Period& b) {
  return compare_periods(timeline, std::vector<Period>{a, b});
}

// Compares two timelines (e.g. two documents' extracts) over the same period. An event of one is
// "only in" it when no event of the other is its duplicate (is_duplicate, ignoring documents).
PeriodComparison compare_timelines(const Timeline& a, const std::string& label_a, const Timeline& b,
                                   const std::string& label_b, const Period& period);

// The ids of the events `only` lists; `timeline` is the column's timeline.
std::vector<std::string> event_ids(const OnlyIn& only, const Timeline& timeline);

// The comparison as JSON: {"columns":[...], "types":[...], ..., "summary":"..."}, with "both" (pairs
// of event ids and what changed) before "summary" when two timelines are compared; pretty, trailing
// newline, keys in a fixed order. `timelines` are the compared timeline(s), as passed to
// compare_periods (one) or compare_timelines (two), to name the events by id.
std::string to_json(const PeriodComparison& comparison, const std::vector<const Timeline*>& timelines);

}  // namespace annalist
