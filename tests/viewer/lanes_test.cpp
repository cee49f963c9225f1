// The viewer's lanes: assignment by facet, visible slices, level-of-detail marks, row packing.
#include <annalist/viewer/lanes.hpp>

#include <date/date.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

using namespace annalist;
using namespace annalist::viewer;

namespace {

date::sys_days sd(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}
double day(int y, unsigned m, unsigned d) { return sd(y, m, d).time_since_epoch().count(); }

Event make_event(std::string type, date::sys_days start, date::sys_days end, std::vector<std::string> actors = {},
                 std::string document = "doc") {
  Event e;
  e.id = type + std::to_string(start.time_since_epoch().count());
  e.type = std::move(type);
  e.document = std::move(document);
  e.actors = std::move(actors);
  e.time.interval = Interval{start, end, Granularity::day, Bound::on};
  return e;
}

// The events as the viewer has them: in a Timeline, ids made unique.
Timeline timeline_of(std::vector<Event> events) {
  Timeline t;
  for (Event& e : events) {
    e.id.clear();
    t.add_event(std::move(e));
  }
  return t;
}

std::vector<std::uint32_t> all(const Timeline& t) {
  std::vector<std::uint32_t> v(t.events().size());
  std::iota(v.begin(), v.end(), 0u);
  return v;
}

// Lanes from the engine's days and facet ids, as the viewer's model builds them.
std::vector<Lane> lanes_of(const Timeline& t, std::span<const std::uint32_t> shown, LaneKey key,
                           std::size_t max_lanes = 24) {
  const auto facet = facet_of(key);
  return assign_lanes(t.event_days(), facet ? t.facet_ids(*facet) : FacetIds{}, shown, key, max_lanes);
}

Lane lane_of(const Timeline& t, std::vector<std::uint32_t> members) {
  return make_lane("a", t.event_days(), std::move(members));
}

}  // namespace

TEST_CASE("lanes by type put the most populous type first, each sorted by start") {
  const Timeline t = timeline_of({
      make_event("visit", sd(2014, 5, 1), sd(2014, 5, 1)),
      make_event("adoption", sd(2014, 1, 29), sd(2014, 1, 29)),
      make_event("visit", sd(2013, 11, 1), sd(2013, 11, 30)),
  });
  const auto lanes = lanes_of(t, all(t), LaneKey::type);
  REQUIRE(lanes.size() == 2);
  CHECK(lanes[0].name == "visit");
  CHECK(lanes[0].events == std::vector<std::uint32_t>{2, 0});
  CHECK(lanes[0].starts[0] < lanes[0].starts[1]);
  CHECK(lanes[0].longest == 29);
  CHECK(lanes[1].name == "adoption");
}

TEST_CASE("an event with several actors appears in each actor's lane, one without in (no actor)") {
  const Timeline t = timeline_of({
      make_event("visit", sd(2014, 5, 1), sd(2014, 5, 1), {"Kazakhstan", "South Africa"}),
      make_event("visit", sd(2014, 6, 1), sd(2014, 6, 1), {"Kazakhstan", "Kazakhstan"}),
      make_event("other", sd(2014, 7, 1), sd(2014, 7, 1)),
  });
  const auto lanes = lanes_of(t, all(t), LaneKey::actor);
  REQUIRE(lanes.size() == 3);
  CHECK(lanes[0].name == "Kazakhstan");
  CHECK(lanes[0].events.size() == 2);  // the doubled actor counts once
  CHECK(lanes[1].name == "South Africa");
  CHECK(lanes[2].name == "(no actor)");
}

TEST_CASE("lanes past the limit are merged into one other lane") {
  std::vector<Event> events;
  for (int i = 0; i < 10; ++i) events.push_back(make_event("t" + std::to_string(i), sd(2014, 1, 1), sd(2014, 1, 1)));
  const Timeline t = timeline_of(std::move(events));
  const auto lanes = lanes_of(t, all(t), LaneKey::type, 4);
  REQUIRE(lanes.size() == 4);
  CHECK(lanes[3].name == "other (7 types)");
  CHECK(lanes[3].events.size() == 7);
  CHECK(lanes_of(t, all(t), LaneKey::type, 10).size() == 10);
}

TEST_CASE("only the shown events are assigned, and lane none holds them all") {
  const Timeline t = timeline_of({
      make_event("visit", sd(2014, 5, 1), sd(2014, 5, 1), {}, "b"),
      make_event("visit", sd(2014, 6, 1), sd(2014, 6, 1), {}, "a"),
  });
  const std::vector<std::uint32_t> shown{1};
  const auto by_doc = lanes_of(t, shown, LaneKey::document);
  REQUIRE(by_doc.size() == 1);
  CHECK(by_doc[0].name == "a");
  const auto none = lanes_of(t, all(t), LaneKey::none);
  REQUIRE(none.size() == 1);
  CHECK(none[0].events.size() == 2);
  CHECK(lane_key_from_string("actor") == LaneKey::actor);
  CHECK_FALSE(lane_key_from_string("colour"));
}

TEST_CASE("document lanes keep the order the documents were read; past the limit the busiest get lanes") {
  // Read in the order a, b, c, d; c's and d's first events are the oldest.
  const Timeline t = timeline_of({
      make_event("visit", sd(2014, 5, 1), sd(2014, 5, 1), {}, "a"),
      make_event("visit", sd(2014, 6, 1), sd(2014, 6, 1), {}, "b"),
      make_event("visit", sd(2014, 7, 1), sd(2014, 7, 1), {}, "b"),
      make_event("visit", sd(2014, 8, 1), sd(2014, 8, 1), {}, "b"),
      make_event("visit", sd(1990, 1, 1), sd(1990, 1, 1), {}, "c"),
      make_event("visit", sd(1980, 1, 1), sd(1980, 1, 1), {}, "d"),
      make_event("visit", sd(2014, 9, 1), sd(2014, 9, 1), {}, "d"),
  });
  const auto names = [](const std::vector<Lane>& lanes) {
    std::vector<std::string> out;
    for (const Lane& l : lanes) out.push_back(l.name);
    return out;
  };
  CHECK(names(lanes_of(t, all(t), LaneKey::document)) == std::vector<std::string>{"a", "b", "c", "d"});
  // Three lanes: b (3 events) and d (2) keep theirs, in reading order; a and c (1 each) merge.
  const auto capped = lanes_of(t, all(t), LaneKey::document, 3);
  CHECK(names(capped) == std::vector<std::string>{"b", "d", "other (2 documents)"});
  CHECK(capped[2].events == std::vector<std::uint32_t>{4, 0});
}

