#include "fixtures.hpp"

#include <annalist/engine/timeline.hpp>

#include <doctest/doctest.h>

#include <numeric>
#include <random>
#include <stdexcept>

using namespace annalist;
using annalist::test::day;
using annalist::test::document;
using annalist::test::event;
using annalist::test::ids;
using Strings = std::vector<std::string>;

namespace {

// Four events of one article: a policy period, a month, a day and a planned year.
Timeline article() {
  Timeline t;
  t.add_document(document("kz"));
  t.add_event(event("concept", "kz", "adoption", "approved", "2014-01-29", "2014-01-29", {"Nursultan Nazarbayev"}));
  t.add_event(event("strategy", "kz", "publication", "made public", "2012-12", "2012-12", {"Nursultan Nazarbayev"}));
  t.add_event(event("period", "kz", "plan", "concept for", "2014", "2020", {"Kazakhstan"}, EventStatus::planned));
  t.add_event(
      event("embassy", "kz", "establishment", "opening of a new embassy", "2013-11", "2013-11", {"Kazakhstan"}));
  return t;
}

}  // namespace

TEST_CASE("events come back in timeline order: by start, then end") {
  const Timeline t = article();
  CHECK(ids(t, t.ordered()) == Strings{"strategy", "embassy", "period", "concept"});
}

TEST_CASE("a range query returns the events whose interval overlaps the range") {
  const Timeline t = article();
  EventFilter f;
  f.from = day("2013-01-01");
  f.to = day("2013-12-31");
  CHECK(ids(t, t.query(f)) == Strings{"embassy"});
  f.from = day("2016-01-01");
  f.to = day("2016-01-01");
  CHECK(ids(t, t.query(f)) == Strings{"period"});  // 2014..2020 spans 2016
  f.from = day("2012-12-31");
  f.to = day("2014-01-01");
  CHECK(ids(t, t.query(f)) == Strings{"strategy", "embassy", "period"});
}

TEST_CASE("an open-ended range query has no bound on that side") {
  const Timeline t = article();
  EventFilter f;
  f.from = day("2014-01-29");
  CHECK(ids(t, t.query(f)) == Strings{"period", "concept"});
  EventFilter g;
  g.to = day("2012-12-01");
  CHECK(ids(t, t.query(g)) == Strings{"strategy"});
}

TEST_CASE("range queries find long events among many short ones (block skipping is exact)") {
  Timeline t;
  t.add_document(document("d"));
  // One event spanning a decade, then 1000 single days after it starts.
  t.add_event(event("decade", "d", "plan", "programme", "2000", "2009"));
  for (int i = 0; i < 1000; ++i) {
    const auto d = day("2001-01-01") + date::days{i};
    Event e = event("", "d", "visit", "visit", "2001-01-01", "2001-01-01");
    e.time.interval.start = e.time.interval.end = d;
    t.add_event(std::move(e));
  }
  EventFilter f;
  f.from = day("2008-06-01");
  f.to = day("2008-06-30");
  CHECK(ids(t, t.query(f)) == Strings{"decade"});
  f.from = day("2001-01-10");
  f.to = day("2001-01-12");
  CHECK(t.count(f) == 4);
}

TEST_CASE("facet filters combine: OR within a facet, AND across facets, case ignored") {
  const Timeline t = article();
  EventFilter f;
  f.types = {"ADOPTION", "establishment"};
  CHECK(ids(t, t.query(f)) == Strings{"embassy", "concept"});
  f.actors = {"kazakhstan"};
  CHECK(ids(t, t.query(f)) == Strings{"embassy"});
  EventFilter planned;
  planned.statuses = {EventStatus::planned};
  CHECK(ids(t, t.query(planned)) == Strings{"period"});
  EventFilter unknown;
  unknown.types = {"election"};
  CHECK(t.query(unknown).empty());
}

TEST_CASE("an actor filter matches whole words of a name, not fragments") {
  const Timeline t = article();
  EventFilter f;
  f.actors = {"Nazarbayev"};
  CHECK(ids(t, t.query(f)) == Strings{"strategy", "concept"});
  f.actors = {"Nazar"};
  CHECK(t.query(f).empty());
}

TEST_CASE("the text filter searches trigger, sentence and time text") {
  const Timeline t = article();
  EventFilter f;
  f.text = "NEW EMBASSY";
  CHECK(ids(t, t.query(f)) == Strings{"embassy"});
  f.text = "2014-2020";
  CHECK(ids(t, t.query(f)) == Strings{"period"});
}

TEST_CASE("facet counts tally the selected events, most frequent first") {
  const Timeline t = article();
  const auto counts = t.facet_counts({});
  REQUIRE(counts.actors.size() == 2);
  CHECK(counts.actors[0] == FacetCount{"Kazakhstan", 2});
  CHECK(counts.actors[1] == FacetCount{"Nursultan Nazarbayev", 2});
  CHECK(counts.statuses[0] == FacetCount{"occurred", 3});
  CHECK(counts.documents == std::vector<FacetCount>{{"kz", 4}});
  EventFilter f;
  f.to = day("2013-12-31");
  CHECK(t.facet_counts(f).types == std::vector<FacetCount>{{"establishment", 1}, {"publication", 1}});
}

TEST_CASE("add_event assigns fresh ids and refuses taken ids and reversed intervals") {
  Timeline t;
  t.add_document(document("d"));
  const auto first = t.add_event(event("", "d", "visit", "visit", "2014", "2014"));
  t.add_event(event("e2", "d", "visit", "visit", "2014", "2014"));
  const auto third = t.add_event(event("", "d", "visit", "visit", "2014", "2014"));
  CHECK(t.events()[first].id == "e1");
  CHECK(t.events()[third].id == "e3");  // e2 is taken
  CHECK_THROWS_AS(t.add_event(event("e1", "d", "visit", "visit", "2014", "2014")), std::invalid_argument);
  Event reversed = event("r", "d", "visit", "visit", "2014", "2014");
  std::swap(reversed.time.interval.start, reversed.time.interval.end);
  CHECK_THROWS_AS(t.add_event(reversed), std::invalid_argument);
  CHECK_THROWS_AS(t.add_document(document("d")), std::invalid_argument);
}

