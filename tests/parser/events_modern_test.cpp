// Event extraction on modern news and policy text: one-line paragraphs, travel and meeting verbs
// in their other senses, "that" clauses, changes of a level, ranges split across clauses. Time
// expressions are built by hand, so the event layer is tested on its own.
#include "events_test_support.hpp"

using namespace annalist;
using namespace annalist::test;

namespace {

const date::sys_days dct_2025 = day(2025, 3, 12);

}  // namespace

TEST_CASE("paragraphs of prose one line each that end in a date are body text, not a publication list") {
  const std::string text =
      "The ECB kept rates unchanged on Wednesday. Lagarde spoke after the meeting on Wednesday.\n\n"
      "The Federal Reserve will announce its own decision next Wednesday.\n\n"
      "The next monetary policy meeting is scheduled for 17 April.\n";
  const auto timexes = sorted(
      {expression_at(text, "Wednesday", "2025-03-12"), expression_at(text, "Wednesday", "2025-03-12", "", "", 50),
       expression_at(text, "next Wednesday", "2025-03-19"), expression_at(text, "17 April", "2025-04-17")});
  const DocumentStructure d = analyze_document(text, timexes);
  CHECK(d.chrome.empty());
  CHECK(d.sentences.size() == 4);
}

TEST_CASE("title-cased lines that end in a date still form a publication list") {
  const std::string text =
      "Paper, \"Energy and Security in the Caspian\", Policy Review, May 2, 2017\n\n"
      "Report, \"The Frozen Conflicts of the Region\", March 2017\n\n"
      "Book, \"Trade Corridors\", Joint Center Monograph, June 2016.\n";
  const auto timexes =
      sorted({expression_at(text, "May 2, 2017", "2017-05-02"), expression_at(text, "March 2017", "2017-03"),
              expression_at(text, "June 2016", "2016-06")});
  const DocumentStructure d = analyze_document(text, timexes);
  CHECK(d.chrome.size() == 3);
  CHECK(d.sentences.empty());
}

TEST_CASE("an event noun dated inside its noun phrase leaves a later date to the verb") {
  const std::string t = "The ECB will publish the accounts of Wednesday's meeting on 10 April.";
  const auto events =
      events_of(t, {expression_at(t, "Wednesday", "2025-03-12"), expression_at(t, "10 April", "2025-04-10")}, dct_2025);
  INFO(describe(events));
  CHECK(find_event(events, "publish", "10 April"));
  CHECK(find_event(events, "meeting", "Wednesday"));
  CHECK_FALSE(find_event(events, "meeting", "10 April"));
}

TEST_CASE("return is travel only towards a place or said of a traveller") {
  const std::string verdict = "The jury returned a verdict on Wednesday.";
  for (const Event& e : events_of(verdict, {expression_at(verdict, "Wednesday", "2025-03-12")}, dct_2025))
    CHECK(e.type != "visit");
  const std::string attention = "Public attention returned today to the federal judges.";
  CHECK(events_of(attention, {expression_at(attention, "today", "2025-03-12")}, dct_2025).empty());

  const std::string home = "He is due to return to New Delhi on Sunday.";
  const auto trip = events_of(home, {expression_at(home, "Sunday", "2025-03-16")}, dct_2025);
  INFO(describe(trip));
  const Event* back = find_event(trip, "return", "Sunday");
  REQUIRE(back);
  CHECK(back->type == "visit");
  CHECK(back->status == EventStatus::planned);
  CHECK(contains(back->places, "New Delhi"));

  const std::string sent = "The court ruled that the boy must be returned to his father by Jan. 14.";
  const auto sent_back = events_of(sent, {expression_at(sent, "Jan. 14", "2025-01-14")}, dct_2025);
  INFO(describe(sent_back));
  CHECK(find_event(sent_back, "returned", "Jan. 14"));
}

TEST_CASE("meet is a meeting, not meeting a target") {
  const std::string quota = "Refineries will have to meet a renewable hydrogen quota by 2030.";
  CHECK(events_of(quota, {expression_at(quota, "2030", "2030")}, dct_2025).empty());
  const std::string talks = "The foreign ministers will meet in Geneva in May.";
  const auto events = events_of(talks, {expression_at(talks, "May", "2025-05")}, dct_2025);
  INFO(describe(events));
  const Event* meet = find_event(events, "meet", "May");
  REQUIRE(meet);
  CHECK(meet->type == "visit");
}

TEST_CASE("'that' opens a relative clause before a verb and stays a determiner before a noun") {
  const std::string relative = "Officials visited the embassy that opened in May.";
  const auto opened = events_of(relative, {expression_at(relative, "May", "2024-05")}, dct_2025);
  INFO(describe(opened));
  const Event* embassy = find_event(opened, "opened", "May");
  REQUIRE(embassy);
  CHECK(embassy->type == "establishment");

  const std::string demonstrative = "The two countries signed that agreement in May.";
  const auto signed_ = events_of(demonstrative, {expression_at(demonstrative, "May", "2024-05")}, dct_2025);
  INFO(describe(signed_));
  CHECK(find_event(signed_, "signed that agreement", "May"));
}

TEST_CASE("'that' after a verb of saying reports a clause whose date is not the saying's") {
  const std::string t = "The World Food Programme warned that famine could spread across Darfur by August.";
  const auto events = events_of(t, {expression_at(t, "August", "2025-08")}, dct_2025);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "warned", "August"));
}

TEST_CASE("a relative clause without a known verb dates the event noun it describes") {
  const std::string t = "Kopp is a suspect in sniper shootings that injured doctors in November in Vancouver.";
  const auto events = events_of(t, {expression_at(t, "November", "1998-11")}, day(1999, 3, 1));
  INFO(describe(events));
  const Event* shootings = find_event(events, "shootings", "November");
  REQUIRE(shootings);
  CHECK(shootings->type == "conflict");
  CHECK(contains(shootings->places, "Vancouver"));
}

TEST_CASE("a change of a level is dated, the level it is compared with is not") {
  const std::string t = "Net income rose 11% to $5.8 million in the third quarter from $4 million a year earlier.";
  const auto events =
      events_of(t, {expression_at(t, "the third quarter", "1989-Q3"), expression_at(t, "a year earlier", "1988-Q3")},
                day(1989, 10, 30));
  INFO(describe(events));
  const Event* rose = find_event(events, "rose", "the third quarter");
  REQUIRE(rose);
  CHECK(rose->type == "economic");
  CHECK(rose->status == EventStatus::occurred);
  CHECK(events.size() == 1);

  const std::string year_ago = "Profit fell 6% to $20.6 million from $22 million in the year-ago period.";
  CHECK(events_of(year_ago, {expression_at(year_ago, "the year-ago period", "1988-Q3")}, day(1989, 10, 30)).empty());
}

TEST_CASE("a past tense spelt like its base needs no auxiliary") {
  const std::string t = "The council lowered rates in 2024 and cut again in January.";
  const auto events = events_of(t, {expression_at(t, "January", "2025-01")}, dct_2025);
  INFO(describe(events));
  const Event* cut = find_event(events, "cut", "January");
  REQUIRE(cut);
  CHECK(cut->type == "economic");
  CHECK(cut->status == EventStatus::occurred);
  const std::string planned = "The council will cut rates in April.";
  const auto later = events_of(planned, {expression_at(planned, "April", "2025-04")}, dct_2025);
  REQUIRE(find_event(later, "cut", "April"));
  CHECK(find_event(later, "cut", "April")->status == EventStatus::planned);
}

TEST_CASE("a gerund after a preposition is a verb, but not before its noun") {
  const std::string t = "The RSF besieged the city after seizing Nyala last year.";
  const auto events = events_of(t, {expression_at(t, "last year", "2024")}, dct_2025);
  INFO(describe(events));
  const Event* seizing = find_event(events, "seizing", "last year");
  REQUIRE(seizing);
  CHECK(seizing->type == "conflict");

  const std::string adjective = "The unit accounted for 71% of operating profit last year.";
  const auto profit = events_of(adjective, {expression_at(adjective, "last year", "2024")}, dct_2025);
  INFO(describe(profit));
  CHECK_FALSE(find_event(profit, "operating", "last year"));
}

TEST_CASE("a light verb that is also an event verb lends its tense to the event noun") {
  const std::string t = "The army launched air strikes on rebel positions on Tuesday.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "2025-03-11")}, dct_2025);
  INFO(describe(events));
  const Event* strikes = find_event(events, "launched air strikes", "Tuesday");
  REQUIRE(strikes);
  CHECK(strikes->type == "conflict");
  CHECK(strikes->status == EventStatus::occurred);
}

TEST_CASE("an event that began on one date and ended on another in the next clause spans both") {
  const std::string t = "The talks began in March and ended in June.";
  const auto events =
      events_of(t, {expression_at(t, "March", "2024-03"), expression_at(t, "June", "2024-06")}, dct_2025);
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  const Event& talks = events.front();
  CHECK(talks.trigger == "talks");
  CHECK(talks.time.text == "March and ended in June");
  CHECK(talks.time.interval.start == day(2024, 3, 1));
  CHECK(talks.time.interval.end == day(2024, 6, 30));
  CHECK(talks.status == EventStatus::occurred);

  // Another subject ends something else: two events.
  const std::string two = "The talks began in March and the summit ended in June.";
  const auto separate =
      events_of(two, {expression_at(two, "March", "2024-03"), expression_at(two, "June", "2024-06")}, dct_2025);
  INFO(describe(separate));
  const Event* talks_only = find_event(separate, "talks", "March");
  REQUIRE(talks_only);
  CHECK(talks_only->time.interval.end == day(2024, 3, 31));
}

TEST_CASE("a date after 'than' is the time compared with, not the event's") {
  const std::string t = "Analysts said the statement was more cautious than in January.";
  const auto events = events_of(t, {expression_at(t, "January", "2025-01")}, dct_2025);
  INFO(describe(events));
  CHECK(events.empty());
}

TEST_CASE("a hyphenated date after a preposition modifies its noun and leaves the verb to another date") {
  const std::string t = "Nordwind reported a 14 percent rise in fourth-quarter net profit on Thursday.";
  const auto events = events_of(
      t, {expression_at(t, "fourth-quarter", "2024-Q4"), expression_at(t, "Thursday", "2025-02-06")}, dct_2025);
  INFO(describe(events));
  CHECK(find_event(events, "reported", "Thursday"));
  CHECK_FALSE(find_event(events, "reported", "fourth-quarter"));
}

TEST_CASE("a past verb the lexicon does not know is an event right after its subject") {
  const std::string t = "The regulator designated its first firms in October.";
  const auto events = events_of(t, {expression_at(t, "October", "2024-10")}, dct_2025);
  INFO(describe(events));
  const Event* designated = find_event(events, "designated", "October");
  REQUIRE(designated);
  CHECK(designated->type == "other");
  CHECK(designated->status == EventStatus::occurred);

  // A participle before "by", one before an infinitive and one after a determiner are none.
  const std::string polled = "Economists polled by Reuters in March expect a cut.";
  CHECK(events_of(polled, {expression_at(polled, "March", "2025-03")}, dct_2025).empty());
  const std::string declined = "Police officials declined to comment on Saturday.";
  CHECK_FALSE(find_event(events_of(declined, {expression_at(declined, "Saturday", "2025-03-08")}, dct_2025), "declined",
                         "Saturday"));
  const std::string adjective = "The reduced dividend is payable to stock of record Dec. 15.";
  CHECK(events_of(adjective, {expression_at(adjective, "Dec. 15", "2024-12-15")}, dct_2025).empty());
}

TEST_CASE("an unknown verb said of an event noun leaves the date to the noun") {
  const std::string t = "The blast in Nairobi occurred at 10:35 a.m.";
  const auto events = events_of(t, {expression_at(t, "10:35 a.m.", "1998-08-07T10:35")}, day(1998, 8, 8));
  INFO(describe(events));
  const Event* blast = find_event(events, "blast", "10:35 a.m.");
  REQUIRE(blast);
  CHECK(blast->type == "conflict");
  CHECK_FALSE(find_event(events, "occurred", "10:35 a.m."));
}

TEST_CASE("a year-ago level after 'from' or 'versus' dates no event") {
  const std::string t =
      "Delta posted net income of $133.1 million, up from $100 million, or $2.03 a share, a year earlier.";
  CHECK(events_of(t, {expression_at(t, "a year earlier", "1988-Q3")}, day(1989, 10, 30)).empty());
  const std::string versus =
      "Citadel posted a net loss of $2.3 million, versus net income of $5.3 million, or $1.61 a share, a year earlier.";
  CHECK(events_of(versus, {expression_at(versus, "a year earlier", "1988-Q3")}, day(1989, 10, 30)).empty());
  const std::string year_ago = "Year-earlier results included an extraordinary gain.";
  CHECK(events_of(year_ago, {expression_at(year_ago, "Year-earlier", "1988-Q3")}, day(1989, 10, 30)).empty());
}

TEST_CASE("a capitalised term such as GDP or CEO is no actor") {
  const std::string t = "NATO said allies should reach 3 percent of GDP before the summit in June.";
  const auto events = events_of(t, {expression_at(t, "June", "2025-06")}, dct_2025);
  INFO(describe(events));
  REQUIRE_FALSE(events.empty());
  for (const Event& e : events) {
    CHECK(std::find(e.actors.begin(), e.actors.end(), "GDP") == e.actors.end());
  }
  const std::string ceo = "The CEO resigned on Tuesday.";
  for (const Event& e : events_of(ceo, {expression_at(ceo, "Tuesday", "2025-03-11")}, dct_2025))
    CHECK(e.actors.empty());
}

TEST_CASE("a header line naming its issuer or dateline before the date gives the document date") {
  CHECK(find_document_date("Ministry of Finance, March 2024\n\nBudget outlook\n") == day(2024, 3, 1));
  CHECK(find_document_date("Office for the Coordination of Humanitarian Affairs, 29 August 2024\n\nText.\n") ==
        day(2024, 8, 29));
  CHECK(find_document_date("Title\n\nCOLUMBUS, Ohio, June 12, 2024 /PRNewswire/ -- Northwind Robotics Inc. today "
                           "announced that it has signed a definitive agreement.\n") == day(2024, 6, 12));
  CHECK(find_document_date("Title\n\nWarsaw, 7 March 2024\n\nThe Sejm passed a bill.\n") == day(2024, 3, 7));
  // A sentence that mentions a date is no header line, nor is a month without its year.
  CHECK_FALSE(find_document_date("The ministry said on Tuesday, March 5, 2024, that it would act.\n"));
  CHECK_FALSE(find_document_date("March 2024 was the warmest month on record in Europe since 1950.\n"));
  CHECK_FALSE(find_document_date("Ministry of Finance, March\n\nText.\n"));
}

