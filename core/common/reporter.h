// How library code tells the user something without printing: warnings, notes and
// progress go through a Reporter owned by the caller (the CLI writes them to stderr).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph {

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void warning(std::string_view message) = 0;
  virtual void note(std::string_view message) = 0;
  // `done` of `total` units of `stage` are finished; called often, cheap to ignore.
  virtual void progress(std::string_view stage, std::size_t done, std::size_t total) = 0;
};

// Drops everything; for callers that do not care.
class NullReporter final : public Reporter {
 public:
  void warning(std::string_view) override {}
  void note(std::string_view) override {}
  void progress(std::string_view, std::size_t, std::size_t) override {}
};

// Keeps every warning and note; for tests.
class CollectingReporter final : public Reporter {
 public:
  void warning(std::string_view message) override { warnings.emplace_back(message); }
  void note(std::string_view message) override { notes.emplace_back(message); }
  void progress(std::string_view, std::size_t, std::size_t) override {}
  std::vector<std::string> warnings;
  std::vector<std::string> notes;
};

}  // namespace chronograph
