// The words each of grammar's rule families can start with (families.hpp, Family::first_words).
// Keep in step with the rules: a missing word silently disables the rules that start with it
// (the tests of every construction catch that).
#include "ascii.hpp"
#include "families.hpp"
#include "family_memo.hpp"
#include "grammar.hpp"
#include "holidays.hpp"
#include "lights_turn.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <span>
#include <string>
#ifdef ANNALIST_CHECK_START_GATES
#include <cstdio>
#include <cstdlib>
#endif
#include <string_view>

namespace annalist::timex {
namespace {

using namespace std::string_view_literals;

constexpr std::array months{"january"sv, "february"sv, "march"sv,     "april"sv,   "may"sv,      "june"sv,
                            "july"sv,    "august"sv,   "september"sv, "october"sv, "november"sv, "december"sv,
                            "jan"sv,     "feb"sv,      "mar"sv,       "apr"sv,     "jun"sv,      "jul"sv,
                            "aug"sv,     "sep"sv,      "sept"sv,      "oct"sv,     "nov"sv,      "dec"sv};
constexpr std::array weekdays{"sunday"sv,   "monday"sv, "tuesday"sv, "wednesday"sv, "thursday"sv, "friday"sv,
                              "saturday"sv, "sun"sv,    "mon"sv,     "tue"sv,       "tues"sv,     "wed"sv,
                              "thu"sv,      "thur"sv,   "thurs"sv,   "fri"sv,       "sat"sv,      "weds"sv};
constexpr std::array numbers{"one"sv,      "two"sv,      "three"sv,   "four"sv,    "five"sv,      "six"sv,
                             "seven"sv,    "eight"sv,    "nine"sv,    "ten"sv,     "eleven"sv,    "twelve"sv,
                             "thirteen"sv, "fourteen"sv, "fifteen"sv, "sixteen"sv, "seventeen"sv, "eighteen"sv,
                             "nineteen"sv, "twenty"sv,   "thirty"sv,  "forty"sv,   "fifty"sv,     "sixty"sv,
                             "seventy"sv,  "eighty"sv,   "ninety"sv,  "a"sv,       "an"sv,        "few"sv,
                             "several"sv,  "many"sv,     "some"sv,    "couple"sv};
constexpr std::array ordinals{"first"sv,     "second"sv,      "third"sv,      "fourth"sv,     "fifth"sv,
                              "sixth"sv,     "seventh"sv,     "eighth"sv,     "ninth"sv,      "tenth"sv,
                              "eleventh"sv,  "twelfth"sv,     "thirteenth"sv, "fourteenth"sv, "fifteenth"sv,
                              "sixteenth"sv, "seventeenth"sv, "eighteenth"sv, "nineteenth"sv, "twentieth"sv,
                              "twenty"sv,    "thirtieth"sv,   "thirty"sv};
constexpr std::array seasons{"spring"sv, "summer"sv,     "fall"sv,       "autumn"sv,
                             "winter"sv, "springtime"sv, "summertime"sv, "wintertime"sv};
constexpr std::array directions{
    "last"sv,   "past"sv,     "latest"sv,     "previous"sv,   "preceding"sv,     "prior"sv,      "next"sv,
    "coming"sv, "upcoming"sv, "following"sv,  "this"sv,       "current"sv,       "present"sv,    "that"sv,
    "same"sv,   "ensuing"sv,  "succeeding"sv, "subsequent"sv, "corresponding"sv, "comparable"sv, "equivalent"sv};
constexpr std::array units{"second"sv,     "seconds"sv,    "minute"sv,  "minutes"sv,  "hour"sv,    "hours"sv,
                           "day"sv,        "days"sv,       "weekend"sv, "weekends"sv, "week"sv,    "weeks"sv,
                           "fortnight"sv,  "fortnights"sv, "month"sv,   "months"sv,   "quarter"sv, "quarters"sv,
                           "year"sv,       "years"sv,      "decade"sv,  "decades"sv,  "century"sv, "centuries"sv,
                           "millennium"sv, "millennia"sv,  "wk"sv,      "wks"sv,      "wkend"sv,   "wkends"sv,
                           "qtr"sv,        "qtrs"sv,       "yr"sv,      "yrs"sv,      "season"sv,  "seasons"sv};
// "yearlong", "weeklong": a unit glued to "long" (rules_durations.cpp, lasting), a unit's class.
constexpr std::array glued_long_units{"hourlong"sv,  "daylong"sv,  "weeklong"sv,
                                      "monthlong"sv, "yearlong"sv, "decadelong"sv};
constexpr std::array hedges{"about"sv,  "around"sv, "some"sv, "roughly"sv, "approximately"sv, "nearly"sv,
                            "almost"sv, "more"sv,   "over"sv, "less"sv,    "fewer"sv,         "under"sv,
                            "up"sv,     "no"sv,     "at"sv,   "another"sv};
constexpr std::array deictic{"today"sv,      "tomorrow"sv,  "yesterday"sv, "tonight"sv, "now"sv,      "currently"sv,
                             "nowadays"sv,   "presently"sv, "right"sv,     "these"sv,   "recently"sv, "lately"sv,
                             "recent"sv,     "earlier"sv,   "later"sv,     "the"sv,     "todays"sv,   "tomorrows"sv,
                             "yesterdays"sv, "tmrw"sv,      "overnight"sv, "ytd"sv,     "mtd"sv,      "qtd"sv,
                             "moments"sv,    "press"sv,     "any"sv,       "back"sv,    "then"sv,     "tonite"sv};

// Words that open a hedge said more strongly ("upwards of", "well over", "well under", "a little
// more than", "the better part of": rules_durations.cpp, amount_hedge), "little", "better" and
// "best" after "a" or "the".
constexpr std::array hedge_leads{"upwards"sv, "well"sv, "slightly"sv, "little"sv, "better"sv, "best"sv};

template <std::size_t... N>
constexpr auto join(const std::array<std::string_view, N>&... lists) {
  std::array<std::string_view, (N + ...)> all{};
  std::size_t i = 0;
  ((std::copy(lists.begin(), lists.end(), all.begin() + i), i += N), ...);
  return all;
}

// "financial": "financial year 2024" (rules_calendar.cpp, named_year).
constexpr std::array calendar_extra{"the"sv,  "fiscal"sv, "fy"sv,    "cy"sv,       "year"sv, "q"sv,
                                    "ad"sv,   "ce"sv,     "h"sv,     "w"sv,        "iso"sv,  "calendar"sv,
                                    "week"sv, "wk"sv,     "model"sv, "financial"sv};
// "epidemiological week 12", "epi week 12", "epiweek 12": a situation report's ISO week.
constexpr std::array week_name_words{"epidemiological"sv, "epidemiologic"sv, "epi"sv, "epiweek"sv};
// "last quarter of 2015", "final month of 2014": the year's last quarter or month, without "the".
constexpr std::array year_edge_words{"last"sv, "final"sv};
constexpr auto calendar_words =
    join(months, weekdays, numbers, ordinals, seasons, calendar_extra, week_name_words, year_edge_words);

// Seasons, ordinals, "q" and "h" start a part of a relative year ("the first quarter of next year",
// "summer of last year", "Q3 of this year"); a plural unit an offset of unknown count ("weeks later");
// "full" a report's year ("full-year profit"); a unit "after next" ("week after next"); "half" a
// fraction of a unit counted ("half a century later").
constexpr auto relative_words =
    join(directions, deictic, hedges, hedge_leads, numbers, months, weekdays, seasons, ordinals,
         std::array{"year"sv, "month"sv, "week"sv, "weekend"sv, "quarter"sv, "full"sv, "q"sv, "h"sv, "seconds"sv,
                    "minutes"sv, "hours"sv, "days"sv, "weeks"sv, "months"sv, "years"sv, "decades"sv, "half"sv});

constexpr std::array ranges_extra{
    "from"sv, "between"sv, "early"sv, "late"sv, "mid"sv, "earlier"sv, "later"sv, "beginning"sv, "start"sv, "middle"sv,
    "end"sv, "close"sv, "circa"sv, "ca"sv, "c"sv, "post"sv, "pre"sv, "the"sv, "eom"sv, "bom"sv, "eoy"sv, "boy"sv,
    "eow"sv, "fiscal"sv, "fy"sv, "year"sv, "q"sv, "h"sv, "eod"sv, "cob"sv, "rest"sv, "remainder"sv, "balance"sv,
    "midway"sv, "halfway"sv, "midweek"sv, "midmonth"sv, "midyear"sv,
    // "first light on Monday", "first thing tomorrow" (rules_ranges.cpp, modifier_word).
    "first"sv,
    // "very early on May 2", "the very end of the year" (rules_ranges.cpp, modifier).
    "very"sv,
    // "this afternoon through tomorrow morning", "tonight through Sunday" (rules_ranges.cpp, day_part_to).
    "this"sv, "last"sv, "tonight"sv, "tomorrow"sv, "yesterday"sv, "today"sv};
// weekdays: "Monday-Friday"; seasons: "spring 2011 to autumn 2012" (rules_ranges.cpp, dated_to_dated).
// lights_turn_words: "dawn on Monday", "dusk on Friday" (rules_ranges.cpp, modifier_word).
constexpr auto ranges_words = join(ranges_extra, months, hedges, weekdays, seasons, lights_turn_words);

constexpr std::array frequencies{"hourly"sv,      "daily"sv,      "nightly"sv,    "weekly"sv,       "biweekly"sv,
                                 "fortnightly"sv, "monthly"sv,    "bimonthly"sv,  "semiannually"sv, "annually"sv,
                                 "yearly"sv,      "biannually"sv, "biennially"sv, "every"sv,        "each"sv,
                                 "once"sv,        "twice"sv,      "the"sv,        "per"sv,          "triennially"sv,
                                 "semi"sv,        "bi"sv,         "quarterly"sv,  "half"sv,         "alternate"sv};
// Plural weekdays ("on Tuesdays", "on weekdays") and weekdays before a plural part of the day
// ("Tuesday nights", "weekday mornings") are sets.
constexpr std::array plural_weekdays{"sundays"sv, "mondays"sv,   "tuesdays"sv, "wednesdays"sv, "thursdays"sv,
                                     "fridays"sv, "saturdays"sv, "weekdays"sv, "weeknights"sv, "weekday"sv};
// Months: a yearly day ("15 March each year"); "half" a fraction of a unit ("half an hour").
// "the Sixties", "the noughties" (lexicon::decade_word), "the Roaring Twenties" (rules_calendar.cpp,
// named_decade), after "the".
constexpr std::array decade_words{"aughts"sv,   "noughties"sv, "naughties"sv, "twenties"sv,  "thirties"sv,
                                  "forties"sv,  "fifties"sv,   "sixties"sv,   "seventies"sv, "eighties"sv,
                                  "nineties"sv, "roaring"sv,   "swinging"sv};
// "the nineteen-twenties", "the eighteen nineties": a century in words before a decade word
// (rules_calendar.cpp, spelled_decade), the decade's token class after "the".
constexpr std::array century_words{"seventeen"sv, "eighteen"sv, "nineteen"sv, "twenty"sv};
constexpr auto durations_words =
    join(frequencies, hedges, hedge_leads, numbers, units, glued_long_units, plural_weekdays, weekdays, months,
         // "its ninth week", "their third day" (rules_durations.cpp, period_of_event).
         std::array{"half"sv, "its"sv, "their"sv});

// Words the rules read after an expression's first word that are not first words themselves.
constexpr std::array inner_words{
    "aedt"sv, "aest"sv, "after"sv, "afterward"sv, "afterwards"sv, "ago"sv, "akst"sv, "am"sv, "and"sv, "approx"sv,
    "bc"sv, "bce"sv, "before"sv, "bst"sv, "cdt"sv, "cest"sv, "cet"sv, "clock"sv, "cst"sv, "ct"sv, "date"sv, "edt"sv,
    "eest"sv, "eet"sv, "est"sv, "et"sv, "for"sv, "future"sv, "gmt"sv, "halves"sv, "hence"sv, "hkt"sv, "hr"sv, "hrs"sv,
    "hst"sv, "ish"sv, "ist"sv, "jst"sv, "kst"sv, "latter"sv, "least"sv, "little"sv, "mdt"sv, "met"sv, "min"sv, "mins"sv,
    "moment"sv, "most"sv, "msk"sv, "mst"sv, "mt"sv, "near"sv, "number"sv, "nzst"sv, "oclock"sv, "of"sv, "old"sv, "on"sv,
    "or"sv, "other"sv, "overnight"sv, "pdt"sv, "per"sv, "period"sv, "pm"sv, "previously"sv, "pst"sv, "pt"sv, "ref"sv,
    "sec"sv, "secs"sv, "sgt"sv, "so"sv, "st"sv, "than"sv, "then"sv, "thousand"sv, "through"sv, "thru"sv, "till"sv,
    "times"sv, "to"sv, "turn"sv, "until"sv, "untill"sv, "utc"sv, "wet"sv,
    // "the tail end of 2023" (rules_ranges.cpp, modifier_word).
    "tail"sv,
    // "tomorrow at dusk" (rules_relative.cpp; the light's turns themselves are added with
    // lights_turn_words).
    "morning"sv, "afternoon"sv, "evening"sv, "night"sv,
    // "at first light on Monday", "first thing tomorrow", "the 5th ult." (rules_ranges.cpp, rules_casual.cpp).
    "light"sv, "thing"sv, "instant"sv, "inst"sv, "ultimo"sv, "ult"sv, "proximo"sv, "prox"sv, "hundred"sv, "ended"sv,
    "ending"sv, "round"sv, "starting"sv, "commencing"sv, "lunch"sv, "lunchtime"sv, "mo"sv, "mos"sv, "weekday"sv,
    "weeknight"sv, "while"sv, "workday"sv, "business"sv, "clear"sv, "working"sv, "part"sv, "long"sv, "time"sv,
    "consecutive"sv, "straight"sv, "successive"sv, "running"sv, "row"sv, "full"sv, "whole"sv, "entire"sv,
    "additional"sv, "further"sv, "extra"sv, "small"sv, "wee"sv, "short"sv, "medium"sv, "longer"sv, "new"sv, "term"sv,
    "local"sv, "financial"sv, "school"sv, "academic"sv, "tax"sv, "budget"sv, "ahead"sv, "come"sv, "holidays"sv,
    "break"sv, "bank"sv, "being"sv, "since"sv, "single"sv, "campaign"sv, "back"sv,
    // "eight trading days" (rules_durations.cpp); "the forecast horizon", "the projection period"
    // (rules_relative.cpp); "30-odd years", "40-plus years" (rules_durations.cpp); "this day and
    // age" (rules_relative.cpp).
    "trading"sv, "forecast"sv, "projection"sv, "horizon"sv, "odd"sv, "plus"sv, "age"sv,
    // "the Easter holiday", "Holy Week" (rules_holidays.cpp, holiday_word, holy_week).
    "holiday"sv, "holy"sv,
    // "the 2025 fall semester" (rules_calendar.cpp, school_term).
    "semester"sv};
// The US zones by name after a time ("5 p.m. Eastern", rules_clock.cpp).
constexpr std::array zone_name_words{"eastern"sv, "central"sv, "mountain"sv, "pacific"sv};

// Words only a look-ahead reads: the function words after "mid-century" that show it is no
// adjective ("by mid-century and beyond", rules_ranges.cpp); "percent" after "Jan. 2 to 3", an
// amount and no day (rules_ranges.cpp).
constexpr std::array lookahead_words{
    "but"sv, "by"sv, "with"sv, "as"sv, "when"sv, "if"sv, "onward"sv, "onwards"sv, "percent"sv,
    // "two days back" is no way back ("back home", "back down"), "Friday next" no place
    "into"sv, "home"sv, "down"sv, "door"sv,
    // "the summer 2025 term sheet" is no school term (rules_calendar.cpp, school_term).
    "sheet"sv, "sheets"sv, "paper"sv, "papers"sv, "limit"sv, "limits"sv,
    // the subject after a day alone, "By the 20th it stood" (rules_calendar.cpp, subject_after_day)
    "it"sv, "he"sv, "she"sv, "they"sv, "we"sv, "his"sv,
    // a forecast of a report's year, "its full-year guidance" (rules_relative.cpp, forecast_noun)
    "guidance"sv, "forecasts"sv, "outlook"sv, "target"sv, "targets"sv, "estimate"sv, "estimates"sv, "projections"sv,
    "view"sv, "goal"sv};

// Lead words: never an expression alone, and in every rule followed by a grammar word, a digit or
// punctuation (see grammar_word_follows). Spelled numbers too: a count needs its unit ("three
// days"), a clock time its cue or the next number ("eight tonight", "at three twenty"), a year its
// second half ("nineteen ninety"): "three people", "five percent" start nothing. So do ordinals
// but "second" (a unit: "every second") and "same", "new", "last", "next", "latest", "previous":
// each names a period or a day only with the word after it ("the first quarter", "the same day",
// "the new year", "last week"), so "the first lawmakers", "the same officials" start nothing. And
// the words that open a hedge said more strongly (hedge_leads: "well over", "a little more than",
// "the better part of"): "well known", "a little girl", "the best team" start nothing. And "of",
// "end", "early", read only before a period or a day ("of 1990", "the end of May", "early next
// year"): "one of the students", "the end user", "an early lead" start nothing; "as"
// too, which no rule starts with ("as a result"). ("on", "by", "for", "since" cost more than they
// save: few families are tried at them, so the look-ahead is most of their cost.)
constexpr std::array lead_word_list{
    "the"sv,         "a"sv,          "an"sv,         "that"sv,       "this"sv,      "these"sv,
    "in"sv,          "at"sv,         "up"sv,         "no"sv,         "more"sv,      "over"sv,
    "under"sv,       "less"sv,       "fewer"sv,      "about"sv,      "around"sv,    "some"sv,
    "many"sv,        "several"sv,    "nearly"sv,     "almost"sv,     "roughly"sv,   "approximately"sv,
    "from"sv,        "between"sv,    "each"sv,       "every"sv,      "one"sv,       "two"sv,
    "three"sv,       "four"sv,       "five"sv,       "six"sv,        "seven"sv,     "eight"sv,
    "nine"sv,        "ten"sv,        "eleven"sv,     "twelve"sv,     "thirteen"sv,  "fourteen"sv,
    "fifteen"sv,     "sixteen"sv,    "seventeen"sv,  "eighteen"sv,   "nineteen"sv,  "twenty"sv,
    "thirty"sv,      "forty"sv,      "fifty"sv,      "sixty"sv,      "seventy"sv,   "eighty"sv,
    "ninety"sv,      "few"sv,        "couple"sv,     "first"sv,      "third"sv,     "fourth"sv,
    "fifth"sv,       "sixth"sv,      "seventh"sv,    "eighth"sv,     "ninth"sv,     "tenth"sv,
    "eleventh"sv,    "twelfth"sv,    "thirteenth"sv, "fourteenth"sv, "fifteenth"sv, "sixteenth"sv,
    "seventeenth"sv, "eighteenth"sv, "nineteenth"sv, "twentieth"sv,  "thirtieth"sv, "same"sv,
    "new"sv,         "last"sv,       "next"sv,       "latest"sv,     "previous"sv,  "upwards"sv,
    "well"sv,        "slightly"sv,   "little"sv,     "better"sv,     "best"sv,      "of"sv,
    "end"sv,         "early"sv,      "as"sv,         "its"sv,        "their"sv};

// The verbs among those function words (lexicon.hpp, function_word): the rules read them nowhere
// else, and that look-ahead follows a year, "year-end", "decade" or "century", never a lead word
// or a number alone. After those they are words no rule reads ("this was", "that would", "1998
// was"): grammar_words gives them lookahead_verb_bit, not bit 1.
constexpr std::array lookahead_verbs{"is"sv,    "are"sv,    "was"sv, "were"sv,  "will"sv, "would"sv,
                                     "could"sv, "should"sv, "can"sv, "might"sv, "has"sv,  "have"sv};

// Word classes of token_classes (grammar.hpp, tok) beyond the lists above.
constexpr std::array deictic_words{
    "today"sv, "tomorrow"sv, "yesterday"sv, "todays"sv, "tomorrows"sv, "yesterdays"sv, "tonight"sv, "overnight"sv,
    "ytd"sv, "mtd"sv, "qtd"sv, "now"sv, "currently"sv, "nowadays"sv, "presently"sv, "these"sv, "recently"sv, "lately"sv,
    "recent"sv, "earlier"sv, "later"sv, "present"sv, "past"sv, "future"sv, "near"sv, "tmrw"sv, "moments"sv, "press"sv,
    // "tonite", tonight's informal spelling (rules_relative.cpp).
    "tonite"sv,
    // "the short term", "the long term" (vague references), "the new year", "the night
    // before last", "at the time" (rules_relative.cpp).
    "short"sv, "medium"sv, "long"sv, "longer"sv, "new"sv, "night"sv, "time"sv,
    // "the forecast horizon", "the projection period", "the other day", "any day now" (vague
    // references, rules_relative.cpp).
    "forecast"sv, "projection"sv, "other"sv, "any"sv,
    // "back then" (a vague reference); "since then", "until then" (rules_relative.cpp).
    "back"sv, "then"sv};
// Where in an event a period lies: "the final day", "the intervening years" (rules_durations.cpp).
constexpr std::array stage_words{"final"sv, "opening"sv, "closing"sv, "initial"sv, "earliest"sv, "intervening"sv};
// Other words a period of an event may start with after "the" ("the last days of this battle",
// "the later years", "the early years"): in tok::stage too, so that the rule's gate need not admit
// every direction and modifier ("the same", "the end", ...), which it would only try and fail.
// "back", "tail": "the back half of the year", "the tail end of 2021" (rules_ranges.cpp, bounded).
constexpr std::array other_stage_words{"last"sv, "later"sv, "latter"sv, "early"sv, "back"sv, "tail"sv};
constexpr std::array modifier_words{
    "early"sv,   "earlier"sv, "late"sv,     "later"sv,   "mid"sv,    "beginning"sv, "start"sv,   "middle"sv,
    "end"sv,     "close"sv,   "around"sv,   "about"sv,   "circa"sv,  "ca"sv,        "c"sv,       "approximately"sv,
    "roughly"sv, "pre"sv,     "post"sv,     "turn"sv,    "latter"sv, "eom"sv,       "bom"sv,     "eoy"sv,
    "boy"sv,     "eow"sv,     "eod"sv,      "cob"sv,     "rest"sv,   "remainder"sv, "balance"sv, "midway"sv,
    "halfway"sv, "midweek"sv, "midmonth"sv, "midyear"sv, "very"sv};

}  // namespace

const std::span<const std::string_view> calendar_first_words = calendar_words;
const std::span<const std::string_view> relative_first_words = relative_words;
const std::span<const std::string_view> ranges_first_words = ranges_words;
const std::span<const std::string_view> durations_first_words = durations_words;

// Packs the word at `p` into `key` byte by byte, where fewer than 16 bytes are left (pack_word).
std::size_t FirstWordMap::pack_word_bytewise(const char* p, const char* end, Key& key) {
  unsigned char letters[16] = {};
  std::size_t n = 0;
  for (const std::size_t room = static_cast<std::size_t>(end - p); n < 16 && n < room; ++n) {
    // ASCII letters only, folded without a locale call: only 'A'..'Z' and 'a'..'z' land in 'a'..'z'.
    const auto lower = static_cast<unsigned char>(static_cast<unsigned char>(p[n]) | 0x20);
    if (lower < 'a' || lower > 'z') break;
    letters[n] = lower;
  }
  letters[15] = 0;
  std::memcpy(&key.low, letters, 8);
  std::memcpy(&key.high, letters + 8, 8);
  return n;
}

void FirstWordMap::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old)
    if (!(s.key == Key{})) slots_[slot_of(s.key, hash(s.key))] = s;
}

