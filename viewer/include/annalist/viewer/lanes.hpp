// annalist/viewer/lanes.hpp — which lane each event goes to, and what of a lane is drawn.
//
// A lane keeps its events sorted by start day, so the events in view are found by binary search
// and folded into marks whose number depends on the window width, not on the event count: the
// viewer stays interactive at a million events. Plain functions, no ImGui.
#pragma once

#include <annalist/engine/timeline.hpp>  // EventDays, Facet, FacetIds
#include <annalist/viewer/time_axis.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::viewer {

// What the lanes group events by.
enum class LaneKey { none, type, actor, place, document };
std::string_view to_string(LaneKey key);
std::optional<LaneKey> lane_key_from_string(std::string_view name);

// One lane: the events it holds, sorted by (start, end).
// Invariants: events, starts and ends have the same size; starts is ascending; sorted_ends is a
// sorted copy of ends; longest = max(end - start) (0 for an empty lane).
struct Lane {
  std::string name;                   // "visit", "Kazakhstan", "(no actor)", "other (12 actors)"
  std::vector<std::uint32_t> events;  // indices into the timeline's events
  std::vector<std::int32_t> starts;   // start day of events[i]
  std::vector<std::int32_t> ends;     // end day (inclusive) of events[i]
  std::vector<std::int32_t> sorted_ends;
  std::int32_t longest = 0;
};

// The facet a lane key groups by; nullopt for LaneKey::none.
std::optional<Facet> facet_of(LaneKey key);

// Groups the `shown` events (indices into the timeline's events) into lanes by `key`, from the
// events' days and their values of facet_of(key) (`values`; unused for LaneKey::none), both as
// Timeline::event_days() and Timeline::facet_ids() give them: no Event is read and no string
// hashed, which keeps a million events' lanes fast. Most populous lane first, ties by name; document
// lanes in the order the documents were read, and when there are more than `max_lanes`, the busiest
// documents (ties: the first read) in that order. An event with several actors or places appears in each of their
// lanes; one with none (or an empty name) goes to a "(no actor)" / "(no place)" lane. Lanes past
// `max_lanes` are merged into one "other" lane. LaneKey::none gives one lane of all shown events.
// Lanes are cheapest with `shown` in timeline order (start, end, index), as queries give.
// Throws std::invalid_argument when `values` does not have one entry per event of `days`.
std::vector<Lane> assign_lanes(const EventDays& days, const FacetIds& values, std::span<const std::uint32_t> shown,
                               LaneKey key, std::size_t max_lanes = 24);

// Builds one lane named `name` holding `members` (event indices into `days`); members in
// timeline order need no sort.
Lane make_lane(std::string name, const EventDays& days, std::vector<std::uint32_t> members);

// Number of the lane's events whose interval overlaps the days [first_day, last_day).
std::size_t count_overlapping(const Lane& lane, double first_day, double last_day);

// What is drawn for a lane: either one event (count 1, `first` is its position in the lane) or a
// fold of `count` events too close to tell apart (`first` is the first of them in the lane; bars
// that start among them are not part of it: fold_members lists its events).
struct Mark {
  float x0 = 0.0f;  // left pixel
  float x1 = 0.0f;  // right pixel (x1 - x0 < fold width means a point)
  std::uint32_t count = 0;
  std::uint32_t first = 0;
  bool density = false;  // a density bucket: `count` events overlap [x0, x1), not listed one by one
};

// Marks for the lane's events visible on `axis`, ascending by x0, into `out` (cleared; its
// capacity is reused, so a steady view allocates nothing per frame).
//  - While at most `detail_limit` events can be in view, each event wider than `fold_px` is its
//    own mark (a bar) and narrower ones closer than `fold_px` to the previous narrow mark are
//    folded into it.
//  - Beyond that, the view is cut into buckets `fold_px` wide and each non-empty bucket becomes a
//    density mark counting the events that overlap it: O(width / fold_px * log n).
void build_marks(const Lane& lane, const TimeAxis& axis, float fold_px, std::size_t detail_limit,
                 std::vector<Mark>& out);

