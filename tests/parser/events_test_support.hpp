// Helpers for the event-layer tests: time expressions built by hand, so that the event layer is
// tested on its own, whatever the temporal tagger finds.
#pragma once

#include <annalist/parser/events.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::test {

// A DATE expression over the first occurrence of `needle` at or after `from` in `text`.
inline TimeExpression expression_at(std::string_view text, std::string_view needle, std::string value,
                                    std::string mod = "", std::string signal = "", std::size_t from = 0) {
  const std::size_t at = text.find(needle, from);
  REQUIRE_MESSAGE(at != std::string_view::npos, "test text lacks \"" << needle << "\"");
  TimeExpression t;
  t.begin = at;
  t.end = at + needle.size();
  t.text = std::string(needle);
  t.value = std::move(value);
  t.mod = std::move(mod);
  t.signal = std::move(signal);
  return t;
}

inline TimeExpression range_at(std::string_view text, std::string_view needle, std::string begin, std::string end) {
  TimeExpression t = expression_at(text, needle, begin);
  t.range_begin = std::move(begin);
  t.range_end = std::move(end);
  return t;
}

inline std::vector<TimeExpression> sorted(std::vector<TimeExpression> v) {
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return v;
}

inline date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }

// The events of `text` with the given expressions, DCT and the default lexicon.
inline std::vector<Event> events_of(std::string_view text, const std::vector<TimeExpression>& timexes,
                                    date::sys_days dct) {
  const auto sorted_timexes = sorted(timexes);
  return extract_events(text, analyze_document(text, sorted_timexes), sorted_timexes, dct, default_event_lexicon(),
                        "doc");
}

// The event whose trigger contains `trigger` and whose time text is `time_text`, or nullptr.
inline const Event* find_event(const std::vector<Event>& events, std::string_view trigger, std::string_view time_text) {
  for (const Event& e : events)
    if (e.trigger.find(trigger) != std::string::npos && e.time.text == time_text) return &e;
  return nullptr;
}

// One line per event, for failure messages.
inline std::string describe(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    out += "\n  [" + e.type + "] " + e.trigger + " | " + std::string(to_string(e.status)) + " | " + e.time.text + " |";
    for (const auto& a : e.actors) out += " A:" + a;
    for (const auto& p : e.places) out += " P:" + p;
  }
  return out;
}

inline bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace annalist::test
