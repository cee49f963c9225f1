// Dates as reports and policy papers write them: fiscal years, season and budget years over two
// calendar years, parts of the decade and the century, and ranges begun in a part of a day or a
// year. DCT 2024-11-15 (a Friday) unless a case says otherwise.
#include "timex_test_support.hpp"

#include <annalist/parser/timeml.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

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

TEST_CASE("a quarter or half of a fiscal year abbreviated FY is that part of the year") {
  check_date("Revenue rose in Q3 FY2024.", "Q3 FY2024", "2024-Q3");
  check_date("FY24 Q3 margins fell.", "FY24 Q3", "2024-Q3");
  check_date("Guidance for H1 FY25 is unchanged.", "H1 FY25", "2025-H1");
  check_date("In the first quarter of FY2024 sales rose.", "the first quarter of FY2024", "2024-Q1");
}

TEST_CASE("FY alone and FY in a part number are no dates") {
  check_untagged("The FY totals are shown below.", "FY");
  check_untagged("The FY24X module shipped late.", "FY24X");
  check_untagged("Order part FY2024B today.", "FY2024B");
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
}

TEST_CASE("a year and the next one after a slash are a range of years") {
  check_years("The 2024/25 season opens in August.", "2024/25", "2024", "2025");
  check_years("In 2023/2024 we grew.", "2023/2024", "2023", "2024");
  check_years("Sales in 2019/20 fell.", "2019/20", "2019", "2020");
  check_years("Enrolment in 1999/00 was low.", "1999/00", "1999", "2000");
  // A year and the next month's number: the span, as the month (2010-11) is the rarer reading.
  check_years("The 2010/11 season was short.", "2010/11", "2010", "2011");
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
  check_untagged("End of decade targets were set.", "decade");
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
  // Not an aside: the main clause's future holds.
  check_date("The vote will be on Sunday, officials said.", "Sunday", "2024-11-17");
  check_date("The deal, which he will sign on Sunday, is large.", "Sunday", "2024-11-17");
}
