// timex/meaning.hpp — what a temporal expression said, before it is normalised.
//
// The grammar (the rule families) fills a Meaning with the fields the text spelled out: a month
// and a day, an offset of -1 months, "few" decades, a mod. It never consults the document date.
// The normaliser (normalize.hpp) turns a Meaning plus the context (DCT, reference time, tense of
// the clause) into a TIMEX3 type, value and mod.
#pragma once

#include <cstdint>
#include <limits>
#include <string_view>

namespace annalist::timex {

// Marks a calendar field the text did not give. The least 16-bit value, so that the narrow fields
// of a Meaning (`Small`) hold it: Meaning is copied at every alternative the grammar tries, and its
// size is what each copy costs.
inline constexpr int unset = std::numeric_limits<std::int16_t>::min();
// A field of a Meaning whose values are small (a month, an hour, a week's offset, a holiday's
// index): `unset` or a value well inside 16 bits.
using Small = std::int16_t;

// Calendar units, from finest to coarsest. `weekend` is a unit so that "the weekend" and
// "last weekend" can be said.
enum class Unit : std::uint8_t {
  none,
  second,
  minute,
  hour,
  part_of_day,
  day,
  weekend,
  week,
  month,
  quarter,
  half,
  season,
  year,
  decade,
  century,
  millennium
};

// A unit's exact length in the finest unit of its chain: seconds for second..week, months for
// month..year (counts_months); 0 for the units with no exact length in those (a season, a decade).
// Lengths said in parts add up along one chain ("1 day 21 hours", "2 years and 3 months").
constexpr long long exact_length(Unit unit) {
  switch (unit) {
    case Unit::second:
    case Unit::month:
      return 1;
    case Unit::minute:
      return 60;
    case Unit::hour:
      return 3600;
    case Unit::day:
      return 86400;
    case Unit::week:
      return 604800;
    case Unit::quarter:
      return 3;
    case Unit::year:
      return 12;
    default:
      return 0;
  }
}
constexpr bool counts_months(Unit unit) { return unit == Unit::month || unit == Unit::quarter || unit == Unit::year; }

// What a unit word means: `count` of `unit` ("fortnight": two weeks). Every rule counts the word
// through it (grammar.hpp, count_unit), so "every fortnight", "two fortnights", "a fortnight ago"
// and "the first fortnight" are two weeks each without a rule of their own; and whether the word is
// a plural, for the rules that ask. A table of one unit per word converts (`Unit` alone is one of it,
// singular).
struct UnitWord {
  Unit unit = Unit::none;
  int count = 1;
  bool plural = false;  // "days", "fortnights", "millennia"
  constexpr UnitWord() = default;
  constexpr UnitWord(Unit u, int n = 1, bool p = false)  // NOLINT(google-explicit-constructor)
      : unit(u), count(n), plural(p) {}
};

// A point or period on the calendar, as far as the text gave it. Invariant: a finer field is only
// set when it makes sense with the coarser ones (a day needs a month; a month can stand alone).
struct CalendarFields {
  int year = unset;           // four-digit year (an apostrophe year's provisional one: century_open)
  Small month = unset;        // 1..12
  Small day = unset;          // 1..31
  Small weekday = unset;      // 0 = Sunday .. 6 = Saturday (C encoding)
  Small week = unset;         // ISO week number
  Small quarter = unset;      // 1..4
  Small half = unset;         // 1..2
  Small season = unset;       // 0 spring, 1 summer, 2 fall, 3 winter
  Small decade = unset;       // first three digits: 199 for "the 1990s"
  Small century = unset;      // first two digits: 19 for "the 20th century"
  Small millennium = unset;   // 1 for "the second millennium"; BC: minus its ordinal
  Small hour = unset;         // 0..23
  Small minute = unset;       // 0..59
  Small part_of_day = unset;  // 0 morning, 1 afternoon, 2 evening, 3 night, 4 daytime
  bool weekend = false;       // "the weekend": the week plus -WE
  // The text left the century out: "the '90s" (decade holds its digit, 9) or "'99" (year holds a
  // provisional year, written_year_provisionally's, that the normaliser moves to the century the
  // story or the DCT implies).
  bool century_open = false;
  // The two figures label a fiscal or calendar year ("FY25", "CY24"): guidance and estimates name
  // years ahead in past clauses too ("reiterated its FY25 guidance"), so the tense does not place it.
  bool year_label = false;
  bool winter_two_years = false;  // "the winter of 1939-40": a winter said by both its years
  // A numeric date whose first two numbers could be day/month or month/day ("05/02/2014"):
  // month holds the first number, day the second, and the normaliser decides the order.
  bool order_open = false;
  // Clock times (rules_clock.cpp): seconds ("15:23:24"), and a 12-hour clock reading without
  // am/pm ("at 3", "10:30"): hour holds 0..12 as written and the normaliser picks the next
  // such time after the reference.
  Small second = unset;
  bool meridiem_open = false;

