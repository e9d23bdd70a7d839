// Where rule files, lexicons, schemas and models are found at run time, without the
// source tree and without the shared data folder. In order:
//   1. an explicit directory (--data-dir / --models on the command line)
//   2. $CHRONOGRAPH_DATA_DIR
//   3. <directory of the executable>/share/chronograph   (the build tree: CMake stages it)
//   4. <directory of the executable>/../share/chronograph (after `cmake --install`)
// The directory holds data/ (rules, lexicons, schema) and models/ (trained weights).
#pragma once

#include <filesystem>
#include <optional>

namespace chronograph {

class DataDir {
 public:
  // Throws InputError listing every place it looked when none holds data/ and models/.
  static DataDir locate(const std::optional<std::filesystem::path>& explicit_dir = std::nullopt);
  explicit DataDir(std::filesystem::path root) : root_(std::move(root)) {}

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path data(const std::filesystem::path& relative) const { return root_ / "data" / relative; }
  std::filesystem::path model(const std::filesystem::path& relative) const { return root_ / "models" / relative; }

 private:
  std::filesystem::path root_;
};

}  // namespace chronograph
