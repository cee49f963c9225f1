// Rule family: durations and sets.
//   "15 years", "six months", "two-year", "5 1/2 hours", "a minute and a half", "a few days", "several years",
//   "at least 72 hours", "nearly two weeks", "the nine months", "the first nine months",
//   "years" (after "for"), "daily", "biweekly", "annually", "every Tuesday", "each year",
//   "every other week", "every other Thursday", "once a week", "twice a year", "on Tuesdays",
//   "Tuesday nights", "at weekends", "on weekdays", "weeknights",
//   "18 consecutive months", "six to eight weeks", "two full days";
//   periods of an event: "the first day", "the third evening", "the second week", "the early years".
#include <cctype>

#include "context.hpp"
#include "grammar.hpp"
#include "peer_grammar.hpp"

namespace annalist::timex {
namespace {

// Mods of a hedged amount.
const symbols<const char*> amount_hedge({{"at least", "EQUAL_OR_MORE"},
                                         {"more than", "MORE_THAN"},
                                         // "more than" only after a word that makes it so
                                         // (context.cpp: says_more_than_over)
                                         {"over", "MORE_THAN"},
                                         {"less than", "LESS_THAN"},
                                         {"fewer than", "LESS_THAN"},
                                         {"under", "LESS_THAN"},
                                         {"up to", "EQUAL_OR_LESS"},
                                         {"no more than", "EQUAL_OR_LESS"},
                                         {"at most", "EQUAL_OR_LESS"},
                                         {"about", "APPROX"},
                                         {"around", "APPROX"},
                                         {"some", "APPROX"},
                                         {"roughly", "APPROX"},
                                         {"approximately", "APPROX"},
                                         {"nearly", "APPROX"},
                                         {"almost", "APPROX"},
                                         // A hedge said more strongly is the same hedge, the words in
                                         // the tag, as WikiWars tags "a little more than a month" (but
                                         // "just" stays out, as AQUAINT tags "Just [over an hour]").
                                         {"upwards of", "MORE_THAN"},
                                         {"well over", "MORE_THAN"},
                                         {"a little over", "MORE_THAN"},
                                         {"a little more than", "MORE_THAN"},
                                         {"slightly more than", "MORE_THAN"},
                                         {"well under", "LESS_THAN"},
                                         {"a little under", "LESS_THAN"},
                                         {"a little less than", "LESS_THAN"},
                                         {"slightly less than", "LESS_THAN"},
                                         // Most of the length: "the better part of a decade".
                                         {"the better part of", "APPROX"},
                                         {"the best part of", "APPROX"}},
                                        "hedge");

// Adverbs of frequency: the period of the set, as amount and unit.
struct Period {
  double amount;
  Unit unit;
};
const symbols<Period> frequency_word({{"hourly", {1, Unit::hour}},
                                      {"daily", {1, Unit::day}},
                                      {"nightly", {1, Unit::part_of_day}},  // every night
                                      {"weekly", {1, Unit::week}},
                                      {"biweekly", {2, Unit::week}},
                                      {"fortnightly", {2, Unit::week}},
                                      {"monthly", {1, Unit::month}},
                                      {"bimonthly", {2, Unit::month}},
                                      {"semiannually", {6, Unit::month}},
                                      {"annually", {1, Unit::year}},
                                      {"yearly", {1, Unit::year}},
                                      {"biannually", {6, Unit::month}},
                                      {"biennially", {2, Unit::year}},
                                      {"triennially", {3, Unit::year}},
                                      // An adverb only (context.cpp): "quarterly results" is a report's.
                                      {"quarterly", {3, Unit::month}},
                                      {"half-yearly", {6, Unit::month}},
                                      // Hyphenated, so that "annually" alone is not read inside.
                                      {"semi-annually", {6, Unit::month}},
                                      {"bi-annually", {6, Unit::month}},
                                      {"bi-weekly", {2, Unit::week}},
                                      {"bi-monthly", {2, Unit::month}}},
                                     "frequency");

const auto duration_kind = x3::eps[act([](Meaning& m) { m.kind = Kind::duration; })];
// Vague amounts first: "a few years" is not "a" followed by "few".
// "A couple of" is two, hedged (TimeBank: "a couple of years" P2Y APPROX).
// "a quarter century", "a quarter-century", "a quarter hour": a quarter of the unit after it, as "a
// half hour" is half of one ("a quarter" alone is the unit, P1Q).
const auto a_quarter_of_unit = (word("a") >> ws >> word("quarter") >> &((ws | dash) >> unit_word))[act([](Meaning& m) {
  m.amount = 0.25;
  m.amount_explicit = true;
})];
const auto amount = a_quarter_of_unit | (x3::no_case[lexicon::vague_amount] >> word_end)[take([](Meaning& m, int n) {
                      m.amount_known = n != 0;
                      m.amount = n;
                      if (n == 2 && m.mod.empty()) m.mod = "APPROX";
                    })] |
                    (x3::no_case[lexicon::unit_fraction] >> word_end)[take([](Meaning& m, double f) {
                      m.amount = f;
                      m.amount_explicit = true;
                    })] |
                    cardinal_and_half[take([](Meaning& m, double n) {
                      m.amount = n;
                      m.amount_explicit = true;
                    })];
const auto hedge =
    (x3::no_case[amount_hedge] >> word_end)[take([](Meaning& m, const char* mod) { m.mod = mod; })] >> ws;

// "15 years", "at least 72 hours", "two-year", "the nine months", "the first nine months".
// Not ages ("a 6-year-old", "15 years old") and not fractions ("three-quarters").
const auto not_age = !((dash | ws) >> word("old"));
const auto singular_unit = x3::raw[unit_word[set_unit]][([](auto& ctx) {
  const auto& text = x3::_attr(ctx);
  const char last = *(text.end() - 1);
  if (last == 's' || last == 'S') x3::_pass(ctx) = false;
})];
// After a number other than one, or a vague amount, the unit is plural ("two years", "a few
// hours"): "the 1988 second quarter" is not 1988 seconds, and "a few hour" is not English. After a
// fraction of one it is singular ("half an hour").
const auto counted_unit = unit_word[([](auto& ctx) {
  const UnitWord w = x3::_attr(ctx);
  Meaning& m = said(ctx);
  const bool fraction = m.amount > 0 && m.amount < 1;
  if (m.amount != 1 && !fraction && !w.plural) x3::_pass(ctx) = false;
  count_unit(m, w);
})];
// Units as abstracts, lab notes and logs shorten them after a figure: "incubated for 24 h", "every
// 8 h", "treated for 7 d", "a median of 36 mo", "30 min after the dose", "up to 2 hrs", "12 wk".
// Lower case and after figures only, as "h" and "d" are letters as often ("two h", "a d" are
// none); "wks", "yrs" are unit words (lexicon.hpp) and "m" is a metre.
const symbols<Unit> unit_shortened({{"h", Unit::hour},
                                    {"hr", Unit::hour},
                                    {"hrs", Unit::hour},
                                    {"min", Unit::minute},
                                    {"mins", Unit::minute},
                                    {"sec", Unit::second},
                                    {"secs", Unit::second},
                                    {"d", Unit::day},
                                    {"wk", Unit::week},
                                    {"mo", Unit::month},
                                    {"mos", Unit::month},
                                    {"yr", Unit::year}},
                                   "shortened unit");
// Whether a figure ends at the blanks right before `first` ("24 h"): parsed after an amount and
// its blanks, so the look back of at most eight bytes stays inside the match.
struct after_figure_parser : x3::parser<after_figure_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const&, RCtx&, Attr&) const {
    It p = first;
    // Blanks, a no-break space's bytes among them.
    for (int n = 0; n < 8 && (p[-1] == ' ' || p[-1] == '\t' || static_cast<unsigned char>(p[-1]) >= 0x80); ++n) --p;
    return p != first && p[-1] >= '0' && p[-1] <= '9';
  }
};
const auto shortened_unit_after_figure = after_figure_parser{} >> (unit_shortened >> word_end)[set_unit];
const auto unit_after_count = unit_word[set_unit] | shortened_unit_after_figure;
// "a minute and a half", "two years and a half": half a unit more.
const auto unit_and_a_half = and_a_half[act([](Meaning& m) { m.amount += 0.5; })];
// A count of two or more, before a singular unit used as an adjective: "a two day rally", "a 12
// month period". Not a year ("the 1988 second quarter").
const auto adjective_count = cardinal[([](auto& ctx) {
  const double n = x3::_attr(ctx);
  if (n < 2 || n > 99 || n != static_cast<int>(n)) {
    x3::_pass(ctx) = false;
    return;
  }
  Meaning& m = said(ctx);
  m.amount = n;
  m.amount_explicit = true;
})];
// "-long" belongs to the duration ("a month-long siege", "decades-long"); "a month" alone is not it.
const auto long_suffix = (dash | ws) >> word("long");
// A run of periods without a break: "18 consecutive months", "five straight quarters". The length
// is the count's; the adjective only says the periods touch.
const auto unbroken = (word("consecutive") | word("straight") | word("successive")) >> ws;
// Whole periods, or periods added: "two full days", "a whole year", "a single day", "an additional
// year", "three extra weeks". The length is the count's.
const auto whole_or_added = (word("full") | word("whole") | word("entire") | word("single") | word("additional") |
                             word("further") | word("extra")) >>
                            ws;
