// TempEval-3 scoring: pairing, strict/relaxed matches, attribute accuracy, whitespace tolerance.
#include <annalist/engine/file_io.hpp>
#include <annalist/parser/tempeval.hpp>
#include <annalist/parser/timeml.hpp>

#include <doctest/doctest.h>

#include <string>

using annalist::TempevalCounts;
using annalist::TimemlDocument;
using annalist::TimexDifference;

namespace {

TimemlDocument doc(const std::string& text_content, const std::string& name = "doc.tml") {
  return TimemlDocument::parse("<TimeML><TEXT>" + text_content + "</TEXT></TimeML>", name);
}

std::string tagged(const std::string& text, const std::string& value, const std::string& type = "DATE") {
  return "<TIMEX3 tid=\"t\" type=\"" + type + "\" value=\"" + value + "\">" + text + "</TIMEX3>";
}

}  // namespace

TEST_CASE("a system output equal to gold scores 1 everywhere") {
  const auto gold = doc("On " + tagged("May 5", "2014-05-05") + " and " + tagged("three weeks", "P3W", "DURATION"));
  const auto c = annalist::score_document(gold, gold);
  CHECK(c.gold == 2);
  CHECK(c.system == 2);
  CHECK(c.strict == 2);
  CHECK(annalist::strict_scores(c).f1 == doctest::Approx(1.0));
  CHECK(annalist::relaxed_scores(c).f1 == doctest::Approx(1.0));
  CHECK(annalist::type_f1(c) == doctest::Approx(1.0));
  CHECK(annalist::value_f1(c) == doctest::Approx(1.0));
}

TEST_CASE("an overlapping span is a relaxed match but not a strict one; attributes score over relaxed matches") {
  const auto gold = doc("It fell " + tagged("last week", "2014-W05") + " and " + tagged("Monday", "2014-02-03") + ".");
  const auto system =
      doc("It fell last " + tagged("week", "2014-W05") + " and " + tagged("Monday", "2014-02-10") + ".");
  std::vector<TimexDifference> differences;
  const auto c = annalist::score_document(gold, system, &differences);
  CHECK(c.strict == 1);
  CHECK(c.relaxed == 2);
  CHECK(c.value_correct == 1);
  CHECK(annalist::strict_scores(c).precision == doctest::Approx(0.5));
  CHECK(annalist::relaxed_scores(c).f1 == doctest::Approx(1.0));
  CHECK(annalist::value_accuracy(c) == doctest::Approx(0.5));
  CHECK(annalist::value_f1(c) == doctest::Approx(0.5));
  REQUIRE(differences.size() == 2);
  CHECK(differences[0].span_differs);
  CHECK_FALSE(differences[0].value_differs);
  CHECK(differences[0].system->text == "week");
  CHECK(differences[1].value_differs);
  CHECK(differences[1].gold->value == "2014-02-03");
}

TEST_CASE("pairing is one to one: a second overlapping system timex is spurious") {
  const auto gold = doc(tagged("May 5 to May 9", "2014-05-05") + " ok");
  const auto system = doc(tagged("May 5", "2014-05-05") + " to " + tagged("May 9", "2014-05-09") + " ok");
  std::vector<TimexDifference> differences;
  const auto c = annalist::score_document(gold, system, &differences);
  CHECK(c.relaxed == 1);
  CHECK(c.strict == 0);
  CHECK(annalist::relaxed_scores(c).precision == doctest::Approx(0.5));
  CHECK(annalist::relaxed_scores(c).recall == doctest::Approx(1.0));
  REQUIRE(differences.size() == 2);
  CHECK_FALSE(differences[1].gold);
  CHECK(differences[1].system->text == "May 9");
}

TEST_CASE("a same-span pair is found even when another system timex overlaps first") {
  const auto gold = doc("a " + tagged("May", "2014-05") + tagged(" 5", "X") + " b");
  const auto system = doc("a " + tagged("May 5", "2014-05-05") + " b");
  const auto c = annalist::score_document(gold, system);
  CHECK(c.relaxed == 1);
  CHECK(c.strict == 0);
  const auto exact = doc("a M" + tagged("ay", "2014-05") + " " + tagged("5", "X") + " b");
  CHECK(annalist::score_document(exact, doc("a M" + tagged("ay 5", "X") + " b")).relaxed == 1);
}

TEST_CASE("spans compare with whitespace ignored, so line endings and spacing do not matter") {
  const auto gold = doc("\nOn " + tagged("May 5,\n2014", "2014-05-05") + "\n");
  const auto system = doc("\r\nOn  " + tagged(" May 5, \r\n2014", "2014-05-05") + "\r\n");
  const auto c = annalist::score_document(gold, system);
  CHECK(c.strict == 1);
}

TEST_CASE("documents whose texts differ cannot be compared: InputError naming the system file") {
  const auto gold = doc("On " + tagged("May 5", "2014-05-05"));
  const auto system = doc("On May 6", "system.tml");
  CHECK_THROWS_WITH_AS(annalist::score_document(gold, system),
                       doctest::Contains("system.tml: its TEXT differs from the gold document doc.tml"),
                       annalist::InputError);
}

TEST_CASE("missed and spurious timexes lower recall and precision and are listed") {
  const auto gold = doc(tagged("today", "2014-02-05") + " and tomorrow");
  const auto system = doc("today and " + tagged("tomorrow", "2014-02-06"));
  std::vector<TimexDifference> differences;
  const auto c = annalist::score_document(gold, system, &differences);
  CHECK(c.relaxed == 0);
  CHECK(annalist::relaxed_scores(c).f1 == doctest::Approx(0.0));
  REQUIRE(differences.size() == 2);
  CHECK(differences[0].gold->text == "today");
  CHECK_FALSE(differences[0].system);
  CHECK(differences[1].system->text == "tomorrow");
}

TEST_CASE("gold timexes without a value are left out of the value accuracy") {
  const auto gold = TimemlDocument::parse(
      "<DOC><TEXT><TIMEX2 val=\"1939\">1939</TIMEX2> and <TIMEX2>the same time</TIMEX2></TEXT></DOC>", "g.key.xml");
  const auto system = doc(tagged("1939", "1939") + " and " + tagged("the same time", "PRESENT_REF"));
  const auto c = annalist::score_document(gold, system);
  CHECK(c.relaxed == 2);
  CHECK(c.value_scored == 1);
  CHECK(annalist::value_accuracy(c) == doctest::Approx(1.0));
}

TEST_CASE("counts add up over documents (micro average)") {
  const auto a = doc(tagged("May", "2014-05"));
  const auto b = doc(tagged("June", "2014-06") + " " + tagged("July", "2014-07"));
  TempevalCounts total;
  total += annalist::score_document(a, a);
  total += annalist::score_document(b, doc("June " + tagged("July", "2014-07")));
  CHECK(total.documents == 2);
  CHECK(total.gold == 3);
  CHECK(total.system == 2);
  CHECK(annalist::relaxed_scores(total).recall == doctest::Approx(2.0 / 3.0));
  CHECK(annalist::relaxed_scores(total).precision == doctest::Approx(1.0));
}

TEST_CASE("a decade spelled 199 or 199X is the same value") {
  const auto gold = doc(tagged("the 1990s", "199") + " and " + tagged("the 470s BC", "BC047X"));
  const auto system = doc(tagged("the 1990s", "199X") + " and " + tagged("the 470s BC", "BC047"));
  CHECK(annalist::score_document(gold, system).value_correct == 2);
  CHECK(annalist::score_document(gold, doc(tagged("the 1990s", "19") + " and the 470s BC")).value_correct == 0);
}
