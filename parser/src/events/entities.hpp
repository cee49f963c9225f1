// Names in a sentence: people with titles, countries, places, organisations (private).
#pragma once

#include "tokens.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace annalist::events_detail {

enum class EntityKind : std::uint8_t { person, country, place, organisation, name };

// Tokens [begin, end) name `canonical` ("Kazakhstani" -> "Kazakhstan", "EEU" -> "Eurasian
// Economic Union"). People keep the name as said; canonical_person_names unifies them once the
// whole document is read.
struct Entity {
  std::size_t begin = 0, end = 0;
  EntityKind kind = EntityKind::name;
  std::string canonical;
};

// A mention of a person, or of a name that may be one, as the document writes it.
struct PersonMention {
  std::string said;                // the entity's text: "President Nazarbayev", "Elian"
  std::vector<std::string> words;  // the personal name without a title: {"Nazarbayev"}
  // After a royal or clerical title the name is a given name ("King Hussein", "Pope John"):
  // its one word is no surname of a longer name ("Saddam Hussein").
  bool given_name_title = false;
  friend auto operator<=>(const PersonMention&, const PersonMention&) = default;
};

// What a document has taught about its names so far: acronyms defined as "Long Form (LF)", the
// last words of people's names (so that "Jeenbekov said" is a name even at a sentence start),
// every distinct personal-name mention in text order, and the names used as places. Sentences are read
// in order and update it.
struct DocumentNames {
  std::map<std::string, std::pair<std::string, EntityKind>, std::less<>> acronyms;  // "EEU" -> long form
  std::set<std::string, std::less<>> surnames;                                      // "Nazarbayev"
  std::vector<PersonMention> people;  // each once, as first said: a repeated mention teaches nothing
  std::set<PersonMention> people_seen;
  // Surname -> the distinct personal names of two or more words said with it, as said, the one
  // said last at the back: "Gonzalez" said alone is the Gonzalez named last before it ("Juan
  // Miguel Gonzalez ... Elian Gonzalez ... Gonzalez").
  std::map<std::string, std::vector<std::string>, std::less<>> full_names;
  std::set<std::string, std::less<>> places;  // one-word names said after "in", "at", "from", ...
  // The places of the dateline that opens the body ("WELLINGTON, New Zealand (AP) _"), once its
  // first paragraph is read; and the countries, places and organisations named, which act from
  // where they are, not from the dateline; and the first and last words of the names of the
  // people an event of the article has placed elsewhere ("Wang Yi flew to Moscow": Wang, Yi).
  std::vector<std::string> dateline;
  bool dateline_read = false;
  std::set<std::string, std::less<>> acting_elsewhere;
  std::set<std::string, std::less<>> people_elsewhere;
  // People named with the country whose office their title is ("Indian Commerce Minister Piyush
  // Goyal"): they act for that country, from where they are, as it would.
  std::set<std::string, std::less<>> officials;
};

// One name per person in a document: maps PersonMention::said to the name to show. A mention of
// two or more words takes the form of the same words said first ("Bill Clinton" after "President
// Bill Clinton"); a one-word mention that is the first or last word of exactly one longer
// personal name takes that name ("Elian", before or after "Elian Gonzalez"), else the first
// titled form of the word ("Bush" and "Mr. Bush" after "President Bush"). A one-word name after
// a royal or clerical title ("King Hussein") is a person of its own (find_entities has already
// given a surname said after a full name with it that name: DocumentNames::full_names). Ambiguous words
// ("John" beside "John Smith" and "John Doe"), gazetteer names ("Washington") and names said
// as places ("in Virginia") stay as said, and are absent from the map.
std::map<std::string, std::string, std::less<>> canonical_person_names(const DocumentNames& names,
                                                                       const EventLexicon& lexicon);

// The entities of one sentence's tokens, left to right, non-overlapping.
std::vector<Entity> find_entities(const std::vector<Token>& tokens, const EventLexicon& lexicon, DocumentNames& names);

// A dateline's places when tokens open with one ("WELLINGTON, New Zealand (AP) _ ..." gives
// Wellington and New Zealand, "ROTTERDAM — Dock workers ..." Rotterdam), else none. `entities`
// are find_entities' of the same tokens.
std::vector<std::string> dateline_places(const std::vector<Token>& tokens, const std::vector<Entity>& entities);

// Roles said in place of a name, which are who acted when no name is given: a personal title in
// lower case ("the finance minister", "the prime minister"), an institution ("the central bank",
// "the board", "the government") or a force of the state ("police", "the army"). Each entity
// spans the noun phrase from its determiner; its canonical text is the role ("finance minister",
// "central bank"). A title before a name ("former president Sebastian Pinera") is no role.
std::vector<Entity> find_roles(const std::vector<Token>& tokens, const EventLexicon& lexicon);

}  // namespace annalist::events_detail
