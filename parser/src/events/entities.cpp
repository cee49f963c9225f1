// Named entities: gazetteer names (longest match, case-sensitive), title + name sequences for
// people, capitalised sequences for other names (organisations when they end in an
// organisation word), and acronyms tied to the long form written before them in brackets.
#include "entities.hpp"

#include "english/irregular_verbs.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

namespace annalist::events_detail {

namespace {

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Last words that make a capitalised sequence an organisation.
bool is_organisation_head(std::string_view w) {
  static constexpr std::array<std::string_view, 45> heads{
      "Union",      "Organization", "Organisation", "Council",    "Commission", "Committee", "Ministry",
      "Bank",       "Fund",         "Party",        "Agency",     "Institute",  "Court",     "Assembly",
      "Parliament", "Government",   "Corporation",  "Company",    "Inc.",       "Ltd",       "Ltd.",
      "Group",      "Association",  "Federation",   "League",     "Alliance",   "Forum",     "Center",
      "Centre",     "University",   "Service",      "Office",     "Authority",  "Army",      "Forces",
      "Front",      "Movement",     "Board",        "Department", "Program",    "Programme", "Corp.",
      "Co.",        "Foundation"};
  return std::find(heads.begin(), heads.end(), w) != heads.end();
}

// The last word of a place named after another: "Miami Beach", "Orange County", "Panama City",
// "Florida Straits", "Jordan Valley".
bool is_place_head(std::string_view w) {
  static constexpr std::array<std::string_view, 22> heads{
      "Beach",     "County",    "City",   "Island",  "Islands",  "Bay",     "Valley", "Heights",
      "Springs",   "Falls",     "Harbor", "Harbour", "Strait",   "Straits", "Lake",   "River",
      "Mountains", "Peninsula", "Gulf",   "Coast",   "Province", "Canal"};
  return std::find(heads.begin(), heads.end(), w) != heads.end();
}

// Lower-case words that may join the parts of a name: "Organization for Security and Cooperation
// in Europe", "Commonwealth of Independent States".
bool is_name_connector(std::string_view w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "in" || w == "on" || w == "&";
}

// Lower-case particles inside foreign names, which only ever join capitalised words: "Dar es
// Salaam", "Osama bin Laden", "Ludwig van Beethoven". Not English words ("do", "den" are left
// out), so unlike "of" they never open a clause before a name.
bool is_name_particle(std::string_view w) {
  static constexpr std::array<std::string_view, 23> particles{"es",  "bin",   "ibn", "bint", "van", "von", "der", "den",
                                                              "del", "della", "dei", "di",   "da",  "dos", "das", "du",
                                                              "des", "de",    "la",  "le",   "los", "ter", "zu"};
  return std::find(particles.begin(), particles.end(), w) != particles.end();
}

// Whether `w` is one syllable of Korean or Chinese romanised as news writes it: an onset, vowels
// and a final n, ng, k, l, m, p or t ("Jae", "myung", "Jong", "un", "yeol", "Kai", "shek", "tung").
bool is_romanised_syllable(std::string_view w) {
  if (w.size() < 2) return false;  // "U-boat"
  std::size_t i = 0;
  const auto at = [&](std::string_view s) { return w.substr(i, s.size()) == s; };
  for (std::string_view onset : {"ch", "sh", "ts", "hs", "zh", "j", "k", "g", "h", "m", "n", "p",
                                 "b",  "s",  "t",  "d",  "x",  "q", "z", "r", "l", "y", "w"})
    if (at(onset)) {
      i += onset.size();
      break;
    }
  if (i < w.size() && (w[i] == 'y' || w[i] == 'w') && i > 0) ++i;
  const std::size_t vowels = i;
  while (i < w.size() && std::string_view("aeiou").find(w[i]) != std::string_view::npos) ++i;
  if (i == vowels || i - vowels > 3) return false;
  for (std::string_view coda : {"ng", "ck", "n", "k", "l", "m", "p", "t"})
    if (at(coda)) {
      i += coda.size();
      break;
    }
  return i == w.size();
}

bool is_name_word(const Token& t) {
  // "Toronto-based", "Kazakh-speaking": adjectives, not names; but a Korean or Chinese given name
  // of two syllables is hyphenated so ("Lee Jae-myung", "Kim Jong-un", "Chiang Kai-shek").
  if (const auto dash = t.text.rfind('-');
      dash != std::string_view::npos && dash + 1 < t.text.size() && t.text[dash + 1] >= 'a' &&
      t.text[dash + 1] <= 'z' &&
      !(dash == t.text.find('-') && is_romanised_syllable(std::string_view(t.lower).substr(0, dash)) &&
        is_romanised_syllable(std::string_view(t.lower).substr(dash + 1))))
    return false;
  // "When Bulgaria joined ...": "when" opens a clause and is never part of a name (the closed
  // class has it untagged, since it also dates: "when the treaty was signed").
  if (t.lower == "when" || t.lower == "whenever") return false;
  return t.kind == TokenKind::word && t.capitalised &&
         !(t.tags & (tag_determiner | tag_preposition | tag_conjunction | tag_subordinator | tag_pronoun | tag_be |
                     tag_have | tag_future | tag_modal | tag_do | tag_negation));
}

// The number of particles at token k that join a name to the name word after them ("Anna de
// Vries", "Mohammed bin Salman", "Ursula von der Leyen"), or 0.
std::size_t particles_before_name(const std::vector<Token>& tokens, std::size_t k) {
  std::size_t n = 0;
  while (k + n < tokens.size() && n < 2 && is_name_particle(tokens[k + n].text)) ++n;
  return n > 0 && k + n < tokens.size() && is_name_word(tokens[k + n]) ? n : 0;
}

// Longest gazetteer entry starting at token i: (number of tokens, name) or (0, nullptr).
std::pair<std::size_t, const EventLexicon::Name*> match_name(const std::vector<Token>& tokens, std::size_t i,
                                                             const EventLexicon& lexicon, std::string& buffer) {
  if (tokens[i].kind != TokenKind::word) return {0, nullptr};
  // "... in Dearborn, Mich.": the sentence's last dot is also the abbreviation's.
  if (i + 2 == tokens.size() && tokens[i + 1].text == ".") {
    buffer.assign(tokens[i].text);
    buffer += '.';
    if (auto it = lexicon.names.find(buffer); it != lexicon.names.end()) return {1, &it->second};
  }
  const auto longest = lexicon.longest_name.find(tokens[i].text);
  if (longest == lexicon.longest_name.end()) return {0, nullptr};
  for (std::size_t n = std::min(longest->second, tokens.size() - i); n >= 1; --n) {
    buffer.clear();
    bool ok = true;
    for (std::size_t k = i; k < i + n && ok; ++k) {
      ok = tokens[k].kind != TokenKind::timex;
      // "Washington, D.C." style punctuation inside names is not supported: words only.
      if (k > i) buffer += ' ';
      buffer += tokens[k].text;
    }
    if (!ok) continue;
    if (auto it = lexicon.names.find(buffer); it != lexicon.names.end()) return {n, &it->second};
  }
  return {0, nullptr};
}

EntityKind kind_of(NameKind k) {
  switch (k) {
    case NameKind::country:
      return EntityKind::country;
    case NameKind::place:
      return EntityKind::place;
    case NameKind::organisation:
      return EntityKind::organisation;
    case NameKind::title:
      return EntityKind::person;
    case NameKind::term:
      break;  // no entity (extract_entities skips terms)
  }
  return EntityKind::name;
}

std::string join_text(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
  std::string s;
  for (std::size_t k = begin; k < end; ++k) {
    if (k > begin && tokens[k].kind != TokenKind::punctuation) s += ' ';
    s += tokens[k].text;
  }
  return s;
}

// An all-capital name written as a name: "WASHINGTON" -> "Washington", "O'SMACH" -> "O'Smach",
// "PORT-AU-PRINCE" -> "Port-Au-Prince". A letter after a letter is lowered; bytes beyond ASCII stay.
std::string title_case(std::string_view text) {
  std::string out(text);
  bool after_letter = false;
  for (char& c : out) {
    const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
    if (upper && after_letter) c = static_cast<char>(c - 'A' + 'a');
    after_letter = upper || lower;
  }
  return out;
}

// Tokens inside short quotations ("the “Kazakhstan 2050” strategy"): the name of a document or
// strategy, whose words are not actors.
std::vector<bool> inside_short_quotes(const std::vector<Token>& tokens) {
  std::vector<bool> inside(tokens.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!(tokens[i].tags & tag_quote) || tokens[i].text == "\xE2\x80\x9D") continue;
    for (std::size_t j = i + 1; j < tokens.size() && j <= i + 7; ++j)
      if (tokens[j].tags & tag_quote) {
        for (std::size_t k = i + 1; k < j; ++k) inside[k] = true;
        i = j;
        break;
      }
  }
  return inside;
}

// True for a word that can be part of a personal name: capitalised letters, with inner
// apostrophes, hyphens or an initial's dot ("O'Brien", "Jean-Paul", "J."); not "EEU" or "G7".
bool is_personal_name_word(const Token& t) {
  if (!is_name_word(t) || t.all_caps || t.tags & tag_quote) return false;
  return std::none_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Generic nouns that end or make up the names of companies, places, states and institutions, so
// that "Florida Straits", "Truman Presidential Library", "Unisys Corp", "Ottoman Empire" or
// "European Axis" are not people's names.
bool is_impersonal_name_word(std::string_view w) {
  // clang-format off
  static constexpr std::array<std::string_view, 82> words{
      "Inc", "Corp", "Co", "Cos", "Ltd", "LLC", "Plc", "PLC", "AG", "SA", "NV", "Holdings", "Industries",
      "Systems", "Airlines", "Airways", "Lines", "Motors", "Savings", "Bancorp", "Securities", "Partners",
      "Associates", "Electric", "Technologies", "Communications",
      "Strait", "Straits", "River", "Sea", "Ocean", "Island", "Islands", "Bay", "Lake", "Mountain", "Mountains",
      "Valley", "Street", "Avenue", "Road", "Square", "County", "Province", "State", "City", "Airport", "Beach",
      "Park", "Bridge", "Canal", "Coast", "Gulf", "Peninsula", "Hills",
      "Library", "Museum", "Hospital", "School", "College", "Academy", "Church", "Cathedral", "Stadium", "Hotel",
      "Prison", "Times", "Post", "News", "Journal", "Herald", "Tribune",
      "Empire", "Republic", "Kingdom", "Axis", "Front", "North", "South", "East", "West", "Incident"};
  // clang-format on
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The endings of adjectives of nationality, region or faith: "European", "Brazilian", "Republican",
// "Jewish", "Chinese". Surnames share some ("Slepian"); the caller asks for an adjective's place.
bool is_demonym_adjective(std::string_view w) {
  static constexpr std::array<std::string_view, 5> endings{"ean", "ian", "can", "ish", "ese"};
  return w.size() > 4 &&
         std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return w.ends_with(e); });
}

// An abstract noun's ending: "Inflation", "Unemployment", "Security".
bool has_abstract_noun_ending(std::string_view w) {
  static constexpr std::array<std::string_view, 17> endings{"tion", "sion", "ment", "ness", "ity", "ance",
                                                            "ence", "ism",  "ship", "ure",  "age", "ery",
                                                            "acy",  "ogy",  "dom",  "hood", "ency"};
  return std::any_of(endings.begin(), endings.end(),
                     [&](std::string_view e) { return w.size() > e.size() + 2 && w.ends_with(e); });
}

// Common words news opens sentences with ("Oil", "Growth", "Nobody", "There"), and the singulars of
// common nouns news opens sentences with in the plural ("Shares", "Prices", "Dozens").
bool is_common_news_word(std::string_view w) {
  return is_one_of(
      w, {"there",     "here",    "what",    "nothing",  "everything", "everyone", "everybody", "someone", "somebody",
          "something", "nobody",  "none",    "most",     "few",        "much",     "half",      "oil",     "gold",
          "silver",    "copper",  "growth",  "demand",   "output",     "revenue",  "profit",    "income",  "debt",
          "trade",     "turnout", "traffic", "power",    "work",       "crime",    "rain",      "snow",    "water",
          "food",      "aid",     "help",    "money",    "war",        "peace",    "health",    "labor",   "labour",
          "industry",  "credit",  "energy",  "gas",      "coal",       "steel",    "wheat",     "police",  "such",
          "one",       "another", "people",  "children", "share",      "stock",    "bond",      "market",  "price",
          "yield",     "sale",    "export",  "import",   "rate",       "cost",     "troop",     "force",   "hundred",
          "thousand",  "dozen",   "million", "billion",  "thing",      "right",    "bank",      "firm",    "home",
          "vote",      "poll",    "result",  "citizen",  "earning",    "fund",     "asset",     "loan",    "job",
          "good",      "other"});
}

// Roles that act said without a determiner: "Police arrested three men", "Prosecutors said".
bool is_bare_role(std::string_view w) {
  return is_one_of(w, {"police", "prosecutors", "troops", "authorities", "rebels"});
}

// Whether a capitalised word in -s reads as the plural of a common noun. No English plural ends in
// "'s", "ss", "us" or "is" ("Moody's", "Congress", "Airbus", "Paris"). Nouns of people and roles
// have endings of their own ("Officials", "Analysts", "Residents", "Protesters", "Authorities",
// "Bulgarians"); other plurals are known by their singular, from the lexicon or the common words
// ("Shares", "Talks", "Negotiations"). A word in -s known neither way is a name: "Siemens",
// "Nexans", "Lazards", "Hermes" (no English word list is at hand, so an unknown plural is a name).
bool reads_as_plural_noun(std::string_view w, const EventLexicon& lexicon) {
  if (w.size() < 3 || !w.ends_with('s') || w.ends_with("'s") || w.ends_with("ss") || w.ends_with("us") ||
      w.ends_with("is"))
    return false;
  if (is_bare_role(w)) return true;
  static constexpr std::array<std::string_view, 10> plural_endings{"ers", "ors", "sts",  "nts", "ies",
                                                                   "als", "ees", "ives", "ics", "ces"};
  if (std::any_of(plural_endings.begin(), plural_endings.end(), [&](std::string_view e) { return w.ends_with(e); }))
    return true;
  const std::string_view singular = w.substr(0, w.size() - 1);
  const std::string_view es_singular = w.ends_with("es") ? w.substr(0, w.size() - 2) : singular;
  for (const std::string_view s : {singular, es_singular})
    if (lexicon.triggers.contains(s) || is_common_news_word(s) || has_abstract_noun_ending(s) ||
        is_demonym_adjective(s))
      return true;
  return false;
}

// Whether a capitalised word opening a sentence reads as a common word rather than a name:
// a trigger ("Fighting", "Talks"), a plural ("Analysts", "Shares", "Gunmen"; not "Siemens",
// "Airbus", "Moody's"), a gerund ("Voting"; not "Boeing"), an abstract noun's ending ("Inflation",
// "Unemployment", "Security"), or a common word news opens sentences with ("Oil", "Nobody").
bool reads_as_common_word(const Token& t, const EventLexicon& lexicon) {
  const std::string_view w = t.lower;
  if (lexicon.triggers.contains(t.lower)) return true;
  if (reads_as_plural_noun(w, lexicon) || (w.size() > 4 && w.ends_with("men"))) return true;  // "Gunmen"
  if (w.size() > 5 && w.ends_with("ing") && std::string_view("aeiou").find(w[w.size() - 4]) == std::string_view::npos)
    return true;
  return has_abstract_noun_ending(w) || is_common_news_word(w);
}

// Whether the word at k opens the verb group of a clause: a past ("reported", "met"), "said" or
// "says", "will", a modal or "has".
bool opens_finite_verb_group(const Token& t) {
  return (t.tags & (tag_past_word | tag_future | tag_modal)) || ((t.tags & tag_have) && !(t.tags & tag_past_aux)) ||
         t.lower == "said" || t.lower == "says";
}

// Whether the word at k is a past spelt as its base ("beat", "cut", "hit") before its object (a
// name, a determiner or a number): "Liverpool beat Chelsea 3-1", "Intel cut 4,000 jobs".
bool opens_past_spelt_as_base(const std::vector<Token>& tokens, std::size_t k) {
  if (k + 1 >= tokens.size() || tokens[k].kind != TokenKind::word || tokens[k].tags || tokens[k].capitalised)
    return false;
  const english::IrregularVerb* v = english::irregular_verb(tokens[k].lower);
  if (!v || v->past != v->base) return false;
  const Token& next = tokens[k + 1];
  return next.kind == TokenKind::number || (next.tags & tag_determiner) || is_name_word(next);
}

// Royals and clergy are called by their given name: "King Hussein", "Pope Francis", "Sister Jeanne".
bool is_given_name_title(std::string_view title) {
  static constexpr std::array<std::string_view, 14> titles{"King",    "Queen",   "Prince",  "Princess", "Crown Prince",
                                                           "Emperor", "Empress", "Pope",    "Sultan",   "Emir",
                                                           "Sheikh",  "Sister",  "Brother", "Father"};
  return std::find(titles.begin(), titles.end(), title) != titles.end();
}

// Whether an aside after a comma at token `comma` says what the word before it is: "Codelco, the
// state copper giant, said", "MindSpring, which provided the space, closed". ("Overall, the
// economy grew": no comma closes an apposition before a verb.)
bool described_by_aside(const std::vector<Token>& tokens, std::size_t comma) {
  if (comma + 2 >= tokens.size() || !(tokens[comma].tags & tag_comma)) return false;
  const Token& next = tokens[comma + 1];
  if (next.lower == "who" || next.lower == "which") return true;
  if (!is_one_of(next.lower, {"the", "a", "an"})) return false;
  for (std::size_t k = comma + 2; k < tokens.size() && k <= comma + 8; ++k) {
    if (tokens[k].tags & (tag_clause_break | tag_subordinator | tag_conjunction)) return false;
    if (tokens[k].tags & tag_comma)
      return k + 1 < tokens.size() && ((tokens[k + 1].tags & tag_past_word) || tokens[k + 1].lower == "said");
  }
  return false;
}

// Records tokens [begin, end) said as `said` when all of them can be a personal name; true if so.
// `title` is the title said before them, if any.
bool note_person(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, const std::string& said,
                 const EventLexicon& lexicon, DocumentNames& names, std::string_view title = {}) {
  PersonMention m{said, {}, is_given_name_title(title)};
  for (std::size_t k = begin; k < end; ++k) {
    if (k > begin && is_name_particle(tokens[k].text)) continue;  // "Anna de Vries": {"Anna", "Vries"}
    // "Elian American": a gazetteer word is not part of a personal name.
    if (!is_personal_name_word(tokens[k]) || is_impersonal_name_word(tokens[k].text) ||
        (end - begin > 1 && lexicon.names.contains(tokens[k].text)))
      return false;
    m.words.emplace_back(tokens[k].text);
  }
  // "Simultaneously Nixon", "Following Huerta": a capitalised common word before a name is no
  // given name, and such a name no person to take a surname said alone.
  const Token& given = tokens[begin];
  if (m.words.size() >= 2 && !(given.tags & tag_adverb) && !reads_as_common_word(given, lexicon)) {
    std::vector<std::string>& full = names.full_names[m.words.back()];
    std::erase(full, said);
    full.push_back(said);
  }
  if (names.people_seen.insert(m).second) names.people.push_back(std::move(m));
  return true;
}

// The personal name said last before with `word` as its surname ("Elian Gonzalez" for a later
// "Gonzalez", the nearer of two Gonzalezes), or nothing: a gazetteer name, a name said as a place
// ("in Virginia"), a common word ("War") and a given name after a royal title ("King Hussein")
// are no surname, nor is a word that ends three names or more ("Spring Offensive", "Nivelle
// Offensive", "Winter Offensive": a common noun of names).
const std::string* nearest_full_name(const Token& word, const EventLexicon& lexicon, const DocumentNames& names) {
  if (lexicon.names.contains(word.text) || names.places.contains(word.text) || reads_as_common_word(word, lexicon))
    return nullptr;
  // "King Hussein" beside "Saddam Hussein": a bare "Hussein" may be either.
  if (std::any_of(names.people.begin(), names.people.end(), [&](const PersonMention& m) {
        return m.given_name_title && m.words.size() == 1 && m.words.front() == word.text;
      }))
    return nullptr;
  const auto found = names.full_names.find(word.text);
  return found == names.full_names.end() || found->second.size() > 2 ? nullptr : &found->second.back();
}

// Whether a gazetteer word is a people's plural, which names its country as the adjective does
// ("Albanians", "Iraqis": the plural of a demonym of the same country).
bool is_peoples_plural(std::string_view word, const EventLexicon::Name& name, const EventLexicon& lexicon) {
  if (name.kind != NameKind::country || word.size() < 4 || !word.ends_with('s')) return false;
  const auto adjective = lexicon.names.find(word.substr(0, word.size() - 1));
  return adjective != lexicon.names.end() && adjective->second.canonical == name.canonical;
}

// Whether a titled person's name starts at token `k`, after at most two capitalised words of the
// title ("President Emmanuel Macron", "Commerce Minister Piyush Goyal").
bool titled_person_at(const std::vector<Token>& tokens, std::size_t k, const EventLexicon& lexicon,
                      std::string& buffer) {
  for (std::size_t t = k; t < tokens.size() && t <= k + 2; ++t) {
    const auto [n, name] = match_name(tokens, t, lexicon, buffer);
    if (name && name->kind == NameKind::title)
      return t + n < tokens.size() && is_name_word(tokens[t + n]) && !match_name(tokens, t + n, lexicon, buffer).second;
    if (name || !is_name_word(tokens[t])) return false;
  }
  return false;
}

}  // namespace

