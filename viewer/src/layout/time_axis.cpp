// Zoom/pan arithmetic and calendar ticks for the viewer's time axis.
#include <annalist/viewer/time_axis.hpp>

#include <annalist/engine/timeline.hpp>

#include <date/date.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace annalist::viewer {

namespace {

constexpr double days_per_year = 365.2425;
constexpr std::array<const char*, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

date::year_month_day ymd_of(double day) {
  return date::year_month_day{date::sys_days{date::days{static_cast<int>(std::floor(day))}}};
}

double day_of(date::year_month_day ymd) { return date::sys_days{ymd}.time_since_epoch().count(); }

// Months since year 0 (January of year 0 is 0), floor-divisible for alignment.
long month_index(date::year_month_day ymd) {
  return static_cast<long>(int(ymd.year())) * 12 + static_cast<long>(unsigned(ymd.month())) - 1;
}

double day_of_month_index(long index) {
  const long year = index >= 0 ? index / 12 : -((-index + 11) / 12);
  const long month = index - year * 12;
  return day_of(date::year{static_cast<int>(year)} / date::month{static_cast<unsigned>(month + 1)} / 1);
}

long floor_to_multiple(long value, long step) {
  const long q = value >= 0 ? value / step : -((-value + step - 1) / step);
  return q * step;
}

// The ladder of steps, finest first. Quarters are 3 months, decades 10 years.
constexpr std::array<TickStep, 20> ladder{{
    {TickUnit::hour, 1},  {TickUnit::hour, 3},  {TickUnit::hour, 6},   {TickUnit::hour, 12},  {TickUnit::day, 1},
    {TickUnit::day, 2},   {TickUnit::week, 1},  {TickUnit::week, 2},   {TickUnit::month, 1},  {TickUnit::month, 3},
    {TickUnit::month, 6}, {TickUnit::year, 1},  {TickUnit::year, 2},   {TickUnit::year, 5},   {TickUnit::year, 10},
    {TickUnit::year, 20}, {TickUnit::year, 50}, {TickUnit::year, 100}, {TickUnit::year, 500}, {TickUnit::year, 1000},
}};

// Calls f(day) for every tick of `step` in [first, last].
template <class F>
void for_each_tick(const TickStep& step, double first, double last, F&& f) {
  switch (step.unit) {
    case TickUnit::hour: {
      for (long h = floor_to_multiple(static_cast<long>(std::floor(first * 24.0)), step.count); h <= last * 24.0;
           h += step.count)
        if (static_cast<double>(h) >= first * 24.0) f(static_cast<double>(h) / 24.0);
      break;
    }
    case TickUnit::day: {
      for (long d = floor_to_multiple(static_cast<long>(std::floor(first)), step.count); d <= last; d += step.count)
        if (d >= first) f(static_cast<double>(d));
      break;
    }
    case TickUnit::week: {
      // 1970-01-05 was a Monday: weeks start on Mondays, every `count` weeks counted from there.
      const long period = 7L * step.count;
      for (long d = floor_to_multiple(static_cast<long>(std::floor(first)) - 4, period) + 4; d <= last; d += period)
        if (d >= first) f(static_cast<double>(d));
      break;
    }
    case TickUnit::month: {
      for (long m = floor_to_multiple(month_index(ymd_of(first)), step.count);; m += step.count) {
        const double d = day_of_month_index(m);
        if (d > last) break;
        if (d >= first) f(d);
      }
      break;
    }
    case TickUnit::year: {
      const int y0 = static_cast<int>(floor_to_multiple(int(ymd_of(first).year()), step.count));
      for (long y = y0;; y += step.count) {
        if (y > 32000) break;
        const double d = day_of(date::year{static_cast<int>(y)} / 1 / 1);
        if (d > last) break;
        if (d >= first) f(d);
      }
      break;
    }
  }
}

std::string label_of(const TickStep& step, double day, bool with_context) {
  const auto ymd = ymd_of(day);
  const int y = int(ymd.year());
  const unsigned m = unsigned(ymd.month());
  const unsigned d = unsigned(ymd.day());
  char buf[48];
  switch (step.unit) {
    case TickUnit::hour: {
      // Midnight carries the day (and the year, first or on 1 January); the first tick the day.
      const long hour = std::lround((day - std::floor(day)) * 24.0) % 24;
      if (hour == 0 && (with_context || (m == 1 && d == 1)))
        std::snprintf(buf, sizeof buf, "%u %s %d", d, month_names[m - 1], y);
      else if (hour == 0)
        std::snprintf(buf, sizeof buf, "%u %s", d, month_names[m - 1]);
      else if (with_context)
        std::snprintf(buf, sizeof buf, "%u %s %02ld:00", d, month_names[m - 1], hour);
      else
        std::snprintf(buf, sizeof buf, "%02ld:00", hour);
      break;
    }
    case TickUnit::day:
    case TickUnit::week:
      if (with_context || (m == 1 && d <= 7 * unsigned(step.unit == TickUnit::week ? step.count : 1)))
        std::snprintf(buf, sizeof buf, "%u %s %d", d, month_names[m - 1], y);
      else
        std::snprintf(buf, sizeof buf, "%u %s", d, month_names[m - 1]);
      break;
    case TickUnit::month:
      if (step.count == 1) {
        if (with_context || m == 1)
          std::snprintf(buf, sizeof buf, "%s %d", month_names[m - 1], y);
        else
          std::snprintf(buf, sizeof buf, "%s", month_names[m - 1]);
      } else if (step.count == 3) {
        if (with_context || m == 1)
          std::snprintf(buf, sizeof buf, "Q%u %d", (m - 1) / 3 + 1, y);
        else
          std::snprintf(buf, sizeof buf, "Q%u", (m - 1) / 3 + 1);
      } else {
        if (with_context || m == 1)
          std::snprintf(buf, sizeof buf, "%s %d", month_names[m - 1], y);
        else
          std::snprintf(buf, sizeof buf, "%s", month_names[m - 1]);
      }
      break;
    case TickUnit::year:
      std::snprintf(buf, sizeof buf, "%d", y);
      break;
  }
  return buf;
}

// The step just below `major` used for unlabelled minor ticks, when that makes sense.
std::optional<TickStep> minor_step_of(const TickStep& major) {
  switch (major.unit) {
    case TickUnit::hour:
      return major.count > 1 ? std::optional<TickStep>{{TickUnit::hour, 1}} : std::nullopt;
    case TickUnit::day:
      return major.count > 1 ? TickStep{TickUnit::day, 1} : TickStep{TickUnit::hour, 6};
    case TickUnit::week:
      return TickStep{TickUnit::day, 1};
    case TickUnit::month:
      return major.count == 1 ? TickStep{TickUnit::week, 1} : TickStep{TickUnit::month, 1};
    case TickUnit::year:
      if (major.count == 1) return TickStep{TickUnit::month, 3};
      if (major.count <= 10) return TickStep{TickUnit::year, 1};
      if (major.count <= 100) return TickStep{TickUnit::year, 10};
      return TickStep{TickUnit::year, 100};
  }
  return std::nullopt;
}

// Keeps the view inside the years the calendar code handles (-9999..9999), sliding it back
// rather than squeezing it: a view is never wider than max_visible_days, far less than that.
TimeAxis inside_calendar(TimeAxis axis) {
  static const double earliest = day_of(date::year{-9999} / 1 / 1);
  static const double latest = day_of(date::year{9999} / 12 / 31);
  if (axis.first_day < earliest) {
    axis.last_day += earliest - axis.first_day;
    axis.first_day = earliest;
  } else if (axis.last_day > latest) {
    axis.first_day -= axis.last_day - latest;
    axis.last_day = latest;
  }
  return axis;
}

}  // namespace

