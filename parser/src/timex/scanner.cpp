// The driver: finds temporal expressions in text and normalises them.
//
// How it works. The scanner walks the text once. At every token start (a letter or digit after a
// non-word character, or an apostrophe before a digit as in "'90s") it asks the registered rule
// families (families.cpp) that can start there for a match and keeps the longest one whose
// context checks pass (context.hpp). A match is consumed whole: matches never overlap, and the
// leftmost wins. Each match is normalised (normalize.hpp) against the DCT or the narrative
// reference time, with the tense of its clause; explicit dates move the reference time.
//
// Adding a rule family does not touch this file: see families.hpp.
//
// Cost: at a token start one hash lookup of its first word (FirstWordIndex) says which families
// can start there; most tokens of running text start none. A lead word ("the", "a", "in") counts
// only before a word some rule reads ("the government" starts nothing); a digit inside a number
// or an amount ("1,200", "2.5", "$30") or a percentage ("15%", "3.5%") starts nothing either
// (has_evidence would reject any match there, whatever the families read), and at a number before
// a word no rule reads ("5 million", "2.5 percent", "1,200 people") only the families that may
// read a number alone are tried. Families calling each other at one
// start run once (family_memo.hpp); clause tense is computed only when normalize asks for it
// (ClauseTense), reading outwards to the nearest cue. Two passes (match, then normalise) so
// that whether the text is a narrative is decided from all its dates. Linear in the input;
// allocation only per match found.
#include "ascii.hpp"
#include "context.hpp"
#include "families.hpp"
#include "family_memo.hpp"
#include "grammar.hpp"
#include "holidays.hpp"
#include "normalize.hpp"
#include "normalize_peers.hpp"

