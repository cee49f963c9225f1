// timex/calendar_period.hpp — the days a TIMEX3 date value names (interval.cpp), for the rules that
// place something inside a period the text dated (normalize_peers.cpp).
#pragma once

#include <annalist/engine/interval.hpp>

#include <date/date.h>

#include <optional>
#include <string_view>

namespace annalist::timex {

// A period's first and last day (inclusive) and how coarse its value is.
struct CalendarPeriod {
  date::sys_days start;
  date::sys_days end;
  Granularity granularity;
};

// The period a TIMEX3 date value names: "2014-01-29", "2014-W05", "2014-W05-WE", "2014-01",
// "2014-Q1", "2014-H2", "2014-SU", "2014", "199" (decade), "20" (century). A time of day
// ("T15:00") is ignored. nullopt for anything else ("PAST_REF", "XXXX-11").
std::optional<CalendarPeriod> period_of(std::string_view value);

}  // namespace annalist::timex
