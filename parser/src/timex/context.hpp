// timex/context.hpp — what the words around an expression tell: the clause's tense, the word
// before it, and whether a bare number or an ambiguous word ("May") is really a date.
#pragma once

#include "ascii.hpp"
#include "families.hpp"
#include "meaning.hpp"
#include "normalize.hpp"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist::timex {

// Whether a word of text[from, to) (a run of ASCII letters, as written; not the tail of a word
// begun before `from`, and cut at `to`) is one `accepts` takes: the word-by-word walk of a span
// ("three hours later", "said", "founded").
template <typename Accepts>
bool any_word_in(std::string_view text, std::size_t from, std::size_t to, Accepts accepts) {
  for (std::size_t i = from; i < to; ++i) {
    if (!ascii::is_letter(text[i]) || (i > 0 && ascii::is_letter(text[i - 1]))) continue;
    std::size_t j = i + 1;
    while (j < to && ascii::is_letter(text[j])) ++j;
    if (accepts(text.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

// Where the "after" or "from" starts before text[begin, end) naming a break (recess, break,
// holiday(s), vacation, hiatus, hols: the expression's last word or the word after it), a determiner
// between or not ("after the Christmas holidays", "from its Easter recess"); npos where none does.
// A weekday after it is not the holiday's day ("reopened after the Christmas holidays on Monday").
std::size_t gone_past_break(std::string_view text, std::size_t begin, std::size_t end);

// Whether text[begin, end) names a break gone past (gone_past_break) that one goes back from, not
// told as past: "return(s)" or "resume(s)" from or after it, "come(s)", "are", "get(s)", "head(s)"
// or "start(s)" back from it (is_back_verb), "reopen(s)", "reconvene(s)" or "go back" after it;
// "again" or "back" before "after" it, or days or weeks counted from it, in a clause not told as
// past ("Students are in class again after the Christmas vacation", "the first week after the
// Easter break"); "to" a place may come before ("return to school after the Christmas holidays").
// Its season or holiday is the nearest, on either side (clause_tense, ClauseTense::either_side).
bool returns_from_break(std::string_view text, std::size_t begin, std::size_t end);

// The tense of the clause containing text[begin, end): the nearest tense cue ("will", "was",
// "said", a past participle, ...) within the sentence, looking at most ~25 words either way.
Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end);

// Whether the expression at `begin` dates a proceeding the clause's act waits for, which lies ahead
// of the act, past or not: "was released on bail pending a hearing on June 2", "remanded ahead of a
// sentencing hearing on April 2", "awaiting a vote on Friday".
bool waits_for_proceeding(std::string_view text, std::size_t begin);

// The word just before `begin` (letters only, lower-case, at most 15 bytes; empty when the
// previous non-blank character is not a letter, or the word is longer).
ShortWord previous_word(std::string_view text, std::size_t begin);

// The bounding preposition before an expression ("since", "until", "by", "before", "after",
// "from"), or empty.
std::string_view signal_before(std::string_view text, std::size_t begin);

// Whether text[begin] is a digit inside a longer number or an amount ("2,014", "2014.5" at "5",
// "$2014"): has_evidence rejects every match starting there, whatever it reads, so the driver
// does not try the families at all.
bool starts_inside_number(std::string_view text, std::size_t begin);
// The kinds of word the clock family reads around a bare clock time (rules_clock.cpp: its sources
// hold only what its grammar matches).
enum class ClockContext : std::uint8_t {
  timetable_verb,  // "opens", "closes", "starts", "met", "leaves": "The shop opens at 9"
  form_of_be,      // "is", "was", "been": a passive before one ("Rates were left at 5")
  level_noun,      // "price", "shares", "index": what is set at a level ("Prices start at 9")
  routine,         // "daily", "every", "weekdays", "Mondays": a routine's hours
  opening_hours,   // "open", "shut", "staffed": "is open between 1000 and 1800 hours"
};
// Whether `word` (lower case) is a word of that kind.
bool is_clock_context_word(std::string_view word, ClockContext kind);

// Whether four figures at text[begin] right after "at" are a 24-hour clock without its colon ("at
// 1030", "at 0600"): the clock family reads them, and has_evidence lets a year below 1900 yield.
bool bare_hhmm_at(std::string_view text, std::size_t begin);

// Whether a lone season has_evidence accepted only as a season of a story ("spent the spring",
// "their summer offensive", "the Spring Offensive"), with no word of time before it: a date in a
// narrative, where such seasons time the events, but a kind of thing in news ("summer camp",
// "a winter storm"). The scanner keeps it only in a narrative.
bool season_needs_narrative(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m);

// Whether the expression is "this time" or "that time" after "at": the time a story has reached in
// a narrative ("At this time, Congress cut financial aid", WikiWars' PRESENT_REF), a hedge in news
// ("no comment at this time", which TimeBank leaves untagged); "at the same time" too. The scanner
// keeps it only in a narrative.
bool time_reached_needs_narrative(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m);

// Whether the expression is a time the text named last, whose value it takes (scanner.cpp): "since
// then", "until then", "by then" (no time named just before: no tag); in news "at the time", "at
// that time" (none: no tag, as TimeBank mostly leaves them), "by that time", "during that period"
// (none: PRESENT_REF). In a narrative "at the time", "that period" stay PRESENT_REF, as WikiWars
// writes them, and "then" is no tag (the scanner's): WikiWars, in TIMEX2, tags none of its "by then".
enum class PointsBack { no, or_untagged, or_present };
PointsBack points_back(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m, bool narrative);

// Whether the expression is "the year before" or "the month after" ending its clause: in a
// narrative the year before the last date named ("Sudan had been freed the year before."), in
// news a comparison ("down from $450 million the year before"), which TimeBank leaves untagged,
// unless told in the past perfect. The scanner keeps it only in a narrative or a past perfect.
bool period_before_needs_narrative(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m);

// Where a lone season's expression starts: at the season itself when "the" is before it and the
// season qualifies the noun after it ("the [summer] offensive", "in the [Spring] Offensive"), as
// the noun phrase's head is the offensive, not the season; else `begin`.
std::size_t season_phrase_begin(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m);

// Whether the date text[begin, end) qualifies the noun after it rather than timing its clause: a
// determiner before it and a word of the noun phrase after ("the 1614 rules", "the 1978 Treaty of
// Friendship", "the August 1792 uprising", "surpassing the May 2007 high"). Such a date names a
// thing: when it lies before a narrative's reference time, the reference stays.
bool qualifies_noun(std::string_view text, std::size_t begin, std::size_t end);

// Whether a lower-case word that is no function word follows `end` ("every Christmas market",
// "each Easter egg"): a noun or an adjective the expression qualifies, not a clause's next part
// ("every Christmas the choir sings", "every Easter since 2010").
bool noun_follows(std::string_view text, std::size_t end);
// Whether a verb follows `end`, after a quantified expression ("every Christmas"): an auxiliary
// ("is", "was", "will") or a lower-case word in "-s" ("Every Christmas brings new toys", "Each
// Easter draws crowds"). "every" counts no plural, so a plural noun there ("Every Christmas lights
// go up") leaves the expression timing its clause too; not a singular in "-s" ("every Christmas
// bonus", "each Easter mass": "-ss", "-us", "-is", "-ies", "news").
bool quantified_subject_verb_follows(std::string_view text, std::size_t end);

// Whether the month ending at `end` dates the figures named after it ("March CPI rose 0.4%", "May
// PMI", "March payrolls"): an acronym in capitals or a word of economic data (names_data_month).
// Then "March" and "May" opening a sentence are the month, not the verbs ("March to the square",
// "May God").
bool names_figures_month(std::string_view text, std::size_t end);
// Whether the month name at text[begin, end) stands between two others in a list of months, after
// a comma and before a comma, "and" or "or" ("in April, May and June", "March, April, May, and June",
// "Jan., Feb. and March", "Jan, Feb and Mar", the last "Nov." of "Sept., Oct. and Nov."): the month, whatever else the
// word is ("May" the modal, "March" the verb, "Feb." an abbreviation read only after a preposition of time). Not after
// one month only ("In April, May said", "in April, May analysts say"), nor after a name ("Theresa May, June Carter").
bool between_listed_months(std::string_view text, std::size_t begin, std::size_t end);
// Whether a word of economic data follows the month ending at `end` ("September trade figures",
// "October sales", "March payrolls").
bool names_data_month(std::string_view text, std::size_t end);
// Whether a commodity or its contract follows the month ending at `end` ("December corn", "March
// wheat", "June crude", "the December contract"): a futures contract's delivery month.
bool names_commodity_month(std::string_view text, std::size_t end);
// Whether the month ending at `end` dates the figures that are the subject of "will" or a modal
// after them ("Officials said October sales will rise", "March exports could fall"): a prediction
// of the month's figures, not their release, so the month looks ahead as its clause does. Not
// after a preposition ("said in October sales will rise" dates the saying).
bool data_month_subject_of_future(std::string_view text, std::size_t begin, std::size_t end);
// Whether the month starting at `begin` is the one economic data are for ("the figures for
// February", "inflation data for March").
bool data_for_month(std::string_view text, std::size_t begin);

// Whether the month text[begin, end) names a futures contract by its delivery month ("crude for
// December delivery", "the March contract", "May futures"): a month still to come, whatever the
// report's tense ("Crude oil for December delivery settled at $20.21" said in October); not a
// delivery made ("completed the December delivery").
bool names_delivery_month(std::string_view text, std::size_t begin, std::size_t end);

// Whether a lone season qualifies the noun after it ("their summer offensive", "the German Spring
// Offensive", "the Winter Offensive"): a name or a kind of thing, whose year the words after it
// may give ("the Spring Offensive of 1918").
bool season_qualifies_noun(std::string_view text, std::size_t begin, std::size_t end);

// Whether the expression starting at `begin` follows "had" and its participle in its clause
// ("forces that had invaded Burma in late 1943", "which had been signed in 1939"): the past
// perfect puts the date before the time the story has reached. Not "had to".
bool in_past_perfect_clause(std::string_view text, std::size_t begin);

// Whether the clause of an expression ending at `end` goes on in the past perfect after it ("on 2
// September, the staff had begun planning"): "had" and a word other than "to" within a few words,
// before the clause ends (a comma right after the expression, closing a fronted date, does not
// end it).
bool past_perfect_follows(std::string_view text, std::size_t end);

// Whether the sentence around [begin, end) says in the present that something is open or closed:
// "is open", "are closed", "remains shut", "stays closed", "opens", "closes", "reopens" (about 60 bytes either
// side, within the sentence). A notice of one occasion ("Note that the office is closed on
// Monday": the coming Monday), wherever the day stands; not the routine follows_habitual_verb
// finds, which recurs.
bool says_open_or_closed(std::string_view text, std::size_t begin, std::size_t end);

// Whether the expression at `begin` follows the present simple of a scheduled act, at most "on" or
// "at" between: "Polls close at 8 p.m. on Sunday", "Voting ends on Sunday", "The offer expires
// Friday", "Trading resumes on Monday". A timetable looks ahead (TimeBank: "The rights, which expire
// Nov. 21"; "until the restriction expires on Dec. 31"). Not with a word between, which may tell a
// result, as a market report's present does of the past ("Stocks close higher on Friday"), except
// the object of an act always scheduled: "takes office on Monday", "Voters go to the polls on Sunday",
// an object led by a determiner ("opens its first office on Monday"), a place ("The summit opens
// in Belem on November 10") and the clocks' change ("The clocks go forward at 1am on Sunday").
// So does an arrangement in the present progressive: "The team is playing on Saturday".
bool follows_scheduled_act(std::string_view text, std::size_t begin);

// follows_scheduled_act with a verb only a timetable's ("Polls close Sunday", "Final kicks off
// Saturday"), not one as often a noun or a headline's news ("Pope visits flood victims Sunday",
// "Biden hosts Modi Sunday").
bool follows_timetable_verb(std::string_view text, std::size_t begin);

// Whether the date at text[begin, end), after "on", dates the subject of a timetable's verb in the
// present right after it: "The National Day parade on 1 October starts at 8 a.m.", "The summit on 3
// June opens in Geneva" (the act's own date, ahead as after the verb). Not after a verb ("The show
// that opened on 1 October closes", "was held on 1 October").
bool dates_timetabled_subject(std::string_view text, std::size_t begin, std::size_t end);

// Whether the weekday at text[begin, end) dates an arranged event opening the sentence ("The vote
// on Monday", "Thursday's hearing") that is the subject of a verb in the simple present, a
// timetable's: "The vote on Monday, which will be close, decides the budget", "Thursday's hearing
// comes a week after the court ruled" (the coming ones). A relative clause between commas after the
// event is passed over. Not a verb that reads a result, a report's present ("Monday's vote shows the
// party split", "Sunday's final leaves them second").
bool dates_arranged_subject(std::string_view text, std::size_t begin, std::size_t end);

// Whether the weekday at `begin` (or its "on") follows a market report's result told in the
// present, as headlines tell the past: "Stocks close higher on Friday", "The Dow ends the week
// lower on Friday". Not a forecast ("are expected to close higher on Friday").
bool follows_market_result(std::string_view text, std::size_t begin);

// A sport's cues in one text, searched once per byte as its seasons ask for the story around them
// (a season said in every sentence of a long text would else read its window each time).
class SportCues {
 public:
  // The month from which a sport's season said from the DCT ("this season", "last season") counts
  // from the season starting in the DCT's year, by the sport the story around text[begin, end)
  // (3000 bytes before, 1500 after) names: 1 for a sport played within a calendar year (baseball,
  // Formula 1, MLS, the IPL, or a season named by one year: "the 2026 season"), 3 for American
  // football (September to February), else 6 (a football, basketball or hockey season ends in May
  // or June). `text` is the same text at every call; seasons are asked for in text order.
  unsigned season_turn(std::string_view text, std::size_t begin, std::size_t end);

 private:
  struct Cue {
    std::size_t begin, end;
    bool football;
  };
  void scan(std::string_view text, std::size_t from, std::size_t to);  // adds the cues beginning in [from, to)
  std::vector<Cue> cues_;  // the cues beginning in [searched_from_, searched_to_), by begin
  std::size_t first_ = 0;  // cues_[0, first_) lie before the last window
  std::size_t searched_from_ = 0, searched_to_ = 0;
};

// Whether the expression text[begin, end) is in a headline telling news in the present: a line of
// its own of three to twelve words, opening with a capital and ending without a full stop, with a
// verb in "-s" after its first word ("Storm hits coast Sunday", "Fed holds rates steady
// Wednesday"). A headline's present tells what has just happened; not a deadline's date, after
// "by", "until" or "before", which an order or a notice sets ahead ("Return the forms by Friday").
bool in_present_headline(std::string_view text, std::size_t begin, std::size_t end);

// in_present_headline with a verb in "-s" or without: "Markets open lower Monday".
bool in_any_headline(std::string_view text, std::size_t begin, std::size_t end);

// Whether the weekday at `begin` (or its "on") follows a past commitment and what it commits to,
// with an object: "Microsoft agreed to buy Activision on Monday", "voted to cut the dividend on
// Tuesday". News names the day the deal was agreed, not the act's ("agreed to cut prices in May"
// looks ahead; so does "agreed to meet on Monday", with nothing between, and "has agreed to").
bool follows_past_commitment(std::string_view text, std::size_t begin);

// Whether the expression at [begin, end) dates what a directive told ("were told to", "were warned
// to", "Police urged residents to") asks to be done, and a clause of time or reason right after it
// has a present or a future verb ("as the storm approaches", "until the storm passes"): the
// directive's act then lies ahead of the telling ("Residents were told to stay indoors on Saturday
// as the storm approaches" said on a Tuesday is the coming Saturday). Without such evidence the
// clause's past decides ("Drivers were warned to avoid the motorway on Friday" stays the last
// Friday: as often a day already gone). Bounded: four words after the expression, eight before it.
bool directive_ahead(std::string_view text, std::size_t begin, std::size_t end);

// Whether the reported clause the expression at `begin` is in is told by a verb the date
// text[date_begin, date_end) before it dates: "In September the bank said rates will rise in
// October", "Back in March, officials promised the road would reopen", "On Monday the ministry said
// talks would resume", "The ministry said on Monday talks would resume". The report's future counts
// from that date, not from the DCT. The date is in the telling's clause: only the telling's subject
// between them (at most six words, no word joining another clause: "The plant closed in September
// and the company said"), or right after the verb; a past telling ("said", "promised", not "says")
// before its reported clause (reporting_word_before), not an attribution closing an aside. Bounded:
// 160 bytes from the date to the expression.
bool telling_dated_by(std::string_view text, std::size_t date_begin, std::size_t date_end, std::size_t begin);

// Whether the expression at `begin` follows "until" ("to", "into") after a putting off told in the
// past: "Napoleon delayed his attack until 11:30 a.m.", "was postponed until noon", "was moved to June". What was put
// off lies ahead of the putting off (clause_tense), but still in the story's day.
bool follows_past_deferral(std::string_view text, std::size_t begin);

// Whether exactly one sentence ends in text[from, to), in one paragraph: `to` is in the sentence
// right after the one `from` is in. With `across_paragraphs` that sentence may end its paragraph.
bool one_sentence_ends_between(std::string_view text, std::size_t from, std::size_t to, bool across_paragraphs = false);

// Whether text[from, to) lies within one sentence and holds the word "after": what it leads to
// happened before what came before it ("The war began in April 1992, after a referendum held on 29
// February": the February before, not the next one).
bool looks_back_within_sentence(std::string_view text, std::size_t from, std::size_t to);

// Whether the expression at `begin` opens its sentence after "In" or "Back in" ("In 2011 the regime
// cracked down", "In 1989, the protests spread"), or ends the "in" of a clause of time opening it
// ("When the pandemic struck in 2020, the airline grounded its fleet"), or opens it set off by a
// comma ("Last year, the vote was delayed until December"): a time set before the main clause, the
// scene what follows is in. Not a year naming a measure's base ("In 2010 dollars, ...").
bool sets_the_scene(std::string_view text, std::size_t begin, std::size_t end);

// Whether the year at text[begin, end) opens its sentence as the subject of a past verb that tells
// what the year was or held ("2013 was a year in which prices fell in December", "2010 saw prices
// fall in December", "Last year was the hottest on record, and December the warmest month"): what
// its sentence tells in the past is that year's, as after "In 2013,". Only its own sentence: "2010
// was a bad year for the company. In March, it cut 500 jobs" leaves the next one to the DCT.
bool year_is_subject(std::string_view text, std::size_t begin, std::size_t end);

// Whether four digits standing alone, a year, are written before `begin` in its sentence (back to
// a full stop, a semicolon or a line break): "In 2019, the company announced the merger, with
// completion expected in March" (prospect_after_with: the year dates the story).
bool year_written_before(std::string_view text, std::size_t begin);

// Whether the year at text[begin, end) dates the event its sentence opens with and tells the taking
// place of: "The 2026 World Cup begins on June 11", "The 2024 election was held on November 5",
// "The 2025 season opens in March". The sentence's yearless dates are the event's year's, the DCT's
// own too. Not a thing of the event's ("The 2026 budget was approved on June 11", "2010 World Cup
// tickets went on sale in December").
bool year_dates_event_subject(std::string_view text, std::size_t begin, std::size_t end);

// Whether `word` (lower case) is a measure a year before it is the base of: "2010 dollars", "1990
// levels", "2015 prices", "in real 2010 terms".
bool dates_a_measure(std::string_view word);

// Whether the expression text[begin, end) ends, after "in", a sentence that tells an event with no
// figure in it ("The Soviet Union collapsed in 1991.", "Facebook went public in 2012."): the time of
// what the sentence tells, as a scene set before its clause is. "Sales rose 5% in 2013." states a
// figure, and "Rates were cut in 2021." with "In March they rose" at `next` tells an amount's
// course: a year of figures is what later news is compared with. Nor one that tells the founding of
// what lasts ("The company was founded in 2015.") or the last time something happened ("The volcano
// last erupted in 1991."), nor when the next sentence tells it happens "again": what follows may be
// the latest news.
bool ends_a_told_sentence(std::string_view text, std::size_t begin, std::size_t end, std::size_t next);

// Whether the word `w` is a verb of change or a direction ("rose", "fell", "cut", "up"): what it
// tells is an amount's change ("rose from 3 to 4 on Monday", "Rates were cut in 2021").
bool changes_an_amount(std::string_view w);

// Whether the rest of the sentence after `end` states a figure: a number, an amount of money or a
// percentage, "million", "billion", "percent" ("In 2019, the airline carried 50 million
// passengers"). A year of figures is as often what later news is compared with as a scene. Not
// when the date at `date_begin`, the one the year would time, is in the same sentence: the year
// sets that date's scene, figures or not ("In 1805 the army crossed the Rhine on 2 March").
bool states_a_figure(std::string_view text, std::size_t end, std::size_t date_begin);

// Whether the paragraph before text[b] tells a life from its birth: "born" and a date after it
// ("Born in 1950 in Ohio, she joined the Navy in 1968", "He was born in 1931 ... in 1949"). The
// year of the birth itself is not yet the story ("She was born in 1990 and now runs a bakery").
bool tells_a_life(std::string_view text, std::size_t b);

// The sentence around text[begin, end): from the end of the one before (a sentence's end or a line
// break) to its own end, within `reach` bytes each way.
std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t begin, std::size_t end);

// Where the relative clause containing `begin` opens: the comma before "who", "which" or "whose" at most
// ~80 bytes back in the same sentence (", which started on Monday"), else npos. A comma between
// digits ("1,600") is none.
std::size_t relative_clause_opening(std::string_view text, std::size_t begin);

// The region (holidays.hpp's code) the text says a holiday named at text[begin, end) is of: a
// country's name or its people's adjective right before it, a possessive's "'s" or "'" read
// through ("India's Independence Day", "the Philippines' Independence Day", "Canadian
// Thanksgiving"); "its" after the country its sentence named last ("Kazakhstan marked its
// Independence Day"); "in" or "of" and the country right after it ("Independence Day in
// Kazakhstan", "Labour Day in Western Australia"). Empty when the text names none there.
std::string_view region_said(std::string_view text, std::size_t begin, std::size_t end);

// Whether text[from, to) reports what someone says: "said", "says", "told", "announced" as a word
// ("Her family said a memorial service would be held", "the company says").
bool reports_speech(std::string_view text, std::size_t from, std::size_t to);

// Whether an expression at `begin` looks ahead from a past: a "would" between its sentence's start
// and it ("Lincoln said the war would end in the spring"), the future of a report, or, as the
// nearest cue before it, another future seen from a past: a reported hope or expectation ("said it
// hoped to reopen in the summer"), a past "be" starting a plan ("the plant was expected to reopen
// in December", "was due to"), a plan told in the past ("planned to"). Not "will", "is due to".
bool future_seen_from_past(std::string_view text, std::size_t sentence_begin, std::size_t begin);

// Whether the expression at `begin` follows "for" after a participle of planning: "was scheduled
// for March 1998", "a vote set for Friday", "planned for May" (names_planned_day's participles).
bool names_day_planned_for(std::string_view text, std::size_t begin);

// Whether the clause of the expression at text[begin, end), which its tense reads as ahead or as
// either side of the telling (a plan, an arrangement, a span a decision states), is told in the
// past: its verbs are past ("was scheduled for March 1998", "ruled the city from 1434 to 1494"), or
// their future is seen from a past (future_seen_from_past: "said the vote would be held in May").
bool looks_ahead_from_past(std::string_view text, std::size_t begin, std::size_t end);

// Whether text[from, to) tells something in the present perfect ("has fallen since", "have since
// doubled", "has grown"): what it tells holds now, so the story has come back to the present.
bool tells_present_perfect(std::string_view text, std::size_t from, std::size_t to);

// Whether the expression starting at `begin` is what its clause compares with ("as opposed to a
// peak of nearly 1,600 in summer 2007", "down from a high of 300 in May", "fewer than in 1943",
// "compared with 1990"): a comparison word a few words before it in its clause.
bool in_comparison(std::string_view text, std::size_t begin);

// Whether "since" opens the clause of the expression starting at `begin`, a few words before it
// ("have doubled since the company went public in May 2019"): the start of a span that runs to now.
bool in_since_clause(std::string_view text, std::size_t begin);

// Whether the expression starting at `begin` ends a span in a relative clause: "until" or "till"
// a few words before it, and "that" or "which" before that ("an assault that lasted until the fall
// of Budapest in February 1945", "a siege which would last until January 1943"). The clause looks
// ahead from the thing it describes; the story stays where that thing began.
bool ends_span_of_relative_clause(std::string_view text, std::size_t begin);

// Whether text[begin] is inside parentheses opened in its sentence ("the Pusan Perimeter (August
// 1950)"): an aside.
bool in_parentheses(std::string_view text, std::size_t begin);

// Whether the expression starting at `begin` follows a verb of a standing arrangement in the
// present, a few words before it in its clause ("The office is open Monday-Friday", "the library
// opens Monday to Saturday", "the service operates", "the club meets"): a routine, so what it
// times recurs. The open and closed words are says_open_or_closed's; there they tell one occasion
// (the scanner asks this only of a range of weekdays, that only of one weekday).
bool follows_habitual_verb(std::string_view text, std::size_t begin);

// Whether the expression starting at `begin` is what a schedule's subject is in the present, right
// after it ("Visiting hours are Monday to Saturday", "Opening times are 10 a.m. to 6 p.m.", "Office
// hours are from 9 a.m.", "Service runs from 5 a.m. to midnight"): "hours" or "times" before "is"
// or "are", "service(s)" before "runs" or "operates". What it times recurs. Not another subject
// ("Polls are open from 7 a.m. to 8 p.m.", one day's), nor a past or future verb.
bool follows_schedule_subject(std::string_view text, std::size_t begin);

// Whether an adverb of habit ("usually", "typically", "normally", "generally", "traditionally",
// "customarily", "ordinarily", "routinely", "annually", "often", "regularly", "frequently", "tend(s)
// to", "each year", "every year") stands a few words before `begin` in its clause ("is usually
// conducted in the second and fourth quarters", "sales typically peak in the fourth quarter"): what
// the expression times recurs every year. Not in another clause ("usually rise, but fell in"), nor
// after the expression ("the fourth quarter is usually the strongest"). `always_too`: "always" too,
// for a clock time ("He always arrives at 8:30 a.m."), where a date after it is as often one day
// remembered ("I will always remember June 5").
bool follows_habitual_adverb(std::string_view text, std::size_t begin, bool always_too = false);

// Whether the expression starting at `begin` is what a yearly period's definition times: the period
// the subject of a present simple verb of its start or end ("The state's budget year begins in
// July", "The fiscal year ends in June") or its span ("The hurricane season runs from June to
// November"), right before the expression's preposition. Not one occurrence: a past or future ("The
// budget year began in July"), "this", "next" or a year in figures ("Next year's fiscal year
// begins in July", "The 2026 fiscal year"), nor a season that begins or ends
// ("The season starts in August": this season). A year of four figures in the subject is put in
// `subject_year` (when given): the occurrence the definition times ("The 2026 tax year runs from
// April 6 to April 5": from 2026-04-06).
bool times_generic_period(std::string_view text, std::size_t begin, int* subject_year = nullptr);

// Whether the holiday named at text[begin, end) is the subject of a statement of its date in any
// year: a present simple verb of its date after it, with a cue of habit or a weekday counted in a
// month ("Thanksgiving usually falls on the fourth Thursday of November", "Mother's Day falls on the
// second Sunday of May", "Memorial Day is observed on the last Monday of May each year"): the
// holiday of every year, a set. Not one year's ("This Thanksgiving falls on November 26": "This"
// is read with the name; "Thanksgiving fell on November 26 last year"; "Christmas falls on a
// Friday this year"). The month of a weekday counted in one goes in `month` (when given): "In
// Canada, Thanksgiving falls on the second Monday of October" is October's.
bool holiday_subject_of_definition(std::string_view text, std::size_t begin, std::size_t end, int* month = nullptr);

// Whether the expression starting at `begin` is the day such a statement gives ("the second Sunday
// of May" in "Mother's Day falls on the second Sunday of May"): every year's, a set.
bool times_holiday_definition(std::string_view text, std::size_t begin, int* month = nullptr);

// Whether the range of weekdays text[begin, end) opens a listing's line or item and opening hours
// follow it ("Tue-Sun 10am-6pm", "Box office: Mon-Sat, 9:00-17:30", "Open daily except Mon,
// Wed-Sun 11am-5pm"): a clock reading, a dash and a figure, within a few bytes. The range is then a
// routine, as after follows_habitual_verb's verbs.
bool lists_opening_hours(std::string_view text, std::size_t begin, std::size_t end);

// Whether text[begin, end) is a listing's line or item of its own: nothing but a label before it and
// nothing but a line's end or the next item's separator after it ("Sat 10am-4pm", "Mon-Fri 9-5,
// Sat 10am-4pm", "Box office: Fri 8pm"); a text that is nothing but the expression is a query, no
// listing.
bool is_listing_item(std::string_view text, std::size_t begin, std::size_t end);

// Whether text[begin] is inside a quotation opened in its paragraph (an odd number of quotation
// marks, '"', "``", "''" or curly, since the last line break): what a speaker says, not what the
// report tells.
bool in_quotation(std::string_view text, std::size_t begin);

// The quotation around text[begin, end), when it opens and closes in its paragraph within a few
// hundred bytes: where its opening mark begins and where its closing mark ends.
std::optional<std::pair<std::size_t, std::size_t>> quotation_around(std::string_view text, std::size_t begin,
                                                                    std::size_t end);

// Whether the expression at text[begin, end) dates the saying of the quotation text[open, close):
// in the reporting clause right after it ('"...," she said on Tuesday', '," he said yesterday')
// or right before it ('She said on Tuesday: "...', 'On Monday he said: "...'). Then the days said
// in the quotation ("tomorrow", "today") count from that day, not from the DCT.
bool dates_saying_of_quotation(std::string_view text, std::size_t open, std::size_t close, std::size_t begin,
                               std::size_t end);

// Whether text[begin, end) stands in an aside set off by commas within its sentence ("The plant,
// built in 1998, closed ...", "The minister, who was arrested in March 2021, was convicted"): a
// comma before it and another after it before the sentence ends (not one inside a number).
bool in_comma_aside(std::string_view text, std::size_t begin, std::size_t end);

// Whether the line around text[begin, end) is a headline in title case: every word of four letters
// or more capitalised, and at least three of them ("Senate Votes Today on Budget"), and no shorter
// word in lower case that a title capitalises ("She won Sports Personality of the Year in
// December." is running text: only "the", "of", "in" and the like stay small). There a
// capitalised word beside a date tells nothing of a name.
bool in_title_case_line(std::string_view text, std::size_t begin, std::size_t end);

// Whether a match that needs context is acceptable there (see Meaning::needs_evidence,
// Meaning::bare_year, Meaning::needs_for). `document_year`, the DCT's year when known, tells the
// year of a document from a plan's horizon ("the 2024 National Security Strategy", "the 2030 Agenda").
bool has_evidence(std::string_view text, std::size_t begin, std::size_t end, const Meaning& meaning,
                  int document_year = unset);

// Whether the length text[begin, end) ("a year", "a day") is the period of a rate after an amount:
// "$1bn a day", "200,000 tonnes a year", "700 seats a week", "24 hours a day". TimeML makes it a
// SET (P1D), as "per day" and "twice a day" are; not "within a year", "a day after the vote".
bool is_rate_period(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m);
// "He will one day follow his father", "hopes to one day run": "one day" after a modal, or after a
// "to" that a verb of hoping opens, is someday (FUTURE_REF, as AQUAINT tags "will [one day] be"), no
// length; "will last one day", "take one day" stay the length.
bool says_someday(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m);

}  // namespace annalist::timex