TEST_CASE("overlap counts include events that start before the range and end inside it") {
  const Timeline t = timeline_of({
      make_event("a", sd(2012, 1, 1), sd(2020, 12, 31)),  // spans everything
      make_event("a", sd(2014, 1, 29), sd(2014, 1, 29)),
      make_event("a", sd(2014, 3, 1), sd(2014, 3, 31)),
      make_event("a", sd(2016, 1, 1), sd(2016, 1, 1)),
  });
  const Lane lane = lane_of(t, all(t));
  CHECK(count_overlapping(lane, day(2014, 1, 1), day(2014, 2, 1)) == 2);
  CHECK(count_overlapping(lane, day(2014, 3, 31), day(2014, 4, 1)) == 2);
  CHECK(count_overlapping(lane, day(2014, 4, 1), day(2015, 1, 1)) == 1);
  CHECK(count_overlapping(lane, day(2021, 1, 1), day(2022, 1, 1)) == 0);
  CHECK(count_overlapping(lane, day(2010, 1, 1), day(2030, 1, 1)) == 4);
}

TEST_CASE("a day event gets a mark at the x its date maps to; wide intervals become bars") {
  const Timeline t = timeline_of({
      make_event("a", sd(2014, 1, 29), sd(2014, 1, 29)),
      make_event("a", sd(2014, 1, 1), sd(2020, 12, 31)),
  });
  const Lane lane = lane_of(t, all(t));
  const TimeAxis axis{day(2012, 1, 1), day(2021, 1, 1), 0.0f, 1600.0f};
  std::vector<Mark> marks;
  build_marks(lane, axis, 3.0f, 1000, marks);
  REQUIRE(marks.size() == 2);
  const Mark& bar = marks[0].count == 1 && lane.events[marks[0].first] == 1 ? marks[0] : marks[1];
  const Mark& point = &bar == &marks[0] ? marks[1] : marks[0];
  CHECK(point.x0 == doctest::Approx(axis.x_of(day(2014, 1, 29))));
  CHECK(point.x1 - point.x0 < 3.0f);
  CHECK(bar.x0 == doctest::Approx(axis.x_of(day(2014, 1, 1))));
  CHECK(bar.x1 == doctest::Approx(axis.x_of(day(2021, 1, 1))));
}

TEST_CASE("events closer than the fold width fold into one mark with their count") {
  std::vector<Event> events;
  for (unsigned d = 1; d <= 5; ++d) events.push_back(make_event("a", sd(2014, 3, d), sd(2014, 3, d)));
  events.push_back(make_event("a", sd(2018, 3, 1), sd(2018, 3, 1)));
  const Timeline t = timeline_of(std::move(events));
  const Lane lane = lane_of(t, all(t));
  const TimeAxis axis{day(2012, 1, 1), day(2021, 1, 1), 0.0f, 1600.0f};  // ~2 days per pixel
  std::vector<Mark> marks;
  build_marks(lane, axis, 3.0f, 1000, marks);
  REQUIRE(marks.size() >= 2);
  std::uint32_t total = 0;
  for (const Mark& m : marks) total += m.count;
  CHECK(total == 6);
  CHECK(marks.back().count == 1);
  CHECK(marks.front().count >= 2);
  // Zoomed in to that week, each day is its own mark again.
  build_marks(lane, TimeAxis{day(2014, 2, 28), day(2014, 3, 7), 0.0f, 1600.0f}, 3.0f, 1000, marks);
  CHECK(marks.size() == 5);
}

TEST_CASE("folding at a disc's width leaves every mark of a crowded lane room in a single row") {
  // 300 day events in 1998-2000 seen over 1800-2010: far more than rows of dots can hold. Folded
  // at a numbered disc's width plus the row gap (as the viewer does when marks would be left out,
  // with its widest usual badge), the marks are discs or dots that all fit side by side in one row.
  std::vector<Event> events;
  for (int i = 0; i < 300; ++i) {
    const auto d = sd(1998, 1, 1) + date::days{(i * 37) % 1000};
    events.push_back(make_event("a", d, d));
  }
  events.push_back(make_event("a", sd(1850, 6, 1), sd(1850, 6, 1)));
  const Timeline t = timeline_of(std::move(events));
  const Lane lane = lane_of(t, all(t));
  const TimeAxis axis{day(1800, 1, 1), day(2010, 1, 1), 160.0f, 1178.0f};
  constexpr float disc_radius = 9.0f, dot_radius = 5.0f, gap = 6.0f, crowded_fold = 2 * disc_radius + gap + 1.0f;
  std::vector<Mark> marks;
  build_marks(lane, axis, crowded_fold, 1500, marks);
  std::uint32_t total = 0;
  for (const Mark& m : marks) total += m.count;
  CHECK(total == 301);  // nothing lost: every event is in some mark's count
  for (std::size_t i = 1; i < marks.size(); ++i) CHECK(marks[i].x0 - marks[i - 1].x0 >= crowded_fold);
  std::vector<RowSpan> spans;
  for (const Mark& m : marks) {
    const float r = m.count > 1 ? disc_radius : dot_radius;
    spans.push_back({m.x0 - r, m.x0 + r});
  }
  std::vector<RowPlacement> rows;
  pack_rows(spans, spans, 1, gap, rows);
  for (const RowPlacement& p : rows) CHECK(p.row == 0);
}

