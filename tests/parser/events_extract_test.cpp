// Event extraction on its own (extract_events), fed with time expressions built by hand so that
// these cases test predicates, attachment, status, actors and places — not the temporal tagger.
#include "events_test_support.hpp"

#include <annalist/engine/file_io.hpp>

#include <map>

using namespace annalist;
using namespace annalist::test;

namespace {

const date::sys_days seed_dct = day(2014, 2, 5);

std::string seed_text() { return read_text_file(ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt"); }

// The seed's expressions with the values the temporal grammar is specified to give them.
std::vector<TimeExpression> seed_timexes(const std::string& t) {
  return sorted({
      expression_at(t, "Wednesday, 05 February 2014", "2014-02-05"),
      expression_at(t, "05/02/2014", "2014-02-05"),
      expression_at(t, "January 29", "2014-01-29"),
      range_at(t, "2014-2020", "2014", "2020"),
      expression_at(t, "December 2012", "2012-12"),
      expression_at(t, "last month", "2014-01"),
      expression_at(t, "the turn of this century", "2100", "APPROX"),
      expression_at(t, "the next few decades", "PXDE"),
      expression_at(t, "post-2014", "2014", "AFTER"),
      expression_at(t, "next January", "2015-01"),
      expression_at(t, "the 21st century", "20"),
      expression_at(t, "now", "PRESENT_REF", "", "", t.find("This strategy")),
      expression_at(t, "the previous years", "PAST_REF"),
      expression_at(t, "Last November", "2013-11"),
      expression_at(t, "later this year", "2014", "AFTER"),
      expression_at(t, "2012", "2012", "", "since", t.find("since 2012")),
      expression_at(t, "recently", "PAST_REF", "", "", t.find("recently noted")),
      expression_at(t, "the end of 2014", "2014", "END", "by"),
      expression_at(t, "November 6, 2017", "2017-11-06"),
      expression_at(t, "September 2014", "2014-09"),
  });
}

}  // namespace

TEST_CASE("seed: the approval of the foreign policy concept on January 29 occurred, the concept spans 2014-2020") {
  const std::string t = seed_text();
  const auto events = events_of(t, seed_timexes(t), seed_dct);
  const Event* approval = find_event(events, "approved", "January 29");
  REQUIRE(approval);
  CHECK(approval->type == "adoption");
  CHECK(approval->status == EventStatus::occurred);
  CHECK(approval->time.interval.start == day(2014, 1, 29));
  CHECK(contains(approval->actors, "President Nursultan Nazarbayev"));
  CHECK(contains(approval->actors, "Kazakhstan"));
  const Event* policy_concept = find_event(events, "foreign policy concept", "2014-2020");
  REQUIRE(policy_concept);
  CHECK(policy_concept->type == "plan");
  CHECK(policy_concept->time.interval.start == day(2014, 1, 1));
  CHECK(policy_concept->time.interval.end == day(2020, 12, 31));
  CHECK(policy_concept->status == EventStatus::ongoing);
}

TEST_CASE("seed: the strategy made public in December 2012 and the address to the nation last month") {
  const std::string t = seed_text();
  const auto events = events_of(t, seed_timexes(t), seed_dct);
  const Event* strategy = find_event(events, "made public", "December 2012");
  REQUIRE(strategy);
  CHECK(strategy->type == "statement");
  CHECK(strategy->status == EventStatus::occurred);
  CHECK(strategy->time.value == "2012-12");
  CHECK(contains(strategy->actors, "President Nursultan Nazarbayev"));  // "President Nazarbayev", resolved
  const Event* address = find_event(events, "address to the nation", "last month");
  REQUIRE(address);
  CHECK(address->type == "statement");
  CHECK(address->status == EventStatus::occurred);
  CHECK(address->time.value == "2014-01");
}

TEST_CASE("seed: one sentence, two events: the embassy order last November and the visit planned later this year") {
  const std::string t = seed_text();
  const auto events = events_of(t, seed_timexes(t), seed_dct);
  const Event* order = find_event(events, "ordered the opening", "Last November");
  REQUIRE(order);
  CHECK(order->type == "establishment");
  CHECK(order->status == EventStatus::occurred);
  CHECK(order->time.value == "2013-11");
  CHECK(order->places == std::vector<std::string>{"South Africa"});
  CHECK(contains(order->actors, "President Nursultan Nazarbayev"));
  const Event* visit = find_event(events, "official visit", "later this year");
  REQUIRE(visit);
  CHECK(visit->type == "visit");
  CHECK(visit->status == EventStatus::planned);
  CHECK(visit->places == std::vector<std::string>{"Johannesburg"});
  CHECK(contains(visit->actors, "President Nursultan Nazarbayev"));  // the subject of the first conjunct
  CHECK(order->sentence == visit->sentence);
}

TEST_CASE("seed: the embassy in Brazil operates since 2012; two more open by the end of 2014") {
  const std::string t = seed_text();
  const auto events = events_of(t, seed_timexes(t), seed_dct);
  const Event* brazil = find_event(events, "operating", "2012");
  REQUIRE(brazil);
  CHECK(brazil->status == EventStatus::ongoing);
  CHECK(brazil->places == std::vector<std::string>{"Brazil"});
  CHECK(brazil->time.interval.bound == Bound::since);
  const Event* more = find_event(events, "opened", "the end of 2014");
  REQUIRE(more);
  CHECK(more->type == "establishment");
  CHECK(more->status == EventStatus::planned);
  CHECK(more->places == std::vector<std::string>{"Ethiopia", "Mexico"});
  CHECK(more->time.interval.end == day(2014, 12, 31));
}

TEST_CASE("seed: the Eurasian Economic Union operational from next January, its founding treaty to be signed before") {
  const std::string t = seed_text();
  const auto events = events_of(t, seed_timexes(t), seed_dct);
  const Event* operational = find_event(events, "become fully operational", "next January");
  REQUIRE(operational);
  CHECK(operational->type == "establishment");
  CHECK(operational->status == EventStatus::planned);
  CHECK(operational->time.value == "2015-01");
  CHECK(contains(operational->actors, "Eurasian Economic Union"));
  const Event* treaty = find_event(events, "sign the founding treaty", "next January");
  REQUIRE(treaty);
  CHECK(treaty->type == "agreement");
  CHECK(treaty->status == EventStatus::planned);
  CHECK(treaty->time.interval.bound == Bound::by);
  CHECK(treaty->time.interval.start == seed_dct);
  CHECK(contains(treaty->actors, "Kazakhstan"));
  CHECK(contains(treaty->actors, "Eurasian Economic Union"));
}

TEST_CASE("seed: chrome, durations, unplaceable and far-away dates make no events") {
  const std::string t = seed_text();
  const auto events = events_of(t, seed_timexes(t), seed_dct);
  CHECK(events.size() == 10);
  for (const Event& e : events) {
    CHECK_MESSAGE(e.time.interval.start.time_since_epoch().count() > 0, e.trigger);
    CHECK_MESSAGE(e.time.text != "November 6, 2017", "the footer's publication list is chrome");
    CHECK_MESSAGE(e.time.text != "05/02/2014", "the byline is chrome");
    CHECK_MESSAGE(e.time.text != "the 21st century", "too far from any trigger");
    CHECK(date::year_month_day{e.time.interval.end}.year() < date::year{2050});
    CHECK(e.document == "doc");
    CHECK(e.id.starts_with("doc-e"));
  }
}

TEST_CASE("tense, aspect and modality decide the status against the DCT") {
  const std::string t =
      "The parliament approved the law on May 3. The ministry will open a consulate in Oslo in 2016. "
      "The agency has been operating a plant in Lima since 2009. Officials are planning to visit Rome in July. "
      "The bank is preparing to sign the loan agreement in June.";
  const auto dct = day(2015, 5, 20);
  const auto events = events_of(t,
                                {expression_at(t, "May 3", "2015-05-03"), expression_at(t, "2016", "2016"),
                                 expression_at(t, "2009", "2009", "", "since"), expression_at(t, "July", "2015-07"),
                                 expression_at(t, "June", "2015-06")},
                                dct);
  INFO(describe(events));
  REQUIRE(events.size() == 5);
  CHECK(events[0].status == EventStatus::occurred);
  CHECK(events[1].status == EventStatus::planned);
  CHECK(events[1].trigger == "open");
  CHECK(events[1].places == std::vector<std::string>{"Oslo"});
  CHECK(events[2].status == EventStatus::ongoing);
  CHECK(events[3].status == EventStatus::planned);
  CHECK(events[3].type == "visit");
  CHECK(events[4].trigger == "sign the loan agreement");
  CHECK(events[4].status == EventStatus::planned);
}

TEST_CASE("without a verb to go by, the date decides: before the DCT occurred, after it planned") {
  const std::string t = "The summit in Riga in March drew protests. A referendum in 2017 looks likely.";
  const auto events =
      events_of(t, {expression_at(t, "March", "2015-03"), expression_at(t, "2017", "2017")}, day(2015, 5, 1));
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  CHECK(events[0].trigger == "summit");
  CHECK(events[0].status == EventStatus::occurred);
  CHECK(events[0].places == std::vector<std::string>{"Riga"});
  CHECK(events[1].trigger == "referendum");
  CHECK(events[1].type == "election");
  CHECK(events[1].status == EventStatus::planned);
}

TEST_CASE("a date attaches to the nearest predicate of its own clause") {
  const std::string t =
      "The government announced on Monday that the new airport will open in 2018, after the runway is finished.";
  const auto events =
      events_of(t, {expression_at(t, "Monday", "2015-06-01"), expression_at(t, "2018", "2018")}, day(2015, 6, 3));
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  CHECK(events[0].trigger == "announced");
  CHECK(events[0].type == "statement");
  CHECK(events[0].status == EventStatus::occurred);
  CHECK(events[1].trigger == "open");
  CHECK(events[1].status == EventStatus::planned);
}

TEST_CASE("acronyms are tied to their long form and later mentions resolve to it") {
  const std::string t =
      "Leaders of the Andean Trade Council (ATC) met in Quito in 2014. The ATC will hold a summit in 2016.";
  const auto events =
      events_of(t, {expression_at(t, "2014", "2014"), expression_at(t, "2016", "2016")}, day(2015, 1, 1));
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  CHECK(contains(events[0].actors, "Andean Trade Council"));
  CHECK(events[0].places == std::vector<std::string>{"Quito"});
  CHECK(events[1].actors == std::vector<std::string>{"Andean Trade Council"});
  CHECK(events[1].trigger == "hold a summit");
}

TEST_CASE("durations and sets date nothing") {
  const std::string t = "The ministers met for three hours. They meet every Tuesday.";
  TimeExpression duration = expression_at(t, "three hours", "PT3H");
  duration.type = TimexType::duration;
  TimeExpression set = expression_at(t, "every Tuesday", "XXXX-WXX-2");
  set.type = TimexType::set;
  CHECK(events_of(t, {duration, set}, day(2015, 1, 1)).empty());
}

TEST_CASE("a user lexicon adds event words") {
  const std::string t = "The company listed its shares in Frankfurt on March 3.";
  const auto timexes = std::vector<TimeExpression>{expression_at(t, "March 3", "2015-03-03")};
  // Without the entry "listed" is a past verb the lexicon does not know: an event of type other.
  const auto unknown = events_of(t, timexes, day(2015, 4, 1));
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].type == "other");
  EventLexicon lexicon = default_event_lexicon();
  lexicon.add_entries("verb\teconomic\tlist\n", "mine.tsv");
  const auto events = extract_events(t, analyze_document(t, timexes), timexes, day(2015, 4, 1), lexicon, "d");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "economic");
  CHECK(events[0].trigger == "listed");
  CHECK(events[0].places == std::vector<std::string>{"Frankfurt"});
}