TEST_CASE("the duplicate rule: other document, same type, overlapping time, shared actor or same trigger") {
  const Event a = event("a", "d1", "visit", "official visit", "2014", "2014", {"Kazakhstan", "South Africa"});
  CHECK(is_duplicate(a, event("b", "d2", "visit", "trip", "2014-06", "2014-06", {"south africa"})));
  CHECK_FALSE(is_duplicate(a, event("b", "d1", "visit", "trip", "2014-06", "2014-06", {"South Africa"})));
  CHECK_FALSE(is_duplicate(a, event("b", "d2", "agreement", "trip", "2014-06", "2014-06", {"South Africa"})));
  CHECK_FALSE(is_duplicate(a, event("b", "d2", "visit", "trip", "2015", "2015", {"South Africa"})));
  CHECK_FALSE(is_duplicate(a, event("b", "d2", "visit", "official visit", "2014", "2014", {"Brazil"})));
  CHECK_FALSE(is_duplicate(a, event("b", "d2", "visit", "trip", "2014", "2014", {})));
}

TEST_CASE("a report before or after a named time tells the same happening only near that time") {
  // "before the summer of 1943" may have been in 1914, but is no report of 1914's invasion.
  const Event before_summer = event("w2", "ww2", "conflict", "offensive", "1943-06", "1943-08", {"Germany"},
                                    EventStatus::occurred, Bound::before);
  CHECK(is_duplicate(before_summer, event("s", "other", "conflict", "offensive", "1943-05", "1943-05", {"Germany"})));
  CHECK(is_duplicate(before_summer, event("s", "other", "conflict", "offensive", "1943-03", "1943-03", {"Germany"})));
  CHECK_FALSE(
      is_duplicate(before_summer, event("w1", "ww1", "conflict", "invaded", "1914-08-07", "1914-08-07", {"Germany"})));
  CHECK_FALSE(
      is_duplicate(before_summer, event("s", "other", "conflict", "attack", "1943-07", "1943-07", {"Germany"})));
  const Event after_1982 =
      event("a", "d1", "other", "were lost", "1982", "1982", {"Iran"}, EventStatus::occurred, Bound::after);
  CHECK(is_duplicate(after_1982, event("b", "d2", "other", "lost", "1983-04", "1983-04", {"Iran"})));
  CHECK_FALSE(is_duplicate(after_1982, event("b", "d2", "other", "increased", "2007", "2007", {"Iran"})));
  // Merging finds the report near the named time, not the far one it might also have been.
  Timeline t;
  t.add_document(document("ww1"));
  t.add_document(document("ww2"));
  t.add_document(document("other"));
  t.add_event(event("w1", "ww1", "conflict", "invaded", "1914-08-07", "1914-08-07", {"Germany"}));
  t.add_event(before_summer);
  t.add_event(event("s", "other", "conflict", "offensive", "1943-05", "1943-05", {"Germany"}));
  CHECK(t.mark_duplicates() == 1);
  CHECK(t.events()[0].duplicate_of.empty());
  CHECK(t.events()[1].duplicate_of.empty());
  CHECK(t.events()[2].duplicate_of == "w2");
}

TEST_CASE("without actors, the same trigger is a duplicate only when both sentences share a name") {
  const auto with_sentence = [](Event e, std::string sentence) {
    e.sentence = std::move(sentence);
    return e;
  };
  const Event a = with_sentence(event("a", "d1", "visit", "official visit", "2014", "2014", {"Kazakhstan"}),
                                "In 2014 the President will pay an official visit to Johannesburg.");
  CHECK(is_duplicate(a, with_sentence(event("b", "d2", "visit", "Official Visit", "2014", "2014", {}),
                                      "An official visit to Johannesburg is planned for 2014.")));
  // The same words of different stories: a trigger and a date are not enough.
  const Event sales = with_sentence(event("s1", "d1", "economic", "sales", "1988", "1988"),
                                    "Sales for the full year were $6.6 billion, up 13% from last year.");
  CHECK_FALSE(is_duplicate(sales, with_sentence(event("s2", "d2", "economic", "sales", "1988", "1988"),
                                                "Net sales rose 4% to $40 million last year.")));
  // Sentence-initial words, months and weekdays, the trigger and the time expression are no names.
  const Event monday = with_sentence(event("m1", "d1", "economic", "Trading", "1989-10-16", "1989-10-16"),
                                     "Trading was heavy on Monday, October 16.");
  CHECK_FALSE(is_duplicate(monday, with_sentence(event("m2", "d2", "economic", "trading", "1989-10", "1989-10"),
                                                 "Trading in October 1989 slowed after Monday.")));
  // No name in the first sentence: nothing to share.
  CHECK_FALSE(is_duplicate(monday, with_sentence(event("m3", "d2", "economic", "trading", "1989-10", "1989-10"),
                                                 "Heavy trading on Monday in Tokyo and London.")));
  CHECK(is_duplicate(with_sentence(monday, "Trading was heavy in Tokyo on Monday, October 16."),
                     with_sentence(event("m4", "d2", "economic", "trading", "1989-10", "1989-10"),
                                   "Heavy trading in Tokyo in October 1989.")));
}