TEST_CASE("a fold's members are the narrow events it folded, not a bar that starts among them") {
  std::vector<Event> events;
  events.push_back(make_event("a", sd(2014, 3, 1), sd(2014, 3, 1)));
  events.push_back(make_event("a", sd(2014, 3, 2), sd(2014, 9, 30)));  // wide: a bar of its own
  events.push_back(make_event("a", sd(2014, 3, 3), sd(2014, 3, 3)));
  events.push_back(make_event("a", sd(2014, 3, 4), sd(2014, 3, 4)));
  events.push_back(make_event("a", sd(2018, 3, 4), sd(2018, 3, 4)));  // far away: not in the fold
  const Timeline t = timeline_of(std::move(events));
  const Lane lane = lane_of(t, all(t));
  const TimeAxis axis{day(2012, 1, 1), day(2021, 1, 1), 0.0f, 1600.0f};
  std::vector<Mark> marks;
  build_marks(lane, axis, 25.0f, 1000, marks);
  REQUIRE(marks.size() == 3);  // the fold of three days, the bar, the day in 2018
  REQUIRE(marks[0].count == 3);
  CHECK(marks[1].first == 1);
  std::vector<std::uint32_t> members;
  fold_members(lane, marks[0], axis, 8, members);
  CHECK(members == std::vector<std::uint32_t>{0, 2, 3});
  fold_members(lane, marks[0], axis, 2, members);  // at most `most`
  CHECK(members == std::vector<std::uint32_t>{0, 2});
}

TEST_CASE("a fold's badge sits at the centre of its events' extent, not at its first event") {
  // Three days over five months of 1998 at two decades' zoom fold into one mark; its badge belongs
  // in the middle of them, with the extent (first start to last end) kept clear in its row.
  std::vector<Event> events;
  for (const unsigned month : {1u, 3u, 6u}) events.push_back(make_event("a", sd(1998, month, 1), sd(1998, month, 1)));
  const Timeline t = timeline_of(std::move(events));
  const Lane lane = lane_of(t, all(t));
  const TimeAxis axis{day(1990, 1, 1), day(2010, 1, 1), 100.0f, 1100.0f};
  std::vector<Mark> marks;
  build_marks(lane, axis, 35.0f, 1000, marks);
  REQUIRE(marks.size() == 1);
  REQUIRE(marks[0].count == 3);
  const float first = axis.x_of(day(1998, 1, 1)), last_end = axis.x_of(day(1998, 6, 2));
  const FoldPlace place = place_fold(marks[0], 9.0f);
  CHECK(place.centre == doctest::Approx((first + last_end) / 2));
  CHECK(place.centre - first > 9.0f);  // the badge no longer covers the first event only
  CHECK(place.span.x0 <= first);
  CHECK(place.span.x1 >= last_end);
  // A fold narrower than its badge takes the badge's width, centred on it.
  const Mark narrow{500.0f, 504.0f, 2, 0, false};
  const FoldPlace small = place_fold(narrow, 9.0f);
  CHECK(small.centre == doctest::Approx(502.0f));
  CHECK(small.span.x0 == doctest::Approx(493.0f));
  CHECK(small.span.x1 == doctest::Approx(511.0f));
}

TEST_CASE("events outside the view produce no marks") {
  const Timeline t = timeline_of({make_event("a", sd(2014, 1, 29), sd(2014, 1, 29))});
  const Lane lane = lane_of(t, all(t));
  std::vector<Mark> marks;
  build_marks(lane, TimeAxis{day(2015, 1, 1), day(2016, 1, 1), 0.0f, 800.0f}, 3.0f, 1000, marks);
  CHECK(marks.empty());
  build_marks(lane_of(t, {}), TimeAxis{0, 10, 0, 10}, 3.0f, 1000, marks);
  CHECK(marks.empty());
  // A day that ends where the view starts, or starts where it ends, is not in view: no sliver of
  // its bar at the edge (zoomed into hours, the day before would show as a line at the left).
  build_marks(lane, TimeAxis{day(2014, 1, 30), day(2014, 1, 31), 0.0f, 800.0f}, 3.0f, 1000, marks);
  CHECK(marks.empty());
  build_marks(lane, TimeAxis{day(2014, 1, 28), day(2014, 1, 29), 0.0f, 800.0f}, 3.0f, 1000, marks);
  CHECK(marks.empty());
  build_marks(lane, TimeAxis{day(2014, 1, 29) + 0.5, day(2014, 1, 30) + 0.5, 0.0f, 800.0f}, 3.0f, 1000, marks);
  CHECK(marks.size() == 1);
}

TEST_CASE("many events fold into density buckets whose number is bounded by the width") {
  std::vector<Event> events;
  for (int i = 0; i < 20000; ++i) {
    const auto d = sd(2012, 1, 1) + date::days{i % 3000};
    events.push_back(make_event("a", d, d + date::days{i % 7}));
  }
  const Timeline t = timeline_of(std::move(events));
  const Lane lane = lane_of(t, all(t));
  const TimeAxis axis{day(2011, 1, 1), day(2022, 1, 1), 0.0f, 900.0f};
  std::vector<Mark> marks;
  build_marks(lane, axis, 3.0f, 1000, marks);
  CHECK(marks.size() <= 300);
  CHECK_FALSE(marks.empty());
  for (const Mark& m : marks) {
    CHECK(m.density);
    CHECK(m.count > 0);
    CHECK(m.count == count_overlapping(lane, axis.day_at(m.x0), axis.day_at(m.x1)));
  }
  for (std::size_t i = 1; i < marks.size(); ++i) CHECK(marks[i].x0 > marks[i - 1].x0);
  const auto capacity = marks.capacity();
  build_marks(lane, pan_by_pixels(axis, 40.0), 3.0f, 1000, marks);
  CHECK(marks.capacity() == capacity);  // no per-frame growth for a steady view
}

TEST_CASE("a bar's label goes inside it when it fits, after it when the bar is shorter than the label") {
  // A view of [100, 900) px; labels 60 px wide; 12 px from a bar's end to a label after it.
  const auto closed = [](float x0, float x1) { return bar_shape(x0, x1, false, false); };
  CHECK(bar_label_x(closed(200, 400), 60, 100, 900, 12) == 205);   // long bar: inside, 5 px in
  CHECK(bar_label_x(closed(200, 270), 60, 100, 900, 12) == 205);   // just fits: 5 + 60 + 5
  CHECK(bar_label_x(closed(200, 269), 60, 100, 900, 12) == 281);   // a px short: after the bar
  CHECK(bar_label_x(closed(200, 230), 60, 100, 900, 12) == 242);   // a short (planned) box is not written over
  CHECK(bar_label_x(closed(0, 400), 60, 100, 900, 12) == 105);     // starts left of the view: its visible start
  CHECK(bar_label_x(closed(0, 150), 60, 100, 900, 12) == 162);     // little of it visible: after it
  CHECK(bar_label_x(closed(880, 1200), 60, 100, 900, 12) == 885);  // runs off the right edge: stays inside
}

