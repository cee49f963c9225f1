// Lane assignment, level-of-detail marks and row packing.
#include <annalist/viewer/lanes.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <utility>

namespace annalist::viewer {

namespace {

// Sorts days ascending: a two-pass radix sort on 16-bit digits of (day - smallest) for large
// lists (a million end days sort ten times faster than with std::sort), std::sort for small ones
// or for spans of days too wide for two digits.
void sort_days(std::vector<std::int32_t>& days) {
  if (days.size() < 4096) return std::sort(days.begin(), days.end());
  const auto [lo, hi] = std::minmax_element(days.begin(), days.end());
  const std::int64_t min = *lo;
  if (std::int64_t{*hi} - min >= (std::int64_t{1} << 32)) return std::sort(days.begin(), days.end());
  std::vector<std::int32_t> other(days.size());
  for (const unsigned shift : {0u, 16u}) {
    std::vector<std::uint32_t> count(1u << 16, 0);
    const auto digit = [&](std::int32_t d) { return (static_cast<std::uint64_t>(d - min) >> shift) & 0xFFFFu; };
    for (const std::int32_t d : days) ++count[digit(d)];
    std::uint32_t next = 0;
    for (auto& c : count) next += std::exchange(c, next);
    for (const std::int32_t d : days) other[count[digit(d)]++] = d;
    days.swap(other);
  }
}

std::string missing_name(LaneKey key) {
  switch (key) {
    case LaneKey::type:
      return "(no type)";
    case LaneKey::actor:
      return "(no actor)";
    case LaneKey::place:
      return "(no place)";
    case LaneKey::document:
      return "(no document)";
    case LaneKey::none:
      break;
  }
  return "All events";
}

std::string plural_of(LaneKey key) {
  switch (key) {
    case LaneKey::type:
      return "types";
    case LaneKey::actor:
      return "actors";
    case LaneKey::place:
      return "places";
    case LaneKey::document:
      return "documents";
    case LaneKey::none:
      break;
  }
  return "lanes";
}

}  // namespace

std::string_view to_string(LaneKey key) {
  switch (key) {
    case LaneKey::none:
      return "none";
    case LaneKey::type:
      return "type";
    case LaneKey::actor:
      return "actor";
    case LaneKey::place:
      return "place";
    case LaneKey::document:
      return "document";
  }
  return "none";
}

std::optional<LaneKey> lane_key_from_string(std::string_view name) {
  for (LaneKey k : {LaneKey::none, LaneKey::type, LaneKey::actor, LaneKey::place, LaneKey::document})
    if (to_string(k) == name) return k;
  return std::nullopt;
}

std::optional<Facet> facet_of(LaneKey key) {
  switch (key) {
    case LaneKey::type:
      return Facet::type;
    case LaneKey::actor:
      return Facet::actor;
    case LaneKey::place:
      return Facet::place;
    case LaneKey::document:
      return Facet::document;
    case LaneKey::none:
      break;
  }
  return std::nullopt;
}

Lane make_lane(std::string name, const EventDays& days, std::vector<std::uint32_t> members) {
  Lane lane;
  lane.name = std::move(name);
  const std::size_t n = members.size();
  lane.starts.resize(n);
  lane.ends.resize(n);
  bool sorted = true;
  for (std::size_t i = 0; i < n; ++i) {
    lane.starts[i] = days.starts[members[i]];
    lane.ends[i] = std::max(days.ends[members[i]], lane.starts[i]);
    if (i > 0 &&
        (lane.starts[i] < lane.starts[i - 1] ||
         (lane.starts[i] == lane.starts[i - 1] &&
          (lane.ends[i] < lane.ends[i - 1] || (lane.ends[i] == lane.ends[i - 1] && members[i] < members[i - 1])))))
      sorted = false;
  }
  if (!sorted) {  // members in timeline order (the engine's query) need no sorting
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (lane.starts[a] != lane.starts[b]) return lane.starts[a] < lane.starts[b];
      if (lane.ends[a] != lane.ends[b]) return lane.ends[a] < lane.ends[b];
      return members[a] < members[b];
    });
    std::vector<std::uint32_t> sorted_members(n);
    std::vector<std::int32_t> starts(n), ends(n);
    for (std::size_t i = 0; i < n; ++i) {
      sorted_members[i] = members[order[i]];
      starts[i] = lane.starts[order[i]];
      ends[i] = lane.ends[order[i]];
    }
    members = std::move(sorted_members);
    lane.starts = std::move(starts);
    lane.ends = std::move(ends);
  }
  for (std::size_t i = 0; i < n; ++i) lane.longest = std::max(lane.longest, lane.ends[i] - lane.starts[i]);
  lane.sorted_ends = lane.ends;
  sort_days(lane.sorted_ends);
  lane.events = std::move(members);
  return lane;
}

