// The viewer's model: loading files, filtering through the engine, lanes, export of the view.
#include "model.hpp"
#include "sample_timeline.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/parser/events.hpp>  // event_types: the taxonomy

#include <date/date.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

using namespace annalist;
using namespace annalist::viewer;

using annalist::test::sd;

TEST_CASE("filters select through the engine and the lanes follow") {
  Model model;
  model.set_timeline(annalist::test::sample_timeline());
  CHECK(model.shown().size() == 3);
  REQUIRE(model.lanes().size() == 2);
  CHECK(model.lanes()[0].name == "visit");
  CHECK(model.data_span()->first == sd(2012, 12, 1).time_since_epoch().count());
  CHECK(model.data_span()->last == sd(2015, 2, 1).time_since_epoch().count());
  CHECK(model.type_slot_of(0) == model.type_slot("visit"));

  Filters f;
  f.actors = {"Kazakhstan"};
  model.apply(f, LaneKey::actor);
  CHECK(model.shown().size() == 2);
  REQUIRE(model.lanes().size() == 1);
  CHECK(model.lanes()[0].name == "Kazakhstan");

  f = Filters{};
  f.statuses = {EventStatus::planned};
  f.from = "2014";
  model.apply(f, LaneKey::type);
  CHECK(model.shown().size() == 1);
  CHECK(model.filter_error().empty());
  CHECK(model.shown_counts().types.size() == 1);
  CHECK(model.all_counts().types.size() == 2);  // the unfiltered counts stay

  f.from = "2014-13";
  model.apply(f, LaneKey::type);
  CHECK(model.filter_error() == "\"2014-13\" is not a date: there is no month 13");
  f.from.clear();
  f.to = "2014/02";
  model.apply(f, LaneKey::type);
  CHECK(model.filter_error() == "\"2014/02\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
}

TEST_CASE("the filtered view exports as a timeline that reads back with only the shown events") {
  Model model;
  model.set_timeline(annalist::test::sample_timeline());
  Filters f;
  f.types = {"visit"};
  model.apply(f, LaneKey::type);
  const std::vector<Period> periods{{"before", sd(2012, 1, 1), sd(2013, 12, 31)},
                                    {"after", sd(2014, 1, 1), sd(2015, 12, 31)}};
  const Timeline exported = timeline_from_json(to_json(model.shown_timeline(periods)), "export.json");
  CHECK(exported.events().size() == 2);
  CHECK(exported.periods().size() == 2);
  CHECK(exported.documents().size() == 1);
  CHECK(to_timelinejs(model.shown_timeline(periods)).find("visit trigger") != std::string::npos);
}

TEST_CASE("a file that cannot be read is reported and the others still load") {
  const auto dir = std::filesystem::temp_directory_path() / "annalist-view-model-test";
  std::filesystem::create_directories(dir);
  write_timeline(dir / "good.json", annalist::test::sample_timeline());
  Model model;
  model.load({dir / "missing.json", dir / "good.json"});
  REQUIRE(model.errors().size() == 1);
  CHECK(model.errors()[0].find("missing.json") != std::string::npos);
  CHECK(model.timeline().events().size() == 3);
  CHECK(model.sources() == std::vector<std::string>{"good.json"});
  std::filesystem::remove_all(dir);
}

TEST_CASE("an empty text file is reported as an empty document, as extract reports it") {
  const auto dir = std::filesystem::temp_directory_path() / "annalist-view-model-empty-test";
  std::filesystem::create_directories(dir);
  write_file_atomically(dir / "empty.txt", " \n\n");
  Model model;
  model.load({dir / "empty.txt", ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt"});
  REQUIRE(model.errors().size() == 1);
  CHECK(model.errors()[0] == (dir / "empty.txt").string() + ": empty document (no text to extract events from)");
  CHECK(model.sources() == std::vector<std::string>{"kazakhstan-foreign-policy-2014.txt"});
  std::filesystem::remove_all(dir);
}

TEST_CASE("merged files each keep their events in the fitted span, however few they hold") {
  // 200 events in 1995-1998 and a second file of 3 events in 2014: 3 of 203 would be trimmed as
  // far outliers of one timeline, but they are a file the analyst opened.
  Timeline many;
  many.add_document({"old", "", sd(1999, 1, 1), ""});
  for (int i = 0; i < 200; ++i) {
    Event e;
    e.id = "old-" + std::to_string(i);
    e.document = "old";
    e.type = "statement";
    e.trigger = "said";
    const auto day = sd(1995, 1, 1) + date::days{i * 7};
    e.time = {"", "", Interval{day, day, Granularity::day, Bound::on}};
    many.add_event(std::move(e));
  }
  const auto dir = std::filesystem::temp_directory_path() / "annalist-view-model-merge-test";
  std::filesystem::create_directories(dir);
  write_timeline(dir / "many.json", many);
  write_timeline(dir / "few.json", annalist::test::sample_timeline());
  Model merged;
  merged.load({dir / "many.json", dir / "few.json"});
  REQUIRE(merged.dense_span());
  CHECK(merged.dense_span()->first <= sd(1995, 6, 1).time_since_epoch().count());
  CHECK(merged.dense_span()->last >= sd(2015, 2, 1).time_since_epoch().count());
  Model one;  // one timeline of the same events: the three far ones are outliers
  Timeline all = many;
  all.merge(annalist::test::sample_timeline());
  one.set_timeline(std::move(all));
  CHECK(one.dense_span()->last < sd(2000, 1, 1).time_since_epoch().count());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a text file is extracted on load") {
  Model model;
  model.load({ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt"});
  CHECK(model.errors().empty());
  CHECK(model.timeline().documents().size() == 1);
  CHECK_FALSE(model.timeline().events().empty());
  CHECK(model.shown().size() == model.timeline().events().size());
}

TEST_CASE("the synthetic timeline has the requested size and mixes granularities") {
  const Timeline t = synthetic_timeline(2000);
  REQUIRE(t.events().size() == 2000);
  bool day = false, month = false, year = false;
  for (const Event& e : t.events()) {
    day |= e.time.interval.granularity == Granularity::day;
    month |= e.time.interval.granularity == Granularity::month;
    year |= e.time.interval.granularity == Granularity::year;
    CHECK(e.time.interval.start <= e.time.interval.end);
  }
  CHECK((day && month && year));
  CHECK(to_json(synthetic_timeline(50)) == to_json(synthetic_timeline(50)));  // deterministic
}

TEST_CASE("each type of the taxonomy keeps its own colour whatever the timeline holds") {
  std::set<int> slots;
  for (const std::string_view type : event_types) {
    const auto slot = taxonomy_slot(type);
    REQUIRE_MESSAGE(slot, "no colour for taxonomy type " << type);
    slots.insert(*slot);
  }
  CHECK(slots.size() == std::size(event_types));  // eleven types, eleven colours: none shares
  CHECK(taxonomy_slot("other") == grey_slot);

  // The same type, different ranks: the sample has more visits than adoptions; here adoptions
  // lead. The colour does not follow the rank.
  Model sample;
  sample.set_timeline(annalist::test::sample_timeline());
  Timeline t = annalist::test::sample_timeline();
  for (const char* id : {"e4", "e5", "e6"}) {
    Event e = t.events()[2];  // e3, the adoption
    e.id = id;
    t.add_event(std::move(e));
  }
  Model more_adoptions;
  more_adoptions.set_timeline(std::move(t));
  REQUIRE(more_adoptions.all_counts().types.front().value == "adoption");
  CHECK(more_adoptions.type_slot("adoption") == sample.type_slot("adoption"));
  CHECK(more_adoptions.type_slot("visit") == sample.type_slot("visit"));
  CHECK(sample.type_slot("visit") == *taxonomy_slot("visit"));
}

TEST_CASE("a type from outside the taxonomy takes a colour no type of the timeline uses") {
  Timeline t = annalist::test::sample_timeline();
  Event e = t.events()[0];
  e.id = "e9";
  e.type = "protest";  // another tool's type
  t.add_event(std::move(e));
  Model model;
  model.set_timeline(std::move(t));
  const int protest = model.type_slot("protest");
  CHECK(protest != model.type_slot("visit"));
  CHECK(protest != model.type_slot("adoption"));
  CHECK(protest != grey_slot);
  CHECK(model.type_slot("never seen") == grey_slot);
}
