// TimeML reading and writing: what TimemlDocument takes from each kind of file and how it writes
// our tags back.
#include <annalist/engine/file_io.hpp>
#include <annalist/parser/timeml.hpp>

#include <doctest/doctest.h>

#include <string>

using annalist::AnnotatedTimex;
using annalist::InputError;
using annalist::TimeExpression;
using annalist::TimemlDocument;
using annalist::TimexType;

namespace {

const std::string tbaq_like = R"(<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>APW19980213.1310</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" functionInDocument="CREATION_TIME" value="1998-02-13T13:10:00" temporalFunction="false">02/13/1998 13:10:00</TIMEX3></DCT>
<TITLE>AT&amp;T results</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t5" type="DATE" value="1998-02-12" temporalFunction="true" anchorTimeID="t0">Thursday</TIMEX3> it <SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t6" type="DATE" value="1997" mod="END">late 1997</TIMEX3> &quot;grew&quot;.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t5"/>
</TimeML>
)";

const std::string expected_text = "\nAT&T said Thursday it in late 1997 \"grew\".\n";

TimeExpression expression(const std::string& text, std::string_view phrase, TimexType type, std::string value,
                          std::string mod = "") {
  TimeExpression e;
  e.begin = text.find(phrase);
  REQUIRE(e.begin != std::string::npos);
  e.end = e.begin + phrase.size();
  e.text = std::string(phrase);
  e.type = type;
  e.value = std::move(value);
  e.mod = std::move(mod);
  return e;
}

std::string substr(const std::string& text, const AnnotatedTimex& t) { return text.substr(t.begin, t.end - t.begin); }

