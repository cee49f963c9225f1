#include "predicates.hpp"

#include "english/irregular_verbs.hpp"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <initializer_list>

namespace annalist::events_detail {

namespace x3 = boost::spirit::x3;

namespace {

using Form = EventLexicon::Trigger::Form;
using UnitIterator = std::vector<Unit>::const_iterator;

constexpr std::uint8_t role_bit(LexiconRole r) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(r)); }
constexpr std::uint8_t form_bit(Form f) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(f)); }
constexpr std::uint8_t verb_like = role_bit(LexiconRole::verb) | role_bit(LexiconRole::intent) |
                                   role_bit(LexiconRole::command) | role_bit(LexiconRole::support);
constexpr std::uint8_t any_form = 0xFF;
// A light verb lends its tense to an event noun ("held talks", "ordered the opening").
constexpr std::uint8_t light_roles = role_bit(LexiconRole::support) | role_bit(LexiconRole::command);

// ---------------------------------------------------------------------------------------------
// Primitive X3 parsers over units.

template <class Derived>
struct UnitParser : x3::parser<Derived> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Context, class RContext, class Attribute>
  bool parse(It& first, It const& last, Context const&, RContext&, Attribute&) const {
    if (first == last || !static_cast<const Derived&>(*this).test(*first)) return false;
    ++first;
    return true;
  }
};

// A unit with any of the closed-class tags.
struct TagParser : UnitParser<TagParser> {
  std::uint32_t mask;
  constexpr explicit TagParser(std::uint32_t m) : mask(m) {}
  bool test(const Unit& u) const { return (u.tags & mask) != 0; }
};

// A unit with a lexicon reading of role `role` in one of the forms `forms`, in a position where
// that reading is possible (a verb reading needs a verbal context).
struct RoleParser : UnitParser<RoleParser> {
  LexiconRole role;
  std::uint8_t forms;
  constexpr RoleParser(LexiconRole r, std::uint8_t f) : role(r), forms(f) {}
  bool test(const Unit& u) const {
    if (!(u.roles & role_bit(role))) return false;
    if (role == LexiconRole::noun) return true;
    // "after seizing Nyala", "by signing the treaty": a gerund after a preposition is a verb.
    const bool gerund_after_preposition = u.after_preposition && (u.verb_forms & form_bit(Form::gerund));
    return (!u.noun_context || gerund_after_preposition) && (u.verb_forms & forms) != 0;
  }
};

// A word that may stand between a determiner and an event noun: "new", "founding", "Kazakhstan".
struct ModifierParser : UnitParser<ModifierParser> {
  bool test(const Unit& u) const {
    if (u.timex || (u.roles & (verb_like | role_bit(LexiconRole::noun)))) return false;
    return !(u.tags & ~(tag_adverb | tag_possessive | tag_past_word));
  }
};

// A verb's base form with no noun reading and no verbal context, which before an event noun is
// the first word of a compound: "a free trade agreement", "the trade talks".
struct VerbAsModifierParser : UnitParser<VerbAsModifierParser> {
  bool test(const Unit& u) const {
    return (u.roles & role_bit(LexiconRole::verb)) && !(u.roles & role_bit(LexiconRole::noun)) && !u.verb_context &&
           u.end == u.begin + 1 && u.verb_forms == form_bit(Form::base);
  }
};

// An unknown lower-case past form ("developed", "kept"): a verb the lexicon does not know.
struct EdWordParser : UnitParser<EdWordParser> {
  bool test(const Unit& u) const { return (u.tags & tag_past_word) && !u.roles; }
};

const auto adv = TagParser(tag_adverb | tag_negation);
const auto aux = TagParser(tag_be | tag_have | tag_future | tag_modal | tag_do);
const auto be = TagParser(tag_be);
const auto going = TagParser(tag_going);
const auto to = TagParser(tag_to);
const auto determiner = TagParser(tag_determiner | tag_possessive);

const auto intent_word = RoleParser(LexiconRole::intent, any_form);
const auto command_verb = RoleParser(LexiconRole::command, any_form);
const auto support_verb = RoleParser(LexiconRole::support, any_form);
const auto event_verb = RoleParser(LexiconRole::verb, any_form);
const auto event_noun = RoleParser(LexiconRole::noun, any_form);

// ---------------------------------------------------------------------------------------------
// The predicate grammar.

// Runs of auxiliaries and adverbs are bounded: a verb group has a few ("will not yet have been
// formally"), and an unbounded run would be rescanned from every unit of a sentence of
// adverbs ("early early early ..."), quadratic in its length.
constexpr int max_run = 12;
const auto adverbs = x3::repeat(0, max_run)[adv];
const auto going_to = be >> adverbs >> going >> to;
const auto aux_chain = x3::repeat(0, max_run)[going_to | aux | adv];
// A compound's first event noun is a modifier: "the loan agreement", "a peace treaty"; so is a
// verb's base form outside a verb group: "a free trade agreement".
const auto verb_as_modifier = VerbAsModifierParser();
const auto noun_phrase = x3::repeat(0, 5)[determiner | ModifierParser() | event_noun >> &event_noun |
                                          verb_as_modifier >> &(verb_as_modifier | event_noun)] >>
                         event_noun;
const auto complement = x3::repeat(0, max_run)[aux | adv] >>
                        (support_verb >> noun_phrase | command_verb >> noun_phrase | event_verb >> -noun_phrase);

const auto intent_pattern = aux_chain >> intent_word >> to >> adverbs >> complement;
const auto command_pattern = aux_chain >> command_verb >> noun_phrase;
const auto support_pattern = aux_chain >> support_verb >> noun_phrase;
const auto verb_pattern = aux_chain >> event_verb >> -noun_phrase;
const auto noun_pattern = event_noun;
const auto generic_pattern = x3::repeat(1, max_run)[aux] >> adverbs >> EdWordParser();

enum class PatternKind { intent, command, support, verb, noun, generic };

const EventLexicon::Trigger* reading(const Unit& u, LexiconRole role) {
  if (!u.readings) return nullptr;
  for (const auto& t : *u.readings)
    if (t.role == role) return &t;
  return nullptr;
}

const EventLexicon::Trigger* verb_reading(const Unit& u) {
  if (!u.readings) return nullptr;
  for (const auto& t : *u.readings)
    if (t.role != LexiconRole::noun) return &t;
  return nullptr;
}