// Days of one kind, counted as days: "10 business days", "five working days", "eight trading days"
// (TimeBank P8D), "30 calendar days", "12 calendar months", "14 clear days" (a notice's, the days it
// is given and takes effect left out), as laws, filings and notices count them.
// Plural only: "a calendar year", "on a business day" are kinds, no lengths. Its first letter is
// tested first, as most counts are followed by none of these (instructions).
const auto kind_of_days =
    &(x3::char_("bwtcsBWTCS")) >>
    (((word("business") | word("working") | word("trading") | word("school") | word("clear")) >> ws >> &word("days")) |
     (word("calendar") >> ws >> &(word("days") | word("weeks") | word("months") | word("years"))));
// "six to eight weeks", "two to three years": a span of lengths, tagged whole. TimeBank's rule: the
// lower count, at least ("two to three weeks" P2W, mod EQUAL_OR_MORE). The upper count must be the
// larger, so "from 9 to 5" and "3 to 4 percent" (no unit) stay out.
const auto upper_amount = cardinal[([](auto& ctx) {
  Meaning& m = said(ctx);
  if (!m.amount_explicit || x3::_attr(ctx) <= m.amount || x3::_attr(ctx) != static_cast<int>(x3::_attr(ctx))) {
    x3::_pass(ctx) = false;
    return;
  }
  if (m.mod.empty()) m.mod = "EQUAL_OR_MORE";
})];
const auto to_upper_amount = word("to") >> ws >> upper_amount >> ws;
// Adjectives ("a two-year plan", "a two day rally") are tagged without their article, as in
// TimeBank; the unhyphenated one only before the noun it qualifies.
// "in six months' time", "in a fortnight's time", "in a week's time": the length, the words
// "' time" (grammar.hpp, in_time_said) with it.
// The count is read once for "two-year", "a two day rally" and "two years": a dash or a blank
// follows it. The unhyphenated adjective is tried first, as a blank follows its count too.
const auto counted_after_blank = ws >> -to_upper_amount >> -(word("more") >> ws) >> -unbroken >> -whole_or_added >>
                                 -kind_of_days >> (counted_unit | shortened_unit_after_figure);
