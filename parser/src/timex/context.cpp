// Context around an expression: tense cues, the preceding word, evidence checks (context.hpp).
#include "context.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace annalist::timex {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Words after which a bare year or a lone month name is read as a date: prepositions and the
// modifiers of time expressions.
bool is_date_context_word(std::string_view w) {
  return one_of(
      w, {"in",         "of",        "since",   "until",    "till",     "by",     "from",      "to",     "through",
          "during",     "before",    "after",   "early",    "late",     "mid",    "last",      "next",   "this",
          "that",       "each",      "every",   "between",  "and",      "or",     "on",        "around", "about",
          "throughout", "following", "circa",   "year",     "fiscal",   "for",    "at",        "as",     "than",
          "into",       "within",    "spring",  "summer",   "autumn",   "winter", "fall",      "the",    "its",
          "pre",        "post",      "c",       "ca",       "late",     "mid",    "beginning", "end",    "start",
          "middle",     "until",     "january", "february", "march",    "april",  "may",       "june",   "july",
          "august",     "september", "october", "november", "december", "jan",    "feb",       "mar",    "apr",
          "jun",        "jul",       "aug",     "sep",      "sept",     "oct",    "nov",       "dec"});
}

// Finds the sentence around [begin, end): at most `window` bytes either side, cut at sentence
// punctuation followed by a blank, or at a blank line.
std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::size_t window = 200;
  std::size_t from = begin > window ? begin - window : 0;
  for (std::size_t i = begin; i > from; --i) {
    const char c = text[i - 1];
    const bool ends_sentence = (c == '.' || c == '!' || c == '?') && i < text.size() &&
                               (text[i] == ' ' || text[i] == '\n') && i + 1 < text.size() &&
                               (is_upper(text[i + 1]) || text[i + 1] == '"');
    if (ends_sentence || c == ';' || (c == '\n' && i >= 2 && text[i - 2] == '\n')) {
      from = i;
      break;
    }
  }
  std::size_t to = std::min(text.size(), end + window);
  for (std::size_t i = end; i < to; ++i) {
    const char c = text[i];
    const bool ends_sentence = (c == '.' || c == '!' || c == '?') && i + 2 < text.size() &&
                               (text[i + 1] == ' ' || text[i + 1] == '\n') &&
                               (is_upper(text[i + 2]) || text[i + 2] == '"');
    if (ends_sentence || c == ';' || (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n')) {
      to = i;
      break;
    }
  }
  return {from, to};
}

enum class Cue { none, past, present, future, participle };

Cue cue_of(std::string_view w) {
  // One hash lookup per word of the sentence (this runs for every word around every match); on a
  // word in two lists the earlier list wins.
  static const auto cues = [] {
    std::unordered_map<std::string_view, Cue> m;
    const auto add = [&m](Cue cue, std::initializer_list<std::string_view> words) {
      for (const std::string_view word : words) m.emplace(word, cue);
    };
    add(Cue::future, {"will", "shall", "ll", "going", "plans", "plan", "planned", "aims", "intends", "scheduled",
                      "expects", "upcoming", "tomorrow", "soon", "next", "forthcoming", "hopes", "seeks", "wo"});
    add(Cue::past, {"was", "were", "had", "did", "said", "ago", "yesterday", "last", "earlier"});
    // Irregular past forms: weak, like participles ("will be held" is future).
    add(Cue::participle,
        {"told",  "took",   "came",  "went",  "made",   "gave",    "began",   "became", "rose",  "fell", "won",
         "lost",  "met",    "left",  "sold",  "bought", "got",     "saw",     "held",   "led",   "paid", "ran",
         "spent", "struck", "wrote", "broke", "fought", "brought", "thought", "sent",   "built", "kept", "found"});
    add(Cue::present, {"is", "are", "am", "has", "have", "does", "do", "says", "remains", "now"});
    return m;
  }();
  if (const auto found = cues.find(w); found != cues.end()) return found->second;
  if (w.size() >= 5 && w.ends_with("ed") &&
      !one_of(w, {"indeed",   "speed",    "proceed",  "exceed",    "succeed",    "hundred",   "united",
                  "kindred",  "breed",    "related",  "based",     "advanced",   "developed", "limited",
                  "detailed", "expected", "proposed", "concerned", "interested", "increased", "reduced",
                  "required", "needed",   "armed",    "allied"}))
    return Cue::participle;
  return Cue::none;
}

