// The command line as users get it wrong, for every command: repeated and misspelt options,
// numbers that are not, stdin twice, outputs that cannot be written, thousands of arguments.
// Every case: exit 2 for usage (1 for unreadable input), one line naming the problem, no file
// written.
#include "run.hpp"
#include "timeline_fixtures.hpp"

#include <annalist/engine/file_io.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using namespace annalist::test;
namespace fs = std::filesystem;

namespace {

const std::string seed = ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an option given twice with different values is a usage error, and nothing is written") {
  const TempDir dir;
  const auto twice = run("annalist extract '" + seed + "' -o '" + dir / "a.json" + "' -o '" + dir / "b.json" + "'");
  CHECK(twice.exit_code == 2);
  CHECK(has(twice.err, "-o is given twice ('" + dir / "a.json" + "' and '" + dir / "b.json" + "'); give it once"));
  const auto both_names = run("annalist export '" + kazakhstan_json + "' -o '" + dir / "a.csv" + "' --output '" +
                              dir / "b.csv" + "' --format csv");
  CHECK(both_names.exit_code == 2);
  CHECK(has(both_names.err, "-o and --output are the same option"));
  const auto dct = run("annalist timex --dct 2014-01-01 --dct 2015-01-01 -", "today");
  CHECK(dct.exit_code == 2);
  CHECK(has(dct.err, "--dct is given twice"));
  CHECK(fs::is_empty(dir.path));
  // The same value twice says one thing, and facet options are meant to be repeated.
  CHECK(run("annalist timex --dct 2014-01-01 --dct 2014-01-01 -", "today").exit_code == 0);
  CHECK(run("annalist query '" + kazakhstan_json + "' --type visit --type agreement").exit_code == 0);
}

TEST_CASE("a long option with one dash is refused, and the two-dash spelling named") {
  const auto r = run("annalist extract '" + seed + "' -dct 2014-02-05");
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "unknown option -dct (long options take two dashes: --dct)"));
  CHECK(run("annalist query '" + kazakhstan_json + "' -json").exit_code == 2);
}

TEST_CASE("a count option refuses trailing letters, signs, exponents and huge values") {
  for (const std::string jobs : {"4abc", "1e3", "-2", "0", "99999999999999999999", ""}) {
    CAPTURE(jobs);
    const auto r = run("annalist extract '" + seed + "' --jobs '" + jobs + "'");
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, "--jobs '" + jobs + "' is not a whole number from 1 to 1024"));
  }
  const auto top = run("annalist compare '" + kazakhstan_json + "' --top -1");
  CHECK(top.exit_code == 2);
  CHECK(has(top.err, "--top '-1' is not a whole number"));
}

TEST_CASE("an option without its value, or with an unexpected one, is a usage error for every command") {
  for (const std::string command : {"extract", "query", "compare", "export", "timex", "eval"}) {
    CAPTURE(command);
    const auto unknown = run("annalist " + command + " --no-such-option x");
    CHECK(unknown.exit_code == 2);
    CHECK(has(unknown.err, "unknown option --no-such-option"));
    const auto help_value = run("annalist " + command + " --help=yes");
    CHECK(help_value.exit_code == 2);
    CHECK(has(help_value.err, "option --help takes no value"));
  }
  for (const std::string& command : {"extract '" + seed + "' --dct", "query '" + kazakhstan_json + "' --from",
                                     "export '" + kazakhstan_json + "' --format", std::string("eval --gold")}) {
    CAPTURE(command);
    const auto r = run("annalist " + command);
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, "needs a value"));
  }
}

TEST_CASE("after -- an argument that looks like an option is an input") {
  const auto r = run("annalist extract -- --dct");
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "--dct: no such file or directory"));
}

TEST_CASE("standard input given twice is a usage error, not an empty second document") {
  for (const std::string command : {"extract - -", "query - -", "export - -", "compare - -"}) {
    CAPTURE(command);
    const auto r = run("annalist " + command, "Talks on 5 May 2015.");
    CHECK(r.exit_code == 2);
    CHECK(has(r.err, "- (standard input) is given twice; it can be read only once"));
  }
}

TEST_CASE("-o in a directory that takes no new files fails before the work, for extract and export") {
  if (!fs::is_directory("/proc/self")) {
    MESSAGE("skipped: no /proc, the pseudo file system that takes no new files");
    return;
  }
  const auto e = run("annalist extract '" + seed + "' -o /proc/annalist-timeline.json");
  CHECK(e.exit_code == 2);
  CHECK(has(e.err, "-o: /proc/annalist-timeline.json: cannot write in /proc"));
  CHECK_FALSE(has(e.err, "document(s)"));  // refused before extracting
  const auto x = run("annalist export '" + kazakhstan_json + "' -o /proc/annalist-timeline.csv");
  CHECK(x.exit_code == 2);
  CHECK(has(x.err, "cannot write in /proc"));
}