// Tense, aspect and modality of the verb group units[begin, main] (auxiliaries, then main verb).
VerbTime verb_time(const std::vector<Unit>& units, std::size_t begin, std::size_t main) {
  bool future = false, have_present = false, have_past = false, be_present = false, be_past = false, been = false,
       other_be = false;
  for (std::size_t k = begin; k < main; ++k) {
    const std::uint32_t t = units[k].tags;
    if (t & (tag_future | tag_modal | tag_going)) future = true;
    if (t & tag_have) (t & tag_past_aux ? have_past : have_present) = true;
    if (t & tag_been) been = true;
    if ((t & tag_be) && !(t & tag_been)) {
      if (t & tag_present_aux)
        be_present = true;
      else if (t & tag_past_aux)
        be_past = true;
      else
        other_be = true;  // "be", "being"
    }
  }
  if (future) return VerbTime::future;
  const Unit& m = units[main];
  const EventLexicon::Trigger* r = verb_reading(m);
  // Unknown past forms read as past participles; an unknown word in no past form is a present
  // ("The festival ends on Saturday", "takes place").
  const Form form = r ? r->form : (m.tags & tag_past_word) ? Form::past : Form::third_person;
  const bool gerund = form == Form::gerund;
  if (gerund && (be_present || (have_present && been))) return VerbTime::present_progressive;
  if (have_past || be_past) return VerbTime::past;
  if (have_present) return VerbTime::present_perfect;
  if (be_present) return gerund ? VerbTime::present_progressive : VerbTime::undetermined;  // "is opened"
  if (other_be) return VerbTime::undetermined;
  if (form == Form::past || form == Form::past_or_participle || form == Form::past_participle) return VerbTime::past;
  return VerbTime::undetermined;
}

// Verbs of saying that take a clause without "that" ("said he will begin", "added the talks
// were over"): the lexicon's "say", "note", "state" and common ones it has no trigger for.
bool takes_reported_clause(const std::vector<Token>& tokens, const Unit& u) {
  if (u.noun_context || u.end != u.begin + 1) return false;
  if (const EventLexicon::Trigger* r = verb_reading(u))
    return r->role == LexiconRole::verb && r->form != Form::base && r->form != Form::gerund &&
           (r->lemma == "say" || r->lemma == "note" || r->lemma == "state" || r->lemma == "concede");
  static constexpr std::string_view unknown_verbs[] = {
      "added",    "adds",   "argued",  "argues",   "insisted", "insists",   "explained",    "stressed", "believes",
      "believed", "thinks", "thought", "conceded", "asserted", "contended", "acknowledged", "ruled"};
  const std::string_view w = tokens[u.begin].lower;
  return std::find(std::begin(unknown_verbs), std::end(unknown_verbs), w) != std::end(unknown_verbs);
}

// Whether a word tagged both determiner and subordinator ("that") at unit k opens a clause
// rather than determines a noun: before a determiner, pronoun, name, number, date or verb group
// ("that the dividend be reinstated", "that he", "that last week a customer discovered", "that
// was founded", "the embassy that opened", "a law that allowed"), not before a common noun ("that
// agreement"), which it cannot be told apart from "that companies should" without a tagger.
bool that_opens_clause(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k) {
  constexpr std::uint32_t ambiguous = tag_determiner | tag_subordinator;
  if ((units[k].tags & ambiguous) != ambiguous || k + 1 >= units.size()) return false;
  // After a verb of saying, "that" reports a clause: "warned that famine could spread".
  if (k > 0 && !units[k - 1].noun_context) {
    const EventLexicon::Trigger* said = verb_reading(units[k - 1]);
    if (said && said->role == LexiconRole::verb && said->type == "statement") return true;
  }
  const Unit& next = units[k + 1];
  const Token& t = tokens[next.begin];
  const bool finite_verb =
      (next.tags & tag_past_word) ||
      (next.roles & verb_like &&
       next.verb_forms & (form_bit(Form::past) | form_bit(Form::past_or_participle) | form_bit(Form::third_person)));
  return next.timex || t.capitalised || t.kind == TokenKind::number || finite_verb ||
         (next.tags & (tag_determiner | tag_possessive | tag_pronoun | tag_be | tag_have | tag_modal | tag_future |
                       tag_do | tag_adverb | tag_negation));
}

// Whether the verb of saying at unit r follows what it reports and comes before its subject:
// "\"We are ready to talk,\" said Williams on Friday", "The deal is not finished, said the foreign
// minister on Tuesday". After a comma or quote, the words after it up to the end of its clause hold
// no verb group ("said he will", "said Williams would" report a clause).
bool follows_what_it_reports(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t r) {
  if (r == 0 || !(units[r - 1].tags & (tag_comma | tag_quote))) return false;
  constexpr std::uint32_t verb_group =
      tag_pronoun | tag_be | tag_have | tag_modal | tag_future | tag_do | tag_to | tag_past_word | tag_subordinator;
  for (std::size_t k = r + 1; k < units.size() && !(units[k].tags & (tag_clause_break | tag_conjunction)); ++k) {
    const Unit& u = units[k];
    if ((u.tags & verb_group) || tokens[u.begin].lower == "that" ||
        (u.roles & verb_like &&
         u.verb_forms & (form_bit(Form::past) | form_bit(Form::past_or_participle) | form_bit(Form::third_person))))
      return false;
  }
  return true;
}

// Where a clause reported by a verb of saying begins: after the verb and its own adjuncts ("said
// Friday", "said on Tuesday", "said here", "said today"), at the first word of what was said.
// "Saddam said he will begin withdrawing troops on Friday" dates the withdrawal, not the saying;
// "said Friday's focus on ..." reports a clause whose subject is dated; so does "said (Friday)
// that ...". A preposition, comma, conjunction or auxiliary after the verb keeps the clause ("said
// in a statement", "that Unisys said a month ago would be laid off").
std::vector<bool> reported_clause_starts(const std::vector<Token>& tokens, const std::vector<Unit>& units) {
  std::vector<bool> starts(units.size(), false);
  for (std::size_t r = 0; r + 1 < units.size(); ++r) {
    if (!takes_reported_clause(tokens, units[r])) continue;
    std::size_t k = r + 1;
    // A date that modifies the next noun belongs to the reported clause: "said Friday's focus",
    // "said third-quarter net income dropped".
    auto premodifies_next = [&](std::size_t j) {
      if (j + 1 >= units.size()) return false;
      if (units[j + 1].tags & tag_possessive) return true;
      const Token& next = tokens[units[j + 1].begin];
      return tokens[units[j].begin].text.find('-') != std::string_view::npos && next.kind == TokenKind::word &&
             !next.capitalised && units[j + 1].tags == 0;
    };
    while (k < units.size()) {
      const Unit& u = units[k];
      const std::string_view w = tokens[u.begin].lower;
      if (u.timex && !premodifies_next(k)) {
        ++k;
      } else if ((u.tags & tag_adverb) || w == "here" || w == "there") {
        ++k;
      } else if ((u.tags & tag_preposition) && k + 1 < units.size() && units[k + 1].timex && !premodifies_next(k + 1)) {
        k += 2;
      } else {
        break;
      }
    }
    if (k >= units.size() || follows_what_it_reports(tokens, units, r)) continue;
    const Unit& first = units[k];
    if (tokens[first.begin].lower == "that") {
      starts[k] = true;
      continue;
    }
    const Token& t = tokens[first.begin];
    const bool word = t.kind == TokenKind::word || t.kind == TokenKind::number || first.timex;
    if (word && !(first.tags & (tag_preposition | tag_to | tag_conjunction | tag_subordinator | tag_comma |
                                tag_clause_break | tag_be | tag_have | tag_do | tag_modal | tag_future)))
      starts[k] = true;
  }
  return starts;
}

