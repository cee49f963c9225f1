#include <annalist/engine/file_io.hpp>

#include <doctest/doctest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace annalist;

namespace {
fs::path scratch_dir() {
  const auto dir = fs::temp_directory_path() / ("annalist-file-io-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("valid UTF-8 passes, including multi-byte characters") {
  CHECK_FALSE(find_invalid_utf8("plain ASCII").has_value());
  CHECK_FALSE(find_invalid_utf8("Астана – “quoted” €").has_value());
  CHECK_FALSE(find_invalid_utf8("\xF0\x9F\x98\x80").has_value());  // U+1F600
}

TEST_CASE("invalid UTF-8 is found at the first bad byte") {
  CHECK(find_invalid_utf8("ab\xFF").value() == 2);
  CHECK(find_invalid_utf8("a\xC3").value() == 1);             // truncated sequence
  CHECK(find_invalid_utf8("\xC0\xAF").value() == 0);          // overlong '/'
  CHECK(find_invalid_utf8("x\xED\xA0\x80").value() == 1);     // UTF-16 surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80").value() == 0);  // above U+10FFFF
}

TEST_CASE("invalid UTF-8 is found at its byte wherever it falls among long ASCII runs") {
  // The ASCII runs are skipped eight bytes at a time: the bad byte at every place in and across
  // such blocks, after and before valid multi-byte characters, is found where it is.
  for (std::size_t before = 0; before < 20; ++before) {
    const std::string ascii(before, 'a');
    CHECK(find_invalid_utf8(ascii + "\xFF" + std::string(9, 'b')).value() == before);
    CHECK(find_invalid_utf8(ascii + "\xE2\x80\x9C" + ascii + "\xC3").value() == 2 * before + 3);
    CHECK(find_invalid_utf8(ascii + "\xE2\x80\x9C" + std::string(17, 'c') + "\x80" + ascii).value() == before + 20);
    CHECK_FALSE(find_invalid_utf8(ascii + "\xE2\x80\x9C" + ascii + "\xC3\xA9" + ascii).has_value());
  }
}

TEST_CASE("position_of counts lines and columns from 1") {
  const std::string text = "one\ntwo\nthree";
  CHECK(position_of(text, 0).line == 1);
  CHECK(position_of(text, 5).line == 2);
  CHECK(position_of(text, 5).column == 2);
}

TEST_CASE("read_text_file names the line of invalid UTF-8 and refuses binary files") {
  const auto dir = scratch_dir();
  {
    std::ofstream(dir / "bad.txt", std::ios::binary) << "fine\nstill fine\nbroken \xFE here\n";
    std::ofstream(dir / "binary.bin", std::ios::binary) << std::string("PK\x03\x04\0\0", 6);
    std::ofstream(dir / "bom.txt", std::ios::binary) << "\xEF\xBB\xBFhello";
  }
  try {
    read_text_file(dir / "bad.txt");
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(e.line() == 3);
    CHECK(e.column() == 8);
    CHECK(std::string(e.what()).find("bad.txt:3:8: invalid UTF-8") != std::string::npos);
  }
  CHECK_THROWS_AS(read_text_file(dir / "binary.bin"), InputError);
  CHECK(read_text_file(dir / "bom.txt") == "hello");
  CHECK_THROWS_AS(read_text_file(dir / "does-not-exist.txt"), InputError);
  CHECK_THROWS_AS(read_text_file(dir), InputError);
  fs::remove_all(dir);
}

TEST_CASE("write_file_atomically replaces the whole file and leaves no temporary behind") {
  const auto dir = scratch_dir();
  const auto target = dir / "out.json";
  write_file_atomically(target, "first");
  write_file_atomically(target, "second version");
  CHECK(read_file(target) == "second version");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);
  CHECK_THROWS_AS(write_file_atomically(dir / "no-such-dir" / "x.json", "data"), InputError);
  fs::remove_all(dir);
}

TEST_CASE("write_file_atomically from pieces writes them in order, and a writer that throws leaves the file") {
  const auto dir = scratch_dir();
  const auto target = dir / "out.json";
  write_file_atomically(target, [](const ContentSink& write) {
    write("{\"a\": ");
    write("1}\n");
  });
  CHECK(read_file(target) == "{\"a\": 1}\n");
  CHECK_THROWS_AS(write_file_atomically(target,
                                        [](const ContentSink& write) {
                                          write("{\"half");
                                          throw std::runtime_error("the writer failed");
                                        }),
                  std::runtime_error);
  CHECK(read_file(target) == "{\"a\": 1}\n");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);
  fs::remove_all(dir);
}

namespace {
std::string output_error(const fs::path& path, std::span<const fs::path> inputs = {}) {
  try {
    check_output_path(path, inputs);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("an output path is refused before any writing when no file can go there") {
  const auto dir = scratch_dir();
  const auto input = dir / "article.txt";
  write_file_atomically(input, "The text.");
  CHECK(output_error(dir / "out.json") == "");
  CHECK(output_error(dir / "out.json", std::vector<fs::path>{input, "-"}) == "");
  CHECK(output_error(dir / "missing" / "out.json") ==
        (dir / "missing" / "out.json").string() + ": the directory " + (dir / "missing").string() + " does not exist");
  CHECK(output_error(input / "out.json") ==
        (input / "out.json").string() + ": " + input.string() + " is not a directory");
  CHECK(output_error(dir) ==
        dir.string() + ": is a directory; name a file to write, such as " + (dir / "timeline.json").string());
  CHECK(output_error("") == "no output file named (an empty path)");
  // The input itself, also by another spelling of its path: writing it would destroy it.
  CHECK(output_error(input, std::vector<fs::path>{input}) ==
        input.string() + ": is also an input; refusing to overwrite it");
  const fs::path other_spelling = dir / "." / "article.txt";
  CHECK(output_error(other_spelling, std::vector<fs::path>{input}) ==
        other_spelling.string() + ": is also an input; refusing to overwrite it");
  CHECK(read_file(input) == "The text.");
  // write_file_atomically says the same, and writes nothing.
  CHECK_THROWS_WITH_AS(
      write_file_atomically(dir / "missing" / "out.json", "data"),
      ((dir / "missing" / "out.json").string() + ": the directory " + (dir / "missing").string() + " does not exist")
          .c_str(),
      InputError);
  fs::remove_all(dir);
}
