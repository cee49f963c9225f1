// timex/peer_grammar.hpp — small helpers shared by the peer-suite families (rules_clock.cpp,
// rules_casual.cpp), on top of grammar.hpp.
#pragma once

#include "grammar.hpp"

#include <cctype>

namespace annalist::timex {

// Gives a parser the attribute type T: collapses "int | int" (a variant) into int, and keeps the
// actions inside it from seeing a slice of an enclosing attribute.
template <typename T, typename Parser>
auto as(const Parser& parser) {
  return x3::rule<struct as_class, T>{"as"} = parser;
}

// The word before span.start, lower-case ASCII letters (at most 16), or "@" for an at sign; empty
// at the start of the text or after other punctuation. Families use it for the signal a rule
// needs ("at 3 15", "in 3 days").
inline ShortWord word_before(const Span& span) {
  return word_before(span.text_begin, span.start, WordBeforeRules{.at_sign = true});
}

// The leading letters of `phrase`, lower-case ("St. Patrick's Day" -> "st"): the word the driver
// looks up in Family::first_words.
inline std::string_view leading_word(std::string_view phrase) {
  std::size_t n = 0;
  while (n < phrase.size() && std::isalpha(static_cast<unsigned char>(phrase[n]))) ++n;
  return phrase.substr(0, n);
}

}  // namespace annalist::timex