TEST_CASE("each event carries its sentence and the sentence's byte span") {
  const std::string t = "Intro line here.\n\nThe treaty was ratified on May 5. Nothing else.";
  const auto events = events_of(t, {expression_at(t, "May 5", "2015-05-05")}, day(2015, 6, 1));
  REQUIRE(events.size() == 1);
  CHECK(events[0].sentence == "The treaty was ratified on May 5.");
  CHECK(t.substr(events[0].span.begin, events[0].span.end - events[0].span.begin) == events[0].sentence);
  CHECK(events[0].time.text == "May 5");
  CHECK(events[0].time.value == "2015-05-05");
}

namespace {

// The actors of each event of `text`, by the text of its date: every (text, value) pair is a DATE
// expression, and the DCT is 20 January 2000.
std::map<std::string, std::vector<std::string>> actors_by_date(
    const std::string& text, std::initializer_list<std::pair<const char*, const char*>> dates) {
  std::vector<TimeExpression> timexes;
  for (const auto& [needle, value] : dates) timexes.push_back(expression_at(text, needle, value));
  const auto events = events_of(text, timexes, day(2000, 1, 20));
  std::map<std::string, std::vector<std::string>> actors;
  for (const Event& e : events) actors[e.time.text] = e.actors;
  REQUIRE_MESSAGE(actors.size() == dates.size(), "one event per date expected:" << describe(events));
  return actors;
}

}  // namespace

