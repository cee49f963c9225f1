// Which day and year an underspecified date means (a weekday with its date, a month elaborating a
// year said before it), clock forms whose day or precision is easy to lose, and impossible days.
#include "timex_test_support.hpp"

#include <doctest/doctest.h>

#include <array>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using annalist::TimeExpression;
using annalist::TimexType;

namespace {

// The expression found in `text` whose text is `phrase`; fails the test when absent.
TimeExpression found_in(std::string_view text, std::string_view phrase, std::string_view dct) {
  const auto t = annalist::test::expression(annalist::test::tag(text, dct), phrase);
  REQUIRE_MESSAGE(t, "no expression \"" << phrase << "\" in: " << text);
  return *t;
}

std::string value_of(std::string_view text, std::string_view phrase, std::string_view dct) {
  return found_in(text, phrase, dct).value;
}

// Whether `phrase` in each of `sentences` said on `dct` has the value `expected`.
void check_values(std::initializer_list<std::string_view> sentences, std::string_view phrase, std::string_view dct,
                  std::string_view expected) {
  for (const std::string_view sentence : sentences) {
    CAPTURE(sentence);
    CHECK(value_of(sentence, phrase, dct) == expected);
  }
}

// Whether each {sentence, phrase, value} said on `dct` gives its phrase that value.
void check_phrase_values(std::span<const std::array<std::string_view, 3>> cases, std::string_view dct) {
  for (const auto& [text, phrase, value] : cases) {
    CAPTURE(text);
    CHECK(value_of(text, phrase, dct) == value);
  }
}

}  // namespace

TEST_CASE("a weekday with a yearless date picks the nearby year in which the date falls on it") {
  // 2024-03-12 is a Tuesday, 2025-03-12 a Wednesday: the weekday decides, not "will".
  CHECK(value_of("Talks resumed on Tuesday 12 March and will end by the end of Q2.", "Tuesday 12 March",
                 "2024-11-15") == "2024-03-12");
  CHECK(value_of("The summit opens on Wednesday 12 March.", "Wednesday 12 March", "2024-11-15") == "2025-03-12");
  CHECK(value_of("The vote was held on Friday, Nov. 17.", "Friday, Nov. 17", "2024-11-15") == "2023-11-17");
}

TEST_CASE("in a narrative a weekday with a yearless date picks the year near the story's year") {
  // The story has reached 1944: 12 March 1944 is a Sunday, 12 March 1945 a Monday.
  const std::string story =
      "The war began in 1941. In 1942 the army advanced. In 1943 it held the river. In 1944 it retreated. ";
  CHECK(value_of(story + "On 12 March the talks opened.", "12 March", "2024-11-15") == "1944-03-12");
  CHECK(value_of(story + "On Sunday 12 March the talks opened.", "Sunday 12 March", "2024-11-15") == "1944-03-12");
  CHECK(value_of(story + "On Monday 12 March the talks opened.", "Monday 12 March", "2024-11-15") == "1945-03-12");
}

TEST_CASE("a weekday that fits no nearby year leaves the year the date alone would get") {
  // 12 March is a Sunday in 2023, a Tuesday in 2024, a Wednesday in 2025: "Monday" is a slip.
  const std::string with_weekday = value_of("The summit opens on Monday 12 March.", "Monday 12 March", "2024-11-15");
  const std::string without = value_of("The summit opens on 12 March.", "12 March", "2024-11-15");
  CHECK(with_weekday == without);
  CHECK(with_weekday.starts_with("202"));
}

TEST_CASE("a yearless month elaborating a year said just before it takes that year") {
  const std::string_view cut = "Interest rates were cut twice in 2023, in March and again in September.";
  CHECK(value_of(cut, "2023", "2024-11-15") == "2023");
  CHECK(value_of(cut, "March", "2024-11-15") == "2023-03");
  CHECK(value_of(cut, "September", "2024-11-15") == "2023-09");
  CHECK(value_of("Sales fell last year, mostly in March.", "March", "2024-11-15") == "2023-03");
  CHECK(value_of("The plant was closed in 2021 (in June and July).", "June", "2024-11-15") == "2021-06");
  CHECK(value_of("Output peaked in 2022 \xE2\x80\x94 in May.", "May", "2024-11-15") == "2022-05");
}

TEST_CASE("a yearless month in a clause after a year and ', when' takes that year") {
  CHECK(value_of("The heatwave is the earliest since 2019, when temperatures topped 43C in late June.", "late June",
                 "2026-06-23") == "2019-06");
  CHECK(value_of("Prices rose last year, when the bank cut rates in March.", "March", "2026-06-23") == "2025-03");
  CHECK(value_of("It could be like 2030, when the law takes effect in June.", "June", "2026-06-23") == "2030-06");
  // Only in that clause: the next sentence is the DCT's again.
  CHECK(value_of("It recalled 2019, when floods hit. In March, sales rose.", "March", "2026-06-23") == "2026-03");
}

TEST_CASE("a month after a year in another clause, list or sentence keeps the DCT's year") {
  // TimeBank wsj_0520: a verb between starts a clause of its own.
  CHECK(value_of("Under a program approved by the company in 1987 that didn't specify a share amount, Nashua had "
                 "purchased 481,000 shares through Sept. 29.",
                 "Sept. 29", "1989-10-30") == "1989-09-29");
  // "and" right after the year lists another period.
  CHECK(value_of("Prices rose in 2021 and in March.", "March", "2024-11-15") != "2021-03");
  CHECK(value_of("Rates were cut in 2021. In March they rose.", "March", "2024-11-15") != "2021-03");
}

TEST_CASE("in news a yearless month goes on from the past episode its paragraph tells") {
  CHECK(value_of("On 3 March 2019 the company filed for bankruptcy. In June, creditors approved the plan.", "June",
                 "2025-03-12") == "2019-06");
  // The first such month after the episode's: the story moves on.
  CHECK(value_of("The lender failed in September 2008. In February, regulators sold its branches.", "February",
                 "2025-03-12") == "2009-02");
  CHECK(value_of("The toy maker filed for bankruptcy in September 2017. On March 15, it closed its stores.", "March 15",
                 "2025-03-12") == "2018-03-15");
  // Each month carries the episode on.
  const std::string_view virus =
      "The virus was first reported in December 2019. In January, China locked down "
      "Wuhan. In March, the WHO declared a pandemic.";
  CHECK(value_of(virus, "January", "2025-03-12") == "2020-01");
  CHECK(value_of(virus, "March", "2025-03-12") == "2020-03");
}

TEST_CASE("in news a month told after 'after' in the episode's sentence is the one before the episode") {
  const std::string_view war =
      "The Bosnian War began in April 1992, after a referendum held on 29 February and 1 March. The siege "
      "of Sarajevo started on 5 April.";
  CHECK(value_of(war, "29 February", "2012-03-04") == "1992-02-29");
  CHECK(value_of(war, "1 March", "2012-03-04") == "1992-03-01");
  CHECK(value_of(war, "5 April", "2012-03-04") == "1992-04-05");
  // Without "after", or in the next sentence, the story moves on to the next such month.
  CHECK(value_of("The war began in April 1992 and ended in March.", "March", "2012-03-04") == "1993-03");
  CHECK(value_of("The war began in April 1992, after a long crisis. In March, it ended.", "March", "2012-03-04") ==
        "1993-03");
}

TEST_CASE("in news a clock time alone names no day and leaves the episode open") {
  CHECK(value_of("On 3 March 2019 the company filed for bankruptcy. At 2 p.m., shares were halted. On 5 March, the "
                 "chief executive resigned.",
                 "5 March", "2025-03-12") == "2019-03-05");
  CHECK(value_of("The war began on 6 October 1973. Troops crossed at 2 p.m. On 15 October, they crossed back.",
                 "15 October", "2012-03-04") == "1973-10-15");
  // A day counted from the DCT still ends it.
  CHECK(value_of("On 3 March 2019 the company filed for bankruptcy. Yesterday at 2 p.m. its shares fell. On 5 March, "
                 "it will report.",
                 "5 March", "2025-03-12") != "2019-03-05");
}

TEST_CASE("in news a clock time with its date after 'at' opens an episode as a date after 'on' does") {
  CHECK(value_of("A truce came into force at noon on 11 July 1921. Talks began in London in October.", "October",
                 "2014-02-10") == "1921-10");
  CHECK(value_of("The strike began at 6 a.m. on 3 March 2019. In June, the union settled.", "June", "2025-03-12") ==
        "2019-06");
  // A time of the DCT's year opens none.
  CHECK(value_of("The strike began at 6 a.m. on 3 March 2025. In June, the union will vote.", "June", "2025-03-12") ==
        "2025-06");
}

TEST_CASE("in news an irregular past verb tells the episode's past as an -ed verb does") {
  CHECK(value_of("The Commune seized power in March 1871. In May, troops retook the city.", "May", "2012-03-04") ==
        "1871-05");
  CHECK(value_of("The reactor was shut in March 2009. In June, it underwent repairs.", "June", "2012-03-04") ==
        "2009-06");
}

TEST_CASE("in news a season, quarter or half of a year opens an episode at its first month") {
  CHECK(value_of("In the spring of 1453 the Ottoman army besieged Constantinople. The city fell on 29 May.", "29 May",
                 "2010-01-01") == "1453-05-29");
  // A winter begins in December: the month after it is the next year's.
  CHECK(value_of("In the winter of 2019 the firm ran out of cash. In February it filed for bankruptcy.", "February",
                 "2025-06-01") == "2020-02");
  CHECK(value_of("In the third quarter of 2019 sales fell. In October the chief executive resigned.", "October",
                 "2025-06-01") == "2019-10");
  // Without its year it is counted from the DCT, and so is the month after it.
  CHECK(value_of("Sales fell in the third quarter. In October the chief executive resigned.", "October",
                 "2025-06-01") == "2024-10");
}

TEST_CASE("'the next summer' and 'the next March' are counted from the last date named, as 'the next year' is") {
  CHECK(value_of("Richard reached Acre on 8 June 1191. He marched on Jerusalem the next summer.", "the next summer",
                 "2014-02-10") == "1192-SU");
  CHECK(value_of("The company was founded on 8 June 1991. It listed its shares the next March.", "the next March",
                 "2014-02-10") == "1992-03");
  // Without the article it is counted from now.
  CHECK(value_of("Richard reached Acre on 8 June 1191. He will march on Jerusalem next summer.", "next summer",
                 "2014-02-10") == "2014-SU");
  CHECK(value_of("The plant will reopen the next summer.", "the next summer", "2014-02-10") == "2014-SU");
}

TEST_CASE("'the following spring' after a year named alone is the first after that year") {
  CHECK(value_of("The war ended in 1945. The following spring, the troops came home.", "The following spring",
                 "2025-03-12") == "1946-SP");
  CHECK(value_of("The plant opened in 2004. The next summer, it doubled its output.", "The next summer",
                 "2025-03-12") == "2005-SU");
  // A winter is the one the year's December opens.
  CHECK(value_of("The war ended in 1945. The following winter was harsh.", "The following winter", "2025-03-12") ==
        "1945-WI");
  // After a month, the first after the month; "that spring" and "the previous spring" as before.
  CHECK(value_of("The dam was finished in May 1936. The following summer, the valley flooded.", "The following summer",
                 "2025-03-12") == "1936-SU");
  CHECK(value_of("The war ended in 1945. That spring, the troops came home.", "That spring", "2025-03-12") ==
        "1945-SP");
  CHECK(value_of("The plant opened in 2004. The previous summer, workers had struck.", "The previous summer",
                 "2025-03-12") == "2003-SU");
}

TEST_CASE("a month or a week counted from a year named alone names the year, not January's month or week") {
  CHECK(value_of("The war ended in 1945. The following month, the troops came home.", "The following month",
                 "2025-03-12") == "1945-XX");
  CHECK(value_of("The war ended in 1945. A week later, the troops came home.", "A week later", "2025-03-12") ==
        "1945-WXX");
  // Half a year or more on, the next year is the likelier.
  CHECK(value_of("The war ended in 1945. Seven months later, the troops came home.", "Seven months later",
                 "2025-03-12") == "1946-XX");
  // From a month the month is counted.
  CHECK(value_of("The factory closed in March 1998. The following month, the workers protested.", "The following month",
                 "2025-03-12") == "1998-04");
}

TEST_CASE("that month, that week, that weekend after a coarser date name no month or week the text did not") {
  // The text named no month or week for them to be: the year's, unknown within it.
  CHECK(value_of("The plant closed in 2009. Two other mills shut that week.", "that week", "2025-03-12") == "2009-WXX");
  CHECK(value_of("The plant closed in 2009. Two other mills shut that month.", "that month", "2025-03-12") ==
        "2009-XX");
  CHECK(value_of("The plant closed in 2009. Two other mills shut the same month.", "the same month", "2025-03-12") ==
        "2009-XX");
  CHECK(value_of("The plant closed in 2009. Two other mills shut that weekend.", "that weekend", "2025-03-12") ==
        "2009-WXX-WE");
  CHECK(value_of("The plant closed in March 2009. Two mills shut that same week.", "that same week", "2025-03-12") ==
        "2009-WXX");
  // After a date as fine or finer, its own: the month of a month, the week of a day.
  CHECK(value_of("The plant closed in March 2009. Two other mills shut that month.", "that month", "2025-03-12") ==
        "2009-03");
  CHECK(value_of("The plant closed on March 3, 2009. Two other mills shut that week.", "that week", "2025-03-12") ==
        "2009-W10");
  CHECK(value_of("The plant closed on March 3, 2009. Two mills shut that weekend.", "that weekend", "2025-03-12") ==
        "2009-W10-WE");
}

TEST_CASE("a winter the story reaches from its year's autumn moves the reference time to its December") {
  CHECK(value_of("Richard defeated Saladin on 7 September 1191. That winter he waited. The following spring he "
                 "marched.",
                 "The following spring", "2014-02-10") == "1192-SP");
  CHECK(value_of("Richard defeated Saladin on 7 September 1191. He marched on Jerusalem that winter and the next "
                 "summer.",
                 "the next summer", "2014-02-10") == "1192-SU");
  // Named with its year, a winter is TIMEX3's YYYY-WI, from its December into the next year: the
  // summer after it is the next year's (was 1191-SU, counted from the January standing for it).
  CHECK(value_of("In the winter of 1191 he waited. The following summer he marched.", "The following summer",
                 "2014-02-10") == "1192-SU");
}

TEST_CASE("in news a date counted from the episode carries it on, another year alone ends it") {
  CHECK(value_of("The retailer filed for bankruptcy on Jan. 15, 2020. Two days later its chief resigned. In March, "
                 "it closed 200 stores.",
                 "March", "2025-03-12") == "2020-03");
  // TimeBank APW19980418.0210: "the following year" leaves no month to go on from.
  CHECK(value_of("On May 22, 1995, Farkas was made a brigadier general, and the following year he was appointed "
                 "attache. However, cited by police in December for driving under the influence, he retired.",
                 "December", "1998-04-18") == "1997-12");
}

TEST_CASE("a period 'on' before a comma or a full stop counts on from the last date named, as 'later' does") {
  CHECK(value_of("The referendum took place on 23 June 2016. A year on, talks had barely begun.", "A year on",
                 "2025-03-12") == "2017");
  CHECK(value_of("The experiment began on 1 March 2024. Six months on, the mice were well.", "Six months on",
                 "2025-03-12") == "2024-09");
  CHECK(value_of("The storm hit on 3 March 2024. Two weeks on, homes were still without power.", "Two weeks on",
                 "2025-03-12") == "2024-W11");
  CHECK(value_of("The mine flooded on 10 June 2022. Pumps were still running a month on.", "a month on",
                 "2025-03-12") == "2022-07");
  // A rota's "on" is no offset, nor is "a week on Tuesday" (a day), nor "on from" an event.
  CHECK(value_of("Rig workers do two weeks on, two weeks off.", "two weeks", "2025-03-12") == "P2W");
  CHECK(value_of("They meet a week on Tuesday.", "a week on Tuesday", "2025-03-12") == "2025-03-25");
  CHECK(value_of("A year on from the floods, residents are rebuilding.", "A year", "2025-03-12") == "P1Y");
}

TEST_CASE("months or years on with no date named before, told in the present, reach the DCT's period") {
  // Counted from something that long before now (were that far ahead of the DCT); a date named
  // before is counted from; a future still counts on from the DCT. Said 2024-07-16.
  const std::array<std::array<std::string_view, 3>, 8> cases{{
      {"Ten years on, the town is still rebuilding.", "Ten years on", "2024"},
      {"A quarter of a century later, the case remains open.", "A quarter of a century later", "2024"},
      {"A decade later, the families are still waiting.", "A decade later", "2024"},
      {"Six months on, the town is still rebuilding.", "Six months on", "2024-07"},
      {"The plant closed in 1994. Thirty years on, the town is still rebuilding.", "Thirty years on", "2024"},
      {"The plant shut in 2004. Ten years on, the site is a park.", "Ten years on", "2014"},
      {"Ten years on, the plant will close.", "Ten years on", "2034"},
      {"Five years later, the debt is expected to double.", "Five years later", "2029"},
  }};
  check_phrase_values(cases, "2024-07-16");
}

TEST_CASE("days or weeks on, or any count on in the present perfect, with no date named before reach the DCT's") {
  // Counted from something that long before now, as months and years in the present are. Said
  // 2025-03-12 (a Wednesday, in 2025-W11).
  const std::array<std::array<std::string_view, 3>, 7> cases{{
      {"Three days later, the town is still flooded.", "Three days later", "2025-03-12"},
      {"Two weeks on, the cause is unknown.", "Two weeks on", "2025-W11"},
      {"Five days on, rescuers are still searching the rubble.", "Five days on", "2025-03-12"},
      {"A year on, nothing has changed.", "A year on", "2025"},
      {"Six months on, little has been done.", "Six months on", "2025-03"},
      {"Eighteen months later, nobody has been charged.", "Eighteen months later", "2025-03"},
      // Near-misses: a date named before is counted from; the future counts on from the DCT.
      {"The fire broke out on March 1. Three days later, the town is still flooded.", "Three days later", "2025-03-04"},
  }};
  check_phrase_values(cases, "2025-03-12");
  CHECK(value_of("Three days later, the team will play again.", "Three days later", "2025-03-12") == "2025-03-15");
  CHECK(value_of("Ten years on, the plant will have closed.", "Ten years on", "2025-03-12") == "2035");
}

TEST_CASE("a count on told in the past with no date named before is after an untold time: only its unit") {
  // As WikiWars writes a day whose anchor is unknown (XXXX-XX-XX), not counted ahead of the DCT.
  const std::array<std::array<std::string_view, 3>, 5> cases{{
      {"A week later, no one had been charged.", "A week later", "XXXX-WXX"},
      {"Her body was found three days later in a wooded area.", "three days later", "XXXX-XX-XX"},
      {"Two years later he was named editor.", "Two years later", "XXXX"},
      {"Six months later, the road was reopened.", "Six months later", "XXXX-XX"},
      // Near-miss: a date named before is counted from.
      {"The fire broke out on March 1. Three days later, police arrested a suspect.", "Three days later", "2025-03-04"},
  }};
  check_phrase_values(cases, "2025-03-12");
}

TEST_CASE("'later that year' or 'that autumn' with no date before, told in the past, is of an untold year") {
  const std::array<std::array<std::string_view, 3>, 6> cases{{
      {"Later that year, she published her first novel.", "Later that year", "XXXX"},
      {"Early that month, the army crossed the river.", "Early that month", "XXXX-XX"},
      {"That autumn, he enrolled at the university.", "That autumn", "XXXX-FA"},
      {"In the spring of that year, the two sides met in Geneva.", "the spring of that year", "XXXX-SP"},
      // Near-misses: a year or month named before gives it.
      {"She moved to Paris in 1962. Later that year, she published her first novel.", "Later that year", "1962"},
      {"The vote was held in March. Later that month, the results were annulled.", "Later that month", "2025-03"},
  }};
  check_phrase_values(cases, "2025-06-04");
  // "that year" alone with nothing before stays untagged (TimeBank tags no unit with no date).
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("He was born that year.", "2025-06-04"), "that year"));
}

TEST_CASE("the weekend told in the past on a Sunday is that week's, all but over") {
  // 2026-06-14 is a Sunday of 2026-W24. On the Monday after, and ahead on the Sunday, the same
  // weekend; on a Saturday the one before. {text, DCT, value}.
  const std::array<std::array<std::string_view, 3>, 5> cases{{
      {"Storms hit the region over the weekend.", "2026-06-14", "2026-W24-WE"},
      {"Investigators spent the weekend combing the site.", "2026-06-14", "2026-W24-WE"},
      {"Storms hit the region over the weekend.", "2026-06-15", "2026-W24-WE"},
      {"Storms will hit the region over the weekend.", "2026-06-14", "2026-W24-WE"},
      {"Storms hit the region over the weekend.", "2026-06-13", "2026-W23-WE"},
  }};
  for (const auto& [text, dct, value] : cases) {
    CAPTURE(text);
    CAPTURE(dct);
    CHECK(value_of(text, "the weekend", dct) == value);
  }
}

TEST_CASE("'the following weekend' after a weekday the story named ends that day's week") {
  CHECK(value_of("The minister unveiled the plan on Friday 22 September 2023. The following weekend, thousands "
                 "protested.",
                 "The following weekend", "2025-03-12") == "2023-W38-WE");
  CHECK(value_of("The minister unveiled the plan on 21 September 2023. The following weekend, thousands protested.",
                 "The following weekend", "2025-03-12") == "2023-W38-WE");
  // After a Saturday or a Sunday, the next week's.
  CHECK(value_of("The band played Berlin on Saturday 23 September 2023. The following weekend it played Paris.",
                 "The following weekend", "2025-03-12") == "2023-W39-WE");
  CHECK(value_of("Two weekends later, they returned.", "Two weekends later", "2025-03-12") == "2025-W13-WE");
}

TEST_CASE("'the weekend before' or 'after' set off after a day named is the weekend before or after it") {
  CHECK(value_of("The show opened on Thursday 4 May 2023. The weekend before, the lead actor fell ill.",
                 "The weekend before", "2025-03-12") == "2023-W17-WE");
  CHECK(value_of("The show opened on Sunday 7 May 2023. The weekend before, the lead actor fell ill.",
                 "The weekend before", "2025-03-12") == "2023-W17-WE");
  CHECK(value_of("The show opened on Thursday 4 May 2023. The weekend after, it sold out.", "The weekend after",
                 "2025-03-12") == "2023-W18-WE");
  // Before a noun phrase it counts from an event: the weekend alone, as before.
  CHECK(value_of("He spent the weekend before the vote in Ohio.", "the weekend", "2025-03-12") == "2025-W10-WE");
}

TEST_CASE("in news a period counted on from the last date named moves the reference time, one counted back not") {
  CHECK(
      value_of("The rebellion began in January 1851. Two years later, the rebels took Nanjing. The expedition set out "
               "that May.",
               "that May", "2014-02-10") == "1853-05");
  // A count back is a comparison with the date named: the next one compares with it too.
  const std::string_view profit =
      "Profit was $5 million in March 2019, up from $3 million a year earlier. Two years earlier it had been $1 "
      "million.";
  CHECK(value_of(profit, "Two years earlier", "2025-03-12") == "2017");
}

TEST_CASE("'a year earlier' compared with a month named is that month a year back") {
  CHECK(value_of("Sales were flat in May compared with a year earlier.", "a year earlier", "2025-03-12") == "2023-05");
  CHECK(value_of("Inflation eased to 2.8% in February from 3.1% a year earlier.", "a year earlier", "2025-03-12") ==
        "2024-02");
  // A month named after the quarter is the one compared with.
  CHECK(value_of("Sales rose 5% in the third quarter. In October, prices were 3% higher than a year earlier.",
                 "a year earlier", "2024-11-15") == "2023-10");
  // A year told on from a month, no comparison, stays the year; a quarter keeps its quarter.
  CHECK(value_of("He joined the firm in March 2019. A year earlier, he had left Google.", "A year earlier",
                 "2025-03-12") == "2018");
  CHECK(value_of("Exports rose 5% in the third quarter from a year earlier.", "a year earlier", "2025-03-12") ==
        "2023-Q3");
  // "the same month last year" names the month compared with; a count of years counts them.
  CHECK(value_of("Prices in June were 3% higher than the same month last year.", "the same month last year",
                 "2025-03-12") == "2023-06");
  CHECK(value_of("Unemployment in March was 4.1%, compared with 3.9% two years earlier.", "two years earlier",
                 "2025-03-12") == "2023-03");
}

TEST_CASE("in news 'the new year' told in the past after a past episode is the year after the episode's") {
  CHECK(value_of("In December 1933 the army was encircled. Fighting resumed early in the new year.",
                 "early in the new year", "2014-02-10") == "1934");
  CHECK(value_of("In March 1933 the army was encircled. Fighting resumed in the new year.", "the new year",
                 "2014-02-10") == "1934");
  // Without an episode it is the DCT's, the one begun in February.
  CHECK(value_of("The company will report early in the new year.", "early in the new year", "2014-02-10") == "2014");
}

TEST_CASE("in news a month before Christ opens an episode as an AD one does") {
  const std::string cicero =
      "Cicero exposed Catiline in November 63 BC. In December the conspirators were executed, and in January "
      "Catiline died at Pistoria.";
  CHECK(value_of(cicero, "December", "2013-07-22") == "BC0063-12");
  // The next January is in the next year, one nearer to Christ.
  CHECK(value_of(cicero, "January", "2013-07-22") == "BC0062-01");
}

TEST_CASE("in news a time counted back from the episode is a flashback the episode goes on after") {
  const std::string bastille =
      "The Bastille fell on 14 July 1789. A month earlier, the Third Estate had met, and by "
      "the end of the month the Great Fear was sweeping the countryside.";
  CHECK(value_of(bastille, "A month earlier", "2013-07-22") == "1789-06");
  CHECK(value_of(bastille, "the end of the month", "2013-07-22") == "1789-07");  // was 1789-06
  // A month told in the past perfect after it lies before the episode.
  CHECK(value_of("Vasco da Gama reached Calicut on 20 May 1498. Ten months earlier, he had sailed from Lisbon, and in "
                 "November he had rounded the Cape.",
                 "November", "2013-07-22") == "1497-11");
}

TEST_CASE("a plan told in the past before ', and' lends the clause after it no future") {
  const std::string suez =
      "Nasser nationalised the canal on 26 July 1956. Over the summer, Britain and France planned "
      "an invasion, and on 24 October they signed the Protocol of Sevres. Israel invaded Sinai on "
      "29 October.";
  CHECK(value_of(suez, "24 October", "2014-02-10") == "1956-10-24");  // was 2014-10-24, ahead of the DCT
  CHECK(value_of(suez, "29 October", "2014-02-10") == "1956-10-29");
  // Without the comma the date may be the plan's own: "planned to attack and take the city on ...".
  CHECK(value_of("The generals planned an attack on 24 October.", "24 October", "2014-02-10") == "2014-10-24");
}

TEST_CASE("in news a plan told in the past perfect after an episode is for the episode's time") {
  const std::string katipunan =
      "The Katipunan was discovered on 19 August 1896. Bonifacio had planned a rising for "
      "the end of the month, and on 23 August his men tore up their tax certificates.";
  CHECK(value_of(katipunan, "the end of the month", "2013-07-22") == "1896-08");  // was the DCT's, 2013-07
  CHECK(value_of(katipunan, "23 August", "2013-07-22") == "1896-08-23");
  // A plan told in the future still looks ahead of the DCT.
  CHECK(value_of("The firm was founded on 19 August 1996. It plans a sale for the end of the month.",
                 "the end of the month", "2013-07-22") == "2013-07");
}