// The message of the InputError parsing `raw` as "bad.tml" throws, else "no error".
std::string error_of(const std::string& raw) {
  try {
    TimemlDocument::parse(raw, "bad.tml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a TimeML document gives its TEXT without markup, entities decoded, and its DCT date") {
  const auto doc = TimemlDocument::parse(tbaq_like, "doc.tml");
  CHECK(doc.text() == expected_text);
  REQUIRE(doc.creation_date());
  CHECK(*doc.creation_date() == date::local_days{date::year{1998} / 2 / 13});
}

TEST_CASE("the TIMEX3 tags inside TEXT become annotated timexes with offsets into the text") {
  const auto doc = TimemlDocument::parse(tbaq_like, "doc.tml");
  REQUIRE(doc.timexes().size() == 2);  // the DCT is outside TEXT and not a markable
  CHECK(substr(doc.text(), doc.timexes()[0]) == "Thursday");
  CHECK(doc.timexes()[0].tid == "t5");
  CHECK(doc.timexes()[0].type == "DATE");
  CHECK(doc.timexes()[0].value == "1998-02-12");
  CHECK(substr(doc.text(), doc.timexes()[1]) == "late 1997");
  CHECK(doc.timexes()[1].mod == "END");
}

TEST_CASE("WikiWars TIMEX2 is read as TIMEX3: outermost tags, derived types, decade values") {
  const std::string keyinline = R"(<DOC>
<DOCID>01_WW2</DOCID>
<DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX2> </DATETIME>
<TEXT>
On <TIMEX2 val="1939-09-01">September 1, 1939</TIMEX2>, <TIMEX2 val="P4W" mod="APPROX">nearly four weeks of fighting since <TIMEX2 val="1939-09">September</TIMEX2></TIMEX2>; <TIMEX2 val="XXXX-WXX" set="YES">weekly</TIMEX2> in <TIMEX2 val="193">the 1930s</TIMEX2> at <TIMEX2 val="1939-09-01T05:00">5 am</TIMEX2>, <TIMEX2 comment="EC:EVENT-BASED">then</TIMEX2>, <TIMEX2 val="PRESENT_REF">now</TIMEX2>.
</TEXT>
</DOC>
)";
  const auto doc = TimemlDocument::parse(keyinline, "01_WW2.key.xml");
  REQUIRE(doc.creation_date());
  CHECK(*doc.creation_date() == date::local_days{date::year{2009} / 12 / 19});
  REQUIRE(doc.timexes().size() == 7);
  CHECK(substr(doc.text(), doc.timexes()[1]) == "nearly four weeks of fighting since September");
  CHECK(doc.timexes()[1].type == "DURATION");
  CHECK(doc.timexes()[1].mod == "APPROX");
  CHECK(doc.timexes()[2].type == "SET");
  CHECK(doc.timexes()[3].value == "193X");
  CHECK(doc.timexes()[4].type == "TIME");
  CHECK(doc.timexes()[5].value.empty());
  CHECK(doc.timexes()[5].type == "DATE");
  CHECK(doc.timexes()[6].type == "DATE");  // PRESENT_REF starts with P but is no duration
}

TEST_CASE("ACE SGML input takes its DCT from the DATETIME text") {
  const auto doc = TimemlDocument::parse(
      "<DOC>\n<DOCID>01_WW2</DOCID>\n<DATETIME> 2009-12-19T17:00:00 </DATETIME>\n<TEXT>\nIn 1939 "
      "war.\n</TEXT>\n</DOC>\n",
      "01_WW2.sgm");
  REQUIRE(doc.creation_date());
  CHECK(*doc.creation_date() == date::local_days{date::year{2009} / 12 / 19});
  CHECK(doc.text() == "\nIn 1939 war.\n");
  CHECK(doc.timexes().empty());
}

TEST_CASE("ACE SGML may have a bare ampersand, which stays literal and stays as it was when written") {
  const auto doc = TimemlDocument::parse("<DOC><TEXT>AT&T in 1999 &amp; Q&A</TEXT></DOC>", "x.sgm");
  CHECK(doc.text() == "AT&T in 1999 & Q&A");
  CHECK_THROWS_AS(TimemlDocument::parse("<DOC><TEXT>AT&T</TEXT></DOC>", "x.tml"), InputError);
  const auto out = doc.with_timexes({expression(doc.text(), "1999", TimexType::date, "1999")});
  CHECK(out ==
        "<DOC><TEXT>AT&T in <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999\">1999</TIMEX3> &amp; Q&A</TEXT></DOC>");
}

TEST_CASE("an empty TEXT element is an empty text") {
  const auto doc = TimemlDocument::parse("<TimeML><TEXT/></TimeML>", "x.tml");
  CHECK(doc.text().empty());
  CHECK(doc.with_timexes({}) == "<TimeML><TEXT/></TimeML>");
}

TEST_CASE("a document without a DCT has no creation date") {
  const auto doc = TimemlDocument::parse("<TimeML><TEXT>In 1939.</TEXT></TimeML>", "x.tml");
  CHECK_FALSE(doc.creation_date());
}

TEST_CASE("input that is not well-formed XML is an InputError naming file, line and problem") {
  CHECK(error_of("<TimeML>\n<TEXT>\nfoo</EVENT>\n</TEXT></TimeML>") ==
        "bad.tml:3:4: not well-formed XML: end tag </EVENT> does not match <TEXT> opened at line 2");
  CHECK(error_of("<TimeML><TEXT>AT&T</TEXT></TimeML>").starts_with("bad.tml:1:17: not well-formed XML: undefined"));
  CHECK(error_of("<TimeML><TEXT a=b>x</TEXT></TimeML>").find("expected a quoted value") != std::string::npos);
  CHECK(error_of("<TimeML>\n<TEXT>x</TEXT>\n").find("end of file inside <TimeML>") != std::string::npos);
  CHECK(error_of("").find("no root element") != std::string::npos);
  CHECK(error_of("just some text\n").find("text before the root element") != std::string::npos);
  CHECK(error_of("<TimeML><TEXT>x</TEXT></TimeML><more/>").find("a second root element") != std::string::npos);
  CHECK(error_of("<TimeML><DOCID>x</DOCID></TimeML>") == "bad.tml: no <TEXT> element");
}

TEST_CASE("an attribute value is refused where it has a '<', a bad reference or no closing quote") {
  CHECK(error_of("<TimeML><TEXT a=\"x<y\">z</TEXT></TimeML>") ==
        "bad.tml:1:19: not well-formed XML: '<' in attribute value");
  // Without its closing quote the value is unterminated, whatever it holds.
  CHECK(error_of("<TimeML><TEXT a=\"x<y>z</TEXT></TimeML>") ==
        "bad.tml:1:17: not well-formed XML: unterminated attribute value");
  CHECK(error_of("<TimeML><TEXT a='AT&T'>z</TEXT></TimeML>") ==
        "bad.tml:1:20: not well-formed XML: undefined or malformed entity reference '&' (a literal '&' must be "
        "written &amp;)");
  CHECK(error_of("<TimeML><TEXT a=\"1\" a=\"AT&amp;T\">z</TEXT></TimeML>") ==
        "bad.tml:1:21: not well-formed XML: duplicate attribute a");
  // A tag of many attributes, quoted either way, references in them decoded, reads.
  const auto doc = TimemlDocument::parse(
      "<TimeML><TEXT a=\"AT&amp;T\" b='\"' c=\"1\" d=\"2\" e=\"3\" f=\"4\" g=\"5\" h=\"6\" i=\"7\">z</TEXT></TimeML>",
      "many.tml");
  CHECK(doc.text() == "z");
}

TEST_CASE("element and attribute names take letters, digits, '_', ':', '-', '.' and non-ASCII, not a digit first") {
  const auto doc = TimemlDocument::parse(
      "<TimeML xmlns:x=\"1\"><x:a-b.c_1 \xC3\xA9t\xC3\xA9=\"2\" _z9=\"3\"/><TEXT>z</TEXT></TimeML>", "names.tml");
  CHECK(doc.text() == "z");
  CHECK(error_of("<TimeML><1a/><TEXT>z</TEXT></TimeML>") ==
        "bad.tml:1:10: not well-formed XML: expected element name after '<'");
  CHECK(error_of("<TimeML><a -b=\"1\"/><TEXT>z</TEXT></TimeML>") ==
        "bad.tml:1:12: not well-formed XML: expected attribute name");
}

TEST_CASE("writing puts our TIMEX3 tags in TEXT and keeps every other byte of the text as it was") {
  const auto doc = TimemlDocument::parse(tbaq_like, "doc.tml");
  const auto out = doc.with_timexes({expression(doc.text(), "Thursday", TimexType::date, "1998-02-12"),
                                     expression(doc.text(), "late 1997", TimexType::date, "1997", "END")});
  CHECK(out.find("AT&amp;T said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-12\">Thursday</TIMEX3> it in "
                 "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1997\" mod=\"END\">late 1997</TIMEX3> &quot;grew&quot;.") !=
        std::string::npos);
  // Outside TEXT: the DCT and title stay; links to the dropped EVENT tags go, whole lines.
  CHECK(out.find("functionInDocument=\"CREATION_TIME\"") != std::string::npos);
  CHECK(out.find("<TITLE>AT&amp;T results</TITLE>") != std::string::npos);
  CHECK(out.find("MAKEINSTANCE") == std::string::npos);
  CHECK(out.find("TLINK") == std::string::npos);
  CHECK(out.find("EVENT") == std::string::npos);
  CHECK(out.ends_with("</TEXT>\n</TimeML>\n"));
}

TEST_CASE("a written document reads back with the same text and our timexes") {
  const auto doc = TimemlDocument::parse(tbaq_like, "doc.tml");
  const auto again = TimemlDocument::parse(
      doc.with_timexes({expression(doc.text(), "AT&T said", TimexType::date, "X"),  // spans an entity
                        expression(doc.text(), "1997 \"grew", TimexType::duration, "P1Y")}),
      "again.tml");
  CHECK(again.text() == doc.text());
  REQUIRE(again.timexes().size() == 2);
  CHECK(substr(again.text(), again.timexes()[0]) == "AT&T said");
  CHECK(substr(again.text(), again.timexes()[1]) == "1997 \"grew");
  CHECK(again.timexes()[1].type == "DURATION");
  CHECK(again.timexes()[1].value == "P1Y");
  CHECK(again.creation_date() == doc.creation_date());
}

TEST_CASE("our tids skip the ones kept outside TEXT") {
  const auto doc = TimemlDocument::parse(
      "<TimeML><DCT><TIMEX3 tid=\"t1\" functionInDocument=\"CREATION_TIME\" value=\"2000-01-01\">x</TIMEX3></DCT>"
      "<TEXT>in 1999</TEXT></TimeML>",
      "x.tml");
  const auto out = doc.with_timexes({expression(doc.text(), "1999", TimexType::date, "1999")});
  CHECK(out.find("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1999\">1999</TIMEX3>") != std::string::npos);
}

TEST_CASE("overlapping or out-of-range expressions are skipped so that the output stays well-formed") {
  const auto doc = TimemlDocument::parse(tbaq_like, "doc.tml");
  auto outside = expression(doc.text(), "Thursday", TimexType::date, "1998-02-12");
  outside.begin = doc.text().size() - 1;
  outside.end = doc.text().size() + 5;
  const auto out = doc.with_timexes({expression(doc.text(), "said Thursday", TimexType::date, "a"),
                                     expression(doc.text(), "Thursday it", TimexType::date, "b"), outside});
  const auto again = TimemlDocument::parse(out, "again.tml");
  REQUIRE(again.timexes().size() == 1);
  CHECK(substr(again.text(), again.timexes()[0]) == "said Thursday");
}

TEST_CASE("attribute values we write are escaped") {
  const auto doc = TimemlDocument::parse(tbaq_like, "doc.tml");
  const auto again = TimemlDocument::parse(
      doc.with_timexes({expression(doc.text(), "Thursday", TimexType::date, "a\"<&>b")}), "again.tml");
  REQUIRE(again.timexes().size() == 1);
  CHECK(again.timexes()[0].value == "a\"<&>b");
}

TEST_CASE("document keys pair gold and system files across naming conventions") {
  CHECK(annalist::document_key("gold/01_WW2.key.xml") == "01_WW2");
  CHECK(annalist::document_key("sys/01_WW2.sgm") == "01_WW2");
  CHECK(annalist::document_key("ABC19980108.1830.0711.tml") == "ABC19980108.1830.0711");
  CHECK(annalist::is_timeml_file_name("a.tml"));
  CHECK_FALSE(annalist::is_timeml_file_name("readme.txt"));
}

TEST_CASE("a range is written as two TIMEX3s, one per end, the signal words left outside") {
  const auto doc =
      TimemlDocument::parse("<TimeML><TEXT>It ran from 1915 to 1916, then 1861-1865.</TEXT></TimeML>", "doc.tml");
  auto from_to = expression(doc.text(), "from 1915 to 1916", TimexType::date, "1915");
  from_to.range_begin = "1915";
  from_to.range_end = "1916";
  auto dash = expression(doc.text(), "1861-1865", TimexType::date, "1861");
  dash.range_begin = "1861";
  dash.range_end = "1865";
  const auto out = doc.with_timexes({from_to, dash});
  CHECK(out.find("from <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1915\">1915</TIMEX3> to "
                 "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1916\">1916</TIMEX3>, then "
                 "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1861\">1861</TIMEX3>-"
                 "<TIMEX3 tid=\"t4\" type=\"DATE\" value=\"1865\">1865</TIMEX3>.") != std::string::npos);
}

TEST_CASE("a span of years with a slash is written as two TIMEX3s, as with a dash") {
  const auto doc = TimemlDocument::parse("<TimeML><TEXT>the 2024/25 season</TEXT></TimeML>", "doc.tml");
  auto season = expression(doc.text(), "2024/25", TimexType::date, "2024");
  season.range_begin = "2024";
  season.range_end = "2025";
  const auto out = doc.with_timexes({season});
  CHECK(out.find("the <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024\">2024</TIMEX3>/"
                 "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2025\">25</TIMEX3> season") != std::string::npos);
}

TEST_CASE("a range of dates with month names divides at its dash, a prefix's dash does not") {
  const auto doc =
      TimemlDocument::parse("<TimeML><TEXT>on 14 August-24 August, in mid-1990s-2000</TEXT></TimeML>", "doc.tml");
  auto days = expression(doc.text(), "14 August-24 August", TimexType::date, "1914-08-14");
  days.range_begin = "1914-08-14";
  days.range_end = "1914-08-24";
  auto decade = expression(doc.text(), "mid-1990s-2000", TimexType::date, "199");
  decade.range_begin = "199";
  decade.range_end = "2000";
  const auto out = doc.with_timexes({days, decade});
  CHECK(out.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1914-08-14\">14 August</TIMEX3>-"
                 "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1914-08-24\">24 August</TIMEX3>") != std::string::npos);
  CHECK(out.find(">mid-1990s</TIMEX3>-<TIMEX3") != std::string::npos);
}

TEST_CASE("a duration's covered period stays one TIMEX3") {
  const auto doc = TimemlDocument::parse("<TimeML><TEXT>in the next two to three weeks</TEXT></TimeML>", "doc.tml");
  auto weeks = expression(doc.text(), "the next two to three weeks", TimexType::duration, "P3W");
  weeks.range_begin = "2014-W07";
  weeks.range_end = "2014-W09";
  const auto out = doc.with_timexes({weeks});
  CHECK(out.find(">the next two to three weeks</TIMEX3>") != std::string::npos);
}