std::vector<Lane> assign_lanes(const EventDays& days, const FacetIds& values, std::span<const std::uint32_t> shown,
                               LaneKey key, std::size_t max_lanes) {
  std::vector<Lane> lanes;
  if (key == LaneKey::none) {
    lanes.push_back(make_lane(missing_name(key), days, {shown.begin(), shown.end()}));
    return lanes;
  }
  if (values.begin.size() != days.starts.size() + 1)
    throw std::invalid_argument("assign_lanes: the values are not those of the events");
  // Groups: one per value id, and `missing` for events without a value (an empty name too).
  const auto missing = static_cast<std::uint32_t>(values.names.size());
  const auto group_of = [&](std::uint32_t id) { return values.names[id].empty() ? missing : id; };
  std::vector<std::vector<std::uint32_t>> members(values.names.size() + 1);
  std::vector<std::uint32_t> seen;  // groups in order of first appearance in `shown`
  for (const std::uint32_t i : shown) {
    const auto add = [&](std::uint32_t group) {
      auto& list = members[group];
      if (list.empty()) seen.push_back(group);
      if (list.empty() || list.back() != i) list.push_back(i);  // an actor named twice counts once
    };
    const std::uint32_t first = values.begin[i], last = values.begin[i + 1];
    if (first == last) add(missing);
    for (std::uint32_t v = first; v < last; ++v) add(group_of(values.ids[v]));
  }
  const auto name_of = [&](std::uint32_t group) -> const std::string& {
    static const std::string none;
    return group == missing ? none : values.names[group];
  };
  std::vector<std::uint32_t> order = seen;
  const auto missing_last = [&](std::uint32_t g) { return g == missing; };
  if (key == LaneKey::document) {
    // Documents in the order they were read (ids are interned in event order, and `missing` is the
    // last id), not by their earliest event: a story's oldest date says nothing of the story.
    // When not all get a lane, the busiest do (a corpus of 200 stories showed the 19 with the
    // oldest dates, two events each, and merged the stories of 20 events).
    const std::size_t lanes_kept = std::max<std::size_t>(max_lanes, 2) - 1;
    if (order.size() > std::max<std::size_t>(max_lanes, 2)) {
      std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (members[a].size() != members[b].size()) return members[a].size() > members[b].size();
        return a < b;
      });
      std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(lanes_kept));
    } else {
      std::sort(order.begin(), order.end());
    }
  } else {
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (missing_last(a) != missing_last(b)) return missing_last(a) < missing_last(b);
      if (members[a].size() != members[b].size()) return members[a].size() > members[b].size();
      return name_of(a) < name_of(b);
    });
  }
  max_lanes = std::max<std::size_t>(max_lanes, 2);
  std::vector<bool> in_rest(members.size(), false);
  std::size_t rest_lanes = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::uint32_t g = order[k];
    if (order.size() <= max_lanes || k + 1 < max_lanes) {
      lanes.push_back(make_lane(g == missing ? missing_name(key) : name_of(g), days, std::move(members[g])));
    } else {
      in_rest[g] = true;
      ++rest_lanes;
    }
  }
  if (rest_lanes > 0) {
    // The shown events with a value of a merged lane, in the order shown: no sort, no duplicates.
    std::vector<std::uint32_t> rest;
    for (const std::uint32_t i : shown) {
      const std::uint32_t first = values.begin[i], last = values.begin[i + 1];
      bool in = first == last && in_rest[missing];
      for (std::uint32_t v = first; v < last && !in; ++v) in = in_rest[group_of(values.ids[v])];
      if (in) rest.push_back(i);
    }
    lanes.push_back(
        make_lane("other (" + std::to_string(rest_lanes) + " " + plural_of(key) + ")", days, std::move(rest)));
  }
  return lanes;
}

