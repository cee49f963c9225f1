// End-to-end tests of `annalist timex` (text, --jsonl and --timeml modes and their bad input) and
// of `annalist eval` (pairing documents, the tables, the differences file, errors).
#include "run.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/parser/timeml.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using annalist::test::run;
using annalist::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

const std::string sample_tml = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-02-05" temporalFunction="false" functionInDocument="CREATION_TIME">February 5, 2014</TIMEX3></DCT>
<TEXT>
Talks between AT&amp;T and the union <EVENT eid="e1">began</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2014-01-29">29 January 2014</TIMEX3> in Astana.
</TEXT>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
)";

std::string tml(const std::string& text) {
  return "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2014-02-05\" functionInDocument=\"CREATION_TIME\">"
         "x</TIMEX3></DCT>\n<TEXT>" +
         text + "</TEXT>\n</TimeML>\n";
}

std::string timex3(const std::string& text, const std::string& value, const std::string& type = "DATE") {
  return "<TIMEX3 tid=\"t9\" type=\"" + type + "\" value=\"" + value + "\">" + text + "</TIMEX3>";
}

}  // namespace

TEST_CASE("timex --help describes the three modes and exits 0") {
  const auto r = run("annalist timex --help");
  CHECK(r.exit_code == 0);
  for (const char* s : {"--jsonl", "--timeml", "--dct", "--date-order"}) CHECK(r.out.find(s) != std::string::npos);
}

TEST_CASE("timex on a text file prints one JSON object per expression with byte offsets into the input") {
  const std::string text = "Talks began on 29 January 2014 in Astana.\n";
  const auto r = run("annalist timex --dct 2014-02-05 -", text);
  CHECK(r.exit_code == 0);
  const auto lines = json_lines(r.out);
  REQUIRE(!lines.empty());
  CHECK(r.out.starts_with("{\"begin\":"));  // key order as documented
  for (const auto& j : lines) {
    const auto begin = j.at("begin").get<std::size_t>();
    const auto end = j.at("end").get<std::size_t>();
    REQUIRE(end <= text.size());
    CHECK(text.substr(begin, end - begin) == j.at("text").get<std::string>());
    CHECK(j.contains("type"));
    CHECK(j.contains("value"));
    CHECK(j.contains("mod"));
  }
  const auto found = std::find_if(lines.begin(), lines.end(), [](const auto& j) { return j["value"] == "2014-01-29"; });
  CHECK(found != lines.end());
}

TEST_CASE("timex without --dct takes the document date from the header line, and says so") {
  const auto r = run("annalist timex '" ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt'");
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("document date 2014-02-05 (from the document's header") != std::string::npos);
}

TEST_CASE("timex without --dct and without a header date uses today, and says so") {
  const auto r = run("annalist timex -", "Nothing dated here.\n");
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("using today") != std::string::npos);
}

TEST_CASE("timex warns of an impossible date with file and line, tags the rest and exits 0") {
  TempDir dir;
  const std::string f =
      dir.write("x.txt", "Talks began on 29 January 2015.\n\nThe deal was signed on February 30, 2015.\n").string();
  const auto r = run("annalist timex --dct 2015-06-01 '" + f + "'");
  CHECK(r.exit_code == 0);
  const auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["value"] == "2015-01-29");
  CHECK(r.err == "annalist timex: " + f + ":3: 'February 30, 2015' is not a date: February 2015 has 28 days\n");
  // JSON Lines: the line of the document.
  const auto jsonl = run("annalist timex --jsonl",
                         "{\"id\":\"a\",\"text\":\"on 29 January 2014\",\"dct\":\"2014-02-05\"}\n"
                         "{\"id\":\"b\",\"text\":\"It closed on 31 April.\",\"dct\":\"2014-02-05\"}\n");
  CHECK(jsonl.exit_code == 0);
  CHECK(json_lines(jsonl.out).at(1)["timexes"] == nlohmann::json::array());
  CHECK(jsonl.err == "annalist timex: <stdin>:2: '31 April' is not a date: April has 30 days\n");
}

TEST_CASE("timex rejects invalid UTF-8 and NUL bytes with line and column, exit 1") {
  TempDir dir;
  const auto bad_utf8 = dir.write("bad.txt", "fine line\nbad \xC3\x28 byte\n");
  auto r = run("annalist timex --dct 2014-02-05 '" + bad_utf8.string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.txt:2:5: invalid UTF-8") != std::string::npos);
  CHECK(r.out.empty());

  r = run("annalist timex --dct 2014-02-05 -", std::string("a\0b", 3));
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("<stdin>:1:2: NUL byte") != std::string::npos);
}