// Whether "return" at unit k is travel: towards a place ("returned to New Delhi", "returned home",
// "return from Cairo"), or said of a person without an object ("He is due to return on Sunday").
// Its other senses take an object or an abstract subject: "returned a verdict", "returned the case
// to the department", "attention returned to the sector".
bool is_travel_return(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k) {
  std::size_t n = k + 1;
  while (n < units.size() && (units[n].tags & tag_adverb)) ++n;
  if (n >= units.size()) return false;
  const Token& next = tokens[units[n].begin];
  if (next.lower == "home") return true;
  // Passive: someone is sent back ("must be returned to his father by Jan. 14").
  if (k > 0 && (units[k - 1].tags & tag_be) && (units[n].tags & tag_locative)) return true;
  if (units[n].tags & tag_locative) {
    std::size_t place = n + 1;
    if (place < units.size() && tokens[units[place].begin].lower == "the") ++place;
    return place < units.size() && tokens[units[place].begin].capitalised;
  }
  // No object: the traveller is the subject, a pronoun or a name.
  const bool no_object = units[n].timex || (units[n].tags & (tag_comma | tag_conjunction | tag_preposition)) ||
                         next.kind == TokenKind::punctuation;
  if (!no_object) return false;
  std::size_t subject = k;
  while (subject > 0 && (units[subject - 1].tags & (tag_be | tag_have | tag_future | tag_modal | tag_do | tag_to |
                                                    tag_adverb | tag_negation) ||
                         (units[subject - 1].roles & role_bit(LexiconRole::intent))))
    --subject;
  if (subject == 0) return false;
  const Token& s = tokens[units[subject - 1].end - 1];
  return (units[subject - 1].tags & tag_pronoun) || (s.capitalised && !units[subject - 1].roles);
}

// Whether "meet" at unit k is a meeting: not when it meets a target ("meet a renewable hydrogen
// quota", "met its deadline", "meet demand").
bool is_meeting(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k) {
  static constexpr std::string_view goals[] = {
      "target",    "targets",      "goal",        "goals",       "quota",        "quotas",    "deadline",
      "deadlines", "demand",       "demands",     "requirement", "requirements", "criteria",  "standard",
      "standards", "expectations", "expectation", "needs",       "obligations",  "conditions"};
  // The object's words: determiners, adverbs and lower-case words ("a renewable hydrogen quota").
  for (std::size_t n = k + 1; n < units.size() && n <= k + 6; ++n) {
    const Token& t = tokens[units[n].begin];
    if (std::find(std::begin(goals), std::end(goals), t.lower) != std::end(goals)) return false;
    const bool object_word = (units[n].tags & (tag_determiner | tag_possessive | tag_adverb)) ||
                             (units[n].tags == 0 && !units[n].timex && t.kind == TokenKind::word && !t.capitalised);
    if (!object_word) break;
  }
  return true;
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The type a verb's object gives it, or empty: some verbs name another event by what they act on.
// "released four hostages", "freed 20 prisoners", "released the kidnapped aid workers" free
// captives (conflict), where "released its figures" publishes; "raised interest rates", "hiked its
// key rate", "lowered taxes" change a level (economic), where "raised concerns" does not; "found
// him guilty" is a verdict (other); "launched drones at Kyiv", "fired rockets" attack (conflict),
// where "launched a website" establishes; "confirmed the nominee", "confirmed the new defence
// secretary" fill an office (election), where "confirmed the report" says. Released "on bail" a court decided (other),
// "from prison" a captive was freed (conflict). The object: up to six words of determiners, numbers, pronouns,
// adjectives of nationality and lower-case words, up to its head.
std::string_view type_by_object(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k) {
  if (units[k].end != units[k].begin + 1) return {};
  const std::string_view verb = tokens[units[k].begin].lower;
  const bool frees =
      is_one_of(verb, {"release", "releases", "released", "releasing", "free", "frees", "freed", "freeing"});
  const bool changes_level = is_one_of(verb, {"raise", "raises", "raised", "raising", "hike", "hikes", "hiked",
                                              "hiking", "lower", "lowers", "lowered", "lowering"});
  const bool finds = is_one_of(verb, {"find", "finds", "found", "finding"});
  const bool fires =
      is_one_of(verb, {"launch", "launches", "launched", "launching", "fire", "fires", "fired", "firing"});
  const bool confirms = is_one_of(verb, {"confirm", "confirms", "confirmed", "confirming"});
  if (!frees && !changes_level && !finds && !fires && !confirms) return {};
  for (std::size_t n = k + 1; n < units.size() && n <= k + 6; ++n) {
    const Token& t = tokens[units[n].begin];
    if (frees && is_one_of(t.lower, {"hostage", "hostages", "prisoner", "prisoners", "detainee", "detainees", "captive",
                                     "captives", "kidnapped", "abducted"}))
      return "conflict";
    if (changes_level &&
        is_one_of(t.lower, {"rate", "rates", "tax", "taxes", "price", "prices", "tariff", "tariffs", "fares", "wage",
                            "wages", "salaries", "fees", "duties", "forecast", "forecasts", "guidance", "dividend"}))
      return "economic";
    if (finds && is_one_of(t.lower, {"guilty", "innocent", "liable"})) return "other";
    if (fires && is_one_of(t.lower, {"missile", "missiles", "drone", "drones", "rocket", "rockets", "shells", "bombs",
                                     "torpedoes", "mortars", "artillery"}))
      return "conflict";
    // "The senate confirmed the new defence secretary": a chamber confirming a nominee to an office.
    if (confirms && is_one_of(t.lower, {"nominee", "nominees", "nomination", "secretary", "minister", "judge",
                                        "justice", "ambassador", "governor", "commissioner", "director", "chairman",
                                        "chairwoman", "chair", "appointment", "appointee", "pick"}))
      return "election";
    const bool object_word =
        (units[n].tags & (tag_determiner | tag_possessive | tag_adverb | tag_pronoun | tag_negation)) ||
        t.kind == TokenKind::number ||
        (t.kind == TokenKind::word && !units[n].timex && (units[n].tags == 0 || (units[n].tags & tag_past_word)));
    if (!object_word) {
      // "released the journalist on bail" (a court's decision), "freed him from prison" (a captive).
      if (frees && n + 1 < units.size()) {
        const std::string_view next = tokens[units[n + 1].begin].lower;
        if (t.lower == "on" && next == "bail") return "other";
        if (t.lower == "from" && is_one_of(next, {"prison", "jail", "custody", "detention", "captivity"}))
          return "conflict";
      }
      break;
    }
  }
  return {};
}

// Whether unit k is a verb the lexicon does not know, in the past tense right after its subject
// (an -ed word or an irregular past: "kept", "led"):
// "The RSF besieged it", "official results showed", "The regulator designated its first firms".
// Not after a determiner ("the revised directive"), not a participle before "by" ("economists
// polled by Reuters") or before an infinitive, and not before an event noun that names the event.
// A light verb whose pattern found no event noun ("The bank held its key rate at 5 percent on
// Tuesday") is such a verb too; an intent verb is not ("expected a cut in April": the cut is what
// the date is about).
bool is_past_after_subject(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k) {
  if (k == 0 || !(units[k].tags & tag_past_word) || (units[k].roles & ~light_roles) ||
      english::is_irregular_participle_only(tokens[units[k].begin].lower))
    return false;
  // "The minister, who resigned on Tuesday, ...": a relative pronoun is the verb's subject.
  if (is_one_of(tokens[units[k - 1].begin].lower, {"who", "which"})) return true;
  if (k + 1 < units.size() && tokens[units[k + 1].begin].lower == "by") return false;
  // "compared with a year ago": a comparison, no event.
  if (tokens[units[k].begin].lower == "compared") return false;
  // "declined to comment", "tried to entice": the infinitive is the event, not this verb.
  if (k + 2 < units.size() && (units[k + 1].tags & tag_to) && tokens[units[k + 2].begin].kind == TokenKind::word &&
      !tokens[units[k + 2].begin].capitalised && !(units[k + 2].tags & (tag_determiner | tag_possessive)))
    return false;
  // "the leader repelled their invasion": the event noun of its object names the event.
  for (std::size_t n = k + 1; n < units.size() && n <= k + 4; ++n) {
    if (units[n].roles & role_bit(LexiconRole::noun)) return false;
    if (units[n].timex || (!(units[n].tags & (tag_determiner | tag_possessive)) && units[n].tags != 0)) break;
  }
  const std::size_t subject_end = end_of_subject(units, k);
  if (subject_end == 0) return false;
  const Unit& before = units[subject_end - 1];
  const Token& subject = tokens[before.end - 1];
  if (before.tags & tag_pronoun) return true;
  if (subject_end == k && dated_participle_phrase(tokens, units, k) != units.size()) return true;
  if (before.roles || before.timex || subject.kind != TokenKind::word) return false;
  if (subject.capitalised && !before.tags) return true;
  // A common noun: after a determiner and up to two modifiers ("The army", "The central bank"),
  // or a plural ("official results").
  if (before.tags != 0) return false;
  for (std::size_t d = subject_end - 1; d-- > 0 && d + 4 > subject_end;) {
    // "The finance minister", "Bolivia's new president", "The Wagner group" (a name modifies it).
    if (units[d].tags & (tag_determiner | tag_possessive)) return true;
    const Token& modifier = tokens[units[d].begin];
    if (units[d].tags || units[d].roles || units[d].timex || modifier.kind != TokenKind::word) break;
  }
  return subject.lower.size() > 3 && subject.lower.ends_with("s") && !subject.lower.ends_with("ss");
}

// Whether unit k is a verb the lexicon does not know, in the base form right after "shall" or "must"
// (adverbs between): the obligation of a law, a regulation or a plan, an event to come ("Member
// States shall transpose the directive by 31 December 2027", "The regulation shall apply from 2
// August 2026", "must gradually reduce"). Not after a negation ("shall not apply": no event).
bool is_obligation_verb(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k,
                        std::size_t clause_begin) {
  const Unit& u = units[k];
  const Token& verb = tokens[u.begin];
  if (u.tags || u.roles || u.timex || u.end != u.begin + 1 || verb.kind != TokenKind::word || verb.capitalised)
    return false;
  std::size_t j = k;
  while (j > clause_begin && (units[j - 1].tags & tag_adverb) && !(units[j - 1].tags & tag_negation)) --j;
  return j > clause_begin && is_one_of(tokens[units[j - 1].begin].lower, {"shall", "must"});
}

// Whether "without" comes before the event noun at unit k, over its determiners and modifiers.
bool without_before(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k,
                    std::size_t clause_begin) {
  for (std::size_t j = k; j > clause_begin && j + 4 > k;) {
    --j;
    if (tokens[units[j].begin].lower == "without") return true;
    const Token& t = tokens[units[j].begin];
    if (!(units[j].tags & (tag_determiner | tag_possessive)) &&
        (units[j].tags != 0 || units[j].roles || units[j].timex || t.kind != TokenKind::word || t.capitalised))
      return false;
  }
  return false;
}

}  // namespace

