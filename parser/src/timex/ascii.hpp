// annalist timex — ASCII character classes, one definition each.
//
// The tagger reads UTF-8 but decides on ASCII bytes: a byte of a multi-byte sequence (>= 0x80, a
// negative `char`) is never a letter, digit or capital here. Every scan tests bytes with these, so
// each is one compare or one range test.
#pragma once

namespace annalist::timex::ascii {

// A letter, A-Z or a-z: folded to lower case, one unsigned range test.
constexpr bool is_letter(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
// A digit, 0-9.
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
// A capital, A-Z.
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace annalist::timex::ascii
