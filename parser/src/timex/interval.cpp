// interval_of() and find_document_date(): placing TIMEX3 values on the calendar.
#include <annalist/parser/time_expression.hpp>

#include "calendar_period.hpp"

#include <date/iso_week.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace annalist {
namespace {

using namespace date;
using Period = timex::CalendarPeriod;
using timex::period_of;

// Reads `count` digits at text[at]; nullopt unless they are all digits.
std::optional<int> read_digits(std::string_view text, std::size_t at, std::size_t count) {
  if (text.size() < at + count) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + count, value);
  if (error != std::errc{} || end != text.data() + at + count) return std::nullopt;
  return value;
}

sys_days last_day(int y, unsigned m) { return sys_days{year{y} / month{m} / last}; }

// The third of a period that START / MID / END name.
Period part_of(const Period& p, std::string_view mod) {
  const auto length = (p.end - p.start).count() + 1;
  const auto third = days{std::max<long>(length / 3, 1) - 1};
  Period part = p;
  if (mod == "START") part.end = p.start + third;
  if (mod == "MID") part.start = p.start + days{length / 3}, part.end = part.start + third;
  if (mod == "END") part.start = p.end - third;
  return part;
}

bool is_blank_or_punctuation(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || std::ispunct(static_cast<unsigned char>(c));
}

}  // namespace

std::optional<Period> timex::period_of(std::string_view value) {
  if (const auto t = value.find('T'); t != std::string_view::npos && t >= 2) value = value.substr(0, t);
  if (value.size() == 2) {
    const auto c = read_digits(value, 0, 2);
    if (!c) return std::nullopt;
    return Period{sys_days{year{*c * 100} / 1 / 1}, last_day(*c * 100 + 99, 12), Granularity::century};
  }
  if (value.size() == 3) {
    const auto d = read_digits(value, 0, 3);
    if (!d) return std::nullopt;
    return Period{sys_days{year{*d * 10} / 1 / 1}, last_day(*d * 10 + 9, 12), Granularity::decade};
  }
  const auto y = read_digits(value, 0, 4);
  if (!y) return std::nullopt;
  if (value.size() == 4) return Period{sys_days{year{*y} / 1 / 1}, last_day(*y, 12), Granularity::year};
  if (value[4] != '-' || value.size() < 7) return std::nullopt;
  const std::string_view rest = value.substr(5);
  if (rest[0] == 'W' && rest.size() >= 3 && std::isdigit(static_cast<unsigned char>(rest[1]))) {
    const auto w = read_digits(rest, 1, 2);
    if (!w || *w < 1 || *w > 53) return std::nullopt;
    const sys_days monday{iso_week::year{*y} / iso_week::weeknum{static_cast<unsigned>(*w)} / iso_week::mon};
    if (rest.substr(3) == "-WE") return Period{monday + days{5}, monday + days{6}, Granularity::week};
    return Period{monday, monday + days{6}, Granularity::week};
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H')) {
    const int n = rest[1] - '0';
    const int span = rest[0] == 'Q' ? 3 : 6;
    if (n < 1 || n > 12 / span) return std::nullopt;
    const unsigned first = static_cast<unsigned>(1 + span * (n - 1));
    return Period{sys_days{year{*y} / month{first} / 1}, last_day(*y, first + span - 1),
                  rest[0] == 'Q' ? Granularity::quarter : Granularity::half};
  }
  static constexpr std::string_view seasons[] = {"SP", "SU", "FA", "WI"};
  for (unsigned s = 0; s < 4; ++s) {
    if (rest != seasons[s]) continue;
    const year_month first = year{*y} / month{3 + 3 * s};
    const year_month final = first + months{2};
    return Period{sys_days{first / 1}, sys_days{final / last}, Granularity::season};
  }
  const auto m = read_digits(rest, 0, 2);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  if (rest.size() == 2)
    return Period{sys_days{year{*y} / *m / 1}, last_day(*y, static_cast<unsigned>(*m)), Granularity::month};
  if (rest.size() != 5 || rest[2] != '-') return std::nullopt;
  const auto d = read_digits(rest, 3, 2);
  if (!d) return std::nullopt;
  const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return Period{sys_days{ymd}, sys_days{ymd}, Granularity::day};
}

