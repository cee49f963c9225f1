// The actor identity rule (actors.hpp) and its use in facets, filters, merge and comparisons.
#include "fixtures.hpp"

#include <annalist/engine/actors.hpp>
#include <annalist/engine/compare.hpp>
#include <annalist/engine/timeline.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace annalist;
using annalist::test::document;
using annalist::test::event;
using annalist::test::ids;
using Strings = std::vector<std::string>;

namespace {

// The display name of each name's actor, grouping `names` with documents that name all of them.
Strings actor_names(const std::vector<std::string_view>& names) {
  const ActorGroups groups = group_actor_names(names, {}, [](std::size_t, std::size_t) { return true; });
  Strings out;
  for (const auto a : groups.actor_of) out.emplace_back(names[groups.display[a]]);
  return out;
}

// One event per (document, actor): a visit in 2000, each document its own.
Timeline mentions(const std::vector<std::pair<std::string, std::string>>& document_actor) {
  Timeline t;
  int n = 0;
  for (const auto& [doc, actor] : document_actor) {
    if (!t.find_document(doc)) t.add_document(document(doc));
    t.add_event(event("e" + std::to_string(++n), doc, "visit", "visited", "2000", "2000", {actor}));
  }
  return t;
}

}  // namespace

TEST_CASE("a shorter form keeps the last word and the other words in order, an initial for a word") {
  CHECK(is_shorter_form("President Clinton", "President Bill Clinton"));
  CHECK(is_shorter_form("Clinton", "President Bill Clinton"));
  CHECK(is_shorter_form("James C. Kopp", "James Charles Kopp"));
  CHECK(is_shorter_form("James Kopp", "James Charles Kopp"));
  CHECK(is_shorter_form("kopp", "James Kopp"));                         // ASCII case ignored
  CHECK_FALSE(is_shorter_form("James Charles Kopp", "James C. Kopp"));  // a word does not stand for its initial
  CHECK_FALSE(is_shorter_form("Bill President Clinton", "President Bill Clinton"));  // order kept
  CHECK_FALSE(is_shorter_form("Hillary Clinton", "President Bill Clinton"));
  CHECK_FALSE(is_shorter_form("Clinton", "Clinton"));                             // the same name
  CHECK_FALSE(is_shorter_form("Kuwait", "Bank of Kuwait"));                       // a bank, not Kuwait
  CHECK_FALSE(is_shorter_form("Ireland", "Northern Ireland"));                    // another place
  CHECK_FALSE(is_shorter_form("Security Council", "National Security Council"));  // another body
  CHECK(is_shorter_form("Berger", "National Security Adviser Sandy Berger"));
  CHECK(is_shorter_form("Justice Department", "U.S. Justice Department"));
  CHECK_FALSE(is_shorter_form("Russia", "Soviet Ukraine and Soviet Russia"));  // one of a list
  CHECK_FALSE(is_shorter_form("Security Council", "Security Council Resolution"));
}

TEST_CASE("an acronym spells the initials of a name's capitalised words") {
  CHECK(is_acronym_of("INS", "Immigration and Naturalization Service"));
  CHECK(is_acronym_of("U.N.", "United Nations"));
  CHECK_FALSE(is_acronym_of("INS", "Immigration Service"));
  CHECK_FALSE(is_acronym_of("Ins", "Immigration and Naturalization Service"));  // not capitals
  CHECK_FALSE(is_acronym_of("I", "Immigration"));
}

TEST_CASE("forms of one name are one actor, shown under the fullest") {
  CHECK(actor_names({"James C. Kopp", "James Kopp", "James Charles Kopp"}) ==
        Strings{"James Charles Kopp", "James Charles Kopp", "James Charles Kopp"});
  CHECK(actor_names({"President Clinton", "Clinton", "President Bill Clinton"}) ==
        Strings{"President Bill Clinton", "President Bill Clinton", "President Bill Clinton"});
  CHECK(actor_names({"WASHINGTON", "Washington"}) == Strings{"WASHINGTON", "WASHINGTON"});
}