TEST_CASE("a given name alone after the full name is the same actor") {
  auto actors = actors_by_date("Elian Gonzalez visited Miami on Monday. The lawyers of Elian met the judge on Tuesday.",
                               {{"Monday", "2000-01-03"}, {"Tuesday", "2000-01-04"}});
  CHECK(actors["Tuesday"] == std::vector<std::string>{"Elian Gonzalez"});
}

TEST_CASE("a given name alone before the full name takes the full name") {
  auto actors = actors_by_date("Relatives of Elian met the lawyers on Monday. Elian Gonzalez visited Cuba on Tuesday.",
                               {{"Monday", "2000-01-03"}, {"Tuesday", "2000-01-04"}});
  CHECK(actors["Monday"] == std::vector<std::string>{"Elian Gonzalez"});
}

TEST_CASE("a surname alone before the full name takes the full name") {
  auto actors =
      actors_by_date("The lawyers met Gonzalez on Monday. Juan Miguel Gonzalez visited Washington on Tuesday.",
                     {{"Monday", "2000-01-03"}, {"Tuesday", "2000-01-04"}});
  CHECK(actors["Monday"] == std::vector<std::string>{"Juan Miguel Gonzalez"});
  CHECK(contains(actors["Tuesday"], "Juan Miguel Gonzalez"));
}