std::size_t dated_participle_phrase(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t end) {
  const std::size_t none = units.size();
  if (end == 0 || end > units.size() || !units[end - 1].timex) return none;
  std::size_t d = end;
  // Back over the phrase's dates, prepositions and names to the participle.
  while (d > 0 && d + 8 > end &&
         (units[d - 1].timex || (units[d - 1].tags & tag_preposition) ||
          (tokens[units[d - 1].begin].capitalised && !units[d - 1].tags && !units[d - 1].roles)))
    --d;
  if (d < 3) return none;
  const Unit& participle = units[d - 1];
  const bool past = (participle.tags & tag_past_word) ||
                    (participle.verb_forms & (form_bit(Form::past_or_participle) | form_bit(Form::past_participle)));
  if (!past) return none;
  // "The strike that began in January ended on Tuesday": a relative clause whose pronoun is its
  // subject is such a phrase too.
  std::size_t noun_end = d - 1;
  // "The truce that Qatar brokered in January", "The bill that parliament passed in January": the
  // relative clause may have a name or a bare noun for subject.
  if (noun_end > 2 && tokens[units[noun_end - 1].begin].kind == TokenKind::word && !units[noun_end - 1].tags &&
      !units[noun_end - 1].roles && !units[noun_end - 1].timex &&
      is_one_of(tokens[units[noun_end - 2].begin].lower, {"that", "which"}))
    --noun_end;
  if (noun_end > 1 && is_one_of(tokens[units[noun_end - 1].begin].lower, {"that", "which"})) --noun_end;
  // Its noun (one or two words) after a determiner that opens the clause.
  for (std::size_t n = noun_end; n-- > 0 && n + 4 > noun_end;) {
    if (units[n].tags & (tag_determiner | tag_possessive))
      return n + 1 < noun_end && (n == 0 || (units[n - 1].tags &
                                             (tag_comma | tag_clause_break | tag_subordinator | tag_conjunction)))
                 ? d - 1
                 : none;
    const Token& w = tokens[units[n].begin];
    if (units[n].tags || units[n].timex || w.kind != TokenKind::word || w.capitalised) return none;
  }
  return none;
}

std::size_t light_predicate_length(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k) {
  const auto word = [&](std::size_t i) -> std::string_view {
    return i < units.size() && units[i].end == units[i].begin + 1 ? std::string_view{tokens[units[i].begin].lower}
                                                                  : std::string_view{};
  };
  const std::string_view w = word(k);
  if (is_one_of(w, {"take", "takes", "took", "taken", "taking"}) && word(k + 1) == "place") return 2;
  if (is_one_of(w, {"happen", "happens", "happened", "occur", "occurs", "occurred"})) return 1;
  // "was held", "has been staged": the passive of a light verb.
  std::size_t b = k;
  while (b > 0 && (units[b - 1].tags & (tag_adverb | tag_negation))) --b;
  // "The last round, held in Oman in January, ended ...": a participle after its noun's comma.
  if (b > 0 && (units[b - 1].tags & (tag_be | tag_comma)) && is_one_of(w, {"held", "staged"})) return 1;
  if (is_one_of(w, {"get", "gets", "got", "gotten", "getting"})) {
    if (word(k + 1) == "underway") return 2;
    if (word(k + 1) == "under" && word(k + 2) == "way") return 3;
  }
  return 0;
}