#include <annalist/parser/time_expression.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#ifdef ANNALIST_CHECK_START_GATES
#include <cstdio>
#endif
#include <cstdlib>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist {
namespace {

// The bytes a token can start with: ASCII letters and digits, and an apostrophe, straight or curly
// (U+2019, E2 80 99: "'90s", "\u201999").
constexpr auto token_first_bytes = [] {
  std::array<bool, 256> bytes{};
  for (int c = 0; c < 256; ++c)
    bytes[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == 0xE2;
  return bytes;
}();

// ASCII bytes that continue a word (letters, digits, '_': timex::continues_word), as 1.
constexpr auto word_bytes = [] {
  std::array<std::uint8_t, 256> bytes{};
  for (int c = 0; c < 128; ++c)
    bytes[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return bytes;
}();

// Whether the bytes at `p` continue a word (timex::continues_word), ASCII by table lookup.
bool continues_word_at(const char* p, const char* end) {
  const auto c = static_cast<unsigned char>(*p);
  return c < 0x80 ? word_bytes[c] == 1 : timex::continues_word_beyond_ascii(p, end);
}

// Whether the byte at `p`, one of token_first_bytes (the scanner skips the others before it asks),
// starts a token. Inlined wherever it is asked (find_matches at every token, split_into_parts): a
// call from find_matches costs about 1% (speed).
[[gnu::always_inline]] inline bool is_token_start(const char* text_begin, const char* p, const char* end) {
  const auto c = static_cast<unsigned char>(*p);
  if (c == '\'' && !(end - p > 1 && p[1] >= '0' && p[1] <= '9')) return false;
  if (c == 0xE2 && !(end - p > 3 && p[1] == '\x80' && p[2] == '\x99' && p[3] >= '0' && p[3] <= '9')) return false;
  if (p == text_begin) return true;
  // Most tokens follow an ASCII blank or punctuation mark.
  if (const auto previous = static_cast<unsigned char>(p[-1]); previous < 0x80) return word_bytes[previous] == 0;
  // The previous character, stepping back over UTF-8 continuation bytes.
  const char* q = p - 1;
  while (q > text_begin && (static_cast<unsigned char>(*q) & 0xC0) == 0x80 && p - q < 4) --q;
  return !continues_word_at(q, end);
}

// A hedge closing a length or a counted period after " or " ("a month or so", "5 years or more",
// "three weeks or less"): its bytes from the blank before "or", and its mod; size 0 where none
// closes there (another word follows, or "than": "two years or more than that").
struct ClosingHedge {
  std::size_t size = 0;
  const char* mod = "";
};
// After one unit "or two" hedges it as "or so" does ("a day or two", "a year or two": TimeBank's
// "a month or two" is the first length, P1M).
ClosingHedge closing_hedge(std::string_view after, bool one_unit) {
  static constexpr std::pair<std::string_view, const char*> hedges[] = {
      {" or so", "APPROX"},          {" or more", "EQUAL_OR_MORE"},  {" or longer", "EQUAL_OR_MORE"},
      {" or less", "EQUAL_OR_LESS"}, {" or fewer", "EQUAL_OR_LESS"}, {" or shorter", "EQUAL_OR_LESS"},
      {" or two", "APPROX"}};
  for (const auto& [words, mod] : hedges) {
    if (!after.starts_with(words) || (words == " or two" && !one_unit)) continue;
    const std::string_view rest = after.substr(words.size());
    if (!rest.empty() && static_cast<unsigned char>((rest[0] | 0x20) - 'a') < 26) return {};
    if (rest.starts_with(" than")) return {};
    return {words.size(), mod};
  }
  return {};
}

// A hedge or a close bound right before a clock time, and the TimeML mod it gives the time.
struct ClockHedge {
  std::size_t size = 0;  // its bytes and the blank after it; 0 where none
  const char* mod = "";
};
// The hedge or close bound ending at `p` ("around ", "about ", "approximately ", "roughly ": APPROX;
// "shortly after ", "just after ", "just past ": AFTER; "just before ", "shortly before ": BEFORE),
// none where no such words end there: a look back of at most 19 bytes. A bare "after" or "before"
// is the clause's signal, not the time's.
ClockHedge clock_hedge_before(const char* text_begin, const char* p) {
  constexpr auto letter = timex::ascii::is_letter;
  static constexpr std::pair<std::string_view, const char*> hedges[] = {
      {"around ", "APPROX"},           {"about ", "APPROX"},
      {"approximately ", "APPROX"},    {"roughly ", "APPROX"},
      {"shortly after ", "AFTER"},     {"just after ", "AFTER"},
      {"soon after ", "AFTER"},        {"right after ", "AFTER"},
      {"immediately after ", "AFTER"}, {"just past ", "AFTER"},
      {"shortly before ", "BEFORE"},   {"just before ", "BEFORE"},
      {"right before ", "BEFORE"},     {"immediately before ", "BEFORE"}};
  for (const auto& [hedge, mod] : hedges) {
    const auto size = static_cast<std::ptrdiff_t>(hedge.size());
    if (p - text_begin < size) continue;
    const char* const word = p - size;
    bool same = true;
    for (std::size_t i = 0; same && i < hedge.size(); ++i) same = (word[i] | 0x20) == hedge[i];
    if (same && (word == text_begin || !letter(word[-1]))) return {hedge.size(), mod};
  }
  return {};
}

// Whether a lower-case plural noun follows the clock time ending at `after`: the time qualifies it
// ("talking about 3pm meetings"), and a hedge before it is the verb's preposition, not the time's.
// A look of 16 bytes.
bool plural_noun_after(const char* after, const char* end) {
  if (end - after < 3 || after[0] != ' ' || after[1] < 'a' || after[1] > 'z') return false;
  const char* q = after + 1;
  while (q != end && q - after <= 16 && *q >= 'a' && *q <= 'z') ++q;
  const std::string_view word(after + 1, static_cast<std::size_t>(q - after - 1));
  if (word.size() < 4 || word.back() != 's' || (q != end && q - after > 16)) return false;
  for (const std::string_view not_noun : {"this", "hours", "always", "afterwards", "sometimes", "towards"})
    if (word == not_noun) return false;
  return true;
}

// The year a TIMEX3 value starts with, as CalendarFields holds it ("BC0481-WI": -481; "1854-WI": 1854).
int year_of_value(std::string_view value) {
  const bool bc = value.starts_with("BC");
  const int year = std::atoi(std::string(value.substr(bc ? 2 : 0, 4)).c_str());
  return bc ? -year : year;
}

// The narrative reference time: the last date the text named, and how precisely.
class ReferenceTime {
 public:
  // Moves the reference to a date just named (`value` is its TIMEX3 value, `day` its first day).
  // A coarser mention that contains the current reference ("1945" after "April 28, 1945") keeps
  // the finer one.
  // Whether a date has moved it yet (before, it is the DCT).
  bool is_set() const { return has_reference_; }

  void move_to(date::sys_days day, std::string_view value, timex::Anchors& anchors) {
    // Precision and containment are read after the era: "BC0445" names a year, as "1945" does, and
    // is no part of "BC0479-06" (its first four bytes, "BC04", are the same).
    const std::size_t era = value.starts_with("BC") ? 2 : 0;
    const std::size_t digits = value.size() - era;
    const std::size_t precision = digits >= 10 ? 10 : digits >= 7 ? 7 : 4;
    if (has_reference_ && precision < precision_) {
      const std::string current =
          timex::day_value(date::sys_days{date::floor<date::days>(anchors.reference).time_since_epoch()});
      if (value.substr(0, era + precision) == std::string_view(current).substr(0, era + precision)) return;
    }
    anchors.reference = date::local_seconds{day.time_since_epoch()};
    anchors.reference_precision = precision == 10  ? timex::Anchors::Precision::day
                                  : precision == 7 ? timex::Anchors::Precision::month
                                                   : timex::Anchors::Precision::year;
    // A step back of less than a year is a flashback: the story has still reached `latest_`. A
    // longer one starts the story again from there.
    if (!has_reference_ || day >= latest_ || latest_ - day > flashback_reach) {
      latest_ = day;
      latest_precision_ = anchors.reference_precision;
      flashback_ = {};
    } else if (day < reached_) {
      flashback_ = day;
      flashback_precision_ = anchors.reference_precision;
    }
    reached_ = day;
    precision_ = precision;
    has_reference_ = true;
  }

  // In a flashback to a day or a month (the reference stepped back less than a year from the latest
  // day the story reached: "A Supreme War Council was created ... on 5 November 1917" told after 28
  // March 1918, "This followed the general election in December 2005" after May 20, 2006) and `day`
  // before the flashback's first day: the anchors of that latest day; nullopt otherwise.
  std::optional<timex::Anchors> resumed(const timex::Anchors& anchors, date::sys_days day) const {
    using Precision = timex::Anchors::Precision;
    if (!has_reference_ || latest_ <= reached_ || !flashback_ || day >= *flashback_ ||
        flashback_precision_ == Precision::year || latest_precision_ != Precision::day)
      return std::nullopt;
    timex::Anchors at_latest = anchors;
    at_latest.reference = date::local_seconds{latest_.time_since_epoch()};
    at_latest.reference_precision = latest_precision_;
    return at_latest;
  }
  // The latest day the story has reached.
  date::sys_days latest() const { return latest_; }

 private:
  static constexpr date::days flashback_reach{366};
  std::size_t precision_ = 0;
  bool has_reference_ = false;
  date::sys_days reached_{}, latest_{};

  std::optional<date::sys_days> flashback_;  // the day the story stepped back to, since `latest_`
  timex::Anchors::Precision latest_precision_ = timex::Anchors::Precision::day;
  timex::Anchors::Precision flashback_precision_ = timex::Anchors::Precision::day;
};

// The day a winter moves the reference time to: its year's first day (normalize: writers name a
// winter by its January's year as often as by its December's), but its December when the story
// had reached that year's autumn ("defeated Saladin on 7 September 1191. That winter he waited. The
// following spring" is 1192-SP, was 1191-SP).
date::sys_days winter_from_autumn(date::sys_days day, std::string_view value, const ReferenceTime& reference,
                                  const timex::Anchors& anchors) {
  if (!reference.is_set() || !value.ends_with("-WI")) return day;
  constexpr unsigned autumn = 9;
  const date::year_month_day at{date::floor<date::days>(anchors.reference)};
  const date::year_month_day winter{day};
  if (static_cast<unsigned>(at.month()) < autumn || winter.year() != at.year() || winter.month() != date::January ||
      winter.day() != date::day{1})
    return day;
  return date::sys_days{winter.year() / date::December / 1};
}

// Whether an expression is counted from the DCT (deictic): a lone weekday, "yesterday", "last year",
// "two weeks ago", "next year".
bool counted_from_document(const timex::Meaning& m) {
  const bool weekday_alone = m.kind == timex::Kind::calendar && m.point.weekday != timex::unset &&
                             m.point.year == timex::unset && m.point.month == timex::unset;
  return weekday_alone || (m.kind == timex::Kind::relative && m.anchor == timex::Anchor::document);
}

// Whether an expression counted from the DCT tells that its sentence is in the reporter's present:
// one counted a unit or a weekday away ("on Monday", "last week", "next year", "yesterday"), not
// "today", "present day" or a count of units ("two years ago", "in two years"), which histories
// say too ("Ore, in present day Ondo State").
bool says_present(const timex::Meaning& m) {
  if (!counted_from_document(m)) return false;
  const bool today = m.unit == timex::Unit::day && (m.amount == 0 || m.direction == timex::Direction::current);
  return m.kind != timex::Kind::relative || (!m.amount_explicit && !today);
}

// A narrative (history, biography) names mostly years far from the DCT. News names other years
// too ("up from 1987"), so it takes several, and few near the DCT, and few expressions counted
// from the DCT.
bool is_narrative(const std::vector<std::pair<const char*, timex::Meaning>>& matches, int dct_year) {
  int near = 0, far = 0, deictic = 0;
  for (const auto& [end, m] : matches) {
    if (counted_from_document(m)) ++deictic;
    if (m.kind != timex::Kind::calendar || m.point.year == timex::unset) continue;
    (std::abs(m.point.year - dct_year) <= 1 ? near : far) += 1;
  }
  // News about history still speaks from its date: "Friday", "last week", "two years ago".
  if (2 * deictic >= far) return false;
  return (far >= 4 && far > 4 * near) || (far >= 20 && far > near);
}

// Years named in passing in a narrative ("documents found in 2004 proved ..." in an account of
// 1920): far from the years named just before and after it. They do not move the reference time.
// `passing` gets one flag per match; `dated` is working room (the scanner's, kept from text to text).
void passing_years(const std::vector<std::pair<const char*, timex::Meaning>>& matches, std::vector<bool>& passing,
                   std::vector<std::size_t>& dated) {
  constexpr int far = 10;
  passing.assign(matches.size(), false);
  dated.clear();  // matches that name their year
  for (std::size_t i = 0; i < matches.size(); ++i)
    if (matches[i].second.kind == timex::Kind::calendar && matches[i].second.point.year != timex::unset)
      dated.push_back(i);
  const auto year_of = [&](std::size_t k) { return matches[dated[k]].second.point.year; };
  // The year the story was in before: the last one named not in passing. A span named first ("broke
  // out in 1568 and ended in 1648. ... on 10 July 1584") leaves the story at its start, and 1584
  // lies on its way from 1568, not far from 1648.
  std::size_t story = 0;
  // A year named several times running is one mention: "the Estates as in 1614. The 1614 rules
  // differed ..." in an account of 1788 goes on in 1788.
  for (std::size_t k = 1; k < dated.size();) {
    std::size_t last = k;
    while (last + 1 < dated.size() && year_of(last + 1) == year_of(k)) ++last;
    if (last + 1 == dated.size()) break;
    const int before = year_of(story), here = year_of(k), after = year_of(last + 1);
    // A year named again and again may be where the story has gone: passing only when named a few
    // times and the story comes back to where it was.
    constexpr std::size_t few = 3;
    const bool returns = last == k || (last - k < few && std::abs(after - before) <= far);
    // A year between the two is where the story passes on its way: "Crécy in 1346 and Poitiers ten
    // years later ... Agincourt in 1415 ... Orléans in 1429", "431 BC ... 415 BC ... 404 BC".
    const bool on_the_way = (before < here && here < after) || (after < here && here < before);
    if (std::abs(here - before) > far && std::abs(here - after) > far && returns && !on_the_way)
      for (std::size_t j = k; j <= last; ++j) passing[dated[j]] = true;
    else
      story = last;
    k = last + 1;
  }
}

// Whether matches k and k + 1 are next to each other in a list: joined by "and", "or", a comma, ",
// and" or ", or" ("April, May or June"). One test for the lists a year said at the end dates
// (year_from_list) and those a counted year does (listed_before_counted_year).
bool joined_in_list(const std::vector<const char*>& starts,
                    const std::vector<std::pair<const char*, timex::Meaning>>& matches, std::size_t k) {
  if (starts[k + 1] < matches[k].first) return false;
  const std::string_view between(matches[k].first, static_cast<std::size_t>(starts[k + 1] - matches[k].first));
  return between == " and " || between == " or " || between == ", " || between == ", and " || between == ", or ";
}

// A date said without its year in a list whose last date has one: "in April and June 1955", "the
// spring and early summer of 1943", "August, September and October 1914", "in Q1 and Q2 2015", "H1
// and H2 2015". Joined by "and", "or" or a comma: the year of the first date after it in the list
// that names one, a year earlier for a month, quarter or half after that date's ("December and
// January 1990", "Q4 and Q1 2015"). unset when not in such a list.
int year_from_list(const std::vector<const char*>& starts,
                   const std::vector<std::pair<const char*, timex::Meaning>>& matches, std::size_t i) {
  using timex::unset;
  const auto yearless = [](const timex::Meaning& m) {
    const timex::CalendarFields& f = m.point;
    return m.kind == timex::Kind::calendar && f.year == unset && f.decade == unset && f.century == unset &&
           m.relative_year == unset && m.direction == timex::Direction::by_tense && !m.has_range_end &&
           m.holiday == unset && f.day == unset &&
           (f.month != unset || f.season != unset || f.quarter != unset || f.half != unset);
  };
  // "June 3rd through June 7th 2015", "May 30 to June 2, 2014": a day said without its year that
  // a range word joins to a day with one (TimeML tags the two ends apart) is in the end's year, a
  // year earlier for a later month ("December 28 to January 3, 2015").
  const auto yearless_day = [](const timex::Meaning& m) {
    const timex::CalendarFields& f = m.point;
    return m.kind == timex::Kind::calendar && f.year == unset && f.month != unset && f.day != unset &&
           f.hour == unset && m.relative_year == unset && m.direction == timex::Direction::by_tense &&
           !m.has_range_end && m.holiday == unset;
  };
  if (i + 1 < matches.size() && yearless_day(matches[i].second)) {
    const std::string_view between(matches[i].first, static_cast<std::size_t>(starts[i + 1] - matches[i].first));
    const timex::Meaning& next = matches[i + 1].second;
    const bool range_word = between == " through " || between == " thru " || between == " to " ||
                            between == " until " || between == " till ";
    if (!range_word || next.kind != timex::Kind::calendar || next.point.year == unset || next.point.day == unset ||
        next.point.month == unset || next.has_range_end)
      return unset;
    return matches[i].second.point.month > next.point.month ? next.point.year - 1 : next.point.year;
  }
  if (!yearless(matches[i].second)) return unset;
  for (std::size_t k = i; k + 1 < matches.size() && joined_in_list(starts, matches, k); ++k) {
    const timex::Meaning& next = matches[k + 1].second;
    if (next.kind == timex::Kind::calendar && next.point.year != unset && next.point.day == unset) {
      // A month, quarter or half later in the year than the dated one is the year before's ("Q4 and
      // Q1 2015"); a season has no such order (winter spans two years).
      const auto first_month = [](const timex::CalendarFields& f) {
        return f.season != unset ? unset : timex::first_month_of(f);
      };
      const int month = first_month(matches[i].second.point), next_month = first_month(next.point);
      return month != unset && next_month != unset && month > next_month ? next.point.year - 1 : next.point.year;
    }
    if (!yearless(next)) return unset;
  }
  return unset;
}

// A day of the month's number at `q` (1 to 31, one or two digits, maybe "st", "nd", "rd", "th"
// after it) into `day`, `q` moved past it; false when none is there.
bool read_day_number(const char*& q, const char* end, int& day) {
  day = 0;
  int digit_count = 0;
  for (; q < end && *q >= '0' && *q <= '9' && digit_count < 3; ++q, ++digit_count) day = day * 10 + (*q - '0');
  if (digit_count == 0 || digit_count > 2 || day < 1 || day > 31) return false;
  if (end - q >= 2) {
    const std::string_view suffix(q, 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") q += 2;
  }
  return true;
}

// A second day of the month after a month and day, joined by "and": "Surrendering on May 4 and 5
// were ...", "April 24 and 25.", "May 6 and 7th, during which": the day (its own expression, the
// first date's month and year, as TimeML tags it) and where it ends; nullptr when none follows. Only
// before the phrase's end or a function word, as "May 4 and 5 soldiers" counts soldiers. A year
// after it and a comma ("May 4 and 5, 1865") is both days' (`year`, else unset), and ends it.
// After a list of days (listed_day_end), the last is joined by ", and" too ("February 4, 11, and 18").
const char* joined_day_end(const char* p, const char* end, int& day, int& year, bool after_list) {
  std::string_view joiner = " and ";
  if (after_list && end - p > 6 && std::string_view(p, 6) == ", and ") joiner = ", and ";
  if (static_cast<std::size_t>(end - p) < joiner.size() + 1 || std::string_view(p, joiner.size()) != joiner)
    return nullptr;
  const char* q = p + joiner.size();
  year = timex::unset;
  if (!read_day_number(q, end, day)) return nullptr;
  if (q < end && continues_word_at(q, end)) return nullptr;
  if (end - q >= 6 && q[0] == ',' && q[1] == ' ' && std::all_of(q + 2, q + 6, timex::ascii::is_digit) &&
      (end - q == 6 || !continues_word_at(q + 6, end))) {
    year = std::atoi(std::string(q + 2, 4).c_str());
    return q + 6;
  }
  // A stop, comma or colon before a digit goes on with the number: "15.04.2025 and 16.04.2025" is
  // a second date, "May 4 and 5,000 soldiers" a count, "and 5:30" a clock time.
  if (end - q >= 2 && (*q == '.' || *q == ',' || *q == ':') && q[1] >= '0' && q[1] <= '9') return nullptr;
  if (q == end || *q == '.' || *q == ',' || *q == ';' || *q == ':' || *q == ')') return q;
  if (*q != ' ') return nullptr;
  const char* w = q + 1;
  while (w < end && *w >= 'a' && *w <= 'z') ++w;
  const std::string_view next(q + 1, static_cast<std::size_t>(w - q - 1));
  if (w < end && continues_word_at(w, end)) return nullptr;
  for (const std::string_view function_word :
       {"and", "or", "but", "were", "was", "in", "at", "on", "to", "the", "when", "while", "during", "respectively"})
    if (next == function_word) return q;
  return nullptr;
}

// A day of the month listed after a comma before the list goes on with another comma or "and"
// ("February 4, 11 and 18": ", 11"): where its number ends, or nullptr; `day` its number.
const char* listed_day_end(const char* p, const char* end, int& day) {
  if (end - p < 4 || p[0] != ',' || p[1] != ' ') return nullptr;
  const char* q = p + 2;
  if (!read_day_number(q, end, day)) return nullptr;
  const std::string_view rest(q, static_cast<std::size_t>(end - q));
  return (rest.starts_with(", ") && rest.size() > 2 && rest[2] >= '0' && rest[2] <= '9') ||
                 rest.starts_with(", and ") || rest.starts_with(" and ")
             ? q
             : nullptr;
}

// After the month and day matches.back() ends at `p`, the day joined to it by "and"
// (joined_day_end) as a match of its own, in the first date's month (and the year after it, if
// any), and the days listed between them with commas (listed_day_end: "on February 4, 11 and 18"
// is 2025-02-04, 2025-02-11 and 2025-02-18; none unless the list ends with the joined day, as
// "February 4, 11 and 18 soldiers" counts); where the scan goes on. Out of line: rare, and
// tag_segment's loop stays small (speed).
[[gnu::noinline]] const char* add_joined_day(const char* p, const char* end, const char* scan_until,
                                             std::vector<const char*>& starts,
                                             std::vector<std::pair<const char*, timex::Meaning>>& matches) {
  timex::Meaning& first = matches.back().second;
  if (first.point.month == timex::unset || first.has_range_end || first.point.hour != timex::unset) return p;
  std::array<std::pair<const char*, int>, 8> listed{};  // where each listed day's number ends, the day
  std::size_t count = 0;
  const char* q = p;
  int day = 0, year = timex::unset;
  while (count < listed.size()) {
    const char* listed_end = listed_day_end(q, end, day);
    if (listed_end == nullptr) break;
    listed[count++] = {listed_end, day};
    q = listed_end;
  }
  const char* day_end = joined_day_end(q, end, day, year, count > 0);
  if (day_end == nullptr || day_end > scan_until) return p;
  if (year != timex::unset && first.point.year == timex::unset) first.point.year = year;
  timex::Meaning second = first;
  second.point.weekday = timex::unset;
  const char* item_start = p;
  for (std::size_t k = 0; k < count; ++k) {
    second.point.day = listed[k].second;
    starts.push_back(item_start + 2);  // after ", "
    matches.emplace_back(listed[k].first, second);
    item_start = listed[k].first;
  }
  second.point.day = day;
  starts.push_back(q + (q[0] == ',' ? 6 : 5));  // after " and " or ", and "
  matches.emplace_back(day_end, second);
  return day_end;
}

// Before the day and month matches.back() (the day first, starting at `first`), the days listed
// with it, joined by "and" or ", and" and the ones before by commas, after "on" or "for": "Voting
// takes place on 4, 11 and 18 February" is 2025-02-04, 2025-02-11 and 2025-02-18, "set for 2, 9 and
// 16 October" three days, each a match of its own in the last one's month and year, as
// add_joined_day reads "on February 4, 11 and 18"; after a participle too ("were held 4, 11 and 18
// February"). Not after another word ("cost the firm 2, 9 and 16 October"; "between 4 and 18
// February" is a range, rules_ranges.cpp), nor before `floor`, where the match before ends, unless
// that match is the list's first day read alone ("on the 4th, 11th and 18th of February"), which
// it replaces; `text_begin` is where the segment's text begins. Out of line: rare (speed).
[[gnu::noinline]] void add_days_listed_before(const char* text_begin, const char* floor, const char* first,
                                              std::vector<const char*>& starts,
                                              std::vector<std::pair<const char*, timex::Meaning>>& matches) {
  const timex::Meaning last = matches.back().second;
  if (last.point.month == timex::unset || last.has_range_end || last.point.hour != timex::unset) return;
  // The first of the list may already be read as a day alone, "on the 4th, 11th and 18th of
  // February": the list reaches back into it, and it takes the month too.
  const char* const own_floor = floor;
  if (matches.size() >= 2 && starts.size() >= 2) {
    const timex::Meaning& before = matches[matches.size() - 2].second;
    if (before.kind == timex::Kind::calendar && before.point.day != timex::unset &&
        before.point.month == timex::unset && before.point.year == timex::unset && !before.has_range_end &&
        before.point.hour == timex::unset && floor - starts[starts.size() - 2] <= 8)
      floor = matches.size() >= 3 ? matches[matches.size() - 3].first : text_begin;
  }
  const auto ends_with = [&](const char* at, std::string_view s) {
    return at - floor >= static_cast<std::ptrdiff_t>(s.size()) && std::string_view(at - s.size(), s.size()) == s;
  };
  // The day number ending at `at` ("11" or "11th"): where it starts, or nullptr.
  const auto day_before = [&](const char* at, int& day) -> const char* {
    const char* q = at;
    if (ends_with(at, "st") || ends_with(at, "nd") || ends_with(at, "rd") || ends_with(at, "th")) q -= 2;
    const char* digits = q;
    while (digits > floor && q - digits < 3 && digits[-1] >= '0' && digits[-1] <= '9') --digits;
    if (digits == q || q - digits > 2 || (digits > floor && digits[-1] != ' ')) return nullptr;
    const char* r = digits;
    return read_day_number(r, at, day) && r == at ? digits : nullptr;
  };
  struct Listed {
    const char *start, *end;
    int day;
  };
  std::array<Listed, 8> listed{};
  std::size_t count = 0;
  const char* at = first;
  if (ends_with(at, ", and "))
    at -= 6;
  else if (ends_with(at, " and "))
    at -= 5;
  else
    return;
  int day = 0;
  while (count < listed.size()) {
    const char* start = day_before(at, day);
    if (start == nullptr) break;
    listed[count++] = {start, at, day};
    if (!ends_with(start, ", ")) break;
    at = start - 2;
  }
  if (count == 0) return;
  // "on the 28 and 29 August": the first day's "the" is in its tag, as WikiWars tags it.
  const char* opening = listed[count - 1].start;
  const bool the = ends_with(opening, " the ");
  if (the) opening -= 4;
  // After a past participle too, a date's passive: "Clinics were held 4, 11 and 18 February",
  // "scheduled 2, 9 and 16 October".
  const auto after_participle = [&] {
    const char* q = opening;
    while (q > floor && q[-1] == ' ') --q;
    const char* w = q;
    while (w > floor && w[-1] >= 'a' && w[-1] <= 'z') --w;
    const std::string_view word(w, static_cast<std::size_t>(q - w));
    return word.size() >= 4 && (word.ends_with("ed") || word == "held");
  };
  if (!(ends_with(opening, " on ") || ends_with(opening, " On ") || ends_with(opening, " for ") ||
        (opening - floor == 3 && ends_with(opening, "On ")) || (!the && after_participle())))
    return;
  const auto last_match = matches.back();
  const char* last_start = starts.back();
  matches.pop_back();
  starts.pop_back();
  if (opening < own_floor) {  // the day alone read before is the list's first
    matches.pop_back();
    starts.pop_back();
  }
  timex::Meaning listed_day = last;
  listed_day.point.weekday = timex::unset;
  for (std::size_t k = count; k-- > 0;) {
    listed_day.point.day = listed[k].day;
    starts.push_back(the && k + 1 == count ? opening : listed[k].start);
    matches.emplace_back(listed[k].end, listed_day);
  }
  starts.push_back(last_start);
  matches.push_back(last_match);
}

// The counts before a length or a counted offset that share its unit, joined by "or" or a list
// ("four or five years", "ten, fifteen, and twenty years earlier"), and the ordinals before a
// quarter or half ("the second and third quarters", "the first and second halves of 2013", "the
// second or third quarter"): each an expression of its own, the unit and the rest of the one after
// it read with it, as TimeML
// and TIMEX2 tag a conjunct whose head is elided (WikiWars "[ten] or [fifteen years]" P10Y, "had
// [ten], [fifteen], and [twenty years earlier]" 1940, 1935, 1930; TimeBank "the [second] and
// [fourth quarters]"). matches.back() is the last conjunct, starting at `first`; `floor` is where
// the text the scan may tag begins (the end of the match before it, or the segment's start). The
// counts grow to the right ("the 4 or 5 people" has no unit, "5 or 4 years" no run); counts joined
// by "and" alone are a span ("between 4 and 5 years"), and so are counts joined by "to" or a dash,
// one expression (TimeBank's "two to three weeks" P2W EQUAL_OR_MORE). Whether any was added. Out
// of line: rare, and find_matches' loop stays small.
[[gnu::noinline]] bool add_elided_conjuncts(const char* floor, const char* first, std::vector<const char*>& starts,
                                            std::vector<std::pair<const char*, timex::Meaning>>& matches) {
  // The joiner first: most lengths and parts follow none.
  const std::string_view joined(floor, static_cast<std::size_t>(first - floor));
  if (!joined.ends_with(" or ") && !joined.ends_with(" and ")) return false;
  const timex::Meaning said = matches.back().second;
  const bool ordinals = said.kind == timex::Kind::calendar;
  if (said.coarsest_unit != timex::Unit::none || !said.amount_known) return false;
  // The number a conjunct says, read from `from` to `to` (all of it when `whole`); 0 when none.
  const auto number_at = [ordinals](const char* from, const char* to, bool whole) {
    const char* it = from;
    double value = 0;
    int nth = 0;
    const bool read = ordinals ? timex::x3::parse(it, to, timex::ordinal, nth)
                               : timex::x3::parse(it, to, timex::read_cardinal, value);
    if (!read || (whole && it != to)) return 0.0;
    return ordinals ? static_cast<double>(nth) : value;
  };
  double upper = number_at(first, matches.back().first, false);
  if (upper != (!ordinals ? said.amount : said.point.quarter != timex::unset ? said.point.quarter : said.point.half))
    return false;
  const std::size_t insert_at = matches.size() - 1;
  const char* right = first;
  // Counts joined by "and" alone are points of a follow-up only in a list ("at three, six and 12
  // months") or after "at" or "after" ("at 6 and 12 months"): checked once the counts are read.
  bool bare_and = false;
  int added = 0;
  for (int n = 0; n < 4; ++n) {
    const std::string_view before(floor, static_cast<std::size_t>(right - floor));
    // The joiner: "or" or ", and" before the last conjunct ("and" too between ordinals, or between
    // the points above), a comma before the others.
    std::size_t joiner = 0;
    if (n == 0 && before.ends_with(" or "))
      joiner = before.ends_with(", or ") ? 5 : 4;
    else if (n == 0 && before.ends_with(" and ")) {
      joiner = before.ends_with(", and ") ? 6 : 5;
      bare_and = !ordinals && joiner == 5;
    } else if (n > 0 && before.ends_with(", "))
      joiner = 2;
    if (joiner == 0) break;
    const char* const count_end = right - joiner;
    const char* count_start = count_end;
    while (
        count_start > floor && count_end - count_start < 16 &&
        (std::isalnum(static_cast<unsigned char>(count_start[-1])) || count_start[-1] == '-' || count_start[-1] == '.'))
      --count_start;
    if (count_start == count_end ||
        (count_start > floor && count_start[-1] != ' ' && count_start[-1] != '(' && count_start[-1] != '"'))
      break;
    // A count in figures or words, no article ("a or two"), smaller than the one after it.
    const double count = (*count_start | 0x20) == 'a' ? 0 : number_at(count_start, count_end, true);
    if (count <= 0 || count >= upper) break;
    timex::Meaning elided = said;
    if (!ordinals)
      elided.amount = count;
    else if (said.point.quarter != timex::unset)
      elided.point.quarter = static_cast<int>(count);
    else
      elided.point.half = static_cast<int>(count);
    starts.insert(starts.begin() + static_cast<std::ptrdiff_t>(insert_at), count_start);
    matches.insert(matches.begin() + static_cast<std::ptrdiff_t>(insert_at), {count_end, elided});
    right = count_start;
    upper = count;
    ++added;
  }
  if (bare_and && added == 1) {
    const std::string_view before(floor, static_cast<std::size_t>(right - floor));
    if (!before.ends_with(" at ") && !before.ends_with(" after ") && before != "at " && before != "after ") {
      starts.erase(starts.begin() + static_cast<std::ptrdiff_t>(insert_at));
      matches.erase(matches.begin() + static_cast<std::ptrdiff_t>(insert_at));
      return false;
    }
  }
  return right != first;
}

// "his fourth visit in as many months", "five titles in as many years": the vague count of a length
// after "in as" is the ordinal's or the count's a few words before it, of its unit (P4M, P5Y).
// matches.back() starts at `first`; `floor` as for add_elided_conjuncts. Out of line: rare.
[[gnu::noinline]] void count_in_as_many(const char* floor, const char* first, timex::Meaning& m) {
  const std::string_view before(floor, static_cast<std::size_t>(first - floor));
  if (!before.ends_with(" in as ")) return;
  const char* right = first - 7;
  for (int n = 0; n < 6 && right > floor; ++n) {
    const char* start = right;
    while (start > floor && right - start < 16 &&
           (std::isalnum(static_cast<unsigned char>(start[-1])) || start[-1] == '-'))
      --start;
    if (start == right) return;
    const char* it = start;
    int nth = 0;
    double count = 0;
    if (timex::x3::parse(it, right, timex::ordinal, nth) && it == right) {
      count = nth;
    } else {
      it = start;
      if (!timex::x3::parse(it, right, timex::read_cardinal, count) || it != right) count = 0;
    }
    if (count >= 1 && count == static_cast<int>(count)) {
      m.amount = count;
      m.amount_known = true;
      return;
    }
    if (start == floor || start[-1] != ' ') return;
    right = start - 1;
  }
}

// The second day of "April 24 and 25" (`t`) is in the year of the first (found last, ending at
// `first_end`), whatever its clause's tense: "Talks were held on April 24 and 25" said in February;
// so is each day of a list ("fell on February 4, 11 and 18", add_joined_day).
[[gnu::noinline]] void take_joined_day_year(const TimeExpression* previous, std::size_t first_end, TimeExpression& t) {
  if (previous == nullptr || previous->end != first_end) return;
  const std::string& first = previous->value;
  constexpr auto is_digit = timex::ascii::is_digit;
  if (first.size() < 10 || t.value.size() < 10 || !std::all_of(first.begin(), first.begin() + 4, is_digit) ||
      !std::all_of(t.value.begin(), t.value.begin() + 4, is_digit))
    return;
  t.value.replace(0, 4, first, 0, 4);
}

// Whether the expression text[b, e) lies in a relative or participle clause set off by commas
// that describes someone or something in passing ("Napoleon, who died in 1821, left Moscow",
// "Kutuzov, born in 1745, took command"): the story does not move there.
[[gnu::noinline]] bool in_descriptive_aside(std::string_view text, std::size_t b, std::size_t e) {
  // The comma opening the clause first (cheap, and most dates have none before them in their
  // clause), then its first word, then the comma closing it (timex::in_comma_aside).
  // Bounded as in_comma_aside is: a text without clause punctuation stays linear.
  constexpr std::size_t reach = 400;
  std::size_t comma = b;
  while (comma > 0 && b - comma < reach && text[comma - 1] != ',' && text[comma - 1] != '.' &&
         text[comma - 1] != '\n' && text[comma - 1] != ';')
    --comma;
  if (comma == 0 || text[comma - 1] != ',') return false;
  std::size_t w = comma;
  while (w < b && text[w] == ' ') ++w;
  std::size_t w_end = w;
  while (w_end < b && text[w_end] >= 'a' && text[w_end] <= 'z') ++w_end;
  const std::string_view word = text.substr(w, w_end - w);
  for (const std::string_view opener : {"who", "whose", "which", "born", "founded", "built", "established"})
    if (word == opener) return timex::in_comma_aside(text, b, e);
  return false;
}

// A year said alone ("in 2023") and the yearless months after it that elaborate it: "rates were
// cut twice in 2023, in March and again in September" is March and September 2023, not the months
// nearest the DCT. In news; a narrative's reference time does this already.
struct SaidYear {
  int year = timex::unset;
  std::size_t end = 0;  // where the year, or the last month that took it, ends
};

// A calendar date whose year nothing decides: no year, decade or century, no year counted from
// another ("the following year"), no direction, no range, no holiday.
bool year_left_open(const timex::Meaning& m) {
  using timex::unset;
  const timex::CalendarFields& f = m.point;
  return m.kind == timex::Kind::calendar && f.year == unset && f.decade == unset && f.century == unset &&
         m.relative_year == unset && m.direction == timex::Direction::by_tense && !m.has_range_end &&
         m.holiday == unset;
}

// A month without a year, maybe with its day ("March", "March 5"), and nothing else that decides
// the year (no weekday either: year_of_weekday in the normaliser does).
bool is_yearless_month(const timex::Meaning& m) {
  return year_left_open(m) && m.point.month != timex::unset && m.point.weekday == timex::unset;
}

// The year of a span of two years (a season's, a marketing or fiscal year's: "2014/15", "2014-15")
// said right before a yearless month in its clause, where a word between says the month closes or
// opens it: "The 2014/15 marketing year ends in June", "runs until September" are the last year's;
// "The 2014/15 crop year began in July" the first's. unset when there is none.
int year_a_span_bounds(std::string_view text, const TimeExpression& span, std::size_t b) {
  if (span.type != TimexType::date || !span.range_begin || !span.range_end || span.end > b || b - span.end > 60)
    return timex::unset;
  const std::string_view first = *span.range_begin, last = *span.range_end;
  if (first.size() != 4 || last.size() != 4 || !std::all_of(first.begin(), first.end(), timex::ascii::is_digit) ||
      !std::all_of(last.begin(), last.end(), timex::ascii::is_digit) || year_of_value(last) != year_of_value(first) + 1)
    return timex::unset;
  const std::string_view between = text.substr(span.end, b - span.end);
  if (between.find_first_of(".;!?\n") != std::string_view::npos) return timex::unset;
  // The span is the verb's subject, not the object of a preposition ("Applications for the 2023-24
  // academic year closed on January 25" date the applications).
  timex::ShortWord said_before = timex::previous_word(text, span.begin);
  if ((said_before == "the" || said_before == "The") && span.begin >= 4)
    said_before = timex::previous_word(text, span.begin - 4);
  for (const std::string_view preposition : {"for", "of", "in", "In", "during", "on", "to", "from", "by", "at", "with"})
    if (said_before == preposition) return timex::unset;
  std::size_t i = 0;
  while (i < between.size()) {
    std::size_t j = i;
    std::string word;
    while (j < between.size() && timex::ascii::is_letter(between[j]))
      word.push_back(static_cast<char>(between[j++] | 0x20));
    for (const std::string_view closing : {"end", "ends", "ended", "ending", "until", "through"})
      if (word == closing) return year_of_value(last);
    for (const std::string_view opening : {"begin", "begins", "began", "start", "starts", "started"})
      if (word == opening) return year_of_value(first);
    i = j == i ? i + 1 : j;
  }
  return timex::unset;
}

// A day of a month without its year ("March 5"), or a range of such days ("Jan. 20 to Jan. 24",
// "Jan. 20-24"), and nothing else that decides the year (days_agree).
inline bool is_yearless_day(const timex::Meaning& m) {
  using timex::unset;
  const timex::CalendarFields& f = m.point;
  return f.day != unset && m.kind == timex::Kind::calendar && f.month != unset && f.year == unset &&
         f.weekday == unset && m.relative_year == unset && m.direction == timex::Direction::by_tense &&
         m.holiday == unset && (!m.has_range_end || (!m.range_end_counted && m.range_end.year == unset));
}

// A season without its year ("the summer", "in the spring") and nothing else that decides the year.
bool is_yearless_season(const timex::Meaning& m) {
  return year_left_open(m) && m.point.season != timex::unset && m.point.month == timex::unset;
}

// "the year", "the end of the year", "later in the year", "the first quarter of the year": the year
// the text is in (Anchor::story), the DCT's in news unless the text tells an episode of another.
bool names_the_year(const timex::Meaning& m) {
  using namespace timex;
  return m.anchor == Anchor::story &&
         ((m.kind == Kind::relative && m.unit == Unit::year && m.direction == Direction::current && !m.new_year) ||
          (m.kind == Kind::calendar && m.relative_year == 0 && m.point.year == unset));
}

// "the month", "the end of the month", "month's end": the month the text is in (Anchor::story), the
// DCT's in news unless the text tells an episode of another.
bool names_the_month(const timex::Meaning& m) {
  using namespace timex;
  return m.anchor == Anchor::story && m.kind == Kind::relative && m.unit == Unit::month &&
         m.direction == Direction::current;
}

// "the week", "the end of the week": the week the text is in (Anchor::story), the DCT's in news
// unless the text tells an episode to its day; so is "the weekend" (the tense's in news).
bool names_the_week(const timex::Meaning& m) {
  using namespace timex;
  return m.kind == Kind::relative &&
         ((m.anchor == Anchor::story && m.unit == Unit::week && m.direction == Direction::current) ||
          (m.anchor == Anchor::document && m.unit == Unit::weekend && m.direction == Direction::by_tense &&
           m.amount == 1 && m.mod.empty()));
}

// A holiday without its year ("By Christmas", "at Easter") and nothing else that decides the year.
bool is_yearless_holiday(const timex::Meaning& m) {
  using timex::unset;
  return m.kind == timex::Kind::calendar && m.holiday != unset && m.point.year == unset && m.relative_year == unset &&
         m.direction == timex::Direction::by_tense && !m.has_range_end && m.day_shift == 0 && m.weekday_step == unset;
}

// Whether the yearless holiday `m` falls in the month after the document's day: a run-up told in the
// past leads to it ("Shops were busy ahead of Diwali" a week before it).
bool holiday_within_month_ahead(const timex::Meaning& m, const timex::Anchors& anchors) {
  const date::sys_days today{date::floor<date::days>(anchors.document).time_since_epoch()};
  const int year = static_cast<int>(date::year_month_day{today}.year());
  for (const int y : {year, year + 1})
    if (const std::optional<date::sys_days> day = timex::holiday_date(m.holiday, y))
      if (*day >= today) return *day - today <= date::days{31};
  return false;
}

// A day of the month alone ("on the 14th"): the month is the one the text is in.
bool is_day_alone(const timex::Meaning& m) {
  using timex::unset;
  return year_left_open(m) && m.point.day != unset && m.point.month == unset && m.point.weekday == unset;
}

// A range of days within one month without a year ("from 16 to 19 October", "on 16-19 October").
bool is_yearless_days_of_a_month(const timex::Meaning& m) {
  using timex::unset;
  const timex::CalendarFields& f = m.point;
  return m.kind == timex::Kind::calendar && m.has_range_end && !m.range_end_counted && f.year == unset &&
         f.month != unset && f.day != unset && f.weekday == unset && f.hour == unset && m.relative_year == unset &&
         m.direction == timex::Direction::by_tense && m.holiday == unset && m.range_end.year == unset &&
         m.range_end.day != unset && (m.range_end.month == unset || m.range_end.month == f.month) &&
         m.range_end.hour == unset;
}

// A quarter or a half without its year ("in the fourth quarter", "the second half") and nothing else
// that decides the year.
bool is_yearless_quarter(const timex::Meaning& m) {
  return year_left_open(m) && (m.point.quarter != timex::unset || m.point.half != timex::unset) &&
         m.point.month == timex::unset;
}

// A month, a day of a month, a range of months or days, a quarter, a half, a season, a holiday or a
// weekday counted in a named month whose year nothing decides ("in July", "on April 15", "between
// January and March", "from April 6 to April 5", "in the fourth quarter", "in the summer", "at
// Christmas", "on the fourth Thursday of November"): after a cue of habit every year's, a set
// (timex::follows_habitual_adverb, timex::times_generic_period).
bool recurs_in_any_year(const timex::Meaning& m) {
  using timex::unset;
  const timex::CalendarFields& f = m.point;
  if (m.kind != timex::Kind::calendar || f.year != unset || f.decade != unset || f.century != unset ||
      m.relative_year != unset || m.direction != timex::Direction::by_tense || f.week != unset || f.hour != unset ||
      f.weekend)
    return false;
  if (m.nth_in_period != unset)
    return !m.has_range_end && f.month != unset && !m.nth_week && m.holiday == unset && m.day_shift == 0 &&
           m.weekday_step == unset && m.neighbour_unit == timex::Unit::none && !m.keeps_time_of_day && !m.working_days;
  if (f.weekday != unset) return false;
  if (m.holiday != unset)
    return !m.has_range_end && m.neighbour_unit == timex::Unit::none && m.day_shift == 0 && m.weekday_step == unset &&
           !timex::holiday_only_year(m.holiday);
  if (timex::is_peer_meaning(m)) return false;
  if (m.has_range_end)  // months or days from one to another ("from October to March", "from April 6 to April 5")
    return !m.range_end_counted && f.month != unset && m.range_end.month != unset && m.range_end.year == unset &&
           (f.day == unset) == (m.range_end.day == unset);
  return f.month != unset || f.quarter != unset || f.half != unset || f.season != unset;
}

// Whether the month text[b] starts closes the report's period named right before it ("the year to
// March", "the 12 months through June", "the quarter ending March 31", `period` of meaning `m`): a
// length of months, quarters or years, or a quarter, half or year, said with its article, and
// "to", "through" or "ending" between. Told in the past, the period is over, so its end lies
// behind: "Revenue rose 8% in the year to March" said 2014-02-05 is 2013-03 (was the nearer
// 2014-03), as after "ended"; not a result foreseen, by a modal after the month ("said profit in
// the year to March would rise") or a future seen from the past before it (the scanner: "said
// profit would rise in the year to March"). (Out of line: rare.)
[[gnu::noinline]] bool closes_reported_period(std::string_view text, const TimeExpression& period,
                                              const timex::Meaning& m, std::size_t b, std::size_t e) {
  if (period.end >= b || b - period.end > 10) return false;
  // A modal after it foresees the period's result ("said profit in the year to March would rise").
  const std::string_view after = text.substr(e, 8);
  if (after.starts_with(" would ") || after.starts_with(" will ") || after.starts_with(" could ") ||
      after.starts_with(" should ") || after.starts_with(" may ") || after.starts_with(" might "))
    return false;
  const std::string_view between = text.substr(period.end, b - period.end);
  if (between != " to " && between != " through " && between != " ending ") return false;
  // A period said with its article: "extended the loan by a year to March", "delayed six months to
  // June" put a date off, ahead.
  if (period.text.size() < 5 || (period.text[0] != 't' && period.text[0] != 'T') || period.text.substr(1, 3) != "he ")
    return false;
  const timex::Unit unit = m.kind == timex::Kind::calendar && m.point.quarter != timex::unset ? timex::Unit::quarter
                           : m.kind == timex::Kind::calendar && m.point.half != timex::unset  ? timex::Unit::half
                                                                                              : m.unit;
  return (m.kind == timex::Kind::duration || m.kind == timex::Kind::relative || m.kind == timex::Kind::calendar) &&
         (unit == timex::Unit::month || unit == timex::Unit::quarter || unit == timex::Unit::half ||
          unit == timex::Unit::year);
}

// Whether matches[i] follows matches[i - 1] in its clause: at most 160 bytes from the end of the
// one to the start of the other, no sentence's or clause's end (".", ";", "!", "?", a line break)
// between (year_of_sibling_part, siblings_agree).
bool close_sibling(std::string_view text, const std::vector<std::pair<const char*, timex::Meaning>>& matches,
                   const std::vector<const char*>& starts, std::size_t i) {
  const std::size_t from = static_cast<std::size_t>(matches[i - 1].first - text.data());
  const std::size_t to = static_cast<std::size_t>(starts[i] - text.data());
  if (to < from || to - from > 160) return false;
  for (std::size_t k = from; k < to; ++k)
    if (text[k] == '.' || text[k] == ';' || text[k] == '!' || text[k] == '?' || text[k] == '\n') return false;
  return true;
}

// Whether matches[i], a yearless month, is listed before a later month whose year is counted ("of
// the following year", "of next year"), each item joined to the next by "and", "or" or a comma, in
// the year's order: "in July and August of the following year", "in October, November or December
// of the following year". It is of that year (list_takes_counted_year), and so no reference time
// for the count: after 2020, "moved to June and July of the next year" is 2021-06 and 2021-07 (was
// 2026-07, counted from a "June" the DCT dated).
bool listed_before_counted_year(const std::vector<std::pair<const char*, timex::Meaning>>& matches,
                                const std::vector<const char*>& starts, std::size_t i) {
  const auto plain_month = [](const timex::Meaning& m) {
    return m.point.month != timex::unset && m.point.day == timex::unset && !m.has_range_end;
  };
  for (std::size_t j = i; j + 1 < matches.size(); ++j) {
    const timex::Meaning& item = matches[j].second;
    const timex::Meaning& next = matches[j + 1].second;
    if (!is_yearless_month(item) || !plain_month(item) || !plain_month(next) ||
        timex::first_month_of(item.point) >= timex::first_month_of(next.point))
      return false;
    if (!joined_in_list(starts, matches, j)) return false;
    if (next.relative_year != timex::unset) return true;
  }
  return false;
}

// The months listed before matches[i], a month whose year is counted (listed_before_counted_year),
// are of its year: "took place in July and August of the following year" after 2020 is 2021-07 and
// 2021-08 (was 2020-07). `found` holds the expressions found up to `t`, matches[i]'s, its last.
// (Out of line: rare.)
[[gnu::noinline]] void list_takes_counted_year(std::string_view text,
                                               const std::vector<std::pair<const char*, timex::Meaning>>& matches,
                                               const std::vector<const char*>& starts, std::size_t i,
                                               std::vector<TimeExpression>& found, const TimeExpression& t) {
  if (t.value.size() != 7 || t.value[4] != '-') return;
  for (std::size_t j = i, k = found.size() - 1; j-- > 0 && k-- > 0 && listed_before_counted_year(matches, starts, j);) {
    TimeExpression& item = found[k];
    if (item.end != static_cast<std::size_t>(matches[j].first - text.data()) || !item.mod.empty() ||
        item.value.size() != 7 || item.value[4] != '-')
      return;
    item.value.replace(0, 4, t.value, 0, 4);
  }
}

// A quarter or half said without its year right after one said with it in its sentence, as a month
// is after a month with its year in a list: "rose in H1 2015 but fell in H2" 2015-H2, "rose in Q3
// 2012, up from Q2" 2012-Q2 (were the DCT's or the tense's). After a word of comparison ("from",
// "than", "with", "on", "over", "versus") a part later in the year than the dated one is the year
// before's, the latest such part before it ("up 4% in Q1 2013 from Q4" 2012-Q4); otherwise the
// dated one's year, whatever the tense. A part said by its ordinal alone (elided_parts_after: "in
// the first quarter and 5% in the second") is of the year the part it leaves its noun to was read
// in (`read_before`, the expression found before it), said or not; but told in the past, a later
// part reads its own year, and siblings_agree gives the one before it that year ("in the first
// quarter and 5% in the second" said 2014-03-10: the second is not begun, 2013-Q2, and so the
// first 2013-Q1). Only the match right before it, at most 160 bytes back and no sentence's or
// clause's end (".", ";", "!", "?", a line break) between (close_sibling). unset otherwise. (Out of
// line: rare.)
[[gnu::noinline]] int year_of_sibling_part(std::string_view text,
                                           const std::vector<std::pair<const char*, timex::Meaning>>& matches,
                                           const std::vector<const char*>& starts, std::size_t i,
                                           const TimeExpression* read_before, const timex::ClauseTense& tense) {
  using timex::unset;
  if (i == 0) return unset;
  const timex::Meaning& before_it = matches[i - 1].second;
  timex::CalendarFields dated = before_it.point;
  if (before_it.kind != timex::Kind::calendar || (dated.quarter == unset && dated.half == unset) ||
      dated.month != unset || before_it.has_range_end)
    return unset;
  if (dated.year == unset) {
    const std::size_t end = static_cast<std::size_t>(matches[i - 1].first - text.data());
    const std::string_view value = read_before != nullptr ? std::string_view(read_before->value) : std::string_view();
    const timex::ShortWord last_word =
        timex::word_before(text.data(), matches[i].first, timex::WordBeforeRules{.longer_word_is_none = true});
    if (read_before == nullptr || read_before->end != end || value.size() < 7 || value[4] != '-' ||
        !std::all_of(value.begin(), value.begin() + 4, timex::ascii::is_digit) ||
        !(last_word == "first" || last_word == "second" || last_word == "third" || last_word == "fourth"))
      return unset;
    dated.year = year_of_value(value);
  }
  if (!close_sibling(text, matches, starts, i)) return unset;
  const std::size_t to = static_cast<std::size_t>(starts[i] - text.data());
  const timex::CalendarFields& part = matches[i].second.point;
  std::size_t word_end = to;
  if (const timex::ShortWord article = timex::previous_word(text, to); article == "the")
    word_end = to >= 4 ? to - 4 : 0;
  const timex::ShortWord before = timex::previous_word(text, word_end);
  // "than" after a part whose year is not said weighs two parts of one year, as a list names them
  // ("The first half was stronger than the second": both the DCT's); "from" says a change from the
  // part before ("rose in the first quarter from the fourth").
  const bool compared = before == "from" || (before == "than" && before_it.point.year != unset) || before == "with" ||
                        before == "on" || before == "over" || before == "versus" || before == "vs";
  const bool later = timex::first_month_of(part) > timex::first_month_of(dated);
  if (later && !compared && before_it.point.year == unset && tense() == timex::Tense::past) return unset;
  return compared && later ? dated.year - 1 : dated.year;
}

// A quarter or half whose year is not said, or said as "the year" ("the first quarter of the
// year"): the tense or the story gives it (siblings_agree).
bool part_of_an_unsaid_year(const timex::Meaning& m) {
  return is_yearless_quarter(m) || ((m.point.quarter != timex::unset || m.point.half != timex::unset) &&
                                    m.point.month == timex::unset && names_the_year(m));
}

// Parts of one year told together agree on it: a quarter or half without its year (or of "the
// year") before a later one of the same kind, read a year after it, is of that one's year. Told in the past, a part not
// yet begun is the year just ended's and one under way the DCT's, so read alone "Sales fell in Q1 and rose in Q2" said
// 2022-03-10 gave 2022-Q1 and 2021-Q2; the later part says which year both are in: 2021-Q1 ("the first and second
// quarters": "first" 2021-Q1 beside "second quarters" 2021-Q2). `before` is the expression found for matches[i - 1],
// `t` the one for matches[i]. Only parts in a year's order ("dropped in Q4 and rebounded in Q1" keeps 2021-Q4 and
// 2022-Q1), in one clause (close_sibling). Out of the year's order only when the second is what the first is
// compared with: "expect second-half sales to exceed those of the first half", "Fourth-quarter profit rose from
// the third quarter" (said in August: 2026-H2 and 2026-H1, was 2027-H1); the first named gives the year.
// (Out of line: rare.)
[[gnu::noinline]] void siblings_agree(std::string_view text,
                                      const std::vector<std::pair<const char*, timex::Meaning>>& matches,
                                      const std::vector<const char*>& starts, std::size_t i, TimeExpression& before,
                                      TimeExpression& t) {
  const timex::Meaning& earlier = matches[i - 1].second;
  const timex::Meaning& later = matches[i].second;
  if (!part_of_an_unsaid_year(earlier) || earlier.has_range_end || later.has_range_end ||
      (earlier.point.quarter == timex::unset) != (later.point.quarter == timex::unset) ||
      before.end != static_cast<std::size_t>(matches[i - 1].first - text.data()) ||
      timex::first_month_of(earlier.point) == timex::first_month_of(later.point))
    return;
  const auto part_value = [](std::string_view v) {
    return v.size() == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') &&
           std::all_of(v.begin(), v.begin() + 4, timex::ascii::is_digit);
  };
  if (!part_value(before.value) || !part_value(t.value) || !before.mod.empty() ||
      !close_sibling(text, matches, starts, i))
    return;
  if (timex::first_month_of(earlier.point) < timex::first_month_of(later.point)) {
    if (year_of_value(before.value) == year_of_value(t.value) + 1) before.value.replace(0, 4, t.value, 0, 4);
    return;
  }
  if (year_of_value(t.value) != year_of_value(before.value) + 1 || !t.mod.empty() || t.begin < before.end) return;
  const std::string_view between = text.substr(before.end, t.begin - before.end);
  const bool compared = std::ranges::any_of(
      std::initializer_list<std::string_view>{" from ", " than ", " those of ", " that of ", " compared ", " versus "},
      [&](std::string_view w) { return between.find(w) != std::string_view::npos; });
  if (compared) t.value.replace(0, 4, before.value, 0, 4);
}

// A calendar unit said without its year that a news text's episode gives one to (year_from_episode).
bool takes_the_episodes_year(const timex::Meaning& m) {
  return is_yearless_month(m) || is_yearless_season(m) || is_yearless_quarter(m) || names_the_year(m) ||
         names_the_month(m) || is_yearless_holiday(m) || is_day_alone(m) || is_yearless_days_of_a_month(m);
}

// A clock time or a part of the day said without its day ("at 4 p.m.", "in the early evening"):
// the day a news text's episode names is its day (tag_segment).
bool takes_the_episodes_day(const timex::Meaning& m) {
  using timex::unset;
  const timex::CalendarFields& f = m.point;
  // "the afternoon": that part of the day the story is in (rules_clock.cpp).
  const bool part_of_the_day = m.kind == timex::Kind::relative && m.unit == timex::Unit::day &&
                               m.direction == timex::Direction::current && m.anchor == timex::Anchor::story &&
                               f.part_of_day != unset && f.hour == unset && !m.has_range_end;
  return part_of_the_day ||
         (m.kind == timex::Kind::calendar && (f.hour != unset || f.part_of_day != unset) && f.year == unset &&
          f.month == unset && f.day == unset && f.weekday == unset && m.relative_year == unset && !m.said_today &&
          !m.has_range_end && m.day_shift == 0 && m.anchor != timex::Anchor::reference);
}

// The day of the month a TIMEX3 value names ("1815-06-18", "1815-06-18T11:30"), or unset.
int day_of_value(std::string_view value) {
  if (value.size() < 10 || value[7] != '-' || value[8] < '0' || value[8] > '3' || value[9] < '0' || value[9] > '9' ||
      (value.size() > 10 && value[10] != 'T'))
    return timex::unset;
  return (value[8] - '0') * 10 + (value[9] - '0');
}

// An episode a news text narrates: a month, maybe with its day, named with its year a year or more
// from the DCT, that times a told event ("On 3 March 2019 the company filed for bankruptcy.", "will
// list its shares in June 2026"). A yearless month after it in its paragraph, told in the same
// tense, goes on from it ("In June, creditors approved the plan": 2019-06; "In February" after
// September 2008: 2009-02), not from the DCT. In a narrative the reference time does this already.
struct Episode {
  int month_index = timex::unset;              // year * 12 + month - 1
  bool ahead = false;                          // after the DCT: a planned episode
  std::size_t end = 0;                         // where the last expression of the episode ends
  bool past_perfect = false;                   // told in the past perfect: only what is told so goes on from it
  bool month_named = true;                     // its month was named, not only its year or season ("the month" is it)
  int day = timex::unset;                      // the day of the month its last date named, if it named one
  bool weekday_named = false;                  // that date named its weekday too ("On Thursday 9 November 1989")
  std::size_t until = std::string_view::npos;  // where a scene set for its sentence alone ends
  int begin_index = timex::unset;              // a range of months: its first month's index (month_index its last)
  bool near_plan = false;                      // a plan's date in the DCT's next year (nearer_the_plan)
};

// A weekday alone ("on Sunday", "By Sunday"): no date, week or direction said with it.
bool is_lone_weekday(const timex::Meaning& m) {
  using timex::unset;
  return year_left_open(m) && m.point.weekday != unset && m.point.month == unset && m.point.day == unset &&
         m.week_offset == unset && m.day_shift == 0 && m.point.hour == unset && m.point.part_of_day == unset;
}

// "born on a Tuesday", "falls on a Thursday", "run a Sunday timetable": a weekday, maybe with its
// part of the day, after "on" and the indefinite article, or before a timetable, is any such day, no
// particular one, and is not tagged. "attended a Sunday night memorial service" is the service held
// that Sunday (AQUAINT's gold), tagged as before. A holiday said to fall on one just before keeps it
// for holiday_on_its_day ("Christmas falls on a Thursday this year": the holiday's day).
bool weekday_of_no_week(std::string_view text, std::size_t b, std::size_t e, const timex::Meaning& m,
                        const timex::Meaning* previous) {
  using timex::unset;
  if (m.kind != timex::Kind::calendar || !year_left_open(m) || m.point.weekday == unset || m.point.month != unset ||
      m.point.day != unset || m.week_offset != unset || m.day_shift != 0 || m.point.hour != unset || m.has_range_end)
    return false;
  if (const timex::ShortWord article = timex::previous_word(text, b); article != "a" && article != "an") return false;
  if (previous != nullptr && previous->holiday != unset) return false;
  std::size_t article_begin = b;
  while (article_begin > 0 && text[article_begin - 1] == ' ') --article_begin;
  while (article_begin > 0 && text[article_begin - 1] != ' ') --article_begin;
  if (timex::previous_word(text, article_begin) == "on") return true;
  char next[16];
  const std::size_t letters = e + 1 < text.size() && text[e] == ' '
                                  ? timex::first_word_at(text.data() + e + 1, text.data() + text.size(), next)
                                  : 0;
  const std::string_view noun(next, letters < sizeof next ? letters : 0);
  return noun == "timetable" || noun == "timetables" || noun == "schedule" || noun == "schedules";
}

// "the quarter-final", "the second quarter final", "This quarter-final", "the quarter-finalists", "the
// quarter-century", "the quarter-mile", "the quarter-on-quarter rise": "quarter" ending the match is
// the first part of a compound, a round of a tournament, a length or a rate, not a quarter of a year;
// "the quarter-end figures", "in the quarter on higher demand" are the quarter.
bool quarter_of_compound(std::string_view text, std::size_t b, std::size_t e) {
  constexpr std::string_view quarter = "quarter";
  if (e - b < quarter.size() || e + 2 >= text.size()) return false;
  for (std::size_t i = 0; i < quarter.size(); ++i)
    if ((text[e - quarter.size() + i] | 0x20) != quarter[i]) return false;
  const bool hyphen = text[e] == '-';
  if (!hyphen && text[e] != ' ') return false;
  char next[16];
  const std::size_t letters = timex::first_word_at(text.data() + e + 1, text.data() + text.size(), next);
  const std::string_view word(next, letters < sizeof next ? letters : 0);
  return word == "final" || word == "finals" || word == "finalist" || word == "finalists" || word == "century" ||
         word == "centuries" || word == "mile" || (hyphen && word == "on");
}

int month_index_of(int year, int month) { return year * 12 + month - 1; }

// The year and the month (1-12) of a month index; a year before Christ is negative, as
// CalendarFields holds it, and its months count up to the next year's as an AD year's do.
int year_of_index(int index) { return index >= 0 ? index / 12 : -((11 - index) / 12); }
int month_of_index(int index) { return index - year_of_index(index) * 12 + 1; }

// The day a past episode's last date named (Episode::day set).
date::sys_days day_of(const Episode& episode) {
  return date::year{year_of_index(episode.month_index)} / static_cast<unsigned>(month_of_index(episode.month_index)) /
         static_cast<unsigned>(episode.day);
}

// The month index of a TIMEX3 value that starts with a year and a month ("2019-03", "2019-03-03",
// "2019-03-03T17:00", "BC0049-01"), or unset.
int month_index_of(std::string_view value) {
  const bool bc = value.starts_with("BC");
  if (bc) value.remove_prefix(2);
  const auto digits = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t k = from; k < from + n; ++k) {
      if (value[k] < '0' || value[k] > '9') return timex::unset;
      v = v * 10 + (value[k] - '0');
    }
    return v;
  };
  if (value.size() < 7 || value[4] != '-') return timex::unset;
  const int year = digits(0, 4), month = digits(5, 2);
  return year == timex::unset || month == timex::unset || month < 1 || month > 12
             ? timex::unset
             : month_index_of(bc ? -year : year, month);
}

// The day of the tagged date `told` before the expression at `b` when it dates the telling of the
// report the expression is in (timex::telling_dated_by): a month (its first day) or a day of a known
// year ("2014-09", "2014-12-08"; not a season, a week or a year alone) before the DCT; nullopt
// otherwise. Out of line: tag_segment's loop stays small (speed).
[[gnu::noinline]] std::optional<date::sys_days> telling_day(std::string_view text, std::size_t b,
                                                            const TimeExpression& told, date::local_seconds document) {
  if (told.end >= b || b - told.end > 160) return std::nullopt;
  const std::string_view v = told.value;
  const int index = v.size() == 7 || v.size() == 10 ? month_index_of(v) : timex::unset;
  const int day = v.size() == 10 ? day_of_value(v) : 1;
  if (index == timex::unset || day == timex::unset || !timex::telling_dated_by(text, told.begin, told.end, b))
    return std::nullopt;
  const date::year_month_day ymd =
      date::year{year_of_index(index)} / static_cast<unsigned>(month_of_index(index)) / static_cast<unsigned>(day);
  if (!ymd.ok() || date::sys_days{ymd} >= date::sys_days{date::floor<date::days>(document).time_since_epoch()})
    return std::nullopt;
  return date::sys_days{ymd};
}

// The month index a TIMEX3 value starts in: its month's (month_index_of), or the first month of its
// season ("2012-SP"), quarter ("2012-Q2") or half ("2012-H2"); unset for anything else.
int first_month_index_of(std::string_view value) {
  if (const int index = month_index_of(value); index != timex::unset || value.size() != 7 || value[4] != '-')
    return index;
  const int year = std::all_of(value.begin(), value.begin() + 4, timex::ascii::is_digit)
                       ? std::atoi(std::string(value.substr(0, 4)).c_str())
                       : timex::unset;
  const std::string_view part = value.substr(5);
  int month = timex::unset;
  for (int season = 0; season < 4; ++season)
    if (part == std::array<std::string_view, 4>{"SP", "SU", "FA", "WI"}[season])
      month = timex::season_start_month(season);
  if (part[1] >= '1' && part[1] <= '4' && (part[0] == 'Q' || (part[0] == 'H' && part[1] <= '2')))
    month = 1 + (part[1] - '1') * (part[0] == 'Q' ? 3 : 6);
  return year == timex::unset || month == timex::unset ? timex::unset : month_index_of(year, month);
}

// Two days of a month without their year told in sequence in one clause agree on it, as parts of
// one year do (siblings_agree): each read alone, "Stores close early on Dec. 24 and reopen on Dec.
// 26" said 2019-12-25 gave 2020-12-24 (the timetable's coming one) beside 2019-12-26 (tomorrow),
// the first event a year after the second. When the earlier day in the year is read a year after
// the later one, one of them moves a year: the earlier back to the later's year (the later day says
// which year both are in: 2019-12-24), unless the sentence is about days ahead and the later one
// was read behind them: told in the future ("will stop on Dec. 24 and resume on Dec. 27": 2020-12-27,
// was 2019-12-27), or in the present with the later day read before the DCT ("The show opens on
// March 3 in London and on Nov. 10 in Paris" said 2014-02-05: 2014-11-10, was 2013-11-10); then
// the later moves forward to the earlier's. Two days across the turn of the year told in their
// order stay as read ("arrived on Dec. 28 and left on Jan. 3": 2019-12-28, 2020-01-03); read in one
// year, the first after the second, one moves a year the same way ("Schools close on Dec. 20 and
// reopen on Jan. 8" said 2017-12-22: 2017-12-20, was 2018-12-20). `before` is the expression found for
// matches[i - 1], `t` the one for matches[i], `told` matches[i]'s tense. Only the match right before
// it in its clause (close_sibling: 160 bytes, no sentence's end between). Ranges of such days agree
// as days do, each read by its first day and moved whole, its ends with it ("The fair runs Jan. 20
// to Jan. 24 and again Feb. 10 to Feb. 14" said 2014-01-28: both 2014's; the first was 2015's, the
// timetable's coming one). (Out of line: rare.)
[[gnu::noinline]] void days_agree(std::string_view text,
                                  const std::vector<std::pair<const char*, timex::Meaning>>& matches,
                                  const std::vector<const char*>& starts, std::size_t i, TimeExpression& before,
                                  TimeExpression& t, timex::Tense told, date::local_seconds dct) {
  using timex::unset;
  const timex::Meaning& earlier = matches[i - 1].second;
  // Both read as days of a month of a year ("2019-12-24"; not BC, not a week).
  const auto names_a_day = [](std::string_view v) {
    return !v.starts_with("BC") && month_index_of(v) != unset && day_of_value(v) != unset;
  };
  if (!is_yearless_day(earlier) || !names_a_day(before.value) || !names_a_day(t.value) ||
      before.end != static_cast<std::size_t>(matches[i - 1].first - text.data()))
    return;
  // The first told lies after the second by less than a year: a year after it in the year's order
  // ("Dec. 24 ... Dec. 26": 2020, 2019), or in the second's year across the turn of the year, its
  // month at least six after the second's ("close on Dec. 20 and reopen on Jan. 8" said 2017-12-22:
  // 2018-12-20, 2018-01-08; not "planned for November 11 but attacked on November 10").
  const int first_year = year_of_value(before.value), second_year = year_of_value(t.value);
  const std::string_view first_day = std::string_view(before.value).substr(5, 5);
  const std::string_view second_day = std::string_view(t.value).substr(5, 5);
  const int first_index = month_index_of(before.value), second_index = month_index_of(t.value);
  if (!((first_year == second_year + 1 && first_day < second_day) ||
        (first_year == second_year && first_index >= second_index + 6)) ||
      !close_sibling(text, matches, starts, i))
    return;
  // 29 February has no twin a year off.
  if (first_day == "02-29" || second_day == "02-29") return;
  // Told in sequence: "and", "then", "but" or "before" between them (close_sibling bounds the gap
  // to 160 bytes). Not "after", which tells the later event first, nor a word that pairs two days
  // told out of their order ("payable Jan. 2 to stock of record Dec. 15": the record day first).
  const std::string_view gap = text.substr(before.end, static_cast<std::size_t>(starts[i] - text.data()) - before.end);
  constexpr auto letter = timex::ascii::is_letter;
  bool in_sequence = false;
  for (std::size_t k = 0; k < gap.size() && !in_sequence; ++k) {
    if (!letter(gap[k]) || (k > 0 && letter(gap[k - 1]))) continue;
    std::size_t w = k;
    while (w < gap.size() && letter(gap[w])) ++w;
    const std::string_view word = gap.substr(k, w - k);
    in_sequence = word == "and" || word == "then" || word == "but" || word == "before";
  }
  if (!in_sequence) return;
  const timex::Tense earlier_told = timex::ClauseTense{text, before.begin, before.end}();
  // A range under way at the DCT is not behind it: its last day is read.
  const std::string_view later_last_day = t.range_end && names_a_day(*t.range_end) ? *t.range_end : t.value;
  const bool ahead = told != timex::Tense::past &&
                     (told == timex::Tense::future || earlier_told == timex::Tense::future ||
                      later_last_day.substr(0, 10) <
                          timex::day_value(date::sys_days{date::floor<date::days>(dct).time_since_epoch()}));
  const int year = ahead ? second_year + 1 : first_year - 1;
  if (year < 0 || year > 9999) return;
  // A range of days moves whole, its ends with its value ("The fair runs Jan. 20 to Jan. 24 and again
  // Feb. 10 to Feb. 14": both ranges in one year).
  TimeExpression& moved = ahead ? t : before;
  const int delta = year - year_of_value(moved.value);
  for (std::string* value : {&moved.value, moved.range_begin ? &*moved.range_begin : nullptr,
                             moved.range_end ? &*moved.range_end : nullptr}) {
    if (value == nullptr || value->size() < 4 || value->starts_with("BC")) continue;
    const int shifted = year_of_value(*value) + delta;
    if (shifted < 0 || shifted > 9999) continue;
    char digits[8];
    std::snprintf(digits, sizeof digits, "%04d", shifted);
    value->replace(0, 4, digits, 4);
  }
}

// A month as far from the DCT as this (or farther) is another time than the DCT's; nearer, a month
// counted from the DCT lands where one counted from it would.
constexpr int episode_months = 12;
// A year this many back or more is past news: what the text tells of it is a story (follow_episode,
// opens_episode).
constexpr int scene_years = 3;

// Whether the month at `index` is in the year after the DCT's (`document_index` its month).
bool in_next_year(int index, int document_index) { return index / 12 == document_index / 12 + 1; }

// Whether a paragraph ends in text[from, to): a blank line, or a line break after the end of a
// sentence. A line break within a sentence wraps a line of the paragraph ("A judge\napproved").
bool paragraph_ends_between(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t at = text.substr(0, to).find('\n', from); at != std::string_view::npos;
       at = text.substr(0, to).find('\n', at + 1)) {
    std::size_t last = at;  // the last character before the line break, blanks skipped
    while (last > 0 && (text[last - 1] == ' ' || text[last - 1] == '\r' || text[last - 1] == '\t')) --last;
    if (last == 0 || text[last - 1] == '\n') return true;
    const char c = text[last - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')' ||
        static_cast<unsigned char>(c) >= 0x80)
      return true;
  }
  return false;
}

// Whether the expression text[b, e) with a month and its year (`index`) opens an episode: it times
// its clause ("in", "on", "during" or nothing before it), told in the past a year or more before the
// DCT, or in another tense a year or more after it; not a date in the background: bounded
// ("since", "by", "dates back to"), in a clause measured from it ("since the company went public in
// May 2019"), in a quotation, an aside, parentheses, a comparison, or naming a thing ("the May 2019
// deal"). A date in a past perfect lies before the story the text tells: it opens an episode only
// what is told in the past perfect after it goes on from (`past_perfect`: "The plant had opened in
// January 1999. By the end of the year it had doubled its output").
bool opens_episode(std::string_view text, std::size_t b, std::size_t e, const timex::Meaning& m, int index,
                   int document_index, std::string_view signal, bool month_range, bool& past_perfect) {
  using namespace timex;
  // A year alone has the index of its January only in a life story or setting the scene (follow_episode).
  // A range of days within one month ("on 26-29 November 1812") times its clause as a day does.
  const bool days_of_one_month = m.has_range_end && !m.range_end_counted && m.point.day != unset &&
                                 m.range_end.day != unset &&
                                 (m.range_end.month == unset || m.range_end.month == m.point.month) &&
                                 (m.range_end.year == unset || m.range_end.year == m.point.year);
  // A day a told event runs from times its clause as "on" does ("besieged the legations from 20 June
  // 1900. On 14 August, a force relieved them").
  const bool runs_from = signal == "from" && !m.has_range_end && m.point.day != unset;
  const bool year_said = m.point.year != unset || (month_range && m.range_end.year != unset);
  if (m.kind != Kind::calendar || !year_said || (m.has_range_end && !days_of_one_month && !month_range) ||
      index == unset || (!signal.empty() && !runs_from) ||
      (std::abs(index - document_index) < episode_months && index / 12 == document_index / 12))
    return false;
  const ShortWord before = previous_word(text, b);
  // A clock time or a part of a day with its date times its clause after "at" as a date does after
  // "on" ("A truce came into force at noon on 11 July 1921").
  const bool at_time_of_day =
      before == "at" && m.point.day != unset && (m.point.hour != unset || m.point.part_of_day != unset);
  // A range of months opened by its own "from" or "between" times its clause whatever verb precedes it
  // ("The occupation lasted from March 1920 to June 1921").
  const auto opens_with = [&](std::string_view word) {
    return text.size() - b > word.size() && static_cast<char>(text[b] | 0x20) == word[0] &&
           text.substr(b + 1, word.size() - 1) == word.substr(1);
  };
  const bool range_times_clause = month_range && (opens_with("from ") || opens_with("between "));
  // Some years back, the date a plan was for ("The vote was scheduled for March 1998": plan_gone).
  // So does one in the year after next or later, whatever tense the planning is told in ("The
  // election has been set for November 2012. In December, the new parliament will meet" said in
  // 2010: the plan's December); within the next year only the months nearer it than the DCT's
  // (year_from_episode: nearer_the_plan).
  const bool long_back = index / 12 <= document_index / 12 - scene_years;
  const bool far_ahead = index / 12 >= document_index / 12 + 2;
  const bool plan_for = before == "for" && (long_back || far_ahead || in_next_year(index, document_index)) &&
                        names_day_planned_for(text, b);
  if (!(before.empty() || before == "in" || before == "on" || before == "during" || runs_from || at_time_of_day ||
        range_times_clause || plan_for))
    return false;
  // A range ending within a year of the DCT is as often the trend a report compares with ("Prices
  // rose from March 2008 to June 2009. In February, they fell": the DCT's February).
  if (month_range && std::abs(index - document_index) < episode_months) return false;
  // The cheaper checks first (speed).
  if (in_comparison(text, b) || in_since_clause(text, b) || in_parentheses(text, b)) return false;
  // A plan's date lies ahead of the planning, whatever its tense: a perfect tells when the plan
  // was made ("has been set for", "had been scheduled for"), not when its date was. Which side of
  // the DCT the date lies on says whether it is a schedule or the story's past, and a past
  // perfect's plan is for the time the story goes on to ("The referendum had been set for March
  // 1998. In April, the results were annulled": 1998-04).
  if (plan_for) {
    past_perfect = false;
    return !in_comma_aside(text, b, e) && !in_quotation(text, b);
  }
  past_perfect = in_past_perfect_clause(text, b);
  const Tense told = ClauseTense{text, b, e}();
  // A year setting the scene some years back tells the past whatever its verb's form shows ("In
  // 1989 the protests spread to Leipzig"), a future too, which is then seen from that year's past
  // ("In 2011, the government was set to sell the airline in the spring").
  // A plan or an arrangement told in the past for a date with its year some years back
  // (scene_years) lies ahead of nothing any more: what the telling's past tells of it is the story
  // ("The vote was scheduled for March 1998. In April, the results were annulled": 1998-04, was the
  // DCT's last April; "The family ruled the city from 1434 to 1494. In November" 1494-11, the span a
  // past decision states, which may start after its telling, read as "ruled" of a court's). Nearer,
  // a plan may still be open, as the news reads it.
  const bool plan_gone = (told == Tense::future || told == Tense::event_future || told == Tense::unknown) &&
                         long_back && looks_ahead_from_past(text, b, e);
  const bool past = told == Tense::past || plan_gone ||
                    ((told == Tense::unknown || told == Tense::future) && index < document_index &&
                     first_month_of(m.point) == unset && sets_the_scene(text, b, e));
  // A year or more ahead, any tense but the past tells a schedule ("The treaty takes effect on 1
  // January 2027").
  if (index < document_index ? !past : past) return false;
  return !in_comma_aside(text, b, e) && !in_quotation(text, b);
}

// Whether a month the episode of a plan in the DCT's next year would put at `index` lies nearer the
// plan's month (`plan`) than the same month counted from the DCT does: "The election has been called
// for May 2015. In June, the new parliament will sit" said 2014-02-05 is 2015-06 (a month after the
// plan; 2014-06 is eleven before it), as "The hearing is scheduled for March 2011. In April, the court
// will rule" said 2010-01-01 is 2011-04; "The trial has been set for March 2011. In December, the
// court will rule on bail" said 2010-06-01 stays 2010-12 (three months before the plan, the plan's
// next December nine after it).
bool nearer_the_plan(int index, int plan, int document_index) {
  const int from_document = document_index + ((index - document_index) % 12 + 12) % 12;
  return index - plan < plan - from_document;
}

// The year a yearless month, season or holiday, or the year itself ("by the end of the year"), at
// text[b] takes from the episode its paragraph tells, or unset: told in the episode's tense
// (`tense`, its clause's, which normalize reads too), the first such month from the episode's
// (before the DCT when the episode is past). Drops an episode its
// paragraph's end has ended. (Out of line, as follow_episode: few expressions call either, and
// tag_segment's loop stays small. Speed.)
[[gnu::noinline]] int year_from_episode(std::string_view text, std::size_t b, std::size_t e,
                                        const timex::ClauseTense& tense, const timex::Meaning& m,
                                        std::optional<Episode>& episode, int document_index) {
  using timex::unset;
  if (episode && paragraph_ends_between(text, episode->end, b)) episode.reset();
  if (!episode || !takes_the_episodes_year(m) || ((names_the_month(m) || is_day_alone(m)) && !episode->month_named))
    return unset;
  // A present perfect since the episode's last date brings the story back to now ("Inflation
  // peaked in October 2022 and has fallen since. In February, it was 2.8%": the DCT's February).
  if (!episode->ahead && timex::tells_present_perfect(text, episode->end, b)) {
    episode.reset();
    return unset;
  }
  // A plan told in the past perfect is the story's, made before the episode for its time: "on 19
  // August 1896. Bonifacio had planned a rising for the end of the month" is August's end.
  // So is the time a past putting off looks ahead to, which lies ahead of the episode, not of now: "In
  // 2011, the vote was delayed until December" is 2011-12 (was the DCT's next December); and a
  // future seen from the episode's past, an expectation or a plan then: "Last year, the plant was
  // expected to reopen in December" is 2013-12, "In 2012, the ministry was due to publish the
  // figures in November" 2012-11 (were the DCT's coming ones).
  const timex::Tense told = tense();
  const bool past = told == timex::Tense::past ||
                    ((told == timex::Tense::future || told == timex::Tense::event_future) && !episode->ahead &&
                     (timex::in_past_perfect_clause(text, b) || timex::follows_past_deferral(text, b) ||
                      timex::future_seen_from_past(text, timex::sentence_around(text, b, e).first, b)));
  if (episode->past_perfect && !timex::in_past_perfect_clause(text, b) && !timex::past_perfect_follows(text, e))
    return unset;
  const int episode_year = year_of_index(episode->month_index), episode_month = month_of_index(episode->month_index);
  // The first such month or season from the episode's month (a season holding it is its own: "In
  // June 1995 ... That winter" 1995-WI, "in November 1993 ... In the spring" 1994-SP); the year is
  // the episode's. Before an episode ahead, the steps towards it: a month under half a year
  // before the episode's, still ahead of the DCT, is the episode's year's ("The election will be
  // held in May 2015. In April, the parties will register candidates" said 2014-02-05 is 2015-04,
  // was 2016-04).
  // A month before the episode's, told after "after" in its sentence, is the one just before it
  // ("began in April 1992, after a referendum held on 29 February": 1992-02-29).
  int year = episode_year, first_month = episode_month;
  // After a range of months the episode's month is its last, the story's latest point; a month
  // inside the range is the range's, not the next year's ("lasted from March 1920 to June 1921. In
  // February" 1921-02). After a single month the range is that month alone.
  const int begin_index = episode->begin_index != unset ? episode->begin_index : episode->month_index;
  const auto before_range = [&](int month) { return month_index_of(year, month) < begin_index; };
  // Told in a past perfect the episode's own past perfect does not tell, in a later sentence, the
  // month lies before the episode's: "Plevna fell on 10 December 1877. The Russians had first
  // assaulted it in July" (1877-07, was the next July). In the episode's sentence, or after "by",
  // it tells what was done by then: "peaked in October 2022 and had fallen by June" (2023-06). A
  // past perfect right after the month tells as one before it does ("Ten months earlier, he had
  // sailed, and in November he had rounded the Cape" after 20 May 1498: 1497-11).
  const auto before_episode = [&] {
    return !episode->past_perfect && (timex::in_past_perfect_clause(text, b) || timex::past_perfect_follows(text, e)) &&
           timex::sentence_around(text, b, e).first > episode->end && timex::previous_word(text, b) != "by";
  };
  if (m.point.month != unset) {
    first_month = m.point.month;
    if (before_episode()) {
      if (first_month > episode_month) --year;
    } else if (first_month < episode_month && before_range(first_month) &&
               !timex::looks_back_within_sentence(text, episode->end, b) &&
               !(episode->ahead && !past && episode_month - first_month < 6 &&
                 month_index_of(year, first_month) > document_index)) {
      ++year;
    }
  } else if (m.point.season != unset) {
    first_month = timex::season_start_month(m.point.season);
    if (first_month == 12) {
      if (episode_month <= 2) --year;  // a January or February is in the winter its December opened
    } else if (first_month + 2 < episode_month && before_range(first_month)) {
      ++year;  // the season is over by the episode's month: the next year's
    }
  } else if (is_yearless_quarter(m)) {
    // In the episode's sentence, the one holding the episode's month or the first after it, as a
    // season is ("In 2010, sales fell in the fourth quarter" 2010-Q4). In a later sentence a quarter
    // is the report's own, as a filing names its results: "stopped paying a dividend in the third
    // quarter of 1984. ... CMS reported third-quarter net" is 1989-Q3.
    if (timex::sentence_around(text, b, e).first > episode->end) return unset;
    first_month = timex::first_month_of(m.point);
    if (first_month + (m.point.half != unset ? 5 : 2) < episode_month) ++year;
  } else if (m.holiday != unset) {
    const std::optional<date::sys_days> day = timex::holiday_date(m.holiday, episode_year);
    if (!day) return unset;
    first_month = static_cast<int>(static_cast<unsigned>(date::year_month_day{*day}.month()));
    // Told in a past perfect, as a month is, one after the episode's month is the year before's:
    // "Talks collapsed on 5 January 1995. On New Year's Eve the rebels had declared a ceasefire"
    // (1994-12-31, was 1995-12-31).
    if (before_episode()) {
      if (first_month > episode_month) --year;
    } else if (first_month < episode_month && before_range(first_month)) {
      ++year;
    }
  }
  if (episode->ahead ? past : !past || month_index_of(year, first_month) >= document_index) return unset;
  if (episode->near_plan && !nearer_the_plan(month_index_of(year, first_month), episode->month_index, document_index))
    return unset;
  return year;
}

// In a narrative, the year of a yearless month, day or holiday at text[b, e) (of meaning `m`) told in
// a past perfect, in a sentence after the one that named the date the story reached (ending at
// `reference_end`), that falls over half a year later in that date's year than the date: the year before's, as a
// past perfect steps back from the story ("Talks collapsed on 10 February 1918. On Christmas Day the
// delegates had met": 1917-12-25, was 1918-12-25), as in news (year_from_episode). Not after "by",
// what was done by then ("By 1 April the column had been annihilated"); unset otherwise. Out of
// line: rare.
[[gnu::noinline]] int year_before_reference(std::string_view text, std::size_t b, std::size_t e,
                                            const timex::Meaning& m, const timex::Anchors& anchors,
                                            std::size_t reference_end) {
  using timex::unset;
  if (anchors.reference_precision == timex::Anchors::Precision::year || reference_end > b ||
      !(is_yearless_month(m) || is_yearless_holiday(m)) || timex::previous_word(text, b) == "by")
    return unset;
  const date::year_month_day at{date::floor<date::days>(anchors.reference)};
  const int year = static_cast<int>(at.year());
  int month = m.point.month, day = m.point.day;
  if (m.holiday != unset) {
    const std::optional<date::sys_days> on = timex::holiday_date(m.holiday, year);
    if (!on) return unset;
    const date::year_month_day ymd{*on};
    month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  }
  // Nearer the reference a year back than in its year: more than half a year later in it. A past
  // perfect a few weeks on tells what the story reached without a date since ("2 July, 1920 ... had
  // been formed on 28 July": 1920-07-28).
  const date::year_month_day in_year{date::year{year}, date::month{static_cast<unsigned>(month)},
                                     date::day{static_cast<unsigned>(day != unset ? day : 15)}};
  constexpr date::days half_a_year{183};
  if (!in_year.ok() || date::sys_days{in_year} - date::sys_days{at} <= half_a_year ||
      timex::sentence_around(text, b, e).first <= reference_end ||
      !(timex::in_past_perfect_clause(text, b) || timex::past_perfect_follows(text, e)))
    return unset;
  return year - 1;
}

// In a narrative told by the month or day, the year of a yearless month or day at text[b] (of meaning
// `m`) in a clause that looks back from the story: a comparison keeps to the months up to the
// reference ("February 2005 ... compared to the carnage of November" 2004-11, was 2005-11); a past
// perfect does not run on into the next year as the story does (narrative_year: "In November 1967
// ... the army had landed in January" 1967-01), unless after "by". unset otherwise.
int year_looking_back(std::string_view text, std::size_t b, const timex::Meaning& m, const timex::Anchors& anchors) {
  using timex::unset;
  if (anchors.reference_precision == timex::Anchors::Precision::year || !is_yearless_month(m)) return unset;
  const bool compared = timex::in_comparison(text, b);
  // What was done "by" a month is what the story reached by then: "had been repulsed by January" runs on.
  if (!compared && (!timex::in_past_perfect_clause(text, b) || timex::previous_word(text, b) == "by")) return unset;
  const date::year_month_day at{date::floor<date::days>(anchors.reference)};
  const int year = static_cast<int>(at.year());
  const int reference_month = static_cast<int>(static_cast<unsigned>(at.month()));
  if (compared) return m.point.month > reference_month ? year - 1 : year;
  return year;
}

// The year a part of "the year" at text[b] (of meaning `m`: "by the end of the year") takes in news
// from the sentence right before, when that one ends timed by a past year alone (`last`, of meaning
// `last_meaning`) and this clause is past too: "The war began in 2019. By the end of the year the
// city had been occupied" (2019's end; TimeBank: "in 1988 ... that year" is 1988). In the present or
// future it is the DCT's year ("The company expects profit by the end of the year"); unset then. A
// year alone ending its sentence opens an episode only some years back (follow_episode): a nearer one
// only the next sentence reads.
// Out of line: rare.
[[gnu::noinline]] int year_of_sentence_before(std::string_view text, std::size_t b, const timex::ClauseTense& tense,
                                              const timex::Meaning& m, const TimeExpression* last,
                                              const timex::Meaning* last_meaning, int document_year) {
  using namespace timex;
  if (!names_the_year(m) || last == nullptr || last_meaning == nullptr || last_meaning->kind != Kind::calendar ||
      !last->mod.empty() || last->value.size() != 4 ||
      last->value.find_first_not_of("0123456789") != std::string::npos ||
      std::atoi(last->value.c_str()) >= document_year || !one_sentence_ends_between(text, last->end, b))
    return unset;
  return tense() == Tense::past ? std::atoi(last->value.c_str()) : unset;
}

// The year of a yearless month in the sentence of a season named by its two years, after it ("The
// 2027-28 Premier League season starts in August" 2027-08, "The 2024-25 season ended in May"
// 2025-05): a season that spans the new year holds its months from July in the first year and its
// others in the second, whatever the tense says. unset when the sentence names no such season.
int year_in_named_season(std::string_view text, std::size_t b, const timex::Meaning& m, const TimeExpression* last,
                         const timex::Meaning* last_meaning) {
  using namespace timex;
  if (last == nullptr || last_meaning == nullptr || last_meaning->kind != Kind::calendar ||
      !last_meaning->has_range_end || last_meaning->point.year == unset || last_meaning->point.month != unset ||
      last_meaning->range_end.year != last_meaning->point.year + 1 || !is_yearless_month(m) || last->end > b)
    return unset;
  const std::string_view between = text.substr(last->end, b - last->end);
  if (between.find_first_of(".!?;\n") != std::string_view::npos) return unset;
  const std::string_view season = text.substr(last->begin, b - last->begin);
  if (season.find("season") == std::string_view::npos && season.find("campaign") == std::string_view::npos)
    return unset;
  return m.point.month >= 7 ? last_meaning->point.year : last_meaning->point.year + 1;
}

// After the expression `t` (of meaning `m`) in news: a month that took the episode's year
// (`took_year`) carries the episode on; so does a date counted from the episode ("two days later",
// "later that year"), to its month; a date far from the DCT may open one, when a unit it may give
// its year to (starting at `next_month`: takes_the_episodes_year) follows in its paragraph; a date counted from the
// DCT, or named near it, ends it ("... in 2019. On Tuesday ..."), and so does another year alone counted from the
// episode ("the following year": no month to go on from).
[[gnu::noinline]] void follow_episode(std::string_view text, const TimeExpression& t, const timex::Meaning& m,
                                      bool took_year, bool year_alone, std::size_t next_month, int document_index,
                                      std::string_view signal, std::optional<Episode>& episode) {
  using namespace timex;
  // In a life story a year alone times its events as a month does ("Born in 1950 in Ohio, she
  // joined the Navy in 1968. In March she was sent to Vietnam": 1968-03); elsewhere a year in news
  // is as often a comparison ("Rates were cut in 2021. In March they rose": the DCT's March).
  // A season, quarter or half of a year named opens the episode at its first month ("In the
  // spring of 2019 the army besieged the city. It fell on 29 May": 2019-05-29).
  // So does a year that opens its sentence some years back, setting the scene of what follows
  // ("In 2011 the regime cracked down. By December, thousands had fled": 2011-12); a report's
  // figures, and those of the last year or two, are as often what recent news is compared with
  // ("In 2019, the airline carried 50 million passengers. In January, it carried 20 million": the
  // DCT's January). So does a year some years back ending a sentence that tells an event, for the
  // sentence right after it ("The Soviet Union collapsed in 1991. In December, Kazakhstan declared
  // independence": 1991-12; "Sales rose 5% in 2013. In January" is the DCT's). A year bounded by a
  // part ("In late 2019, a new virus emerged") opens it at the part's first month (2019-09: "By
  // March" is 2020-03).
  const CalendarFields& f = m.point;
  // A length names no time ("Wexford fell within a month", "after a siege of a week"): the episode
  // goes on, whether it was counted from now or not.
  if (t.type == TimexType::duration) return;
  // A clock time or a part of the day alone ("Troops crossed at 2 p.m.", "in the early evening")
  // names no day: the episode goes on.
  if (episode && ((m.kind == Kind::calendar && (f.hour != unset || f.part_of_day != unset) && f.year == unset &&
                   f.month == unset && f.day == unset && f.weekday == unset && !m.said_today && !m.has_range_end) ||
                  takes_the_episodes_day(m)))
    return;
  const bool part_of_year =
      m.kind == Kind::calendar && f.year > 0 && f.month == unset && first_month_of(f) != unset && !m.has_range_end;
  const bool bounded_year = !year_alone && t.range_begin && !t.mod.empty() && t.value.size() == 4 &&
                            m.kind == Kind::calendar && f.year != unset && f.month == unset &&
                            first_month_of(f) == unset && !m.has_range_end;
  // A range of years ("from 1914 to 1918", "between 1931 and 1936", "in 1939-1945") times its story
  // as its last year alone would: "The war raged from 1914 to 1918. In November, an armistice was
  // signed" is 1918-11, as "The war ended in 1918. In November" is (was the DCT's November); one
  // ending in the last two years is as often a trend ("Sales fell from 2008 to 2009. In March"
  // said in 2010: the DCT's March, as after "in 2009").
  const auto all_digits = [](std::string_view v) {
    return v.size() == 4 && std::all_of(v.begin(), v.end(), timex::ascii::is_digit);
  };
  const bool years_range = !year_alone && m.kind == Kind::calendar && m.has_range_end && !m.range_end_counted &&
                           t.mod.empty() && t.range_begin && t.range_end && all_digits(*t.range_begin) &&
                           all_digits(*t.range_end);
  const int year = year_alone || bounded_year ? year_of_value(t.value)
                   : years_range              ? year_of_value(*t.range_end)
                                              : unset;
  const bool year_times_story =
      (year_alone || bounded_year || years_range) && next_month < text.size() &&
      ((month_index_of(year, 12) <= document_index - episode_months && timex::tells_a_life(text, t.begin)) ||
       (year <= document_index / 12 - scene_years && timex::sets_the_scene(text, t.begin, t.end) &&
        !timex::states_a_figure(text, t.end, next_month)) ||
       // So does a year alone two or more ahead ending a sentence, for the future sentence right after
       // it: "The plant will open in 2016. In March, the first units will ship" said 2014-02-05 is
       // 2016-03 (was 2014-03); what that sentence tells in the past stays the DCT's (opens_episode:
       // an episode ahead takes no past).
       ((year_alone || years_range) &&
        (year <= document_index / 12 - scene_years || (year_alone && year >= document_index / 12 + 2)) &&
        t.end < text.size() && text[t.end] == '.' && timex::one_sentence_ends_between(text, t.end, next_month) &&
        timex::ends_a_told_sentence(text, t.begin, t.end, next_month)));
  // A range of months with its year ("from March 1920 to June 1921", "between June and August 1926")
  // tells an episode up to its last month, where the story is (year_from_episode reads the months
  // inside it as the range's).
  const bool month_range = m.has_range_end && !m.range_end_counted && m.kind == Kind::calendar && t.range_begin &&
                           t.range_end && month_index_of(*t.range_begin) != unset &&
                           month_index_of(*t.range_end) != unset;
  const int index = year_times_story ? (bounded_year ? month_index_of(*t.range_begin) : month_index_of(year, 1))
                    : part_of_year   ? month_index_of(f.year, first_month_of(f))
                    : month_range    ? month_index_of(*t.range_end)
                                     : first_month_index_of(t.value);
  const bool month_named = !year_times_story && !part_of_year && month_index_of(t.value) != unset;
  const bool from_document =
      (m.kind == Kind::relative && m.anchor != Anchor::reference) || m.kind == Kind::vague ||
      (m.kind == Kind::calendar && m.point.year == unset && m.anchor != Anchor::reference) ||
      (m.kind == Kind::calendar && index != unset && std::abs(index - document_index) < episode_months);
  const bool from_episode =
      episode && m.anchor == Anchor::reference && (m.kind == Kind::relative || m.kind == Kind::calendar);
  const bool other_year_alone =
      from_episode && year_alone && year_of_value(t.value) != year_of_index(episode->month_index);
  bool past_perfect = false;
  // A range of days names no one day a clock time after it is on.
  const int day_named = m.has_range_end ? unset : day_of_value(t.value);
  // A weekday the episode's day took (tag_segment) keeps the episode counting in weekdays.
  const bool weekday_named = day_named != unset && f.weekday != unset;
  // Counted from the episode and opening its sentence, a year sets the scene of what follows, as
  // "In 2011" does: "The following year, he won at Rossbach on 5 November" (1757-11-05).
  if (other_year_alone && [&] {
        std::size_t start = timex::sentence_around(text, t.begin, t.end).first;
        while (start < t.begin && (text[start] == ' ' || text[start] == '\n')) ++start;
        return start == t.begin;
      }()) {
    *episode = {month_index_of(year_of_value(t.value), 1), episode->ahead, t.end, episode->past_perfect, false};
    return;
  }
  // A time counted back from the episode is a flashback, the story's episode goes on after it:
  // "The Bastille fell on 14 July 1789. A month earlier, the Assembly had met, and by the end of the
  // month" is July's end (was June's). What follows in the past perfect lies before the episode.
  if (from_episode && m.kind == Kind::relative && m.direction == Direction::previous &&
      (t.text.ends_with(" earlier") || t.text.ends_with(" before")))
    return;
  // A year other than the DCT's opening its sentence as an adverbial ("In 2013, ...", "Last year,
  // ...", "Two years ago, ...") sets the scene of that sentence, however near: its yearless months,
  // seasons, quarters and "the year" told in its tense are that year's ("Last year, the vote was
  // delayed until December": 2013-12, was the DCT's next December). Some years back it sets the
  // scene of the sentences after it too (year_times_story), a year counted from now as "In 2011"
  // does. A year opening its sentence as the subject of a past "was", "saw" ("2013 was a year in
  // which prices fell in December") sets the scene of that sentence alone (year_is_subject).
  bool scene = false, subject = false;
  if (year_alone && t.type == TimexType::date && m.anchor != Anchor::reference && year != document_index / 12 &&
      (m.kind == Kind::relative || !year_times_story) && next_month < text.size()) {
    scene = timex::sets_the_scene(text, t.begin, t.end);
    subject = !scene && timex::year_is_subject(text, t.begin, t.end);
  }
  // A year dating the event its sentence opens with ("The 2026 World Cup begins on June 11") times
  // that sentence alone, the DCT's own year too: the event's June, not the next one.
  // An event of the DCT's year lies ahead when told ahead (year_from_episode leaves a past to the DCT).
  bool event = false;
  if (!scene && !subject && year_alone && t.type == TimexType::date && m.anchor != Anchor::reference &&
      next_month < text.size())
    subject = event = timex::year_dates_event_subject(text, t.begin, t.end);
  if (scene || subject) {
    const std::size_t until =
        year_times_story && !subject ? std::string_view::npos : timex::sentence_around(text, t.begin, t.end).second;
    if (next_month < until) {
      episode = Episode{month_index_of(year, 1),
                        year > document_index / 12 || (event && year == document_index / 12),
                        t.end,
                        timex::in_past_perfect_clause(text, t.begin),
                        false,
                        unset,
                        false,
                        until};
      return;
    }
  }
  if (took_year && index == unset)
    episode->end = t.end;  // a season or the year itself: the episode goes on from its month
  else if (took_year || (from_episode && index != unset))
    *episode = {index,       episode->ahead, t.end,         episode->past_perfect,
                month_named, day_named,      weekday_named, episode->until};
  else if (from_episode && !other_year_alone) {
    episode->end = t.end;  // a week, a quarter, the episode's year: the episode goes on
    episode->day = unset;
  } else if (next_month < text.size() && !paragraph_ends_between(text, t.end, next_month) &&
             opens_episode(text, t.begin, t.end, m, index, document_index, signal,
                           month_range || (years_range && year_times_story), past_perfect))
    episode = Episode{index,
                      index > document_index,
                      t.end,
                      past_perfect,
                      month_named,
                      day_named,
                      weekday_named,
                      std::string_view::npos,
                      month_range ? month_index_of(*t.range_begin) : unset,
                      in_next_year(index, document_index) && timex::previous_word(text, t.begin) == "for"};
  else if (from_document || other_year_alone)
    episode.reset();
}

// Whether the weekday text[b, e) (of meaning `m`) times a notice that something is open or closed:
// said in the present, the coming one ("Note that the office is closed on Monday", "On Saturday the
// polls are open 07:00-22:00", "The exhibition closes on Sunday"; the past is "was closed",
// "closed"); so does a timetable, the present simple of a scheduled act before it ("Polls close at
// 8 p.m. on Sunday", "Voting ends on Sunday"). A range of weekdays after such a verb is a routine
// instead (follows_habitual_verb). Out of line: rare, and tag_segment's loop stays small (speed).
[[gnu::noinline]] bool is_weekday_arrangement(std::string_view text, std::size_t b, std::size_t e,
                                              const timex::Meaning& m) {
  // A stretch from a time on one weekday to a time on another is one notice too ("is open from
  // 10 a.m. Monday to 6 p.m. Tuesday"); a range of weekdays alone is a routine.
  const bool one_stretch = m.has_range_end && m.point.hour != timex::unset && m.range_end.weekday != timex::unset;
  return m.kind == timex::Kind::calendar && m.point.day == timex::unset && (!m.has_range_end || one_stretch) &&
         (timex::says_open_or_closed(text, b, e) || timex::follows_scheduled_act(text, b) ||
          timex::dates_arranged_subject(text, b, e));
}

// A range of two weekdays and nothing else ("Monday-Friday", "Monday to Saturday"): no week, day
// or direction said.
bool is_weekday_range(const timex::Meaning& m) {
  using timex::unset;
  const timex::CalendarFields& f = m.point;
  return m.kind == timex::Kind::calendar && m.has_range_end && !m.range_end_counted && f.weekday != unset &&
         m.range_end.weekday != unset && f.day == unset && f.month == unset && f.year == unset && f.week == unset &&
         f.hour == unset && f.part_of_day == unset && m.direction == timex::Direction::by_tense &&
         m.week_offset == unset;
}

// Whether the text between a said year (or a month that took it) and a yearless month lets the
// month elaborate the year: punctuation and the function words of a phrase that goes on ("in
// 2023, in March and again in September", "in 2023 (mostly in May)", "this year through August"),
// nothing that starts a clause of its own, as a verb does ("approved in 1987 that didn't specify an
// amount, had bought shares through Sept. 29" is the DCT's September, as TimeBank has it). Right
// after the year, "and"/"or" list another period ("in 2023 and in March" is this March); between
// months they join the elaborating list.
bool elaborates_year(std::string_view between, bool after_year) {
  std::size_t i = 0;
  while (i < between.size()) {
    const char c = between[i];
    if (c == ' ' || c == ',' || c == ':' || c == '(' || c == ')' || c == '-') {
      ++i;
      continue;
    }
    if (between.substr(i, 3) == "\xE2\x80\x93" || between.substr(i, 3) == "\xE2\x80\x94") {  // en or em dash
      i += 3;
      continue;
    }
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    std::size_t j = i;
    std::string word;
    while (j < between.size() && ((between[j] >= 'a' && between[j] <= 'z') || (between[j] >= 'A' && between[j] <= 'Z')))
      word.push_back(static_cast<char>(between[j++] | 0x20));
    static constexpr std::array<std::string_view, 18> phrase_words{
        "in",   "on",    "during", "again", "then",    "once",   "twice",  "first",      "also",
        "both", "early", "late",   "mid",   "notably", "mostly", "mainly", "especially", "through"};
    const bool joins_list = word == "and" || word == "or";
    if (joins_list ? after_year : std::find(phrase_words.begin(), phrase_words.end(), word) == phrase_words.end())
      return false;
    i = j;
  }
  return true;
}

// Whether the text between a year and a yearless month is a clause after ", when" that tells
// of the year, the month in it: "the earliest since 2019, when temperatures topped 43C in late June"
// (2019-06, was the DCT's), "like 2019, when floods hit in June". Only within the clause, a few
// dozen bytes (bounded: linear time); a sentence after it is the DCT's again.
bool clause_tells_of_year(std::string_view between) {
  return between.size() < 160 && between.starts_with(", when ") &&
         between.find_first_of(".!?;\n") == std::string_view::npos;
}

// Whether the text between the year at text[year_begin, year_end), said after "in" ("closed in
// 2020", not "since 2019" nor "than in 2020"), and a yearless month opens an absolute clause of
// "with" on what followed the year's event, a month of it the year's: "The plant closed in 2020,
// with demolition scheduled for March" is 2020-03, as "The plant closed in 2020. In March,
// demolition began" is. So does a clause joined by ", and" told in the past (`told_past`), the
// year two or more before the DCT's (`years_back`): "The dam was finished in 2003, and the
// reservoir filled in April" 2003-04; nearer, a past month is as often the DCT's year's ("Sales
// fell in 2024, and in March the firm cut jobs" said 2025-06-01).
bool with_clause_tells_of_year(std::string_view text, std::size_t year_begin, std::size_t year_end,
                               std::size_t month_begin, bool told_past, int years_back) {
  const std::string_view between = text.substr(year_end, month_begin - year_end);
  const std::string_view year = text.substr(year_begin, year_end - year_begin);
  const bool and_clause = between.starts_with(", and ") && told_past && years_back >= 2;
  if (year.size() != 4 || !std::all_of(year.begin(), year.end(), timex::ascii::is_digit) || between.size() >= 100 ||
      !(between.starts_with(", with ") || and_clause) || between.find_first_of(".!?;:\n") != std::string_view::npos ||
      timex::previous_word(text, year_begin) != "in")
    return false;
  const std::size_t in_begin = year_begin - 3;
  return in_begin == 0 || timex::previous_word(text, in_begin) != "than";
}

// Whether the yearless date matches[i] of a narrative is told in the reporter's present, not the
// story's: news features (obituaries, profiles, company histories) open in the present ("died on
// Monday"), tell a story through many old years, then come back ("Her family said a memorial
// service would be held in the spring": 2027-SP, not the last year told). Its sentence is in the
// present when it holds a date counted a unit or a weekday from the DCT ("said on Tuesday that a
// funeral would be held in December"); in a text that opened in the present (`opened_in_present`),
// also when its clause is told in the present or the future, not a future seen from the past ("will
// start in March", "is planned for the summer"), or when it reports what someone says and names no
// other date: the reporter's source speaking now, or when its paragraph opened with a date counted
// from the DCT and has named no year far from the DCT's since. A history that opened in its past has no such
// sentence ("Lincoln said the war would end in the spring" stays in 1864): its present and future
// tenses are as often the story's ("plans started in July").
bool told_in_present(std::string_view text, const std::vector<const char*>& starts,
                     const std::vector<std::pair<const char*, timex::Meaning>>& matches, std::size_t i,
                     const timex::ClauseTense& tense, bool opened_in_present, int document_year) {
  const std::size_t b = static_cast<std::size_t>(starts[i] - text.data());
  const std::size_t e = static_cast<std::size_t>(matches[i].first - text.data());
  // Most of a history's dates have no such date near them: no sentence to find (speed).
  if (!opened_in_present) {
    constexpr std::size_t near = 400;  // sentence_around's reach
    bool any = false;
    for (std::size_t k = i; !any && k-- > 0 && b - static_cast<std::size_t>(starts[k] - text.data()) < near;)
      any = says_present(matches[k].second);
    for (std::size_t k = i + 1;
         !any && k < matches.size() && static_cast<std::size_t>(starts[k] - text.data()) < e + near; ++k)
      any = says_present(matches[k].second);
    if (!any) return false;
  }
  const auto [from, to] = timex::sentence_around(text, b, e);
  bool other_date = false;
  for (std::size_t k = i; k-- > 0 && static_cast<std::size_t>(starts[k] - text.data()) >= from;) {
    if (says_present(matches[k].second)) return true;
    other_date = true;
  }
  for (std::size_t k = i + 1; k < matches.size() && static_cast<std::size_t>(starts[k] - text.data()) < to; ++k) {
    if (says_present(matches[k].second)) return true;
    other_date = true;
  }
  if (!opened_in_present) return false;
  const timex::Tense told = tense();
  if ((told == timex::Tense::present || told == timex::Tense::future) && !timex::future_seen_from_past(text, from, b))
    return true;
  if (!other_date && timex::reports_speech(text, from, to)) return true;
  // A paragraph whose first date is counted from the DCT ("Last week the foundation announced a
  // prize. In October it gave ...") is the reporter's until it names a year far from the DCT's.
  for (std::size_t k = i; k-- > 0;) {
    const timex::Meaning& m = matches[k].second;
    if (m.kind == timex::Kind::calendar && m.point.year != timex::unset && std::abs(m.point.year - document_year) > 1)
      return false;
    if (k == 0 || paragraph_ends_between(text, static_cast<std::size_t>(matches[k - 1].first - text.data()),
                                         static_cast<std::size_t>(starts[k] - text.data())))
      return says_present(m);
  }
  return false;
}

// The year a lone season qualifying a noun takes from the next expression, when that one names a
// year in the same sentence: "their summer offensive against southern Russia in June 1942", "the
// German Spring Offensive of 1918", "the Chinese Winter Offensive (early 1951)". A season timing
// its clause ("confirmed in the autumn by Brown, who outlined a withdrawal in late 2008") keeps
// the reference's year. unset otherwise.
int year_ahead_in_sentence(std::string_view text, const std::vector<const char*>& starts,
                           const std::vector<std::pair<const char*, timex::Meaning>>& matches, std::size_t i) {
  using timex::unset;
  const timex::Meaning& m = matches[i].second;
  const bool lone_season = m.kind == timex::Kind::calendar && m.point.season != unset && m.point.year == unset &&
                           m.relative_year == unset && m.direction == timex::Direction::by_tense && !m.has_range_end;
  if (!lone_season || i + 1 == matches.size()) return unset;
  const auto begin = static_cast<std::size_t>(starts[i] - text.data());
  const auto end = static_cast<std::size_t>(matches[i].first - text.data());
  if (!timex::season_qualifies_noun(text, begin, end)) return unset;
  const timex::Meaning& next = matches[i + 1].second;
  if (next.kind != timex::Kind::calendar || next.point.year == unset) return unset;
  const std::string_view between(matches[i].first, static_cast<std::size_t>(starts[i + 1] - matches[i].first));
  for (std::size_t k = 0; k < between.size(); ++k) {
    const char c = between[k];
    // A full stop before a capital ends the sentence (an initial's rarely stands between).
    if (c == '\n' || c == ';' || c == '!' || c == '?' ||
        (c == '.' && k + 2 < between.size() && between[k + 1] == ' ' && between[k + 2] >= 'A' && between[k + 2] <= 'Z'))
      return unset;
  }
  return next.point.year;
}

// Whether the expression matches[k] is a year a figure is compared with: "Christmas sales rose 5%
// from last year", "up on last year", "compared with last year", "will beat last year", "ahead of
// last year".
bool year_compared(std::string_view text, const std::vector<const char*>& starts, std::size_t k) {
  const auto before = timex::previous_word(text, static_cast<std::size_t>(starts[k] - text.data()));
  static constexpr std::string_view comparing[] = {
      "from",    "on",       "than",    "over",      "with",  "to",      "versus",  "vs",      "since",  "of",
      "against", "above",    "below",   "beat",      "beats", "beating", "top",     "tops",    "topped", "exceed",
      "exceeds", "exceeded", "surpass", "surpassed", "match", "matched", "outpace", "outpaced"};
  return std::find(std::begin(comparing), std::end(comparing), before.view()) != std::end(comparing);
}

// Whether the expression matches[k] is a possessive ("last year's total").
bool year_possessive(std::string_view text, const std::vector<std::pair<const char*, timex::Meaning>>& matches,
                     std::size_t k) {
  const std::string_view after = text.substr(static_cast<std::size_t>(matches[k].first - text.data()));
  return after.starts_with("'s") || after.starts_with("\xE2\x80\x99s");
}

// The DCT's year offset "this year" (0), "last year" (-1) or "next year" (1) names; unset for
// another expression.
int document_year_offset(const timex::Meaning& n) {
  using timex::unset;
  if (n.kind != timex::Kind::relative || n.unit != timex::Unit::year || n.anchor != timex::Anchor::document ||
      n.amount != 1 || n.amount_explicit || !n.mod.empty())
    return unset;
  return n.direction == timex::Direction::previous  ? -1
         : n.direction == timex::Direction::next    ? 1
         : n.direction == timex::Direction::current ? 0
                                                    : unset;
}

// The year "this year", "last year" or "next year" names in the sentence of a yearless holiday,
// as the DCT's year offset: "Ramadan begins this year around February 18" said during Ramadan is
// this year's, not the next one. The expression just before or after the holiday, with no
// sentence break between, and not a year compared with; unset otherwise.
int relative_year_beside_holiday(std::string_view text, const std::vector<const char*>& starts,
                                 const std::vector<std::pair<const char*, timex::Meaning>>& matches, std::size_t i) {
  using timex::unset;
  const timex::Meaning& m = matches[i].second;
  if (m.holiday == unset || m.point.year != unset || m.relative_year != unset ||
      m.direction != timex::Direction::by_tense)
    return unset;
  // Not a year a figure is compared with (year_compared).
  const auto compared = [&](std::size_t k) { return year_compared(text, starts, k); };
  // "last year's total": the year of its own noun phrase, not of the sentence ("Holiday sales are
  // on track to beat last year's total, and Black Friday could set a record": this week's Black
  // Friday), unless the holiday is that noun ("last year's Black Friday", whatever compares it).
  const auto possessive = [&](std::size_t k) { return year_possessive(text, matches, k); };
  const auto owns_the_holiday = [](std::string_view between) {
    return between == "'s " || between == "\xE2\x80\x99s ";
  };
  // A clause of its own between them: "Sales fell last year, but Black Friday could set a record".
  const auto another_clause = [](std::string_view between) {
    for (const std::string_view conjunction : {" but ", ", and ", ", while ", ", whereas ", ", although ", ", though ",
                                               ", yet ", ", so ", " which ", " that "})
      if (between.find(conjunction) != std::string_view::npos) return true;
    return false;
  };
  const auto year_offset = document_year_offset;
  const auto one_sentence = [](std::string_view between) {
    for (std::size_t k = 0; k < between.size(); ++k) {
      const char c = between[k];
      if (c == '\n' || c == ';' || c == '!' || c == '?' || c == '.') return false;
    }
    return between.size() <= 80;
  };
  if (i + 1 < matches.size()) {
    const std::string_view between(matches[i].first, static_cast<std::size_t>(starts[i + 1] - matches[i].first));
    if (const int offset = year_offset(matches[i + 1].second);
        offset != unset && one_sentence(between) && !compared(i + 1) && !possessive(i + 1) && !another_clause(between))
      return offset;
  }
  if (i > 0) {
    const std::string_view between(matches[i - 1].first, static_cast<std::size_t>(starts[i] - matches[i - 1].first));
    if (const int offset = year_offset(matches[i - 1].second); offset != unset) {
      if (owns_the_holiday(between)) return offset;
      if (one_sentence(between) && !compared(i - 1) && !possessive(i - 1) && !another_clause(between)) return offset;
    }
  }
  return unset;
}

// The year a yearless day or month ("on November 26", "in March") takes from a year said right
// after it in its clause: "Thanksgiving fell on November 26 last year" said 2024-11-15 is
// 2023-11-26 (was the coming 2024-11-26, as a report names the weeks ahead), "began on March 26 in
// 2022" 2022-03-26, "will reopen on March 26 next year" 2025-03-26. Only "in", "of", "during" or a
// comma between them; not a year compared with ("rose on March 26 from last year") nor a possessive
// ("last year's"). Sets `year` (a year in figures) or `offset` (from the DCT's); false otherwise.
bool year_said_after_date(std::string_view text, const std::vector<const char*>& starts,
                          const std::vector<std::pair<const char*, timex::Meaning>>& matches, std::size_t i, int& year,
                          int& offset) {
  using timex::unset;
  const timex::Meaning& m = matches[i].second;
  // A range of such days too ("from 3 to 5 May last year", "between 19 April and 1 June last year"):
  // its end takes the year its beginning does.
  if (i + 1 >= matches.size() || !(is_yearless_day(m) || is_yearless_month(m))) return false;
  const std::string_view between(matches[i].first, static_cast<std::size_t>(starts[i + 1] - matches[i].first));
  std::size_t k = 0;
  while (k < between.size()) {
    if (between[k] == ' ' || between[k] == ',') {
      ++k;
      continue;
    }
    const std::size_t word_end = std::min(between.find_first_of(" ,", k), between.size());
    if (const std::string_view word = between.substr(k, word_end - k); word != "in" && word != "of" && word != "during")
      return false;
    k = word_end;
  }
  if (year_compared(text, starts, i + 1) || year_possessive(text, matches, i + 1)) return false;
  const timex::Meaning& n = matches[i + 1].second;
  if (const int o = document_year_offset(n); o != unset) {
    offset = o;
    return true;
  }
  const timex::CalendarFields& f = n.point;
  if (n.kind == timex::Kind::calendar && f.year != unset && f.month == unset && f.season == unset &&
      f.quarter == unset && f.half == unset && f.week == unset && !n.has_range_end && n.holiday == unset) {
    year = f.year;
    return true;
  }
  return false;
}

// Which families may start at a word: bit i set when family i lists the word, or lists none.
class FirstWordIndex {
 public:
  // Families from this index on are tried at every token (the top bit marks lead words).
  static constexpr std::size_t family_bits = 63;