void FirstWordMap::add(std::string_view word, std::uint64_t bits) {
  Key key;
  if (word.empty() || word.size() > 15 || pack_word(word.data(), word.data() + word.size(), key) != word.size())
    return;  // not a word of letters the driver can look up
  if (2 * (size_ + 1) > slots_.size()) grow();
  const std::uint64_t h = hash(key);
  const std::size_t bit = filter_bit(h);
  present_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  Slot& slot = slots_[slot_of(key, h)];
  if (slot.key == Key{}) {
    slot.key = key;
    ++size_;
  }
  slot.bits |= bits;
}

FirstWordFilter::FirstWordFilter(std::span<const std::string_view> first_words) {
  for (const std::string_view w : first_words) words_.add(w, 1);
}

bool FirstWordFilter::may_start(const char* p, const char* end) const {
  std::size_t letters = 0;
  const std::uint64_t found = words_.find_at(p, end, letters);
  return letters == 0 || found != 0;  // a digit, an apostrophe or punctuation may start anything
}

std::size_t first_word_at(const char* p, const char* end, char (&word)[16]) {
  std::size_t n = 0;
  for (; p != end && n < sizeof word; ++p, ++n) {
    const char c = *p;
    if (c >= 'A' && c <= 'Z')
      word[n] = static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z')
      word[n] = c;
    else
      break;
  }
  return n;
}