// The count read is one adjective_count takes: a whole number from 2 to 99.
const auto adjective_amount = x3::eps[([](auto& ctx) {
  const Meaning& m = said(ctx);
  x3::_pass(ctx) = m.amount_explicit && m.amount >= 2 && m.amount <= 99 && m.amount == static_cast<int>(m.amount);
})];
// "30-odd years", "40-plus years": about the count, or that many and more.
const auto odd_or_plus = dash >> (word("odd")[act([](Meaning& m) {
                                    if (m.mod.empty()) m.mod = "APPROX";
                                  })] |
                                  word("plus")[act([](Meaning& m) {
                                    if (m.mod.empty()) m.mod = "EQUAL_OR_MORE";
                                  })]);
// "the first nine months", "the final two weeks", "the opening three days": the units at an end of
// a period, a length (scanner.cpp dates them in the period "of" names).
// Its first letter is tested first, as most counts after "the" are figures or numbers (instructions).
const auto count_at_edge = &x3::char_("fFoOcCiI") >>
                           (word("first") | word("final") | word("opening") | word("closing") | word("initial"));
// "4.2 ± 1.3 years", "12 +/- 3 months": a mean and its spread, as abstracts give them; the length is
// the mean's (the spread alone was read as the length).
const auto spread = -ws >> (x3::lit("\xC2\xB1") | x3::lit("+/-")) >> -ws >> +x3::digit >> -('.' >> +x3::digit);
// A unit glued by a hyphen to the word after it is part of a compound that qualifies a noun: "a
// year-end bonus", "a month-end payment", "a year-round job" name no length (were "a year" P1Y).
const auto compound_after_unit = x3::lit('-') >> x3::lower;
// After "the" a count, not a fraction ("the half an hour ago" is "half an hour ago"): the
// alternative's start gate (after "the": a number, a digit, an ordinal) leaves "the half" out.
// Nor a count before "ago", whose "the" and "final" are an object's ("reached the final two years
// ago", "won the first three weeks ago": the date is "two years ago").
const auto counted = -hedge >>
                     ((the_ >> -(count_at_edge >> ws) >> !x3::no_case[lexicon::unit_fraction] >> amount >>
                       counted_after_blank >> !(ws >> word("ago"))) |
                      (amount >> ((adjective_amount >> ws >> singular_unit >> &(ws >> x3::lower)) |
                                  (dash >> singular_unit) | (odd_or_plus >> counted_after_blank) |
                                  // "2-3 weeks", "6–8 months": the span of counts with a dash;
                                  // not years joined ("the 1990-1995 years").
                                  (dash >> x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).amount < 1000; })] >>
                                   upper_amount >> counted_after_blank) |
                                  (spread >> counted_after_blank) | counted_after_blank))) >>
                     -unit_and_a_half >> not_age >> !long_suffix >> !compound_after_unit >> -in_time_said
                     >> duration_kind;
// "between 4 and 5 years", "between three and four weeks": after "between" the span of counts that
// "4 to 5 years" is, tagged without "between" as "between 4 and 5 p.m." is (parse_durations reads the
// word before); was the last count alone, or a clock range before "hours".
const auto between_counted = amount >> ws >> word("and") >> ws >> upper_amount >> ws >>
                             (counted_unit | shortened_unit_after_figure) >> not_age >> duration_kind;
// "2:30 hrs", "1:45 hours", "2:30hrs", "36:00 hours": hours and minutes written as a clock reads them,
// the unit after them: a length, PT2H30M. A 24-hour reading, with a leading zero or an hour from 13
// to 23, is a notice's clock ("00:01 hrs", "14:00 hours": rules_clock.cpp); so is any after "at",
// "by", "until", "till" (parse_durations).
// "1h30m", "2h 30m", "1h30min": hours and minutes by their letters, as logs and schedules write a
// length ("1h30" alone is the h-notation's clock time, 01:30).
const auto hours_and_minutes = [](auto& ctx) {
  const auto& a = x3::_attr(ctx);
  Meaning& m = said(ctx);
  m.kind = Kind::duration;
  m.amount = boost::fusion::at_c<0>(a) * 60 + boost::fusion::at_c<1>(a);
  m.amount_explicit = true;
  m.unit = Unit::minute;
  m.coarsest_unit = Unit::hour;
};
const auto hour_of_length = (&x3::char_("1-9") >> number<1, 99, 1, 2>)[([](auto& ctx) {
  const int h = x3::_attr(ctx);
  x3::_pass(ctx) = h <= 12 || h >= 24;
  x3::_val(ctx) = h;
})];
const auto clock_written_length =
    (as<int>(hour_of_length) >> x3::lit(':') >> number<0, 59, 2, 2> >> -ws >>
     (folded_lit("hours") | folded_lit("hour") | folded_lit("hrs") | folded_lit("hr")) >> word_end)[hours_and_minutes] |
    (number<0, 99, 1, 2> >> folded_lit("h") >> -ws >> number<0, 59, 1, 2> >> -ws >>
     (folded_lit("mins") | folded_lit("min") | folded_lit("m")) >> word_end)[hours_and_minutes];
// "another year", "for another four weeks", "another seven months" (WikiWars tags the whole): the
// length added, as "an additional year" is (was untagged, or the count alone).
const auto another = word("another") >> ws >>
                     ((amount >> ws >> -whole_or_added >> counted_unit) |
                      (x3::eps[act([](Meaning& m) { m.amount = 1; })] >> singular_unit >>
                       // "Another quarter of voters", "another quarter said": a fraction as often.
                       x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).unit != Unit::quarter; })])) >>
                     not_age >> !long_suffix >> duration_kind;