  explicit FirstWordIndex(std::span<const timex::Family> families) {
    for (std::size_t i = 0; i < families.size() && i < family_bits; ++i) {
      family_mask_ |= std::uint64_t{1} << i;
      if (families[i].first_words.empty()) always_ |= std::uint64_t{1} << i;
      if (families[i].needs_word_after_digits) word_after_digits_ |= std::uint64_t{1} << i;
      for (const std::string_view w : families[i].first_words) families_of_.add(w, std::uint64_t{1} << i);
      if (families.size() <= name_shift)  // the name bits above every family bit
        for (const std::string_view w : families[i].name_words)
          families_of_.add(w, std::uint64_t{1} << (i + name_shift));
    }
    for (const std::string_view w : timex::lead_words()) families_of_.add(w, lead_bit);
  }
  // The families worth trying at the token starting at `p`; `letters` is set to the count of
  // ASCII letters the token starts with (FirstWordMap::find_at). At a lead word that starts nothing
  // because of a word the grammar never reads after it, `unread_word_end` is set past that word
  // (grammar_word_follows): no token before there starts anything.
  std::uint64_t candidates(const char* p, const char* end, std::size_t& letters, const char*& unread_word_end) const {
    std::uint64_t found = families_of_.find_at(p, end, letters);
    // A digit or an apostrophe: every family, but none at a percentage and few at a lone number,
    // read with its groups and decimals. A percentage ("15%", "3.5%", "1,200%"): no rule reads '%',
    // and a match ending before it ends inside the number (has_evidence). A lone number ("5
    // million", "2.5 percent", "1,200 people", lone_number_at): none of the families that need a
    // word after the digits reads one, and a match ending before a comma or a stop and a digit ends
    // inside the number too (speed: most numbers in news are amounts). So does a number ending its
    // clause: before a full stop or a comma and a blank, a closing bracket, a semicolon or the end of
    // the text ("in 1998.", "In 1998, the", "(1998)"), where no word follows it at all (no rule of
    // those families reads a comma right after its first number: theirs follow a month's name).
    if (letters == 0) {
      if (*p < '0' || *p > '9') return ~std::uint64_t{0};
      const char* const after = timex::number_end(p, end);
      if (after != end && *after == '%') return 0;
      return timex::no_word_after_number(after, end) ? ~word_after_digits_ : ~std::uint64_t{0};
    }
    // A lead word ("the", "a", ...) before a word no rule reads starts nothing.
    if ((found & lead_bit) != 0 && !timex::grammar_word_follows(p + letters, end, unread_word_end)) return 0;
    // A word that starts a family's rules only as a holiday's name ("United", "President"):
    // the family only where one starts (Family::name_words).
    if (const std::uint64_t name_only = found >> name_shift & name_mask;
        name_only != 0 && !timex::holiday_name_starts_at(p, end))
      found &= ~name_only;
    return always_ | (found & family_mask_);
  }
#ifdef ANNALIST_CHECK_START_GATES
  // The families `candidates` would try at `p` without the lead word, lone number and percentage gates.
  std::uint64_t candidates_ungated(const char* p, const char* end) const {
    std::size_t letters = 0;
    const std::uint64_t found = families_of_.find_at(p, end, letters);
    return letters == 0 ? ~std::uint64_t{0} : always_ | (found & ~lead_bit);
  }
#endif
  // The bits of the families this index was built for.
  std::uint64_t family_mask() const { return family_mask_; }

