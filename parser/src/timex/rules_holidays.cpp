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
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist::timex {
namespace {

// The holiday names in a trie, case-insensitive, the value the name's index in holiday_names(). A
// typographic apostrophe reads as "'": a name with apostrophes is also added with U+2019 in their
// places (every combination).
const PrefixTrie<int>& holiday_trie() {
  static const PrefixTrie<int> trie = [] {
    std::vector<std::pair<std::string, int>> entries;
    const auto names = holiday_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
      std::vector<std::string> spellings{std::string()};
      for (const char c : names[i].name) {
        const std::size_t n = spellings.size();
        if (c == '\'') {
          for (std::size_t k = 0; k < n; ++k) spellings.push_back(spellings[k] + "\xE2\x80\x99");
          for (std::size_t k = 0; k < n; ++k) spellings[k] += c;
        } else {
          for (std::string& spelling : spellings) spelling += c;
        }
      }
      for (std::string& spelling : spellings) entries.emplace_back(std::move(spelling), static_cast<int>(i));
    }
    return PrefixTrie<int>(entries);
  }();
  return trie;
}

// A holiday name, case-insensitive, with "’" read as "'"; the attribute is the name's index.
struct holiday_name_parser : x3::parser<holiday_name_parser> {
  using attribute_type = int;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It longest_end = first;
    const int* longest = holiday_trie().longest_prefix(longest_end, last);
    if (longest == nullptr) return false;
    It end = first;
    const int* index = longest;
    if (continues_word(longest_end, last)) {
      // A shorter name ending a word, the longer one running into the next ("Christmas every year").
      // Not before a capitalised word: a title's ("streamed Christmas Every Day").
      index = holiday_trie().longest_prefix(end, last, [&](It at) { return !continues_word(at, last); });
      It next = end;
      while (next != last && *next == ' ') ++next;
      if (index == nullptr || (next != last && std::isupper(static_cast<unsigned char>(*next)))) return false;
    } else {
      end = longest_end;
    }
    first = end;
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

// "the Ides of March in 44 BC", "Christmas Day in AD 800": a holiday on a fixed day in a year of an
// era is that day of the month, as "March 15, 44 BC" is (holiday_date counts only years of the
// common era from 1; a computed holiday, Easter, only Gregorian ones).
const auto era_year_of_fixed_day = era_year >> x3::eps[([](auto& ctx) {
                                     Meaning& m = said(ctx);
                                     const auto day = holiday_date(m.holiday, 2000);
                                     const auto later = holiday_date(m.holiday, 2001);
                                     const date::year_month_day ymd{day ? *day : date::sys_days{}};
                                     const date::year_month_day next{later ? *later : date::sys_days{}};
                                     // Fixed: the same day of the month in two years running.
                                     x3::_pass(ctx) =
                                         day && later && ymd.month() == next.month() && ymd.day() == next.day();
                                     if (!x3::_pass(ctx)) return;
                                     m.point.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
                                     m.point.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
                                     m.holiday = unset;
                                   })] |
                                   // era_year sets the year before it reads the era: a failed one
                                   // leaves none behind ("Thanksgiving in 3 years", "Easter in 44 BC").
                                   (x3::eps[act([](Meaning& m) { m.point.year = unset; })] >> !x3::eps);
const symbols<int> relative_year_word({{"this year", 0}, {"last year", -1}, {"next year", 1}}, "year word");
const auto year_of = ((ws >> -((word("of") | word("in")) >> ws)) | comma_sep) >>
                     (era_year_of_fixed_day | any_year[to_point<&CalendarFields::year>] |
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
// "the Thanksgiving weekend", "over the Easter weekend", "Memorial Day weekend": the weekend the
// holiday falls in or next to (normalize_peers.cpp), not the holiday alone. "the Thanksgiving
// holiday", "over the Easter holidays", "the Christmas period", "the Easter break": the holiday's
// day, the whole phrase (the noun says the same time as the name; "the Easter bank holiday" too).
// British "the Easter bank holiday (weekend)".
const auto holiday_word = -(word("bank") >> ws) >> word("holiday");
// Not a word the noun begins: "an Easter break-in", "Christmas holiday-makers".
// Australian and Canadian "the Easter long weekend", "the Labour Day long weekend": the weekend too,
// also spelt "week-end" ("Memorial Day week-end"), as "this week-end" is.
// "Easter week", "Thanksgiving week", "Christmas week": the week the holiday falls in; in lower case
// only, as "Easter Week" capitalised names the Irish Rising of 1916.
const auto holiday_noun =
    ((-(holiday_word >> ws) >> -(word("long") >> ws) >>
      (word("weekend") | word("week-end"))[act([](Meaning& m) { m.point.weekend = true; })]) |
     holiday_word | word("holidays") | word("period") | word("break") |
     (x3::lit("week") >> word_end >> !dash)[act([](Meaning& m) { m.neighbour_unit = Unit::week; })]) >>
    !dash;
// "the New Year holiday", "the New Year break": New Year's Day, as "the New Year's holiday" is;
// "the New Year" alone is the year (rules_relative.cpp).
int new_years_day() {
  static const int holiday = holiday_named("new year's day");
  return holiday;
}
const auto new_year_before_noun =
    (word("new") >> ws >> word("year") >> &(ws >> holiday_noun))[act([](Meaning& m) { m.holiday = new_years_day(); })];
// "Holy Week" (capitalised): the week before Easter Sunday, ending on it, as "Easter week" is.
int easter_sunday() {
  static const int holiday = holiday_named("easter");
  return holiday;
}
const auto holy_week =
    (x3::lit("Holy") >> ws >> (x3::lit("Week") | x3::lit("week")) >> word_end >> !dash)[act([](Meaning& m) {
      m.holiday = easter_sunday();
      m.neighbour_unit = Unit::week;
    })];
// "the" only before a name and its noun; the name is read once, the noun after it optional.
// A year in figures may follow the noun: "Labor Day weekend 2014", "the Christmas holidays of 2015"
// (not "last year": "over the Christmas period last year" keeps the two), where no word follows it:
// "over the Thanksgiving weekend 1200 flights" is a count (checked before the year is stored, which
// a failing optional would not undo).
const auto year_after_noun = ws >> -((word("of") | word("in")) >> ws) >>
                             &(any_year >> !(ws >> x3::alnum)) >> any_year[to_point<&CalendarFields::year>];
const auto the_holiday_noun = the_ >> (holiday_said | new_year_before_noun) >> ws >> holiday_noun >> -year_after_noun;
// "the spring bank holiday", "the early May bank holiday": a lower-case name that holds its noun,
// "the" before it (leading the phrase, where "the spring", "the early May" would otherwise take it).
const auto the_holiday_with_noun = the_ >> holiday_said >> -(ws >> holiday_noun >> -year_after_noun);
// "Christmas night", "on Christmas morning", "Thanksgiving evening": that part of the holiday's day,
// as "the morning of Christmas" is (not a word the part begins: "Christmas nightlife").
const auto part_after = ws >> part_of_day_name[to_point<&CalendarFields::part_of_day>] >> !dash;
// Without the part of the day too: in "night of power" the name begins with one.
const auto holiday_expression =
    (fresh >> part_of >> holiday_said) |
    (fresh >> holiday_said >> -((ws >> holiday_noun >> -year_after_noun) | part_after) >> -every_year);
// Tried only where "Holy " starts (parse_holidays_uncached).
const auto holy_week_expression = fresh >> holy_week >> -(year_of | years_away);

}  // namespace

bool grammar_words_detail::holiday_name_at(const char* p, const char* end) {
  return holiday_trie().longest_prefix(p, end) != nullptr;
}

std::span<const std::string_view> holiday_lead_words() {
  // Part-of-day and direction words lead some phrases ("morning of christmas", "last easter"), "the"
  // a name and its noun ("the Easter weekend").
  static constexpr std::string_view words[] = {"morning",  "afternoon", "evening", "night",    "last", "past",
                                               "previous", "next",      "coming",  "upcoming", "this", "the"};
  return words;
}

bool holiday_name_starts_at(const char* p, const char* end) {
  return grammar_words_detail::holiday_name_at(p, end) ||
         (end - p > 5 && p[0] == 'H' && p[1] == 'o' && p[2] == 'l' && p[3] == 'y' && p[4] == ' ');
}

std::span<const std::string_view> holidays_name_words() {
  static const std::vector<std::string_view> words = [] {
    const auto leads = holiday_lead_words();
    std::vector<std::string_view> w;
    for (const std::string_view first : holidays_first_words())
      if (std::find(leads.begin(), leads.end(), first) == leads.end()) w.push_back(first);
    return w;
  }();
  return words;
}

std::span<const std::string_view> holidays_first_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> w(holiday_lead_words().begin(), holiday_lead_words().end());
    for (const HolidayName& name : holiday_names())
      if (const std::string_view first = leading_word(name.name); !first.empty()) w.push_back(first);
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
  }();
  return words;
}