TEST_CASE("an irregular past verb the lexicon does not know is an event after its subject") {
  const std::string t = "The ruling coalition kept its majority on Sunday.";
  const auto events = events_of(t, {expression_at(t, "Sunday", "2025-03-09")}, dct_2025);
  INFO(describe(events));
  const Event* kept = find_event(events, "kept", "Sunday");
  REQUIRE(kept);
  CHECK(kept->type == "other");
  CHECK(kept->status == EventStatus::occurred);
  // A participle before its noun is an adjective, not the verb of the clause.
  const std::string broken = "The broken pipeline was repaired on Monday.";
  const auto repaired = events_of(broken, {expression_at(broken, "Monday", "2025-03-10")}, dct_2025);
  INFO(describe(repaired));
  CHECK(find_event(repaired, "was repaired", "Monday"));
  CHECK_FALSE(find_event(repaired, "broken", "Monday"));
  // "the left" is no past verb.
  const std::string left = "Voters on the left stayed home on Sunday.";
  const auto stayed = events_of(left, {expression_at(left, "Sunday", "2025-03-09")}, dct_2025);
  INFO(describe(stayed));
  CHECK(find_event(stayed, "stayed", "Sunday"));
  for (const Event& e : stayed) CHECK(e.trigger != "left");
  // After its subject it is one.
  const std::string envoy = "The special envoy left Monday for talks in Damascus.";
  const auto departed = events_of(envoy, {expression_at(envoy, "Monday", "2025-03-10")}, dct_2025);
  INFO(describe(departed));
  CHECK(find_event(departed, "left", "Monday"));
}

TEST_CASE("a light verb without an event noun is a past verb of its own") {
  const std::string t = "The central bank held its key rate at 5 percent on Tuesday.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "2025-03-11")}, dct_2025);
  INFO(describe(events));
  const Event* held = find_event(events, "held", "Tuesday");
  REQUIRE(held);
  CHECK(held->status == EventStatus::occurred);
  const std::string talks = "The minister held talks with unions on Friday.";
  const auto meeting = events_of(talks, {expression_at(talks, "Friday", "2025-03-07")}, dct_2025);
  INFO(describe(meeting));
  const Event* held_talks = find_event(meeting, "held talks", "Friday");
  REQUIRE(held_talks);
  CHECK(held_talks->type == "visit");
}

TEST_CASE("verbs without FORMS are inflected by rule, irregular verbs and doubled consonants included") {
  EventLexicon lexicon;
  lexicon.add_entries("verb\tconflict\tshoot\nverb\teconomic\tban\nverb\tvisit\tvisit\n", "test.tsv");
  auto reads = [&](const std::string& surface, EventLexicon::Trigger::Form form) {
    const auto it = lexicon.triggers.find(surface);
    return it != lexicon.triggers.end() &&
           std::any_of(it->second.begin(), it->second.end(), [&](const auto& r) { return r.form == form; });
  };
  using Form = EventLexicon::Trigger::Form;
  CHECK(reads("shot", Form::past_or_participle));
  CHECK(reads("shooting", Form::gerund));
  CHECK_FALSE(reads("shooted", Form::past_or_participle));
  CHECK(reads("banned", Form::past_or_participle));
  CHECK(reads("banning", Form::gerund));
  CHECK(reads("visited", Form::past_or_participle));  // two syllables: no doubling
  CHECK_FALSE(reads("visitted", Form::past_or_participle));
}

TEST_CASE("a date after the object of a past verb dates the verb, as TimeBank links it") {
  const std::string t = "Brussels welcomed the vote on Thursday.";
  const auto events = events_of(t, {expression_at(t, "Thursday", "2025-03-06")}, dct_2025);
  INFO(describe(events));
  const Event* welcomed = find_event(events, "welcomed", "Thursday");
  REQUIRE(welcomed);
  CHECK(welcomed->status == EventStatus::occurred);
  CHECK_FALSE(find_event(events, "vote", "Thursday"));
  const std::string attack = "The World Health Organization condemned the attack on 12 August.";
  const auto condemned = events_of(attack, {expression_at(attack, "12 August", "2024-08-12")}, day(2024, 8, 29));
  INFO(describe(condemned));
  CHECK(find_event(condemned, "condemned", "12 August"));
  CHECK_FALSE(find_event(condemned, "attack", "12 August"));
  // A date after the DCT cannot date a past verb: the announced summit is what it dates.
  const std::string summit = "The government announced a summit in June.";
  const auto planned = events_of(summit, {expression_at(summit, "June", "2025-06")}, dct_2025);
  INFO(describe(planned));
  const Event* meeting = find_event(planned, "summit", "June");
  REQUIRE(meeting);
  CHECK(meeting->status == EventStatus::planned);
  // A future verb leaves the date to its object: "will debate the bill in April".
  const std::string future = "The Senate will hold a vote on the bill in April.";
  CHECK(find_event(events_of(future, {expression_at(future, "April", "2025-04")}, dct_2025), "vote", "April"));
}

TEST_CASE("a people's plural and adjective name its country as one actor") {
  const std::string t =
      "On July 12, 1943, the Soviets launched an offensive, and Soviet forces took Kursk on August 5.";
  const auto events = events_of(
      t, {expression_at(t, "July 12, 1943", "1943-07-12"), expression_at(t, "August 5", "1943-08-05")}, dct_2025);
  INFO(describe(events));
  const Event* launched = find_event(events, "launched an offensive", "July 12, 1943");
  REQUIRE(launched);
  CHECK(launched->actors == std::vector<std::string>{"Soviet Union"});
  const Event* took = find_event(events, "took", "August 5");
  REQUIRE(took);
  CHECK(contains(took->actors, "Soviet Union"));
  CHECK_FALSE(contains(took->actors, "Soviet"));
  const std::string italians = "In the summer of 1916, the Italians captured the town of Gorizia.";
  const auto captured = events_of(italians, {expression_at(italians, "the summer of 1916", "1916-SU")}, dct_2025);
  INFO(describe(captured));
  REQUIRE_FALSE(captured.empty());
  CHECK(captured.front().actors == std::vector<std::string>{"Italy"});
}

TEST_CASE("what a siege or blockade is of is where it happens, not an actor") {
  const std::string t = "Italy began a siege of Malta in June 1940.";
  const auto events = events_of(t, {expression_at(t, "June 1940", "1940-06")}, dct_2025);
  INFO(describe(events));
  const Event* siege = find_event(events, "siege", "June 1940");
  REQUIRE(siege);
  CHECK(contains(siege->places, "Malta"));
  CHECK_FALSE(contains(siege->actors, "Malta"));
  CHECK(contains(siege->actors, "Italy"));
  // The object of an attack verb stays a participant ("Russia invaded Ukraine").
  const std::string invaded = "Germany invaded Poland on September 1, 1939.";
  const auto invasion = events_of(invaded, {expression_at(invaded, "September 1, 1939", "1939-09-01")}, dct_2025);
  INFO(describe(invasion));
  REQUIRE_FALSE(invasion.empty());
  CHECK(invasion.front().actors == std::vector<std::string>{"Germany", "Poland"});
}

TEST_CASE("a capital that says or does something is an actor, not a place") {
  const std::string t = "Beijing said on Monday that it would respond.";
  const auto events = events_of(t, {expression_at(t, "Monday", "2025-03-10")}, dct_2025);
  INFO(describe(events));
  const Event* said = find_event(events, "said", "Monday");
  REQUIRE(said);
  CHECK(contains(said->actors, "Beijing"));
  CHECK_FALSE(contains(said->places, "Beijing"));
  const std::string warned = "Washington on Friday warned against escalation.";
  const auto warning = events_of(warned, {expression_at(warned, "Friday", "2025-03-07")}, dct_2025);
  INFO(describe(warning));
  REQUIRE_FALSE(warning.empty());
  CHECK(contains(warning.front().actors, "Washington"));
  // Where something happens, the city stays a place.
  const std::string talks = "Talks were held in Beijing on Monday.";
  const auto held = events_of(talks, {expression_at(talks, "Monday", "2025-03-10")}, dct_2025);
  INFO(describe(held));
  REQUIRE_FALSE(held.empty());
  CHECK(contains(held.front().places, "Beijing"));
  CHECK_FALSE(contains(held.front().actors, "Beijing"));
}

TEST_CASE("the source of a report is no actor of what it reports") {
  const std::string t = "Investment in grids rose by 12 percent in 2023, according to the International Energy Agency.";
  const auto events = events_of(t, {expression_at(t, "2023", "2023")}, dct_2025);
  INFO(describe(events));
  const Event* rose = find_event(events, "rose", "2023");
  REQUIRE(rose);
  CHECK(rose->actors.empty());
  const std::string polled = "Economists polled by Reuters said on Monday that inflation would ease.";
  const auto said = events_of(polled, {expression_at(polled, "Monday", "2025-03-10")}, dct_2025);
  INFO(describe(said));
  REQUIRE_FALSE(said.empty());
  CHECK_FALSE(contains(said.front().actors, "Reuters"));
  // An agent after "by" in a passive is an actor.
  const std::string passed = "The bill was passed by the Senate on Tuesday.";
  const auto adoption = events_of(passed, {expression_at(passed, "Tuesday", "2025-03-11")}, dct_2025);
  INFO(describe(adoption));
  REQUIRE_FALSE(adoption.empty());
  CHECK(contains(adoption.front().actors, "Senate"));
}

TEST_CASE("a name of two capitalised words joined by 'and' opening a sentence is one name") {
  const std::string t = "Law and Justice leader Jaroslaw Kaczynski said on Friday that the party would appeal.";
  const auto events = events_of(t, {expression_at(t, "Friday", "2025-03-07")}, dct_2025);
  INFO(describe(events));
  REQUIRE_FALSE(events.empty());
  CHECK(contains(events.front().actors, "Law and Justice"));
  CHECK_FALSE(contains(events.front().actors, "Justice"));
  // A capitalised common word before "of" still opens the sentence, not the name.
  const std::string leaders = "Leaders of the Andean Trade Council met on Friday.";
  const auto met = events_of(leaders, {expression_at(leaders, "Friday", "2025-03-07")}, dct_2025);
  INFO(describe(met));
  REQUIRE_FALSE(met.empty());
  CHECK(contains(met.front().actors, "Andean Trade Council"));
}

TEST_CASE("a range split across clauses joins when no trigger names what began") {
  const std::string t = "The hearings began in January and ended in February.";
  const auto events =
      events_of(t, {expression_at(t, "January", "2025-01"), expression_at(t, "February", "2025-02")}, dct_2025);
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events.front().time.text == "January and ended in February");
  CHECK(events.front().status == EventStatus::occurred);
}

TEST_CASE("a dateline with a date before its agency names a place and no actor") {
  const std::string t =
      "RIO DE JANEIRO, Nov 19 (Reuters) - Leaders of the Group of 20 major economies agreed on Tuesday to act.";
  const auto events = events_of(
      t, {expression_at(t, "Nov 19", "2024-11-19"), expression_at(t, "Tuesday", "2024-11-19")}, day(2024, 11, 19));
  INFO(describe(events));
  const Event* agreed = find_event(events, "agreed", "Tuesday");
  REQUIRE(agreed);
  CHECK_FALSE(contains(agreed->actors, "Reuters"));
  CHECK_FALSE(contains(agreed->actors, "DE JANEIRO"));
  CHECK(contains(agreed->places, "Rio De Janeiro"));
}

TEST_CASE("an organisation named by the number of its members keeps the number in its name") {
  const std::string t = "Leaders of the Group of 20 major economies agreed on Tuesday to act.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "2025-03-11")}, dct_2025);
  INFO(describe(events));
  const Event* agreed = find_event(events, "agreed", "Tuesday");
  REQUIRE(agreed);
  CHECK(contains(agreed->actors, "Group of 20"));
  CHECK_FALSE(contains(agreed->actors, "Group"));
  // A number after a name that is no organisation counts something else.
  const std::string count = "Smith of 20 Main Street said on Tuesday that he would sell.";
  const auto said = events_of(count, {expression_at(count, "Tuesday", "2025-03-11")}, dct_2025);
  INFO(describe(said));
  REQUIRE_FALSE(said.empty());
  CHECK_FALSE(contains(said.front().actors, "Smith of 20"));
}

TEST_CASE("an adjective of nationality or faith before a noun is no actor") {
  const std::string t = "The alliance invited three eastern European countries on Friday to join it.";
  const auto events = events_of(t, {expression_at(t, "Friday", "2025-03-07")}, dct_2025);
  INFO(describe(events));
  REQUIRE_FALSE(events.empty());
  for (const Event& e : events) CHECK_FALSE(contains(e.actors, "European"));
  const std::string allies = "Their Republican allies objected on Friday.";
  const auto objected = events_of(allies, {expression_at(allies, "Friday", "2025-03-07")}, dct_2025);
  INFO(describe(objected));
  REQUIRE_FALSE(objected.empty());
  CHECK_FALSE(contains(objected.front().actors, "Republican"));
  // Said of a verb, the same word is a name: "Slepian" is a surname, "Republican" a person.
  const std::string person = "On Friday, Slepian testified.";
  const auto testified = events_of(person, {expression_at(person, "Friday", "2025-03-07")}, dct_2025);
  INFO(describe(testified));
  REQUIRE_FALSE(testified.empty());
  CHECK(contains(testified.front().actors, "Slepian"));
}

TEST_CASE("a simple past is not dated by a deadline in a later year") {
  const std::string t =
      "The bank should expand its lending programme, which it started in 2023, to 10 billion euros a year by 2027.";
  const auto events =
      events_of(t, {expression_at(t, "2023", "2023"), expression_at(t, "2027", "2027", "", "by")}, dct_2025);
  INFO(describe(events));
  CHECK(find_event(events, "started", "2023"));
  CHECK_FALSE(find_event(events, "started", "2027"));
  // A deadline already past, or in the document's own year, may have been met.
  const std::string met = "The ministry completed the review by 2024.";
  const auto completed = events_of(met, {expression_at(met, "2024", "2024", "", "by")}, dct_2025);
  INFO(describe(completed));
  CHECK(find_event(completed, "completed", "2024"));
  const std::string this_year = "The ministry completed the review by 2025.";
  const auto completed_now = events_of(this_year, {expression_at(this_year, "2025", "2025", "", "by")}, dct_2025);
  INFO(describe(completed_now));
  CHECK(find_event(completed_now, "completed", "2025"));
}

TEST_CASE("a name after 'verb the' is what was done, not who did it") {
  const std::string t = "The European Commission presented the Green Deal in December 2019.";
  const auto events = events_of(t, {expression_at(t, "December 2019", "2019-12")}, dct_2025);
  INFO(describe(events));
  const Event* presented = find_event(events, "presented", "December 2019");
  REQUIRE(presented);
  CHECK(contains(presented->actors, "European Commission"));
  CHECK_FALSE(contains(presented->actors, "Green Deal"));
  // A country after the verb is still a participant, and a name with no subject before it stays.
  const std::string invaded = "Russia invaded Ukraine in February 2022.";
  const auto invasion = events_of(invaded, {expression_at(invaded, "February 2022", "2022-02")}, dct_2025);
  INFO(describe(invasion));
  REQUIRE_FALSE(invasion.empty());
  CHECK(contains(invasion.front().actors, "Ukraine"));
  const std::string subject = "In May the Andean Trade Council met.";
  const auto met = events_of(subject, {expression_at(subject, "May", "2025-05")}, dct_2025);
  INFO(describe(met));
  REQUIRE_FALSE(met.empty());
  CHECK(contains(met.front().actors, "Andean Trade Council"));
}