 private:
  static constexpr std::uint64_t lead_bit = std::uint64_t{1} << family_bits;
  // Bit i + name_shift: the word starts family i only as a holiday's name (Family::name_words); set
  // where the registry has at most name_shift families.
  static constexpr std::size_t name_shift = 32;
  static constexpr std::uint64_t name_mask = (std::uint64_t{1} << name_shift) - 1;
  timex::FirstWordMap families_of_;
  std::uint64_t always_ = 0;
  std::uint64_t word_after_digits_ = 0;  // families skipped at a lone number (Family::needs_word_after_digits)
  std::uint64_t family_mask_ = 0;
};

// The longest match at a token start whose context checks pass, or nullptr. `letters`: the count
// of ASCII letters the token starts with. `candidate`: scratch space for the families' matches,
// kept across tokens (every family clears it before it writes: `fresh`, grammar.hpp). Inlined at
// its one call, in the scanner's loop, whatever GCC's growth limits for tag_segment say (speed: the
// call costs about 5% of the tagger's instructions).
[[gnu::always_inline]] inline const char* longest_match(std::string_view text, const char* p,
                                                        std::span<const timex::Family> families,
                                                        const FirstWordIndex& index, timex::Meaning& best,
                                                        timex::Meaning& candidate, std::size_t& letters,
                                                        const char*& unread_word_end, int document_year) {
  const char* const begin = text.data();
  const std::uint64_t worth_trying = index.candidates(p, begin + text.size(), letters, unread_word_end);
#ifdef ANNALIST_CHECK_START_GATES
  // Development check: no family the lead word and lone number gates skip would have matched here.
  if (!timex::starts_inside_number(text, p - begin)) {
    const std::uint64_t skipped =
        index.candidates_ungated(p, begin + text.size()) & ~worth_trying & index.family_mask();
    for (std::uint64_t pending = skipped; pending != 0; pending &= pending - 1) {
      const timex::Family& family = families[static_cast<std::size_t>(std::countr_zero(pending))];
      const char* match_end = family.parse(timex::Span{begin, p, begin + text.size()}, candidate);
      if (match_end != nullptr && timex::has_evidence(text, p - begin, match_end - begin, candidate)) {
        std::fprintf(stderr, "a start gate skipped %s, which matches \"%.*s\"\n", family.name,
                     static_cast<int>(match_end - p), p);
        std::abort();
      }
    }
  }
#endif
  if (worth_trying == 0 || timex::starts_inside_number(text, p - begin)) return nullptr;
  const char* best_end = nullptr;
  // Inlined at both calls whatever GCC's growth limits say (speed: a call per family tried costs
  // about 1%).
  const auto try_family = [&](const timex::Family& family) __attribute__((always_inline)) {
    const char* match_end = family.parse(timex::Span{begin, p, begin + text.size()}, candidate);
    if (match_end == nullptr || (best_end != nullptr && match_end <= best_end)) return;
    if (!timex::has_evidence(text, p - begin, match_end - begin, candidate, document_year)) return;
    best_end = match_end;
    best = candidate;
  };
  // In registry order: the families whose bit is set, then any past the bits.
  for (std::uint64_t pending = worth_trying & index.family_mask(); pending != 0; pending &= pending - 1)
    try_family(families[static_cast<std::size_t>(std::countr_zero(pending))]);
  for (std::size_t i = FirstWordIndex::family_bits; i < families.size(); ++i) try_family(families[i]);
  return best_end;
}

// The last quarter or half named ("the third quarter" = 1989-Q3, "the first half" 1989-H1), or
// length of months a report covers ("the nine months" P9M), and where it ended.
struct RecentPeriod {
  std::string value;
  std::size_t end = 0;
};

// The quarter of `dct` ("1989-Q4"), or with `part` 'H' its half ("1989-H2"), to compare with such
// values as strings. Worked out where a quarter is named rather than per text: most texts name
// none (speed: many small documents).
std::string quarter_of(date::local_seconds dct, char part = 'Q') {
  const date::year_month_day ymd{date::floor<date::days>(dct)};
  const int year = static_cast<int>(ymd.year());
  const unsigned quarter = (static_cast<unsigned>(ymd.month()) - 1) / (part == 'H' ? 6 : 3) + 1;
  return year >= 1000 && year <= 9999 ? std::to_string(year) + "-" + part + std::to_string(quarter)
                                      : std::string("9999-") + part + "9";
}

// "the year-ago quarter", "the year-earlier quarter" where no quarter was named before: the quarter a
// report compares with is the one just ended, a year back ("In the year-earlier quarter it lost $5
// million", dated February 1993: 1991-Q4, the year before 1992-Q4), as TimeBank tags it where the
// report names its quarter; not the year alone.
void year_ago_quarter_of_report(TimeExpression& t, const timex::Meaning& m, date::local_seconds dct) {
  const date::year_month_day ymd{date::floor<date::days>(dct)};
  const int dct_year = static_cast<int>(ymd.year());
  if (m.kind != timex::Kind::relative || m.unit != timex::Unit::year || m.direction != timex::Direction::previous ||
      t.value != std::to_string(dct_year - 1))
    return;
  const unsigned dct_quarter = (static_cast<unsigned>(ymd.month()) - 1) / 3 + 1;
  const int reported_year = dct_quarter == 1 ? dct_year - 1 : dct_year;
  const unsigned reported_quarter = dct_quarter == 1 ? 4 : dct_quarter - 1;
  t.value = std::to_string(reported_year - 1) + "-Q" + std::to_string(reported_quarter);
}

// "a year ago", "a year earlier", "year-earlier" next to a quarter compare with the same quarter a
// year before ("profit rose from $5 million a year earlier" after "third-quarter profit"), as
// financial news means and TimeBank annotates: 1988-Q3 rather than 1988. "the 1988 quarter", "the
// 1989 period", "last year's quarter" say the year and leave the quarter to the report: the one
// last named, in that year. A half likewise ("first-half profit ... the same period last year"
// 2012-H1). After a length of months the report covers ("For the nine months, net rose from the
// year-earlier period"), the period that compares with it is as long, and a length too, as
// TimeBank tags "the year-earlier period" and "the year-earlier nine months" there: P9M.
void compare_same_period(TimeExpression& t, const timex::Meaning& m, const RecentPeriod& last,
                         const RecentPeriod& last_length, date::local_seconds dct) {
  // A phrase that names a period ("the year-earlier period", "the 1988 quarter") refers to the
  // report's quarter wherever it was named; "a year ago" alone only near it.
  const bool names_quarter = t.text.ends_with("quarter") || t.text.ends_with("period");
  if (!last_length.value.empty() && last_length.end > last.end && t.begin >= last_length.end) {
    if (t.text.find("period") != std::string::npos && m.kind == timex::Kind::relative && m.unit == timex::Unit::year &&
        m.direction == timex::Direction::previous && t.value.size() == 4) {
      t.type = TimexType::duration;
      t.value = last_length.value;
      t.mod.clear();
    }
    if (names_quarter || m.kind == timex::Kind::calendar) return;  // "the same period of 2012": the year
  }
  const std::size_t nearby = names_quarter ? SIZE_MAX : 400;  // bytes: the same or the previous sentence
  if (last.value.empty() && t.text.ends_with("quarter")) {
    year_ago_quarter_of_report(t, m, dct);
    return;
  }
  if (last.value.empty() || t.begin < last.end || t.begin - last.end > nearby) return;
  if (t.text.find("month") != std::string::npos) return;  // "the same month last year": compare_same_month
  if (m.kind == timex::Kind::calendar && m.unit == timex::Unit::quarter && m.point.quarter == timex::unset &&
      t.value.size() == 4) {
    t.value += last.value.substr(4);
    return;
  }
  // "the latest period" is the quarter the report named ("fourth-quarter earnings ... Sales in the
  // latest period"), rather than the last one before the DCT.
  if (m.kind == timex::Kind::relative && m.unit == timex::Unit::quarter && m.direction == timex::Direction::previous &&
      t.text.ends_with("period")) {
    t.value = last.value;
    return;
  }
  if (m.kind != timex::Kind::relative || m.unit != timex::Unit::year || m.direction != timex::Direction::previous ||
      !m.amount_known || t.value.size() != 4)
    return;
  // "last year" and "this year" name the year itself; "last year's quarter" the quarter.
  if ((t.text.starts_with("last") || t.text.starts_with("Last") || t.text.starts_with("this") ||
       t.text.starts_with("This")) &&
      !names_quarter)
    return;
  // Counted back from the quarter named, not from the reference time: "third-quarter profit ...
  // from a year earlier" is the third quarter of the year before that quarter's year.
  const double years = m.amount;
  if (years < 1 || years > 50 || years != static_cast<int>(years)) return;
  const int quarter_year = std::atoi(last.value.substr(0, 4).c_str()) - static_cast<int>(years);
  if (quarter_year < 1000) return;
  t.value = std::to_string(quarter_year) + last.value.substr(4);
}

// Whether the expression at text[begin) is what a figure compares with: right after "from", "with",
// "than", "over", "versus" or a figure ("rose to $5 million from $4 million a year earlier"). The
// figure may close an aside before a comma: "compared with C$18.1 million, or 21 Canadian cents a
// share, a year earlier".
bool compares_with_figure(std::string_view text, std::size_t begin) {
  std::size_t p = begin;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p > 0 && text[p - 1] == ',') --p;
  constexpr std::string_view comparing[] = {"from",    "with",    "than",    "over",  "versus", "vs",
                                            "million", "billion", "percent", "cents", "pence",  "points",
                                            "share",   "dollars", "pounds",  "euros", "yen"};
  return (p > 0 && ((text[p - 1] >= '0' && text[p - 1] <= '9') || text[p - 1] == '%')) ||
         std::find(std::begin(comparing), std::end(comparing), timex::previous_word(text, p).view()) !=
             std::end(comparing);
}

// So does "a year earlier" or "a year ago" as a comparison with a month named after any quarter
// ("Sales were flat in May compared with a year earlier", "eased to 2.8% in February from 3.1% a
// year earlier": the same month a year back, 2023-05, as the quarter's is): after "from", "with",
// "than", "over" or a figure, in the month's sentence or the next; "two years earlier" two years
// back; "the same month last year" names it. A year told on from a month
// ("joined in March 2019. A year earlier, he had left") stays the year. So with a day of a month
// named ("For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, compared
// with C$18.1 million a year earlier": 1988-08-12, as TimeBank has it), unless a quarter was named
// shortly before the day, whose report the day closes ("the quarter ended Sept. 30": 1988-Q3).
void compare_same_month(std::string_view text, TimeExpression& t, const timex::Meaning& m,
                        const RecentPeriod& last_month, const RecentPeriod& last_quarter) {
  if (last_month.value.size() == 10 && !last_quarter.value.empty() && last_month.end > last_quarter.end &&
      last_month.end - last_quarter.end < 400)
    return;
  // "the same month last year" names the month it compares with: no figure or "than" needed.
  const bool names_month = t.text.find("month") != std::string::npos;
  if (last_month.value.empty() || last_month.end <= last_quarter.end || t.begin < last_month.end ||
      t.begin - last_month.end > 400 || m.kind != timex::Kind::relative || m.unit != timex::Unit::year ||
      m.direction != timex::Direction::previous || !m.amount_known || m.amount < 1 || m.amount > 10 ||
      m.amount != static_cast<int>(m.amount) || t.value.size() != 4 ||
      !(names_month || t.text.ends_with("earlier") || t.text.ends_with("ago") || t.text.ends_with("before")))
    return;
  if (!compares_with_figure(text, t.begin) && !names_month) return;
  const int year = std::atoi(last_month.value.substr(0, 4).c_str()) - static_cast<int>(m.amount);
  if (year < 1000) return;
  t.value = std::to_string(year) + last_month.value.substr(4);
}

// "10:35 a.m. (0735 GMT) Friday": a clock time and the same time in another zone in parentheses,
// then the day. The parenthesis splits the time from its day, so each time took the anchor's day
// first; both are on the day named after them ("on Friday" too).
void date_times_before_their_day(std::string_view text, std::vector<TimeExpression>& found,
                                 const std::vector<bool>& day_from_anchor) {
  const auto blanks_then = [&](std::size_t from, std::size_t to, std::string_view what) {
    while (from < to && text[from] == ' ') ++from;
    if (text.substr(from, what.size()) != what) return std::string_view::npos;
    from += what.size();
    while (from < to && text[from] == ' ') ++from;
    return from;
  };
  for (std::size_t i = 0; i + 1 < found.size(); ++i) {
    TimeExpression& local = found[i];
    TimeExpression& other_zone = found[i + 1];
    // "will leave at 4 in the morning (4 a.m. EDT Thursday)": the same clock reading said again in
    // parentheses with its day is on that day (2000-04-06T04:00, was the DCT's); another reading
    // is another zone's, whose day may not be the local one ("10 p.m. (0200 GMT Friday)").
    if (day_from_anchor[i] && !day_from_anchor[i + 1] && local.value.size() > 10 && other_zone.value.size() > 10 &&
        other_zone.value[0] >= '0' && other_zone.value[0] <= '9' &&
        local.value.compare(10, std::string::npos, other_zone.value, 10) == 0 &&
        blanks_then(local.end, other_zone.begin, "(") == other_zone.begin &&
        blanks_then(other_zone.end, text.size(), ")") != std::string_view::npos) {
      local.value.replace(0, 10, other_zone.value, 0, 10);
      continue;
    }
    if (i + 2 >= found.size()) break;
    const TimeExpression& day = found[i + 2];
    if (!day_from_anchor[i] || !day_from_anchor[i + 1] || day.type != TimexType::date || day.value.size() != 10 ||
        local.value.size() <= 10 || other_zone.value.size() <= 10)
      continue;
    if (blanks_then(local.end, other_zone.begin, "(") != other_zone.begin) continue;
    std::size_t after = blanks_then(other_zone.end, day.begin, ")");
    if (after == std::string_view::npos) continue;
    if (after != day.begin) after = blanks_then(after, day.begin, "on");
    if (after != day.begin) continue;
    local.value.replace(0, 10, day.value);
    other_zone.value.replace(0, 10, day.value);
  }
}

// Outside a narrative a part of the day before a day without its year ("the night of Oct. 23",
// "in the early hours of Sunday") keeps the day alone, as TimeML tags it in news
// (Meaning::part_before_yearless_day): the match then starts after the "of".
// Out of line, as clock_times_share_their_day below.
[[gnu::noinline]] void keep_days_of_parts(std::vector<const char*>& starts,
                                          std::vector<std::pair<const char*, timex::Meaning>>& matches) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (std::size_t i = 0; i < matches.size(); ++i) {
    timex::Meaning& m = matches[i].second;
    if (!m.part_before_yearless_day) continue;
    const std::string_view said(starts[i], static_cast<std::size_t>(matches[i].first - starts[i]));
    for (std::size_t at = 1; at + 3 < said.size(); ++at) {
      if (!blank(said[at - 1]) || (said[at] | 0x20) != 'o' || (said[at + 1] | 0x20) != 'f' || !blank(said[at + 2]))
        continue;
      std::size_t day = at + 2;
      while (day < said.size() && blank(said[day])) ++day;
      starts[i] += day;
      m.point.part_of_day = timex::unset;
      m.mod = {};
      m.part_before_yearless_day = false;
      break;
    }
  }
}

// "the quarter ended Dec. 31", "the fourth quarter ended June 30", "the first half ending June 30",
// "the quarter through March": the period a date ends is the one that date is in. Said without
// its part ("the quarter") it is the part containing the date; with it (a fiscal quarter: "its
// fourth quarter ended June 30", "Q3", "the first half": the period's Meaning has the quarter or
// half) the part as said, of the date's year, as TimeBank annotates both.
// The report's period (`last`) follows. "the year to February" is the year up to it, a length as
// "the year ended Feb. 28" is (rules_relative.cpp, the_year).
// "the fiscal year beginning 1 April 2026", "the fiscal year that began on Oct. 1, 2024": the fiscal
// year that date opens, written as the calendar year it is mostly in, as TimeBank writes fiscal years
// ("the current fiscal year", rules_relative.cpp): a year opening in July or later is the next
// calendar year's (October 2024 opens fiscal 2025, as the U.S. government names it).
bool fiscal_year_a_date_opens(std::string_view text, TimeExpression& period, const TimeExpression& date,
                              int date_month) {
  if (period.text != "the fiscal year" && period.text != "The fiscal year") return false;
  std::string_view between = text.substr(period.end, date.begin - period.end);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  if (between.ends_with(" on") || between.ends_with(" in")) between.remove_suffix(3);
  if (between.starts_with("that ") || between.starts_with("which ")) between.remove_prefix(between.find(' ') + 1);
  constexpr std::string_view opening[] = {"beginning", "starting", "began", "begins", "started", "starts"};
  if (std::find(std::begin(opening), std::end(opening), between) == std::end(opening)) return false;
  const int year = date_month / 12 + (date_month % 12 >= 6 ? 1 : 0);
  period.value = std::to_string(year);
  return true;
}

// The word by which `date` ends the `period` said right before it ("the quarter ended Sept. 30",
// "the first half ending on June 30", "the year through March", "the year to February"): "ended",
// "ending", "through" or "to", maybe with "on"; empty when there is none.
std::string_view word_a_date_ends_period(std::string_view text, const TimeExpression& period,
                                         const TimeExpression& date) {
  if (date.begin < period.end || date.begin - period.end > 12) return {};
  std::string_view between = text.substr(period.end, date.begin - period.end);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  if (between.ends_with(" on")) between.remove_suffix(3);
  if (between != "ended" && between != "ending" && between != "through" && between != "to") return {};
  return between;
}

void period_a_date_ends(std::string_view text, TimeExpression& period, const timex::Meaning& period_meaning,
                        const TimeExpression& date, RecentPeriod& last) {
  // One word between them, with its blanks ("ended on" at most; "that began on" the longest
  // opening): most pairs stop here.
  if (date.begin < period.end || date.begin - period.end > 16) return;
  const std::string& v = period.value;
  const int date_month = date.type == TimexType::date ? month_index_of(date.value) : timex::unset;
  if (period.type != TimexType::date || date_month == timex::unset) return;
  if (fiscal_year_a_date_opens(text, period, date, date_month)) return;
  const std::string_view between = word_a_date_ends_period(text, period, date);
  if (between.empty()) return;
  // "the year to February", "the week to Friday", "the month to March 15": the length up to it, as
  // TimeBank tags "the six months" ended a date (the week was the DCT's, 2025-W11 for "fell 2% in the
  // week to Friday"); so with "through", as American reports write it ("in the year through
  // December", as "the 12 months through December" is P12M; was the DCT's year).
  if (between == "to" || between == "through") {
    std::string_view said = period.text;
    if (said.size() > 4 && (said[0] == 't' || said[0] == 'T') && said.substr(1, 3) == "he ") said.remove_prefix(4);
    const bool year = (said == "year" || said == "fiscal year" || said == "financial year") && v.size() == 4;
    const bool week = said == "week" && v.size() == 8 && v[5] == 'W';
    const bool month = said == "month" && v.size() == 7 && v[4] == '-' && v[5] != 'Q' && v[5] != 'H';
    if (year || week || month) {
      period.type = TimexType::duration;
      period.value = year ? "P1Y" : week ? "P1W" : "P1M";
      return;
    }
  }
  if (v.size() != 7 || (v[5] != 'Q' && v[5] != 'H') || v[6] < '0' || v[6] > '9') return;
  const int month = date_month % 12 + 1;
  const bool part_said = period_meaning.point.quarter != timex::unset || period_meaning.point.half != timex::unset;
  std::string value = date.value.substr(0, 5) + v[5];
  if (part_said)
    value += v[6];
  else
    value += static_cast<char>('0' + (v[5] == 'Q' ? (month - 1) / 3 + 1 : (month - 1) / 6 + 1));
  if (value == v) return;
  if (last.value == v && last.end == period.end) last.value = value;
  period.value = value;
}

// Which end of a period a length's words count from: "the first", "the opening", "the initial"
// (false), "the last", "the final", "the closing" (true); nullopt for other words ("the past two
// weeks" are the two up to now).
std::optional<bool> edge_counted_from(std::string_view said) {
  if (said.size() < 4 || (said[0] != 't' && said[0] != 'T') || said.substr(1, 3) != "he ") return std::nullopt;
  said.remove_prefix(4);
  const auto opens = [said](std::string_view word) {
    return said.starts_with(word) && said.substr(word.size(), 1) == " ";
  };
  if (opens("first") || opens("opening") || opens("initial")) return false;
  if (opens("last") || opens("final") || opens("closing")) return true;
  return std::nullopt;
}

// "the last two weeks of December", "the first nine months of 1997": TimeBank tags the length (P2W,
// P9M) and the period after "of" apart. The length's range is its units at that end of the period
// (2013-W51..2013-W52, units_at_edge_of), not the units before the DCT "the last two weeks" alone
// covers; with no date after "of" ("the last two weeks of talks", "the first 10 days of the war")
// it has none. `period` is the expression after `part`, or null when it is checked alone.
void part_at_edge_of_period(std::string_view text, TimeExpression& part, const timex::Meaning& part_meaning,
                            const TimeExpression* period) {
  if (part.type != TimexType::duration || text.substr(part.end, 4) != " of ") return;
  const auto at_end = edge_counted_from(part.text);
  if (!at_end) return;
  if (period == nullptr) {
    part.range_begin.reset();
    part.range_end.reset();
    return;
  }
  const bool counted = part_meaning.amount_explicit && part_meaning.amount >= 1 && part_meaning.amount <= 400 &&
                       part_meaning.amount == static_cast<int>(part_meaning.amount);
  if (period->begin != part.end + 4 || period->type != TimexType::date || !period->mod.empty() || !counted) return;
  if (const auto covered =
          timex::units_at_edge_of(period->value, part_meaning.unit, static_cast<int>(part_meaning.amount), *at_end)) {
    part.range_begin = covered->first;
    part.range_end = covered->second;
  }
}

// "Sales slowed in the last three months of the year", "rose in the first nine months of the
// year" told in the past: a report's length whose last month is not over at the DCT (the DCT's own
// month, or later) is of the year just ended, as "the year to March" said in March is (were
// 2022-10..2022-12 and "the year" 2022 said 2022-03-10: now 2021). `part` is the length found
// right before `period`, "the year" in news (names_the_year) read as the DCT's year `document_index`
// (a month index) names; both are moved back a year. "the first two months of the year" said in
// March is over: as before. (Out of line: rare.)
[[gnu::noinline]] void edge_of_the_year_just_ended(std::string_view text, TimeExpression& part,
                                                   const timex::Meaning& part_meaning, TimeExpression& period,
                                                   int document_index) {
  const std::string_view end = part.range_end ? std::string_view(*part.range_end) : std::string_view();
  if (end.size() < 7 || end[4] != '-' || year_of_value(period.value) != document_index / 12 ||
      year_of_value(end) != document_index / 12)
    return;
  int last_month = timex::unset;
  if (end[5] == 'Q' || end[5] == 'H')
    last_month = (end[6] - '0') * (end[5] == 'Q' ? 3 : 6);
  else if (end[5] >= '0' && end[5] <= '1' && end[6] >= '0' && end[6] <= '9')
    last_month = (end[5] - '0') * 10 + (end[6] - '0');
  else if (end[5] == 'W' && end.size() == 8 && end[6] >= '0' && end[6] <= '5' && end[7] >= '0' && end[7] <= '9')
    last_month = std::min(12, ((end[6] - '0') * 10 + (end[7] - '0') - 1) * 7 / 31 + 1);  // its month, near enough
  if (last_month == timex::unset || last_month < document_index % 12 + 1) return;
  period.value = std::to_string(document_index / 12 - 1);
  part_at_edge_of_period(text, part, part_meaning, &period);
}

// "$1bn a day", "200,000 tonnes a year": the length after an amount is the period of a rate, a SET
// (context.cpp, is_rate_period); "will one day be" is someday (says_someday). A clock unit's rate is
// a speed or a wage, untagged as "per hour" is: "60 miles an hour", "$15 an hour".
void rates_as_sets(std::string_view text, std::vector<const char*>& starts,
                   std::vector<std::pair<const char*, timex::Meaning>>& matches) {
  for (std::size_t i = 0; i < matches.size(); ++i) {
    timex::Meaning& m = matches[i].second;
    if (m.kind != timex::Kind::duration) continue;
    const auto b = static_cast<std::size_t>(starts[i] - text.data());
    const auto e = static_cast<std::size_t>(matches[i].first - text.data());
    const bool rate = timex::is_rate_period(text, b, e, m);
    if (rate && m.unit <= timex::Unit::hour) {
      starts.erase(starts.begin() + static_cast<std::ptrdiff_t>(i));
      matches.erase(matches.begin() + static_cast<std::ptrdiff_t>(i));
      --i;
    } else if (rate) {
      m.kind = timex::Kind::set;
      m.amount_explicit = false;
    } else if (timex::says_someday(text, b, e, m)) {
      m.kind = timex::Kind::vague;
      m.vague_value = "FUTURE_REF";
    }
  }
}

// Whether `value` names a day: "2025-12-12", "2025-12-12T22:00", "2025-12-12TEV".
bool names_a_day(std::string_view value) {
  const auto digit = [&](std::size_t i) { return value[i] >= '0' && value[i] <= '9'; };
  return value.size() >= 10 && digit(0) && digit(3) && value[4] == '-' && value[7] == '-' && digit(8) &&
         (value.size() == 10 || value[10] == 'T');
}

// The day a TIMEX3 value names, when it names one (names_a_day).
date::sys_days day_named(std::string_view value) {
  const unsigned month = static_cast<unsigned>((value[5] - '0') * 10 + (value[6] - '0'));
  return date::sys_days{date::year{year_of_value(value)} / date::month{month} /
                        date::day{static_cast<unsigned>(day_of_value(value))}};
}

// The Monday of the ISO week a TIMEX3 value names ("2021-W19": 2021-05-10); none for another value.
std::optional<date::sys_days> monday_of_week_named(std::string_view value) {
  if (value.size() != 8 || value[4] != '-' || value[5] != 'W' || !timex::ascii::is_digit(value[0]) ||
      !timex::ascii::is_digit(value[6]) || !timex::ascii::is_digit(value[7]))
    return std::nullopt;
  // Week 1 is the one with 4 January in it.
  const date::sys_days fourth{date::year{year_of_value(value)} / date::January / date::day{4}};
  const date::sys_days first_monday = fourth - (date::weekday{fourth} - date::Monday);
  return first_monday + date::weeks{(value[6] - '0') * 10 + (value[7] - '0') - 1};
}

// A value naming a day moved by `by` days, what follows the day kept ("2025-03-13TNI" a day back:
// "2025-03-12TNI").
std::string moved_day(std::string_view value, date::days by) {
  return timex::day_value(day_named(value) + by).append(value.substr(10));
}

// Days said in a quotation ("tomorrow", "today", "tonight", "this morning", "two days ago") count
// from the day of the saying, not from the DCT, when the reporting clause right after or before the
// quotation dates the saying with another day: '"I'll call you tomorrow," she said on Tuesday',
// Wednesday's DCT: tomorrow is that Wednesday (dates_saying_of_quotation). `from_document_day` marks
// the expressions found that count days from the DCT.
// The day the reporting clause right after or before a quotation (open, close) dates the saying
// with, among the expressions found around found[k], which the quotation holds.
const TimeExpression* day_of_saying(std::string_view text, const std::vector<TimeExpression>& found, std::size_t k,
                                    std::size_t open, std::size_t close) {
  // The reporting clause is a few words from the quotation (dates_saying_of_quotation's reach).
  constexpr std::size_t reach = 64;
  const auto dates_the_saying = [&](const TimeExpression& s) {
    return s.type == TimexType::date && s.value.size() == 10 && names_a_day(s.value) && !s.range_begin &&
           timex::dates_saying_of_quotation(text, open, close, s.begin, s.end);
  };
  for (std::size_t j = k + 1; j < found.size() && found[j].begin < close + reach; ++j)
    if (found[j].begin >= close && dates_the_saying(found[j])) return &found[j];
  for (std::size_t j = k; j-- > 0 && found[j].end + reach > open;)
    if (found[j].end <= open && dates_the_saying(found[j])) return &found[j];
  return nullptr;
}

void days_in_quotations_from_saying(std::string_view text, std::vector<TimeExpression>& found,
                                    const std::vector<bool>& from_document_day, date::sys_days document_day) {
  for (std::size_t k = 0; k < found.size(); ++k) {
    TimeExpression& t = found[k];
    if (!from_document_day[k] || !names_a_day(t.value)) continue;
    const auto quotation = timex::quotation_around(text, t.begin, t.end);
    if (!quotation) continue;
    const TimeExpression* saying = day_of_saying(text, found, k, quotation->first, quotation->second);
    if (saying == nullptr) continue;
    const date::days by = day_named(saying->value) - document_day;
    if (by == date::days{0}) continue;
    t.value = moved_day(t.value, by);
    if (t.range_begin && names_a_day(*t.range_begin)) *t.range_begin = moved_day(*t.range_begin, by);
    if (t.range_end && names_a_day(*t.range_end)) *t.range_end = moved_day(*t.range_end, by);
  }
}

// The time an anaphor at `begin` points back to ("since then", "back then", in news "at the time":
// timex::points_back): the expression found just before it, a date or a time of the calendar (not
// PRESENT_REF, a length, or a range but the part a mod names, "the end of June"), named in its
// paragraph a sentence or two before (300 bytes).
// nullptr when there is none: the text named no time just before, so what "then" is is unknown.
// With `lengths_too` ("the same period") a length named is one too ("over the past five years":
// P5Y, its range or not).
const TimeExpression* antecedent_of(std::string_view text, std::span<const TimeExpression> before, std::size_t begin,
                                    bool lengths_too = false) {
  if (before.empty()) return nullptr;
  // The length counted from it stands between: "The war ended in 1945. In the decades since then"
  // ("the two decades since then"), "then" is 1945 still.
  if (before.size() > 1 && before.back().type == TimexType::duration && begin > before.back().end &&
      text.substr(before.back().end, begin - before.back().end) == " since ")
    before = before.first(before.size() - 1);
  const TimeExpression& last = before.back();
  const std::string_view value = last.value;
  const bool of_calendar = (!value.empty() && value[0] >= '0' && value[0] <= '9') || value.starts_with("BC");
  const bool length = lengths_too && last.type == TimexType::duration && value.size() > 2 && value[0] == 'P' &&
                      value[1] >= '0' && value[1] <= '9';
  if (!length && ((last.type != TimexType::date && last.type != TimexType::time) || !of_calendar ||
                  (last.range_begin && last.mod.empty())))
    return nullptr;
  if (begin < last.end || begin - last.end > 300 || paragraph_ends_between(text, last.end, begin)) return nullptr;
  return &last;
}

