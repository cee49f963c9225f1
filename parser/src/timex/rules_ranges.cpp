// Rule family: ranges and bounded periods.
//   "2014-2020", "1939–45", "July 13-15", "13-15 July", "January-March 2014",
//   "from 2012 to 2014", "between May and July", "from today to tomorrow afternoon", "early 2013",
//   "mid-2012", "the late 1990s", "the end of 2014", "the beginning of October", "post-2014",
//   "pre-1990", "around 1990", "early next year", "the first half of 2013", "the turn of this century",
//   "from mid-2010 to 2012".
// The two ends and the modified period are parsed by the calendar and relative families
// (family_parser), so every date those families know can be bounded or ranged.
#include "grammar.hpp"
#include "normalize.hpp"     // end_counts_from_begin
#include "peer_grammar.hpp"  // as<int>

#include <cstring>
#include <string_view>

namespace annalist::timex {
namespace {

using F = CalendarFields;

// This family itself, for the end of a range said with words ("between today and the end of next
// week"); the end is further on, so the recursion ends with the text.
const family_parser ranges_sub{parse_ranges};
const family_parser clock_sub{parse_clock};
// A day of an event ("by the end of the second day"); its durations as_point refuses.
const family_parser durations_sub{parse_durations};
// A week counted in a month or year ("the start of the second week of December"); only that
// reading of the casual family is taken (as_nth_week).
const family_parser casual_sub{parse_casual};

// The sub-expression becomes the expression; a mod or "turn of" said before it is kept. The
// modifier word is the context a bare year or a lone "May" needed.
const auto as_point = [](auto& ctx) {
  Meaning& m = said(ctx);
  Meaning& sub = x3::_attr(ctx);
  if (sub.kind == Kind::duration || sub.kind == Kind::set || sub.kind == Kind::vague || sub.query_only) {
    x3::_pass(ctx) = false;
    return;
  }
  if (!m.mod.empty()) sub.mod = m.mod;
  if (m.part_unit != Unit::none) sub.part_unit = m.part_unit;
  sub.turn_of = sub.turn_of || m.turn_of;
  sub.bare_year = false;
  sub.needs_evidence = false;
  if (m.point.half != unset) {
    // "the first half of 2013" is 2013-H1, and so is "the first half of the year" (this year,
    // last year) that half of the year it names; "the first half of May" is the start of May.
    const bool one_year = sub.kind == Kind::relative && sub.unit == Unit::year && sub.amount == 1 && sub.mod.empty() &&
                          sub.direction != Direction::by_tense;
    if (one_year) {
      Meaning half;
      half.point.half = m.point.half;
      half.relative_year = sub.direction == Direction::previous ? -1 : sub.direction == Direction::next ? 1 : 0;
      half.anchor = sub.anchor;
      sub = half;
    } else if (sub.kind == Kind::calendar && sub.point.year != unset && sub.point.month == unset &&
               sub.point.quarter == unset && sub.point.season == unset && sub.point.decade == unset &&
               sub.point.century == unset)
      sub.point.half = m.point.half;
    else
      sub.mod = m.point.half == 1 ? "START" : "END";
  }
  m = sub;
};
const auto as_nth_week = [](auto& ctx) {
  if (x3::_attr(ctx).nth_week)
    as_point(ctx);
  else
    x3::_pass(ctx) = false;
};
// The end of a range: a calendar date without a range of its own.
const auto as_end = [](auto& ctx) {
  Meaning& m = said(ctx);
  const Meaning& sub = x3::_attr(ctx);
  if (sub.kind != Kind::calendar || sub.has_range_end || m.kind != Kind::calendar || sub.query_only) {
    x3::_pass(ctx) = false;
    return;
  }
  m.has_range_end = true;
  m.range_end = sub.point;
  m.bare_year = false;
  m.needs_evidence = false;
};
// A sub-expression taken by `take` (as_point, as_end, ...) where `fits` holds it; else no match.
const auto taken_if = [](auto fits, auto take) {
  return [fits, take](auto& ctx) {
    if (fits(x3::_attr(ctx)))
      take(ctx);
    else
      x3::_pass(ctx) = false;
  };
};

// ---- Ranges written with a dash.
const auto two_digit_end_year = number<0, 99, 2, 2>[([](auto& ctx) {
  Meaning& m = said(ctx);
  m.has_range_end = true;
  m.range_end.year = m.point.year / 100 * 100 + x3::_attr(ctx);
})];
// The dash is looked for before the year is set: after most years none follows, and a Meaning left
// set costs the next alternative's `fresh` a copy of a blank one.
// "2008-'09" too: the end's apostrophe is its century left out, as it is without one.
const auto year_range = &(number<1000, 2199, 4, 4> >> dash) >> number<1000, 2199, 4, 4>[to_point<&F::year>] >> dash >>
                        (number<1000, 2199, 4, 4>[to_end<&F::year>] | (-apostrophe >> two_digit_end_year)) >> word_end;
// "2024/25", "2023/2024": a season or budget year running over two years, written with a slash.
// Only a year and the next one, four digits or its last two: "2014/10" is a month (calendar),
// "1/2" a fraction, "24/7" and "9/11" no years; nor a part of a longer number ("2024/25/3").
// Whether `said_year`, four figures or its last two, is the year after `year`.
constexpr bool is_year_after(int said_year, int year) {
  return said_year == (said_year < 100 ? (year + 1) % 100 : year + 1);
}
const auto next_year_end = [](auto& ctx) {
  Meaning& m = said(ctx);
  if (!is_year_after(x3::_attr(ctx), m.point.year)) {
    x3::_pass(ctx) = false;
    return;
  }
  m.has_range_end = true;
  m.range_end.year = m.point.year + 1;
};
const auto not_in_number = !((x3::lit('/') | '-' | '.' | ',') >> x3::digit);
// "'98-'99", "'95-'02": two apostrophe years, both centuries left open; the normaliser places the
// first near the story's year and the end after it (normalize.cpp, with_centuries_placed).
const auto apostrophe_year_range = &apostrophe >> year[to_point<&F::year>] >> dash >> apostrophe >>
                                   number<0, 99, 2, 2>[([](auto& ctx) {
                                     Meaning& m = said(ctx);
                                     m.has_range_end = true;
                                     const int later = (x3::_attr(ctx) - m.point.year % 100 + 100) % 100;
                                     m.range_end.year = m.point.year + later;
                                     m.range_end.century_open = true;
                                     x3::_pass(ctx) = later != 0;
                                   })] >>
                                   word_end >> not_in_number;
const auto slash_year_range =
    number<1000, 2199, 4, 4>[to_point<&F::year>] >>
    x3::lit('/') >> as<int>(number<1000, 2199, 4, 4> | number<0, 99, 2, 2>)[next_year_end] >> word_end >> not_in_number;
// "2025/26–2027/28", "2026/27-2028/29", "2025-26 to 2027-28": a span of budget years, as
// medium-term frameworks and spending reviews write them, from the first one's beginning to the last
// one's end (2025..2028; were two budget years).
const auto later_budget_year = [](auto& ctx) {
  Meaning& m = said(ctx);
  const int first = x3::_attr(ctx);
  if (first < m.range_end.year) {
    x3::_pass(ctx) = false;
    return;
  }
  m.range_end.year = first;
};
const auto its_next_year = [](auto& ctx) {
  Meaning& m = said(ctx);
  x3::_pass(ctx) = is_year_after(x3::_attr(ctx), m.range_end.year);
  m.range_end.year += 1;
};
const auto budget_year_mark = x3::lit('/') | dash;
const auto budget_years_span =
    number<1000, 2199, 4, 4>[to_point<&F::year>] >> budget_year_mark >>
    as<int>(number<1000, 2199, 4, 4> | number<0, 99, 2, 2>)[next_year_end] >>
    ((-ws >> dash >> -ws) | (ws >> word("to") >> ws)) >> number<1000, 2199, 4, 4>[later_budget_year] >> budget_year_mark
    >> as<int>(number<1000, 2199, 4, 4> | number<0, 99, 2, 2>)[its_next_year] >> word_end >> not_in_number;
// "the period 2026 to 2030", "in 2026 through 2030": two years joined by "to" or "through" without
// "from" are one range, as "2026-2030" is (were two years); the second later, within a century. Not
// two clock times before a zone or "hours" ("1930 to 2030 GMT").
const auto later_year_end = [](auto& ctx) {
  Meaning& m = said(ctx);
  const int y = x3::_attr(ctx);
  x3::_pass(ctx) = y > m.point.year && y - m.point.year <= 100;
  m.has_range_end = true;
  m.range_end.year = y;
};
// A year ending a range is no clock time before a zone or "hours", nor part of a longer number.
const auto no_clock_after_year =
    not_in_number >> !(ws >> ((x3::upper >> x3::upper) | word("hours") | word("hrs") | word("local")));
const auto years_to_years = number<1900, 2099, 4, 4>[to_point<&F::year>] >> ws >> (word("to") | word("through")) >> ws
                            >> number<1900, 2099, 4, 4>[later_year_end] >> word_end >> no_clock_after_year;
// Where either span of years may start: four digits, then a budget year's mark, its second year and
// a dash or "to" ("2025/26–", "2025-26 to"), or a blank and "to" or "through" ("2026 to"). Most
// numbers are neither, and are refused here before a rule reads them (instructions).
bool years_span_ahead(const char* first, const char* last) {
  if (last - first < 8) return false;
  for (int i = 0; i < 4; ++i)
    if (first[i] < '0' || first[i] > '9') return false;
  const char* p = first + 4;
  if (*p == ' ') return p[1] == 't' && (p[2] == 'o' || p[2] == 'h');
  if (*p != '/' && *p != '-' && *p != '\xE2') return false;
  p += *p == '\xE2' ? 3 : 1;
  int digits = 0;
  for (; p < last && digits < 5 && *p >= '0' && *p <= '9'; ++p) ++digits;  // bounded: a long number is none
  if (digits != 2 && digits != 4) return false;
  while (p < last && *p == ' ') ++p;
  return p < last && (*p == '-' || *p == '\xE2' || *p == 't');
}
// "FY2024/25", "FY 2024-25", "FY23/24", "fiscal 2024/25", "the fiscal year 2024-25": a fiscal year
// over two calendar years, the same range as the span alone. After "FY" the year as the calendar
// family reads it ("FY23": 2023) and the next one; a later year after a dash as "2024-2027" is.
const auto fy_year_as_point = [](auto& ctx) {
  const Meaning& sub = x3::_attr(ctx);
  const F& p = sub.point;
  if (sub.kind != Kind::calendar || p.year == unset || p.month != unset || p.quarter != unset || p.half != unset ||
      sub.has_range_end) {
    x3::_pass(ctx) = false;
    return;
  }
  said(ctx).point.year = p.year;
};
const auto fy_next_year =
    &x3::lit("FY") >> calendar_sub[fy_year_as_point] >>
    (dash | x3::lit('/')) >> as<int>(number<1000, 2199, 4, 4> | number<0, 99, 2, 2>)[next_year_end] >> word_end
    >> not_in_number;
const auto fiscal_word_prefix =
    (-the_ >> fiscal_word >> ws >> word("year") >> ws) | (word("fiscal") >> ws) | (x3::lit("FY") >> -ws);
// "fiscal 2008 to 2009", "FY 2024 through 2026": fiscal years joined by "to" or "through" as two
// years alone are (years_to_years; were "fiscal 2008" and the year alone).
const auto fiscal_year_range =
    fy_next_year | (fiscal_word_prefix >> (slash_year_range | (year_range >> not_in_number) | years_to_years));
// "the 2024-25 season", "the 2023/24 financial year", "the 2025-26 school year": a year and the next
// before the season or year they span, tagged with its article and noun as TimeBank tags "the
// fiscal year"; the range of the two years alone.
const auto next_year_only = x3::eps[([](auto& ctx) {
  const Meaning& m = said(ctx);
  x3::_pass(ctx) = m.range_end.year == m.point.year + 1;
})];
const auto spanned_year_noun =
    word("season") | word("campaign") | ((fiscal_word | word("school") | word("academic")) >> ws >> word("year"));
// "the 2014 season", "the 2015 fiscal year", "the 2014 financial year", "the 2026 calendar year": a
// season or fiscal year named by one year is that year (a fiscal year written as the calendar year,
// as TimeBank writes "fiscal 1989"), tagged with its article and noun as one named by two is (was
// the year alone).
// Not a campaign: named by one year it is mostly a war's or an election's, an event the year
// dates ("ending the 1941 campaign", WikiWars "1941"). One rule with the two years'
// (instructions: one blank Meaning after "the" and a year).
const auto years_of_a_season = the_ >> (((slash_year_range | (year_range >> not_in_number) | apostrophe_year_range) >>
                                         next_year_only >> ws >> spanned_year_noun) |
                                        (number<1000, 2199, 4, 4>[to_point<&F::year>] >> ws >>
                                         (word("season") | ((fiscal_word | word("calendar")) >> ws >> word("year")))));
// "499-493 BC", "264–241 BC": years before the common era, the era said once at the end (stored
// negative, as the calendar family stores "241 BC"; `bc`: grammar.hpp). Joined by a word ("from 499
// to 493 BC", "(264 to 241 BC)", "between 300 and 200 BC") the first is the earlier, so the greater
// number, as WikiWars dates both ends (were the end alone); not "from 12 to 30 BC".
const auto bc_year_end = [](bool later) {
  return number<1, 9999, 1, 4>[([later](auto& ctx) {
    Meaning& m = said(ctx);
    m.has_range_end = true;
    m.range_end.year = -x3::_attr(ctx);
    x3::_pass(ctx) = !later || m.range_end.year > m.point.year;
  })];
};
// Counts before a name ("from 12 to 3 BC Lions fans": British Columbia's) are none.
const auto not_a_name_after = !(ws >> x3::upper >> x3::lower);
const auto bc_year_begin = number<1, 9999, 1, 4>[([](auto& ctx) { said(ctx).point.year = -x3::_attr(ctx); })];
const auto bc_year_range = bc_year_begin >>
                           ((dash >> bc_year_end(false)) |
                            (ws >> (word("to") | word("through") | word("until") | word("till")) >> ws >>
                             bc_year_end(true) >> &(-ws >> bc >> word_end >> not_a_name_after))) >>
                           -ws >> bc >> word_end;
const auto between_bc_years = word("between") >> ws >> bc_year_begin >> ws >> word("and") >> ws >> bc_year_end(true) >>
                              -ws >> bc >> word_end >> not_a_name_after;
const auto year_tail = comma_sep >> year[to_point<&F::year>];
// A dash between the days may stand between blanks ("August 27th - 29th", "10 - 22 August 2012").
const auto spaced_dash = -ws >> dash >> -ws;
// Either end may be a spelled ordinal ("May eighth - tenth, 2010"); an ordinal word past 31 names no day.
const auto spelled_day = ordinal[([](auto& ctx) {
  x3::_val(ctx) = x3::_attr(ctx);
  x3::_pass(ctx) = x3::_attr(ctx) <= 31;
})];
const auto range_day = x3::rule<class range_day_class, int>{"day of month"} = day_of_month[pass] | spelled_day;
// With a word between the days ("Sept. 4 to 6", "March 3 through 9, 2013") the end is a later day
// and no clock time or amount ("Sept. 4 to 6 p.m.", "Sept. 4 to 6:30", "Jan. 2 to 3 percent").
const auto later_range_day = range_day[([](auto& ctx) {
  Meaning& m = said(ctx);
  if (x3::_attr(ctx) <= m.point.day) {
    x3::_pass(ctx) = false;
    return;
  }
  m.has_range_end = true;
  m.range_end.day = x3::_attr(ctx);
})];
const auto no_clock_or_amount_after =
    !(x3::lit(':') | (x3::lit('.') >> x3::digit) | x3::lit('%') |
      (-ws >> x3::no_case[(x3::lit('a') | 'p') >> -x3::lit('.') >> -ws >> x3::lit('m')] >> !x3::alnum) |
      (ws >> (word("o'clock") | word("percent") | word("per") | x3::digit)));
const auto month_days = month_name[to_point<&F::month>] >> ws >> range_day[to_point<&F::day>] >>
                        ((spaced_dash >> range_day[to_end<&F::day>]) |
                         (ws >> (word("to") | word("through") | word("thru") | word("until") | word("till")) >> ws >>
                          later_range_day >> no_clock_or_amount_after)) >>
                        -year_tail;
// "between Aug. 13 and 15", "between August 13 and 15, 2012": after "between" the second day joined
// by "and" ends the range ("on Aug. 13 and 15" names two days).
const auto between_month_days = word("between") >> ws >> month_name[to_point<&F::month>] >> ws >>
                                range_day[to_point<&F::day>] >> ws >> word("and") >> ws >> later_range_day
                                >> no_clock_or_amount_after >> -year_tail;
const auto days_month = day_of_month[to_point<&F::day>] >> spaced_dash >> day_of_month[to_end<&F::day>] >> ws >>
                        -(word("of") >> ws) >> month_name[to_point<&F::month>] >> -year_tail;
// "April-June 2024", and without its year "in July-September", "Jan-Mar", "April-to-June" (the
// months' year as a yearless month's, as "from July to September" is; was two months, or the first
// alone). Not before a day ("July-September 30").
// "April-January 2015-16", "April-December 2015/16": the months of a budget year over two calendar
// years, as Indian budget papers write them; the first month in the first year, a later month past
// December in the next (2015-04..2016-01; were "April" and the budget year).
const auto budget_year_after_months = ws >> number<1000, 2199, 4, 4>[to_point<&F::year>] >>
                                      (dash | x3::lit('/')) >> as<int>(number<1000, 2199, 4, 4> |
                                                                       number<0, 99, 2, 2>)[([](auto& ctx) {
                                        x3::_pass(ctx) = is_year_after(x3::_attr(ctx), said(ctx).point.year);
                                      })] >>
                                      word_end >> not_in_number;
const auto months_year = month_name[to_point<&F::month>] >>
                         ((dash >> word("to") >> dash) | dash) >> month_name[to_end<&F::month>] >>
                         (budget_year_after_months | year_tail | (!(-ws >> (x3::digit | dash)) >> x3::eps));

// ---- Ranges written with words.
// Either end may be counted from now: "from today to tomorrow afternoon", "from yesterday to next
// Friday", "between now and the end of next week", "from now until Sunday night".
// "now" opens a range as it stands alone, PRESENT_REF (TimeML's "between <TIMEX3>now</TIMEX3> and
// <TIMEX3>Feb. 10</TIMEX3>"); the normaliser places it at the DCT to check the end comes after it.
const auto now_as_point = word("now")[act([](Meaning& m) {
  m.kind = Kind::vague;
  m.vague_value = "PRESENT_REF";
})];
// A part of a period begins a range as it stands alone ("from mid-2010 to 2012", "between late
// 1990 and mid-1992", "from the end of 2014 to 2016"): each end is then read on its own
// (as_counted_end), so the part keeps its mod and the end its own fields.
const auto part_as_point = [](auto& ctx) {
  const Meaning& sub = x3::_attr(ctx);
  const bool part = sub.mod == "START" || sub.mod == "MID" || sub.mod == "END";
  if (!part || sub.has_range_end || sub.turn_of || sub.query_only) {
    x3::_pass(ctx) = false;
    return;
  }
  said_anew(ctx) = sub;
};
// A clock time on a day named by its weekday or date begins a range ending at a clock time on
// another day ("from 10 a.m. Monday to 6 p.m. Tuesday", "between 9 p.m. Saturday and 5 a.m.
// Sunday"); the normaliser places the end from the beginning. Tried first: "Monday" alone would
// leave "10 a.m." of "from Monday 10 a.m. to ..." unread.
const auto is_clock_on_day = [](const Meaning& sub) {
  return sub.kind == Kind::calendar && sub.point.hour != unset && !sub.has_range_end && !sub.query_only &&
         (sub.point.weekday != unset || sub.point.day != unset || sub.said_today);
};
// "from 9 p.m. today until 5 a.m. tomorrow", "from 8 p.m. tomorrow to 6 a.m. Thursday": a clock time
// on a day counted from today begins a range whose end is counted alone (as_counted_end).
const auto is_clock_on_counted_day = [](const Meaning& sub) {
  return sub.kind == Kind::relative && sub.unit == Unit::day && sub.amount <= 1 && sub.point.hour != unset &&
         !sub.has_range_end && sub.point.part_of_day == unset;
};
const auto clock_on_day_as_point = [](auto& ctx) {
  const Meaning& sub = x3::_attr(ctx);
  if (!is_clock_on_day(sub) && !is_clock_on_counted_day(sub)) {
    x3::_pass(ctx) = false;
    return;
  }
  said_anew(ctx) = sub;
};
const auto clock_on_day_as_end = [](auto& ctx) {
  if (!is_clock_on_day(x3::_attr(ctx)))
    x3::_pass(ctx) = false;
  else
    as_end(ctx);
};
const auto begun_at_clock = x3::eps[([](auto& ctx) { x3::_pass(ctx) = is_clock_on_day(said(ctx)); })];
const auto range_begin = clock_sub[clock_on_day_as_point] | calendar_sub[as_point] | relative_sub[as_point] |
                         ranges_sub[part_as_point] | now_as_point;
// The end of a range said with words. An end counted from now, or any end after a beginning
// counted from now or in a part of a period, makes a counted range (Meaning::range_end_counted);
// two dates stay a range of calendar fields (as_end), whose missing fields one end takes from the
// other.
const auto as_counted_end = [](auto& ctx) {
  Meaning& m = said(ctx);
  const Meaning& sub = x3::_attr(ctx);
  const bool counted = sub.kind == Kind::relative || sub.direction != Direction::by_tense || sub.week_offset != unset ||
                       sub.relative_year != unset || !sub.mod.empty() || !m.mod.empty();
  if (!counted && m.kind == Kind::calendar) {
    as_end(ctx);
    return;
  }
  // What CountedEnd cannot carry is no end ("the week after next", "the turn of the century").
  const bool carried = (sub.kind == Kind::calendar || sub.kind == Kind::relative) && sub.amount_known &&
                       !sub.has_range_end && !sub.query_only && !sub.after_next && !sub.turn_of && !sub.working_days &&
                       sub.holiday == unset && sub.nth_in_period == unset && sub.day_shift == 0 &&
                       sub.weekday_step == unset && sub.zone_offset == unset;
  if (!carried || m.has_range_end) {
    x3::_pass(ctx) = false;
    return;
  }
  m.has_range_end = true;
  m.range_end_counted = true;
  m.range_end = sub.point;
  // "until midnight" ends the day, at 24:00, as as_end reads it ("from 9 p.m. today until midnight").
  if (sub.said_midnight && sub.point.hour == 0 && sub.point.minute == 0 && sub.point.second == unset)
    m.range_end.hour = 24;
  m.counted_end = counted_end_of(sub);
  m.bare_year = false;
  m.needs_evidence = false;
};
// "now" ends a range as it begins one ("from 2010 to now", "between 1990 and now"): PRESENT_REF,
// placed at the DCT. Not after "now" itself.
const auto now_as_end = word("now")[([](auto& ctx) {
  Meaning& m = said(ctx);
  if (m.kind == Kind::vague || m.has_range_end) {
    x3::_pass(ctx) = false;
    return;
  }
  m.has_range_end = true;
  m.range_end_counted = true;
  m.range_end = F{};
  m.counted_end = CountedEnd{};
  m.counted_end.kind = Kind::vague;
  m.bare_year = false;
  m.needs_evidence = false;
})];
// A clock time ends a range begun today or now ("from now until 5pm", "from today until 3 p.m.",
// "from 8 p.m. tonight to 6 a.m. tomorrow"): that time of the day counted from. After a date the
// clock family reads the whole ("from May 5 at 9am to 5pm").
const auto counted_begin =
    x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).kind != Kind::calendar || said(ctx).said_today; })];