TEST_CASE("a name of many words counts as one word between a verb and its date") {
  const std::string t =
      "The Commission will negotiate a Global Arrangement on Sustainable Steel and Aluminium with the United States "
      "by the end of 2024.";
  const auto events = events_of(t, {expression_at(t, "the end of 2024", "2024", "END", "by")}, dct_2025);
  INFO(describe(events));
  const Event* negotiate = find_event(events, "negotiate", "the end of 2024");
  REQUIRE(negotiate);
  CHECK(negotiate->status == EventStatus::planned);
  CHECK(contains(negotiate->actors, "Commission"));
  // As many plain words between still put the date out of the verb's reach.
  const std::string plain =
      "The Commission will negotiate a new and very long list of detailed technical rules for the sector with "
      "the United States by the end of 2024.";
  const auto far = events_of(plain, {expression_at(plain, "the end of 2024", "2024", "END", "by")}, dct_2025);
  INFO(describe(far));
  CHECK_FALSE(find_event(far, "negotiate", "the end of 2024"));
}

TEST_CASE("a light predicate passes its date to the event noun it is said of") {
  const std::string t = "The talks, first set for May, took place on June 20 in Geneva.";
  const auto events =
      events_of(t, {expression_at(t, "May", "2024-05"), expression_at(t, "June 20", "2024-06-20")}, dct_2025);
  INFO(describe(events));
  CHECK(find_event(events, "talks", "June 20"));
  CHECK_FALSE(find_event(events, "talks", "May"));
  const std::string held = "The summit, which was originally planned for March, was held on 12 April in Riga.";
  const auto summit = events_of(
      held, {expression_at(held, "March", "2024-03"), expression_at(held, "12 April", "2024-04-12")}, dct_2025);
  INFO(describe(summit));
  CHECK(find_event(summit, "summit", "12 April"));
  CHECK_FALSE(find_event(summit, "summit", "March"));
}

TEST_CASE("a date in an aside still dates the event noun when the main predicate has no date") {
  const std::string t = "The talks, first set for May, were held.";
  const auto events = events_of(t, {expression_at(t, "May", "2025-05")}, dct_2025);
  INFO(describe(events));
  CHECK(find_event(events, "talks", "May"));
  // A light predicate passes its date only over asides: another clause's event noun keeps its own.
  const std::string other = "Protests erupted in the capital, and the vote took place on June 20.";
  const auto vote = events_of(other, {expression_at(other, "June 20", "2024-06-20")}, dct_2025);
  INFO(describe(vote));
  CHECK(find_event(vote, "vote", "June 20"));
  CHECK_FALSE(find_event(vote, "Protests", "June 20"));
}

TEST_CASE("a participle after its noun keeps its own date and leaves later dates of another time") {
  const std::string t =
      "It will review the safeguard measures introduced in 2018 in June 2024 and propose new quotas in 2025.";
  const auto events = events_of(
      t, {expression_at(t, "2018", "2018"), expression_at(t, "June 2024", "2024-06"), expression_at(t, "2025", "2025")},
      day(2024, 1, 1));
  INFO(describe(events));
  CHECK(find_event(events, "introduced", "2018"));
  CHECK_FALSE(find_event(events, "introduced", "June 2024"));
  CHECK_FALSE(find_event(events, "introduced", "2025"));
  // A past verb after its subject is no participle of a noun: its dates stay its own.
  const std::string subject = "The regulator designated its first firms in October.";
  CHECK(find_event(events_of(subject, {expression_at(subject, "October", "2024-10")}, dct_2025), "designated",
                   "October"));
}

TEST_CASE("a past verb after an aside set off by commas has the subject before the aside") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string apposition = "Mario Marcel, the finance minister, resigned on Tuesday.";
  const auto marcel = events_of(apposition, {expression_at(apposition, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(marcel));
  const Event* resigned = find_event(marcel, "resigned", "Tuesday");
  REQUIRE(resigned);
  CHECK(resigned->status == EventStatus::occurred);
  CHECK(resigned->actors == std::vector<std::string>{"Mario Marcel"});
  const std::string role_first = "The finance minister, Mario Marcel, resigned on Tuesday.";
  const auto minister = events_of(role_first, {expression_at(role_first, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(minister));
  REQUIRE(find_event(minister, "resigned", "Tuesday"));
  CHECK(find_event(minister, "resigned", "Tuesday")->actors == std::vector<std::string>{"Mario Marcel"});
  const std::string participle = "The company, based in Austin, filed for bankruptcy on Monday.";
  const auto company = events_of(participle, {expression_at(participle, "Monday", "2025-11-17")}, dct);
  INFO(describe(company));
  const Event* filed = find_event(company, "filed", "Monday");
  REQUIRE(filed);
  CHECK(filed->status == EventStatus::occurred);
  CHECK_FALSE(find_event(company, "based", "Monday"));
  const std::string relative = "The central bank, which meets every six weeks, raised its key rate on Thursday.";
  const auto bank = events_of(relative, {expression_at(relative, "Thursday", "2025-11-20")}, dct);
  INFO(describe(bank));
  const Event* raised = find_event(bank, "raised", "Thursday");
  REQUIRE(raised);
  CHECK(raised->actors == std::vector<std::string>{"central bank"});
  // A list before the comma is no subject with an aside: "Paris, Rome, Berlin, ..." has none.
  const std::string list = "Shares rose in Paris, Rome and Berlin, lifted by the banks on Monday.";
  const auto shares = events_of(list, {expression_at(list, "Monday", "2025-11-17")}, dct);
  INFO(describe(shares));
  CHECK_FALSE(find_event(shares, "lifted", "Monday"));
}

TEST_CASE("a news conference is a statement, a meeting a visit") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "President Clinton spoke at a news conference Friday.";
  const auto events = events_of(t, {expression_at(t, "Friday", "2025-11-14")}, dct);
  INFO(describe(events));
  const Event* conference = find_event(events, "news conference", "Friday");
  REQUIRE(conference);
  CHECK(conference->type == "statement");
  const std::string meeting = "The government will hold an emergency meeting on Wednesday.";
  const auto held = events_of(meeting, {expression_at(meeting, "Wednesday", "2025-11-26")}, dct);
  INFO(describe(held));
  REQUIRE(find_event(held, "meeting", "Wednesday"));
  CHECK(find_event(held, "meeting", "Wednesday")->type == "visit");
}

TEST_CASE("a verb of ending after an aside dates the event noun before the aside") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "The summit, attended by 40 leaders, ended on Friday.";
  const auto events = events_of(t, {expression_at(t, "Friday", "2025-11-14")}, dct);
  INFO(describe(events));
  const Event* summit = find_event(events, "summit", "Friday");
  REQUIRE(summit);
  CHECK(summit->type == "visit");
  CHECK(summit->status == EventStatus::occurred);
  CHECK(events.size() == 1);
  // The aside's own verb does not hide the noun: the vote took place on Sunday.
  const std::string vote = "The vote, delayed twice since August, took place on Sunday.";
  const auto voted = events_of(
      vote, {expression_at(vote, "August", "2025-08", "", "since"), expression_at(vote, "Sunday", "2025-11-16")}, dct);
  INFO(describe(voted));
  CHECK(find_event(voted, "vote", "Sunday"));
}

TEST_CASE("a light predicate said of a noun no trigger names is the event") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "The first round was held on November 16, and the runoff is scheduled for December 14.";
  const auto events =
      events_of(t, {expression_at(t, "November 16", "2025-11-16"), expression_at(t, "December 14", "2025-12-14")}, dct);
  INFO(describe(events));
  const Event* round = find_event(events, "first round was held", "November 16");
  REQUIRE(round);
  CHECK(round->type == "other");
  CHECK(round->status == EventStatus::occurred);
  const Event* runoff = find_event(events, "runoff", "December 14");
  REQUIRE(runoff);
  CHECK(runoff->status == EventStatus::planned);
  const std::string place = "The ceremony took place on Saturday in Lima.";
  const auto ceremony = events_of(place, {expression_at(place, "Saturday", "2025-11-15")}, dct);
  INFO(describe(ceremony));
  REQUIRE(find_event(ceremony, "ceremony took place", "Saturday"));
  CHECK(find_event(ceremony, "ceremony took place", "Saturday")->places == std::vector<std::string>{"Lima"});
  // An event noun keeps the date: "The election was held" is the election.
  const std::string election = "The election was held on October 26.";
  const auto elected = events_of(election, {expression_at(election, "October 26", "2025-10-26")}, dct);
  INFO(describe(elected));
  REQUIRE(elected.size() == 1);
  CHECK(elected[0].trigger == "election");
}

TEST_CASE("a role is who acted when no name is given") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "On Tuesday, the finance minister resigned.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "resigned", "Tuesday"));
  CHECK(find_event(events, "resigned", "Tuesday")->actors == std::vector<std::string>{"finance minister"});
  const std::string police = "The interior minister said police had detained 12 people on Sunday.";
  const auto detained = events_of(police, {expression_at(police, "Sunday", "2025-11-16")}, dct);
  INFO(describe(detained));
  REQUIRE(find_event(detained, "detained", "Sunday"));
  CHECK(find_event(detained, "detained", "Sunday")->actors == std::vector<std::string>{"police"});
  // The object is no actor, and a title before a name is that person's.
  const std::string object = "Police arrested the finance minister on Saturday.";
  const auto arrested = events_of(object, {expression_at(object, "Saturday", "2025-11-15")}, dct);
  INFO(describe(arrested));
  REQUIRE(find_event(arrested, "arrested", "Saturday"));
  CHECK(find_event(arrested, "arrested", "Saturday")->actors == std::vector<std::string>{"police"});
  const std::string named = "The president and the prime minister met on Friday.";
  const auto met = events_of(named, {expression_at(named, "Friday", "2025-11-14")}, dct);
  INFO(describe(met));
  REQUIRE(find_event(met, "met", "Friday"));
  CHECK(find_event(met, "met", "Friday")->actors == std::vector<std::string>{"president", "prime minister"});
  // Beside a name, a role joined by "and" is an actor too.
  const std::string talks = "Talks between the government and Mapuche leaders are scheduled to resume in January.";
  const auto resume = events_of(talks, {expression_at(talks, "January", "2026-01")}, dct);
  INFO(describe(resume));
  REQUIRE(resume.size() == 1);
  CHECK(contains(resume[0].actors, "government"));
  CHECK(contains(resume[0].actors, "Mapuche"));
}

TEST_CASE("a clause that opens with a past verb after an aside has its subject before the aside") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "Peru's Congress, controlled by the opposition, removed President Dina Boluarte on October 10.";
  const auto events = events_of(t, {expression_at(t, "October 10", "2025-10-10")}, dct);
  INFO(describe(events));
  const Event* removed = find_event(events, "removed", "October 10");
  REQUIRE(removed);
  CHECK(removed->actors == std::vector<std::string>{"Peru", "President Dina Boluarte"});
}

TEST_CASE("a relative clause after a common noun takes no actor from a name inside its noun phrase") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t =
      "The trial of former president Sebastian Pinera's adviser, which opened in September, is expected to end in "
      "December.";
  const auto events =
      events_of(t, {expression_at(t, "September", "2025-09"), expression_at(t, "December", "2025-12")}, dct);
  INFO(describe(events));
  const Event* opened = find_event(events, "opened", "September");
  REQUIRE(opened);
  CHECK(opened->actors.empty());
  const std::string role = "The ministry, which announced the cuts on Wednesday, did not give details.";
  const auto announced = events_of(role, {expression_at(role, "Wednesday", "2025-11-19")}, dct);
  INFO(describe(announced));
  REQUIRE(find_event(announced, "announced", "Wednesday"));
  CHECK(find_event(announced, "announced", "Wednesday")->actors == std::vector<std::string>{"ministry"});
}

TEST_CASE("a future verb is dated by a date after its object") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "The board will review the proposal in March.";
  const auto events = events_of(t, {expression_at(t, "March", "2026-03")}, dct);
  INFO(describe(events));
  const Event* review = find_event(events, "review", "March");
  REQUIRE(review);
  CHECK(review->status == EventStatus::planned);
  CHECK(review->actors == std::vector<std::string>{"board"});
  CHECK_FALSE(find_event(events, "proposal", "March"));
  // A past verb cannot happen after the DCT: the date stays its object's.
  const std::string past = "The ministry announced a summit in June.";
  const auto summit = events_of(past, {expression_at(past, "June", "2026-06")}, dct);
  INFO(describe(summit));
  CHECK(find_event(summit, "summit", "June"));
}

TEST_CASE("an event noun after without did not happen") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "The meeting, chaired by the prime minister, ended without agreement on Monday.";
  const auto events = events_of(t, {expression_at(t, "Monday", "2025-11-17")}, dct);
  INFO(describe(events));
  CHECK(find_event(events, "meeting", "Monday"));
  CHECK_FALSE(find_event(events, "agreement", "Monday"));
}

TEST_CASE("a date that ends a participle aside before the verb dates the verb") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "Mr Lula, speaking in Belem on Monday, said the fund would be launched in 2026.";
  const auto events = events_of(t, {expression_at(t, "Monday", "2025-11-17"), expression_at(t, "2026", "2026")}, dct);
  INFO(describe(events));
  CHECK(find_event(events, "said", "Monday"));
  CHECK(find_event(events, "launched", "2026"));
}

TEST_CASE("a capitalised word whose 's owns nothing is a name ending in 's") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "Moody's, the rating agency, downgraded the bonds on Friday.";
  const auto events = events_of(t, {expression_at(t, "Friday", "2025-11-14")}, dct);
  INFO(describe(events));
  const Event* downgraded = find_event(events, "downgraded", "Friday");
  REQUIRE(downgraded);
  CHECK(downgraded->actors == std::vector<std::string>{"Moody's"});
  const std::string plain = "On Friday, Moody's downgraded the bonds.";
  const auto again = events_of(plain, {expression_at(plain, "Friday", "2025-11-14")}, dct);
  INFO(describe(again));
  REQUIRE(find_event(again, "downgraded", "Friday"));
  CHECK(find_event(again, "downgraded", "Friday")->actors == std::vector<std::string>{"Moody's"});
}

TEST_CASE("an event noun before an aside with a passive agent was led by that agent") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "The summit, chaired by the prime minister, ended on Friday.";
  const auto events = events_of(t, {expression_at(t, "Friday", "2025-11-14")}, dct);
  INFO(describe(events));
  const Event* summit = find_event(events, "summit", "Friday");
  REQUIRE(summit);
  CHECK(summit->actors == std::vector<std::string>{"prime minister"});
  // Without "by" the aside names no one who acted.
  const std::string attended = "The summit, attended by 40 leaders, ended on Friday.";
  const auto other = events_of(attended, {expression_at(attended, "Friday", "2025-11-14")}, dct);
  INFO(describe(other));
  REQUIRE(find_event(other, "summit", "Friday"));
  CHECK(find_event(other, "summit", "Friday")->actors.empty());
}

TEST_CASE("an aside's date of an event noun that was called off dates nothing") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "The talks, first set for May, were postponed on Friday.";
  const auto events = events_of(t, {expression_at(t, "May", "2025-05"), expression_at(t, "Friday", "2025-11-14")}, dct);
  INFO(describe(events));
  CHECK(find_event(events, "postponed", "Friday"));
  CHECK_FALSE(find_event(events, "talks", "May"));
  CHECK(events.size() == 1);
  const std::string undated = "The election, originally scheduled for March, was cancelled.";
  const auto none = events_of(undated, {expression_at(undated, "March", "2025-03")}, dct);
  INFO(describe(none));
  CHECK(none.empty());
}

