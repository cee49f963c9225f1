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
  context.dct_is_moment = reference.size() > 10;  // as `annalist timex --dct` sets it
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

TEST_CASE("minutes in words past or to an hour in words, after a preposition of a moment") {
  const auto tagged = [](std::string_view text, std::string_view phrase) {
    const auto found = annalist::test::tag(text, "2025-03-12");
    const auto t = annalist::test::expression(found, phrase);
    return t ? t->value : std::string("(none)");
  };
  CHECK(tagged("The meeting starts at ten past nine.", "ten past nine") == "2025-03-12T09:10");
  CHECK(tagged("The train leaves at twenty to four.", "twenty to four") == "2025-03-12T03:40");
  CHECK(tagged("The ceremony began at quarter to twelve.", "quarter to twelve") == "2025-03-12T11:45");
  CHECK(tagged("The bus arrives at twenty-five past eight.", "twenty-five past eight") == "2025-03-12T08:25");
  CHECK(tagged("Doors open at twenty past seven tonight.", "twenty past seven tonight") == "2025-03-12T19:20");
  CHECK(tagged("It lands at ten past nine in the evening.", "ten past nine in the evening") == "2025-03-12T21:10");
  CHECK(tagged("We start at ten past nine on Friday.", "ten past nine on Friday") == "2025-03-14T09:10");
  // Before its afternoon too (was the range "ten to five", 10:00, or "five this afternoon").
  CHECK(tagged("The polls close at ten to five in the afternoon.", "ten to five in the afternoon") ==
        "2025-03-12T16:50");
  CHECK(tagged("He landed at twenty to three this afternoon.", "twenty to three this afternoon") == "2025-03-12T14:40");
  CHECK(tagged("We meet at five to four tomorrow afternoon.", "five to four tomorrow afternoon") == "2025-03-13T15:55");
  CHECK(tagged("Shops open from ten to five in the afternoon.", "ten to five in the afternoon") ==
        "2025-03-12T10:00");  // a range after "from"
  // Without the preposition, before "in the <part of day>" or "at night" (were the hour alone).
  CHECK(tagged("The train left quarter past seven in the evening.", "quarter past seven in the evening") ==
        "2025-03-12T19:15");
  CHECK(tagged("Police were called twenty to six in the morning.", "twenty to six in the morning") ==
        "2025-03-12T05:40");
  CHECK(tagged("Shots rang out ten past eleven at night.", "ten past eleven at night") == "2025-03-12T23:10");
  CHECK(tagged("The vote was ten to six in the end.", "ten to six") == "(none)");
  // A score, an amount, a range: no preposition of a moment before them; odds and votes: "to one",
  // or minutes a clock is not read in.
  for (const std::string_view text :
       {"The vote was ten to four against the motion.", "The club won twenty to six.",
        "It rose by ten to four percent.", "Shops open from ten to four.", "The odds stood at five to one.",
        "The vote was at six to three in favour.", "The ratio is about ten to one."}) {
    CAPTURE(text);
    CHECK(annalist::test::tag(text, "2025-03-12").empty());
  }
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
  // After a comma, "at" and a strict clock time: one TIME ("On Friday, at least 20" stays the day).
  check_text("The talks resume the day after tomorrow, at 10am.", "the day after tomorrow, at 10am", "2013-02-14T10:00",
             "2013-02-12");
  check_text("The vote is on Friday, at 9am.", "Friday, at 9am", "2013-02-15T09:00", "2013-02-12");
  check_text("On Friday, at least 20 people died.", "Friday", "2013-02-08", "2013-02-12");
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

TEST_CASE("a clock range without am/pm at either end ends at its first reading after its beginning") {
  // At 04:30 "1" is 13:00; "2:30" follows it the same afternoon, not at 02:30 the next night.
  const auto afternoon = primary("1-2:30", duckling_reference);
  CHECK(afternoon.value == "2013-02-12T13:00");
  REQUIRE(afternoon.range_end);
  CHECK(*afternoon.range_end == "2013-02-12T14:30");
  const auto spelt = primary("from 3 to 4:30", duckling_reference);
  CHECK(spelt.value == "2013-02-12T15:00");
  REQUIRE(spelt.range_end);
  CHECK(*spelt.range_end == "2013-02-12T16:30");
  // A morning beginning keeps its morning end; one said with its half of the day is unchanged.
  const auto morning = primary("between 9:30 and 11", duckling_reference);
  REQUIRE(morning.range_end);
  CHECK(*morning.range_end == "2013-02-12T11:00");
  const auto night = primary("10 p.m. to 6 a.m.", duckling_reference);
  REQUIRE(night.range_end);
  CHECK(*night.range_end == "2013-02-13T06:00");
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
  check("Eid al-Adha 1980", "1980-10-19");
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

TEST_CASE("an undotted weekday abbreviation counts within a month after an ordinal") {
  check("the first Wed of July", "2013-07-03");
  check("the 2nd Thurs of May", "2013-05-09");
  check("last Fri of March", "2013-03-29");
  check("the third Tues of the month", "2013-02-19");
}

TEST_CASE("the nth weekday or day of the year said with this, next, last or the") {
  check("the last day of the year", "2013-12-31");
  check("the last Friday of the year", "2013-12-27");
  check("the last day of last year", "2012-12-31");
  check("the first day of this year", "2013-01-01");
  check("the first Monday of next year", "2014-01-06");
  // "the year" is the one the tense picks, as a month name's year and "the last week of the year".
  check("the first day of the year", "2014-01-01");
  const auto found = annalist::test::tag("Shares fell on the last day of the year.", "2026-03-10");
  const auto last_day = annalist::test::expression(found, "the last day of the year");
  REQUIRE(last_day);
  CHECK(last_day->value == "2025-12-31");
}

TEST_CASE("the nth business day of a month, quarter or year steps over the weekends") {
  // Said Tuesday 2023-09-12: September 30 is a Saturday, October 1 a Sunday, December 30 and 31 a
  // weekend.
  check("the last business day of the month", "2023-09-29", "2023-09-12");
  check("the last working day of the month", "2023-09-29", "2023-09-12");
  check("the first business day of next month", "2023-10-02", "2023-09-12");
  check("the last trading day of the year", "2023-12-29", "2023-09-12");
  check("the second business day of October 2023", "2023-10-03", "2023-09-12");
  check("the last business day of the quarter", "2023-09-29", "2023-09-12");
  // A quarter counts its three months, as "the month" the DCT's; every day still counts.
  check("the last day of the quarter", "2023-09-30", "2023-09-12");
  check("the first day of next quarter", "2023-10-01", "2023-09-12");
  check("the last day of the month", "2023-09-30", "2023-09-12");
  // Near miss: of every month it is the set, as before.
  check_text("Payment is due on the last working day of each month.", "the last working day of each month", "XXXX-XX");
}

TEST_CASE("a day spelt out without the, of this, next or last month") {
  check("first of next month", "2013-03-01");
  check("twentieth of next month", "2013-03-20");
  check_text("the second of next month's games", "next month", "2013-03");
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
  check("two years hence", "2015-02-12T04:30");
  check("5 months ago", "2012-09-12T04:30");
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
  // A weekend is its Saturday's month's, so none falls between two months.
  check("last weekend of August", "2013-W35-WE");      // 31 August - 1 September
  check("first weekend of September", "2013-W36-WE");  // 7-8 September
  check("last week-end of November", "2013-W48-WE");   // 30 November - 1 December
}

TEST_CASE("a season is a unit counted from the season of the reference") {
  check("last season", "2012-FA");
  check("next season", "2013-SP");
  // A count of seasons is a sport's or a series': years.
  check("two seasons", "P2Y");
}

TEST_CASE("this season in the future tense is the current one or a coming one") {
  check("We will meet this fall.", "2013-FA", "2013-02-12");
  check("The plant will open this summer.", "2014-SU", "2013-11-15");
  check("It will be cold this winter.", "2012-WI", "2013-02-12");
  // Without tense the one of the document date's year; the coming one asked at a moment.
  check("this fall", "2013-FA", "2013-02-12");
  check("this fall", "2013-FA");
}

TEST_CASE("the nth day of a counted month, in figures or words, takes a clock time") {
  check_text("the first of next month", "the first of next month", "2013-03-01");
  check("the twentieth of this month", "2013-02-20");
  check("the third of last month", "2013-01-03");
  check_text("the 15th of next month at 10am", "the 15th of next month at 10am", "2013-03-15T10:00");
  check("the first of next month at 9am", "2013-03-01T09:00");
  check("at 9am on the 15th of next month", "2013-03-15T09:00");
  check("the last day of May at noon", "2013-05-31T12:00");
  // A week is no day for a clock time.
  check_text("the first week of next month at 9am", "the first week of next month", "2013-W10");
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
  // An hour and its minutes in words, then a day with its part.
  check("at seven thirty tonight", "2013-02-12T19:30");
  check("six fifteen this evening", "2013-02-12T18:15");
  check("at ten forty-five tomorrow morning", "2013-02-13T10:45");
  check_text("seven thirty tomorrow", "tomorrow", "2013-02-13");  // no part of the day: a count
  check_untagged("arrested at three locations");
  check_untagged("in the morning papers");
}

TEST_CASE("an hour and its minutes in words are a clock time before a part of the day, without 'at'") {
  check_text("six thirty in the evening", "six thirty in the evening", "2013-02-12T18:30");
  check_text("two thirty in the afternoon", "two thirty in the afternoon", "2013-02-12T14:30");
  check_text("nine forty-five in the morning", "nine forty-five in the morning", "2013-02-12T09:45");
  check_text("eleven fifteen at night", "eleven fifteen at night", "2013-02-12T23:15");
  check_text("We met six thirty in the evening, Friday", "six thirty in the evening, Friday", "2013-02-08T18:30");
  check_untagged("The vote was six twenty in the committee.");
}

TEST_CASE("a bare hour after a clock preposition is a time on a day said with its part after 'on'") {
  check_text("at 7 on Friday evening", "7 on Friday evening", "2013-02-15T19:00");
  check_text("The talks resume at 9 on Monday morning.", "9 on Monday morning", "2013-02-18T09:00");
  check_text("at seven on Friday evening", "seven on Friday evening", "2013-02-15T19:00");
  check_text("at 11 on Sunday night", "11 on Sunday night", "2013-02-17T23:00");
  // Without the part of the day, or after "by" (an amount), the hour stays apart.
  check_text("at 7 on Friday", "Friday", "2013-02-15");
  check_text("Shares rose by 7 on Friday afternoon.", "Friday afternoon", "2013-02-08TAF");
  check_text("He was at one on Monday morning with the team.", "Monday morning", "2013-02-11TMO");
}

TEST_CASE("a quarter to a bare hour is a clock time before a day word, not before a count") {
  check_text("quarter to 9 tonight", "quarter to 9 tonight", "2013-02-12T20:45");
  check("at a quarter to 9 this evening", "2013-02-12T20:45");
  check("at a quarter to 9 in the morning", "2013-02-12T08:45");
  check("quarter to 9 Friday", "2013-02-15T08:45");
  // After a change and "by", a quarter is the change's size, a fraction: no clock, no length.
  check_untagged("The Fed cut rates by a quarter to 9%.");
  check_untagged("sales rose by a quarter to 9 in the region");
  check_untagged("its stake fell by a quarter to 9,000 shares");
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

TEST_CASE("the day after or before a date is the day next to it") {
  check_text("the day after Christmas", "the day after Christmas", "2013-12-26");
  check("the day before Thanksgiving", "2013-11-27");
  check("the day after March 3", "2013-03-04");
  check("day before Easter 2014", "2014-04-19");
  check("the day after tomorrow", "2013-02-14");
  // Before a weekday "last" and "next" belong to it: the day next to last Tuesday (2013-02-05), as
  // AQUAINT's gold tags "day before last Tuesday" (NYT20000224.0173).
  check_text("the day before last Tuesday", "the day before last Tuesday", "2013-02-04");
  check_text("the day after next Monday", "the day after next Monday", "2013-02-19");
  check_untagged("the day after the election");
}

TEST_CASE("the week, weekend or month before or after a date is the one next to the date's") {
  // Reference Tuesday 2013-02-12: Christmas 2013 is a Wednesday (W52), Thanksgiving the 28th of
  // November (W48), Easter the 31st of March (a Sunday, W13).
  check_text("the week before Christmas", "the week before Christmas", "2013-W51");
  check("the week after Christmas", "2014-W01");
  check("the weekend after Thanksgiving", "2013-W48-WE");  // the Friday and Saturday after it
  check("the weekend before Thanksgiving", "2013-W47-WE");
  check("the weekend after Easter", "2013-W14-WE");  // a Sunday: the next weekend
  check("the week after Easter", "2013-W14");
  check("the month before Christmas", "2013-11");
  check("the month after Easter", "2013-04");
  check("the week after March 3, 2014", "2014-W11");  // a Monday: the next Monday's week
  // No date after it: the week alone, as before; two on is "after next".
  check_text("the week after the election", "the week", "2013-W07");
  check("the week after next", "2013-W09");
}

// ---- chrono3: casual offsets and times of day.

TEST_CASE("offsets in parts add up in their finest unit") {
  check_text("1 day 21 hours ago", "1 day 21 hours ago", "2012-08-09T01:30", "2012-08-10T22:30");
  check("15 hours 29 min ago", "2012-08-10T07:01", "2012-08-10T22:30");
  check("3m 49s ago", "2012-08-10T22:26:11", "2012-08-10T22:30");
  check("in 1d 2hr 5min", "2012-08-11T14:45", "2012-08-10T12:40");
  check("set a timer for 1 hour, 5 minutes, 30 seconds from now", "2012-08-10T13:19:30", "2012-08-10T12:14");
  check("2 hours and 30 minutes from now", "2013-02-12T07:00");
  // Months do not add to days exactly, and parts run from coarser to finer.
  check_text("1 month 3 days ago", "3 days ago", "2013-02-09T04:30");
  check_text("5 minutes 2 hours ago", "2 hours ago", "2013-02-12T02:30");
}

TEST_CASE("typed unit letters count only in an offset") {
  check("1h ago", "2012-08-10T11:14", "2012-08-10T12:14");
  check("3w later", "2012-07-31T10:00", "2012-07-10T10:00");
  check("3mo later", "2012-10-10T10:00", "2012-07-10T10:00");
  check("half an hour ago", "2012-08-10T11:44", "2012-08-10T12:14");
  check("an hour and a half ago", "2012-08-10T10:44", "2012-08-10T12:14");
  check("in an hour and a half", "2013-02-12T06:00");
  // A fraction of an hour is whole minutes, later as ago; of a day whole hours from the moment.
  check_text("half an hour later", "half an hour later", "2012-08-10T12:44", "2012-08-10T12:14");
  check_text("a half hour later", "a half hour later", "2012-08-10T12:44", "2012-08-10T12:14");
  check("within half a day", "2012-08-11T00:14", "2012-08-10T12:14");
  check("in 1.5 days", "2012-08-12T00:14", "2012-08-10T12:14");
  check_untagged("profit rose to 3m from 2m");
  check_untagged("the film was shown in 3D");
}

TEST_CASE("signed offsets count from now or from their day") {
  check("+15min", "2012-07-10T12:29", "2012-07-10T12:14");
  check("-2hr5min", "2016-10-01T09:55", "2016-10-01T12:00");
  check("now + 40minutes", "2023-12-29T09:10", "2023-12-29T08:30");
  check("next tuesday +10 days", "2024-01-12", "2023-12-29");
  check("2023-12-29 -10days", "2023-12-19", "2023-12-29");
  // A hyphen inside a token is no sign, and a letter unit alone is not an offset.
  check_untagged("scores of 12-15min");
  check_untagged("shares +1m");
}

TEST_CASE("a length with ' time after 'in' is the offset at a moment, the length against a date") {
  check_text("in two weeks' time", "two weeks' time", "2013-02-26T04:30");
  check_text("in a month\u2019s time", "a month\u2019s time", "2013-03-12T04:30");
  check("within a week's time", "2013-02-19T04:30");
  check("The stadium will open in six months' time.", "P6M", "2013-02-12");
}

TEST_CASE("within, in about, after: an amount from now, or a length against a date") {
  check("within two weeks", "2012-08-24T12:14", "2012-08-10T12:14");
  check("within half an hour", "2012-08-10T12:44", "2012-08-10T12:14");
  check("In around 5 hours", "2016-10-01T18:00", "2016-10-01T13:00");
  check("In about ~5 hours", "2016-10-01T18:00", "2016-10-01T13:00");
  check("in about half an hour", "2013-02-12T05:00");
  check("after an hour", "2016-10-01T16:00", "2016-10-01T15:00");
  check("in 1'", "2013-02-12T04:31");
  check("in 1\"", "2013-02-12T04:30:01");
  // Against a document date these are lengths, and "a few" stays vague.
  check_text("The carriers will decide within a few days.", "a few days", "PXD", "1990-08-13");
  check_text("It must appeal within 14 days.", "14 days", "P14D", "2000-06-01");
  // Counted from an event, not from now: a length.
  CHECK(primary("within a week of the attack", duckling_reference).type == annalist::TimexType::duration);
  CHECK(primary("after a year of talks", duckling_reference).type == annalist::TimexType::duration);
}

TEST_CASE("a part of today with a clock time is the next such time") {
  check("this morning at 3", "2013-02-13T03:00");
  check("this morning at 10am", "2013-02-12T10:00");
  check("this morning at 12", "2013-02-13T00:00");
  check("tonight at 11", "2013-02-12T23:00");
  // Against a news date, that day's.
  check("The fire broke out this morning at 3.", "2014-02-05T03:00", "2014-02-05");
}

TEST_CASE("early or late in a part of the day, then its clock time") {
  check("early morning @ 3", "2013-02-13T03:00");
  check("in the early morning at 3", "2013-02-13T03:00");
  check("late evening at 10:30", "2013-02-12T22:30");
  check_untagged("a night at 10 Downing Street");
}

TEST_CASE("half and an hour in words is half past, British style") {
  check("half three", "2013-02-12T15:30");
  check("half eleven tomorrow", "2013-02-13T11:30");
  check_text("prices were cut by half two years ago", "two years ago", "2011", "2013-02-12");
  check_untagged("half two-thirds");
}

TEST_CASE("minutes from a clock time, and a day's clock time in h-notation, bound or meal") {
  check("15 minutes from 1pm", "2013-02-12T13:15");
  check("Fri, Jul 18, 2014 19h", "2014-07-18T19:00");
  check("tomorrow lunch", "2013-02-13T12:00");
  check("tomorrow at lunch", "2013-02-13T12:00");
  const auto before = primary("tomorrow before 4pm", "2012-01-01T12:00");
  CHECK(before.value == "2012-01-02T16:00");
  CHECK(before.mod == "BEFORE");
  const auto after = primary("Tuesday of next week after 2pm", "2022-08-02");
  CHECK(after.value == "2022-08-09T14:00");
  CHECK(after.mod == "AFTER");
}

TEST_CASE("a clock range before its day after a comma, and a year after the clock time") {
  check("9:00 AM to 5:00 PM, Tuesday, 20 May 2013", "2013-05-20T09:00", "2012-08-10");
  check("Thu Oct 26 11:00:09 EDT 2023", "2023-10-26T11:00:09", "2016-10-01T08:00");
  check("Thu Oct 26, 10:00 - 11:00:09 2023", "2023-10-26T10:00", "2016-10-01T08:00");
  check("10:00:00 until 21:45:00", "2016-10-02T10:00:00", "2016-10-01T11:00");  // both ends on the next day
  const auto days = primary("22-23 Feb at 7pm", "2016-03-15");
  CHECK(days.value == "2016-02-22T19:00");
  CHECK(days.range_end == "2016-02-23T19:00");
  // A year only for a day without one: the number after is a count.
  check_text("On Oct 26, 2023 at 3pm 1500 troops landed", "Oct 26, 2023 at 3pm", "2023-10-26T15:00", "2023-10-01");
}

// ---- Duckling's date conventions (duckling3).

TEST_CASE("a part of a period carries the third it names as its range") {
  const auto month_end = primary("the end of the month", duckling_reference);
  CHECK(month_end.value == "2013-02");
  CHECK(month_end.mod == "END");
  CHECK(month_end.range_begin == "2013-02-21");
  CHECK(month_end.range_end == "2013-02-28");
  const auto year_end = primary("end of 2012", duckling_reference);
  CHECK(year_end.value == "2012");
  CHECK(year_end.range_begin == "2012-09");
  CHECK(year_end.range_end == "2012-12");
  const auto late_march = primary("late March", duckling_reference);
  CHECK(late_march.range_begin == "2013-03-21");
  CHECK(late_march.range_end == "2013-03-31");
  const auto week_end = primary("at the end of last week", duckling_reference);
  CHECK(week_end.value == "2013-W06");
  CHECK(week_end.range_begin == "2013-02-08");  // Friday to Sunday
  CHECK(week_end.range_end == "2013-02-10");
  const auto week_start = primary("beginning of next week", duckling_reference);
  CHECK(week_start.range_begin == "2013-02-18");
  CHECK(week_start.range_end == "2013-02-20");
  const auto mid_year = primary("mid-2012", duckling_reference);
  CHECK(mid_year.range_begin == "2012-05");
  CHECK(mid_year.range_end == "2012-08");
  // A range said as such keeps its own ends; one begun in a part begins where the part does, as
  // "from early 2012 to 2014" (timex_grammar_test.cpp).
  const auto years = primary("early 2012-2014", duckling_reference);
  CHECK(years.range_begin == "2012-01");
  CHECK(years.range_end == "2014");
}

TEST_CASE("the end of a month or year without its article, and business shorthand in capitals") {
  check("at the end of month", "2013-02");
  check("at the beginning of month", "2013-02");
  check_text("by the end of year", "the end of year", "2013");
  check("EOM", "2013-02");
  check("the BOY", "2013");
  check("EOY", "2013");
  CHECK(primary("EOM", duckling_reference).mod == "END");
  CHECK(primary("BOY", duckling_reference).mod == "START");
  check_untagged("the boy ran home");
  check_untagged("talked about year end results");
  check_text("the end of month-long talks", "month-long", "P1M");  // a length, not the month's end
}

TEST_CASE("upcoming with a count is the unit that many on") {
  check("upcoming 2 weeks", "2013-W09");
  check("two upcoming days", "2013-02-14");
  check("2 upcoming quarter", "2013-Q3");
  check("upcoming two years", "2015");
  check("upcoming 2 months", "2013-04");
  // With the article it is the stretch of time ahead.
  const auto ahead = primary("the upcoming two weeks", duckling_reference);
  CHECK(ahead.type == annalist::TimexType::duration);
  CHECK(ahead.value == "P2W");
}

TEST_CASE("weekday abbreviations alone are weekdays only as a whole query") {
  check("thu", "2013-02-14");
  check("fri", "2013-02-15");
  check("Sat.", "2013-02-16");
  check("sat", "2013-02-16");
  check_untagged("He sat down and wed her on the porch");
  check_untagged("The Sun reported it");
}

TEST_CASE("a lone month or a lower-case march is a date as a whole query") {
  check("March", "2013-03");
  check("march first", "2013-03-01");
  check_untagged("the troops march first to the square");
  check_untagged("It may rain");
}

TEST_CASE("a lower-case full month name after a preposition of time is the month") {
  check_text("in january", "january", "2014-01");
  check("since october", "2012-10");
  check("during june", "2013-06");
  // Not a month that is also a word, nor an abbreviation.
  check_untagged("in august company");
  check_untagged("in march");
  check_untagged("in sept");
}

TEST_CASE("a weekday with a day of the month finds the month where they meet") {
  check("Thu 15th", "2013-08-15");
  check("Thursday the 15th", "2013-08-15");
  // A spelt day after "the", ending the phrase.
  check("Friday the thirteenth", "2013-09-13");
  check("Friday, the twenty-second", "2013-02-22");
  check("Sunday the seventeenth", "2013-02-17");
  check_text("On Monday the second round began", "Monday", "2013-02-11");
  // Against a document date in a past-tense clause, the last one.
  const auto found = annalist::test::tag("The vote was held on Friday the 13th.", "2014-02-05");
  const auto friday = annalist::test::expression(found, "Friday the 13th");
  REQUIRE(friday);
  CHECK(friday->value == "2013-12-13");
}

TEST_CASE("a weekday after the date picks the year the date falls on it") {
  check("Jul 18, Fri", "2014-07-18");
  check("18 July, Friday", "2014-07-18");
  // A capitalised word after the comma is a name, not a weekday.
  const auto found = annalist::test::tag("On Oct. 5, Sun Microsystems said it would cut jobs.", "1989-10-10");
  const auto date = annalist::test::expression(found, "Oct. 5");
  REQUIRE(date);
  CHECK(date->value == "1989-10-05");
}

TEST_CASE("a month in a count of years, a glued quarter and a fortnight") {
  check("March in 1 year", "2014-03");
  check("March in a year", "2014-03");
  check("october in two years", "2015-10");
  check("18q4", "2018-Q4");
  check("a fortnight hence", "2013-02-26T04:30");
  const auto fortnight = primary("for a fortnight", duckling_reference);
  CHECK(fortnight.value == "P2W");
  check("tomorrows", "2013-02-13");
}

TEST_CASE("the week of a Sunday is the working week it opens") {
  check("the week of october 6th", "2013-W41");
  check("the week of october 7th", "2013-W41");
  check("the week of October 9", "2013-W41");
}

TEST_CASE("a month and day asked at a moment of the day is the coming one") {
  check("18th Dec for 10 days", "2013-12-18");
  check("for 10 days from 18th Dec", "2013-12-18");
  // Against a document date the closest stays: news names the weeks around its date.
  const auto found = annalist::test::tag("The dividend is payable Dec. 18.", "2013-02-12");
  const auto december = annalist::test::expression(found, "Dec. 18");
  REQUIRE(december);
  CHECK(december->value == "2012-12-18");
}

TEST_CASE("a month and day in figures without a year only as a whole query") {
  check("2/15", "2013-02-15");
  check("15/2", "2013-02-15");
  check_untagged("add 1/2 cup of sugar");
  check_untagged("about 3/4 of the voters");
}

TEST_CASE("the next few units lay out three of them and stay vague as a value") {
  const auto days = primary("next few days", duckling_reference);
  CHECK(days.value == "PXD");
  CHECK(days.range_begin == "2013-02-13");
  CHECK(days.range_end == "2013-02-15");
  const auto found = annalist::test::tag("Talks will resume in the next few weeks.", "2014-02-05");
  const auto weeks = annalist::test::expression(found, "the next few weeks");
  REQUIRE(weeks);
  CHECK(weeks->value == "PXW");
}

TEST_CASE("after next is two on: a unit, or the second coming weekday") {
  check("the week after next", "2013-W09");
  check("the year after next", "2015");
  check("friday after next", "2013-02-22");
  check("wednesday after next", "2013-02-20");
  check("March after next", "2014-03");
  check("summer after next", "2014-SU");
  // Without "the", as speech has it.
  check("We meet week after next.", "2013-W09");
  check("The report is due month after next.", "2013-04");
  check("The band plays weekend after next.", "2013-W09-WE");
  // "next" belongs to the week here.
  const auto found = annalist::test::tag("He left Friday after next week.", "2013-02-12");
  CHECK(annalist::test::expression(found, "Friday"));
  CHECK(annalist::test::expression(found, "next week"));
}

TEST_CASE("before last is two back: the weekday before last is the one before last such weekday") {
  // Said on Friday 2012-08-10: last Friday is 08-03, the one before 07-27 (was today's Friday).
  check("He left on the Friday before last.", "2012-07-27", "2012-08-10");
  check("the Monday before last", "2012-07-30", "2012-08-10");
  check("the week before last", "2012-W30", "2012-08-10");
  // Its article in the tag, as "the week before last" has it (was "Friday before last": the
  // relative family's start gate left out "the" before a weekday).
  check_text("He left on the Friday before last.", "the Friday before last", "2012-07-27", "2012-08-10");
  check_text("The vote is on the Monday after next.", "the Monday after next", "2012-08-20", "2012-08-10");
  // "last" belongs to the week here.
  const auto found = annalist::test::tag("Monday before last week", "2012-08-10");
  CHECK(annalist::test::expression(found, "last week"));
}

TEST_CASE("a quarter, half, season or month of a year counted from now") {
  check("the first quarter of next year", "2014-Q1");
  check("Q3 of this year", "2013-Q3");
  check("summer of last year", "2012-SU");
  check("March of this year", "2013-03");
  check("H1 2014", "2014-H1");
  check_untagged("The H2 receptor");
}

TEST_CASE("a query-only form may end a request after on") {
  check("on 2/15", "2013-02-15");
  check("meet me on thu", "2013-02-14");
  check_untagged("he sat on the bench");
  check_untagged("voted on 3/4 of the bills");
}

TEST_CASE("a month and day in figures after a bound or 'due' ending its clause is a date, not a common fraction") {
  check("Results are due by 8/31.", "2013-08-31");
  check_text("Payment due 9/1, the notice says.", "9/1", "2013-09-01");
  check_untagged("Only a share of the debt is due 1/4.");
  check("The office is open until 9/15, officials said.", "2013-09-15");
  check("Sales start 9/1 and run through 9/30.", "2013-09-30");
  check_untagged("Costs were cut by 3/4.");
  check_untagged("It fell by 1/3, he said.");
  // "9/11" names the 2001 attacks.
  check_untagged("Security has tightened since 9/11.");
}

TEST_CASE("a holiday whose name begins with a part of the day") {
  check("night of power 2018", "2018-06-11");
  check("morning of christmas 2013", "2013-12-25TMO");
}

TEST_CASE("news clock times: a.m. and p.m. with dots, zones, and their day on either side") {
  check_text("The vote is at 10.30 a.m. Friday.", "10.30 a.m. Friday", "2014-02-07T10:30", "2014-02-05");
  check_text("It ended at 10:35 a.m. EST Tuesday.", "10:35 a.m. EST Tuesday", "2014-02-04T10:35", "2014-02-05");
  check_text("They met yesterday at noon.", "yesterday at noon", "2014-02-04T12:00", "2014-02-05");
  check_text("Trading opens at 14:30 GMT.", "14:30 GMT", "2014-02-05T14:30", "2014-02-05");
  // "hit" after its subject is a past: the last May 8.
  check_text("The storm hit May 8 1:00AM.", "May 8 1:00AM", "2013-05-08T01:00", "2014-02-05");
  check_untagged("The index rose 10.30 points.", "2014-02-05");
}

TEST_CASE("Islamic holidays follow the Umm al-Qura month starts: the day after a conjunction before sunset at Mecca") {
  check("Eid al-Adha 2018", "2018-08-21");    // conjunction 2018-08-11 10:00 UTC, before sunset
  check("Amun Jadid 2018", "2018-09-11");     // conjunction 2018-09-09 18:01 UTC, after sunset
  check("day of Ashura 2017", "2017-09-30");  // Muharram 1439 began 2017-09-21
  check("Eid al-Fitr 2018", "2018-06-15");
  check("Ramadan 2018", "2018-05-16");
}

TEST_CASE("dates typed year first with slashes or dots, or with the month name between dashes") {
  check("2015.05.25", "2015-05-25");
  check_text("It was issued on 2015.05.25.", "2015.05.25", "2015-05-25");  // a full stop ends the sentence
  check("2015/05/25", "2015-05-25");
  check("21-APR-16", "2016-04-21", "2017-08-08");
  check("03-Jan-2014", "2014-01-03");
  check_untagged("version 2015.05.25.1");
  // A small number range reads as hours, not as a month and day.
  const auto found = annalist::find_time_expressions("7 - 8", reference_at(duckling_reference));
  for (const auto& t : found) CHECK(t.value != "2013-07-08");
}

TEST_CASE("this weekday said at a moment of the day is the coming one, against a document date its week's") {
  check("this monday", "2013-02-18");
  check("this tuesday", "2013-02-12");
  const auto found = annalist::test::tag("It was held this Monday.", "2014-02-05");
  const auto monday = annalist::test::expression(found, "this Monday");
  REQUIRE(monday);
  CHECK(monday->value == "2014-02-03");
  // Said on a Sunday the week is all behind: the coming one.
  check_text("The match is this Saturday.", "this Saturday", "2022-08-13", "2022-08-07");
  check_text("this Sunday", "this Sunday", "2022-08-07", "2022-08-07");
  check_text("this past Saturday", "this past Saturday", "2022-08-06", "2022-08-07");
}

TEST_CASE("a part of the day after in or during is that part of the anchor's day") {
  check_text("in the afternoon", "the afternoon", "2013-02-12TAF");
  check_text("The talks ran during the night and ended at dawn.", "the night", "2014-02-05TNI", "2014-02-05");
  check_untagged("Read it in the evening papers.", "2014-02-05");
  check_untagged("He met the night watchman.", "2014-02-05");
}

TEST_CASE("a reference given with a clock time is a moment even at midnight, a plain date is not") {
  check("we have to make something in 5 days.", "2012-08-15", "2012-08-10T00:00");
  check("we have to make something in 5 days.", "P5D", "2012-08-10");
  check("5 years ago, we did something", "2007-08-10", "2012-08-10T00:00");
  check("5 years ago, we did something", "2007", "2012-08-10");
  check("a week ago, we did something", "2012-07-27", "2012-08-03T00:00");
  // Dates without a year stay the closest: only a clock time of its own makes the reference look ahead.
  check("Thursday", "2012-08-09", "2012-08-09T00:00");
  check("Twenty-fourth of May", "2012-05-24", "2012-08-10T00:00");
}

TEST_CASE("months and years counted from a moment keep its clock time") {
  check("within 12 month", "2017-10-01T14:52", "2016-10-01T14:52");
  check("after a year", "2017-10-01T12:00", "2016-10-01T12:00");
  check("3 months ago", "2012-11-12T04:30");
}

TEST_CASE("a fortnight is two weeks") {
  check("in a fortnight", "2013-02-26T04:30");
  check("a fortnight ago", "2013-01-29T04:30");
  // Counted, "fortnights" are two weeks each.
  check("two fortnights hence", "2013-03-12T04:30");
  check("in two fortnights", "2013-03-12T04:30");
  check("three fortnights from now", "2013-03-26T04:30");
  const auto length = primary("The talks lasted two fortnights.", duckling_reference);
  CHECK(length.text == "two fortnights");
  CHECK(length.value == "P4W");
}

TEST_CASE("a time right after an opening quote is read") {
  check_text("between '3:30-4:30pm'", "3:30-4:30pm", "2020-07-06T15:30", "2020-07-06T00:00");
  check_text("the meeting is at '5pm'", "5pm", "2013-02-12T17:00");
  check_text("the '90s", "the '90s", "199");
}

TEST_CASE("a date written year first, with unpadded numbers or a month name") {
  check("2012/8/10", "2012-08-10");
  check("the deadline is 2012-8-10", "2012-08-10");
  check("The Deadline is 2012/aug/10", "2012-08-10");
  check("The Deadline is 2018 March 18", "2018-03-18");
  // A year first is followed by its month: a month over 12 makes no date (chrono's strict reading).
  check_untagged("2024/13/1");
  check_untagged("2024-13-01");
  check_untagged("2012/80/10");
  check_untagged("2014/22/29");
  check_untagged("2012.8.10");
  check_untagged("in 2018 may 18 people");
}

TEST_CASE("next and last weekday are working days, weekends skipped") {
  check("last weekday", "2024-10-17", "2024-10-18T12:00");
  check("next weekday", "2024-10-21", "2024-10-18T12:00");
  check("last weekday", "2024-10-18", "2024-10-19T12:00");
  check("the previous business day", "2024-10-18", "2024-10-21");
  check("next working day", "2024-10-22", "2024-10-21");
  // The last working day of a period is no offset from today: that day of the period.
  check_text("the last working day of the month", "the last working day of the month", "2024-10-31", "2024-10-21");
}

TEST_CASE("a timestamp's time and date joined by a middle dot are one expression") {
  check_text("8:23 AM \xE2\x88\x99 Jul 9", "8:23 AM \xE2\x88\x99 Jul 9", "2017-07-09T08:23", "2016-10-01T08:00");
  check_text("posted 8:23 AM \xC2\xB7 Jul 9, 2016", "8:23 AM \xC2\xB7 Jul 9, 2016", "2016-07-09T08:23");
}

TEST_CASE("a few units ago said at a moment of the day count three, against a document date stay vague") {
  check("a few days ago, we did something", "2012-07-31", "2012-08-03T00:00");
  check("a few hours ago", "2013-02-12T01:30");
  check("a few days ago, we did something", "PAST_REF", "2012-08-03");
}

TEST_CASE("a length said in parts is one duration, written as said") {
  check_text("set a timer for 5 minutes 30 seconds", "5 minutes 30 seconds", "PT5M30S");
  check_text("set a timer for 1 hour, 5 minutes, 30 seconds", "1 hour, 5 minutes, 30 seconds", "PT1H5M30S");
  check_text("He served 2 years and 3 months.", "2 years and 3 months", "P2Y3M", "2014-02-05");
  check_text("a stay of 2 weeks 3 days", "2 weeks 3 days", "P17D", "2014-02-05");
  // Months and days have no exact sum: two lengths.
  check_text("1 month 3 days", "1 month", "P1M", "2014-02-05");
}

TEST_CASE("a length in parts after next or last covers that period from now") {
  const auto found = annalist::find_time_expressions("next 2 weeks 3 days", reference_at("2016-10-01T12:00"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "P17D");
  CHECK(found[0].range_begin == "2016-10-02");
  CHECK(found[0].range_end == "2016-10-18");
}

TEST_CASE("a length in parts after in is an offset from a moment, not a length") {
  check_text("in 1 day 12 hours", "1 day 12 hours", "2016-10-03T00:00", "2016-10-01T12:00");
  check_text("in 2 hours 30 minutes", "2 hours 30 minutes", "2016-10-01T14:30", "2016-10-01T12:00");
}

TEST_CASE("minutes before an hour need the word minutes when the count could be an hour") {
  const auto found = annalist::find_time_expressions("timeoff monday 7 to 9am", reference_at("2019-06-13T00:00"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "monday 7 to 9am");
  CHECK(found[0].value == "2019-06-10T07:00");
  CHECK(found[0].range_end == "2019-06-10T09:00");
  check("20 to 2pm", "2013-02-12T13:40");
  check("ten to 9pm", "2013-02-12T20:50");
  check("10 minutes to 9pm", "2013-02-12T20:50");
  check("a quarter to noon", "2013-02-12T11:45");
}

TEST_CASE("an abbreviated month alone is a date after a preposition of time, not in a name") {
  check_text("in Jan", "Jan", "2021-01", "2020-11-22T00:00");
  check_text("Sales have slowed since Sept. and will recover", "Sept.", "2012-09");
  check_untagged("I believe in Jan Smith", "2014-02-05");
  check_untagged("He spoke to Jan about it.", "2014-02-05");
  check_untagged("in jan", "2014-02-05");
}

TEST_CASE("a numeric date stamped with its time after a colon or a hyphen") {
  check_text("05/31/2024:14:15", "05/31/2024:14:15", "2024-05-31T14:15", "2016-10-01T08:00");
  check_text("05/31/2024-14:15", "05/31/2024-14:15", "2024-05-31T14:15", "2016-10-01T08:00");
  check_text("31/05/2024:14:15:20", "31/05/2024:14:15:20", "2024-05-31T14:15:20", "2016-10-01T08:00");
  // A web server's log names the month.
  check_text("127.0.0.1 - - [06/Nov/2023:06:36:02 +0000] \"GET /\"", "06/Nov/2023:06:36:02", "2023-11-06T06:36:02",
             "2012-08-10");
}

TEST_CASE("a signed letter unit is an offset only as a whole query") {
  check_text("+1m", "1m", "2012-07-10T12:15", "2012-07-10T12:14");
  check_text("-2h", "2h", "2012-07-10T10:14", "2012-07-10T12:14");
  check_untagged("profits +5m", "2012-07-10T12:14");
  check_text("+15min", "15min", "2012-07-10T12:29", "2012-07-10T12:14");
}

TEST_CASE("what follows a day said with a time in words does not change how it is read") {
  // "am" inside "American" is no clock cue: the same phrase reads the same before any word.
  check_text("We meet Friday at eight.", "Friday", "2014-02-07", "2014-02-05");
  check_text("We meet Friday at eight with American officials.", "Friday", "2014-02-07", "2014-02-05");
  check_text("We meet Friday at eight am.", "Friday at eight am", "2014-02-07T08:00", "2014-02-05");
}

TEST_CASE("a day range after one month may spell its ordinals") {
  const auto spelled = primary("May eighth - tenth, 2010", duckling_reference);
  CHECK(spelled.text == "May eighth - tenth, 2010");
  CHECK(spelled.value == "2010-05-08");
  CHECK(spelled.range_end == "2010-05-10");
  const auto mixed = primary("from June 3rd-fifth", duckling_reference);
  CHECK(mixed.value == "2013-06-03");
  CHECK(mixed.range_end == "2013-06-05");
  // An ordinal word past the 31st is no day: only the month and its first day are read.
  check_text("March first - fortieth", "March first", "2013-03-01");
}

TEST_CASE("a comma after the month before an ordinal day and a year") {
  check_text("Sunday, March, 6th 2016", "Sunday, March, 6th 2016", "2016-03-06", "2012-08-10");
  check_text("due by October, 21st, 2015", "October, 21st, 2015", "2015-10-21", "2012-08-10");
  // Without the year, a comma after the month separates it from what follows; "sat" is a past,
  // the last March.
  check_text("In March, 6th graders sat the test.", "March", "2012-03");
  check_text("In March, 6th graders sit the test.", "March", "2013-03");
}

TEST_CASE("a holiday of every fourth year is looked for beyond the neighbouring years") {
  check("super tuesday", "2016-03-01");
  check("super tuesday 2020", "2020-03-03");
  check("last super tuesday", "2012-03-06");
  // No Super Tuesday in 2013: the year alone may be read, the holiday is not dated.
  for (const auto& t : annalist::find_time_expressions("super tuesday 2013", reference_at(duckling_reference)))
    CHECK(t.value.rfind("2013-03", 0) != 0);
}

TEST_CASE("a weekday abbreviation next to a clock time is its day") {
  check_text("this Thu 9-11am", "this Thu 9-11am", "2013-02-14T09:00");
  check_text("Thu at 8pm", "Thu at 8pm", "2013-02-14T20:00");
  check_text("see you fri 3pm", "fri 3pm", "2013-02-15T15:00");
  // "wed", "sat" and "sun" in lower case are the words.
  // Told in the past ("wed" after its subject), the last noon before the moment of the reference.
  check_text("They wed at noon.", "noon", "2013-02-11T12:00");
  check_text("she sat 3pm", "3pm", "2013-02-11T15:00");
}

TEST_CASE("four digits before a zone in capitals are a 24-hour clock time") {
  check_text("Trading resumes at 1030 GMT.", "1030 GMT", "2014-02-05T10:30", "2014-02-05");
  check_text("The ceasefire starts at 2200 UTC on Friday.", "2200 UTC on Friday", "2014-02-07T22:00", "2014-02-05");
  // Without the zone four digits stay a year or a number.
  check_text("The index closed at 1030 on Friday.", "Friday", "2014-01-31", "2014-02-05");
  check_untagged("The plant ran at 2375 GMT-rated units.", "2014-02-05");
  // So are four digits before "local time", and a bare hour after a clock preposition.
  check_text("The border reopened at 0600 local time.", "0600", "2014-02-05T06:00", "2014-02-05");
  check_text("The blast happened around 10 local time.", "around 10", "2014-02-05T10:00", "2014-02-05");
}

TEST_CASE("a chapter and verse after a book of the Bible is no clock time") {
  check_untagged("The pastor quoted John 3:16 at the funeral.", "2014-02-05");
  check_untagged("He read 1 Corinthians 13:4 aloud.", "2014-02-05");
  check_untagged("A banner read Matthew 5:9.", "2014-02-05");
  // A time after another name, or after a book's name in lower case, stays a time.
  check_text("The train reached London 10:30 on Friday.", "10:30 on Friday", "2014-01-31T10:30", "2014-02-05");
  check_text("The service starts at 10:30.", "10:30", "2014-02-05T10:30", "2014-02-05");
}

TEST_CASE("a dotted 24-hour reading with its zone after a date is its time") {
  check_text("Tue 10 Mar 2026 14.05 GMT", "Tue 10 Mar 2026 14.05 GMT", "2026-03-10T14:05", "2026-03-10");
  check_text("Updated Saturday 14.00 CET", "Saturday 14.00 CET", "2026-03-07T14:00", "2026-03-10");
  // Without the zone or "at" it may be a price: the day alone.
  check_text("The shares ended Friday 12.50 higher.", "Friday", "2026-03-06", "2026-03-10");
  // With its zone it is a time without a day too, as a live blog stamps its posts (was untagged).
  check_text("14.52 GMT: The Bank of Canada cut rates.", "14.52 GMT", "2026-03-10T14:52", "2026-03-10");
  check_text("The vote is at 16.30 BST.", "16.30 BST", "2026-03-10T16:30", "2026-03-10");
  check_untagged("Shares closed at 17.30 on average.", "2026-03-10");
}

TEST_CASE("a dotted time with a one-digit hour before its part of the day is that time") {
  check_text("The vote is at 7.30 tonight.", "7.30 tonight", "2026-03-10T19:30", "2026-03-10");
  check_text("He spoke at 9.45 this morning.", "9.45 this morning", "2026-03-10T09:45", "2026-03-10");
  check_text("at 7.30 tomorrow night", "7.30 tomorrow night", "2026-03-11T19:30", "2026-03-10");
  check_text("The blast came at 8.15 last night.", "8.15 last night", "2026-03-09T20:15", "2026-03-10");
  check_text("Doors open at 6.30 in the evening.", "6.30 in the evening", "2026-03-10T18:30", "2026-03-10");
  // Alone, or after a day, it is as often a decimal or a price: untagged, or the day alone.
  check_untagged("The index closed at 7.30.", "2026-03-10");
  check_text("Shares closed Friday at 3.50.", "Friday", "2026-03-06", "2026-03-10");
  check_untagged("The shares rose 7.30 in the session.", "2026-03-10");
  check_untagged("The index gained 4.25 in the morning session.", "2026-03-10");
  // After a change of amount it is the amount: the part of the day alone.
  check_text("The pound rose 1.25 tonight.", "tonight", "2026-03-10TNI", "2026-03-10");
}

TEST_CASE("the hour that names a broadcast is no clock time") {
  check_text("She read the 6 o'clock news for years.", "years", "PXY", "2014-02-05");
  check_untagged("Viewers of the Ten O'Clock News complained.", "2014-02-05");
  // Another noun after it: the time of the thing.
  check_text("The 5 o'clock deadline passed.", "5 o'clock", "2014-02-05T05:00", "2014-02-05");
}

TEST_CASE("'local time' after a clock time stays outside it unless a day follows") {
  check_text("The explosion happened at 10 a.m. local time.", "10 a.m.", "2014-02-05T10:00", "2014-02-05");
  check_text("Polls open at 7 a.m. local time Friday.", "7 a.m. local time Friday", "2014-02-07T07:00", "2014-02-05");
  // A bare hour too, after a clock preposition (1..6 o'clock in the afternoon, as "Friday at 5").
  check_text("The suspect was seen at 5 local time on Friday.", "5 local time on Friday", "2014-01-31T17:00",
             "2014-02-05");
  check_text("It rose to 5 local time on Friday.", "Friday", "2014-01-31", "2014-02-05");
}

TEST_CASE("a place's time after a clock time makes it a time and stays outside it") {
  check_text("The market closes at 4 p.m. New York time.", "4 p.m.", "2014-02-05T16:00", "2014-02-05");
  check_text("The summit opens at 8pm Beijing time.", "8pm", "2014-02-05T20:00", "2014-02-05");
  check_text("Trading starts at 0930 Hong Kong time.", "0930", "2014-02-05T09:30", "2014-02-05");
  check_text("The ceasefire began at 10 Kyiv time.", "10", "2014-02-05T10:00", "2014-02-05");
  check_untagged("The team ranked 10 Premier League teams.", "2014-02-05");
}

TEST_CASE("four digits and 'hours' after 'at', 'by', 'until' are the military clock") {
  check_text("The patrol left the base at 2100 hours.", "2100 hours", "2014-02-05T21:00", "2014-02-05");
  check_text("The curfew lasts until 0600 hours on Friday.", "0600 hours on Friday", "2014-02-07T06:00", "2014-02-05");
  // A leading zero makes it a clock's after any clock preposition.
  check_text("Shelling stopped around 0430 hours.", "around 0430 hours", "2014-02-05T04:30", "2014-02-05");
  // A length after a word asking how long, or before "of".
  check_text("Pilots logged 1200 hours.", "1200 hours", "PT1200H", "2014-02-05");
  check_text("It took about 1200 hours.", "about 1200 hours", "PT1200H", "2014-02-05");
  check_text("At 1500 hours of talks, it was the longest round.", "1500 hours", "PT1500H", "2014-02-05");
}

TEST_CASE("four digits after 'at' are a 24-hour clock without its colon, where they make no year or amount") {
  check_text("The meeting starts at 1030.", "1030", "2014-02-05T10:30", "2014-02-05");
  check_text("The convoy reached the border at 1130.", "1130", "2014-02-05T11:30", "2014-02-05");
  check_text("Police were called at 2215 on Friday.", "2215 on Friday", "2014-01-31T22:15", "2014-02-05");
  check_text("Bombers struck at 0430 on 6 June 1944.", "0430 on 6 June 1944", "1944-06-06T04:30", "2014-02-05");
  check_text("Meet me at 1130 tomorrow.", "1130 tomorrow", "2014-02-06T11:30", "2014-02-05");
  // With a part of the day after it: the clock on the DCT's day, no year (was the value "1030").
  check_text("The convoy left at 1030 in the morning.", "1030 in the morning", "2014-02-05T10:30", "2014-02-05");
  check_text("He left at 1845 in the evening.", "1845 in the evening", "2014-02-05T18:45", "2014-02-05");
  // A year where "at" may date one, or where no "at" comes before; a level, a measure, a street.
  check_text("Output is measured at 2014 prices.", "2014", "2014", "2014-02-05");
  check_text("The town was founded in 1030.", "1030", "1030", "2014-02-05");
  check_text("In the year 1030 the abbey burned.", "the year 1030", "1030", "2014-02-05");
  check_untagged("The index stood at 1450.", "2014-02-05");
  check_untagged("The camp sits at 1030 metres.", "2014-02-05");
  check_untagged("The embassy is at 1600 Massachusetts Avenue.", "2014-02-05");
}

TEST_CASE("four figures after 'at' and a hedge, or after 'approximately', are a 24-hour clock") {
  check_text("The convoy left at approximately 1030.", "approximately 1030", "2014-02-05T10:30", "2014-02-05");
  check_text("The first explosion was heard at about 1130.", "about 1130", "2014-02-05T11:30", "2014-02-05");
  check("approximately 1030", "2013-02-12T10:30");
  // Minutes off the hour make "hours" after a hedge a clock's; round hundreds stay a length.
  check_text("The patrol returned around 1030 hours.", "around 1030 hours", "2014-02-05T10:30", "2014-02-05");
  check_text("Pilots logged about 1200 hours on the type.", "about 1200 hours", "PT1200H", "2014-02-05");
  // A year where the hedge dates one.
  check_text("The castle was built around 1030 by a Norman lord.", "around 1030", "1030", "2014-02-05");
  check_text("The chronicle was written in approximately 1030.", "approximately 1030", "1030", "2014-02-05");
}

TEST_CASE("four figures after a verb of a level and 'at', or before a count or a currency, are no date") {
  check_untagged("The index closed at 1450.", "2014-02-05");
  check_untagged("Shares were priced at 1200 pence.", "2014-02-05");
  check_untagged("The stock changed hands at 1150 in early trading.", "2014-02-05");
  check_untagged("The benchmark finished at about 1450 after a volatile session.", "2014-02-05");
  check_untagged("Brent crude settled at 1030 yuan a tonne.", "2014-02-05");
  check_untagged("About 1450 people attended the rally.", "2014-02-05");
  // A year before a noun a year dates stays one.
  check_text("Emissions were capped at 1990 levels.", "1990", "1990", "2014-02-05");
  check_text("Real wages are shown at 1918 prices.", "1918", "1918", "2014-02-05");
}

TEST_CASE("two 24-hour clocks without their colons joined as a range are one clock range") {
  const auto between = primary("The office is open between 0900 and 1700.", "2014-02-05");
  CHECK(between.text == "0900 and 1700");
  CHECK(between.value == "2014-02-05T09:00");
  CHECK(between.range_end == "2014-02-05T17:00");
  const auto from = primary("The office is open from 0900 to 1700.", "2014-02-05");
  CHECK(from.value == "2014-02-05T09:00");
  CHECK(from.range_end == "2014-02-05T17:00");
  // Before "daily" each day's hours, one SET.
  const auto dash = primary("Visiting hours are 0900-1700 daily.", "2014-02-05");
  CHECK(dash.text == "0900-1700 daily");
  CHECK(dash.range_end == "XXXX-XX-XXT17:00");
  const auto zoned = primary("The hotline is staffed 0900 to 1700 GMT.", "2014-02-05");
  CHECK(zoned.text == "0900 to 1700 GMT");
  CHECK(zoned.range_end == "2014-02-05T17:00");
  // Across midnight, and with "hours" after the end.
  const auto curfew = primary("A curfew runs from 2200 to 0600.", "2014-02-05");
  CHECK(curfew.value == "2014-02-05T22:00");
  CHECK(curfew.range_end == "2014-02-06T06:00");
  const auto hours = primary("The road will be closed between 2300 and 0500 hours.", "2014-02-05");
  CHECK(hours.text == "2300 and 0500 hours");
  CHECK(hours.range_end == "2014-02-06T05:00");
  // Without a leading zero or "hours", ranges of years.
  check_text("The war lasted between 1900 and 1914.", "between 1900 and 1914", "1900", "2014-02-05");
  check_text("William ruled England from 1066 to 1087.", "from 1066 to 1087", "1066", "2014-02-05");
  check_text("The nave was rebuilt between 1300 and 1450.", "between 1300 and 1450", "1300", "2014-02-05");
}

TEST_CASE("four digits with h, hrs or the zone letter Z glued to them are a 24-hour clock time") {
  check_text("The patrol left at 1030h.", "1030h", "2014-02-05T10:30", "2014-02-05");
  check_text("Reporting begins at 0900hrs on Monday.", "0900hrs on Monday", "2014-02-10T09:00", "2014-02-05");
  const auto zulu = primary("The strike was launched at 1030Z.", "2014-02-05");
  CHECK(zulu.text == "1030Z");
  CHECK(zulu.value == "2014-02-05T10:30");
  CHECK(zulu.zone_offset == 0);
  check_text("The aircraft took off at 0445Z on Tuesday.", "0445Z on Tuesday", "2014-02-04T04:45", "2014-02-05");
  // A name's or a model's letter after a year or an amount is no unit: "2020H", "2530H" stay.
  check_untagged("The engine model 2530H was withdrawn.", "2014-02-05");
  check_untagged("The league has 1030 members.", "2014-02-05");
}

TEST_CASE("a range of 24-hour clocks ending in hours is the clock's, not a length") {
  const auto office = primary("The office is open from 0900 to 1700 hours.", "2014-02-05");
  CHECK(office.type == annalist::TimexType::time);
  CHECK(office.value == "2014-02-05T09:00");
  CHECK(office.range_end == "2014-02-05T17:00");
  // So are opening hours without a leading zero right after "open" or "staffed".
  const auto museum = primary("The museum is open 1000-1800.", "2014-02-05");
  CHECK(museum.value == "2014-02-05T10:00");
  CHECK(museum.range_end == "2014-02-05T18:00");
  check_text("The collection spans 1200-1450.", "1200-1450", "1200", "2014-02-05");
  // A count of hours without a leading zero stays a length or an amount.
  check_text("Parliament sat for 1030 hours last year.", "1030 hours", "PT1030H", "2014-02-05");
  check_untagged("The rebels moved from 1000 to 1800 troops into the valley.", "2014-02-05");
}

TEST_CASE("a clock range on a deictic day keeps its end on that day") {
  const auto tomorrow = primary("tomorrow 3-4pm", duckling_reference);
  CHECK(tomorrow.value == "2013-02-13T15:00");
  CHECK(tomorrow.range_end == "2013-02-13T16:00");
  const auto today = primary("today from 9:30 to 11:00", duckling_reference);
  CHECK(today.value == "2013-02-12T09:30");
  CHECK(today.range_end == "2013-02-12T11:00");
}

TEST_CASE("a clock time on a part of today under way is today's, before the reference or after it") {
  // Said at noon, the morning is over: its 7 o'clock was this day's (was the next day's 07:00).
  check_text("this morning at 7", "this morning at 7", "2012-08-10T07:00", "2012-08-10T12:00");
  check_text("at 7 this morning", "7 this morning", "2012-08-10T07:00", "2012-08-10T12:00");
  check_text("this afternoon at 2", "this afternoon at 2", "2012-08-10T14:00", "2012-08-10T16:00");
  check_text("this evening at 7", "this evening at 7", "2012-08-10T19:00", "2012-08-10T23:00");
  check("this evening at 8", "2012-08-10T20:00", "2012-08-10T12:00");
  // A part still ahead keeps the next such time (Duckling's reading at 04:30); the night's small
  // hours are the next day's.
  check("this morning at 3", "2013-02-13T03:00");
  check("tonight at 1", "2012-08-11T01:00", "2012-08-10T23:00");
}

TEST_CASE("a weekday before a month and day in figures makes them a date in running text") {
  check_text("The game is Tues 10/2 at the stadium", "Tues 10/2", "2012-10-02", "2012-08-10T12:00");
  check_text("Thursday 8/16", "Thursday 8/16", "2012-08-16", "2012-08-10");
  check_text("Thu, 8/16", "Thu, 8/16", "2012-08-16", "2012-08-10");
  check_text("on Wed 8/15 at 3pm", "Wed 8/15 at 3pm", "2012-08-15T15:00", "2012-08-10T12:00");
  // Without the weekday, running text keeps "3/4" a fraction.
  check_untagged("Add 3/4 of the flour", "2012-08-10");
}

TEST_CASE("days or weeks from or after a day counted from today") {
  check_text("2 weeks from tomorrow", "2 weeks from tomorrow", "2012-08-25", "2012-08-10T12:00");
  check_text("The vote is two weeks from tomorrow.", "two weeks from tomorrow", "2012-08-25", "2012-08-10");
  check("a week from tomorrow", "2012-08-18", "2012-08-10T12:00");
  check("two weeks from yesterday", "2012-08-23", "2012-08-10T12:00");
  check("3 weeks from next Monday", "2012-09-03", "2012-08-10T12:00");
  check("a week after tomorrow", "2012-08-18", "2012-08-10T12:00");
  // From today, against a date without a clock: the day that far on, as "a year ago today" is;
  // "from now" keeps the unit's week.
  check_text("The hearings begin a week from today.", "a week from today", "2012-08-17", "2012-08-10");
  check_text("It expires a year from today.", "a year from today", "2013-08-10", "2012-08-10");
  check_text("The hearings begin two weeks from now.", "two weeks from now", "2012-W34", "2012-08-10");
  check("two weeks after Christmas", "2013-01-08", "2012-08-10");
  // A day of the month alone is no day to count from: "after the first" (dose) leaves the length.
  check_text("The second dose comes eight weeks after the first.", "eight weeks", "P8W", "2021-06-14");
  // "for" makes it a length beginning that day; "from Friday to Sunday" is a range; "from Friday"
  // alone is as often the beginning of the length.
  check_text("closed for two weeks from tomorrow", "two weeks", "P2W", "2012-08-10");
  check_text("3 days from Friday to Sunday", "from Friday to Sunday", "2012-08-10", "2012-08-10");
  check_text("It runs 3 days from Friday", "3 days", "P3D", "2012-08-10");
}

TEST_CASE("a time with a fraction of a second after its date") {
  check_text("2014-10-01 08:00:00.123", "2014-10-01 08:00:00.123", "2014-10-01T08:00:00", "2012-08-10T12:00");
  check_text("logged 2014-10-01 08:00:00.123 UTC", "2014-10-01 08:00:00.123 UTC", "2014-10-01T08:00:00", "2012-08-10");
  // A one-digit hour is a running time.
  check_untagged("The race was won in 2:08:00.12", "2012-08-10");
}

TEST_CASE("a couple without of counts two") {
  check_text("a couple hours ago", "a couple hours ago", "2012-08-10T10:00", "2012-08-10T12:00");
  check_text("He left a couple days ago.", "a couple days ago", "2012-08-08", "2012-08-10");
  check_text("The talks could end in a couple weeks.", "a couple weeks", "P2W", "2012-08-10");
  check_text("Prices rose for a couple years.", "a couple years", "P2Y", "2012-08-10");
  // "couple" alone is the noun: "years later" is tagged alone.
  check_text("The couple years later divorced.", "years later", "FUTURE_REF", "2012-08-10");
}

TEST_CASE("after a direction word a weekday abbreviation that is no word is the weekday") {
  check_text("next Tue", "next Tue", "2012-08-14", "2012-08-10T12:00");
  check_text("We met last Thu to talk.", "last Thu", "2012-08-09", "2012-08-10");
  check_text("next tues at 3pm", "next tues at 3pm", "2012-08-14T15:00", "2012-08-10T12:00");
  // Abbreviations that are words, companies or names stay untagged; so does a name's first part.
  check_untagged("he indicated that Sun's profitability should increase", "1989-11-02");
  check_untagged("The last Thu Nguyen saw of him was in Hue.", "2012-08-10");
}

TEST_CASE("a date of an era, BCE as BC, the month first too") {
  check_text("10 August 234 BCE", "10 August 234 BCE", "BC0234-08-10", "2012-08-10");
  check_text("in 234 BCE", "234 BCE", "BC0234", "2012-08-10");
  check_text("Caesar was killed on March 15, 44 BC.", "March 15, 44 BC", "BC0044-03-15", "2012-08-10");
  check_text("The Deadline is August 10, 345 BC", "August 10, 345 BC", "BC0345-08-10", "2012-08-10");
  check_text("490-479 BCE", "490-479 BCE", "BC0490", "2012-08-10");
}

TEST_CASE("a date with its part of the day after it, as a weekday takes one") {
  check_text("Jan 1, 2020 evening", "Jan 1, 2020 evening", "2020-01-01TEV", "2012-08-10");
  check_text("Temperatures fell on March 3 morning.", "March 3 morning", "2012-03-03TMO", "2012-08-10");
  check_text("on 12 August night", "12 August night", "2012-08-12TNI", "2012-08-10");
  check_text("March 3 evening at 7", "March 3 evening at 7", "2012-03-03T19:00", "2012-08-10");
}

TEST_CASE("a weekday abbreviation that is no word is a weekday in running text") {
  check_text("Markets reopen Tues after the holiday.", "Tues", "2012-08-14", "2012-08-10");
  check_text("The report is due Thurs", "Thurs", "2012-08-16", "2012-08-10");
  check_text("Meeting moved to Fri", "Fri", "2012-08-10", "2012-08-10");
  // Words, names and acronyms stay untagged.
  check_untagged("Tue Greenfort won the prize.", "2012-08-10");
  check_untagged("Nguyen Thu said so.", "2012-08-10");
  check_untagged("She sat down.", "2012-08-10");
  check_untagged("the FRI index rose", "2012-08-10");
}

TEST_CASE("a day of a month counted from the DCT's, by an ordinal word too") {
  check_text("Rent rises on the first of next month.", "the first of next month", "2012-09-01", "2012-08-10");
  check_text("the fifth of last month", "the fifth of last month", "2012-07-05", "2012-08-10");
  check_text("the 15th of next month", "the 15th of next month", "2012-09-15", "2012-08-10");
  // A possessive makes it a count of something else: the month alone.
  check_text("the second of next month's games", "next month", "2012-09", "2012-08-10");
}

TEST_CASE("a clock time on a numeric day without its year") {
  check_text("Ends 11:59 PM PT on 12/31.", "11:59 PM PT on 12/31", "2012-12-31T23:59", "2012-08-10T12:00");
  check_text("The polls close at 8 p.m. on 11/6 in Ohio.", "8 p.m. on 11/6", "2012-11-06T20:00", "2012-08-10");
  check_text("The polls close at 8 p.m. on 11/6.", "8 p.m. on 11/6", "2012-11-06T20:00", "2012-08-10");
  // A fraction stays one.
  check_text("He scored at 5pm on 3/4 of attempts", "5pm", "2012-08-10T17:00", "2012-08-10");
}

TEST_CASE("a month, 'the' and a spelt ordinal ending the phrase is a date; one before a word is not") {
  check_text("march the eighth", "march the eighth", "2013-03-08");
  check_text("We meet on March the eighth, 2014.", "March the eighth, 2014", "2014-03-08");
  check_untagged("May the fourth be with you");
  check_text("the end of May the Second Pacific Squadron", "the end of May", "2013-05");
}

TEST_CASE("lower-case 'may' and 'march' after a day and 'of', or before a day with its suffix, are the months") {
  check_text("the 3rd of march in the afternoon", "the 3rd of march", "2013-03-03");
  check_text("the vote is on march 3rd.", "march 3rd", "2013-03-03");
  check_text("they leave may 5th", "may 5th", "2013-05-05");
  check_text("we vote march the 3rd.", "march the 3rd", "2013-03-03");
  check_text("by the 2nd of may we will know", "the 2nd of may", "2013-05-02");
  check_untagged("the troops may march on the capital");
  check_untagged("prices may 10 times rise");
}

TEST_CASE("the week of a day of the month alone is that day's week") {
  check_text("the week of the 20th", "the week of the 20th", "2013-W08");
  check_text("the week of the 3rd", "the week of the 3rd", "2013-W10");
  check_text("the weekend of the 16th", "the weekend of the 16th", "2013-W07-WE");
}

TEST_CASE("the coming weekend said on a weekday is this week's; next weekend is the one after") {
  check("this coming weekend", "2013-W07-WE");
  check("the upcoming weekend", "2013-W07-WE");
  check("the coming weekend", "2013-W07-WE");
  check("next weekend", "2013-W08-WE");
  check("the coming week", "2013-W08");
  check("this coming weekend", "2013-W08-WE", "2013-02-16T10:00");  // said on the Saturday
}

TEST_CASE("a week then its weekday, with or without 'on', is that weekday of the week") {
  check_text("next week Tuesday", "next week Tuesday", "2013-02-19");
  check_text("next week on Friday", "next week on Friday", "2013-02-22");
  check_text("last week Tuesday", "last week Tuesday", "2013-02-05");
  check_text("next week Tuesday at 3pm", "next week Tuesday at 3pm", "2013-02-19T15:00");
}

TEST_CASE("a weekday, a comma and a day of the month is that day; the 3rd Division is no day") {
  check_text("on Thursday, the 21st", "Thursday, the 21st", "2013-02-21");
  check_text("Thursday, the 21st at 9am", "Thursday, the 21st at 9am", "2013-02-21T09:00");
  check_text("Friday, the 22nd of February", "Friday, the 22nd of February", "2013-02-22");
  check_text("On Friday, the first of March, talks begin", "Friday, the first of March", "2013-03-01");
  check_text("On Thursday, the 3rd Division attacked.", "Thursday", "2013-02-07");
}

TEST_CASE("two months and days in figures joined as a range are dates; fractions and ratings are not") {
  const auto from_to = primary("The fair runs from 3/10 to 3/14.", duckling_reference);
  CHECK(from_to.text == "from 3/10 to 3/14");
  CHECK(from_to.value == "2013-03-10");
  REQUIRE(from_to.range_end);
  CHECK(*from_to.range_end == "2013-03-14");
  const auto dash = primary("Early voting 2/20 - 3/2 in most counties", duckling_reference);
  CHECK(dash.text == "2/20 - 3/2");
  CHECK(dash.value == "2013-02-20");
  REQUIRE(dash.range_end);
  CHECK(*dash.range_end == "2013-03-02");
  check_text("Offices close between 3/3 and 3/7", "between 3/3 and 3/7", "2013-03-03");
  check_text("The show runs 4/20 through 4/23 downtown", "4/20 through 4/23", "2013-04-20");
  check_untagged("Add 1/2 to 3/4 cup of flour");
  check_untagged("Critics rated it 9/10 to 7/10");
  check_untagged("Critics rated it 7/10 to 8/10");
}

TEST_CASE("'Sat', 'Sun', 'Wed', 'Mon' after a direction word are weekdays only as written abbreviations") {
  check_text("See you this Sat", "this Sat", "2013-02-16");
  check_text("We spoke last Wed, then again", "last Wed", "2013-02-06");
  check_text("next Mon at 9am", "next Mon at 9am", "2013-02-18T09:00");
  check_text("It rained last Sun", "last Sun", "2013-02-10");
  check_text("We met last Wed\nand talked", "last Wed", "2013-02-06");  // the line break stays out
  check_untagged("his score on this SAT was high");
  check_untagged("that Sun board member spoke");
  check_untagged("the last Sun Microsystems chief");
}

TEST_CASE("a query's month and day a few days gone is the one just gone, a range by its end") {
  // Said 2012-08-10 at noon, no tense: within a week back the day just gone, as chrono reads it.
  check("Aug 5", "2012-08-05", "2012-08-10T12:00");
  const auto range = primary("from Aug 1 to Aug 5", "2012-08-10T12:00");
  CHECK(range.value == "2012-08-01");
  CHECK(range.range_end == "2012-08-05");
  const auto new_year = primary("Dec 28 - Jan 1", "2013-01-03T10:00");
  CHECK(new_year.value == "2012-12-28");
  CHECK(new_year.range_end == "2013-01-01");
  // A week or more back it is the coming one, as a query asks; so is a day still ahead.
  check("Aug 2", "2013-08-02", "2012-08-10T12:00");
  check("February 15", "2013-02-15");
}

TEST_CASE("a weekday that begins a range ending last night is the one gone before that end") {
  // Said Friday 2017-07-07 at midnight: the coming Monday would come after "last night".
  const auto range = primary("Monday afternoon to last night", "2017-07-07T00:00");
  CHECK(range.text == "Monday afternoon to last night");
  CHECK(range.value == "2017-07-03TAF");
  REQUIRE(range.range_end);
  CHECK(*range.range_end == "2017-07-06TNI");
  CHECK(primary("from Monday afternoon to last night", "2017-07-07T00:00").value == "2017-07-03TAF");
  // A part of a day begins a range without "from" (rules_ranges.cpp, day_part_to).
  const auto parts = primary("this afternoon through tomorrow morning", "2012-08-10T12:00");
  CHECK(parts.value == "2012-08-10TAF");
  REQUIRE(parts.range_end);
  CHECK(*parts.range_end == "2012-08-11TMO");
}

TEST_CASE("tonite is tonight's informal spelling, with its modifiers and a clock time") {
  const auto late = primary("late tonite", duckling_reference);
  CHECK(late.text == "late tonite");
  CHECK(late.value == "2013-02-12TNI");
  CHECK(late.mod == "END");
  check_text("The band plays the Roxy tonite, doors at 8.", "tonite", "2026-03-05TNI", "2026-03-05");
  check_text("See you at 9 tonite.", "9 tonite", "2026-03-05T21:00", "2026-03-05");
  // Near-misses: tonight itself, and a programme's name as "the Tonight Show" is one.
  check_text("Storms are expected late tonight across the region.", "late tonight", "2026-03-05TNI", "2026-03-05");
  check_untagged("The Tonight Show host signs new deal.", "2026-03-05");
  check_untagged("The Tonite Show host signs new deal.", "2026-03-05");
  check_untagged("Tonitelli opened a second restaurant.", "2026-03-05");
}