// After "now" a bare hour is the clock ("from now until 5"), where the phrase ends there: at the
// end of the text, a punctuation mark or a joining word; never before a unit or a decimal ("from
// now until 5 percent", "until 5.5"). Its half of the day is left open (meridiem_open): the
// normaliser takes the next such hour after a moment of the day, working hours against a date.
const auto after_now = x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).kind == Kind::vague; })];
const auto hour_phrase_ends = x3::eoi | &(x3::char_(",;!?)\"'") | (x3::lit('.') >> !x3::digit)) |
                              &(ws >> (word("and") | word("or") | word("so")));
const auto bare_hour_end = (number<1, 12, 1, 2> >> word_end >> hour_phrase_ends)[([](auto& ctx) {
  Meaning& m = said(ctx);
  if (m.has_range_end) {
    x3::_pass(ctx) = false;
    return;
  }
  m.has_range_end = true;
  m.range_end_counted = true;
  m.range_end = F{};
  m.range_end.hour = x3::_attr(ctx);
  m.range_end.minute = 0;
  m.range_end.meridiem_open = true;
  m.counted_end = CountedEnd{};
})];
const auto range_end = (begun_at_clock >> clock_sub[clock_on_day_as_end]) | calendar_sub[as_counted_end] |
                       relative_sub[as_counted_end] | ranges_sub[as_counted_end] |
                       (counted_begin >> clock_sub[as_counted_end]) | now_as_end | (after_now >> bare_hour_end);
