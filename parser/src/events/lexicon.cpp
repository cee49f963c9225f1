// The trigger lexicon and gazetteer: reading the TSV format of data/event-triggers.tsv and
// data/gazetteer.tsv, and generating the inflected forms of verbs and nouns.
#include <annalist/engine/file_io.hpp>
#include <annalist/parser/events.hpp>

#include "builtin_lexicon.hpp"
#include "english/irregular_verbs.hpp"

#include <algorithm>
#include <array>

namespace annalist {

namespace {

using Form = EventLexicon::Trigger::Form;
using english::irregular_verb;
using english::IrregularVerb;

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t pos = 0;
  while (true) {
    const std::size_t next = s.find(separator, pos);
    parts.push_back(s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) return parts;
    pos = next + 1;
  }
}

std::string_view strip(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A one-syllable word ending in one vowel and one consonant doubles it before -ed and -ing: "plan",
// "planned", "planning"; "ban", "stop", "vet" (not "open", "visit", "seat", "tax").
bool doubles_final_consonant(std::string_view w) {
  if (w.size() < 3) return false;
  const char last = w.back();
  if (is_vowel(last) || last == 'w' || last == 'x' || last == 'y' || !is_vowel(w[w.size() - 2]) ||
      is_vowel(w[w.size() - 3]))
    return false;
  const std::size_t vowels = static_cast<std::size_t>(std::count_if(w.begin(), w.end(), is_vowel));
  return vowels == 1;
}

// English inflection of one word: the suffix rules, consonant doubling, and the irregular verbs
// (english/irregular_verbs.hpp). The lexicon's FORMS column overrides them for the rest.
std::string third_person(std::string_view w) {
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") || ends_with(w, "sh"))
    return std::string(w) + "es";
  if (w.size() >= 2 && w.back() == 'y' && !is_vowel(w[w.size() - 2]))
    return std::string(w.substr(0, w.size() - 1)) + "ies";
  return std::string(w) + "s";
}
std::string past(std::string_view w) {
  if (const IrregularVerb* v = irregular_verb(w)) return std::string(v->past);
  if (ends_with(w, "e")) return std::string(w) + "d";
  if (w.size() >= 2 && w.back() == 'y' && !is_vowel(w[w.size() - 2]))
    return std::string(w.substr(0, w.size() - 1)) + "ied";
  if (doubles_final_consonant(w)) return std::string(w) + w.back() + "ed";
  return std::string(w) + "ed";
}
std::string past_participle(std::string_view w) {
  if (const IrregularVerb* v = irregular_verb(w)) return std::string(v->participle);
  return past(w);
}
std::string gerund(std::string_view w) {
  if (ends_with(w, "ie")) return std::string(w.substr(0, w.size() - 2)) + "ying";
  if (ends_with(w, "e") && !ends_with(w, "ee") && w.size() > 2) return std::string(w.substr(0, w.size() - 1)) + "ing";
  if (doubles_final_consonant(w)) return std::string(w) + w.back() + "ing";
  return std::string(w) + "ing";
}
std::string plural(std::string_view w) { return third_person(w); }

// Applies `inflect` to the first word (verbs: "set up" -> "sets up") or the last (nouns).
template <class F>
std::string inflect_word(std::string_view words, bool first, F inflect) {
  if (first) {
    const std::size_t space = words.find(' ');
    if (space == std::string_view::npos) return inflect(words);
    return inflect(words.substr(0, space)) + std::string(words.substr(space));
  }
  const std::size_t space = words.rfind(' ');
  if (space == std::string_view::npos) return inflect(words);
  return std::string(words.substr(0, space + 1)) + inflect(words.substr(space + 1));
}

std::size_t word_count(std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1; }

void note_length(std::map<std::string, std::size_t, std::less<>>& longest, std::string_view key) {
  const std::string first(key.substr(0, key.find(' ')));
  std::size_t& n = longest[first];
  n = std::max(n, word_count(key));
}

}  // namespace

bool is_event_type(std::string_view type) {
  return std::find(std::begin(event_types), std::end(event_types), type) != std::end(event_types);
}

std::string_view to_string(LexiconRole role) {
  static constexpr std::array<std::string_view, 5> names{"verb", "noun", "intent", "command", "support"};
  return names[static_cast<std::size_t>(role)];
}

void EventLexicon::add_entries(std::string_view text, const std::string& source) {
  std::size_t line_number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++line_number;
    line = strip(line);
    if (line.empty() || line.front() == '#') continue;
    auto fail = [&](const std::string& what) { throw InputError(source, line_number, 0, what); };
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() < 3 || fields.size() > 4)
      fail("expected ROLE<TAB>TYPE<TAB>WORDS[<TAB>FORMS], found " + std::to_string(fields.size()) + " field(s)");
    const std::string_view role = strip(fields[0]), type = strip(fields[1]), words = strip(fields[2]);
    const std::string_view forms = fields.size() == 4 ? strip(fields[3]) : std::string_view{};
    if (words.empty() || words.find("  ") != std::string_view::npos)
      fail("WORDS must be words separated by single spaces");

