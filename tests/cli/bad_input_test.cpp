// Bad input as a new user types it: every case gets a clear message naming the file (and line
// where there is one), a non-zero exit, and no output file written or half-written.
#include "cli/input.hpp"
#include "run.hpp"
#include "timeline_fixtures.hpp"

#include <annalist/engine/file_io.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using namespace annalist::test;
namespace fs = std::filesystem;

namespace {

const std::string seed = ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The extract summary line ("1 document(s), 10 event(s) in ...") says the documents were read.
bool extracted(const RunResult& r) { return has(r.err, "document(s)"); }

}  // namespace

TEST_CASE("an empty document is refused by name and no timeline file is written") {
  const TempDir dir;
  const auto empty = dir.write("empty.txt", "");
  const auto r = run("annalist extract '" + empty.string() + "' -o '" + dir / "t.json" + "'");
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, empty.string() + ": empty document"));
  CHECK_FALSE(fs::exists(dir.path / "t.json"));
}

TEST_CASE("an empty timeline file is called empty by query, compare and export, not malformed JSON") {
  const TempDir dir;
  const std::string empty = dir.write("t.json", "\n").string();
  for (const std::string& command :
       {"query '" + empty + "'", "export '" + empty + "'", "compare '" + empty + "' --period 2012 --period 2013"}) {
    CAPTURE(command);
    const auto r = run("annalist " + command);
    CHECK(r.exit_code == 1);
    CHECK(r.err == "annalist " + command.substr(0, command.find(' ')) + ": " + empty +
                       ": empty file, not a timeline (annalist extract writes one)\n");
  }
}

TEST_CASE("a binary file is called one, with its line and column, by extract and by query") {
  const TempDir dir;
  const auto binary = dir.write("photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10));
  const auto text_binary = dir.write("notes.txt", std::string("line one\nab\0cd", 14));
  const auto e = run("annalist extract '" + text_binary.string() + "'");
  CHECK(e.exit_code == 1);
  CHECK(has(e.err, text_binary.string() + ":2:3: NUL byte: this looks like a binary file, not text"));
  const auto q = run("annalist query '" + binary.string() + "'");
  CHECK(q.exit_code == 1);
  CHECK(has(q.err, binary.string() + ":1:5: NUL byte: this looks like a binary file, not text"));
}

TEST_CASE("invalid UTF-8 is reported with its line, column and byte by extract and by query") {
  const TempDir dir;
  const auto latin1 = dir.write("latin1.txt", "Talks\nin Z\xFCrich on 3 May 2015.\n");
  const auto e = run("annalist extract '" + latin1.string() + "' -o '" + dir / "t.json" + "'");
  CHECK(e.exit_code == 1);
  CHECK(has(e.err, latin1.string() + ":2:5: invalid UTF-8 (byte 0xFC at offset 10)"));
  CHECK_FALSE(fs::exists(dir.path / "t.json"));
  const auto json = dir.write("t.json", "{\"version\": 1,\n \"documents\": [\"Z\xFCrich\"]}");
  const auto q = run("annalist query '" + json.string() + "'");
  CHECK(q.exit_code == 1);
  CHECK(has(q.err, json.string() + ":2:18: invalid UTF-8 (byte 0xFC at offset 32)"));
}

TEST_CASE("malformed JSON names the file, line and column, for query, compare and export") {
  const TempDir dir;
  const auto broken = dir.write("broken.json", "{\"version\": 1,\n \"documents\": [\n");
  for (const std::string command : {"query", "compare", "export"}) {
    CAPTURE(command);
    const auto r = run("annalist " + command + " '" + broken.string() + "'");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, broken.string() + ":3:1: invalid JSON"));
  }
}

TEST_CASE("a document of one huge line is read whole") {
  const TempDir dir;
  std::string line;
  while (line.size() < (std::size_t{2} << 20)) line += "The ministers met in Oslo on May 5, 2015. ";
  const auto big = dir.write("one-line.txt", line);
  const auto r = run("annalist extract --dct 2015-06-01 '" + big.string() + "' -o '" + dir / "t.json" + "'");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(annalist::read_file(dir.path / "t.json"));
  CHECK(j["events"].size() > 1000);
}