const auto range_to = word("to") | word("until") | word("till") | word("through") | word("thru") | dash;
// "Monday to Wednesday last week", "from Tuesday to Thursday of next week": both weekdays in that
// week (the beginning's week; the end follows it).
const auto weekdays_week =
    (ws >> -((word("of") | word("from")) >> ws) >>
     as<int>(x3::no_case[lexicon::week_offset_word] >> word_end >> ws >> word("week")))[([](auto& ctx) {
      Meaning& m = said(ctx);
      const F &b = m.point, &e = m.range_end;
      const bool weekdays_only = m.has_range_end && b.weekday != unset && e.weekday != unset && b.day == unset &&
                                 e.day == unset && b.month == unset && e.month == unset && b.year == unset &&
                                 e.year == unset && m.week_offset == unset;
      if (weekdays_only)
        m.week_offset = x3::_attr(ctx);
      else
        x3::_pass(ctx) = false;
    })];
// "from the 25th to the 28th", "between the 3rd and the 5th": two days of a month left unsaid, each
// after "the", the one the text is in as for "on the 15th" (normalize.cpp); not before a noun they
// rank ("from the 12th to the 15th place", context.cpp).
// In figures only: spelt, "from the second to the fourth" more often ranks places.
const auto numeral_day = x3::rule<class numeral_day_class, int>{"day in figures"} =
    number<1, 31, 1, 2> >> ordinal_suffix >> word_end;
const auto the_ordinal_day = the_ >> numeral_day[to_point<&F::day>];
// Whether "the" is the second word from `first` ("from the 25th"): a byte test before the rule,
// tried at every "from" and "between" (speed).
bool the_after_first_word(const char* first, const char* last) {
  if (last - first > 16) last = first + 16;
  const char* p = first;
  while (p < last && *p != ' ') ++p;
  while (p < last && *p == ' ') ++p;
  return last - p >= 4 && (p[0] | 0x20) == 't' && (p[1] | 0x20) == 'h' && (p[2] | 0x20) == 'e' && p[3] == ' ';
}
const auto days_without_month = ((word("from") >> ws >> the_ordinal_day >> ws >> range_to) |
                                 (word("between") >> ws >> the_ordinal_day >> ws >> word("and"))) >>
                                ws >> the_ >> numeral_day[([](auto& ctx) {
                                  Meaning& m = said(ctx);
                                  x3::_pass(ctx) = x3::_attr(ctx) > m.point.day;
                                  m.has_range_end = true;
                                  m.range_end.day = x3::_attr(ctx);
                                })] >>
                                !(ws >> (word("of") | month_name));
// After "from", "into" joins a range too: "runs from late June into July", "from Saturday night into
// Sunday morning" (without "from" it joins none: day_part_to).
const auto from_to = word("from") >> ws >> range_begin >> ws >> (range_to | word("into")) >> ws >> range_end >>
                     -weekdays_week;
const auto between_and = word("between") >> ws >> range_begin >> ws >> word("and") >> ws >> range_end >> -weekdays_week;
// "Monday night through Tuesday morning", "this afternoon to tomorrow morning", "tonight through
// Sunday", "last night until this morning": a part of a day begins a range said without "from", as
// forecasts and schedules write one (were two expressions). The beginning names a part of a day
// and no clock time, the end a day, a part of one or a clock time: "this morning to 2011 levels"
// and "Monday night to meet donors" stay one expression, a weekday alone keeps weekday_range.
// "into" joins no range ("snow overnight into Wednesday", "Saturday night into Sunday morning"
// stay two, as the weather probes have them).
const auto names_day_part = [](const Meaning& sub) {
  return sub.point.part_of_day != unset && sub.point.hour == unset && !sub.has_range_end;
};
const auto day_part_as_point = taken_if(names_day_part, as_point);
const auto names_day_or_less = [](const Meaning& sub) {
  return sub.point.weekday != unset || sub.point.day != unset || sub.point.part_of_day != unset ||
         sub.point.hour != unset || (sub.kind == Kind::relative && sub.unit == Unit::day);
};
const auto day_or_less_as_end = taken_if(names_day_or_less, as_counted_end);
const auto day_part_to = (calendar_sub[day_part_as_point] | relative_sub[day_part_as_point]) >> ws >>
                         (word("to") | word("until") | word("till") | word("through") | word("thru")) >> ws >>
                         (calendar_sub[day_or_less_as_end] | relative_sub[day_or_less_as_end] |
                          (counted_begin >> clock_sub[day_or_less_as_end]));
// Whether days_words_month may start at `first`, tried at every day number and ordinal: an opening
// word it may begin with ("from", "between", "the", "twenty", "thirty"), or a day of one word and
// after it a word or a dash joining the days ("to", "until", "and", "-"). A byte test (speed).
bool days_joined_ahead(const char* first, const char* last) {
  const char opening = static_cast<char>(*first | 0x20);
  if (opening == 'f' || opening == 'b' || opening == 't') return true;
  // A day is a short word: a bounded look keeps a text without blanks linear (bench/robustness).
  constexpr std::ptrdiff_t reach = 32;
  if (last - first > reach) last = first + reach;
  const char* p = first;
  int width = 0;
  while (p < last && !is_blank(p, last, width)) ++p;
  while (p < last && is_blank(p, last, width)) p += width;
  if (p == last) return false;
  const char joiner = static_cast<char>(*p | 0x20);
  return joiner == 't' || joiner == 'u' || joiner == 'a' || *p == '-' || *p == '\xE2';
}
// Two days of one month, the month said once at the end: "from 13 to 15 July", "the 13th to the
// 15th of July", "23rd to 26th Oct", "between the 1st and the 5th of May"; spelt too, as one day is
// ("the twenty-fifth to the twenty-eighth of March", "between the first and the third of May").
// "and" joins them after "between" only: "on 11 and 18 February" names two days (scanner.cpp,
// add_days_listed_before), as "on Aug. 13 and 15" does.
const auto days_words_month = ((word("between") >> ws >> -the_ >> range_day[to_point<&F::day>] >> ws >> word("and")) |
                               (-(word("from") >> ws) >> -the_ >> range_day[to_point<&F::day>] >> ws >> range_to)) >>
                              ws >> -the_ >> range_day[to_end<&F::day>] >> ws >>
                              -(word("of") >> ws) >> month_name[to_point<&F::month>] >> -year_tail;