TEST_CASE("merge marks an event reported again by another document as a duplicate, keeping it") {
  Timeline a = article();
  Timeline b;
  b.add_document(document("news"));
  b.add_event(event("n1", "news", "adoption", "adopted", "2014-01", "2014-01", {"Nursultan Nazarbayev"}));
  b.add_event(event("n2", "news", "election", "elections", "2016", "2016", {"Kazakhstan"}));
  a.merge(std::move(b));
  REQUIRE(a.events().size() == 6);
  CHECK(a.events()[4].duplicate_of == "concept");
  CHECK(a.events()[5].duplicate_of.empty());
  EventFilter distinct;
  distinct.skip_duplicates = true;
  CHECK(a.count(distinct) == 5);
}

TEST_CASE("merge renames clashing document and event ids and keeps identical documents once") {
  Timeline a = article();
  Timeline b;
  b.add_document(document("kz", "2015-01-01"));  // another document under the same id
  b.add_event(event("concept", "kz", "visit", "visited", "2015", "2015"));
  a.merge(b);
  REQUIRE(a.documents().size() == 2);
  CHECK(a.documents()[1].id == "kz-2");
  CHECK(a.events().back().document == "kz-2");
  CHECK(a.events().back().id != "concept");

  Timeline again = article();
  again.merge(article());  // merging the same timeline changes nothing
  CHECK(again.documents().size() == 1);
  CHECK(again.events() == article().events());
}

TEST_CASE("periods are stored by name, and select keeps the chosen events and their documents") {
  Timeline t = article();
  t.add_document(document("other"));
  t.add_period({"before", day("2012-01-01"), day("2013-12-31")});
  t.add_period({"before", day("2011-01-01"), day("2013-12-31")});
  REQUIRE(t.periods().size() == 1);
  CHECK(t.find_period("before")->start == day("2011-01-01"));
  EventFilter f;
  f.types = {"adoption"};
  const Timeline s = t.select(t.query(f));
  CHECK(ids(s, s.ordered()) == Strings{"concept"});
  CHECK(s.documents().size() == 1);
  CHECK(s.periods().size() == 1);
}

TEST_CASE("a copied timeline queries independently of the original") {
  Timeline t = article();
  CHECK(t.count({}) == 4);
  Timeline copy = t;
  copy.add_event(event("x", "kz", "visit", "visit", "2015", "2015"));
  CHECK(copy.count({}) == 5);
  CHECK(t.count({}) == 4);
  const Timeline moved = std::move(copy);
  CHECK(moved.count({}) == 5);
}

TEST_CASE("range queries find 'before March 2014' in 2013 and never in March, 'after 2012' in 2013, never in 2011") {
  Timeline t;
  t.add_document(document("d"));
  t.add_event(event("before-march", "d", "agreement", "signed", "2014-03", "2014-03", {"China"}, EventStatus::occurred,
                    Bound::before));
  t.add_event(
      event("after-2012", "d", "other", "expanded", "2012", "2012", {"Union"}, EventStatus::occurred, Bound::after));
  t.add_event(event("in-2012", "d", "visit", "visit", "2012-05", "2012-05", {"Kazakhstan"}));
  t.add_event(event("in-2013", "d", "visit", "visit", "2013-01-01", "2013-01-01", {"Kazakhstan"}));
  t.add_event(event("march", "d", "visit", "visit", "2014-03-10", "2014-03-10", {"Kazakhstan"}));
  const auto between = [&](const std::string& from, const std::string& to) {
    EventFilter f;
    f.from = parse_date_range(from)->first;
    f.to = parse_date_range(to)->second;
    return ids(t, t.query(f));
  };
  using Ids = std::vector<std::string>;
  CHECK(between("2013", "2013") == Ids{"before-march", "in-2013", "after-2012"});
  CHECK(between("2012", "2012") == Ids{"before-march", "in-2012"});
  CHECK(between("2011", "2011") == Ids{"before-march"});
  CHECK(between("2014-03", "2014-03") == Ids{"after-2012", "march"});
  CHECK(between("2014-02-28", "2014-03-01") == Ids{"before-march", "after-2012"});
  CHECK(between("2030", "2030") == Ids{"after-2012"});
  CHECK(ids(t, t.ordered()) == Ids{"before-march", "in-2012", "in-2013", "after-2012", "march"});
  // Drawn and spanned as long a stretch as the named time, on the side where the event lies.
  const EventDays days = t.event_days();
  CHECK(days.starts[0] == day("2014-01-29").time_since_epoch().count());
  CHECK(days.ends[0] == day("2014-02-28").time_since_epoch().count());
  CHECK(days.starts[1] == day("2013-01-01").time_since_epoch().count());
  CHECK(days.ends[1] == day("2014-01-01").time_since_epoch().count());  // 2012 had 366 days
  CHECK(t.span()->start == day("2012-05-01"));
  CHECK(t.span()->end == day("2014-03-10"));
}

TEST_CASE("span covers all events, and an empty timeline has none") {
  CHECK_FALSE(Timeline().span());
  const auto span = article().span();
  REQUIRE(span);
  CHECK(span->start == day("2012-12-01"));
  CHECK(span->end == day("2020-12-31"));
}

TEST_CASE("range queries agree with checking every event, for intervals of every length") {
  Timeline t;
  t.add_document(document("d"));
  std::mt19937 rng(12345);
  const auto base = day("1990-01-01");
  const int lengths[] = {0, 0, 20, 30, 200, 365, 1000, 3000, 9000};
  for (int i = 0; i < 3000; ++i) {
    Event e = event("", "d", "visit", "visit", "1990", "1990");
    e.time.interval.start = base + date::days{static_cast<int>(rng() % 12000)};
    e.time.interval.end = e.time.interval.start + date::days{lengths[rng() % std::size(lengths)]};
    // One in twenty lies before, one in twenty after its named time: open to the edge of time.
    const unsigned side = rng() % 20;
    e.time.interval.bound = side == 0 ? Bound::before : side == 1 ? Bound::after : Bound::on;
    t.add_event(std::move(e));
  }
  std::vector<std::size_t> all(t.events().size());
  std::iota(all.begin(), all.end(), 0);
  std::stable_sort(all.begin(), all.end(), [&](std::size_t a, std::size_t b) {
    return timeline_less(t.events()[a].time.interval, t.events()[b].time.interval);
  });
  for (int q = 0; q < 200; ++q) {
    EventFilter f;
    f.from = base + date::days{static_cast<int>(rng() % 13000) - 500};
    f.to = *f.from + date::days{static_cast<int>(rng() % 400)};
    std::vector<std::size_t> expected;
    for (const auto i : all)
      if (overlaps(t.events()[i].time.interval, *f.from, *f.to)) expected.push_back(i);
    REQUIRE(t.query(f) == expected);
  }
}

