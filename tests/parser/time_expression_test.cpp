// The public entry points of annalist/parser/time_expression.hpp: TIMEX3 type names, and
// for_each_time_expression (the streaming form) against find_time_expressions.
#include <annalist/parser/time_expression.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using annalist::ParseContext;
using annalist::TimeExpression;

namespace {

ParseContext context_on(int year, unsigned month, unsigned day) {
  ParseContext context;
  context.dct = date::local_days{date::year{year} / month / day};
  return context;
}

std::vector<TimeExpression> streamed(std::string_view text, const ParseContext& context, std::size_t segment_bytes) {
  std::vector<TimeExpression> found;
  annalist::for_each_time_expression(
      text, context, [&](TimeExpression& t) { found.push_back(std::move(t)); }, segment_bytes);
  return found;
}

// One line per expression, "begin text value", for a failure message that shows where lists part.
std::string listed(const std::vector<TimeExpression>& found) {
  std::string lines;
  for (const auto& t : found) lines += std::to_string(t.begin) + " " + t.text + " " + t.value + " " + t.mod + "\n";
  return lines;
}

const TimeExpression* with_text(const std::vector<TimeExpression>& found, std::string_view text, std::size_t from) {
  for (const auto& t : found)
    if (t.text == text && t.begin >= from) return &t;
  return nullptr;
}

// A history told year by year in short paragraphs: most dates are far from a 2014 DCT (a
// narrative), and each paragraph's yearless dates take the year its first sentence named.
std::string narrative_history() {
  std::string text;
  for (int year = 1939; year <= 1960; ++year) {
    const std::string y = std::to_string(year);
    text += "In " + y + " the army crossed the river and took the town.\n\n";
    text += "On 3 September the allies answered, and in June the front moved west again.\n\n";
  }
  return text;
}

// News with a dateline, relative expressions counted from the DCT and a clock time.
std::string news_report() {
  return "Wednesday, 05 February 2014\n\nThe ministry said on Monday that exports rose 2.5% last year. Talks began "
         "on 29 January 2014 and will resume next week at 3 p.m. in Astana; the plan runs from 2014 to 2020.\n\n";
}

}  // namespace

TEST_CASE("timex types print as TIMEX3 names") {
  CHECK(annalist::to_string(annalist::TimexType::date) == "DATE");
  CHECK(annalist::to_string(annalist::TimexType::duration) == "DURATION");
}

TEST_CASE("streaming a document shorter than a segment gives exactly what find_time_expressions gives") {
  const ParseContext context = context_on(2014, 2, 5);
  for (const std::string& text : {news_report(), narrative_history(), news_report() + narrative_history()}) {
    const auto whole = annalist::find_time_expressions(text, context);
    CHECK(!whole.empty());
    CHECK(streamed(text, context, annalist::default_segment_bytes) == whole);
  }
}

TEST_CASE("streaming carries the narrative reference time across segment cuts") {
  const ParseContext context = context_on(2014, 2, 5);
  const std::string text = narrative_history();
  const auto whole = annalist::find_time_expressions(text, context);
  // Segments of a few paragraphs: "On 3 September" and "in June" after a cut still take the
  // year named before it. (Each segment decides whether the text is a narrative: each of these
  // holds the four years far from the DCT that takes.)
  for (const std::size_t segment_bytes : {std::size_t{1200}, std::size_t{1500}, std::size_t{1100}}) {
    CAPTURE(segment_bytes);
    const auto cut = streamed(text, context, segment_bytes);
    CHECK(listed(cut) == listed(whole));
    CHECK(cut == whole);
  }
  const std::size_t year_1944 = text.find("In 1944");
  const auto* june = with_text(whole, "June", year_1944);
  REQUIRE(june != nullptr);
  CHECK(june->value == "1944-06");
  const auto* september = with_text(whole, "3 September", year_1944);
  REQUIRE(september != nullptr);
  CHECK(september->value == "1944-09-03");
}

TEST_CASE("streaming news across segment cuts keeps values counted from the DCT") {
  const ParseContext context = context_on(2014, 2, 5);
  std::string text;
  for (int i = 0; i < 20; ++i) text += news_report();
  const auto whole = annalist::find_time_expressions(text, context);
  CHECK(streamed(text, context, 500) == whole);
  const auto* monday = with_text(whole, "Monday", text.size() / 2);
  REQUIRE(monday != nullptr);
  CHECK(monday->value == "2014-02-03");
}

TEST_CASE("streaming dense dates on one line cuts between words and loses none") {
  const ParseContext context = context_on(2014, 2, 5);
  std::string text;
  for (int i = 0; i < 300; ++i) text += "on 3 May 2014, ";
  const auto whole = annalist::find_time_expressions(text, context);
  CHECK(whole.size() == 300);
  CHECK(streamed(text, context, 100) == whole);
}

TEST_CASE("streaming cuts a run without blanks between characters, never inside one") {
  const ParseContext context = context_on(2014, 2, 5);
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "\xC3\xA9";  // é, no blank for 4000 bytes
  text += " on 29 January 2014.";
  const auto found = streamed(text, context, 301);  // odd: a cut at the limit would split an é
  REQUIRE(found.size() == 1);
  CHECK(found.front().value == "2014-01-29");
  CHECK(found.front().begin == text.find("29 January"));
}