// Two dates with a dash and no "from": "Aug 8 - Aug 12", "10 August - 12 September",
// "Aug 10 - Nov 12, 2013". Both ends name a month, so "2014 - 15" and clock times stay out.
const auto names_day = [](const Meaning& sub) { return sub.point.month != unset && sub.point.day != unset; };
const auto day_as_point = taken_if(names_day, as_point);
const auto day_as_end = taken_if(names_day, as_end);
const auto dates_dash = calendar_sub[day_as_point] >> spaced_dash >> calendar_sub[day_as_end];
// Two dates joined by "to" or "through", the year said once at the end: "26 February to 10 March
// 2024", "February 26 to March 10, 2024" are one range, as with a dash (were two dates); a date
// moved is two ("moved 26 February to 10 March 2024", context.cpp).
const auto yearless_day_as_point =
    taken_if([](const Meaning& sub) { return names_day(sub) && sub.point.year == unset; }, as_point);
const auto dated_day_as_end =
    taken_if([](const Meaning& sub) { return names_day(sub) && sub.point.year != unset; }, as_end);
// Without a year at either end "to", "through", "thru", "until" or "till" join them too ("The road
// was closed March 3 through March 7", "Voting runs Oct. 20 to Oct. 25", "closed Dec. 24 to Jan. 2":
// were two dates, read apart, so 2014-10-20 and 2013-10-25); a date moved stays two ("put back
// March 3 to March 10", context.cpp), as it does after "from".
const auto yearless_day_as_end =
    taken_if([](const Meaning& sub) { return names_day(sub) && sub.point.year == unset; }, as_end);
const auto dates_to_dated_day = calendar_sub[yearless_day_as_point] >> ws >>
                                (((word("to") | word("through")) >> ws >> calendar_sub[dated_day_as_end]) |
                                 ((word("to") | word("through") | word("thru") | word("until") | word("till")) >> ws >>
                                  calendar_sub[yearless_day_as_end]));
// Two dates each said with its year, joined without "from" by "to", "through", "thru", "until",
// "till" or a dash: "lasted March 1920 to June 1921", "March 1920-June 1921", "ran January 2005
// through March 2007", "1 March 1920 to 30 June 1921", "Q1 2008 to Q3 2009", "spring 2011 to autumn
// 2012" are one range, as after "from" and as two years alone are (years_to_years; were two dates).
// Each end a month, a day, a quarter, a half or a season of its year (a year alone is
// years_to_years'), the end later than the beginning, within a century; ends of different kinds
// join as after "from" ("March 2008 to Q3 2009"). A date moved or two dates compared stay two
// ("postponed the vote March 2020 to June 2021", "compared June 2008 to May 2009", context.cpp).
const auto names_dated_part = [](const Meaning& sub) {
  return sub.kind == Kind::calendar && sub.point.year != unset && first_month_of(sub.point) != unset &&
         sub.point.hour == unset && sub.point.part_of_day == unset && !sub.has_range_end && sub.mod.empty() &&
         !sub.query_only && sub.holiday == unset;
};
// The end may be a later year alone, as after "from" ("from May 1945 to 1947"): "lasted May 1945
// to 1947", "May 1945-1947", "June 1941 through 1945" are 1945-05..1947 (were the date and the year
// alone, or the years alone); not a clock time or a count (no_clock_after_year), nor a date moved
// ("moved the vote May 2010 to 2011", context.cpp).
const auto names_year_alone = [](const Meaning& sub) {
  const F& p = sub.point;
  return sub.kind == Kind::calendar && p.year != unset && first_month_of(p) == unset && p.day == unset &&
         p.week == unset && p.weekday == unset && p.decade == unset && p.century == unset && p.hour == unset &&
         p.part_of_day == unset && !sub.has_range_end && sub.mod.empty() && !sub.query_only && sub.holiday == unset;
};
const auto dated_part_as_point = taken_if(names_dated_part, as_point);
const auto later_dated_part_as_end = [](auto& ctx) {
  const Meaning& begin = said(ctx);
  const Meaning& end = x3::_attr(ctx);
  const int years = end.point.year - begin.point.year;
  const bool later = years > 0 || (years == 0 && first_month_of(end.point) > first_month_of(begin.point));
  if (!(names_dated_part(end) || (names_year_alone(end) && years > 0)) || !later || years > 100)
    x3::_pass(ctx) = false;
  else
    as_end(ctx);
};
const auto ended_by_dated_part =
    x3::eps[([](auto& ctx) { x3::_pass(ctx) = first_month_of(said(ctx).range_end) != unset; })];
const auto dated_to_dated = calendar_sub[dated_part_as_point] >>
                            (spaced_dash |
                             (-x3::lit(',') >> ws >>
                              (word("to") | word("through") | word("thru") | word("until") | word("till")) >> ws)) >>
                            calendar_sub[later_dated_part_as_end] >> (ended_by_dated_part | no_clock_after_year);
// Whether a joining word of dated_to_dated and its blank start at `p`, in any case ("the", "this",
// "under" are not).
[[gnu::always_inline]] inline bool joiner_word_at(const char* p, const char* last) {
  for (const std::string_view joiner : {"to ", "through ", "thru ", "until ", "till "}) {
    if (last - p < static_cast<std::ptrdiff_t>(joiner.size())) continue;
    std::size_t i = 0;
    while (i < joiner.size() && static_cast<char>(p[i] | (joiner[i] == ' ' ? 0 : 0x20)) == joiner[i]) ++i;
    if (i == joiner.size()) return true;
  }
  return false;
}
// The byte test of dated_to_dated, tried at every month, day number, season and quarter, word by
// word: the first word ("March", "1st", "Q1", "spring"), maybe a month after a day ("1 March"),
// maybe a day after a month ("March 1,"), then four digits, maybe a comma, and a dash, an en dash or
// a joining word. Within 32 bytes ("September 30, 2008, through" a bounded look, linear; speed).
bool year_then_joiner_ahead(const char* first, const char* last) {
  constexpr std::ptrdiff_t reach = 32;
  if (last - first > reach) last = first + reach;
  constexpr auto digit = ascii::is_digit;
  constexpr auto letter = ascii::is_letter;
  const char* p = first;
  // A word of letters or figures, its dot or comma and the blanks after it.
  const auto skip_word = [&](auto part_of_word) {
    while (p != last && part_of_word(*p)) ++p;
    if (p != last && (*p == '.' || *p == ',')) ++p;
    while (p != last && *p == ' ') ++p;
  };
  const bool day_first = digit(*first);
  skip_word([&](char c) { return letter(c) || digit(c); });
  if (p == last) return false;
  if (day_first) {
    if (!letter(*p)) return false;  // "1 March", not "15 percent" nor "3.5"
    skip_word(letter);
  } else if (digit(*p) && p + 2 < last && (!digit(p[1]) || !digit(p[2]))) {
    skip_word(digit);  // "March 1," before its year
  }
  const char* const year = p;
  while (p != last && digit(*p)) ++p;
  if (p - year != 4) return false;
  if (p != last && *p == ',') ++p;
  if (p != last && (*p == '-' || *p == '\xE2')) return true;
  if (p == last || *p != ' ') return false;
  while (p != last && *p == ' ') ++p;
  if (p != last && (*p == '-' || *p == '\xE2')) return true;
  return joiner_word_at(p, last);
}
// "Data for 2008-03 to 2009-06", "2008-03 through 2009-06", "from 2007-01 to 2008-12": two months in
// ISO form joined by a word are one range, as "March 2008 to June 2009" is (were two months, and
// "2008-12" alone the years 2008..2012, as the calendar family leaves a month that may be a year
// to the ranges). Both ends so written: a code ("ISO 2008-03", "model 2008-03") is no date either
// side of "to" alone. The end later, within a century. Tried before from_to, which would read
// "from 2007-01 to 2008" and leave "-12" (a match ending inside a number, refused).
const auto later_iso_month = number<1, 12, 2, 2>[([](auto& ctx) {
  Meaning& m = said(ctx);
  m.range_end.month = x3::_attr(ctx);
  const int months = (m.range_end.year - m.point.year) * 12 + m.range_end.month - m.point.month;
  x3::_pass(ctx) = months > 0 && months <= 1200;
})];
const auto iso_months_range = -(word("from") >> ws) >> number<1000, 2199, 4, 4>[to_point<&F::year>] >>
                              x3::lit('-') >> number<1, 12, 2, 2>[to_point<&F::month>] >> ws >>
                              (word("to") | word("through") | word("thru") | word("until") | word("till")) >> ws
                              >> number<1000, 2199, 4, 4>[to_end<&F::year>] >> x3::lit('-') >> later_iso_month
                              >> word_end >> not_in_number >> !x3::lit('-');