TEST_CASE("a surname alone stays apart when it could be several people") {
  CHECK(actor_names({"Gonzalez", "Elian Gonzalez", "Lazaro Gonzalez", "Juan Miguel Gonzalez"}) ==
        Strings{"Gonzalez", "Elian Gonzalez", "Lazaro Gonzalez", "Juan Miguel Gonzalez"});
  CHECK(actor_names({"Hussein", "King Hussein", "Saddam Hussein"}) ==
        Strings{"Hussein", "King Hussein", "Saddam Hussein"});
  // Two people with a shared short form: the short form joins neither.
  CHECK(actor_names({"President Clinton", "President Bill Clinton", "Hillary Clinton", "Clinton"}) ==
        Strings{"President Bill Clinton", "President Bill Clinton", "Hillary Clinton", "Clinton"});
}

TEST_CASE("a name the events also give as a place joins no longer name") {
  const std::vector<std::string_view> names{"China", "CIA China", "Clinton", "President Bill Clinton"};
  const std::vector<std::uint8_t> also_place{1, 0, 0, 0};
  const ActorGroups groups = group_actor_names(
      names, {}, [](std::size_t, std::size_t) { return false; }, also_place);
  CHECK(groups.actor_of[0] != groups.actor_of[1]);
  CHECK(groups.actor_of[2] == groups.actor_of[3]);
  // In a timeline: "China" is a place of one event, so its other events stay China's.
  Timeline t = mentions({{"d1", "China"}, {"d2", "CIA China"}});
  Event in_china = event("e3", "d1", "visit", "visited", "2000", "2000", {"President Bill Clinton"});
  in_china.places = {"China"};
  t.add_event(in_china);
  CHECK(t.facet_counts({}).actors ==
        std::vector<FacetCount>{{"CIA China", 1}, {"China", 1}, {"President Bill Clinton", 1}});
}

TEST_CASE("the display name prefers more words, then fewer initials, then more mentions") {
  const std::vector<std::string_view> names{"Elian Gonzalez", "ELIAN GONZALEZ", "Gonzalez"};
  const std::vector<std::uint32_t> mentions{2, 5, 1};
  const ActorGroups groups = group_actor_names(names, mentions, [](std::size_t, std::size_t) { return false; });
  REQUIRE(groups.display.size() == 1);
  CHECK(names[groups.display[0]] == "ELIAN GONZALEZ");
  CHECK(groups.actor_of == std::vector<std::uint32_t>{0, 0, 0});
}

TEST_CASE("an acronym joins its long name only when a document names both") {
  const std::vector<std::string_view> names{"INS", "Immigration and Naturalization Service", "GM", "General Mills"};
  const ActorGroups groups = group_actor_names(names, {}, [](std::size_t a, std::size_t b) {
    return (a == 0 && b == 1) || (a == 1 && b == 0);  // INS and its long name are read together, GM never
  });
  CHECK(groups.actor_of[0] == groups.actor_of[1]);
  CHECK(names[groups.display[groups.actor_of[0]]] == "Immigration and Naturalization Service");
  CHECK(groups.actor_of[2] != groups.actor_of[3]);
}

TEST_CASE("facet counts give one row per actor under its fullest name") {
  const Timeline t = mentions({{"d1", "James C. Kopp"},
                               {"d2", "James Kopp"},
                               {"d3", "James Charles Kopp"},
                               {"d4", "Elian Gonzalez"},
                               {"d5", "Lazaro Gonzalez"},
                               {"d6", "Gonzalez"},
                               {"d7", "Immigration and Naturalization Service"},
                               {"d7", "INS"},
                               {"d8", "INS"}});
  const auto counts = t.facet_counts({});
  CHECK(counts.actors == std::vector<FacetCount>{{"Immigration and Naturalization Service", 3},
                                                 {"James Charles Kopp", 3},
                                                 {"Elian Gonzalez", 1},
                                                 {"Gonzalez", 1},
                                                 {"Lazaro Gonzalez", 1}});
}