TEST_CASE("a year after 'the' names a thing of that year, not the time of the verb") {
  const date::sys_days dct = day(2000, 1, 7);
  const std::string t = "A 1996 law strengthened the 1959 trade embargo against Cuba.";
  const auto events = events_of(t, {expression_at(t, "1996", "1996"), expression_at(t, "1959", "1959")}, dct);
  INFO(describe(events));
  CHECK_FALSE(find_event(events, "strengthened", "1959"));
}

TEST_CASE("a relative clause after the object of a past verb has the verb's subject as actor") {
  const date::sys_days dct = day(1999, 5, 5);
  const std::string t = "Officials said that James Kopp fired the shots that killed a doctor last October.";
  const auto events = events_of(t, {expression_at(t, "last October", "1998-10")}, dct);
  INFO(describe(events));
  const Event* killed = find_event(events, "killed", "last October");
  REQUIRE(killed);
  CHECK(killed->actors == std::vector<std::string>{"James Kopp"});
}

TEST_CASE("a reported clause whose subject is an indefinite common noun takes no actor from the reporter") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "Intel said that a customer discovered the flaw on Monday.";
  const auto events = events_of(t, {expression_at(t, "Monday", "2025-11-17")}, dct);
  INFO(describe(events));
  const Event* discovered = find_event(events, "discovered", "Monday");
  REQUIRE(discovered);
  CHECK(discovered->actors.empty());
  const std::string protesters = "Kenya said that some protesters attacked a police station on Saturday.";
  const auto attacked = events_of(protesters, {expression_at(protesters, "Saturday", "2025-11-15")}, dct);
  INFO(describe(attacked));
  REQUIRE(find_event(attacked, "attacked", "Saturday"));
  CHECK(find_event(attacked, "attacked", "Saturday")->actors.empty());
  const std::string later = "Intel said that last week a customer discovered two flaws in its chip.";
  const auto found = events_of(later, {expression_at(later, "last week", "2025-W46")}, dct);
  INFO(describe(found));
  REQUIRE(find_event(found, "discovered", "last week"));
  CHECK(find_event(found, "discovered", "last week")->actors.empty());
  // "it", "the" and a possessive pronoun may refer back to the reporter.
  const std::string automaker = "Toyota said that the automaker recalled 1,000 cars on Monday.";
  const auto recalled = events_of(automaker, {expression_at(automaker, "Monday", "2025-11-17")}, dct);
  INFO(describe(recalled));
  REQUIRE(find_event(recalled, "recalled", "Monday"));
  CHECK(find_event(recalled, "recalled", "Monday")->actors == std::vector<std::string>{"Toyota"});
  const std::string it = "Microsoft said that it would open a new office in Dublin in March.";
  const auto open = events_of(it, {expression_at(it, "March", "2026-03")}, dct);
  INFO(describe(open));
  REQUIRE(find_event(open, "open", "March"));
  CHECK(find_event(open, "open", "March")->actors == std::vector<std::string>{"Microsoft"});
  const std::string father =
      "Gregory Craig, attorney for Elian's father Juan Miguel Gonzalez, announced in Washington that the father "
      "would be traveling to the United States Thursday.";
  const auto traveling = events_of(father, {expression_at(father, "Thursday", "2000-04-06")}, day(2000, 4, 5));
  INFO(describe(traveling));
  REQUIRE(find_event(traveling, "traveling", "Thursday"));
  CHECK(find_event(traveling, "traveling", "Thursday")->actors == std::vector<std::string>{"Juan Miguel Gonzalez"});
}

TEST_CASE("a jury, a judge, the opposition and rebels are roles that act") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string jury = "A jury convicted the former mayor of fraud on Wednesday.";
  const auto convicted = events_of(jury, {expression_at(jury, "Wednesday", "2025-11-19")}, dct);
  INFO(describe(convicted));
  REQUIRE(find_event(convicted, "convicted", "Wednesday"));
  CHECK(find_event(convicted, "convicted", "Wednesday")->actors == std::vector<std::string>{"jury"});
  const std::string judge = "A federal judge in Boston blocked the order on Tuesday.";
  const auto blocked = events_of(judge, {expression_at(judge, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(blocked));
  REQUIRE(find_event(blocked, "blocked", "Tuesday"));
  CHECK(find_event(blocked, "blocked", "Tuesday")->actors == std::vector<std::string>{"judge"});
  const std::string rebels = "Rebels seized the airport on Saturday.";
  const auto seized = events_of(rebels, {expression_at(rebels, "Saturday", "2025-11-15")}, dct);
  INFO(describe(seized));
  REQUIRE(find_event(seized, "seized", "Saturday"));
  CHECK(find_event(seized, "seized", "Saturday")->actors == std::vector<std::string>{"rebels"});
}

TEST_CASE("a relative clause after 'one of' a noun in apposition to a name is said of the name") {
  const date::sys_days dct = day(2000, 4, 3);
  const std::string t = "said Ana Bonnin, one of about 100 exiles who practiced forming a human chain Monday.";
  const auto events = events_of(t, {expression_at(t, "Monday", "2000-04-03")}, dct);
  INFO(describe(events));
  const Event* forming = find_event(events, "forming", "Monday");
  REQUIRE(forming);
  CHECK(forming->actors == std::vector<std::string>{"Ana Bonnin"});
}

TEST_CASE("a date after 'for' dates the event noun before it") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "The prime minister called a snap election for February 8.";
  const auto events = events_of(t, {expression_at(t, "February 8", "2026-02-08")}, dct);
  INFO(describe(events));
  const Event* election = find_event(events, "election", "February 8");
  REQUIRE(election);
  CHECK(election->status == EventStatus::planned);
  // A noun no trigger names still covers the period: "a loss for the third quarter".
  const std::string loss = "The company reported a loss for the third quarter.";
  const auto reported = events_of(loss, {expression_at(loss, "the third quarter", "2025-Q3")}, dct);
  INFO(describe(reported));
  CHECK(reported.empty());
}

TEST_CASE("a short regular past such as died is a past verb") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "The author, 92, died at her home on Sunday.";
  const auto events = events_of(t, {expression_at(t, "Sunday", "2025-11-16")}, dct);
  INFO(describe(events));
  const Event* died = find_event(events, "died", "Sunday");
  REQUIRE(died);
  CHECK(died->status == EventStatus::occurred);
}

TEST_CASE("a verb said of a disaster noun is one disaster event whose countries are its places") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string quake = "An earthquake struck central Myanmar on Friday, killing at least 30 people.";
  const auto struck = events_of(quake, {expression_at(quake, "Friday", "2025-11-14")}, dct);
  INFO(describe(struck));
  REQUIRE(struck.size() == 1);
  CHECK(struck[0].trigger == "earthquake struck");
  CHECK(struck[0].type == "disaster");
  CHECK(struck[0].actors.empty());
  CHECK(struck[0].places == std::vector<std::string>{"Myanmar"});

  const std::string floods = "Floods killed 40 people in central Vietnam on Monday.";
  const auto killed = events_of(floods, {expression_at(floods, "Monday", "2025-11-17")}, dct);
  INFO(describe(killed));
  REQUIRE(killed.size() == 1);
  CHECK(killed[0].trigger == "Floods killed");
  CHECK(killed[0].type == "disaster");
  CHECK(killed[0].actors.empty());
  CHECK(killed[0].places == std::vector<std::string>{"Vietnam"});

  // Across an aside the verb is the disaster's too.
  const std::string rain = "Floods, triggered by heavy rain, killed 40 people in Vietnam on Monday.";
  const auto after_aside = events_of(rain, {expression_at(rain, "Monday", "2025-11-17")}, dct);
  INFO(describe(after_aside));
  REQUIRE(after_aside.size() == 1);
  CHECK(after_aside[0].trigger == "killed");
  CHECK(after_aside[0].type == "disaster");
  CHECK(after_aside[0].places == std::vector<std::string>{"Vietnam"});

  // A verb the lexicon does not know leaves the date to the disaster noun, and its past tense.
  const std::string slide = "A landslide buried a village in Indonesia on Thursday.";
  const auto buried = events_of(slide, {expression_at(slide, "Thursday", "2025-11-20")}, dct);
  INFO(describe(buried));
  REQUIRE(buried.size() == 1);
  CHECK(buried[0].trigger == "landslide");
  CHECK(buried[0].type == "disaster");
  CHECK(buried[0].status == EventStatus::occurred);
  CHECK(buried[0].places == std::vector<std::string>{"Indonesia"});
}

TEST_CASE("a base form after a common noun with no verb before it is the noun of a compound") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string drone = "A drone attack on the port on Friday killed two people.";
  const auto attack = events_of(drone, {expression_at(drone, "Friday", "2025-11-14")}, dct);
  INFO(describe(attack));
  REQUIRE(attack.size() == 1);
  CHECK(attack[0].trigger == "attack");
  CHECK(attack[0].type == "conflict");
  CHECK(attack[0].status == EventStatus::occurred);
  const std::string missile = "A missile strike on Odesa on Sunday damaged the port.";
  const auto strike = events_of(missile, {expression_at(missile, "Sunday", "2025-11-16")}, dct);
  INFO(describe(strike));
  REQUIRE(strike.size() == 1);
  CHECK(strike[0].trigger == "strike");
  CHECK(strike[0].type == "conflict");
}

TEST_CASE("a court hears a case and a concession of defeat is the event") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string court = "The Supreme Court will hear the case on Monday.";
  const auto hear = events_of(court, {expression_at(court, "Monday", "2025-11-24")}, dct);
  INFO(describe(hear));
  REQUIRE(hear.size() == 1);
  CHECK(hear[0].trigger == "hear the case");
  CHECK(hear[0].status == EventStatus::planned);
  CHECK(hear[0].actors == std::vector<std::string>{"Supreme Court"});

  const std::string concede = "The president, elected in 2022, conceded defeat on Sunday.";
  const auto conceded =
      events_of(concede, {expression_at(concede, "2022", "2022"), expression_at(concede, "Sunday", "2025-11-16")}, dct);
  INFO(describe(conceded));
  const Event* defeat = find_event(conceded, "conceded defeat", "Sunday");
  REQUIRE(defeat);
  CHECK(defeat->type == "election");
  CHECK(defeat->status == EventStatus::occurred);
  CHECK(defeat->actors == std::vector<std::string>{"president"});
}

TEST_CASE("a count of times before 'since' dates nothing") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string twice = "The referendum has been postponed twice since August.";
  const auto postponed = events_of(twice, {expression_at(twice, "August", "2025-08", "", "since")}, dct);
  INFO(describe(postponed));
  CHECK(postponed.empty());
  const std::string held = "The vote, postponed twice since August, was held on Sunday.";
  const auto vote = events_of(
      held, {expression_at(held, "August", "2025-08", "", "since"), expression_at(held, "Sunday", "2025-11-16")}, dct);
  INFO(describe(vote));
  REQUIRE(vote.size() == 1);
  CHECK(vote[0].time.text == "Sunday");
}

TEST_CASE("he, she and they as subject stand for the person or organisation named last") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string doe = "Finance Minister Jane Doe presented the budget in May. She resigned on Tuesday.";
  const auto resigned =
      events_of(doe, {expression_at(doe, "May", "2025-05"), expression_at(doe, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(resigned));
  REQUIRE(find_event(resigned, "resigned", "Tuesday"));
  CHECK(find_event(resigned, "resigned", "Tuesday")->actors == std::vector<std::string>{"Finance Minister Jane Doe"});

  // Two people named in the sentence before, neither of whose names says the sex: either may be meant.
  const std::string silva = "Senator Robin Smith met President Andrea Silva on Monday. She signed the bill on Tuesday.";
  const auto signed_bill = events_of(
      silva, {expression_at(silva, "Monday", "2025-11-17"), expression_at(silva, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(signed_bill));
  REQUIRE(find_event(signed_bill, "signed", "Tuesday"));
  CHECK(find_event(signed_bill, "signed", "Tuesday")->actors.empty());

  // "they" with no organisation named, a person two sentences back: no one.
  const std::string union_leaders = "The minister met union leaders on Monday. They rejected the offer on Tuesday.";
  const auto rejected = events_of(
      union_leaders,
      {expression_at(union_leaders, "Monday", "2025-11-17"), expression_at(union_leaders, "Tuesday", "2025-11-18")},
      dct);
  INFO(describe(rejected));
  REQUIRE(find_event(rejected, "rejected", "Tuesday"));
  CHECK(find_event(rejected, "rejected", "Tuesday")->actors.empty());
  const std::string far =
      "Finance Minister Jane Doe presented the budget in May. The plan was criticised. "
      "She resigned on Tuesday.";
  const auto too_far =
      events_of(far, {expression_at(far, "May", "2025-05"), expression_at(far, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(too_far));
  REQUIRE(find_event(too_far, "resigned", "Tuesday"));
  CHECK(find_event(too_far, "resigned", "Tuesday")->actors.empty());
}

// The actors of the one event of `text` dated by `when` (valued `value`), DCT 2025-11-20.
static std::vector<std::string> actors_of_event(const std::string& text, std::string_view trigger,
                                                std::string_view when, std::string value) {
  const auto events = events_of(text, {expression_at(text, when, std::move(value))}, day(2025, 11, 20));
  INFO(text << describe(events));
  const Event* e = find_event(events, trigger, when);
  REQUIRE(e);
  return e->actors;
}

TEST_CASE("a name keeps its lower-case particles: de, bin, al-") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Economy Minister Anna de Vries said on Tuesday that the budget would be cut.", "said",
                        "Tuesday", "2025-11-18") == V{"Economy Minister Anna de Vries"});
  CHECK(actors_of_event("Charles de Gaulle resigned in April 1969.", "resigned", "April 1969", "1969-04") ==
        V{"Charles de Gaulle"});
  CHECK(actors_of_event("General Abdel Fattah al-Burhan met envoys in Port Sudan on Sunday.", "met", "Sunday",
                        "2025-11-16") == V{"General Abdel Fattah al-Burhan"});
  CHECK(actors_of_event("Crown Prince Mohammed bin Salman met President Donald Trump in Riyadh on Tuesday.", "met",
                        "Tuesday", "2025-11-18") == V{"Crown Prince Mohammed bin Salman", "President Donald Trump"});
  CHECK(actors_of_event("Juan Carlos de la Cruz was elected mayor in June.", "elected", "June", "2025-06") ==
        V{"Juan Carlos de la Cruz"});
  // A name with its article is the subject of a past verb like any name.
  CHECK(actors_of_event("Abu Mohammed al-Julani entered Damascus in December 2024.", "entered", "December 2024",
                        "2024-12") == V{"Abu Mohammed al-Julani"});
  // "Leaders of the ..." still drops its first, common word.
  CHECK(actors_of_event("Leaders of the Andean Trade Council met on Tuesday.", "met", "Tuesday", "2025-11-18") ==
        V{"Andean Trade Council"});
}

TEST_CASE("one unknown word before a verb group opening a sentence is a name unless it reads as a common word") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Nvidia reported record sales on Wednesday.", "reported", "Wednesday", "2025-11-19") ==
        V{"Nvidia"});
  CHECK(actors_of_event("Boeing will cut 10% of jobs next year.", "cut", "next year", "2026") == V{"Boeing"});
  CHECK(actors_of_event("Airbus delivered 70 jets in October.", "delivered", "October", "2025-10") == V{"Airbus"});
  CHECK(actors_of_event("Inflation rose to 3 percent in October.", "rose", "October", "2025-10").empty());
  CHECK(actors_of_event("Shares fell 5 percent on Tuesday.", "fell", "Tuesday", "2025-11-18").empty());
  CHECK(actors_of_event("Unemployment fell in October.", "fell", "October", "2025-10").empty());
  CHECK(actors_of_event("Oil rose 2 percent on Monday.", "rose", "Monday", "2025-11-17").empty());
  CHECK(actors_of_event("Gunmen attacked a police station on Monday.", "attacked", "Monday", "2025-11-17").empty());
}

