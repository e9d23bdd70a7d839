// The time axis around the news: the days where most dated events fall get a segment of their
// own even when a bound's unit or a bar's last year reaches into them (t61 #71); month ticks
// run evenly across a new year, which January names (t61 #73); a span the text says did not
// happen is drawn thin, not as its lane's boldest bar (t61 #72).
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include <date/date.h>

#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/text_metrics/text_metrics.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"

using chronograph::Precision;
using chronograph::graph::GraphData;
using chronograph::graph::Modality;
using chronograph::render::AxisExtent;
using chronograph::render::TextMetrics;
using chronograph::render::TimeScale;
using chronograph::test::day_number;
using chronograph::test::event_on;
using date::sys_days;
using namespace date::literals;

namespace {

// A canal restoration: work "from 2012 to 2020" (a bar whose last year is kept whole), a
// "by 2020" bound, and a long weekend of reopening news in November 2020, eight dated events.
// `year_weight` is the claim of the year 2020 itself: below 1 for a unit kept for a bound.
std::vector<AxisExtent> canal_story(double year_weight) {
  const double y2012 = day_number(sys_days{2012_y / jan / 1}), y2020 = day_number(sys_days{2020_y / jan / 1}),
               y2021 = day_number(sys_days{2021_y / jan / 1});
  std::vector<AxisExtent> out{{y2012, y2021, 1, false},           // the works
                              {y2020, y2021, 0, true},            // their last year, kept whole
                              {y2020, y2021, year_weight, true},  // "by 2020" / "in 2020"
                              {day_number(sys_days{2019_y / mar / 1}), day_number(sys_days{2019_y / apr / 1}), 1,
                               true}};
  for (int day = 13; day <= 16; ++day)
    for (int twice = 0; twice < 2; ++twice)
      out.push_back({day_number(sys_days{2020_y / nov / day}), day_number(sys_days{2020_y / nov / day}) + 1});
  return out;
}

// The length in days of the segment drawing `day`.
double segment_days_at(const TimeScale& scale, double day) {
  for (const auto& segment : scale.segments())
    if (segment.day0 <= day && day <= segment.day1) return segment.day1 - segment.day0;
  FAIL("no segment draws day " << day);
  return 0;
}

}  // namespace

TEST_CASE("t61 #71: the news days get their own segment when a bound's year reaches into them",
          "[render][axis]") {
  const double news = day_number(sys_days{2020_y / nov / 14});
  const auto scale = TimeScale::build(canal_story(0.25), 100, 1300);
  CHECK(segment_days_at(scale, news) < 62);
  // and the four days are drawn far enough apart to read their order
  CHECK(scale.x(news + 1) - scale.x(news) > 40);
}

TEST_CASE("t61 #71: a year told as one event still lies whole around its news", "[render][axis]") {
  // "the canal reopened in 2020": the year is an event's own period, kept whole
  const double news = day_number(sys_days{2020_y / nov / 14});
  const auto scale = TimeScale::build(canal_story(1), 100, 1300);
  CHECK(segment_days_at(scale, news) >= 366);
  // nor is a bound's year broken when too few events make a story
  auto few = canal_story(0.25);
  few.resize(6);
  CHECK(segment_days_at(TimeScale::build(few, 100, 1300), news) >= 366);
}

namespace {

// Months from the first tick's to `day`'s.
int month_index(double day) {
  const date::year_month_day ymd{sys_days{date::days{static_cast<int>(day)}}};
  return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month()));
}

}  // namespace

TEST_CASE("t61 #73: month ticks run evenly across a new year and January says the year", "[render][axis]") {
  // fifteen months of a library's closure, drawn at many widths
  const double from = day_number(sys_days{2016_y / oct / 20}), to = day_number(sys_days{2018_y / jan / 20});
  TextMetrics metrics;
  for (double width = 300; width <= 1400; width += 25) {
    const auto scale = TimeScale::build({{from, from + 1}, {to, to + 1}, {from, to}}, 100, 100 + width);
    std::vector<double> months;
    std::string labels;
    for (const auto& tick : scale.ticks(metrics, 11)) {
      if (!tick.mark) continue;
      labels += tick.label + " | ";
      const date::year_month_day ymd{sys_days{date::days{static_cast<int>(tick.day)}}};
      if (ymd.day() != date::day{1}) continue;  // (days' or years' ticks: not this check's)
      months.push_back(tick.day);
      const std::string year = std::to_string(static_cast<int>(ymd.year()));
      if (ymd.month() == date::jan) CHECK(tick.label.find(year) != std::string::npos);
    }
    INFO("width " << width << ": " << labels);
    for (std::size_t i = 2; i < months.size(); ++i)
      CHECK(month_index(months[i]) - month_index(months[i - 1]) == month_index(months[1]) - month_index(months[0]));
  }
}

namespace {

// The height of the first mark drawn for event `id`.
double mark_height(const std::string& svg, const std::string& id) {
  const auto at = svg.find("id=\"ev-" + id + "\"");
  REQUIRE(at != std::string::npos);
  const auto mark = svg.find("class=\"mark", at);
  REQUIRE(mark != std::string::npos);
  return std::stod(svg.substr(svg.find("height=\"", mark) + 8));
}

GraphData harbour_story() {
  GraphData g;
  // "The channel was not dredged from 1990 to 2010."
  g.events.push_back(event_on("board-not-dredge", sys_days{1990_y / jan / 1}, sys_days{2010_y / dec / 31},
                              Precision::Year, Modality::Negated));
  g.events.push_back(event_on("silt-builds-up", sys_days{2021_y / jan / 1}, sys_days{2023_y / dec / 31},
                              Precision::Year));
  for (int day = 1; day <= 21; day += 10)
    g.events.push_back(event_on("ferry-runs-aground-" + std::to_string(day), sys_days{2024_y / may / day},
                                sys_days{2024_y / may / day}, Precision::Day));
  return g;
}

}  // namespace

TEST_CASE("t61 #72: a span that did not happen is a thin band, thinner than one that did", "[render][negated]") {
  const std::string svg = chronograph::render::render_svg_timeline(harbour_story(), {});
  CHECK(mark_height(svg, "board-not-dredge") <= 4);
  CHECK(mark_height(svg, "silt-builds-up") >= 8);
  // still struck through: it did not happen
  const auto at = svg.find("id=\"ev-board-not-dredge\"");
  CHECK(svg.find("class=\"strike\"", at) < svg.find("</g>", at));
}