  bool any() const {
    return year != unset || month != unset || day != unset || weekday != unset || week != unset || quarter != unset ||
           half != unset || season != unset || decade != unset || century != unset || millennium != unset ||
           hour != unset || part_of_day != unset || weekend;
  }
};

// Seasons start on the solstice/equinox month (northern hemisphere): spring March, summer June,
// fall September, winter December.
constexpr int season_start_month(int season) { return 3 + 3 * season; }

// CalendarFields::season of a winter, the season its December opens and names.
constexpr int winter_season = 3;

// The month a part of a year begins with: its month, or its season's, quarter's or half's first
// month; unset for a year alone or a finer date without its month.
constexpr int first_month_of(const CalendarFields& f) {
  if (f.month != unset) return f.month;
  if (f.season != unset) return season_start_month(f.season);
  if (f.quarter != unset) return 1 + 3 * (f.quarter - 1);
  if (f.half != unset) return 1 + 6 * (f.half - 1);
  return unset;
}

// Which way an underspecified or named time lies from the anchor.
//   by_tense   "in November", "on Friday": the tense of the clause decides
//   previous   "last November", "the previous year"
//   current    "this November", "this week"
//   next       "next January", "the coming week"
enum class Direction : std::uint8_t { by_tense, previous, current, next };

// What a relative expression is counted from.
//   document   deictic: "yesterday", "two years ago", "last month" (the DCT)
//   reference  anaphoric: "the next day", "a year earlier", "that year" (the last date mentioned)
//   story      "the year": the reference time in a narrative, the DCT in news (whose reference
//              time wanders to every year a report mentions)
enum class Anchor : std::uint8_t { document, reference, story };

enum class Kind : std::uint8_t {
  calendar,  // fields of a date or time, maybe underspecified: "January 29", "2014", "Friday"
  relative,  // offset * unit from an anchor: "last month" (-1 month), "two years ago", "today"
  vague,     // PRESENT_REF / PAST_REF / FUTURE_REF: "now", "recently", "the future"
  duration,  // amount * unit: "15 years", "the next few decades"
  set        // a recurrence: "biweekly", "every Tuesday"
};

// A range end counted from an anchor rather than given by its fields alone: "tomorrow afternoon",
// "next Friday", "the end of next week" ("from today to tomorrow afternoon", "between now and the
// end of next week"). The same fields as Meaning's own, for the end; its calendar fields (a part of
// the day, a weekday) are Meaning::range_end.
// Why not a Meaning: a Meaning cannot hold one by value, and holding one through a pointer would
// allocate on every copy, which the grammar makes at each alternative it tries; a struct of these
// fields inside Meaning would rename every field access in the rule families. So the end keeps
// the subset a carried end uses (rules_ranges.cpp refuses the rest), and counted_end_of /
// meaning_of_end below are the one place that maps it.
struct CountedEnd {
  Kind kind = Kind::calendar;  // relative ("tomorrow") or calendar with a direction ("next Friday")
  Unit unit = Unit::none;
  bool amount_explicit = false;
  Direction direction = Direction::by_tense;
  Anchor anchor = Anchor::document;
  Small week_offset = unset;
  int relative_year = unset;
  double amount = 1;
  std::string_view mod;  // "the end of next week": END
};

struct Meaning {
  CalendarFields point;
  // Ranges ("2014-2020", "July 13-15", "from May to July"): the end as said; fields missing
  // there are taken from `point` ("July 13-15" says no month for 15).
  bool has_range_end = false;
  CalendarFields range_end;
  // A range whose beginning or end is counted from an anchor ("from today to tomorrow afternoon",
  // "from yesterday to next Friday"): each end is normalised as said alone, and `counted_end` says
  // how the end is counted (range_end holds its fields). Implies has_range_end.
  bool range_end_counted = false;
  // (The narrow fields are ordered to leave little padding: Meaning is copied at every alternative.)
  Kind kind = Kind::calendar;
  // kind == calendar: which occurrence of an underspecified date. kind == relative: the sign of
  // the offset when the grammar only knows the word ("last", "next").
  Direction direction = Direction::by_tense;
  Anchor anchor = Anchor::document;

