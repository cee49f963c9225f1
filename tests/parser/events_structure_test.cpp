// Sentences, paragraphs and page chrome (document.hpp).
#include "events_test_support.hpp"

#include <annalist/parser/document.hpp>

using namespace annalist;
using annalist::test::expression_at;

namespace {

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  for (const TextSpan& s : split_sentences(text, {0, text.size()}))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<std::string> chrome_kinds(const DocumentStructure& d) {
  std::vector<std::string> out;
  for (const auto& c : d.chrome) out.emplace_back(to_string(c.kind));
  return out;
}

}  // namespace

TEST_CASE("a sentence does not end at the dot of a month, title or company abbreviation") {
  const auto s = sentences_of(
      "On Jan. 29 Dr. Smith met Mr. Jones of Acme Inc. in Paris. Gen. Lee arrived on Sept. 3, 2014. It rained.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "On Jan. 29 Dr. Smith met Mr. Jones of Acme Inc. in Paris.");
  CHECK(s[1] == "Gen. Lee arrived on Sept. 3, 2014.");
  CHECK(s[2] == "It rained.");
}

TEST_CASE("dotted acronyms and initials stay inside their sentence") {
  const auto s = sentences_of("The U.S. and the U.K. signed. J. R. Smith said so at 10 a.m. on Monday.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "The U.S. and the U.K. signed.");
  CHECK(s[1] == "J. R. Smith said so at 10 a.m. on Monday.");
}

TEST_CASE("an abbreviation before a word that starts sentences also ends its sentence") {
  const auto s = sentences_of("Troops left the U.S. The talks resumed in Geneva etc. They ended.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Troops left the U.S.");
  CHECK(s[1] == "The talks resumed in Geneva etc.");
}

TEST_CASE("a state abbreviation after a city ends its sentence before a capitalised word") {
  const auto s = sentences_of(
      "The family met in Miami Beach, Fla. Sister Jeanne O'Laughlin said so. A ceremony in Independence, Mo., on "
      "March 12 followed. The Mass. General Hospital team left Boston, Mass. on Monday.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "The family met in Miami Beach, Fla.");
  CHECK(s[1] == "Sister Jeanne O'Laughlin said so.");
  CHECK(s[2] == "A ceremony in Independence, Mo., on March 12 followed.");
  CHECK(s[3] == "The Mass. General Hospital team left Boston, Mass. on Monday.");
}

TEST_CASE("decimal numbers, quotes and lower-case continuations do not split sentences") {
  const auto s =
      sentences_of("Growth was 2.5 percent in 2013. \"Will it last?\" he asked. “It will.” The minister agreed!");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "Growth was 2.5 percent in 2013.");
  CHECK(s[1] == "\"Will it last?\" he asked.");
  CHECK(s[2] == "“It will.”");
  CHECK(s[3] == "The minister agreed!");
}

TEST_CASE("paragraphs are runs of lines between blank lines; wrapped lines join their paragraph") {
  const std::string text =
      "First paragraph starts here\nand goes on here. Second sentence.\n\n  Another paragraph.  \n";
  const DocumentStructure d = analyze_document(text, {});
  REQUIRE(d.paragraphs.size() == 2);
  CHECK(text.substr(d.paragraphs[0].begin, d.paragraphs[0].end - d.paragraphs[0].begin) ==
        "First paragraph starts here\nand goes on here. Second sentence.");
  CHECK(text.substr(d.paragraphs[1].begin, d.paragraphs[1].end - d.paragraphs[1].begin) == "Another paragraph.");
  REQUIRE(d.sentences.size() == 3);
  CHECK(d.sentences[2].paragraph == 1);
  CHECK(d.chrome.empty());
  CHECK_FALSE(d.title.has_value());  // the first paragraph ends with a full stop
}

TEST_CASE("page chrome around an article is recognised line by line and kept out of the body") {
  const std::string text =
      "Monday, 3 March 2015\n"
      "\n"
      "Ministers Agree on Water Plan\n"
      "\n"
      "Posted in Regional News\n"
      "Rate this article\n"
      "(12 votes)\n"
      "\n"
      "By Anna Keller and Tom Ruiz, Staff Writers\n"
      "\n"
      "The ministers agreed on a shared water plan on Friday. It takes effect next year.\n"
      "\n"
      "1,204 views\n"
      "\n"
      "See also:\n"
      "\n"
      "Water talks stall in Dushanbe, January 12, 2015\n"
      "About us: the Review is a weekly publication.\n"
      "\n"
      "Subscribe to our newsletter\n";
  const std::vector<TimeExpression> timexes = {
      expression_at(text, "Monday, 3 March 2015", "2015-03-03"), expression_at(text, "Friday", "2015-02-27"),
      expression_at(text, "next year", "2016"), expression_at(text, "January 12, 2015", "2015-01-12")};
  const DocumentStructure d = analyze_document(text, timexes);
  CHECK(chrome_kinds(d) == std::vector<std::string>{"date_line", "section_label", "rating_prompt", "vote_count",
                                                    "byline", "view_count", "navigation", "related_list", "footer",
                                                    "sign_up"});
  REQUIRE(d.title.has_value());
  CHECK(text.substr(d.title->begin, d.title->end - d.title->begin) == "Ministers Agree on Water Plan");
  REQUIRE(d.paragraphs.size() == 2);  // the title and the article's one paragraph
  REQUIRE(d.sentences.size() == 3);
  CHECK(text.substr(d.sentences[1].span.begin, d.sentences[1].span.end - d.sentences[1].span.begin) ==
        "The ministers agreed on a shared water plan on Friday.");
}

TEST_CASE("a run of short lines that each end in a date is a publication list even without a heading") {
  const std::string text =
      "The summit ended on May 2, 2017, with a joint declaration that all members signed.\n\n"
      "Report, \"Trade Corridors\", Policy Review, June 16, 2017\n\n"
      "Paper, \"Energy and Security\", Policy Review, May 2, 2017\n\n"
      "Book, \"The Frozen Conflicts\", March 2017\n";
  std::vector<TimeExpression> timexes = {
      expression_at(text, "May 2, 2017", "2017-05-02"), expression_at(text, "June 16, 2017", "2017-06-16"),
      expression_at(text, "May 2, 2017", "2017-05-02", "", "", 100), expression_at(text, "March 2017", "2017-03")};
  const DocumentStructure d = analyze_document(text, test::sorted(timexes));
  CHECK(chrome_kinds(d) == std::vector<std::string>{"related_list", "related_list", "related_list"});
  REQUIRE(d.sentences.size() == 1);
}

TEST_CASE("prose that merely starts with By or a date is not chrome") {
  const std::string text =
      "Budget Talks Resume\n\n"
      "By 2015 the ministry expects a surplus, officials said on Tuesday.\n"
      "By then, the new rules will apply.\n";
  const DocumentStructure d =
      analyze_document(text, {expression_at(text, "2015", "2015"), expression_at(text, "Tuesday", "XXXX-WXX-2")});
  CHECK(d.chrome.empty());
  CHECK(d.sentences.size() == 3);
}

TEST_CASE("any bytes are analysed without throwing, and spans stay inside the text") {
  const std::string text = std::string("\xFF\xFE bad \x80 bytes. Next.\n\n\0 and NUL", 33);
  const DocumentStructure d = analyze_document(text, {});
  for (const auto& s : d.sentences) CHECK(s.span.end <= text.size());
  CHECK(analyze_document("", {}).sentences.empty());
}

TEST_CASE("stray quotes, dashes and odd bytes in a dated sentence are tokenized without hanging") {
  const std::string text = "It was ’ agreed on May 5 ’ \xE2\x80\x94 ‘ and the U.S.-led talks\xC2\xA0resumed in 2015 ’.";
  const auto d = analyze_document(text, {});
  REQUIRE(d.sentences.size() == 1);
  const std::vector<TimeExpression> timexes = {expression_at(text, "May 5", "2015-05-05"),
                                               expression_at(text, "2015", "2015")};
  const auto events =
      extract_events(text, analyze_document(text, timexes), timexes, test::day(2015, 6, 1), default_event_lexicon());
  CHECK_FALSE(events.empty());
  for (const Event& e : events) {
    CHECK(e.span.end <= text.size());
    CHECK_FALSE(e.trigger.empty());
  }
}