TEST_CASE("an event naming one actor twice counts once for it") {
  Timeline t;
  t.add_document(document("d"));
  t.add_event(event("e1", "d", "visit", "visited", "2000", "2000", {"President Clinton", "President Bill Clinton"}));
  CHECK(t.facet_counts({}).actors == std::vector<FacetCount>{{"President Bill Clinton", 1}});
  const FacetIds actors = t.facet_ids(Facet::actor);
  CHECK(actors.names == Strings{"President Bill Clinton"});
  CHECK(actors.ids == std::vector<std::uint32_t>{0});
}

TEST_CASE("an actor filter by any form of a name selects the events of all its forms") {
  const Timeline t = mentions({{"d1", "James C. Kopp"},
                               {"d2", "James Kopp"},
                               {"d3", "James Charles Kopp"},
                               {"d4", "Elian Gonzalez"},
                               {"d5", "Lazaro Gonzalez"}});
  EventFilter f;
  f.actors = {"james kopp"};
  CHECK(ids(t, t.query(f)) == Strings{"e1", "e2", "e3"});
  f.actors = {"Charles"};  // a whole word of one form
  CHECK(ids(t, t.query(f)) == Strings{"e1", "e2", "e3"});
  f.actors = {"Elian Gonzalez"};
  CHECK(ids(t, t.query(f)) == Strings{"e4"});
}

TEST_CASE("facet ids group the events of an actor's forms under one id") {
  const Timeline t = mentions({{"d1", "President Clinton"}, {"d2", "Clinton"}, {"d3", "President Bill Clinton"}});
  const FacetIds actors = t.facet_ids(Facet::actor);
  CHECK(actors.names == Strings{"President Bill Clinton"});
  CHECK(actors.begin == std::vector<std::uint32_t>{0, 1, 2, 3});
  CHECK(actors.ids == std::vector<std::uint32_t>{0, 0, 0});
}

TEST_CASE("merge marks a report naming another form of the actor as a duplicate") {
  Timeline a = mentions({{"d1", "President Bill Clinton"}});
  Timeline b = mentions({{"d2", "President Clinton"}});
  a.merge(std::move(b));
  REQUIRE(a.events().size() == 2);
  CHECK(a.events()[1].duplicate_of == "e1");
}

TEST_CASE("merge does not tie a surname to one of several people of both timelines") {
  Timeline a = mentions({{"d1", "Elian Gonzalez"}});
  Timeline b = mentions({{"d2", "Gonzalez"}, {"d3", "Lazaro Gonzalez"}});
  a.merge(std::move(b));
  REQUIRE(a.events().size() == 3);
  CHECK(a.events()[1].duplicate_of.empty());
  // Alone, the two events' names are one actor: is_duplicate sees no other Gonzalez.
  CHECK(is_duplicate(a.events()[0], a.events()[1]));
}

TEST_CASE("a period comparison counts an actor's forms in one row") {
  Timeline t;
  t.add_document(document("d1"));
  t.add_document(document("d2"));
  t.add_event(event("a", "d1", "visit", "visited", "2000", "2000", {"President Bill Clinton"}));
  t.add_event(event("b", "d2", "visit", "met", "2001", "2001", {"President Clinton"}));
  t.add_event(event("c", "d2", "visit", "met", "2001", "2001", {"Boris Yeltsin"}));
  const Period p2000{"2000", test::day("2000-01-01"), test::day("2000-12-31")};
  const Period p2001{"2001", test::day("2001-01-01"), test::day("2001-12-31")};
  const PeriodComparison cmp = compare_periods(t, p2000, p2001);
  CHECK(cmp.actors == std::vector<ComparisonRow>{{"President Bill Clinton", {1, 1}}, {"Boris Yeltsin", {0, 1}}});
  CHECK(cmp.columns[0].only.actors.empty());
  CHECK(cmp.columns[1].only.actors == Strings{"Boris Yeltsin"});
}

