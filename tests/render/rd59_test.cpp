// rd59 (tester t58): a couple of years drawn narrow keep ticks of their halves or quarters
// (#62).
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/common/interval.h"
#include "render/timeline/time_scale.h"

using namespace date;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimeScale;

namespace {

double day_number(sys_days d) { return d.time_since_epoch().count(); }

std::vector<std::string> labels(const std::vector<Tick>& ticks) {
  std::vector<std::string> out;
  for (const auto& tick : ticks) out.push_back(tick.label);
  return out;
}

std::size_t count_of(const std::vector<Tick>& ticks, const std::string& label) {
  const auto all = labels(ticks);
  return static_cast<std::size_t>(std::count(all.begin(), all.end(), label));
}

std::vector<Tick> ticks_of(sys_days begin, sys_days end, double width) {
  TextMetrics metrics;
  return TimeScale::build({{day_number(begin), day_number(end)}}, 100, 100 + width).ticks(metrics, 11);
}

}  // namespace

TEST_CASE("t58 #62: a year and a half drawn narrow is ticked by months and names its year at January", "[render][axis][rd59]") {
  const auto ticks = ticks_of(sys_days{2019_y / apr / 1}, sys_days{2020_y / sep / 30}, 180);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  REQUIRE(ticks.size() >= 3);
  CHECK(std::all_of(ticks.begin(), ticks.end(), [](const Tick& tick) { return tick.mark; }));
  CHECK(count_of(ticks, "2020") == 1);
  CHECK(count_of(ticks, "Jul") >= 1);
}

TEST_CASE("t58 #62: compact months need a January to name the year", "[render][axis][rd59]") {
  // Seven months of one year drawn narrow: no January, so one label names the stretch.
  const auto ticks = ticks_of(sys_days{2017_y / apr / 1}, sys_days{2017_y / oct / 31}, 70);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  REQUIRE(ticks.size() == 1);
  CHECK_FALSE(ticks.front().mark);
  CHECK(ticks.front().label.find("2017") != std::string::npos);
}

TEST_CASE("t58 #62: a year and a half drawn wide keeps its full month labels", "[render][axis][rd59]") {
  const auto ticks = ticks_of(sys_days{2019_y / feb / 1}, sys_days{2020_y / aug / 31}, 1100);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  CHECK(count_of(ticks, "Jan 2020") == 1);
  CHECK(count_of(ticks, "2020") == 0);
}
