#include "fixtures.hpp"

#include <annalist/engine/interval.hpp>

#include <doctest/doctest.h>

using namespace annalist;
using annalist::test::day;

namespace {
Interval interval(const std::string& a, const std::string& b, Granularity g = Granularity::day,
                  Bound bound = Bound::on) {
  return {day(a), day(b), g, bound};
}
}  // namespace

TEST_CASE("intervals that share a day overlap, including at their edges") {
  CHECK(overlaps(interval("2014-01-01", "2014-12-31"), interval("2014-12-31", "2015-03-01")));
  CHECK(overlaps(interval("2014-01-01", "2020-12-31"), interval("2016-05-01", "2016-05-01")));
  CHECK_FALSE(overlaps(interval("2014-01-01", "2014-12-31"), interval("2015-01-01", "2015-01-31")));
  CHECK(overlaps(interval("2012-01-01", "2014-02-05"), day("2013-01-01"), day("2013-01-01")));
}

TEST_CASE("an uncertain 'by the end of 2014' overlaps every day up to 2014-12-31 and precedes 2015") {
  const auto by_end_2014 = interval("2014-02-05", "2014-12-31", Granularity::year, Bound::by);
  CHECK(overlaps(by_end_2014, interval("2014-06-01", "2014-06-30")));
  CHECK(precedes(by_end_2014, interval("2015-01-01", "2015-01-31")));
  CHECK_FALSE(precedes(by_end_2014, interval("2014-12-31", "2015-01-31")));
}

TEST_CASE("'since 2012' (ongoing at the DCT) overlaps both 2012 and the DCT") {
  const auto since_2012 = interval("2012-01-01", "2014-02-05", Granularity::year, Bound::since);
  CHECK(overlaps(since_2012, interval("2012-01-01", "2012-12-31")));
  CHECK(overlaps(since_2012, interval("2014-02-05", "2014-02-05")));
  CHECK_FALSE(precedes(since_2012, interval("2013-06-01", "2013-06-01")));
}

TEST_CASE("timeline order is by start, then end: a day comes before the month that starts with it") {
  const auto day_ = interval("2014-01-01", "2014-01-01");
  const auto month = interval("2014-01-01", "2014-01-31", Granularity::month);
  const auto later = interval("2014-01-02", "2014-01-02");
  CHECK(timeline_less(day_, month));
  CHECK(timeline_less(month, later));
  CHECK_FALSE(timeline_less(month, day_));
}

TEST_CASE("'before March 2014' may lie on any day up to 2014-02-28, 'after 2012' on any day from 2013-01-01") {
  const auto before_march = interval("2014-03-01", "2014-03-31", Granularity::month, Bound::before);
  const auto after_2012 = interval("2012-01-01", "2012-12-31", Granularity::year, Bound::after);
  CHECK(possible_days(before_march).first == earliest_day);
  CHECK(possible_days(before_march).last == day("2014-02-28"));
  CHECK(possible_days(after_2012).first == day("2013-01-01"));
  CHECK(possible_days(after_2012).last == latest_day);
  CHECK(possible_days(interval("2012-01-01", "2014-02-05", Granularity::year, Bound::since)).first ==
        day("2012-01-01"));
  // Asked about 2013, both may have happened then; never in the named time itself.
  CHECK(overlaps(before_march, day("2013-01-01"), day("2013-12-31")));
  CHECK(overlaps(before_march, day("2014-02-28"), day("2014-02-28")));
  CHECK(overlaps(before_march, day("1990-06-01"), day("1990-06-01")));
  CHECK_FALSE(overlaps(before_march, day("2014-03-01"), day("2014-12-31")));
  CHECK(overlaps(after_2012, day("2013-01-01"), day("2013-01-01")));
  CHECK(overlaps(after_2012, day("2020-01-01"), day("2020-12-31")));
  CHECK_FALSE(overlaps(after_2012, day("2012-01-01"), day("2012-12-31")));
  CHECK_FALSE(overlaps(after_2012, day("2011-01-01"), day("2011-12-31")));
  // Between the two lie 2013 and the first two months of 2014; before 2012 and after 2012 meet nowhere.
  CHECK(overlaps(before_march, after_2012));
  CHECK_FALSE(overlaps(interval("2012-01-01", "2012-12-31", Granularity::year, Bound::before), after_2012));
  CHECK(precedes(before_march, interval("2014-03-01", "2014-03-01")));
  CHECK_FALSE(precedes(before_march, interval("2014-02-28", "2014-02-28")));
  CHECK(precedes(interval("2012-12-31", "2012-12-31"), after_2012));
  CHECK_FALSE(precedes(after_2012, interval("2030-01-01", "2030-01-01")));
  // At the edges of time the named day itself is all there is.
  CHECK(possible_days(interval("0001-01-01", "0001-01-01", Granularity::day, Bound::before)).last == earliest_day);
  CHECK(possible_days(interval("9999-12-31", "9999-12-31", Granularity::day, Bound::after)).first == latest_day);
}