std::optional<Interval> interval_of(const TimeExpression& t, sys_days dct) {
  if (t.type == TimexType::duration || t.type == TimexType::set) return std::nullopt;
  const std::string_view signal = t.signal, mod = t.mod;
  const bool part_mod = mod == "START" || mod == "MID" || mod == "END";
  // A part of a period carries the part as its range ("the end of 2012": 2012-09..2012-12), its
  // value being the whole period.
  const bool range_is_part = part_mod && t.range_begin && t.range_end && *t.range_begin != t.value;
  // A range from now ("between now and Feb. 10") begins on the DCT; its value is PRESENT_REF, as
  // TimeML annotates "now".
  const bool from_now = t.range_end && t.value == "PRESENT_REF";
  auto period = from_now ? std::optional<Period>(Period{dct, dct, Granularity::day})
                         : period_of(range_is_part ? *t.range_begin : t.value);
  if (!period) return std::nullopt;
  if (t.range_end) {
    // A range to now ("from 2010 to now") ends on the DCT.
    const auto end = *t.range_end == "PRESENT_REF" ? std::optional<Period>(Period{dct, dct, Granularity::day})
                                                   : period_of(*t.range_end);
    if (!end || end->end < period->start) return std::nullopt;
    period->end = end->end;
  }
  if (range_is_part) {
    if (const auto whole = period_of(t.value)) period->granularity = whole->granularity;
  }
  Interval interval{period->start, period->end, period->granularity, Bound::on};
  if (signal == "since" || mod == "ON_OR_AFTER") {
    interval.bound = Bound::since;
    interval.end = std::max(dct, period->end);
  } else if (signal == "until") {
    interval.bound = Bound::until;
    interval.start = std::min(dct, period->start);
  } else if (signal == "by" || mod == "ON_OR_BEFORE") {
    interval.bound = Bound::by;
    // From the DCT to the deadline, when the deadline is still to come.
    if (dct <= period->end) interval.start = dct;
  } else if (mod == "AFTER" || signal == "after") {
    interval.bound = Bound::after;
  } else if (mod == "BEFORE" || signal == "before") {
    interval.bound = Bound::before;
  } else if (part_mod) {
    const Period part = range_is_part ? *period : part_of(*period, mod);
    interval.start = part.start;
    interval.end = part.end;
    interval.bound = Bound::approx;
  } else if (mod == "APPROX") {
    interval.bound = Bound::approx;
  }
  // The calendar starts at 1 AD (there is no year 0, and a timeline refuses one): "the first
  // century" (value 00) starts on 0001-01-01; a period wholly before it has no interval.
  const sys_days first_day{date::year{1} / 1 / 1};
  if (interval.end < first_day) return std::nullopt;
  interval.start = std::max(interval.start, first_day);
  return interval;
}

namespace {

// Whether `before` + a date + `after` is an issuer's or a dateline's header line: `before` is
// capitalised words joined by "of", "for", "the", "and", "&" and ending in a comma, and `after` is
// empty or opens the story with a dash, a slash or a bracket ("/PRNewswire/ --", "(Reuters) -").
bool is_issuer_line(std::string_view before, std::string_view after) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty() || before.back() != ',') return false;
  std::size_t capitalised = 0;
  for (std::size_t at = 0; at < before.size();) {
    while (at < before.size() && (before[at] == ' ' || before[at] == ',')) ++at;
    std::size_t end = at;
    while (end < before.size() && before[end] != ' ' && before[end] != ',') ++end;
    if (end == at) break;
    const std::string_view word = before.substr(at, end - at);
    at = end;
    if (word == "of" || word == "for" || word == "the" || word == "and" || word == "&") continue;
    if (!std::isupper(static_cast<unsigned char>(word.front()))) return false;
    ++capitalised;
  }
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  const bool opens_story = after.empty() || after.front() == '/' || after.front() == '(' || after.starts_with("--") ||
                           after.starts_with("- ") || after.starts_with("\xE2\x80\x94") ||
                           after.starts_with("\xE2\x80\x93");
  return capitalised > 0 && opens_story;
}

}  // namespace

std::optional<sys_days> find_document_date(std::string_view text) {
  constexpr int header_lines = 6;
  constexpr std::size_t longest_line = 200;
  ParseContext context;
  context.track_reference_time = false;
  int seen = 0;
  std::size_t position = 0;
  while (position < text.size() && seen < header_lines) {
    std::size_t end = text.find('\n', position);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(position, std::min(end - position, longest_line));
    position = end + 1;
    while (!line.empty() && is_blank_or_punctuation(line.front())) line.remove_prefix(1);
    while (!line.empty() && is_blank_or_punctuation(line.back())) line.remove_suffix(1);
    if (line.empty()) continue;
    ++seen;
    // A date the line names itself, not one said relative to the (unknown) document date: "Today",
    // "Updated yesterday" give different values against another reference, and are no DCT.
    ParseContext other = context;
    other.dct = date::local_days{date::year{2001} / 7 / 15};
    const std::vector<TimeExpression> against_other = find_time_expressions(line, other);
    for (const TimeExpression& t : find_time_expressions(line, context)) {
      if (t.type != TimexType::date && t.type != TimexType::time) continue;
      if (std::none_of(against_other.begin(), against_other.end(), [&](const TimeExpression& o) {
            return o.begin == t.begin && o.end == t.end && o.value == t.value;
          }))
        continue;
      const auto period = period_of(t.value.substr(0, 10));
      // A day, or a month of a named year ("Ministry of Finance, March 2024": its first day).
      const bool month_of_year = period && period->granularity == Granularity::month && t.value.size() == 7;
      if (!period || (period->granularity != Granularity::day && !month_of_year) || t.range_end) continue;
      // A date line is mostly the date: at most three other words ("Published on ..."), or an
      // issuer or dateline before it: capitalised words, "of", "for", "the", "and", then a comma
      // ("Office for the Coordination of Humanitarian Affairs, 29 August 2024"), where a story
      // may start after a dash or agency ("COLUMBUS, Ohio, June 12, 2024 /PRNewswire/ -- ...").
      const std::string rest = std::string(line.substr(0, t.begin)) + " " + std::string(line.substr(t.end));
      int words = 0;
      bool in_word = false;
      for (const char c : rest) {
        const bool letter = std::isalnum(static_cast<unsigned char>(c)) != 0;
        if (letter && !in_word) ++words;
        in_word = letter;
      }
      if (words <= 3 || is_issuer_line(line.substr(0, t.begin), line.substr(t.end))) return period->start;
    }
  }
  return std::nullopt;
}

}  // namespace annalist
