// Runs ../shared/tools (te3score.py, perturb_timeml.py) from tests, in scratch folders.
#pragma once

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include <sys/wait.h>
#include <unistd.h>

namespace chronograph::test {

// A fresh folder under the system temp dir, removed with its contents at scope exit.
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

 private:
  std::filesystem::path path_;
};

inline std::string quoted(const std::filesystem::path& path) { return fmt::format("'{}'", path.string()); }

inline bool have_python3() { return std::system("python3 -c pass >/dev/null 2>&1") == 0; }

// Runs a shell command with stdout into a file; returns {exit status, stdout}.
inline std::pair<int, std::string> run_command(const std::string& command, const std::filesystem::path& scratch) {
  const auto out = scratch / "stdout.txt";
  const std::string line = fmt::format("{} > {} 2> {}", command, quoted(out), quoted(scratch / "stderr.txt"));
  const int status = std::system(line.c_str());
  std::ifstream in(out);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, buffer.str()};
}

inline std::string stderr_of(const std::filesystem::path& scratch) {
  std::ifstream in(scratch / "stderr.txt");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace chronograph::test