TEST_CASE(
    "an open end fades over a third of the bar, at least 14 px, both over a quarter each, at most the fade limit") {
  const BarShape by = bar_shape(100, 160, true, false);  // "by 2014": only the end is known
  CHECK(by.x0 == 100);
  CHECK(by.solid_x0 == 120);
  CHECK(by.solid_x1 == 160);
  CHECK(by.x1 == 160);
  const BarShape since = bar_shape(100, 400, false, true, 36);  // long: the fade stops at 36 px
  CHECK(since.solid_x0 == 100);
  CHECK(since.solid_x1 == 364);
  // Both ends open ("later this year", approx): half the bar stays solid, so a short one is seen.
  const BarShape approx = bar_shape(100, 140, true, true);
  CHECK(approx.solid_x0 == 110);
  CHECK(approx.solid_x1 == 130);
  // A month "before March 2014" at a few years' zoom, 21 px: a third (7 px) would not be seen as
  // a fade; it takes 14 px, and two thirds of a still shorter bar, whose known end stays solid.
  const BarShape month_before = bar_shape(100, 121, true, false);
  CHECK(month_before.solid_x0 == 114);
  CHECK(month_before.solid_x1 == 121);
  const BarShape short_after = bar_shape(100, 112, false, true);
  CHECK(short_after.solid_x0 == 100);
  CHECK(short_after.solid_x1 == 104);
  CHECK(bar_shape(100, 142, true, false).solid_x0 == 114);   // a third from 42 px on
  const BarShape inverted = bar_shape(100, 90, true, true);  // never a negative width
  CHECK(inverted.x0 <= inverted.solid_x0);
  CHECK(inverted.solid_x0 <= inverted.solid_x1);
  CHECK(inverted.solid_x1 <= inverted.x1);
}

TEST_CASE("a dot with one open side has a tail there, so that 'before March 2014' is no day") {
  // A month "before March 2014" at a decade's zoom is 3 px: a dot, with a 14 px tail to its left.
  const DotShape before = dot_shape(500, 5, true, false);
  CHECK(before.x0 == 481);
  CHECK(before.x1 == 505);
  const DotShape since = dot_shape(500, 5, false, true);  // "since 2012": the tail runs on
  CHECK(since.x0 == 495);
  CHECK(since.x1 == 519);
  const DotShape day = dot_shape(500, 5, false, false);
  CHECK(day.x0 == 495);
  CHECK(day.x1 == 505);
  const DotShape approx = dot_shape(500, 5, true, true);  // approx: a halo, no tail
  CHECK(approx.x0 == 495);
  CHECK(approx.x1 == 505);
  CHECK(dot_shape(500, 5, true, false, 20).x0 == 475);
}

TEST_CASE("a label starts in the solid body of a bar, never in its faded lead-in") {
  // The seed's planned "opened" (by the end of 2014): a 124 px bar whose first 36 px fade in.
  const BarShape opened = bar_shape(400, 524, true, false);
  CHECK(bar_label_x(opened, 45, 100, 900, 12) == 441);  // 5 px into the dashed box, not into the fade
  // The same label on a short open-start bar: the solid body is too short, so after the bar,
  // although the whole bar (fade included) would have held it.
  const BarShape short_by = bar_shape(400, 470, true, false);
  CHECK(bar_label_x(short_by, 45, 100, 900, 12) == 482);
  // A fading tail is no room either: the label must fit before the body ends.
  const BarShape since = bar_shape(400, 470, false, true);
  CHECK(bar_label_x(since, 45, 100, 900, 12) == 482);
  // Scrolled so that the lead-in is off to the left: the label starts at the view's edge.
  CHECK(bar_label_x(bar_shape(50, 300, true, false), 45, 100, 900, 12) == 105);
}

TEST_CASE("a label takes the first of its places that no mark or label drawn overlaps, else the first") {
  // The DCT label of WikiWars merged: right of the line at the foot of the lanes, where the label
  // "erupted" of the last lane lies; left of the line, where that event's dot lies; so the head.
  const std::array<Box, 4> places{Box{962, 771, 1072, 787}, Box{846, 771, 956, 787}, Box{962, 86, 1072, 102},
                                  Box{846, 86, 956, 102}};
  const std::vector<Box> drawn{Box{968, 765, 1020, 781}, Box{954, 767, 967, 779}, Box{970, 110, 1080, 126}};
  CHECK(first_clear(places, drawn) == 2);
  CHECK(first_clear(places, std::vector<Box>{}) == 0);
  // Touching edges do not overlap.
  CHECK(first_clear(places, std::vector<Box>{Box{1072, 771, 1100, 787}}) == 0);
  // Every place taken: the first, over what is there.
  CHECK(first_clear(places, std::vector<Box>{Box{0, 0, 2000, 900}}) == 0);
  // A narrow canvas ending at x 1000: the places right of the line would be cut at its edge, so
  // the label goes left of the line (it was drawn at the foot right, over an event's label, cut).
  const Box canvas{100, 80, 1000, 800};
  CHECK(first_clear(places, std::vector<Box>{}, canvas) == 1);
  CHECK(first_clear(places, drawn, canvas) == 3);
  // Every place inside taken: the first inside, over what is there, not one cut at the edge.
  CHECK(first_clear(places, std::vector<Box>{Box{0, 0, 2000, 900}}, canvas) == 1);
  // Nothing inside at all: the first.
  CHECK(first_clear(places, std::vector<Box>{}, Box{0, 0, 50, 50}) == 0);
}

TEST_CASE("when every place of a label is taken, it goes where it covers least of what is drawn") {
  // The bounds timeline in a 1000x700 window, DCT line at x 503: right of it at the foot lie the
  // label "published" and the edge of its dot (1,302 px2 covered), left of it the dot's margin alone
  // (14 px2); at the head the bar and label "grown" take both. It went right, over "published"; now left.
  const std::array<Box, 4> places{Box{505, 551, 601, 567}, Box{401, 551, 497, 567}, Box{505, 85, 601, 102},
                                  Box{401, 85, 497, 102}};
  const std::vector<Box> drawn{Box{513, 551, 590, 567}, Box{496, 551, 510, 565}, Box{446, 92, 510, 106},
                               Box{516, 92, 566, 106}};
  const Box canvas{159, 83, 642, 569};
  CHECK(first_clear(places, drawn, canvas) == 1);
  // Equal overlaps: the first of them.
  CHECK(first_clear(places, std::vector<Box>{Box{0, 0, 2000, 900}}, canvas) == 0);
}