TEST_CASE("a directory where a timeline file is expected is refused by name") {
  const TempDir dir;
  for (const std::string command : {"query", "export", "compare"}) {
    CAPTURE(command);
    const auto r = run("annalist " + command + " '" + dir.path.string() + "'");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, dir.path.string() + ": is a directory, not a file"));
  }
}

TEST_CASE("a directory without documents, or a missing input, is an error and writes nothing") {
  const TempDir dir;
  dir.write("in/notes.dat", "not a document");
  const auto r = run("annalist extract '" + dir / "in" + "' -o '" + dir / "t.json" + "'");
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, dir / "in" + ": no documents in this directory (*.txt, *.tml, *.jsonl)"));
  const auto missing = run("annalist extract '" + dir / "missing.txt" + "' -o '" + dir / "t.json" + "'");
  CHECK(missing.exit_code == 1);
  CHECK(has(missing.err, dir / "missing.txt" + ": no such file or directory"));
  CHECK_FALSE(fs::exists(dir.path / "t.json"));
}

TEST_CASE("-o in a directory that does not exist fails at once, before any work, writing nothing") {
  const TempDir dir;
  const std::string out = dir / "missing/t.json";
  const auto e = run("annalist extract '" + seed + "' -o '" + out + "'");
  CHECK(e.exit_code == 2);
  CHECK(has(e.err, "-o: " + out + ": the directory " + dir / "missing" + " does not exist"));
  CHECK_FALSE(extracted(e));
  const auto x = run("annalist export '" + kazakhstan_json + "' --format csv -o '" + out + "'");
  CHECK(x.exit_code == 2);
  CHECK(has(x.err, "the directory " + dir / "missing" + " does not exist"));
  CHECK_FALSE(fs::exists(dir.path / "missing"));
}

TEST_CASE("-o naming a directory, or nothing, is a usage error") {
  const TempDir dir;
  const auto into_dir = run("annalist extract '" + seed + "' -o '" + dir.path.string() + "'");
  CHECK(into_dir.exit_code == 2);
  CHECK(has(into_dir.err,
            dir.path.string() + ": is a directory; name a file to write, such as " + dir / "timeline.json"));
  CHECK_FALSE(extracted(into_dir));
  const auto empty = run("annalist export '" + kazakhstan_json + "' -o ''");
  CHECK(empty.exit_code == 2);
  CHECK(has(empty.err, "-o: no output file named"));
  CHECK(fs::is_empty(dir.path));
}

TEST_CASE("-o onto an input is refused and the input kept, however the path is spelled") {
  const TempDir dir;
  const std::string article = annalist::read_file(seed);
  const auto input = dir.write("in/article.txt", article);
  const auto e = run("annalist extract '" + input.string() + "' -o '" + input.string() + "'");
  CHECK(e.exit_code == 2);
  CHECK(has(e.err, "-o: " + input.string() + ": is also an input; refusing to overwrite it"));
  CHECK_FALSE(extracted(e));
  // Found among a directory's documents, and through another spelling of the path.
  const std::string other_spelling = dir / "in/./article.txt";
  const auto from_dir = run("annalist extract '" + dir / "in" + "' -o '" + other_spelling + "'");
  CHECK(from_dir.exit_code == 2);
  CHECK(has(from_dir.err, "is also an input"));
  CHECK(annalist::read_file(input) == article);

  const std::string timeline = annalist::read_file(kazakhstan_json);
  const auto copy = dir.write("t.json", timeline);
  const auto x = run("annalist export '" + copy.string() + "' --format csv -o '" + copy.string() + "'");
  CHECK(x.exit_code == 2);
  CHECK(has(x.err, "is also an input; refusing to overwrite it"));
  CHECK(annalist::read_file(copy) == timeline);
}

