// Dates as reports and policy papers write them: fiscal years, season and budget years over two
// calendar years, parts of the decade and the century, and ranges begun in a part of a day or a
// year. DCT 2024-11-15 (a Friday) unless a case says otherwise.
#include "timex_test_support.hpp"

#include <annalist/parser/timeml.hpp>

#include <doctest/doctest.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

using annalist::TimeExpression;
using annalist::TimexType;

namespace {

constexpr std::string_view dct = "2024-11-15";

// The expression whose text is exactly `phrase` in `text`; fails the test when absent.
TimeExpression found_in(std::string_view text, std::string_view phrase) {
  const auto found = annalist::test::tag(text, dct);
  INFO("text: " << text << "  phrase: " << phrase << "  found " << found.size() << " expression(s)");
  for (const auto& f : found) INFO(f.text << " = " << f.value);
  const auto t = annalist::test::expression(found, phrase);
  REQUIRE(t);
  return *t;
}

// A DATE of `value` with no range and no mod.
void check_date(std::string_view text, std::string_view phrase, std::string_view value) {
  CAPTURE(text);
  const TimeExpression t = found_in(text, phrase);
  CHECK(t.type == TimexType::date);
  CHECK(t.value == value);
  CHECK(t.mod.empty());
  CHECK_FALSE(t.range_begin);
}

// A range of years, `begin` to `end`, its value the beginning.
void check_years(std::string_view text, std::string_view phrase, std::string_view begin, std::string_view end) {
  CAPTURE(text);
  const TimeExpression t = found_in(text, phrase);
  CHECK(t.type == TimexType::date);
  CHECK(t.value == begin);
  REQUIRE(t.range_begin);
  REQUIRE(t.range_end);
  CHECK(*t.range_begin == begin);
  CHECK(*t.range_end == end);
}

// A DATE of `value` with the mod `mod`.
void check_part(std::string_view text, std::string_view phrase, std::string_view value, std::string_view mod) {
  CAPTURE(text);
  const TimeExpression t = found_in(text, phrase);
  CHECK(t.type == TimexType::date);
  CHECK(t.value == value);
  CHECK(t.mod == mod);
}

// No expression overlaps `phrase` in `text`.
void check_untagged(std::string_view text, std::string_view phrase) {
  CAPTURE(text);
  CAPTURE(phrase);
  CHECK(annalist::test::untagged(text, annalist::test::tag(text, dct), phrase));
}

// No expression of `text` is a range of years.
void check_no_year_range(std::string_view text) {
  CAPTURE(text);
  for (const auto& t : annalist::test::tag(text, dct)) {
    CAPTURE(t.text);
    CHECK_FALSE((t.range_end && t.range_end->size() == 4 && t.range_begin->size() == 4));
  }
}

}  // namespace

TEST_CASE("a fiscal year abbreviated FY is that year") {
  check_date("The budget for FY2024 rose by 3%.", "FY2024", "2024");
  check_date("In FY 2024 spending fell.", "FY 2024", "2024");
  check_date("Revenue in FY24 was flat.", "FY24", "2024");
  check_date("Results for FY'99 were weak.", "FY'99", "1999");
}

TEST_CASE("a calendar year abbreviated CY is that year") {
  // As analysts set it beside a fiscal one (was untagged); capitals only ("Cy Young" is a name).
  check_date("Revenue in CY2025 is expected to grow.", "CY2025", "2025");
  check_date("CY25 earnings are forecast at $4.", "CY25", "2025");
  check_untagged("Cy Young won the award.", "Cy");
}

TEST_CASE("a year marked actual, estimated or forecast in a table is that year") {
  // The letter is in the tag, as tables and analysts' notes label their columns.
  check_date("Revenue: FY24A $10bn, FY25E $11bn.", "FY24A", "2024");
  check_date("Revenue: FY24A $10bn, FY25E $11bn.", "FY25E", "2025");
  check_date("Profit in FY2025E is forecast at $4bn.", "FY2025E", "2025");
  check_date("Revenue (CY2024A) was $5bn.", "CY2024A", "2024");
  check_date("GDP growth: 2025e 1.1%, 2026F 1.4%.", "2025e", "2025");
  check_date("GDP growth: 2025e 1.1%, 2026F 1.4%.", "2026F", "2026");
  check_date("Earnings per share in 2027E are seen at $3.", "2027E", "2027");
  // Another letter is a part number or a name.
  check_untagged("Order part 2025B today.", "2025B");
  check_untagged("The 2024x model sold well.", "2024x");
}

TEST_CASE("a quarter or half of a fiscal year abbreviated FY is that part of the year") {
  check_date("Revenue rose in Q3 FY2024.", "Q3 FY2024", "2024-Q3");
  check_date("FY24 Q3 margins fell.", "FY24 Q3", "2024-Q3");
  check_date("Guidance for H1 FY25 is unchanged.", "H1 FY25", "2025-H1");
  // An apostrophe year against the half, as against a quarter ("Q4'24").
  check_date("Revenue in H1'25 rose 5%.", "H1'25", "2025-H1");
  check_date("In the first quarter of FY2024 sales rose.", "the first quarter of FY2024", "2024-Q1");
  // Glued to the quarter or half, as Indian company results write them.
  check_date("Profit in Q3FY26 rose 8%.", "Q3FY26", "2026-Q3");
  check_date("Revenue for H1FY26 rose.", "H1FY26", "2026-H1");
}

TEST_CASE("FY alone and FY in a part number are no dates") {
  check_untagged("The FY totals are shown below.", "FY");
  check_untagged("The FY24X module shipped late.", "FY24X");
  check_untagged("Order part FY2024B today.", "FY2024B");
  check_untagged("Order part Q3FY26B today.", "Q3FY26B");
  // Lower-case "fy" is no abbreviation of English text.
  check_untagged("see fy2024 in the file list", "fy2024");
}

TEST_CASE("a fiscal year over two calendar years is a range of them") {
  check_years("The FY2024/25 plan was adopted.", "FY2024/25", "2024", "2025");
  check_years("In FY 2024-25 they cut spending.", "FY 2024-25", "2024", "2025");
  check_years("FY23/24 revenue rose.", "FY23/24", "2023", "2024");
  check_years("In FY99-00 it fell.", "FY99-00", "1999", "2000");
  // A plan over several years, with a dash as "2024-2027" alone.
  check_years("The FY2024-2027 plan was adopted.", "FY2024-2027", "2024", "2027");
  check_years("The fiscal 2024/25 budget was passed.", "fiscal 2024/25", "2024", "2025");
  check_years("In fiscal year 2024-25 the deficit grew.", "fiscal year 2024-25", "2024", "2025");
  check_years("The fiscal year 2023/2024 ended in March.", "The fiscal year 2023/2024", "2023", "2024");
  // British "financial year" as "fiscal year" (was "the financial year" alone, the DCT's year).
  check_years("The accounts for the financial year 2024/25 were audited.", "the financial year 2024/25", "2024",
              "2025");
  check_date("The financial year 2023 ended well.", "The financial year 2023", "2023");
}

TEST_CASE("a year and the next one after a slash are a range of years") {
  check_years("The 2024/25 season opens in August.", "The 2024/25 season", "2024", "2025");
  check_years("In 2023/2024 we grew.", "2023/2024", "2023", "2024");
  check_years("Sales in 2019/20 fell.", "2019/20", "2019", "2020");
  check_years("Enrolment in 1999/00 was low.", "1999/00", "1999", "2000");
  // A year and the next month's number: the span, as the month (2010-11) is the rarer reading.
  check_years("The 2010/11 season was short.", "The 2010/11 season", "2010", "2011");
}

TEST_CASE("two years joined by to or through without from are one range") {
  check_years("The plan sets targets for the period 2026 to 2030.", "2026 to 2030", "2026", "2030");
  check_years("The levy applies in 2027 through 2029.", "2027 through 2029", "2027", "2029");
  // The second must be later: "2030 to 2026" is no span, and counts are no years.
  check_no_year_range("The target moved 2030 to 2026 in the draft.");
  check_no_year_range("Some 250 to 300 troops arrived.");
  check_no_year_range("The curfew runs 1930 to 2030 GMT.");
}

TEST_CASE("a span of budget years runs from the first one's beginning to the last one's end") {
  check_years("The MTEF 2025/26–2027/28 sets ceilings.", "2025/26–2027/28", "2025", "2028");
  check_years("Ceilings for 2026/27-2028/29 were published.", "2026/27-2028/29", "2026", "2029");
  check_years("Spending plans for 2025-26 to 2027-28 were set.", "2025-26 to 2027-28", "2025", "2028");
  // The later budget year must be one year and the next, and later than the first.
  check_no_year_range("Resolutions 2024/25-2024/30 were adopted.");
}

TEST_CASE("a year and the next before a season or a year of accounts are tagged with its article and noun") {
  check_years("The 2024-25 season ended with Liverpool as champions.", "The 2024-25 season", "2024", "2025");
  check_years("Sales in the 2023/24 financial year rose.", "the 2023/24 financial year", "2023", "2024");
  check_years("Enrolment fell in the 2025-26 school year.", "the 2025-26 school year", "2025", "2026");
  check_years("The striker scored 30 goals in the 2024-25 campaign.", "the 2024-25 campaign", "2024", "2025");
  // Named by one year, the season is that year, with its article and noun; a campaign so named is
  // mostly a war's or an election's, an event the year dates.
  check_date("He hit 40 home runs in the 2014 season.", "the 2014 season", "2014");
  check_date("The 2012 campaign cost him dearly.", "2012", "2012");
  check_date("The league's 2014 season opener drew a crowd.", "2014", "2014");
  // A yearless month in the sentence of a season named by its two years: from July the first
  // year's, else the second's, whatever the tense.
  check_date("The 2023-24 Premier League season began in August.", "August", "2023-08");
  check_date("The 2023-24 season ended in May.", "May", "2024-05");
  check_date("The 2025-26 season ends in May.", "May", "2026-05");
  // Years not consecutive, or no such noun after them: the years alone.
  check_years("It covers the 2024-2027 period.", "2024-2027", "2024", "2027");
  check_years("The 2024-25 budget was passed.", "2024-25", "2024", "2025");
}

TEST_CASE("the start or end of a year and the next is the start of the first year or the end of the last") {
  const auto check_part = [](std::string_view text, std::string_view phrase, std::string_view value,
                             std::string_view mod) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.value == value);
    CHECK(t.mod == mod);
  };
  check_part("The deficit will narrow by the end of 2027-28.", "the end of 2027-28", "2028", "END");
  check_part("Targets apply from the start of 2026-27.", "the start of 2026-27", "2026", "START");
  check_part("He leaves at the end of the 2027/28 season.", "the end of the 2027/28 season", "2028", "END");
  // Without "of" the range begins in the part of the first year, as before.
  check_years("Prices rose in late 1998-99.", "late 1998-99", "1998-09", "1999");
}

TEST_CASE("fractions, numeric dates and years not consecutive are no slash year ranges") {
  check_no_year_range("Take 1/2 cup of flour.");
  check_no_year_range("On 2024/25/3 it rained.");
  check_no_year_range("The shop is open 24/7.");
  check_no_year_range("After 9/11 things changed.");
  check_no_year_range("Compare 2020/2030 targets.");
  // A year and a month stay one.
  check_date("The report of 2014/10 was revised.", "2014/10", "2014-10");
}

TEST_CASE("mid-century and the middle of the century are the middle of the current century") {
  check_part("Emissions must reach net zero by mid-century.", "mid-century", "20", "MID");
  check_part("In the middle of the century it will be hotter.", "the middle of the century", "20", "MID");
  check_part("Emissions fall by mid-century and beyond.", "mid-century", "20", "MID");
}

TEST_CASE("mid-century before a noun it qualifies is an adjective, unless a preposition of time precedes it") {
  check_untagged("They sold mid-century furniture.", "mid-century");
  check_untagged("They sold mid-decade furniture.", "mid-decade");
  check_part("By mid-century emissions must fall.", "mid-century", "20", "MID");
  check_part("By mid-decade prices had doubled.", "mid-decade", "202", "MID");
}

TEST_CASE("a part of the decade is that part of the current decade") {
  check_part("By the end of the decade we will know.", "the end of the decade", "202", "END");
  check_part("It will be done at the end of the decade.", "the end of the decade", "202", "END");
  check_part("In the early part of the decade growth was slow.", "the early part of the decade", "202", "START");
  check_part("Work began at the beginning of the decade.", "the beginning of the decade", "202", "START");
}

TEST_CASE("a half of the decade or the century is its first or last part, not a half of the year") {
  check_part("In the second half of the decade growth slowed.", "the second half of the decade", "202", "END");
  check_part("The first half of the century was violent.", "The first half of the century", "20", "START");
  // The half of a year stays one.
  check_date("The first half of 2013 was calm.", "The first half of 2013", "2013-H1");
}

TEST_CASE("a decade or century alone is no date") {
  check_untagged("Over the decade the city grew.", "the decade");
  check_untagged("The century was marked by war.", "century");
  // Around is no part of a period.
  check_untagged("Around the decade mark he retired.", "decade");
}

TEST_CASE("a range begun in a part of a day begins in that part") {
  const TimeExpression t = found_in("The talks ran from late Monday to Wednesday.", "from late Monday to Wednesday");
  CHECK(t.value == "2024-11-11TEV");
  REQUIRE(t.range_begin);
  REQUIRE(t.range_end);
  CHECK(*t.range_begin == "2024-11-11TEV");
  CHECK(*t.range_end == "2024-11-13");
  CHECK(t.mod.empty());
  const TimeExpression early = found_in("Voting ran from early Monday to Tuesday.", "from early Monday to Tuesday");
  CHECK(early.value == "2024-11-11TMO");
}

TEST_CASE("a range begun in a part of a day is written to TimeML as that day with the part's mod") {
  const auto doc = annalist::TimemlDocument::parse(
      "<TimeML><TEXT>The talks ran from late Monday to Wednesday.</TEXT></TimeML>", "talks.tml");
  const auto out = doc.with_timexes(annalist::test::tag(doc.text(), dct));
  CAPTURE(out);
  CHECK(out.find("value=\"2024-11-11\" mod=\"END\">late Monday</TIMEX3>") != std::string::npos);
  CHECK(out.find("value=\"2024-11-13\">Wednesday</TIMEX3>") != std::string::npos);
}

TEST_CASE("a range begun at the end of the year begins in its last months") {
  const TimeExpression t =
      found_in("Prices rose from the end of the year to March.", "from the end of the year to March");
  CHECK(t.value == "2024-09");
  REQUIRE(t.range_end);
  CHECK(*t.range_end == "2025-03");
  CHECK(t.mod.empty());
}

TEST_CASE("a count of consecutive periods is a duration of that count") {
  const TimeExpression months = found_in("Prices have risen for 18 consecutive months.", "18 consecutive months");
  CHECK(months.type == TimexType::duration);
  CHECK(months.value == "P18M");
  CHECK(found_in("Output fell for five consecutive quarters.", "five consecutive quarters").value == "P5Q");
  CHECK(found_in("Sales grew for three straight years.", "three straight years").value == "P3Y");
  CHECK(found_in("It lost money for two successive weeks.", "two successive weeks").value == "P2W");
  // Without a unit there is no period; an ordinal counts one period, untagged as in TimeBank.
  check_untagged("The team won 18 consecutive games.", "18 consecutive games");
  check_untagged("It was the third consecutive month of gains.", "month");
  check_untagged("It was a third straight year of losses.", "year");
}

TEST_CASE("a span of counts before one unit is one duration of the lower count at least") {
  const TimeExpression t = found_in("The review would take six to eight weeks.", "six to eight weeks");
  CHECK(t.type == TimexType::duration);
  CHECK(t.value == "P6W");
  CHECK(t.mod == "EQUAL_OR_MORE");
  CHECK(found_in("It could take 12 to 18 months.", "12 to 18 months").value == "P12M");
  // A hedge keeps its own mod.
  CHECK(found_in("It takes about two to three days.", "about two to three days").mod == "APPROX");
}

TEST_CASE("clock ranges, percentages and falling counts are no span of lengths") {
  check_untagged("The shop is open from 9 to 5.", "9 to 5");
  check_untagged("Rates rose from 3 to 4 percent.", "3 to 4 percent");
  check_untagged("Margins of 12 to 18 percent are common.", "12 to 18 percent");
  // The upper count must be the larger: only the length itself is tagged.
  const TimeExpression t = found_in("It shrank from eight to six weeks.", "six weeks");
  CHECK(t.value == "P6W");
  CHECK(t.mod.empty());
}

TEST_CASE("every other weekday is the set of that weekday") {
  const TimeExpression t = found_in("The committee meets every other Thursday.", "every other Thursday");
  CHECK(t.type == TimexType::set);
  CHECK(t.value == "XXXX-WXX-4");
  CHECK(found_in("The board meets every Tuesday.", "every Tuesday").value == "XXXX-WXX-2");
}

TEST_CASE("a participle opening an aside sets the tense of the day that closes it") {
  check_date("The deal, struck in the early hours of Sunday, runs through the end of next year.", "Sunday",
             "2024-11-10");
  check_date("The plan, approved Tuesday, will take effect in March.", "Tuesday", "2024-11-12");
  // A phrase without a verb may close the aside after the day.
  check_date("The race, postponed on Sunday because of high winds, will be held on Thursday.", "Sunday", "2024-11-10");
  check_date("The plan, unveiled on Tuesday after months of talks, will cost $2 billion.", "Tuesday", "2024-11-12");
  // Not past a verb of its own.
  check_date("The race, postponed on Sunday because it will rain, will be held on Thursday.", "Sunday", "2024-11-17");
  // Not an aside: the main clause's future holds.
  check_date("The vote will be on Sunday, officials said.", "Sunday", "2024-11-17");
  check_date("The deal, which he will sign on Sunday, is large.", "Sunday", "2024-11-17");
}

TEST_CASE("a participle right after a noun dates what was done to it, not the main clause's future") {
  // DCT Friday 2024-11-15.
  check_date("The bank will repay bonds sold Tuesday to retail investors.", "Tuesday", "2024-11-12");
  check_date("The airline will refund tickets bought on Tuesday.", "Tuesday", "2024-11-12");
  check_date("The company will offer $30 each for shares issued July 1.", "July 1", "2024-07-01");
  check_date("The firm will sell products developed in April.", "April", "2024-04");
  // So after the subject's noun, the main clause's future after it.
  check_date("The measures announced on Monday will take effect next month.", "Monday", "2024-11-11");
  check_date("The bonds sold on Tuesday will mature in 2030.", "Tuesday", "2024-11-12");
  // Not a bare day, which may be the future's subject.
  check_date("The report predicted Wednesday will be the hottest day of the year.", "Wednesday", "2024-11-20");
  check_date("The meeting scheduled for Monday will go ahead.", "Monday", "2024-11-18");
  // A place's name may stand between the participle and the day.
  check_date("The man arrested in London on Friday will appear in court.", "Friday", "2024-11-15");
  check_date("The agreement signed in Paris on Monday will take effect in March.", "Monday", "2024-11-11");
  check_date("The bank will repay bonds sold in New York on Tuesday.", "Tuesday", "2024-11-12");
  // Not a plan, nor a verb of the main clause.
  check_date("The summit scheduled in Geneva on Monday will go ahead.", "Monday", "2024-11-18");
  check_date("The team will play in London on Monday.", "Monday", "2024-11-18");
  // A passive, a plan or a deadline keeps the future.
  check_date("The shares will be issued July 1.", "July 1", "2025-07-01");
  check_date("He will attend a summit scheduled Tuesday.", "Tuesday", "2024-11-19");
  check_date("The court will rule on appeals filed by Friday.", "Friday", "2024-11-15");
}

TEST_CASE("the turn of the decade is the current decade's, as the turn of the century") {
  check_part("Prices fell at the turn of the decade.", "the turn of the decade", "202", "START");
  // Looking ahead it is the end of the decade we are in.
  check_part("Officials will review the policy at the turn of the decade.", "the turn of the decade", "202", "END");
  check_part("At the turn of the century the plan failed.", "the turn of the century", "20", "START");
}

TEST_CASE("mid- before a weekday or a part of a day is its middle") {
  check_part("The talks run until mid-Monday.", "mid-Monday", "2024-11-18", "MID");
  const TimeExpression t = found_in("He will arrive by mid-morning Tuesday.", "mid-morning Tuesday");
  CHECK(t.type == TimexType::time);
  CHECK(t.value == "2024-11-19TMO");
  CHECK(t.mod == "MID");
}

TEST_CASE("a part of the decade said with of is a time even before a noun") {
  check_part("End of decade targets were missed.", "End of decade", "202", "END");
  check_part("The end of century celebrations were muted.", "The end of century", "20", "END");
  // The glued form before a noun is a style, even after "in".
  check_untagged("The room was decorated in mid-century style.", "mid-century");
  check_untagged("They sell mid-century modern furniture.", "mid-century");
  check_untagged("It sold to mid-century collectors.", "mid-century");
  // After a preposition that says time it stays a date.
  check_part("By mid-century emissions must fall.", "mid-century", "20", "MID");
  check_part("Growth will slow from mid-century onwards.", "mid-century", "20", "MID");
}