std::size_t count_overlapping(const Lane& lane, double first_day, double last_day) {
  // Overlapping = all - (start >= last) - (end < first); the two excluded sets are disjoint
  // because start <= end and first < last.
  if (!(last_day > first_day)) return 0;
  const auto first = static_cast<std::int64_t>(std::floor(first_day));
  const auto last = static_cast<std::int64_t>(std::ceil(last_day));
  const auto starts_from_last =
      lane.starts.end() - std::lower_bound(lane.starts.begin(), lane.starts.end(), last,
                                           [](std::int32_t v, std::int64_t k) { return v < k; });
  const auto ends_before_first = std::lower_bound(lane.sorted_ends.begin(), lane.sorted_ends.end(), first,
                                                  [](std::int32_t v, std::int64_t k) { return v < k; }) -
                                 lane.sorted_ends.begin();
  return lane.starts.size() - static_cast<std::size_t>(starts_from_last + ends_before_first);
}

void build_marks(const Lane& lane, const TimeAxis& axis, float fold_px, std::size_t detail_limit,
                 std::vector<Mark>& out) {
  out.clear();
  if (lane.starts.empty()) return;
  fold_px = std::max(fold_px, 0.5f);
  // Candidates: events starting in [first_day - longest, last_day]; anything starting earlier
  // ends before the view.
  const double lookback = axis.first_day - static_cast<double>(lane.longest) - 1.0;
  const auto lo = std::lower_bound(lane.starts.begin(), lane.starts.end(), lookback,
                                   [](std::int32_t v, double k) { return v < k; });
  const auto hi = std::upper_bound(lane.starts.begin(), lane.starts.end(), axis.last_day,
                                   [](double k, std::int32_t v) { return k < v; });
  const auto begin = static_cast<std::size_t>(lo - lane.starts.begin());
  const auto end = static_cast<std::size_t>(hi - lane.starts.begin());
  if (begin >= end) return;

  if (end - begin <= detail_limit) {
    std::size_t open_fold = static_cast<std::size_t>(-1);  // index in `out` of the last narrow mark
    for (std::size_t i = begin; i < end; ++i) {
      const float x0 = axis.x_of(lane.starts[i]);
      const float x1 = axis.x_of(static_cast<double>(lane.ends[i]) + 1.0);
      if (x1 <= axis.x_left || x0 >= axis.x_right) continue;  // [start, end + 1) overlaps the view
      if (x1 - x0 >= fold_px) {
        out.push_back({x0, x1, 1, static_cast<std::uint32_t>(i), false});
        continue;
      }
      if (open_fold != static_cast<std::size_t>(-1) && x0 - out[open_fold].x0 < fold_px) {
        Mark& m = out[open_fold];
        m.x1 = std::max(m.x1, x1);
        ++m.count;
        continue;
      }
      open_fold = out.size();
      out.push_back({x0, x1, 1, static_cast<std::uint32_t>(i), false});
    }
    return;
  }

  // Density buckets across the view.
  for (float x = axis.x_left; x < axis.x_right; x += fold_px) {
    const float x1 = std::min(x + fold_px, axis.x_right);
    const double d0 = axis.day_at(x), d1 = axis.day_at(x1);
    const std::size_t n = count_overlapping(lane, d0, d1);
    if (n == 0) continue;
    const auto first =
        std::lower_bound(lane.starts.begin(), lane.starts.end(), d0, [](std::int32_t v, double k) { return v < k; });
    const auto pos = static_cast<std::uint32_t>(
        std::min<std::ptrdiff_t>(first - lane.starts.begin(), static_cast<std::ptrdiff_t>(lane.starts.size()) - 1));
    out.push_back({x, x1, static_cast<std::uint32_t>(n), pos, true});
  }
}

