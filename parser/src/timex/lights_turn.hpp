// timex/lights_turn.hpp — the light's turns (dawn, dusk, sunset, ...): the one list the grammar's
// tables and the context's questions read.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace annalist::timex {

// A light's turn and the edge of the day it marks: dawn opens the day (its morning; "at dawn on
// Friday" is Friday's START), dusk closes it (its evening; "at sunset on Friday" is Friday's END).
// Lower case: capitalised inside a sentence they are names ("proposed by Dawn Butler").
struct LightsTurn {
  std::string_view word;
  bool opens_day;
};

inline constexpr std::array<LightsTurn, 7> lights_turns{{{"dawn", true},
                                                         {"daybreak", true},
                                                         {"sunrise", true},
                                                         {"dusk", false},
                                                         {"nightfall", false},
                                                         {"sundown", false},
                                                         {"sunset", false}}};

// The words of lights_turns alone, for the word lists built at compile time (first_words.cpp).
inline constexpr std::array<std::string_view, lights_turns.size()> lights_turn_words = [] {
  std::array<std::string_view, lights_turns.size()> words{};
  for (std::size_t i = 0; i < lights_turns.size(); ++i) words[i] = lights_turns[i].word;
  return words;
}();

// Whether lower-case `word` is a light's turn.
constexpr bool is_lights_turn(std::string_view word) {
  for (const LightsTurn& turn : lights_turns)
    if (turn.word == word) return true;
  return false;
}

}  // namespace annalist::timex