TEST_CASE("in news a yearless month goes on from a planned episode told in the future") {
  CHECK(value_of("The company will list its shares in June 2026. In September, it plans to open a second plant.",
                 "September", "2025-03-12") == "2026-09");
  CHECK(value_of("The treaty takes effect on 1 January 2027. In March, tariffs will fall to zero.", "March",
                 "2025-03-12") == "2027-03");
}

TEST_CASE("in news a yearless month keeps the DCT's year after a date in the background") {
  // In an aside, a quotation, a comparison, after "since"; or a month told in another tense.
  CHECK(value_of("The firm, founded in April 2015, said in January that profits fell.", "January", "2025-03-12") ==
        "2025-01");
  CHECK(value_of("\"We filed for bankruptcy in May 2018,\" he said. In February, the company reported a profit.",
                 "February", "2025-03-12") == "2025-02");
  CHECK(value_of("Shares have fallen 30% since August 2022. In February, they rose 4%.", "February", "2025-03-12") ==
        "2025-02");
  CHECK(value_of("The rule, which took effect on 1 July 2020, will be reviewed in June.", "June", "2025-03-12") ==
        "2025-06");
  CHECK(value_of("Temperatures hit a record in July 2023. Forecasters expect another hot summer in July.", "July",
                 "2025-03-12") == "2025-07");
  // A date in a clause measured from it, or after a preposition other than one of time.
  CHECK(value_of("Sales have doubled since the company went public in May 2019. In February, it hired 500 workers.",
                 "February", "2025-03-12") == "2025-02");
  CHECK(value_of("The case dates back to March 2019, when police raided the offices. In February, a judge dismissed "
                 "it.",
                 "February", "2025-03-12") == "2025-02");
  // A date a year or less from the DCT opens no episode: counted from either, a month lands alike.
  CHECK(value_of("The bank failed in May 2024. In February, regulators sold it.", "February", "2025-03-12") ==
        "2025-02");
}

TEST_CASE("in news a present perfect after the episode brings the story back to the DCT") {
  CHECK(value_of("Inflation peaked in October 2022 and has fallen since. In February, it was 2.8%.", "February",
                 "2025-03-12") == "2025-02");
  CHECK(value_of("Prices rose in May 2021 and have since doubled. In January they fell 2%.", "January", "2025-03-12") ==
        "2025-01");
  // Without it, or with a past perfect, the episode goes on.
  CHECK(value_of("The company filed for bankruptcy in October 2022. In February, it sold its stores.", "February",
                 "2025-03-12") == "2023-02");
  CHECK(value_of("Inflation peaked in October 2022 and had fallen sharply. In June, it was 4%.", "June",
                 "2025-03-12") == "2023-06");
}

TEST_CASE("in a life story told from the birth a year alone opens an episode") {
  CHECK(value_of("Born in 1950 in Ohio, she joined the Navy in 1968. In March she was sent to Vietnam.", "March",
                 "2025-03-12") == "1968-03");
  CHECK(value_of("He was born in 1931 and grew up in Leeds. He joined the army in 1949. In June he was posted to "
                 "Korea.",
                 "June", "2025-03-12") == "1949-06");
  // The birth's own year is not yet the story; elsewhere a year alone opens none.
  CHECK(value_of("She was born in 1990 and runs a bakery. In January she opened a second shop.", "January",
                 "2025-03-12") == "2025-01");
  CHECK(value_of("Rates were cut in 2021. In March they rose.", "March", "2025-03-12") == "2025-03");
}

TEST_CASE("in news the year, a season or a holiday without its year goes on from the past episode told") {
  CHECK(value_of("The company was founded in March 1998. By the end of the year it had 40 staff.",
                 "the end of the year", "2026-03-10") == "1998");
  CHECK(value_of("The startup was founded in February 2009. Later in the year it raised $2 million.",
                 "Later in the year", "2026-03-10") == "2009");
  CHECK(value_of("The firm was listed in Frankfurt in April 2004. In the summer, it bought a rival.", "the summer",
                 "2026-03-10") == "2004-SU");
  // The first such season from the episode's month: one holding it is its own, a winter runs on.
  CHECK(value_of("He was elected mayor in November 1993. In the spring he closed the steel mill.", "the spring",
                 "2026-03-10") == "1994-SP");
  CHECK(value_of("The airline began flying in June 1995. That winter it added routes to Spain.", "That winter",
                 "2026-03-10") == "1995-WI");
  CHECK(value_of("The war broke out in August 1914. By Christmas, it was clear it would not be short.", "Christmas",
                 "2026-03-10") == "1914-12-25");
  CHECK(value_of("The siege began in November 1942. By Easter, the city had been relieved.", "Easter", "2026-03-10") ==
        "1943-04-25");
  // A date less than a year before the DCT in another year opens an episode: the year is not the DCT's.
  CHECK(value_of("The company was founded in June 2025. By the end of the year it had 40 staff.", "the end of the year",
                 "2026-03-10") == "2025");
  CHECK(value_of("The company was founded in June 2025. It expects 100 staff by the end of the year.",
                 "the end of the year", "2026-03-10") == "2026");
  // The month itself, when the episode named its month (a year alone gives it none: the DCT's, as before).
  CHECK(value_of("The bank collapsed in October 2008. By the end of the month, the government had stepped in.",
                 "the end of the month", "2026-03-10") == "2008-10");
  CHECK(value_of("In 2011 the regime cracked down. By the end of the month, thousands had fled.",
                 "the end of the month", "2026-03-10") == "2026-03");
  CHECK(value_of("The bank collapsed in October 2008. The government expects to sell it by the end of the month.",
                 "the end of the month", "2026-03-10") == "2026-03");
  // Told in the present or future, they are the DCT's.
  CHECK(value_of("The law was passed in May 2019. The government wants to repeal it by the end of the year.",
                 "the end of the year", "2026-03-10") == "2026");
  CHECK(value_of("The scheme, launched in March 2015, will close at the end of the year.", "the end of the year",
                 "2024-11-20") == "2024");
}

TEST_CASE("in news a past spelt as its base after a capitalised noun opening the sentence opens an episode") {
  CHECK(value_of("Demonstrations spread across Iran in January 1978. On 8 September troops fired on crowds.",
                 "8 September", "2026-11-30") == "1978-09-08");
  CHECK(value_of("Riots spread across the city in May 1992. In August the army withdrew.", "August", "2026-11-30") ==
        "1992-08");
}

TEST_CASE("in news the week told in the past after a past episode's day is that day's week") {
  CHECK(value_of("On Tuesday 3 March 1981 the strike began. By the end of the week the mines were closed.",
                 "the end of the week", "2026-11-30") == "1981-W10");
  CHECK(value_of("The draft riots began on Monday 13 July 1863. By the end of the week, more than a hundred people "
                 "were dead.",
                 "the end of the week", "2026-11-30") == "1863-W29");
  // "the weekend": the one ending the day's week.
  CHECK(value_of("The general strike began on Monday 3 May 1926. By the weekend, food convoys were moving.",
                 "the weekend", "2026-11-30") == "1926-W18-WE");
  // A weekday alone after a day named with its weekday: the first such day from it.
  CHECK(value_of("On Thursday 9 November 1989 the border opened. By Sunday two million people had crossed.", "Sunday",
                 "2026-11-30") == "1989-11-12");
  CHECK(value_of("On Thursday 9 November 1989 the border opened. On Saturday crowds tore at the wall, and on Monday "
                 "new crossings opened.",
                 "Monday", "2026-11-30") == "1989-11-13");
  // Without the weekday, or told in the present, the DCT's week's.
  CHECK(value_of("The company was founded on 3 March 2019. On Tuesday it cut 200 jobs.", "Tuesday", "2026-11-30") ==
        "2026-11-24");
  CHECK(value_of("The border opened on Thursday 9 November 1989. On Tuesday the city marks the anniversary.", "Tuesday",
                 "2026-11-30") == "2026-12-01");
  // A month alone names no week: the DCT's, as before; so in the present or future.
  CHECK(value_of("The bank collapsed in October 2008. By the end of the week, the government had stepped in.",
                 "the end of the week", "2026-11-30") == "2026-W49");
  CHECK(value_of("The plant opened on 4 May 1970. The company expects to sell it by the end of the week.",
                 "the end of the week", "2026-11-30") == "2026-W49");
}

TEST_CASE("a timeline's yearless entry takes the year of the heading or entry before it, running forward") {
  const std::string_view timeline =
      "Timeline of the conflict\n\n2011\nMarch 15 - Protests erupt in Deraa.\nApril 25 - The army enters "
      "Deraa.\nJan. 6 - A bomb hits Damascus.\n\n2013\nAug. 21 - Rockets hit Ghouta.\n";
  // The year heading its line is tagged alone, not with the month on the next line.
  CHECK(value_of(timeline, "2011", "2026-11-30") == "2011");
  CHECK(value_of(timeline, "March 15", "2026-11-30") == "2011-03-15");
  CHECK(value_of(timeline, "April 25", "2026-11-30") == "2011-04-25");
  CHECK(value_of(timeline, "Jan. 6", "2026-11-30") == "2012-01-06");
  CHECK(value_of(timeline, "Aug. 21", "2026-11-30") == "2013-08-21");
  CHECK(value_of("* March 15, 2011 - Protests erupt in Deraa.\n* April 25 - The army enters Deraa.", "April 25",
                 "2026-11-30") == "2011-04-25");
  CHECK(value_of("March 2011: protests begin in Deraa. 15 March: demonstrations spread to Damascus.", "15 March",
                 "2026-11-30") == "2011-03-15");
  // Not a heading: a date in prose after a timeline's year is read as before.
  CHECK(value_of("2011\nShares will rise on March 15, analysts say.", "March 15", "2026-11-30") == "2027-03-15");
}

TEST_CASE("in news a date told in the past perfect opens an episode only the past perfect goes on from") {
  CHECK(value_of("The plant had opened in January 1999. By the end of the year it had doubled its output.",
                 "the end of the year", "2026-03-10") == "1999");
  CHECK(value_of("The plant had opened in January 1999. In March it had hired 40 people.", "March", "2026-03-10") ==
        "1999-03");
  // Told in the past simple, the month is the DCT's: the past perfect was background.
  CHECK(value_of("The plant had opened in January 1999. In March it hired 40 people.", "March", "2026-03-10") ==
        "2026-03");
  CHECK(value_of("Forces that had invaded the region in May 2019 withdrew. In June they returned.", "June",
                 "2026-03-10") == "2025-06");
}

TEST_CASE("in news a year opening its sentence some years back sets the scene of an episode") {
  CHECK(value_of("In 2011 the regime cracked down. By December, thousands had fled.", "December", "2026-03-10") ==
        "2011-12");
  CHECK(value_of("In 2011 the army besieged Homs. By the end of the year, the city was in ruins.",
                 "the end of the year", "2026-03-10") == "2011");
  CHECK(value_of("In 2016 the referendum split the country. In the autumn, the prime minister resigned.", "the autumn",
                 "2025-06-15") == "2016-FA");
  // Whatever its verb's form shows.
  CHECK(value_of("In 1989 the protests spread to Leipzig. In October, hundreds of thousands marched.", "October",
                 "2026-03-10") == "1989-10");
  // A season counted from the episode carries it on from its first month.
  CHECK(value_of("In 2011 the regime cracked down. In the spring of the following year, the rebels took Aleppo. By "
                 "December, thousands had fled.",
                 "December", "2026-03-10") == "2012-12");
  // After "Back in", or ending a clause of time that opens the sentence.
  CHECK(value_of("Back in 2011, the regime cracked down. By December, thousands had fled.", "December", "2026-03-10") ==
        "2011-12");
  CHECK(value_of("When the pandemic struck in 2020, the airline grounded its fleet. By the summer, it had laid off "
                 "staff.",
                 "the summer", "2026-03-10") == "2020-SU");
  // A year bounded by a part opens the episode at the part's first month.
  CHECK(value_of("In late 2019, a new virus emerged in Wuhan. By March, it had spread worldwide.", "March",
                 "2026-03-10") == "2020-03");
  CHECK(value_of("In early 2011, protests began in Deraa. By March, they had spread to Damascus.", "March",
                 "2026-03-10") == "2011-03");
  // A year of figures, or of the last two, is what news compares with; a year ending its sentence
  // opens no episode either.
  CHECK(value_of("In 2019, before the pandemic, the airline carried 50 million passengers. In January, it carried 20 "
                 "million.",
                 "January", "2026-03-10") == "2026-01");
  CHECK(value_of("In 2024, the company cut its prices. In January, it raised them.", "January", "2026-03-10") ==
        "2026-01");
  CHECK(value_of("Sales fell 3% in 2025, the company said on Monday. It expects growth by December.", "December",
                 "2026-03-10") == "2026-12");
}

TEST_CASE("in news a year some years back ending a sentence that tells an event opens an episode for the next") {
  CHECK(value_of("The Soviet Union collapsed in 1991. In December, Kazakhstan declared independence.", "December",
                 "2014-02-05") == "1991-12");
  CHECK(value_of("The United States invaded Iraq in 2003. By April, Baghdad had fallen, and in December Saddam Hussein "
                 "was captured.",
                 "December", "2013-03-19") == "2003-12");
  CHECK(value_of("Facebook went public in 2012. In September, its shares fell below half their offering price.",
                 "September", "2018-04-10") == "2012-09");
  // The founding of what lasts, the last time something happened and what happens again are
  // background to the latest news; other beginnings are events.
  CHECK(value_of("The startup was founded in 2015. In March, it raised $50 million.", "March", "2024-04-01") ==
        "2024-03");
  CHECK(value_of("The volcano last erupted in 1991. In January, scientists detected new activity.", "January",
                 "2024-03-01") == "2024-01");
  CHECK(value_of("Tesla entered the Chinese market in 2014. In January, it cut prices there again.", "January",
                 "2024-03-01") == "2024-01");
  CHECK(value_of("Hungary opened its border with Austria in 1989. In September, thousands of East Germans crossed it.",
                 "September", "2019-11-09") == "1989-09");
  // A verb of change tells an event unless the next sentence tells an amount's course too.
  CHECK(value_of("The Berlin Wall fell in 1989. In December, the parliament ended the party's monopoly on power.",
                 "December", "2024-11-09") == "1989-12");
  CHECK(value_of("Interest rates were raised in 2018. In March, they fell.", "March", "2024-11-15") == "2024-03");
  // Figures in the sentence, the year or two before the DCT, a month not in the next sentence or
  // not told in the past: the DCT's.
  CHECK(value_of("Sales peaked at $4 billion in 2009. In January, they fell 2%.", "January", "2014-02-05") ==
        "2014-01");
  CHECK(value_of("Ukraine's president rejected a trade deal in 2013. In January, protesters seized buildings.",
                 "January", "2014-02-05") == "2014-01");
  CHECK(value_of("The company was founded in 1998. It now employs 12,000 people. In March, it reported record profits.",
                 "March", "2021-04-15") == "2021-03");
  CHECK(value_of("The company was founded in 1999. In April, it will open a plant in Ohio.", "April", "2017-03-02") ==
        "2017-04");
  // A year bounded or measured from ends no sentence that times an event.
  CHECK(value_of("Shootings of doctors date back to 1994. In January, a doctor was shot.", "January", "1998-10-25") ==
        "1998-01");
}

TEST_CASE("in news a range of days in one month without its year takes the episode's year") {
  const std::string leipzig =
      "The Sixth Coalition was formed in the spring of 1813. Its armies defeated Napoleon at "
      "Leipzig from 16 to 19 October.";
  CHECK(value_of(leipzig, "from 16 to 19 October", "2013-10-16") == "1813-10-16");
  CHECK(value_of("The war began in March 1813. Its armies fought at Leipzig on 16-19 October.", "16-19 October",
                 "2013-10-16") == "1813-10-16");
  // Without an episode, the DCT's.
  CHECK(value_of("Talks ran from 16 to 19 October.", "from 16 to 19 October", "2013-10-16") == "2013-10-16");
}

TEST_CASE("in news a day a told event runs from opens an episode as a day it happened on does") {
  CHECK(
      value_of("Boxer rebels besieged the legations in Beijing from 20 June 1900. On 14 August, a force relieved them.",
               "14 August", "2000-08-14") == "1900-08-14");
  // So does a range from it, at its end (was the DCT's 14 August).
  CHECK(value_of("Rebels besieged the city from 20 June to 1 July 1900. On 14 August, a force arrived.", "14 August",
                 "2000-08-20") == "1900-08-14");
}

TEST_CASE("in news a clock time or a part of the day told in the past after a past episode's day is of that day") {
  CHECK(value_of("On 18 June 1815, Napoleon's army attacked at Waterloo. The French cavalry charged at 4 p.m.",
                 "4 p.m.", "2015-06-18") == "1815-06-18T16:00");
  CHECK(value_of("Waterloo was fought on 18 June 1815. The Prussians arrived in the evening.", "the evening",
                 "2015-06-18") == "1815-06-18TEV");
  // Not in the present, nor after a month alone.
  CHECK(value_of("Waterloo was fought on 18 June 1815. The weather is fine this evening.", "this evening",
                 "2015-06-18") == "2015-06-18TEV");
  CHECK(value_of("The war began in June 1815. The cavalry charged at 4 p.m.", "4 p.m.", "2015-06-18") ==
        "2015-06-18T16:00");
  // So is the time a past putting off looks ahead to; one not told as past keeps the DCT's day.
  CHECK(value_of("The battle began on 1 July 1863. Lee delayed his assault until 4 p.m.", "4 p.m.", "2023-07-01") ==
        "1863-07-01T16:00");
  CHECK(value_of("The siege began on 14 October 1066. Harold postponed the charge until noon.", "noon", "2016-10-14") ==
        "1066-10-14T12:00");
  CHECK(value_of("The battle began on 1 July 1863. The parade has been delayed until 4 p.m.", "4 p.m.", "2023-07-01") ==
        "2023-07-01T16:00");
}

TEST_CASE("in news a yearless month a past putting off looks ahead to is the first from the episode's") {
  CHECK(value_of("In 2011, the vote was delayed until December.", "December", "2025-03-12") == "2011-12");
  CHECK(value_of("The vote was held on 3 March 2011. A recount was delayed until April.", "April", "2025-03-12") ==
        "2011-04");
  CHECK(value_of("The strike began in October 2019. Talks were postponed until January.", "January", "2025-03-12") ==
        "2020-01");
  // One not told as past looks ahead of now.
  CHECK(value_of("The strike began in October 2019. Talks have been postponed until January.", "January",
                 "2025-03-12") == "2026-01");
}

TEST_CASE("in news a year opening its sentence times a yearless day later in that sentence, figures or not") {
  CHECK(value_of("In 1805 the army crossed the Rhine on 2 March.", "2 March", "2016-06-15") == "1805-03-02");
  CHECK(value_of("In 2011 the regime cracked down on 2 March, killing 40 people.", "2 March", "2016-06-15") ==
        "2011-03-02");
  CHECK(value_of("In 2019, the airline carried 50 million passengers in January.", "January", "2026-03-10") ==
        "2019-01");
  // The figures still keep the next sentence's month at the DCT's (above).
  CHECK(value_of("In 2020, the company earned $3 billion. In January, it cut 500 jobs.", "January", "2026-03-10") ==
        "2026-01");
}

TEST_CASE("in news a year opening its sentence as an adverbial sets that sentence's scene, however near") {
  // Said 2014-02-05: the year counted from now, or named, set off before the main clause.
  CHECK(value_of("Last year, the vote was delayed until December.", "December", "2014-02-05") == "2013-12");
  CHECK(value_of("In 2013, the vote was postponed to November.", "November", "2014-02-05") == "2013-11");
  CHECK(value_of("In 2012, talks broke down in March and resumed in the autumn.", "March", "2014-02-05") == "2012-03");
  CHECK(value_of("In 2012, talks broke down in March and resumed in the autumn.", "the autumn", "2014-02-05") ==
        "2012-FA");
  CHECK(value_of("Two years ago, talks broke down in March.", "March", "2014-02-05") == "2012-03");
  CHECK(value_of("Last year, talks broke down in March.", "March", "2014-11-05") == "2013-03");
  CHECK(value_of("Next year, the plant will open in March.", "March", "2014-02-05") == "2015-03");
  // Said in words before the clause's subject it needs no comma; a year in figures does ("2010
  // World Cup" is a name).
  CHECK(value_of("Last year the vote was delayed until December.", "December", "2014-02-05") == "2013-12");
  CHECK(value_of("Two years ago Congress cut taxes in March.", "March", "2014-02-05") == "2012-03");
  // A quarter or a half alone is the scene's, as a month is.
  CHECK(value_of("In 2010, sales fell in the fourth quarter.", "the fourth quarter", "2014-02-05") == "2010-Q4");
  CHECK(value_of("In 2010, sales fell in the second half.", "the second half", "2014-02-05") == "2010-H2");
  CHECK(value_of("Last year, sales fell at the end of the year.", "the end of the year", "2014-02-05") == "2013");
  // In a later sentence a quarter is the report's own, not an episode's.
  CHECK(value_of("The utility stopped paying a dividend in the third quarter of 1984. It reported third-quarter net "
                 "of $68 million.",
                 "third-quarter", "1989-10-27") == "1989-Q3");
  CHECK(value_of("The bank collapsed in October 2008 and lost $5 billion in the fourth quarter.", "the fourth quarter",
                 "2014-02-05") == "2008-Q4");
  // A recent year's scene ends with its sentence; the next one is the DCT's, as before.
  CHECK(value_of("Last year, the company cut jobs. In March, it will hire again.", "March", "2014-02-05") == "2014-03");
  CHECK(value_of("In 2012, the company cut jobs. In March, it hired again.", "March", "2014-02-05") == "2013-03");
  // A clause told in another tense than the scene's keeps the DCT's reading.
  CHECK(value_of("Last year, the company said it expects to open a plant in December.", "December", "2014-02-05") ==
        "2014-12");
  // A year that is its sentence's subject sets no scene for the next one (year_is_subject), nor does one
  // naming a measure's base.
  CHECK(value_of("2010 was a bad year. In March, sales fell.", "March", "2014-02-05") == "2013-03");
  CHECK(value_of("In 2005 dollars, the project cost less. In March, work began.", "March", "2014-02-05") == "2013-03");
  CHECK(value_of("In 2005 dollars, the project cost less in March.", "March", "2014-02-05") == "2013-03");
  // The DCT's own year sets none: the tense reads its months.
  CHECK(value_of("This year, sales fell in January.", "January", "2014-02-05") == "2014-01");
}

TEST_CASE("in news a future seen from a scene's past lies ahead of the scene, not of the DCT") {
  // Said 2014-02-05: the expectation, the plan or the report was the scene year's.
  CHECK(value_of("Last year, the plant was expected to reopen in December.", "December", "2014-02-05") == "2013-12");
  CHECK(value_of("In 2012, the ministry was due to publish the figures in November.", "November", "2014-02-05") ==
        "2012-11");
  CHECK(value_of("Last year, officials said the bridge would reopen in the autumn.", "the autumn", "2014-02-05") ==
        "2013-FA");
  CHECK(value_of("Two years ago, officials planned to reopen the plant in October.", "October", "2014-02-05") ==
        "2012-10");
  CHECK(value_of("In 2011, the government was set to sell the airline in the spring.", "the spring", "2014-02-05") ==
        "2011-SP");
  // A plan or an expectation said now, or a future of its own, stays the DCT's.
  CHECK(value_of("Last year, the plant closed; it is expected to reopen in December.", "December", "2014-02-05") ==
        "2014-12");
  CHECK(value_of("Last year the company said the plant will reopen in December.", "December", "2014-02-05") ==
        "2014-12");
  CHECK(value_of("In 2012, analysts said the bank would report a loss, and it will publish its results in March.",
                 "March", "2014-02-05") == "2014-03");
}

TEST_CASE("in news a year opening its sentence as the subject of a past 'was' or 'saw' sets that sentence's scene") {
  // Said 2016-05-05: the year's December, not the last one before the DCT.
  CHECK(value_of("2013 was a year in which prices fell in December.", "December", "2016-05-05") == "2013-12");
  CHECK(value_of("2010 saw prices fall sharply in December.", "December", "2016-05-05") == "2010-12");
  CHECK(value_of("2012 was the hottest year on record, and July was the warmest month.", "July", "2016-05-05") ==
        "2012-07");
  // A year counted from now too: said in August, last year's January, not this one.
  CHECK(value_of("Last year was a difficult one for farmers, who lost much of the harvest in January.", "January",
                 "2014-08-20") == "2013-01");
  // Only in its sentence, and only told in the past; a year naming a thing is no subject.
  CHECK(value_of("2010 was a bad year for the company. In March, it cut 500 jobs.", "March", "2016-05-05") ==
        "2016-03");
  CHECK(value_of("2013 was a record year, and sales will rise again in December.", "December", "2016-05-05") ==
        "2016-12");
  CHECK(value_of("2010 World Cup tickets went on sale in December.", "December", "2016-05-05") == "2015-12");
}

TEST_CASE("in news a part of the year told in the past before it begins is the year just ended's") {
  // Said 2014-02-05: as "in November" told in the past is 2013-11.
  CHECK(value_of("Sales fell in the last quarter of the year.", "the last quarter of the year", "2014-02-05") ==
        "2013-Q4");
  CHECK(value_of("Sales fell in the second half of the year.", "the second half of the year", "2014-02-05") ==
        "2013-H2");
  CHECK(value_of("Profits rose at the end of the year.", "the end of the year", "2014-02-05") == "2013");
  CHECK(found_in("Profits rose at the end of the year.", "the end of the year", "2014-02-05").mod == "END");
  CHECK(value_of("The company cut jobs later in the year.", "later in the year", "2014-02-05") == "2013");
  // Begun at the DCT, the DCT's year's; told ahead, or in a future seen from the past, the DCT's.
  CHECK(value_of("Sales fell in the first half of the year.", "the first half of the year", "2014-02-05") == "2014-H1");
  CHECK(value_of("Profits rose at the end of the year.", "the end of the year", "2014-10-05") == "2014");
  CHECK(value_of("Sales will rise in the second half of the year.", "the second half of the year", "2014-02-05") ==
        "2014-H2");
  CHECK(value_of("The company said sales would rise in the second half of the year.", "the second half of the year",
                 "2014-02-05") == "2014-H2");
  CHECK(value_of("The company expects a profit by the end of the year.", "the end of the year", "2014-02-05") ==
        "2014");
  // After an episode of another year, the episode's year.
  CHECK(value_of("The war began in August 1914. In the last quarter of the year, the armies dug in.",
                 "the last quarter of the year", "2014-02-05") == "1914-Q4");
}