TEST_CASE("a given name shared by two people in the document stays as said") {
  auto actors = actors_by_date("John Smith met John Doe on Monday. The agent of John sold the house on Tuesday.",
                               {{"Monday", "2000-01-03"}, {"Tuesday", "2000-01-04"}});
  CHECK(actors["Monday"] == std::vector<std::string>{"John Smith", "John Doe"});
  CHECK(actors["Tuesday"] == std::vector<std::string>{"John"});
}

TEST_CASE("a gazetteer place is not merged into a person who shares its name") {
  auto actors = actors_by_date("George Washington visited Boston on Monday. Washington will impose sanctions in 2001.",
                               {{"Monday", "2000-01-03"}, {"2001", "2001"}});
  CHECK(contains(actors["Monday"], "George Washington"));
  CHECK(actors["2001"] == std::vector<std::string>{"Washington"});
}

TEST_CASE("a surname with another title or none takes the form said first with a title") {
  auto actors = actors_by_date(
      "President Bush met the senators on Monday. Later Mr. Bush visited Texas on Tuesday. "
      "The aides of Bush met the press on Wednesday.",
      {{"Monday", "2000-01-03"}, {"Tuesday", "2000-01-04"}, {"Wednesday", "2000-01-05"}});
  for (const char* when : {"Monday", "Tuesday", "Wednesday"}) CHECK(contains(actors[when], "President Bush"));
}

TEST_CASE("a one-word name said as a place is not merged into a person's name") {
  auto actors = actors_by_date(
      "Relatives met officials in Virginia on Monday. The lawyers of Virginia Welch met Virginia on Tuesday.",
      {{"Monday", "2000-01-03"}, {"Tuesday", "2000-01-04"}});
  CHECK(contains(actors["Tuesday"], "Virginia Welch"));
  CHECK(contains(actors["Tuesday"], "Virginia"));
}

TEST_CASE("a name after a royal title is a person of its own, not a surname of a longer name") {
  auto actors = actors_by_date(
      "King Hussein met President Saddam Hussein on Monday. King Hussein visited Washington on Tuesday. "
      "The aides of Hussein met the press on Wednesday.",
      {{"Monday", "2000-01-03"}, {"Tuesday", "2000-01-04"}, {"Wednesday", "2000-01-05"}});
  CHECK(actors["Monday"] == std::vector<std::string>{"King Hussein", "President Saddam Hussein"});
  CHECK(contains(actors["Tuesday"], "King Hussein"));
  CHECK(actors["Wednesday"] == std::vector<std::string>{"Hussein"});  // which of the two is not said
}