  CountedEnd counted_end;

  // Relative offset (kind relative) or amount (duration, set): `amount` units. kind == calendar:
  // Unit::week for "the week of <day>", the ISO week that day falls in. A vague amount
  // ("few", "several", plain plural "years") is amount_known == false and prints as X.
  Unit unit = Unit::none;
  bool amount_known = true;
  bool amount_explicit = false;  // the text gave a number ("two years"), not just a unit ("the year")
  // kind == duration, a length said in parts ("1 hour, 5 minutes, 30 seconds", "2 years and 3
  // months"): the coarsest unit said, while `amount` counts the finest (`unit`). The value names
  // each unit from this one down (PT1H5M30S), as TimeML writes what was said. Unit::none: one unit.
  Unit coarsest_unit = Unit::none;
  // "this time last year", "a year ago today": the anchor's day moved by the offset, not the unit
  // it falls in (TimeBank tags "this time last year" as the day a year back); "a year ago this
  // week", "three years ago this month": the week or month of that day. Unit::none: not said so.
  Unit moment_grain = Unit::none;
  double amount = 1;

  // kind == calendar, a weekday said with its week (Monday to Sunday), in weeks from the anchor's:
  // "next Wednesday" and "Tuesday of next week" +1, "Friday of last week" -1, "Sunday this week" 0.
  Small week_offset = unset;
  // kind == calendar, direction next: the occurrence after the next one, a year on ("March after
  // next", "summer after next").
  bool after_next = false;
  // kind == relative, direction next, said "coming" or "upcoming" ("the coming weekend"): the first
  // such unit not yet begun, so on a weekday this week's weekend, where "next weekend" is the one after.
  bool coming = false;
  // kind == calendar: the year given relative to the anchor ("June last year": -1), or unset.
  int relative_year = unset;
  // kind == relative, "the new year": the coming year late in the year (from July), the current
  // one early in it ("talks resume in the new year" said in November, in January).
  bool new_year = false;
  // kind == relative, "overnight" alone: the night before the report's day in a past or present
  // clause, that day's own night in a future one ("The votes will be counted overnight").
  bool overnight = false;
  // "the turn of <century>": START of the century, or END of the current one when the clause
  // looks ahead ("by the turn of this century").
  bool turn_of = false;
  // The clock time was said as "midnight" (hour 0). On a weekday or a day counted from today
  // ("midnight Friday", "tomorrow at midnight") the clock rules make it that day's end, hour 24
  // (T24:00), as TimeML annotates "midnight Friday"; on a numbered date it stays the day's start.
  bool said_midnight = false;
  // A part of the day alone after "by", "until" ("By morning, the river had burst its banks"): the
  // first such part the story reaches after its reference (normalize.cpp).
  bool part_reached = false;
  // kind == vague, "at the same time" in a narrative: the reference time's own value, as precisely
  // as the text named it (normalize.cpp), not PRESENT_REF.
  bool same_time = false;
  // kind == vague, "then" after a preposition of time ("since then", "until then", "by then"): the
  // time the text named last, whose value it takes (scanner.cpp, takes_antecedent); none, no tag.
  bool points_back = false;
  // kind == vague, "the same period" alone: the period named just before it, a date or a length
  // ("in the third quarter ... in the same period" 2013-Q3, "over the past five years ... over the
  // same period" P5Y), whose value it takes (scanner.cpp); none, no tag.
  bool period_points_back = false;
  // A clock time on a part of today ("8 p.m. tonight"): release_from_today (rules_clock.cpp) keeps
  // no day in its fields, but a day was said, so the scanner lends it no other date's day ("from
  // 8 p.m. tonight to 6 a.m. Friday" begins tonight).
  bool said_today = false;
  // kind == calendar, "this day in 1969", "this date in 1963" (a "Today in history" column): the
  // year named with the DCT's month and day (normalize.cpp).
  bool dct_month_day = false;
  // Which part of today it was (CalendarFields::part_of_day; -1 for none): once the morning,
  // afternoon or evening is under way its clock times stay today's (normalize.cpp). In the
  // padding after the flags, as said_today is.
  signed char today_part = -1;
  // How many of `unit` the unit word said holds ("fortnight": 2 weeks; lexicon.hpp, UnitWord). The
  // grammar sets it with the unit (grammar.hpp, count_unit) and leaves `amount` as said, so that
  // an alternative tried again after a failed one counts the word once; `run` multiplies it into
  // `amount` when the match is made.
  signed char unit_count = 1;

