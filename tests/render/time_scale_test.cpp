#include "render/timeline/time_scale.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/common/interval.h"
#include "render/timeline/time_text.h"

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

bool contains(const std::vector<std::string>& all, const std::string& one) {
  return std::find(all.begin(), all.end(), one) != all.end();
}
}  // namespace

TEST_CASE("the axis picks its step from the span, minutes to millennia", "[render][axis]") {
  TextMetrics metrics;
  const double dec7 = day_number(sys_days{2021_y / dec / 7});
  const auto [begin, end, expected] = GENERATE_COPY(table<double, double, std::string>({
      {dec7 + 14.0 / 24, dec7 + 14.0 / 24 + 1.0 / 1440, "14:01"},  // one minute
      {dec7 + 0.25, dec7 + 0.75, "12:00"},                         // half a day
      {dec7, dec7 + 10, "10 Dec"},                                 // ten days
      {day_number(sys_days{2021_y / jan / 1}), day_number(sys_days{2022_y / jan / 1}), "Jul"},
      {day_number(sys_days{1900_y / jan / 1}), day_number(sys_days{2000_y / jan / 1}), "1950"},
      {day_number(sys_days{year{-499} / jan / 1}), day_number(sys_days{year{1500} / jan / 1}), "200 BCE"},
      {day_number(sys_days{year{-519} / jan / 1}), day_number(sys_days{year{-479} / jan / 1}), "500 BCE"},
  }));
  const auto scale = TimeScale::build({{begin, end}}, 100, 1300);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  CHECK(ticks.size() >= 2);
  CHECK(contains(labels(ticks), expected));
}

TEST_CASE("the first day label in a new year says the year", "[render][axis]") {
  TextMetrics metrics;
  const auto scale = TimeScale::build({{day_number(sys_days{2023_y / dec / 10}), day_number(sys_days{2024_y / jan / 20})}}, 100, 1300);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  bool seen_2024 = false;
  for (const auto& tick : ticks) {
    const bool in_2024 = tick.day >= day_number(sys_days{2024_y / jan / 1});
    if (in_2024 && !seen_2024) CHECK(tick.label.ends_with("2024"));
    if (in_2024 && seen_2024) CHECK_FALSE(tick.label.ends_with("2024"));
    seen_2024 = seen_2024 || in_2024;
  }
  CHECK(seen_2024);
}

TEST_CASE("a one-minute span gets minute ticks and labels that fit", "[render][axis]") {
  TextMetrics metrics;
  const double noon = day_number(sys_days{2021_y / dec / 7}) + 0.5;
  const auto scale = TimeScale::build({{noon, noon + 1.0 / 1440}}, 0, 1200);
  const auto ticks = scale.ticks(metrics, 11);
  REQUIRE(!ticks.empty());
  CHECK(ticks.front().label == "7 Dec 2021 12:00");
  double last_right = -1;
  for (const auto& tick : ticks) {
    CHECK(tick.label_x >= last_right);
    CHECK(tick.label_x + tick.label_width <= 1200.01);
    last_right = tick.label_x + tick.label_width;
  }
}

TEST_CASE("a long empty gap becomes a break, a short one does not", "[render][axis]") {
  const double june = day_number(sys_days{2021_y / jun / 1}), dec3 = day_number(sys_days{2021_y / dec / 3});
  const double january = day_number(sys_days{2022_y / jan / 1});
  const auto scale = TimeScale::build({{june, june + 30}, {dec3, dec3 + 5}, {january, january + 120}}, 0, 1000);
  REQUIRE(scale.segments().size() == 3);
  // A break is narrower than the five months it hides would be.
  CHECK(scale.x(dec3) - scale.x(june + 30) < 0.3 * 1000);
  const auto one = TimeScale::build({{june, june + 30}, {june + 35, june + 60}}, 0, 1000);
  CHECK(one.segments().size() == 1);
}

TEST_CASE("a few days of news after a quiet quarter get a segment of their own beside years of background", "[render][axis]") {
  const double start = day_number(sys_days{2019_y / jan / 1}), july = day_number(sys_days{2024_y / jul / 1});
  const double april = day_number(sys_days{2025_y / apr / 2});
  // 2019 to mid-2024 without a long gap, then half a year, then three months of quiet and four days of news
  std::vector<std::pair<double, double>> extents;
  for (double d = start; d < july; d += 200) extents.emplace_back(d, d + 250);
  extents.emplace_back(july, july + 180);
  for (int k = 0; k < 4; ++k) extents.emplace_back(april + k, april + k + 1);
  const auto scale = TimeScale::build(extents, 0, 1000);
  REQUIRE(scale.segments().size() == 2);
  CHECK(scale.x(april + 3) - scale.x(april) > 40);  // readable days, not a pile at the edge
  // gaps shorter than the runs beside them stay unbroken
  std::vector<std::pair<double, double>> even;
  for (double d = 0; d < 730; d += 50) even.emplace_back(d, d + 30);
  CHECK(TimeScale::build(even, 0, 1000).segments().size() == 1);
}