TEST_CASE("a hope, an aim or an expectation reported in the past looks ahead of the telling") {
  // Said 2014-02-05: "we hope to finish by the end of the year", shifted back by the report.
  CHECK(value_of("Officials said they hoped to finish the work by the end of the year.", "the end of the year",
                 "2014-02-05") == "2014");
  CHECK(found_in("Officials said they hoped to finish the work by the end of the year.", "the end of the year",
                 "2014-02-05")
            .mod == "END");
  // The same for every kind of date: a quarter, a month, a season, a weekday.
  CHECK(value_of("The company said it expected to close the deal in the fourth quarter of the year.",
                 "the fourth quarter of the year", "2014-02-05") == "2014-Q4");
  CHECK(value_of("Union leaders said they wanted to settle the dispute by December.", "December", "2014-02-05") ==
        "2014-12");
  CHECK(value_of("A spokesman said the airline intended to resume flights in the summer.", "the summer",
                 "2014-02-05") == "2014-SU");
  CHECK(value_of("Executives said they aimed to complete the merger in the second half of the year.",
                 "the second half of the year", "2014-02-05") == "2014-H2");
  CHECK(value_of("Doctors said they expected to discharge the patient on Friday.", "Friday", "2014-02-05") ==
        "2014-02-07");
  // A report's "would" already looked ahead.
  CHECK(value_of("The minister said the bill would be passed in November.", "November", "2014-02-05") == "2014-11");
}

TEST_CASE("a past hope told as a past of its own, or as a past perfect, may lie behind") {
  // No report: the hope is the story's, and may be resolved since.
  CHECK(value_of("He hoped to win on Sunday.", "Sunday", "2014-02-05") == "2014-02-02");
  CHECK(value_of("They expected to finish by December but missed the deadline.", "December", "2014-02-05") ==
        "2013-12");
  // "had hoped": an intention given up.
  CHECK(value_of("Officials said they had hoped to finish the work by the end of the year.", "the end of the year",
                 "2014-02-05") == "2013");
  // "hoped to" a thing, not a verb; a necessity done ("had to").
  CHECK(value_of("The report said exports fell to a record low in December.", "December", "2014-02-05") == "2013-12");
  CHECK(value_of("Officials said they had to cancel the festival in June because of floods.", "June", "2014-08-20") ==
        "2014-06");
  // An attempt reported is as often made: "sought to" keeps its past.
  CHECK(value_of("The regulator said it sought to block the merger in court on Monday.", "Monday", "2014-02-05") ==
        "2014-02-03");
  // A telling the sentence dates by a month or a year looks ahead of that time, not of the DCT: the
  // past reading stays.
  CHECK(value_of("In March, officials said they hoped to reopen the mine in the summer.", "the summer", "2014-02-05") ==
        "2013-SU");
  CHECK(value_of("Last year the company said it hoped to finish the plant by the end of the year.",
                 "the end of the year", "2014-02-05") == "2013");
  // Told "earlier this month", the telling is of the DCT's month: ahead of it.
  CHECK(value_of("Earlier this month, officials said they hoped to finish the work by the end of the year.",
                 "the end of the year", "2014-02-05") == "2014");
  // "May" opening the sentence is a name: the telling is the report's.
  CHECK(value_of("May said she wanted to visit Brussels in the spring.", "the spring", "2014-02-05") == "2014-SP");
  // The intention after the date is the date's own act, past: "In March" is the saying's.
  CHECK(value_of("In March, officials said they hoped to reopen the mine in the summer.", "March", "2014-02-05") ==
        "2013-03");
}

TEST_CASE("a necessity reported in the past before a deadline looks ahead of the telling") {
  // Said 2014-02-05: "I have to finish the report by Friday", shifted back by the report.
  CHECK(value_of("He said he had to finish the report by Friday.", "Friday", "2014-02-05") == "2014-02-07");
  CHECK(value_of("Officials said they needed to raise the money by June.", "June", "2014-02-05") == "2014-06");
  CHECK(value_of("The minister said Greece had to repay the loan by the end of the year.", "the end of the year",
                 "2014-02-05") == "2014");
  CHECK(value_of("The union said members had to return their ballots no later than Friday.", "Friday", "2014-02-05") ==
        "2014-02-07");
  CHECK(value_of("Health officials said hospitals needed to submit their plans by November.", "November",
                 "2014-08-20") == "2014-11");
  // Told as a past of its own, as a past perfect, by a dated telling, or without a deadline: past.
  CHECK(value_of("He had to finish the report by Friday.", "Friday", "2014-02-05") == "2014-01-31");
  CHECK(value_of("Officials said they had needed to raise the money by June.", "June", "2014-02-05") == "2013-06");
  CHECK(value_of("In March, the mayor said the city needed to balance its budget by the summer.", "the summer",
                 "2014-02-05") == "2013-SU");
  CHECK(value_of("She said she had to cancel the festival in June because of flooding.", "June", "2014-02-05") ==
        "2013-06");
  CHECK(value_of("They said they had to evacuate the town on Friday.", "Friday", "2014-02-05") == "2014-01-31");
  CHECK(value_of("He said he finished the report by Friday.", "Friday", "2014-02-05") == "2014-01-31");
}

TEST_CASE("a reported hope or plan the sentence says came to nothing keeps its past") {
  // Said 2014-02-05: "but" and a failure after the date.
  CHECK(value_of("The company said it hoped to close the deal in October, but talks collapsed.", "October",
                 "2014-02-05") == "2013-10");
  CHECK(value_of("Officials said they hoped to finish the bridge by Friday but missed the deadline.", "Friday",
                 "2014-02-05") == "2014-01-31");
  CHECK(value_of("The buyer said he expected to sign the contract in November, but the deal fell through.", "November",
                 "2014-02-05") == "2013-11");
  CHECK(value_of("Officials said the bridge would reopen in October, but engineers never finished the repairs.",
                 "October", "2014-02-05") == "2013-10");
  CHECK(value_of("The club said it wanted to complete the signing on Friday, but the player failed a medical.",
                 "Friday", "2014-02-05") == "2014-01-31");
  // A "but" about the telling, or a failure not told as past, leaves the hope ahead.
  CHECK(value_of("The company said it hoped to close the deal in October, but declined to give details.", "October",
                 "2014-02-05") == "2014-10");
  CHECK(value_of("The company said it would cut 500 jobs in March but did not say where.", "March", "2014-02-05") ==
        "2014-03");
  CHECK(value_of("Officials said they hoped to finish the bridge by Friday, but warned that rain could delay the work.",
                 "Friday", "2014-02-05") == "2014-02-07");
  // A plan said in the present may still be made good.
  CHECK(value_of("The company plans to close the deal in October, but talks collapsed.", "October", "2014-02-05") ==
        "2014-10");
}

TEST_CASE("in news a day of the month alone is of the episode's month") {
  CHECK(value_of("In October 1806, Napoleon invaded Saxony. On the 14th, he attacked the Prussians at Jena.",
                 "the 14th", "2013-07-20") == "1806-10-14");
  const std::string_view filing =
      "The company filed for bankruptcy on 3 March 2019. On the 14th, its creditors met. In June, they approved "
      "the plan.";
  CHECK(value_of(filing, "the 14th", "2025-03-12") == "2019-03-14");
  // The episode goes on from the day.
  CHECK(value_of(filing, "June", "2025-03-12") == "2019-06");
  // An episode named only by its season has no month to give: the day is placed as without it,
  // the last 14th before the DCT.
  CHECK(value_of("In the spring of 2019 the army besieged the city. On the 14th, it fell.", "the 14th", "2025-03-12") ==
        "2025-02-14");
}

TEST_CASE("a numeral day alone before its clause's subject without a comma is a date") {
  CHECK(value_of("The Germans attacked on 15 July 1918. On the 18th the French counter-attacked.", "the 18th",
                 "2013-07-20") == "1918-07-18");
  // The subject a pronoun or a possessive's phrase (hunt68, were untagged).
  const std::string_view march =
      "The army crossed the border on 3 May 1809. By the 20th it stood before the capital. "
      "On the 22nd his guns opened fire.";
  CHECK(value_of(march, "the 20th", "2009-12-19") == "1809-05-20");
  CHECK(value_of(march, "the 22nd", "2009-12-19") == "1809-05-22");
  // A pronoun after a clause's verb goes on no day: "The 5th it was not."
  const std::string_view fifth = "The 5th it was not.";
  CHECK(annalist::test::untagged(fifth, annalist::test::tag(fifth, "2009-12-19"), "5th"));
  // In news the day alone is tagged after "the morning of" (a narrative tags the morning).
  CHECK(value_of("The Germans attacked on 15 July 1918. On the morning of the 18th the French counter-attacked.",
                 "the 18th", "2013-07-20") == "1918-07-18");
  // Before a noun it is no day: "the 18th Army".
  const std::string_view army = "On the 18th Army front the French counter-attacked.";
  CHECK(annalist::test::untagged(army, annalist::test::tag(army, "2013-07-20"), "18th"));
}

TEST_CASE("in news an anaphoric year opening its sentence, a length and a range of days keep the episode") {
  // "The following year," sets the scene as "In 1757" would.
  const std::string_view rossbach =
      "Frederick the Great invaded Saxony on 29 August 1756, and Dresden fell ten days later. The following year, "
      "he won at Rossbach on 5 November and at Leuthen a month later.";
  CHECK(value_of(rossbach, "5 November", "2013-07-20") == "1757-11-05");
  CHECK(value_of(rossbach, "a month later", "2013-07-20") == "1757-12");
  // A length counted from now names no time: the episode goes on past it.
  CHECK(value_of("Cromwell landed at Dublin in August 1649. Drogheda fell on 11 September, and Wexford within a "
                 "month. By the end of the year, most of the coast was in English hands.",
                 "the end of the year", "2013-07-20") == "1649");
  // Days of one month open an episode as one day does.
  CHECK(value_of("The remnants recrossed the Berezina on 26-29 November 1812. Napoleon left the army on 5 December.",
                 "5 December", "2013-07-20") == "1812-12-05");
}

TEST_CASE("in news a month told in a later sentence's past perfect lies before the episode's") {
  CHECK(value_of("Plevna fell on 10 December 1877. The Russians had first assaulted it in July.", "July",
                 "2013-07-20") == "1877-07");
  CHECK(value_of("The war ended in March 1878. It had begun in July.", "July", "2013-07-20") == "1877-07");
  // In the episode's sentence, or after "by", what was done by then: after the episode's month.
  CHECK(value_of("Inflation peaked in October 2022 and had fallen by June.", "June", "2025-03-12") == "2023-06");
}

TEST_CASE("in news a date counted from the DCT or the paragraph's end ends the episode") {
  CHECK(value_of("The law passed in March 2020. Last week the court struck it down. In February, it was appealed.",
                 "February", "2025-03-12") == "2025-02");
  CHECK(value_of("The company collapsed in October 2008.\nIn December, a judge approved the sale.", "December",
                 "2025-03-12") == "2024-12");
  // A line wrapped within a sentence is no paragraph's end.
  CHECK(value_of("The company collapsed in October 2008. A judge\napproved the sale in December.", "December",
                 "2025-03-12") == "2008-12");
  CHECK(value_of("The company collapsed in October 2008\nand in December a judge approved the sale.", "December",
                 "2025-03-12") == "2008-12");
  // A weekday is the DCT's week's, whatever the paragraph told before.
  CHECK(value_of("The company filed for bankruptcy in May 2019. On Monday, its former chief was charged.", "Monday",
                 "2025-03-12") == "2025-03-10");
}

TEST_CASE("a news feature that tells a story through old years comes back to the reporter's present") {
  // An obituary opens in the present, tells a life through many years (a narrative), then reports
  // what the family says: the spring ahead of the DCT, not of the last year told.
  const std::string obituary =
      "Jane Doe, the novelist, died on Monday at her home in Vermont. She was 91.\n\nBorn in Chicago in 1935, she "
      "studied at Smith College and moved to New York in 1957. Her first novel appeared in 1962 and won the National "
      "Book Award in 1963. She married the painter John Roe in 1965; he died in 2004.\n\nIn the 1980s she taught at "
      "Columbia. Her last book was published in 2019.\n\nHer family said a memorial service would be held in the "
      "spring. Her publisher will reissue her novels next year.";
  CHECK(value_of(obituary, "the spring", "2026-11-25") == "2027-SP");
  CHECK(value_of(obituary, "next year", "2026-11-25") == "2027");
  const std::string years =
      " It had flooded the town in 1953, in 1968 and again in 1994, and the town rebuilt each "
      "time. In 2003 engineers built a wall.";
  // Its own clause in the future, or a date counted from the DCT in its sentence.
  CHECK(value_of("The river burst its banks on Monday." + years + " Work on a new barrier will start in March.",
                 "March", "2026-11-25") == "2027-03");
  CHECK(value_of("The river burst its banks on Monday." + years +
                     " The mayor said on Tuesday that a new wall would be built in December.",
                 "December", "2026-11-25") == "2026-12");
  // A first sentence in the present perfect opens in the present too.
  CHECK(
      value_of("Tom Hale, a founder of the band Greyhound, has died. Hale formed the band in 1966; its albums of "
               "1969, 1971 and 1974 sold millions, and it split in 1980. A tribute concert is planned for the summer.",
               "the summer", "2026-11-25") == "2027-SU");
  // A paragraph opened by a date counted from the DCT is the reporter's until a far year is named.
  const std::string life =
      "Ann Lee, who founded the bank, died on Sunday. She was 96.\n\nShe was born in 1930, joined "
      "the bank in 1952, ran its Paris office in 1965 and became chief in 1979. She retired in "
      "1992.\n\nLast week the foundation she created announced a prize in her name.";
  CHECK(value_of(life + " In October it gave $2 million to a school in Leeds.", "October", "2026-11-25") == "2026-10");
  CHECK(value_of(life + " It was set up in 1995. In October it gave $2 million to a school in Leeds.", "October",
                 "2026-11-25") == "1995-10");
  // A weekday after a story named only to its years is the reporter's week's: a year has no week.
  CHECK(value_of("Ann Lee was born in 1950. She joined the bank in 1972, ran its Paris office in 1985 and became "
                 "chief executive in 1999. She retired in 2012. On Monday she announced a gift of her papers to Yale.",
                 "Monday", "2026-11-25") == "2026-11-23");
  // The story's own sentences stay in the story.
  CHECK(value_of("Pierre Dumas, the cyclist, died on Saturday. He won the Tour in 1962 and 1964 and retired in 1970. "
                 "He ran a bike shop in Lyon in 1972. In 1990 he sold it, and in the spring he moved to Nice.",
                 "the spring", "2026-11-25") == "1990-SP");
  // A history that never opened in the present: a future seen from the story stays there.
  CHECK(value_of("In 1864 Grant moved against Richmond. Sherman took Atlanta in September 1864. Lincoln said the war "
                 "would end in the spring. In 1861 the South had seceded, and in 1862 and 1863 it had won great "
                 "battles.",
                 "the spring", "2026-11-25") == "1864-SP");
  // Nor does "present day", which histories say too.
  CHECK(value_of("Biafra seceded on 30 May 1967. The war began on 6 July 1967. Nsukka fell on 14 July 1967 and Garkem "
                 "on 12 July 1967. The Biafrans reached Ore (in present day Ondo State) on 21 August.",
                 "21 August", "2026-11-25") == "1967-08-21");
}

TEST_CASE("an ISO 8601 date and time with a fraction of a second and an offset is a time to the second") {
  const TimeExpression t = found_in("Logged at 2016-05-07T23:45:00.487+01:00 by the gateway.",
                                    "2016-05-07T23:45:00.487+01:00", "2024-11-15");
  CHECK(t.type == TimexType::time);
  CHECK(t.value == "2016-05-07T23:45:00");
  REQUIRE(t.zone_offset);
  CHECK(*t.zone_offset == 60);
  const TimeExpression utc = found_in("Sent 2024-03-05T14:30:12.5Z.", "2024-03-05T14:30:12.5Z", "2024-11-15");
  CHECK(utc.value == "2024-03-05T14:30:12");
  REQUIRE(utc.zone_offset);
  CHECK(*utc.zone_offset == 0);
  // A dot that ends the sentence is no fraction.
  CHECK(value_of("It closed at 2024-03-05T14:30.", "2024-03-05T14:30", "2024-11-15") == "2024-03-05T14:30");
}

TEST_CASE("a clock time and its other-zone time in parentheses take the day named after them") {
  // AQUAINT APW19980808.0022 (DCT Saturday 1998-08-08).
  const std::string_view blast =
      "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building.";
  CHECK(value_of(blast, "about 10:35 a.m.", "1998-08-08") == "1998-08-07T10:35");
  CHECK(value_of(blast, "0735 GMT", "1998-08-08") == "1998-08-07T07:35");
  CHECK(value_of(blast, "Friday", "1998-08-08") == "1998-08-07");
  CHECK(value_of("The polls will close at 8 p.m. (0100 GMT) on Tuesday.", "8 p.m.", "2024-11-04") ==
        "2024-11-05T20:00");
}

TEST_CASE("a clock time said again in parentheses with its day is on that day") {
  CHECK(value_of("\"The ferry will sail at 5 in the morning (5 a.m. EDT Saturday),\" the captain said.",
                 "5 in the morning", "2014-02-05") == "2014-02-08T05:00");
  CHECK(value_of("The hearing opens at 9:30 a.m. (9:30 a.m. EST Friday).", "9:30 a.m.", "2014-02-05") ==
        "2014-02-07T09:30");
  // Another reading is another zone's, whose day need not be the local one.
  CHECK(value_of("The polls close at 9 p.m. (0200 GMT Thursday).", "9 p.m.", "2014-02-05") == "2014-02-05T21:00");
}

TEST_CASE("a clock time and a parenthesised time not followed by a day keep the anchor's day") {
  const std::string_view text = "The blast occurred at 10:35 a.m. (0735 GMT), and talks resume Friday.";
  CHECK(value_of(text, "10:35 a.m.", "1998-08-08") == "1998-08-08T10:35");
  // The clause after ", and" has its own present, a timetable: the coming Friday.
  CHECK(value_of(text, "Friday", "1998-08-08") == "1998-08-14");
}

TEST_CASE("an impossible day before a month leaves the whole date untagged") {
  for (const std::string_view text :
       {"32 August 2014", "32 August", "It happened on 45 August 2014.", "00 May 2014", "on 32nd Aug. 2014"}) {
    CAPTURE(text);
    CHECK(annalist::test::tag(text, "2012-08-10").empty());
  }
  CHECK(value_of("It happened on 31 August 2014.", "31 August 2014", "2012-08-10") == "2014-08-31");
  // A count before the month that is not right before it, or a longer number, is no day.
  CHECK(value_of("He sold 32 copies in August 2014.", "August 2014", "2012-08-10") == "2014-08");
  CHECK(value_of("Flight 132 August 2014 schedule", "August 2014", "2012-08-10") == "2014-08");
  CHECK(value_of("The vote closed at 10:45 August 3, 2014.", "10:45 August 3, 2014", "2012-08-10") ==
        "2014-08-03T10:45");
}

// Narratives: years far from the DCT make a text one (scanner.cpp, is_narrative); a date whose year
// the text gave moves the reference time that yearless dates after it take their year from.
namespace {
constexpr std::string_view story_to_1944 =
    "The war began in 1941. In 1942 the army advanced. In 1943 it held the river. In 1944 it retreated. ";
}  // namespace

TEST_CASE("in a narrative an earlier date that names a thing leaves the reference time where it was") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "The 1942 treaty still bound both sides. On 12 March the talks opened.", "12 March",
                 "2024-11-15") == "1944-03-12");
  CHECK(value_of(story + "The August 1943 talks were forgotten. In June the guns fell silent.", "June", "2024-11-15") ==
        "1944-06");
  // The date times the clause: the story goes back to it.
  CHECK(value_of(story + "A treaty was signed in 1942. On 12 March the talks opened.", "12 March", "2024-11-15") ==
        "1942-03-12");
  // A later one may open the next episode.
  CHECK(value_of(story + "The June 1945 offensive broke the line. On 12 July the army crossed.", "12 July",
                 "2024-11-15") == "1945-07-12");
}

TEST_CASE("in a narrative a date in a past perfect clause leaves the reference time where it was") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "Troops that had crossed the river in 1942 withdrew. In June the talks opened.", "June",
                 "2024-11-15") == "1944-06");
  CHECK(value_of(story + "Troops crossed the river in 1942. In June the talks opened.", "June", "2024-11-15") ==
        "1942-06");
  // "had to" is no past perfect.
  CHECK(value_of(story + "They had to cross the river in 1945. In June the talks opened.", "June", "2024-11-15") ==
        "1945-06");
}

TEST_CASE("in a narrative a date in parentheses leaves the reference time where it was") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "The army reached the bridge (built in 1938). In June it crossed.", "June", "2024-11-15") ==
        "1944-06");
  CHECK(value_of(story + "The army held the city (until its fall in May 1946). In June it crossed.", "June",
                 "2024-11-15") == "1944-06");
  CHECK(value_of(story + "The army reached the bridge, built in 1938. In June it crossed.", "June", "2024-11-15") ==
        "1938-06");
}

TEST_CASE("in a narrative a date in a relative or participle clause set off by commas leaves the reference time") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "The marshal, who died in 1950, took the city on 19 October.", "19 October", "2024-11-15") ==
        "1944-10-19");
  CHECK(value_of(story + "The general, born in 1890, crossed the river in November.", "November", "2024-11-15") ==
        "1944-11");
  // A clause set off by commas that tells the story still moves it.
  CHECK(value_of(story + "The army crossed, and on 3 May 1945, the city fell. On 8 May the war ended.", "8 May",
                 "2024-11-15") == "1945-05-08");
}

TEST_CASE("in a narrative a year named a few times in passing leaves the reference time where it was") {
  const std::string story =
      "In 1786 the debt grew. In 1787 the notables met. In 1788 the king summoned the Estates, to meet as in 1614. "
      "In 1614 each estate had voted as one. On 27 December the king agreed. Elections followed in 1789.";
  CHECK(value_of(story, "27 December", "2024-11-15") == "1788-12-27");
  // Named again and again, the year is where the story has gone.
  const std::string moved =
      "In 1786 the debt grew. In 1787 the notables met. In 1788 the king summoned the Estates. In 1614 they had "
      "last met. The 1614 rules were read in 1614, 1614 and 1614. On 27 December the king agreed. Elections "
      "followed in 1789.";
  CHECK(value_of(moved, "27 December", "2024-11-15") == "1614-12-27");
}

TEST_CASE("in a narrative a year between the start of a span named first and the next year is on the story's way") {
  // 1648 ends the span named first; 1584 lies on the way from 1568 to 1609 and moves the story.
  const std::string dutch =
      "The revolt broke out in 1568 and ended with the peace of 1648. William was murdered on 10 July 1584, and the "
      "following year Antwerp fell. The truce ran from 1609 to 1621. In the 1620s the war resumed, and Breda fell "
      "in June 1625.";
  CHECK(value_of(dutch, "the following year", "2014-02-10") == "1585");
}

TEST_CASE("in a narrative a season after a winter the story reached in the autumn is the next year's") {
  const std::string crimea =
      "Russia occupied the Principalities in July 1853. The Ottomans declared war in October 1853. Britain "
      "declared war in March 1854. The allies landed in September 1854. Inkerman was fought on 5 November 1854. "
      "The armies spent the winter on the heights. In the spring, the allies renewed the bombardment. On the "
      "night of 7 June, the French stormed the Mamelon. That summer, cholera returned.";
  CHECK(value_of(crimea, "the winter", "2012-03-04") == "1854-WI");
  CHECK(value_of(crimea, "the spring", "2012-03-04") == "1855-SP");
  // The spring, which names its year now, moves the reference: the days after it follow.
  CHECK(value_of(crimea, "the night of 7 June", "2012-03-04") == "1855-06-07TNI");
  CHECK(value_of(crimea, "That summer", "2012-03-04") == "1855-SU");
  CHECK(value_of("The Persians landed in 481 BC. The army gathered in the summer of 481 BC and in September 481 "
                 "BC. In October 481 BC it reached Sardis, where it passed the winter. Early in spring it moved to "
                 "Abydos. In 480 BC it crossed.",
                 "Early in spring", "2009-12-19") == "BC0480-SP");
  // A winter named from earlier in the year may be the one before: the spring after it stays.
  CHECK(value_of("The war began in 481 BC. Athens fell in 480 BC. Salamis was fought in 480 BC. In June 479 BC "
                 "the armies met. Over the winter, the allies quarrelled, and in the spring the fleet sailed.",
                 "the spring", "2009-12-19") == "BC0479-SP");
}

TEST_CASE("in a narrative a holiday without its year is in the year the story has reached") {
  const std::string story =
      "The war began in 1932. In 1933 it spread. In 1934 it grew. In 1935 the front held; in December the army "
      "attacked. ";
  CHECK(value_of(story + "At Christmas the lines broke.", "Christmas", "2024-11-15") == "1935-12-25");
  CHECK(value_of("In 1965 the war widened. In 1966 it grew. In 1967 it stalled. In January 1968 the truce of the "
                 "Lunar New Year holiday was broken.",
                 "the Lunar New Year holiday", "2024-11-15")
            .starts_with("1968-"));
}

TEST_CASE("in a narrative a day of the month alone is in the month the story has reached") {
  const std::string years =
      "Texas was annexed in 1845, the war began in 1846, peace came in 1848, and California "
      "joined in 1850. ";
  // Named to its month: that month's day (the closest 25th was March's).
  CHECK(value_of(years + "The war began in April 1846, when Mexican cavalry attacked a patrol on the 25th.", "the 25th",
                 "2013-07-20") == "1846-04-25");
  // Named to its day: that month's, later or earlier in it (the closest 20th was February's).
  CHECK(value_of(years + "Scott landed on 1 March 1847. He took the city on the 20th.", "the 20th", "2013-07-20") ==
        "1847-03-20");
  CHECK(value_of(years + "The fort fell on 28 March 1847. The siege had begun on the 9th.", "the 9th", "2013-07-20") ==
        "1847-03-09");
  // Named to its year only: the closest such day, as before.
  CHECK(value_of(years + "In 1847 the army marched inland. On the 14th, it reached the pass.", "the 14th", "2013-07-20")
            .starts_with("1847-"));
}

TEST_CASE("in a narrative a date after the noun plan, named or not, moves the reference time") {
  const std::string years = "The province was fought over in 1912, 1941, 1989 and 1998. ";
  const std::string kosovo = years +
                             "NATO began bombing Yugoslavia on 24 March 1999. Milosevic accepted the peace plan on 3 "
                             "June, and a week later the bombing was suspended.";
  CHECK(value_of(kosovo, "3 June", "2013-07-20") == "1999-06-03");
  CHECK(value_of(kosovo, "a week later", "2013-07-20") == "1999-W23");
}

TEST_CASE("in a narrative the nth week of the month is of the month the story is in, whatever the tense") {
  const std::string story = "Armies fought there in 1701, 1702, 1703 and 1704. The siege began in July 1709. ";
  // July 1709's last whole week (was June's, the last before the reference a past clause allows).
  CHECK(value_of(story + "In the last week of the month, the king was wounded.", "the last week of the month",
                 "2013-07-20") == "1709-W30");
}

TEST_CASE("in a narrative a winter said by both its years runs into the second") {
  const std::string years =
      "Finland had been independent since 1917; the war of 1939 ended in 1940, and another "
      "followed in 1941 until 1944. ";
  const std::string story = years +
                            "The Soviet Union attacked Finland on 30 November 1939. The winter of 1939-40 was one of "
                            "the coldest on record, and in January temperatures fell to -40 degrees. ";
  CHECK(value_of(story, "The winter of 1939-40", "2013-07-20") == "1939-WI");
  CHECK(value_of(story, "January", "2013-07-20") == "1940-01");
  CHECK(value_of(story + "The following spring, the treaty was signed.", "The following spring", "2013-07-20") ==
        "1940-SP");
}