// How a bar over [x0, x1) is drawn: a faded lead-in [x0, solid_x0) when its start is open
// (by, before, until, approx: only the end is known), a solid body [solid_x0, solid_x1), and a
// faded tail [solid_x1, x1) when its end is open (since, after, approx).
// Invariant: x0 <= solid_x0 <= solid_x1 <= x1.
struct BarShape {
  float x0 = 0.0f;
  float solid_x0 = 0.0f;
  float solid_x1 = 0.0f;
  float x1 = 0.0f;
};

// The shape of a bar over [x0, x1): an open end fades over a third of the bar, at least 14 px
// (two thirds of a bar shorter than 21 px), so that a short one still shows it; a quarter each
// when both are open, so that half stays solid; at most `max_fade` pixels.
BarShape bar_shape(float x0, float x1, bool open_start, bool open_end, float max_fade = 36.0f);

// How a dot (an event narrower than one) is drawn at `centre`: `radius` either side, and on its one
// open side (open_start: before, by, until, whose start is unknown; open_end: since, after) a
// fading tail `tail` pixels long, as a bar's open end fades: at a decade's zoom "before March
// 2014" is not read as "March 2014". Both sides open (approx) have no tail (the dot has a halo).
// [x0, x1) is what the dot and its tail take in a row.
struct DotShape {
  float x0 = 0.0f;  // the tail's start on an open start, else centre - radius
  float x1 = 0.0f;  // the tail's end on an open end, else centre + radius
};
DotShape dot_shape(float centre, float radius, bool open_start, bool open_end, float tail = 14.0f);

// The lane positions of the events folded into `fold` (a mark with count > 1 built by
// build_marks on `axis`), in lane order, at most `most` of them, into `out` (cleared): what a
// fold's tooltip lists.
void fold_members(const Lane& lane, const Mark& fold, const TimeAxis& axis, std::size_t most,
                  std::vector<std::uint32_t>& out);

// Where the label of `bar`, `label_width` pixels wide, starts in a view spanning [x_left,
// x_right): inside the solid body from its visible start (solid_x0 or x_left, plus a 5 px inset)
// when it fits before the body ends, or when the bar runs past the right edge (after it nothing
// would be seen); else `after_gap` pixels after the bar's end. A faded lead-in is no room for a label
// (the label would run over the body's edge), and a bar shorter than its label — a planned one's
// dashed box above all — is not written over.
float bar_label_x(const BarShape& bar, float label_width, float x_left, float x_right, float after_gap);

// How many lanes fit in `height` pixels when each takes at least `min_lane_height`: the limit to
// give assign_lanes, so that lanes past it are merged into the "other" lane rather than drawn
// below the bottom of the canvas. At least 2 (one lane and "other").
std::size_t lanes_that_fit(float height, float min_lane_height);

// A rectangle in pixels, [x0, x1) x [y0, y1).
struct Box {
  float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;
};

// The first of `candidates` (places for one label, in order of preference) that overlaps none of
// `taken` (the marks and labels drawn); when every one does, the one covering the least area of
// them (the first of equals): the label then goes over that little. With `within` (the visible
// canvas), a candidate reaching out of it is no place (it would be cut).
std::size_t first_clear(std::span<const Box> candidates, std::span<const Box> taken,
                        std::optional<Box> within = std::nullopt);

// Where a tooltip `width` x `height` goes (its box) for a mark hovered at `mouse_x` in the row
// `row` (the mark's row, where its label is), inside `window`: `gap` under the row when the row's
// middle lies in the upper half of the window, over it otherwise (the side with more room);
// opening rightwards from 8 px before the mouse in the left half of the window, leftwards to 8 px
// after it in the right half; then moved into the window (a 476 px tooltip beside a mouse at x 410
// of an 800 px window began at x -58, cut). It leaves the row uncovered whenever it fits above or
// below it; only a tooltip taller than the room on either side is moved up over the row.
Box place_tooltip(float mouse_x, const Box& row, float width, float height, const Box& window, float gap = 2.0f);

