#include <annalist/engine/file_io.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annalist {

namespace {

std::string format_location(const std::string& path, std::size_t line, std::size_t column, const std::string& message) {
  // Built with append(): GCC 12 warns falsely (-Wrestrict) on char + std::string.
  std::string out = path;
  if (line != 0) {
    out.append(":").append(std::to_string(line));
    if (column != 0) out.append(":").append(std::to_string(column));
  }
  if (!out.empty()) out.append(": ");
  return out.append(message);
}

}  // namespace

InputError::InputError(std::string path, std::size_t line, std::size_t column, std::string message)
    : std::runtime_error(format_location(path, line, column, message)),
      path_(std::move(path)),
      line_(line),
      column_(column),
      message_(std::move(message)) {}

std::string read_file(const std::filesystem::path& path, std::size_t spare_capacity) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw InputError(path.string(), 0, 0, "is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), 0, 0, std::string("cannot open: ") + std::strerror(errno));
  std::string data;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    data.reserve(static_cast<std::size_t>(size) + spare_capacity);
    data.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(data.data(), size);
  } else {  // pipes and /proc files report no size: read them as a stream
    in.clear();
    in.seekg(0);
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    data.reserve(data.size() + spare_capacity);
  }
  if (in.bad()) throw InputError(path.string(), 0, 0, "read error");
  return data;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

TextPosition position_of(std::string_view text, std::size_t offset) {
  TextPosition pos;
  const std::size_t stop = std::min(offset, text.size());
  for (std::size_t i = 0; i < stop; ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

void require_text(std::string_view text, const std::string& path, std::size_t begin, std::size_t end) {
  begin = std::min(begin, text.size());
  const std::string_view piece = text.substr(begin, end == std::string_view::npos ? end : end - begin);
  if (const auto nul = piece.find('\0'); nul != std::string_view::npos) {
    const auto pos = position_of(text, begin + nul);
    throw InputError(path, pos.line, pos.column, "NUL byte: this looks like a binary file, not text");
  }
  if (const auto bad = find_invalid_utf8(piece)) {
    const std::size_t offset = begin + *bad;
    const auto pos = position_of(text, offset);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[offset]));
    throw InputError(path, pos.line, pos.column,
                     std::string("invalid UTF-8 (byte ") + hex + " at offset " + std::to_string(offset) + ")");
  }
}

std::string read_text_file(const std::filesystem::path& path) {
  std::string data = read_file(path);
  if (data.size() >= 3 && data.compare(0, 3, "\xEF\xBB\xBF") == 0) data.erase(0, 3);
  require_text(data, path.string());
  return data;
}

namespace {

// What check_output_path checks without touching the disk; write_file_atomically's own temporary
// file tells whether the directory takes new files.
void check_output_location(const std::filesystem::path& path, std::span<const std::filesystem::path> inputs) {
  namespace fs = std::filesystem;
  if (path.empty()) throw InputError("", 0, 0, "no output file named (an empty path)");
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw InputError(path.string(), 0, 0,
                     "is a directory; name a file to write, such as " + (path / "timeline.json").string());
  if (!path.has_filename()) throw InputError(path.string(), 0, 0, "names no file (it ends in a slash)");
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec))
    throw InputError(path.string(), 0, 0,
                     fs::exists(dir, ec) ? dir.string() + " is not a directory"
                                         : "the directory " + dir.string() + " does not exist");
  for (const fs::path& input : inputs)
    if (input != "-" && fs::equivalent(path, input, ec))
      throw InputError(path.string(), 0, 0, "is also an input; refusing to overwrite it");
}

// A temporary file beside `path` (mkstemp: a fresh name, mode 0600); its name is left in `name`.
int create_temporary_beside(const std::filesystem::path& path, std::string& name) {
  const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  name = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0) throw InputError(path.string(), 0, 0, "cannot write in " + dir.string() + ": " + std::strerror(errno));
  return fd;
}

}  // namespace

void check_output_path(const std::filesystem::path& path, std::span<const std::filesystem::path> inputs) {
  check_output_location(path, inputs);
  // Permissions, a read-only file system or a pseudo file system (/proc) are only known by trying:
  // create the temporary file the write will need, and remove it.
  std::string probe;
  const int fd = create_temporary_beside(path, probe);
  ::close(fd);
  ::unlink(probe.c_str());
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  check_output_location(path, {});
  std::string tmpl;
  const int fd = create_temporary_beside(path, tmpl);
  const auto fail = [&](const char* what) {
    const int err = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    throw InputError(path.string(), 0, 0, std::string(what) + ": " + std::strerror(err));
  };
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t w = ::write(fd, content.data() + done, content.size() - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      fail("write failed");
    }
    done += static_cast<std::size_t>(w);
  }
  if (::fsync(fd) != 0) fail("fsync failed");
  // mkstemp creates 0600; give the file the permissions a plain create would have.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    throw InputError(path.string(), 0, 0, std::string("close failed: ") + std::strerror(err));
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    throw InputError(path.string(), 0, 0, std::string("cannot rename into place: ") + std::strerror(err));
  }
}

}  // namespace annalist