TEST_CASE("timex on an empty file prints nothing and succeeds, saying so and nothing about a document date") {
  const auto r = run("annalist timex --dct 2014-02-05 -", "");
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(r.err == "annalist timex: <stdin>: empty input, no expressions\n");
  const auto undated = run("annalist timex -", "");
  CHECK(undated.exit_code == 0);
  CHECK(undated.err == "annalist timex: <stdin>: empty input, no expressions\n");  // no "using today"
}

TEST_CASE("timex usage errors exit 2") {
  CHECK(run("annalist timex --dct 2014-13-01 -").exit_code == 2);
  CHECK(run("annalist timex --dct yesterday -").exit_code == 2);
  CHECK(run("annalist timex --date-order ymd -").exit_code == 2);
  CHECK(run("annalist timex --jsonl --timeml x").exit_code == 2);
  CHECK(run("annalist timex").exit_code == 2);
  CHECK(run("annalist timex --timeml").exit_code == 2);
}

TEST_CASE("timex --region gives the days of that country's holidays; a line's own region wins") {
  const auto text = run("annalist timex --dct 2013-02-12 --region IN -", "Independence Day is a holiday.");
  CHECK(text.exit_code == 0);
  REQUIRE(json_lines(text.out).size() == 1);
  CHECK(json_lines(text.out)[0]["value"] == "2013-08-15");
  const auto jsonl = run("annalist timex --jsonl --region GB",
                         "{\"id\":1,\"text\":\"Thanksgiving\",\"dct\":\"2013-02-12\",\"region\":\"CA\"}\n"
                         "{\"id\":2,\"text\":\"Mother's Day\",\"dct\":\"2013-02-12\"}\n"
                         "{\"id\":3,\"text\":\"Thanksgiving\",\"dct\":\"2013-02-12\",\"region\":\"Canada\"}\n");
  CHECK(jsonl.exit_code == 1);  // the third line's region is no ISO 3166 code
  const auto lines = json_lines(jsonl.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["timexes"][0]["value"] == "2013-10-14");  // Canada's: the second Monday of October
  CHECK(lines[1]["timexes"][0]["value"] == "2013-03-10");  // --region GB: Mothering Sunday
  CHECK(lines[2].contains("error"));
  CHECK(run("annalist timex --region india -").exit_code == 2);
  CHECK(run("annalist timex --region GB-SCOTLAND -").exit_code == 2);
}

TEST_CASE("timex --jsonl answers every line in order, and a malformed line with an error line") {
  const std::string input =
      "{\"id\":\"a\",\"text\":\"on 29 January 2014\",\"dct\":\"2014-02-05\"}\n"
      "{\"id\":7,\"text\":42}\n"
      "not json at all\n"
      "\n"
      "{\"id\":[1],\"text\":\"nothing here\",\"dct\":\"2013-02-12T04:30:00\",\"date_order\":\"dmy\"}\n"
      "{\"id\":\"bad dct\",\"text\":\"x\",\"dct\":\"Feb 12\"}\n";
  const auto r = run("annalist timex --jsonl", input);
  CHECK(r.exit_code == 1);
  const auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 5);
  CHECK(lines[0]["id"] == "a");
  CHECK(lines[0]["timexes"].is_array());
  CHECK(lines[1]["id"] == 7);
  CHECK(lines[1]["error"].get<std::string>().find("<stdin>:2:") == 0);
  CHECK(lines[2]["id"].is_null());
  CHECK(lines[2].contains("error"));
  CHECK(lines[3]["id"] == nlohmann::json::array({1}));
  CHECK(lines[3]["timexes"].is_array());
  CHECK(lines[4]["error"].get<std::string>().find("dct") != std::string::npos);
  CHECK(r.err.find("<stdin>:2:") != std::string::npos);
  CHECK(r.err.find("<stdin>:3:") != std::string::npos);
  CHECK(r.err.find("<stdin>:6:") != std::string::npos);
}

