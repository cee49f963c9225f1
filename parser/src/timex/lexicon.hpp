// timex/lexicon.hpp — the words of temporal expressions, as X3 symbol tables.
//
// All keys are lower-case: the rules wrap the tables in x3::no_case. Abbreviations that are also
// common words ("sun", "sat", "wed", "mar", "may") are only ever matched inside a larger date
// by the rules, never alone.
#pragma once

#include "meaning.hpp"

#include <boost/spirit/home/x3.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace annalist::timex {

namespace x3 = boost::spirit::x3;

// The character encoding of the grammar's symbol tables and words: Spirit's `standard` with
// ASCII-only, inline case folding. Under x3::no_case, `standard` calls std::tolower for every
// compared character, which dominated the scanner's profile. Non-ASCII bytes fold to themselves.
struct fast_case : boost::spirit::char_encoding::standard {
  static int tolower(int ch) { return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch; }
  static int toupper(int ch) { return ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch; }
  static bool islower(int ch) { return ch >= 'a' && ch <= 'z'; }
  static bool isupper(int ch) { return ch >= 'A' && ch <= 'Z'; }
};

// Keys mapped to values, looked up by the longest key the input starts with, in a trie with one
// array step per byte. ASCII letters match in either case (keys are lower-case); every other byte
// matches itself. Immutable once built.
template <typename T>
class PrefixTrie {
 public:
  // `entries`: (key, value) pairs, keys convertible to std::string_view; on a repeated key the
  // first value is kept, as X3's symbols do.
  template <typename Entries>
  explicit PrefixTrie(const Entries& entries) {
    std::size_t key_bytes = 0;  // at most one node per byte of a key
    for (const auto& [key, value] : entries) {
      key_bytes += std::string_view(key).size();
      for (const char c : std::string_view(key)) {
        auto& cls = byte_class_[static_cast<unsigned char>(fast_case::tolower(static_cast<unsigned char>(c)))];
        if (cls == 0) cls = static_cast<std::uint8_t>(++classes_);
      }
    }
    for (int c = 'A'; c <= 'Z'; ++c) byte_class_[c] = byte_class_[c - 'A' + 'a'];
    // Room for every node at once: the tables are built when the first text is tagged (a cost each
    // run of the command line pays), and growing them a node at a time reallocated them many times.
    rows_.reserve((key_bytes + 1) * (classes_ + 1));
    add_node();  // the root
    for (const auto& [key, value] : entries) {
      std::size_t row = 0;
      for (const char c : std::string_view(key)) {
        const std::size_t slot = row + byte_class_[static_cast<unsigned char>(c)];
        if (rows_[slot] == 0) {
          const std::uint32_t child = add_node();
          rows_[slot] = child;  // (after add_node: it may grow `rows_`)
        }
        row = rows_[slot];
      }
      if (rows_[row] == 0) {
        values_.push_back(value);
        rows_[row] = static_cast<std::uint32_t>(values_.size());
      }
    }
  }

  // Whether some key starts with the byte `c` (either case for a letter).
  bool may_start(char c) const { return byte_class_[static_cast<unsigned char>(c)] != 0; }

  // The value of the longest key that [first, last) starts with, moving `first` past it; nullptr
  // when no key matches.
  template <typename It>
  const T* longest_prefix(It& first, It const& last) const {
    return longest_prefix(first, last, [](It) { return true; });
  }
  // The same, of the keys after which `ends_here(position)` holds: "Christmas every year" is
  // "christmas", where the longest key, "christmas eve", ends inside a word.
  template <typename It, typename Ends>
  const T* longest_prefix(It& first, It const& last, Ends ends_here) const {
    std::size_t row = 0;
    const T* found = nullptr;
    It found_end = first;
    for (It it = first; it != last; ++it) {
      const std::uint8_t cls = byte_class_[static_cast<unsigned char>(*it)];
      if (cls == 0) break;
      row = rows_[row + cls];
      if (row == 0) break;
      if (const std::uint32_t value = rows_[row]; value != 0 && ends_here(it + 1)) {
        found = &values_[value - 1];
        found_end = it + 1;
      }
    }
    if (found != nullptr) first = found_end;
    return found;
  }

