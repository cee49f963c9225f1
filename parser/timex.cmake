# The temporal-expression grammar (Spirit X3) and normaliser. One translation unit per rule family
# keeps Spirit's compile times and memory in check; a new family is one more line here (see
# src/timex/families.hpp).
target_sources(annalist_parser PRIVATE
  src/timex/grammar.cpp
  src/timex/families.cpp
  src/timex/first_words.cpp
  src/timex/context.cpp
  src/timex/normalize.cpp
  src/timex/scanner.cpp
  src/timex/interval.cpp
  src/timex/rules_calendar.cpp
  src/timex/rules_relative.cpp
  src/timex/rules_ranges.cpp
  src/timex/rules_durations.cpp
  src/timex/rules_clock.cpp
  src/timex/rules_holidays.cpp
  src/timex/rules_casual.cpp
  src/timex/holidays.cpp
  src/timex/normalize_peers.cpp
)
