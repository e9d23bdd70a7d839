#include "core/common/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include "core/common/error.h"

namespace chronograph {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path parent = path.parent_path();
  if (!parent.empty() && !fs::is_directory(parent))
    throw InputError(fmt::format("cannot write '{}': the directory '{}' does not exist",
                                 path.string(), parent.string()));
  fs::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out)
      throw InputError(fmt::format("cannot write '{}': {}", temporary.string(), std::strerror(errno)));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      throw InputError(fmt::format("cannot write '{}': disk full or I/O error", path.string()));
    }
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw InputError(fmt::format("cannot write '{}': {}", path.string(), error.message()));
  }
}

std::string read_file(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::exists(path, error))
    throw InputError(fmt::format("no such file '{}'", path.string()));
  if (fs::is_directory(path, error))
    throw InputError(fmt::format("'{}' is a directory, not a file", path.string()));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("cannot read '{}': {}", path.string(), std::strerror(errno)));
  std::string content;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) content.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  if (!in && !content.empty())
    throw InputError(fmt::format("cannot read '{}': I/O error", path.string()));
  return content;
}

}  // namespace chronograph