// The byte test of iso_months_range, tried at every "from", and at a number of four digits only
// after years_span_ahead's ("2008-03 to" passes it, as "2025-26 to" does): maybe "from", "YYYY-MM",
// blanks, a joining word, blanks, "YYYY-MM" and no digit or dash after it; within 40 bytes.
bool iso_months_joined_ahead(const char* first, const char* last) {
  constexpr std::ptrdiff_t reach = 40;
  if (last - first > reach) last = first + reach;
  if ((*first | 0x20) == 'f') {
    if (last - first < 5 || (first[1] | 0x20) != 'r' || (first[2] | 0x20) != 'o' || (first[3] | 0x20) != 'm' ||
        first[4] != ' ')
      return false;
    first += 5;
  }
  const auto iso_month_at = [last](const char* p) {
    if (last - p < 7) return false;
    for (int i = 0; i < 7; ++i)
      if (i == 4 ? p[i] != '-' : p[i] < '0' || p[i] > '9') return false;
    return p + 7 == last || (p[7] != '-' && (p[7] < '0' || p[7] > '9'));
  };
  if (!iso_month_at(first)) return false;
  const char* p = first + 7;
  if (p == last || *p != ' ') return false;
  while (p != last && *p == ' ') ++p;
  if (!joiner_word_at(p, last)) return false;
  while (p != last && *p != ' ') ++p;
  while (p != last && *p == ' ') ++p;
  return iso_month_at(p);
}
// "March 3 through the end of the month", "March 3 until mid-April", "June to the end of the year",
// "Monday through the end of the week", "Jan. 10 till the following week": a day, a weekday or a
// month joined without "from" to an end that names no time to count from is one range, its end
// read from the beginning as after "from" (end_counts_from_begin; were two expressions, the end
// read from the DCT). The end a part of a period ("the end of", "mid-", "early", "late") or one
// said "following": "March 3 to Friday", "March 3 to April" stay two.
const auto day_or_month_alone = [](const Meaning& sub) {
  return sub.kind == Kind::calendar && !sub.has_range_end && !sub.query_only && sub.mod.empty() &&
         sub.direction == Direction::by_tense && sub.point.hour == unset && sub.point.part_of_day == unset &&
         sub.holiday == unset && (sub.point.day != unset || sub.point.weekday != unset || sub.point.month != unset);
};
const auto day_or_month_as_point = taken_if(day_or_month_alone, as_point);
const auto end_from_begin_as_end = [](auto& ctx) {
  const Meaning& begin = said(ctx);
  const Meaning& end = x3::_attr(ctx);
  const bool part_or_following = !end.mod.empty() || end.anchor == Anchor::reference;
  // The beginning's span in days: a day's none, a month's at least 27.
  const long span = begin.point.day != unset || begin.point.weekday != unset ? 0 : 27;
  if (!part_or_following || !end_counts_from_begin(end, span))
    x3::_pass(ctx) = false;
  else
    as_counted_end(ctx);
};
const auto date_to_end_from_begin = calendar_sub[day_or_month_as_point] >> ws >>
                                    (word("to") | word("until") | word("till") | word("through") | word("thru")) >> ws
                                    >> (relative_sub[end_from_begin_as_end] | calendar_sub[end_from_begin_as_end] |
                                        ranges_sub[end_from_begin_as_end]);
// The byte test of date_to_end_from_begin, tried at every month, day number and weekday: within
// 28 bytes a blank and a joining word ("to", "until", "till", "through", "thru"), and after it
// "the", "mid", "early" or "late", in any case, as headlines and titles write them ("March 3
// Through The End Of The Month", "MARCH 3 TO THE END OF APRIL"). One memchr pass for the blanks
// (speed).
bool joined_to_end_ahead(const char* first, const char* last) {
  constexpr std::ptrdiff_t reach = 28;  // "Wednesday, March 13, 2014": a bounded look, linear
  const char* const joiner_last = last - first > reach ? first + reach : last;
  // `w` in lower case; with `fold` the text's letters folded (a joiner in capitals, rare: the plain
  // compare first, speed).
  const auto starts_with = [last](const char* p, std::string_view w, bool fold) {
    if (last - p < static_cast<std::ptrdiff_t>(w.size())) return false;
    if (!fold) return std::string_view(p, w.size()) == w;
    for (std::size_t i = 0; i < w.size(); ++i)
      if (static_cast<char>(p[i] | (w[i] == ' ' ? 0 : 0x20)) != w[i]) return false;
    return true;
  };
  // A figure begins only a day before its month ("3 March", "3rd March to the end of April"): its
  // ordinal's letters, a blank and a capital after it, not "5% to the highest", "500 jobs".
  if (*first >= '0' && *first <= '9') {
    constexpr auto letter = ascii::is_letter;
    const char* p = first;
    while (p != joiner_last && *p >= '0' && *p <= '9') ++p;
    while (p != joiner_last && letter(*p)) ++p;
    if (joiner_last - p < 2 || *p != ' ' || p[1] < 'A' || p[1] > 'Z') return false;
  }
  for (const char* p = first; p != joiner_last; ++p) {
    p = static_cast<const char*>(std::memchr(p, ' ', static_cast<std::size_t>(joiner_last - p)));
    if (p == nullptr || p + 1 == joiner_last) return false;
    const bool capital = p[1] == 'T' || p[1] == 'U';
    if (p[1] != 't' && p[1] != 'u' && !capital) continue;
    const char* q = p + 1;
    for (const std::string_view joiner : {"to ", "until ", "till ", "through ", "thru "})
      if (starts_with(q, joiner, capital)) {
        q += joiner.size();
        return starts_with(q, "the ", capital) || starts_with(q, "mid", capital) || starts_with(q, "early ", capital) ||
               starts_with(q, "late ", capital);
      }
  }
  return false;
}
// "9/10 - 9/14", "from 9/10 to 9/14", "runs 9/10 through 9/14", "between 9/3 and 9/7": two
// months and days in figures joined as a range are dates, where one alone in running text is
// not ("3/4" a fraction, "9/10" a rating). The end later than the beginning read either way, not
// both common fractions ("1/2 to 3/4 cup", "rated 7/10 to 8/10"), no year after the end
// ("9/14/2012" is the calendar's).
// Each end's order is decided as one date's is (order_open).
const auto slashed_month_day = number<1, 31, 1, 2>[to_point<&F::month>] >>
                               x3::lit('/') >> number<1, 31, 1, 2>[to_point<&F::day>] >> word_end >> !x3::lit('/');
const auto later_slashed_month_day =
    (number<1, 31, 1, 2> >> x3::lit('/') >> number<1, 31, 1, 2> >> word_end >> !x3::lit('/'))[([](auto& ctx) {
      Meaning& m = said(ctx);
      const int over = boost::fusion::at_c<0>(x3::_attr(ctx)), under = boost::fusion::at_c<1>(x3::_attr(ctx));
      const auto common_fraction = [](int a, int b) { return a < b && (b <= 6 || b == 8 || b == 10 || b == 16); };
      const auto later = [](int first_a, int first_b, int second_a, int second_b) {
        return first_a <= 12 && second_a <= 12 && (second_a > first_a || (second_a == first_a && second_b > first_b));
      };
      const int m1 = m.point.month, d1 = m.point.day;
      x3::_pass(ctx) = !(common_fraction(m1, d1) && common_fraction(over, under)) &&
                       (later(m1, d1, over, under) || later(d1, m1, under, over));
      m.point.order_open = true;
      m.has_range_end = true;
      m.range_end.month = over;
      m.range_end.day = under;
      m.range_end.order_open = true;
    })];
const auto slashed_days_range =
    (-(word("from") >> ws) >> slashed_month_day >> (spaced_dash | (ws >> range_to >> ws)) >> later_slashed_month_day) |
    (word("between") >> ws >> slashed_month_day >> ws >> word("and") >> ws >> later_slashed_month_day);
// "Q1-Q3 2024", "Q2–Q4 2023": quarters of one year, the year said once at the end and lent to the
// beginning, as "Aug 10 - Nov 12, 2013" lends its year. ("H1" names a half only with its year.)
const auto names_quarter = [](const Meaning& sub) {
  return sub.kind == Kind::calendar && sub.point.quarter != unset && sub.point.month == unset && !sub.has_range_end;
};
const auto dated_quarter = [](const Meaning& sub) { return names_quarter(sub) && sub.point.year != unset; };
const auto quarter_as_begin =
    taken_if([](const Meaning& sub) { return names_quarter(sub) && sub.point.year == unset; }, as_point);
const auto quarter_as_end = taken_if(dated_quarter, as_end);
const auto quarters_dash = calendar_sub[quarter_as_begin] >> dash >> calendar_sub[quarter_as_end];
// "2024Q1–2024Q3", "2023:Q4-2024:Q2": quarters each with its year, as tables write a span of them.
const auto quarter_with_year_as_begin = taken_if(dated_quarter, as_point);
const auto year_quarters_dash = look_ahead_parser<letter_part_after_year>{} >>
                                calendar_sub[quarter_with_year_as_begin] >> dash >> calendar_sub[quarter_as_end];

// "Monday-Friday", "Mon–Fri", "Monday to Friday", "Mon through Fri": from a weekday to the next
// such second one after it (normalize.cpp), as opening hours and schedules write a working week. An
// abbreviation needs no dot here: the other weekday makes the range ("Mon-Fri"), where "sat" or
// "wed" alone are words.
const auto range_weekday =
    as<int>(weekday_name | (x3::no_case[lexicon::weekday_abbreviation] >> word_end >> -x3::lit('.')));
const auto weekday_range = range_weekday[to_point<&F::weekday>] >>
                           (spaced_dash | (ws >> range_to >> ws)) >> range_weekday[to_end<&F::weekday>] >>
                           -weekdays_week;

// ---- Bounded periods: a modifier before a date.
const symbols<const char*> modifier_word(
    {{"early in", "START"},
     {"earlier in", "START"},
     {"late in", "END"},
     {"later in", "END"},
     {"early", "START"},
     {"late", "END"},
     // "early on Monday", "late on Tuesday night", "late on 14 August": the adverb and its "on"
     // bound the day as "early Monday" does, TimeML's mod inside the tag with the day's own value
     // (Tuesday's night, not Wednesday's); "Early on, the team struggled" has no day after it.
     {"early on", "START"},
     {"late on", "END"},
     {"mid", "MID"},
     {"early part of", "START"},
     {"first part of", "START"},
     {"latter part of", "END"},
     {"later part of", "END"},
     {"beginning of", "START"},
     {"start of", "START"},
     {"dawn of", "START"},
     {"dawn on", "START"},  // "at dawn on 4 November", "At dawn on the 14th": the day's start
     {"daybreak on", "START"},
     {"sunrise on", "START"},
     // "at sunset on Friday", "until dusk on Tuesday": the day's end ("sunset on" the verb, "will
     // sunset on March 31", is none: context.cpp, twilight_after_preposition).
     {"dusk on", "END"},
     {"nightfall on", "END"},
     {"sundown on", "END"},
     {"sunset on", "END"},
     {"first light on", "START"},  // "at first light on Monday"
     {"first thing", "START"},     // "first thing tomorrow", as TimeBank's "early Tuesday" (START)
     {"middle of", "MID"},
     // "midway through the year", "halfway through March": its middle, as "the middle of" is.
     {"midway through", "MID"},
     {"halfway through", "MID"},
     {"end of", "END"},
     // "the back end of the year", "the tail end of 2021": its end, as business news says it.
     {"back end of", "END"},
     {"tail end of", "END"},
     {"close of", "END"},
     {"around", "APPROX"},
     {"about", "APPROX"},
     {"circa", "APPROX"},
     {"approximately", "APPROX"},
     {"roughly", "APPROX"},
     {"ca.", "APPROX"},
     // "the rest of the year", "the remainder of the week": the period, as WikiWars writes "(most
     // of) the rest of the year" (1952); TimeML has no mod for a part from now on.
     {"rest of", ""},
     {"remainder of", ""}},
    "modifier");