TEST_CASE("midnight on a weekday or a counted day is the end of that day") {
  for (const auto& [text, phrase, value] :
       {std::tuple{"The deadline is midnight on Friday.", "midnight on Friday", "2024-11-15T24:00"},
        std::tuple{"The strike ends at midnight Friday.", "midnight Friday", "2024-11-15T24:00"},
        std::tuple{"The ceasefire began at midnight Thursday.", "midnight Thursday", "2024-11-14T24:00"},
        std::tuple{"The vote closes tomorrow at midnight.", "tomorrow at midnight", "2024-11-16T24:00"},
        std::tuple{"The ban starts Sunday at midnight.", "Sunday at midnight", "2024-11-17T24:00"},
        std::tuple{"The offer expires at midnight tonight.", "midnight tonight", "2024-11-15T24:00"},
        std::tuple{"It lapsed at midnight Friday night.", "midnight Friday night", "2024-11-15T24:00"},
        std::tuple{"Shops close at midnight Friday, Nov. 22.", "midnight Friday, Nov. 22", "2024-11-22T24:00"},
        // An eve's midnight leads into the holiday after it.
        std::tuple{"Fireworks go off at midnight on New Year's Eve.", "midnight on New Year's Eve", "2024-12-31T24:00"},
        std::tuple{"Mass is held on Christmas Eve at midnight.", "Christmas Eve at midnight", "2024-12-24T24:00"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::time);
    CHECK(t.value == value);
  }
  // Just after the midnight that opens a weekday, as news tells a night's events, that day's 00:00;
  // just before it, the day's end as alone; after "midnight tonight", past today's end.
  CHECK(found_in("Firefighters arrived just after midnight on Sunday.", "just after midnight on Sunday").value ==
        "2024-11-10T00:00");
  CHECK(found_in("The quake struck shortly after midnight Sunday.", "shortly after midnight Sunday").value ==
        "2024-11-10T00:00");
  CHECK(found_in("The fire broke out just before midnight on Saturday.", "just before midnight on Saturday").value ==
        "2024-11-09T24:00");
  CHECK(found_in("The curfew lasts until after midnight tonight.", "midnight tonight").value == "2024-11-15T24:00");
  // A numbered date keeps the day's start (chrono's reading), as does a clock time after midnight.
  CHECK(found_in("The ban started at midnight on 12th August.", "midnight on 12th August").value == "2024-08-12T00:00");
  CHECK(found_in("It opens at 12:15 a.m. Friday.", "12:15 a.m. Friday").value == "2024-11-15T00:15");
  // So does a holiday that is no eve.
  CHECK(found_in("Bells ring on Christmas at midnight.", "Christmas at midnight").value == "2024-12-25T00:00");
}

TEST_CASE("a plan titled by its length or its horizon year is a name, not a duration or a date") {
  check_untagged("China's 14th Five-Year Plan sets goals.", "Five-Year");
  check_untagged("The Five-Year Plan was approved.", "Five-Year");
  check_untagged("The 2030 Agenda for Sustainable Development was adopted.", "2030");
  check_untagged("Saudi Arabia's Vision 2030 aims to diversify.", "2030");
  check_untagged("The Kazakhstan 2050 strategy was announced.", "2050");
  // A tournament's or a fair's edition: the year is part of the name ("Expo 2020" opened in 2021).
  check_untagged("England lost the Euro 2024 final in Berlin.", "2024");
  check_untagged("Expo 2020 Dubai opened in October 2021.", "2020");
  check_untagged("The 2050 Net Zero Strategy was published.", "2050");
  check_untagged("The 2030 Climate Target Plan was proposed.", "2030");
  // A length in lower case, or a title that is no plan, stays a length.
  CHECK(found_in("They signed a five-year plan.", "five-year").value == "P5Y");
  CHECK(found_in("The Six-Day War ended in June.", "Six-Day").value == "P6D");
  check_date("The 2024 Olympics were held in Paris.", "2024", "2024");
  check_date("The 2024 Paris Olympics were a success.", "2024", "2024");
  // A year up to the DCT's before a plan's title is the year the document was issued.
  check_date("The 2022 National Defense Strategy names China.", "2022", "2022");
  check_date("The 2024 National Security Strategy was released.", "2024", "2024");
}

TEST_CASE("the short, medium and long term are a future reference, not before a noun") {
  CHECK(found_in("Prices should stabilise in the short term.", "the short term").value == "FUTURE_REF");
  CHECK(found_in("Inflation will ease in the medium term.", "the medium term").value == "FUTURE_REF");
  CHECK(found_in("The policy will be reviewed over the long term.", "the long term").value == "FUTURE_REF");
  CHECK(found_in("Rates will rise in the near term.", "the near term").value == "FUTURE_REF");
  CHECK(found_in("In the longer term, demand will fall.", "the longer term").value == "FUTURE_REF");
  check_untagged("They held the long term bonds.", "the long term");
}

TEST_CASE("the new year is the coming year late in the year and the current one early in it") {
  CHECK(found_in("Talks will resume in the new year.", "the new year").value == "2025");
  const auto january = annalist::test::tag("Talks will resume in the new year.", "2026-01-09");
  const auto t = annalist::test::expression(january, "the new year");
  REQUIRE(t);
  CHECK(t->value == "2026");
  CHECK(found_in("They will hold a party on New Year's Eve.", "New Year's Eve").value == "2024-12-31");
}

TEST_CASE("a month followed by a number that cannot be its day is no date") {
  check_untagged("It happened on February 151998.", "February");
  check_untagged("It was due August 32, 2014 at the latest.", "August");
  check_untagged("It was due August 32, 2014 at the latest.", "2014");
  // A count after a month stays a count, and the month a month.
  check_date("In February 12000 people marched.", "February", "2024-02");
  check_date("In August 40 people died.", "August", "2024-08");
}

TEST_CASE("a date written year first with a month over 12 is no date") {
  check_untagged("The field read 2024-13-01 in the form.", "2024-13-01");
  check_untagged("The field read 2024/13/1 in the form.", "2024/13/1");
  check_date("The field read 2024/1/13 in the form.", "2024/1/13", "2024-01-13");
}

TEST_CASE("end glued to a period is its end, as wire news writes it") {
  check_part("Inflation should reach target by end-2025.", "end-2025", "2025", "END");
  check_part("Output will recover by end-March.", "end-March", "2025-03", "END");
  check_part("The fund returned 8% in the 12 months to end-September.", "end-September", "2024-09", "END");
  check_part("The bill must be signed by year-end 2025.", "year-end 2025", "2025", "END");
  // The verb is not the modifier.
  check_date("The strike will end March 31.", "March 31", "2025-03-31");
  check_untagged("The company's year-end results were strong.", "year-end");
}

TEST_CASE("a part glued to a month's abbreviation is that part of the month, as with the full name") {
  check_part("Sales rose at end-Sept., the company said.", "end-Sept.", "2024-09", "END");
  check_part("The deal is due to close by mid-Oct., the company said.", "mid-Oct.", "2025-10", "MID");  // ahead
  check_part("The target for end-Dec is 5 percent.", "end-Dec", "2024-12", "END");
  check_part("Stocks stood at 3.1 million tonnes at end-Aug, data showed.", "end-Aug", "2024-08", "END");
  check_part("Output fell in late-Sept. as plants shut.", "late-Sept.", "2024-09", "END");
  check_part("The bank expects a decision by early-Nov.", "early-Nov.", "2024-11", "START");
  // Near-misses: a year or day after the abbreviation is read as before; a spaced "mid Oct" is left.
  check_part("The target for end-Sep 2014 is 5 percent.", "end-Sep 2014", "2014-09", "END");
  check_date("The strike will end Dec. 5.", "Dec. 5", "2024-12-05");
  check_untagged("Talks ran mid Oct and resumed.", "Oct");
}

TEST_CASE("a half or quarter written before its letter and year is that part of the year") {
  check_date("Growth slowed in 1H24.", "1H24", "2024-H1");
  check_date("Growth picked up in 2H 2024.", "2H 2024", "2024-H2");
  check_date("3Q24 was weak.", "3Q24", "2024-Q3");
  check_date("Revenue for Q4'24 beat consensus.", "Q4'24", "2024-Q4");
  // Lower-case h is a clock time in h-notation.
  const TimeExpression t = found_in("The meeting starts at 1h30.", "1h30");
  CHECK(t.type == TimexType::time);
  CHECK(t.value == "2024-11-15T01:30");
}

TEST_CASE("quarters of one year joined by a dash are a range, the year said once") {
  const TimeExpression t = found_in("Output grew in Q1-Q3 2024.", "Q1-Q3 2024");
  CHECK(t.value == "2024-Q1");
  REQUIRE(t.range_begin);
  REQUIRE(t.range_end);
  CHECK(*t.range_begin == "2024-Q1");
  CHECK(*t.range_end == "2024-Q3");
  // A quarter alone before a dash and a number is no range.
  check_date("Q3-2024 results were weak.", "Q3-2024", "2024-Q3");
}

TEST_CASE("a US zone by name after a time is that zone") {
  const TimeExpression t = found_in("The ruling came at 5 p.m. Eastern on Wednesday.", "5 p.m. Eastern on Wednesday");
  CHECK(t.value == "2024-11-13T17:00");
  REQUIRE(t.zone_offset);
  CHECK(*t.zone_offset == -300);
  const TimeExpression pacific = found_in("The call is at noon Pacific time tomorrow.", "noon Pacific time tomorrow");
  CHECK(pacific.value == "2024-11-16T12:00");
  // A region is no zone, nor the word in lower case.
  CHECK(found_in("He flew at 5 p.m. Eastern Europe time.", "5 p.m.").value == "2024-11-15T17:00");
  CHECK_FALSE(found_in("It ends at 5 p.m. eastern wall.", "5 p.m.").zone_offset);
}

TEST_CASE("a half or quarter with a blank before two digits is no date") {
  check_untagged("He scored 2H 30 points.", "2H 30");
  check_untagged("They built 3Q models.", "3Q");
}

TEST_CASE("a capitalised weekday abbreviation before a date is its weekday, Weds included") {
  check_date("Services resume Weds 20 November.", "Weds 20 November", "2024-11-20");
  check_date("The match is on Sat 16 Nov. at home.", "Sat 16 Nov.", "2024-11-16");
  check_date("Services resume Weds, Nov. 20.", "Weds, Nov. 20", "2024-11-20");
  // In lower case they are words.
  check_untagged("She weds at noon.", "weds");
  CHECK(found_in("They sat 16 November out.", "16 November").type == TimexType::date);
}

TEST_CASE("a clock range up to midnight ends with the day, at 24:00") {
  for (const auto& [text, phrase, begin] :
       {std::tuple{"The curfew runs from 10pm to midnight.", "10pm to midnight", "2024-11-15T22:00"},
        std::tuple{"The bar is open 8pm-midnight.", "8pm-midnight", "2024-11-15T20:00"},
        std::tuple{"Voting runs 7am to midnight Friday.", "7am to midnight Friday", "2024-11-15T07:00"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.value == begin);
    REQUIRE(t.range_end);
    CHECK(*t.range_end == "2024-11-15T24:00");
  }
}

TEST_CASE("a modal before a yearless month looks ahead, even in a reported clause") {
  // DCT 2024-11-15: the coming June is 2025's, the past one 2024's.
  check_date("He said allies should reach the target in June.", "June", "2025-06");
  check_date("The minister said talks might resume in June.", "June", "2025-06");
  check_date("Officials said the new rules must be approved in June.", "June", "2025-06");
  // A modal with "have" is a past that did not happen; "could" may be either: the report decides.
  check_date("He said allies should have met in June.", "June", "2024-06");
  check_date("He said they could not meet in June.", "June", "2024-06");
  // A modal after the expression, or beyond a comma, governs another verb.
  check_date("The agency ruled in June that he must be returned.", "June", "2024-06");
  check_date("The agency had ruled that he must be returned to his family, and set June as the deadline.", "June",
             "2024-06");
}

TEST_CASE("year-end before a function word is the end of the year, before a noun an adjective") {
  const TimeExpression t = found_in("Markets price two cuts before year-end and a third by March 2026.", "year-end");
  CHECK(t.value == "2024");
  CHECK(t.mod == "END");
  check_untagged("The year-end results were strong.", "year-end");
}

TEST_CASE("a fiscal year counted from now is the calendar year it is mostly in") {
  check_date("Sales rose 4% in the current fiscal year.", "the current fiscal year", "2024");
  check_date("The loss widened last fiscal year.", "last fiscal year", "2023");
  const TimeExpression t =
      found_in("The deficit could reach 4.5% over the next two fiscal years.", "the next two fiscal years");
  CHECK(t.type == TimexType::duration);
  CHECK(t.value == "P2Y");
}

TEST_CASE("the attribution after a comma does not set the tense of what it reports") {
  check_date("Talks will resume in March, a spokesperson said.", "March", "2025-03");
  check_date("Talks are expected to resume in March, officials said on Friday.", "March", "2025-03");
  check_date("Talks will resume in March, said the minister.", "March", "2025-03");
  // A date opening the sentence dates the saying; so does a past clause.
  check_date("In March, the minister said talks would resume.", "March", "2024-03");
  check_date("Exports fell in March, the ministry said.", "March", "2024-03");
}

TEST_CASE("could before a verb looks ahead, could not is left to the clause") {
  check_date("The bank signalled that cuts could come as early as March.", "March", "2025-03");
  check_date("He said they could not meet in March.", "March", "2024-03");
}

TEST_CASE("the nth or last day or weekday of a named year is that day") {
  check_date("The offer expires on the last day of 2025.", "the last day of 2025", "2025-12-31");
  check_date("The first day of 2026 is a holiday.", "The first day of 2026", "2026-01-01");
  check_date("Parliament meets on the first Monday of 2026.", "the first Monday of 2026", "2026-01-05");
  // A yearless one still needs its month; a day of an event is no calendar day.
  check_date("The offer expires on the last day of March.", "the last day of March", "2025-03-31");
}

TEST_CASE("a prediction after a form of be looks ahead, a reported one too") {
  check_date("He met ministers on Monday, adding that a deal was unlikely in March.", "March", "2025-03");
  check_date("She said the vote was expected in January.", "January", "2025-01");
  check_date("He warned that the reforms were unlikely to pass in June.", "June", "2025-06");
  check_date("Elections are due in June.", "June", "2025-06");
  check_date("The project is on track for completion in June.", "June", "2025-06");
  // Told as a past outside a report, an adverb before a participle, "due to" a reason: the past.
  check_date("The vote was expected in June, but it was delayed.", "June", "2024-06");
  check_date("Police said the fire was likely caused by a cigarette in June.", "June", "2024-06");
  check_date("The delay was due to a strike in June.", "June", "2024-06");
}

TEST_CASE("a forecast's possible, probable or forecast after a form of be looks ahead") {
  check_date("Thunderstorms are possible Tuesday into Wednesday.", "Tuesday", "2024-11-19");
  check_date("Snow is probable on Tuesday.", "Tuesday", "2024-11-19");
  check_date("Rain is forecast for Tuesday.", "Tuesday", "2024-11-19");
  check_date("Highs are forecast to reach 30C on Tuesday.", "Tuesday", "2024-11-19");
  // "possible to" a verb is no forecast: the clause's past.
  check_date("It was possible to see the comet on Tuesday.", "Tuesday", "2024-11-12");
}

TEST_CASE("the subject of a reported would right after a verb of saying looks ahead") {
  check_date("Forecasters said Sunday would be the hottest day.", "Sunday", "2024-11-17");
  check_date("Forecasters said the weekend would be dry.", "the weekend", "2024-W46-WE");
  check_date("Officials warned that the weekend would bring more rain.", "the weekend", "2024-W46-WE");
  // A date before the report's subject dates the saying.
  check_date("He said Monday he would resign.", "Monday", "2024-11-11");
}

TEST_CASE("a warning or a ban in force through a day said in the present looks ahead") {
  check_date("The warning is in effect through Tuesday.", "Tuesday", "2024-11-19");
  check_date("The ban remains in place through Wednesday.", "Wednesday", "2024-11-20");
  // Told in the past, or a sum-up: the day gone.
  check_date("The warning was in effect through Tuesday.", "Tuesday", "2024-11-12");
  check_date("Prices are up 3% through Tuesday.", "Tuesday", "2024-11-12");
}

TEST_CASE("what was extended or put off into a day lies ahead") {
  check_date("The Met Office extended its amber warning into Wednesday.", "Wednesday", "2024-11-20");
  check_date("The strike was extended into Tuesday.", "Tuesday", "2024-11-19");
  // No putting off: the day gone.
  check_date("Talks dragged on into Wednesday.", "Wednesday", "2024-11-13");
}

TEST_CASE("a reported would before a passive looks ahead") {
  check_date("The minister said the report would be published in June.", "June", "2025-06");
  // A participle beyond a comma is the expression's own verb.
  check_date("They said they would appeal the ruling, issued in June.", "June", "2024-06");
}

TEST_CASE("a modal before a perfect is past, could be looks ahead") {
  check_date("Investigators said the fire could have started in June.", "June", "2024-06");
  check_date("Experts say the virus may have arrived in June.", "June", "2024-06");
  check_date("Officials said the vaccine could be available in June.", "June", "2025-06");
  check_date("Talks may resume in June.", "June", "2025-06");
  // Perceiving or reaching is a past ability; a future perfect stays ahead.
  check_date("The explosion could be heard across the city in June.", "June", "2024-06");
  check_date("He will have finished the work in June.", "June", "2025-06");
}

TEST_CASE("a relative clause the expression closes gives it its tense") {
  check_date("The minister, who took office on Monday, will travel to Brussels next week.", "Monday", "2024-11-11");
  check_date("The strike, which started on Monday, is expected to last until Thursday.", "Monday", "2024-11-11");
  // Its past verb right before the expression dates its event: behind the DCT however near ahead
  // the next one is (December 2024 is the nearest).
  check_date("The rule, which took effect in December, requires licences.", "December", "2023-12");
  check_date("The rule, which was introduced in December, has been challenged.", "December", "2023-12");
  // A verb of its own that is no past keeps the clause's reading.
  check_date("The rule, which takes effect in December, requires licences.", "December", "2024-12");
  // Without a relative pronoun the main verb decides.
  check_date("The minister, tired, will travel on Monday.", "Monday", "2024-11-18");
}

TEST_CASE("a verb joined by and or but does not lend its tense to the clause before it") {
  check_date("He was arrested in January and is due in court in February.", "January", "2024-01");
  check_date("She resigned in June but will stay on until September.", "June", "2024-06");
  // A clause with no verb of its own takes the one after "and"; a plan undone after "but" is past.
  check_date("In June and July the company will cut jobs.", "June", "2025-06");
  check_date("The flight was scheduled to depart on Monday but was cancelled.", "Monday", "2024-11-11");
}

TEST_CASE(
    "a clause of contrast after while, whereas, although or though does not lend its tense to the clause before it") {
  // DCT 2024-11-15: December 2024 is the nearest; the past verb of the expression's own clause
  // dates it, as before ", and wages were flat".
  check_date("Prices rose in December, while wages were flat.", "December", "2023-12");
  check_date("The index gained 3% in December, although volumes were thin.", "December", "2023-12");
  check_date("Retail sales slumped in December while online orders surged.", "December", "2023-12");
  check_date("Prices rose in December, and wages were flat.", "December", "2023-12");
  // With no verb of its own before it, the verb after the aside still decides; a future keeps ahead.
  check_date("In December, while wages were flat, prices rose.", "December", "2023-12");
  check_date("Prices will rise in December, while wages are expected to stay flat.", "December", "2024-12");
}

TEST_CASE("a commitment in the present perfect looks ahead") {
  check_date("The government has promised to publish the report in June.", "June", "2025-06");
  check_date("The company has cut 500 jobs in June.", "June", "2024-06");
}

TEST_CASE("last after a determiner or a possessive before a noun is the final one, not a past") {
  // DCT 2024-11-15: December 2024 is the nearest; the subject's verb after the aside dates it, as
  // with "first".
  check_date("The last strike, in December, lasted three days.", "December", "2023-12");
  check_date("The first strike, in December, lasted three days.", "December", "2023-12");
  check_date("Their last meeting, in December, ended without agreement.", "December", "2023-12");
  check_date("The company's last dividend, in December, was cut by half.", "December", "2023-12");
  // No past either before a present: the coming Sunday (was the last one).
  check_date("The last ferry, on Sunday, sails at noon.", "Sunday", "2024-11-17");
  check_date("The last train leaves on Sunday.", "Sunday", "2024-11-17");
}

TEST_CASE("last after to or a modal is the verb, not a past") {
  check_date("The strike is expected to last until Thursday.", "Thursday", "2024-11-21");
  check_date("The strike lasted until Thursday.", "Thursday", "2024-11-14");
  // Before "from" too: the range lies ahead.
  const TimeExpression ahead = found_in("The strike will last from Thursday to Friday.", "from Thursday to Friday");
  CHECK(ahead.value == "2024-11-21");
  REQUIRE(ahead.range_end);
  CHECK(*ahead.range_end == "2024-11-22");
  const TimeExpression past = found_in("The strike lasted from Thursday to Friday.", "from Thursday to Friday");
  CHECK(past.value == "2024-11-14");
}

// ---- Modern forms (leftovers20): clock times sharing a day, weekday ranges, parts of one period,
// ISO weeks, business shorthand, parts of a yearless day, days of a year past the 99th.

namespace {
// A range `begin`..`end` of type `type`, its value the beginning.
void check_range(std::string_view text, std::string_view phrase, TimexType type, std::string_view begin,
                 std::string_view end) {
  CAPTURE(text);
  const TimeExpression t = found_in(text, phrase);
  CHECK(t.type == type);
  CHECK(t.value == begin);
  REQUIRE(t.range_begin);
  REQUIRE(t.range_end);
  CHECK(*t.range_begin == begin);
  CHECK(*t.range_end == end);
}
}  // namespace

TEST_CASE("a clock time without its day takes the day of a date in its clause") {
  // Coordinated with a later clock time said with its date.
  const TimeExpression open = found_in("The shop will open at 7am and close at 10pm on 12 December.", "7am");
  CHECK(open.value == "2024-12-12T07:00");
  // After the date, a clock range included.
  check_range("The market runs on 12 December, from 7am until 10pm.", "7am until 10pm", TimexType::time,
              "2024-12-12T07:00", "2024-12-12T22:00");
  // Its own day after an aside.
  const TimeExpression deadline =
      found_in("Objections must be filed by 4:00 p.m. (prevailing Eastern Time) on December 3, 2024.", "4:00 p.m.");
  CHECK(deadline.value == "2024-12-03T16:00");
  // Not across a sentence, nor from a later day said before its time.
  CHECK(found_in("The vote was on 12 December. Polls closed at 10pm.", "10pm").value == "2024-11-15T22:00");
  CHECK(found_in("The office opens at 9am, and on Tuesday at 10am.", "9am").value == "2024-11-15T09:00");
  // Nor from a date in a relative clause the comma after it closes: the main clause's time.
  CHECK(found_in("The museum, which opened on 4 July 1976, closes at 5pm.", "5pm").value == "2024-11-15T17:00");
}

TEST_CASE("a part of the day after in takes the day of a date before it in its clause") {
  CHECK(found_in("The blast hit on March 3 in the morning.", "the morning").value == "2024-03-03TMO");
  CHECK(found_in("On August 3 in the evening, troops moved.", "the evening").value == "2024-08-03TEV");
  CHECK(found_in("Talks resume tomorrow in the afternoon.", "the afternoon").value == "2024-11-16TAF");
  // Alone, or after a date in another sentence, the DCT's.
  CHECK(found_in("It rained in the morning.", "the morning").value == "2024-11-15TMO");
  CHECK(found_in("The vote was on 12 November. Polls opened in the morning.", "the morning").value == "2024-11-15TMO");
}

TEST_CASE("a range of weekdays is one expression from the first to the next such second") {
  check_range("The office was open Monday-Friday.", "Monday-Friday", TimexType::date, "2024-11-11", "2024-11-15");
  // Without a tense cue the closest Monday (the DCT is a Friday): the coming week's.
  check_range(
      "Staff work Mon\xE2\x80\x93"
      "Fri at the depot.",
      "Mon\xE2\x80\x93"
      "Fri",
      TimexType::date, "2024-11-18", "2024-11-22");
  check_range("Hearings resume Monday to Friday.", "Monday to Friday", TimexType::date, "2024-11-18", "2024-11-22");
  // "from" ... "to": the end never before the beginning (it was the Friday before).
  check_range("It was closed from Monday to Friday.", "from Monday to Friday", TimexType::date, "2024-11-11",
              "2024-11-15");
  check_range("Open Thursday through Monday.", "Thursday through Monday", TimexType::date, "2024-11-14", "2024-11-18");
  // Two weekdays joined by "and" are two days.
  check_date("We met Monday and Friday.", "Monday", "2024-11-11");
  check_date("We met Monday and Friday.", "Friday", "2024-11-15");
}

TEST_CASE("a range of weekdays with its week lies in that week") {
  check_range("Talks ran from Monday to Wednesday last week.", "from Monday to Wednesday last week", TimexType::date,
              "2024-11-04", "2024-11-06");
  check_range("Schools close Monday-Friday next week.", "Monday-Friday next week", TimexType::date, "2024-11-18",
              "2024-11-22");
  check_range("Hearings run between Tuesday and Thursday of next week.", "between Tuesday and Thursday of next week",
              TimexType::date, "2024-11-19", "2024-11-21");
  check_range("Crews worked Mon to Fri this week.", "Mon to Fri this week", TimexType::date, "2024-11-11",
              "2024-11-15");
  // A week that belongs to what follows is not the range's.
  check_range("Monday to Wednesday, last week's storm closed roads.", "Monday to Wednesday", TimexType::date,
              "2024-11-11", "2024-11-13");
}

TEST_CASE("every and a range of weekdays is the set of those weekdays") {
  check_range("Trains run every Monday-Friday.", "every Monday-Friday", TimexType::set, "XXXX-WXX-1", "XXXX-WXX-5");
  check_range("Buses run every Monday to Friday.", "every Monday to Friday", TimexType::set, "XXXX-WXX-1",
              "XXXX-WXX-5");
  // "and" lists two days: the set of the first, the second a day of its own.
  const TimeExpression tuesdays = found_in("We meet every Tuesday and Thursday.", "every Tuesday");
  CHECK(tuesdays.value == "XXXX-WXX-2");
  CHECK_FALSE(tuesdays.range_begin);
}

TEST_CASE("a range from a clock time on one day to one on another never ends before it begins") {
  // DCT Friday 2024-11-15. The beginning is placed as said alone, the end the next such day after it.
  check_range("The road will be closed from 10 a.m. Monday to 6 p.m. Tuesday.", "from 10 a.m. Monday to 6 p.m. Tuesday",
              TimexType::time, "2024-11-18T10:00", "2024-11-19T18:00");
  check_range("The road was closed from 10 a.m. Monday to 6 p.m. Tuesday.", "from 10 a.m. Monday to 6 p.m. Tuesday",
              TimexType::time, "2024-11-11T10:00", "2024-11-12T18:00");
  check_range("The highway will be shut from 6 p.m. Saturday through 6 a.m. Monday.",
              "from 6 p.m. Saturday through 6 a.m. Monday", TimexType::time, "2024-11-16T18:00", "2024-11-18T06:00");
  check_range("Trains will not run between 9 p.m. Saturday and 5 a.m. Sunday.",
              "between 9 p.m. Saturday and 5 a.m. Sunday", TimexType::time, "2024-11-16T21:00", "2024-11-17T05:00");
  check_range("Polls were open from 7 a.m. Sunday to 8 p.m. Sunday.", "from 7 a.m. Sunday to 8 p.m. Sunday",
              TimexType::time, "2024-11-10T07:00", "2024-11-10T20:00");
  check_range("The shop is open from 10 a.m. Monday to 6 p.m. Tuesday.", "from 10 a.m. Monday to 6 p.m. Tuesday",
              TimexType::time, "2024-11-18T10:00", "2024-11-19T18:00");
}

TEST_CASE("a clock time on a part of today keeps today, alone or beginning a range to a weekday") {
  // DCT Friday 2024-11-15. The beginning is tonight's; the end the first such weekday after it.
  check_range("The curfew runs from 8 p.m. tonight to 6 a.m. Monday.", "from 8 p.m. tonight to 6 a.m. Monday",
              TimexType::time, "2024-11-15T20:00", "2024-11-18T06:00");
  check_range("The curfew ran from 8 p.m. tonight to 6 a.m. Monday.", "from 8 p.m. tonight to 6 a.m. Monday",
              TimexType::time, "2024-11-15T20:00", "2024-11-18T06:00");
  check_range("The road is shut between 9 this morning and 5 p.m. Tuesday.",
              "between 9 this morning and 5 p.m. Tuesday", TimexType::time, "2024-11-15T09:00", "2024-11-19T17:00");
  // An end on a day counted from today, or a beginning so counted, is counted alone.
  check_range("The curfew runs from 8 p.m. tonight to 6 a.m. tomorrow.", "from 8 p.m. tonight to 6 a.m. tomorrow",
              TimexType::time, "2024-11-15T20:00", "2024-11-16T06:00");
  check_range("The curfew runs from 8 p.m. tonight to 6 a.m.", "from 8 p.m. tonight to 6 a.m.", TimexType::time,
              "2024-11-15T20:00", "2024-11-16T06:00");
  check_range("A curfew is in force from 9 p.m. today until 5 a.m. tomorrow.",
              "from 9 p.m. today until 5 a.m. tomorrow", TimexType::time, "2024-11-15T21:00", "2024-11-16T05:00");
  check_range("The road will be closed from 8 p.m. tomorrow to 6 a.m. Monday.", "from 8 p.m. tomorrow to 6 a.m. Monday",
              TimexType::time, "2024-11-16T20:00", "2024-11-18T06:00");
  check_range("The curfew ran from 8 p.m. yesterday to 6 a.m. today.", "from 8 p.m. yesterday to 6 a.m. today",
              TimexType::time, "2024-11-14T20:00", "2024-11-15T06:00");
  // A bare clock end is the beginning's day's, the next day's when not later; midnight ends the day.
  check_range("Polls will be open from 7 a.m. tomorrow until 8 p.m.", "from 7 a.m. tomorrow until 8 p.m.",
              TimexType::time, "2024-11-16T07:00", "2024-11-16T20:00");
  check_range("Polls are open from 7 a.m. tomorrow until midnight.", "from 7 a.m. tomorrow until midnight",
              TimexType::time, "2024-11-16T07:00", "2024-11-16T24:00");
  check_range("It runs from 9 p.m. today until midnight.", "from 9 p.m. today until midnight", TimexType::time,
              "2024-11-15T21:00", "2024-11-15T24:00");
  check_range("It runs from 8 p.m. tonight until 2 a.m.", "from 8 p.m. tonight until 2 a.m.", TimexType::time,
              "2024-11-15T20:00", "2024-11-16T02:00");
  check_range("The office is open from today until midnight.", "from today until midnight", TimexType::date,
              "2024-11-15", "2024-11-15T24:00");
  CHECK(found_in("The curfew starts at 8 p.m. tonight and ends at 6 a.m. Sunday.", "8 p.m. tonight").value ==
        "2024-11-15T20:00");
}

TEST_CASE("Eid alone is the nearer Eid in the clause's direction, and no family name") {
  // DCT 2024-11-15: Eid al-Adha 2024-06-16 lies behind, Eid al-Fitr 2025-03-30 ahead.
  check_date("Shops will close for Eid.", "Eid", "2025-03-30");
  check_date("Prices rose sharply before Eid.", "Eid", "2024-06-16");
  check_date("Shops will close for the Eid holiday.", "the Eid holiday", "2025-03-30");
  check_date("After Eid, prices fell.", "Eid", "2024-06-16");
  check_date("Eid al-Adha falls in June.", "Eid al-Adha", "2025-06-06");
  check_untagged("Mohammed Eid said the talks failed.", "Eid");
  check_untagged("He met Ali Eid, an official.", "Eid");
}

TEST_CASE("a holiday closing a short quoted title is the title, not the day") {
  check_untagged("The radio played the song \"White Christmas\" as the signal.", "Christmas");
  check_untagged("They watched \"Black Christmas\" again.", "Christmas");
  // Near-misses: quoted speech and a holiday quoted alone stay dates.
  check_date("\"We will be home by Christmas,\" he said.", "Christmas", "2024-12-25");
  check_date("Troops observed the \"Christmas\" truce.", "Christmas", "2024-12-25");
  check_date("He said \"see you at Christmas\" and left.", "Christmas", "2024-12-25");
}

TEST_CASE("a clock range whose end comes before its beginning crosses midnight") {
  // Both ends say their half of the day: the end is the next day's.
  check_range("The curfew will run from 10 p.m. to 6 a.m.", "10 p.m. to 6 a.m.", TimexType::time, "2024-11-15T22:00",
              "2024-11-16T06:00");
  check_range("The tunnel will be closed from 22:00 to 06:00.", "22:00 to 06:00", TimexType::time, "2024-11-15T22:00",
              "2024-11-16T06:00");
  check_range("Crews will work from 10 p.m. to 6 a.m. on Sunday.", "10 p.m. to 6 a.m. on Sunday", TimexType::time,
              "2024-11-17T22:00", "2024-11-18T06:00");
  check_range("The road is closed tomorrow 10pm-2am.", "tomorrow 10pm-2am", TimexType::time, "2024-11-16T22:00",
              "2024-11-17T02:00");
  // Two bare hours the other way round are no range.
  check_untagged("They met from 5 to 3.", "5 to 3");
}

TEST_CASE("two parts of one period joined by to are one range") {
  check_range("Growth will pick up in mid-to-late 2025.", "mid-to-late 2025", TimexType::date, "2025-05", "2025");
  check_range("Launch is planned for early-to-mid 2026.", "early-to-mid 2026", TimexType::date, "2026-01", "2026-08");
  check_range("Launch is planned for early to mid 2026.", "early to mid 2026", TimexType::date, "2026-01", "2026-08");
  // Alternatives stay two expressions; parts in the wrong order are no range.
  check_part("The vote is due in late 2025 or early 2026.", "late 2025", "2025", "END");
  check_part("The vote is due in late 2025 or early 2026.", "early 2026", "2026", "START");
  check_part("Sales in late-to-early 2025 were flat.", "early 2025", "2025", "START");
}

TEST_CASE("an ISO week by its number is that week") {
  check_date("The plan covers 2025-W45.", "2025-W45", "2025-W45");
  check_date("Ship it in 2025W01.", "2025W01", "2025-W01");
  check_date("The audit is set for week 12 of 2026.", "week 12 of 2026", "2026-W12");
  check_date("Orders for W45 2025 are closed.", "W45 2025", "2025-W45");
  // Without a year: the week nearest the DCT (2024-W46) the tense allows.
  check_date("Deliveries slipped to W45.", "W45", "2024-W45");
  check_date("Stock arrives in ISO week 2.", "ISO week 2", "2025-W02");
  check_date("2026 has a 2026-W53.", "2026-W53", "2026-W53");
}

TEST_CASE("a week number alone, a lower-case w and a week past the year are no ISO week") {
  // "Week 3" counts a season's or an event's weeks.
  check_untagged("Week 3 fixtures were postponed.", "Week 3");
  check_untagged("The W45 bus was late.", "W45");
  check_untagged("Report w45 to the desk.", "w45");
  check_untagged("Ship it in 2025-W53.", "2025-W53");
}

TEST_CASE("EOD and COB are the end of the day, with the day named after them") {
  check_part("Send it by EOD.", "EOD", "2024-11-15", "END");
  check_part("Let's sync COB Monday.", "COB Monday", "2024-11-18", "END");
  check_part("Files are due EOD tomorrow.", "EOD tomorrow", "2024-11-16", "END");
  check_date("I'll reply tmrw.", "tmrw", "2024-11-16");
  // Capitals only; the words stay TimeBank's: the day alone.
  check_untagged("see you eod", "eod");
  check_date("At the close of business Thursday, shares fell.", "Thursday", "2024-11-14");
}

TEST_CASE("a part of a day before a day without its year is the whole phrase only in a narrative") {
  // News: the day alone, as TimeBank tags "the night of <Oct. 23>".
  check_date("The deal was struck in the early hours of Sunday.", "Sunday", "2024-11-10");
  check_date("They met on the evening of 5 May.", "5 May", "2024-05-05");
  // A narrative (most years far from the DCT): the part of that day, as WikiWars tags it.
  const std::string_view story =
      "Tensions rose through 1773 and 1774. In 1775 the colonies armed. British troops entered Lexington on the "
      "morning of April 19. By 1776 and 1777 the war had widened, and in 1778 France joined. The army crossed on "
      "the small hours of 13 February.";
  const TimeExpression morning = found_in(story, "the morning of April 19");
  CHECK(morning.type == TimexType::time);
  CHECK(morning.value == "1775-04-19TMO");
  const TimeExpression small_hours = found_in(story, "the small hours of 13 February");
  CHECK(small_hours.value == "1778-02-13TMO");
  CHECK(small_hours.mod == "START");
}

TEST_CASE("a day of the year past the 99th is that day") {
  check_date("The 100th day of 2025 passed quietly.", "The 100th day of 2025", "2025-04-10");
  check_date("the 366th day of 2024", "the 366th day of 2024", "2024-12-31");
  // A year without that day, an anniversary and a day of an event are not tagged so.
  check_untagged("The 366th day of 2025 never came.", "366th");
  check_untagged("They marked the 50th anniversary.", "50th anniversary");
  check_untagged("It was day 100 of the war.", "day 100");
}

TEST_CASE("an irregular past form sets a past clause, the noun plan no future") {
  check_date("The court heard the case on Monday.", "Monday", "2024-11-11");
  check_date("The court will hear the case on Monday.", "Monday", "2024-11-18");
  check_date("The cabinet had approved the plan in February.", "February", "2024-02");
  // Every past form and participle of the one list of irregular verbs, as the event layer reads them.
  check_date("The court upheld the ban on Monday.", "Monday", "2024-11-11");
  check_date("The army has withdrawn its troops in April.", "April", "2024-04");
  // The verb "plan" still looks ahead.
  check_date("Ministers plan to meet in February.", "February", "2025-02");
}

TEST_CASE("a past spelt as its base is a past after its subject, not after to, a modal or as a noun") {
  // After "he", "she", "it", a singular noun or a sentence's opening noun phrase: a past.
  check_date("The central bank cut its rates on Monday.", "Monday", "2024-11-11");
  check_date("Police shut the road on Monday.", "Monday", "2024-11-11");
  check_date("She quit on Monday.", "Monday", "2024-11-11");
  check_date("The storm hit on Monday.", "Monday", "2024-11-11");
  // A capitalised noun alone opening the sentence is its subject too: a weak past after a plural.
  check_date("Demonstrations spread across the country on Monday.", "Monday", "2024-11-11");
  check_date("Napoleon quit on Monday.", "Monday", "2024-11-11");
  check_date("The government set a deadline in April.", "April", "2024-04");
  // "wed", the verb in lower case.
  check_date("The couple wed in April.", "April", "2024-04");
  check_date("She wed her partner on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The couple will wed in April.", "April", "2025-04");
  // After a plural, a weak past, which a present or a future of the clause outweighs.
  check_date("Oil prices hit a record in April.", "April", "2024-04");
  // No past: a future, a modal, an imperative, a noun, the present of a prediction, a deferral.
  check_date("The central bank will cut its rates on Monday.", "Monday", "2024-11-18");
  check_date("The bank could cut rates in April.", "April", "2025-04");
  check_date("Let us meet on Monday.", "Monday", "2024-11-18");
  check_date("A rate cut in April is likely.", "April", "2025-04");
  check_date("A budget cut in April would hurt schools.", "April", "2025-04");
  check_date("The weather forecast for Monday calls for rain.", "Monday", "2024-11-18");
  check_date("Analysts forecast a rebound in April.", "April", "2025-04");
  check_date("The board put off the vote until Monday.", "Monday", "2024-11-18");
}

TEST_CASE("an adverb inside a verb group keeps the group's tense") {
  // DCT 2024-11-15: the last September 2024-09, the coming one 2025-09.
  // A past spelt as its base after a modal or an auxiliary and an adverb is no past.
  check_date("The company will soon cut jobs in September.", "September", "2025-09");
  check_date("The company will next set prices in September.", "September", "2025-09");
  check_date("The company will almost certainly cut jobs in September.", "September", "2025-09");
  check_date("The Fed may well cut rates in September.", "September", "2025-09");
  check_date("The regulator will likely set new limits in September.", "September", "2025-09");
  check_date("The company will now cut jobs in September.", "September", "2025-09");
  check_date("The plant is now expected to close in September.", "September", "2025-09");
  check_date("The plant is widely expected to close in September.", "September", "2025-09");
  check_date("Prices could soon fall in September.", "September", "2025-09");
  // Near-misses: a past of its own, a perfect, a negation, a modal before a perfect.
  check_date("The bank next cut its rates in September.", "September", "2024-09");
  check_date("The company has recently cut jobs in September.", "September", "2024-09");
  check_date("The company had already cut jobs in September.", "September", "2024-09");
  check_date("The Fed could easily have cut rates in September.", "September", "2024-09");
  check_date("The Fed should never have cut rates in September.", "September", "2024-09");
  check_date("The Fed will not cut rates in September.", "September", "2025-09");
}

TEST_CASE("a past spelt as its base in a question is no past") {
  check_date("Will the company cut jobs in September?", "September", "2025-09");
  check_date("Should the Fed cut rates in September?", "September", "2025-09");
  check_date("When will the central bank cut rates in September?", "September", "2025-09");
  check_date("How much will it cost in September?", "September", "2025-09");
  // Near-misses: a past question and a statement.
  check_date("Did the company cut jobs in September?", "September", "2024-09");
  check_date("How much did it cost in September?", "September", "2024-09");
  check_date("The company cut jobs in September.", "September", "2024-09");
}

TEST_CASE("time given until a date looks ahead however past the giving") {
  // Said on a Monday, 2024-11-18.
  const auto friday = [](std::string_view text) {
    const auto found = annalist::test::tag(text, "2024-11-18");
    const auto t = annalist::test::expression(found, "Friday");
    return t ? t->value : std::string("(untagged)");
  };
  CHECK(friday("The regulator gave the bank until Friday to respond.") == "2024-11-22");
  CHECK(friday("The court granted him until Friday to file.") == "2024-11-22");
  // Without a verb that gives or puts off, a past "until" stays past.
  CHECK(friday("The talks ran until Friday.") == "2024-11-15");
}

TEST_CASE("a past commitment to act looks ahead to the act") {
  check_date("The company agreed to cut prices in April.", "April", "2025-04");
  check_date("The board voted to cut the dividend in April.", "April", "2025-04");
  // The commitment's own date, and "to" before no verb, stay past.
  check_date("The company agreed in April to cut prices.", "April", "2024-04");
  check_date("The board voted to the left in April.", "April", "2024-04");
  // A past verb after "and" is a predicate of its own, past: no second act committed to.
  check_date("Britain voted to leave the EU in 2016 and left in April.", "April", "2024-04");
  check_date("The union voted to strike and walked out in April.", "April", "2024-04");
  check_date("The country agreed to join the euro and adopted it in April.", "April", "2024-04");
  // A verb in its base form after "and" is still committed to.
  check_date("The board agreed to sell the unit and cut prices in April.", "April", "2025-04");
}

TEST_CASE("a date opening its sentence takes the tense of the verb after it") {
  // DCT 2024-11-15: the coming December is nearer, but the verb after it is past.
  check_date("In December, the plant closed.", "December", "2023-12");
  check_date("In December the company agreed to sell the unit.", "December", "2023-12");
  // The commitment after the date is the date's event, not what it commits to.
  check_date("In December, the board voted to cut the dividend.", "December", "2023-12");
  // So is a plan told in the past after the date: the planning's date, not the plan's.
  check_date("In December, the board planned a sale of the unit.", "December", "2023-12");
  check_date("In December, the government planned to pay the first claims.", "December", "2023-12");
  // A future verb looks ahead as before.
  check_date("In December, the plant will close.", "December", "2024-12");
}

TEST_CASE("a date that saw something is past") {
  // DCT 2024-11-15: the coming Christmas and December are nearer than the last ones.
  check_date("Christmas saw record sales.", "Christmas", "2023-12-25");
  check_date("December saw heavy fighting.", "December", "2023-12");
  // "saw" after a determiner is the tool, no past.
  check_date("He will buy a saw in December.", "December", "2024-12");
  // "sat" in lower case is the verb (the weekday is "Sat"): the coming December and Monday are nearer.
  check_date("Pupils sat the exam in December.", "December", "2023-12");
  check_date("The committee sat on Monday to hear evidence.", "Monday", "2024-11-11");
}

TEST_CASE("a present be right before a date schedules it ahead") {
  // DCT 2024-11-15, a Friday: the last Tuesday is nearer, but the vote is scheduled.
  check_date("The vote is on Tuesday.", "Tuesday", "2024-11-19");
  check_date("The final is Tuesday.", "Tuesday", "2024-11-19");
  check_date("The hearings are on Wednesday.", "Wednesday", "2024-11-20");
  // A past be, or another verb, as before.
  check_date("The vote was on Tuesday.", "Tuesday", "2024-11-12");
  // So does a present passive before "on" and a weekday, not before a weekday's possessive.
  check_date("The final is played on Tuesday.", "Tuesday", "2024-11-19");
  check_date("The results are announced on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The final was played on Tuesday.", "Tuesday", "2024-11-12");
  // So does one before "at" and a clock time on the day.
  CHECK(found_in("Our flight is at 6 a.m. on Tuesday.", "6 a.m. on Tuesday").value == "2024-11-19T06:00");
  CHECK(found_in("Our flight was at 6 a.m. on Tuesday.", "6 a.m. on Tuesday").value == "2024-11-12T06:00");
}

TEST_CASE("a clause after and or but with a present verb of its own takes no tense from the clause before") {
  // DCT 2024-11-15, a Friday: the last Tuesday and Wednesday are nearer than the coming ones.
  check_date("Ramadan ended last week, and the league resumes on Tuesday.", "Tuesday", "2024-11-19");
  check_date("The strike ended on Monday, but talks resume on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The strike ended on Monday, but talks resume on Wednesday.", "Monday", "2024-11-11");
  check_date("The treaty was signed on Monday and takes effect on Tuesday.", "Tuesday", "2024-11-19");
  check_date("The treaty was signed in May and enters into force in January.", "January", "2025-01");
  // A phrase going on without a verb keeps the clause's past.
  check_date("The strike ended on Monday and again on Wednesday.", "Wednesday", "2024-11-13");
  check_date("Police arrested and charged him on Wednesday.", "Wednesday", "2024-11-13");
}

TEST_CASE("a relative clause the date closes with no tense cue of its own takes none from the main clause") {
  check_date("The talks, which begin on Tuesday, were announced on Monday.", "Tuesday", "2024-11-19");
  check_date("The talks, which begin on Tuesday, were announced on Monday.", "Monday", "2024-11-11");
  check_date("The strike, which ended on Wednesday, was long.", "Wednesday", "2024-11-13");
}

TEST_CASE("a verb in the expression's own relative or that-clause gives it its tense, not the main clause's") {
  // DCT 2024-11-15, a Friday: the last Tuesday 2024-11-12, the coming one 2024-11-19.
  check_date("Police said on Monday that the road, which can stay closed until Tuesday, was blocked.", "Tuesday",
             "2024-11-19");
  check_date("The ministry said the bridge that is due to reopen in June was damaged.", "June", "2025-06");
  check_date("Shoppers who can wait until Tuesday were promised discounts.", "Tuesday", "2024-11-19");
  check_date("The council said the pool, which is set to reopen in June after repairs, had been closed.", "June",
             "2025-06");
  // A past in the clause under a main clause ahead.
  check_date("The man who was arrested on Tuesday will appear in court on Monday.", "Tuesday", "2024-11-12");
  check_date("The company will reopen the plant that closed in June.", "June", "2024-06");
  check_date("Shoppers who bought tickets in June will get refunds.", "June", "2024-06");
  // The clause's past stays past; a date outside the clause is the main clause's.
  check_date("Officials said the museum, which reopened on Saturday, was damaged.", "Saturday", "2024-11-09");
  check_date("The museum, which can hold 500 visitors, reopened on Saturday.", "Saturday", "2024-11-09");
  check_date("The minister, who will step down in March, said the budget was approved in June.", "June", "2024-06");
  // A participle after a verb that links it to its subject is a state, no past of the clause.
  check_date("Officials will decide which roads remain closed until Tuesday.", "Tuesday", "2024-11-19");
  check_date("Police said the bridge, which stays closed until Tuesday, was damaged.", "Tuesday", "2024-11-19");
  // A timetable's verb in the present right after the opener, with no cue word, is the clause's own.
  check_date("Officials said the museum that reopens in June was damaged.", "June", "2025-06");
  check_date("The talks that resume on Tuesday were agreed last week.", "Tuesday", "2024-11-19");
  check_date("The votes that were cast on Tuesday were counted.", "Tuesday", "2024-11-12");
}

TEST_CASE("a past verb of the expression's own that- or which-clause right before it dates its event") {
  // DCT 2024-11-15: December 2024 is the nearest; the clause's past puts it behind the DCT, whatever
  // the main clause's past after it.
  check_date("The strike that began in December ended in March.", "December", "2023-12");
  check_date("The protests which erupted in December were crushed.", "December", "2023-12");
  check_date("The factory that closed in December had employed 400 people.", "December", "2023-12");
  // A present of its own still looks ahead.
  check_date("The strike that begins in December will close ports.", "December", "2024-12");
  check_date("The talks, which resume in December, were suspended last week.", "December", "2024-12");
}

TEST_CASE("a past spelt as its base after a relative pronoun, with no object, dates its clause's event") {
  // DCT 2024-11-15, as above: "burst", "hit", "shut", "split" read as "began" does.
  check_date("The dam that burst in December was old.", "December", "2023-12");
  check_date("The storm that hit in December was the worst in years.", "December", "2023-12");
  check_date("The bridge, which shut in December, was rebuilt.", "December", "2023-12");
  check_date("The plant that shut in December will reopen in May.", "December", "2023-12");
  // Its own present still looks ahead.
  check_date("The storm that hits in December will be severe.", "December", "2024-12");
}

TEST_CASE("can before a verb looks ahead as could does; the noun and can't do not") {
  check_date("Residents can return to their homes on Tuesday.", "Tuesday", "2024-11-19");
  check_date("A can of paint was thrown at the mayor on Tuesday.", "Tuesday", "2024-11-12");
  check_date("He said he can't remember what happened on Tuesday.", "Tuesday", "2024-11-12");
}

TEST_CASE("a plan told in the past perfect is past; in the present perfect or the present it looks ahead") {
  check_date("The rebels had planned to attack in June.", "June", "2024-06");
  check_date("Organisers had scheduled the concert for June.", "June", "2024-06");
  check_date("The airline had been scheduled to resume flights in June.", "June", "2024-06");
  check_date("The plant had been set to open in June.", "June", "2024-06");
  check_date("Officials said the rebels had planned to attack the base in June.", "June", "2024-06");
  check_date("The rebels have planned to attack in June.", "June", "2025-06");
  check_date("The rebels plan to attack in June.", "June", "2025-06");
  check_date("The rebels are planning to attack in June.", "June", "2025-06");
}

TEST_CASE("a clause after a comma and and or but leaves the tense of the clause before it") {
  // A future seen from a past: ahead of the telling.
  check_date("The company was expected to open the plant in June, but analysts were sceptical.", "June", "2025-06");
  check_date("The vote is set for June, and officials were already printing ballots.", "June", "2025-06");
  // Undone after "but", a verb straight after it, a past before it: past.
  check_date("The company was expected to open the plant in June, but the project collapsed.", "June", "2024-06");
  check_date("Sales fell in June, but analysts were upbeat.", "June", "2024-06");
  check_date("Officials said the summit was scheduled to open in June, but it was rescheduled for July.", "June",
             "2024-06");
}

TEST_CASE("a past spelt as its base after a name's possessive is the name's past") {
  // DCT 2024-11-15, a Friday: the coming Monday is nearer than the last one.
  check_date("Moody's cut Italy's rating on Monday.", "Monday", "2024-11-11");
  check_date("McDonald's cut its prices on Monday.", "Monday", "2024-11-11");
  // A noun after a possessive is no verb.
  check_date("The company's cut on Monday will hurt.", "Monday", "2024-11-18");
}

TEST_CASE("an -ed word that is as often an adjective is a past verb before its object or a preposition") {
  // DCT 2024-11-15, a Friday: the coming Monday is nearer than the last one only for a future.
  check_date("Shares advanced on Monday.", "Monday", "2024-11-11");
  check_date("The bank reduced its rates in December.", "December", "2023-12");
  check_date("Exports increased 4% in December.", "December", "2023-12");
  check_date("Scientists developed a vaccine in December.", "December", "2023-12");
  // As adjectives they tell no tense: the verb does.
  check_date("Advanced economies will grow in December.", "December", "2024-12");
  check_date("The most advanced economies will grow in December.", "December", "2024-12");
}

TEST_CASE("a month or day near the DCT takes the tense of the verb of its event") {
  // Past: the past one, however near the coming one is (DCT 2024-11-15).
  check_date("The plant closed in December.", "December", "2023-12");
  check_date("Schools reopened on January 6.", "January 6", "2024-01-06");
  check_date("Protesters were arrested on Dec. 2 outside the ministry.", "Dec. 2", "2023-12-02");
  // The event's verb is the one nearest the date, not the report further back.
  check_date("The company said it closed the plant in December.", "December", "2023-12");
  // Future: the coming one, however near the last one is (said on 2025-01-03).
  const auto said_in_january = [](std::string_view text, std::string_view phrase, std::string_view value) {
    CAPTURE(text);
    const auto t = annalist::test::expression(annalist::test::tag(text, "2025-01-03"), phrase);
    REQUIRE(t);
    CHECK(t->value == value);
  };
  said_in_january("The new rules will apply from December.", "December", "2025-12");
  said_in_january("The store will reopen in December.", "December", "2025-12");
  said_in_january("Retail sales jumped in December.", "December", "2024-12");
}

TEST_CASE("a plan said in the present for a month just past is the coming one") {
  check_date("Elections are set to take place in October.", "October", "2025-10");
  check_date("The summit is due to be held in October.", "October", "2025-10");
  check_date("The talks are scheduled to resume in October.", "October", "2025-10");
  check_date("The government plans to hold a referendum in October.", "October", "2025-10");
  // A deadline after a present passive of schedule too (present_expectation_before).
  check_date("The report is due to be delivered by October.", "October", "2025-10");
  // A plan told as past, an event past, a deadline told as past: the nearer side.
  check_date("The elections were set to take place in October.", "October", "2024-10");
  check_date("Elections took place in October.", "October", "2024-10");
  check_date("The report was due to be delivered by October.", "October", "2024-10");
}

TEST_CASE("a reported plan or a deadline near the DCT keeps the nearer side") {
  // A report's past does not date what it reports; a deadline may lie ahead of a past act.
  check_date("The minister said talks would resume in December.", "December", "2024-12");
  check_date("The board extended the offer to Dec. 5.", "Dec. 5", "2024-12-05");
  check_date("The board declared a dividend of 10 cents a share, payable Dec. 15.", "Dec. 15", "2024-12-15");
  check_date("The regulator asked the bank to respond by Dec. 1.", "Dec. 1", "2024-12-01");
  // A past decision to act later dates the act ("has decided to admit ... in early March").
  check_date("NATO has decided to admit the three countries in December.", "December", "2024-12");
  check_date("Albright has invited the ministers of Poland and Hungary to a ceremony in Independence on Dec. 12.",
             "Dec. 12", "2024-12-12");
}

TEST_CASE("fall after the verb may is the verb, not the season") {
  check_untagged("Rates may fall in early 2026.", "fall");
  check_untagged("Prices may fall.", "fall");
  // The season keeps its determiners and prepositions.
  check_date("The council will vote this fall.", "this fall", "2024-FA");
  check_date("Talks resumed last fall.", "last fall", "2023-FA");
}

TEST_CASE("a set carries the quantifier and the frequency it says as TimeML quant and freq") {
  const auto check_set = [](std::string_view text, std::string_view phrase, std::string_view value,
                            std::string_view quant, std::string_view freq) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::set);
    CHECK(t.value == value);
    CHECK(t.quant == quant);
    CHECK(t.freq == freq);
  };
  check_set("The board meets every Tuesday.", "every Tuesday", "XXXX-WXX-2", "EVERY", "");
  check_set("Dividends are reviewed each year.", "each year", "P1Y", "EACH", "");
  check_set("Inspectors visit twice a week.", "twice a week", "P1W", "", "2X");
  check_set("The committee reports three times a year.", "three times a year", "P1Y", "", "3X");
  check_set("Rates are reset once every month.", "once every month", "P1M", "EVERY", "1X");
  check_set("Payroll runs every two weeks.", "every two weeks", "P2W", "EVERY", "");
  // The value names the day; the step between Thursdays goes in freq.
  check_set("The council sits every other Thursday.", "every other Thursday", "XXXX-WXX-4", "EVERY", "2W");
  // An adverb of frequency says once in each period, as TimeBank writes "daily" (P1D freq 1X).
  check_set("Prices are published daily.", "daily", "P1D", "", "1X");
  check_set("The index is rebalanced annually.", "annually", "P1Y", "", "1X");
  check_set("The ferry sails twice daily.", "twice daily", "P1D", "", "2X");
  // A part of the day recurs on any day; a weekday's part on that weekday.
  check_set("The show airs nightly.", "nightly", "XXXX-XX-XXTNI", "", "1X");
  check_set("Guards patrol every morning.", "every morning", "XXXX-XX-XXTMO", "EVERY", "");
  check_set("The club meets every Monday night.", "every Monday night", "XXXX-WXX-1TNI", "EVERY", "");
  check_set("The market opens every weekend.", "every weekend", "XXXX-WXX-WE", "EVERY", "");
  // A set without a quantifier or a count says neither.
  check_set("Prices are published per day.", "per day", "P1D", "", "");
  // Dates and durations never carry them.
  const TimeExpression length = found_in("The talks lasted two weeks.", "two weeks");
  CHECK(length.quant.empty());
  CHECK(length.freq.empty());
}

