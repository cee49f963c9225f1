#include "tokens.hpp"

#include "english/irregular_verbs.hpp"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace annalist::events_detail {

namespace x3 = boost::spirit::x3;

namespace {

struct ClosedClassTable : x3::symbols<std::uint32_t> {
  ClosedClassTable() {
    add("am", tag_be | tag_present_aux)("is", tag_be | tag_present_aux)("are", tag_be | tag_present_aux);
    add("was", tag_be | tag_past_aux)("were", tag_be | tag_past_aux)("be", tag_be)("been", tag_be | tag_been);
    add("being", tag_be | tag_being);
    add("has", tag_have | tag_present_aux)("have", tag_have | tag_present_aux)("had", tag_have | tag_past_aux);
    add("having", tag_have);
    add("will", tag_future)("shall", tag_future)("'ll", tag_future)("wo", tag_future);
    for (const char* m : {"would", "could", "should", "might", "may", "must", "can", "cannot"}) add(m, tag_modal);
    add("do", tag_do | tag_present_aux)("does", tag_do | tag_present_aux)("did", tag_do | tag_past_aux);
    add("to", tag_to | tag_preposition | tag_locative);
    add("not", tag_negation)("n't", tag_negation)("never", tag_negation);
    for (const char* a :
         {"also",         "still",      "further",    "already",    "now",       "soon",       "just",    "yet",
          "then",         "again",      "even",       "recently",   "currently", "fully",      "finally", "later",
          "once",         "ever",       "jointly",    "officially", "formally",  "reportedly", "first",   "actively",
          "increasingly", "widely",     "always",     "often",      "only",      "too",        "both",    "either",
          "subsequently", "eventually", "previously", "initially"})
      add(a, tag_adverb);
    for (const char* d : {"the",     "a",    "an",   "this",  "these", "those", "his",   "her",     "its",   "their",
                          "our",     "my",   "your", "some",  "any",   "each",  "every", "another", "other", "no",
                          "several", "many", "two",  "three", "four",  "five",  "new",   "all"})
      add(d, tag_determiner);
    // "that" is a determiner ("that agreement") or a subordinator ("said that the talks ...", "the
    // embassy that opened"); the sentence analysis resolves which from the word after it.
    add("that", tag_determiner | tag_subordinator);
    for (const char* p :
         {"of",     "for",     "with",  "by",    "about",  "against", "between", "among",     "under",     "over",
          "during", "through", "via",   "as",    "like",   "without", "within",  "on",        "upon",      "than",
          "per",    "since",   "until", "after", "before", "amid",    "despite", "regarding", "concerning"})
      add(p, tag_preposition);
    for (const char* l : {"in", "at", "into", "from", "across", "throughout", "near", "inside", "outside", "toward",
                          "towards", "around", "onto"})
      add(l, tag_preposition | tag_locative);
    add("and", tag_conjunction)("or", tag_conjunction)("but", tag_conjunction)("nor", tag_conjunction);
    for (const char* s : {"which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "where",
                          "if", "unless", "whether"})
      add(s, tag_subordinator);
    for (const char* p : {"he", "she", "it", "they", "we", "i", "you"}) add(p, tag_pronoun);
    add("going", tag_going);
    add("'s", tag_possessive)("'", tag_possessive);
  }
};
const ClosedClassTable closed_class;

bool ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// The Arabic article and its assimilated forms, as written before a name ("al-", "el-", "ash-").
bool is_article(std::string_view w) {
  for (std::string_view a : {"al", "el", "ad", "ud", "ul", "ar", "as", "ash", "at", "az", "an"})
    if (w == a) return true;
  return false;
}

// Length of the UTF-8 punctuation at p (curly quotes, dashes, ellipsis: U+2010..U+205E), or 0.
std::size_t unicode_punctuation(std::string_view s, std::size_t i) {
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      (static_cast<unsigned char>(s[i + 1]) == 0x80 || static_cast<unsigned char>(s[i + 1]) == 0x81))
    return 3;
  if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
      (static_cast<unsigned char>(s[i + 1]) == 0xAB || static_cast<unsigned char>(s[i + 1]) == 0xBB ||
       static_cast<unsigned char>(s[i + 1]) == 0xA0 || static_cast<unsigned char>(s[i + 1]) == 0xB7))
    return 2;
  return 0;
}
bool is_right_single_quote(std::string_view s, std::size_t i) {
  return i + 3 <= s.size() && s.substr(i, 3) == "\xE2\x80\x99";
}

