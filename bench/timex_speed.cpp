// bench/timex_speed — how fast find_time_expressions tags news text, and how chrono-node compares.
//
//   build-x/bin/timex_speed [--corpora DIR] [--runs N] [--chrono-runs N] [--no-chrono]
//                           [--mode one|documents|paragraphs] [--per-text]
//
// Text: the TEXT of every gold corpus document (TBAQ TimeBank + AQUAINT, WikiWars), each with its
// own DCT. Prints, single thread, median of --runs runs (default 7):
//   * one string   all TEXTs concatenated (blank line between), tagged in one call     MB/s
//   * documents    each TEXT tagged on its own with its DCT                             MB/s, docs/s
//   * paragraphs   each blank-line-separated paragraph tagged on its own (small docs)   docs/s
// and then runs chrono-node (bench/chrono/run-chrono; npm, cached outside the repo) on the same
// documents with the same reference dates, median of --chrono-runs runs (default 3), and prints
// the ratio. DIR defaults to ../shared/corpora beside the project; absent -> skipped, exit 0.
// --mode measures that mode alone (no chrono-node), e.g. to profile it under callgrind. The
// documents and paragraphs modes tag their texts in one call (find_time_expressions of a span, pass
// by pass), or with --per-text a call per text.
#include <annalist/engine/file_io.hpp>
#include <annalist/parser/time_expression.hpp>
#include <annalist/parser/timeml.hpp>

#include <nlohmann/json.hpp>

#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Document {
  std::string text;
  date::local_days dct;
};

std::vector<Document> load_corpora(const fs::path& corpora) {
  std::vector<Document> docs;
  for (const auto* dir : {"tbaq/TimeBank", "tbaq/AQUAINT", "wikiwars/WikiWars_20120218_v104/in"}) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(corpora / dir))
      if (annalist::is_timeml_file_name(entry.path())) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      const auto doc = annalist::read_timeml_file(f);
      docs.push_back(Document{doc.text(), doc.creation_date().value_or(date::local_days{date::year{2000} / 1 / 1})});
    }
  }
  return docs;
}

// Seconds of one run: wall-clock and this thread's CPU time (the machine may be shared, so the CPU
// time is the steadier figure).
struct Timing {
  double wall = 0;
  double cpu = 0;
};