TEST_CASE("timex --jsonl reads a line's fields as JSON says, whichever parser reads it") {
  // The fields are read by simdjson where it can and by nlohmann's parser otherwise (an id that is a
  // fraction, a boolean or an array, a number beyond 64 bits, a byte-order mark): the answer is
  // the same. A key said twice keeps its last value; escaped keys are the keys they spell.
  // One request a line; the seventh opens with a byte-order mark, the tenth's text holds a tab.
  const std::string input = R"({"id":1,"text":"on Monday","id":"one"}
{"\u0069d":2,"te\u0078t":"next week","other":{"a":[1.5,null]}}
{"id":-0,"text":"in June"}
{"id":-0.0,"text":"in June"}
{"id":18446744073709551616,"text":"in June"}
{"id":18446744073709551615,"text":"in June"}
)" + std::string("\xEF\xBB\xBF") +
                            R"({"id":true,"text":"in June"}
{"id":3,"text":"in June","dct":5,"dct":"2019-02-05"}
{"id":4,"text":"in June","dct":"2019-02-05","dct":5}
{"id":5,"text":"in)" + std::string("\t") +
                            R"(June"}
{"id":6,"text":"in June","other":1e400}
)";
  const auto r = run("annalist timex --jsonl --dct 2014-02-05", input);
  CHECK(r.exit_code == 1);
  const std::string june =
      R"("timexes":[{"begin":3,"end":7,"text":"June","type":"DATE","value":"2014-06","mod":null}]})";
  CHECK(
      r.out ==
      R"({"id":"one","timexes":[{"begin":3,"end":9,"text":"Monday","type":"DATE","value":"2014-02-03","mod":null}]})"
      "\n"
      R"({"id":2,"timexes":[{"begin":0,"end":9,"text":"next week","type":"DATE","value":"2014-W07","mod":null}]})"
      "\n"
      R"({"id":0,)" +
          june + "\n" + R"({"id":-0.0,)" + june + "\n" + R"({"id":1.8446744073709552e+19,)" + june + "\n" +
          R"({"id":18446744073709551615,)" + june + "\n" + R"({"id":true,)" + june + "\n" +
          R"({"id":3,"timexes":[{"begin":3,"end":7,"text":"June","type":"DATE","value":"2019-06","mod":null}]})"
          "\n"
          R"({"id":4,"error":"<stdin>:9: \"dct\" must be a string"})"
          "\n"
          R"({"id":null,"error":"<stdin>:10: invalid JSON at column 19: invalid string: control character U+0009 (HT) must be escaped to \\u0009 or \\t"})"
          "\n"
          R"({"id":null,"error":"<stdin>:11: invalid JSON: number overflow parsing '1e400'"})"
          "\n");
  CHECK(r.err ==
        "annalist timex: <stdin>:9: \"dct\" must be a string\n"
        "annalist timex: <stdin>:10: invalid JSON at column 19: invalid string: control character U+0009 (HT) must be "
        "escaped to \\u0009 or \\t\n"
        "annalist timex: <stdin>:11: invalid JSON: number overflow parsing '1e400'\n");
}

TEST_CASE("timex --jsonl answers many lines, a long text among them, in input order with their warnings") {
  // Lines are tagged a batch at a time; a text longer than a segment is tagged on its own, streamed.
  std::string input, long_text;
  for (int i = 0; i < 20000; ++i) long_text += "on 3 May 2014, ";
  for (int i = 1; i <= 3000; ++i) {
    if (i == 1500) {
      input += "{\"id\":" + std::to_string(i) + ",\"text\":\"" + long_text + "\",\"dct\":\"2014-02-05\"}\n";
      continue;
    }
    const bool impossible = i % 1000 == 0;
    input += "{\"id\":" + std::to_string(i) + ",\"text\":\"" + (impossible ? "on 31 April" : "on Monday") +
             "\",\"dct\":\"2014-02-05\"}\n";
  }
  const auto r = run("annalist timex --jsonl", input);
  CHECK(r.exit_code == 0);
  const auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 3000);
  for (int i = 1; i <= 3000; ++i) {
    CAPTURE(i);
    const auto& line = lines[static_cast<std::size_t>(i - 1)];
    CHECK(line["id"] == i);
    CHECK(line["timexes"].size() == (i == 1500 ? 20000u : i % 1000 == 0 ? 0u : 1u));
  }
  CHECK(r.err ==
        "annalist timex: <stdin>:1000: '31 April' is not a date: April has 30 days\n"
        "annalist timex: <stdin>:2000: '31 April' is not a date: April has 30 days\n"
        "annalist timex: <stdin>:3000: '31 April' is not a date: April has 30 days\n");
}

