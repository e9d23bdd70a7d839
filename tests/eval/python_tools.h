// Runs ../shared/tools (te3score.py, perturb_timeml.py) from tests, in scratch folders.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "tests/support/scratch_dir.h"

#include <sys/wait.h>

namespace chronograph::test {

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