namespace {

// `count` events over [from_day, from_day + spread) with lengths drawn from `lengths`, some with a
// second actor, in three documents; a fixed seed keeps failures reproducible.
Timeline random_timeline(std::uint32_t seed, int count, int spread, const std::vector<int>& lengths) {
  Timeline t;
  for (const char* d : {"d1", "d2", "d3"}) t.add_document(document(d));
  std::mt19937 rng(seed);
  const auto base = day("1990-01-01");
  const char* types[] = {"visit", "plan", "agreement"};
  for (int i = 0; i < count; ++i) {
    std::vector<std::string> actors{"Actor " + std::to_string(rng() % 40)};
    if (rng() % 3 == 0) actors.push_back("Actor " + std::to_string(rng() % 40));
    Event e = event("", "d" + std::to_string(1 + rng() % 3), types[rng() % 3], "met", "1990", "1990", actors,
                    static_cast<EventStatus>(rng() % 3));
    e.time.interval.start = base + date::days{static_cast<int>(rng() % static_cast<unsigned>(spread))};
    e.time.interval.end = e.time.interval.start + date::days{lengths[rng() % lengths.size()]};
    t.add_event(std::move(e));
  }
  return t;
}

// What a query must return, by checking every event: timeline order, then `accepts`.
template <class Accepts>
std::vector<std::size_t> brute_force(const Timeline& t, const EventFilter& f, Accepts&& accepts) {
  std::vector<std::size_t> all(t.events().size());
  std::iota(all.begin(), all.end(), 0);
  std::stable_sort(all.begin(), all.end(), [&](std::size_t a, std::size_t b) {
    return timeline_less(t.events()[a].time.interval, t.events()[b].time.interval);
  });
  std::vector<std::size_t> out;
  const auto from = f.from.value_or(date::sys_days::min()), to = f.to.value_or(date::sys_days::max());
  for (const auto i : all)
    if (overlaps(t.events()[i].time.interval, from, to) && accepts(t.events()[i])) out.push_back(i);
  return out;
}

std::vector<std::size_t> visited(const Timeline& t, const EventFilter& f) {
  std::vector<std::size_t> out;
  t.for_each(f, [&](std::size_t i) { out.push_back(i); });
  return out;
}

}  // namespace

TEST_CASE("query, for_each and count agree with checking every event, with and without facets") {
  // Dense long intervals (the spanning events are found through a bitmap) and sparse ones among
  // many single days (they are sorted): both ways must give the exact timeline order.
  const std::vector<int> dense{0, 0, 20, 30, 200, 365, 1000, 3000, 9000};
  const std::vector<int> sparse{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12000};
  for (const auto* lengths : {&dense, &sparse}) {
    const Timeline t = random_timeline(99, 4000, 12000, *lengths);
    std::mt19937 rng(7);
    for (int q = 0; q < 150; ++q) {
      EventFilter f;
      if (q % 10 != 0) f.from = day("1990-01-01") + date::days{static_cast<int>(rng() % 13000) - 500};
      if (q % 10 != 1) f.to = f.from.value_or(day("1990-01-01")) + date::days{static_cast<int>(rng() % 400)};
      const auto by_date = brute_force(t, f, [](const Event&) { return true; });
      REQUIRE(t.query(f) == by_date);
      REQUIRE(visited(t, f) == by_date);
      REQUIRE(t.count(f) == by_date.size());

      f.types = {"visit"};
      f.statuses = {EventStatus::occurred, EventStatus::planned};
      const auto faceted =
          brute_force(t, f, [](const Event& e) { return e.type == "visit" && e.status != EventStatus::ongoing; });
      REQUIRE(t.query(f) == faceted);
      REQUIRE(visited(t, f) == faceted);
      REQUIRE(t.count(f) == faceted.size());
    }
  }
}

TEST_CASE("events with the same interval keep the order they were added in") {
  Timeline t;
  t.add_document(document("d"));
  for (const char* id : {"m1", "d1", "y1", "m2", "d2", "y2", "m3"}) {
    const std::string kind(1, id[0]);
    const std::string start = kind == "d" ? "2014-03-05" : kind == "m" ? "2014-03" : "2014";
    t.add_event(event(id, "d", "visit", "visit", start, start));
  }
  CHECK(ids(t, t.ordered()) == Strings{"y1", "y2", "m1", "m2", "m3", "d1", "d2"});
  EventFilter f;
  f.from = day("2014-03-05");
  f.to = day("2014-03-05");
  CHECK(ids(t, t.query(f)) == Strings{"y1", "y2", "m1", "m2", "m3", "d1", "d2"});
  f.from = day("2014-03-06");
  f.to = day("2014-12-31");
  CHECK(ids(t, t.query(f)) == Strings{"y1", "y2", "m1", "m2", "m3"});
}