TEST_CASE("a word in -s opening a sentence that is no known plural of a common noun is a name") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Siemens announced the deal on Tuesday.", "announced", "Tuesday", "2025-11-18") ==
        V{"Siemens"});
  CHECK(actors_of_event("Nexans signed a contract on Monday.", "signed", "Monday", "2025-11-17") == V{"Nexans"});
  CHECK(actors_of_event("Lazards advised the board on Wednesday.", "advised", "Wednesday", "2025-11-19") ==
        V{"Lazards"});
  CHECK(actors_of_event("Congress passed the bill in October.", "passed", "October", "2025-10") == V{"Congress"});
  // Plurals of common nouns, by a role noun's ending or a known singular, name no one.
  CHECK(actors_of_event("Prices rose in October.", "rose", "October", "2025-10").empty());
  CHECK(actors_of_event("Officials said on Tuesday that the bridge would reopen.", "said", "Tuesday", "2025-11-18")
            .empty());
  CHECK(actors_of_event("Investors sold the bonds on Friday.", "sold", "Friday", "2025-11-14").empty());
  CHECK(actors_of_event("Residents fled the town on Sunday.", "fled", "Sunday", "2025-11-16").empty());
  // A role said without a determiner still acts under its common noun.
  CHECK(actors_of_event("Rebels seized the town on Sunday.", "seized", "Sunday", "2025-11-16") == V{"rebels"});
  CHECK(actors_of_event("Negotiations resumed on Monday.", "resumed", "Monday", "2025-11-17").empty());
  CHECK(actors_of_event("Dozens died in the fire on Monday.", "died", "Monday", "2025-11-17").empty());
}

TEST_CASE("a name ending in 's opening a sentence before a past verb and its object is the subject") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Moody's downgraded the bonds on Monday.", "downgraded", "Monday", "2025-11-17") ==
        V{"Moody's"});
  CHECK(actors_of_event("McDonald's opened a restaurant in Kyiv on Tuesday.", "opened", "Tuesday", "2025-11-18") ==
        V{"McDonald's"});
}

TEST_CASE("a name before the common noun of an organisation names the organisation") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("The FNV union said on Tuesday that its members would strike.", "said", "Tuesday",
                        "2025-11-18") == V{"FNV union"});
  CHECK(actors_of_event("The Conservative party won the election in July.", "won", "July", "2025-07") ==
        V{"Conservative party"});
  // Its past verb is an event like any subject's.
  CHECK(actors_of_event("The Wagner group withdrew its fighters in June.", "withdrew", "June", "2025-06") ==
        V{"Wagner group"});
  CHECK(actors_of_event("The union accepted the offer late on Monday.", "accepted", "Monday", "2025-11-17") ==
        V{"union"});
  CHECK(actors_of_event("The Hamas-run health ministry said on Sunday that 40 people had died.", "said", "Sunday",
                        "2025-11-16") == V{"health ministry"});
}

TEST_CASE("a place struck or a place named after 'the city of' is a place, not an actor") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string odesa = "Russia launched a missile strike on Odesa on Tuesday.";
  const auto strike = events_of(odesa, {expression_at(odesa, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(strike));
  REQUIRE(strike.size() == 1);
  CHECK(strike[0].actors == std::vector<std::string>{"Russia"});
  CHECK(strike[0].places == std::vector<std::string>{"Odesa"});
  const std::string goma = "Rebels seized the city of Goma in January.";
  const auto seized = events_of(goma, {expression_at(goma, "January", "2025-01")}, dct);
  INFO(describe(seized));
  REQUIRE(seized.size() == 1);
  CHECK(seized[0].actors == std::vector<std::string>{"rebels"});
  CHECK(seized[0].places == std::vector<std::string>{"Goma"});
}

TEST_CASE("a dateline is the place of the article's events of the days around the DCT that name none") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string text =
      "ROTTERDAM — Dock workers began a strike on Monday over pay.\n\nThe port authority said on Tuesday that "
      "ships were diverted to Antwerp. The port was built in 1962.";
  const auto events = events_of(text,
                                {expression_at(text, "Monday", "2025-11-17"),
                                 expression_at(text, "Tuesday", "2025-11-18"), expression_at(text, "1962", "1962")},
                                dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "strike", "Monday"));
  CHECK(find_event(events, "strike", "Monday")->places == std::vector<std::string>{"Rotterdam"});
  REQUIRE(find_event(events, "said", "Tuesday"));
  CHECK(find_event(events, "said", "Tuesday")->places == std::vector<std::string>{"Rotterdam"});
  REQUIRE(find_event(events, "built", "1962"));
  CHECK(find_event(events, "built", "1962")->places.empty());

  // Its region and agency; a place named in its sentence outranks it.
  const std::string nairobi = "NAIROBI, Kenya (Reuters) - Police arrested 12 protesters on Tuesday in Mombasa.";
  const auto arrested = events_of(nairobi, {expression_at(nairobi, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(arrested));
  REQUIRE(arrested.size() == 1);
  CHECK(arrested[0].actors == std::vector<std::string>{"police"});
  CHECK(arrested[0].places == std::vector<std::string>{"Mombasa"});
}

TEST_CASE("a reported clause whose subject is a definite plural or an event takes no actor from the reporter") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Brazil said that the protesters attacked the embassy on Monday.", "attacked", "Monday",
                        "2025-11-17")
            .empty());
  CHECK(actors_of_event("Nigeria said that the gunmen kidnapped 25 students on Monday.", "kidnapped", "Monday",
                        "2025-11-17")
            .empty());
  CHECK(actors_of_event("Chile said that these workers blocked the port on Monday.", "blocked", "Monday", "2025-11-17")
            .empty());
  // An event as the subject is no one.
  CHECK(actors_of_event("The United Nations said that the storm killed 40 people on Sunday.", "killed", "Sunday",
                        "2025-11-16")
            .empty());
  // A singular after "the" may still refer back.
  CHECK(actors_of_event("Toyota said that the automaker recalled 1,000 cars on Monday.", "recalled", "Monday",
                        "2025-11-17") == V{"Toyota"});
  CHECK(actors_of_event("Boeing said that the company delivered 40 jets on Monday.", "delivered", "Monday",
                        "2025-11-17") == V{"Boeing"});
}

TEST_CASE("he and she stand for no one a title gives the other sex") {
  const date::sys_days dct = day(2025, 11, 20);
  // Two people in the sentence before: the one whose title gives the pronoun's sex.
  const std::string lopez = "Ms Lopez met Mr Tan in Singapore on Monday. She said on Tuesday that the talks went well.";
  const auto said = events_of(
      lopez, {expression_at(lopez, "Monday", "2025-11-17"), expression_at(lopez, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(said));
  REQUIRE(find_event(said, "said", "Tuesday"));
  CHECK(find_event(said, "said", "Tuesday")->actors == std::vector<std::string>{"Ms Lopez"});
  const std::string kowalski = "Mr. Kowalski hired Ms. Nguyen in March. He resigned on Monday.";
  const auto resigned = events_of(
      kowalski, {expression_at(kowalski, "March", "2025-03"), expression_at(kowalski, "Monday", "2025-11-17")}, dct);
  INFO(describe(resigned));
  REQUIRE(find_event(resigned, "resigned", "Monday"));
  CHECK(find_event(resigned, "resigned", "Monday")->actors == std::vector<std::string>{"Mr. Kowalski"});
  const std::string rania =
      "President Emmanuel Macron received Queen Rania on Tuesday. She said on Wednesday that the visit was useful.";
  const auto visit = events_of(
      rania, {expression_at(rania, "Tuesday", "2025-11-18"), expression_at(rania, "Wednesday", "2025-11-19")}, dct);
  INFO(describe(visit));
  REQUIRE(find_event(visit, "said", "Wednesday"));
  CHECK(find_event(visit, "said", "Wednesday")->actors == std::vector<std::string>{"Queen Rania"});
  // The only one named, of the other sex: no one.
  const std::string tan = "Mr. Tan presented the budget in May. She resigned on Tuesday.";
  const auto other =
      events_of(tan, {expression_at(tan, "May", "2025-05"), expression_at(tan, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(other));
  REQUIRE(find_event(other, "resigned", "Tuesday"));
  CHECK(find_event(other, "resigned", "Tuesday")->actors.empty());
  // Two of the same sex: either may be meant.
  const std::string haddad = "Mr Haddad met Mr Tan on Monday. He said on Tuesday that the talks were useful.";
  const auto either = events_of(
      haddad, {expression_at(haddad, "Monday", "2025-11-17"), expression_at(haddad, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(either));
  REQUIRE(find_event(either, "said", "Tuesday"));
  CHECK(find_event(either, "said", "Tuesday")->actors.empty());
}

TEST_CASE("he or she as subject acts beside the names after the verb") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t = "Foreign Minister Wang Yi arrived on Monday. He met Sergei Lavrov on Tuesday.";
  const auto events =
      events_of(t, {expression_at(t, "Monday", "2025-11-17"), expression_at(t, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "met", "Tuesday"));
  CHECK(find_event(events, "met", "Tuesday")->actors ==
        std::vector<std::string>{"Foreign Minister Wang Yi", "Sergei Lavrov"});
}

TEST_CASE("a dateline is not the place of a person an event before placed elsewhere") {
  const date::sys_days dct = day(2025, 11, 20);
  const std::string t =
      "BEIJING (AP) — Foreign Minister Wang Yi flew to Moscow on Monday.\n\nHe met Sergei Lavrov on Tuesday. "
      "Wang said on Wednesday that the talks were useful. Police arrested three men on Wednesday.";
  const auto events = events_of(t,
                                {expression_at(t, "Monday", "2025-11-17"), expression_at(t, "Tuesday", "2025-11-18"),
                                 expression_at(t, "Wednesday", "2025-11-19"),
                                 expression_at(t, "Wednesday", "2025-11-19", "", "", t.find("Police"))},
                                dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "flew", "Monday"));
  CHECK(find_event(events, "flew", "Monday")->places == std::vector<std::string>{"Moscow"});
  REQUIRE(find_event(events, "met", "Tuesday"));
  CHECK(find_event(events, "met", "Tuesday")->places.empty());
  REQUIRE(find_event(events, "said", "Wednesday"));
  CHECK(find_event(events, "said", "Wednesday")->places.empty());
  // Others still act where the story was reported.
  REQUIRE(find_event(events, "arrested", "Wednesday"));
  CHECK(find_event(events, "arrested", "Wednesday")->places == std::vector<std::string>{"Beijing"});
  // A plan says where a person will be, not where they are.
  const std::string tokyo =
      "TOKYO (Reuters) — Prime Minister Sanae Takaichi will travel to Washington on Dec. 3.\n\n"
      "Takaichi said on Tuesday that the talks would cover trade.";
  const auto planned = events_of(
      tokyo, {expression_at(tokyo, "Dec. 3", "2025-12-03"), expression_at(tokyo, "Tuesday", "2025-11-18")}, dct);
  INFO(describe(planned));
  REQUIRE(find_event(planned, "said", "Tuesday"));
  CHECK(find_event(planned, "said", "Tuesday")->places == std::vector<std::string>{"Tokyo"});
}

TEST_CASE("a Korean or Chinese given name hyphenated between its syllables is part of the name") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("President Lee Jae-myung visited Tokyo on Monday.", "visited", "Monday", "2025-11-17") ==
        V{"President Lee Jae-myung"});
  CHECK(actors_of_event("Kim Jong-un inspected a factory on Monday.", "inspected", "Monday", "2025-11-17") ==
        V{"Kim Jong-un"});
  CHECK(actors_of_event("Chiang Kai-shek demanded a retreat in December 1940.", "demanded", "December 1940",
                        "1940-12") == V{"Chiang Kai-shek"});
  // A compound adjective is no name, nor is a letter before a noun.
  CHECK(actors_of_event("The Kyiv-based firm opened a plant on Monday.", "opened", "Monday", "2025-11-17").empty());
  CHECK(actors_of_event("The U-boat sank a liner in 1915.", "sank", "1915", "1915").empty());
}

TEST_CASE("a dateline does not place a planned event") {
  const date::sys_days dct = day(2026, 3, 18);
  const std::string t =
      "GENEVA (Reuters) - The Treasury Department said the measures would take effect on April 1.\n\n"
      "Negotiators met on Tuesday for a third day.";
  const auto events =
      events_of(t, {expression_at(t, "April 1", "2026-04-01"), expression_at(t, "Tuesday", "2026-03-17")}, dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "take effect", "April 1"));
  CHECK(find_event(events, "take effect", "April 1")->status == EventStatus::planned);
  CHECK(find_event(events, "take effect", "April 1")->places.empty());
  REQUIRE(find_event(events, "met", "Tuesday"));
  CHECK(find_event(events, "met", "Tuesday")->places == std::vector<std::string>{"Geneva"});
  // Nor when the plan is said in the dateline's own sentence.
  const std::string berlin = "BERLIN (Reuters) - The new rules will come into force on July 1.";
  const auto rules = events_of(berlin, {expression_at(berlin, "July 1", "2026-07-01")}, dct);
  INFO(describe(rules));
  REQUIRE(find_event(rules, "come into force", "July 1"));
  CHECK(find_event(rules, "come into force", "July 1")->places.empty());
}

TEST_CASE("a verb of saying before its subject is dated and its subject acts") {
  const date::sys_days dct = day(2026, 3, 18);
  const std::string t =
      "\"We are ready to talk,\" said Williams on Friday. The deal is not finished, said the "
      "foreign minister on Tuesday. Talks will resume next week, Williams said on Monday.";
  const auto events = events_of(t,
                                {expression_at(t, "Friday", "2026-03-13"), expression_at(t, "Tuesday", "2026-03-17"),
                                 expression_at(t, "next week", "2026-W13"), expression_at(t, "Monday", "2026-03-16")},
                                dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "said", "Friday"));
  CHECK(find_event(events, "said", "Friday")->type == "statement");
  CHECK(find_event(events, "said", "Friday")->actors == std::vector<std::string>{"Williams"});
  REQUIRE(find_event(events, "said", "Tuesday"));
  CHECK(find_event(events, "said", "Tuesday")->actors == std::vector<std::string>{"foreign minister"});
  // After its subject it is dated as before.
  CHECK(find_event(events, "said", "Monday"));
  CHECK(find_event(events, "resume", "next week"));
  // "said David McCammon, Ford's vice president, at a news conference yesterday": the subject and
  // its apposition stay in the clause of the saying.
  const std::string ford =
      "\"We will not go over a certain level,\" said David McCammon, Ford's vice president for finance, at a "
      "news conference yesterday in Dearborn.";
  const auto conference = events_of(ford, {expression_at(ford, "yesterday", "2026-03-17")}, dct);
  INFO(describe(conference));
  REQUIRE(find_event(conference, "news conference", "yesterday"));
  CHECK(contains(find_event(conference, "news conference", "yesterday")->actors, "David McCammon"));
}

TEST_CASE("win is an election only when an election is won") {
  const date::sys_days dct = day(2026, 3, 18);
  const std::string t =
      "Spain won the match against Italy on Sunday. The Labour Party won the election in July "
      "2024. The novelist won the Booker Prize in November.";
  const auto events = events_of(t,
                                {expression_at(t, "Sunday", "2026-03-15"), expression_at(t, "July 2024", "2024-07"),
                                 expression_at(t, "November", "2025-11")},
                                dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "won", "Sunday"));
  CHECK(find_event(events, "won", "Sunday")->type == "other");
  REQUIRE(find_event(events, "won the election", "July 2024"));
  CHECK(find_event(events, "won the election", "July 2024")->type == "election");
  REQUIRE(find_event(events, "won", "November"));
  CHECK(find_event(events, "won", "November")->type == "other");
  // A race for an office is an election.
  const std::string race = "Zohran Mamdani won the New York mayoral race on November 4.";
  const auto mayor = events_of(race, {expression_at(race, "November 4", "2025-11-04")}, dct);
  INFO(describe(mayor));
  REQUIRE(find_event(mayor, "won", "November 4"));
  CHECK(find_event(mayor, "won", "November 4")->type == "election");
}