float TimeAxis::x_of(double day) const { return x_left + static_cast<float>((day - first_day) / days_per_pixel()); }

double TimeAxis::day_at(float x) const { return first_day + static_cast<double>(x - x_left) * days_per_pixel(); }

double TimeAxis::days_per_pixel() const { return (last_day - first_day) / static_cast<double>(x_right - x_left); }

TimeAxis fit_axis(double first_day, double last_day, float x_left, float x_right, double margin) {
  if (!(last_day - first_day >= min_visible_days)) {
    const double centre = std::isfinite(first_day) ? first_day : 0.0;
    first_day = centre - min_visible_days / 2;
    last_day = centre + min_visible_days / 2;
  }
  const double pad = (last_day - first_day) * margin;
  if (!(x_right > x_left)) x_right = x_left + 1.0f;
  TimeAxis axis{first_day - pad, last_day + pad, x_left, x_right};
  if (axis.visible_days() > max_visible_days) return zoom_around(axis, (x_left + x_right) / 2, 1.0);
  return inside_calendar(axis);
}

TimeAxis fit_axis_with_labels(double first_day, double last_day, float x_left, float x_right, double margin,
                              std::span<const LabelAfter> labels) {
  const TimeAxis fitted = fit_axis(first_day, last_day, x_left, x_right, margin);
  const double width = static_cast<double>(fitted.x_right - fitted.x_left);
  double span = fitted.visible_days();
  for (const LabelAfter& label : labels) {
    // The label ends by x_right when (end_day - first) / span * width + gap + label width <= width.
    const double room = width - static_cast<double>(label.gap) - static_cast<double>(label.width);
    if (!(room >= width / 2) || !(label.end_day > fitted.first_day) || !(label.end_day <= fitted.last_day)) continue;
    span = std::max(span, (label.end_day - fitted.first_day) * width / room);
  }
  if (span == fitted.visible_days()) return fitted;
  TimeAxis out = fitted;
  out.last_day = out.first_day + std::min(span, max_visible_days);
  return inside_calendar(out);
}

TimeAxis zoom_around(const TimeAxis& axis, float x, double factor) {
  if (!(factor > 0.0) || !std::isfinite(factor)) return axis;
  const double pivot = axis.day_at(x);
  const double span = std::clamp(axis.visible_days() / factor, min_visible_days, max_visible_days);
  const double left_share = static_cast<double>(x - axis.x_left) / static_cast<double>(axis.x_right - axis.x_left);
  TimeAxis out = axis;
  out.first_day = pivot - span * left_share;
  out.last_day = out.first_day + span;
  return inside_calendar(out);
}