TEST_CASE("a range selects events touching either end and events spanning all of it") {
  Timeline t;
  t.add_document(document("d"));
  t.add_event(event("ends-day-before", "d", "visit", "visit", "2014-02-28", "2014-02-28"));
  t.add_event(event("ends-on-from", "d", "visit", "visit", "2014-02-01", "2014-03-01"));
  t.add_event(event("spans-all", "d", "plan", "plan", "2010", "2020"));
  t.add_event(event("starts-on-to", "d", "visit", "visit", "2014-03-31", "2014-04-30"));
  t.add_event(event("starts-day-after", "d", "visit", "visit", "2014-04-01", "2014-04-01"));
  t.add_event(event("inside", "d", "visit", "visit", "2014-03-15", "2014-03-15"));
  EventFilter f;
  f.from = day("2014-03-01");
  f.to = day("2014-03-31");
  // Spanning events start before the range, so they come first.
  CHECK(ids(t, t.query(f)) == Strings{"spans-all", "ends-on-from", "inside", "starts-on-to"});
  CHECK(t.count(f) == 4);
  f.from = day("2014-04-02");
  f.to = day("2014-04-01");  // to before from: nothing
  CHECK(t.query(f).empty());
  CHECK(t.count(f) == 0);
  CHECK(visited(t, f).empty());
}

TEST_CASE("an open end reaches the first and last days of any year") {
  Timeline t;
  t.add_document(document("d"));
  t.add_event(event("late", "d", "plan", "plan", "9999-12-31", "9999-12-31"));
  t.add_event(event("early", "d", "plan", "plan", "0001-01-01", "0001-01-01"));
  t.add_event(event("all", "d", "plan", "plan", "0001", "9999"));
  CHECK(ids(t, t.ordered()) == Strings{"early", "all", "late"});  // same start: the shorter first
  EventFilter from;
  from.from = day("5000-01-01");
  CHECK(ids(t, t.query(from)) == Strings{"all", "late"});
  EventFilter to;
  to.to = day("0001-01-01");
  CHECK(ids(t, t.query(to)) == Strings{"early", "all"});
  CHECK(t.count(from) == 2);
}

TEST_CASE("an empty timeline answers every query with nothing") {
  const Timeline t;
  EventFilter f;
  CHECK(t.query(f).empty());
  CHECK(t.count(f) == 0);
  f.from = day("2014-01-01");
  f.to = day("2014-12-31");
  f.actors = {"anyone"};
  CHECK(t.query(f).empty());
  CHECK(visited(t, f).empty());
  const auto counts = t.facet_counts(f);
  CHECK(counts.types.empty());
  CHECK(counts.statuses.empty());
}

TEST_CASE("a query may run inside for_each's callback") {
  const Timeline t = random_timeline(5, 2000, 4000, {0, 31, 400, 3000});
  EventFilter outer;
  outer.from = day("1995-01-01");
  outer.to = day("1995-01-31");
  std::size_t checked = 0;
  t.for_each(outer, [&](std::size_t i) {
    EventFilter inner;
    inner.from = inner.to = t.events()[i].time.interval.start;
    const auto hits = t.query(inner);
    CHECK(std::find(hits.begin(), hits.end(), i) != hits.end());
    ++checked;
  });
  CHECK(checked == t.count(outer));
  CHECK(checked > 0);
}

TEST_CASE("facet counts stay right over thousands of distinct names") {
  Timeline t;
  t.add_document(document("d"));
  for (int i = 0; i < 3000; ++i)
    t.add_event(event("", "d", "type " + std::to_string(i % 700), "met", "2014", "2014",
                      {"Actor " + std::to_string(i % 1500), "Group " + std::to_string(i % 3)}));
  const auto counts = t.facet_counts({});
  CHECK(counts.types.size() == 700);
  REQUIRE(counts.actors.size() == 1503);
  CHECK(counts.actors[0] == FacetCount{"Group 0", 1000});
  CHECK(counts.actors[3] == FacetCount{"Actor 0", 2});
  EventFilter f;
  f.actors = {"actor 1499"};
  CHECK(t.count(f) == 2);
}

TEST_CASE("a refused event leaves the timeline as it was") {
  Timeline t = article();
  const auto before = t.events();
  CHECK(t.count({}) == 4);
  CHECK_THROWS_AS(t.add_event(event("concept", "kz", "visit", "visit", "2015", "2015")), std::invalid_argument);
  CHECK(t.events() == before);
  CHECK(t.count({}) == 4);
  t.add_event(event("", "kz", "visit", "visit", "2015", "2015"));
  CHECK(t.events().back().id == "e1");
  CHECK(t.count({}) == 5);
}

TEST_CASE("documents are found by id after adding, merging, copying and moving") {
  Timeline t;
  for (int i = 0; i < 500; ++i) t.add_document(document("doc" + std::to_string(i)));
  REQUIRE(t.find_document("doc499"));
  CHECK(t.find_document("doc499")->title == "Title of doc499");
  CHECK_FALSE(t.find_document("doc500"));
  Timeline other;
  other.add_document(document("doc7", "2020-01-01"));  // clashes: renamed on merge
  other.add_document(document("new"));
  t.merge(other);
  CHECK(t.find_document("new"));
  REQUIRE(t.find_document("doc7-2"));
  CHECK(t.find_document("doc7-2")->dct == day("2020-01-01"));
  const Timeline copy = t;
  CHECK(copy.find_document("doc7-2") == &copy.documents()[500]);
  const Timeline moved = std::move(t);
  CHECK(moved.find_document("new") == &moved.documents()[501]);
}