// Whether the offset text[b, e) of meaning `m`, counted from the reference time, stands in
// apposition to what ends right before it: set off by ", " and closing its phrase.
bool offset_in_apposition(std::string_view text, std::size_t b, std::size_t e, const timex::Meaning& m) {
  using namespace timex;
  if (b < 2 || text[b - 2] != ',' || text[b - 1] != ' ') return false;
  if (m.kind != Kind::relative || m.anchor != Anchor::reference ||
      (m.direction != Direction::next && m.direction != Direction::previous) || !m.amount_known || m.day_of_event ||
      m.part_reached || m.has_range_end || m.unit < Unit::minute || m.unit > Unit::century)
    return false;
  // What follows closes the offset's phrase: a mark, the text's end, or "and"/"but" and a clause
  // of its own ("six years later, and was sold" goes on with a comma; "later and at twice the cost").
  if (e >= text.size()) return true;
  const char c = text[e];
  return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == '"' || c == '\n' ||
         static_cast<unsigned char>(c) == 0xE2 || text.substr(e).starts_with(" -") ||
         text.substr(e).starts_with(" and ") || text.substr(e).starts_with(" but ");
}

// The date an offset counted from the reference time restates when it stands in apposition to it,
// set off by a comma right after it and closing its phrase ("It was finished in 1885, five years
// later."; "went public in 1996, six years later, and was sold"; "on 4 May, two days later"): the
// offset was counted from the time the story was at before that date, and the two name one time;
// it does not count on from it (1890). nullptr when it does not: a comma or a full stop between
// ("in 1885, and five years later it was sold", "in 1885. Five years later,"), a clause going on
// after it ("in 1885, five years later it was sold"), a comparison ("five years later than
// planned", no offset but a length), a range, a quarter or a half (news's "a year earlier" is a
// comparison with one). A yearless date names no year for a count of years to restate, unless it
// took its year from it (`year_given`, year_of_apposed_count). The byte test first (speed).
[[gnu::noinline]] const TimeExpression* date_restated(std::string_view text, std::span<const TimeExpression> before,
                                                      const timex::Meaning* before_meaning, std::size_t b,
                                                      std::size_t e, const timex::Meaning& m, bool year_given) {
  using namespace timex;
  if (b < 2 || text[b - 2] != ',' || before.empty() || before_meaning == nullptr || before.back().end + 2 != b ||
      !offset_in_apposition(text, b, e, m))
    return nullptr;
  const TimeExpression& named = before.back();
  const std::string_view value = named.value;
  const bool of_calendar = (!value.empty() && value[0] >= '0' && value[0] <= '9') || value.starts_with("BC");
  if ((named.type != TimexType::date && named.type != TimexType::time) || !of_calendar || named.range_begin ||
      (value.size() >= 6 && (value[5] == 'Q' || value[5] == 'H')))
    return nullptr;
  // A date of the calendar, not another count ("ten, fifteen, and twenty years earlier" list three).
  const Meaning& said = *before_meaning;
  if (said.kind != Kind::calendar ||
      (said.point.year == unset && said.relative_year == unset && !year_given && m.unit >= Unit::year))
    return nullptr;
  return &named;
}

// "The war began in 1914. In November, four years later, an armistice was signed": a count of years
// in apposition right after a yearless month or day (offset_in_apposition) says its year, counted
// from the time the story was at before it (1918-11, was 1914-11 and the count 1918 beside it;
// "The company was founded in 1975. In March, two years later" 1977-03, was the DCT's March).
// unset when there is none, or no time was named to count from. The byte test first (speed).
[[gnu::noinline]] int year_of_apposed_count(std::string_view text, std::size_t e, const char* begin,
                                            const std::vector<const char*>& starts,
                                            const std::vector<std::pair<const char*, timex::Meaning>>& matches,
                                            std::size_t i, const timex::Anchors& anchors) {
  using namespace timex;
  if (e + 2 >= text.size() || text[e] != ',' || i + 1 >= matches.size() ||
      static_cast<std::size_t>(starts[i + 1] - begin) != e + 2 || anchors.reference == anchors.document)
    return unset;
  const Meaning& count = matches[i + 1].second;
  if (count.unit < Unit::year || !offset_in_apposition(text, e + 2, matches[i + 1].first - begin, count)) return unset;
  const std::optional<Normalized> counted = normalize(count, anchors, Tense::unknown, {});
  if (!counted || counted->value.size() != 4 ||
      !std::all_of(counted->value.begin(), counted->value.end(), timex::ascii::is_digit))
    return unset;
  return year_of_value(counted->value);
}

// An offset `t` that took the value of the date it restates (date_restated): the date to the
// offset's unit, as the offset names it ("five years later" after "4 May 1885": 1885; "two days
// later" after "1815-06-18TEV": 1815-06-18, a DATE); a date coarser than the unit is kept whole.
[[gnu::noinline]] void restate(TimeExpression& t, timex::Unit unit) {
  using timex::Unit;
  const std::string_view value = t.value;
  const std::size_t year_end = value.starts_with("BC") ? 6 : 4;
  const std::size_t keep = unit >= Unit::year    ? year_end
                           : unit == Unit::month ? year_end + 3
                           : unit == Unit::day   ? year_end + 6
                                                 : value.size();
  if (keep < value.size() && (value[keep] == '-' || value[keep] == 'T') && value[year_end] == '-' &&
      (keep == year_end || (value[year_end + 1] >= '0' && value[year_end + 1] <= '1')))
    t.value.resize(keep);
  if (t.value.find('T') == std::string::npos) t.type = TimexType::date;  // "two days later" after "at 4 p.m. on 3 May"
}

// "The first round is on April 10, with a runoff two weeks later, on April 24": a date of the
// calendar in apposition right after an offset counted from the reference time (", on", ", in",
// ", " or a bare " on " between) names the time the offset counts to, as the date before such an offset does
// (date_restated), and the explicit date wins where the two disagree: the offset `count` takes its
// value to the offset's unit (restate: 2022-04-24, was 2022-W16; "Six days later, on 7 October"
// 1950-10-07). A yearless date whose year differs from the count's was read alone and says less
// than the count: unchanged. A weekday alone says less than a count of days that falls on it: it
// takes the count's day ("on 3 May 2021. Two days later, on Wednesday," 2021-05-05, was the DCT's
// Wednesday), and that weekday of a count of weeks' week ("A week later, on Monday," 2021-05-10,
// was the DCT's Monday); whether it did (it names that time again and moves no reference). Not a weekday the
// count does not fall on, a range, a part of the day or a clock time ("two hours later, at 5
// p.m."), nor a date after another word ("two weeks later than April 24").
bool offset_names_apposed_date(std::string_view text, TimeExpression& count, const timex::Meaning& counted,
                               TimeExpression& date, const timex::Meaning& said) {
  using namespace timex;
  if (count.end >= date.begin || counted.kind != Kind::relative || counted.anchor != Anchor::reference ||
      (counted.direction != Direction::next && counted.direction != Direction::previous) || !counted.amount_known ||
      counted.day_of_event || counted.part_reached || counted.has_range_end || counted.unit < Unit::day ||
      counted.unit > Unit::century || count.type != TimexType::date || count.range_begin ||
      (count.value.size() >= 6 && (count.value[5] == 'Q' || count.value[5] == 'H')))
    return false;
  const std::string_view between = text.substr(count.end, date.begin - count.end);
  // " on " too: news drops the comma ("a runoff two weeks later on April 24").
  if (between != ", on " && between != ", in " && between != ", " && between != " on ") return false;
  if (is_lone_weekday(said)) {
    // A count of weeks: the weekday of the week it reaches ("on 3 May 2021. A week later, on Monday,"
    // 2021-05-10).
    if (const auto monday = counted.unit == Unit::week ? monday_of_week_named(count.value) : std::nullopt) {
      date.value = day_value(*monday + date::days{(said.point.weekday + 6) % 7});
      return true;
    }
    if (counted.unit != Unit::day || count.value.size() != 10 || !names_a_day(count.value) ||
        static_cast<int>(date::weekday{day_named(count.value)}.c_encoding()) != said.point.weekday)
      return false;
    date.value = count.value;
    return true;
  }
  if (said.kind != Kind::calendar || said.point.month == unset || said.has_range_end || date.range_begin ||
      date.type != TimexType::date || date.value.size() < 7 || !ascii::is_digit(date.value[0]) ||
      (counted.unit <= Unit::week && said.point.day == unset) || count.value.size() < 4 ||
      (said.point.year == unset &&
       std::string_view(date.value).substr(0, 4) != std::string_view(count.value).substr(0, 4)))
    return false;
  count.value = date.value;
  restate(count, counted.unit);
  return false;
}

// "that day", "the same week", "that year", "later that month" (a unit the last date named is in):
// in news the date named before it in its paragraph, a sentence or two back (300 bytes), or in the
// last sentence of the paragraph before when it opens its own, past the
// lengths and vague times named since ("closed on March 3, 2009, after 40 years. Workers protested
// the same day."). None when the text named no date there ("Police arrested 12 people the same
// day.", "I will never forget that day," quoted alone), or when the unit's noun was said after it,
// which the anaphor points back to instead, a day of no date ("In 1987 ... On days when prices are
// tumbling, ... trades made that day"): the text says no date, and TimeBank tags neither.
bool names_its_unit_again(const timex::Meaning& m) {
  return m.kind == timex::Kind::relative && m.anchor == timex::Anchor::reference &&
         m.direction == timex::Direction::current && !m.amount_explicit && !m.day_of_event && !m.part_reached &&
         m.unit >= timex::Unit::day && m.unit <= timex::Unit::year;
}
const TimeExpression* date_named_before(std::string_view text, std::span<const TimeExpression> before,
                                        std::size_t begin, timex::Unit unit) {
  for (std::size_t k = before.size(); k-- > 0;) {
    const TimeExpression& named = before[k];
    // The last sentence of the paragraph before is near enough: a wire story's paragraph is often
    // one sentence ("The mine was flooded on Aug. 4.\n\nRescuers reached the men that day.").
    if (begin < named.end || begin - named.end > 300 ||
        (paragraph_ends_between(text, named.end, begin) &&
         !timex::one_sentence_ends_between(text, named.end, begin, true)))
      return nullptr;
    const std::string_view value = named.value;
    const bool of_calendar = (!value.empty() && value[0] >= '0' && value[0] <= '9') || value.starts_with("BC");
    if ((named.type != TimexType::date && named.type != TimexType::time) || !of_calendar) continue;
    // A day that ends the quarter named right before it ("the second quarter ended Oct. 31. Results
    // for that quarter") leaves "that quarter" to that quarter: a fiscal one, which the day's
    // calendar quarter (2013-Q4) is not.
    const TimeExpression* said = &named;
    if (unit == timex::Unit::quarter && k > 0 && value.size() == 10) {
      const std::string_view period = before[k - 1].value;
      if (period.size() == 7 && period[5] == 'Q' && !word_a_date_ends_period(text, before[k - 1], named).empty())
        said = &before[k - 1];
    }
    // The unit's noun said since, outside the expressions found ("On days when", "a day to remember").
    constexpr std::array<std::string_view, 8> nouns{"day",     "weekend", "week",   "month",
                                                    "quarter", "half",    "season", "year"};
    const std::string_view noun = nouns[static_cast<std::size_t>(unit) - static_cast<std::size_t>(timex::Unit::day)];
    const std::string_view since = text.substr(before.back().end, begin - before.back().end);
    const char* const end = since.data() + since.size();
    for (std::size_t at = since.find(noun); at != std::string_view::npos; at = since.find(noun, at + 1)) {
      const char* const after = since.data() + at + noun.size();
      if ((at == 0 || !timex::continues_word(since.data() + at - 1, end)) &&
          (!timex::continues_word(after, end) || (*after == 's' && !timex::continues_word(after + 1, end))))
        return nullptr;
    }
    return said;
  }
  return nullptr;
}

// The day an anaphor of `unit` counts from, and how precisely, after the date `named` ("2009" a
// year, "2009-03" a month, "2009-03-03T17:00" a day; a week, quarter, half or season for an anaphor
// of its own unit, "last week ... that week", and else only its year, "last week ... that day" is a
// day of 2014 not said); nullopt where the value names no days (the reference time stays).
std::optional<std::pair<date::sys_days, timex::Anchors::Precision>> day_to_count_from(const TimeExpression& named,
                                                                                      timex::Unit unit,
                                                                                      date::sys_days dct) {
  using Precision = timex::Anchors::Precision;
  const std::optional<Interval> period = interval_of(named, dct);
  if (!period) return std::nullopt;
  switch (period->granularity) {
    case Granularity::day:
      return std::pair{period->start, Precision::day};
    case Granularity::month:
      return std::pair{period->start, Precision::month};
    case Granularity::week:
    case Granularity::quarter:
    case Granularity::half:
    case Granularity::season: {
      const bool own_unit =
          (period->granularity == Granularity::week && (unit == timex::Unit::week || unit == timex::Unit::weekend)) ||
          (period->granularity == Granularity::quarter && unit == timex::Unit::quarter) ||
          (period->granularity == Granularity::half && unit == timex::Unit::half) ||
          (period->granularity == Granularity::season && unit == timex::Unit::season);
      if (own_unit) return std::pair{period->start, Precision::day};
      [[fallthrough]];
    }
    case Granularity::year:
      return std::pair{date::sys_days{date::year_month_day{period->start}.year() / 1 / 1}, Precision::year};
    default:
      return std::nullopt;
  }
}

// "back then" right after a past episode's date in its paragraph is that time, as TimeBank dates
// "Until then": "In 1998 the plant closed. Back then, workers were paid well." 1998 (was PAST_REF).
// Only a date of an earlier year than the DCT's, a few sentences before, with no other expression between.
void back_then_takes_the_episode(std::string_view text, std::vector<TimeExpression>& found, int document_year) {
  for (std::size_t k = 1; k < found.size(); ++k) {
    TimeExpression& t = found[k];
    if (t.value != "PAST_REF" || t.end - t.begin != 9 || (t.text != "back then" && t.text != "Back then")) continue;
    const TimeExpression* episode = antecedent_of(text, std::span(found).first(k), t.begin);
    if (episode == nullptr || episode->type != TimexType::date || !episode->mod.empty() ||
        year_of_value(episode->value) >= document_year)
      continue;
    t.value = episode->value;
  }
}

// In a narrative the speaker of a quotation speaks from the story's past, not from the DCT: what the
// quotation counts from the speaker's day ("tonight", "tomorrow", "next year", "15 months ago",
// "today") is counted from the day of the saying when the reporting clause dates it (days only:
// days_in_quotations_from_saying has moved them), else a date unknown to its unit ("I am tonight
// announcing": XXXX-XX-XXTNI, "the spring of next year" XXXX-SP, "It will be you tomorrow"
// XXXX-XX-XX). `from_document` marks the expressions counted from the DCT.
void narrative_quotations_from_saying(std::string_view text, std::vector<TimeExpression>& found,
                                      const std::vector<bool>& from_document,
                                      const std::vector<bool>& from_document_day) {
  const auto unknown = [](std::string& value) {
    for (std::size_t i = 0; i < value.size() && value[i] != 'T'; ++i)
      if (value[i] >= '0' && value[i] <= '9') value[i] = 'X';
  };
  for (std::size_t k = 0; k < found.size(); ++k) {
    TimeExpression& t = found[k];
    const bool today = from_document_day[k] && t.value == "PRESENT_REF";  // a narrative's "today" (normalize)
    if (!from_document[k] || (!today && (t.value.empty() || t.value[0] < '0' || t.value[0] > '9'))) continue;
    const auto quotation = timex::quotation_around(text, t.begin, t.end);
    if (!quotation) continue;
    if (const TimeExpression* saying = day_of_saying(text, found, k, quotation->first, quotation->second)) {
      if (today) t.value = saying->value;
      if (from_document_day[k]) continue;
    }
    if (today) t.value = "XXXX-XX-XX";
    unknown(t.value);
    if (t.range_begin) unknown(*t.range_begin);
    if (t.range_end) unknown(*t.range_end);
  }
}

// The words between two expressions of one clause: their count, or -1 when a sentence or clause
// ends between them (. ; ! ? or a blank line).
int words_between(std::string_view between) {
  int words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < between.size(); ++i) {
    const char c = between[i];
    if (c == '.' || c == ';' || c == '!' || c == '?' || (c == '\n' && i + 1 < between.size() && between[i + 1] == '\n'))
      return -1;
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        static_cast<unsigned char>(c) >= 0x80;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

// Whether the day in history at text[b, e) ("D-Day", holiday_only_year) is the one its sentence
// speaks of: a word of the Normandy landings in it ("D-Day veterans returned to Normandy", "the 75th
// anniversary of D-Day"). Else it is a deadline's name, no date ("D-Day for the reform", "Brexit
// D-Day").
bool names_its_day_in_history(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::string_view cues[] = {
      "Normandy",    "1944",           "landing",     "landings",    "Allied",       "Allies",   "veteran",
      "veterans",    "invasion",       "invaded",     "beaches",     "World War",    "WWII",     "Second World",
      "Nazi",        "Overlord",       "Omaha",       "Eisenhower",  "paratroopers", "soldiers", "troops",
      "anniversary", "commemorations", "commemorate", "commemorated"};
  const auto [from, to] = timex::sentence_around(text, b, e);
  const std::string_view sentence = text.substr(from, to - from);
  const auto is_word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  for (const std::string_view cue : cues)
    for (std::size_t at = sentence.find(cue); at != std::string_view::npos; at = sentence.find(cue, at + 1)) {
      const std::size_t after = at + cue.size();
      if ((at == 0 || !is_word_char(sentence[at - 1])) && (after == sentence.size() || !is_word_char(sentence[after])))
        return true;
    }
  return false;
}

// "Mohammed Eid": a holiday name that is also a family name ("Eid", holiday_other_reading) after a
// capitalised word inside a sentence is the name ("Muslims celebrate Eid", "After Eid" stay).
bool is_surname(std::string_view text, std::size_t b, const timex::Meaning& m) {
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto letter = [&](char c) { return upper(c) || (c >= 'a' && c <= 'z'); };
  if (!timex::holiday_other_reading(m.holiday) || b < 2 || text[b - 1] != ' ' || !letter(text[b - 2])) return false;
  std::size_t word = b - 1;
  while (word > 0 && letter(text[word - 1])) --word;
  if (!upper(text[word])) return false;
  const char before = word >= 2 && text[word - 1] == ' ' ? text[word - 2] : '.';
  if (before != '.' && before != '!' && before != '?' && before != '"') return true;
  // A sentence's first word is capitalised anyway: a name unless it is a word that leads a date.
  const std::string_view first = text.substr(word, b - 1 - word);
  for (const std::string_view leads : {"After", "Before", "During", "Since", "Until", "For", "On", "At", "By", "Happy",
                                       "This", "Last", "Next", "Over", "Ahead", "Throughout", "Celebrating"})
    if (first == leads) return false;
  return true;
}

// "the song "White Christmas"", "the film "Black Christmas"": a holiday that closes a short quotation
// after a capitalised word of its own is a title, not a date. Quoted speech ("we'll be home by
// Christmas") and a holiday quoted alone ("the "Christmas" truce") stay dates.
bool closes_quoted_title(std::string_view text, std::size_t b, std::size_t e) {
  const auto quotation = timex::quotation_around(text, b, e);
  if (!quotation || quotation->second - e > 3) return false;  // the closing mark (1 to 3 bytes) begins at e
  std::size_t from = quotation->first;
  while (from < b && !((text[from] >= 'A' && text[from] <= 'Z') || (text[from] >= 'a' && text[from] <= 'z'))) ++from;
  if (from >= b || text[from] < 'A' || text[from] > 'Z') return false;
  const std::string_view before = text.substr(from, b - from);
  constexpr std::size_t title_words = 2;
  return std::ranges::count(before, ' ') <= static_cast<std::ptrdiff_t>(title_words) &&
         before.find_first_of(".,;:!?") == std::string_view::npos;
}

// "This is VOA Today.", "told USA Today", "the Tonight Show", "the Today programme", "Apocalypse Now":
// "Today", "Tonight" or "Now" written capitalised after "the", "on" or a capitalised word inside a
// sentence, or before "Show" or "programme", is the name of a newspaper, a programme or a film, not
// the day. A sentence's first word is capitalised anyway: only an acronym ("USA Today reported") or
// a word that opens no phrase of time ("Apocalypse Now was"; not "Until Now", "Right Now"). A
// deictic day before "Never", "Once", "Is" or "Was" capitalised is a title's first word too.
bool names_a_programme(std::string_view text, std::size_t b, std::size_t e) {
  if (text[b] != 'T' && text[b] != 'N' && text[b] != 'Y') return false;  // most matches: no word to compare
  const std::string_view said = text.substr(b, e - b);
  // A title's word no running text capitalises after the day: "Tomorrow Never Dies opened",
  // "Yesterday Once More", "Today Is the Day" (not a headline in title case).
  if ((said == "Today" || said == "Tonight" || said == "Tomorrow" || said == "Yesterday") &&
      (text.substr(e).starts_with(" Never ") || text.substr(e).starts_with(" Once ") ||
       text.substr(e).starts_with(" Is ") || text.substr(e).starts_with(" Was ")))
    return !timex::in_title_case_line(text, b, e);
  if (said != "Today" && said != "Tonight" && said != "Tonite" && said != "Now") return false;
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto letter = [&](char c) { return upper(c) || (c >= 'a' && c <= 'z'); };
  const std::string_view after = text.substr(e);
  // "BBC Radio 4's Today programme", "on the Today program" as well.
  for (const std::string_view noun : {" Show", " show", " programme", " Programme", " program", " Program"})
    if (after.starts_with(noun)) return true;
  if (b < 2 || text[b - 1] != ' ' || !letter(text[b - 2])) return false;
  std::size_t word = b - 1;
  while (word > 0 && letter(text[word - 1])) --word;
  const std::string_view previous = text.substr(word, b - 1 - word);
  const bool opens_sentence = word < 2 || text[word - 1] != ' ' || [&] {
    const char before = text[word - 2];
    return before == '.' || before == '!' || before == '?' || before == '"' || before == ':' || before == '\n';
  }();
  // After "the", or after "on", which no day is said after ("appeared on Today with Savannah
  // Guthrie"; "said Today the talks would resume" keeps the day).
  if (previous == "the" || previous == "The" || previous == "on") return !timex::in_title_case_line(text, b, e);
  if (!upper(previous[0])) return false;
  if (opens_sentence) {
    const bool acronym = previous.size() >= 2 && std::all_of(previous.begin(), previous.end(), upper);
    constexpr std::array<std::string_view, 14> opens_time_phrase{"And",  "But",      "Until",     "Till",     "Since",
                                                                 "From", "Right",    "Just",      "Even",     "Only",
                                                                 "Up",   "Starting", "Beginning", "Effective"};
    if (!acronym && std::ranges::find(opens_time_phrase, previous) != opens_time_phrase.end()) return false;
  }
  return !timex::in_title_case_line(text, b, e);
}

// A set of days of any year or week, no time of day: "each Christmas Eve" (XXXX-12-24), "each
// Thanksgiving" (XXXX-11-XX), "every Monday" (XXXX-WXX-1).
bool is_set_of_days(const TimeExpression& t) {
  return t.type == TimexType::set && t.value.size() == 10 && t.value.starts_with("XXXX-");
}

// Whether `said` starts with a weekday's name as written, capitalised (the lexicon's weekday_full):
// "Monday", "Friday night", "Sundays".
bool weekday_written_at(std::string_view said) {
  if (said.size() < 2 || !(said[0] >= 'A' && said[0] <= 'Z') || !(said[1] >= 'a' && said[1] <= 'z')) return false;
  const char* it = said.data();
  int weekday = 0;
  return timex::x3::parse(it, said.data() + said.size(), timex::x3::no_case[timex::lexicon::weekday_full], weekday);
}

// Whether a midnight that takes its day from `day` ends that day: a night or an evening ("Tuesday
// night", "the night of April 18, 1775", "On the night of March 3"), a day's end ("Late on Friday")
// or a weekday ("On Friday"), whose midnight is its T24:00 as "midnight Friday" is. A numbered date
// alone keeps its 00:00, as "at midnight on 12th August" does.
bool midnight_ends(std::string_view text, const TimeExpression& day) {
  if (day.value.size() < 10 || !names_a_day(day.value) || day.range_begin) return false;
  const std::string_view value = day.value;
  if (value.size() == 13 && (value.ends_with("TNI") || value.ends_with("TEV"))) return true;
  if (value.size() != 10) return false;
  if (day.mod == "END") return true;
  const std::string_view before = text.substr(0, day.begin);
  if (before.ends_with("night of ") || before.ends_with("evening of ") || before.ends_with("Night of ") ||
      before.ends_with("Evening of "))
    return true;
  const std::string_view said = day.text;
  for (std::size_t at = 0; at + 1 < said.size(); ++at)
    if (weekday_written_at(said.substr(at))) return true;
  return false;
}

// Whether text between two expressions stays in one sentence: no end of one, no paragraph break.
bool in_one_sentence(std::string_view between) {
  return between.find_first_of(".!?") == std::string_view::npos && between.find("\n\n") == std::string_view::npos;
}

// In a narrative, the year of a yearless month at text[b] (of meaning `m`) inside the season the text
// named without its year just before (`last`, of meaning `last_meaning`), in its sentence or the next
// (a heading's counts): the season's, so that the two agree ("in December 2008. [Spring offensives]
// ... At the end of March" 2008-03 as the spring was read, 2008-SP; was run on to 2009-03). unset
// otherwise.
int year_of_season_before(std::string_view text, std::size_t b, const timex::Meaning& m, const TimeExpression* last,
                          const timex::Meaning* last_meaning) {
  using timex::unset;
  if (last == nullptr || last_meaning == nullptr || last->end > b || !is_yearless_season(*last_meaning) ||
      !is_yearless_month(m) || last->value.size() < 7 ||
      !(std::isdigit(static_cast<unsigned char>(last->value[0])) || last->value.starts_with("BC")) ||
      (!in_one_sentence(text.substr(last->end, b - last->end)) &&
       !timex::one_sentence_ends_between(text, last->end, b, true)))
    return unset;
  const int first_month = timex::season_start_month(last_meaning->point.season);
  const int months_in = (m.point.month - first_month + 12) % 12;
  if (months_in > 2) return unset;
  return year_of_value(last->value) + (m.point.month < first_month ? 1 : 0);  // a winter's January is the next year's
}

// Whether a word between a date and a clock time names a length or another day, which moves the time
// off the date: "three hours later", "the next day", "the following morning", "overnight".
bool names_a_length_or_day(std::string_view between) {
  static constexpr std::array<std::string_view, 24> moving{
      "later",  "earlier", "afterwards", "afterward", "next",  "following", "previous", "overnight",
      "minute", "minutes", "hour",       "hours",     "day",   "days",      "week",     "weeks",
      "month",  "months",  "year",       "years",     "night", "nights",    "midnight", "dawn"};
  return timex::any_word_in(between, 0, between.size(), [](std::string_view said) {
    std::string word(said);
    for (char& c : word) c = static_cast<char>(c | 0x20);
    return std::ranges::find(moving, word) != moving.end();
  });
}

// Whether a clock time's text counts its day on from another day of the story: "09:30 the following
// morning", "7:40 the next day", "6 a.m. next morning", "noon two days later". Such a day is the
// later time's own, not the one a clock time before it shares ("leaves Paris at 20:52 and reaches
// Vienna at 09:30 the following morning": 20:52 keeps its day); "10pm next Friday" names its own.
bool counts_from_another_day(std::string_view said) {
  bool after_next = false, counts = false;
  timex::any_word_in(said, 0, said.size(), [&](std::string_view word) {
    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(c | 0x20);
    if (after_next &&
        (lower == "day" || lower == "morning" || lower == "afternoon" || lower == "evening" || lower == "night"))
      counts = true;
    if (lower == "following" || lower == "later" || lower == "subsequent" || lower == "ensuing" ||
        lower == "previous" || lower == "preceding" || lower == "earlier")
      counts = true;
    after_next = lower == "next";
    return counts;
  });
  return counts;
}

// Whether "on a" (or "on an") and a weekday's name stand right after a clock time ending at `end`
// ("at 10 a.m. on a Monday"), or before it and its "at" ("on a Thursday at 7 a.m.", the weekday
// inside the expression or not): some such day, no particular one, which weekday_of_no_week leaves
// untagged.
bool beside_weekday_of_no_week(std::string_view text, std::size_t begin, std::size_t end) {
  if (weekday_written_at(text.substr(begin))) {
    const std::string_view before = text.substr(0, begin);
    return before.ends_with("on a ") || before.ends_with("on an ") || before.ends_with("On a ") ||
           before.ends_with("On an ");
  }
  std::string_view after = text.substr(end);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  for (const std::string_view article : {"on a ", "on an "})
    if (after.starts_with(article) && weekday_written_at(after.substr(article.size()))) return true;
  std::string_view before = text.substr(0, begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.ends_with(" at")) before.remove_suffix(3);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  std::size_t word = before.size();
  while (word > 0 && ((before[word - 1] | 0x20) >= 'a' && (before[word - 1] | 0x20) <= 'z')) --word;
  if (word == before.size() || !weekday_written_at(before.substr(word))) return false;
  before = before.substr(0, word);
  return before.ends_with("on a ") || before.ends_with("on an ") || before.ends_with("On a ") ||
         before.ends_with("On an ");
}

// The year alone that sets the scene of the sentence of found[i] before it ("In 1998, ...", "Back in
// 2011, ...": sets_the_scene), or nullptr.
const TimeExpression* scene_year_before(std::string_view text, const std::vector<TimeExpression>& found,
                                        std::size_t i) {
  for (std::size_t j = i; j-- > 0;) {
    const TimeExpression& year = found[j];
    if (year.end > found[i].begin || !in_one_sentence(text.substr(year.end, found[i].begin - year.end))) return nullptr;
    if (year.type == TimexType::date && year.value.size() == 4 &&
        std::ranges::all_of(year.value, timex::ascii::is_digit) && timex::sets_the_scene(text, year.begin, year.end))
      return &year;
  }
  return nullptr;
}

// Whether the sentence of the midnight `time` goes on with the story that the sentence right before
// it told on `day`: "Early on Saturday the ferry left port. It docked shortly after midnight", "A
// storm hit the coast on Sunday. Power lines fell shortly before midnight", "Protesters gathered on
// Friday. Police cleared the square around midnight". Both sentences tell the past, the midnight's is
// the next one in its paragraph and no quote; no word between names a length or another day ("The
// next day it docked ..."). Not "A storm hit on Sunday. The curfew begins at midnight" (the present),
// nor "... Power lines will be restored by midnight", nor a quote (a sentence of "Lines fell before midnight," he
// said).
bool story_runs_on_to_midnight(std::string_view text, const TimeExpression& day, const TimeExpression& time) {
  const std::size_t day_sentence_end = timex::sentence_around(text, day.begin, day.end).second;
  const auto [time_sentence, time_sentence_end] = timex::sentence_around(text, time.begin, time.end);
  if (day_sentence_end >= text.size() || text[day_sentence_end] != '.' || time_sentence != day_sentence_end + 1 ||
      time_sentence > time.begin)
    return false;
  const std::string_view sentence = text.substr(time_sentence, time_sentence_end - time_sentence);
  if (sentence.find('"') != std::string_view::npos || sentence.find("\xe2\x80\x9c") != std::string_view::npos ||
      sentence.find("\xe2\x80\x9d") != std::string_view::npos)
    return false;
  const auto told_past = [&](const TimeExpression& t) {
    const timex::Tense tense = timex::clause_tense(text, t.begin, t.end);
    return tense == timex::Tense::past || tense == timex::Tense::event_past;
  };
  return told_past(day) && told_past(time) && !names_a_length_or_day(text.substr(day.end, time.begin - day.end));
}

// A yearless month or day that a thing was first due on, later in its sentence the new date it was
// moved to: "The film, originally due in March, will now stream from Sept. 4" said 2014-06-10,
// "Originally planned for March, the launch was pushed to June" said 2014-01-10, "The summit,
// initially scheduled for April, will now be held on Oct. 12". A date put off lies before the one it
// was put off to: the original is the last such month at or before the new date's (2014-03, were
// 2015-03 and 2013-03), whatever the tense of its clause. Its mirror, a date brought forward ("brought
// forward", "moved up", "moved forward", "pulled forward", "advanced to"), lies after the new one: the
// first such month at or after it ("The vote, originally scheduled for November, was brought forward
// to June" said 2014-02-05 is 2014-11, was 2013-11), and so does the date it was brought forward from
// ("was brought forward from November to March"). Not a date with its year written.
void original_date_beside_its_new_one(std::string_view text, std::vector<TimeExpression>& found) {
  const auto lowered = [](std::string_view said) {
    std::string word(said);
    for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return word;
  };
  const auto month_value = [](const std::string& value) {
    return (value.size() == 7 || value.size() == 10) && value[4] == '-' &&
           std::all_of(value.begin(), value.begin() + 4, timex::ascii::is_digit);
  };
  for (std::size_t i = 0; i + 1 < found.size(); ++i) {
    TimeExpression& original = found[i];
    const auto digits = std::ranges::count_if(original.text, timex::ascii::is_digit);
    // A month, or a month's day ("March 3"); not a weekday, a day of the week the new date's year
    // does not move.
    if (original.type != TimexType::date || !month_value(original.value) || original.range_begin || digits >= 4 ||
        (original.value.size() == 10 && digits == 0))
      continue;
    // "originally|initially|first" "due|scheduled|planned|set|slated|expected" "for|in|on|" before it.
    // The words lower-cased in place (ShortWord: no string per month named, which every document
    // paid; a word over 16 letters keeps 16, which no listed word of at most 10 equals).
    std::array<timex::ShortWord, 3> before;
    std::size_t words = 0;
    std::size_t at = original.begin;
    while (words < before.size() && at > 0) {
      while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ',')) --at;
      std::size_t from = at;
      while (from > 0 && timex::ascii::is_letter(text[from - 1])) --from;
      if (from == at) break;
      before[words++] = timex::ShortWord(text.data() + from, at - from);
      at = from;
    }
    std::size_t k = 0;
    if (k < words && (before[k] == "for" || before[k] == "in" || before[k] == "on")) ++k;
    static constexpr std::array<std::string_view, 6> planned{"due", "scheduled", "planned",
                                                             "set", "slated",    "expected"};
    static constexpr std::array<std::string_view, 3> first{"originally", "initially", "first"};
    const bool first_set = k + 1 < words && std::ranges::find(planned, before[k].view()) != planned.end() &&
                           std::ranges::find(first, before[k + 1].view()) != first.end();
    const bool after_from = words > 0 && before[0] == "from";
    // The sentence is read only past these word tests (most months named are neither).
    if (!first_set && !after_from) continue;
    const auto [sentence, sentence_end] = timex::sentence_around(text, original.begin, original.end);
    const std::string said = lowered(text.substr(sentence, sentence_end - sentence));
    // Where the sentence brings the date forward, or npos.
    std::size_t forward = std::string::npos;
    for (const std::string_view earlier :
         {"brought forward", "brought it forward", "moved forward", "pulled forward", "moved up", "moved it up",
          "advanced to", "was advanced from", "were advanced from", "be advanced from"})
      forward = std::min(forward, said.find(earlier));
    const bool brought_forward = forward != std::string::npos;
    // "brought forward from November to March": the date it was brought forward from.
    const bool forward_from = brought_forward && after_from && sentence + forward < original.begin;
    if (!first_set && !forward_from) continue;
    if (!brought_forward && said.find("advanced") != std::string::npos) continue;
    for (std::size_t j = i + 1; j < found.size() && found[j].begin < sentence_end; ++j) {
      const TimeExpression& moved_to = found[j];
      if (moved_to.type != TimexType::date || !month_value(moved_to.value)) continue;
      const int to_year = std::stoi(moved_to.value.substr(0, 4));
      const int to_month = std::stoi(moved_to.value.substr(5, 2));
      const int month = std::stoi(original.value.substr(5, 2));
      const int year =
          brought_forward ? (month >= to_month ? to_year : to_year + 1) : (month <= to_month ? to_year : to_year - 1);
      original.value = std::to_string(year) + original.value.substr(4);
      break;
    }
  }
}

// The minutes a count of hours or minutes before "later" or "earlier" ("an hour later", "30 minutes
// earlier") moves from the time it counts from, negative back, when it took a day but no clock time
// ("2025-10-05TXX"); 0 otherwise.
int counted_clock_minutes(const timex::Meaning& m, const TimeExpression& t) {
  using timex::Direction, timex::Unit;
  if (t.type != TimexType::time || !t.value.ends_with("TXX") || m.kind != timex::Kind::relative || !m.amount_explicit ||
      m.amount_vague || (m.unit != Unit::hour && m.unit != Unit::minute) ||
      (m.direction != Direction::next && m.direction != Direction::previous))
    return 0;
  const double minutes = m.amount * (m.unit == Unit::hour ? 60 : 1);
  if (minutes != std::floor(minutes) || minutes <= 0 || minutes > 48 * 60) return 0;
  return static_cast<int>(m.direction == Direction::previous ? -minutes : minutes);
}

// A count of hours or minutes later or earlier right after a clock time of its day, in its sentence
// or opening the next, counts from that clock time: "The ceasefire expired at 6 p.m. on Sunday and
// fighting resumed an hour later" 2025-10-05T19:00 (was 2025-10-05TXX, the day alone), "At 11:40
// p.m. the ship struck the iceberg. Two hours and 40 minutes later it sank" the next day's T02:20.
// From the clock time's day as the passes before gave it ("On Friday the truce began at midnight. An
// hour later" Friday's T24:00 and an hour: Saturday's T01:00).
void counts_from_the_clock_before(std::string_view text, std::vector<TimeExpression>& found,
                                  const std::vector<int>& minutes_from_clock) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    if (minutes_from_clock[i] == 0) continue;
    TimeExpression& count = found[i];
    const TimeExpression& clock = found[i - 1];
    const std::string_view v = clock.value;
    constexpr auto digit = timex::ascii::is_digit;
    if (clock.type != TimexType::time || clock.range_begin || !clock.mod.empty() || v.size() != 16 || !names_a_day(v) ||
        !digit(v[11]) || !digit(v[12]) || v[13] != ':' || !digit(v[14]) || !digit(v[15]) || clock.end > count.begin)
      continue;
    const std::string_view between = text.substr(clock.end, count.begin - clock.end);
    if (!in_one_sentence(between) && !timex::one_sentence_ends_between(text, clock.end, count.begin)) continue;
    const int minutes =
        ((v[11] - '0') * 10 + (v[12] - '0')) * 60 + (v[14] - '0') * 10 + (v[15] - '0') + minutes_from_clock[i];
    const int day_shift = minutes >= 0 ? minutes / (24 * 60) : -((24 * 60 - 1 - minutes) / (24 * 60));
    const int in_day = minutes - day_shift * 24 * 60;
    const auto two_digits = [](int n) {
      return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
    };
    count.value = moved_day(v.substr(0, 10), date::days{day_shift}) + "T" + two_digits(in_day / 60) + ":" +
                  two_digits(in_day % 60);
  }
}

