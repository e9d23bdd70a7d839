// The data lines of a rule or word-list file: blank lines and '#' comments are skipped, a
// Windows line end is taken off, and each line keeps its 1-based number for error messages.
//
//   for_each_data_line(read_file(path), [&](const std::string& line, int number) { ... });
#pragma once

#include <sstream>
#include <string>

namespace chronograph::core {

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