TEST_CASE("facet ids give every event its values as ids into the distinct names") {
  Timeline t;
  t.add_document(document("a"));
  t.add_document(document("b"));
  t.add_event(event("x", "b", "visit", "visit", "2016", "2016", {"Kazakhstan", "Brazil"}));
  t.add_event(event("y", "a", "adoption", "approved", "2012", "2012"));
  t.add_event(event("z", "a", "visit", "visit", "2014", "2014", {"Brazil"}));
  for (const Facet facet : {Facet::type, Facet::actor, Facet::place, Facet::document}) {
    const FacetIds ids = t.facet_ids(facet);
    REQUIRE(ids.begin.size() == t.events().size() + 1);
    CHECK(ids.begin.back() == ids.ids.size());
    for (std::size_t i = 0; i < t.events().size(); ++i) {
      const Event& e = t.events()[i];
      std::vector<std::string> expected = facet == Facet::type       ? std::vector<std::string>{e.type}
                                          : facet == Facet::document ? std::vector<std::string>{e.document}
                                          : facet == Facet::actor    ? e.actors
                                                                     : e.places;
      std::vector<std::string> got;
      for (auto k = ids.begin[i]; k < ids.begin[i + 1]; ++k) got.push_back(ids.names.at(ids.ids[k]));
      CHECK(got == expected);
    }
  }
  CHECK(t.facet_ids(Facet::actor).names.size() == 2);  // "Brazil" once
}

TEST_CASE("event days give every event its start and end day by event index, whatever the timeline order") {
  Timeline t;
  t.add_document(document("a"));
  t.add_event(event("late", "a", "visit", "visit", "2016-03-01", "2016-03-31"));
  t.add_event(event("early", "a", "adoption", "approved", "2012", "2013"));
  t.add_event(event("day", "a", "visit", "visit", "2014-01-29", "2014-01-29"));
  const EventDays days = t.event_days();
  REQUIRE(days.starts.size() == t.events().size());
  REQUIRE(days.ends.size() == t.events().size());
  for (std::size_t i = 0; i < t.events().size(); ++i) {
    CHECK(days.starts[i] == t.events()[i].time.interval.start.time_since_epoch().count());
    CHECK(days.ends[i] == t.events()[i].time.interval.end.time_since_epoch().count());
  }
  CHECK(days.ends[1] - days.starts[1] == 730);  // 2012-01-01 .. 2013-12-31
  CHECK(Timeline{}.event_days().starts.empty());
}

TEST_CASE("add_events adds in order and stops at a taken id, keeping the events before it") {
  Timeline t = article();
  const std::size_t before = t.events().size();
  std::vector<Event> batch{event("n1", "kz", "visit", "visit", "2015", "2015"),
                           event("", "kz", "visit", "visit", "2016", "2016")};
  t.add_events(batch);
  CHECK(t.events().size() == before + 2);
  CHECK(t.events()[before].id == "n1");
  batch = {event("n2", "kz", "visit", "visit", "2015", "2015"), event("n1", "kz", "visit", "visit", "2015", "2015"),
           event("n3", "kz", "visit", "visit", "2015", "2015")};
  CHECK_THROWS_AS(t.add_events(batch), std::invalid_argument);
  CHECK(t.events().size() == before + 3);
  CHECK(t.events().back().id == "n2");
  CHECK(t.count({}) == before + 3);
}

TEST_CASE("mark_duplicates marks what an earlier document reported, as merging the documents does") {
  // Three sources of one story, added document by document (as extract of several files does).
  const auto story = [] {
    // The same quotas, reported without actors: the shared name "Chinese" ties the sentences.
    const auto quota = [](std::string id, std::string doc, std::string type, std::string when) {
      Event e = event(std::move(id), std::move(doc), std::move(type), "introduced", when, when);
      e.sentence = "The quotas on Chinese steel were introduced in " + when + ".";
      return e;
    };
    std::vector<Timeline> parts(3);
    const char* names[] = {"early", "later", "paper"};
    for (std::size_t i = 0; i < 3; ++i) parts[i].add_document(document(names[i]));
    parts[0].add_event(event("a1", "early", "agreement", "talks", "2023-03-13", "2023-03-13", {"Valdis Dombrovskis"}));
    parts[0].add_event(quota("a2", "early", "other", "2018"));
    parts[1].add_event(event("b1", "later", "agreement", "signed", "2023-03", "2023-03", {"Dombrovskis"}));
    parts[1].add_event(quota("b2", "later", "other", "2018"));
    parts[1].add_event(quota("b3", "later", "other", "2018"));  // said twice: both copies
    parts[2].add_event(quota("c1", "paper", "other", "2018-06"));
    parts[2].add_event(quota("c2", "paper", "economic", "2018"));                     // another type
    parts[2].add_event(event("c3", "paper", "other", "introduced", "2018", "2018"));  // no name in its sentence
    return parts;
  };
  Timeline built;
  for (auto& part : story()) {
    for (const auto& d : part.documents()) built.add_document(d);
    for (const auto& e : part.events()) built.add_event(e);
  }
  CHECK(built.mark_duplicates() == 4);
  Timeline merged;
  for (auto& part : story()) merged.merge(std::move(part));
  REQUIRE(built.events().size() == merged.events().size());
  for (std::size_t i = 0; i < built.events().size(); ++i) CHECK(built.events()[i] == merged.events()[i]);
  CHECK(built.events()[2].duplicate_of == "a1");  // "Dombrovskis" is a form of "Valdis Dombrovskis"
  CHECK(built.events()[5].duplicate_of == "a2");  // the earliest document's report, not b2
  CHECK(built.events()[6].duplicate_of.empty());
  CHECK(built.events()[7].duplicate_of.empty());
  EventFilter originals;
  originals.skip_duplicates = true;
  CHECK(built.count(originals) == 4);
  CHECK(built.mark_duplicates() == 0);  // marks are kept, nothing is marked twice
}

TEST_CASE("mark_duplicates leaves one document's events alone and follows document order, not event order") {
  Timeline t;
  t.add_document(document("first"));
  t.add_document(document("second"));
  // The second document's event is added before the first's: the first document still holds the original.
  t.add_event(event("s", "second", "visit", "visit", "2014-06", "2014-06", {"Kazakhstan"}));
  t.add_event(event("f", "first", "visit", "trip", "2014-06-02", "2014-06-02", {"Kazakhstan"}));
  t.add_event(event("f2", "first", "visit", "trip", "2014-06-03", "2014-06-03", {"Kazakhstan"}));
  CHECK(t.mark_duplicates() == 1);
  CHECK(t.events()[0].duplicate_of == "f");
  CHECK(t.events()[1].duplicate_of.empty());
  CHECK(t.events()[2].duplicate_of.empty());
}