// A weekday said alone or with its week ("Tuesday", "Wednesday next week"), no day, month, hour,
// part of the day or direction word ("last Friday"): what weekdays_joined_lie_together reads.
struct WeekdaySaid {
  int weekday = timex::unset;  // C encoding (0 is Sunday); unset for any other expression
  bool week_named = false;     // "next week", "last week", "this week" in the phrase
};

WeekdaySaid weekday_said_of(const timex::Meaning& m) {
  using timex::unset;
  if (m.kind == timex::Kind::calendar && m.point.weekday != unset && m.point.year == unset && m.point.month == unset &&
      m.point.day == unset && m.point.hour == unset && m.point.part_of_day == unset && m.day_shift == 0 &&
      !m.has_range_end && m.holiday == unset && m.direction == timex::Direction::by_tense)
    return {m.point.weekday, m.week_offset != unset};
  return {};
}

// Two weekdays joined by "and" or "or" ("on Monday and Tuesday", "Tuesday or Thursday") are days
// of one stretch, the second after the first, however each alone would have been read: "cancelled
// flights on Monday and Tuesday" said on a Monday is that day and the next, not today and last
// Tuesday. A week named after the second is the first's too ("strike on Tuesday and Wednesday next
// week": both next week's).
void weekdays_joined_lie_together(std::string_view text, std::vector<TimeExpression>& found,
                                  const std::vector<WeekdaySaid>& weekday_said) {
  for (std::size_t i = 0; i + 1 < found.size() && i + 1 < weekday_said.size(); ++i) {
    TimeExpression& first = found[i];
    TimeExpression& second = found[i + 1];
    const WeekdaySaid& first_said = weekday_said[i];
    const WeekdaySaid& second_said = weekday_said[i + 1];
    if (first_said.weekday == timex::unset || second_said.weekday == timex::unset ||
        first_said.weekday == second_said.weekday || first_said.week_named || first.end > second.begin)
      continue;
    if (first.type != TimexType::date || second.type != TimexType::date || first.range_begin || second.range_begin ||
        first.value.size() != 10 || second.value.size() != 10 || !names_a_day(first.value) ||
        !names_a_day(second.value))
      continue;
    const std::string_view between = text.substr(first.end, second.begin - first.end);
    if (between != " and " && between != " or " && between != ", and " && between != ", or " && between != " and on " &&
        between != " or on ")
      continue;
    // Read apart as one stretch already: the second after the first within a week, or a few days
    // before it, as a list going back ("statements made Friday and Thursday").
    const auto read_apart = (day_named(second.value) - day_named(first.value)).count();
    if ((read_apart >= 1 && read_apart <= 6) || (read_apart >= -3 && read_apart <= -1)) continue;
    const date::days apart{(second_said.weekday - first_said.weekday + 7) % 7};
    if (second_said.week_named)
      first.value = timex::day_value(day_named(second.value) - apart);
    else
      second.value = timex::day_value(day_named(first.value) + apart);
  }
}

// Two sets of weekdays joined by "and" or "or", one of them with its clock time or hours, share
// them: "on Tuesdays and Thursdays from 9 a.m. to 5 p.m." Tuesdays XXXX-WXX-2T09:00 range
// ..XXXX-WXX-2T17:00 as Thursdays (was XXXX-WXX-2 alone), "9 a.m. to 5 p.m. on Tuesdays and
// Thursdays" Thursdays XXXX-WXX-4T09:00. Each day keeps its own tag; not a set whose days are a
// range ("weekdays"), nor two with times of their own.
void weekday_sets_share_their_hours(std::string_view text, std::vector<TimeExpression>& found) {
  constexpr std::string_view any_week = "XXXX-WXX-";
  const auto plain = [&](const TimeExpression& t) {
    return t.type == TimexType::set && t.value.size() == any_week.size() + 1 && t.value.starts_with(any_week) &&
           !t.range_begin;
  };
  const auto timed = [&](const TimeExpression& t) {
    return t.type == TimexType::set && t.value.size() > any_week.size() + 2 && t.value.starts_with(any_week) &&
           t.value[any_week.size() + 1] == 'T';
  };
  // The time part of a value of `timed` ("T09:00"), put after the day of `day` ("XXXX-WXX-2").
  const auto on_day = [&](const std::string& day, const std::string& value) {
    return day + value.substr(any_week.size() + 1);
  };
  for (std::size_t i = 0; i + 1 < found.size(); ++i) {
    TimeExpression& first = found[i];
    TimeExpression& second = found[i + 1];
    if (first.end > second.begin) continue;
    const std::string_view between = text.substr(first.end, second.begin - first.end);
    if (between != " and " && between != " or " && between != ", and ") continue;
    const bool first_takes = plain(first) && timed(second);
    if (!first_takes && !(timed(first) && plain(second))) continue;
    TimeExpression& day = first_takes ? first : second;
    const TimeExpression& hours = first_takes ? second : first;
    const std::string bare_day = day.value;
    day.value = on_day(bare_day, hours.value);
    if (hours.range_begin && hours.range_end) {
      day.range_begin = on_day(bare_day, *hours.range_begin);
      day.range_end = on_day(bare_day, *hours.range_end);
    }
    if (!day.zone_offset) day.zone_offset = hours.zone_offset;
  }
}

// Whether `said` holds figures, clock words and joining words alone, no day or month ("10 a.m. to
// 5 p.m.", "5 a.m. to midnight", "7:30 p.m.").
bool says_clock_words_alone(std::string_view said) {
  std::size_t at = 0;
  while (at < said.size()) {
    const auto c = static_cast<unsigned char>(said[at]);
    if (!std::isalpha(c)) {
      ++at;
      continue;
    }
    std::size_t word_end = at;
    while (word_end < said.size() &&
           (std::isalpha(static_cast<unsigned char>(said[word_end])) || said[word_end] == '.'))
      ++word_end;
    std::string word(said.substr(at, word_end - at));
    for (char& l : word) l = static_cast<char>(std::tolower(static_cast<unsigned char>(l)));
    constexpr std::array<std::string_view, 13> clock_words{"a.m.",  "p.m.", "am",  "pm",      "a.m",  "p.m",     "to",
                                                           "until", "till", "and", "through", "noon", "midnight"};
    if (std::ranges::find(clock_words, word) == clock_words.end()) return false;
    at = word_end;
  }
  return true;
}

// A range of hours alone: a TIME of figures, clock words and joining words, no day or month ("10
// a.m. to 5 p.m.", "5 a.m. to midnight").
bool is_hours_alone(const TimeExpression& t) {
  return t.type == TimexType::time && t.range_begin && t.range_end && says_clock_words_alone(t.text);
}

// The time of day of a value ("T10:00" of "2014-02-05T10:00"), empty without one.
std::string time_of_value(const std::string& value) {
  const std::size_t t = value.find('T');
  return t == std::string::npos ? std::string() : value.substr(t);
}

// Hours alone that a schedule's subject is in the present are every day's, a SET as "daily, 7
// a.m. to 7 p.m." is: "Opening hours are 10 a.m. to 6 p.m." XXXX-XX-XXT10:00 range
// ..XXXX-XX-XXT18:00, "Service runs from 5 a.m. to midnight" (follows_schedule_subject; were a TIME
// of the document's day). "Polls are open from 7 a.m. to 8 p.m." stays one day's.
void schedule_hours_recur(std::string_view text, std::vector<TimeExpression>& found) {
  constexpr std::string_view any_day = "XXXX-XX-XX";
  for (TimeExpression& hours : found) {
    if (!is_hours_alone(hours) || !timex::follows_schedule_subject(text, hours.begin)) continue;
    const std::string opens = time_of_value(*hours.range_begin), closes = time_of_value(*hours.range_end);
    if (opens.empty() || closes.empty()) continue;
    hours.type = TimexType::set;
    hours.value = std::string(any_day) + opens;
    hours.range_begin = hours.value;
    hours.range_end = std::string(any_day) + closes;
  }
}

// A clock time or hours alone right before a range of weekdays, in a clause not told in the past,
// are each of those days', one SET, as the hours after a set of days are
// (weekday_range_set_takes_its_hours): "Performances are at 7:30 p.m. Tuesday through Saturday"
// XXXX-WXX-2T19:30 range ..XXXX-WXX-6T19:30, "The store is open 9 a.m. to 6 p.m. Monday through
// Saturday" XXXX-WXX-1T09:00 range ..XXXX-WXX-6T18:00 (were the document's day's time and one
// week's days), "The library closes at 4 p.m., Monday through Friday". So is a clock time "at" right
// after the range: "Performances are Tuesday through Saturday at 7:30 p.m.", "The clinic opens Monday
// through Thursday at 8 a.m." (were the days and the document's day's time). Only a standing
// arrangement's, and not in the past: "Pilots will strike at 5 a.m. Friday through Sunday", "The
// talks were held at 10 a.m. Monday to Wednesday" are a time on the first of those days and the days.
void hours_before_weekday_range_recur(std::string_view text, std::vector<TimeExpression>& found) {
  constexpr std::string_view any_week = "XXXX-WXX-";
  const auto weekday_of = [&](const std::string& value) -> std::string {
    if (value.size() == any_week.size() + 1 && value.starts_with(any_week)) return value.substr(any_week.size());
    if (value.size() != 10 || value[4] != '-' || value[7] != '-') return {};
    return std::to_string(date::weekday{day_named(value)}.iso_encoding());
  };
  for (std::size_t i = 0; i + 1 < found.size(); ++i) {
    const bool hours_first = found[i].end <= found[i + 1].begin &&
                             (found[i].type == TimexType::time || found[i].type == TimexType::set) &&
                             found[i + 1].range_begin.has_value();
    TimeExpression& hours = hours_first ? found[i] : found[i + 1];
    TimeExpression& days = hours_first ? found[i + 1] : found[i];
    const bool a_time =
        hours.type == TimexType::time || (hours.type == TimexType::set && hours.value.starts_with("XXXX-XX-XXT"));
    if (!a_time || !says_clock_words_alone(hours.text) || found[i].end > found[i + 1].begin) continue;
    if (!days.range_begin || !days.range_end || (days.type != TimexType::date && days.type != TimexType::set)) continue;
    const std::string_view between = text.substr(found[i].end, found[i + 1].begin - found[i].end);
    if (hours_first ? between != " " && between != " on " && between != ", " : between != " at ") continue;
    // Both ends named by their weekdays alone ("Tuesday through Saturday", "Mon-Fri").
    const std::string first = weekday_of(*days.range_begin), last = weekday_of(*days.range_end);
    timex::Meaning said;
    const char* const said_end = timex::weekday_range_end(text.data() + days.begin, text.data() + text.size(), said);
    if (first.empty() || last.empty() || said_end != text.data() + days.end || !is_weekday_range(said)) continue;
    // The days recur only when they are a standing arrangement's: a SET already ("The office is open
    // Monday to Friday at 9 a.m.", "Performances are Tuesday through Saturday at 7:30 p.m."), or the
    // clock time before them follows such a verb or subject, its "at" read with it ("Performances
    // are at 7:30 p.m. Tuesday through Saturday", "The library closes at 4 p.m., Monday through
    // Friday"). "Workers strike Monday to Wednesday at 6 a.m.", "Pilots will strike at 5 a.m. Friday
    // through Sunday" are one week's days and a time.
    std::size_t said_from = hours.begin;
    if (timex::previous_word(text, hours.begin) == "at") {
      while (said_from > 0 && text[said_from - 1] == ' ') --said_from;
      said_from -= 2;
    }
    const timex::Tense told = timex::clause_tense(text, found[i].begin, found[i + 1].end);
    // A habitual verb in the present, as the normaliser asks of the days: "The airport will shut at
    // 11 p.m. Friday through Sunday" is one week's. A schedule's subject says the routine itself.
    const bool standing = days.type == TimexType::set ||
                          (hours_first && (timex::follows_schedule_subject(text, said_from) ||
                                           ((told == timex::Tense::present || told == timex::Tense::unknown) &&
                                            timex::follows_habitual_verb(text, said_from))));
    if (told == timex::Tense::past || told == timex::Tense::event_past || !standing) {
      // One week's days: the time is the first day's, as it was with that day alone ("The talks
      // were held at 10 a.m. Monday to Wednesday": Monday at 10 a.m., not the DCT's day).
      if (hours.type == TimexType::time && days.type == TimexType::date) {
        const std::string& first_day = *days.range_begin;
        hours.value = first_day + time_of_value(hours.value);
        if (hours.range_begin) hours.range_begin = first_day + time_of_value(*hours.range_begin);
        if (hours.range_end) hours.range_end = first_day + time_of_value(*hours.range_end);
      }
      continue;
    }
    const std::string opens = time_of_value(hours.range_begin ? *hours.range_begin : hours.value);
    const std::string closes = time_of_value(hours.range_end ? *hours.range_end : hours.value);
    if (opens.empty() || closes.empty()) continue;
    TimeExpression each = days;
    each.type = TimexType::set;
    each.value = std::string(any_week) + first + opens;
    each.range_begin = each.value;
    each.range_end = std::string(any_week) + last + closes;
    each.begin = found[i].begin;
    each.end = found[i + 1].end;
    each.text.assign(text.substr(each.begin, each.end - each.begin));
    if (!each.zone_offset) each.zone_offset = hours.zone_offset;
    found[i] = std::move(each);
    found.erase(found.begin() + static_cast<std::ptrdiff_t>(i + 1));
  }
}

// A set of a range of weekdays and the hours right after it, which name no day of their own, are
// one SET, the hours each day's, as "Thursdays through Saturdays at 8 p.m." is: "The museum is open
// Tuesday through Sunday, 10 a.m. to 5 p.m." XXXX-WXX-2T10:00 range ..XXXX-WXX-7T17:00 (were the set
// and a TIME on the document's day). A SET holds one range: from the first day's opening to the
// last day's closing. Not hours with a day of their own ("10 a.m. to 5 p.m. on Friday").
void weekday_range_set_takes_its_hours(std::string_view text, std::vector<TimeExpression>& found) {
  constexpr std::string_view any_week = "XXXX-WXX-";
  const auto one_of = [](std::string_view w, std::initializer_list<std::string_view> words) {
    return std::ranges::find(words, w) != words.end();
  };
  const auto day_range = [&](const TimeExpression& t) {
    return t.type == TimexType::set && t.range_begin && t.range_end && t.value.size() == any_week.size() + 1 &&
           t.value.starts_with(any_week) && t.range_end->size() == any_week.size() + 1;
  };
  for (std::size_t i = 0; i < found.size(); ++i) {
    TimeExpression& days = found[i];
    if (!day_range(days)) continue;
    // Bare hours no tag took: "The office is open Mon-Fri 9-5." XXXX-WXX-1T09:00 range
    // ..XXXX-WXX-5T17:00, as "weekdays 9 to 5" reads (hours_after_weekdays; they end the clause).
    if (i + 1 == found.size() || found[i + 1].begin > days.end + 1) {
      std::string opens, closes;
      const timex::Span after{text.data(), text.data() + days.end, text.data() + text.size()};
      const char* const hours_end = timex::hours_after_weekdays(after, after.start, opens, closes);
      if (hours_end != nullptr &&
          (i + 1 == found.size() || found[i + 1].begin >= std::size_t(hours_end - text.data()))) {
        days.value += opens;
        days.range_begin = *days.range_begin + opens;
        days.range_end = *days.range_end + closes;
        days.end = static_cast<std::size_t>(hours_end - text.data());
        days.text.assign(text.substr(days.begin, days.end - days.begin));
        continue;
      }
    }
    if (i + 1 == found.size()) continue;
    const TimeExpression& hours = found[i + 1];
    if (days.end > hours.begin || !is_hours_alone(hours)) continue;
    const std::string_view between = text.substr(days.end, hours.begin - days.end);
    if (!one_of(between, {" ", ", ", " from ", ", from ", " between ", ", between "})) continue;
    const std::string opens = time_of_value(*hours.range_begin), closes = time_of_value(*hours.range_end);
    if (opens.empty() || closes.empty()) continue;
    days.value += opens;
    days.range_begin = *days.range_begin + opens;
    days.range_end = *days.range_end + closes;
    if (!days.zone_offset) days.zone_offset = hours.zone_offset;
    days.end = hours.end;
    days.text.assign(text.substr(days.begin, days.end - days.begin));
    found.erase(found.begin() + static_cast<std::ptrdiff_t>(i + 1));
  }
}

// A clock time said without its day, or a part of the day after "in" ("in the morning"), takes the
// day of a date in its clause (docs/time-expressions.md):
// "on 12 December, from 7am until 10pm" (the date before it, up to six words away), "will open at
// 7am and close at 10pm on 12 December" (a clock time after it, coordinated with "and", "or",
// "until", "to", "then" or a dash, whose date follows it). The anchor's day it took stays when no
// date is that near. A clock time after one that took a date's day, in its sentence and as near,
// takes that day too ("The concert on 20 June starts at 8 p.m., and the gates open at 6 p.m."). After
// a set of days it is that time of each, a set as "every Monday at 9 a.m." is: "Each Christmas Eve
// the bells ring at midnight" XXXX-12-24T00:00, "Every Monday the staff meet at 9 a.m."
// XXXX-WXX-1T09:00 (TimeBank anchors "Monday" to the set "Tuesday nights": XXXX-WXX-1TNI).
// Out of line (once per text): inlined, it cost the scan loop its own inlining, +8M instructions
// over the corpora (bench/timex_speed under callgrind).
[[gnu::noinline]] void clock_times_share_their_day(std::string_view text, std::vector<TimeExpression>& found,
                                                   const std::vector<bool>& day_from_anchor, int document_year) {
  constexpr int max_words_after_date = 6;
  constexpr int max_words_to_next_time = 4;
  const auto coordinated = [](std::string_view between) {
    for (const std::string_view word : {"and", "or", "until", "till", "to", "then", "-", "\xE2\x80\x93"}) {
      for (std::size_t at = between.find(word); at != std::string_view::npos; at = between.find(word, at + 1)) {
        const bool starts = at == 0 || between[at - 1] == ' ' || between[at - 1] == ',';
        const std::size_t after = at + word.size();
        const bool ends = after == between.size() || between[after] == ' ';
        if (starts && ends) return true;
      }
    }
    return false;
  };
  // A clock time naming no day, or on "a" weekday (some such day), in a sentence a year other than
  // the DCT's opens as its scene is on an unknown day of that year when told in the past, as a part
  // of a day counted from a year is (day_within_reference): "In 1998, the store opened at 10 a.m."
  // and "In 1998, the company opened its first store at 10 a.m. on a Monday" 1998-XX-XXT10:00, were
  // the DCT's; its month when the weekday is said in one ("on a Monday in October" 1987-10-XXT09:30).
  // "In 1998, the company was founded; today its stores open at 10 a.m." stays the DCT's.
  const auto on_scene_year = [&](std::size_t i) {
    TimeExpression& time = found[i];
    const TimeExpression* year = scene_year_before(text, found, i);
    if (year == nullptr || std::atoi(year->value.c_str()) == document_year) return false;
    std::string unknown_day = year->value + "-XX-XX";
    if (i + 1 < found.size() && found[i + 1].type == TimexType::date && found[i + 1].value.size() == 7 &&
        found[i + 1].value.starts_with(year->value) && found[i + 1].begin > time.end) {
      const std::string_view between = text.substr(time.end, found[i + 1].begin - time.end);
      if (between.ends_with(" in ") && words_between(between) >= 0 && words_between(between) <= 4)
        unknown_day = found[i + 1].value + "-XX";
    }
    time.value.replace(0, 10, unknown_day);
    if (time.range_begin) time.range_begin->replace(0, 10, unknown_day);
    if (time.range_end) time.range_end->replace(0, 10, unknown_day);
    return true;
  };
  std::vector<bool> given_day(found.size(), false);  // a clock time that took a date's day here
  for (std::size_t i = 0; i < found.size(); ++i) {
    TimeExpression& time = found[i];
    if (time.type != TimexType::time || !names_a_day(time.value) || time.value.size() == 10) continue;
    // "on a Thursday at 7 a.m.": the weekday in it names no day of its own.
    const bool of_no_week = beside_weekday_of_no_week(text, time.begin, time.end);
    if (!day_from_anchor[i]) {
      if (of_no_week && weekday_written_at(time.text)) on_scene_year(i);
      continue;
    }
    const std::string_view taken_day = std::string_view(time.value).substr(0, 10);
    if ((time.range_begin && !time.range_begin->starts_with(taken_day)) ||
        (time.range_end && !time.range_end->starts_with(taken_day)))
      continue;
    std::string_view day;
    // A set of days before it makes the clock time that time of each of them.
    bool of_set = false;
    if (i > 0 && !day_from_anchor[i - 1] && (names_a_day(found[i - 1].value) || is_set_of_days(found[i - 1])) &&
        !found[i - 1].range_begin) {
      const std::string_view between = text.substr(found[i - 1].end, time.begin - found[i - 1].end);
      const int words = words_between(between);
      // Not a date in a relative clause the comma after it closes: "The museum, which opened on 4
      // July 1976, closes at 5pm" (its main clause's time).
      const bool closes_clause = between.find(',') != std::string_view::npos &&
                                 timex::relative_clause_opening(text, found[i - 1].begin) != std::string_view::npos;
      // Further on in its sentence, a date that names a day lends it too when nothing between moves
      // the time off it: "On March 3 the rebels crossed the river, reaching the town at 3 p.m."; not
      // "... and three hours later", "the next day", "overnight".
      const bool later_in_sentence = found[i - 1].type == TimexType::date && found[i - 1].value.size() == 10 &&
                                     in_one_sentence(between) && !names_a_length_or_day(between);
      if (((words >= 0 && words <= max_words_after_date) || later_in_sentence) && !closes_clause) {
        day = std::string_view(found[i - 1].value).substr(0, 10);
        of_set = found[i - 1].type == TimexType::set;
      }
    }
    // After an adverb of habit in its clause a clock time naming no day is that time of any day, a
    // set as "at 7 p.m. every day" is: "He usually leaves the office at 7 p.m.", "Trains normally
    // depart at 6:45" XXXX-XX-XXT19:00, XXXX-XX-XXT06:45 (were the DCT's); a date in a clause after it
    // is another occasion's ("Trading usually ends at 4 p.m., but on Friday it ended at 1 p.m."). Not
    // a day's schedule ("The meeting starts at 7 p.m."), nor one occasion ("He left at 7 p.m.").
    const bool habitual = day.empty() && !of_no_week && timex::follows_habitual_adverb(text, time.begin, true);
    if (day.empty() && !habitual && i + 1 < found.size() && !day_from_anchor[i + 1] &&
        found[i + 1].type == TimexType::time && names_a_day(found[i + 1].value) && !found[i + 1].range_begin) {
      // The next clock time says its time first and then its day ("10pm on 12 December").
      const TimeExpression& next = found[i + 1];
      const std::string_view between = text.substr(time.end, next.begin - time.end);
      const int words = words_between(between);
      const bool time_first = !next.text.empty() && next.text[0] >= '0' && next.text[0] <= '9';
      if (time_first && words >= 0 && words <= max_words_to_next_time && coordinated(between) &&
          !counts_from_another_day(next.text))
        day = std::string_view(next.value).substr(0, 10);
    }
    if (day.empty() && !habitual && i + 1 < found.size() && !day_from_anchor[i + 1] &&
        found[i + 1].type == TimexType::date && found[i + 1].value.size() == 10 && names_a_day(found[i + 1].value) &&
        !found[i + 1].range_begin) {
      // The time's own day after an aside: "4:00 p.m. (prevailing Eastern Time) on December 3".
      const std::string_view between = text.substr(time.end, found[i + 1].begin - time.end);
      const int words = words_between(between);
      if (words >= 1 && words <= max_words_to_next_time && between.ends_with(" on ") && !coordinated(between))
        day = std::string_view(found[i + 1].value).substr(0, 10);
    }
    if (day.empty() && i > 0 && given_day[i - 1] && !found[i - 1].range_begin) {
      const TimeExpression& before = found[i - 1];
      const std::string_view between = text.substr(before.end, time.begin - before.end);
      // "at 8 p.m. Tickets go on sale at 10 a.m.": the period of "p.m." ends the sentence too.
      const bool sentence_ends = before.text.ends_with('.') && between.size() > 1 && between[0] == ' ' &&
                                 between[1] >= 'A' && between[1] <= 'Z';
      const int words = words_between(between);
      // A time of any day lends its set only to a time coordinated with it ("usually leave at 8:15
      // a.m. and 5:30 p.m."; not "The market, which usually closes at 4 p.m., shut at 1 p.m.").
      const bool any_day = before.value.starts_with("XXXX-XX-XXT");
      if (!sentence_ends && words >= 0 && words <= max_words_after_date && (!any_day || coordinated(between))) {
        day = std::string_view(before.value).substr(0, 10);
        of_set = before.type == TimexType::set;
      }
    }
    // A bare midnight further on in the sentence of a day's night, evening or end ("Late on Friday,
    // the troops attacked; by midnight the town had fallen"), across commas and semicolons.
    const bool midnight = time.text.ends_with("midnight") && time.value.ends_with("T00:00");
    if (day.empty() && midnight && i > 0 && !day_from_anchor[i - 1] && midnight_ends(text, found[i - 1])) {
      const std::string_view between = text.substr(found[i - 1].end, time.begin - found[i - 1].end);
      // The next sentence too when the story runs on into it (story_runs_on_to_midnight): "Early on
      // Saturday the ferry left port. It docked shortly after midnight" Saturday's T24:00.
      if (in_one_sentence(between) || story_runs_on_to_midnight(text, found[i - 1], time))
        day = std::string_view(found[i - 1].value).substr(0, 10);
    }
    // (on_scene_year)
    const auto told_in_past = [&] {
      const timex::Tense tense = timex::clause_tense(text, time.begin, time.end);
      return tense == timex::Tense::past || tense == timex::Tense::event_past;
    };
    if (day.empty() && (of_no_week || told_in_past()) && on_scene_year(i)) continue;
    // (habitual) A clock time after it, coordinated, takes its day as after a date's ("Ferries
    // regularly leave at 8:15 a.m. and 5:30 p.m.": both sets).
    if (day.empty() && habitual) {
      constexpr std::string_view any_day = "XXXX-XX-XX";
      time.value.replace(0, 10, any_day);
      if (time.range_begin) time.range_begin->replace(0, 10, any_day);
      if (time.range_end) time.range_end->replace(0, 10, any_day);
      time.type = TimexType::set;
      given_day[i] = true;
      continue;
    }
    given_day[i] = !day.empty();
    if (of_set) time.type = TimexType::set;
    // The midnight of a night, an evening, a day's end or a weekday is the one that ends that day,
    // T24:00 of it, as "midnight Friday" is (midnight_ends_day, rules_clock.cpp): "On the night of
    // March 3, ... shortly after midnight" 03-03T24:00, "On Friday the store closes at midnight".
    if (midnight && !day.empty() && i > 0 && !given_day[i - 1] && !time.range_begin &&
        midnight_ends(text, found[i - 1]) && day == std::string_view(found[i - 1].value).substr(0, 10)) {
      time.value = std::string(day) + "T24:00";
      continue;
    }
    if (day.empty() || day == taken_day) continue;
    const std::string new_day(day);
    time.value.replace(0, 10, new_day);
    if (time.range_begin) time.range_begin->replace(0, 10, new_day);
    if (time.range_end) time.range_end->replace(0, 10, new_day);
  }
}

// "On 21 July, the fifth day of the rebellion", "1 July 1916 - the first day of the battle": a day
// counted within an event (Meaning::day_of_event) set off by a comma or a dash right after a day
// named on the calendar is that day. So is a weekday alone after the indefinite article
// (`weekday`): "will be published on August 17, a Thursday" said 2023-06-19 is 2023-08-17 (was the
// coming Thursday, 2023-06-22). Whether it is: the day named again then moves no reference time.
bool day_in_apposition(std::string_view text, const TimeExpression& before, TimeExpression& day, bool weekday) {
  const std::string_view named = before.value;
  const auto digit = [&](std::size_t i) { return named[i] >= '0' && named[i] <= '9'; };
  if (named.size() < 10 || !digit(0) || !digit(3) || named[4] != '-' || named[7] != '-' || !digit(8) ||
      before.end > day.begin)
    return false;
  std::string_view between = text.substr(before.end, day.begin - before.end);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  if (weekday) {
    if (!between.ends_with(" a") || day.value.size() < 10) return false;
    between.remove_suffix(2);
  }
  if (between != "," && between != "-" && between != "\xE2\x80\x93" && between != "\xE2\x80\x94") return false;
  day.value.replace(0, 10, named.substr(0, 10));
  return true;
}

// "celebrates its Independence Day on Aug. 15", "Orthodox Christians celebrate Christmas on January
// 7", "Canada celebrates Thanksgiving on the second Monday of October": the day a sentence gives a
// one-day holiday is that holiday's day where it is kept, whatever its usual date (another
// country's, another church's). A weekday so given is the holiday's when it falls on it
// ("Valentine's Day on Friday", "Christmas falls on a Friday this year"). Only "on" after the
// holiday, with at most words of keeping or falling between: "Christmas shopping begins on Nov. 1"
// gives the shopping a day, not Christmas; nor a break gone past ("Schools reopen after the
// Christmas holidays on Monday": the reopening's Monday, gone_past_break).
void holiday_on_its_day(std::string_view text, TimeExpression& holiday, const timex::Meaning& holiday_said,
                        TimeExpression& day, const timex::Meaning& day_said) {
  if (holiday_said.holiday == timex::unset || holiday.type != TimexType::date || holiday.value.size() != 10 ||
      !names_a_day(holiday.value) || holiday.range_begin || day.type != TimexType::date || day.value.size() != 10 ||
      !names_a_day(day.value) || day.range_begin || holiday.end > day.begin || holiday.value == day.value ||
      timex::gone_past_break(text, holiday.begin, holiday.end) != std::string_view::npos)
    return;
  const bool weekday_alone = day_said.point.weekday != timex::unset && day_said.point.month == timex::unset &&
                             day_said.point.day == timex::unset && day_said.point.year == timex::unset;
  if (day_said.point.month == timex::unset && !weekday_alone) return;
  static constexpr std::array<std::string_view, 15> joining{"on",       "falls", "fell",  "falling", "is",
                                                            "was",      "which", "comes", "came",    "celebrated",
                                                            "observed", "kept",  "this",  "year",    "a"};
  std::string_view between = text.substr(holiday.end, day.begin - holiday.end);
  if (between.starts_with(",")) between.remove_prefix(1);
  std::string_view last, before_last;
  int words = 0;
  while (!between.empty()) {
    if (between.front() != ' ') return;
    between.remove_prefix(1);
    const std::string_view word = between.substr(0, between.find(' '));
    if (word.empty()) break;
    if (++words > 5 || std::find(joining.begin(), joining.end(), word) == joining.end()) return;
    before_last = last;
    last = word;
    between.remove_prefix(word.size());
  }
  if (last != "on" && !(weekday_alone && last == "a" && before_last == "on")) return;
  if (weekday_alone) {
    // A holiday of many days holds each weekday: "the last candles of Hanukkah on Wednesday" is not
    // its first day.
    if (timex::holiday_length(holiday_said.holiday) == 1 &&
        date::weekday{day_named(holiday.value)}.c_encoding() == static_cast<unsigned>(day_said.point.weekday))
      day.value = holiday.value;
    return;
  }
  // The same day of the year: the holiday's year, read knowing the holiday ("Thanksgiving falls on
  // Nov. 26 this year"), is the day's too.
  if (std::string_view(holiday.value).substr(4) == std::string_view(day.value).substr(4))
    day.value = holiday.value;
  else
    holiday.value = day.value;
}

// The first expression of a text: where it starts and whether it is counted from the DCT.
struct FirstDate {
  std::size_t begin = 0;
  bool counted_from_document = false;
};

// Whether a text opens in the present: its first date is counted from the DCT ("died on Monday"),
// or a sentence before it, the text's first, tells the present perfect ("Tom Hale has died").
bool opens_in_present(std::string_view text, const FirstDate& first) {
  if (first.counted_from_document) return true;
  const std::size_t first_sentence_end = timex::sentence_around(text, 0, 0).second;
  return first_sentence_end < first.begin && timex::tells_present_perfect(text, 0, first_sentence_end);
}

// What tagging one segment of a text leaves for the next (for_each_time_expression): where pass 1
// stopped, and the state pass 2 carries from one expression to the next.
// A timeline's entries: a date opening its line (after at most a bullet) and followed by a colon or
// a dash ("March 15, 2011 - Protests erupt in Deraa", "15 March: the army enters Homs"), or a year
// alone on its line heading the entries under it ("2011\nMarch 15 - ..."). A yearless entry takes the
// year of the heading or entry with one before it, the next year when its month is earlier than the
// last entry's: a timeline runs forward.
struct Timeline {
  int year = timex::unset;
  int month = timex::unset;  // the last entry's month, if it named one
};

// Whether text[b, e) heads a timeline's entry (Timeline). The looks around are a few bytes (linear
// time).
bool heads_timeline_entry(std::string_view text, std::size_t b, std::size_t e, bool year_alone) {
  std::size_t at = b;
  for (int k = 0;
       k < 6 && at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t' || text[at - 1] == '-' || text[at - 1] == '*');
       ++k)
    --at;
  // Written on in one paragraph, an entry opens a sentence and a colon follows it ("March 2011:
  // protests begin in Deraa. 15 March: demonstrations spread to Damascus").
  const bool after_sentence = at > 1 && at < b && text[at - 1] == '.' && text[at] == ' ';
  if (at > 0 && text[at - 1] != '\n' && !after_sentence) return false;
  std::size_t after = e;
  for (int k = 0; k < 3 && after < text.size() && (text[after] == ' ' || text[after] == '\r'); ++k) ++after;
  if (after == text.size() || text[after] == '\n') return year_alone && !after_sentence;
  const std::string_view rest = text.substr(after, 3);
  return rest.front() == ':' ||
         (!after_sentence && (rest.front() == '-' || rest == "\xE2\x80\x93" || rest == "\xE2\x80\x94"));
}

struct SegmentState {
  std::size_t resume = 0;                 // the byte pass 1 goes on from
  std::optional<timex::Anchors> anchors;  // set by the first segment; narrative by each
  ReferenceTime reference;
  RecentPeriod last_period;
  RecentPeriod last_month;   // the last month named, for compare_same_month
  RecentPeriod last_length;  // the last length of months a report covers, for compare_same_period
  SaidYear said_year;
  bool said_year_elaborated = false;         // the last expression was a month that took said_year
  std::optional<Episode> episode;            // the episode a news text tells, if any
  Timeline timeline;                         // the timeline the text lists, if any
  std::optional<FirstDate> first_date;       // the text's first expression
  std::optional<bool> opened_in_present;     // worked out from it when a narrative asks
  std::optional<TimeExpression> last_found;  // the last expression of the segments before
  std::string winter_reached;                // a winter's value ("1854-WI") when the reference moved to it last
  std::size_t reference_end = 0;             // where the date the reference time moved to last ends
  int winter_named =
      timex::unset;  // the year of a winter named with it ("the winter of 1870") the reference moved to last
  // Events named by a holiday ("the Christmas Offensive") and the value of their first mention.
  std::vector<std::pair<std::string, std::string>> holiday_named_events;
  std::vector<ImpossibleDate>* impossible_dates = nullptr;  // where to report them, if anywhere
  timex::SportCues sport_cues;                              // the sport a season's story names
};

// A yearless holiday naming an event ("the Christmas Offensive", a capitalised word after it) that
// the text named before is the same event, though the story has since reached the next year ("On
// 20 January 1936 ... the threat posed by the Christmas Offensive was over": 1935-12-25, not
// 1936-12-25); one named again years later is another ("the Easter Offensive" of 1936 and of 1972).
[[gnu::noinline]] void keep_holiday_named_event(std::string_view text, std::size_t e,
                                                std::vector<std::pair<std::string, std::string>>& named,
                                                TimeExpression& t) {
  const auto is_upper_byte = [](char c) { return c >= 'A' && c <= 'Z'; };
  constexpr auto is_letter_byte = timex::ascii::is_letter;
  if (e + 2 > text.size() || text[e] != ' ' || !is_upper_byte(text[e + 1])) return;
  std::size_t word_end = e + 1;
  while (word_end < text.size() && is_letter_byte(text[word_end])) ++word_end;
  const std::string name = t.text + std::string(text.substr(e, word_end - e));
  const auto year_of = [](const std::string& value) {
    return value.size() >= 4 && std::all_of(value.begin(), value.begin() + 4, timex::ascii::is_digit)
               ? std::atoi(value.substr(0, 4).c_str())
               : timex::unset;
  };
  for (const auto& [earlier_name, value] : named)
    if (earlier_name == name) {
      const int then = year_of(value), now = year_of(t.value);
      if (then != timex::unset && now != timex::unset && std::abs(now - then) <= 1) t.value = value;
      return;
    }
  named.emplace_back(name, t.value);
}

// A yearless holiday naming an event ("the Easter Rising", a capitalised word after it) is in the
// year the same holiday is named with next in its paragraph: "The leaders of the Easter Rising had
// planned it for months. It began on Easter Monday 1916" is Easter 1916 (1916-04-23), not the
// reference's or the DCT's. `later` are the matches after it, `starts` where each begins.
[[gnu::noinline]] void date_holiday_named_event(std::string_view text, std::size_t e,
                                                std::span<const std::pair<const char*, timex::Meaning>> later,
                                                std::span<const char* const> starts, const timex::Meaning& m,
                                                TimeExpression& t) {
  if (e + 2 > text.size() || text[e] != ' ' || text[e + 1] < 'A' || text[e + 1] > 'Z') return;
  const std::string_view holiday_word = std::string_view(t.text).substr(t.text.rfind(' ') + 1);
  constexpr std::size_t reach = 400;  // a few sentences
  for (std::size_t k = 0; k < later.size(); ++k) {
    const std::size_t at = static_cast<std::size_t>(starts[k] - text.data());
    if (at > e + reach || paragraph_ends_between(text, e, at)) return;
    // The first year named after it must be the holiday's: "The Christmas Offensive began in
    // December 1935. Christmas 1936 was quiet" keeps the offensive's own.
    const timex::Meaning& other = later[k].second;
    if (other.point.year == timex::unset) continue;
    if (other.holiday == timex::unset || other.point.year <= 0 || !text.substr(at).starts_with(holiday_word)) return;
    const std::optional<date::sys_days> day = timex::holiday_date(m.holiday, other.point.year);
    if (!day) return;
    if (t.value.size() == 10) t.value = timex::day_value(*day);
    return;
  }
}