    static constexpr std::array<std::pair<std::string_view, NameKind>, 5> name_kinds{
        {{"country", NameKind::country},
         {"place", NameKind::place},
         {"organisation", NameKind::organisation},
         {"title", NameKind::title},
         {"term", NameKind::term}}};
    if (auto k = std::find_if(name_kinds.begin(), name_kinds.end(), [&](const auto& p) { return p.first == role; });
        k != name_kinds.end()) {
      const Name name{k->second, std::string(words)};
      names[std::string(words)] = name;
      note_length(longest_name, words);
      if (!forms.empty())
        for (std::string_view variant : split(forms, ',')) {
          variant = strip(variant);
          if (variant.empty()) fail("empty variant in \"" + std::string(forms) + "\"");
          names[std::string(variant)] = name;
          note_length(longest_name, variant);
          // A people's plural names its country as its adjective does ("the Italians advanced", "Iraqis
          // voted", as "Italian forces", "Iraqi voters"): a one-word demonym in -an, -i or -o takes
          // an -s ("Swiss", "French", "Polish" have no such plural). An entry of its own wins.
          const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
          if (name.kind == NameKind::country && variant.size() > 2 && variant.front() >= 'A' &&
              variant.front() <= 'Z' && std::all_of(variant.begin() + 1, variant.end(), lower) &&
              (variant.ends_with("an") || variant.ends_with('i') || variant.ends_with('o'))) {
            const std::string people = std::string(variant) + 's';
            if (names.try_emplace(people, name).second) note_length(longest_name, people);
          }
        }
      continue;
    }

    static constexpr std::array<std::pair<std::string_view, LexiconRole>, 5> roles{{{"verb", LexiconRole::verb},
                                                                                    {"noun", LexiconRole::noun},
                                                                                    {"intent", LexiconRole::intent},
                                                                                    {"command", LexiconRole::command},
                                                                                    {"support", LexiconRole::support}}};
    const auto r = std::find_if(roles.begin(), roles.end(), [&](const auto& p) { return p.first == role; });
    if (r == roles.end())
      fail("unknown role \"" + std::string(role) +
           "\" (expected verb, noun, intent, command, support, country, place, organisation, title or term)");
    const bool has_type = r->second == LexiconRole::verb || r->second == LexiconRole::noun;
    if (has_type && !is_event_type(type))
      fail("unknown event type \"" + std::string(type) +
           "\" (expected adoption, agreement, establishment, visit, statement, plan, election, conflict, "
           "disaster, economic or other)");
    if (!has_type && type != "-") fail("the TYPE of an " + std::string(role) + " entry must be \"-\"");
    for (char c : words)
      if (c >= 'A' && c <= 'Z') fail("WORDS of a trigger must be lower case");

    auto add = [&](std::string surface, Form form) {
      std::vector<Trigger>& readings = triggers[surface];
      std::erase_if(readings, [&](const Trigger& t) { return t.role == r->second && t.form == form; });
      readings.push_back({r->second, form, has_type ? std::string(type) : std::string(), std::string(words)});
      note_length(longest_trigger, surface);
    };
    if (r->second == LexiconRole::noun) {
      add(std::string(words), Form::noun);
      if (forms.empty())
        add(inflect_word(words, false, plural), Form::noun);
      else
        for (std::string_view p : split(forms, ',')) add(std::string(strip(p)), Form::noun);
      continue;
    }
    std::array<std::string, 4> inflected;  // third person, past, participle, gerund
    if (forms.empty()) {
      inflected = {inflect_word(words, true, third_person), inflect_word(words, true, past),
                   inflect_word(words, true, past_participle), inflect_word(words, true, gerund)};
    } else {
      const auto f = split(forms, ',');
      if (f.size() != 4) fail("FORMS of a verb are \"3RD,PAST,PARTICIPLE,GERUND\"");
      for (std::size_t i = 0; i < 4; ++i) inflected[i] = std::string(strip(f[i]));
    }
    // A form spelt like the base (the participle "become") reads as the base: the auxiliaries
    // around it decide its tense. A past tense spelt like the base ("cut") is read as a past too,
    // so that "the council cut rates in January" needs no auxiliary; "will cut" stays planned.
    auto add_inflection = [&](const std::string& surface, Form form) {
      if (surface != words) add(surface, form);
    };
    add_inflection(inflected[0], Form::third_person);
    if (inflected[1] == words && inflected[2] == words) {
      add(std::string(words), Form::past_or_participle);
    } else if (inflected[1] == inflected[2]) {
      add_inflection(inflected[1], Form::past_or_participle);
    } else {
      add_inflection(inflected[1], Form::past);
      add_inflection(inflected[2], Form::past_participle);
    }
    add_inflection(inflected[3], Form::gerund);
    add(std::string(words), Form::base);
  }
}

EventLexicon load_event_lexicon(const std::filesystem::path& path) {
  EventLexicon lexicon;
  lexicon.add_entries(read_text_file(path), path.string());
  return lexicon;
}

const EventLexicon& default_event_lexicon() {
  static const EventLexicon lexicon = [] {
    EventLexicon l;
    l.add_entries(events_detail::builtin_event_triggers, "data/event-triggers.tsv");
    l.add_entries(events_detail::builtin_gazetteer, "data/gazetteer.tsv");
    return l;
  }();
  return lexicon;
}

}  // namespace annalist