// "month-long", "decades-long", "two-week-long", "3 year long", "an hour long meeting": a length as
// an adjective. A unit alone is one of it ("month-long": P1M), a plural some ("decades-long": PXDE).
const auto long_unit = x3::raw[unit_word[set_unit]][([](auto& ctx) {
  const auto& text = x3::_attr(ctx);
  const char last = *(text.end() - 1);
  Meaning& m = said(ctx);
  if (!m.amount_explicit && (last == 's' || last == 'S')) m.amount_known = false;
})];
// Without a number, "long" after a blank is mostly the adverb: "the days long gone", "for days long",
// "a year long past". There only a singular unit before the noun it qualifies is a length ("an hour
// long meeting"); a plural needs its hyphen ("decades-long").
const auto long_adverb = ws >> (word("ago") | word("past") | word("before") | word("after"));
const auto singular_long_before_noun = singular_unit >> ws >> word("long") >> &(ws >> x3::lower);
// Whether "long", in either case, lies within the next three blank-
// separated runs: every length above has it as its second or third word ("3 year long", "month-
// long", "an hour long meeting"). A cheap look before the count and unit are parsed, as most numbers
// and units are followed by no "long".
bool long_ahead(const char* first, const char* last) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  // Three words are short: a bounded look keeps a text without blanks linear (bench/robustness).
  constexpr std::ptrdiff_t reach = 96;
  if (last - first > reach) last = first + reach;
  int runs = 0;
  for (const char* p = first; p != last; ++p) {
    if (blank(*p)) {
      if (++runs > 3) return false;
      while (p + 1 != last && blank(p[1])) ++p;
      continue;
    }
    if ((*p | 0x20) == 'l' && last - p >= 4 && (p[1] | 0x20) == 'o' && (p[2] | 0x20) == 'n' && (p[3] | 0x20) == 'g')
      return true;
  }
  return false;
}
// "a yearlong pause", "the weeklong talks", "a daylong meeting": the unit and "long" written as one
// word, as American news style writes them; one unit's length, as "year-long" is (P1Y).
const symbols<UnitWord> glued_long_unit({{"hourlong", Unit::hour},
                                         {"daylong", Unit::day},
                                         {"weeklong", Unit::week},
                                         {"monthlong", Unit::month},
                                         {"yearlong", Unit::year},
                                         {"decadelong", Unit::decade}},
                                        "unit glued to long");
const auto lasting = look_ahead_parser<long_ahead>{} >>
                     ((adjective_count >> (dash | ws) >> long_unit >> long_suffix) |
                      (x3::no_case[glued_long_unit][set_unit] >> word_end) | (long_unit >> dash >> word("long")) |
                      // "a month-and-a-half long offensive": half a unit more (P1.5M).
                      (long_unit >> unit_and_a_half >> (dash | ws) >> word("long")) | singular_long_before_noun) >>
                     !long_adverb >> duration_kind;
// "years" after "for"/"over": a vague duration (the driver checks the preposition).
const auto bare_plural = x3::raw[unit_word[set_unit]][([](auto& ctx) {
  const auto& text = x3::_attr(ctx);
  const char last = *(text.end() - 1);
  if (last != 's' && last != 'S') {
    x3::_pass(ctx) = false;
    return;
  }
  Meaning& m = said(ctx);
  m.kind = Kind::duration;
  m.amount_known = false;
  m.needs_for = true;
})];

// "over the years", "over the decades": a stretch of unknown length up to now, as TimeBank tags
// "the years" PXY (context.cpp admits it after "over" only).
const auto the_bare_plural = the_ >> bare_plural;

// ---- Periods of an event, counted from its start or its end: "the first day of the war", "the
// seventh day", "the third evening", "the final day of the battle", "the second week", "the first
// year of the war", "the early years", "the first hours", "the last days of this battle", "the
// intervening years" ("the succeeding months" is rules_relative.cpp's "the following months").
// TimeML tags the temporal phrase without its event ("the second day" of an offensive, "the first
// hours" of the ground war), so the match ends at the unit.
// A day, or a part of one, is a day of the calendar whose date the text may not give
// (Meaning::day_of_event); a longer unit counts from the event's start, not from a calendar week,
// month or year, so its value is its length (P1W, P1Y); a plural is some of them (PXD, PXY).
const auto day_of_event = [](Meaning& m) {
  m.kind = Kind::relative;
  m.unit = Unit::day;
  m.direction = Direction::current;
  m.anchor = Anchor::reference;
  m.amount = 0;
  m.day_of_event = true;
};
// Units an event is counted in; a quarter, a season, a century have calendar readings of their
// own ("the third quarter", "the first century").
bool counts_event(Unit u) {
  return u == Unit::hour || u == Unit::day || u == Unit::week || u == Unit::month || u == Unit::year ||
         u == Unit::decade;
}
const auto event_unit = unit_word[([](auto& ctx) {
  const UnitWord w = x3::_attr(ctx);
  Meaning& m = said(ctx);
  count_unit(m, w);
  if (!counts_event(m.unit)) {
    x3::_pass(ctx) = false;
  } else if (w.plural) {
    m.kind = Kind::duration;
    m.amount_known = false;
  } else if (m.unit == Unit::day) {
    day_of_event(m);
  } else {
    m.kind = Kind::duration;  // one unit word's length ("the second week" P1W, "the first fortnight" P2W)
    m.amount = 1;
  }
})];
const auto part_of_event_day = part_of_day_name[take([](Meaning& m, int part) {
  day_of_event(m);
  m.point.part_of_day = part;
})];
// Only some of them: "the early years", "the intervening years", "the later years" (a singular
// is another phrase: "the early morning" is a part of a day, "the later date" no date).
const auto some_event_units = event_unit >> x3::eps[([](auto& ctx) {
                                const Meaning& m = said(ctx);
                                x3::_pass(ctx) = m.kind == Kind::duration && !m.amount_known;
                              })];