TimeAxis pan_by_pixels(const TimeAxis& axis, double dx) {
  TimeAxis out = axis;
  const double shift = dx * axis.days_per_pixel();
  out.first_day -= shift;
  out.last_day -= shift;
  return inside_calendar(out);
}

TimeAxis with_pixels(const TimeAxis& axis, float x_left, float x_right) {
  TimeAxis out = axis;
  out.x_left = x_left;
  out.x_right = x_right > x_left ? x_right : x_left + 1.0f;
  return out;
}

double TickStep::approx_days() const {
  switch (unit) {
    case TickUnit::hour:
      return count / 24.0;
    case TickUnit::day:
      return count;
    case TickUnit::week:
      return 7.0 * count;
    case TickUnit::month:
      return days_per_year / 12.0 * count;
    case TickUnit::year:
      return days_per_year * count;
  }
  return days_per_year;
}

AxisTicks choose_ticks(const TimeAxis& axis, float min_label_spacing) {
  AxisTicks out;
  const double dpp = axis.days_per_pixel();
  out.major = ladder.back();
  for (const TickStep& step : ladder) {
    if (step.approx_days() / dpp >= min_label_spacing) {
      out.major = step;
      break;
    }
  }
  bool first = true;
  for_each_tick(out.major, axis.first_day, axis.last_day, [&](double day) {
    out.ticks.push_back({day, label_of(out.major, day, first)});
    first = false;
  });
  if (const auto minor = minor_step_of(out.major); minor && minor->approx_days() / dpp >= 6.0) {
    for_each_tick(*minor, axis.first_day, axis.last_day, [&](double day) { out.minor.push_back(day); });
  }
  return out;
}

std::optional<double> clock_of_value(std::string_view value) {
  // YYYY-MM-DDTHH:MM[:SS]...: the clock starts after the 'T' that follows the date.
  const auto t = value.find('T');
  if (t == std::string_view::npos || t < 10) return std::nullopt;
  const auto digits = [&](std::size_t at) -> int {
    if (at + 2 > value.size() || !std::isdigit(static_cast<unsigned char>(value[at])) ||
        !std::isdigit(static_cast<unsigned char>(value[at + 1])))
      return -1;
    return (value[at] - '0') * 10 + (value[at + 1] - '0');
  };
  const int hours = digits(t + 1), minutes = value.size() > t + 3 && value[t + 3] == ':' ? digits(t + 4) : -1;
  if (hours < 0 || hours > 24 || minutes < 0 || minutes > 59 || (hours == 24 && minutes > 0)) return std::nullopt;
  const int seconds = value.size() > t + 6 && value[t + 6] == ':' ? digits(t + 7) : 0;
  const double in_day = hours * 3600.0 + minutes * 60.0 + std::clamp(seconds, 0, 59);
  return std::min(in_day / 86400.0, 1.0 - 1e-9);  // T24:00, the end of the day, stays in it
}

std::string format_day(double day) {
  const auto ymd = ymd_of(day);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return buf;
}

std::optional<DayRange> dense_day_range(const std::vector<std::int32_t>& starts, const std::vector<std::int32_t>& ends,
                                        double tail) {
  const std::size_t n = std::min(starts.size(), ends.size());
  if (n == 0) return std::nullopt;
  std::vector<std::size_t> by_start(n);
  for (std::size_t i = 0; i < n; ++i) by_start[i] = i;
  std::sort(by_start.begin(), by_start.end(), [&](std::size_t a, std::size_t b) { return starts[a] < starts[b]; });
  const auto span_of = [&](std::size_t from, std::size_t to) {  // events by_start[from, to)
    DayRange r{static_cast<double>(starts[by_start[from]]), static_cast<double>(starts[by_start[from]]) + 1.0};
    for (std::size_t k = from; k < to; ++k) r.last = std::max(r.last, static_cast<double>(ends[by_start[k]]) + 1.0);
    return r;
  };
  const DayRange whole = span_of(0, n);
  const auto trimmed = static_cast<std::size_t>(std::floor(tail * static_cast<double>(n)));
  if (trimmed == 0 || 2 * trimmed >= n) return whole;
  const DayRange dense = span_of(trimmed, n - trimmed);
  return dense.last - dense.first < 0.25 * (whole.last - whole.first) ? dense : whole;
}

std::optional<DayRange> parse_day_range(std::string_view text) {
  const auto days = [](date::sys_days first, date::sys_days last) {
    return DayRange{static_cast<double>(first.time_since_epoch().count()),
                    static_cast<double>(last.time_since_epoch().count()) + 1.0};
  };
  if (text.find("..") == std::string_view::npos) {
    const auto r = parse_date_range(text);
    return r ? std::optional<DayRange>{days(r->first, r->second)} : std::nullopt;
  }
  const auto p = parse_period(text);
  return p ? std::optional<DayRange>{days(p->start, p->end)} : std::nullopt;
}

}  // namespace annalist::viewer
