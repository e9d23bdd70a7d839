// The axis segments an SVG timeline declares in its data-segments attribute ("day0 day1 x0
// x1;..."), for render tests that check which days a segment draws.
#pragma once

#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace chronograph::test {

struct AxisSegment {
  double day0 = 0, day1 = 0;  // the first and last day drawn, as days since 1970-01-01
};

inline std::vector<AxisSegment> axis_segments_of(const std::string& svg) {
  std::smatch found;
  REQUIRE(std::regex_search(svg, found, std::regex("data-segments=\"([^\"]*)\"")));
  std::vector<AxisSegment> out;
  const std::string all = found[1].str();
  const std::regex pair("(-?[0-9.]+) (-?[0-9.]+) [^;]*");
  for (auto it = std::sregex_iterator(all.begin(), all.end(), pair); it != std::sregex_iterator(); ++it)
    out.push_back({std::stod((*it)[1].str()), std::stod((*it)[2].str())});
  return out;
}

// The segment drawing `day`; fails the test when none does.
inline AxisSegment axis_segment_at(const std::vector<AxisSegment>& segments, double day) {
  for (const auto& segment : segments)
    if (segment.day0 <= day && day <= segment.day1) return segment;
  FAIL("no segment draws day " << day);
  return {};
}

}  // namespace chronograph::test
