// timex/families.hpp — the rule families of the temporal-expression grammar, and their registry.
//
// A family is one translation unit of grammar rules (absolute dates, relative expressions, ...)
// exposing one plain function. The driver (scanner.cpp) calls every registered family at each
// token start and keeps the longest match. To add a family (holidays, clock times with zones):
//   1. write parser/src/timex/rules_<name>.cpp defining `bool parse_<name>(const Span&, Meaning&)`
//      with the rules in grammar.hpp,
//   2. declare it below and add it to `all_families()` in families.cpp,
//   3. list the .cpp in parser/timex.cmake.
// Nothing else changes: the driver, the normaliser and the tests pick it up.
#pragma once

#include "meaning.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::timex {

// Where a family may match: the whole text (so a rule can look at what precedes `start`, e.g. the
// capital letter rule) and the token start it must match at.
struct Span {
  const char* text_begin;
  const char* start;
  const char* text_end;
};

// Tries the family's rules at span.start. On a match returns the end of the longest match
// (> span.start) and fills `meaning`; otherwise returns nullptr and `meaning` is unspecified.
using FamilyParser = const char* (*)(const Span& span, Meaning& meaning);

// `first_words`: the lower-case words any of the family's rules can start with (letters only:
// "Q3" starts with "q"). The driver skips the family at tokens starting with another word, which
// keeps the scan fast; tokens starting with a digit or an apostrophe are always tried (but see
// needs_word_after_digits). Empty: tried at every token.
// `needs_word_after_digits`: none of the family's rules matches at a lone number
// (lone_number_at); the driver skips the family there.
// `name_words`: first words at which none of the family's rules matches but where a holiday's name
// starts (holiday_name_starts_at: "United Nations Day", not "the United States"); the driver
// tries the family there only.
struct Family {
  const char* name;
  FamilyParser parse;
  std::span<const std::string_view> first_words = {};
  bool needs_word_after_digits = false;
  std::span<const std::string_view> name_words = {};
};

// Calendar dates and times of day named by their fields: "January 29", "Wednesday, 05 February
// 2014", "2014-01-29", "05/02/2014", "December 2012", "2014", "the 1990s", "the 21st century",
// "the third quarter", "summer 2013", "Friday night", "3 p.m.".
const char* parse_calendar(const Span& span, Meaning& meaning);
// Whether four digits, maybe a dash, a colon or a blank, and then Q, q or H start at `first`
// ("2023Q4", "2022:Q4", "2023 H2"): a byte test before the rules of a year's quarter or half.
bool letter_part_after_year(const char* first, const char* last);
// Deictic and anaphoric expressions: "last month", "next January", "two years ago", "today",
// "now", "recently", "later this year", "the next day".
const char* parse_relative(const Span& span, Meaning& meaning);
// Ranges and bounded periods: "2014-2020", "July 13-15", "from May to July", "early 2013",
// "mid-2012", "the end of 2014", "post-2014", "the first half of 2013".
const char* parse_ranges(const Span& span, Meaning& meaning);
// Whether a range of two weekdays starts at `first` ("Tuesday through Saturday", "Mon-Fri"): a
// clock time before it is each day's, no day of its own ("at 7:30 p.m. Tuesday through Saturday").
bool weekday_range_at(const char* first, const char* last);
// The end of that range, its Meaning in `days` (nullptr where none starts).
const char* weekday_range_end(const char* first, const char* last, Meaning& days);
// Durations and sets: "15 years", "the next few decades", "six months", "biweekly",
// "every Tuesday", "annually"; periods of an event: "the first day", "the early years".
const char* parse_durations(const Span& span, Meaning& meaning);