void fold_members(const Lane& lane, const Mark& fold, const TimeAxis& axis, std::size_t most,
                  std::vector<std::uint32_t>& out) {
  out.clear();
  // A fold's events are the narrow marks from `first` on that lie within [x0, x1]; bars (wider
  // than the fold allows) can start among them and are skipped. Half a pixel of slack for rounding.
  const float fold_width = fold.x1 - fold.x0;
  for (std::size_t i = fold.first; i < lane.starts.size() && out.size() < std::min<std::size_t>(most, fold.count);
       ++i) {
    const float x0 = axis.x_of(lane.starts[i]);
    if (x0 > fold.x1 + 0.5f) break;
    const float x1 = axis.x_of(static_cast<double>(lane.ends[i]) + 1.0);
    if (x0 >= fold.x0 - 0.5f && x1 <= fold.x1 + 0.5f && x1 - x0 <= fold_width + 0.5f)
      out.push_back(static_cast<std::uint32_t>(i));
  }
}

FoldPlace place_fold(const Mark& fold, float half_width) {
  const float centre = (fold.x0 + std::max(fold.x0, fold.x1)) / 2;
  return {centre, {std::min(fold.x0, centre - half_width), std::max(fold.x1, centre + half_width)}};
}

void trim_whiskers(std::span<const RowSpan> extents, std::span<const RowSpan> marks, std::span<const RowPlacement> rows,
                   float gap, std::vector<RowSpan>& out) {
  if (extents.size() != marks.size() || rows.size() != marks.size())
    throw std::invalid_argument("trim_whiskers: extents, marks and rows differ in size");
  out.assign(extents.begin(), extents.end());
  std::vector<std::size_t> last_in_row;  // per row, the item drawn last in it so far
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  for (std::size_t k = 0; k < marks.size(); ++k) {
    const int row = rows[k].row;
    if (row < 0) continue;
    if (static_cast<std::size_t>(row) >= last_in_row.size())
      last_in_row.resize(static_cast<std::size_t>(row) + 1, none);
    const std::size_t prev = last_in_row[static_cast<std::size_t>(row)];
    last_in_row[static_cast<std::size_t>(row)] = k;
    if (prev == none || out[prev].x1 + gap <= out[k].x0) continue;
    const float meet = (marks[prev].x1 + marks[k].x0) / 2;
    out[prev].x1 = std::max(marks[prev].x1, std::min(out[prev].x1, meet - gap / 2));
    out[k].x0 = std::min(marks[k].x0, std::max(out[k].x0, meet + gap / 2));
  }
}

BarShape bar_shape(float x0, float x1, bool open_start, bool open_end, float max_fade) {
  x1 = std::max(x0, x1);
  // With both ends open each fade is a quarter, not a third: a short "approx" bar keeps half its
  // width solid rather than a sliver that cannot be seen.
  const float width = x1 - x0;
  const float share = open_start && open_end ? 4.0f : 3.0f;
  // One open end fades over at least 14 px (two thirds of a shorter bar): a third of a month at a
  // few years' zoom is 7 px, too little to see that "before March 2014" has no known start.
  const float least = open_start && open_end ? 0.0f : std::min(14.0f, width * 2.0f / 3.0f);
  const float fade = std::clamp(std::max(width / share, least), 0.0f, std::max(0.0f, max_fade));
  return {x0, open_start ? x0 + fade : x0, open_end ? x1 - fade : x1, x1};
}

DotShape dot_shape(float centre, float radius, bool open_start, bool open_end, float tail) {
  const bool one_open = open_start != open_end;
  return {centre - radius - (one_open && open_start ? tail : 0.0f),
          centre + radius + (one_open && open_end ? tail : 0.0f)};
}

float bar_label_x(const BarShape& bar, float label_width, float x_left, float x_right, float after_gap) {
  constexpr float inset = 5.0f;
  const float inside = std::max(bar.solid_x0, x_left) + inset;
  if (bar.x1 >= x_right || inside + label_width + inset <= bar.solid_x1) return inside;
  return bar.x1 + after_gap;
}

