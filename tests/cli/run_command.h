// Runs the built `chronograph` binary with arguments, capturing stdout, stderr and the exit code.
#pragma once

#include <string>
#include <vector>

namespace chronograph::test {

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

CommandResult run_chronograph(const std::vector<std::string>& arguments, const std::string& stdin_text = {});

// A fresh empty folder under the system's temporary folder, named for this process too.
std::string scratch_dir(const std::string& name);

// Writes `content` to dir/name, bytes as given; returns the path.
std::string write_file(const std::string& dir, const std::string& name, const std::string& content);

// How many times `needle` occurs in `text` ("a message is told once").
std::size_t count(const std::string& text, const std::string& needle);

}  // namespace chronograph::test