TEST_CASE("in a narrative a holiday early in the year after a story's December runs on into the next year") {
  const std::string years = "The war began in 1914. In 1915 it spread. In 1916 it grew. In 1917 it raged. ";
  CHECK(value_of(years + "On Christmas Eve 1914 the firing stopped. By New Year's Day it was over.", "New Year's Day",
                 "2013-07-20") == "1915-01-01");
  // A holiday later in the story's year stays in it; after a year alone, its year.
  CHECK(value_of(years + "In November 1914 the firing stopped. At Christmas it resumed.", "Christmas", "2013-07-20") ==
        "1914-12-25");
  CHECK(value_of(years + "In 1914 the firing stopped. On New Year's Day it resumed.", "New Year's Day", "2013-07-20") ==
        "1914-01-01");
  // As far as a month runs on: up to four months after the story's month (was two).
  CHECK(value_of(years + "On 20 November 1914 the siege began. The garrison held out until Valentine's Day.",
                 "Valentine's Day", "2013-07-20") == "1915-02-14");
  CHECK(value_of(years + "The army reached the coast in December 1914. The town fell at Easter.", "Easter",
                 "2013-07-20") == "1915-04-04");
  // Not five months on, nor after a year alone.
  CHECK(value_of(years + "On 20 October 1914 the siege began. The garrison surrendered on St. Patrick's Day.",
                 "St. Patrick's Day", "2013-07-20") == "1914-03-17");
  CHECK(value_of(years + "The siege began in 1914. The garrison surrendered at Easter.", "Easter", "2013-07-20") ==
        "1914-04-12");
}

TEST_CASE("a holiday without its year moves the reference time to its day, as a day and month do") {
  const std::string years = "The war began in 1939. In 1940 it spread. In 1941 it grew. In 1942 it raged. ";
  CHECK(value_of(years + "Japan attacked on 7 December 1941. Hong Kong fell that Christmas, and Manila fell the "
                         "following day.",
                 "the following day", "2013-07-20") == "1941-12-26");
  CHECK(value_of("The store opened on 1 December 2019. Sales peaked at Christmas, and the next day they fell.",
                 "the next day", "2025-03-12") == "2019-12-26");
}

TEST_CASE("in a narrative an event a holiday names is the one named before, not the next year's") {
  const std::string story =
      "The war began in 1932. In 1933 it spread. In 1934 it grew. In December 1935 the army "
      "launched the Christmas Offensive. On 20 January 1936 it resumed the advance. ";
  const auto tags = annalist::test::tag(story + "The threat posed by the Christmas Offensive was over.", "2024-11-15");
  std::vector<std::string> values;
  for (const auto& t : tags)
    if (t.text == "Christmas") values.push_back(t.value);
  CHECK(values == std::vector<std::string>{"1935-12-25", "1935-12-25"});
  // Named again years later it is another: "the Easter Offensive" of 1936 and of 1972.
  CHECK(value_of(story + "In March the Easter Offensive was planned. In 1972 came the Easter Offensive.", "Easter",
                 "2024-11-15") == "1936-04-12");
  const auto later = annalist::test::tag(
      story + "In March the Easter Offensive was planned. In 1972 came the Easter Offensive.", "2024-11-15");
  CHECK(later.back().value == "1972-04-02");
}

TEST_CASE("an event a yearless holiday names is in the year the same holiday is named with next") {
  const std::string rising =
      "The leaders of the Easter Rising had planned it for months. It began in Dublin on "
      "Easter Monday 1916.";
  CHECK(value_of(rising, "Easter", "2013-07-22") == "1916-04-23");  // was the DCT's Easter, 2013-03-31
  // In a narrative too, where the reference's year would have it.
  CHECK(value_of("Risings broke out in 1798, 1803, 1848 and 1867. " + rising, "Easter", "2013-07-22") == "1916-04-23");
  // Only when the first year named after it is the holiday's.
  CHECK(value_of("The Christmas Offensive began in December 1935. Christmas 1936 was quiet.", "Christmas",
                 "2013-07-22") == "2012-12-25");
}

TEST_CASE("\"the day before\" and \"the week after\" alone count from the last date named") {
  const std::string_view failed = "The bank failed on 10 March 2023. The day before, depositors withdrew $42 billion.";
  CHECK(value_of(failed, "The day before", "2025-03-12") == "2023-03-09");
  CHECK(value_of("The quake struck on 6 February 2023. Aid arrived the week after.", "the week after", "2025-03-12") ==
        "2023-W07");
  // Before a noun phrase it counts from an event; "the year before" is a comparison in news.
  const std::string_view vote = "The vote was held on 4 May 2020. The day before the vote, turnout was low.";
  CHECK(annalist::test::untagged(vote, annalist::test::tag(vote, "2025-03-12"), "day before"));
  const std::string_view down = "Revenue dropped to $300 million last year, down from $450 million the year before.";
  CHECK_FALSE(annalist::test::expression(annalist::test::tag(down, "2025-03-12"), "the year before"));
}

TEST_CASE("\"the year before\" and \"the month after\" set off by a comma count from the last date named") {
  CHECK(value_of("The army left Madrid on 22 December 1808. The year before, the French had crossed the Pyrenees.",
                 "The year before", "2014-02-10") == "1807");
  CHECK(value_of("The army left Madrid on 22 December 1808. The month after, the French took Corunna.",
                 "The month after", "2014-02-10") == "1809-01");
}

TEST_CASE("\"the night before\" and \"the night after\" alone are the night of the day before or after the last date") {
  CHECK(value_of("The Germans crossed into Belgium on 4 August 1914. The night before, the king had refused.",
                 "The night before", "2013-07-20") == "1914-08-03TNI");
  CHECK(value_of("The Germans crossed on 4 August 1914. They attacked the night after.", "the night after",
                 "2013-07-20") == "1914-08-05TNI");
  // Before a noun phrase it counts from an event; "the night before last" is two nights back.
  const std::string_view attack =
      "The Germans crossed on 4 August 1914. The night before the attack, the king refused.";
  CHECK(annalist::test::untagged(attack, annalist::test::tag(attack, "2013-07-20"), "night before"));
  CHECK(value_of("The night before last, it rained.", "The night before last", "2013-07-20") == "2013-07-18TNI");
}

TEST_CASE("\"the year before\" ending its clause is a year in a past perfect, news's comparison elsewhere") {
  CHECK(value_of("Ghana became independent on 6 March 1957. Sudan had been freed the year before.", "the year before",
                 "2013-07-22") == "1956");
  // News's comparison stays untagged, "the year" alone too.
  const auto down = annalist::test::tag(
      "Revenues dropped to $300 million last year, down from $450 million the year "
      "before.",
      "1998-09-07");
  CHECK_FALSE(annalist::test::expression(down, "the year before"));
  CHECK_FALSE(annalist::test::expression(down, "the year"));
}

TEST_CASE("\"the winter before\" and \"the summer after\" set off by a comma count from the last date named") {
  CHECK(
      value_of("Washington crossed the Delaware on 25 December 1776. The winter before, his army had besieged Boston.",
               "The winter before", "2013-07-22") == "1775-WI");
  CHECK(value_of("Richard reached Acre on 8 June 1191. The summer after, he sailed home.", "The summer after",
                 "2013-07-22") == "1192-SU");
  // Before a noun phrase it counts from an event, which is not tagged as such.
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("He left the winter before the war.", "2013-07-22"),
                                         "the winter before"));
}

TEST_CASE("\"the next day\" after a date lends its sentence no future tense") {
  // A future-tense date is only foreseen and would leave the reference time on April 6.
  const std::string story = "In 1862 it spread. In 1863 it grew. In 1864 it raged. The capture came on April 6, 1865. ";
  CHECK(value_of(story + "On April 8 cavalry took the trains, leading to the surrender the next day.", "the next day",
                 "2009-12-19") == "1865-04-09");
  CHECK(value_of(story + "On April 8 cavalry took the trains. Lee surrendered the next day.", "the next day",
                 "2009-12-19") == "1865-04-09");
}

TEST_CASE("a date in a possessive lends its clause no tense") {
  // 2014-02-05 is a Wednesday: the Monday just past is 02-03, the coming one 02-10.
  CHECK(value_of("The ministers met on Monday before next week's talks.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("The ministers met on Monday before next week's talks.", "next week", "2014-02-05") == "2014-W07");
  CHECK(value_of("The council voted on Tuesday ahead of tomorrow's summit.", "Tuesday", "2014-02-05") == "2014-02-04");
  CHECK(value_of("The board will decide on Thursday after last year's losses.", "Thursday", "2014-02-05") ==
        "2014-02-06");
  // The clause's own verb still decides.
  CHECK(value_of("The ministers will meet on Monday before next week's talks.", "Monday", "2014-02-05") ==
        "2014-02-10");
}

TEST_CASE("in a narrative a year some years off that the story comes straight back from is an excursion") {
  const std::string story =
      "In 1999 the talks failed. In 2000 the army massed. In 2001 it waited. In March 2003 the invasion began. "
      "In November 2008, protesters burned an effigy of the president. ";
  CHECK(value_of(story + "On April 15 the invasion was declared over. By late 2003 the insurgency grew.", "April 15",
                 "2024-11-15") == "2003-04-15");
  // Where the story stays, the year moves it.
  CHECK(value_of(story + "On April 15 the last troops left. By late 2009 the base closed.", "April 15", "2024-11-15") ==
        "2008-04-15");
}

TEST_CASE("in a narrative a season qualifying a noun takes the year the rest of its sentence names") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "The Spring Offensive of 1942 had failed.", "Spring", "2024-11-15") == "1942-SP");
  CHECK(value_of(story + "Their summer offensive against the river in June 1943 stalled.", "summer", "2024-11-15") ==
        "1943-SU");
  // A season timing its clause keeps the story's year.
  CHECK(value_of(story + "The plan was confirmed in the autumn by a minister, who set a date in 1946.", "the autumn",
                 "2024-11-15") == "1944-FA");
  // The year must be in the same sentence.
  CHECK(value_of(story + "Their summer offensive stalled. In June 1943 the river froze.", "summer", "2024-11-15") ==
        "1944-SU");
}

TEST_CASE("in a narrative a day named in the new year after a December runs on into the next year") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "In December 1944 the enemy offered talks. The allies replied on 14 January.", "14 January",
                 "2024-11-15") == "1945-01-14");
  // A month alone after a month may look back.
  CHECK(value_of(story + "In December 1944 the losses were small compared to January.", "January", "2024-11-15") ==
        "1944-01");
}

TEST_CASE("in a narrative that season after a year named alone is that year's") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "In 1944 came the retreat. That winter the men froze.", "That winter", "2024-11-15") ==
        "1944-WI");
  CHECK(value_of(story + "In 1944 came the retreat. That summer the river ran dry.", "That summer", "2024-11-15") ==
        "1944-SU");
}

TEST_CASE("in a narrative a year before the common era moves a reference named to its month") {
  // "445 BC" shares "BC04" with "BC0479-06" but is another year: the story moves to it.
  const std::string story =
      "The Ionians revolted in 499 BC. Darius invaded in 490 BC and Xerxes in 480 BC. "
      "In June 479 BC the armies met at Plataea. ";
  CHECK(value_of(story + "The war ended in 445 BC. Just 14 years later, war broke out again.", "14 years later",
                 "2009-12-19") == "BC0431");
  // The year of the month named keeps the month.
  CHECK(value_of(story + "In 479 BC the Greeks also won at Mycale. That same day, Athens was free.", "That same day",
                 "2009-12-19") == "BC0479-06-XX");
}

TEST_CASE("in a narrative a later date ending a span in a relative clause leaves the reference time where it was") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "In May 1944 they began a siege that lasted until the fall of the city in February 1945. "
                         "By the start of July, the river was crossed.",
                 "the start of July", "2024-11-15") == "1944-07");
  CHECK(value_of(story + "In May 1944 they began a siege which would last until January 1945. In August, they rested.",
                 "August", "2024-11-15") == "1944-08");
  // "until" alone ends what the story goes on from.
  CHECK(value_of(story + "The siege lasted until January 1945. In March, they rested.", "March", "2024-11-15") ==
        "1945-03");
}

TEST_CASE("in a narrative a yearless date that would fall before a flashback resumes the story") {
  const std::string story(story_to_1944);
  const std::string flashback = story +
                                "The offensive began on 21 March 1945. The reserves arrived on 28 March. A council was "
                                "created at a conference on 5 November 1944. ";
  CHECK(value_of(flashback + "The last attack came on 15 July.", "15 July", "2024-11-15") == "1945-07-15");
  // A flashback to a month too ("On November 23" after "May 20, 2006 ... the election in December 2005").
  CHECK(value_of(story + "The government took office on 20 May 1945. This followed the election in December 1944. "
                         "On 23 November, the worst attack came.",
                 "23 November", "2024-11-15") == "1945-11-23");
  // A day told in the past perfect lies further back still.
  CHECK(value_of(flashback + "On 2 September, the staff had begun planning.", "2 September", "2024-11-15") ==
        "1944-09-02");
  // After the flashback's date it goes on from the flashback.
  CHECK(value_of(flashback + "Its first session was on 2 December.", "2 December", "2024-11-15") == "1944-12-02");
}

TEST_CASE("in a narrative an earlier date the clause compares with leaves the reference time where it was") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "Raids fell to 200, as opposed to a peak of 1,600 in summer 1943. In June the talks opened.",
                 "June", "2024-11-15") == "1944-06");
  CHECK(value_of(story + "Losses were lower than in 1942. In June the talks opened.", "June", "2024-11-15") ==
        "1944-06");
  CHECK(value_of(story + "Raids rose to 1,600 in summer 1943. In June the talks opened.", "June", "2024-11-15") ==
        "1943-06");
}

// Periods counted within an event (rules_durations.cpp): the span ends at the unit, as TimeML tags
// "the second day" of an offensive.
TEST_CASE("a numbered day of an event is a date, known in news and in apposition to a date") {
  // News: the day reported on.
  const auto news =
      found_in("It's the second day of an offensive against the villages.", "the second day", "1998-03-06");
  CHECK(news.type == TimexType::date);
  CHECK(news.value == "1998-03-06");
  CHECK(value_of("In Saudi Arabia, today is the eighth day of the operation.", "the eighth day", "1990-08-15") ==
        "1990-08-15");
  CHECK(value_of("It's the second day of an offensive against villages populated by farmers.", "the second day",
                 "1998-03-06") == "1998-03-06");
  // News telling a past episode: a day of that episode, in its month, unknown as in a narrative,
  // which leaves the episode open.
  const std::string_view yom_kippur =
      "The war began on 6 October 1973, when Egypt and Syria attacked. Egyptian forces crossed the canal on the "
      "first day. On the night of 15 October, Israeli troops crossed to the west bank.";
  CHECK(value_of(yom_kippur, "the first day", "2012-03-04") == "1973-10-XX");
  CHECK(value_of(yom_kippur, "15 October", "2012-03-04") == "1973-10-15");
  CHECK(value_of("Talks entered their second day on Tuesday. On the first day, delegates argued.", "the first day",
                 "2026-03-10") == "2026-03-10");
  // A narrative: the date it stands in apposition to, else an unknown day of the year (and month)
  // the story has reached.
  const std::string story(story_to_1944);
  CHECK(value_of(story + "On 21 July, the fifth day of the rebellion, the rebels took the port.", "the fifth day",
                 "2024-11-15") == "1944-07-21");
  CHECK(value_of(story + "On the seventh day the gates were opened.", "the seventh day", "2024-11-15") == "1944-XX-XX");
  CHECK(value_of(story + "On the 2nd day the army entered the city.", "the 2nd day", "2024-11-15") == "1944-XX-XX");
  CHECK(value_of(story + "On the final day of the battle the allies withdrew.", "the final day", "2024-11-15") ==
        "1944-XX-XX");
  CHECK(value_of(story + "In August 1944 the siege began. On the final day of the battle the allies withdrew.",
                 "the final day", "2024-11-15") == "1944-08-XX");
  const auto end_of_day =
      found_in(story + "By the end of the second day they were betrayed.", "the end of the second day", "2024-11-15");
  CHECK(end_of_day.value == "1944-XX-XX");
  CHECK(end_of_day.mod == "END");
  // A part of such a day is a time.
  const auto evening = found_in(story + "The fleet held for three days; on the third evening it sailed.",
                                "the third evening", "2024-11-15");
  CHECK(evening.type == TimexType::time);
  CHECK(evening.value == "1944-XX-XXTEV");
}

TEST_CASE("a numbered week, month, year or hour of an event is its length") {
  const std::string story(story_to_1944);
  const auto year = found_in(story + "In the first year of the war the front held.", "the first year", "2024-11-15");
  CHECK(year.type == TimexType::duration);
  CHECK(year.value == "P1Y");
  CHECK(value_of(story + "In the second week the army entered the city.", "the second week", "2024-11-15") == "P1W");
  CHECK(value_of("Most losses came in the first hour of the attack.", "the first hour", "2024-11-15") == "PT1H");
  CHECK(value_of("It was the last month of the war in the east.", "the last month", "2024-11-15") == "P1M");
}

TEST_CASE("the early, final or intervening periods of an event are some of its units") {
  CHECK(value_of("Several commanders fell in the first hours of the ground war.", "the first hours", "1991-02-25") ==
        "PTXH");
  CHECK(value_of("The party split during the early years of the war.", "the early years", "2024-11-15") == "PXY");
  CHECK(value_of("The name survived the intervening years.", "the intervening years", "2024-11-15") == "PXY");
  CHECK(value_of("The army in the succeeding months destroyed the network.", "the succeeding months", "2024-11-15") ==
        "PXM");
  CHECK(value_of("The last days of this battle ended the mobile war.", "The last days", "2024-11-15") == "PXD");
  CHECK(value_of("He spent the last years of his life in exile.", "the last years", "2024-11-15") == "PXY");
}

TEST_CASE("periods of an event leave other readings of their words alone") {
  // "the last days" alone are recent ones; before "of" a time, the time decides.
  CHECK(value_of("Prices rose in the last days.", "the last days", "2024-11-15") == "PAST_REF");
  CHECK(value_of("They met the last week of September 2014.", "the last week of September 2014", "2024-11-15") ==
        "2014-W39");
  // A month, quarter or year named by a word: "the" one by tense, as a month name's year is.
  CHECK(value_of("Sales rose in the last week of the quarter.", "the last week of the quarter", "2025-09-10") ==
        "2025-W26");
  CHECK(value_of("Sales will rise in the last week of the quarter.", "the last week of the quarter", "2025-09-10") ==
        "2025-W39");
  CHECK(value_of("Prices fell in the last week of the month.", "the last week of the month", "2025-09-10") ==
        "2025-W35");
  CHECK(value_of("Talks open in the first week of next month.", "the first week of next month", "2025-09-10") ==
        "2025-W41");
  CHECK(value_of("Sales rose in the last week.", "the last week", "2025-09-10") == "2025-W36");
  for (const std::string_view text : {"He was arrested in the early hours of Thursday at the airport.",
                                      "The guns fell silent at the eleventh hour of the eleventh day of the month."})
    CHECK_MESSAGE(annalist::test::untagged(text, annalist::test::tag(text, "1999-10-08"), "the e"), text);
  // "the early hours" with no day after them are a morning's, no event's: the day before's (gen70).
  CHECK(value_of("They left on Monday in the early hours of the morning.", "the early hours of the morning",
                 "1999-10-08") == "1999-10-04TMO");
  // Singular after a word that only places plurals, a unit with a calendar reading, an adjective.
  for (const std::string_view text : {"The later date was chosen.", "It was the first season of the show.",
                                      "The first-year students arrived.", "He won for the first time."}) {
    const auto tagged = annalist::test::tag(text, "2024-11-15");
    CHECK_MESSAGE(tagged.empty(), text);
  }
}

TEST_CASE("a count of whole or added periods is the count's length") {
  CHECK(value_of("The Persians attacked for two full days.", "two full days", "2024-11-15") == "P2D");
  CHECK(value_of("The contract runs for an additional year.", "an additional year", "2024-11-15") == "P1Y");
  CHECK(value_of("He waited a whole week.", "a whole week", "2024-11-15") == "P1W");
  // WikiWars tags "to serve for [a single year]" P1Y.
  CHECK(value_of("Shares fell 9% in a single day.", "a single day", "2024-11-15") == "P1D");
  CHECK(value_of("Members served for a single year.", "a single year", "1790-01-01") == "P1Y");
  // "another" adds one, or the count after it, as WikiWars tags "another seven months" (was "seven
  // months", and "another year" untagged).
  CHECK(value_of("The state of war persisted for another seven months.", "another seven months", "2024-11-15") ==
        "P7M");
  CHECK(value_of("He will serve another year.", "another year", "2024-11-15") == "P1Y");
  CHECK(annalist::test::tag("Another 10 people died.", "2024-11-15").empty());
  // "another quarter" is as often a fraction: "Another quarter of voters were undecided."
  CHECK(annalist::test::tag("Another quarter of voters were undecided.", "2024-11-15").empty());
  CHECK(value_of("Sales for the full year were $6.6 billion.", "the full year", "1989-11-02") == "1989");
  // Not an adjective of anything else: "two full glasses".
  CHECK(annalist::test::tag("She drank two full glasses.", "2024-11-15").empty());
}

TEST_CASE("a day of that month, the following or the previous month counts from the last date named") {
  CHECK(value_of("The army crossed the river on 3 August 1920. It reached Warsaw on the 13th of that month.",
                 "the 13th of that month", "2009-12-19") == "1920-08-13");
  CHECK(value_of("The rebels seized the arsenal on 14 July 1789 and the town hall on the 16th of the same month.",
                 "the 16th of the same month", "2009-12-19") == "1789-07-16");
  CHECK(value_of("The treaty was signed in March 1918, and the troops left on the 2nd of the following month.",
                 "the 2nd of the following month", "2009-12-19") == "1918-04-02");
  CHECK(value_of("The truce collapsed in May 1941; the garrison had surrendered on the 28th of the previous month.",
                 "the 28th of the previous month", "2009-12-19") == "1941-04-28");
  // "next month", "last month" count from the DCT whatever date was named before.
  CHECK(value_of("The ceasefire was agreed on 2 May 2023. Talks resume on the 10th of next month.",
                 "the 10th of next month", "2025-03-12") == "2025-04-10");
}

TEST_CASE("a month counted from a month before the common era keeps its era") {
  const std::string story =
      "Greece was invaded in 490 BC and again in 480 BC; Athens was rebuilt in 479 BC and 478 BC. "
      "Xerxes crossed the Hellespont in 480 BC. In August his army reached Thermopylae, ";
  CHECK(value_of(story + "and the next month his fleet was beaten at Salamis.", "the next month", "2009-12-19") ==
        "BC0480-09");
}

TEST_CASE("full-year before the noun it qualifies is the year a report covers") {
  const auto year = found_in("The company cut its full-year outlook.", "full-year", "2025-08-07");
  CHECK(year.type == TimexType::date);
  CHECK(year.value == "2025");
  CHECK(value_of("Full-year profit rose 8%.", "Full-year", "2025-08-07") == "2025");
  // Before a year the year is tagged, as "year 2024" is read.
  const auto tagged = annalist::test::tag("Full-year 2024 revenue rose.", "2025-08-07");
  REQUIRE(tagged.size() == 1);
  CHECK(tagged[0].text == "year 2024");
  CHECK(tagged[0].value == "2024");
}

TEST_CASE("a decade before the common era counts down") {
  CHECK(value_of("Throughout the 470s BC, the league campaigned.", "the 470s BC", "2024-11-15") == "BC047");
  const auto end =
      found_in("Towards the end of the 460s B.C. the Athenians moved.", "the end of the 460s B.C.", "2024-11-15");
  CHECK(end.value == "BC046");
  CHECK(end.mod == "END");
  // Without its era a three-digit decade is no date.
  CHECK(annalist::test::tag("The 470s were sold out.", "2024-11-15").empty());
}

TEST_CASE("\"ensuing\", \"succeeding\" and \"subsequent\" count on from the last date as \"following\" does") {
  const std::string story(story_to_1944);
  CHECK(value_of(story + "The army left in June 1943. The ensuing year was quiet.", "The ensuing year", "2024-11-15") ==
        "1944");
  CHECK(value_of(story + "The treaty was signed on 3 May 1944. On the subsequent day the army left.",
                 "the subsequent day", "2024-11-15") == "1944-05-04");
  CHECK(value_of(story + "The rebels held out in the succeeding weeks.", "the succeeding weeks", "2024-11-15") ==
        "PXW");
  // Not before a noun that is no unit.
  CHECK(annalist::test::tag("The subsequent investigation found nothing.", "2024-11-15").empty());
}

TEST_CASE("decades and centuries counted from a date named are that many years from its year") {
  CHECK(value_of("She was first elected in 1998. A decade later she became prime minister.", "A decade later",
                 "2025-06-18") == "2008");
  CHECK(value_of("The party won in 2001 and lost power two decades later.", "two decades later", "2025-06-18") ==
        "2021");
  CHECK(value_of("The cathedral was rebuilt in 1420. A church had stood there a century earlier.", "a century earlier",
                 "2025-06-18") == "1320");
  // The decade after the one named is still a decade; "ago" counts the years from now.
  CHECK(value_of("The league was founded in 1998. The following decade was quiet.", "The following decade",
                 "2025-06-18") == "200");
  CHECK(value_of("A decade ago the plant closed.", "A decade ago", "2025-06-18") == "2015");
  CHECK(value_of("Two decades ago the plant closed.", "Two decades ago", "2025-06-18") == "2005");
}

TEST_CASE("a part of the day alone after by or until is the first such part the story reaches") {
  // After a day named, a morning is the next day's, an afternoon or evening the same day's.
  const auto morning =
      found_in("The hurricane made landfall on Tuesday night. By morning, 200,000 homes had lost power.", "morning",
               "2025-10-29");
  CHECK(morning.type == TimexType::time);
  CHECK(morning.value == "2025-10-29TMO");
  CHECK(value_of("The fire started on 15 April 2019. By morning, the spire had collapsed.", "morning", "2025-03-08") ==
        "2019-04-16TMO");
  CHECK(value_of("The storm hit on Monday. By evening, the roads were closed.", "evening", "2025-03-08") ==
        "2025-03-03TEV");
  // No day named: the DCT's in the past, a forecast's morning the next day's.
  CHECK(value_of("By morning, the river had burst its banks.", "morning", "2025-03-08") == "2025-03-08TMO");
  CHECK(value_of("Snow will ease by morning, forecasters said.", "morning", "2025-03-08") == "2025-03-09TMO");
  CHECK(value_of("The curfew will last until evening.", "evening", "2025-03-08") == "2025-03-08TEV");
  // "by night" says how; a part of the day after another word is no time alone.
  for (const char* text : {"They travelled by night.", "Morning has broken.", "He reads the morning paper."})
    CHECK(annalist::test::tag(text, "2025-03-08").empty());
}