namespace {
// Whether a holiday phrase may start with byte `c`: every phrase starts with a word (a part of the
// day, a direction word or the name), so only letters and the first bytes of names: a digit or
// an apostrophe, which the first-word filter lets through, starts none.
bool may_start_holiday(char c) {
  static const std::array<bool, 256> first_bytes = [] {
    std::array<bool, 256> bytes{};
    for (int b = 0; b < 256; ++b) bytes[static_cast<std::size_t>(b)] = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    for (const HolidayName& name : holiday_names())
      if (!name.name.empty()) {
        bytes[static_cast<unsigned char>(name.name.front())] = true;
        if (name.name.front() == '\'') bytes[0xE2] = true;  // a typographic apostrophe (holiday_trie)
      }
    return bytes;
  }();
  return first_bytes[static_cast<unsigned char>(c)];
}

const char* parse_holidays_uncached(const Span& span, Meaning& meaning) {
  static const FirstWordFilter first_words(holidays_first_words());
  if (span.start == span.text_end || !may_start_holiday(*span.start) ||
      !first_words.may_start(span.start, span.text_end))
    return nullptr;
  // "the" leads only "the Thanksgiving weekend", "the Easter holiday", "the Christmas week" (every "the" of a text
  // reaches here): a capitalised holiday name must follow and its noun come soon after, and only that rule is tried.
  const bool after_the = (span.start[0] == 't' || span.start[0] == 'T') && span.text_end - span.start > 4 &&
                         span.start[1] == 'h' && span.start[2] == 'e' && span.start[3] == ' ';
  if (after_the) {
    const char* name = span.start + 4;
    const std::string_view ahead(name, static_cast<std::size_t>(std::min<std::ptrdiff_t>(span.text_end - name, 48)));
    if (std::isupper(static_cast<unsigned char>(*name))) {
      if (!first_words.may_start(name, span.text_end)) return nullptr;
    } else {
      // In lower case only a name holding its noun, "the spring bank holiday" (the trie fails within
      // a few letters on "the last", "the same").
      const char* p = name;
      if (holiday_trie().longest_prefix(p, span.text_end) == nullptr ||
          ahead.find("bank holiday") == std::string_view::npos)
        return nullptr;
    }
    if (ahead.find("week") == std::string_view::npos && ahead.find("holiday") == std::string_view::npos &&
        ahead.find("period") == std::string_view::npos && ahead.find("break") == std::string_view::npos)
      return nullptr;
  }
  const bool holy = span.text_end - span.start > 5 && std::string_view(span.start, 5) == "Holy ";
  const char* end = after_the ? run(fresh >> the_holiday_noun, span, meaning)
                    : holy    ? run(holy_week_expression, span, meaning)
                              : nullptr;
  if (end == nullptr && after_the && !std::isupper(static_cast<unsigned char>(span.start[4]))) {
    // A lower-case name that ends in "holiday" ("the spring bank holiday"); a capitalised one is
    // read without "the" ("the August bank holiday": "August bank holiday").
    const char* named = run(fresh >> the_holiday_with_noun, span, meaning);
    const char* name_end = span.start + 4;
    if (named != nullptr && holiday_trie().longest_prefix(name_end, named) != nullptr &&
        std::string_view(span.start, static_cast<std::size_t>(name_end - span.start)).ends_with("holiday"))
      end = named;
  }
  if (end == nullptr && !after_the) end = run(holiday_expression, span, meaning);
  if (end == nullptr) return nullptr;
  // "the King's Birthday honours", "the New Year's Honours": the list named after the day.
  if (const std::string_view after(end, static_cast<std::size_t>(std::min<std::ptrdiff_t>(span.text_end - end, 8)));
      after.size() > 2 && after[0] == ' ' && (after[1] | 0x20) == 'h' &&
      (after.substr(2).starts_with("onours") || after.substr(2).starts_with("onors")))
    return nullptr;
  // The capital of the name itself, after "the" of "the Election Day weekend", "the Eid holiday", and
  // of its last word ("Queen's Birthday", "Day of the Dead": "the Queen's birthday" is her own day).
  const char* name = after_the ? span.start + 4 : span.start;
  if (holiday_capitalised_only(meaning.holiday)) {
    if (!std::isupper(static_cast<unsigned char>(*name))) return nullptr;
    const char* name_end = name;
    if (holiday_trie().longest_prefix(name_end, end) != nullptr) {
      const std::string_view said(name, static_cast<std::size_t>(name_end - name));
      const std::size_t space = said.rfind(' ');
      if (space != std::string_view::npos && space + 1 < said.size() &&
          !std::isupper(static_cast<unsigned char>(said[space + 1])))
        return nullptr;
    }
  }
  if (meaning.needs_evidence) {
    // "Lent" the season, not "lent" the verb: a capital letter, a year or a direction word.
    const bool said_which =
        meaning.point.year != unset || meaning.relative_year != unset || meaning.direction != Direction::by_tense;
    if (!said_which && !std::isupper(static_cast<unsigned char>(*name))) return nullptr;
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