const auto set_mod = take([](Meaning& m, const char* mod) { m.mod = mod; });
// "Very early on May 2", "the very end of the year": the intensifier is the modifier's, in the tag
// (WikiWars tags "Very early on May 2"), and the tense rules see the preposition before it.
// "the last days of November", "the first weeks of 1915", "the closing months of the year", "the
// last few weeks of 2013": the period's start or end, as "the end of November" is, its range some
// of the units said (Meaning::part_unit). "the last days of this battle" is a length of the
// event's (rules_durations.cpp); "the last two weeks of December" a length TimeBank tags apart.
const symbols<const char*> edge_word(
    {{"first", "START"}, {"opening", "START"}, {"last", "END"}, {"final", "END"}, {"closing", "END"}}, "edge");
const symbols<Unit> some_units({{"days", Unit::day}, {"weeks", Unit::week}, {"months", Unit::month}}, "units");
// The words are checked before their actions run: a failed match must leave no mod behind for
// the alternatives after it ("the first half of the year", half_of).
const auto edge_units_of = [](auto edge, auto units) {
  return x3::no_case[edge] >> word_end >> ws >> -(word("few") >> ws) >> x3::no_case[units] >> word_end >> ws >>
         word("of");
};
const auto units_at_edge = &edge_units_of(edge_word, some_units) >>
                           edge_units_of(edge_word[set_mod],
                                         some_units[take([](Meaning& m, Unit u) { m.part_unit = u; })]);
// "the balance of the year" is business news's "the rest of the year", with its article only ("a
// balance of the year's priorities" is none).
const auto balance_of = the_ >> word("balance")[act([](Meaning& m) { m.mod = ""; })] >> ws >> word("of");
// "c. 1412", "born c. 1480": the encyclopedia's circa, lower case and spaced before figures only
// (a capital "C." is an initial, "c.1998" a copyright line's).
const auto circa_abbreviation = x3::lit("c.")[act([](Meaning& m) { m.mod = "APPROX"; })] >>
                                &(ws >> (x3::digit | word("AD") | word("A.D.")));
const auto modifier = ((-the_ >> (units_at_edge | circa_abbreviation |
                                  (-(word("very") >> ws) >> x3::no_case[modifier_word][set_mod] >> word_end))) |
                       balance_of) >>
                      (dash | ws);
// "end-2025", "end-March", "by end-year": "end" glued to the period, as wire and financial news
// write the end of it ("mid-2025" is the modifier "mid"). Only with the dash: "will end March 31"
// is the verb.
const auto prefix_bound = (folded_lit("post")[act([](Meaning& m) { m.mod = "AFTER"; })] |
                           folded_lit("pre")[act([](Meaning& m) { m.mod = "BEFORE"; })] |
                           folded_lit("end")[act([](Meaning& m) { m.mod = "END"; })]) >>
                          dash;
const auto half_of = the_ >> (word("first")[act([](Meaning& m) { m.point.half = 1; })] |
                              (word("second") | word("last") | word("latter") | word("back") |
                               word("final"))[act([](Meaning& m) { m.point.half = 2; })]) >>
                     ws >> word("half") >> ws >> word("of") >> ws;
// "end of month", "the beginning of year", "end of week": the article left out, the current one:
// in news the DCT's, in a narrative the one it tells of (Anchor::story, as "the month").
// Only after a part of a period (START, MID, END): "around year end" is no year.
const auto current_unit = [](Unit unit) {
  return [unit](Meaning& m) {
    m.kind = Kind::relative;
    m.unit = unit;
    m.direction = Direction::current;
    m.anchor = Anchor::story;
  };
};
const auto part_of_bare_unit = [](Unit unit) {
  return [unit](auto& ctx) {
    Meaning& m = said(ctx);
    // A half is a part as well: "the second half of the decade" is its END, as as_point reads
    // "the second half of May".
    if (m.point.half != unset) {
      m.mod = m.point.half == 1 ? "START" : "END";
      m.point.half = unset;
    }
    // "the rest of the decade", "the remainder of the century" (modifier_word, no mod): the decade
    // or century, as "the rest of the year" is the year (were untagged).
    const bool rest = m.mod.empty() && (unit == Unit::decade || unit == Unit::century);
    if (m.mod != "START" && m.mod != "MID" && m.mod != "END" && !rest) {
      x3::_pass(ctx) = false;
      return;
    }
    const std::string_view mod = m.mod;
    current_unit(unit)(m);
    m.mod = mod;
  };
};
// "mid-century", "the end of the decade", "the first half of the century": a part of the decade or
// century the text is in, with or without the article (the year, month and week with it are the
// relative family's "the year"). Glued to "mid-" before a word it qualifies ("mid-century
// furniture") it is an adjective, as "year-end results" is; a function word may follow ("by
// mid-century and beyond"). Said with "of" it is a time before a noun too ("end of decade
// spending": of_modifier below).
const auto long_unit = (x3::lit("decade") >> word_end)[part_of_bare_unit(Unit::decade)] |
                       (x3::lit("century") >> word_end)[part_of_bare_unit(Unit::century)];
const auto long_unit_as_noun = long_unit >> !(ws >> &x3::lower >> !(lexicon::function_word >> word_end));
// Lower case only: "the beginning of Year One" names a calendar's first year.
const auto bare_unit = (x3::lit("month") >> word_end)[part_of_bare_unit(Unit::month)] |
                       (x3::lit("year") >> word_end)[part_of_bare_unit(Unit::year)] |
                       (x3::lit("week") >> word_end)[part_of_bare_unit(Unit::week)] | (the_ >> long_unit) |
                       long_unit_as_noun;
// A part of a year, a dash and a later year ("early 2013-2015", "late 1998-99"): the range begins in
// the part, as "from early 2013 to 2015" does (the end a counted one, Meaning::range_end_counted),
// so the part keeps its mod where TimeML splits the range; without it the dash range "2013-2015"
// would leave "early" out.
const auto part_year_end = [](auto& ctx) {
  Meaning& m = said(ctx);
  const F& p = m.point;
  const bool part = m.mod == "START" || m.mod == "MID" || m.mod == "END";
  const bool lone_year = m.kind == Kind::calendar && p.year != unset && p.month == unset && p.day == unset &&
                         p.week == unset && p.quarter == unset && p.half == unset && p.season == unset &&
                         p.weekday == unset && p.hour == unset;
  const int said_year = x3::_attr(ctx);
  const int year = said_year < 100 ? p.year / 100 * 100 + said_year : said_year;
  if (!part || !lone_year || m.has_range_end || m.turn_of || year <= p.year) {
    x3::_pass(ctx) = false;
    return;
  }
  m.has_range_end = true;
  m.range_end_counted = true;
  m.range_end = F{};
  m.range_end.year = year;
  m.counted_end = CountedEnd{};
};
// "midweek", "by midmonth", "since midyear": the middle of the week, month or year, glued to "mid"
// as forecasts and wire copy write it ("mid-week" is the modifier and "week").
const auto glued_mid_unit = folded_lit("mid")[act([](Meaning& m) { m.mod = "MID"; })] >>
                            ((x3::lit("week") >> word_end)[part_of_bare_unit(Unit::week)] |
                             (x3::lit("month") >> word_end)[part_of_bare_unit(Unit::month)] |
                             (x3::lit("year") >> word_end)[part_of_bare_unit(Unit::year)]);
// A modifier said with "of" ("End of decade targets were missed", "the end of century
// celebrations") makes the decade or century a time whatever follows: only the glued "mid-century"
// is also an adjective of style.
const auto of_modifier = x3::raw[modifier][([](auto& ctx) {
  const auto& written = x3::_attr(ctx);
  std::string_view said_words(&*written.begin(), written.size());
  while (!said_words.empty() && (said_words.back() == ' ' || said_words.back() == '\t' || said_words.back() == '\n' ||
                                 said_words.back() == '\r'))
    said_words.remove_suffix(1);
  x3::_pass(ctx) = said_words.ends_with(" of");
})];
// "end-Sept.", "mid-Oct.", "early-Dec": a part glued to a month's abbreviation without a year, as
// wire copy writes it, is that part of the month as "end-September" is (an abbreviation alone is
// no date, so the calendar family does not read it). Only glued: "mid Oct" spaced is left.
const auto glued_part_of_month_abbreviation = ((-the_ >> x3::no_case[modifier_word][set_mod] >> word_end >> dash) |
                                               prefix_bound) >>
                                              x3::no_case[lexicon::month_abbreviation][to_point<&F::month>] >>
                                              (x3::lit('.') | word_end);
// Of the durations family only a period of an event ("the second day") is a point as_point takes,
// and it starts with "the": elsewhere the family is not run.
const auto bounded = ((modifier | prefix_bound | half_of) >>
                      (calendar_sub[as_point] | (&the_ >> casual_sub[as_nth_week]) | relative_sub[as_point] |
                       (&the_ >> durations_sub[as_point]) | (bare_unit >> !dash)) >>
                      -(dash >> as<int>(number<1000, 2199, 4, 4> | number<0, 99, 2, 2>) >> word_end)[part_year_end]) |
                     (of_modifier >> long_unit >> !dash) | glued_mid_unit | glued_part_of_month_abbreviation;

