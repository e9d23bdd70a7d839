#include "core/timeml/split_list.h"

#include <fstream>
#include <string>

#include <fmt/format.h>

#include "core/common/error.h"

namespace chronograph::core {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> read_listed_files(const fs::path& list, const fs::path& root, const std::string& hint) {
  std::ifstream in(list);
  if (!in) throw InputError(fmt::format("{}: cannot read the split list", list.string()));
  std::vector<fs::path> files;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const fs::path file = (root / line.substr(first)).lexically_normal();
    std::error_code error;
    if (!fs::is_regular_file(file, error))
      throw ParseError(SourcePos{list.string(), number, static_cast<int>(first) + 1},
                       fmt::format("no file {}", file.string()), hint, {}, line);
    files.push_back(file);
  }
  if (files.empty()) throw InputError(fmt::format("{}: the split list names no file", list.string()));
  return files;
}

}  // namespace

std::vector<fs::path> read_split_list(const fs::path& list, const fs::path& data_root) {
  return read_listed_files(list, data_root,
                           fmt::format("paths in a split list are relative to the data root {}", data_root.string()));
}

std::vector<fs::path> read_gold_list(const fs::path& list) {
  return read_listed_files(list, list.parent_path() / "..",
                           "paths in a split list are relative to the list's folder's parent");
}

}  // namespace chronograph::core
