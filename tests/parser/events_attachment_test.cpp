// Which predicate a date dates (extract_events), fed with time expressions built by hand: reported
// clauses, possessive dates, periods a noun covers, "the quarter ended <date>", travel verbs.
#include "events_test_support.hpp"

using namespace annalist;
using namespace annalist::test;

namespace {

const date::sys_days dct_1990 = day(1990, 8, 15);
const date::sys_days dct_1989 = day(1989, 10, 30);

}  // namespace

TEST_CASE("a date inside a clause reported by 'said' does not date the saying") {
  const std::string t = "Saddam said he will begin withdrawing troops on Friday and release prisoners.";
  const auto events = events_of(t, {expression_at(t, "Friday", "1990-08-17")}, dct_1990);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "said", "Friday"));
}

TEST_CASE("a date right after 'said' dates the saying, also before a reported clause") {
  const std::string t = "The Soviet Union said today it had sent an envoy to the Middle East.";
  const auto events = events_of(t, {expression_at(t, "today", "1990-08-15")}, dct_1990);
  INFO(describe(events));
  const Event* said = find_event(events, "said", "today");
  REQUIRE(said);
  CHECK(said->status == EventStatus::occurred);
}

TEST_CASE("'said on Tuesday that' keeps the date with the saying") {
  const std::string t = "The ambassador said on Tuesday that Iraq would retaliate against Venezuela.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "1990-08-14")}, dct_1990);
  INFO(describe(events));
  CHECK(find_event(events, "said", "Tuesday"));
}

TEST_CASE("a reported clause dates its own predicate") {
  const std::string t = "Officials said the two leaders met in Geneva last week.";
  const auto events = events_of(t, {expression_at(t, "last week", "1990-W32")}, dct_1990);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "said", "last week"));
  const Event* met = find_event(events, "met", "last week");
  REQUIRE(met);
  CHECK(met->type == "visit");
}

TEST_CASE("a possessive date is the reported clause's subject, not the time of the saying") {
  const std::string t = "Fund managers said Friday's selling was a natural result of the week's gains.";
  const auto events = events_of(t, {expression_at(t, "Friday", "1989-10-27")}, dct_1989);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "said", "Friday"));
}

TEST_CASE("a possessive date dates the event noun it owns") {
  const std::string t = "Investigators described last month's bombing of the clinic as a breakthrough.";
  const auto events = events_of(t, {expression_at(t, "last month", "1990-07")}, dct_1990);
  INFO(describe(events));
  const Event* bombing = find_event(events, "bombing", "last month");
  REQUIRE(bombing);
  CHECK(bombing->type == "conflict");
}

TEST_CASE("a preposition before a possessive date governs its noun: the noun's event takes no bound from it") {
  // "before next week's talks": the talks are next week; "before" orders the meeting against them.
  const std::string t = "The ministers met in Geneva before next week's talks.";
  const auto events = events_of(t, {expression_at(t, "next week", "1990-W34", "", "before")}, dct_1990);
  INFO(describe(events));
  const Event* talks = find_event(events, "talks", "next week");
  REQUIRE(talks);
  CHECK(talks->time.interval == Interval{day(1990, 8, 20), day(1990, 8, 26), Granularity::week, Bound::on});
  CHECK(talks->status == EventStatus::planned);
  CHECK_FALSE(find_event(events, "met", "next week"));
  // "since last year's election": the election was last year, not going on since.
  const std::string u = "Turnout has fallen since last year's election.";
  const auto since = events_of(u, {expression_at(u, "last year", "1989", "", "since")}, dct_1990);
  INFO(describe(since));
  const Event* election = find_event(since, "election", "last year");
  REQUIRE(election);
  CHECK(election->time.interval == Interval{day(1989, 1, 1), day(1989, 12, 31), Granularity::year, Bound::on});
  CHECK(election->status == EventStatus::occurred);
  // Not a possessive: the bound stays ("met before next week": the meeting is before it).
  const std::string v = "The ministers will meet before next week.";
  const auto plain = events_of(v, {expression_at(v, "next week", "1990-W34", "", "before")}, dct_1990);
  INFO(describe(plain));
  const Event* meet = find_event(plain, "meet", "next week");
  REQUIRE(meet);
  CHECK(meet->time.interval.bound == Bound::before);
}

TEST_CASE("a date after 'for' that follows another noun is the period that noun covers") {
  const std::string t = "Unisys announced on Friday a $648.2 million loss for the third quarter.";
  const auto events = events_of(
      t, {expression_at(t, "Friday", "1989-10-27"), expression_at(t, "the third quarter", "1989-Q3")}, dct_1989);
  INFO(describe(events));
  CHECK(find_event(events, "announced", "Friday"));
  CHECK_FALSE(find_event(events, "announced", "the third quarter"));
}

