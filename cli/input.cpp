#include "input.hpp"

#include <annalist/engine/file_io.hpp>

#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <utility>

#include <unistd.h>

namespace annalist::cli {

LineReader::LineReader(int fd, std::string source, std::size_t max_bytes)
    : fd_(fd), source_(std::move(source)), max_bytes_(max_bytes) {}

bool LineReader::refill(const std::function<void()>& before_wait) {
  if (at_end_) return false;
  if (before_wait) before_wait();
  // Keep the unreturned tail at the front, then read after it.
  buffer_.erase(0, begin_);
  begin_ = 0;
  constexpr std::size_t block = std::size_t{1} << 16;
  const std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + block);
  for (;;) {
    const ssize_t got = ::read(fd_, buffer_.data() + old_size, block);
    if (got >= 0) {
      buffer_.resize(old_size + static_cast<std::size_t>(got));
      at_end_ = got == 0;
      return got > 0;
    }
    if (errno != EINTR) {
      buffer_.resize(old_size);
      at_end_ = true;
      throw InputError(source_, 0, 0,
                       "read error after line " + std::to_string(line_number_) + ": " + std::strerror(errno));
    }
  }
}

bool LineReader::next(std::string& line, const std::function<void()>& before_wait) {
  std::size_t scanned = begin_;  // bytes before this have no newline
  for (;;) {
    const char* const data = buffer_.data();
    const std::size_t end = buffer_.size();
    const void* const newline = std::memchr(data + scanned, '\n', end - scanned);
    const std::size_t line_end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - data) : end;
    if (const void* const nul = std::memchr(data + scanned, '\0', line_end - scanned))
      throw InputError(source_, line_number_ + 1,
                       static_cast<std::size_t>(static_cast<const char*>(nul) - data) - begin_ + 1,
                       "NUL byte: this looks like a binary file, not text");
    if (line_end - begin_ > max_bytes_)
      throw InputError(source_, line_number_ + 1, 0,
                       "a line longer than the limit of " + std::to_string(max_bytes_) + " bytes for one line");
    if (newline || (at_end_ && end > begin_)) {
      line.assign(data + begin_, line_end - begin_);
      begin_ = newline ? line_end + 1 : end;
      ++line_number_;
      return true;
    }
    const std::size_t pending = end - begin_;
    if (!refill(before_wait) && pending == 0) return false;
    scanned = begin_ + pending;  // refill moved the unreturned bytes to the front
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

nlohmann::json parse_json_fields(std::string_view line, std::span<const std::string_view> keys) {
  namespace dom = simdjson::dom;
  static thread_local dom::parser parser;
  dom::object object;
  if (parser.parse(line.data(), line.size()).get_object().get(object) == simdjson::SUCCESS) {
    nlohmann::json fields = nlohmann::json::object();
    bool kept = true;
    for (const dom::key_value_pair field : object) {
      if (std::find(keys.begin(), keys.end(), field.key) == keys.end()) continue;
      nlohmann::json& value = fields[std::string(field.key)];
      switch (field.value.type()) {
        case dom::element_type::STRING:
          value = std::string(std::string_view(field.value));
          break;
        case dom::element_type::NULL_VALUE:
          value = nullptr;
          break;
        case dom::element_type::INT64:
          value = std::int64_t(field.value);
          break;
        case dom::element_type::UINT64:
          value = std::uint64_t(field.value);
          break;
        default:
          kept = false;
      }
    }
    if (kept) return fields;
  }
  return parse_json_line(line);
}

}  // namespace annalist::cli
