// The temporal-expression grammar, one construction at a time (DCT 2014-02-05, a Wednesday,
// unless a case says otherwise), and the things that look like dates but are not.
#include "timex_test_support.hpp"

#include <doctest/doctest.h>

#include <string>

using annalist::TimeExpression;
using annalist::TimexType;

namespace {

// The single expression found in `text` whose text is `phrase`; fails the test when absent.
TimeExpression only(std::string_view text, std::string_view phrase, std::string_view dct = "2014-02-05") {
  const auto found = annalist::test::tag(text, dct);
  const auto t = annalist::test::expression(found, phrase);
  INFO("text: " << text << "  phrase: " << phrase << "  found " << found.size() << " expression(s)");
  for (const auto& f : found) INFO(f.text << " = " << f.value);
  REQUIRE(t);
  return *t;
}

void check_value(std::string_view text, std::string_view phrase, std::string_view value,
                 std::string_view dct = "2014-02-05") {
  CAPTURE(text);
  CHECK(only(text, phrase, dct).value == value);
}

}  // namespace

TEST_CASE("absolute dates are read in every common order and spelling") {
  check_value("He arrived on January 29.", "January 29", "2014-01-29");
  check_value("It opened on 29 January 2014.", "29 January 2014", "2014-01-29");
  check_value("It opened Jan. 29, 2014, in Astana.", "Jan. 29, 2014", "2014-01-29");
  check_value("Wednesday, 05 February 2014", "Wednesday, 05 February 2014", "2014-02-05");
  check_value("Filed 2014-01-29 by the clerk.", "2014-01-29", "2014-01-29");
  check_value("the 5th of March 2013 was cold", "the 5th of March 2013", "2013-03-05");
  check_value("Published June 16,2017 online", "June 16,2017", "2017-06-16");
}

TEST_CASE("numeric dates are read day-first or month-first from the evidence") {
  // Impossible fields decide.
  check_value("the 13/05/2014 meeting", "13/05/2014", "2014-05-13");
  check_value("the 05/13/2014 meeting", "05/13/2014", "2014-05-13");
  // Both possible: the reading near the DCT wins.
  check_value("the 05/02/2014 issue", "05/02/2014", "2014-02-05");
  // Neither near the DCT: the option decides (month-first by default).
  check_value("the 05/02/2011 issue", "05/02/2011", "2011-05-02");
  auto context = annalist::test::context_at("2014-02-05");
  context.date_order = annalist::DateOrder::day_first;
  const auto found = annalist::find_time_expressions("the 05/02/2011 issue", context);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "2011-02-05");
}

TEST_CASE("months, years, decades, centuries, quarters, halves and seasons have their TIMEX3 values") {
  check_value("It was adopted in December 2012.", "December 2012", "2012-12");
  check_value("It was adopted in 2012.", "2012", "2012");
  check_value("Growth slowed in the 1990s.", "the 1990s", "199");
  check_value("Growth slowed in the '90s.", "the '90s", "199");
  check_value("It was the 21st century.", "the 21st century", "20");
  check_value("Profits rose in the third quarter of 2013.", "the third quarter of 2013", "2013-Q3");
  check_value("Profits rose in the first half of 2013.", "the first half of 2013", "2013-H1");
  check_value("They met in summer 2013.", "summer 2013", "2013-SU");
  check_value("Sales rose in fiscal 1989.", "fiscal 1989", "1989");
}

TEST_CASE("the tense of the clause decides which occurrence an underspecified date is") {
  check_value("The talks ended on Friday.", "Friday", "2014-01-31");
  check_value("The talks will resume on Friday.", "Friday", "2014-02-07");
  check_value("The treaty was signed in November.", "November", "2013-11");
  check_value("The treaty will be signed in November.", "November", "2014-11");
}

TEST_CASE("a month and day without a year within a season of the document date is the nearest occurrence") {
  // Past-tense reporting of the coming weeks, and of the last weeks.
  check_value("The company said it would pay the dividend on March 3.", "March 3", "2014-03-03");
  check_value("He said the vote was held on Jan. 20.", "Jan. 20", "2014-01-20");
  // Near the turn of the year the nearest occurrence is in the other year.
  check_value("Officials said the plant closed on Dec. 28.", "Dec. 28", "2013-12-28", "2014-01-06");
  check_value("The company said it would pay the dividend Jan. 15.", "Jan. 15", "2015-01-15", "2014-12-20");
  // Further away, the tense decides.
  check_value("The treaty was signed on August 10.", "August 10", "2013-08-10");
  check_value("The treaty will be signed on July 10.", "July 10", "2014-07-10");
}

