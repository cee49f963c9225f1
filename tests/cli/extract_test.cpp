// `annalist extract` end to end: inputs of every kind, DCT reporting, bad input, determinism.
#include "run.hpp"

#include <annalist/engine/file_io.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

using annalist::test::run;
using annalist::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string seed = ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt";

nlohmann::json parse(const std::string& s) { return nlohmann::json::parse(s); }

const std::string article =
    "Tuesday, 3 March 2015\n\nPort Deal Signed\n\n"
    "The two governments signed a port agreement in Mombasa on Monday. The new terminal will open in 2017.\n";

}  // namespace

TEST_CASE("extract --help describes the command and exits 0") {
  const auto r = run("annalist extract --help");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("usage: annalist extract") != std::string::npos);
  CHECK(r.out.find("--dct") != std::string::npos);
}

TEST_CASE("extract without input, or with a bad option value, is a usage error") {
  CHECK(run("annalist extract").exit_code == 2);
  const auto r = run("annalist extract --dct 2014-13-01 '" + seed + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--dct") != std::string::npos);
  CHECK(run("annalist extract --date-order sideways '" + seed + "'").exit_code == 2);
  CHECK(run("annalist extract --jobs 0 '" + seed + "'").exit_code == 2);
}

TEST_CASE("extract of the seed prints a timeline with its events and keeps chrome apart") {
  const auto r = run("annalist extract '" + seed + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("DCT 2014-02-05 from its header date line") != std::string::npos);
  const auto j = parse(r.out);
  REQUIRE(j["documents"].size() == 1);
  CHECK(j["documents"][0]["id"] == "kazakhstan-foreign-policy-2014");
  CHECK(j["documents"][0]["dct"] == "2014-02-05");
  CHECK(j["documents"][0]["title"] == "Kazakhstan Adopts New Foreign Policy Concept");
  bool approval = false;
  for (const auto& e : j["events"]) {
    CHECK(e["time"]["start"].get<std::string>() < "2015-02");  // no footer publication, nothing in 2050
    approval =
        approval || (e["trigger"] == "approved" && e["time"]["start"] == "2014-01-29" && e["status"] == "occurred");
  }
  CHECK(approval);
  REQUIRE(j.contains("chrome"));
  bool related = false;
  for (const auto& c : j["chrome"]) related = related || c["kind"] == "related_list";
  CHECK(related);
}

TEST_CASE("--dct overrides the header and stderr says so; -o writes the file, not stdout") {
  TempDir dir;
  const std::string out = (dir.path / "t.json").string();
  const auto r = run("annalist extract --dct 2014-03-01 -o '" + out + "' '" + seed + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("DCT 2014-03-01 from --dct") != std::string::npos);
  CHECK(parse(annalist::read_file(out))["documents"][0]["dct"] == "2014-03-01");
}

TEST_CASE("without a date in the header the DCT is today, and stderr says so") {
  TempDir dir;
  const std::string f = dir.write("plain.txt", "The ministers met in Oslo on May 5, 2015.\n");
  const auto r = run("annalist extract '" + f + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("from today") != std::string::npos);
}

TEST_CASE("extract warns of an impossible date with file and line and extracts the rest") {
  TempDir dir;
  const std::string f =
      dir.write("x.txt", "The ministers met in Oslo on May 5, 2015.\n\nThe deal was signed on February 30, 2015.\n")
          .string();
  const auto r = run("annalist extract --dct 2015-06-01 '" + f + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("annalist extract: " + f + ":3: 'February 30, 2015' is not a date: February 2015 has 28 days\n") !=
        std::string::npos);
  const auto events = parse(r.out)["events"];
  REQUIRE(events.size() == 1);
  CHECK(events[0]["time"]["text"] == "May 5, 2015");
}

TEST_CASE("a timeline given to extract is refused as no document, naming the commands that read it") {
  TempDir dir;
  const std::string timeline =
      dir.write("seed.timeline.json", R"({"version": 1, "documents": [], "events": []})").string();
  const std::string text = dir.write("plain.txt", "The ministers met in Oslo on May 5, 2015.\n").string();
  const auto r = run("annalist extract '" + timeline + "' '" + text + "' --dct 2015-06-01");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(timeline + ": a .json file is no document (extract reads text, TimeML *.tml and JSON Lines "
                              "*.jsonl); to read a timeline use query, compare or export") != std::string::npos);
  CHECK(r.err.find("1 document(s), ") != std::string::npos);
  CHECK(r.err.find(", 1 failed") != std::string::npos);
  CHECK(run("annalist extract '" + timeline + "'").exit_code == 1);
}

