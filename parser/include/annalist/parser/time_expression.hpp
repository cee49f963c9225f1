// annalist/parser/time_expression.hpp — temporal expressions found in text, as TIMEX3.
//
// find_time_expressions() scans English text for dates, times, durations and sets ("January 29",
// "last month", "for 15 years", "biweekly") and normalises each to a TIMEX3 value against the
// document creation time (DCT). The grammar (Boost.Spirit X3) and the normaliser live in
// parser/src/timex/; docs/time-expressions.md lists what is recognised and how ambiguity is resolved.
#pragma once

#include <annalist/engine/interval.hpp>

#include <date/date.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

enum class TimexType { date, time, duration, set };
std::string_view to_string(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

// One temporal expression. Offsets are bytes into the UTF-8 input, end exclusive;
// text == input.substr(begin, end - begin). Invariant: range_begin and range_end are both set or
// both empty, and when set, value == *range_begin -- except for a DURATION counted from the DCT
// ("the next three weeks": value P3W), whose range is the period it covers (2013-W08..2013-W10),
// and a part of a period (mod START, MID or END: "the end of 2012", value 2012), whose range is
// the third it names in finer units (2012-09..2012-12; a month's 21st to its end, a week's Friday
// to Sunday).
struct TimeExpression {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
  TimexType type = TimexType::date;
  std::string value;  // TIMEX3 value: "2014-01-29", "2014-W05", "P3Y", "PRESENT_REF", ...
  std::string mod;    // TIMEX3 mod ("BEFORE", "START", ...) or empty
  // The bounding preposition just before the expression, lower-case: "since", "until", "by",
  // "before", "after", "from" or empty. TimeML keeps such signals outside the TIMEX3 extent
  // ("since <TIMEX3>2012</TIMEX3>"), so they are reported here rather than in text or mod.
  std::string signal;
  // For ranges ("2014-2020", "from May to July"): both ends; value is the begin. For a duration
  // counted from the DCT, the first and last unit it covers; for a part of a period, the part.
  std::optional<std::string> range_begin;
  std::optional<std::string> range_end;
  // The time zone the text names ("4pm CET" +60, "9:30 - 11:00 CST" -360, "13:15:30Z" 0), in
  // minutes east of UTC; empty when it names none. value stays the wall-clock time as written
  // (TimeML annotates "5 p.m. EST" as T17): add -zone_offset minutes to get UTC.
  std::optional<int> zone_offset;
  // SET only (TimeML 1.2.1 quant and freq), empty when the text says neither. quant is the
  // quantifier as said, upper-case: "EVERY" ("every Tuesday"), "EACH" ("each year"). freq is how
  // often within the period the value names, count then "X": "twice a week" P1W "2X", "three
  // times a year" P1Y "3X"; or, when value names a day of the calendar (XXXX-WXX-4) rather than a
  // period, the step between occurrences: "every other Thursday" "2W".
  std::string quant;
  std::string freq;
  friend bool operator==(const TimeExpression&, const TimeExpression&) = default;
};

// A date the text states that the calendar does not have ("February 30, 2015", "31 April",
// "2015-02-29"): read as a date, and left untagged rather than moved to a day that exists. A
// caller that reports on its input (the CLI warns with the file and line) gets these beside the
// expressions; a day that some year has ("February 29" without its year) is not one.
struct ImpossibleDate {
  std::size_t begin = 0;  // byte offsets into the input, end exclusive, as TimeExpression's
  std::size_t end = 0;
  std::string text;    // "February 30, 2015"
  std::string reason;  // why no such day exists: "February 2015 has 28 days", "April has 30 days"
  friend bool operator==(const ImpossibleDate&, const ImpossibleDate&) = default;
};

// How to read numeric dates such as 05/02/2014 when the fields allow both orders.
enum class DateOrder { automatic, month_first, day_first };

struct ParseContext {
  // Document creation time: relative expressions ("last month") resolve against it.
  date::local_seconds dct = date::local_days{date::year{2000} / 1 / 1};
  // The DCT is a moment of the day (given with a clock time, even 00:00, as a question put to an
  // assistant) rather than a document's date: "in 5 days" is then a point, "Monday" the coming one.
  // A DCT whose time of day is not midnight is a moment whatever this says.
  bool dct_is_moment = false;
  // automatic: an impossible field decides (13/05 is day-first), then the reading closest to the
  // DCT, then month-first (the US newswire convention).
  DateOrder date_order = DateOrder::automatic;
  // Narrative text (history): resolve relative expressions against the last mentioned date
  // rather than the DCT.
  bool track_reference_time = true;
  // The country (ISO 3166-1 alpha-2: "IN", "CA", "GB") or part of one (ISO 3166-2: "GB-SCT",
  // "AU-WA") whose holidays a holiday's name means when the text does not say whose ("India's
  // Independence Day", "Canadian Thanksgiving" say it): with "IN", "Independence Day" is 15 August;
  // with "CA", "Thanksgiving" the second Monday of October. Empty (the default): the United
  // States' day for the names it shares with other countries.
  std::string region;
};

// Every temporal expression in `text`, in order of position, non-overlapping. Linear in the size
// of `text`; never throws on any byte sequence (invalid UTF-8 is simply not matched). The dates
// read but impossible are appended to `impossible_dates` when given.
std::vector<TimeExpression> find_time_expressions(std::string_view text, const ParseContext& context,
                                                  std::vector<ImpossibleDate>* impossible_dates = nullptr);

// A text to tag with the context to read it in: one of many (find_time_expressions of a span).
struct TextToTag {
  std::string_view text;
  ParseContext context;
};

// find_time_expressions of each text, in order: the same expressions, and the dates read but
// impossible in (*impossible_dates)[i] when given (resized to texts.size()), as one call per
// text, found faster when the texts are many and short (a corpus's documents, a feed's JSON
// Lines): the grammar (pass 1) reads a run of texts before the normaliser (pass 2) reads them, so
// that each pass's code stays in the processor's caches. A run is texts up to
// batch_pass_bytes in all (or one longer text): memory beyond the results is about that of
// tagging the run's text as one string.
inline constexpr std::size_t batch_pass_bytes = std::size_t{1} << 20;
std::vector<std::vector<TimeExpression>> find_time_expressions(
    std::span<const TextToTag> texts, std::vector<std::vector<ImpossibleDate>>* impossible_dates = nullptr);

// How much text for_each_time_expression tags at a time by default: more than a news or history
// document (a long encyclopedia article is 100 KB), so that for such documents it finds exactly
// what find_time_expressions does, and little enough that a segment of dense dates (about 70
// bytes of memory per byte of text) takes some 20 MB.
inline constexpr std::size_t default_segment_bytes = std::size_t{1} << 18;

// The expressions of find_time_expressions, handed to `emit` in order of position as they are
// found, for text too large to hold all its expressions at once (a 100 MB dump of dates): memory
// stays proportional to `segment_bytes`, not to the expressions found. The text is tagged a
// segment at a time (half to one and a half `segment_bytes`), cut at a paragraph break (else a
// line break, a sentence end, a blank); matching goes on across cuts, and the reference time, the
// year a list or a phrase carries on and the period last reported on carry over. Text up to
// `segment_bytes` gives exactly find_time_expressions' result. Longer text differs only in
// decisions made on the whole text: whether it is a narrative is decided per segment (a dump of
// many documents goes from news to history and back), and the look-ahead of a few rules (a year
// named later in the list or sentence, a year named in passing) stops at a cut. `emit` may move
// from the expression it is given. The dates read but impossible are appended to
// `impossible_dates` when given, in order of position.
void for_each_time_expression(std::string_view text, const ParseContext& context,
                              const std::function<void(TimeExpression&)>& emit,
                              std::size_t segment_bytes = default_segment_bytes,
                              std::vector<ImpossibleDate>* impossible_dates = nullptr);

// The uncertain interval a DATE or TIME expression denotes, for placing an event on a timeline.
// The bound comes from the signal (since, until, by, before, after) and the mod:
//   "December 2012"          2012-12-01..2012-12-31  month   on
//   "2014-2020" (range)      2014-01-01..2020-12-31  year    on      both ends
//   "the 1990s" ("199")      1990-01-01..1999-12-31  decade  on
//   "by the end of 2014"     dct..2014-12-31         year    by      start = dct while the deadline
//                                                                    is ahead, else the period
//   "since 2012"             2012-01-01..dct         year    since   end = dct (or the period's end
//                                                                    when later)
//   "until 2015"             dct..2015-12-31         year    until
//   "post-2014" (AFTER)      2014-01-01..2014-12-31  year    after   the named period
//   "before March"           2014-03-01..2014-03-31  month   before  the named period
//   "early 2013" (START)     2013-01-01..2013-04-30  year    approx  START/MID/END: that third
//   "around 1990" (APPROX)   1990-01-01..1990-12-31  year    approx
//   "2014-W06", "2014-SU", "2014-Q1", "2014-H1", "20" (21st century): week, season, quarter, half,
//   century. A time of day is dropped (intervals are in days).
// nullopt for DURATION and SET, and for values that cannot be placed: PRESENT_REF, PAST_REF,
// FUTURE_REF, values with unknown digits ("XXXX-11") and BC years.
std::optional<Interval> interval_of(const TimeExpression& t, date::sys_days dct);

// The document creation time read from a date line in the document's header (the first few
// non-empty lines): "Wednesday, 05 February 2014", "February 5, 2014", "2014-02-05". nullopt when
// none of those lines is a full date.
std::optional<date::sys_days> find_document_date(std::string_view text);

}  // namespace annalist