TEST_CASE("a year earlier next to a quarter is the same quarter of the year before that quarter") {
  const std::string text =
      "The company, founded in 1987, said third-quarter profit rose to $5 million from $3 million a year "
      "earlier.";
  const auto found = annalist::test::tag(text, "1989-10-25");
  const auto quarter = annalist::test::expression(found, "third-quarter");
  const auto year_earlier = annalist::test::expression(found, "a year earlier");
  REQUIRE(quarter);
  REQUIRE(year_earlier);
  CHECK(quarter->value == "1989-Q3");
  CHECK(year_earlier->value == "1988-Q3");
}

TEST_CASE("repeated scans of the same text give the same expressions") {
  // The scanner remembers family results within one text only (family_memo.hpp): a second text
  // at the same address must not see the first one's matches.
  std::string text = "The talks ended on Friday, Jan. 31 and resume next week.";
  const auto first = annalist::test::tag(text, "2014-02-05");
  const auto again = annalist::test::tag(text, "2014-02-05");
  REQUIRE(first.size() == again.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].text == again[i].text);
    CHECK(first[i].value == again[i].value);
  }
  // The same buffer, the same length, other words.
  text.replace(text.find("Friday, Jan. 31"), 15, "Monday, Feb. 24");
  const auto changed = annalist::test::tag(text, "2014-02-05");
  const auto monday = annalist::test::expression(changed, "Monday, Feb. 24");
  REQUIRE(monday);
  CHECK(monday->value == "2014-02-24");
  CHECK_FALSE(annalist::test::expression(changed, "Friday, Jan. 31"));
}

TEST_CASE("ranges carry both ends") {
  const auto years = only("the period 2014-2020 ahead", "2014-2020");
  CHECK(years.range_begin == "2014");
  CHECK(years.range_end == "2020");
  const auto from_to = only("It ran from 2012 to 2014.", "from 2012 to 2014");
  CHECK(from_to.range_begin == "2012");
  CHECK(from_to.range_end == "2014");
  const auto between = only("It will run between May and July.", "between May and July");
  CHECK(between.range_begin == "2014-05");
  CHECK(between.range_end == "2014-07");
  const auto days = only("The fair is on July 13-15.", "July 13-15");
  CHECK(days.range_begin == "2014-07-13");
  CHECK(days.range_end == "2014-07-15");
  const auto war = only(
      "the war (1939\xE2\x80\x93"
      "1945) ended",
      "1939\xE2\x80\x93"
      "1945");
  CHECK(war.range_end == "1945");
}

TEST_CASE("bounds keep the TIMEX3 mod and the bounding preposition") {
  const auto since = only("It has operated since 2012.", "2012");
  CHECK(since.signal == "since");
  const auto until = only("It runs until 2015.", "2015");
  CHECK(until.signal == "until");
  const auto by = only("They will open by the end of 2014.", "the end of 2014");
  CHECK(by.value == "2014");
  CHECK(by.mod == "END");
  CHECK(by.signal == "by");
  const auto post = only("the post-2014 context", "post-2014");
  CHECK(post.mod == "AFTER");
  CHECK(only("prices fell before March", "March").signal == "before");
  CHECK(only("Sales rose in early 2013.", "early 2013").mod == "START");
  CHECK(only("Sales rose in mid-2012.", "mid-2012").mod == "MID");
  const auto late = only("It began in the late 1990s.", "the late 1990s");
  CHECK(late.value == "199");
  CHECK(late.mod == "END");
}

TEST_CASE("deictic expressions resolve against the document date") {
  check_value("He spoke last month.", "last month", "2014-01");
  check_value("It opens next January.", "next January", "2015-01");
  check_value("He will visit later this year.", "later this year", "2014");
  check_value("Last November, he ordered it.", "Last November", "2013-11");
  check_value("They meet this week.", "this week", "2014-W06");
  check_value("It closed two years ago.", "two years ago", "2012");
  check_value("He left yesterday.", "yesterday", "2014-02-04");
  check_value("He leaves tomorrow morning.", "tomorrow morning", "2014-02-06TMO");
  check_value("It is now closed.", "now", "PRESENT_REF");
  check_value("It is currently closed.", "currently", "PRESENT_REF");
  check_value("He recently said so.", "recently", "PAST_REF");
  check_value("In the previous years, it grew.", "the previous years", "PAST_REF");
  check_value("It will matter in the future.", "the future", "FUTURE_REF");
  check_value("It was June last year.", "June last year", "2013-06");
}