  std::string_view vague_value;  // kind == vague: "PRESENT_REF", ...
  std::string_view mod;          // TIMEX3 mod from the phrase itself ("early" START, "mid-" MID, ...)
  // kind == set: the quantifier said ("every", "each" as "EVERY", "EACH"), the times within each
  // period ("twice a week": 2), the weeks between a weekday's occurrences ("every other Thursday" 2,
  // "every third Thursday" 3; 0 for every week), and whether a weekday recurs once a month ("the
  // first Monday of every month").
  std::string_view quant;
  int times_per_period = unset;
  signed char weeks_apart = 0;
  bool once_a_month = false;
  // kind == set: Monday to Friday said in one word ("on weekdays", "every weekday", "weeknights"):
  // XXXX-WXX-WD, as the weekend is -WE (a range said, "every Monday-Friday", keeps its first day).
  bool working_week = false;

  // The phrase is a lone word that is also an ordinary English word ("May", "March", "fall");
  // the driver keeps it only with evidence (capital letter, a preposition before it).
  bool needs_evidence = false;
  // A form read as a date only when it is the whole text, a query ("thu", "2/15"): in running
  // text "sat" is a verb and "3/4" a fraction. Implies needs_evidence; no sub-grammar takes it.
  bool query_only = false;
  // A bare number read as a year ("in 1990"): the driver rejects it when it looks like a count,
  // a name ("Kazakhstan 2050") or part of a number (phone numbers, money).
  bool bare_year = false;
  // A bare plural unit ("years"): a duration only after "for", "over", "within" ("for years").
  bool needs_for = false;