std::map<std::string, std::string, std::less<>> canonical_person_names(const DocumentNames& names,
                                                                       const EventLexicon& lexicon) {
  // A longer name is known by its first and last words ("James C. Kopp" and "James Kopp" are
  // one person) and shown as first said; each first or last word lists the names it is part of.
  using FirstLast = std::pair<std::string, std::string>;
  std::map<FirstLast, std::string> first_said;
  std::map<std::string, std::set<FirstLast>, std::less<>> names_with_word;
  for (const PersonMention& m : names.people) {
    // "King Hussein" is known by title and name: a bare "Hussein" beside "Saddam Hussein" is
    // then ambiguous.
    if (m.words.size() == 1 && m.given_name_title) {
      FirstLast key{m.said, m.words.front()};
      first_said.try_emplace(key, m.said);
      names_with_word[m.words.front()].insert(key);
      continue;
    }
    if (m.words.size() < 2) continue;
    FirstLast key{m.words.front(), m.words.back()};
    first_said.try_emplace(key, m.said);
    names_with_word[m.words.front()].insert(key);
    names_with_word[m.words.back()].insert(key);
  }
  // One-word names said first with a title: "President Bush", then "Mr. Bush" or "Bush".
  std::map<std::string, std::string, std::less<>> first_titled;
  for (const PersonMention& m : names.people)
    if (m.words.size() == 1 && m.said != m.words.front()) first_titled.try_emplace(m.words.front(), m.said);
  std::map<std::string, std::string, std::less<>> canonical;
  for (const PersonMention& m : names.people) {
    if (m.words.size() >= 2) {
      canonical.try_emplace(m.said, first_said.at({m.words.front(), m.words.back()}));
      continue;
    }
    if (m.given_name_title) continue;
    // A gazetteer name or a name said as a place ("Washington" beside "George Washington",
    // "in Virginia" beside "Virginia Welch") is not a person.
    const std::string& word = m.words.front();
    if (lexicon.names.contains(word) || names.places.contains(word)) continue;
    if (const auto longer = names_with_word.find(word); longer != names_with_word.end()) {
      if (longer->second.size() == 1) canonical.try_emplace(m.said, first_said.at(*longer->second.begin()));
    } else if (const auto titled = first_titled.find(word); titled != first_titled.end()) {
      canonical.try_emplace(m.said, titled->second);
    }
  }
  return canonical;
}