std::uint32_t punctuation_tags(std::string_view p) {
  if (p == ",") return tag_comma;
  if (p == ";" || p == ":" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93" || p == "--") return tag_clause_break;
  if (p == "(" || p == "[") return tag_open_paren;
  if (p == ")" || p == "]") return tag_close_paren;
  if (p == "\"" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D" || p == "\xE2\x80\x98" || p == "'" || p == "\xC2\xAB" ||
      p == "\xC2\xBB")
    return tag_quote;
  return 0;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, TextSpan span, const std::vector<TimeExpression>& timexes,
                            std::size_t first_timex, std::size_t end_timex, const EventLexicon* lexicon) {
  std::vector<Token> tokens;
  std::size_t next_timex = first_timex;
  std::size_t i = span.begin;
  const std::size_t end = std::min(span.end, text.size());
  auto push = [&](std::size_t b, std::size_t e, TokenKind kind) {
    Token t;
    t.span = {b, e};
    t.text = text.substr(b, e - b);
    t.kind = kind;
    tokens.push_back(std::move(t));
  };
  while (i < end) {
    while (next_timex < end_timex && timexes[next_timex].end <= i) ++next_timex;
    if (next_timex < end_timex && timexes[next_timex].begin <= i) {
      const TimeExpression& t = timexes[next_timex];
      push(i, std::min(t.end, end), TokenKind::timex);
      tokens.back().timex = static_cast<int>(next_timex);
      i = std::min(t.end, end);
      continue;
    }
    const std::size_t stop = next_timex < end_timex ? std::min(end, timexes[next_timex].begin) : end;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (const std::size_t n = unicode_punctuation(text, i); n && !is_right_single_quote(text, i)) {
      if (n == 2 && static_cast<unsigned char>(text[i + 1]) == 0xA0) {  // no-break space
        i += 2;
        continue;
      }
      push(i, i + n, TokenKind::punctuation);
      i += n;
      continue;
    }
    // Possessive 's / ’s after a word.
    if ((c == '\'' || is_right_single_quote(text, i)) && !tokens.empty() && tokens.back().span.end == i) {
      const std::size_t q = c == '\'' ? 1 : 3;
      const bool s_follows = i + q < stop && (text[i + q] == 's' || text[i + q] == 'S') &&
                             (i + q + 1 >= stop || !ascii_alnum(static_cast<unsigned char>(text[i + q + 1])));
      push(i, i + q + (s_follows ? 1 : 0), TokenKind::punctuation);
      i += q + (s_follows ? 1 : 0);
      continue;
    }
    if (ascii_alnum(c) || c >= 0x80) {
      std::size_t j = i;
      bool digits_only = true;
      while (j < stop) {
        const unsigned char d = static_cast<unsigned char>(text[j]);
        if (ascii_alnum(d)) {
          digits_only = digits_only && d >= '0' && d <= '9';
          ++j;
        } else if (d >= 0x80 && !unicode_punctuation(text, j)) {
          digits_only = false;
          ++j;
        } else if ((d == '-' || d == '.' || d == ',' || d == '&') && j + 1 < stop &&
                   ascii_alnum(static_cast<unsigned char>(text[j + 1])) && (d != ',' || digits_only)) {
          ++j;  // "long-standing", "U.S", "1,000", "AT&T"
        } else if (d == '\'' && j + 1 < stop && ascii_alnum(static_cast<unsigned char>(text[j + 1])) &&
                   !(text[j + 1] == 's' && (j + 2 >= stop || !ascii_alnum(static_cast<unsigned char>(text[j + 2]))))) {
          ++j;  // "O'Brien", "don't"
        } else {
          break;
        }
      }
      // An abbreviation's dot ("U.S.", "Dr.", "Inc.") when the sentence goes on after it.
      if (j < stop && text[j] == '.' && j + 1 < end &&
          (ascii_upper(static_cast<unsigned char>(text[i])) || j - i == 1)) {
        std::size_t k = j + 1;
        while (k < end && (text[k] == ' ' || text[k] == '\n')) ++k;
        if (k < end && k > j + 1) ++j;
      }
      if (j == i) {  // a stray ’ not after a word: punctuation
        const std::size_t n = std::max<std::size_t>(1, unicode_punctuation(text, i));
        push(i, std::min(i + n, end), TokenKind::punctuation);
        i = std::min(i + n, end);
        continue;
      }
      push(i, j, digits_only ? TokenKind::number : TokenKind::word);
      i = j;
      continue;
    }
    std::size_t j = i + 1;
    if (c == '-' && j < stop && text[j] == '-') ++j;
    push(i, j, TokenKind::punctuation);
    i = j;
  }

  for (Token& t : tokens) {
    t.lower.reserve(t.text.size());
    for (std::size_t k = 0; k < t.text.size(); ++k) {
      if (is_right_single_quote(t.text, k)) {
        t.lower += '\'';
        k += 2;
        continue;
      }
      const char ch = t.text[k];
      t.lower += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    const unsigned char first = static_cast<unsigned char>(t.text.empty() ? 0 : t.text[0]);
    // An Arabic name joined to its article is a name: "al-Burhan", "el-Sisi", "ad-Din", "ul-Haq".
    const auto dash = t.lower.find('-');
    const bool article_prefixed = (dash == 2 || dash == 3) && dash + 1 < t.text.size() &&
                                  ascii_upper(static_cast<unsigned char>(t.text[dash + 1])) &&
                                  is_article(std::string_view(t.lower).substr(0, dash));
    t.capitalised = t.kind == TokenKind::word && (ascii_upper(first) || first >= 0xC0 || article_prefixed);
    std::size_t letters = 0, uppers = 0;
    for (char ch : t.text)
      if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) {
        ++letters;
        uppers += ch >= 'A' && ch <= 'Z';
      }
    t.all_caps = t.kind == TokenKind::word && letters >= 2 && letters == uppers;
    if (t.kind == TokenKind::punctuation) {
      t.tags = punctuation_tags(t.text);
      if (t.lower == "'s" || t.lower == "'") t.tags |= tag_possessive;
      if (t.text == "'") t.tags |= tag_quote;
      continue;
    }
    if (t.kind != TokenKind::word) continue;
    auto first_it = t.lower.cbegin();
    std::uint32_t tags = 0;
    if (x3::parse(first_it, t.lower.cend(), closed_class, tags) && first_it == t.lower.cend()) t.tags = tags;
    // A word in -ly is an adverb, but for the verbs of that spelling ("shall apply", "must comply").
    constexpr std::array<std::string_view, 6> ly_verbs{"apply", "comply", "supply", "reply", "imply", "multiply"};
    if (!t.tags && t.lower.size() > 4 && t.lower.ends_with("ly") &&
        std::find(ly_verbs.begin(), ly_verbs.end(), t.lower) == ly_verbs.end())
      t.tags = tag_adverb;
    if (!t.tags && !t.capitalised &&
        (english::is_regular_past_form(t.lower) || english::is_irregular_past_form(t.lower)))
      t.tags = tag_past_word;
  }
  // An irregular past form after a determiner is a noun or an adjective: "the left", "a rose" (not
  // after "that", which may open a clause: "sales that shrank revenue").
  for (std::size_t i = 1; i < tokens.size(); ++i)
    if (tokens[i].tags == tag_past_word && (tokens[i - 1].tags & tag_determiner) != 0 &&
        (tokens[i - 1].tags & tag_subordinator) == 0 && !tokens[i].lower.ends_with("ed"))
      tokens[i].tags = 0;
  // A capitalised word whose 's owns nothing is a name ending in 's: "Moody's, the rating agency,"
  // and "Moody's downgraded the bonds" (a comma, or a past verb with its object, right after it);
  // so is a company the gazetteer names with its 's, whatever the 's owns ("Moody's analysts").
  std::string with_s;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!tokens[i].capitalised || tokens[i].kind != TokenKind::word || tokens[i + 1].lower != "'s") continue;
    with_s.assign(tokens[i].text);
    with_s += "'s";
    const bool known = lexicon && lexicon->names.contains(with_s);
    const bool owns_nothing = i + 2 < tokens.size() && ((tokens[i + 2].tags & tag_comma) ||
                                                        (tokens[i + 2].tags == tag_past_word && i + 3 < tokens.size() &&
                                                         (tokens[i + 3].tags & (tag_determiner | tag_possessive))));
    if (!known && !owns_nothing) continue;
    Token& name = tokens[i];
    name.span.end = tokens[i + 1].span.end;
    name.text = text.substr(name.span.begin, name.span.end - name.span.begin);
    name.lower += "'s";
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  return tokens;
}