 private:
  // A new node's row: its offset in `rows_`.
  std::uint32_t add_node() {
    const auto row = static_cast<std::uint32_t>(rows_.size());
    rows_.resize(rows_.size() + classes_ + 1, 0);
    return row;
  }

  // byte -> its class (1..classes_; 0: in no key), letters of both cases in one class.
  std::array<std::uint8_t, 256> byte_class_{};
  std::size_t classes_ = 0;
  // One row of classes_ + 1 entries per node, the root's at offset 0. rows_[row + class] is the
  // child's row (0: none); rows_[row] (class 0 is no byte's) is 1 + the index into `values_` of the
  // key ending at the node, or 0. Children held as rows and the value in the row (speed: a step
  // of the lookup is an add and two loads from one array, no multiply and no second array).
  std::vector<std::uint32_t> rows_;
  std::vector<T> values_;
};

// A symbol table of the grammar (keys lower-case, matched under x3::no_case): X3's symbols with
// the same matching rule (the longest key that is a prefix of the input), looked up in a
// PrefixTrie instead of X3's ternary-tree walk, with a first-byte check in front. The tables are
// tried at most tokens of running text, so the lookup is on the scanner's hot path.
// Invariants: keys are matched case-insensitively for ASCII letters only, as x3::no_case with
// `fast_case` does; outside x3::no_case the X3 table itself is used (exact case).
template <typename T>
struct symbols : x3::parser<symbols<T>> {
  using attribute_type = T;
  static bool const has_attribute = true;

  symbols(std::initializer_list<std::pair<const char*, T>> entries, std::string const& name)
      : table(entries, name), trie_(std::make_shared<const PrefixTrie<T>>(entries)) {}
  // From a table kept elsewhere (a constexpr array the other readers of its words share): any
  // range of (key, value) pairs, keys convertible to std::string_view.
  template <typename Entries>
  symbols(const Entries& entries, std::string const& name)
      : table(name), trie_(std::make_shared<const PrefixTrie<T>>(entries)) {
    for (const auto& [key, value] : entries) table.add(std::string(std::string_view(key)), T(value));
  }

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    const PrefixTrie<T>& trie = *trie_;
    if (first == last || !trie.may_start(*first)) return false;
    using compare = std::decay_t<decltype(x3::get_case_compare<fast_case>(context))>;
    if constexpr (!std::is_same_v<compare, x3::no_case_compare<fast_case>>) {
      return table.parse(first, last, context, x3::unused, attr);
    } else {
      const T* found = trie.longest_prefix(first, last);
      if (found == nullptr) return false;
      x3::traits::move_to(*found, attr);
      return true;
    }
  }

  x3::symbols_parser<fast_case, T> table;

 private:
  std::shared_ptr<const PrefixTrie<T>> trie_;  // shared: X3 copies parsers into the expressions
};

}  // namespace annalist::timex