// "the end of 2027-28", "the start of the 2026/27 season": a part of a year and the next, said with
// "of", is that part of the span, a fiscal year's or a season's: its first year's START, its last
// year's END ("late 1998-99", without "of", begins late in the first year, part_year_end).
const auto part_of_span = [](auto& ctx) {
  Meaning& m = said(ctx);
  if (m.mod != "START" && m.mod != "END") {
    x3::_pass(ctx) = false;
    return;
  }
  if (m.mod == "END") m.point.year = m.range_end.year;
  m.has_range_end = false;
  m.range_end = F{};
};
// Whether four digits and a dash or slash lie within the next 40 bytes:
// a cheap look before "the end of" is read twice for a span it seldom has.
bool year_span_ahead(const char* first, const char* last) {
  const char* const limit = last - first > 40 ? first + 40 : last;
  int digits = 0;
  for (const char* p = first; p != limit; ++p) {
    if (*p >= '0' && *p <= '9') {
      ++digits;
      continue;
    }
    if (digits == 4 && (*p == '-' || *p == '/' || *p == '\xE2')) return true;
    digits = 0;
  }
  return false;
}
const auto part_of_year_span = (of_modifier >> -the_ >> (slash_year_range | (year_range >> not_in_number)) >>
                                next_year_only >> -(ws >> spanned_year_noun))[part_of_span];

// A decade without its century: "90s", "nineties" (after "the", as "the 90s" is).
const auto short_decade = ((number<0, 90, 2, 2>[([](auto& ctx) {
                              const int yy = x3::_attr(ctx);
                              x3::_pass(ctx) = yy % 10 == 0;
                              said(ctx).point.decade = yy / 10;
                              said(ctx).point.century_open = true;
                            })] >>
                            x3::lit('s')) |
                           x3::no_case[lexicon::decade_word][to_decade_in_century]) >>
                          word_end;
// "the mid-90s", "the late 90s", "the early-80s", "the early noughties", "the late eighties": a part
// of a decade said without its century or apostrophe, as "the 90s" is (rules_calendar.cpp); "the" must lead ("in his
// late 90s" is an age), and a thermometer's reading is none (context.cpp, "Highs in the mid-90s").
const auto part_of_short_decade = the_ >> (word("early")[act([](Meaning& m) { m.mod = "START"; })] |
                                           word("mid")[act([](Meaning& m) { m.mod = "MID"; })] |
                                           word("late")[act([](Meaning& m) { m.mod = "END"; })]) >>
                                  (dash | ws) >> short_decade;

// "mid-to-late 2025", "early-to-mid 2026", "mid to late 2025": from one part of a period to a later
// part of it, one idea said once, read as "from mid-2025 to late 2025" is (a counted range begun in
// the first part). The second part waits in counted_end.mod until the period is read.
const symbols<const char*> part_word({{"early", "START"}, {"mid", "MID"}, {"late", "END"}}, "part");
const auto part_rank = [](std::string_view mod) { return mod == "START" ? 0 : mod == "MID" ? 1 : 2; };
// Whether the two parts said in `m` (mod, counted_end.mod) join onto the period `sub`, which `m`
// then becomes.
bool join_parts(Meaning& m, const Meaning& sub) {
  const std::string_view first = m.mod, second = m.counted_end.mod;
  if (sub.kind != Kind::calendar || sub.has_range_end || !sub.mod.empty() || sub.query_only || sub.turn_of ||
      part_rank(first) >= part_rank(second))
    return false;
  Meaning end = sub;
  end.mod = second;
  m = sub;
  m.mod = first;
  m.bare_year = m.needs_evidence = false;
  m.has_range_end = m.range_end_counted = true;
  m.range_end = end.point;
  m.counted_end = counted_end_of(end);
  return true;
}
const auto parts_of_one_period = [](auto& ctx) { x3::_pass(ctx) = join_parts(said(ctx), x3::_attr(ctx)); };
// "the mid-to-late nineties", "the early-to-mid 90s": a decade without its century, read into the
// point as "the late nineties" is (part_of_short_decade), is the period the parts join onto.
const auto parts_of_short_decade = x3::eps[([](auto& ctx) {
  Meaning& m = said(ctx);
  Meaning sub;
  sub.point = m.point;
  m.point = {};
  x3::_pass(ctx) = join_parts(m, sub);
})];
const auto parts_said =
    x3::no_case[part_word][set_mod] >> word_end >> (dash | ws) >> word("to") >> (dash | ws) >>
    x3::no_case[part_word][take([](Meaning& m, const char* mod) { m.counted_end.mod = mod; })] >> word_end >>
    (dash | ws);
const auto part_to_part = (-the_ >> parts_said >> calendar_sub[parts_of_one_period]) |
                          (the_ >> parts_said >> short_decade >> parts_of_short_decade);

// "year-end 2025", "by year end 2024": the end of the year named (alone, "year-end" is the
// current one: rules_relative.cpp).
const auto year_end_of = [](auto& ctx) {
  const Meaning& sub = x3::_attr(ctx);
  const F& p = sub.point;
  if (sub.kind != Kind::calendar || p.year == unset || p.month != unset || p.quarter != unset || p.half != unset ||
      p.season != unset || sub.has_range_end || !sub.mod.empty()) {
    x3::_pass(ctx) = false;
    return;
  }
  Meaning& m = said_anew(ctx);
  m = sub;
  m.mod = "END";
  m.bare_year = false;
};
const auto year_end_year = folded_lit("year") >> (dash | ws) >> word("end") >> ws >> calendar_sub[year_end_of];

// Business shorthand, capitals only ("boy" is a word): EOM, BOM (end and beginning of the month),
// EOY, BOY (of the year), EOW (of the week), EOD and COB (the end of the day, close of business),
// with or without "the".
const symbols<int> period_shorthand(
    {{"EOM", 0}, {"BOM", 1}, {"EOY", 2}, {"BOY", 3}, {"EOW", 4}, {"EOD", 5}, {"COB", 6}}, "shorthand");
// "EOD Friday", "COB tomorrow", "COB on Tuesday": the end of the day named after it. Not the words
// "the close of business Thursday": TimeBank tags the day alone there.
const auto end_of_named_day = [](auto& ctx) {
  Meaning& m = said(ctx);
  Meaning& day = x3::_attr(ctx);
  const F& p = day.point;
  const bool calendar_day =
      day.kind == Kind::calendar && (p.weekday != unset || p.day != unset) && p.week == unset && !day.has_range_end;
  const bool counted_day = day.kind == Kind::relative && day.unit == Unit::day && day.anchor == Anchor::document;
  if (m.unit != Unit::day || !(calendar_day || counted_day) || p.hour != unset || p.part_of_day != unset ||
      !day.mod.empty() || day.query_only) {
    x3::_pass(ctx) = false;
    return;
  }
  day.mod = "END";
  day.needs_evidence = day.bare_year = false;
  m = day;
};
const auto shorthand = -the_ >> (period_shorthand >> word_end)[take([](Meaning& m, int which) {
  constexpr Unit units[] = {Unit::month, Unit::month, Unit::year, Unit::year, Unit::week, Unit::day, Unit::day};
  current_unit(units[which])(m);
  m.mod = which == 1 || which == 3 ? "START" : "END";
})] >> -(ws >> -(word("on") >> ws) >> (calendar_sub[end_of_named_day] | relative_sub[end_of_named_day]));

// "the week of March 6", "the week of October 7th", "the week beginning 12 May": the week that day
// falls in; "the week of the 20th" ending the phrase, the day's month the nearest (as "on the 20th").
// "the weekend of June 14", "the weekend of 14-15 June", "the weekend of June 14-15": the weekend
// of that week (two days named: at most two apart, Friday to Sunday).
// A weekday alone ends it ("the week to Friday", "the week ending Friday"), placed as the weekday
// alone is.
const auto week_of_named_day = [](auto& ctx) {
  const Meaning& sub = x3::_attr(ctx);
  const bool weekday_ends_it = said(ctx).week_ends_on_day && said(ctx).unit == Unit::week &&
                               sub.point.weekday != unset && sub.point.day == unset && sub.point.month == unset &&
                               sub.point.hour == unset && sub.point.part_of_day == unset;
  if (sub.kind != Kind::calendar ||
      (!weekday_ends_it && (sub.point.day == unset || (sub.point.month == unset && !sub.needs_evidence))) ||
      sub.has_range_end) {
    x3::_pass(ctx) = false;
    return;
  }
  Meaning& m = said(ctx);
  const Unit unit = m.unit;
  const bool ends_on_day = m.week_ends_on_day;
  m = sub;
  m.unit = unit;
  m.week_ends_on_day = ends_on_day;
  m.needs_evidence = false;
};
const auto weekend_days = x3::eps[([](auto& ctx) {
  Meaning& m = said(ctx);
  const int gap = m.range_end.day - m.point.day;
  x3::_pass(ctx) = gap >= 1 && gap <= 2;
  m.has_range_end = false;
  m.range_end = {};
})];
const auto week_bound_word =
    word("of") | word("beginning") | word("starting") | word("commencing") |
    // "the week to March 6": the week ending it, as British statistics say it.
    (word("ending") | word("ended") | word("to"))[act([](Meaning& m) { m.week_ends_on_day = true; })];
const auto week_of_day = the_ >>
                         ((word("week")[act([](Meaning& m) { m.unit = Unit::week; })] >> ws >> week_bound_word >> ws >>
                           calendar_sub[week_of_named_day]) |
                          (word("weekend")[act([](Meaning& m) { m.unit = Unit::weekend; })] >> ws >> word("of") >> ws >>
                           (((days_month | month_days) >> weekend_days) | calendar_sub[week_of_named_day])));

// "the turn of the century", "the turn of this century", "the turn of the 20th century", "at the
// turn of the decade" (the current decade's, as the century's).
const auto current_long_unit = [](Unit unit) {
  return [unit](Meaning& m) {
    m.kind = Kind::relative;
    m.unit = unit;
    m.direction = Direction::current;
  };
};
const auto turn_of = the_ >> word("turn") >> ws >> word("of") >> ws
                     >> x3::eps[act([](Meaning& m) { m.turn_of = true; })] >>
                     ((the_ >> word("century"))[act(current_long_unit(Unit::century))] |
                      (the_ >> word("decade"))[act(current_long_unit(Unit::decade))] |
                      (calendar_sub[as_point] | relative_sub[as_point]));