std::size_t named_disaster_length(const std::vector<Token>& tokens, std::size_t i, const EventLexicon& lexicon) {
  if (tokens[i].kind != TokenKind::word || !tokens[i].capitalised || tokens[i].all_caps) return 0;
  const std::size_t n = i + 1 < tokens.size() && tokens[i + 1].lower == "storm" ? 2 : 1;  // "Tropical Storm"
  std::string phrase(tokens[i].lower);
  if (n == 2) phrase += " storm";
  const auto it = lexicon.triggers.find(phrase);
  if (it == lexicon.triggers.end() ||
      std::none_of(it->second.begin(), it->second.end(),
                   [](const EventLexicon::Trigger& t) { return t.role == LexiconRole::noun && t.type == "disaster"; }))
    return 0;
  const std::size_t name = i + n;
  if (name >= tokens.size() || tokens[name].kind != TokenKind::word || !tokens[name].capitalised ||
      tokens[name].all_caps || tokens[name].tags || lexicon.triggers.contains(tokens[name].lower))
    return 0;
  // "fired Storm Shadow missiles", "the Storm Shadow missiles": a name that modifies a noun after a
  // determiner or before a plural the lexicon has no verb for names a thing.
  if (i > 0 && (tokens[i - 1].tags & tag_determiner)) return 0;
  if (const std::size_t next = name + 1;
      next < tokens.size() && tokens[next].kind == TokenKind::word && !tokens[next].capitalised &&
      tokens[next].tags == 0 && tokens[next].lower.ends_with('s') && !lexicon.triggers.contains(tokens[next].lower))
    return 0;
  return n + 1;
}