std::size_t first_clear(std::span<const Box> candidates, std::span<const Box> taken, std::optional<Box> within) {
  const auto inside = [&](const Box& c) {
    return !within || (c.x0 >= within->x0 && c.x1 <= within->x1 && c.y0 >= within->y0 && c.y1 <= within->y1);
  };
  // When every place is taken, the one that covers least of what is drawn: a DCT label over the
  // edge of a dot's margin rather than over a whole event label.
  std::size_t fallback = candidates.size();
  float least = 0.0f;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const Box& c = candidates[k];
    if (!inside(c)) continue;
    float covered = 0.0f;
    for (const Box& t : taken)
      covered += std::max(0.0f, std::min(c.x1, t.x1) - std::max(c.x0, t.x0)) *
                 std::max(0.0f, std::min(c.y1, t.y1) - std::max(c.y0, t.y0));
    if (covered == 0.0f) return k;
    if (fallback == candidates.size() || covered < least) {
      fallback = k;
      least = covered;
    }
  }
  return fallback == candidates.size() ? 0 : fallback;
}

Box place_tooltip(float mouse_x, const Box& row, float width, float height, const Box& window, float gap) {
  // The half of the row's middle is the side with more room: where the tooltip does not fit, it
  // fits on the other side neither.
  const bool below = (row.y0 + row.y1) / 2 < (window.y0 + window.y1) / 2;
  const bool leftwards = mouse_x > (window.x0 + window.x1) / 2;
  float x = leftwards ? mouse_x + 8.0f - width : mouse_x - 8.0f;
  float y = below ? row.y1 + gap : row.y0 - gap - height;
  // Into the window: the far edge first, so that a tooltip wider (taller) than it keeps its start.
  x = std::max(window.x0, std::min(x, window.x1 - width));
  y = std::max(window.y0, std::min(y, window.y1 - height));
  return Box{x, y, x + width, y + height};
}

std::size_t lanes_that_fit(float height, float min_lane_height) {
  if (!(min_lane_height > 0.0f) || !(height > 0.0f)) return 2;
  return std::max<std::size_t>(2, static_cast<std::size_t>(std::floor(height / min_lane_height)));
}

void place_strip_labels(std::span<const RowSpan> bands, std::span<const float> widths, float x_left, float x_right,
                        float min_room, std::vector<StripLabel>& out) {
  constexpr float inset = 4.0f, between = 2.0f;
  const std::size_t n = std::min(bands.size(), widths.size());
  out.assign(n, StripLabel{});
  float names_end = x_left;
  for (std::size_t i = 0; i < n; ++i) {
    if (bands[i].x1 < x_left || bands[i].x0 > x_right) continue;
    const float x = std::max({bands[i].x0, x_left, names_end}) + inset;
    const float room = std::min(bands[i].x1, x_right) - inset - x;
    if (room < min_room) continue;
    out[i] = {x, room};
    names_end = x + std::min(widths[i], room) + between;
  }
}

namespace {

// The events pack_rows left out: `weights[i]` for each item with no row.
std::size_t weight_left_out(std::span<const RowPlacement> rows, std::span<const std::uint32_t> weights) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].row < 0) out += weights[i];
  return out;
}

