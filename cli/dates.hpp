// cli/dates.hpp — the dates and date orders `annalist` reads from its command line and JSON Lines,
// and the warnings for impossible dates in documents.
#pragma once

#include <annalist/parser/time_expression.hpp>  // DateOrder

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::cli {

// How a document creation time is written: a day, or a day with a clock time.
inline constexpr std::string_view date_time_form = "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]";

// "2014-02-05", "2014-02-05T10:30", "2014-02-05T10:30:00[.fff][Z|+HH:MM|-HHMM]" (a space may
// stand for 'T'; fractional seconds and the zone are dropped: the clock time is kept as written).
// nullopt when it is none of these or names no real time.
std::optional<date::local_seconds> parse_date_time(std::string_view text);

// True when `text` (which parse_date_time read) gave a clock time: "2012-08-10T00:00:00" is a
// moment of the day, even at midnight; "2012-08-10" is a document's date.
bool has_clock_time(std::string_view text);

// Why parse_date_time refuses `text`, for a message that quotes it first: "is not a date:
// February 2014 has 28 days", or "is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])".
std::string date_time_error(std::string_view text);

// "auto", "mdy" (or "month-first"), "dmy" (or "day-first"); nullopt for anything else.
std::optional<DateOrder> date_order_from_string(std::string_view name);

// Whether `code` is written as an ISO 3166 code (ParseContext::region): two capital letters ("IN"),
// or those, a dash and one to three capitals or digits ("GB-SCT", "AU-WA").
bool is_region_code(std::string_view code);

// What a warning says of a date the text states that the calendar does not have: "'February 30,
// 2015' is not a date: February 2015 has 28 days".
std::string impossible_date_message(const ImpossibleDate& date);

// One warning per date `text` states that the calendar does not have, in order: "x.txt:3:
// 'February 30, 2015' is not a date: February 2015 has 28 days". `line` > 0 (a JSON Lines
// document) is every date's line; else each date's line in `text`.
std::vector<std::string> impossible_date_warnings(const std::string& source, std::string_view text,
                                                  const std::vector<ImpossibleDate>& dates, std::size_t line = 0);

}  // namespace annalist::cli