TEST_CASE("timex --timeml writes the document with our TIMEX3 tags and its text unchanged") {
  TempDir dir;
  const auto in = dir.write("sample.tml", sample_tml);
  const auto r = run("annalist timex --timeml '" + in.string() + "'");
  CHECK(r.exit_code == 0);
  const auto gold = annalist::TimemlDocument::parse(sample_tml, "gold");
  const auto ours = annalist::TimemlDocument::parse(r.out, "stdout");
  CHECK(ours.text() == gold.text());
  CHECK(ours.creation_date() == gold.creation_date());
  CHECK(r.out.find("AT&amp;T") != std::string::npos);
  CHECK(r.out.find("<EVENT") == std::string::npos);
  CHECK(r.out.find("<TLINK") == std::string::npos);
  for (const auto& t : ours.timexes()) CHECK(t.tid != "t0");
}

TEST_CASE("timex --timeml on a directory writes a directory; a file that is not XML is reported, the rest written") {
  TempDir dir;
  dir.write("in/a.tml", sample_tml);
  dir.write("in/b.tml", "<TimeML>\n<TEXT>\nIn 2014 it <b>rose.\n</TEXT>\n</TimeML>\n");
  dir.write("in/notes.txt", "not a document");
  const auto r =
      run("annalist timex --timeml '" + (dir.path / "in").string() + "' -o '" + (dir.path / "out").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("b.tml:4:1: not well-formed XML: end tag </TEXT> does not match <b>") != std::string::npos);
  CHECK(fs::exists(dir.path / "out" / "a.tml"));
  CHECK_FALSE(fs::exists(dir.path / "out" / "b.tml"));
  CHECK_FALSE(fs::exists(dir.path / "out" / "notes.txt"));
}

TEST_CASE("timex --timeml refuses to write over its input") {
  TempDir dir;
  const auto in = dir.write("a.tml", sample_tml);
  const auto r = run("annalist timex --timeml '" + in.string() + "' -o '" + in.string() + "'");
  CHECK(r.exit_code == 2);  // a usage error, checked before the work, as for extract and export
  CHECK(annalist::read_file(in) == sample_tml);
}

TEST_CASE("timex --timeml reads ACE SGML input with its DATETIME") {
  TempDir dir;
  const auto in = dir.write("01_WW2.sgm",
                            "<DOC>\n<DOCID>01_WW2</DOCID>\n<DATETIME> 2009-12-19T17:00:00 </DATETIME>\n<TEXT>\nOn "
                            "September 1, 1939, war broke out.\n</TEXT>\n</DOC>\n");
  const auto r = run("annalist timex --timeml '" + in.string() + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());  // the DCT came from the document
  CHECK(annalist::TimemlDocument::parse(r.out, "out").text() == "\nOn September 1, 1939, war broke out.\n");
}

TEST_CASE("timex --timeml says which line holds an impossible CREATION_TIME and what is wrong with it") {
  TempDir dir;
  const auto document = [](const std::string& dct) {
    return "<TimeML>\n<DOCID>d</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + dct +
           "\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\n<TEXT>It rose last month.</TEXT>\n</TimeML>\n";
  };
  const auto feb30 = dir.write("feb30.tml", document("2014-02-30"));
  const auto r = run("annalist timex --timeml '" + feb30.string() + "'");
  CHECK(r.exit_code == 0);  // the text is still tagged, against today
  CHECK(r.err.find(feb30.string() +
                   ":3: the CREATION_TIME value \"2014-02-30\" is not a date: February 2014 has 28 days and "
                   "no --dct: using today") != std::string::npos);
  const auto year0 = dir.write("year0.tml", document("0000-01-01T00:00:00"));
  const auto with_dct = run("annalist timex --dct 2014-02-05 --timeml '" + year0.string() + "'");
  CHECK(with_dct.exit_code == 0);
  CHECK(with_dct.err.find("year0.tml:3: the CREATION_TIME value \"0000-01-01T00:00:00\" is not a date: year 0 "
                          "does not exist; using --dct, 2014-02-05") != std::string::npos);
  CHECK(with_dct.out.find("value=\"2014-01\"") != std::string::npos);  // last month, counted from --dct
}

TEST_CASE("timex handles a single line of 1.5 MB") {
  std::string line;
  const std::string sentence = "The ministry said on 29 January 2014 that exports rose 2.5% in 2013; ";
  while (line.size() < 1'500'000) line += sentence;
  const auto r = run("annalist timex --dct 2014-02-05 -", line);
  CHECK(r.exit_code == 0);
  CHECK(!r.out.empty());
  CHECK(r.out.back() == '\n');
}

// ---------------------------------------------------------------------------------------------
// annalist eval