// Where in the event: a day or some units ("the final day", "the opening weeks"), or only some
// units ("the intervening years").
const auto stage_of_any = word("final") | word("opening") | word("closing") | word("initial");
const auto stage_of_some = word("later") | word("latter") | word("intervening");
// "the early hours" are those of a night or morning, no period of an event ("the first hours" are).
const auto early_stage = (word("early") | word("earliest")) >> ws >> some_event_units >>
                         x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).unit != Unit::hour; })];
// "the last days of this battle", "the last month of World War II": before "of" an event, "last"
// is "final" ("the last days" alone are recent ones, rules_relative.cpp).
const auto of_ahead = &(ws >> word("of"));
// Not where "of" names a time ("the early hours of Thursday", "the first day of March", "the
// last week of the year"): that time is the expression, or the longer rule's.
// Nor inside a chain of them ("the eleventh hour of the eleventh day of the eleventh month"), a
// time of a calendar day and month rather than of an event, nor a day of every period ("the first
// day of each month": a recurring day, no day of the document's: grammar.hpp, of_every_period).
const auto time_after_of =
    of_every_period |
    (ws >> word("of") >> ws >>
     (calendar_sub | relative_sub | (the_ >> (ordinal | stage_of_any) >> ws >> (unit_word | part_of_day_name)) |
      (-the_ >> part_of_day_name)));
// Nor a day counted from an event the phrase names ("enters into force on the twentieth day following
// its publication", "the third day after the vote"): that day is no date of the document's.
const auto day_after_named_event = (x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).day_of_event; })] >> ws >>
                                    (word("following") | word("after"))) |
                                   // "the first month beginning after enactment": fixed by the event.
                                   (ws >> (word("beginning") | word("starting") | word("commencing")) >> ws >>
                                    (word("after") | word("on") | word("with")));
// Nor an ordinal counting a run ("for the fourth week running", "the third week in a row"): how
// many times, as "the third straight week" says it, no period.
const auto counts_a_run = ws >> (word("running") | (word("in") >> ws >> word("a") >> ws >> word("row")));
// Nor a capitalised ordinal and unit, a name ("the Fourth Decade for the Eradication of
// Colonialism", "the Second Decade of Education for Africa"); "the Twentieth Century" is the
// calendar's century.
// "its ninth week", "in their third day": the period of the event the determiner's noun is ("The
// strike entered its ninth week" P1W, as "the ninth week" of the strike).
const auto its_or_their = (word("its") | word("their")) >> ws;
const auto named_ordinal_unit = (the_ | its_or_their) >> &x3::upper >> ordinal >> ws >> x3::upper;
const auto period_of_event = !named_ordinal_unit >> (the_ | its_or_their) >>
                             (((ordinal | stage_of_any) >> ws >> (part_of_event_day | event_unit)) |
                              (stage_of_some >> ws >> some_event_units) | early_stage |
                              (word("last") >> ws >> (part_of_event_day | event_unit) >> of_ahead)) >>
                             !dash >> !time_after_of >> !day_after_named_event >> !counts_a_run;

// ---- Sets.
const auto set_kind = x3::eps[act([](Meaning& m) { m.kind = Kind::set; })];
// An adverb of frequency says once in each period ("daily": once a day), as TimeBank writes it
// (P1D freq 1X); "nightly" is once each night, as "every night" is.
constexpr int night = 3;  // lexicon::part_of_day
const auto frequency_period = (x3::no_case[frequency_word] >> word_end)[take([](Meaning& m, const Period& p) {
  m.amount = p.amount;
  m.unit = p.unit;
  if (p.unit == Unit::part_of_day) m.point.part_of_day = night;
})];
const auto frequency = frequency_period >> x3::eps[act([](Meaning& m) { m.times_per_period = 1; })] >> set_kind;
// "on Tuesdays", "Sunday mornings", "Tuesday nights", "at weekends": a weekday, a part of one or
// the weekend said in the plural recurs (TimeBank's "Tuesday nights": XXXX-WXX-2TNI).
// "Thursdays through Saturdays", "Mondays-Fridays", as listings write them: the weekdays from one to
// the other, its range the two ends, as "every Monday-Friday" (every_weekday_range_end).
const auto weekday_range_joiner = (-ws >> dash >> -ws) | (ws >> (word("to") | word("through") | word("thru")) >> ws);
const auto plural_weekday_name = x3::no_case[lexicon::weekday_full] >> folded_lit("s") >> word_end;
const auto plural_weekday =
    plural_weekday_name[to_point<&CalendarFields::weekday>] >>
    -(weekday_range_joiner >> plural_weekday_name[to_end<&CalendarFields::weekday>]) >> set_kind;
const auto weekday_parts = weekday_name[to_point<&CalendarFields::weekday>] >> ws >>
                           (x3::no_case[lexicon::part_of_day] >> folded_lit("s") >>
                            word_end)[to_point<&CalendarFields::part_of_day>] >>
                           set_kind;
const auto weekends =
    (word("weekends") | word("wkends")) >> x3::eps[act([](Meaning& m) { m.unit = Unit::weekend; })] >> set_kind;
// "on weekdays", "weekday mornings", "weeknights": Monday to Friday, as "every Monday-Friday" is
// (TimeML has no token for them as TIMEX2's WE is for the weekend); a weeknight is a weekday's night.
const auto monday_to_friday = x3::eps[act([](Meaning& m) {
  m.point.weekday = 1;
  m.has_range_end = true;
  m.range_end.weekday = 5;
  m.working_week = true;
})];
const auto weekdays_set =
    ((word("weekdays") >> monday_to_friday) |
     (word("weeknights") >> monday_to_friday >> x3::eps[act([](Meaning& m) { m.point.part_of_day = night; })]) |
     (word("weekday") >> monday_to_friday >> ws >>
      (x3::no_case[lexicon::part_of_day] >> folded_lit("s") >> word_end)[to_point<&CalendarFields::part_of_day>])) >>
    set_kind;