TEST_CASE("timeline order goes by the first possible day: 'before' first, 'after 2012' among 2013's events") {
  const auto before_march = interval("2014-03-01", "2014-03-31", Granularity::month, Bound::before);
  const auto before_2014 = interval("2014-01-01", "2014-12-31", Granularity::year, Bound::before);
  const auto after_2012 = interval("2012-01-01", "2012-12-31", Granularity::year, Bound::after);
  CHECK(timeline_less(before_2014, before_march));  // may end no later than 2013-12-31
  CHECK(timeline_less(before_march, interval("1950-01-01", "1950-01-01")));
  CHECK(timeline_less(interval("2012-12-01", "2012-12-31", Granularity::month), after_2012));
  CHECK(timeline_less(interval("2013-01-01", "2013-01-01"), after_2012));  // one day ends sooner
  CHECK(timeline_less(after_2012, interval("2013-01-02", "2013-01-02")));
}

TEST_CASE("describe writes intervals at their granularity and with their bound") {
  CHECK(describe(interval("2014-01-29", "2014-01-29")) == "2014-01-29");
  CHECK(describe(interval("2012-12-01", "2012-12-31", Granularity::month)) == "2012-12");
  CHECK(describe(interval("2014-01-01", "2020-12-31", Granularity::year)) == "2014..2020");
  CHECK(describe(interval("2014-02-05", "2014-12-31", Granularity::year, Bound::by)) == "by 2014");
  CHECK(describe(interval("2012-01-01", "2014-02-05", Granularity::year, Bound::since)) == "since 2012");
  CHECK(describe(interval("2014-04-01", "2014-06-30", Granularity::quarter)) == "2014-Q2");
  CHECK(describe(interval("2014-01-27", "2014-02-02", Granularity::week)) == "2014-W05");
  CHECK(describe(interval("2010-01-01", "2019-12-31", Granularity::decade, Bound::approx)) == "~2010s");
  CHECK(describe(interval("2001-01-01", "2100-12-31", Granularity::century)) == "21st century");
  // Before and after hold the named time ("before March", "after 2014"), as the extractor writes them.
  CHECK(describe(interval("2014-01-01", "2014-12-31", Granularity::year, Bound::after)) == "after 2014");
  CHECK(describe(interval("2014-03-01", "2014-03-31", Granularity::month, Bound::before)) == "before 2014-03");
  CHECK(describe(interval("2000-02-22", "2000-02-22", Granularity::day, Bound::before)) == "before 2000-02-22");
}

TEST_CASE("date arguments name whole years, months or days, and reject impossible dates") {
  CHECK(parse_date_range("2014")->first == day("2014-01-01"));
  CHECK(parse_date_range("2014")->second == day("2014-12-31"));
  CHECK(parse_date_range("2012-02")->second == day("2012-02-29"));
  CHECK(parse_date_range("2014-02-05")->first == parse_date_range("2014-02-05")->second);
  for (const char* bad : {"2014-02-30", "0000", "2014-13", "14", "2014-1", "2014/01/02", "2014-01-01x", ""})
    CHECK_MESSAGE(!parse_date_range(bad), bad);
}

TEST_CASE("a refused date argument is told why: the days of its month, a month past 12, year 0") {
  const std::string_view form = "YYYY-MM-DD";
  CHECK(date_error("2014-02-30", form) == "is not a date: February 2014 has 28 days");
  CHECK(date_error("2012-02-30", form) == "is not a date: February 2012 has 29 days");  // leap year
  CHECK(date_error("2014-04-31", form) == "is not a date: April 2014 has 30 days");
  CHECK(date_error("2014-01-00", form) == "is not a date: January 2014 has 31 days");
  CHECK(date_error("2014-13", form) == "is not a date: there is no month 13");
  CHECK(date_error("2014-00-10", form) == "is not a date: there is no month 0");
  CHECK(date_error("0000", form) == "is not a date: year 0 does not exist");
  CHECK(date_error("0000-02-30", form) == "is not a date: year 0 does not exist");
  // Not of the form at all, or a date of another form than the caller's: the form is named.
  for (const char* text : {"2014/02/30", "14-02-30", "2014-2-3", "", "2014-02-30T", "2014"})
    CHECK_MESSAGE(date_error(text, form) == "is not a date (YYYY-MM-DD)", text);
}

TEST_CASE("a refused period argument is told why: an impossible end, ends reversed, no name") {
  CHECK(period_error("2014-02-30..2015") == "is not a period: \"2014-02-30\" is not a date: February 2014 has 28 days");
  CHECK(period_error("concept=2014..2020-13") == "is not a period: \"2020-13\" is not a date: there is no month 13");
  CHECK(period_error("2015..2014-06") == "is not a period: it ends (2014-06) before it starts (2015)");
  CHECK(period_error("=2012..2013") == "is not a period: the name before '=' is empty");
  for (const char* text : {"2012-2013", "x", "", "2012...2013"})
    CHECK_MESSAGE(period_error(text) == "is not a period (2012..2013, 2014-01..2020-06-30 or NAME=2012..2013)", text);
}

TEST_CASE("period arguments accept ranges, single units and names") {
  const auto p = parse_period("2012..2013");
  REQUIRE(p);
  CHECK(p->name == "2012..2013");
  CHECK(p->start == day("2012-01-01"));
  CHECK(p->end == day("2013-12-31"));
  const auto named = parse_period("concept=2014-01..2020-06-30");
  REQUIRE(named);
  CHECK(named->name == "concept");
  CHECK(named->end == day("2020-06-30"));
  CHECK(parse_period("2014")->end == day("2014-12-31"));
  CHECK_FALSE(parse_period("2014..2012"));
  CHECK_FALSE(parse_period("=2012..2013"));
  CHECK_FALSE(parse_period("2012..soon"));
}
