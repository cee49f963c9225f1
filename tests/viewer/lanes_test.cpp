// The viewer's lanes: assignment by facet, visible slices, level-of-detail marks, row packing.
#include <annalist/viewer/lanes.hpp>

#include <date/date.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

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

std::vector<std::uint32_t> all(const std::vector<Event>& events) {
  std::vector<std::uint32_t> v(events.size());
  std::iota(v.begin(), v.end(), 0u);
  return v;
}

}  // namespace

TEST_CASE("lanes by type put the most populous type first, each sorted by start") {
  const std::vector<Event> events{
      make_event("visit", sd(2014, 5, 1), sd(2014, 5, 1)),
      make_event("adoption", sd(2014, 1, 29), sd(2014, 1, 29)),
      make_event("visit", sd(2013, 11, 1), sd(2013, 11, 30)),
  };
  const auto lanes = assign_lanes(events, all(events), LaneKey::type);
  REQUIRE(lanes.size() == 2);
  CHECK(lanes[0].name == "visit");
  CHECK(lanes[0].events == std::vector<std::uint32_t>{2, 0});
  CHECK(lanes[0].starts[0] < lanes[0].starts[1]);
  CHECK(lanes[0].longest == 29);
  CHECK(lanes[1].name == "adoption");
}

TEST_CASE("an event with several actors appears in each actor's lane, one without in (no actor)") {
  const std::vector<Event> events{
      make_event("visit", sd(2014, 5, 1), sd(2014, 5, 1), {"Kazakhstan", "South Africa"}),
      make_event("visit", sd(2014, 6, 1), sd(2014, 6, 1), {"Kazakhstan", "Kazakhstan"}),
      make_event("other", sd(2014, 7, 1), sd(2014, 7, 1)),
  };
  const auto lanes = assign_lanes(events, all(events), LaneKey::actor);
  REQUIRE(lanes.size() == 3);
  CHECK(lanes[0].name == "Kazakhstan");
  CHECK(lanes[0].events.size() == 2);  // the doubled actor counts once
  CHECK(lanes[1].name == "South Africa");
  CHECK(lanes[2].name == "(no actor)");
}

TEST_CASE("lanes past the limit are merged into one other lane") {
  std::vector<Event> events;
  for (int i = 0; i < 10; ++i) events.push_back(make_event("t" + std::to_string(i), sd(2014, 1, 1), sd(2014, 1, 1)));
  const auto lanes = assign_lanes(events, all(events), LaneKey::type, 4);
  REQUIRE(lanes.size() == 4);
  CHECK(lanes[3].name == "other (7 types)");
  CHECK(lanes[3].events.size() == 7);
  CHECK(assign_lanes(events, all(events), LaneKey::type, 10).size() == 10);
}

TEST_CASE("only the shown events are assigned, and lane none holds them all") {
  const std::vector<Event> events{
      make_event("visit", sd(2014, 5, 1), sd(2014, 5, 1), {}, "b"),
      make_event("visit", sd(2014, 6, 1), sd(2014, 6, 1), {}, "a"),
  };
  const std::vector<std::uint32_t> shown{1};
  const auto by_doc = assign_lanes(events, shown, LaneKey::document);
  REQUIRE(by_doc.size() == 1);
  CHECK(by_doc[0].name == "a");
  const auto none = assign_lanes(events, all(events), LaneKey::none);
  REQUIRE(none.size() == 1);
  CHECK(none[0].events.size() == 2);
  CHECK(lane_key_from_string("actor") == LaneKey::actor);
  CHECK_FALSE(lane_key_from_string("colour"));
}