// Longest alternatives first, each tried only where its first part can start (grammar.hpp, `starts`).
const auto range_expression =
    starts(tok::from)[look_ahead_parser<iso_months_joined_ahead>{} >> fresh >> iso_months_range] |
    starts(tok::from)[fresh >> from_to] | starts(tok::between)[fresh >> between_and] |
    starts(tok::from | tok::between | tok::short_number | tok::ordinal |
           tok::after_the(tok::short_number |
                          tok::ordinal))[look_ahead_parser<days_joined_ahead>{} >> fresh >> days_words_month] |
    starts(tok::from | tok::between)[look_ahead_parser<the_after_first_word>{} >> fresh >> days_without_month] |
    starts(tok::after_the(tok::long_number | tok::apostrophe))[fresh >> years_of_a_season] |
    starts(tok::calendar_starts)[fresh >> dates_dash] | starts(tok::month | tok::digit)[fresh >> dates_to_dated_day] |
    starts(tok::month | tok::digit)[look_ahead_parser<joined_to_end_ahead>{} >> fresh >> date_to_end_from_begin] |
    starts(tok::month | tok::short_number | tok::season |
           tok::q_or_h)[look_ahead_parser<year_then_joiner_ahead>{} >> fresh >> dated_to_dated] |
    starts(tok::from | tok::between | tok::short_number)[fresh >> slashed_days_range] |
    starts(tok::q_or_h)[fresh >> quarters_dash] | starts(tok::long_number)[fresh >> year_quarters_dash] |
    starts(tok::month)[fresh >> month_days] | starts(tok::between)[fresh >> between_month_days] |
    starts(tok::short_number)[fresh >> days_month] | starts(tok::month)[fresh >> months_year] |
    starts(tok::long_number)[look_ahead_parser<years_span_ahead>{} >>
                             ((fresh >> budget_years_span) | (fresh >> years_to_years) |
                              (look_ahead_parser<iso_months_joined_ahead>{} >> fresh >> iso_months_range))] |
    starts(tok::long_number)[fresh >> year_range] | starts(tok::long_number)[fresh >> slash_year_range] |
    starts(tok::apostrophe)[fresh >> apostrophe_year_range] |
    starts(tok::fiscal | tok::after_the(tok::fiscal))[fresh >> fiscal_year_range] |
    starts(tok::digit)[fresh >> bc_year_range] | starts(tok::between)[fresh >> between_bc_years] |
    starts(tok::after_the(tok::unit))[fresh >> week_of_day] | starts(tok::after_the(tok::modifier))[fresh >> turn_of] |
    starts(tok::after_the(tok::modifier))[fresh >> part_of_short_decade] |
    starts(tok::modifier |
           tok::after_the(tok::modifier))[look_ahead_parser<year_span_ahead>{} >> fresh >> part_of_year_span] |
    starts(tok::modifier | tok::ordinal |
           tok::after_the(tok::modifier | tok::ordinal | tok::direction | tok::stage))[fresh >> bounded] |
    starts(tok::modifier | tok::after_the(tok::modifier))[fresh >> shorthand] |
    starts(tok::unit)[fresh >> year_end_year];

// "by mid-century emissions must fall": after a preposition of time a part of the decade or
// century is the date whatever word follows (bare_unit reads "mid-century furniture" as an
// adjective only where no preposition says it is a time).
const auto part_of_long_unit = fresh >> modifier >> long_unit >> !dash;
// Only prepositions that say time: after "in", "at", "from" or "to" the glued form is as often the
// style ("in mid-century style", "from mid-century designers").
bool is_time_preposition(std::string_view w) {
  for (const std::string_view p : {"by", "until", "till", "before", "after", "since", "around", "toward", "towards",
                                   "through", "during", "beyond"})
    if (w == p) return true;
  return false;
}

// The cheap look ahead of the two rules above, run before them: a weekday word (maybe with its dot)
// and then a dash, or a blank and "to", "through", "thru", "till", "until" or a dash
// (weekday_range); maybe "the", then "early", "mid" or "late" and "to" joined by dashes or blanks
// (part_to_part).
const char* blanks_after(const char* p, const char* end) {
  while (p != end && (*p == ' ' || *p == '\t')) ++p;
  return p;
}
bool weekday_range_may_start(const Span& span) {
  const char* const end = span.text_end;
  char word[16];
  const char* p = span.start + first_word_at(span.start, end, word);
  if (p != end && *p == '.') ++p;
  if (p == end) return false;
  if (*p == '-' || *p == '\xE2') return true;  // a dash or an en dash
  const char* next = blanks_after(p, end);
  if (next == p || next == end) return false;
  const char c = static_cast<char>(*next | 0x20);
  return c == 't' || c == 'u' || *next == '-' || *next == '\xE2';
}
// "Mon 13 Aug - Wed 15 Aug", "Monday, Aug. 13 - Wednesday, Aug. 15": a date led by its weekday
// begins a dash range (dates_dash) only where a dash or an en dash follows closely; a bounded look,
// tried at every weekday (speed).
bool dash_after_weekday_date(const Span& span) {
  constexpr std::ptrdiff_t reach = 32;
  const char* const last = span.text_end - span.start > reach ? span.start + reach : span.text_end;
  for (const char* p = span.start; p != last; ++p)
    if (*p == '-' || *p == '\xE2') return true;
  return false;
}
bool first_thing_or_light(const Span& span) {
  const char* const end = span.text_end;
  char word[16];
  const char* p = span.start + first_word_at(span.start, end, word);
  const std::size_t letters = first_word_at(blanks_after(p, end), end, word);
  const std::string_view next(word, letters);
  return next == "thing" || next == "light";
}
bool part_to_part_may_start(const Span& span) {
  const char* const end = span.text_end;
  char word[16];
  const char* p = span.start;
  std::size_t letters = first_word_at(p, end, word);
  if (std::string_view(word, letters) == "the") {
    p = blanks_after(p + letters, end);
    letters = first_word_at(p, end, word);
  }
  const std::string_view part(word, letters);
  if (part != "early" && part != "mid" && part != "late") return false;
  p += letters;
  if (p == end || (*p != '-' && *p != ' ')) return false;
  p = blanks_after(p + 1, end);
  letters = first_word_at(p, end, word);
  return std::string_view(word, letters) == "to";
}

// The byte test of day_part_to: one of the first words ends in a part of the day and a joining word
// follows it; within 48 bytes.
bool day_part_joined_ahead(const Span& span) {
  constexpr std::ptrdiff_t reach = 48;
  const char* const end = span.text_end - span.start > reach ? span.start + reach : span.text_end;
  const auto ends_with = [](std::string_view w, std::string_view part) {
    return w.size() >= part.size() && w.substr(w.size() - part.size()) == part;
  };
  char word[16];
  const char* p = span.start;
  bool part_before = false;
  for (int words = 0; words < 4 && p != end; ++words) {
    const std::size_t letters = first_word_at(p, end, word);
    if (letters == 0 || letters == sizeof word) return false;
    const std::string_view w(word, letters);
    if (part_before) return w == "to" || w == "until" || w == "till" || w == "through" || w == "thru";
    part_before =
        ends_with(w, "morning") || ends_with(w, "afternoon") || ends_with(w, "evening") || ends_with(w, "night");
    const char* const next = blanks_after(p + letters, end);
    if (next == p + letters) return false;
    p = next;
  }
  return false;
}
}  // namespace

namespace {
// Whether "hours" or "hrs" follows the blanks at `p` as a word.
bool hours_unit_follows(const char* p, const char* end) {
  while (p != end && *p == ' ') ++p;
  char word[16];
  const std::string_view w(word, first_word_at(p, end, word));
  return w == "hours" || w == "hrs";
}
}  // namespace

const char* weekday_range_end(const char* first, const char* last, Meaning& days) {
  const Span span{first, first, last};
  if ((token_classes(first, last) & tok::weekday) == 0 || !weekday_range_may_start(span)) return nullptr;
  return run(fresh >> weekday_range, span, days);
}
bool weekday_range_at(const char* first, const char* last) {
  Meaning days;
  return weekday_range_end(first, last, days) != nullptr;
}

const char* parse_ranges(const Span& span, Meaning& meaning) {
  // A weekday starts only a range of weekdays here ("Monday-Friday") or of dates led by their
  // weekdays ("Mon 13 Aug - Wed 15 Aug"): the family's first words list weekdays for them alone, so
  // no other alternative is tried at one.
  // "open 1000-1800", "from 1000 to 1800 hours": a range of clocks (rules_clock.cpp), no years.
  if (span.text_end - span.start >= 9 && (span.start[0] == '1' || span.start[0] == '2') && hhmm_range_at(span))
    return nullptr;
  const std::uint64_t classes = token_classes(span.start, span.text_end);
  // A part of a day said at a weekday or a word of today begins a range without "from" (day_part_to).
  if ((classes & (tok::weekday | tok::deictic | tok::direction)) != 0 && day_part_joined_ahead(span))
    if (const char* parts_end = run(fresh >> day_part_to, span, meaning)) return parts_end;
  // "first" without "the" starts only "first thing tomorrow", "first light on Monday" here.
  if ((classes & tok::ordinal) != 0 && (*span.start | 0x20) == 'f' && !first_thing_or_light(span)) return nullptr;
  if ((classes & tok::weekday) != 0) {
    if (weekday_range_may_start(span))
      if (const char* weekdays_end = run(fresh >> weekday_range, span, meaning)) return weekdays_end;
    if (joined_to_end_ahead(span.start, span.text_end))
      if (const char* ranged_end = run(fresh >> date_to_end_from_begin, span, meaning)) return ranged_end;
    return dash_after_weekday_date(span) ? run(fresh >> dates_dash, span, meaning) : nullptr;
  }
  if ((classes & (tok::modifier | tok::after_the(tok::modifier))) != 0 && part_to_part_may_start(span))
    if (const char* parts_end = run(fresh >> part_to_part, span, meaning)) return parts_end;
  const char* end = gates_open(range_expression, span) ? run(range_expression, span, meaning) : nullptr;
  // "between 1000 and 1800 hours", "from 1000 to 1500 hours": no years before the unit, but a
  // range of clocks (hhmm_range_at) or of lengths.
  if (end != nullptr && end[-1] >= '0' && end[-1] <= '9' && hours_unit_follows(end, span.text_end)) return nullptr;
  if (end == nullptr && (classes & tok::modifier) != 0 && is_time_preposition(word_before(span)))
    end = run(part_of_long_unit, span, meaning);
  return end;
}

}  // namespace annalist::timex
