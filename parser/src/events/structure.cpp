// Document structure: lines -> chrome or body, body lines -> paragraphs -> sentences.
//
// Chrome lines are recognised by small Spirit X3 grammars over the whole (trimmed) line; the
// sentence splitter is a scanner that asks X3 rules, at each word start, whether an abbreviation,
// initial, acronym or number begins there (their dots end no sentence) and, at each ". ! ?",
// whether a sentence end follows.
#include <annalist/parser/document.hpp>
#include <annalist/parser/time_expression.hpp>

#include "text_util.hpp"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace annalist {

namespace x3 = boost::spirit::x3;

std::string_view to_string(ChromeKind kind) {
  static constexpr std::array<std::string_view, 10> names{
      "date_line", "section_label", "rating_prompt", "vote_count", "view_count",
      "byline",    "navigation",    "related_list",  "footer",     "sign_up"};
  return names[static_cast<std::size_t>(kind)];
}

namespace {

using events_detail::is_space;
using events_detail::trim;

// ---------------------------------------------------------------------------------------------
// Sentence grammar pieces.

// What an abbreviation's dot may be followed by without ending the sentence.
enum class AbbreviationKind {
  title,     // "Dr. Smith": never ends a sentence
  ordinary,  // "Jan.", "Inc.", "etc.": ends one only before a sentence-starting word
  state      // "Fla.": after "Miami, " it ends one before any capitalised word (news writes
             // "Miami, Fla., on Monday" inside a sentence)
};

struct AbbreviationTable : x3::symbols<AbbreviationKind> {
  AbbreviationTable() {
    for (const char* t : {"Mr",  "Mrs", "Ms",  "Dr",  "Prof", "Gen", "Col",  "Lt",   "Maj", "Sgt",    "Capt", "Cmdr",
                          "Adm", "Gov", "Sen", "Rep", "Rev",  "Hon", "Pres", "Amb",  "Sec", "Messrs", "Mme",  "Fr",
                          "St",  "Mt",  "Ft",  "No",  "Nos",  "Vol", "Art",  "Sect", "Fig", "pp",     "p"})
      add(t, AbbreviationKind::title);
    for (const char* o :
         {"Jan",    "Feb", "Mar",  "Apr",  "Jun",  "Jul",  "Aug",   "Sep",  "Sept", "Oct", "Nov", "Dec",
          "Mon",    "Tue", "Tues", "Wed",  "Thu",  "Thur", "Thurs", "Fri",  "Sat",  "Sun", "Inc", "Corp",
          "Co",     "Ltd", "Bros", "Dept", "Univ", "Assn", "Intl",  "Govt", "Jr",   "Sr",  "etc", "vs",
          "approx", "est", "ca",   "cf",   "al",   "Ave",  "Blvd",  "Rd",   "mln",  "bln"})
      add(o, AbbreviationKind::ordinary);
    for (const char* state : {"Ala", "Ariz", "Calif", "Colo", "Conn", "Fla",  "Ga",   "Ill",  "Ind", "Kan", "Ky",
                              "La",  "Md",   "Mass",  "Mich", "Minn", "Miss", "Mo",   "Mont", "Neb", "Nev", "Okla",
                              "Ore", "Pa",   "Tenn",  "Tex",  "Va",   "Vt",   "Wash", "Wis",  "Wyo"})
      add(state, AbbreviationKind::state);
  }
};
const AbbreviationTable abbreviations;

// Capitalised words that usually begin a sentence; after "U.S." or "Inc." they signal that the
// abbreviation's dot also ended the sentence.
struct SentenceStarterTable : x3::symbols<x3::unused_type> {
  SentenceStarterTable() {
    for (const char* w :
         {"The",    "A",         "An",       "He",      "She",       "It",    "They",    "We",    "I",
          "You",    "In",        "On",       "At",      "But",       "And",   "This",    "That",  "These",
          "Those",  "There",     "His",      "Her",     "Its",       "Their", "Our",     "As",    "After",
          "Before", "When",      "While",    "However", "Meanwhile", "Also",  "For",     "If",    "Some",
          "Many",   "Most",      "Such",     "Since",   "Yet",       "So",    "Still",   "Both",  "Each",
          "Under",  "According", "Although", "Despite", "Last",      "Next",  "Earlier", "Later", "Officials"})
      add(w);
  }
};
const SentenceStarterTable sentence_starters;

const auto word_char = x3::ascii::alnum | x3::char_('_');
// "U.S.", "e.g.", "a.m.": two or more single letters each followed by a dot.
const auto dotted_acronym = x3::ascii::alpha >> '.' >> +(x3::ascii::alpha >> '.') >> !word_char;
const auto initial = x3::ascii::upper >> '.' >> !word_char;
// A number with decimal point or thousands separators: "2.5", "1,000.75", "3.1.2".
const auto number = +x3::ascii::digit >> *((x3::char_('.') | ',') >> +x3::ascii::digit);
// A sentence-final run of punctuation with its closing quotes and brackets.
const auto closer = x3::char_("\"')]") | x3::lit("\xE2\x80\x9D") | x3::lit("\xE2\x80\x99");
const auto terminator = +x3::char_(".!?") >> *closer;

bool starts_sentence_starter(const char* p, const char* end) {
  return x3::parse(p, end, sentence_starters >> !word_char);
}

// True when what follows `p` (white space, then an opening character) may begin a sentence.
bool opener_follows(const char* p, const char* end, bool require_starter_word) {
  const char* q = p;
  while (q != end && is_space(*q)) ++q;
  if (q == p) return false;  // "U.S.-led": no white space, no sentence end
  if (q == end) return true;
  if (require_starter_word) return starts_sentence_starter(q, end);
  const unsigned char c = static_cast<unsigned char>(*q);
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '(' || c == '[' || c == '\'') return true;
  // “ ‘ or a non-ASCII letter (treated as capitalised; such text rarely starts a sentence lower case).
  return c >= 0xC0 || (c == 0xE2 && end - q >= 3 && static_cast<unsigned char>(q[1]) == 0x80 &&
                       (static_cast<unsigned char>(q[2]) == 0x9C || static_cast<unsigned char>(q[2]) == 0x98));
}

