// Predicates and clauses of a sentence (private to the event layer).
//
// The sentence's tokens are grouped into units (a token, or the tokens of a multi-word trigger)
// and split into clauses; within each clause a Spirit X3 grammar over units finds predicates:
//
//   intent    aux* INTENT "to" adv* (SUPPORT np | COMMAND np | VERB np?)   "is planning to make an official visit"
//   command   aux* COMMAND np                                               "ordered the opening of ..."
//   support   aux* SUPPORT np                                               "held talks"
//   verb      aux* VERB np?                                                 "will be opened", "sign the treaty"
//   noun      NOUN                                                          "address to the nation"
//   generic   aux+ adv* WORD-ed | SUBJECT WORD-ed                           "was developed", "The RSF besieged" (type
//   other)
//
// where np = (determiner | modifier){0,5} NOUN. The auxiliaries and the verb's form give tense,
// aspect and modality.
#pragma once

#include "tokens.hpp"

#include <string>
#include <vector>

namespace annalist::events_detail {

// What the verb group says about when the event is, before looking at its date.
enum class VerbTime : std::uint8_t {
  past,                 // "approved", "was opened", "had signed": occurred
  present_perfect,      // "has opened": occurred, or ongoing with "since"
  present_progressive,  // "is operating", "has been operating": ongoing (planned if dated later)
  future,               // "will be opened", "is going to", "could", intent: planned
  undetermined,         // nouns, present simple, infinitives: the date decides
};

struct Unit {
  std::size_t begin = 0, end = 0;                                // tokens
  std::uint32_t tags = 0;                                        // closed-class tags (single-token units)
  std::uint8_t roles = 0;                                        // bit (1 << LexiconRole) per reading
  std::uint8_t verb_forms = 0;                                   // bit (1 << Form) per verb-like reading
  const std::vector<EventLexicon::Trigger>* readings = nullptr;  // valid only inside analyze_sentence
  bool timex = false;
  bool noun_context = false;       // after a determiner, possessive or preposition: not a verb
  bool after_preposition = false;  // after a preposition other than "to", before no common noun: a
                                   // gerund here is a verb ("after seizing Nyala")
  bool verb_context = false;       // after an auxiliary, "to", a pronoun or a name: a base form may be a verb
};

struct Predicate {
  std::size_t begin = 0, end = 0;  // units covered by the trigger text
  std::size_t head = 0;            // the unit that names the event (the verb, or the event noun)
  std::size_t clause = 0;
  std::string type;
  std::string lemma;  // the head's lexicon entry ("rise", "official visit"); empty for type other
  VerbTime time = VerbTime::undetermined;
  bool intent = false;        // inside "plan to ...": a plan, whatever its date
  bool past_by_verb = false;  // an event noun given its past tense by the unknown verb after it ("A landslide buried")
};

struct SentenceAnalysis {
  std::vector<Unit> units;
  std::vector<std::size_t> clause_of;  // per unit; boundary units belong to the clause they end
  std::size_t clauses = 0;
  std::vector<bool> clause_has_verb;  // per clause: an auxiliary or verb form occurs in it
  std::vector<Predicate> predicates;  // in text order
  // per unit: a verb of saying after what it reports and before its subject ("\"We are ready,\"
  // said Williams on Friday", "..., said the foreign minister on Tuesday")
  std::vector<bool> says_before_subject;
};

// How many units from k make a light predicate ("took place", "was held", "has been staged",
// "happened", "occurred", "got under way"), which says only that an event happened, or 0.
// The unit of the participle of a phrase with a date that ends at unit `end` and is said of a
// determined noun opening its clause ("The ceasefire signed in Doha in February" before
// "collapsed"), else units.size(). A past verb after it is its noun's, dated on its own, and
// the names in the phrase are the participle's, not that verb's.
std::size_t dated_participle_phrase(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t end);

std::size_t light_predicate_length(const std::vector<Token>& tokens, const std::vector<Unit>& units, std::size_t k);

// Where the subject of a verb at unit k ends: k, or, when a comma is right before the verb, the
// comma that opens the aside before it ("Mario Marcel, the finance minister, resigned", "The
// company, based in Austin, filed", "The central bank, which meets every six weeks, raised"); 0
// when there is no such aside (a list, a clause before the comma).
std::size_t end_of_subject(const std::vector<Unit>& units, std::size_t k);

SentenceAnalysis analyze_sentence(const std::vector<Token>& tokens, const std::vector<TriggerMatch>& matches);

}  // namespace annalist::events_detail