TEST_CASE("an impossible date argument is told why: the days of its month, month 13, year 0") {
  const auto dct = run("annalist extract '" + seed + "' --dct 2014-02-30");
  CHECK(dct.exit_code == 2);
  CHECK(has(dct.err, "--dct: \"2014-02-30\" is not a date: February 2014 has 28 days"));
  const auto timex = run("annalist timex --dct 2013-02-29T10:00 -", "Today.");
  CHECK(timex.exit_code == 2);
  CHECK(has(timex.err, "--dct '2013-02-29T10:00' is not a date: February 2013 has 28 days"));
  const auto month = run("annalist query '" + kazakhstan_json + "' --from 2014-13");
  CHECK(month.exit_code == 2);
  CHECK(has(month.err, "--from '2014-13' is not a date: there is no month 13"));
  const auto year = run("annalist query '" + kazakhstan_json + "' --to 0000");
  CHECK(year.exit_code == 2);
  CHECK(has(year.err, "--to '0000' is not a date: year 0 does not exist"));
  // Not a date at all: the form is named instead.
  const auto form = run("annalist query '" + kazakhstan_json + "' --from 05/02/2014");
  CHECK(has(form.err, "--from '05/02/2014' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
}

TEST_CASE("an impossible date in a JSON Lines document or a timeline file is told why, with where") {
  const TempDir dir;
  const auto docs = dir.write("docs.jsonl", "{\"dct\":\"2015-04-31T08:00:00Z\",\"text\":\"They met on Monday.\"}\n");
  const auto e = run("annalist extract '" + docs.string() + "'");
  CHECK(e.exit_code == 1);
  CHECK(has(e.err, "docs.jsonl:1: /dct: \"2015-04-31T08:00:00Z\" is not a date: April 2015 has 30 days"));
  std::string timeline = annalist::read_file(kazakhstan_json);
  timeline.replace(timeline.find("\"2012-01-01\""), 12, "\"2014-02-30\"");
  const auto q = run("annalist query -", timeline);
  CHECK(q.exit_code == 1);
  CHECK(has(q.err, "<stdin>: /periods/0/start: \"2014-02-30\" is not a date: February 2014 has 28 days"));
}

TEST_CASE("a date-time DCT may carry a zone, which is dropped: the clock time is the writer's") {
  const TempDir dir;
  const auto docs = dir.write("docs.jsonl",
                              "{\"id\":\"z\",\"dct\":\"2015-03-03T23:30:00+02:00\",\"text\":\"x\"}\n"
                              "{\"id\":\"u\",\"dct\":\"2015-03-04T01:00:00Z\",\"text\":\"y\"}\n");
  const auto r = run("annalist extract '" + docs.string() + "'");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["documents"].size() == 2);
  CHECK(j["documents"][0]["dct"] == "2015-03-03");
  CHECK(j["documents"][1]["dct"] == "2015-03-04");
  const auto timex =
      run("annalist timex --jsonl", "{\"id\":1,\"text\":\"today\",\"dct\":\"2015-03-03T23:30:00-0500\"}\n");
  REQUIRE(timex.exit_code == 0);
  CHECK(nlohmann::json::parse(timex.out)["timexes"][0]["value"] == "2015-03-03");
}

TEST_CASE("timex --jsonl reports each bad line by number and answers the others, in order") {
  // A byte-order mark and CRLF line ends are tolerated; invalid UTF-8 inside a string and a lone
  // surrogate escape are errors of their line only; a blank line gets no answer.
  const std::string input =
      "\xEF\xBB\xBF{\"id\":1,\"text\":\"on 5 May 2014\",\"dct\":\"2014-06-01\"}\r\n"
      "{\"id\":2,\"text\":\"Z\xFCrich, today\",\"dct\":\"2014-06-01\"}\n"
      "\r\n"
      "{\"id\":4,\"text\":\"\\ud800 today\",\"dct\":\"2014-06-01\"}\n"
      "{\"id\":5,\"text\":\"today\",\"dct\":\"0000-01-01\"}\n"
      "{\"id\":6,\"text\":\"yesterday\",\"dct\":\"2014-06-01\"}";
  const auto r = run("annalist timex --jsonl", input);
  CHECK(r.exit_code == 1);
  std::vector<nlohmann::json> lines;
  for (std::size_t at = 0, nl; at < r.out.size(); at = nl + 1) {
    nl = r.out.find('\n', at);
    lines.push_back(nlohmann::json::parse(r.out.substr(at, nl - at)));
  }
  REQUIRE(lines.size() == 5);
  CHECK(lines[0]["timexes"][0]["value"] == "2014-05-05");
  CHECK(lines[1]["error"] == "<stdin>:2: invalid JSON at column 18: invalid string: ill-formed UTF-8 byte");
  CHECK(has(lines[2]["error"].get<std::string>(),
            "<stdin>:4: invalid JSON at column 23: invalid string: surrogate U+D800..U+DBFF"));
  CHECK(lines[3]["error"] == "<stdin>:5: \"dct\": \"0000-01-01\" is not a date: year 0 does not exist");
  CHECK(lines[4]["timexes"][0]["value"] == "2014-05-31");
  CHECK(has(r.err, "<stdin>:2: invalid JSON"));
  CHECK(has(r.err, "<stdin>:5: \"dct\""));
}

TEST_CASE("a JSON error does not echo the input, however long the line") {
  // An unterminated string of 1 MB: the parser's own message would quote all of it.
  const std::string input = "{\"id\":1,\"text\":\"" + std::string(1 << 20, 'x') + "\n";
  const auto r = run("annalist timex --jsonl", input);
  CHECK(r.exit_code == 1);
  CHECK(r.err.size() < 200);
  CHECK(has(r.err, "<stdin>:1: invalid JSON at column"));
  const TempDir dir;
  const auto docs = dir.write("docs.jsonl", input);
  const auto e = run("annalist extract '" + docs.string() + "'");
  CHECK(e.exit_code == 1);
  CHECK(e.err.size() < 400);
  CHECK(has(e.err, "docs.jsonl:1: not a JSON object (invalid JSON at column"));
  // The same for a timeline file that ends inside a string.
  const auto timeline = dir.write("t.json", "{\"version\": 1, \"documents\": [\"" + std::string(1 << 20, 'x'));
  const auto q = run("annalist query '" + timeline.string() + "'");
  CHECK(q.exit_code == 1);
  CHECK(q.err.size() < 400);
  CHECK(has(q.err,
            "t.json:1:1048607: invalid JSON: syntax error while parsing value - invalid string: missing "
            "closing quote"));
}

TEST_CASE("extract of a JSON Lines file with invalid UTF-8 on one line reads the other lines") {
  const TempDir dir;
  const auto docs = dir.write("docs.jsonl",
                              "{\"id\":\"a\",\"text\":\"Talks in Z\xFCrich on 5 May 2015.\",\"dct\":\"2015-06-01\"}\n"
                              "{\"id\":\"b\",\"text\":\"The ministers met on 5 May 2015.\",\"dct\":\"2015-06-01\"}\n");
  const auto r = run("annalist extract '" + docs.string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "docs.jsonl:1: not a JSON object (invalid JSON at column 29: invalid string: ill-formed UTF-8"));
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["documents"].size() == 1);
  CHECK(j["documents"][0]["id"] == "b");
  // A NUL byte means a binary file: one error for the file, not one per line.
  const auto binary = dir.write("photo.jsonl", std::string("{\"id\":1}\n\xFF\xD8\0\n\0\0\n", 13));
  const auto b = run("annalist extract '" + binary.string() + "'");
  CHECK(b.exit_code == 1);
  CHECK(has(b.err, binary.string() + ":2:3: NUL byte: this looks like a binary file, not text"));
  CHECK_FALSE(has(b.err, "photo.jsonl:3"));
}