TEST_CASE("a place named after another is one place, and a state's news abbreviation is the state") {
  const std::string beach = "The lawyers met the family in Miami Beach on Monday.";
  const auto at_beach = events_of(beach, {expression_at(beach, "Monday", "2000-01-03")}, day(2000, 1, 20));
  REQUIRE(at_beach.size() == 1);
  CHECK(at_beach[0].places == std::vector<std::string>{"Miami Beach"});
  const std::string state = "The family met officials in Fla. on Monday.";
  const auto in_state = events_of(state, {expression_at(state, "Monday", "2000-01-03")}, day(2000, 1, 20));
  REQUIRE(in_state.size() == 1);
  CHECK(in_state[0].places == std::vector<std::string>{"Florida"});
  // The sentence's last dot is also the abbreviation's; the next sentence's name is no place.
  const std::string last = "On Monday the family met officials in Tampa, Fla. Sister Jeanne O'Laughlin said so.";
  const auto at_end = events_of(last, {expression_at(last, "Monday", "2000-01-03")}, day(2000, 1, 20));
  REQUIRE(at_end.size() == 1);
  CHECK(at_end[0].places == std::vector<std::string>{"Tampa", "Florida"});
}

TEST_CASE("a place after a place and a comma says where it is and is a place of the same event") {
  const std::string text =
      "The family met officials in Tampa, Florida, on Monday. The mayor visited Paris, France on Tuesday.";
  const auto events =
      events_of(text, {expression_at(text, "Monday", "2000-01-03"), expression_at(text, "Tuesday", "2000-01-04")},
                day(2000, 1, 20));
  REQUIRE(events.size() == 2);
  CHECK(events[0].places == std::vector<std::string>{"Tampa", "Florida"});
  CHECK(events[1].places == std::vector<std::string>{"Paris", "France"});
  CHECK(events[1].actors == std::vector<std::string>{"mayor"});
}

TEST_CASE("a date between a determiner and its noun dates the noun's event, or the verb when no other date does") {
  const std::string car = "Kopp's 1987 Chevrolet was discovered last month at the airport.";
  const auto discovered = events_of(
      car, {expression_at(car, "1987", "1987"), expression_at(car, "last month", "1998-12")}, day(1999, 1, 22));
  REQUIRE(discovered.size() == 1);
  CHECK(discovered[0].trigger == "was discovered");
  CHECK(discovered[0].time.text == "last month");

  const std::string blasts = "Officials hoped for aid where the Aug. 7 terrorist blasts killed 257 people.";
  const auto killed = events_of(blasts, {expression_at(blasts, "Aug. 7", "1998-08-07")}, day(1998, 8, 18));
  REQUIRE(killed.size() == 1);
  CHECK(killed[0].trigger == "blasts");
  CHECK(killed[0].type == "conflict");

  // With no event noun and no other date, the clause's verb keeps the date.
  const std::string loss = "Savin Corp. reported a third-quarter net loss of $35.2 million.";
  const auto reported = events_of(loss, {expression_at(loss, "third-quarter", "1989-Q3")}, day(1989, 11, 1));
  REQUIRE(reported.size() == 1);
  CHECK(reported[0].trigger == "reported");
}

TEST_CASE("one time said coarser and finer dates one event, on the finer date") {
  const std::string text = "The lower house approved the enlargement in early October this year.";
  const auto events = events_of(
      text, {expression_at(text, "early October", "1998-10", "START"), expression_at(text, "this year", "1998")},
      day(1998, 12, 3));
  REQUIRE(events.size() == 1);
  CHECK(events[0].time.text == "early October");

  // Two separate years are two events; "since" is no restatement of the years after it.
  const std::string years = "The alliance has expanded since 1949, in 1952 and in 1982.";
  const auto expanded = events_of(years,
                                  {expression_at(years, "1949", "1949", "", "since"),
                                   expression_at(years, "1952", "1952"), expression_at(years, "1982", "1982")},
                                  day(1999, 3, 12));
  CHECK(expanded.size() == 3);
}