// ---------------------------------------------------------------------------------------------
// Chrome grammar: each rule must match a whole trimmed line.

const auto count = +x3::ascii::digit >> *(',' >> +x3::ascii::digit);
const auto line_end = *x3::ascii::space >> -x3::char_(".:") >> x3::eoi;

const auto vote_count_line =
    x3::lit('(') >> count >> +x3::ascii::space >> x3::no_case[x3::lit("votes") | "vote"] >> ')' >> x3::eoi;
const auto view_count_line =
    x3::no_case[(x3::lit("read") | "viewed" | "seen") >> +x3::ascii::space >> count >> +x3::ascii::space >>
                (x3::lit("times") | "time")] >>
        line_end |
    count >> +x3::ascii::space >> x3::no_case[x3::lit("views") | "reads" | "hits" | "comments"] >> line_end |
    x3::no_case[x3::lit("hits") | "views"] >> *x3::ascii::space >> ':' >> *x3::ascii::space >> count >> x3::eoi;
const auto rating_line = x3::no_case[x3::lit("rate this") >> +x3::ascii::space >>
                                     (x3::lit("item") | "article" | "post" | "story" | "page")] >>
                             line_end |
                         x3::no_case[x3::lit("rating")] >> *x3::ascii::space >> ':' >> *x3::char_;
const auto section_line = x3::no_case[x3::lit("published in") | "posted in" | "filed under" | "filed in" |
                                      "categories:" | "category:" | "tags:" | "section:" | "topics:"] >>
                          +x3::char_;

// Navigation lines. `true`: the line introduces links to other articles, so the article is over
// ("Visit also", "Related articles"); `false`: a widget that may stand anywhere ("Share this").
struct NavigationTable : x3::symbols<bool> {
  NavigationTable() {
    for (const char* w :
         {"visit also",          "see also",          "related",      "related articles", "related posts",
          "related stories",     "related content",   "related news", "read more",        "read also",
          "also read",           "more from",         "more on this", "more stories",     "recommended",
          "recommended for you", "you may also like", "most read",    "most popular",     "latest news",
          "further reading"})
      add(w, true);
    for (const char* w : {"share this", "share this article", "share", "print", "email", "comments", "tweet"})
      add(w, false);
  }
};
const NavigationTable navigation_phrases;
const auto navigation_line = x3::no_case[navigation_phrases] >> x3::omit[line_end];