TEST_CASE("a burst of news gets a segment of its own beside a background year, even months apart", "[render][axis]") {
  const double year2022 = day_number(sys_days{2022_y / jan / 1}), may2023 = day_number(sys_days{2023_y / may / 1});
  // six years of background told year by year ("a drought every year since 2017"), four months
  // of nothing, then three weeks of flood news: the gap is shorter than the share of the span
  // that breaks an axis, and shorter than eight times the news' three weeks
  const int dates = GENERATE(5, 12, 30);
  std::vector<std::pair<double, double>> background;
  for (int y = 2017; y <= 2022; ++y)
    background.emplace_back(day_number(sys_days{year{y} / jan / 1}), day_number(sys_days{year{y + 1} / jan / 1}));
  std::vector<std::pair<double, double>> extents = background;
  for (int k = 0; k < dates; ++k) extents.emplace_back(may2023 + k % 21, may2023 + k % 21 + 1);
  const auto scale = TimeScale::build(extents, 0, 1000);
  REQUIRE(scale.segments().size() == 2);
  CHECK(scale.x(may2023 + 21) - scale.x(may2023) > 300);  // not the 40 pixels a year of background leaves them
  // a run longer than the gap before it stays joined to the background
  std::vector<std::pair<double, double>> joined = background;
  for (int k = 0; k < dates; ++k) joined.emplace_back(year2022 + 375 + 4 * k, year2022 + 376 + 4 * k);
  CHECK(TimeScale::build(joined, 0, 1000).segments().size() == 1);
}

TEST_CASE("across a break each segment's width follows how many dates it holds, not how long it is", "[render][axis]") {
  const double oct2019 = day_number(sys_days{2019_y / oct / 1}), may2023 = day_number(sys_days{2023_y / may / 20});
  // one storm of a month four years ago beside twelve events of ten days
  std::vector<std::pair<double, double>> extents{{oct2019, oct2019 + 31}};
  for (int k = 0; k < 12; ++k) extents.emplace_back(may2023 + k % 10, may2023 + k % 10 + 1);
  const auto scale = TimeScale::build(extents, 0, 1000);
  REQUIRE(scale.segments().size() == 2);
  const auto width = [](const auto& segment) { return segment.x1 - segment.x0; };
  CHECK(width(scale.segments()[1]) > 3 * width(scale.segments()[0]));
  // a quiet segment keeps a readable floor
  CHECK(width(scale.segments()[0]) > 0.15 * 1000);
}

TEST_CASE("the time scale is monotonic across breaks", "[render][axis]") {
  const auto scale = TimeScale::build({{0, 1}, {400, 401}, {5000, 5001}, {5003, 5004}}, 10, 910);
  double last = -1;
  for (double d = -10; d < 5020; d += 0.5) {
    const double x = scale.x(d);
    CHECK(x >= last);
    last = x;
  }
  CHECK(scale.x(-1000) == 10);
  CHECK(scale.x(1e6) == 910);
}

TEST_CASE("dates read as a reader says them, BCE included", "[render][axis]") {
  using chronograph::render::format_day_label;
  using chronograph::render::format_month_label;
  CHECK(format_day_label(day_number(sys_days{2021_y / dec / 7}), true) == "7 Dec 2021");
  CHECK(format_month_label(day_number(sys_days{year{-499} / mar / 15}), true) == "Mar 500 BCE");
  CHECK(chronograph::render::format_clock_label(day_number(sys_days{2021_y / dec / 7}) + 0.75) == "18:00");
}

TEST_CASE("an event's date reads as a reader says it, its part named once", "[render][dates]") {
  using chronograph::Precision;
  using chronograph::graph::EventTime;
  using chronograph::render::describe_date;
  const auto closed = [](sys_days start, sys_days end, Precision precision, std::string mod) {
    EventTime t;
    t.start = start;
    t.end = end;
    t.precision = precision;
    t.mod = std::move(mod);
    return t;
  };
  CHECK(describe_date(closed(2022_y / jan / 1, 2022_y / apr / 30, Precision::Year, "START")) == "early 2022");
  CHECK(describe_date(closed(2023_y / jul / 3, 2023_y / jul / 4, Precision::Week, "START")) == "3 Jul – 4 Jul 2023");
  CHECK(describe_date(closed(2023_y / jul / 3, 2023_y / jul / 4, Precision::Week, "APPROX")) == "about 3 Jul – 4 Jul 2023");
  CHECK(describe_date(closed(2021_y / dec / 7, 2021_y / dec / 7, Precision::Day, "START")) == "early 7 Dec 2021");
  // spans of whole years or months ("between 2020 and 2022", "from May to July", a quarter)
  CHECK(describe_date(closed(2020_y / jan / 1, 2022_y / dec / 31, Precision::Year, "")) == "2020 – 2022");
  CHECK(describe_date(closed(2023_y / may / 1, 2023_y / jul / 31, Precision::Month, "")) == "May – Jul 2023");
  CHECK(describe_date(closed(2022_y / nov / 1, 2023_y / feb / 28, Precision::Month, "")) == "Nov 2022 – Feb 2023");
  // "since mid-September", closed by the article's date: the part names no interval that runs past its month
  CHECK(describe_date(closed(2023_y / sep / 11, 2023_y / nov / 14, Precision::Month, "MID")) == "11 Sep – 14 Nov 2023");
  CHECK(describe_date(closed(2021_y / sep / 1, 2022_y / mar / 4, Precision::Year, "END")) == "1 Sep 2021 – 4 Mar 2022");
  // one bound: the day itself, on it or before (or after) it
  EventTime by;
  by.end = 2021_y / dec / 4;
  CHECK(describe_date(by) == "by 4 Dec 2021");
  EventTime from;
  from.start = 2021_y / dec / 4;
  CHECK(describe_date(from) == "not before 4 Dec 2021");
  CHECK(describe_date(EventTime{}, sys_days{2021_y / dec / 4}) == "as of 4 Dec 2021");
  CHECK(describe_date(EventTime{}) == "undated");
}
