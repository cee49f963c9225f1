// Small text helpers shared by the event layer's translation units (private).
#pragma once

#include <annalist/engine/event.hpp>

#include <string_view>

namespace annalist::events_detail {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// `span` without leading and trailing white space (ASCII, and U+00A0 no-break space).
inline TextSpan trim(std::string_view text, TextSpan span) {
  auto nbsp_at = [&](std::size_t i) {
    return i + 1 < span.end && static_cast<unsigned char>(text[i]) == 0xC2 &&
           static_cast<unsigned char>(text[i + 1]) == 0xA0;
  };
  while (span.begin < span.end) {
    if (is_space(text[span.begin]))
      ++span.begin;
    else if (nbsp_at(span.begin))
      span.begin += 2;
    else
      break;
  }
  while (span.end > span.begin) {
    if (is_space(text[span.end - 1]))
      --span.end;
    else if (span.end - span.begin >= 2 && static_cast<unsigned char>(text[span.end - 2]) == 0xC2 &&
             static_cast<unsigned char>(text[span.end - 1]) == 0xA0)
      span.end -= 2;
    else
      break;
  }
  return span;
}

}  // namespace annalist::events_detail