const auto sign_up_line =
    x3::no_case[x3::lit("sign up") | "subscribe" | "join our" | "follow us" | "get our newsletter" | "register for"] >>
    *x3::char_;

// "By Georgiy Voloshin", "By J. C. K. Daly and Anna Lee, Reuters", "By Georgiy Voloshin (the ...)".
const auto name_word = x3::ascii::upper >> *(x3::ascii::alpha | x3::char_(".'-") | x3::char_('\x80', '\xFF'));
const auto byline_line = (x3::no_case[x3::lit("by")] | x3::no_case[x3::lit("written by")] |
                          x3::no_case[x3::lit("author:")]) >>
                         +x3::ascii::space >> name_word >> x3::repeat(0, 4)[+x3::lit(' ') >> name_word] >>
                         *x3::lit(' ') >>
                         (x3::eoi | x3::char_("(,|") >> *x3::char_ | x3::no_case["and "] >> *x3::char_);

template <class Parser>
bool whole_line(std::string_view line, const Parser& p) {
  const char* first = line.data();
  return x3::parse(first, line.data() + line.size(), p) && first == line.data() + line.size();
}

template <class Parser, class Attribute>
bool whole_line(std::string_view line, const Parser& p, Attribute& attribute) {
  const char* first = line.data();
  return x3::parse(first, line.data() + line.size(), p, attribute) && first == line.data() + line.size();
}

// A dateline's place before its date: "Bishkek, Oct. 16, 2017", "WASHINGTON - May 3".
const auto place_word = x3::ascii::upper >> *(x3::ascii::alpha | x3::char_(".'-") | x3::char_('\x80', '\xFF'));
const auto dateline_place = place_word >> x3::repeat(0, 3)[' ' >> place_word] >> *x3::lit(' ') >>
                            (x3::lit(',') | '-' | "\xE2\x80\x94" | "\xE2\x80\x93") >> *x3::lit(' ');

struct Line {
  TextSpan span;  // trimmed
  std::string_view text;
  bool blank = false;
  bool block_start = false;  // first non-blank line after a blank one (or the text's start)
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  bool after_blank = true;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const TextSpan t = trim(text, {pos, nl});
    Line line{t, text.substr(t.begin, t.end - t.begin), t.begin == t.end, false};
    line.block_start = !line.blank && after_blank;
    after_blank = line.blank;
    lines.push_back(line);
    pos = nl + 1;
  }
  return lines;
}

// True when every letter and digit of the line lies inside a temporal expression: a date line.
bool only_dates(const Line& line, const std::vector<TimeExpression>& timexes) {
  auto it = std::lower_bound(timexes.begin(), timexes.end(), line.span.begin,
                             [](const TimeExpression& t, std::size_t b) { return t.end <= b; });
  bool any = false;
  std::size_t covered_to = line.span.begin;
  if (it != timexes.end() && it->begin > line.span.begin && it->begin < line.span.end &&
      whole_line(line.text.substr(0, it->begin - line.span.begin), dateline_place))
    covered_to = it->begin;
  for (; it != timexes.end() && it->begin < line.span.end; ++it) {
    for (std::size_t i = covered_to; i < it->begin; ++i)
      if (std::isalnum(static_cast<unsigned char>(line.text[i - line.span.begin]))) return false;
    covered_to = std::max(covered_to, std::min(it->end, line.span.end));
    any = any || it->type == TimexType::date || it->type == TimexType::time;
  }
  for (std::size_t i = covered_to; i < line.span.end; ++i)
    if (std::isalnum(static_cast<unsigned char>(line.text[i - line.span.begin]))) return false;
  return any;
}

// True when the line ends with a date (ignoring closing punctuation): the shape of an item in a
// list of publications ("..., The American Interest, May 2, 2017").
bool ends_with_date(const Line& line, const std::vector<TimeExpression>& timexes) {
  auto it = std::lower_bound(timexes.begin(), timexes.end(), line.span.begin,
                             [](const TimeExpression& t, std::size_t b) { return t.end <= b; });
  for (; it != timexes.end() && it->begin < line.span.end; ++it) {
    if (it->type != TimexType::date || it->end > line.span.end) continue;
    bool only_punctuation_after = true;
    for (std::size_t i = it->end; i < line.span.end; ++i)
      if (std::isalnum(static_cast<unsigned char>(line.text[i - line.span.begin]))) only_punctuation_after = false;
    if (only_punctuation_after) return true;
  }
  return false;
}

