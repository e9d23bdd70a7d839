// A scratch folder for one test: fresh on construction, removed with its contents at scope exit,
// so repeated runs leave nothing behind in the system temp folder.
#pragma once

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include <fmt/format.h>

#include <unistd.h>

namespace chronograph::test {

class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name) {
    static std::atomic<int> serial{0};
    // fmt, not "literal" + std::string: g++ 12 warns falsely on that (-Wrestrict, PR 105329).
    path_ = std::filesystem::temp_directory_path() /
            fmt::format("chronograph-{}-{}-{}", name, ::getpid(), serial++);
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;  // best effort: a leftover temp folder is harmless
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `content` to `relative` inside the folder (creating subfolders); returns its path.
  std::filesystem::path write(const std::string& relative, const std::string& content) const {
    const auto file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace chronograph::test
