// annalist/viewer/time_axis.hpp — where a day lands on screen, and which ticks the axis shows.
//
// All zoom and pan arithmetic of the viewer lives here, as plain functions without ImGui, so it
// can be tested and reused by the minimap, the box zoom and the screenshot test alike.
//
// Time is a continuous number of days since 1970-01-01 (date::sys_days counts), as a double:
// day d covers [d, d + 1). An Interval [start, end] (inclusive days) therefore covers
// [start, end + 1) on the axis.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::viewer {

// A linear map between a span of days and a span of pixels.
// Invariants: first_day < last_day, x_left < x_right.
struct TimeAxis {
  double first_day = 0.0;  // the day at x_left
  double last_day = 1.0;   // the day at x_right
  float x_left = 0.0f;
  float x_right = 1.0f;

  float x_of(double day) const;   // pixel of a day (may lie outside [x_left, x_right])
  double day_at(float x) const;   // day under a pixel
  double days_per_pixel() const;  // > 0
  double visible_days() const { return last_day - first_day; }
};

// Bounds of what zooming may reach: from six hours (events with a clock time, "10:35") to a few
// millennia across the screen. Zoom, pan and fit also keep the view within the years -9999..9999.
inline constexpr double min_visible_days = 0.25;
inline constexpr double max_visible_days = 366.0 * 3000.0;

// The axis showing [first_day, last_day) padded by `margin` (fraction of the span on each side)
// over [x_left, x_right). An empty or inverted span is widened to min_visible_days around its
// first day.
TimeAxis fit_axis(double first_day, double last_day, float x_left, float x_right, double margin = 0.04);

// A label `width` pixels wide written after an event whose last day ends at `end_day` (the day
// after its last), `gap` pixels after that point.
struct LabelAfter {
  double end_day = 0.0;
  float width = 0.0f;
  float gap = 0.0f;
};

// fit_axis(first_day, last_day, x_left, x_right, margin) with its right end moved out just enough
// that each label of `labels` ending inside the fitted days ends by x_right: after a fit, the last
// events' labels are read whole, not cut at the edge. The left end stays. A label needing more
// than half the width is given no room (it would squeeze the rest of the view); it is elided.
TimeAxis fit_axis_with_labels(double first_day, double last_day, float x_left, float x_right, double margin,
                              std::span<const LabelAfter> labels);

// Zooms by `factor` (> 1 zooms in) keeping the day under pixel `x` where it is. The visible span
// is clamped to [min_visible_days, max_visible_days].
TimeAxis zoom_around(const TimeAxis& axis, float x, double factor);

// Moves the view so that content moves `dx` pixels to the right (a drag of dx).
TimeAxis pan_by_pixels(const TimeAxis& axis, double dx);

// The same days mapped onto other pixels (window resize keeps what is visible).
TimeAxis with_pixels(const TimeAxis& axis, float x_left, float x_right);

// Tick spacing on a calendar: every `count` units, aligned to multiples of `count`
// (years 2010, 2015, 2020; months Jan, Apr, Jul, Oct; weeks on Mondays; hours 00, 06, 12, 18).
enum class TickUnit { hour, day, week, month, year };
struct TickStep {
  TickUnit unit = TickUnit::year;
  int count = 1;
  double approx_days() const;  // nominal length, for choosing a step
  friend bool operator==(const TickStep&, const TickStep&) = default;
};

struct Tick {
  double day = 0.0;   // where the tick is (start of its calendar unit)
  std::string label;  // "2014", "Q3", "Mar", "5 Feb", "06:00"; context (year, day) added where it changes
};

// The ticks of an axis: labelled major ticks, unlabelled minor ones between them.
struct AxisTicks {
  TickStep major;
  std::vector<Tick> ticks;    // within [first_day, last_day], ascending
  std::vector<double> minor;  // within [first_day, last_day], ascending; may be empty
};

// The finest calendar step (hours, days, weeks, months, quarters, years, decades, centuries, ...) whose
// ticks are at least `min_label_spacing` pixels apart, and its ticks. The first visible tick and
// every tick where the year changes carry the year, so a zoomed-in axis stays readable.
AxisTicks choose_ticks(const TimeAxis& axis, float min_label_spacing = 90.0f);

// The time of day a TIMEX3 value gives, as a fraction of the day: "1998-08-07T10:35" is 10:35,
// 0.441; seconds count, a zone suffix is ignored. nullopt without a clock time ("2014-02-05",
// "2000-01-07TNI" — night, morning and the like are no time to put a mark at) or an impossible one.
std::optional<double> clock_of_value(std::string_view value);

// "2014-02-05" for a day number (floor of `day`).
std::string format_day(double day);

// A span of days [first, last) on the axis.
struct DayRange {
  double first = 0.0;
  double last = 0.0;
};

// The span a first view shows of events covering days [starts[i], ends[i]] (inclusive; both
// vectors the same size): all of them, [min start, max end + 1), unless a few far outliers would
// squeeze the rest (an "1800" in a collection of 1990s news). Then the events whose starts lie
// within the `tail` quantiles at both ends, when their span is under a quarter of the whole.
// nullopt when there are no events.
std::optional<DayRange> dense_day_range(const std::vector<std::int32_t>& starts, const std::vector<std::int32_t>& ends,
                                        double tail = 0.02);

// The days a date or range argument covers, whole at both ends: "2014" is [2014-01-01,
// 2015-01-01), "2014-02" is February, "2012..2020" is [2012-01-01, 2021-01-01). The date syntax
// is the engine's (annalist::parse_date_range, annalist::parse_period); nullopt when malformed
// or when the range ends before it starts.
std::optional<DayRange> parse_day_range(std::string_view text);

}  // namespace annalist::viewer