std::size_t end_of_subject(const std::vector<Unit>& units, std::size_t k) {
  if (k == 0 || !(units[k - 1].tags & tag_comma)) return k;
  // Back to the comma that opens the aside; an aside is a phrase, not a list or a second clause.
  constexpr std::size_t longest_aside = 12;
  for (std::size_t j = k - 1; j-- > 0 && j + longest_aside + 1 >= k;) {
    const Unit& u = units[j];
    if (u.tags & tag_comma) {
      // "Mario Marcel, the finance minister, resigned", "The company, based in Austin, filed": the
      // aside says who or what the subject is; the subject is before it.
      if (j == 0 || j + 2 >= k || (units[j - 1].tags & (tag_comma | tag_conjunction | tag_preposition))) return 0;
      return units[j - 1].timex ? 0 : j;
    }
    if (u.tags & (tag_clause_break | tag_conjunction | tag_quote)) return 0;
  }
  return 0;
}

// The type a verb takes from its subject, for verbs said of people and of markets alike: "Students
// rallied in Paris" is a protest, "Markets rallied" a market moving; empty when the subject does
// not decide.
std::string_view type_by_subject(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k) {
  if (units[k].end != units[k].begin + 1 ||
      !is_one_of(tokens[units[k].begin].lower, {"rally", "rallies", "rallied", "rallying"}))
    return {};
  const std::size_t subject_end = end_of_subject(units, k);
  if (subject_end == 0) return {};
  // The subject's last word, or a noun an "of" phrase hangs on: "Supporters of the president",
  // "Tens of thousands of protesters".
  const auto typed = [&](std::string_view w) -> std::string_view {
    if (is_one_of(w, {"protesters", "protestors", "demonstrators", "students",   "supporters", "opponents", "workers",
                      "farmers",    "activists",  "thousands",     "hundreds",   "residents",  "women",     "crowds",
                      "teachers",   "doctors",    "nurses",        "pensioners", "citizens",   "people"}))
      return "conflict";
    if (is_one_of(w, {"markets", "stocks", "shares", "bonds", "equities", "futures", "index", "indexes", "indices",
                      "dollar", "euro", "yen", "pound", "rupee", "oil", "gold", "bitcoin"}))
      return "economic";
    return {};
  };
  if (const std::string_view t = typed(tokens[units[subject_end - 1].end - 1].lower); !t.empty()) return t;
  for (std::size_t n = subject_end - 1; n > 0 && n + 6 > subject_end; --n) {
    if (tokens[units[n].begin].lower != "of") continue;
    if (units[n - 1].tags || units[n - 1].roles || tokens[units[n - 1].begin].kind != TokenKind::word) break;
    if (const std::string_view t = typed(tokens[units[n - 1].begin].lower); !t.empty()) return t;
  }
  return {};
}