TEST_CASE("a weekday of every month or of every nth week is one set, its step in freq") {
  const auto check_set = [](std::string_view text, std::string_view phrase, std::string_view value,
                            std::string_view quant, std::string_view freq) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::set);
    CHECK(t.value == value);
    CHECK(t.quant == quant);
    CHECK(t.freq == freq);
  };
  check_set("The council meets every second Tuesday of the month.", "every second Tuesday of the month", "XXXX-WXX-2",
            "EVERY", "1M");
  check_set("The club meets on the first Monday of each month.", "the first Monday of each month", "XXXX-WXX-1", "EACH",
            "1M");
  check_set("Rent is collected on the last Friday of every month.", "the last Friday of every month", "XXXX-WXX-5",
            "EVERY", "1M");
  check_set("The nurse visits every second Wednesday.", "every second Wednesday", "XXXX-WXX-3", "EVERY", "2W");
  check_set("Bins are emptied every third Friday.", "every third Friday", "XXXX-WXX-5", "EVERY", "3W");
  check_set("The board meets every first Monday.", "every first Monday", "XXXX-WXX-1", "EVERY", "1M");
  check_set("The newsletter goes out every third week.", "every third week", "P3W", "EVERY", "");
  check_set("The ferry sails every second day.", "every second day", "P2D", "EVERY", "");
  // "every second" alone is the unit.
  check_set("The light blinks every second.", "every second", "PT1S", "EVERY", "");
  check_set("The light blinks every second, day and night.", "every second", "PT1S", "EVERY", "");
}

TEST_CASE("a weekday, a part of one or the weekend said in the plural is a set") {
  const auto check_plural = [](std::string_view text, std::string_view phrase, std::string_view value) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::set);
    CHECK(t.value == value);
    CHECK(t.quant.empty());
  };
  check_plural("The committee meets on Tuesdays.", "Tuesdays", "XXXX-WXX-2");
  check_plural("The market is held on Saturdays and Sundays.", "Sundays", "XXXX-WXX-7");
  check_plural("The club meets on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI");
  check_plural("The museum is busiest at weekends.", "weekends", "XXXX-WXX-WE");
  // A possessive is one day's; a count of weekdays stays the count.
  check_date("Tuesday's vote was close.", "Tuesday", "2024-11-12");
}

TEST_CASE("a range of weekdays after a present verb of a standing arrangement is a set") {
  const auto check_weekly = [](std::string_view text, std::string_view phrase, std::string_view end) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::set);
    CHECK(t.value == "XXXX-WXX-1");
    REQUIRE(t.range_end);
    CHECK(*t.range_end == end);
  };
  // Its hours after it are each day's, one SET (session 32, were a TIME of the document's day).
  const TimeExpression hours = found_in("The office is open Monday-Friday, 9am-5pm.", "Monday-Friday, 9am-5pm");
  CHECK(hours.type == TimexType::set);
  CHECK(hours.value == "XXXX-WXX-1T09:00");
  CHECK(hours.range_end == "XXXX-WXX-5T17:00");
  check_weekly("The library opens Monday to Saturday.", "Monday to Saturday", "XXXX-WXX-6");
  check_weekly("The service operates Monday through Friday.", "Monday through Friday", "XXXX-WXX-5");
  // "shut" is "closed"; "reopens" is one occasion (the coming week's).
  check_weekly("The car park is shut Monday to Friday.", "Monday to Friday", "XXXX-WXX-5");
  // Numbers between the verb and the days are stepped over, as words are.
  check_weekly("The hotline is staffed 24 hours a day Monday to Friday.", "Monday to Friday", "XXXX-WXX-5");
  const TimeExpression reopening = found_in("The pool reopens Monday to Friday.", "Monday to Friday");
  CHECK(reopening.type == TimexType::date);
  CHECK(reopening.value == "2024-11-18");
  // One week's: a past or future verb, or no such verb.
  const TimeExpression past = found_in("The office was open Monday-Friday.", "Monday-Friday");
  CHECK(past.type == TimexType::date);
  CHECK(past.value == "2024-11-11");
  const TimeExpression future = found_in("The summit will run Monday to Wednesday.", "Monday to Wednesday");
  CHECK(future.type == TimexType::date);
  CHECK(future.value == "2024-11-18");
  const TimeExpression strike = found_in("Workers strike Monday to Wednesday.", "Monday to Wednesday");
  CHECK(strike.type == TimexType::date);
}

TEST_CASE("a range of weekdays opening a listing's line before opening hours is a set") {
  const auto check_listed = [](std::string_view text, std::string_view phrase, std::string_view begin,
                               std::string_view end) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::set);
    CHECK(t.value == begin);
    REQUIRE(t.range_end);
    CHECK(*t.range_end == end);
  };
  // The hours after the days are each day's, in the one SET (session 32: were a TIME of the
  // document's day beside the set).
  check_listed("Box office: Mon-Sat 10am-8pm.", "Mon-Sat 10am-8pm", "XXXX-WXX-1T10:00", "XXXX-WXX-6T20:00");
  check_listed("Tue-Sun, 10am-6pm (closed Mondays).", "Tue-Sun, 10am-6pm", "XXXX-WXX-2T10:00", "XXXX-WXX-7T18:00");
  check_listed("Library hours: Mon-Thu 9:00-20:00, Fri 9:00-17:00.", "Mon-Thu 9:00-20:00", "XXXX-WXX-1T09:00",
               "XXXX-WXX-4T20:00");
  check_listed("Open daily except Mon, Wed-Sun 11am-5pm.", "Wed-Sun 11am-5pm", "XXXX-WXX-3T11:00", "XXXX-WXX-7T17:00");
  check_listed("Mon-Fri 9-5", "Mon-Fri", "XXXX-WXX-1", "XXXX-WXX-5");
  // After "Open" or "hours" too; without hours "Open Thursday through Monday" is one week's (above).
  check_listed("Open Tue-Sun 10am-6pm.", "Tue-Sun 10am-6pm", "XXXX-WXX-2T10:00", "XXXX-WXX-7T18:00");
  check_listed("Opening hours Mon-Fri 9am-5pm.", "Mon-Fri 9am-5pm", "XXXX-WXX-1T09:00", "XXXX-WXX-5T17:00");
  // After a verb of one occasion, or with no hours after it, one week's.
  const TimeExpression talks = found_in("The talks ran Mon-Wed, 9am-5pm.", "Mon-Wed");
  CHECK(talks.type == TimexType::date);
  CHECK(talks.value == "2024-11-11");
  const TimeExpression measure = found_in("Shares: Mon-Fri 3.5% up.", "Mon-Fri");
  CHECK(measure.type == TimexType::date);
}

