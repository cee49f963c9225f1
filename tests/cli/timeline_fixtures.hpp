// tests/cli/timeline_fixtures.hpp — the small timelines under tests/data/engine/.
#pragma once

#include <string>

namespace annalist::test {

// Seven events of the seed article (one document, periods "before" and "concept").
inline const std::string kazakhstan_json = std::string(ANNALIST_SOURCE_DIR) + "/tests/data/engine/kazakhstan.json";
// Two events of a news item; its first repeats the seed article's approval of the concept.
inline const std::string news_json = std::string(ANNALIST_SOURCE_DIR) + "/tests/data/engine/news.json";

// Number of lines of `text`.
inline std::size_t line_count(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

}  // namespace annalist::test
