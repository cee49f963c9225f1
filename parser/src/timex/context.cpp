// Context around an expression: tense cues, the preceding word, evidence checks (context.hpp).
#include "context.hpp"

#include "ascii.hpp"
#include "english/irregular_verbs.hpp"
#include "families.hpp"
#include "family_memo.hpp"
#include "holidays.hpp"
#include "lights_turn.hpp"

#include <annalist/engine/text.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annalist::timex {
namespace {

using ascii::is_digit;
using ascii::is_letter;
using ascii::is_upper;

// Whether `word` is `listed`: the length and the first byte first, as most words of a list differ
// from a word in one of them (speed: a memcmp call per listed word of the same length otherwise).
// Inlined: GCC left it a call, and tense_of_verbs compares a word with one this way per word it reads.
[[gnu::always_inline]] inline bool same_word(std::string_view word, std::string_view listed) {
  return word.size() == listed.size() &&
         (word.empty() || (word[0] == listed[0] && std::memcmp(word.data(), listed.data(), word.size()) == 0));
}

// Whether `literal` is spelled at text[pos] (false where the text ends before it): what
// `text.substr(pos, n) == literal` says for a literal of n bytes, but inline, a fixed-size compare
// (speed: substr and the compare of equal sizes were two calls each, has_evidence makes several
// per match tried).
template <std::size_t N>
[[gnu::always_inline]] inline bool has_at(std::string_view text, std::size_t pos, const char (&literal)[N]) {
  constexpr std::size_t n = N - 1;
  return pos <= text.size() && text.size() - pos >= n && std::memcmp(text.data() + pos, literal, n) == 0;
}

// Inlined, the list unrolled: std::any_of was a call per list (speed: the tense scans ask at most words).
[[gnu::always_inline]] inline bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words)
    if (same_word(word, w)) return true;
  return false;
}

// Whether text[begin, end) is `phrase`, its first letter in either case ("the time being", "The
// time").
bool spells_phrase(std::string_view text, std::size_t begin, std::size_t end, std::string_view phrase) {
  return end - begin == phrase.size() && ascii_lower(text[begin]) == phrase[0] &&
         text.substr(begin + 1, phrase.size() - 1) == phrase.substr(1);
}

// Per first letter, the lengths of a list's words (bit n: a word of n letters), so that in_list
// refuses most words it is asked about with one bit test (speed). Every listed word is in lower
// case, shorter than 32 letters.
template <std::size_t N>
consteval std::array<std::uint32_t, 26> lengths_by_first_letter(const std::string_view (&words)[N]) {
  std::array<std::uint32_t, 26> lengths{};
  for (const std::string_view w : words) {
    if (w.empty() || w[0] < 'a' || w[0] > 'z' || w.size() >= 32) throw "in_list: a word not in lower case";
    lengths[static_cast<std::size_t>(w[0] - 'a')] |= std::uint32_t{1} << w.size();
  }
  return lengths;
}

// The same for a long list, held in static storage (an initializer list is built on the stack at
// each call: code the compiler then weighs against inlining the rest of this file).
template <const auto& words>
bool in_list(std::string_view word) {
  static constexpr std::array<std::uint32_t, 26> lengths = lengths_by_first_letter(words);
  if (word.empty() || word[0] < 'a' || word[0] > 'z' || word.size() >= 32 ||
      (lengths[static_cast<std::size_t>(word[0] - 'a')] >> word.size() & 1u) == 0)
    return false;
  return std::any_of(std::begin(words), std::end(words), [word](std::string_view w) { return same_word(word, w); });
}

// What calls a planned thing off or puts it off, as a past participle ("The strike planned for Friday
// has been called off", "the vote was postponed", "but the plan was scrapped"): planned_day_tense,
// undone_after.
constexpr std::string_view called_off_words[] = {
    "cancelled", "canceled", "postponed",   "delayed", "deferred", "suspended", "scrapped",  "shelved", "axed",
    "abandoned", "dropped",  "rescheduled", "averted", "banned",   "blocked",   "adjourned", "scrubbed"};

// The days of the week, in lower case.
constexpr std::string_view weekday_words[] = {"monday", "tuesday",  "wednesday", "thursday",
                                              "friday", "saturday", "sunday"};
// The months, in lower case.
constexpr std::string_view month_words[] = {"january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december"};

// The modal verbs, in lower case ("will", "could", "must"): a verb after one has no tense of its own
// ("will open", "could remain shut", "must end"). Every list that tells a verb group by its modal
// reads them here and adds its own words ("to", "'ll", "did"); a list that leaves one out says why
// ("May" the month, "will" the plain future).
constexpr std::string_view modal_words[] = {"will", "would", "shall", "should", "could", "can", "may", "might", "must"};
bool is_modal(std::string_view word) { return in_list<modal_words>(word); }

// The finite forms of "be" and "have" that open a verb group ("is held", "was delayed", "has
// agreed"); with a modal, an auxiliary (is_auxiliary): a verb group follows, a noun phrase ends
// before it ("The vote on Monday was close", "the plans could").
constexpr std::string_view finite_be_have_words[] = {"is", "are", "was", "were", "has", "have", "had"};
bool is_auxiliary(std::string_view word) { return is_modal(word) || in_list<finite_be_have_words>(word); }

// "the", a demonstrative or a possessive (lower case): a noun phrase goes on after it.
bool is_definite_determiner(std::string_view word) {
  return one_of(word, {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"});
}

// Words after which a bare year or a lone month name is read as a date: prepositions and the
// modifiers of time expressions. A list in static storage for in_list, which refuses most words with
// one bit test (speed: one_of compared each word asked with all 80; the clause's tense asks per
// expression).
// clang-format off
constexpr std::string_view date_context_words[] = {
    // prepositions and conjunctions
    "in", "of", "since", "until", "till", "by", "from", "to", "through", "during", "before", "after", "between",
    "around", "about", "throughout", "following", "circa", "for", "at", "as", "than", "into", "within", "and", "or",
    "on",
    // modifiers and determiners
    "early", "late", "mid", "last", "next", "this", "that", "each", "every", "pre", "post", "c", "ca", "beginning",
    "end", "start", "middle", "year", "fiscal", "the", "its",
    // seasons and months
    "spring", "summer", "autumn", "winter", "fall", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec"};
// clang-format on
bool is_date_context_word(std::string_view w) { return in_list<date_context_words>(w); }

// `reported`: the future of a reported clause ("said he would leave Thursday"), which a participle
// nearer to the expression overrides ("would appeal the decision, announced Wednesday").
// `modal`: "should", "must", "might", "could" before a verb, a future only for what follows it (an
// expression after it); before it, the modal belongs to a later clause ("ruled Wednesday that he
// must be returned").
enum class Cue : std::uint8_t { none, past, present, future, participle, reported, modal };

// Tense cues by word, looked up straight from the text (FirstWordMap: no allocation, no string
// hashing). Bit 1 << cue for a cue word; `not_participle` for the "-ed" words that are no verb form;
// `past_as_base` for a past spelt as its base ("cut", "set"), whose subject tells (past_as_base_cue).
constexpr std::uint64_t not_participle = std::uint64_t{1} << 7;
constexpr std::uint64_t past_as_base = std::uint64_t{1} << 8;

// The map, and for each first letter and length the last letters of its words (bit n: a word
// ending in the nth letter), a test that turns most words of a text away before they are packed
// and hashed. `read_last_letters` holds those of the words cue_at reads that are no cue words
// ("would", "might") as well: those are let through to cue_at, which then needs no map lookup for
// them ("month" passes as "might" does, but no cue word has five letters, an "m" and an "h").
struct CueWords {
  using LastLetters = std::array<std::array<std::uint32_t, 16>, 32>;
  FirstWordMap map;
  LastLetters last_letters{};
  LastLetters read_last_letters{};
  // Only words of letters are asked about: one bit folds the case, and a letter's index is 0..25
  // without a division (the rows past 25, which no letter reaches, keep any other byte in bounds;
  // speed: asked at every word read).
  static std::size_t letter_index(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') & 31; }
  static void note(LastLetters& table, std::string_view word) {
    table[letter_index(word.front())][word.size()] |= std::uint32_t{1} << letter_index(word.back());
  }
  static bool has(const LastLetters& table, const char* word, std::size_t letters) {
    return letters < 16 && (table[letter_index(word[0])][letters] >> letter_index(word[letters - 1]) & 1) != 0;
  }
  // Whether the word of `letters` letters at `word` may be in the map.
  bool may_hold(const char* word, std::size_t letters) const { return has(last_letters, word, letters); }
  // Whether cue_at may find a cue in it.
  bool may_read(const char* word, std::size_t letters) const { return has(read_last_letters, word, letters); }
};

const CueWords& cue_words() {
  static const CueWords words = [] {
    CueWords cues;
    FirstWordMap& m = cues.map;
    // On a word in two lists the earlier list wins.
    const auto add = [&](std::uint64_t bits, std::initializer_list<std::string_view> list) {
      for (const std::string_view word : list) {
        CueWords::note(cues.last_letters, word);
        std::size_t letters = 0;
        if (m.find_at(word.data(), word.data() + word.size(), letters) == 0) m.add(word, bits);
      }
    };
    const auto cue = [](Cue c) { return std::uint64_t{1} << static_cast<int>(c); };
    add(cue(Cue::future), {"will", "shall", "ll", "going", "plans", "plan", "planned", "aims", "intends", "scheduled",
                           "expects", "upcoming", "tomorrow", "soon", "next", "forthcoming", "hopes", "seeks", "wo"});
    // The negative contractions, written as a word and "'t" ("didn't", "wasn't"): their verb's tense.
    add(cue(Cue::past),
        {"was", "were", "had", "did", "said", "ago", "yesterday", "last", "earlier", "didn", "wasn", "weren", "hadn"});
    // Irregular past forms and participles (english/irregular_verbs.hpp, as the event layer reads
    // them): weak, as an "-ed" word is ("will be held" is future).
    for (const english::IrregularVerb& verb : english::irregular_verbs)
      for (const std::string_view form : {verb.past, verb.participle})
        if (english::is_irregular_past_form(form)) add(cue(Cue::participle), {form});
    for (const english::IrregularVerb& verb : english::irregular_verbs)
      // "wed", ambiguous with the weekday as an event word, is the verb here: the weekday is
      // capitalised mid-sentence (no cue: cue_at) and a sentence's first word has no subject.
      if (verb.past == verb.base) add(past_as_base, {verb.base});
    // "saw" is as often the tool, but "The weekend saw heavy fighting", "Easter saw record traffic"
    // are the verb: weak, and none after a determiner (cue_at). "sat" in lower case is the verb
    // ("Pupils sat the exam in June"): the weekday is written "Sat" (a capital mid-sentence is no cue).
    // "lit" likewise: "They lit candles on Friday" ("a lit candle" after its determiner is none).
    add(cue(Cue::participle), {"saw", "sat", "lit"});
    // Regular pasts too short for the "-ed" test, which cue_at makes on words of five letters or more.
    for (const std::string_view past : english::short_regular_pasts) add(cue(Cue::participle), {past});
    add(cue(Cue::present),
        {"is", "are", "am", "has", "have", "does", "do", "says", "remains", "now", "stays", "stay", "remain"});
    // "-ed" words that are not past forms.
    add(not_participle,
        {"indeed",     "speed",     "proceed",  "exceed",    "succeed", "hundred",  "united",   "kindred",  "breed",
         "related",    "based",     "advanced", "developed", "limited", "detailed", "expected", "proposed", "concerned",
         "interested", "increased", "reduced",  "required",  "needed",  "armed",    "allied"});
    // cue_at also reads these, which are no cue words alone: may_read must let them through.
    cues.read_last_letters = cues.last_letters;
    // ("will" and "shall" are cue words already.)
    for (const std::string_view word : modal_words) CueWords::note(cues.read_last_letters, word);
    CueWords::note(cues.read_last_letters, "couldn");
    return cues;
  }();
  return words;
}

// Whether the n letters at `from` spell `word` (lower case) in any case.
bool spells(const char* from, std::size_t n, std::string_view word) {
  if (n != word.size()) return false;
  for (std::size_t i = 0; i < n; ++i)
    if (ascii_lower(from[i]) != word[i]) return false;
  return true;
}

// The lower-case letters of the word starting at `from` (at most 16), and where it ends.
std::string_view lower_word_at(const char* from, const char* text_end, std::array<char, 16>& buffer,
                               const char*& word_end) {
  std::size_t n = 0;
  word_end = from;
  while (word_end != text_end && is_letter(*word_end) && n < buffer.size()) buffer[n++] = ascii_lower(*word_end++);
  return {buffer.data(), n};
}

// Whether `word` (lower case) is an adverb that sits inside a verb group, between an auxiliary or
// a modal and its verb or between a subject and its verb, and breaks neither: "will soon cut",
// "will next meet", "has recently sold", "would eventually close", "is now expected to", "had
// already left", "may well cut", "will almost certainly cut", "is widely expected to". The short
// ones by name; a word of "-ly" of five letters or more unless it is a noun or an adjective that
// may stand there ("the family cut", "early"). "likely" is one ("will likely cut"), but a
// prediction's adjective after a form of "be" ("is likely to pass": predicts_ahead reads it).
bool is_verb_group_adverb(std::string_view word) {
  static constexpr std::string_view adverbs[] = {
      "also",         "still",       "now",   "not",       "never",  "just",      "already",   "soon",        "next",
      "then",         "later",       "again", "further",   "only",   "first",     "once",      "even",        "ever",
      "yet",          "always",      "often", "well",      "almost", "long",      "since",     "all",         "both",
      "very",         "more",        "most",  "less",      "quite",  "rather",    "perhaps",   "indeed",      "instead",
      "nevertheless", "nonetheless", "thus",  "therefore", "seldom", "sometimes", "meanwhile", "subsequently"};
  static constexpr std::string_view not_adverbs[] = {
      "early", "family", "rally",   "supply", "reply",     "apply",   "assembly", "monopoly", "anomaly",
      "daily", "weekly", "monthly", "yearly", "quarterly", "nightly", "hourly",   "elderly",  "bully",
      "belly", "jelly",  "holly",   "kelly",  "sally",     "emily",   "billy"};
  if (word.size() >= 5 && word.ends_with("ly")) return !in_list<not_adverbs>(word);
  return in_list<adverbs>(word);
}

// The word ending before `to` (after blanks), lower-cased into `buffer`, and in `start` where it
// starts; empty after punctuation, at the start of the text, or for a word of more than 16 letters.
std::string_view lower_word_before(const char* text_begin, const char* to, std::array<char, 16>& buffer,
                                   const char*& start) {
  const char* end = to;
  while (end > text_begin && end[-1] == ' ') --end;
  start = end;
  while (start > text_begin && is_letter(start[-1]) && end - start < 16) --start;
  if (start > text_begin && is_letter(start[-1])) return {};
  const char* ignored = start;
  return lower_word_at(start, end, buffer, ignored);
}

// The word before `to`, as lower_word_before reads it, past at most three adverbs of a verb group
// ("will soon", "could easily have", "will almost certainly last"); `start` is where it begins.
std::string_view lower_word_before_adverbs(const char* text_begin, const char* to, std::array<char, 16>& buffer,
                                           const char*& start) {
  std::string_view word = lower_word_before(text_begin, to, buffer, start);
  for (int skipped = 0; skipped < 3 && !word.empty() && !is_upper(*start) && is_verb_group_adverb(word); ++skipped)
    word = lower_word_before(text_begin, start, buffer, start);
  return word;
}

// Whether the verb at `from` is an infinitive after a modal or "to" ("will have finished", "would
// have caused", "claimed to have killed", "plans to have talks", "could easily have", "decided to
// stay closed"): no tense of its own.
bool is_infinitive(const char* text_begin, const char* from) {
  std::array<char, 16> buffer{};
  const char* start = from;
  const std::string_view before = lower_word_before_adverbs(text_begin, from, buffer, start);
  return is_modal(before) || before == "to";
}

// Whether "has" or "have" ending at `to` is a present perfect ("has agreed", "have been killed",
// "has already sold"): it tells of a past event, as the simple past does.
bool is_present_perfect(const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  const char* p = to;
  for (int words = 0; words < 2; ++words) {
    if (p == text_end || *p != ' ') return false;
    const std::string_view word = lower_word_at(p + 1, text_end, buffer, p);
    if (word.size() >= 4 && word.ends_with("ed")) return true;
    if (word == "been" || word == "done" || english::is_irregular_form(word)) return true;
    if (!is_verb_group_adverb(word)) return false;
  }
  return false;
}

// Whether "have" at text[from, to) opens a perfect infinitive that reports a past from the
// present, "to have" and a participle after a verb of saying, belief, seeming or a passive of
// expectation: "Sales are expected to have peaked in August", "The fire is believed to have
// started on Sunday", "Prices appear to have bottomed out in February" tell of a past. Not after a
// modal ("will have finished": a future perfect) nor after an intention in the active ("plans to
// have finished", "hopes to have", "expects to have completed": ahead), nor "to have" a thing
// ("plans to have talks").
bool reports_perfect_infinitive(const char* text_begin, const char* from, const char* to, const char* text_end) {
  if (to - from != 4 || !spells(from, 4, "have") || !is_present_perfect(to, text_end)) return false;
  std::array<char, 16> buffer{};
  const char* p = from;
  if (lower_word_before_adverbs(text_begin, from, buffer, p) != "to") return false;
  const char* q = p;
  const std::string_view verb = lower_word_before_adverbs(text_begin, p, buffer, q);
  if (verb.empty()) return false;
  // A passive ("is expected to have", "were said to have") whatever its participle.
  if (verb.ends_with("ed") || english::is_irregular_form(verb)) {
    const char* ignored = q;
    std::array<char, 16> be_buffer{};
    const std::string_view be = lower_word_before_adverbs(text_begin, q, be_buffer, ignored);
    if (one_of(be, {"is", "are", "was", "were", "s", "re", "been", "being", "be"})) return true;
  }
  return one_of(verb, {"seems", "seem", "seemed", "appears", "appear", "appeared", "likely", "unlikely"});
}

// Whether "to" and a verb follow the word ending at `to`: "agreed to cut", "hoped to finish"; not
// "to" a place, a person or a thing ("voted to the left", "wanted to a man", "fell to 5%").
bool infinitive_follows(const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  if (to == text_end || *to != ' ') return false;
  const char* after = to;
  if (lower_word_at(to + 1, text_end, buffer, after) != "to") return false;
  if (after == text_end || *after != ' ' || after + 1 == text_end || !(after[1] >= 'a' && after[1] <= 'z'))
    return false;
  const char* ignored = after;
  const std::string_view next = lower_word_at(after + 1, text_end, buffer, ignored);
  return !is_definite_determiner(next) && !one_of(next, {"a", "an", "some", "any", "no"});
}

// Whether "has" or "have" ending at `to` makes a commitment still open: "has promised to publish
// the report in March", "have agreed to meet in January"; or the past commitment at `to + 1`
// ("agreed to cut prices in May", "voted to cut the dividend in June"). What is promised lies ahead
// of the promise. Only before a verb: "voted to the left" commits to nothing.
bool commits_to(const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  if (to == text_end || *to != ' ') return false;
  const char* p = to;
  const std::string_view verb = lower_word_at(p + 1, text_end, buffer, p);
  if (!one_of(verb, {"promised", "pledged", "vowed", "agreed", "committed", "undertaken", "threatened", "offered",
                     "voted", "decided"}))
    return false;
  if (infinitive_follows(p, text_end)) return true;
  // The day of the commitment said between: "agreed on Thursday to keep the cuts through June".
  if (p == text_end || *p != ' ') return false;
  const char* q = p;
  const std::string_view said = lower_word_at(p + 1, text_end, buffer, q);
  if (said != "on" || q == text_end || *q != ' ' || q + 1 == text_end || !is_upper(q[1])) return false;
  const char* day_end = q;
  if (!in_list<weekday_words>(lower_word_at(q + 1, text_end, buffer, day_end))) return false;
  return infinitive_follows(day_end, text_end);
}

// Whether the word after "due to" opens a noun phrase, the cause of what the clause tells, not the
// verb of a schedule ("is due to open"): a determiner, an adjective of degree or a noun by its
// form, a gerund ("due to flooding"), a participle ("due to increased demand"), a plural ("due to
// heavy rains"), a word of abstraction ("-ness", "-ity"). A verb's base has none of these forms
// ("due to address", "due to focus", "due to bring", "due to proceed").
bool opens_cause_after_due_to(std::string_view next) {
  if (is_definite_determiner(next) ||
      one_of(next, {"a",   "an",   "some",   "any",    "many",   "lack",     "poor",   "bad",    "heavy",  "high",
                    "low", "weak", "strong", "higher", "weaker", "stronger", "slower", "faster", "poorer", "fewer"}))
    return true;
  if (next.size() < 5 || english::irregular_verb(next) != nullptr) return false;
  const auto ends = [&](std::string_view suffix) { return next.ends_with(suffix); };
  return ends("ing") || (ends("ed") && !ends("eed")) || ends("ness") || ends("ity") ||
         (ends("s") && !ends("ss") && !ends("us") && !ends("is"));
}

// The first word after the form of "be" ending at `p`, past at most two adverbs of its verb group
// ("was also planning", "is now widely expected", "was still achievable"; not "likely", which is
// the word), lower-cased into `buffer`, `p` moved to its end; empty where no word follows.
std::string_view word_after_be(const char*& p, const char* text_end, std::array<char, 16>& buffer) {
  std::string_view word;
  for (int words = 0; words < 3; ++words) {
    if (p == text_end || *p != ' ') return {};
    word = lower_word_at(p + 1, text_end, buffer, p);
    if (!is_verb_group_adverb(word) || word == "likely" || word == "unlikely") break;
  }
  return word;
}

// Whether a form of "be" ending at `to` starts a plan: "were planning to drive", "was due to
// leave", "is expected to report", "is to resume". The plan looks ahead even when said in the past.
bool starts_plan(const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  const char* p = to;
  const std::string_view word = word_after_be(p, text_end, buffer);
  const bool planned = one_of(word, {"going", "planning", "scheduled", "expected", "due", "set", "slated", "poised",
                                     "preparing", "supposed", "forecast", "forecasted", "predicted"});
  if (!planned && word != "to") return false;
  const char* verb = p;
  if (planned) {
    if (p == text_end || *p != ' ' || lower_word_at(p + 1, text_end, buffer, verb) != "to") return false;
  }
  // A verb after "to" ("is to resume"), not a place or a person ("is to the north", "was due to
  // his illness").
  if (verb == text_end || *verb != ' ' || verb + 1 == text_end || !(*(verb + 1) >= 'a' && *(verb + 1) <= 'z'))
    return false;
  const char* after = verb;
  const std::string_view next = lower_word_at(verb + 1, text_end, buffer, after);
  return !opens_cause_after_due_to(next);
}

// Whether a form of "be" ending at `to` says what is foreseen: "was unlikely before Christmas",
// "is due in May", "were expected in January", "is on track for completion in June", "was set for
// Friday". The prediction looks ahead from when it is made. Not an adverb before a participle ("was
// likely caused by"), nor "due to" a reason (starts_plan reads "due to" a verb).
bool predicts_ahead(const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  const char* p = to;
  const std::string_view word = word_after_be(p, text_end, buffer);
  const bool on = word == "on";
  // A forecast's words too: "Storms are possible Tuesday", "Rain is forecast for Friday".
  if (!on && !one_of(word, {"likely", "unlikely", "expected", "due", "scheduled", "slated", "set", "poised", "possible",
                            "probable", "forecast", "forecasted", "predicted"}))
    return false;
  const bool set = word == "set";
  const bool likely = word == "likely" || word == "unlikely";
  std::string_view next;  // overwrites `word` in the buffer
  if (p != text_end && *p == ' ') next = lower_word_at(p + 1, text_end, buffer, p);
  if (on) return next == "track" || next == "course";
  if (set) return next == "for";  // "set to" a verb: starts_plan; "set on fire", "set up": no prediction
  // "likely to pass"; "due to" a verb, "expected to" a verb: starts_plan.
  if (next == "to") return likely;
  return !(next.size() >= 4 && next.ends_with("ed")) && next != "been" && next != "be";
}

// Whether a form of "be" ending at `to` judges a thing still to come, as a prediction of it does
// (predicts_ahead): "the December deadline was unrealistic", "was (never) realistic", "was too
// ambitious", "was premature", "was too early", "was uncertain", "was in doubt", "was too close to
// call", "was up in the air", "was (still) open" at its clause's end. Not "was open on Sundays",
// "was open to the public", "was missed", "were weak", "was too late" (said of a thing done).
bool judges_thing_ahead(const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  const char* p = to;
  const std::string_view word = word_after_be(p, text_end, buffer);
  if (one_of(word, {"unrealistic", "realistic", "achievable", "unachievable", "attainable", "unattainable", "uncertain",
                    "doubtful", "ambitious", "overambitious", "optimistic", "overoptimistic", "premature", "feasible",
                    "unfeasible", "unworkable"}))
    return true;
  if (word == "open") return p == text_end || *p == '.' || *p == ',' || *p == ';';
  const std::string_view first = word == "in" ? "in" : word == "too" ? "too" : word == "up" ? "up" : "";
  if (first.empty() || p == text_end || *p != ' ') return false;
  const std::string_view next = lower_word_at(p + 1, text_end, buffer, p);
  return (first == "in" && next == "doubt") ||
         (first == "too" && one_of(next, {"close", "early", "soon", "ambitious", "optimistic", "tight"})) ||
         (first == "up" && next == "in");
}

// Whether "plan" or "plans" at [from, to) is the noun ("vacation plans for the trip", "the plan
// was", "their plans."): a determiner before it, or after it punctuation or a word that follows
// nouns, not the verb ("plans to visit", "plans a visit", "plans daily flights").
bool is_plan_noun(const char* text_begin, const char* from, const char* to, const char* text_end) {
  const auto n = static_cast<std::size_t>(to - from);
  if (!spells(from, n, "plans") && !spells(from, n, "plan")) return false;
  const ShortWord before =
      word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
  if (is_definite_determiner(before.view()) || one_of(before.view(), {"a", "an", "no", "any", "such", "new"}))
    return true;
  if (to == text_end || *to != ' ' || to + 1 == text_end || !is_letter(to[1])) return true;
  std::array<char, 16> buffer{};
  const char* after = to;
  const std::string_view next = lower_word_at(to + 1, text_end, buffer, after);
  return is_auxiliary(next) ||
         one_of(next, {"for", "of", "in", "at", "by", "on", "with", "and", "or", "that", "which", "called", "still"});
}

// Whether the modal verb ending at `to` looks ahead: followed by a verb, not by "have" ("should
// have acted in May", "must not have known": a past that did not happen, or an inference). A
// `weak` modal ("could") looks ahead before an active verb or "be" ("could be available in
// February", "could be held as early as Tuesday"), but not negated ("could not attend in June" is a
// past as often) nor as the ability to perceive or reach ("could be heard in September", "could
// not be reached Friday", "could be located Wednesday"), which tells of a past.
bool modal_looks_ahead(const char* to, const char* text_end, bool weak) {
  std::array<char, 16> buffer{};
  std::string_view next;
  // Past the adverbs of the verb group ("will soon cut", "could eventually fall"); a weak modal
  // stops at its negation.
  for (int words = 0; words < 4 && to != text_end && *to == ' ' && to + 1 != text_end && is_letter(to[1]); ++words) {
    next = lower_word_at(to + 1, text_end, buffer, to);
    if (!is_verb_group_adverb(next) || (weak && (next == "not" || next == "never"))) break;
  }
  if (next.empty() || next == "not" || next == "never" || next == "have" || is_verb_group_adverb(next)) return false;
  if (!weak || next != "be") return true;
  if (to == text_end || *to != ' ') return true;
  const char* ignored = to;
  return !one_of(lower_word_at(to + 1, text_end, buffer, ignored),
                 {"heard", "seen", "felt", "found", "located", "reached", "traced", "contacted", "spotted"});
}

// Whether the modal verb ending at `to` is before a perfect ("could have started in October",
// "may have arrived in September", "should have acted in April"): a past that may have happened or
// did not; "will have finished" is a future perfect, but "will" is no modal here.
bool modal_before_perfect(const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  for (int words = 0; words < 4 && to != text_end && *to == ' ' && to + 1 != text_end && is_letter(to[1]); ++words) {
    const std::string_view next = lower_word_at(to + 1, text_end, buffer, to);
    if (next == "have") return is_present_perfect(to, text_end);
    if (!is_verb_group_adverb(next)) return false;  // "should never have", "could easily have"
  }
  return false;
}

// The reporting verb or "that" opening the reported clause the word starting at `from` is in, at
// most a dozen words before it in its sentence ("said he would leave", "adding that a deal was
// unlikely"), or nullptr.
const char* reporting_word_before(const char* text_begin, const char* from) {
  std::array<char, 16> buffer{};
  const char* p = from;
  for (int words = 0; words < 12; ++words) {
    while (p > text_begin && !is_letter(p[-1])) {
      const char c = p[-1];
      if (c == '.' || c == ';' || c == '!' || c == '?' || c == '"' || c == '`' || c == '(' || c == ')') return nullptr;
      --p;
    }
    if (p == text_begin) return nullptr;
    const char* word_end = p;
    while (p > text_begin && is_letter(p[-1])) --p;
    const char* ignored = word_end;
    const std::string_view word = lower_word_at(p, word_end, buffer, ignored);
    if (one_of(word, {"that", "said", "says", "say", "announced", "told", "added", "reported", "stated", "predicted",
                      "promised", "warned", "insisted", "confirmed", "indicated", "decided", "agreed"}))
      return p;
  }
  return nullptr;
}

// Whether the word starting at `from` is in a reported clause (reporting_word_before). Its past
// tense may be the report's, shifted back from what lies ahead.
bool in_reported_clause(const char* text_begin, const char* from) {
  return reporting_word_before(text_begin, from) != nullptr;
}

// Whether the "could" at [from, to) tells a past ability rather than a possibility ahead: negated
// before its verb ("He could not attend on Thursday", "couldn't"; a past inability as news tells it,
// not reported, "said talks could not resume before March"), or in a sentence that opens with a
// frame of the past before a comma ("Until last year, shoppers could buy the drug over the counter
// in December", "Before the ban", "In the past", "Previously", "Under the old rules"). A possibility
// ahead keeps its modal: "The vote could come on Monday", "Prices could fall in December".
bool could_of_past_ability(const char* text_begin, const char* from, const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  const char* after = to;
  const bool negated =
      spells(from, static_cast<std::size_t>(to - from), "couldn") ||
      (to != text_end && *to == ' ' && one_of(lower_word_at(to + 1, text_end, buffer, after), {"not", "never"}));
  if (negated) return !in_reported_clause(text_begin, from);
  // The sentence's start (sentence_around), at most 120 bytes back, and the first comma after it.
  const std::string_view text(text_begin, static_cast<std::size_t>(text_end - text_begin));
  const auto at = static_cast<std::size_t>(from - text_begin);
  const char* start = text_begin + sentence_around(text, at, at).first;
  if (from - start >= 120) return false;
  while (start < from && !is_letter(*start)) ++start;
  const char* comma = start;
  while (comma < from && *comma != ',') ++comma;
  if (comma == from) return false;
  const std::string_view frame(start, static_cast<std::size_t>(comma - start));
  const auto opens_with = [&](std::string_view phrase) {
    return frame.size() >= phrase.size() && spells(start, phrase.size(), phrase) &&
           (frame.size() == phrase.size() || !is_letter(frame[phrase.size()]));
  };
  return opens_with("previously") || opens_with("formerly") || opens_with("once") || opens_with("traditionally") ||
         opens_with("until recently") || opens_with("until last") || opens_with("before the") ||
         opens_with("in the past") || opens_with("back then") || opens_with("at the time") ||
         opens_with("under the old") || opens_with("in those days");
}

// Whether the sentence before `from` dates a telling by a month, a year or a count of them ("In
// March, officials said", "Last year the company said", "Two months ago he said", "In 2012 she
// said"): what the report tells then looks ahead of that time, not of the DCT (reports_intention).
bool telling_dated(const char* text_begin, const char* from) {
  std::array<char, 16> buffer{};
  const char* p = from;
  for (int words = 0; words < 30; ++words) {
    while (p > text_begin && !is_letter(p[-1]) && !(p[-1] >= '0' && p[-1] <= '9')) {
      const char c = p[-1];
      if (c == '.' || c == ';' || c == '!' || c == '?' || c == '"' || c == '\n') return false;
      --p;
    }
    if (p == text_begin) return false;
    const char* word_end = p;
    while (p > text_begin && (is_letter(p[-1]) || (p[-1] >= '0' && p[-1] <= '9'))) --p;
    const auto length = word_end - p;
    if (length == 4 && (p[0] == '1' || p[0] == '2') && p[1] >= '0' && p[1] <= '9' && p[3] >= '0' && p[3] <= '9')
      return true;
    const char* ignored = word_end;
    const std::string_view word = lower_word_at(p, word_end, buffer, ignored);
    // "this year", "earlier this month" date the telling in the DCT's own period: no matter.
    if (one_of(word, {"year", "years", "month", "months", "ago"}) &&
        word_before(text_begin, p, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true}) != "this")
      return true;
    // A month capitalised after a word that dates ("In March", "on March 3", "last May"), not "May
    // said" opening a sentence.
    if (is_upper(p[0]) && in_list<month_words>(word) &&
        is_date_context_word(
            word_before(text_begin, p, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true}).view()))
      return true;
  }
  return false;
}

// Whether the past verb text[from, to) tells, in a report, an intention, a hope or an expectation,
// "to" and a verb after it: "Officials said they hoped to finish the work by the end of the year",
// "said it expected to close the deal in March". The report shifts back the present of the telling
// ("we hope to finish"): what is intended lies ahead of the telling, nearly the report's own time,
// whatever kind of date names it. Told as a past of its own, outside a report ("He hoped to win on
// Sunday", "They expected to finish by December but missed the deadline"), or as a past perfect
// ("said they had hoped to finish in May"), the intention may lie behind. The commitments ("agreed
// to", "promised to") look ahead reported or not (commits_to), as a plan does ("planned to",
// "was due to": starts_plan); a reported necessity or attempt is as often done ("said they had to
// flee in June", "needed to evacuate", "tried to call on Friday", "sought to block the merger on
// Monday"): its own past.
bool reports_intention(const char* text_begin, const char* from, const char* to, const char* text_end) {
  const std::size_t n = static_cast<std::size_t>(to - from);
  if (n < 5 || n > 8) return false;
  std::array<char, 16> buffer{};
  const char* ignored = to;
  const std::string_view verb = lower_word_at(from, to, buffer, ignored);
  if (!one_of(verb, {"hoped", "wanted", "wished", "aimed", "intended", "meant", "expected"})) return false;
  if (!infinitive_follows(to, text_end)) return false;
  const ShortWord before =
      word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
  if (one_of(before, {"had", "have", "has", "d", "been", "was", "were", "is", "are", "be"})) return false;
  return in_reported_clause(text_begin, from) && !telling_dated(text_begin, from);
}

// Whether the word starting at `from` is in the main clause of a sentence opening with a condition
// ("If the deal is approved in January, the plant would open in May"): "If" or "Unless" opens the
// sentence, at most twenty words back, and a comma closes it before the word.
bool after_condition(const char* text_begin, const char* from) {
  std::array<char, 16> buffer{};
  const char* p = from;
  bool comma = false;
  std::string_view first;
  for (int words = 0; words < 20; ++words) {
    while (p > text_begin && !is_letter(p[-1])) {
      const char c = p[-1];
      if (c == '.' || c == ';' || c == '!' || c == '?' || c == '"' || c == '(' || c == ')' || c == '\n')
        return comma && (first == "if" || first == "unless");
      comma = comma || c == ',';
      --p;
    }
    if (p == text_begin) return comma && (first == "if" || first == "unless");
    const char* word_end = p;
    while (p > text_begin && is_letter(p[-1])) --p;
    const char* ignored = word_end;
    first = lower_word_at(p, word_end, buffer, ignored);
  }
  return false;
}

// Whether "would" at [from, to) tells a future seen from a report: "announced that the father
// would be traveling Thursday", "said he would leave Monday", or from a condition opening the
// sentence ("If the deal is approved in January, the plant would open in May"). Only before a verb
// (not "would have" gone, a past that did not happen). A bare "would" elsewhere is a condition
// ("it would cost more"), no tense.
bool is_reported_would(const char* text_begin, const char* from, const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  if (to == text_end || *to != ' ' || to + 1 == text_end || !(to[1] >= 'a' && to[1] <= 'z')) return false;
  const char* after = to;
  if (one_of(lower_word_at(to + 1, text_end, buffer, after), {"have", "rather", "like"})) return false;
  return in_reported_clause(text_begin, from) || after_condition(text_begin, from);
}

// Whether the deadline at `begin` ("by", "no later than" before it) is what a necessity reported in
// the past is to be met by: "He said he had to finish the report by Friday", "Officials said they
// needed to raise the money by June", "told the developer it had to pay the fine by the end of the
// month". The report shifts back the present of the telling ("we have to finish by Friday"), and the
// deadline lies ahead of the telling, as a modal's does ("must be paid by April 15"). Told as a past
// of its own ("He had to finish the report by Friday"), as a past perfect ("said they had needed
// to"), by a telling the sentence dates ("In March, the mayor said the city needed to"), or without
// a deadline ("said they had to cancel the festival in June", as often done), it keeps its past.
// The words from the necessity's "to" to the deadline are its verb and object, within a clause.
// Out of line: tense_of_verbs, which asks at every deadline in the past, stays small (speed).
[[gnu::noinline]] bool reported_necessity_before(const char* text_begin, const char* begin) {
  // Most deadlines have no "had to" or "needed to" before them (speed): its verb and object, at most
  // eight words, start within 96 bytes.
  const std::size_t reach = std::min<std::size_t>(96, static_cast<std::size_t>(begin - text_begin));
  if (std::string_view(begin - reach, reach).find("d to ") == std::string_view::npos) return false;
  std::array<char, 16> buffer{};
  const char* start = begin;
  std::string_view word = lower_word_before(text_begin, start, buffer, start);  // "by" or "than"
  if (word == "than") {
    if (lower_word_before(text_begin, start, buffer, start) != "later" ||
        lower_word_before(text_begin, start, buffer, start) != "no")
      return false;
  } else if (word != "by") {
    return false;
  }
  for (int words = 0; words < 8; ++words) {
    word = lower_word_before(text_begin, start, buffer, start);
    if (word.empty() || one_of(word, {"which", "that", "who", "will", "would", "when", "after", "before", "until",
                                      "because", "and", "but", "or", "said", "says"}))
      return false;
    if (word != "to" || words == 0) continue;
    std::array<char, 16> verb_buffer{};
    const char* verb_start = start;
    const std::string_view verb = lower_word_before(text_begin, verb_start, verb_buffer, verb_start);
    if (verb != "had" && verb != "needed") continue;  // "to" a place: "send aid to the town by Friday"
    const char* ignored = nullptr;
    if (one_of(lower_word_before(text_begin, verb_start, verb_buffer, ignored),
               {"had", "have", "has", "d", "been", "would", "will", "to"}))
      return false;
    return in_reported_clause(text_begin, verb_start) && !telling_dated(text_begin, verb_start);
  }
  return false;
}

// Whether the word after the verb ending at `to` begins its object or is its particle ("cut its
// rates", "hit a record", "cut 200 jobs", "beat Chelsea", "shut down"), not a preposition, an
// auxiliary or a date, as after a noun ("the rate cut in June", "a tax cut was", "the rate cut
// Tuesday").
bool object_follows(const char* to, const char* text_end) {
  static constexpr std::string_view opens_object[] = {"a",  "an",   "the", "its",  "their", "his",   "her", "our",
                                                      "up", "down", "off", "back", "out",   "aside", "away"};
  static constexpr std::string_view day_words[] = {"monday", "tuesday", "wednesday", "thursday",  "friday",  "saturday",
                                                   "sunday", "today",   "tonight",   "yesterday", "tomorrow"};
  static constexpr std::string_view no_object[] = {"with",    "over",    "against", "across", "under", "amid",
                                                   "despite", "which",   "who",     "when",   "while", "if",
                                                   "but",     "because", "so",      "s"};
  if (text_end - to < 2 || *to != ' ') return false;
  const char first = to[1];
  if (is_digit(first) || first == '$' || static_cast<unsigned char>(first) >= 0x80) return true;  // "$3", "£5"
  if (!is_letter(first)) return false;
  std::array<char, 16> buffer{};
  const char* after = to + 1;
  const std::string_view next = lower_word_at(to + 1, text_end, buffer, after);
  if (in_list<opens_object>(next)) return true;
  if (is_date_context_word(next) || in_list<day_words>(next)) return false;
  return is_upper(first) || !(is_auxiliary(next) || in_list<no_object>(next));
}

// Whether the noun starting at `start` ends a noun phrase that opens its sentence with "the" or "a"
// ("The storm hit on Friday", "A water main burst on Monday"), or is a capitalised noun opening it
// alone ("Demonstrations spread across Iran in January 1978"): the subject of a verb after it,
// which then needs no object. Elsewhere such a noun may be the first of two ("welcomed the rate
// cut on Tuesday").
bool subject_opens_sentence(const char* text_begin, const char* start) {
  const auto opens_sentence = [&](const char* p) {
    while (p > text_begin && p[-1] == ' ') --p;
    return p == text_begin || p[-1] == '\n' || p[-1] == '.' || p[-1] == '"' || p[-1] == '`' || p[-1] == '\'';
  };
  if (is_upper(*start) && opens_sentence(start)) return true;
  std::array<char, 16> buffer{};
  for (int words = 0; words < 3; ++words) {
    const std::string_view word = lower_word_before(text_begin, start, buffer, start);
    if (word.empty()) return false;
    if (word == "the" || word == "a" || word == "an") return opens_sentence(start);
  }
  return false;
}

// Whether the noun starting at `start` ends a noun phrase with "the" or "a" that opens an
// adverbial clause ("after the storm hit in December", "when the plant shut in October", "as a
// fire swept through"): the subject of the verb after it, which then needs no object.
bool subject_opens_adverbial_clause(const char* text_begin, const char* start) {
  std::array<char, 16> buffer{};
  for (int words = 0; words < 3; ++words) {
    const std::string_view word = lower_word_before(text_begin, start, buffer, start);
    if (word.empty()) return false;
    if (word == "the" || word == "a" || word == "an")
      return one_of(
          lower_word_before(text_begin, start, buffer, start),
          {"after", "when", "as", "because", "before", "until", "once", "while", "though", "although", "whenever"});
  }
  return false;
}

// Whether an auxiliary or a modal follows `to` in its sentence (in its clause, up to a comma, with
// `clause`): the verb of a subject that the word before `to` is part of ("A budget cut in April
// would hurt schools", "The rate cut on Friday was welcomed").
bool auxiliary_follows(const char* to, const char* text_end, bool clause = false) {
  std::array<char, 16> buffer{};
  const char* const limit = text_end - to > 200 ? to + 200 : text_end;
  for (const char* p = to; p < limit;) {
    if (*p == '.' || *p == ';' || *p == '!' || *p == '?' || *p == '\n' || (clause && *p == ',')) return false;
    if (!is_letter(*p)) {
      ++p;
      continue;
    }
    const char* word_end = p;
    // Mid-sentence auxiliaries are written in lower case ("May 8" is the month).
    if (!is_upper(*p)) {
      const std::string_view word = lower_word_at(p, limit, buffer, word_end);
      if (is_auxiliary(word) || one_of(word, {"does", "did", "remains", "seems"})) return true;
    }
    p = word_end;
    while (p < limit && is_letter(*p)) ++p;
  }
  return false;
}

// Whether the subject starting at `start` follows, by at most three words, the auxiliary or modal
// of a question, which opens its sentence or follows a "wh-" word: "Will the central bank cut",
// "Should it cut", "Did they cut", "When will the Fed cut", "How much will it cost". Its verb is
// then no finite past.
bool follows_inverted_auxiliary(const char* text_begin, const char* start) {
  std::array<char, 16> buffer{};
  for (int words = 0; words < 3; ++words) {
    const std::string_view word = lower_word_before(text_begin, start, buffer, start);
    if (word.empty()) return false;
    // Not "may": "May" is as often the month.
    if (!(is_modal(word) && word != "may") && !one_of(word, {"do", "does", "did"})) continue;
    const char* p = start;
    while (p > text_begin && p[-1] == ' ') --p;
    if (p == text_begin || p[-1] == '\n' || p[-1] == '.' || p[-1] == '"' || p[-1] == '`' || p[-1] == '\'' ||
        p[-1] == '?' || p[-1] == '!')
      return is_upper(*start);
    return one_of(lower_word_before(text_begin, start, buffer, p),
                  {"when", "why", "how", "where", "what", "which", "much", "many"});  // "How much will it cost"
  }
  return false;
}

// The cue of a past spelt as its base ("cut", "set", "hit", "put") at [from, to), by the word
// before it, its subject (the adverbs of a verb group between are skipped: "the bank also cut",
// "will soon cut", "will almost certainly cut"); none in a question ("Will the bank cut"). After "he", "she",
// "it" or a singular noun it is a past ("The central bank cut its rates", "Police shut the road");
// after a plural, "they" or a relative pronoun a weak one, which a present or a future of the
// clause outweighs ("Farmers cut their prices", "They cut prices every spring"). It is no finite
// verb after "to", a modal, "do", an auxiliary (itself the cue: "has cut", "was hit"), an object
// ("made them cut") or a verb ("helped cut"), nor after a determiner ("a tax cut", "the cost") or a
// linking verb, whose state it is ("will stay shut", "remains shut").
// After a noun it must have an object ("the rate cut in June" is a noun), unless the noun opens
// the sentence and no auxiliary follows ("The storm hit on Friday"; not "The weather forecast for
// Friday"). The present of a prediction is said of many as often as its past ("Analysts forecast a
// rebound in June"). Out of line: rare, and cue_at is on the path of every cue word.
[[gnu::noinline]] Cue past_as_base_cue(const char* text_begin, const char* from, const char* to, const char* text_end) {
  static constexpr std::string_view no_subject[] = {
      "to", "ll", "d", "t", "s", "ve", "re", "do", "does", "did", "not", "having", "be", "been", "being", "am", "them",
      "him", "us", "me", "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
      "no", "any", "each", "every", "some", "another", "such", "what", "whose", "and", "or", "but", "of", "in", "on",
      "for", "with", "at", "by", "from", "as", "than", "if", "when", "where", "how", "why", "whether", "let", "make",
      "help",
      // a linking verb: a state ("will stay shut in April", "could remain shut"), no finite past
      "stay", "stays", "remain", "remains", "keep", "keeps", "get", "gets", "become", "becomes"};
  // An auxiliary too: "will cut", "has cut", "was hit".
  const auto no_subject_word = [](std::string_view w) { return is_auxiliary(w) || in_list<no_subject>(w); };
  std::array<char, 16> buffer{};
  const char* start = from;
  const std::string_view subject = lower_word_before_adverbs(text_begin, from, buffer, start);
  if (subject.empty()) return Cue::none;  // an imperative or a heading: "Cut the red tape."
  if (!no_subject_word(subject) && follows_inverted_auxiliary(text_begin, start)) return Cue::none;
  const auto letters = static_cast<std::size_t>(to - from);
  const bool prediction = spells(from, letters, "forecast") || spells(from, letters, "bet");
  if (subject == "he" || subject == "she" || subject == "it") return Cue::past;
  if (subject == "they" || subject == "we" || subject == "i" || subject == "you")
    return prediction ? Cue::none : Cue::participle;
  // A name's possessive "'s" before it is a company's name ("Moody's cut Italy's rating", "McDonald's
  // cut prices"), its subject, when an object follows; a pronoun's is "has" or "is" ("It's cut").
  if (subject == "s" && object_follows(to, text_end) && start > text_begin) {
    const char* apostrophe = start - 1;
    if (*apostrophe != '\'' && apostrophe - text_begin >= 2 && std::string_view(apostrophe - 2, 3) == "\xE2\x80\x99")
      apostrophe -= 2;
    std::array<char, 16> name_buffer{};
    const char* name = apostrophe;
    const std::string_view owner = (*apostrophe == '\'' || *apostrophe == '\xE2')
                                       ? lower_word_before(text_begin, apostrophe, name_buffer, name)
                                       : std::string_view{};
    if (!owner.empty() && is_upper(*name) &&
        !one_of(owner, {"it", "he", "she", "that", "there", "what", "who", "where", "here", "let", "this"}))
      return prediction ? Cue::none : Cue::past;
  }
  if (no_subject_word(subject) || (subject.size() >= 4 && (subject.ends_with("ed") || subject.ends_with("ing"))))
    return Cue::none;
  // A relative pronoun's verb without an object is its clause's own ("The dam that burst in January
  // was old", "the bridge, which shut in May"): a weak past, as with an object. "that" is one after
  // a noun, not a determiner after a preposition, a verb or nothing ("That cut in June was welcomed").
  if (!prediction && (subject == "who" || subject == "which" || subject == "that")) {
    std::array<char, 16> noun_buffer{};
    const char* noun_start = start;
    const std::string_view noun =
        subject == "that" ? lower_word_before(text_begin, start, noun_buffer, noun_start) : std::string_view{};
    if (subject != "that" ||
        (!noun.empty() && noun_start + noun.size() + 1 == start && !no_subject_word(noun) && !noun.ends_with("ed") &&
         !one_of(noun, {"said", "says", "say", "think", "thinks", "know", "knew", "so"})))
      return Cue::participle;
  }
  // "set" after a noun and before "in" or "on" is a reduced relative's participle, what was done to
  // the noun: "will extend the deadline set in October", "the record set on Aug. 6" (a weak past;
  // "set for" is a plan's, names_planned_day). Not "cut", "hit" and the like, as often a noun's
  // second noun ("a tax cut in June").
  if (spells(from, letters, "set") && text_end - to > 4 && *to == ' ' &&
      (std::string_view(to + 1, 3) == "in " || std::string_view(to + 1, 3) == "on "))
    return Cue::participle;
  if (!object_follows(to, text_end) &&
      !(!prediction && subject_opens_sentence(text_begin, start) && !auxiliary_follows(to, text_end))) {
    // A noun phrase opening an adverbial clause is its subject ("could barely sleep after the storm
    // hit in December"): a weak past, as the noun may be the first of two ("after the rate cut in
    // June", but "after the rate cut in June was announced" is none).
    return !prediction && subject_opens_adverbial_clause(text_begin, start) && !auxiliary_follows(to, text_end, true)
               ? Cue::participle
               : Cue::none;
  }
  const bool plural = subject.size() > 3 && subject.ends_with('s') && !subject.ends_with("ss") &&
                      !subject.ends_with("us") && !subject.ends_with("is");
  if (plural || subject == "who" || subject == "which" || subject == "that")
    return prediction ? Cue::none : Cue::participle;
  return Cue::past;
}

// Whether the word text[from, to) (n letters) opens a date in a possessive: "tomorrow's",
// "yesterday's", "next week's", "last Tuesday's".
bool opens_possessive_date(const char* from, std::size_t n, const char* to, const char* text_end) {
  const auto possessive_at = [&](const char* p) {
    const std::string_view rest(p, static_cast<std::size_t>(text_end - p));
    return rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s");
  };
  if (spells(from, n, "tomorrow") || spells(from, n, "yesterday")) return possessive_at(to);
  if (!(spells(from, n, "next") || spells(from, n, "last")) || to == text_end || *to != ' ') return false;
  const char* p = to + 1;
  while (p != text_end && is_letter(*p)) ++p;
  return p != to + 1 && possessive_at(p);
}

bool is_counting_word(std::string_view lower);  // below, with the titles' words

// Whether the word starting at `from` follows "had" (or "'d"), maybe with "been" and an adverb
// between: "had planned to attack", "had originally scheduled", "had been scheduled to", "they'd
// planned", "had been set to". A plan told in the past perfect was made before a past time the
// story tells: what it planned lies behind the telling as often as not, and in news before the DCT.
bool after_past_perfect(const char* text_begin, const char* from) {
  std::array<char, 16> buffer{};
  const char* p = from;
  for (int words = 0; words < 3; ++words) {
    const std::string_view word = lower_word_before(text_begin, p, buffer, p);
    if (word == "had" || word == "d") return true;
    if (word != "been" && !is_verb_group_adverb(word)) return false;
  }
  return false;
}

// Whether the "-ed" word text[from, to) is an adjective before its noun after a present verb of its
// clause, no past verb: "Churches expect packed services", "Farmers want guaranteed prices" (a base
// form after a plural subject), "She promises improved roads", "An airline promises discounted fares" (an "-s"
// form after "he", "she", "it" or a noun "a" makes singular). A lower-case word that is no function word
// must follow it, its noun. What stands right before it decides: a subject noun makes it the verb
// ("Police arrested protesters", "Stores trained staff", "The council improved roads"). A plural
// without "-s" ("Sales staff trained") and an agent's noun ("The union members rejected",
// "The news agency reported", "The sports minister announced") are a subject's nouns, not verbs.
// Asked by tense_of_verbs of the participle nearest on either side only (speed: cue_at stays small).
[[gnu::noinline]] bool adjective_after_present(const char* text_begin, const char* from, const char* to,
                                               const char* text_end) {
  if (to - from < 5 || ascii_lower(to[-1]) != 'd' || ascii_lower(to[-2]) != 'e' || text_end - to < 4 || *to != ' ' ||
      !is_letter(to[1]) || is_upper(to[1]))
    return false;
  // First what stands before it, a present after its subject (most "-ed" words follow "was", "has",
  // "been" or a noun and fail here), then the words' lists.
  std::array<char, 16> buffer{};
  const char* verb_start = from;
  const std::string_view verb = lower_word_before(text_begin, from, buffer, verb_start);
  if (verb.size() < 3 || is_upper(*verb_start)) return false;
  const std::array<char, 16> verb_buffer = buffer;  // `buffer` takes the subject
  const std::string_view present(verb_buffer.data(), verb.size());
  const char* subject_start = verb_start;
  const std::string_view subject = lower_word_before(text_begin, verb_start, buffer, subject_start);
  if (subject.empty()) return false;
  const bool third_person = present.size() >= 4 && present.ends_with('s') && !present.ends_with("ss") &&
                            !present.ends_with("us") && !present.ends_with("is");
  if (!third_person) {
    // A base form after a plural subject.
    if (!one_of(subject, {"they", "we", "you"}) &&
        !(subject.size() > 3 && subject.ends_with('s') && !subject.ends_with("ss") && !subject.ends_with("us") &&
          !subject.ends_with("is") && !is_definite_determiner(subject) &&
          !one_of(subject, {"news", "does", "has", "was"})))
      return false;
  } else if (!one_of(subject, {"he", "she", "it"})) {
    // An "-s" form after a noun that "a", "an", "each" or "every" makes singular. Not after "the" or
    // a possessive, where a plural noun after one modifying it is far more often read than a verb:
    // "the state forces killed militants", "the internal forces targeted army units".
    if (subject.size() < 3 || subject.ends_with('s') || is_upper(*subject_start) || is_verb_group_adverb(subject))
      return false;
    const char* determiner_start = subject_start;
    const std::string_view determiner = lower_word_before(text_begin, subject_start, buffer, determiner_start);
    if (!one_of(determiner, {"a", "an", "each", "every"})) return false;
  }
  const auto ends_in = [](std::string_view w, std::initializer_list<std::string_view> endings) {
    for (const std::string_view e : endings)
      if (w.size() >= e.size() + 3 && w.ends_with(e)) return true;
    return false;
  };
  // The endings of nouns and adjectives, which a verb's present seldom has (after a stem of three
  // letters or more: "want", "agree", "bring" are verbs).
  if (is_verb_group_adverb(present) || is_definite_determiner(present) ||
      ends_in(present,
              {"er",  "or",  "ist",  "ian",  "ant",  "ent",  "ee",  "cy",  "ty", "ion", "ment", "ness", "ship", "ism",
               "ers", "ors", "ists", "ians", "ants", "ents", "ees", "ies", "al", "ic",  "ous",  "ive",  "ing"}) ||
      is_auxiliary(present) ||
      one_of(present, {"staff", "police", "people", "personnel", "children", "men",  "women", "cattle", "crew",
                       "team",  "does",   "did",    "and",       "but",      "not",  "only",  "also",   "then",
                       "than",  "this",   "who",    "which",     "that",     "what", "they",  "we",     "you",
                       "she",   "it",     "news",   "with",      "from",     "back", "each",  "been",   "being"}) ||
      english::is_regular_past_form(present))
    return false;
  // Its noun after it.
  const char* p = to + 1;
  const std::string_view noun = lower_word_at(to + 1, text_end, buffer, p);
  return noun.size() >= 3 && !is_verb_group_adverb(noun) && !is_definite_determiner(noun) &&
         !one_of(noun, {"and",    "but",     "for",     "from",  "with",   "into",   "onto",  "over",  "off",
                        "out",    "down",    "through", "after", "before", "during", "since", "until", "about",
                        "around", "against", "higher",  "lower", "him",    "them",   "you",   "its",   "one",
                        "some",   "any",     "each",    "every", "all",    "what",   "who",   "how",   "which",
                        "when",   "where",   "why",     "there", "here",   "ahead",  "back",  "away",  "together"});
}

// Whether the "set" at [from, to) is a plan standing now, as "is set for" is (predicts_ahead): a
// present perfect's passive before "for", "has been set for Friday", "have been set for May" (not
// "had been set for", a past perfect's, nor "has set records for").
bool set_for_in_present_perfect(const char* text_begin, const char* from, const char* to, const char* text_end) {
  std::array<char, 16> buffer{};
  const char* after = to;
  if (to == text_end || *to != ' ' || lower_word_at(to + 1, text_end, buffer, after) != "for") return false;
  const char* start = from;
  if (lower_word_before(text_begin, start, buffer, start) != "been") return false;
  return one_of(lower_word_before(text_begin, start, buffer, start), {"has", "have", "s", "ve"});
}

// The cue of the word text[from, to) (its letters; only the first 20 count, as a longer word is
// no cue word but may still end in "-ed"). `text_end` lets the lookup read ahead in whole words;
// `text_begin` lets it look back for the start of the sentence. `perfect_is_past`: whether a
// present perfect counts as the past (not for a deadline: "has given them until Tuesday", "has
// extended the loans through January").
Cue cue_at(const char* text_begin, const char* from, const char* to, const char* text_end, bool perfect_is_past) {
  const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(to - from), 20);
  const CueWords& cues = cue_words();
  std::uint64_t bits = 0;
  if (cues.may_hold(from, n)) {
    std::size_t letters = 0;
    bits = cues.map.find_at(from, text_end, letters);
    // The word was cut short by the window: look up the part inside it.
    if (letters != std::min<std::size_t>(n, 16)) bits = cues.map.find_at(from, from + n, letters);
  }
  // A cue word capitalised inside a sentence is part of a name ("the Plan de San Luis", "the
  // Schlieffen Plan"), not a verb.
  if (is_upper(from[0]) && from > text_begin) {
    const char* before = from - 1;
    while (before > text_begin && *before == ' ') --before;
    if (is_letter(*before) || *before == ',') return Cue::none;
  }
  // "Lent" capitalised is the season, opening a sentence too ("Lent begins on March 5"), not the
  // past of "lend".
  if (from[0] == 'L' && spells(from, n, "lent")) return Cue::none;
  // "won't" is "will not", not the past of "win".
  if (spells(from, n, "won")) {
    const std::string_view rest(to, static_cast<std::size_t>(text_end - to));
    if (rest.starts_with("'t") || rest.starts_with("\xE2\x80\x99t")) return Cue::future;
  }
  // "next to the embassy" is a place, not a time ahead; "set to resume Monday" is planned.
  const auto to_follows_word = [&] {
    return text_end - to >= 4 && to[0] == ' ' && ascii_lower(to[1]) == 't' && ascii_lower(to[2]) == 'o' &&
           !is_letter(to[3]);
  };
  // "said they hoped to finish by the end of the year": the report's past of an intention looks ahead.
  if (to_follows_word() && reports_intention(text_begin, from, to, text_end)) return Cue::reported;
  if ((bits & past_as_base) != 0) {
    if (spells(from, n, "set") && (to_follows_word() || set_for_in_present_perfect(text_begin, from, to, text_end)))
      return after_past_perfect(text_begin, from) ? Cue::past : Cue::future;
    return past_as_base_cue(text_begin, from, to, text_end);
  }
  if (bits == 0) {
    // Not a cue word, as most words of a text: of the words tested below only "would" and the
    // modals can be one of them (the others are cue words).
    if (spells(from, n, "would")) return is_reported_would(text_begin, from, to, text_end) ? Cue::reported : Cue::none;
    // "allies should reach 3 percent by June", "talks might resume in March": what ought to or
    // may happen lies ahead, even in a reported clause ("said allies should ..."); "should have
    // acted in May" is a past that did not happen.
    // "may" only in lower case: "May" is the month.
    const bool may = from[0] == 'm' && spells(from, n, "may");
    // "can" as "could" is ("the road can stay closed until Friday", "Residents can return on
    // Monday"; "can't", "can not" left to the clause); in lower case, and not the noun ("a can of
    // paint", "the can").
    const bool can = from[0] == 'c' && spells(from, n, "can") && [&] {
      const ShortWord lead =
          word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
      if (is_definite_determiner(lead.view()) || one_of(lead, {"a", "an", "one", "each", "every"})) return false;
      std::array<char, 16> buffer{};
      const char* after = to;
      return to == text_end || *to != ' ' ||
             !one_of(lower_word_at(to + 1, text_end, buffer, after),
                     {"of", "and", "or", "on", "in", "at", "for", "with", "to", "from", "by", "was", "is"});
    }();
    // "couldn't", written as a word and "'t": a negated "could".
    if (spells(from, n, "couldn") && could_of_past_ability(text_begin, from, to, text_end)) return Cue::participle;
    const bool could = can || spells(from, n, "could");
    if (could || may || spells(from, n, "should") || spells(from, n, "must") || spells(from, n, "might")) {
      // "the fire could have started in October", "may have arrived in September": past.
      if (modal_before_perfect(to, text_end)) return Cue::past;
      // "could" of a past ability or inability: "He could not attend on Thursday", "Until last year,
      // shoppers could buy the drug in December" (could_of_past_ability).
      if (could && !can && could_of_past_ability(text_begin, from, to, text_end)) return Cue::participle;
      // "cuts could come as early as September"; "could not attend in June" is as often a past.
      return modal_looks_ahead(to, text_end, could) ? Cue::modal : Cue::none;
    }
    if (n < 5 || ascii_lower(from[n - 2]) != 'e' || ascii_lower(from[n - 1]) != 'd') return Cue::none;
    // A past commitment to act ("agreed to cut prices in May"), as after "has promised to".
    // ("agreed on Thursday to keep the cuts through June": the day of the commitment between).
    if (to != text_end && *to == ' ' && from > text_begin && from[-1] == ' ' && commits_to(from - 1, text_end))
      return Cue::modal;
    return Cue::participle;
  }
  // An "-ed" word as often an adjective as a verb ("advanced economies", "increased demand") is the
  // verb when its object, a preposition, an adverb or the clause's end follows it ("Shares advanced
  // on Friday", "The bank reduced its rates", "Exports increased 4%") and no determiner or adverb of
  // degree leads it ("the most advanced").
  if (bits == not_participle && (spells(from, n, "advanced") || spells(from, n, "increased") ||
                                 spells(from, n, "reduced") || spells(from, n, "developed"))) {
    const ShortWord leading =
        word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
    if (is_definite_determiner(leading.view()) ||
        one_of(leading, {"a", "an", "more", "most", "less", "least", "highly", "newly", "well"}))
      return Cue::none;
    if (to == text_end || *to == '.' || *to == ',' || *to == ';') return Cue::participle;
    if (*to != ' ' || to + 1 == text_end) return Cue::none;
    if (to[1] >= '0' && to[1] <= '9') return Cue::participle;
    std::array<char, 16> buffer{};
    const char* after = to;
    const std::string_view next = lower_word_at(to + 1, text_end, buffer, after);
    return one_of(next, {"on",     "in",      "to",       "by",       "from",    "at",    "after",   "for",
                         "during", "since",   "its",      "their",    "his",     "her",   "the",     "a",
                         "an",     "sharply", "slightly", "steadily", "further", "again", "rapidly", "strongly"})
               ? Cue::participle
               : Cue::none;
  }
  const bool to_follows = to_follows_word();
  if (to_follows && spells(from, n, "next")) return Cue::none;
  // "soon after midnight on Tuesday", "soon afterwards": the adverb measures the distance from
  // another time and says nothing ahead ("was killed soon after midnight on Tuesday" is past).
  if (spells(from, n, "soon") && to != text_end && *to == ' ') {
    std::array<char, 16> buffer{};
    const char* after = to;
    if (one_of(lower_word_at(to + 1, text_end, buffer, after), {"after", "afterwards", "afterward", "thereafter"}))
      return Cue::none;
  }
  // A date in a possessive dates the noun it owns, not the clause ("met on Monday before next
  // week's talks", "voted Tuesday ahead of tomorrow's summit", "will decide Thursday after last
  // year's losses"): no tense for the clause's other dates.
  if (opens_possessive_date(from, n, to, text_end)) return Cue::none;
  // "the next day", "the next morning" count on from a date of the story, whatever its tense.
  if (spells(from, n, "next") &&
      word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true}) == "the")
    return Cue::none;
  // "the hastily planned trip", "as previously planned", "their planned trip": a participle of
  // what was planned (the planning is past), not the tense of the clause.
  // A plan in the past perfect is past ("The rebels had planned to attack in October", "had
  // scheduled the concert for August", "had been going to"; "has planned to", "plans to" look ahead).
  if ((spells(from, n, "planned") || spells(from, n, "scheduled") || spells(from, n, "going")) &&
      after_past_perfect(text_begin, from))
    return Cue::past;
  if ((spells(from, n, "planned") || spells(from, n, "scheduled")) && !to_follows) {
    const ShortWord modifier =
        word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
    const std::string_view m = modifier.view();
    if ((m.size() >= 5 && m.ends_with("ly") && m != "early") ||
        one_of(m, {"as", "his", "her", "its", "their", "our", "my", "your"}))
      return Cue::participle;
  }
  const bool have = spells(from, n, "have");
  const bool has_or_have = have || spells(from, n, "has");
  if (have && is_infinitive(text_begin, from)) return Cue::none;
  // As a modal, only for what follows it: "Since KKR bought RJR in February, it has agreed to sell".
  if (has_or_have && commits_to(to, text_end)) return Cue::modal;
  if (perfect_is_past && has_or_have && is_present_perfect(to, text_end)) return Cue::past;
  const bool past_be = spells(from, n, "was") || spells(from, n, "were");
  if (past_be || spells(from, n, "is") || spells(from, n, "are")) {
    if (starts_plan(to, text_end)) return Cue::future;
    // "is due in May"; "adding that a deal was unlikely before Christmas": a report's back-shifted
    // prediction looks ahead too. Told as a past ("The vote was expected in January, but"), it may
    // have been due then.
    if (predicts_ahead(to, text_end)) {
      if (!past_be) return Cue::future;
      if (in_reported_clause(text_begin, from)) return Cue::reported;
    }
    // So does a report's judgement of a thing still to come: "Analysts said the December deadline was
    // unrealistic", "said the September vote was too close to call" (judges_thing_ahead); in the
    // present, any such judgement: "The March vote is too close to call".
    if (judges_thing_ahead(to, text_end)) {
      if (!past_be) return Cue::future;
      if (in_reported_clause(text_begin, from)) return Cue::reported;
    }
  }
  // "to last until Friday", "will last for weeks", "will last from Thursday to Friday": the verb,
  // not "last week" ("from Monday to last night"). After "and" or "or" it is the verb of a
  // coordinated clause only before a preposition of its extent ("begin Memorial Day weekend and last
  // through Labor Day", "open in April and last until June"; "between Monday and last Friday" is the date).
  if (spells(from, n, "last")) {
    std::array<char, 16> buffer{};
    std::array<char, 16> before_buffer{};
    const char* start = from;
    const std::string_view before = lower_word_before_adverbs(text_begin, from, before_buffer, start);
    const bool after_verb = is_modal(before) || one_of(before, {"to", "not", "ll"});
    const bool coordinated = one_of(before, {"and", "or"});
    const char* after = to;
    const std::string_view next = (after_verb || coordinated) && to != text_end && *to == ' '
                                      ? lower_word_at(to + 1, text_end, buffer, after)
                                      : std::string_view{};
    if (coordinated && one_of(next, {"until", "till", "through", "into", "beyond", "for", "well", "indefinitely",
                                     "forever", "longer"}))
      return Cue::none;
    // Before its length too: "is expected to last two weeks and begin in April", "will last an
    // hour", "could last 10 days", "to last several months", "would last the season".
    if (after_verb &&
        ((!next.empty() && is_digit(next[0])) ||
         one_of(next, {"",        "until", "till",   "for",          "through", "into",   "beyond", "longer",  "as",
                       "at",      "over",  "well",   "indefinitely", "forever", "about",  "around", "up",      "from",
                       "between", "a",     "an",     "the",          "one",     "two",    "three",  "four",    "five",
                       "six",     "seven", "eight",  "nine",         "ten",     "twelve", "few",    "several", "many",
                       "just",    "only",  "nearly", "almost",       "another", "more",   "less",   "days",    "weeks",
                       "months",  "years", "hours",  "minutes"})))
      return Cue::none;
  }
  // "the last strike", "its last match", "the company's last dividend": after a determiner or a
  // possessive, "last" is the final one, no time before the telling, unless a count or a time word
  // follows ("the last two years", "the last time", "over the last decade", "the last Friday").
  if (n == 4 && spells(from, n, "last") && to != text_end && *to == ' ' && to + 1 != text_end && !is_digit(to[1])) {
    std::array<char, 16> buffer{};
    const char* start = from;
    const std::string_view lead = lower_word_before(text_begin, from, buffer, start);
    if (is_definite_determiner(lead) || lead == "s") {  // "s": a possessive, "the company's last dividend"
      const char* after = to;
      const std::string_view next = lower_word_at(to + 1, text_end, buffer, after);
      if (!next.empty() && !is_counting_word(next) && !in_list<weekday_words>(next) && !in_list<month_words>(next) &&
          !one_of(next, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "few",
                         "several", "couple", "half", "quarter", "quarters", "times", "season", "seasons"}))
        return Cue::none;
    }
  }
  // "will now get under way", "would now be held", "is now expected to", "had now left": inside a
  // verb group the auxiliary's tense, not the present.
  if (n == 3 && (bits & (std::uint64_t{1} << static_cast<int>(Cue::present))) != 0 && spells(from, n, "now")) {
    const ShortWord before =
        word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
    if (is_auxiliary(before) || one_of(before, {"ll", "s", "re", "ve", "d"})) return Cue::none;
  }
  // "stays" is a present, as "remains" is, before the state it keeps ("The school stays closed on
  // Monday", "stays open until Friday"); not the noun ("Hotel stays in October rose"). So are "stay"
  // and "remain" after their subject ("Schools stay closed through Friday"), not after "to", a modal
  // or "did" ("decided to stay closed", "would remain shut").
  if ((n == 5 && spells(from, n, "stays")) || (n == 4 && spells(from, n, "stay")) ||
      (n == 6 && spells(from, n, "remain"))) {
    std::array<char, 16> buffer{};
    const char* after = to;
    const std::string_view next = to != text_end && *to == ' ' ? lower_word_at(to + 1, text_end, buffer, after) : "";
    if (!(next.size() >= 4 && next.ends_with("ed")) && !one_of(next, {"open", "shut", "unchanged", "intact"}))
      return Cue::none;
    if (n == 5) return Cue::present;
    const char* start = from;
    const std::string_view subject = lower_word_before_adverbs(text_begin, from, buffer, start);
    return subject.empty() || is_infinitive(text_begin, from) ||
                   one_of(subject, {"ll", "d", "t", "not", "did", "do", "does"})
               ? Cue::none
               : Cue::present;
  }
  if (n == 3 && spells(from, n, "saw")) {
    const ShortWord leading =
        word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
    if (is_definite_determiner(leading.view()) || one_of(leading, {"a", "an", "chain", "power", "band"}))
      return Cue::none;
  }
  for (const Cue c : {Cue::past, Cue::present, Cue::future, Cue::participle})
    if ((bits & (std::uint64_t{1} << static_cast<int>(c))) != 0) return c;
  return Cue::none;
}

// Whether the word text[from, to) may have a cue (cue_at): a cue word, "would"
// (CueWords::may_read) or an "-ed" word. False for most words of a text, which clause_tense then
// skips without the call (speed: it reads up to ~25 words either side of every expression).
[[gnu::always_inline]] inline bool may_have_cue(const CueWords& cues, const char* from, const char* to) {
  const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(to - from), 20);  // as cue_at counts
  return cues.may_read(from, n) || (n >= 5 && (from[n - 2] | 0x20) == 'e' && (from[n - 1] | 0x20) == 'd');
}

// Whether the '.' at text[i] ends an abbreviation that a name usually follows: an initial ("U.S.
// Army", "J. Smith") or a title ("Dr. Slepian", "Roe vs. Wade", "Gen. Powell").
bool ends_abbreviation_at(std::string_view text, std::size_t i) {
  std::size_t start = i;
  while (start > 0 && is_letter(text[start - 1])) --start;
  const std::size_t letters = i - start;
  if (letters == 1) return start == 0 || !is_letter(text[start - 1]);
  if (letters < 2 || letters > 4) return false;
  for (const std::string_view title : {"mr",   "mrs", "ms",  "dr",  "st",  "vs",   "gen", "col", "lt",  "sgt", "capt",
                                       "cmdr", "sen", "rep", "gov", "rev", "prof", "mt",  "ft",  "adm", "maj", "pres"})
    if (spells(text.data() + start, letters, title)) return true;
  return false;
}

// Sentence punctuation at text[i]: ". ", "! " or "? " (or a line break) before a capital or a
// quote; not the full stop of an abbreviation before a name.
// The stop itself is tested inline (ends_sentence_at): callers ask at every byte they scan.
bool stop_ends_sentence_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  // Closing quotes after the stop: "... massive destruction.'' The discovery".
  std::size_t after = i + 1;
  while (after < text.size() && after - i <= 2 && (text[after] == '\'' || text[after] == '"')) ++after;
  return after + 1 < text.size() && (text[after] == ' ' || text[after] == '\n') &&
         (is_upper(text[after + 1]) || text[after + 1] == '"' || text[after + 1] == '`') &&
         !(c == '.' && ends_abbreviation_at(text, i));
}
inline bool ends_sentence_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  return (c == '.' || c == '!' || c == '?') && stop_ends_sentence_at(text, i);
}

// A quotation mark at text[i]: '"', a doubled "``" or "''" (as news wires write them), or a curly
// double quote. Quoted speech keeps its own tense ("''He will leave at 4 a.m. Thursday,'' Castro
// said": "said" is the reporting, not the leaving), so a quote bounds the clause. A lone
// apostrophe ("Castro's") does not.
bool is_quote_mark_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '"') return true;
  if (c == '`' || c == '\'') {
    return (i + 1 < text.size() && text[i + 1] == c) || (i > 0 && text[i - 1] == c);
  }
  // U+201C, U+201D: E2 80 9C / E2 80 9D; `i` may be any of their bytes.
  const auto curly_at = [&](std::size_t k) {
    return k + 2 < text.size() && text[k] == '\xE2' && text[k + 1] == '\x80' &&
           (text[k + 2] == '\x9C' || text[k + 2] == '\x9D');
  };
  return curly_at(i) || (i >= 1 && curly_at(i - 1)) || (i >= 2 && curly_at(i - 2));
}

// Whether the words text[from, begin) after an "and" or a "but" that the tense loop of
// clause_tense found no cue in open a clause of their own with a verb in the present: a subject,
// then a present ("and the league resumes on Saturday", "and his successor takes office on
// Monday", "but talks resume on Friday", "and it reopens on Monday"). Its tense is its own, not
// that of the clause before ("Ramadan ended last week, and the league resumes on Saturday"). Not
// a phrase going on without a verb ("and again in March", "and on Monday", "and the strike on
// Monday").
bool present_clause_follows(std::string_view text, std::size_t from, std::size_t begin) {
  static constexpr std::string_view no_subject[] = {
      "the",   "a",     "an",     "his",  "her",  "its", "their", "our",  "my",   "your",  "this",  "that",
      "these", "those", "of",     "in",   "on",   "at",  "for",   "with", "to",   "by",    "from",  "and",
      "or",    "new",   "more",   "some", "many", "all", "again", "then", "also", "later", "until", "before",
      "after", "since", "during", "not",  "so",   "yet", "still", "as",   "once", "each",  "every", "other"};
  static constexpr std::string_view no_clause_opening[] = {
      "in",     "on",    "at",    "for",    "with", "to", "by",  "from",  "again", "then", "also", "later", "until",
      "before", "after", "since", "during", "not",  "so", "yet", "still", "as",    "once", "or",   "and",   "than"};
  // Base forms a plural subject or "they" takes: the scheduled acts news times by a day.
  static constexpr std::string_view plural_present[] = {"resume", "begin",  "start",  "open",   "close",  "end",
                                                        "apply",  "return", "meet",   "go",     "take",   "vote",
                                                        "face",   "play",   "expire", "reopen", "arrive", "leave"};
  std::array<char, 16> previous_buffer{};
  std::array<char, 16> buffer{};
  std::string_view previous;
  const char* const text_end = text.data() + begin;
  const char* p = text.data() + from;
  for (int words = 0; words < 8; ++words) {
    while (p < text_end && !is_letter(*p)) {
      if (*p != ' ' && *p != '-') return false;  // a comma or a figure: an aside or a list
      ++p;
    }
    if (p >= text_end) return false;
    const bool capital = is_upper(*p);
    const char* word_end = p;
    const std::string_view word = lower_word_at(p, text_end, buffer, word_end);
    while (word_end < text_end && is_letter(*word_end)) ++word_end;
    if (words == 0 && in_list<no_clause_opening>(word)) return false;  // "and again in March", "and on Monday"
    if (words > 0 && !capital && !in_list<no_subject>(previous)) {
      const bool third_person = word.size() >= 4 && word.ends_with('s') && !word.ends_with("ss") &&
                                !word.ends_with("us") && !word.ends_with("is");
      const bool plural_subject = one_of(previous, {"they", "we", "you"}) ||
                                  (previous.size() > 3 && previous.ends_with('s') && !previous.ends_with("ss"));
      if (third_person || (plural_subject && in_list<plural_present>(word))) return true;
    }
    std::copy(word.begin(), word.end(), previous_buffer.begin());
    previous = std::string_view(previous_buffer.data(), word.size());
    p = word_end;
  }
  return false;
}

// A court's order that runs to the next hearing: "remanded in custody until January", "was bailed
// until Friday"; not the noun ("remained on bail until January, when ..." is a past state).
bool orders_a_remand(std::string_view word) { return one_of(word, {"remanded", "remand", "remands", "bailed"}); }

// Whether a deferral verb comes at most four words before the "until" (or "to") right before
// `begin`: "postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday", "put off
// the vote until Friday", or one that grants time ("gave the bank until Friday to respond"); a date
// moved is one too ("moved to Friday", "pushed back to Friday", "rescheduled for Wednesday"). What
// was put off, or the time given, lies ahead however past the verb is. A comma may set the new date
// off from the shift: "pushed back three months, to July 15", "delayed by a month, until Feb. 2".
// Where that verb starts, or npos.
std::size_t deferred_before(std::string_view text, std::size_t begin) {
  std::size_t p = begin;
  while (p > 0 && !is_letter(text[p - 1])) --p;
  while (p > 0 && is_letter(text[p - 1])) --p;  // "until" itself
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p > 0 && text[p - 1] == ',') --p;
  bool off = false;  // the word after this one is "off"
  for (int words = 0; words < 4; ++words) {
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\n')) --p;
    if (p == 0 || !is_letter(text[p - 1])) return std::string_view::npos;
    const std::size_t word_end = p;
    while (p > 0 && is_letter(text[p - 1])) --p;
    std::array<char, 16> buffer{};
    const char* ignored = nullptr;
    const std::string_view word = lower_word_at(text.data() + p, text.data() + word_end, buffer, ignored);
    for (const std::string_view stem :
         {"postpone", "delay", "defer", "adjourn", "extend", "suspend", "recess", "grant", "reschedul"})
      if (word.starts_with(stem)) return p;
    // A date moved: "moved to Friday", "pushed (back) to Thursday", "brought forward to Monday";
    // "advanced" only passive, "was advanced to June" ("Shares advanced to $30 in June" rose).
    if (one_of(word, {"moved", "pushed", "brought", "shifted"})) return p;
    if (word == "advanced") {
      std::array<char, 16> be_buffer{};
      const char* q = text.data() + p;
      if (one_of(lower_word_before(text.data(), q, be_buffer, q), {"was", "were", "been", "be", "is", "are"})) return p;
    }
    if (orders_a_remand(word)) return p;
    if (one_of(word, {"gave", "given", "give", "gives", "giving"})) return p;
    if (off && one_of(word, {"put", "puts", "putting"})) return p;
    off = word == "off";
  }
  return std::string_view::npos;
}

// Where "a date" yet to be set starts before the "in", "after" or "before" right before `begin`,
// when "until", "till" or "to" comes before it: "adjourned until a date in January", "postponed to
// a later date in March", "adjourned to a date to be fixed in December", "delayed until sometime in
// March", "adjourned to a date after Easter" (the date falls in or near the one named); npos
// otherwise.
std::size_t date_to_be_set_before(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  const auto back = [&] { return lower_word_before(text.data(), p, buffer, p); };
  if (!one_of(back(), {"in", "after", "before"})) return std::string_view::npos;
  std::string_view word = back();
  if (word == "sometime") {
    word = back();
  } else if (word == "time") {
    if (back() != "some") return std::string_view::npos;
    word = back();
  } else {
    // "to be fixed", "to be set", "to be agreed": the date's clause.
    if (one_of(word, {"fixed", "set", "agreed", "determined", "confirmed", "arranged", "announced"})) {
      if (back() != "be" || back() != "to") return std::string_view::npos;
      word = back();
    }
    if (word != "date") return std::string_view::npos;
    word = back();
    if (one_of(word, {"later", "future", "new", "fresh", "further"})) word = back();
    if (word != "a") return std::string_view::npos;
    word = back();
  }
  const std::size_t after = static_cast<std::size_t>(p - text.data()) + word.size();
  if (!one_of(word, {"until", "till", "to"})) return std::string_view::npos;
  std::size_t next = after;
  while (next < begin && text[next] == ' ') ++next;
  return next;
}

// The nearest cue on one side of an expression within its sentence: the closest strong cue
// (auxiliaries, "said", ...) and the closest participle, as distances in bytes.
struct NearestCues {
  Cue strong = Cue::none;
  std::size_t strong_distance = SIZE_MAX;
  Cue weak = Cue::none;
  std::size_t weak_distance = SIZE_MAX;
  void consider(Cue cue, std::size_t distance) {
    if (cue == Cue::none) return;
    if (cue == Cue::participle) {
      if (weak == Cue::none) weak = cue, weak_distance = distance;
    } else {
      strong = cue, strong_distance = distance;
    }
  }
};

// Whether the cue `cue` of the word at `from` (n letters) is a future seen from a past: a
// report's ("said it hoped to", "said he would leave", "said the vote was expected in"), a past
// "be" starting a plan ("was due to", "were expected to", "was set to", "was going to") or a plan
// told in the past ("planned to", "was scheduled for"); not "will", "is due to", "is set to", "plans
// to", "is planned for", "has scheduled".
bool future_from_past(Cue cue, const char* text_begin, const char* from, std::size_t n) {
  if (cue == Cue::reported) return true;
  if (cue != Cue::future) return false;
  if (spells(from, n, "was") || spells(from, n, "were")) return true;
  const bool past_form = n >= 5 && ascii_lower(from[n - 2]) == 'e' && ascii_lower(from[n - 1]) == 'd';
  // "will", "plans", "expects" are said now (most future cues: no word read before them).
  if (!past_form && !spells(from, n, "set") && !spells(from, n, "going")) return false;
  const ShortWord before =
      word_before(text_begin, from, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
  if (before == "was" || before == "were") return true;
  return past_form &&
         !one_of(before.view(), {"is", "are", "am", "s", "be", "been", "being", "has", "have", "will", "to"});
}

// The tense a cue tells.
Tense tense_of(Cue cue) {
  switch (cue) {
    case Cue::past:
    case Cue::participle:
      return Tense::past;
    case Cue::present:
      return Tense::present;
    case Cue::future:
    case Cue::reported:
    case Cue::modal:
      return Tense::future;
    case Cue::none:
      break;
  }
  return Tense::unknown;
}

// Whether the line from text[from] is a headline, without a full stop at its end, whose subject
// of at most four words (the first capitalised) is followed by "to" and a verb before `begin`.
bool headline_infinitive(std::string_view text, std::size_t from, std::size_t begin) {
  std::size_t w = from;
  while (w < begin && !is_letter(text[w])) ++w;
  if (w == begin || !is_upper(text[w])) return false;
  std::array<char, 16> buffer{};
  const char* const end = text.data() + begin;
  const char* p = text.data() + w;
  bool to = false;
  for (int words = 0; words < 5 && !to; ++words) {
    const char* next = p;
    to = lower_word_at(p, end, buffer, next) == "to" && words > 0;
    if (next == p || next == end || *next != ' ') return false;
    p = next + 1;
  }
  if (!to || !(*p >= 'a' && *p <= 'z')) return false;
  const char* after = p;
  if (is_definite_determiner(lower_word_at(p, end, buffer, after))) return false;
  if (text.substr(w, begin - w).find_first_of(",;:") != std::string_view::npos) return false;
  const std::size_t line_end = std::min(text.find('\n', begin), text.size());
  const std::string_view rest = text.substr(begin, line_end - begin);
  return rest.find_last_not_of(" \r") == std::string_view::npos ||
         !one_of(rest.substr(rest.find_last_not_of(" \r"), 1), {".", "!", "?", "\""});
}

// Whether the text from text[from] opens with "If" or "Unless" and no comma or sentence's end
// closes that condition before `begin`: the expression is in it.
bool opens_with_condition(std::string_view text, std::size_t from, std::size_t begin) {
  std::size_t w = from;
  while (w < begin && !is_letter(text[w])) ++w;
  std::size_t w_end = w;
  while (w_end < begin && is_letter(text[w_end])) ++w_end;
  if (!(spells(text.data() + w, w_end - w, "if") || spells(text.data() + w, w_end - w, "unless"))) return false;
  return text.substr(w_end, begin - w_end).find_first_of(",;.!?") == std::string_view::npos;
}

// Where a sentence that opens at `from` asks or tells the reader to do something: its first word
// ("Send comments by COB Friday", "Please respond by Friday", "Don't forget to vote on Tuesday",
// "Make sure to register by Monday"), before `begin`; npos when it does not. What is asked is
// still to be done, so the sentence looks ahead. Verbs that are as often nouns ("Vote counting
// began Monday", "Visit numbers fell") count only before a word that follows a verb.
std::size_t request_opening(std::string_view text, std::size_t from, std::size_t begin) {
  // Bit 1: asks alone ("Please", "Send"); 2: before a particle ("Make sure", "Sign up", "Let us");
  // 4: also a noun, asks before a word that follows a verb ("Call us", "Vote on").
  static const FirstWordMap openers = [] {
    FirstWordMap words;
    for (const std::string_view w :
         {"please", "kindly", "send", "submit", "register", "join", "remember", "tell", "apply", "attend", "nominate",
          "respond", "bring", "enter", "rsvp", "complete", "come", "don"})
      words.add(w, 1);
    for (const std::string_view w : {"make", "be", "sign", "let"}) words.add(w, 2);
    for (const std::string_view w :
         {"vote", "visit", "contact", "email", "reply", "call", "check", "book", "order", "note"})
      words.add(w, 4);
    return words;
  }();
  std::size_t w = from;
  while (w < begin && !is_letter(text[w])) ++w;
  if (w >= begin || !is_upper(text[w])) return std::string_view::npos;
  const char* const text_end = text.data() + text.size();
  std::size_t letters = 0;
  const std::uint64_t kind = openers.find_at(text.data() + w, text_end, letters);
  if (kind == 0) return std::string_view::npos;  // most sentences: one lookup
  const char* after = text.data() + w + letters;
  if (kind == 1) {
    if (letters != 3 || ascii_lower(text[w + 1]) != 'o' || ascii_lower(text[w + 2]) != 'n') return w;
    const std::string_view rest(after, static_cast<std::size_t>(text_end - after));  // "Don't", "Don’t"
    return rest.starts_with("'t") || rest.starts_with("\xE2\x80\x99t") ? w : std::string_view::npos;
  }
  if (after == text_end || *after != ' ') return std::string_view::npos;
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  const std::string_view next = lower_word_at(after + 1, text_end, buffer, ignored);
  if (kind == 2) return next == "sure" || next == "up" || next == "us" ? w : std::string_view::npos;
  return one_of(next, {"us", "your", "the", "a",      "an",    "our",  "this", "by", "on",     "for", "to",
                       "in", "at",   "now", "online", "early", "them", "me",   "it", "before", "back"})
             ? w
             : std::string_view::npos;
}

}  // namespace

std::size_t relative_clause_opening(std::string_view text, std::size_t begin) {
  constexpr std::size_t window = 80;
  const std::size_t lowest = begin > window ? begin - window : 0;
  for (std::size_t i = begin; i > lowest; --i) {
    const char c = text[i - 1];
    if (c == '.' || c == ';' || c == '\n' || c == '(' || c == ')' || c == '"') return std::string_view::npos;
    if (c != ',' || (i >= 2 && is_digit(text[i - 2]) && i < text.size() && is_digit(text[i]))) continue;
    std::size_t w = i;
    while (w < begin && text[w] == ' ') ++w;
    const auto is_word = [&](std::string_view word) {
      return text.substr(w, word.size()) == word && w + word.size() < text.size() && !is_letter(text[w + word.size()]);
    };
    return is_word("who") || is_word("which") || is_word("whose") ? i - 1 : std::string_view::npos;
  }
  return std::string_view::npos;
}

namespace {

// Where the clause holding `begin` opens with a relative pronoun or "that" ("the bridge that is due
// to reopen in October", "Shoppers who can wait until Friday", "the road, which can stay closed
// until Friday", "the man who was arrested on Friday"): the opener's start, at most ten words back
// with no punctuation between but blanks, hyphens, apostrophes and figures; npos when there is none.
// A verb between the opener and `begin` is the clause's own, and its tense the expression's.
// "that" after a preposition ("after that", "for that") or before a unit ("that day") opens no clause.
// `cue`: where the verb asked about starts; the opener is before it.
// Out of line: asked only where a cue on the other side would decide (speed).
[[gnu::noinline]] std::size_t subordinate_clause_opening(std::string_view text, std::size_t begin, std::size_t cue) {
  // Most expressions have no opener near before their verb (speed): ten words end within 100 bytes,
  // and each opener has an "h" after a "w" or before "at".
  const char* const base = text.data();
  const char* h = base + (begin > 100 ? begin - 100 : 0);
  if (h >= base + cue) return std::string_view::npos;
  for (;; ++h) {
    h = static_cast<const char*>(std::memchr(h, 'h', static_cast<std::size_t>(base + cue - h)));
    if (h == nullptr) return std::string_view::npos;
    if (h > base && (h[-1] | 0x20) == 'w') break;
    if (h + 2 < base + cue && h[1] == 'a' && h[2] == 't') break;
  }
  std::array<char, 16> buffer{};
  const char* p = base + begin;
  for (int words = 0; words < 10; ++words) {
    while (p > base && !is_letter(p[-1])) {
      const char c = p[-1];
      if (c != ' ' && c != '-' && c != '\'' && !is_digit(c)) return std::string_view::npos;
      --p;
    }
    if (p == base) return std::string_view::npos;
    const char* const word_end = p;
    while (p > base && is_letter(p[-1])) --p;
    if (word_end - p > 5 || word_end - p < 3) continue;  // the openers have three to five letters
    const char* ignored = word_end;
    const std::string_view word = lower_word_at(p, word_end, buffer, ignored);
    if (one_of(word, {"who", "which", "where", "whom", "whose"})) return static_cast<std::size_t>(p - base);
    if (word == "that") {
      if (word_end >= base + begin) return std::string_view::npos;
      const char* after = word_end;
      const std::string_view next = lower_word_at(word_end + 1, base + begin, buffer, after);
      if (one_of(next, {"day", "week", "month", "year", "morning", "night", "time", "weekend"}))
        return std::string_view::npos;
      const char* ignored_start = p;
      const std::string_view lead = lower_word_before(base, p, buffer, ignored_start);
      return one_of(lead, {"after", "before", "for", "of", "like", "than", "with", "at", "by", "on", "in", "from"})
                 ? std::string_view::npos
                 : static_cast<std::size_t>(p - base);
    }
  }
  return std::string_view::npos;
}

// Whether another half of the year is said within 160 bytes of "H1" or "H2" at text[begin, end), in
// its sentence: "first half", "second-half", "back half" ("First-half profit rose 5 percent, and the
// company expects H2 to be stronger"), or "H1", "H2" as a word. "half a percentage point" names
// none, and neither does "H2O" or "H1-B". (Only for "H1" and "H2" alone: rare.)
[[gnu::noinline]] bool half_of_the_year_beside(std::string_view text, std::size_t begin, std::size_t end) {
  const auto sentence_end = [&](std::size_t k) {
    return text[k] == '!' || text[k] == '?' || text[k] == '\n' ||
           (text[k] == '.' && (k + 1 == text.size() || text[k + 1] == ' '));
  };
  const auto ends_with_folded = [&](std::size_t k, std::string_view word) {
    if (k < word.size()) return false;
    for (std::size_t j = 0; j < word.size(); ++j)
      if ((text[k - word.size() + j] | 0x20) != word[j]) return false;
    return k == word.size() || !is_letter(text[k - word.size() - 1]);
  };
  const auto half_at = [&](std::size_t k) {
    if (k + 4 <= text.size() && (text[k] == 'h' || text[k] == 'H') && text.compare(k + 1, 3, "alf") == 0 &&
        (k + 4 == text.size() || !is_letter(text[k + 4])) && k > 0 && (text[k - 1] == ' ' || text[k - 1] == '-'))
      return ends_with_folded(k - 1, "first") || ends_with_folded(k - 1, "second") || ends_with_folded(k - 1, "back") ||
             ends_with_folded(k - 1, "latter");
    return text[k] == 'H' && k + 2 <= text.size() && (text[k + 1] == '1' || text[k + 1] == '2') &&
           (k == 0 || !(is_letter(text[k - 1]) || is_digit(text[k - 1]))) &&
           (k + 2 == text.size() || !(is_letter(text[k + 2]) || is_digit(text[k + 2]) || text[k + 2] == '-'));
  };
  for (std::size_t k = begin, n = 0; k > 0 && n < 160; ++n) {
    --k;
    if (sentence_end(k)) break;
    if (half_at(k)) return true;
  }
  for (std::size_t k = end, n = 0; k < text.size() && n < 160; ++k, ++n) {
    if (sentence_end(k)) break;
    if (half_at(k)) return true;
  }
  return false;
}

// Whether the quarters at text[begin, end), before " of", are counted at a year's start or end:
// "the first three quarters of the year", "the last three quarters of 2013", "the first three
// quarters of fiscal 2014" (a length with its range, as "the first nine months of 1997"); "the first
// three quarters of the budget" is a fraction.
bool quarters_at_a_years_edge(std::string_view text, std::size_t begin, std::size_t end) {
  if (end - begin <= 10 ||
      !(spells_phrase(text, begin, begin + 10, "the first ") || spells_phrase(text, begin, begin + 9, "the last ") ||
        spells_phrase(text, begin, begin + 10, "the final ")) ||
      end + 4 > text.size())
    return false;
  const std::string_view after = text.substr(end + 4, 12);
  return (!after.empty() && is_digit(after[0])) || after.starts_with("the year") || after.starts_with("this year") ||
         after.starts_with("last year") || after.starts_with("next year") || after.starts_with("fiscal") ||
         after.starts_with("FY") || after.starts_with("the fiscal") || after.starts_with("the financial");
}

// The bytes at which the loops of clause_tense may find the end of a clause: sentence
// punctuation, ';', a line break, the bytes of a quotation mark (is_quote_mark_at). A letter or
// any other byte never ends one, so the loops test the conditions only at these (speed: most
// bytes are blanks and letters). Keep in step with the loops' break conditions.
constexpr auto may_end_clause = [] {
  std::array<bool, 256> bytes{};
  for (const char c : std::string_view(".!?;\n\"`'\xE2\x80\x9C\x9D")) bytes[static_cast<unsigned char>(c)] = true;
  return bytes;
}();

}  // namespace

// A verb of change or a direction ("rose", "fell", "cut", "up"): numbers after it and "from" are
// amounts ("rose from 3 to 4 on Monday"). A stem takes -s, -e, -es, -ed, -ing, and a doubled last
// letter before -ed and -ing ("dropped"); irregular forms are listed whole.
bool changes_an_amount(std::string_view w) {
  static constexpr std::string_view whole[] = {
      // Words read back from "from" (word_before), which no rule matches: not grammar words.
      "rise",    "rises",  "rose",    "risen",     "rising",  "fall",  "falls",    "fell", "fallen",  "falling",
      "grow",    "grows",  "grew",    "grown",     "growing", "lose",  "loses",    "lost", "losing",  "shrink",
      "shrinks", "shrank", "shrunk",  "shrinking", "sink",    "sinks", "sank",     "sunk", "sinking", "slide",
      "slides",  "slid",   "sliding", "swing",     "swings",  "swung", "swinging", "cut",  "cuts",    "cutting",
      "up",      "down",   "went",    "go",        "goes",    "going"};
  static constexpr std::string_view stems[] = {
      // As above.
      "climb", "jump", "gain",  "soar",   "boost",  "expand",  "widen",   "narrow", "lower", "rebound", "recover",
      "slump", "lift", "slash", "worsen", "advanc", "increas", "decreas", "declin", "plung", "surg",    "rais",
      "reduc", "edg",  "tumbl", "hik",    "doubl",  "tripl",   "improv",  "drop",   "slip",  "dip",     "trim"};
  for (const std::string_view form : whole)
    if (w == form) return true;
  for (const std::string_view stem : stems) {
    if (w.size() < stem.size() || w.substr(0, stem.size()) != stem) continue;
    std::string_view rest = w.substr(stem.size());
    if (rest.size() >= 3 && rest[0] == stem.back()) rest.remove_prefix(1);
    for (const std::string_view ending : {"", "s", "e", "es", "ed", "ing"})
      if (rest == ending) return true;
  }
  return false;
}

// Whether the reporting verb text[from, to) after the comma at `comma` attributes the sentence:
// the verb right after the comma (", said the minister") or closing its clause (", a spokesperson
// said." / ", analysts said, adding ..." / ", officials said on Friday"), not a report the clause
// goes on with ("..., the company said it would").
bool is_attribution(std::string_view text, std::size_t comma, std::size_t from, std::size_t to) {
  const std::string_view word = text.substr(from, to - from);
  // Saying, or conceding or arguing what the clause holds ("The April deadline was never realistic,
  // officials admitted").
  if (!one_of(word, {"said",     "says",     "say",          "told",      "added",   "admitted", "admits",
                     "conceded", "concedes", "acknowledged", "argued",    "argues",  "insisted", "noted",
                     "warned",   "warns",    "complained",   "cautioned", "claimed", "explained"}))
    return false;
  std::size_t before = from;
  while (before > comma + 1 && text[before - 1] == ' ') --before;
  if (before == comma + 1) return word != "told";  // ", told reporters" has no subject: not one
  std::size_t after = to;
  while (after < text.size() && text[after] == ' ') ++after;
  if (after == text.size() || text[after] == '.' || text[after] == ',' || text[after] == ';' || text[after] == '!' ||
      text[after] == '?' || is_quote_mark_at(text, after))
    return true;
  // Its own date: ", officials said on Friday", ", the ministry said Tuesday".
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  const std::string_view next = lower_word_at(text.data() + after, text.data() + text.size(), buffer, ignored);
  return one_of(next, {"on", "late", "earlier", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
                       "friday", "saturday", "sunday"});
}

// Whether the verb of saying at text[from, to) stands with its subject between two commas, a
// parenthetical that does not tell the sentence's tense: "In May, he said, the office will hire
// staff", "The plant will reopen, the minister said, in January" (the hiring's and the reopening's
// future). The subject at most four words after the first comma; a comma right after the verb.
bool parenthetical_attribution(std::string_view text, std::size_t from, std::size_t to) {
  if (to >= text.size() || text[to] != ',' ||
      !one_of(text.substr(from, to - from), {"said", "says", "say", "added", "adds", "insisted", "argued", "noted"}))
    return false;
  std::size_t i = from;
  for (int words = 0; words < 5; ++words) {
    while (i > 0 && text[i - 1] == ' ') --i;
    if (i == 0) return false;
    if (text[i - 1] == ',') return words > 0;
    const std::size_t word_end = i;
    while (i > 0 && (is_letter(text[i - 1]) || text[i - 1] == '\'' || text[i - 1] == '-')) --i;
    if (i == word_end) return false;
  }
  return false;
}

// Whether the clause of the expression ending at `end` closes with the sentence's attribution
// (", officials said.", ", said the minister"): its comma at most 48 bytes on with no other mark
// before it, the reporting verb within four words after it (is_attribution). Bounded.
bool attributed_after(std::string_view text, std::size_t end) {
  const std::size_t limit = std::min(text.size(), end + 48);
  std::size_t comma = end;
  for (; comma < limit && text[comma] != ','; ++comma) {
    const char c = text[comma];
    if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '(' || c == ')') return false;
  }
  if (comma >= limit) return false;
  std::size_t i = comma + 1;
  for (int words = 0; words < 4; ++words) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t stop = i;
    while (stop < text.size() && is_letter(text[stop])) ++stop;
    if (stop == i) return false;
    if (is_attribution(text, comma, i, stop)) return true;
    i = stop;
  }
  return false;
}

namespace {

// Whether "will", "shall" or "'ll" starts at text[at] before a base verb of its own, past adverbs of
// the verb group: "will hire", "will soon hire", "will not hire"; not "will be", "will have".
bool plain_will_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const char* const text_end = text.data() + text.size();
  std::array<char, 16> buffer{};
  const char* p = text.data() + at;
  if (!one_of(lower_word_at(p, text_end, buffer, p), {"will", "shall", "ll"})) return false;
  for (int words = 0; words < 4; ++words) {
    if (p == text_end || *p != ' ') return false;
    const std::string_view word = lower_word_at(p + 1, text_end, buffer, p);
    if (word.empty()) return false;
    if (!is_verb_group_adverb(word)) return !one_of(word, {"be", "have", "been"});
  }
  return false;
}

}  // namespace

// Whether the expression at `begin` opens its sentence, alone or after one short word ("On
// Friday, the company said ...": the clause after the comma is the one it dates).
bool opens_sentence(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  while (i > 0 && text[i - 1] == ' ') --i;
  std::size_t w = i;
  while (w > 0 && is_letter(text[w - 1])) --w;
  if (w < i && i - w <= 6) {
    i = w;
    while (i > 0 && text[i - 1] == ' ') --i;
  }
  return i == 0 || text[i - 1] == '\n' || text[i - 1] == '.' || text[i - 1] == '"' || is_quote_mark_at(text, i - 1);
}

namespace {

// Where the verb after a plan said in the present starts, when the future cue at text[cue, stop)
// is one: "are set to", "is due to", "is expected to", "are scheduled to", "is to", "plans to",
// "aims to", "expects to", "hopes to" (not "were set to", a plan told as past; not "expects
// inflation to have peaked", someone else's act). Or where the date of a schedule said in the
// present starts: "is scheduled for", "are set for". npos otherwise.
std::size_t plan_in_present_to(std::string_view text, std::size_t cue, std::size_t stop, std::size_t begin) {
  const char* const base = text.data();
  const char* const end = base + begin;
  const ShortWord verb(base + cue, stop - cue);
  std::array<char, 16> buffer{};
  const char* after = base + stop;
  int reach = 3;  // words up to the plan's "to"
  if (one_of(verb, {"is", "are"})) {
    // A prediction of the act as a plan is: "Inflation is likely to ease in October", "is on track
    // to finish in June" (the "to" below).
    if (!starts_plan(after, end) && !predicts_ahead(after, end)) return std::string_view::npos;
  } else if (one_of(verb, {"set", "scheduled", "going", "planning", "slated", "poised", "planned"})) {
    const char* ignored = base + cue;
    if (!one_of(lower_word_before(base, base + cue, buffer, ignored), {"is", "are"})) return std::string_view::npos;
    const char* next = after;
    if (after < end && *after == ' ' && lower_word_at(after + 1, end, buffer, next) == "for" &&
        one_of(verb, {"set", "scheduled", "slated", "planned"}))
      return static_cast<std::size_t>(next - base);
  } else if (one_of(verb, {"expects", "hopes", "seeks"})) {
    reach = 1;
  } else if (!one_of(verb, {"plans", "aims", "intends"})) {
    return std::string_view::npos;
  }
  // The plan's "to", at most two words on ("are set to", "is still due to").
  for (int words = 0; words < reach && after < end && *after == ' '; ++words) {
    const char* next = after;
    if (lower_word_at(after + 1, end, buffer, next) == "to") return static_cast<std::size_t>(next - base);
    after = next;
  }
  return std::string_view::npos;
}

// Whether `word` names something that happens rather than is arranged: a bare date after it is
// when it happened ("will investigate the crash Feb. 3", "will honor the victims of the attack
// Jan. 8"), not when a future act is done.
bool names_incident(std::string_view word) {
  static constexpr std::string_view incidents[] = {
      "attack", "attacks", "crash",  "shooting", "shootings",  "bombing",  "explosion", "blast",    "fire",
      "fires",  "storm",   "flood",  "floods",   "earthquake", "quake",    "killing",   "killings", "murder",
      "death",  "deaths",  "arrest", "raid",     "incident",   "accident", "collapse",  "outage",   "leak",
      "breach", "hack",    "riot",   "riots",    "derailment", "spill",    "massacre"};
  return in_list<incidents>(word);
}

// Events arranged ahead of their day (possessive_weekday_tense, reported_state_of_arranged).
constexpr std::string_view arranged_event_nouns[] = {
    "vote", "election", "runoff", "referendum", "ballot", "primary", "final", "semifinal", "match", "game", "race",
    "rally", "protest", "march", "strike", "meeting", "summit", "talks", "debate", "hearing", "trial", "deadline",
    "ceremony", "parade", "concert", "launch",
    // A fixture, a show or an occasion of state: "Sunday's derby", "Saturday's showdown", "Friday's premiere".
    "derby", "showdown", "fixture", "quarterfinal", "playoff", "opener", "tournament", "fight", "bout", "premiere",
    "festival", "gala", "recital", "conference", "inauguration", "caucus", "wedding", "funeral",
    // A release, a show, a broadcast or a party: "the Christmas Day release", "its New Year's Eve special".
    "release", "show", "special", "screening", "party"};

// Events that take place in the year a year before them names, beyond the arranged events and the
// incidents (arranged_event_nouns, names_incident): "the 2011 census", "the 1953
// expedition", "the 2021 season" happened in that year. Not the documents, plans and figures a year
// is the subject of, which come out before or after it ("the 2019 annual report" is published in
// 2020, "the 2026 budget" approved in 2025, "the 2030 targets"). Singular; a plural in -s is read
// as its singular (year_event_noun).
constexpr std::string_view events_of_their_year[] = {
    "census",      "marathon",     "expedition", "congress",   "convention", "season",   "olympics", "games",
    "cup",         "championship", "series",     "open",       "war",        "campaign", "tour",     "fair",
    "expo",        "exhibition",   "uprising",   "revolution", "invasion",   "coup",     "heatwave", "drought",
    "eclipse",     "regatta",      "prix",       "contest",    "poll",       "assembly", "crisis",   "pandemic",
    "epidemic",    "outbreak",     "hurricane",  "typhoon",    "cyclone",    "wildfire", "blackout", "siege",
    "offensive",   "mission",      "voyage",     "trip",       "visit",      "walkout",  "lockout",  "boycott",
    "celebration", "jubilee",      "event"};

// What an event turned out to be, said only once it is over: the noun after "a" or "an" ("was a
// success", "a failure") or the adjective of a past copula's judgment ("was successful", "was
// inconclusive") (reported_state_of_arranged). Not what it is to be ("was important", "was a
// priority", "was likely").
constexpr std::string_view outcome_words[] = {
    "success",        "failure",      "disaster",      "fiasco",       "triumph",  "flop",         "letdown",
    "disappointment", "washout",      "shambles",      "farce",        "sellout",  "breakthrough", "setback",
    "successful",     "unsuccessful", "disappointing", "inconclusive", "fruitful", "unproductive", "productive",
    "disastrous",     "chaotic",      "uneventful",    "peaceful",     "orderly",  "smooth",       "memorable"};

// The tense a weekday's possessive takes from the noun it owns, or unknown when the clause decides
// ("Tuesday's vote was", "Monday's meeting will decide"). What exists only once done is past:
// "would look for ways to get around Wednesday's ruling", "will appeal Thursday's decision", "are
// investigating Sunday's shooting"; not as the subject of its own verb ("Saturday's storm will
// bring rain"). What a clause waits for lies ahead: "Ahead of Saturday's election", "pending
// Friday's ruling", "Investors await Friday's report". What is arranged, after a preposition (not
// the subject), is `future`, which a clause in the present takes: "Fans are preparing for Saturday's
// final", "Polls show a close race before Sunday's vote" (clause_tense).
std::size_t relative_clause_after_event(std::string_view text, std::size_t comma, bool& done);  // below

// Whether the preposition `lead`, starting at `p`, follows a verb of readying or eager waiting:
// "looking forward to", "counting down to", "gearing up for", "preparing for", "bracing for".
bool readies_for(const char* first, const char* p, std::string_view lead) {
  if (lead != "to" && lead != "for") return false;
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  const std::string_view verb = lower_word_before(first, p, buffer, ignored);
  return lead == "to" ? one_of(verb, {"forward", "down"})
                      : one_of(verb, {"up", "preparing", "prepare", "prepares", "bracing", "brace", "braces", "ready",
                                      "readying", "readies"});
}

// Whether the weekday at `begin` after "on" dates an arranged event readied for: "Both teams are
// preparing for the match on Sunday", "Fans are looking forward to the final on Saturday" (the
// event's noun after a determiner, maybe one word describing it, after readies_for).
bool dates_event_readied_for(std::string_view text, std::size_t begin) {
  const char* const first = text.data();
  std::array<char, 16> buffer{};
  const char* day_end = first + begin;
  if (!in_list<weekday_words>(lower_word_at(first + begin, first + text.size(), buffer, day_end))) return false;
  const char* p = first + begin;
  if (lower_word_before(first, p, buffer, p) != "on") return false;
  if (!in_list<arranged_event_nouns>(lower_word_before(first, p, buffer, p))) return false;
  for (int words = 0; words < 2; ++words) {
    const std::string_view word = lower_word_before(first, p, buffer, p);
    if (is_definite_determiner(word)) {
      const char* q = p;
      std::array<char, 16> lead_buffer{};
      const std::string_view lead = lower_word_before(first, q, lead_buffer, q);
      return readies_for(first, q, lead);
    }
    if (word.empty() || word == "to" || word == "for") return false;
  }
  return false;
}

Tense possessive_weekday_tense(std::string_view text, std::size_t begin, std::size_t end) {
  static constexpr std::string_view results[] = {
      "ruling",  "rulings",  "decision", "verdict", "report",  "announcement", "statement",
      "remarks", "comments", "speech",   "defeat",  "victory", "win",          "loss",
      "losses",  "gains",    "drop",     "plunge",  "surge",   "selloff",      "resignation"};
  const char* const first = text.data();
  const char* const text_end = first + text.size();
  // The possessive first: most expressions have none (speed).
  if (end >= text.size() || (text[end] != '\'' && text[end] != '\xE2')) return Tense::unknown;
  std::size_t noun = end;
  if (text.substr(end, 3) == "'s ")
    noun = end + 3;
  else if (text.substr(end, 5) == "\xE2\x80\x99s ")
    noun = end + 5;
  else
    return Tense::unknown;
  std::array<char, 16> buffer{};
  const char* day_end = first + begin;
  if (!in_list<weekday_words>(lower_word_at(first + begin, first + end, buffer, day_end)) || day_end != first + end)
    return Tense::unknown;
  const char* p = first + begin;
  const std::string_view lead = lower_word_before(first, p, buffer, p);
  if (one_of(lead, {"pending", "awaiting", "await", "awaits"}) ||
      (lead == "of" && lower_word_before(first, p, buffer, p) == "ahead"))
    return Tense::event_future;
  // A reaction to what happened owns its day's past whatever it names: "Police are investigating
  // Sunday's clash", "Officials are probing Tuesday's brawl", "The city mourns Saturday's victims",
  // "are still assessing the damage from Sunday's clashes", "in the wake of Friday's protest"; not
  // what is planned ("condemn Sunday's planned execution") nor a preparation ("Police are preparing
  // for Sunday's march").
  static constexpr std::string_view reaction_verbs[] = {
      "investigate", "investigates", "investigating", "probe",   "probes",   "probing",
      "mourn",       "mourns",       "mourning",      "condemn", "condemns", "condemning",
      "denounce",    "denounces",    "denouncing",    "deplore", "deplores", "deploring"};
  // A verb of study is said as often of what is to come ("Ministers are reviewing Friday's budget",
  // "Analysts are examining Friday's jobs report"): it owns the past only of an incident, its victims
  // or what it left ("Investigators are reviewing Sunday's collision", "are assessing Sunday's damage").
  static constexpr std::string_view study_verbs[] = {
      "review",     "reviews",     "reviewing",    "assess",     "assesses",    "assessing",
      "examine",    "examines",    "examining",    "analyse",    "analyses",    "analysing",
      "analyze",    "analyzes",    "analyzing",    "study",      "studies",     "studying",
      "scrutinise", "scrutinises", "scrutinising", "scrutinize", "scrutinizes", "scrutinizing"};
  static constexpr std::string_view studied_incidents[] = {
      "clash",   "clashes",    "collision", "collisions", "brawl",     "crackdown", "violence", "unrest",
      "victims", "casualties", "stampede",  "damage",     "aftermath", "fallout",   "toll"};
  // What is left after it: "the damage from", "recovering from", "the aftermath of", "the wake of".
  static constexpr std::string_view reaction_sources[] = {"damage",  "recovering", "recover", "recovers", "reeling",
                                                          "fallout", "aftermath",  "wake",    "toll",     "cleanup"};
  bool reaction = in_list<reaction_verbs>(lead);
  const bool study = in_list<study_verbs>(lead);
  if (lead == "from" || lead == "of") {
    std::array<char, 16> source_buffer{};
    const char* ignored = nullptr;
    reaction = in_list<reaction_sources>(lower_word_before(first, p, source_buffer, ignored));
  }
  // What a clause readies for or waits eagerly for lies ahead, whatever it names, when the clause
  // is in the present: "Fans are looking forward to Sunday's clash", "The city is counting down to
  // Saturday's parade", "Retailers are gearing up for Friday's sales", "Residents are bracing for
  // Thursday's storm" (`future`: "Fans looked forward to Sunday's clash" keeps its past).
  if (readies_for(first, p, lead)) return Tense::future;
  // The noun, maybe after one word describing it ("Wednesday's landmark ruling", "Friday's deadly attack").
  const bool after_preposition = lead == "for" || lead == "before";
  const char* noun_end = first + noun;
  bool done = false;
  for (int words = 0; words < 2 && !done; ++words) {
    const char* word = noun_end;
    while (word < text_end && *word == ' ') ++word;
    const std::string_view owned = lower_word_at(word, text_end, buffer, noun_end);
    if (owned.empty()) return Tense::unknown;
    if (after_preposition && in_list<arranged_event_nouns>(owned)) return Tense::future;
    if ((reaction || study) &&
        one_of(owned, {"planned", "scheduled", "upcoming", "proposed", "expected", "forthcoming"}))
      return Tense::unknown;
    done = reaction || names_incident(owned) || in_list<results>(owned) || (study && in_list<studied_incidents>(owned));
    // An arranged event whose relative clause tells it done, by a past of its own: "Saturday's game,
    // which the Eagles won, puts them top", "Sunday's vote, which the government lost, sets up a
    // contest" (not its arranging: "Sunday's final, which sold out within hours, features ...").
    if (!done && in_list<arranged_event_nouns>(owned) && noun_end < text_end && *noun_end == ',') {
      bool told_done = false;
      if (relative_clause_after_event(text, static_cast<std::size_t>(noun_end - first), told_done) !=
              std::string_view::npos &&
          told_done)
        return Tense::event_past;
    }
  }
  if (!done) return Tense::unknown;
  // The noun as a subject: its verb follows ("Friday's attack killed 12", "Saturday's storm will").
  const char* verb = noun_end;
  while (verb < text_end && *verb == ' ') ++verb;
  const char* verb_end = verb;
  const std::string_view next = lower_word_at(verb, text_end, buffer, verb_end);
  if (is_auxiliary(next)) return Tense::unknown;
  return Tense::event_past;
}

// Whether the cue word starting at text[cue] is the verb of the event the expression at `begin`
// dates ("The plant closed in December", "were arrested on February 2", "will open in January"),
// so that its tense places the date: the verb at most a few words before, in the same phrase (no
// comma; no "to" or "that" opening another verb: "has decided to admit ... in early March" dates
// the admitting, "said that talks would resume in December" the talks; nor "and" or "but" joining
// another verb: "was signed and takes effect on Monday"; nor a month or a weekday dating the verb
// already: "was approved in March takes effect in January"), a verb of doing (not a
// report: "said", "told"; for the future "will", "shall", "'ll" or a plan said in the present,
// plan_in_present_to), and the expression bounded by "in", "on", "at", "during", "from" or nothing
// (for the future more, below). A deadline ("by",
// "until", "extended to Nov. 20", "payable Dec. 15", "were due at 5 p.m. Nov. 9") may lie ahead
// of a past act.
// "that" and one word right after the verb are a noun phrase, its object, when the expression after
// its preposition ends the clause (`end`, when known): "Investors welcomed that cut in January."; a
// clause "that" opens would have its verb after it ("warned that growth in January could slow").
bool dates_own_event(std::string_view text, std::size_t cue, std::size_t begin, const ShortWord& before, Tense tense,
                     std::size_t end = std::string_view::npos) {
  constexpr std::size_t reach = 40;  // bytes from the verb to the expression: about four words
  std::size_t stop = cue;
  while (stop < begin && is_letter(text[stop])) ++stop;
  if (stop == cue) return false;
  const std::size_t cue_end = stop;
  const ShortWord verb(text.data() + cue, stop - cue);
  // The "would" of a main clause after a condition is its act's future, as "will" is ("If prices
  // keep rising, the bank would raise rates in March"); a reported one is not.
  // So is a modal before a base verb (the cue is Cue::modal only then, modal_looks_ahead): "Prices
  // could fall in October", "The bank may raise rates in October", "should publish its rules in
  // October" point ahead as "will" does ("could have fallen" is a past, "could not" none). Not in a
  // report whose telling the sentence dates, ahead of that time ("In September the bank said rates
  // could rise in October": reports_intention's telling_dated).
  // (Not "will" and "shall", the plain future, nor "would", a future only after a condition: below.)
  const bool modal = tense == Tense::future && is_modal(verb) && !one_of(verb, {"will", "shall", "would"});
  if (modal && in_reported_clause(text.data(), text.data() + cue) && telling_dated(text.data(), text.data() + cue))
    return false;
  const bool will_verb = one_of(verb, {"will", "shall", "ll", "won", "wo"}) ||
                         (verb == "would" && after_condition(text.data(), text.data() + cue)) || modal;
  if (tense == Tense::future && !will_verb) {
    // A plan said in the present ("Elections are set to take place in October", "is due to open
    // in October", "plans to hold talks in October"): the planned act is the event, and lies ahead
    // of the saying, even when the month just past is nearer. Its verb follows the plan's "to".
    const std::size_t to = plan_in_present_to(text, cue, stop, begin);
    if (to == std::string_view::npos) return false;
    stop = to;
  } else if (tense != Tense::future && one_of(verb, {"said", "told", "ago", "yesterday", "last", "earlier"})) {
    return false;
  }
  if (begin - stop > reach) return false;
  const std::string_view between = text.substr(stop, begin - stop);
  // What a future act is timed by lies ahead of the saying too when, as news writes it, the date
  // follows the verb or its object alone ("will retire Dec. 31", "is due to publish its ruling Jan.
  // 20", "will hold its annual meeting Nov. 20"); not when it names a thing ("will review the Dec. 3
  // vote", "the company's", "results for the quarter ended Dec. 31", "the anniversary of Dec. 7", an
  // incident's: "will investigate the crash Feb. 3").
  // After "will" a bound does too ("will lift the cap by Dec. 31", "will run until Jan. 31"); after
  // a plan a deadline may be the one just past ("is due to be delivered by October").
  const bool future = tense == Tense::future;
  const bool will = future && stop == cue_end;
  // A past act told after a date ("happened shortly after 2 a.m. on March 3", "was lifted after
  // Oct. 1") follows it: the date lies behind the saying too, however near ahead the next one is.
  const bool past_after = tense == Tense::past && before == "after";
  const bool by_preposition = before.empty() || one_of(before, {"in", "on", "at", "during", "from"}) ||
                              (will && one_of(before, {"by", "until", "till", "before", "after", "through"})) ||
                              past_after;
  const bool bare = !by_preposition && future && (!is_date_context_word(before) || one_of(before, {"end", "start"})) &&
                    !is_definite_determiner(before) &&
                    !one_of(before, {"a", "an", "s", "ending", "ends", "was", "were"}) && !names_incident(before);
  const bool bounded = by_preposition || bare;
  if (!bounded && between.find_first_not_of(' ') != std::string_view::npos) return false;
  if (between.find_first_of(",;:()\"") != std::string_view::npos) return false;
  // The determiner "that": " that cut in " between, the clause ending after the expression.
  const bool that_determiner = [&] {
    if (end >= text.size() || !between.starts_with(" that ") || before.empty()) return false;
    std::size_t next = end;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next < text.size() && text[next] != '.' && text[next] != ',' && text[next] != ';' && text[next] != '!' &&
        text[next] != '?')
      return false;
    // Three words: "that", the noun, the preposition.
    int words = 0;
    for (std::size_t k = 0; k < between.size(); ++k)
      if (between[k] != ' ' && (k == 0 || between[k - 1] == ' ')) ++words;
    return words == 3 && !between.ends_with(" that ");
  }();
  std::string_view previous;
  for (std::size_t i = 0; i < between.size();) {
    if (!is_letter(between[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < between.size() && is_letter(between[j])) ++j;
    // Before a bare date or a bound, a participle not in the act's passive ("will be sentenced Jan.
    // 12") may be another act's, whose date it is ("will face charges filed Jan. 3", "will vote on
    // the bill passed by the House Jan. 20", "will apply to contracts signed after Jan. 1").
    if ((bare || (will && !one_of(before, {"in", "on", "at", "during", "from"}))) && j - i >= 5 &&
        between.substr(j - 2, 2) == "ed" && !one_of(previous, {"be", "been"}))
      return false;
    // Mid-sentence, these words are written in lower case: compared as written. A deadline
    // ("by", "due") may lie ahead of a past act; ahead of a future one it lies ahead anyway.
    const std::string_view word = between.substr(i, j - i);
    // "to" before a noun phrase is a place ("will return to the court in August"), not another verb.
    std::size_t next = j;
    while (next < between.size() && between[next] == ' ') ++next;
    std::size_t next_end = next;
    while (next_end < between.size() && is_letter(between[next_end])) ++next_end;
    const std::string_view next_word = between.substr(next, next_end - next);
    const bool to_place =
        word == "to" && next_end > next &&
        (is_upper(between[next]) || is_definite_determiner(next_word) || one_of(next_word, {"a", "an"}));
    // The bound itself, the last word, is the preposition (past_after).
    const bool the_bound = past_after && next_end == next;
    // A month or a weekday between, after "in" or "on", is the verb's own date; the expression after
    // it dates another verb ("The plan that was approved in March takes effect in January"). (The
    // capital and the preposition are asked before the lists: speed.)
    if (is_upper(word[0]) && word.size() >= 3 && (previous == "in" || previous == "on")) {
      std::array<char, 16> buffer{};
      const char* ignored = nullptr;
      const std::string_view lower = lower_word_at(between.data() + i, between.data() + j, buffer, ignored);
      if (in_list<month_words>(lower) || in_list<weekday_words>(lower)) return false;
    }
    // An "after" before the bound's own preposition times the act by another event, which the
    // expression dates: "will fall further after the drop in October", "could rebound after falling
    // in October" (the drop may be past); "will resume after October" is the bound itself.
    if ((one_of(word, {"to", "that", "since", "and", "but", "ended", "ending"}) && !to_place &&
         !(that_determiner && i == 1)) ||
        (word == "after" && next_end > next) ||
        (!will && !the_bound && one_of(word, {"until", "by", "before", "after", "due", "payable", "expected"})))
      return false;
    previous = word;
    i = j;
  }
  return true;
}

Tense tense_of_verbs(std::string_view text, std::size_t begin, std::size_t end, const ShortWord& before);

// Whether a negated verb of expecting comes at most five words before the "before" or "until"
// right before `begin`: "did not expect a decision before March", "don't anticipate a cut until
// June". What is not expected before a date is expected from it on: the date lies ahead of the
// expecting, however past that is. ("did not see the doctor until June" tells a past: no "see".)
// So does what cannot happen before a date, said in the present: "Construction cannot start before
// March", "Work can't begin until June", "can not resume before Friday" ("could not begin before
// March" tells a past).
bool negated_expectation_before(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  lower_word_before(text.data(), p, buffer, p);  // "before" itself
  for (int words = 0; words < 5; ++words) {
    const std::string_view word = lower_word_before(text.data(), p, buffer, p);
    if (word.empty()) return false;
    if (word == "cannot") return true;
    if (word == "not" || word == "t") {
      // "can't": the word before the apostrophe (one byte, or three for a curly one).
      const char* can = p;
      if (word == "t" && can - text.data() >= 1 && can[-1] == '\'') --can;
      if (word == "t" && can - text.data() >= 3 && std::string_view(can - 3, 3) == "\xE2\x80\x99") can -= 3;
      const char* ignored = can;
      if (lower_word_before(text.data(), can, buffer, ignored) == "can") return true;
    }
    if (one_of(word, {"expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated"})) {
      const char* ignored = p;
      return one_of(lower_word_before(text.data(), p, buffer, ignored), {"not", "t", "never"});
    }
  }
  return false;
}

// Whether the "by" right before `begin` ends a present state reached by then, a sum-up of what is
// past: "Shares are up 5% by Friday", "Oil is down 3 percent by Thursday", "The strike is over by
// Monday" ("is" or "are", the state, maybe its amount). Not a plan or a duty ("are due by Friday",
// "are expected to rise by Friday"), which look ahead.
bool state_reached_by(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* const first = text.data();
  const char* p = first + begin;
  if (lower_word_before(first, p, buffer, p) != "by") return false;
  std::string_view word;
  // The amount: at most two tokens with a digit ("5%", "$2", "3 percent", "10 points").
  for (int token = 0; token < 3; ++token) {
    while (p > first && p[-1] == ' ') --p;
    const char* token_start = p;
    bool digit = false;
    while (token_start > first && token_start[-1] != ' ' && p - token_start < 16)
      if (is_digit(*--token_start)) digit = true;
    word = lower_word_before(first, p, buffer, p);
    if (digit) {
      p = token_start;
      continue;
    }
    if (!one_of(word, {"percent", "points", "cents", "pct"})) break;
  }
  if (!one_of(word, {"up", "down", "over", "higher", "lower", "off"})) return false;
  const char* ignored = nullptr;
  return one_of(lower_word_before(first, p, buffer, ignored), {"is", "are"});
}

// The past verbs of saying (all end in "d"), and the words that may stand between one and the date
// of the saying: "on", an addressee, a name ("told Reuters"), "in a statement", "at a news conference".
// A prediction, a promise or a denial is a saying too: "Cuba predicted Wednesday", "vowed Tuesday
// that", "denied Wednesday that".
constexpr std::string_view saying_verbs[] = {
    "said",      "told",     "announced", "confirmed",  "warned",    "reported",     "stated",   "disclosed",
    "revealed",  "added",    "insisted",  "indicated",  "predicted", "acknowledged", "admitted", "denied",
    "claimed",   "argued",   "noted",     "declared",   "vowed",     "pledged",      "promised", "cautioned",
    "estimated", "conceded", "asserted",  "reiterated", "stressed",  "complained"};
constexpr std::string_view words_after_saying[] = {
    "on",          "late",         "early",      "reporters",  "journalists", "investors", "analysts", "lawmakers",
    "legislators", "shareholders", "parliament", "congress",   "a",           "the",       "in",       "at",
    "statement",   "news",         "press",      "conference", "briefing",    "interview", "an",       "court",
    "committee",   "hearing",      "senators",   "radio",      "television",  "call"};

// Whether the expression at `begin` dates a saying: a past verb of saying right before it, or
// before "on", an addressee or "in a statement" ("said Monday it will hire", "told reporters on
// Tuesday that he will step down", "announced in a statement Friday"), and a report going on
// after it ("that", a subject) or nothing. What follows is what was said: its tense is the report's
// content, not the date of the saying ("announced Monday that the plant will close in March": the
// Monday gone). Not a date that is itself the subject of the report ("said Monday will be decisive").
bool dates_a_saying(std::string_view text, std::size_t begin, std::size_t end) {
  const auto saying = [](std::string_view w) { return w.ends_with('d') && in_list<saying_verbs>(w); };
  const auto between = [](std::string_view w) { return in_list<words_after_saying>(w); };
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  bool found = false;
  for (int words = 0; words < 6 && !found; ++words) {
    const std::string_view word = lower_word_before(text.data(), p, buffer, p);
    if (saying(word))
      found = true;
    else if (!between(word) && (word.empty() || !is_upper(*p)))  // a name: "told Reuters on Tuesday"
      return false;
  }
  if (!found) return false;
  // A saying to come, or a timetable's ("The results are announced on Friday", "will be announced"):
  // no past act.
  const char* ignored = nullptr;
  if (one_of(lower_word_before(text.data(), p, buffer, ignored), {"is", "are", "be", "to"})) return false;
  // After the date: the end of the sentence or clause, "that", or a subject (a pronoun, a
  // determiner, a name).
  std::size_t next = end;
  while (next < text.size() && text[next] == ' ') ++next;
  // A possessive is the report's subject's, no date of the saying: "He said Friday's vote would be
  // close" (opens_reported_subject).
  if (next == end && (text.substr(end, 2) == "'s" || text.substr(end, 4) == "\xE2\x80\x99s")) return false;
  if (next == text.size() || !is_letter(text[next])) return true;
  if (is_upper(text[next])) return true;
  return one_of(lower_word_at(text.data() + next, text.data() + text.size(), buffer, ignored),
                {"that", "it", "he", "she", "they", "we", "the", "its", "his", "her", "their", "a", "an", "to"});
}

// Whether the expression at text[begin, end) is the subject of a reported "would" right after a
// past verb of saying (maybe and "that"): what the report foresees, as with "will" ("said Monday
// will be decisive"): "Forecasters said Sunday would be the hottest day", "said that the weekend
// would be dry".
bool subject_of_reported_would(std::string_view text, std::size_t begin, std::size_t end) {
  if (text.substr(end, 7) != " would ") return false;
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  std::string_view word = lower_word_before(text.data(), p, buffer, p);
  if (word == "that") word = lower_word_before(text.data(), p, buffer, p);
  return word.ends_with('d') && in_list<saying_verbs>(word);
}

// Whether the participle at text[participle] right before the expression at `begin` (or before
// "on" or "in" and it) follows a noun, as a reduced relative clause does ("shares issued July 1",
// "tickets bought on Tuesday", "products developed in April"): what was done to the noun is done.
// Not a passive or a perfect ("will be issued July 1", "to be sold Tuesday", "will have filed"),
// nor a plan, which lies ahead ("a summit scheduled Tuesday", "results expected Tuesday").
// Whether `gap` is " in London on ", " at Camp David on ": a place's name (one to three capitalised
// words after "in", "at" or "near") between a participle and "on" or "in" and its date ("arrested
// in London on Friday", "signed in Paris on Monday"). Bounded: 48 bytes.
bool names_place_then_on(std::string_view gap) {
  if (gap.size() > 48) return false;
  std::size_t at = 0;
  if (gap.starts_with(" in ") || gap.starts_with(" at "))
    at = 4;
  else if (gap.starts_with(" near "))
    at = 6;
  else
    return false;
  int names = 0;
  while (at < gap.size() && is_upper(gap[at])) {
    std::size_t stop = at + 1;
    while (stop < gap.size() && is_letter(gap[stop])) ++stop;
    if (stop >= gap.size() || gap[stop] != ' ' || ++names > 3) return false;
    at = stop + 1;
  }
  const std::string_view rest = gap.substr(at);
  return names > 0 && (rest == "on " || rest == "in ");
}

bool dates_by_reduced_relative(std::string_view text, std::size_t participle, std::size_t begin) {
  std::size_t participle_end = participle;
  while (participle_end < begin && is_letter(text[participle_end])) ++participle_end;
  const std::string_view gap = text.substr(participle_end, begin - participle_end);
  if (gap != " " && gap != " on " && gap != " in " && !names_place_then_on(gap)) return false;
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  if (one_of(lower_word_at(text.data() + participle, text.data() + participle_end, buffer, ignored),
             {"scheduled", "rescheduled", "planned", "slated", "timed", "proposed", "expected", "booked", "targeted",
              "earmarked", "due"}) ||
      (gap == " " && spells(text.data() + participle, participle_end - participle, "set")))  // "a vote set Monday"
    return false;
  const char* noun = text.data() + participle;
  const std::string_view before = lower_word_before(text.data(), noun, buffer, noun);
  // A capital is a name's, not a noun's, but for the sentence's first word: "Prices agreed in June
  // will apply" (a name's own past verb would date the same past: "Smith resigned in June").
  if (before.size() < 3 || !is_letter(*noun) || (is_upper(*noun) && !subject_opens_sentence(text.data(), noun)) ||
      before.ends_with("ly"))
    return false;
  // (Not "may", as often the month: "in May prices agreed in June".)
  if ((is_auxiliary(before) && before != "may") ||
      one_of(before, {"been", "being", "having", "not", "never", "get", "gets", "got", "getting", "who", "which",
                      "that", "they", "she", "you", "then", "also", "just", "still"}))
    return false;
  // A conjunction before the noun and its article makes it a subject and the participle a past
  // verb of its own, which a future before it may shift ahead: "likely to buy as soon as trading
  // opened Monday", "will rally after the market closed Tuesday".
  for (int words = 0; words < 3; ++words) {
    const std::string_view word = lower_word_before(text.data(), noun, buffer, noun);
    if (one_of(word, {"as", "when", "after", "before", "until", "till", "once", "if", "since", "because", "while",
                      "unless", "that", "where", "and", "but", "or"}))
      return false;
    if (word.empty() ||
        !one_of(word, {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}))
      break;
  }
  return true;
}

}  // namespace

namespace {
// The proceedings a thing waits for (proceeding_waited_for) or is put to (next_sitting_before).
constexpr std::string_view proceeding_words[] = {"hearing",    "hearings", "trial",    "retrial",  "appeal",
                                                 "sentencing", "verdict",  "ruling",   "judgment", "judgement",
                                                 "inquest",    "vote",     "election", "runoff",   "referendum",
                                                 "ballot",     "meeting",  "summit",   "talks",    "decision"};
// waits_for_proceeding, from the word `lead` before the expression's preposition, starting at `p`.
bool proceeding_waited_for(std::string_view text, std::string_view lead, const char* p) {
  if (!in_list<proceeding_words>(lead)) return false;
  // The noun's article and one qualifier read back, then "pending", "awaiting" or "ahead of".
  std::array<char, 16> buffer{};
  for (int words = 0; words < 3; ++words) {
    const std::string_view word = lower_word_before(text.data(), p, buffer, p);
    if (word == "pending" || word == "awaiting") return true;
    if (word == "of") return lower_word_before(text.data(), p, buffer, p) == "ahead";
    if (word.empty()) return false;
  }
  return false;
}

// Whether the sitting `lead` (a proceeding_words noun, or a session, sitting, conference, congress
// or convention) before the "in" at `p` is the next one, after a preposition that puts a thing to
// it: "was deferred until the next meeting in March", "postponed the vote to its next policy
// meeting in March", "referred to the next session in March" (one qualifier between; "the", "its",
// "their" and such before "next"); or the subject of a present "be": "The next meeting is in
// March", "The bank's next rate decision is in March" (an owner's "'s" before "next"). The next sitting lies ahead of
// the telling, whatever the tense of the verb that puts a thing to it; not "discussed at the last meeting in March",
// "The next meeting was in March", "At the next meeting in March, the board voted" (what was done at it: a past one's
// next), nor "won the next election in March".
bool next_sitting_before(std::string_view text, std::string_view lead, const char* p) {
  std::array<char, 16> buffer{};
  const bool subject = one_of(lead, {"is", "are"});
  if (subject) lead = lower_word_before(text.data(), p, buffer, p);
  if (!in_list<proceeding_words>(lead) &&
      !one_of(lead, {"session", "sessions", "sitting", "conference", "congress", "convention", "meetings"}))
    return false;
  std::array<char, 16> word_buffer{};
  std::string_view word = lower_word_before(text.data(), p, word_buffer, p);
  if (word != "next") word = lower_word_before(text.data(), p, word_buffer, p);  // "its next policy meeting"
  if (word != "next") return false;
  word = lower_word_before(text.data(), p, word_buffer, p);
  // An owner's "'s" before the subject's "next", or a plural owner's bare apostrophe: "The bank's
  // next rate decision is in March", "The banks' next meeting is in March".
  const auto after_apostrophe = [&](const char* q) {
    return q - text.data() > 3 && (q[-1] == '\'' || std::string_view(q - 3, 3) == "\xE2\x80\x99");
  };
  if (subject && word == "s" && after_apostrophe(p)) return true;
  if (subject && word.empty() && after_apostrophe(p)) {
    const char* const owner_end = p[-1] == '\'' ? p - 1 : p - 3;
    if (ascii_lower(owner_end[-1]) == 's') return true;
  }
  if (!one_of(word, {"the", "its", "their", "his", "her", "our", "my", "your"})) return false;
  return subject || one_of(lower_word_before(text.data(), p, word_buffer, p), {"until", "till", "to", "for"});
}

// Whether `word` is a participle of planning a day: "planned", "scheduled", "slated", "due", ...;
// "set" only for a day (`for_day`, after "for"): "a record set on Aug. 6" was set then.
bool is_plan_participle(std::string_view word, bool for_day) {
  return one_of(word, {"planned", "scheduled", "slated", "due", "pencilled", "penciled", "earmarked", "timed"}) ||
         (word == "set" && for_day);
}

// Whether the expression at `begin` is the day a noun is planned for: a participle of planning
// after the noun (a reduced relative, maybe after an adverb or opening an aside) and "for" or "on",
// or the participle alone ("The strike planned for Friday", "a summit set for Monday", "the payment
// due on Friday", "The vote, originally scheduled for Thursday,", "a summit scheduled Tuesday";
// "set" only before "for": "a record high set on Aug. 6" was set then).
// Not a predicate, whose verb tells its own tense ("The vote was scheduled for Friday").
bool names_planned_day(std::string_view text, std::size_t begin, const ShortWord& before) {
  if (!one_of(before.view(), {"for", "on", "planned", "scheduled", "slated"})) return false;
  std::array<char, 16> buffer{};
  const char* const first = text.data();
  const char* p = first + begin;
  std::string_view word = lower_word_before(first, p, buffer, p);
  const bool for_day = word == "for";
  if (for_day || word == "on") word = lower_word_before(first, p, buffer, p);
  if (!is_plan_participle(word, for_day)) return false;
  std::string_view lead = lower_word_before(first, p, buffer, p);
  if (lead.size() >= 5 && lead.ends_with("ly")) lead = lower_word_before(first, p, buffer, p);  // "originally"
  if (lead.empty()) {
    while (p > first && p[-1] == ' ') --p;
    return p > first && p[-1] == ',';
  }
  return lead.size() >= 3 &&
         !one_of(lead, {"are",   "was", "were", "been", "being", "has",   "have", "had",   "not",
                        "never", "get", "gets", "got",  "will",  "would", "who",  "which", "that",
                        "they",  "she", "you",  "also", "still", "then",  "now",  "its",   "their"});
}

// The tense of a planned day (names_planned_day): ahead, unless the clause's verb after it says the
// thing took place ("The vote planned for Friday took place", "The march planned for Sunday drew
// thousands": the day gone). Called off, put off or cancelled, it is still ahead ("The strike
// planned for Friday has been called off", "was postponed"); with no verb after it, the plan's.
Tense planned_day_tense(std::string_view text, std::size_t end) {
  constexpr std::size_t window = 80;  // bytes: the main clause's verb and its particle
  const std::size_t limit = std::min(text.size(), end + window);
  const CueWords& cues = cue_words();
  const char* const base = text.data();
  bool past = false;
  int words_after_verb = 0;
  bool off_may_follow = false, back_may_follow = false;  // "called off", "pushed back"
  std::array<char, 16> buffer{};
  for (std::size_t i = end; i < limit;) {
    const char c = text[i];
    if (!is_letter(c)) {
      if (c == ';' || c == '\n' || ends_sentence_at(text, i)) break;
      ++i;
      continue;
    }
    std::size_t stop = i + 1;
    while (stop < limit && is_letter(text[stop])) ++stop;
    const char* ignored = nullptr;
    const std::string_view word = lower_word_at(base + i, base + stop, buffer, ignored);
    if (in_list<called_off_words>(word) || (word == "off" && off_may_follow) || (word == "back" && back_may_follow))
      return Tense::future;
    // A past "be" and what was foreseen: "was likely to slip", "were due to start", "was set to".
    if (past && words_after_verb == 0 &&
        one_of(word, {"likely", "unlikely", "due", "set", "poised", "going", "expected"}))
      return Tense::future;
    if (past && ++words_after_verb > 4) break;
    if (!past && may_have_cue(cues, base + i, base + stop)) {
      const Tense said = tense_of(cue_at(base, base + i, base + stop, base + text.size(), true));
      if (said == Tense::future || said == Tense::present) return Tense::future;
      past = said == Tense::past;
    }
    off_may_follow = one_of(word, {"called", "calls", "put"});
    back_may_follow = one_of(word, {"pushed", "moved", "put"});
    i = stop;
  }
  return past ? Tense::past : Tense::future;
}
}  // namespace

bool waits_for_proceeding(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  if (!one_of(lower_word_before(text.data(), p, buffer, p), {"in", "on", "from", "for"})) return false;
  const std::string_view lead = lower_word_before(text.data(), p, buffer, p);
  return proceeding_waited_for(text, lead, p);
}

namespace {

// Where the phrase ends with "of" right before a date at `begin` starts, when a preposition opens it
// or it opens its clause: "in [the last two weeks] of December", "during [the heat] of December",
// "[The first three months] of the year were hard". The date is timed as that phrase is, as "at the
// end of December" read whole is. npos otherwise ("will review the anniversary of Dec. 7" names a
// thing). At most five words back from "of", each of letters, figures or hyphens (a bounded look).
std::size_t phrase_opening_before_of(std::string_view text, std::size_t begin) {
  constexpr std::size_t reach = 64;
  const std::size_t floor = begin > reach ? begin - reach : 0;
  std::array<char, 16> buffer{};
  // The word ending before `p` in lower case, p moved to its start; empty at punctuation.
  const auto word_back = [&](std::size_t& p) {
    while (p > floor && text[p - 1] == ' ') --p;
    const std::size_t word_end = p;
    while (p > floor && (is_letter(text[p - 1]) || is_digit(text[p - 1]) || text[p - 1] == '-')) --p;
    if ((p == floor && floor > 0) || word_end - p >= buffer.size()) return std::string_view{};
    std::transform(text.begin() + static_cast<std::ptrdiff_t>(p), text.begin() + static_cast<std::ptrdiff_t>(word_end),
                   buffer.begin(), [](char c) { return ascii_lower(c); });
    return std::string_view(buffer.data(), word_end - p);
  };
  std::size_t p = begin;
  if (word_back(p) != "of") return std::string_view::npos;
  for (int words = 0; words < 5; ++words) {
    const std::string_view word = word_back(p);
    if (word.empty()) return std::string_view::npos;
    if (words == 0 && word == "as") return std::string_view::npos;  // "as of" is a preposition
    // The phrase's noun, then words before it up to its determiner.
    if (words == 0 || !(is_definite_determiner(word) || word == "a" || word == "an")) continue;
    std::size_t q = p;
    const std::string_view lead = word_back(q);
    if (lead.empty()) {  // nothing before it in its clause: the text's start or punctuation
      while (q > 0 && text[q - 1] == ' ') --q;
      return q == 0 || !(is_letter(text[q - 1]) || is_digit(text[q - 1])) ? p : std::string_view::npos;
    }
    return one_of(lead, {"in", "on", "at", "during", "over", "throughout", "for", "through", "from", "within"})
               ? p
               : std::string_view::npos;
  }
  return std::string_view::npos;
}

}  // namespace

namespace {

// The word that bounds a span at the expression at `begin`: the one it opens with ("from March 3
// until ..." is one expression, a range) or the one before it ("from Feb. 20", "until Friday");
// empty when neither is "from", "until", "till" or "between". `p` is left where that word starts.
std::string_view span_word_at(std::string_view text, std::size_t begin, const ShortWord& before,
                              std::array<char, 16>& buffer, const char*& p) {
  static constexpr std::string_view span_words[] = {"from", "until", "till", "between"};
  const char* const first = text.data();
  // Most expressions open with none of them (speed: a byte before a word).
  const char opening_letter = static_cast<char>(text[begin] | 0x20);
  if (opening_letter != 'f' && opening_letter != 'u' && opening_letter != 't' && opening_letter != 'b') {
    if (!in_list<span_words>(before.view())) return {};
    p = first + begin;
    return lower_word_before(first, p, buffer, p);
  }
  const char* word_end = first + begin;
  const std::string_view opening = lower_word_at(first + begin, first + text.size(), buffer, word_end);
  if (in_list<span_words>(opening)) {
    p = first + begin;
    return opening;
  }
  if (!in_list<span_words>(before.view())) return {};
  p = first + begin;
  return lower_word_before(first, p, buffer, p);
}

// Whether the span a clause states at the expression at `begin` may start or end after its
// telling though the clause is past: a past verb of decision or arrangement, active, at most six
// words before its "from", "until" or "between" ("The regulator ordered the plant shut from Feb.
// 20", "banned poultry imports from Feb. 15", "Police closed the road until Friday"), or one in
// its base form after "to" ("voted on Monday to close the bridge from March 3"); or a thing said
// to be valid until the date ("The offer was valid until Sunday"). Not a passive or a past
// perfect, a state the clause tells ("The road was closed until Friday", "had suspended production
// from Jan. 20"), nor across a clause's or a sentence's end.
bool states_arranged_span(std::string_view text, std::size_t begin, const ShortWord& before) {
  // Pasts and bases of deciding and arranging (the verbs that put off or give time are
  // deferred_before's).
  static constexpr std::string_view pasts[] = {
      "ordered",   "banned",     "closed",     "shut",     "imposed",   "halted",     "barred",     "raised",
      "cut",       "lowered",    "froze",      "capped",   "limited",   "restricted", "introduced", "declared",
      "approved",  "authorized", "authorised", "set",      "announced", "lifted",     "reopened",   "opened",
      "decided",   "agreed",     "voted",      "mandated", "required",  "instructed", "ruled",      "decreed",
      "suspended", "extended",   "postponed",  "delayed",  "resumed",   "stopped"};
  static constexpr std::string_view bases[] = {
      "order", "ban",    "close", "shut",     "impose",   "halt",      "bar",     "raise",  "cut",
      "lower", "freeze", "cap",   "limit",    "restrict", "introduce", "suspend", "extend", "reopen",
      "open",  "lift",   "set",   "postpone", "delay",    "end",       "stop",    "resume", "apply"};
  static constexpr std::string_view stative[] = {"was",   "were", "had", "been", "be",
                                                 "being", "is",   "are", "has",  "have"};
  std::array<char, 16> buffer{};
  const char* p = nullptr;
  const std::string_view bound = span_word_at(text, begin, before, buffer, p);
  if (bound.empty()) return false;
  const char* const first = text.data();
  // "valid until Sunday": the validity is the thing's, current at the telling.
  {
    const char* q = p;
    if ((bound == "until" || bound == "till") && lower_word_before(first, q, buffer, q) == "valid") return true;
  }
  for (int words = 0; words < 6; ++words) {
    // Stop at a clause's or a sentence's end: a comma, a semicolon, a full stop.
    const char* q = p;
    while (q > first && (q[-1] == ' ' || q[-1] == '\n')) --q;
    if (q == first || !is_letter(q[-1])) return false;
    const std::string_view word = lower_word_before(first, p, buffer, p);
    if (word.empty() ||
        one_of(word, {"when", "which", "that", "who", "and", "but", "after", "before", "while", "until"}))
      return false;
    const bool past = in_list<pasts>(word);
    const bool base = !past && in_list<bases>(word);
    if (!past && !base) continue;
    const char* r = p;
    const std::string_view auxiliary = lower_word_before(first, r, buffer, r);
    if (base) return auxiliary == "to";
    return !in_list<stative>(auxiliary) && auxiliary != "to";
  }
  return false;
}

// Whether the clause tells the end of a span at the expression ("until March") as past by its own
// evidence: a past perfect before it ("The road had been closed until March"), or a past act told
// right after it, that the end led to ("until January, then reopened", "until Friday, when crews
// cleared it"; at most four words on, no full stop between).
bool until_told_past(std::string_view text, std::size_t begin, std::size_t end, const ShortWord& before) {
  if (!(same_word(before, "until") || same_word(before, "till"))) return false;
  if (in_past_perfect_clause(text, begin)) return true;
  std::array<char, 16> buffer{};
  const char* const text_end = text.data() + text.size();
  const char* p = text.data() + end;
  bool joined = false;  // "when", "then", "after which", "and" read
  for (int words = 0; words < 5 && p < text_end; ++words) {
    while (p < text_end && !is_letter(*p)) {
      if (*p == '.' || *p == ';' || *p == '!' || *p == '?' || *p == '\n') return false;
      ++p;
    }
    const char* word_end = p;
    const std::string_view word = lower_word_at(p, text_end, buffer, word_end);
    while (word_end < text_end && is_letter(*word_end)) ++word_end;
    p = word_end;
    if (word.empty()) return false;
    if (!joined) {
      joined = one_of(word, {"when", "then", "and"});
      if (!joined) return false;
      continue;
    }
    if (english::is_regular_past_form(word) || english::is_irregular_past_form(word)) return true;
    if (is_modal(word) || one_of(word, {"is", "are", "has", "have", "to"})) return false;
  }
  return false;
}

bool dates_event_called_off(std::string_view text, std::size_t begin, std::size_t end);  // below
bool day_arranged_in_present_perfect(std::string_view text, std::size_t begin);          // below

}  // namespace

// The sentence: at most `window` bytes either side of the expression, cut at sentence punctuation
// followed by a blank, at ';' or at a blank line. Each side is read outwards from the expression
// and stops at its nearest strong cue, which is all the decision needs (the far words of a
// sentence only matter when it has no strong cue at all).
namespace {
std::string word_after(std::string_view text, std::size_t end);  // below

// A break from work or school: "recess", "break", "holiday(s)", "vacation", "hiatus", "hols".
bool names_a_break(std::string_view word) {
  return one_of(word, {"recess", "break", "holidays", "holiday", "vacation", "hiatus", "hols"});
}

// A present verb that "back" makes a going back, to a place or from a break: "come(s)", "get(s)",
// "go(es)", "head(s)", "start(s)" back; "is" or "are" back.
bool is_back_verb(std::string_view word) {
  return one_of(word, {"come", "comes", "get", "gets", "go", "goes", "head", "heads", "start", "starts", "is", "are"});
}
}  // namespace

std::size_t gone_past_break(std::string_view text, std::size_t begin, std::size_t end) {
  std::array<char, 16> buffer{};
  const char* p = text.data() + end;
  if (!names_a_break(word_after(text, end)) && !names_a_break(lower_word_before(text.data(), p, buffer, p)))
    return std::string_view::npos;
  p = text.data() + begin;
  std::string_view word = lower_word_before(text.data(), p, buffer, p);
  if (is_definite_determiner(word)) word = lower_word_before(text.data(), p, buffer, p);
  return word == "after" || word == "from" ? static_cast<std::size_t>(p - text.data()) : std::string_view::npos;
}

bool returns_from_break(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t bound = gone_past_break(text, begin, end);
  if (bound == std::string_view::npos) return false;
  std::array<char, 16> buffer{};
  const char* p = text.data() + bound;
  const bool after = ascii_lower(*p) == 'a';
  const auto goes_back = [&](const char* verb_end) {
    std::array<char, 16> verb_buffer{};
    const char* q = verb_end;
    std::string_view verb = lower_word_before(text.data(), q, verb_buffer, q);
    // The day of the return between: "Schools reopen today after the Christmas holidays".
    if (one_of(verb, {"today", "tomorrow"})) verb = lower_word_before(text.data(), q, verb_buffer, q);
    if (one_of(verb, {"return", "returns", "returning", "resume", "resumes", "resuming"})) return true;
    if (after && one_of(verb, {"reopen", "reopens", "reopening", "reconvene", "reconvenes", "reconvening"}))
      return true;
    if (verb == "back") verb = lower_word_before(text.data(), q, verb_buffer, q);
    return is_back_verb(verb) || one_of(verb, {"coming", "be", "getting", "going"});
  };
  if (goes_back(p)) return true;
  if (after) {
    // Back at work or school, told in the present ("Students are in class again after the Christmas
    // vacation", "are back at school after the Christmas holidays": "again" or "back" at most four
    // words before), or a count of days or weeks from it ("the first week after the Easter break").
    const char* q = p;
    std::array<char, 16> word_buffer{};
    for (int words = 0; words < 4; ++words) {
      const std::string_view word = lower_word_before(text.data(), q, word_buffer, q);
      const bool counted = words == 0 && one_of(word, {"day", "days", "week", "weeks", "month", "months"});
      if (counted || word == "again" || word == "back") {
        const auto from = static_cast<std::size_t>(q - text.data());
        const Tense told = clause_tense(text, from, from + word.size());
        return told != Tense::past && told != Tense::event_past;
      }
      if (word.empty()) break;
    }
  }
  // "to" a place between: "return to school after the Christmas holidays".
  lower_word_before(text.data(), p, buffer, p);
  return lower_word_before(text.data(), p, buffer, p) == "to" && goes_back(p);
}

// Where a clock time whose meridiem has full stops, ending right before `at`, begins ("5 a.m. ",
// "10:30 p.m. "), or npos.
static std::size_t clock_time_ending_before(std::string_view text, std::size_t at) {
  std::size_t p = at;
  while (p > 0 && at - p < 2 && text[p - 1] == ' ') --p;
  if (p == at || p < 5) return std::string_view::npos;
  const char half = static_cast<char>(text[p - 4] | 0x20);
  if ((half != 'a' && half != 'p') || text[p - 3] != '.' || (text[p - 2] | 0x20) != 'm' || text[p - 1] != '.')
    return std::string_view::npos;
  p -= 4;
  if (text[p - 1] == ' ') --p;
  const std::size_t figures_end = p;
  while (p > 0 && figures_end - p < 5 && (is_digit(text[p - 1]) || text[p - 1] == ':' || text[p - 1] == '.')) --p;
  return p < figures_end && is_digit(text[p]) ? p : std::string_view::npos;
}

Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end) {
  // "(very) early on Monday", "late on 2 May" (rules_ranges.cpp, modifier): the day's own "on" is
  // in the tag, and the clause is read as before "on Monday" ("The army left the city late on May 2").
  {
    const std::size_t word = spells_phrase(text, begin, begin + 5, "very ") ? begin + 5 : begin;
    const std::size_t day = spells_phrase(text, word, word + 9, "early on ")  ? word + 9
                            : spells_phrase(text, word, word + 8, "late on ") ? word + 8
                                                                              : begin;
    if (day != begin && day < end) return clause_tense(text, day, end);
  }
  // A day right after such a clock time is read from the time: its stop ends no sentence ("Pilots
  // will strike at 5 a.m. Friday through Sunday, the union said" is the coming weekend's, as "at 5
  // a.m. Friday" is; it was read as a clause of its own before "said").
  if (const std::size_t clock = clock_time_ending_before(text, begin); clock != std::string_view::npos)
    return clause_tense(text, clock, end);
  const ShortWord before = previous_word(text, begin);
  if (same_word(before, "of"))
    if (const std::size_t phrase = phrase_opening_before_of(text, begin); phrase != std::string_view::npos)
      return clause_tense(text, phrase, end);
  // "adjourned until a date in January", "to a date after Easter": the time is read as after
  // "until" ("adjourned until January"), what was put off lying ahead.
  if (same_word(before, "in") || same_word(before, "after") || same_word(before, "before"))
    if (const std::size_t date = date_to_be_set_before(text, begin); date != std::string_view::npos)
      return clause_tense(text, date, end);
  // The day of a past commitment said between its verb and "to" is the commitment's, past ("decided
  // on Wednesday to keep the cuts until June"), though what is committed to lies ahead (commits_to).
  if (same_word(before, "on") && infinitive_follows(text.data() + end, text.data() + text.size())) {
    std::array<char, 16> buffer{};
    const char* p = text.data() + begin;
    lower_word_before(text.data(), p, buffer, p);  // "on" itself
    const char* verb = p;
    const std::string_view committed = lower_word_before(text.data(), verb, buffer, verb);
    if (committed.ends_with("ed") && verb > text.data() && verb[-1] == ' ' &&
        commits_to(verb - 1, text.data() + text.size()))
      return Tense::past;
  }
  // The second of two weekdays joined by "and" or "or" is read as the first is ("a warning for
  // Thursday and Friday", "rescheduled for Wednesday or Thursday"), not on its own.
  if (same_word(before, "and") || same_word(before, "or")) {
    std::array<char, 16> buffer{};
    const char* first = text.data() + begin;
    lower_word_before(text.data(), first, buffer, first);  // "and" itself
    const char* first_end = first;
    while (first_end > text.data() && first_end[-1] == ' ') --first_end;
    if (in_list<weekday_words>(lower_word_before(text.data(), first, buffer, first)))
      return clause_tense(text, static_cast<std::size_t>(first - text.data()),
                          static_cast<std::size_t>(first_end - text.data()));
  }
  // A month before a commodity or its contract is a futures contract's delivery month, the coming
  // one (or the current) whatever the verb, however near the last one is: "December corn settled
  // at $6.87" said 2022-11-03 is 2022-12, "sold July soybeans" said 2019-08-20 2020-07. Not after a
  // preposition, where the month times the clause ("In December corn prices fell").
  if (is_upper(text[begin]) && !is_date_context_word(before) && end - begin <= 9 && is_letter(text[end - 1])) {
    std::array<char, 16> buffer{};
    const char* month_end = nullptr;
    if (in_list<month_words>(lower_word_at(text.data() + begin, text.data() + end, buffer, month_end)) &&
        month_end == text.data() + end && names_commodity_month(text, end))
      return Tense::event_future;
  }
  const Tense owned = same_word(before, "on") && dates_event_readied_for(text, begin)
                          ? Tense::future
                          : possessive_weekday_tense(text, begin, end);
  if (owned == Tense::event_past || owned == Tense::event_future) return owned;
  if (names_planned_day(text, begin, before)) return planned_day_tense(text, end);
  if (dates_event_called_off(text, begin, end) || day_arranged_in_present_perfect(text, begin)) return Tense::future;
  const Tense verbs = tense_of_verbs(text, begin, end, before);
  if (owned == Tense::future && (verbs == Tense::present || verbs == Tense::unknown)) return Tense::future;
  // A necessity reported in the past before a deadline lies ahead of the telling, as a modal's
  // deadline does (tense_of_verbs): "He said he had to finish the report by Friday", "Officials said
  // they needed to raise the money by June" (reported_necessity_before).
  if ((verbs == Tense::past || verbs == Tense::event_past) && (same_word(before, "by") || same_word(before, "than")) &&
      reported_necessity_before(text.data(), text.data() + begin))
    return Tense::event_future;
  // The word right before can settle it whatever the verbs say: "effective" looks ahead to when
  // something takes effect ("created an office, effective Feb. 1"), and so do "starting" and
  // "beginning" ("new rules apply starting Monday"); the near past stays open to a past act ("The
  // bank raised rates effective 1 July" said on 20 July). Only a future verb of the act itself
  // closes it ("will raise rates effective Jan. 1" said in March is next January). ("since":
  // normalize.cpp.)
  if (same_word(before, "effective") || same_word(before, "starting") || same_word(before, "beginning"))
    return verbs == Tense::event_future ? verbs : Tense::future;
  // So do they before a preposition ("announced a tour starting in April", "beginning on Monday",
  // "agreed to a truce starting at noon on Thursday"),
  // and a warning is for a time after it is issued ("has issued a yellow warning for Sunday", "a
  // flood alert for Thursday and Friday"; not "forecast": "the forecast for January" of data).
  if (one_of(before.view(), {"in", "on", "at", "from", "for"})) {
    std::array<char, 16> buffer{};
    const char* p = text.data() + begin;  // back to the preposition's start, as previous_word read it
    while (p > text.data() && (p[-1] == ' ' || p[-1] == '\n')) --p;
    p -= before.size();
    const std::string_view lead = lower_word_before(text.data(), p, buffer, p);
    // "with effect from" is British and official English's "effective" ("was appointed with effect
    // from 1 January", "repealed with effect from 31 December").
    const auto with_effect = [&] {
      const char* q = p;
      return lead == "effect" && same_word(before, "from") && lower_word_before(text.data(), q, buffer, q) == "with";
    };
    const bool looks_ahead =
        same_word(before, "for")
            ? one_of(lead, {"warning", "warnings", "alert", "alerts", "watch", "advisory", "advisories"})
            : one_of(lead, {"starting", "beginning", "effective"}) || with_effect();
    if (looks_ahead) return verbs == Tense::event_future ? verbs : Tense::future;
    if (proceeding_waited_for(text, lead, p)) return verbs == Tense::event_future ? verbs : Tense::future;
    if (same_word(before, "in") && next_sitting_before(text, lead, p)) return Tense::event_future;
  }
  // Strictly ahead, as a plan's date: the month just gone is no answer to an expectation ("did not
  // expect a decision before October" said in mid-November is next October).
  if ((same_word(before, "before") || same_word(before, "until")) && negated_expectation_before(text, begin))
    return Tense::event_future;
  // What was put off or moved lies ahead of the putting off ("postponed until Tuesday", "extended
  // its deadline until 9 a.m. Tuesday", "has been delayed to February", "was moved to Friday",
  // "got pushed to Thursday the 27th", "was rescheduled for Wednesday"): past or not, looking ahead;
  // a putting off not told as past ahead of the report too ("has been delayed to February" said
  // in March is next February, though this one is nearer).
  // "adjourned the case until after Easter": the bound's "after" is read through, as "until" alone.
  const bool until_after = same_word(before, "after") && [&] {
    std::array<char, 16> buffer{};
    const char* p = text.data() + begin;
    lower_word_before(text.data(), p, buffer, p);  // "after" itself
    return one_of(lower_word_before(text.data(), p, buffer, p), {"until", "till"});
  }();
  // "into" too: "The Met Office extended its amber warning into Wednesday"; "through" after an
  // extension only ("Voting was extended through Thursday"; "pushed the bill through Friday" is the
  // day of the pushing).
  if (same_word(before, "until") || same_word(before, "till") || same_word(before, "to") || same_word(before, "for") ||
      same_word(before, "into") || same_word(before, "through") || until_after) {
    const std::size_t deferral = deferred_before(text, begin);
    // "for" a day only after a new one is set ("rescheduled for Wednesday"); "suspended for
    // Friday", "extended for Monday" may be the day itself.
    if (deferral != std::string_view::npos &&
        (!same_word(before, "for") || text.substr(deferral, 9).find("eschedul") != std::string_view::npos) &&
        (!same_word(before, "through") || text.substr(deferral, 6).find("xtend") != std::string_view::npos)) {
      std::array<char, 16> buffer{};
      const char* p = text.data() + deferral;
      const std::string_view auxiliary = lower_word_before(text.data(), p, buffer, p);
      // A court's remand, bail or adjournment names the next hearing, ahead however past the
      // order: "remanded in custody until 3 July" said in September is next July's.
      std::array<char, 16> verb_buffer{};
      const char* ignored = nullptr;
      const std::string_view verb =
          lower_word_at(text.data() + deferral, text.data() + text.size(), verb_buffer, ignored);
      const bool hearing = orders_a_remand(verb) || verb.starts_with("adjourn");
      const bool now =
          hearing || one_of(auxiliary, {"is", "are", "has", "have"}) ||
          (same_word(auxiliary, "been") && one_of(lower_word_before(text.data(), p, buffer, p), {"has", "have"}));
      return (verbs == Tense::past || verbs == Tense::event_past) && !now ? Tense::future : Tense::event_future;
    }
  }
  // The season of a break one returns from, not told as past, is the nearest, on either side: "MPs
  // return from the summer recess next week" said 2024-09-04 is 2024-SU, as "are back from the
  // summer break" (were the coming summer); "returned from the summer recess" keeps the past's. A
  // holiday's is too (ClauseTense::either_side): "return from the Christmas recess" said in January.
  if (returns_from_break(text, begin, end)) return Tense::unknown;
  // The day a thing was moved or put off from was its arranged day, near the telling on either
  // side however past the moving is: "The vote was moved from Oct. 20 to Oct. 27" said 2014-10-10
  // is 2014-10-20 (the past read it as 2013's). A weekday keeps the verbs' reading ("moved the
  // meeting from Friday to Monday"). Only verbs that move a date: not a span's start ("had
  // suspended production from Feb. 20").
  if (same_word(before, "from") && (verbs == Tense::past || verbs == Tense::event_past)) {
    if (const std::size_t deferral = deferred_before(text, begin); deferral != std::string_view::npos) {
      std::array<char, 16> buffer{};
      const char* ignored = nullptr;
      const std::string_view verb = lower_word_at(text.data() + deferral, text.data() + text.size(), buffer, ignored);
      const bool moves_a_date = one_of(verb, {"moved", "pushed", "brought", "shifted", "advanced"}) ||
                                verb.starts_with("postpone") || verb.starts_with("delay") ||
                                verb.starts_with("defer") || verb.starts_with("reschedul");
      if (moves_a_date &&
          !in_list<weekday_words>(lower_word_at(text.data() + begin, text.data() + text.size(), buffer, ignored)))
        return Tense::unknown;
    }
  }
  // A span a past decision or arrangement states may start or end after the telling ("ordered the
  // plant shut from Feb. 20", "closed the road until Friday", "The offer was valid until Sunday"),
  // as what is put off does: the nearer side of a near date, a weekday's coming one.
  // A weekday is the coming one; a date the nearer, ahead within half a year (said in June, "banned
  // imports from Feb. 20" is the last February, "from July 1" the coming July).
  if (states_arranged_span(text, begin, before)) {
    if (verbs == Tense::event_future) return verbs;
    std::array<char, 16> buffer{};
    const char* const text_end = text.data() + text.size();
    const char* word_end = text.data() + begin;
    std::string_view day = lower_word_at(word_end, text_end, buffer, word_end);
    if (one_of(day, {"from", "between", "until", "till"})) {  // a range: its first day
      const char* next = word_end;
      while (next < text_end && *next == ' ') ++next;
      day = lower_word_at(next, text_end, buffer, word_end);
    }
    return in_list<weekday_words>(day) ? Tense::future : Tense::unknown;
  }
  // An end a past perfect or a past act after it tells as gone is behind, however near the next
  // one ("had been closed until March", "was closed until January, then reopened").
  if (until_told_past(text, begin, end, before)) return Tense::event_past;
  return verbs;
}

namespace {

// The comma at or after `from` that closes a relative clause standing there, before the sentence
// ends and within 120 bytes; npos when there is none.
std::size_t relative_clause_comma_after(std::string_view text, std::size_t from) {
  const std::size_t limit = std::min(text.size(), from + 120);
  for (std::size_t k = from; k < limit; ++k) {
    const char c = text[k];
    if (c == ',') return k;
    if (c == ';' || c == '\n' || c == '(' || c == ')' || c == '"' || ends_sentence_at(text, k) ||
        is_quote_mark_at(text, k))
      return std::string_view::npos;
  }
  return std::string_view::npos;
}

// Where the relative clause opened by the pronoun at `pronoun` closes, when it follows a comma after
// a noun of the expression's clause (ending at `end`) and closes with a comma before the sentence
// ends, a lower-case word after it: "In March the company, which said it would cut jobs, reported a
// loss" (the comma before "reported"); npos otherwise, and for a clause right after the expression,
// which may be about the expression itself ("on Friday, which will be busy").
std::size_t relative_clause_close(std::string_view text, std::size_t end, std::size_t pronoun) {
  std::size_t comma = pronoun;
  while (comma > end && text[comma - 1] == ' ') --comma;
  if (comma <= end || text[comma - 1] != ',') return std::string_view::npos;
  --comma;
  if (end < comma && text[end] == ',') ++end;  // "In March, the company, which ..."
  for (std::size_t k = end; k < comma; ++k)
    if (!is_letter(text[k]) && text[k] != ' ' && text[k] != '-' && text[k] != '\'') return std::string_view::npos;
  if (!std::any_of(text.begin() + static_cast<std::ptrdiff_t>(end), text.begin() + static_cast<std::ptrdiff_t>(comma),
                   is_letter))
    return std::string_view::npos;
  const std::size_t close = relative_clause_comma_after(text, pronoun);
  if (close == std::string_view::npos) return close;
  std::size_t next = close + 1;
  while (next < text.size() && text[next] == ' ') ++next;
  return next < text.size() && is_letter(text[next]) && !is_upper(text[next]) ? close : std::string_view::npos;
}

// clause_tense, what the verbs around the expression tell; `before` is the word before it.
// Whether the "on" or "in" right before `begin` follows a noun phrase of at most four words after
// "after" or "before" ("after a protest on June 2", "before the summit on July 9"): the date is that
// event's, which the clause's act came after or before. Not a place still to come ("to appear before
// a judge on June 2") nor the bound of a putting off ("until after a vote on June 2").
bool dates_event_before_or_after(std::string_view text, std::size_t begin) {
  // Most dates have neither word near (speed): "after" or "before" ends at most 48 bytes back.
  const std::string_view near = text.substr(begin > 48 ? begin - 48 : 0, begin > 48 ? 48 : begin);
  if (near.find("fter ") == std::string_view::npos && near.find("efore ") == std::string_view::npos) return false;
  std::array<char, 16> buffer{};
  const char* const first = text.data();
  const char* p = first + begin;
  if (!one_of(lower_word_before(first, p, buffer, p), {"on", "in"})) return false;
  for (int words = 0; words < 5; ++words) {
    const std::string_view word = lower_word_before(first, p, buffer, p);
    if (word.empty()) return false;
    if (word == "after" || word == "before") {
      if (words == 0) return false;  // "after on": no noun between
      const char* ignored = p;
      return !one_of(lower_word_before(first, p, buffer, ignored),
                     {"until", "till", "appear", "appears", "appearing", "testify", "testifies", "testifying", "come",
                      "go", "stand"});
    }
    if (one_of(word, {"to", "that", "which", "who", "will", "would", "and", "but", "or",   "is", "are", "was", "were",
                      "be", "been", "being", "has", "have", "had",   "he",  "she", "they", "it", "we",  "i"}))
      return false;
  }
  return false;
}

// Whether the sentence goes on after the expression ending at `end` with "but" and a clause telling
// that what was hoped, planned or foreseen came to nothing: "said it hoped to close the deal in
// October, but talks collapsed", "hoped to finish by Friday but missed the deadline", "but the deal
// fell through", "but the plan was scrapped", "but engineers never finished". Not a "but" about the
// telling ("but declined to give details", "but did not say where", "but warned that") nor a failure
// told in the present or ahead ("but has not yet secured financing", "but it may be delayed"). At
// most six words from the expression to "but" and six after it (a bounded look). Out of line, as
// reported_necessity_before.
[[gnu::noinline]] bool undone_after(std::string_view text, std::size_t end) {
  // Besides what calls it off (called_off_words, "rescheduled" too: the date said did not hold, "was
  // scheduled to open on Monday, but it was rescheduled for Thursday"; not "dropped", as often a
  // price's: "but its shares dropped").
  static constexpr std::string_view failures[] = {"missed",    "failed",   "collapsed", "stalled", "derailed",
                                                  "foundered", "faltered", "vetoed",    "aborted", "halted",
                                                  "fizzled",   "withdrew", "never"};
  // Besides a modal ("but it may be delayed").
  static constexpr std::string_view not_undone[] = {"has",   "have",   "is",       "are", "to",   "said",     "says",
                                                    "added", "warned", "declined", "did", "does", "insisted", "noted"};
  // Most dates have no "but" near after them (speed): six words end within 120 bytes.
  if (text.substr(end, 120).find("but") == std::string_view::npos) return false;
  std::array<char, 16> buffer{};
  const char* const text_end = text.data() + text.size();
  const char* p = text.data() + end;
  int after_but = -1;            // words read after "but"; -1 before it
  std::string_view particle_of;  // a verb read just before that needs its particle ("fell through")
  std::array<char, 16> verb_buffer{};
  for (int words = 0; words < 6 || (after_but >= 0 && after_but < 6); ++words) {
    while (p != text_end && !is_letter(*p)) {
      const char c = *p;
      if (c == ';' || c == '\n' || c == '"' || c == '(' ||
          ((c == '.' || c == '!' || c == '?') && ends_sentence_at(text, static_cast<std::size_t>(p - text.data()))))
        return false;
      ++p;
    }
    if (p == text_end) return false;
    const char* word_end = p;
    const std::string_view word = lower_word_at(p, text_end, buffer, word_end);
    while (word_end != text_end && is_letter(*word_end)) ++word_end;
    p = word_end;
    if (after_but < 0) {
      if (word == "but")
        after_but = 0;
      else if (one_of(word, {"and", "which", "who", "that", "because", "while", "when", "after", "before"}))
        return false;
      continue;
    }
    ++after_but;
    if (!particle_of.empty()) {
      if ((particle_of == "fell" && one_of(word, {"through", "apart", "short"})) ||
          (particle_of == "broke" && one_of(word, {"down", "off"})) ||
          (particle_of == "ran" && one_of(word, {"out", "into"})) || (particle_of == "called" && word == "off") ||
          ((particle_of == "pulled" || particle_of == "backed") && word == "out"))
        return true;
      particle_of = {};
    }
    if (in_list<failures>(word) || (in_list<called_off_words>(word) && word != "dropped")) return true;
    if (is_modal(word) || in_list<not_undone>(word)) return false;
    if (one_of(word, {"fell", "broke", "ran", "called", "pulled", "backed"})) {
      std::copy(word.begin(), word.end(), verb_buffer.begin());
      particle_of = std::string_view(verb_buffer.data(), word.size());
    }
  }
  return false;
}

// Whether the "and" or "but" at text[from, to), right after the comma at `comma`, opens a clause
// with a subject of its own: the word after it is no verb or auxiliary, nor an adverb that goes on
// with the clause before ("but analysts were sceptical", "and officials were printing ballots"; not
// "and was cancelled", "but then", "and also").
bool clause_follows_coordinator(std::string_view text, std::size_t comma, std::size_t from, std::size_t to) {
  for (std::size_t i = comma + 1; i < from; ++i)
    if (text[i] != ' ') return false;
  if (to >= text.size() || text[to] != ' ') return false;
  const char* const base = text.data();
  std::array<char, 16> buffer{};
  const char* next_end = base + to + 1;
  const std::string_view next = lower_word_at(base + to + 1, base + text.size(), buffer, next_end);
  if (next.empty() || one_of(next, {"then", "also", "so", "not", "never", "still", "again", "later", "now"}))
    return false;
  if (next.size() >= 4 && next.ends_with("ed")) return false;
  return !may_have_cue(cue_words(), base + to + 1, next_end) ||
         cue_at(base, base + to + 1, next_end, base + text.size(), true) == Cue::none;
}

bool is_any_scheduled_act_verb(std::string_view verb);  // below, with the timetable's verbs

// Where a relative pronoun or "that" opens a clause whose verb, right after it, is a timetable's verb
// in the present right before the expression at `begin` or its preposition ("the museum that
// reopens in October", "The talks that resume on Monday", "flights which depart on Monday"): a
// scheduled act, the clause's own verb, which no cue word says; npos when there is none.
std::size_t timetable_clause_opening(std::string_view text, std::size_t begin) {
  const char* const base = text.data();
  std::array<char, 16> buffer{};
  const char* p = base + begin;
  std::string_view verb = lower_word_before(base, p, buffer, p);
  if (one_of(verb, {"on", "in", "at", "from"})) verb = lower_word_before(base, p, buffer, p);
  if (!is_any_scheduled_act_verb(verb)) return std::string_view::npos;
  return one_of(lower_word_before(base, p, buffer, p), {"who", "which", "that"}) ? static_cast<std::size_t>(p - base)
                                                                                 : std::string_view::npos;
}

// Whether the participle starting at text[at] follows a verb that links it to its subject as an
// adjective ("which stays closed until Friday", "which roads remain closed", "will be delayed",
// "seems settled"): a state, no past of the clause.
bool participle_after_linking_verb(std::string_view text, std::size_t at) {
  std::array<char, 16> buffer{};
  const char* start = text.data() + at;
  return one_of(lower_word_before(text.data(), start, buffer, start),
                {"stay", "stays", "remain", "remains", "be", "been", "being", "become", "becomes", "get", "gets",
                 "keep", "keeps", "seem", "seems", "look", "looks", "feel", "feels"});
}

// Whether the participle starting at text[participle] is the finite past of an adverbial clause
// opened after the cue word starting at text[cue] ("as", "when", "after", "because", ...), with a
// subject of its own between: "He could only watch as prices fell in October", "could do nothing
// when the plant closed in October". Not a state after a linking verb, a passive or a perfect
// ("as the road was closed", "when it has closed"), nor an infinitive.
bool past_of_adverbial_clause(std::string_view text, std::size_t cue, std::size_t participle) {
  if (participle_after_linking_verb(text, participle)) return false;
  std::array<char, 16> buffer{};
  const char* const base = text.data();
  const char* p = base + participle;
  for (int words = 0; words < 5; ++words) {
    const std::string_view word = lower_word_before(base, p, buffer, p);
    if (word.empty() || p <= base + cue) return false;
    if (one_of(word, {"as", "when", "after", "because", "while", "since", "once", "though", "although", "whenever"}))
      return words > 0;
    if (one_of(word, {"to", "have", "has", "had", "having", "be", "been", "is", "are", "was", "were", "not", "never",
                      "who", "which", "that"}))
      return false;
  }
  return false;
}

// Whether the present cue word starting at text[cue] is in a clause of time ("once", "when",
// "after", "until", "before") under "will" or a modal further back in its sentence: English tells
// what is to come there in the present ("The bridge could reopen once it is repaired in October",
// "will resume when the work is finished"). At most four words from the conjunction to the cue and
// eight from the modal to the conjunction, within a clause.
bool present_in_time_clause_ahead(std::string_view text, std::size_t cue) {
  std::array<char, 16> buffer{};
  const char* const base = text.data();
  const char* p = base + cue;
  for (int words = 0; words < 5; ++words) {
    const std::string_view word = lower_word_before(base, p, buffer, p);
    if (word.empty()) return false;
    if (!one_of(word, {"once", "when", "after", "until", "till", "before", "whenever"})) continue;
    if (words == 0) return false;  // the conjunction's subject comes between
    for (int further = 0; further < 8; ++further) {
      const std::string_view verb = lower_word_before(base, p, buffer, p);
      if (verb.empty()) return false;
      // Not "would", a condition's or a report's, no time to come of its own.
      if ((is_modal(verb) && verb != "would") || verb == "ll")
        return verb != "may" || !is_upper(*p);  // "May" is the month
    }
    return false;
  }
  return false;
}

// Whether the subject the expression ending at `end` opens goes on, by at most three words with no
// cue word among them, to "will", a reported "would" or a modal: "Thanksgiving travel will",
// "October sales could", "Friday's vote would".
bool reported_subject_future(std::string_view text, std::size_t end) {
  const CueWords& cues = cue_words();
  const char* const base = text.data();
  std::size_t i = end;
  if (text.substr(i, 2) == "'s")  // the expression owns the subject's noun: "Friday's vote would"
    i += 2;
  else if (text.substr(i, 4) == "\xE2\x80\x99s")
    i += 4;
  for (int words = 0; words < 4; ++words) {
    if (i >= text.size() || text[i] != ' ') return false;
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t stop = i;
    while (stop < text.size() && is_letter(text[stop])) ++stop;
    if (stop == i) return false;
    const std::string_view word(base + i, stop - i);
    if (is_modal(word)) return true;
    if (may_have_cue(cues, base + i, base + stop) &&
        cue_at(base, base + i, base + stop, base + text.size(), true) != Cue::none)
      return false;
    i = stop;
  }
  return false;
}

// Whether the expression at `begin` opens the subject of a clause reported by the past verb of
// saying at text[saying]: nothing between but "that" and a determiner ("Airlines said Thanksgiving
// travel will", "said that the Christmas rush will"); not a date after a preposition, which times
// the saying ("said in October sales will rise").
bool opens_reported_subject(std::string_view text, std::size_t saying, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* const base = text.data();
  const char* verb_end = base + saying;
  const std::string_view verb = lower_word_at(base + saying, base + begin, buffer, verb_end);
  if (!verb.ends_with('d') || !in_list<saying_verbs>(verb)) return false;
  const char* p = base + begin;
  for (int words = 0; words < 3; ++words) {
    const std::string_view word = lower_word_before(base, p, buffer, p);
    if (p == base + saying) return true;
    if (!one_of(word, {"that", "the", "this", "its", "their", "our", "his", "her"})) return false;
  }
  return false;
}

// Where the clause opens whose subject the expression at `begin` may sit in, when the nearest cue
// word on its left, at text[cue], is outside that clause (sits_in_subject_of_past): after a past verb
// of saying, its addressee and "that" ("Officials said sales in January were weak", "told reporters
// exports in March had fallen"); after another past verb and "that" ("Researchers found that
// admissions in January were the highest"); after the comma that closes an introductory phrase
// holding the cue ("Over the last two years, sales in January were weak", "Unlike last year, ...").
// A new clause begins there, whose own subject and verb are read as a main clause's. npos otherwise.
// Reads the verb and at most four words after it (an addressee of three and "that"): bounded.
std::size_t subject_clause_opening(std::string_view text, std::size_t cue, std::size_t begin) {
  if (cue >= begin) return std::string_view::npos;
  // The comma nearest the expression, after the cue: the subject starts after it.
  if (const std::size_t comma = text.substr(cue, begin - cue).rfind(','); comma != std::string_view::npos)
    return cue + comma + 1;
  const char* const base = text.data();
  const char* const stop = base + begin;
  std::array<char, 16> buffer{};
  const char* p = base + cue;
  const std::string_view verb = lower_word_at(p, stop, buffer, p);
  const bool saying = verb.ends_with('d') && in_list<saying_verbs>(verb);
  // Another past verb opens a clause only with "that" ("found that", "showed that").
  if (!saying && !(verb.size() >= 5 && verb.ends_with("ed")) && !one_of(verb, {"found", "wrote", "thought", "knew"}))
    return std::string_view::npos;
  const std::size_t after_verb = static_cast<std::size_t>(p - base);
  for (int words = 0; words < 4 && p < stop; ++words) {
    while (p < stop && *p == ' ') ++p;
    const char* word_end = p;
    const std::string_view word = lower_word_at(p, stop, buffer, word_end);
    if (word == "that") return static_cast<std::size_t>(word_end - base);
    if (word.empty() || !saying) break;  // only a verb of saying has an addressee before "that"
    p = word_end;
  }
  return saying ? after_verb : std::string_view::npos;
}

// What stops an event on its day, the weather or a threat come that day: "because of rain", "due to
// high winds", "after a bomb threat" (called_off_on_the_day).
constexpr std::string_view hazards_of_the_day[] = {
    "rain",         "rains",         "rainstorm",  "snow",     "snowstorm", "storm",    "storms",
    "thunderstorm", "thunderstorms", "heat",       "flooding", "floods",    "wind",     "winds",
    "weather",      "fog",           "lightning",  "hail",     "blizzard",  "downpour", "downpours",
    "showers",      "threat",        "evacuation", "outage",   "gales",     "tornado"};

// Whether what follows the event called off at `end`, in its sentence, gives a cause that came on the
// event's day: "because of", "due to", "owing to", "amid" or "after" and within four words a hazard
// of the day (hazards_of_the_day) not told ahead ("forecast storms", "the threat of rain", "expected
// snow"). Such an event was called off when its day had come: "The Memorial Day parade was cancelled
// because of rain" said 2014-02-05 is last May's (dates_event_called_off).
bool called_off_on_the_day(std::string_view text, std::size_t end) {
  std::vector<std::string> words;
  any_word_in(text, end, sentence_around(text, end, end).second, [&](std::string_view said) {
    words.push_back(ascii_lowered(said));
    return words.size() >= 24;
  });
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!one_of(words[i], {"because", "due", "owing", "amid", "amidst", "after"})) continue;
    for (std::size_t j = i + 1; j < words.size() && j <= i + 5; ++j) {
      if (one_of(words[j], {"forecast", "forecasts", "expected", "predicted", "looming", "feared", "possible"})) break;
      if (in_list<hazards_of_the_day>(words[j])) {
        if (words[j] == "threat" && j + 1 < words.size() && words[j + 1] == "of") break;  // "the threat of rain"
        return true;
      }
    }
  }
  return false;
}

// Whether the expression at [begin, end) dates the arranged event named right after it, which a
// past verb before it calls off or puts off: "Sony canceled the Christmas Day release", "The band
// cancelled its Friday concert", "Organizers called off the Easter parade". The event had not taken
// place when it was called off: ahead of the telling, as a planned day called off is
// (planned_day_tense). Between the verb and the expression at most a determiner and one word
// ("postponed its annual Christmas party"). So is the event as the subject of a passive calling it
// off right after its noun: "The Christmas party was canceled", "The Friday concert has been called
// off". Not "canceled the concert on Friday" (when it was called off).
bool dates_event_called_off(std::string_view text, std::size_t begin, std::size_t end) {
  const char* const base = text.data();
  const char* const text_end = base + text.size();
  std::array<char, 16> buffer{};
  const char* after = base + end;
  while (after < text_end && *after == ' ') ++after;
  if (!in_list<arranged_event_nouns>(lower_word_at(after, text_end, buffer, after))) return false;
  if (called_off_on_the_day(text, end)) return false;
  for (int words = 0; words < 4; ++words) {  // "was canceled", "has been called off"
    while (after < text_end && *after == ' ') ++after;
    const std::string_view word = lower_word_at(after, text_end, buffer, after);
    if (in_list<called_off_words>(word)) return true;
    if (one_of(word, {"called", "put"})) {
      while (after < text_end && *after == ' ') ++after;
      const char* ignored = nullptr;
      return lower_word_at(after, text_end, buffer, ignored) == "off";
    }
    if (!one_of(word, {"was", "were", "is", "are", "has", "have", "had", "been"})) break;
  }
  const char* p = base + begin;
  for (int words = 0; words < 3; ++words) {
    const std::string_view word = lower_word_before(base, p, buffer, p);
    if (word.empty()) return false;
    if (in_list<called_off_words>(word)) return true;
    if (word == "off") return one_of(lower_word_before(base, p, buffer, p), {"called", "put"});
    if (is_auxiliary(word) || one_of(word, {"to", "for", "on", "in", "of", "by", "and", "or"})) return false;
  }
  return false;
}

// Whether an arranged event is named around the expression at [begin, end): the word before its
// preposition ("the summit in January") or the one after it ("the January summit").
bool names_arranged_event(std::string_view text, std::size_t begin, std::size_t end) {
  const char* const base = text.data();
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  const char* p = base + begin;
  std::string_view noun = lower_word_before(base, p, buffer, p);
  if (one_of(noun, {"in", "on", "for", "during", "of"})) noun = lower_word_before(base, p, buffer, p);
  if (in_list<arranged_event_nouns>(noun)) return true;
  const char* after = base + end;
  while (after < base + text.size() && *after == ' ') ++after;
  return in_list<arranged_event_nouns>(lower_word_at(after, base + text.size(), buffer, ignored));
}

// Whether the reported clause's "was" or "were" at text[verb] may be a present shifted back by the
// saying, a state of an arranged event named around the expression at [begin, end): "Officials said
// the meeting in January was important" (is important: the coming one), not "talks in January had
// collapsed". The event's noun is the word before the expression's preposition or the one after
// it ("the January summit was still on"): two words read on each side.
bool reported_state_of_arranged(std::string_view text, std::size_t begin, std::size_t end, std::size_t verb) {
  const char* const base = text.data();
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  const char* be_end = base + verb;
  const std::string_view be = lower_word_at(base + verb, base + text.size(), buffer, be_end);
  if (be != "was" && be != "were") return false;
  // A passive is an act done ("the vote in January was rigged", "was held"): past.
  while (be_end < base + text.size() && *be_end == ' ') ++be_end;
  const char* state_end = be_end;
  std::string_view state = lower_word_at(be_end, base + text.size(), buffer, state_end);
  if ((state.size() >= 4 && state.ends_with("ed")) || english::is_irregular_form(state)) return false;
  // What the event turned out to be is judged once it is over: "Officials said the summit in
  // January was a success", "was inconclusive" (outcome_words); not "was important", "was a
  // priority", what it is to be.
  if (state == "a" || state == "an") {
    while (state_end < base + text.size() && *state_end == ' ') ++state_end;
    state = lower_word_at(state_end, base + text.size(), buffer, ignored);
  }
  if (in_list<outcome_words>(state)) return false;
  return names_arranged_event(text, begin, end);
}

// sits_in_subject_of_past: cue words that are no verb; the auxiliaries and adverbs read past to
// the verb they lead; the words of a thing arranged or ahead, as a whole.
constexpr std::string_view non_verb_cue_words[] = {"last", "ago", "yesterday", "earlier", "previously", "formerly"};
constexpr std::string_view auxiliary_or_adverb_words[] = {"was",   "were", "has",     "have", "had",  "been",
                                                          "being", "not",  "already", "now",  "also", "since"};
constexpr std::string_view arranged_words[] = {"set",    "put",      "due",   "going", "poised",
                                               "likely", "unlikely", "meant", "to",    "about"};
// The stems of arranging or putting off a thing still to come (sits_in_subject_of_past).
constexpr std::string_view arranged_stems[] = {
    "postpone", "delay",   "defer",  "adjourn", "extend", "suspend", "reschedul", "expect",   "schedul",  "plann",
    "announc",  "confirm", "called", "slated",  "moved",  "pushed",  "brought",   "agreed",   "approved", "fixed",
    "supposed", "book",    "arrang", "reserv",  "organi", "finali",  "authori",   "sanction", "chosen",   "picked"};
bool has_arranged_stem(std::string_view word) {
  return std::any_of(std::begin(arranged_stems), std::end(arranged_stems),
                     [word](std::string_view stem) { return word.starts_with(stem); });
}

// Whether the expression at `begin` is the day a present perfect arranges an event for: "The union
// has called a strike for Friday", "Forecasters have issued a warning for snow on Wednesday", "The
// court has fixed the case for hearing on 12 March". The arrangement stands now, so the day is the
// one ahead; "has called a strike on Friday" dates the calling, "had called" is a past perfect's.
bool day_arranged_in_present_perfect(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* const first = text.data();
  const char* p = first + begin;
  std::string_view word = lower_word_before(first, p, buffer, p);
  if (word == "on" && !lower_word_before(first, p, buffer, p).empty()) word = lower_word_before(first, p, buffer, p);
  if (word != "for") return false;
  // The event: a determiner and at most three words after it.
  bool determiner = false;
  for (int words = 0; words < 4 && !determiner; ++words) {
    word = lower_word_before(first, p, buffer, p);
    if (word.empty()) return false;
    determiner = one_of(word, {"a", "an", "the", "its", "their", "his", "her", "our"});
  }
  if (!determiner) return false;
  word = lower_word_before(first, p, buffer, p);
  if (!has_arranged_stem(word) && !one_of(word, {"set", "issued"})) return false;
  word = lower_word_before(first, p, buffer, p);
  if (is_verb_group_adverb(word)) word = lower_word_before(first, p, buffer, p);
  return one_of(word, {"has", "have", "s", "ve"});
}

// Whether the "was", "were", "remained" or "stayed" at text[verb], after an arranged event named
// around the expression at [begin, end) as its subject, tells the arrangement still on when told:
// "The summit in January was still on", "was on track", "The vote in February was still
// scheduled", "was still due to", "The January launch remained on track", "stayed on schedule".
// What is still on lies ahead of the telling ("was not on track" too, only late). Not what the event
// was ("The summit in January was a success", "was close"; "was never on track"), not called off
// ("was still postponed"), not undone after. Reads at most five words after the verb; asked only
// where the expression sits in the subject of that verb.
bool arrangement_still_on(std::string_view text, std::size_t begin, std::size_t end, std::size_t verb) {
  const char* const text_end = text.data() + text.size();
  std::array<char, 16> buffer{};
  const char* p = text.data() + verb;
  std::string_view word = lower_word_at(p, text_end, buffer, p);
  bool still = one_of(word, {"remained", "stayed"});  // "remained on track": still so when told
  if (!still && word != "was" && word != "were") return false;
  for (int words = 0; words < 3; ++words) {  // "was still", "was still firmly", "remained largely"
    while (p != text_end && *p == ' ') ++p;
    word = lower_word_at(p, text_end, buffer, p);
    if (word == "still")
      still = true;
    else if (word == "never" || !is_verb_group_adverb(word))  // "was not on track": still ahead
      break;
  }
  if (word == "on") {  // "on" ending the clause, or "on track", "on course", "on schedule", "on target"
    while (p != text_end && *p == ' ') ++p;
    const std::string_view after = lower_word_at(p, text_end, buffer, p);
    if (!after.empty() && !one_of(after, {"track", "course", "schedule", "target"})) return false;
  } else {
    // Still arranged, not called off: "still scheduled", "still due to", "still going ahead" (without
    // "still", sits_in_subject_of_past has turned an arranged state away: the nearest).
    if (!still || in_list<called_off_words>(word)) return false;
    if (!in_list<arranged_words>(word) && !has_arranged_stem(word)) return false;
  }
  // An arrangement the sentence goes on to undo was past: "The vote in February was due to take
  // place, but was cancelled" (undone_after).
  return names_arranged_event(text, begin, end) && !undone_after(text, end);
}

// What no subject holds: a clause opener, a verb of saying, a futures contract's word
// (sits_in_subject_of_past).
constexpr std::string_view not_in_subject_words[] = {
    "that",  "which",   "who",      "whom",   "whose",    "where",     "when",    "whenever", "if", "unless",
    "while", "because", "although", "though", "once",     "whether",   "but",     "yet",      "so", "said",
    "says",  "say",     "told",     "tells",  "contract", "contracts", "futures", "delivery"};

// Whether the expression at [begin, end) sits in the subject of the reported clause opening at
// `opening` (subject_clause_opening) whose "was" or "were" foresees it (predicts_ahead): "Analysts
// said a September hike was likely", "Lagarde said a hike in September was possible", "Traders said
// a December cut was unlikely", or judges it as a thing still to come (judges_thing_ahead: "Analysts
// said the December deadline was unrealistic"): a present shifted back by the saying, the coming
// month. At most
// three words of the subject before the expression and three after it, the verb right after them;
// no clause opener, verb of saying or punctuation among them, no preposition first ("He said in
// September a rebound was likely" dates the saying).
bool foreseen_in_reported_subject(std::string_view text, std::size_t opening, std::size_t begin, std::size_t end) {
  const char* const base = text.data();
  const char* const text_end = base + text.size();
  std::array<char, 16> buffer{};
  const auto plain_words = [&](std::size_t from, std::size_t to, int most) {
    int words = 0;
    for (const char* p = base + from; p < base + to;) {
      if (*p == ' ') {
        ++p;
        continue;
      }
      if (!is_letter(*p)) return false;
      const char* word_end = p;
      const std::string_view word = lower_word_at(p, base + to, buffer, word_end);
      // A preposition opening the words dates the saying ("said in September"), not a noun's.
      if (++words > most || is_auxiliary(word) || in_list<not_in_subject_words>(word) ||
          (words == 1 && one_of(word, {"in", "on", "by", "at", "during", "since", "until", "before", "after"})))
        return false;
      p = word_end;
    }
    return true;
  };
  if (opening >= begin || !plain_words(opening, begin, 3)) return false;
  const char* p = base + end;
  for (int words = 0; words < 4 && p < text_end; ++words) {
    while (p < text_end && *p == ' ') ++p;
    if (p == text_end || !is_letter(*p)) return false;
    const char* word_end = p;
    const std::string_view word = lower_word_at(p, text_end, buffer, word_end);
    if (word == "was" || word == "were")
      return plain_words(end, static_cast<std::size_t>(p - base), 3) &&
             (predicts_ahead(word_end, text_end) || judges_thing_ahead(word_end, text_end));
    p = word_end;
  }
  return false;
}

// Whether the expression at text[begin, end) sits in the subject of the clause opening at
// `opening` (a sentence's start) and `verb`, where the first cue after it starts, is that clause's
// finite verb, a past: "Sales in January were weak", "Figures for January showed a rise", "A survey
// conducted in January found", "The January strike cost", "Her only trip abroad, in January, was
// cut short". The verb tells when the subject's event was, as it does for a date opening its
// sentence ("In January, the company cut 200 jobs"). Before the expression, at most ten words of
// the subject; between it and the verb at most ten more, its nouns, prepositional phrases, a
// reduced relative's participle or an aside between commas closed right before the verb: no clause
// opener ("that", "which", "when", "if", "because", ...), no "but", no colon, semicolon, dash,
// bracket or quote. Not a bound ("By January, troops were poised") nor a deadline ("The report,
// due 31 March, found"); not a planned thing whose arranging or putting off the past tells ("The
// January deadline was extended", "The summit in March was postponed", "Our trip in January was
// booked", "The vote in January was expected to", "has been called off"), a thing named after
// "for" ("Tickets for the January concert went on sale"), a periodical's issue ("The January issue
// was published"), nor a futures contract's month, a delivery ahead ("The benchmark December Brent
// contract rose"). Out of line: asked only where a
// past verb after the expression decides, with none before it (speed).
[[gnu::noinline]] bool sits_in_subject_of_past(std::string_view text, std::size_t opening, std::size_t begin,
                                               std::size_t end, std::size_t verb, const ShortWord& before) {
  if (opening > begin || verb < end || verb >= text.size()) return false;
  // A weekday told in the past is the last one whether its event's or not: not asked (speed).
  {
    std::array<char, 16> buffer{};
    const char* ignored = nullptr;
    if (in_list<weekday_words>(lower_word_at(text.data() + begin, text.data() + end, buffer, ignored))) return false;
  }
  if (one_of(before.view(),
             {"by",      "until", "till", "since", "through", "to",       "from",      "before", "after", "than",
              "between", "into",  "as",   "like",  "due",     "expected", "scheduled", "slated", "set",   "planned"}))
    return false;
  // Words after a comma before the verb are the clause's subject, the expression in an adverbial
  // before it ("by setting a Jan. 14 return date, the immigration service allowed"); an aside the
  // comma closes goes straight on to the verb ("Her only trip abroad, in January, was cut short").
  if (const std::size_t comma = text.substr(end, verb - end).rfind(','); comma != std::string_view::npos)
    for (std::size_t i = end + comma + 1; i < verb; ++i)
      if (is_letter(text[i])) return false;
  const char* const base = text.data();
  // A periodical's issue is named for a month it comes out before: "The January issue of the
  // magazine was published on Monday" said in December is the coming January.
  if (end < verb && text[end] == ' ') {
    std::array<char, 16> buffer{};
    const char* ignored = nullptr;
    if (one_of(lower_word_at(base + end + 1, base + verb, buffer, ignored), {"issue", "issues", "edition", "editions"}))
      return false;
  }
  // The verb, and after a form of "be" or "have" what it says was done or will be: no arranging,
  // putting off or calling off of a thing still to come.
  {
    std::array<char, 16> buffer{};
    const char* const text_end = base + text.size();
    const char* p = base + verb;
    std::string_view word = lower_word_at(p, text_end, buffer, p);
    // A cue that is no verb ("played from March 3 to March 20 in the tournament last year").
    if (in_list<non_verb_cue_words>(word)) return false;
    for (int words = 0; words < 3 && in_list<auxiliary_or_adverb_words>(word); ++words) {
      while (p != text_end && *p == ' ') ++p;
      word = lower_word_at(p, text_end, buffer, p);
    }
    if (in_list<called_off_words>(word) || has_arranged_stem(word) || in_list<arranged_words>(word)) return false;
  }
  // The words of the subject on one side, within [from, to): at most ten, none a clause opener nor
  // a futures contract's word.
  bool saw_for = false;
  const auto subject_words = [&](std::size_t from, std::size_t to) {
    int words = 0;
    std::array<char, 16> buffer{};
    for (std::size_t i = from; i < to;) {
      const char c = text[i];
      if (c == ' ') {
        ++i;
        continue;
      }
      if (!is_letter(c)) {
        if (c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '?' || c == '!' ||
            (c == '-' && i > from && text[i - 1] == ' '))
          return false;
        // A dash or a curly double quote; not a curly apostrophe ("the company\xE2\x80\x99s").
        if (static_cast<unsigned char>(c) == 0xE2 &&
            (has_at(text, i, "\xE2\x80\x93") || has_at(text, i, "\xE2\x80\x94") || has_at(text, i, "\xE2\x80\x9C") ||
             has_at(text, i, "\xE2\x80\x9D")))
          return false;
        ++i;
        continue;
      }
      const char* word_end = base + i;
      const std::string_view word = lower_word_at(base + i, base + to, buffer, word_end);
      if (++words > 10 || in_list<not_in_subject_words>(word)) return false;
      saw_for = saw_for || word == "for";
      i = static_cast<std::size_t>(word_end - base);
      while (i < to && is_letter(text[i])) ++i;
    }
    return true;
  };
  if (!subject_words(end, verb)) return false;
  // A "that" opening the clause is a determiner or a demonstrative, no clause opener: "That cut in
  // January was welcomed by investors".
  {
    std::size_t first = opening;
    while (first < begin && text[first] == ' ') ++first;
    if (begin - first > 5 && (text[first] == 't' || text[first] == 'T') && spells(base + first, 4, "that") &&
        text[first + 4] == ' ')
      opening = first + 5;
  }
  if (!subject_words(opening, begin)) return false;
  // A thing the expression names after "for" is what the subject is for, perhaps still to come:
  // "Tickets for the January concert went on sale" ("Figures for January" are of the month).
  return !(saw_for && (is_definite_determiner(before.view()) || one_of(before.view(), {"a", "an"})));
}

// Whether a comma closes, within a few words after `end`, a phrase with no verb of its own ("because
// of high winds", "after months of talks", "in Geneva"): the aside the expression stands in goes on
// to there. Bounded: 40 bytes.
bool aside_closes_after(std::string_view text, std::size_t end) {
  const char* const base = text.data();
  const CueWords& cues = cue_words();
  const std::size_t limit = std::min(text.size(), end + 40);
  for (std::size_t i = end; i < limit;) {
    const char c = text[i];
    if (c == ',') return true;
    if (!is_letter(c)) {
      if (c != ' ' && c != '-' && c != '\'') return false;  // a clause's end, a bracket, a quote, a number
      ++i;
      continue;
    }
    std::size_t stop = i + 1;
    while (stop < text.size() && is_letter(text[stop])) ++stop;
    const std::string_view word(base + i, stop - i);
    if (one_of(word, {"and", "but", "or", "which", "who", "that", "where", "when"})) return false;
    if (may_have_cue(cues, base + i, base + stop) &&
        cue_at(base, base + i, base + stop, base + text.size(), true) != Cue::none)
      return false;
    i = stop;
  }
  return false;
}

// Where the clause that a word of time or reason ending at `from` opens ends (its closing comma, or
// where its sentence ends), when a subject follows the word (a determiner, a pronoun or a name) and
// a verb with a tense cue within six words; npos otherwise ("after the court ruled against the
// agency", "since he took office,"; not "after the hearing", a phrase).
std::size_t subordinate_clause_after(std::string_view text, std::size_t from) {
  const char* const base = text.data();
  const char* const text_end = base + text.size();
  std::array<char, 16> buffer{};
  const char* p = base + from;
  while (p < text_end && *p == ' ') ++p;
  if (p == text_end || !is_letter(*p)) return std::string_view::npos;
  const char* word_end = p;
  const std::string_view subject = lower_word_at(p, text_end, buffer, word_end);
  // A plural noun too: "after shareholders revolted".
  if (!is_upper(*p) && !is_definite_determiner(subject) &&
      !one_of(subject, {"a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our"}) &&
      !(subject.size() > 3 && subject.ends_with('s') && !subject.ends_with("ss")))
    return std::string_view::npos;
  const CueWords& cues = cue_words();
  bool verb = false;
  int words = 0;
  for (std::size_t i = static_cast<std::size_t>(word_end - base); i < text.size(); ++i) {
    const char c = text[i];
    if (c == ',' || c == ';' || (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') ||
        ends_sentence_at(text, i) || is_quote_mark_at(text, i))
      return verb ? i : std::string_view::npos;
    if (!is_letter(c)) continue;
    std::size_t stop = i + 1;
    while (stop < text.size() && is_letter(text[stop])) ++stop;
    if (!verb && ++words > 6) return std::string_view::npos;
    if (!verb && may_have_cue(cues, base + i, base + stop) &&
        cue_at(base, base + i, base + stop, text_end, true) != Cue::none)
      verb = true;
    i = stop - 1;
  }
  return verb ? text.size() : std::string_view::npos;
}

// Whether the date ends an absolute phrase of "with" that tells a prospect, a thing expected, due or
// scheduled, after a comma or opening the sentence: "The court agreed on Monday to hear the case,
// with a ruling expected by the end of June", "Shares rose, with the deal expected to close in
// March", "With a vote due on Friday, ..." look ahead of the telling whatever the main verb's tense.
// At most five words between the participle and the date, none of another clause or a perfect
// ("with sales expected to have peaked in March"), none a finite verb between "with" and it; not a
// cause ("with losses due to the strike in March"), a comparison ("with higher than expected sales
// in March", "as expected"), nor a story told in a year of its own ("In 2019, the company announced
// the merger, with completion expected in March").
bool prospect_after_with(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* const base = text.data();
  const char* p = base + begin;
  // The participle first, by its letters alone: one of the six words before the date, blanks only
  // between, as the walk below reads them (speed: most dates have none, and the walk lower-cases and
  // tests each word against some forty).
  {
    const char* q = p;
    bool participle = false;
    for (int words = 0; words < 6 && !participle; ++words) {
      const char* word_end = q;
      while (word_end > base && word_end[-1] == ' ') --word_end;
      q = word_end;
      while (q > base && is_letter(q[-1]) && word_end - q < 16) --q;
      if (q == word_end || (q > base && is_letter(q[-1]))) return false;
      const auto n = static_cast<std::size_t>(word_end - q);
      participle =
          spells(q, n, "due") || spells(q, n, "expected") || spells(q, n, "scheduled") || spells(q, n, "slated");
    }
    if (!participle) return false;
  }
  int words = 0;
  bool noun_follows = false;  // the word read last opens a noun phrase
  bool to_noun = false;       // the word read last is "to" before a noun phrase
  for (std::string_view word = lower_word_before(base, p, buffer, p);; word = lower_word_before(base, p, buffer, p)) {
    if (word == "due" && to_noun) return false;
    if (one_of(word, {"expected", "due", "scheduled", "slated"})) break;
    if (word.empty() || ++words > 5 || is_auxiliary(word) ||
        one_of(word,
               {"and", "but", "which", "that", "who", "when", "after", "since", "ago", "last", "earlier", "been"}))
      return false;
    to_noun = word == "to" && noun_follows;
    noun_follows = is_definite_determiner(word) || one_of(word, {"a", "an"}) || word.ends_with("ing");
  }
  for (words = 0; words < 6; ++words) {
    const std::string_view word = lower_word_before(base, p, buffer, p);
    if (word.empty() || is_auxiliary(word) || one_of(word, {"and", "but", "which", "that", "who", "when"}) ||
        (words == 0 && one_of(word, {"than", "as"})))
      return false;
    if (word != "with") continue;
    const char* q = p;
    while (q > base && q[-1] == ' ') --q;
    if (q != base && !one_of(std::string_view(q - 1, 1), {",", ";", ".", "("})) return false;
    // A year told earlier in the sentence dates the story.
    return !year_written_before(text, begin);
  }
  return false;
}

// The comma before an absolute phrase of "with" whose participle the date ending it times, after
// a clause it goes on from: "The demolition is scheduled for March, with the site sold in June",
// "The vote is set for May, with results counted in June" (the comma after "March", "May"); npos
// otherwise. At most six words from "with" to the date, a participle or a gerund among them
// ("sold", "transferred", "starting"), no finite verb nor another clause. So too ", followed by",
// itself a participle: "Goldman reports on Monday, followed by Citi on Tuesday".
std::size_t with_phrase_comma(std::string_view text, std::size_t begin) {
  // Most dates have no "with" near before them (speed).
  const std::size_t from = begin > 80 ? begin - 80 : 0;
  const std::string_view before = text.substr(from, begin - from);
  if (before.find(", with ") == std::string_view::npos && before.find(", followed by ") == std::string_view::npos)
    return std::string_view::npos;
  std::array<char, 16> buffer{};
  const char* const base = text.data();
  const char* p = base + begin;
  bool participle = false;
  bool on_weekday = false;  // "with the race on Sunday": the weekday an event of the same timetable is on
  for (int words = 0; words < 7; ++words) {
    const std::string_view word = lower_word_before(base, p, buffer, p);
    if (word.empty() || is_auxiliary(word) ||
        one_of(word, {"and", "but", "which", "that", "who", "when", "than", "as", "been", "being", "to"}))
      return std::string_view::npos;
    if (words == 0 && word == "on") {
      std::array<char, 16> date_buffer{};
      const char* ignored = nullptr;
      on_weekday = in_list<weekday_words>(lower_word_at(base + begin, base + text.size(), date_buffer, ignored));
    }
    if (word == "by" && words >= 2) {
      std::array<char, 16> followed_buffer{};
      const char* followed = p;
      if (lower_word_before(base, followed, followed_buffer, followed) == "followed") {
        const char* q = followed;
        while (q > base && q[-1] == ' ') --q;
        return q > base && q[-1] == ',' ? static_cast<std::size_t>(q - 1 - base) : std::string_view::npos;
      }
    }
    if (word == "with") {
      if (!(participle || on_weekday) || words < 2) return std::string_view::npos;
      const char* q = p;
      while (q > base && q[-1] == ' ') --q;
      return q > base && q[-1] == ',' ? static_cast<std::size_t>(q - 1 - base) : std::string_view::npos;
    }
    if (words > 0 && word.size() >= 4 &&
        (word.ends_with("ed") || word.ends_with("ing") || english::is_irregular_form(word)))
      participle = true;
  }
  return std::string_view::npos;
}

// Whether a present passive of expectation or schedule leads to the date, right before it or
// before its preposition, maybe through "to" and a verb: "A verdict is expected Sept. 30", "Results
// are expected in early August", "Figures are due on Monday", "The data is slated for the spring",
// "Sales are set to be released by the end of March" look ahead of the telling, even to the month
// just gone, whatever the subject names ("Results", "Figures", "Sales": not that month's figures).
// Not a past ("were expected"), a reduced relative with no "be" ("Results expected in August were
// delayed": its main verb decides), a cause ("is due to the strike in March") nor a perfect ("is
// expected to have peaked in March"); "set" only before "for" or "to" ("The film is set in the
// summer" is a setting).
bool present_expectation_before(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* const base = text.data();
  const char* p = base + begin;
  std::string_view word = lower_word_before(base, p, buffer, p);
  const bool preposition =
      one_of(word, {"in", "on", "by", "for", "at", "during", "before", "until", "around", "within"});
  const bool for_ = word == "for";
  if (preposition) word = lower_word_before(base, p, buffer, p);
  // "to", a verb and maybe "be" and a participle: "is set to close in", "are due to be published on";
  // the word right after "to" names no noun nor a perfect ("due to the strike", "to have peaked").
  bool through_to = false;
  if (preposition && !word.empty()) {
    std::array<char, 16> read_buffer{};
    const char* q = p;
    std::string_view read = word;
    for (int words = 0; words < 3 && !read.empty() && read != "to"; ++words) {
      if (is_definite_determiner(read) || one_of(read, {"a", "an", "have", "has", "had", "been"})) break;
      read = lower_word_before(base, q, read_buffer, q);
    }
    if (read == "to") {
      const char* after_to = q + 2;
      while (after_to < base + begin && *after_to == ' ') ++after_to;
      const char* after_end = after_to;
      const std::string_view first = lower_word_at(after_to, base + begin, read_buffer, after_end);
      if (!first.empty() && !opens_cause_after_due_to(first) && first != "have") {
        through_to = true;
        p = q;
        word = lower_word_before(base, p, buffer, p);
      }
    }
  }
  const bool participle = one_of(word, {"expected", "due", "scheduled", "slated", "planned", "forecast", "projected",
                                        "likely", "anticipated", "predicted", "poised"}) ||
                          (word == "set" && (through_to || for_));
  if (!participle) return false;
  const char* be_start = p;
  return one_of(lower_word_before_adverbs(base, p, buffer, be_start), {"is", "are"});
}

// Whether lower-case `word` right after a comma opens a clause of a present participle
// (tense_of_verbs): "clearing", "paving", "sending", "bringing"; not a preposition so ending
// ("including", "following", "according", "during"), a word of a span's edge ("starting",
// "beginning", "ending"), "being"/"having", which lean on the clause before, nor a noun ("morning").
bool opens_participle_clause(std::string_view word) {
  if (word.size() < 6 || !word.ends_with("ing") || is_upper(word[0])) return false;
  return !one_of(word,
                 {"including", "following",  "according", "regarding", "concerning", "during",  "starting", "beginning",
                  "ending",    "being",      "having",    "pending",   "excluding",  "barring", "nothing",  "something",
                  "anything",  "everything", "morning",   "evening",   "spring",     "thing",   "string"});
}

// The verb before "effect" or "force" (and "into", "on", "from", "in") right before the expression
// at `begin` ("takes effect Monday", "comes into force on Sunday", "goes into effect from 1
// April", "is in force from Monday": "is"), or "apply" itself before "from" or "as of" ("The new
// rules apply from Monday", "applies as of Monday": "apply"), and so a present "valid" or
// "effective" ("The tickets are valid from Monday", "is effective as of Monday": "valid"), empty
// where none is.
ShortWord coming_into_force_verb(std::string_view text, std::size_t begin, const ShortWord& before) {
  if (!same_word(before, "effect") && !same_word(before, "force") && !same_word(before, "on") &&
      !same_word(before, "from") && !same_word(before, "in") && !same_word(before, "of"))
    return {};
  const char* const base = text.data();
  const auto word_ending_at = [&](std::size_t& p) {  // the word before text[p], and p moved to its start
    while (p > 0 && !is_letter(text[p - 1])) --p;
    const ShortWord word = word_before(base, base + p, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
    while (p > 0 && is_letter(text[p - 1])) --p;
    return word;
  };
  std::size_t p = begin;
  ShortWord noun = word_ending_at(p);
  bool from = same_word(noun, "from");
  if (same_word(noun, "of")) {  // "as of" is "from"
    if (!same_word(word_ending_at(p), "as")) return {};
    from = true;
    noun = ShortWord("from", 4);
  }
  if (same_word(noun, "on") || from || same_word(noun, "in")) noun = word_ending_at(p);
  // A rule's "apply" from a weekday says the same ("The new rules apply from Monday"): the verb
  // itself. Not a date: "The rules apply from March 1" said in June may tell a state since then.
  // A rule "valid" or "effective" from a weekday in the present: "was valid from Monday" is a
  // state since.
  if (from && one_of(noun, {"valid", "effective"})) {
    std::size_t q = p;
    if (!one_of(word_ending_at(q), {"is", "are", "be", "becomes", "become"})) return {};
  }
  if (from && one_of(noun, {"apply", "applies", "valid", "effective"})) {
    std::array<char, 16> buffer{};
    const char* ignored = nullptr;
    return in_list<weekday_words>(lower_word_at(base + begin, base + text.size(), buffer, ignored)) ? noun
                                                                                                    : ShortWord{};
  }
  if (!same_word(noun, "effect") && !same_word(noun, "force")) return {};
  ShortWord verb = word_ending_at(p);
  if (same_word(verb, "into")) verb = word_ending_at(p);
  return verb.empty() ? ShortWord("-", 1) : verb;
}

std::size_t scheduled_act_verb_before_phrases(std::string_view text, std::size_t begin);  // below

// How a verb looking ahead to its day is joined to it, the one thing its readers tell apart.
enum class PhraseToDay {
  // "effect" or "force", or "from" after a rule's "apply", "valid", "effective"
  // (coming_into_force_verb): "takes effect Monday", "comes into force on Sunday", "is in force
  // from Monday", "The new rules apply from Monday".
  coming_into_force,
  // A timetable's object and its phrases of place, partner or occasion
  // (scheduled_act_verb_before_phrases): "Schools reopen after the holidays on Monday", "The trial
  // resumes after a short adjournment on Thursday", "Pupils come back to class on Monday".
  timetable_phrases,
};

// The verb told before the day at `begin` across a phrase of `phrase`'s kind, and whether it is a
// present one that looks ahead to that day (a rule's coming into force, a timetable's act: the
// coming day however near the last). `before` is the word right before `begin` (previous_word),
// read for a coming into force only. For a timetable, `end` is where the verb's reading ends in the
// text (after "back" in "get back"), for follows_scheduled_act_verb_near to read the verb there.
struct VerbBeforeDay {
  ShortWord word;  // "takes", "apply", "valid", "is", "took"; "-" where the phrase opens the text
  std::size_t end = std::string_view::npos;
  bool looks_ahead = false;
  bool found() const { return !word.empty(); }
};

VerbBeforeDay verb_before_day(std::string_view text, std::size_t begin, const ShortWord& before, PhraseToDay phrase) {
  VerbBeforeDay verb;
  if (phrase == PhraseToDay::coming_into_force) {
    verb.word = coming_into_force_verb(text, begin, before);
    // Only a present of coming into force is the act's own timetable; the past ("took effect",
    // "came into force") is not, and "is in force" only leaves a present clause looking ahead
    // (found(): clause_tense's tail).
    verb.looks_ahead = one_of(verb.word, {"takes", "take", "comes", "come", "goes", "go", "enters", "enter", "apply",
                                          "applies", "valid", "effective"});
    return verb;
  }
  verb.end = scheduled_act_verb_before_phrases(text, begin);
  if (verb.end == std::string_view::npos) return verb;
  std::size_t start = verb.end;
  while (start > 0 && is_letter(text[start - 1])) --start;
  verb.word = ShortWord(text.data() + start, verb.end - start);
  verb.looks_ahead = true;
  return verb;
}

Tense tense_of_verbs(std::string_view text, std::size_t begin, std::size_t end, const ShortWord& before) {
  constexpr std::size_t window = 200;
  // A coming into force said in the present, whatever an aside or a clause after it tells ("The
  // law, passed in 2021, takes effect on 1 July", "takes effect Jan. 1 and applies to permits filed
  // after that date"): "comes into force on Sunday", "takes effect Monday", "goes into effect from 1
  // April"; the act's own present, a timetable: the coming date however near the last ("The reform
  // takes effect Aug. 1" said in October is next August). The past is "took effect", "came into
  // force".
  if (verb_before_day(text, begin, before, PhraseToDay::coming_into_force).looks_ahead) return Tense::event_future;
  // A prospect in an absolute phrase of "with" is ahead of the telling (prospect_after_with).
  if (prospect_after_with(text, begin)) return Tense::event_future;
  // An absolute phrase of "with" after a plan goes on from it, ahead as the plan is: "The
  // demolition is scheduled for March, with the site sold in June" (with_phrase_comma); after a
  // past ("The plant closed in March, with the site sold in June") its own past.
  if (const std::size_t comma = with_phrase_comma(text, begin); comma != std::string_view::npos) {
    Tense plan = tense_of_verbs(text, comma, comma, previous_word(text, comma));
    // A clause ending on its own weekday in the present or the future is a timetable, and the
    // phrase's weekday after "on" another day of it: "Qualifying is on Saturday, with the race on
    // Sunday", "The series continues on Saturday, with game two on Monday", "Goldman reports on
    // Monday, followed by Citi on Tuesday" (the clause read alone: "followed" is no verb of its).
    std::size_t day = comma;
    while (day > 0 && is_letter(text[day - 1])) --day;
    // Not a weekday opening the sentence alone ("On Monday, with the market closed on Friday,
    // stocks fell", "Late on Monday, ..."): the clause after the phrase is the one it dates.
    const auto opens_alone = [&] {
      std::size_t i = day;
      for (int words = 0; words < 3; ++words) {
        std::size_t w = i;
        while (w > 0 && text[w - 1] == ' ') --w;
        const std::size_t word_end = w;
        while (w > 0 && is_letter(text[w - 1])) --w;
        if (w == word_end ||
            !one_of(ascii_lowered(text.substr(w, word_end - w)), {"on", "late", "early", "very", "by"}))
          break;
        i = w;
      }
      while (i > 0 && text[i - 1] == ' ') --i;
      // A sentence's end, not an abbreviation's stop ("at 3 p.m. on Saturday").
      return i == 0 || text[i - 1] == '\n' || is_quote_mark_at(text, i - 1) || ends_sentence_at(text, i - 1);
    };
    if (plan != Tense::future && plan != Tense::event_future && day < comma &&
        in_list<weekday_words>(ascii_lowered(text.substr(day, comma - day))) && !opens_alone()) {
      plan = tense_of_verbs(text.substr(0, comma), day, comma, previous_word(text, day));
      if (plan == Tense::present || plan == Tense::unknown) plan = Tense::future;
    }
    if (plan == Tense::future || plan == Tense::event_future) return Tense::future;
  }
  const char* const base = text.data();

  // A present "be" right before the date, or before its "on", schedules what its subject names:
  // "The vote is on Tuesday", "Game 7 is Sunday", "The hearings are on Nov. 9".
  if (same_word(before, "is") || same_word(before, "are")) return Tense::future;
  // So does a present passive of expectation or schedule before the date, the thing's own
  // (present_expectation_before).
  if (present_expectation_before(text, begin)) return Tense::event_future;
  // And before its "at" a clock time leads: "Our flight is at 6 a.m. on Saturday".
  if (same_word(before, "on") || same_word(before, "at")) {
    std::size_t on = begin;
    while (on > 0 && !is_letter(text[on - 1])) --on;  // just after "on": the word before starts 2 back
    const ShortWord be =
        word_before(base, base + on - 2, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
    if (same_word(be, "is") || same_word(be, "are")) return Tense::future;
    // A present passive before "on" and a weekday schedules the act on the coming one: "The final is
    // played on Tuesday", "The results are announced on Friday" ("was played" stays past). Only a
    // weekday: "is based on March figures" is no act. (The weekday is asked first: the irregular
    // forms are a list scanned word by word.)
    if (same_word(before, "on")) {
      std::array<char, 16> buffer{};
      const char* day_end = base + begin;
      const char* be_start = nullptr;
      if (in_list<weekday_words>(lower_word_at(base + begin, base + text.size(), buffer, day_end)) &&
          (day_end == base + text.size() || *day_end != '\'') &&
          (english::is_regular_past_form(be.view()) || english::is_irregular_form(be.view()))) {
        const char* participle_start = base + on - 2;
        lower_word_before(base, participle_start, buffer, participle_start);
        if (one_of(lower_word_before(base, participle_start, buffer, be_start), {"is", "are"})) return Tense::future;
      }
    }
  }
  const bool perfect_is_past =
      !(same_word(before, "until") || same_word(before, "till") || same_word(before, "through"));
  const CueWords& cues = cue_words();

  // Left of the expression, right to left.
  NearestCues left;
  const std::size_t left_limit = begin > window ? begin - window : 0;
  // Where the sentence (or quotation) opens, when the loop reaches it without a strong cue.
  std::size_t sentence_opening = left_limit == 0 ? 0 : std::string_view::npos;
  bool coordinated_past = false;  // a past verb nearest on the left follows "and" or "but"
  bool passed_comma = false;      // a comma read on the left
  for (std::size_t i = begin; i > left_limit;) {
    const char c = text[i - 1];
    if (!is_letter(c)) {
      if (may_end_clause[static_cast<unsigned char>(c)] &&
          (c == ';' || (c == '\n' && i >= 2 && text[i - 2] == '\n') ||
           ((c == '.' || c == '!' || c == '?') && i < text.size() && ends_sentence_at(text, i - 1)) ||
           is_quote_mark_at(text, i - 1))) {
        sentence_opening = i;
        break;
      }
      // A relative clause between commas on the subject tells its own tense, not the main clause's
      // after it: "The Celtics, who have lost three straight, visit Miami on Saturday" is the coming
      // Saturday, "The team, which won on Friday, plays again on Sunday" reads "plays". Only the first
      // comma on the left, and no "and" or "or" after it: a list's comma is inside the clause ("who
      // stepped down as chairman, president and chief executive in March"). So is one before the main
      // clause's past right after it: "The Celtics, who visit Miami next week, lost on Saturday" reads
      // "lost" (not a participle after an auxiliary, "..., would be paid in January").
      if (c == ',' && !passed_comma && left.strong == Cue::none &&
          (left.weak == Cue::none || begin - left.weak_distance == i + 1) && i + 1 < begin && text[i] == ' ' &&
          text[i + 1] >= 'a' && text[i + 1] <= 'z' &&
          text.substr(i, begin - i).find(" and ") == std::string_view::npos &&
          text.substr(i, begin - i).find(" or ") == std::string_view::npos) {
        const std::size_t opened = relative_clause_opening(text, i - 1);
        if (opened != std::string_view::npos && opened > left_limit) {
          i = opened;
          continue;
        }
      }
      if (c == ',') passed_comma = true;
      --i;
      continue;
    }
    std::size_t start = i - 1;
    while (start > left_limit && is_letter(text[start - 1])) --start;
    // "Ramadan ended last week, and the league resumes on Saturday": the clause after "and" or
    // "but" tells its own tense, a present, which no cue word said.
    if (left.strong == Cue::none && left.weak == Cue::none && i - start <= 3 &&
        (spells(base + start, i - start, "and") || spells(base + start, i - start, "but")) &&
        present_clause_follows(text, i, begin))
      break;
    // So does a clause a past verb of saying reports, with a subject and a timetable's present of its
    // own before the expression: "The union said its contract expires on September 30", "said that
    // the offer ends on Friday" (ahead; "said the offer ended on Friday", "said exports in March fell"
    // keep their past).
    if (left.strong == Cue::none && left.weak == Cue::none && i - start <= 9 && text[start] >= 'a' &&
        in_list<saying_verbs>(std::string_view(base + start, i - start)) && present_clause_follows(text, i, begin) &&
        follows_timetable_verb(text, begin))
      break;
    // A past verb right after "and" or "but" is a predicate of its own, no second verb of a
    // commitment before it: "Britain voted to leave the EU in 2016 and left in January", "voted
    // to strike and walked out on Tuesday" are past.
    if (left.strong == Cue::none && left.weak == Cue::participle && i - start <= 3 &&
        begin - left.weak_distance == i + 1 &&
        (spells(base + start, i - start, "and") || spells(base + start, i - start, "but")))
      coordinated_past = true;
    // A parenthetical attribution before it tells no tense: "The plant will reopen, the minister
    // said, in January" is the reopening's.
    if (i < text.size() && text[i] == ',' && parenthetical_attribution(text, start, i)) {
      i = start;
      continue;
    }
    if (may_have_cue(cues, base + start, base + i)) {
      Cue cue = cue_at(base, base + start, base + i, base + text.size(), perfect_is_past);
      // A perfect infinitive reporting a past ("is believed to have started on Sunday"), not before
      // a deadline ("is expected to have finished by June", "until", "before").
      if (cue == Cue::none && perfect_is_past && !same_word(before, "by") && !same_word(before, "before") &&
          reports_perfect_infinitive(base, base + start, base + i, base + text.size()))
        cue = Cue::past;
      // An "-ed" word before its noun after a present verb is an adjective ("Churches expect packed
      // services"), no past.
      if (cue == Cue::participle && left.weak == Cue::none &&
          adjective_after_present(base, base + start, base + i, base + text.size()))
        cue = Cue::none;
      // The noun "plan" after a determiner, maybe with one word naming it, is a thing the clause's
      // verb acts on ("had approved the plan in November", "accepted the peace plan on 3 June"), no
      // plan for the date; "a withdrawal plan ... in late 2008" may be one.
      if (cue == Cue::future && is_plan_noun(base, base + start, base + i, base + text.size()) && [&] {
            constexpr WordBeforeRules rules{.max_letters = 15, .longer_word_is_none = true};
            const ShortWord before = word_before(base, base + start, rules);
            if (is_definite_determiner(before.view())) return true;
            const char* named = base + start;  // the start of the word before, if a noun naming the plan
            while (named > base && named[-1] == ' ') --named;
            const char* const named_end = named;
            while (named > base && is_letter(named[-1])) --named;
            return named != named_end && !before.empty() &&
                   is_definite_determiner(word_before(base, named, rules).view());
          }())
        cue = Cue::none;
      // A plan told in the past ("planned", "scheduled") before ", and" or ", but" is its own
      // clause's act; the clause after it tells its own event: "In October, Britain planned an
      // invasion, and on 24 October they signed" is past.
      if (cue == Cue::future && i - start >= 5 && ascii_lower(base[i - 1]) == 'd' && ascii_lower(base[i - 2]) == 'e' &&
          (text.substr(i, begin - i).find(", and ") != std::string_view::npos ||
           text.substr(i, begin - i).find(", but ") != std::string_view::npos))
        cue = Cue::participle;
      // A modal beyond a comma governs another verb ("must be returned ..., and set Friday"). (Looked
      // for only at a modal, which is rare.)
      if (cue == Cue::modal && coordinated_past && i - start >= 5 && ascii_lower(base[i - 1]) == 'd' &&
          ascii_lower(base[i - 2]) == 'e')
        cue = Cue::past;
      if (cue != Cue::modal || text.substr(i, begin - i).find(',') == std::string_view::npos)
        left.consider(cue, begin - start);
    }
    if (left.strong != Cue::none) break;
    i = start;
  }

  if (subject_of_reported_would(text, begin, end)) return Tense::future;
  // A past verb of saying right before the expression is the verb it dates, whatever the report
  // after it tells (dates_a_saying; looked for only after a past verb near on the left: speed).
  if (std::min(left.strong_distance, left.weak_distance) <= 48 &&
      (tense_of(left.strong) == Tense::past || left.weak != Cue::none) && dates_a_saying(text, begin, end))
    return Tense::past;
  // An expression opening the subject of a reported clause takes that clause's own future after
  // it, not the verb of saying before it, nearer or not: "Airlines said Thanksgiving travel will top
  // last year" (said 2014-02-05) 2014-11-27, as "said Thanksgiving will be busy" already was. Not
  // past a comma or a verb, and a date of the saying stays so (dates_a_saying, above).
  if (left.strong == Cue::past && left.strong_distance <= 24 && left.weak_distance > left.strong_distance &&
      opens_reported_subject(text, begin - left.strong_distance, begin) && reported_subject_future(text, end))
    return Tense::future;
  // A condition opening the sentence, with no past verb of its own, looks ahead: "Unless Congress
  // acts by Dec. 31, the tax cuts will expire" said in March is this December, "If talks fail by
  // Friday" the coming Friday ("If the deal was signed in May" keeps its past).
  if (sentence_opening != std::string_view::npos && left.weak == Cue::none && tense_of(left.strong) != Tense::past &&
      opens_with_condition(text, sentence_opening, begin))
    return Tense::event_future;

  // A headline's "to" before its verb is a future ("Apple to unveil new iPhone Sept. 9", "Smith to
  // visit China in August"), the act's own.
  if (left.strong == Cue::none && left.weak == Cue::none && sentence_opening != std::string_view::npos &&
      headline_infinitive(text, sentence_opening, begin))
    return Tense::event_future;

  // A request or an instruction looks ahead ("Please respond by Friday"), unless a verb of its
  // own tells otherwise.
  if (left.strong == Cue::none && sentence_opening != std::string_view::npos) {
    const std::size_t opening = request_opening(text, sentence_opening, begin);
    if (opening != std::string_view::npos) {
      left.strong = Cue::future;
      left.strong_distance = begin - opening;
    }
  }

  // A participle beyond a comma after a reported "would" is the expression's own verb ("would
  // appeal the decision, announced Wednesday"); without one, the would's own ("would be published
  // in March").
  if (left.strong == Cue::reported && left.weak_distance < left.strong_distance &&
      text.substr(begin - left.strong_distance, left.strong_distance - left.weak_distance).find(',') !=
          std::string_view::npos) {
    left.strong = Cue::none;
    left.strong_distance = SIZE_MAX;
  }

  // A participle right after a noun (a reduced relative) dates what was done to the noun, not the
  // main clause's future before it: "will offer $30 for shares issued July 1", "will repay bonds
  // sold Tuesday", "will refund tickets bought on Tuesday" (dates_by_reduced_relative).
  // Not a participle after a linking verb, a state under the verb before it: "The roads will stay
  // closed in October", "could remain shut in March" look ahead ("stayed closed" stays past).
  if (left.weak == Cue::participle && left.weak_distance < left.strong_distance && left.strong != Cue::none &&
      tense_of(left.strong) == Tense::future && left.weak_distance <= begin &&
      dates_by_reduced_relative(text, begin - left.weak_distance, begin) &&
      !participle_after_linking_verb(text, begin - left.weak_distance))
    return Tense::past;

  // A past verb of the expression's own clause (a relative clause, below) right before it is the verb
  // of the event it dates, which puts it behind the telling however near ahead the next one is: "The
  // rule, which took effect in January, requires licences" said in December is last January.
  const auto own_past = [&](std::size_t distance) {
    return dates_own_event(text, begin - distance, begin, before, Tense::past) ? Tense::event_past : Tense::past;
  };

  // A participle opening an aside that the expression closes is the expression's own verb,
  // whatever the main clause says: "The deal, struck in the early hours of Sunday, runs through the
  // end of next year"; "the plan, approved Tuesday, will take effect". A phrase with no verb may
  // close it after the expression: "The race, postponed on Sunday because of high winds, will be
  // held on Thursday" (aside_closes_after).
  if (left.weak == Cue::participle && left.weak_distance <= 40 && end < text.size() &&
      (text[end] == ',' || aside_closes_after(text, end))) {
    std::size_t before_participle = begin - left.weak_distance;
    while (before_participle > 0 && text[before_participle - 1] == ' ') --before_participle;
    if (before_participle > 0 && text[before_participle - 1] == ',') return Tense::past;
  }

  // So does a relative clause the expression closes: "The strike, which started on Monday, is
  // expected to last", "The minister, who took office on Monday, will travel". Its verbs are
  // the expression's; the main clause's are not.
  // With no cue in it ("The talks, which begin on Monday, were announced"), its verb is a present
  // no cue word says, and the main clause's verbs on either side still are not its own.
  bool closes_relative_clause = false;
  if (end < text.size() && text[end] == ',') {
    const std::size_t opened = relative_clause_opening(text, begin);
    if (opened != std::string_view::npos) {
      if (left.strong != Cue::none && left.strong_distance < begin - opened)
        return tense_of(left.strong) == Tense::past ? own_past(std::min(left.strong_distance, left.weak_distance))
                                                    : tense_of(left.strong);
      if (left.weak != Cue::none && left.weak_distance < begin - opened &&
          !participle_after_linking_verb(text, begin - left.weak_distance))
        return own_past(left.weak_distance);
      closes_relative_clause = true;
      left = NearestCues{};
    }
  }

  // Right of it, left to right; a strong cue there wins only when strictly nearer.
  const bool left_is_past = tense_of(left.strong != Cue::none ? left.strong : left.weak) == Tense::past;
  NearestCues right;
  const std::size_t right_limit = closes_relative_clause ? end : std::min(text.size(), end + window);
  std::size_t comma = SIZE_MAX;  // the first comma after the expression
  for (std::size_t i = end; i < right_limit;) {
    const char c = text[i];
    if (!is_letter(c)) {
      if (may_end_clause[static_cast<unsigned char>(c)] &&
          (c == ';' || (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') || ends_sentence_at(text, i) ||
           is_quote_mark_at(text, i)))
        break;
      if (c == ',' && comma == SIZE_MAX) comma = i;
      ++i;
      continue;
    }
    if (i - end >= left.strong_distance) break;  // nothing here can be nearer than the left cue
    std::size_t stop = i + 1;
    while (stop < right_limit && is_letter(text[stop])) ++stop;
    // A clause of its own begins: its verbs tell when its own event happens ("issued a statement
    // Friday saying the entry will consolidate", "Friday, which will", "in Geneva, where ministers will").
    const std::string_view word(base + i, stop - i);
    // But a relative clause on a noun after the expression, closed by a comma, is passed over: the
    // main clause's verb after it is the expression's ("In March the company, which said it would
    // cut jobs, reported a loss": the reporting's March).
    if (same_word(word, "which") || same_word(word, "who") || same_word(word, "whose")) {
      const std::size_t closing = relative_clause_close(text, end, i);
      if (closing != std::string_view::npos) {
        i = closing + 1;
        continue;
      }
    }
    if (same_word(word, "saying") || same_word(word, "which") || same_word(word, "who") || same_word(word, "where"))
      break;
    // So does a participle clause opened right after the comma, a consequence or an accompanying act
    // with its own time ("completed the test on Friday, clearing the way for shipment next month",
    // "approved the plan on Friday, paving the way for a vote next week": the last Friday; its "next"
    // no cue of the expression's). Not a preposition so ending ("including", "following") nor a word
    // saying where a span starts or ends ("starting next week").
    if (comma < i && text.find_first_not_of(' ', comma + 1) == i && opens_participle_clause(word)) break;
    // So does a clause of time or reason after the expression's clause: its verbs tell its own event
    // ("Thursday's hearing comes a week after the court ruled against the agency" reads "comes", "The
    // vote on Monday comes days after the minister resigned"). Passed over up to the comma closing
    // it ("On Monday, after the court ruled, shares fell" reads "fell"), else the scan ends there, but
    // not for a date opening its sentence, whose clause may follow ("On Monday after the court ruled
    // shares fell"). Only a clause: its subject right after the word and a verb of its own ("a week
    // after the hearing" reads on).
    if (one_of(word, {"after", "before", "since", "when", "because", "until"})) {
      const std::size_t clause_end = subordinate_clause_after(text, stop);
      if (clause_end != std::string_view::npos) {
        if (clause_end < text.size() && text[clause_end] == ',') {
          i = clause_end + 1;
          continue;
        }
        if (!opens_sentence(text, begin) || text[end] == '\'' || text.substr(end, 3) == "\xE2\x80\x99") break;
      }
    }
    // So does a clause of condition or time after a verb of the expression's own on the left, whose
    // present looks ahead there and tells the expression nothing: "Workers will return to the plant in
    // October once repairs are complete", "could reopen in October if demand recovers". (Before its
    // main clause, a date opening the sentence still reads the verb after the clause: no verb left.)
    if (left.strong != Cue::none && (same_word(word, "if") || same_word(word, "once") || same_word(word, "unless")))
      break;
    // So does the standard of a comparison: its "last year", "a year ago", "did" tell the compared
    // time, not the expression's ("will spend more on Cyber Monday than last year"); not a
    // quantity's "than" ("more than a hundred people were dead"). A rise "over" or "up from" a
    // "last" period is measured against it: "expect bookings for the winter season to rise by 8
    // percent over last year" said 2012-07-09 2012-WI (was 2011-WI), "up from last year".
    const ShortWord before_word =
        word_before(base, base + i, WordBeforeRules{.max_letters = 15, .longer_word_is_none = true});
    if ((same_word(word, "than") &&
         !one_of(before_word.view(), {"more", "less", "fewer", "rather", "other", "no", "later", "earlier"})) ||
        same_word(word, "compared") || same_word(word, "versus") ||
        ((same_word(word, "over") || (same_word(word, "from") && one_of(before_word.view(), {"up", "down"}))) &&
         stop + 6 <= text.size() && spells_phrase(text, stop, stop + 6, " last ")))
      break;
    // So does a verb joined by "and" or "but" when the expression's clause has a past verb of its
    // own ("was arrested in January and is due in court", "resigned in March but will stay"); a plan
    // undone after it is past ("was scheduled to depart on Wednesday but was cancelled"). And a
    // clause of contrast after it, which tells its own time ("Prices rose in January, while wages
    // were flat", "whereas", "although", "though").
    if (left_is_past && (same_word(word, "and") || same_word(word, "but") || same_word(word, "while") ||
                         same_word(word, "whereas") || same_word(word, "although") || same_word(word, "though")))
      break;
    // And a clause after ", and" or ", but" with a subject of its own, whatever the tense on the left:
    // "The company was expected to open the plant in June, but analysts were sceptical" (a future seen
    // from the past, 2014-06 said in February), "The vote is set for June, and officials were
    // printing ballots". Not a verb straight after it, which shares the clause's subject ("was
    // scheduled to depart on Monday, and was cancelled": below, the nearer cue decides).
    if (left.strong != Cue::none && comma < i && (same_word(word, "and") || same_word(word, "but")) &&
        clause_follows_coordinator(text, comma, i, stop))
      break;
    // The sentence's attribution (", a spokesperson said.", ", said the minister") is the tense of
    // the report, not of what it reports ("Talks will resume in the autumn, officials said").
    if (comma < i && is_attribution(text, comma, i, stop) && !opens_sentence(text, begin)) break;
    // A parenthetical attribution after a date opening the sentence tells no tense: the clause after
    // it is the date's ("In May, he said, the office will hire staff"; "In May, he said the office
    // will" dates the saying).
    if (comma < i && parenthetical_attribution(text, i, stop) && opens_sentence(text, begin)) {
      i = stop;
      continue;
    }
    // A "would" after the expression is no report of it ("announced Friday, holders would receive"),
    // nor a modal its tense ("ruled Wednesday that he must be returned").
    Cue cue = may_have_cue(cues, base + i, base + stop)
                  ? cue_at(base, base + i, base + stop, base + text.size(), perfect_is_past)
                  : Cue::none;
    if (cue == Cue::participle && right.weak == Cue::none &&
        adjective_after_present(base, base + i, base + stop, base + text.size()))
      cue = Cue::none;
    // The noun "plans" after the expression holds no plan for it ("On Friday, when Albright set
    // aside vacation plans for the trip, the State Department lifted"); before it, it may ("a
    // withdrawal plan ... with a withdrawal date in late 2008").
    // A past commitment or plan after the expression is the act the expression dates, not what it
    // commits to or plans ("In May, the council voted to raise taxes", "In October, Britain planned
    // an invasion": May and October are the vote's and the planning's, past).
    if ((cue == Cue::modal || cue == Cue::future) && word.size() >= 5 && word.ends_with("ed")) cue = Cue::participle;
    // So is a reported intention after it, its verb's own past ("In May, officials said they hoped
    // to", "wanted to"): only "would" and a form of "be" are a report's back-shifted future there.
    if (cue == Cue::reported && !same_word(word, "would") && !same_word(word, "was") && !same_word(word, "were"))
      cue = Cue::participle;
    // A report's "was" that tells the expression's arranged event still on is that clause's own
    // future: "Officials said the vote in February was still on track" (arrangement_still_on).
    if (cue == Cue::reported && !same_word(word, "would") && arrangement_still_on(text, begin, end, i))
      cue = Cue::future;
    // A modal right after the expression is its own clause's, the expression its subject ("Black
    // Friday could set a record", "Monday could bring storms"): a future as "will" is.
    const bool modal_of_subject = cue == Cue::modal && i == end + 1 && text[end] == ' ';
    if (cue == Cue::reported || (cue == Cue::modal && !modal_of_subject) ||
        (cue == Cue::future && is_plan_noun(base, base + i, base + stop, base + text.size())))
      cue = Cue::none;
    right.consider(cue, i - end);
    if (right.strong != Cue::none) break;
    i = stop;
  }

  // A verb between a relative pronoun (or "that") and the expression is the verb of the expression's
  // own clause, which a verb of the main clause does not override, nearer or not: "The man who was
  // arrested on Friday will appear in court" (the last Friday), "Shoppers who can wait until Friday
  // were promised discounts", "the bridge that is due to reopen in October was damaged" (ahead). A
  // participle in it is the clause's past under a future of the main clause: "The company will
  // reopen the plant that closed in October" (2013-10); right before the expression it is the verb of
  // the event it dates, behind the telling however near ahead the next one is (own_past): "The
  // strike that began in January ended in March", "The protests which erupted in January were
  // crushed" said in December are last January. Looked for only where the right side or a
  // strong cue beyond the participle would decide (speed: subordinate_clause_opening reads back).
  // With no cue in it, a timetable's verb in the present right after the opener is the clause's
  // own, a scheduled act ahead, whatever the main clause's verb after it: "Officials said the museum
  // that reopens in October was damaged" 2014-10, "The talks that resume on Monday were agreed"
  // (said 2014-02-05; were 2013-10, 2014-02-03).
  // So does one ending the sentence after a main clause's past: "raised its guidance for the year,
  // which ends on September 30" (ahead, was the last September 30).
  if ((right.strong != Cue::none && right.strong_distance < left.strong_distance) ||
      (right.strong == Cue::none && right.weak == Cue::none &&
       (left.strong != Cue::none ? tense_of(left.strong) == Tense::past : left.weak != Cue::none))) {
    const std::size_t opened = timetable_clause_opening(text, begin);
    if (opened != std::string_view::npos && begin - opened < std::min(left.strong_distance, left.weak_distance))
      return Tense::future;
  }
  if ((left.strong != Cue::none || left.weak != Cue::none) &&
      std::min(left.strong_distance, left.weak_distance) <= begin) {
    const bool right_decides =
        (right.strong != Cue::none && right.strong_distance < left.strong_distance) ||
        (left.strong == Cue::none && right.strong == Cue::none && right.weak_distance < left.weak_distance);
    const bool participle_under_future =
        left.strong != Cue::none && left.weak_distance < left.strong_distance && tense_of(left.strong) != Tense::past;
    // A participle right after the subject's noun (a reduced relative) dates what was done to it, as
    // after the object's noun above: "The measures announced on Monday will take effect next month",
    // "Tickets bought on Tuesday will be refunded" (the last Monday and Tuesday), whatever future the
    // main clause's verb after it tells. Only after "on" or "in": a bare date there may be the subject
    // of the future ("The report predicted Wednesday will be the hottest day").
    if (right_decides && left.strong == Cue::none && left.weak == Cue::participle && right.strong != Cue::none &&
        tense_of(right.strong) == Tense::future && (same_word(before, "on") || same_word(before, "in")) &&
        dates_by_reduced_relative(text, begin - left.weak_distance, begin) &&
        !participle_after_linking_verb(text, begin - left.weak_distance))
      return Tense::past;
    if (right_decides || participle_under_future) {
      const std::size_t opened =
          subordinate_clause_opening(text, begin, begin - std::min(left.strong_distance, left.weak_distance));
      if (opened != std::string_view::npos) {
        if (left.strong != Cue::none && left.strong_distance < begin - opened)
          right = NearestCues{};
        else if (left.weak != Cue::none && left.weak_distance < begin - opened &&
                 !participle_after_linking_verb(text, begin - left.weak_distance))
          return own_past(left.weak_distance);
      }
    }
  }

  bool from_left = right.strong_distance >= left.strong_distance;
  Cue best = from_left ? left.strong : right.strong;
  if (best == Cue::none) {
    from_left = right.weak_distance >= left.weak_distance;
    best = from_left ? left.weak : right.weak;
  }
  const Tense tense = tense_of(best);
  // A prediction told in the past ("was due in", "was set for", "were expected in") in a clause the
  // sentence's attribution closes is a report's, shifted back, as after "said" on the left: "The
  // summit was set for February, officials said" (said in December: the coming February).
  // So is a judgement of the thing the expression dates, before the verb or after it: "The December
  // deadline was unrealistic, analysts said" (judges_thing_ahead).
  if (best == Cue::past && (from_left ? left.strong_distance <= begin : right.strong_distance < text.size() - end)) {
    const char* const cue = from_left ? base + begin - left.strong_distance : base + end + right.strong_distance;
    std::size_t n = 0;
    while (n < 5 && cue + n < base + text.size() && is_letter(cue[n])) ++n;
    const char* const text_end = base + text.size();
    if ((spells(cue, n, "was") || spells(cue, n, "were")) &&
        (predicts_ahead(cue + n, text_end) || judges_thing_ahead(cue + n, text_end)) && attributed_after(text, end))
      return Tense::future;
  }
  // A finite past in an adverbial clause under a modal or a present further back is its own clause's
  // past: "He could only watch as prices fell in October" (2013-10, said 2014-02-05), "Farmers could
  // do nothing when the river flooded in April". Not a reported modal,
  // whose clause is told from the saying ("said investors could buy as soon as trading opened Monday").
  if (from_left && (best == Cue::modal || best == Cue::present) && left.weak == Cue::participle &&
      left.weak_distance < left.strong_distance && left.strong_distance <= begin &&
      past_of_adverbial_clause(text, begin - left.strong_distance, begin - left.weak_distance) &&
      !in_reported_clause(base, base + begin - left.strong_distance))
    return Tense::past;
  // A present in a clause of time under "will" or a modal looks ahead: "The bridge could reopen
  // once it is repaired in October" (2014-10, said 2014-02-05; was the present's last October).
  if (from_left && best == Cue::present && left.strong_distance <= begin &&
      present_in_time_clause_ahead(text, begin - left.strong_distance))
    return Tense::future;
  // A future seen from a past ("said it hoped to", "said it would", "was due to", "planned to")
  // whose sentence goes on to tell that it came to nothing is an episode told as past: "The company
  // said it hoped to close the deal in October, but talks collapsed" said in February is last
  // October (undone_after). A plan said in the present ("plans to", "is due to") may still be made good.
  if (from_left && (best == Cue::reported || best == Cue::future) && left.strong_distance <= begin &&
      [&] {
        const std::size_t cue = begin - left.strong_distance;
        std::size_t cue_end = cue;
        while (cue_end < begin && is_letter(text[cue_end])) ++cue_end;
        return future_from_past(best, base, base + cue, cue_end - cue);
      }() &&
      undone_after(text, end))
    return Tense::past;
  // The verb nearest on the left that tells this tense: a past participle ("closed") nearer than a
  // strong past cue further back is the event's verb; a future is only a strong cue's ("will", a
  // modal before a base verb, or the "would" after a condition: dates_own_event).
  if (from_left && (best == Cue::future || best == Cue::reported || best == Cue::modal || tense == Tense::past)) {
    const std::size_t distance = tense == Tense::past && left.weak != Cue::none
                                     ? std::min(left.weak_distance, left.strong_distance)
                                     : left.strong_distance;
    if (distance <= begin && dates_own_event(text, begin - distance, begin, before, tense, end))
      return tense == Tense::past ? Tense::event_past : Tense::event_future;
  }
  // An obligation or a possibility with a deadline lies ahead of the saying however near the last
  // such date is: "Taxes must be paid by April 15" said in July is next April, "must finish work no
  // later than Dec. 1" said in January this December, "should be completed by Friday".
  if (from_left && best == Cue::modal && (same_word(before, "by") || same_word(before, "than"))) {
    if (same_word(before, "by")) return Tense::event_future;
    std::array<char, 16> buffer{};
    const char* p = base + begin;
    lower_word_before(base, p, buffer, p);  // "than" itself
    if (lower_word_before(base, p, buffer, p) == "later") return Tense::event_future;
  }
  // So does an event's date after "after" or "before" in a past clause: the event is past too, however
  // near ahead the next such date is ("He was arrested after a protest on June 2", "After a hearing
  // on June 2, he was arrested" said in March are last June's).
  if (tense == Tense::past && best != Cue::none && (same_word(before, "on") || same_word(before, "in")) &&
      dates_event_before_or_after(text, begin))
    return Tense::event_past;
  // A date opening its sentence times the verb after it, the sentence's own ("In April, the board
  // approved the sale"): a past verb there puts the date behind the anchor, however near ahead
  // the next one is. Not a bound ("By 28 March, troops were poised").
  if (!from_left && tense == Tense::past && best != Cue::none &&
      (before.empty() || one_of(before, {"in", "on", "during"})) && opens_sentence(text, begin))
    return Tense::event_past;
  // And a plain future there puts it ahead of the telling, however near behind the last one is: "In
  // May, the office will hire staff" said 2010-06-01 is 2011-05, as "The office will hire staff in
  // May" is (dates_own_event). Not a passive or a perfect, which may tell of the date's own figures
  // ("In May, unemployment will be reported to have risen"), nor a bare date, which may name them
  // ("May figures will be released"), nor a future after a nearer past of the date's own ("In May,
  // the office hired staff, and it will hire more").
  if (!from_left && best == Cue::future && right.weak_distance > right.strong_distance &&
      one_of(before, {"in", "on", "during"}) && plain_will_at(text, end + right.strong_distance) &&
      opens_sentence(text, begin))
    return Tense::event_future;
  // A report's back-shifted prediction of what its subject names is ahead of the telling: "Analysts
  // said a September hike was likely" (foreseen_in_reported_subject); not in a story told in a
  // year of its own ("In 2022, analysts said a September hike was likely").
  if (from_left && tense == Tense::past) {
    const std::size_t nearest = std::min(left.strong_distance, left.weak_distance);
    if (nearest <= begin && nearest <= 160) {
      const std::size_t opening = subject_clause_opening(text, begin - nearest, begin);
      if (opening != std::string_view::npos && foreseen_in_reported_subject(text, opening, begin, end) &&
          !year_written_before(text, begin))
        return Tense::future;
    }
  }
  // So does the first verb after an expression in its clause's subject, when it is a past and no
  // verb comes before: "Sales in January were weak", "A survey conducted in January found" said in
  // December are last January's, not the coming one's (sits_in_subject_of_past).
  // And so in a clause the nearest cue on the left stands outside of, reported after a past verb of
  // saying ("Officials said sales in January were weak") or after an introductory phrase ("Over the
  // last two years, sales in January were weak") (subject_clause_opening).
  // There the clause's own past may be a weak one after the expression, nearer than the strong past
  // on the left: "The airline said passenger numbers in December rose".
  const bool weak_past_of_clause = from_left && tense == Tense::past && right.strong == Cue::none &&
                                   right.weak != Cue::none && right.weak_distance < left.strong_distance;
  if ((!from_left && tense == Tense::past) || weak_past_of_clause) {
    const std::size_t verb = end + std::min(right.strong_distance, right.weak_distance);
    // Not an arrangement the clause tells still on: "The summit in January was still on" lies ahead
    // (arrangement_still_on).
    if (!from_left && left.strong == Cue::none && sentence_opening != std::string_view::npos &&
        sits_in_subject_of_past(text, sentence_opening, begin, end, verb, before))
      return arrangement_still_on(text, begin, end, verb) ? Tense::future : Tense::event_past;
    // The subject holds at most ten words (sits_in_subject_of_past); before it the verb of saying, its
    // addressee and "that", or an introductory phrase's cue: a cue further back opens no such clause.
    const std::size_t nearest = std::min(left.strong_distance, left.weak_distance);
    if (nearest <= begin && nearest <= 160) {
      const std::size_t opening = subject_clause_opening(text, begin - nearest, begin);
      if (opening != std::string_view::npos && sits_in_subject_of_past(text, opening, begin, end, verb, before)) {
        if (arrangement_still_on(text, begin, end, verb)) return Tense::future;
        if (!reported_state_of_arranged(text, begin, end, verb)) return Tense::event_past;
      }
    }
  }
  // What still holds now holds until a time ahead: "The offer runs until Sunday", "Voting is open
  // until Friday", "has given them until Tuesday".
  if ((tense == Tense::present || tense == Tense::unknown) && (same_word(before, "until") || same_word(before, "till")))
    return Tense::future;
  // So does a warning or a ban in force "through" a time: "The warning is in effect through
  // Tuesday", "The ban remains in place through Friday" ("Prices are up 3% through June" sums up).
  if ((tense == Tense::present || tense == Tense::unknown) && same_word(before, "through")) {
    std::array<char, 16> buffer{};
    const char* p = base + begin;
    lower_word_before(base, p, buffer, p);  // "through" itself
    // And what goes on through it, told in the present: "Hanukkah continues through Thursday", "The
    // exhibition stays on view through Sunday", "The strike lasts through Friday" ("ran through
    // Friday", "lasted" are past; "Prices are up 3% through June" sums up).
    if (one_of(lower_word_before(base, p, buffer, p),
               {"effect", "force", "place", "open", "valid", "continues", "continue", "lasts", "last", "runs", "run",
                "remains", "remain", "stays", "stay", "extends", "extend", "view", "display"}))
      return Tense::future;
    // As does a state kept through it: "Schools stay closed through Friday", "The road remains shut
    // through Monday" ("stayed closed" is past).
    if (one_of(lower_word_before(base, p, buffer, p), {"remains", "remain", "stays", "stay"})) return Tense::future;
    // So is a day a state told in the present of "be", "remain", "stay" or "continue" is kept
    // through, whatever its predicate (an adjective, a participle, a place, an infinitive): "The
    // senator is in Brussels through Friday", "Temperatures stay below freezing through Friday",
    // "Heavy rain continues to fall through March 14" (at most eight words back, within the clause;
    // "remained", "was" tell a past, whose clause is no present). Not a month, nor after a figure,
    // which sum up ("Prices are up 3% through June").
    // A day: a weekday, or a day of the month in figures ("March 14", "14 March", "the 14th").
    const std::string_view expression = text.substr(begin, end - begin);
    const char* ignored = nullptr;
    bool day = in_list<weekday_words>(lower_word_at(base + begin, base + end, buffer, ignored));
    for (std::size_t i = 0; i < expression.size() && !day;) {
      std::size_t figures = i;
      while (figures < expression.size() && is_digit(expression[figures])) ++figures;
      day = figures > i && figures - i <= 2;
      i = figures > i ? figures : i + 1;
    }
    if (day) {
      p = base + begin;
      lower_word_before(base, p, buffer, p);  // "through" itself
      for (int words = 0; words < 8; ++words) {
        const std::string_view word = lower_word_before(base, p, buffer, p);
        // The clause ends at punctuation, a figure or a conjunction ("says talks that dragged on
        // through Friday", "is unclear whether"); a tally so far sums up ("Oil is lower for the week
        // through Thursday", "is unbeaten this season", "is flat so far").
        if (word.empty() ||
            one_of(word, {"that",    "which", "who",     "whom",  "whose",   "when",   "where", "while",
                          "whether", "if",    "because", "after", "before",  "since",  "as",    "although",
                          "though",  "but",   "until",   "till",  "once",    "up",     "down",  "higher",
                          "lower",   "far",   "week",    "month", "quarter", "season", "year"}))
          break;
        if (one_of(word, {"is", "are", "am", "remains", "remain", "stays", "stay", "continues", "continue"}))
          return Tense::future;
      }
    }
  }
  // So is a deadline set in the present or in an order, which has no tense: "Return the forms by
  // Friday", "Leave the keys under the mat by Sunday night", "Applications are due by Friday". Not a
  // bound opening its sentence, which may sum up a story in the present ("By Sunday, the death toll
  // stands at 40").
  if ((tense == Tense::present || tense == Tense::unknown) && same_word(before, "by") && !opens_sentence(text, begin))
    return state_reached_by(text, begin) ? Tense::past : Tense::future;
  // A coming into force in the present (any verb before "effect", "force") leaves a present or an
  // unknown tense looking ahead: "The ban is in force from Monday".
  if ((tense == Tense::present || tense == Tense::unknown) &&
      verb_before_day(text, begin, before, PhraseToDay::coming_into_force).found())
    return Tense::future;
  return tense;
}

}  // namespace

Tense ClauseTense::told() const {
  if (!tense_) tense_ = clause_tense(text_, begin_, end_);
  return *tense_;
}

bool ClauseTense::either_side() const { return !text_.empty() && returns_from_break(text_, begin_, end_); }

ShortWord previous_word(std::string_view text, std::size_t begin) {
  // The scanner asks for the word before each expression several times in a row (its signal, its
  // clause's tense, "ended", the evidence): the last answer is remembered while it tags one text
  // (FamilyMemoScope, family_memo.hpp: no pointer outlives the text).
  struct Last {
    std::uint64_t generation = 0;
    const char* text = nullptr;
    std::size_t size = 0, begin = 0;
    ShortWord word;
  };
  static thread_local Last last;
  const bool remembered = memo_detail::generation != 0 && last.generation == memo_detail::generation &&
                          last.text == text.data() && last.size == text.size() && last.begin == begin;
  if (remembered) return last.word;
  const ShortWord word =
      word_before(text.data(), text.data() + begin,
                  WordBeforeRules{.across_line_breaks = true, .max_letters = 15, .longer_word_is_none = true});
  if (memo_detail::generation != 0) last = {memo_detail::generation, text.data(), text.size(), begin, word};
  return word;
}

std::string_view signal_before(std::string_view text, std::size_t begin) {
  static constexpr std::array<std::string_view, 9> signals{"since", "until", "till",    "by",     "before",
                                                           "after", "from",  "through", "between"};
  const ShortWord w = previous_word(text, begin);
  for (const auto s : signals)
    if (w == s) return s == "till" ? std::string_view("until") : s;
  return {};
}

bool starts_inside_number(std::string_view text, std::size_t begin) {
  if (begin >= text.size() || !is_digit(text[begin])) return false;
  const char prev = begin > 0 ? text[begin - 1] : ' ';
  const char prev2 = begin > 1 ? text[begin - 2] : ' ';
  if (prev == '$' || prev == '#') return true;
  if (prev == '+') {
    // "+15min", "+3d": a signed offset has its unit against the digits; "+44 20 7946" is a number.
    std::size_t i = begin;
    while (i < text.size() && is_digit(text[i])) ++i;
    return !(i < text.size() && is_letter(text[i]));
  }
  const std::string_view head = text.substr(0, begin);
  // The signs end in a byte past ASCII: most digits follow none (speed).
  if (static_cast<unsigned char>(prev) >= 0x80 &&
      (head.ends_with("\xC2\xA3") || head.ends_with("\xE2\x82\xAC") || head.ends_with("\xC2\xA5")))
    return true;  // £ € ¥
  return (prev == '-' || prev == '/' || prev == '.' || prev == ':' || prev == ',') && is_digit(prev2);
}

// A match that starts or ends inside a longer number: "1-800-555-2012", "2,014", "2014.5",
// "2014%".
bool inside_number(std::string_view text, std::size_t begin, std::size_t end) {
  if (starts_inside_number(text, begin)) return true;
  if (is_digit(text[end - 1])) {
    const char next = end < text.size() ? text[end] : ' ';
    const char next2 = end + 1 < text.size() ? text[end + 1] : ' ';
    if (next == '%') return true;
    if ((next == '-' || next == '/' || next == '.' || next == ':' || next == ',') && is_digit(next2)) return true;
    // A docket's number: "case No. 1:23-cr-00123", "2:24-cv-04567" (a court's letters between dashes).
    if (next == '-' && is_letter(next2)) {
      std::size_t i = end + 1;
      while (i < text.size() && i - end <= 5 && is_letter(text[i])) ++i;
      if (i - end <= 5 && i + 1 < text.size() && text[i] == '-' && is_digit(text[i + 1])) return true;
    }
  }
  return false;
}

// Only blanks and closing punctuation follow `end`.
bool ends_text(std::string_view text, std::size_t end) {
  for (std::size_t i = end; i < text.size(); ++i)
    if (!(text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == '.' || text[i] == '?' ||
          text[i] == '!'))
      return false;
  return true;
}
// The expression is the whole text, blanks and closing punctuation aside: a query typed into a
// calendar or asked of an assistant ("March", "thu", "march first"), where no other reading is left.
bool is_whole_text(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = 0; i < begin; ++i)
    if (!(text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) return false;
  return ends_text(text, end);
}

namespace {

// The word after a blank at text[end] (its letters, at most 15), or empty.
std::string word_after(std::string_view text, std::size_t end) {
  std::string word;
  if (end >= text.size() || text[end] != ' ') return word;
  for (std::size_t i = end + 1; i < text.size() && is_letter(text[i]) && word.size() < 15; ++i) word.push_back(text[i]);
  return word;
}

// Whether the expression ending at `end` is followed by a lower-case word it would qualify (a noun
// or an adjective: "the future integration bloc", "a second term") rather than by a function word
// or punctuation.
bool modifies_next_word(std::string_view text, std::size_t end) {
  const std::string next_word = word_after(text, end);
  return !next_word.empty() && !is_upper(next_word[0]) && !is_modal(next_word) &&
         !one_of(next_word, {"the", "a",  "an", "and", "or",  "but", "we", "it",   "they",  "he",   "she",  "i",
                             "you", "to", "of", "is",  "was", "as",  "if", "when", "there", "this", "that", "too"});
}

// "current" (rules_relative.cpp) qualifying what follows is the present: "the current system",
// "his current contract", "current US policy", "the current four flights". Not the noun of water or
// electricity ("swept away by the current", "a strong current pulled", "alternating current"), nor
// the accounting terms ("current account", "current assets"), nor a name ("Current TV", "in
// Current Biology": capitalised inside a sentence), nor a predicate ("is current as of March 1").
bool current_qualifies(std::string_view text, std::size_t begin, std::size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  // "the then current price", "the then-current chief": the past time told, not the present.
  if (begin > 0 && text[begin - 1] == '-') return false;
  if (one_of(previous_word(text, begin),
             {"then", "electric", "electrical", "alternating", "direct", "ocean", "rip", "tidal", "strong", "powerful",
              "swift", "steady", "jet", "cold", "warm", "river"}))
    return false;
  if (is_upper(text[begin]) && (!opens_sentence(text, begin) || in_title_case_line(text, begin, end))) return false;
  if (is_digit(text[end + 1]) || text[end + 1] == '$') return true;
  const std::string next = word_after(text, end);
  if (!next.empty() && is_upper(next[0])) return true;
  return modifies_next_word(text, end) &&
         !one_of(next, {"account", "accounts", "affairs", "assets", "liabilities", "ratio",  "dollars", "in",
                        "on",      "at",       "for",     "by",     "with",        "from",   "into",    "through",
                        "toward",  "towards",  "under",   "near",   "flows",       "flowed", "flowing", "carried",
                        "carries", "swept",    "pulled",  "pushed", "ran",         "runs"});
}

// Whether an adjective of frequency at [begin, end) is used as an adverb: after no determiner and
// before no noun, a punctuation mark or a preposition following it ("meets quarterly.", "paid
// quarterly to shareholders"), or a conjunction and another adverb or a participle ("adjusted
// quarterly and reviewed annually"); not a name ("the Foreign Affairs Quarterly").
bool adverb_of_frequency(std::string_view text, std::size_t begin, std::size_t end) {
  const ShortWord before = previous_word(text, begin);
  if (is_definite_determiner(before.view()) || one_of(before, {"a", "an", "first", "regular", "latest", "initial"}))
    return false;
  if (is_upper(text[begin]) && !opens_sentence(text, begin)) return false;
  const std::string next = word_after(text, end);
  if (next.empty()) return true;
  if (one_of(next, {"and", "or"})) {
    const std::string after = word_after(text, end + 1 + next.size());
    return after.size() > 3 && (after.ends_with("ly") || after.ends_with("ed"));
  }
  return one_of(next, {"to",    "in",   "on",      "at",         "by",       "from",      "with",  "until",
                       "since", "for",  "through", "thereafter", "instead",  "rather",    "while", "as",
                       "if",    "when", "after",   "before",     "starting", "beginning", "under", "into"});
}

// A count of years that is a person's age, as a trial's or a register's text gives it, not a
// length: "aged 18 years or older", "children ages 5 to 11 years", "a mean age of 54 years",
// "women over 50 years of age", "adults 65 years and over" (TimeBank tags no age; "15 years old",
// "a 6-year-old" are the grammar's, rules_durations.cpp). An infant's age is counted in months or
// weeks ("aged 6 to 59 months", "infants younger than 6 months", "children older than 5 years").
bool states_an_age(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::duration || (m.unit != Unit::year && m.unit != Unit::month && m.unit != Unit::week) ||
      !m.amount_explicit)
    return false;
  // The start of the word (letters or digits, a few bytes long) before text[at], or npos.
  const auto word_start_before = [&](std::size_t at) {
    std::size_t p = at;
    while (p > 0 && at - p < 4 && text[p - 1] == ' ') --p;
    const std::size_t word_end = p;
    while (p > 0 && word_end - p < 16 && (is_letter(text[p - 1]) || is_digit(text[p - 1]))) --p;
    return p == word_end ? std::string_view::npos : p;
  };
  // The count in figures or in words ("aged four, five and six years") before text[at], after a
  // comma when `comma` (", and", a list), or npos.
  const auto count_before = [&](std::size_t at, bool comma) {
    std::size_t p = at;
    while (p > 0 && at - p < 2 && text[p - 1] == ' ') --p;
    if (comma && (p == 0 || text[p - 1] != ',')) return std::string_view::npos;
    const std::size_t word_end = comma ? p - 1 : p;
    const std::size_t lower = word_start_before(word_end);
    if (lower == std::string_view::npos) return lower;
    const bool count = is_digit(text[lower]) ||
                       one_of(ShortWord(text.data() + lower, word_end - lower),
                              {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                               "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"});
    return count ? lower : std::string_view::npos;
  };
  // The upper count of a span of ages, or of ages given as alternatives or in a list, is read from
  // the lowest one: "aged 5 to 11 years", "children aged 4 or 5 years", "aged 4, 5, and 6 years".
  std::size_t from = begin;
  if (one_of(previous_word(text, begin), {"to", "and", "or"})) {
    const std::size_t joint = word_start_before(begin);
    if (joint != std::string_view::npos) {
      std::size_t lower = count_before(joint, false);
      if (lower == std::string_view::npos) lower = count_before(joint, true);
      if (lower != std::string_view::npos) from = lower;
    }
  }
  for (int n = 0; n < 4 && from < begin; ++n) {
    const std::size_t lower = count_before(from, true);
    if (lower == std::string_view::npos) break;
    from = lower;
  }
  // And after "between": "aged between 4 and 5 years".
  if (from > 2 && text[from - 2] == 'n' && previous_word(text, from) == "between") {
    const std::size_t between = word_start_before(from);
    if (between != std::string_view::npos) from = between;
  }
  // So is the spread of an age after its sign: "Age was 54 ± 9 years", "54±9 years".
  {
    std::size_t p = from;
    while (p > 0 && from - p < 2 && text[p - 1] == ' ') --p;
    if (p >= 2 && text.substr(p - 2, 2) == "\xC2\xB1") {
      const std::size_t mean = word_start_before(p - 2);
      if (mean != std::string_view::npos && is_digit(text[mean])) from = mean;
    }
  }
  const ShortWord before = previous_word(text, from);
  if (before == "aged" || before == "ages" || (before == "age" && from < begin)) return true;
  if (before == "than") {
    const std::size_t than = word_start_before(from);
    if (than != std::string_view::npos && one_of(previous_word(text, than), {"younger", "older"})) return true;
  }
  // "a mean age of 54 years", and the age as the subject: "Age was 54 ± 9 years", "the median age is
  // 42 years".
  if (one_of(before, {"of", "was", "is", "were", "are"})) {
    const std::size_t of = word_start_before(from);
    if (of != std::string_view::npos && one_of(previous_word(text, of), {"age", "ages"})) return true;
  }
  const std::string next = word_after(text, end);
  if (next == "of") return word_after(text, end + 3) == "age";
  if (next != "or" && next != "and") return false;
  const std::size_t bound = end + 2 + next.size();
  const std::string then = word_after(text, bound - 1);
  if (then == "older" || then == "younger") return true;
  // "65 years and over were offered", not "three years and over the summer".
  return one_of(then, {"over", "above", "under", "below"}) &&
         !one_of(word_after(text, bound + then.size()),
                 {"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our"});
}

// A count of years that is how rarely a flood or a storm comes, its return period, not a length:
// "a 1-in-100-year flood", "a one-in-1,000-year rainfall event", "a 500-year storm" (the count
// after "1-in-" or before a word of flood or storm; "a 10-year drought" lasts ten years).
bool states_a_return_period(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::duration || m.unit != Unit::year || !m.amount_explicit) return false;
  const std::string_view head = text.substr(begin >= 8 ? begin - 8 : 0, begin >= 8 ? 8 : begin);
  if (head.ends_with("1-in-") || head.ends_with("one-in-") || head.ends_with("One-in-") || head.ends_with("1 in ") ||
      head.ends_with("one in "))
    return true;
  return one_of(word_after(text, end), {"flood", "floods", "flooding", "floodplain", "storm", "storms", "rainfall",
                                        "rainstorm", "deluge", "downpour"});
}

}  // namespace

namespace {
// Where the word before text[at] begins (blanks, then at most 15 letters back), or npos.
std::size_t start_of_word_before(std::string_view text, std::size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  const std::size_t lowest = at > 15 ? at - 15 : 0;
  std::size_t start = at;
  while (start > lowest && is_letter(text[start - 1])) --start;
  return start == at ? std::string_view::npos : start;
}
// The words that make an amount or a time approximate before its figures ("at around 1030",
// "closed at about 1450").
bool is_approximator(std::string_view w) { return one_of(w, {"approximately", "around", "about", "roughly"}); }

// Where "at" begins before the figures at text[begin], right before them or before a word of
// approximation ("at 1030", "at around 1030"), or npos.
std::size_t at_before_figures(std::string_view text, std::size_t begin) {
  if (begin < 3) return std::string_view::npos;
  const ShortWord before = previous_word(text, begin);
  const std::size_t start = start_of_word_before(text, begin);
  if (before == "at") return start;
  if (!is_approximator(before) || start == std::string_view::npos) return std::string_view::npos;
  return previous_word(text, start) == "at" ? start_of_word_before(text, start) : std::string_view::npos;
}

// Whether a verb of a level or a price comes before the "at" at text[at] ("closed at", "priced at",
// "changed hands at").
bool level_verb_before(std::string_view text, std::size_t at) {
  return one_of(previous_word(text, at),
                {"closed",    "closes", "close",    "opened",    "stood",  "stands",   "stand",   "ended",
                 "finished",  "traded", "trading",  "priced",    "valued", "set",      "fixed",   "capped",
                 "pegged",    "peaked", "settled",  "estimated", "put",    "remained", "hovered", "steady",
                 "unchanged", "level",  "bottomed", "topped",    "quoted", "offered",  "bid",     "hands"});
}
}  // namespace

bool is_clock_context_word(std::string_view word, ClockContext kind) {
  switch (kind) {
    case ClockContext::timetable_verb:
      // Not the past "opened", "closed", "ended", which report a level as often ("Shares closed at 5").
      return one_of(word,
                    {"open",    "opens",   "reopen", "reopens", "close", "closes", "start",   "starts",  "started",
                     "begin",   "begins",  "began",  "end",     "ends",  "meet",   "meets",   "met",     "arrive",
                     "arrives", "arrived", "leave",  "leaves",  "left",  "depart", "departs", "departed"});
    case ClockContext::form_of_be:
      return one_of(word, {"is", "are", "was", "were", "be", "been", "being"});
    case ClockContext::level_noun:
      return one_of(word, {"price",     "prices",      "rate",         "rates",   "fare",    "fares",        "ticket",
                           "tickets",   "bidding",     "bids",         "bid",     "shares",  "stock",        "stocks",
                           "index",     "yield",       "yields",       "score",   "odds",    "level",        "levels",
                           "inflation", "temperature", "temperatures", "tariff",  "tariffs", "unemployment", "growth",
                           "offer",     "currency",    "scale",        "scales",  "size",    "sizes",        "count",
                           "countdown", "range",       "rating",       "ratings", "grade",   "grades",       "chapter",
                           "page",      "pages",       "numbering",    "numbers", "salary",  "salaries",     "pay",
                           "wages"});
    case ClockContext::routine:
      return one_of(word, {"daily", "every", "each", "weekdays", "weekends", "nightly", "mondays", "tuesdays",
                           "wednesdays", "thursdays", "fridays", "saturdays", "sundays"});
    case ClockContext::opening_hours:
      return one_of(word, {"open",    "opens",     "opened", "reopen",  "reopens", "close",     "closes",
                           "closed",  "shut",      "shuts",  "staffed", "manned",  "available", "operates",
                           "operate", "operating", "runs",   "curfew",  "served",  "held"});
  }
  return false;
}

// "The meeting starts at 1030.", "at 0600 and at 1030 GMT": four figures right after "at" are a
// 24-hour clock written without its colon, as military, airline and police notices write it
// (Duckling's "at 1030"), the hour below 24 and the minutes below 60; so after "at" and a word of
// approximation ("left at approximately 1030", "at around 0545"), and after "approximately" alone
// (Duckling's "approximately 1030"; not after "in", "of", "since", where it dates a year). Not where
// "at" may date a year: 1900 to 2059 stay years without "hours" or a zone ("at 2014 prices";
// military_time_at, zoned_hhmm in rules_clock.cpp). Not an amount: a verb of a level before "at"
// ("closed at 1030", "stood at 1450": level_verb_before), or a word after that counts or measures
// it or goes on a name ("at 1030 metres", "at 1600 Pennsylvania Avenue"): only the clause's end, a
// joining word or a word of the day may follow. A year below 1900 after "at" alone is rare ("in
// 1030", "the year 1030" stay; "built around 1030" stays a year).
bool bare_hhmm_at(std::string_view text, std::size_t begin) {
  if (text.size() - begin < 4 || begin < 3) return false;
  for (std::size_t i = begin; i < begin + 4; ++i)
    if (!is_digit(text[i])) return false;
  const int hour = (text[begin] - '0') * 10 + (text[begin + 1] - '0');
  if (hour > 23 || text[begin + 2] > '5' || (hour >= 19 && hour <= 20)) return false;
  const std::size_t end = begin + 4;
  if (end < text.size()) {
    const char c = text[end];
    const bool digit_after = end + 1 < text.size() && is_digit(text[end + 1]);
    if (is_digit(c) || is_letter(c) || c == '%' ||
        ((c == '.' || c == ',' || c == '-' || c == '/' || c == ':') && digit_after))
      return false;
  }
  const std::size_t at = at_before_figures(text, begin);
  if (at == std::string_view::npos) {
    if (previous_word(text, begin) != "approximately") return false;
    const std::size_t start = start_of_word_before(text, begin);
    if (start != std::string_view::npos &&
        one_of(previous_word(text, start), {"in", "of", "since", "year", "circa", "from", "between", "to"}))
      return false;
  }
  // The word after: none, or one that goes on with the time ("at 1600 Pennsylvania Avenue" no).
  if (end + 1 < text.size() && text[end] == ' ' && is_letter(text[end + 1])) {
    if (is_upper(text[end + 1])) return false;
    if (!one_of(word_after(text, end), {"and",   "or",   "on",    "today", "tomorrow", "tonight",   "yesterday", "this",
                                        "next",  "each", "every", "daily", "sharp",    "when",      "in",        "to",
                                        "until", "till", "with",  "but",   "local",    "precisely", "exactly"}))
      return false;
  }
  // The word before "at": no verb of a level.
  return at == std::string_view::npos || !level_verb_before(text, at);
}

bool between_listed_months(std::string_view text, std::size_t begin, std::size_t end) {
  // A month's name, full or abbreviated ("Feb.", "Feb" of three letters), capitalised, at text[from, to).
  const auto month_at = [&](std::size_t from, std::size_t to) {
    if (from >= to || !is_upper(text[from])) return false;
    const bool stop = text[to - 1] == '.';
    std::string word;
    for (std::size_t i = from; i < to - (stop ? 1 : 0); ++i) word.push_back(ascii_lower(text[i]));
    const bool abbreviation =
        one_of(word, {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
    return (abbreviation && (stop || word.size() == 3)) || (!stop && in_list<month_words>(word));
  };
  // The start of a month's name ending at `to` (its stop included), or npos.
  const auto month_ending = [&](std::size_t to) {
    std::size_t from = to;
    if (from > 0 && text[from - 1] == '.') --from;
    while (from > 0 && is_letter(text[from - 1])) --from;
    return month_at(from, to) ? from : std::string_view::npos;
  };
  // A month after ", " (or at `at` itself when `at` is a comma): "Jan, " before it.
  const auto month_before_comma = [&](std::size_t at) {
    return at >= 3 && text[at - 1] == ' ' && text[at - 2] == ',' && month_ending(at - 2) != std::string_view::npos;
  };
  // A three-letter abbreviation without its stop is a month of a list after a preposition of time only ("in Jan, Feb
  // and Mar"; "Jan, Feb and Mar said nothing" names): back over the list to its first month.
  if (end - begin == 3 && text.substr(begin, 3) != "May") {
    std::size_t first = begin;
    for (bool back = true; back;) {
      back = false;
      for (const std::string_view joiner : {", and ", ", or ", " and ", " or ", ", "}) {
        if (first < joiner.size() || text.substr(first - joiner.size(), joiner.size()) != joiner) continue;
        if (const std::size_t month = month_ending(first - joiner.size()); month != std::string_view::npos) {
          first = month;
          back = true;
        }
        break;
      }
    }
    if (first == begin || !one_of(previous_word(text, first), {"in", "by", "since", "until", "till", "before", "after",
                                                               "from", "through", "during"}))
      return false;
  }
  if (month_before_comma(begin)) {
    std::size_t next = end;
    if (has_at(text, next, ",")) ++next;
    if (has_at(text, next, " and "))
      next += 4;
    else if (has_at(text, next, " or "))
      next += 3;
    if (next == end || next >= text.size() || text[next] != ' ') return false;
    std::size_t to = ++next;
    while (to < text.size() && is_letter(text[to])) ++to;
    return month_at(next, to) || (to < text.size() && text[to] == '.' && month_at(next, to + 1));
  }
  // The last of three or more: "Sept., Oct. and Nov.", "Jan, Feb, and Mar".
  for (const std::string_view joiner : {", and ", ", or ", " and ", " or "}) {
    if (begin < joiner.size() || text.substr(begin - joiner.size(), joiner.size()) != joiner) continue;
    const std::size_t before = month_ending(begin - joiner.size());
    return before != std::string_view::npos && month_before_comma(before);
  }
  return false;
}

bool names_figures_month(std::string_view text, std::size_t end) {
  if (end + 3 < text.size() && text[end] == ' ' && is_upper(text[end + 1]) && is_upper(text[end + 2])) {
    std::size_t i = end + 1;
    while (i < text.size() && is_upper(text[i])) ++i;
    return i - end - 1 <= 5 && (i == text.size() || !is_letter(text[i]));
  }
  return names_data_month(text, end);
}

namespace {
// A word of economic data published for a month: "September trade figures", "the figures for
// September".
bool is_data_word(std::string_view word) {
  return one_of(word, {"jobs", "payrolls", "inflation", "data", "figures", "numbers", "sales", "retail", "exports",
                       "imports", "trade"});
}
}  // namespace

bool names_data_month(std::string_view text, std::size_t end) { return is_data_word(word_after(text, end)); }

bool names_commodity_month(std::string_view text, std::size_t end) {
  return one_of(word_after(text, end), {"corn",   "wheat",  "soybeans", "soybean",  "soymeal",   "cotton",  "sugar",
                                        "coffee", "cocoa",  "cattle",   "hogs",     "crude",     "Brent",   "gold",
                                        "silver", "copper", "futures",  "contract", "contracts", "delivery"});
}

bool data_month_subject_of_future(std::string_view text, std::size_t begin, std::size_t end) {
  if (!names_data_month(text, end) || !reported_subject_future(text, end)) return false;
  // After a preposition the month times something else ("said in October sales will rise": the saying).
  std::array<char, 16> buffer{};
  const char* start = text.data() + begin;
  if (one_of(lower_word_before(text.data(), start, buffer, start),
             {"in", "on", "at", "during", "by", "since", "until", "through", "from", "for", "of", "after", "before"}))
    return false;
  // The figures' release or what they tell is no prediction: "October sales will be released
  // next week", "will show", "could come in weaker".
  const char* const text_end = text.data() + text.size();
  const char* p = text.data() + end;
  for (int words = 0; words < 6 && p != text_end && *p == ' '; ++words) {
    const std::string_view word = lower_word_at(p + 1, text_end, buffer, p);
    if (!is_modal(word) && word != "ll") continue;
    std::string_view verb;
    for (int read = 0; read < 4 && p != text_end && *p == ' ' && (read == 0 || is_verb_group_adverb(verb)); ++read)
      verb = lower_word_at(p + 1, text_end, buffer, p);
    if (verb == "be" && p != text_end && *p == ' ') {
      const std::string_view after = lower_word_at(p + 1, text_end, buffer, p);
      return !(after.ends_with("ed") || one_of(after, {"out", "due", "known", "shown", "seen"}));
    }
    return !verb.empty() && !one_of(verb, {"show", "come", "confirm", "reveal", "indicate", "tell", "have"});
  }
  return false;
}

bool data_for_month(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  if (lower_word_before(text.data(), p, buffer, p) != "for") return false;
  return is_data_word(lower_word_before(text.data(), p, buffer, p));
}

namespace {

// A lone season after a word of time: "in the fall", "last fall", "over the winter" ("over" is no
// date word for a number: "over 1900 soldiers"). Not the verbs after "to" ("began to fall apart"),
// nor the noun before "of" ("until the fall of Budapest"; "the fall of 1994" is read whole).
bool season_after_date_word(std::string_view text, std::size_t begin, std::size_t end) {
  const ShortWord before = previous_word(text, begin);
  // Not after "may", the verb ("rates may fall in 2026"): a month name is date context for a year.
  return (is_date_context_word(before) || before == "over") && before != "the" && before != "to" && before != "may" &&
         word_after(text, end) != "of";
}

// Words after a season that show it is no modifier of a noun: function words, prepositions and
// particles ("spring up", "the winter in Russia"), forms of "be" and "have".
bool ends_season_phrase(std::string_view word) {
  return is_auxiliary(word) ||
         one_of(word, {"the",   "a",     "an",     "and",   "or",    "but",   "nor",   "we",    "it",  "they",
                       "he",    "she",   "i",      "you",   "to",    "of",    "be",    "been",  "as",  "if",
                       "when",  "there", "this",   "that",  "too",   "in",    "on",    "at",    "for", "from",
                       "with",  "by",    "into",   "onto",  "up",    "down",  "back",  "out",   "off", "over",
                       "under", "after", "before", "since", "until", "while", "which", "whose", "who", "where",
                       "than",  "then",  "so",     "its",   "their", "his",   "her"});
}

// A season in a story told by its seasons (a narrative, which the scanner decides: see
// season_needs_narrative): "spent the spring organizing", "their main summer offensive", "the
// German Spring Offensive", "winter quarters". Not "fall", also a verb and a noun of its own
// ("fall back", "a fall in prices"), nor a season after "to" ("to spring into action").
// Where the season word of a lone-season match starts: after "the", when the match begins with it.
std::size_t season_word_begin(std::string_view text, std::size_t begin, std::size_t end) {
  const bool with_the = (end - begin > 4) && ascii_lower(text[begin]) == 't' && ascii_lower(text[begin + 1]) == 'h' &&
                        ascii_lower(text[begin + 2]) == 'e' && text[begin + 3] == ' ';
  return with_the ? begin + 4 : begin;
}

// A break or sitting that the season times ("before the summer recess", "after the winter break"):
// the phrase says when, and the season keeps its article ("before [the summer] recess"), unlike a
// thing of that season ("the [summer] offensive", "the [summer] months").
bool season_period_noun(std::string_view word) { return names_a_break(word) || one_of(word, {"session", "term"}); }

// Whether the season text[season_begin, end) qualifies the noun after it: "summer offensive"; "the
// Spring Offensive", a name capitalised throughout; a season starting a sentence or a heading
// ("Spring offensives on ...").
bool season_modifies_next_word(std::string_view text, std::size_t begin, std::size_t season_begin, std::size_t end) {
  const std::string next = word_after(text, end);
  return !next.empty() && !ends_season_phrase(next) && !season_period_noun(next) &&
         (is_upper(text[season_begin]) == is_upper(next[0]) ||
          (is_upper(text[season_begin]) && !is_upper(next[0]) && previous_word(text, begin).empty()));
}

// A season after "the" opening a clause as its subject, before a finite verb: "The summer was the
// driest since records began", "The winter has been mild". In news it is the current or last one,
// as "the summer" after a preposition is. Not a name, capitalised ("The Summer Olympics"), nor
// "fall", also a noun of its own ("The fall was steep").
bool season_subject_of_clause(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t season_begin = season_word_begin(text, begin, end);
  if (season_begin == begin || is_upper(text[season_begin]) || ascii_lower(text[season_begin]) == 'f' ||
      !previous_word(text, begin).empty())
    return false;
  return one_of(word_after(text, end), {"is", "was", "has", "had", "will", "brought", "saw", "proved", "ended"});
}

bool season_in_story(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  const std::size_t season_begin = season_word_begin(text, begin, end);
  const bool with_the = season_begin != begin;
  if (m.point.season == unset || ascii_lower(text[season_begin]) == 'f' || previous_word(text, begin) == "to")
    return false;
  // A season before the noun it qualifies is that word alone ("the [summer] offensive"): the match
  // with "the" gives way to the one at the season.
  if (season_modifies_next_word(text, begin, season_begin, end)) return !with_the;
  // "the spring", "the winter" as the time something filled ("spent the spring and summer").
  return with_the && word_after(text, end) != "of";
}

// Whether `match` has the word "may" or "march" in lower case: the verbs, in running text. Not
// after a day and "of" ("the 3rd of march", "the eighth of may") nor before a day in figures with
// its ordinal suffix ("march 3rd", "may 5th", "march the 3rd"): no verb takes those.
bool has_lower_case_verb_month(std::string_view match) {
  // Most matches hold no "ma" at all: no need to read them word by word.
  if (match.find("ma") == std::string_view::npos) return false;
  const auto ends_ordinal = [](std::string_view word) {
    if (!word.empty() && is_digit(word.back())) return true;
    const std::string_view tail = word.size() >= 2 ? word.substr(word.size() - 2) : std::string_view{};
    return tail == "st" || tail == "nd" || tail == "rd" || tail == "th";
  };
  std::string_view before_previous, previous;
  const auto in_word = [](char c) { return is_letter(c) || is_digit(c); };
  for (std::size_t i = 0; i < match.size();) {
    if (!in_word(match[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < match.size() && in_word(match[j])) ++j;
    const std::string_view word = match.substr(i, j - i);
    if (word == "may" || word == "march") {
      const bool after_day_of = previous == "of" && ends_ordinal(before_previous);
      std::size_t k = j;
      while (k < match.size() && match[k] == ' ') ++k;
      if (match.substr(k, 4) == "the ") k += 4;  // "march the 3rd"
      std::size_t digits = k;
      while (digits < match.size() && is_digit(match[digits])) ++digits;
      const std::string_view suffix = match.substr(digits, 2);
      const bool before_ordinal_day = digits > k && digits - k <= 2 && ends_ordinal(suffix) &&
                                      (digits + 2 >= match.size() || !is_letter(match[digits + 2]));
      if (!after_day_of && !before_ordinal_day) return true;
    }
    before_previous = previous;
    previous = word;
    i = j;
  }
  return false;
}

// Whether the clock reading at text[begin] is a race or running time, not a time of day: one after
// "in" ("won in 2:03:45", "in 2:05 flat": no time of day is said so), or one to the second with a
// one-digit hour after a word that is no clock preposition ("a best of 2:01:09", "clocked 2:09:56";
// "at 9:30:15", "10:00:00 until 21:45:00" are times of day), a game clock's ("with 2:30 left"), or
// one before the distance run ("a 3:43 mile").
// Never with am/pm.
bool is_running_time(std::string_view text, std::size_t begin, std::string_view before) {
  if (before.empty()) return false;
  const auto digit_at = [&](std::size_t i) { return i < text.size() && is_digit(text[i]); };
  if (!digit_at(begin)) return false;
  const std::size_t colon = digit_at(begin + 1) ? begin + 2 : begin + 1;
  if (colon >= text.size() || text[colon] != ':' || !digit_at(colon + 1) || !digit_at(colon + 2)) return false;
  std::size_t end = colon + 3;
  const bool seconds = end + 2 < text.size() && text[end] == ':' && digit_at(end + 1) && digit_at(end + 2);
  if (seconds) end += 3;
  if (digit_at(end)) return false;
  // "with 2:30 left", "with 1:05 remaining", "with 0:45 to play": a game clock counting down.
  if (before == "with" && one_of(word_after(text, end), {"left", "remaining", "to"})) return true;
  // "a 3:43 mile", "a 2:05 marathon", "at a 4:30 pace": the time a distance is run in.
  if (one_of(word_after(text, end), {"mile", "marathon", "pace"})) return true;
  const bool running =
      before == "in" || (seconds && colon == begin + 1 &&
                         !one_of(before, {"at", "around", "about", "approximately", "by", "until", "till", "to", "from",
                                          "before", "after", "since", "between", "and", "circa", "c", "ca"}));
  if (!running) return false;
  while (end < text.size() && text[end] == ' ') ++end;
  const char a = end < text.size() ? ascii_lower(text[end]) : ' ';
  const char m = end + 1 < text.size() ? ascii_lower(text[end + 1]) : ' ';
  return !((a == 'a' || a == 'p') && (m == 'm' || m == '.' || !is_letter(m)));
}

// Whether the expression right after a quotation mark has every word after its first capitalised
// and the title goes on in capitals or ends there, as a name does: the programmes ''60 Minutes''
// and "This Week With David Brinkley". Quoted speech writes its times in lower case after the
// first word ("This week," he said), names of months, weekdays and holidays aside ("Next Monday we
// leave", "Christmas Day is"); a title that says what the period was ("57 Days of Hell") names it.
bool is_quoted_title(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (begin == 0 || !is_quote_mark_at(text, begin - 1)) return false;
  if (m.point.month != unset || m.point.weekday != unset || m.holiday != unset) return false;
  bool later_word = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (text[i] != ' ') continue;
    while (i + 1 < end && text[i + 1] == ' ') ++i;
    if (i + 1 == end || !is_upper(text[i + 1])) return false;
    later_word = true;
  }
  if (!later_word) return false;
  std::size_t after = end;
  while (after < text.size() && (text[after] == '.' || text[after] == ',' || text[after] == '!' || text[after] == '?'))
    ++after;
  if (after < text.size() && is_quote_mark_at(text, after)) return true;
  return after == end && after + 1 < text.size() && text[after] == ' ' && is_upper(text[after + 1]);
}

// Whether "of" and a determiner follow `end`: "more than a quarter of the vote", "three quarters
// of their members" are fractions, not periods ("a quarter of an hour" is read whole).
bool of_determiner_follows(std::string_view text, std::size_t end) {
  if (text.substr(end, 4) != " of ") return false;
  const std::string next = word_after(text, end + 3);
  const std::string lowered = ascii_lowered(next);
  return is_definite_determiner(lowered) || one_of(lowered, {"all", "every", "each", "them", "us", "it"});
}

// Where a walk over the words before an expression ended (walk_words_before_in_clause).
struct WordWalk {
  bool found = false;    // a cue was read
  std::size_t stop = 0;  // the cue's first byte; else the clause's edge (the byte after its mark) or the last word read
};

// Reads the (up to `max_words`) words before `begin` in its clause, nearest first, lower case (a
// word longer than 16 letters as its first 16), until `is_cue` holds for one. The clause ends at
// . ; : ( ) " a line break or a comma, not one between digits ("a peak of 1,600 in summer 2007"),
// and at a word `opens_clause` names ("but", "while": the caller says which). Numbers and hyphens
// between words are stepped over ("usually 5 percent higher in the fourth quarter").
template <class IsCue, class OpensClause = bool (*)(std::string_view)>
WordWalk walk_words_before_in_clause(
    std::string_view text, std::size_t begin, IsCue is_cue, int max_words = 8,
    OpensClause opens_clause = [](std::string_view) { return false; }) {
  std::size_t i = begin;
  for (int words = 0; words < max_words && i > 0;) {
    const char c = text[i - 1];
    const bool thousands = c == ',' && i >= 2 && is_digit(text[i - 2]) && i < text.size() && is_digit(text[i]);
    if (c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n' || c == '"' || (c == ',' && !thousands))
      return {false, i};
    if (!is_letter(c)) {
      --i;
      continue;
    }
    const std::size_t word_end = i;
    while (i > 0 && is_letter(text[i - 1])) --i;
    const ShortWord word(text.data() + i, word_end - i);
    if (is_cue(word.view())) return {true, i};
    if (opens_clause(word.view())) return {false, i};
    ++words;
  }
  return {false, i};
}

// Whether `is_cue` holds for one of the words before `begin` in its clause (as the walk above reads
// them).
template <class IsCue, class OpensClause = bool (*)(std::string_view)>
bool any_word_before_in_clause(
    std::string_view text, std::size_t begin, IsCue is_cue, int max_words = 8,
    OpensClause opens_clause = [](std::string_view) { return false; }) {
  return walk_words_before_in_clause(text, begin, is_cue, max_words, opens_clause).found;
}

namespace {
// A year alone after a date told after "in" (the caller's test) and a verb of change is the amount
// it changed to: "The index fell in May 2010 to 2011" (a date and a later year, dated_to_dated,
// rules_ranges.cpp), as "rose in March 2008 to 500" is; "lasted May 1945 to 1947" is the range.
// (Out of line: rare.)
[[gnu::noinline]] bool amount_changed_to_year(std::string_view text, std::size_t begin, const Meaning& m) {
  return first_month_of(m.range_end) == unset && m.range_end.day == unset && !m.range_end_counted &&
         any_word_before_in_clause(text, begin, changes_an_amount, 3);
}
}  // namespace

// Whether a number that cannot be a day of the month (0, 32 to 99) stands right before the month
// the expression starts with, or before the month just before it: "32 August 2014" is an impossible
// date, not "August 2014" with a stray number, nor "2014" after it. Possible days were read whole
// ("3 August 2014") before these words were tried.
bool follows_impossible_day(std::string_view text, std::size_t begin, const Meaning& m) {
  std::size_t p = begin;
  const auto skip_blanks = [&] {
    const std::size_t at = p;
    while (p > 0 && text[p - 1] == ' ') --p;
    return p != at;
  };
  if (!skip_blanks()) return false;
  if (m.point.month == unset && m.bare_year) {
    // "2014" after "32 August" or "32 Aug.": step over the month name.
    if (p > 0 && text[p - 1] == '.') --p;
    const std::size_t word_end = p;
    while (p > 0 && is_letter(text[p - 1])) --p;
    if (p == word_end || (token_classes(text.data() + p, text.data() + word_end) & tok::month) == 0 || !skip_blanks())
      return false;
  } else if (m.point.month == unset || m.point.day != unset) {
    return false;
  }
  // An ordinal's letters ("32nd"), then one or two digits that begin their number.
  if (p >= 2 && is_letter(text[p - 1]) && is_letter(text[p - 2])) p -= 2;
  std::size_t digits = 0;
  while (p > 0 && is_digit(text[p - 1]) && digits < 3) {
    --p;
    ++digits;
  }
  // The number stands alone: "10:45 August 3" is a clock time before a date.
  if (digits == 0 || digits > 2 || (p > 0 && !(text[p - 1] == ' ' || text[p - 1] == '\n' || text[p - 1] == '(')))
    return false;
  const int number = digits == 1 ? text[p] - '0' : (text[p] - '0') * 10 + (text[p + 1] - '0');
  return number == 0 || number > 31;
}

// Whether a month is followed by a number that cannot be its day: "August 32, 2014" (0 or 32 to
// 99 before the comma of a date), "February 151998" (five or more digits, a day glued to its
// year, ending the phrase). The whole is no date, as "32 August 2014" is not
// (follows_impossible_day): neither the month (`m` a month alone, ending at `end`) nor the year
// after the comma (`m` a bare year starting at `begin`). A count after a month stays ("In February
// 40 people", "in May 12000 workers").
bool month_before_impossible_day(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  const auto impossible_after_month = [&](std::size_t p) {  // p: just after the month's letters
    if (p < text.size() && text[p] == '.') ++p;
    if (p >= text.size() || text[p] != ' ') return false;
    while (p < text.size() && text[p] == ' ') ++p;
    std::size_t digits = 0;
    int number = 0;
    for (; p + digits < text.size() && is_digit(text[p + digits]); ++digits)
      if (digits < 2) number = number * 10 + (text[p + digits] - '0');
    const std::size_t after = p + digits;
    if (digits == 2 && (number == 0 || number > 31)) return after < text.size() && text[after] == ',';
    // No word follows the number (a count's noun would): the text, or its phrase, ends there.
    const std::size_t next = after < text.size() && text[after] == ' ' ? after + 1 : after;
    return digits >= 5 && (next == text.size() || !is_letter(text[next]));
  };
  const CalendarFields& p = m.point;
  if (m.kind == Kind::calendar && p.month != unset && p.day == unset && p.year == unset && !m.has_range_end)
    return impossible_after_month(end);
  if (!m.bare_year || begin < 6 || text[begin - 1] != ' ' || text[begin - 2] != ',') return false;
  // "2014" after "August 32, ": back over the number to the month before it.
  std::size_t q = begin - 2;
  while (q > 0 && is_digit(text[q - 1])) --q;
  if (q == begin - 2 || q < 2 || text[q - 1] != ' ') return false;
  std::size_t word_end = q - 1;
  while (word_end > 0 && text[word_end - 1] == ' ') --word_end;
  if (word_end > 0 && text[word_end - 1] == '.') --word_end;
  std::size_t word_begin = word_end;
  while (word_begin > 0 && is_letter(text[word_begin - 1])) --word_begin;
  if (word_begin == word_end || (token_classes(text.data() + word_begin, text.data() + word_end) & tok::month) == 0)
    return false;
  return impossible_after_month(word_end);
}

// Whether one of `nouns` (lower case) ends the run of up to four capitalised words after `at`: a
// name's own noun ("the 2050 Net Zero Strategy", "1600 Pennsylvania Avenue", "N. Main St.").
template <const auto& nouns>
bool capitalised_name_ends_in(std::string_view text, std::size_t at) {
  for (int words = 0; words < 4; ++words) {
    const std::string next = word_after(text, at);
    if (next.empty() || !is_upper(next[0])) return false;
    const std::string lowered = ascii_lowered(next);
    if (in_list<nouns>(lowered)) return true;
    at += 1 + next.size();
    if (at < text.size() && text[at] == '.') ++at;  // an initial or an abbreviation: "N. Main St."
  }
  return false;
}

// Whether the expression text[begin, end) opens the title of a plan or programme: capitalised words
// ending in a noun of such a document follow ("the 2030 Agenda", "China's 14th Five-Year Plan",
// "the 2050 Net Zero Strategy"). The year is the plan's horizon and the length its span, not a
// date or a duration the text places anything on, as a capitalised word before a year makes a name
// ("Vision 2030", "Kazakhstan 2050", in has_evidence below). A length must be written in title case
// too ("Five-Year", "5-Year"): "a five-year plan" is a length, as TimeBank tags it. A year up to the
// document's own is the year the document was issued ("the 2024 National Security Strategy"), a
// date as TimeBank tags "the 1978 Treaty"; only a later one is a horizon.
bool opens_plan_title(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m, int document_year) {
  bool title_case_length = false;
  if (m.kind == Kind::duration && end - begin >= 3) {
    // The last dash of the expression itself: searching the whole text back from `end` would walk
    // to the previous dash anywhere before it, for every duration tried.
    const std::size_t dash = text.substr(begin, end - begin).rfind('-');
    title_case_length = dash != std::string_view::npos && begin + dash + 1 < end && is_upper(text[begin + dash + 1]);
  }
  if (!m.bare_year && !title_case_length) return false;
  if (m.bare_year && document_year != unset && m.point.year <= document_year) return false;
  // The title's capitalised words, up to the plan noun: "the 2050 Net Zero Strategy", "the 2030
  // Climate Target Plan".
  static constexpr std::string_view plan_nouns[] = {"agenda",    "plan",    "plans",     "strategy", "vision",
                                                    "programme", "program", "framework", "roadmap",  "initiative",
                                                    "goals",     "targets", "blueprint", "compact"};
  return capitalised_name_ends_in<plan_nouns>(text, end);
}

// Whether a noun that numbers things comes right before a number ("page 2025", "room 2014",
// "flight 1989", "version 2025", "section 1983"): the number picks one of them, no year, as a
// capitalised word before makes a name ("Kazakhstan 2050", in has_evidence).
bool is_label_noun(std::string_view word) {
  static constexpr std::string_view labels[] = {
      "page",    "pages",  "room",      "flight",     "version",   "section",   "sections", "article",
      "chapter", "clause", "paragraph", "item",       "route",     "highway",   "bus",      "platform",
      "gate",    "suite",  "apartment", "apt",        "unit",      "box",       "model",    "lot",
      "seat",    "row",    "channel",   "episode",    "volume",    "vol",       "exhibit",  "figure",
      "table",   "docket", "patent",    "number",     "code",      "pp",        "bill",     "part",
      "ref",     "serial", "decree",    "resolution", "ordinance", "directive", "invoice"};
  return in_list<labels>(word);
}

// Whether a numbering abbreviation and its period come right before the number at `begin` ("No.
// 1999", "H.R. 2024", "p. 2025", "Art. 1999", "Sec. 2019"): the number is the label's, as after a
// noun that numbers things. Not "S." or "C." ("the U.S. 2020 election", "c. 1850"), nor a sentence's
// period ("ended. 2019 was").
bool follows_numbering_abbreviation(std::string_view text, std::size_t begin) {
  if (begin < 3 || text[begin - 1] != ' ' || text[begin - 2] != '.') return false;
  std::size_t from = begin - 2;
  while (from > 0 && is_letter(text[from - 1]) && begin - 2 - from < 4) --from;
  if (from > 0 && is_letter(text[from - 1])) return false;
  const std::string lowered = ascii_lowered(text.substr(from, begin - 2 - from));
  return one_of(lowered, {"no", "nos", "art", "sec", "vol", "p", "pp", "ch", "para", "fig", "r", "ref"});
}

// Whether text[begin, end) is figures and the hyphens or slashes between them alone ("2008-09",
// "2011-05", not "2008-09 season" nor "May 2011").
bool figures_only(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (!is_digit(text[i]) && text[i] != '-' && text[i] != '/') return false;
  return true;
}

// Whether the figures at text[begin] are glued by a hyphen to a code's capitals before them ("model
// XK-2008-03", "the A-2010 form", "part RX7-1999"): a word of capitals and figures (a capital at
// least, no lower-case letter) is a product's, a form's or a document's code, the number its part.
// Not a year's prefix in a headline's capitals ("MID-2008", "PRE-2010", "POST-2001"), a fiscal
// year's ("FY-2008") or a quarter's or half's ("Q3-2008", "H2-2010").
bool glued_to_code(std::string_view text, std::size_t begin) {
  if (begin < 2 || text[begin - 1] != '-') return false;
  std::size_t from = begin - 1;
  bool capital = false;
  while (from > 0 && begin - from <= 9 && (is_upper(text[from - 1]) || is_digit(text[from - 1]))) {
    capital |= is_upper(text[from - 1]);
    --from;
  }
  if (!capital || (from > 0 && (is_letter(text[from - 1]) || is_digit(text[from - 1])))) return false;
  const std::string word = ascii_lowered(text.substr(from, begin - 1 - from));
  if (word.size() == 2 && (word[0] == 'q' || word[0] == 'h') && is_digit(word[1])) return false;
  return !one_of(word, {"mid", "pre", "post", "end", "late", "early", "fy", "circa", "ca"});
}

// Whether the number ending at `end` is a house number: a street follows, its capitalised name
// and noun ("at 1600 Pennsylvania Avenue", "to 2000 Market Street", "at 1999 Broadway"), or "block
// of" ("the 1900 block of Elm Street"). After a preposition of time the number is a year and the
// street a name in its clause ("In 2008 Wall Street banks failed", "since 2010 Main Street"): the
// street's number needs a word that places before it ("at", "to", "on", "from", "near").
bool names_street_number(std::string_view text, std::size_t end, std::string_view before) {
  if (text.substr(end, 10) == " block of ") return true;
  if (!one_of(before, {"at", "to", "on", "from", "near", "outside"}) || end + 2 >= text.size() ||
      !is_upper(text[end + 1]))
    return false;
  static constexpr std::string_view street_nouns[] = {
      "street", "st",    "avenue", "ave",     "road",    "rd",     "boulevard", "blvd",     "lane",  "drive",
      "way",    "place", "court",  "parkway", "terrace", "square", "highway",   "broadway", "plaza", "circle"};
  return capitalised_name_ends_in<street_nouns>(text, end);
}

// Whether a unit of measure follows the number ending at `end` ("the 1500 metres", "climbed to 2000
// feet", "given 2000 mg", "fell by 1999 points"): a distance, a weight or an index's move, even after
// a word of time, which else makes a year of the number. Not a currency: "in 2010 dollars" is a year's
// money. Nor a unit joined to what follows ("the 2020 points-based system"). Joined to the number
// by a hyphen, a count's noun makes an adjective of a size ("a 2000-word essay", "a 1999-seat
// arena"; "2020-style", "the 1990-era cars" are years).
bool unit_of_measure_follows(std::string_view text, std::size_t end) {
  if (end + 2 >= text.size() || !(text[end] == ' ' || text[end] == '-') || !is_letter(text[end + 1]) ||
      is_upper(text[end + 1]))
    return false;
  std::size_t after = end + 1;
  while (after < text.size() && is_letter(text[after])) ++after;
  const std::string_view unit = text.substr(end + 1, after - end - 1);
  static constexpr std::string_view units[] = {
      "metres",  "meters", "metre", "meter",      "miles",       "mile",        "kilometres", "kilometers", "km",
      "feet",    "foot",   "yards", "tons",       "tonnes",      "acres",       "hectares",   "barrels",    "gallons",
      "litres",  "liters", "kg",    "mg",         "ml",          "kilograms",   "calories",   "mph",        "points",
      "degrees", "rpm",    "kph",   "inches",     "centimetres", "centimeters", "cm",         "mm",         "grams",
      "ounces",  "square", "hp",    "horsepower", "megawatts",   "gigawatts",   "watts",      "volts",      "bpd"};
  if (text[end] == '-')
    return in_list<units>(unit) || one_of(unit, {"word", "page", "seat", "strong", "member", "bed", "room", "acre",
                                                 "ton", "tonne", "pound", "square", "kilometre", "kilometer"});
  return in_list<units>(unit) && !(after < text.size() && text[after] == '-');
}

// Whether text[begin] is inside a web address ("https://example.com/news/2025/03/04/story"): a
// date there is the address's, not one the text says.
bool inside_web_address(std::string_view text, std::size_t begin) {
  if (begin == 0 || !(text[begin - 1] == '/' || text[begin - 1] == '=' || text[begin - 1] == '_')) return false;
  std::size_t from = begin;
  while (from > 0 && begin - from < 200 && !(text[from - 1] == ' ' || text[from - 1] == '\n')) --from;
  const std::string_view token = text.substr(from, begin - from);
  return token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos;
}

// Whether the clock reading text[begin, end), figures and colons alone, is a recording's timecode:
// in square brackets ("[00:12:31] MODERATOR:", "Speaker 2 [00:45]:"), or in parentheses opening a
// line or before a colon ("(00:03:12) Okay", "SMITH (14:02): I disagree"), as transcripts mark
// where in a recording a line is said; or before "min" or "mins", the recording's length ("Listen
// · 6:12 min"). A time of day in parentheses follows what it restates ("at 2 p.m. (14:00)"),
// and a zone or a meridiem makes one of a stamp ("[10:42 GMT]").
bool marks_recording_timecode(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin == 0 || end >= text.size() || !is_digit(text[begin])) return false;
  const std::string_view reading = text.substr(begin, end - begin);
  if (reading.find(':') == std::string_view::npos ||
      !std::all_of(reading.begin(), reading.end(), [](char c) { return is_digit(c) || c == ':'; }))
    return false;
  const std::string_view after = text.substr(end, 6);
  if ((after.starts_with(" min") && (after.size() == 4 || !is_letter(after[4]))) ||
      (after.starts_with(" mins") && (after.size() == 5 || !is_letter(after[5]))))
    return true;
  const char open = text[begin - 1], close = text[end];
  if (open == '[') return close == ']';
  if (open != '(' || close != ')') return false;
  return begin == 1 || text[begin - 2] == '\n' || (end + 1 < text.size() && text[end + 1] == ':');
}

// Whether a copyright sign comes right before the year at `begin` ("© 2026 Reuters", "(c)
// 2025", "Copyright © 2024"): the year a page's rights date from, no date its text tells.
bool follows_copyright_sign(std::string_view text, std::size_t begin) {
  std::size_t at = begin;
  while (at > 0 && begin - at < 2 && text[at - 1] == ' ') --at;
  const std::string_view before = text.substr(0, at);
  return before.ends_with("\xC2\xA9") || before.ends_with("(c)") || before.ends_with("(C)");
}

// Whether a count of minutes is a page's reading time, "8 minute read", "12 minutes read", opening
// its line or after a separator ("By Jane Doe | 8 minute read"), as "5 min read" is; "an 8 minute
// read" in a sentence stays a length.
bool is_reading_time(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::duration || m.unit != Unit::minute || text.substr(end, 5) != " read" ||
      (end + 5 < text.size() && is_letter(text[end + 5])))
    return false;
  std::size_t at = begin;
  while (at > 0 && begin - at < 4 && text[at - 1] == ' ') --at;
  return at == 0 || !(is_letter(text[at - 1]) || is_digit(text[at - 1]) || text[at - 1] == ',');
}

// Whether a length in a one-letter unit ("5 d", "3 h") follows a capitalised word that is no
// preposition opening a sentence: a part of a text or a grade ("Section 5 d", "Grade 3 h"), no length
// ("Within 24 h" is one).
bool letter_after_label(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::duration || end < begin + 3 || text[end - 2] != ' ' ||
      (text[end - 1] != 'd' && text[end - 1] != 'h'))
    return false;
  std::size_t p = begin;
  while (p > 0 && begin - p < 3 && text[p - 1] == ' ') --p;
  const std::size_t word_end = p;
  while (p > 0 && word_end - p < 16 && is_letter(text[p - 1])) --p;
  if (p == word_end || text[p] < 'A' || text[p] > 'Z') return false;
  return !one_of(previous_word(text, begin), {"at", "after", "within", "over", "for", "by", "in", "until", "before",
                                              "every", "about", "around", "under", "to", "from"});
}

// The words that say in the present that something is open or closed: verbs that say it alone
// ("the exhibition closes") and states said after "is", "are", "remain(s)" or a plural subject
// ("is open", "remain closed", "the shops open"). A standing arrangement before a range of
// weekdays (follows_habitual_verb) and a notice around one weekday (says_open_or_closed) read them.
bool is_opening_verb(std::string_view word) { return one_of(word, {"opens", "closes"}); }
bool is_opening_state(std::string_view word) { return one_of(word, {"open", "closed", "shut"}); }

}  // namespace

bool season_qualifies_noun(std::string_view text, std::size_t begin, std::size_t end) {
  return season_modifies_next_word(text, begin, season_word_begin(text, begin, end), end);
}

bool noun_follows(std::string_view text, std::size_t end) {
  const std::string next = word_after(text, end);
  return !next.empty() && !is_upper(next[0]) && !ends_season_phrase(next);
}

bool quantified_subject_verb_follows(std::string_view text, std::size_t end) {
  const std::string next = word_after(text, end);
  if (next.size() < 2 || is_upper(next[0])) return false;
  if (one_of(next, {"is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must", "should",
                    "does", "did"}))
    return true;
  // A plural after "every": no noun the quantifier counts; not a singular in "s" ("every Christmas
  // bonus", "each Easter service", "every Christmas news bulletin").
  return next.size() > 3 && next.back() == 's' && !next.ends_with("ss") && !next.ends_with("us") &&
         !next.ends_with("is") && !next.ends_with("ies") && next != "news";
}

bool qualifies_noun(std::string_view text, std::size_t begin, std::size_t end) {
  const ShortWord before = previous_word(text, begin);
  if (!is_definite_determiner(before.view()) && before != "a" && before != "an") return false;
  const std::string next = word_after(text, end);
  const std::string lowered = ascii_lowered(next);
  return !lowered.empty() && !ends_season_phrase(lowered);
}

bool names_delivery_month(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string next = word_after(text, end);
  return one_of(next, {"contract", "contracts", "futures"}) ||
         (next == "delivery" && previous_word(text, begin) == "for");
}

bool in_past_perfect_clause(std::string_view text, std::size_t begin) {
  std::string after;  // the word after the one read (nearer the expression)
  return any_word_before_in_clause(text, begin, [&](std::string_view word) {
    const bool past_perfect = word == "had" && !after.empty() && after != "to";
    after = word;
    return past_perfect;
  });
}

bool past_perfect_follows(std::string_view text, std::size_t end) {
  constexpr int max_words = 6;
  std::size_t i = end;
  if (i < text.size() && text[i] == ',') ++i;  // "On 2 September, the staff had begun"
  bool had = false;
  for (int words = 0; words < max_words && i < text.size();) {
    const char c = text[i];
    if (c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n' || c == '"' || c == ',') return false;
    if (!is_letter(c)) {
      ++i;
      continue;
    }
    const std::size_t word_begin = i;
    while (i < text.size() && is_letter(text[i])) ++i;
    const std::string_view word = text.substr(word_begin, i - word_begin);
    if (had) return word != "to";
    had = word == "had";
    ++words;
  }
  return false;
}

bool says_open_or_closed(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::size_t reach = 60;
  const std::size_t from = begin > reach ? begin - reach : 0;
  const std::string_view window = text.substr(from, std::min(text.size(), end + reach) - from);
  // The stems are looked for first: most weekdays have none near them (speed).
  for (const std::string_view stem : {"open", "clos", "shut"}) {
    for (std::size_t at = window.find(stem); at != std::string_view::npos; at = window.find(stem, at + 1)) {
      if (at > 0 && is_letter(window[at - 1])) continue;
      std::size_t stop = at;
      while (stop < window.size() && is_letter(window[stop])) ++stop;
      // In the expression's sentence.
      const std::size_t here = begin - from;
      const std::size_t low = std::min(at, here), high = std::max(stop, here);
      if (window.substr(low, high - low).find_first_of(".;\n") != std::string_view::npos) continue;
      const std::string_view word = window.substr(at, stop - at);
      if (is_opening_verb(word) || word == "reopens") return true;  // reopening: one occasion, no routine
      if (!is_opening_state(word)) continue;
      std::array<char, 16> buffer{};
      const char* ignored = nullptr;
      if (one_of(lower_word_before(window.data(), window.data() + at, buffer, ignored),
                 {"is", "are", "remains", "remain", "stays", "stay"}))
        return true;
    }
  }
  return false;
}

bool one_sentence_ends_between(std::string_view text, std::size_t from, std::size_t to, bool across_paragraphs) {
  int ends = 0;
  for (std::size_t i = from; i < to && ends < 2; ++i) {
    // A blank line ends the sentence before it (a stop right before it does not count, above).
    if (across_paragraphs && text[i] == '\n' && i + 1 < to && text[i + 1] == '\n') {
      ++ends;
      while (i + 1 < to && text[i + 1] == '\n') ++i;
    } else if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && ends_sentence_at(text, i)) {
      ++ends;
    }
  }
  return ends == 1 && (across_paragraphs || text.substr(from, to - from).find("\n\n") == std::string_view::npos);
}

bool looks_back_within_sentence(std::string_view text, std::size_t from, std::size_t to) {
  bool after = false;
  for (std::size_t i = from; i < to; ++i) {
    const char c = text[i];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?') && ends_sentence_at(text, i))) return false;
    if ((c == 'a' || c == 'A') && (i == 0 || text[i - 1] == ' ') && i + 5 < to &&
        spells_phrase(text, i, i + 5, "after") && !is_letter(text[i + 5]))
      after = true;
  }
  return after;
}

namespace {
// The verbs of a timetable's acts, in the present: "Polls close", "The summit opens", "The ship
// sails". (Lists in static storage: in_list.)
constexpr std::string_view scheduled_act_verbs[] = {
    "open", "opens", "reopen", "reopens", "close", "closes", "end", "ends", "expire", "expires", "resume", "resumes",
    "restart", "restarts", "begin", "begins", "start", "starts", "run", "runs", "convene", "convenes", "reconvene",
    "reconvenes", "arrive", "arrives", "depart", "departs", "sail", "sails", "fly",
    // A defendant's or a witness's day in court: "Smith appears in court on Monday", "testifies Tuesday".
    "appear", "appears", "testify", "testifies"};
bool is_scheduled_act_verb(std::string_view verb) { return in_list<scheduled_act_verbs>(verb); }

// Timetable verbs that are as often plural nouns: "Ireland votes on Friday", "The council meets on
// Friday", "Episode 4 airs on Sunday", "Arsenal host Chelsea on Saturday"; but "Postal votes on
// Friday were counted". Read as the verb only where no auxiliary follows in the sentence.
constexpr std::string_view scheduled_act_verbs_or_nouns[] = {
    "vote", "votes", "meet", "meets", "air", "airs", "travel", "travels", "play", "plays", "host", "hosts", "face",
    "faces", "visit", "visits", "return", "returns", "premiere", "premieres", "debut", "debuts", "leave", "leaves",
    "land", "lands", "flies",
    // What a schedule or a pledge offers on its date: "The carrier offers cheap fares in December",
    // "The council promises new roads in November", "The country holds elections in December" (the
    // coming ones; "offers of help", "holds on accounts" are the nouns, read as above). Not "unveils",
    // "launches": a headline's news just gone ("Apple unveils new iPhone Monday").
    "offer", "offers", "promise", "promises", "hold", "holds",
    // A chamber's, a court's or a speaker's act on its day: "Parliament debates the bill on Monday",
    // "The court hears the appeal on Monday", "The president addresses the nation on Sunday", "speaks
    // on Tuesday", "Voters decide on Sunday" (not "rules", "address", "sentences": "final rules in
    // October", "a televised address Friday", "handed down long sentences on Monday" are the nouns).
    "debate", "debates", "hear", "hears", "addresses", "speak", "speaks", "decide", "decides",
    // A court's ruling, only after the court (follows_scheduled_act_verb): "The court rules on Friday".
    "rule", "rules",
    // A public appearance, a visit or a show on its day: "The prime minister tours the flood zone on
    // Friday", "The orchestra performs in Vienna on Saturday", "The band headlines the festival on
    // Saturday", "Leaders attend the summit on Monday", "The minister chairs the talks on Tuesday",
    // "The Queen welcomes the emperor on Tuesday", "Hamilton races in Monaco on Sunday", "The union
    // stages a walkout on Friday" ("guided tours on Friday were", "made headlines on Friday" are the
    // nouns). The base form only where it is seldom a noun ("his tour in New York on Wednesday").
    "tours", "perform", "performs", "headlines", "compete", "competes", "races", "attend", "attends", "chairs",
    "welcomes", "stages"};
bool is_scheduled_act_verb_or_noun(std::string_view verb) { return in_list<scheduled_act_verbs_or_nouns>(verb); }

bool is_any_scheduled_act_verb(std::string_view verb) {
  return is_scheduled_act_verb(verb) || is_scheduled_act_verb_or_noun(verb);
}

// A market report's result or session told after its verb ("Stocks close higher", "The Dow ends
// the week higher on Friday"): no timetable's act.
constexpr std::string_view market_result_words[] = {"higher", "lower",   "up",     "down",     "flat",
                                                    "mixed",  "firmer",  "weaker", "stronger", "week",
                                                    "day",    "session", "year",   "month",    "quarter"};

// follows_scheduled_act, its verb at most a word or a short object before the day; in
// `maybe_noun` whether its verb may be a plural noun.
bool follows_scheduled_act_verb_near(std::string_view text, std::size_t begin, bool& maybe_noun) {
  std::array<char, 16> buffer{};
  const char* start = text.data() + begin;
  std::string_view verb = lower_word_before(text.data(), start, buffer, start);
  // "runs through Friday", "runs until Friday": a scheduled act's span ends on that day. "in" before
  // a month: "The festival takes place in December", "The holiday falls in November".
  if (verb == "on" || verb == "at" || verb == "through" || verb == "until" || verb == "in")
    verb = lower_word_before(text.data(), start, buffer, start);
  // A relative clause between commas on the act's object tells its own tense: "The defendant faces a
  // judge, who will set bail, on Monday" reads "faces a judge".
  if (verb.empty()) {
    const char* comma = start;
    while (comma > text.data() && comma[-1] == ' ') --comma;
    if (comma > text.data() && comma[-1] == ',') {
      const std::size_t opened = relative_clause_opening(text, static_cast<std::size_t>(comma - 1 - text.data()));
      if (opened == std::string_view::npos) return false;
      start = text.data() + opened;
      verb = lower_word_before(text.data(), start, buffer, start);
    }
  }
  // An hour alone before the day's "on": "The match kicks off at 8 on Saturday night".
  if (verb.empty() && start > text.data() && is_digit(start[-1])) {
    while (start > text.data() && (is_digit(start[-1]) || start[-1] == '.' || start[-1] == ':')) --start;
    if (lower_word_before(text.data(), start, buffer, start) != "at") return false;
    verb = lower_word_before(text.data(), start, buffer, start);
  }
  // An arrangement in the present progressive: "The team is playing on Saturday", "are meeting on
  // Friday" (not "is being", "are going").
  // A verbal noun as the act's bare object reads as any bare object below ("faces sentencing on
  // Wednesday").
  if (verb.size() >= 5 && verb.ends_with("ing") && verb != "being" && verb != "going") {
    const char* ignored = nullptr;
    std::string_view auxiliary = lower_word_before(text.data(), start, buffer, ignored);
    if (one_of(auxiliary, {"is", "are", "am"})) return true;
    // The act's purpose: "appears for sentencing on Monday", "returns for questioning".
    if (auxiliary == "for") auxiliary = lower_word_before(text.data(), ignored, buffer, ignored);
    if (!is_any_scheduled_act_verb(auxiliary)) return false;
  }
  // A place between ("The summit opens in Belem on November 10", "ends his tour in New York on
  // Sunday", "travels to Madrid on Tuesday"): "in" or "to" and up to three capitalised words; or a
  // name as the bare object ("The band plays Wembley on Wednesday", "Real Madrid face Bayern Munich
  // on Tuesday", "The King opens Parliament on Wednesday").
  if (is_upper(*start)) {
    const char* place = start;
    std::string_view word = verb;
    const auto leads_place = [](std::string_view w) { return w == "in" || w == "to" || w == "for"; };
    for (int words = 0; words < 3 && is_upper(*place) && !leads_place(word); ++words)
      word = lower_word_before(text.data(), place, buffer, place);
    // A name with its article: "Lawmakers return to the Capitol on Monday".
    if (word == "the" && !is_upper(*place)) word = lower_word_before(text.data(), place, buffer, place);
    if (leads_place(word))
      verb = lower_word_before(text.data(), place, buffer, start);
    else if (is_upper(*place) || !is_any_scheduled_act_verb(word))
      return false;
    else
      verb = word, start = place;
  }
  // An object between, led by a determiner ("opens its first office on Monday", "begins his visit
  // on Thursday"); not a market report's result or session ("Stocks close higher", "The Dow ends
  // the week higher on Friday").
  // The object ends in a noun, not a past ("said on Monday", "died Tuesday": most weekdays; speed).
  // Or a bare object ("faces trial on Wednesday", "returns to television on Wednesday") or one after
  // "on", "to" or "before" ("Lawmakers vote on the bill on Thursday", "returns to the stage on Friday",
  // "testifies before the committee on Monday").
  // So is a going somewhere or onto something, told in the present ("Tickets go on sale on Friday",
  // "Workers go on strike Monday", "Fans go to the stadium on Saturday").
  bool goes = false;
  const auto is_go = [](std::string_view w) { return w == "go" || w == "goes"; };
  if (!verb.ends_with("ed") && verb != "said" && !one_of(verb, {"polls", "forward", "back", "hour"}) &&
      !is_any_scheduled_act_verb(verb)) {
    std::array<char, 16> object_buffer{};
    const char* object = start;
    std::string_view word = verb;
    const auto leads_object = [](std::string_view w) { return is_definite_determiner(w) || w == "a" || w == "an"; };
    const char* verb_start = nullptr;  // the act's verb before the object, once found
    // The word read last is "on" or "to", not "on" before a verbal noun ("Shares go on trading": go on
    // is to continue).
    bool after_on_or_to = false;
    bool verbal_noun = verb.ends_with("ing");  // the word read last ends in "-ing"
    for (int words = 0; words < 4 && !word.empty() && !leads_object(word); ++words) {
      const char* word_start = object;
      word = lower_word_before(text.data(), object, object_buffer, object);
      goes = after_on_or_to && is_go(word);
      if (goes || is_any_scheduled_act_verb(word)) {
        verb_start = object;
        object = word_start;
        break;
      }
      after_on_or_to = (word == "on" && !verbal_noun) || word == "to";
      verbal_noun = word.ends_with("ing");
    }
    if (verb_start == nullptr && object != start && leads_object(word)) {
      // The verb is right before the object's determiner, or its "on" or "to". (The words between
      // are read again only then: most dates have no such verb before them; speed.)
      verb_start = object;
      std::string_view before_object = lower_word_before(text.data(), verb_start, object_buffer, verb_start);
      if (before_object == "on" || before_object == "to" || before_object == "before") {
        before_object = lower_word_before(text.data(), verb_start, object_buffer, verb_start);
        goes = is_go(before_object);
      }
      if (!goes && !is_any_scheduled_act_verb(before_object)) verb_start = nullptr;
    }
    if (verb_start != nullptr) {
      bool result = false;
      for (const char* p = start + verb.size(); p > object && !result;)
        result = in_list<market_result_words>(lower_word_before(text.data(), p, object_buffer, p));
      if (!result) {
        const char* ignored = nullptr;
        verb = lower_word_at(verb_start, text.data() + text.size(), buffer, ignored);
        start = verb_start;
      }
    }
  }
  // The clocks' change ("The clocks go forward at 1am on Sunday", "go back one hour").
  if (verb == "hour") {
    verb = lower_word_before(text.data(), start, buffer, start);
    if (verb != "one" && verb != "an") return false;
    verb = lower_word_before(text.data(), start, buffer, start);
  }
  if (verb == "forward" || verb == "back") {
    // A going back in the present: "Senators get back on Tuesday", "Pupils head back to class on
    // Monday", "Lawmakers are back on Tuesday" (not "came back", "Sales were back").
    const bool back = verb == "back";
    verb = lower_word_before(text.data(), start, buffer, start);
    if (verb != "go" && verb != "goes" && !(back && is_back_verb(verb))) return false;
  } else if (verb == "office") {
    // Acts told with their object: "takes office on Monday", "Voters go to the polls on Sunday".
    verb = lower_word_before(text.data(), start, buffer, start);
    if (verb != "take" && verb != "takes") return false;
  } else if (verb == "polls") {
    if (lower_word_before(text.data(), start, buffer, start) != "the" ||
        lower_word_before(text.data(), start, buffer, start) != "to")
      return false;
    verb = lower_word_before(text.data(), start, buffer, start);
    if (!one_of(verb, {"go", "goes", "head", "heads"})) return false;
  } else if (one_of(verb, {"off", "way", "underway", "ahead", "place", "up"})) {
    // A timetable's act told with its particle: "The game kicks off at 1pm on Sunday", "gets under
    // way on Friday", "goes ahead on Saturday", "takes place on Thursday", "wraps up on Sunday".
    const std::array<char, 16> particle_buffer = buffer;  // `buffer` takes the verb
    const std::string_view particle(particle_buffer.data(), verb.size());
    if (particle == "way" && lower_word_before(text.data(), start, buffer, start) != "under") return false;
    verb = lower_word_before(text.data(), start, buffer, start);
    const bool phrasal = (particle == "off" && one_of(verb, {"kick", "kicks"})) ||
                         ((particle == "way" || particle == "underway") && one_of(verb, {"get", "gets"})) ||
                         (particle == "ahead" && one_of(verb, {"go", "goes"})) ||
                         (particle == "place" && one_of(verb, {"take", "takes"})) ||
                         (particle == "up" && one_of(verb, {"wrap", "wraps"}));
    if (!phrasal) return false;
  } else if (verb == "falls" || verb == "fall") {
    // A date that falls on a day is a calendar's, the coming one: "The anniversary of the treaty
    // falls on Monday", "The holiday falls in December"; its subject an occasion (its "of" phrase
    // passed over). Not an amount ("Prices fall on Monday", "Output falls in December").
    const auto occasion = [](std::string_view w) {
      return one_of(w, {"anniversary", "anniversaries", "holiday", "holidays", "deadline", "birthday", "festival",
                        "feast", "eve", "election", "ceremony", "date", "day", "centenary", "centennial", "jubilee"});
    };
    const char* p = start;
    if (occasion(lower_word_before(text.data(), p, buffer, p))) return true;
    // "The anniversary of the treaty falls", "The deadline for applications falls": the noun before
    // its "of" or "for" phrase.
    for (int words = 0; words < 4; ++words) {
      const std::string_view word = lower_word_before(text.data(), p, buffer, p);
      if (word.empty()) return false;
      if (word == "of" || word == "for") return occasion(lower_word_before(text.data(), p, buffer, p));
    }
    return false;
  } else if (!goes && !is_any_scheduled_act_verb(verb)) {
    return false;
  }
  // Not the noun ("at the close on Friday", "a strong start on Monday"): a base form only after a
  // plural subject ("Polls close", "Talks resume", "they") or a relative pronoun ("The talks, which
  // begin on Monday"), no form after an infinitive's "to", a
  // negation or "did", whose tense the clause tells.
  std::array<char, 16> before_buffer{};
  const char* before_start = nullptr;
  const std::string_view before = lower_word_before(text.data(), start, before_buffer, before_start);
  if (is_definite_determiner(before) || one_of(before, {"a", "an", "to", "did", "not", "never"})) return false;
  // A name before the base form ends its subject: "Voters in Pennsylvania go to the polls Tuesday",
  // "the Yankees and the Red Sox play on Friday".
  const bool after_name = !before.empty() && before_start != nullptr && is_upper(*before_start);
  // A plural without "-s" too: "Hospital staff face questions on Wednesday", "Police return".
  const bool plural_subject = (before.size() > 3 && before.ends_with('s') && !before.ends_with("ss")) ||
                              one_of(before, {"they", "we", "you", "people", "which", "who", "that", "staff", "police",
                                              "children", "men", "women", "personnel"}) ||
                              after_name;
  maybe_noun = is_scheduled_act_verb_or_noun(verb);
  // After a past or a participle the word is its plural noun, an object: "The candidates held
  // televised debates on Monday", "held votes on Friday".
  const auto past = [](std::string_view word) {
    return word.size() >= 4 && (word.ends_with("ed") || english::is_irregular_past_form(word)) &&
           !one_of(word, {"need", "feed", "speed"});
  };
  if (maybe_noun && !after_name && past(before)) return false;
  // So past a determiner and the words qualifying the noun: "released his tax returns on Friday",
  // "counted the postal votes on Monday", "cancelled all family visits on Sunday" (last Friday's,
  // were the coming ones); "His family returns on Friday" has no past before it, "said his family
  // returns on Friday" a saying's.
  if (maybe_noun && !after_name) {
    std::array<char, 16> word_buffer{};
    const char* p = before_start;
    for (int modifiers = 1; modifiers <= 2 && p != nullptr; ++modifiers) {
      const std::string_view word = lower_word_before(text.data(), p, word_buffer, p);
      if (word.empty() || p == nullptr || is_upper(*p)) break;
      if (is_definite_determiner(word) || one_of(word, {"all", "some", "a", "an"})) {
        // Not a saying's, whose report the noun's clause may be: "said his family returns on Friday".
        const std::string_view verb_before = lower_word_before(text.data(), p, word_buffer, p);
        if (past(verb_before) && !in_list<saying_verbs>(verb_before)) return false;
        break;
      }
    }
  }
  // "rules" is the verb only after a court named with its article: "The court rules on Friday", "The
  // Supreme Court rules on the appeal on Monday", "A federal judge rules"; not "new rules on Friday",
  // "the rules on Friday's ballot", "new court rules".
  if (verb == "rule" || verb == "rules") {
    if (!one_of(before, {"court", "judge", "judges", "justices", "tribunal", "panel", "arbitrator"})) return false;
    const char* p = before_start;
    for (int words = 0; words < 3; ++words) {
      const std::string_view word = lower_word_before(text.data(), p, before_buffer, p);
      if (word == "the" || word == "a") return true;
      if (word.empty() || (!is_upper(*p) && !one_of(word, {"supreme", "high", "appeals", "federal", "district",
                                                           "constitutional", "top", "lower", "appellate", "state"})))
        return false;
    }
    return false;
  }
  // "appears" as "seems": "He appears on Monday to have changed his mind".
  if (verb == "appear" || verb == "appears") {
    const std::string_view rest = text.substr(begin, 40);
    if (rest.find(" to have ") != std::string_view::npos || rest.find(" to be ") != std::string_view::npos)
      return false;
  }
  return verb.ends_with('s') || plural_subject;
}

// The end of a timetable's verb told before its object and its phrases of place, partner or
// occasion, the day after them: "The king welcomes the emperor at the palace on Saturday", "Both
// teams compete in the final on Friday", "The choir performs at the cathedral on Friday night",
// "The team is playing in the final at Wembley on Sunday"; npos when there is none. At most ten
// words between, at least one of them "at", "in", "with", "against", "before", "on", "to" or
// "for" (a nearer object alone is follows_scheduled_act_verb_near's); the walk back stops at a
// past, an auxiliary, a clause's or another preposition's word, punctuation or a market's result
// ("The king welcomed the emperor at the palace", "the emperor, who arrived at the palace",
// "Stocks close the week higher in Asia").
std::size_t scheduled_act_verb_before_phrases(std::string_view text, std::size_t begin) {
  static constexpr std::string_view phrase_prepositions[] = {"at",     "in", "with", "against",
                                                             "before", "on", "to",   "for"};
  static constexpr std::string_view clause_words[] = {
      "that",    "which",   "who",   "whom",      "whose", "where",   "when",    "while",   "as",    "because",
      "if",      "but",     "or",    "not",       "after", "since",   "until",   "till",    "by",    "during",
      "from",    "over",    "about", "following", "than",  "ago",     "last",    "earlier", "later", "then",
      "without", "despite", "amid",  "yesterday", "today", "tonight", "tomorrow"};
  std::array<char, 16> buffer{};
  const char* const first = text.data();
  const char* p = first + begin;
  std::string_view word = lower_word_before(first, p, buffer, p);
  if (word == "on") word = lower_word_before(first, p, buffer, p);
  bool phrase = false;          // a preposition read
  std::string_view after_verb;  // the word read before this one: the first after a verb
  std::array<char, 16> after_buffer{};
  // A break gone before the day is an occasion, not a clause: "Schools reopen after the Christmas
  // holidays on Monday", "Parliament returns from its summer recess on Tuesday".
  const bool after_break = names_a_break(word);
  for (int words = 0; words < 11 && !word.empty(); ++words) {
    const char* const word_start = p;
    // The last part of a hyphenated qualifier is no verb, clause word or market's result: "after
    // the new-year break", "after a two-week adjournment", "after the year-end recess".
    const bool hyphenated = p - first > 1 && p[-1] == '-' && (is_letter(p[-2]) || is_digit(p[-2]));
    if (!is_upper(*word_start) && !hyphenated) {
      // A verb in the progressive, its own or another's: "is playing", "are investigating".
      if (word.size() > 5 && word.ends_with("ing")) {
        const char* ignored = nullptr;
        std::array<char, 16> be_buffer{};
        if (one_of(lower_word_before(first, word_start, be_buffer, ignored), {"is", "are", "am", "was", "were"})) {
          const std::string_view stem = word.substr(0, word.size() - 3);
          const auto scheduled = [&](std::string_view ending) {
            std::array<char, 20> form{};
            if (stem.size() + ending.size() > form.size()) return false;
            std::copy(stem.begin(), stem.end(), form.begin());
            std::copy(ending.begin(), ending.end(), form.begin() + static_cast<std::ptrdiff_t>(stem.size()));
            return is_any_scheduled_act_verb(std::string_view(form.data(), stem.size() + ending.size()));
          };
          if (words == 0 || !phrase || after_verb == "of" ||
              !(scheduled("") || scheduled("e") || scheduled("s") || scheduled("es")))
            return std::string_view::npos;
          return static_cast<std::size_t>(word_start - first) + word.size();
        }
      }
      // So is "after" a noun phrase, its determiner next ("Schools reopen after the strike on Monday",
      // "The trial resumes after a short adjournment on Thursday"; not "after they vote").
      if (in_list<phrase_prepositions>(word) || (after_break && words > 0 && (word == "after" || word == "from")) ||
          (word == "after" && words > 1 && (is_definite_determiner(after_verb) || one_of(after_verb, {"a", "an"})))) {
        phrase = true;
      } else if (word == "back" && phrase && after_verb != "of" && [&] {
                   // A verb going back before its phrases: "Senators get back from the Easter recess on
                   // Tuesday", "Pupils head back to class on Monday" (follows_scheduled_act_verb_near
                   // reads the verb); "arrives back in London" reads on to "arrives".
                   const char* ignored = nullptr;
                   std::array<char, 16> verb_buffer{};
                   return is_back_verb(lower_word_before(first, word_start, verb_buffer, ignored));
                 }()) {
        return static_cast<std::size_t>(word_start - first) + word.size();
      } else if (is_any_scheduled_act_verb(word)) {
        if (words == 0 || !phrase || after_verb == "of") return std::string_view::npos;
        return static_cast<std::size_t>(word_start - first) + word.size();
      } else if (is_auxiliary(word) || in_list<clause_words>(word) || in_list<market_result_words>(word) ||
                 english::is_regular_past_form(word) || english::is_irregular_past_form(word)) {
        return std::string_view::npos;
      }
    }
    std::copy(word.begin(), word.end(), after_buffer.begin());
    after_verb = std::string_view(after_buffer.data(), word.size());
    // A hyphenated qualifier is one word, read as its last part (the walk stopped at the hyphen).
    if (hyphenated)
      while (p - first > 1 && p[-1] == '-' && (is_letter(p[-2]) || is_digit(p[-2])))
        for (--p; p != first && (is_letter(p[-1]) || is_digit(p[-1]));) --p;
    word = lower_word_before(first, p, buffer, p);
  }
  return std::string_view::npos;
}

bool follows_scheduled_act_verb(std::string_view text, std::size_t begin, bool& maybe_noun) {
  if (follows_scheduled_act_verb_near(text, begin, maybe_noun)) return true;
  const VerbBeforeDay verb = verb_before_day(text, begin, ShortWord{}, PhraseToDay::timetable_phrases);
  return verb.looks_ahead && follows_scheduled_act_verb_near(text, verb.end, maybe_noun);
}
}  // namespace

bool follows_scheduled_act(std::string_view text, std::size_t begin) {
  // A day in a possessive owning an incident or a result dates it, past, whatever is arranged
  // ("are investigating Sunday's shooting"; "is playing Sunday's final" stays arranged).
  std::size_t day_end = begin;
  while (day_end < text.size() && day_end - begin < 12 && is_letter(text[day_end])) ++day_end;
  if (possessive_weekday_tense(text, begin, day_end) == Tense::event_past) return false;
  bool maybe_noun = false;
  return follows_scheduled_act_verb(text, begin, maybe_noun) &&
         (!maybe_noun || !auxiliary_follows(text.data() + begin, text.data() + text.size()));
}

bool follows_timetable_verb(std::string_view text, std::size_t begin) {
  bool maybe_noun = false;
  return follows_scheduled_act_verb(text, begin, maybe_noun) && !maybe_noun;
}

bool dates_timetabled_subject(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string verb = word_after(text, end);
  if (verb.size() < 4 || verb.back() != 's' || !is_scheduled_act_verb(verb)) return false;
  if (previous_word(text, begin) != "on") return false;
  // The noun the date qualifies, not a verb told before it ("The show that opened on 1 October closes").
  const std::size_t on = start_of_word_before(text, begin);
  if (on == std::string_view::npos) return false;
  const ShortWord noun = previous_word(text, on);
  return noun.size() > 2 && !noun.view().ends_with("ed") &&
         !one_of(noun, {"held", "set", "run", "begun", "that", "which"});
}

namespace {
// The comma closing a relative clause on an event, opened by "which" or "who" after the comma at
// text[comma], or npos; in `done` whether its own past verb tells the event done ("The vote on
// Monday, which the government lost, sets up a contest", "which drew thousands"). An auxiliary
// tells its arranging ("which was delayed twice", "which will be close"), as does a past of what is
// done to an event before it takes place, its arranging, moving or putting off (arranged_stems,
// called_off_words) or its selling out, whatever the clause dates ("Sunday's final, which sold out
// within hours, features two unbeaten teams", "which organisers moved from October", "which the
// president called last month").
std::size_t relative_clause_after_event(std::string_view text, std::size_t comma, bool& done) {
  std::array<char, 16> buffer{};
  const char* const first = text.data();
  const char* const text_end = first + text.size();
  std::size_t w = comma + 1;
  while (w < text.size() && text[w] == ' ') ++w;
  const char* pronoun_end = nullptr;
  if (!one_of(lower_word_at(first + w, text_end, buffer, pronoun_end), {"which", "who"})) return std::string_view::npos;
  const std::size_t close = relative_clause_comma_after(text, w);
  if (close == std::string_view::npos) return close;
  const CueWords& cues = cue_words();
  for (std::size_t i = static_cast<std::size_t>(pronoun_end - first); i < close && !done;) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t stop = i + 1;
    while (stop < close && is_letter(text[stop])) ++stop;
    const char* word_end = nullptr;
    const std::string_view word = lower_word_at(first + i, first + stop, buffer, word_end);
    if (is_auxiliary(word) || has_arranged_stem(word) || in_list<called_off_words>(word) ||
        (word == "sold" && text.substr(stop, 4) == " out"))
      break;
    if (may_have_cue(cues, first + i, first + stop)) {
      const Cue cue = cue_at(first, first + i, first + stop, text_end, true);
      done = cue == Cue::past || cue == Cue::participle;
    }
    i = stop;
  }
  return close;
}
}  // namespace

bool dates_arranged_subject(std::string_view text, std::size_t begin, std::size_t end) {
  // Verbs whose present reads an event's result or weight, a report's present: "Monday's vote shows
  // the party split", "Sunday's match leaves them second".
  static constexpr std::string_view result_verbs[] = {
      "shows",  "suggests",  "reflects", "signals", "highlights", "underscores", "confirms", "means",
      "proves", "indicates", "marks",    "leaves",  "puts",       "gives",       "keeps",    "extends",
      "sends",  "hands",     "lifts",    "raises",  "follows",    "ends",        "caps",     "seals",
      "does",   "has",       "was",      "is",      "says",       "sees",        "draws",    "brings"};
  std::array<char, 16> buffer{};
  const char* const first = text.data();
  const char* const text_end = first + text.size();
  const char* after = first + end;  // just after the event's phrase
  const auto arranged = [](std::string_view noun) {
    return in_list<arranged_event_nouns>(noun) && !one_of(noun, {"protest", "march", "strike", "rally", "launch"});
  };
  // The event opens its sentence or a clause reported by a verb of saying, maybe after "that": a
  // reported timetable keeps its present ("Officials said the vote on Monday decides the budget").
  const auto opens_clause = [&](std::size_t at) {
    if (opens_sentence(text, at)) return true;
    std::array<char, 16> said_buffer{};
    const char* p = first + at;
    std::string_view said = lower_word_before(first, p, said_buffer, p);
    if (said == "that") said = lower_word_before(first, p, said_buffer, p);
    return in_list<saying_verbs>(said) || said == "says" || said == "say";
  };
  // The event's noun, maybe after one word naming it ("Monday's board meeting", "The board meeting on Monday").
  if (text.substr(end, 3) == "'s " || text.substr(end, 5) == "\xE2\x80\x99s ") {
    // "Thursday's hearing", opening the sentence.
    if (!opens_clause(begin)) return false;
    const char* noun = first + end + (text[end] == '\'' ? 3 : 5);
    if (!arranged(lower_word_at(noun, text_end, buffer, after))) {
      noun = after;
      while (noun < text_end && *noun == ' ') ++noun;
      if (!arranged(lower_word_at(noun, text_end, buffer, after))) return false;
    }
  } else {
    // "The vote on Monday", opening the sentence.
    const char* p = first + begin;
    if (lower_word_before(first, p, buffer, p) != "on" || !arranged(lower_word_before(first, p, buffer, p)))
      return false;
    std::string_view determiner = lower_word_before(first, p, buffer, p);
    if (determiner != "the") determiner = lower_word_before(first, p, buffer, p);
    if (determiner != "the" || !opens_clause(static_cast<std::size_t>(p - first))) return false;
  }
  std::size_t k = static_cast<std::size_t>(after - first);
  if (k < text.size() && text[k] == ',') {
    bool done = false;
    const std::size_t close = relative_clause_after_event(text, k, done);
    if (close == std::string_view::npos || done) return false;
    k = close + 1;
  }
  if (k >= text.size() || text[k] != ' ') return false;
  const char* verb_end = nullptr;
  const std::string_view verb = lower_word_at(first + k + 1, text_end, buffer, verb_end);
  if (verb.size() < 4 || !verb.ends_with('s') || verb.ends_with("ss") || verb.ends_with("us") ||
      (verb_end != text_end && *verb_end != ' ') || in_list<result_verbs>(verb) ||
      one_of(verb, {"results", "minutes", "papers", "records", "details", "tickets"}))
    return false;
  // A noun before the verb, no verb: "Sunday's election results show", "The vote on Monday results were".
  const char* next_end = nullptr;
  const std::string_view next =
      lower_word_at(verb_end == text_end ? verb_end : verb_end + 1, text_end, buffer, next_end);
  return !(next.size() >= 4 && next.ends_with("ed")) && !is_auxiliary(next) &&
         !one_of(next, {"show", "suggest", "indicate", "mean"});
}

namespace {
// The bounds [begin, end) of the line around text[begin, end) when it is short enough to be a
// headline or a title (at most `most` bytes either side of the expression), else nullopt: a
// bounded look keeps tagging a text of one huge line linear (bench/robustness).
std::optional<std::pair<std::size_t, std::size_t>> short_line_around(std::string_view text, std::size_t begin,
                                                                     std::size_t end) {
  constexpr std::size_t most = 400;
  const std::size_t from = begin > most ? begin - most : 0;
  const std::size_t newline = begin == 0 ? std::string_view::npos : text.substr(from, begin - from).rfind('\n');
  if (newline == std::string_view::npos && from > 0) return std::nullopt;
  const std::size_t line_begin = newline == std::string_view::npos ? 0 : from + newline + 1;
  const std::size_t after = text.substr(end, most).find('\n');
  if (after == std::string_view::npos && text.size() - end > most) return std::nullopt;
  const std::size_t line_end = after == std::string_view::npos ? text.size() : end + after;
  return std::pair{line_begin, line_end};
}
}  // namespace

namespace {
// Whether text[begin, end) is in a headline: a line of its own of three to twelve words, opening
// with a capital and ending without a full stop, not after a deadline's "by", "until", "till" or
// "before". In `s_verb` whether a word in "-s" after its first comes before the expression.
bool in_headline(std::string_view text, std::size_t begin, std::size_t end, bool& s_verb) {
  // A deadline lies ahead, an order's or a notice's: "Leave the keys under the mat by Sunday night".
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  if (one_of(lower_word_before(text.data(), text.data() + begin, buffer, ignored), {"by", "until", "till", "before"}))
    return false;
  const auto bounds = short_line_around(text, begin, end);
  if (!bounds) return false;
  const auto [line_begin, line_end] = *bounds;
  const std::string_view line = text.substr(line_begin, line_end - line_begin);
  const std::size_t first = line.find_first_not_of(' ');
  const std::size_t last = line.find_last_not_of(" \r");
  if (first == std::string_view::npos || !is_upper(line[first]) ||
      one_of(line.substr(last, 1), {".", "!", "?", "\"", ":"}))
    return false;
  int words = 0;
  bool verb = false;
  for (std::size_t i = first; i <= last;) {
    if (!is_letter(line[i])) {
      // A sentence's end inside: running text, not a headline.
      if ((line[i] == '.' || line[i] == '?' || line[i] == '!') && i + 1 < line.size() && line[i + 1] == ' ')
        return false;
      ++i;
      continue;
    }
    std::size_t stop = i;
    while (stop <= last && is_letter(line[stop])) ++stop;
    const std::string_view word = line.substr(i, stop - i);
    verb = verb ||
           (words > 0 && word.size() >= 4 && word.ends_with('s') && !word.ends_with("ss") && line_begin + i < begin);
    ++words;
    i = stop;
  }
  s_verb = verb;
  return words >= 3 && words <= 12;
}
}  // namespace

bool in_present_headline(std::string_view text, std::size_t begin, std::size_t end) {
  bool s_verb = false;
  return in_headline(text, begin, end, s_verb) && s_verb;
}

bool in_any_headline(std::string_view text, std::size_t begin, std::size_t end) {
  bool s_verb = false;
  return in_headline(text, begin, end, s_verb);
}

bool follows_market_result(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* start = text.data() + begin;
  std::string_view word = lower_word_before(text.data(), start, buffer, start);
  if (word == "on") word = lower_word_before(text.data(), start, buffer, start);
  if (!one_of(word, {"higher", "lower", "up", "down", "flat", "mixed", "firmer", "weaker"})) return false;
  word = lower_word_before(text.data(), start, buffer, start);
  // "ends the week higher", "close the session lower"
  if (one_of(word, {"week", "day", "session"})) {
    if (lower_word_before(text.data(), start, buffer, start) != "the") return false;
    word = lower_word_before(text.data(), start, buffer, start);
  }
  if (!one_of(word, {"close", "closes", "end", "ends", "finish", "finishes", "open", "opens", "trade", "trades"}))
    return false;
  // Not a forecast: "are expected to close higher on Friday", "will end lower".
  const char* ignored = nullptr;
  const std::string_view before = lower_word_before(text.data(), start, buffer, ignored);
  return !is_modal(before) && !one_of(before, {"to", "did", "not", "the", "a"});
}

bool follows_past_commitment(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* start = text.data() + begin;
  std::string_view word = lower_word_before(text.data(), start, buffer, start);
  if (word == "on") word = lower_word_before(text.data(), start, buffer, start);
  // The words between the commitment's "to" and the date: its verb and at least one more, as many
  // as a long object and a "to"-phrase take ("agreed to sell its water business to a private
  // equity group on Monday"); a clause's boundary stops the search.
  for (int words = 0; words < 16; ++words) {
    if (word.empty() || one_of(word, {"which", "that", "who", "will", "would", "when", "after", "before", "until", "by",
                                      "and", "but", "or"}))
      return false;
    word = lower_word_before(text.data(), start, buffer, start);
    if (word != "to" || words == 0) continue;
    // "to" after a past commitment ("agreed", "voted"), not after "has" or "have" ("has agreed to
    // strike on Monday"), nor a preposition ("sell shares to the public on Monday").
    std::array<char, 16> verb_buffer{};
    const char* committed = start;
    const std::string_view verb = lower_word_before(text.data(), committed, verb_buffer, committed);
    if (!verb.ends_with("ed") || committed == text.data() || committed[-1] != ' ' ||
        !commits_to(committed - 1, text.data() + text.size()))
      continue;
    const char* ignored = nullptr;
    return !one_of(lower_word_before(text.data(), committed, verb_buffer, ignored),
                   {"has", "have", "had", "will", "would", "to"});
  }
  return false;
}

// Whether a clause of time or reason right after `end` has a present or a future verb ("as the
// storm approaches", "until the storm passes", "when the hurricane will make landfall"): directive_ahead's
// evidence (cheap, and most dates have none).
bool present_clause_after(std::string_view text, std::size_t end) {
  const char* const base = text.data();
  const char* const text_end = base + text.size();
  std::array<char, 16> buffer{};
  const char* p = base + end;
  if (p != text_end && *p == ',') ++p;
  if (text_end - p < 4 || *p != ' ') return false;
  // A byte before the word list: "as", "while", "when", "until", "before", "once".
  if (const char first = ascii_lower(p[1]);
      first != 'a' && first != 'w' && first != 'u' && first != 'b' && first != 'o')
    return false;
  const char* word_end = p + 1;
  if (!one_of(lower_word_at(p + 1, text_end, buffer, word_end), {"as", "while", "when", "until", "before", "once"}))
    return false;
  bool present = false;
  p = word_end;
  for (int words = 0; words < 4 && p != text_end && *p == ' '; ++words) {
    const char* from = p + 1;
    const std::string_view word = lower_word_at(from, text_end, buffer, p);
    if (word.empty()) break;
    if (one_of(word, {"will", "is", "are", "has", "have"})) {
      present = words > 0;
      break;
    }
    // The subject's article and noun, then its verb in "-s": "the storm approaches", "the river rises".
    if (words >= 2 && word.size() >= 4 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")) {
      present = true;
      break;
    }
    if (words == 0 && !one_of(word, {"the", "a", "an", "its", "their"})) break;
  }
  return present;
}

bool directive_ahead(std::string_view text, std::size_t begin, std::size_t end) {
  const char* const base = text.data();
  std::array<char, 16> buffer{};
  // A deadline the directive sets is evidence enough: "urged residents to leave by Friday", "asked
  // firms to submit bids before Sept. 30" (a date the act is to be done by lies ahead of the telling).
  const char* start = base + begin;
  const std::string_view lead = lower_word_before(base, start, buffer, start);
  const bool deadline = lead == "by" || lead == "before";
  if (!deadline && !present_clause_after(text, end)) return false;
  // Then the directive: "to" and its verb and object before the expression, at most eight words,
  // after a verb of telling someone what to do, in the passive ("were told to", "have been urged
  // to") or before its object ("Police told residents to"); not a past perfect ("had been told to").
  start = base + begin;
  std::string_view word = lower_word_before(base, start, buffer, start);
  for (int words = 0; words < 8; ++words) {
    // (The first word read is the expression's preposition: "before" there is the deadline's.)
    if (word.empty() || (one_of(word, {"which", "that", "who", "will", "would", "when", "after", "before", "until",
                                       "and", "but", "or", "said", "says"}) &&
                         !(deadline && words == 0)))
      return false;
    word = lower_word_before(base, start, buffer, start);
    if (word != "to" || words == 0) continue;
    const char* verb = start;
    for (int back = 0; back < 3; ++back) {
      std::array<char, 16> verb_buffer{};
      const std::string_view before = lower_word_before(base, verb, verb_buffer, verb);
      if (one_of(before, {"told", "warned", "urged", "asked", "ordered", "advised", "instructed", "encouraged",
                          "reminded", "cautioned", "requested", "directed"})) {
        std::string_view auxiliary = lower_word_before(base, verb, verb_buffer, verb);
        if (auxiliary == "been") auxiliary = lower_word_before(base, verb, verb_buffer, verb);
        return auxiliary != "had" && auxiliary != "d";
      }
      if (before.empty() || one_of(before, {"the", "and", "but", "was", "were", "been", "had", "not"})) return false;
    }
    return false;
  }
  return false;
}

bool telling_dated_by(std::string_view text, std::size_t date_begin, std::size_t date_end, std::size_t begin) {
  if (date_end > begin || begin - date_end > 160) return false;
  const char* const base = text.data();
  const char* const verb = reporting_word_before(base, base + begin);
  if (verb == nullptr) return false;
  const auto at = static_cast<std::size_t>(verb - base);
  std::size_t verb_end = at;
  while (verb_end < text.size() && is_letter(text[verb_end])) ++verb_end;
  // A report told in the present ("says", "say") is not the date's; the verb opens its clause, no
  // comma after it (", the bank said, and will rise": an attribution in an aside).
  if (verb_end == text.size() || text[verb_end] != ' ' || spells(verb, verb_end - at, "says") ||
      spells(verb, verb_end - at, "say"))
    return false;
  // The expression in the reported clause itself, not in a clause within it that tells its own time
  // ("Police said on Monday that the road, which can stay closed until Tuesday, was blocked").
  std::array<char, 16> buffer{};
  for (const char* p = base + verb_end; p < base + begin;) {
    if (!is_letter(*p)) {
      ++p;
      continue;
    }
    const char* word_end = p;
    if (one_of(lower_word_at(p, base + begin, buffer, word_end),
               {"which", "who", "whom", "whose", "where", "when", "while", "if", "unless", "once", "because", "until",
                "after", "before", "since"}))
      return false;
    p = word_end;
    while (p < base + begin && is_letter(*p)) ++p;
  }
  // The date right after the verb: "The ministry said on Monday talks would resume".
  if (verb_end <= date_begin) {
    const std::string_view gap = text.substr(verb_end, date_begin - verb_end);
    return gap == " " || gap == " on " || gap == " in ";
  }
  if (at < date_end) return false;
  // The date before the verb, in the telling's clause: only the telling's subject between, at most
  // six words and no word that joins another clause ("The plant closed in September and the company
  // said": the closing's date).
  int words = 0;
  for (std::size_t i = date_end; i < at;) {
    const char c = text[i];
    if (c == '.' || c == ';' || c == '!' || c == '?' || c == '"' || c == '(' || c == ')' || c == '\n') return false;
    if (!is_letter(c)) {
      ++i;
      continue;
    }
    const char* word_end = base + i;
    const std::string_view word = lower_word_at(base + i, base + at, buffer, word_end);
    if (++words > 6 || one_of(word, {"and",     "but",  "or",    "when", "while",  "after",    "before",
                                     "because", "as",   "since", "if",   "which",  "who",      "whom",
                                     "where",   "then", "until", "once", "though", "although", "whereas"}))
      return false;
    i = static_cast<std::size_t>(word_end - base);
    while (i < at && is_letter(text[i])) ++i;
  }
  return true;
}

bool follows_past_deferral(std::string_view text, std::size_t begin) {
  // "until a date in December" as "until December" (date_to_be_set_before).
  if (const std::size_t date = date_to_be_set_before(text, begin); date != std::string_view::npos) begin = date;
  // "until", and as clause_tense reads a putting off, "to" and "into" ("was postponed to November").
  const ShortWord before = previous_word(text, begin);
  if (!one_of(before.view(), {"until", "till", "to", "into"})) return false;
  const std::size_t deferral = deferred_before(text, begin);
  if (deferral == std::string_view::npos) return false;
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  const std::string_view verb = lower_word_at(text.data() + deferral, text.data() + text.size(), buffer, ignored);
  if (!verb.ends_with("ed") && !english::is_irregular_past_form(verb)) return false;
  // Told as past, not "has delayed", "will be postponed", "is to be put off".
  const char* p = text.data() + deferral;
  return !one_of(lower_word_before(text.data(), p, buffer, p),
                 {"is", "are", "has", "have", "been", "be", "will", "would", "to"});
}

bool tells_a_life(std::string_view text, std::size_t b) {
  constexpr std::size_t window = 400;
  const std::size_t from = b > window ? b - window : 0;
  const std::string_view before = text.substr(from, b - from);
  // The last "born" or "Born" as a word (find, not rfind: memchr finds the first letter; speed).
  std::size_t born = std::string_view::npos;
  for (const std::string_view word : {"born", "Born"})
    for (std::size_t at = before.find(word); at != std::string_view::npos; at = before.find(word, at + 4))
      if ((at == 0 || !is_letter(before[at - 1])) && (at + 4 == before.size() || !is_letter(before[at + 4])) &&
          (born == std::string_view::npos || at > born))
        born = at;
  // In the paragraph, and a date named since.
  return born != std::string_view::npos && before.find("\n\n", born) == std::string_view::npos &&
         before.find_first_of("0123456789", born) != std::string_view::npos;
}

bool dates_a_measure(std::string_view word) {
  return one_of(word, {"levels", "prices", "dollars", "terms", "figures"});
}

namespace {

// The words of the sentence before `begin`, from its start (a line break or a sentence's end, quotes
// and blanks skipped) to the blank before `begin`; nullopt when the start is more than 200 bytes back.
std::optional<std::string_view> sentence_opening_before(std::string_view text, std::size_t begin) {
  constexpr std::size_t reach = 200;
  std::size_t start = begin;
  while (start > 0 && text[start - 1] != '\n' &&
         !((text[start - 1] == '.' || text[start - 1] == '!' || text[start - 1] == '?') &&
           ends_sentence_at(text, start - 1))) {
    if (begin - start >= reach) return std::nullopt;
    --start;
  }
  while (start < begin && (text[start] == ' ' || text[start] == '\t' || text[start] == '"' || text[start] == '\''))
    ++start;
  std::string_view opening = text.substr(start, begin - start);
  while (!opening.empty() && opening.back() == ' ') opening.remove_suffix(1);
  return opening;
}

}  // namespace

bool sets_the_scene(std::string_view text, std::size_t begin, std::size_t end) {
  // A year naming a measure's base sets no scene: "In 2010 dollars, the plant cost $5 million".
  if (dates_a_measure(ascii_lowered(word_after(text, end)))) return false;
  const std::optional<std::string_view> opened = sentence_opening_before(text, begin);
  if (!opened) return false;
  const std::string_view opening = *opened;
  // "In 2011", "In early 2011" (the expression starts at "early"), "Back in 2011"; a clause of time
  // opening the sentence: "When the pandemic struck in 2020, the airline grounded its fleet"; the
  // expression itself opening it, set off by a comma: "Last year, the vote was delayed", "Two years
  // ago, talks broke down" ("2010 was a bad year" is the subject), or said in words before the
  // clause's subject: "Last year the vote was delayed", "Two years ago Congress cut taxes" (not
  // "2010 World Cup", a name).
  const auto before_subject = [&] {
    if (!is_letter(text[begin])) return false;
    const std::string next = word_after(text, end);
    if (next.empty()) return false;
    const std::string lowered = ascii_lowered(next);
    return is_upper(next[0]) || is_definite_determiner(lowered) ||
           one_of(lowered, {"a", "an", "we", "they", "he", "she", "it", "i", "you"});
  };
  return opening == "In" || opening == "Back in" ||
         (opening.empty() && end < text.size() && (text[end] == ',' || before_subject())) ||
         (opening.starts_with("When ") && opening.ends_with(" in") && opening.find(',') == std::string_view::npos);
}

bool year_written_before(std::string_view text, std::size_t begin) {
  for (std::size_t i = begin; i >= 4 && text[i - 1] != '.' && text[i - 1] != ';' && text[i - 1] != '\n'; --i)
    if (is_digit(text[i - 1]) && is_digit(text[i - 4]) && (i - 4 == 0 || !is_digit(text[i - 5])) &&
        (i == text.size() || !is_digit(text[i])) && is_digit(text[i - 2]) && is_digit(text[i - 3]))
      return true;
  return false;
}

bool year_is_subject(std::string_view text, std::size_t begin, std::size_t end) {
  // The verb first: most years are followed by no such verb (speed; reading the sentence's opening
  // walks back to its start).
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  if (!one_of(lower_word_at(text.data() + end + 1, text.data() + text.size(), buffer, ignored),
              {"was", "saw", "brought", "marked", "proved", "became", "began", "ended", "started"}))
    return false;
  const std::optional<std::string_view> opening = sentence_opening_before(text, begin);
  return opening && opening->empty();
}

namespace {

// Whether `noun` (lower case) names an event that takes place in the year a year before it names
// (events_of_their_year, arranged_event_nouns, names_incident), its plural in -s too: "the 2011
// census", "the 2010 elections"; not "the 2019 report", "the 2030 targets".
bool year_event_noun(std::string_view noun) {
  const auto event = [](std::string_view w) {
    return in_list<events_of_their_year>(w) || in_list<arranged_event_nouns>(w) || names_incident(w);
  };
  return event(noun) || (noun.size() > 3 && noun.ends_with('s') && event(noun.substr(0, noun.size() - 1)));
}

}  // namespace

bool year_dates_event_subject(std::string_view text, std::size_t begin, std::size_t end) {
  if (end - begin != 4 || !is_digit(text[begin]) || end >= text.size() || text[end] != ' ') return false;
  const std::optional<std::string_view> opening = sentence_opening_before(text, begin);
  if (!opening || (*opening != "The" && *opening != "the")) return false;
  // Up to three words of the event's name, then a verb of its taking place.
  std::size_t at = end + 1;
  std::string name_word;  // the last word of the name read, lower case
  for (int words = 0; words < 4; ++words) {
    const std::string word = word_after(text, at - 1);
    if (word.empty()) return false;
    const std::string lowered = ascii_lowered(word);
    // The plural's present too, after the name of an event that takes place in its year
    // (year_event_noun): "The 2026 Winter Olympics open in Milan in February", "The 2026 Asian
    // Games are held in September" (not "The 2026 accounts close in March").
    const bool plural_verb =
        one_of(lowered, {"begin", "start", "open", "kick", "end", "close", "conclude", "run", "take", "are", "were"});
    if (plural_verb && !year_event_noun(name_word)) return false;
    if (plural_verb || one_of(lowered, {"begins", "began", "starts", "started", "opens",  "opened",    "kicks",
                                        "kicked", "ends",  "ended",  "closes",  "closed", "concludes", "concluded",
                                        "runs",   "ran",   "takes",  "took",    "is",     "was",       "will"}))
      return words > 0 && [&] {
        if (!one_of(lowered, {"is", "was", "will", "takes", "took", "take", "are", "were"})) return true;
        const std::string next = ascii_lowered(word_after(text, at + word.size()));
        if (lowered == "takes" || lowered == "took" || lowered == "take") return next == "place";
        if (lowered == "will") return one_of(next, {"begin", "start", "open", "end", "close", "run", "be", "take"});
        return one_of(next, {"held", "staged", "played", "due", "set", "scheduled"});
      }();
    // A thing of the event's is not the event ("2010 World Cup tickets went on sale").
    if (one_of(lowered, {"tickets", "ticket", "budget", "budgets", "bid", "bids", "law", "plan", "plans", "report",
                         "model", "models", "deal", "contract", "contracts", "rules", "forecast", "figures"}))
      return false;
    // A past participle opening a clause set off by commas after the name of an event that takes
    // place in its year (year_event_noun): "The 1998 World Cup final, played on July 12, drew 1.7
    // billion viewers", "The 2002 World Cup, co-hosted by Japan and South Korea, opened on May 31",
    // "The 2011 census, conducted by the statistics office, counted ... on March 27". Not a document
    // or plan about its year, which comes out before or after it ("The 2019 annual report, published
    // in March, showed" is March 2020's; "The 2026 budget, approved by parliament, takes effect").
    if (at + word.size() < text.size() && text[at + word.size()] == ',') {
      // The last part of a hyphenated one: "co-hosted", "re-run".
      const std::size_t from = at + word.size() + 2;
      std::size_t to = from;
      while (to < text.size() && to - from < 24 && (is_letter(text[to]) || (text[to] == '-' && to > from))) ++to;
      std::string_view said = from < to && text[from - 1] == ' ' ? text.substr(from, to - from) : std::string_view{};
      if (const std::size_t hyphen = said.rfind('-'); hyphen != std::string_view::npos) said.remove_prefix(hyphen + 1);
      const std::string participle = ascii_lowered(said);
      return year_event_noun(lowered) &&
             (english::is_regular_past_form(participle) || english::is_irregular_form(participle));
    }
    name_word = lowered;
    at += word.size() + 1;
  }
  return false;
}

bool ends_a_told_sentence(std::string_view text, std::size_t begin, std::size_t end, std::size_t next) {
  // After "in", or a range of years opened by its own "from" or "between" ("The war raged from 1914
  // to 1918.").
  const auto opens_with = [&](std::string_view word) {
    return end - begin > word.size() && spells_phrase(text, begin, begin + word.size(), word);
  };
  if (end >= text.size() || text[end] != '.' || !ends_sentence_at(text, end) ||
      (previous_word(text, begin) != "in" && !opens_with("from ") && !opens_with("between ")))
    return false;
  const std::size_t start = sentence_around(text, begin, end).first;
  // Figures before the expression: the sentence up to it, read as one that ends there.
  if (states_a_figure(text.substr(0, begin), start, begin)) return false;
  // Whether a word in text[from, to) is one `is` accepts.
  const auto any_word = [&](std::size_t from, std::size_t to, auto is) { return any_word_in(text, from, to, is); };
  // The founding of what lasts to now is background to any later news of it: "The company was
  // founded in 2015. In March, it raised $50 million" is the DCT's March. So is the last time
  // something happened, and what happens again: "The volcano last erupted in 1991. In January,
  // scientists detected new activity", "entered China in 2014. In January, it cut prices there again".
  if (any_word(start, begin, [](std::string_view w) {
        return one_of(w, {"founded", "established", "incorporated", "last"});
      }))
    return false;
  const auto [next_start, next_end] = sentence_around(text, next, next);
  if (any_word(next_start, next_end, [](std::string_view w) { return w == "again"; })) return false;
  // A verb of change in both sentences: an amount's course ("Rates were cut in 2021. In March they
  // rose"); a direction is no change ("went public in 2012", "set up in 1998").
  const auto changes = [](std::string_view w) {
    return changes_an_amount(w) && !one_of(w, {"up", "down", "went", "go", "goes", "going"});
  };
  if (!any_word(start, begin, changes)) return true;
  return !any_word(next_start, next_end, changes) && !states_a_figure(text, next_start, text.size());
}

std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::size_t reach = 400;
  const auto ends_at = [&](std::size_t i) {
    return text[i] == '\n' || ((text[i] == '.' || text[i] == '!' || text[i] == '?') && ends_sentence_at(text, i));
  };
  std::size_t from = begin;
  while (from > 0 && begin - from < reach && !ends_at(from - 1)) --from;
  std::size_t to = end;
  while (to < text.size() && to - end < reach && !ends_at(to)) ++to;
  return {from, to};
}

std::string_view region_said(std::string_view text, std::size_t begin, std::size_t end) {
  const auto word_char = [](char c) { return is_letter(c) || (c >= '0' && c <= '9'); };
  // A region's name ending text[.., to) after a word's boundary, the longest. (Its last letter
  // first: speed, "its" tries every word's end in the sentence.)
  const auto name_ending_at = [&](std::size_t to) -> const RegionNamed* {
    for (const RegionNamed& r : region_names())
      if (r.name.size() <= to && (r.name.empty() || text[to - 1] == r.name.back()) &&
          text.substr(to - r.name.size(), r.name.size()) == r.name &&
          (to == r.name.size() || !word_char(text[to - r.name.size() - 1])))
        return &r;
    return nullptr;
  };
  std::size_t at = begin;
  if (at > 0 && text[at - 1] == ' ') {
    --at;
    // A possessive: "India's", "the Philippines'", with a typographic apostrophe too.
    const auto apostrophe_before = [&](std::size_t i) {
      if (i >= 1 && text[i - 1] == '\'') return std::size_t{1};
      if (i >= 3 && text.substr(i - 3, 3) == "\xE2\x80\x99") return std::size_t{3};
      return std::size_t{0};
    };
    if (at >= 1 && text[at - 1] == 's' && apostrophe_before(at - 1) > 0)
      at -= 1 + apostrophe_before(at - 1);
    else if (const std::size_t n = apostrophe_before(at); n > 0 && at > n && text[at - n - 1] == 's')
      at -= n;
    if (const RegionNamed* r = name_ending_at(at)) return r->region;
    // "its" (not a name's): the country the sentence named last before it.
    if (at == begin - 1 && at >= 3 && text.substr(at - 3, 3) == "its" && (at == 3 || !word_char(text[at - 4]))) {
      const std::size_t from = sentence_around(text, begin, end).first;
      for (std::size_t to = at >= 4 ? at - 4 : 0; to > from; --to)  // every word's end before "its", the last first
        if (word_char(text[to - 1]) && !word_char(text[to]))
          if (const RegionNamed* r = name_ending_at(to); r && to - r->name.size() >= from) return r->region;
    }
  }
  // "in Kazakhstan", "of India", "in the Philippines" right after it.
  std::string_view after = text.substr(end);
  if (after.starts_with(" in ") || after.starts_with(" of ")) {
    after.remove_prefix(4);
    if (after.starts_with("the ")) after.remove_prefix(4);
    for (const RegionNamed& r : region_names())
      if (after.starts_with(r.name) && (after.size() == r.name.size() || !word_char(after[r.name.size()])))
        return r.region;
  }
  // The country or the people keeping it, opening its sentence's subject: "Canadians will gather for
  // Thanksgiving", "Many Australians celebrate the Queen's Birthday", "Canadian families travel
  // for Thanksgiving", "Canada marks Thanksgiving on Monday".
  std::size_t opening = sentence_around(text, begin, end).first;
  while (opening < begin && !is_letter(text[opening])) ++opening;
  for (const std::string_view quantifier : {"Many ", "Most ", "Some ", "All "})
    if (text.substr(opening, quantifier.size()) == quantifier) opening += quantifier.size();
  for (const RegionNamed& r : region_names()) {
    const std::size_t name_end = opening + r.name.size();
    if (name_end + 1 < begin && text.substr(opening, r.name.size()) == r.name &&
        ((text[name_end] == 's' && !word_char(text[name_end + 1])) ||
         (text[name_end] == ' ' && text[name_end + 1] >= 'a' && text[name_end + 1] <= 'z')))
      return r.region;
  }
  return {};
}

bool reports_speech(std::string_view text, std::size_t from, std::size_t to) {
  return any_word_in(text, from, to, [](std::string_view word) {
    return one_of(word, {"said", "says", "told", "tells", "announced", "announces"});
  });
}

bool future_seen_from_past(std::string_view text, std::size_t sentence_begin, std::size_t begin) {
  const CueWords& cues = cue_words();
  const char* const base = text.data();
  for (std::size_t i = begin; i > sentence_begin;) {
    if (!is_letter(text[i - 1])) {
      --i;
      continue;
    }
    std::size_t start = i - 1;
    while (start > sentence_begin && is_letter(text[start - 1])) --start;
    const std::size_t n = i - start;
    if (spells(base + start, n, "would")) return true;
    if (may_have_cue(cues, base + start, base + i)) {
      const Cue cue = cue_at(base, base + start, base + i, base + text.size(), true);
      if (cue == Cue::reported || cue == Cue::future) return future_from_past(cue, base, base + start, n);
      if (cue != Cue::participle && cue != Cue::none) return false;
    }
    i = start;
  }
  return false;
}

bool names_day_planned_for(std::string_view text, std::size_t begin) {
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  if (lower_word_before(text.data(), p, buffer, p) != "for") return false;
  const std::string_view participle = lower_word_before(text.data(), p, buffer, p);
  if (is_plan_participle(participle, true)) return true;
  // "The election has been called for May 2015", "a vote was called for June": an election or a
  // meeting called, told in the passive; the active "called for" asks for something ("Unions
  // called for May 2015 elections").
  if (participle != "called") return false;
  return one_of(lower_word_before(text.data(), p, buffer, p), {"been", "was", "were", "is", "are", "be"});
}

bool looks_ahead_from_past(std::string_view text, std::size_t begin, std::size_t end) {
  const Tense verbs = tense_of_verbs(text, begin, end, previous_word(text, begin));
  if (verbs == Tense::past || verbs == Tense::event_past) return true;
  return (verbs == Tense::future || verbs == Tense::event_future) &&
         future_seen_from_past(text, sentence_around(text, begin, end).first, begin);
}

bool states_a_figure(std::string_view text, std::size_t end, std::size_t date_begin) {
  bool figure = false;
  for (std::size_t i = end; i < text.size() && text[i] != '\n'; ++i) {
    if (i == date_begin) return false;
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && ends_sentence_at(text, i)) return figure;
    if (figure) continue;  // read on to the sentence's end: the date may yet be in it
    if (is_digit(c) || c == '$' || c == '%' || text.substr(i, 2) == "\xC2\xA3" || text.substr(i, 3) == "\xE2\x82\xAC") {
      figure = true;  // figures, "$", "%", "£", "€"
      continue;
    }
    if (!is_letter(c) || (i > 0 && is_letter(text[i - 1]))) continue;
    std::size_t j = i;
    while (j < text.size() && is_letter(text[j])) ++j;
    figure = one_of(text.substr(i, j - i), {"million", "billion", "trillion", "percent"});
    i = j - 1;
  }
  return figure;
}

bool tells_present_perfect(std::string_view text, std::size_t from, std::size_t to) {
  const char* const base = text.data();
  for (std::size_t i = from; i + 3 <= to;) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < to && is_letter(text[j])) ++j;
    // As written: mid-sentence "has" and "have" are in lower case.
    const std::string_view word = text.substr(i, j - i);
    if ((word == "has" || word == "have") && !is_infinitive(base, base + i) && is_present_perfect(base + j, base + to))
      return true;
    i = j;
  }
  return false;
}

bool in_comparison(std::string_view text, std::size_t begin) {
  return any_word_before_in_clause(text, begin, [](std::string_view word) {
    return one_of(word, {"compared", "opposed", "than", "versus", "peak", "high", "low", "record"});
  });
}

namespace {
// Words of a kind, with the first letters and lengths they have: most words of a sentence have
// neither, and are not lower-cased and looked up (speed: every quarter and half without its year
// asks).
template <std::size_t N>
struct WordsToFind {
  std::array<std::string_view, N> words;
  std::array<std::uint16_t, 26> first_letter_lengths{};
  constexpr explicit WordsToFind(const std::array<std::string_view, N>& list) : words(list) {
    for (const std::string_view w : words)
      first_letter_lengths[w[0] - 'a'] |= static_cast<std::uint16_t>(1u << w.size());
  }
};

// Words only a game's report uses, and those it shares with other news ("goal", "scored",
// "penalty", "header"): the first mark a match anywhere in the paragraph, the second only in the
// sentence.
constexpr WordsToFind game_only_words{std::to_array<std::string_view>(
    {"equalised", "equalized",  "equaliser",   "equalizer", "striker", "goalkeeper", "halftime",
     "touchdown", "touchdowns", "quarterback", "innings",   "inning",  "kickoff",    "referee",
     "rebounds",  "midfielder", "offside",     "winger",    "pitcher", "wicket",     "wickets",
     "batsman",   "homered",    "fumble",      "layup",     "buzzer"})};
constexpr WordsToFind shared_match_words{
    std::to_array<std::string_view>({"scored", "scores", "scoring", "goal", "goals", "penalty", "header", "keeper",
                                     "whistle", "substitute", "conceded", "defender", "assists", "crossbar"})};
// Of those, the one a quarter's sentence may have in a game only: companies meet goals, pay
// penalties and see credit scores in a quarter.
constexpr WordsToFind scored_word{std::to_array<std::string_view>({"scored"})};

// Whether text[from, to) has a word of one of `lists` (lower-case, 4 to 11 letters), or "half-time".
template <typename... Lists>
bool has_word_of(std::string_view text, std::size_t from, std::size_t to, const Lists&... lists) {
  for (std::size_t i = from; i < to;) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < to && is_letter(text[j])) ++j;
    const std::size_t n = j - i;
    if (n == 4 && spells(text.data() + i, 4, "half") && text.substr(j, 5) == "-time") return true;
    const auto may_hold = [&](const auto& list) {
      return (list.first_letter_lengths[ascii_lower(text[i]) - 'a'] >> n & 1u) != 0;
    };
    if (n >= 4 && n <= 11 && (may_hold(lists) || ...)) {
      const std::string word = ascii_lowered(text.substr(i, j - i));
      const auto holds = [&](const auto& list) {
        return std::find(list.words.begin(), list.words.end(), word) != list.words.end();
      };
      if ((holds(lists) || ...)) return true;
    }
    i = j;
  }
  return false;
}

// Whether text[from, to) holds a game's score: two numbers of one to three digits joined by a
// hyphen or an en dash ("led 2-0", "trailed 10-3", "were 14–6 down"), not a range of a measure
// ("3-4 weeks", "1-2%", "5-6 million") nor part of a longer number, date or code.
bool has_score(std::string_view text, std::size_t from, std::size_t to) {
  constexpr std::size_t npos = std::string_view::npos;
  const auto digits_from = [&](std::size_t i) {
    std::size_t j = i;
    while (j < to && is_digit(text[j])) ++j;
    return j - i;
  };
  for (std::size_t i = from; i < to; ++i) {
    if (!is_digit(text[i]) ||
        (i > from && (is_letter(text[i - 1]) || std::string_view("0123456789.,-/$#").find(text[i - 1]) != npos)))
      continue;
    const std::size_t first = digits_from(i);
    std::size_t k = i + first;
    if (first > 3) {
      i = k;
      continue;
    }
    std::size_t dash = 0;
    if (k < to && text[k] == '-')
      dash = 1;
    else if (text.substr(k, 3) == "\xE2\x80\x93")
      dash = 3;
    if (dash == 0 || k + dash >= to) continue;
    const std::size_t second = digits_from(k + dash);
    if (second == 0 || second > 3) continue;
    k += dash + second;
    if (k < to && (is_letter(text[k]) || std::string_view("%-/").find(text[k]) != npos ||
                   ((text[k] == '.' || text[k] == ',' || text[k] == ':') && k + 1 < to && is_digit(text[k + 1]))))
      continue;
    std::array<char, 16> buffer{};
    const char* ignored = nullptr;
    std::size_t w = k;
    while (w < to && text[w] == ' ') ++w;
    const std::string_view next = lower_word_at(text.data() + w, text.data() + to, buffer, ignored);
    if (!one_of(next, {"percent", "per",    "pct",    "points", "million", "billion", "thousand", "times", "year",
                       "years",   "month",  "months", "week",   "weeks",   "day",     "days",     "hour",  "hours",
                       "minutes", "inches", "feet",   "miles",  "metres",  "meters",  "degrees",  "mph",   "km",
                       "kg",      "cm",     "mm",     "people", "and",     "or",      "to"}))
      return true;
  }
  return false;
}
}  // namespace

// Whether the sentence around text[begin, end) reports a match ("Salah scored in the first half",
// "a first-half goal", "equalised early in the second half"): words only a game's report uses.
// There "the first half" is the game's, no half of the year. The sentence: at most 200 bytes
// either side, up to its punctuation. A half's is also told by a word only a game's report uses
// earlier in the paragraph ("The referee sent two players off. The hosts dominated the second
// half."); a quarter's only by such a word or "scored" in its sentence.
namespace {
enum class GamePart : std::uint8_t { half, quarter };
bool tells_a_match(std::string_view text, std::size_t begin, std::size_t end, GamePart part) {
  constexpr std::size_t window = 200;
  std::size_t from = begin > window ? begin - window : 0;
  for (std::size_t i = begin; i > from; --i)
    if (ends_sentence_at(text, i - 1) || text[i - 1] == '\n') {
      from = i;
      break;
    }
  std::size_t to = std::min(text.size(), end + window);
  for (std::size_t i = end; i < to; ++i)
    if (ends_sentence_at(text, i) || text[i] == '\n') {
      to = i;
      break;
    }
  if (has_score(text, from, to)) return true;
  if (part == GamePart::quarter) return has_word_of(text, from, to, game_only_words, scored_word);
  if (has_word_of(text, from, to, game_only_words, shared_match_words)) return true;
  constexpr std::size_t paragraph_reach = 600;
  std::size_t start = from > paragraph_reach ? from - paragraph_reach : 0;
  const std::size_t gap = text.substr(start, from - start).rfind("\n\n");
  if (gap != std::string_view::npos) start += gap + 2;
  return has_word_of(text, start, from, game_only_words);
}
}  // namespace

namespace {
// The bytes a quotation mark may end with (is_quote_mark_at).
constexpr auto may_end_quote_mark = [] {
  std::array<bool, 256> bytes{};
  for (const char c : std::string_view("\"`'\x9C\x9D")) bytes[static_cast<unsigned char>(c)] = true;
  return bytes;
}();
constexpr std::size_t quotation_window = 600;

// Where the quotation around text[begin] opens (its mark's first byte), when `begin` is inside one
// opened in its paragraph: an odd number of marks since the last line break.
std::optional<std::size_t> quotation_opened_before(std::string_view text, std::size_t begin) {
  const std::size_t lowest = begin > quotation_window ? begin - quotation_window : 0;
  std::optional<std::size_t> nearest;
  bool inside = false;
  for (std::size_t i = begin; i > lowest;) {
    const char c = text[--i];
    if (c == '\n') break;
    if (!may_end_quote_mark[static_cast<unsigned char>(c)] || !is_quote_mark_at(text, i)) continue;
    inside = !inside;
    // One mark: a curly quote's three bytes, a doubled "``" or "''".
    if (c == '\x9C' || c == '\x9D')
      i = i >= 2 ? i - 2 : 0;
    else if (c != '"' && i > 0 && text[i - 1] == c)
      --i;
    if (!nearest) nearest = i;
  }
  return inside ? nearest : std::nullopt;
}
}  // namespace

bool in_quotation(std::string_view text, std::size_t begin) { return quotation_opened_before(text, begin).has_value(); }

std::optional<std::pair<std::size_t, std::size_t>> quotation_around(std::string_view text, std::size_t begin,
                                                                    std::size_t end) {
  const std::optional<std::size_t> open = quotation_opened_before(text, begin);
  if (!open) return std::nullopt;
  const std::size_t highest = std::min(text.size(), end + quotation_window);
  for (std::size_t i = end; i < highest; ++i) {
    const char c = text[i];
    if (c == '\n') return std::nullopt;
    if (c == '\xE2' && is_quote_mark_at(text, i)) return std::pair{*open, i + 3};
    if (may_end_quote_mark[static_cast<unsigned char>(c)] && c != '\x9C' && c != '\x9D' && is_quote_mark_at(text, i))
      return std::pair{*open, c != '"' && i + 1 < text.size() && text[i + 1] == c ? i + 2 : i + 1};
  }
  return std::nullopt;
}

bool dates_saying_of_quotation(std::string_view text, std::size_t open, std::size_t close, std::size_t begin,
                               std::size_t end) {
  // The reporting clause is a few words: '," she said on Tuesday', 'She said on Tuesday: "'.
  constexpr std::size_t reach = 64;
  const auto clause_goes_on = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
      if (text[i] == '\n' || text[i] == ';' || text[i] == '(' || is_quote_mark_at(text, i) ||
          ((text[i] == '.' || text[i] == '!' || text[i] == '?') && ends_sentence_at(text, i)))
        return false;
    return true;
  };
  if (begin >= close) {
    // After it: not after a quotation that ended its sentence ('tomorrow." He said Monday that ...').
    std::size_t last = open + 1;
    for (std::size_t i = close - 1; i > open; --i)
      if (!may_end_quote_mark[static_cast<unsigned char>(text[i])] && text[i] != '\xE2' && text[i] != '\x80') {
        last = i;
        break;
      }
    if (text[last] == '.' || begin - close > reach || !clause_goes_on(close, begin)) return false;
    if (dates_a_saying(text, begin, end)) return true;
    // The verb first, then its subject (news's inverted attribution): '," said the minister on
    // Tuesday', '," added Smith Monday'; a few words, not another clause.
    std::array<char, 16> buffer{};
    const char* q = text.data() + close;
    const char* const date_begin = text.data() + begin;
    while (q < date_begin && !is_letter(*q)) ++q;
    const std::string_view verb = lower_word_at(q, date_begin, buffer, q);
    if (!verb.ends_with('d') || !in_list<saying_verbs>(verb)) return false;
    int words = 0;
    while (q < date_begin && words <= 4) {
      while (q < date_begin && !is_letter(*q)) ++q;
      const std::string_view word = lower_word_at(q, date_begin, buffer, q);
      if (one_of(word, {"and", "but", "that", "who", "which", "when"})) return false;
      if (!word.empty()) ++words;
    }
    return words <= 4;
  }
  // Before it: the clause ends with a colon, a comma or "that" right before the quotation, and the
  // date dates the verb ('said on Tuesday: "') or the verb comes after it ('On Monday he said: "').
  if (end > open || open - end > reach || !clause_goes_on(end, open)) return false;
  const char* const date_end = text.data() + end;
  const char* p = text.data() + open;
  while (p > date_end && (p[-1] == ' ' || p[-1] == ':' || p[-1] == ',')) --p;
  bool introduced = p < text.data() + open && (p[0] == ':' || p[0] == ',');
  std::array<char, 16> buffer{};
  const char* start = p;
  std::string_view word = lower_word_before(text.data(), p, buffer, start);
  if (word == "that" && start >= date_end) {
    introduced = true;
    p = start;
    while (p > date_end && p[-1] == ' ') --p;
    word = lower_word_before(text.data(), p, buffer, start);
  }
  if (!introduced) return false;
  if (p == date_end) return dates_a_saying(text, begin, end);
  // The verb before its addressee, a word or three: 'Lee told his generals: "', 'warned reporters: "'.
  std::array<char, 16> verb_buffer{};
  if (!in_list<saying_verbs>(word)) {
    const char* q = start;
    for (int n = 0; n < 3 && q > date_end; ++n) {
      const char* verb_start = q;
      const std::string_view verb = lower_word_before(text.data(), q, verb_buffer, verb_start);
      if (verb.empty() || verb_start < date_end) break;
      if (one_of(verb, {"told", "warned", "assured", "reminded", "urged"})) {
        word = verb;
        start = verb_start;
        break;
      }
      q = verb_start;
    }
  }
  // The verb after the date, its subject between them: a few words, not another clause ("The
  // talks failed on Monday and he said: ..." dates the talks).
  if (start < date_end || !word.ends_with('d') || !in_list<saying_verbs>(word)) return false;
  int words = 0;
  for (const char* q = date_end; q < start && words <= 4;) {
    const std::string_view between = lower_word_at(q, start, buffer, q);
    if (between == "and" || between == "but") return false;
    if (!between.empty()) ++words;
    while (q < start && !is_letter(*q)) ++q;
  }
  return words <= 4;
}

bool in_comma_aside(std::string_view text, std::size_t begin, std::size_t end) {
  const auto is_clause_comma = [&](std::size_t i) {
    return text[i] == ',' && !(i > 0 && is_digit(text[i - 1]) && i + 1 < text.size() && is_digit(text[i + 1]));
  };
  // An aside is a few words: the commas are looked for this far each way, no further, so that a
  // text without clause punctuation is read in linear time.
  constexpr std::size_t reach = 400;
  bool comma_before = false;
  for (std::size_t i = begin; i > 0 && begin - i < reach && !comma_before; --i) {
    const char c = text[i - 1];
    if (c == '\n' || c == ';' || c == '(' || ((c == '.' || c == '!' || c == '?') && ends_sentence_at(text, i - 1)))
      break;
    comma_before = is_clause_comma(i - 1);
  }
  if (!comma_before) return false;
  for (std::size_t i = end; i < text.size() && i - end < reach; ++i) {
    const char c = text[i];
    if (c == '\n' || c == ';' || c == ')' || ((c == '.' || c == '!' || c == '?') && ends_sentence_at(text, i)))
      return false;
    if (is_clause_comma(i)) return true;
  }
  return false;
}

bool in_since_clause(std::string_view text, std::size_t begin) {
  return any_word_before_in_clause(text, begin, [](std::string_view word) { return word == "since"; });
}

bool ends_span_of_relative_clause(std::string_view text, std::size_t begin) {
  // Most dates have no "until" or "till" near them: one search of the bytes before (speed).
  constexpr std::size_t reach_bytes = 120;
  const std::size_t from = begin > reach_bytes ? begin - reach_bytes : 0;
  if (text.substr(from, begin - from).find("til") == std::string_view::npos) return false;
  bool until = false;  // read back: "until" comes before the relative pronoun is reached
  // Twelve words: "that lasted until the fall of the city in February 1945".
  constexpr int reach = 12;
  return any_word_before_in_clause(
      text, begin,
      [&](std::string_view word) {
        if (word == "until" || word == "till") until = true;
        return until && (word == "that" || word == "which");
      },
      reach);
}

bool follows_habitual_verb(std::string_view text, std::size_t begin) {
  // Present forms only ("opened", "will open" are one occasion); "available", "staffed" after
  // "is"/"are"; a timetable's departures ("Tours depart Tuesday through Sunday"); a present passive
  // of a rite or a service ("Services are held Monday through Friday", "is celebrated"; "were held"
  // is one week's).
  bool passive_may_precede = false;  // read back: the participle before its "is" or "are"
  const WordWalk walk = walk_words_before_in_clause(
      text, begin,
      [&](std::string_view word) {
        if (passive_may_precede && (word == "is" || word == "are")) return true;
        passive_may_precede = one_of(word, {"held", "celebrated", "served", "offered", "conducted", "given"});
        return is_opening_verb(word) || is_opening_state(word) ||
               one_of(word, {"operates", "operate", "runs", "meets", "meet", "works", "trades", "serves", "available",
                             "staffed", "airs", "broadcasts", "sits", "departs", "depart", "leaves", "sails", "sail"});
      },
      5);
  // In lower case: a sign's "Open Thursday through Monday" without its hours is one week's
  // (lists_opening_hours reads a sign with hours).
  return walk.found && !is_upper(text[walk.stop]);
}

bool follows_schedule_subject(std::string_view text, std::size_t begin) {
  // Read back: "from" or "between" maybe, the verb, then the subject's noun right before it.
  enum class Verb { none, be, run } verb = Verb::none;
  bool preposition = false, over = false;
  const auto cue = [&](std::string_view word) {
    if (verb == Verb::none) {
      if (!preposition && (word == "from" || word == "between"))
        preposition = true;
      else if (word == "is" || word == "are")
        verb = Verb::be;
      else if (one_of(word, {"runs", "run", "operates", "operate"}))
        verb = Verb::run;
      else
        over = true;
      return false;
    }
    over = true;
    // A run's shows too, as listings state them: "Performances are Tuesday through Sunday at 7:30 p.m.";
    // a parish's Masses ("Mass is at 9 a.m. Monday through Friday").
    return verb == Verb::be ? one_of(word, {"hours", "times", "performances", "shows", "screenings", "showings",
                                            "matinees", "mass", "masses"})
                            : word == "service" || word == "services";
  };
  return walk_words_before_in_clause(text, begin, cue, 3, [&](std::string_view) { return over; }).found;
}

bool follows_habitual_adverb(std::string_view text, std::size_t begin, bool always_too) {
  const auto habitual = [always_too](std::string_view word) {
    return one_of(word, {"usually", "typically", "normally", "generally", "traditionally", "customarily", "ordinarily",
                         "routinely", "annually", "tend", "tends", "often", "regularly", "frequently"}) ||
           (always_too && word == "always");
  };
  // "each year", "every year" (read back: "year" first).
  bool after_year = false;
  const auto cue = [&](std::string_view word) {
    const bool yearly = after_year && (word == "each" || word == "every");
    after_year = word == "year";
    return yearly || habitual(word);
  };
  // A conjunction opens another clause ("usually rise but fell in the fourth quarter").
  const auto conjunction = [](std::string_view word) {
    return one_of(word, {"but", "while", "although", "though", "whereas", "because", "when", "unlike", "except"});
  };
  const WordWalk walk = walk_words_before_in_clause(text, begin, cue, 8, conjunction);
  if (walk.found) return true;
  // "each year" or "every year" opening the sentence times its clause however far on ("Each year
  // since 2015 the firm has raised prices in January"): up to twenty words, the walk above going on
  // twelve more from where its eighth word stopped it, "year" read last as it left it (speed: its
  // words are not read again). Not on from a conjunction, where the clause ended; from the clause's
  // edge or the text's start it reads nothing.
  const bool at_conjunction = walk.stop < begin && [&] {
    std::size_t word_end = walk.stop;
    while (word_end < begin && is_letter(text[word_end])) ++word_end;
    return word_end > walk.stop && conjunction(ShortWord(text.data() + walk.stop, word_end - walk.stop).view());
  }();
  if (!at_conjunction) {
    const WordWalk far = walk_words_before_in_clause(
        text, walk.stop,
        [&](std::string_view word) {
          const bool yearly = after_year && (word == "each" || word == "every");
          after_year = word == "year";
          return yearly;
        },
        12, conjunction);
    if (far.found && opens_sentence(text, far.stop)) return true;
  }
  // The adverb opening the sentence before a comma still tells its habit ("Traditionally, sales are
  // strongest in the fourth quarter", "Every year, the river floods in April").
  if (walk.stop == 0 || text[walk.stop - 1] != ',') return false;
  const ShortWord adverb = word_before(text.data(), text.data() + walk.stop - 1, WordBeforeRules{});
  std::size_t opening = walk.stop - 1 - adverb.size();
  if (adverb == "year") {
    while (opening > 0 && text[opening - 1] == ' ') --opening;
    const ShortWord quantifier = word_before(text.data(), text.data() + opening, WordBeforeRules{});
    if (quantifier != "each" && quantifier != "every") return false;
    return opens_sentence(text, opening - quantifier.size());
  }
  return habitual(adverb.view()) && opens_sentence(text, opening);
}

namespace {
// Whether "this year" or "next year" follows text[from] in its sentence: one occurrence picked ("The
// church year begins on the first Sunday of Advent, which is December 3 this year").
bool year_picked_later_in_sentence(std::string_view text, std::size_t from) {
  const std::size_t stop = std::min(text.find_first_of(".;!?\n", from), text.size());
  const std::string_view rest = text.substr(from, stop - from);
  for (const std::string_view picked : {"this year", "next year"})
    for (std::size_t at = rest.find(picked); at != std::string_view::npos; at = rest.find(picked, at + 1))
      if ((at == 0 || !is_letter(rest[at - 1])) &&
          (at + picked.size() == rest.size() || !is_letter(rest[at + picked.size()])))
        return true;
  return false;
}
}  // namespace

bool times_generic_period(std::string_view text, std::size_t begin, int* subject_year) {
  // Read back: the prepositions before the expression, the verb, then the subject (up to its
  // clause's edge), which must hold the period's noun and no word that picks one occurrence.
  enum class Part { preposition, subject } part = Part::preposition;
  bool spans = false, period = false, one_occurrence = false;
  bool kind_of_period = false;  // the word read last was the period's noun: the next one says its kind
  const WordWalk walk = walk_words_before_in_clause(text, begin, [&](std::string_view word) {
    if (part == Part::preposition) {
      if (one_of(word, {"in", "on", "from", "between", "at", "by", "around", "until", "through"})) return false;
      part = Part::subject;
      spans = one_of(word, {"runs", "run", "lasts", "last", "stretches", "stretch", "spans", "span"});
      // A definition's verb in the present simple.
      one_occurrence = !spans && !one_of(word, {"begins", "begin", "starts", "start", "ends", "end", "closes", "close",
                                                "finishes", "finish", "opens", "open"});
      return one_occurrence;
    }
    // "The fiscal year begins in July", "The hurricane season runs from June to November"; a
    // season that begins or ends is one season ("The season starts in August"), and "the year"
    // alone the one under way ("The year ends in December with a party").
    if (kind_of_period) period = !one_of(word, {"the", "a", "each", "every"});
    kind_of_period = word == "year" || (spans && word == "season");
    // A modal or "to" before the verb tells one occasion ("will end in June", "is due to end").
    one_occurrence = one_occurrence || is_modal(word) ||
                     one_of(word, {"this", "that", "next", "last", "current", "coming", "upcoming", "new", "following",
                                   "previous", "did", "to"});
    return one_occurrence;
  });
  if (walk.found || !period || year_picked_later_in_sentence(text, begin)) return false;
  // A year in figures picks one ("The 2026 fiscal year begins in July"), the period's first
  // ("The 2026-27 tax year runs from April 6 to April 5": 2026).
  const std::string_view subject = text.substr(walk.stop, begin - walk.stop);
  const auto digit = std::find_if(subject.begin(), subject.end(), [](char c) { return is_digit(c); });
  if (digit == subject.end()) return true;
  const auto after = std::find_if(digit, subject.end(), [](char c) { return !is_digit(c); });
  if (subject_year && after - digit == 4 && (*digit == '1' || *digit == '2'))
    *subject_year = std::stoi(std::string(digit, after));
  return false;
}

namespace {
// Where the day a holiday's definition gives starts, when the holiday named at text[begin, end) is
// its subject: the name opens its clause, a present simple verb of its date follows ("falls",
// "comes", "occurs", "lands", "is observed", "is celebrated", "is held", "is marked"), maybe after
// an adverb, then "on" or "in" ("Thanksgiving usually falls on the fourth Thursday of November",
// "Memorial Day is observed on the last Monday of May each year"), or "is" right before the day
// ("Mother's Day is the second Sunday in May"). A definition only with a cue of habit (an adverb of
// habit, "each year", "every year", "annually") or a weekday counted in a month ("the second Sunday
// of May"): "Christmas falls on a Friday" is this year's. Not with one year picked in its clause
// ("falls on November 26 this year", "in 2026"). npos otherwise. The counted weekday's month goes in
// `month` (when given).
std::size_t holiday_definition_day(std::string_view text, std::size_t begin, std::size_t end, int* month) {
  if (end <= begin || end >= text.size()) return std::string_view::npos;
  // Nothing before the name in its clause but a word opening one ("said that Thanksgiving falls").
  const WordWalk before = walk_words_before_in_clause(
      text, begin,
      [](std::string_view word) {
        return !one_of(word, {"that", "and", "but", "while", "because", "as"});
      },
      1);
  if (before.found) return std::string_view::npos;
  const char* const first = text.data();
  const char* const text_end = first + text.size();
  const char* p = first + end;
  std::array<char, 16> buffer{};
  const auto next_word = [&] {
    while (p != text_end && *p == ' ') ++p;
    const char* word_end = p;
    const std::string_view word = lower_word_at(p, text_end, buffer, word_end);
    if (!word.empty()) p = word_end;
    return std::string(word);
  };
  const auto habit_adverb = [](std::string_view w) {
    return one_of(
        w, {"usually", "always", "traditionally", "typically", "normally", "generally", "customarily", "annually"});
  };
  bool habit = false;
  std::string word = next_word();
  for (; habit_adverb(word) || word == "now" || word == "officially"; word = next_word())
    habit = habit || habit_adverb(word);
  bool needs_preposition = true;
  if (word == "is") {
    const char* after_is = p;
    word = next_word();
    for (; habit_adverb(word) || word == "officially"; word = next_word()) habit = habit || habit_adverb(word);
    if (word == "the") {
      p = after_is;  // "Mother's Day is the second Sunday in May": the day right after "is"
      needs_preposition = false;
    } else if (!one_of(word, {"observed", "celebrated", "held", "marked", "commemorated"})) {
      return std::string_view::npos;
    }
  } else if (!one_of(word, {"falls", "comes", "occurs", "lands"})) {
    return std::string_view::npos;
  }
  if (needs_preposition) {
    word = next_word();
    for (; habit_adverb(word); word = next_word()) habit = true;
    if (word != "on" && word != "in") return std::string_view::npos;
  }
  while (p != text_end && *p == ' ') ++p;
  const std::size_t day = static_cast<std::size_t>(p - first);
  // "the fourth Thursday of November", "the last Monday in May".
  std::array<std::string, 5> ahead;
  for (std::string& w : ahead) w = next_word();
  const bool counted_weekday =
      ahead[0] == "the" && one_of(ahead[1], {"first", "second", "third", "fourth", "fifth", "last"}) &&
      in_list<weekday_words>(ahead[2]) && (ahead[3] == "of" || ahead[3] == "in") && in_list<month_words>(ahead[4]);
  if (counted_weekday && month != nullptr)
    *month = static_cast<int>(std::find(std::begin(month_words), std::end(month_words), ahead[4]) -
                              std::begin(month_words)) +
             1;
  // The rest of its clause: one year picked, or a cue of habit.
  bool picked = false;
  std::string previous;
  p = first + day;
  for (int words = 0; words < 16 && p != text_end && !picked; ++words) {
    while (p != text_end && !is_letter(*p) && !is_digit(*p) && *p != '.' && *p != ';' && *p != ',' && *p != '\n') ++p;
    if (p == text_end || *p == '.' || *p == ';' || *p == ',' || *p == '\n') break;
    if (is_digit(*p)) {
      const char* digits = p;
      while (p != text_end && is_digit(*p)) ++p;
      picked = p - digits == 4;  // "in 2026"
      continue;
    }
    const char* word_begin = p;
    word = next_word();
    if (p == word_begin) ++p;
    if (word == "year") {
      habit = habit || previous == "each" || previous == "every";
      picked = one_of(previous, {"this", "next", "last", "that"});
    }
    habit = habit || one_of(word, {"annually", "yearly"});
    previous = word;
  }
  return picked || !(habit || counted_weekday) ? std::string_view::npos : day;
}
}  // namespace

bool holiday_subject_of_definition(std::string_view text, std::size_t begin, std::size_t end, int* month) {
  return holiday_definition_day(text, begin, end, month) != std::string_view::npos;
}

bool times_holiday_definition(std::string_view text, std::size_t begin, int* month) {
  // The day a definition gives follows its "on", "in" or "is" right away (holiday_definition_day):
  // a test of the two letters before it first (speed: most expressions follow none, and the clause's
  // every word is tried as a holiday's name below).
  {
    std::size_t q = begin;
    while (q > 0 && text[q - 1] == ' ') --q;
    if (q < 2 || !(spells(text.data() + q - 2, 2, "on") || spells(text.data() + q - 2, 2, "in") ||
                   spells(text.data() + q - 2, 2, "is")))
      return false;
  }
  // The holiday's name starts at a word of the clause before it ("Officials noted that Thanksgiving
  // always comes on"), and ends at one of the few words after its first.
  std::size_t name = walk_words_before_in_clause(
                         text, begin, [](std::string_view) { return false; }, 12)
                         .stop;
  for (; name < begin; ++name) {
    if (!is_letter(text[name]) || (name > 0 && is_letter(text[name - 1])) ||
        !holiday_name_starts_at(text.data() + name, text.data() + text.size()))
      continue;
    std::size_t name_end = name;
    for (int words = 0; words < 4 && name_end < begin; ++words) {
      while (name_end < begin && text[name_end] != ' ') ++name_end;
      if (holiday_definition_day(text, name, name_end, month) == begin) return true;
      while (name_end < begin && text[name_end] == ' ') ++name_end;
    }
  }
  return false;
}

namespace {
// A listing's line or item opens at text[begin]: nothing but a label before it ("Box office: Mon-Sat"),
// so no verb tells one occasion ("The talks ran Mon-Wed, 9am-5pm").
bool opens_listing_item(std::string_view text, std::size_t begin) {
  std::size_t q = begin;
  while (q > 0 && begin - q < 3 && text[q - 1] == ' ') --q;
  return q == 0 || std::string_view("\n:,;|(").find(text[q - 1]) != std::string_view::npos ||
         (q >= 2 && text.substr(q - 2, 2) == "\xC2\xB7");  // a middle dot
}
}  // namespace

bool is_listing_item(std::string_view text, std::size_t begin, std::size_t end) {
  if (!opens_listing_item(text, begin)) return false;
  std::size_t p = end;
  while (p < text.size() && p - end < 3 && (text[p] == ' ' || text[p] == '\r' || text[p] == '\n')) ++p;
  // A text that is nothing but the expression is a query, not a listing: "Saturday 11am-1pm" asked
  // alone keeps the casual reading (the nearest), as the peer suites ask it.
  std::size_t q = begin;
  while (q > 0 && begin - q < 3 && (text[q - 1] == ' ' || text[q - 1] == '\n')) --q;
  if (q == 0 && p == text.size()) return false;
  p = end;
  while (p < text.size() && p - end < 3 && (text[p] == ' ' || text[p] == '\r')) ++p;
  return p == text.size() || std::string_view("\n,;|)").find(text[p]) != std::string_view::npos ||
         text.substr(p, 2) == "\xC2\xB7";
}

bool lists_opening_hours(std::string_view text, std::size_t begin, std::size_t end) {
  if (!opens_listing_item(text, begin) &&
      !one_of(previous_word(text, begin), {"open", "hours"}))  // "Open Tue-Sun 10am-6pm", "Opening hours Mon-Fri"
    return false;
  // A few bytes after: a comma or colon, blanks, "10am-6pm", "9:00–17:30", "10.30am - 5pm", "9-5".
  std::size_t p = end;
  const auto at = [&](std::size_t i) { return i < text.size() ? text[i] : '\0'; };
  if (at(p) == ',' || at(p) == ':') ++p;
  while (at(p) == ' ' && p - end < 3) ++p;
  const auto hour = [&] {
    const std::size_t from = p;
    while (is_digit(at(p)) && p - from < 2) ++p;
    if (p == from) return false;
    if ((at(p) == ':' || at(p) == '.') && is_digit(at(p + 1)) && is_digit(at(p + 2))) p += 3;
    const std::size_t before_meridiem = p;
    if (at(p) == ' ') ++p;
    if ((at(p) | 0x20) == 'a' || (at(p) | 0x20) == 'p') {
      if ((at(p + 1) | 0x20) == 'm')
        p += 2;
      else if (at(p + 1) == '.' && (at(p + 2) | 0x20) == 'm' && at(p + 3) == '.')
        p += 4;
      else
        p = before_meridiem;
    } else {
      p = before_meridiem;
    }
    return true;
  };
  if (!hour()) return false;
  while (at(p) == ' ' && p - end < 16) ++p;
  if (at(p) == '-')
    ++p;
  else if (text.substr(p, 3) == "\xE2\x80\x93")
    p += 3;  // an en dash
  else
    return false;
  while (at(p) == ' ' && p - end < 20) ++p;
  return is_digit(at(p));
}

bool in_parentheses(std::string_view text, std::size_t begin) {
  constexpr std::size_t window = 200;
  const std::size_t lowest = begin > window ? begin - window : 0;  // text[lowest, begin) is read
  // Only '(', ')', a line break and a full stop decide; most bytes are none of them, and the
  // bytes are read backwards sixteen at a time to the nearest one (speed: called per dated
  // expression of a narrative).
  std::size_t k = begin;  // text[k, begin) has been read
  while (k > lowest) {
    std::size_t at = 0;  // the byte to decide at
#if defined(__SSE2__)
    if (k - lowest >= 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + k - 16));
      const __m128i hit = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('(')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(')'))),
          _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('.'))));
      const auto found = static_cast<unsigned>(_mm_movemask_epi8(hit));
      if (found == 0) {
        k -= 16;
        continue;
      }
      at = k - 16 + static_cast<std::size_t>(31 - std::countl_zero(found));  // the nearest
    } else
#endif
    {
      at = k - 1;
    }
    k = at;
    const char c = text[at];
    if (c == '(') return true;
    if (c == ')' || c == '\n' || (c == '.' && ends_sentence_at(text, at))) return false;
  }
  return false;
}

namespace {
// "the time being" ("for the time being", rules_relative.cpp).
bool is_the_time_being(std::string_view text, std::size_t begin, std::size_t end) {
  return spells_phrase(text, begin, end, "the time being");
}
}  // namespace

namespace {
bool after_superlative(std::string_view text, std::size_t begin, std::string_view before);

// A season after a superlative is compared with the same season of other years, and is still the
// season: "the hottest summer on record", "its wettest autumn since records began"; not before
// "of" ("the best summer of my life" is any).
bool season_after_superlative(std::string_view text, std::size_t begin, std::size_t end) {
  return after_superlative(text, begin, previous_word(text, begin)) && word_after(text, end) != "of";
}
}  // namespace

bool season_needs_narrative(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  return m.needs_evidence && m.point.season != unset && m.point.year == unset && !is_whole_text(text, begin, end) &&
         !season_after_date_word(text, begin, end) && !season_subject_of_clause(text, begin, end) &&
         !season_after_superlative(text, begin, end);
}

bool time_reached_needs_narrative(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.same_time || (m.kind == Kind::vague && is_the_time_being(text, begin, end))) return true;
  return m.kind == Kind::vague && end - begin >= 8 && ascii_lower(text[begin]) == 't' &&
         ascii_lower(text[begin + 1]) == 'h' && previous_word(text, begin) == "at";
}

PointsBack points_back(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m, bool narrative) {
  if (m.points_back || m.period_points_back) return PointsBack::or_untagged;
  if (narrative || m.kind != Kind::vague || m.same_time) return PointsBack::no;
  const bool that = spells_phrase(text, begin, end, "that time") || spells_phrase(text, begin, end, "that period");
  if (!that && !spells_phrase(text, begin, end, "the time")) return PointsBack::no;
  if (previous_word(text, begin) != "at") return that ? PointsBack::or_present : PointsBack::no;
  // "at the time Howes was captured", "at the time the plant opened": the time of a clause said
  // next, not one named before (a subject follows: a name, a pronoun, a determiner). A pronoun
  // after a verb of saying opens what was said ("saying at the time he was willing to withdraw").
  const std::string next = word_after(text, end);
  const bool pronoun = one_of(next, {"he", "she", "it", "they", "we", "i", "you"});
  if (pronoun) {
    std::size_t at = begin;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (one_of(previous_word(text, at >= 2 ? at - 2 : 0),
               {"said", "saying", "says", "told", "telling", "wrote", "added", "adding", "argued", "insisted"}))
      return PointsBack::or_untagged;
  }
  if (!that && !next.empty() &&
      (is_upper(next[0]) || pronoun ||
       one_of(next, {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"})))
    return PointsBack::no;
  return PointsBack::or_untagged;
}

bool period_before_needs_narrative(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::relative || m.anchor != Anchor::reference || (m.unit != Unit::year && m.unit != Unit::month) ||
      (m.direction != Direction::previous && m.direction != Direction::next) || ascii_lower(text[begin]) != 't' ||
      !(text.substr(begin, end - begin).ends_with(" before") || text.substr(begin, end - begin).ends_with(" after")))
    return false;
  if (end < text.size() && text[end] == ',') return false;  // "The year before, ...": a narrative's
  return !in_past_perfect_clause(text, begin);
}

std::size_t season_phrase_begin(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (!m.needs_evidence || m.point.season == unset || m.point.year != unset) return begin;
  const std::size_t season_begin = season_word_begin(text, begin, end);
  return season_begin != begin && season_modifies_next_word(text, begin, season_begin, end) ? season_begin : begin;
}

namespace {
// Whether `before`, the word before a month or a season at `begin`, is a superlative after a
// determiner: "the warmest May on record", "its wettest March since 1910", "the hottest summer on
// record" (a month or a season compared with the same one of other years is still itself). Not a
// noun in -est ("the protest March").
bool after_superlative(std::string_view text, std::size_t begin, std::string_view before) {
  const bool superlative = (before.size() >= 6 && before.ends_with("est") &&
                            !one_of(before, {"protest", "contest", "interest", "harvest", "forest", "honest", "modest",
                                             "request", "arrest", "conquest", "inquest", "unrest", "midwest"})) ||
                           before == "best" || before == "worst";
  if (!superlative) return false;
  std::size_t at = begin;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at < before.size()) return false;
  return one_of(previous_word(text, at - before.size()), {"the", "its", "their", "his", "her", "our"});
}

// "phased in over five years", "will kick in over two years": "in" is the verb's particle, and
// "over" spans the time, as after any verb; "the highest in over a decade", "has not happened in
// over a year" ask how long. `begin` is where the expression after "in" starts.
bool ends_phrasal_verb_in(std::string_view text, std::size_t begin) {
  std::size_t p = begin;
  while (p > 0 && !is_letter(text[p - 1])) --p;
  while (p > 0 && is_letter(text[p - 1])) --p;
  return one_of(previous_word(text, p), {"phase",   "phases", "phased", "phasing", "kick",     "kicks", "kicked",
                                         "kicking", "bring",  "brings", "brought", "bringing", "usher", "ushered",
                                         "ease",    "eased",  "easing", "roll",    "rolled",   "fold",  "folded"});
}

// The words after which "over" and an amount of time say more than that amount (has_evidence).
bool says_more_than_over(std::string_view before) {
  return one_of(before, {"in",     "for",    "of",   "after",  "by",       "been",    "took",  "take",
                         "takes",  "taking", "last", "lasted", "lasts",    "lasting", "spent", "spend",
                         "spends", "just",   "well", "little", "slightly", "barely"});
}
}  // namespace

// Whether the sentence around [begin, end) talks of temperatures: there "the 90s" is a reading of
// the thermometer ("Temperatures will reach the 90s on Friday"), not a decade.
bool in_temperature_talk(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t from = begin, to = end;
  while (from > 0 && begin - from < 160 && !(text[from - 1] == '.' && ends_sentence_at(text, from - 1))) --from;
  while (to < text.size() && to - end < 160 && !(text[to] == '.' && ends_sentence_at(text, to))) ++to;
  std::string window(text.substr(from, to - from));
  for (char& c : window) c = ascii_lower(c);
  for (const std::string_view cue : {"temperature", "degree", "fahrenheit", "celsius", "thermometer", "heat index",
                                     "highs ", "lows ", "high of", "low of", "mercury"})
    if (window.find(cue) != std::string::npos) return true;
  return false;
}

// Whether an expression that opens with an apostrophe before a year ("'99", "'98-'99", at
// text[begin]) is no year: the apostrophe follows a word or a figure ("6'11", "$'99") instead of a
// blank, a bracket, a dash, a slash or a quote mark; or it opens a quotation that a closing single
// quote ends before the sentence does ("sang '99 Red Balloons' again", "'99 problems.'"). A plural
// possessive later in the sentence reads as that closing quote too ("the '08 crisis hit the banks'
// profits" is left untagged): a quotation tagged as a year is the worse error.
bool apostrophe_opens_no_year(std::string_view text, std::size_t begin, std::size_t end) {
  const auto apostrophe_at = [&](std::size_t i) {
    return text[i] == '\'' || (i + 2 < text.size() && text.substr(i, 3) == "\xE2\x80\x99");
  };
  if (!apostrophe_at(begin)) return false;
  if (begin > 0) {
    const char before = text[begin - 1];
    const bool typographic_dash_or_quote = begin >= 3 && text[begin - 3] == '\xE2' && text[begin - 2] == '\x80' &&
                                           (before == '\x93' || before == '\x94' || before == '\x9C');
    if (!(before == ' ' || before == '\t' || before == '\n' || before == '(' || before == '[' || before == '-' ||
          before == '/' || before == '"' || typographic_dash_or_quote))
      return true;
  }
  for (std::size_t i = end; i < text.size() && i - end < 200 && text[i] != '\n'; ++i) {
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && i + 2 < text.size() && text[i + 1] == ' ' && is_upper(text[i + 2])) break;
    if (!apostrophe_at(i)) continue;
    const std::size_t after = c == '\'' ? i + 1 : i + 3;
    const char previous = text[i - 1];
    const bool closes = is_letter(previous) || is_digit(previous) || previous == '.' || previous == ',' ||
                        previous == '!' || previous == '?';
    if (closes && (after == text.size() || !is_letter(text[after]))) return true;
  }
  return false;
}

// "reach the 90s", "Highs will be in the 80s", "temperatures in the 70s": a decade said without its
// century or apostrophe that a thermometer reaches or stands in, in a sentence about temperatures.
// "In the 90s, temperatures rose", "higher in the 90s", "since the 90s" stay decades.
bool reads_a_thermometer(std::string_view text, std::size_t begin, std::size_t end) {
  if (text.substr(begin, end - begin).find('\'') != std::string_view::npos) return false;
  const ShortWord before = previous_word(text, begin);
  bool reading = one_of(before, {"reach", "reached", "reaches", "reaching", "hit", "hits", "hitting", "top", "tops",
                                 "topped", "topping", "into", "near", "above", "below"});
  if (!reading && before == "in") {
    // The word before "in", in the same clause (none across punctuation).
    std::array<char, 16> buffer{};
    const char* start = text.data() + begin;
    lower_word_before(text.data(), start, buffer, start);  // "in"
    const std::string_view verb = lower_word_before(text.data(), start, buffer, start);
    reading = one_of(verb, {"be", "is", "are", "was", "were", "been", "stay", "stays", "stayed", "remain", "remains",
                            "remained", "highs", "lows", "temperatures", "temperature", "readings"});
  }
  return reading && in_temperature_talk(text, begin, end);
}

bool in_title_case_line(std::string_view text, std::size_t begin, std::size_t end) {
  const auto bounds = short_line_around(text, begin, end);
  if (!bounds) return false;
  const auto [line_begin, line_end] = *bounds;
  int long_words = 0;
  for (std::size_t p = line_begin; p < line_end;) {
    std::size_t q = p;
    while (q < line_end && is_letter(text[q])) ++q;
    if (q - p >= 4) {
      if (!is_upper(text[p])) return false;
      ++long_words;
    } else if (q - p >= 2 && !is_upper(text[p]) && p > line_begin && text[p - 1] == ' ' &&
               (p < line_begin + 2 || !is_digit(text[p - 2])) &&
               !one_of(text.substr(p, q - p),
                       {"an",  "the", "and", "but", "or",  "nor", "for", "so", "yet", "as",  "at", "by", "in",
                        "of",  "off", "on",  "per", "to",  "up",  "via", "vs", "de",  "la",  "le", "du", "da",
                        "van", "von", "al",  "bin", "der", "den", "el",  "am", "pm",  "mph", "km"})) {
      // A short word a title would capitalise, in lower case: running text ("She won Sports
      // Personality of the Year in December."), not a headline.
      return false;
    }
    p = q == p ? p + 1 : q;
  }
  return long_words >= 3;
}

namespace {
// Whether the date word ending at `end` begins a name: a capitalised word follows that no date goes
// on with, in running text ("Easter Island", "the Good Friday Agreement", "April Ryan asked",
// "Friday Night Lights"). Not a word of a date ("Christmas Day", "Easter Monday", "Friday Night"
// itself), a title opening the clause's subject ("On Christmas Day Pope Leo said"), an acronym, nor
// any word of a headline in title case.
bool name_goes_on_after(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string next = word_after(text, end);
  if (next.size() < 2 || !is_upper(next[0]) || is_upper(next[1])) return false;
  const std::string lower = ascii_lowered(next);
  // "Post" capitalised and not "Post-war" is a paper's name: "the Saturday Evening Post".
  const bool paper_post = lower == "post" && text.substr(end + 1 + next.size(), 1) != "-";
  if ((is_date_context_word(lower) && !paper_post) ||
      one_of(lower, {"day",     "days",       "eve",       "night",    "morning", "evening", "afternoon", "weekend",
                     "week",    "holiday",    "holidays",  "sunday",   "monday",  "tuesday", "wednesday", "thursday",
                     "friday",  "saturday",   "president", "pope",     "king",    "queen",   "prince",    "prime",
                     "premier", "chancellor", "general",   "governor", "senator", "mr",      "mrs",       "ms",
                     "dr",      "sir",        "lord",      "lady",     "gov",     "sen",     "rep"}))
    return false;
  // An event named for the date it fell on is dated by it ("the Christmas Offensive", "the Easter
  // Rising", "the February Revolution"), as WikiWars tags them.
  if (one_of(lower, {"offensive", "truce", "rising", "uprising", "bombing", "bombings", "raid", "raids", "attack",
                     "attacks", "massacre", "revolution", "campaign", "battle", "coup", "crisis", "blitz"}))
    return false;
  return !in_title_case_line(text, begin, end);
}

// Whether `word` is an event or a thing a month or a season before it dates, capitalised: "the
// October War", "the August Decrees", "a pre-war February Peace Conference".
bool dates_a_thing(std::string_view word) {
  const std::string lower = ascii_lowered(word);
  return one_of(lower, {"war",       "wars",    "election", "elections", "revolt",    "putsch",   "plot",
                        "strike",    "strikes", "riots",    "movement",  "treaty",    "accords",  "agreement",
                        "manifesto", "theses",  "events",   "decree",    "decrees",   "deadline", "meeting",
                        "summit",    "issue",   "edition",  "laws",      "days",      "peace",    "conference",
                        "session",   "talks",   "budget",   "report",    "statement", "offensive"});
}

// Whether the month or season at text[begin, end), after "the", opens the name of a place of two
// or three more capitalised words, the last a building's or a place's noun ("the August Wilson
// Theatre", "the Winter Garden Theatre"). Not a thing it dates ("the December Federal Reserve
// meeting", "the June European Council summit"), nor one capitalised word and a lower-case one
// ("the October Chinese intervention", "the Spring Offensive", as WikiWars tags them).
bool opens_a_name_after_the(std::string_view text, std::size_t begin, std::size_t end) {
  if (previous_word(text, begin) != "the") return false;
  std::size_t at = end;
  std::string word, last;
  int words = 0;
  while (words < 3 && !(word = word_after(text, at)).empty() && word.size() >= 2 && is_upper(word[0]) &&
         !is_upper(word[1]) && word.size() < 15) {
    last = word;
    at += 1 + word.size();
    ++words;
  }
  if (words < 2) return false;
  for (char& c : last) c = ascii_lower(c);
  return one_of(last, {"theatre",  "theater", "centre",  "center",    "hall",    "building", "hotel",   "stadium",
                       "park",     "street",  "avenue",  "road",      "bridge",  "school",   "college", "university",
                       "hospital", "museum",  "gallery", "garden",    "gardens", "library",  "church",  "cathedral",
                       "house",    "tower",   "arena",   "playhouse", "cinema",  "square"}) &&
         name_goes_on_after(text, begin, end);
}

// Whether text[begin, end), a date said by its words alone, is the first word or words of a name
// or of a compound that names no day (has_evidence): a holiday before a name's noun ("Easter
// Island", "Christmas Island", "the Good Friday Agreement"); a month alone opening its sentence
// before a family name ("April Ryan asked"; not "a pre-war February Peace Conference", "the
// October Revolution"), after a person's title or a verb taking a person ("met April Ryan") or
// after "the" before two capitalised words ("the August Wilson Theatre"); a weekday with its part
// of the day capitalised before another capitalised word ("Friday Night Lights", "Monday Night
// Football"); a weekday after "the" before a capitalised word ("The Sunday Times", "the Sunday
// Telegraph"); a weekday before a noun it makes a kind of, not a day ("Sunday school", "their
// Sunday best").
bool begins_a_name(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (!is_letter(text[end - 1]) || !is_upper(text[begin])) return false;
  if (m.holiday != unset) return name_goes_on_after(text, begin, end);
  const CalendarFields& f = m.point;
  // "Midnight" or "Noon" alone before a name's word: "the Midnight Express", "Midnight Oil".
  if (f.hour != unset && f.day == unset && f.weekday == unset &&
      (text.substr(begin, end - begin) == "Midnight" || text.substr(begin, end - begin) == "Noon"))
    return name_goes_on_after(text, begin, end);
  if (f.year != unset || f.day != unset || f.hour != unset) return false;
  if (f.month != unset && f.weekday == unset) {
    // Both ways below need a capitalised word of two letters or more after it, its second letter in
    // lower case (name_goes_on_after, opens_a_name_after_the): tested on the bytes first (speed).
    if (!m.needs_evidence || end + 2 >= text.size() || text[end] != ' ' || !is_upper(text[end + 1]) ||
        !is_letter(text[end + 2]) || is_upper(text[end + 2]))
      return false;
    const std::string next = word_after(text, end);
    if (dates_a_thing(next)) return false;
    const ShortWord before = previous_word(text, begin);
    // After a person's title or a verb taking a person, a month before a capitalised word is a given
    // name as at a sentence's start ("He met April Ryan on Tuesday", "Actress June Squibb won").
    // Other words before a month lead to it as a date, or qualify a thing it dates ("In April
    // Congress passed", "the benchmark December Brent contract", "awaited December Fed minutes").
    if (before.empty() ||
        one_of(before, {"met",       "meets",    "told",      "asked",    "thanked",   "married",    "interviewed",
                        "joined",    "hired",    "appointed", "replaced", "succeeded", "defeated",   "beat",
                        "praised",   "actress",  "actor",     "singer",   "reporter",  "journalist", "correspondent",
                        "anchor",    "host",     "presenter", "author",   "writer",    "model",      "star",
                        "poet",      "comedian", "musician",  "player",   "coach",     "captain",    "senator",
                        "judge",     "minister", "mayor",     "governor", "treasurer", "secretary",  "spokeswoman",
                        "spokesman", "daughter", "son",       "wife",     "husband",   "sister",     "brother",
                        "mother",    "father",   "widow",     "ms",       "mrs",       "miss",       "dr"}))
      return name_goes_on_after(text, begin, end);
    return opens_a_name_after_the(text, begin, end);
  }
  if (f.weekday == unset || f.month != unset) return false;
  if (f.part_of_day != unset) {
    std::size_t last_word = end;
    while (last_word > begin && is_letter(text[last_word - 1])) --last_word;
    if (!is_upper(text[last_word])) return false;
    // After a broadcaster's acronym: "told CBS Sunday Morning" (not a line in capitals).
    std::size_t acronym = begin;
    if (acronym >= 3 && text[acronym - 1] == ' ' && !is_upper(text[begin + 1])) {
      --acronym;
      while (acronym > 0 && is_upper(text[acronym - 1])) --acronym;
      if (begin - 1 - acronym >= 2 && (acronym == 0 || !is_letter(text[acronym - 1]))) return true;
    }
    return name_goes_on_after(text, begin, end);
  }
  if (one_of(word_after(text, end), {"school", "schools", "best"})) return true;
  if (previous_word(text, begin) == "the") return name_goes_on_after(text, begin, end);
  // The weekday ending a holiday's name that begins a name: "the Good Friday Agreement", where
  // "Good Friday" gave way above.
  std::size_t word = begin;
  if (word < 2 || text[word - 1] != ' ' || !is_letter(text[word - 2])) return false;
  --word;
  while (word > 0 && is_letter(text[word - 1])) --word;
  if (!is_upper(text[word])) return false;
  Meaning holiday;
  const char* holiday_end = parse_holidays(Span{text.data(), text.data() + word, text.data() + text.size()}, holiday);
  return holiday_end == text.data() + end && name_goes_on_after(text, word, end);
}

// Whether text[begin, end) ends in a century capitalised before another capitalised word: the end
// of a name ("21st Century Fox"; "the 21st Century" alone is how some write the century). Not a
// headline in title case. ("This Week", "Last Week Tonight": capitalised_like_a_title.)
bool ends_in_capitalised_century(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if ((m.point.century == unset && m.point.millennium == unset) || !is_letter(text[end - 1])) return false;
  std::size_t unit = end;
  while (unit > begin && is_letter(text[unit - 1])) --unit;
  if (end - unit < 3 || unit < begin + 2 || !is_upper(text[unit]) || is_upper(text[unit + 1])) return false;
  const std::string lower = ascii_lowered(text.substr(unit, end - unit));
  if (!one_of(lower, {"century", "centuries", "millennium", "millennia"})) return false;
  const std::string next = word_after(text, end);
  if (next.empty() || !is_upper(next[0])) return false;
  return !in_title_case_line(text, begin, end);
}

// Whether " of " and a word that opens a title's rest follow `end`: a capitalised possessive
// ("Days of Our Lives") or a capitalised season ("500 Days of Summer"), which running text writes
// in lower case after "of" ("57 Days of Hell" goes on with a period's name).
bool title_goes_on_with_of(std::string_view text, std::size_t end) {
  if (text.substr(end, 4) != " of ") return false;
  return one_of(word_after(text, end + 3),
                {"Our", "My", "Your", "Their", "His", "Her", "Summer", "Winter", "Spring", "Autumn"});
}

// Whether text[begin, end), two words ending in a unit written capitalised inside running text, is
// part of a title: a count before the unit ("told 60 Minutes", "12 Years a Slave", "Twelve Years a
// Slave", "the Four Seasons hotel"; TimeBank leaves ''60 Minutes'' untagged), an article ("Eight
// Days a Week", "read A Year in Provence"), "the" after "of" ("Person of the Year",
// "Player of the Month", "Employee of the Week") or "The" ("told The Week", "The Week reported": a
// sentence's first word capitalises "The", not the unit). A
// title is no length and no date. Not a headline in title case; not a period named before the
// event it lasted or after "of" ("the Seven Days Battles", "the Hundred Years' War", "57 Days of
// Hell", "the Seven Years' War", as WikiWars tags them); not "the Year I" of the French republican
// calendar.
bool titles_capitalised_unit(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  // A count in figures or capitalised, or "the"/"The", opens it: most expressions are none of these.
  const char opening = text[begin];
  if (!(is_digit(opening) || is_upper(opening) || opening == 't' || opening == 'a') || !is_letter(text[end - 1]) ||
      m.holiday != unset)
    return false;
  std::size_t unit = end;
  while (unit > begin && is_letter(text[unit - 1])) --unit;
  if (end - unit < 3 || unit < begin + 2 || text[unit - 1] != ' ' || !is_upper(text[unit]) || is_upper(text[unit + 1]))
    return false;
  std::string_view first = text.substr(begin, unit - 1 - begin);
  // "the Four Seasons hotel": a capitalised count after "the" before the noun it names is a title
  // too ("the Hundred Days, ..." stays a length).
  if ((first.starts_with("the ") || first.starts_with("The ")) && first.size() > 5 && is_upper(first[4]) &&
      m.kind == Kind::duration && m.amount_explicit &&
      (modifies_next_word(text, end) || is_upper(word_after(text, end).c_str()[0])))
    first.remove_prefix(4);
  if (first.find(' ') != std::string_view::npos) return false;
  const std::string lower = ascii_lowered(text.substr(unit, end - unit));
  const bool mid_sentence = !previous_word(text, begin).empty();
  // "the Year of the Horse", "the Year of the Rabbit": "Year" capitalised after a lower-case "the"
  // and before "of" names a year by what it is given to, no year of the calendar.
  const bool named_by_of = first == "the" && lower == "year" && text.substr(end, 4) == " of ";
  if ((first == "a" || (first == "A" && mid_sentence)) &&
      one_of(lower, {"day", "week", "month", "year", "decade", "century", "lifetime"})) {
    // "Eight Days a Week", "read A Year in Provence": an article before a capitalised unit.
  } else if (m.kind == Kind::duration && m.amount_explicit) {
    if (!one_of(lower, {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "seasons"}))
      return false;
  } else {
    const ShortWord before = previous_word(text, begin);
    if (!one_of(lower, {"day", "week", "weekend", "month", "season", "year", "decade", "century"}) ||
        !((first == "the" && before == "of") || first == "The" || named_by_of))
      return false;
    // A title dated by a year before it stays as it was read ("named 1965's Man of the Year": WikiWars
    // tags "the Year" as 1965): back over "of" and the title's capitalised words to a year and "'s".
    if (first == "the") {
      std::size_t title = begin - 1;
      while (title > 0 && text[title - 1] != ' ') --title;
      while (title >= 2 && text[title - 1] == ' ' && is_letter(text[title - 2])) {
        std::size_t word = title - 1;
        while (word > 0 && is_letter(text[word - 1])) --word;
        if (!is_upper(text[word])) break;
        title = word;
      }
      const std::string_view head = text.substr(0, title);
      const std::size_t mark = head.ends_with("'s ") ? 3 : head.ends_with("\xE2\x80\x99s ") ? 5 : 0;
      if (mark != 0 && title >= mark + 4 && is_digit(text[title - mark - 1]) && is_digit(text[title - mark - 4]))
        return false;
    }
  }
  // A possessive names what the period was ("the Hundred Years' War", "the 4 Years' Liberation War").
  if (text.substr(end, 1) == "'" || text.substr(end, 3) == "\xE2\x80\x99") return false;
  const std::string next = word_after(text, end);
  const std::string next_lower = ascii_lowered(next);
  // "of" after it goes on with a period's name ("57 Days of Hell"), but after "The" inside a
  // sentence with a title's ("her book The Year of Magical Thinking").
  if ((next_lower == "of" && !(first == "The" && mid_sentence) && !named_by_of && !title_goes_on_with_of(text, end)) ||
      one_of(next_lower, {"war", "wars", "battle", "battles", "offensive", "campaign", "truce", "siege"}))
    return false;
  if (!next.empty() && next.find_first_not_of("IVX") == std::string::npos) return false;
  return !in_title_case_line(text, begin, end);
}

// Whether "the year" (or month, week, season) ends an award: given by a naming verb and one noun
// ("was named player of the year", "won coach of the year", "voted rookie of the month"), before
// the award's word ("the teacher of the year award") or after a noun only awards make so ("its
// word of the year", "album of the year"). The award is a title, not the year (as "Person of the
// Year" capitalised). A part of the period stays: "named chairman at the end of the year" has no
// such shape, nor "the hottest day of the year" or "the best album of the year"; "won most of the
// year" is a part.
bool ends_an_award(std::string_view text, std::size_t begin, std::size_t end) {
  if (end - begin < 8 || end - begin > 10 || text[begin] != 't' || text.substr(begin, 4) != "the ") return false;
  const std::string_view unit = text.substr(begin + 4, end - begin - 4);
  if (!one_of(unit, {"year", "month", "week", "season"}) || text.substr(end, 1) == "'" ||
      text.substr(end, 3) == "\xE2\x80\x99" || previous_word(text, begin) != "of")
    return false;  // "won a share of the year's sales" is the year's
  std::array<char, 16> buffer{};
  const char* start = text.data() + begin;
  lower_word_before(text.data(), start, buffer, start);  // "of"
  const std::string noun(lower_word_before(text.data(), start, buffer, start));
  if (noun.empty() || is_date_context_word(noun) ||
      one_of(noun, {"rest", "half", "part", "most", "much", "all", "some", "remainder", "course", "balance", "day",
                    "week", "month", "quarter", "time", "bulk", "portion", "majority"}))
    return false;
  // The award's own word after it names it whatever the noun: "the teacher of the year award".
  if (one_of(word_after(text, end), {"award", "awards", "prize", "prizes", "trophy", "title", "titles", "honour",
                                     "honours", "accolade", "shortlist", "nominee", "nominees", "nomination"}))
    return true;
  const std::string_view verb = lower_word_before(text.data(), start, buffer, start);
  if (one_of(verb, {"named", "voted", "crowned", "elected", "won", "wins", "win", "winning"})) return true;
  // Without a naming verb, a noun that only awards make "of the year" ("its word of the year",
  // "album of the year at the Grammys", "the club's player of the year"), unless a rank before it
  // makes the period a field to pick from ("the best album of the year", "the first goal of the
  // month").
  if (!one_of(noun, {"word",        "album",       "song",        "record",     "player",    "coach",
                     "teacher",     "rookie",      "manager",     "footballer", "cricketer", "athlete",
                     "sportsman",   "sportswoman", "personality", "employee",   "volunteer", "newcomer",
                     "entertainer", "artist",      "designer",    "chef"}))
    return false;
  return !(verb.size() >= 5 && verb.ends_with("est")) &&
         !one_of(verb, {"best", "worst", "first", "second", "third", "last", "latest", "only", "top", "final", "next",
                        "fourth", "fifth", "most", "least"});
}

// Whether the year alone that text[begin, end) says, after "the", opens the name of a body it
// was founded in or a work it names: "the 1922 Committee", "The 1916 Society", "The 1619
// Project". The year is the name's, not a time the sentence tells ("the 1922 Committee met on
// Wednesday").
bool year_names_a_body(std::string_view text, std::size_t begin, std::size_t end) {
  if (end - begin != 4 || !is_digit(text[begin]) || previous_word(text, begin) != "the") return false;
  // Not before more of a name the year dates: "the 2025 Club World Cup" is its edition.
  const std::string next = word_after(text, end);
  const std::string after = next.size() < 15 ? word_after(text, end + 1 + next.size()) : std::string();
  return one_of(next,
                {"Committee", "Club", "Society", "Group", "Foundation", "Association", "Commission", "Project"}) &&
         (after.empty() || !is_upper(after[0]));
}

// Whether the weekday that text[begin, end) says ends the name of a paper or a programme: "the
// Mail on Sunday", "the Independent on Sunday", "Scotland on Sunday", "Fox News Sunday". Their
// words are those of a date after a name ("told the Senate on Sunday"), so only the names tell.
bool ends_a_sunday_title(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.point.weekday != 0 || end - begin != 6 || text.substr(begin, end - begin) != "Sunday") return false;
  const std::string_view head = text.substr(0, begin);
  return head.ends_with("Mail on ") || head.ends_with("Independent on ") || head.ends_with("Scotland on ") ||
         head.ends_with("Wales on ") || head.ends_with("Fox News ");
}

// Whether an adverb of frequency names a paper. Written capitalised: "the Daily Mail", "China
// Daily", "The Weekly Standard" (before or after another capitalised word inside a sentence; not
// in a headline in title case). In lower case, as the noun before the paper's name, after a
// capitalised word or a word of the press: "the Communist Party daily Granma", "the French daily
// Le Monde", "the business weekly Barron's", "the state-run daily China Daily"; not before a day or
// a month ("flies daily Monday to Friday") nor as a rate's adjective ("average daily U.S. output").
bool names_a_paper(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::set || m.times_per_period != 1 || end - begin < 5 || is_upper(text[begin + 1]) ||
      text.substr(end - 2, 2) != "ly")
    return false;
  const std::string next = word_after(text, end);
  std::size_t word = begin;
  if (begin >= 2 && text[begin - 1] == ' ' && is_letter(text[begin - 2])) {
    word = begin - 1;
    while (word > 0 && begin - word < 16 && is_letter(text[word - 1])) --word;
  }
  const bool capitalised_before = word != begin && is_upper(text[word]);
  if (is_upper(text[begin]))
    return (capitalised_before || (!next.empty() && is_upper(next[0]))) && !in_title_case_line(text, begin, end);
  if (next.empty() || !is_upper(next[0]) || is_upper(next[1 % next.size()]) || word == begin) return false;
  std::string lower_next = next;
  for (char& c : lower_next) c = ascii_lower(c);
  if (in_list<weekday_words>(lower_next) || in_list<month_words>(lower_next)) return false;
  const std::string_view before = text.substr(word, begin - 1 - word);
  return (capitalised_before && !one_of(before, {"The", "A", "An", "Its", "Their", "His", "Her", "Our", "Average"})) ||
         one_of(before, {"run",          "owned",      "official", "business",   "financial",   "economic",
                         "sports",       "tabloid",    "leading",  "popular",    "influential", "independent",
                         "conservative", "liberal",    "national", "regional",   "local",       "language",
                         "party",        "government", "news",     "circulation"});
}
}  // namespace

namespace {
// A bare plural unit that says how long outside "for", "within" (has_evidence): what came after it
// ("resigned after weeks of pressure", "follows months of talks", "Decades of neglect"; TimeBank:
// "[months] of twists", "the heady [days] of"), after "after" ("After months, the deal was signed")
// and as the object of a verb of spending time ("could take years", "spent years in jail"). Not
// after a determiner ("the days of the Raj") or a count ("ten brutal months of"), nor "minutes of"
// (a meeting's record), "the early hours of" (a night's), "the working hours of" (a timetable) or
// "after hours" (the market's session after the close); "weeks or months of" is one length, its
// first unit's.
bool counts_time(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  const ShortWord before = previous_word(text, begin);
  if (before == "after" && m.unit != Unit::hour) return true;
  if (one_of(before,
             {"take", "takes", "took", "taken", "taking", "spent", "spend", "spends", "spending", "lasted", "waited"}))
    return true;
  if (word_after(text, end) != "of" || m.unit == Unit::minute || is_definite_determiner(before) ||
      (is_upper(text[begin]) && title_goes_on_with_of(text, end)) ||
      one_of(before, {"of", "a", "an", "what", "which", "whose", "or", "and", "early", "small", "wee", "working",
                      "business", "office", "opening", "visiting", "trading", "school"}))
    return false;
  // "ten brutal months of the Battle of Verdun": a count before an adjective counts the unit.
  std::array<char, 16> buffer{};
  const char* start = text.data() + begin;
  lower_word_before(text.data(), start, buffer, start);
  const std::string_view counted = lower_word_before(text.data(), start, buffer, start);
  return !(start > text.data() && is_digit(start[-1])) &&
         !one_of(counted, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                           "several", "many", "few", "some"});
}

// Whether "early" or "late" opening the expression at `begin` follows a length, which it says is
// ahead of or behind a schedule ("The harvest began two weeks early this year", "arrived ten minutes
// late this morning"): no part of the period after it, which is tagged alone ("this year"). Not a
// length that says how long ("was idle for two weeks early this year"). So does "early on" or
// "late on" after a form of "be" or "running", maybe with "very" ("We will be late on Friday", "The
// train was running late on Monday"): the day is tagged alone.
bool early_or_late_after_length(std::string_view text, std::size_t begin) {
  // "very" before the modifier is in the tag (rules_ranges.cpp): the modifier after it.
  const std::size_t word = spells_phrase(text, begin, begin + 5, "very ") ? begin + 5 : begin;
  if (begin < 8 || !(spells_phrase(text, word, word + 6, "early ") || spells_phrase(text, word, word + 5, "late ")))
    return false;
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  if (spells_phrase(text, word, word + 8, "late on ") || spells_phrase(text, word, word + 9, "early on ")) {
    const char* q = text.data() + word;
    std::string_view before = lower_word_before(text.data(), q, buffer, q);
    if (before == "very") before = lower_word_before(text.data(), q, buffer, q);
    if (one_of(before, {"be", "is", "are", "am", "was", "were", "been", "being", "running", "run", "runs", "ran"}))
      return true;
  }
  if (!one_of(lower_word_before(text.data(), p, buffer, p), {"minute", "minutes", "hour", "hours", "day", "days",
                                                             "week", "weeks", "month", "months", "year", "years"}))
    return false;
  const std::string_view count = lower_word_before(text.data(), p, buffer, p);
  const bool counted = (count.empty() && p > text.data() && is_digit(p[-1])) ||
                       one_of(count, {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "few", "several"});
  if (!counted) return false;
  while (p > text.data() && is_digit(p[-1])) --p;
  return !one_of(lower_word_before(text.data(), p, buffer, p),
                 {"for", "over", "during", "within", "spent", "spend", "spends", "took", "take", "takes", "lasted",
                  "lasts", "last", "lasting"});
}

// Whether `lower` is a word of a relative or deictic expression that running text writes in lower
// case (capitalised_like_a_title).
bool is_counting_word(std::string_view lower) {
  return one_of(
      lower, {"the",      "a",         "an",       "last",    "next",      "this",     "that",      "past",   "coming",
              "previous", "following", "upcoming", "after",   "before",    "tomorrow", "yesterday", "today",  "tonight",
              "day",      "days",      "week",     "weeks",   "weekend",   "month",    "months",    "year",   "years",
              "decade",   "decades",   "century",  "morning", "afternoon", "evening",  "night",     "ago",    "earlier",
              "later",    "now",       "then",     "time",    "same",      "other",    "recent",    "future", "every",
              "each",     "hour",      "hours",    "minute",  "minutes"});
}

// Whether the season ending the expression at text[begin, end) begins the name of a multi-sport
// event: "the Winter Olympics", "at the Summer Games", "the next Winter Games", "the summer
// Paralympics" name the Games, not a season (the year alone dates "the 2026 Winter Olympics").
// Not a season before a lower-case "games" ("the summer games season") or another name ("the
// Spring Offensive").
bool season_names_sports_games(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t word = end;
  while (word > begin && is_letter(text[word - 1])) --word;
  const std::string season = ascii_lowered(text.substr(word, end - word));
  return one_of(season, {"spring", "summer", "autumn", "fall", "winter"}) &&
         one_of(word_after(text, end), {"Olympics", "Olympic", "Games", "Paralympics", "Paralympic", "Universiade"});
}

// Whether the relative or deictic expression (or recurrence) at text[begin, end), in running text,
// capitalises a word that is no proper name: a title's words ("watched The Day After Tomorrow",
// "told ABC's This Week", "Last Week Tonight", "the Next Day", "listened to Last Christmas",
// "streamed Christmas Every Day"). Weekdays, months, seasons and a holiday's own words are names and
// say nothing; nor does the word a sentence or a clause after a mark opens with ("Last Christmas,
// we went skiing", "Next week, the board meets"), an acronym, or any word of a headline in title
// case. The capitalised words of such an expression right before a shorter capitalised date are read with it
// (the title's "Tomorrow" after "The Day After", its "Christmas" after "Last"), unless a capitalised
// word before them makes them a name's ("Labor Day Monday", "Mother's Day Sunday").
bool capitalised_like_a_title(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  std::size_t start = begin;
  // A title's words before its date are few ("The Day After" before "Tomorrow"); looking back at
  // most four keeps a run of capitalised dates ("Tomorrow Tomorrow ...") linear.
  for (int back = 0;
       back < 4 && is_upper(text[begin]) && start >= 2 && text[start - 1] == ' ' && is_letter(text[start - 2]);
       ++back) {
    std::size_t word = start - 1;
    while (word > 0 && is_letter(text[word - 1])) --word;
    if (!is_upper(text[word]) || (start - 1 - word >= 2 && is_upper(text[word + 1])) ||
        !is_counting_word(ascii_lowered(text.substr(word, start - 1 - word))))
      break;
    start = word;
  }
  if (start != begin) {
    std::size_t before = start;
    while (before > 0 && text[before - 1] == ' ') --before;
    std::size_t word = before;
    while (word > 0 && (is_letter(text[word - 1]) || text[word - 1] == '\'')) --word;
    if (word < before && is_upper(text[word])) start = begin;
  }
  // A day, a night or a week next to a named day ("The Night Before Christmas", "The Day After
  // Christmas"): the words up to "before" or "after" count it from that day; the day's own follow.
  const bool shifted = m.day_shift != 0 || m.neighbour_step != 0 || m.weekday_step_count != 0;
  // A length opening with a capitalised article is read as its title's too ("A Year Ago Today,"
  // leaves no "A Year").
  const bool counted = start != begin || shifted || m.kind == Kind::relative || m.kind == Kind::vague ||
                       m.kind == Kind::set || (m.kind == Kind::duration && text[begin] == 'A') ||
                       (m.kind == Kind::calendar &&
                        (m.direction != Direction::by_tense || m.relative_year != unset || m.week_offset != unset));
  if (!counted || m.new_year) return false;
  // "the Year" alone: titles_capitalised_unit tells a title ("Person of the Year") from a period
  // some write capitalised ("1965's Man of the Year", "the Year I" of the French republic).
  if (start == begin && text.substr(begin, 4) == "the " && text.find(' ', begin + 4) >= end) return false;
  bool capitalised = false;
  bool named_day = false;  // past the "before" or "after" of a shifted day
  int words = 0;
  for (std::size_t p = start; p < end;) {
    std::size_t q = p;
    while (q < end && is_letter(text[q])) ++q;
    if (q == p) {
      ++p;
      continue;
    }
    ++words;
    if (q - p >= 2 && is_upper(text[p]) && !is_upper(text[p + 1])) {
      // A word counts after a word or a comma only: a sentence's or a clause's first word is
      // capitalised by its place, one after a hyphen by the compound's ("The Six-Day War"); after
      // a count, a unit is read as a length's ("5 Days ago"; "told 60 Minutes": titles_capitalised_unit).
      std::size_t before = p;
      while (before > 0 && text[before - 1] == ' ') --before;
      const bool mid_clause = before > 0 && (is_letter(text[before - 1]) || text[before - 1] == ',');
      const std::string lower = ascii_lowered(text.substr(p, q - p));
      // A holiday's own words ("Christmas Day", "Labor Day Weekend") are its name's: only the words
      // that count it from now may tell.
      const bool common =
          m.holiday != unset && p >= begin && (!shifted || named_day)
              ? one_of(lower, {"the", "last", "next", "this", "past", "coming", "previous", "following", "upcoming"})
              : is_counting_word(lower);
      // A season capitalised as some write it takes "This", "Last" so too ("returns This Fall").
      const bool seasons_word = p == begin && m.point.season != unset;
      if (common && mid_clause && !seasons_word && !one_of(lower, {"a", "an", "ago"})) capitalised = true;
    }
    if (shifted && p >= begin && (spells_phrase(text, p, q, "before") || spells_phrase(text, p, q, "after")))
      named_day = true;
    p = q;
  }
  return capitalised && words >= 2 && !in_title_case_line(text, start, end);
}

// Whether the holiday ending at `end` qualifies a work or a kind instead of naming a day: before the
// noun of a work, whose title or genre it is ("the Independence Day sequel", "the Independence Day
// film's anniversary", "a Christmas album", "the Halloween franchise"; "the Christmas Day film
// release" is dated, the work's noun going on with its release), or joined by a hyphen to the
// ending of an adjective ("Thanksgiving-like", "Christmas-themed", "Halloween-inspired";
// "Christmas-time" stays the day); or capitalised after "the" or "a" and a work's noun, its title
// ("the film Groundhog Day", "the movie Independence Day"; "will film Christmas Day scenes" is dated);
// or before the noun of a thing the holiday is known by ("a Christmas tree", "Easter eggs"), in a
// headline capitalised too ("Christmas Tree Lighting Draws Crowds").
bool holiday_qualifies_a_work(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.holiday == unset) return false;
  if (begin < text.size() && is_upper(text[begin])) {
    std::array<char, 16> buffer{};
    const char* word = nullptr;
    const std::string_view noun = lower_word_before(text.data(), text.data() + begin, buffer, word);
    if (one_of(noun, {"film", "movie", "novel", "album", "song", "musical", "documentary"}) &&
        one_of(lower_word_before(text.data(), word, buffer, word), {"the", "a"}))
      return true;
  }
  if (end >= text.size()) return false;
  if (text[end] == '-') {
    std::size_t q = end + 1;
    while (q < text.size() && is_letter(text[q])) ++q;
    const std::string_view suffix = text.substr(end + 1, q - end - 1);
    return suffix.size() > 3 && !is_upper(suffix[0]) &&
           (suffix.ends_with("ed") || one_of(suffix, {"like", "esque", "style", "type"}));
  }
  std::string noun = word_after(text, end);
  // A headline capitalises the noun: "Christmas Tree Lighting Draws Crowds" (in_title_case_line;
  // "the Christmas Offensive", "Christmas Day", "Christmas Eve" are names, their nouns none below).
  if (!noun.empty() && is_upper(noun[0]) && in_title_case_line(text, begin, end)) noun[0] = ascii_lower(noun[0]);
  // "a Golden Week holiday package": a traveller's product, a kind ("the Easter holiday" alone names the day).
  if ((noun == "package" || noun == "packages") && text.substr(0, end).ends_with("holiday")) return true;
  // A thing the holiday's season is known by, the name its kind ("a Christmas tree", "Easter eggs",
  // "an Advent calendar", "Halloween costumes", "Valentine's Day cards"; a thing's sales too:
  // "Christmas tree sales fell"). Not an event or a time ("the Christmas party", "Christmas sales",
  // "the Christmas shopping season", "Christmas night"), nor a capitalised name ("the Christmas
  // Offensive").
  if (one_of(noun,
             {"tree",     "trees",     "card",    "cards",    "egg",        "eggs",        "calendar", "calendars",
              "wreath",   "wreaths",   "candle",  "candles",  "decoration", "decorations", "light",    "lights",
              "lily",     "lilies",    "bunny",   "bunnies",  "costume",    "costumes",    "ornament", "ornaments",
              "stocking", "stockings", "pudding", "puddings", "cake",       "cakes",       "present",  "presents",
              "gift",     "gifts",     "carol",   "carols",   "hymn",       "hymns",       "jumper",   "jumpers",
              "sweater",  "sweaters",  "tune",    "tunes"}))
    return true;
  if (!one_of(noun, {"sequel",    "sequels", "prequel", "film",       "films",    "movie",      "movies",
                     "franchise", "remake",  "reboot",  "soundtrack", "trailer",  "screenplay", "album",
                     "albums",    "song",    "songs",   "episode",    "episodes", "musical",    "novel"}))
    return false;
  return !one_of(word_after(text, end + 1 + noun.size()), {"release", "releases", "opening", "openings", "debut",
                                                           "premiere", "premieres", "slot", "slate", "schedule"});
}

// Whether the words after "was" ending at text[at] name a count: "the number of", "the total", "the
// official figure", "the estimated death toll" (the noun after "the" and at most two words), not
// "the number one" nor "the year".
bool names_a_count_after_was(std::string_view text, std::size_t at) {
  std::string word = word_after(text, at);
  if (word != "the") return false;
  at += 1 + word.size();
  for (int words = 0; words < 3; ++words) {
    word = word_after(text, at);
    if (word.empty()) return false;
    at += 1 + word.size();
    if (one_of(word, {"number", "total", "figure", "amount", "count", "tally", "toll", "sum", "quantity"}))
      return !one_of(word_after(text, at), {"one", "two", "three"});
  }
  return false;
}

// Whether the match at `begin` reads "that" and a month name after a verb of saying or thinking,
// where "that" opens the reported clause, no demonstrative: "Retailers said that October sales will
// rise", "expects that March will be busy". The month alone is the expression (the scanner finds it
// at the next word). "that" and a unit ("said that week was the worst") or "that same" stay a
// deictic whole; so does "that October" after any other word ("in that October").
// Out of line: has_evidence, on the path of every match, asks only at a "t" (speed).
[[gnu::noinline]] bool complementizer_before_month(std::string_view text, std::size_t begin, const Meaning& m) {
  if (m.point.month == unset || m.point.day != unset || m.point.year != unset || text.size() - begin < 6 ||
      !has_at(text, begin, "that ") || !is_upper(text[begin + 5]))
    return false;
  std::array<char, 16> buffer{};
  const char* ignored = nullptr;
  const std::string_view verb = lower_word_before(text.data(), text.data() + begin, buffer, ignored);
  return (verb.ends_with('d') && in_list<saying_verbs>(verb)) ||
         one_of(verb,
                {"says",      "say",    "saying",  "tells",    "think",  "thinks", "thought", "believe", "believes",
                 "believed",  "expect", "expects", "expected", "hope",   "hopes",  "hoped",   "predict", "predicts",
                 "warn",      "warns",  "show",    "shows",    "showed", "found",  "finds",   "suggest", "suggests",
                 "suggested", "noting", "adding",  "warning",  "know",   "knew",   "knows"});
}

// Whether a range said without "from" and joined by "to" in text[begin, end) is two dates compared:
// a form of "compare" among the four words before it ("compared June 2008 to May 2009", "comparing
// sales in 2008 to 2009"), and no "with", "to", "against" or "and" between them, the range in the
// comparison's partner ("compared with the period June 2008 to May 2009"); not a range said with
// "through" or a dash ("compared 2010-2012 with 2013-2015"). Out of line: asked of ranges only.
[[gnu::noinline]] bool compares_two_dates(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view range = text.substr(begin, end - begin);
  if (range.find(" to ") == std::string_view::npos) return false;
  // "from" or "between" in the range or before it: "compared the period from March 2008 to June 2009".
  if (range.size() > 8 &&
      (spells_phrase(text, begin, begin + 5, "from ") || spells_phrase(text, begin, begin + 8, "between ")))
    return false;
  const ShortWord before = previous_word(text, begin);
  if (before == "from" || before == "between") return false;
  static constexpr std::string_view comparing[] = {"compared", "compare", "compares", "comparing"};
  static constexpr std::string_view partner[] = {"with", "to", "against", "and"};
  std::array<char, 16> buffer{};
  const char* p = text.data() + begin;
  for (int words = 0; words < 4; ++words) {  // bounded: a verb and its object before the range
    const std::string_view word = lower_word_before(text.data(), p, buffer, p);
    if (word.empty() || in_list<partner>(word)) return false;
    if (in_list<comparing>(word)) return true;
  }
  return false;
}

// Two days a date was moved between are two dates, not a range: "moved 26 February to 10 March
// 2024", "was postponed from 26 February to 10 March 2024", "rescheduled March 3 to the end of
// the month". So are the two ends of any range a thing was moved between, its object between
// ("They moved the meeting from next week to Friday", "postponed the vote from March 3 to March
// 10"): at most four words back from the range's "from", also where "from" is left outside a
// range of weekdays ("was moved from Friday to Monday", "moved the meeting from Friday to Monday";
// were the range Friday to Monday), or from a range said without it ("moved the hearing Oct. 20
// to Oct. 25", "was pushed back Nov. 3 to Nov. 17").
// Out of line: ranges are few among the matches has_evidence reads (speed).
[[gnu::noinline]] bool ends_are_two_dates(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  static constexpr std::string_view moving[] = {"moved",   "postponed", "delayed", "rescheduled", "shifted", "deferred",
                                                "changed", "brought",   "pushed",  "advanced",    "bumped"};
  // Of those, the verbs that only move a date: "changed", "shifted" and "advanced" may tell of the
  // years between ("Production shifted from 2010 to 2015 toward electric models").
  static constexpr std::string_view moving_a_date[] = {"moved",    "postponed", "delayed", "rescheduled",
                                                       "deferred", "brought",   "pushed",  "bumped"};
  const auto moved_before = [&](std::size_t at, bool date_only = false) {
    std::array<char, 16> buffer{};
    const char* p = text.data() + at;
    for (int words = 0; words < 4; ++words) {
      const std::string_view word = lower_word_before(text.data(), p, buffer, p);
      if (word.empty()) break;
      if (date_only ? in_list<moving_a_date>(word) : in_list<moving>(word)) return true;
    }
    return false;
  };
  // Two dates each with its year (dated_to_dated, rules_ranges.cpp) are moved as two days are, a
  // date and a later year too ("moved the vote May 2010 to 2011"). No part of a period
  // ("mid-2008" is 2008-05..2008-08), the mod the cheap test first (speed).
  const bool dated_ends = m.mod.empty() && m.range_end.year != unset && m.point.year != unset &&
                          (first_month_of(m.range_end) != unset || first_month_of(m.point) != unset);
  if (m.kind == Kind::calendar &&
      (m.range_end.day != unset || m.range_end.weekday != unset || m.range_end_counted || dated_ends)) {
    const ShortWord before = previous_word(text, begin);
    if (before == "from" ? begin >= 5 && moved_before(begin - 5) : moved_before(begin)) return true;
    if (before == "in" && dated_ends && amount_changed_to_year(text, begin, m)) return true;
  }
  if (m.kind == Kind::calendar && m.mod.empty() && !m.range_end_counted && compares_two_dates(text, begin, end))
    return true;
  if ((text[begin] == 'f' || text[begin] == 'F') && spells_phrase(text, begin, begin + 5, "from ") &&
      moved_before(begin))
    return true;
  // Two years a date or a target was moved between are two years: "The ban was delayed from 2030 to
  // 2035", "pushed back the target date from 2025 to 2028", "The Games were postponed from 2020 to
  // 2021" (were the range of the years between; "brought forward from 2040 to 2030" runs backwards,
  // no range). Only after a verb that moves a date, "from" outside the range.
  if (m.kind == Kind::calendar && m.mod.empty() && !m.range_end_counted && m.point.year != unset &&
      m.range_end.year != unset && first_month_of(m.point) == unset && first_month_of(m.range_end) == unset &&
      begin >= 5 && previous_word(text, begin) == "from" && moved_before(begin - 5, true))
    return true;
  return false;
}
// Whether figures alone at text[begin, end), read as a month or a span, are a measure's, a label's
// or a code's (has_evidence). Out of line: few matches are figures (speed).
[[gnu::noinline]] bool figures_name_a_label(std::string_view text, std::size_t begin, std::size_t end,
                                            std::string_view before) {
  return figures_only(text, begin, end) && (unit_of_measure_follows(text, end) || is_label_noun(before) ||
                                            follows_numbering_abbreviation(text, begin) || glued_to_code(text, begin));
}
}  // namespace

namespace {
// Whether `next_word`, lower case after figures, counts them ("2000 people", "1450 troops", "1200
// pence"): a plural noun or a noun of a count or a currency. Not a noun a year dates, as a climate
// target's base ("cut emissions 5% below 1990 levels"), prices in real terms ("constant 1990
// dollars", "at 1999 rates"), a vote ("the 1996 elections", "the 2022 midterms"), a year's accounts
// ("file their 2025 returns", "2024 earnings", "its 2023 results") or its plans ("their 2030 targets",
// "our 2025 goals", "cut their 2022 forecasts").
bool counts_noun(std::string_view next_word) {
  const bool plural =
      next_word.size() >= 4 && next_word.back() == 's' &&
      !one_of(next_word,
              {"was",      "has",       "is",       "as",          "this",      "his",       "elections",
               "midterms", "primaries", "highs",    "lows",        "standards", "rates",     "values",
               "returns",  "results",   "earnings", "accounts",    "filings",   "targets",   "goals",
               "plans",    "forecasts", "pledges",  "commitments", "budgets",   "estimates", "projections"}) &&
      !dates_a_measure(next_word);
  return plural || one_of(next_word, {"people", "men", "women", "children", "police", "personnel", "staff", "feet",
                                      "head", "cattle", "sheep", "yen", "yuan", "pence", "baht", "rand"});
}
// Whether lower-case `w` between figures and their counted noun qualifies the noun ("2000 new jobs",
// "1300 to 1600 striking workers", "1100 armed police", "500 additional staff"): a common adjective
// of counts, or a word ending as a participle or an adjective does (not a preposition so ending).
bool qualifies_counted_noun(std::string_view w) {
  const bool adjective_ending = w.size() >= 5 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("al") ||
                                                  w.ends_with("ian") || w.ends_with("less"));
  return (adjective_ending && !one_of(w, {"during", "including", "following", "according", "regarding", "concerning",
                                          "being", "having", "nothing", "something", "unless", "regardless"})) ||
         one_of(w, {"new",     "more",    "extra",     "other",     "young",   "old",      "local",
                    "foreign", "elderly", "permanent", "temporary", "skilled", "civilian", "armed",
                    "fewer",   "full",    "part",      "low",       "senior",  "junior"});
}
// The word after the figures ending at `end` (a blank there) that counts them, past at most two
// words qualifying it (qualifies_counted_noun, a hyphenated one's parts together: "1800 full-time
// jobs"), and where that word starts; an empty word where none is found. The first word itself
// where it does not count but qualifies nothing either (a unit of measure, a verb).
std::pair<std::string, std::size_t> counted_noun_after(std::string_view text, std::size_t end) {
  std::size_t p = end;
  std::string w = word_after(text, p);
  for (int skipped = 0; skipped < 2 && !w.empty() && !is_upper(w[0]) && !counts_noun(w); ++skipped) {
    std::size_t q = p + 1 + w.size();
    while (q + 1 < text.size() && text[q] == '-' && is_letter(text[q + 1])) {
      ++q;
      while (q < text.size() && is_letter(text[q])) ++q;
    }
    if (!(q < text.size() && text[q] == ' ') || (!qualifies_counted_noun(w) && q == p + 1 + w.size())) break;
    const std::string next = word_after(text, q);
    if (next.empty() || is_upper(next[0])) break;
    if (counts_noun(next)) return {next, q};
    p = q;
    w = next;
  }
  return {word_after(text, end), end};
}
}  // namespace

namespace {
// Whether the lower-case word `w` after a counted noun is a verb that makes the noun open a clause
// ("From 1990 to 2000 people moved away", "between 1939 and 1945 troops were stationed"): an
// auxiliary, a past in -ed or a common irregular past.
bool verb_after_noun(std::string_view w) {
  return (w.size() >= 4 && w.ends_with("ed") && !one_of(w, {"need", "speed", "seed", "feed", "breed", "bed"})) ||
         is_auxiliary(w) ||
         one_of(w, {"did",   "fought", "fled",   "left",  "went", "came", "took",  "made", "lost",  "won",
                    "began", "died",   "became", "held",  "fell", "rose", "grew",  "saw",  "built", "ran",
                    "sent",  "kept",   "found",  "still", "also", "who",  "which", "that"});
}
// Whether a verb that changes a quantity comes right before: "Output rose from 1000 to 1800 tonnes",
// "cut between 1200 and 1500 jobs".
bool change_verb(std::string_view w) {
  return one_of(
      w, {"rose",     "rise",      "rises",     "risen",   "fell",    "fall",    "falls",    "fallen",  "increased",
          "increase", "increases", "decreased", "cut",     "cuts",    "climbed", "climb",    "climbs",  "grew",
          "grow",     "grows",     "grown",     "dropped", "drop",    "drops",   "declined", "decline", "jumped",
          "soared",   "slipped",   "slid",      "surged",  "plunged", "raised",  "raise",    "reduced", "reduce",
          "boosted",  "expanded",  "shrank",    "doubled", "tripled", "added",   "shed",     "slashed", "trimmed",
          "lifted",   "lowered",   "swelled",   "tumbled", "went",    "go",      "goes",     "gone",    "varied",
          "varies",   "ranged",    "ranges",    "range"});
}
// Whether figures and a "p" alone at text[begin, end) ("5p", "2p.") are pence, British prices and tax
// rates, not an hour in the afternoon: before "per" or "a" and the unit priced ("cut by 5p per
// litre", "5p a litre"), or after "by" after a verb of change ("rose by 2p", "will fall by 1p to
// 19p"). "at 5p", "Doors open 7p" stay times.
bool is_pence(std::string_view text, std::size_t begin, std::size_t end, std::string_view before) {
  std::size_t p = begin;
  while (p < end && is_digit(text[p])) ++p;
  if (p == begin || p - begin > 2 || p >= end || ascii_lower(text[p]) != 'p' ||
      !(p + 1 == end || (p + 2 == end && text[p + 1] == '.')))
    return false;
  if (one_of(word_after(text, p + 1), {"per", "a"})) return true;
  if (before != "by") return false;
  std::size_t by = begin;
  while (by > 0 && text[by - 1] == ' ') --by;
  return by >= 2 && change_verb(previous_word(text, by - 2).view());
}
// Whether years read from figures ("from 1000 to 1800", "between 1200 and 1500", "1500-2000", or
// the first of two figures "from 1500 to 1200" read alone) ending at `end` are a quantity's range
// before its counted noun or unit: "Output rose from 1000 to 1800 tonnes", "The army sent
// 1500-2000 troops", "Builders completed between 1100 and 1400 homes". Years still where the noun
// opens the clause, a verb after it, and no verb of change before the range: "From 1990 to 2000
// people moved away", "between 1939 and 1945 troops were stationed there". Opening its clause, the
// range is a quantity's only before the noun ends the phrase or takes "a" or "per".
[[gnu::noinline]] bool years_count_things(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::calendar || m.point.year == unset || m.point.month != unset || m.point.day != unset ||
      end >= text.size() || !is_digit(text[end - 1]) || (m.has_range_end && m.range_end.month != unset))
    return false;
  std::size_t p = end;
  // The second figure read alone ("between 1200 and 1500 jobs", "from 1900 to 1700 units"): the range
  // begins at the first one, or at the "from" or "between" before it.
  const auto first_figure_before = [&]() -> std::size_t {
    std::size_t i = begin;
    if (i > 0 && text[i - 1] == '-')
      --i;
    else {
      const ShortWord joiner = previous_word(text, begin);
      if (!(joiner == "to" || joiner == "and") || i < joiner.size() + 2 || text[i - 1] != ' ') return begin;
      i -= joiner.size() + 1;
      if (text[i - 1] != ' ') return begin;
      --i;
    }
    const std::size_t digits_end = i;
    while (i > 0 && is_digit(text[i - 1])) --i;
    if (digits_end - i < 3 || digits_end - i > 5 || (i > 0 && !(text[i - 1] == ' ' || text[i - 1] == '\n')))
      return begin;
    const ShortWord lead = previous_word(text, i);
    return lead == "from" || lead == "between" ? i - lead.size() - 1 : i;
  };
  // A range from plain figures only: "from 1000 to 1800", "between 1200 and 1500", "1500-2000" (not
  // "2025/26–2027/28").
  const auto plain_figures_range = [&] {
    std::size_t i = begin;  // past "from" or "between"
    while (i < end && is_letter(text[i])) ++i;
    if (i != begin && i < end && text[i] == ' ') ++i;
    const auto figures = [&](std::size_t& at) {
      const std::size_t from = at;
      while (at < end && is_digit(text[at])) ++at;
      return at - from >= 3 && at - from <= 5;
    };
    if (!figures(i)) return false;
    const std::size_t joint = i;
    while (i < end && !is_digit(text[i])) ++i;
    const std::string_view between = text.substr(joint, i - joint);
    return (between == "-" || between == " to " || between == " and " || between == " through ") && figures(i) &&
           i == end;
  };
  if (m.has_range_end && !plain_figures_range()) return false;
  const std::size_t range_begin = m.has_range_end ? begin : first_figure_before();
  if (!m.has_range_end && range_begin == begin) {
    // A figure alone, then "to", "and" or a dash and the other end: "fell from 1500 to 1200 barrels".
    if (text[p] != ' ' && text[p] != '-') return false;
    const std::string joiner = text[p] == '-' ? std::string("-") : word_after(text, p);
    if (joiner == "to" || joiner == "and")
      p += 1 + joiner.size();
    else if (joiner != "-")
      return false;
    if (p >= text.size() || !(text[p] == ' ' || text[p] == '-')) return false;
    ++p;
    const std::size_t digits_at = p;
    while (p < text.size() && is_digit(text[p])) ++p;
    if (p - digits_at < 3 || p - digits_at > 5 ||
        (p < text.size() && (text[p] == ',' || text[p] == '.') && p + 1 < text.size() && is_digit(text[p + 1])))
      return false;
  }
  if (p >= text.size() || text[p] != ' ') return false;
  const std::size_t figures_end = p;
  const auto [noun, noun_blank] = counted_noun_after(text, p);
  p = noun_blank;
  if (noun.empty() || is_upper(noun[0]) || !(counts_noun(noun) || unit_of_measure_follows(text, p))) return false;
  const std::string after_noun = word_after(text, p + 1 + noun.size());
  const char after_char = p + 1 + noun.size() < text.size() ? text[p + 1 + noun.size()] : '.';
  begin = range_begin;
  const ShortWord before = previous_word(text, begin);
  // A hedge before the range hedges a count: "some 1300 to 1600 marchers took part", "an estimated
  // 1500-2000 homes", "about 1200 to 1500 people".
  if (change_verb(before) || is_approximator(before) || one_of(before, {"some", "nearly", "almost", "estimated"}))
    return true;
  // Two round hundreds the first of them before 1900, a counted noun after: a crowd's or a force's
  // estimate, not five centuries of history before a clause ("Between 1500 and 2000 people attended
  // the rally", "between 1200 and 1500 new jobs would be created"). A modern or a decade's span stays
  // years before its clause ("From 1990 to 2000 people moved to cities", "From 1900 to 2000 people
  // moved", "Between 1939 and 1945 troops were stationed"), and so does one century's ("From 1800 to
  // 1900 settlers cleared the forests").
  int figures[2] = {0, 0};
  int count = 0;
  for (std::size_t i = begin; i < figures_end && count <= 2; ++i) {
    if (!is_digit(text[i]) || (i > begin && is_digit(text[i - 1]))) continue;
    int value = 0;
    for (std::size_t j = i; j < figures_end && is_digit(text[j]); ++j) value = value * 10 + (text[j] - '0');
    if (count < 2) figures[count] = value;
    ++count;
  }
  const bool round_hundreds = count == 2 && figures[0] % 100 == 0 && figures[1] % 100 == 0 &&
                              figures[0] + 100 < figures[1] && figures[0] < 1900;
  if (round_hundreds) return true;
  // Two years of the last century or this one in order, one of them not round, before a word in "s"
  // and its object (an article or a possessive, a figure, a capitalised name, a plural) or particle:
  // a plan's or a budget's years before its verb ("The budget for 2021-2027 allocates EUR 22
  // billion", "The strategy for 2021 to 2025 includes 5 goals", "allocates funds", "sets out";
  // "1500-2000 troops", "won 2008 to 2009 votes in the ballot" stay counts).
  if (count == 2 && figures[0] >= 1900 && figures[1] <= 2100 && figures[0] < figures[1] &&
      (figures[0] % 50 != 0 || figures[1] % 50 != 0) && noun == word_after(text, figures_end) && !after_noun.empty() &&
      (is_upper(after_noun[0]) || is_digit(after_noun[0]) || is_definite_determiner(after_noun) ||
       counts_noun(after_noun) ||
       one_of(after_noun,
              {"a", "an", "out", "up", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})))
    return false;
  std::size_t i = begin;
  while (i > 0 && text[i - 1] == ' ') --i;
  const bool opens_clause = i == 0 || std::string_view(".,;:\n\"(").find(text[i - 1]) != std::string_view::npos ||
                            one_of(before, {"and", "but", "then"});
  if (opens_clause)
    return (after_noun.empty() && after_char != ' ') || one_of(after_noun, {"a", "an", "per", "each", "every"});
  return !verb_after_noun(after_noun);
}
}  // namespace

namespace {

// A light's turn bounding a day ("at sunset on Friday", "Friday at dusk", "tomorrow at dawn":
// rules_ranges.cpp's modifier_word, grammar.hpp's at_dawn_or_dusk) is the noun in lower case, or
// capitalised opening its sentence; inside one, capitalised, it is a name ("the Sunset on Friday
// concert", "the Friday at Dusk festival"). "sunset" is a verb too ("The tax credit will sunset on
// March 31", "The provisions sunset on Dec. 31"): a day's end only after a preposition of time or
// opening its sentence.
bool twilight_is_no_time(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t at = begin; at < end; ++at) {
    if (!is_letter(text[at]) || (at > begin && is_letter(text[at - 1]))) continue;
    std::size_t word_end = at;
    while (word_end < end && is_letter(text[word_end])) ++word_end;
    std::array<char, 16> buffer{};
    const char* ignored = nullptr;
    const std::string_view word = lower_word_at(text.data() + at, text.data() + word_end, buffer, ignored);
    if (!is_lights_turn(word)) continue;
    std::size_t before = at;
    while (before > 0 && text[before - 1] == ' ') --before;
    const bool opening = before == 0 || std::string_view(".\n\"!?").find(text[before - 1]) != std::string_view::npos;
    if (is_upper(text[at]) && !opening) return true;
    if (word == "sunset" && !opening &&
        !one_of(previous_word(text, at), {"at", "by", "until", "till", "before", "after", "from", "since", "around",
                                          "near", "toward", "towards", "about", "past"}))
      return true;
  }
  return false;
}

}  // namespace

bool has_evidence(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m, int document_year) {
  if (inside_number(text, begin, end) || inside_web_address(text, begin)) return false;
  // A web page's or a transcript's chrome: no date or length its text tells.
  if (marks_recording_timecode(text, begin, end) || is_reading_time(text, begin, end, m) ||
      letter_after_label(text, begin, end, m))
    return false;
  if (m.kind == Kind::calendar && m.point.month == unset && is_digit(text[begin]) &&
      follows_copyright_sign(text, begin))
    return false;
  if (is_quoted_title(text, begin, end, m)) return false;
  if ((m.mod == "START" || m.mod == "END") && twilight_is_no_time(text, begin, end)) return false;
  if ((text[begin] | 0x20) == 't' && complementizer_before_month(text, begin, m)) return false;
  // A date after a capitalised "The" that follows a word is a title ("watched The Ides of March",
  // "chased The March Hare"): in running text the name takes "the" in lower case. A holiday's after
  // a comma or a quote mark too ("the film \"The Ides of March\""), where a quotation opening with
  // "The" goes on with dates ("\"The March figures were weak,\" he said").
  if (begin >= 4 && has_at(text, begin - 4, "The ")) {
    std::size_t i = begin - 4;
    while (i > 0 && text[i - 1] == ' ') --i;
    if (i > 0 &&
        (is_letter(text[i - 1]) || (m.holiday != unset && (text[i - 1] == ',' || is_quote_mark_at(text, i - 1)))) &&
        (m.holiday != unset || !in_title_case_line(text, begin, end)))
      return false;
  }
  // Nor is the month of that title alone a date ("\"The Ides of March\"", "The Ides of March").
  if (m.holiday == unset && m.point.month == 3 && m.point.day == unset && begin >= 8 &&
      has_at(text, begin - 8, "Ides of "))
    return false;
  if (follows_impossible_day(text, begin, m)) return false;
  if (capitalised_like_a_title(text, begin, end, m) || holiday_qualifies_a_work(text, begin, end, m) ||
      season_names_sports_games(text, begin, end))
    return false;
  // "every minute detail": the adjective ("minute": very small) before its noun.
  if (m.kind == Kind::set && m.unit == Unit::minute &&
      one_of(word_after(text, end), {"detail", "details", "particle", "particles", "amount", "amounts", "quantity",
                                     "quantities", "trace", "traces", "fraction", "differences"}))
    return false;
  // "since then", "until then", "by then", "from then on" (rules_relative.cpp): after a preposition
  // of time only ("and then", "If it rains, then" are no time), and not the adjective before a
  // title or a name ("by then-President Bush", "since then Chancellor Kohl took office"): a
  // capitalised word after it is the clause's subject only as a pronoun or an article.
  // Nor after the "by" of a passive's agent before the noun it qualifies ("played by then newcomer
  // Tom Hardy", "replaced by then deputy mayor Jane Doe"): a participle before "by", a word of the
  // noun phrase after "then" ("had by then become", "had stopped by then in most areas" stay).
  if (m.points_back) {
    const ShortWord preposition = previous_word(text, begin);
    if (!one_of(preposition, {"since", "until", "till", "by", "from", "before"})) return false;
    if (end < text.size() && text[end] == '-') return false;
    const std::string next = word_after(text, end);
    if (preposition == "by" && !next.empty() && !is_upper(next[0]) &&
        !one_of(next, {"in", "on", "at", "to", "for", "with", "and", "but", "or", "because", "as", "when", "so", "if",
                       "that", "only", "already", "still"})) {
      std::size_t by = begin;
      while (by > 0 && text[by - 1] == ' ') --by;
      const ShortWord before_by = previous_word(text, by >= 2 ? by - 2 : 0);  // the view below reads it
      const std::string_view participle = before_by.view();
      if (participle.size() > 3 && (participle.ends_with("ed") || participle.ends_with("en"))) return false;
    }
    return next.empty() || !is_upper(next[0]) ||
           one_of(next, {"He", "She", "It", "They", "We", "I", "You", "There", "The", "This", "That", "His", "Her",
                         "Its", "Their", "Our", "A", "An"});
  }
  // "back then" (rules_relative.cpp) opens a sentence ("Back then, ..."), closes a clause ("I was
  // younger back then.") or follows a joining word ("and back then he"); after another word it is
  // the particle of a verb and the "then" of what came next ("came back then left").
  // Nor after a verb's bare form that takes "back" as its particle, said of what is to come ("He
  // will call back then.", "to come back then"), where a past "back then" makes no sense.
  if (m.kind == Kind::vague && text[begin] == 'b' && spells_phrase(text, begin, end, "back then")) {
    const ShortWord before = previous_word(text, begin);
    if (end < text.size() && text[end] == ' ' &&
        !one_of(before, {"and", "but", "even", "way", "since", "from", "until", "only", "just"}))
      return false;
    if (one_of(before, {"call", "come", "go", "get", "ring", "phone", "write", "text", "pay", "check", "report", "talk",
                        "head", "fly", "drive", "move", "send", "bring", "give"}))
      return false;
  }
  if (!m.mod.empty() && early_or_late_after_length(text, begin)) return false;
  if (m.has_range_end && ends_are_two_dates(text, begin, end, m)) return false;
  if (opens_plan_title(text, begin, end, m, document_year)) return false;
  if (month_before_impossible_day(text, begin, end, m)) return false;
  // "a quarter of voters", "three quarters of the staff": a fraction before "of", as before a
  // determiner any count ("two quarters of growth" stays two quarters); not the quarters at a
  // year's start or end (quarters_at_a_years_edge).
  if (m.kind == Kind::duration && m.unit == Unit::quarter &&
      (of_determiner_follows(text, end) ||
       (has_at(text, end, " of ") && (m.amount == 1 || m.amount == 3) && m.mod.empty())) &&
      !quarters_at_a_years_edge(text, begin, end))
    return false;
  // "Emissions have fallen by roughly a quarter", "cut by three quarters": after a change of amount
  // and "by", the size of the change, a fraction ("grew by a quarter in the quarter" keeps the
  // second).
  if (m.kind == Kind::duration && m.unit == Unit::quarter && (m.amount == 1 || m.amount == 3)) {
    // Back over the hedge said before it ("by roughly a quarter", "by more than a quarter", which
    // the scanner reads again without it).
    std::size_t at = begin;
    for (int hedges = 0; hedges < 2 && one_of(previous_word(text, at),
                                              {"roughly", "about", "around", "approximately", "nearly", "almost",
                                               "some", "more", "than", "over", "just", "under", "less"});
         ++hedges) {
      while (at > 0 && text[at - 1] == ' ') --at;
      while (at > 0 && is_letter(text[at - 1])) --at;
    }
    if (previous_word(text, at) == "by") {
      while (at > 0 && text[at - 1] == ' ') --at;
      if (at >= 2 && any_word_before_in_clause(text, at - 2, changes_an_amount, 4)) return false;
    }
  }
  if (m.kind == Kind::calendar && m.point.century_open && m.point.decade != unset &&
      reads_a_thermometer(text, begin, end))
    return false;
  if (m.kind == Kind::calendar && m.point.year != unset && apostrophe_opens_no_year(text, begin, end)) return false;
  if (titles_capitalised_unit(text, begin, end, m) || ends_an_award(text, begin, end) ||
      year_names_a_body(text, begin, end))
    return false;
  // A count in words capitalised right after a capitalised word ends a name: "the Formula One
  // season", "flew on Air Force One days later" (not in a headline in title case).
  if (m.kind == Kind::duration && m.amount_explicit && begin >= 2 && is_upper(text[begin]) && begin + 1 < end &&
      text[begin + 1] >= 'a' && text[begin + 1] <= 'z' && text[begin - 1] == ' ' && is_letter(text[begin - 2])) {
    std::size_t word = begin - 1;
    while (word > 0 && is_letter(text[word - 1])) --word;
    // Not a word opening a sentence, which any word capitalises: "The Six-Day War".
    std::size_t opening = word;
    while (opening > 0 && text[opening - 1] == ' ') --opening;
    const bool first_word = opening == 0 || one_of(text.substr(opening - 1, 1), {"\n", ".", "!", "?", "\"", ":"});
    if (is_upper(text[word]) && !first_word && !in_title_case_line(text, begin, end)) return false;
  }
  // A season capitalised after a capitalised unit and "of" ends a title: "500 Days of Summer".
  if (m.point.season != unset && m.point.year == unset && is_upper(text[begin]) && begin >= 4 &&
      has_at(text, begin - 4, " of ")) {
    std::size_t unit = begin - 4;
    while (unit > 0 && is_letter(text[unit - 1])) --unit;
    const std::string lower = ascii_lowered(text.substr(unit, begin - 4 - unit));
    if (is_upper(text[unit]) && one_of(lower, {"days", "nights", "weeks", "months", "years", "day", "night"}))
      return false;
  }
  // A season capitalised before "of" and its year right after a verb is a title, not the season:
  // "Bryan Adams released Summer of '69" ("in the summer of 1969", "during Summer of 2024" stay).
  if (m.point.season != unset && m.point.year != unset && is_upper(text[begin]) && !is_upper(text[begin + 1])) {
    const std::size_t season_end = text.find(' ', begin);
    const ShortWord before = previous_word(text, begin);
    if (season_end != std::string_view::npos && season_end < end && has_at(text, season_end, " of ") &&
        !before.empty() && !is_date_context_word(before) && !is_definite_determiner(before) &&
        !one_of(before, {"a", "an", "every", "each", "last", "next", "past", "spent", "spend", "all"}))
      return false;
  }
  // A season's match holds its "the": "the Winter Garden Theatre" is a name from the season on.
  if (m.point.season != unset && m.point.year == unset && text[begin] == 't') {
    const std::size_t season_begin = season_word_begin(text, begin, end);
    if (season_begin != begin && is_upper(text[season_begin]) && opens_a_name_after_the(text, season_begin, end))
      return false;
  }
  // Names begin with a capital or end in a capitalised century ("21st Century Fox").
  if ((is_upper(text[begin]) || m.point.century != unset || m.point.millennium != unset) &&
      (begins_a_name(text, begin, end, m) || ends_in_capitalised_century(text, begin, end, m) ||
       ends_a_sunday_title(text, begin, end, m)))
    return false;
  if (names_a_paper(text, begin, end, m)) return false;
  // "get around Wednesday's ruling", "asked about Friday's vote": before a possessive the word is
  // the preposition of the noun the day owns, not an approximation of the day (read from the day on).
  if ((has_at(text, end, "'s") || has_at(text, end, "\xE2\x80\x99s")) &&
      (spells(text.data() + begin, std::min<std::size_t>(end - begin, 7), "around ") ||
       spells(text.data() + begin, std::min<std::size_t>(end - begin, 6), "about ")))
    return false;
  // "after a month" in "after a month-long siege": the unit belongs to the adjective "month-long",
  // which the duration rules read from the unit on.
  if (has_at(text, end, "-long") && (end + 5 == text.size() || !is_letter(text[end + 5]))) return false;
  // "expects revenue to increase by 20% annually", "rise 8.5 percent annually": after a percentage
  // an adverb of frequency is the rate's unit, as "per annum" is (TimeBank leaves both such
  // untagged; "the ceremonies held here annually" is a SET).
  if (m.kind == Kind::set && m.times_per_period == 1 && end - begin > 4 && has_at(text, end - 2, "ly") &&
      ((begin >= 2 && text[begin - 1] == ' ' && text[begin - 2] == '%') || previous_word(text, begin) == "percent"))
    return false;
  // "quarterly" and "half-yearly" are sets only as adverbs ("The committee meets quarterly",
  // "paid quarterly to shareholders"); before the noun they qualify they name a report's period
  // ("quarterly results", "its quarterly dividend"), which TimeBank leaves untagged in 8 of 9.
  if (m.kind == Kind::set && m.times_per_period == 1 && (end - begin == 9 || end - begin == 11) &&
      (spells(text.data() + begin, end - begin, "quarterly") ||
       spells(text.data() + begin, end - begin, "half-yearly")))
    return adverb_of_frequency(text, begin, end);
  // "a year-earlier loss": the unit belongs to the adjective "year-earlier" (rules_relative.cpp).
  if (end < text.size() && text[end] == '-' && m.kind == Kind::duration &&
      (has_at(text, end, "-earlier") || has_at(text, end, "-ago")))
    return false;
  if (states_an_age(text, begin, end, m) || states_a_return_period(text, begin, end, m)) return false;
  // Idioms: "called it a day" (stopped), "at the eleventh hour" (at the last moment) say no length.
  if (m.kind == Kind::duration && m.amount == 1) {
    const std::string_view said = text.substr(begin, end - begin);
    const std::string_view head = text.substr(0, begin);
    if (said == "a day" && (head.ends_with("call it ") || head.ends_with("called it ") || head.ends_with("calls it ") ||
                            head.ends_with("calling it ")))
      return false;
    // In any case: "at the Eleventh Hour", the film "The Eleventh Hour" (read only where the last
    // byte may end "hour": speed).
    if ((said.back() | 0x20) == 'r') {
      if (said.size() >= 14) {
        const std::string last = ascii_lowered(said.substr(said.size() - 14));
        if (last == " eleventh hour" || std::string_view(last).ends_with(" 11th hour")) return false;
      } else if (said.ends_with(" 11th hour") || said.ends_with(" 11th Hour")) {
        return false;
      }
    }
  }
  // "every now and then", "now and again": the idiom says "at times", not the present ("between
  // now and then" is a range, read whole).
  if (end - begin == 3 && spells(text.data() + begin, 3, "now") &&
      (has_at(text, end, " and then") || has_at(text, end, " and again")) &&
      !one_of(previous_word(text, begin), {"between", "from"}))
    return false;
  // "at the last minute", "left it until the last minute": the idiom says "at the latest moment",
  // as "at the eleventh hour" does, no minute of the clock.
  if (end - begin >= 11 && (has_at(text, end - 11, "last minute") || has_at(text, end - 11, "last second"))) {
    std::size_t phrase = end - 11;
    if (phrase >= 4 && spells(text.data() + phrase - 4, 3, "the") && text[phrase - 1] == ' ') phrase -= 4;
    if ((phrase == begin || phrase + 4 == begin) && phrase != end - 11 &&
        one_of(previous_word(text, phrase), {"at", "until", "till", "to"}))
      return false;
  }
  // "all day long", "all night long", "all year long": the idiom says "throughout", not a length.
  if (m.kind == Kind::duration && !m.amount_explicit && text.substr(begin, end - begin).ends_with("long") &&
      previous_word(text, begin) == "all")
    return false;
  // "overnight" alone is the night before only as an adverb ("Stocks fell overnight in Asia"), not
  // before the noun it qualifies ("the overnight rate", "an overnight stay", "overnight lending").
  if (end - begin == 9 && spells(text.data() + begin, 9, "overnight")) {
    const std::string next = word_after(text, end);
    return !is_definite_determiner(previous_word(text, begin)) && previous_word(text, begin) != "an" &&
           (next.empty() || is_upper(next[0]) || ends_season_phrase(next) ||
            // A preposition no noun follows: "declared overnight across the country".
            one_of(next, {"across",    "amid",    "against", "around", "through", "throughout", "during",
                          "following", "despite", "without", "within", "near",    "along",      "toward",
                          "towards",   "outside", "inside",  "among",  "beyond",  "behind"}));
  }
  // "H1", "H2" alone: a half of the year after a preposition of time ("in H2", "for H1") or before
  // a word of results ("H1 revenue rose"), or beside another half of the year in its sentence
  // ("First-half profit rose, and the company expects H2 to be stronger"); elsewhere a visa, a
  // heading, a flu strain.
  if (m.kind == Kind::calendar && m.point.half != unset && m.point.year == unset && end - begin == 2 &&
      text[begin] == 'H')
    return one_of(previous_word(text, begin),
                  {"in", "for", "during", "over", "through", "by", "since", "until", "from"}) ||
           one_of(word_after(text, end),
                  {"revenue",    "revenues", "sales",  "profit",    "profits",   "earnings", "results",
                   "loss",       "losses",   "growth", "margin",    "margins",   "output",   "guidance",
                   "deliveries", "net",      "pretax", "operating", "shipments", "orders",   "turnover"}) ||
           half_of_the_year_beside(text, begin, end);
  // "the first half" without its year: a half of the year in results ("profit for the first half"),
  // but the game's in a match report, and a part of a thing before "of" ("The first half of the
  // Soviet contingent was withdrawn"; "of 2013", "of the year" are read whole by longer rules).
  if (m.kind == Kind::calendar && m.point.half != unset && m.point.year == unset &&
      (word_after(text, end) == "of" || tells_a_match(text, begin, end, GamePart::half)))
    return false;
  // So is "the fourth quarter" in a match report ("scored twice in the fourth quarter").
  if (m.kind == Kind::calendar && m.point.quarter != unset && m.point.year == unset &&
      tells_a_match(text, begin, end, GamePart::quarter))
    return false;
  if (m.needs_evidence && is_whole_text(text, begin, end)) return true;
  // A weekday abbreviation alone ("thu", "sat"), a month and day in figures ("2/15"): only as a
  // whole query, or ending one after "on" ("meet on 2/15"); "sat" and "wed" are words, "3/4" a
  // fraction.
  if (m.query_only) {
    const auto before = previous_word(text, begin);
    if (before == "on" && ends_text(text, end)) return true;
    // A month and day in figures after a bound or "due", ending its clause, is a date too ("Results
    // are due by 8/31, officials said", "open until 9/15.", "Payment due 9/1."), unless it reads as a
    // common fraction ("cut by 3/4", "down by 1/2.").
    if (m.point.month == unset || m.point.day == unset ||
        !one_of(before, {"on", "by", "until", "till", "through", "before", "after", "since", "starting", "due"}))
      return false;
    const bool clause_ends = ends_text(text, end) || text[end] == ',' || text[end] == ';' || text[end] == ':';
    const int over = m.point.month, under = m.point.day;
    const bool common_fraction = over < under && (under <= 6 || under == 8 || under == 10 || under == 16);
    // "since 9/11" names the 2001 attacks, not a day of this year.
    const bool attacks = over == 9 && under == 11;
    return clause_ends && !common_fraction && !attacks;
  }
  // "may 5", "that may" in lower case: the verbs, unless a year completes the date ("march 3 2015").
  const bool full_date = m.point.day != unset && m.point.year != unset;
  if (!full_date && has_lower_case_verb_month(text.substr(begin, end - begin)) && !is_whole_text(text, begin, end))
    return false;
  const ShortWord before = previous_word(text, begin);
  // "over the years", "over the decades", "over the months": the stretch up to now; not the years
  // of something ("over the years of the war") nor years named ("over the years 1751-1777"). Before
  // "since" any such stretch is one from a time or an event on ("In the years since, the town has
  // changed", "in the days since the attack"), as "the two years since" is: PXY, PXD.
  if (m.needs_for && spells(text.data() + begin, 3, "the")) {
    std::size_t next = end;
    while (next < text.size() && next < end + 4 && text[next] == ' ') ++next;
    const std::string after = word_after(text, end);
    if (after == "since") return true;
    return before == "over" && m.unit >= Unit::week && after != "of" && !(next < text.size() && is_digit(text[next]));
  }
  if (m.needs_for) return one_of(before, {"for", "over", "within", "in", "during"}) || counts_time(text, begin, end, m);
  // "over" before an amount is "more than" after a word asking how long ("in over a decade", "for
  // over two years", "took over a month", "just over an hour", "a delay of over a year"), as TimeBank
  // tags "over a week" MORE_THAN; elsewhere it spans the time ("can be used over three years",
  // "rose 5% over two years"), and the length is tagged without it.
  if (m.kind == Kind::duration && m.mod == "MORE_THAN" && end - begin > 5 && spells(text.data() + begin, 4, "over"))
    return says_more_than_over(before) && !(before == "in" && ends_phrasal_verb_in(text, begin));
  // "will last three years", "could last years", "expected to last two weeks": after a modal the
  // word is the verb "last", and after "to" before a count ("rose to last year's level" is the date).
  // Not after "May" capitalised, the month ("ran from 3 to 5 May last year", "on 5 May last week").
  const auto month_may = [&] {
    std::size_t p = begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    return before == "may" && p >= 3 && text[p - 3] == 'M';
  };
  if (end - begin > 5 && ascii_lower(text[begin]) == 'l' && spells(text.data() + begin + 1, 4, "ast ") &&
      ((is_modal(before) && !month_may()) || one_of(before, {"ll", "not", "never", "did", "does", "do"}) ||
       (before == "to" && m.amount_explicit)))
    return false;
  // "high noon" is the idiom (a moment of decision, the film), not twelve o'clock.
  if (before == "high" && end - begin >= 4 && ascii_lower(text[begin]) == 'n' && ascii_lower(text[begin + 1]) == 'o' &&
      ascii_lower(text[begin + 2]) == 'o' && ascii_lower(text[begin + 3]) == 'n')
    return false;
  if (is_running_time(text, begin, before)) return false;
  if (is_pence(text, begin, end, before)) return false;
  // "this time", "that period" (rules_relative.cpp) are the time a story has reached after a
  // preposition of time ("during this period", "by that time"), elsewhere an occasion ("this time
  // he won") or a thing ("that period piece"); after "at" too, in a narrative only
  // (time_reached_needs_narrative), not before "of" ("at this time of year").
  if (m.kind == Kind::vague && end - begin >= 9 && ascii_lower(text[begin]) == 't' &&
      ascii_lower(text[begin + 1]) == 'h' && (has_at(text, begin + 2, "is ") || has_at(text, begin + 2, "at ")) &&
      !spells(text.data() + begin + 5, 3, "day"))  // "in this day and age" (rules_relative.cpp)
    return (one_of(before, {"during", "throughout", "in", "by", "from", "till", "until", "since", "around", "before",
                            "after", "over"}) ||
            (before == "at" && word_after(text, end) != "of")) &&
           !modifies_next_word(text, end);
  // "at the same time" (rules_relative.cpp): after a preposition of a moment, else a likeness ("took
  // the same time"); a verb or a date may follow ("but at the same time opened the way", "began
  // around the same time in April"), but not the noun it qualifies ("at the same time slot") or
  // "of" ("at the same time of year").
  if (m.same_time)
    return one_of(before, {"at", "around", "about", "roughly", "approximately"}) &&
           !one_of(word_after(text, end), {"of", "zone", "zones", "slot", "slots", "frame", "period", "periods"});
  // "at the time" (rules_relative.cpp): the time a story has reached, not a time said next ("at
  // the time of the attack", "at the time when"), nor "the time being".
  if (m.kind == Kind::vague && spells_phrase(text, begin, end, "the time"))
    return before == "at" && !one_of(word_after(text, end), {"of", "when", "being"});
  // "for the time being", in a narrative only (time_reached_needs_narrative).
  if (m.kind == Kind::vague && is_the_time_being(text, begin, end)) return before == "for" || before == "at";
  if (m.kind == Kind::vague && spells_phrase(text, begin, end, "current")) return current_qualifies(text, begin, end);
  // "One of these days I'll write a book": some day ahead, not the present's "these days".
  if (m.kind == Kind::vague && begin >= 7 && spells(text.data() + begin - 7, 7, "one of ") &&
      spells_phrase(text, begin, end, "these days"))
    return false;
  // "the same period" is a noun of time before the subject of its clause ("During the same period
  // troops rose"); a work's kind after it is a likeness ("the same period drama").
  if (m.period_points_back)
    return !one_of(word_after(text, end), {"piece", "pieces", "drama", "dramas", "film", "films", "costume", "costumes",
                                           "furniture", "detail", "details", "style", "styles"});
  // "the future", "the past" are nouns of time after a preposition ("in the future") or before
  // punctuation, but adjectives in "the future integration bloc", and before a count in figures
  // ("eight of the past 10 games", "12 of the past 15 sessions": a count of things no time unit
  // names; "the past 15 years" is read whole, a length).
  // A preposition after them opens a phrase of their clause, no noun they qualify ("I saw him the
  // other day at the market", "in the future with AI").
  if (m.kind == Kind::vague && (has_at(text, begin, "the ") || has_at(text, begin, "The ")))
    return (!modifies_next_word(text, end) ||
            one_of(word_after(text, end), {"at", "in", "on", "near", "outside", "with", "during", "after", "for"})) &&
           !(end + 1 < text.size() && text[end] == ' ' && is_digit(text[end + 1]));
  // "from the 25th to the 28th": two days of a month left unsaid, not ranks before their noun ("from
  // the 12th to the 15th place"); a preposition may follow ("from the 19th to the 22nd in Paris").
  if (m.kind == Kind::calendar && m.has_range_end && m.point.month == unset && m.point.day != unset &&
      m.range_end.month == unset && m.point.weekday == unset && m.point.hour == unset)
    return !modifies_next_word(text, end) ||
           one_of(word_after(text, end), {"in", "at", "with", "for", "during", "while", "when", "after", "before"});
  // "a second" is a length in "wait a second", but the ordinal in "a second betrayal", "a second
  // term" ("a second later" is an offset, read by the relative rules).
  // A capitalised "Second" before a capitalised word begins a name ("a Second Assembly of
  // Notables", "A Second Republic was proclaimed").
  if (m.kind == Kind::duration && m.unit == Unit::second && m.amount == 1 &&
      (has_at(text, begin, "a ") || has_at(text, begin, "A "))) {
    const std::string next = word_after(text, end);
    if (text[begin + 2] == 'S' && !next.empty() && is_upper(next[0])) return false;
    return !modifies_next_word(text, end);
  }
  // A tens word joined to "second" after "the" or a possessive is the ordinal ("its eighty-second
  // session", "the forty-second president"), a length after "a" ("a thirty-second advertisement").
  if (m.kind == Kind::duration && m.unit == Unit::second && end - begin > 8 && has_at(text, end - 7, "-second") &&
      is_letter(text[end - 8]) && is_definite_determiner(before))
    return false;

  if (m.needs_evidence) {
    // "on the 15th"; a bound or a date set before a day in digits ("must pass by the 20th, officials
    // said", "until the 3rd.", "closed since the 3rd.", "The vote is set for the 21st."), not a
    // spelled one ("was followed by the second", "for the first"). Not "to", whose verbs of moving
    // a date ("postponed to the 21st") the tense does not yet read forwards.
    if (m.point.day != unset && m.point.month == unset)
      return before == "on" ||
             (one_of(before, {"by", "until", "till", "before", "after", "since", "for"}) && is_digit(text[end - 3]));
    if (m.point.month != unset) {
      // A month alone: capitalised, and "May"/"March" (also verbs) only after a date word. In
      // text written in lower case, a full month name that is no other word is one after a
      // preposition of time ("in january", "since october"; not "in august company").
      std::string word;
      for (std::size_t i = begin; i < end && is_letter(text[i]); ++i) word.push_back(ascii_lower(text[i]));
      const bool verb_too = word == "may" || word == "march";
      if (!is_upper(text[begin]))
        return one_of(word, {"january", "february", "april", "june", "july", "september", "october", "november",
                             "december"}) &&
               end - begin == word.size() &&
               one_of(before, {"in", "during", "since", "until", "till", "by", "before", "after", "through",
                               "throughout", "from", "early", "late", "mid"});
      // "the March" ending its sentence or before a preposition of a route is the noun, a march's
      // name ("no major battles along the March.", "the March to the Sea", "the March on Rome");
      // "the March meeting", "the March 2019 vote" are the month.
      if (word == "march" && before == "the") {
        const char after = end < text.size() ? text[end] : '.';
        const std::string next = word_after(text, end);
        // "to the Sea", not "the March to June quarter".
        const bool to_a_place = next == "to" && end + 4 <= text.size() && has_at(text, end + 4, "the ");
        if (after == '.' || after == ';' || after == ':' || after == '!' || after == '?' || to_a_place ||
            one_of(next, {"on", "from", "through", "across", "into"}))
          return false;
      }
      // "March wheat rose", "Traders bought May corn": before a commodity or its contract, a futures
      // delivery month (dated ahead by clause_tense), the verbs' words too; not "May" opening a
      // question, the modal ("May corn prices fall?").
      if (verb_too && names_commodity_month(text, end)) {
        if (word != "may" || !opens_sentence(text, begin)) return true;
        std::size_t stop = end;
        while (stop < text.size() && text[stop] != '.' && text[stop] != '!' && text[stop] != '?' && text[stop] != '\n')
          ++stop;
        return stop == text.size() || text[stop] != '?';
      }
      // "a March vote", "a May election": the month before its noun (neither the modal nor a
      // person named May takes "a"; "a March on Washington", "a March for Our Lives" are marches).
      const auto month_before_noun = [&] {
        if (!same_word(before, "a")) return false;
        const std::string next = word_after(text, end);
        return !next.empty() && !is_upper(next[0]) &&
               !one_of(next, {"on", "to", "for", "from", "through", "across", "into", "against", "in", "of", "and",
                              "or", "past", "towards", "toward"});
      };
      return !verb_too || is_date_context_word(before) || names_figures_month(text, end) ||
             after_superlative(text, begin, before) || between_listed_months(text, begin, end) || month_before_noun();
    }
    // A season alone: "in the fall", "last fall", "over the winter" ("over" is no date word for a
    // number: "over 1900 soldiers"). Not the verbs after "to" ("began to fall apart"), nor the
    // noun before "of" ("until the fall of Budapest"; "the fall of 1994" is read whole), nor a
    // crop's kind before its noun ("the winter wheat crop", "spring barley"; "the spring planting"
    // stays the season, and so does one before a plural that may be its clause's subject: "In the
    // summer crops wilted").
    if (m.point.season != unset &&
        one_of(word_after(text, end), {"wheat", "barley", "oats", "rye", "canola", "rapeseed", "crop"}))
      return false;
    return season_after_date_word(text, begin, end) || season_subject_of_clause(text, begin, end) ||
           season_in_story(text, begin, end, m) || season_after_superlative(text, begin, end);
  }
  // Figures alone read as a range of years or a month ("2008-09", "2011-05") are a measure's or a
  // label's as one number is (below): "could fall to 1900-1950 points", "pages 2001-2010", "See pp.
  // 2008-09", "part number 2011-05", "(No. 2013-12)"; and glued to a code's capitals, the code's
  // ("model XK-2008-03"). A date word before keeps them ("the 2008-09 season", "from 2008-03").
  if (m.kind == Kind::calendar && is_digit(text[begin]) && is_digit(text[end - 1]) &&
      (m.has_range_end || m.point.month != unset) && figures_name_a_label(text, begin, end, before))
    return false;
  if (is_digit(text[end - 1]) && years_count_things(text, begin, end, m)) return false;
  // "About 1450 people attended", "at around 1030", "closed at about 1450": a year after a word of
  // approximation (read whole, rules_ranges.cpp) is still a count before a count's noun, a clock
  // after "at" or "approximately" (bare_hhmm_at), a level after a verb of a level.
  if (m.mod == "APPROX" && !m.bare_year && end - begin > 5 && text[end - 5] == ' ' && m.kind == Kind::calendar &&
      m.point.month == unset && !m.has_range_end && is_digit(text[end - 4]) && is_digit(text[end - 1])) {
    const std::size_t figures = end - 4;
    std::size_t j = end + 1;
    while (j < text.size() && j - end < 16 && is_letter(text[j]) && !is_upper(text[j])) ++j;
    if (bare_hhmm_at(text, figures) ||
        (end < text.size() && text[end] == ' ' && counts_noun(text.substr(end + 1, j - end - 1))))
      return false;
    const std::size_t at = at_before_figures(text, figures);
    if (at != std::string_view::npos && level_verb_before(text, at)) return false;
  }
  if (!m.bare_year) return true;
  // A bare number read as a year.
  const char prev = begin > 0 ? text[begin - 1] : ' ';
  const char prev2 = begin > 1 ? text[begin - 2] : ' ';
  if (begin >= 2 && is_digit(prev2) && prev == ' ') {
    // "555 2014": part of a number; but after a name ending in figures ("the G20 2025 presidency",
    // "COP29 2024") a year.
    std::size_t i = begin - 2;
    while (i > 0 && is_digit(text[i - 1])) --i;
    if (i == 0 || !is_upper(text[i - 1])) return false;
  }
  if (end + 1 < text.size() && text[end] == ' ' && is_digit(text[end + 1])) return false;  // "2012 80 10"
  // "Tesla's 2024 deliveries", "the company's 2025 forecast": a year after a possessive names the
  // year of the noun it qualifies.
  const bool after_possessive = before == "s" && begin >= 3 && text[begin - 1] == ' ' &&
                                (text[begin - 3] == '\'' || text.substr(0, begin - 2).ends_with("\xE2\x80\x99"));
  const bool context = is_date_context_word(before) || after_possessive;
  // "page 2025", "at 1600 Pennsylvania Avenue", "the 1500 metres": a label's number, a house number,
  // a measure, whatever word of time comes before (no label noun is a word of time).
  if ((!context && is_label_noun(before)) || follows_numbering_abbreviation(text, begin) ||
      (prev == '-' && glued_to_code(text, begin)) || names_street_number(text, end, before) ||
      unit_of_measure_follows(text, end))
    return false;
  // "Kazakhstan 2050", "Windows 2000": a capitalised word right before makes it part of a name; not a
  // possessive determiner or an article opening a sentence ("Our 2030 sustainability goals", "Their
  // 2024 budget", "A 1996 law named for him").
  if (!context && !before.empty() && begin >= 2 && text[begin - 1] == ' ' &&
      is_upper(text[begin - before.size() - 1]) && !one_of(before, {"our", "their", "his", "her", "my", "your"}) &&
      !(one_of(before, {"a", "an"}) && opens_sentence(text, begin)))
    return false;
  const int year = std::stoi(std::string(text.substr(begin, 4)));
  // "revolts in 1850, 1856 and 1862": a year after a year said as one ("in 1850") and a comma is
  // the list's next year ("numbered 1850, 1856 and 1862 men" are counts).
  const auto listed_after_year = [&] {
    const auto year_and_comma_before = [&](std::size_t at) {  // "1850, " right before text[at]
      return at >= 7 && text[at - 1] == ' ' && text[at - 2] == ',' && text[at - 7] == ' ' &&
             std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at - 6),
                         text.begin() + static_cast<std::ptrdiff_t>(at - 2), is_digit);
    };
    std::size_t at = begin;
    while (year_and_comma_before(at)) at -= 6;
    return at != begin && is_date_context_word(previous_word(text, at));
  }();
  // A year alone on its line is a history's heading ("1814", as WikiWars heads its sections).
  const bool heading = (begin == 0 || prev == '\n') && (end == text.size() || text[end] == '\n' || text[end] == '\r');
  if ((year < 1900 || year > 2099) && !context && prev != '(' && !listed_after_year && !heading) return false;
  // "The meeting starts at 1030.": after "at" four figures that read as a 24-hour clock are one
  // (bare_hhmm_at, which the clock family reads too), not a year before 1900.
  const bool at_or_hedge = before == "at" || is_approximator(before);
  if (year < 1900 && at_or_hedge && bare_hhmm_at(text, begin)) return false;
  // "The index closed at 1450.", "Shares were priced at 1200 pence", "closed at about 1450": after a
  // verb of a level or a price and "at" the figures are the level, no date at all; a year only
  // before a noun a year dates ("Emissions were capped at 1990 levels", "valued at 2010 prices").
  if (at_or_hedge) {
    const std::size_t at = at_before_figures(text, begin);
    if (at != std::string_view::npos && level_verb_before(text, at) &&
        !(year >= 1900 && dates_a_measure(word_after(text, end))))
      return false;
  }
  // "a crowd of 1998 people", "a total of 2000 troops": after a noun of number "of" is no date
  // word, and a count follows (below).
  const bool of_a_number = before == "of" && [&] {
    std::array<char, 16> buffer{};
    const char* start = text.data() + begin;
    lower_word_before(text.data(), start, buffer, start);  // "of"
    return one_of(lower_word_before(text.data(), start, buffer, start),
                  {"crowd", "total", "force", "army", "group", "contingent", "delegation", "team"});
  }();
  // "About 1450 people attended", "at 1200 pence": after a word of approximation or "at", date words
  // before a year too ("around 1450", "at 1918 prices"), a count's noun or a currency still makes
  // the figures an amount (below).
  if (!context || of_a_number || at_or_hedge) {
    // "2000 people": a lower-case plural noun right after makes it a count.
    std::size_t i = end;
    if (i < text.size() && text[i] == ' ') {
      ++i;
      std::size_t j = i;
      while (j < text.size() && is_letter(text[j]) && !is_upper(text[j])) ++j;
      const std::string_view next_word = text.substr(i, j - i);
      // "2000 new workers", "1500 armed police": its adjectives between.
      if (counts_noun(next_word) || counts_noun(counted_noun_after(text, end).first)) return false;
      // A count opening its sentence as the subject of "were" or of "was the number of": "2000 were
      // killed in May", "2000 was the number of troops sent in March", "was the total", "the
      // official figure" (a year is singular, and no number of things; "2012 was the number one
      // year", "1998 and 1999 were" stay years).
      if ((next_word == "were" || next_word == "was") && before.empty() && opens_sentence(text, begin) &&
          (next_word == "were" || names_a_count_after_was(text, j)))
        return false;
      // "sold 2000 of its shares": a part of a whole counted.
      if (next_word == "of" && one_of(word_after(text, j), {"its", "the", "their", "our", "his", "her", "those",
                                                            "these", "them", "which", "whom"}))
        return false;
    }
  }
  return true;
}

// A token of the words before a rate's period: an amount in figures ("358,000", "$1.76", "3%",
// "$1bn"), a magnitude ("million", "dozen") or a count in words ("four", "hundreds").
namespace {
bool is_amount_token(std::string_view token) {
  // "In 2003, a year of turmoil": punctuation closes what came before.
  if (token.empty() || token.back() == ',' || token.back() == ';' || token.back() == ':' || token.back() == ')')
    return false;
  // "$", "€", "£" before the figures, "%" after them.
  if (token.front() == '$' || token.starts_with("\xE2\x82\xAC") || token.starts_with("\xC2\xA3") || token.back() == '%')
    return true;
  if (is_digit(token.front())) {
    // A year alone ("In 2024 a year of turmoil began") is no amount; "2,024" or "2024m" is.
    const bool year_like = token.size() == 4 && std::all_of(token.begin(), token.end(), is_digit);
    return !year_like;
  }
  std::string lower;
  for (const char c : token) lower += ascii_lower(c);
  return one_of(lower,
                {"million",  "billion",   "trillion", "thousand", "hundred", "dozen",  "bn",      "mn",     "millions",
                 "billions", "thousands", "hundreds", "dozens",   "two",     "three",  "four",    "five",   "six",
                 "seven",    "eight",     "nine",     "ten",      "eleven",  "twelve", "fifteen", "twenty", "thirty",
                 "forty",    "fifty",     "sixty",    "several",  "cent",    "percent"});
}
}  // namespace

bool says_someday(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::duration || m.amount != 1 || m.unit != Unit::day || !m.mod.empty() ||
      !spells_phrase(text, begin, end, "one day"))
    return false;
  const ShortWord before = previous_word(text, begin);
  if (is_modal(before) || before == "ll") return true;
  if (before != "to" || begin < 4 || text.substr(begin - 3, 3) != "to ") return false;
  return one_of(previous_word(text, begin - 3),
                {"hope",   "hopes",  "hoped",  "hoping",  "want",    "wants",   "wanted",   "wish",
                 "wishes", "wished", "dream",  "dreams",  "dreamed", "plan",    "plans",    "planned",
                 "aim",    "aims",   "aspire", "aspires", "expect",  "expects", "expected", "going"});
}

bool is_rate_period(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (m.kind != Kind::duration || m.amount != 1 || m.unit < Unit::minute || m.unit > Unit::year ||
      m.unit == Unit::part_of_day || !m.mod.empty())
    return false;
  if (!text.substr(begin, end - begin).starts_with("a ") && !text.substr(begin, end - begin).starts_with("an "))
    return false;
  // "a day after the report", "a year or two": a length; "a year's pay" a quantity.
  if (end < text.size() && (text[end] == '\'' || text.substr(end).starts_with("\xE2\x80\x99"))) return false;
  std::size_t after = end;
  while (after < text.size() && text[after] == ' ') ++after;
  std::size_t after_end = after;
  while (after_end < text.size() && is_letter(text[after_end])) ++after_end;
  const std::string_view next = text.substr(after, after_end - after);
  // "5% a year into the recovery": the time gone by since.
  if (one_of(next, {"or", "later", "earlier", "ago", "into"})) return false;
  // "a day after the report" counts from it after an amount ("Shares rose 5% a day after", "killed
  // 12 soldiers a day before the talks"), but a measure given with its conversion is a rate's:
  // "300 barrels (48 m3) a day before the war".
  const bool counts_from_event = one_of(next, {"after", "before"});
  // The words before, read back within the clause: an amount right before "a", or a plural noun
  // counted by one ("700 seats a week", "hundreds of interviews a day", "24 hours a day").
  std::size_t at = begin;
  bool converted = false;
  // A conversion in parentheses right before "a" is no word of the rate: "20 miles (32 km) a day",
  // as encyclopaedias write it (an opening bracket at most 26 bytes back).
  if (at >= 3 && text[at - 1] == ' ' && text[at - 2] == ')') {
    const std::size_t lowest = at > 26 ? at - 26 : 0;
    std::size_t open = at - 2;
    while (open > lowest && text[open - 1] != '(' && text[open - 1] != ')') --open;
    if (open > lowest && text[open - 1] == '(') {
      at = open - 1;
      converted = true;
    }
  }
  if (counts_from_event && !converted) return false;
  for (int token = 0; token < 4; ++token) {
    if (at == 0 || text[at - 1] != ' ') return false;
    std::size_t from = at - 1;
    while (from > 0 && text[from - 1] != ' ' && text[from - 1] != '\n') --from;
    const std::string_view word = text.substr(from, at - 1 - from);
    if (is_amount_token(word)) return true;
    // A unit of measure counts as a plural noun: "5 km (3 mi) a day".
    const bool plural_noun =
        (word.size() >= 3 && word.back() == 's' && std::all_of(word.begin(), word.end(), is_letter)) ||
        one_of(word, {"km", "mi", "kg", "lb", "ft", "m", "t", "bbl", "gal", "kWh", "MWh", "GWh"});
    if (token == 0 ? !plural_noun : !(plural_noun || word == "of")) return false;
    at = from;
  }
  return false;
}

namespace {
// The words that name a sport's calendar: American football (September to February), and sports
// played within a calendar year (baseball, motor racing, MLS, the IPL).
constexpr std::string_view football_cues[] = {"NFL", "Super Bowl", "quarterback", "touchdowns", "touchdown"};
constexpr std::string_view calendar_year_cues[] = {
    "baseball",     "Baseball",        "MLB",        "home run",    "home runs", "pitcher",
    "World Series", "spring training", "Grand Prix", "Formula One", "Formula 1", "F1",
    "MotoGP",       "NASCAR",          "IndyCar",    "MLS",         "IPL",       "WNBA"};
// The story around a season: a few paragraphs either side.
constexpr std::size_t cues_before = 3000, cues_after = 1500;
}  // namespace

void SportCues::scan(std::string_view text, std::size_t from, std::size_t to) {
  const std::size_t batch = cues_.size();
  // Each word standing as a word (no letter or digit either side) and beginning in [from, to).
  const auto add = [&](std::string_view word, bool football) {
    const std::string_view searched = text.substr(0, std::min(text.size(), to + word.size() - 1));
    for (std::size_t at = searched.find(word, from); at != std::string_view::npos; at = searched.find(word, at + 1)) {
      const std::size_t after = at + word.size();
      if ((at == 0 || !is_letter(text[at - 1])) &&
          (after == text.size() || (!is_letter(text[after]) && !is_digit(text[after]))))
        cues_.push_back({at, after, football});
    }
  };
  for (const std::string_view word : football_cues) add(word, true);
  for (const std::string_view word : calendar_year_cues) add(word, false);
  // A season named by one year ("the 2026 season"), as sports played within a year name theirs; a
  // season across two ("the 2025-26 season") is a winter sport's.
  const std::string_view searched = text.substr(0, std::min(text.size(), to + 4 + 7 - 1));
  for (std::size_t at = searched.find(" season", from + 4); at != std::string_view::npos;
       at = searched.find(" season", at + 1))
    if (is_digit(text[at - 1]) && is_digit(text[at - 2]) && is_digit(text[at - 3]) && is_digit(text[at - 4]) &&
        (at == 4 || !(is_digit(text[at - 5]) || is_letter(text[at - 5]) || text[at - 5] == '-' || text[at - 5] == '/')))
      cues_.push_back({at - 4, at + 7, false});
  std::sort(cues_.begin() + static_cast<std::ptrdiff_t>(batch), cues_.end(),
            [](const Cue& a, const Cue& b) { return a.begin < b.begin; });
}

unsigned SportCues::season_turn(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t window_begin = begin > cues_before ? begin - cues_before : 0;
  const std::size_t window_end = std::min(text.size(), end + cues_after);
  // Seasons come in text order, so each byte is searched once; a window behind or past the bytes
  // searched starts afresh.
  if (window_begin < searched_from_ || window_begin > searched_to_) {
    cues_.clear();
    first_ = 0;
    searched_from_ = searched_to_ = window_begin;
  }
  if (window_end > searched_to_) {
    scan(text, searched_to_, window_end);
    searched_to_ = window_end;
  }
  while (first_ < cues_.size() && cues_[first_].begin < window_begin) ++first_;
  searched_from_ = window_begin;
  if (first_ > 1024 && 2 * first_ > cues_.size()) {  // memory stays that of the cues in one window
    cues_.erase(cues_.begin(), cues_.begin() + static_cast<std::ptrdiff_t>(first_));
    first_ = 0;
  }
  bool calendar_year = false;
  for (std::size_t i = first_; i < cues_.size() && cues_[i].begin < window_end; ++i)
    if (cues_[i].end <= window_end) {
      if (cues_[i].football) return 3;
      calendar_year = true;
    }
  return calendar_year ? 1 : 6;
}

}  // namespace annalist::timex