  // ---- Peer-suite families (rules_clock.cpp, rules_holidays.cpp, rules_casual.cpp).
  // A time zone the text names ("4pm CET"): minutes east of UTC. The TIMEX3 value is the
  // wall-clock time as written, as TimeML annotates it ("2013-02-12T16:00"); the offset is kept
  // here for callers that need the instant.
  Small zone_offset = unset;
  // A named holiday (index into holidays.hpp's table); point.year, relative_year or direction
  // say which year's.
  Small holiday = unset;
  // The nth weekday (point.weekday) or day (weekday unset) of the period point names:
  // "first Monday of March" 1, "last Sunday of March 2014" -1, "the 5th last day of May" -5.
  Small nth_in_period = unset;
  // nth_in_period counts whole weeks (Monday to Sunday) inside the month or year point names:
  // "the first week of October 2014" is the week of its first Monday, "the last week of
  // September 2014" the week of its last Sunday, "the 2nd last week of 2018" the one before.
  // With point.weekend, weekends (Saturday and Sunday) inside it: "the last weekend of July".
  bool nth_week = false;
  // nth_in_period counts business days, Monday to Friday, not every day: "the last business day of
  // the month", "the first working day of next year" (weekends only: no holiday calendar).
  bool business_days = false;
  // Days added to the date the rest names: "three days after Easter" (+3), "2 days after next
  // Friday" (+2).
  int day_shift = 0;
  // The week, weekend or month next to the named day's, before (-1) or after (+1) it: "the week
  // before Christmas", "the weekend after Thanksgiving", "the month after Easter".
  Unit neighbour_unit = Unit::none;
  Small neighbour_step = 0;
  // Then the nth such weekday (0 = Sunday .. 6) after the date (n > 0) or before it (n < 0):
  // "the third Tuesday after Christmas 2014" (2, +3), "the Friday before Easter" (5, -1).
  Small weekday_step = unset;
  Small weekday_step_count = 0;
  // "in 3 days": said at a moment of the day, the point that far on; against a document date the
  // length, as TimeML annotates news ("will decide in two weeks": DURATION P2W).
  bool after_in = false;
  // The amount was a vague word counted as a number ("in a few hours": 3, as Duckling counts it);
  // as a length against a document date it stays vague (PXD), as TimeML annotates it.
  bool amount_vague = false;
  // An offset counted from the reference's moment ("in 3 days" said at 04:30 is 04:30 three days
  // on): the value of a day offset keeps the reference's time of day, when it has one.
  bool keeps_time_of_day = false;
  // The offset counts working days, Monday to Friday: "next weekday", "the previous business day".
  bool working_days = false;
  // A date said to have begun or ended ("since Jan. 10", "the year ended Jan. 31"): in news, not
  // after the anchor even when a later one is nearer (set by the scanner and the normaliser).
  bool not_after_anchor = false;
  // A date the future-tense verb of its event names ("will open in January": Tense::event_future):
  // not before the anchor even when an earlier one is nearer (set by the normaliser).
  bool not_before_anchor = false;
  // kind == relative, unit day: a day counted within an event rather than on the calendar ("the
  // fifth day of the rebellion", "the third evening"). Its date is known only where the text gives
  // it: the day a news report is written on ("It's the second day of the strike"), or a date it
  // stands in apposition to ("On 21 July, the fifth day of the rebellion", scanner.cpp); otherwise
  // XXXX-XX-XX. It never moves the reference.
  bool day_of_event = false;
  // A part of the day said before a day without its year ("the night of May 13", "the early hours
  // of Sunday"): TimeML tags the whole in a narrative (WikiWars) but the day alone in news
  // (TimeBank's "the night of <Oct. 23>"), so the scanner keeps only the day outside a narrative.
  bool part_before_yearless_day = false;
  // kind == calendar, a quarter or half said in the plural after an ordinal, the last of a run of
  // them ("the second and [third quarters]"): one only after the ordinals the scanner reads before
  // it (add_elided_conjuncts), each their own expression.
  bool ordinal_run = false;
  // unit week: "the week ending (ended) March 10", the week that day closes, so a Sunday keeps its
  // own ISO week ("the week of" a Sunday opens the one after it).
  bool week_ends_on_day = false;
  // With a START or END mod: the unit the part was said in ("the final weeks of 2013": week, "the
  // first days of January": day). The value stays the period's with its mod; its range is some of
  // those units at that end (normalize.cpp, part_in_units) rather than the period's third.
  Unit part_unit = Unit::none;
};

// "at night", "in daytime" (rules_clock.cpp): a part of the day and nothing else, no day, weekday
// or holiday named. Its value is that part of an unknown day (normalize.cpp); the scanner keeps it
// only in a narrative.
inline bool names_part_of_no_day(const Meaning& m) {
  CalendarFields rest = m.point;
  rest.part_of_day = unset;
  return m.kind == Kind::calendar && m.point.part_of_day != unset && !rest.any() && rest.minute == unset &&
         m.holiday == unset && m.relative_year == unset && m.week_offset == unset;
}

// A counted range end and the Meaning it was said as, the one place that knows which fields a
// CountedEnd keeps: `counted_end_of` when the grammar takes a sub-expression as the end,
// `meaning_of_end` when the normaliser reads the end as if said alone (`fields`: Meaning::range_end).
inline CountedEnd counted_end_of(const Meaning& end) {
  return CountedEnd{end.kind,        end.unit,          end.amount_explicit, end.direction, end.anchor,
                    end.week_offset, end.relative_year, end.amount,          end.mod};
}
inline Meaning meaning_of_end(const CountedEnd& end, const CalendarFields& fields) {
  Meaning m;
  m.kind = end.kind;
  m.point = fields;
  m.unit = end.unit;
  m.amount = end.amount;
  m.amount_explicit = end.amount_explicit;
  m.direction = end.direction;
  m.anchor = end.anchor;
  m.week_offset = end.week_offset;
  m.relative_year = end.relative_year;
  m.mod = end.mod;
  if (m.kind == Kind::vague) m.vague_value = "PRESENT_REF";  // "now", the one vague end (rules_ranges.cpp)
  return m;
}

}  // namespace annalist::timex
