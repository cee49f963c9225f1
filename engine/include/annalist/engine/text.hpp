// annalist/engine/text.hpp — fitting UTF-8 text into fixed-width columns (tables, labels), escaping,
// ASCII case.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annalist {

// Columns `text` takes in a terminal: one per code point (no East Asian wide forms or combining
// marks are special-cased; names and sentences in the corpora do not need them).
std::size_t display_width(std::string_view text);

// `text` cut to at most `width` columns, ending in "…" when cut; never splits a code point.
std::string elide(std::string_view text, std::size_t width);

// `text` elided to `width` columns and padded with spaces to exactly `width`.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

// `text` with & < > " written as HTML/XML character references (safe in element text and in
// double-quoted attributes).
std::string escape_html(std::string_view text);

// `c` in lower case when it is an ASCII capital; every other byte (UTF-8 included) as it is.
// Names, triggers and facet values compare without regard to ASCII case only.
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `text` with its ASCII capitals in lower case (ascii_lower, byte by byte).
inline std::string ascii_lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace annalist