double thread_cpu_seconds() {
  timespec t{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Medians over `runs` calls of `work`; `sink` keeps the work from being optimised away.
Timing median_timing(int runs, const std::function<std::size_t()>& work, std::size_t& sink) {
  std::vector<double> wall, cpu;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = thread_cpu_seconds();
    sink += work();
    cpu.push_back(thread_cpu_seconds() - cpu_start);
    wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return Timing{wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// The documents and paragraphs modes: the texts in one call (find_time_expressions of a span, as
// `annalist timex --timeml DIR` and `--jsonl` tag), or with --per-text a call per text.
bool per_text = false;

std::size_t tag_all(const std::vector<Document>& docs) {
  std::size_t found = 0;
  if (per_text) {
    for (const auto& d : docs) {
      annalist::ParseContext context;
      context.dct = d.dct;
      found += annalist::find_time_expressions(d.text, context).size();
    }
    return found;
  }
  std::vector<annalist::TextToTag> texts(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    texts[i].text = docs[i].text;
    texts[i].context.dct = docs[i].dct;
  }
  for (const auto& expressions : annalist::find_time_expressions(texts)) found += expressions.size();
  return found;
}

double megabytes(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

struct ChronoResult {
  std::string version;
  Timing median;
  std::size_t bytes = 0;
  std::size_t results = 0;
};

// Runs bench/chrono/run-chrono on `docs`; nullopt (with the reason on stderr) when it cannot run.
std::optional<ChronoResult> run_chrono(const std::vector<Document>& docs, int runs) {
  nlohmann::json input;
  input["runs"] = runs;
  input["documents"] = nlohmann::json::array();
  for (const auto& d : docs)
    input["documents"].push_back({{"text", d.text}, {"ref", date::format("%FT12:00:00", d.dct)}});
  char path_template[] = "/tmp/annalist-timex-speed-XXXXXX";
  const int fd = ::mkstemp(path_template);
  if (fd < 0) return std::nullopt;
  ::close(fd);
  const fs::path input_path = path_template;
  annalist::write_file_atomically(input_path, input.dump());
  const std::string command =
      std::string("'") + ANNALIST_SOURCE_DIR + "/bench/chrono/run-chrono' '" + input_path.string() + "'";
  std::string output;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
    const int status = ::pclose(pipe);
    fs::remove(input_path);
    if (status != 0) return std::nullopt;
  } else {
    fs::remove(input_path);
    return std::nullopt;
  }
  try {
    const auto j = nlohmann::json::parse(output);
    return ChronoResult{j.at("version").get<std::string>(),
                        Timing{j.at("median_seconds").get<double>(), j.at("median_cpu_seconds").get<double>()},
                        j.at("bytes").get<std::size_t>(), j.at("results").get<std::size_t>()};
  } catch (const std::exception& e) {
    std::cerr << "timex_speed: cannot read chrono-node's output (" << e.what() << "): " << output.substr(0, 300)
              << '\n';
    return std::nullopt;
  }
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpora = fs::path(ANNALIST_SHARED_DIR) / "corpora";
  int runs = 7;
  int chrono_runs = 3;
  bool chrono = true;
  std::string mode;  // empty: all three
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--corpora" && i + 1 < argc) {
      corpora = argv[++i];
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--chrono-runs" && i + 1 < argc) {
      chrono_runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--per-text") {
      per_text = true;
    } else if (a == "--no-chrono") {
      chrono = false;
    } else if (a == "--mode" && i + 1 < argc &&
               (argv[i + 1] == std::string("one") || argv[i + 1] == std::string("documents") ||
                argv[i + 1] == std::string("paragraphs"))) {
      mode = argv[++i];
      chrono = false;
    } else {
      std::cerr << "usage: timex_speed [--corpora DIR] [--runs N] [--chrono-runs N] [--no-chrono]"
                   " [--mode one|documents|paragraphs] [--per-text]\n";
      return 2;
    }
  }
  if (!fs::is_directory(corpora)) {
    std::cout << "timex_speed: " << corpora.string() << " is absent: nothing to measure (skipped)\n";
    return 0;
  }
  std::vector<Document> docs;
  try {
    docs = load_corpora(corpora);
  } catch (const std::exception& e) {
    std::cerr << "timex_speed: " << e.what() << '\n';
    return 1;
  }

  std::string all_text;
  std::size_t bytes = 0;
  std::vector<Document> paragraphs;
  for (const auto& d : docs) {
    all_text += d.text;
    all_text += "\n\n";
    bytes += d.text.size();
    for (std::size_t from = 0; from < d.text.size();) {
      auto to = d.text.find("\n\n", from);
      if (to == std::string::npos) to = d.text.size();
      const auto paragraph = d.text.substr(from, to - from);
      if (paragraph.find_first_not_of(" \t\r\n") != std::string::npos) paragraphs.push_back({paragraph, d.dct});
      from = to + 2;
    }
  }
  std::size_t paragraph_bytes = 0;
  for (const auto& p : paragraphs) paragraph_bytes += p.text.size();

  std::size_t sink = 0;
  annalist::ParseContext one_context;
  one_context.dct = docs.empty() ? one_context.dct : docs.front().dct;
  const auto measures = [&](const char* m) { return mode.empty() || mode == m; };
  // The warm-up tags the whole text once, so it also counts the expressions; a mode measured alone
  // (--mode) skips it, so that a profile holds only that mode's calls.
  const auto expressions = mode.empty() ? annalist::find_time_expressions(all_text, one_context).size() : 0;
  std::printf("annalist find_time_expressions, single thread, median of %d runs (CPU time; wall-clock in brackets)\n",
              runs);
  std::printf("  text: %zu documents (TBAQ TimeBank + AQUAINT, WikiWars TEXT), %.2f MB", docs.size(),
              megabytes(all_text.size()));
  if (mode.empty()) std::printf(", %zu expressions", expressions);
  std::printf("\n");
  const double mb = megabytes(bytes);
  const auto n_docs = static_cast<double>(docs.size());
  const auto n_paragraphs = static_cast<double>(paragraphs.size());
  Timing per_document;
  if (measures("one")) {
    const auto one_string = median_timing(
        runs, [&] { return annalist::find_time_expressions(all_text, one_context).size(); }, sink);
    std::printf("  one string   %8.2f MB/s  [%.2f]\n", megabytes(all_text.size()) / one_string.cpu,
                megabytes(all_text.size()) / one_string.wall);
  }
  if (measures("documents")) {
    per_document = median_timing(
        runs, [&] { return tag_all(docs); }, sink);
    std::printf("  documents    %8.2f MB/s  [%.2f]   %8.0f docs/s  [%.0f]   (%zu docs, avg %.1f kB)\n",
                mb / per_document.cpu, mb / per_document.wall, n_docs / per_document.cpu, n_docs / per_document.wall,
                docs.size(), static_cast<double>(bytes) / 1e3 / std::max(n_docs, 1.0));
  }
  if (measures("paragraphs")) {
    const auto per_paragraph = median_timing(
        runs, [&] { return tag_all(paragraphs); }, sink);
    std::printf("  paragraphs   %8.2f MB/s  [%.2f]   %8.0f docs/s  [%.0f]   (%zu small docs, avg %.0f bytes)\n",
                megabytes(paragraph_bytes) / per_paragraph.cpu, megabytes(paragraph_bytes) / per_paragraph.wall,
                n_paragraphs / per_paragraph.cpu, n_paragraphs / per_paragraph.wall, paragraphs.size(),
                static_cast<double>(paragraph_bytes) / std::max(n_paragraphs, 1.0));
  }
  if (sink == 0) std::printf("  (no expression found at all)\n");

  if (!chrono) return 0;
  std::printf("chrono-node on the same %zu documents and reference dates, median of %d runs ...\n", docs.size(),
              chrono_runs);
  std::fflush(stdout);
  const auto c = run_chrono(docs, chrono_runs);
  if (!c) {
    std::printf("  chrono-node: not run (see the message above)\n");
    return 0;
  }
  const double chrono_mb = megabytes(c->bytes);
  std::printf("  chrono-node %s  %8.2f MB/s  [%.2f]   %8.0f docs/s  [%.0f]   (%zu results)\n", c->version.c_str(),
              chrono_mb / c->median.cpu, chrono_mb / c->median.wall, n_docs / c->median.cpu, n_docs / c->median.wall,
              c->results);
  std::printf("  ratio annalist / chrono-node, documents: %.1fx  [%.1fx]\n",
              (mb / per_document.cpu) / (chrono_mb / c->median.cpu),
              (mb / per_document.wall) / (chrono_mb / c->median.wall));
  return 0;
}