TEST_CASE("a text tagged after longer ones gives what it gives when tagged before them") {
  // The scanner keeps its working space from one text to the next (speed): nothing of an earlier
  // text may reach a later one, whether the earlier one was news, a narrative or one with more
  // matches than the space kept between texts.
  const ParseContext context = context_on(2014, 2, 5);
  const auto before = annalist::find_time_expressions(news_report(), context);
  std::string dense;
  for (int i = 0; i < 5000; ++i) dense += "on 3 May 2014, ";
  CHECK(annalist::find_time_expressions(dense, context).size() == 5000);
  const auto history = annalist::find_time_expressions(narrative_history(), context);
  const auto* june = with_text(history, "June", 0);
  REQUIRE(june != nullptr);
  CHECK(june->value == "1939-06");
  const auto after = annalist::find_time_expressions(news_report(), context);
  CHECK(listed(after) == listed(before));
  CHECK(after == before);
  const auto* monday = with_text(after, "Monday", 0);
  REQUIRE(monday != nullptr);
  CHECK(monday->value == "2014-02-03");
}

TEST_CASE("streaming empty or blank text emits nothing") {
  const ParseContext context = context_on(2014, 2, 5);
  CHECK(streamed("", context, 64).empty());
  CHECK(streamed(std::string(1000, ' '), context, 64).empty());
}

TEST_CASE("a stated day its month does not have is reported as an impossible date and left untagged") {
  const std::string text =
      "The deal was signed on February 30, 2015.\nIt closed on 31 April, and the filing is dated 2015-02-29. "
      "The vote of February 29, 2016 stands; one on February 29 may be a leap year's.";
  std::vector<annalist::ImpossibleDate> impossible;
  const auto found = annalist::find_time_expressions(text, context_on(2015, 6, 1), &impossible);
  // A day some year has is no impossible date: the yearless one takes 2016 from the sentence.
  CHECK(listed(found) == "113 February 29, 2016 2016-02-29 \n146 February 29 2016-02-29 \n");
  REQUIRE(impossible.size() == 3);
  CHECK(impossible[0] == annalist::ImpossibleDate{23, 40, "February 30, 2015", "February 2015 has 28 days"});
  CHECK(impossible[1] == annalist::ImpossibleDate{55, 63, "31 April", "April has 30 days"});
  CHECK(impossible[2] == annalist::ImpossibleDate{89, 99, "2015-02-29", "February 2015 has 28 days"});
  // Streamed, the same dates are reported.
  std::vector<annalist::ImpossibleDate> streamed_impossible;
  annalist::for_each_time_expression(
      text, context_on(2015, 6, 1), [](TimeExpression&) {}, annalist::default_segment_bytes, &streamed_impossible);
  CHECK(streamed_impossible == impossible);
}

TEST_CASE("tagging many texts pass by pass gives each what a call per text gives") {
  // The grammar reads a run of texts before the normaliser does: each text keeps its own matches,
  // DCT, region and narrative state between the passes. The same string read against two DCTs, a
  // narrative after news, an empty text, holidays of two regions and runs longer than one pass's
  // bytes (the dense text) must each come out as tagged alone.
  const std::string news = news_report(), history = narrative_history();
  std::string dense;
  for (int i = 0; i < 20000; ++i) dense += "on 3 May 2014, ";  // 300 kB: a run of its own
  const std::string holiday = "The office closes on Independence Day and reopens on Thanksgiving.";
  const std::string impossible_text = "The deal was signed on February 30, 2015, and again on 3 March.";
  ParseContext india = context_on(2014, 2, 5);
  india.region = "IN";
  const std::vector<annalist::TextToTag> texts{
      {news, context_on(2014, 2, 5)},  {news, context_on(2019, 7, 1)},    {history, context_on(2014, 2, 5)},
      {"", context_on(2014, 2, 5)},    {holiday, context_on(2014, 2, 5)}, {holiday, india},
      {dense, context_on(2014, 2, 5)}, {news, context_on(2014, 2, 5)},    {impossible_text, context_on(2015, 6, 1)},
  };
  std::vector<std::vector<annalist::ImpossibleDate>> impossible;
  const auto found = annalist::find_time_expressions(texts, &impossible);
  REQUIRE(found.size() == texts.size());
  REQUIRE(impossible.size() == texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CAPTURE(i);
    std::vector<annalist::ImpossibleDate> alone_impossible;
    const auto alone = annalist::find_time_expressions(texts[i].text, texts[i].context, &alone_impossible);
    CHECK(listed(found[i]) == listed(alone));
    CHECK(found[i] == alone);
    CHECK(impossible[i] == alone_impossible);
  }
  // The values themselves: the DCT and the region are each text's own.
  const auto* monday_2014 = with_text(found[0], "Monday", 0);
  const auto* monday_2019 = with_text(found[1], "Monday", 0);
  REQUIRE(monday_2014 != nullptr);
  REQUIRE(monday_2019 != nullptr);
  CHECK(monday_2014->value == "2014-02-03");
  CHECK(monday_2019->value == "2019-07-01");
  CHECK(with_text(found[2], "June", 0)->value == "1939-06");
  CHECK(found[3].empty());
  CHECK(found[6].size() == 20000);
  CHECK(found[8].size() == 1);
  REQUIRE(impossible[8].size() == 1);
  CHECK(impossible[8].front().reason == "February 2015 has 28 days");
  // No texts, no results.
  CHECK(annalist::find_time_expressions(std::span<const annalist::TextToTag>{}).empty());
}
