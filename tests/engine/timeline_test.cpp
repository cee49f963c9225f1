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
  CHECK(is_duplicate(a, event("b", "d2", "visit", "Official Visit", "2014", "2014", {})));
  CHECK_FALSE(is_duplicate(a, event("b", "d2", "visit", "trip", "2014", "2014", {})));
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