std::vector<Entity> find_entities(const std::vector<Token>& tokens, const EventLexicon& lexicon, DocumentNames& names) {
  std::vector<Entity> entities;
  const std::vector<bool> quoted = inside_short_quotes(tokens);
  std::string buffer;
  std::size_t i = 0;
  // Attaches "(ACRONYM)" after an entity to it, and remembers the acronym for the document.
  auto take_acronym = [&](Entity& e) {
    if (e.end + 2 < tokens.size() && (tokens[e.end].tags & tag_open_paren) && tokens[e.end + 1].all_caps &&
        (tokens[e.end + 2].tags & tag_close_paren)) {
      names.acronyms[std::string(tokens[e.end + 1].text)] = {e.canonical, e.kind};
      e.end += 3;
    }
  };
  std::pair<std::size_t, std::size_t> agency{0, 0};  // "(Reuters)" after a dateline's region
  std::vector<std::size_t> offices;                  // where a titled name after a country starts
  while (i < tokens.size()) {
    if (i == agency.first && i < agency.second) {
      i = agency.second;
      continue;
    }
    const Token& t = tokens[i];
    if (t.kind != TokenKind::word || quoted[i] || !(t.capitalised || t.all_caps)) {
      ++i;
      continue;
    }
    auto [n, name] = match_name(tokens, i, lexicon, buffer);
    // A title followed by capitalised names is a person: "President Nursultan Nazarbayev".
    if (name && name->kind == NameKind::title) {
      std::size_t j = i + n;
      // "Economy Minister Anna de Vries", "Crown Prince Mohammed bin Salman": particles inside.
      while (j < tokens.size() && j < i + n + 6) {
        if (const std::size_t p = particles_before_name(tokens, j); p > 0)
          j += p;
        else if (!is_name_word(tokens[j]) || match_name(tokens, j, lexicon, buffer).second)
          break;
        ++j;
      }
      if (j > i + n) {
        // "President Nazarbayev" becomes "President Nursultan Nazarbayev" once the whole
        // document is read (canonical_person_names).
        Entity e{i, j, EntityKind::person, join_text(tokens, i, j)};
        if (note_person(tokens, i + n, j, e.canonical, lexicon, names, join_text(tokens, i, i + n)))
          names.surnames.emplace(tokens[j - 1].text);
        entities.push_back(std::move(e));
        i = j;
        continue;
      }
      i += n;
      continue;
    }
    // "Storm Amy hit Scotland": a named disaster is an event, no one who acts.
    if (const std::size_t d = named_disaster_length(tokens, i, lexicon); d != 0) {
      i += d;
      continue;
    }
    // "3 percent of GDP", "the CEO said": a term is no name of anyone.
    if (name && name->kind == NameKind::term) {
      i += n;
      continue;
    }
    if (name) {
      // A people's plural after a qualifier names a people that is no state, as said; neither word
      // names a country: "ethnic Albanians" (a minority), "French Algerians", "Bosnian Serbs",
      // "Kosovo Albanians" (a people's adjective or a country before it). The qualified adjective
      // describes a word after it and names no one ("an ethnic Albanian leader").
      const bool qualified = i > 0 && is_one_of(tokens[i - 1].lower, {"ethnic", "expatriate", "exiled"});
      const std::size_t first = qualified ? i - 1 : i;
      if (n == 1 && is_peoples_plural(t.text, *name, lexicon) && qualified) {
        entities.push_back({first, i + 1, EntityKind::name, join_text(tokens, first, i + 1)});
        ++i;
        continue;
      }
      if (name->kind == NameKind::country && i + n < tokens.size()) {
        const auto [m, people] = match_name(tokens, i + n, lexicon, buffer);
        if (m == 1 && people && people->canonical != name->canonical &&
            is_peoples_plural(tokens[i + n].text, *people, lexicon)) {
          entities.push_back({first, i + n + 1, EntityKind::name, join_text(tokens, first, i + n + 1)});
          i += n + 1;
          continue;
        }
        // "Bosnian Serbs", "Iraqi Kurds", "Sri Lankan Tamils": a people's adjective before a plural name
        // the gazetteer does not know, which ends the name, is a people that is no state, as said.
        const Token& next = tokens[i + n];
        const std::string_view w = next.text;
        if (!people && is_name_word(next) && !next.all_caps && w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") &&
            !w.ends_with("us") && !w.ends_with("is") && !w.ends_with("'s") && !is_organisation_head(w) &&
            !is_place_head(w) && !reads_as_common_word(next, lexicon) &&
            !(i + n + 1 < tokens.size() &&
              (is_name_word(tokens[i + n + 1]) || is_name_connector(tokens[i + n + 1].lower) ||
               (tokens[i + n + 1].tags & tag_possessive)))) {
          entities.push_back({first, i + n + 1, EntityKind::name, join_text(tokens, first, i + n + 1)});
          i += n + 1;
          continue;
        }
      }
      // "Indian Commerce Minister Piyush Goyal", "Chinese Foreign Minister Wang Yi": a country before a
      // titled name says whose office the title is; the person acts, not a second actor beside them.
      if (name->kind == NameKind::country && (qualified || titled_person_at(tokens, i + n, lexicon, buffer))) {
        if (!qualified) offices.push_back(i + n);
        i += n;
        continue;
      }
      if ((name->kind == NameKind::place || name->kind == NameKind::country) && i + n < tokens.size()) {
        const Token& next = tokens[i + n];
        // "the Australian Open", "the Monaco Grand Prix", "the Asian Games": a contest named after a
        // place or a people is no actor, nor is its place or country.
        const bool grand_prix = next.text == "Grand" && i + n + 1 < tokens.size() && tokens[i + n + 1].text == "Prix";
        if (grand_prix ||
            (is_name_word(next) && is_one_of(next.text, {"Open", "Cup", "Games", "Olympics", "Championship",
                                                         "Championships", "Masters", "Marathon", "Derby"}))) {
          std::size_t j = i + n + 1;
          while (j < tokens.size() && is_name_word(tokens[j]) && !match_name(tokens, j, lexicon, buffer).second) ++j;
          i = j;
          continue;
        }
        // "Jordan Bardella", "Israel Katz", "Chad Daybell": a country that is also a given name, before
        // one more name word that names no place, thing or institution, is a person.
        const bool given_name = name->kind == NameKind::country && n == 1 &&
                                is_one_of(t.text, {"Jordan", "Israel", "Chad", "Georgia", "India", "Kenya"});
        if (given_name && is_name_word(next) && !next.all_caps && !next.text.ends_with('s') &&
            !match_name(tokens, i + n, lexicon, buffer).second && !is_organisation_head(next.text) &&
            !is_place_head(next.text) && !is_impersonal_name_word(next.text) &&
            !is_one_of(next.text, {"Radio", "Television", "Post", "Tech", "Power", "Telecom", "Police", "Today"}) &&
            !(i + n + 1 < tokens.size() && is_name_word(tokens[i + n + 1]))) {
          entities.push_back({i, i + n + 1, EntityKind::person, join_text(tokens, i, i + n + 1)});
          i += n + 1;
          continue;
        }
      }
      // "New York Stock Exchange": a place that starts an organisation's name.
      if (name->kind == NameKind::place || name->kind == NameKind::country) {
        std::size_t j = i + n;
        bool organisation = false;
        while (j < tokens.size() && is_name_word(tokens[j]) && !match_name(tokens, j, lexicon, buffer).second) {
          if (is_organisation_head(tokens[j].text)) organisation = true;
          ++j;
        }
        if (organisation) {
          Entity e{i, j, EntityKind::organisation, join_text(tokens, i, j)};
          take_acronym(e);
          i = e.end;
          entities.push_back(std::move(e));
          continue;
        }
        // "Miami Beach": one more word naming a kind of place makes another place.
        if (j == i + n + 1 && is_place_head(tokens[i + n].text)) {
          entities.push_back({i, j, EntityKind::place, join_text(tokens, i, j)});
          i = j;
          continue;
        }
      }
      Entity e{i, i + n, kind_of(name->kind), name->canonical};
      take_acronym(e);
      i = e.end;
      entities.push_back(std::move(e));
      continue;
    }
    if (t.all_caps) {
      if (auto a = names.acronyms.find(t.text); a != names.acronyms.end()) {
        entities.push_back({i, i + 1, a->second.second, a->second.first});
        ++i;
        continue;
      }
    }
    if (names.surnames.contains(t.text)) {
      entities.push_back({i, i + 1, EntityKind::person, std::string(t.text)});
      note_person(tokens, i, i + 1, entities.back().canonical, lexicon, names);
      if (const std::string* full = nearest_full_name(t, lexicon, names)) entities.back().canonical = *full;
      ++i;
      continue;
    }
    // "Leaders of the Andean Trade Council": a capitalised common word at the start of a
    // clause is not part of the name after it. Joined by "and" to a capitalised word it names one
    // thing with it ("Law and Justice leader Jaroslaw Kaczynski", "Research and Development").
    const bool at_clause_start = i == 0 || (tokens[i - 1].kind == TokenKind::punctuation &&
                                            !(tokens[i - 1].tags & (tag_possessive | tag_comma)));
    const bool coordinated_name = i + 2 < tokens.size() &&
                                  (tokens[i + 1].lower == "and" || tokens[i + 1].lower == "&") &&
                                  is_name_word(tokens[i + 2]);
    // An all-capitals word opening the sentence is a dateline's ("RIO DE JANEIRO, Nov 19 ...").
    if (at_clause_start && i + 1 < tokens.size() && is_name_connector(tokens[i + 1].lower) && !coordinated_name &&
        !(i == 0 && t.all_caps)) {
      ++i;
      continue;
    }
    // A capitalised sequence, with connectors between capitalised words ("Commonwealth of
    // Independent States"); after an organisation word a known name may follow ("Council of the
    // European Union").
    std::size_t j = i;
    while (j < tokens.size()) {
      if (is_name_word(tokens[j]) && !quoted[j]) {
        ++j;
        continue;
      }
      std::size_t c = j;
      while (c < tokens.size() && c < j + 2 && (is_name_connector(tokens[c].lower) || is_name_particle(tokens[c].text)))
        ++c;
      // "Group of 20", "Committee of 100": an organisation numbered by its members, which the
      // number ends.
      if (j > i && c == j + 1 && tokens[j].lower == "of" && c < tokens.size() && tokens[c].kind == TokenKind::number &&
          tokens[c].text.size() <= 3 &&
          std::all_of(tokens[c].text.begin(), tokens[c].text.end(), [](char d) { return d >= '0' && d <= '9'; }) &&
          is_organisation_head(tokens[j - 1].text)) {
        j = c + 1;
        break;
      }
      if (j == i || c == j || c >= tokens.size() || !is_name_word(tokens[c])) break;
      const auto [known_length, known] = match_name(tokens, c, lexicon, buffer);
      if (known && !(is_organisation_head(tokens[j - 1].text) && known->kind != NameKind::title)) break;
      j = known ? c + known_length : c + 1;
    }
    if (j == i) {
      ++i;
      continue;
    }
    bool named_organisation = false;
    // "the FNV union", "the Teamsters union", "the Conservative party", "the Trump administration":
    // a name before a common noun of an organisation names that organisation.
    if (i > 0 && (tokens[i - 1].tags & (tag_determiner | tag_possessive)) && j < tokens.size() &&
        tokens[j].kind == TokenKind::word && !tokens[j].capitalised &&
        is_one_of(tokens[j].lower, {"union", "party", "group", "movement", "militia", "alliance", "coalition",
                                    "federation", "association", "administration", "government", "faction"})) {
      ++j;
      named_organisation = true;
    }
    // A capitalised word at the start of a sentence or clause is usually just capitalised.
    const bool clause_start = at_clause_start;
    // "Nvidia reported record sales", "Boeing will cut jobs": one word before a verb group is its
    // subject, and a name when it reads as no common word ("Inflation rose", "Analysts expect").
    // "Glencore shares rose": one word before "shares" and a verb group is the company whose
    // shares they are, unless it names a sector ("Tech shares fell", "Bank shares rose").
    const bool owns_shares =
        t.tags == 0 && j + 1 < tokens.size() && is_one_of(tokens[j].lower, {"shares", "stock"}) &&
        (opens_finite_verb_group(tokens[j + 1]) || opens_past_spelt_as_base(tokens, j + 1)) &&
        !is_one_of(t.lower, {"tech",   "technology", "airline", "defence",  "defense", "property", "insurance",
                             "retail", "travel",     "media",   "chip",     "car",     "auto",     "tobacco",
                             "luxury", "mining",     "utility", "telecom",  "pharma",  "bank",     "energy",
                             "oil",    "gold",       "steel",   "shipping", "food"});
    const bool followed_by_name_evidence =
        j < tokens.size() &&
        ((tokens[j].tags & tag_possessive) || (tokens[j].tags & tag_open_paren) ||
         (owns_shares && !reads_as_common_word(t, lexicon)) || (t.tags == 0 && described_by_aside(tokens, j)) ||
         (t.tags == 0 && (opens_finite_verb_group(tokens[j]) || opens_past_spelt_as_base(tokens, j)) &&
          !reads_as_common_word(t, lexicon)));
    if (clause_start && j == i + 1 && !followed_by_name_evidence && !t.all_caps) {
      i = j;
      continue;
    }
    // "eastern European countries", "their Republican allies", "a Jewish ceremony": one unknown
    // word with an adjective's ending of nationality or faith before a plain lower-case word
    // describes that word and names no one (known demonyms, "Russian", are in the gazetteer).
    if (j == i + 1 && !t.all_caps && j < tokens.size() && is_demonym_adjective(t.text) &&
        tokens[j].kind == TokenKind::word && !tokens[j].capitalised && tokens[j].tags == 0) {
      i = j;
      continue;
    }
    // A dateline: "STRASBOURG - The European Parliament ...", "JERUSALEM (AP)_ ...", "O'SMACH, Cambodia".
    // The place is written as a name ("WASHINGTON" is Washington, the place named in the text), and
    // the news agency in brackets after it reports the story: it is not an actor of its events.
    if (i == 0 && t.all_caps && j < tokens.size() &&
        (tokens[j].tags & (tag_clause_break | tag_open_paren | tag_comma) || tokens[j].text == "-")) {
      entities.push_back({i, j, EntityKind::place, title_case(join_text(tokens, i, j))});
      i = j;
      // The dateline's date between the place and the agency: "RIO DE JANEIRO, Nov 19 (Reuters) -".
      if ((tokens[j].tags & tag_comma) && j + 2 < tokens.size() && tokens[j + 1].kind == TokenKind::timex &&
          (tokens[j + 2].tags & tag_open_paren))
        j += 2;
      // Or the region: "NAIROBI, Kenya (Reuters) -" (Kenya stays a place of the dateline).
      std::size_t region = j + 1;
      while ((tokens[j].tags & tag_comma) && region < tokens.size() && region <= j + 4 && is_name_word(tokens[region]))
        ++region;
      const bool after_region = region > j + 1 && region < tokens.size() && (tokens[region].tags & tag_open_paren);
      const std::size_t paren = after_region ? region : j;
      if (tokens[paren].tags & tag_open_paren)
        for (std::size_t close = paren + 1; close < tokens.size() && close <= paren + 4; ++close)
          if (tokens[close].tags & tag_close_paren) {
            if (after_region)
              agency = {paren, close + 1};
            else
              i = close + 1;
            break;
          }
      continue;
    }
    bool organisation = named_organisation;
    for (std::size_t k = i; k < j; ++k) organisation = organisation || is_organisation_head(tokens[k].text);
    Entity e{i, j, organisation ? EntityKind::organisation : EntityKind::name, join_text(tokens, i, j)};
    take_acronym(e);
    // "Sooronbay Jeenbekov" ... "Jeenbekov": remember personal names of up to three words, after
    // any title inside the sequence ("Trade Minister Joseph Kimotho").
    std::size_t personal = i, title = i;
    for (std::size_t k = i; k < j; ++k)
      if (const auto [length, known] = match_name(tokens, k, lexicon, buffer);
          known && known->kind == NameKind::title && k + length < j) {
        title = k;
        personal = k + length;
      }
    if (!organisation && j - personal <= 3 && e.end == j &&
        note_person(tokens, personal, j, e.canonical, lexicon, names, join_text(tokens, title, personal)) &&
        j - personal >= 2)
      names.surnames.emplace(tokens[j - 1].text);
    // A surname said alone after a full name with it is that person (a person, then, whatever
    // the words around it say).
    if (!organisation && j == i + 1 && e.end == j && !(i > 0 && (tokens[i - 1].tags & tag_locative)))
      if (const std::string* full = nearest_full_name(t, lexicon, names)) {
        e.canonical = *full;
        e.kind = EntityKind::person;
      }
    // "in Florida": a place, whatever longer name it starts ("to" is as often said of people,
    // and "from Elian's grandmothers" is not a place).
    if (j == i + 1 && i > 0 && (tokens[i - 1].tags & tag_locative) && !(tokens[i - 1].tags & tag_to) &&
        !(j < tokens.size() && (tokens[j].tags & tag_possessive)))
      names.places.emplace(t.text);
    i = e.end;
    entities.push_back(std::move(e));
  }
  for (const Entity& e : entities)
    if (e.kind == EntityKind::person || e.kind == EntityKind::name)
      if (std::find(offices.begin(), offices.end(), e.begin) != offices.end()) names.officials.insert(e.canonical);
  return entities;
}