// Lower-case words of text[from, to) with their positions, calling f(word, position).
template <typename F>
void for_each_word(std::string_view text, std::size_t from, std::size_t to, F f) {
  std::size_t i = from;
  while (i < to) {
    while (i < to && !is_letter(text[i])) ++i;
    const std::size_t start = i;
    char word[20];  // a word's first 20 letters, lower-case: no allocation per word
    std::size_t n = 0;
    while (i < to && is_letter(text[i])) {
      if (n < sizeof word) word[n++] = lower(text[i]);
      ++i;
    }
    if (n != 0) f(std::string_view(word, n), start);
  }
}

}  // namespace

Tense clause_tense(std::string_view text, std::size_t begin, std::size_t end) {
  const auto [from, to] = sentence_around(text, begin, end);
  // The nearest auxiliary or strong cue decides; past participles count only when nothing else
  // does (they are often adjectives: "the most developed countries").
  Cue best = Cue::none, weak = Cue::none;
  std::size_t best_distance = SIZE_MAX, weak_distance = SIZE_MAX;
  const auto consider = [&](std::string_view w, std::size_t position) {
    const Cue cue = cue_of(w);
    if (cue == Cue::none) return;
    const std::size_t distance = position < begin ? begin - position : position - end;
    if (cue == Cue::participle) {
      if (distance < weak_distance) weak = cue, weak_distance = distance;
    } else if (distance < best_distance) {
      best = cue, best_distance = distance;
    }
  };
  for_each_word(text, from, begin, consider);
  for_each_word(text, end, to, consider);
  if (best == Cue::none) best = weak;
  switch (best) {
    case Cue::past:
    case Cue::participle:
      return Tense::past;
    case Cue::present:
      return Tense::present;
    case Cue::future:
      return Tense::future;
    case Cue::none:
      break;
  }
  return Tense::unknown;
}

std::string previous_word(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n' || text[i - 1] == '\r')) --i;
  std::size_t end = i;
  while (i > 0 && is_letter(text[i - 1]) && end - i < 15) --i;
  if (i > 0 && is_letter(text[i - 1])) return {};
  std::string word;
  for (std::size_t k = i; k < end; ++k) word.push_back(lower(text[k]));
  return word;
}

std::string_view signal_before(std::string_view text, std::size_t begin) {
  static constexpr std::array<std::string_view, 9> signals{"since", "until", "till",    "by",     "before",
                                                           "after", "from",  "through", "between"};
  const std::string w = previous_word(text, begin);
  for (const auto s : signals)
    if (w == s) return s == "till" ? std::string_view("until") : s;
  return {};
}

// A match that starts or ends inside a longer number: "1-800-555-2012", "2,014", "2014.5",
// "2014%".
bool inside_number(std::string_view text, std::size_t begin, std::size_t end) {
  const char prev = begin > 0 ? text[begin - 1] : ' ';
  const char prev2 = begin > 1 ? text[begin - 2] : ' ';
  if (is_digit(text[begin])) {
    if (prev == '$' || prev == '#' || prev == '+') return true;
    const std::string_view head = text.substr(0, begin);
    if (head.ends_with("\xC2\xA3") || head.ends_with("\xE2\x82\xAC") || head.ends_with("\xC2\xA5"))
      return true;  // £ € ¥
    if ((prev == '-' || prev == '/' || prev == '.' || prev == ':' || prev == ',') && is_digit(prev2)) return true;
  }
  if (is_digit(text[end - 1])) {
    const char next = end < text.size() ? text[end] : ' ';
    const char next2 = end + 1 < text.size() ? text[end + 1] : ' ';
    if (next == '%') return true;
    if ((next == '-' || next == '/' || next == '.' || next == ':' || next == ',') && is_digit(next2)) return true;
  }
  return false;
}

