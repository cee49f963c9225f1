// The peer-suite rule families (clock times and zones, holidays, casual phrasing), one
// construction at a time, with the reference Duckling's tests use (Tuesday 2013-02-12 04:30) unless
// a case says otherwise, and the peers' negative cases.
#include "timex_test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace {

constexpr std::string_view duckling_reference = "2013-02-12T04:30";

// A reference with a time of day: "2013-02-12T04:30".
annalist::ParseContext reference_at(std::string_view reference) {
  annalist::ParseContext context;
  date::local_seconds t;
  std::istringstream in{std::string(reference)};
  in >> date::parse(reference.size() > 10 ? "%FT%H:%M" : "%F", t);
  context.dct = t;
  return context;
}

// The longest expression in `text` (the peers' "primary result"); fails the test when none.
annalist::TimeExpression primary(std::string_view text, std::string_view reference) {
  const auto found = annalist::find_time_expressions(text, reference_at(reference));
  INFO("text: " << text << "  found " << found.size() << " expression(s)");
  REQUIRE(!found.empty());
  const annalist::TimeExpression* best = &found.front();
  for (const auto& t : found)
    if (t.end - t.begin > best->end - best->begin) best = &t;
  return *best;
}

void check(std::string_view text, std::string_view value, std::string_view reference = duckling_reference) {
  CAPTURE(text);
  CHECK(primary(text, reference).value == value);
}

void check_text(std::string_view text, std::string_view phrase, std::string_view value,
                std::string_view reference = duckling_reference) {
  CAPTURE(text);
  const auto t = primary(text, reference);
  CHECK(t.text == phrase);
  CHECK(t.value == value);
}

void check_untagged(std::string_view text, std::string_view reference = duckling_reference) {
  CAPTURE(text);
  const auto found = annalist::find_time_expressions(text, reference_at(reference));
  for (const auto& t : found) INFO(t.text << " = " << t.value);
  CHECK(found.empty());
}

}  // namespace

TEST_CASE("clock times with am/pm, 24-hour clocks, h-notation and seconds") {
  check("3pm", "2013-02-12T15:00");
  check("3:15 PM", "2013-02-12T15:15");
  check("3:18a", "2013-02-13T03:18");   // earlier than the reference's hour: tomorrow
  check("4:23am", "2013-02-12T04:23");  // within the reference's hour: today
  check("15:30", "2013-02-12T15:30");
  check("15h30", "2013-02-12T15:30");
  check("15:23:24", "2013-02-12T15:23:24");
  check("at 12am", "2013-02-13T00:00");
  check("12:15pm", "2013-02-12T12:15");
  check("3 o'clock in the afternoon", "2013-02-12T15:00");
  check("nine fifty nine a m", "2013-02-12T09:59");
  check("seven thirty p.m.", "2013-02-12T19:30");
  check("at noon", "2013-02-12T12:00");
  check("midnight", "2013-02-13T00:00");
}

TEST_CASE("a 12-hour reading without am/pm is the next such time after the reference") {
  check_text("at 3 15", "3 15", "2013-02-12T15:15");
  check("10:30", "2013-02-12T10:30");
  check("at 1:30", "2013-02-12T13:30");
  // A reference without a time of day (a plain DCT) keeps the time as written.
  check("The vote closed at 10:30.", "2014-02-05T10:30", "2014-02-05");
}

TEST_CASE("minutes past and to the hour") {
  check("a quarter past 3pm", "2013-02-12T15:15");
  check("20 minutes past 3pm", "2013-02-12T15:20");
  check("half past 3 pm", "2013-02-12T15:30");
  check("a quarter to noon", "2013-02-12T11:45");
  check("twenty after 3pm", "2013-02-12T15:20");
  check("at 15 past noon", "2013-02-12T12:15");
}

TEST_CASE("a clock time with its day") {
  check("tomorrow at 5pm", "2013-02-13T17:00");
  check("3pm tomorrow", "2013-02-13T15:00");
  check("9 tomorrow evening", "2013-02-13T21:00");
  check("tonight at 11", "2013-02-12T23:00");
  check("this afternoon at 2", "2013-02-12T14:00");
  check("We will meet at 9am on Saturday.", "2013-02-16T09:00", "2013-02-12");
  check("Fri, Jul 18, 2014 07:00 PM", "2014-07-18T19:00");
  check("24 October, 9 pm", "2017-10-24T21:00", "2017-07-07T15:00");
  check("day after tomorrow 5pm", "2013-02-14T17:00");
  check("xmas at 6 pm", "2013-12-25T18:00");
  check("2015-07-31T12:00:00", "2015-07-31T12:00:00");
}

TEST_CASE("clock ranges share am/pm between their ends") {
  const auto range = primary("3-4pm", duckling_reference);
  CHECK(range.value == "2013-02-12T15:00");
  REQUIRE(range.range_end);
  CHECK(*range.range_end == "2013-02-12T16:00");
  check("9:30 - 11:00", "2013-02-12T09:30");
  check("3:30-6 p.m.", "2013-02-12T15:30");
  check("8am until 6", "2013-02-12T08:00");
  const auto wrap = primary("11:30-1:30", duckling_reference);
  REQUIRE(wrap.range_end);
  CHECK(*wrap.range_end == "2013-02-12T13:30");
  check("Thursday from 9:30 to 11:00", "2013-02-14T09:30");
  check("9:30 - 11:00 on Thursday", "2013-02-14T09:30");
}