bool qualified_noun_follows(const char* p, const char* end) {
  if (end - p < 2 || *p != ' ' || p[1] < 'a' || p[1] > 'z') return false;
  char word[16];
  const std::size_t letters = first_word_at(p + 1, end, word);
  if (letters == sizeof word) return true;
  const std::string_view w(word, letters);
  if (w.size() > 3 && w.ends_with("ed")) return false;
  for (const std::string_view joint :
       {"and",     "or",    "but",      "to",    "at",      "in",     "on",      "of",    "by",      "for",
        "from",    "with",  "until",    "till",  "through", "thru",   "when",    "while", "as",      "the",
        "a",       "an",    "was",      "were",  "is",      "are",    "will",    "would", "had",     "has",
        "have",    "saw",   "before",   "after", "during",  "this",   "that",    "it",    "he",      "she",
        "they",    "we",    "there",    "its",   "his",     "her",    "their",   "then",  "morning", "afternoon",
        "evening", "night", "midnight", "noon",  "onwards", "onward", "against", "into",  "so",      "if",
        "which",   "who",   "where",    "not",   "also",    "last",   "next",    "every", "each",    "brought",
        "began",   "came",  "became",   "left",  "fell",    "took",   "began",   "said",  "until"})
    if (w == joint) return false;
  return true;
}