// Narrowest first: each item's mark goes into the lowest row where it overlaps nothing already
// placed, then, left to right, each keeps its label where the label overlaps nothing in its row.
// A few long bars then give way to the many short marks they would otherwise shut out of a row.
void pack_narrowest_first(std::span<const RowSpan> labelled, std::span<const RowSpan> bare, int rows, float gap,
                          std::vector<RowPlacement>& out) {
  const std::size_t n = out.size();
  // Scratch kept per thread: this runs every frame for a crowded lane, and allocates nothing once warm.
  thread_local std::vector<std::uint32_t> order;
  order.resize(n);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {  // narrowest, then leftmost
    const float wa = bare[a].x1 - bare[a].x0, wb = bare[b].x1 - bare[b].x0;
    return wa < wb || (wa == wb && a < b);
  });
  // Per row, the placed extents ascending by x0 (disjoint, so also by x1), with their items.
  struct Placed {
    RowSpan span;
    std::uint32_t item;
  };
  thread_local std::vector<std::vector<Placed>> placed;
  if (placed.size() < static_cast<std::size_t>(rows)) placed.resize(static_cast<std::size_t>(rows));
  for (int r = 0; r < rows; ++r) placed[static_cast<std::size_t>(r)].clear();
  const auto slot = [&](auto& row, float x0) {  // the first placed extent starting at or after x0
    return std::lower_bound(row.begin(), row.end(), x0, [](const Placed& p, float x) { return p.span.x0 < x; });
  };
  const auto fits = [&](const std::vector<Placed>& row, RowSpan s, std::uint32_t self) {
    const auto next = slot(row, s.x0);
    auto after = next;
    if (after != row.end() && after->item == self) ++after;
    if (after != row.end() && s.x1 + gap > after->span.x0) return false;
    return next == row.begin() || std::prev(next)->span.x1 + gap <= s.x0;
  };
  for (const std::uint32_t i : order) {
    out[i] = RowPlacement{};
    for (int r = 0; r < rows; ++r) {
      auto& row = placed[static_cast<std::size_t>(r)];
      if (!fits(row, bare[i], i)) continue;
      row.insert(slot(row, bare[i].x0), Placed{bare[i], i});
      out[i].row = r;
      break;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {  // labels left to right, where they hide nothing
    if (out[i].row < 0) continue;
    auto& row = placed[static_cast<std::size_t>(out[i].row)];
    const RowSpan with_label{bare[i].x0, std::max(labelled[i].x1, bare[i].x1)};
    if (!fits(row, with_label, static_cast<std::uint32_t>(i))) continue;
    slot(row, bare[i].x0)->span = with_label;
    out[i].labelled = true;
  }
}

}  // namespace

namespace {

// The deferred items into the room pack_rows left them in `out` (the others placed): per row, the
// placed extents ascending (disjoint, so by x1 too), each deferred item, left to right, into the
// lowest row that holds it with its label, else the lowest that holds its mark.
void fill_in_deferred(std::span<const RowSpan> labelled, std::span<const RowSpan> bare,
                      std::span<const std::uint8_t> deferred, int rows, float gap, std::vector<RowPlacement>& out) {
  thread_local std::vector<std::vector<RowSpan>> taken;
  if (taken.size() < static_cast<std::size_t>(rows)) taken.resize(static_cast<std::size_t>(rows));
  for (int r = 0; r < rows; ++r) taken[static_cast<std::size_t>(r)].clear();
  const auto extent = [&](std::size_t i, bool with_label) {
    return with_label ? RowSpan{bare[i].x0, std::max(labelled[i].x1, bare[i].x1)} : bare[i];
  };
  for (std::size_t i = 0; i < out.size(); ++i)  // ascending x0 per row, as packed left to right
    if (!deferred[i] && out[i].row >= 0)
      taken[static_cast<std::size_t>(out[i].row)].push_back(extent(i, out[i].labelled));
  for (auto& row : taken) std::sort(row.begin(), row.end(), [](RowSpan a, RowSpan b) { return a.x0 < b.x0; });
  const auto slot = [](std::vector<RowSpan>& row, float x0) {
    return std::lower_bound(row.begin(), row.end(), x0, [](RowSpan p, float x) { return p.x0 < x; });
  };
  const auto fits = [&](std::vector<RowSpan>& row, RowSpan s) {
    const auto next = slot(row, s.x0);
    if (next != row.end() && s.x1 + gap > next->x0) return false;
    return next == row.begin() || std::prev(next)->x1 + gap <= s.x0;
  };
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!deferred[i]) continue;
    out[i] = RowPlacement{};
    for (const bool with_label : {true, false}) {
      const RowSpan s = extent(i, with_label);
      for (int r = 0; r < rows && out[i].row < 0; ++r) {
        auto& row = taken[static_cast<std::size_t>(r)];
        if (!fits(row, s)) continue;
        row.insert(slot(row, s.x0), s);
        out[i] = {r, with_label};
      }
      if (out[i].row >= 0) break;
    }
  }
}

}  // namespace