TEST_CASE("extract checks standard input as it checks a text file") {
  const auto binary = run("annalist extract -", std::string("Talks\0on 5 May 2015.", 20));
  CHECK(binary.exit_code == 1);
  CHECK(has(binary.err, "<stdin>:1:6: NUL byte: this looks like a binary file, not text"));
  const auto bom = run("annalist extract --dct 2015-06-01 -", "\xEF\xBB\xBFThe ministers met on 5 May 2015.");
  REQUIRE(bom.exit_code == 0);
  const auto j = nlohmann::json::parse(bom.out);
  REQUIRE(j["events"].size() == 1);
  CHECK(j["events"][0]["span"]["begin"] == 0);  // offsets count from the text, not from the mark
}

TEST_CASE("timex --jsonl tells a read error on standard input from its end") {
  const TempDir dir;
  const auto r = run("sh -c \"annalist timex --jsonl <'" + dir.path.string() + "'\"");  // stdin a directory
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "annalist timex: <stdin>: read error after line 0: Is a directory"));
}

TEST_CASE("a number beyond a double on a JSON Lines line is that line's error, not the whole run's") {
  const std::string input =
      "{\"id\":1e400,\"text\":\"today\",\"dct\":\"2015-06-01\"}\n"
      "{\"id\":2,\"text\":\"The ministers met on 5 May 2015.\",\"dct\":\"2015-06-01\"}\n";
  const auto t = run("annalist timex --jsonl", input);
  CHECK(t.exit_code == 1);
  CHECK(has(t.err, "<stdin>:1: invalid JSON: number overflow parsing '1e400'"));
  CHECK(has(t.out, "{\"id\":2,\"timexes\":[{"));
  const TempDir dir;
  const auto docs = dir.write("docs.jsonl", input);
  const auto e = run("annalist extract '" + docs.string() + "'");
  CHECK(e.exit_code == 1);
  CHECK(has(e.err, "docs.jsonl:1: not a JSON object (invalid JSON: number overflow parsing '1e400')"));
  REQUIRE(extracted(e));
  CHECK(nlohmann::json::parse(e.out)["documents"].size() == 1);
}