TEST_CASE("receiving is an other event and closing a plant an economic one") {
  const date::sys_days dct = day(2026, 3, 18);
  const std::string t =
      "The ministry received the proposal on Tuesday. Volkswagen will close a plant in "
      "Osnabrueck next year. The company will shut two stores in Ohio in June.";
  const auto events = events_of(t,
                                {expression_at(t, "Tuesday", "2026-03-17"), expression_at(t, "next year", "2027"),
                                 expression_at(t, "June", "2026-06")},
                                dct);
  INFO(describe(events));
  REQUIRE(find_event(events, "received", "Tuesday"));
  CHECK(find_event(events, "received", "Tuesday")->type == "other");
  CHECK_FALSE(find_event(events, "proposal", "Tuesday"));
  REQUIRE(find_event(events, "close", "next year"));
  CHECK(find_event(events, "close", "next year")->type == "economic");
  CHECK(find_event(events, "close", "next year")->status == EventStatus::planned);
  CHECK(find_event(events, "close", "next year")->actors == std::vector<std::string>{"Volkswagen"});
  REQUIRE(find_event(events, "shut", "June"));
  CHECK(find_event(events, "shut", "June")->type == "economic");
}

TEST_CASE("a surname said alone is the person named last before it with that surname") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Juan Miguel Gonzalez flew to Washington on Monday. Elian Gonzalez stayed in Miami. "
                        "Gonzalez returned home on Tuesday.",
                        "returned", "Tuesday", "2025-11-18") == V{"Elian Gonzalez"});
  CHECK(actors_of_event("Elian Gonzalez stayed in Miami. Juan Miguel Gonzalez flew to Washington. "
                        "Gonzalez met the judge on Tuesday.",
                        "met", "Tuesday", "2025-11-18") == V{"Juan Miguel Gonzalez"});
  // One full name before, another after: the one before.
  CHECK(actors_of_event("Elian Gonzalez arrived in Miami. Gonzalez met the judge on Tuesday. "
                        "Juan Miguel Gonzalez flew to Washington.",
                        "met", "Tuesday", "2025-11-18") == V{"Elian Gonzalez"});
}

TEST_CASE("a people's plural after a qualifier names a people, not a state") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Ethnic Albanians said on Monday that the talks had failed.", "said", "Monday", "2025-11-17") ==
        V{"Ethnic Albanians"});
  CHECK(actors_of_event("Police said ethnic Albanians attacked a patrol on Monday.", "attacked", "Monday",
                        "2025-11-17") == V{"ethnic Albanians"});
  CHECK(actors_of_event("French Algerians marched in Paris on Saturday.", "marched", "Saturday", "2025-11-15") ==
        V{"French Algerians"});
  // The qualified adjective names no one; a bare people's plural is still its country.
  CHECK(actors_of_event("Police arrested an ethnic Albanian leader on Monday.", "arrested", "Monday", "2025-11-17") ==
        V{"police"});
  CHECK(actors_of_event("Albanians voted in a referendum on Sunday.", "referendum", "Sunday", "2025-11-16") ==
        V{"Albania"});
}

TEST_CASE("a company named by a possessive is that company, whatever its 's owns") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Moody's analysts said on Tuesday the outlook was stable.", "said", "Tuesday", "2025-11-18") ==
        V{"Moody's"});
  CHECK(actors_of_event("McDonald's shares fell 3 percent on Monday.", "fell", "Monday", "2025-11-17") ==
        V{"McDonald's"});
  // Its verb is a verb, not a noun the possessive owns.
  CHECK(actors_of_event("McDonald's opened 40 restaurants in India on Monday.", "opened", "Monday", "2025-11-17") ==
        V{"McDonald's"});
}

TEST_CASE("a common given name gives the pronoun's sex where no title does") {
  using V = std::vector<std::string>;
  // The actors of the event of `trigger` on Tuesday, when the sentence before is dated Friday.
  const auto actors = [](const std::string& t, std::string_view trigger) {
    const auto events = events_of(
        t, {expression_at(t, "Friday", "2025-11-14"), expression_at(t, "Tuesday", "2025-11-18")}, day(2025, 11, 20));
    INFO(t << describe(events));
    const Event* e = find_event(events, trigger, "Tuesday");
    REQUIRE(e);
    return e->actors;
  };
  CHECK(actors("Angela Merkel met Boris Johnson on Friday. She said on Tuesday that the talks went well.", "said") ==
        V{"Angela Merkel"});
  CHECK(actors("Maria Lopez met Carlos Ruiz on Friday. He resigned on Tuesday.", "resigned") == V{"Carlos Ruiz"});
  // A title decides before the given name; a name of both sexes says nothing.
  CHECK(actors("Mr. Maria Lopez met Carlos Ruiz on Friday. He resigned on Tuesday.", "resigned").empty());
  CHECK(actors("Taylor Reed met Robin Hale on Friday. She resigned on Tuesday.", "resigned").empty());
}

TEST_CASE("a past verb after a dated participle phrase of its subject is dated apart from it") {
  const std::string t = "The ceasefire signed in Doha in February collapsed on Monday.";
  const auto events = events_of(t, {expression_at(t, "February", "2025-02"), expression_at(t, "Monday", "2025-11-17")},
                                day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  REQUIRE(find_event(events, "signed", "February"));
  CHECK(find_event(events, "signed", "February")->places == std::vector<std::string>{"Doha"});
  REQUIRE(find_event(events, "collapsed", "Monday"));
  CHECK(find_event(events, "collapsed", "Monday")->type == "other");
  CHECK(find_event(events, "collapsed", "Monday")->status == EventStatus::occurred);
  // After an event noun the participle phrase dated, the verb is no longer said of that noun alone.
  const std::string truce = "The truce brokered by Qatar in January collapsed on Monday.";
  const auto collapse =
      events_of(truce, {expression_at(truce, "January", "2025-01"), expression_at(truce, "Monday", "2025-11-17")},
                day(2025, 11, 20));
  INFO(describe(collapse));
  REQUIRE(collapse.size() == 2);
  REQUIRE(find_event(collapse, "truce", "January"));
  CHECK(find_event(collapse, "truce", "January")->actors == std::vector<std::string>{"Qatar"});
  REQUIRE(find_event(collapse, "collapsed", "Monday"));
  CHECK(find_event(collapse, "collapsed", "Monday")->actors.empty());
}

TEST_CASE("a name after with, against or on is a participant, and what an attack is on a place") {
  using V = std::vector<std::string>;
  const std::string met = "Rubio met with Lavrov in Riyadh on Tuesday.";
  const auto meeting = events_of(met, {expression_at(met, "Tuesday", "2025-11-18")}, day(2025, 11, 20));
  INFO(describe(meeting));
  REQUIRE(find_event(meeting, "met", "Tuesday"));
  CHECK(find_event(meeting, "met", "Tuesday")->actors == V{"Rubio", "Lavrov"});
  CHECK(find_event(meeting, "met", "Tuesday")->places == V{"Riyadh"});
  const std::string against = "Ukraine launched a counteroffensive against Russia on Monday.";
  const auto counter = events_of(against, {expression_at(against, "Monday", "2025-11-17")}, day(2025, 11, 20));
  INFO(describe(counter));
  REQUIRE(counter.size() == 1);
  CHECK(counter[0].type == "conflict");
  CHECK(counter[0].actors == V{"Ukraine", "Russia"});
  CHECK(actors_of_event("The European Union imposed sanctions on Iran on Friday.", "imposed sanctions", "Friday",
                        "2025-11-14") == V{"European Union", "Iran"});
}

// The type of the one event of `text` whose trigger contains `trigger`, dated by `when`, DCT 2025-11-20.
static std::string type_of_event(const std::string& text, std::string_view trigger, std::string_view when,
                                 std::string value) {
  const auto events = events_of(text, {expression_at(text, when, std::move(value))}, day(2025, 11, 20));
  INFO(text << describe(events));
  const Event* e = find_event(events, trigger, when);
  REQUIRE(e);
  return e->type;
}

TEST_CASE("a verb's object decides its type: captives freed, rates raised, a defendant found guilty") {
  CHECK(type_of_event("Hamas released four hostages on Saturday.", "released", "Saturday", "2025-11-15") == "conflict");
  CHECK(type_of_event("Israel released 90 Palestinian prisoners on Sunday.", "released", "Sunday", "2025-11-16") ==
        "conflict");
  CHECK(type_of_event("Iran freed two French detainees on Tuesday.", "freed", "Tuesday", "2025-11-18") == "conflict");
  CHECK(type_of_event("The ministry released new inflation figures on Thursday.", "released", "Thursday",
                      "2025-11-13") == "statement");
  CHECK(type_of_event("The Bank of England raised interest rates on Thursday.", "raised", "Thursday", "2025-11-13") ==
        "economic");
  CHECK(type_of_event("The central bank hiked rates to 12 percent in February.", "hiked", "February", "2025-02") ==
        "economic");
  CHECK(type_of_event("The bank lowered its growth forecast on Monday.", "lowered", "Monday", "2025-11-17") ==
        "economic");
  CHECK(type_of_event("The senator raised concerns on Monday.", "raised", "Monday", "2025-11-17") == "other");
  const std::string verdict = "A jury found the former senator guilty of bribery on Tuesday.";
  CHECK(type_of_event(verdict, "found", "Tuesday", "2025-11-18") == "other");
  CHECK(actors_of_event(verdict, "found", "Tuesday", "2025-11-18") == std::vector<std::string>{"jury"});
}

TEST_CASE("a march is a protest, and a team beaten a result") {
  using V = std::vector<std::string>;
  CHECK(type_of_event("Thousands of farmers marched through Brussels on Tuesday.", "marched", "Tuesday",
                      "2025-11-18") == "conflict");
  CHECK(type_of_event("Real Madrid beat Barcelona 2-1 on Sunday.", "beat", "Sunday", "2025-11-16") == "other");
  CHECK(actors_of_event("Real Madrid beat Barcelona 2-1 on Sunday.", "beat", "Sunday", "2025-11-16") ==
        V{"Real Madrid", "Barcelona"});
}

TEST_CASE("a country that is a given name, a contest named after a people, a people that is no state") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("Jordan Bardella met Giorgia Meloni in Rome on Monday.", "met", "Monday", "2025-11-17") ==
        V{"Jordan Bardella", "Giorgia Meloni"});
  CHECK(actors_of_event("Israel Katz said on Monday that the talks had failed.", "said", "Monday", "2025-11-17") ==
        V{"Israel Katz"});
  // Before a word of a place or an institution the country stays a country.
  CHECK(contains(
      actors_of_event("Israel Radio reported on Monday that the talks had failed.", "reported", "Monday", "2025-11-17"),
      "Israel"));
  CHECK(actors_of_event("Novak Djokovic won the Australian Open in January.", "won", "January", "2025-01") ==
        V{"Novak Djokovic"});
  CHECK(actors_of_event("Max Verstappen won the Monaco Grand Prix on Sunday.", "won", "Sunday", "2025-11-16") ==
        V{"Max Verstappen"});
  CHECK(actors_of_event("Bosnian Croats boycotted the vote on Sunday.", "vote", "Sunday", "2025-11-16") ==
        V{"Bosnian Croats"});
  CHECK(actors_of_event("Iraqi Kurds protested in Erbil on Sunday.", "protested", "Sunday", "2025-11-16") ==
        V{"Iraqi Kurds"});
  // A name that goes on is no people ("Defense Forces": an organisation).
  CHECK(actors_of_event("The Israeli Defense Forces attacked on Sunday.", "attacked", "Sunday", "2025-11-16") ==
        V{"Israeli Defense Forces"});
}

TEST_CASE("a relative clause said of an event noun is dated apart from the main verb after it") {
  const std::string t = "The strike that began in January ended on Tuesday.";
  const auto events = events_of(t, {expression_at(t, "January", "2025-01"), expression_at(t, "Tuesday", "2025-11-18")},
                                day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  REQUIRE(find_event(events, "strike", "January"));
  CHECK(find_event(events, "strike", "January")->type == "conflict");
  REQUIRE(find_event(events, "ended", "Tuesday"));
  CHECK(find_event(events, "ended", "Tuesday")->type == "other");
  CHECK(find_event(events, "ended", "Tuesday")->status == EventStatus::occurred);
  // A relative clause whose verb is an event keeps its own date.
  const std::string opened = "The plant that opened in 2019 closed on Friday.";
  const auto plant =
      events_of(opened, {expression_at(opened, "2019", "2019"), expression_at(opened, "Friday", "2025-11-14")},
                day(2025, 11, 20));
  INFO(describe(plant));
  REQUIRE(plant.size() == 2);
  CHECK(find_event(plant, "opened", "2019"));
  CHECK(find_event(plant, "closed", "Friday"));
}

TEST_CASE("a role said as the subject acts beside the names after the verb") {
  using V = std::vector<std::string>;
  CHECK(actors_of_event("The jury convicted Sam Bankman-Fried in November 2023.", "convicted", "November 2023",
                        "2023-11") == V{"jury", "Sam Bankman-Fried"});
  CHECK(actors_of_event("Prosecutors charged Imran Khan with corruption on Monday.", "charged", "Monday",
                        "2025-11-17") == V{"prosecutors", "Imran Khan"});
  // A name before the verb outranks the role.
  CHECK(actors_of_event("The finance minister, Mario Marcel, resigned on Tuesday.", "resigned", "Tuesday",
                        "2025-11-18") == V{"Mario Marcel"});
}

TEST_CASE("a city struck or shelled is a place of the attack, a country attacked a participant") {
  using V = std::vector<std::string>;
  const auto event = [](const std::string& t) {
    const auto events = events_of(t, {expression_at(t, "Sunday", "2025-11-16")}, day(2025, 11, 20));
    INFO(t << describe(events));
    REQUIRE(events.size() == 1);
    return events[0];
  };
  const Event shelled = event("Russian forces shelled Kharkiv on Sunday.");
  CHECK(shelled.actors == V{"Russia"});
  CHECK(shelled.places == V{"Kharkiv"});
  const Event bombed = event("The Italian Air Force bombed Harar on Sunday.");
  CHECK(bombed.places == V{"Harar"});
  CHECK_FALSE(contains(bombed.actors, "Harar"));
  CHECK(event("Germany invaded Poland on Sunday.").actors == V{"Germany", "Poland"});
}

TEST_CASE("a date after an object said to be over dates the declaring, not the object") {
  const std::string t = "Uganda declared the Ebola outbreak over on Monday.";
  const auto events = events_of(t, {expression_at(t, "Monday", "2025-11-17")}, day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "declared");
  CHECK(events[0].type == "statement");
  CHECK(events[0].actors == std::vector<std::string>{"Uganda"});
}

TEST_CASE("a verb of a disaster said of another event noun is that event breaking out") {
  CHECK(type_of_event("Protests erupted in Tehran on Monday.", "erupted", "Monday", "2025-11-17") == "conflict");
  CHECK(type_of_event("Fighting erupted in Khartoum on Saturday.", "erupted", "Saturday", "2025-11-15") == "conflict");
  CHECK(type_of_event("The protests that erupted in November spread.", "erupted", "November", "2025-11") == "conflict");
  CHECK(type_of_event("The volcano erupted on Monday.", "erupted", "Monday", "2025-11-17") == "disaster");
}

TEST_CASE("a verb of beginning or ending without an object is the event of the noun it is said of") {
  const std::string relay = "The Olympic torch relay will begin in Athens on April 16.";
  const auto events = events_of(relay, {expression_at(relay, "April 16", "2026-04-16")}, day(2026, 3, 18));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "Olympic torch relay will begin");
  CHECK(events[0].type == "other");
  CHECK(events[0].status == EventStatus::planned);
  CHECK(events[0].actors.empty());
  CHECK(events[0].places == std::vector<std::string>{"Athens"});
  const std::string festival = "The festival starts on Friday.";
  const auto starts = events_of(festival, {expression_at(festival, "Friday", "2026-03-20")}, day(2026, 3, 18));
  INFO(describe(starts));
  REQUIRE(starts.size() == 1);
  CHECK(starts[0].trigger == "festival starts");
  CHECK(starts[0].status == EventStatus::planned);
  // "began to" + a verb is no beginning of the noun: no event of its own.
  const std::string relax = "The situation began to relax in the early 1990s.";
  CHECK(events_of(relax, {expression_at(relax, "the early 1990s", "199")}, day(2000, 1, 1)).empty());
}