TEST_CASE("overnight as an adverb is the night before the day reported on") {
  const auto night = found_in("Stocks fell overnight in Asia.", "overnight", "2025-08-06");
  CHECK(night.type == TimexType::time);
  CHECK(night.value == "2025-08-05TNI");
  CHECK(value_of("Overnight, rebels shelled the city.", "Overnight", "2025-08-06") == "2025-08-05TNI");
  // So before a preposition no noun follows (was untagged).
  CHECK(value_of("Results were declared overnight across the country.", "overnight", "2016-06-24") == "2016-06-23TNI");
  // The day a report names is the day the night ends on.
  CHECK(value_of("London shares closed lower Friday. They were hit by losses in New York overnight.", "overnight",
                 "1989-10-30") == "1989-10-26TNI");
  // Before the noun it qualifies it is an adjective.
  for (const char* text : {"The overnight rate rose.", "He booked an overnight stay.", "Overnight lending dried up."})
    CHECK(annalist::test::tag(text, "2025-08-06").empty());
}

TEST_CASE("overnight before a weekday is that weekday's night") {
  // DCT Wednesday 2025-08-06: one expression, the weekday's night (was "overnight", the 5th, and the
  // day apart).
  const auto struck = found_in("Russia struck Odesa overnight on Sunday.", "overnight on Sunday", "2025-08-06");
  CHECK(struck.type == TimexType::time);
  CHECK(struck.value == "2025-08-03TNI");
  CHECK(value_of("Drones hit Kyiv overnight Sunday, officials said.", "overnight Sunday", "2025-08-06") ==
        "2025-08-03TNI");
}

TEST_CASE("days said in a quotation count from the day the reporting clause dates the saying") {
  // DCT Wednesday 2025-03-12: the saying on Tuesday makes "tomorrow" that Wednesday.
  const std::string_view dct = "2025-03-12";
  CHECK(value_of("\"I'll call you tomorrow,\" she said on Tuesday.", "tomorrow", dct) == "2025-03-12");
  CHECK(value_of("\"The talks collapsed yesterday,\" the spokesman said on Monday.", "yesterday", dct) == "2025-03-09");
  CHECK(value_of("\"We will vote tonight,\" the senator said yesterday.", "tonight", dct) == "2025-03-11TNI");
  CHECK(value_of("She said on Tuesday: \"I'll call you tomorrow.\"", "tomorrow", dct) == "2025-03-12");
  CHECK(value_of("On Monday he said: \"The strike ends tomorrow.\"", "tomorrow", dct) == "2025-03-11");
  CHECK(value_of("\xE2\x80\x9CWe decide today,\xE2\x80\x9D the minister said on March 3.", "today", dct) ==
        "2025-03-03");
}

TEST_CASE("days said in a quotation keep the DCT when the saying is undated, on the DCT or not the quotation's") {
  const std::string_view dct = "2025-03-12";
  CHECK(value_of("\"I'll call you tomorrow,\" she said.", "tomorrow", dct) == "2025-03-13");
  CHECK(value_of("\"I'll call you tomorrow,\" she said on Wednesday.", "tomorrow", dct) == "2025-03-13");
  CHECK(value_of("\"It is sound,\" she said on Tuesday, and the vote is tomorrow.", "tomorrow", dct) == "2025-03-13");
  CHECK(value_of("\"We will win tomorrow.\" He said on Tuesday that the team was ready.", "tomorrow", dct) ==
        "2025-03-13");
  CHECK(value_of("The talks failed on Monday and he said: \"We meet again tomorrow.\"", "tomorrow", dct) ==
        "2025-03-13");
}

TEST_CASE("in a narrative what a quotation counts from the speaker's day is the saying's, unknown when undated") {
  const std::string_view dct = "2024-05-01";
  const std::string war =
      "The war began in 1955. Advisers came in 1961 and 1962, troops arrived in 1965, fought through 1966 and "
      "1967, and began to leave in 1969 and 1970. ";
  const std::string said = war +
                           "The president said, \"I am tonight announcing a withdrawal, to be completed during "
                           "the spring of next year, of the troops we found when we took office 15 months ago.\"";
  CHECK(value_of(said, "tonight", dct) == "XXXX-XX-XXTNI");
  CHECK(value_of(said, "the spring of next year", dct) == "XXXX-SP");
  CHECK(value_of(said, "15 months ago", dct) == "XXXX-XX");
  const std::string warned = war + "The emperor warned: \"It is us today. It will be you tomorrow.\"";
  CHECK(value_of(warned, "today", dct) == "XXXX-XX-XX");
  CHECK(value_of(warned, "tomorrow", dct) == "XXXX-XX-XX");
  // A saying the text dates counts from its day, as in news.
  CHECK(value_of(war + "On 2 July 1969 the general said: \"We attack tomorrow.\"", "tomorrow", dct) == "1969-07-03");
  // Outside a quotation the narrative's today is the writer's; "now" stays the speaker's present.
  CHECK(value_of(war + "Today the site is a museum.", "Today", dct) == "PRESENT_REF");
  CHECK(value_of(war + "The general wrote: \"We are now surrounded.\"", "now", dct) == "PRESENT_REF");
}

TEST_CASE("days said in a quotation count from the day an inverted attribution dates the saying") {
  const std::string_view dct = "2025-03-12";
  CHECK(value_of("\"We meet tomorrow,\" said the minister on Tuesday.", "tomorrow", dct) == "2025-03-12");
  CHECK(value_of("\"The vote was yesterday,\" added Smith Monday.", "yesterday", dct) == "2025-03-09");
  CHECK(value_of("\"We meet tomorrow,\" said the minister, who resigned on Tuesday.", "tomorrow", dct) == "2025-03-13");
}

TEST_CASE("in news a range of months with its year opens an episode at its end, its months inside it") {
  CHECK(value_of("The occupation lasted from March 1920 to June 1921. In February, the rebels seized the port.",
                 "February", "2010-01-01") == "1921-02");
  CHECK(value_of("The fighting raged between March 1920 and June 1921. In February, the rebels seized the port.",
                 "February", "2010-01-01") == "1921-02");
  CHECK(value_of("The revolt ran from March 1920 until June 1921. In February, the rebels seized the port.", "February",
                 "2010-01-01") == "1921-02");
  // After the range, the story goes on from its end: the first such month after it.
  CHECK(value_of("The blockade lasted from October 1916 to April 1917. In August, the first convoys sailed.", "August",
                 "2010-01-01") == "1917-08");
  CHECK(value_of("The lockout ran from May to December 1926. In July, the miners marched on London.", "July",
                 "2010-01-01") == "1926-07");
  // A month before the range told in the past perfect lies before it.
  CHECK(value_of("The strike ran from June to August 1926. In May, the miners had been locked out.", "May",
                 "2010-01-01") == "1926-05");
  // A month before the range's first told in the past is the next year's, as after a single month.
  CHECK(value_of("The blockade ran from June to August 1948. In May, the talks failed.", "May", "2010-01-01") ==
        "1949-05");
  // Not a range looking back from now.
  CHECK(value_of("Prices rose from March 2008 to June 2009. In February, they fell.", "February", "2010-03-01") ==
        "2010-02");
}

TEST_CASE("in news a range of years times the sentence after it as its last year alone does") {
  // Some years back, ending a sentence that tells an event: the months after it are its last year's
  // (were the DCT's), as after "The war ended in 1918."
  CHECK(value_of("The war raged from 1914 to 1918. In November, an armistice was signed.", "November", "2010-01-01") ==
        "1918-11");
  CHECK(value_of("Construction ran between 1931 and 1936. In May, the dam was finished.", "May", "2010-01-01") ==
        "1936-05");
  CHECK(value_of("The army fought in 1939-1945. In May, Germany surrendered.", "May", "2010-01-01") == "1945-05");
  // Setting the scene, as "In 2011" does.
  CHECK(value_of("Between 1931 and 1936, the dam rose. By December, it was done.", "December", "2010-01-01") ==
        "1936-12");
  // Ending in the last two years, an amount's course in both sentences, a founding: the DCT's, as
  // after a year alone.
  CHECK(value_of("Sales fell from 2008 to 2009. In March, the firm cut jobs.", "March", "2010-01-01") == "2009-03");
  CHECK(value_of("Inflation rose from 2006 to 2007. In March, the bank raised rates.", "March", "2010-01-01") ==
        "2009-03");
  CHECK(value_of("The company was founded between 1998 and 2001. In March, it raised $50 million.", "March",
                 "2014-06-10") == "2014-03");
}

TEST_CASE("a span a past decision may state times the sentence after it when its years lie long back") {
  // "ruled", "banned", "closed" before "from" read as a decision's span, which may start after its
  // telling: some years back, it no longer can; the verbs' past is the story's.
  CHECK(value_of("The family ruled the city from 1434 to 1494. In November, the French arrived.", "November",
                 "2010-01-01") == "1494-11");
  CHECK(value_of("The kings ruled over the valley from 1200 to 1350. In June, the plague reached it.", "June",
                 "2014-06-10") == "1350-06");
  CHECK(value_of("The port authority closed the harbour from 1940 to 1945. In September, the first ships returned.",
                 "September", "2010-01-01") == "1945-09");
  CHECK(value_of("The family governed the city from 1434 to 1494. In November, the French arrived.", "November",
                 "2010-01-01") == "1494-11");
  // Near-misses: an amount's course, a span "again" reopens, a decision's span ahead of the DCT.
  CHECK(value_of("Inflation averaged 4 percent from 1995 to 1999. In March, the central bank raised rates.", "March",
                 "2010-01-01") == "2009-03");
  CHECK(value_of("The authority banned night flights from 2003 to 2008. In May, it lifted the ban again.", "May",
                 "2014-06-10") == "2014-05");
  CHECK(value_of("The government banned imports from March 2010. In April, it will review the ban.", "April",
                 "2010-01-01") == "2010-04");
}

TEST_CASE("a plan told in the past for a date some years back opens an episode as the date told does") {
  CHECK(value_of("The vote was scheduled for March 1998. In April, the results were annulled.", "April",
                 "2010-01-01") == "1998-04");
  CHECK(value_of("The bridge was planned for May 1789. In June, work began.", "June", "2010-01-01") == "1789-06");
  CHECK(value_of("The referendum was set for October 1995. In November, the leaders met again.", "November",
                 "2010-01-01") == "1995-11");
  CHECK(value_of("Elections were slated for April 1994. In May, Mandela was sworn in.", "May", "2010-01-01") ==
        "1994-05");
  CHECK(value_of("A general strike planned for May 1968 was called off. In June, the unions signed an agreement.",
                 "June", "2010-01-01") == "1968-06");
  CHECK(value_of("The regime said the elections would be held in May 1990. In June, it annulled the results.", "June",
                 "2010-01-01") == "1990-06");
  // Within the last years a plan may still be open: the news reading.
  CHECK(value_of("The vote was scheduled for March 2009. In April, the results were annulled.", "April",
                 "2010-01-01") == "2009-04");
  CHECK(value_of("The merger was planned for January 2013. In March, the regulator blocked it.", "March",
                 "2014-06-10") == "2014-03");
  CHECK(value_of("The summit was scheduled for March. In April, the ministers met again.", "April", "2010-01-01") ==
        "2009-04");
  // A quotation, a date that names a thing after "for": no episode (a plan ahead opens one for
  // the months nearer it than the DCT's: "a month in a future clause after a plan's date ...").
  CHECK(value_of("\"The vote is scheduled for March 1998,\" the minister said in 1997. In April, the results were "
                 "annulled.",
                 "April", "2010-01-01") == "2009-04");
  CHECK(value_of("The contract was priced for March 1998 delivery. In April, the buyer cancelled it.", "April",
                 "2010-01-01") == "2009-04");
  CHECK(value_of("Two men were jailed for the March 1998 riots. In April, their lawyers appealed.", "April",
                 "2010-01-01") == "2009-04");
}

TEST_CASE("in news a yearless holiday told in a later sentence's past perfect lies before the episode") {
  CHECK(value_of("Talks collapsed on 5 January 1995. On New Year's Eve the rebels had declared a ceasefire.",
                 "New Year's Eve", "2010-01-01") == "1994-12-31");
  CHECK(value_of("The offensive began on 2 January 1943. On Christmas Day the troops had been resting.",
                 "Christmas Day", "2010-01-01") == "1942-12-25");
  CHECK(value_of("The offensive began on 2 January 1943. On 27 December the troops had crossed the river.",
                 "27 December", "2010-01-01") == "1942-12-27");
  // Told in the past, after the episode's month: the episode's year; a plan ahead: the DCT's.
  CHECK(value_of("The offensive began on 2 January 1943. On Easter Sunday the troops crossed the river.",
                 "Easter Sunday", "2010-01-01") == "1943-04-25");
  CHECK(value_of("Talks collapsed on 5 January 1995. The truce will hold until Christmas Eve, the ministry says.",
                 "Christmas Eve", "2010-01-01") == "2010-12-24");
}

TEST_CASE("a season counted from a winter named with its year counts from the winter's December") {
  CHECK(value_of("The siege dragged on through the winter of 1870. The following spring, the city surrendered.",
                 "The following spring", "2010-01-01") == "1871-SP");
  CHECK(value_of("The front held through the winter of 1942. The previous autumn, the line had been broken.",
                 "The previous autumn", "2010-01-01") == "1942-FA");
  CHECK(value_of("The army rested in the spring of 1916. The next summer, it attacked again.", "The next summer",
                 "2010-01-01") == "1916-SU");
  CHECK(value_of("The army retreated in the autumn of 1812. The next winter, it was destroyed.", "The next winter",
                 "2010-01-01") == "1812-WI");
  CHECK(value_of("The siege dragged on through the winter of 1870. The next year, the city was rebuilt.",
                 "The next year", "2010-01-01") == "1871");
  // A winter named by both its years is already counted from its second.
  CHECK(value_of("The winter of 1939-40 was harsh. The following spring, the armies moved.", "The following spring",
                 "2010-01-01") == "1940-SP");
}

TEST_CASE(
    "in a narrative a yearless date told in a past perfect over half a year after the reference is the year "
    "before's") {
  const std::string story = "The emperor fell in 1917, after the defeats of 1914, 1915 and 1916. ";
  CHECK(value_of(story + "Negotiations collapsed on 10 February 1918. On Christmas Day the delegates had met.",
                 "Christmas Day", "2010-01-01") == "1917-12-25");
  CHECK(value_of(story + "Negotiations collapsed on 10 February 1918. On 27 December the delegates had met.",
                 "27 December", "2010-01-01") == "1917-12-27");
  // It leaves the reference where it was: a future after it is the story's coming one.
  CHECK(value_of(story + "Talks collapsed on 5 January 1918. On New Year's Eve the rebels had declared a truce. The "
                         "truce will hold until Christmas Eve, the envoy says.",
                 "Christmas Eve", "2010-01-01") == "1918-12-24");
  // A few weeks on, the story has reached it: its year.
  CHECK(value_of(story + "The order of the day, 2 July 1918, read: 'To the West!' A committee had been formed on 28 "
                         "July in the city.",
                 "28 July", "2010-01-01") == "1918-07-28");
  // After "by", what was done by then; told in the past, the story goes on.
  CHECK(value_of(story + "The offensive began on 2 January 1918. By December the troops had reached the river.",
                 "December", "2010-01-01") == "1918-12");
  CHECK(value_of(story + "The offensive began on 2 January 1918. On Christmas Day the troops rested.", "Christmas Day",
                 "2010-01-01") == "1918-12-25");
}

TEST_CASE("an offset set off by a comma right after a date restates that date") {
  CHECK(value_of("The bridge was begun in 1880. It was finished in 1885, five years later.", "five years later",
                 "2010-06-01") == "1885");
  CHECK(value_of("The company was founded in 1990. It went public in 1996, six years later, and was sold in 2004.",
                 "six years later", "2010-06-01") == "1996");
  CHECK(value_of("The treaty was signed on 2 May 1921. The army withdrew on 4 May, two days later.", "two days later",
                 "2010-06-01") == "1921-05-04");
  CHECK(value_of("The king died on 12 March 1702. His successor was crowned on 23 April 1702, six weeks later.",
                 "six weeks later", "2010-06-01") == "1702-04-23");
  CHECK(value_of("The war ended in 1918. In 1920, two years later, the league met for the first time.",
                 "two years later", "2010-06-01") == "1920");
  CHECK(value_of("Work began in 1862. The line reached the coast on 3 May 1869, seven years later.",
                 "seven years later", "2010-06-01") == "1869");
  CHECK(value_of("The mill closed in 1974. It reopened in 1979, the following year.", "the following year",
                 "2010-06-01") == "1979");
  // The reference time stays at the date restated: what is counted next counts from it.
  CHECK(value_of("The mill closed in 1974. It reopened in 1979, five years later. Two years later, it was sold.",
                 "Two years later", "2010-06-01") == "1981");
}