TEST_CASE("anaphoric expressions resolve against the last date mentioned") {
  const auto found = annalist::test::tag("The war began on June 22, 1941. Two days later the city fell.");
  const auto later = annalist::test::expression(found, "Two days later");
  REQUIRE(later);
  CHECK(later->value == "1941-06-24");
  check_value("Profits fell 5% from a year earlier.", "a year earlier", "2013");
}

TEST_CASE("narrative text resolves month names against the reference year") {
  const std::string text =
      "In 1941 the army crossed the river. In 1942 it reached the hills. In 1943 it stopped. "
      "In 1944 it turned back. In June, it retreated.";
  const auto found = annalist::test::tag(text, "2009-12-19");
  const auto june = annalist::test::expression(found, "June");
  REQUIRE(june);
  CHECK(june->value == "1944-06");
}

TEST_CASE("times of day are TIME expressions on the anchor day") {
  const auto pm = only("The vote is at 3 p.m. today.", "3 p.m. today");
  CHECK(pm.type == TimexType::time);
  CHECK(pm.value.starts_with("2014-02-05T15:00"));
  const auto morning = only("He spoke this morning.", "this morning");
  CHECK(morning.type == TimexType::time);
  CHECK(morning.value == "2014-02-05TMO");
  const auto clock = only("Trading stopped at 14:30 GMT.", "14:30 GMT");
  CHECK(clock.type == TimexType::time);
  CHECK(clock.value.starts_with("2014-02-05T14:30"));
}

TEST_CASE("durations and sets have period values") {
  const auto years = only("For 15 years, it has led.", "15 years");
  CHECK(years.type == TimexType::duration);
  CHECK(years.value == "P15Y");
  check_value("in the next few decades", "the next few decades", "PXDE");
  check_value("It took six months.", "six months", "P6M");
  check_value("a two-year plan", "two-year", "P2Y");
  check_value("He waited at least 72 hours.", "at least 72 hours", "PT72H");
  check_value("It has grown for years.", "years", "PXY");
  const auto every = only("They meet every Tuesday.", "every Tuesday");
  CHECK(every.type == TimexType::set);
  CHECK(every.value == "XXXX-WXX-2");
  check_value("a biweekly publication", "biweekly", "P2W");
  check_value("It is paid annually.", "annually", "P1Y");
  check_value("It is checked twice a year.", "twice a year", "P1Y");
}

TEST_CASE("numbers that are not dates stay untagged") {
  const char* texts[] = {
      "the Kazakhstan 2050 strategy",
      "one of the 30 most developed countries",
      "Read 6289 times",
      "Rate this item (3 votes)",
      "a Boeing 747 landed",
      "inflation of 2.5% a year",
      "it cost $2014 in total",
      "it cost \xE2\x82\xAC"
      "2014",
      "call 555-2014 now",
      "call 1-800-555-2012 today",
      "call (212) 555 1999 today",
      "the 6-year-old boy",
      "about three-quarters of voters",
      "2000 people marched",
      "Windows 2000 shipped",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    const auto found = annalist::test::tag(text);
    for (const auto& t : found) {
      // Durations such as "a year" in "2.5% a year" are not what this case is about.
      if (t.type == TimexType::duration || t.type == TimexType::set) continue;
      CAPTURE(t.text);
      CHECK(t.text.find_first_of("0123456789") == std::string::npos);
    }
  }
}

TEST_CASE("month and weekday names that are ordinary words need evidence") {
  for (const char* text : {"May I ask a question?", "Troops march north.", "They may 5 times try.",
                           "The Sun reported it.", "the fall of the empire", "Hot spring water"}) {
    CAPTURE(text);
    CHECK(annalist::test::tag(text).empty());
  }
  check_value("It was approved in May.", "May", "2013-05");
  check_value("Prices fell last fall.", "last fall", "2013-FA");
  check_value("The treaty was signed in March 2013.", "March 2013", "2013-03");
}

TEST_CASE("any byte sequence is scanned without error") {
  static constexpr char raw[] = "\xFF\xFE 2014 \xC3\x28 January 29 \0 March";
  const std::string bytes(raw, sizeof raw - 1);  // keeps the embedded NUL
  const auto found = annalist::find_time_expressions(bytes, annalist::test::context_at("2014-02-05"));
  CHECK(annalist::test::expression(found, "January 29"));
  CHECK(annalist::find_time_expressions("", annalist::test::context_at("2014-02-05")).empty());
}