std::vector<std::string> dateline_places(const std::vector<Token>& tokens, const std::vector<Entity>& entities) {
  std::vector<std::string> places;
  if (entities.empty() || entities[0].begin != 0 || !tokens[0].all_caps ||
      (entities[0].kind != EntityKind::place && entities[0].kind != EntityKind::country))
    return places;
  places.push_back(entities[0].canonical);
  // Its region or date after a comma: "NAIROBI, Kenya (Reuters) -", "RIO DE JANEIRO, Nov 19 (Reuters) -".
  std::size_t k = entities[0].end;
  if (k + 1 < tokens.size() && (tokens[k].tags & tag_comma)) {
    if (tokens[k + 1].kind == TokenKind::timex)
      k += 2;
    else if (entities.size() > 1 && entities[1].begin == k + 1 && entities[1].kind != EntityKind::person) {
      places.push_back(entities[1].canonical);
      k = entities[1].end;
    }
  }
  // The dash that ends a dateline, after its agency: "WASHINGTON (AP) _", "ROTTERDAM —"; a
  // headline in capitals ("WALL STREET JOURNAL (J) DPC ...") has none.
  if (k < tokens.size() && (tokens[k].tags & tag_open_paren))
    while (k < tokens.size() && !(tokens[k].tags & tag_close_paren)) ++k;
  if (k < tokens.size() && (tokens[k].tags & tag_close_paren)) ++k;
  if (k >= tokens.size() || !is_one_of(tokens[k].text, {"-", "--", "_", "\xE2\x80\x94", "\xE2\x80\x93"}))
    places.clear();
  return places;
}