TEST_CASE("a timeline comparison groups the names of both timelines alike") {
  const Timeline a = mentions({{"d1", "President Bill Clinton"}, {"d1", "Elian Gonzalez"}});
  const Timeline b = mentions({{"d2", "President Clinton"}, {"d2", "Gonzalez"}, {"d3", "Lazaro Gonzalez"}});
  const Period all{"2000", test::day("2000-01-01"), test::day("2000-12-31")};
  const PeriodComparison cmp = compare_timelines(a, "a", b, "b", all);
  CHECK(cmp.actors == std::vector<ComparisonRow>{{"President Bill Clinton", {1, 1}},
                                                 {"Elian Gonzalez", {1, 0}},
                                                 {"Gonzalez", {0, 1}},
                                                 {"Lazaro Gonzalez", {0, 1}}});
  CHECK(cmp.columns[0].only.actors == Strings{"Elian Gonzalez"});
  // The Clinton visit is in both; Elian's is only in a (b's "Gonzalez" could be Lazaro).
  CHECK(event_ids(cmp.columns[0].only, a) == Strings{"e2"});
}

TEST_CASE("thousands of names with one last word are grouped as a few would be") {
  // "Company 7 Inc" and "Acme Company 7 Inc" are one actor among thousands of other "... Inc" names.
  std::vector<std::string> storage;
  for (int i = 0; i < 3000; ++i) storage.push_back("Company " + std::to_string(i) + " Inc");
  storage.push_back("Acme Company 7 Inc");
  storage.push_back("Inc");
  const std::vector<std::string_view> names(storage.begin(), storage.end());
  const ActorGroups groups = group_actor_names(names, {}, [](std::size_t, std::size_t) { return false; });
  CHECK(groups.display.size() == 3001);  // 3000 companies, and "Inc" alone
  CHECK(groups.actor_of[7] == groups.actor_of[3000]);
  CHECK(names[groups.display[groups.actor_of[7]]] == "Acme Company 7 Inc");
  CHECK(groups.actor_of[3001] != groups.actor_of[0]);
}

TEST_CASE("a name without the middle initial of a longer one is another person") {
  CHECK_FALSE(is_shorter_form("George Bush", "George W. Bush"));
  CHECK_FALSE(is_shorter_form("James Kopp", "James C. Kopp"));
  CHECK_FALSE(is_shorter_form("President George Bush", "President George H. W. Bush"));
  CHECK(is_shorter_form("George W. Bush", "George Walker Bush"));  // the initial stands for the word
  CHECK(is_shorter_form("Bush", "George W. Bush"));                // a surname alone drops given names
  CHECK(is_shorter_form("President Bush", "President George W. Bush"));
  CHECK(actor_names({"George Bush", "George W. Bush"}) == Strings{"George Bush", "George W. Bush"});
}

TEST_CASE("an institution noun said alone joins a longer name only when a document names both") {
  const std::vector<std::string_view> names{"Union", "Soviet Union", "Commission", "European Commission"};
  // Only "Commission" and "European Commission" are named by one document's events.
  const ActorGroups groups = group_actor_names(
      names, {}, [](std::size_t a, std::size_t b) { return (a == 2 && b == 3) || (a == 3 && b == 2); });
  CHECK(groups.actor_of[0] != groups.actor_of[1]);
  CHECK(groups.actor_of[2] == groups.actor_of[3]);
  CHECK(names[groups.display[groups.actor_of[2]]] == "European Commission");
  // Two bodies a document names with it: the noun alone stays apart.
  CHECK(actor_names({"Commission", "European Commission", "Federal Trade Commission"}) ==
        Strings{"Commission", "European Commission", "Federal Trade Commission"});
  // A one-word name that is no institution noun still joins by its words alone.
  CHECK(actor_names({"Gorbachev", "Mikhail Gorbachev"}) == Strings{"Mikhail Gorbachev", "Mikhail Gorbachev"});
}
