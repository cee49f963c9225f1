// Dated events: for each body sentence with a placeable time expression, attach every expression
// to the predicate that governs it, then give the event its type, status, actors and places.
#include <annalist/parser/events.hpp>

#include "builtin_lexicon.hpp"
#include "entities.hpp"
#include "predicates.hpp"
#include "tokens.hpp"

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <optional>
#include <utility>

namespace annalist {

namespace {

using namespace events_detail;

// How far (in units: words, or multi-word triggers) a date may be from its predicate. Beyond
// that a date usually modifies something the lexicon has no trigger for.
constexpr std::size_t max_attachment_distance = 10;

std::size_t distance(const Predicate& p, std::size_t unit) {
  if (unit < p.begin) return p.begin - unit;
  if (unit >= p.end) return unit - p.end + 1;
  return 0;
}

// distance(), with a name of several words counted as one word: "will negotiate a Global
// Arrangement on Sustainable Steel and Aluminium with the United States by the end of 2024" is as
// near as "will negotiate a deal with the US by the end of 2024".
std::size_t distance_over_names(const std::vector<Token>& tokens, const SentenceAnalysis& s, const Predicate& p,
                                std::size_t unit) {
  if (unit >= p.begin && unit < p.end) return 0;
  // "Wildfires forced the evacuation of 20,000 people in southern Chile on Saturday": the past verb
  // that gave an event noun its tense is said of it, and counts from its own place.
  const std::size_t end = p.past_by_verb && unit > p.end ? p.end + 1 : p.end;
  const std::size_t first = unit < p.begin ? unit + 1 : end, last = unit < p.begin ? p.begin : unit;
  const auto capitalised_word = [&](std::size_t k) {
    const Token& t = tokens[s.units[k].begin];
    return s.units[k].end == s.units[k].begin + 1 && t.kind == TokenKind::word && t.capitalised && s.units[k].tags == 0;
  };
  std::size_t words = 1;
  bool in_name = false;
  for (std::size_t k = first; k < last; ++k) {
    const std::string_view w = tokens[s.units[k].begin].lower;
    if (in_name && (w == "of" || w == "and" || w == "on" || w == "for") && k + 1 < last && capitalised_word(k + 1))
      continue;
    // "in The Lancet", "in The New York Times": a capitalised "The" inside a sentence opens a title.
    if (!in_name && k > 0 && w == "the" && tokens[s.units[k].begin].capitalised && k + 1 < last &&
        capitalised_word(k + 1))
      continue;
    if (capitalised_word(k)) {
      if (!in_name) ++words;
      in_name = true;
      continue;
    }
    ++words;
    in_name = false;
  }
  return words;
}

// Whether the date at `unit` ends an aside opened by a present participle right before the verb
// `predicate`: "Mr Lula, speaking in Belem on Monday, said ..." (the speaking is the saying).
bool ends_participle_aside(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit,
                           std::size_t predicate) {
  if (predicate != unit + 2 || !(s.units[unit + 1].tags & tag_comma)) return false;
  for (std::size_t k = unit; k-- > 0 && k + 8 > unit;) {
    if (!(s.units[k].tags & tag_comma)) continue;
    const Token& first = tokens[s.units[k + 1].begin];
    return k + 1 < unit && s.units[k + 1].tags == 0 && !s.units[k + 1].roles && first.kind == TokenKind::word &&
           !first.capitalised && first.lower.size() > 5 && first.lower.ends_with("ing");
  }
  return false;
}

// Whether the date at `unit` may date a predicate after it. A date that opens its clause, or a
// conjunct or "when" clause in it, may ("On Tuesday Russia and China signed", "Earlier Sunday,
// police and protesters clashed", "... and on 20 August 1988 peace was restored"); so may one
// right before a verb group ("Russia on Tuesday signed", "I am tonight announcing"). Not one after
// a verb of its clause, whose adjunct it is ("filed a brief on Monday arguing ... cannot return
// Elian", "rolled into Iraq on Tuesday and cargo was unloaded"), nor one after a subject with
// words between ("touring Dar es Salaam Thursday and meeting ...", "its net income rose 51% in
// the third quarter, bolstered by ... investment": the lexicon does not know every verb).
bool may_date_later_predicate(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit,
                              std::size_t predicate) {
  constexpr std::uint32_t auxiliary = tag_be | tag_have | tag_modal | tag_future | tag_do;
  const std::size_t clause = s.clause_of[unit];
  // Only auxiliaries, adverbs and a verb the lexicon does not know ("on Friday finished drafting
  // the rules") between the date and the predicate.
  bool adjacent = true;
  for (std::size_t k = unit + 1; k < predicate; ++k)
    if (!(s.units[k].tags & (auxiliary | tag_adverb | tag_negation | tag_past_word))) adjacent = false;
  if (adjacent && unit > 0 && s.clause_of[unit - 1] == clause && (s.units[unit - 1].tags & auxiliary)) return true;
  std::size_t other_words = 0;  // before the date, back to where its clause or conjunct starts
  bool after_comma = false;     // only a preposition or adverbs between a comma and the date
  bool adverbials_only = true;
  for (std::size_t k = unit; k-- > 0 && s.clause_of[k] == clause;) {
    const Unit& u = s.units[k];
    if ((u.tags & (tag_conjunction | tag_subordinator)) || tokens[u.begin].lower == "when") break;
    if (u.tags & (auxiliary | tag_past_word)) return false;
    if (u.roles && !u.noun_context && u.verb_forms) return false;
    if ((u.tags & tag_comma) && adverbials_only) after_comma = true;
    if (!(u.tags & (tag_preposition | tag_adverb | tag_comma))) {
      ++other_words;
      adverbials_only = false;
    }
  }
  // "Earlier Sunday, ..." (at most a word the tags do not know before it) and "Hanoi, on 12
  // December 1960, authorized ...": a date set off by commas modifies the clause's verb.
  const bool comma_after = unit + 1 < s.units.size() && (s.units[unit + 1].tags & tag_comma);
  const bool fronted = comma_after && (other_words <= 1 || after_comma);
  return other_words == 0 || fronted || adjacent || ends_participle_aside(tokens, s, unit, predicate);
}

// Whether clause `c` is opened by a subordinator ("who lived in London from 1968,", "when the
// Soviets invaded,"): a verbless clause after it ("until 1989,") continues it.
bool opens_subordinate_clause(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t c) {
  for (std::size_t k = 0; k < s.units.size(); ++k) {
    if (s.clause_of[k] != c) continue;
    if (s.units[k].tags & (tag_comma | tag_conjunction)) continue;
    return (s.units[k].tags & tag_subordinator) || tokens[s.units[k].begin].lower == "when";
  }
  return false;
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool premodifies_noun(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit);
bool possessive_of_noun(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit);
bool is_open_word(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t k);

// Whether an event noun already has its date inside its own noun phrase ("Sunday's parliamentary
// election", "the 1992 protests"). A later date of the clause is then no adjunct of the noun:
// "... of Wednesday's meeting on 10 April" dates the publishing, "... won a majority in Sunday's
// election, results showed on Tuesday" dates no election on Tuesday.
bool noun_dated_by_premodifier(const std::vector<Token>& tokens, const SentenceAnalysis& s, const Predicate& p) {
  if (p.time != VerbTime::undetermined || p.head != p.begin) return false;
  for (std::size_t v = p.begin >= 4 ? p.begin - 4 : 0; v < p.begin; ++v) {
    if (!s.units[v].timex || !tokens[s.units[v].begin].placeable || !premodifies_noun(tokens, s, v)) continue;
    std::size_t k = possessive_of_noun(tokens, s, v) ? v + 2 : v + 1;
    while (k < p.begin && is_open_word(tokens, s, k)) ++k;
    if (k == p.begin) return true;
  }
  return false;
}

// Whether clause `c` is a relative clause ("that ...", "which ...", "where ...") with no predicate
// of its own: what it says (its places, its date) is said of the clause it hangs on.
bool is_relative_without_predicate(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t c) {
  std::size_t first = 0;
  while (first < s.units.size() && s.clause_of[first] != c) ++first;
  if (first == 0 || first >= s.units.size() || !(s.units[first].tags & tag_subordinator) ||
      !is_one_of(tokens[s.units[first].begin].lower, {"that", "which", "where"}))
    return false;
  // Right after its noun ("an explosion that took place"), not after a verb or its date ("said
  // Sunday that ...": a reported clause).
  const Unit& noun = s.units[first - 1];
  const bool after_noun = is_open_word(tokens, s, first - 1) ||
                          (!noun.timex && (noun.roles & (1u << static_cast<unsigned>(LexiconRole::noun))) &&
                           (noun.noun_context || !noun.verb_forms));
  if (!after_noun) return false;
  return std::none_of(s.predicates.begin(), s.predicates.end(), [&](const Predicate& p) { return p.clause == c; });
}

// The event noun a relative clause without a predicate of its own describes: "sniper shootings
// that injured doctors in November" (the lexicon knows no "injure"): the date is the shootings'.
const Predicate* described_event_noun(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t clause) {
  if (!is_relative_without_predicate(tokens, s, clause)) return nullptr;
  std::size_t first = 0;
  while (s.clause_of[first] != clause) ++first;
  if (tokens[s.units[first].begin].lower == "where") return nullptr;  // "the city where ..." names a place
  const Predicate* antecedent = nullptr;
  for (const Predicate& p : s.predicates) {
    if (p.end == first && p.head == p.end - 1 && p.time == VerbTime::undetermined &&
        (s.units[p.head].roles & (1u << static_cast<unsigned>(LexiconRole::noun))))
      antecedent = &p;
  }
  return antecedent;
}

// The first unit after a light predicate that opens clause `c` ("took place", "was held",
// "happened", "occurred", "was staged", "got under way", and after an aside "began", "ended"),
// auxiliaries and adverbs before it, or 0.
// Such a predicate says only that an event happened: its date is the date of the event noun it is
// said of.
std::size_t light_predicate_end(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t c) {
  constexpr std::uint32_t auxiliary = tag_be | tag_have | tag_modal | tag_future | tag_do;
  std::size_t k = 0;
  while (k < s.units.size() && s.clause_of[k] != c) ++k;
  for (; k < s.units.size() && s.clause_of[k] == c; ++k) {
    if (!s.units[k].timex &&
        !(s.units[k].tags & (tag_comma | auxiliary | tag_adverb | tag_negation | tag_been | tag_being)))
      break;
  }
  if (k >= s.units.size() || s.clause_of[k] != c) return 0;
  // "The summit, attended by 40 leaders, ended on Friday": a verb of beginning or ending after
  // an aside says when the event noun before the aside began or ended.
  if (is_one_of(tokens[s.units[k].begin].lower, {"began", "begun", "started", "ended", "finished", "concluded"}))
    return k + 1;
  const std::size_t n = light_predicate_length(tokens, s.units, k);
  return n != 0 && s.clause_of[k + n - 1] == c ? k + n : 0;
}

// Whether clause `c` is set off by commas: it starts after one and ends with one.
bool is_comma_aside(const SentenceAnalysis& s, std::size_t c) {
  std::size_t first = 0;
  while (first < s.units.size() && s.clause_of[first] != c) ++first;
  std::size_t last = first;
  while (last + 1 < s.units.size() && s.clause_of[last + 1] == c) ++last;
  return first > 0 && first < s.units.size() && (s.units[first - 1].tags & tag_comma) &&
         (s.units[last].tags & tag_comma);
}

// The event noun subject of clause `c`, across asides set off by commas: "The talks, first set
// for May, took place on June 20" (the talks), or nullptr.
const Predicate* event_noun_before_asides(const SentenceAnalysis& s, std::size_t c) {
  for (std::size_t subject_clause = c; subject_clause-- > 0 && subject_clause + 3 > c;) {
    bool any = false;
    const Predicate* subject = nullptr;
    for (const Predicate& p : s.predicates) {
      if (p.clause != subject_clause) continue;
      any = true;
      // The event noun with its comma right after it ("The talks, ..."); what follows that comma
      // in its clause is an aside ("The vote, delayed twice since August, took place ...").
      if (p.time == VerbTime::undetermined && p.head == p.begin && p.end < s.units.size() &&
          (s.units[p.end].tags & tag_comma) &&
          (s.units[p.head].roles & (1u << static_cast<unsigned>(LexiconRole::noun))))
        subject = &p;
    }
    // "The trial, which began in June, ended on Wednesday": an aside's own event is not the subject.
    const bool aside = is_comma_aside(s, subject_clause);
    if (any && !(aside && !subject)) return subject;
    if (!aside) return nullptr;
  }
  return nullptr;
}

// The event noun a light predicate opening clause `c` is said of, or nullptr.
const Predicate* subject_of_light_predicate(const std::vector<Token>& tokens, const SentenceAnalysis& s,
                                            std::size_t c) {
  return c == 0 || light_predicate_end(tokens, s, c) == 0 ? nullptr : event_noun_before_asides(s, c);
}

// Whether clause `c` opens with a verb of calling an event off or moving it ("were postponed",
// "was delayed", "has been cancelled", "suspended"), auxiliaries and adverbs before it: the time
// an aside before it gives its event noun ("The talks, first set for May, were postponed") is a
// time the event did not keep.
bool opens_with_calling_off(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t c) {
  constexpr std::uint32_t auxiliary = tag_be | tag_have | tag_modal | tag_future | tag_do;
  std::size_t k = 0;
  while (k < s.units.size() && s.clause_of[k] != c) ++k;
  while (k < s.units.size() && s.clause_of[k] == c && !s.units[k].timex &&
         (s.units[k].tags & (tag_comma | auxiliary | tag_adverb | tag_negation | tag_been | tag_being)))
    ++k;
  if (k >= s.units.size() || s.clause_of[k] != c) return false;
  const std::string_view verb = tokens[s.units[k].begin].lower;
  return is_one_of(verb, {"postponed", "delayed", "cancelled", "canceled", "suspended", "deferred", "scrapped",
                          "adjourned", "rescheduled", "called", "put", "pushed"}) &&
         (!is_one_of(verb, {"called", "put", "pushed"}) ||
          (k + 1 < s.units.size() && is_one_of(tokens[s.units[k + 1].begin].lower, {"off", "back"})));
}

// Whether clause `c` has a placeable date of its own.
bool clause_has_date(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t c) {
  for (std::size_t k = 0; k < s.units.size(); ++k)
    if (s.clause_of[k] == c && s.units[k].timex && tokens[s.units[k].begin].placeable) return true;
  return false;
}

// The predicate a date at `unit` belongs to, or nullptr: the nearest predicate before it in its
// clause (dates are adjuncts that follow what they modify: "approved ... on January 29", "the
// summit in Riga in March drew protests"), else the nearest after it ("Russia on Tuesday signed").
const Predicate* nearest_predicate(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  const std::size_t clause = s.clause_of[unit];
  const Predicate* before = nullptr;
  const Predicate* after = nullptr;
  const auto far = [&](const Predicate& p) { return distance_over_names(tokens, s, p, unit); };
  for (const Predicate& p : s.predicates) {
    if (p.clause != clause || far(p) > max_attachment_distance) continue;
    if (p.begin <= unit && (!before || far(p) < far(*before)) && !noun_dated_by_premodifier(tokens, s, p)) before = &p;
    if (p.begin > unit && (!after || far(p) < far(*after))) after = &p;
  }
  // "The strike that began in January ended on Tuesday": the date of a relative clause said of an
  // event noun, whose verb no trigger names, is that noun's, not the main verb's after it.
  if (!before && after && after->head == after->begin) {
    const std::size_t participle = dated_participle_phrase(tokens, s.units, after->head);
    if (participle != s.units.size() && participle < unit && participle >= 2 &&
        is_one_of(tokens[s.units[participle - 1].begin].lower, {"that", "which"}))
      for (const Predicate& p : s.predicates)
        if (p.end == participle - 1 && p.head == p.end - 1 && p.time == VerbTime::undetermined &&
            (s.units[p.head].roles & (1u << static_cast<unsigned>(LexiconRole::noun))))
          return &p;
  }
  if (after && !may_date_later_predicate(tokens, s, unit, after->begin)) after = nullptr;
  // A date opening a conjunct dates what follows it: "Iran accepted the terms and in April the
  // leaders signed a treaty".
  std::size_t opener = unit;
  if (opener > 0 && (s.units[opener - 1].tags & tag_preposition)) --opener;
  if (after && opener > 0 && (s.units[opener - 1].tags & tag_conjunction)) return after;
  const Predicate* best = before ? before : after;
  if (best) return best;
  if (const Predicate* described = described_event_noun(tokens, s, clause)) return described;
  if (s.clause_has_verb[clause]) return nullptr;
  // A clause of its own without a verb ("On January 29, ..." / "..., in 2012."): the date
  // modifies the next clause's predicate, or else the previous clause's; after a subordinate
  // clause ("which killed 224 people, including 12 Americans, on Aug. 7") it continues that one.
  const bool continues_subordinate = clause > 0 && opens_subordinate_clause(tokens, s, clause - 1);
  for (std::size_t c = clause + 1; !continues_subordinate && c < s.clauses && c <= clause + 2; ++c) {
    for (const Predicate& p : s.predicates)
      if (p.clause == c) return &p;
    if (s.clause_has_verb[c]) break;
  }
  if (clause > 0)
    for (auto p = s.predicates.rbegin(); p != s.predicates.rend(); ++p)
      if (p->clause == clause - 1) return &*p;
  return nullptr;
}

// nearest_predicate(), with light predicates: a date after "took place" / "was held" dates the
// event noun the predicate is said of ("The talks, first set for May, took place on June 20": the
// talks on June 20), and a date in an aside set off by commas after that noun ("first set for
// May", "originally planned for March") dates nothing when the light predicate has a date of its
// own: it names a time the event did not keep.
const Predicate* governing_predicate(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  const std::size_t clause = s.clause_of[unit];
  const Predicate* nearest = nearest_predicate(tokens, s, unit);
  if (const std::size_t light_end = light_predicate_end(tokens, s, clause); light_end != 0 && unit >= light_end)
    if (const Predicate* subject = subject_of_light_predicate(tokens, s, clause);
        subject && (!nearest || nearest->begin < light_end))
      return subject;
  // The aside is a clause of its own ("The protest, which was planned for Friday, happened ...") or
  // follows the noun's comma in its clause ("The talks, first set for May, took place ...").
  bool after_comma = false;
  if (nearest && nearest->end <= unit)
    for (std::size_t k = nearest->end; k < unit; ++k) after_comma = after_comma || (s.units[k].tags & tag_comma);
  if (nearest && (after_comma || is_comma_aside(s, clause)))
    for (std::size_t c = clause + 1; c < s.clauses && c <= clause + 2; ++c) {
      if (light_predicate_end(tokens, s, c) != 0)
        return subject_of_light_predicate(tokens, s, c) == nearest && clause_has_date(tokens, s, c) ? nullptr : nearest;
      if (c > 0 && opens_with_calling_off(tokens, s, c))
        return event_noun_before_asides(s, c) == nearest ? nullptr : nearest;
      if (!is_comma_aside(s, c)) break;
    }
  return nearest;
}

// Whether unit k is a word of no closed class and no date: a noun or an adjective, as far as the
// tags tell.
bool is_open_word(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t k) {
  return k < s.units.size() && s.units[k].tags == 0 && !s.units[k].timex &&
         tokens[s.units[k].begin].kind == TokenKind::word;
}

// A date in a possessive before an open-class word: "Friday's session", "last month's discovery".
bool possessive_of_noun(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  return unit + 1 < s.units.size() && (s.units[unit + 1].tags & tag_possessive) && is_open_word(tokens, s, unit + 2);
}

// A date between a determiner and an open-class word ("Kopp's 1987 Chevrolet", "the 1992
// protests", "the Aug. 7 terrorist blasts", "a third-quarter loss"), or in a possessive before one.
// A hyphenated date is an adjective after a preposition or opening the sentence too: "a rise in
// fourth-quarter net profit", "Year-earlier results included ...".
bool premodifies_noun(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  const bool adjective = tokens[s.units[unit].begin].text.find('-') != std::string_view::npos;
  const std::uint32_t before =
      adjective ? tag_determiner | tag_possessive | tag_preposition : tag_determiner | tag_possessive;
  const bool opens =
      adjective ? unit == 0 || (s.units[unit - 1].tags & before) : unit > 0 && (s.units[unit - 1].tags & before);
  return (opens && is_open_word(tokens, s, unit + 1)) || possessive_of_noun(tokens, s, unit);
}

// An amount ("sales of $538.5 million for the quarter") is no noun of its own: a date after it
// covers what was measured.
bool is_amount_word(std::string_view w) {
  static constexpr std::string_view amounts[] = {"million", "billion", "trillion", "thousand", "cents",
                                                 "percent", "share",   "shares",   "dollars",  "%"};
  return std::find(std::begin(amounts), std::end(amounts), w) != std::end(amounts);
}

// A date after "for" that follows a noun phrase headed by a word no trigger names: "a $648.2
// million loss for the third quarter", "his earnings estimate for next year". The date says
// which period that thing covers, not when the clause's event happened.
bool covers_other_noun(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  std::size_t f = unit;                                                               // "for"
  if (f > 0 && !s.units[f - 1].timex && (s.units[f - 1].tags & tag_determiner)) --f;  // "for the quarter ended"
  if (f < 2 || tokens[s.units[f - 1].begin].lower != "for" || !is_open_word(tokens, s, f - 2) ||
      is_amount_word(tokens[s.units[f - 2].begin].lower))
    return false;
  // An event noun is dated by it: "called a snap election for February 8".
  if (std::any_of(s.predicates.begin(), s.predicates.end(), [&](const Predicate& p) { return p.head == f - 2; }))
    return false;
  for (std::size_t k = f - 2; k-- > 0;) {
    const Unit& u = s.units[k];
    if (u.tags & (tag_determiner | tag_possessive) || tokens[u.begin].kind == TokenKind::number) return true;
    if (!is_open_word(tokens, s, k) && !(u.tags & tag_adverb) && tokens[u.begin].text != "$") return false;
  }
  return false;
}

// The event noun a date stands right before: "fiscal 1989 sales", "the November elections", or
// nullptr. (With a word between, "took effect Aug. 9 pending ratification", the date is an adjunct.)
const Predicate* event_noun_after(const SentenceAnalysis& s, std::size_t unit) {
  const std::size_t k = unit + 1;
  if (k >= s.units.size()) return nullptr;
  const Unit& u = s.units[k];
  for (const Predicate& q : s.predicates)
    if (q.begin == k && q.head == k && q.time == VerbTime::undetermined &&
        (u.roles & (1u << static_cast<unsigned>(LexiconRole::noun))) && (u.noun_context || !u.verb_forms))
      return &q;
  return nullptr;
}

// The first predicate of a "when" clause right after a date: "in 1961 when the communist leader
// repelled their invasion" dates the invasion too; the date names when the clause happened.
const Predicate* predicate_of_when_clause(const std::vector<Token>& tokens, const SentenceAnalysis& s,
                                          std::size_t unit) {
  std::size_t k = unit + 1;
  if (k < s.units.size() && (s.units[k].tags & tag_comma)) ++k;
  if (k >= s.units.size() || tokens[s.units[k].begin].lower != "when") return nullptr;
  for (const Predicate& q : s.predicates)
    if (q.begin > k && q.clause == s.clause_of[k] && distance(q, k) <= max_attachment_distance) return &q;
  return nullptr;
}

// The predicate the date at `unit` dates. A date inside a noun phrase dates the phrase: its own
// event when a trigger names one within three words ("the 1992 protests", "the Aug. 7 terrorist
// blasts"), else the clause's predicate ("reported a third-quarter loss") unless another date of
// the sentence dates that ("Kopp's 1987 Chevrolet was discovered last month": last month only).
// `placeable(u)` says whether the date at unit u has an interval.
template <class Placeable>
const Predicate* dated_predicate(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit,
                                 Placeable placeable) {
  const Predicate* p = governing_predicate(tokens, s, unit);
  if (const Predicate* noun = event_noun_after(s, unit)) return noun;
  if (!premodifies_noun(tokens, s, unit))
    return p && p->end <= unit && covers_other_noun(tokens, s, unit) ? nullptr : p;
  const std::size_t noun = possessive_of_noun(tokens, s, unit) ? unit + 2 : unit + 1;
  std::size_t k = noun;
  for (; k <= noun + 2 && is_open_word(tokens, s, k); ++k)
    for (const Predicate& q : s.predicates)
      if (q.begin == k) return &q;
  // The noun phrase is the subject of a past verb right after it ("third-quarter net income fell"):
  // that verb is the clause's predicate, though a date does not date forwards over a subject.
  if (!p && k < s.units.size() && (s.units[k].tags & tag_past_word))
    for (const Predicate& q : s.predicates)
      if (q.begin == k) p = &q;
  // A possessive date without an event noun ("said Friday's focus on ... telegraphed active
  // selling") names a thing, not the time of the clause's event; so does a year after "the" in
  // the object right after a verb ("strengthened the 1959 trade embargo": the embargo's year;
  // "adopted after the 1987 crash" is dated by it).
  if (!p || possessive_of_noun(tokens, s, unit)) return nullptr;
  if (const Token& date = tokens[s.units[unit].begin];
      unit > 0 && p->end + 1 == unit && tokens[s.units[unit - 1].begin].lower == "the" && date.text.size() == 4 &&
      std::all_of(date.text.begin(), date.text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return nullptr;
  for (std::size_t v = 0; v < s.units.size(); ++v)
    if (v != unit && s.units[v].timex && placeable(v) && !premodifies_noun(tokens, s, v) &&
        governing_predicate(tokens, s, v) == p)
      return nullptr;
  return p;
}

// Whether `p` is a participle no trigger names right after a noun, without an auxiliary: "the
// safeguard measures introduced in 2018" (a reduced relative clause describing the measures).
// The noun phrase is an object ("review the ... measures introduced"), not a subject that opens its
// clause ("The results made ..."): a verb or preposition comes before it.
bool is_participle_after_noun(const std::vector<Token>& tokens, const SentenceAnalysis& s, const Predicate& p) {
  if (p.type != "other" || p.begin != p.head || p.end != p.begin + 1 || p.begin == 0 ||
      !(s.units[p.begin].tags & tag_past_word) || !is_open_word(tokens, s, p.begin - 1))
    return false;
  std::size_t k = p.begin - 1;
  while (k > 0 && s.clause_of[k - 1] == p.clause &&
         (is_open_word(tokens, s, k - 1) || (s.units[k - 1].tags & (tag_determiner | tag_possessive))))
    --k;
  if (k == 0 || s.clause_of[k - 1] != p.clause) return false;
  const Unit& before = s.units[k - 1];
  return !before.timex && tokens[before.begin].kind == TokenKind::word &&
         !(before.tags & (tag_conjunction | tag_subordinator));
}

// The finite past verb whose object is the event noun `noun`, when the date at `unit` follows that
// object: "Brussels welcomed the vote on Thursday", "the WHO condemned the attack on 12 August".
// TimeBank links such a date to the verb (a past verb, its object and a date: "Castro attended a
// rally Thursday", "The FDIC cleared the move yesterday", "launched the offer on Sept. 26"), and the
// object's own time is left unsaid; so does a future verb ("will review the proposal in March").
// The caller keeps a date after the DCT for the noun of a past verb, which cannot happen then
// ("announced a summit in March" dates the summit).
const Predicate* verb_of_dated_object(const std::vector<Token>& tokens, const SentenceAnalysis& s,
                                      const Predicate& noun, std::size_t unit) {
  if (noun.time != VerbTime::undetermined || noun.head != noun.begin || noun.end != noun.begin + 1) return nullptr;
  // A phrase completing the object ("ratified the agreement with the EU in November 2024", "new
  // sanctions on Iranian oil exports"), not one placing or timing it ("in Riga", "for May").
  const auto completes_object = [&](std::size_t k) {
    return (s.units[k].tags & tag_preposition) && !is_one_of(tokens[s.units[k].begin].lower, {"in", "at", "for"});
  };
  const auto object_word = [&](std::size_t k) {
    return (s.units[k].tags & (tag_determiner | tag_possessive | tag_adverb)) || is_open_word(tokens, s, k);
  };
  std::size_t date = noun.end;
  if (date + 1 < unit && completes_object(date) && object_word(date + 1)) {
    std::size_t k = date + 1;
    while (k < unit && object_word(k)) ++k;
    date = k;
  }
  // "published the results of the vaccine trial in The Lancet on Friday": where a text is published
  // is the publishing's complement, not the place of the event noun in its object.
  std::size_t journal_end = date;
  if (journal_end + 1 < unit && tokens[s.units[journal_end].begin].lower == "in") {
    std::size_t k = journal_end + 1;
    if (tokens[s.units[k].begin].lower == "the") ++k;
    const std::size_t name = k;
    while (k < unit && tokens[s.units[k].begin].capitalised && s.units[k].tags == 0 && !s.units[k].timex) ++k;
    if (k > name) journal_end = k;
  }
  // "declared the outbreak over on Monday": what the verb says its object now is.
  if (date < unit && tokens[s.units[date].begin].lower == "over") ++date;
  const Predicate* verb = nullptr;
  for (const Predicate& p : s.predicates)
    if (p.clause == noun.clause && p.end <= noun.begin) verb = &p;
  // "approved the merger at a meeting": the verb before an event noun of its object.
  const Predicate* object_noun = nullptr;
  if (verb && verb->time == VerbTime::undetermined && verb->head == verb->begin)
    for (const Predicate& p : s.predicates)
      if (p.clause == noun.clause && p.end <= verb->begin && p.time != VerbTime::undetermined &&
          verb->begin - p.end <= 3 && tokens[s.units[noun.begin - 1].begin].lower != "of") {
        object_noun = verb;
        verb = &p;
      }
  if (verb && verb->lemma == "publish") date = journal_end;
  if (date < unit && is_one_of(tokens[s.units[date].begin].lower, {"on", "in", "at", "during"})) ++date;
  if (date != unit) return nullptr;
  if (!verb ||
      (verb->time != VerbTime::past && verb->time != VerbTime::present_perfect && verb->time != VerbTime::future) ||
      verb->intent || noun.begin - verb->end > 5)
    return nullptr;
  // Only the object's determiners and modifiers between ("the vote", "its new budget"), or the
  // event noun completes the object ("imposed new sanctions on Iranian oil exports").
  // "Shareholders approved the merger at a meeting on Tuesday", "announced the plan at a news
  // conference on Friday": the event noun after "at" is the occasion of the verb, which the date
  // dates too.
  bool completed = false;
  for (std::size_t k = verb->end; k < noun.begin; ++k) {
    if (object_word(k) || (object_noun && k >= object_noun->begin && k < object_noun->end)) continue;
    const bool occasion = tokens[s.units[k].begin].lower == "at";
    // After the object's event noun, the occasion ("at a meeting") or a phrase completing that noun
    // ("approved Budapest's accession to the pact on Monday").
    if (object_noun && !occasion && !(k >= object_noun->end && completes_object(k))) return nullptr;
    // Right after the verb only when the verb's predicate holds its object ("imposed sanctions",
    // the trigger "heard arguments": "heard arguments on the tariffs on Wednesday").
    const Unit& head = s.units[verb->head];
    const std::string_view head_last = tokens[head.end - 1].lower;
    // So does a trigger of several words that ends in its head: its object's event noun ("opened
    // talks on Budapest's accession to the eurozone in January") or a passive's participle ("was
    // expelled from peace talks on Feb. 20").
    const bool holds_object =
        verb->end > verb->head + 1 || (verb->head != verb->begin && verb->head + 1 == verb->end) ||
        (verb->end == verb->head + 1 && head.end > head.begin + 1 && tokens[head.end - 1].tags == 0 &&
         !is_one_of(head_last, {"up", "down", "off", "out", "over", "back", "away", "forward"}));
    const bool after_object = k != verb->end || (occasion && verb->end > verb->head + 1) || holds_object;
    if (completed || !after_object || !(completes_object(k) || occasion)) return nullptr;
    completed = true;
  }
  return verb;
}

// Whether the predicate names a change of a level ("rose", "fell", "dropped", "grew").
bool names_change(const Predicate& p) {
  static constexpr std::string_view changes[] = {"rise", "fall", "drop", "grow", "climb", "jump", "slip", "increase"};
  return std::find(std::begin(changes), std::end(changes), p.lemma) != std::end(changes);
}

// "the year-ago period", "Year-earlier results": a date that only ever names a comparison.
bool is_year_ago(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  const std::string_view text = tokens[s.units[unit].begin].lower;
  return text.find("year-ago") != std::string_view::npos || text.find("year-earlier") != std::string_view::npos;
}

// "postponed twice since August", "has been delayed several times since 2019": a count of times
// before "since" says how often something happened in the period; the period is no time of one
// event, nor a state that lasts.
bool counts_times_since(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  const std::size_t k = s.units[unit].begin;
  if (k < 2 || tokens[k - 1].lower != "since") return false;
  return is_one_of(tokens[k - 2].lower, {"twice", "thrice", "times", "repeatedly"});
}

// "struck Odesa overnight on Sunday", "overnight Saturday": "overnight" before a day's date is the
// night of that day, which that date says; alone it dates nothing then.
bool overnight_before_date(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  if (tokens[s.units[unit].begin].lower != "overnight") return false;
  std::size_t next = unit + 1;
  if (next < s.units.size() && tokens[s.units[next].begin].lower == "on") ++next;
  return next < s.units.size() && s.units[next].timex && tokens[s.units[next].begin].placeable;
}

// Whether the date at `unit` names the period compared with, not the time of `p`: "from $10.1
// million in the year-ago period", "the year-earlier results", and after a verb of change its "from"
// phrase ("net rose to $108.8 million from $90.5 million, or $1.12 a share, a year ago", "fell
// 8.4% from a year ago", "down $2.5 billion from 1996").
bool is_comparison_base(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit,
                        const Predicate& p) {
  const std::string_view text = tokens[s.units[unit].begin].lower;
  // "The year-ago results have been restated": the results are the year-ago ones, not the
  // restating. ("In the year-ago quarter, the company earned ..." is a time.)
  if (is_year_ago(tokens, s, unit) && premodifies_noun(tokens, s, unit)) return true;
  // "more cautious than in January", "higher than a year ago".
  std::size_t before = unit;
  if (before > 0 && (s.units[before - 1].tags & tag_preposition) && tokens[s.units[before - 1].begin].lower != "than")
    --before;
  if (before > 0 && tokens[s.units[before - 1].begin].lower == "than") return true;
  // "versus net income of $5.3 million, or $1.61 a share, a year earlier".
  // "up from $100 million, or $2.03 a share, a year earlier" after any verb: a time said relative
  // to the event's own ("a year ago", "a year earlier") after "from" is the level compared with.
  const bool relative_to_event = text.ends_with(" ago") || text.ends_with(" earlier") || is_year_ago(tokens, s, unit);
  for (std::size_t k = unit; k-- > p.end && k + 16 > unit && s.clause_of[k] == s.clause_of[unit];) {
    if (s.units[k].timex) break;
    const std::string_view w = tokens[s.units[k].begin].lower;
    if (is_one_of(w, {"versus", "vs", "vs.", "compared"}) ||
        (relative_to_event && is_one_of(w, {"from", "below", "above"})))
      return true;
  }
  if (!names_change(p)) return false;
  // Back over the amount ("$90.5 million, or $1.12 a share,", "fewer than 100,000 in") to the
  // "from" that opens it; a "to" first names the level reached, whose date is the change's.
  for (std::size_t k = unit; k-- > p.end && k + 10 > unit;) {
    const Token& t = tokens[s.units[k].begin];
    if (t.lower == "from") return true;
    if (t.lower == "to" || s.units[k].timex || s.clause_of[k] != s.clause_of[unit]) return false;
  }
  return false;
}

// "the quarter ended Sept. 30", "its fiscal year ending June 30": a date that ends a period
// said just before it. The period is the time of the clause's event, the date only its last day.
struct EndedPeriod {
  std::size_t period_unit = 0;  // the word or date naming the period ("quarter", "fourth quarter")
  int months = 0;
};

std::optional<EndedPeriod> period_ended_at(const std::vector<Token>& tokens, const SentenceAnalysis& s,
                                           std::size_t unit) {
  if (unit < 2 || unit >= s.units.size() || !s.units[unit].timex) return std::nullopt;
  const std::string_view verb = tokens[s.units[unit - 1].begin].lower;
  if (verb != "ended" && verb != "ending") return std::nullopt;
  const Token& period = tokens[s.units[unit - 2].begin];
  std::string_view word = period.lower;
  if (period.kind == TokenKind::timex) {
    const std::string_view text = period.text;
    const std::size_t space = text.find_last_of(' ');
    word = space == std::string_view::npos ? text : text.substr(space + 1);
  }
  constexpr std::pair<std::string_view, int> lengths[] = {{"quarter", 3}, {"half", 6}, {"year", 12}, {"month", 1}};
  for (const auto& [name, months] : lengths)
    if (word == name) return EndedPeriod{unit - 2, months};
  return std::nullopt;
}

// The interval of a period of `months` months that ends on `last_day`: whole calendar units when it
// ends on a month's last day ("the quarter ended Sept. 30" is 1989-Q3), else the days back from it
// (a fiscal quarter ended Sept. 29).
Interval period_ending(date::sys_days last_day, int months) {
  const date::year_month_day end{last_day};
  Interval out;
  out.end = last_day;
  const date::year_month first_month = date::year_month{end.year(), end.month()} - date::months{months - 1};
  if (date::year_month_day_last{end.year(), date::month_day_last{end.month()}}.day() == end.day()) {
    out.start = date::sys_days{first_month / 1};
    const unsigned m = static_cast<unsigned>(end.month());
    out.granularity = months == 12 && m == 12     ? Granularity::year
                      : months == 6 && m % 6 == 0 ? Granularity::half
                      : months == 3 && m % 3 == 0 ? Granularity::quarter
                                                  : Granularity::month;
  } else {
    date::year_month_day back = end - date::months{months};
    if (!back.ok()) back = back.year() / back.month() / date::last;
    out.start = date::sys_days{back} + date::days{1};
    out.granularity = Granularity::day;
  }
  return out;
}

EventStatus status_of(const Predicate& p, const Interval& interval, const TimeExpression& t, date::sys_days dct) {
  const bool since = t.signal == "since" || interval.bound == Bound::since;
  const bool later = interval.start > dct;
  const bool earlier = interval.end < dct;
  if (p.intent) return EventStatus::planned;
  switch (p.time) {
    case VerbTime::future:
      return EventStatus::planned;
    // A past tense outranks the date: when "reached an agreement in February" resolves to a
    // later February, the tagger's guess of direction is what is wrong.
    case VerbTime::past:
      return EventStatus::occurred;
    case VerbTime::present_perfect:
      return since ? EventStatus::ongoing : EventStatus::occurred;
    case VerbTime::present_progressive:
      return later ? EventStatus::planned : (earlier && !since ? EventStatus::occurred : EventStatus::ongoing);
    case VerbTime::undetermined:
      break;
  }
  if (since && !later) return EventStatus::ongoing;
  if (earlier) return EventStatus::occurred;
  if (later) return EventStatus::planned;
  // The date spans the DCT: "later this year", "by the end of 2014" point ahead.
  if (interval.bound == Bound::after || interval.bound == Bound::by || interval.bound == Bound::until)
    return EventStatus::planned;
  return EventStatus::ongoing;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// Whether the entity is the other side of a contest: "lost to Manchester City", "drew with
// Leicester City", "played against Chelsea". A team, or a candidate, named after a preposition
// that would otherwise make it a place ("to", as "flew to Madrid") takes part.
bool names_opponent(const std::vector<Token>& tokens, const Entity& e) {
  std::size_t k = e.begin;
  if (k > 0 && tokens[k - 1].lower == "the") --k;
  if (k < 2) return false;
  const std::string_view preposition = tokens[k - 1].lower;
  const std::string_view verb = tokens[k - 2].lower;
  if (preposition == "to") return is_one_of(verb, {"lost", "lose", "loses", "losing"});
  return is_one_of(preposition, {"with", "against"}) &&
         is_one_of(verb, {"drew", "draw", "draws", "drawing", "tied", "played", "play", "plays", "playing", "won",
                          "win", "wins", "lost", "lose", "loses"});
}

// True when the entity is a location of the event: "in Ethiopia and Mexico", "to Johannesburg".
bool after_locative(const std::vector<Token>& tokens, const std::vector<Entity>& entities, const Entity& e) {
  std::size_t k = e.begin;
  while (k > 0) {
    --k;
    const Token& t = tokens[k];
    if (t.tags & tag_locative) return true;
    // "the city of Goma", "the province of Sindh", "off the coast of Sumatra"; "a missile strike on Odesa", "air
    // strikes on Rafah", "a siege of Malta": what is struck or besieged is where the attack happens.
    if (k > 0 &&
        ((t.lower == "of" &&
          is_one_of(tokens[k - 1].lower, {"city",     "town",         "village", "port",     "province",    "hometown",
                                          "suburb",   "region",       "state",   "district", "capital",     "island",
                                          "county",   "municipality", "enclave", "coast",    "outskirts",   "siege",
                                          "blockade", "bombardment",  "bombing", "shelling", "encirclement"})) ||
         (t.lower == "on" &&
          is_one_of(tokens[k - 1].lower, {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid",
                                          "raids", "assault", "offensive", "bombardment", "bombing", "shelling"}))))
      return true;
    // "shelled Quemoy", "bombed Harar": a name no gazetteer knows, struck or shelled, is a place (a
    // country attacked stays a participant, "Germany invaded Poland"; an acronym is a group,
    // "shelling PEJAK positions").
    if (k + 1 == e.begin && e.kind == EntityKind::name && !tokens[e.begin].all_caps &&
        is_one_of(t.lower, {"shelled", "bombed", "struck", "pounded", "shelling", "bombing", "striking", "pounding"}))
      return true;
    if ((t.tags & (tag_determiner | tag_comma)) || t.lower == "and" || t.lower == "or") continue;
    // "in central Vietnam", "in eastern Ukraine": a part of the place.
    if (!t.capitalised && is_one_of(t.lower, {"central", "northern", "southern", "eastern", "western", "northeastern",
                                              "northwestern", "southeastern", "southwestern", "north-eastern",
                                              "north-western", "south-eastern", "south-western"}))
      continue;
    // Skip over another place of the same list.
    auto other = std::find_if(entities.begin(), entities.end(), [&](const Entity& o) {
      return o.end == k + 1 && (o.kind == EntityKind::country || o.kind == EntityKind::place);
    });
    if (other == entities.end()) return false;
    k = other->begin;
  }
  return false;
}

// Whether the unit is a verb in a finite form: a past ("said", "kept") or a third person ("says").
bool is_finite_verb(const Unit& u) {
  using Form = EventLexicon::Trigger::Form;
  constexpr auto bit = [](Form f) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(f)); };
  constexpr std::uint8_t finite = bit(Form::past) | bit(Form::past_or_participle) | bit(Form::third_person);
  return (u.tags & tag_past_word) || (u.roles && !u.noun_context && (u.verb_forms & finite));
}

// Whether the entity is the subject of a finite verb right after it, adverbs and dates between:
// "Beijing said", "Washington on Friday warned", "Brussels welcomed". In news a capital that acts
// names its government.
bool subject_of_finite_verb(const std::vector<Token>& tokens, const SentenceAnalysis& s,
                            const std::vector<std::size_t>& unit_of_token, const Entity& e) {
  if (e.end >= tokens.size()) return false;
  std::size_t k = unit_of_token[e.end];
  while (k < s.units.size() &&
         (s.units[k].timex || (s.units[k].tags & (tag_adverb | tag_negation)) ||
          ((s.units[k].tags & tag_preposition) && k + 1 < s.units.size() && s.units[k + 1].timex)))
    ++k;
  if (k >= s.units.size()) return false;
  return is_finite_verb(s.units[k]);
}

// Whether the possessive at token `k` owns an act of a state, one adjective between: "Warsaw's
// decision to expel", "Budapest's accession to the treaty", "Moscow's sudden withdrawal". A capital
// so said names its government, as it does as a subject ("Beijing said"); what else it owns is
// where ("Havana's streets", "Kyiv's hospitals").
bool owns_act_of_state(const std::vector<Token>& tokens, std::size_t k) {
  for (std::size_t n = k + 1; n < tokens.size() && n <= k + 2; ++n) {
    const Token& t = tokens[n];
    if (t.kind != TokenKind::word || t.capitalised || t.tags) return false;
    if (is_one_of(t.lower, {"decision",   "decisions", "move",         "accession", "withdrawal", "exit",
                            "refusal",    "bid",       "request",      "demand",    "demands",    "response",
                            "offer",      "proposal",  "plan",         "plans",     "position",   "stance",
                            "policy",     "ban",       "sanctions",    "veto",      "approval",   "ratification",
                            "invitation", "ultimatum", "recognition",  "objection", "backing",    "membership",
                            "annexation", "invasion",  "announcement", "statement", "declaration"}))
      return true;
  }
  return false;
}

// Whether the entity is the object of the verb before it, after a subject in its clause: "the
// Commission presented the Green Deal", "the two sides will negotiate a Global Arrangement on
// Steel". A name not known as a person, country, place or organisation after "verb the" names what
// was done, not who did it.
bool object_of_verb(const std::vector<Token>& tokens, const SentenceAnalysis& s,
                    const std::vector<std::size_t>& unit_of_token, const Entity& e) {
  if (e.kind != EntityKind::name || e.begin < 2 || !(tokens[e.begin - 1].tags & tag_determiner)) return false;
  const std::size_t verb = unit_of_token[e.begin - 2];
  const std::size_t clause = s.clause_of[verb];
  const Unit& u = s.units[verb];
  const bool has_subject = verb > 0 && s.clause_of[verb - 1] == clause;
  return has_subject && clause == s.clause_of[unit_of_token[e.begin]] &&
         (is_finite_verb(u) || (u.roles && !u.noun_context && u.verb_context));
}

// Whether the entity is the source of what the clause reports, not one of its actors: "according
// to the International Energy Agency", "economists polled by Reuters", "figures compiled by the
// ministry".
bool is_source(const std::vector<Token>& tokens, const Entity& e) {
  std::size_t k = e.begin;
  if (k > 0 && tokens[k - 1].lower == "the") --k;
  if (k >= 2 && tokens[k - 1].lower == "to" && tokens[k - 2].lower == "according") return true;
  return k >= 2 && tokens[k - 1].lower == "by" &&
         is_one_of(tokens[k - 2].lower, {"polled", "surveyed", "quoted", "cited", "compiled", "interviewed"});
}

// A role said as the subject of a clause: "the finance minister" in "the finance minister resigned".
struct SubjectRole {
  std::size_t begin = 0, end = 0;  // units
  std::string name;
  bool agent = false;  // after "by" and a participle: acted in what the participle says, not the clause's subject
  bool after_saying = false;  // after the verb of saying it is the subject of ("said the minister")
};

struct Participants {
  std::vector<std::string> actors, places;
  std::size_t first_actor_unit = static_cast<std::size_t>(-1);  // where the first actor is said
  std::vector<SubjectRole> roles;                               // who acts when no name is given
};

// Actors and places of each clause.
std::vector<Participants> participants_by_clause(const std::vector<Token>& tokens, const std::vector<Entity>& entities,
                                                 const std::vector<Entity>& roles, const SentenceAnalysis& s) {
  std::vector<std::size_t> unit_of_token(tokens.size(), 0);
  for (std::size_t u = 0; u < s.units.size(); ++u)
    for (std::size_t k = s.units[u].begin; k < s.units[u].end; ++k) unit_of_token[k] = u;
  std::vector<Participants> by_clause(s.clauses);
  const Entity* previous_place = nullptr;  // the entity just before, when it was a place
  std::size_t previous_clause = 0;
  for (const Entity& e : entities) {
    if (is_source(tokens, e)) continue;
    std::size_t clause = s.clause_of[unit_of_token[e.begin]];
    bool place = false;
    // "in Tampa, Florida, on Monday", "visited Paris, France": a known place right after a place
    // and a comma says where that place is; it is a place of the same clause (the comma may
    // have opened another).
    const bool subject = (e.end < tokens.size() &&
                          (tokens[e.end].tags & (tag_possessive | tag_be | tag_have | tag_future | tag_modal))) ||
                         subject_of_finite_verb(tokens, s, unit_of_token, e);
    if ((e.kind == EntityKind::country || e.kind == EntityKind::place) && previous_place && !subject &&
        previous_place->end + 1 == e.begin && (tokens[previous_place->end].tags & tag_comma)) {
      clause = previous_clause;
      place = true;
    }
    Participants& p = by_clause[clause];
    if (object_of_verb(tokens, s, unit_of_token, e)) continue;
    if (!place && !names_opponent(tokens, e) &&
        (e.kind == EntityKind::country || e.kind == EntityKind::place || e.kind == EntityKind::name)) {
      // An unknown name after "in", "at", "to" is a place too: "met in Quito".
      place = after_locative(tokens, entities, e);
      // A city that is not a location is an actor only as a subject ("Astana will aim", "Beijing
      // said"); its possessive is where ("Havana's streets"), as a country's is who ("Russia's army").
      const bool possessive = e.end < tokens.size() && (tokens[e.end].tags & tag_possessive);
      if (!place && e.kind == EntityKind::place) place = !subject || (possessive && !owns_act_of_state(tokens, e.end));
    }
    // "met Donald Trump at the White House", "a summit at the Kremlin": an organisation after "at"
    // is where the event is, but after a plural, whom the people work for ("analysts at the Fed"),
    // and before the noun it modifies, whose the event is ("at the NATO summit").
    const bool ends_noun_phrase = e.end >= tokens.size() || tokens[e.end].kind != TokenKind::word ||
                                  (tokens[e.end].tags != 0 && !(tokens[e.end].tags & tag_possessive));
    if (!place && e.kind == EntityKind::organisation && e.begin >= 2 && ends_noun_phrase) {
      const std::size_t at = tokens[e.begin - 1].lower == "the" ? e.begin - 2 : e.begin - 1;
      place = tokens[at].lower == "at" &&
              !(at >= 1 && tokens[at - 1].kind == TokenKind::word && (!tokens[at - 1].capitalised || at == 1) &&
                tokens[at - 1].lower.ends_with('s'));
    }
    add_unique(place ? p.places : p.actors, e.canonical);
    if (!place) p.first_actor_unit = std::min(p.first_actor_unit, unit_of_token[e.begin]);
    previous_place = place ? &e : nullptr;
    previous_clause = clause;
  }
  for (const Entity& r : roles) {
    const std::size_t first = unit_of_token[r.begin], last = unit_of_token[r.end - 1];
    const std::size_t clause = s.clause_of[first];
    if (s.clause_of[last] != clause) continue;
    // A subject: no verb before it in its clause ("Police arrested the finance minister": the
    // minister is no actor), no preposition but "between" ("talks between the government and ...").
    // The agent of a passive participle acted too: "chaired by the prime minister".
    const bool agent =
        first >= 2 && tokens[s.units[first - 1].begin].lower == "by" && (s.units[first - 2].tags & tag_past_word);
    bool subject = first == 0 || !(s.units[first - 1].tags & tag_preposition) ||
                   tokens[s.units[first - 1].begin].lower == "between";
    // "..., said the foreign minister on Tuesday": the subject after a verb of saying.
    const bool after_saying = first >= 1 && s.says_before_subject[first - 1];
    for (std::size_t k = first; subject && !after_saying && k-- > 0 && s.clause_of[k] == clause;)
      if ((s.units[k].tags & (tag_be | tag_have | tag_modal | tag_future | tag_do)) || is_finite_verb(s.units[k]))
        subject = false;
    if (!subject && !agent) continue;
    // Joined by "and" to a name, a role is an actor beside it: "talks between the government and
    // Mapuche leaders", "Russia and the central bank".
    const auto named = [&](std::size_t token) {
      return std::any_of(entities.begin(), entities.end(), [&](const Entity& e) {
        return (e.begin == token || e.end == token + 1) && !is_source(tokens, e);
      });
    };
    const bool beside_name = (r.end + 1 < tokens.size() && tokens[r.end].lower == "and" && named(r.end + 1)) ||
                             (r.begin >= 2 && tokens[r.begin - 1].lower == "and" && named(r.begin - 2));
    if (beside_name && !by_clause[clause].actors.empty())
      by_clause[clause].actors.insert(by_clause[clause].actors.begin(), r.canonical);
    else
      by_clause[clause].roles.push_back({first, last + 1, r.canonical, agent && !subject, after_saying});
  }
  return by_clause;
}

// The roles of clause `c` said before unit `before`: "the finance minister" of "the finance
// minister resigned".
std::vector<std::string> roles_before(const std::vector<Participants>& by_clause, std::size_t c, std::size_t before) {
  std::vector<std::string> out;
  for (const SubjectRole& r : by_clause[c].roles)
    if ((r.end <= before || r.after_saying) && !r.agent) add_unique(out, r.name);
  return out;
}

// Whether the clause opened by the relative or subordinating word at unit `u` has a subject of its
// own that is not the name before: an indefinite article, a quantifier or a number before a
// common noun introduces someone new ("said that a customer discovered", "that some protesters
// attacked"); after "the", "these" or "those" a plural or an event is not the one name before
// ("Brazil said that the protesters attacked", "the gunmen", "that the storm killed"). A singular
// after "the" or "this", and a possessive pronoun, may refer back to the name before ("Toyota said
// that the automaker recalled", "that its net income rose", "that the father would be traveling").
bool opens_with_new_subject(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t u) {
  // Its dates and adverbs first: "said that last week a customer discovered".
  std::size_t determiner = u + 1;
  while (determiner < s.units.size() &&
         (s.units[determiner].timex || (s.units[determiner].tags & (tag_adverb | tag_comma)) ||
          ((s.units[determiner].tags & tag_preposition) && determiner + 1 < s.units.size() &&
           s.units[determiner + 1].timex)))
    ++determiner;
  if (determiner + 1 >= s.units.size()) return false;
  const Token& first = tokens[s.units[determiner].begin];
  const bool indefinite =
      first.kind == TokenKind::number || ((s.units[determiner].tags & tag_determiner) &&
                                          !is_one_of(first.lower, {"the", "this", "these", "those", "that", "his",
                                                                   "her", "its", "their", "our", "my", "your"}));
  const bool definite = is_one_of(first.lower, {"the", "these", "those"});
  if ((!indefinite && !definite) || !is_open_word(tokens, s, determiner + 1)) return false;
  std::size_t head = determiner + 1;
  while (is_open_word(tokens, s, head + 1)) ++head;
  const Token& noun = tokens[s.units[head].begin];
  if (noun.capitalised) return false;
  if (indefinite) return true;
  const std::string_view w = noun.lower;
  const bool plural = (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") &&
                       !w.ends_with("is") && !w.ends_with("'s")) ||
                      (w.size() > 4 && w.ends_with("men")) || is_one_of(w, {"people", "children"});
  const bool event = std::any_of(s.predicates.begin(), s.predicates.end(),
                                 [&](const Predicate& p) { return p.begin <= head && head < p.end; });
  return plural || event;
}

// The actors of a clause without any: a coordinated verb phrase ("... and is planning to ...")
// shares the subject of the clause before; an infinitive ("..., to become operational") is said
// of the last name before it.
std::vector<std::string> inherited_actors(const std::vector<Token>& tokens, const SentenceAnalysis& s,
                                          const std::vector<Participants>& by_clause, std::size_t clause) {
  std::size_t u = 0;
  while (u < s.units.size() && s.clause_of[u] != clause) ++u;
  while (u < s.units.size() && (s.units[u].tags & (tag_conjunction | tag_adverb | tag_comma))) ++u;
  if (u >= s.units.size() || clause == 0) return {};
  const Unit& first = s.units[u];
  // "Atambayev, who has ruled since 2011": a relative clause is said of the name before it.
  const std::string_view word = tokens[first.begin].lower;
  const bool relative = word == "who" || word == "which" || word == "that";
  const bool infinitive = (first.tags & tag_to) || relative;
  const bool verb_phrase = (first.tags & (tag_be | tag_have | tag_future | tag_modal | tag_past_word)) ||
                           (first.roles && !first.noun_context);
  if (!infinitive && !verb_phrase) return {};
  if (relative && opens_with_new_subject(tokens, s, u)) return {};
  // "the trial of ... Pinera's adviser, which opened": a relative clause whose pronoun is the
  // subject, after a common noun, is said of that noun, not of a name before it; of a role, the
  // role ("The ministry, which announced ..."). "the circular that it mailed" has its own subject.
  const bool subject_relative =
      relative && u + 1 < s.units.size() &&
      (s.units[u + 1].tags & (tag_be | tag_have | tag_modal | tag_future | tag_past_word | tag_adverb | tag_negation));
  if (subject_relative && u > 0) {
    std::size_t antecedent = u - 1;
    if (antecedent > 0 && (s.units[antecedent].tags & tag_comma)) --antecedent;
    const Token& t = tokens[s.units[antecedent].end - 1];
    if (s.units[antecedent].tags == 0 && !s.units[antecedent].timex && t.kind == TokenKind::word && !t.capitalised) {
      for (const SubjectRole& r : by_clause[s.clause_of[antecedent]].roles)
        if (r.end == antecedent + 1) return {r.name};
      // "Emily Lyons, a nurse who was badly wounded", "Ana Bonnin, one of about 100 exiles who
      // practiced": the noun is an apposition to the name.
      const auto in_noun_phrase = [&](std::size_t u) {
        const Token& w = tokens[s.units[u].begin];
        return is_open_word(tokens, s, u) || (s.units[u].tags & tag_determiner) || w.kind == TokenKind::number ||
               is_one_of(w.lower, {"one", "some", "of", "about", "nearly", "almost"});
      };
      std::size_t k = antecedent;
      while (k > 0 && s.clause_of[k - 1] == s.clause_of[antecedent] && in_noun_phrase(k - 1)) --k;
      const bool apposition = k >= 2 && (s.units[k - 1].tags & tag_comma) && tokens[s.units[k - 2].end - 1].capitalised;
      // "James Kopp ... fired the shots that killed a doctor": the object right after a past verb
      // (a determiner, modifiers, the noun) does what the verb's subject did through it.
      std::size_t object = antecedent;
      while (object > 0 && is_open_word(tokens, s, object - 1)) --object;
      const bool object_of_past_verb =
          object >= 2 && (s.units[object - 1].tags & tag_determiner) && (s.units[object - 2].tags & tag_past_word);
      if (!apposition && !object_of_past_verb) return {};
    }
  }
  for (std::size_t c = clause; c-- > 0;) {
    const auto& actors = by_clause[c].actors;
    if (!actors.empty()) return {infinitive ? actors.back() : actors.front()};
    // "The central bank, which meets every six weeks, raised ...": the subject is a role.
    const std::vector<std::string> roles = roles_before(by_clause, c, s.units.size());
    if (!roles.empty()) return {infinitive ? roles.back() : roles.front()};
  }
  return {};
}

// Who acted: the names of the predicate's clause; else a role said as its subject ("the finance
// minister resigned"); else the actors a clause without a subject of its own inherits.
std::vector<std::string> actors_of(const std::vector<Token>& tokens, const SentenceAnalysis& s,
                                   const std::vector<Participants>& by_clause, const Predicate& p) {
  const std::vector<std::string>& own = by_clause[p.clause].actors;
  if (own.empty()) {
    if (std::vector<std::string> roles = roles_before(by_clause, p.clause, p.begin); !roles.empty()) return roles;
    if (std::vector<std::string> inherited = inherited_actors(tokens, s, by_clause, p.clause); !inherited.empty())
      return inherited;
    // "The summit, chaired by the prime minister, ended": an event noun before an aside that opens
    // with a passive participle and its agent was led by that agent.
    const std::size_t aside = p.end + 1;
    if (p.head != p.begin || aside + 2 >= s.units.size() || !(s.units[p.end].tags & tag_comma) ||
        !(s.units[aside].tags & tag_past_word) || tokens[s.units[aside + 1].begin].lower != "by")
      return {};
    const Participants& agents = by_clause[s.clause_of[aside + 2]];
    if (s.clause_of[aside + 2] != p.clause && !agents.actors.empty()) return {agents.actors.front()};
    for (const SubjectRole& r : agents.roles)
      if (r.agent && r.begin == aside + 2) return {r.name};
    return {};
  }
  // "The jury convicted Sam Bankman-Fried", "Prosecutors charged Imran Khan": a role said as the
  // subject acts before the names after the verb.
  if (by_clause[p.clause].first_actor_unit > p.begin)
    if (std::vector<std::string> roles = roles_before(by_clause, p.clause, p.begin); !roles.empty()) {
      for (const std::string& a : own) add_unique(roles, a);
      return roles;
    }
  // "Peru's Congress, controlled by the opposition, removed President Dina Boluarte": a clause
  // that opens with its verb has its subject before it; its own names come after the verb.
  std::size_t first = 0;
  while (first < s.units.size() && s.clause_of[first] != p.clause) ++first;
  while (first < s.units.size() && (s.units[first].tags & (tag_adverb | tag_negation))) ++first;
  if (first != p.begin || !(s.units[first].tags & tag_past_word) || first == 0 ||
      !(s.units[first - 1].tags & tag_comma))
    return own;
  std::vector<std::string> actors = inherited_actors(tokens, s, by_clause, p.clause);
  for (const std::string& a : own) add_unique(actors, a);
  return actors;
}

// The personal pronoun that is the subject of `p` ("She resigned on Tuesday", "he will visit",
// "They on Friday signed"): "he", "she" or "they" right before its verb group, or empty.
std::string_view subject_pronoun(const std::vector<Token>& tokens, const SentenceAnalysis& s, const Predicate& p) {
  std::size_t k = p.begin;
  while (k > 0 && s.clause_of[k - 1] == p.clause &&
         (s.units[k - 1].timex ||
          (s.units[k - 1].tags &
           (tag_be | tag_have | tag_modal | tag_future | tag_do | tag_adverb | tag_negation | tag_been | tag_being)) ||
          ((s.units[k - 1].tags & tag_preposition) && k < s.units.size() && s.units[k].timex)))
    --k;
  if (k == 0 || s.clause_of[k - 1] != p.clause || !(s.units[k - 1].tags & tag_pronoun)) return {};
  const std::string_view w = tokens[s.units[k - 1].begin].lower;
  return w == "he" || w == "she" || w == "they" ? w : std::string_view{};
}

// A person's sex, when a title says it ("Ms Lopez", "Mr. Tan", "Queen Rania", "Spokeswoman").
enum class Sex : std::uint8_t { unknown, male, female };

// The sex a common given name gives (data/given-names.tsv), else unknown.
Sex given_name_sex(std::string_view given) {
  static const std::map<std::string, Sex, std::less<>> sexes = [] {
    std::map<std::string, Sex, std::less<>> m;
    std::string_view text = builtin_given_names;
    while (!text.empty()) {
      const std::size_t eol = std::min(text.find('\n'), text.size());
      const std::string_view line = text.substr(0, eol);
      text.remove_prefix(std::min(eol + 1, text.size()));
      const std::size_t tab = line.find('\t');
      if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
      m.emplace(std::string(line.substr(tab + 1)), line.substr(0, tab) == "female" ? Sex::female : Sex::male);
    }
    return m;
  }();
  const auto found = sexes.find(given);
  return found == sexes.end() ? Sex::unknown : found->second;
}

// The sex a title opening `said` gives, else the one a titled mention of the same surname gave
// ("Mr. Tan" ... "Tan"), else the one the given name of its full name gives ("Angela Merkel").
Sex sex_of(std::string_view said, const DocumentNames& names) {
  const auto by_title = [](std::string_view n) {
    const std::string_view title = n.substr(0, n.find(' '));
    if (title.size() == n.size()) return Sex::unknown;
    if (is_one_of(title, {"Mr.",       "Mr",   "King",      "Prince",      "Emperor", "Sultan", "Emir",
                          "Sheikh",    "Pope", "Patriarch", "Ayatollah",   "Brother", "Father", "Chairman",
                          "Spokesman", "Sir",  "Lord",      "Congressman", "Duke",    "Baron"}) ||
        n.starts_with("Crown Prince "))
      return Sex::male;
    if (is_one_of(title, {"Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Queen", "Princess", "Empress", "Sister", "Chairwoman",
                          "Spokeswoman", "Dame", "Lady", "Congresswoman", "Duchess", "Baroness", "Madam"}) ||
        n.starts_with("Crown Princess "))
      return Sex::female;
    return Sex::unknown;
  };
  if (const Sex s = by_title(said); s != Sex::unknown) return s;
  const std::string_view surname = said.substr(said.rfind(' ') + 1);
  for (const PersonMention& m : names.people)
    if (!m.words.empty() && m.words.back() == surname)
      if (const Sex s = by_title(m.said); s != Sex::unknown) return s;
  // No title decides: the given name of the person's full name, when it says the sex in any news
  // text ("Angela Merkel", "Boris Johnson"; not "Jordan", "Taylor").
  for (const PersonMention& m : names.people)
    if (m.words.size() >= 2 && m.words.back() == surname && (m.said == said || said == surname))
      if (const Sex s = given_name_sex(m.words.front()); s != Sex::unknown) return s;
  return Sex::unknown;
}

// Who "he", "she" or "they" may stand for: the people (or organisations) named, in order, with
// the sex their titles give; `unknown_name` when a name of neither kind was said after them, which
// may be what the pronoun stands for.
struct Antecedent {
  std::vector<std::pair<std::string, Sex>> named;
  bool unknown_name = false;
  // The one said last that the pronoun may stand for ("She" is not "Mr Tan").
  std::string last(Sex sex) const {
    for (auto n = named.rbegin(); n != named.rend(); ++n)
      if (n->second == Sex::unknown || sex == Sex::unknown || n->second == sex) return n->first;
    return {};
  }
  // The only one the pronoun may stand for: the only one said, or the only one whose title gives
  // the pronoun's sex ("Ms Lopez met Mr Tan. She ..."; "President Macron received Queen Rania. She").
  std::string only(Sex sex) const {
    if (unknown_name) return {};
    std::string any, titled;
    bool several = false, several_titled = false;
    for (const auto& [n, s] : named) {
      if (s != Sex::unknown && sex != Sex::unknown && s != sex) continue;
      several = several || (!any.empty() && any != n);
      any = n;
      if (s != Sex::unknown && s == sex) {
        several_titled = several_titled || (!titled.empty() && titled != n);
        titled = n;
      }
    }
    return !several ? any : several_titled ? std::string() : titled;
  }
};
struct Antecedents {
  Antecedent person, organisation;
};

// The antecedents among `entities` that end before token `before`: a person is a titled name, a
// name of two or more words the document took as a personal name, or one word of such a name
// ("Elian" after "Elian Gonzalez"); an organisation is one by its words or the gazetteer. A name
// of neither kind said after them may be what the pronoun stands for: then it forgets them.
// Sources ("according to the ministry") are no antecedents. `names.people` from `first_mention`
// are this sentence's.
Antecedents antecedents_before(const std::vector<Token>& tokens, const std::vector<Entity>& entities,
                               const DocumentNames& names, std::size_t first_mention, std::size_t before) {
  const auto personal = [&](const Entity& e) {
    if (e.kind == EntityKind::person) return true;
    if (e.kind != EntityKind::name) return false;
    for (std::size_t m = first_mention; m < names.people.size(); ++m)
      if (names.people[m].words.size() >= 2 && names.people[m].said == e.canonical) return true;
    if (e.end != e.begin + 1) return false;
    return std::any_of(names.people.begin(), names.people.end(), [&](const PersonMention& m) {
      return m.words.size() >= 2 && (m.words.front() == e.canonical || m.words.back() == e.canonical);
    });
  };
  Antecedents out;
  for (const Entity& e : entities) {
    if (e.end > before || is_source(tokens, e)) continue;
    if (personal(e)) {
      out.person.named.emplace_back(e.canonical, sex_of(e.canonical, names));
    } else if (e.kind == EntityKind::organisation) {
      out.organisation.named.emplace_back(e.canonical, Sex::unknown);
    } else if (e.kind == EntityKind::name) {
      out.person = out.organisation = {{}, true};
    }
  }
  return out;
}

// One predicate dated twice by one time said coarser and finer ("approved in early October this
// year", "on Friday, Aug. 7"): one event, on the finer date. A coarser date counts only when it is
// a plain period (bound on or approx): "has expanded since 1949 ... in 1952 and 1955" keeps both.
void drop_restated_dates(std::vector<std::pair<const Predicate*, Event>>& found) {
  std::vector<bool> restated(found.size(), false);
  for (std::size_t i = 0; i < found.size(); ++i)
    for (std::size_t j = 0; j < found.size() && !restated[i]; ++j) {
      if (i == j || restated[j] || found[i].first != found[j].first) continue;
      const Interval& a = found[i].second.time.interval;
      const Interval& b = found[j].second.time.interval;
      const bool plain = a.bound == Bound::on || a.bound == Bound::approx;
      const bool contains = a.start <= b.start && b.end <= a.end;
      restated[i] = plain && contains && (a != b || j < i);
    }
  std::vector<std::pair<const Predicate*, Event>> kept;
  kept.reserve(found.size());
  for (std::size_t i = 0; i < found.size(); ++i)
    if (!restated[i]) kept.push_back(std::move(found[i]));
  found = std::move(kept);
}

// The date right after unit k, or after k and one preposition ("ended June 3", "ended in June").
std::optional<std::size_t> date_after(const SentenceAnalysis& s, std::size_t k) {
  std::size_t d = k + 1;
  if (d < s.units.size() && !s.units[d].timex && (s.units[d].tags & tag_preposition)) ++d;
  if (d < s.units.size() && s.units[d].timex) return d;
  return std::nullopt;
}

// "talks began in March and ended in June": an event dated where it began, whose end a
// coordinated clause without a predicate of its own dates ("and ended / finished / closed in
// June"), spans both dates, as one event: the two dates say when one thing started and stopped.
// `interval_at(u)` is the interval of the date at unit u, if it has one.
template <class IntervalAt>
void join_range_split_across_clauses(std::string_view text, const std::vector<Token>& tokens, const SentenceAnalysis& s,
                                     const std::vector<TimeExpression>& timexes, IntervalAt interval_at,
                                     date::sys_days dct, std::vector<std::pair<const Predicate*, Event>>& found) {
  for (std::size_t e = 1; e < s.units.size(); ++e) {
    const std::size_t end_clause = s.clause_of[e];
    if (!is_one_of(tokens[s.units[e].begin].lower, {"ended", "finished", "closed"}) ||
        !(s.units[e - 1].tags & tag_conjunction) || end_clause == 0)
      continue;
    const auto end_date = date_after(s, e);
    if (!end_date || s.clause_of[*end_date] != end_clause) continue;
    const std::optional<Interval> until = interval_at(*end_date);
    if (!until || std::any_of(s.predicates.begin(), s.predicates.end(),
                              [&](const Predicate& p) { return p.clause == end_clause; }))
      continue;
    for (std::size_t b = 0; b < e; ++b) {
      if (s.clause_of[b] != end_clause - 1 ||
          !is_one_of(tokens[s.units[b].begin].lower, {"began", "begun", "started", "opened"}))
        continue;
      const auto start_date = date_after(s, b);
      if (!start_date) continue;
      const TimeExpression& from = timexes[static_cast<std::size_t>(tokens[s.units[*start_date].begin].timex)];
      const TimeExpression& to = timexes[static_cast<std::size_t>(tokens[s.units[*end_date].begin].timex)];
      for (auto& [p, event] : found) {
        Interval& span = event.time.interval;
        // The event is what began, or "began" itself when no trigger names it ("The hearings began").
        if (p->clause != end_clause - 1 || p->begin > b || event.time.text != from.text || until->end < span.start)
          continue;
        span.end = until->end;
        span.granularity = std::max(span.granularity, until->granularity);
        span.bound = Bound::on;
        event.time.text = collapse_space(text.substr(from.begin, to.end - from.begin));
        event.time.value = describe(span);
        event.status = status_of(*p, span, from, dct);
      }
    }
  }
}

// Appends to `events` the events of `sentences` (in text order, after those read before), whose
// time expressions are `timexes` (sorted, document offsets); `names` is what the sentences read
// before taught about the document's names, and learns from these; `previous`, whom the sentence
// read last names, for a pronoun in the next.
void add_sentence_events(std::string_view text, const std::vector<Sentence>& sentences,
                         const std::vector<TimeExpression>& timexes, date::sys_days dct, const EventLexicon& lexicon,
                         const std::string& document_id, DocumentNames& names, Antecedents& previous,
                         std::vector<Event>& events) {
  std::size_t first_timex = 0;
  for (const Sentence& sentence : sentences) {
    while (first_timex < timexes.size() && timexes[first_timex].begin < sentence.span.begin) ++first_timex;
    std::size_t end_timex = first_timex;
    while (end_timex < timexes.size() && timexes[end_timex].begin < sentence.span.end) ++end_timex;

    std::vector<Token> tokens = tokenize(text, sentence.span, timexes, first_timex, end_timex, &lexicon);
    const std::size_t first_mention = names.people.size();
    const std::vector<Entity> entities = find_entities(tokens, lexicon, names);  // learns names too
    // The dateline opens the first paragraph of the body, which may follow a headline.
    std::size_t dateline_here = 0;  // entities of the dateline opening this sentence
    if (!names.dateline_read && (&sentence == &sentences.front() || (&sentence - 1)->paragraph != sentence.paragraph)) {
      dateline_here = (names.dateline = dateline_places(tokens, entities)).size();
      names.dateline_read = dateline_here > 0 || sentence.paragraph >= 1;
    }
    for (const Entity& e : entities)
      if (e.kind == EntityKind::country || e.kind == EntityKind::place || e.kind == EntityKind::organisation)
        names.acting_elsewhere.insert(e.canonical);
    const Antecedents last_sentence =
        std::exchange(previous, antecedents_before(tokens, entities, names, first_mention, tokens.size()));
    std::vector<std::optional<Interval>> intervals;
    bool any_placeable = false;
    for (std::size_t t = first_timex; t < end_timex; ++t) {
      intervals.push_back(timexes[t].type == TimexType::date || timexes[t].type == TimexType::time
                              ? interval_of(timexes[t], dct)
                              : std::nullopt);
      any_placeable = any_placeable || intervals.back().has_value();
    }
    if (!any_placeable) continue;
    for (Token& t : tokens)
      t.placeable = t.kind == TokenKind::timex && intervals[static_cast<std::size_t>(t.timex) - first_timex];

    const SentenceAnalysis analysis = analyze_sentence(tokens, match_triggers(tokens, lexicon));
    const std::vector<Entity> roles = find_roles(tokens, lexicon);
    const std::vector<Participants> by_clause = participants_by_clause(tokens, entities, roles, analysis);
    const std::string sentence_text =
        collapse_space(text.substr(sentence.span.begin, sentence.span.end - sentence.span.begin));

    // The places of a clause and of the predicate-less relative clauses after it ("killed in an
    // explosion that took place near the embassy in Dar es Salaam").
    auto places_of = [&](const Predicate& p) {
      std::vector<std::string> places = by_clause[p.clause].places;
      for (std::size_t c = p.clause + 1; c < analysis.clauses && is_relative_without_predicate(tokens, analysis, c);
           ++c)
        for (const std::string& place : by_clause[c].places) add_unique(places, place);
      return places;
    };
    // Actors and places of the event of `p`. A disaster has no actor: the countries and places
    // said with it are where it struck ("An earthquake struck central Myanmar"). A clause whose
    // subject is "he" or "she" has the person named last before it, in its sentence or the one
    // before ("Finance Minister Jane Doe ... She resigned on Tuesday"); "they", the organisation;
    // otherwise no one.
    auto set_participants = [&](const Predicate& p, Event& e) {
      e.actors = actors_of(tokens, analysis, by_clause, p);
      e.places = places_of(p);
      // "The ceasefire signed in Doha in February collapsed on Monday": the names of the participle
      // phrase are the signing's, not the collapse's.
      if (const std::size_t participle = dated_participle_phrase(tokens, analysis.units, p.head);
          participle != analysis.units.size()) {
        // "The truce that Qatar brokered in January": the relative clause's subject too.
        const bool relative_subject =
            participle >= 2 && is_one_of(tokens[analysis.units[participle - 2].begin].lower, {"that", "which"});
        const std::size_t phrase_begin =
            relative_subject ? analysis.units[participle - 1].begin : analysis.units[participle].end;
        // Names and roles ("The bill that parliament passed in January took effect": the role
        // starts at "that", read as a determiner).
        const auto said_in = [&](const std::vector<Entity>& said, const std::string& name) {
          return std::any_of(said.begin(), said.end(), [&](const Entity& n) {
            return n.canonical == name && n.end > phrase_begin && n.end <= analysis.units[p.head].begin;
          });
        };
        const auto in_phrase = [&](const std::string& name) { return said_in(entities, name) || said_in(roles, name); };
        std::erase_if(e.actors, in_phrase);
        std::erase_if(e.places, in_phrase);
      }
      // "The protests that erupted in November spread to Tehran on Monday": the names after the
      // main verb are its, not the relative clause's.
      for (const Predicate& main : analysis.predicates)
        if (main.clause == p.clause && main.head > p.head &&
            dated_participle_phrase(tokens, analysis.units, main.head) == p.head) {
          const std::size_t main_begin = analysis.units[main.head].begin;
          const auto after_main = [&](const std::string& name) {
            return std::any_of(entities.begin(), entities.end(),
                               [&](const Entity& n) { return n.canonical == name && n.begin >= main_begin; }) &&
                   std::none_of(entities.begin(), entities.end(),
                                [&](const Entity& n) { return n.canonical == name && n.begin < main_begin; });
          };
          std::erase_if(e.actors, after_main);
          std::erase_if(e.places, after_main);
        }
      // "NAIROBI, Kenya (Reuters) - Police arrested 12 protesters in Mombasa": a place named
      // outranks the dateline, and it places no plan ("BERLIN (Reuters) - The new rules will come
      // into force on July 1").
      if (dateline_here && (e.places.size() > dateline_here || e.status == EventStatus::planned))
        std::erase_if(e.places, [&](const std::string& place) {
          return std::find(names.dateline.begin(), names.dateline.end(), place) != names.dateline.end();
        });
      // "He met Sergei Lavrov": the pronoun is the subject beside the names after the verb.
      if (e.actors.empty() || e.actors == by_clause[p.clause].actors)
        if (const std::string_view pronoun = subject_pronoun(tokens, analysis, p); !pronoun.empty()) {
          const std::size_t at = analysis.units[p.begin].begin;
          const Antecedents here = antecedents_before(tokens, entities, names, first_mention, at);
          // In the sentence before, only the one of its kind: "Margalit Har-Shefi ... has pleaded
          // innocent to charges that she failed to report Yigal Amir's plan to kill Rabin. She took
          // the stand" is not Rabin.
          const bool they = pronoun == "they";
          const Sex sex = pronoun == "he" ? Sex::male : pronoun == "she" ? Sex::female : Sex::unknown;
          const Antecedent& same = they ? here.organisation : here.person;
          const Antecedent& before = they ? last_sentence.organisation : last_sentence.person;
          // In its own sentence the last one it may stand for; one of the other sex only sends it
          // back to the sentence before ("Mr Tan thanked her. She said").
          std::string antecedent = same.last(sex);
          if (antecedent.empty() && !same.unknown_name) antecedent = before.only(sex);
          if (!antecedent.empty() && std::find(e.actors.begin(), e.actors.end(), antecedent) == e.actors.end())
            e.actors.insert(e.actors.begin(), antecedent);
        }
      if (p.type != "disaster") return;
      // Said with a disaster noun, a name the gazetteer does not know is a place too: "Storm Amy hit
      // Scotland" (not with a verb typed a disaster: "a feud that erupted when members of the Yazidi
      // community ...").
      const bool disaster_noun = analysis.units[p.head].roles & (1u << static_cast<unsigned>(LexiconRole::noun));
      std::erase_if(e.actors, [&](const std::string& a) {
        const bool place = std::any_of(entities.begin(), entities.end(), [&](const Entity& n) {
          return (n.kind == EntityKind::country || n.kind == EntityKind::place ||
                  (disaster_noun && n.kind == EntityKind::name)) &&
                 n.canonical == a;
        });
        if (place) add_unique(e.places, a);
        return place;
      });
    };
    std::vector<std::pair<const Predicate*, Event>> found;
    for (std::size_t u = 0; u < analysis.units.size(); ++u) {
      if (!analysis.units[u].timex) continue;
      const int t = tokens[analysis.units[u].begin].timex;
      std::optional<Interval> interval = intervals[static_cast<std::size_t>(t) - first_timex];
      if (!interval) continue;
      // "its fourth quarter ended June 30": the period is dated by its end date, below.
      const auto ended = period_ended_at(tokens, analysis, u + 2);
      if (ended && ended->period_unit == u) continue;
      // A date in a possessive is its noun's determiner ("before next week's talks", "after Friday's
      // vote"): the preposition before it governs the noun phrase, and bounds no time of the date.
      const TimeExpression* timex = &timexes[static_cast<std::size_t>(t)];
      TimeExpression determiner;
      if (!timex->signal.empty() && possessive_of_noun(tokens, analysis, u)) {
        determiner = *timex;
        determiner.signal.clear();
        timex = &determiner;
        interval = interval_of(determiner, dct);
        if (!interval) continue;
      }
      std::string time_text = timex->text;
      std::string time_value = timex->value;
      std::size_t dated_unit = u;
      if (const auto period = period_ended_at(tokens, analysis, u);
          period && interval->granularity == Granularity::day && interval->bound == Bound::on) {
        interval = period_ending(interval->end, period->months);
        dated_unit = period->period_unit;
        const std::size_t b = tokens[analysis.units[dated_unit].begin].span.begin;
        time_text = collapse_space(text.substr(b, timex->end - b));
        time_value = describe(*interval);
      }
      const Predicate* dated = dated_predicate(tokens, analysis, dated_unit, [&](std::size_t v) {
        return intervals[static_cast<std::size_t>(tokens[analysis.units[v].begin].timex) - first_timex].has_value();
      });
      // A past verb cannot happen after the DCT: there the date is its object's ("announced a
      // summit in June"); a future one can ("will review the proposal in March").
      if (const Predicate* verb = dated ? verb_of_dated_object(tokens, analysis, *dated, dated_unit) : nullptr;
          verb && (interval->start <= dct || verb->time == VerbTime::future))
        dated = verb;
      if (counts_times_since(tokens, analysis, dated_unit) || overnight_before_date(tokens, analysis, dated_unit))
        dated = nullptr;
      if (dated && (dated->end <= dated_unit || is_year_ago(tokens, analysis, dated_unit)) &&
          is_comparison_base(tokens, analysis, dated_unit, *dated))
        dated = nullptr;
      // "which it started in 2023, to 10 billion euros a year by 2027": a deadline still ahead
      // is never met by what a simple past says has happened; it dates another verb. (A deadline
      // this year may be met already: "completed by March" in April.)
      if (dated && dated->time == VerbTime::past && !dated->intent && interval->bound == Bound::by &&
          date::year_month_day{interval->end}.year() > date::year_month_day{dct}.year())
        dated = nullptr;
      // "will review the safeguard measures introduced in 2018 in June 2024": a participle after its
      // noun names what the noun went through, and its first date says when; a later date of
      // another time modifies the verb the noun phrase hangs on, which the lexicon may not know.
      if (dated && is_participle_after_noun(tokens, analysis, *dated))
        for (std::size_t v = dated->end; v < dated_unit; ++v) {
          if (!analysis.units[v].timex) continue;
          const std::optional<Interval>& earlier =
              intervals[static_cast<std::size_t>(tokens[analysis.units[v].begin].timex) - first_timex];
          if (earlier && !overlaps(*earlier, *interval)) dated = nullptr;
        }
      const Predicate* when = predicate_of_when_clause(tokens, analysis, u);
      for (const Predicate* p : {dated, when == dated ? nullptr : when}) {
        if (!p) continue;
        Event e;
        e.document = document_id;
        e.type = p->type;
        const std::size_t b = tokens[analysis.units[p->begin].begin].span.begin;
        const std::size_t end = tokens[analysis.units[p->end - 1].end - 1].span.end;
        e.trigger = collapse_space(text.substr(b, end - b));
        e.status = status_of(*p, *interval, *timex, dct);
        set_participants(*p, e);
        e.sentence = sentence_text;
        e.span = sentence.span;
        e.time = {time_text, time_value, *interval};
        found.emplace_back(p, std::move(e));
      }
    }
    drop_restated_dates(found);
    join_range_split_across_clauses(
        text, tokens, analysis, timexes,
        [&](std::size_t v) {
          return intervals[static_cast<std::size_t>(tokens[analysis.units[v].begin].timex) - first_timex];
        },
        dct, found);
    // A plan stated without a date of its own before a later clause's dated plan ("is preparing
    // to sign the founding treaty of the EEU, to become fully operational as of next January")
    // is expected by that date.
    std::vector<std::pair<const Predicate*, Event>> inherited;
    for (const Predicate& p : analysis.predicates) {
      if (!p.intent && p.time != VerbTime::future) continue;
      if (std::any_of(found.begin(), found.end(), [&](const auto& f) { return f.first == &p; })) continue;
      auto later = std::find_if(found.begin(), found.end(), [&](const auto& f) {
        return f.first->clause > p.clause && f.second.status == EventStatus::planned &&
               f.second.time.interval.start > dct;
      });
      if (later == found.end()) continue;
      Event e = later->second;
      e.type = p.type;
      const std::size_t b = tokens[analysis.units[p.begin].begin].span.begin;
      const std::size_t end = tokens[analysis.units[p.end - 1].end - 1].span.end;
      e.trigger = collapse_space(text.substr(b, end - b));
      e.status = EventStatus::planned;
      set_participants(p, e);
      e.time.interval.start = dct;
      e.time.interval.bound = Bound::by;
      inherited.emplace_back(&p, std::move(e));
    }
    found.insert(found.end(), std::make_move_iterator(inherited.begin()), std::make_move_iterator(inherited.end()));
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first->begin < b.first->begin; });
    // A dateline says where the story was reported: the place of its events of the days around the
    // DCT that name none and have happened (a plan may be carried out anywhere: "the measures would
    // take effect on April 1" in a story datelined GENEVA), unless a country, place or organisation
    // acts in them: they act from where they are ("INS ruled Wednesday" in a story datelined HAVANA
    // is Washington's), nor one of its officials ("U.S. President Bill Clinton said Thursday" in a
    // story datelined NAIROBI); nor a person an event before placed elsewhere ("BEIJING (AP) — Foreign
    // Minister Wang Yi flew to Moscow on Monday. He met Sergei Lavrov on Tuesday": not in Beijing).
    const auto last_word = [](std::string_view name) { return name.substr(name.rfind(' ') + 1); };
    for (auto& [p, e] : found) {
      const Interval& when = e.time.interval;
      if (names.dateline.empty() || !e.places.empty() || e.status == EventStatus::planned ||
          when.end - when.start > date::days{31} || when.end < dct - date::days{31} ||
          when.start > dct + date::days{31} || std::any_of(e.actors.begin(), e.actors.end(), [&](const std::string& a) {
            return names.acting_elsewhere.contains(a) || names.officials.contains(a) ||
                   names.people_elsewhere.contains(last_word(a));
          }))
        continue;
      e.places = names.dateline;
    }
    // The people of an event that has happened somewhere other than the dateline's place are
    // there (a plan says where they will be, not where they are).
    for (const auto& [p, e] : found) {
      if (names.dateline.empty() || e.places.empty() || e.status == EventStatus::planned ||
          std::find(e.places.begin(), e.places.end(), names.dateline.front()) != e.places.end())
        continue;
      for (const std::string& a : e.actors) {
        // Either word of the name may be said alone later: "Wang" of "Foreign Minister Wang Yi".
        const auto said = std::find_if(names.people.begin(), names.people.end(),
                                       [&](const PersonMention& m) { return m.said == a && !m.words.empty(); });
        if (said != names.people.end()) {
          names.people_elsewhere.insert(said->words.front());
          names.people_elsewhere.insert(said->words.back());
        } else if (std::any_of(entities.begin(), entities.end(), [&](const Entity& n) {
                     return (n.kind == EntityKind::person || n.kind == EntityKind::name) && n.canonical == a;
                   })) {
          names.people_elsewhere.insert(std::string(last_word(a)));
        }
      }
    }
    for (auto& f : found) events.push_back(std::move(f.second));
  }
}

// Once the whole document is read: one name per actor, and event ids in text order.
void finish_events(const DocumentNames& names, const EventLexicon& lexicon, const std::string& document_id,
                   std::vector<Event>& events) {
  // One name per person: "Elian" and "Elian Gonzalez" are one actor, wherever each is said.
  const auto person_names = canonical_person_names(names, lexicon);
  for (Event& e : events) {
    std::vector<std::string> actors;
    for (const std::string& a : e.actors) {
      const auto name = person_names.find(a);
      add_unique(actors, name == person_names.end() ? a : name->second);
    }
    e.actors = std::move(actors);
  }
  for (std::size_t i = 0; i < events.size(); ++i)
    events[i].id = (document_id.empty() ? std::string("e") : document_id + "-e") + std::to_string(i + 1);
}

// Where to end the segment of `text` that starts at `from`, when everything up to `limit` has
// been tagged: at the last paragraph break in its second half (else line break, sentence end,
// blank), never inside one of `timexes` (the expressions from `from` on, sorted).
std::size_t segment_end(std::string_view text, std::size_t from, std::size_t limit, std::size_t segment_bytes,
                        const std::vector<TimeExpression>& timexes) {
  const std::size_t hi = std::min(limit, from + segment_bytes), lo = from + segment_bytes / 2;
  const std::string_view window = text.substr(lo, hi - lo);
  std::size_t cut = hi;
  if (const auto at = window.rfind("\n\n"); at != std::string_view::npos)
    cut = lo + at + 1;
  else if (const auto line = window.rfind('\n'); line != std::string_view::npos)
    cut = lo + line + 1;
  else if (const auto stop = window.rfind(". "); stop != std::string_view::npos)
    cut = lo + stop + 1;
  else if (const auto blank = window.rfind(' '); blank != std::string_view::npos)
    cut = lo + blank;
  while (cut > lo && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;  // not inside a character
  const auto inside =
      std::find_if(timexes.begin(), timexes.end(), [&](const TimeExpression& t) { return t.end > cut; });
  if (inside != timexes.end() && inside->begin < cut) cut = inside->begin > from ? inside->begin : inside->end;
  return cut;
}

// The structure of text[segment] with spans into `text`, from the expressions in it (sorted,
// document offsets; shifted while the segment is analysed as a text of its own).
DocumentStructure analyze_segment(std::string_view text, TextSpan segment, std::vector<TimeExpression>& timexes) {
  if (segment.begin == 0) return analyze_document(text.substr(0, segment.end), timexes);
  const auto shift = [&](std::ptrdiff_t by) {
    for (TimeExpression& t : timexes) {
      t.begin += static_cast<std::size_t>(by);
      t.end += static_cast<std::size_t>(by);
    }
  };
  shift(-static_cast<std::ptrdiff_t>(segment.begin));
  DocumentStructure s = analyze_document(text.substr(segment.begin, segment.end - segment.begin), timexes);
  shift(static_cast<std::ptrdiff_t>(segment.begin));
  const auto move = [&](TextSpan& span) {
    span.begin += segment.begin;
    span.end += segment.begin;
  };
  s.title.reset();  // a headline opens the document, not a segment
  for (TextSpan& p : s.paragraphs) move(p);
  for (Sentence& sentence : s.sentences) move(sentence.span);
  for (ChromeItem& c : s.chrome) move(c.span);
  return s;
}

}  // namespace

std::vector<Event> extract_events(std::string_view text, const DocumentStructure& structure,
                                  const std::vector<TimeExpression>& timexes, date::sys_days dct,
                                  const EventLexicon& lexicon, const std::string& document_id) {
  std::vector<Event> events;
  DocumentNames names;
  Antecedents previous;
  add_sentence_events(text, structure.sentences, timexes, dct, lexicon, document_id, names, previous, events);
  finish_events(names, lexicon, document_id, events);
  return events;
}

ExtractedDocument extract_document(std::string_view text, const ExtractOptions& options) {
  ExtractedDocument out;
  date::sys_days dct;
  if (options.dct) {
    dct = *options.dct;
    out.dct_source = DctSource::option;
  } else if (const auto header = find_document_date(text)) {
    dct = *header;
    out.dct_source = DctSource::header;
  } else {
    dct = std::chrono::floor<date::days>(std::chrono::system_clock::now());
    out.dct_source = DctSource::today;
  }
  ParseContext context;
  context.dct = date::local_days{dct.time_since_epoch()};
  context.date_order = options.date_order;
  context.region = options.region;
  out.document.id = options.document_id;
  out.document.dct = dct;
  out.document.path = options.path;
  out.document.title = options.title;
  const EventLexicon& lexicon = options.lexicon ? *options.lexicon : default_event_lexicon();
  const std::size_t segment_bytes = std::max<std::size_t>(options.segment_bytes, 2);

  // A segment at a time: its expressions, structure and events; then only its events and chrome
  // are kept (and, when asked, its structure and expressions).
  DocumentNames names;
  Antecedents previous;
  std::vector<TimeExpression> pending;  // the expressions tagged after `done`
  std::size_t done = 0;
  const auto read_segment = [&](std::size_t end) {
    const auto after =
        std::find_if(pending.begin(), pending.end(), [&](const TimeExpression& t) { return t.begin >= end; });
    std::vector<TimeExpression> timexes(std::make_move_iterator(pending.begin()), std::make_move_iterator(after));
    pending.erase(pending.begin(), after);
    DocumentStructure structure = analyze_segment(text, {done, end}, timexes);
    if (done == 0 && out.document.title.empty() && structure.title)
      out.document.title =
          collapse_space(text.substr(structure.title->begin, structure.title->end - structure.title->begin));
    add_sentence_events(text, structure.sentences, timexes, dct, lexicon, options.document_id, names, previous,
                        out.events);
    out.chrome.insert(out.chrome.end(), structure.chrome.begin(), structure.chrome.end());
    if (options.keep_analysis) {
      if (done == 0) out.structure.title = structure.title;
      const std::size_t paragraphs = out.structure.paragraphs.size();
      out.structure.paragraphs.insert(out.structure.paragraphs.end(), structure.paragraphs.begin(),
                                      structure.paragraphs.end());
      for (Sentence& sentence : structure.sentences) {
        sentence.paragraph += paragraphs;
        out.structure.sentences.push_back(sentence);
      }
      out.structure.chrome.insert(out.structure.chrome.end(), std::make_move_iterator(structure.chrome.begin()),
                                  std::make_move_iterator(structure.chrome.end()));
      out.timexes.insert(out.timexes.end(), std::make_move_iterator(timexes.begin()),
                         std::make_move_iterator(timexes.end()));
    }
    done = end;
  };
  for_each_time_expression(
      text, context,
      [&](TimeExpression& t) {
        pending.push_back(std::move(t));
        while (pending.back().begin > done + segment_bytes)
          read_segment(segment_end(text, done, pending.back().begin, segment_bytes, pending));
      },
      segment_bytes, &out.impossible_dates);
  while (text.size() > done + segment_bytes) read_segment(segment_end(text, done, text.size(), segment_bytes, pending));
  read_segment(text.size());
  finish_events(names, lexicon, options.document_id, out.events);
  return out;
}

}  // namespace annalist
