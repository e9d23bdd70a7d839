// Tests that need ../shared (TBAQ, UD EWT, te3score.py) find it here, and skip with a
// clear message when it is absent. CI has it, so they run there.
#pragma once

#include <filesystem>
#include <optional>

#include <catch2/catch.hpp>

namespace chronograph::test {

inline std::optional<std::filesystem::path> shared_dir() {
  const std::filesystem::path dir{CHRONOGRAPH_SHARED_DIR};
  std::error_code error;
  if (std::filesystem::is_directory(dir / "data", error)) return dir;
  return std::nullopt;
}

inline const std::filesystem::path kSourceDir{CHRONOGRAPH_SOURCE_DIR};
inline const std::filesystem::path kBinaryDir{CHRONOGRAPH_BINARY_DIR};

}  // namespace chronograph::test

// Use at the top of a TEST_CASE: returns from it (with a warning) when ../shared is absent.
#define CHRONOGRAPH_REQUIRE_SHARED(var)                                                   \
  const auto var##_opt = ::chronograph::test::shared_dir();                                \
  if (!var##_opt) {                                                                        \
    WARN("skipped: " CHRONOGRAPH_SHARED_DIR " is absent (the TBAQ / UD EWT data and "      \
         "te3score.py live there)");                                                       \
    return;                                                                                \
  }                                                                                        \
  const std::filesystem::path var = *var##_opt