ShortWord word_before(const char* text_begin, const char* p, const WordBeforeRules& rules) {
  using ascii::is_letter;
  const auto is_blank = [&](char c) {
    return c == ' ' || c == '\t' || (rules.across_line_breaks && (c == '\n' || c == '\r'));
  };
  while (p > text_begin && is_blank(p[-1])) --p;
  if (rules.at_sign && p > text_begin && p[-1] == '@') return ShortWord("@", 1);
  const char* const end = p;
  const std::size_t max_letters = std::min<std::size_t>(rules.max_letters, 16);
  while (p > text_begin && is_letter(p[-1]) && static_cast<std::size_t>(end - p) < max_letters) --p;
  if (rules.longer_word_is_none && p > text_begin && is_letter(p[-1])) return {};
  return ShortWord(p, static_cast<std::size_t>(end - p));
}

namespace {
// In grammar_words: the word is also a lead word (lead_words), or a word of a holiday name.
using grammar_words_detail::holiday_word_bit;
using grammar_words_detail::lead_word_bit;
using grammar_words_detail::lookahead_verb_bit;

// The words of a holiday name, lower-case ASCII letters, in order.
template <typename F>
void for_each_word(std::string_view name, F&& f) {
  while (!name.empty()) {
    std::size_t n = 0;
    while (n < name.size() && name[n] >= 'a' && name[n] <= 'z') ++n;
    if (n > 0 && !f(name.substr(0, n))) return;
    name.remove_prefix(n == 0 ? 1 : n);
  }
}

FirstWordMap make_grammar_words() {
  // A holiday name's words are read only as the name, at its first word (holiday_name_at): a word
  // no rule reads otherwise gets holiday_word_bit alone, and "the United States", "the British
  // army" go on to no rule where "the United Nations Day" does. The holidays' and the clock's first
  // words hold the names' first words (the clock's day phrase may be a holiday): those count as
  // holiday words too, the others as grammar words.
  FirstWordMap name_first_words;
  for (const HolidayName& name : holiday_names())
    for_each_word(name.name, [&](std::string_view w) {
      name_first_words.add(w, 1);
      return false;
    });
  const auto is_name_first_word = [&](std::string_view w) {
    std::size_t letters = 0;
    return name_first_words.find_at(w.data(), w.data() + w.size(), letters) != 0 && letters == w.size();
  };
  FirstWordMap words;
  for (const auto list :
       {calendar_first_words, relative_first_words, ranges_first_words, durations_first_words, casual_first_words()})
    for (const std::string_view w : list) words.add(w, 1);
  for (const auto list : {clock_first_words(), holidays_first_words()})
    for (const std::string_view w : list) words.add(w, is_name_first_word(w) ? holiday_word_bit : 1);
  for (const std::string_view w : inner_words) words.add(w, 1);
  for (const std::string_view w : lights_turn_words) words.add(w, 1);
  for (const std::string_view w : decade_words) words.add(w, 1);
  for (const std::string_view w : zone_name_words) words.add(w, 1);
  for (const std::string_view w : lookahead_words) words.add(w, 1);
  for (const std::string_view w : lookahead_verbs) words.add(w, lookahead_verb_bit);
  for (const std::string_view w : stage_words) words.add(w, 1);
  for (const std::string_view w : lead_word_list) words.add(w, lead_word_bit);
  for (char c = 'a'; c <= 'z'; ++c) words.add(std::string_view(&c, 1), 1);  // "Q3", "3 p m", "a.m."
  const auto is_lead_word = [](std::string_view w) {
    return std::find(lead_word_list.begin(), lead_word_list.end(), w) != lead_word_list.end();
  };
  for (const HolidayName& name : holiday_names()) {
    // A name that begins with lead words ("New Brunswick Day") starts where the driver sees them:
    // the word after them counts as a grammar word, so that they go on to it.
    bool leading = true, after_lead = false;
    for_each_word(name.name, [&](std::string_view w) {
      const bool lead = leading && is_lead_word(w);
      words.add(w, after_lead && !lead ? 1 : holiday_word_bit);
      after_lead = lead;
      leading = lead;
      return true;
    });
  }
  return words;
}

}  // namespace