TEST_CASE("lanes that fit the canvas: the limit grows with the height and never drops below two") {
  CHECK(lanes_that_fit(708, 34) == 20);
  CHECK(lanes_that_fit(340, 34) == 10);
  CHECK(lanes_that_fit(50, 34) == 2);
  CHECK(lanes_that_fit(0, 34) == 2);
  CHECK(lanes_that_fit(708, 0) == 2);  // a degenerate lane height gives the smallest limit, not a division by zero
}

TEST_CASE("band names stay inside their bands and never overlap, nested or side by side") {
  std::vector<StripLabel> names;
  // Side by side: 2012..2013 is 60 px wide, its 80 px name is given the band's room (elided);
  // 2014..2020 starts right after it and has room to spare.
  const std::vector<RowSpan> side{{100, 160}, {160, 600}};
  place_strip_labels(side, std::vector<float>{80, 80}, 0, 1000, 10, names);
  CHECK(names[0].x == 104);
  CHECK(names[0].room == 52);  // 160 - 4 - 104
  CHECK(names[1].x == doctest::Approx(164.0));
  CHECK(names[1].x >= names[0].x + std::min(80.0f, names[0].room));
  // Nested: the inner band's name goes after the outer one's, within the inner band.
  const std::vector<RowSpan> nested{{100, 900}, {120, 400}};
  place_strip_labels(nested, std::vector<float>{60, 60}, 0, 1000, 10, names);
  CHECK(names[0].x == 104);
  CHECK(names[1].x == doctest::Approx(104 + 60 + 2 + 4));
  CHECK(names[1].room == doctest::Approx(400 - 4 - 170));
  // A band too narrow for even a letter gets no name; one scrolled off gets none either.
  const std::vector<RowSpan> tight{{100, 112}, {2000, 2100}};
  place_strip_labels(tight, std::vector<float>{60, 60}, 0, 1000, 10, names);
  CHECK(names[0].room == 0);
  CHECK(names[1].room == 0);
  // A band starting left of the view: its name starts at the view's edge.
  place_strip_labels(std::vector<RowSpan>{{-500, 300}}, std::vector<float>{60}, 0, 1000, 10, names);
  CHECK(names[0].x == 4);
}

TEST_CASE("row packing stacks labels in rows and never lets anything overlap") {
  // Marks 10 px wide whose labels reach 100 px further, all close together.
  const std::vector<RowSpan> labelled{{0, 110}, {50, 160}, {104, 214}};
  const std::vector<RowSpan> bare{{0, 10}, {50, 60}, {104, 114}};
  std::vector<RowPlacement> out;
  pack_rows(labelled, bare, 3, 4.0f, out);
  CHECK(out == std::vector<RowPlacement>{{0, true}, {1, true}, {2, true}});
}

TEST_CASE("row packing drops a label before it drops the next mark") {
  const std::vector<RowSpan> labelled{{0, 110}, {50, 160}, {104, 214}};
  const std::vector<RowSpan> bare{{0, 10}, {50, 60}, {104, 114}};
  std::vector<RowPlacement> out;
  pack_rows(labelled, bare, 1, 4.0f, out);
  // One row: the first label would hide the second mark, so it goes; the second's label would
  // hide the third mark; the last keeps its label.
  CHECK(out == std::vector<RowPlacement>{{0, false}, {0, false}, {0, true}});
}

TEST_CASE("row packing leaves out what finds no room and checks every placed pair") {
  std::vector<RowSpan> labelled, bare;
  for (int i = 0; i < 200; ++i) {
    const float x = static_cast<float>(i) * 2.0f;
    bare.push_back({x, x + 10.0f});
    labelled.push_back({x, x + 60.0f});
  }
  std::vector<RowPlacement> out;
  pack_rows(labelled, bare, 4, 4.0f, out);
  std::size_t dropped = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i].row < 0) {
      ++dropped;
      continue;
    }
    const RowSpan a = out[i].labelled ? labelled[i] : bare[i];
    for (std::size_t j = i + 1; j < out.size(); ++j) {
      if (out[j].row != out[i].row) continue;
      CHECK(bare[j].x0 >= a.x1 + 4.0f);
      break;  // the next in the same row is the nearest
    }
  }
  CHECK(dropped > 0);
  CHECK(dropped < out.size());
  pack_rows(labelled, bare, 0, 4.0f, out);
  for (const auto& p : out) CHECK(p.row == -1);
}

TEST_CASE("row packing lets a long bar give way to the many marks it would shut out of the row") {
  // One row: a bar over the whole view first, then three folds of 40 events each under it.
  const std::vector<RowSpan> bare{{0, 1000}, {100, 118}, {300, 318}, {500, 518}};
  const std::vector<RowSpan> labelled{{0, 1000}, {100, 118}, {300, 318}, {500, 518}};
  const std::vector<std::uint32_t> events{1, 40, 40, 40};
  std::vector<RowPlacement> out;
  pack_rows(labelled, bare, 1, 6.0f, out, events);
  CHECK(out == std::vector<RowPlacement>{{-1, false}, {0, true}, {0, true}, {0, true}});
  // Counted one event per item, three marks still beat one bar.
  pack_rows(labelled, bare, 1, 6.0f, out, std::vector<std::uint32_t>(4, 1));
  CHECK(out[0].row == -1);
  // Without weights: left to right only, the bar keeps the row, and its label (dropping it would
  // free no room: the bar itself reaches the marks).
  pack_rows(labelled, bare, 1, 6.0f, out);
  CHECK(out == std::vector<RowPlacement>{{0, true}, {-1, false}, {-1, false}, {-1, false}});
  // Two rows: everything has room, left to right as before (the bar in the first row).
  pack_rows(labelled, bare, 2, 6.0f, out, events);
  CHECK(out == std::vector<RowPlacement>{{0, true}, {1, true}, {1, true}, {1, true}});
}

