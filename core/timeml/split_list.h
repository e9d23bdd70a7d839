// Lists of TimeML files, one path a line (the TBAQ train/dev splits); blank lines and lines
// starting with '#' are skipped. Throws InputError when the list cannot be read or names no
// file, ParseError (list:line:column) when a listed file does not exist.
#pragma once

#include <filesystem>
#include <vector>

namespace chronograph::core {

// Paths relative to `data_root`.
std::vector<std::filesystem::path> read_split_list(const std::filesystem::path& list,
                                                   const std::filesystem::path& data_root);

// Paths relative to the list's folder's parent (data/splits/dev.txt names data/...).
std::vector<std::filesystem::path> read_gold_list(const std::filesystem::path& list);

}  // namespace chronograph::core