// True when a line reads as a paragraph of prose rather than an item of a publication list: it
// holds a sentence end after a lower-case word ("... in Frankfurt. The euro rose ..."), or more
// of its words (dates aside) are lower case than capitalised. List items are title-cased
// ("Paper, \"Energy and Security\", Policy Review, May 2, 2017"); news written one paragraph to
// a line ends many paragraphs with a date ("... will meet again on 20 March.").
bool reads_as_prose(const Line& line, const std::vector<TimeExpression>& timexes) {
  auto it = std::lower_bound(timexes.begin(), timexes.end(), line.span.begin,
                             [](const TimeExpression& t, std::size_t b) { return t.end <= b; });
  const std::string_view s = line.text;
  std::size_t lower_words = 0, capitalised_words = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = line.span.begin + i;
    while (it != timexes.end() && it->end <= at) ++it;
    if (it != timexes.end() && it->begin <= at) {  // a date's words count for neither
      i = it->end - line.span.begin;
      continue;
    }
    const bool word_start = std::isalpha(static_cast<unsigned char>(s[i])) &&
                            (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])));
    if (!word_start) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
    const bool lower = std::islower(static_cast<unsigned char>(s[i]));
    (lower ? lower_words : capitalised_words) += 1;
    // "... in Frankfurt for two days. President Lagarde said ...": a second sentence.
    if (lower && j - i >= 3 && j + 2 < s.size() && (s[j] == '.' || s[j] == '!' || s[j] == '?') && s[j + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(s[j + 2])))
      return true;
    i = j;
  }
  return lower_words > capitalised_words;
}

// `ends_article` is set for navigation that introduces links to other articles.
std::optional<ChromeKind> classify_line(const Line& line, bool previous_was_chrome, bool in_header,
                                        const std::vector<TimeExpression>& timexes, bool& ends_article) {
  const std::string_view s = line.text;
  ends_article = false;
  if (whole_line(s, vote_count_line)) return ChromeKind::vote_count;
  if (whole_line(s, view_count_line)) return ChromeKind::view_count;
  if (whole_line(s, rating_line)) return ChromeKind::rating_prompt;
  if (whole_line(s, navigation_line, ends_article)) return ChromeKind::navigation;
  // The patterns below could also begin a wrapped line of prose: only trust them on a line that
  // starts a block or follows other chrome.
  const bool standalone = line.block_start || previous_was_chrome;
  if (!standalone) return std::nullopt;
  if (s.size() <= 80 && s.back() != '.' && whole_line(s, section_line)) return ChromeKind::section_label;
  if (s.size() <= 160 && whole_line(s, byline_line)) return ChromeKind::byline;
  if (s.size() <= 200 && whole_line(s, sign_up_line)) return ChromeKind::sign_up;
  if (s.size() <= 80 && (in_header || line.block_start) && only_dates(line, timexes)) return ChromeKind::date_line;
  return std::nullopt;
}

}  // namespace

std::vector<TextSpan> split_sentences(std::string_view text, TextSpan range) {
  std::vector<TextSpan> sentences;
  const char* const base = text.data();
  const char* const end = base + std::min(range.end, text.size());
  const char* p = base + std::min(range.begin, text.size());
  const char* sentence_begin = p;
  auto close_sentence = [&](const char* at) {
    const TextSpan t =
        trim(text, {static_cast<std::size_t>(sentence_begin - base), static_cast<std::size_t>(at - base)});
    if (t.begin < t.end) sentences.push_back(t);
    sentence_begin = at;
  };
  bool at_word_start = true;
  while (p != end) {
    const char c = *p;
    if (at_word_start && std::isalnum(static_cast<unsigned char>(c))) {
      const char* q = p;
      AbbreviationKind kind = AbbreviationKind::ordinary;
      if (x3::parse(q, end, abbreviations >> '.' >> !word_char, kind)) {
        const bool after_city = p - base >= 2 && p[-1] == ' ' && p[-2] == ',';
        if ((kind == AbbreviationKind::ordinary && opener_follows(q, end, true)) ||
            (kind == AbbreviationKind::state && opener_follows(q, end, !after_city)))
          close_sentence(q);
        p = q;
        at_word_start = false;
        continue;
      }
      q = p;
      if (x3::parse(q, end, dotted_acronym | initial)) {
        if (opener_follows(q, end, true)) close_sentence(q);
        p = q;
        at_word_start = false;
        continue;
      }
      q = p;
      if (x3::parse(q, end, number) || x3::parse(q, end, +word_char)) {
        p = q;
        at_word_start = false;
        continue;
      }
    }
    if (c == '.' || c == '!' || c == '?') {
      const char* q = p;
      x3::parse(q, end, terminator);
      if (opener_follows(q, end, false)) close_sentence(q);
      p = q;
      at_word_start = true;
      continue;
    }
    // A run-on "sentence" (a table, a transcript without stops, one 100 MB line) is cut at a space
    // once this long: each of its events keeps the sentence, so memory would grow as its square.
    constexpr std::ptrdiff_t longest_sentence = 4096;
    if ((c == ' ' || c == '\n') && p - sentence_begin >= longest_sentence) close_sentence(p);
    at_word_start = !std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80;
    ++p;
  }
  close_sentence(end);
  return sentences;
}

