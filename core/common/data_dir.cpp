#include "core/common/data_dir.h"

#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/common/error.h"

namespace chronograph {

namespace {

std::filesystem::path executable_dir() {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path{} : self.parent_path();
}

bool holds_data(const std::filesystem::path& root) {
  std::error_code error;
  return std::filesystem::is_directory(root / "data", error);
}

}  // namespace

DataDir DataDir::locate(const std::optional<std::filesystem::path>& explicit_dir) {
  std::vector<std::filesystem::path> tried;
  if (explicit_dir) {
    if (holds_data(*explicit_dir)) return DataDir(*explicit_dir);
    throw InputError(fmt::format("'{}' has no data/ folder", explicit_dir->string()),
                     "pass the share/chronograph folder of a build or an install");
  }
  if (const char* env = std::getenv("CHRONOGRAPH_DATA_DIR"); env && *env) tried.emplace_back(env);
  const auto exe = executable_dir();
  if (!exe.empty()) {
    tried.push_back(exe / "share" / "chronograph");
    tried.push_back(exe.parent_path() / "share" / "chronograph");
  }
  for (const auto& candidate : tried)
    if (holds_data(candidate)) return DataDir(candidate);
  std::string places;
  for (const auto& candidate : tried) places += (places.empty() ? "" : ", ") + candidate.string();
  throw InputError(fmt::format("cannot find chronograph's data (looked in {})", places),
                   "rebuild with `make`, or pass --data-dir DIR");
}

}  // namespace chronograph