// Why a calendar date the text states has no day in the calendar ("February 2015 has 28 days"),
// or empty when it has one or states no day of a month. Without a year, only a day no year has
// ("31 April", "February 30"); "February 29" may be a leap year's.
std::string impossible_day_reason(const timex::Meaning& m) {
  const timex::CalendarFields& f = m.point;
  if (m.kind != timex::Kind::calendar || f.order_open || f.month == timex::unset || f.day == timex::unset ||
      f.month < 1 || f.month > 12)
    return {};
  const date::month month{static_cast<unsigned>(f.month)};
  const bool year_stated = f.year != timex::unset;
  const date::year year{year_stated ? f.year : 2000};  // 2000: a leap year, February's longest
  const unsigned days = static_cast<unsigned>((year / month / date::last).day());
  if (static_cast<unsigned>(f.day) <= days) return {};
  std::string reason = date::format("%B", month);
  if (year_stated) reason += " " + std::to_string(f.year);
  return reason + " has " + std::to_string(days) + " days";
}

// tag_segment's working vectors, kept per thread from one call to the next: tagging many small
// documents ("paragraphs", a news feed) would otherwise allocate each afresh per document (speed).
// Nothing in them outlives a call; tag_segment never runs inside itself.
// A quarter or half said by its ordinal alone after one said whole, its noun left out ("the third
// quarter of 2013 and the fourth", "rose 4% in the second quarter and 6% in the third"): the
// expression "the fourth", the part said before with its number, as TimeML tags a conjunct whose
// head is elided (add_elided_conjuncts reads the other way: "the second and third quarters").
struct ElidedPart {
  const char* start;
  const char* end;
  timex::Meaning meaning;
};