TEST_CASE(
    "merging documents one by one marks what extracting them in one go marks, though a later document's names change "
    "who a name is") {
  // AQUAINT's Elian Gonzalez stories: "Gonzalez" is Elian until his father is named too, and
  // "James Kopp" is "James C. Kopp" only once "James Charles Kopp" joins the two.
  const auto stories = [] {
    std::vector<Timeline> parts(3);
    const char* names[] = {"jan", "feb", "mar"};
    for (std::size_t i = 0; i < 3; ++i) parts[i].add_document(document(names[i]));
    parts[0].add_event(event("lifted", "jan", "other", "lifted", "2000-01", "2000-01", {"Elian Gonzalez"}));
    parts[0].add_event(event("arrested", "jan", "conflict", "arrested", "1999", "1999", {"James C. Kopp"}));
    parts[1].add_event(event("wrote", "feb", "other", "had written", "2000-01-20", "2000-01-20", {"Gonzalez"}));
    parts[1].add_event(event("charged", "feb", "conflict", "charged", "1999-05", "1999-05", {"James Kopp"}));
    parts[2].add_event(event("flew", "mar", "visit", "flew", "2000-03", "2000-03", {"Juan Miguel Gonzalez"}));
    parts[2].add_event(event("named", "mar", "statement", "named", "1999", "1999", {"James Charles Kopp"}));
    return parts;
  };
  Timeline built;
  for (auto& part : stories()) {
    for (const auto& d : part.documents()) built.add_document(d);
    for (const auto& e : part.events()) built.add_event(e);
  }
  CHECK(built.mark_duplicates() == 1);
  CHECK(built.events()[2].duplicate_of.empty());        // which Gonzalez wrote is not known
  CHECK(built.events()[3].duplicate_of == "arrested");  // one Kopp
  Timeline merged;
  for (auto& part : stories()) merged.merge(std::move(part));
  REQUIRE(merged.events().size() == built.events().size());
  for (std::size_t i = 0; i < built.events().size(); ++i) CHECK(merged.events()[i] == built.events()[i]);
}

TEST_CASE("merging A then B or B then A marks the later document's report; counts agree when each tells it once") {
  const auto merged = [](std::vector<Event> first, std::vector<Event> second) {
    Timeline t, other;
    t.add_document(document(first.front().document));
    for (auto& e : first) t.add_event(std::move(e));
    other.add_document(document(second.front().document));
    for (auto& e : second) other.add_event(std::move(e));
    t.merge(std::move(other));
    return t;
  };
  EventFilter originals;
  originals.skip_duplicates = true;
  // Each document reports the visit once: whichever comes second holds the copy, and the counts
  // of happenings, by type and by actor, are the same both ways.
  const std::vector<Event> a{event("a1", "a", "visit", "visit", "2014-06", "2014-06", {"Nursultan Nazarbayev"}),
                             event("a2", "a", "statement", "said", "2014-06-03", "2014-06-03", {"Kazakhstan"})};
  const std::vector<Event> b{event("b1", "b", "visit", "trip", "2014-06-02", "2014-06-02", {"Nazarbayev"}),
                             event("b2", "b", "agreement", "signed", "2014-06-02", "2014-06-02", {"Kazakhstan"})};
  const Timeline ab = merged(a, b), ba = merged(b, a);
  CHECK(ab.events()[2].duplicate_of == "a1");  // b1
  CHECK(ba.events()[2].duplicate_of == "b1");  // a1
  CHECK(ab.count(originals) == 3);
  CHECK(ba.count(originals) == 3);
  CHECK(ab.facet_counts(originals).types == ba.facet_counts(originals).types);
  CHECK(ab.facet_counts(originals).actors == ba.facet_counts(originals).actors);

  // One document reports the bombings twice (as AQUAINT's APW19980820.1428 does; one document's
  // events are never each other's copies), the other once: both of the first's reports are
  // copies of the other's, but the other's one report is a copy of only one of them.
  const auto bombings = [](std::string id, std::string doc, std::string when) {
    Event e = event(std::move(id), std::move(doc), "conflict", "bombings", when, when);
    e.sentence = "The embassy bombings in Kenya killed 247 people.";
    return e;
  };
  const std::vector<Event> once{bombings("o1", "once", "1998-08")};
  const std::vector<Event> twice{bombings("t1", "twice", "1998-08"), bombings("t2", "twice", "1998-08-07")};
  const Timeline once_first = merged(once, twice), twice_first = merged(twice, once);
  CHECK(once_first.events()[1].duplicate_of == "o1");
  CHECK(once_first.events()[2].duplicate_of == "o1");
  CHECK(once_first.count(originals) == 1);
  CHECK(twice_first.events()[2].duplicate_of == "t1");
  CHECK(twice_first.count(originals) == 2);
}

