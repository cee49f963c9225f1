// Tokens of a sentence for the event grammar (private to the event layer).
//
// A sentence becomes a sequence of word, number, punctuation and time-expression tokens; each
// time expression is one token. Tokens carry closed-class tags (auxiliaries, determiners,
// prepositions, ...) and their trigger-lexicon readings, which is what the Spirit X3 rules in
// predicates.cpp match on.
#pragma once

#include <annalist/parser/events.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::events_detail {

// Closed-class tags; a token may have several.
enum Tag : std::uint32_t {
  tag_be = 1u << 0,             // am is are was were be been being
  tag_past_aux = 1u << 1,       // was were had did: the auxiliary is in the past tense
  tag_have = 1u << 2,           // has have had having
  tag_future = 1u << 3,         // will shall 'll
  tag_modal = 1u << 4,          // would could should might may must can
  tag_do = 1u << 5,             // do does did
  tag_to = 1u << 6,             // to
  tag_negation = 1u << 7,       // not n't never
  tag_adverb = 1u << 8,         // also still further recently ...ly
  tag_determiner = 1u << 9,     // the a an this his its their ...
  tag_preposition = 1u << 10,   // in on at by for with of ...
  tag_locative = 1u << 11,      // in to at into from across ... (a place may follow)
  tag_conjunction = 1u << 12,   // and or but
  tag_subordinator = 1u << 13,  // which who while because although whereas ...; "that" has both
                                // this and tag_determiner until analyze_sentence resolves it
  tag_comma = 1u << 14,
  tag_clause_break = 1u << 15,  // ; : — (a clause ends)
  tag_open_paren = 1u << 16,
  tag_close_paren = 1u << 17,
  tag_quote = 1u << 18,
  tag_possessive = 1u << 19,   // 's ’s
  tag_going = 1u << 20,        // going (in "is going to")
  tag_been = 1u << 21,         // been
  tag_being = 1u << 22,        // being
  tag_pronoun = 1u << 23,      // he she it they we I you
  tag_past_word = 1u << 24,    // a lower-case word in -ed or an irregular past ("kept"): a likely past verb
  tag_present_aux = 1u << 25,  // am is are has have does: the auxiliary is in the present tense
};

enum class TokenKind : std::uint8_t { word, number, punctuation, timex };

struct Token {
  TextSpan span;          // bytes in the document
  std::string_view text;  // as written
  std::string lower;      // lower case (ASCII letters), curly apostrophes as '
  TokenKind kind = TokenKind::word;
  std::uint32_t tags = 0;
  bool capitalised = false;  // starts with an upper-case letter (or is a non-ASCII word)
  bool all_caps = false;     // two or more letters, all upper case ("EEU", "U.S.")
  int timex = -1;            // index into the timex list for TokenKind::timex
  bool placeable = false;    // a time expression with an interval (set by the caller, not by tokenize)
};

// The tokens of text[span], with each of timexes[first_timex, end_timex) (document offsets,
// sorted) as one token whose Token::timex is its index in `timexes`. A company the gazetteer of
// `lexicon` names with its "'s" ("Moody's", "McDonald's") is one token whatever its "'s" owns
// ("Moody's analysts", "Moody's cut Italy's rating").
std::vector<Token> tokenize(std::string_view text, TextSpan span, const std::vector<TimeExpression>& timexes,
                            std::size_t first_timex, std::size_t end_timex, const EventLexicon* lexicon = nullptr);

// A trigger-lexicon match: tokens [begin, end) read as `trigger`.
struct TriggerMatch {
  std::size_t begin = 0, end = 0;
  std::vector<EventLexicon::Trigger> readings;
};

// The tokens of a disaster named after its noun starting at token i ("Storm Amy", "Hurricane
// Melissa", "Tropical Storm Erin"), or 0: one event noun, and no one's name.
std::size_t named_disaster_length(const std::vector<Token>& tokens, std::size_t i, const EventLexicon& lexicon);

// The longest trigger-lexicon matches, left to right, non-overlapping.
std::vector<TriggerMatch> match_triggers(const std::vector<Token>& tokens, const EventLexicon& lexicon);

}  // namespace annalist::events_detail