// "every Monday-Friday", "every Monday to Friday": the set of the weekdays from one to the other,
// its range the two ends (XXXX-WXX-1..XXXX-WXX-5).
const auto every_weekday_range_end = weekday_range_joiner >> weekday_name[to_end<&CalendarFields::weekday>];
// "every Tuesday", "each July", "every summer", "each year", "every other week", "every two months",
// "every morning".
// The quantifier said, as TimeML's quant writes it.
const auto quantifier =
    word("every")[act([](Meaning& m) { m.quant = "EVERY"; })] | word("each")[act([](Meaning& m) { m.quant = "EACH"; })];
// A day of the calendar said without its year ("15 March", "July 4", "the 4th of July"): with a
// quantifier it is that day of any year (XXXX-03-15), as "each July" is XXXX-07.
const auto yearless_day = as<Meaning>(calendar_sub)[([](auto& ctx) {
  const Meaning& day = x3::_attr(ctx);
  const CalendarFields& p = day.point;
  Meaning& m = said(ctx);
  x3::_pass(ctx) = day.kind == Kind::calendar && !day.has_range_end && p.year == unset && p.month != unset &&
                   p.day != unset && p.weekday == unset && p.hour == unset && !p.order_open;
  m.point.month = p.month;
  m.point.day = p.day;
})];
// "by 15 March of each year", "30 June every year": a yearly deadline (XXXX-03-15 quant EACH);
// "April every year", a month capitalised (not the verbs "may", "march"): XXXX-04.
const auto capitalised_month = &x3::upper >> month_full[to_point<&CalendarFields::month>];
const auto yearly_day = (yearless_day | capitalised_month) >> every_year;
// A holiday said alone ("Christmas", "Thanksgiving", "Christmas morning"): with a quantifier it is
// that holiday in any year, a set as "each July" is (normalize_peers.cpp). Not one said with its
// year, a direction or a noun of its own ("every Thanksgiving weekend"), nor one qualifying a noun
// ("every Christmas market", "each Easter egg": the quantifier counts the things); a failed one
// leaves no holiday behind for the month after it ("every May Day parade").
// A verb after the holiday makes it the subject, every year's ("Every Christmas brings new toys").
bool no_noun_ahead(const char* first, const char* last) {
  const std::string_view ahead(first, static_cast<std::size_t>(last - first));
  return !noun_follows(ahead, 0) || quantified_subject_verb_follows(ahead, 0);
}
constexpr family_parser holiday_sub{parse_holidays};
const auto holiday_alone = (holiday_sub[([](auto& ctx) {
                              const Meaning& h = x3::_attr(ctx);
                              x3::_pass(ctx) = h.holiday != unset && h.kind == Kind::calendar &&
                                               h.point.year == unset && h.relative_year == unset &&
                                               h.direction == Direction::by_tense && !h.point.weekend &&
                                               h.neighbour_unit == Unit::none && h.point.hour == unset;
                              if (!x3::_pass(ctx)) return;
                              Meaning& m = said(ctx);
                              m.holiday = h.holiday;
                              m.point.part_of_day = h.point.part_of_day;
                            })] >>
                            look_ahead_parser<no_noun_ahead>{}) |
                           (x3::eps[act([](Meaning& m) {
                              m.holiday = unset;
                              m.point.part_of_day = unset;
                            })] >>
                            !x3::eps);

// An ordinal up to the twelfth opens with one of these bytes or a digit: tested before the ordinal
// rule at every "every" and "each" ("each other", "each of": speed).
const auto may_open_ordinal = &(x3::digit | x3::no_case[x3::char_("stfen")]);
// "every other Thursday", "every second Tuesday", "every third Friday": the weekday of every second
// or third week (value XXXX-WXX-4, freq 2W, 3W). "every first Monday" is the month's first, once a
// month (freq 1M).
const auto weeks_apart =
    word("other")[act([](Meaning& m) { m.weeks_apart = 2; })] | may_open_ordinal >> ordinal[([](auto& ctx) {
                                                                  const int n = x3::_attr(ctx);
                                                                  x3::_pass(ctx) = n <= 5;
                                                                  said(ctx).weeks_apart = static_cast<signed char>(n);
                                                                  said(ctx).once_a_month = n == 1;
                                                                })];
// "every second Tuesday of the month", "the first Monday of every month": the ordinal picks the
// weekday's occurrence in each month, which TimeML's value cannot say; the set is the weekday's,
// once a month (XXXX-WXX-2 freq 1M).
const auto once_a_month = x3::eps[act([](Meaning& m) {
  m.once_a_month = true;
  m.weeks_apart = 0;
})];
const auto of_the_month = ws >> word("of") >> ws >> the_ >> word("month") >> once_a_month;
// "every second week", "every third year": the unit's length, the step (P2W, P3Y), as "every
// other week" is; not "every second" alone, the unit (looked at before the amount is set, which
// a failed alternative would leave behind).
const auto step_ordinal = ordinal[([](auto& ctx) {
  const int n = x3::_attr(ctx);
  x3::_pass(ctx) = n >= 2 && n <= 12;
  said(ctx).amount = n;
})];
const auto every =
    quantifier >> ws >>
    (-(weeks_apart >> ws) >> weekday_name[to_point<&CalendarFields::weekday>] >>
         // "every Monday night": that part of each Monday (XXXX-WXX-1TNI).
         (of_the_month | every_weekday_range_end | -(ws >> part_of_day_name[to_point<&CalendarFields::part_of_day>])) |
     // "every weekday", "each weeknight": Monday to Friday, as "on weekdays".
     (word("weekday") >> monday_to_friday >> -(ws >> part_of_day_name[to_point<&CalendarFields::part_of_day>])) |
     (word("weeknight") >> monday_to_friday >> x3::eps[act([](Meaning& m) { m.point.part_of_day = night; })]) |
     // "every July 4", "each 1 April", "every 4th of July": a yearly date.
     // "every Christmas", "each Thanksgiving".
     // Not the month a holiday's name begins with ("every May Day parade").
     yearless_day | holiday_alone | (!holiday_sub >> month_full[to_point<&CalendarFields::month>]) |
     season_name[to_point<&CalendarFields::season>] | part_of_day_name[take([](Meaning& m, int part) {
       m.point.part_of_day = part;
       m.unit = Unit::part_of_day;
     })] |
     (may_open_ordinal >> &(ordinal >> ws >> unit_word) >> step_ordinal >> ws >> unit_word[set_unit]) |
     // "every 4 to 6 hours": the lower count, at least, as "six to eight weeks" is; "every half
     // hour": half the unit (PT30M), as "half an hour" is.
     (-((word("other")[act([](Meaning& m) { m.amount = 2; })] >> ws) |
        (word("half")[act([](Meaning& m) {
           m.amount = 0.5;
           m.amount_explicit = true;
         })] >>
         (ws | dash)) |
        // "every quarter hour": a quarter of the unit (PT15M); "every quarter" alone is the quarter.
        (word("quarter") >> (ws | dash) >> &unit_word)[act([](Meaning& m) {
          m.amount = 0.25;
          m.amount_explicit = true;
        })] |
        (amount >> ws >> -to_upper_amount)) >>
      -(fiscal_word >> ws) >> unit_after_count)) >>  // "each fiscal year", "every tax year"
    set_kind;