SentenceAnalysis analyze_sentence(const std::vector<Token>& tokens, const std::vector<TriggerMatch>& matches) {
  SentenceAnalysis s;
  // Units: trigger matches and single tokens.
  auto m = matches.begin();
  for (std::size_t i = 0; i < tokens.size();) {
    Unit u;
    if (m != matches.end() && m->begin == i) {
      u.begin = m->begin;
      u.end = m->end;
      u.readings = &m->readings;
      for (const auto& r : m->readings) {
        u.roles |= role_bit(r.role);
        if (r.role != LexiconRole::noun) u.verb_forms |= form_bit(r.form);
      }
      if (u.end == u.begin + 1) u.tags = tokens[i].tags;
      ++m;
    } else {
      u.begin = i;
      u.end = i + 1;
      u.tags = tokens[i].tags;
      u.timex = tokens[i].kind == TokenKind::timex;
    }
    i = u.end;
    s.units.push_back(u);
  }
  for (std::size_t k = 0; k < s.units.size(); ++k) {
    Unit& u = s.units[k];
    const EventLexicon::Trigger* travel = reading(u, LexiconRole::verb);
    const bool not_visit = travel && travel->type == "visit" &&
                           ((travel->lemma == "return" && !is_travel_return(tokens, s.units, k)) ||
                            (travel->lemma == "meet" && !is_meeting(tokens, s.units, k)));
    if (not_visit) {
      u.roles &= static_cast<std::uint8_t>(~role_bit(LexiconRole::verb));
      if (!(u.roles & verb_like)) u.verb_forms = 0;
    }
  }
  // Resolve "that": a subordinator where it opens a clause, else a determiner. Reported clauses are
  // found first ("said that companies should ..." opens one before a common noun).
  const std::vector<bool> complement_starts = reported_clause_starts(tokens, s.units);
  std::vector<bool> that_clause_starts(s.units.size(), false);
  for (std::size_t k = 0; k < s.units.size(); ++k) {
    constexpr std::uint32_t ambiguous = tag_determiner | tag_subordinator;
    if ((s.units[k].tags & ambiguous) != ambiguous) continue;
    that_clause_starts[k] = complement_starts[k] || that_opens_clause(tokens, s.units, k);
    s.units[k].tags &= ~(that_clause_starts[k] ? tag_determiner : tag_subordinator);
  }
  // Whether unit k is inside a noun phrase after a preposition: "on Iranian oil exports", where an
  // -s word is the plural noun, not a verb ("oil exports").
  std::vector<bool> in_prepositional_phrase(s.units.size(), false);
  for (std::size_t k = 1; k < s.units.size(); ++k) {
    const Unit& p = s.units[k - 1];
    const bool open_word = p.tags == 0 && !p.roles && !p.timex && tokens[p.begin].kind == TokenKind::word;
    in_prepositional_phrase[k] =
        ((p.tags & tag_preposition) && !(p.tags & tag_to)) || (in_prepositional_phrase[k - 1] && open_word);
  }
  for (std::size_t k = 1; k < s.units.size(); ++k) {
    const Unit& p = s.units[k - 1];
    const Token& pt = tokens[p.end - 1];
    // "after seizing Nyala", "by signing the treaty", not "of operating profit" (an adjective
    // before its noun).
    const bool before_common_noun = k + 1 < s.units.size() && s.units[k + 1].tags == 0 && !s.units[k + 1].timex &&
                                    tokens[s.units[k + 1].begin].kind == TokenKind::word &&
                                    !tokens[s.units[k + 1].begin].capitalised;
    s.units[k].after_preposition = (p.tags & tag_preposition) && !(p.tags & tag_to) && !p.roles && !before_common_noun;
    s.units[k].noun_context = (p.tags & (tag_determiner | tag_possessive)) ||
                              ((p.tags & tag_preposition) && !(p.tags & tag_to)) || pt.kind == TokenKind::number ||
                              (in_prepositional_phrase[k] && (s.units[k].verb_forms & form_bit(Form::third_person)));
    // "issued a red warning for snow", "a status red warning.": a gerund after a determiner and
    // one or two open words, before a preposition or the clause's end, is that phrase's noun, not a
    // verb ("the man leading the talks" has its object; "Franco's troops closing in on Valencia"
    // a plural subject). A gerund the lexicon knows as a noun ("bombing") is read as one already.
    const auto open_word = [&](std::size_t m) {
      const Unit& w = s.units[m];
      const Token& wt = tokens[w.begin];
      return w.tags == 0 && !w.roles && !w.timex && wt.kind == TokenKind::word && !wt.capitalised &&
             !(wt.lower.ends_with('s') && !wt.lower.ends_with("ss") && !wt.lower.ends_with("us") &&
               !wt.lower.ends_with("is"));
    };
    const auto determines = [&](std::size_t m) { return (s.units[m].tags & (tag_determiner | tag_possessive)) != 0; };
    if (k >= 2 && (s.units[k].verb_forms & form_bit(Form::gerund)) &&
        !(s.units[k].roles & role_bit(LexiconRole::noun)) && open_word(k - 1) &&
        (determines(k - 2) || (k >= 3 && open_word(k - 2) && determines(k - 3))) &&
        (k + 1 == s.units.size() || tokens[s.units[k + 1].begin].kind == TokenKind::punctuation ||
         ((s.units[k + 1].tags & tag_preposition) && !(s.units[k + 1].tags & tag_to))))
      s.units[k].noun_context = true;
    s.units[k].verb_context = (p.tags & (tag_be | tag_have | tag_future | tag_modal | tag_do | tag_to | tag_pronoun |
                                         tag_adverb | tag_negation)) ||
                              pt.capitalised || (pt.kind == TokenKind::word && pt.lower.ends_with("s") && !p.roles);
  }

  // Clauses.
  s.clause_of.resize(s.units.size());
  s.says_before_subject.assign(s.units.size(), false);
  std::size_t clause = 0;
  auto starts_verb_group = [&](std::size_t k) {
    while (k < s.units.size() && (s.units[k].tags & tag_adverb)) ++k;
    if (k >= s.units.size()) return false;
    const Unit& u = s.units[k];
    return (u.tags & (tag_be | tag_have | tag_future | tag_modal | tag_to | tag_past_word)) ||
           (u.roles & verb_like &&
            u.verb_forms & (form_bit(Form::past) | form_bit(Form::past_or_participle) | form_bit(Form::third_person)));
  };
  auto is_verbal = [&](const Unit& u) {
    return (u.tags & (tag_be | tag_have | tag_future | tag_modal | tag_past_word)) ||
           (u.roles & verb_like && !u.noun_context);
  };
  // A comma ends a clause when what it closes has a verb, or is an adverbial ("On January 29,",
  // "Last November,", "Thus,"); not inside a list of names or an appositive ("The governments of
  // Vietnam, Laos, Cambodia and Thailand signed ...").
  std::size_t clause_start = 0;
  bool clause_verbal = false;
  for (std::size_t k = 0; k < s.units.size(); ++k) {
    const Unit& u = s.units[k];
    const Token& t = tokens[u.begin];
    bool starts_clause = false;
    if (k > 0) {
      const Unit& p = s.units[k - 1];
      const Unit& opener = s.units[clause_start];
      // A "that" clause is no adverbial: "said that bombings of embassies in Nairobi, Kenya and ..."
      const bool adverbial = opener.timex || (opener.tags & (tag_preposition | tag_adverb | tag_to)) ||
                             ((opener.tags & tag_subordinator) && !that_clause_starts[clause_start]) ||
                             (opener.verb_forms & form_bit(Form::gerund));
      if ((p.tags & tag_comma) && (clause_verbal || adverbial)) starts_clause = true;
      if (p.tags & tag_clause_break) starts_clause = true;
      if (u.tags & tag_subordinator) starts_clause = true;
      if (complement_starts[k]) starts_clause = true;
      if ((u.tags & tag_conjunction) && starts_verb_group(k + 1)) starts_clause = true;
      if (t.lower == "since" && k + 1 < s.units.size() && !s.units[k + 1].timex &&
          tokens[s.units[k + 1].begin].lower != "then")
        starts_clause = true;
    }
    if (starts_clause && k > 0) {
      ++clause;
      clause_start = k;
      clause_verbal = false;
    }
    // "..., said David McCammon, Ford's vice president, at a news conference yesterday": the subject
    // after a verb of saying and its apposition and adjuncts stay in the verb's clause.
    s.says_before_subject[k] = takes_reported_clause(tokens, u) && follows_what_it_reports(tokens, s.units, k);
    clause_verbal = clause_verbal || (is_verbal(u) && !s.says_before_subject[k]);
    s.clause_of[k] = clause;
  }
  s.clauses = s.units.empty() ? 0 : clause + 1;
  s.clause_has_verb.assign(s.clauses, false);
  for (std::size_t k = 0; k < s.units.size(); ++k)
    // A reported or "that" clause has a verb even when the lexicon knows none of its words
    // ("said net income rose 51% in the third quarter"): its date must not date another clause.
    if (is_verbal(s.units[k]) || complement_starts[k] || that_clause_starts[k])
      s.clause_has_verb[s.clause_of[k]] = true;

  // Predicates, clause by clause: at each unit the first pattern that matches, longest first.
  std::size_t clause_begin = 0;
  while (clause_begin < s.units.size()) {
    std::size_t clause_end = clause_begin;
    while (clause_end < s.units.size() && s.clause_of[clause_end] == s.clause_of[clause_begin]) ++clause_end;
    const UnitIterator first = s.units.begin() + static_cast<std::ptrdiff_t>(clause_begin);
    const UnitIterator last = s.units.begin() + static_cast<std::ptrdiff_t>(clause_end);
    for (UnitIterator at = first; at < last;) {
      PatternKind kind{};
      UnitIterator stop = at;
      auto try_pattern = [&](const auto& pattern, PatternKind k) {
        UnitIterator it = at;
        if (!x3::parse(it, last, pattern) || it == at) return false;
        stop = it;
        kind = k;
        return true;
      };
      bool found = try_pattern(intent_pattern, PatternKind::intent) ||
                   try_pattern(command_pattern, PatternKind::command) ||
                   try_pattern(support_pattern, PatternKind::support) || try_pattern(verb_pattern, PatternKind::verb) ||
                   try_pattern(noun_pattern, PatternKind::noun) || try_pattern(generic_pattern, PatternKind::generic);
      // "a drone attack on the port", "A missile strike on Odesa": a base form with nothing verbal
      // before it (no auxiliary, "to", pronoun, name or plural) is a noun when it can be one.
      if (found && kind == PatternKind::verb) {
        const Unit& u = *at;
        const EventLexicon::Trigger* r = verb_reading(u);
        if (r && r->form == Form::base && !u.verb_context && (u.roles & role_bit(LexiconRole::noun))) {
          kind = PatternKind::noun;
          stop = at + 1;
        }
      }
      // An unknown verb after an event noun it is said of ("The blast in Nairobi occurred at 10:35",
      // "Fighting intensified on Monday") leaves the date to that noun.
      // Not after a participle phrase that dated the noun ("The truce brokered by Qatar in January
      // collapsed on Monday": the collapse is Monday's event).
      const bool after_event_noun =
          !s.predicates.empty() &&
          s.predicates.back().clause == s.clause_of[static_cast<std::size_t>(at - s.units.begin())] &&
          (s.predicates.back().time == VerbTime::undetermined || s.predicates.back().past_by_verb) &&
          s.predicates.back().head == s.predicates.back().begin &&
          dated_participle_phrase(tokens, s.units, static_cast<std::size_t>(at - s.units.begin())) == s.units.size();
      // "The first round was held on November 16", "The ceremony took place in Lima": a light
      // predicate said of a noun no trigger names is the event; its trigger starts at that noun.
      std::size_t subject_words = 0;
      if (!found && !after_event_noun) {
        const std::size_t k = static_cast<std::size_t>(at - s.units.begin());
        std::size_t v = k;
        while (v > clause_begin && (s.units[v - 1].tags & (tag_be | tag_have | tag_modal | tag_future | tag_adverb |
                                                           tag_negation | tag_been | tag_being)))
          --v;
        // "The last round, held in ...": the participle's noun is before the comma.
        if (v == k && v > clause_begin + 1 && (s.units[v - 1].tags & tag_comma)) --v;
        // "The Olympic torch relay will begin in Athens", "The session ended on Friday": a verb of
        // beginning or ending without an object says, as a light predicate does, when its noun
        // happens.
        const std::string_view verb = tokens[s.units[k].begin].lower;
        const bool begins_or_ends =
            is_one_of(verb,
                      {"begin", "begins", "began", "begun", "start", "starts", "started", "end", "ends", "ended"}) &&
            (k + 1 == s.units.size() || s.units[k + 1].timex ||
             ((s.units[k + 1].tags & (tag_preposition | tag_comma | tag_clause_break | tag_adverb)) &&
              !(s.units[k + 1].tags & tag_to)) ||
             tokens[s.units[k + 1].begin].kind == TokenKind::punctuation);
        // Its noun and up to two modifiers ("first" is tagged an adverb; a name may be one: "The
        // Olympic torch relay"). What begins, ends or takes place may be a name after "the" ("The
        // Tour de France starts in Barcelona", "The Boston Marathon ended", "The Tokyo Marathon takes
        // place on March 1").
        const auto named_after_the = [&](std::size_t u) {
          std::size_t f = u;
          while (f > clause_begin && f + 4 > u && !s.units[f - 1].tags && !s.units[f - 1].roles &&
                 tokens[s.units[f - 1].begin].kind == TokenKind::word)
            --f;
          return f > clause_begin && f - 1 == clause_begin && tokens[s.units[f - 1].begin].lower == "the" &&
                 tokens[s.units[f].begin].capitalised;
        };
        const std::size_t light = begins_or_ends ? 1 : light_predicate_length(tokens, s.units, k);
        const auto subject_word = [&](std::size_t u) {
          const std::uint32_t allowed = u + 1 == v ? 0u : std::uint32_t{tag_adverb};
          return !(s.units[u].tags & ~allowed) && !s.units[u].roles && !s.units[u].timex &&
                 tokens[s.units[u].begin].kind == TokenKind::word &&
                 (!tokens[s.units[u].begin].capitalised || (u + 1 != v && u > clause_begin) ||
                  (light != 0 && (v == k || !begins_or_ends) && named_after_the(u)));
        };
        while (subject_words < 3 && v > clause_begin + subject_words && subject_word(v - subject_words - 1))
          ++subject_words;
        // The noun phrase has its determiner ("The first round", "Kenya's ceremony"): "whatever
        // happens" names no event.
        const bool determined = subject_words != 0 && v - subject_words > clause_begin &&
                                (s.units[v - subject_words - 1].tags & (tag_determiner | tag_possessive));
        // "CIA aid to the mujahideen began in 1980": a noun phrase after a preposition that follows
        // a plain noun is that noun's complement; the subject starts at the noun.
        if (const std::size_t d = v - subject_words - 1;
            determined && light != 0 && d > clause_begin + 1 && (s.units[d - 1].tags & (tag_preposition | tag_to)) &&
            !s.units[d - 2].tags && !s.units[d - 2].roles && !s.units[d - 2].timex &&
            tokens[s.units[d - 2].begin].kind == TokenKind::word && !tokens[s.units[d - 2].begin].capitalised) {
          subject_words = v - (d - 2) + (k - v);
          stop = at + static_cast<std::ptrdiff_t>(light);
          kind = PatternKind::generic;
          found = true;
        } else if (const std::size_t n = light; n != 0 && determined) {
          stop = at + static_cast<std::ptrdiff_t>(n);
          kind = PatternKind::generic;
          found = true;
          subject_words += k - v;  // the auxiliaries: "first round was held"
        } else {
          subject_words = 0;
        }
      }
      if (!found && !after_event_noun &&
          is_past_after_subject(tokens, s.units, static_cast<std::size_t>(at - s.units.begin()))) {
        stop = at + 1;
        kind = PatternKind::generic;
        found = true;
      }
      bool obligation = false;
      if (!found && !after_event_noun &&
          is_obligation_verb(tokens, s.units, static_cast<std::size_t>(at - s.units.begin()), clause_begin)) {
        stop = at + 1;
        kind = PatternKind::generic;
        found = obligation = true;
      }
      if (!found) {
        // "A landslide buried a village on Thursday": a past verb right after the event noun it is
        // said of gives the noun its tense (the event happened, though dated today).
        if (after_event_noun && s.predicates.back().end == static_cast<std::size_t>(at - s.units.begin()) &&
            !(s.units[s.predicates.back().head].roles & verb_like) && (at->tags & tag_past_word) && !at->roles) {
          s.predicates.back().time = VerbTime::past;
          s.predicates.back().past_by_verb = true;
        }
        ++at;
        continue;
      }
      const std::size_t b = static_cast<std::size_t>(at - s.units.begin());
      std::size_t e = static_cast<std::size_t>(stop - s.units.begin());
      Predicate p;
      p.begin = b;
      p.clause = s.clause_of[b];
      // The main verb: the first verb-like unit (intent, command, support or event verb).
      std::size_t main = b;
      while (main < e && !(s.units[main].roles & verb_like) && !(s.units[main].tags & tag_past_word)) ++main;
      const bool last_is_noun =
          s.units[e - 1].roles & role_bit(LexiconRole::noun) && !(kind == PatternKind::verb && e - 1 == main);
      // "ended without agreement", "without a deal": an event that did not happen.
      if (kind == PatternKind::noun && without_before(tokens, s.units, b, clause_begin)) {
        ++at;
        continue;
      }
      if (kind == PatternKind::noun) {
        p.head = b;
        p.type = reading(s.units[b], LexiconRole::noun)->type;
      } else if (kind == PatternKind::generic && subject_words != 0) {
        p.head = b;
        p.begin = b - subject_words;
        p.type = "other";
        p.time = verb_time(s.units, p.begin, b);
      } else if (kind == PatternKind::generic) {
        p.head = e - 1;
        p.type = "other";
        p.time = obligation ? VerbTime::future : verb_time(s.units, b, e - 1);
      } else {
        p.time = verb_time(s.units, b, main);
        std::size_t event_verb_unit = e - 1;
        if (kind == PatternKind::intent) {
          p.intent = true;
          p.time = VerbTime::future;
          // The complement's verb: the first verb-like unit after "to" (auxiliaries skipped).
          event_verb_unit = main + 1;
          while (event_verb_unit < e && !(s.units[event_verb_unit].tags & tag_to)) ++event_verb_unit;
          while (event_verb_unit < e && !(s.units[event_verb_unit].roles & verb_like)) ++event_verb_unit;
          if (event_verb_unit >= e) event_verb_unit = e - 1;
          p.begin = event_verb_unit;  // the trigger is the complement: "make an official visit"
        }
        const Unit& verb_unit = s.units[kind == PatternKind::intent ? event_verb_unit : main];
        const EventLexicon::Trigger* event = reading(verb_unit, LexiconRole::verb);
        const EventLexicon::Trigger* noun = last_is_noun ? reading(s.units[e - 1], LexiconRole::noun) : nullptr;
        // A light verb lends its tense to the event noun even when it is an event verb of its own
        // ("launched an offensive", "struck a deal").
        const bool light_verb = kind == PatternKind::support || kind == PatternKind::command;
        // A meeting opened or resumed is the meeting beginning ("opened talks", "resumed
        // negotiations"), as a meeting that opens is: the verb keeps the meeting in its trigger.
        const bool opens_meeting =
            event && noun && noun->type == "visit" && is_one_of(event->lemma, {"open", "reopen", "resume"});
        const bool noun_is_event = noun && (light_verb || !event || noun->type == event->type || opens_meeting);
        if (event && noun && !noun_is_event) e = (kind == PatternKind::intent ? event_verb_unit : main) + 1;
        if (noun_is_event) {
          p.type = noun->type;
          p.head = e - 1;
        } else if (event) {
          p.type = event->type;
          p.head = kind == PatternKind::intent ? event_verb_unit : main;
        } else {
          p.type = "other";  // "ordered troops to withdraw": a command without an event noun
          p.head = main;
        }
        if (kind == PatternKind::verb || kind == PatternKind::command || kind == PatternKind::support) p.begin = main;
        // A base-form verb with nothing verbal before it is more likely a noun or adjective
        // ("an open market").
        const auto* r = verb_reading(verb_unit);
        if (kind == PatternKind::verb && main == b && r && r->form == Form::base && !verb_unit.verb_context &&
            type_by_object(tokens, s.units, main).empty()) {
          ++at;
          continue;
        }
      }
      if (kind != PatternKind::noun && !(kind == PatternKind::generic && subject_words != 0))
        if (const std::string_view by_object = type_by_object(tokens, s.units, p.head); !by_object.empty())
          p.type = by_object;
      if (kind != PatternKind::noun && !(kind == PatternKind::generic && subject_words != 0))
        if (const std::string_view by_subject = type_by_subject(tokens, s.units, p.head); !by_subject.empty())
          p.type = by_subject;
      p.end = e;
      // "An earthquake struck central Myanmar", "Floods killed 40 people": a verb said of a disaster
      // noun right before it is what the disaster did; the two are one event of the disaster's type.
      if (kind == PatternKind::verb && !s.predicates.empty()) {
        const Predicate& subject = s.predicates.back();
        // The verb and the event noun before it become one event: the noun's start, lemma and type.
        const auto merge_into_subject = [&] {
          p.begin = subject.begin;
          p.type = subject.type;
          p.lemma = subject.lemma;
          s.predicates.back() = p;
          at = s.units.begin() + static_cast<std::ptrdiff_t>(e);
        };
        if (subject.clause == p.clause && subject.end == b && subject.head == subject.begin &&
            subject.time == VerbTime::undetermined && subject.type == "disaster") {
          merge_into_subject();
          continue;
        }
        // "Protests erupted in Tehran", "Fighting erupted on Monday", "the protests that erupted in
        // November": a verb of a disaster said of another event noun is that event breaking out.
        // "The climate summit opens in Belem", "the talks that opened in Geneva": a meeting that
        // opens is the meeting beginning, not something founded; so is a court's proceeding ("The
        // trial of the former president opened on Monday").
        const EventLexicon::Trigger* verb = reading(s.units[main], LexiconRole::verb);
        const bool relative = b >= 1 && is_one_of(tokens[s.units[b - 1].begin].lower, {"that", "which"});
        const bool breaks_out = verb && verb->type == "disaster" && p.type == "disaster" && subject.type != "disaster";
        // "Fighting spread to Bakhmut": an event that spreads goes on, of its own type.
        const bool spreads = verb && verb->lemma == "spread" && subject.type != "other";
        const bool meeting_opens = verb && is_one_of(verb->lemma, {"open", "reopen"}) && p.type == "establishment" &&
                                   (subject.type == "visit" || is_one_of(tokens[s.units[subject.head].begin].lower,
                                                                         {"trial", "trials", "hearing", "hearings"}));
        if ((breaks_out || meeting_opens || spreads) && subject.head == subject.begin &&
            subject.time == VerbTime::undetermined &&
            ((subject.clause == p.clause && subject.end == b) || (relative && subject.end == b - 1))) {
          p.type = subject.type;
          if (!relative) {
            merge_into_subject();
            continue;
          }
        }
        // "Talks with the FLN reopened at Evian in May 1961": across the meeting's complement (a
        // preposition, then names and determiners) too; the trigger stays the verb.
        const auto complement_between = [&] {
          if (subject.clause != p.clause || subject.end >= b || b - subject.end > 5 ||
              !(s.units[subject.end].tags & tag_preposition))
            return false;
          for (std::size_t u = subject.end + 1; u < b; ++u)
            if (s.units[u].roles || s.units[u].timex || (s.units[u].tags & ~(tag_determiner | tag_possessive)))
              return false;
          return true;
        };
        if (meeting_opens && subject.head == subject.begin && subject.time == VerbTime::undetermined &&
            complement_between()) {
          p.type = subject.type;
          s.predicates.pop_back();
          s.predicates.push_back(p);
          at = s.units.begin() + static_cast<std::ptrdiff_t>(e);
          continue;
        }
        // "Floods, triggered by heavy rain, killed 40 people": across an aside, the verb is the
        // disaster's too (its trigger stays the verb).
        const std::size_t subject_end = end_of_subject(s.units, b);
        if (subject_end != 0 && subject_end != b)
          for (const Predicate& q : s.predicates)
            if (q.end == subject_end && q.head == q.begin && q.type == "disaster") p.type = q.type;
      }
      if (p.type != "other") {
        const Unit& head = s.units[p.head];
        const EventLexicon::Trigger* r = reading(head, LexiconRole::verb);
        if (!r || r->type != p.type) r = reading(head, LexiconRole::noun);
        if (r) p.lemma = r->lemma;
      }
      s.predicates.push_back(p);
      at = s.units.begin() + static_cast<std::ptrdiff_t>(e);
    }
    clause_begin = clause_end;
  }
  return s;
}

}  // namespace annalist::events_detail