const FirstWordMap& grammar_words_detail::grammar_words() {
  static const FirstWordMap words = make_grammar_words();
  return words;
}

bool is_grammar_word(std::string_view word) {
  std::size_t letters = 0;
  constexpr std::uint64_t read = 1 | grammar_words_detail::lookahead_verb_bit;
  return (grammar_words_detail::grammar_words().find_at(word.data(), word.data() + word.size(), letters) & read) != 0 &&
         letters == word.size();
}

namespace {
FirstWordMap make_token_words() {
  FirstWordMap words;
  const auto add = [&](std::span<const std::string_view> list, std::uint64_t classes) {
    for (const std::string_view w : list) words.add(w, classes);
  };
  add(months, tok::month);
  add(weekdays, tok::weekday);
  add(ordinals, tok::ordinal);
  add(decade_words, tok::decade_word);
  add(century_words, tok::decade_word);
  add(numbers, tok::number);
  add(seasons, tok::season);
  add(units, tok::unit);
  add(glued_long_units, tok::unit);
  add(directions, tok::direction);
  add(hedges, tok::hedge);
  add(hedge_leads, tok::hedge_lead);
  add(deictic_words, tok::deictic);
  add(modifier_words, tok::modifier);
  // "at sunset on Friday", "dawn on Monday" (rules_ranges.cpp, modifier_word).
  add(lights_turn_words, tok::modifier);
  add(stage_words, tok::stage);
  add(other_stage_words, tok::stage);
  // "financial": "the financial year"; "cy": "CY2025"; "model": "model year 2027".
  add(std::array{"fiscal"sv, "fy"sv, "full"sv, "financial"sv, "cy"sv, "model"sv}, tok::fiscal);
  // "the holiday weekend", "the bank holiday weekend" (rules_relative.cpp, the_period).
  add(std::array{"holiday"sv, "bank"sv}, tok::deictic);
  add(std::array{"q"sv, "h"sv}, tok::q_or_h);
  add(std::array{"w"sv, "iso"sv, "calendar"sv}, tok::iso_week);
  add(week_name_words, tok::iso_week);
  add(std::array{"ad"sv, "a"sv, "ce"sv}, tok::era);
  add(std::array{"half"sv, "quarter"sv}, tok::fraction);
  add(std::array{"from"sv}, tok::from);
  add(std::array{"between"sv}, tok::between);
  for (const std::string_view w : frequencies)
    if (w != "the") words.add(w, tok::set_word);
  add(plural_weekdays, tok::set_word);
  return words;
}

std::uint64_t word_classes(const char* p, const char* end, std::size_t& letters) {
  static const FirstWordMap words = make_token_words();
  const auto c = static_cast<unsigned char>(*p);
  letters = 0;
  if (c >= '0' && c <= '9') {
    const auto is_digit = [&](std::ptrdiff_t i) { return end - p > i && p[i] >= '0' && p[i] <= '9'; };
    return is_digit(1) && is_digit(2) ? tok::long_number : tok::short_number;
  }
  if (c == '\'' || (c == 0xE2 && end - p > 2 && p[1] == '\x80' && p[2] == '\x99')) return tok::apostrophe;
  if (int width = 0; is_blank(p, end, width)) return tok::blank;
  return words.find_at(p, end, letters);
}
}  // namespace