TEST_CASE("eval of gold against itself prints a table of ones") {
  TempDir dir;
  dir.write("gold/a.tml", tml("On " + timex3("May 5", "2014-05-05") + " for " + timex3("a week", "P1W", "DURATION")));
  const auto r = run("annalist eval --gold '" + (dir / "gold") + "' --system '" + (dir / "gold") + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("gold: 1 documents, 2 gold timexes, 2 system timexes") != std::string::npos);
  CHECK(r.out.find("strict          1.0000  1.0000  1.0000") != std::string::npos);
  CHECK(r.out.find("value     accuracy 1.0000          F1 1.0000") != std::string::npos);
}

TEST_CASE("eval pairs WikiWars gold .key.xml with system .sgm output and scores TIMEX2 as TIMEX3") {
  TempDir dir;
  dir.write("gold/01_WW2.key.xml",
            "<DOC>\n<DATETIME> <TIMEX2 val=\"2009-12-19\">x</TIMEX2> </DATETIME>\n<TEXT>\nIn <TIMEX2 "
            "val=\"1939\">1939</TIMEX2> and <TIMEX2 val=\"P4W\">four weeks</TIMEX2>.\n</TEXT>\n</DOC>\n");
  dir.write("sys/01_WW2.sgm", "<DOC>\n<DATETIME> 2009-12-19 </DATETIME>\n<TEXT>\nIn " + timex3("1939", "1939") +
                                  " and four " + timex3("weeks", "P4W", "DURATION") + ".\n</TEXT>\n</DOC>\n");
  const auto r = run("annalist eval --json --corpus 'WW=" + (dir / "gold") + ":" + (dir / "sys") + "'");
  CHECK(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.size() == 1);
  CHECK(j[0]["corpus"] == "WW");
  CHECK(j[0]["strict"]["matches"] == 1);
  CHECK(j[0]["relaxed"]["matches"] == 2);
  CHECK(j[0]["type"]["accuracy"].get<double>() == doctest::Approx(1.0));
  CHECK(j[0]["value"]["f1"].get<double>() == doctest::Approx(1.0));
}

TEST_CASE("eval writes every disagreement to the differences file") {
  TempDir dir;
  dir.write("gold/a.tml", tml(timex3("today", "2014-02-05") + " and tomorrow, " + timex3("Monday", "2014-02-03")));
  dir.write("sys/a.tml", tml("today and " + timex3("tomorrow", "2014-02-06") + ", " + timex3("Monday", "2014-02-10")));
  const auto r = run("annalist eval --gold '" + (dir / "gold") + "' --system '" + (dir / "sys") + "' --differences '" +
                     (dir / "diff.tsv") + "'");
  CHECK(r.exit_code == 0);
  const auto tsv = annalist::read_file(dir / "diff.tsv");
  CHECK(tsv.starts_with("corpus\tdocument\tline\tproblem\t"));
  CHECK(tsv.find("gold\ta\t1\tvalue\tMonday\tDATE\t2014-02-03\tMonday\tDATE\t2014-02-10\n") != std::string::npos);
  CHECK(tsv.find("\tmissed\ttoday\tDATE\t2014-02-05\t\t\t\n") != std::string::npos);
  CHECK(tsv.find("\tspurious\t\t\t\ttomorrow\tDATE\t2014-02-06\n") != std::string::npos);
}

TEST_CASE("eval prints one table per corpus and a summary row for each") {
  TempDir dir;
  dir.write("g1/a.tml", tml(timex3("May", "2014-05")));
  dir.write("g2/b.tml", tml(timex3("June", "2014-06")));
  const auto r = run("annalist eval --corpus 'One=" + (dir / "g1") + ":" + (dir / "g1") +
                     "' --corpus 'Two=" + (dir / "g2") + ":" + (dir / "g2") + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("One: 1 documents") != std::string::npos);
  CHECK(r.out.find("Two: 1 documents") != std::string::npos);
  CHECK(r.out.find("corpus  docs") != std::string::npos);
}

TEST_CASE("eval counts a gold document without system output as missed and warns") {
  TempDir dir;
  dir.write("gold/a.tml", tml(timex3("May", "2014-05")));
  dir.write("gold/b.tml", tml(timex3("June", "2014-06")));
  dir.write("sys/a.tml", tml(timex3("May", "2014-05")));
  const auto r = run("annalist eval --json --gold '" + (dir / "gold") + "' --system '" + (dir / "sys") + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("no system document for") != std::string::npos);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j[0]["gold"] == 2);
  CHECK(j[0]["relaxed"]["recall"].get<double>() == doctest::Approx(0.5));
}

