// The normaliser: Meaning + anchors + tense -> TIMEX3 (see normalize.hpp).
//
// Underspecified dates ("November", "Friday", "the third quarter") take the occurrence the
// direction asks for: last/next/this when said, else the tense of the clause (past: the latest
// one not after the anchor; future: the earliest one not before it; otherwise the closest).
#include "normalize.hpp"
#include "ascii.hpp"

#include "calendar_period.hpp"
#include "normalize_peers.hpp"

#include <date/iso_week.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <utility>

namespace annalist::timex {
namespace {

using namespace date;

// `value` in decimal, zero-padded to `width` characters (a sign counts): printf's "%0*d" for a
// width >= 0. By hand, as snprintf's format parsing cost more than the rest of normalising a date.
std::string digits(int value, int width) {
  const bool negative = value < 0;
  auto magnitude = static_cast<unsigned>(value);
  if (negative) magnitude = 0u - magnitude;
  char reversed[10];
  int count = 0;
  do {
    reversed[count++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  const int zeros = width - (negative ? 1 : 0) - count;
  std::string out;
  out.reserve(static_cast<std::size_t>(count + (negative ? 1 : 0) + (zeros > 0 ? zeros : 0)));
  if (negative) out += '-';
  if (zeros > 0) out.append(static_cast<std::size_t>(zeros), '0');
  while (count > 0) out += reversed[--count];
  return out;
}

// A year as TIMEX2/WikiWars write it, those before the common era with "BC": "1945", "BC0241".
std::string year_digits(int y) { return y < 0 ? "BC" + digits(-y, 4) : digits(y, 4); }

std::string format_amount(double amount) {
  if (std::abs(amount - std::round(amount)) < 1e-9) return std::to_string(static_cast<long long>(std::llround(amount)));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", amount);
  std::string s = buffer;
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

constexpr std::array<const char*, 4> season_codes{"SP", "SU", "FA", "WI"};
// The day's light (DT) last: only "daytime" says it (rules_clock.cpp), with no day.
constexpr std::array<const char*, 5> part_of_day_codes{"MO", "AF", "EV", "NI", "DT"};

struct Clock {
  sys_days day;
  std::chrono::minutes time_of_day;
  // A moment of the day (a clock time, or a DCT given with one) rather than a document's date.
  bool moment = false;
};

Clock split(local_seconds t) {
  const auto day = floor<days>(t);
  const auto time_of_day = floor<std::chrono::minutes>(t - day);
  return {sys_days{day.time_since_epoch()}, time_of_day, time_of_day.count() != 0};
}

// `t` split, a moment also when it is the document time given with a clock time (even 00:00):
// offsets count from it ("in 5 days" is a day, not a length).
Clock split(local_seconds t, const Anchors& anchors) {
  Clock c = split(t);
  c.moment = c.moment || (anchors.document_is_moment && t == anchors.document);
  return c;
}

// The period a set of calendar fields names within one year, as a sortable key and a start day.
// Granularity of the comparison: the finest field given.
struct Period {
  long key;  // comparable with anchor_key() at the same granularity
  sys_days start;
};

enum class Grain { day, week, month, quarter, half, season, year };

Grain grain_of(const CalendarFields& f) {
  if (f.day != unset) return Grain::day;
  if (f.month != unset) return Grain::month;
  if (f.quarter != unset) return Grain::quarter;
  if (f.half != unset) return Grain::half;
  if (f.season != unset) return Grain::season;
  return Grain::year;
}

std::optional<Period> period_in_year(const CalendarFields& f, int y) {
  switch (grain_of(f)) {
    case Grain::day: {
      const year_month_day ymd{year{y}, month{static_cast<unsigned>(f.month)}, day{static_cast<unsigned>(f.day)}};
      if (!ymd.ok()) return std::nullopt;
      const sys_days d{ymd};
      return Period{d.time_since_epoch().count(), d};
    }
    case Grain::month:
      return Period{y * 12L + f.month - 1, sys_days{year{y} / f.month / 1}};
    case Grain::quarter:
      return Period{y * 4L + f.quarter - 1, sys_days{year{y} / (1 + 3 * (f.quarter - 1)) / 1}};
    case Grain::half:
      return Period{y * 2L + f.half - 1, sys_days{year{y} / (1 + 6 * (f.half - 1)) / 1}};
    case Grain::season:
      return Period{y * 4L + f.season, sys_days{year{y} / season_start_month(f.season) / 1}};
    case Grain::week:
    case Grain::year:
      break;
  }
  return Period{y, sys_days{year{y} / 1 / 1}};
}

long anchor_key(Grain g, sys_days anchor) {
  const year_month_day ymd{anchor};
  const int y = static_cast<int>(ymd.year());
  const int m = static_cast<int>(static_cast<unsigned>(ymd.month()));
  switch (g) {
    case Grain::day:
      return anchor.time_since_epoch().count();
    case Grain::month:
      return y * 12L + m - 1;
    case Grain::quarter:
      return y * 4L + (m - 1) / 3;
    case Grain::half:
      return y * 2L + (m - 1) / 6;
    case Grain::season: {
      // December belongs to the winter of its own year; January and February to the winter
      // that began the year before.
      const int s = m >= 3 && m <= 11 ? (m - 3) / 3 : 3;
      return (m <= 2 ? y - 1 : y) * 4L + s;
    }
    case Grain::week:
    case Grain::year:
      break;
  }
  return y;
}

// A present-tense clause in news looks back: it reports what is so because of what happened ("is a
// suspect in shootings in November" said in May, "have gathered evidence in the October slaying",
// "a premium over Thursday's closing price" on a Monday). A time ahead of the anchor then counts
// as half as far again when the closest occurrence is chosen, so a date only a little nearer ahead
// than behind is still the past one. Without any tense the plain closest stays ("Talks Monday").
long distance_in_clause(long days_from_anchor, Tense tense) {
  if (tense == Tense::present && days_from_anchor > 0) return days_from_anchor * 3 / 2;
  return std::labs(days_from_anchor);
}

// The year of an underspecified date: which occurrence the direction or tense asks for.
// `near_counts`: a month and day within a season of the anchor may lie on either side of it
// (news reporting; see by_tense below). Off for a query said at a moment of the day, which asks
// about the coming one ("Dec 18" said in February is next December's).
std::optional<int> resolve_year(const CalendarFields& f, Direction direction, Tense tense, sys_days anchor,
                                bool near_counts = true) {
  const int anchor_year = static_cast<int>(year_month_day{anchor}.year());
  const Grain g = grain_of(f);
  const long here = anchor_key(g, anchor);
  std::optional<int> best;
  long best_distance = 0;
  // A winter is named by the year it begins in, so "last winter" said in February began two
  // calendar years back.
  const int first_year = g == Grain::season ? anchor_year - 2 : anchor_year - 1;
  for (int y = first_year; y <= anchor_year + 1; ++y) {
    const auto p = period_in_year(f, y);
    if (!p) continue;
    // A weekday given with the date ("Friday, Oct. 23") picks the year where it fits.
    if (f.weekday != unset && weekday{p->start}.c_encoding() != static_cast<unsigned>(f.weekday)) continue;
    bool eligible = true;
    switch (direction) {
      case Direction::previous:
        eligible = p->key < here;
        break;
      case Direction::next:
        eligible = p->key > here;
        break;
      case Direction::current:
        // A season: the future tense looks ahead ("will open this fall" said in February is the
        // coming fall, not the one that ended in December). Otherwise the one of the anchor's year
        // ("this summer" said in March is the coming one, in November the last one; "this autumn"
        // said in February the coming one; "that summer" after April 2012 is 2012's), but a spring
        // or summer said in December next year's (the autumn just over is this year's); a winter
        // the current one, the last or the next, the closest ("this winter" said in February is
        // the winter that began in December, in November the coming one).
        if (g != Grain::season)
          eligible = y == anchor_year;
        else if (tense == Tense::future)
          eligible = p->key >= here && p->key <= here + 3;
        else if (f.season == winter_season)
          eligible = p->key >= here - 1 && p->key <= here + 2;
        else
          eligible =
              y == anchor_year + (year_month_day{anchor}.month() == December && season_start_month(f.season) <= 6);
        break;
      case Direction::by_tense: {
        // A month and day without a year ("Nov. 21") within a season of the anchor is read
        // against the tense too: past-tense reporting names the coming weeks ("said it will pay
        // the dividend Dec. 15"), and future-tense text the last ones. So with a month alone, the
        // next one or the last ("gave it until mid-November" written on October 30; "Saudi Arabia
        // told oil companies of a cutback in September" in August).
        const bool near = near_counts && f.weekday == unset &&
                          ((g == Grain::day && std::labs((p->start - anchor).count()) <= 92) ||
                           (g == Grain::month && std::labs(p->key - here) == 1));
        if (tense == Tense::past)
          eligible = near || p->key <= here;
        else if (tense == Tense::future)
          eligible = near || p->key >= here;
        break;
      }
    }
    if (!eligible) continue;
    // previous: the latest; next: the earliest; otherwise the closest (distance_in_clause).
    const long offset = (p->start - anchor).count();
    const long distance =
        near_counts && direction == Direction::by_tense ? distance_in_clause(offset, tense) : std::labs(offset);
    if (!best || distance < best_distance) {
      best = y;
      best_distance = distance;
    }
  }
  if (!best && f.weekday != unset) {
    CalendarFields without_weekday = f;
    without_weekday.weekday = unset;
    return resolve_year(without_weekday, direction, tense, anchor, near_counts);
  }
  return best;
}

// The year of a day given with its weekday ("Tuesday 12 March"): the one of the three years around
// `around` (its year, the one before and the one after) in which the date falls on that weekday, or
// nullopt when none does (a slip of the writer's) or the date lacks a day. A date's weekday moves on
// by one or two days a year, so at most one of three years fits: the weekday names the year more
// surely than the tense does ("Talks resumed on Tuesday 12 March and will end ..." said in November
// 2024 is March 2024, the Tuesday, though "will" looks ahead).
std::optional<int> year_of_weekday(const CalendarFields& f, int around) {
  if (f.weekday == unset || f.month == unset || f.day == unset) return std::nullopt;
  std::optional<int> fitting;
  for (int y = around - 1; y <= around + 1; ++y) {
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(f.month)}, day{static_cast<unsigned>(f.day)}};
    if (!ymd.ok() || weekday{sys_days{ymd}}.c_encoding() != static_cast<unsigned>(f.weekday)) continue;
    if (fitting) return std::nullopt;
    fitting = y;
  }
  return fitting;
}

// A weekday alone: the day it names near the anchor.
// `live`: the anchor is a moment of the day rather than a document date.
sys_days resolve_weekday(int wd, Direction direction, Tense tense, sys_days anchor, bool live) {
  const weekday target{static_cast<unsigned>(wd)};
  const sys_days on_or_before = anchor - (weekday{anchor} - target);
  const sys_days on_or_after = anchor + (target - weekday{anchor});
  switch (direction) {
    case Direction::previous:
      return on_or_before == anchor ? anchor - days{7} : on_or_before;
    case Direction::next:
      return on_or_after == anchor ? anchor + days{7} : on_or_after;
    case Direction::current: {
      // Said at a moment of the day, "this Monday" is the coming one (today included), as
      // assistants read it; against a document date the one of the same ISO week (Monday..Sunday),
      // except on its last day, a Sunday, when the week is all behind and "this Saturday" is the
      // coming one (as weeks that start on Sunday have it; the past days are "this past Saturday").
      if (live || weekday{anchor} == Sunday) return on_or_after;
      const sys_days monday = anchor - (weekday{anchor} - Monday);
      return monday + (target - Monday);
    }
    case Direction::by_tense:
      break;
  }
  if (tense == Tense::past) return on_or_before;
  if (tense == Tense::future) return on_or_after;
  // No tense: said at a moment of the day ("meet me Monday", a reference with a clock time), a
  // weekday is the coming one and the anchor's own weekday next week's (today would be "today").
  // Against a document date, the closest (in a present-tense clause looking back,
  // distance_in_clause): news names the days around its date, today included ("signed the plan
  // Friday", dated Friday).
  if (live) return on_or_after == anchor ? anchor + days{7} : on_or_after;
  return distance_in_clause((on_or_before - anchor).count(), tense) <=
                 distance_in_clause((on_or_after - anchor).count(), tense)
             ? on_or_before
             : on_or_after;
}

// A day of the month alone ("on the 15th") near the anchor: the latest such day in a past-tense
// clause, the next one in a future one or said at a moment of the day (`live`), otherwise the
// closest. nullopt when no month around the anchor has that day.
std::optional<sys_days> resolve_day_of_month(int day_number, Tense tense, sys_days anchor, bool live) {
  const year_month here = year_month_day{anchor}.year() / year_month_day{anchor}.month();
  std::optional<sys_days> best;
  for (int offset = -1; offset <= 1; ++offset) {
    const year_month_day candidate = (here + months{offset}) / day{static_cast<unsigned>(day_number)};
    if (!candidate.ok()) continue;
    const sys_days d{candidate};
    if (tense == Tense::past && d > anchor) continue;
    if ((tense == Tense::future || (live && tense != Tense::past)) && d < anchor) continue;
    const auto distance = [&](sys_days x) {
      return live ? std::labs((x - anchor).count()) : distance_in_clause((x - anchor).count(), tense);
    };
    if (!best || distance(d) < distance(*best)) best = d;
  }
  return best;
}

// A weekday and a day of the month without the month ("Thursday the 15th"): among the months
// around the anchor whose such day falls on that weekday, the latest not after the anchor in a
// past-tense clause, the earliest not before it in a future one, otherwise the closest.
std::optional<sys_days> resolve_weekday_and_day(int wd, int day_number, Tense tense, sys_days anchor) {
  const year_month here = year_month_day{anchor}.year() / year_month_day{anchor}.month();
  std::optional<sys_days> best;
  // A day of the month returns to a weekday within 14 months (the 31st within 27).
  for (int offset = -27; offset <= 27; ++offset) {
    const year_month_day candidate = (here + months{offset}) / day{static_cast<unsigned>(day_number)};
    if (!candidate.ok() || weekday{sys_days{candidate}}.c_encoding() != static_cast<unsigned>(wd)) continue;
    const sys_days d{candidate};
    if ((tense == Tense::past && d > anchor) || (tense == Tense::future && d < anchor)) continue;
    if (!best || std::labs((d - anchor).count()) < std::labs((*best - anchor).count())) best = d;
  }
  return best;
}

std::string format_day(sys_days d) {
  const year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  return year_digits(y) + "-" + digits(static_cast<int>(static_cast<unsigned>(ymd.month())), 2) + "-" +
         digits(static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
}

std::string format_week(sys_days d) {
  const iso_week::year_weeknum_weekday w{d};
  return digits(static_cast<int>(w.year()), 4) + "-W" + digits(static_cast<int>(static_cast<unsigned>(w.weeknum())), 2);
}

// Appends the time of day ("T15:00", "TMO") when the fields give one.
std::string time_suffix(const CalendarFields& f) {
  if (f.hour != unset)
    return "T" + digits(f.hour, 2) + ":" + digits(f.minute == unset ? 0 : f.minute, 2) +
           (f.second == unset ? "" : ":" + digits(f.second, 2));  // seconds: rules_clock.cpp
  if (f.part_of_day != unset) return std::string("T") + part_of_day_codes[f.part_of_day];
  return {};
}

bool has_time(const CalendarFields& f) { return f.hour != unset || f.part_of_day != unset; }

// Said at a moment of the day (the anchor has a clock time: "August 27th - 29th?" asked of an
// assistant), a date without tense is an upcoming one; against a document date the tense stays
// unknown and the closest occurrence wins.
Tense looking_ahead(Tense tense, const Clock& anchor) {
  return tense == Tense::unknown && anchor.moment ? Tense::future : tense;
}

// Whether a clock time said on a part of today ("this morning at 7", "at 2 this afternoon") is said
// once that part has begun: its times are then today's, before the reference or after it ("this
// morning at 7" said at noon is 07:00 today, not tomorrow's). The morning from 06:00, the afternoon
// from noon, the evening from 18:00. Not the night, whose small hours are the next day's ("tonight
// at 1"), nor a part still ahead ("this morning at 3" said at 04:30 is the next 03:00, as Duckling
// reads it).
bool today_part_under_way(const Meaning& m, const Clock& anchor) {
  constexpr std::array<int, 3> part_begins{6 * 60, 12 * 60, 18 * 60};
  if (!m.said_today || !anchor.moment || m.today_part < 0 || m.today_part >= static_cast<int>(part_begins.size()))
    return false;
  return anchor.time_of_day.count() >= part_begins[static_cast<std::size_t>(m.today_part)];
}

// The year of a date named without one in a narrative: the reference's, or the next one's when the
// story runs on across the new year (runs_on_into_next_year: "reached the coast in December 1864
// ... on April 1" 1865-04-01, were 1864-04-01). A clause looking back (a comparison, a past perfect:
// "In November ... compared to January") keeps the reference's year (scanner.cpp, year_looking_back).
int narrative_year(const CalendarFields& f, const Anchors& anchors, sys_days anchor) {
  const int y = static_cast<int>(year_month_day{anchor}.year());
  return f.month != unset && runs_on_into_next_year(f.month, anchors, anchor) ? y + 1 : y;
}

// Day-first or month-first for a numeric date whose first two fields allow both.
void decide_order(CalendarFields& f, const Anchors& anchors) {
  if (!f.order_open) return;
  f.order_open = false;
  const int first = f.month, second = f.day;
  // Without a year ("2/15") a leap year tells which fields are possible.
  const int y = f.year == unset ? 2000 : f.year;
  const auto as_date = [&](int m, int d) -> std::optional<sys_days> {
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (m > 12 || !ymd.ok()) return std::nullopt;
    return sys_days{ymd};
  };
  const auto month_first = as_date(first, second);
  const auto day_first = as_date(second, first);
  bool use_day_first = false;
  if (!month_first || !day_first) {
    use_day_first = !month_first && day_first;
  } else {
    // Both possible: a reading within two months of the DCT beats one that is not.
    const sys_days dct = split(anchors.document).day;
    const auto near = [&](sys_days d) { return std::labs((d - dct).count()) <= 62; };
    if (f.year != unset && near(*day_first) != near(*month_first))
      use_day_first = near(*day_first);
    else
      use_day_first = anchors.date_order == DateOrder::day_first;
  }
  if (use_day_first) {
    f.month = second;
    f.day = first;
  }
}

// An ISO week by its number ("W45", "week 45 of 2025"): of the year said (nullopt when that year
// has no such week), else of the ISO year around the anchor the tense picks, as a month alone is
// placed (past: the latest not after the anchor's week; future: the earliest not before; else the
// closest, distance_in_clause).
std::optional<std::string> iso_week_value(const CalendarFields& f, Tense tense, sys_days anchor,
                                          std::optional<sys_days>& pointed_day) {
  const auto monday_of = [&](int y) -> std::optional<sys_days> {
    const iso_week::year_weeknum_weekday w{iso_week::year{y}, iso_week::weeknum{static_cast<unsigned>(f.week)},
                                           iso_week::mon};
    if (!w.ok()) return std::nullopt;
    return sys_days{w};
  };
  std::optional<sys_days> best;
  if (f.year != unset) {
    best = monday_of(f.year);
  } else {
    const sys_days anchor_monday = anchor - (weekday{anchor} - Monday);
    const int anchor_year = static_cast<int>(iso_week::year_weeknum_weekday{anchor}.year());
    long best_distance = 0;
    for (int y = anchor_year - 1; y <= anchor_year + 1; ++y) {
      const auto monday = monday_of(y);
      if (!monday) continue;
      const long offset = (*monday - anchor_monday).count();
      if ((tense == Tense::past && offset > 0) || (tense == Tense::future && offset < 0)) continue;
      const long distance = distance_in_clause(offset, tense);
      if (!best || distance < best_distance) {
        best = monday;
        best_distance = distance;
      }
    }
  }
  if (!best) return std::nullopt;
  pointed_day = *best;
  return format_week(*best);
}

// A weekday without a date, maybe with its part of the day or clock time ("Friday", "6 p.m. Friday").
bool names_weekday_without_date(const CalendarFields& f) {
  return f.weekday != unset && f.year == unset && f.month == unset && f.day == unset && f.week == unset;
}

// "the week of March 6", "the week of the 20th": the ISO week the day falls in. A Sunday ("the week
// of October 6th", 2013) opens the working week after it, as weeks are counted from Sunday where
// this is said, unless it ends the week ("the week ending 10 March", 2024-W10). "the weekend of
// June 14": the weekend of the ISO week the day falls in.
std::optional<std::string> week_of_day(const Meaning& m, sys_days d) {
  if (m.kind != Kind::calendar) return std::nullopt;
  if (m.unit == Unit::week) return format_week(weekday{d} == Sunday && !m.week_ends_on_day ? d + days{1} : d);
  if (m.unit == Unit::weekend) return format_week(d) + "-WE";
  return std::nullopt;
}

// A query's month and day without a year, said at a moment of the day with no tense, a few days
// before that moment: the year of the day just gone, not the coming one ("Aug 5" said 2012-08-10 at
// noon is 2012-08-05, as chrono reads it; a week or more back it is the coming one, as a query
// asks). nullopt otherwise.
std::optional<int> year_just_gone(const CalendarFields& f, Tense tense, const Clock& anchor) {
  if (tense != Tense::unknown || !anchor.moment || f.year != unset || f.month == unset || f.day == unset ||
      f.weekday != unset)
    return std::nullopt;
  const int anchor_year = static_cast<int>(year_month_day{anchor.day}.year());
  for (const int y : {anchor_year, anchor_year - 1}) {
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(f.month)}, day{static_cast<unsigned>(f.day)}};
    if (!ymd.ok()) continue;
    const auto back = (anchor.day - sys_days{ymd}).count();
    if (back >= 1 && back <= 7) return y;
  }
  return std::nullopt;
}

// The third of a period a START / MID / END mod names (0, 1, 2; -1 for another mod): a year's
// begins in January, May or September (part_range).
int part_of_mod(std::string_view mod) { return mod == "START" ? 0 : mod == "MID" ? 1 : mod == "END" ? 2 : -1; }

// Whether a part of "the year" (Anchor::story: the DCT's in news) that begins in `first_month` is
// told in the past before it has begun at the DCT (`day`): it is then the year just ended's, as a
// month alone so told is ("Sales fell in the last quarter of the year" said 2014-02-05 is 2013-Q4,
// "Profits rose at the end of the year" 2013 END, as "in November" is 2013-11). One begun is the
// DCT's year's ("the first quarter of the year" said in February); a narrative's "the year" is the
// story's, whatever the tense.
bool told_before_it_begins(const Meaning& m, const Anchors& anchors, const ClauseTense& tense, int first_month,
                           sys_days day) {
  return m.anchor == Anchor::story && !anchors.narrative && first_month != unset &&
         first_month > static_cast<int>(static_cast<unsigned>(year_month_day{day}.month())) && tense() == Tense::past;
}

// The TIMEX3 value of calendar fields. nullopt when impossible.
std::optional<std::string> calendar_value(CalendarFields f, const Meaning& m, const Anchors& anchors,
                                          const ClauseTense& tense, std::optional<sys_days>& pointed_day) {
  // Looking ahead for an underspecified date is for a reference with a clock time of its own:
  // a moment at midnight (a DCT given as "T00:00:00") keeps the closest date, as chrono reads it.
  const Clock anchor = split(anchors.reference);
  const Clock document = split(anchors.document);
  decide_order(f, anchors);
  if (f.century != unset) return f.century < 0 ? "BC" + digits(-f.century - 1, 2) : digits(f.century, 2);
  if (f.millennium != unset) return f.millennium < 0 ? "BC" + digits(-f.millennium - 1, 1) : digits(f.millennium, 1);
  if (f.decade != unset) {
    if (f.century_open) {
      // "the '90s": the most recent such decade not after the anchor's.
      const int anchor_year = static_cast<int>(year_month_day{anchor.day}.year());
      int decade = (anchor_year / 100) * 10 + f.decade;
      if (decade * 10 > anchor_year) decade -= 10;
      return digits(decade, 3);
    }
    // Before the common era (rules_calendar.cpp stores "the 470s BC" as -47): BC047.
    return f.decade < 0 ? "BC" + digits(-f.decade, 3) : digits(f.decade, 3);
  }
  if (f.week != unset) return iso_week_value(f, looking_ahead(tense(), anchor), anchor.day, pointed_day);
  if (f.month != unset && f.day == unset && f.year != unset && f.weekday != unset) f.weekday = unset;
  if (f.year == unset && m.relative_year != unset) {
    // "June last year" counts from the DCT, "August of that year" from the last date named, "the
    // first half of the year" from the year the text is in (Anchor::story: the reference in a
    // narrative, the scanner's DCT in news).
    const Clock& base = m.anchor == Anchor::document ? document : anchor;
    f.year = static_cast<int>(year_month_day{base.day}.year()) + m.relative_year;
    if (m.relative_year == 0 && told_before_it_begins(m, anchors, tense, first_month_of(f), base.day)) --f.year;
  }
  if (f.year == unset && f.month == unset && f.day != unset && f.weekday != unset) {
    // "Thursday the 15th": the month whose 15th is a Thursday, nearest as a weekday alone is.
    const auto d = resolve_weekday_and_day(f.weekday, f.day, looking_ahead(tense(), anchor), anchor.day);
    if (!d) return std::nullopt;
    pointed_day = *d;
    return format_day(*d) + time_suffix(f);
  }
  // A weekday alone, or with a time: "Friday", "Friday night".
  if (f.year == unset && f.month == unset && f.weekday != unset && f.quarter == unset && f.season == unset &&
      f.half == unset) {
    // A weekday counts from the day of writing when a narrative reference is named only by its
    // year, which has no week to count from ("arrived in 1984. ... the day before last Tuesday's
    // hearing"; "She retired in 2012. On Monday she announced a gift of her papers").
    const Clock& from =
        anchors.narrative && anchors.reference_precision == Anchors::Precision::year ? document : anchor;
    sys_days d = resolve_weekday(f.weekday, m.direction, tense(), from.day, from.moment);
    if (m.week_offset != unset) {
      // "next Wednesday" is the Wednesday of next week (Monday to Sunday), as Duckling and chrono
      // read it: said on a Tuesday it is eight days on, not tomorrow.
      const sys_days monday = from.day - (weekday{from.day} - Monday);
      d = monday + days{7 * m.week_offset} + (weekday{static_cast<unsigned>(f.weekday)} - Monday);
    }
    pointed_day = d;
    // "the week to Friday": the week that Friday ends.
    if (m.week_ends_on_day)
      if (auto week = week_of_day(m, d)) return week;
    return format_day(d) + time_suffix(f);
  }
  if (f.year == unset && f.month == unset && f.day != unset) {
    // A day of the month alone ("on the 15th"): in the anchor's month or a neighbour, as a
    // weekday alone is placed. A narrative names the days around its reference time, whatever
    // the tense of its telling ("a counteroffer on 2 October. On the 5th, ..."), in the month
    // it has reached when it named one: "landed on 1 March. He entered Paris on the 20th" is
    // March's 20th (the closest day was February's), "in April 1846 ... on the 25th" April's.
    std::optional<sys_days> d;
    if (anchors.narrative && anchors.reference_precision != Anchors::Precision::year) {
      const year_month_day reached{anchor.day};
      const year_month_day same_month = reached.year() / reached.month() / day{static_cast<unsigned>(f.day)};
      if (same_month.ok()) d = sys_days{same_month};
    }
    if (!d) d = resolve_day_of_month(f.day, anchors.narrative ? Tense::unknown : tense(), anchor.day, anchor.moment);
    if (!d) return std::nullopt;
    pointed_day = *d;
    if (auto week = week_of_day(m, *d)) return week;
    return format_day(*d) + time_suffix(f);
  }
  if (f.year == unset) {
    if (f.month == unset && f.quarter == unset && f.half == unset && f.season == unset && f.weekday == unset) {
      // Only a time of day ("at 3 p.m.", "tonight"): on the anchor day.
      if (!has_time(f)) return std::nullopt;
      // The day of a clock time: the next such time when the reference has a time of day
      // (normalize_peers.hpp), but today's in a part of today under way.
      const sys_days day =
          today_part_under_way(m, anchor) ? anchor.day : day_of_clock_time(f, anchors.reference, tense());
      pointed_day = day;
      return format_day(day) + time_suffix(f);
    }
    // Narrative text: "in June" after "in 1941" is June 1941, whatever the tense. An event's own
    // tense puts its date on that side of the anchor: the near side a report allows is off.
    const bool by_tense = m.direction == Direction::by_tense;
    // "that winter", "that same June" after a year named alone: that year's (its first day, which
    // stands for it, would make "that winter" the one before).
    const bool of_year_named = m.direction == Direction::current && m.anchor == Anchor::reference &&
                               anchors.reference != anchors.document &&
                               anchors.reference_precision == Anchors::Precision::year;
    // "the week of 10 March" said on the 12th holds the anchor's day: a future act's week is not
    // before the anchor when it ends after it, however past its named day.
    const Tense ahead_or_not = looking_ahead(tense(), anchor);
    const bool a_days_week = m.kind == Kind::calendar && (m.unit == Unit::week || m.unit == Unit::weekend);
    const sys_days year_anchor = a_days_week && ahead_or_not == Tense::future ? anchor.day - days{6} : anchor.day;
    // Quarters and halves are reported after they end: "will report third-quarter results" in
    // October is this year's third quarter. The future tense says nothing about which one, but a
    // future act in one does ("will start pumping gas in the fourth quarter" said in March:
    // Meaning::not_before_anchor), past the two months a quarter or half just ended is reported in.
    const Grain g = grain_of(f);
    const auto reported_now = [&] {
      const auto month_of_anchor = static_cast<int>(static_cast<unsigned>(year_month_day{anchor.day}.month()));
      const int months_per_part = g == Grain::quarter ? 3 : 6;
      const int part_now = (month_of_anchor - 1) / months_per_part + 1;
      const int parts = 12 / months_per_part;
      const int named = g == Grain::quarter ? f.quarter : f.half;
      const sys_days part_began{year_month_day{anchor.day}.year() / ((part_now - 1) * months_per_part + 1) / 1};
      return named == (part_now + parts - 2) % parts + 1 && anchor.day - part_began <= days{61};
    };
    const Tense year_tense = (g == Grain::quarter || g == Grain::half) && ahead_or_not == Tense::future &&
                                     (!m.not_before_anchor || reported_now())
                                 ? Tense::unknown
                                 : ahead_or_not;
    std::optional<int> y = (anchors.narrative && by_tense) || of_year_named
                               ? std::optional<int>(narrative_year(f, anchors, anchor.day))
                               : resolve_year(f, m.direction, year_tense, year_anchor,
                                              !(tense() == Tense::unknown && anchor.moment) && !m.not_after_anchor &&
                                                  !m.not_before_anchor && !tense.told_by_event());
    if (!y) return std::nullopt;
    if (by_tense)
      if (const auto gone = year_just_gone(f, tense(), anchor)) y = gone;
    // "the following spring", "the next March" after a year named alone: the first after that year
    // (its first day, which stands for it, made it that year's own); a winter the one its December
    // opens ("The war ended in 1945. The following winter" is 1945-WI, the winter of 1945-46).
    const bool after_year_alone = m.anchor == Anchor::reference && anchors.reference != anchors.document &&
                                  anchors.reference_precision == Anchors::Precision::year;
    if (m.direction == Direction::next && after_year_alone && f.quarter == unset && f.half == unset)
      y = static_cast<int>(year_month_day{anchor.day}.year()) + (f.season == winter_season ? 0 : 1);
    // "the previous winter", "the previous spring" after a year named alone: the last before that
    // year, the winter the year before's December opens ("The king landed in 1660. The previous
    // winter" is 1659-WI, the winter of 1659-60; its January, which stands for the year, made it
    // the winter before that, 1658-WI).
    if (m.direction == Direction::previous && after_year_alone && f.season != unset)
      y = static_cast<int>(year_month_day{anchor.day}.year()) - 1;
    // A weekday with the day picks its year near the DCT (in a narrative, near the year the story
    // has reached) over the tense's choice; "next Tuesday, March 12" keeps its direction.
    if (by_tense) {
      const int around = anchors.narrative ? *y : static_cast<int>(year_month_day{anchor.day}.year());
      if (const auto weekday_year = year_of_weekday(f, around)) y = weekday_year;
    }
    f.year = *y + (m.after_next ? 1 : 0);
  }
  std::string value = year_digits(f.year);
  if (f.month != unset) {
    value += "-" + digits(f.month, 2);
    if (f.day != unset) {
      const year_month_day ymd{year{f.year}, month{static_cast<unsigned>(f.month)}, day{static_cast<unsigned>(f.day)}};
      if (!ymd.ok()) return std::nullopt;
      pointed_day = sys_days{ymd};
      if (auto week = week_of_day(m, sys_days{ymd})) return week;
      value += "-" + digits(f.day, 2) + time_suffix(f);
    } else {
      pointed_day = sys_days{year{f.year} / f.month / 1};
    }
    return value;
  }
  // A season, quarter or half points at its first month ("In the summer of 1916 ... A month later":
  // 1916-07, was 1916-02 from January); a winter, which writers name by the year of its January as
  // often as of its December, at the year's first day; one said by both its years at the second's
  // ("The winter of 1939-40 ... in January": 1940-01).
  pointed_day = sys_days{year{f.year + (f.winter_two_years ? 1 : 0)} / 1 / 1};
  if (const int first = first_month_of(f); first != unset && f.season != winter_season)
    pointed_day = sys_days{year{f.year} / static_cast<unsigned>(first) / 1};
  if (f.quarter != unset) return value + "-Q" + std::to_string(f.quarter);
  if (f.half != unset) return value + "-H" + std::to_string(f.half);
  if (f.season != unset) return value + "-" + season_codes[f.season];
  return value;
}

// A day counted `n` days from a reference the text named only to its month or year ("In June 479
// BC ... that same day", "In November 1942 ... three days later"): the day is unknown, so the value
// keeps only what the count cannot move (BC0479-06-XX, 1942-XX-XX), as TIMEX2 and TimeML write it.
std::string day_within_reference(int n, sys_days reference, Anchors::Precision precision) {
  const year_month_day ymd{reference};
  const std::string first = format_day(sys_days{ymd.year() / ymd.month() / 1});  // "BC0479-06-01"
  if (precision == Anchors::Precision::month && n == 0) return first.substr(0, first.size() - 3) + "-XX";
  const sys_days earliest = precision == Anchors::Precision::month ? sys_days{ymd.year() / ymd.month() / 1}
                                                                   : sys_days{ymd.year() / January / 1};
  const sys_days latest = precision == Anchors::Precision::month ? sys_days{ymd.year() / ymd.month() / last}
                                                                 : sys_days{ymd.year() / December / 31};
  const bool same_year =
      year_month_day{earliest + days{n}}.year() == ymd.year() && year_month_day{latest + days{n}}.year() == ymd.year();
  return same_year ? first.substr(0, first.size() - 6) + "-XX-XX" : "XXXX-XX-XX";
}

// An unknown day of the episode a narrative has reached: its year, and its month when the text named
// one ("BC0480-08-XX", "1857-XX-XX"); nothing when no date was named yet.
std::string day_of_episode(const Anchors& anchors) {
  if (anchors.reference == anchors.document) return "XXXX-XX-XX";
  const std::string day = format_day(split(anchors.reference).day);  // "BC0480-08-01"
  return anchors.reference_precision == Anchors::Precision::year ? day.substr(0, day.size() - 6) + "-XX-XX"
                                                                 : day.substr(0, day.size() - 3) + "-XX";
}

// The value of `amount` units from the anchor (kind relative).
std::string relative_value(const Meaning& m, Clock anchor, std::optional<sys_days>& pointed_day) {
  const int sign = m.direction == Direction::previous ? -1 : m.direction == Direction::next ? 1 : 0;
  const int n = sign * static_cast<int>(std::lround(m.amount));
  const year_month_day ymd{anchor.day};
  const int y = static_cast<int>(ymd.year());
  const int mo = static_cast<int>(static_cast<unsigned>(ymd.month()));
  switch (m.unit) {
    case Unit::second:
    case Unit::minute:
    case Unit::hour: {
      const auto step = m.unit == Unit::hour ? std::chrono::minutes{60} : std::chrono::minutes{1};
      const auto t = local_seconds{anchor.day.time_since_epoch()} + anchor.time_of_day +
                     (m.unit == Unit::second ? std::chrono::minutes{0} : step * n);
      const Clock c = split(t);
      pointed_day = c.day;
      const auto hm = hh_mm_ss<std::chrono::minutes>{c.time_of_day};
      return format_day(c.day) + "T" + digits(static_cast<int>(hm.hours().count()), 2) + ":" +
             digits(static_cast<int>(hm.minutes().count()), 2);
    }
    case Unit::part_of_day:
    case Unit::day: {
      const sys_days d = anchor.day + days{n};
      pointed_day = d;
      return format_day(d) + time_suffix(m.point);
    }
    case Unit::weekend: {
      // "the coming weekend" said Monday to Friday is this week's.
      const bool before_weekend = weekday{anchor.day}.iso_encoding() <= 5;
      return format_week(anchor.day + days{7 * (m.coming && n == 1 && before_weekend ? 0 : n)}) + "-WE";
    }
    case Unit::week:
      return format_week(anchor.day + days{7 * n});
    case Unit::month: {
      const year_month target = year{y} / mo + months{n};
      pointed_day = sys_days{target / 1};
      return year_digits(static_cast<int>(target.year())) + "-" +
             digits(static_cast<int>(static_cast<unsigned>(target.month())), 2);
    }
    case Unit::quarter: {
      const int index = y * 4 + (mo - 1) / 3 + n;
      return digits(index / 4, 4) + "-Q" + std::to_string(index % 4 + 1);
    }
    case Unit::half: {
      const int index = y * 2 + (mo - 1) / 6 + n;
      return digits(index / 2, 4) + "-H" + std::to_string(index % 2 + 1);
    }
    case Unit::season: {
      const int index = static_cast<int>(anchor_key(Grain::season, anchor.day)) + n;
      return digits(index / 4, 4) + "-" + season_codes[index % 4];
    }
    case Unit::year: {
      // "a year and a half ago" said in August 2012 is February 2011: a fraction of a year counts
      // its months, and the value stays the year they reach (not 2012 - 2).
      const double month_count = m.amount * 12;
      if (m.amount != std::floor(m.amount) && std::abs(month_count - std::round(month_count)) < 1e-9) {
        const year_month target = year{y} / mo + months{sign * static_cast<int>(std::lround(month_count))};
        pointed_day = sys_days{target.year() / 1 / 1};
        return year_digits(static_cast<int>(target.year()));
      }
      pointed_day = sys_days{year{y + n} / 1 / 1};
      return year_digits(y + n);
    }
    case Unit::decade: {
      // Years before the common era count down: 469 BC (-469) lies in the decade BC046, and the
      // next decade is BC045.
      const int decade = y / 10 + n;  // division truncates towards zero: -469 / 10 == -46
      return decade < 0 ? "BC" + digits(-decade, 3) : digits(decade, 3);
    }
    case Unit::century:
    case Unit::millennium: {
      const int century = y / 100 + n;
      return century < 0 ? "BC" + digits(-century, 2) : digits(century, 2);
    }
    case Unit::none:
      break;
  }
  return format_day(anchor.day);
}

const char* unit_letter(Unit u) {
  switch (u) {
    case Unit::second:
      return "S";
    case Unit::minute:
      return "M";
    case Unit::hour:
      return "H";
    case Unit::part_of_day:
    case Unit::day:
      return "D";
    case Unit::weekend:
      return "WE";
    case Unit::week:
      return "W";
    case Unit::month:
      return "M";
    case Unit::quarter:
      return "Q";
    case Unit::half:
      return "H";
    case Unit::season:
      return "M";
    case Unit::year:
      return "Y";
    case Unit::decade:
      return "DE";
    case Unit::century:
      return "CE";
    case Unit::millennium:
      return "ML";
    case Unit::none:
      break;
  }
  return "X";
}

// An exact length written in each unit from `coarsest` down to `finest`, as TimeML writes what was
// said: 3930 seconds from hours PT1H5M30S, 27 months from years P2Y3M, 45 hours from days P1DT21H;
// a unit nothing is left for is left out (PT1H30S). `amount` counts `finest`; a week as `coarsest`
// starts at days (P17D). nullopt when `amount` is no whole number of `finest`, or the two units
// lie on no one chain (seconds to days, months to years).
std::optional<std::string> length_in_units(double amount, Unit finest, Unit coarsest) {
  if (coarsest == Unit::week) coarsest = Unit::day;  // ISO 8601 mixes weeks with no other unit
  constexpr std::array written{Unit::year, Unit::month, Unit::day, Unit::hour, Unit::minute, Unit::second};
  const long long finest_length = exact_length(finest);
  if (std::find(written.begin(), written.end(), finest) == written.end() || exact_length(coarsest) < finest_length ||
      counts_months(finest) != counts_months(coarsest))
    return std::nullopt;
  if (!(amount > 0 && amount < 1e9) || std::abs(amount - std::round(amount)) > 1e-6) return std::nullopt;
  long long left = std::llround(amount) * finest_length;
  std::string value = "P";
  bool time_part = false;
  for (const Unit unit : written) {
    if (unit > coarsest || unit < finest || counts_months(unit) != counts_months(finest)) continue;
    const long long count = left / exact_length(unit);
    left %= exact_length(unit);
    if (count == 0) continue;
    if (unit < Unit::day && !time_part) value += 'T', time_part = true;
    value += std::to_string(count) + unit_letter(unit);
  }
  return value;
}

// A fractional amount as whole units and a whole number of the next finer unit, as TimeML writes
// it: "5 1/2 hours" PT5H30M, "2 1/2 years" P2Y6M, "a minute and a half" PT1M30S, "a day and a
// half" P1DT12H. nullopt when the amount is whole or the part is no whole number of finer units.
std::optional<std::string> whole_and_part(double amount, Unit unit) {
  struct Finer {
    Unit unit;
    int count;  // finer units in one `unit`
  };
  std::optional<Finer> finer;
  if (unit == Unit::year) finer = Finer{Unit::month, 12};
  // "half a century" P50Y, "half a decade" P5Y.
  if (unit == Unit::century) finer = Finer{Unit::year, 100};
  if (unit == Unit::decade) finer = Finer{Unit::year, 10};
  if (unit == Unit::day) finer = Finer{Unit::hour, 24};
  if (unit == Unit::hour) finer = Finer{Unit::minute, 60};
  if (unit == Unit::minute) finer = Finer{Unit::second, 60};
  if (!finer || !(amount > 0 && amount < 1e6)) return std::nullopt;
  const double whole = std::floor(amount);
  const double part = (amount - whole) * finer->count;
  if (whole == amount || std::abs(part - std::round(part)) > 1e-6 || std::round(part) < 1) return std::nullopt;
  // A decade or century has no place in a mixed length: its fraction is written in years.
  const Unit coarsest = unit == Unit::decade || unit == Unit::century ? Unit::year : unit;
  return length_in_units(amount * finer->count, finer->unit, coarsest);
}

// "P15Y", "PT3H", "PXDE".
std::string duration_value(const Meaning& m) {
  const bool time_unit = m.unit == Unit::second || m.unit == Unit::minute || m.unit == Unit::hour;
  std::string value = time_unit ? "PT" : "P";
  double amount = m.amount;
  Unit unit = m.unit;
  // Units without an ISO 8601 letter are written in months, years or days. Seasons counted are a
  // sport's, a series' or a campaign's, each a year ("nine seasons at the club" P9Y, as TimeBank
  // counts them), not quarters of the year: those are named ("two summers").
  if (unit == Unit::half) amount *= 6, unit = Unit::month;
  if (unit == Unit::season) unit = Unit::year;
  if (unit == Unit::weekend) amount *= 2, unit = Unit::day;
  if (m.amount_known) {
    if (m.coarsest_unit != Unit::none && m.coarsest_unit > unit)
      if (auto split_value = length_in_units(amount, unit, m.coarsest_unit)) return *split_value;
    if (auto split_value = whole_and_part(amount, unit)) return *split_value;
  }
  value += m.amount_known ? format_amount(amount) : "X";
  return value + unit_letter(unit);
}

// The time the text is in: a narrative's reference (the last date it named), else the DCT.
local_seconds story_time(const Anchors& anchors) { return anchors.narrative ? anchors.reference : anchors.document; }

// What a relative expression counts from (Meaning::anchor).
local_seconds anchor_time_of(const Meaning& m, const Anchors& anchors) {
  switch (m.anchor) {
    case Anchor::document:
      return anchors.document;
    case Anchor::reference:
      return anchors.reference;
    case Anchor::story:
      return story_time(anchors);
  }
  return anchors.document;
}

// The year written as its last two figures `yy` ("'68") told in `story_year`: the one among the
// hundred years from 89 before the story's year to 10 after it. Apostrophe years name the past
// ("the class of '68", "since '95") or the coming decade ("the '26 World Cup", "FY'27"); a year
// further ahead is seldom shortened, one 90 years back still is ("'05" in a story of 1900 is 1905).
// In a past clause of news no year further ahead than the next is meant ("The crash of '29 wiped out
// a generation", said in 2026, is 1929): the hundred years end a year after the story's, as a past
// act may still concern the coming year ("Tickets for the '26 World Cup sold out" said in 2025). A
// narrative's "In 1962 the factory opened. By '68 it employed 900" keeps the years after its story.
int year_ending_near(int yy, int story_year, bool past_news) {
  const int latest = story_year + (past_news ? 1 : 10);
  return latest - ((latest - yy) % 100 + 100) % 100;
}

// `m` with the years written without their century (CalendarFields::century_open) placed: a year
// alone near the story's year (year_ending_near); a range's end after its beginning ("'98-'99",
// "from 1998 to '99") and a beginning before its end ("from '98 to 2001").
Meaning with_centuries_placed(const Meaning& m, const Anchors& anchors, const ClauseTense& tense) {
  Meaning placed = m;
  CalendarFields& begin = placed.point;
  CalendarFields& end = placed.range_end;
  const int story_year = static_cast<int>(year_month_day{split(story_time(anchors)).day}.year());
  const bool begin_open = begin.century_open && begin.year != unset;
  const bool end_said = placed.has_range_end && end.year != unset;
  const bool end_open = end_said && end.century_open;
  // A fiscal label, a quarter or a half ("FY25", "Q3 '25", "H1'25") names plans as often as results.
  const bool past_news = (begin_open || end_open) && !begin.year_label && !end.year_label && begin.quarter == unset &&
                         begin.half == unset &&
                         story_year == static_cast<int>(year_month_day{split(anchors.document).day}.year()) &&
                         tense() == Tense::past;
  // The years from `from` on to the first year after it that ends as `year` does.
  const auto years_on = [](int from, int year) { return ((year - from) % 100 + 100) % 100; };
  if (begin_open && end_said && !end_open)
    begin.year = end.year - years_on(begin.year, end.year);
  else if (begin_open)
    begin.year = year_ending_near(begin.year % 100, story_year, past_news);
  if (end_open)
    end.year = begin.year == unset ? year_ending_near(end.year % 100, story_year, past_news)
                                   : begin.year + years_on(begin.year, end.year);
  begin.century_open = begin.century_open && begin.year == unset;
  end.century_open = end.century_open && end.year == unset;
  return placed;
}

// "7 days ago", "two years hence", "in 3 hours" said at a moment of the day (the anchor has a clock
// time, or a DCT given with one): that moment moved by the amount, to the minute ("5 months ago"
// at 2013-02-12T04:30 is 2012-09-12T04:30; at a midnight moment 2012-09-12). Against a document
// date the unit's own granularity stays (relative_value: "two weeks ago" is a week, "5 months ago"
// a month, as TimeML annotates news). nullopt when that rule does not apply.
std::optional<std::string> counted_moment(const Meaning& m, local_seconds anchor, const Anchors& anchors) {
  const Clock clock = split(anchor, anchors);
  if ((!clock.moment && m.moment_grain == Unit::none) || !m.amount_explicit || (!m.amount_known && !m.amount_vague) ||
      has_time(m.point))
    return std::nullopt;
  if (m.direction != Direction::previous && m.direction != Direction::next) return std::nullopt;
  if (!(m.amount > 0 && m.amount <= 10000)) return std::nullopt;  // no date arithmetic on "1e9 years"
  const double amount = (m.direction == Direction::previous ? -1 : 1) * m.amount;
  const auto whole = static_cast<int>(std::lround(amount));
  const bool integral = std::abs(amount - whole) < 1e-9;
  local_seconds t = anchor;
  switch (m.unit) {
    case Unit::second:
      t += std::chrono::seconds{std::llround(amount)};
      break;
    case Unit::minute:
      t += std::chrono::seconds{std::llround(amount * 60)};
      break;
    case Unit::hour:
      t += std::chrono::seconds{std::llround(amount * 3600)};
      break;
    case Unit::day:
      // "within half a day", "in 1.5 days": a fraction of a day is whole hours from the moment.
      if (!integral && std::abs(amount * 24 - std::round(amount * 24)) > 1e-9) return std::nullopt;
      t += std::chrono::hours{std::llround(amount * 24)};
      break;
    case Unit::week:
      if (!integral) return std::nullopt;
      t += days{whole * 7};
      break;
    case Unit::month:
    case Unit::quarter:
    case Unit::year: {
      if (!integral) return std::nullopt;
      const int month_count = whole * (m.unit == Unit::year ? 12 : m.unit == Unit::quarter ? 3 : 1);
      const year_month_day ymd{clock.day};
      year_month_day moved = ymd.year() / ymd.month() / ymd.day() + months{month_count};
      if (!moved.ok()) moved = moved.year() / moved.month() / last;  // Jan 31 + 1 month: Feb 28
      t = local_seconds{sys_days{moved}.time_since_epoch()} + clock.time_of_day;
      break;
    }
    default:
      return std::nullopt;
  }
  const Clock moved = split(t);
  // "a year ago this week", "three years ago this month": the week or month of that day.
  if (m.moment_grain == Unit::week) return format_week(moved.day);
  if (m.moment_grain == Unit::month) return format_day(moved.day).substr(0, 7);
  // Days and longer keep the clock time the reference has ("within 12 months" said at 14:52); from
  // a midnight moment they are that day.
  if (m.unit >= Unit::day && clock.time_of_day.count() == 0) return format_day(moved.day);
  const hh_mm_ss<std::chrono::seconds> hms{
      floor<std::chrono::seconds>(t - local_seconds{moved.day.time_since_epoch()})};
  std::string value = format_day(moved.day) + "T" + digits(static_cast<int>(hms.hours().count()), 2) + ":" +
                      digits(static_cast<int>(hms.minutes().count()), 2);
  if (m.unit == Unit::second) value += ":" + digits(static_cast<int>(hms.seconds().count()), 2);
  return value;
}

// "the next three weeks", "the last two days": a duration said from the anchor also covers a
// period, the whole units next to the anchor's own (which it leaves out): 2013-W08..2013-W10 said
// in 2013-W07, 2013-02-10..2013-02-11 said on 2013-02-12. The value stays the length (P3W).
void covered_period(const Meaning& m, const Anchors& anchors, Normalized& out) {
  const bool counted = (m.amount_known || m.amount_vague) && m.amount_explicit && m.amount >= 1 && m.amount <= 1000 &&
                       std::abs(m.amount - std::round(m.amount)) < 1e-9;
  const bool directed = m.direction == Direction::previous || m.direction == Direction::next;
  const bool calendar_unit = m.unit == Unit::minute || m.unit == Unit::hour || m.unit == Unit::day ||
                             m.unit == Unit::week || m.unit == Unit::month || m.unit == Unit::quarter ||
                             m.unit == Unit::year;
  if (!counted || !directed || !calendar_unit) return;
  const Clock anchor = split(anchor_time_of(m, anchors));
  const auto unit_at = [&](double steps) {
    Meaning step = m;
    step.amount = steps;
    std::optional<sys_days> ignored;
    return relative_value(step, anchor, ignored);
  };
  const bool ahead = m.direction == Direction::next;
  out.range_begin = unit_at(ahead ? 1 : m.amount);
  out.range_end = unit_at(ahead ? m.amount : 1);
}

}  // namespace

namespace {

// The third of a period that a START / MID / END mod names, as the range of finer units it covers:
// a year's four months ("the end of 2012": 2012-09..2012-12), a quarter's month, a month's ten
// days ("late March": 21st to the last day) and a week's three days (Monday to Wednesday, Tuesday
// to Thursday, Friday to Sunday), the reading of calendars and assistants (Duckling). nullopt for
// other values.
std::optional<std::pair<std::string, std::string>> part_range(const std::string& value, std::string_view mod) {
  const int part = part_of_mod(mod);
  if (part < 0 || value.size() < 4) return std::nullopt;
  for (std::size_t i = 0; i < 4; ++i)
    if (!std::isdigit(static_cast<unsigned char>(value[i]))) return std::nullopt;
  const int y = std::atoi(value.substr(0, 4).c_str());
  const auto month_value = [y](int month) { return digits(y, 4) + "-" + digits(month, 2); };
  if (value.size() == 4) return std::pair{month_value(1 + 4 * part), month_value(4 + 4 * part)};
  if (value.size() == 7 && value[5] == 'Q' && value[6] >= '1' && value[6] <= '4') {
    const int month = 1 + 3 * (value[6] - '1') + part;
    return std::pair{month_value(month), month_value(month)};
  }
  if (value.size() == 7 && std::isdigit(static_cast<unsigned char>(value[5]))) {
    const int month = std::atoi(value.substr(5, 2).c_str());
    if (month < 1 || month > 12) return std::nullopt;
    const year_month ym{year{y}, date::month{static_cast<unsigned>(month)}};
    const sys_days first{ym / 1}, last_day{ym / last};
    const sys_days from = first + days{10 * part};
    return std::pair{format_day(from), format_day(part == 2 ? last_day : from + days{9})};
  }
  if (value.size() == 8 && value[5] == 'W') {
    const int week = std::atoi(value.substr(6, 2).c_str());
    if (week < 1 || week > 53) return std::nullopt;
    const sys_days monday{iso_week::year{y} / iso_week::weeknum{static_cast<unsigned>(week)} / iso_week::mon};
    const sys_days from = monday + days{part == 0 ? 0 : part == 1 ? 1 : 4};
    return std::pair{format_day(from), format_day(from + days{2})};
  }
  return std::nullopt;
}

// Some units said at an end of a period ("the final weeks of 2013", "the first days of January",
// "the closing months of the war's last year", Meaning::part_unit): a few of them at that end, a
// week of days, three weeks, three months (units_at_edge_of: "the final weeks of 2013" 2013-W50..
// 2013-W52, "the first days of January" January 1..7), where that is narrower than the period's
// third; else the third (part_range: "the last weeks of January" its last ten days).
std::optional<std::pair<std::string, std::string>> part_in_units(const std::string& value, std::string_view mod,
                                                                 Unit unit) {
  auto third = part_range(value, mod);
  if (unit == Unit::none || (mod != "START" && mod != "END")) return third;
  auto some = units_at_edge_of(value, unit, unit == Unit::day ? 7 : 3, mod == "END");
  const auto days_long = [](const std::pair<std::string, std::string>& range) {
    const auto from = period_of(range.first);
    const auto to = period_of(range.second);
    return from && to ? (to->end - from->start).count() : std::numeric_limits<long>::max();
  };
  if (some && (!third || days_long(*some) < days_long(*third))) return some;
  return third;
}

std::optional<Normalized> normalize_whole(const Meaning& m, const Anchors& anchors, const ClauseTense& tense,
                                          std::string_view signal);

}  // namespace

std::optional<Normalized> normalize(const Meaning& m, const Anchors& anchors, const ClauseTense& tense,
                                    std::string_view signal) {
  auto out = normalize_whole(m, anchors, tense, signal);
  if (out && out->type == TimexType::date && !out->range_begin) {
    if (auto part = part_in_units(out->value, out->mod, m.part_unit)) {
      out->range_begin = std::move(part->first);
      out->range_end = std::move(part->second);
    }
  }
  return out;
}

namespace {

// An hour without am/pm ending a range after "now" ("from now until 5", "until 5:30":
// CalendarFields::meridiem_open) is the next such time after a moment of the day (05:00 at 04:30,
// 17:00 at 09:00, tomorrow's 05:00 at 18:00), as an assistant asked at that moment reads it.
// Against a document date, which has no time of day to count from, working hours decide: one to
// six is the afternoon ("open from now until 5": 17:00).
void settle_hour_after_now(CalendarFields& f, const Clock& now) {
  if (!f.meridiem_open || f.hour == unset) return;
  f.meridiem_open = false;
  if (!now.moment) {
    if (f.hour >= 1 && f.hour <= 6) f.hour += 12;
    return;
  }
  const int minute = f.minute == unset ? 0 : f.minute;
  const auto after_now = [&](int hour) { return std::chrono::minutes{hour * 60 + minute} > now.time_of_day; };
  const int morning = f.hour % 12;
  sys_days day = now.day;
  if (after_now(morning)) {
    f.hour = morning;
  } else if (after_now(morning + 12)) {
    f.hour = morning + 12;
  } else {
    f.hour = morning;
    day += days{1};
  }
  const year_month_day ymd{day};
  f.year = static_cast<int>(ymd.year());
  f.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  f.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
}

// Whether a TIMEX3 value names a decade or a century in figures alone ("199", "18").
bool names_decade_or_century(std::string_view value) {
  return (value.size() == 2 || value.size() == 3) && std::all_of(value.begin(), value.end(), ascii::is_digit);
}

// A range's end from the end read alone (`last`, its days `last_days`): where the end's period ends,
// a START or MID part's last unit; a part of a decade or century, not laid out in finer units,
// ends on its last year, as one begins on its first (ranged_from): "the early-to-mid 1990s"
// 1990..1996, "the mid-to-late 2000s" 2003..2009 (the thirds interval.cpp gives "the mid 1990s").
std::string range_end_of(const Normalized& last, const std::optional<Interval>& last_days) {
  const bool part = last.mod == "START" || last.mod == "MID" || last.mod == "END";
  if (last.range_end && (last.mod == "START" || last.mod == "MID")) return *last.range_end;
  if (part && !last.range_end && last_days && names_decade_or_century(last.value))
    return format_day(last_days->end).substr(0, 4);
  return last.value;
}

// A range's beginning as the range's value (Normalized::range_begin set, range_end left to the
// caller): a beginning in a part of a period ("from mid-2010 to 2012") begins where the part does,
// its first finer unit (2010-05), as an end in a part ends where the part does; the range has no
// mod (timeml.cpp gives each end its own when it splits the range). A part not laid out in finer
// units begins on its first year ("from the late 1990s": a decade's, a century's) or day.
Normalized ranged_from(const Normalized& first, const Interval& begin_days) {
  Normalized out = first;
  out.range_begin = first.value;
  if (first.mod == "START" || first.mod == "MID" || first.mod == "END") {
    const bool decade_or_century = names_decade_or_century(first.value);
    if (first.range_begin && first.range_end)
      out.value = *first.range_begin;
    else if (first.value.size() == 10 && first.value == format_day(begin_days.start))
      // A day's part is the part of the day ("from late Monday": Monday evening, TEV; MI midday).
      out.value = first.value + (first.mod == "START" ? "TMO" : first.mod == "MID" ? "TMI" : "TEV");
    else
      out.value = format_day(begin_days.start).substr(0, decade_or_century ? 4 : std::string::npos);
    out.range_begin = out.value;
    out.mod.clear();
  }
  return out;
}

// Whether a weekday ending a range on `end` (read alone, near the DCT) is the end of one begun on
// `begin`: on or after it and within a season (92 days) of it, as the near side of a date is
// (resolve_year).
bool weekday_within_season_of(sys_days end, sys_days begin) { return end >= begin && end - begin <= days{92}; }

}  // namespace

bool runs_on_into_next_year(int month, const Anchors& anchors, sys_days reference) {
  constexpr int run_on_months = 4;
  const int reference_month = static_cast<int>(static_cast<unsigned>(year_month_day{reference}.month()));
  return anchors.reference_precision != Anchors::Precision::year && month + 12 - reference_month <= run_on_months;
}

// Whether a range's end names no time to count from, and the beginning, `span` days from its
// first day to its last, is finer than the stretch the end picks its time in: a weekday its
// week ("Friday"), a day of the month its month, a yearless month, season or quarter its year
// ("mid-April"), "the month", "the following week" their unit. Such an end is counted from the
// beginning (normalize_counted_range).
bool end_counts_from_begin(const Meaning& end, long span) {
  constexpr long week = 7, month = 31, quarter = 92, half = 184, year = 366;
  long stretch = 0;  // the stretch's longest span, plus one
  if (end.kind == Kind::relative) {
    // "the quarter", "the weekend" (by tense: the current one or the last) name none either.
    if ((end.anchor == Anchor::document && end.direction != Direction::by_tense) || end.relative_year != unset)
      return false;
    switch (end.unit) {
      case Unit::day:
        stretch = 1;
        break;
      case Unit::week:
      case Unit::weekend:
        stretch = week;
        break;
      case Unit::month:
        stretch = month;
        break;
      case Unit::quarter:
        stretch = quarter;
        break;
      case Unit::half:
      case Unit::season:
        stretch = half;
        break;
      case Unit::year:
        stretch = year;
        break;
      default:
        return false;
    }
    return span < stretch;
  }
  const CalendarFields& f = end.point;
  // "the following Monday", "the next March": the first after the beginning too.
  const bool following = end.anchor == Anchor::reference && end.direction == Direction::next;
  if (end.kind != Kind::calendar || (end.direction != Direction::by_tense && !following) || f.year != unset ||
      end.relative_year != unset || end.week_offset != unset || (end.anchor == Anchor::reference && !following))
    return false;
  if (f.month == unset && f.day == unset && f.weekday != unset)
    stretch = week;
  else if (f.month == unset && f.day != unset)
    stretch = month;
  else if (f.month != unset || f.season != unset || f.quarter != unset || f.half != unset)
    stretch = 364;  // a year named alone (its span 364 or 365 days) is not finer than its own year
  return span < stretch;
}

namespace {

// A range with an end or a beginning counted from now ("from today to tomorrow afternoon",
// "between now and the end of next week"; Meaning::range_end_counted): each end normalised as if
// said alone, the range from the first to the second. An end the clause's tense puts before the
// beginning is read ahead ("from now until Sunday night"); one before it either way is no range.
// The range ends where the end's period does: its value, or a START or MID part's last unit.
std::optional<Normalized> normalize_counted_range(const Meaning& m, const Anchors& anchors, const ClauseTense& tense,
                                                  std::string_view signal) {
  Meaning begin = m;
  begin.has_range_end = begin.range_end_counted = false;
  begin.range_end = CalendarFields{};
  begin.counted_end = CountedEnd{};
  Meaning end = meaning_of_end(m.counted_end, m.range_end);
  if (m.kind == Kind::vague) settle_hour_after_now(end.point, split(anchors.document, anchors));
  // As the scanner does for a date said alone: in news an underspecified date counts from the DCT.
  Anchors end_anchors = anchors;
  if (end.kind == Kind::calendar && end.anchor != Anchor::reference && !anchors.narrative)
    end_anchors.reference = anchors.document;

  // A beginning without its year takes the end's, as "from June to August 1942" does: "from late
  // June to early August 1942" (a year earlier when its month comes later: "from late November to
  // early February 1943").
  if (begin.kind == Kind::calendar && begin.point.year == unset && begin.point.month != unset &&
      begin.relative_year == unset && begin.direction == Direction::by_tense && end.kind == Kind::calendar &&
      end.point.year != unset && end.point.month != unset)
    begin.point.year = begin.point.month > end.point.month ? end.point.year - 1 : end.point.year;
  auto first = normalize(begin, anchors, tense, signal);
  if (!first) return std::nullopt;
  const sys_days dct = split(anchors.document).day;
  const auto placed = [dct](const Normalized& n) -> std::optional<Interval> {
    if (n.value == "PRESENT_REF") return Interval{dct, dct};  // "now" at either end
    return interval_of(expression_of(n), dct);
  };
  auto begin_days = placed(*first);
  if (!begin_days) return std::nullopt;
  const CalendarFields& e = end.point;
  if (end.kind == Kind::calendar && e.hour != unset && !e.meridiem_open && e.year == unset && e.month == unset &&
      e.day == unset && e.weekday == unset && first->value.size() > 10 && first->value[10] == 'T') {
    // "from 7 a.m. tomorrow until 8 p.m.": a clock end after a clock time on a counted day is that
    // day's, the next day's when not later ("from 8 p.m. tonight until 2 a.m.").
    std::string end_value = first->value.substr(0, 10) + time_suffix(e);
    // A part of the day is compared by the hour it begins ("from this morning until noon" ends that
    // day, "from tonight until 6 a.m." the next; "TMO" sorted after every clock time).
    std::string begun = first->value;
    if (begun.size() == 13 && std::isalpha(static_cast<unsigned char>(begun[11]))) {
      static constexpr std::array<const char*, 5> part_begins{"05:00", "12:00", "17:00", "20:00", "08:00"};
      for (std::size_t part = 0; part < part_of_day_codes.size(); ++part)
        if (begun.compare(11, 2, part_of_day_codes[part]) == 0) begun = begun.substr(0, 11) + part_begins[part];
    }
    if (end_value <= begun) end_value = format_day(begin_days->start + days{1}) + time_suffix(e);
    Normalized out = *first;
    out.range_begin = first->value;
    out.range_end = std::move(end_value);
    return out;
  }
  const auto ends_before_begin = [&](const std::optional<Normalized>& n) {
    const auto days = n ? placed(*n) : std::nullopt;
    return !days || days->end < begin_days->start;
  };
  // The two ends of one range are read in one direction: an end that needs a time to count from
  // ("the end of the month", "the following week", "mid-April", "Friday") is counted from the
  // beginning, the first such on or after it, when the beginning is finer than what the end
  // picks among ("from March 3 until the end of the month" in a past clause is March's end, was
  // the DCT's month and so no range; "from Jan. 10 until the following Monday" 2014-01-13, was
  // the Monday after the DCT). An end counted from now ("the end of next week") stays so.
  // A weekday alone is the one near the DCT, news's own week, where that lies after the beginning
  // and within a season of it ("bought from Sept. 14 to Thursday" said on a Monday, 1989-10-30: the
  // Thursday just gone, as TimeBank reads it); else it too is counted from the beginning.
  const bool weekday_near_dct = names_weekday_without_date(end.point) && end.kind == Kind::calendar &&
                                end.direction == Direction::by_tense && [&] {
                                  const auto alone = normalize(end, end_anchors, tense(), "");
                                  const auto days = alone ? placed(*alone) : std::nullopt;
                                  return days && weekday_within_season_of(days->start, begin_days->start);
                                }();
  if (!weekday_near_dct && end_counts_from_begin(end, (begin_days->end - begin_days->start).count())) {
    Anchors from_begin = end_anchors;
    from_begin.reference = local_seconds{begin_days->start.time_since_epoch()};
    from_begin.reference_precision = Anchors::Precision::day;
    from_begin.narrative = false;  // the year from the beginning, not the story's
    Meaning counted = end;
    if (counted.kind == Kind::relative) {
      counted.anchor = Anchor::reference;
      // "from March to the end of the quarter", "from Monday until the weekend": the beginning's own
      // quarter or weekend, not the last one a report or a past clause would mean.
      if (counted.direction == Direction::by_tense) counted.direction = Direction::current;
    }
    // A weekday is the next such day after the beginning, as in "Monday to Friday" (a week on for
    // the beginning's own).
    if (names_weekday_without_date(end.point)) from_begin.reference += days{1};
    if (auto after_begin = normalize(counted, from_begin, Tense::event_future, ""); !ends_before_begin(after_begin)) {
      Normalized out = ranged_from(*first, *begin_days);
      out.range_end = range_end_of(*after_begin, placed(*after_begin));
      return out;
    }
  }
  // The end is a date of its own, not the dated event's: it takes the clause's tense without the
  // event's side (ClauseTense::told_by_event).
  auto last = normalize(end, end_anchors, tense(), "");
  if (ends_before_begin(last) && end.kind == Kind::calendar && end.direction == Direction::by_tense)
    last = normalize(end, end_anchors, Tense::future, "");
  // "Monday afternoon to last night" said on a Friday: a weekday by tense that an end counted back
  // comes before is the one gone before that end, as the past tense reads it.
  const bool weekday_alone = begin.kind == Kind::calendar && begin.point.weekday != unset && begin.point.day == unset &&
                             begin.point.month == unset && begin.direction == Direction::by_tense;
  if (ends_before_begin(last) && last && weekday_alone && end.kind == Kind::relative)
    if (auto gone = normalize(begin, anchors, Tense::past, signal)) {
      const auto gone_days = placed(*gone);
      const auto end_days = placed(*last);
      if (gone_days && end_days && gone_days->start <= end_days->end) {
        first = std::move(gone);
        begin_days = gone_days;
      }
    }
  if (ends_before_begin(last)) return std::nullopt;
  Normalized out = ranged_from(*first, *begin_days);
  out.range_end = range_end_of(*last, placed(*last));
  return out;
}

// The value of the whole period a Meaning names, before the part a mod names is laid out.
std::optional<Normalized> normalize_whole(const Meaning& m, const Anchors& anchors, const ClauseTense& tense,
                                          std::string_view signal) {
  if ((m.point.century_open && m.point.year != unset) || (m.range_end.century_open && m.range_end.year != unset))
    return normalize_whole(with_centuries_placed(m, anchors, tense), anchors, tense, signal);
  // "since" before a date looks back from now whatever the verbs say ("have been searching since
  // the Oct. 23 slaying", said in May, is last October). Not before a clock time alone, which the
  // peers read as today's ("since 2pm").
  if (signal == "since" && m.kind == Kind::calendar && !m.not_after_anchor &&
      (m.point.month != unset || m.point.day != unset || m.point.weekday != unset)) {
    Meaning begun = m;
    begun.not_after_anchor = true;
    return normalize_whole(begun, anchors, Tense::past, signal);
  }
  // So does the end of the current year or month a change is measured from: "up 8% since
  // year-end", "has weakened since month-end" are the last one's (the current one is still to come).
  if (signal == "since" && m.kind == Kind::relative && m.direction == Direction::current && m.mod == "END" &&
      (m.unit == Unit::year || m.unit == Unit::month)) {
    Meaning last = m;
    last.direction = Direction::previous;
    return normalize_whole(last, anchors, tense, signal);
  }
  if (m.after_in && m.kind == Kind::relative && !split(anchors.document, anchors).moment) {
    Meaning length = m;
    length.kind = Kind::duration;
    length.after_in = length.keeps_time_of_day = false;
    // A length, not the period it would cover counted from now ("the next 90 minutes"): against a
    // document date that would run from the day's midnight (00:01 to 01:30).
    length.direction = Direction::by_tense;
    if (m.amount_vague) length.amount_known = false;
    return normalize(length, anchors, tense, signal);
  }
  if (m.range_end_counted) return normalize_counted_range(m, anchors, tense, signal);
  if (m.dct_month_day) {
    Meaning dated = m;
    dated.dct_month_day = false;
    const year_month_day today{split(anchors.document).day};
    dated.point.month = static_cast<int>(static_cast<unsigned>(today.month()));
    dated.point.day = static_cast<int>(static_cast<unsigned>(today.day()));
    // 29 February in a year without one: the column's day is the 28th.
    if (!year_month_day{year{dated.point.year} / today.month() / today.day()}.ok()) dated.point.day = 28;
    return normalize_whole(dated, anchors, tense, signal);
  }
  // Holidays, nth weekdays, named zones, day shifts: normalize_peers.cpp.
  if (is_peer_meaning(m)) return normalize_peer_meaning(m, anchors, tense, signal);
  Normalized out;
  out.mod = std::string(m.mod);
  std::optional<sys_days> pointed_day;
  // Vague, duration and set read no tense.
  switch (m.kind) {
    case Kind::vague:
      out.value = std::string(m.vague_value);
      // "at the same time" in a narrative: the reference time as precisely as the text named it.
      if (m.same_time && anchors.narrative && anchors.reference != anchors.document) {
        const std::string day = format_day(split(anchors.reference).day);  // "BC0221-01-01"
        const std::size_t cut = anchors.reference_precision == Anchors::Precision::day     ? 0
                                : anchors.reference_precision == Anchors::Precision::month ? 3
                                                                                           : 6;
        out.value = day.substr(0, day.size() - cut);
      }
      return out;
    case Kind::duration:
      out.type = TimexType::duration;
      out.value = duration_value(m);
      covered_period(m, anchors, out);
      return out;
    case Kind::set:
      out.type = TimexType::set;
      out.quant = std::string(m.quant);
      if (m.times_per_period != unset) out.freq = std::to_string(m.times_per_period) + "X";  // "twice a week"
      // "every other Thursday", "the first Monday of every month": the value names the day, so the
      // step between occurrences goes in freq (2W, 1M).
      if (m.point.weekday != unset && m.weeks_apart > 1) out.freq = std::to_string(m.weeks_apart) + "W";
      if (m.point.weekday != unset && m.once_a_month) out.freq = "1M";
      if (m.point.weekday != unset) {
        // ISO weekday: Monday 1 .. Sunday 7.
        const auto iso_day = [](int weekday) { return "XXXX-WXX-" + std::to_string(weekday == 0 ? 7 : weekday); };
        // "on weekdays", "every weekday": Monday to Friday, "WD" as "WE" is the weekend (TimeML has no
        // token for them; Monday's value would say Mondays only), no range: WD names both ends.
        const std::string day = m.working_week ? std::string("XXXX-WXX-WD") : iso_day(m.point.weekday);
        out.value = day + time_suffix(m.point);
        if (m.has_range_end && m.range_end.hour != unset) {
          // "9 a.m. to 5 p.m. on Sundays": each day's hours from one clock time to the other.
          out.range_begin = out.value;
          out.range_end = day + time_suffix(m.range_end);
        } else if (m.has_range_end && m.range_end.weekday != unset && !m.working_week) {
          // "every Monday-Friday": the weekdays from one to the other, each end that part of its
          // day. "weekdays" needs none: WD says Monday to Friday, and value == range_begin holds.
          out.range_begin = iso_day(m.point.weekday) + time_suffix(m.point);
          out.range_end = iso_day(m.range_end.weekday) + time_suffix(m.point);
        }
      } else if (m.once_a_month) {
        // "the first business day of each month", "the 15th of every month": a day of any month
        // (XXXX-XX, XXXX-XX-15), the kind of day in the text.
        out.value = "XXXX-XX" + (m.point.day != unset ? "-" + digits(m.point.day, 2) : std::string());
      } else if (m.point.month != unset && m.point.day != unset) {
        // "15 March each year", "every Christmas morning" (XXXX-12-25TMO).
        out.value = "XXXX-" + digits(m.point.month, 2) + "-" + digits(m.point.day, 2) + time_suffix(m.point);
        if (m.has_range_end && m.range_end.month != unset && m.range_end.day != unset) {
          // "The tax year runs from April 6 to April 5": each year's days from one to the other.
          out.range_begin = out.value;
          out.range_end = "XXXX-" + digits(m.range_end.month, 2) + "-" + digits(m.range_end.day, 2);
        }
      } else if (m.point.month != unset) {
        out.value = "XXXX-" + digits(m.point.month, 2);  // "each July"
        if (m.has_range_end && m.range_end.month != unset && m.range_end.day == unset) {
          // "typically peaks between January and March": each year's months from one to the other.
          out.range_begin = out.value;
          out.range_end = "XXXX-" + digits(m.range_end.month, 2);
        }
      } else if (m.point.quarter != unset) {
        out.value = "XXXX-Q" + std::to_string(m.point.quarter);  // "usually in the fourth quarter"
      } else if (m.point.half != unset) {
        out.value = "XXXX-H" + std::to_string(m.point.half);  // "normally in the first half"
      } else if (m.point.season != unset) {
        out.value = std::string("XXXX-") + season_codes[m.point.season];  // "every summer"
      } else if (m.point.hour != unset && m.unit != Unit::weekend) {
        out.value = "XXXX-XX-XX" + time_suffix(m.point);  // "daily at noon", "every morning at 7"
        if (m.has_range_end && m.range_end.hour != unset) {
          // "from 10 a.m. to 4 p.m. daily": each day's hours.
          out.range_begin = out.value;
          out.range_end = "XXXX-XX-XX" + time_suffix(m.range_end);
        }
      } else if (m.unit == Unit::part_of_day && m.point.part_of_day != unset) {
        // "every morning", "nightly": that part of any day, its day fields unknown as in XXXX-WXX-2TNI.
        out.value = std::string("XXXX-XX-XXT") + part_of_day_codes[m.point.part_of_day];
      } else if (m.unit == Unit::weekend) {
        out.value = "XXXX-WXX-WE" + time_suffix(m.point);  // "every weekend", "at 8 a.m. on weekends"
        if (m.amount == 2) out.freq = "2W";                // "every other weekend"
        if (m.has_range_end && m.range_end.hour != unset) {
          // "on weekends from 8 a.m. until 8 p.m.": each weekend day's hours, as on weekdays.
          out.range_begin = out.value;
          out.range_end = "XXXX-WXX-WE" + time_suffix(m.range_end);
        }
      } else {
        out.value = duration_value(m);
      }
      return out;
    case Kind::relative: {
      if (m.day_of_event) {
        // "It's the second day of an offensive", "today is the eighth day of the operation": in news
        // the day reported on, the DCT (the clause's tense is no guide: "villages populated by"). A
        // narrative's reference is only the last date named, not the event's day, so the day stays
        // unknown there, in the episode's year and month as far as the text named them ("in
        // mid-August 480 BC ... the end of the second day": BC0480-08-XX; the scanner fills in a date
        // the phrase stands in apposition to).
        out.value = (anchors.narrative ? day_of_episode(anchors) : format_day(split(anchors.document).day)) +
                    time_suffix(m.point);
        if (has_time(m.point)) out.type = TimexType::time;
        return out;
      }
      if (m.part_reached) {
        // "By morning, 200,000 homes had lost power": the first such part of the day the story
        // reaches. After a day named ("landfall on Tuesday night. By morning"), a morning is the next
        // day's (that day's own has passed), an afternoon or evening the same day's. With no day
        // named, in news the DCT's in the past ("By morning, the river had burst its banks") and a
        // forecast's morning the next day's ("Snow will ease by morning").
        const bool named_day = anchors.reference_precision == Anchors::Precision::day;
        const sys_days day = split(named_day || anchors.narrative ? anchors.reference : anchors.document).day;
        const bool next_morning = m.point.part_of_day == 0 && (named_day || tense() == Tense::future);
        out.value = format_day(next_morning ? day + date::days{1} : day) + time_suffix(m.point);
        out.type = TimexType::time;
        return out;
      }
      // A narrative's "today", "this day", "the present day" is the time of its writing, as its
      // "now" is, not the date it was filed ("the border remains closed to this day").
      if (anchors.narrative && m.unit == Unit::day && m.direction == Direction::current &&
          m.anchor == Anchor::document && !has_time(m.point)) {
        out.value = "PRESENT_REF";
        return out;
      }
      const local_seconds anchor_time = anchor_time_of(m, anchors);
      const Clock anchor = split(anchor_time);
      if (!m.amount_known) {
        // "a few days ago" said at a moment of the day: three days back, as "in a few hours" counts.
        const auto moment = m.amount_vague ? counted_moment(m, anchor_time, anchors) : std::nullopt;
        if (!moment && m.unit < Unit::day && m.unit != Unit::none) {
          // "Hours later", "minutes earlier", "hours ago": still the day counted from, at a time not
          // said (WikiWars "Hours later" 1950-06-25TXX), not an unknown future or past: a TIME, as
          // every value with a time part is ("Saturday night" ...TNI).
          out.type = TimexType::time;
          out.value = format_day(anchor.day) + "TXX";
          return out;
        }
        if (!moment && !m.amount_vague && m.direction == Direction::next &&
            (m.unit == Unit::day || m.unit == Unit::week || m.unit == Unit::month) &&
            (tense() == Tense::past || tense() == Tense::event_past)) {
          // "Days later, police arrested two suspects", "Months later it was struck down": told in
          // the past, an untold number of them after a time, its unit alone, the year unknown too
          // (were FUTURE_REF), as WikiWars writes them after a date it named ("recapturing Bitola on
          // 19 November 1916 ... days later" XXXX-XX-XX, "weeks later" BCXXXX-WXX) and as a count
          // told in the past with no date before is. An era the anchor is in stays.
          const bool before_christ = anchors.reference != anchors.document && format_day(anchor.day).starts_with("BC");
          out.value = std::string(before_christ ? "BC" : "") + (m.unit == Unit::day    ? "XXXX-XX-XX"
                                                                : m.unit == Unit::week ? "XXXX-WXX"
                                                                                       : "XXXX-XX");
          return out;
        }
        out.value = moment ? *moment : m.direction == Direction::next ? "FUTURE_REF" : "PAST_REF";
        if (moment && m.unit <= Unit::day) out.type = TimexType::time;
        return out;
      }
      if (m.anchor == Anchor::reference && m.unit == Unit::day && m.point.hour == unset &&
          anchors.reference != anchors.document && anchors.reference_precision != Anchors::Precision::day) {
        // The reference stays where it is: the day named none. A part of that day keeps its part
        // ("In November 1917 ... the next morning": 1917-11-XXTMO, was the invented 1917-11-02TMO).
        const int sign = m.direction == Direction::previous ? -1 : m.direction == Direction::next ? 1 : 0;
        out.value = day_within_reference(sign * static_cast<int>(std::lround(m.amount)), anchor.day,
                                         anchors.reference_precision) +
                    time_suffix(m.point);
        if (has_time(m.point)) out.type = TimexType::time;
        return out;
      }
      // So does a month or a week counted from a year named alone: the month or week is none, the
      // year the likelier ("The war ended in 1945. The following month" 1945-XX, "less than a week
      // later" 1913-WXX as WikiWars writes it, were January's 1945-02 and 1913-W02); half a year or
      // more on, the next year's. And the one that points back to it: the text named no month or
      // week for "that month", "the same week", "that weekend" to be ("closed in 2009. Two mills
      // shut that week": 2009-WXX, was the invented 2009-W01; after "March 2009" too, was 2009-W09).
      const bool points_back = m.direction == Direction::current &&
                               (m.unit == Unit::week || m.unit == Unit::weekend ||
                                (m.unit == Unit::month && anchors.reference_precision == Anchors::Precision::year));
      const bool counted = m.amount_known && (m.unit == Unit::month || m.unit == Unit::week) &&
                           (m.direction == Direction::next || m.direction == Direction::previous) &&
                           anchors.reference_precision == Anchors::Precision::year;
      if (m.anchor == Anchor::reference && (points_back || counted) && !has_time(m.point) &&
          anchors.reference != anchors.document && anchors.reference_precision != Anchors::Precision::day) {
        const double half_year = m.unit == Unit::month ? 6 : 26;
        const int step = counted && m.amount >= half_year ? (m.direction == Direction::next ? 1 : -1) : 0;
        out.value = year_digits(static_cast<int>(year_month_day{anchor.day}.year()) + step) +
                    (m.unit == Unit::month  ? "-XX"
                     : m.unit == Unit::week ? "-WXX"
                                            : "-WXX-WE");
        return out;
      }
      // "this hour", "this minute" against a document's date, which has no clock: a broadcast's now
      // ("We begin this hour with the storm"), not the day's first hour.
      if ((m.unit == Unit::hour || m.unit == Unit::minute) && m.direction == Direction::current && !has_time(m.point) &&
          !split(anchor_time, anchors).moment) {
        out.value = "PRESENT_REF";
        return out;
      }
      // "the quarter": the last one in a past-tense clause, else the current one. In the first month
      // of a quarter news reports on the one just ended ("a gain of $30 million in the quarter",
      // dated October 30), whatever the tense.
      Meaning resolved = m;
      const unsigned anchor_month = static_cast<unsigned>(year_month_day{anchor.day}.month());
      const bool reporting_season = m.unit == Unit::quarter && (anchor_month - 1) % 3 == 0;
      // In a quarter's last week markets sum up the one ending ("The Nikkei rose on Tuesday, ending
      // the quarter up 11%", dated September 30: 2025-Q3, was Q2), whatever the tense.
      const unsigned anchor_day = static_cast<unsigned>(year_month_day{anchor.day}.day());
      const bool quarter_ending = m.unit == Unit::quarter && anchor_month % 3 == 0 && anchor_day >= 24;
      // Said on a Sunday, the weekend is all but over: a past-tense clause reports on it ("Storms hit
      // the region over the weekend", dated Sunday, is that week's), not the one before.
      const bool weekend_ending = m.unit == Unit::weekend && weekday{anchor.day} == Sunday;
      // "full-year", "the full year": a report's year, told in the past the one just ended only in
      // the first quarter, when a year's results are reported ("Full-year earnings rose 12 percent"
      // said in February), as the quarter just ended is in the quarter's first month; later the
      // current one ("the full year" said in October).
      const bool year_gone = m.unit == Unit::year && anchor_month <= 3 && tense() == Tense::past;
      if (m.direction == Direction::by_tense)
        resolved.direction = (m.unit == Unit::year ? year_gone : tense() == Tense::past || reporting_season) &&
                                     !quarter_ending && !weekend_ending
                                 ? Direction::previous
                                 : Direction::current;
      // "this weekend" in a past-tense clause said on a weekday is the one just gone, the coming one
      // not yet had ("The film took $40 million this weekend", dated Monday).
      if (m.unit == Unit::weekend && m.direction == Direction::current && m.anchor == Anchor::document &&
          weekday{anchor.day}.iso_encoding() <= 5 && tense() == Tense::past) {
        resolved.direction = Direction::previous;
        resolved.amount = 1;
      }
      if (m.new_year) resolved.direction = anchor_month >= 7 ? Direction::next : Direction::current;
      // "a decade later", "two decades later", "a century earlier", "a decade ago": that many years
      // from the date named or from now ("in 1998 ... a decade later": 2008, as WikiWars' "a decade
      // earlier" BC0500; "a decade ago" said in 1999: 1989, as AQUAINT has it), not the decade or
      // century it falls in ("the following decade" still is). A hedged count names only the
      // decade ("almost two decades earlier" than 1965: 194X); a hedged fraction names no decade
      // or century, its years still ("nearly half a century later" than 1918: 1968 APPROX).
      if (m.amount_explicit && (m.mod.empty() || m.amount != std::floor(m.amount)) &&
          (m.unit == Unit::decade || m.unit == Unit::century)) {
        resolved.amount = m.amount * (m.unit == Unit::decade ? 10 : 100);
        resolved.unit = Unit::year;
      }
      // "last season", "this season", "next season" in news: a season of a sport, a series or a
      // fashion, which runs about a year ("He has scored 12 goals this season"), not a quarter of
      // the year (spring, summer, ... are named: "last summer"); the year it starts in, as "the
      // 2024/25 season" is 2024. A narrative's seasons are still its campaigns', and asked at a
      // moment of the day ("last season?") the quarter of the year, as assistants read it.
      // Said from January to May the season running began the summer before (football, basketball
      // and hockey end in May or June): "this season" said in May 2026 is 2025; from June, when
      // "last season" is the one just ended, 2026. A sport played within the year counts from
      // January, American football from March (Anchors::sport_season_turn).
      // "The following weekend" after a weekday the story named ends that day's week, as "the coming
      // weekend" said on a weekday does; after a Saturday or a Sunday it is the next week's.
      if (m.unit == Unit::weekend && m.anchor == Anchor::reference && m.direction == Direction::next &&
          !m.amount_explicit && anchors.reference != anchors.document &&
          anchors.reference_precision == Anchors::Precision::day)
        resolved.coming = true;
      // "the end of the year", "later in the year" told in the past before that part begins: the
      // year just ended's (told_before_it_begins).
      if (m.unit == Unit::year && m.direction == Direction::current && !m.new_year && !m.turn_of &&
          part_of_mod(m.mod) > 0 && told_before_it_begins(m, anchors, tense, 1 + 4 * part_of_mod(m.mod), anchor.day))
        resolved.direction = Direction::previous;
      Clock counted_from = anchor;
      if (m.unit == Unit::season && !anchors.narrative && !split(anchor_time, anchors).moment) {
        resolved.unit = Unit::year;
        const year_month_day said{anchor.day};
        counted_from.day = sys_days{(said.year() / said.month() - months{anchors.sport_season_turn - 1}) / 1};
      }
      if (const auto moment = counted_moment(m, anchor_time, anchors)) {
        out.value = *moment;
        if (m.unit == Unit::second || m.unit == Unit::minute || m.unit == Unit::hour || m.unit == Unit::day)
          out.type = TimexType::time;
        return out;
      }
      if (m.unit < Unit::day && m.unit != Unit::none && m.amount_explicit && !has_time(m.point) &&
          !split(anchor_time, anchors).moment &&
          (m.direction == Direction::next || m.direction == Direction::previous)) {
        // "two hours later", "half an hour ago" from a day without a clock time: the day it falls
        // on, at a time not said, as "Hours later" is (not two hours past that day's midnight).
        const double seconds_per_unit = m.unit == Unit::hour ? 3600 : m.unit == Unit::minute ? 60 : 1;
        const double offset_days = m.amount * seconds_per_unit / 86400;
        const auto whole_days = static_cast<int>(offset_days);
        out.type = TimexType::time;
        out.value =
            format_day(anchor.day + days{m.direction == Direction::previous ? -whole_days : whole_days}) + "TXX";
        return out;
      }
      out.value = relative_value(resolved, counted_from, pointed_day);
      // "the turn of the century", "the turn of the year": the period's end looking ahead, else its
      // start (said in March, "Prices fell at the turn of the year" is this year's START).
      if ((m.unit == Unit::century || m.unit == Unit::decade || m.unit == Unit::year) && m.turn_of) {
        const bool looks_ahead = tense() == Tense::future || signal == "by" || signal == "until";
        out.mod = looks_ahead ? "END" : "START";
      }
      if (has_time(m.point) || m.unit == Unit::hour || m.unit == Unit::minute) out.type = TimexType::time;
      // In news a period counted back from the last date named is a comparison with it ("profit
      // rose from $5 million a year earlier"): the next "a year earlier" compares with the same
      // date, not with the year before. One counted on tells the story on, in news as in a
      // narrative ("began in January 1851. Two years later, ... that May": 1853-05). A narrative
      // moves on ("the next year ... the following year"), but a look back ("repeating their
      // successes from the previous year") leaves it where it is.
      const bool comparison = !anchors.narrative && m.unit >= Unit::month && m.direction != Direction::next;
      const bool look_back = anchors.narrative && m.direction == Direction::previous;
      if (m.anchor == Anchor::reference && !comparison && !look_back) out.new_reference = pointed_day;
      // "The strike began 10 days ago and ended two days later": a count of days from the day of
      // writing names a day as a date does, for what is counted from it next.
      if (m.anchor == Anchor::document && m.unit == Unit::day && m.amount_explicit && m.amount_known &&
          !anchors.narrative)
        out.new_reference = pointed_day;
      // A clock range on a deictic day ("tomorrow 3-4pm"): the end is the same day's when later,
      // else the next day's ("tonight 10 p.m. to 6 a.m.").
      if (m.has_range_end && m.range_end.hour != unset && out.type == TimexType::time && out.value.size() > 10 &&
          out.value[10] == 'T') {
        std::string end = out.value.substr(0, 10) + time_suffix(m.range_end);
        if (end <= out.value && pointed_day) end = format_day(*pointed_day + days{1}) + time_suffix(m.range_end);
        if (end > out.value) {
          out.range_begin = out.value;
          out.range_end = std::move(end);
        }
      }
      return out;
    }
    case Kind::calendar:
      // "at night", "night attacks", "in daytime" (rules_clock.cpp): a part of no day named.
      if (names_part_of_no_day(m)) {
        out.type = TimexType::time;
        out.value = "XXXX-XX-XX" + time_suffix(m.point);
        return out;
      }
      break;
  }
  auto value = calendar_value(m.point, m, anchors, tense, pointed_day);
  if (!value) return std::nullopt;
  if (m.turn_of) out.mod = "START";
  if (has_time(m.point)) out.type = TimexType::time;
  out.value = *value;
  // Only dates whose year the text gave move the narrative reference time.
  // Any date named is what a following "a year earlier" or "the next day" counts from: in news
  // ("the quarter ended Aug. 12 ... a year earlier": 1988-08-12) and in a narrative, where a date
  // without its year is in the reference's year ("on April 28 ... Two days later"). Only those
  // with a month or a day: a season or quarter without its year would lose the reference's day.
  const bool explicit_year =
      m.point.year != unset || m.point.decade != unset || m.point.century != unset || m.point.millennium != unset;
  const bool names_day_or_month = m.point.month != unset || m.point.day != unset || m.point.weekday != unset;
  // A narrative's time does not jump to what was only planned or foreseen ("a planned campaign in
  // 1976" in an account of 1975).
  const bool foreseen = anchors.narrative && tense() == Tense::future;
  // Nor to the start of a span it measures from ("the largest cavalry battle since 1813").
  const bool measured_from = anchors.narrative && signal == "since";
  if ((explicit_year || names_day_or_month || !anchors.narrative) && !m.has_range_end && !foreseen && !measured_from)
    out.new_reference = pointed_day;
  if (m.has_range_end) {
    CalendarFields end = m.range_end;
    CalendarFields begin = m.point;
    // Fields the end leaves out come from the beginning ("July 13-15") and vice versa
    // ("from January to March 2014").
    if (end.year == unset && begin.year != unset) end.year = begin.year;
    if (begin.year == unset && end.year != unset) begin.year = end.year;
    if (end.month == unset && end.day != unset) end.month = begin.month;
    // "from March 3 to Friday", "Jan. 10 through Monday": a weekday ending a range begun on a date
    // is read from it as after a weekday, the next such day (was the one near the DCT, before the
    // beginning in a past clause, and so no range in a future one).
    const bool dated_begin =
        begin.day != unset && begin.month != unset && begin.weekday == unset && names_weekday_without_date(end) && [&] {
          std::optional<sys_days> begin_day, end_day;
          const auto b = calendar_value(begin, m, anchors, tense, begin_day);
          const auto e = calendar_value(end, m, anchors, tense, end_day);
          return b && e && begin_day && end_day && !weekday_within_season_of(*end_day, *begin_day);
        }();
    if ((names_weekday_without_date(begin) || m.said_today || dated_begin) && names_weekday_without_date(end)) {
      // "Monday to Friday", "Mon-Fri", "from 10 a.m. Monday to 6 p.m. Tuesday", "from 8 p.m.
      // tonight to 6 a.m. Friday": the beginning where its weekday (or today's part) alone lies, the
      // end the next such weekday after it (the same day only for a later time of it, else a week
      // on), never before the beginning.
      std::optional<sys_days> begin_day;
      auto begin_value = calendar_value(begin, m, anchors, tense, begin_day);
      if (!begin_value || !begin_day) return std::nullopt;
      const sys_days begin_at = *begin_day;
      days span = weekday{static_cast<unsigned>(end.weekday)} - weekday{begin_at};
      if (span == days{0} && format_day(begin_at) + time_suffix(end) <= *begin_value) span = days{7};
      out.value = *begin_value;
      out.range_begin = *begin_value;
      out.range_end = format_day(begin_at + span) + time_suffix(end);
      if (has_time(begin)) out.type = TimexType::time;
      out.new_reference = begin_at;
      return out;
    }
    std::optional<sys_days> ignored;
    // A query's range whose end is a few days gone is the one just gone, whatever its beginning
    // ("from Aug 1 to Aug 5" said 2012-08-10 at noon: 2012-08-01..2012-08-05, was next year's).
    if (begin.year == unset && begin.month != unset && begin.day != unset && m.direction == Direction::by_tense)
      if (const auto gone = year_just_gone(end, tense(), split(anchors.reference))) {
        end.year = *gone;
        begin.year = std::pair{begin.month, begin.day} > std::pair{end.month, end.day} ? *gone - 1 : *gone;
      }
    auto begin_value = calendar_value(begin, m, anchors, tense, ignored);
    if (begin_value && begin.year == unset && begin.month != unset && end.month != unset && begin_value->size() >= 4 &&
        std::isdigit(static_cast<unsigned char>((*begin_value)[0]))) {
      // Neither end says its year ("from December to May"): the end is in the beginning's year or
      // the next.
      begin.year = end.year = std::atoi(begin_value->substr(0, 4).c_str());
    }
    if (begin_value && begin.month == unset && begin.day != unset && end.month == unset && begin_value->size() >= 10 &&
        std::isdigit(static_cast<unsigned char>((*begin_value)[0]))) {
      // "from the 25th to the 28th": the end is in the month the beginning was placed in.
      begin.year = end.year = std::atoi(begin_value->substr(0, 4).c_str());
      begin.month = end.month = std::atoi(begin_value->substr(5, 2).c_str());
    }
    const bool end_is_clock_only =
        end.year == unset && end.month == unset && end.day == unset && end.weekday == unset && end.hour != unset;
    if (end_is_clock_only && begin_value && begin_value->size() >= 10 && (*begin_value)[4] == '-' &&
        std::isdigit(static_cast<unsigned char>((*begin_value)[0]))) {
      // "10:00 until 21:45" said at 11:00: the end is on the day the beginning fell on (tomorrow).
      end.year = std::atoi(begin_value->substr(0, 4).c_str());
      end.month = std::atoi(begin_value->substr(5, 2).c_str());
      end.day = std::atoi(begin_value->substr(8, 2).c_str());
      // A 12-hour end without am/pm is its first reading after the beginning: "1-2:30" said at
      // 04:30 runs 13:00 to 14:30 (not to 02:30 the next day), "11:30-1:30" to 13:30.
      if (end.meridiem_open && begin_value->size() >= 16 && (*begin_value)[10] == 'T' && (*begin_value)[13] == ':') {
        const int begin_minute =
            std::atoi(begin_value->substr(11, 2).c_str()) * 60 + std::atoi(begin_value->substr(14, 2).c_str());
        const int end_minute = end.minute == unset ? 0 : end.minute;
        for (const int h : {end.hour % 12, end.hour % 12 + 12})
          if (h * 60 + end_minute > begin_minute) {
            end.hour = h;
            end.meridiem_open = false;
            break;
          }
      }
    }
    std::optional<sys_days> end_day;
    auto end_value = calendar_value(end, m, anchors, tense, end_day);
    if (end_is_clock_only && end_value && begin_value && *end_value <= *begin_value && end.day != unset) {
      // "10 p.m. to 6 a.m.": a clock end not after the beginning is the next day's.
      const year_month_day next{sys_days{year{end.year} / end.month / end.day} + days{1}};
      end.year = static_cast<int>(next.year());
      end.month = static_cast<int>(static_cast<unsigned>(next.month()));
      end.day = static_cast<int>(static_cast<unsigned>(next.day()));
      end_value = calendar_value(end, m, anchors, tense, end_day);
    }
    if (!begin_value || !end_value) return std::nullopt;
    // Ends without their own year run forward across a new year: "from December to May 2022"
    // begins in December 2021, "from December 2021 to May" ends in May 2022.
    const bool begin_year_said = m.point.year != unset, end_year_said = m.range_end.year != unset;
    // In a narrative whose reference (a month or day named) lies in the end's part ("from October to
    // March" told in March 1945), the range leads up to the reference: October 1944 to March 1945.
    const int reference_month =
        static_cast<int>(static_cast<unsigned>(year_month_day{split(anchors.reference).day}.month()));
    const bool leads_up_to_reference = anchors.narrative && anchors.reference_precision != Anchors::Precision::year &&
                                       !begin_year_said && !end_year_said && end.month != unset &&
                                       reference_month <= end.month;
    if (*end_value < *begin_value && begin.year != unset && begin.month != unset &&
        !(begin_year_said && end_year_said)) {
      if ((!begin_year_said && end_year_said) || leads_up_to_reference)
        begin.year -= 1;
      else
        end.year += 1;
      begin_value = calendar_value(begin, m, anchors, tense, ignored);
      end_value = calendar_value(end, m, anchors, tense, end_day);
      if (!begin_value || !end_value) return std::nullopt;
    }
    // A span of months said without a year and told in the past is over at the telling: one whose
    // end lies after the DCT's month is the year before's ("Investment grew 3.2 percent in
    // January-December" said 2025-01-17 is 2024-01..2024-12, as "in December" alone is 2024-12).
    if (!anchors.narrative && !begin_year_said && !end_year_said && begin.day == unset && end.day == unset &&
        begin.month != unset && end.month != unset && begin.year != unset && m.direction == Direction::by_tense &&
        tense() == Tense::past) {
      const year_month_day told{split(anchors.document).day};
      if (std::pair{end.year, static_cast<int>(end.month)} >
          std::pair{static_cast<int>(told.year()), static_cast<int>(static_cast<unsigned>(told.month()))}) {
        begin.year -= 1;
        end.year -= 1;
        begin_value = calendar_value(begin, m, anchors, tense, ignored);
        end_value = calendar_value(end, m, anchors, tense, end_day);
        if (!begin_value || !end_value) return std::nullopt;
      }
    }
    // "2020-2014" is not a range; "499-493 BC" is (its values compare the other way).
    const bool before_common_era = begin.year < 0 && end.year < 0 && begin.month == unset && end.month == unset;
    if (before_common_era ? end.year < begin.year : *end_value < *begin_value) return std::nullopt;
    out.value = *begin_value;
    out.range_begin = *begin_value;
    out.range_end = *end_value;
    // A story goes on from where the range ended, in news as in a narrative ("from November 21, 1948
    // to January 31, 1949. On April 21, ..." is April 1949; "ran from March 3 to March 5, 2013. The
    // next day" 2013-03-06, was 03-04 from the beginning).
    if (begin.year != unset) out.new_reference = end_day ? end_day : pointed_day;
  }
  return out;
}

}  // namespace

// Shared with normalize_peers.cpp.
std::string day_value(sys_days d) { return format_day(d); }
std::string week_value(sys_days d) { return format_week(d); }
std::string time_of_day_suffix(const CalendarFields& f) { return time_suffix(f); }

}  // namespace annalist::timex
