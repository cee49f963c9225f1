// Rule family: deictic and anaphoric expressions.
//   "today", "yesterday", "now", "recently", "the future", "last month", "this week",
//   "the previous year", "next January", "last Friday", "this morning", "two years ago",
//   "a year earlier", "three days later", "earlier this year", "later that month",
//   "June last year", "recent years", "the past two months" (a duration), "that day".
#include "family_memo.hpp"
#include "grammar.hpp"

namespace annalist::timex {
namespace {

// Direction and anchor of a relative word, packed: direction * 2 + anchor, plus `coming_word` for
// "coming", "upcoming" (Meaning::coming).
constexpr int coming_word = 1 << 8;
constexpr int pack(Direction d, Anchor a) { return static_cast<int>(d) * 2 + static_cast<int>(a); }
void unpack(Meaning& m, int code) {
  m.coming = (code & coming_word) != 0;
  code &= coming_word - 1;
  m.direction = static_cast<Direction>(code / 2);
  m.anchor = code % 2 == 0 ? Anchor::document : Anchor::reference;
}

const symbols<int> direction_word({{"last", pack(Direction::previous, Anchor::document)},
                                   {"past", pack(Direction::previous, Anchor::document)},
                                   {"this past", pack(Direction::previous, Anchor::document)},
                                   {"latest", pack(Direction::previous, Anchor::document)},
                                   {"previous", pack(Direction::previous, Anchor::reference)},
                                   {"preceding", pack(Direction::previous, Anchor::reference)},
                                   {"prior", pack(Direction::previous, Anchor::reference)},
                                   {"next", pack(Direction::next, Anchor::document)},
                                   {"coming", pack(Direction::next, Anchor::document) | coming_word},
                                   {"this coming", pack(Direction::next, Anchor::document) | coming_word},
                                   {"upcoming", pack(Direction::next, Anchor::document) | coming_word},
                                   {"following", pack(Direction::next, Anchor::reference)},
                                   {"ensuing", pack(Direction::next, Anchor::reference)},
                                   {"succeeding", pack(Direction::next, Anchor::reference)},
                                   {"subsequent", pack(Direction::next, Anchor::reference)},
                                   {"this", pack(Direction::current, Anchor::document)},
                                   {"current", pack(Direction::current, Anchor::document)},
                                   {"present", pack(Direction::current, Anchor::document)},
                                   {"that", pack(Direction::current, Anchor::reference)},
                                   {"same", pack(Direction::current, Anchor::reference)},
                                   {"that same", pack(Direction::current, Anchor::reference)},
                                   {"this same", pack(Direction::current, Anchor::reference)}},
                                  "direction word");

// Deictic days: offset in days from the DCT.
const symbols<int> deictic_day({{"today", 0},
                                {"tomorrow", 1},
                                {"yesterday", -1},
                                {"the day before yesterday", -2},
                                {"the day after tomorrow", 2},
                                // The possessive typed without its apostrophe: "tomorrows meeting".
                                {"todays", 0},
                                {"tomorrows", 1},
                                {"yesterdays", -1},
                                // As messages and notes shorten it: "will reply tmrw".
                                {"tmrw", 1}},
                               "deictic day");

// Vague references: 0 PRESENT_REF, 1 PAST_REF, 2 FUTURE_REF.
const symbols<int> vague_reference({{"now", 0},
                                    {"currently", 0},
                                    {"nowadays", 0},
                                    {"presently", 0},
                                    {"these days", 0},
                                    {"the present", 0},
                                    // Speech: "I saw him the other day", a past day not dated;
                                    // "We'll know any day now", a moment soon.
                                    {"the other day", 1},
                                    {"any day now", 2},
                                    {"any minute now", 2},
                                    {"any moment now", 2},
                                    {"any time now", 2},
                                    // "I sold it a while ago": a past moment not dated.
                                    {"a while ago", 1},
                                    {"a while back", 1},
                                    {"a little while ago", 1},
                                    // "I was younger back then": a past time not dated, as
                                    // TimeBank's "then current" (context.cpp: not "came back then left").
                                    {"back then", 1},
                                    {"recently", 1},
                                    {"lately", 1},
                                    // A broadcast's "We learned moments ago", "a few moments ago": a
                                    // past moment not dated.
                                    {"moments ago", 1},
                                    {"a few moments ago", 1},
                                    // The moment a report was written: "as of press time", "at
                                    // press time", the news page's now.
                                    {"press time", 0},
                                    {"the past", 1},
                                    {"the future", 2},
                                    {"the near future", 2},
                                    // A horizon of policy and markets, as TimeBank tags "the near term".
                                    {"the near term", 2},
                                    {"the short term", 2},
                                    {"the medium term", 2},
                                    {"the long term", 2},
                                    {"the longer term", 2},
                                    // A forecast's own span, as central banks and the IMF write
                                    // it: "over the forecast horizon", "the projection period",
                                    // "growth over the forecast period".
                                    {"the forecast horizon", 2},
                                    {"the forecast period", 2},
                                    {"the projection horizon", 2},
                                    {"the projection period", 2}},
                                   "vague reference");
constexpr const char* vague_values[] = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"};

// Offsets after an amount: "two years later", "a year earlier" (anaphoric, +-1), "two years ago",
// "two years hence" (deictic, +-2). Not "after"/"before":
// "two months after the attack" is anchored to an event, and TimeML tags only "two months".
const symbols<int> after_or_before(
    {{"later", 1}, {"afterwards", 1}, {"afterward", 1}, {"hence", 2}, {"earlier", -1}, {"previously", -1}, {"ago", -2}},
    "later or earlier");
// "Two years before, the French had refused", "the war ended only a few months before;": with
// nothing after it in its phrase, "before" ("after") counts from the last date named, as "earlier"
// ("later") does; so does "prior" ("Ten days prior, ..."; "prior to" goes on).
const symbols<int> before_or_after_alone({{"before", -1}, {"after", 1}, {"prior", -1}}, "before or after");

// "about two years ago": the mod of an approximate amount.
const symbols<int> amount_hedge({{"about", 0},
                                 {"around", 0},
                                 {"some", 0},
                                 {"roughly", 0},
                                 {"approximately", 0},
                                 {"nearly", 1},
                                 {"almost", 1},
                                 {"more than", 2},
                                 {"over", 2},
                                 {"less than", 3},
                                 // Said more strongly (rules_durations.cpp): "well over a year ago".
                                 {"upwards of", 2},
                                 {"well over", 2},
                                 {"a little over", 2},
                                 {"a little more than", 2},
                                 {"slightly more than", 2},
                                 {"a little less than", 3},
                                 {"slightly less than", 3}},
                                "hedge");
constexpr const char* hedge_mods[] = {"APPROX", "APPROX", "MORE_THAN", "LESS_THAN"};

const auto direction = x3::no_case[direction_word][take([](Meaning& m, int code) { unpack(m, code); })] >> word_end;

// "last month", "the previous years", "the past two months", "the next few decades".
// A unit word, counted as the lexicon says ("a fortnight ago": two weeks back).
const auto counted_unit_word = unit_word[set_unit];
// Vague amounts first: "a few years" is not "a" followed by "few".
// "few" is counted as three where a period must be laid out ("the next few days"), as Duckling
// does; the value stays vague (PXD).
const auto amount = x3::raw[(x3::no_case[lexicon::vague_amount] >> word_end)[take([](Meaning& m, int n) {
                      m.amount_known = n != 0;
                      m.amount = n;
                      m.amount_explicit = true;
                      if (n == 2 && m.mod.empty()) m.mod = "APPROX";  // "a couple of weeks ago"
                    })]][([](auto& ctx) {
                      const auto& text = x3::_attr(ctx);
                      const std::string_view said_text(&*text.begin(), static_cast<std::size_t>(text.size()));
                      if (said_text.size() >= 3 && (said_text.ends_with("few") || said_text.ends_with("Few"))) {
                        Meaning& m = said(ctx);
                        m.amount = 3;
                        m.amount_vague = true;
                      }
                    })] |
                    cardinal_and_half[take([](Meaning& m, double n) {
                      m.amount = n;
                      m.amount_explicit = true;
                    })];
const auto finish_direction_unit = [](auto& ctx) {
  Meaning& m = said(ctx);
  const auto& unit_text = x3::_attr(ctx);
  const char last = unit_text.empty() ? ' ' : *(unit_text.end() - 1);
  const bool plural = last == 's' || last == 'S' || last == 'a';  // "years", "millennia"
  if (m.amount_explicit) {
    // "the past two months": how long, not when.
    m.kind = Kind::duration;
  } else if (plural) {
    // "the previous years" lies somewhere in the past; "the coming years" is a vague duration.
    if (m.direction == Direction::next) {
      m.kind = Kind::duration;
      m.amount_known = false;
    } else {
      m.kind = Kind::vague;
      m.vague_value = m.direction == Direction::current ? "PRESENT_REF" : "PAST_REF";
    }
  } else if (m.unit_count != 1) {
    // A word of several units ("last fortnight", "the next fortnight"): their length, as "the past
    // two weeks" is; no calendar period is a fortnight.
    m.kind = Kind::duration;
  } else {
    m.kind = Kind::relative;
    m.amount = 1;
  }
};
// "the last days of this battle", "the last night of the siege": before "of" and an event, "last"
// is "final", a period of that event (rules_durations.cpp), not the one before now. Before "of" and
// a time ("the last week of the year") the longer rules decide.
const auto final_period_of_event = the_ >> word("last") >> ws >> (unit_word | part_of_day_name) >> ws >>
                                   word("of") >> ws >> !(calendar_sub | relative_sub);
// "the next day", "the next year": with the article, the one after the last date named ("next
// year" alone is counted from now). "the current fiscal year", "the next two fiscal years", "the
// last financial year", "next tax year", "the coming budget year" (fiscal_word): an accounting year
// is written as the calendar year it is mostly in, as TimeBank does; "the next calendar year" is the
// calendar year (were untagged, or "current" alone PRESENT_REF). Only before a year or a quarter
// ("this tax day", "the last budget week" are none); not "the next school year", which straddles
// two calendar years.
const auto fiscal_ = -((word("fiscal") >> ws) | ((fiscal_word | word("calendar")) >> ws >>
                                                 &(word("year") | word("years") | word("quarter") | word("quarters"))));
// "this fiscal", "the current fiscal", "last fiscal", "the previous fiscal": Indian English names the
// fiscal year by its adjective alone, a year as "the current fiscal year" is. Not before a noun it
// qualifies ("the current fiscal deficit", "this fiscal stance") nor before "and", "or" ("the
// current fiscal and monetary mix"), nor after a count ("the past two fiscal").
const auto fiscal_as_year = x3::eps[([](auto& ctx) { x3::_pass(ctx) = !said(ctx).amount_explicit; })] >>
                            word("fiscal") >> !x3::lit('-') >> !look_ahead_parser<qualified_noun_follows>{} >>
                            !(ws >> (word("and") | word("or"))) >> x3::eps[act([](Meaning& m) {
                              m.unit = Unit::year;
                              m.unit_count = 1;
                            })];
// The unit after a direction word and its amount: "year", "fiscal year", "fiscal" alone.
const auto unit_after_direction =
    (fiscal_ >> x3::raw[unit_word[set_unit]][finish_direction_unit]) | x3::raw[fiscal_as_year][finish_direction_unit];
// The amount after a direction word: "the past two months", never "a" ("ruled that a second vote
// was needed", "this a day": the article opens another phrase).
// "the next half hour", "the past half-hour": half an hour, a length as "the next hour" is (PT30M).
// Only the hour: "the subsequent half-century of conflict" is a war's span, which WikiWars tags whole.
const auto half_before_unit = word("half")[act([](Meaning& m) {
                                m.amount = 0.5;
                                m.amount_explicit = true;
                              })] >>
                              (ws | dash) >> &word("hour");
const auto direction_amount = -((!(word("a") | word("an")) >> amount >> ws) | half_before_unit);
// "in the next hour", "for the past hour": the hour's stretch up to or from now, a length as "the
// past two hours" is; no clock hour is meant (news says it without one). "next hour" alone stays
// the hour after now.
const auto the_direction_unit = !final_period_of_event >> the_ >> direction >> ws >> direction_amount >>
                                unit_after_direction >> x3::eps[act([](Meaning& m) {
                                  if (m.kind == Kind::relative && m.unit == Unit::hour &&
                                      (m.direction == Direction::previous || m.direction == Direction::next)) {
                                    m.kind = Kind::duration;
                                    m.amount = 1;
                                    m.amount_explicit = true;
                                  } else if (m.kind == Kind::relative && m.direction == Direction::next)
                                    m.anchor = Anchor::reference;
                                })];
// "objected that four days seemed punitive", "heard this three months ago": before a count of more
// than one "this" and "that" open a clause or stand alone (the demonstratives would be "these",
// "those"), so the count is read on its own.
const auto this_before_count =
    (word("this") | word("that")) >> ws >> cardinal[([](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) > 1; })];
// "the four previous weeks", "the three preceding quarters", "the two following days": the count
// before a word counting from the last date named is the same length as "the previous four weeks"
// (not "the past", "the next": "the two next days" is no English).
const auto count_before_direction =
    the_ >> amount >> ws >> direction >> x3::eps[([](auto& ctx) {
      const Meaning& m = said(ctx);
      x3::_pass(ctx) = m.amount_explicit && m.anchor == Anchor::reference && m.direction != Direction::current;
    })] >>
    ws >> x3::raw[unit_word[set_unit]][finish_direction_unit];
// Not "last week" inside "the last week of every quarter" (grammar.hpp, of_every_period).
const auto direction_unit =
    the_direction_unit | (!this_before_count >> !(word("that") >> ws >> word("fiscal")) >> direction >> ws >>
                          direction_amount >> unit_after_direction >> !of_every_period);

// "the past decade", "the past century": the stretch up to now, as TimeBank ("past decade", P10Y)
// and WikiWars ("the past decade", P1DE) tag it; "the last decade" stays the previous one (TimeBank
// 198), and "the past year" TimeBank's previous year. "this past decade" is the same stretch. ("the
// past fortnight" is direction_unit's: a fortnight is two weeks, no calendar unit.)
const auto past_decade = (the_ | (word("this") >> ws)) >> word("past") >> ws >>
                         (word("decade")[act([](Meaning& m) { m.unit = Unit::decade; })] |
                          word("century")[act([](Meaning& m) { m.unit = Unit::century; })]) >>
                         x3::eps[act([](Meaning& m) {
                           m.direction = Direction::previous;
                           m.amount = 1;
                           m.kind = Kind::duration;
                         })];

// "the weeks ahead", "(for) years to come": a stretch of unknown length from now on, as "the coming
// years" is (TimeBank's "the weeks ahead", PXW). Plural units only ("the year ahead" is a date), and
// not "ahead of", which times by an event ("the days ahead of the vote").
const auto units_ahead =
    -the_ >> x3::raw[unit_word[set_unit]][([](auto& ctx) {
      const auto& unit_text = x3::_attr(ctx);
      const char last = *(unit_text.end() - 1);
      x3::_pass(ctx) = last == 's' || last == 'S' || last == 'a';  // "millennia"
    })] >>
    ws >> ((word("ahead") >> !(ws >> word("of"))) | (word("to") >> ws >> word("come"))) >> x3::eps[act([](Meaning& m) {
      m.kind = Kind::duration;
      m.direction = Direction::next;
      m.amount_known = false;
    })];

// "recent years", "in recent weeks": a stretch of unknown length up to now, as "the weeks ahead" is
// one from now (TimeBank and AQUAINT: "recent weeks" PXW, "recent months" PXM twice, "recent
// years" PXY twice and PAST_REF three times, "recent days" PXD and PAST_REF once each). Plural
// units only: "the most recent quarter" is no stretch.
const auto recent_units = word("recent") >> ws >> x3::raw[unit_word[set_unit]][([](auto& ctx) {
                            const auto& unit_text = x3::_attr(ctx);
                            const char last = *(unit_text.end() - 1);
                            x3::_pass(ctx) = last == 's' || last == 'S' || last == 'a';  // "millennia"
                          })] >>
                          x3::eps[act([](Meaning& m) {
                            m.kind = Kind::duration;
                            m.direction = Direction::previous;
                            m.amount_known = false;
                          })];

// After a direction word a weekday abbreviation without its dot is the weekday, as typed: "next
// Tue", "last Thu", "this Fri"; and not before a capitalised word, which makes it a name ("the
// last Thu Nguyen saw"). "sun", "sat", "wed", "mon" are words, companies and names ("that Sun's
// profitability", "this SAT score"): those only written "Sat", ending the phrase or before a clock
// time or a part of the day ("this Sat", "last Wed at 9am", "next Mon morning").
const auto word_abbreviation_ends =
    x3::eoi | &x3::eol | &x3::char_(".,;:!?)") | &(ws >> (word("at") | x3::digit | part_of_day_name));
const auto said_weekday_abbreviation =
    x3::raw[x3::no_case[lexicon::weekday_abbreviation][to_point<&CalendarFields::weekday>]];
const auto abbreviation_after_direction =
    (said_weekday_abbreviation[([](auto& ctx) {
       const char first = static_cast<char>(*x3::_attr(ctx).begin() | 0x20);
       x3::_pass(ctx) = first == 't' || first == 'f';  // tue, tues, thu, thur, thurs, fri
     })] >>
     word_end >> !(ws >> x3::upper)) |
    (said_weekday_abbreviation[([](auto& ctx) {
       const char first = *x3::_attr(ctx).begin(), second = *(x3::_attr(ctx).begin() + 1);
       x3::_pass(ctx) = first >= 'A' && first <= 'Z' && !(second >= 'A' && second <= 'Z');
     })] >>
     word_end >> word_abbreviation_ends);
const auto weekday_after_direction = weekday_name[to_point<&CalendarFields::weekday>] | abbreviation_after_direction;

// "next January", "last Friday", "this fall", "the following Monday", "this morning".
const auto direction_named = !final_period_of_event >> -the_ >> direction >> ws >>
                             (month_full[to_point<&CalendarFields::month>] | weekday_after_direction |
                              season_name[to_point<&CalendarFields::season>] |
                              part_of_day_name[take([](Meaning& m, int part) {
                                // "this morning" is today's; "last night" yesterday's.
                                m.point.part_of_day = part;
                                m.kind = Kind::relative;
                                m.unit = Unit::day;
                                m.amount = 1;
                                if (m.direction == Direction::next) m.direction = Direction::current;
                              })]) >>
                             -(ws >> part_of_day_name[to_point<&CalendarFields::part_of_day>]);

// The first letter, in lower case, of the word after "the" and its blanks at `first` (0 when no
// "the" is there): a cheap look before a rule of "the" and a rarer word is read (speed: most
// phrases of "the" and a direction or a unit are none of these).
char letter_after_the(const char* first, const char* last) {
  if (last - first < 5 || (first[0] | 0x20) != 't' || (first[1] | 0x20) != 'h' || (first[2] | 0x20) != 'e') return 0;
  const char* p = first + 3;
  int width = 0;
  while (is_blank(p, last, width)) p += width;
  return p < last ? static_cast<char>(*p | 0x20) : '\0';
}
// Whether the word after "the" starts with one of `letters`: "the next ...", "the night ...".
template <char... letters>
bool the_letter_ahead(const char* first, const char* last) {
  const char c = letter_after_the(first, last);
  return ((c == letters) || ...);
}

// "the next summer", "the next March": with the article, the first after the last date named, as
// "the following summer" and "the next year" are ("next summer" alone is counted from now).
const auto the_next_named = !final_period_of_event >> the_ >> &word("next") >> direction >> ws >>
                            (month_full[to_point<&CalendarFields::month>] |
                             season_name[to_point<&CalendarFields::season>]) >>
                            !(ws >> part_of_day_name) >> x3::eps[act([](Meaning& m) { m.anchor = Anchor::reference; })];

// "the next morning", "the following night": the day after the last date named, at that part of
// the day ("this morning", "next morning" alone are today's).
const auto the_next_part_of_day = the_ >> (word("next") | word("following")) >> ws
                                  >> part_of_day_name[take([](Meaning& m, int part) {
                                      m.point.part_of_day = part;
                                      m.kind = Kind::relative;
                                      m.unit = Unit::day;
                                      m.amount = 1;
                                      m.direction = Direction::next;
                                      m.anchor = Anchor::reference;
                                    })];

// A weekday with its week: "next Wednesday", "Tuesday of next week", "Friday last week",
// "sunday from last week", "last week's Sunday", "next week Tuesday", "next week on Tuesday",
// "Wednesday this week".
const auto set_week = take([](Meaning& m, int offset) { m.week_offset = offset; });
const auto weekday_point = weekday_name[to_point<&CalendarFields::weekday>];
const auto part_of_day_after = -(ws >> part_of_day_name[to_point<&CalendarFields::part_of_day>]);
const auto next_weekday = -the_ >> word("next")[act([](Meaning& m) { m.week_offset = 1; })] >> ws
                          >> weekday_after_direction >> part_of_day_after;
const auto week_of = (x3::no_case[lexicon::week_offset_word] >> word_end)[set_week] >> ws >> word("week");
const auto weekday_of_week = weekday_point >> ws >> -((word("of") | word("from")) >> ws) >> week_of;
const auto week_s_weekday = week_of >>
                            ((apostrophe >> folded_lit("s") >> ws) | (ws >> -(word("on") >> ws))) >> weekday_point;

// "today", "yesterday morning", "tonight".
const auto deictic = (x3::no_case[deictic_day] >> word_end)[take([](Meaning& m, int offset) {
                       m.kind = Kind::relative;
                       m.unit = Unit::day;
                       m.amount = offset < 0 ? -offset : offset;
                       m.direction = offset < 0   ? Direction::previous
                                     : offset > 0 ? Direction::next
                                                  : Direction::current;
                     })] >>
                     -((ws >> part_of_day_name[to_point<&CalendarFields::part_of_day>]) | at_dawn_or_dusk);
// "tonite" is its informal spelling (listings, headlines: "Live tonite", "late tonite").
const auto tonight = (word("tonight") | word("tonite"))[act([](Meaning& m) {
  m.kind = Kind::relative;
  m.unit = Unit::day;
  m.direction = Direction::current;
  m.point.part_of_day = 3;
})];
// "Stocks fell overnight", "Overnight, rebels shelled the city": the night before the day the report
// is on (the last day named, else the DCT), as TimeBank tags "overnight" in a Friday's market
// report 1989-10-26TNI. Not before the noun it qualifies ("the overnight rate", context.cpp).
const auto overnight = word("overnight")[act([](Meaning& m) {
  m.kind = Kind::relative;
  m.unit = Unit::day;
  m.direction = Direction::previous;
  m.anchor = Anchor::reference;
  m.point.part_of_day = 3;
  m.overnight = true;
})];
// "struck Odesa overnight on Sunday", "overnight Sunday": that weekday's night, one expression (was
// the night before the DCT and the day apart).
const auto overnight_weekday = word("overnight") >> ws >>
                               -(word("on") >> ws) >> weekday_name[to_point<&CalendarFields::weekday>] >>
                               x3::eps[act([](Meaning& m) { m.point.part_of_day = 3; })];
const auto vague = (x3::no_case[vague_reference] >> word_end)[take([](Meaning& m, int which) {
  m.kind = Kind::vague;
  m.vague_value = vague_values[which];
})];

// "during this period", "by that time", "throughout this time": the time the story has reached,
// which TIMEX2 writes PRESENT_REF anchored there. Only after a preposition of time (context.cpp):
// "this time he won" is an occasion.
const auto time_reached = ((word("this") | word("that")) >> ws >> (word("time") | word("period")))[act([](Meaning& m) {
  m.kind = Kind::vague;
  m.vague_value = "PRESENT_REF";
})];

// "at the same time", "around the same time": in a narrative the time the story has reached, which
// WikiWars writes as that time's value ("On 4 June 1958 ... At the same time" 1958-06-04,
// normalize.cpp). Only after "at", "around", "about" (context.cpp)
// and in a narrative (time_reached_needs_narrative): news says it of two things at once, which
// TimeBank leaves untagged.
const auto same_time = (word("the") >> ws >> word("same") >> ws >> word("time"))[act([](Meaning& m) {
  m.kind = Kind::vague;
  m.vague_value = "PRESENT_REF";
  m.same_time = true;
})];

// "at the time": the time a story has reached, as "at this time" is (PRESENT_REF, WikiWars' "the
// largest navy in the ancient world at the time"); only after "at", not before "of", "when" or
// "being" (context.cpp), and in a narrative only (time_reached_needs_narrative): news says "at the
// time" of a moment it names elsewhere, which TimeBank mostly leaves untagged.
// "for the time being" too, the whole phrase (WikiWars' PRESENT_REF).
const auto the_time = (word("the") >> ws >> word("time") >> -(ws >> word("being")))[act([](Meaning& m) {
  m.kind = Kind::vague;
  m.vague_value = "PRESENT_REF";
})];

// "since then", "until then", "by then", "from then on": the time the text named last, as TimeBank
// dates "Until then" after "Nov. 30" (1989-11-30). Only after a preposition of time and not
// "then-President" (context.cpp); the scanner gives it its antecedent's value, or drops it when the
// text named no date just before (takes_antecedent).
const auto then_named = word("then")[act([](Meaning& m) {
  m.kind = Kind::vague;
  m.vague_value = "PAST_REF";
  m.points_back = true;
})];

// "the current system", "his current contract", "under current law": "current" qualifying what
// follows is the present, as TimeBank, AQUAINT and WikiWars tag it (PRESENT_REF in 13 of 20 such
// uses); context.cpp keeps out the noun ("swept away by the current"), "current account" and
// names. Tried after the longer rules: "the current year", "the current fiscal quarter" are one.
const auto current_qualifier = word("current")[act([](Meaning& m) {
  m.kind = Kind::vague;
  m.vague_value = "PRESENT_REF";
})];

// The direction of an offset and what it counts from: "later", "earlier", "ago", "hence".
// Which way an offset counts (after_or_before's values), one attribute for both forms. Not a
// comparison ("two years later than planned", "a week earlier than expected"): that is a delay,
// the length alone.
// "A year on, talks had barely begun", "still mourned six months on.": a feature's look back counts
// on from the last date named, as "later" does; before a comma, a full stop or a semicolon only
// ("a week on Tuesday" is a day), and not a rota's "two weeks on, two weeks off".
bool no_off_after_on(const char* first, const char* last) {
  const char* end = last - first > 24 ? first + 24 : last;
  for (const char* p = first + 1; p + 3 <= end; ++p)
    if ((p[0] | 0x20) == 'o' && (p[1] | 0x20) == 'f' && (p[2] | 0x20) == 'f' && !continues_word(p - 1, last) &&
        !continues_word(p + 3, last))
      return false;
  return true;
}
const auto offset_way = x3::rule<struct offset_way_tag, int>{"offset way"} =
    (x3::no_case[after_or_before] >> word_end >> !(ws >> word("than"))) |
    (x3::no_case[before_or_after_alone] >> &(x3::lit(',') | '.' | ';')) |
    (word("on") >> &(x3::lit(',') | '.' | ';') >> look_ahead_parser<no_off_after_on>{} >> x3::attr(1));
// A hedged distance still names a point: "about", "nearly" keep APPROX, and a bound takes TimeML's
// mods of a point (TIDES 2005, TimeML 1.2.1: "more than a decade ago" BEFORE, "less than a year ago"
// AFTER), the other way round counted forwards ("over an hour later" AFTER).
const auto point_of_hedged_distance = [](Meaning& m, bool forwards) {
  if (m.mod == "MORE_THAN")
    m.mod = forwards ? "AFTER" : "BEFORE";
  else if (m.mod == "LESS_THAN")
    m.mod = forwards ? "BEFORE" : "AFTER";
};
const auto offset_direction = offset_way[take([](Meaning& m, int way) {
  m.kind = Kind::relative;
  m.direction = way > 0 ? Direction::next : Direction::previous;
  // "ago" and "hence" count from now (the DCT); "later", "earlier" from the last date named.
  m.anchor = way == -2 || way == 2 ? Anchor::document : Anchor::reference;
  point_of_hedged_distance(m, way > 0);
})];
// "two years ago", "about a week ago", "a year earlier", "three days later".
// "a year ago today", "a week ago today", "a year ago this week", "three years ago this month": the
// DCT's day (week, month) that far back, not the unit the offset falls in. Only after "ago" and a
// count of units longer than the one named ("a week ago this week" says nothing).
const auto ago_this = ws >> (word("today")[act([](Meaning& m) { m.moment_grain = Unit::day; })] |
                             (word("this") >> ws >>
                              (word("week")[act([](Meaning& m) { m.moment_grain = Unit::week; })] |
                               word("month")[act([](Meaning& m) { m.moment_grain = Unit::month; })]))) >>
                      x3::eps[([](auto& ctx) {
                        Meaning& m = said(ctx);
                        x3::_pass(ctx) = m.direction == Direction::previous && m.anchor == Anchor::document &&
                                         m.amount_known && m.mod.empty() && m.unit > m.moment_grain &&
                                         (m.unit == Unit::week || m.unit == Unit::month || m.unit == Unit::year);
                        if (!x3::_pass(ctx)) m.moment_grain = Unit::none;  // the optional gives the words back
                      })];
// Indian and South Asian English "two days back" is "two days ago"; not a way back ("three days
// back to back", "back from leave", "back home"), nor a race's gap in seconds, minutes or hours
// ("finished 12 seconds back"): days to decades only.
const auto back_as_ago = word("back") >> !dash >>
                         !(ws >> (word("to") | word("from") | word("into") | word("in") | word("on") | word("home") |
                                  word("up") | word("down") | word("then"))) >>
                         x3::eps[([](auto& ctx) {
                           Meaning& m = said(ctx);
                           x3::_pass(ctx) = m.unit >= Unit::day && m.unit <= Unit::decade && m.unit != Unit::weekend;
                           m.kind = Kind::relative;
                           m.direction = Direction::previous;
                           m.anchor = Anchor::document;
                           point_of_hedged_distance(m, false);
                         })];
// "half a century later", "a quarter of a century earlier", "a quarter century later", "a decade and a
// half later", "two years and a half ago": a fraction of a year or of a longer unit, which counts as
// the months or years it holds (normalize: "a year and a half ago" counts 18 months). A fraction of
// a shorter unit is left to the other rules ("an hour and a half later": rules_casual.cpp), as a
// count of days, weeks or months here is whole.
const auto year_or_longer_unit = unit_word[([](auto& ctx) {
  const UnitWord w = x3::_attr(ctx);
  x3::_pass(ctx) = w.unit >= Unit::year && w.count == 1;
  if (x3::_pass(ctx)) count_unit(said(ctx), w);
})];
const auto set_fraction = [](Meaning& m, double f) {
  m.amount = f;
  m.amount_explicit = true;
};
const auto fraction_of_unit = ((x3::no_case[lexicon::unit_fraction] >> word_end)[take(set_fraction)] |
                               (word("a") >> ws >> word("quarter"))[act([](Meaning& m) { set_fraction(m, 0.25); })]) >>
                              ws >> year_or_longer_unit;
const auto and_a_half_of_long_unit = and_a_half[([](auto& ctx) {
  Meaning& m = said(ctx);
  x3::_pass(ctx) = m.unit >= Unit::year && m.unit_count == 1;
  if (x3::_pass(ctx)) m.amount += 0.5;
})];
const auto counted_offset =
    -((x3::no_case[amount_hedge] >> word_end)[take([](Meaning& m, int h) { m.mod = hedge_mods[h]; })] >> ws) >>
    (fraction_of_unit | (amount >> ws >> counted_unit_word >> -and_a_half_of_long_unit)) >>
    -(ws >> word("or") >> ws >> word("so") >> x3::eps[act([](Meaning& m) {
        if (m.mod.empty()) m.mod = "APPROX";
      })]) >>
    ws >> (offset_direction | back_as_ago) >> -ago_this;

// "weeks later", "months earlier", "years ago": a plural unit alone, an unknown number of them (as
// "several weeks later" is). Only the plural: "year later" is no phrase.
const auto plural_unit_word = x3::raw[unit_word[set_unit]][([](auto& ctx) {
  const auto& text = x3::_attr(ctx);
  const char last = text.empty() ? ' ' : *(text.end() - 1);
  x3::_pass(ctx) = last == 's' || last == 'S';
})];
const auto unknown_count_offset = x3::eps[act([](Meaning& m) {
                                    m.amount = 0;
                                    m.amount_known = false;
                                    m.amount_explicit = true;
                                  })] >>
                                  plural_unit_word >> ws >> offset_direction;

// "year-earlier", "year-ago": adjectives for the same period a year before.
// Before another noun the article is that noun's: "The [year-ago] results", "a [year-earlier] loss",
// as TimeBank tags them; "the year-ago quarter" is the period itself.
const auto year_ago_word = word("year") >> dash >> (word("earlier") | word("ago"));
const auto year_ago_period = ws >> (word("quarter") | word("period"));
const auto year_ago_adjective =
    ((the_ >> year_ago_word >> year_ago_period) | (year_ago_word >> -year_ago_period))[act([](Meaning& m) {
      m.kind = Kind::relative;
      m.unit = Unit::year;
      m.direction = Direction::previous;
    })];

// "the prior-year period", "the same period last year", "the corresponding quarter a year earlier",
// "the comparable year-ago quarter", "the same month last year": the period a filing compares with, a
// year back (the scanner narrows it to the quarter or month the report names, as TimeBank tags "the corresponding
// period last year" 1988-Q3). Not "the same period" alone, which is any period already named.
const auto a_year_back =
    (word("last") >> ws >> word("year")) |
    ((word("a") | word("one")) >> ws >> word("year") >> ws >> (word("ago") | word("earlier") | word("before")));
const auto comparable_period_a_year_back =
    the_ >> ((word("prior") >> (dash | ws) >> word("year") >> year_ago_period) |
             ((word("same") | word("corresponding") | word("comparable") | word("equivalent")) >> ws >>
              ((year_ago_word >> year_ago_period) |
               ((word("period") | word("quarter") | word("month")) >> ws >> -(word("of") >> ws) >> a_year_back)))) >>
    x3::eps[act([](Meaning& m) {
      m.kind = Kind::relative;
      m.unit = Unit::year;
      m.direction = Direction::previous;
    })];

// "the same period" alone: the period named just before it, which the scanner finds (a quarter, a
// year, a length: "Sales rose in the third quarter. Costs rose 3% in the same period." 2013-Q3); not
// before what says which ("the same period of time", "the same period last year", "the same period
// in 2012": comparable_period_a_year_back, year_then_period).
const auto same_period = the_ >> word("same") >> ws >> word("period") >>
                         !(ws >> (word("of") | word("in") | word("last") | word("a") | word("one") | word("the") |
                                  word("this") | word("next") | word("previous") | word("prior") | x3::digit)) >>
                         x3::eps[act([](Meaning& m) {
                           m.kind = Kind::vague;
                           m.vague_value = "PRESENT_REF";
                           m.period_points_back = true;
                         })];

// "the same period of 2012", "the corresponding quarter in 2012": the period the report compares
// with, said by its year, as "the 2012 period" is (rules_calendar.cpp; was "2012" alone): the
// scanner supplies the quarter or half last named (compare_same_period).
const auto same_period_of_year =
    the_ >> (word("same") | word("corresponding") | word("comparable")) >> ws >>
    (word("quarter") | word("period")) >> ws >> (word("of") | word("in")) >> ws
    >> year[to_point<&CalendarFields::year>] >> x3::eps[act([](Meaning& m) { m.unit = Unit::quarter; })];

// "year-end", "year end", "year's end", "month's end": the end of the current year or month as a
// noun ("at year-end", "by month's end"). "year-end" before a lower-case word qualifies a noun
// ("year-end results") and is no date, unless the word is a function word ("before year-end and a
// third by March"); the possessive is always a noun, and may be followed by a clause ("By month's
// end the army had withdrawn").
const auto year_end = ((word("year")[act([](Meaning& m) { m.unit = Unit::year; })] |
                        word("month")[act([](Meaning& m) { m.unit = Unit::month; })]) >>
                       (((dash | ws) >> word("end") >> !(ws >> &x3::lower >> !(lexicon::function_word >> word_end))) |
                        ((x3::lit("'s") | x3::lit("\xE2\x80\x99s")) >> ws >> word("end"))))[act([](Meaning& m) {
  m.kind = Kind::relative;
  m.direction = Direction::current;
  m.anchor = Anchor::story;  // a narrative's month's end is the month it tells of ("At month's end")
  m.mod = "END";
})];

// "year-to-date", "(the) year to date", "YTD", "month-to-date", "MTD", "QTD": the current period so far,
// as results and market reports measure it ("The index is up 8% year-to-date": this year).
const auto period_unit = word("year")[act([](Meaning& m) { m.unit = Unit::year; })] |
                         word("month")[act([](Meaning& m) { m.unit = Unit::month; })] |
                         word("quarter")[act([](Meaning& m) { m.unit = Unit::quarter; })];
const auto period_to_date = ((-the_ >> period_unit >> (dash | ws) >> word("to") >> (dash | ws) >> word("date")) |
                             (x3::lit("YTD")[act([](Meaning& m) { m.unit = Unit::year; })] |
                              x3::lit("MTD")[act([](Meaning& m) { m.unit = Unit::month; })] |
                              x3::lit("QTD")[act([](Meaning& m) { m.unit = Unit::quarter; })]) >>
                                 word_end) >>
                            x3::eps[act([](Meaning& m) {
                              m.kind = Kind::relative;
                              m.direction = Direction::current;
                              m.amount = 1;
                            })];

// "earlier this year" (START), "later this year" (END), "later that month".
const auto earlier_later = x3::omit[(word("earlier")[act([](Meaning& m) { m.mod = "START"; })] |
                                     word("later")[act([](Meaning& m) { m.mod = "END"; })]) >>
                                    ws >> direction >> ws >> unit_word[set_calendar_unit]][act([](Meaning& m) {
  m.kind = Kind::relative;
  m.amount = 1;
})];

// "later that summer" (END), "earlier that spring" (START), "later this September": a part of the
// season or month named, as "that summer" alone names it.
const auto earlier_later_named = x3::omit[(word("earlier")[act([](Meaning& m) { m.mod = "START"; })] |
                                           word("later")[act([](Meaning& m) { m.mod = "END"; })]) >>
                                          ws >> direction] >>
                                 ws >> (month_full[to_point<&CalendarFields::month>] |
                                        season_name[to_point<&CalendarFields::season>]);

// "the quarter", "the weekend": in news, the current one, or the last one in a past-tense clause;
// a weekend a holiday lengthens too: "the long weekend" (Australian, Canadian, British and Irish
// papers), "the three-day weekend", "the holiday weekend", "the long holiday weekend", "the bank
// holiday weekend" (were untagged, or "three-day" P3D alone).
const auto days_long = (word("three") | word("four") | x3::lit('3') | x3::lit('4')) >> dash >> word("day");
const auto weekend_lengthened = (word("long") | days_long) >> ws >> -(-(word("bank") >> ws) >> word("holiday") >> ws) |
                                -(word("bank") >> ws) >> word("holiday") >> ws;
const auto the_period = the_ >>
                        (word("quarter")[act([](Meaning& m) { m.unit = Unit::quarter; })] |
                         (-weekend_lengthened >> word("weekend")[act([](Meaning& m) { m.unit = Unit::weekend; })])) >>
                        x3::eps[act([](Meaning& m) {
                          m.kind = Kind::relative;
                          m.direction = Direction::by_tense;
                        })];

// "The day before, ...", "the week after.", "The weekend before, ...": the day, week or weekend
// before or after the last date named,
// when nothing follows in its phrase (WikiWars tags "The day before"); before a noun phrase ("the
// day before the vote") it counts from an event, which is not tagged. A month or a year set off by
// a comma, as a narrative says it ("The year before, the French had crossed the Pyrenees"); at a
// clause's end news compares with it ("down from $450 million the year before"), which TimeBank
// and AQUAINT leave: there only in a narrative or a past perfect ("Sudan had been freed the year
// before.": period_before_needs_narrative, context.cpp).
const auto before_or_after = ws >> (word("before")[act([](Meaning& m) { m.direction = Direction::previous; })] |
                                    word("after")[act([](Meaning& m) { m.direction = Direction::next; })]);
const auto period_before_after = the_ >> (word("day")[act([](Meaning& m) { m.unit = Unit::day; })] |
                                          word("week")[act([](Meaning& m) { m.unit = Unit::week; })] |
                                          word("weekend")[act([](Meaning& m) { m.unit = Unit::weekend; })] |
                                          word("month")[act([](Meaning& m) { m.unit = Unit::month; })] |
                                          word("year")[act([](Meaning& m) { m.unit = Unit::year; })]) >>
                                 before_or_after >>
                                 &(x3::lit(',') | x3::lit('.') | x3::lit(';') | x3::eoi) >> x3::eps[act([](Meaning& m) {
                                   m.kind = Kind::relative;
                                   m.amount = 1;
                                   m.anchor = Anchor::reference;
                                 })];

// "The winter before, ...", "the summer after, ...": the season before or after the last date
// named, as "the following summer" is; set off by a comma, as a narrative says it.
const auto season_before_after = the_ >> season_name[to_point<&CalendarFields::season>] >> before_or_after >>
                                 &x3::lit(',') >> x3::eps[act([](Meaning& m) { m.anchor = Anchor::reference; })];

// "the year", "the fiscal year", "the financial year" (British), "the full year", "the week", "the
// month": the period a report covers. Before "ended"/"ending" it is the length up to that date
// (DURATION P1Y: "net income for the year ended Sept. 30"), and before "since" the length from it
// ("In the year since the invasion, exports have halved": P1Y, was the DCT's year), otherwise the
// current one ("For the year, volume was flat"; "For the week, the index dropped"). Not "the
// year-earlier", "the year-ago".
const auto report_unit = word("year")[act([](Meaning& m) { m.unit = Unit::year; })] |
                         word("month")[act([](Meaning& m) { m.unit = Unit::month; })] |
                         word("week")[act([](Meaning& m) { m.unit = Unit::week; })];
const auto report_period_tail = [](Direction current_one) {
  return !dash >> (&(ws >> -(word("then") >> ws) >>
                     (word("ended") | word("ending") | word("since")))[act([](Meaning& m) {
    m.kind = Kind::duration;
    m.amount = 1;
  })] | x3::eps[act([current_one](Meaning& m) {
    m.kind = Kind::relative;
    m.direction = current_one;
    m.anchor = Anchor::story;
  })]);
};
// "the full year" is a report's year, as "full-year" is (Direction::by_tense, normalize.cpp).
const auto the_year = the_ >> ((word("full") >> ws >> word("year")[act([](Meaning& m) { m.unit = Unit::year; })] >>
                                report_period_tail(Direction::by_tense)) |
                               (-((word("fiscal") | word("financial") | word("full")) >> ws) >> report_unit >>
                                report_period_tail(Direction::current)));

// "the decade to 2020", "the decade since the crash": the length up to a date or from an event, as
// "the year to February" is (P1DE; was untagged); "In the decade since, the city has grown": from the
// event the text has told, "since" ending its phrase. Alone, or before the verb "ended", "the decade"
// names none here.
const auto the_decade_to = the_ >> word("decade") >>
                           &(ws >> ((word("to") >> ws) | word("since"))) >> x3::eps[act([](Meaning& m) {
                             m.kind = Kind::duration;
                             m.unit = Unit::decade;
                             m.amount = 1;
                           })];

// "full-year" before the noun it qualifies ("Full-year profit rose", "cut its full-year outlook"):
// the year a report covers, as "the full year" is. Not before a year or a capital ("full-year 2024",
// where the year is tagged).
// Its results by tense (Direction::by_tense, normalize.cpp); a forecast of it the current year
// whatever the verb ("raised its full-year guidance" said in March).
const auto forecast_noun = word("guidance") | word("forecast") | word("forecasts") | word("outlook") | word("target") |
                           word("targets") | word("estimate") | word("estimates") | word("projection") |
                           word("projections") | word("view") | word("goal");
const auto full_year_adjective = word("full") >> dash >> word("year") >> &(ws >> x3::lower) >>
                                 ((&(ws >> forecast_noun) >>
                                   x3::eps[act([](Meaning& m) { m.direction = Direction::current; })]) |
                                  x3::eps[act([](Meaning& m) { m.direction = Direction::by_tense; })]) >>
                                 x3::eps[act([](Meaning& m) {
                                   m.kind = Kind::relative;
                                   m.unit = Unit::year;
                                   m.anchor = Anchor::story;
                                 })];

// "upcoming two weeks", "2 upcoming days" (no article): the unit that many on, the week after next
// and the day after tomorrow, as assistants read it. "the upcoming two weeks" is the duration
// (direction_unit).
const auto upcoming_nth =
    ((word("upcoming") >> ws >> amount >> ws >> unit_word[set_calendar_unit]) |
     (amount >> ws >> word("upcoming") >> ws >> unit_word[set_calendar_unit])) >>
    x3::eps[([](auto& ctx) {
      // A count of whole units: "few upcoming days" names no one day.
      Meaning& m = said(ctx);
      m.kind = Kind::relative;
      m.direction = Direction::next;
      m.amount_explicit = false;  // the unit itself ("2013-W09"), not the moment two weeks on
      x3::_pass(ctx) = m.amount_known && m.amount >= 1 && m.amount <= 1000 && m.amount == static_cast<int>(m.amount);
    })];

// "March in 1 year", "October in two years": that month of the year so many years on.
const auto phrase_ends = x3::eoi | x3::eol | (-ws >> (x3::lit('.') | ',' | ';' | ')' | '?' | '!'));
const auto month_in_years = month_full[to_point<&CalendarFields::month>] >> ws >> word("in") >> ws
                            >> cardinal[take([](Meaning& m, double n) {
                                m.relative_year =
                                    n >= 1 && n <= 100 && n == static_cast<int>(n) ? static_cast<int>(n) : unset;
                              })] >>
                            ws >> (word("year") | word("years")) >> &phrase_ends
                            >> x3::eps[([](auto& ctx) { x3::_pass(ctx) = said(ctx).relative_year != unset; })];

// "last", "this", "next" before "year": the year relative to the DCT's.
const auto relative_year_word = word("last")[act([](Meaning& m) { m.relative_year = -1; })] |
                                word("this")[act([](Meaning& m) { m.relative_year = 0; })] |
                                word("next")[act([](Meaning& m) { m.relative_year = 1; })];

// A part of a year without its year ("the first quarter", "the summer", "March"), read by the
// calendar rules; the relative year said around it is kept.
const auto part_of_year_sub = calendar_sub[([](auto& ctx) {
  const Meaning& sub = x3::_attr(ctx);
  const CalendarFields& f = sub.point;
  const bool part_of_year = f.quarter != unset || f.half != unset || f.season != unset || f.month != unset;
  if (sub.kind != Kind::calendar || f.year != unset || !part_of_year || sub.has_range_end || sub.query_only ||
      f.weekday != unset) {
    x3::_pass(ctx) = false;
    return;
  }
  Meaning& m = said(ctx);
  const int relative_year = m.relative_year;
  m = sub;
  m.relative_year = relative_year;
  m.needs_evidence = false;
})];

// "the first quarter of next year", "the summer of last year", "March of this year", "March 3 of
// last year": a part of
// the year counted from the DCT; "the first quarter of the year": of the year the text is in, as
// "the year" is (the DCT's in news, the story's in a narrative), not of one the words after
// it place ("the summer of the year before", "of the year when he died").
const auto the_year_itself = word("the")[act([](Meaning& m) {
                               m.relative_year = 0;
                               m.anchor = Anchor::story;
                             })] >>
                             ws >> word("year") >>
                             !(ws >> (word("before") | word("after") | word("when") | word("following") | word("in")));
// "the spring of that year", "the summer of the following year", "the winter of the previous
// year": counted from the last date named, as "that year", "the following year" are.
const auto set_anaphoric_year = [](int offset) {
  return [offset](Meaning& m) {
    m.relative_year = offset;
    m.anchor = Anchor::reference;
  };
};
const auto anaphoric_year_word =
    ((word("that") >> -(ws >> word("same"))) | (the_ >> word("same")))[act(set_anaphoric_year(0))] |
    (the_ >> (word("following") | word("next") | word("ensuing") | word("subsequent")))[act(set_anaphoric_year(1))] |
    (the_ >> (word("previous") | word("preceding") | word("prior")))[act(set_anaphoric_year(-1))];
const auto part_of_relative_year = part_of_year_sub >> ws >> word("of") >> ws >>
                                   ((relative_year_word >> ws >> word("year")) |
                                    (anaphoric_year_word >> ws >> word("year")) | the_year_itself);

// "this year's third quarter", "next year's first half", "last year's spring": a part of the year
// counted from the DCT, said with a possessive. "last year's quarter", "last year's period": the
// year before, which the scanner narrows to the quarter the report speaks of, as "the year-ago
// quarter" (financial news: "from $5 million in last year's quarter").
const auto possessive = x3::lit("'s") | x3::lit("\xE2\x80\x99s");
const auto year_possessive_part = relative_year_word >> ws >> word("year") >> possessive >> ws >>
                                  (part_of_year_sub | ((word("quarter") | word("period")) >> x3::eps[([](auto& ctx) {
                                                         Meaning& m = said(ctx);
                                                         x3::_pass(ctx) = m.relative_year == -1;
                                                         m.relative_year = unset;
                                                         m.kind = Kind::relative;
                                                         m.unit = Unit::year;
                                                         m.direction = Direction::previous;
                                                         m.amount = 1;
                                                       })]));

// "the quarter a year ago", "the quarter a year earlier": the same quarter of the year before (the
// scanner says which quarter, as for "the year-ago quarter").
const auto quarter_a_year_ago = the_ >> word("quarter") >> ws >> (word("a") | word("one")) >> ws >> word("year") >> ws
                                >> (word("ago")[act([](Meaning& m) { m.anchor = Anchor::document; })] |
                                    word("earlier")[act([](Meaning& m) { m.anchor = Anchor::reference; })]) >>
                                x3::eps[act([](Meaning& m) {
                                  m.kind = Kind::relative;
                                  m.unit = Unit::year;
                                  m.direction = Direction::previous;
                                  m.amount = 1;
                                  m.amount_explicit = true;
                                })];

// "the latest period": in financial news the quarter just reported, as "the latest quarter" (not
// "the latest period of unrest").
const auto latest_period = the_ >> word("latest") >> ws >> word("period") >>
                           !(ws >> word("of")) >> x3::eps[act([](Meaning& m) {
                             m.kind = Kind::relative;
                             m.unit = Unit::quarter;
                             m.direction = Direction::previous;
                             m.anchor = Anchor::document;
                             m.amount = 1;
                           })];

// "the new year": the year about to begin or just begun (normalize.cpp), in a narrative from the
// date the story has reached; not "the New Year's Eve".
const auto the_new_year = the_ >> word("new") >> ws >> word("year") >> !possessive >> x3::eps[act([](Meaning& m) {
                            m.kind = Kind::relative;
                            m.unit = Unit::year;
                            m.anchor = Anchor::story;
                            m.amount = 1;
                            m.new_year = true;
                          })];

// "the week after next", "the year after next": two on. "Friday after next": the second coming
// Friday.
// Not "Friday after next week", where "next" belongs to the week.
const auto after_next = ws >> word("after") >> ws >> word("next") >> !(ws >> unit_word);
const auto singular_unit = x3::raw[unit_word[set_calendar_unit]][([](auto& ctx) {
  const auto& text = x3::_attr(ctx);
  if (*(text.end() - 1) == 's' || *(text.end() - 1) == 'S') x3::_pass(ctx) = false;
})];
// "the week before last", "the weekend before last", "the year before last": two back from the
// DCT's, as "the week after next", "the weekend after next" are two on (one alternative: "the <unit>" is read once);
// without "the" too, as speech has it: "week after next", "month after next".
// Not "the day before last Tuesday" (a day counted from a date) nor "the year before last year's vote".
const auto before_last = ws >> word("before") >> ws >> word("last") >>
                         !(-possessive >> ws >>
                           (unit_word | weekday_name | month_full | season_name | part_of_day_name)) >>
                         !possessive;
const auto unit_after_next_or_before_last =
    -the_ >> singular_unit >> ((after_next >> x3::eps[act([](Meaning& m) { m.direction = Direction::next; })]) |
                               (before_last >> x3::eps[act([](Meaning& m) { m.direction = Direction::previous; })])) >>
    x3::eps[([](auto& ctx) {
      Meaning& m = said(ctx);
      m.kind = Kind::relative;
      m.amount = 2;
      const bool whole_unit =
          m.unit == Unit::week || m.unit == Unit::month || m.unit == Unit::quarter || m.unit == Unit::year;
      x3::_pass(ctx) = whole_unit || m.unit == Unit::weekend || (m.direction == Direction::next && m.unit == Unit::day);
    })];
// "the night before last": the night of the day before yesterday, as "last night" is yesterday's
// (not "the night before last Tuesday", a night counted from a date).
const auto night_before_last = the_ >> word("night") >> before_last >> x3::eps[act([](Meaning& m) {
                                 m.kind = Kind::relative;
                                 m.unit = Unit::day;
                                 m.amount = 2;
                                 m.direction = Direction::previous;
                                 m.point.part_of_day = 3;
                               })];
// "The night before, ...", "the night after.": the night of the day before or after the last date
// named, when nothing follows in its phrase, as "the day before" is its day (period_before_after).
const auto night_before_after = the_ >> word("night") >> before_or_after >>
                                &(x3::lit(',') | x3::lit('.') | x3::lit(';') | x3::eoi) >> x3::eps[act([](Meaning& m) {
                                  m.kind = Kind::relative;
                                  m.unit = Unit::day;
                                  m.amount = 1;
                                  m.anchor = Anchor::reference;
                                  m.point.part_of_day = 3;
                                })];

// "this time last year", "this time next week", "this day next year": the DCT's day a year (a
// week) away, as TimeBank tags "this time last year"; "this time" alone stays an occasion or
// PRESENT_REF (time_reached).
const auto this_time_unit_away = word("this") >> ws >> (word("time") | word("day")) >> ws >>
                                 (word("last")[act([](Meaning& m) { m.direction = Direction::previous; })] |
                                  word("next")[act([](Meaning& m) { m.direction = Direction::next; })]) >>
                                 ws >> singular_unit >> !possessive >> x3::eps[([](auto& ctx) {
                                   Meaning& m = said(ctx);
                                   m.kind = Kind::relative;
                                   m.amount = 1;
                                   m.amount_explicit = true;
                                   m.moment_grain = Unit::day;
                                   x3::_pass(ctx) =
                                       m.unit == Unit::week || m.unit == Unit::month || m.unit == Unit::year;
                                 })];
// "this day in 1969", "this date in 1963": the DCT's day in the year named, as a "Today in history"
// column dates its events (1969-07-20 said on 20 July); "this day" alone stays today.
const auto this_day_in_year = word("this") >> ws >> (word("day") | word("date")) >> ws >> word("in") >> ws
                              >> year[to_point<&CalendarFields::year>] >> x3::eps[act([](Meaning& m) {
                                  m.kind = Kind::calendar;
                                  m.dct_month_day = true;
                                })];
// "Today in 1969, ...": the same, as such a column opens an entry; only before a comma, a colon or
// a full stop ("today in 1969 dollars" is a measure).
const auto today_in_year = word("today") >> ws >> word("in") >> ws >> year[to_point<&CalendarFields::year>] >>
                           &(x3::lit(',') | x3::lit(':') | x3::lit('.')) >> x3::eps[act([](Meaning& m) {
                             m.kind = Kind::calendar;
                             m.dct_month_day = true;
                           })];
// "Monday last", "Tuesday next" (British, Irish and South Asian formal usage): the last such day,
// the coming one; not before a unit or a named time, which "last" or "next" leads ("on Monday
// last week", "Friday next month"), nor "next to", "next door", "last of".
const auto last_or_next_after_weekday = ws >>
                                        (word("last")[act([](Meaning& m) { m.direction = Direction::previous; })] |
                                         word("next")[act([](Meaning& m) { m.direction = Direction::next; })]) >>
                                        !possessive >> !dash >>
                                        !(ws >> (unit_word | weekday_name | month_full | season_name |
                                                 part_of_day_name | word("season") | word("to") | word("door") |
                                                 word("time") | word("of") | x3::digit));
// "the Friday before last": the Friday before last Friday, as "the week before last" is.
const auto weekday_after_next_or_before_last = -the_ >> weekday_name[to_point<&CalendarFields::weekday>] >>
                                               ((after_next >> x3::eps[act([](Meaning& m) {
                                                   m.direction = Direction::next;
                                                   m.day_shift = 7;
                                                 })]) |
                                                (before_last >> x3::eps[act([](Meaning& m) {
                                                   m.direction = Direction::previous;
                                                   m.day_shift = -7;
                                                 })]) |
                                                last_or_next_after_weekday);
// "March after next", "summer after next": a year after the coming one.
const auto named_after_next = -the_ >> (month_full[to_point<&CalendarFields::month>] |
                                        season_name[to_point<&CalendarFields::season>]) >>
                              after_next >> x3::eps[act([](Meaning& m) {
                                m.direction = Direction::next;
                                m.after_next = true;
                              })];

// "June last year", "January this year"; abbreviated when capitalised, as tables and lists write
// it ("Jun. last year", "Sept this year").
const auto month_relative_year = (month_full[to_point<&CalendarFields::month>] |
                                  (&x3::char_('A', 'Z') >> month_name[to_point<&CalendarFields::month>])) >>
                                 ws >> relative_year_word >> ws >> word("year");
// "August of that year", "July 25 of the same year": in the year last named.
const auto month_of_that_year = month_full[to_point<&CalendarFields::month>] >>
                                -(ws >> day_of_month[to_point<&CalendarFields::day>]) >> ws >> word("of") >> ws >>
                                (word("that") | (word("the") >> ws >> word("same"))) >> ws >>
                                word("year")[act([](Meaning& m) {
                                  m.relative_year = 0;
                                  m.anchor = Anchor::reference;
                                })];

// "to this day" (until now), "in this day and age" (nowadays): the present, PRESENT_REF, as
// WikiWars tags "its effects continue to this day" (tried only there: parse_relative_uncached);
// "this day" elsewhere is the day ("On this day, ...", "this day next year").
const auto present_ref = [](Meaning& m) {
  m.kind = Kind::vague;
  m.vague_value = "PRESENT_REF";
};
const auto this_day_ = word("this") >> ws >> word("day");
const auto this_day_and_age = (this_day_ >> ws >> word("and") >> ws >> word("age"))[act(present_ref)];
const auto to_this_day =
    (this_day_ >> !possessive >> !dash >>
     !(ws >> (word("next") | word("last") | word("in") | word("of") | word("week") | x3::digit)))[act(present_ref)];
bool opens_this_day(const Span& span) {
  if (span.text_end - span.start < 8) return false;
  constexpr std::string_view this_day = "this day";
  for (std::size_t i = 0; i < this_day.size(); ++i)
    if ((span.start[i] | 0x20) != this_day[i]) return false;
  return true;
}

// "this century", "the century" are handled by direction_unit; longest alternatives first, each
// tried only where its first part can start (grammar.hpp, `starts`).
const auto relative_expression =
    starts(tok::month)[fresh >> month_relative_year] | starts(tok::month)[fresh >> month_of_that_year] |
    starts(tok::month)[fresh >> month_in_years] |
    starts(tok::direction | tok::number | tok::digit)[fresh >> upcoming_nth] |
    starts(tok::calendar_starts)[fresh >> part_of_relative_year] |
    starts(tok::direction)[fresh >> year_possessive_part] |
    starts(tok::after_the(tok::unit))[look_ahead_parser<the_letter_ahead<'q'>>{} >> fresh >> quarter_a_year_ago] |
    starts(tok::after_the(tok::direction))[look_ahead_parser<the_letter_ahead<'p', 's', 'c', 'e'>>{} >> fresh >>
                                           comparable_period_a_year_back] |
    starts(tok::after_the(
        tok::direction))[look_ahead_parser<the_letter_ahead<'s', 'c'>>{} >> fresh >> same_period_of_year] |
    starts(tok::after_the(tok::direction))[look_ahead_parser<the_letter_ahead<'s'>>{} >> fresh >> same_period] |
    starts(tok::after_the(tok::direction))[look_ahead_parser<the_letter_ahead<'l'>>{} >> fresh >> latest_period] |
    starts(tok::after_the(tok::deictic))[look_ahead_parser<the_letter_ahead<'n'>>{} >> fresh >> the_new_year] |
    starts(tok::unit | tok::after_the(tok::unit))[fresh >> unit_after_next_or_before_last] |
    starts(tok::after_the(tok::deictic))[look_ahead_parser<the_letter_ahead<'n'>>{} >> fresh >> night_before_last] |
    starts(tok::after_the(tok::deictic))[look_ahead_parser<the_letter_ahead<'n'>>{} >> fresh >> night_before_after] |
    starts(tok::direction | tok::after_the(tok::direction))[fresh >> past_decade] |
    starts(tok::weekday | tok::after_the(tok::weekday))[fresh >> weekday_after_next_or_before_last] |
    starts(tok::month | tok::season | tok::after_the(tok::month | tok::season))[fresh >> named_after_next] |
    starts(tok::hedge | tok::hedge_lead | tok::number | tok::digit | tok::fraction)[fresh >> counted_offset] |
    starts(tok::unit)[fresh >> unknown_count_offset] | starts(tok::deictic)[fresh >> earlier_later_named] |
    starts(tok::deictic)[fresh >> earlier_later] |
    starts(tok::direction | tok::after_the(tok::direction))[fresh >> next_weekday] |
    starts(tok::weekday)[fresh >> weekday_of_week] | starts(tok::direction)[fresh >> week_s_weekday] |
    starts(tok::after_the(
        tok::direction))[look_ahead_parser<the_letter_ahead<'n', 'f'>>{} >> fresh >> the_next_part_of_day] |
    starts(tok::after_the(tok::direction))[look_ahead_parser<the_letter_ahead<'n'>>{} >> fresh >> the_next_named] |
    // Before "this day" alone (direction_unit).
    starts(tok::direction)[fresh >> this_time_unit_away] | starts(tok::direction)[fresh >> this_day_in_year] |
    starts(tok::direction | tok::after_the(tok::direction))[fresh >> direction_named] |
    starts(tok::direction | tok::after_the(tok::direction))[fresh >> direction_unit] |
    starts(tok::after_the(tok::number | tok::digit))[fresh >> count_before_direction] |
    starts(tok::deictic)[fresh >> recent_units] | starts(tok::deictic)[fresh >> today_in_year] |
    starts(tok::deictic | tok::after_the(tok::unit))[fresh >> deictic] | starts(tok::deictic)[fresh >> tonight] |
    starts(tok::deictic)[fresh >> overnight_weekday] | starts(tok::deictic)[fresh >> overnight] |
    starts(tok::unit | tok::after_the(tok::unit))[fresh >> year_ago_adjective] | starts(tok::unit)[fresh >> year_end] |
    starts(tok::unit | tok::deictic | tok::after_the(tok::unit))[fresh >> period_to_date] |
    starts(tok::after_the(tok::unit))[fresh >> period_before_after] |
    starts(tok::after_the(tok::season))[fresh >> season_before_after] |
    // "the long weekend", "the three-day weekend", "the holiday weekend"
    starts(tok::after_the(tok::unit | tok::deictic | tok::number | tok::digit))[fresh >> the_period] |
    starts(tok::unit | tok::after_the(tok::unit))[fresh >> units_ahead] |
    starts(tok::after_the(tok::fiscal | tok::unit))[fresh >> the_year] |
    starts(tok::after_the(tok::unit))[fresh >> the_decade_to] | starts(tok::fiscal)[fresh >> full_year_adjective] |
    starts(tok::deictic | tok::after_the(tok::deictic) | tok::number)[fresh >> vague] |  // "a few moments ago"
    starts(tok::direction)[fresh >> time_reached] | starts(tok::after_the(tok::direction))[fresh >> same_time] |
    starts(tok::after_the(tok::deictic))[fresh >> the_time] | starts(tok::deictic)[fresh >> then_named] |
    starts(tok::direction)[fresh >> current_qualifier];

const char* parse_relative_uncached(const Span& span, Meaning& meaning) {
  // Where no alternative can start, none is tried (the classes are computed once per position;
  // the gate-checking build tries them all, to check each gate).
#ifndef ANNALIST_CHECK_START_GATES
  if ((token_classes(span.start, span.text_end) & tok::relative_starts) == 0) return nullptr;
#endif
  if (opens_this_day(span)) {
    if (const char* end = run(fresh >> this_day_and_age, span, meaning)) return end;
    if (word_before(span.text_begin, span.start, WordBeforeRules{}) == "to")
      if (const char* end = run(fresh >> to_this_day, span, meaning)) return end;
  }
  return run(relative_expression, span, meaning);
}

}  // namespace

// Memoised: the scanner, the clock's day phrases and the range rules all try it at the same start;
// no rule looks behind span.start.
const char* parse_relative(const Span& span, Meaning& meaning) {
  return memoized<parse_relative_uncached>(span, meaning);
}

}  // namespace annalist::timex