void pack_rows(std::span<const RowSpan> labelled, std::span<const RowSpan> bare, int max_rows, float gap,
               std::vector<RowPlacement>& out, std::span<const std::uint32_t> weights,
               std::span<const std::uint8_t> deferred) {
  const std::size_t n = std::min(labelled.size(), bare.size());
  if (deferred.size() >= n && std::any_of(deferred.begin(), deferred.begin() + static_cast<std::ptrdiff_t>(n),
                                          [](std::uint8_t d) { return d != 0; })) {
    // The others packed as if the deferred were not there, then the deferred into what is left.
    thread_local std::vector<RowSpan> first_labelled, first_bare;
    thread_local std::vector<std::uint32_t> first_weights, first_index;
    thread_local std::vector<RowPlacement> first_out;
    first_labelled.clear();
    first_bare.clear();
    first_weights.clear();
    first_index.clear();
    for (std::size_t i = 0; i < n; ++i) {
      if (deferred[i]) continue;
      first_labelled.push_back(labelled[i]);
      first_bare.push_back(bare[i]);
      if (weights.size() >= n) first_weights.push_back(weights[i]);
      first_index.push_back(static_cast<std::uint32_t>(i));
    }
    pack_rows(first_labelled, first_bare, max_rows, gap, first_out, first_weights);
    out.assign(n, RowPlacement{});
    for (std::size_t k = 0; k < first_index.size(); ++k) out[first_index[k]] = first_out[k];
    fill_in_deferred(labelled.first(n), bare.first(n), deferred, std::clamp(max_rows, 0, 64), gap, out);
    return;
  }
  out.assign(n, RowPlacement{});
  // Right edge of the last item in each row; rows are few, a linear scan is fastest.
  constexpr int most_rows = 64;
  float right_edges[most_rows];
  const int rows = std::clamp(max_rows, 0, most_rows);
  std::fill(right_edges, right_edges + rows, -1e30f);
  const auto free_row = [&](float x0, int except) {
    for (int r = 0; r < rows; ++r)
      if (r != except && x0 >= right_edges[r] + gap) return r;
    return -1;
  };
  bool any_left_out = false;
  for (std::size_t i = 0; i < n; ++i) {
    const int r = free_row(bare[i].x0, -1);
    if (r < 0) {
      any_left_out = true;
      continue;
    }
    // The label gives way when it would take the room of the next item its mark leaves room for
    // and no other row has room for that item; items the mark itself reaches are no reason to drop
    // it (a bar across a one-row lane keeps its name).
    bool with_label = true;
    if (i + 1 < n && labelled[i].x1 > bare[i].x1 && labelled[i].x1 + gap > bare[i + 1].x0) {
      const auto next = std::partition_point(bare.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                             bare.begin() + static_cast<std::ptrdiff_t>(n),
                                             [&](const RowSpan& b) { return b.x0 < bare[i].x1 + gap; });
      if (next != bare.begin() + static_cast<std::ptrdiff_t>(n) && labelled[i].x1 + gap > next->x0)
        with_label = free_row(next->x0, r) >= 0;
    }
    right_edges[r] = with_label ? std::max(labelled[i].x1, bare[i].x1) : bare[i].x1;
    out[i] = {r, with_label};
  }
  if (!any_left_out || rows == 0 || weights.size() < n) return;
  // Left to right, one long bar early in a full row shuts out every mark under it. Narrowest first
  // often shows more; keep whichever leaves fewer events out (this one only when strictly fewer).
  thread_local std::vector<RowPlacement> narrow_first;
  narrow_first.assign(n, RowPlacement{});
  pack_narrowest_first(labelled.first(n), bare.first(n), rows, gap, narrow_first);
  if (weight_left_out(narrow_first, weights) < weight_left_out(out, weights)) out.swap(narrow_first);
}

}  // namespace annalist::viewer