// Clock times as written in news and as typed and said, with day, zone and range: "3 p.m.",
// "14:30 GMT", "noon Saturday", "Friday at 3 p.m.", "3pm", "at 3", "a quarter past noon", "15h30",
// "tomorrow at 5pm", "9:30 - 11:00", "4pm CET".
const char* parse_clock(const Span& span, Meaning& meaning);
// Whether four digits and "hours" at span.start are the military clock ("at 2100 hours", "by 0600
// hours"; not "after 1500 hours of talks", "logged 1200 hours"): the clock's, not a length.
bool military_time_at(const Span& span);
// Whether four figures at span.start begin a range of 24-hour clocks without their colons ("0900 to
// 1700 hours", "between 0900 and 1700"; not "between 1300 and 1450"): the clock's, not a length.
bool hhmm_range_at(const Span& span);
// "every Monday at 8 a.m.", "daily at noon", "each morning at 7": the set of days read by the
// durations family up to `set_end`, and " at " and a clock time after it, one SET at that time
// (rules_clock.cpp, clock_onto_set). The end of the whole, or `set_end` (and `set` unchanged).
const char* clock_after_set(const Span& span, const char* set_end, Meaning& set);
// The hours right after a range of weekdays ending at `days_end`, as clock_after_set reads them after
// a set ("Mon-Fri 9-5", "Monday to Friday, 10 a.m. to 4 p.m."): their end, each day's opening and
// closing time ("T09:00", "T17:00"); nullptr without them.
const char* hours_after_weekdays(const Span& span, const char* days_end, std::string& opens, std::string& closes);
// Peer-suite families (Duckling's and chrono's test phrasing).
// Named holidays: "Christmas", "easter 2010", "last Thanksgiving", "Eid al-Fitr 2050".
const char* parse_holidays(const Span& span, Meaning& meaning);
// Casual phrasing: "in 3 days", "2 minutes from now", "first Monday of March",
// "three days after Easter", "three fridays from now", "the last week of September 2014",
// "the third Tuesday after Christmas".
const char* parse_casual(const Span& span, Meaning& meaning);
// Their first words, built on first use (the clock's include every family's day words).
std::span<const std::string_view> clock_first_words();
std::span<const std::string_view> holidays_first_words();
std::span<const std::string_view> casual_first_words();
// The holidays' first words that are no name's: a part of the day ("morning of Christmas"), a
// direction ("last Easter") and "the" ("the Easter weekend"). Every other first word of theirs
// starts a holiday phrase only where it starts a holiday's name.
std::span<const std::string_view> holiday_lead_words();
// Whether a holiday's name (holiday_name_at) or "Holy " ("Holy Week") starts at `p`.
bool holiday_name_starts_at(const char* p, const char* end);
// The first words of the holidays (holidays_first_words) and of the clock (clock_first_words) that
// start none of their rules but where a holiday's name starts (holiday_name_starts_at): the names'
// first words but the lead words, and for the clock also but its own and the day families' words
// (Family::name_words).
std::span<const std::string_view> holidays_name_words();
std::span<const std::string_view> clock_name_words();

// The first words of the families above (defined beside their rules).
extern const std::span<const std::string_view> calendar_first_words;
extern const std::span<const std::string_view> relative_first_words;
extern const std::span<const std::string_view> ranges_first_words;
extern const std::span<const std::string_view> durations_first_words;

// The word starting at `p`, lower-cased into `word`: the count of its letters (ASCII), 0 when `p`
// is not a letter, sizeof word when the word is at least that long (longer than any first word).
std::size_t first_word_at(const char* p, const char* end, char (&word)[16]);

// Whether, after the blank at `p`, a noun follows that the word before it qualifies: a lower-case
// word that joins no clause, starts no phrase and names no part of the day ("the 25 March
// meeting", "the 3 April vote", "the current fiscal deficit"; not "the 20 September and", "the 20
// September the French", "the 12 August night", "the 20 September attacked", "this fiscal is").
bool qualified_noun_follows(const char* p, const char* end);