TEST_CASE("sales for an amount 'for the quarter' are still dated by the quarter") {
  const std::string t = "The company reported sales of $538.5 million for the third quarter.";
  const auto events = events_of(t, {expression_at(t, "the third quarter", "1989-Q3")}, dct_1989);
  INFO(describe(events));
  CHECK(find_event(events, "sales", "the third quarter"));
}

TEST_CASE("the quarter ended on a month's last day is the calendar quarter") {
  const std::string t = "Sales increased in the quarter ended Sept. 30 to $747.8 million.";
  const auto events = events_of(t, {expression_at(t, "Sept. 30", "1989-09-30")}, dct_1989);
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  const Event& sales = events.front();
  CHECK(sales.trigger == "Sales");
  CHECK(sales.time.text == "quarter ended Sept. 30");
  CHECK(sales.time.interval.start == day(1989, 7, 1));
  CHECK(sales.time.interval.end == day(1989, 9, 30));
  CHECK(sales.time.interval.granularity == Granularity::quarter);
  CHECK(sales.time.value == "1989-Q3");
}

TEST_CASE("a fiscal quarter ended on another day covers the three months up to that day") {
  const std::string t = "Sun reported sales of $538.5 million for the quarter ended Sept. 29.";
  const auto events = events_of(t, {expression_at(t, "Sept. 29", "1989-09-29")}, dct_1989);
  INFO(describe(events));
  const Event* sales = find_event(events, "sales", "quarter ended Sept. 29");
  REQUIRE(sales);
  CHECK(sales->time.interval.start == day(1989, 6, 30));
  CHECK(sales->time.interval.end == day(1989, 9, 29));
  CHECK(sales->time.interval.granularity == Granularity::day);
}

TEST_CASE("a named period ended on a date is one event, dated by the period that ends then") {
  const std::string t = "Sales fell in its fiscal year ended June 30.";
  const auto events =
      events_of(t, {expression_at(t, "fiscal year", "1989"), expression_at(t, "June 30", "1989-06-30")}, dct_1989);
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events.front().time.text == "fiscal year ended June 30");
  CHECK(events.front().time.interval.start == day(1988, 7, 1));
  CHECK(events.front().time.interval.end == day(1989, 6, 30));
}

TEST_CASE("travel verbs are visit events dated by their adjunct") {
  const std::string t = "King Hussein arrived in Washington today, and two aides left for Europe on Sunday.";
  const auto events =
      events_of(t, {expression_at(t, "today", "1990-08-15"), expression_at(t, "Sunday", "1990-08-12")}, dct_1990);
  INFO(describe(events));
  const Event* arrived = find_event(events, "arrived", "today");
  REQUIRE(arrived);
  CHECK(arrived->type == "visit");
  CHECK(contains(arrived->places, "Washington"));
  const Event* left = find_event(events, "left for", "Sunday");
  REQUIRE(left);
  CHECK(left->type == "visit");
  CHECK(left->status == EventStatus::occurred);
}

TEST_CASE("a date before 'and' does not date a predicate of the next conjunct") {
  const std::string t = "Trucks rolled into Iraq on Tuesday and cargo was unloaded at the port.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "1990-08-14")}, dct_1990);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "unloaded", "Tuesday"));
}

TEST_CASE("a date before two names joined by 'and' dates the verb after them") {
  const std::string t = "On Tuesday Russia and China signed a treaty.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "1990-08-14")}, dct_1990);
  INFO(describe(events));
  CHECK(find_event(events, "signed", "Tuesday"));
}

TEST_CASE("a verbless clause after a relative clause continues it, not the main clause") {
  const std::string t =
      "Jan Kavan, who lived in London from 1968, when the Soviets invaded, until 1989, signed the "
      "treaty.";
  const auto events = events_of(t, {expression_at(t, "1968", "1968"), expression_at(t, "1989", "1989")}, dct_1990);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "signed", "1989"));
}

TEST_CASE("a verbless opening clause dates the next clause's predicate") {
  const std::string t = "Last November, the president ordered the opening of an embassy.";
  const auto events = events_of(t, {expression_at(t, "Last November", "1989-11")}, dct_1990);
  INFO(describe(events));
  CHECK(find_event(events, "ordered", "Last November"));
}

TEST_CASE("a date followed by a 'when' clause also dates that clause's event") {
  const std::string t = "Exiles failed to overthrow Castro in 1961 when the leader repelled their invasion.";
  const auto events = events_of(t, {expression_at(t, "1961", "1961")}, dct_1990);
  INFO(describe(events));
  const Event* invasion = find_event(events, "invasion", "1961");
  REQUIRE(invasion);
  CHECK(invasion->status == EventStatus::occurred);
}

TEST_CASE("a date right before an event noun dates that noun") {
  const std::string t = "The company expects sales slightly above fiscal 1989 sales of $155 million.";
  const auto events = events_of(t, {expression_at(t, "fiscal 1989", "1989")}, dct_1989);
  INFO(describe(events));
  CHECK(find_event(events, "sales", "fiscal 1989"));
}

