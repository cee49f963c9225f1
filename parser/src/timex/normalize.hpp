// timex/normalize.hpp — from what was said (Meaning) to a TIMEX3 type, value and mod.
#pragma once

#include "meaning.hpp"

#include <annalist/parser/time_expression.hpp>

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace annalist::timex {

// The grammatical tense of the clause around an expression, as far as cue words tell.
// `event_past` and `event_future`: past or future told by the verb of the event the expression
// dates ("The plant closed in December", "will open in January"), not by a report of it ("said the
// plant would close in December"): the date lies on that side of the anchor, however near the
// other side is. normalize() reads them as past and future otherwise.
enum class Tense : std::uint8_t { unknown, past, present, future, event_past, event_future };

// The tense normalize reads: a tense already known, or the clause's around text[begin, end),
// worked out (clause_tense) the first time a branch of normalize asks for it. Most expressions
// never ask: durations, sets, vague references, relative ones that say their direction ("last
// year"), dates whose year the text gives; and reading the clause is costly.
class ClauseTense {
 public:
  ClauseTense(Tense known) : tense_(known) {}  // implicit: Tense::past passes as a known tense
  ClauseTense(std::string_view text, std::size_t begin, std::size_t end) : text_(text), begin_(begin), end_(end) {}
  // Past, present, future or unknown: event_past and event_future count as past and future.
  Tense operator()() const {
    const Tense t = told();
    return t == Tense::event_past ? Tense::past : t == Tense::event_future ? Tense::future : t;
  }
  // Whether the verb of the event the expression dates tells the tense (event_past, event_future):
  // the date lies on that side of the anchor, however near the other side is.
  bool told_by_event() const {
    const Tense t = told();
    return t == Tense::event_past || t == Tense::event_future;
  }
  // Whether the expression names a break one goes back from ("return from the Christmas recess",
  // "reopen after the Christmas holidays"): told without tense, its holiday is the nearest, on
  // either side, as a season's is (clause_tense).
  bool either_side() const;

 private:
  Tense told() const;  // context.cpp
  std::string_view text_;
  std::size_t begin_ = 0, end_ = 0;
  mutable std::optional<Tense> tense_;
};

// What relative and underspecified expressions are resolved against.
struct Anchors {
  date::local_seconds document;   // the DCT
  date::local_seconds reference;  // the last date mentioned (== document when not tracking)
  DateOrder date_order = DateOrder::automatic;
  // ParseContext::dct_is_moment: the document time is a moment even at 00:00.
  bool document_is_moment = false;
  // The text is a narrative (most explicit years are far from the DCT): an underspecified date
  // ("in June") takes the reference time's year instead of the tense rule.
  bool narrative = false;
  // How precisely the text named the narrative reference time: a year (whose first day stands for
  // it), a month or a day ("December 16, 1944": a story told day by day runs on into the next year).
  enum class Precision : std::uint8_t { year, month, day };
  Precision reference_precision = Precision::year;
  // The month from which a sport's season said from the DCT ("this season") is the one starting
  // in the DCT's year (sport_season_turn): 6 for a season ending in May or June.
  std::uint8_t sport_season_turn = 6;
};

// Whether a month (1-12) named without its year in a narrative is in the year after the story's
// reference day: a story told by the month or day runs on across the new year for up to four months
// after a month named in the last third of the year ("On December 16, 1944 ... repulsed by January",
// "In November 1967 ... in March", "On 26 December 1914 ... By New Year's Day"), never after a year
// alone, whose first day stands for it. Months and holidays share it (narrative_year,
// normalize_peers.cpp's named_day).
bool runs_on_into_next_year(int month, const Anchors& anchors, date::sys_days reference);

// Whether a range's end names no time to count from ("the end of the month", "the following week",
// "mid-April", a weekday) and the beginning, `span` days from its first day to its last, is finer
// than the stretch the end picks its time in: such an end is counted from the beginning.
bool end_counts_from_begin(const Meaning& end, long span);

struct Normalized {
  TimexType type = TimexType::date;
  std::string value;
  std::string mod;
  std::optional<std::string> range_begin;
  std::optional<std::string> range_end;
  std::string quant;  // SET: TimeExpression::quant
  std::string freq;   // SET: TimeExpression::freq
  // The day this expression points at, when it names a specific time with a known year: the
  // narrative reference time moves there.
  std::optional<date::sys_days> new_reference;
};

// Writes the TIMEX3 fields of `normalized` (type, value, mod, range, quant, freq) into `t`; where it
// stands in the text (begin, end, text) and its signal are the caller's to fill in.
inline void assign_expression(const Normalized& normalized, TimeExpression& t) {
  t.type = normalized.type;
  t.value = normalized.value;
  t.mod = normalized.mod;
  t.range_begin = normalized.range_begin;
  t.range_end = normalized.range_end;
  t.quant = normalized.quant;
  t.freq = normalized.freq;
}

// The same as a new expression.
inline TimeExpression expression_of(const Normalized& normalized) {
  TimeExpression t;
  assign_expression(normalized, t);
  return t;
}

// Normalises `meaning` in a clause of tense `tense`, preceded by the bounding word `signal`
// ("by", "since", ... or empty). nullopt when the fields are impossible (February 30).
std::optional<Normalized> normalize(const Meaning& meaning, const Anchors& anchors, const ClauseTense& tense,
                                    std::string_view signal);

// "2013-02-12": a day as a TIMEX3 value.
std::string day_value(date::sys_days d);
// "2013-W07": the ISO week a day falls in, as a TIMEX3 value.
std::string week_value(date::sys_days d);
// "T15:00", "T15:23:24", "TMO", or empty: the time of day the fields give.
std::string time_of_day_suffix(const CalendarFields& f);

}  // namespace annalist::timex