TEST_CASE("a relative clause with a name for subject is dated apart from the main verb, and its name is its own") {
  const std::string t = "The truce that Qatar brokered in January collapsed on Monday.";
  const auto events = events_of(t, {expression_at(t, "January", "2025-01"), expression_at(t, "Monday", "2025-11-17")},
                                day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  REQUIRE(find_event(events, "brokered", "January"));
  CHECK(find_event(events, "brokered", "January")->actors == std::vector<std::string>{"Qatar"});
  REQUIRE(find_event(events, "collapsed", "Monday"));
  CHECK(find_event(events, "collapsed", "Monday")->actors.empty());
}

TEST_CASE("released on bail is a court's decision, freed from prison a captive's release") {
  CHECK(type_of_event("A court in Moscow released the journalist on bail on Monday.", "released", "Monday",
                      "2025-11-17") == "other");
  CHECK(type_of_event("Iran freed him from prison on Tuesday.", "freed", "Tuesday", "2025-11-18") == "conflict");
  CHECK(type_of_event("The ministry released the figures from the survey on Monday.", "released", "Monday",
                      "2025-11-17") == "statement");
}

TEST_CASE("missiles, drones and rockets launched or fired are an attack") {
  CHECK(type_of_event("Hamas fired rockets at Tel Aviv on Monday.", "fired", "Monday", "2025-11-17") == "conflict");
  CHECK(type_of_event("Russia launched 40 drones at Kyiv on Sunday.", "launched", "Sunday", "2025-11-16") ==
        "conflict");
  CHECK(type_of_event("Apple launched a new iPhone on Tuesday.", "launched", "Tuesday", "2025-11-18") ==
        "establishment");
}

TEST_CASE("overnight before a day's date is that day's night and dates nothing of its own") {
  const std::string t = "Russian drones struck Odesa overnight on Sunday.";
  const auto events = events_of(
      t, {expression_at(t, "overnight", "2025-11-19TNI"), expression_at(t, "Sunday", "2025-11-16")}, day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].time.text == "Sunday");
  const std::string alone = "Russia launched drones at Kyiv overnight.";
  const auto night = events_of(alone, {expression_at(alone, "overnight", "2025-11-19TNI")}, day(2025, 11, 20));
  INFO(describe(night));
  REQUIRE(night.size() == 1);
  CHECK(night[0].time.text == "overnight");
}

TEST_CASE("rallied takes its type from its subject: people protest, markets move") {
  CHECK(type_of_event("Students rallied in Paris on Tuesday.", "rallied", "Tuesday", "2025-11-18") == "conflict");
  CHECK(type_of_event("Thousands rallied outside parliament on Sunday.", "rallied", "Sunday", "2025-11-16") ==
        "conflict");
  CHECK(type_of_event("Markets rallied on Tuesday.", "rallied", "Tuesday", "2025-11-18") == "economic");
  CHECK(type_of_event("Supporters of the president rallied in Caracas on Saturday.", "rallied", "Saturday",
                      "2025-11-15") == "conflict");
  CHECK(type_of_event("The team rallied on Sunday.", "rallied", "Sunday", "2025-11-16") == "other");
}

TEST_CASE("a meeting that opens or reopens is the meeting beginning") {
  const std::string t = "The climate summit opens in Belem on November 10.";
  const auto events = events_of(t, {expression_at(t, "November 10", "2025-11-10")}, day(2025, 11, 1));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "summit opens");
  CHECK(events[0].type == "visit");
  CHECK(events[0].places == std::vector<std::string>{"Belem"});
  CHECK(type_of_event("The talks that opened in Geneva in February ended on Thursday.", "opened", "February",
                      "2025-02") == "visit");
  const std::string r = "Talks with the FLN reopened at Evian in May 1961.";
  const auto reopened = events_of(r, {expression_at(r, "May 1961", "1961-05")}, day(1961, 12, 1));
  INFO(describe(reopened));
  REQUIRE(reopened.size() == 1);
  CHECK(reopened[0].trigger == "reopened");
  CHECK(reopened[0].type == "visit");
  CHECK(type_of_event("The museum reopened on Tuesday.", "reopened", "Tuesday", "2025-11-18") == "establishment");
}

TEST_CASE("blocked is a court's or regulator's act, not the thing blocked") {
  const std::string t = "A federal judge blocked the tariffs on Friday.";
  const auto events = events_of(t, {expression_at(t, "Friday", "2025-11-14")}, day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "blocked");
  CHECK(events[0].type == "other");
}

TEST_CASE("a name after the begins or ends: a named event's start") {
  const std::string t = "The Tour de France starts in Barcelona on July 4.";
  const auto events = events_of(t, {expression_at(t, "July 4", "2026-07-04")}, day(2026, 3, 18));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "Tour de France starts");
  CHECK(events[0].status == EventStatus::planned);
  CHECK(events[0].actors.empty());
  CHECK(events[0].places == std::vector<std::string>{"Barcelona"});
}

TEST_CASE("a noun phrase after a preposition that follows a noun is no subject of begin") {
  const std::string t = "CIA aid to the mujahideen began in 1980.";
  const auto events = events_of(t, {expression_at(t, "1980", "1980")}, day(1990, 1, 1));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "aid to the mujahideen began");
  const std::string s = "Violence had dropped since before the surge began in January 2007.";
  const auto surge = events_of(s, {expression_at(s, "January 2007", "2007-01")}, day(2008, 12, 1));
  INFO(describe(surge));
  REQUIRE(find_event(surge, "began", "January 2007"));
  CHECK(find_event(surge, "began", "January 2007")->trigger == "surge began");
}

TEST_CASE("a relative clause's bare-noun subject and the names after the main verb stay with their own verb") {
  const std::string t = "The bill that parliament passed in January took effect on Sunday.";
  const auto events = events_of(t, {expression_at(t, "January", "2025-01"), expression_at(t, "Sunday", "2025-11-16")},
                                day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  REQUIRE(find_event(events, "passed", "January"));
  CHECK(find_event(events, "passed", "January")->actors == std::vector<std::string>{"parliament"});
  REQUIRE(find_event(events, "took effect", "Sunday"));
  CHECK(find_event(events, "took effect", "Sunday")->actors.empty());
  const std::string p = "The protests that erupted in November spread to Tehran on Monday.";
  const auto spread = events_of(p, {expression_at(p, "November", "2024-11"), expression_at(p, "Monday", "2025-11-17")},
                                day(2025, 11, 20));
  INFO(describe(spread));
  REQUIRE(spread.size() == 2);
  REQUIRE(find_event(spread, "erupted", "November"));
  CHECK(find_event(spread, "erupted", "November")->type == "conflict");
  CHECK(find_event(spread, "erupted", "November")->places.empty());
  REQUIRE(find_event(spread, "spread", "Monday"));
  CHECK(find_event(spread, "spread", "Monday")->places == std::vector<std::string>{"Tehran"});
}

TEST_CASE("a city's possessive is a place, a country's an actor") {
  const std::string t = "Protesters filled Havana's streets on Sunday.";
  const auto events = events_of(t, {expression_at(t, "Sunday", "2025-11-16")}, day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].actors.empty());
  CHECK(events[0].places == std::vector<std::string>{"Havana"});
  CHECK(actors_of_event("Russia's army attacked Kharkiv on Sunday.", "attacked", "Sunday", "2025-11-16") ==
        std::vector<std::string>{"Russia"});
}

TEST_CASE("an event noun that spreads is that event going on") {
  const std::string t = "Fighting spread to the town of Bakhmut in May 2023.";
  const auto events = events_of(t, {expression_at(t, "May 2023", "2023-05")}, day(2023, 12, 1));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "Fighting spread");
  CHECK(events[0].type == "conflict");
  CHECK(events[0].places == std::vector<std::string>{"Bakhmut"});
}

TEST_CASE("an unknown verb in no past form is a present: what ends on a later date is planned") {
  const std::string t = "The festival ends on Saturday.";
  const auto events = events_of(t, {expression_at(t, "Saturday", "2025-11-22")}, day(2025, 11, 20));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "festival ends");
  CHECK(events[0].status == EventStatus::planned);
  const std::string p = "The session ended on Friday.";
  const auto past = events_of(p, {expression_at(p, "Friday", "2025-11-14")}, day(2025, 11, 20));
  INFO(describe(past));
  REQUIRE(past.size() == 1);
  CHECK(past[0].status == EventStatus::occurred);
}

TEST_CASE("a trial or hearing that opens is the proceeding beginning, not something founded") {
  const std::string t = "The trial of the former president opened on Monday.";
  const auto events = events_of(t, {expression_at(t, "Monday", "2026-03-16")}, day(2026, 3, 18));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "opened");
  CHECK(events[0].type == "other");
  const std::string h = "The hearing opened on Monday.";
  const auto hearing = events_of(h, {expression_at(h, "Monday", "2026-03-16")}, day(2026, 3, 18));
  INFO(describe(hearing));
  REQUIRE(hearing.size() == 1);
  CHECK(hearing[0].trigger == "hearing opened");
  CHECK(hearing[0].type == "other");
}

TEST_CASE("a chamber confirming a nominee to an office is an election, confirming a report a statement") {
  const std::string t = "The senate confirmed the new defence secretary on Tuesday.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "2026-03-17")}, day(2026, 3, 18));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "election");
  const std::string r = "The senate confirmed the report on Tuesday.";
  const auto report = events_of(r, {expression_at(r, "Tuesday", "2026-03-17")}, day(2026, 3, 18));
  INFO(describe(report));
  REQUIRE(report.size() == 1);
  CHECK(report[0].type == "statement");
}

TEST_CASE("where a text is published completes the publishing: the date after the journal dates it") {
  const std::string t = "Researchers published the results of the vaccine trial in The Lancet on Friday.";
  const auto events = events_of(t, {expression_at(t, "Friday", "2026-03-13")}, day(2026, 3, 18));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "published");
  CHECK(events[0].type == "statement");
  // A named title after "in" counts as one word: the publishing is within reach without an event noun.
  const std::string s = "Researchers published the results of the study in The Lancet on Friday.";
  const auto study = events_of(s, {expression_at(s, "Friday", "2026-03-13")}, day(2026, 3, 18));
  INFO(describe(study));
  REQUIRE(study.size() == 1);
  CHECK(study[0].trigger == "published");
  // Another verb leaves a place after its object's event noun to the noun.
  const std::string w = "Latvia welcomed the summit in Riga on Thursday.";
  const auto welcomed = events_of(w, {expression_at(w, "Thursday", "2026-03-12")}, day(2026, 3, 18));
  INFO(describe(welcomed));
  REQUIRE(welcomed.size() == 1);
  CHECK(welcomed[0].trigger == "summit");
}

TEST_CASE("a lander touching down is travel, voters going to the polls a vote") {
  const std::string t = "The lunar lander touched down near the south pole on Thursday.";
  const auto events = events_of(t, {expression_at(t, "Thursday", "2026-03-12")}, day(2026, 3, 18));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "touched down");
  CHECK(events[0].type == "visit");
  const std::string p = "Voters in Portugal went to the polls on Sunday.";
  const auto polls = events_of(p, {expression_at(p, "Sunday", "2026-03-15")}, day(2026, 3, 18));
  INFO(describe(polls));
  REQUIRE(polls.size() == 1);
  CHECK(polls[0].trigger == "went to the polls");
  CHECK(polls[0].type == "election");
  CHECK(polls[0].places == std::vector<std::string>{"Portugal"});
}

TEST_CASE("an event noun after \"at\" that follows a verb's object is the verb's occasion: the date dates the verb") {
  const std::string t = "Shareholders approved the merger at a meeting on Tuesday.";
  const auto events = events_of(t, {expression_at(t, "Tuesday", "2026-03-17")}, day(2026, 3, 18));
  INFO(describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "approved");
  CHECK(events[0].type == "adoption");
  const std::string w = "President Clinton welcomed the job figures at a news conference Friday.";
  const auto welcomed = events_of(w, {expression_at(w, "Friday", "1998-02-06")}, day(1998, 2, 6));
  INFO(describe(welcomed));
  REQUIRE(welcomed.size() == 1);
  CHECK(welcomed[0].trigger == "welcomed");
  CHECK(welcomed[0].status == EventStatus::occurred);
  // Right after a verb without its object the meeting is what the date dates.
  const std::string m = "The leaders met at the summit on Friday.";
  const auto met = events_of(m, {expression_at(m, "Friday", "2026-03-13")}, day(2026, 3, 18));
  INFO(describe(met));
  REQUIRE(met.size() == 1);
  CHECK(met[0].trigger == "summit");
}

TEST_CASE("a verb of ending after a relative clause set off by commas dates the event noun before it") {
  const std::string t = "The summit, which began in June, ended on Tuesday.";
  const auto events =
      events_of(t, {expression_at(t, "June", "2025-06"), expression_at(t, "Tuesday", "2026-03-17")}, day(2026, 3, 18));
  INFO(describe(events));
  REQUIRE(events.size() == 2);
  REQUIRE(find_event(events, "summit", "Tuesday"));
  CHECK(find_event(events, "summit", "Tuesday")->status == EventStatus::occurred);
  REQUIRE(find_event(events, "began", "June"));
}