TEST_CASE("a sentence of thousands of adverbs still yields its event") {
  // Every unit of such a sentence begins a verb group; runs of adverbs and auxiliaries are bounded
  // (predicates.cpp), so the sentence is read in time linear in its length (it took 8.6 s for 60 KB
  // under ASan before; events_bench measures speed, not this test).
  std::string text = "The council";
  for (int i = 0; i < 8000; ++i) text += " early";
  text += " approved the plan on January 29.";
  const auto events = events_of(text, {expression_at(text, "January 29", "2014-01-29")}, seed_dct);
  REQUIRE(events.size() == 1);
  CHECK(events[0].time.text == "January 29");
}

TEST_CASE("a dateline's place is written as a name and its news agency is no actor") {
  const std::string text =
      "WASHINGTON (AP) - President Bill Clinton met Prime Minister Benjamin Netanyahu on Monday "
      "in Washington.";
  const auto events = events_of(text, {expression_at(text, "Monday", "1998-08-10")}, day(1998, 8, 12));
  REQUIRE(events.size() == 1);
  CHECK(events[0].actors == std::vector<std::string>{"President Bill Clinton", "Prime Minister Benjamin Netanyahu"});
  CHECK(events[0].places == std::vector<std::string>{"Washington"});
}

TEST_CASE("a lower-case particle inside a foreign name keeps the name whole") {
  const std::string text = "Terrorist bombs killed 257 people in Nairobi and Dar es Salaam on Aug. 7.";
  const auto events = events_of(text, {expression_at(text, "Aug. 7", "1998-08-07")}, day(1998, 8, 18));
  REQUIRE(events.size() == 1);
  CHECK(events[0].places == std::vector<std::string>{"Nairobi", "Dar es Salaam"});
  CHECK(events[0].actors.empty());
}

TEST_CASE("a clause opened by 'When' names its subject without the 'When'") {
  const std::string text = "When Bulgaria joined the alliance in 1915, the front moved.";
  const auto events = events_of(text, {expression_at(text, "1915", "1915")}, day(2000, 1, 1));
  REQUIRE(events.size() == 1);
  CHECK(events[0].actors == std::vector<std::string>{"Bulgaria"});
}

TEST_CASE("a verb the lexicon does not know after shall or must is an obligation to come") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string transpose = "Member States shall transpose the directive by 31 December 2027.";
  const auto by_2027 = events_of(transpose, {expression_at(transpose, "31 December 2027", "2027-12-31")}, dct);
  INFO(describe(by_2027));
  const Event* obligation = find_event(by_2027, "transpose", "31 December 2027");
  REQUIRE(obligation);
  CHECK(obligation->status == EventStatus::planned);
  CHECK(obligation->type == "other");

  const std::string apply = "This Regulation shall apply from 2 August 2026.";
  const auto from_2026 = events_of(apply, {expression_at(apply, "2 August 2026", "2026-08-02")}, dct);
  INFO(describe(from_2026));
  REQUIRE(find_event(from_2026, "apply", "2 August 2026"));
  CHECK(find_event(from_2026, "apply", "2 August 2026")->status == EventStatus::planned);

  // "apply" and "comply" are verbs, not adverbs in -ly.
  const std::string comply = "Operators must comply with the rules by 2 August 2027.";
  const auto by_august = events_of(comply, {expression_at(comply, "2 August 2027", "2027-08-02")}, dct);
  INFO(describe(by_august));
  CHECK(find_event(by_august, "comply", "2 August 2027"));

  // After "must" too, over an adverb.
  const std::string must = "Banks must gradually reduce their exposure by 2028.";
  const auto by_2028 = events_of(must, {expression_at(must, "2028", "2028")}, dct);
  INFO(describe(by_2028));
  REQUIRE(find_event(by_2028, "reduce", "2028"));
  CHECK(find_event(by_2028, "reduce", "2028")->status == EventStatus::planned);

  // A negated obligation is no event.
  const std::string negated = "The rules shall not apply before 1 January 2027.";
  CHECK_FALSE(find_event(events_of(negated, {expression_at(negated, "1 January 2027", "2027-01-01")}, dct), "apply",
                         "1 January 2027"));
}
