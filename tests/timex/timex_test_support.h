// Shared helpers of the timex tests: one tagger loaded from the source tree's data/timex.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/timex/timex_tagger.h"
#include "tests/support/shared_data.h"

namespace chronograph::test {

inline const core::TimexTagger& timex_tagger() {
  static const core::TimexTagger tagger = core::TimexTagger::load_from(kSourceDir / "data" / "timex");
  return tagger;
}

// The one timex whose text is `text`; fails the test when there is none.
inline core::Timex timex_named(const std::vector<core::Timex>& all, const std::string& text) {
  for (const auto& t : all)
    if (t.text == text) return t;
  std::string found;
  for (const auto& t : all) found += "'" + t.text + "' ";
  FAIL("no timex '" << text << "'; found: " << found);
  return {};
}

inline core::Timex only_timex(const std::string& sentence, std::optional<date::sys_days> dct,
                              const std::string& text) {
  return timex_named(timex_tagger().tag(sentence, nullptr, dct), text);
}

}  // namespace chronograph::test