// A word of at most 16 ASCII letters, lower-cased and held in place (no allocation): what
// word_before returns. Compares with strings and converts to std::string_view.
class ShortWord {
 public:
  ShortWord() = default;
  // The first min(n, 16) bytes at `letters`, ASCII letters lower-cased.
  ShortWord(const char* letters, std::size_t n) : size_(static_cast<std::uint8_t>(n < 16 ? n : 16)) {
    for (std::size_t i = 0; i < size_; ++i) {
      const char c = letters[i];
      letters_[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  std::string_view view() const { return {letters_, size_}; }
  operator std::string_view() const { return view(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  bool operator==(std::string_view other) const { return view() == other; }

 private:
  char letters_[16] = {};
  std::uint8_t size_ = 0;
};

// How word_before reads back from a position.
struct WordBeforeRules {
  bool across_line_breaks = false;   // skip line breaks too, not only spaces and tabs
  bool at_sign = false;              // an "@" right before reads as the word "@" ("@ 3pm")
  std::size_t max_letters = 16;      // letters read back (at most 16)
  bool longer_word_is_none = false;  // a longer word is no word (else its last max_letters letters)
};
// The word just before `p` (after the blanks before it), lower-case ASCII letters by `rules`;
// empty at the start of the text or after other punctuation. Rules use it for the signal they
// need ("at 3 15", "in 3 days", "since 1990").
ShortWord word_before(const char* text_begin, const char* p, const WordBeforeRules& rules);

// Token classes: what the token at a position may start, for the grammar's `starts` gates
// (grammar.hpp). Bits: a number by its digits, an apostrophe, a blank, or a word (its leading
// ASCII letters, any case) in one or more word classes; the same bits shifted by tok::after_the
// for the token after "the" and blanks (as `the_` reads them). Any other token has no class. The
// word lists are in first_words.cpp.
namespace tok {
inline constexpr std::uint64_t short_number = 1u << 0;  // one or two digits ("5", "15th", "05/02")
inline constexpr std::uint64_t apostrophe = 1u << 1;    // "'" or U+2019 ("'90s")
inline constexpr std::uint64_t month = 1u << 2;         // full or abbreviated: "may", "sept"
inline constexpr std::uint64_t weekday = 1u << 3;       // full or abbreviated: "friday", "thurs"
inline constexpr std::uint64_t ordinal = 1u << 4;       // "first" .. "thirtieth", "twenty", "thirty"
inline constexpr std::uint64_t number = 1u << 5;        // "one" .. "ninety", "a", "an", "few", "several", ...
inline constexpr std::uint64_t season = 1u << 6;        // "spring", "summertime"
inline constexpr std::uint64_t unit = 1u << 7;          // "day", "years", "wk", "fortnight", ...
inline constexpr std::uint64_t direction = 1u << 8;     // "last", "next", "this", "that", "upcoming", ...
inline constexpr std::uint64_t hedge = 1u << 9;         // "about", "nearly", "more", "over", "at", ...
inline constexpr std::uint64_t deictic = 1u << 10;      // "today", "tonight", "now", "recent", "future", ...
inline constexpr std::uint64_t fiscal = 1u << 11;       // "fiscal", "fy", "full" (a report's period: "the full year")
inline constexpr std::uint64_t q_or_h = 1u << 12;       // "q" ("Q3"), "h" ("H1")
inline constexpr std::uint64_t era = 1u << 13;          // "ad", "a" ("A.D."), "ce"
inline constexpr std::uint64_t from = 1u << 14;         // "from"
inline constexpr std::uint64_t between = 1u << 15;      // "between"
inline constexpr std::uint64_t modifier = 1u << 16;     // "early", "mid", "end", "pre", "turn", "eom", ...
inline constexpr std::uint64_t set_word = 1u << 17;     // "every", "each", "once", "twice", "daily", ...
inline constexpr std::uint64_t fraction = 1u << 18;     // "half", "quarter"
inline constexpr std::uint64_t blank = 1u << 19;        // a blank (is_blank): a rule may start with `-ws`
inline constexpr std::uint64_t long_number = 1u << 20;  // three digits or more ("1998", "730pm")
inline constexpr std::uint64_t stage = 1u << 21;        // "final", "intervening", "last", "early", ... (of an event)
inline constexpr std::uint64_t iso_week = 1u << 22;     // "w" ("W45"), "iso", "calendar" ("ISO week 45")
inline constexpr std::uint64_t decade_word = 1u << 23;  // "sixties", "nineties", "nineteen" ("the Sixties")
inline constexpr std::uint64_t hedge_lead = 1u << 24;   // "upwards", "well", "just", "better" (a hedge's first word)
inline constexpr std::uint64_t digit = short_number | long_number;
inline constexpr int after_the_shift = 32;
constexpr std::uint64_t after_the(std::uint64_t classes) { return classes << after_the_shift; }
// Where the calendar and relative families may match: the union of their alternatives' starts
// (rules_calendar.cpp, rules_relative.cpp; keep in step), for the families themselves and the
// rules that call them as sub-grammars.
inline constexpr std::uint64_t calendar_starts =
    digit | apostrophe | month | weekday | ordinal | number | season | unit | fiscal | q_or_h | era | iso_week | stage |
    after_the(digit | apostrophe | ordinal | fiscal | unit | season | month | stage | decade_word);
inline constexpr std::uint64_t relative_starts =
    calendar_starts | direction | hedge | hedge_lead | deictic | fraction |
    after_the(unit | month | season | direction | fiscal | deictic | number | weekday);
}  // namespace tok
namespace memo_detail {
// The current FamilyMemoScope's generation (family_memo.hpp); 0 when no scope is open (nothing is
// remembered then). Here, as token_classes reads it.
inline thread_local std::uint64_t generation = 0;
inline thread_local std::uint64_t last_generation = 0;
inline thread_local int depth = 0;
// The last position token_classes classified while the scanner tags a text: every family it calls
// at a token asks for the same one. Valid only inside the FamilyMemoScope that wrote it.
struct LastClassified {
  std::uint64_t generation = 0;
  const char* p = nullptr;
  const char* end = nullptr;
  std::uint64_t classes = 0;
};
inline thread_local LastClassified last_classified;
// token_classes where the last answer is not the one asked for: classifies, and remembers within a scope.
std::uint64_t classify_and_remember(const char* p, const char* end);
}  // namespace memo_detail
// The classes of the token at `p` (see tok). Within a scan (FamilyMemoScope) the last position
// asked is remembered, as every family tried at a token asks for it. Inline, the remembered answer:
// most of the calls, from every family's and alternative's gate at one token (speed).
inline std::uint64_t token_classes(const char* p, const char* end) {
  const memo_detail::LastClassified& last = memo_detail::last_classified;
  if (p != end && memo_detail::generation != 0 && last.generation == memo_detail::generation && last.p == p &&
      last.end == end)
    return last.classes;
  return memo_detail::classify_and_remember(p, end);
}

// A map from first words (lower-case letters, at most 15) to sets of bits, looked up once per
// token: open addressing over words packed into two integers, so a lookup is a multiply and one
// or two integer compares, with no allocation and no string comparison.
class FirstWordMap {
 public:
  // Adds `bits` to the set of `word` (a lower-case word of 1..15 letters; longer ones are ignored).
  void add(std::string_view word, std::uint64_t bits);
  // The set of the word starting at `p` (its ASCII letters, compared lower-case), 0 when it was
  // never added. `letters` is set to the word's length: 0 when `p` is not a letter, 16 when the
  // word has 16 letters or more. Inline: the driver asks at every token, and most words are
  // rejected by the filter after a few operations.
  std::uint64_t find_at(const char* p, const char* end, std::size_t& letters) const {
    Key key;
    letters = pack_word(p, end, key);
    if (letters == 0 || letters > 15 || slots_.empty()) return 0;
    const std::uint64_t h = hash(key);
    const std::size_t bit = filter_bit(h);
    if ((present_[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) return 0;  // most words of a text
    return slots_[slot_of(key, h)].bits;
  }

 private:
  struct Key {
    std::uint64_t low = 0, high = 0;  // the letters, zero-padded; {0, 0} marks an empty slot
    bool operator==(const Key&) const = default;
  };
  struct Slot {
    Key key;
    std::uint64_t bits = 0;
  };
  static std::uint64_t hash(const Key& key) {
    return (key.low ^ (key.high * 0x9E3779B97F4A7C15u)) * 0xFF51AFD7ED558CCDu;
  }
  static std::size_t filter_bit(std::uint64_t hash) { return static_cast<std::size_t>(hash >> 12) % 32768; }
  // Where `key` is, or the empty slot where it would go (linear probing). Inline, with the mask kept
  // rather than worked out from the vector's size (a division): the driver probes at most tokens.
  std::size_t slot_of(const Key& key, std::uint64_t hash) const {
    std::size_t i = static_cast<std::size_t>(hash >> 32) & mask_;
    while (!(slots_[i].key == key) && !(slots_[i].key == Key{})) i = (i + 1) & mask_;
    return i;
  }
  void grow();

  // Eight bytes at a time: each byte is OR-ed with 0x20 and tested for 'a'..'z' in parallel.
  static constexpr std::uint64_t every_byte(std::uint8_t b) { return 0x0101010101010101u * b; }
  // Lower-cases the 8 bytes in `x`; sets `count` to the number of leading ASCII letters (0..8).
  static std::uint64_t lower_letters(std::uint64_t x, std::size_t& count) {
    const std::uint64_t folded = x | every_byte(0x20);
    const std::uint64_t low7 = folded & every_byte(0x7F);
    // High bit of each byte: at least 'a', not above 'z', and not a byte >= 0x80.
    const std::uint64_t letter =
        (low7 + every_byte(0x80 - 'a')) & ~(low7 + every_byte(0x80 - 'z' - 1)) & ~x & every_byte(0x80);
    const std::uint64_t other = ~letter & every_byte(0x80);
    count = other == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(other)) / 8;
    return folded;
  }
  // Packs the word at `p` into `key` (its lower-cased letters, the first 15); its length: 0 when
  // `p` is not a letter, 16 when it has 16 letters or more.
  static std::size_t pack_word_bytewise(const char* p, const char* end, Key& key);
  static std::size_t pack_word(const char* p, const char* end, Key& key) {
    if constexpr (std::endian::native != std::endian::little) {
      return pack_word_bytewise(p, end, key);
    } else {
      if (end - p < 16) return pack_word_bytewise(p, end, key);
      std::uint64_t first = 0, second = 0;
      std::memcpy(&first, p, 8);
      std::memcpy(&second, p + 8, 8);
      std::size_t n = 0;
      first = lower_letters(first, n);
      if (n < 8) {
        key.low = n == 0 ? 0 : first & (~std::uint64_t{0} >> (64 - 8 * n));
        key.high = 0;
        return n;
      }
      std::size_t m = 0;
      second = lower_letters(second, m);
      key.low = first;
      // The key keeps 15 letters at most (its last byte stays zero).
      key.high = m == 0 ? 0 : second & (~std::uint64_t{0} >> (64 - 8 * std::min<std::size_t>(m, 7)));
      return 8 + m;
    }
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t mask_ = 0;     // slots_.size() - 1
  std::size_t size_ = 0;
  // One bit per hash value mod 32768 (4 kB, stays in cache): a word whose bit is clear was never
  // added, and most words of running text are rejected here without touching the slots.
  std::array<std::uint64_t, 512> present_{};
};

// Whether a family with these first words may match at `p`, by the rule of Family::first_words:
// a token starting with a letter must start with one of the words (compared lower-case); any
// other token may start anything. Families that call each other as sub-grammars (the clock's day
// phrase, "from <calendar>") check this themselves, as the driver only filters its own calls.
class FirstWordFilter {
 public:
  explicit FirstWordFilter(std::span<const std::string_view> first_words);
  bool may_start(const char* p, const char* end) const;

 private:
  FirstWordMap words_;
};

// Lead words: "the", "a", "in", "more", ... A lead word never forms an expression alone: in every
// rule it is followed by a word the grammar reads (is_grammar_word), a digit or punctuation.
std::span<const std::string_view> lead_words();
// Whether an expression starting with a lead word may go on, from what follows it (`after` is
// just past its letters): false only for blanks and then a word the grammar never reads ("the
// government", "a man", or a verb only a look-ahead after a date reads: "this was", "that would"),
// a word only holiday names have where no holiday name starts ("the United States", "the British
// army"), or a lead word that could not go on itself ("in the government"), where the driver skips
// every family.
bool grammar_word_follows(const char* after, const char* end);
// The same; where it is false because of a word the grammar never reads, `unread_word_end` is set
// past that word's ASCII letters (else left as it is): no token from the lead word to there starts
// anything, each lead word before it failing the same way, so the driver skips them all at once.
// Inline: the driver asks at every lead word of a text (speed: the call's saving and restoring of
// registers was a tenth of its cost).
inline bool grammar_word_follows(const char* after, const char* end, const char*& unread_word_end);
// Whether the number starting at `p` (a digit) is followed by blanks and then a word the grammar
// never reads ("5 million", "200 people", "3 percent"): no unit, month, clock cue or connective
// can follow it, so only a rule matching the digits alone (a year, "at 5") can match there.
bool lone_number_at(const char* p, const char* end);
// Where the number starting at the digit `p` ends: its digits and the groups or decimals a comma
// or a stop joins to them, each separator before a digit ("1,200", "3.5", "1,234.56"; "1998." ends
// before its stop).
const char* number_end(const char* p, const char* end);
// Whether no word can follow a number that ends at `after` (number_end): it ends its clause (the
// end of the text, ')', ';', or a full stop or a comma before a blank or the end: "in 1998.", "In
// 1998, the", "(1998)"), or blanks and a word the grammar never reads follow it ("5 million",
// "1,200 people"). There no rule of a family that needs a word after the digits
// (Family::needs_word_after_digits) matches at the number: the driver skips those families, and so
// do the rules that call them as sub-grammars at a number (the clock's day phrase).
bool no_word_after_number(const char* after, const char* end);

// The words the rules read by name anywhere in an expression (lower-case): every family's first
// words, the words inside rules (connectives, zones, am/pm, ...) and those of look-aheads. Not the
// words of holiday names, which are read only as a whole name at its first word
// (rules_holidays.cpp, holiday_trie).
// Keep in step with the rules: timex_grammar_test checks every word literal of the rule sources.
bool is_grammar_word(std::string_view word);

namespace grammar_words_detail {
// The grammar's words (is_grammar_word) with bit 1, lead_word_bit set for the lead words,
// holiday_word_bit for the words of holiday names, and lookahead_verb_bit for the verbs only a
// look-ahead after a date reads, never after a lead word or a number (first_words.cpp).
const FirstWordMap& grammar_words();
inline constexpr std::uint64_t lead_word_bit = 2;
inline constexpr std::uint64_t holiday_word_bit = 4;
inline constexpr std::uint64_t lookahead_verb_bit = 8;
// Whether a holiday name starts at `p` (rules_holidays.cpp's trie, case-insensitive; the word
// after it unread).
bool holiday_name_at(const char* p, const char* end);
// Whether a letter, a dot and a letter start at `p` and the letter is none of those that open the
// grammar's abbreviations (a.m., p.m., A.D., B.C., C.E.).
bool initialism_at(const char* p, const char* end);
}  // namespace grammar_words_detail

inline bool grammar_word_follows(const char* after, const char* end, const char*& unread_word_end) {
  using namespace grammar_words_detail;
  const auto blank_byte = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  // Lead words in a row are looked through ("about the three"), at most this many: past them the
  // rules decide, so a run such as "from from from ..." costs constant time per word, not its length.
  constexpr int max_lead_words = 8;
  static const FirstWordMap& words = grammar_words();
  const char* q = after;
  for (int lead_words = 0;; ++lead_words) {
    if (q == end || !(blank_byte(*q) || (*q == '\xC2' && end - q > 1 && q[1] == '\xA0'))) return true;
    while (q != end && (blank_byte(*q) || *q == '\xC2' || *q == '\xA0')) ++q;
    std::size_t letters = 0;
    const std::uint64_t found = words.find_at(q, end, letters);
    // A letter opening an initialism ("the U.S.", "in the E.U.") is no grammar word: the rules read
    // a letter, a dot and a letter only as "a.m.", "p.m.", "A.D.", "B.C." and "C.E.".
    if (letters == 1 && initialism_at(q, end)) return false;
    // Another lead word goes on only as it would alone: "in the government", "that a man" end here.
    if ((found & lead_word_bit) == 0) {
      if (letters == 0 || (found & 1) != 0) return true;  // a digit, punctuation, a grammar word
      // A word of a holiday name goes on only as the name: "the United States" ends here (the word
      // itself may start something, so it is not skipped).
      if ((found & holiday_word_bit) != 0) return holiday_name_at(q, end);
      unread_word_end = q + letters;  // a word no rule reads, or a verb only a look-ahead reads
      return false;
    }
    if (lead_words == max_lead_words) return true;
    q += letters;
  }
}

// Every registered family, in priority order (on equally long matches the earlier one wins).
std::span<const Family> all_families();

}  // namespace annalist::timex
