// events_bench — how fast documents become events, on the TBAQ corpus text (TimeBank + AQUAINT).
//
//   build-events/bin/events_bench [CORPUS_DIR] [RUNS]
//
// Prints, single-threaded, the median over RUNS (default 7) of:
//   extract_document  the whole pipeline: temporal tagging, structure, events
//   find_time_expressions, analyze_document, extract_events: its three stages on their own
//   find_time_expressions of a span: the first stage on all the documents in one call, as
//     `annalist timex --jsonl` and `--timeml` tag them (pass by pass, time_expression.hpp)
// in MB/s of document text, plus the number of events found.
#include <annalist/engine/file_io.hpp>
#include <annalist/parser/events.hpp>
#include <annalist/parser/timeml.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Corpus {
  std::vector<std::string> texts;
  std::vector<date::sys_days> dcts;
  std::size_t bytes = 0;
};

Corpus load(const fs::path& dir) {
  Corpus c;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".tml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    const auto doc = annalist::TimemlDocument::parse(annalist::read_file(f), f.string());
    c.texts.push_back(doc.text());
    c.dcts.push_back(doc.creation_date() ? date::sys_days{doc.creation_date()->time_since_epoch()}
                                         : date::sys_days{date::year{2000} / 1 / 1});
    c.bytes += doc.text().size();
  }
  return c;
}

template <class F>
double median_seconds(int runs, F&& f) {
  std::vector<double> times;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    f();
    times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::path(ANNALIST_SHARED_DIR "/corpora/tbaq");
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
  if (!fs::is_directory(dir)) {
    std::cerr << "events_bench: no corpus at " << dir << " (give a directory of .tml files)\n";
    return 1;
  }
  const Corpus corpus = load(dir);
  const double mb = static_cast<double>(corpus.bytes) / 1e6;
  const annalist::EventLexicon& lexicon = annalist::default_event_lexicon();

  // The documents to tag, each with its DCT.
  std::vector<annalist::TextToTag> to_tag(corpus.texts.size());
  for (std::size_t i = 0; i < corpus.texts.size(); ++i) {
    to_tag[i].text = corpus.texts[i];
    to_tag[i].context.dct = date::local_days{corpus.dcts[i].time_since_epoch()};
  }
  // Stage inputs computed once, so each stage is timed alone.
  std::vector<std::vector<annalist::TimeExpression>> timexes = annalist::find_time_expressions(to_tag);
  std::vector<annalist::DocumentStructure> structures(corpus.texts.size());
  for (std::size_t i = 0; i < corpus.texts.size(); ++i)
    structures[i] = annalist::analyze_document(corpus.texts[i], timexes[i]);

  std::size_t events = 0;
  const double whole = median_seconds(runs, [&] {
    events = 0;
    for (std::size_t i = 0; i < corpus.texts.size(); ++i) {
      annalist::ExtractOptions options;
      options.dct = corpus.dcts[i];
      events += annalist::extract_document(corpus.texts[i], options).events.size();
    }
  });
  const double tagging = median_seconds(runs, [&] {
    for (std::size_t i = 0; i < corpus.texts.size(); ++i)
      timexes[i] = annalist::find_time_expressions(to_tag[i].text, to_tag[i].context);
  });
  const double batch_tagging = median_seconds(runs, [&] { timexes = annalist::find_time_expressions(to_tag); });
  const double structure = median_seconds(runs, [&] {
    for (std::size_t i = 0; i < corpus.texts.size(); ++i)
      structures[i] = annalist::analyze_document(corpus.texts[i], timexes[i]);
  });
  const double layer = median_seconds(runs, [&] {
    for (std::size_t i = 0; i < corpus.texts.size(); ++i)
      annalist::extract_events(corpus.texts[i], structures[i], timexes[i], corpus.dcts[i], lexicon);
  });

  std::printf("corpus: %zu documents, %.2f MB of text (%s), median of %d runs, one thread\n", corpus.texts.size(), mb,
              dir.string().c_str(), runs);
  std::printf("extract_document       %8.2f MB/s  %8.1f ms  (%zu events)\n", mb / whole, whole * 1e3, events);
  std::printf("  find_time_expressions %7.2f MB/s  %8.1f ms\n", mb / tagging, tagging * 1e3);
  std::printf("    of a span (batch)   %7.2f MB/s  %8.1f ms\n", mb / batch_tagging, batch_tagging * 1e3);
  std::printf("  analyze_document      %7.2f MB/s  %8.1f ms\n", mb / structure, structure * 1e3);
  std::printf("  extract_events        %7.2f MB/s  %8.1f ms\n", mb / layer, layer * 1e3);
  return 0;
}
