// Corpus-score regression: the grammar, run through the library on TBAQ documents, must keep its
// TempEval-3 scores above floors set from the measured figures minus a margin (docs/evaluation.md).
// Runs only when the shared corpora are present (ANNALIST_SHARED_DIR); otherwise says so and passes.
#include <annalist/parser/tempeval.hpp>
#include <annalist/parser/time_expression.hpp>
#include <annalist/parser/timeml.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Every `stride`-th document of a TBAQ directory, in name order: a fixed, spread-out sample.
std::vector<fs::path> sample_of(const fs::path& dir, std::size_t stride) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (annalist::is_timeml_file_name(entry.path())) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<fs::path> sample;
  for (std::size_t i = 0; i < files.size(); i += stride) sample.push_back(files[i]);
  return sample;
}

annalist::TempevalCounts score(const std::vector<fs::path>& files) {
  annalist::TempevalCounts total;
  for (const auto& f : files) {
    const auto gold = annalist::read_timeml_file(f);
    annalist::ParseContext context;
    REQUIRE(gold.creation_date());
    context.dct = *gold.creation_date();
    total += annalist::score_document(gold, annalist::find_time_expressions(gold.text(), context));
  }
  return total;
}

}  // namespace

TEST_CASE("TBAQ sample scores stay above their regression floors") {
  const fs::path tbaq = fs::path(ANNALIST_SHARED_DIR) / "corpora" / "tbaq";
  if (!fs::is_directory(tbaq)) {
    MESSAGE("skipped: no shared corpora at " << tbaq.string());
    return;
  }
  auto files = sample_of(tbaq / "TimeBank", 6);
  const auto aquaint = sample_of(tbaq / "AQUAINT", 6);
  files.insert(files.end(), aquaint.begin(), aquaint.end());
  REQUIRE(files.size() >= 40);

  const auto c = score(files);
  MESSAGE(files.size() << " documents, " << c.gold << " gold, " << c.system << " system timexes: strict F1 "
                       << annalist::strict_scores(c).f1 << ", relaxed F1 " << annalist::relaxed_scores(c).f1
                       << ", value F1 " << annalist::value_f1(c));
  // Floors: the figures measured on this sample at the end of session 4 (strict 0.834, relaxed
  // 0.925, value 0.777) minus a margin of about 0.04 (docs/evaluation.md). Raise them as the
  // grammar improves.
  CHECK(annalist::relaxed_scores(c).f1 >= 0.88);
  CHECK(annalist::strict_scores(c).f1 >= 0.79);
  CHECK(annalist::value_f1(c) >= 0.73);
}
