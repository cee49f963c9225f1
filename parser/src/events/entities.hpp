// Names in a sentence: people with titles, countries, places, organisations (private).
#pragma once

#include "tokens.hpp"

#include <map>
#include <string>
#include <vector>

namespace annalist::events_detail {

enum class EntityKind : std::uint8_t { person, country, place, organisation, name };

// Tokens [begin, end) name `canonical` ("Kazakhstani" -> "Kazakhstan", "EEU" -> "Eurasian
// Economic Union", "President Nazarbayev" -> "President Nursultan Nazarbayev").
struct Entity {
  std::size_t begin = 0, end = 0;
  EntityKind kind = EntityKind::name;
  std::string canonical;
};

// What a document has taught about its names so far: acronyms defined as "Long Form (LF)" and
// the full names of people, by surname. Sentences are read in order and update it.
struct DocumentNames {
  std::map<std::string, std::pair<std::string, EntityKind>, std::less<>> acronyms;  // "EEU" -> long form
  std::map<std::string, std::string, std::less<>> people;                           // "Nazarbayev" -> full name
};

// The entities of one sentence's tokens, left to right, non-overlapping.
std::vector<Entity> find_entities(const std::vector<Token>& tokens, const EventLexicon& lexicon, DocumentNames& names);

}  // namespace annalist::events_detail