TEST_CASE("a date in apposition right after an offset names the time the offset counts to") {
  struct Case {
    std::string_view text, phrase, dct, value;
  };
  // The explicit date, to the offset's unit, also where the count from the DCT or from the wrong
  // date disagrees with it; then the near-misses: no date in apposition, a weekday, a clock time.
  static constexpr Case cases[] = {
      {"The first round is on April 10, with a runoff two weeks later, on April 24.", "two weeks later", "2022-04-01",
       "2022-04-24"},
      {"The two leading candidates meet in a runoff two weeks later, on April 24.", "two weeks later", "2022-04-11",
       "2022-04-24"},
      {"On 30 September 1950, UN troops crossed the line. Six days later, on 7 October, the assembly voted.",
       "Six days later", "1950-12-01", "1950-10-07"},
      {"He was arrested in March 2019. A year later, in April 2020, he was charged.", "A year later", "2023-06-01",
       "2020"},
      {"The first round is on April 10, with a runoff two weeks later.", "two weeks later", "2022-04-01", "2022-W16"},
      {"He was arrested on May 3 and charged three days later.", "three days later", "2023-06-01", "2023-05-06"},
      {"He was arrested yesterday and charged three days later.", "three days later", "2023-06-01", "2023-06-04"},
      {"He was arrested in 2014 and released two years later.", "two years later", "2023-06-01", "2016"},
      {"He was arrested on May 3, 2021. Two days later, on Wednesday, he was charged.", "Two days later", "2023-06-01",
       "2021-05-05"},
      // A weekday alone the count of days falls on takes its day; another weekday does not.
      {"He was arrested on May 3, 2021. Two days later, on Wednesday, he was charged.", "Wednesday", "2023-06-01",
       "2021-05-05"},
      {"He was arrested on Monday. Two days later, on Wednesday, he was charged.", "Wednesday", "2023-06-01",
       "2023-05-31"},
      {"He was arrested on May 3, 2021. Two days later, on Thursday, he was charged.", "Thursday", "2023-06-01",
       "2023-06-01"},
      // A weekday alone after a count of weeks is that weekday of the week the count reaches.
      {"He was arrested on May 3, 2021. A week later, on Monday, he was charged.", "Monday", "2023-06-01",
       "2021-05-10"},
      {"He was arrested on May 3, 2021. Two weeks later, on Thursday, he was charged.", "Thursday", "2023-06-01",
       "2021-05-20"},
      {"He was arrested on May 3, 2021. Two hours later, at 5 p.m., he was charged.", "Two hours later", "2023-06-01",
       "2021-05-03TXX"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(value_of(c.text, c.phrase, c.dct) == c.value);
  }
}

TEST_CASE("a count of years in apposition after a yearless month says the month's year") {
  CHECK(value_of("The war began in 1914. In November, four years later, an armistice was signed.", "November",
                 "2010-06-01") == "1918-11");
  CHECK(value_of("The war began in 1914. In November, four years later, an armistice was signed.", "four years later",
                 "2010-06-01") == "1918");
  CHECK(value_of("The company was founded in 1975. In March, two years later, it shipped its first computer.", "March",
                 "2014-02-05") == "1977-03");
  CHECK(value_of("The siege ended in 1871. On 28 May, a year later, the last rebels surrendered.", "28 May",
                 "2014-02-05") == "1872-05-28");
  // No time named before it to count from, or no count of years: the month as before.
  CHECK(value_of("In March, two years later, it shipped its first computer.", "March", "2014-02-05") == "2013-03");
  CHECK(value_of("The siege began in September 1870. In January, four months later, the city fell.", "January",
                 "2014-02-05") == "1871-01");
}

TEST_CASE("an offset that is not in apposition to the date before it counts on from it") {
  CHECK(value_of("The bridge was begun in 1880. It was finished in 1885. Five years later, it was sold.",
                 "Five years later", "2010-06-01") == "1890");
  CHECK(value_of("The bridge was begun in 1880. It was finished in 1885, and five years later it was sold.",
                 "five years later", "2010-06-01") == "1890");
  CHECK(value_of("The bridge was begun in 1880. It was finished in 1885, five years later it was sold.",
                 "five years later", "2010-06-01") == "1890");
  // A comparison names a length, no date.
  CHECK(value_of("The bridge was begun in 1880. It was finished in 1885, five years later than planned.", "five years",
                 "2010-06-01") == "P5Y");
  // News's "a year earlier" after a quarter compares with it.
  CHECK(value_of("Profit was $5 million in the fourth quarter, a year earlier.", "a year earlier", "2014-02-05") !=
        "2013-Q4");
}

TEST_CASE("a plan told in a perfect opens an episode as a plan told in the past does") {
  CHECK(value_of("The election has been set for November 2012. In December, the new parliament will meet.", "December",
                 "2010-06-01") == "2012-12");
  CHECK(value_of("The summit has been scheduled for October 2012. In November, the leaders will meet again.",
                 "November", "2010-06-01") == "2012-11");
  CHECK(value_of("The referendum had been set for March 1998. In April, the results were annulled.", "April",
                 "2010-06-01") == "1998-04");
  CHECK(value_of("The handover had been planned for June 1997. In July, the new government took office.", "July",
                 "2010-06-01") == "1997-07");
  // Whatever the planning's tense.
  CHECK(value_of("The vote was scheduled for November 2012. In December, the new parliament will meet.", "December",
                 "2010-06-01") == "2012-12");
  // Within the next year the months after a plan are as often the news's own.
  CHECK(value_of("The vote has been set for September 2010. In October, the new parliament will meet.", "October",
                 "2010-06-01") == "2010-10");
  CHECK(value_of("The trial has been set for March 2011. In December, the court will rule on bail.", "December",
                 "2010-06-01") == "2010-12");
  // A perfect that reports a past fact opens none.
  CHECK(value_of("Turnout has fallen since 2008. In December, the new parliament will meet.", "December",
                 "2010-06-01") == "2010-12");
}

TEST_CASE("the previous season after a year named alone is the last one before that year") {
  CHECK(value_of("The king landed in 1660. The previous winter, his agents had met in Breda.", "The previous winter",
                 "1990-01-01") == "1659-WI");
  CHECK(value_of("The king landed in 1660. The previous spring, the army had marched south.", "The previous spring",
                 "1990-01-01") == "1659-SP");
  CHECK(value_of("The city fell in 1453. The previous autumn, the sultan had built a fortress.", "The previous autumn",
                 "1990-01-01") == "1452-FA");
  // After a day the season before the one it is in.
  CHECK(value_of("The king landed on 25 May 1660. The previous winter, his agents had met in Breda.",
                 "The previous winter", "1990-01-01") == "1659-WI");
  CHECK(value_of("The king landed on 25 May 1660. The previous summer, the army had marched south.",
                 "The previous summer", "1990-01-01") == "1659-SU");
  // The following ones, and that one, as before.
  CHECK(value_of("The king landed in 1660. The following summer, the parliament met again.", "The following summer",
                 "1990-01-01") == "1661-SU");
  CHECK(value_of("The king landed in 1660. That autumn, the plague reached the coast.", "That autumn", "1990-01-01") ==
        "1660-FA");
}

TEST_CASE("a fraction of a year, decade or century counted from a date named moves it by that many years") {
  CHECK(value_of("The firm was founded in 1868. A quarter of a century later, it was sold.",
                 "A quarter of a century later", "1990-01-01") == "1893");
  CHECK(value_of("The war ended in 1918. Half a century later, the veterans met again.", "Half a century later",
                 "1990-01-01") == "1968");
  CHECK(value_of("The war ended in 1918. Half a century earlier, a first war had been fought.",
                 "Half a century earlier", "1990-01-01") == "1868");
  CHECK(value_of("The war ended in 1918. A decade and a half later, a new war began.", "A decade and a half later",
                 "1990-01-01") == "1933");
  CHECK(value_of("The war ended in 1918. A quarter century later, the veterans met again.", "A quarter century later",
                 "1990-01-01") == "1943");
  CHECK(value_of("The abbey was founded in 1120. A century and a half later, it burned down.",
                 "A century and a half later", "1990-01-01") == "1270");
  // A fraction of a year counts its months from the month named.
  CHECK(value_of("The war ended on 11 November 1918. A year and a half later, the treaty was ratified.",
                 "A year and a half later", "1990-01-01") == "1920");
  CHECK(value_of("The war ended in November 1918. Half a year later, the treaty was signed.", "Half a year later",
                 "1990-01-01") == "1919");
  // A hedged fraction still counts its years.
  CHECK(value_of("The war ended in 1918. Nearly half a century later, the veterans met again.",
                 "Nearly half a century later", "1990-01-01") == "1968");
  // In apposition to the date it restates, the date's year.
  CHECK(value_of("The firm was founded in 1868. In 1893, a quarter of a century later, it was sold.",
                 "a quarter of a century later", "1990-01-01") == "1893");
  // Without an offset word, the length.
  CHECK(value_of("The war ended in 1918. Half a century of peace followed.", "Half a century", "1990-01-01") == "P50Y");
}

TEST_CASE("a month in a future clause after a plan's date goes on from that date when nearer it than the DCT's") {
  CHECK(value_of("The election has been called for May 2015. In June, the new parliament will sit.", "June",
                 "2014-02-05") == "2015-06");
  CHECK(value_of("The hearing is scheduled for March 2011. In April, the court will rule.", "April", "2010-01-01") ==
        "2011-04");
  // Nearer the DCT's: the news's own.
  CHECK(value_of("The trial has been set for March 2011. In December, the court will rule on bail.", "December",
                 "2010-06-01") == "2010-12");
  // Told in the past: the DCT's last one.
  CHECK(value_of("The election has been called for May 2015. In June, the minister said the date was fixed.", "June",
                 "2014-02-05") == "2013-06");
  // The active "called for" asks for something.
  CHECK(value_of("Protesters have called for May 2015 elections. In June, the parliament will sit.", "June",
                 "2014-02-05") == "2014-06");
}

TEST_CASE("a year two or more ahead ending a sentence that tells a plan times the future sentence after it") {
  CHECK(value_of("The plant will open in 2016. In March, the first units will ship.", "March", "2014-02-05") ==
        "2016-03");
  CHECK(value_of("The stadium is due to open in 2017. In April, the first match will be played there.", "April",
                 "2014-02-05") == "2017-04");
  // Told in the past, the sentence returns to the present: the DCT's.
  CHECK(value_of("The plant will open in 2016. In March, the minister said the plant was on schedule.", "March",
                 "2014-02-05") == "2013-03");
  CHECK(value_of("The stadium is due to open in 2017. In April, the council approved the plan.", "April",
                 "2014-02-05") == "2013-04");
  // The next year is as often the news's own.
  CHECK(value_of("The plant will open in 2015. In March, the first units will ship.", "March", "2014-02-05") ==
        "2014-03");
}

TEST_CASE("the present simple of a calendar or a schedule is a timetable, the date ahead") {
  // DCT 2014-02-05: the last Monday, November and December are nearer than the coming ones.
  const std::string_view dct = "2014-02-05";
  CHECK(value_of("The anniversary of the treaty falls on Monday.", "Monday", dct) == "2014-02-10");
  CHECK(value_of("The deadline for applications falls on Monday.", "Monday", dct) == "2014-02-10");
  CHECK(value_of("The holiday falls in December.", "December", dct) == "2014-12");
  CHECK(value_of("The festival takes place in December.", "December", dct) == "2014-12");
  CHECK(value_of("The carrier offers cheap fares in December.", "December", dct) == "2014-12");
  CHECK(value_of("The council promises new roads in December.", "December", dct) == "2014-12");
  CHECK(value_of("The country holds elections in November.", "November", dct) == "2014-11");
  // Near-misses: an amount's fall, a past, a reported past, the nouns.
  CHECK(value_of("Prices fall on Monday as traders return.", "Monday", dct) == "2014-02-03");
  CHECK(value_of("Exports fall in December as retailers restock.", "December", dct) == "2013-12");
  CHECK(value_of("The report says exports fell in December.", "December", dct) == "2013-12");
  CHECK(value_of("The festival took place in December.", "December", dct) == "2013-12");
  CHECK(value_of("The anniversary fell on Monday.", "Monday", dct) == "2014-02-03");
  CHECK(value_of("Offers of help in December were rejected.", "December", dct) == "2013-12");
}

TEST_CASE("a parenthetical attribution does not set the tense of the clause around it") {
  const std::string_view dct = "2014-02-05";
  CHECK(value_of("In November, he said, the office will hire staff.", "November", dct) == "2014-11");
  CHECK(value_of("In November, officials said, the office hired staff.", "November", dct) == "2013-11");
  CHECK(value_of("On Monday, the spokesman said, talks will resume.", "Monday", dct) == "2014-02-10");
  CHECK(value_of("The plant will reopen, the minister said, in December.", "December", dct) == "2014-12");
  CHECK(value_of("The plant reopened, the minister said, in December.", "December", dct) == "2013-12");
  // Near-misses: without the closing comma the date dates the saying.
  CHECK(value_of("In November, he said the office will hire staff.", "November", dct) == "2013-11");
  CHECK(value_of("On Monday, the spokesman said talks will resume.", "Monday", dct) == "2014-02-03");
}

TEST_CASE("a relative clause and the main clause do not lend each other their tense") {
  const std::string_view dct = "2014-02-05";
  // A date opening the sentence is the main clause's, past the relative clause on its subject.
  CHECK(value_of("In March the company, which said it would cut jobs, reported a loss.", "March", dct) == "2013-03");
  CHECK(value_of("In March, the company, which says it will cut jobs, reported a loss.", "March", dct) == "2013-03");
  CHECK(value_of("In November the firm, which posted a loss last year, will cut jobs.", "November", dct) == "2014-11");
  CHECK(value_of("In March the minister, who will retire next year, opened the bridge.", "March", dct) == "2013-03");
  // A date inside the relative clause takes the clause's verb, before or after it.
  CHECK(value_of("The company, which in December will cut jobs, reported a loss.", "December", dct) == "2014-12");
  CHECK(value_of("The company, which will cut jobs in December, reported a loss.", "December", dct) == "2014-12");
  CHECK(value_of("The company, which cut jobs in December, will expand.", "December", dct) == "2013-12");
}

TEST_CASE("could of a past ability is past, of a possibility ahead") {
  // DCT 2014-02-05, a Wednesday: the coming Thursday is nearer than the last.
  const std::string_view dct = "2014-02-05";
  CHECK(value_of("He could not attend on Thursday.", "Thursday", dct) == "2014-01-30");
  CHECK(value_of("He couldn't attend on Thursday because of illness.", "Thursday", dct) == "2014-01-30");
  CHECK(value_of("Until last year, shoppers could buy the drug over the counter in December.", "December", dct) ==
        "2013-12");
  CHECK(value_of("Under the old rules, voters could register until Thursday.", "Thursday", dct) == "2014-01-30");
  // Near-misses: a possibility ahead; a reported negation.
  CHECK(value_of("The vote could come on Thursday.", "Thursday", dct) == "2014-02-06");
  CHECK(value_of("Prices could fall in December.", "December", dct) == "2014-12");
  CHECK(value_of("Under the new rules, voters could register until Thursday.", "Thursday", dct) == "2014-02-06");
}

TEST_CASE("a relative clause on the subject lends the main clause's date no tense") {
  // DCT 2025-01-09, a Thursday: "who have lost" is the clause's own; "visit" dates Saturday.
  CHECK(value_of("The Celtics, who have lost three straight, visit Miami on Saturday.", "Saturday", "2025-01-09") ==
        "2025-01-11");
  CHECK(value_of("The Knicks, who won on Tuesday, host Chicago on Saturday.", "Saturday", "2025-01-09") ==
        "2025-01-11");
  CHECK(value_of("The ministers, who were elected last year, face a confidence vote on Thursday.", "Thursday",
                 "2025-04-22") == "2025-04-24");
  // Near-misses: the main clause's own past stays past.
  CHECK(value_of("The Celtics, who have lost three straight, visited Miami on Saturday.", "Saturday", "2025-01-09") ==
        "2025-01-04");
  CHECK(value_of("The team, which had won five straight, lost on Sunday.", "Sunday", "2025-04-22") == "2025-04-20");
  CHECK(value_of("The company, which has cut 200 jobs, reported a loss on Monday.", "Monday", "2025-04-22") ==
        "2025-04-21");
}

TEST_CASE("a clause of time after the date's clause and a relative clause beside it lend no tense") {
  // Rule cases: the date's own clause governs, a timetable's present the coming day.
  CHECK(value_of("Thursday's hearing comes a week after the court ruled against the agency.", "Thursday",
                 "2025-06-10") == "2025-06-12");
  CHECK(value_of("The vote on Monday, which will be close, decides the budget.", "Monday", "2014-02-05") ==
        "2014-02-10");
  CHECK(value_of("Smith, who was arrested in March, appears in court on Monday.", "Monday", "2025-01-09") ==
        "2025-01-13");
  CHECK(value_of("The Celtics, who visit Miami next week, lost on Saturday.", "Saturday", "2025-01-09") ==
        "2025-01-04");
  CHECK(value_of("The minister, who resigned in January, testifies before the committee on Monday.", "Monday",
                 "2014-02-05") == "2014-02-10");
  CHECK(value_of("Monday's summit opens days after the ceasefire collapsed.", "Monday", "2014-02-05") == "2014-02-10");
  // Near-misses: a saying, a past main clause, a subordinate clause of the date's own, a report's present.
  CHECK(value_of("He said on Monday that the plan works.", "Monday", "2025-01-09") == "2025-01-06");
  CHECK(value_of("The court ruled on Thursday, a week after the hearing.", "Thursday", "2025-06-10") == "2025-06-05");
  CHECK(value_of("The shares fell after the court ruled on Monday.", "Monday", "2025-01-09") == "2025-01-06");
  CHECK(value_of("On Monday, after the court ruled, shares fell.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("Monday's vote shows the party is split.", "Monday", "2025-01-09") == "2025-01-06");
  CHECK(value_of("He appears on Monday to have changed his mind.", "Monday", "2014-02-05") == "2014-02-03");
}

TEST_CASE("an arranged event's present is the coming date, a past told of it or a result's verb the last") {
  const std::string_view dct = "2014-02-05";
  CHECK(value_of("The referendum on Monday settles a question that split the party for years.", "Monday", dct) ==
        "2014-02-10");
  CHECK(value_of("The race on Sunday decides the title.", "Sunday", dct) == "2014-02-09");
  CHECK(value_of("The defendant, who pleaded guilty last year, appears for sentencing on Monday.", "Monday", dct) ==
        "2014-02-10");
  CHECK(value_of("The trial in May begins a year after the crash killed 40 people.", "May", dct) == "2014-05");
  // Near-misses: a past of the event's own, a noun before the verb, a past main verb.
  CHECK(value_of("The vote on Monday, which the government lost, sets up a leadership contest.", "Monday", dct) ==
        "2014-02-03");
  CHECK(value_of("Sunday's election results show a swing to the left.", "Sunday", dct) == "2014-02-02");
  CHECK(value_of("Sunday's race decided the title.", "Sunday", dct) == "2014-02-02");
  CHECK(value_of("The stock split, which is subject to holder approval, would be paid on a still unspecified date in "
                 "January to holders of record Dec. 21.",
                 "January", "1989-10-26") == "1990-01");
}

TEST_CASE("a chamber's, a court's or a speaker's present act is the coming day, its plural noun after a past no act") {
  const std::string_view dct = "2025-05-14";
  CHECK(value_of("Parliament debates the bill on Monday, a month after the government published it.", "Monday", dct) ==
        "2025-05-19");
  CHECK(value_of("The court hears the appeal on Monday because the lower court erred.", "Monday", dct) == "2025-05-19");
  CHECK(value_of("The chancellor, whose budget passed last week, addresses the party on Saturday.", "Saturday", dct) ==
        "2025-05-17");
  // Near-misses: the nouns after a past verb; a past main verb after a relative clause.
  CHECK(value_of("The candidates held televised debates on Monday.", "Monday", dct) == "2025-05-12");
  CHECK(value_of("The parties held votes on Monday.", "Monday", dct) == "2025-05-12");
  CHECK(value_of("The senator, who will face voters in November, spoke on Monday.", "Monday", dct) == "2025-05-12");
}

TEST_CASE("what continues or lasts through a weekday in the present ends on the coming one, a past on the last") {
  const std::string_view dct = "2024-12-28";
  CHECK(value_of("Hanukkah continues through Thursday.", "Thursday", dct) == "2025-01-02");
  CHECK(value_of("The strike lasts through Thursday.", "Thursday", dct) == "2025-01-02");
  CHECK(value_of("The strike continued through Thursday.", "Thursday", dct) == "2024-12-26");
  CHECK(value_of("Stocks are up 3% through Thursday.", "Thursday", dct) == "2024-12-26");
}

TEST_CASE("what was extended through a weekday runs on to the coming one, however past the extending") {
  const std::string_view dct = "1994-04-27";  // a Wednesday
  CHECK(value_of("Voting was extended through Thursday in some areas.", "Thursday", dct) == "1994-04-28");
  CHECK(value_of("Officials extended voting through Thursday.", "Thursday", dct) == "1994-04-28");
  CHECK(value_of("The ceasefire was extended through Sunday.", "Sunday", dct) == "1994-05-01");
  // Near misses: a state or a phrasal verb before "through" keeps the past.
  CHECK(value_of("The road was closed through Friday.", "Friday", dct) == "1994-04-22");
  CHECK(value_of("The bill was pushed through Friday by the leadership.", "Friday", dct) == "1994-04-22");
  CHECK(value_of("The strike continued through Sunday.", "Sunday", dct) == "1994-04-24");
}

TEST_CASE("rules after a court is its act on the coming day, the noun otherwise") {
  const std::string_view dct = "2014-02-05";
  CHECK(value_of("The court rules on Monday.", "Monday", dct) == "2014-02-10");
  CHECK(value_of("A federal judge rules on the motion on Monday.", "Monday", dct) == "2014-02-10");
  CHECK(value_of("The agency publishes new rules on Monday.", "Monday", dct) == "2014-02-03");
  CHECK(value_of("The rules on Monday's ballot are complex.", "Monday", dct) == "2014-02-03");
  CHECK(value_of("The new court rules on Monday take effect.", "Monday", dct) == "2014-02-03");
}

TEST_CASE("a relative clause between commas on the act's object tells the act nothing") {
  CHECK(value_of("The defendant faces a judge, who will set bail, on Monday.", "Monday", "2025-03-12") == "2025-03-17");
  CHECK(value_of("The team played Arsenal, which has won five straight, on Monday.", "Monday", "2025-03-12") ==
        "2025-03-10");
}

TEST_CASE("a reported timetable keeps its present, a reported past or a date of the saying the last") {
  CHECK(value_of("Officials said the vote on Monday decides the budget.", "Monday", "2014-02-05") == "2014-02-10");
  CHECK(value_of("Officials said the vote on Monday decided the budget.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("Officials said on Monday the vote decides the budget.", "Monday", "2014-02-05") == "2014-02-03");
}

TEST_CASE("a state kept through a weekday in the present ends on the coming one, a past on the last") {
  const std::string_view dct = "2025-03-12";
  CHECK(value_of("Schools stay closed through Friday.", "Friday", dct) == "2025-03-14");
  CHECK(value_of("The road remains shut through Monday.", "Monday", dct) == "2025-03-17");
  CHECK(value_of("Schools stayed closed through Friday.", "Friday", dct) == "2025-03-07");
}

TEST_CASE("a state told in the present with any predicate through a day ends on the coming one") {
  const std::string_view dct = "2026-03-09";  // a Monday: Friday is about as near behind as ahead
  check_values({"The senator is in Brussels through Friday.", "Temperatures stay below freezing through Friday.",
                "Heavy rain continues to fall over the region through Friday.",
                "The painting remains on loan to the Louvre through Friday."},
               "Friday", dct, "2026-03-13");
  // Near-misses: a past, a figure that sums up, a clause of its own.
  check_values({"The senator was in Brussels through Friday.", "Temperatures stayed below freezing through Friday.",
                "Shares are up 4% through Friday.", "It is unclear whether fighting went on through Friday.",
                "Oil is lower for the week through Friday.", "The team is unbeaten this season through Friday."},
               "Friday", dct, "2026-03-06");
}

TEST_CASE("a possessive day's event in the present is the coming day, past a relative clause of its arranging") {
  const std::string_view dct = "2025-05-14";  // a Wednesday: Sunday is about as near behind as ahead
  check_values({"Sunday's final, which sold out within hours, features two unbeaten teams.",
                "Sunday's parade, which organisers moved from October, takes the old route.",
                "The vote on Sunday, which the president called last month, decides the reform.",
                "Sunday's derby pits the two Manchester clubs against each other."},
               "Sunday", dct, "2025-05-18");
  // Near-misses: a past main verb, a past of the event's own, a result's present.
  check_values(
      {"Sunday's final, which drew 80,000 fans, ended in a draw.", "Sunday's match, which sold out, ended in a draw.",
       "Sunday's race, which Hamilton won, features in our season review.",
       "Sunday's derby leaves them second in the table."},
      "Sunday", dct, "2025-05-11");
}

TEST_CASE("a public appearance, a visit or a show told in the present is the coming day") {
  const std::string_view dct = "2026-03-09";  // a Monday: Friday is about as near behind as ahead
  check_values({"The prime minister tours the flood zone on Friday.", "The orchestra performs in Vienna on Friday.",
                "World leaders attend the climate summit on Friday.", "The nurses' union stages a walkout on Friday."},
               "Friday", dct, "2026-03-13");
  // Near-misses: a past, the plural nouns.
  check_values({"The prime minister toured the flood zone on Friday.",
                "Guided tours on Friday were cancelled because of the storm.", "The scandal made headlines on Friday."},
               "Friday", dct, "2026-03-06");
}

TEST_CASE("a timetable verb's object and phrases of place or partner before the day still look ahead") {
  const std::string_view dct = "2026-03-09";  // a Monday: Friday is about as near behind as ahead
  check_values(
      {"The king welcomes the emperor at the palace on Friday.", "Both teams compete in the final on Friday.",
       "Arsenal play against Chelsea in the cup on Friday.", "The team is playing in the final at Wembley on Friday.",
       "The defendant appears before a judge in Manhattan on Friday."},
      "Friday", dct, "2026-03-13");
  // Near-misses: a past, the plural nouns, another clause's past, a market report, a progressive
  // of another verb.
  check_values(
      {"The king welcomed the emperor at the palace on Friday.", "The races at the track on Friday drew big crowds.",
       "The band plays the song that it recorded in the studio on Friday.",
       "Stocks close the week higher in Asia on Friday.",
       "Police are investigating the shooting at the mall on Friday."},
      "Friday", dct, "2026-03-06");
}

TEST_CASE("a reaction to what happened told in the present owns the possessive day just past") {
  const std::string_view dct = "2026-03-12";  // a Thursday: Sunday is about as near behind as ahead
  check_values({"Police are investigating Sunday's clash.",
                "Officials are probing Sunday's clashes between fans and police.", "The city mourns Sunday's victims.",
                "Investigators are reviewing Sunday's collision.", "Residents are recovering from Sunday's violence."},
               "Sunday", dct, "2026-03-08");
  // Near-misses: a preparation, what is planned.
  check_values({"Police are preparing for Sunday's march.", "Officials are reviewing Sunday's planned march.",
                "Police are reviewing security for Sunday's march."},
               "Sunday", dct, "2026-03-15");
}

TEST_CASE("a possessive day's event whose relative clause tells it done is the day just past") {
  const std::string_view dct = "2026-03-12";  // a Thursday: the coming Saturday and Sunday are nearer
  check_values({"Saturday's game, which the Eagles won, puts them top.",
                "Saturday's match, which ended in a draw, leaves both teams level."},
               "Saturday", dct, "2026-03-07");
  check_values({"Sunday's vote, which the government lost, sets up a leadership contest.",
                "Sunday's race, which Verstappen dominated, means he leads the standings."},
               "Sunday", dct, "2026-03-08");
  // Near-misses: its arranging, a future of its own, someone's past.
  check_values({"Sunday's final, which sold out within hours, features two unbeaten teams.",
                "Sunday's final, which the hosts are expected to win, features two unbeaten teams.",
                "Sunday's opponents, who beat the Eagles last year, arrive on Friday."},
               "Sunday", dct, "2026-03-15");
}

TEST_CASE("a verb of study owns the possessive day just past only for an incident or what it left") {
  const std::string_view dct = "2026-03-12";  // a Thursday: Friday is the next day, Sunday about halfway
  check_values({"Investigators are reviewing Sunday's collision.", "Officials are assessing Sunday's damage.",
                "Stewards examine Sunday's incident in the pit lane."},
               "Sunday", dct, "2026-03-08");
  // Near-misses: what is studied before it comes stays the coming day, as without the verb.
  check_values({"Ministers are reviewing Friday's budget.", "Economists are studying Friday's inflation figures.",
                "MPs scrutinise Friday's spending plans."},
               "Friday", dct, "2026-03-13");
  // A result keeps the tense of its noun: "Analysts are examining Friday's jobs report" as before.
  CHECK(value_of("Analysts are examining Friday's jobs report.", "Friday", dct) == "2026-03-06");
}

TEST_CASE("a midnight after a day's night, evening or end in its sentence is the end of that day") {
  for (const auto& [text, phrase, dct, value] :
       {std::tuple{"On the night of March 3, the rebels crossed the river, reaching the town shortly after midnight.",
                   "shortly after midnight", "2026-03-12", "2026-03-03T24:00"},
        std::tuple{"Late on Friday, the troops attacked; by midnight the town had fallen.", "midnight", "2026-03-12",
                   "2026-03-06T24:00"},
        std::tuple{"On Tuesday night the storm hit the coast, and by midnight thousands were without power.",
                   "midnight", "2026-03-12", "2026-03-10T24:00"},
        std::tuple{"On Friday the store closes at midnight.", "midnight", "2026-03-12", "2026-03-13T24:00"},
        // Near-misses: no day before it, its own day, another sentence.
        std::tuple{"The deadline is midnight.", "midnight", "2026-03-12", "2026-03-12T00:00"},
        std::tuple{"The vote closes at midnight on Sunday.", "midnight on Sunday", "2026-03-12", "2026-03-15T24:00"},
        std::tuple{"Late on Sunday the talks broke down. The ministers will leave at midnight.", "midnight",
                   "2014-03-12", "2014-03-12T00:00"}}) {
    CAPTURE(text);
    CHECK(value_of(text, phrase, dct) == value);
  }
}

TEST_CASE("a bare clock time later in the sentence of a date that names a day takes that day") {
  for (const auto& [text, phrase, dct, value] :
       {std::tuple{"On March 3 the rebels crossed the river, reaching the town at 3 p.m.", "3 p.m.", "2026-03-12",
                   "2026-03-03T15:00"},
        std::tuple{"On 17 April the minister arrived in the capital, met the opposition leaders and left at 4:30 p.m.",
                   "4:30 p.m.", "2014-05-02", "2014-04-17T16:30"},
        std::tuple{"Tomorrow the delegates gather in Geneva, and the first session opens at 9 a.m.", "9 a.m.",
                   "2014-05-02", "2014-05-03T09:00"},
        std::tuple{"On Tuesday the storm reached the coast and knocked out power to thousands of homes around 6 p.m.",
                   "around 6 p.m.", "2026-03-12", "2026-03-10T18:00"},
        // Near-misses: a length or another day between, another sentence, a month alone.
        std::tuple{
            "On Monday the rebels crossed the river and, after a long day on the road, reached the town at 3 p.m.",
            "3 p.m.", "2026-03-12", "2026-03-12T15:00"},
        std::tuple{"On March 3 the rebels crossed the river. They reached the town at 3 p.m.", "3 p.m.", "2026-03-12",
                   "2026-03-12T15:00"},
        std::tuple{"In March the rebels crossed the river, reaching the town at 3 p.m.", "3 p.m.", "2026-03-12",
                   "2026-03-12T15:00"}}) {
    CAPTURE(text);
    CHECK(value_of(text, phrase, dct) == value);
  }
}

TEST_CASE("a prospect in an absolute phrase of with looks ahead whatever the main verb's tense") {
  const std::string_view dct = "2025-12-17";  // a Wednesday in December: last March is nearer than next
  check_values({"Shares rose 4 percent, with the deal expected to close in March.",
                "The court agreed on Monday to hear the case, with a ruling due in March.",
                "The board approved the merger, with completion scheduled for March."},
               "March", dct, "2026-03");
  CHECK(value_of("The court agreed on Monday to take up the dispute, with a ruling expected by the end of June.",
                 "the end of June", dct) == "2026-06");
  // Near-misses: no prospect, a cause, a comparison, a perfect, a finite verb after "with".
  check_values(
      {"The company reported strong sales, with growth in March.",
       "Sales fell, with losses due to the strike in March.", "Profits rose, with higher than expected sales in March.",
       "Shares fell, with sales expected to have peaked in March.",
       "The company reported strong sales, with the deal completed in March."},
      "March", dct, "2025-03");
}

TEST_CASE("a year earlier compared with a figure of a day named is that day a year back") {
  const std::string_view dct = "2026-04-30";
  CHECK(value_of("The bank earned $3.1 billion in the three months ended March 31, compared with $2.7 billion a "
                 "year ago.",
                 "a year ago", dct) == "2025-03-31");
  CHECK(value_of("For the six months ended March 31, net income was $6.5 million, or eight cents a share, compared "
                 "with $18.1 million, or 21 cents a share, a year earlier.",
                 "a year earlier", dct) == "2025-03-31");
  CHECK(value_of("The index closed at 4,500 on March 31, up from 4,000 a year earlier.", "a year earlier", dct) ==
        "2025-03-31");
  // Near-misses: a quarter named before the day keeps the quarter; a weekday, a story told on.
  CHECK(value_of("In the quarter ended March 31, net income rose to $5 million from $4 million a year earlier.",
                 "a year earlier", dct) == "2025-Q1");
  CHECK(value_of("Shares closed at $5 on Friday, up from $4 a year ago.", "a year ago", dct) == "2025");
  CHECK(value_of("He joined the firm on March 31, 2019. A year earlier, he had left Goldman.", "A year earlier", dct) ==
        "2018");
}

TEST_CASE("a weekday after \"on a\" or before a timetable is no particular day") {
  for (const auto* text : {"Trains will run on a Sunday timetable on Easter Monday.", "He was born on a Tuesday.",
                           "The attack happened on a Friday night.", "The league moved to a Monday schedule."}) {
    CAPTURE(text);
    for (const auto& t : annalist::test::tag(text, "2026-03-16")) CHECK(t.text == "Easter Monday");
  }
  // Near-misses: a weekday said alone, after a clock time, before another noun (the day it was
  // held), a holiday said to fall on one.
  CHECK(value_of("The line reopens on Sunday.", "Sunday", "2026-03-16") == "2026-03-22");
  CHECK(value_of("Service resumes at 6 a.m. Sunday.", "6 a.m. Sunday", "2026-03-16") == "2026-03-22T06:00");
  CHECK(value_of("About 500 people attended a Sunday night memorial service.", "Sunday night", "2026-03-16") ==
        "2026-03-15TNI");
  CHECK(value_of("Christmas falls on a Friday this year.", "Friday", "2026-03-16") == "2026-12-25");
}

TEST_CASE("a quarter that opens a compound is no quarter of a year") {
  for (const auto* text : {"City reached the quarter-finals for the first time.",
                           "In the second quarter final, Chelsea lost.", "This quarter-final was the best.",
                           "The quarter-century of rule ended.", "The quarter-on-quarter rise was 2 percent."}) {
    CAPTURE(text);
    CHECK(annalist::test::tag(text, "2025-03-04").empty());
  }
  // Near-misses: the quarter of a report, before "on" as a preposition and a quarter's end.
  CHECK(value_of("Profits rose in the quarter.", "the quarter", "2025-03-04") == "2024-Q4");
  CHECK(value_of("Sales rose 3 percent in the quarter on higher demand.", "the quarter", "2025-03-04") == "2024-Q4");
  CHECK(value_of("The quarter-end figures were weak.", "The quarter", "2025-03-04") == "2024-Q4");
  CHECK(value_of("Sales rose in the third quarter.", "the third quarter", "2025-03-04") == "2024-Q3");
}

TEST_CASE("a present passive of expectation before a yearless date looks ahead whatever its subject names") {
  const std::string_view dct = "2026-09-15";  // in September: last August is nearer than next
  check_values({"Results are expected in August.", "Final figures are due in August, the agency said.",
                "Sales data is scheduled for release in August.", "A ruling is now expected in August.",
                "Sales figures are set to be published in August.", "Inflation data is forecast to ease in August."},
               "August", dct, "2027-08");
  CHECK(value_of("Results are expected in early August.", "early August", dct) == "2027-08");
  CHECK(value_of("Second-round results are slated for the end of August.", "the end of August", dct) == "2027-08");
  CHECK(value_of("Trade figures are due on Monday.", "Monday", dct) == "2026-09-21");
  // Near-misses: a past, a reduced relative, the month qualifying the noun, a cause, active "expect".
  check_values({"Results were expected in August.", "Results expected in August were delayed.",
                "August results are expected to show growth.", "Results for August are due on Friday.",
                "Delays are due to the strike in August.", "Analysts expect a cut in August."},
               "August", dct, "2026-08");
  CHECK(value_of("Results for August are due on Friday.", "Friday", dct) == "2026-09-18");
}

TEST_CASE("a year dating the event its sentence opens with times that sentence's yearless days, the DCT's year too") {
  CHECK(value_of("The 2026 World Cup begins on June 11.", "June 11", "2026-06-30") == "2026-06-11");
  CHECK(value_of("The 2024 election was held on November 5.", "November 5", "2026-04-01") == "2024-11-05");
  CHECK(value_of("The 2022 summit was held on November 15 in Bali.", "November 15", "2026-04-01") == "2022-11-15");
  // A thing of the event's is not the event, nor is a bound or a comparison.
  CHECK(value_of("The 2026 budget was approved on June 11.", "June 11", "2025-07-01") == "2025-06-11");
  CHECK(value_of("2010 World Cup tickets went on sale in December.", "December", "2016-05-05") == "2015-12");
  CHECK(value_of("Since 2019 sales have risen; in March they fell.", "March", "2026-04-01") == "2026-03");
  CHECK(value_of("Sales were higher than in 2020, and in March they fell.", "March", "2026-04-01") == "2026-03");
}

TEST_CASE("a year dating a plural event its sentence opens with times that sentence's yearless months") {
  CHECK(value_of("The 2026 Winter Olympics open in Milan in February.", "February", "2024-08-12") == "2026-02");
  CHECK(value_of("The 2026 Asian Games are held in Japan in September.", "September", "2025-01-15") == "2026-09");
  CHECK(value_of("The 2026 Winter Games take place in February.", "February", "2025-01-15") == "2026-02");
  CHECK(value_of("The 2028 Games begin in July.", "July", "2025-01-15") == "2028-07");
  // A plural that names no event of its year, or a thing of the event's, keeps the DCT's reading.
  CHECK(value_of("The 2026 accounts close in March.", "March", "2025-01-15") == "2025-03");
  CHECK(value_of("The 2026 budget talks open in October.", "October", "2025-01-15") == "2025-10");
}

TEST_CASE("a yearless month in a 'with' clause after 'in' and a year takes that year") {
  CHECK(value_of("The plant closed in 2020, with demolition scheduled for March.", "March", "2026-04-01") == "2020-03");
  CHECK(value_of("The airline went bankrupt in 2021, with its last flight landing on June 4.", "June 4",
                 "2026-04-01") == "2021-06-04");
  // A bound, a comparison or another clause keeps the DCT's reading.
  CHECK(value_of("Since 2019 sales have risen, with a dip in March.", "March", "2026-04-01") == "2026-03");
  CHECK(value_of("Sales were lower than in 2020, with a dip in March.", "March", "2026-04-01") == "2026-03");
  CHECK(value_of("The plant closed in 2020, and demolition is scheduled for March.", "March", "2026-04-01") ==
        "2027-03");
}

TEST_CASE("a perfect infinitive after a present verb reports a past") {
  CHECK(value_of("Sales are expected to have peaked in August.", "August", "2025-10-01") == "2025-08");
  CHECK(value_of("The fire is believed to have started on Sunday.", "Sunday", "2025-10-01") == "2025-09-28");
  CHECK(value_of("Prices appear to have bottomed out in February.", "February", "2026-03-12") == "2026-02");
  // A plain infinitive, a future perfect, a deadline and an active intention look ahead.
  CHECK(value_of("Sales are expected to peak in August.", "August", "2025-10-01") == "2026-08");
  CHECK(value_of("Construction will have finished by August.", "August", "2025-10-01") == "2026-08");
  CHECK(value_of("The work is expected to have finished by June.", "June", "2026-03-12") == "2026-06");
  CHECK(value_of("The company hopes to have completed the sale in June.", "June", "2026-07-01") == "2027-06");
}

TEST_CASE("'due to' and a noun phrase names a cause, not a schedule") {
  CHECK(value_of("The figures are due to weak demand in August.", "August", "2025-10-01") == "2025-08");
  CHECK(value_of("The drop in profit is largely due to flooding in July.", "July", "2025-10-01") == "2025-07");
  CHECK(value_of("The delay is due to heavy snow on Tuesday.", "Tuesday", "2026-03-12") == "2026-03-10");
  CHECK(value_of("The shortfall is partly due to rising costs in January.", "January", "2026-03-12") == "2026-01");
  // A verb after "due to" and "due in" stay ahead.
  CHECK(value_of("The report is due to be published in August.", "August", "2025-10-01") == "2026-08");
  CHECK(value_of("The payment is due in August.", "August", "2025-10-01") == "2026-08");
  CHECK(value_of("The president is due to address the nation on Tuesday.", "Tuesday", "2026-03-12") == "2026-03-17");
  CHECK(value_of("The trial is due to proceed in February.", "February", "2026-03-12") == "2027-02");
}

TEST_CASE("a present clause readying for or looking forward to a weekday's event looks ahead") {
  const char* dct = "2026-03-12";  // a Thursday
  CHECK(value_of("Fans are looking forward to Sunday's clash.", "Sunday", dct) == "2026-03-15");
  CHECK(value_of("The city is counting down to Saturday's parade.", "Saturday", dct) == "2026-03-14");
  CHECK(value_of("Residents are bracing for Saturday's storm.", "Saturday", dct) == "2026-03-14");
  // A past narrative and a reaction to what happened keep the past.
  CHECK(value_of("Fans looked forward to Sunday's clash.", "Sunday", dct) == "2026-03-08");
  CHECK(value_of("The squad geared up for Sunday's derby with a light session.", "Sunday", dct) == "2026-03-08");
  CHECK(value_of("Police are investigating Sunday's clash.", "Sunday", dct) == "2026-03-08");
}

TEST_CASE("a yearless month listed before a month 'of the following year' takes that year") {
  CHECK(value_of("The 2020 Olympics took place in July and August of the following year.", "July", "2025-06-01") ==
        "2021-07");
  CHECK(value_of("The 2020 Olympics took place in July and August of the following year.",
                 "August of the following year", "2025-06-01") == "2021-08");
  // A later month of the list's first year, or a month of another clause, keeps its own reading.
  CHECK(value_of("The strike began in 2019 and lasted from December and January of the following year.", "December",
                 "2025-06-01") == "2024-12");
  CHECK(value_of("The plant opened in 2012; output fell in March and rose in May of the following year.", "March",
                 "2025-06-01") == "2025-03");
}

TEST_CASE("a year dating the event its sentence opens with reaches past a participle of its taking place in commas") {
  CHECK(value_of("The 1998 World Cup final, played on July 12, drew 1.7 billion viewers.", "July 12", "2025-06-01") ==
        "1998-07-12");
  CHECK(value_of("The 2010 summit, held in Lisbon on November 19, agreed a new strategy.", "November 19",
                 "2025-06-01") == "2010-11-19");
  // A participle of approval or publishing, a relative clause, a year not opening an event: the DCT's reading.
  CHECK(value_of("The 2026 budget, approved by parliament, takes effect on July 1.", "July 1", "2026-04-01") ==
        "2026-07-01");
  CHECK(value_of("The 2019 report, published in March, warned of shortages in June.", "March", "2026-04-01") ==
        "2026-03");
  CHECK(value_of("The 2010 summit agreed that talks resume on November 19.", "November 19", "2025-06-01") ==
        "2024-11-19");
}

TEST_CASE("an absolute 'with' phrase after a plan looks ahead as the plan does") {
  const char* dct = "2026-04-01";
  CHECK(value_of("The demolition is scheduled for March, with the site sold in June.", "June", dct) == "2026-06");
  CHECK(value_of("The merger will close in July, with the brand retired in February.", "February", dct) == "2027-02");
  CHECK(value_of("The closure is set for September, with the staff transferred in October.", "October", dct) ==
        "2026-10");
  // After a past, or with no participle, the phrase keeps its reading.
  CHECK(value_of("The plant closed in March, with the site sold in June.", "June", dct) == "2025-06");
  CHECK(value_of("The report is scheduled for March, with figures for February.", "February", dct) == "2026-02");
}

TEST_CASE("a weekday in a verbless 'with' phrase after a timetable's weekday looks ahead as the timetable does") {
  const char* dct = "2026-03-18";  // a Wednesday
  CHECK(value_of("Qualifying is on Saturday, with the race on Sunday.", "Sunday", dct) == "2026-03-22");
  CHECK(value_of("The first leg is on Thursday, with the return leg on Tuesday.", "Tuesday", dct) == "2026-03-24");
  CHECK(value_of("The series continues on Saturday, with game two on Monday.", "Monday", dct) == "2026-03-23");
  CHECK(value_of("The company reports on Thursday, with its rival following on Monday.", "Monday", dct) ==
        "2026-03-23");
  // After a past, with no weekday ending the clause, or with no "on" before the weekday, the
  // phrase keeps its reading.
  CHECK(value_of("The strike began on Monday, with talks on Tuesday.", "Tuesday", dct) == "2026-03-17");
  CHECK(value_of("Shares fell on Tuesday, with the index down 2 percent on Monday.", "Monday", dct) == "2026-03-16");
  CHECK(value_of("The index is up this week, with gains on Monday.", "Monday", dct) == "2026-03-16");
  // A weekday opening the sentence alone is the clause after the phrase's.
  CHECK(value_of("On Monday, with the market closed on Friday, stocks fell.", "Friday", dct) == "2026-03-13");
  CHECK(value_of("Late on Monday, with the race on Sunday, fans gathered.", "Sunday", dct) == "2026-03-15");
}

TEST_CASE("a weekday after ', followed by' a timetable's weekday looks ahead as the timetable does") {
  const char* dct = "2025-04-16";  // a Wednesday
  CHECK(value_of("The ECB decides on Thursday, followed by the Fed on Tuesday.", "Tuesday", dct) == "2025-04-22");
  CHECK(value_of("The tour opens in Paris on Friday, followed by Berlin on Monday.", "Monday", dct) == "2025-04-21");
  CHECK(value_of("Goldman Sachs reports results on Monday, followed by Bank of America on Tuesday.", "Tuesday",
                 "2025-04-14") == "2025-04-15");
  // After a past, the phrase keeps its reading.
  CHECK(value_of("Shares fell on Monday, followed by a rebound on Tuesday.", "Tuesday", dct) == "2025-04-15");
  CHECK(value_of("The company reported on Thursday, followed by its rival on Tuesday.", "Tuesday", dct) ==
        "2025-04-15");
}

TEST_CASE("a report's back-shifted prediction of what its subject names looks ahead") {
  const char* dct = "2023-07-27";  // September 2022 the last, 2023-09 the coming one
  CHECK(value_of("Analysts said a September hike was likely.", "September", dct) == "2023-09");
  CHECK(value_of("Traders said a September cut was unlikely.", "September", dct) == "2023-09");
  CHECK(value_of("Lagarde said a hike in September was possible.", "September", dct) == "2023-09");
  CHECK(value_of("Officials said the October vote was likely to be close.", "October", dct) == "2023-10");
  // What the subject was, the saying's own date, a story told in a year of its own: the past.
  CHECK(value_of("He said the September figures were weak.", "September", dct) == "2022-09");
  CHECK(value_of("He said the September decision was a mistake.", "September", dct) == "2022-09");
  CHECK(value_of("He said in September a rebound was likely.", "September", dct) == "2022-09");
  CHECK(value_of("In 2022, analysts said a September hike was likely.", "September", dct) == "2022-09");
}

TEST_CASE("a report's judgement of a thing its subject dates as still to come looks ahead") {
  // Said 2023-07-27: September 2022 the last, 2023-09 the coming one. A judgement of what was, open
  // to something, the saying's own date, a story told in a year of its own: the past.
  for (const auto& [text, month, value] : {
           std::tuple{"Analysts said the December deadline was unrealistic.", "December", "2023-12"},
           {"Officials said the December deadline was still achievable.", "December", "2023-12"},
           {"Pollsters said the September vote was too close to call.", "September", "2023-09"},
           {"Lagarde said the September decision was open.", "September", "2023-09"},
           {"Analysts said the September summit was in doubt.", "September", "2023-09"},
           {"Analysts said September sales were weak.", "September", "2022-09"},
           {"Analysts said the December deadline was missed.", "December", "2022-12"},
           {"Analysts said the September session was open to the public.", "September", "2022-09"},
           {"He said in September the deadline was unrealistic.", "September", "2022-09"},
           {"In 2022, analysts said the December deadline was unrealistic.", "December", "2022-12"},
       }) {
    CAPTURE(text);
    CHECK(value_of(text, month, "2023-07-27") == value);
  }
}

TEST_CASE("a weekday dating an arranged event a present clause readies for looks ahead") {
  const char* dct = "2026-03-12";  // a Thursday
  CHECK(value_of("Both teams are preparing for the match on Sunday.", "Sunday", dct) == "2026-03-15");
  CHECK(value_of("Organisers are gearing up for the big rally on Sunday.", "Sunday", dct) == "2026-03-15");
  // A past narrative, a reaction, a relative clause of its own keep their readings.
  CHECK(value_of("Both teams prepared for the match on Sunday.", "Sunday", dct) == "2026-03-08");
  CHECK(value_of("Police are investigating the clash on Sunday.", "Sunday", dct) == "2026-03-08");
  CHECK(value_of("Both teams are preparing for the tournament, which opened on Monday.", "Monday", dct) ==
        "2026-03-09");
}

TEST_CASE("a yearless month listed before a month of a counted year leaves the count to the year named before") {
  CHECK(value_of("The tournament was moved from 2020 to June and July of the next year.", "June", "2026-02-01") ==
        "2021-06");
  CHECK(value_of("The tournament was moved from 2020 to June and July of the next year.", "July of the next year",
                 "2026-02-01") == "2021-07");
  CHECK(value_of("The festival was cancelled in 2021 and held in May and June of the following year.",
                 "June of the following year", "2025-06-01") == "2022-06");
  // No year named before: the next year is the DCT's next.
  CHECK(value_of("The tournament was moved to June and July of the next year.", "July of the next year",
                 "2026-02-01") == "2027-07");
}

TEST_CASE("a past clause after ', and' goes on in the year said after 'in' some years back") {
  const char* dct = "2025-06-01";
  CHECK(value_of("The dam was finished in 2003, and the reservoir filled in April.", "April", dct) == "2003-04");
  CHECK(value_of("The bridge opened in 2011, and tolls were scrapped in September.", "September", dct) == "2011-09");
  // A year near the DCT, a clause ahead: the DCT's reading.
  CHECK(value_of("Sales fell in 2024, and in March the firm cut jobs.", "March", dct) == "2025-03");
  CHECK(value_of("The plant closed in 2020, and demolition will begin in March.", "March", dct) == "2026-03");
}

TEST_CASE("a participle clause after a comma lends the date before it no tense") {
  CHECK(value_of("Engineers completed the test on Friday, clearing the way for shipment next month.", "Friday",
                 "2024-02-19") == "2024-02-16");
  CHECK(value_of("The probe fired its engines on Tuesday, sending it towards Jupiter next year.", "Tuesday",
                 "2025-05-14") == "2025-05-13");
  // A future on the left, a span's edge: the coming day still.
  CHECK(value_of("The museum will reopen on Friday, marking its centenary next month.", "Friday", "2024-02-19") ==
        "2024-02-23");
  CHECK(value_of("The sale opens on Friday, starting a week of discounts.", "Friday", "2024-02-19") == "2024-02-23");
}

TEST_CASE("a weekday after 'a' in apposition to a date is that date") {
  const char* dct = "2023-06-19";  // a Monday
  CHECK(value_of("The results of the A-level exams will be published on August 17, a Thursday.", "Thursday", dct) ==
        "2023-08-17");
  CHECK(value_of("The vote was held on March 3, a Friday, and results came a day later.", "a day later", dct) ==
        "2023-03-04");
  CHECK(value_of("The launch on March 3, 2021, a Wednesday, went smoothly.", "Wednesday", dct) == "2021-03-03");
  // A clause of its own: the weekday's own reading.
  CHECK(value_of("The vote was held on March 3, and a Friday session followed.", "Friday", dct) == "2023-06-16");
}

TEST_CASE("universal time is read on a 24-hour clock with a day as alone") {
  const char* dct = "2024-08-09";  // a Friday
  CHECK(value_of("The probe made its closest approach at 3:17 UTC on Tuesday.", "3:17 UTC on Tuesday", dct) ==
        "2024-08-06T03:17");
  CHECK(value_of("The rocket lifted off at 5:45 GMT on August 5.", "5:45 GMT on August 5", dct) == "2024-08-05T05:45");
  // Another zone, am/pm said: as before.
  CHECK(value_of("Trading resumes at 3:30 ET on Tuesday.", "3:30 ET on Tuesday", dct) == "2024-08-13T15:30");
  CHECK(value_of("The rocket lifted off at 5:45 p.m. UTC on Monday.", "5:45 p.m. UTC on Monday", dct) ==
        "2024-08-05T17:45");
}

TEST_CASE("days listed with commas before a day joined by 'and' are each in the first date's month") {
  const char* dct = "2025-01-08";
  CHECK(value_of("Teachers will strike on February 4, 11 and 18.", "11", dct) == "2025-02-11");
  CHECK(value_of("Teachers will strike on February 4, 11 and 18.", "18", dct) == "2025-02-18");
  CHECK(value_of("The museum is shut on May 1, 8, 15 and 22, the bank holidays.", "15", dct) == "2025-05-15");
  // A count after the last: no list of days.
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("On February 4, 11 and 18 soldiers died.", dct), "11"));
}

TEST_CASE("each day of a list is in the first day's year, the Oxford comma no two-digit year") {
  const char* dct = "2025-01-08";
  CHECK(value_of("The strikes fell on February 4, 11 and 18.", "11", dct) == "2024-02-11");
  CHECK(value_of("The strikes fell on February 4, 11, and 18.", "February 4", dct) == "2024-02-04");
  CHECK(value_of("The strikes fell on February 4, 11, and 18.", "18", dct) == "2024-02-18");
  // A two-digit year closing the line stays one.
  CHECK(value_of("The file is dated Aug 9, 96.", "Aug 9, 96", dct) == "1996-08-09");
}

TEST_CASE("a month between two listed months is the month, the list's year every month's") {
  const char* dct = "2025-06-01";
  CHECK(value_of("Sales rose in April, May and June.", "May", dct) == "2025-05");
  CHECK(value_of("Exports climbed in March, April, May, and June.", "May", dct) == "2025-05");
  CHECK(value_of("Flights were cut in February, March and April, the airline said.", "March", dct) == "2025-03");
  CHECK(value_of("The reservoir filled in April, May or June of 2004.", "April", dct) == "2004-04");
  CHECK(value_of("The reservoir filled in April, May or June of 2004.", "May", dct) == "2004-05");
  // After one month only, or after a name: the modal, the name.
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("In April, May said the talks had failed.", dct), "May"));
  CHECK_FALSE(
      annalist::test::expression(annalist::test::tag("Prices may rise in April, May analysts say.", dct), "May"));
  CHECK_FALSE(
      annalist::test::expression(annalist::test::tag("Theresa May, June Carter and others attended.", dct), "May"));
}

TEST_CASE("days listed before their month are each a day, 'and' a range only after 'between'") {
  const char* dct = "2025-01-08";
  CHECK(value_of("Voting takes place on 4, 11 and 18 February.", "4", dct) == "2025-02-04");
  CHECK(value_of("Voting takes place on 4, 11 and 18 February.", "11", dct) == "2025-02-11");
  CHECK(value_of("Voting takes place on 4, 11 and 18 February.", "18 February", dct) == "2025-02-18");
  CHECK(value_of("Polls opened on 3, 10, and 17 March 2024 in different regions.", "10", dct) == "2024-03-10");
  CHECK(value_of("The line was breached on the 28 and 29 August 1918.", "the 28", dct) == "1918-08-28");
  // "between" keeps the range; a count after another word stays untagged.
  const auto range = annalist::test::expression(
      annalist::test::tag("Voting takes place between 4 and 18 February.", dct), "between 4 and 18 February");
  REQUIRE(range);
  CHECK(range->value == "2025-02-04");
  CHECK_FALSE(
      annalist::test::expression(annalist::test::tag("The strikes cost the firm 2, 9 and 16 October.", dct), "9"));
}

TEST_CASE("a year said or counted at the end of a list of months dates every month of it") {
  const char* dct = "2025-06-01";
  CHECK(value_of("Output fell in January, February and March 2019.", "January", dct) == "2019-01");
  CHECK(value_of("Output fell in January, February and March 2019.", "February", dct) == "2019-02");
  CHECK(value_of("The reservoir filled in April, May or June of 2004.", "May", dct) == "2004-05");
  CHECK(value_of("In 2010, output fell in October, November and December of the previous year.", "November", dct) ==
        "2009-11");
  // Not a month of another clause.
  CHECK(value_of("Sales rose in April, and in June 2019 the firm was sold.", "April", dct) == "2025-04");
}

TEST_CASE("an abbreviated month with its stop between two listed months is the month") {
  const char* dct = "2025-06-01";
  CHECK(value_of("Output fell in Jan., Feb. and March 2019.", "Feb.", dct) == "2019-02");
  CHECK(value_of("Output fell in Jan., Feb. and March 2019.", "Jan.", dct) == "2019-01");
  CHECK(value_of("Deliveries slipped in Sept., Oct. and Nov., the carmaker said.", "Oct.", "2024-12-02") == "2024-10");
  // Names, not months.
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("Jan, Feb and others attended.", dct), "Feb"));
}

