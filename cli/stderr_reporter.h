// The CLI's Reporter: "chronograph: warning: ..." on stderr, and a progress line redrawn
// with \r, shown only when stderr is a terminal, the run is past one second and not --quiet.
#pragma once

#include <chrono>
#include <set>
#include <string>

#include "core/common/reporter.h"

namespace chronograph::cli {

class StderrReporter final : public Reporter {
 public:
  StderrReporter();
  void set_quiet(bool quiet) { quiet_ = quiet; }
  void warning(std::string_view message) override;
  void note(std::string_view message) override;
  void progress(std::string_view stage, std::size_t done, std::size_t total) override;
  // Erases a progress line if one is showing; call before printing anything else.
  void clear_progress();
  // Like note(), but only the first time this exact message is given in a run.
  void note_once(const std::string& message);
  // A line that carries its own "file:line:col: warning:" prefix.
  void raw(std::string_view line);

 private:
  bool quiet_ = false;
  bool is_terminal_ = false;
  bool progress_shown_ = false;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_draw_;
  std::set<std::string> said_;
};

}  // namespace chronograph::cli