// The parts said by their ordinal alone in the sentence after the quarter or half `said` ending at
// `p` (elided_parts_after): "the" and an ordinal of the part's ("first" to "fourth" for a quarter,
// "first" or "second" for a half, other than its own), after a preposition or a conjunction
// ("in", "and", "from", "than", "with", "over", "to", "into", "through", "during", "versus"; not
// "on", which dates a day: "on the fourth"), and ending its phrase: a punctuation mark or a
// conjunction or comparison after it ("and", "but", "or", "while", "when", "compared", "from",
// "versus", "than") or "was", "were" ("the first half of 2013 was strong and the second was weak"),
// not a noun ("the third time", "the second in a row", "the fourth-largest"). At
// most 160 bytes on, not past the sentence or clause (".", ";", "!", "?", a line break): a run of
// text stays linear. Out of line: rare (a quarter or half matched).
[[gnu::noinline]] void elided_parts_after(const char* text_begin, const char* p, const char* end,
                                          const timex::Meaning& said, std::vector<ElidedPart>& parts) {
  using timex::unset;
  const timex::CalendarFields& f = said.point;
  if (said.kind != timex::Kind::calendar || said.has_range_end || f.month != unset || f.day != unset ||
      (f.quarter == unset && f.half == unset))
    return;
  const int own = f.quarter != unset ? f.quarter : f.half;
  const int last = f.quarter != unset ? 4 : 2;
  const char* const limit = end - p > 160 ? p + 160 : end;
  constexpr std::string_view ordinals[] = {"first", "second", "third", "fourth"};
  constexpr std::string_view openers[] = {"in", "and",  "from",    "than",   "with",   "over",
                                          "to", "into", "through", "during", "versus", "vs"};
  constexpr std::string_view closers[] = {"and",  "but",    "or",   "while", "when", "compared",
                                          "from", "versus", "than", "was",   "were"};
  const auto lower_word = [](const char* from, const char* to) {
    const char* w = from;
    while (w < to && ((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z'))) ++w;
    return w;
  };
  for (const char* q = p; q + 5 < limit; ++q) {
    const char c = *q;
    if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') return;
    // " the " then the ordinal: a byte compare first.
    if (c != ' ' || (q[1] != 't' && q[1] != 'T') || q[2] != 'h' || q[3] != 'e' || q[4] != ' ') continue;
    const char* const word = q + 5;
    const char* const word_end = lower_word(word, end);
    const std::string_view ordinal(word, static_cast<std::size_t>(word_end - word));
    int nth = 0;
    for (int n = 1; n <= last; ++n)
      if (ordinal == ordinals[n - 1]) nth = n;
    if (nth == 0 || nth == own) continue;
    // The word before "the".
    const char* opener_end = q;
    const char* opener = opener_end;
    while (opener > text_begin &&
           ((opener[-1] >= 'a' && opener[-1] <= 'z') || (opener[-1] >= 'A' && opener[-1] <= 'Z')))
      --opener;
    const std::string_view before(opener, static_cast<std::size_t>(opener_end - opener));
    if (std::find(std::begin(openers), std::end(openers), before) == std::end(openers)) continue;
    // What ends its phrase.
    bool closed = word_end == end || *word_end == ',' || *word_end == '.' || *word_end == ';' || *word_end == ':' ||
                  *word_end == ')' || *word_end == '!' || *word_end == '?';
    if (!closed && *word_end == ' ') {
      const char* const next_end = lower_word(word_end + 1, end);
      const std::string_view next(word_end + 1, static_cast<std::size_t>(next_end - word_end - 1));
      closed = (next_end == end || *next_end == ' ' || *next_end == ',') &&
               std::find(std::begin(closers), std::end(closers), next) != std::end(closers);
    }
    if (!closed) continue;
    timex::Meaning elided = said;
    elided.ordinal_run = false;
    if (f.quarter != unset)
      elided.point.quarter = nth;
    else
      elided.point.half = nth;
    const char* const start = q + 1;
    // A later part said whole before it is the sibling: the last one read wins.
    if (!parts.empty() && parts.back().start == start)
      parts.back() = {start, word_end, elided};
    else
      parts.push_back({start, word_end, elided});
  }
}

// Puts the parts elided_parts_after found among the matches, in order, where no match overlaps
// them and the scan reached (before `scan_until`).
[[gnu::noinline]] void insert_elided_parts(const char* scan_until, std::vector<ElidedPart>& parts,
                                           std::vector<const char*>& starts,
                                           std::vector<std::pair<const char*, timex::Meaning>>& matches) {
  for (const ElidedPart& part : parts) {
    if (part.start >= scan_until) continue;
    const auto at = std::lower_bound(starts.begin(), starts.end(), part.start);
    const std::size_t k = static_cast<std::size_t>(at - starts.begin());
    if (k < starts.size() && starts[k] < part.end) continue;   // a match after it overlaps it
    if (k > 0 && matches[k - 1].first > part.start) continue;  // a match before it overlaps it
    starts.insert(at, part.start);
    matches.insert(matches.begin() + static_cast<std::ptrdiff_t>(k), {part.end, part.meaning});
  }
  parts.clear();
}

struct SegmentScratch {
  std::vector<std::pair<const char*, timex::Meaning>> matches;
  std::vector<const char*> starts;
  std::vector<int> next_named_year;
  std::vector<std::size_t> next_unit_without_year;
  std::vector<bool> day_from_anchor;
  std::vector<int> minutes_from_clock;    // per expression found: counted_clock_minutes
  std::vector<bool> from_document_day;    // per expression found: counts days from the DCT
  std::vector<bool> from_document;        // per expression found: counts from the DCT (relative, "of next year")
  std::vector<WeekdaySaid> weekday_said;  // per expression found: weekdays_joined_lie_together
  std::vector<bool> passing;              // passing_years', in a narrative
  std::vector<std::size_t> dated;         // passing_years' working room
  timex::Meaning best, candidate;         // longest_match's: every family clears `candidate` before it writes
  std::vector<ElidedPart> elided_parts;   // find_matches': parts said by their ordinal alone (elided_parts_after)
  // The corpora have an expression per ~280 bytes (1.17 MB, 4,126): find_matches reserves room for
  // most segments' matches at once, as a Meaning is large to move when the vector grows (speed:
  // -0.2% instructions); at most 1,024 ahead, so that a huge text reserves no more than it would grow to.
  static constexpr std::size_t bytes_per_expression = 256, most_reserved = 1024;
};

// The families' first-word index, built once for the thread's first text (find_matches; a range
// told again as its parts, split_into_parts).
const FirstWordIndex& first_word_index(std::span<const timex::Family> families) {
  static const FirstWordIndex index(families);
  return index;
}

// Pass 1 of tag_segment: the matches starting in text[from, scan_end) (start, end, meaning), into
// scratch.matches and scratch.starts, leftmost-longest, non-overlapping; returns where it stopped.
// A function of its own, so that the compiler lays out this loop (most of the tagger's time) the
// same whatever pass 2 holds, and a text's pass 2 evicts less of it.
[[gnu::noinline]] const char* find_matches(std::string_view text, std::size_t from, std::size_t scan_end,
                                           int document_year, SegmentScratch& scratch) {
  using namespace timex;
  const auto families = all_families();
  const FirstWordIndex& index = first_word_index(families);
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  std::vector<std::pair<const char*, Meaning>>& matches = scratch.matches;
  std::vector<const char*>& starts = scratch.starts;
  matches.clear();
  starts.clear();
  matches.reserve(std::min(SegmentScratch::most_reserved,
                           (scan_end - std::min(scan_end, from)) / SegmentScratch::bytes_per_expression));
  starts.reserve(matches.capacity());
  Meaning& best = scratch.best;
  Meaning& candidate = scratch.candidate;
  const char* p = begin + from;
  const char* const scan_until = begin + scan_end;
  while (p < end) {
    // Blanks and punctuation start nothing: skip them a byte-table lookup each.
    while (p < end && !token_first_bytes[static_cast<unsigned char>(*p)]) ++p;
    if (p >= scan_until) break;
    if (!is_token_start(begin, p, end)) {
      ++p;
      continue;
    }
    std::size_t letters = 0;
    const char* unread_word_end = nullptr;
    const char* best_end =
        longest_match(text, p, families, index, best, candidate, letters, unread_word_end, document_year);
    if (best_end == nullptr) {
      // An apostrophe that starts nothing ("'90s" does) opens a quote: try the digits after it.
      if (*p == '\'' || *p == '\xE2') {
        p += *p == '\'' ? 1 : 3;
        continue;
      }
      p += letters;  // the letters the first-word lookup read; then the rest of the word
      // "the government", "in the government": the lead words and the word no rule reads start
      // nothing (FirstWordIndex::candidates); on from that word's letters, if inside the scan.
      if (unread_word_end != nullptr && unread_word_end <= scan_until) p = unread_word_end;
      while (p < end && word_bytes[static_cast<unsigned char>(*p)] == 1) ++p;  // ASCII: a table lookup
      if (p < end && static_cast<unsigned char>(*p) >= 0x80)
        while (p < end && continues_word_at(p, end)) ++p;  // the rest, if any
      continue;
    }
    // "the next two years or so", "a month or so": the hedge closes a length or a counted period,
    // as TimeBank tags all three it has, with mod APPROX.
    // "5 years or more", "three weeks or less": a bound closes a length the same way (EQUAL_OR_MORE,
    // EQUAL_OR_LESS), as "1994 or later" is TimeBank's ON_OR_AFTER; not before "than".
    if ((best.kind == Kind::duration || best.kind == Kind::relative) && best.unit != Unit::none &&
        end - best_end >= 6 && best_end[0] == ' ' && best_end[1] == 'o' && best_end[2] == 'r' && best_end[3] == ' ')
      if (const auto closing = closing_hedge(std::string_view(best_end, static_cast<std::size_t>(end - best_end)),
                                             best.amount == 1 && best.amount_known);
          closing.size != 0 && (best.kind == Kind::duration || closing.mod[0] == 'A')) {
        best_end += closing.size;
        if (best.mod.empty()) best.mod = closing.mod;
      }
    // "around 7:15 p.m.", "at about 3 p.m. on Friday": a hedge right before a clock time is in the
    // tag, mod APPROX, as before a date ("around Nov. 1", rules_ranges.cpp) and as AQUAINT tags
    // "around 7:15 p.m."; a close bound the same way, mod AFTER or BEFORE ("shortly after 2 a.m.",
    // "just before midnight").
    const char* first = p;
    if (best.point.hour != unset && best.mod.empty() && !plural_noun_after(best_end, end))
      if (const ClockHedge hedge = clock_hedge_before(begin, p);
          hedge.size != 0 && (matches.empty() || matches.back().first <= p - hedge.size)) {
        first = p - hedge.size;
        best.mod = hedge.mod;
      }
    starts.push_back(first);
    matches.emplace_back(best_end, best);
    p = best_end;
    if (best.kind == Kind::duration && !best.amount_known && end - first > 5 && (*first | 0x20) == 'm' &&
        first[1] == 'a' && first[2] == 'n')
      count_in_as_many(matches.size() > 1 ? matches[matches.size() - 2].first : begin + from, first,
                       matches.back().second);
    // "four or five years", "the second and third quarters": the count or ordinal before it with its
    // unit (add_elided_conjuncts). A count or a part said, then the blank, first: most matches have
    // neither.
    if (best.ordinal_run || (best.amount_explicit && (best.kind == Kind::duration || best.kind == Kind::relative)) ||
        (best.kind == Kind::calendar && (best.point.quarter != unset || best.point.half != unset))) {
      const bool joined = first - begin > 4 && first[-1] == ' ' &&
                          add_elided_conjuncts(matches.size() > 1 ? matches[matches.size() - 2].first : begin + from,
                                               first, starts, matches);
      // A plural quarter or half after an ordinal is one only after another ordinal.
      if (!joined && best.ordinal_run) {
        starts.pop_back();
        matches.pop_back();
      }
    }
    if (best.kind == Kind::calendar && best.point.day != unset && *first >= '0' && *first <= '9' && first - begin > 6 &&
        first[-1] == ' ')
      add_days_listed_before(begin + from, matches.size() > 1 ? matches[matches.size() - 2].first : begin + from, first,
                             starts, matches);
    if (best.kind == Kind::calendar && best.point.day != unset && p < end && (*p == ' ' || *p == ','))
      p = add_joined_day(p, end, scan_until, starts, matches);

    // "the third quarter of 2013 and the fourth": the part said by its ordinal alone after it.
    if (best.kind == Kind::calendar && (best.point.quarter != unset || best.point.half != unset) && !matches.empty() &&
        matches.back().first == p)
      elided_parts_after(begin, p, end, best, scratch.elided_parts);
  }
  if (!scratch.elided_parts.empty()) insert_elided_parts(scan_until, scratch.elided_parts, starts, matches);
  return p;
}

// A range the grammar found whose value cannot be given (no reading puts its end after its
// beginning) is tagged as its parts, never dropped: its matches `i` in scratch is replaced by the
// expressions found inside it as pass 1 finds them, leftmost-longest, none as long as the range
// ("from [March 3] until [the end of 2013]"), and per-match working vectors the same length as the
// matches get a copy of the range's entry for each further part. Whether any part was found.
// Cold: only where a range failed to normalise.
[[gnu::noinline]] bool split_into_parts(std::string_view text, std::size_t i, int document_year,
                                        SegmentScratch& scratch) {
  using namespace timex;
  const auto families = all_families();
  const FirstWordIndex& index = first_word_index(families);
  const char* const range_start = scratch.starts[i];
  const char* const range_end = scratch.matches[i].first;
  std::vector<std::pair<const char*, Meaning>> parts;
  std::vector<const char*> part_starts;
  Meaning best, candidate;
  const char* p = range_start;
  while (p < range_end) {
    while (p < range_end && !token_first_bytes[static_cast<unsigned char>(*p)]) ++p;
    if (p >= range_end) break;
    if (!is_token_start(text.data(), p, text.data() + text.size())) {
      ++p;
      continue;
    }
    std::size_t letters = 0;
    const char* unread_word_end = nullptr;
    const char* end = longest_match(text, p, families, index, best, candidate, letters, unread_word_end, document_year);
    if (end != nullptr && end <= range_end && !(p == range_start && end == range_end)) {
      part_starts.push_back(p);
      parts.emplace_back(end, best);
      p = end;
      continue;
    }
    // On past the word: a match at the range's start is the range itself, one past its end
    // another reading of the words after it.
    ++p;
    while (p < range_end && continues_word_at(p, range_end)) ++p;
  }
  if (parts.empty()) return false;
  const std::size_t n = scratch.matches.size(), more = parts.size() - 1;
  const auto widen = [&](auto& per_match) {
    if (per_match.size() == n) per_match.insert(per_match.begin() + static_cast<std::ptrdiff_t>(i), more, per_match[i]);
  };
  widen(scratch.next_named_year);
  widen(scratch.next_unit_without_year);
  widen(scratch.passing);
  scratch.matches.erase(scratch.matches.begin() + static_cast<std::ptrdiff_t>(i));
  scratch.matches.insert(scratch.matches.begin() + static_cast<std::ptrdiff_t>(i), parts.begin(), parts.end());
  scratch.starts.erase(scratch.starts.begin() + static_cast<std::ptrdiff_t>(i));
  scratch.starts.insert(scratch.starts.begin() + static_cast<std::ptrdiff_t>(i), part_starts.begin(),
                        part_starts.end());
  return true;
}

// tag_segment's working vectors (SegmentScratch), one set per thread.
SegmentScratch& segment_scratch() {
  static thread_local SegmentScratch scratch;
  return scratch;
}

// The DCT's calendar day, worked out once (a day count to a date is some hundred instructions: a
// fixed cost per text, which tagging many small documents pays per document), and kept for the
// next text with the same DCT (the paragraphs of one document, a day's news feed).
date::year_month_day document_day_of(const ParseContext& context) {
  static thread_local std::pair<date::local_days, date::year_month_day> last_document_day{
      date::local_days{}, date::year_month_day{date::local_days{}}};
  if (const date::local_days dct_day = date::floor<date::days>(context.dct); dct_day != last_document_day.first)
    last_document_day = {dct_day, date::year_month_day{dct_day}};
  return last_document_day.second;
}

// Pass 1 of tag_segment: the matches starting in text[from, scan_end), into scratch.matches and
// scratch.starts (find_matches), each holiday read as its region's; returns where it stopped.
// Inside a FamilyMemoScope of the text's own.
const char* scan_segment(std::string_view text, std::size_t from, std::size_t scan_end, const ParseContext& context,
                         int document_year, SegmentScratch& scratch) {
  using namespace timex;
  const char* const begin = text.data();
  std::vector<std::pair<const char*, Meaning>>& matches = scratch.matches;
  const std::vector<const char*>& starts = scratch.starts;
  const char* const p = find_matches(text, from, scan_end, document_year, scratch);
  // A holiday's name means the day of the country the text names with it ("India's Independence
  // Day"), else of the context's region (holidays.hpp: holiday_in_region).
  for (std::size_t k = 0; k < matches.size(); ++k) {
    Meaning& m = matches[k].second;
    if (m.holiday == unset) continue;
    const std::string_view said = region_said(text, static_cast<std::size_t>(starts[k] - begin),
                                              static_cast<std::size_t>(matches[k].first - begin));
    m.holiday = holiday_in_region(m.holiday, said.empty() ? std::string_view(context.region) : said);
  }
  return p;
}

// Pass 2 of tag_segment: the expressions of the matches pass 1 left in `scratch` (scan_segment,
// which stopped at `p`), normalised in order with what the segments before left in `state`.
// Inside a FamilyMemoScope of the text's own.
std::vector<TimeExpression> normalize_segment(std::string_view text, const char* p, const ParseContext& context,
                                              date::year_month_day document_day, SegmentState& state,
                                              SegmentScratch& scratch) {
  using namespace timex;
  const char* const begin = text.data();
  std::vector<std::pair<const char*, Meaning>>& matches = scratch.matches;
  std::vector<const char*>& starts = scratch.starts;
  const int document_year = static_cast<int>(document_day.year());

  // Pass 2: normalise in order, moving the reference time.
  state.resume = static_cast<std::size_t>(p - begin);
  if (!state.anchors) {
    state.anchors = Anchors{context.dct, context.dct, context.date_order};
    state.anchors->document_is_moment = context.dct_is_moment;
  }
  // Per segment: a dump of many documents goes from news to history and back.
  state.anchors->narrative = context.track_reference_time && is_narrative(matches, document_year);
  Anchors& anchors = *state.anchors;
  if (!anchors.narrative) keep_days_of_parts(starts, matches);
  rates_as_sets(text, starts, matches);
  std::vector<bool>& passing = scratch.passing;
  if (anchors.narrative) passing_years(matches, passing, scratch.dated);
  // In a narrative, per match, the year the next match naming one names (unset when none does).
  // A year bounding a span ("after 450 BC", "until 396 BC") is not where the story has come back to.
  std::vector<int>& next_named_year = scratch.next_named_year;
  next_named_year.assign(anchors.narrative ? matches.size() : 0, unset);
  int seen = unset;
  for (std::size_t k = next_named_year.size(); k-- > 0;) {
    next_named_year[k] = seen;
    if (matches[k].second.kind != Kind::calendar || matches[k].second.point.year == unset) continue;
    const std::string_view bound = signal_before(text, static_cast<std::size_t>(starts[k] - begin));
    if (bound != "after" && bound != "since" && bound != "until" && bound != "till" && bound != "before")
      seen = matches[k].second.point.year;
  }
  // In news, per match, where the next unit an episode may give its year to starts (a yearless
  // month, season or holiday, the year, "the new year": takes_the_episodes_year; text.size() when none): only a date
  // one follows in its paragraph may open an episode that matters (speed: opens_episode reads the
  // clause).
  std::vector<std::size_t>& next_unit_without_year = scratch.next_unit_without_year;
  next_unit_without_year.assign(anchors.narrative ? 0 : matches.size(), text.size());
  for (std::size_t k = next_unit_without_year.size(), next = text.size(); k-- > 0;) {
    next_unit_without_year[k] = next;
    if (takes_the_episodes_year(matches[k].second) || takes_the_episodes_day(matches[k].second) ||
        matches[k].second.new_year || names_the_week(matches[k].second) || is_lone_weekday(matches[k].second))
      next = static_cast<std::size_t>(starts[k] - begin);
  }
  ReferenceTime& reference = state.reference;
  RecentPeriod& last_period = state.last_period;
  RecentPeriod& last_month = state.last_month;
  RecentPeriod& last_length = state.last_length;
  SaidYear& said_year = state.said_year;
  const int document_index =
      month_index_of(document_year, static_cast<int>(static_cast<unsigned>(document_day.month())));
  bool& said_year_elaborated = state.said_year_elaborated;
  std::vector<TimeExpression> found;
  found.reserve(matches.size());
  // Per expression found: a clock time whose day the anchor gave.
  std::vector<bool>& day_from_anchor = scratch.day_from_anchor;
  day_from_anchor.clear();
  std::vector<int>& minutes_from_clock = scratch.minutes_from_clock;
  minutes_from_clock.clear();
  std::vector<bool>& from_document_day = scratch.from_document_day;
  from_document_day.clear();
  std::vector<bool>& from_document = scratch.from_document;
  from_document.clear();
  std::vector<WeekdaySaid>& weekday_said = scratch.weekday_said;
  weekday_said.clear();
  const Meaning* found_meaning = nullptr;  // what found.back() said: the post-passes read it, not its value
  // Where a yearless month ends that took its year from the count in apposition after it
  // (year_of_apposed_count), which restates it (date_restated).
  std::size_t apposed_end = std::string_view::npos;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto& [match_end, meaning] = matches[i];
    const std::size_t b = starts[i] - begin, e = match_end - begin;
    // A scene set for its sentence alone ends with it (follow_episode).
    if (state.episode && b >= state.episode->until) state.episode.reset();
    // "since then", in news "at the time": the time named just before, else no tag (or PRESENT_REF).
    const PointsBack pointing = points_back(text, b, e, meaning, anchors.narrative);
    // "in 1885, five years later": the offset names that date again (date_restated).
    const TimeExpression* const restated = pointing == PointsBack::no && b >= 2 && text[b - 2] == ','
                                               ? date_restated(text, found, found_meaning, b, e, meaning,
                                                               !found.empty() && found.back().end == apposed_end)
                                               : nullptr;
    const TimeExpression* const antecedent = pointing == PointsBack::no || (meaning.points_back && anchors.narrative)
                                                 ? restated
                                                 : antecedent_of(text, found, b, meaning.period_points_back);
    if (pointing == PointsBack::or_untagged && antecedent == nullptr) continue;
    // In news "that day", "the same week": the date named before it in its paragraph, else no tag.
    const TimeExpression* const named_before =
        !anchors.narrative && names_its_unit_again(meaning) ? date_named_before(text, found, b, meaning.unit) : nullptr;
    // "Later that year", "Early that month" with nothing said before them: a part of a unit the text
    // never gave (below), as WikiWars tags it; "that day", "the same week" alone stay untagged.
    const bool part_of_untold_unit = !anchors.narrative && names_its_unit_again(meaning) && named_before == nullptr &&
                                     !state.first_date && !meaning.mod.empty();
    if (!anchors.narrative && names_its_unit_again(meaning) && named_before == nullptr && !part_of_untold_unit)
      continue;
    if (!anchors.narrative && pointing == PointsBack::no &&
        (season_needs_narrative(text, b, e, meaning) || time_reached_needs_narrative(text, b, e, meaning) ||
         period_before_needs_narrative(text, b, e, meaning) || names_part_of_no_day(meaning)))
      continue;
    if (meaning.holiday != unset && (is_surname(text, b, meaning) || closes_quoted_title(text, b, e))) continue;
    if (meaning.holiday != unset && timex::holiday_only_year(meaning.holiday) && !names_its_day_in_history(text, b, e))
      continue;
    if (names_a_programme(text, b, e)) continue;
    if (quarter_of_compound(text, b, e)) continue;
    if (weekday_of_no_week(text, b, e, meaning, i > 0 ? &matches[i - 1].second : nullptr)) continue;
    // "the evening" before a capitalised word is the time of the clause that word opens only after a
    // preposition ("By the evening Caetano had surrendered", rules_clock.cpp); else the word may open
    // a clause the part of the day heads, an event's ("the night Germany invaded Poland").
    if (meaning.kind == Kind::relative && meaning.anchor == Anchor::story && meaning.point.part_of_day != unset &&
        e + 1 < text.size() && text[e] == ' ' && text[e + 1] >= 'A' && text[e + 1] <= 'Z') {
      const ShortWord before = previous_word(text, b);
      if (before != "by" && before != "in" && before != "during" && before != "until" && before != "till") continue;
    }
    const std::string_view signal = signal_before(text, b);
    // News: an underspecified date ("on Friday", "in November") is relative to the DCT, even
    // after other years were mentioned ("August of that year" excepted); narrative: relative to
    // the reference time.
    Anchors expression_anchors = anchors;
    if (meaning.unit == Unit::season && !anchors.narrative)
      expression_anchors.sport_season_turn = static_cast<std::uint8_t>(state.sport_cues.season_turn(text, b, e));
    if (meaning.kind == Kind::calendar && meaning.anchor != Anchor::reference && !anchors.narrative)
      expression_anchors.reference = anchors.document;
    // A season counted from a winter named with its year ("the winter of 1870. The following spring",
    // "the winter of 1942. The previous autumn") counts from the winter's December, where YYYY-WI
    // begins, not from the January that stands for it as a reference: 1871-SP and 1942-FA, were
    // 1870-SP and 1941-FA.
    if (state.winter_named != unset && meaning.anchor == Anchor::reference && meaning.point.season != unset &&
        meaning.point.year == unset &&
        (meaning.direction == Direction::next || meaning.direction == Direction::previous))
      expression_anchors.reference =
          date::local_seconds{date::sys_days{date::year{state.winter_named} / date::December / 1}.time_since_epoch()};
    // Counted from that date, which a date counted from the DCT ("yesterday", "last year") named
    // without moving the reference time ("Prices fell yesterday. Volume that day was light").
    if (named_before != nullptr)
      if (const auto period = day_to_count_from(*named_before, meaning.unit, date::sys_days{document_day})) {
        expression_anchors.reference = date::local_seconds{period->first.time_since_epoch()};
        expression_anchors.reference_precision = period->second;
      }
    // The clause's tense, worked out only if the value depends on it.
    const ClauseTense tense{text, b, e};
    // In news a count back that a figure told in the present compares with counts from now, not
    // from a date named in a sentence before ("There was a gain in the 2012 period. The company is
    // paying 5 cents, up from 4 cents a year earlier": 2013, was 2011); one named in its own
    // sentence still counts ("Sales in 2013 are 5% above a year earlier").
    if (!anchors.narrative && meaning.kind == Kind::relative && meaning.anchor == Anchor::reference &&
        meaning.direction == Direction::previous && named_before == nullptr &&
        (compares_with_figure(text, b) || in_comparison(text, b)) &&
        (found.empty() || found.back().end <= timex::sentence_around(text, b, e).first) && tense() == Tense::present)
      expression_anchors.reference = anchors.document;
    // "Ten years on, the town is still rebuilding", "Three days later, the town is still flooded",
    // "A year on, nothing has changed": a count of units "later" or "on" from no date the text named
    // before, told in the present or the present perfect, counts from something that long before
    // now, to the DCT's day, week, month or year (were that far ahead of it). Told in the past ("A
    // week later, no one had been charged", "Two years later he was named editor") it is that far
    // after a time the text never gave: the value keeps the unit and nothing else ("XXXX-WXX", as
    // WikiWars writes a day whose anchor is unknown). Not in the future ("Ten years on, the plant will
    // close"), nor without a tense ("3 months later": from now), nor "the next year".
    // So is a part of a unit, or a season, of a time the text never gave, told in the past: "Later
    // that year, she published her first novel" XXXX mod END, "That autumn, he enrolled" XXXX-FA
    // (were none and the DCT's autumn), "August of that year" XXXX-08; told otherwise it is the DCT's.
    bool counted_from_untold_time =
        !anchors.narrative && !state.first_date && named_before == nullptr &&
        (part_of_untold_unit || (meaning.anchor == Anchor::reference && meaning.point.year == unset &&
                                 ((meaning.direction == Direction::current && meaning.point.season != unset) ||
                                  meaning.relative_year == 0))) &&
        tense() == Tense::past;
    if (meaning.kind == Kind::relative && meaning.anchor == Anchor::reference && meaning.direction == Direction::next &&
        meaning.amount_known && meaning.mod.empty() && !state.first_date && named_before == nullptr &&
        (meaning.unit == Unit::day || meaning.unit == Unit::week || meaning.unit == Unit::month ||
         meaning.unit == Unit::year || meaning.unit == Unit::decade || meaning.unit == Unit::century)) {
      const double per_unit = meaning.unit == Unit::century ? 100 : meaning.unit == Unit::decade ? 10 : 1;
      const double count = meaning.amount * per_unit;
      const std::string_view said = text.substr(b, e - b);
      if (count >= 1 && count == static_cast<int>(count) && (said.ends_with(" later") || said.ends_with(" on"))) {
        const auto [sentence_begin, sentence_end] = sentence_around(text, b, e);
        const bool holds_now = tense() == Tense::present ||
                               (tense() == Tense::past && tells_present_perfect(text, sentence_begin, sentence_end) &&
                                !in_past_perfect_clause(text, b) && !past_perfect_follows(text, e));
        const int whole = static_cast<int>(count);
        if (holds_now && (meaning.unit == Unit::day || meaning.unit == Unit::week)) {
          const date::sys_days from =
              date::sys_days{document_day} - date::days{meaning.unit == Unit::week ? 7 * whole : whole};
          expression_anchors.reference = date::local_seconds{from.time_since_epoch()};
          expression_anchors.reference_precision = timex::Anchors::Precision::day;
        } else if (holds_now) {
          const date::year_month dct_month = document_day.year() / document_day.month();
          const date::year_month from =
              meaning.unit == Unit::month ? dct_month - date::months{whole} : dct_month - date::years{whole};
          expression_anchors.reference = date::local_seconds{date::sys_days{from / 1}.time_since_epoch()};
          expression_anchors.reference_precision =
              meaning.unit == Unit::month ? timex::Anchors::Precision::month : timex::Anchors::Precision::year;
        } else {
          counted_from_untold_time = tense() == Tense::past;
        }
      }
    }
    // A month that closes the report's period "the year" ("the year through December", as "the year
    // to December") ends it, not a month in the year the period's provisional value holds (the DCT's).
    const bool closes_period_said =
        found_meaning != nullptr && closes_reported_period(text, found.back(), *found_meaning, b, e);
    const bool elaborating =
        !anchors.narrative && said_year.year != unset && is_yearless_month(meaning) && said_year.end <= b &&
        !closes_period_said &&
        (elaborates_year(text.substr(said_year.end, b - said_year.end), !said_year_elaborated) ||
         (!said_year_elaborated && said_year.year != document_year &&
          (clause_tells_of_year(text.substr(said_year.end, b - said_year.end)) ||
           (said_year.end >= 4 && with_clause_tells_of_year(text, said_year.end - 4, said_year.end, b,
                                                            tense() == Tense::past, document_year - said_year.year)))));
    if (anchors.narrative && meaning.kind == Kind::calendar && meaning.anchor != Anchor::reference &&
        meaning.point.year == unset && !state.opened_in_present && state.first_date)
      state.opened_in_present = opens_in_present(text, *state.first_date);
    if (anchors.narrative && meaning.kind == Kind::calendar && meaning.anchor != Anchor::reference &&
        meaning.point.year == unset &&
        told_in_present(text, starts, matches, i, tense, state.opened_in_present.value_or(false), document_year)) {
      expression_anchors.reference = anchors.document;
      expression_anchors.narrative = false;  // the tense says which side of the DCT, as in news
    }
    const int episode_year = anchors.narrative || elaborating || !state.episode
                                 ? unset
                                 : year_from_episode(text, b, e, tense, meaning, state.episode, document_index);
    // A day of an event ("on the first day") while news tells a past episode is a day of that
    // episode, not the day reported on: unknown, as in a narrative (normalize).
    if (meaning.day_of_event && !anchors.narrative && state.episode && !state.episode->ahead &&
        !paragraph_ends_between(text, state.episode->end, b))
      expression_anchors.narrative = true;
    // "the fiscal year ended Jan. 31": a date something ended on lies behind, however near the
    // next one is.
    const bool timeline_entry =
        meaning.kind == Kind::calendar &&
        heads_timeline_entry(text, b, e, meaning.point.year != unset && meaning.point.month == unset);
    bool weekday_from_episode = false;  // a weekday the episode's day dated (carries the episode on)
    bool stepped_back = false;  // a look back put it before the reference (year_before_reference, year_looking_back)
    auto normalized = [&] {
      if (e + 2 < text.size() && text[e] == ',' && is_yearless_month(meaning) && context.track_reference_time)
        if (const int apposed_year = year_of_apposed_count(text, e, begin, starts, matches, i, anchors);
            apposed_year != unset) {
          apposed_end = e;
          Meaning with_year = meaning;
          with_year.point.year = apposed_year;
          return normalize(with_year, expression_anchors, tense, signal);
        }
      if (timeline_entry && state.timeline.year != unset && is_yearless_month(meaning)) {
        Meaning with_year = meaning;
        with_year.point.year =
            state.timeline.year + (state.timeline.month != unset && meaning.point.month < state.timeline.month ? 1 : 0);
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (const int listed_year = year_from_list(starts, matches, i); listed_year != unset) {
        Meaning with_year = meaning;
        with_year.point.year = listed_year;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (is_yearless_month(meaning) && !anchors.narrative && !found.empty())
        if (const int bound_year = year_a_span_bounds(text, found.back(), b); bound_year != unset) {
          Meaning with_year = meaning;
          with_year.point.year = bound_year;
          return normalize(with_year, expression_anchors, tense, signal);
        }
      if (is_yearless_quarter(meaning))
        if (const int sibling_year =
                year_of_sibling_part(text, matches, starts, i, found.empty() ? nullptr : &found.back(), tense);
            sibling_year != unset) {
          Meaning with_year = meaning;
          with_year.point.year = sibling_year;
          return normalize(with_year, expression_anchors, tense, signal);
        }
      // A quarter or half a future act falls in ("is due to start pumping gas in the fourth
      // quarter", "will close in the second half"): the act's, ahead, not a reported period's.
      constexpr std::array<std::string_view, 6> act_in_part{"in", "during", "by", "until", "before", "within"};
      if (is_yearless_quarter(meaning) && tense() == Tense::future &&
          std::ranges::find(act_in_part, previous_word(text, b).view()) != act_in_part.end()) {
        Meaning ahead = meaning;
        ahead.not_before_anchor = true;
        return normalize(ahead, expression_anchors, tense, signal);
      }
      if (const int offset = relative_year_beside_holiday(text, starts, matches, i); offset != unset) {
        Meaning with_year = meaning;
        with_year.relative_year = offset;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (int year_after = unset, offset_after = unset;
          year_said_after_date(text, starts, matches, i, year_after, offset_after)) {
        Meaning with_year = meaning;
        with_year.point.year = year_after;
        with_year.relative_year = offset_after;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      // In a narrative, "the Spring Offensive of 1918" is the spring of 1918.
      if (const int ahead = anchors.narrative ? year_ahead_in_sentence(text, starts, matches, i) : unset;
          ahead != unset) {
        Meaning with_year = meaning;
        with_year.point.year = ahead;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (const int season_year =
              anchors.narrative
                  ? year_of_season_before(text, b, meaning, found.empty() ? nullptr : &found.back(), found_meaning)
                  : unset;
          season_year != unset) {
        Meaning with_year = meaning;
        with_year.point.year = season_year;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (const int year_before =
              anchors.narrative && reference.is_set()
                  ? year_before_reference(text, b, e, meaning, expression_anchors, state.reference_end)
                  : unset;
          year_before != unset) {
        Meaning with_year = meaning;
        with_year.point.year = year_before;
        stepped_back = true;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (const int year_back =
              anchors.narrative && reference.is_set() ? year_looking_back(text, b, meaning, expression_anchors) : unset;
          year_back != unset) {
        Meaning with_year = meaning;
        with_year.point.year = year_back;
        stepped_back = true;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (elaborating) {
        Meaning with_year = meaning;
        with_year.point.year = said_year.year;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (const int season_year =
              anchors.narrative
                  ? unset
                  : year_in_named_season(text, b, meaning, found.empty() ? nullptr : &found.back(), found_meaning);
          season_year != unset) {
        Meaning with_year = meaning;
        with_year.point.year = season_year;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (const int year_before = anchors.narrative ? unset
                                                    : year_of_sentence_before(text, b, tense, meaning,
                                                                              found.empty() ? nullptr : &found.back(),
                                                                              found_meaning, document_index / 12);
          year_before != unset) {
        Meaning with_year = meaning;
        with_year.kind = Kind::calendar;
        with_year.point.year = year_before;
        with_year.relative_year = unset;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      // A clock time or a part of the day told in the past after a past episode's day is of that day
      // ("Waterloo was fought on 18 June 1815. Napoleon attacked at 11:30 a.m.": 1815-06-18T11:30, was
      // the DCT's day), as is one a past putting off looks ahead to ("Napoleon delayed his attack
      // until 11:30 a.m.").
      if (!anchors.narrative && state.episode && !state.episode->ahead && state.episode->day != unset &&
          takes_the_episodes_day(meaning) && !paragraph_ends_between(text, state.episode->end, b) &&
          (tense() == Tense::past || (tense() == Tense::future && timex::follows_past_deferral(text, b)))) {
        Meaning with_day = meaning;
        with_day.kind = Kind::calendar;  // "the afternoon": of the episode's day
        with_day.point.year = year_of_index(state.episode->month_index);
        with_day.point.month = month_of_index(state.episode->month_index);
        with_day.point.day = state.episode->day;
        return normalize(with_day, expression_anchors, tense, signal);
      }
      // "the week" told in the past after a past episode's day is that day's week ("On Tuesday 3
      // March 1981 the strike began. By the end of the week the mines were closed": 1981-W10 END,
      // was the DCT's week), "the weekend" the one ending it.
      if (!anchors.narrative && state.episode && !state.episode->ahead && state.episode->day != unset &&
          names_the_week(meaning) && !paragraph_ends_between(text, state.episode->end, b) && tense() == Tense::past) {
        Anchors on_the_day = expression_anchors;
        on_the_day.reference = date::local_seconds{day_of(*state.episode).time_since_epoch()};
        Meaning of_the_day = meaning;
        of_the_day.anchor = Anchor::reference;
        of_the_day.direction = Direction::current;  // "the weekend": the one ending the day's week
        return normalize(of_the_day, on_the_day, tense, signal);
      }
      // A weekday alone told in the past after a past episode's day named with its weekday is the
      // first such day from it: the story counts its days ("On Thursday 9 November 1989 the border
      // opened. By Sunday two million people had crossed": 1989-11-12, was the DCT's last Sunday).
      if (!anchors.narrative && state.episode && !state.episode->ahead && state.episode->weekday_named &&
          state.episode->day != unset && is_lone_weekday(meaning) &&
          !paragraph_ends_between(text, state.episode->end, b) && tense() == Tense::past) {
        const date::sys_days from = day_of(*state.episode);
        const date::sys_days day =
            from + (date::weekday{static_cast<unsigned>(meaning.point.weekday % 7)} - date::weekday{from});
        const date::year_month_day ymd{day};
        weekday_from_episode = true;
        Meaning dated = meaning;
        dated.point.year = static_cast<int>(ymd.year());
        dated.point.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
        dated.point.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
        return normalize(dated, expression_anchors, tense, signal);
      }
      // "the new year" told in the past after a past episode is the one after the episode's
      // month ("encircled in December 1933. Fighting resumed early in the new year": 1934 START, was
      // the DCT's year); what went on went on into it. Only an episode's January is in it already.
      if (meaning.new_year && !anchors.narrative && state.episode && !state.episode->ahead &&
          !paragraph_ends_between(text, state.episode->end, b) && tense() == Tense::past) {
        Meaning with_year = meaning;
        with_year.kind = Kind::calendar;
        with_year.point.year =
            year_of_index(state.episode->month_index) + (month_of_index(state.episode->month_index) == 1 ? 0 : 1);
        with_year.new_year = false;
        return normalize(with_year, expression_anchors, tense, signal);
      }
      // "is usually conducted in the second and fourth quarters", "sales typically peak in the fourth
      // quarter": after an adverb of habit a quarter or half without its year is every year's, a
      // set (XXXX-Q4), as TimeBank tags the first (there with quant EVERY, which TimeML keeps for a
      // quantifier said, "every quarter"); so are a month ("Monsoon rains usually arrive in June":
      // XXXX-06), a range of months and a holiday, and what a period's definition times ("The
      // fiscal year begins in July").
      // A definition of the period said with its year in figures times that year's ("The 2026 tax
      // year runs from April 6 to April 5": 2026-04-06 to 2027-04-05).
      if (recurs_in_any_year(meaning)) {
        int subject_year = unset;
        // A holiday that is the subject of a statement of its date, and that date: every year's
        // ("Mother's Day falls on the second Sunday of May": XXXX-05-XX both).
        int defined_month = unset;
        const bool defined_holiday =
            meaning.holiday != unset && timex::holiday_subject_of_definition(text, b, e, &defined_month);
        if (timex::follows_habitual_adverb(text, b) || timex::times_generic_period(text, b, &subject_year) ||
            defined_holiday || timex::times_holiday_definition(text, b)) {
          Meaning recurring = meaning;
          recurring.kind = Kind::set;
          if (defined_holiday && defined_month != unset) {
            // The weekday the definition counts names the month ("In Canada, Thanksgiving falls on
            // the second Monday of October": XXXX-10-XX), its day unknown.
            recurring.holiday = unset;
            recurring.point.month = defined_month;
            auto out = normalize(recurring, expression_anchors, tense(), signal);
            if (out) out->value += "-XX";
            return out;
          }
          return normalize(recurring, expression_anchors, tense(), signal);
        }
        if (subject_year != unset) {
          Meaning with_year = meaning;
          with_year.point.year = subject_year;
          return normalize(with_year, expression_anchors, tense, signal);
        }
      }
      if (episode_year != unset) {
        Meaning with_year = meaning;
        with_year.kind = Kind::calendar;  // "the end of the year": of the episode's year
        with_year.point.year = episode_year;
        with_year.relative_year = unset;
        // "the end of the month", "on the 14th": of the episode's month.
        if (names_the_month(meaning) || is_day_alone(meaning))
          with_year.point.month = month_of_index(state.episode->month_index);
        return normalize(with_year, expression_anchors, tense, signal);
      }
      if (is_weekday_range(meaning) && (follows_habitual_verb(text, b) || lists_opening_hours(text, b, e))) {
        // "The office is open Monday-Friday": every such week, as "every Monday-Friday" is.
        if (const Tense habitual = tense(); habitual == Tense::present || habitual == Tense::unknown) {
          Meaning recurring = meaning;
          recurring.kind = Kind::set;
          return normalize(recurring, expression_anchors, habitual, signal);
        }
      }
      // "Visiting hours are Monday to Saturday": a schedule's subject says the routine, where "are"
      // before a day alone reads as planned ("The talks are Monday to Wednesday").
      if (is_weekday_range(meaning) && timex::follows_schedule_subject(text, b)) {
        Meaning recurring = meaning;
        recurring.kind = Kind::set;
        return normalize(recurring, expression_anchors, Tense::present, signal);
      }
      // "over the next decade", "for the next decade": how long, as "the past decade" is (WikiWars'
      // "for the next decade", P10Y); "in the next decade" is the decade.
      if (meaning.kind == Kind::relative && meaning.direction == Direction::next && meaning.amount == 1 &&
          (meaning.unit == Unit::decade || meaning.unit == Unit::century) && [&] {
            const ShortWord spanned = previous_word(text, b);
            return spanned == "over" || spanned == "for" || spanned == "throughout";
          }()) {
        Meaning length = meaning;
        length.kind = Kind::duration;
        return normalize(length, expression_anchors, tense, signal);
      }
      // A market report's result is no timetable ("Wall Street opens higher on Friday", below).
      if (meaning.point.weekday != unset && is_weekday_arrangement(text, b, e, meaning) &&
          !timex::follows_market_result(text, b)) {
        // A timetable's verb is a present of its own, whatever an aside before it tells ("The
        // agency, founded in November, opens its first office on Monday"), as is an arranged event's
        // ("The referendum on Monday settles a question that split the party").
        // In a headline a verb that is as often a noun tells no timetable: "Pope visits flood
        // victims Sunday" is the headline's present, below.
        if (const Tense said = tense();
            (said == Tense::present || said == Tense::unknown || timex::follows_scheduled_act(text, b) ||
             timex::dates_arranged_subject(text, b, e)) &&
            (!timex::in_present_headline(text, b, e) || timex::follows_timetable_verb(text, b) ||
             timex::says_open_or_closed(text, b, e)))
          return normalize(meaning, expression_anchors, Tense::future, signal);
      }
      // A futures contract's month is its delivery, ahead: "Crude oil for December delivery fell".
      if (is_yearless_month(meaning) && meaning.point.day == unset && !meaning.has_range_end &&
          timex::names_delivery_month(text, b, e))
        return normalize(meaning, expression_anchors, Tense::future, signal);
      // A month's figures are released after it: in a future clause the nearest such month ("will
      // release September trade figures next week" said in November, "the figures for February"),
      // not the coming one; but figures that are the subject of the future are predicted for the
      // month ahead ("Officials said October sales will rise").
      if (is_yearless_month(meaning) && meaning.point.day == unset && !meaning.has_range_end &&
          (timex::names_data_month(text, e) || timex::data_for_month(text, b)) && tense() == Tense::future &&
          !timex::data_month_subject_of_future(text, b, e))
        return normalize(meaning, expression_anchors, Tense::unknown, signal);
      // A month alone after a timetable's verb is ahead as its weekday is, even in a report told in
      // the past (a present reported keeps its tense): "Officials said the museum reopens in June"
      // said in March is this June, not last June. The month next to the DCT's may still be the one
      // just gone, as the tense allows ("The 2026 Winter Olympics open in Milan in February" said in
      // March 2026).
      if (is_yearless_month(meaning) && meaning.point.day == unset && !meaning.has_range_end && b >= 3 &&
          text.substr(b - 3, 3) == "in " && tense() != Tense::event_past && timex::follows_scheduled_act(text, b))
        return normalize(meaning, expression_anchors, Tense::future, signal);
      // So is a day of a month without a year, the act's own date even when near: "The summit opens in
      // Belem on November 10" said on November 15 is next year's (a present looks back). So is the
      // day a range of the act begins on, as it is alone: "Early voting runs (from) Oct. 20 until the
      // end of the week", "runs between Oct. 20 and Oct. 25" (were the nearest, last October's); but
      // a range under way, its nearest reading not over by the DCT, is that one ("The exhibition runs
      // Jan. 20 through March 15" said in February).
      if (meaning.kind == Kind::calendar && meaning.point.day != unset && meaning.point.month != unset &&
          meaning.point.year == unset && tense() != Tense::past && tense() != Tense::event_past &&
          (timex::follows_scheduled_act(text, b) || timex::dates_timetabled_subject(text, b, e))) {
        if (meaning.has_range_end)
          if (auto nearest = normalize(meaning, expression_anchors, tense, signal))
            if (const auto span = interval_of(expression_of(*nearest), date::sys_days{document_day});
                span && span->end >= date::sys_days{document_day})
              return nearest;
        return normalize(meaning, expression_anchors, Tense::event_future, signal);
      }
      if (meaning.kind == Kind::calendar && meaning.point.weekday != unset && meaning.point.day == unset &&
          meaning.direction == Direction::by_tense) {
        // A weekday after a past commitment and its object is the day it was made: "Microsoft
        // agreed to buy Activision on Monday".
        if (tense() == Tense::future && timex::follows_past_commitment(text, b))
          return normalize(meaning, expression_anchors, Tense::past, signal);
        // A listing's or a programme's weekday and clock time, no verb said, is the coming one:
        // "Sat 10am-4pm", "Fri 8pm" said on a Tuesday are this week's (were the nearest, last Saturday).
        if (tense() == Tense::unknown && meaning.point.hour != unset && timex::is_listing_item(text, b, e))
          return normalize(meaning, expression_anchors, Tense::future, signal);
        // A headline's present tells news just gone ("Storm hits coast Sunday"), but a planned
        // act's ("Pope visits flood victims Sunday", "Senate votes on budget Friday": a timetable's
        // verb that is as often a noun) may be a preview: the nearer day (Sunday said on a Friday
        // is the coming one, on a Tuesday the last). So may a market's result ("Markets open lower
        // Monday" said on a Saturday), the one gone when about as near, as a present clause reads
        // it. A timetable's own verb was read above ("Polls close Sunday").
        if (tense() == Tense::present || tense() == Tense::unknown) {
          // In running text a market report's result in the present is the past: "Stocks close
          // higher on Friday."
          if (timex::follows_market_result(text, b))
            return normalize(meaning, expression_anchors,
                             timex::in_any_headline(text, b, e) ? Tense::present : Tense::past, signal);
          if (timex::in_present_headline(text, b, e))
            return normalize(meaning, expression_anchors,
                             timex::follows_scheduled_act(text, b) ? Tense::unknown : Tense::past, signal);
        }
      }
      // "overnight" told as to come is the night ahead, the report's day's own: "The votes will be
      // counted overnight" 2026-03-10TNI said that day (the night before it in the past, "Stocks fell
      // overnight").
      if (meaning.overnight && (tense() == Tense::future || tense() == Tense::event_future)) {
        Meaning tonight = meaning;
        tonight.direction = Direction::current;
        return normalize(tonight, expression_anchors, tense(), signal);
      }
      if (!anchors.narrative && (is_yearless_month(meaning) || is_lone_weekday(meaning))) {
        // A future a report tells counts from the telling's date when its sentence dates the telling
        // by a month or a day gone: "In September the bank said rates will rise in October" said
        // 2014-12-10 is 2014-10, the October after the report's September (was 2015-10, the DCT's
        // coming one); "On Monday the ministry said talks would resume on Thursday" said on a
        // Saturday is that week's Thursday (telling_dated_by). A telling dated by a year alone keeps
        // the DCT's reading.
        if (!found.empty() && tense() == Tense::future)
          if (const auto day = telling_day(text, b, found.back(), expression_anchors.document)) {
            Anchors from_telling = expression_anchors;
            from_telling.document = from_telling.reference = date::local_seconds{day->time_since_epoch()};
            from_telling.document_is_moment = false;
            // Ahead of the telling however near its month's last one is ("In January, Smith said the
            // plant would close in December" is the December after).
            return normalize(meaning, from_telling, Tense::event_future, signal);
          }
        // What a directive asks is ahead of the telling when a present or a future after the date
        // says it is still to come: "Residents were told to stay indoors on Saturday as the storm
        // approaches" said on a Tuesday is the coming Saturday; so is a deadline it sets, "Officials
        // urged residents to leave by Friday", "asked firms to submit bids before Sept. 30"
        // (directive_ahead).
        if (timex::directive_ahead(text, b, e) && tense() != Tense::future)
          return normalize(meaning, expression_anchors, Tense::future, signal);
      }
      // A proceeding a past act waits for, a weekday alone after the act's own weekday alone in its
      // sentence, is the first such day after the act: "Shares rose on Friday ahead of the election on
      // Sunday" said on a Monday is the day before (was the coming Sunday, six days off); undated
      // acts keep the coming day.
      if (is_lone_weekday(meaning) && !anchors.narrative && found_meaning != nullptr &&
          is_lone_weekday(*found_meaning) && found.back().end < b && b - found.back().end <= 80 &&
          found.back().value.size() == 10 &&
          text.substr(found.back().end, b - found.back().end).find_first_of(".;!?\n") == std::string_view::npos &&
          timex::waits_for_proceeding(text, b)) {
        const std::string& act_value = found.back().value;
        const date::year_month_day act_ymd{date::year{std::atoi(act_value.c_str())},
                                           date::month{static_cast<unsigned>(std::atoi(act_value.c_str() + 5))},
                                           date::day{static_cast<unsigned>(std::atoi(act_value.c_str() + 8))}};
        const date::sys_days today{date::floor<date::days>(expression_anchors.document).time_since_epoch()};
        if (act_ymd.ok() && date::sys_days{act_ymd} < today) {
          const date::sys_days act{act_ymd};
          const date::days gap = date::weekday{static_cast<unsigned>(meaning.point.weekday % 7)} - date::weekday{act};
          const date::year_month_day ymd{act + (gap == date::days{0} ? date::days{7} : gap)};
          Meaning dated = meaning;
          dated.point.year = static_cast<int>(ymd.year());
          dated.point.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
          dated.point.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
          return normalize(dated, expression_anchors, tense, signal);
        }
      }
      // A holiday a past run-up led to is the coming one when it is near: "Shops were busy ahead of
      // Christmas" said on 18 December is this Christmas (was last year's); on 5 January the last.
      if (is_yearless_holiday(meaning) && !anchors.narrative && b >= 9 && text.substr(b - 9, 9) == "ahead of " &&
          tense() == Tense::past && holiday_within_month_ahead(meaning, expression_anchors))
        return normalize(meaning, expression_anchors, Tense::future, signal);
      // So is one a present perfect readies for: "Rose prices for Valentine's Day have soared" said in
      // January is this February's, "Airlines have added flights for Thanksgiving" two weeks before it.
      if (is_yearless_holiday(meaning) && !anchors.narrative && previous_word(text, b) == "for" &&
          tense() == Tense::past && holiday_within_month_ahead(meaning, expression_anchors) &&
          tells_present_perfect(text, sentence_around(text, b, e).first, sentence_around(text, b, e).second))
        return normalize(meaning, expression_anchors, Tense::future, signal);
      if (meaning.kind != Kind::calendar ||
          (previous_word(text, b) != "ended" &&
           !(is_yearless_month(meaning) && found_meaning != nullptr &&
             closes_reported_period(text, found.back(), *found_meaning, b, e) && tense() == Tense::past &&
             !timex::future_seen_from_past(text, timex::sentence_around(text, b, e).first, b))))
        return normalize(meaning, expression_anchors, tense, signal);
      Meaning ended = meaning;
      ended.not_after_anchor = true;
      // A period that ends with a whole month is over only once the month is: "the year to February"
      // told in the past in February is the last year's (2013-02 said 2014-02-05).
      if (meaning.point.day == unset && meaning.point.month == document_index % 12 + 1 &&
          previous_word(text, b) != "ended")
        ended.point.year = document_index / 12 - 1;
      return normalize(ended, expression_anchors, Tense::past, signal);
    }();
    // A yearless day that the reference's year would put before a flashback to a day or a month
    // resumes the story after the latest day it reached: "Operation Marne was launched on 15 July" after
    // "created ... on 5 November 1917" in an account of 28 March 1918 is 1918-07-15, not 1917-07-15.
    // (A day after the flashback's goes on from it.)
    // A day told in the past perfect lies further back still ("on 2 September, the staff had begun").
    if (expression_anchors.narrative && normalized && normalized->new_reference && is_yearless_month(meaning) &&
        meaning.point.day != unset)
      if (const std::optional<Anchors> resumed = reference.resumed(expression_anchors, *normalized->new_reference);
          resumed && year_from_list(starts, matches, i) == unset &&
          year_ahead_in_sentence(text, starts, matches, i) == unset && !in_past_perfect_clause(text, b) &&
          !past_perfect_follows(text, e))
        if (auto again = normalize(meaning, *resumed, tense, signal);
            again && again->new_reference && *again->new_reference > reference.latest())
          normalized = std::move(again);
    // A spring, summer or autumn without its year right after the story reached a winter is the one
    // after that winter, not the one of the calendar year the winter begins in ("passed the winter
    // [BC0481-WI]. Early in spring it moved to Abydos": BC0480-SP, was BC0481-SP).
    if (anchors.narrative && normalized && !state.winter_reached.empty() && is_yearless_season(meaning) &&
        meaning.point.season != winter_season && !in_past_perfect_clause(text, b) && !past_perfect_follows(text, e) &&
        std::string_view(normalized->value)
            .starts_with(std::string_view(state.winter_reached).substr(0, state.winter_reached.size() - 2))) {
      Meaning after_winter = meaning;
      after_winter.point.year = year_of_value(state.winter_reached) + 1;
      if (auto again = normalize(after_winter, expression_anchors, tense, signal)) normalized = std::move(again);
    }
    if (normalized && counted_from_untold_time) {
      for (char& c : normalized->value)
        if (c >= '0' && c <= '9') c = 'X';
      normalized->range_begin.reset();  // "XXXX-09..XXXX-12" says no more than XXXX mod END
      normalized->range_end.reset();
      normalized->new_reference.reset();  // no time to move the story to
    }
    if (!normalized) {
      // A range without a value is its parts: read again from the first (`i` wraps round to it).
      if (meaning.has_range_end && split_into_parts(text, i, document_year, scratch)) {
        found.reserve(matches.size());  // room for every match still, the parts included (see below)
        --i;
        continue;
      }
      if (state.impossible_dates != nullptr)
        if (std::string reason = impossible_day_reason(meaning); !reason.empty())
          state.impossible_dates->push_back({b, e, std::string(text.substr(b, e - b)), std::move(reason)});
      said_year = {};
      continue;
    }
    // Built where it is kept (`found` has room for every match, kept so when a range is split into
    // its parts: nothing moves, and `previous` stays valid), rather than moved
    // there with its nine strings (speed); `previous` is the expression found before it, if any.
    TimeExpression* const previous = found.empty() ? nullptr : &found.back();
    const std::size_t antecedent_index = antecedent == nullptr ? found.size() : antecedent - found.data();
    TimeExpression& t = found.emplace_back();
    assign_expression(*normalized, t);
    // An anaphor that took its antecedent names that time again: the year phrase and the episode go
    // on as the antecedent left them ("shot on 28 June 1914. By then ... On 23 July": 1914-07-23).
    const bool names_again = antecedent_index + 1 < found.size();
    if (names_again) {
      const TimeExpression& named = found[antecedent_index];
      t.type = named.type;
      t.value = named.value;
      t.mod = named.mod;
      // Only an offset restating a date takes an antecedent where nothing points back (date_restated).
      if (pointing == PointsBack::no) restate(t, meaning.unit);
    }
    if (i > 0 && meaning.point.day != unset && meaning.point.year == unset &&
        (starts[i] == matches[i - 1].first + 5 || starts[i] == matches[i - 1].first + 2 ||
         starts[i] == matches[i - 1].first + 6) &&
        meaning.point.month == matches[i - 1].second.point.month)
      take_joined_day_year(previous, static_cast<std::size_t>(matches[i - 1].first - begin), t);
    t.begin = season_phrase_begin(text, b, e, meaning);
    t.end = e;
    t.text.assign(text.substr(t.begin, e - t.begin));
    if (is_yearless_holiday(meaning))
      date_holiday_named_event(text, e, std::span(matches).subspan(i + 1), std::span(starts).subspan(i + 1), meaning,
                               t);
    if (meaning.holiday != unset && meaning.point.year == unset && anchors.narrative)
      keep_holiday_named_event(text, e, state.holiday_named_events, t);
    t.signal.assign(signal);
    // A clock time keeps the zone it names, on its own day or on each day of a set ("9 a.m. CST
    // daily", "every weekday at 14:00 GMT": the set's clock, rules_clock.cpp).
    if (meaning.zone_offset != unset && (t.type == TimexType::time || t.type == TimexType::set))
      t.zone_offset = meaning.zone_offset;
    compare_same_month(text, t, meaning, last_month, last_period);
    compare_same_period(t, meaning, last_period, last_length, context.dct);
    if (previous != nullptr) period_a_date_ends(text, *previous, *found_meaning, t, last_period);
    part_at_edge_of_period(text, t, meaning, nullptr);
    if (previous != nullptr) part_at_edge_of_period(text, *previous, *found_meaning, &t);
    if (previous != nullptr && previous->range_end && names_the_year(meaning) && !anchors.narrative &&
        t.value.size() == 4 && t.mod.empty() && previous->end + 4 == t.begin && tense() == Tense::past)
      edge_of_the_year_just_ended(text, *previous, *found_meaning, t, document_index);
    if (previous != nullptr && part_of_an_unsaid_year(meaning)) siblings_agree(text, matches, starts, i, *previous, t);
    if (previous != nullptr && meaning.relative_year != unset)
      list_takes_counted_year(text, matches, starts, i, found, t);
    if (previous != nullptr && is_yearless_day(meaning))
      days_agree(text, matches, starts, i, *previous, t, tense(), context.dct);
    // A day named again in apposition to the one before (day_in_apposition, offset_names_apposed_date).
    bool in_apposition = false;
    if (const TimeExpression* before =
            previous == nullptr ? (state.last_found ? &*state.last_found : nullptr) : previous;
        (meaning.day_of_event || is_lone_weekday(meaning)) && before != nullptr)
      in_apposition = day_in_apposition(text, *before, t, !meaning.day_of_event);
    if (!in_apposition && previous != nullptr && meaning.kind == Kind::calendar &&
        found_meaning->kind == Kind::relative)
      in_apposition = offset_names_apposed_date(text, *previous, *found_meaning, t, meaning);
    if (previous != nullptr) holiday_on_its_day(text, *previous, *found_meaning, t, meaning);
    // A quarter a comparison produced ("a year earlier": 1988-Q3, "the year-ago third quarter") is
    // not the period the report is about: the next "a year earlier" compares with the same quarter.
    // "this year's third quarter" is; a quarter still ahead ("will report losses through the third
    // quarter of 1990") is a forecast, not a report, and so is the DCT's own told ahead or after a
    // verb of forecasting earlier in its sentence ("will cut jobs in the fourth quarter", "expect
    // the trend to continue into the fourth quarter" said in October: the next "year-ago period"
    // compares with the reported third quarter).
    if (t.type == TimexType::date && t.value.size() == 7 && (t.value[5] == 'Q' || t.value[5] == 'H') &&
        t.value == normalized->value && (meaning.relative_year == timex::unset || meaning.relative_year == 0)) {
      const std::string current = quarter_of(context.dct, t.value[5]);
      const auto forecast = [&] {
        return tense() == Tense::future ||
               timex::any_word_in(text, timex::sentence_around(text, b, e).first, b, [](std::string_view word) {
                 constexpr std::string_view forecasting[] = {"expect",      "expects", "expecting", "forecast",
                                                             "forecasts",   "predict", "predicts",  "anticipate",
                                                             "anticipates", "project", "projects"};
                 return std::find(std::begin(forecasting), std::end(forecasting), word) != std::end(forecasting);
               });
      };
      if (t.value < current || (t.value == current && !forecast())) last_period = {t.value, e};
    }
    // And a length of months a report covers ("the nine months", "the first six months"): P2M..P11M.
    if (t.type == TimexType::duration && meaning.kind == timex::Kind::duration && meaning.unit == timex::Unit::month &&
        meaning.amount_known && meaning.amount >= 2 && meaning.amount < 12 && t.value == normalized->value &&
        (t.text.starts_with("the") || t.text.starts_with("The")) && t.mod.empty())
      last_length = {t.value, e};
    // And a month named ("in May", "in December 2024"), or a day of one ("the six months ended Aug.
    // 12"), for a comparison with it (compare_same_month).
    if (t.type == TimexType::date && (t.value.size() == 7 || t.value.size() == 10) && t.value[4] == '-' &&
        t.value[5] >= '0' && t.value[5] <= '1' && meaning.kind == timex::Kind::calendar &&
        meaning.point.month != unset && (t.value.size() == 7 || meaning.point.day != unset))
      last_month = {t.value, e};
    // Whether a narrative's reference time stays where it is at this date (docs/time-expressions.md).
    const auto stays = [&] {
      if (passing[i] || stepped_back) return true;
      // A date in parentheses is an aside, whichever way it points: "the invasion phase (March 19 -
      // April 30)", "the Chinese Winter Offensive (early 1951)".
      if (in_parentheses(text, t.begin)) return true;
      if (in_descriptive_aside(text, t.begin, e)) return true;
      if (!reference.is_set()) return false;
      const date::sys_days current{date::floor<date::days>(anchors.reference).time_since_epoch()};
      // A year some years off that the story comes straight back from is an excursion: "In
      // November 2008, protesters staged a similar stomping" in an account of 2003 whose next year
      // named is 2003 (passing_years handles the far ones without the reference).
      constexpr int excursion_years = 3;
      const int current_year = static_cast<int>(date::year_month_day{current}.year());
      if (meaning.kind == Kind::calendar && meaning.point.year != unset &&
          std::abs(meaning.point.year - current_year) >= excursion_years && next_named_year[i] == current_year)
        return true;
      // An earlier date is background when it names a thing ("the 1978 Treaty", "surpassing the
      // May 2007 high"), its clause is in the past perfect ("forces that had invaded in late
      // 1943") or it is what the clause compares with ("as opposed to a peak in summer 2007"); one
      // ahead may open the next episode ("the June 1916 Brusilov offensive"), unless it ends a span
      // in a relative clause, which looks ahead from what the clause describes: "the Soviets
      // launched an assault that lasted until the fall of Budapest in February 1945" leaves the
      // story in 1944 ("until" alone does not: "The siege lasted until January 1944. In March ...").
      if (*normalized->new_reference > current) return ends_span_of_relative_clause(text, t.begin);
      return *normalized->new_reference < current &&
             (qualifies_noun(text, t.begin, e) || in_past_perfect_clause(text, t.begin) ||
              in_comparison(text, t.begin));
    };
    const bool moves = context.track_reference_time && normalized->new_reference && !names_again && !in_apposition &&
                       !(anchors.narrative && stays()) && !listed_before_counted_year(matches, starts, i);
    if (moves) {
      reference.move_to(winter_from_autumn(*normalized->new_reference, t.value, reference, anchors), t.value, anchors);
      state.reference_end = e;
      state.winter_named = meaning.kind == Kind::calendar && meaning.point.year != unset &&
                                   meaning.point.season == winter_season && t.value.ends_with("-WI")
                               ? year_of_value(t.value)
                               : unset;
    }
    // A winter without its year moves no reference (normalize), but a story in its year's autumn or
    // later has reached it. One named from earlier in the year may be the winter before (a story
    // stepping back after "June 479 BC": "Over the winter, ...").
    if (anchors.narrative && is_yearless_season(meaning) && meaning.point.season == winter_season &&
        reference.is_set() && [&] {
          constexpr unsigned autumn = 9;
          const date::year_month_day at{date::floor<date::days>(anchors.reference)};
          return static_cast<unsigned>(at.month()) >= autumn && year_of_value(t.value) == static_cast<int>(at.year());
        }())
      state.winter_reached = t.value;
    else if (moves)
      state.winter_reached.clear();
    // A year alone ("in 2023", "last year": a value of four digits) opens a phrase that months may
    // elaborate; a month that did carries it on; anything else ends it.
    const bool year_alone = t.type == TimexType::date && t.value.size() == 4 && !t.range_begin &&
                            std::all_of(t.value.begin(), t.value.end(), timex::ascii::is_digit);
    if (!names_again) {
      if (year_alone)
        said_year = {std::atoi(t.value.c_str()), e};
      else if (elaborating)
        said_year.end = e;
      else
        said_year = {};
      said_year_elaborated = elaborating;
    }
    // Most expressions neither go on from an episode nor may open one: no call (speed).
    if (!anchors.narrative && !names_again &&
        (state.episode ||
         (((meaning.kind == Kind::calendar &&
            (meaning.point.year != unset || (meaning.has_range_end && meaning.range_end.year != unset))) ||
           year_alone) &&
          next_unit_without_year[i] < text.size())))
      follow_episode(text, t, meaning, episode_year != unset || weekday_from_episode, year_alone,
                     next_unit_without_year[i], document_index, signal, state.episode);
    // So does a part of the day after "in" ("on March 3 in the morning": 03-03TMO, not the DCT's).
    const bool part_of_story_day = meaning.kind == Kind::relative && meaning.unit == Unit::day &&
                                   meaning.anchor == Anchor::story && meaning.point.part_of_day != unset;
    from_document.push_back(
        (meaning.kind == Kind::relative || (meaning.kind == Kind::calendar && meaning.relative_year != unset)) &&
        meaning.anchor == Anchor::document);
    from_document_day.push_back(meaning.kind == Kind::relative && meaning.unit == Unit::day &&
                                meaning.anchor == Anchor::document && meaning.point.weekday == unset &&
                                meaning.holiday == unset);
    day_from_anchor.push_back(
        t.type == TimexType::time &&
        ((meaning.kind == Kind::calendar && !meaning.said_today && meaning.point.year == unset &&
          meaning.point.month == unset && meaning.point.day == unset && meaning.point.weekday == unset) ||
         part_of_story_day));
    minutes_from_clock.push_back(counted_clock_minutes(meaning, t));
    weekday_said.push_back(weekday_said_of(meaning));
    if (timeline_entry) {
      const int index = month_index_of(t.value);
      if (index != unset)
        state.timeline = {year_of_index(index), month_of_index(index)};
      else if (year_alone)
        state.timeline = {year_of_value(t.value), unset};
    }
    if (!state.first_date) state.first_date = FirstDate{b, counted_from_document(meaning)};
    found_meaning = &meaning;
  }
  date_times_before_their_day(text, found, day_from_anchor);
  clock_times_share_their_day(text, found, day_from_anchor, document_year);
  counts_from_the_clock_before(text, found, minutes_from_clock);
  weekday_sets_share_their_hours(text, found);
  weekdays_joined_lie_together(text, found, weekday_said);
  days_in_quotations_from_saying(text, found, from_document_day,
                                 date::sys_days{date::floor<date::days>(anchors.document).time_since_epoch()});
  back_then_takes_the_episode(text, found,
                              static_cast<int>(date::year_month_day{date::floor<date::days>(anchors.document)}.year()));
  // A feature that opens in the reporter's present ("Tom Hale has died") quotes people speaking now.
  if (anchors.narrative && !state.opened_in_present && state.first_date)
    state.opened_in_present = opens_in_present(text, *state.first_date);
  if (anchors.narrative && !state.opened_in_present.value_or(false))
    narrative_quotations_from_saying(text, found, from_document, from_document_day);
  // Last: it joins two expressions, which the lists kept beside `found` above count apart.
  schedule_hours_recur(text, found);
  hours_before_weekday_range_recur(text, found);
  weekday_range_set_takes_its_hours(text, found);
  original_date_beside_its_new_one(text, found);
  // Only a segment after this one reads it (a copy of strings: none for a text tagged whole).
  if (!found.empty() && state.resume < text.size()) state.last_found = found.back();
  // A huge text's matches are not kept for the rest of the thread's life.
  if (matches.capacity() > 4 * SegmentScratch::most_reserved) scratch = {};
  return found;
}

// The expressions whose matches start in text[state.resume, scan_end) (a match or word begun
// before scan_end is read to its end), normalised with what the segments before left in `state`.
// The whole text in one segment is find_time_expressions.
std::vector<TimeExpression> tag_segment(std::string_view text, std::size_t scan_end, const ParseContext& context,
                                        SegmentState& state) {
  SegmentScratch& scratch = segment_scratch();
  const timex::FamilyMemoScope memo;  // families calling each other at one token run once (family_memo.hpp)
  const date::year_month_day document_day = document_day_of(context);
  const char* const p =
      scan_segment(text, state.resume, scan_end, context, static_cast<int>(document_day.year()), scratch);
  return normalize_segment(text, p, context, document_day, state, scratch);
}

// Where the segment from `from` ends: at the last paragraph break in the second half of the next
// `segment_bytes`, else the last line break, sentence end or blank there, else at a character
// boundary; every segment holds at least half of `segment_bytes`. Cutting where a paragraph ends
// keeps every rule that reads within a sentence whole.
std::size_t segment_end(std::string_view text, std::size_t from, std::size_t segment_bytes) {
  // A rest shorter than half a segment joins this one: no segment is judged on a few lines.
  if (text.size() - from <= segment_bytes + segment_bytes / 2) return text.size();
  const std::size_t limit = from + segment_bytes;
  const std::size_t earliest = from + segment_bytes / 2;
  // Only the window is searched: a text without line breaks is not read back to its start.
  const std::string_view window = text.substr(earliest, limit - earliest);
  for (const std::string_view mark : {"\n\n", "\n", ". ", "? ", "! ", " "})
    if (const std::size_t at = window.rfind(mark); at != std::string_view::npos) return earliest + at + mark.size();
  // No blank in half a segment: cut between characters, not inside one.
  std::size_t cut = limit;
  while (cut > earliest && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace

std::vector<TimeExpression> find_time_expressions(std::string_view text, const ParseContext& context,
                                                  std::vector<ImpossibleDate>* impossible_dates) {
  SegmentState state;
  state.impossible_dates = impossible_dates;
  return tag_segment(text, text.size(), context, state);
}

namespace {

// A text of a batch between its two passes: pass 1's matches (SegmentScratch's), where it stopped
// and the DCT's day.
struct ScannedText {
  std::vector<std::pair<const char*, timex::Meaning>> matches;
  std::vector<const char*> starts;
  const char* resume = nullptr;
  date::year_month_day document_day;
};

}  // namespace

std::vector<std::vector<TimeExpression>> find_time_expressions(
    std::span<const TextToTag> texts, std::vector<std::vector<ImpossibleDate>>* impossible_dates) {
  std::vector<std::vector<TimeExpression>> found(texts.size());
  if (impossible_dates != nullptr) {
    impossible_dates->clear();
    impossible_dates->resize(texts.size());
  }
  SegmentScratch& scratch = segment_scratch();
  // Each text's matches from pass 1 to pass 2; kept per thread from one call to the next, as the
  // scratch is.
  static thread_local std::vector<ScannedText> scanned;
  for (std::size_t first = 0; first < texts.size();) {
    std::size_t last = first + 1, bytes = texts[first].text.size();
    while (last < texts.size() && bytes + texts[last].text.size() <= batch_pass_bytes)
      bytes += texts[last++].text.size();
    if (scanned.size() < last - first) scanned.resize(last - first);
    // Each pass opens a memo scope per text (family_memo.hpp): two texts of a batch may be one
    // string read against two DCTs.
    for (std::size_t i = first; i < last; ++i) {
      ScannedText& s = scanned[i - first];
      const timex::FamilyMemoScope memo;
      s.document_day = document_day_of(texts[i].context);
      s.resume = scan_segment(texts[i].text, 0, texts[i].text.size(), texts[i].context,
                              static_cast<int>(s.document_day.year()), scratch);
      s.matches.swap(scratch.matches);
      s.starts.swap(scratch.starts);
    }
    for (std::size_t i = first; i < last; ++i) {
      ScannedText& s = scanned[i - first];
      scratch.matches.swap(s.matches);
      scratch.starts.swap(s.starts);
      const timex::FamilyMemoScope memo;
      SegmentState state;
      state.impossible_dates = impossible_dates != nullptr ? &(*impossible_dates)[i] : nullptr;
      found[i] = normalize_segment(texts[i].text, s.resume, texts[i].context, s.document_day, state, scratch);
      // A huge text's matches are not kept for the rest of the thread's life.
      if (s.matches.capacity() > 4 * SegmentScratch::most_reserved) s = {};
    }
    first = last;
  }
  return found;
}

void for_each_time_expression(std::string_view text, const ParseContext& context,
                              const std::function<void(TimeExpression&)>& emit, std::size_t segment_bytes,
                              std::vector<ImpossibleDate>* impossible_dates) {
  segment_bytes = std::max<std::size_t>(segment_bytes, 2);  // every segment moves on
  SegmentState state;
  state.impossible_dates = impossible_dates;
  while (state.resume < text.size()) {
    const std::size_t cut = segment_end(text, state.resume, segment_bytes);
    for (TimeExpression& t : tag_segment(text, cut, context, state)) emit(t);
  }
}

}  // namespace annalist
