// The data lines of a rule or word-list file: blank lines and '#' comments are skipped, a
// Windows line end is taken off, and each line keeps its 1-based number for error messages.
//
//   for_each_data_line(read_data_file(path), [&](const std::string& line, int number) { ... });
#pragma once

#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>

namespace chronograph::core {

inline constexpr std::string_view kMissingDataHelp =
    "chronograph's data is incomplete: rebuild with `make`, or pass --data-dir DIR (the share/chronograph folder of a "
    "build or an install)";

// The whole of one of chronograph's own data files; a missing or unreadable one throws an
// InputError with `help` (by default: how to get the installed data back).
std::string read_data_file(const std::filesystem::path& path, std::string_view help = kMissingDataHelp);

template <class Fn>
void for_each_data_line(const std::string& text, Fn fn) {
  std::istringstream stream(text);
  int number = 0;
  for (std::string line; std::getline(stream, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    fn(line, number);
  }
}

}  // namespace chronograph::core
