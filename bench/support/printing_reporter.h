// A Reporter for the measurement programs in bench/: warnings and notes on stderr, no progress.
#pragma once

#include <fmt/format.h>

#include "core/common/reporter.h"

namespace chronograph::bench {

class PrintingReporter final : public Reporter {
 public:
  void warning(std::string_view message) override { fmt::print(stderr, "warning: {}\n", message); }
  void note(std::string_view message) override { fmt::print(stderr, "{}\n", message); }
  void progress(std::string_view, std::size_t, std::size_t) override {}
};

}  // namespace chronograph::bench
