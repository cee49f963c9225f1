#include "input.hpp"

#include <annalist/engine/file_io.hpp>

#include <algorithm>
#include <stdexcept>

namespace annalist::cli {

bool read_line(std::istream& in, std::string& line, const std::string& source, std::size_t line_number,
               std::size_t max_bytes) {
  line.clear();
  std::streambuf* const buffer = in.rdbuf();
  for (;;) {
    const int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) return !line.empty();
    if (c == '\n') return true;
    if (c == '\0')
      throw InputError(source, line_number, line.size() + 1, "NUL byte: this looks like a binary file, not text");
    if (line.size() == max_bytes)
      throw InputError(source, line_number, 0,
                       "a line longer than the limit of " + std::to_string(max_bytes) + " bytes for one line");
    if (line.size() == line.capacity())  // doubling from a power of two: at most max_bytes, not twice it
      line.reserve(std::min(std::max(2 * line.capacity(), std::size_t{1} << 16), max_bytes));
    line.push_back(static_cast<char>(c));
  }
}

nlohmann::json parse_json_line(std::string_view line) {
  try {
    return nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann's text: "[json.exception.parse_error.101] parse error at line 1, column C: syntax
    // error while parsing value - WHAT; last read: 'TOKEN'[; expected KIND]". Keep WHAT and KIND.
    std::string what = e.what();
    if (const auto dash = what.find(" - "); dash != std::string::npos) what.erase(0, dash + 3);
    if (const auto echo = what.find("; last read: '"); echo != std::string::npos) {
      const auto expected = what.rfind("'; expected ");
      what = what.substr(0, echo) + (expected != std::string::npos && expected > echo ? what.substr(expected + 1) : "");
    }
    throw std::runtime_error("invalid JSON at column " + std::to_string(e.byte) + ": " + what);
  } catch (const nlohmann::json::exception& e) {
    // A number beyond a double ("1e400"): "[json.exception.out_of_range.406] number overflow
    // parsing '1e400'", which quotes the number; a run of digits may be long, so it is cut.
    std::string what = e.what();
    if (const auto bracket = what.find("] "); bracket != std::string::npos) what.erase(0, bracket + 2);
    if (what.size() > 120) what = what.substr(0, 120) + "...";
    throw std::runtime_error("invalid JSON: " + what);
  }
}

}  // namespace annalist::cli