TEST_CASE("a lexicon that is binary, not UTF-8, or has a bad line with CRLF ends is named with its line") {
  const TempDir dir;
  const std::string doc = dir / "d.txt";
  dir.write("d.txt", "The ministers met on 5 May 2015.\n");
  const auto binary = dir.write("photo.tsv", std::string("verb\tvisit\ttour\n\x89PNG\0\x1a", 21));
  const auto b = run("annalist extract --lexicon '" + binary.string() + "' '" + doc + "'");
  CHECK(b.exit_code == 1);
  CHECK(has(b.err, binary.string() + ":2:5: NUL byte: this looks like a binary file, not text"));
  const auto latin1 = dir.write("latin1.tsv", "country\t-\tZ\xFCrich\n");
  const auto l = run("annalist extract --lexicon '" + latin1.string() + "' '" + doc + "'");
  CHECK(l.exit_code == 1);
  CHECK(has(l.err, latin1.string() + ":1:12: invalid UTF-8 (byte 0xFC at offset 11)"));
  const auto crlf = dir.write("crlf.tsv", "verb\tvisit\ttour\r\nnoun\tparty\tfeast\r\n");
  const auto c = run("annalist extract --lexicon '" + crlf.string() + "' '" + doc + "'");
  CHECK(c.exit_code == 1);
  CHECK(has(c.err, crlf.string() + ":2: unknown event type \"party\""));
  CHECK_FALSE(extracted(c));  // a bad lexicon stops the run before any document is read
}

TEST_CASE("an endless device is refused at its first NUL byte, named as a path or as standard input") {
  if (!fs::exists("/dev/zero")) {
    MESSAGE("skipped: this system has no /dev/zero");
    return;
  }
  for (const std::string command : {"timex", "extract", "query", "export"}) {
    CAPTURE(command);
    const auto r = run("annalist " + command + " /dev/zero");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "/dev/zero:1:1: NUL byte: this looks like a binary file, not text"));
  }
  for (const std::string command : {"timex -", "timex --jsonl", "extract -", "query -"}) {
    CAPTURE(command);
    const auto r = run("sh -c \"annalist " + command + " </dev/zero\"");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "<stdin>:1:1: NUL byte: this looks like a binary file, not text"));
  }
}

TEST_CASE("an input past the size limit is refused there, with the limit, not read to its end") {
  const TempDir dir;
  const annalist::ReadLimits small{.max_bytes = 4096, .stop_at_nul = false};
  if (fs::exists("/dev/zero"))  // a stream that never ends: refused once past the limit
    CHECK_THROWS_WITH_AS(annalist::read_file("/dev/zero", 0, small), "/dev/zero: over the limit of 4 KiB for one input",
                         annalist::InputError);
  const auto five_thousand = dir.write("five-thousand.txt", std::string(5000, 'a'));
  CHECK_THROWS_WITH_AS(annalist::read_file(five_thousand, 0, small),
                       (five_thousand.string() + ": is 5000 bytes, over the limit of 4 KiB for one input").c_str(),
                       annalist::InputError);
  const auto four_thousand = dir.write("four-thousand.txt", std::string(4096, 'a'));
  CHECK(annalist::read_file(four_thousand, 0, small).size() == 4096);
}

TEST_CASE("a document file over 1 GiB is refused by its size before it is read") {
  const TempDir dir;
  const auto huge = dir.path / "huge.txt";
  dir.write("huge.txt", "");
  fs::resize_file(huge, annalist::max_input_bytes + 1);  // sparse: no disk space used
  for (const std::string command : {"timex", "extract"}) {
    CAPTURE(command);
    const auto r = run("annalist " + command + " '" + huge.string() + "'");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, huge.string() + ": is 1073741825 bytes, over the limit of 1 GiB for one input"));
  }
}

