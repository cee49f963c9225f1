// timex/normalize_peers.hpp — normalisation for what the peer-suite families say (rules_clock.cpp,
// rules_holidays.cpp, rules_casual.cpp): clock times without a day, holidays, the
// nth weekday of a month, and day shifts ("three days after Easter").
#pragma once

#include "meaning.hpp"
#include "normalize.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace annalist::timex {

// The day a clock time said without one ("3pm", "at 3") falls on, seen from `reference`. When the
// reference has a time of day, a time earlier than the reference's hour is tomorrow's (today's,
// looking back, when the clause is in the past tense); a reference without one (a plain DCT) keeps
// the reference day. A 12-hour reading without am/pm (f.meridiem_open) becomes the next such time:
// f.hour is settled to 0..23.
date::sys_days day_of_clock_time(CalendarFields& f, date::local_seconds reference, Tense tense);

// "the first nine months of 1997", "the last two weeks of December": the `count` units (a day, a
// week, a month, a quarter) at the start or, `at_end`, the end of `period`, a value naming a year, a
// half, a quarter, a month or (days only) a week, as the range they cover: 1997-01..1997-09, the
// weeks whose Thursday is inside it, as ISO 8601 counts a year's (2013-W51..2013-W52). nullopt when
// the units do not fit in the period or it is none of those.
std::optional<std::pair<std::string, std::string>> units_at_edge_of(std::string_view period, Unit unit, int count,
                                                                    bool at_end);

// True for meanings normalize_peer_meaning() handles: a holiday, an nth weekday of a period, a
// day shift, a day offset that keeps the reference's time of day, a count of working days.
bool is_peer_meaning(const Meaning& m);

// The TIMEX3 value of such a meaning; nullopt when the date does not exist ("the fifth Monday of
// February 2013").
std::optional<Normalized> normalize_peer_meaning(const Meaning& m, const Anchors& anchors, const ClauseTense& tense,
                                                 std::string_view signal);

}  // namespace annalist::timex