TEST_CASE("a clock range takes no day that has clock times of its own, a listing's next item") {
  // (After a set of days the hours are its own: "Mon-Fri 10am-6pm" is one SET, session 32.)
  for (const auto& [text, phrase] :
       {std::pair{"Mon-Fri 10am-6pm, Sat 10am-4pm.", "Mon-Fri 10am-6pm"},
        std::pair{"Library hours: Mon-Thu 9:00-20:00, Fri 9:00-17:00.", "Mon-Thu 9:00-20:00"},
        std::pair{"The shop is open 9am-5pm, Saturday 10am-2pm.", "9am-5pm"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == (std::string_view(phrase).starts_with("Mon") ? TimexType::set : TimexType::time));
  }
  const TimeExpression friday = found_in("The count runs 9am-5pm, Friday.", "9am-5pm, Friday");
  CHECK(friday.value == "2024-11-15T09:00");
}

TEST_CASE("a request or an instruction looks ahead") {
  // DCT Friday 2024-11-15: the Tuesday and Wednesday before are nearer than the ones after.
  check_date("Please respond by Tuesday.", "Tuesday", "2024-11-19");
  check_date("Send comments by Wednesday.", "Wednesday", "2024-11-20");
  check_date("Don't forget to vote on Tuesday.", "Tuesday", "2024-11-19");
  check_date("Make sure to register by Wednesday.", "Wednesday", "2024-11-20");
  check_date("\"Come back on Tuesday,\" the clerk said.", "Tuesday", "2024-11-19");
  check_date("Call us on Tuesday for details.", "Tuesday", "2024-11-19");
  // A noun that is also a verb, and a statement, keep the nearer day.
  check_date("Vote counting began on Tuesday.", "Tuesday", "2024-11-12");
  check_date("Visit numbers rose on Tuesday.", "Tuesday", "2024-11-12");
  check_date("The minister met them on Tuesday.", "Tuesday", "2024-11-12");
}

TEST_CASE("a future act timed by a date right after its verb or object lies ahead, however near the last one") {
  // DCT 2024-11-15: each date's last occurrence lies within three months back.
  check_date("Mr. Smith will retire Aug. 31.", "Aug. 31", "2025-08-31");
  check_date("The company will hold its annual meeting Oct. 20.", "Oct. 20", "2025-10-20");
  check_date("The regulator is due to publish its ruling Oct. 1.", "Oct. 1", "2025-10-01");
  check_date("The company expects to close the deal Sept. 30.", "Sept. 30", "2025-09-30");
  check_date("The trial is scheduled for Oct. 28.", "Oct. 28", "2025-10-28");
  check_date("The government will lift the cap by Oct. 31.", "Oct. 31", "2025-10-31");
  check_date("The bank will raise rates effective Sept. 1.", "Sept. 1", "2025-09-01");
  // A date naming a thing the act is about, and the same acts told in the past: the last one.
  check_date("The company will report results for the quarter ended Sept. 30.", "Sept. 30", "2024-09-30");
  check_date("The committee will review the Oct. 3 vote.", "Oct. 3", "2024-10-03");
  check_date("The board will investigate the crash Oct. 3.", "Oct. 3", "2024-10-03");
  check_date("He will face charges filed Oct. 3.", "Oct. 3", "2024-10-03");
  check_date("The rules will cover contracts signed after Oct. 1.", "Oct. 1", "2024-10-01");
  // A past act after a date follows it: the date is behind, however near ahead the next one is.
  check_date("The shooting happened after Dec. 3.", "Dec. 3", "2023-12-03");
  CHECK(found_in("The shooting happened shortly after 2 a.m. on Dec. 3.", "shortly after 2 a.m. on Dec. 3").value ==
        "2023-12-03T02:00");
  CHECK(found_in("The gunman was killed soon after midnight on Tuesday.", "soon after midnight on Tuesday").value ==
        "2024-11-12T00:00");
  check_date("Mr. Smith retired Aug. 31.", "Aug. 31", "2024-08-31");
  check_date("The bank raised rates effective Sept. 1.", "Sept. 1", "2024-09-01");
  check_date("The trial was scheduled for Oct. 28.", "Oct. 28", "2024-10-28");
}

TEST_CASE("a coming into force or an expectation said in the present is the coming date however near the last") {
  check_date("The reform takes effect Oct. 1.", "Oct. 1", "2025-10-01");
  check_date("A verdict is expected Oct. 30.", "Oct. 30", "2025-10-30");
  check_date("The payment is due Oct. 30.", "Oct. 30", "2025-10-30");
  // Told in the past, the nearer side.
  check_date("The reform took effect Oct. 1.", "Oct. 1", "2024-10-01");
  check_date("A verdict was expected Oct. 30.", "Oct. 30", "2024-10-30");
}

TEST_CASE("a headline's to before its verb looks ahead however near the last date") {
  check_date("Apple to unveil new iPhone Sept. 9", "Sept. 9", "2025-09-09");
  check_date("Smith to visit China in October", "October", "2025-10");
  // A sentence, or "to" before a noun phrase, is no headline's future.
  check_date("Visitors to the museum in October.", "October", "2024-10");
  check_date("Smith went to China in October.", "October", "2024-10");
}

TEST_CASE("a negative contraction tells its verb's tense") {
  // DCT Friday 2024-11-15.
  check_date("The results won't be known until Tuesday.", "Tuesday", "2024-11-19");
  check_date("The ruling won't take effect until Sept. 20.", "Sept. 20", "2025-09-20");
  check_date("The shipment didn't arrive until Tuesday.", "Tuesday", "2024-11-12");
  // "won" alone is the past of "win".
  check_date("The team won on Tuesday.", "Tuesday", "2024-11-12");
}

TEST_CASE("a condition opening its sentence with no past verb looks ahead") {
  check_date("Unless Congress acts by Sept. 30, the program will end.", "Sept. 30", "2025-09-30");
  check_date("If talks fail by Tuesday, workers will strike.", "Tuesday", "2024-11-19");
  check_date("If the deal was signed on Tuesday, nobody knew.", "Tuesday", "2024-11-12");
  // The "would" of the main clause looks ahead too, as a reported one does; "would have" does not.
  check_date("If the deal is approved in March, the plant would open in July.", "July", "2025-07");
  check_date("If prices keep rising, the bank would raise rates in October.", "October", "2025-10");
  // A reported "would" keeps the nearer side.
  check_date("The minister said the bank would raise rates in October.", "October", "2024-10");
  check_date("Had the bill passed in March, the cuts would have begun in July.", "July", "2024-07");
  check_date("Without the bill, the plant would open in July.", "July", "2024-07");
}

TEST_CASE("what is put off lies ahead of a putting off not told as past") {
  check_date("The launch has been delayed to October.", "October", "2025-10");
  check_date("The board has postponed the vote until Oct. 30.", "Oct. 30", "2025-10-30");
  check_date("The launch is delayed to Tuesday.", "Tuesday", "2024-11-19");
  // Told as past, the nearer side stays open.
  check_date("The vote was postponed until Nov. 8.", "Nov. 8", "2024-11-08");
}

TEST_CASE("a date something is moved to lies ahead of the moving") {
  // DCT Friday 2024-11-15: the last Tuesday, Wednesday and Thursday are nearer.
  check_date("The vote was moved to Wednesday.", "Wednesday", "2024-11-20");
  check_date("The hearing was pushed back to Tuesday.", "Tuesday", "2024-11-19");
  check_date("The hearing was brought forward to Thursday.", "Thursday", "2024-11-21");
  check_date("The hearing was rescheduled for Thursday.", "Thursday", "2024-11-21");
  // The moving itself is dated as any past act; "for" after another deferral may be the day itself.
  check_date("The vote was moved on Wednesday.", "Wednesday", "2024-11-13");
  check_date("Trading was suspended for Thursday.", "Thursday", "2024-11-14");
}

TEST_CASE("a day a warning is issued for lies ahead of the issuing") {
  // DCT Friday 2024-11-15: the last Sunday and Thursday are nearer.
  check_date("The Met Office has issued a yellow weather warning for Sunday.", "Sunday", "2024-11-17");
  check_date("Forecasters issued a flood alert for Thursday.", "Thursday", "2024-11-21");
  // A forecast may be of data already out: "for" after it decides nothing.
  check_date("Economists had forecast for Thursday a rise of 0.2%.", "Thursday", "2024-11-14");
}

TEST_CASE("a month or day after starting or beginning and a preposition lies ahead") {
  // DCT Friday 2024-11-15.
  check_date("The band announced a 20-date tour starting in April.", "April", "2025-04");
  check_date("The company said new fees apply beginning on Monday.", "Monday", "2024-11-18");
  // A clock time on the day after "at": "starting at noon on Thursday".
  CHECK(found_in("Both sides agreed to a truce starting at noon on Thursday.", "noon on Thursday").value ==
        "2024-11-21T12:00");
  // Without the lead word the past verb decides.
  check_date("The band announced a tour in April.", "April", "2024-04");
  CHECK(found_in("The truce took effect at noon on Thursday.", "noon on Thursday").value == "2024-11-14T12:00");
}

TEST_CASE("the second of two weekdays joined by and or or is read as the first") {
  // DCT Friday 2024-11-15.
  check_date("The hearing was rescheduled for Wednesday and Thursday.", "Thursday", "2024-11-21");
  check_date("Police issued a warning for Saturday or Sunday.", "Sunday", "2024-11-17");
  check_date("Talks were held on Monday and Tuesday.", "Tuesday", "2024-11-12");
}

TEST_CASE("a future act's week named by a day just past is the current week") {
  // DCT Friday 2024-11-15 is in 2024-W46 (Monday 11 November).
  check_date("The talks will be held in the week of 11 November.", "the week of 11 November", "2024-W46");
  check_date("The talks will be held in the week of 4 November.", "the week of 4 November", "2025-W45");
  check_date("The talks were held in the week of 4 November.", "the week of 4 November", "2024-W45");
  // Also a schedule's ("planned for", a plan's date).
  check_date("Roadworks are planned for the week of 11 November.", "the week of 11 November", "2024-W46");
}

TEST_CASE("starting and beginning before a date look ahead, as effective does") {
  check_date("The new rules apply starting Wednesday.", "Wednesday", "2024-11-20");
  check_date("Fares rise beginning Tuesday.", "Tuesday", "2024-11-19");
}

TEST_CASE("until a date in a present clause looks ahead") {
  check_date("The offer runs until Tuesday.", "Tuesday", "2024-11-19");
  check_date("Voting is open until Wednesday.", "Wednesday", "2024-11-20");
  // A past clause keeps its past.
  check_date("The offer ran until Tuesday.", "Tuesday", "2024-11-12");
}

TEST_CASE("a coming into force said in the present looks ahead") {
  check_date("The new timetable comes into force on Tuesday.", "Tuesday", "2024-11-19");
  check_date("The ban takes effect Wednesday.", "Wednesday", "2024-11-20");
  check_date("The ban took effect on Wednesday.", "Wednesday", "2024-11-13");
}

TEST_CASE("a weekday's arrangement said in the present is the coming one") {
  // DCT Friday 2024-11-15: the last Wednesday is nearer than the coming one.
  check_date("Note that the office is closed on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The exhibition closes on Wednesday.", "Wednesday", "2024-11-20");
  check_date("On Wednesday the polls are open from 7 a.m.", "Wednesday", "2024-11-20");
  // Told in the past, the last one.
  check_date("The office was closed on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The bridge closed on Wednesday.", "Wednesday", "2024-11-13");
}

TEST_CASE("a timetable in the present simple of a scheduled act looks ahead") {
  // DCT Friday 2024-11-15.
  check_date("Voting ends on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The offer expires Wednesday.", "Wednesday", "2024-11-20");
  check_date("Trading resumes on Monday.", "Monday", "2024-11-18");
  // An act always scheduled, told with its object; its past stays past.
  check_date("The new mayor takes office on Tuesday.", "Tuesday", "2024-11-19");
  check_date("Voters go to the polls on Wednesday.", "Wednesday", "2024-11-20");
  check_date("Voters went to the polls on Wednesday.", "Wednesday", "2024-11-13");
  // A name ending the subject before the base form: "Voters in Pennsylvania go".
  check_date("Voters in Pennsylvania go to the polls Wednesday.", "Wednesday", "2024-11-20");
  check_date("Voters in Pennsylvania went to the polls Wednesday.", "Wednesday", "2024-11-13");
  // A span that runs through (until) the day, after an aside in the past; its past stays past.
  check_date("The summit, which opened Monday, runs through Wednesday.", "Wednesday", "2024-11-20");
  check_date("The exhibition runs until Wednesday.", "Wednesday", "2024-11-20");
  check_date("The sale ran through Wednesday.", "Wednesday", "2024-11-13");
  // An arrangement in the present progressive; the past progressive stays past.
  check_date("The team is playing on Tuesday.", "Tuesday", "2024-11-19");
  check_date("The leaders are meeting on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The team was playing on Wednesday when the roof collapsed.", "Wednesday", "2024-11-13");
  const TimeExpression polls = found_in("Polls close at 8 p.m. local time on Sunday.", "8 p.m. local time on Sunday");
  CHECK(polls.type == TimexType::time);
  CHECK(polls.value == "2024-11-17T20:00");
  // A place's time between says which clock reads it, as "local time" does: one TIME, its day ahead.
  const TimeExpression ultimatum =
      found_in("The ultimatum expires at 8 p.m. Moscow time on Sunday.", "8 p.m. Moscow time on Sunday");
  CHECK(ultimatum.value == "2024-11-17T20:00");
  CHECK(found_in("The vote closed at 8 p.m. Moscow time on Sunday.", "8 p.m. Moscow time on Sunday").value ==
        "2024-11-10T20:00");
  // A date with its year stands apart, as WikiWars tags it.
  CHECK(found_in("At 5:34 AM Baghdad time on March 20, 2003, the invasion began.", "5:34 AM").value ==
        "2003-03-20T05:34");
  check_date("At 5:34 AM Baghdad time on March 20, 2003, the invasion began.", "March 20, 2003", "2003-03-20");
  // Told in the past, or a result between the verb and the day (a market report), the last one.
  check_date("Voting ended on Wednesday.", "Wednesday", "2024-11-13");
  check_date("Polls closed on Wednesday.", "Wednesday", "2024-11-13");
  check_date("Stocks closed higher on Wednesday.", "Wednesday", "2024-11-13");
  // The noun: "at the close on Wednesday", "a strong start on Wednesday".
  check_date("Shares fell 2% at the close on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The index is up after a strong start on Wednesday.", "Wednesday", "2024-11-13");
}

TEST_CASE("a timetable's act with a place or an object before the date looks ahead") {
  // DCT Friday 2024-11-15: the last Wednesday and the last November 10 are nearer.
  check_date("The climate summit opens in Belem on November 10.", "November 10", "2025-11-10");
  check_date("The talks end in Geneva on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The pope ends his tour in New York on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The agency, founded in November, opens its first office on Wednesday.", "Wednesday", "2024-11-20");
  check_date("He begins a new job on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The clocks go forward on Wednesday.", "Wednesday", "2024-11-20");
  check_date("Clocks go back one hour on Wednesday.", "Wednesday", "2024-11-20");
  const TimeExpression clocks = found_in("The clocks go forward at 1am on Wednesday.", "1am on Wednesday");
  CHECK(clocks.value == "2024-11-20T01:00");
  // Told in the past, or a market report's result or session between, the last one.
  check_date("The climate summit opened in Belem on November 10.", "November 10", "2024-11-10");
  check_date("The agency opened its first office on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The clocks went forward on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The Dow ends the week higher on Wednesday.", "Wednesday", "2024-11-13");
}

TEST_CASE("what is not expected before a date lies ahead of the expecting") {
  // DCT 2024-11-15: the last September is nearer.
  check_date("Officials did not expect a decision before September.", "September", "2025-09");
  check_date("Analysts don't anticipate a cut until September.", "September", "2025-09");
  // Strictly ahead: not even the month just gone.
  check_date("Officials did not expect a decision before October.", "October", "2025-10");
  check_date("Analysts do not expect a cut before October.", "October", "2025-10");
  // Another negated verb tells a past.
  check_date("The troops did not arrive before September.", "September", "2024-09");
  check_date("He did not see the doctor until September.", "September", "2024-09");
}

TEST_CASE("what cannot happen before a date, said in the present, lies ahead") {
  // DCT 2024-11-15: the last September and October are nearer.
  check_date("Construction cannot start before September.", "September", "2025-09");
  check_date("Work can't begin before October.", "October", "2025-10");
  check_date("Talks can not resume before September.", "September", "2025-09");
  // "could not" tells a past.
  check_date("Work could not begin before September.", "September", "2024-09");
}

TEST_CASE("a date right after a past verb of saying dates the saying, not the report after it") {
  // DCT Friday 2024-11-15: the coming weekdays are as near or nearer than the last ones.
  check_date("Ford said Wednesday it will close the plant.", "Wednesday", "2024-11-13");
  check_date("The firm said on Tuesday it expects to hire staff.", "Tuesday", "2024-11-12");
  check_date("The coach told reporters on Thursday that he will step down.", "Thursday", "2024-11-14");
  check_date("The bank announced Tuesday it will raise rates.", "Tuesday", "2024-11-12");
  check_date("Ford announced Monday that the plant will close in March.", "Monday", "2024-11-11");
  check_date("Ford announced Monday that the plant will close in March.", "March", "2025-03");
  // An addressee, a name or "in an interview" between.
  check_date("The minister told Reuters on Thursday that talks will resume.", "Thursday", "2024-11-14");
  check_date("He told the court on Wednesday that he will appeal.", "Wednesday", "2024-11-13");
  check_date("He said in an interview Thursday that he will run.", "Thursday", "2024-11-14");
  // A date in the report, or one the report is about, is the report's.
  check_date("Ford said the plant will close on Wednesday.", "Wednesday", "2024-11-20");
  check_date("He said Wednesday will be decisive.", "Wednesday", "2024-11-20");
}

TEST_CASE("a prediction, a promise or a denial dates its saying as 'said' does") {
  // DCT Friday 2024-11-15.
  check_date("Exiles will appeal the ruling, Cuba predicted Wednesday.", "Wednesday", "2024-11-13");
  check_date("The minister vowed Tuesday that the budget will be balanced.", "Tuesday", "2024-11-12");
  check_date("Officials denied Wednesday that the plant will close.", "Wednesday", "2024-11-13");
  check_date("The union pledged Thursday to strike if talks fail.", "Thursday", "2024-11-14");
  // The date is what was predicted, or the verb is a passive to come.
  check_date("The report predicted Wednesday will be the hottest day of the year.", "Wednesday", "2024-11-20");
  check_date("He will be denied parole Tuesday.", "Tuesday", "2024-11-19");
}

TEST_CASE("an obligation with a deadline lies ahead however near the last such date") {
  // DCT 2024-11-15: the last Oct. 15 and Oct. 1 are within a season.
  check_date("Taxes must be paid by Oct. 15.", "Oct. 15", "2025-10-15");
  check_date("Contractors must finish work no later than Oct. 1.", "Oct. 1", "2025-10-01");
  check_date("Bids should be submitted by Oct. 15.", "Oct. 15", "2025-10-15");
  // Told in the past, or no obligation: the last one.
  check_date("Taxes were paid by Oct. 15.", "Oct. 15", "2024-10-15");
  check_date("The work was finished no later than Oct. 1.", "Oct. 1", "2024-10-01");
}

TEST_CASE("a timetable verb that is as often a plural noun looks ahead unless an auxiliary follows") {
  // DCT Friday 2024-11-15: the last Tuesday, Wednesday and Thursday are nearer.
  check_date("Ireland votes on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The council meets on Tuesday to set the budget.", "Tuesday", "2024-11-19");
  check_date("Episode 4 airs on Thursday.", "Thursday", "2024-11-21");
  check_date("The team travels to Madrid on Wednesday.", "Wednesday", "2024-11-20");
  // The noun, with an auxiliary after it or a determiner before, and the past: the last one.
  check_date("Postal votes on Wednesday were counted by hand.", "Wednesday", "2024-11-13");
  check_date("The votes on Wednesday were counted.", "Wednesday", "2024-11-13");
  check_date("Ireland voted on Wednesday.", "Wednesday", "2024-11-13");
}

TEST_CASE("a month alone after a timetable's verb looks ahead, even in a report told in the past") {
  // DCT 2024-11-15: the last September is nearer.
  check_date("Officials said the museum reopens in September.", "September", "2025-09");
  check_date("Officials said Monday that the season starts in September.", "September", "2025-09");
  check_date("The museum reopens in September.", "September", "2025-09");
  // Its past: the last one.
  check_date("Officials said the museum reopened in September.", "September", "2024-09");
  check_date("The season started in September.", "September", "2024-09");
}

TEST_CASE("a journey's verb in the present is a timetable's") {
  // DCT Friday 2024-11-15: the last Wednesday is nearer.
  check_date("The president arrives in Paris on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The team leaves for Tokyo on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The president departs for Asia on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The ship sails on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The probe lands on the moon on Wednesday.", "Wednesday", "2024-11-20");
  // The past and the noun: the last one.
  check_date("The president arrived in Paris on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The president left for Asia on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The leaves on Wednesday were brown.", "Wednesday", "2024-11-13");
}

TEST_CASE("a timetable verb looks ahead past a bare object or one after 'on' or 'to'") {
  // DCT Friday 2024-11-15: the last Tuesday, Wednesday and Thursday are nearer.
  check_date("The band plays Wembley on Wednesday.", "Wednesday", "2024-11-20");
  check_date("Real Madrid face Bayern Munich on Tuesday.", "Tuesday", "2024-11-19");
  check_date("He faces trial on Wednesday.", "Wednesday", "2024-11-20");
  check_date("Hospital staff face questions on Wednesday.", "Wednesday", "2024-11-20");
  check_date("He faces sentencing on Wednesday.", "Wednesday", "2024-11-20");
  check_date("Lawmakers vote on the bill on Thursday.", "Thursday", "2024-11-21");
  check_date("The show returns to television on Wednesday.", "Wednesday", "2024-11-20");
  check_date("Lawmakers return to the Capitol on Wednesday.", "Wednesday", "2024-11-20");
  // The past, the noun, and a market's result stay on the last one.
  check_date("The band played Wembley on Wednesday.", "Wednesday", "2024-11-13");
  check_date("Hospital staff faced questions on Wednesday.", "Wednesday", "2024-11-13");
  check_date("Lawmakers voted on the bill on Thursday.", "Thursday", "2024-11-14");
  check_date("Lawmakers returned to the Capitol on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The votes on the bill on Thursday were close.", "Thursday", "2024-11-14");
  check_date("Stocks close trading higher on Wednesday.", "Wednesday", "2024-11-13");
}

TEST_CASE("a market report's result told in the present is a headline's past") {
  // DCT Friday 2024-11-15: the coming Sunday and Monday are nearer (or as near) than the last.
  check_date("Stocks close higher on Sunday.", "Sunday", "2024-11-10");
  check_date("The Dow ends the week lower on Monday.", "Monday", "2024-11-11");
  check_date("Oil trades flat on Sunday.", "Sunday", "2024-11-10");
  // A timetable's verb ("opens") telling a market's result is no timetable.
  check_date("Wall Street opens higher on Monday.", "Monday", "2024-11-11");
  check_date("Shares open the session lower on Monday.", "Monday", "2024-11-11");
  check_date("The museum opens on Monday.", "Monday", "2024-11-18");
  // A forecast looks ahead.
  check_date("Stocks are expected to close higher on Sunday.", "Sunday", "2024-11-17");
  check_date("Stocks will close higher on Sunday.", "Sunday", "2024-11-17");
}

TEST_CASE("a weekday in a headline's present is the one just gone") {
  // DCT Friday 2024-11-15: the coming Sunday and Monday are nearer (or as near) than the last.
  check_date("Storm hits coast Sunday", "Sunday", "2024-11-10");
  check_date("Apple unveils new iPhone Monday", "Monday", "2024-11-11");
  // A timetable's verb looks ahead; so does running text, and a headline's "to".
  check_date("Polls close Sunday", "Sunday", "2024-11-17");
  check_date("The storm hits the coast Sunday, forecasters say.", "Sunday", "2024-11-17");
  check_date("Apple to unveil new iPhone Monday", "Monday", "2024-11-18");
  check_date("Investors sell the bonds Sunday", "Sunday", "2024-11-10");
  // An order's or a notice's deadline looks ahead, as a timetable's phrasal verb does.
  check_date("Return the forms by Thursday", "Thursday", "2024-11-21");
  check_date("Submit claims until Wednesday", "Wednesday", "2024-11-20");
  check_date("Applications are due by Thursday.", "Thursday", "2024-11-21");
  // A bound opening its sentence may sum up a story in the present.
  check_date("By Thursday, the death toll stands at 40.", "Thursday", "2024-11-14");
  check_date("Final kicks off Thursday", "Thursday", "2024-11-21");
}

TEST_CASE("a planned act or a market's result in a headline is the nearer day") {
  // DCT Friday 2024-11-15: Sunday two days ahead, five back; Monday three ahead, four back;
  // Wednesday five ahead, two back. A market's result is the last when about as near.
  check_date("Pope visits flood victims Sunday", "Sunday", "2024-11-17");
  check_date("Biden hosts Modi Sunday", "Sunday", "2024-11-17");
  check_date("Senate votes on budget Monday", "Monday", "2024-11-18");
  check_date("Pope visits flood victims Wednesday", "Wednesday", "2024-11-13");
  check_date("Markets open lower Monday", "Monday", "2024-11-11");
  {
    // Said on a Saturday: Monday two days ahead, five back.
    const auto monday =
        annalist::test::expression(annalist::test::tag("Markets open lower Monday", "2026-05-16"), "Monday");
    REQUIRE(monday);
    CHECK(monday->value == "2026-05-18");
  }
  // News that no one schedules stays the day gone; a market's result in running text too.
  check_date("Quake shakes Tokyo Sunday", "Sunday", "2024-11-10");
  check_date("Stocks close higher on Sunday.", "Sunday", "2024-11-10");
}

TEST_CASE("a present state reached by a day is the day gone") {
  // DCT Friday 2024-11-15.
  check_date("Shares are up 5% by Wednesday.", "Wednesday", "2024-11-13");
  check_date("Oil is down 3 percent by Thursday.", "Thursday", "2024-11-14");
  check_date("The strike is over by Monday.", "Monday", "2024-11-11");
  // A plan, a duty or a modal looks ahead.
  check_date("Prices are expected to rise by Wednesday.", "Wednesday", "2024-11-20");
  check_date("Applications are due by Wednesday.", "Wednesday", "2024-11-20");
  check_date("The strike should be over by Monday.", "Monday", "2024-11-18");
}

TEST_CASE("a timetable's act told with its particle looks ahead") {
  // DCT Friday 2024-11-15: the last Thursday and Wednesday are nearer than the coming ones.
  check_date("The tour kicks off in Dublin on Thursday.", "Thursday", "2024-11-21");
  check_date("The match kicks off at 8 on Thursday.", "Thursday", "2024-11-21");
  check_date("The ceremony takes place on Wednesday.", "Wednesday", "2024-11-20");
  check_date("The final goes ahead on Thursday.", "Thursday", "2024-11-21");
  check_date("The tournament gets under way on Wednesday.", "Wednesday", "2024-11-20");
  check_date("Voting wraps up on Thursday.", "Thursday", "2024-11-21");
  // Told in the past, the last such day.
  check_date("The ceremony took place on Thursday.", "Thursday", "2024-11-14");
  check_date("The tour kicked off in Dublin on Thursday.", "Thursday", "2024-11-14");
}

TEST_CASE("going on sale, on strike or to a place, told in the present, looks ahead") {
  // DCT Friday 2024-11-15: the last Thursday and Wednesday are nearer than the coming ones.
  check_date("Tickets go on sale on Thursday.", "Thursday", "2024-11-21");
  check_date("The new phone goes on sale on Wednesday in 40 countries.", "Wednesday", "2024-11-20");
  check_date("Nurses go on strike Thursday over pay.", "Thursday", "2024-11-21");
  check_date("The painting goes on display on Wednesday.", "Wednesday", "2024-11-20");
  check_date("Fans go to the stadium on Thursday for the last home game.", "Thursday", "2024-11-21");
  // Told in the past, the last such day; "go on" before a verbal noun is to continue, and an amount
  // that goes up is no timetable.
  check_date("Tickets went on sale on Thursday.", "Thursday", "2024-11-14");
  check_date("Shares go on trading as usual on Thursday.", "Thursday", "2024-11-14");
  check_date("Prices go up on Thursday, the company said.", "Thursday", "2024-11-14");
}

TEST_CASE("a holiday a past run-up led to is the coming one when it is near") {
  // DCT 2024-11-15: Thanksgiving (28 November) is 13 days ahead, Christmas 40.
  check_date("Airports were crowded ahead of Thanksgiving.", "Thanksgiving", "2024-11-28");
  check_date("Shops were busy ahead of Christmas.", "Christmas", "2023-12-25");
  check_date("Airports were crowded after Thanksgiving.", "Thanksgiving", "2023-11-23");
}

TEST_CASE("a weekday after a past commitment and its object is the day it was made") {
  // DCT Friday 2024-11-15: the coming Sunday and Saturday are nearer.
  check_date("Microsoft agreed to buy Activision on Sunday.", "Sunday", "2024-11-10");
  check_date("The board voted to cut the dividend on Saturday.", "Saturday", "2024-11-09");
  check_date("The company agreed to sell its unit to Holcim on Sunday.", "Sunday", "2024-11-10");
  // A longer object and a "to"-phrase between change nothing.
  check_date("Nestle agreed to sell its water business to a private equity group on Sunday.", "Sunday", "2024-11-10");
  check_date("Unilever agreed to sell its ice cream unit to a consortium of investors on Saturday.", "Saturday",
             "2024-11-09");
  // What is committed to lies ahead: with nothing between, in the present perfect, as a deadline.
  check_date("The two leaders agreed to meet on Monday.", "Monday", "2024-11-18");
  check_date("The union has agreed to strike on Monday.", "Monday", "2024-11-18");
  check_date("The firm agreed to repay the loan by Monday.", "Monday", "2024-11-18");
  check_date("The board agreed to cut prices in May.", "May", "2025-05");
}

TEST_CASE("a season after the opening its clause as the subject is the current or last one") {
  check_date("The summer was the driest since records began in 1884.", "The summer", "2024-SU");
  check_date("The spring has been unusually wet.", "The spring", "2024-SP");
  // Names, and "fall" the noun, are no season.
  check_untagged("The Summer Olympics open in Paris.", "Summer");
  check_untagged("Tourists crowded the Summer Palace.", "Summer");
  check_untagged("She sang at the Winter Garden Theatre last week.", "Winter");
  check_date("They fought in the Spring Offensive in March.", "Spring", "2024-SP");
  // A capitalised season before "of" and its year right after a verb is a song's or a book's title.
  check_untagged("Bryan Adams released Summer of '69 in 1985.", "Summer");
  CHECK(found_in("It happened in the summer of 1969.", "the summer of 1969").value == "1969-SU");
  CHECK(found_in("He recalled the Summer of 1969.", "the Summer of 1969").value == "1969-SU");
  check_untagged("The fall was steep.", "fall");
}

TEST_CASE("a season naming the Olympic or Paralympic Games is no season") {
  check_untagged("She won gold at the Winter Olympics in Sochi.", "Winter");
  check_untagged("He competed at the Summer Games in Paris.", "Summer");
  check_untagged("She won two medals at the summer Paralympics.", "summer");
  check_untagged("The next Winter Games will be held in Italy.", "The next Winter");
  CHECK(found_in("The next Summer Games will be held in Los Angeles in 2028.", "2028").value == "2028");
  // The season itself, and another name's season, stay.
  check_date("Athletes train through the winter for the Games.", "the winter", "2024-WI");
  check_date("Next summer the team will tour Australia.", "Next summer", "2025-SU");
  check_date("They fought in the Spring Offensive in March.", "Spring", "2024-SP");
}

TEST_CASE("a date word that begins a name or a compound naming no day is no date") {
  // A holiday before a name's noun.
  check_untagged("Easter Island lies in the Pacific.", "Easter");
  check_untagged("Christmas Island is an Australian territory.", "Christmas");
  check_untagged("The Good Friday Agreement was signed in April 1998.", "Good Friday");
  check_date("Shops close early on Christmas Eve.", "Christmas Eve", "2024-12-24");
  check_date("On Christmas Day Pope Leo will speak in Rome.", "Christmas Day", "2024-12-25");
  // A month alone before a family name, after no word of time.
  check_untagged("April Ryan asked the first question.", "April");
  check_date("In April Congress passed the bill.", "April", "2024-04");
  // After a person's title or a verb taking a person, as at a sentence's start; not after another
  // word, nor before an event the month dates.
  check_untagged("He met April Ryan in Washington.", "April");
  check_untagged("Actress June Squibb won an award in 2014.", "June");
  check_date("Until May Britain was in the union.", "May", "2024-05");
  check_date("A pre-war February Peace Conference met in Washington.", "February", "2024-02");
  check_date("The benchmark December Brent contract rose 2 percent.", "December", "2024-12");
  CHECK(found_in("Investors awaited December Fed minutes.", "December").type == TimexType::date);
  // A month after "the" before a place's name of two or three capitalised words, not a thing the
  // month dates.
  check_untagged("The August Wilson Theatre reopened in October.", "August");
  check_date("The October Chinese intervention surprised them.", "October", "2024-10");
  check_date("The August Wilson Theatre reopened in October.", "October", "2024-10");
  check_date("The October War ended in a ceasefire.", "October", "2024-10");
  CHECK(found_in("The December Federal Reserve meeting ended.", "December").type == TimexType::date);
  // A year after "the" opening a body's name.
  check_untagged("The 1922 Committee met on Wednesday.", "1922");
  check_date("The 1922 Committee met on Wednesday.", "Wednesday", "2024-11-13");
  check_date("The 1922 election was close.", "1922", "1922");
  check_untagged("The 1619 Project won a Pulitzer in 2020.", "1619");
  check_date("The 2025 Club World Cup starts in June.", "2025", "2025");
  // A weekday with its part of the day capitalised before another capitalised word.
  check_untagged("Friday Night Lights was filmed in Texas.", "Friday");
  check_untagged("Monday Night Football drew record ratings.", "Monday");
  check_untagged("He said on CBS Sunday Morning that the talks had stalled.", "Sunday");
  CHECK(found_in("He said on CBS Sunday morning that the talks had stalled.", "Sunday morning").value ==
        "2024-11-10TMO");
  CHECK(annalist::test::expression(annalist::test::tag("The storm will hit on Saturday night.", dct), "Saturday night")
            ->value == "2024-11-16TNI");
  // A weekday after "the" before a capitalised word, or making a kind of a noun.
  check_untagged("The Sunday Times reported the story on Monday.", "Sunday");
  check_untagged("She taught Sunday school for 20 years.", "Sunday");
  check_untagged("They were dressed in their Sunday best.", "Sunday");
  check_date("The paper came out on Sunday.", "Sunday", "2024-11-10");
  // "Post" capitalised, not "Post-war", is a paper's word; so is a name's word after "Midnight".
  check_untagged("She wrote for the Saturday Evening Post in 1950.", "Saturday Evening");
  check_untagged("He told the Sunday Post that he would quit.", "Sunday");
  check_untagged("The Midnight Express film was banned in 1978.", "Midnight");
  check_untagged("Midnight Oil played Sydney on Friday.", "Midnight");
  check_untagged("He watched the BBC's Six O'Clock News on Monday.", "Six O'Clock");
  CHECK(found_in("The show starts at six o'clock.", "six o'clock").value == "2024-11-15T06:00");
  CHECK(found_in("The strike begins at Midnight GMT.", "Midnight GMT").value == "2024-11-15T00:00");
  CHECK(found_in("They met on Saturday evening.", "Saturday evening").value == "2024-11-09TEV");
  // A capitalised season after a year, before a name: the year alone.
  check_date("The 2026 Winter Olympics open in Milan.", "2026", "2026");
  check_untagged("The 2026 Winter Olympics open in Milan.", "Winter");
  // A headline in title case capitalises every word.
  CHECK(annalist::test::expression(
            annalist::test::tag("Storm Expected to Hit Coast Saturday Night With Heavy Rain", dct), "Saturday Night")
            ->value == "2024-11-16TNI");
}

TEST_CASE("a relative expression capitalising a word no running text capitalises is a title") {
  check_untagged("Roland Emmerich directed The Day After Tomorrow, a disaster film.", "Day After Tomorrow");
  check_untagged("John Oliver mocked the plan on Last Week Tonight.", "Last Week");
  check_untagged("David Bowie surprised fans with The Next Day, his first album in years.", "Next Day");
  check_untagged("Radio stations played Last Christmas more than any other song.", "Last Christmas");
  check_untagged("Critics praised The Last Days, a documentary about the Holocaust.", "Last Days");
  check_untagged("The Coming Year, an exhibition of new work, opens at the gallery.", "Coming Year");
  check_untagged("She reviewed A Week Ago Tuesday, a new play.", "Week Ago");
  check_untagged("Fans streamed Christmas Every Day and other holiday songs.", "Every Day");
  check_untagged("The band premiered The Night Before Christmas at the Apollo.", "Night Before Christmas");
  CHECK(found_in("Shoppers were out on the night before Christmas.", "the night before Christmas").value ==
        "2023-12-24TNI");
  check_date("Stores open the day after Christmas Day.", "the day after Christmas Day", "2024-12-26");
  // After a count the unit is a length's: "5 Days ago" stays the date.
  check_date("The deal closed 5 Days ago.", "5 Days ago", "2024-11-10");
  // A sentence's first word is capitalised anyway; a capitalised word after it is not.
  check_untagged("Next Week, the board meets to approve the merger.", "Next Week");
  check_date("Next week, the board meets to approve the merger.", "Next week", "2024-W47");
  check_date("Last Christmas, we went skiing in Colorado.", "Last Christmas", "2023-12-25");
  check_date("Sales were weaker than last Christmas, the retailer said.", "last Christmas", "2023-12-25");
  check_date("Stores expect record crowds this Christmas.", "this Christmas", "2024-12-25");
  check_date("We will know the day after tomorrow.", "the day after tomorrow", "2024-11-17");
  check_date("Next Monday, the new rules take effect.", "Next Monday", "2024-11-18");
  CHECK(annalist::test::expression(annalist::test::tag("Farmers hope for rain this Spring.", dct), "this Spring"));
  CHECK(annalist::test::expression(annalist::test::tag("The show returns This Fall on NBC.", dct), "This Fall"));
  // No shorter length is left of the title: "A Year Ago Today," tags nothing.
  CHECK(annalist::test::tag("A Year Ago Today, the quake struck.", dct).empty());
  // A headline in title case capitalises every word.
  check_date("Senate Expected to Vote on Budget Next Week", "Next Week", "2024-W47");
}

TEST_CASE("a date after a capitalised The inside a sentence is a title") {
  check_untagged("Alice chased The March Hare through the garden.", "March");
  check_date("The March jobs report was weak.", "March", "2024-03");
}

TEST_CASE("a holiday before the noun of a work or joined to an adjective's ending names no day") {
  check_untagged("The Independence Day sequel flopped at the box office.", "Independence Day");
  check_untagged("Fans lined up for the Independence Day film's anniversary screening.", "Independence Day");
  check_untagged("The parade had a Thanksgiving-like feel.", "Thanksgiving");
  check_untagged("The mall unveiled a Christmas-themed window display.", "Christmas");
  check_untagged("Her Halloween-inspired collection debuted in Paris.", "Halloween");
  check_date("Fireworks are planned for Independence Day in most towns.", "Independence Day", "2025-07-04");
  check_date("The studio will move its Christmas Day film release to January.", "Christmas Day", "2024-12-25");
  check_date("Retailers are bracing for a busy Black Friday.", "Black Friday", "2024-11-29");
}

TEST_CASE("a paper or programme named by a frequency or a capitalised unit is no time") {
  check_untagged("The Daily Mail reported the story on Monday.", "Daily");
  check_untagged("China Daily said the plan would be approved.", "Daily");
  check_untagged("The Weekly Standard closed in 2018.", "Weekly");
  check_untagged("She told ABC's This Week that she would run.", "This Week");
  check_untagged("Rupert Murdoch sold 21st Century Fox in 2019.", "21st Century");
  // In lower case, the noun before the paper's name.
  check_untagged("The Communist Party daily Granma compared Elian with Che Guevara.", "daily");
  check_untagged("The French daily Le Monde reported the talks.", "daily");
  check_untagged("The business weekly Barron's said the fund was closing.", "weekly");
  // The frequency and the period themselves stay.
  CHECK(annalist::test::expression(annalist::test::tag("Daily, the paper sells 1,000 copies.", dct), "Daily"));
  CHECK(annalist::test::expression(annalist::test::tag("Flights run daily Monday through Friday.", dct), "daily"));
  CHECK(annalist::test::expression(annalist::test::tag("Average daily U.S. output fell 2%.", dct), "daily"));
  check_date("The vote is due this week.", "this week", "2024-W46");
  check_date("Prices rose throughout the 21st Century.", "the 21st Century", "20");
}

TEST_CASE("a title that says a capitalised unit or ends in Sunday is no length and no date") {
  // A count before its capitalised unit inside a sentence.
  check_untagged("He told 60 Minutes on Sunday that he would run again.", "60 Minutes");
  check_date("He told 60 Minutes on Sunday that he would run again.", "Sunday", "2024-11-10");
  check_untagged("12 Years a Slave opened in October 2013.", "12 Years");
  check_untagged("Twelve Years a Slave won best picture in 2014.", "Twelve Years");
  // A capitalised count after "the", an article before a capitalised unit, "The" and "of" inside a
  // sentence.
  check_untagged("He stayed at the Four Seasons hotel on Tuesday.", "Four Seasons");
  check_untagged("They watched Eight Days a Week last night.", "a Week");
  check_untagged("He read A Year in Provence on holiday.", "A Year");
  check_untagged("Her book The Year of Magical Thinking won a prize in 2005.", "The Year");
  CHECK(found_in("He played four seasons at the club.", "four seasons").value == "P4Y");
  // A count in words capitalised after a capitalised word ends a name before a unit in lower case.
  check_untagged("The Formula One season starts in March.", "One season");
  check_untagged("He flew on Air Force One days after the vote.", "One days");
  // Not after a word opening the sentence.
  CHECK(found_in("The Six-Day War ended in June.", "Six-Day").value == "P6D");
  // "of" and a capitalised possessive or season go on with a title.
  check_untagged("500 Days of Summer was released in 2009.", "Days");
  check_untagged("500 Days of Summer was released in 2009.", "Summer");
  check_untagged("Days of Our Lives was renewed on Monday.", "Days");
  CHECK(found_in("He survived 57 Days of Hell.", "57 Days").value == "P57D");
  CHECK(found_in("Months of Russian shelling destroyed the town.", "Months").value == "PXM");
  // "the" after "of" or "The" inside a sentence before a capitalised unit.
  check_untagged("Time named her Person of the Year in December.", "the Year");
  check_date("Time named her Person of the Year in December.", "December", "2023-12");
  check_untagged("He was named Player of the Month for February.", "the Month");
  check_untagged("She won Employee of the Week twice last year.", "the Week");
  check_untagged("He told The Week that he would resign.", "The Week");
  // An award given by a naming verb and one noun, in lower case too; a part of the year stays.
  check_untagged("She was named player of the year on Monday.", "the year");
  check_untagged("He was named rookie of the month for February.", "the month");
  check_untagged("He won coach of the year in 2019.", "the year");
  // Without a naming verb: before the award's word, or after a noun only awards make so.
  check_untagged("She received the teacher of the year award in 2024.", "the year");
  check_untagged("The dictionary chose rizz as its word of the year.", "the year");
  check_untagged("The record was album of the year at the Grammys.", "the year");
  check_date("It was the best album of the year.", "the year", "2024");
  // A short sentence with a lower-case verb is running text, not a headline in title case.
  check_untagged("She won Sports Personality of the Year in December.", "the Year");
  check_date("It was the hottest day of the year.", "the year", "2024");
  check_date("The team won most of the year.", "the year", "2024");
  check_date("The firm won a share of the year's sales.", "the year", "2024");
  check_untagged("The Week magazine reported the story in January.", "The Week");
  check_date("The week ahead looks calm.", "The week", "2024-W46");
  // A paper or a programme that ends in Sunday.
  check_untagged("The Mail on Sunday reported the claims last month.", "Sunday");
  check_untagged("He wrote in the Independent on Sunday last year.", "Sunday");
  check_untagged("He told Fox News Sunday that talks would resume next week.", "Sunday");
  check_date("He told the Senate on Sunday that talks would resume.", "Sunday", "2024-11-10");
  // Lengths and dates in lower case, a period named for the event it lasted, the Year I of the
  // French republican calendar and a headline in title case stay.
  CHECK(found_in("The meeting lasted 60 minutes.", "60 minutes").value == "PT60M");
  CHECK(found_in("He spent twelve years in prison.", "twelve years").value == "P12Y");
  CHECK(found_in("France's role in the Seven Years War strained its finances.", "the Seven Years").value == "P7Y");
  CHECK(found_in("Sales rose in the last month of the year.", "the last month of the year").value == "2023-12");
  CHECK(found_in("Profits Rose 60 Minutes After Opening Bell", "60 Minutes").value == "PT60M");
}

TEST_CASE("the end of the year told in the past after a sentence timed by a past year is that year's") {
  check_part("The war began in 2019. By the end of the year the city had been occupied.", "the end of the year", "2019",
             "END");
  // In the present or the future, the DCT's year.
  check_part("The company expects a profit by the end of the year.", "the end of the year", "2024", "END");
  check_part("The war began in 2019. The company expects a profit by the end of the year.", "the end of the year",
             "2024", "END");
}

TEST_CASE("now after will or a modal leaves the future tense") {
  check_date("The tournament will now get under way in September.", "September", "2025-09");
  check_date("Talks will now resume in October.", "October", "2025-10");
}

TEST_CASE("the weekend of a day is the weekend of its week") {
  check_date("The festival will be held on the weekend of 14-15 June.", "the weekend of 14-15 June", "2025-W24-WE");
  check_date("The festival will be held on the weekend of June 14.", "the weekend of June 14", "2025-W24-WE");
}

TEST_CASE("this coming, a week on and a weekday week name the weekday ahead and the one after it") {
  check_date("The vote is this coming Thursday.", "this coming Thursday", "2024-11-21");
  check_date("The inquiry reports a week on Wednesday.", "a week on Wednesday", "2024-11-27");
  check_date("The inquiry reports a week from Wednesday.", "a week from Wednesday", "2024-11-27");
  check_date("The hearing resumes Tuesday week.", "Tuesday week", "2024-11-26");
  // A numbered week of a season is no such day.
  check_date("Monday week 3 fixtures were postponed.", "Monday", "2024-11-11");
}

TEST_CASE("this past names the last such period, with this in the tag") {
  check_date("The vote was held this past Sunday.", "this past Sunday", "2024-11-10");
  check_date("Sales slowed this past spring.", "this past spring", "2024-SP");
  check_date("Prices rose this past week.", "this past week", "2024-W45");
  const TimeExpression decade = found_in("Over this past decade, rates have climbed.", "this past decade");
  CHECK(decade.type == TimexType::duration);
  CHECK(decade.value == "P1DE");
}

TEST_CASE("a fortnight on a weekday and a weekday fortnight are two weeks after the coming weekday") {
  check_date("The results are due a fortnight on Wednesday.", "a fortnight on Wednesday", "2024-12-04");
  check_date("The shop reopens Tuesday fortnight.", "Tuesday fortnight", "2024-12-03");
}

TEST_CASE("a clock reading after in, or to the second after no clock preposition, is a running time") {
  check_untagged("She won the marathon in 2:03:45.", "2:03:45");
  check_untagged("His best time is 2:01:09, set in Berlin.", "2:01:09");
  check_untagged("She clocked 2:09:56 in Chicago.", "2:09:56");
  check_untagged("He finished third in 2:05 flat.", "2:05");
  // The time a distance is run in.
  check_untagged("He ran a 3:43 mile.", "3:43");
  check_untagged("She is aiming for a 2:05 marathon.", "2:05");
  // A game clock counting down.
  check_untagged("Mahomes threw a touchdown with 2:30 left in the game.", "2:30");
  check_untagged("The Celtics led by two with 0:45 remaining.", "0:45");
  // The day after it is still the day.
  check_date("She won the marathon in 2:03:45 on Sunday.", "Sunday", "2024-11-10");
  // After a clock preposition, or with am/pm, it is a time of day.
  CHECK(found_in("The quake struck at 2:03:45.", "2:03:45").type == TimexType::time);
  CHECK(found_in("The quake struck 2:03:45 am.", "2:03:45 am").type == TimexType::time);
}

TEST_CASE("a 24-hour reading with a dot is a time next to a day, a decimal or price alone") {
  const TimeExpression t = found_in("The final starts on Sunday at 15.00.", "Sunday at 15.00");
  CHECK(t.type == TimexType::time);
  CHECK(t.value == "2024-11-17T15:00");
  check_untagged("Shares closed at 17.30.", "17.30");
  check_untagged("On Sunday 12.50 million viewers watched.", "12.50");
}

TEST_CASE("a short regular past such as died dates a weekday before the document date") {
  // DCT Friday 2024-11-15.
  check_date("The author died on Sunday.", "Sunday", "2024-11-10");
  check_date("The two teams tied on Tuesday.", "Tuesday", "2024-11-12");
  check_date("They need it on Sunday.", "Sunday", "2024-11-17");
}

TEST_CASE("a coming into force in the present looks ahead whatever an aside before it tells") {
  // DCT Friday 2024-11-15.
  check_date("The law, passed in 2021, takes effect on 1 July.", "1 July", "2025-07-01");
  check_date("The treaty, signed in 2019, enters into force from 1 July.", "1 July", "2025-07-01");
  check_date("The rules came into force on 1 July.", "1 July", "2024-07-01");
  // A past verb dated by a month of its own before the expression dates no later one: the coming
  // December (the nearest), not the last.
  check_date("The plan that was approved in March takes effect in December.", "December", "2024-12");
  check_date("The rule was approved in March and took effect in December.", "December", "2023-12");
  check_date("The plant that closed in March reopened in December.", "December", "2023-12");
}

TEST_CASE("H1 or H2 alone is a half of the year after a preposition of time or before a word of results") {
  check_date("H1 revenue rose 12% to $4.1bn.", "H1", "2024-H1");
  check_date("Margins will improve in H2.", "H2", "2024-H2");
  // Or beside another half of the year in its sentence (was untagged).
  check_date("First-half profit rose 5 percent, and the company expects H2 to be stronger.", "H2", "2024-H2");
  check_date("Management expects H2 to beat the first half.", "H2", "2024-H2");
  // Elsewhere a visa, a heading or a strain; a half of no year, a gas, a section.
  for (const char* text :
       {"She applied for an H1-B visa.", "The H1 heading is bold.", "The H1N1 virus spread.",
        "Rates rose by half a percentage point, and H2 was fitted.", "The lab measured H2O and CO2 levels.",
        "Fill in section H2 of the form.", "Hydrogen (H2) could fuel trucks."})
    CHECK(annalist::test::tag(text, dct).empty());
}

TEST_CASE("year-to-date and YTD are the current year, month-to-date the current month") {
  check_date("The index is up 8% year-to-date.", "year-to-date", "2024");
  check_date("Shares have gained 20% YTD.", "YTD", "2024");
  check_date("Sales are down 3% month-to-date.", "month-to-date", "2024-11");
  // With its article, the article in the tag (was "the year" alone).
  check_date("Revenue for the year to date rose 4%.", "the year to date", "2024");
}

TEST_CASE("March or May before the figures it dates is the month even opening a sentence") {
  check_date("March CPI rose 0.4%, the data showed.", "March", "2024-03");
  check_date("May payrolls beat forecasts.", "May", "2024-05");
  // The verbs stay verbs.
  CHECK(annalist::test::tag("March to the square, they said.", dct).empty());
  CHECK(annalist::test::tag("May God bless you.", dct).empty());
}

TEST_CASE("the March ending its sentence or before a route's preposition is a march, no month") {
  CHECK(annalist::test::tag("There were no major battles along the March.", dct).empty());
  CHECK(annalist::test::tag("The March to the Sea ended at Savannah.", dct).empty());
  CHECK(annalist::test::tag("Mussolini seized power after the March on Rome.", dct).empty());
  // Before a noun, a year or another month it is the month.
  check_date("The plan was agreed at the March meeting.", "March", "2024-03");
  check_date("Figures for the March meeting and the June one were revised.", "March", "2024-03");
  // Before another month and a word of a period, the range of its months (rules_calendar.cpp).
  const TimeExpression months =
      found_in("Figures for the March to June period were revised.", "the March to June period");
  CHECK(months.value == "2024-03");
  CHECK(months.range_begin == "2024-03");
  CHECK(months.range_end == "2024-06");
}

TEST_CASE("the weeks ahead and the years to come are a stretch of unknown length from now on") {
  for (const auto& [text, phrase, value] :
       {std::tuple{"Growth will remain subdued in the months ahead.", "the months ahead", "PXM"},
        std::tuple{"Debt is projected to stabilise in the years ahead.", "the years ahead", "PXY"},
        std::tuple{"Talks will continue in the weeks ahead.", "the weeks ahead", "PXW"},
        std::tuple{"The reforms will pay off in the years to come.", "the years to come", "PXY"},
        std::tuple{"Warming will continue for decades to come.", "decades to come", "PXDE"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::duration);
    CHECK(t.value == value);
  }
  // "ahead of" times by an event; a year ahead is no stretch of years.
  check_untagged("Officials said the days ahead of the vote would be tense.", "ahead");
  check_untagged("The road ahead is long.", "ahead");
}

TEST_CASE(
    "semi-annually, triennially and each fiscal year are sets, and annually is not read inside a hyphenated word") {
  for (const auto& [text, phrase, value] :
       {std::tuple{"The report is updated semi-annually.", "semi-annually", "P6M"},
        std::tuple{"The inventory is updated triennially.", "triennially", "P3Y"},
        std::tuple{"Interest is paid bi-annually.", "bi-annually", "P6M"},
        std::tuple{"The newsletter appears bi-monthly.", "bi-monthly", "P2M"},
        std::tuple{"Accounts are audited each fiscal year.", "each fiscal year", "P1Y"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::set);
    CHECK(t.value == value);
  }
}

TEST_CASE("a day counted from an event the phrase names is no date") {
  check_untagged("This Regulation shall enter into force on the twentieth day following that of its publication.",
                 "the twentieth day");
  check_untagged("The results are due on the third day after the vote.", "the third day");
  // Alone it is still a day of the event the story tells, in news the document's.
  check_date("On the third day, the rebels withdrew.", "the third day", "2024-11-15");
}

TEST_CASE("a day without its year before each or every year is that day of any year") {
  for (const auto& [text, phrase, value, quant] :
       {std::tuple{"Member States shall report by 15 March of each year.", "15 March of each year", "XXXX-03-15",
                   "EACH"},
        std::tuple{"The data are published by 30 June every year.", "30 June every year", "XXXX-06-30", "EVERY"},
        std::tuple{"Plans are due on March 31 each year.", "March 31 each year", "XXXX-03-31", "EACH"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::set);
    CHECK(t.value == value);
    CHECK(t.quant == quant);
  }
  // With its year it is that day, and the year a set of its own.
  check_date("The law of 15 March 2025 requires a report each year.", "15 March 2025", "2025-03-15");
}

TEST_CASE("a day without its year after every or each is that day of any year") {
  for (const auto& [text, phrase, value, quant] :
       {std::tuple{"The town holds a parade every July 4.", "every July 4", "XXXX-07-04", "EVERY"},
        std::tuple{"The bill is paid each March 15.", "each March 15", "XXXX-03-15", "EACH"},
        std::tuple{"Fireworks are set off every 4th of July.", "every 4th of July", "XXXX-07-04", "EVERY"},
        std::tuple{"Rents rise every 1 April.", "every 1 April", "XXXX-04-01", "EVERY"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::set);
    CHECK(t.value == value);
    CHECK(t.quant == quant);
  }
  // A month alone stays the month of any year.
  const TimeExpression month = found_in("Sales peak each July.", "each July");
  CHECK(month.type == TimexType::set);
  CHECK(month.value == "XXXX-07");
}

TEST_CASE("two days of the month without its name are a range in the month the text is in") {
  // DCT 2024-11-15.
  check_range("The art fair runs from the 19th to the 22nd.", "from the 19th to the 22nd", TimexType::date,
              "2024-11-19", "2024-11-22");
  check_range("Schools will be closed between the 25th and the 29th.", "between the 25th and the 29th", TimexType::date,
              "2024-11-25", "2024-11-29");
  // With the month after them, the month's days; ranks before their noun are none.
  check_range("The fair ran from the 13th to the 15th July.", "from the 13th to the 15th July", TimexType::date,
              "2024-07-13", "2024-07-15");
  check_untagged("The bill moved from the 12th to the 15th place.", "the 12th");
  // A preposition may follow; days spelt out are more often places ranked.
  check_range("The festival runs from the 19th to the 22nd in Paris.", "from the 19th to the 22nd", TimexType::date,
              "2024-11-19", "2024-11-22");
  check_untagged("The team climbed from the second to the fourth in the standings.", "the second");
}

TEST_CASE("the light's turn after by or until is the evening or morning it opens") {
  // DCT 2024-11-15.
  const TimeExpression nightfall = found_in("Rescuers hope to reach the climbers by nightfall.", "nightfall");
  CHECK(nightfall.type == TimexType::time);
  CHECK(nightfall.value == "2024-11-15TEV");
  const TimeExpression dawn = found_in("The storm will rage until dawn.", "dawn");
  CHECK(dawn.value == "2024-11-16TMO");
  const TimeExpression sunset = found_in("The fighting went on until sunset.", "sunset");
  CHECK(sunset.value == "2024-11-15TEV");
  // "first light on" a day, "first thing" a day: the day's start, as "early Tuesday" in TimeBank.
  check_part("The army will attack at first light on Monday.", "first light on Monday", "2024-11-18", "START");
  check_part("We will send the contract first thing tomorrow.", "first thing tomorrow", "2024-11-16", "START");
  check_untagged("The first light bulb was sold in 1880.", "first light");
  // Capitalised, a name: "by Dawn Butler", "until Sunset Boulevard".
  check_untagged("The motion was proposed by Dawn Butler.", "Dawn");
  check_untagged("They drove until Sunset Boulevard.", "Sunset");
}

TEST_CASE("a day of this, the last or the next month in commercial style") {
  // DCT 2024-11-15.
  check_date("We acknowledge your letter of the 3rd instant.", "the 3rd instant", "2024-11-03");
  check_date("Your favour of the 5th ult. has been received.", "the 5th ult.", "2024-10-05");
  check_date("We refer to our letter of the 28th ultimo.", "the 28th ultimo", "2024-10-28");
  check_date("Payment is due on the 2nd prox. at the latest.", "the 2nd prox.", "2024-12-02");
  check_untagged("He left the instant the bell rang.", "instant");
  check_untagged("She studied at the 4th Inst. of Technology.", "the 4th Inst.");
}

TEST_CASE("the Ides of March is March 15, not the film") {
  // DCT 2024-11-15.
  check_date("The vote is scheduled for the Ides of March.", "Ides of March", "2025-03-15");
  check_untagged("We watched \"The Ides of March\" on Saturday.", "Ides of March");
  check_untagged("George Clooney directed the film The Ides of March in 2011.", "Ides of March");
  check_untagged("She watched The Ides of March last night.", "Ides of March");
}

TEST_CASE("a holiday on a fixed day in a year of an era is that day, and a winter of two years said first its own") {
  // DCT 2024-11-15.
  check_date("Caesar was killed on the Ides of March in 44 BC.", "Ides of March in 44 BC", "BC0044-03-15");
  check_date("Charlemagne was crowned on Christmas Day in AD 800.", "Christmas Day in AD 800", "0800-12-25");
  check_date("The 2010-11 winter was the coldest on record.", "The 2010-11 winter", "2010-WI");
}

TEST_CASE("the turn of the year is its end looking ahead, else its start, as the turn of a century is") {
  // DCT 2024-11-15.
  check_part("Prices fell sharply at the turn of the year.", "the turn of the year", "2024", "START");
  check_part("Rates will fall by the turn of the year.", "the turn of the year", "2024", "END");
}

TEST_CASE("a day of each month is no day of the document's") {
  // A week of every quarter is one set with it (below), no week of the document's.
  CHECK(found_in("Reports are filed in the first week of every quarter.", "the first week of every quarter").type ==
        TimexType::set);
  CHECK(found_in("Staff review accounts in the last week of every quarter.", "the last week of every quarter").type ==
        TimexType::set);
  // A weekday of every month is that weekday once a month (a set, tested above); of a named month
  // it is that day.
  check_date("The club met on the first Monday of March.", "the first Monday of March", "2024-03-04");
  // The day itself is one set with its month unknown, no day of the document's.
  const TimeExpression each =
      found_in("Payments are due on the first day of each month.", "the first day of each month");
  CHECK(each.type == TimexType::set);
  CHECK(each.value == "XXXX-XX-01");
}

TEST_CASE("a possessive determiner opening a sentence before a year is no name") {
  check_date("Our 2030 sustainability goals include halving emissions.", "2030", "2030");
  check_date("Their 2024 budget cut spending.", "2024", "2024");
  // A count before a plural noun stays a count; a name before a year still takes it.
  check_untagged("Their 2000 employees went on strike.", "2000");
  check_untagged("Kazakhstan 2050 is the country's strategy.", "2050");
}

TEST_CASE("a number after a noun that numbers things is a label, no year") {
  check_untagged("The quote appears on page 2025 of the report.", "2025");
  check_untagged("The meeting was held in room 2014 of the annex.", "2014");
  check_untagged("Delta flight 1989 was diverted to Cleveland.", "1989");
  check_untagged("Users must upgrade to version 2025 of the software.", "2025");
  check_untagged("He sued under section 1983 of the Civil Rights Act.", "1983");
  check_untagged("The vote on bill 2024 was delayed.", "2024");
  // So is one after a numbering abbreviation and its period.
  check_untagged("The House passed H.R. 2024 on Tuesday.", "2024");
  check_untagged("Case No. 2021 was dismissed.", "2021");
  check_untagged("See p. 2025 of the report.", "2025");
  check_date("The talks ended. 2019 was hard.", "2019", "2019");
  check_date("The U.S. 2020 election was close.", "2020", "2020");
  // A word of time, a verb or a determiner before keeps the year.
  check_date("The page was last edited in 2025.", "2025", "2025");
  check_date("The flight of 1989 was the last.", "1989", "1989");
}

TEST_CASE("figures after a label or glued to a code's capitals are the label's or the code's, no date") {
  // After a numbering abbreviation or a noun that numbers things, a month or a span in figures too.
  check_untagged("See pp. 2008-09 for details.", "2008-09");
  check_untagged("Order part number 2011-05 from the catalogue.", "2011-05");
  check_untagged("The decree (No. 2013-12) took effect.", "2013-12");
  check_untagged("Quote ref. 2012-07 when you write.", "2012-07");
  check_untagged("Resolution 2005-14 was adopted without a vote.", "2005-14");
  check_untagged("Invoice 2012-04 remains unpaid.", "2012-04");
  // Joined by a hyphen to capitals and figures: a product's, a form's, a flight's code.
  check_untagged("The model XK-2008-03 was recalled.", "2008-03");
  check_untagged("The form A-2009 must be filed.", "2009");
  check_untagged("Tickets for flight BA-2012 were cancelled.", "2012");
  // A date word before keeps the date, and a year's prefix, a fiscal year, a quarter are no code.
  check_years("The 2008-09 season was the worst.", "The 2008-09 season", "2008", "2009");
  check_years("Revenue rose in 2008-09.", "2008-09", "2008", "2009");
  check_date("Prices were recorded from 2008-03 onwards.", "2008-03", "2008-03");
  check_date("The bank was ranked No. 1 in 2013.", "2013", "2013");
  check_date("See page 3 of the 2013 report.", "2013", "2013");
  check_date("The agency's FY-2012 budget was cut.", "2012", "2012");
  check_part("The plant was shut from MID-2008.", "MID-2008", "2008", "MID");
  check_untagged("The office still runs Windows 2000.", "2000");
}

TEST_CASE("a number before a street's name is a house number, no year") {
  check_untagged("He lives at 1600 Pennsylvania Avenue in Washington.", "1600");
  check_untagged("The company moved to 2000 Market Street last year.", "2000");
  check_untagged("The protest began at 1999 Broadway on Saturday.", "1999");
  check_untagged("Police were called to the 1900 block of Elm Street.", "1900");
  check_untagged("The shop at 2010 N. Main St. closed.", "2010");
  // After a preposition of time the street is a name in the clause, and a grant of the year a block grant.
  check_date("In 2008 Wall Street banks failed.", "2008", "2008");
  check_date("Since 2010 Main Street has struggled.", "2010", "2010");
  check_date("The 2025 block grant was cut.", "2025", "2025");
}

TEST_CASE("a number before a unit of measure is a measure, no year, whatever word comes before") {
  check_untagged("She won gold in the 1500 metres in 2024.", "1500");
  check_untagged("They finished a 2000 mile trek.", "2000");
  check_untagged("The plane climbed to 2000 feet before turning.", "2000");
  check_untagged("The engine runs at 1800 rpm.", "1800");
  check_untagged("The house has 2000 square feet.", "2000");
  check_untagged("The plant makes 1900 megawatts.", "1900");
  check_untagged("The patient was given 2000 mg of the drug.", "2000");
  check_untagged("The Dow fell by 1999 points in March 2020.", "1999");
  check_untagged("The index could fall to 1900-1950 points.", "1900-1950");
  check_untagged("See pages 2001-2010 of the report.", "2001-2010");
  check_years("Output rose 5% in 2020-2021.", "2020-2021", "2020", "2021");
  check_untagged("Heat it to 2000 degrees for an hour.", "2000");
  // Joined by a hyphen, a count's noun makes a size.
  check_untagged("The 2000-word essay was due in May 2024.", "2000");
  check_untagged("They built a 1999-seat arena.", "1999");
  check_date("The 1990-era cars were recalled.", "1990", "1990");
  // A currency after a word of time is that year's money; a unit joined to what follows is no unit.
  check_date("Prices are given in 2010 dollars.", "2010", "2010");
  check_date("The 2020 points-based system began in 2021.", "2020", "2020");
  check_date("She won gold in the 1500 metres in 2024.", "2024", "2024");
  check_date("The 2000 elections were close.", "2000", "2000");
}

TEST_CASE("a number before a part of a whole or a currency without s is a count") {
  check_untagged("The company sold 2000 of its shares in 2021.", "2000");
  check_untagged("Tickets cost 2025 yen at the gate.", "2025");
  check_date("The company sold 2000 of its shares in 2021.", "2021", "2021");
}

TEST_CASE("a date inside a web address is the address's") {
  check_untagged("The story is at https://www.example.com/news/2025/03/04/report.html today.", "2025/03/04");
  check_untagged("See www.example.com/archive/2024-12-31 for details.", "2024-12-31");
  check_date("The story ran on 2025/03/04 in print.", "2025/03/04", "2025-03-04");
}

TEST_CASE("a transcript's timecode in brackets is no time of day") {
  check_untagged("[00:12:31] MODERATOR: Welcome back to the programme.", "00:12:31");
  check_untagged("Speaker 2 [00:45]: Thanks for having me.", "00:45");
  check_untagged("SMITH (14:02): I disagree with that entirely.", "14:02");
  check_untagged("(00:03:12) Okay, let's begin.", "00:03:12");
  // Before "min" the reading is the recording's length.
  check_untagged("Listen to this article \xC2\xB7 6:12 min", "6:12");
  // A time restated in parentheses, or stamped with its zone, stays a time.
  CHECK(found_in("The train left at 2 p.m. (14:00) on Friday.", "14:00").value == "2024-11-15T14:00");
  CHECK(found_in("[10:42 GMT] The minister has arrived.", "10:42 GMT").value == "2024-11-15T10:42");
}

TEST_CASE("a copyright year and a page's reading time are no date or length") {
  check_untagged("\xC2\xA9 2024 Reuters. All rights reserved.", "2024");
  check_untagged("Copyright \xC2\xA9 2024 The New York Times Company", "2024");
  check_untagged("(c) 2023 Example Media", "2023");
  check_untagged("\xC2\xA9 2020-2024 BBC.", "2020-2024");
  check_untagged("8 minute read", "8 minute");
  check_untagged("By Jane Doe | 12 minutes read", "12 minutes");
  check_date("In 2024 the company was sold.", "2024", "2024");
  CHECK(found_in("The report is an 8 minute read.", "8 minute").value == "PT8M");
}

TEST_CASE("a unit abbreviated with a dot before ago is a counted offset") {
  // As comment threads stamp their posts ("4 hr. ago", "2 yr. ago"; were untagged).
  const TimeExpression hours = found_in("user123 \xC2\xB7 4 hr. ago", "4 hr. ago");
  CHECK(hours.type == TimexType::time);
  CHECK(hours.value == "2024-11-15TXX");
  check_date("Edited 2 yr. ago", "2 yr. ago", "2022");
  check_date("Posted 3 mo. ago", "3 mo. ago", "2024-08");
  check_date("Posted 3 wk. ago", "3 wk. ago", "2024-W43");
  // After a word the dot ends a sentence.
  CHECK(found_in("He left 2 days. Ago is no word here.", "2 days").value == "P2D");
}

TEST_CASE("a tens word joined to second after the or a possessive is an ordinal, no length") {
  check_untagged("The Assembly will consider the item at its eighty-second session.", "eighty-second");
  check_untagged("He was sworn in as the forty-second president.", "forty-second");
  // After "a", and in figures, a length.
  const TimeExpression ad = found_in("The party aired a thirty-second advertisement.", "thirty-second");
  CHECK(ad.type == TimexType::duration);
  CHECK(ad.value == "PT30S");
  CHECK(found_in("The party aired the 30-second ad.", "30-second").value == "PT30S");
}

TEST_CASE("the unit before last is two back from the document's") {
  check_date("The striker has not scored since the week before last.", "the week before last", "2024-W44");
  check_date("The derby was played the weekend before last.", "the weekend before last", "2024-W44-WE");
  check_date("Turnout fell the year before last.", "the year before last", "2022");
  check_date("The ruling came the day before yesterday.", "the day before yesterday", "2024-11-13");
  const TimeExpression night = found_in("The storm hit the night before last.", "the night before last");
  CHECK(night.type == TimexType::time);
  CHECK(night.value == "2024-11-13TNI");
  // A night counted from a weekday said with "last" or "next" is that day's neighbour's night.
  const TimeExpression night_before_day =
      found_in("He left the night before last Tuesday.", "the night before last Tuesday");
  CHECK(night_before_day.type == TimexType::time);
  CHECK(night_before_day.value == "2024-11-11TNI");
  CHECK(found_in("They met the night after next Monday.", "the night after next Monday").value == "2024-11-19TNI");
  check_untagged("The night before the election he slept badly.", "The night before");
  // Two on, as "next weekend" is the next week's.
  check_date("The final will be played the weekend after next.", "the weekend after next", "2024-W48-WE");
  check_date("The final will be played next weekend.", "next weekend", "2024-W47-WE");
  // Before a day or a possessive "last" belongs to what follows.
  check_date("He was seen the day before last Tuesday.", "the day before last Tuesday", "2024-11-11");
  check_date("Prices rose the year before last year's vote.", "last year", "2023");
}

TEST_CASE("this time last year is the document's day a year back") {
  check_date("This time last year the club was bottom of the league.", "This time last year", "2023-11-15");
  check_date("By this time next week the polls will have closed.", "this time next week", "2024-11-22");
  // "this time" alone is still an occasion.
  check_untagged("This time he won.", "This time");
  // After "at" it is the time a story has reached in a narrative, a hedge in news (TimeBank leaves
  // it untagged); never before "of".
  check_untagged("No charges have been filed at this time.", "this time");
  const std::string_view story =
      "In 1973 the last troops left. In 1974 Nixon resigned. At this time, Congress cut financial aid. By 1975 the "
      "army had collapsed, and in 1976 the country was unified.";
  CHECK(found_in(story, "this time").value == "PRESENT_REF");
  check_untagged("Roads are icy at this time of year.", "this time");
}

TEST_CASE("at the same time in a narrative is the time the story has reached, untagged in news") {
  // As precisely as the story named it: a day, a year, before the common era.
  const std::string_view day =
      "The war began in 1965. It widened in 1968, wound down in 1973, and ended in 1975. On 25 April 1975 Minh took "
      "over the government. At the same time, tanks reached Bien Hoa.";
  CHECK(found_in(day, "the same time").value == "1975-04-25");
  const std::string_view year =
      "The French landed in 1830. The revolt came in 1871, the war began in 1954, and independence followed in "
      "1962. In 1956 the army took Algiers. At the same time, Lacoste proposed a new administration.";
  CHECK(found_in(year, "the same time").value == "1956");
  const std::string_view bc =
      "Rome fought Carthage from 264 BC to 241 BC, again from 218 BC to 201 BC, and last in 149 BC. In 221 BC "
      "Hannibal took command. Hasdrubal was assassinated around the same time.";
  CHECK(found_in(bc, "the same time").value == "BC0221");
  // News says it of two things at once (TimeBank and AQUAINT leave it untagged); a likeness is no time.
  check_untagged("Stocks fell on Monday. At the same time, the dollar rose against the yen.", "the same time");
  check_untagged("The two bombs went off at the same time, officials said on Friday.", "the same time");
  const std::string_view likeness =
      "The war began in 1965. It widened in 1968, wound down in 1973, and ended in 1975. Both armies took the same "
      "time to regroup.";
  check_untagged(likeness, "the same time");
  // A verb may follow it, not the noun it qualifies.
  const std::string_view verb =
      "The war began in 1919. Kiev fell in 1920, Warsaw held in 1920, and peace came in 1921. On 2 August 1920 the "
      "Poles fell back, but at the same time opened the way to Warsaw. Both sides broadcast at the same time slot.";
  CHECK(found_in(verb, "the same time").value == "1920-08-02");
  std::size_t same_times = 0;
  for (const auto& t : annalist::test::tag(verb, dct)) same_times += t.text == "the same time" ? 1 : 0;
  CHECK(same_times == 1);
}

TEST_CASE("at the time in a narrative is the time the story has reached, in news the date named before") {
  const std::string_view story =
      "Rome fought Carthage from 264 BC to 241 BC, again from 218 BC to 201 BC, and last in 149 BC. In 221 BC "
      "Hannibal took command. Carthage's navy was the largest in the world at the time, but its army was small.";
  CHECK(found_in(story, "the time").value == "PRESENT_REF");
  // Not before the time it names, nor "the time being"; news names the moment elsewhere.
  const std::string_view named =
      "The war began in 1914. It spread in 1915, the Americans came in 1917, and peace came in 1919. At the time of "
      "the armistice, the army was small.";
  check_untagged(named, "the time");
  CHECK(
      found_in("Stocks fell on Monday. At the time, the dollar was weak, traders said on Tuesday.", "the time").value ==
      "2024-11-11");
  check_untagged("Stocks fell. At the time, the dollar was weak, traders said on Tuesday.", "the time");
  // "for the time being", the whole phrase, in a narrative only.
  const std::string_view being =
      "The war began in 1914. It spread in 1915, the Americans came in 1917, and peace came in 1919. The rebels "
      "backed down, at least for the time being.";
  CHECK(found_in(being, "the time being").value == "PRESENT_REF");
  check_untagged("The company will keep its plants open for the time being, it said on Monday.", "the time being");
}

TEST_CASE("a night or daytime of no day named is a part of an unknown day in a narrative only") {
  const std::string_view story =
      "The war began in 1950. It stalled in 1951, talks opened in 1951, and the armistice came in 1953. The Chinese "
      "travelled at night and hid in daytime; their night attacks broke the line, and a night-time retreat "
      "followed.";
  const TimeExpression night = found_in(story, "night");
  CHECK(night.type == TimexType::time);
  CHECK(night.value == "XXXX-XX-XXTNI");
  CHECK(found_in(story, "daytime").value == "XXXX-XX-XXTDT");
  CHECK(found_in(story, "night-time").value == "XXXX-XX-XXTNI");
  // A thing, not a time of the story; a name in capitals.
  const std::string_view things =
      "The war began in 1939. Poland fell in 1939, France in 1940, and Germany in 1945. Soldiers on leave went to a "
      "night club. The Night of the Long Knives had come in 1934.";
  check_untagged(things, "night");
  check_untagged(things, "Night");
  // News speaks of a habit (TimeBank leaves it untagged).
  check_untagged("Police patrol the streets at night, the mayor said on Tuesday.", "night");
  check_untagged("The airline will add night flights to Boston next month.", "night");
}

// A length, a set's period or a type with its value: one case of the tables below.
void check_typed(std::string_view text, std::string_view phrase, TimexType type, std::string_view value,
                 std::string_view mod = "") {
  CAPTURE(text);
  const TimeExpression t = found_in(text, phrase);
  CHECK(t.type == type);
  CHECK(t.value == value);
  CHECK(t.mod == mod);
}

TEST_CASE("a fortnight is two weeks in every rule that counts a unit word") {
  // Sets: the period is two weeks (was one).
  check_typed("The council meets every fortnight.", "every fortnight", TimexType::set, "P2W");
  check_typed("Bins are emptied once a fortnight.", "once a fortnight", TimexType::set, "P2W");
  check_typed("Staff are paid every two fortnights.", "every two fortnights", TimexType::set, "P4W");
  check_typed("They meet every other fortnight.", "every other fortnight", TimexType::set, "P4W");
  check_typed("Patients come on alternate fortnights.", "alternate fortnights", TimexType::set, "P4W");
  check_typed("Rent is 300 pounds per fortnight.", "per fortnight", TimexType::set, "P2W");
  check_typed("The newsletter appears fortnightly.", "fortnightly", TimexType::set, "P2W");
  // Lengths.
  check_typed("He spent two fortnights in quarantine.", "two fortnights", TimexType::duration, "P4W");
  check_typed("The first fortnight of the trial was slow.", "The first fortnight", TimexType::duration, "P2W");
  check_typed("Dockers staged a fortnight-long strike.", "fortnight-long", TimexType::duration, "P2W");
  check_typed("It was a fortnight long meeting.", "fortnight long", TimexType::duration, "P2W");
  // No calendar period is a fortnight: "last fortnight" is the length, as "the past fortnight" (was
  // last week, 2024-W45).
  check_typed("Last fortnight was the busiest on record.", "Last fortnight", TimexType::duration, "P2W");
  // Counted from now or a day: two weeks each.
  check_date("Talks broke down a fortnight ago.", "a fortnight ago", "2024-W44");
  check_date("The report is due two fortnights from tomorrow.", "two fortnights from tomorrow", "2024-12-14");
  // Near misses: a week stays one, and a fortnight is no calendar unit after "after next".
  check_typed("They meet every week.", "every week", TimexType::set, "P1W");
  check_date("The vote is the week after next.", "the week after next", "2024-W48");
  check_untagged("The vote is the fortnight after next.", "fortnight");
}

TEST_CASE("the past decade and the past fortnight are lengths, the last decade the previous one") {
  const TimeExpression decade = found_in("Over the past decade, obesity rates have climbed.", "the past decade");
  CHECK(decade.type == TimexType::duration);
  CHECK(decade.value == "P1DE");
  const TimeExpression century = found_in("The glacier has shrunk over the past century.", "the past century");
  CHECK(century.type == TimexType::duration);
  CHECK(century.value == "P1CE");
  const TimeExpression fortnight = found_in("Rainfall over the past fortnight doubled.", "the past fortnight");
  CHECK(fortnight.type == TimexType::duration);
  CHECK(fortnight.value == "P2W");
  const TimeExpression next = found_in("Talks will continue over the next fortnight.", "the next fortnight");
  CHECK(next.type == TimexType::duration);
  CHECK(next.value == "P2W");
  check_date("Growth was slow in the last decade.", "the last decade", "201");
  check_date("The team has lost three games in the past week.", "the past week", "2024-W45");
  // "over" or "for" the next decade spans it: a length; "in the next decade" is the decade.
  const TimeExpression ahead = found_in("Over the next decade, demand will double.", "the next decade");
  CHECK(ahead.type == TimexType::duration);
  CHECK(ahead.value == "P1DE");
  const TimeExpression lasting = found_in("Demand will grow for the next decade.", "the next decade");
  CHECK(lasting.type == TimexType::duration);
  CHECK(lasting.value == "P1DE");
  check_date("The plant will close in the next decade.", "the next decade", "203");
}

TEST_CASE("a part of a decade without its century after the is that decade's part") {
  check_part("The band was formed in the mid-90s in Manchester.", "the mid-90s", "199", "MID");
  check_part("The boxer retired in the late 90s.", "the late 90s", "199", "END");
  check_part("Prices fell in the early '80s.", "the early '80s", "198", "START");
  // An age, and a thermometer's reading, are none.
  check_untagged("The actor, in his late 90s, still works.", "late 90s");
  check_untagged("Highs will reach the mid-90s on Friday.", "mid-90s");
}

TEST_CASE("a week or a fortnight tomorrow is that long after tomorrow") {
  check_date("The court will rule a week tomorrow.", "a week tomorrow", "2024-11-23");
  check_date("The results come a fortnight tomorrow.", "a fortnight tomorrow", "2024-11-30");
}

TEST_CASE("a week ago and a weekday is that weekday a week before the last one") {
  check_date("The defendant was paid a week ago Monday.", "a week ago Monday", "2024-11-04");
  check_date("The trial opened a week ago Thursday.", "a week ago Thursday", "2024-11-07");
}

TEST_CASE("a holiday before holiday, period or break is the holiday's day") {
  check_date("Traffic deaths will rise over the Thanksgiving holiday.", "the Thanksgiving holiday", "2024-11-28");
  check_date("Hospitals were busiest over the Christmas period last year.", "the Christmas period", "2023-12-25");
  check_date("Schools close for the Easter holidays in April.", "the Easter holidays", "2025-04-20");
  check_date("Roads were busy over the Easter bank holiday.", "the Easter bank holiday", "2024-03-31");
  // A word the noun begins is none: the name alone.
  check_date("Police investigated an Easter break-in at the church.", "Easter", "2024-03-31");
  check_date("Police warned drivers before the Easter bank holiday weekend.", "the Easter bank holiday weekend",
             "2024-W13-WE");
  check_date("Shoppers spent more over the Thanksgiving holiday weekend.", "the Thanksgiving holiday weekend",
             "2023-W47-WE");
  // "the New Year" before a holiday noun is New Year's Day; alone it is the year.
  check_date("Road deaths rose over the New Year holiday.", "the New Year holiday", "2024-01-01");
  check_date("Sales will pick up in the New Year.", "the New Year", "2025");
}

TEST_CASE("months of a quarter with its year before the noun are that quarter") {
  check_date("Revenue in the April-June 2024 quarter rose 6%.", "the April-June 2024 quarter", "2024-Q2");
  check_date("Sales in the July-September 2023 period fell.", "the July-September 2023 period", "2023-Q3");
}

TEST_CASE("a length before ' time is the length with those words") {
  for (const auto& [text, phrase, value] :
       {std::tuple{"The stadium will open in six months' time.", "six months' time", "P6M"},
        std::tuple{"The rematch is in a fortnight's time.", "a fortnight's time", "P2W"},
        std::tuple{"The verdict is due in a week's time.", "a week's time", "P1W"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::duration);
    CHECK(t.value == value);
  }
}

TEST_CASE("a yearless holiday takes the year this, last or next year names beside it in its sentence") {
  check_date("Ramadan begins this year around March 11.", "Ramadan", "2024-03-11");
  check_date("Next year Eid al-Fitr falls on a Sunday.", "Eid al-Fitr", "2025-03-30");
  // Alone, or with a part of the year, the tense picks the occurrence.
  check_date("Ramadan begins around March 11.", "Ramadan", "2025-03-01");
  check_date("Easter was early last year.", "Easter", "2024-03-31");
  // A year a figure is compared with is no holiday's year.
  check_date("Sales over Christmas will rise 5% from last year.", "Christmas", "2024-12-25");
}

TEST_CASE("this day or this date in a year is the document's day in that year") {
  // DCT 2024-11-15: a "Today in history" column.
  check_date("On this day in 1969, the first message was sent over ARPANET.", "this day in 1969", "1969-11-15");
  check_date("Today in history: on this date in 1889, Brazil became a republic.", "this date in 1889", "1889-11-15");
  check_date("On this day in 1969 the probe was launched. Four days later it reached orbit.", "Four days later",
             "1969-11-19");
  check_date("Today in 1963, Kennedy visited Berlin.", "Today in 1963", "1963-11-15");
  // Alone, "this day" is today; "today in 1969 dollars" is a measure.
  check_date("Today in 1969 dollars, the mission cost more.", "Today", "2024-11-15");
  check_date("We will remember this day.", "this day", "2024-11-15");
  check_date("The treaty will be signed on this day next year.", "this day next year", "2025-11-15");
}

TEST_CASE("a count ago today, this week or this month is the document's day, week or month that far back") {
  check_date("The star died a week ago today.", "a week ago today", "2024-11-08");
  check_date("He signed the contract a year ago this week.", "a year ago this week", "2023-W46");
  check_date("Three years ago this month, the virus reached Europe.", "Three years ago this month", "2021-11");
  check_date("The plant closed a year ago today.", "a year ago today", "2023-11-15");
  // Hedged, that day approximately; alone, the unit the offset falls in; a unit no longer than the one
  // named says nothing more.
  check_part("The plant closed about a year ago today.", "about a year ago today", "2023-11-15", "APPROX");
  check_date("The plant closed a year ago.", "a year ago", "2023");
  check_date("Prices fell two days ago today.", "two days ago", "2024-11-13");
}

TEST_CASE("a day a noun is planned for lies ahead unless the main clause says it took place") {
  // DCT Friday 2024-11-15: the last Wednesday and Thursday are nearer.
  check_date("The rail strike planned for Thursday has been called off.", "Thursday", "2024-11-21");
  check_date("A summit set for Wednesday was cancelled.", "Wednesday", "2024-11-20");
  check_date("The vote, originally scheduled for Thursday, has been postponed.", "Thursday", "2024-11-21");
  check_date("The payment due on Thursday has been deferred.", "Thursday", "2024-11-21");
  check_date("The talks scheduled for Thursday will go ahead.", "Thursday", "2024-11-21");
  // The main clause's past verb of the thing itself: it took place on the day gone.
  check_date("The vote planned for Thursday took place without incident.", "Thursday", "2024-11-14");
  check_date("The march planned for Wednesday drew thousands.", "Wednesday", "2024-11-13");
  // Adjourned is put off; a past "be" and what was foreseen looks ahead.
  check_date("The hearing due on Thursday was adjourned.", "Thursday", "2024-11-21");
  check_date("The launch scheduled for Thursday was likely to slip.", "Thursday", "2024-11-21");
  // "set on" a day is no plan: "a record set on Wednesday" was set then.
  check_date("The record high set on Wednesday still stands.", "Wednesday", "2024-11-13");
}

TEST_CASE("'early' or 'late' after a length is ahead of or behind a schedule, no part of the period after it") {
  // DCT Friday 2024-11-15.
  const std::string_view harvest = "The wheat harvest began two weeks early this year.";
  check_date(harvest, "this year", "2024");
  CHECK_FALSE(annalist::test::expression(annalist::test::tag(harvest, dct), "early this year"));
  check_date("The budget was delivered three months late last year.", "last year", "2023");
  check_date("The report came out 10 days late last month.", "last month", "2024-10");
  // Without a length, or with one that says how long, the period's part stays.
  check_part("Sales rose early this year.", "early this year", "2024", "START");
  check_part("The plant was idle for two weeks early this year.", "early this year", "2024", "START");
}

TEST_CASE("a year and then its quarter or half, glued or after a dash, colon or blank, is that part of the year") {
  // As statistical tables and central-bank and IMF reports write them.
  check_date("GDP rose 0.4 percent in 2023Q4.", "2023Q4", "2023-Q4");
  check_date("Inflation peaked in 2022:Q4 at 10.7 percent.", "2022:Q4", "2022-Q4");
  check_date("The series ends in 2024-Q3.", "2024-Q3", "2024-Q3");
  check_date("Output rose in 2023 Q4.", "2023 Q4", "2023-Q4");
  check_date("Output contracted in 2023H2.", "2023H2", "2023-H2");
  // A name after the year is no half of it.
  check_date("The 2009 H1N1 pandemic spread fast.", "2009", "2009");
  // Two joined by a dash are a range of quarters, as "Q1-Q3 2024" is.
  check_years("Growth in 2024Q1–2024Q3 was weak.", "2024Q1–2024Q3", "2024-Q1", "2024-Q3");
  check_years("Inflation rose in 2023:Q4-2024:Q2.", "2023:Q4-2024:Q2", "2023-Q4", "2024-Q2");
}

TEST_CASE("an epidemiological week by its number is that ISO week") {
  // As health agencies' situation reports number their weeks; "week 9" alone counts a season's.
  check_date("In epidemiological week 10, 85 cases were notified.", "epidemiological week 10", "2024-W10");
  check_date("Cases declined in epi week 9.", "epi week 9", "2024-W09");
  check_date("Cases peaked in epiweek 45 of 2023.", "epiweek 45 of 2023", "2023-W45");
  check_date("In epidemiological week 52 of 2023, cases peaked.", "epidemiological week 52 of 2023", "2023-W52");
  check_untagged("The team won in week 9.", "week 9");
}

TEST_CASE("the week ending a Sunday is the ISO week that Sunday closes") {
  // 10 November 2024 is a Sunday; "the week of" a Sunday is the working week it opens.
  check_date("In the week ending 10 November, 900 people were screened.", "the week ending 10 November", "2024-W45");
  check_date("Claims fell in the week ended Nov. 9.", "the week ended Nov. 9", "2024-W45");
  check_date("Talks were held the week of November 10.", "the week of November 10", "2024-W46");
}

TEST_CASE("a count of business, working, trading or calendar days is that many days") {
  for (const auto& [text, phrase, value] :
       {std::tuple{"The agency must answer within 10 business days of receipt.", "10 business days", "P10D"},
        std::tuple{"Refunds arrive within five working days.", "five working days", "P5D"},
        std::tuple{"Eight trading days later, the index recovered.", "Eight trading days", "P8D"},
        std::tuple{"The notice period is 30 calendar days.", "30 calendar days", "P30D"},
        std::tuple{"The exemption lasts 12 calendar months.", "12 calendar months", "P12M"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::duration);
    CHECK(t.value == value);
  }
  check_untagged("He made two business trips.", "two business");
}

TEST_CASE("the forecast horizon and the projection period are the future") {
  for (const auto& [text, phrase] :
       {std::tuple{"Inflation is expected to return to target over the forecast horizon.", "the forecast horizon"},
        std::tuple{"Unemployment will rise slightly over the projection period.", "the projection period"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::date);
    CHECK(t.value == "FUTURE_REF");
  }
}

TEST_CASE("a military clock reading before hrs is a time, as before hours") {
  for (const auto& [text, phrase, value] :
       {std::tuple{"The patrol left at 0300 hrs.", "0300 hrs", "2024-11-15T03:00"},
        std::tuple{"The patrol left at 1400 hrs.", "1400 hrs", "2024-11-15T14:00"},
        // Dotted, as Indian and British notices write it.
        std::tuple{"The train leaves at 17.45 hrs.", "17.45 hrs", "2024-11-15T17:45"},
        std::tuple{"The meeting begins at 10.30 hrs.", "10.30 hrs", "2024-11-15T10:30"},
        std::tuple{"The polls close at 18.00 hours.", "18.00 hours", "2024-11-15T18:00"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::time);
    CHECK(t.value == value);
  }
}

TEST_CASE("a dotted reading before hrs after a word asking how long is a length") {
  const TimeExpression t = found_in("The repair took 12.50 hrs.", "12.50 hrs");
  CHECK(t.type == TimexType::duration);
  CHECK(t.value == "PT12H30M");
}

TEST_CASE("a 24-hour reading before hrs or hours is the time, and takes the day after it") {
  // As embargoes and police notices write it (was the reading alone on the document's day).
  for (const auto& [text, phrase, value] :
       {std::tuple{"Embargoed until 00:01 hrs Thursday 14 November 2024.", "00:01 hrs Thursday 14 November 2024",
                   "2024-11-14T00:01"},
        std::tuple{"The attack happened at 03:00 hours.", "03:00 hours", "2024-11-15T03:00"},
        // "hrs" glued to the reading, as military histories write it.
        std::tuple{"Camouflage was in place by 05:30hrs.", "05:30hrs", "2024-11-15T05:30"}}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, phrase);
    CHECK(t.type == TimexType::time);
    CHECK(t.value == value);
  }
  // A reading on the 12-hour clock before "hours" is a length as often.
  check_untagged("He ran the marathon in 2:30 hours.", "2:30 hours");
}

TEST_CASE("hours and minutes written as a clock reads them, with their unit, are a length") {
  check_typed("The overnight flight takes 9:30 hrs from London.", "9:30 hrs", TimexType::duration, "PT9H30M");
  check_typed("The film runs 2:15 hours without an interval.", "2:15 hours", TimexType::duration, "PT2H15M");
  check_typed("The crossing took 2:30hrs.", "2:30hrs", TimexType::duration, "PT2H30M");
  check_typed("The vigil lasted 36:00 hours.", "36:00 hours", TimexType::duration, "PT36H");
  // By their letters, the minutes' letter said: "1h30" alone is the h-notation's clock.
  check_typed("Total time on the ward was 1h45min.", "1h45min", TimexType::duration, "PT1H45M");
  check_typed("The stage was won in 4h 30m.", "4h 30m", TimexType::duration, "PT4H30M");
  // Near misses: a 24-hour reading, or one after "at", "by", "until", is the clock's.
  const TimeExpression notice = found_in("The curfew begins at 21:00 hours.", "21:00 hours");
  CHECK(notice.type == TimexType::time);
  CHECK(notice.value == "2024-11-15T21:00");
  const TimeExpression at = found_in("The ceremony starts at 9:30 hrs.", "9:30");
  CHECK(at.type == TimexType::time);
  const TimeExpression h_notation = found_in("The meeting starts at 1h30.", "1h30");
  CHECK(h_notation.type == TimexType::time);
}

TEST_CASE("a hedge before a clock time is in its tag with mod APPROX") {
  const TimeExpression around = found_in("The blast happened at around 2am.", "around 2am");
  CHECK(around.type == TimexType::time);
  CHECK(around.value == "2024-11-15T02:00");
  CHECK(around.mod == "APPROX");
  CHECK(found_in("The shooting began at approximately 10:30 a.m.", "approximately 10:30 a.m.").mod == "APPROX");
  CHECK(found_in("Voting closed at roughly 8pm.", "roughly 8pm").mod == "APPROX");
  // No hedge, or a hedge on a length, leaves the time alone.
  CHECK(found_in("He left at 2am.", "2am").mod.empty());
  const TimeExpression after_length = found_in("The meeting lasted about two hours, ending at 3pm.", "3pm");
  CHECK(after_length.mod.empty());
}

TEST_CASE("an ordinal counting a run of weeks is no period") {
  check_untagged("Prices rose for the fourth week running.", "the fourth week");
  check_untagged("It was the third week in a row that sales fell.", "the third week");
  check_untagged("Cinemas were full for the fourth weekend running.", "the fourth weekend");
  // A period of an event stays its length.
  CHECK(found_in("In the second week alone, aircraft flew 400 sorties.", "the second week").value == "P1W");
}

TEST_CASE("its or their before an ordinal unit is the period of an event, as the is") {
  check_typed("The strike entered its ninth week.", "its ninth week", TimexType::duration, "P1W");
  check_typed("The war is now in its fourth year.", "its fourth year", TimexType::duration, "P1Y");
  check_typed("The firm made money in its 50th year.", "its 50th year", TimexType::duration, "P1Y");
  // A day of it in news is the report's day, as "the second day" is.
  check_date("The summit, in its third day, stalled.", "its third day", "2024-11-15");
  // Near misses: a run counted, a fiscal quarter, a name.
  check_untagged("The index fell for its fourth week running.", "fourth week");
  check_untagged("The index fell for its third straight week.", "third straight week");
  check_date("It reported its fourth quarter loss.", "fourth quarter", "2024-Q4");
  check_untagged("Its Second Decade project began.", "Second Decade");
}

TEST_CASE("a capitalised ordinal decade is a name") {
  check_untagged("The Fourth Decade for the Eradication of Colonialism began.", "Fourth Decade");
  check_untagged("The Second Decade of Education for Africa ended.", "Second Decade");
  check_date("Art of the Twentieth Century", "the Twentieth Century", "19");
}

TEST_CASE("one day after a modal is someday") {
  for (const std::string_view text :
       {"He will one day follow his father.", "She hopes to one day run for office.", "They might one day return."}) {
    CAPTURE(text);
    const TimeExpression t = found_in(text, "one day");
    CHECK(t.type == TimexType::date);
    CHECK(t.value == "FUTURE_REF");
  }
  // A length after a verb stays the length.
  CHECK(found_in("The strike will last one day.", "one day").value == "P1D");
  CHECK(found_in("It will take one day to fix.", "one day").value == "P1D");
  CHECK(found_in("Cut the course to one day.", "one day").value == "P1D");
}

TEST_CASE("a participle after a linking verb under a future is a state ahead, under a past a past") {
  // DCT 2024-11-15: the last October 2024-10, the coming one 2025-10 (April 2024-04, 2025-04).
  check_date("The roads will stay closed in October.", "October", "2025-10");
  check_date("The bridge will stay shut in April.", "April", "2025-04");
  check_date("The bridge could remain shut in April if the inspection finds cracks.", "April", "2025-04");
  check_date("The terminal is going to stay closed in October.", "October", "2025-10");
  check_date("The roads will be closed in October.", "October", "2025-10");
  check_date("The roads will remain open in March.", "March", "2025-03");
  // Near-misses: a linking verb in the past, and a participle after a noun under a future.
  check_date("The roads stayed closed in October.", "October", "2024-10");
  check_date("The company will refund tickets bought in October.", "October", "2024-10");
}

TEST_CASE("an expression opening the subject of a reported clause takes that clause's own future") {
  // DCT 2024-11-15: Thanksgiving 2024-11-28 ahead, 2023-11-23 gone.
  check_date("Airlines said Thanksgiving travel will top last year.", "Thanksgiving", "2024-11-28");
  check_date("Retailers said that the Thanksgiving rush will break records.", "Thanksgiving", "2024-11-28");
  check_date("Officials said the bridge will reopen in March.", "March", "2025-03");
  // A reported "would" after a possessive the subject's noun owns: the day ahead of the saying.
  check_date("He said Tuesday's vote would be close.", "Tuesday", "2024-11-19");
  check_date("Police said Tuesday's crash was caused by ice.", "Tuesday", "2024-11-12");
  // Near-misses: a date of the saying itself, and a preposition that times the saying.
  check_date("He said on Tuesday that the vote would be close.", "Tuesday", "2024-11-12");
  check_date("He said Tuesday the vote would be close.", "Tuesday", "2024-11-12");
  check_date("The company said in October sales will rise.", "October", "2024-10");
  check_date("Airlines said Thanksgiving travel fell, and fares will rise.", "Thanksgiving", "2023-11-23");
}

TEST_CASE("a finite past in an adverbial clause under a modal further back is past") {
  // DCT 2024-11-15: the last April 2024-04, the coming one 2025-04.
  check_date("He could only watch as prices fell in April.", "April", "2024-04");
  check_date("Farmers could do nothing when the river flooded in April.", "April", "2024-04");
  check_date("Investors could not sell because trading halted in April.", "April", "2024-04");
  // Near-misses: a modal reported from a past saying, a present after the conjunction, a passive.
  check_date("He said investors could buy as soon as trading opened Monday.", "Monday", "2024-11-18");
  check_date("Prices could fall in April as demand eases.", "April", "2025-04");
  check_date("The plant could reopen once it is repaired in April.", "April", "2025-04");
  // A noun phrase opening the clause is the subject of a past spelt as its base.
  check_date("She could barely sleep after the storm hit in September.", "September", "2024-09");
  check_date("Residents could only watch as the flood hit in September.", "September", "2024-09");
  // Near-misses: a noun with its auxiliary after it (the cut made), and the base after a modal.
  check_date("Rates could rise after the rate cut in September is reversed.", "September", "2024-09");
  check_date("The storm could hit in September.", "September", "2025-09");
}

TEST_CASE("stays before the state it keeps is a present arrangement") {
  check_date("The school stays closed on Monday.", "Monday", "2024-11-18");
  check_date("The road stays open until Monday.", "Monday", "2024-11-18");
  // Near-misses: the past, and the noun.
  check_date("The school stayed closed on Monday.", "Monday", "2024-11-11");
  check_date("Hotel stays rose in September.", "September", "2024-09");
}

TEST_CASE("a present in a clause of time under will or a modal looks ahead") {
  // DCT 2024-11-15: the last September 2024-09, the coming one 2025-09.
  check_date("The bridge could reopen once it is repaired in September.", "September", "2025-09");
  check_date("The bridge will reopen when the work is finished in September.", "September", "2025-09");
  check_date("Flights may resume after the runway is inspected in September.", "September", "2025-09");
  // Near-misses: told in the past, and a present with no modal before the conjunction.
  check_date("The bridge reopened once it was repaired in September.", "September", "2024-09");
  check_date("The bridge could not reopen until it was repaired in September.", "September", "2024-09");
}

TEST_CASE("an expression in its clause's subject takes the past of the verb after it as its event's") {
  // DCT 2024-11-15: December is the nearest month ahead, 2024-12; the last one 2023-12.
  check_date("Sales in December were weak.", "December", "2023-12");
  check_date("Figures for December showed a rise.", "December", "2023-12");
  check_date("A survey conducted in December found most voters undecided.", "December", "2023-12");
  check_date("The December strike cost the company $40 million.", "December", "2023-12");
  check_date("Her only trip abroad, in December, was cut short.", "December", "2023-12");
  check_date("Growth in December and January was stronger than forecast.", "December", "2023-12");
  check_date("Sales on Dec. 26 were strong.", "Dec. 26", "2023-12-26");
  // Right already: a date opening its sentence, a month not near, a present or future after it.
  check_date("In December, the company cut 200 jobs.", "December", "2023-12");
  check_date("The protests in March forced the minister to resign.", "March", "2024-03");
  check_date("The summit in March is expected to focus on trade.", "March", "2025-03");
  check_date("The visit in March will be his first.", "March", "2025-03");
  check_date("The plan, to be announced in March, is expected to cut costs.", "March", "2025-03");
  // Near-misses, the closest kept: a present, no verb, a thing arranged or put off.
  check_date("Prices in December are expected to rise.", "December", "2024-12");
  check_date("The December deadline looms.", "December", "2024-12");
  check_date("December sales preview: retailers brace for a slow start", "December", "2024-12");
  check_date("The December deadline was extended by two weeks.", "December", "2024-12");
  check_date("The vote in December was postponed.", "December", "2024-12");
  check_date("The summit in December was expected to draw 40 leaders.", "December", "2024-12");
  check_date("The hearing in December has been called off.", "December", "2024-12");
  check_date("Our trip in December was booked months ago.", "December", "2024-12");
  check_date("Tickets for the December concert went on sale.", "December", "2024-12");
  check_date("The December issue of the magazine was published on Monday.", "December", "2024-12");
  check_date("The benchmark December Brent contract rose 2 percent.", "December", "2024-12");
}

TEST_CASE("a reported clause's subject takes the past of its own verb, as a main clause's does") {
  // DCT 2024-11-15: December 2024 the nearest, 2023-12 the last. After a past verb of saying (its
  // addressee, "that") a new clause opens; its own past verb dates its subject's event.
  check_date("Officials said sales in December were weak.", "December", "2023-12");
  check_date("The minister told reporters exports in December had fallen.", "December", "2023-12");
  check_date("Analysts noted that output in December was lower than expected.", "December", "2023-12");
  check_date("Researchers found that admissions in December were the highest in a decade.", "December", "2023-12");
  // Its weak past nearer than the verb of saying: "rose" is the clause's.
  check_date("The airline said passenger numbers in December rose 5 percent.", "December", "2023-12");
  // Near-misses: a future, a present, a modal, a thing put off, a contract's month stay ahead.
  check_date("Officials said sales in December will be weak.", "December", "2024-12");
  check_date("Officials said sales in December are expected to be weak.", "December", "2024-12");
  check_date("Officials said sales in December could be weak.", "December", "2024-12");
  check_date("Officials said the summit in December was postponed.", "December", "2024-12");
  check_date("Traders said the December contract rose 2 cents.", "December", "2024-12");
  // A state of an arranged event may be a present shifted back by the saying; a passive is its act.
  check_date("Officials said the meeting in December was important for the talks.", "December", "2024-12");
  check_date("Officials said the December summit was still on.", "December", "2024-12");
  check_date("Officials said the vote in December was rigged.", "December", "2023-12");
}

TEST_CASE("a clause after an introductory phrase's comma takes the past of its own verb") {
  check_date("Over the last two years, sales in December were weak.", "December", "2023-12");
  check_date("Unlike last year, sales in December were strong.", "December", "2023-12");
  // A habit in the present stays as a generic present reads.
  check_date("In most years, sales in December are weak.", "December", "2024-12");
}

TEST_CASE("that and a noun after a past verb, or opening its sentence, is a determiner") {
  check_date("Investors welcomed that cut in December.", "December", "2023-12");
  check_date("That cut in December was welcomed by investors.", "December", "2023-12");
  check_date("Investors welcomed the cut in December.", "December", "2023-12");
  // Near-misses: a verb after the noun makes "that" a clause opener; an expectation, a plan, news
  // of a future act look ahead.
  check_date("Analysts warned that growth in December could slow.", "December", "2024-12");
  check_date("Investors expect a cut in December.", "December", "2024-12");
  check_date("Investors welcomed plans for a cut in December.", "December", "2024-12");
  check_date("Investors welcomed the news that rates will be cut in December.", "December", "2024-12");
}

TEST_CASE("that after a verb of saying or thinking opens the clause before a month, no demonstrative") {
  // The month alone is the expression, read by its clause: a forecast ahead, a past behind.
  check_date("Retailers said that December sales will rise.", "December", "2024-12");
  check_date("Retailers said that October sales rose.", "October", "2024-10");
  check_date("Economists expect that March will be busy.", "March", "2025-03");
  // "that" and a unit, "that same", or after another word stay a whole deictic.
  check_date("Markets crashed on March 3. Traders said that week was the worst of the year.", "that week", "2024-W09");
  check_date("In that October, the river flooded twice.", "that October", "2024-10");
  check_date("He said that same October was the coldest.", "that same October", "2024-10");
}

TEST_CASE("a modal before a base verb dates its act ahead of the telling, as will does") {
  // DCT 2024-11-15: October 2024 just gone, the nearest; a modal's act is the coming one.
  check_date("Prices could fall in October, analysts said.", "October", "2025-10");
  check_date("Prices might fall in October.", "October", "2025-10");
  check_date("The central bank may raise rates in October.", "October", "2025-10");
  check_date("The regulator should publish its rules in October.", "October", "2025-10");
  check_date("Unemployment could well peak in October.", "October", "2025-10");
  check_date("Ministers must decide on the budget in October.", "October", "2025-10");
  check_date("The board might meet again on Oct. 20.", "Oct. 20", "2025-10-20");
  // A prediction said in the present, as a plan is.
  check_date("Inflation is likely to ease in October.", "October", "2025-10");
  check_date("The project is on track to finish in October.", "October", "2025-10");
  // Near-misses: a modal before a perfect, a negated "could", a past of its own, a modal after the
  // expression, another event after "after", a report the sentence dates, a participle's noun.
  check_date("Prices could have fallen in October.", "October", "2024-10");
  check_date("Sales may have peaked in October.", "October", "2024-10");
  check_date("It could not continue after October.", "October", "2024-10");
  check_date("He said prices fell in October.", "October", "2024-10");
  check_date("The October meeting could not agree.", "October", "2024-10");
  check_date("Prices could fall further after the drop in October.", "October", "2024-10");
  check_date("In September the bank said rates could rise in October.", "October", "2024-10");
  check_date("Investors may sell shares bought in October.", "October", "2024-10");
  // A clause of condition or time after the expression has its own present: the modal decides.
  check_date("Workers can return to the plant in October once repairs are complete.", "October", "2025-10");
  check_date("Flights could resume in October if the runway is repaired in time.", "October", "2025-10");
  check_date("The plant was closed in October once the orders dried up.", "October", "2024-10");
  // A "would" told from a past, no report and no condition: a future in the past, behind the telling.
  check_date("The company would eventually cut jobs in October.", "October", "2024-10");
}

TEST_CASE("an arranged event its clause tells still on lies ahead of the telling") {
  // DCT 2024-11-15: January 2024 the last, 2025-01 the coming one.
  check_date("The summit in January was still on, officials said.", "January", "2025-01");
  check_date("The vote in February was still scheduled, officials said.", "February", "2025-02");
  check_date("The January launch of the satellite remained on track.", "January", "2025-01");
  check_date("Officials said the summit in February was still on.", "February", "2025-02");
  check_date("Officials said the vote in February was on track.", "February", "2025-02");
  // Near-misses: what the event was, a state that is no arrangement, one never on or undone after.
  check_date("The summit in January was a success.", "January", "2024-01");
  check_date("The summit in January was a success, officials said.", "January", "2024-01");
  check_date("The strike in January was still remembered as the longest in years.", "January", "2024-01");
  check_date("The vote in January was never on track.", "January", "2024-01");
  check_date("The summit in January was still on, but it was cancelled in March.", "January", "2024-01");
}

TEST_CASE("a prediction told in the past before the sentence's attribution is a report's, shifted back") {
  // DCT 2024-11-15: February 2024 the last, 2025-02 the coming one; as after "said" on the left.
  check_date("The summit was set for February, officials said.", "February", "2025-02");
  check_date("The ruling was due in February, said the minister.", "February", "2025-02");
  check_date("Officials said the summit was set for February.", "February", "2025-02");
  // Near-misses: no attribution, no prediction, an attribution that goes on with a report, a
  // prediction undone after it.
  check_date("The summit was due in February.", "February", "2024-02");
  check_date("The vote was held in February, officials said.", "February", "2024-02");
  check_date("The vote was expected in February, the company said it would.", "February", "2024-02");
  check_date("The vote was expected in February, but it was delayed, officials said.", "February", "2024-02");
}

TEST_CASE("a report the sentence dates by a month or a day gone counts its future from that date") {
  // DCT 2024-11-15, a Friday: October 2024 just gone, the coming one 2025-10.
  check_date("In September the bank said rates will rise in October.", "October", "2024-10");
  check_date("In July, the company said it would open a plant in September.", "September", "2024-09");
  check_date("Back in March, officials promised the road would reopen in August.", "August", "2024-08");
  check_date("On Monday the ministry said talks would resume on Thursday.", "Thursday", "2024-11-14");
  check_date("The ministry said on Monday that talks would resume on Thursday.", "Thursday", "2024-11-14");
  // Near-misses: a promised date still ahead of the DCT, an undated report, one dated by a year
  // alone or "last year", a date of another clause, an attribution in an aside, a report in the
  // present, a clause within the report that tells its own time.
  check_date("In October the bank said rates will rise in March.", "March", "2025-03");
  check_date("The bank said rates will rise in October.", "October", "2025-10");
  check_date("In 2024 the bank said rates will rise in October.", "October", "2025-10");
  check_date("Last year the bank said rates will rise in October.", "October", "2025-10");
  check_date("The plant closed in September and the company said it will reopen in October.", "October", "2025-10");
  check_date("Sales fell in September, the retailer said, and will recover in October.", "October", "2025-10");
  check_date("In September the minister says the deficit will shrink in October.", "October", "2025-10");
  check_date("Police said on Monday that the road, which can stay closed until Tuesday, was blocked.", "Tuesday",
             "2024-11-19");
}

TEST_CASE("a participle right after a noun dates what was done to the noun, whatever the main clause's tense") {
  // DCT 2024-11-15: the month's coming one is 2025's.
  check_date("Prices agreed in June will apply from January.", "June", "2024-06");
  check_date("Tariffs imposed in July will be lifted next year.", "July", "2024-07");
  check_date("The ministry will extend the deadline set in October.", "October", "2024-10");
  check_date("The contract signed in October will run until 2027.", "October", "2024-10");
  // Near-misses: the main verb's passive, a plan's participle, "due", a noun's second noun.
  check_date("The vote will be held in October.", "October", "2025-10");
  check_date("The referendum is scheduled for March.", "March", "2025-03");
  check_date("The target set for March will be hard to meet.", "March", "2025-03");
  check_date("The vote set Monday will go ahead.", "Monday", "2024-11-18");
  check_date("The government will bring a tax cut in June.", "June", "2025-06");
}

TEST_CASE("what a reported past copula judges an event to have been is past") {
  // Said 2014-12-10: January 2014 the last, 2015-01 the coming one.
  const auto january = [](std::string_view text) {
    CAPTURE(text);
    const auto t = annalist::test::expression(annalist::test::tag(text, "2014-12-10"), "January");
    REQUIRE(t);
    return t->value;
  };
  CHECK(january("Officials said the summit in January was a success.") == "2014-01");
  CHECK(january("Officials said the talks in January were inconclusive.") == "2014-01");
  // Near-misses: what it is to be, an arrangement still on.
  CHECK(january("Officials said the meeting in January was important.") == "2015-01");
  CHECK(january("Officials said the summit in January was a priority.") == "2015-01");
  CHECK(january("The summit in January was still on, officials said.") == "2015-01");
}

TEST_CASE("a directive's day is ahead of the telling when a present or future after it says it is still to come") {
  // Said Tuesday 2014-11-25: the last Saturday 2014-11-22, the coming one 2014-11-29.
  const auto day = [](std::string_view text, std::string_view phrase) {
    CAPTURE(text);
    const auto t = annalist::test::expression(annalist::test::tag(text, "2014-11-25"), phrase);
    REQUIRE(t);
    return t->value;
  };
  CHECK(day("Residents were told to stay indoors on Saturday as the storm approaches.", "Saturday") == "2014-11-29");
  CHECK(day("Police urged residents to stay indoors on Saturday as the storm approaches.", "Saturday") == "2014-11-29");
  CHECK(day("Workers were ordered to return on Monday when the plant reopens.", "Monday") == "2014-12-01");
  // Near-misses: no evidence (as often a day gone), a past after it, a past perfect directive.
  CHECK(day("Drivers were warned to avoid the motorway on Friday.", "Friday") == "2014-11-21");
  CHECK(day("Shoppers were asked to return on Friday as the store was closed.", "Friday") == "2014-11-21");
  CHECK(day("Residents had been told to leave on Saturday as the river rises.", "Saturday") == "2014-11-22");
  CHECK(day("Pupils were told to stay at home on Thursday because of the snow.", "Thursday") == "2014-11-20");
}

TEST_CASE("an -ed word before its noun after a present verb is an adjective, no past") {
  // DCT 2024-11-15: the coming Christmas and January are the nearest; a past verb would take the last.
  check_date("Churches expect packed services for Christmas.", "Christmas", "2024-12-25");
  check_date("Stores need trained staff for Christmas.", "Christmas", "2024-12-25");
  check_date("Farmers want guaranteed prices in January.", "January", "2025-01");
  check_date("She promises improved roads in January.", "January", "2025-01");
  check_date("An airline promises discounted fares in January.", "January", "2025-01");
  // Right already: a modal before the verb, an "-ed" word known to be as often an adjective.
  check_date("Stores will need trained staff for Christmas.", "Christmas", "2024-12-25");
  check_date("Airlines offer reduced fares in January.", "January", "2025-01");
  // Near-misses: a subject noun before the "-ed" word makes it the verb; a plural without "-s", an
  // agent's noun or a word of news before it are the subject's; a past verb of its own decides.
  check_date("Police arrested protesters in January.", "January", "2024-01");
  check_date("Troops packed the stadium for Christmas.", "Christmas", "2023-12-25");
  check_date("The council improved roads in January.", "January", "2024-01");
  check_date("Stores trained staff for Christmas.", "Christmas", "2023-12-25");
  check_date("The packed church held a service for Christmas.", "Christmas", "2023-12-25");
  check_date("Sales staff trained recruits in January.", "January", "2024-01");
  check_date("The union members rejected proposals in January.", "January", "2024-01");
  check_date("The news agency reported clashes in January.", "January", "2024-01");
  check_date("Farmers then planted crops in January.", "January", "2024-01");
  // After "the" a plural noun after one modifying it is read far more often than an "-s" form.
  check_date("The state forces killed militants in January.", "January", "2024-01");
  check_date("The rebel groups seized towns in January.", "January", "2024-01");
  // A pledge's verb before its object is a timetable's (follows_scheduled_act), whatever the "-ed" word.
  check_date("The council promises improved roads in January.", "January", "2025-01");
}

TEST_CASE("a date opening its sentence before a plain future is the act's own, ahead of the telling") {
  // DCT 2024-11-15: October just gone is the nearest month; the office's hiring lies ahead.
  check_date("In October, the office will hire staff.", "October", "2025-10");
  check_date("In October the office will hire more staff.", "October", "2025-10");
  check_date("In October, the council will not raise taxes.", "October", "2025-10");
  // Near-misses keep the month just gone: a past after it, a report's past, a bare month naming
  // figures, a passive or a perfect that may tell of its figures.
  check_date("In October, sales fell 3%.", "October", "2024-10");
  check_date("In October, the bank said it will cut rates.", "October", "2024-10");
  check_date("October figures will be released next week.", "October", "2024-10");
  check_date("In October, unemployment will be reported to have risen.", "October", "2024-10");
  check_date("In October, the office hired staff, and it will hire more in March.", "October", "2024-10");
}

TEST_CASE("a range between two parts of a decade or century ends on the later part's last year") {
  check_range("Sales peaked in the early-to-mid 1990s.", "the early-to-mid 1990s", TimexType::date, "1990", "1996");
  check_range("Prices climbed in the mid-to-late 2000s.", "the mid-to-late 2000s", TimexType::date, "2003", "2009");
  check_range("The style spread in the early-to-mid 19th century.", "the early-to-mid 19th century", TimexType::date,
              "1800", "1866");
  check_range("Output rose from 1985 to the late 1990s.", "from 1985 to the late 1990s", TimexType::date, "1985",
              "1999");
  // Near-misses: a whole decade ends the range as itself; a part alone stays the decade with its mod.
  check_range("Output rose from 1985 to the 1990s.", "from 1985 to the 1990s", TimexType::date, "1985", "199");
  check_part("Sales slumped in the late 2000s.", "the late 2000s", "200", "END");
}

namespace {
// A SET of `value`.
void check_set(std::string_view text, std::string_view phrase, std::string_view value) {
  CAPTURE(text);
  const TimeExpression t = found_in(text, phrase);
  CHECK(t.type == TimexType::set);
  CHECK(t.value == value);
}
}  // namespace

TEST_CASE("a holiday that is the subject of a statement of its date recurs every year") {
  check_set("Thanksgiving usually falls on the fourth Thursday of November.", "Thanksgiving", "XXXX-11-XX");
  check_set("Mother's Day falls on the second Sunday of May.", "Mother's Day", "XXXX-05-XX");
  check_set("Mother's Day falls on the second Sunday of May.", "the second Sunday of May", "XXXX-05-XX");
  check_set("Memorial Day is observed on the last Monday of May each year.", "Memorial Day", "XXXX-05-XX");
  check_set("Labor Day is celebrated on the first Monday of September.", "the first Monday of September", "XXXX-09-XX");
  // The counted weekday names the month: Canada's Thanksgiving is October's.
  check_set("In Canada, Thanksgiving falls on the second Monday of October.", "Thanksgiving", "XXXX-10-XX");
  // "every" or "each" and a holiday before a verb: the holiday of every year.
  check_set("Every Christmas brings new toys.", "Every Christmas", "XXXX-12-25");
  check_set("Each Easter draws crowds to the square.", "Each Easter", "P1Y");
  // One occurrence: past, "this", one year picked, a day with no cue of habit; a noun after "every".
  CHECK(found_in("Thanksgiving fell on November 23 last year.", "Thanksgiving").type == TimexType::date);
  check_date("This Thanksgiving falls on November 28.", "This Thanksgiving", "2024-11-28");
  check_date("Christmas brought new toys.", "Christmas", "2023-12-25");
  check_date("Christmas falls on a Wednesday this year.", "Christmas", "2024-12-25");
  check_date("Memorial Day was observed on the last Monday of May.", "the last Monday of May", "2024-05-27");
  check_date("Every Christmas bonus was paid in cash.", "Christmas", "2023-12-25");
}

TEST_CASE("weekdays said in one word are the set WD, as weekends are WE") {
  check_set("The park is crowded on weekends.", "weekends", "XXXX-WXX-WE");
  check_set("Traffic is heavy on weekday mornings.", "weekday mornings", "XXXX-WXX-WDTMO");
  check_set("Stores open on weekdays.", "weekdays", "XXXX-WXX-WD");
  // WD says Monday to Friday itself: no range, so value == range_begin never breaks.
  const TimeExpression weekdays = found_in("Stores open on weekdays.", "weekdays");
  CHECK_FALSE(weekdays.range_begin);
  CHECK_FALSE(weekdays.range_end);
  const TimeExpression at_ten = found_in("The bar opens at 10 p.m. on weekdays.", "10 p.m. on weekdays");
  CHECK(at_ten.value == "XXXX-WXX-WDT22:00");
  CHECK_FALSE(at_ten.range_begin);
  // A range of weekdays said keeps its first day as the value.
  check_range("Trains run every Monday-Friday.", "every Monday-Friday", TimexType::set, "XXXX-WXX-1", "XXXX-WXX-5");
}

TEST_CASE("a range of clock times before a set of days is each day's hours, one set") {
  check_range("The museum is open 9 a.m. to 5 p.m. on Sundays.", "9 a.m. to 5 p.m. on Sundays", TimexType::set,
              "XXXX-WXX-7T09:00", "XXXX-WXX-7T17:00");
  check_range("The museum is open from 10 a.m. to 4 p.m. daily.", "10 a.m. to 4 p.m. daily", TimexType::set,
              "XXXX-XX-XXT10:00", "XXXX-XX-XXT16:00");
  check_range("The clinic is open 8 a.m. to noon every Monday.", "8 a.m. to noon every Monday", TimexType::set,
              "XXXX-WXX-1T08:00", "XXXX-WXX-1T12:00");
  check_range("The shop opens from 9 a.m. to 5 p.m. on weekdays.", "9 a.m. to 5 p.m. on weekdays", TimexType::set,
              "XXXX-WXX-WDT09:00", "XXXX-WXX-WDT17:00");
  check_range("The gallery is open between 10 a.m. and 6 p.m. on Saturdays.", "10 a.m. and 6 p.m. on Saturdays",
              TimexType::set, "XXXX-WXX-6T10:00", "XXXX-WXX-6T18:00");
  // One Sunday, or hours alone: a time.
  check_range("The office is open from 9 a.m. to 5 p.m. on Sunday.", "9 a.m. to 5 p.m. on Sunday", TimexType::time,
              "2024-11-17T09:00", "2024-11-17T17:00");
  check_range("The museum is open from 10 a.m. to 4 p.m.", "10 a.m. to 4 p.m.", TimexType::time, "2024-11-15T10:00",
              "2024-11-15T16:00");
}

TEST_CASE("each year opening the sentence makes a month far on in its clause every year's") {
  check_set("Each year since 2015 the firm has raised prices in January.", "January", "XXXX-01");
  check_set("Every year the board of the central bank of the republic reviews its policy in March.", "March",
            "XXXX-03");
  // Another clause, or the cue inside the sentence: dated.
  check_date("Each year since 2015 the firm has raised prices, but in January it cut them.", "January", "2024-01");
  check_date("In each year of the war, the army of the republic suffered its heaviest losses in January.", "January",
             "2024-01");
}

TEST_CASE("a week of every quarter or month is one set") {
  for (const auto& [text, phrase, value, quant] :
       {std::tuple{"Staff meet in the first week of every quarter.", "the first week of every quarter", "P1Q", "EVERY"},
        std::tuple{"The fund rebalances in the last week of each quarter.", "the last week of each quarter", "P1Q",
                   "EACH"},
        std::tuple{"The council meets in the second week of every month.", "the second week of every month", "XXXX-XX",
                   "EVERY"}}) {
    check_set(text, phrase, value);
    CHECK(found_in(text, phrase).quant == quant);
  }
  // Of one quarter: that quarter's week.
  CHECK(found_in("Staff met in the first week of the quarter.", "the first week of the quarter").type ==
        TimexType::date);
}

TEST_CASE("a yearless day takes the year said right after it in its clause") {
  check_date("Thanksgiving fell on November 26 last year.", "November 26", "2023-11-26");
  check_date("Thanksgiving fell on November 26 last year.", "Thanksgiving", "2023-11-26");
  check_date("The strike began on March 26 in 2022.", "March 26", "2022-03-26");
  check_date("Sales rose on November 26 this year.", "November 26", "2024-11-26");
  check_date("The plant will reopen on March 26 next year.", "March 26", "2025-03-26");
  // A year compared with, or one in a possessive: the tense picks.
  check_date("Sales on November 26 rose 5% from last year.", "November 26", "2023-11-26");
  check_date("Stocks fell on March 26 after last year's rally.", "March 26", "2024-03-26");
}

TEST_CASE("a year's or a quarter's first and last weeks are its ISO weeks, by their Thursdays") {
  // January 1 a Thursday, a Friday, a Sunday: week 1 holds it, or starts the Monday after.
  check_date("The fair opens in the first week of 2026.", "the first week of 2026", "2026-W01");
  check_date("The fair opens in the first week of 2027.", "the first week of 2027", "2027-W01");
  check_date("The fair opened in the first week of 2023.", "the first week of 2023", "2023-W01");
  // December 31 a Thursday: the year's 53rd week is its last.
  check_date("The fair opened in the last week of 2020.", "the last week of 2020", "2020-W53");
  // The fourth quarter of 2024 begins on a Tuesday: its first week holds October 1.
  check_date("Sales fell in the first week of the quarter.", "the first week of the quarter", "2024-W40");
  check_date("Sales will peak in the last week of the quarter.", "the last week of the quarter", "2024-W52");
  // A month's weeks stay its whole weeks (October 1, 2014 is a Wednesday).
  check_date("The fair opened in the first week of October 2014.", "the first week of October 2014", "2014-W41");
}

TEST_CASE("a set of days before a range of clock times is each day's hours, one set") {
  check_range("The museum is open daily from 9 a.m. to 5 p.m.", "daily from 9 a.m. to 5 p.m.", TimexType::set,
              "XXXX-XX-XXT09:00", "XXXX-XX-XXT17:00");
  check_range("The museum is open on Sundays from 10 a.m. to 4 p.m.", "Sundays from 10 a.m. to 4 p.m.", TimexType::set,
              "XXXX-WXX-7T10:00", "XXXX-WXX-7T16:00");
  check_range("The clinic is open weekdays 9 a.m.-5 p.m.", "weekdays 9 a.m.-5 p.m.", TimexType::set,
              "XXXX-WXX-WDT09:00", "XXXX-WXX-WDT17:00");
  check_range("The market runs every Saturday between 10 a.m. and noon.", "every Saturday between 10 a.m. and noon",
              TimexType::set, "XXXX-WXX-6T10:00", "XXXX-WXX-6T12:00");
  // One Sunday: that day's hours.
  check_range("The office is open on Sunday from 10 a.m. to 4 p.m.", "Sunday from 10 a.m. to 4 p.m.", TimexType::time,
              "2024-11-17T10:00", "2024-11-17T16:00");
  // Two bare hours may be amounts: the set alone.
  check_set("Prices rose daily from 3 to 4 percent.", "daily", "P1D");
}

TEST_CASE("two sets of weekdays joined by and share the hours one of them has") {
  check_range("The office is open on Tuesdays and Thursdays from 9 a.m. to 5 p.m.", "Tuesdays", TimexType::set,
              "XXXX-WXX-2T09:00", "XXXX-WXX-2T17:00");
  check_range("The office is open 9 a.m. to 5 p.m. on Tuesdays and Thursdays.", "Thursdays", TimexType::set,
              "XXXX-WXX-4T09:00", "XXXX-WXX-4T17:00");
  check_set("The clinic opens at 8 a.m. on Mondays and Wednesdays.", "Wednesdays", "XXXX-WXX-3T08:00");
  // Times of their own, or none: each its own.
  check_set("The gym opens on Mondays at 6 a.m. and Fridays at 7 a.m.", "Mondays at 6 a.m.", "XXXX-WXX-1T06:00");
  check_set("The office is open on Tuesdays and Thursdays.", "Tuesdays", "XXXX-WXX-2");
}

TEST_CASE("a clock time or hours on weekends are each weekend day's, one set as on weekdays") {
  check_range("The helpline is staffed on weekends from 8 a.m. until 8 p.m.", "weekends from 8 a.m. until 8 p.m.",
              TimexType::set, "XXXX-WXX-WET08:00", "XXXX-WXX-WET20:00");
  check_range("The helpline is staffed from 8 a.m. to 8 p.m. on weekends.", "8 a.m. to 8 p.m. on weekends",
              TimexType::set, "XXXX-WXX-WET08:00", "XXXX-WXX-WET20:00");
  check_set("The market opens at 7 a.m. on weekends.", "7 a.m. on weekends", "XXXX-WXX-WET07:00");
  // Every other weekend cannot carry the time; one Saturday stays a time.
  check_set("He visits every other weekend at noon.", "every other weekend", "XXXX-WXX-WE");
  check_range("The office was open on Saturday from 8 a.m. until 8 p.m.", "Saturday from 8 a.m. until 8 p.m.",
              TimexType::time, "2024-11-09T08:00", "2024-11-09T20:00");
}

TEST_CASE("counts joined by and before one unit are each a follow-up's length after at or in a list") {
  // A trial's follow-up points, each its own length as TimeML tags a conjunct whose head is elided.
  CHECK(found_in("Blood pressure was measured at 6 and 12 months.", "6").value == "P6M");
  CHECK(found_in("Blood pressure was measured at 6 and 12 months.", "12 months").value == "P12M");
  CHECK(found_in("Patients were seen after 1 and 2 years.", "1").value == "P1Y");
  const char* const list = "Deaths fell at three, six and 12 months.";
  CHECK(found_in(list, "three").value == "P3M");
  CHECK(found_in(list, "six").value == "P6M");
  CHECK(found_in(list, "12 months").value == "P12M");
  // Near misses: "and" alone elsewhere, a span after "between", a fraction.
  CHECK(annalist::test::untagged("The bonds mature in 5 and 10 years.",
                                 annalist::test::tag("The bonds mature in 5 and 10 years."), "5"));
  CHECK(found_in("The sentence is between 4 and 5 years.", "4 and 5 years").value == "P4Y");
  CHECK(found_in("He served two and a half years.", "two and a half years").value == "P2Y6M");
}

TEST_CASE("a list of counts after aged or ages is ages, not lengths") {
  for (const char* const text :
       {"Children aged 4, 5 and 6 years were enrolled.", "Children aged 4, 5, and 6 years were enrolled.",
        "Pupils aged between 10, 11 and 12 years took part.", "Three boys, ages 8, 10 and 12 years, were rescued.",
        "Her sons, age 3, 5, and 7 years, were at home.", "The victims were 17, 18 and 19 years old."}) {
    CAPTURE(text);
    const auto tags = annalist::test::tag(text);
    CHECK(tags.empty());
  }
  // Near misses: the same list after "at" or "in" is each a length.
  CHECK(found_in("Deaths fell at 3, 6, and 12 months.", "3").value == "P3M");
  CHECK(found_in("Bonds mature in 5, 10 and 30 years.", "30 years").value == "P30Y");
}

TEST_CASE("in as many units counts the ordinal or count before it") {
  // Near misses last: no count before it, or the count after "as many as".
  struct Case {
    const char* text;
    const char* said;
    const char* value;
  };
  for (const Case& c : {Case{"It was his fourth visit to the region in as many months.", "many months", "P4M"},
                        Case{"It was the third attack in as many days.", "many days", "P3D"},
                        Case{"She won five titles in as many years.", "many years", "P5Y"},
                        Case{"We will stay as many months as needed.", "many months", "PXM"},
                        Case{"Prices doubled in as many as six months.", "six months", "P6M"}}) {
    CAPTURE(c.text);
    CHECK(found_in(c.text, c.said).value == c.value);
  }
}

TEST_CASE("the verb last before its length is no past cue for a month after it") {
  // Said 2024-11-15. Near misses last: "last year's" after "to" and the past "lasted" keep the month behind.
  CHECK(found_in("The trial is expected to last two weeks and begin in early April.", "early April").value ==
        "2025-04");
  check_date("The meeting will last an hour and start in April.", "April", "2025-04");
  check_date("The works could last 10 days and end in March.", "March", "2025-03");
  check_date("Sales rose to last year's level in April.", "April", "2024-04");
  check_date("The trial lasted two weeks and began in April.", "April", "2024-04");
}

TEST_CASE("a list of ages in words after aged or ages is untagged as the figures are") {
  for (const char* const text :
       {"The siblings, aged four, five and six years, were found unharmed.",
        "Children aged four or five years were tested.", "The boys, ages nine and eleven years, were rescued.",
        "The girls, aged 4, five and six years, were found."}) {
    CAPTURE(text);
    CHECK(annalist::test::tag(text).empty());
  }
  // Near misses: the same words after "served" or "for" are lengths.
  CHECK(found_in("He served four, five and six years in three jobs.", "four").value == "P4Y");
  CHECK(found_in("He worked there for four or five years.", "five years").value == "P5Y");
}

TEST_CASE("plural weekdays joined by through, to or a dash are one set of the days between") {
  check_range("The shop is open Mondays through Fridays.", "Mondays through Fridays", TimexType::set, "XXXX-WXX-1",
              "XXXX-WXX-5");
  check_range("The show runs Wednesdays to Sundays.", "Wednesdays to Sundays", TimexType::set, "XXXX-WXX-3",
              "XXXX-WXX-7");
  check_range("Performances are Thursdays through Saturdays at 8 p.m.", "Thursdays through Saturdays at 8 p.m.",
              TimexType::set, "XXXX-WXX-4T20:00", "XXXX-WXX-6T20:00");
  check_range("Tours run Tuesdays-Saturdays.", "Tuesdays-Saturdays", TimexType::set, "XXXX-WXX-2", "XXXX-WXX-6");
  // Near misses: two days joined by "and", a plural before "through" and no weekday, stay apart.
  check_set("The clinic is closed Saturdays and Sundays.", "Saturdays", "XXXX-WXX-6");
  check_set("The clinic is closed Saturdays and Sundays.", "Sundays", "XXXX-WXX-7");
  check_set("Sales rose on Mondays through the year.", "Mondays", "XXXX-WXX-1");
}

TEST_CASE("a clock time on a weekday of no week under a fronted year is on an unknown day of that year") {
  // Said 2024-11-15. Near misses last: no year, or a day named, keep their readings.
  CHECK(found_in("In 1998, the company opened its first store at 10 a.m. on a Monday.", "10 a.m.").value ==
        "1998-XX-XXT10:00");
  CHECK(found_in("Back in 2011, the minister resigned at 6 p.m. on a Sunday.", "6 p.m.").value == "2011-XX-XXT18:00");
  CHECK(found_in("In 1987, the markets crashed shortly after 9:30 a.m. on a Monday in October.",
                 "shortly after 9:30 a.m.")
            .value == "1987-10-XXT09:30");
  CHECK(found_in("The company opened its first store at 10 a.m. on a Monday.", "10 a.m.").value == "2024-11-15T10:00");
  CHECK(found_in("In 1998, the company opened its first store at 10 a.m. on Monday, March 2.",
                 "10 a.m. on Monday, March 2")
            .value == "2024-03-02T10:00");
}

TEST_CASE("a midnight in the next sentence of a story run on ends the day that opened it") {
  // Said 2024-11-15 (a Friday). Near misses last: another day between, a deadline, the future.
  const TimeExpression docked =
      found_in("Early on Saturday the ferry left port. It docked shortly after midnight.", "shortly after midnight");
  CHECK(docked.value == "2024-11-09T24:00");
  CHECK(docked.mod == "AFTER");
  CHECK(
      found_in("Late on Tuesday the storm hit the coast. By midnight it had flooded the harbour.", "midnight").value ==
      "2024-11-12T24:00");
  CHECK(found_in("On Saturday the ferry left port. The next day it docked shortly after midnight.",
                 "shortly after midnight")
            .value == "2024-11-10T00:00");
  CHECK(found_in("Early on Saturday the ferry left port. The deadline is midnight.", "midnight").value ==
        "2024-11-15T00:00");
  CHECK(found_in("On Saturday the ferry left port. It will dock at midnight.", "midnight").value == "2024-11-15T00:00");
}

TEST_CASE("a clock time naming no day in a past clause under a fronted year is on an unknown day of that year") {
  // Said 2024-11-15. Near misses last: a day named, a present clause, the DCT's year, no fronted year.
  CHECK(found_in("In 1998, the store opened at 10 a.m.", "10 a.m.").value == "1998-XX-XXT10:00");
  CHECK(found_in("Back in 2004, the ceasefire took effect at 6 a.m., but shelling resumed within hours.", "6 a.m.")
            .value == "2004-XX-XXT06:00");
  CHECK(found_in("In 2009, the plant reopened on a Thursday at 7 a.m.", "Thursday at 7 a.m.").value ==
        "2009-XX-XXT07:00");
  CHECK(found_in("In 1998, the store opened at 10 a.m. on March 3.", "10 a.m. on March 3").value == "1998-03-03T10:00");
  CHECK(found_in("In 1998, the store opens at 10 a.m.", "10 a.m.").value == "2024-11-15T10:00");
  CHECK(found_in("In 2024, the store opened at 10 a.m. for the first time.", "10 a.m.").value == "2024-11-15T10:00");
  CHECK(found_in("In 1998, the company opened its first store. It opened at 10 a.m.", "10 a.m.").value ==
        "2024-11-15T10:00");
}

TEST_CASE("a new date a comma sets off from the shift that moved it lies ahead of the moving") {
  // Said 2024-11-15. Near misses last: a comma before "to" after no shift, a verb too far back.
  CHECK(found_in("The vote was delayed by six months, until May 2.", "May 2").value == "2025-05-02");
  CHECK(found_in("The filing deadline has been pushed back three months, to April 15.", "April 15").value ==
        "2025-04-15");
  CHECK(found_in("Sales rose 5 percent, to $3 billion, in March.", "March").value == "2024-03");
  CHECK(found_in("The curfew was extended, to the anger of residents, on May 2.", "May 2").value == "2024-05-02");
  CHECK(found_in("The Treasury pushed the deadline back three months, to April 15.", "April 15").value == "2024-04-15");
}

TEST_CASE("a year before a plural noun it dates, a year's returns or results or a vote, is no count") {
  check_date("Taxpayers have until April 15 to file their 2025 returns.", "2025", "2025");
  check_date("Analysts expect 2025 earnings to climb 8 percent.", "2025", "2025");
  check_date("Officials are still reviewing 2022 filings from banks.", "2022", "2022");
  // Near misses: a count of people or things stays a count.
  check_untagged("Their 2000 employees went on strike.", "2000");
  check_untagged("The IRS processed 1500 returns a day.", "1500");
}

TEST_CASE("a timetable word past a determiner after a past verb is its plural noun, the object") {
  // Said 2024-11-15, a Friday. Near misses last: the verb with its subject, a saying's report.
  check_date("Election officials counted the postal votes on Monday.", "Monday", "2024-11-11");
  check_date("The senator released his tax returns on Tuesday.", "Tuesday", "2024-11-12");
  check_date("His family returns on Monday.", "Monday", "2024-11-18");
  check_date("The senator said his family returns on Monday.", "Monday", "2024-11-18");
}

TEST_CASE("a count of hours or minutes later after a clock time counts from that clock time") {
  // Said 2024-11-15. Near misses last: a delay compared, no clock time before.
  const TimeExpression resumed =
      found_in("The ceasefire expired at 6 p.m. and fighting resumed an hour later.", "an hour later");
  CHECK(resumed.type == TimexType::time);
  CHECK(resumed.value == "2024-11-15T19:00");
  CHECK(found_in("At 11:40 p.m. the ship struck the iceberg. Two hours and 40 minutes later it sank.",
                 "Two hours and 40 minutes later")
            .value == "2024-11-16T02:20");
  CHECK(found_in("On Tuesday the truce began at midnight. An hour later, shelling resumed.", "An hour later").value ==
        "2024-11-13T01:00");
  CHECK(found_in("Polls closed at 8 p.m., an hour later than planned.", "an hour").value == "PT1H");
  CHECK(found_in("The vote closed on Friday, and two hours later the result came in.", "two hours later").value ==
        "2024-11-15TXX");
}

TEST_CASE("a fraction of an hour before earlier is a counted offset, as before later") {
  // Said 2024-11-15. Near miss last: an advance compared stays the length.
  const TimeExpression earlier =
      found_in("The alarm sounded at 3 a.m.; the evacuation began half an hour earlier.", "half an hour earlier");
  CHECK(earlier.type == TimexType::time);
  CHECK(earlier.value == "2024-11-15T02:30");
  CHECK(found_in("The count finished half an hour earlier than expected.", "half an hour").value == "PT30M");
}

TEST_CASE("an accounting year counted from now is the calendar year it is mostly in, as a fiscal one is") {
  // Said 2024-11-15: "financial", "tax", "budget" and "calendar" years as "the next fiscal year".
  check_date("Spending will rise in the next financial year.", "the next financial year", "2025");
  check_date("The department overspent in the last financial year.", "the last financial year", "2023");
  check_date("Borrowing is higher in the current financial year.", "the current financial year", "2024");
  check_date("The allowance is frozen this tax year.", "this tax year", "2024");
  check_date("The cut applies from next tax year.", "next tax year", "2025");
  check_date("The agency asked for more in the coming budget year.", "the coming budget year", "2025");
  check_date("The rates are fixed for the next calendar year.", "the next calendar year", "2025");
  check_date("Spending fell in financial year 2023.", "financial year 2023", "2023");
  CHECK(found_in("Allowances reset every tax year.", "every tax year").type == TimexType::set);
  // Near misses: a school year straddles two calendar years; a tax day or a budget week is no year.
  check_untagged("Fees will rise in the next school year.", "school year");
  check_untagged("The last budget week was chaotic.", "budget week");
  check_untagged("The next budget will cut taxes.", "budget");
}

TEST_CASE("two years a date or a target was moved between are two years, not a range") {
  // Said 2024-11-15: after a verb that moves a date and "from", as two days so moved are.
  check_date("The target date was pushed back from 2025 to 2028.", "2025", "2025");
  check_date("The target date was pushed back from 2025 to 2028.", "2028", "2028");
  check_date("The ban on new petrol cars was delayed from 2030 to 2035.", "2035", "2035");
  check_date("The Games were postponed from 2020 to 2021.", "2020", "2020");
  check_date("Ministers moved the deadline from 2026 to 2027.", "2026", "2026");
  // Near misses: the years between, after no verb of moving a date.
  check_years("Emissions fell 20 percent from 2010 to 2020.", "from 2010 to 2020", "2010", "2020");
  check_years("He served in the cabinet from 2010 to 2015.", "from 2010 to 2015", "2010", "2015");
  check_years("Production shifted from 2010 to 2015 toward electric models.", "2010 to 2015", "2010", "2015");
}

TEST_CASE("a court's putting off until a date yet to be set, or a remand until a date, looks ahead") {
  // Said 2024-11-15: "until a date in March" is read as "until March" is, what was put off lying ahead.
  check_date("The inquest was adjourned until a date in March.", "March", "2025-03");
  check_date("The hearing was adjourned to a later date in February.", "February", "2025-02");
  check_date("The case was adjourned to a date to be fixed in January.", "January", "2025-01");
  check_date("The vote was delayed until sometime in March.", "March", "2025-03");
  check_date("The case has been adjourned until a date in March.", "March", "2025-03");
  // A remand or bail until a date runs to the next hearing.
  check_date("He was remanded in custody until March.", "March", "2025-03");
  check_date("She was bailed until March.", "March", "2025-03");
  // Near misses: no putting off; the noun "bail" tells of a past state.
  check_date("The hearing was held on a date in March.", "March", "2024-03");
  check_date("He remained on bail until March, when the charges were dropped.", "March", "2024-03");
}

TEST_CASE("a month of the next sitting a thing is put to, or the next sitting is in, lies ahead") {
  // Said 2024-11-15: the next meeting in March is the coming March, whatever the putting's tense.
  check_date("The decision was deferred until the next meeting in March.", "March", "2025-03");
  check_date("The board postponed the vote to its next policy meeting in March.", "March", "2025-03");
  check_date("The issue was referred to the next session in March.", "March", "2025-03");
  check_date("The next meeting is in March.", "March", "2025-03");
  check_date("The bank's next rate decision is in March.", "March", "2025-03");
  check_date("The Fed\xE2\x80\x99s next meeting is in March.", "March", "2025-03");
  // Near misses: the last sitting, a past one, what was done at a sitting, a sitting won.
  check_date("The matter was discussed at the last meeting in March.", "March", "2024-03");
  check_date("The next meeting was in March.", "March", "2024-03");
  check_date("The bank's next rate decision was in March.", "March", "2024-03");
  check_date("At the next meeting in March, the board voted to cut rates.", "March", "2024-03");
  check_date("After losing in 2019, he won the next election in March.", "March", "2024-03");
  check_date("The meeting in March was deferred.", "March", "2024-03");
}

TEST_CASE("the rest or the remainder of the decade or the century is that decade or century") {
  // Said 2024-11-15, as "the rest of the year" is the year.
  check_date("Prices will keep rising for the rest of the decade.", "the rest of the decade", "202");
  check_date("Funding was frozen for the remainder of the decade.", "the remainder of the decade", "202");
  check_date("Growth will stay weak for the rest of this decade.", "the rest of this decade", "202");
  check_date("Sea levels will rise for the remainder of the century.", "the remainder of the century", "20");
  // Near misses: the year as before; "the decade" alone stays untagged.
  check_date("Funding was frozen for the rest of the year.", "the rest of the year", "2024");
  check_untagged("The decade was quiet.", "decade");
}

TEST_CASE("the balance of a period is tagged as the rest of it is") {
  // Said 2024-11-15: business news's "the rest of", the period, no mod. Near misses (no value):
  // no article, no period.
  static constexpr std::array<std::array<std::string_view, 3>, 6> cases{{
      {"Funding will be frozen for the balance of the year.", "the balance of the year", "2024"},
      {"Sales should stay weak for the balance of 2024.", "the balance of 2024", "2024"},
      {"Growth will slow over the balance of the decade.", "the balance of the decade", "202"},
      {"It struck a balance of the year's priorities.", "a balance of", ""},
      {"The balance of payments deteriorated.", "balance of payments", ""},
      {"The balance of the loan is due.", "balance", ""},
  }};
  for (const auto& [text, phrase, value] : cases)
    if (value.empty())
      check_untagged(text, phrase);
    else
      check_date(text, phrase, value);
}

TEST_CASE("a date after with effect from looks ahead, as after effective") {
  // Said 2024-11-15: British and official English's "effective".
  check_date("He was appointed chief executive with effect from 1 January.", "1 January", "2025-01-01");
  check_date("The statute was repealed with effect from 31 December.", "31 December", "2024-12-31");
  // Near misses: the near past stays open to a past act; "took effect from" is the act itself.
  check_date("The rate was cut with effect from 1 October.", "1 October", "2024-10-01");
  check_date("The cuts took effect from 1 January.", "1 January", "2024-01-01");
  check_date("The rule had no effect from 1 January onwards.", "1 January", "2024-01-01");
}

TEST_CASE("a calendar year named by one year is tagged with its article and noun, as a fiscal one") {
  check_date("Spending will rise in the 2026 calendar year.", "the 2026 calendar year", "2026");
  check_date("The 2026 tax year begins in April.", "The 2026 tax year", "2026");
  // Near miss: another noun after "calendar" leaves the year alone.
  check_date("They sold the 2026 calendar yearbook.", "2026", "2026");
}

TEST_CASE("the season of a break one returns from, not told as past, is the nearest") {
  // Said 2024-11-15: the summer just gone, as the autumn ahead is this one.
  check_date("MPs return from the summer recess next week.", "the summer", "2024-SU");
  check_date("Pupils are back from the summer holidays.", "the summer", "2024-SU");
  check_date("Lawmakers will come back from the winter break in January.", "the winter", "2024-WI");
  // Near misses: a return told as past keeps the past's; no break after the season.
  check_date("MPs returned from the summer recess last month.", "the summer", "2024-SU");
  CHECK(found_in("Pupils will be back from summer camp next year.", "summer").value == "2025-SU");
}

TEST_CASE("a remand, bail or adjournment until a numbered day names the coming one") {
  // Said 2024-11-15: the next hearing lies ahead, as "remanded until March" does.
  check_date("He was remanded in custody until 3 October.", "3 October", "2025-10-03");
  check_date("She was bailed until October 3.", "October 3", "2025-10-03");
  check_date("The case was adjourned until 3 October.", "3 October", "2025-10-03");
  // Near misses: a past custody or a past putting off keeps the nearer side.
  check_date("He was held in custody until 3 October, when he was released.", "3 October", "2024-10-03");
  check_date("The vote was postponed until 3 October.", "3 October", "2024-10-03");
}

TEST_CASE("a span of months told in the past without its year is over at the telling") {
  // The range `begin`..`end` of `phrase` in `text` said on `said`.
  const auto range_of = [](std::string_view text, std::string_view phrase, std::string_view said) {
    CAPTURE(text);
    const auto found = annalist::test::tag(text, said);
    const auto t = annalist::test::expression(found, phrase);
    REQUIRE(t);
    REQUIRE(t->range_begin);
    REQUIRE(t->range_end);
    return *t->range_begin + ".." + *t->range_end;
  };
  CHECK(range_of("Fixed-asset investment grew 3.2 percent in January-December.", "January-December", "2025-01-17") ==
        "2024-01..2024-12");
  CHECK(range_of("Exports rose 5 percent in January-November, the customs office said.", "January-November",
                 "2025-01-10") == "2024-01..2024-11");
  CHECK(range_of("Investment grew 3.2 percent between January and December.", "between January and December",
                 "2025-01-17") == "2024-01..2024-12");
  CHECK(range_of("Profits rose in March-May, the bureau said.", "March-May", "2025-03-05") == "2024-03..2024-05");
  // Ended by the telling, not told in the past, or with its year: as before.
  CHECK(range_of("Profits rose in January-February, the statistics bureau said.", "January-February", "2025-03-05") ==
        "2025-01..2025-02");
  CHECK(range_of("The exhibition runs from January to December.", "from January to December", "2025-01-17") ==
        "2025-01..2025-12");
  CHECK(range_of("Output fell from January to December 2025.", "from January to December 2025", "2025-01-17") ==
        "2025-01..2025-12");
  CHECK(range_of("Sales rose in July-December.", "July-December", "2025-01-17") == "2024-07..2024-12");
}

TEST_CASE("two months joined by a hyphened 'to' are the span of them, as with a dash") {
  check_date("Output contracted by 0.1 percent in the April-to-June period.", "the April-to-June period", "2024-Q2");
  check_date("Sales rose in the July-to-September quarter.", "the July-to-September quarter", "2024-Q3");
  check_range("Sales rose in the February-to-April period.", "the February-to-April period", TimexType::date, "2024-02",
              "2024-04");
  check_range("Sales rose in April-to-June.", "April-to-June", TimexType::date, "2024-04", "2024-06");
  check_range("Sales rose in April-to-June 2023.", "April-to-June 2023", TimexType::date, "2023-04", "2023-06");
  // A hyphened compound around another word is none.
  check_untagged("The back-to-school season starts in August.", "back-to-school");
}

TEST_CASE("'the past' before a count in figures of things no time unit names is no time") {
  check_untagged("The benchmark index has risen in 12 of the past 15 sessions.", "the past");
  check_untagged("The team has won eight of the past 10 games.", "the past");
  // A noun of time alone, or a length read whole, stays.
  check_date("In the past, two of them won.", "the past", "PAST_REF");
  CHECK(found_in("Prices have doubled in the past 10 years.", "the past 10 years").value == "P10Y");
}

TEST_CASE("'fiscal' alone after a direction word is the fiscal year, as Indian English writes it") {
  check_date("Growth slowed to 6.5 percent in the current fiscal, the ministry said.", "the current fiscal", "2024");
  check_date("The deficit target for this fiscal is 4.9 percent of GDP.", "this fiscal", "2024");
  check_date("Exports fell 15 percent last fiscal.", "last fiscal", "2023");
  check_date("The company expects to turn profitable next fiscal.", "next fiscal", "2025");
  // Near misses: the adjective before its noun, or before another adjective it is joined to.
  check_untagged("The current fiscal deficit is too large.", "fiscal");
  check_untagged("This fiscal stance is too loose.", "This fiscal");
  check_untagged("Analysts prefer the current fiscal and monetary policy mix.", "fiscal");
  check_untagged("He argued that fiscal, not monetary, policy must act.", "that fiscal");
  check_date("The deficit will narrow in the current fiscal year.", "the current fiscal year", "2024");
}

TEST_CASE("a quarter named by its last month takes its year between them or after 'of'") {
  check_date("Annual CPI inflation was 1.5 percent in the March 2019 quarter.", "the March 2019 quarter", "2019-Q1");
  check_date("Inflation in the September quarter of 2018 was 1.9 percent.", "the September quarter of 2018", "2018-Q3");
  // Near misses: a month that ends no quarter, or a month and its year before another noun.
  check_date("Sales in the April 2019 quarter rose.", "April 2019", "2019-04");
  check_date("The March 2019 report was revised.", "March 2019", "2019-03");
}

TEST_CASE("a range of recent years before a verb in 's' is years, not a count") {
  check_years("The multiannual financial framework for the programming period 2021-2027 allocates EUR 22 billion.",
              "2021-2027", "2021", "2027");
  check_years("The strategy for 2021-2025 includes five goals.", "2021-2025", "2021", "2025");
  check_years("The budget for 2021-2027 allocates funds to cohesion.", "2021-2027", "2021", "2027");
  // Near misses: round figures before a plural noun, or a plural noun before a preposition, stay a count.
  check_no_year_range("The army sent 1500-2000 troops to the border.");
  check_no_year_range("Builders completed 2000-2500 homes.");
  check_no_year_range("The team won 2008 to 2009 votes in the ballot.");
}

TEST_CASE("figures and 'p' after a verb of change's 'by' or before 'per' are pence, no clock time") {
  check_untagged("Fuel duty will be cut by 5p per litre.", "5p");
  check_untagged("The basic rate will fall by 1p to 19p in the pound.", "1p");
  check_untagged("Stamps rose by 2p.", "2p");
  // Near misses: after a preposition of time the hour stays.
  CHECK(found_in("Let's meet at 5p tomorrow.", "5p").type == TimexType::time);
  CHECK(found_in("Please reply by 5p.", "5p.").type == TimexType::time);
}

TEST_CASE("a unit glued to 'long' is one unit's length, as with its hyphen") {
  const TimeExpression yearlong = found_in("The program resumed after a yearlong pause.", "yearlong");
  CHECK(yearlong.type == TimexType::duration);
  CHECK(yearlong.value == "P1Y");
  CHECK(found_in("The weeklong talks ended without a deal.", "weeklong").value == "P1W");
  CHECK(found_in("A daylong strike closed the ports.", "daylong").value == "P1D");
  CHECK(found_in("The talks followed a year-long pause.", "year-long").value == "P1Y");
  // Near miss: "lifelong" names no unit.
  check_untagged("She is a lifelong member of the party.", "lifelong");
}

TEST_CASE("a forecast's period is its span ahead, as its horizon is") {
  check_date("GDP is projected to grow by 1.75 percent a year over the forecast period.", "the forecast period",
             "FUTURE_REF");
  check_date("Inflation returns to target by the end of the forecast horizon.", "the forecast horizon", "FUTURE_REF");
}

TEST_CASE("months before a budget year over two calendar years run from its first year") {
  check_range("Capital expenditure during April-January 2023-24 rose 29 percent.", "April-January 2023-24",
              TimexType::date, "2023-04", "2024-01");
  check_range("Tax receipts in April-December 2023/24 rose 12 percent.", "April-December 2023/24", TimexType::date,
              "2023-04", "2023-12");
  // Near miss: two years that are no budget year stay apart from the months.
  check_years("Tax receipts in April-December 2023-26 rose.", "2023-26", "2023", "2026");
}

TEST_CASE("a count of months glued to a year is that year's first months, as results abbreviate it") {
  check_range("Net profit rose 12 percent in 9M2014 from 9M2013.", "9M2014", TimexType::date, "2014-01", "2014-09");
  check_range("Loan growth slowed in 6M24.", "6M24", TimexType::date, "2024-01", "2024-06");
  // Near misses: the company's name before a year, a distance.
  check_untagged("3M 2014 results beat forecasts.", "3M");
  check_untagged("She ran 9M in training.", "9M");
}

TEST_CASE("a quarter or a half and its year may be joined by a slash") {
  check_date("The current account deficit narrowed in Q4/2014.", "Q4/2014", "2014-Q4");
  check_date("Sales rose in H1/2014.", "H1/2014", "2014-H1");
  // Near miss: two quarters joined by a slash stay two.
  CHECK(found_in("Q1/Q2 comparisons are hard.", "Q1").type == TimexType::date);
  CHECK(found_in("Q1/Q2 comparisons are hard.", "Q2").type == TimexType::date);
}

TEST_CASE("the year through a month is the length up to it, as the year to a month is") {
  const TimeExpression year = found_in("Inflation averaged 7.4 percent in the year through December.", "the year");
  CHECK(year.type == TimexType::duration);
  CHECK(year.value == "P1Y");
  CHECK(found_in("Sales fell 2 percent in the week through Friday.", "the week").value == "P1W");
  // Near miss: "through" before no date ends no period.
  check_date("Prices rose steadily through the year.", "the year", "2024");
}
