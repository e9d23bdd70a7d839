#include "run_command.h"

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/common/atomic_file.h"

namespace chronograph::test {

namespace {
std::string quote(const std::string& argument) {
  std::string quoted = "'";
  for (char c : argument) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}
}  // namespace

std::string scratch_dir(const std::string& name) {
  // (the process id in the name: test_cli runs of other build trees at the same time must not
  // empty this one's folders while its commands read them)
  const auto dir =
      std::filesystem::temp_directory_path() / ("chronograph-cli-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string write_file(const std::string& dir, const std::string& name, const std::string& content) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

CommandResult run_chronograph(const std::vector<std::string>& arguments, const std::string& stdin_text) {
  const std::string dir = scratch_dir("io");
  std::string command = quote(std::string(CHRONOGRAPH_BINARY_DIR) + "/chronograph");
  for (const auto& argument : arguments) command += " " + quote(argument);
  const std::string in = dir + "/in", out = dir + "/out", err = dir + "/err";
  std::ofstream(in) << stdin_text;
  const int status = std::system((command + " <" + quote(in) + " >" + quote(out) + " 2>" + quote(err)).c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  std::filesystem::remove_all(dir);
  return result;
}

}  // namespace chronograph::test