std::vector<TriggerMatch> match_triggers(const std::vector<Token>& tokens, const EventLexicon& lexicon) {
  std::vector<TriggerMatch> matches;
  std::string phrase;
  for (std::size_t i = 0; i < tokens.size();) {
    // "Storm Amy", "Hurricane Melissa", "Tropical Storm Erin": a disaster noun and its name are one
    // event noun, inside a sentence too.
    if (const std::size_t n = named_disaster_length(tokens, i, lexicon); n != 0) {
      std::string noun(tokens[i].lower);
      if (n == 3) noun += " storm";
      TriggerMatch match{i, i + n, {}};
      for (const EventLexicon::Trigger& t : lexicon.triggers.find(noun)->second)
        if (t.role == LexiconRole::noun) match.readings.push_back(t);
      matches.push_back(std::move(match));
      i += n;
      continue;
    }
    // A capitalised word inside a sentence is a name ("the United States"), not an event word.
    const bool name_like = tokens[i].capitalised && i > 0 && !(tokens[i - 1].tags & (tag_quote | tag_open_paren));
    if (tokens[i].kind != TokenKind::word || name_like) {
      ++i;
      continue;
    }
    const auto longest = lexicon.longest_trigger.find(tokens[i].lower);
    std::size_t matched = 0;
    if (longest != lexicon.longest_trigger.end()) {
      for (std::size_t n = std::min(longest->second, tokens.size() - i); n >= 1 && !matched; --n) {
        phrase.clear();
        bool words = true;
        for (std::size_t k = i; k < i + n && words; ++k) {
          words = tokens[k].kind == TokenKind::word;
          if (k > i) phrase += ' ';
          phrase += tokens[k].lower;
        }
        if (!words) continue;
        if (auto it = lexicon.triggers.find(phrase); it != lexicon.triggers.end()) {
          matches.push_back({i, i + n, it->second});
          matched = n;
        }
      }
    }
    i += matched ? matched : 1;
  }
  return matches;
}

}  // namespace annalist::events_detail