TEST_CASE("row packing keeps left-to-right order when giving way would not show more events") {
  // The bar holds 50 events' worth (a weight the caller gives), the two marks under it 1 each.
  const std::vector<RowSpan> bare{{0, 400}, {100, 110}, {200, 210}};
  const std::vector<RowPlacement> left_to_right{{0, true}, {-1, false}, {-1, false}};
  std::vector<RowPlacement> out;
  pack_rows(bare, bare, 1, 4.0f, out, std::vector<std::uint32_t>{50, 1, 1});
  CHECK(out == left_to_right);
  // A tie (one bar against one mark) keeps the left-to-right packing too.
  pack_rows(std::span{bare}.first(2), std::span{bare}.first(2), 1, 4.0f, out, std::vector<std::uint32_t>{1, 1});
  CHECK(out == std::vector<RowPlacement>{{0, true}, {-1, false}});
}

TEST_CASE("row packing keeps the label of a mark that already reaches the next item") {
  // A bar [0, 300) labelled inside, in one row with a dot at 100 that it shuts out anyway: the
  // label stays (was dropped for the dot, which found no row either way).
  const std::vector<RowSpan> bare{{0, 300}, {100, 110}, {400, 410}};
  std::vector<RowPlacement> out;
  pack_rows(bare, bare, 1, 4.0f, out);
  CHECK(out == std::vector<RowPlacement>{{0, true}, {-1, false}, {0, true}});
  // A bar whose label runs past it, over the first mark the bar leaves room for: that mark has no
  // other row, so the label gives way to it.
  const std::vector<RowSpan> labelled{{0, 360}, {100, 180}, {340, 420}};
  const std::vector<RowSpan> marks{{0, 300}, {100, 110}, {340, 350}};
  pack_rows(labelled, marks, 1, 4.0f, out);
  CHECK(out == std::vector<RowPlacement>{{0, false}, {-1, false}, {0, true}});
  // With a second row for that mark, the label stays.
  pack_rows(labelled, marks, 2, 4.0f, out);
  CHECK(out == std::vector<RowPlacement>{{0, true}, {1, true}, {1, true}});
}

TEST_CASE("row packing places duplicates after the first reports, in the room those leave") {
  // One row. A duplicate's year bar [0, 900) comes first; two first reports (dots with labels)
  // lie under it. Left to right it took the row and shut both out; deferred, the dots get it and
  // the bar, with no room left, is left out.
  const std::vector<RowSpan> bare{{0, 900}, {100, 110}, {500, 510}};
  const std::vector<RowSpan> labelled{{0, 900}, {100, 160}, {500, 560}};
  const std::vector<std::uint8_t> duplicate{1, 0, 0};
  std::vector<RowPlacement> out;
  pack_rows(labelled, bare, 1, 4.0f, out, {}, duplicate);
  CHECK(out == std::vector<RowPlacement>{{-1, false}, {0, true}, {0, true}});
  // Two rows: the duplicate takes the second, which the first reports left empty.
  pack_rows(labelled, bare, 2, 4.0f, out, {}, duplicate);
  CHECK(out == std::vector<RowPlacement>{{1, true}, {0, true}, {0, true}});
  // A duplicate dot between two first reports: with its label where that fits...
  const std::vector<RowSpan> dots{{0, 10}, {200, 210}, {400, 410}};
  const std::vector<RowSpan> dot_labels{{0, 60}, {200, 260}, {400, 460}};
  pack_rows(dot_labels, dots, 1, 4.0f, out, {}, std::vector<std::uint8_t>{0, 1, 0});
  CHECK(out == std::vector<RowPlacement>{{0, true}, {0, true}, {0, true}});
  // ... its mark alone where only that fits (its label would run into the next dot), and the
  // first reports keep their labels: the duplicate never made them give way.
  const std::vector<RowSpan> long_labels{{0, 60}, {200, 420}, {400, 460}};
  pack_rows(long_labels, dots, 1, 4.0f, out, {}, std::vector<std::uint8_t>{0, 1, 0});
  CHECK(out == std::vector<RowPlacement>{{0, true}, {0, false}, {0, true}});
  const std::vector<RowSpan> first_long{{0, 230}, {200, 260}, {400, 460}};  // was: the first's label gave way
  pack_rows(first_long, dots, 1, 4.0f, out, {}, std::vector<std::uint8_t>{0, 1, 0});
  CHECK(out == std::vector<RowPlacement>{{0, true}, {-1, false}, {0, true}});
  pack_rows(first_long, dots, 1, 4.0f, out);
  CHECK(out == std::vector<RowPlacement>{{0, false}, {0, true}, {0, true}});
}

TEST_CASE("row packing narrowest first keeps labels only where they hide nothing") {
  // A bar shuts out two dots; packed narrowest first the dots get the row, the first dot's label
  // would run into the second dot and goes, the second keeps its label; nothing overlaps.
  const std::vector<RowSpan> bare{{0, 900}, {100, 110}, {150, 160}};
  const std::vector<RowSpan> labelled{{0, 900}, {100, 200}, {150, 250}};
  std::vector<RowPlacement> out;
  pack_rows(labelled, bare, 1, 4.0f, out, std::vector<std::uint32_t>{1, 1, 1});
  CHECK(out == std::vector<RowPlacement>{{-1, false}, {0, false}, {0, true}});
}

TEST_CASE("row packing giving way never lets two placed items overlap and never shows fewer events") {
  // Long bars and short marks mixed, in two rows: whichever packing is kept, what is drawn in a
  // row (with its label when kept) is at least `gap` apart from the next in that row.
  std::vector<RowSpan> labelled, bare;
  std::vector<std::uint32_t> events;
  std::uint32_t seed = 12345;
  const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 8) % 1000u; };
  for (int i = 0; i < 120; ++i) {
    const float x = static_cast<float>(i) * 8.0f;
    const float width = next() < 100 ? 200.0f + static_cast<float>(next()) : 10.0f;  // one in ten a long bar
    bare.push_back({x, x + width});
    labelled.push_back({x, x + width + 40.0f});
    events.push_back(width > 10.0f ? 1u : 1u + next() % 20u);
  }
  constexpr float gap = 6.0f;
  std::vector<RowPlacement> plain, giving_way;
  pack_rows(labelled, bare, 2, gap, plain);
  pack_rows(labelled, bare, 2, gap, giving_way, events);
  const auto shown = [&](const std::vector<RowPlacement>& rows) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].row >= 0) n += events[i];
    return n;
  };
  CHECK(shown(giving_way) >= shown(plain));
  CHECK(shown(giving_way) > shown(plain));  // here the bars do shut marks out
  for (int row = 0; row < 2; ++row) {
    std::vector<RowSpan> drawn;
    for (std::size_t i = 0; i < giving_way.size(); ++i)
      if (giving_way[i].row == row) drawn.push_back(giving_way[i].labelled ? labelled[i] : bare[i]);
    std::sort(drawn.begin(), drawn.end(), [](RowSpan a, RowSpan b) { return a.x0 < b.x0; });
    for (std::size_t k = 1; k < drawn.size(); ++k) CHECK(drawn[k].x0 >= drawn[k - 1].x1 + gap);
  }
}