DocumentStructure analyze_document(std::string_view text, const std::vector<TimeExpression>& timexes) {
  DocumentStructure doc;
  const std::vector<Line> lines = split_lines(text);

  // Pass 1: chrome lines. After the body, a navigation line such as "Visit also" ends the
  // article: what follows is lists of links and footer.
  std::vector<std::optional<ChromeKind>> kind(lines.size());
  bool previous_was_chrome = false, after_navigation = false, body_seen = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank) continue;
    bool ends_article = false;
    std::optional<ChromeKind> k = classify_line(line, previous_was_chrome, !body_seen, timexes, ends_article);
    if (!k && after_navigation) k = ends_with_date(line, timexes) ? ChromeKind::related_list : ChromeKind::footer;
    if (ends_article && body_seen) after_navigation = true;
    kind[i] = k;
    previous_was_chrome = k.has_value();
    // Prose: a long line, or a line of a few words ending like a sentence.
    if (!k && (line.text.size() > 120 ||
               (line.text.size() > 40 && std::string_view(".!?\"").find(line.text.back()) != std::string_view::npos)))
      body_seen = true;
  }
  // Lists without a heading: three or more consecutive blocks of one short, title-cased line
  // each ending with a date are a list of publications, not prose.
  for (std::size_t i = 0; i < lines.size();) {
    std::vector<std::size_t> run;
    std::size_t j = i;
    while (j < lines.size()) {
      if (lines[j].blank) {
        ++j;
        continue;
      }
      const bool single_line_block = lines[j].block_start && (j + 1 == lines.size() || lines[j + 1].blank);
      if (kind[j] || !single_line_block || lines[j].text.size() > 300 || !ends_with_date(lines[j], timexes) ||
          reads_as_prose(lines[j], timexes))
        break;
      run.push_back(j++);
    }
    if (run.size() >= 3)
      for (std::size_t r : run) kind[r] = ChromeKind::related_list;
    i = std::max(j, i + 1);
  }

  // Pass 2: chrome items and body paragraphs (runs of non-blank, non-chrome lines).
  std::optional<TextSpan> paragraph;
  auto end_paragraph = [&] {
    if (paragraph) doc.paragraphs.push_back(*paragraph);
    paragraph.reset();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank || kind[i]) {
      end_paragraph();
      if (kind[i]) doc.chrome.push_back({*kind[i], line.span, std::string(line.text)});
      continue;
    }
    if (paragraph)
      paragraph->end = line.span.end;
    else
      paragraph = line.span;
  }
  end_paragraph();

  // The headline: a first paragraph of one short line without a final full stop.
  if (!doc.paragraphs.empty()) {
    const TextSpan first = doc.paragraphs.front();
    const std::string_view t = text.substr(first.begin, first.end - first.begin);
    if (t.size() <= 200 && t.find('\n') == std::string_view::npos && t.back() != '.' && doc.paragraphs.size() > 1)
      doc.title = first;
  }
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i)
    for (const TextSpan& s : split_sentences(text, doc.paragraphs[i])) doc.sentences.push_back({s, i});
  return doc;
}

DocumentStructure analyze_document(std::string_view text) {
  ParseContext context;
  return analyze_document(text, find_time_expressions(text, context));
}

}  // namespace annalist