TEST_CASE("eval reports a system document that is not XML or whose text differs, scores the rest, exits 1") {
  TempDir dir;
  dir.write("gold/a.tml", tml(timex3("May", "2014-05")));
  dir.write("gold/b.tml", tml(timex3("June", "2014-06")));
  dir.write("gold/c.tml", tml(timex3("July", "2014-07")));
  dir.write("sys/a.tml", tml(timex3("May", "2014-05")));
  dir.write("sys/b.tml", "<TimeML>\n<TEXT>June</TEXT>\n");
  dir.write("sys/c.tml", tml("August"));
  const auto r = run("annalist eval --json --gold '" + (dir / "gold") + "' --system '" + (dir / "sys") + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("b.tml:3:1: not well-formed XML") != std::string::npos);
  CHECK(r.err.find("c.tml: its TEXT differs from the gold document") != std::string::npos);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j[0]["documents"] == 1);
}

TEST_CASE("eval usage errors exit 2") {
  CHECK(run("annalist eval").exit_code == 2);
  CHECK(run("annalist eval --gold a").exit_code == 2);
  CHECK(run("annalist eval --corpus nocolon=a").exit_code == 2);
  CHECK(run("annalist eval --corpus =a:b").exit_code == 2);
  CHECK(run("annalist eval --gold a --system b extra").exit_code == 2);
}

TEST_CASE("eval of a missing directory is an input error") {
  const auto r = run("annalist eval --gold /nonexistent/gold --system /nonexistent/sys");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("/nonexistent/gold: no such file or directory") != std::string::npos);
}

TEST_CASE("eval of two single files pairs them whatever their names") {
  TempDir dir;
  const auto gold = dir.write("gold.tml", tml(timex3("May", "2014-05")));
  const auto system = dir.write("tagged-output.tml", tml(timex3("May", "2014-05")));
  const auto r = run("annalist eval --json --gold '" + gold.string() + "' --system '" + system.string() + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(nlohmann::json::parse(r.out)[0]["strict"]["matches"] == 1);
}

TEST_CASE("timex JSON Lines carry the zone a time names as a UTC offset, and no zone field otherwise") {
  const auto r = run("annalist timex --dct 2014-02-05 -", "Trading opens at 9:30 EST and closes at 4pm.\n");
  CHECK(r.exit_code == 0);
  const auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["text"] == "9:30 EST");
  CHECK(lines[0]["value"] == "2014-02-05T09:30");  // the wall-clock time as written
  CHECK(lines[0]["zone"] == "-05:00");
  CHECK(lines[1]["text"] == "4pm");
  CHECK_FALSE(lines[1].contains("zone"));
  const auto jsonl =
      run("annalist timex --jsonl", R"({"id":1,"text":"Thursday at 9:30pm IST","dct":"2013-02-12T04:30:00"})"
                                    "\n");
  CHECK(jsonl.exit_code == 0);
  const auto objects = json_lines(jsonl.out);
  REQUIRE(objects.size() == 1);
  REQUIRE(objects[0]["timexes"].size() == 1);
  CHECK(objects[0]["timexes"][0]["zone"] == "+05:30");
}

TEST_CASE("timex writes a set's quant and freq in JSON Lines and TimeML, and no such field otherwise") {
  const auto r = run("annalist timex --dct 2014-02-05 -", "Talks resume every Tuesday, twice a week in March.\n");
  CHECK(r.exit_code == 0);
  const auto lines = json_lines(r.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["quant"] == "EVERY");
  CHECK_FALSE(lines[0].contains("freq"));
  CHECK(lines[1]["freq"] == "2X");
  CHECK_FALSE(lines[1].contains("quant"));
  CHECK_FALSE(lines[2].contains("quant"));
  CHECK_FALSE(lines[2].contains("freq"));

  TempDir dir;
  const auto in = dir.write("sets.tml", tml("The council sits every other Thursday and in 2014.\n"));
  const auto timeml = run("annalist timex --timeml '" + in.string() + "'");
  CHECK(timeml.exit_code == 0);
  CHECK(timeml.out.find(R"(type="SET" value="XXXX-WXX-4" quant="EVERY" freq="2W">every other Thursday</TIMEX3>)") !=
        std::string::npos);
  CHECK(timeml.out.find(R"(value="2014">)") != std::string::npos);
}