TEST_CASE("mark_duplicates agrees with merging the documents one by one or in parts, on random stories") {
  std::mt19937 random(20);
  const char* types[] = {"visit", "statement", "agreement"};
  const char* triggers[] = {"said", "signed", "visit"};
  const char* actors[] = {"Valdis Dombrovskis", "Dombrovskis", "Katherine Tai", "Eurofer",
                          "James C. Kopp",      "James Kopp"};
  // Named in one later document only: the first makes "Dombrovskis" ambiguous, the second makes
  // the two Kopps one, so marks made before that document arrives change.
  const char* late_names[] = {"Anna Dombrovskis", "James Charles Kopp"};
  const char* sentences[] = {"The talks in Brussels went on.", "Steel talks went on.", "The talks in Geneva went on."};
  std::size_t all_duplicates = 0;  // the rounds must exercise the rule, not only agree on nothing
  for (int round = 0; round < 30; ++round) {
    std::vector<Timeline> parts(5);
    const std::size_t late_document = 1 + random() % 4;
    for (std::size_t d = 0; d < parts.size(); ++d) {
      const std::string doc = "d" + std::to_string(d);
      parts[d].add_document(document(doc));
      for (int i = 0; i < 30; ++i) {
        const int month = 1 + static_cast<int>(random() % 12);
        const std::string start = "2023-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
        const std::string day = start + "-" + std::to_string(10 + random() % 19);
        std::vector<std::string> who;
        for (const char* a : actors)
          if (random() % 4 == 0) who.push_back(a);
        if (d == late_document && round % 3 != 0 && random() % 4 == 0) who.push_back(late_names[round % 3 - 1]);
        Event e = event(doc + "-" + std::to_string(i), doc, types[random() % 3], triggers[random() % 3],
                        random() % 2 ? start : day, random() % 2 ? start : day, who);
        if (e.time.interval.end < e.time.interval.start) std::swap(e.time.interval.start, e.time.interval.end);
        e.sentence = sentences[random() % 3];
        parts[d].add_event(std::move(e));
      }
    }
    Timeline built, merged, first_half, second_half;
    for (std::size_t d = 0; d < parts.size(); ++d)
      for (Timeline* t : {&built, d < 3 ? &first_half : &second_half}) {
        for (const auto& doc : parts[d].documents()) t->add_document(doc);
        for (const auto& e : parts[d].events()) t->add_event(e);
      }
    const std::size_t marked = built.mark_duplicates();
    for (auto& part : parts) merged.merge(std::move(part));
    first_half.mark_duplicates();  // two extracts, then merged
    second_half.mark_duplicates();
    first_half.merge(std::move(second_half));
    REQUIRE(built.events().size() == merged.events().size());
    REQUIRE(built.events().size() == first_half.events().size());
    std::size_t duplicates = 0;
    for (std::size_t i = 0; i < built.events().size(); ++i) {
      CHECK(built.events()[i].duplicate_of == merged.events()[i].duplicate_of);
      CHECK(built.events()[i].duplicate_of == first_half.events()[i].duplicate_of);
      duplicates += !merged.events()[i].duplicate_of.empty();
    }
    CHECK(marked == duplicates);
    all_duplicates += duplicates;
  }
  CHECK(all_duplicates > 100);
}

TEST_CASE("merge marks the first original of an earlier document in timeline order that checking every event finds") {
  std::mt19937 random(21);
  const char* types[] = {"visit", "statement"};
  const char* triggers[] = {"said", "Said", "signed", "visit"};  // "Said" is "said": case is ignored
  const char* actors[] = {"Katherine Tai", "Eurofer", "Kenya"};  // no name is a form of another
  const char* sentences[] = {"The talks in Brussels went on.", "Steel talks went on."};
  // Days, months, years and spans of years, so that long events reach back over short ones.
  const auto random_event = [&](std::string id, std::string doc) {
    const int year = 2018 + static_cast<int>(random() % 6), month = 1 + static_cast<int>(random() % 12);
    const std::string ym = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
    std::string from = ym, to = ym;
    switch (random() % 4) {
      case 0:
        from = to = ym + "-1" + std::to_string(random() % 10);
        break;
      case 1:
        break;
      case 2:
        from = to = std::to_string(year);
        break;
      default:
        from = std::to_string(year - 3), to = std::to_string(year);
        break;
    }
    std::vector<std::string> who;
    for (const char* a : actors)
      if (random() % 3 == 0) who.push_back(a);
    Event e = event(std::move(id), std::move(doc), types[random() % 2], triggers[random() % 4], from, to, who);
    e.sentence = sentences[random() % 2];
    return e;
  };
  std::size_t all_duplicates = 0;
  for (int round = 0; round < 10; ++round) {
    Timeline mine, theirs;
    for (const char* doc : {"m0", "m1", "m2"}) {
      mine.add_document(document(doc));
      for (int i = 0; i < 40; ++i) mine.add_event(random_event(doc + std::to_string(i), doc));
    }
    mine.mark_duplicates();                 // the merge marks afresh
    for (const char* doc : {"m0", "t1"}) {  // "m0" is the same document: its events are no duplicates of it
      theirs.add_document(document(doc));
      for (int i = 0; i < 40; ++i) theirs.add_event(random_event(std::string("in-") + doc + std::to_string(i), doc));
    }
    mine.merge(std::move(theirs));
    // Every event against every earlier document's unmarked events, documents in the order added:
    // the incoming "m0" events belong to the first document, so they are originals and may be
    // what ours of "m1" and "m2" repeat; a mark made before the merge counts for nothing.
    const auto& events = mine.events();
    const auto rank = [&](const Event& e) {
      for (std::size_t d = 0; d < mine.documents().size(); ++d)
        if (mine.documents()[d].id == e.document) return d;
      return mine.documents().size();
    };
    std::vector<std::size_t> by_document(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) by_document[i] = i;
    std::stable_sort(by_document.begin(), by_document.end(),
                     [&](std::size_t x, std::size_t y) { return rank(events[x]) < rank(events[y]); });
    std::vector<std::string> expected(events.size());
    const std::vector<std::size_t> order = mine.ordered();
    for (const std::size_t i : by_document)
      for (const std::size_t j : order)
        if (rank(events[j]) < rank(events[i]) && expected[j].empty() && is_duplicate(events[j], events[i])) {
          expected[i] = events[j].id;
          break;
        }
    for (std::size_t i = 0; i < events.size(); ++i) {
      CHECK(events[i].duplicate_of == expected[i]);
      all_duplicates += !expected[i].empty();
    }
  }
  CHECK(all_duplicates > 100);
}
