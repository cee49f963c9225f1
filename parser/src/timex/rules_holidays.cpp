// Rule family: named holidays (the table and its date rules are in holidays.hpp).
//   "Christmas", "easter 2010", "Easter Sunday two thousand ten", "last Thanksgiving",
//   "next Martin Luther King's day", "black friday of this year", "labor day of last year",
//   "tax day two years ago", "Eid al-Fitr 2050", "morning of christmas 2013", "Ramadan 1950".
#include "family_memo.hpp"
#include "holidays.hpp"
#include "peer_grammar.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace annalist::timex {
namespace {

// The holiday names as an X3 symbol table: the attribute is the index into holiday_names(). Keys
// are ASCII: X3's case-insensitive lookup does not work with non-ASCII keys.
const x3::symbols<int>& holiday_symbols() {
  static const x3::symbols<int> symbols = [] {
    x3::symbols<int> s;
    const auto names = holiday_names();
    for (std::size_t i = 0; i < names.size(); ++i) s.add(std::string(names[i].name), static_cast<int>(i));
    return s;
  }();
  return symbols;
}

// A holiday name, case-insensitive, with "’" read as "'"; the attribute is the name's index. The
// input is lower-cased into a small buffer (names are short) and looked up there.
struct holiday_name_parser : x3::parser<holiday_name_parser> {
  using attribute_type = int;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    // Most tokens start no name: reject them on their first byte, before lower-casing a buffer.
    static const std::array<bool, 256> may_start_name = [] {
      std::array<bool, 256> starts{};
      for (const HolidayName& name : holiday_names())
        if (!name.name.empty()) starts[static_cast<unsigned char>(name.name[0])] = true;
      for (char c = 'a'; c <= 'z'; ++c)
        if (starts[static_cast<unsigned char>(c)]) starts[static_cast<unsigned char>(c - 'a' + 'A')] = true;
      if (starts['\'']) starts[0xE2] = true;  // a typographic apostrophe reads as "'"
      return starts;
    }();
    if (first == last || !may_start_name[static_cast<unsigned char>(*first)]) return false;
    constexpr std::size_t capacity = 64;
    char buffer[capacity];
    std::size_t source_length[capacity];  // input bytes behind each buffer character
    std::size_t n = 0;
    for (It it = first; it != last && n < capacity;) {
      if (last - it >= 3 && it[0] == '\xE2' && it[1] == '\x80' && it[2] == '\x99') {
        buffer[n] = '\'';
        source_length[n++] = 3;
        it += 3;
        continue;
      }
      const auto c = static_cast<unsigned char>(*it);
      if (c >= 0x80) break;
      buffer[n] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);  // ASCII: no locale call
      source_length[n++] = 1;
      ++it;
    }
    const char* b = buffer;
    const char* const end = buffer + n;
    const int* index = holiday_symbols().prefix_find(b, end);
    if (index == nullptr) return false;
    std::size_t consumed = 0;
    for (const char* p = buffer; p != b; ++p) consumed += source_length[p - buffer];
    first += static_cast<std::ptrdiff_t>(consumed);
    x3::traits::move_to(*index, attr);
    return true;
  }
};
constexpr holiday_name_parser holiday_name_lookup{};

// needs_evidence marks a name that is also a common word until parse_holidays checks it.
const auto holiday_name = (holiday_name_lookup >> word_end)[take([](Meaning& m, int index) {
  const HolidayName& name = holiday_names()[static_cast<std::size_t>(index)];
  m.holiday = name.holiday;
  m.needs_evidence = name.common_word;
})];

const symbols<Direction> holiday_direction({{"last", Direction::previous},
                                            {"past", Direction::previous},
                                            {"previous", Direction::previous},
                                            {"next", Direction::next},
                                            {"coming", Direction::next},
                                            {"upcoming", Direction::next},
                                            {"this", Direction::current}},
                                           "direction");
const auto direction =
    (x3::no_case[holiday_direction] >> word_end)[take([](Meaning& m, Direction d) { m.direction = d; })];

const symbols<int> relative_year_word({{"this year", 0}, {"last year", -1}, {"next year", 1}}, "year word");
const auto year_of = ((ws >> -((word("of") | word("in")) >> ws)) | comma_sep) >>
                     (any_year[to_point<&CalendarFields::year>] |
                      (-the_ >> x3::no_case[relative_year_word] >>
                       word_end)[take([](Meaning& m, int r) { m.relative_year = r; })]);
// "tax day two years ago", "tax day in 4 years", "Royal Show Day in five years".
const auto years_away =
    ws >> ((word("in") >> ws >> cardinal >> ws >>
            (word("years") | word("year")))[take([](Meaning& m, double n) { m.relative_year = static_cast<int>(n); })] |
           (cardinal >> ws >> (word("years") | word("year")) >> ws >>
            word("ago"))[take([](Meaning& m, double n) { m.relative_year = -static_cast<int>(n); })]);
// "morning of christmas 2013".
const auto part_of = part_of_day_name[to_point<&CalendarFields::part_of_day>] >> ws >> word("of") >> ws;

const auto holiday_said = -(direction >> ws) >> holiday_name >> -(year_of | years_away);
// Without the part of the day too: in "night of power" the name begins with one.
const auto holiday_expression = (fresh >> part_of >> holiday_said) | (fresh >> holiday_said);

}  // namespace

std::span<const std::string_view> holidays_first_words() {
  static const std::vector<std::string_view> words = [] {
    // Part-of-day and direction words lead some phrases ("morning of christmas", "last easter").
    std::vector<std::string_view> w{"morning",  "afternoon", "evening", "night",    "last", "past",
                                    "previous", "next",      "coming",  "upcoming", "this"};
    for (const HolidayName& name : holiday_names())
      if (const std::string_view first = leading_word(name.name); !first.empty()) w.push_back(first);
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
  }();
  return words;
}

namespace {
const char* parse_holidays_uncached(const Span& span, Meaning& meaning) {
  static const FirstWordFilter first_words(holidays_first_words());
  if (!first_words.may_start(span.start, span.text_end)) return nullptr;
  const char* end = run(holiday_expression, span, meaning);
  if (end == nullptr) return nullptr;
  if (meaning.needs_evidence) {
    // "Lent" the season, not "lent" the verb: a capital letter, a year or a direction word.
    const bool said_which =
        meaning.point.year != unset || meaning.relative_year != unset || meaning.direction != Direction::by_tense;
    if (!said_which && !std::isupper(static_cast<unsigned char>(*span.start))) return nullptr;
    meaning.needs_evidence = false;
  }
  return end;
}
}  // namespace

// Memoised (family_memo.hpp): the clock's and casual day phrases try it again at the scanner's
// token; no rule looks behind span.start.
const char* parse_holidays(const Span& span, Meaning& meaning) {
  return memoized<parse_holidays_uncached>(span, meaning);
}

}  // namespace annalist::timex