TEST_CASE("timex --jsonl answers the lines before a NUL byte, then stops with its line and column") {
  const char lines[] = "{\"id\":1,\"text\":\"on 3 May\"}\n{\"id\":2,\"te\0xt\":\"\"}\n{\"id\":3,\"text\":\"x\"}\n";
  const auto r = run("annalist timex --jsonl --dct 2015-01-01", std::string(lines, sizeof lines - 1));
  CHECK(r.exit_code == 1);
  CHECK(has(r.out, "\"id\":1"));
  CHECK_FALSE(has(r.out, "\"id\":3"));
  CHECK(has(r.err, "<stdin>:2:12: NUL byte: this looks like a binary file, not text"));
}

TEST_CASE("a JSON Lines line longer than the line limit is refused with its number") {
  const TempDir dir;
  const auto path = dir.write("lines.jsonl", "{\"a\":1}\n0123456789abc\n");
  const int fd = ::open(path.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  annalist::cli::LineReader lines(fd, "<stdin>", 8);
  std::string line;
  CHECK(lines.next(line));
  CHECK(line == "{\"a\":1}");
  CHECK_THROWS_WITH_AS(lines.next(line), "<stdin>:2: a line longer than the limit of 8 bytes for one line",
                       annalist::InputError);
  ::close(fd);
}

TEST_CASE("the JSON Lines reader returns lines across its read blocks, a last line without newline, then the end") {
  const TempDir dir;
  std::string input;
  for (int i = 0; i < 5000; ++i)
    input += "line " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 97), 'x') + "\n";
  input += "last";
  const auto path = dir.write("many.jsonl", input);
  const int fd = ::open(path.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  annalist::cli::LineReader lines(fd, "<stdin>");
  std::string line;
  int waits = 0;
  for (int i = 0; i < 5000; ++i) {
    REQUIRE(lines.next(line, [&] { ++waits; }));
    CHECK(line == "line " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 97), 'x'));
  }
  REQUIRE(lines.next(line));
  CHECK(line == "last");
  CHECK(lines.line_number() == 5001);
  CHECK_FALSE(lines.next(line));
  CHECK_FALSE(lines.next(line));
  CHECK(waits >= 4);  // ~270 kB in 64 KiB blocks: a wait before each block
  ::close(fd);
}

TEST_CASE("timex --jsonl answers each line before the next arrives, so it can run as a coprocess") {
  // The shell writes line 2 only once the answer to line 1 is there: with answers buffered until
  // the end of input this would wait forever (the test's timeout).
  const TempDir dir;
  const auto script = dir.write("coprocess.sh",
                                "cd \"$1\" && mkfifo in out\n"
                                "annalist timex --jsonl --dct 2015-01-01 <in >out &\n"
                                "exec 4>in 5<out\n"
                                "echo '{\"id\":1,\"text\":\"on 3 May\"}' >&4\n"
                                "read -r first <&5; echo \"$first\"\n"
                                "echo '{\"id\":2,\"text\":\"in June\"}' >&4\n"
                                "read -r second <&5; echo \"$second\"\n"
                                "exec 4>&-; wait\n");
  const auto r = run("timeout 20 sh '" + script.string() + "' '" + dir.path.string() + "'");
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "{\"id\":1,\"timexes\":[{\"begin\":3,\"end\":8,\"text\":\"3 May\""));
  CHECK(has(r.out, "{\"id\":2,\"timexes\":[{\"begin\":3,\"end\":7,\"text\":\"June\""));
}

TEST_CASE("standard input that is a directory is named as one by query, timex and extract") {
  const TempDir dir;
  for (const std::string command : {"query -", "timex -", "extract -", "export -"}) {
    CAPTURE(command);
    const auto r = run("sh -c \"annalist " + command + " <'" + dir.path.string() + "'\"");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "<stdin>: is a directory, not a file"));
    CHECK_FALSE(has(r.err, "unexpected end of input"));
  }
}

TEST_CASE("a timeline from a named pipe is read from its one writer, not waited for again") {
  const TempDir dir;
  const std::string fifo = dir / "timeline.fifo";
  const auto json = dir.write("timeline.json", "{\"version\":1,\"documents\":[],\"events\":[]}");
  REQUIRE(run("mkfifo '" + fifo + "'").exit_code == 0);
  for (const std::string command : {"query", "export"}) {
    CAPTURE(command);
    // The `timeout`s only guard the suite: opening the pipe a second time would wait forever.
    const auto r = run("sh -c \"timeout 60 sh -c 'cat " + json.string() + " >" + fifo + "' & timeout 60 annalist " +
                       command + " " + fifo + "\"");
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
  }
}

