// Dated events: for each body sentence with a placeable time expression, attach every expression
// to the predicate that governs it, then give the event its type, status, actors and places.
#include <annalist/parser/events.hpp>

#include "entities.hpp"
#include "predicates.hpp"
#include "tokens.hpp"

#include <algorithm>
#include <chrono>

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

// The predicate a date at `unit` belongs to, or nullptr: the nearest predicate before it in its
// clause (dates are adjuncts that follow what they modify: "approved ... on January 29", "the
// summit in Riga in March drew protests"), else the nearest after it ("Russia on Tuesday signed").
const Predicate* governing_predicate(const SentenceAnalysis& s, std::size_t unit) {
  const std::size_t clause = s.clause_of[unit];
  const Predicate* before = nullptr;
  const Predicate* after = nullptr;
  for (const Predicate& p : s.predicates) {
    if (p.clause != clause || distance(p, unit) > max_attachment_distance) continue;
    if (p.begin <= unit && (!before || distance(p, unit) < distance(*before, unit))) before = &p;
    if (p.begin > unit && (!after || distance(p, unit) < distance(*after, unit))) after = &p;
  }
  const Predicate* best = before ? before : after;
  if (best || s.clause_has_verb[clause]) return best;
  // A clause of its own without a verb ("On January 29, ..." / "..., in 2012."): the date
  // modifies the next clause's predicate, or else the previous clause's.
  for (std::size_t c = clause + 1; c < s.clauses && c <= clause + 2; ++c) {
    for (const Predicate& p : s.predicates)
      if (p.clause == c) return &p;
    if (s.clause_has_verb[c]) break;
  }
  if (clause > 0)
    for (auto p = s.predicates.rbegin(); p != s.predicates.rend(); ++p)
      if (p->clause == clause - 1) return &*p;
  return nullptr;
}

// Whether unit k is a word of no closed class and no date: a noun or an adjective, as far as the
// tags tell.
bool is_open_word(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t k) {
  return k < s.units.size() && s.units[k].tags == 0 && !s.units[k].timex &&
         tokens[s.units[k].begin].kind == TokenKind::word;
}

// A date between a determiner and an open-class word: "Kopp's 1987 Chevrolet", "the 1992 protests",
// "the Aug. 7 terrorist blasts", "a third-quarter loss".
bool premodifies_noun(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit) {
  return unit > 0 && (s.units[unit - 1].tags & (tag_determiner | tag_possessive)) && is_open_word(tokens, s, unit + 1);
}