TEST_CASE("a directory is read recursively; bad files are reported with file and line, the rest is written") {
  TempDir dir;
  dir.write("in/a.txt", article);
  dir.write("in/sub/b.txt", "Talks\n\nThe foreign ministers met in Geneva on June 2, 2015.\n");
  dir.write("in/bad.txt", "Line one.\nLine \xC3\x28 two.\n");
  dir.write("in/empty.txt", "  \n\n");
  dir.write("in/ignored.dat", "not a document");
  const std::string out = (dir.path / "t.json").string();
  const auto r = run("annalist extract '" + (dir.path / "in").string() + "' -o '" + out + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.txt:2:6: ") != std::string::npos);
  CHECK(r.err.find("empty.txt: empty document") != std::string::npos);
  CHECK(r.err.find("2 document(s)") != std::string::npos);
  const auto j = parse(annalist::read_file(out));
  REQUIRE(j["documents"].size() == 2);
  CHECK(j["documents"][0]["id"] == "a");
  CHECK(j["documents"][1]["id"] == "sub/b");
}

TEST_CASE("when every input fails nothing is written") {
  TempDir dir;
  const std::string bad = dir.write("bad.txt", "\xFF\xFE");
  const std::string out = (dir.path / "t.json").string();
  const auto r = run("annalist extract '" + bad + "' -o '" + out + "'");
  CHECK(r.exit_code == 1);
  CHECK_FALSE(fs::exists(out));
  CHECK(run("annalist extract /nonexistent/file.txt").err.find("/nonexistent/file.txt: no such file") !=
        std::string::npos);
}

TEST_CASE("JSON Lines documents carry their own id, dct and title; a bad line names its number") {
  TempDir dir;
  const std::string f = dir.write("docs.jsonl",
                                  "{\"id\":\"n1\",\"title\":\"Port\",\"dct\":\"2015-03-03T10:00:00\",\"text\":\"The "
                                  "governments signed a port agreement on Monday.\"}\n"
                                  "\n"
                                  "{\"id\":\"n2\",\"text\":42}\n"
                                  "{\"id\":\"n3\",\"dct\":\"2015-02-30\",\"text\":\"x\"}\n"
                                  "not json\n");
  const auto r = run("annalist extract '" + f + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("docs.jsonl:3: /text: missing or not a string") != std::string::npos);
  CHECK(r.err.find("docs.jsonl:4: /dct: \"2015-02-30\" is not a date") != std::string::npos);
  CHECK(r.err.find("docs.jsonl:5: not a JSON object") != std::string::npos);
  const auto j = parse(r.out);
  REQUIRE(j["documents"].size() == 1);
  CHECK(j["documents"][0]["id"] == "n1");
  CHECK(j["documents"][0]["title"] == "Port");
  CHECK(j["documents"][0]["dct"] == "2015-03-03");
  REQUIRE(j["events"].size() == 1);
  CHECK(j["events"][0]["time"]["start"] == "2015-03-02");
  CHECK(j["events"][0]["type"] == "agreement");
}

TEST_CASE("a TimeML document gives its TEXT and its DCT") {
  TempDir dir;
  const std::string f = dir.write(
      "wsj.tml",
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>wsj</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
      "value=\"1989-11-02\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">11/02/89</TIMEX3></DCT>\n"
      "<TEXT>\nThe company <EVENT eid=\"e1\">acquired</EVENT> the mill on <TIMEX3 tid=\"t1\" type=\"DATE\" "
      "value=\"1989-10-30\">Monday</TIMEX3> &amp; will sell its stake next year.\n</TEXT>\n</TimeML>\n");
  const auto r = run("annalist extract '" + f + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("DCT 1989-11-02 from the document's DCT") != std::string::npos);
  const auto j = parse(r.out);
  REQUIRE(j["events"].size() == 2);
  CHECK(j["events"][0]["trigger"] == "acquired");
  CHECK(j["events"][0]["status"] == "occurred");
  CHECK(j["events"][1]["status"] == "planned");
}

TEST_CASE("a TimeML DCT that is no date is named with its file and line when today stands in") {
  TempDir dir;
  const std::string f = dir.write(
      "feb30.tml",
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
      "value=\"1998-02-30\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\n"
      "<TEXT>\nThe company acquired the mill on March 3, 1998.\n</TEXT>\n</TimeML>\n");
  const auto r = run("annalist extract '" + f + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("from today (" + f + ":4: the CREATION_TIME value \"1998-02-30\" is not a date") !=
        std::string::npos);
}

TEST_CASE("--lexicon adds entries; a malformed lexicon is an input error naming its line") {
  TempDir dir;
  const std::string doc = dir.write("d.txt", "The firm listed its shares in Frankfurt on March 3, 2015.\n");
  const std::string lex = dir.write("mine.tsv", "# my words\nverb\teconomic\tlist\n");
  const auto r = run("annalist extract --dct 2015-04-01 --lexicon '" + lex + "' '" + doc + "'");
  REQUIRE(r.exit_code == 0);
  const auto j = parse(r.out);
  REQUIRE(j["events"].size() == 1);
  CHECK(j["events"][0]["type"] == "economic");
  const std::string bad = dir.write("bad.tsv", "verb\tparty\tcelebrate\n");
  const auto b = run("annalist extract --lexicon '" + bad + "' '" + doc + "'");
  CHECK(b.exit_code == 1);
  CHECK(b.err.find("bad.tsv:1: unknown event type \"party\"") != std::string::npos);
}

TEST_CASE("the output does not depend on the number of threads") {
  TempDir dir;
  for (int i = 0; i < 12; ++i) dir.write("in/doc" + std::to_string(10 + i) + ".txt", article);
  const std::string in = (dir.path / "in").string();
  const auto one = run("annalist extract --jobs 1 '" + in + "'");
  const auto many = run("annalist extract --jobs 4 '" + in + "'");
  REQUIRE(one.exit_code == 0);
  CHECK(one.out == many.out);
  CHECK(parse(one.out)["documents"].size() == 12);
  CHECK(one.err.find("DCT from its header date line: 12") != std::string::npos);
}