std::vector<Entity> find_roles(const std::vector<Token>& tokens, const EventLexicon& lexicon) {
  // Institutions and forces of the state that act under a common noun; "central bank" and not
  // "bank", which in business news is a company the text has named.
  static constexpr std::array<std::string_view, 26> institutions{
      "government", "parliament",  "congress",   "senate",     "cabinet",     "court",  "board",
      "ministry",   "council",     "commission", "committee",  "agency",      "army",   "military",
      "police",     "union",       "regulator",  "regulators", "prosecutors", "troops", "authorities",
      "junta",      "legislature", "jury",       "opposition", "rebels"};
  // A lower-case word of no closed class, or such a word opening the sentence ("Police said").
  // (Or opening the text after a dateline: "NAIROBI, Kenya (Reuters) - Police arrested".)
  const auto open_word = [&](std::size_t k) {
    const bool opens = k == 0 || is_one_of(tokens[k - 1].text, {"-", "--", "_", "\xE2\x80\x94"});
    return k < tokens.size() && tokens[k].kind == TokenKind::word && tokens[k].tags == 0 &&
           (!tokens[k].capitalised || (opens && !tokens[k].all_caps));
  };
  // A word the lexicon reads as a verb and never as a noun ends the noun phrase before it: "the
  // central bank cut rates".
  const auto only_verb = [&](std::size_t k) {
    const auto readings = lexicon.triggers.find(tokens[k].lower);
    return readings != lexicon.triggers.end() &&
           std::none_of(readings->second.begin(), readings->second.end(),
                        [](const EventLexicon::Trigger& t) { return t.role == LexiconRole::noun; });
  };
  std::vector<Entity> roles;
  std::string title;
  for (std::size_t head = 0; head < tokens.size(); ++head) {
    const Token& h = tokens[head];
    if (!open_word(head)) continue;
    // Modifiers back to a determiner or possessive: "the finance minister", "Kenya's parliament".
    std::size_t first = head;
    while (first > 0 && first + 2 > head && open_word(first - 1)) --first;
    // "the Hamas-run health ministry", "the Russian-backed authorities": a name's compound adjective
    // before the role says whose it is; the role is still the actor.
    const std::size_t described = first;
    if (first > 0 && tokens[first - 1].capitalised && !(tokens[first - 1].tags & tag_quote)) {
      const std::string_view w = tokens[first - 1].text;
      if (const auto dash = w.rfind('-');
          dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' && w[dash + 1] <= 'z')
        --first;
    }
    const bool determined = first > 0 && (tokens[first - 1].tags & (tag_determiner | tag_possessive));
    const bool bare_role = first == head && is_bare_role(h.lower);
    if (!determined && !bare_role) continue;
    // The noun phrase ends at its head ("the government bonds" is no role), and a title before a
    // name is that person's ("former president Sebastian Pinera"); "the minister's office" names
    // the office.
    if (head + 1 < tokens.size() && ((open_word(head + 1) && !only_verb(head + 1)) ||
                                     (tokens[head + 1].kind == TokenKind::word && tokens[head + 1].capitalised) ||
                                     (tokens[head + 1].tags & tag_possessive)))
      continue;
    const bool institution = std::find(institutions.begin(), institutions.end(), h.lower) != institutions.end() ||
                             (h.lower == "bank" && head > 0 && tokens[head - 1].lower == "central");
    // The longest title of the gazetteer ending here, said in lower case: "finance minister" (its
    // last word is a title of its own, "Minister").
    std::size_t words = 0;
    for (std::size_t n = 1; n <= head + 1 - first && (n == 1 || words != 0); ++n) {
      title.clear();
      for (std::size_t k = head + 1 - n; k <= head; ++k) {
        if (!title.empty()) title += ' ';
        const std::size_t at = title.size();
        title += tokens[k].text;
        title[at] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[at])));
      }
      const auto known = lexicon.names.find(title);
      if (known != lexicon.names.end() && known->second.kind == NameKind::title) words = n;
    }
    if (words == 0 && !institution) continue;
    const std::size_t begin = institution ? described : head + 1 - words;
    std::string name;
    for (std::size_t k = begin; k <= head; ++k) {
      if (!name.empty()) name += ' ';
      name += tokens[k].lower;
    }
    roles.push_back({determined ? first - 1 : first, head + 1, words ? EntityKind::person : EntityKind::organisation,
                     std::move(name)});
  }
  return roles;
}

}  // namespace annalist::events_detail