// The predicate the date at `unit` dates. A date inside a noun phrase dates the phrase: its own
// event when a trigger names one within three words ("the 1992 protests", "the Aug. 7 terrorist
// blasts"), else the clause's predicate ("reported a third-quarter loss") unless another date of
// the sentence dates that ("Kopp's 1987 Chevrolet was discovered last month": last month only).
// `placeable(u)` says whether the date at unit u has an interval.
template <class Placeable>
const Predicate* dated_predicate(const std::vector<Token>& tokens, const SentenceAnalysis& s, std::size_t unit,
                                 Placeable placeable) {
  const Predicate* p = governing_predicate(s, unit);
  if (!p || !premodifies_noun(tokens, s, unit)) return p;
  for (std::size_t k = unit + 1; k <= unit + 3 && is_open_word(tokens, s, k); ++k)
    for (const Predicate& q : s.predicates)
      if (q.begin == k) return &q;
  for (std::size_t v = 0; v < s.units.size(); ++v)
    if (v != unit && s.units[v].timex && placeable(v) && !premodifies_noun(tokens, s, v) &&
        governing_predicate(s, v) == p)
      return nullptr;
  return p;
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

// True when the entity is a location of the event: "in Ethiopia and Mexico", "to Johannesburg".
bool after_locative(const std::vector<Token>& tokens, const std::vector<Entity>& entities, const Entity& e) {
  std::size_t k = e.begin;
  while (k > 0) {
    --k;
    const Token& t = tokens[k];
    if (t.tags & tag_locative) return true;
    if ((t.tags & (tag_determiner | tag_comma)) || t.lower == "and" || t.lower == "or") continue;
    // Skip over another place of the same list.
    auto other = std::find_if(entities.begin(), entities.end(), [&](const Entity& o) {
      return o.end == k + 1 && (o.kind == EntityKind::country || o.kind == EntityKind::place);
    });
    if (other == entities.end()) return false;
    k = other->begin;
  }
  return false;
}

struct Participants {
  std::vector<std::string> actors, places;
};

// Actors and places of each clause.
std::vector<Participants> participants_by_clause(const std::vector<Token>& tokens, const std::vector<Entity>& entities,
                                                 const SentenceAnalysis& s) {
  std::vector<std::size_t> unit_of_token(tokens.size(), 0);
  for (std::size_t u = 0; u < s.units.size(); ++u)
    for (std::size_t k = s.units[u].begin; k < s.units[u].end; ++k) unit_of_token[k] = u;
  std::vector<Participants> by_clause(s.clauses);
  const Entity* previous_place = nullptr;  // the entity just before, when it was a place
  std::size_t previous_clause = 0;
  for (const Entity& e : entities) {
    std::size_t clause = s.clause_of[unit_of_token[e.begin]];
    bool place = false;
    // "in Tampa, Florida, on Monday", "visited Paris, France": a known place right after a place
    // and a comma says where that place is; it is a place of the same clause (the comma may
    // have opened another).
    const bool subject =
        e.end < tokens.size() && (tokens[e.end].tags & (tag_possessive | tag_be | tag_have | tag_future | tag_modal));
    if ((e.kind == EntityKind::country || e.kind == EntityKind::place) && previous_place && !subject &&
        previous_place->end + 1 == e.begin && (tokens[previous_place->end].tags & tag_comma)) {
      clause = previous_clause;
      place = true;
    }
    Participants& p = by_clause[clause];
    if (!place && (e.kind == EntityKind::country || e.kind == EntityKind::place || e.kind == EntityKind::name)) {
      // An unknown name after "in", "at", "to" is a place too: "met in Quito".
      place = after_locative(tokens, entities, e);
      // A city that is not a location is an actor only as a subject ("Astana will aim").
      if (!place && e.kind == EntityKind::place) place = !subject;
    }
    add_unique(place ? p.places : p.actors, e.canonical);
    previous_place = place ? &e : nullptr;
    previous_clause = clause;
  }
  return by_clause;
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
  const bool verb_phrase =
      (first.tags & (tag_be | tag_have | tag_future | tag_modal | tag_ed_word)) || (first.roles && !first.noun_context);
  if (!infinitive && !verb_phrase) return {};
  for (std::size_t c = clause; c-- > 0;) {
    const auto& actors = by_clause[c].actors;
    if (actors.empty()) continue;
    return {infinitive ? actors.back() : actors.front()};
  }
  return {};
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

}  // namespace

std::vector<Event> extract_events(std::string_view text, const DocumentStructure& structure,
                                  const std::vector<TimeExpression>& timexes, date::sys_days dct,
                                  const EventLexicon& lexicon, const std::string& document_id) {
  std::vector<Event> events;
  DocumentNames names;
  std::size_t first_timex = 0;
  for (const Sentence& sentence : structure.sentences) {
    while (first_timex < timexes.size() && timexes[first_timex].begin < sentence.span.begin) ++first_timex;
    std::size_t end_timex = first_timex;
    while (end_timex < timexes.size() && timexes[end_timex].begin < sentence.span.end) ++end_timex;

    const std::vector<Token> tokens = tokenize(text, sentence.span, timexes, first_timex, end_timex);
    const std::vector<Entity> entities = find_entities(tokens, lexicon, names);  // learns names too
    std::vector<std::optional<Interval>> intervals;
    bool any_placeable = false;
    for (std::size_t t = first_timex; t < end_timex; ++t) {
      intervals.push_back(timexes[t].type == TimexType::date || timexes[t].type == TimexType::time
                              ? interval_of(timexes[t], dct)
                              : std::nullopt);
      any_placeable = any_placeable || intervals.back().has_value();
    }
    if (!any_placeable) continue;

    const SentenceAnalysis analysis = analyze_sentence(tokens, match_triggers(tokens, lexicon));
    const std::vector<Participants> by_clause = participants_by_clause(tokens, entities, analysis);
    const std::string sentence_text =
        collapse_space(text.substr(sentence.span.begin, sentence.span.end - sentence.span.begin));

    std::vector<std::pair<const Predicate*, Event>> found;
    for (std::size_t u = 0; u < analysis.units.size(); ++u) {
      if (!analysis.units[u].timex) continue;
      const int t = tokens[analysis.units[u].begin].timex;
      const auto& interval = intervals[static_cast<std::size_t>(t) - first_timex];
      if (!interval) continue;
      const Predicate* p = dated_predicate(tokens, analysis, u, [&](std::size_t v) {
        return intervals[static_cast<std::size_t>(tokens[analysis.units[v].begin].timex) - first_timex].has_value();
      });
      if (!p) continue;
      const TimeExpression& timex = timexes[static_cast<std::size_t>(t)];
      Event e;
      e.document = document_id;
      e.type = p->type;
      const std::size_t b = tokens[analysis.units[p->begin].begin].span.begin;
      const std::size_t end = tokens[analysis.units[p->end - 1].end - 1].span.end;
      e.trigger = collapse_space(text.substr(b, end - b));
      e.status = status_of(*p, *interval, timex, dct);
      e.actors = by_clause[p->clause].actors;
      if (e.actors.empty()) e.actors = inherited_actors(tokens, analysis, by_clause, p->clause);
      e.places = by_clause[p->clause].places;
      e.sentence = sentence_text;
      e.span = sentence.span;
      e.time = {timex.text, timex.value, *interval};
      found.emplace_back(p, std::move(e));
    }
    drop_restated_dates(found);
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
      e.actors = by_clause[p.clause].actors;
      if (e.actors.empty()) e.actors = inherited_actors(tokens, analysis, by_clause, p.clause);
      e.places = by_clause[p.clause].places;
      e.time.interval.start = dct;
      e.time.interval.bound = Bound::by;
      inherited.emplace_back(&p, std::move(e));
    }
    found.insert(found.end(), std::make_move_iterator(inherited.begin()), std::make_move_iterator(inherited.end()));
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first->begin < b.first->begin; });
    for (auto& f : found) events.push_back(std::move(f.second));
  }
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
  out.timexes = find_time_expressions(text, context);
  out.structure = analyze_document(text, out.timexes);
  out.document.id = options.document_id;
  out.document.dct = dct;
  out.document.path = options.path;
  out.document.title = options.title;
  if (out.document.title.empty() && out.structure.title)
    out.document.title =
        collapse_space(text.substr(out.structure.title->begin, out.structure.title->end - out.structure.title->begin));
  const EventLexicon& lexicon = options.lexicon ? *options.lexicon : default_event_lexicon();
  out.events = extract_events(text, out.structure, out.timexes, dct, lexicon, options.document_id);
  out.chrome = out.structure.chrome;
  return out;
}

}  // namespace annalist