TEST_CASE("a hyphenated date before a noun after 'said' belongs to the reported clause") {
  const std::string t = "The unit said third-quarter net income dropped 8% to $33 million.";
  const auto events = events_of(t, {expression_at(t, "third-quarter", "1989-Q3")}, dct_1989);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "said", "third-quarter"));
}

TEST_CASE("a possessive date without an event noun dates nothing") {
  const std::string t = "Friday's focus on the top stocks telegraphed active overseas selling.";
  const auto events = events_of(t, {expression_at(t, "Friday", "1989-10-27")}, dct_1989);
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("a date opening a conjunct after 'and' dates the predicate after it") {
  const std::string t = "Iran accepted the terms and in April the leaders signed a treaty.";
  const auto events = events_of(t, {expression_at(t, "April", "1988-04")}, dct_1990);
  INFO(describe(events));
  CHECK(find_event(events, "signed", "April"));
}

TEST_CASE("a date inside a verb group dates its verb") {
  const std::string t = "The president is tonight announcing new sanctions.";
  const auto events = events_of(t, {expression_at(t, "tonight", "1990-08-15TNI")}, dct_1990);
  INFO(describe(events));
  const Event* announcing = find_event(events, "announcing", "tonight");
  REQUIRE(announcing);
  CHECK(announcing->type == "statement");
}

TEST_CASE("a fronted date followed by a comma dates the predicate after the subject") {
  const std::string t = "Earlier Sunday, police and protesters clashed in Belfast.";
  const auto events = events_of(t, {expression_at(t, "Sunday", "1990-08-12")}, dct_1990);
  INFO(describe(events));
  CHECK(find_event(events, "clashed", "Sunday"));
}

TEST_CASE("a date after a subject and words the lexicon does not know dates no later noun") {
  const std::string t = "Its net income rose 51% in the third quarter, bolstered by gains from its investment.";
  const auto events = events_of(t, {expression_at(t, "the third quarter", "1989-Q3")}, dct_1989);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "investment", "the third quarter"));
}

TEST_CASE("a date before an unknown verb dates the event it governs") {
  const std::string t = "U.N. officials in New York on Friday finished drafting the rules.";
  const auto events = events_of(t, {expression_at(t, "Friday", "1998-03-06")}, day(1998, 3, 6));
  INFO(describe(events));
  CHECK(find_event(events, "drafting", "Friday"));
}

TEST_CASE("a date set off by commas after the subject dates the verb after it") {
  const std::string t =
      "The Second Army under General Grippenberg, between January 25 and 29, attacked the left flank.";
  const auto events = events_of(t, {expression_at(t, "January 25 and 29", "1905-01-25")}, dct_1990);
  INFO(describe(events));
  CHECK(find_event(events, "attacked", "January 25 and 29"));
}

TEST_CASE("a date after a phrase completing a verb's object dates the verb") {
  const date::sys_days dct = day(2026, 3, 18);
  const std::string t =
      "Washington imposed new sanctions on Iranian oil exports last month. The parliament "
      "ratified the agreement with the EU in November 2024. The Senate approved the treaty with "
      "Canada on Tuesday.";
  const auto events =
      events_of(t,
                {expression_at(t, "last month", "2026-02"), expression_at(t, "November 2024", "2024-11"),
                 expression_at(t, "Tuesday", "2026-03-17")},
                dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "imposed new sanctions", "last month"));
  CHECK(find_event(events, "imposed new sanctions", "last month")->type == "economic");
  CHECK_FALSE(find_event(events, "exports", "last month"));
  REQUIRE(find_event(events, "ratified", "November 2024"));
  CHECK(find_event(events, "ratified", "November 2024")->type == "adoption");
  CHECK_FALSE(find_event(events, "agreement", "November 2024"));
  REQUIRE(find_event(events, "approved", "Tuesday"));
  CHECK(find_event(events, "approved", "Tuesday")->type == "adoption");
  // A phrase placing the object is no completion: the summit is what March dates.
  const std::string riga = "Latvia announced the summit in Riga in March.";
  const auto summit = events_of(riga, {expression_at(riga, "March", "2026-03")}, dct);
  INFO(describe(summit));
  CHECK(find_event(summit, "summit", "March"));
}

TEST_CASE("a participle of holding after its noun's comma dates that noun") {
  const date::sys_days dct = day(2026, 3, 18);
  const std::string t = "The last round, held in Oman in January, ended without agreement.";
  const auto events = events_of(t, {expression_at(t, "January", "2026-01")}, dct);
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events.front().trigger == "last round, held");
  CHECK(events.front().status == EventStatus::occurred);
  CHECK(events.front().places == std::vector<std::string>{"Oman"});
}