namespace {
std::uint64_t classify(const char* p, const char* end) {
  std::size_t letters = 0;
  const std::uint64_t classes = word_classes(p, end, letters);
  // "the", or "its", "their" (a determiner as rules_durations.cpp's period_of_event reads it: "its
  // ninth week"): the next token as `the_` reaches it (blanks_parser: 1..8 blanks, one line break at
  // most).
  const auto spells_at = [&](std::string_view w) {
    if (letters != w.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
      if ((p[i] | 0x20) != w[i]) return false;
    return true;
  };
  if (!spells_at("the") && !spells_at("its") && !spells_at("their")) return classes;
  const char* q = p + letters;
  int count = 0, breaks = 0, width = 0;
  while (count < 8 && is_blank(q, end, width)) {
    if (*q == '\n' && ++breaks > 1) return classes;
    q += width;
    ++count;
  }
  if (count == 0 || q == end) return classes;
  return classes | tok::after_the(word_classes(q, end, letters));
}

}  // namespace

std::uint64_t memo_detail::classify_and_remember(const char* p, const char* end) {
  if (p == end) return 0;
  if (generation == 0) return classify(p, end);
  LastClassified& last = last_classified;
  if (last.generation != generation || last.p != p || last.end != end) last = {generation, p, end, classify(p, end)};
  return last.classes;
}

#ifdef ANNALIST_CHECK_START_GATES
void gate_missed(const char* p, const char* end, std::uint64_t classes) {
  std::fprintf(stderr, "starts(%#llx) skipped an alternative that matches at \"%.*s\" (classes %#llx)\n",
               static_cast<unsigned long long>(classes), static_cast<int>(std::min<std::ptrdiff_t>(end - p, 40)), p,
               static_cast<unsigned long long>(token_classes(p, end)));
  std::abort();
}
#endif

std::span<const std::string_view> lead_words() { return lead_word_list; }

bool grammar_words_detail::initialism_at(const char* p, const char* end) {
  if (end - p < 3 || p[1] != '.' || !std::isalpha(static_cast<unsigned char>(p[2]))) return false;
  const char letter = static_cast<char>(*p | 0x20);
  return letter != 'a' && letter != 'p' && letter != 'b' && letter != 'c';
}

bool grammar_word_follows(const char* after, const char* end) {
  const char* unread_word_end = nullptr;
  return grammar_word_follows(after, end, unread_word_end);
}

bool lone_number_at(const char* p, const char* end) {
  while (p != end && *p >= '0' && *p <= '9') ++p;
  return !grammar_word_follows(p, end);
}

const char* number_end(const char* p, const char* end) {
  while (true) {
    while (p != end && *p >= '0' && *p <= '9') ++p;
    if (end - p < 2 || (*p != '.' && *p != ',') || p[1] < '0' || p[1] > '9') return p;
    ++p;
  }
}

bool no_word_after_number(const char* after, const char* end) {
  if (after == end) return true;
  const char c = *after;
  if (c == ')' || c == ';') return true;
  if (c == '.' || c == ',')
    return end - after == 1 || after[1] == ' ' || after[1] == '\n' || after[1] == '\r' || after[1] == '\t';
  return !grammar_word_follows(after, end);
}

}  // namespace annalist::timex
