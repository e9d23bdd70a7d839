#include "cli/stderr_reporter.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace chronograph::cli {

StderrReporter::StderrReporter()
    : is_terminal_(::isatty(STDERR_FILENO) == 1),
      started_(std::chrono::steady_clock::now()),
      last_draw_(started_) {}

void StderrReporter::clear_progress() {
  if (!progress_shown_) return;
  std::fputs("\r\033[K", stderr);
  progress_shown_ = false;
}

void StderrReporter::warning(std::string_view message) {
  clear_progress();
  fmt::print(stderr, "chronograph: warning: {}\n", message);
}

void StderrReporter::note(std::string_view message) {
  if (quiet_) return;
  clear_progress();
  fmt::print(stderr, "chronograph: {}\n", message);
}

void StderrReporter::raw(std::string_view line) {
  clear_progress();
  fmt::print(stderr, "{}\n", line);
}

void StderrReporter::note_once(const std::string& message) {
  if (said_.insert(message).second) note(message);
}

void StderrReporter::progress(std::string_view stage, std::size_t done, std::size_t total) {
  if (quiet_ || !is_terminal_) return;
  const auto now = std::chrono::steady_clock::now();
  using seconds = std::chrono::duration<double>;
  const double elapsed = seconds(now - started_).count();
  // Short runs stay silent; long ones redraw at most ten times a second.
  if (elapsed < 1.0 || seconds(now - last_draw_).count() < 0.1) return;
  last_draw_ = now;
  std::string line = fmt::format("chronograph: {}  {}/{}  {:.1f} s", stage, done, total, elapsed);
  if (done > 0 && total > done)
    line += fmt::format(", ~{:.0f} s left", elapsed / static_cast<double>(done) * static_cast<double>(total - done));
  fmt::print(stderr, "\r\033[K{}", line);
  std::fflush(stderr);
  progress_shown_ = true;
}

}  // namespace chronograph::cli