bool has_evidence(std::string_view text, std::size_t begin, std::size_t end, const Meaning& m) {
  if (inside_number(text, begin, end)) return false;
  // "may 5", "march 2" in lower case: the verbs, unless a year completes the date ("march 3 2015").
  const bool full_date = m.point.day != unset && m.point.year != unset;
  if ((text.substr(begin, 4) == "may " || text.substr(begin, 6) == "march ") && !full_date) return false;
  const std::string before = previous_word(text, begin);
  if (m.needs_for) return one_of(before, {"for", "over", "within", "in", "during"});
  if (m.kind == Kind::vague && (text.substr(begin, 4) == "the " || text.substr(begin, 4) == "The ")) {
    // "the future", "the past" are nouns of time after a preposition ("in the future") or before
    // punctuation, but adjectives in "the future integration bloc".
    std::size_t i = end;
    if (i >= text.size() || text[i] != ' ') return true;
    std::string next_word;
    for (++i; i < text.size() && is_letter(text[i]) && next_word.size() < 15; ++i) next_word.push_back(text[i]);
    const bool adjective =
        !next_word.empty() && !is_upper(next_word[0]) &&
        !one_of(next_word, {"the",   "a",     "an",  "and", "or", "but",  "we",    "it",   "they",  "he",
                            "she",   "i",     "you", "to",  "of", "is",   "was",   "will", "would", "may",
                            "might", "could", "can", "as",  "if", "when", "there", "this", "that",  "too"});
    return !adjective;
  }
  if (m.needs_evidence) {
    if (m.point.day != unset && m.point.month == unset) return before == "on";  // "on the 15th"
    if (m.point.month != unset) {
      // A month alone: capitalised, and "May"/"March" (also verbs) only after a date word.
      if (!is_upper(text[begin])) return false;
      std::string word;
      for (std::size_t i = begin; i < end && is_letter(text[i]); ++i) word.push_back(lower(text[i]));
      const bool verb_too = word == "may" || word == "march";
      return !verb_too || is_date_context_word(before);
    }
    return is_date_context_word(before) && before != "the";  // a season alone: "in the fall", "last fall"
  }
  if (!m.bare_year) return true;
  // A bare number read as a year.
  const char prev = begin > 0 ? text[begin - 1] : ' ';
  const char prev2 = begin > 1 ? text[begin - 2] : ' ';
  if (begin >= 2 && is_digit(prev2) && prev == ' ') return false;  // "555 2014": part of a number
  if (end + 1 < text.size() && text[end] == ' ' && is_digit(text[end + 1])) return false;  // "2012 80 10"
  const bool context = is_date_context_word(before);
  // "Kazakhstan 2050", "Windows 2000": a capitalised word right before makes it part of a name.
  if (!context && !before.empty() && begin >= 2 && text[begin - 1] == ' ' && is_upper(text[begin - before.size() - 1]))
    return false;
  const int year = std::stoi(std::string(text.substr(begin, 4)));
  if ((year < 1900 || year > 2099) && !context && prev != '(') return false;
  if (!context) {
    // "2000 people": a lower-case plural noun right after makes it a count.
    std::size_t i = end;
    if (i < text.size() && text[i] == ' ') {
      ++i;
      std::size_t j = i;
      while (j < text.size() && is_letter(text[j]) && !is_upper(text[j])) ++j;
      const std::string_view next_word = text.substr(i, j - i);
      const bool plural = next_word.size() >= 4 && next_word.back() == 's' &&
                          !one_of(next_word, {"was", "has", "is", "as", "this", "his"});
      if (plural || one_of(next_word, {"people", "men", "women", "children", "police", "personnel", "staff", "feet",
                                       "head", "cattle", "sheep"}))
        return false;
    }
  }
  return true;
}

}  // namespace annalist::timex