TEST_CASE("overlap counts include events that start before the range and end inside it") {
  const std::vector<Event> events{
      make_event("a", sd(2012, 1, 1), sd(2020, 12, 31)),  // spans everything
      make_event("a", sd(2014, 1, 29), sd(2014, 1, 29)),
      make_event("a", sd(2014, 3, 1), sd(2014, 3, 31)),
      make_event("a", sd(2016, 1, 1), sd(2016, 1, 1)),
  };
  const Lane lane = make_lane("a", events, all(events));
  CHECK(count_overlapping(lane, day(2014, 1, 1), day(2014, 2, 1)) == 2);
  CHECK(count_overlapping(lane, day(2014, 3, 31), day(2014, 4, 1)) == 2);
  CHECK(count_overlapping(lane, day(2014, 4, 1), day(2015, 1, 1)) == 1);
  CHECK(count_overlapping(lane, day(2021, 1, 1), day(2022, 1, 1)) == 0);
  CHECK(count_overlapping(lane, day(2010, 1, 1), day(2030, 1, 1)) == 4);
}

TEST_CASE("a day event gets a mark at the x its date maps to; wide intervals become bars") {
  const std::vector<Event> events{
      make_event("a", sd(2014, 1, 29), sd(2014, 1, 29)),
      make_event("a", sd(2014, 1, 1), sd(2020, 12, 31)),
  };
  const Lane lane = make_lane("a", events, all(events));
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
  const Lane lane = make_lane("a", events, all(events));
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

TEST_CASE("events outside the view produce no marks") {
  const std::vector<Event> events{make_event("a", sd(2014, 1, 29), sd(2014, 1, 29))};
  const Lane lane = make_lane("a", events, all(events));
  std::vector<Mark> marks;
  build_marks(lane, TimeAxis{day(2015, 1, 1), day(2016, 1, 1), 0.0f, 800.0f}, 3.0f, 1000, marks);
  CHECK(marks.empty());
  build_marks(make_lane("empty", events, {}), TimeAxis{0, 10, 0, 10}, 3.0f, 1000, marks);
  CHECK(marks.empty());
}

TEST_CASE("many events fold into density buckets whose number is bounded by the width") {
  std::vector<Event> events;
  for (int i = 0; i < 20000; ++i) {
    const auto d = sd(2012, 1, 1) + date::days{i % 3000};
    events.push_back(make_event("a", d, d + date::days{i % 7}));
  }
  const Lane lane = make_lane("a", events, all(events));
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

TEST_CASE("lanes from the engine's facet ids are the lanes built from the events") {
  // Many types and actors (more than the lane limit), repeated and empty names, events added out
  // of time order: the engine's ids and days give exactly the lanes the events give.
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
  const EventDays days = event_days(t.events());
  for (const LaneKey key : {LaneKey::none, LaneKey::type, LaneKey::actor, LaneKey::place, LaneKey::document}) {
    CAPTURE(to_string(key));
    const auto facet = facet_of(key);
    const auto fast = assign_lanes(days, facet ? t.facet_ids(*facet) : FacetIds{}, shown, key, 12);
    const auto slow = assign_lanes(t.events(), shown, key, 12);
    REQUIRE(fast.size() == slow.size());
    for (std::size_t l = 0; l < fast.size(); ++l) {
      CHECK(fast[l].name == slow[l].name);
      CHECK(fast[l].events == slow[l].events);
      CHECK(fast[l].starts == slow[l].starts);
      CHECK(fast[l].sorted_ends == slow[l].sorted_ends);
      CHECK(std::is_sorted(fast[l].starts.begin(), fast[l].starts.end()));
    }
  }
  // Values of another timeline are refused, not read out of bounds.
  CHECK_THROWS_AS(assign_lanes(days, FacetIds{}, shown, LaneKey::type), std::invalid_argument);
}

TEST_CASE("a large lane keeps its end days sorted") {
  std::vector<Event> events;
  for (int i = 0; i < 20000; ++i) {
    const auto start = sd(1900, 1, 1) + date::days{(i * 7919) % 40000};
    events.push_back(make_event("a", start, start + date::days{(i * 31) % 400}));
  }
  const Lane lane = make_lane("a", events, all(events));
  std::vector<std::int32_t> expected = lane.ends;
  std::sort(expected.begin(), expected.end());
  CHECK(lane.sorted_ends == expected);
  CHECK(std::is_sorted(lane.starts.begin(), lane.starts.end()));
}
