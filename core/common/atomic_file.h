// Files are written whole or not at all: into "NAME.tmp" beside the target, then renamed,
// so a failed run never leaves half a file and never clobbers a good one.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace chronograph {

// Throws InputError naming the path when the directory is missing or not writable.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Reads a whole file; throws InputError naming the path when it cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace chronograph