TEST_CASE("timex --timeml checks -o before the work: a file for one document, a directory for several") {
  const TempDir dir;
  const auto tml = dir.write("in/a.tml", "<TimeML><TEXT>Talks on 5 May 2015.</TEXT></TimeML>\n");
  dir.write("in/b.tml", "<TimeML><TEXT>Talks in June 2015.</TEXT></TimeML>\n");
  const auto file = dir.write("out.tml", "kept");
  const auto several = run("annalist timex --timeml --dct 2015-06-01 '" + dir / "in" + "' -o '" + file.string() + "'");
  CHECK(several.exit_code == 2);
  CHECK(has(several.err, "-o: " + file.string() + ": is not a directory; several documents are written into one"));
  const auto missing =
      run("annalist timex --timeml --dct 2015-06-01 '" + tml.string() + "' -o '" + dir / "no/x.tml" + "'");
  CHECK(missing.exit_code == 2);
  CHECK(has(missing.err, "-o: " + dir / "no/x.tml" + ": the directory " + dir / "no" + " does not exist"));
  CHECK(annalist::read_file(file) == "kept");
  CHECK_FALSE(fs::exists(dir.path / "no"));
}

TEST_CASE("eval checks --differences before scoring") {
  const TempDir dir;
  const auto tml = dir.write("gold.tml", "<TimeML><TEXT>Talks on 5 May 2015.</TEXT></TimeML>\n");
  const std::string scores = "annalist eval --gold '" + tml.string() + "' --system '" + tml.string() + "'";
  const auto missing = run(scores + " --differences '" + dir / "no/d.tsv" + "'");
  CHECK(missing.exit_code == 2);
  CHECK(has(missing.err, "--differences: " + dir / "no/d.tsv" + ": the directory " + dir / "no" + " does not exist"));
  CHECK(missing.out.empty());  // no scores printed: nothing was scored
  const auto onto_gold = run(scores + " --differences '" + tml.string() + "'");
  CHECK(onto_gold.exit_code == 2);
  CHECK(has(onto_gold.err, "is also an input; refusing to overwrite it"));
  CHECK(run(scores + " --differences -").exit_code == 2);
  // A document inside a gold directory is an input too.
  const std::string gold_doc = annalist::read_file(dir.write("gold/a.tml", annalist::read_file(tml)));
  const auto into_gold = run("annalist eval --gold '" + dir / "gold" + "' --system '" + dir / "gold" +
                             "' --differences '" + dir / "gold/a.tml" + "'");
  CHECK(into_gold.exit_code == 2);
  CHECK(has(into_gold.err, "--differences: " + dir / "gold/a.tml" + ": is also an input"));
  CHECK(annalist::read_file(dir.path / "gold/a.tml") == gold_doc);
}

TEST_CASE("ten thousand inputs are each reported, and the run ends normally") {
  const TempDir dir;
  // The shell expands the names, so the command line itself stays short.
  const auto r = run("annalist extract $(seq -f '" + dir / "missing-%g.txt" + "' 10000)");
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "missing-1.txt: no such file or directory"));
  CHECK(has(r.err, "missing-10000.txt: no such file or directory"));
  CHECK(has(r.err, "0 document(s), 0 event(s), 10000 failed"));
}

TEST_CASE("standard output that cannot be written is an error, not a silent success") {
  if (!fs::exists("/dev/full")) {
    MESSAGE("skipped: no /dev/full, the device that is always full");
    return;
  }
  for (const std::string& command :
       {"export '" + kazakhstan_json + "'", "query '" + kazakhstan_json + "'", "timex --dct 2014-02-05 '" + seed + "'",
        "extract '" + seed + "'", std::string("--help")}) {
    CAPTURE(command);
    const auto r = run("sh -c \"annalist " + command + " >/dev/full\"");  // run() redirects the outer stdout
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "cannot write standard output"));
  }
}

TEST_CASE("a long value in an error message is cut, not echoed whole") {
  const TempDir dir;
  const std::string pasted(10000, 'x');  // an article pasted where a date belongs
  const auto extract = run("annalist extract --dct '2014-01-01" + pasted + "' '" + seed + "'");
  const auto timex = run("annalist timex --dct '2014-01-01" + pasted + "' -");
  const auto unknown = run("annalist query --dtc='" + pasted + "' x.json");
  const auto twice = run("annalist timex --dct 2014-01-01 --dct '" + pasted + "' -");
  for (const RunResult* r : {&extract, &timex, &unknown, &twice}) {
    CHECK(r->exit_code == 2);
    CHECK(has(r->err, "xxx…"));
    CHECK(r->err.size() < 1000);
  }
  CHECK(has(timex.err, "--dct '2014-01-01" + std::string(49, 'x') + "…' is not a date"));
  const std::string line = "{\"text\":\"on 3 May\",\"dct\":\"2014-13-01" + pasted + "\"}\n";
  const auto jsonl = run("annalist timex --jsonl", line);
  CHECK(jsonl.exit_code == 1);
  CHECK(has(jsonl.err, "<stdin>:1: \"dct\": \"2014-13-01" + std::string(49, 'x') + "…\" is not a date"));
  CHECK(jsonl.err.size() < 1000);
  const auto docs = dir.write("docs.jsonl", line);
  const auto lines = run("annalist extract '" + docs.string() + "'");
  CHECK(lines.exit_code == 1);
  CHECK(has(lines.err, "docs.jsonl:1: /dct: \"2014-13-01" + std::string(49, 'x') + "…\" is not a date"));
  CHECK(lines.err.size() < 1000);
}