TEST_CASE("the last abbreviated month of a list and three-letter months without stops after a preposition are months") {
  const char* dct = "2025-06-01";
  CHECK(value_of("Deliveries slipped in Sept., Oct. and Nov., the carmaker said.", "Nov.", "2024-12-02") == "2024-11");
  CHECK(value_of("Output fell in Jan, Feb and Mar 2019.", "Feb", dct) == "2019-02");
  CHECK(value_of("Output fell in Jan, Feb and Mar 2019.", "Jan", dct) == "2019-01");
  CHECK(value_of("Inflation eased in Oct, Nov, and Dec, the bank said.", "Dec", "2025-02-14") == "2024-12");
  // Names, a verb: no list after a preposition of time.
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("Jan, Feb and Mar said nothing.", dct), "Mar"));
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("Jan, Feb and Mar said nothing.", dct), "Feb"));
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("Mar said the talks failed.", dct), "Mar"));
  CHECK_FALSE(annalist::test::expression(annalist::test::tag("Guests included Jan, Feb and Tom.", dct), "Feb"));
}

TEST_CASE("the verb last coordinated with a present verb before its extent is no past cue") {
  CHECK(value_of("The museum's summer hours begin Memorial Day weekend and last through Labor Day.", "Labor Day",
                 "2022-05-16") == "2022-09-05");
  CHECK(value_of("The museum's summer hours begin Memorial Day weekend and last through Labor Day.",
                 "Memorial Day weekend", "2022-05-16") == "2022-W21-WE");
  CHECK(value_of("The holiday markets open on Black Friday and last through Christmas Eve.", "Christmas Eve",
                 "2018-11-12") == "2018-12-24");
  // "last" the adjective keeps its past.
  CHECK(value_of("The museum was closed on Labor Day last year.", "Labor Day last year", "2022-05-16") == "2021-09-06");
}

TEST_CASE("a year a figure is compared with does not pull the clause's season back") {
  CHECK(value_of("Tour operators expect bookings for the winter season to rise by 8 percent over last year.", "winter",
                 "2012-07-09") == "2012-WI");
  CHECK(value_of("Airlines expect traffic in the summer season to recover to 70 percent of 2019 levels, up from "
                 "last year.",
                 "summer", "2021-02-01") == "2021-SU");
  // A season of last year stays last year's.
  CHECK(value_of("Bookings for the winter season fell 8 percent last year.", "winter", "2012-07-09") == "2011-WI");
}

TEST_CASE("a clock time keeps its day before a later one counted from another day") {
  const char* dct = "2027-02-09";
  const char* sleeper =
      "The overnight sleeper leaves Paris at 20:52 and reaches Vienna at 09:30 the following morning.";
  CHECK(value_of(sleeper, "20:52", dct) == "2027-02-09T20:52");
  CHECK(value_of(sleeper, "09:30 the following morning", dct) == "2027-02-10T09:30");
  // A later time with a day of its own still lends it.
  CHECK(value_of("The store will open at 7am and close at 10pm on 12 December.", "7am", "2027-12-01") ==
        "2027-12-12T07:00");
}

TEST_CASE("a year dates its event subject past any participle clause, not a document about the year") {
  CHECK(value_of("The 2002 World Cup, co-hosted by Japan and South Korea, opened on May 31 in Seoul.", "May 31",
                 "2014-06-20") == "2002-05-31");
  CHECK(value_of("The 2011 census, conducted by the statistics office, counted 63 million people on March 27.",
                 "March 27", "2022-08-01") == "2011-03-27");
  CHECK(value_of("The 2011 election, marred by violence, ended on November 28 with a runoff.", "November 28",
                 "2016-01-12") == "2011-11-28");
  CHECK(value_of("The 1953 expedition, led by John Hunt, reached the summit on May 29.", "May 29", "2018-02-14") ==
        "1953-05-29");
  CHECK(value_of("The 2014 referendum, called by the Scottish government, was decided on September 18.", "September 18",
                 "2017-10-10") == "2014-09-18");
  // Documents and plans about a year come out before or after it; no year, no event's year.
  CHECK(value_of("The 2019 annual report, published in March, showed a loss.", "March", "2020-06-01") == "2020-03");
  CHECK(value_of("The 2030 targets, set in May, call for a 55 percent cut.", "May", "2024-02-01") == "2024-05");
  const char* budget = "The 2026 budget, approved by parliament in December, takes effect on July 1.";
  CHECK(value_of(budget, "December", "2025-11-20") == "2025-12");
  CHECK(value_of(budget, "July 1", "2025-11-20") == "2026-07-01");
  CHECK(value_of("The final, played on July 12, drew 1.7 billion viewers.", "July 12", "2016-08-22") == "2016-07-12");
}

TEST_CASE("a midnight in the next past sentence of a story ends the day the sentence before told") {
  const char* dct = "2014-03-12";
  CHECK(value_of("A storm hit the coast on Sunday. Power lines fell shortly before midnight.",
                 "shortly before midnight", dct) == "2014-03-09T24:00");
  CHECK(value_of("Protesters gathered in the square on Friday. Police cleared the streets around midnight.",
                 "around midnight", dct) == "2014-03-07T24:00");
  CHECK(value_of("Late on Sunday the talks broke down. The ministers left at midnight.", "midnight", dct) ==
        "2014-03-09T24:00");
  CHECK(value_of("Fighting broke out in the north on Tuesday evening. The rebels had taken the town by midnight.",
                 "midnight", dct) == "2014-03-11T24:00");
  // Near-misses: the present or future, another day, a quote, a paragraph break.
  CHECK(value_of("A storm hit the coast on Sunday. The curfew begins at midnight.", "midnight", dct) ==
        "2014-03-12T00:00");
  CHECK(value_of("A storm hit the coast on Sunday. Power lines will be restored by midnight.", "midnight", dct) ==
        "2014-03-12T00:00");
  CHECK(value_of("A storm hit the coast on Sunday. On Tuesday power lines fell shortly before midnight.",
                 "shortly before midnight", dct) == "2014-03-11T24:00");
  CHECK(value_of("A storm hit the coast on Sunday. \"Power lines fell shortly before midnight,\" he said.",
                 "shortly before midnight", dct) == "2014-03-12T00:00");
  CHECK(value_of("A storm hit the coast on Sunday. \xe2\x80\x9cPower lines fell shortly before midnight,\xe2\x80\x9d "
                 "he said.",
                 "shortly before midnight", dct) == "2014-03-12T00:00");
  CHECK(value_of("A storm hit the coast on Sunday.\n\nPower lines fell shortly before midnight.",
                 "shortly before midnight", dct) == "2014-03-12T00:00");
  CHECK(value_of("Officials said on Monday the curfew begins at midnight.", "midnight", dct) == "2014-03-10T24:00");
}