// The lanes assign_lanes documents, worked out from the events' strings and dates the slow,
// obvious way: groups by name, ordered and capped as documented, each sorted by (start, end, index).
struct ExpectedLane {
  std::string name;
  std::vector<std::uint32_t> events;
};
std::vector<ExpectedLane> expected_lanes(const Timeline& t, const std::vector<std::uint32_t>& shown, LaneKey key,
                                         std::size_t max_lanes) {
  const std::string missing = key == LaneKey::type       ? "(no type)"
                              : key == LaneKey::actor    ? "(no actor)"
                              : key == LaneKey::place    ? "(no place)"
                              : key == LaneKey::document ? "(no document)"
                                                         : "All events";
  std::vector<ExpectedLane> groups;  // in order of first appearance
  const auto add = [&](const std::string& name, std::uint32_t i) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const ExpectedLane& g) { return g.name == name; });
    if (it == groups.end()) it = groups.insert(groups.end(), ExpectedLane{name, {}});
    if (std::find(it->events.begin(), it->events.end(), i) == it->events.end()) it->events.push_back(i);
  };
  for (const std::uint32_t i : shown) {
    const Event& e = t.events()[i];
    const std::vector<std::string> values = key == LaneKey::type       ? std::vector<std::string>{e.type}
                                            : key == LaneKey::document ? std::vector<std::string>{e.document}
                                            : key == LaneKey::actor    ? e.actors
                                            : key == LaneKey::place    ? e.places
                                                                       : std::vector<std::string>{};
    if (values.empty()) add(missing, i);
    for (const std::string& v : values) add(v.empty() ? missing : v, i);
  }
  const auto last = [&](const ExpectedLane& g) { return g.name == missing; };
  if (key == LaneKey::document) {
    // The order the documents were read: that of their first event in the timeline.
    const auto read_at = [&](const ExpectedLane& g) {
      for (std::size_t i = 0; i < t.events().size(); ++i)
        if ((t.events()[i].document.empty() ? missing : t.events()[i].document) == g.name) return i;
      return t.events().size();
    };
    const auto in_read_order = [&](const ExpectedLane& a, const ExpectedLane& b) { return read_at(a) < read_at(b); };
    if (groups.size() > max_lanes) {
      std::stable_sort(groups.begin(), groups.end(), [&](const ExpectedLane& a, const ExpectedLane& b) {
        return a.events.size() != b.events.size() ? a.events.size() > b.events.size() : in_read_order(a, b);
      });
      std::sort(groups.begin(), groups.begin() + static_cast<std::ptrdiff_t>(max_lanes - 1), in_read_order);
    } else {
      std::sort(groups.begin(), groups.end(), in_read_order);
    }
  } else {
    std::sort(groups.begin(), groups.end(), [&](const ExpectedLane& a, const ExpectedLane& b) {
      if (last(a) != last(b)) return last(a) < last(b);
      if (a.events.size() != b.events.size()) return a.events.size() > b.events.size();
      return a.name < b.name;
    });
  }
  if (groups.size() > max_lanes) {
    const std::string plural = key == LaneKey::type    ? "types"
                               : key == LaneKey::actor ? "actors"
                               : key == LaneKey::place ? "places"
                                                       : "documents";
    ExpectedLane other{"other (" + std::to_string(groups.size() - (max_lanes - 1)) + " " + plural + ")", {}};
    for (const std::uint32_t i : shown)
      for (std::size_t g = max_lanes - 1; g < groups.size(); ++g)
        if (std::find(groups[g].events.begin(), groups[g].events.end(), i) != groups[g].events.end()) {
          other.events.push_back(i);
          break;
        }
    groups.resize(max_lanes - 1);
    groups.push_back(std::move(other));
  }
  for (ExpectedLane& g : groups)
    std::sort(g.events.begin(), g.events.end(), [&](std::uint32_t a, std::uint32_t b) {
      const Interval &x = t.events()[a].time.interval, &y = t.events()[b].time.interval;
      if (x.start != y.start) return x.start < y.start;
      return x.end != y.end ? x.end < y.end : a < b;
    });
  return groups;
}

TEST_CASE("lanes from the engine's days and facet ids group the events by their names and dates") {
  // Many types and actors (more than the lane limit), repeated and empty names, events added out
  // of time order: the engine's ids and days give exactly the lanes the events' strings give.
  Timeline t;
  t.add_document({"d1", "one", sd(2014, 2, 5), ""});
  t.add_document({"d2", "two", sd(2014, 2, 5), ""});
  for (int i = 0; i < 300; ++i) {
    Event e = make_event(i % 41 == 0 ? "" : "type" + std::to_string(i % 30), sd(2000 + i % 17, 1 + i % 12, 1),
                         sd(2000 + i % 17, 1 + i % 12, 1 + i % 28), {}, i % 3 ? "d1" : "d2");
    e.id = "e" + std::to_string(i);
    if (i % 4 != 0) e.actors.push_back("actor" + std::to_string(i % 37));
    if (i % 5 == 0) e.actors.push_back("actor" + std::to_string(i % 7));
    if (i % 9 == 0) e.actors.push_back("");
    t.add_event(e);
  }
  const std::vector<std::size_t> ordered = t.ordered();
  std::vector<std::uint32_t> shown;
  for (const std::size_t i : ordered)
    if (i % 7 != 3) shown.push_back(static_cast<std::uint32_t>(i));
  for (const LaneKey key : {LaneKey::none, LaneKey::type, LaneKey::actor, LaneKey::place, LaneKey::document}) {
    CAPTURE(to_string(key));
    const auto lanes = lanes_of(t, shown, key, 12);
    const auto expected = expected_lanes(t, shown, key, 12);
    REQUIRE(lanes.size() == expected.size());
    for (std::size_t l = 0; l < lanes.size(); ++l) {
      CHECK(lanes[l].name == expected[l].name);
      CHECK(lanes[l].events == expected[l].events);
      REQUIRE(lanes[l].starts.size() == lanes[l].events.size());
      for (std::size_t k = 0; k < lanes[l].events.size(); ++k) {
        const Interval& iv = t.events()[lanes[l].events[k]].time.interval;
        CHECK(lanes[l].starts[k] == iv.start.time_since_epoch().count());
        CHECK(lanes[l].ends[k] == iv.end.time_since_epoch().count());
      }
      std::vector<std::int32_t> sorted_ends = lanes[l].ends;
      std::sort(sorted_ends.begin(), sorted_ends.end());
      CHECK(lanes[l].sorted_ends == sorted_ends);
      CHECK(std::is_sorted(lanes[l].starts.begin(), lanes[l].starts.end()));
    }
  }
  // Values of another timeline are refused, not read out of bounds.
  CHECK_THROWS_AS(assign_lanes(t.event_days(), FacetIds{}, shown, LaneKey::type), std::invalid_argument);
}

