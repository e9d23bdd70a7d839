// Where a command's result goes: `-o FILE` (written whole or not at all) or stdout, and
// which format, from --format or the output file's extension.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::cli {

// The format to write: `explicit_format` if given, else the extension of `output` without its
// dot ("svg"), else `fallback`. Throws UsageError naming the option ("--format: cannot write format
// 'xml'; ...") when the result is not one of `allowed`. Commands call it before reading any input.
std::string choose_format(const std::optional<std::string>& explicit_format,
                          const std::optional<std::filesystem::path>& output, std::string_view fallback,
                          const std::vector<std::string>& allowed);

void write_output(const std::optional<std::filesystem::path>& output, std::string_view content);

}  // namespace chronograph::cli