namespace annalist::timex::lexicon {

inline const symbols<int> month_full({{"january", 1},
                                      {"february", 2},
                                      {"march", 3},
                                      {"april", 4},
                                      {"may", 5},
                                      {"june", 6},
                                      {"july", 7},
                                      {"august", 8},
                                      {"september", 9},
                                      {"october", 10},
                                      {"november", 11},
                                      {"december", 12}},
                                     "month");

inline const symbols<int> month_abbreviation({{"jan", 1},
                                              {"feb", 2},
                                              {"mar", 3},
                                              {"apr", 4},
                                              {"jun", 6},
                                              {"jul", 7},
                                              {"aug", 8},
                                              {"sep", 9},
                                              {"sept", 9},
                                              {"oct", 10},
                                              {"nov", 11},
                                              {"dec", 12}},
                                             "month abbreviation");

// "the Sixties", "the nineties", "the noughties": a decade by its word, its digit in the century
// (rules_calendar.cpp decade_word; rules_ranges.cpp part_of_short_decade, "the early noughties").
// "the aughts", "the noughties" (also written "naughties") are the years 2000-09.
inline const symbols<int> decade_word({{"aughts", 0},
                                       {"noughties", 0},
                                       {"naughties", 0},
                                       {"twenties", 2},
                                       {"thirties", 3},
                                       {"forties", 4},
                                       {"fifties", 5},
                                       {"sixties", 6},
                                       {"seventies", 7},
                                       {"eighties", 8},
                                       {"nineties", 9}},
                                      "decade word");

// C encoding: 0 = Sunday.
inline const symbols<int> weekday_full(
    {{"sunday", 0}, {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6}},
    "weekday");

inline const symbols<int> weekday_abbreviation({{"sun", 0},
                                                {"mon", 1},
                                                {"tue", 2},
                                                {"tues", 2},
                                                {"wed", 3},
                                                {"weds", 3},
                                                {"thu", 4},
                                                {"thur", 4},
                                                {"thurs", 4},
                                                {"fri", 5},
                                                {"sat", 6}},
                                               "weekday abbreviation");

inline const symbols<int> units({{"one", 1},
                                 {"two", 2},
                                 {"three", 3},
                                 {"four", 4},
                                 {"five", 5},
                                 {"six", 6},
                                 {"seven", 7},
                                 {"eight", 8},
                                 {"nine", 9}},
                                "units");

inline const symbols<int> teens({{"ten", 10},
                                 {"eleven", 11},
                                 {"twelve", 12},
                                 {"thirteen", 13},
                                 {"fourteen", 14},
                                 {"fifteen", 15},
                                 {"sixteen", 16},
                                 {"seventeen", 17},
                                 {"eighteen", 18},
                                 {"nineteen", 19}},
                                "teens");

inline const symbols<int> tens({{"twenty", 20},
                                {"thirty", 30},
                                {"forty", 40},
                                {"fifty", 50},
                                {"sixty", 60},
                                {"seventy", 70},
                                {"eighty", 80},
                                {"ninety", 90}},
                               "tens");

inline const symbols<int> ordinal_word(
    {{"first", 1},           {"second", 2},          {"third", 3},          {"fourth", 4},
     {"fifth", 5},           {"sixth", 6},           {"seventh", 7},        {"eighth", 8},
     {"ninth", 9},           {"tenth", 10},          {"eleventh", 11},      {"twelfth", 12},
     {"thirteenth", 13},     {"fourteenth", 14},     {"fifteenth", 15},     {"sixteenth", 16},
     {"seventeenth", 17},    {"eighteenth", 18},     {"nineteenth", 19},    {"twentieth", 20},
     {"twenty-first", 21},   {"twenty first", 21},   {"twenty-second", 22}, {"twenty second", 22},
     {"twenty-third", 23},   {"twenty third", 23},   {"twenty-fourth", 24}, {"twenty fourth", 24},
     {"twenty-fifth", 25},   {"twenty fifth", 25},   {"twenty-sixth", 26},  {"twenty sixth", 26},
     {"twenty-seventh", 27}, {"twenty seventh", 27}, {"twenty-eighth", 28}, {"twenty eighth", 28},
     {"twenty-ninth", 29},   {"twenty ninth", 29},   {"thirtieth", 30},     {"thirty-first", 31},
     {"thirty first", 31}},
    "ordinal");

// Unit words and what each means (meaning.hpp, UnitWord): "fortnight" is two weeks.
inline const symbols<UnitWord> unit_name({{"second", Unit::second},
                                          {"seconds", {Unit::second, 1, true}},
                                          {"minute", Unit::minute},
                                          {"minutes", {Unit::minute, 1, true}},
                                          {"hour", Unit::hour},
                                          {"hours", {Unit::hour, 1, true}},
                                          {"day", Unit::day},
                                          {"days", {Unit::day, 1, true}},
                                          {"weekend", Unit::weekend},
                                          {"weekends", {Unit::weekend, 1, true}},
                                          {"week-end", Unit::weekend},
                                          {"wkend", Unit::weekend},
                                          {"wkends", {Unit::weekend, 1, true}},
                                          {"week", Unit::week},
                                          {"weeks", {Unit::week, 1, true}},
                                          {"wk", Unit::week},
                                          {"wks", {Unit::week, 1, true}},
                                          {"fortnight", {Unit::week, 2}},
                                          {"fortnights", {Unit::week, 2, true}},
                                          {"month", Unit::month},
                                          {"months", {Unit::month, 1, true}},
                                          {"quarter", Unit::quarter},
                                          {"quarters", {Unit::quarter, 1, true}},
                                          {"qtr", Unit::quarter},
                                          {"qtrs", {Unit::quarter, 1, true}},
                                          {"season", Unit::season},
                                          {"seasons", {Unit::season, 1, true}},
                                          {"year", Unit::year},
                                          {"years", {Unit::year, 1, true}},
                                          {"yr", Unit::year},
                                          {"yrs", {Unit::year, 1, true}},
                                          {"decade", Unit::decade},
                                          {"decades", {Unit::decade, 1, true}},
                                          {"century", Unit::century},
                                          {"centuries", {Unit::century, 1, true}},
                                          {"millennium", Unit::millennium},
                                          {"millennia", {Unit::millennium, 1, true}}},
                                         "unit");

// Words that may follow a date used as a noun but never a noun it qualifies: "by mid-century and
// beyond", "before year-end and a third by March" (against "mid-century furniture", "year-end
// results").
inline const symbols<int> function_word({{"and", 0},    {"or", 0},   {"but", 0},  {"to", 0},     {"of", 0},
                                         {"the", 0},    {"a", 0},    {"an", 0},   {"in", 0},     {"on", 0},
                                         {"at", 0},     {"by", 0},   {"for", 0},  {"with", 0},   {"as", 0},
                                         {"than", 0},   {"that", 0}, {"this", 0}, {"is", 0},     {"are", 0},
                                         {"was", 0},    {"were", 0}, {"will", 0}, {"would", 0},  {"could", 0},
                                         {"should", 0}, {"can", 0},  {"may", 0},  {"might", 0},  {"has", 0},
                                         {"have", 0},   {"when", 0}, {"if", 0},   {"onward", 0}, {"onwards", 0}},
                                        "function word");

// 0 spring, 1 summer, 2 fall, 3 winter (the TIMEX3 suffixes SP, SU, FA, WI).
inline const symbols<int> season({{"spring", 0},
                                  {"summer", 1},
                                  {"fall", 2},
                                  {"autumn", 2},
                                  {"winter", 3},
                                  {"springtime", 0},
                                  {"summertime", 1},
                                  {"wintertime", 3}},
                                 "season");

// 0 morning, 1 afternoon, 2 evening, 3 night (TIMEX3 MO, AF, EV, NI).
inline const symbols<int> part_of_day(
    {{"morning", 0}, {"afternoon", 1}, {"evening", 2}, {"night", 3}, {"overnight", 3}}, "part of day");

// A fraction of one unit, said before it: "half an hour", "a quarter of an hour", "three-quarters
// of a mile"; the unit after it is singular.
inline const symbols<double> unit_fraction({{"half an", 0.5},
                                            {"half a", 0.5},
                                            {"a half", 0.5},
                                            {"a quarter of an", 0.25},
                                            {"a quarter of a", 0.25},
                                            {"quarter of an", 0.25},
                                            {"three-quarters of an", 0.75},
                                            {"three quarters of an", 0.75},
                                            {"three-quarters of a", 0.75},
                                            {"three quarters of a", 0.75}},
                                           "fraction of a unit");

// The week a weekday lies in, counted from the current one: "Tuesday of next week", "Friday last
// week", "Monday to Wednesday last week".
inline const symbols<int> week_offset_word({{"next", 1},
                                            {"coming", 1},
                                            {"following", 1},
                                            {"last", -1},
                                            {"past", -1},
                                            {"previous", -1},
                                            {"this", 0},
                                            {"current", 0}},
                                           "week");

// Vague quantities: "a few years", "several months", "many decades". "a couple" without "of" is
// as common in American English ("a couple days ago", "in a couple weeks"); not "couple" alone,
// a noun before a unit too ("the couple years later divorced").
inline const symbols<int> vague_amount({{"few", 0},
                                        {"a few", 0},
                                        {"several", 0},
                                        {"many", 0},
                                        {"some", 0},
                                        {"a couple", 2},
                                        {"a couple of", 2},
                                        {"couple of", 2},
                                        {"a number of", 0}},
                                       "vague amount");

}  // namespace annalist::timex::lexicon
