#include "fixtures.hpp"

#include <annalist/engine/compare.hpp>
#include <annalist/engine/json.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace annalist;
using annalist::test::day;
using annalist::test::document;
using annalist::test::event;
using Strings = std::vector<std::string>;
using Counts = std::vector<std::size_t>;

namespace {

// 2012..2013: two visits and a treaty; 2014..2020: a visit, an election, a plan spanning both.
Timeline policy() {
  Timeline t;
  t.add_document(document("d"));
  t.add_event(event("v1", "d", "visit", "visit", "2012-03", "2012-03", {"Kazakhstan", "Brazil"}));
  t.add_event(event("v2", "d", "visit", "visit", "2013-05-02", "2013-05-02", {"Kazakhstan"}));
  t.add_event(event("t1", "d", "agreement", "treaty", "2013-11", "2013-11", {"Russia"}));
  t.add_event(event("v3", "d", "visit", "visit", "2014-06", "2014-06", {"Kazakhstan"}, EventStatus::planned));
  t.add_event(event("el", "d", "election", "elections", "2016", "2016", {"Kazakhstan"}, EventStatus::planned));
  t.add_event(event("pl", "d", "plan", "strategy", "2013", "2015", {"Kazakhstan"}, EventStatus::ongoing));
  return t;
}

const Period before{"before", day("2012-01-01"), day("2013-12-31")};
const Period after{"after", day("2014-01-01"), day("2020-12-31")};

const ComparisonRow* row(const std::vector<ComparisonRow>& rows, const std::string& key) {
  for (const auto& r : rows)
    if (r.key == key) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("comparing two periods counts events, types, actors and statuses side by side") {
  const auto cmp = compare_periods(policy(), before, after);
  REQUIRE(cmp.columns.size() == 2);
  CHECK(cmp.columns[0].label == "before");
  CHECK(cmp.columns[0].events == 4);  // v1, v2, t1 and the plan spanning both
  CHECK(cmp.columns[1].events == 3);
  CHECK(row(cmp.types, "visit")->counts == Counts{2, 1});
  CHECK(row(cmp.types, "agreement")->counts == Counts{1, 0});
  CHECK(cmp.types.front().key == "visit");  // most frequent overall first
  CHECK(row(cmp.actors, "Kazakhstan")->counts == Counts{3, 3});
  REQUIRE(cmp.statuses.size() == 3);
  CHECK(cmp.statuses[0] == ComparisonRow{"occurred", {3, 0}});
  CHECK(cmp.statuses[1] == ComparisonRow{"ongoing", {1, 1}});
  CHECK(cmp.statuses[2] == ComparisonRow{"planned", {0, 2}});
}

TEST_CASE("what appears in one period and not the other: events, types, actors") {
  const Timeline t = policy();
  const auto cmp = compare_periods(t, before, after);
  CHECK(event_ids(cmp.columns[0].only, t) == Strings{"v1", "v2", "t1"});
  CHECK(event_ids(cmp.columns[1].only, t) == Strings{"v3", "el"});
  CHECK(cmp.columns[0].only.types == Strings{"agreement"});
  CHECK(cmp.columns[1].only.types == Strings{"election"});
  CHECK(cmp.columns[0].only.actors == Strings{"Brazil", "Russia"});
  CHECK(cmp.columns[1].only.actors.empty());
}

TEST_CASE("density counts each event once, at its first day inside the period") {
  const auto cmp = compare_periods(policy(), before, after);
  CHECK(cmp.density_unit == DensityUnit::year);
  REQUIRE(cmp.density.size() == 9);  // 2012 .. 2020
  CHECK(cmp.density[0] == ComparisonRow{"2012", {1, 0}});
  CHECK(cmp.density[1] == ComparisonRow{"2013", {3, 0}});
  CHECK(cmp.density[2] == ComparisonRow{"2014", {0, 2}});  // v3 and the plan, clipped to 2014
  CHECK(cmp.density[4] == ComparisonRow{"2016", {0, 1}});
}

TEST_CASE("short periods get monthly density") {
  const auto cmp = compare_periods(policy(), {"a", day("2013-01-01"), day("2013-06-30")},
                                   {"b", day("2013-07-01"), day("2013-12-31")});
  CHECK(cmp.density_unit == DensityUnit::month);
  REQUIRE(cmp.density.size() == 12);
  CHECK(cmp.density[0] == ComparisonRow{"2013-01", {1, 0}});  // the plan starts 2013-01-01
  CHECK(cmp.density[4] == ComparisonRow{"2013-05", {1, 0}});
  CHECK(cmp.density[6] == ComparisonRow{"2013-07", {0, 1}});  // the plan, clipped to b
  CHECK(cmp.density[10] == ComparisonRow{"2013-11", {0, 1}});
}

TEST_CASE("'before March 2014' and 'after 2012' count in every period they may fall in, never in the named time") {
  Timeline t;
  t.add_document(document("d"));
  t.add_event(
      event("bm", "d", "agreement", "signed", "2014-03", "2014-03", {"China"}, EventStatus::occurred, Bound::before));
  t.add_event(event("a12", "d", "other", "expanded", "2012", "2012", {"Union"}, EventStatus::occurred, Bound::after));
  t.add_event(
      event("b12", "d", "visit", "visit", "2012", "2012", {"Kazakhstan"}, EventStatus::occurred, Bound::before));
  t.add_event(event("a14", "d", "plan", "plan", "2014", "2014", {"Kazakhstan"}, EventStatus::planned, Bound::after));
  const Period y2012{"2012", day("2012-01-01"), day("2012-12-31")};
  const Period y2013_2014{"2013..2014", day("2013-01-01"), day("2014-12-31")};
  const auto cmp = compare_periods(t, y2012, y2013_2014);
  CHECK(cmp.columns[0].events == 1);  // before March 2014 (not after 2012, not before 2012)
  CHECK(cmp.columns[1].events == 2);  // before March 2014, after 2012 (not after 2014)
  CHECK(event_ids(cmp.columns[0].only, t) == Strings{});
  CHECK(event_ids(cmp.columns[1].only, t) == Strings{"a12"});
  // Density counts an event at its first possible day inside the period.
  REQUIRE(row(cmp.density, "2012-01"));
  CHECK(row(cmp.density, "2012-01")->counts == Counts{1, 0});
  REQUIRE(row(cmp.density, "2013-01"));
  CHECK(row(cmp.density, "2013-01")->counts == Counts{0, 2});

  // Against 2012..2013 and 2014..2020, both bounded events may lie in either.
  const auto wide = compare_periods(t, before, after);
  CHECK(wide.columns[0].events == 2);
  CHECK(wide.columns[1].events == 3);
  CHECK(event_ids(wide.columns[1].only, t) == Strings{"a14"});
}

TEST_CASE("three periods compare at once, and only-in means in no other period") {
  const Timeline t = policy();
  const auto cmp = compare_periods(t, {before, after, {"late", day("2016-01-01"), day("2016-12-31")}});
  REQUIRE(cmp.columns.size() == 3);
  CHECK(cmp.columns[2].events == 1);
  CHECK(event_ids(cmp.columns[1].only, t) == Strings{"v3"});  // el is also in "late"
  CHECK(cmp.columns[2].only.events.empty());
  CHECK_THROWS_AS(compare_periods(policy(), std::vector<Period>{before}), std::invalid_argument);
}

TEST_CASE("duplicates reported by another document count once") {
  Timeline t = policy();
  Timeline other;
  other.add_document(document("news"));
  other.add_event(event("n1", "news", "visit", "trip", "2012-03-10", "2012-03-10", {"Brazil"}));
  t.merge(other);
  CHECK(t.events().back().duplicate_of == "v1");
  CHECK(compare_periods(t, before, after).columns[0].events == 4);
}

TEST_CASE("comparing two timelines over one period shows what each reports alone") {
  Timeline a = policy();
  Timeline b;
  b.add_document(document("news"));
  b.add_event(event("n1", "news", "visit", "trip", "2012-03-10", "2012-03-10", {"Brazil"}));
  b.add_event(event("n2", "news", "conflict", "clashes", "2013-02", "2013-02", {"Kyrgyzstan"}));
  const auto cmp = compare_timelines(a, "a.json", b, "b.json", before);
  REQUIRE(cmp.columns.size() == 2);
  CHECK(cmp.columns[0].label == "a.json");
  CHECK(cmp.columns[1].events == 2);
  CHECK(event_ids(cmp.columns[0].only, a) == Strings{"pl", "v2", "t1"});  // v1 is also reported by b
  CHECK(event_ids(cmp.columns[1].only, b) == Strings{"n2"});
  CHECK(cmp.columns[1].only.types == Strings{"conflict"});
  CHECK(cmp.columns[1].only.actors == Strings{"Kyrgyzstan"});
}

TEST_CASE("the summary states counts, the ratio, top types and what is new") {
  const auto cmp = compare_periods(policy(), before, after);
  CHECK(cmp.summary.find("before: 4 events; after: 3 events.") == 0);
  CHECK(cmp.summary.find("1.3 times as many in before.") != std::string::npos);
  CHECK(cmp.summary.find("Most frequent type in before: visit (2).") != std::string::npos);
  CHECK(cmp.summary.find("Only in after: types election.") != std::string::npos);
  CHECK(cmp.summary.find("Planned: 0 in before, 2 in after.") != std::string::npos);
}

TEST_CASE("the comparison as JSON keeps columns, rows and summary") {
  const Timeline t = policy();
  const auto j = nlohmann::json::parse(to_json(compare_periods(t, before, after), {&t}));
  CHECK(j["columns"][0]["label"] == "before");
  CHECK(j["columns"][0]["start"] == "2012-01-01");
  CHECK(j["columns"][1]["only_types"] == Strings{"election"});
  CHECK(j["columns"][1]["only_events"] == Strings{"v3", "el"});
  CHECK(j["types"][0]["key"] == "visit");
  CHECK(j["types"][0]["counts"] == Counts{2, 1});
  CHECK(j["density_unit"] == "year");
  CHECK(j["summary"].get<std::string>().rfind("before: 4 events", 0) == 0);
}

namespace {

// One trade story told twice: an early report and a later one that dates, revises and completes it.
Timeline early_report() {
  Timeline t;
  t.add_document(document("early", "2023-03-14"));
  t.add_event(event("e1", "early", "agreement", "agreed", "2023-10", "2023-10", {"United States"}));
  t.add_event(
      event("e2", "early", "economic", "duties", "2023-06", "2023-07", {"European Union"}, EventStatus::planned));
  t.add_event(event("e3", "early", "visit", "visit", "2023-05", "2023-05", {"Katherine Tai"}, EventStatus::planned));
  t.add_event(event("e4", "early", "statement", "said", "2023-03-13", "2023-03-13", {"Eurofer"}));
  return t;
}

Timeline later_report() {
  Timeline t;
  t.add_document(document("later", "2023-11-02"));
  t.add_event(event("l1", "later", "agreement", "signed", "2023-10-30", "2023-10-30", {"United States"}));
  t.add_event(event("l2", "later", "economic", "suspended", "2023-07", "2023-08", {"European Union"}));
  t.add_event(event("l3", "later", "visit", "visit", "2023-05", "2023-05", {"Katherine Tai"}, EventStatus::planned));
  t.add_event(event("l4", "later", "election", "vote", "2023-09", "2023-09", {"Parliament"}));
  return t;
}

const Period year_2023{"2023", day("2023-01-01"), day("2023-12-31")};

}  // namespace

TEST_CASE("comparing two documents pairs what both report and tells how the second dates it") {
  const Timeline a = early_report(), b = later_report();
  const auto cmp = compare_timelines(a, "early", b, "later", year_2023);
  REQUIRE(cmp.both.size() == 3);
  // In the first timeline's order: the visit (May), the duties (June..July), the agreement (October).
  CHECK(cmp.both[0] == ReportedByBoth{2, 2, TimeChange::same, false});
  CHECK(cmp.both[1] == ReportedByBoth{1, 1, TimeChange::moved, true});  // planned, then suspended later
  CHECK(cmp.both[2] == ReportedByBoth{0, 0, TimeChange::more_precise, false});
  CHECK_FALSE(cmp.both[0].changed());
  CHECK(cmp.both[1].changed());
  CHECK(event_ids(cmp.columns[0].only, a) == Strings{"e4"});
  CHECK(event_ids(cmp.columns[1].only, b) == Strings{"l4"});
  CHECK(cmp.summary.find("Reported by both: 3 events of early (2 dated differently, 1 with another status in "
                         "later); 1 only in early, 1 only in later.") != std::string::npos);
  CHECK(cmp.summary.find("times as many") == std::string::npos);  // two reports, not two periods
  const auto reversed = compare_timelines(b, "later", a, "early", year_2023);
  REQUIRE(reversed.both.size() == 3);
  CHECK(reversed.both[2].time == TimeChange::less_precise);
}

TEST_CASE("a happening reported twice by the second document is paired with the report dated alike") {
  Timeline a, b;
  a.add_document(document("early"));
  b.add_document(document("later"));
  a.add_event(event("x", "early", "agreement", "signed", "2023-10-30", "2023-10-30", {"United States"}));
  b.add_event(event("month", "later", "agreement", "agreed", "2023-10", "2023-10", {"United States"}));
  b.add_event(event("day", "later", "agreement", "signed", "2023-10-30", "2023-10-30", {"United States"}));
  const auto cmp = compare_timelines(a, "early", b, "later", year_2023);
  REQUIRE(cmp.both.size() == 1);
  CHECK(cmp.both[0] == ReportedByBoth{0, 1, TimeChange::same, false});  // not the month, met first
}

TEST_CASE("a report 'before March 2014' and one in February 2014 are one happening, the second more precise") {
  Timeline a, b;
  a.add_document(document("early"));
  b.add_document(document("later"));
  a.add_event(event("x", "early", "agreement", "signed", "2014-03", "2014-03", {"China"}, EventStatus::occurred,
                    Bound::before));
  b.add_event(event("march", "later", "agreement", "signed", "2014-03", "2014-03", {"China"}));
  b.add_event(event("feb", "later", "agreement", "signed", "2014-02", "2014-02", {"China"}));
  b.add_event(event("may", "later", "agreement", "signed", "2013-05", "2013-05", {"China"}));
  const Period years{"2013..2014", day("2013-01-01"), day("2014-12-31")};
  const auto cmp = compare_timelines(a, "early", b, "later", years);
  REQUIRE(cmp.both.size() == 1);
  CHECK(cmp.both[0] == ReportedByBoth{0, 1, TimeChange::more_precise, false});
  // Not March itself, which "before" excludes, nor May 2013, far from the named time.
  CHECK(event_ids(cmp.columns[1].only, b) == Strings{"may", "march"});
}

TEST_CASE("the comparison of two documents as JSON names both reports by id") {
  const Timeline a = early_report(), b = later_report();
  const auto j = nlohmann::json::parse(to_json(compare_timelines(a, "early", b, "later", year_2023), {&a, &b}));
  REQUIRE(j["both"].size() == 3);
  CHECK(j["both"][1]["first"] == "e2");
  CHECK(j["both"][1]["second"] == "l2");
  CHECK(j["both"][1]["time"] == "moved");
  CHECK(j["both"][1]["status_changed"] == true);
  const Timeline t = policy();
  const auto periods = compare_periods(t, before, after);
  CHECK(periods.both.empty());
  CHECK_FALSE(nlohmann::json::parse(to_json(periods, {&t})).contains("both"));
}

TEST_CASE("the summary gives events per year when the periods differ in length, and not otherwise") {
  const Timeline t = policy();
  // 4 events in two years, 3 in seven.
  CHECK(compare_periods(t, before, after).summary.find(" Per year: 2.0 in before, 0.4 in after.") != std::string::npos);
  const Period y2012{"2012", day("2012-01-01"), day("2012-12-31")};
  const Period y2013{"2013", day("2013-01-01"), day("2013-12-31")};
  CHECK(compare_periods(t, y2012, y2013).summary.find("Per year") == std::string::npos);
}