// A horizontal extent to place in a row ([x0, x1) in pixels).
struct RowSpan {
  float x0 = 0.0f;
  float x1 = 0.0f;
};

// Where the name of a band goes in a one-line strip (period names on the axis): from `x`, in at
// most `room` pixels (the name elided to fit); room 0 means no name.
struct StripLabel {
  float x = 0.0f;
  float room = 0.0f;
};

// Places the names of `bands` (ascending x0; they may overlap or nest), names `widths` pixels
// wide, in a strip visible over [x_left, x_right): each name starts 4 px into the visible part of
// its band and after the end of the name before it, and ends 4 px before its band's visible end;
// a name with less than `min_room` pixels is left out. No two names overlap.
void place_strip_labels(std::span<const RowSpan> bands, std::span<const float> widths, float x_left, float x_right,
                        float min_room, std::vector<StripLabel>& out);

// Where an item went: its row (-1: no room in any row; the item is not drawn but counted) and
// whether it took the room of its label.
struct RowPlacement {
  int row = -1;
  bool labelled = false;
  friend bool operator==(const RowPlacement&, const RowPlacement&) = default;
};

// Where a fold (a mark with count > 1) is drawn: its badge centred on the fold's extent [x0, x1)
// (the first event's start to the last one's end), not at its first event, which at a decade's
// zoom can lie a hundred pixels before the rest; and, when the extent is wider than the badge, a
// whisker over it. `span` is what the two take in a row, badge `half_width` either side of `centre`.
struct FoldPlace {
  float centre = 0.0f;
  RowSpan span;
};
FoldPlace place_fold(const Mark& fold, float half_width);

// The whiskers of folds packed by their badges alone, trimmed so that neighbours in a row do not
// run into each other: item i reaches over `extents[i]` (a fold: its events' extent; any other
// mark: its own span) and draws `marks[i]` solid (a badge, a bar or dot with its label), in row
// `rows[i].row` (-1: not drawn). Two neighbours of a row whose extents come within `gap` pixels
// meet halfway between their solid parts, `gap` apart; a whisker never shrinks past its own badge.
// Items come as pack_rows takes them (ascending marks[i].x0). out[i] is item i's trimmed extent:
// a side shorter than extents[i] is cut (drawn without its end tick, since it is not the end).
void trim_whiskers(std::span<const RowSpan> extents, std::span<const RowSpan> marks, std::span<const RowPlacement> rows,
                   float gap, std::vector<RowSpan>& out);

// Greedy row packing for marks and their labels, so that nothing drawn overlaps. Items come in
// ascending x0; `labelled[i]` is item i with its label, `bare[i]` the mark alone (same x0). Each
// item goes into the lowest row whose last item ends at least `gap` pixels before it starts, or
// nowhere (row -1: not drawn, counted by the caller) when all `max_rows` rows are taken there. It
// keeps its label unless the label would take the room the next item needs and no other row has
// room for that item: marks first, then as many labels as fit. Items the mark alone reaches are
// no reason to drop its label (a bar across a one-row lane keeps its name): "the next item" is
// the first one the mark leaves room for.
// With `weights` (the events item i stands for: a fold's count), when that leaves items out, the
// items are packed again narrowest first (a long bar early in a row no longer shuts out the marks
// under it), and that packing is kept when it leaves fewer events out. Without weights, left to
// right only (cheaper: the viewer tries finer folds first and gives way only at its coarsest).
// Items with `deferred[i]` set (duplicates: echoes of an event told already) are packed after
// all the others, as if absent, into the room they leave (with the label where it fits, else
// the mark alone, else nowhere): they never take a row a first report needs.
void pack_rows(std::span<const RowSpan> labelled, std::span<const RowSpan> bare, int max_rows, float gap,
               std::vector<RowPlacement>& out, std::span<const std::uint32_t> weights = {},
               std::span<const std::uint8_t> deferred = {});

}  // namespace annalist::viewer