// "on alternate days", "alternate weeks": every other one (P2D, P2W), as "every other week" is.
const auto alternate_units = word("alternate") >> ws >> x3::eps[act([](Meaning& m) { m.amount = 2; })] >>
                             x3::raw[unit_word[set_unit]][([](auto& ctx) {
                               const auto& text = x3::_attr(ctx);
                               x3::_pass(ctx) = (*(text.end() - 1) | 0x20) == 's';
                             })] >>
                             set_kind;
// Whether the third word from `first` ends in "day", as a weekday does ("the first Monday of"): a
// byte test before monthly_weekday, tried at every "the" and an ordinal (speed).
bool weekday_third_ahead(const char* first, const char* last) {
  if (last - first > 40) last = first + 40;
  const char* p = first;
  for (int word = 0; word < 2; ++word) {
    while (p < last && *p != ' ') ++p;
    while (p < last && *p == ' ') ++p;
  }
  const char* end = p;
  while (end < last && std::isalpha(static_cast<unsigned char>(*end))) ++end;
  return end - p >= 6 && (end[-3] | 0x20) == 'd' && (end[-2] | 0x20) == 'a' && (end[-1] | 0x20) == 'y';
}
const auto monthly_weekday = the_ >> (ordinal | word("last")) >> ws
                             >> weekday_name[to_point<&CalendarFields::weekday>] >> ws >> word("of") >> ws >> quantifier
                             >> ws >> word("month") >> once_a_month >> set_kind;
// "the first business day of each month", "the last working day of every month", "the 15th of each
// month", "the first of every month": a day of any month, once a month (XXXX-XX, XXXX-XX-15); a day
// counted among days of a kind leaves the day unknown.
bool month_ahead(const char* first, const char* last) {
  if (last - first > 48) last = first + 48;
  return std::string_view(first, static_cast<std::size_t>(last - first)).find("month") != std::string_view::npos;
}
const auto kind_of_day = word("business") | word("working") | word("trading");
const auto forget_day = x3::eps[act([](Meaning& m) { m.point.day = unset; })];
const auto monthly_day = the_ >>
                         ((ordinal[([](auto& ctx) {
                             x3::_pass(ctx) = x3::_attr(ctx) <= 31;
                             said(ctx).point.day = x3::_attr(ctx);
                           })] >>
                           ws >> ((kind_of_day >> ws >> word("day") >> forget_day >> ws) | -(word("day") >> ws))) |
                          ((word("last") | word("final")) >> ws >> -(kind_of_day >> ws) >> word("day") >> ws)) >>
                         word("of") >> ws >> quantifier >> ws >> word("month") >> once_a_month >> set_kind;
// "the first week of every quarter", "the last week of each month": a week of any such period, once
// in each: as "the first business day of each month" is, XXXX-XX for a month (the week stays in the
// text), and the quarter's set for a quarter (P1Q), the phrase one SET (were "every quarter" alone).
bool week_of_ahead(const char* first, const char* last) {
  if (last - first > 32) last = first + 32;
  return std::string_view(first, static_cast<std::size_t>(last - first)).find(" week of ") != std::string_view::npos;
}
const auto periodic_week =
    the_ >> (ordinal[([](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) <= 5; })] | word("last") | word("final")) >> ws >>
    word("week") >> ws >> word("of") >> ws >> quantifier >> ws >>
    ((word("month") >> once_a_month) | word("quarter")[act([](Meaning& m) {
       m.unit = Unit::quarter;
       m.amount = 1;
     })]) >>
    set_kind;
// "once a week", "twice a year", "three times a month", "twice daily", "once every two weeks".
// A span of counts is the lower one, as a span of lengths is ("two to three times a week",
// "once or twice a year": 2X, 1X); a hedge is in the tag but sets no mod, which would bound the
// period, not the count ("at least once a month": P1M 1X).
const auto times_count = cardinal[take([](Meaning& m, double n) {
  // "2.5 times a year" has no whole count for freq (range checked before the cast).
  if (n >= 1 && n <= 1e6 && n == static_cast<int>(n)) m.times_per_period = static_cast<int>(n);
})];
// The upper count of a span, larger than the lower.
const auto more_times = (word("twice") >> x3::attr(2.0)) | cardinal;
const auto upper_times =
    ws >> (word("to") | word("or")) >> ws
    >> as<double>(more_times)[([](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) > said(ctx).times_per_period; })];