TEST_CASE("a large lane keeps its end days sorted") {
  std::vector<Event> events;
  for (int i = 0; i < 20000; ++i) {
    const auto start = sd(1900, 1, 1) + date::days{(i * 7919) % 40000};
    events.push_back(make_event("a", start, start + date::days{(i * 31) % 400}));
  }
  const Timeline t = timeline_of(std::move(events));
  const Lane lane = lane_of(t, all(t));
  std::vector<std::int32_t> expected = lane.ends;
  std::sort(expected.begin(), expected.end());
  CHECK(lane.sorted_ends == expected);
  CHECK(std::is_sorted(lane.starts.begin(), lane.starts.end()));
}

TEST_CASE("whiskers of neighbouring folds in a row meet halfway, apart, and never shrink past a badge") {
  // Two folds in row 0 whose events' extents overlap; a third item alone in row 1 reaching under them.
  const RowSpan extents[] = {{100, 400}, {250, 600}, {90, 700}};
  const RowSpan badges[] = {{190, 210}, {410, 440}, {300, 320}};
  const RowPlacement rows[] = {{0, false}, {0, false}, {1, false}};
  std::vector<RowSpan> out;
  trim_whiskers(extents, badges, rows, 4.0f, out);
  REQUIRE(out.size() == 3);
  const float meet = (210.0f + 410.0f) / 2;
  CHECK(out[0].x0 == 100.0f);  // the outer ends are where the events are
  CHECK(out[0].x1 == doctest::Approx(meet - 2.0f));
  CHECK(out[1].x0 == doctest::Approx(meet + 2.0f));
  CHECK(out[1].x1 == 600.0f);
  CHECK(out[2].x0 == 90.0f);  // alone in its row: untouched
  CHECK(out[2].x1 == 700.0f);

  // Badges closer than the gap: each whisker stops at its own badge, none runs over the other.
  const RowSpan tight_badges[] = {{190, 210}, {211, 230}};
  const RowSpan tight_extents[] = {{100, 300}, {150, 400}};
  const RowPlacement one_row[] = {{0, false}, {0, false}};
  trim_whiskers(tight_extents, tight_badges, one_row, 4.0f, out);
  CHECK(out[0].x1 == 210.0f);
  CHECK(out[1].x0 == 211.0f);

  // Items left out of every row neither are trimmed nor trim others; apart ones keep their extents.
  const RowSpan apart_extents[] = {{0, 50}, {40, 90}, {100, 150}};
  const RowSpan apart_badges[] = {{20, 30}, {60, 70}, {120, 130}};
  const RowPlacement middle_out[] = {{0, false}, {-1, false}, {0, false}};
  trim_whiskers(apart_extents, apart_badges, middle_out, 4.0f, out);
  CHECK(out[0].x1 == 50.0f);
  CHECK(out[1].x0 == 40.0f);
  CHECK(out[2].x0 == 100.0f);

  CHECK_THROWS_AS(trim_whiskers(tight_extents, badges, rows, 4.0f, out), std::invalid_argument);
}

TEST_CASE("a tooltip goes beside its row, never over it, and stays inside an 800x600 window") {
  const Box window{0, 0, 800, 600};
  const auto same = [](const Box& a, const Box& b) {
    return a.x0 == doctest::Approx(b.x0) && a.y0 == doctest::Approx(b.y0) && a.x1 == doctest::Approx(b.x1) &&
           a.y1 == doctest::Approx(b.y1);
  };
  // "approved" on the seed at 800x600: the row 282..304 in the upper half, the mouse left of the
  // middle: under the row, opening rightwards from 8 px before the mouse.
  CHECK(same(place_tooltip(227, Box{222, 282, 300, 304}, 476, 180, window), Box{219, 306, 695, 486}));
  // The mouse right of the middle opens leftwards: from x 418 back 476 px would begin at -58, cut
  // at the window's left edge; it begins at 0, still under the row.
  CHECK(same(place_tooltip(410, Box{405, 282, 440, 304}, 476, 180, window), Box{0, 306, 476, 486}));
  // A mouse near the right edge in the left half: moved left to end at the window's edge.
  CHECK(same(place_tooltip(390, Box{385, 100, 440, 122}, 476, 180, window), Box{324, 124, 800, 304}));
  // The bottom lane's row 430..452: over the row, ending 2 px above it.
  CHECK(same(place_tooltip(248, Box{243, 430, 390, 452}, 476, 190, window), Box{240, 238, 716, 428}));
  // Taller than the room under the row (600 - 286 = 314 px): moved up over the row, inside the window.
  CHECK(same(place_tooltip(100, Box{95, 262, 200, 284}, 300, 320, window), Box{92, 280, 392, 600}));
  // A window that does not start at 0 (a viewport elsewhere on the desktop).
  CHECK(same(place_tooltip(1050, Box{1045, 300, 1100, 322}, 476, 180, Box{1000, 200, 1800, 800}),
             Box{1042, 324, 1518, 504}));
}