TEST_CASE("an event called off for a cause that came on its day is the past one") {
  CHECK(value_of("The Memorial Day parade was cancelled because of rain.", "Memorial Day", "2014-02-05") ==
        "2013-05-27");
  CHECK(value_of("Organizers called off the Halloween parade because of flooding.", "Halloween", "2019-08-14") ==
        "2018-10-31");
  CHECK(value_of("The Independence Day concert was canceled due to high winds.", "Independence Day", "2016-03-01") ==
        "2015-07-04");
  CHECK(value_of("The Friday concert was postponed after a bomb threat.", "Friday", "2015-09-10") == "2015-09-04");
  // Another cause, or the weather told ahead, keeps the event ahead.
  CHECK(value_of("Sony canceled the Christmas Day release.", "Christmas Day", "2014-12-17") == "2014-12-25");
  CHECK(value_of("The singer cancelled her Friday concert because of illness.", "Friday", "2014-02-20") ==
        "2014-02-21");
  CHECK(value_of("The Memorial Day parade was cancelled because of the threat of rain.", "Memorial Day",
                 "2014-02-05") == "2014-05-26");
  CHECK(value_of("The Memorial Day parade was cancelled because of forecast storms.", "Memorial Day", "2014-02-05") ==
        "2014-05-26");
}

TEST_CASE("a date first set lies at or before the new date it was put off to") {
  CHECK(value_of("The film, originally due in March, will now stream from Sept. 4.", "March", "2014-06-10") ==
        "2014-03");
  CHECK(value_of("Originally planned for March, the launch was pushed to June.", "March", "2014-01-10") == "2014-03");
  CHECK(value_of("The summit, initially scheduled for April, will now be held on Oct. 12.", "April", "2014-06-10") ==
        "2014-04");
  CHECK(value_of("The vote, first set for May, will take place on Nov. 3.", "May", "2014-09-20") == "2014-05");
  // Near-misses: no first date, a weekday keep their reading.
  CHECK(value_of("The film, due in March, will stream from Sept. 4.", "March", "2014-06-10") == "2015-03");
  CHECK(value_of("The vote, originally scheduled for Thursday, was moved to Dec. 3.", "Thursday", "2014-12-30") ==
        "2014-12-25");
}

TEST_CASE("a date first set lies at or after the earlier date it was brought forward to") {
  CHECK(value_of("The vote, originally scheduled for November, was brought forward to June.", "November",
                 "2014-02-05") == "2014-11");
  CHECK(value_of("The vote, originally scheduled for November, was moved up to June.", "November", "2014-02-05") ==
        "2014-11");
  CHECK(value_of("The vote, originally scheduled for November, was advanced to June.", "November", "2014-02-05") ==
        "2014-11");
  CHECK(value_of("The election, originally set for November, was brought forward to September.", "November",
                 "2014-06-10") == "2014-11");
  CHECK(value_of("The election was brought forward from November to March.", "November", "2014-02-05") == "2014-11");
  // The new date lies ahead, "advanced" passive as "brought forward" is.
  CHECK(value_of("The vote, originally scheduled for November, was advanced to June.", "June", "2014-02-05") ==
        "2014-06");
  CHECK(value_of("The election was brought forward to March.", "March", "2014-02-05") == "2014-03");
  // Near-misses: a past act, a rise, a move put off keep their reading.
  CHECK(value_of("The government brought forward a proposal in March.", "March", "2014-02-05") == "2013-03");
  CHECK(value_of("The team moved up the rankings in May.", "May", "2014-02-05") == "2013-05");
  CHECK(value_of("Shares advanced from March to June.", "March", "2014-02-05") == "2013-03");
  CHECK(value_of("The vote was postponed from November to June.", "November", "2014-02-05") == "2013-11");
}

TEST_CASE("a rule taking effect or applying from a weekday, told in the present, looks ahead") {
  // Said on a Wednesday: the coming day.
  CHECK(value_of("The law takes effect on Saturday.", "Saturday", "2014-02-05") == "2014-02-08");
  CHECK(value_of("The rule comes into force on Monday.", "Monday", "2014-02-05") == "2014-02-10");
  CHECK(value_of("The ban goes into effect Friday.", "Friday", "2014-02-05") == "2014-02-07");
  CHECK(value_of("The new rules apply from Monday.", "Monday", "2014-02-05") == "2014-02-10");
  CHECK(value_of("The ban applies from Monday.", "Monday", "2014-02-05") == "2014-02-10");
  // Near-misses: the past, a date a state may run from, "from" not the rule's.
  CHECK(value_of("The ban took effect on Saturday.", "Saturday", "2014-02-05") == "2014-02-01");
  CHECK(value_of("The rules applied from Monday.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("The new rules apply from March 1.", "March 1", "2014-06-10") == "2014-03-01");
  CHECK(value_of("The rule applies to flights from Monday.", "Monday", "2014-02-05") == "2014-02-03");
}

TEST_CASE("a rule applying as of, or valid or effective from, a weekday in the present looks ahead") {
  // Said on a Wednesday: "as of" is "from", and a present "valid" or "effective" is "apply".
  CHECK(value_of("The new rules apply as of Monday.", "Monday", "2014-02-05") == "2014-02-10");
  CHECK(value_of("The tickets are valid from Monday.", "Monday", "2014-02-05") == "2014-02-10");
  CHECK(value_of("The ban is effective as of Monday.", "Monday", "2014-02-05") == "2014-02-10");
  CHECK(value_of("The new fares will be valid from Monday.", "Monday", "2014-02-05") == "2014-02-10");
  // Near-misses: told in the past, a report "as of" a day, a date a state may run from.
  CHECK(value_of("The tickets were valid from Monday.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("As of Monday, the office was closed.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("He was not seen as of Monday.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("The rules apply as of March 1.", "March 1", "2014-06-10") == "2014-03-01");
}

TEST_CASE("a timetable's weekday after a break or an adjournment with a hyphenated qualifier looks ahead") {
  // Said on a Wednesday: the coming day, as "after the summer break on Monday" is.
  CHECK(value_of("The court reconvenes after the long-weekend break on Monday.", "Monday", "2014-02-05") ==
        "2014-02-10");
  CHECK(value_of("Schools reopen after the half-term holiday on Monday.", "Monday", "2014-02-05") == "2014-02-10");
  CHECK(value_of("The inquiry resumes after a week-long adjournment on Monday.", "Monday", "2014-02-05") ==
        "2014-02-10");
  CHECK(value_of("Parliament resumes after the pre-election break on Tuesday.", "Tuesday", "2014-02-05") ==
        "2014-02-11");
  // The qualifier's last part a unit or a verb's word: "two-week", "new-year", "year-end".
  CHECK(value_of("The trial resumes after a two-week adjournment on Monday.", "Monday", "2014-02-05") == "2014-02-10");
  CHECK(value_of("Parliament resumes after the new-year break on Tuesday.", "Tuesday", "2014-02-05") == "2014-02-11");
  CHECK(value_of("Parliament resumes after the year-end break on Tuesday.", "Tuesday", "2014-02-05") == "2014-02-11");
  CHECK(value_of("Negotiations restart after a 10-day pause on Monday.", "Monday", "2014-02-05") == "2014-02-10");
  // Near-misses: told in the past, or no timetable's verb.
  CHECK(value_of("The trial resumed after a two-week adjournment on Monday.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("Talks restarted on Monday.", "Monday", "2014-02-05") == "2014-02-03");
  CHECK(value_of("The inquiry resumed after a week-long adjournment on Monday.", "Monday", "2014-02-05") ==
        "2014-02-03");
  CHECK(value_of("A long-serving judge died after a week-long illness on Monday.", "Monday", "2014-02-05") ==
        "2014-02-03");
}

TEST_CASE("a plural owner's next sitting, the subject of a present be, lies ahead") {
  CHECK(value_of("The banks' next meeting is in March.", "March", "2014-06-10") == "2015-03");
  CHECK(value_of("The central banks' next rate decision is in February.", "February", "2014-06-10") == "2015-02");
  CHECK(value_of("The leaders' next summit is in April.", "April", "2014-06-10") == "2015-04");
  // Near-misses: told in the past, or the last one.
  CHECK(value_of("The banks' next meeting was in March.", "March", "2014-06-10") == "2014-03");
  CHECK(value_of("The countries' last meeting was in March.", "March", "2014-06-10") == "2014-03");
}

TEST_CASE("a judged month before the sentence's attribution, or judged in the present, lies ahead") {
  CHECK(value_of("The March deadline was unrealistic, analysts said.", "March", "2014-07-20") == "2015-03");
  CHECK(value_of("The March vote is too close to call, pollsters say.", "March", "2014-07-20") == "2015-03");
  CHECK(value_of("The March vote is too close to call.", "March", "2014-07-20") == "2015-03");
  CHECK(value_of("The February launch date is unrealistic, officials admitted.", "February", "2014-07-20") ==
        "2015-02");
  // Near-misses: a past judgement with no attribution, or one that is no judgement of a thing ahead.
  CHECK(value_of("The March deadline was unrealistic.", "March", "2014-07-20") == "2014-03");
  CHECK(value_of("The March vote was a disaster, analysts said.", "March", "2014-07-20") == "2014-03");
  CHECK(value_of("The March figures were weak, analysts said.", "March", "2014-07-20") == "2014-03");
}

TEST_CASE("a month judged too ambitious or premature, conceded or argued after it, lies ahead") {
  CHECK(value_of("The April deadline was never realistic, officials admitted.", "April", "2026-02-10") == "2026-04");
  CHECK(value_of("The May target was too ambitious, economists said.", "May", "2026-02-10") == "2026-05");
  CHECK(value_of("The April launch was always optimistic, the company conceded.", "April", "2026-02-10") == "2026-04");
  CHECK(value_of("The July deadline was too tight, negotiators complained.", "July", "2026-02-10") == "2026-07");
  CHECK(value_of("The October date was premature, the minister argued.", "October", "2026-02-10") == "2026-10");
  CHECK(value_of("A March vote is too early, the party said.", "March", "2026-02-10") == "2026-03");
  CHECK(value_of("A May election was premature, the minister argued.", "May", "2026-02-10") == "2026-05");
  // Near-misses: a thing done, or a judgement of one gone.
  CHECK(value_of("The April deadline was missed, officials admitted.", "April", "2026-06-10") == "2026-04");
  CHECK(value_of("The December rate cut was too late, economists said.", "December", "2026-02-10") == "2025-12");
  CHECK(value_of("The November figures were weak, analysts said.", "November", "2026-02-10") == "2025-11");
}

TEST_CASE("a day a present perfect arranges an event for lies ahead") {
  // 2026-03-11 is a Wednesday.
  CHECK(value_of("The union has called a strike for Friday.", "Friday", "2026-03-11") == "2026-03-13");
  CHECK(value_of("Forecasters have issued a warning for snow on Friday.", "Friday", "2026-03-11") == "2026-03-13");
  CHECK(value_of("The court has fixed the case for hearing on 20 March.", "20 March", "2026-03-11") == "2026-03-20");
  CHECK(value_of("The board has set a hearing for Tuesday.", "Tuesday", "2026-03-11") == "2026-03-17");
  CHECK(value_of("The club has already booked a coach for Saturday.", "Saturday", "2026-03-11") == "2026-03-14");
  // Near-misses: the event held, a past perfect's plan, figures of the day, the day's event.
  CHECK(value_of("The union has held a strike on Monday.", "Monday", "2026-03-11") == "2026-03-09");
  CHECK(value_of("The union had called a strike for Monday.", "Monday", "2026-03-11") == "2026-03-09");
  CHECK(value_of("The company has released figures for Monday.", "Monday", "2026-03-11") == "2026-03-09");
  CHECK(value_of("Police have arrested a man for Monday's attack.", "Monday", "2026-03-11") == "2026-03-09");
}

TEST_CASE("this weekend told in the past on a weekday is the one just gone") {
  // 2026-03-16 is the Monday of 2026-W12.
  CHECK(value_of("The film took $40 million this weekend.", "this weekend", "2026-03-16") == "2026-W11-WE");
  CHECK(value_of("Three people died in crashes on the roads this weekend.", "this weekend", "2026-03-17") ==
        "2026-W11-WE");
  // Near-misses: ahead, or said on the weekend itself.
  CHECK(value_of("The film will open this weekend.", "this weekend", "2026-03-16") == "2026-W12-WE");
  CHECK(value_of("Storms are expected this weekend.", "this weekend", "2026-03-16") == "2026-W12-WE");
  CHECK(value_of("Crowds flocked to the beaches this weekend.", "this weekend", "2026-03-15") == "2026-W11-WE");
}

TEST_CASE("an offset takes the date right after it with a bare on, as with a comma") {
  CHECK(value_of("The first round is on April 10, with a runoff two weeks later on April 24.", "two weeks later",
                 "2022-04-01") == "2022-04-24");
  CHECK(value_of("The talks began on Tuesday and resumed three days later on Friday.", "Friday", "2024-01-04") ==
        "2024-01-05");
  CHECK(value_of("The first ballot was on May 5, with a second round a fortnight later on May 19.", "a fortnight later",
                 "2024-06-01") == "2024-05-19");
  // Near-misses: no date after "on", so the offset keeps its own reading (past, no anchor: the unit alone).
  CHECK(value_of("Two days later on the same pitch they lost again.", "Two days later", "2024-01-04") == "XXXX-XX-XX");
}

TEST_CASE("a day set for in a present perfect's passive looks ahead, as one scheduled for does") {
  // Said on a Tuesday: "has been set for" is a plan standing now, as "is set for" and "has been
  // scheduled for" are (hunt66; were the past Thursday, November 2024).
  CHECK(value_of("The vote has been set for Thursday.", "Thursday", "2025-03-04") == "2025-03-06");
  CHECK(value_of("The hearing has been set for Nov. 12.", "Nov. 12", "2025-03-04") == "2025-11-12");
  CHECK(value_of("The PDUFA date has been set for Nov. 12.", "Nov. 12", "2025-06-18") == "2025-11-12");
  CHECK(value_of("Both trials have been set for Friday.", "Friday", "2025-03-04") == "2025-03-07");
  // Near-misses: a past perfect's plan, a plan told in the past, a "set" that is no plan.
  CHECK(value_of("The vote had been set for Thursday.", "Thursday", "2025-03-04") == "2025-02-27");
  CHECK(value_of("The vote was set for Thursday.", "Thursday", "2025-03-04") == "2025-02-27");
  CHECK(value_of("The record has been set on Thursday.", "Thursday", "2025-03-04") == "2025-02-27");
}

TEST_CASE("a range of days without their year takes the year said right after it") {
  // As a day alone does ("on 2 February last year"); the end takes the beginning's year (hunt66;
  // were the DCT's year, 2025).
  const auto range_of = [](std::string_view text, std::string_view phrase, std::string_view dct) {
    const TimeExpression t = found_in(text, phrase, dct);
    return t.range_begin.value_or("") + ".." + t.range_end.value_or("");
  };
  CHECK(range_of("The elections were held in seven phases from 19 April to 1 June last year.",
                 "from 19 April to 1 June", "2025-03-04") == "2024-04-19..2024-06-01");
  CHECK(range_of("The talks ran from 3 to 5 February last year.", "from 3 to 5 February", "2025-03-04") ==
        "2024-02-03..2024-02-05");
  CHECK(range_of("The talks ran from February 3 to February 5 last year.", "from February 3 to February 5",
                 "2025-03-04") == "2024-02-03..2024-02-05");
  CHECK(range_of("The tournament will run from 12 to 26 January next year.", "from 12 to 26 January", "2025-03-04") ==
        "2026-01-12..2026-01-26");
  // Near-misses: no year after it, a year compared with.
  CHECK(range_of("The talks ran from 3 to 5 February.", "from 3 to 5 February", "2025-03-04") ==
        "2025-02-03..2025-02-05");
  CHECK(range_of("Sales rose from 3 to 5 February from last year.", "from 3 to 5 February", "2025-03-04") ==
        "2025-02-03..2025-02-05");
  // "May" capitalised before "last" is the month, not the modal "may last" (gen70; was 2025, "last
  // year" untagged).
  CHECK(range_of("The festival ran from 3 to 5 May last year.", "from 3 to 5 May", "2025-03-05") ==
        "2024-05-03..2024-05-05");
  CHECK(value_of("Voting took place on 3-5 May last year.", "last year", "2025-03-05") == "2024");
  CHECK(annalist::test::expression(annalist::test::tag("The truce may last years.", "2025-03-05"), "last years") ==
        std::nullopt);
}

TEST_CASE("a deadline a past directive sets lies ahead of the telling") {
  // Said on a Wednesday: what residents were urged to do "by" or "before" a day is still to come
  // (hunt66; were the last Friday, September 2024), as "as the storm approaches" after it says.
  CHECK(value_of("Officials urged residents to leave by Friday.", "Friday", "2025-06-18") == "2025-06-20");
  CHECK(value_of("Officials urged residents to leave before Friday.", "Friday", "2025-06-18") == "2025-06-20");
  CHECK(value_of("The ministry asked firms to submit bids by Sept. 30.", "Sept. 30", "2025-06-18") == "2025-09-30");
  CHECK(value_of("Health officials urged people to get vaccinated before October.", "October", "2025-06-18") ==
        "2025-10");
  // Near-misses: the telling's own day, a deadline of no directive, a past perfect's directive.
  CHECK(value_of("Officials urged residents to leave on Friday.", "Friday", "2025-06-18") == "2025-06-13");
  CHECK(value_of("Residents left by Friday.", "Friday", "2025-06-18") == "2025-06-13");
  CHECK(value_of("Officials had urged residents to leave by Friday.", "Friday", "2025-06-18") == "2025-06-13");
}

TEST_CASE("two weekdays joined by 'and' or 'or' are days of one stretch, the second after the first") {
  // Said on a Monday: today and tomorrow, not today and last Tuesday (hunt71).
  CHECK(value_of("Air France cancelled a quarter of its flights on Monday and Tuesday.", "Tuesday", "2024-03-11") ==
        "2024-03-12");
  CHECK(value_of("Ramadan begins on Wednesday or Thursday, depending on the moon.", "Thursday", "2026-02-18") ==
        "2026-02-19");
  // A week named after the second is the first's too.
  const std::string_view strike = "Teachers in the state will strike on Tuesday and Wednesday next week.";
  CHECK(value_of(strike, "Tuesday", "2025-04-07") == "2025-04-15");
  CHECK(value_of(strike, "Wednesday next week", "2025-04-07") == "2025-04-16");
  CHECK(value_of("They met on Friday and on Monday last week.", "Friday", "2025-04-09") == "2025-03-28");
  // Near misses: two days each read alone already in order; a clause after a comma.
  CHECK(value_of("Talks were held on Monday and Tuesday.", "Monday", "2024-03-13") == "2024-03-11");
  CHECK(value_of("Talks were held on Monday and Tuesday.", "Tuesday", "2024-03-13") == "2024-03-12");
  CHECK(value_of("Shares fell on Friday, and on Monday they rose.", "Monday", "2024-03-13") == "2024-03-11");
  // A list going back a day or a few stays so; a direction word decides its own day.
  CHECK(value_of("Statements were made Friday and Thursday by the lawyers.", "Thursday", "2024-03-15") == "2024-03-14");
  CHECK(value_of("Prices swung between Monday and last Friday.", "last Friday", "2024-03-11") == "2024-03-08");
}

TEST_CASE("a past commitment with its day between the verb and 'to' looks ahead") {
  // Said on the Thursday (hunt71): the cuts run to this June, not last June.
  CHECK(value_of("OPEC+ agreed on Thursday to keep output cuts in place through the end of June.", "the end of June",
                 "2025-04-03") == "2025-06");
  CHECK(value_of("The ministers decided on Wednesday to keep the cuts until June.", "June", "2025-04-03") == "2025-06");
  CHECK(value_of("The board voted on Monday to keep the plant open until June.", "June", "2025-04-03") == "2025-06");
  CHECK(value_of("The board voted on Monday to keep the plant open until June.", "Monday", "2025-04-03") ==
        "2025-03-31");
  // Near misses: a past act with its day, no commitment; a commitment already kept.
  CHECK(value_of("OPEC+ met on Thursday and kept output cuts in place through June.", "June", "2025-04-03") ==
        "2024-06");
  CHECK(value_of("The ministers decided on Wednesday that the cuts had ended in June.", "June", "2025-04-03") ==
        "2024-06");
}

TEST_CASE("a break one returns from with the day of the return between is the nearest holiday") {
  // "today" or "tomorrow" between the verb and "after" or "from" (hunt71; was next year's).
  CHECK(value_of("Schools reopen today after the Christmas holidays.", "the Christmas holidays", "2026-01-05") ==
        "2025-12-25");
  CHECK(value_of("Pupils return tomorrow from the Easter break.", "the Easter break", "2025-04-27") == "2025-04-20");
  // Near misses: no return; a holiday with no break after it.
  CHECK(value_of("Schools close today for the Christmas holidays.", "the Christmas holidays", "2025-12-18") ==
        "2025-12-25");
  CHECK(value_of("Schools reopen today after Christmas.", "Christmas", "2026-02-20") == "2026-12-25");
}

TEST_CASE("'the Year of' a thing, capitalised after a lower-case 'the', names no year") {
  const std::string_view horse = "Chinese New Year falls on Tuesday, ushering in the Year of the Horse.";
  CHECK(annalist::test::untagged(horse, annalist::test::tag(horse, "2026-02-17"), "Year of"));
  const std::string_view rabbit = "Celebrations for the Year of the Rabbit began on Sunday.";
  CHECK(annalist::test::untagged(rabbit, annalist::test::tag(rabbit, "2023-01-22"), "Year of"));
  // Near misses: the year in lower case; "the year" ending an award keeps its rule.
  CHECK(value_of("It was the hottest day of the year of the drought.", "the year", "2023-01-22") == "2023");
  CHECK(value_of("Sales rose for the year.", "the year", "2023-01-22") == "2023");
}

TEST_CASE("'Lent' capitalised opening a sentence is the season, no past verb") {
  CHECK(value_of("Lent begins on March 5, and the fast lasts 40 days.", "March 5", "2025-02-05") == "2025-03-05");
  // Near miss: "lent" the verb in lower case is a past.
  CHECK(value_of("The bank lent the firm money on March 5.", "March 5", "2025-02-05") == "2024-03-05");
}

TEST_CASE("the early or small hours with no day are the start of the anchor's morning") {
  // As "the early morning" is (gen70; were untagged); "the early hours of Sunday" keeps Sunday.
  const std::array<std::array<std::string_view, 3>, 6> cases{{
      {"The fire broke out in the early hours of the morning, police said.", "the early hours of the morning",
       "2025-03-05TMO"},
      {"Police were called to the house in the small hours.", "the small hours", "2025-03-05TMO"},
      {"The quake struck in the early hours, killing 12 people.", "the early hours", "2025-03-05TMO"},
      {"Talks went on into the small hours of the morning.", "the small hours of the morning", "2025-03-05TMO"},
      {"It began in the early morning hours.", "the early morning hours", "2025-03-05TMO"},
      {"The fire broke out in the early hours of Sunday.", "Sunday", "2025-03-02"},
  }};
  check_phrase_values(cases, "2025-03-05");
  CHECK(found_in("Police were called to the house in the small hours.", "the small hours", "2025-03-05").mod ==
        "START");
  // Near-miss: the early days of a campaign are no hours.
  CHECK(value_of("He works long hours in the early days of the campaign.", "the early days", "2025-03-05") == "PXD");
}

TEST_CASE("a weekend a holiday lengthens is the weekend, the coming one or the one gone by tense") {
  // Said 2025-03-05, a Wednesday (gen70; were "three-day" P3D or untagged).
  const std::array<std::array<std::string_view, 3>, 7> cases{{
      {"Traffic is expected to be heavy over the three-day weekend.", "the three-day weekend", "2025-W10-WE"},
      {"Three people died in crashes over the holiday weekend, police said.", "the holiday weekend", "2025-W09-WE"},
      {"Stores expect big crowds on the long holiday weekend.", "the long holiday weekend", "2025-W10-WE"},
      {"The bank holiday weekend brought record temperatures.", "The bank holiday weekend", "2025-W09-WE"},
      {"Rail works will disrupt services over the bank holiday weekend.", "the bank holiday weekend", "2025-W10-WE"},
      // Near-misses: a length alone, "the long weekend" as before.
      {"The strike lasted three days.", "three days", "P3D"},
      {"Retailers reported strong sales over the long weekend.", "the long weekend", "2025-W09-WE"},
  }};
  check_phrase_values(cases, "2025-03-05");
  CHECK(value_of("A three-day weekend is a luxury for many workers.", "three-day", "2025-03-05") == "P3D");
}

TEST_CASE("days, weeks or months later told in the past are the unit alone") {
  // An untold number after a time: WikiWars writes the unit, the year unknown too, even after a date
  // (gen70; were FUTURE_REF). The future and "a few" keep FUTURE_REF.
  const std::array<std::array<std::string_view, 3>, 7> cases{{
      {"The firm announced cuts on Jan. 12. Days later, its chief executive resigned.", "Days later", "XXXX-XX-XX"},
      {"Weeks later, the government collapsed.", "Weeks later", "XXXX-WXX"},
      {"The bill passed in June 2019. Months later, it was struck down.", "Months later", "XXXX-XX"},
      {"Days later, police arrested two suspects.", "Days later", "XXXX-XX-XX"},
      // Near-misses.
      {"The bill passed in June 2019. Three months later, it was struck down.", "Three months later", "2019-09"},
      {"Days later the storm will hit Florida.", "Days later", "FUTURE_REF"},
      {"A few days later, its chief executive resigned.", "A few days later", "FUTURE_REF"},
  }};
  check_phrase_values(cases, "2025-03-05");
}

TEST_CASE("a report's full year, its halves and a future act's quarter take the year their evidence gives") {
  // gen70: told in the past in the first quarter, the full year is the one just ended (was the DCT's);
  // two halves weighed with "than" are one year's (were the year before's); a future act in a quarter
  // lies ahead (was the quarter just ended, the reporting season's default).
  CHECK(value_of("Full-year earnings rose 12 percent.", "Full-year", "2025-02-10") == "2024");
  CHECK(value_of("The company reported a full-year loss of $300 million.", "full-year", "2025-02-10") == "2024");
  CHECK(value_of("Earnings rose 12 percent for the full year.", "the full year", "2025-02-10") == "2024");
  CHECK(value_of("The first half was stronger than the second.", "The first half", "2025-08-05") == "2025-H1");
  CHECK(value_of("The first half was stronger than the second.", "the second", "2025-08-05") == "2025-H2");
  CHECK(value_of("The pipeline is due to start pumping gas in the fourth quarter.", "the fourth quarter",
                 "2025-03-12") == "2025-Q4");
  CHECK(value_of("The deal will close in the fourth quarter.", "the fourth quarter", "2025-03-12") == "2025-Q4");
  // Near-misses: a forecast's full year, later in the year; reported quarters; "from" the part before.
  CHECK(value_of("The company expects full-year earnings to rise.", "full-year", "2025-02-10") == "2025");
  CHECK(value_of("Full-year earnings rose 5 percent.", "Full-year", "2025-10-20") == "2025");
  CHECK(value_of("The firm raised its full-year guidance.", "full-year", "2025-02-10") == "2025");
  CHECK(value_of("Fourth-quarter earnings rose 10 percent.", "Fourth-quarter", "2025-03-12") == "2024-Q4");
  CHECK(value_of("The company will report fourth-quarter results on Thursday.", "fourth-quarter", "2025-03-12") ==
        "2024-Q4");
  CHECK(value_of("The company will report third-quarter results on Thursday.", "third-quarter", "2025-10-12") ==
        "2025-Q3");
  CHECK(value_of("Sales rose in the first quarter from the fourth.", "the fourth", "2025-08-05") == "2024-Q4");
}