TEST_CASE("a named zone belongs to the expression; the value is the time as written") {
  check_text("4pm CET", "4pm CET", "2013-02-12T16:00");
  check_text("9:00 PST", "9:00 PST", "2020-07-06T09:00", "2020-07-06");
  check_text("wednesday, september 16, 2020 at 11 am utc+02:45", "wednesday, september 16, 2020 at 11 am utc+02:45",
             "2020-09-16T11:00", "2020-07-06");
  check_text("1994-11-05T13:15:30Z", "1994-11-05T13:15:30Z", "1994-11-05T13:15:30", "2012-08-08");
}

TEST_CASE("holidays by fixed date, nth weekday, Easter and the Islamic calendar") {
  check("christmas", "2013-12-25");
  check("Halloween 2013", "2013-10-31");
  check("thanksgiving 2016", "2016-11-24");
  check("MLK day 2013", "2013-01-21");
  check("black friday", "2013-11-29");
  check("president day 2013", "2013-02-18");
  check("Mother\xE2\x80\x99s Day", "2013-05-12");  // a typographic apostrophe
  check("easter 2010", "2010-04-04");
  check("Easter Sunday two thousand ten", "2010-04-04");
  check("Maundy Thursday", "2013-03-28");
  check("Pentecost", "2013-05-19");
  check("orthodox easter 2018", "2018-04-08");
  check("clean monday 2018", "2018-02-19");
  check("Ramadan 2018", "2018-05-16");
  check("Eid al-Fitr 2050", "2050-06-21");
  check("Jumu'atul-Wida 2017", "2017-06-23");
}

TEST_CASE("holidays of the Hebrew and Chinese calendars, and rules with exceptions") {
  // Jewish holidays are given on their eve (they begin at sunset).
  check("rosh hashanah 2018", "2018-09-09");
  check("passover 2018", "2018-03-30");
  check("Chanukah 2018", "2018-12-02");
  check("tisha b'av 2018", "2018-07-21");  // 9 Av was a Saturday: the fast moved to Sunday
  check("chinese new year", "2014-01-31");
  check("chinese new year's day 2018", "2018-02-16");
  check("Parsi New Year 2018", "2018-08-17");
  check("tax day 2012", "2012-04-17");     // April 15 a Sunday, the 16th Emancipation Day
  check("king's day 2014", "2014-04-26");  // April 27 a Sunday
}

TEST_CASE("which year's holiday: a year, a direction word, or the next one") {
  check("last easter", "2012-04-08");
  check("next halloween", "2013-10-31");
  check("this MLK day", "2014-01-20");
  check("labor day of last year", "2012-09-03");
  check("thanksgiving of next year", "2014-11-27");
  check("tax day two years ago", "2011-04-18");
  check("three days after Easter", "2013-04-03");
  check("morning of christmas 2013", "2013-12-25TMO");
  // Looking back in a past-tense clause.
  check("The shop was closed on Christmas.", "2013-12-25", "2014-02-05");
}

TEST_CASE("casual offsets from now") {
  // From a reference with a time of day, a day offset keeps it; from a plain date, it is a day.
  check_text("in 3 days", "3 days", "2013-02-15T04:30");
  check_text("in a week", "a week", "2013-02-19T04:30");
  // Against a document date, "in three days" is a length, as TimeML annotates news.
  check_text("The deal closes in three days.", "three days", "P3D", "2014-02-05");
  check_text("The deal closes in two weeks.", "two weeks", "P2W", "2014-02-05");
  check("in 2.5 hours", "2013-02-12T07:00");
  check("in half an hour", "2013-02-12T05:00");
  check("in a quarter of an hour", "2013-02-12T04:45");
  check("in 1/4h", "2013-02-12T04:45");
  check("in a couple of hours", "2013-02-12T06:30");
  check("2 minutes from now", "2013-02-12T04:32");
  check("three fridays from now", "2013-03-01");
  check("2 thursdays ago", "2013-01-31");
  // Without "in", a count of days stays a duration.
  CHECK(primary("for 3 days", duckling_reference).type == annalist::TimexType::duration);
}

TEST_CASE("the nth weekday or day of a month") {
  check("first Monday of March", "2013-03-04");
  check("last Monday of March", "2013-03-25");
  check("last Sunday of March 2014", "2014-03-30");
  check("third tuesday of september 2014", "2014-09-16");
  check("the first Monday of this month", "2013-02-04");
  check("first monday of last month", "2013-01-07");
  check("fifth last day of May", "2013-05-27");
  check("last day in october 2015", "2015-10-31");
  check("20 of next month", "2013-03-20");
  check("first tuesday of october at 9am", "2013-10-01T09:00");
}