TEST_CASE("a country before a titled name says whose office the title is: the person is the one actor") {
  const std::string g = "Indian Commerce Minister Piyush Goyal said on Monday that the talks had made progress.";
  const auto said = events_of(g, {expression_at(g, "Monday", "2026-03-16")}, day(2026, 3, 18));
  INFO(describe(said));
  REQUIRE(said.size() == 1);
  CHECK(said[0].actors == std::vector<std::string>{"Commerce Minister Piyush Goyal"});
  CHECK(said[0].places.empty());
  const std::string w = "Chinese Foreign Minister Wang Yi arrived in Pretoria on Monday.";
  const auto arrived = events_of(w, {expression_at(w, "Monday", "2026-03-16")}, day(2026, 3, 18));
  INFO(describe(arrived));
  REQUIRE(arrived.size() == 1);
  CHECK(arrived[0].actors == std::vector<std::string>{"Foreign Minister Wang Yi"});
  CHECK(arrived[0].places == std::vector<std::string>{"Pretoria"});
  // Without a titled name the people's adjective still names the country that acts.
  const std::string f = "Russian forces shelled Kharkiv on Sunday.";
  const auto shelled = events_of(f, {expression_at(f, "Sunday", "2026-03-15")}, day(2026, 3, 18));
  INFO(describe(shelled));
  REQUIRE(shelled.size() == 1);
  CHECK(shelled[0].actors == std::vector<std::string>{"Russia"});
}

TEST_CASE("a city's possessive before an act of a state names its government; before anything else it is where") {
  const std::string b = "Budapest's withdrawal from the court took effect on Monday.";
  const auto withdrawal = events_of(b, {expression_at(b, "Monday", "2026-03-16")}, day(2026, 3, 18));
  INFO(describe(withdrawal));
  REQUIRE(withdrawal.size() == 1);
  CHECK(withdrawal[0].actors == std::vector<std::string>{"Budapest"});
  CHECK(withdrawal[0].places.empty());
  const std::string h = "Protesters filled Havana's streets on Monday.";
  const auto filled = events_of(h, {expression_at(h, "Monday", "2026-03-16")}, day(2026, 3, 18));
  INFO(describe(filled));
  REQUIRE(filled.size() == 1);
  CHECK(filled[0].actors.empty());
  CHECK(filled[0].places == std::vector<std::string>{"Havana"});
}

TEST_CASE("one word before a past spelt as its base and the verb's object is the verb's subject") {
  const std::string t = "Liverpool beat Chelsea 3-1 at Anfield on Saturday.";
  const auto beat = events_of(t, {expression_at(t, "Saturday", "2026-03-14")}, day(2026, 3, 18));
  INFO(describe(beat));
  REQUIRE(beat.size() == 1);
  CHECK(beat[0].trigger == "beat");
  CHECK(beat[0].actors == std::vector<std::string>{"Liverpool", "Chelsea"});
  CHECK(beat[0].places == std::vector<std::string>{"Anfield"});
}

TEST_CASE("a contest named after a place that takes place after 'the' is the event") {
  const std::string t = "The Tokyo Marathon takes place on March 1.";
  const auto marathon = events_of(t, {expression_at(t, "March 1", "2027-03-01")}, day(2026, 3, 18));
  INFO(describe(marathon));
  REQUIRE(marathon.size() == 1);
  CHECK(marathon[0].trigger == "Tokyo Marathon takes place");
  CHECK(marathon[0].status == EventStatus::planned);
  CHECK(marathon[0].actors.empty());
  const std::string p = "The Tour de France took place in July.";
  const auto tour = events_of(p, {expression_at(p, "July", "2025-07")}, day(2026, 3, 18));
  INFO(describe(tour));
  REQUIRE(tour.size() == 1);
  CHECK(tour[0].trigger == "Tour de France took place");
  CHECK(tour[0].status == EventStatus::occurred);
}

TEST_CASE("what lies off a coast is a place, and an organisation after 'at' is where, unless it modifies a noun") {
  const std::string q = "A magnitude 6.8 earthquake struck off the coast of Sumatra on Sunday.";
  const auto quake = events_of(q, {expression_at(q, "Sunday", "2026-03-15")}, day(2026, 3, 18));
  INFO(describe(quake));
  REQUIRE(quake.size() == 1);
  CHECK(quake[0].actors.empty());
  CHECK(quake[0].places == std::vector<std::string>{"Sumatra"});
  const std::string w = "Prime Minister Sanae Takaichi met Donald Trump at the White House on Thursday.";
  const auto met = events_of(w, {expression_at(w, "Thursday", "2026-03-12")}, day(2026, 3, 18));
  INFO(describe(met));
  REQUIRE(met.size() == 1);
  CHECK(met[0].actors == std::vector<std::string>{"Prime Minister Sanae Takaichi", "Donald Trump"});
  CHECK(met[0].places == std::vector<std::string>{"White House"});
  // After a plural, even one opening the sentence, it is whom the people work for.
  const std::string f = "Officials at the Fed said on Monday that rates would stay on hold.";
  const auto said = events_of(f, {expression_at(f, "Monday", "2026-03-16")}, day(2026, 3, 18));
  INFO(describe(said));
  REQUIRE(said.size() == 1);
  CHECK(said[0].actors == std::vector<std::string>{"Federal Reserve"});
  CHECK(said[0].places.empty());
  const std::string n = "The leaders will meet at the NATO summit in Ankara in July.";
  const auto summit = events_of(n, {expression_at(n, "July", "2026-07")}, day(2026, 3, 18));
  INFO(describe(summit));
  REQUIRE(summit.size() == 1);
  CHECK(summit[0].actors == std::vector<std::string>{"North Atlantic Treaty Organization"});
  CHECK(summit[0].places == std::vector<std::string>{"Ankara"});
}

TEST_CASE("a past verb said of a disaster noun counts a date after its object from its own place") {
  const std::string w = "Wildfires forced the evacuation of 20,000 people in southern Chile on Saturday.";
  const auto fires = events_of(w, {expression_at(w, "Saturday", "2026-03-14")}, day(2026, 3, 18));
  INFO(describe(fires));
  REQUIRE(fires.size() == 1);
  CHECK(fires[0].trigger == "Wildfires");
  CHECK(fires[0].type == "disaster");
  CHECK(fires[0].status == EventStatus::occurred);
  CHECK(fires[0].places == std::vector<std::string>{"Chile"});
}

TEST_CASE("a verb's base form with no noun reading is the first word of a compound before an event noun") {
  const std::string t = "India and the European Union signed a free trade agreement in New Delhi on January 27.";
  const auto signed_ = events_of(t, {expression_at(t, "January 27", "2026-01-27")}, day(2026, 3, 18));
  INFO(describe(signed_));
  REQUIRE(signed_.size() == 1);
  CHECK(signed_[0].trigger == "signed a free trade agreement");
  CHECK(signed_[0].type == "agreement");
  CHECK(signed_[0].actors == std::vector<std::string>{"India", "European Union"});
  CHECK(signed_[0].places == std::vector<std::string>{"New Delhi"});
}

TEST_CASE("a trigger that holds its object is dated by a date after the phrase completing the object") {
  const std::string t = "The Supreme Court heard arguments on the tariffs on Wednesday.";
  const auto heard = events_of(t, {expression_at(t, "Wednesday", "2026-03-18")}, day(2026, 3, 18));
  INFO(describe(heard));
  REQUIRE(heard.size() == 1);
  CHECK(heard[0].trigger == "heard arguments");
  CHECK(heard[0].type == "other");
  CHECK(heard[0].status == EventStatus::occurred);
  CHECK(heard[0].actors == std::vector<std::string>{"Supreme Court"});
}

TEST_CASE("a date after a phrase completing the event noun of a verb's object dates the verb") {
  const std::string t = "Hungary's parliament approved Budapest's accession to the pact on Monday.";
  const auto approved = events_of(t, {expression_at(t, "Monday", "2026-03-16")}, day(2026, 3, 18));
  INFO(describe(approved));
  REQUIRE(approved.size() == 1);
  CHECK(approved[0].trigger == "approved");
  CHECK(approved[0].type == "adoption");
  CHECK(approved[0].status == EventStatus::occurred);
  CHECK(approved[0].actors == std::vector<std::string>{"Hungary", "Budapest"});
  CHECK(approved[0].places.empty());
}

TEST_CASE("a disaster named after its noun is one event noun and no one who acts") {
  const std::string t = "Typhoon Kalmaegi killed 100 people in the Philippines on Tuesday.";
  const auto killed = events_of(t, {expression_at(t, "Tuesday", "2026-03-17")}, day(2026, 3, 18));
  INFO(describe(killed));
  REQUIRE(killed.size() == 1);
  CHECK(killed[0].trigger == "Typhoon Kalmaegi killed");
  CHECK(killed[0].type == "disaster");
  CHECK(killed[0].actors.empty());
  CHECK(killed[0].places == std::vector<std::string>{"Philippines"});
  const std::string a = "Storm Amy hit Scotland on Friday.";
  const auto hit = events_of(a, {expression_at(a, "Friday", "2026-03-13")}, day(2026, 3, 18));
  INFO(describe(hit));
  REQUIRE(hit.size() == 1);
  CHECK(hit[0].trigger == "Storm Amy");
  CHECK(hit[0].type == "disaster");
  CHECK(hit[0].actors.empty());
  CHECK(hit[0].places == std::vector<std::string>{"Scotland"});
  // A name before a plural the lexicon has no verb for names a thing.
  const std::string m = "Ukraine fired Storm Shadow missiles at Russian targets on Tuesday.";
  const auto fired = events_of(m, {expression_at(m, "Tuesday", "2026-03-17")}, day(2026, 3, 18));
  INFO(describe(fired));
  REQUIRE(fired.size() == 1);
  CHECK(fired[0].trigger == "fired");
  CHECK(fired[0].type == "conflict");
}

TEST_CASE("the regulators said as the subject are who acts") {
  const std::string t = "The regulators in Canberra will review the deal in June.";
  const auto review = events_of(t, {expression_at(t, "June", "2026-06")}, day(2026, 3, 18));
  INFO(describe(review));
  REQUIRE(review.size() == 1);
  CHECK(review[0].trigger == "review");
  CHECK(review[0].actors == std::vector<std::string>{"regulators"});
  CHECK(review[0].places == std::vector<std::string>{"Canberra"});
}

TEST_CASE("a gerund after a determiner and an open word before a preposition is a noun") {
  const std::string t = "The Met Office issued an amber warning for wind on Sunday.";
  const auto issued = events_of(t, {expression_at(t, "Sunday", "2026-11-22")}, day(2026, 11, 25));
  INFO(describe(issued));
  REQUIRE(issued.size() == 1);
  CHECK(issued[0].trigger == "issued");
  CHECK(issued[0].type == "statement");
  CHECK(issued[0].actors == std::vector<std::string>{"Met Office"});
  const std::string r = "Met Eireann issued a status red warning for Galway on Saturday.";
  const auto red = events_of(r, {expression_at(r, "Saturday", "2026-11-21")}, day(2026, 11, 25));
  INFO(describe(red));
  REQUIRE(red.size() == 1);
  CHECK(red[0].trigger == "issued");
  // With its object, the gerund stays a verb: "the troops closing in on Valencia".
  const std::string c = "Reports said on Monday the troops closing in on Valencia were tired.";
  const auto closing = events_of(c, {expression_at(c, "Monday", "2026-11-23")}, day(2026, 11, 25));
  INFO(describe(closing));
  REQUIRE(!closing.empty());
  CHECK(closing[0].trigger == "said");
}

TEST_CASE("a meeting opened or resumed is the meeting beginning") {
  const std::string t = "Iran and the United States opened talks in Muscat on Sunday.";
  const auto opened = events_of(t, {expression_at(t, "Sunday", "2026-11-22")}, day(2026, 11, 25));
  INFO(describe(opened));
  REQUIRE(opened.size() == 1);
  CHECK(opened[0].trigger == "opened talks");
  CHECK(opened[0].type == "visit");
  CHECK(opened[0].actors == std::vector<std::string>{"Iran", "United States"});
  CHECK(opened[0].places == std::vector<std::string>{"Muscat"});
  const std::string r = "Ukraine and Russia resumed talks in Istanbul on Monday.";
  const auto resumed = events_of(r, {expression_at(r, "Monday", "2026-11-23")}, day(2026, 11, 25));
  INFO(describe(resumed));
  REQUIRE(resumed.size() == 1);
  CHECK(resumed[0].trigger == "resumed talks");
  CHECK(resumed[0].type == "visit");
  // A date after a phrase completing the meeting dates its opening.
  const std::string a = "The EU opened talks on Budapest's accession to the eurozone in January.";
  const auto accession = events_of(a, {expression_at(a, "January", "2026-01")}, day(2026, 11, 25));
  INFO(describe(accession));
  REQUIRE(accession.size() == 1);
  CHECK(accession[0].trigger == "opened talks");
  CHECK(accession[0].type == "visit");
  // What is opened that is no meeting stays founded.
  const std::string e = "France opened an embassy in Kyiv on Monday.";
  const auto embassy = events_of(e, {expression_at(e, "Monday", "2026-11-23")}, day(2026, 11, 25));
  INFO(describe(embassy));
  REQUIRE(embassy.size() == 1);
  CHECK(embassy[0].type == "establishment");
}

TEST_CASE("the side a contest is lost to or drawn with takes part") {
  const std::string t = "Arsenal lost to Manchester City on Sunday.";
  const auto lost = events_of(t, {expression_at(t, "Sunday", "2026-11-22")}, day(2026, 11, 25));
  INFO(describe(lost));
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].trigger == "lost");
  CHECK(lost[0].actors == std::vector<std::string>{"Arsenal", "Manchester City"});
  CHECK(lost[0].places.empty());
  const std::string d = "Tottenham drew with Leicester City on Saturday.";
  const auto drew = events_of(d, {expression_at(d, "Saturday", "2026-11-21")}, day(2026, 11, 25));
  INFO(describe(drew));
  REQUIRE(drew.size() == 1);
  CHECK(drew[0].actors == std::vector<std::string>{"Tottenham", "Leicester City"});
  CHECK(drew[0].places.empty());
  // Travel to a city stays a place.
  const std::string f = "The minister flew to Mexico City on Monday.";
  const auto flew = events_of(f, {expression_at(f, "Monday", "2026-11-23")}, day(2026, 11, 25));
  INFO(describe(flew));
  REQUIRE(flew.size() == 1);
  CHECK(flew[0].places == std::vector<std::string>{"Mexico City"});
}

TEST_CASE("one word before shares and a verb is the company whose shares they are") {
  const std::string t = "Glencore shares rose after the results on Tuesday.";
  const auto rose = events_of(t, {expression_at(t, "Tuesday", "2026-11-24")}, day(2026, 11, 25));
  INFO(describe(rose));
  REQUIRE(rose.size() == 1);
  CHECK(rose[0].trigger == "rose");
  CHECK(rose[0].actors == std::vector<std::string>{"Glencore"});
  const std::string s = "Tech shares fell on Tuesday.";
  const auto fell = events_of(s, {expression_at(s, "Tuesday", "2026-11-24")}, day(2026, 11, 25));
  INFO(describe(fell));
  REQUIRE(fell.size() == 1);
  CHECK(fell[0].actors.empty());
}
