// Errors thrown by the library and turned into messages and exit codes by cli/main.cpp.
//
//   InputError  the input was bad (missing file, invalid UTF-8, malformed TimeML): exit 1
//   ParseError  an InputError with a file:line:column, the offending line and a hint
//   UsageError  the command line was wrong: exit 2
//
// what() is always one line: "where: message; hint" (lower-case, no final period).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace chronograph {

struct SourcePos {
  std::string path;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown
  std::string to_string() const;  // "path:line:col", "path:line" or "path"
};

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class InputError : public Error {
 public:
  explicit InputError(const std::string& message, std::string help = {})
      : Error(message), help_(std::move(help)) {}
  // One sentence telling the user what to type instead; printed as "help: ...".
  const std::string& help() const { return help_; }

 private:
  std::string help_;
};

class ParseError : public InputError {
 public:
  // source_line: the text of the offending line, shown under the message with a caret.
  ParseError(SourcePos where, std::string message, std::string hint = {},
             std::string help = {}, std::string source_line = {}, int caret_width = 1);
  const SourcePos& where() const { return where_; }
  const std::string& message() const { return message_; }
  const std::string& hint() const { return hint_; }
  const std::string& source_line() const { return source_line_; }
  int caret_width() const { return caret_width_; }

 private:
  SourcePos where_;
  std::string message_;
  std::string hint_;
  std::string source_line_;
  int caret_width_;
};

class UsageError : public Error {
 public:
  using Error::Error;
};

// "did you mean 'x'?" for the candidates closest to `wanted` by edit distance, or "".
std::string did_you_mean(const std::string& wanted, const std::vector<std::string>& candidates,
                         std::size_t max_suggestions = 3);

// Levenshtein distance on bytes.
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace chronograph