TEST_CASE("peer negatives and news numbers stay untagged") {
  for (const std::string_view text :
       {"laughing out loud", "1 adult", "25", "3 30", "at 650-650-6500", "Pay ABC 2000", "A4 A5", "4-5-6", "14PM",
        "25:12", "I'm at 10", "in am", "in them", "the day", "the score was 3-4 at half time", "rose 2.5% at 3.5",
        "lent him money", "Boeing 747"})
    check_untagged(text);
}

TEST_CASE("said at a moment of the day, a weekday without tense is the coming one") {
  check("monday", "2013-02-18");
  check("tuesday", "2013-02-19");
  check("next wednesday", "2013-02-20");
  check("next tuesday", "2013-02-19");
  // chrono's references are midnights: a document date, the closest weekday.
  check("Thursday", "2012-08-09", "2012-08-09");
  check("Sunday", "2012-08-12", "2012-08-09");
}

TEST_CASE("an offset said at a moment of the day is that moment moved") {
  check("7 days ago", "2013-02-05T04:30");
  check("one week ago", "2013-02-05T04:30");
  check("three weeks hence", "2013-03-05T04:30");
  check("two years hence", "2015-02-12");
  check("5 months ago", "2012-09-12");
  check("2 hours ago", "2013-02-12T02:30");
}

TEST_CASE("a counted duration from now carries the period it covers") {
  const auto days = primary("last two days", duckling_reference);
  CHECK(days.value == "P2D");
  CHECK(days.range_begin == "2013-02-10");
  CHECK(days.range_end == "2013-02-11");
  CHECK(primary("next 3 months", duckling_reference).range_begin == "2013-03");
  CHECK(primary("next 3 hours", duckling_reference).range_begin == "2013-02-12T05:30");
}

TEST_CASE("a weekday abbreviation before a comma picks the year the date falls on it") {
  check("Fri, Jul 18", "2014-07-18");
  check("Wed, Feb13", "2013-02-13");
}

TEST_CASE("a day of the month alone said at a moment of the day is the next such day") {
  check("on the 15th", "2013-02-15");
  check("on the first", "2013-03-01");
  check("On 24th", "2013-02-24");
}

TEST_CASE("a date without a year said at a moment of the day is the coming one") {
  check("August 27th - 29th", "2013-08-27");
  check("23rd to 26th Oct", "2013-10-23");
  // Against a document date, the closest (news).
  check("August 27th", "2012-08-27", "2013-02-12");
}

TEST_CASE("typed abbreviations of quarter, year and week are units") {
  check("this qtr", "2013-Q1");
  check("the 3rd qtr", "2013-Q3");
  check("4th qtr 2018", "2018-Q4");
  check("last yr", "2012");
  check("for 2 wks", "P2W");
  check("this week-end", "2013-W07-WE");
  check("last wkend", "2013-W06-WE");
}

TEST_CASE("the nth week of a month or year counts whole weeks inside it") {
  check("first week of october 2014", "2014-W41");         // Monday 6 October
  check("last week of september 2014", "2014-W39");        // ends on Sunday 28 September
  check("the 2nd last week of October 2018", "2018-W42");  // Monday 15 October
  check("the third last week of 2018", "2018-W50");        // Monday 10 December
  check_text("in the last week of March", "the last week of March", "2013-W13");
}

TEST_CASE("the nth weekend of a month counts its Saturday-Sunday pairs") {
  check("last week-end in October", "2013-W43-WE");         // 26-27 October
  check("last wkend of July", "2013-W30-WE");               // 27-28 July
  check("the first weekend of March 2014", "2014-W09-WE");  // 1-2 March
}

TEST_CASE("a season is a unit counted from the season of the reference") {
  check("last season", "2012-FA");
  check("next season", "2013-SP");
  check("two seasons", "P6M");
}

TEST_CASE("compound ordinal words name days of the month") {
  check("May twenty-fourth", "2013-05-24");
  check("the twenty-fourth of May", "2013-05-24");
  check("June twenty seventh 2014", "2014-06-27");
}

TEST_CASE("clock times in words need no digit: after a preposition, before a day, after a part of day") {
  check("at three twenty", "2013-02-12T15:20");
  check("eight tonight", "2013-02-12T20:00");
  check("in the evening at eight", "2013-02-12T20:00");
  check_untagged("arrested at three locations");
  check_untagged("in the morning papers");
}

TEST_CASE("a numeric day without a year is a date only with its clock time") {
  check("4/25 at 4:00pm", "2013-04-25T16:00");
  check("on 4/25 at 16h00", "2013-04-25T16:00");
  check_untagged("won 3/4 of the seats");
}

TEST_CASE("the nth weekday after or before a date steps from that date") {
  check("third tuesday after christmas 2014", "2015-01-13");
  check("the Friday after Thanksgiving", "2013-11-29");
  check("the Friday before Easter 2013", "2013-03-29");
  check("first Monday after March 3, 2014", "2014-03-10");  // a Monday itself: the next one
  check("Fri. after Easter 2013", "2013-04-05");
  check_text("Monday after the election", "Monday", "2013-02-18");
}
