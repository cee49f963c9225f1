// annalist/parser/document.hpp — the structure of a plain-text document: title, paragraphs,
// sentences, and the page chrome around them.
//
// Text copied from a web page carries more than the article: a date line, "Rate this item",
// "(3 votes)", a byline, "Read 6289 times", "Visit also" and a list of related publications with
// their own dates. analyze_document() separates that chrome from the body so that only the body's
// sentences yield events. Every span is a byte range into the text that was analysed.
#pragma once

#include <annalist/engine/event.hpp>
#include <annalist/parser/time_expression.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace annalist {

// What a line of page chrome is. Names (to_string) are used in JSON.
enum class ChromeKind {
  date_line,      // "Wednesday, 05 February 2014" alone on a line
  section_label,  // "Published in Field Reports", "Filed under ...", "Tags: ..."
  rating_prompt,  // "Rate this item"
  vote_count,     // "(3 votes)"
  view_count,     // "Read 6289 times", "1,204 views"
  byline,         // "By Georgiy Voloshin (the 05/02/2014 issue of the CACI Analyst)"
  navigation,     // "Visit also", "See also", "Related articles", "Share this"
  related_list,   // the items of a list of related publications or links
  footer,         // anything after the navigation that ends an article (blurbs, sign-up lines)
  sign_up,        // "Sign up for ...", "Subscribe to ..."
};
std::string_view to_string(ChromeKind kind);

// One line recognised as chrome. `text` is the line without surrounding white space.
struct ChromeItem {
  ChromeKind kind = ChromeKind::footer;
  TextSpan span;
  std::string text;
  friend bool operator==(const ChromeItem&, const ChromeItem&) = default;
};

// A sentence of the body. Invariant: its span lies inside paragraphs[paragraph].span.
struct Sentence {
  TextSpan span;
  std::size_t paragraph = 0;
  friend bool operator==(const Sentence&, const Sentence&) = default;
};

// Invariants: paragraphs and sentences are in text order and do not overlap; no paragraph
// overlaps a chrome item; spans never start or end on white space.
struct DocumentStructure {
  std::optional<TextSpan> title;     // the headline, when the header has one (also paragraph 0)
  std::vector<TextSpan> paragraphs;  // body paragraphs: runs of non-blank, non-chrome lines
  std::vector<Sentence> sentences;   // the sentences of all body paragraphs
  std::vector<ChromeItem> chrome;    // chrome lines, in text order
};

// The title, paragraphs, sentences and chrome of `text` (UTF-8; line breaks "\n" or "\r\n").
// Date lines and dated lists of publications are recognised from `timexes`, the temporal
// expressions of `text` sorted by position. Linear in the size of the text; never throws.
DocumentStructure analyze_document(std::string_view text, const std::vector<TimeExpression>& timexes);

// As above, tagging the temporal expressions itself (find_time_expressions, default context).
DocumentStructure analyze_document(std::string_view text);

// The sentences of text[range.begin, range.end), as spans into `text`. Sentence ends are ".",
// "!", "?" (with closing quotes or brackets) followed by white space and a capital, digit, quote
// or bracket — but not the dot of an abbreviation ("Jan.", "Dr.", "Inc."), an initial ("J.") or a
// dotted acronym ("U.S.") unless a word that usually starts a sentence follows it.
std::vector<TextSpan> split_sentences(std::string_view text, TextSpan range);

}  // namespace annalist