TEST_CASE("-o onto a named pipe writes into the pipe, and onto a link replaces the linked file") {
  const TempDir dir;
  const auto json = dir.write("timeline.json", "{\"version\":1,\"documents\":[],\"events\":[]}");
  const std::string fifo = dir / "out.fifo";
  REQUIRE(run("mkfifo '" + fifo + "'").exit_code == 0);
  // A reader drains the pipe into a file; the `timeout`s only guard the suite.
  const auto r = run("sh -c \"timeout 60 cat '" + fifo + "' >'" + (dir / "drained.json") +
                     "' & timeout 60 annalist export '" + json.string() + "' -o '" + fifo + "'; wait\"");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(fs::is_fifo(fifo));  // not replaced by a regular file, whose content no reader would see
  CHECK(has(annalist::read_file(dir / "drained.json"), "\"version\": 1"));

  const auto target = dir.write("target.json", "old");
  fs::create_symlink(target, dir / "link.json");
  CHECK(run("annalist export '" + json.string() + "' -o '" + (dir / "link.json") + "'").exit_code == 0);
  CHECK(fs::is_symlink(dir / "link.json"));
  CHECK(has(annalist::read_file(target), "\"version\": 1"));
}

TEST_CASE("an output over the file size limit is an error that leaves no file, not a killed process") {
  const TempDir dir;
  const std::string out = dir / "t.json";
  // ulimit -f 2: at most 1 or 2 KiB (the shell's block size); the timeline is 4.6 KB.
  const auto r = run("sh -c \"ulimit -f 2; annalist export '" + kazakhstan_json + "' -o '" + out + "'\"");
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "t.json: write failed: File too large"));
  CHECK(fs::is_empty(dir.path));  // neither the output nor its temporary file
}

TEST_CASE("extract writes only timelines that read back: an empty JSON Lines id, a TimeML DCT in year 0") {
  const TempDir dir;
  const auto jsonl = dir.write("docs.jsonl",
                               "{\"id\":\"\",\"dct\":\"2014-06-01\",\"text\":\"The minister visited Paris on 7 May "
                               "2014.\"}\n{\"id\":18446744073709551615,\"dct\":\"2014-06-01\",\"text\":\"x\"}\n");
  const auto tml = dir.write("year0.tml",
                             "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"0000-01-01\" "
                             "functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>The minister visited Paris "
                             "on 7 May 2014.</TEXT></TimeML>\n");
  const std::string out = dir / "t.json";
  const auto r = run("annalist extract '" + jsonl.string() + "' '" + tml.string() + "' -o " + out);
  CHECK(r.exit_code == 0);
  const auto q = run("annalist export " + out);
  CHECK(q.exit_code == 0);
  CHECK(q.err.empty());
  const auto j = nlohmann::json::parse(q.out);
  REQUIRE(j["documents"].size() == 3);
  CHECK(j["documents"][0]["id"] == "docs:1");  // no id: the file's name and the line
  CHECK(j["documents"][1]["id"] == "18446744073709551615");
  CHECK(j["documents"][2]["dct"] != "0000-01-01");  // today: the document's own DCT is no date
}

TEST_CASE("a run-on sentence of many dated events is cut, so that memory grows with the text, not its square") {
  const TempDir dir;
  // 150 KB without a full stop: before the cut, each of its 4,000 events kept all of it (600 MB).
  std::string text;
  while (text.size() < 150'000) text += "Russia signed the agreement on 5 May 2014 and ";
  const auto doc = dir.write("run-on.txt", text + "Russia signed it on 6 May 2014.\n");
  const auto r = run("annalist extract --dct 2014-06-01 '" + doc.string() + "' -o " + (dir / "t.json"));
  REQUIRE(r.exit_code == 0);
  const auto timeline = nlohmann::json::parse(annalist::read_file(dir / "t.json"));
  CHECK(timeline["events"].size() > 100);
  std::size_t longest = 0;
  for (const auto& e : timeline["events"]) longest = std::max(longest, e["sentence"].get<std::string>().size());
  CHECK(longest <= 4200);
}
