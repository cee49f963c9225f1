// The trigger lexicon and gazetteer files (events.hpp: EventLexicon).
#include "events_test_support.hpp"

#include <annalist/engine/file_io.hpp>

using namespace annalist;

namespace {

const EventLexicon::Trigger* reading(const EventLexicon& l, const std::string& surface, LexiconRole role) {
  const auto it = l.triggers.find(surface);
  if (it == l.triggers.end()) return nullptr;
  for (const auto& t : it->second)
    if (t.role == role) return &t;
  return nullptr;
}

}  // namespace

TEST_CASE("a verb entry matches its regular inflections") {
  EventLexicon l;
  l.add_entries("verb\tadoption\tapprove\nverb\teconomic\tcarry\nverb\tvisit\ttouch down\n", "t.tsv");
  using Form = EventLexicon::Trigger::Form;
  for (const auto& [surface, form] : std::vector<std::pair<std::string, Form>>{{"approve", Form::base},
                                                                               {"approves", Form::third_person},
                                                                               {"approved", Form::past_or_participle},
                                                                               {"approving", Form::gerund},
                                                                               {"carries", Form::third_person},
                                                                               {"carried", Form::past_or_participle},
                                                                               {"touches down", Form::third_person},
                                                                               {"touching down", Form::gerund}}) {
    const auto* r = reading(l, surface, LexiconRole::verb);
    REQUIRE_MESSAGE(r, surface);
    CHECK(r->form == form);
  }
  CHECK(reading(l, "approve", LexiconRole::verb)->type == "adoption");
  CHECK(l.longest_trigger.at("touching") == 2);
}

TEST_CASE("irregular forms come from the FORMS column, and nouns get their plural") {
  EventLexicon l;
  l.add_entries(
      "verb\tstatement\tsay\tsays,said,said,saying\nnoun\tconflict\tcrisis\tcrises\nnoun\tvisit\tstate visit\n",
      "t.tsv");
  CHECK(reading(l, "said", LexiconRole::verb) != nullptr);
  CHECK(reading(l, "crises", LexiconRole::noun) != nullptr);
  CHECK(reading(l, "state visits", LexiconRole::noun) != nullptr);
  CHECK(reading(l, "sayed", LexiconRole::verb) == nullptr);
}

TEST_CASE("gazetteer lines map variants such as demonyms and acronyms to one name") {
  EventLexicon l;
  l.add_entries("country\t-\tKazakhstan\tKazakhstani,Kazakh\norganisation\t-\tEurasian Economic Union\tEEU\n", "g.tsv");
  CHECK(l.names.at("Kazakhstani").canonical == "Kazakhstan");
  CHECK(l.names.at("EEU").canonical == "Eurasian Economic Union");
  CHECK(l.names.at("EEU").kind == NameKind::organisation);
  CHECK(l.longest_name.at("Eurasian") == 3);
}

TEST_CASE("a country's demonym in -an, -i or -o names it in the plural too, an entry of its own winning") {
  EventLexicon l;
  l.add_entries(
      "country\t-\tItaly\tItalian\ncountry\t-\tIraq\tIraqi\ncountry\t-\tSwitzerland\tSwiss\n"
      "country\t-\tPoland\tPolish\ncountry\t-\tLaos\tLao\norganisation\t-\tAsian Bank\tAsian\n",
      "g.tsv");
  CHECK(l.names.at("Italians").canonical == "Italy");
  CHECK(l.names.at("Iraqis").canonical == "Iraq");
  CHECK(l.names.at("Laos").canonical == "Laos");
  CHECK(l.longest_name.at("Italians") == 1);
  CHECK_FALSE(l.names.contains("Swisss"));
  CHECK_FALSE(l.names.contains("Polishs"));
  CHECK_FALSE(l.names.contains("Asians"));  // only a country's demonym
  CHECK(default_event_lexicon().names.at("Soviets").canonical == "Soviet Union");
  CHECK(default_event_lexicon().names.at("Soviet").canonical == "Soviet Union");
}

TEST_CASE("a later entry replaces the reading of the same form and role, keeping other roles") {
  EventLexicon l;
  l.add_entries("verb\tstatement\treport\nnoun\tstatement\treport\n", "a.tsv");
  l.add_entries("noun\teconomic\treport\n", "b.tsv");
  CHECK(reading(l, "report", LexiconRole::noun)->type == "economic");
  CHECK(reading(l, "report", LexiconRole::verb)->type == "statement");
}

TEST_CASE("malformed lexicon lines are errors naming the source and line") {
  auto error_of = [](const std::string& text) {
    EventLexicon l;
    try {
      l.add_entries(text, "my.tsv");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(error_of("# comment\n\nverb\tadoption\n") ==
        "my.tsv:3: expected ROLE<TAB>TYPE<TAB>WORDS[<TAB>FORMS], found 2 field(s)");
  CHECK(error_of("verb\tparty\tcelebrate\n").find("my.tsv:1: unknown event type \"party\"") == 0);
  CHECK(error_of("adverb\t-\tsoon\n").find("my.tsv:1: unknown role \"adverb\"") == 0);
  CHECK(error_of("verb\tvisit\tVisit\n") == "my.tsv:1: WORDS of a trigger must be lower case");
  CHECK(error_of("verb\tvisit\tgo\tgoes,went\n") == "my.tsv:1: FORMS of a verb are \"3RD,PAST,PARTICIPLE,GERUND\"");
  CHECK(error_of("intent\tplan\tplan\n") == "my.tsv:1: the TYPE of an intent entry must be \"-\"");
}

TEST_CASE("the built-in lexicon covers every event type of the taxonomy and loads the gazetteer") {
  const EventLexicon& l = default_event_lexicon();
  for (std::string_view type : event_types) {
    if (type == "other") continue;
    const bool present = std::any_of(l.triggers.begin(), l.triggers.end(), [&](const auto& entry) {
      return std::any_of(entry.second.begin(), entry.second.end(), [&](const auto& t) { return t.type == type; });
    });
    CHECK_MESSAGE(present, type);
  }
  CHECK(l.names.at("Kazakhstani").canonical == "Kazakhstan");
  CHECK(l.names.at("President").kind == NameKind::title);
  CHECK(reading(l, "official visit", LexiconRole::noun)->type == "visit");
}

TEST_CASE("load_event_lexicon reads a file and reports a missing one") {
  CHECK_THROWS_AS(load_event_lexicon("/nonexistent/lexicon.tsv"), InputError);
  const EventLexicon l = load_event_lexicon(ANNALIST_DATA_DIR "/event-triggers.tsv");
  CHECK(reading(l, "approved", LexiconRole::verb) != nullptr);
}