const auto hedge_of_times = (x3::no_case[amount_hedge] >> word_end) >> ws;
const auto times_per = -hedge_of_times >>
                       ((word("once")[act([](Meaning& m) { m.times_per_period = 1; })] >> -upper_times) |
                        word("twice")[act([](Meaning& m) { m.times_per_period = 2; })] |
                        (times_count >> -upper_times >> ws >> word("times"))) >>
                       ws >> (((word("a") | word("an") | word("per")) >> ws >> unit_word[set_unit]) |
                              (quantifier >> ws >> -(amount >> ws) >> unit_word[set_unit]) |  // "once every two weeks"
                              frequency_period)                                               // "twice daily": P1D 2X
                       >> set_kind;

// "per day", "per year": the period of a rate ("10,000 tons per month"), as TIMEX2 annotates it.
// Not a clock unit ("miles per hour" is a speed).
const auto per_period = word("per") >> ws >> singular_unit[([](auto& ctx) {
                          if (said(ctx).unit <= Unit::hour) x3::_pass(ctx) = false;
                        })] >>
                        set_kind;

// Each alternative tried only where its first part can start (grammar.hpp, `starts`).
const auto duration_expression =
    starts(tok::number | tok::digit | tok::unit)[fresh >> lasting] |
    starts(tok::after_the(tok::ordinal | tok::short_number | tok::stage))[fresh >> period_of_event] |
    starts(tok::set_word)[fresh >> every] |
    starts(tok::after_the(tok::ordinal |
                          tok::stage))[look_ahead_parser<weekday_third_ahead>{} >> fresh >> monthly_weekday] |
    starts(tok::after_the(tok::ordinal | tok::digit |
                          tok::stage))[look_ahead_parser<month_ahead>{} >> fresh >> monthly_day] |
    starts(tok::after_the(tok::ordinal | tok::stage))[look_ahead_parser<week_of_ahead>{} >> fresh >> periodic_week] |
    starts(tok::month | tok::digit)[fresh >> yearly_day] |
    starts(tok::set_word | tok::digit | tok::number | tok::hedge | tok::hedge_lead)[fresh >> times_per] |
    starts(tok::hedge | tok::hedge_lead | tok::number | tok::digit | tok::fraction |
           tok::after_the(tok::number | tok::digit | tok::ordinal | tok::hedge_lead | tok::stage))[fresh >> counted] |
    starts(tok::digit)[fresh >> clock_written_length] | starts(tok::hedge)[fresh >> another] |
    starts(tok::set_word)[fresh >> frequency] | starts(tok::set_word)[fresh >> per_period] |
    starts(tok::set_word)[fresh >> alternate_units] | starts(tok::set_word)[fresh >> plural_weekday] |
    starts(tok::weekday)[fresh >> weekday_parts] | starts(tok::unit)[fresh >> weekends] |
    starts(tok::set_word)[fresh >> weekdays_set] | starts(tok::unit)[fresh >> bare_plural] |
    starts(tok::after_the(tok::unit))[fresh >> the_bare_plural];

// Whether "and" follows the word or number at span.start: a bounded look (a word is short).
bool and_follows_first_word(const Span& span) {
  const char* p = span.start;
  const char* last = span.text_end - span.start > 40 ? span.start + 40 : span.text_end;
  while (p != last && std::isalnum(static_cast<unsigned char>(*p))) ++p;
  if (p == span.start || p == last || *p != ' ') return false;
  ++p;
  return last - p > 4 && p[0] == 'a' && p[1] == 'n' && p[2] == 'd' && p[3] == ' ';
}

}  // namespace

const char* parse_durations(const Span& span, Meaning& meaning) {
  // "at 2100 hours", "around 0430 hours" are times (rules_clock.cpp), here or after a hedge word
  // ("around", "about", "approximately"). Tested only where a number or such a word starts.
  const char first = span.start != span.text_end ? *span.start : ' ';
  if (first >= '0' && first <= '9') {
    if (military_time_at(span) || hhmm_range_at(span)) return nullptr;
    // "at 9:30 hrs", "by 5:30 hours": a notice's clock, no length.
    const char* colon = span.start + 1;
    if (colon != span.text_end && *colon != ':') ++colon;
    if (colon < span.text_end && *colon == ':') {
      const ShortWord before = word_before(span);
      if (before == "at" || before == "by" || before == "until" || before == "till") return nullptr;
    }
  } else if (first == 'a' || first == 'A') {
    const char* number = span.start;
    while (number != span.text_end && std::isalpha(static_cast<unsigned char>(*number))) ++number;
    if (number != span.text_end && *number == ' ') ++number;
    if (number != span.text_end && *number >= '0' && *number <= '9' &&
        military_time_at(Span{span.text_begin, number, span.text_end}))
      return nullptr;
  }
  if (!gates_open(duration_expression, span)) return nullptr;
  const char* end = run(duration_expression, span, meaning);
  if (end != nullptr && meaning.kind == Kind::set) end = clock_after_set(span, end, meaning);
  // "between 4 and 5 years": only after "between" ("aged 4 and 5 years" are two ages), and only where
  // "and" follows a figure or a word a number in words can begin with (one, two, four, six, eight,
  // nine...) and nothing else was read (speed: the word before is read at few spans).
  if (end == nullptr &&
      ((first >= '0' && first <= '9') || std::string_view("otfsenOTFSEN").find(first) != std::string_view::npos) &&
      and_follows_first_word(span) && word_before(span) == "between") {
    Meaning span_of_counts;
    if (const char* counts_end = run(fresh >> between_counted, span, span_of_counts);
        counts_end != nullptr && (end == nullptr || counts_end > end)) {
      meaning = span_of_counts;
      return counts_end;
    }
  }
  return end;
}

}  // namespace annalist::timex
