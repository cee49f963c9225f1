// interval_of(): the calendar interval a TIMEX3 expression denotes; find_document_date(): the DCT
// from a document's date line.
#include "timex_test_support.hpp"

#include <doctest/doctest.h>

using annalist::Bound;
using annalist::Granularity;
using annalist::interval_of;
using annalist::TimeExpression;
using annalist::TimexType;

namespace {

constexpr date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }
const date::sys_days dct = day(2014, 2, 5);

TimeExpression date_value(std::string value, std::string mod = "", std::string signal = "") {
  TimeExpression t;
  t.value = std::move(value);
  t.mod = std::move(mod);
  t.signal = std::move(signal);
  return t;
}

}  // namespace

TEST_CASE("plain dates are intervals at their granularity") {
  const auto month = interval_of(date_value("2012-12"), dct);
  REQUIRE(month);
  CHECK(*month == annalist::Interval{day(2012, 12, 1), day(2012, 12, 31), Granularity::month, Bound::on});
  CHECK(interval_of(date_value("2014-01-29"), dct)->granularity == Granularity::day);
  const auto decade = interval_of(date_value("199"), dct);
  REQUIRE(decade);
  CHECK(decade->start == day(1990, 1, 1));
  CHECK(decade->end == day(1999, 12, 31));
  CHECK(interval_of(date_value("20"), dct)->end == day(2099, 12, 31));
  const auto week = interval_of(date_value("2014-W06"), dct);
  REQUIRE(week);
  CHECK(week->start == day(2014, 2, 3));
  CHECK(week->end == day(2014, 2, 9));
  CHECK(interval_of(date_value("2014-Q3"), dct)->start == day(2014, 7, 1));
  CHECK(interval_of(date_value("2014-H2"), dct)->end == day(2014, 12, 31));
  CHECK(interval_of(date_value("2013-WI"), dct)->end == day(2014, 2, 28));
  CHECK(interval_of(date_value("2014-02-05TMO"), dct)->start == dct);
}

TEST_CASE("ranges span both ends") {
  auto range = date_value("2014");
  range.range_begin = "2014";
  range.range_end = "2020";
  const auto i = interval_of(range, dct);
  REQUIRE(i);
  CHECK(i->start == day(2014, 1, 1));
  CHECK(i->end == day(2020, 12, 31));
  CHECK(i->granularity == Granularity::year);
}

TEST_CASE("bounds come from the signal and the mod") {
  const auto by = interval_of(date_value("2014", "END", "by"), dct);
  REQUIRE(by);
  CHECK(*by == annalist::Interval{dct, day(2014, 12, 31), Granularity::year, Bound::by});
  const auto since = interval_of(date_value("2012", "", "since"), dct);
  REQUIRE(since);
  CHECK(*since == annalist::Interval{day(2012, 1, 1), dct, Granularity::year, Bound::since});
  const auto until = interval_of(date_value("2015", "", "until"), dct);
  REQUIRE(until);
  CHECK(*until == annalist::Interval{dct, day(2015, 12, 31), Granularity::year, Bound::until});
  CHECK(interval_of(date_value("2014", "AFTER"), dct)->bound == Bound::after);
  CHECK(interval_of(date_value("2014-03", "", "before"), dct)->bound == Bound::before);
  const auto early = interval_of(date_value("2013", "START"), dct);
  REQUIRE(early);
  CHECK(early->bound == Bound::approx);
  CHECK(early->start == day(2013, 1, 1));
  CHECK(early->end < day(2013, 6, 1));
}

TEST_CASE("durations, sets and vague references have no interval") {
  auto duration = date_value("P15Y");
  duration.type = TimexType::duration;
  CHECK_FALSE(interval_of(duration, dct));
  auto set = date_value("P2W");
  set.type = TimexType::set;
  CHECK_FALSE(interval_of(set, dct));
  CHECK_FALSE(interval_of(date_value("PRESENT_REF"), dct));
  CHECK_FALSE(interval_of(date_value("PAST_REF"), dct));
  CHECK_FALSE(interval_of(date_value("XXXX-11"), dct));
  CHECK_FALSE(interval_of(date_value("2014-13"), dct));
}

TEST_CASE("the document date comes from a date line in the header") {
  using annalist::find_document_date;
  CHECK(find_document_date("Wednesday, 05 February 2014\n\nTitle\n") == day(2014, 2, 5));
  CHECK(find_document_date("Title of the piece\nFebruary 5, 2014\nBody text.") == day(2014, 2, 5));
  CHECK(find_document_date("\n\n2014-02-05\n") == day(2014, 2, 5));
  CHECK(find_document_date("Published on 5 February 2014\n") == day(2014, 2, 5));
  // A date inside a sentence is not a date line, and neither is one after the header.
  CHECK_FALSE(find_document_date("The treaty was signed on February 5, 2014 by both parties.\n"));
  CHECK_FALSE(find_document_date("a\nb\nc\nd\ne\nf\ng\nFebruary 5, 2014\n"));
  CHECK_FALSE(find_document_date(""));
}

TEST_CASE("a header line said relative to the document date is no document date") {
  using annalist::find_document_date;
  CHECK_FALSE(find_document_date("Today\n\nThe talks resumed.\n"));
  CHECK_FALSE(find_document_date("Updated yesterday\n\nThe talks resumed.\n"));
  CHECK_FALSE(find_document_date("February 5\n\nThe talks resumed.\n"));  // no year: the reference's
  CHECK(find_document_date("Updated yesterday\nFebruary 5, 2014\n\nText.\n") == day(2014, 2, 5));
}

TEST_CASE("no interval starts before 1 AD: there is no year 0") {
  const auto first_century = interval_of(date_value("00"), dct);
  REQUIRE(first_century);
  CHECK(first_century->start == day(1, 1, 1));
  CHECK(first_century->end == day(99, 12, 31));
  CHECK(interval_of(date_value("0001-01-01"), dct)->start == day(1, 1, 1));
}
